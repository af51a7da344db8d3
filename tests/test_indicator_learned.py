"""The indicator's learned second opinion: how its weights decide, the weights file it ships, the
switch that leaves the rules alone, and the trainer's reading of gold sets (without scikit-learn)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from factx.context import indicator_learned
from factx.context.cues import taxonomy
from factx.context.indicator_learned import (
    NONE,
    PROB_TO_CLEAR,
    PROB_TO_OVERRULE,
    WEIGHTS,
    Weights,
    rules_only,
    verdict,
    weights,
)
from factx.pipeline import Extractor
from factx.text.doc import Doc
from factx.vocab import data_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import train_indicator  # a script of tools/, not a package

TOY = Weights(
    {"NONE": 0.0, "grp": 0.0, "inflation": 0.0},
    {"s:ввп": {"grp": 2.0}, "s:цена": {"inflation": 0.2}},
)


def test_confident_weights_overrule_the_rules() -> None:
    """exp(2) / (exp(2) + 2) = 0.79: the model's grp replaces the rules' None."""
    chosen = verdict(TOY, ["s:ввп", "s:регион"], None)
    assert chosen is not None
    assert chosen[0] == "grp"
    assert chosen[1] == pytest.approx(math.exp(2) / (math.exp(2) + 2))


def test_agreeing_or_unsure_weights_leave_the_rules_alone() -> None:
    assert verdict(TOY, ["s:ввп"], "grp") is None  # the same answer: nothing to overrule
    assert verdict(TOY, ["s:цена"], None) is None  # 0.37 < PROB_TO_OVERRULE
    assert verdict(TOY, [], "inflation") is None  # no feature known: all classes alike


def test_clearing_an_indicator_asks_for_near_certainty() -> None:
    sure_none = Weights({"NONE": 3.0, "grp": 0.0}, {})  # 0.95
    assert verdict(sure_none, ["s:что-то"], "grp") == (None, pytest.approx(1 / (1 + math.exp(-3))))
    likely_none = Weights({"NONE": 1.5, "grp": 0.0}, {})  # 0.82: enough to name one, not to clear one
    assert verdict(likely_none, [], "grp") is None
    assert verdict(Weights({"grp": 1.5, "NONE": 0.0}, {}), [], None) == (
        "grp",
        pytest.approx(0.818, abs=0.001),
    )


def test_the_shipped_weights_name_only_the_taxonomy() -> None:
    w = weights()
    assert set(w.classes) - {NONE} <= set(taxonomy())
    assert all(name in w.bias for by_name in w.by_feature.values() for name in by_name)
    assert "rule=None" in w.by_feature  # the rules' own answer is among the features
    assert 0.5 <= PROB_TO_OVERRULE <= PROB_TO_CLEAR < 1


def test_the_weights_file_says_where_it_comes_from() -> None:
    source = json.loads(data_text(WEIGHTS))["source"]
    assert "tools/train_indicator.py" in source
    assert "blind" in source


def test_an_overruled_indicator_is_in_the_record_and_the_trace(monkeypatch: pytest.MonkeyPatch) -> None:
    """Weights sure of grp whatever they see overrule the rules' wage, and the trace says so."""
    sure_grp = Weights({"NONE": 0.0, "grp": 5.0}, {})
    monkeypatch.setattr(indicator_learned, "weights", lambda: sure_grp)
    text = "Средняя зарплата в Атырау достигла 520 тыс. тенге."
    (wage,) = [e for e in Extractor().explain(text).facts if e.fact.kind == "money"]
    assert getattr(wage.fact, "indicator", None) == "grp"
    assert "indicator grp: learned (p=0.99) over the rules' average_wage" in wage.context


def test_rules_only_gives_the_rules_answer() -> None:
    extractor = Extractor()
    text = "Инфляция в Казахстане в ноябре составила 12,4% в годовом выражении."
    with rules_only():
        explained = extractor.explain(text).facts
    assert not any("learned" in c for e in explained for c in e.context)


def test_the_trainer_reads_a_gold_set() -> None:
    """The rows the trainer learns from: every figure found at its gold span with an indicator."""
    gold = [
        {
            "id": "t-01",
            "text": "В Павлодарской области инвестиции в основной капитал составили 1,2 трлн тенге.",
            "facts": [
                {"kind": "money", "start": 63, "end": 77, "indicator": "investment_fixed_capital"},
                {"kind": "place", "start": 2, "end": 22},
            ],
        }
    ]
    rows = list(train_indicator.rows_of(gold, Extractor()))
    assert len(rows) == 1
    seen, label, rules = rows[0]
    assert label == "investment_fixed_capital"
    assert f"rule={None if rules == NONE else rules}" in seen
    assert "kind=money" in seen and "cur" in seen and any(f.startswith("band=") for f in seen)
    assert train_indicator.answer(TOY, rows[0]) == rules  # no weight fires: the rules stand


def test_the_model_reads_each_sentences_words_with_their_lemmas() -> None:
    """Doc.lettered gives the words of letters only (no numbers or marks), where they stand and their
    lemmas; the sentence before is read for the "p:" features of a figure after it."""
    doc = Doc.of("Инвестиции выросли. В области построили 5 новых школ.")
    first, second = doc.lettered(0), doc.lettered(1)
    assert [(doc.words[i], lemma) for i, _, lemma in first] == [
        ("инвестиции", "инвестиция"),
        ("выросли", "вырасти"),
    ]
    assert [word for _, word, _ in second] == ["в", "области", "построили", "новых", "школ"]
    assert all(doc.words[i] == word for i, word, _ in second)
    assert doc.lettered(1) is second  # found once


RULES_MAY_MOVE = 0.02  # of the corpora's figures, before the weights must be trained again


def test_the_weights_were_trained_on_todays_rules(extractor: Extractor) -> None:
    """The model reads the rules' indicator and how strongly it was cued, so a rule change drifts what
    its weights mean. When more than a fiftieth of the corpora's figures get another answer from the
    rules than at training, train again (README.md, on learned.json)."""
    recorded = dict(
        line.split("\t")
        for line in train_indicator.RULES_AT_TRAINING.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    )
    today = train_indicator.rules_answers(extractor)
    moved = sorted(key for key in recorded.keys() | today.keys() if recorded.get(key) != today.get(key))
    assert len(moved) <= RULES_MAY_MOVE * len(recorded), (
        f"{len(moved)} figures of corpora/ have another answer from the rules than when the weights"
        f" were trained: train them again (README.md, on learned.json). First: {moved[:10]}"
    )
