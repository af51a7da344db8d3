"""The optional NER step adds natasha's locations that the gazetteer and morphology miss."""

from __future__ import annotations

import pytest

from factx.pipeline import Extractor

pytest.importorskip("natasha", reason="natasha is an optional dependency (pip install natasha)")


@pytest.fixture(scope="module")
def with_ner() -> Extractor:
    return Extractor(ner=True)


def test_ner_adds_unknown_places(with_ner: Extractor) -> None:
    text = "Выставка прошла в Тимбукту, а делегация из Сарани вернулась домой."
    places = {f.text: f for f in with_ner.extract(text, kinds={"place"})}
    assert places["Тимбукту"].name == "Тимбукту"
    assert places["Сарани"].name == "Сарань"  # factx's own place is kept, not replaced
    assert "Тимбукту" not in {f.text for f in Extractor().extract(text, kinds={"place"})}


def test_ner_keeps_offsets_and_numbers(with_ner: Extractor) -> None:
    text = "В Тимбукту построят завод за $2 млрд."
    facts = with_ner.extract(text)
    assert all(text[f.start : f.end] == f.text for f in facts)
    assert [f.kind for f in facts] == ["place", "money"]
