"""Gazetteer names are declined at load time: each written form finds its nominative."""

from __future__ import annotations

import csv

import pytest

from factx.places.gazetteer import gazetteer
from factx.places.names import name_forms

from .conftest import DATA

with (DATA / "declension.tsv").open(encoding="utf-8") as f:
    ROWS = [(r["name"], r["written"]) for r in csv.DictReader(f, delimiter="\t")]


@pytest.mark.parametrize(("name", "written"), ROWS)
def test_written_form_is_a_declension(name: str, written: str) -> None:
    assert tuple(written.lower().split()) in name_forms(name)


@pytest.mark.parametrize(("name", "written"), ROWS)
def test_gazetteer_finds_the_nominative(name: str, written: str) -> None:
    entry = gazetteer().get(tuple(written.lower().split()))
    assert entry is not None and entry.name.replace("ё", "е") == name


def test_old_names_and_abbreviations_link_to_current_names() -> None:
    assert gazetteer()[("нур-султане",)].canonical == "Астана"
    assert gazetteer()[("капшагая",)].canonical == "Конаев"
    assert gazetteer()[("РК",)].canonical == "Казахстан"
    assert gazetteer()[("республики", "казахстан")].canonical is None
