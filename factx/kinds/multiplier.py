"""Multipliers: "в 5,6 раза", "в полтора раза", "вдвое", "двукратный", with the direction of change."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..draft import Draft
from ..numbers import NumberExpr
from ..text.doc import Doc
from ..vocab import table, word_start_alternation, words
from .amounts import EXCESS_RULE, Amount, Tail, tailed  # EXCESS_RULE: "в 2 с лишним раза"
from .direction import near_direction
from .listed import item_direction
from .qualifiers import qualifier_before


@cache
def _multiplier_words() -> tuple[re.Pattern[str], dict[str, Decimal]]:
    values = {r["stem"]: Decimal(r["value"]) for r in table("multiplier/multipliers.tsv")}
    return re.compile(rf"({word_start_alternation(values)})[^\W\d_]*"), values


def tail(doc: Doc, expr: NumberExpr) -> Tail | None:
    """ "в 5,6 раза" (the caller checks the "в"), "2,5-кратный"."""
    if doc.word(expr.end) in words("multiplier/times.txt"):
        return Tail("times", expr.start, expr.end + 1, "multiplier.times")
    end = expr.end
    if (
        doc.word(end) == "-"
        and doc.tokens.joined(end)
        and doc.tokens.joined(end + 1)
        and doc.word(end + 1).startswith("кратн")
    ):
        return Tail("fold", expr.start, end + 2, "multiplier.fold")
    return None


def extract(doc: Doc, amounts: list[Amount]) -> list[Draft]:
    drafts = []
    for a, t in tailed(amounts, "times", "fold"):
        stated = t.kind == "times" and (_stated_ratio(doc, a) or _on_times(doc, a))
        if t.kind == "times" and doc.word(a.num_start - 1) not in ("в", "во") and not stated:
            continue  # "два раза в год" counts occasions, it does not multiply
        steps: tuple[str, ...]
        if stated:
            start, qualifier, q_rule = qualifier_before(doc, a.num_start)
            steps = (q_rule,) if q_rule else ()
        elif t.kind == "times":
            start, qualifier, q_rule = qualifier_before(doc, a.num_start - 1)
            steps = (q_rule,) if q_rule else ()
            if qualifier is None and EXCESS_RULE in a.rules:
                qualifier, steps = "gt", (EXCESS_RULE,)
        else:
            start, qualifier, steps = a.start, a.qualifier, a.rules
        direction = near_direction(doc, start, a.end) or item_direction(
            doc, start
        )  # "…, в Кыргызстан — в 2,2 раза"
        fields = {**a.bounds(), "qualifier": qualifier, "direction": direction}
        drafts.append(Draft("multiplier", start, a.end, fields, t.rule, steps))
    pattern, values = _multiplier_words()
    for m in pattern.finditer(doc.lower):
        i = doc.token_at(m.start())
        if doc.tokens.starts[i] != m.start():
            continue
        start, qualifier, q_rule = qualifier_before(doc, i)
        fields = {
            "value": values[m.group(1)],
            "qualifier": qualifier,
            "direction": near_direction(doc, start, i + 1),
        }
        drafts.append(
            Draft("multiplier", start, i + 1, fields, "multiplier.word", (q_rule,) if q_rule else ())
        )
    return drafts


def _on_times(doc: Doc, a: Amount) -> bool:
    """ "на 1,3 раза больше": a slip for "в 1,3 раза больше" that still multiplies; the "на" stays
    outside the span as a governing preposition does."""
    return doc.word(a.num_start - 1) == "на" and doc.word(a.end) in COMPARED


COMPARED = frozenset({"больше", "меньше", "выше", "ниже", "дороже", "дешевле"})


def _stated_ratio(doc: Doc, a: Amount) -> bool:
    """ "Разрыв составляет 2,7 раза": a ratio that "составлять" states is a multiplier without "в";
    "составил около 1,5 раза" too."""
    start = qualifier_before(doc, a.num_start)[0]
    return doc.word(start - 1).startswith("состав") and doc.same_sentence(start - 1, a.num_start)
