"""Context of numeric facts: subject, place and period, from tests/data/context.jsonl."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factx.pipeline import Extractor

from .conftest import DATA, read_jsonl

CASES = read_jsonl(DATA / "context.jsonl")
FIELDS = ("subject", "place", "period", "modality", "compared_to")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:60] for c in CASES])
def test_context(case: dict[str, Any], extractor: Extractor) -> None:
    doc_date = date.fromisoformat(case["date"]) if "date" in case else None
    facts = [f for f in extractor.extract(case["text"], date=doc_date) if f.text == case["fact"]]
    assert len(facts) == 1, f"{case['fact']!r} not found once"
    for name in FIELDS:
        if name in case or name in ("subject", "place", "period"):
            assert getattr(facts[0], name) == case.get(name), name
