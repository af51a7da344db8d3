"""The seed article: every number fact of its body comes out right, nothing from the lists after it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factx.pipeline import Extractor

from .conftest import SHARED

SEED = SHARED / "000_4ecc31e739fe615e.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/data seed article is not present")

EXPECTED = [  # text, kind, value (or before/after), qualifier, extra fields
    ("20 моногородов", "quantity", "20", None, {"unit": "моногород"}),
    (
        "в 5,6 раза",
        "multiplier",
        "5.6",
        None,
        {
            "direction": "up",
            "place": "Сарань",
            "period": "2019–2024",
            "subject": "объем промышленного производства",
        },
    ),
    ("92%", "percent", "92", None, {"subject": "доля обрабатывающей отрасли"}),
    ("в три раза", "multiplier", "3", None, {"direction": "up"}),
    ("свыше 2 тыс. рабочих мест", "quantity", "2000", "gt", {"unit": "рабочее место"}),
    ("порядка 3,5 тыс.", "quantity", "3500", "approx", {"unit": "рабочее место"}),
    ("более 76 млрд тенге", "money", "76000000000", "gt", {"currency": "KZT"}),
    ("четыре моногорода", "quantity", "4", None, {"unit": "моногород"}),
    ("около 340 тыс. человек", "quantity", "340000", "approx", {"unit": "человек"}),
    ("около трети", "share", "0.333333", "approx", {"subject": "население региона"}),
    ("почти половина", "share", "0.5", "approx", {}),
]


def test_seed_body(extractor: Extractor) -> None:
    text = SEED.read_text(encoding="utf-8")
    body = text[: text.index("Популярное")]
    facts = {f.text: f for f in extractor.extract(body) if f.kind != "place"}
    change = facts.pop("с 27 до 20")
    assert (change.kind, change.before, change.after) == ("change", Decimal(27), Decimal(20))
    for surface, kind, value, qualifier, extra in EXPECTED:
        fact = facts.pop(surface)
        assert fact.kind == kind
        assert abs(fact.value - Decimal(value)) < Decimal("1e-6")
        assert fact.qualifier == qualifier
        for name, expected in extra.items():
            assert getattr(fact, name) == expected, (surface, name)
    assert not facts, f"unexpected facts: {list(facts)}"


def test_seed_places(extractor: Extractor) -> None:
    body = SEED.read_text(encoding="utf-8").split("Популярное")[0]
    names = {f.name for f in extractor.extract(body, kinds={"place"})}
    assert {
        "Сарань",
        "Карагандинская область",
        "Казахстан",
        "Темиртау",
        "Шахтинск",
        "Абай",
        "Балхаш",
    } <= names


def test_seed_every_fact_names_its_rule(extractor: Extractor) -> None:
    body = SEED.read_text(encoding="utf-8").split("Популярное")[0]
    explanation = extractor.explain(body)
    assert len(explanation.facts) >= 20
    for item in explanation.facts:
        assert item.fact.rule and item.rules[0] == item.fact.rule, item
        assert item.fact.kind == "place" or item.context, f"no context decision for {item.fact.text!r}"
