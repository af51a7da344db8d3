"""Percentages and percentage points: "92%", "12 процентов", "1,2 п.п."."""

from __future__ import annotations

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
        return None
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
