"""data/places/declined.tsv holds what declining the names gives today, for every name a process declines.

It is written by tools/declined.py; when a place list or the declension changes, these fail until
it is run again."""

from __future__ import annotations

from factx.places.names import _declined, decline, entry_names, name_forms
from factx.places.settlements import village_names


def test_every_gazetteer_and_village_name_is_stored() -> None:
    missing = sorted({*entry_names(), *village_names()} - set(_declined()))
    assert not missing, f"not in declined.tsv (run tools/declined.py): {missing[:10]}"


def test_stored_forms_are_the_declension() -> None:
    stale = [name for name in _declined() if name_forms(name) != decline(name)]
    assert not stale, f"declined.tsv differs from the declension (run tools/declined.py): {stale[:10]}"


def test_a_name_not_stored_is_declined() -> None:
    assert "Новозаводск" not in _declined()
    assert ("новозаводске",) in name_forms("Новозаводск")
