"""Duckling-style corpora: every line of tests/data/kinds/<kind>.jsonl and places.jsonl, one test each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factx.cli.evaluate import fields_match
from factx.pipeline import Extractor

from .conftest import DATA, locate, read_jsonl

FILES = [*sorted((DATA / "kinds").glob("*.jsonl")), DATA / "places.jsonl"]
CASES = [(path, line) for path in FILES for line in read_jsonl(path)]


def _kind(path: Path) -> str:
    return "place" if path.stem == "places" else path.stem


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_corpus_size(path: Path) -> None:
    lines = read_jsonl(path)
    facts = sum(len(line["facts"]) for line in lines)
    assert facts >= (120 if _kind(path) == "place" else 40)
    assert sum(not line["facts"] for line in lines) >= (5 if _kind(path) == "place" else 10)


@pytest.mark.parametrize(("path", "case"), CASES, ids=[f"{p.stem}:{c['text'][:50]}" for p, c in CASES])
def test_example(path: Path, case: dict[str, Any], extractor: Extractor) -> None:
    kind = _kind(path)
    text = case["text"]
    facts = extractor.extract(text, kinds={kind})
    expected = {(locate(text, g["text"], g.get("occurrence", 1)), g["text"]): g for g in case["facts"]}
    found = {(f.start, f.text): f for f in facts}
    assert sorted(found) == sorted(expected), f"spans differ for {text!r}"
    for key, gold in expected.items():
        fact = found[key]
        assert fields_match(gold, fact), f"{fact} does not match {gold}"
