"""Indicator and measure of numeric facts (tests/data/indicators.jsonl), the taxonomy they come
from, and gold labels kept apart from their texts (`factx eval --labels`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factx.cli.labels import merge_labels
from factx.context.cues import taxonomy
from factx.context.lemmas import word_lemmas
from factx.pipeline import Extractor
from factx.text.morph import fold
from factx.vocab import table

from .conftest import DATA, read_jsonl

CASES = read_jsonl(DATA / "indicators.jsonl")
REQUIRED = [
    "grp",
    "industrial_output",
    "manufacturing_output",
    "mining_output",
    "agricultural_output",
    "harvest",
    "crop_yield",
    "sown_area",
    "livestock_output",
    "investment_fixed_capital",
    "foreign_direct_investment",
    "project_cost",
    "construction_volume",
    "housing_commissioned",
    "retail_trade",
    "foreign_trade",
    "exports",
    "imports",
    "budget_revenue",
    "budget_expenditure",
    "budget_allocation",
    "average_wage",
    "unemployment_rate",
    "unemployed",
    "jobs_created",
    "employment",
    "population",
    "tourists",
    "freight",
    "passengers",
    "energy_output",
    "utilities_coverage",
    "infrastructure_built",
    "sme",
    "inflation",
    "price",
]
MEASURES = {"level", "change", "index", "share"}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['fact']}: {c['text'][:50]}" for c in CASES])
def test_indicator_and_measure(case: dict[str, Any], extractor: Extractor) -> None:
    facts = [f for f in extractor.extract(case["text"]) if f.text == case["fact"]]
    assert len(facts) == 1, f"{case['fact']!r} not found once"
    assert (facts[0].indicator, facts[0].measure) == (case["indicator"], case["measure"])


def test_the_taxonomy_has_every_indicator_the_issue_names_and_only_known_measures() -> None:
    assert set(REQUIRED) <= set(taxonomy())
    assert all(i.measures <= MEASURES and i.name for i in taxonomy().values())
    assert {c["indicator"] for c in CASES} - {None} == set(REQUIRED)  # an example of each


def test_every_label_names_a_known_indicator_and_measure() -> None:
    gold = [
        g for doc in read_jsonl(Path(__file__).parents[1] / "corpora" / "gold.jsonl") for g in doc["facts"]
    ]
    labels = [*read_jsonl(DATA / "realnews_indicators.jsonl"), *(g for g in gold if "indicator" in g)]
    assert labels
    assert all(g["indicator"] in (None, *taxonomy()) and g["measure"] in (None, *MEASURES) for g in labels)


def test_labels_merge_into_the_gold_by_document_and_span(tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    label = {"id": "a-1", "start": 0, "end": 3, "kind": "percent", "indicator": "grp", "measure": "change"}
    labels.write_text(json.dumps(label) + "\n", encoding="utf-8")
    docs = [
        {"id": "a-1", "text": "5% и 6%", "facts": [
            {"kind": "percent", "start": 0, "end": 3}, {"kind": "percent", "start": 5, "end": 7}]},
        {"id": "a-2", "text": "5%", "facts": [{"kind": "percent", "start": 0, "end": 3}]},
    ]  # fmt: skip
    merged = list(merge_labels(docs, str(labels)))
    assert merged[0]["facts"][0]["indicator"] == "grp" and merged[0]["facts"][0]["measure"] == "change"
    assert "indicator" not in merged[0]["facts"][1] and "indicator" not in merged[1]["facts"][0]


SUBJECTS = read_jsonl(DATA / "subjects.jsonl")


@pytest.mark.parametrize("case", SUBJECTS, ids=[c["text"][:60] for c in SUBJECTS])
def test_the_subject_is_the_phrase_that_names_what_is_measured(
    case: dict[str, Any], extractor: Extractor
) -> None:
    facts = [f for f in extractor.extract(case["text"]) if f.text == case["fact"]]
    assert len(facts) == 1, f"{case['fact']!r} not found once"
    assert facts[0].subject == case["subject"]


def test_every_cue_word_is_a_lemma_the_matcher_can_meet() -> None:
    """Cues are matched on the lemmas of a text's words: a word form ("стоимостью") would never match."""
    dead = [
        (r["id"], word)
        for r in table("indicators/indicators.tsv")
        for column in ("cues", "weak")
        for phrase in r[column].split("|")
        if phrase != "-"
        for word in fold(phrase).split()
        if word not in word_lemmas(word)
    ]
    assert not dead
