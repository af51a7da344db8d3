"""Percentages and percentage points: "92%", "12 процентов", "1,2 п.п."."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from ..draft import Draft
from ..numbers import NumberExpr
from ..text.doc import Doc
from ..vocab import PhraseTable
from .amounts import Amount, Tail, tailed


@cache
def percent_signs() -> PhraseTable:
    return PhraseTable.of("percent/percent.tsv", "points")


def tail(doc: Doc, expr: NumberExpr) -> Tail | None:
    start, end = expr.start, expr.end
    if end >= doc.size:
        return None
    found = percent_signs().match(doc.lower, doc.tokens.starts[end])
    if found is None:
        return _bare_points(doc, start, end, expr.value)
    points = found[1] == "1"
    return Tail(
        "percent",
        start,
        doc.token_at(found[0]),
        "percent.points" if points else "percent.sign",
        points=points,
    )


def extract(doc: Doc, amounts: list[Amount]) -> list[Draft]:
    return [
        Draft("percent", a.start, a.end, {**a.bounds(), "points": t.points}, t.rule, a.rules)
        for a, t in tailed(amounts, "percent")
    ]


POINT_FORMS = frozenset(("пункт", "пункта", "пунктов", "пункту", "пунктом", "пунктах"))
POINTS_CONTEXT = 2  # sentences before a figure's own in which a percentage makes "пункт" its points


def _bare_points(doc: Doc, start: int, end: int, value: Decimal) -> Tail | None:
    """ "снизился на 0,6 пункта" after a rate in percent: "пункт" alone stands for percentage points
    when a percentage stands in the figure's sentence or the one before it and no noun follows the
    word ("пункта выдачи", "пунктов пропуска" count places); a whole number says so only after "на"."""
    if doc.word(end) not in POINT_FORMS or doc.pos(end + 1) == "NOUN":
        return None
    if "на" not in doc.words[max(start - 2, 0) : start] and value.as_integer_ratio()[1] == 1:
        return None  # "5 пунктов" counts places; "на 1 пункт", "0,4 пункта" are a move
    first = doc.sentence_of[start]
    if not any(
        w == "%" or w.startswith("процент")
        for k in range(max(first - POINTS_CONTEXT, 0), first + 1)
        for w in doc.sentence_words(k)
    ):
        return None
    return Tail("percent", start, end + 1, "percent.bare_points", points=True)
