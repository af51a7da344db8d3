"""Context on passages in the style of regional news (tests/data/context_passages.jsonl): where, when,
whether it happened, and against what, over multi-sentence frames, lists of regions, anaphora,
comparisons and plans. Each figure is located by its text; the corpus is held to an accuracy per
field, as an analyst grouping figures by region and year would need it."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from factx.cli.evaluate import CONTEXT_FIELDS, same_at_gold_precision
from factx.pipeline import Extractor

from .conftest import DATA, locate, read_jsonl

PASSAGES = read_jsonl(DATA / "context_passages.jsonl")
FLOORS = {"place": 0.92, "period": 0.92, "modality": 0.95, "compared_to": 0.93}


def _scores(extractor: Extractor) -> tuple[Counter[str], int, list[str]]:
    right: Counter[str] = Counter()
    found, missing = 0, []
    for case in PASSAGES:
        date = dt.date.fromisoformat(case["date"]) if case.get("date") else None
        facts = [f for f in extractor.extract(case["text"], date=date) if f.kind != "place"]
        for gold in case["facts"]:
            start = locate(case["text"], gold["text"], gold.get("occurrence", 1))
            end = start + len(gold["text"])
            fact = next((f for f in facts if f.start < end and start < f.end), None)
            if fact is None:
                missing.append(f"{case['id']}: {gold['text']}")
                continue
            found += 1
            right.update(
                name
                for name in CONTEXT_FIELDS
                if same_at_gold_precision(name, gold.get(name), getattr(fact, name))
            )
    return right, found, missing


@pytest.fixture(scope="module")
def scores(extractor: Extractor) -> tuple[Counter[str], int, list[str]]:
    return _scores(extractor)


def test_corpus_covers_the_conventions() -> None:
    facts = [f for case in PASSAGES for f in case["facts"]]
    assert len(PASSAGES) >= 60 and len(facts) >= 300
    assert sum(f.get("compared_to") is not None for f in facts) >= 20
    assert sum(f.get("modality") == "plan" for f in facts) >= 60
    assert sum(f.get("place") is None for f in facts) >= 15


@pytest.mark.parametrize("name", FLOORS)  # the fields these passages annotate
def test_context_accuracy(name: str, scores: tuple[Counter[str], int, list[str]]) -> None:
    right, found, _ = scores
    assert right[name] / found >= FLOORS[name], f"{name}: {right[name]}/{found}"


def test_figures_are_found(scores: tuple[Counter[str], int, list[str]]) -> None:
    _, found, missing = scores
    assert len(missing) <= 0.03 * (found + len(missing)), missing


def test_period_dates_follow_the_label(extractor: Extractor) -> None:
    text = (
        "В I квартале 2024 года объем торговли вырос на 5%. За январь–сентябрь 2023 года собрано 2 млн тонн."
    )
    facts = {f.text: f for f in extractor.extract(text)}
    assert (facts["5%"].period, facts["5%"].period_start, facts["5%"].period_end) == (
        "2024-Q1",
        "2024-01-01",
        "2024-03-31",
    )
    assert facts["2 млн тонн"].period == "2023-01–2023-09"
    assert facts["2 млн тонн"].period_end == "2023-09-30"


@pytest.mark.parametrize("kind", ["quantity", "money", "percent", "multiplier", "change", "share"])
def test_asking_for_some_kinds_changes_no_record(extractor: Extractor, kind: str) -> None:
    """`kinds` filters the records: a quantity left out still keeps its words from being a money
    fact's subject ("создано 2 тыс. рабочих мест, привлечено 76 млрд тенге")."""
    for case in PASSAGES:
        date = dt.date.fromisoformat(case["date"]) if case.get("date") else None
        every = [f for f in extractor.extract(case["text"], date=date) if f.kind == kind]
        assert extractor.extract(case["text"], kinds={kind}, date=date) == every, case["id"]
