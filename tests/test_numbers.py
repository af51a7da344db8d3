"""parse_number against the corpus of number expressions in tests/data/numbers.tsv."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from factx import parse_number

from .conftest import DATA

with (DATA / "numbers.tsv").open(encoding="utf-8") as f:
    ROWS = [(r["text"], r["value"]) for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


def test_corpus_is_large_enough() -> None:
    assert len(ROWS) >= 150


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0] or "<empty>" for r in ROWS])
def test_parse_number(text: str, expected: str) -> None:
    value = parse_number(text)
    if expected == "NONE":
        assert value is None
    else:
        assert value is not None, f"{text!r} should read as {expected}"
        assert abs(value - Decimal(expected)) <= Decimal("1e-9")


def test_exact_arithmetic() -> None:
    assert parse_number("1,2 трлн") == Decimal("1200000000000")
    assert str(parse_number("3,5 тыс.")) == "3500"
