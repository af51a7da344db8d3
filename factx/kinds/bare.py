"""A number written alone, with no unit or currency after it: whether it is bare, whether it could be a
year, and how it borrows the unit of another amount (elision.py decides which one).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..numbers.expr import abbreviated_scales
from ..text.doc import Doc
from ..text.morph import parses
from ..vocab import table

if TYPE_CHECKING:
    from .amounts import Amount

RULE = "tail.continued"
RULE_LABEL = "tail.count_label"  # the rule of a tail that labels.py reads off a label before the number
LABEL_JOINERS = frozenset({",", "а", "и"})  # words that open a list item before its label


def bare(doc: Doc, a: Amount) -> bool:
    """A number with nothing after it that says what it counts, nor a word joined to it by a hyphen
    ("46-летнему", "5-этажный": the number is part of that word); an abbreviated scale alone ("тыс.
    человек" heading a column) states no number."""
    if a.tail is not None or a.fraction or a.value is None:
        return False
    hyphenated = doc.word(a.end) == "-" and doc.tokens.joined(a.end) and doc.tokens.joined(a.end + 1)
    return (
        not hyphenated
        and (not _word_follows(doc, a.end) or _time_aside(doc, a))
        and doc.words[a.num_start] not in abbreviated_scales()
    )


def is_year(a: Amount) -> bool:
    """A whole number with nothing after it that a year could be ("в 2014 – 51", "по итогам 2016")."""
    return (
        a.value is not None
        and a.tail is None
        and not a.scaled
        and 1900 <= a.value <= 2100
        and a.value == int(a.value)
    )


def _word_follows(doc: Doc, i: int) -> bool:
    """A noun right after a number names its own unit ("– 16 часов"): nothing is elided."""
    return doc.same_sentence(i - 1, i) and noun_like(doc.words[i])


@cache
def _asides() -> dict[tuple[str, str], bool]:
    return {tuple(r["phrase"].split()): r["counts"] == "yes" for r in table("amounts/time_asides.tsv")}  # type: ignore[misc]


def _time_aside(doc: Doc, a: Amount) -> bool:
    """ "против 14,8 тыс. годом ранее": the time words after the number date it and name nothing it
    counts; "год назад" only after a number that cannot count years ("21 год назад" does)."""
    counts = _asides().get((doc.word(a.end), doc.word(a.end + 1)))
    whole = a.value is not None and a.value == int(a.value)
    return counts is not None and (not counts or a.scaled or not whole)


@lru_cache(maxsize=100_000)
def noun_like(word: str) -> bool:
    """The word's likeliest reading is a noun or an adjective (cached per word form: every bare
    number asks it of the word after it, in two passes)."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("NOUN", "ADJF")


def borrow(a: Amount, source: Amount) -> Amount:
    assert source.tail is not None
    tail = replace(source.tail, start=a.num_start, end=a.num_end, minor=Decimal(0))
    return replace(a, tail=tail, rules=(*a.rules, RULE))
