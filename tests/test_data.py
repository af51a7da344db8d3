"""Every vocabulary file under factx/data: well-formed columns, no duplicates, references that resolve."""

from __future__ import annotations

import csv
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from factx.numbers.expr import numerals
from factx.vocab import lemma_forms, phrase_forms

DATA = Path(__file__).resolve().parents[1] / "factx" / "data"
TABLES = sorted(DATA.rglob("*.tsv"))
LISTS = sorted(DATA.rglob("*.txt"))
QUALIFIERS = {"approx", "gt", "gte", "lt", "lte"}
PLACE_TYPES = {"country", "region", "district", "city", "settlement", "other"}


def content(path: Path) -> list[str]:
    """The lines of a data file that are neither blank nor comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln.strip() and not ln.startswith("#")]


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(content(path), delimiter="\t", quoting=csv.QUOTE_NONE))


def is_decimal(text: str) -> bool:
    try:
        Decimal(text)
    except InvalidOperation:
        return False
    return True


@pytest.mark.parametrize("path", TABLES, ids=lambda p: str(p.relative_to(DATA)))
def test_table_is_well_formed(path: Path) -> None:
    lines = content(path)
    width = len(lines[0].split("\t"))
    assert width >= 2, "a table has a header with at least two columns"
    for number, line in enumerate(lines[1:], 2):
        assert len(line.split("\t")) == width, f"line {number} has the wrong number of cells: {line!r}"
        assert line.split("\t")[0].strip(), f"line {number} has an empty first cell"
        assert line == line.rstrip(" "), f"line {number} ends in spaces"
    assert len(set(lines[1:])) == len(lines) - 1, "duplicate rows"


@pytest.mark.parametrize("path", LISTS, ids=lambda p: str(p.relative_to(DATA)))
def test_list_has_no_duplicates(path: Path) -> None:
    words = [w.strip().lower() for w in content(path)]
    assert words, "an empty list"
    assert len(set(words)) == len(words), sorted({w for w in words if words.count(w) > 1})


def test_numerals() -> None:
    classes = {
        "unit",
        "teen",
        "tens",
        "hundreds",
        "hundred",
        "half",
        "scale",
        "fraction",
        "denominator",
        "halfscale",
    }
    for row in rows(DATA / "numbers" / "numerals.tsv"):
        assert row["class"] in classes, row
        assert is_decimal(row["value"]), row
        assert row["keep"] == "-" or lemma_forms(row["lemma"], row["keep"]), row
    assert numerals()["двухсот"].value == 200
    assert numerals()["полутора"].value == Decimal("1.5")


def test_currencies() -> None:
    codes = set()
    for row in rows(DATA / "money" / "currencies.tsv"):
        assert re.fullmatch(r"[A-Z]{3}", row["code"]), row
        assert row["code"] not in codes, f"{row['code']} twice"
        codes.add(row["code"])
        for lemma in filter(None, row["lemmas"].split("|")):
            assert len(phrase_forms(lemma)) > 1, f"{lemma!r} does not decline"
    for row in rows(DATA / "money" / "minor_units.tsv"):
        assert row["code"] in codes, row


def test_units_and_qualifiers() -> None:
    symbols = [r["symbol"] for r in rows(DATA / "quantity" / "units.tsv")]
    assert len(symbols) == len(set(symbols))
    assert {r["qualifier"] for r in rows(DATA / "amounts" / "qualifiers.tsv")} <= QUALIFIERS
    assert {r["qualifier"] for r in rows(DATA / "amounts" / "verb_qualifiers.tsv")} <= QUALIFIERS
    assert {r["direction"] for r in rows(DATA / "amounts" / "directions.tsv")} <= {"up", "down", "target"}
    assert {r["direction"] for r in rows(DATA / "multiplier" / "comparatives.tsv")} <= {"up", "down"}
    for name in ("multiplier/multipliers.tsv", "share/ordinals.tsv", "numbers/abbreviations.tsv"):
        assert all(is_decimal(r["value"]) for r in rows(DATA / name)), name


def test_places_refer_to_existing_rows() -> None:
    places = [row for name in ("kz", "ru", "world") for row in rows(DATA / "places" / f"{name}.tsv")]
    main = {row["name"] for row in places if not row["canonical"]}
    for row in places:
        assert row["type"] in PLACE_TYPES, row
        assert row["link"] in {"", "old", "abbr", "alias", "epithet"}, row
        assert bool(row["canonical"]) == bool(row["link"]), row
        assert not row["canonical"] or row["canonical"] in main, row
        assert not row["parent"] or row["parent"] in main, row
        assert (row["type"] == "country") == (not row["parent"]) or row["type"] == "other", row
    for row in rows(DATA / "places" / "capitals.tsv"):
        assert row["country"] in main and row["capital"] in main, row
    for row in rows(DATA / "places" / "centres.tsv"):
        assert row["region"] in main and row["centre"] in main, row
    countries = {row["name"] for row in places if row["type"] == "country" and not row["canonical"]}
    for row in rows(DATA / "places" / "country_adjectives.tsv"):
        assert row["place"] in countries, row
    generic = rows(DATA / "places" / "generic_words.tsv")
    assert {r["role"] for r in generic} <= {"part", "before"}
    assert {r["type"] for r in generic} <= PLACE_TYPES
