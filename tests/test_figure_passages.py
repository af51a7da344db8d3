"""Figure-dense passages in the style of Kazakhstan and Russian regional news
(tests/data/figure_passages.jsonl), annotated by docs/ANNOTATION.md before factx was run on them:
lists of regions with amounts, elided units and currencies, compound amounts, approximations,
ranges, direction words, datelines, model numbers, villages and districts in lists. Every fact is
held to its span and fields, as `factx eval` scores them."""

from __future__ import annotations

from factx.cli.evaluate import score
from factx.pipeline import Extractor
from factx.registry import KINDS

from .conftest import DATA, read_jsonl

PASSAGES = read_jsonl(DATA / "figure_passages.jsonl")
FLOOR = 0.98  # exact F1 over every kind


def test_corpus_covers_the_patterns() -> None:
    facts = [f for case in PASSAGES for f in case["facts"]]
    assert len(PASSAGES) >= 40 and len(facts) >= 200
    assert {f["kind"] for f in facts} >= {"money", "quantity", "percent", "multiplier", "place"}


def test_exact_f1(extractor: Extractor) -> None:
    listing: list[str] = []
    scores = score(PASSAGES, extractor, frozenset(KINDS), listing)
    gold, found, hits = (sum(c.values()) for c in (scores.gold, scores.found, scores.exact_hits))
    f1 = 2 * hits / (gold + found)
    shown = "\n".join(line for line in listing if "CONTEXT" not in line)
    assert f1 >= FLOOR, f"exact F1 {f1:.3f} < {FLOOR}:\n{shown}"
