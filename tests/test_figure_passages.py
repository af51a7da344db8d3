"""Figure-dense passages in the style of Kazakhstan and Russian regional news
(tests/data/figure_passages.jsonl), annotated by docs/ANNOTATION.md before factx was run on them:
lists of regions with amounts, elided units and currencies, compound amounts, approximations,
ranges, direction words, datelines, model numbers, villages and districts in lists. Every fact is
held to its span and fields, as `factx eval` scores them."""

from __future__ import annotations

from factx.pipeline import Extractor

from .conftest import DATA, exact_f1, read_jsonl

PASSAGES = read_jsonl(DATA / "figure_passages.jsonl")
FLOOR = 0.98  # exact F1 over every kind


def test_corpus_covers_the_patterns() -> None:
    facts = [f for case in PASSAGES for f in case["facts"]]
    assert len(PASSAGES) >= 40 and len(facts) >= 200
    assert {f["kind"] for f in facts} >= {"money", "quantity", "percent", "multiplier", "place"}


def test_exact_f1(extractor: Extractor) -> None:
    f1, shown = exact_f1(PASSAGES, extractor)
    assert f1 >= FLOOR, f"exact F1 {f1:.3f} < {FLOOR}:\n{shown}"
