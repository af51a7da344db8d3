"""Changes: "сократилось с 27 до 20", "с 12 до 8 тыс. человек", "с 31,5% до 44%"."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

from ..draft import Draft
from ..numbers import exact
from ..text.doc import Doc
from ..text.morph import lemmas
from ..vocab import month_names, words
from .amounts import Amount, Tail
from .bare import is_year
from .counted_nouns import counted_noun


def _time_unit(doc: Doc, b: Amount) -> Tail | None:
    """ "с 15 до 5 дней": a change may count time, which a bare quantity does only after "срок"."""
    counted = counted_noun(doc, b.end)
    if counted is None or counted[0] not in words("time/time_units.txt"):
        return None
    return Tail("noun", b.num_start, counted[1], "change.time_unit", unit=counted[0])


def _first(a: Amount) -> int:
    """The first token of the number with its sign or currency sign, without a qualifier."""
    return min(a.num_start, a.tail.start) if a.tail else a.num_start


def _to_word(gap: list[str]) -> bool:
    """ "с 9% до 12%", also with the first figure's month between: "с 9% в феврале (2024 года) до 12%"."""
    if gap[-1:] != ["до"]:
        return False
    if len(gap) == 1:
        return True
    dated = gap[:-1]
    return (
        dated[0] == "в"
        and len(dated) >= 2
        and not month_names("nomn").keys().isdisjoint(lemmas(dated[1]))
        and _is_year_after(dated[2:])
    )


def _is_year_after(rest: list[str]) -> bool:
    """Nothing, or a year with its "года"/"г." after the month."""
    return not rest or (
        len(rest) in (2, 3) and rest[0].isdigit() and len(rest[0]) == 4 and rest[1] in ("года", "г")
    )


def _moved(before: Decimal, after: Decimal) -> str | None:
    """A change says which way it went by its two ends."""
    return "up" if after > before else "down" if after < before else None


def _tail_fields(tail: Tail) -> dict[str, Any]:
    if tail.kind == "percent":
        return {"unit": "п.п." if tail.points else "%"}
    if tail.kind == "money":
        return {"currency": tail.currency}
    if tail.kind in ("unit", "noun"):
        return {"unit": tail.unit}
    return {}


def extract(doc: Doc, amounts: list[Amount]) -> list[Draft]:
    drafts = []
    for a, b in itertools.pairwise(amounts):
        a_first, b_first = _first(a), _first(b)
        if a.value is None or b.value is None or doc.word(a_first - 1) not in words("change/from_words.txt"):
            continue
        if not _to_word(doc.words[a.end : b_first]) or not doc.same_sentence(a.start, b.start):
            continue
        if (is_year(a) and is_year(b)) or doc.word(b.end) in words("change/clock_words.txt"):
            continue
        before = exact(a.value * b.scale) if not a.scaled and a.tail is None else a.value
        tail = b.tail or a.tail or _time_unit(doc, b)
        fields: dict[str, Any] = {"before": before, "after": b.value, "direction": _moved(before, b.value)}
        if tail is not None:
            fields.update(_tail_fields(tail))
        end = max(b.end, tail.end if tail else 0)
        drafts.append(Draft("change", a_first - 1, end, fields, "change.from_to", a.rules + b.rules))
    return drafts
