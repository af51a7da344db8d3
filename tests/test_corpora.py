"""Our own annotated articles (corpora/gold.jsonl): exact-field F1 of at least 0.95 per kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from factx.cli.evaluate import f1, read_gold, score
from factx.pipeline import Extractor
from factx.registry import KINDS

GOLD = Path(__file__).resolve().parents[1] / "corpora" / "gold.jsonl"
DOCS = list(read_gold(str(GOLD)))


def test_gold_matches_the_article_files() -> None:
    assert len(DOCS) >= 40
    for doc in DOCS:
        assert (GOLD.parent / doc["doc"]).read_text(encoding="utf-8") == doc["text"]
        for fact in doc["facts"]:
            assert doc["text"][fact["start"] : fact["end"]] == fact["text"]


@pytest.mark.parametrize("kind", KINDS)
def test_exact_f1_per_kind(kind: str, extractor: Extractor) -> None:
    scores = score(DOCS, extractor, frozenset({kind}))
    assert scores.gold[kind] >= 40
    exact = f1(scores.exact_hits[kind], scores.gold[kind], scores.found[kind])[2]
    assert exact >= 0.95, f"{kind}: exact F1 {exact:.3f}"


# Each context field as a check reads it: right over the figures whose gold names a value (saying
# None there is wrong), and at most how often a value is named where the gold has none.
CONTEXT_FLOORS = {"place": 0.83, "period": 0.94, "modality": 0.93, "compared_to": 0.80}
NAMED_WITHOUT_GOLD = {"period": 0.17, "compared_to": 0.01}


@pytest.mark.parametrize("name", list(CONTEXT_FLOORS))
def test_context_accuracy(name: str, extractor: Extractor) -> None:
    """Place, period, modality and comparison of every figure, annotated by reading the articles."""
    scores = score(DOCS, extractor, frozenset(KINDS) - {"place"})
    counts = scores.context[name]
    assert counts["compared"] >= 600
    assert counts["right_named"] / counts["gold_named"] >= CONTEXT_FLOORS[name], f"{name}: {counts}"
    if name in NAMED_WITHOUT_GOLD:
        assert counts["named_without_gold"] / counts["gold_none"] <= NAMED_WITHOUT_GOLD[name], (
            f"{name}: {counts}"
        )
