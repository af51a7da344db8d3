from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from factx.cli.evaluate import score
from factx.io import document
from factx.pipeline import Extractor
from factx.registry import KINDS
from factx.text.morph import analyzer
from tests.stubs import StubExtractor

# CI explores a fixed set of examples so that a run is repeatable; local runs keep exploring new ones.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# factx reads grammemes untyped for speed; the tests check each comparison against the grammemes of
# its category, so that a misspelt one ("tag.case == 'gen'") fails here instead of never matching.
analyzer().TagClass.typed_grammemes = True

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> StubExtractor:
    """The cheap extractor in place of the real one, for tests where extraction is not the point."""
    extractor = StubExtractor()
    monkeypatch.setattr(document, "shared_extractor", lambda ner=False: extractor)
    return extractor


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_tree(root: Path, files: dict[str, bytes]) -> Path:
    """A folder holding `files` (relative name → bytes), subfolders made as needed."""
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def locate(text: str, surface: str, occurrence: int = 1) -> int:
    """The start of the n-th occurrence of `surface` in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.find(surface, start + 1)
        assert start >= 0, f"{surface!r} not in {text!r}"
    return start


def exact_f1(passages: list[dict[str, Any]], extractor: Extractor) -> tuple[float, str]:
    """Exact F1 over every kind of gold passages, and the lines that say what differs (as `factx eval
    --verbose` lists them, context aside)."""
    listing: list[str] = []
    scores = score(passages, extractor, frozenset(KINDS), listing)
    gold, found, hits = (sum(c.values()) for c in (scores.gold, scores.found, scores.exact_hits))
    return 2 * hits / (gold + found), "\n".join(line for line in listing if "CONTEXT" not in line)
