"""Percentages and percentage points: "92%", "12 процентов", "1,2 п.п."."""

from __future__ import annotations

from functools import cache

from ..amounts import Amount, Tail, tailed
from ..doc import Doc, Draft
from ..numbers import NumberExpr
from ..vocab import PhraseTable


@cache
def percent_signs() -> PhraseTable:
    return PhraseTable.of("percent.tsv", "points")


def tail(doc: Doc, expr: NumberExpr) -> Tail | None:
    start, end = expr.start, expr.end
    if end >= len(doc.tokens):
        return None
    found = percent_signs().match(doc.lower, doc.tokens.starts[end])
    if found is None:
        return None
    return Tail("percent", found[1] == "1", start, doc.token_at(found[0]))


def extract(doc: Doc, amounts: list[Amount]) -> list[Draft]:
    return [
        Draft("percent", a.start, a.end, {**a.bounds(), "points": t.payload})
        for a, t in tailed(amounts, "percent")
    ]
