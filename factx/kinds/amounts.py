"""Amounts: a number or a range, its qualifier, and the tail that says what it counts.

The numeric kinds share this step: each contributes a tail matcher ("%", "тенге", "тонн", "раза"…)
through the registry, and the amounts found here are what the kind extractors turn into drafts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..numbers import MINUS, NumberExpr
from ..text.doc import Doc
from .direction import SIGNED, amount_direction, signed_borrowed
from .direction_carried import carried
from .elision import across_sentences, within_sentences
from .labels import from_label
from .listed import listed
from .money_meaning import told_as_money
from .qualifiers import TARGET_RULE, qualifier_after, qualifier_before


@dataclass(frozen=True, slots=True)
class Tail:
    """What follows (or, for a currency sign, precedes) a number and says what it is."""

    kind: str  # percent, money, times, fold, unit, noun
    start: int  # first token of the whole mention (a sign before the number moves it left)
    end: int  # token after the tail
    rule: str  # the rule that matched it
    unit: str | None = None  # a unit symbol or the counted noun's lemma
    currency: str | None = None  # ISO 4217 code
    minor: Decimal = Decimal(0)  # subunits written after the currency: "руб. 98 коп." → 0.98
    factor: Decimal = Decimal(1)  # what the tail multiplies: "45 т. р." → 1000, "50 копеек" → 0.01
    points: bool = False  # percentage points


TailMatcher = Callable[[Doc, NumberExpr], Tail | None]


@dataclass(slots=True, kw_only=True)
class Amount:
    """A number or a range with what qualifies it and what it counts; never changed once made
    (`dataclasses.replace` makes a new one). Not frozen: a frozen dataclass sets each of its fields
    through object.__setattr__, which made building one the largest single cost per number in dense
    text."""

    start: int  # first token, qualifier included
    end: int  # token after the tail
    num_start: int
    num_end: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: str | None = None
    direction: str | None = None  # up or down where the text says which way the figure moved
    tail: Tail | None = None
    scale: Decimal = Decimal(1)  # the scale word's multiplier ("3,5 тыс." → 1000), 1 when none
    fraction: bool = False  # a fraction noun ("треть", "две трети")
    in_words: bool = False
    rules: tuple[str, ...] = field(default=())  # the rules that shaped it, for the trace

    @property
    def scaled(self) -> bool:
        return self.scale > 1

    def bounds(self) -> dict[str, Any]:
        """The record fields every numeric kind shares."""
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "direction": self.direction,
        }


def tailed(amounts: list[Amount], *kinds: str) -> Iterator[tuple[Amount, Tail]]:
    """The amounts whose tail is of one of `kinds`, with that tail."""
    for a in amounts:
        if a.tail is not None and a.tail.kind in kinds:
            yield a, a.tail


def _range_end(doc: Doc, a: NumberExpr, b: NumberExpr, a_tail: Tail | None, b_tail: Tail | None) -> str:
    """The rule by which b closes a range opened by a ("от A до B", "A–B", "$10–20 млн", "10$-20$",
    "между A и B"), or ""."""
    prefix = a_tail is not None and a_tail.end == a.end  # "$10", "USD 3": the currency before the number
    b_first = min(b.start, b_tail.start) if b_tail else b.start  # "от $3 до $4 млн": b's sign opens it
    between = doc.words[(a_tail.end if a_tail else a.end) : b_first - _signed_by_word(doc, b, b_first)]
    if len(between) != 1:
        return ""  # every range has one word between its ends: the common case of two figures apart
    a_first = min(a.start, a_tail.start if a_tail else a.start)
    opener = doc.word(a_first - 1 - _signed_by_word(doc, a, a_first))
    if between == ["до"] and opener == "от":
        return "range.from_to"
    if between == ["и"] and opener == "между":
        return "range.between"
    same = (
        a_tail is not None
        and b_tail is not None
        and (a_tail.kind, a_tail.currency, a_tail.unit)
        == (
            b_tail.kind,
            b_tail.currency,
            b_tail.unit,
        )
    )
    if (
        (a_tail is None or prefix or same)
        and between == ["-"]
        and not a.fraction
        and not b.fraction
        and _low(a, b) <= b.value
    ):
        return "range.dash"  # "2023 — 5,1 млрд" falls, so it is no range: a label and a figure
    return ""


def _signed_by_word(doc: Doc, expr: NumberExpr, first: int) -> int:
    """1 when the word "минус" before token `first` gave `expr` its sign ("от минус 0,1% до минус
    0,8%"): a range's words are read past it."""
    return int(expr.value < 0 and doc.word(first - 1) == MINUS)


def find_amounts(doc: Doc, numbers: list[NumberExpr], tails: Sequence[TailMatcher]) -> list[Amount]:
    """Numbers with their qualifiers and tails; two numbers that make a range become one amount."""

    def tail_at(expr: NumberExpr) -> Tail | None:
        for match in tails:
            found = match(doc, expr)
            if found is not None:
                return found
        return None

    found_tails = [tail_at(n) for n in numbers]
    amounts: list[Amount] = []
    k = 0
    while k < len(numbers):
        a, a_tail = numbers[k], found_tails[k]
        b = numbers[k + 1] if k + 1 < len(numbers) else None
        b_tail = found_tails[k + 1] if b is not None else None
        range_rule = (
            _range_end(doc, a, b, a_tail, b_tail)
            if b is not None and doc.same_sentence(a.start, b.start)
            else ""
        )
        if b is not None and range_rule:
            amounts.append(_range(doc, a, b, a_tail, b_tail or a_tail, range_rule))
            k += 2
            continue
        amounts.append(_single(doc, a, a_tail))
        k += 1
    labelled = from_label(doc, carried(doc, within_sentences(doc, amounts)))
    return listed(doc, signed_borrowed(doc, told_as_money(doc, across_sentences(doc, labelled))))


def _of_base(doc: Doc, k: int) -> bool:
    """ "5% от 10 млн тенге": "от" after a percentage names the base it is taken of, not a bound."""
    return doc.word(k) == "%" or doc.word(k).startswith("процент")


EXCESS_RULE = "qualifier.excess"
BOUNDS = ("lt", "lte", "gt", "gte")  # qualifiers that bound one figure, not a range


def _low(a: NumberExpr, b: NumberExpr) -> Decimal:
    """A range's lower end: a scale after the second number applies to the first ("2–3 млрд")."""
    return a.value * b.scale if a.scale == 1 and b.scale > 1 else a.value


def _falling(a: NumberExpr, b: NumberExpr, tail: Tail | None) -> bool:
    """A range of changes whose both ends carry a minus ("от минус 0,1% до минус 0,8%") states a fall,
    as one such change does; a range across zero states no way."""
    return tail is not None and tail.kind in SIGNED and a.value < 0 and b.value < 0


def _range(
    doc: Doc, a: NumberExpr, b: NumberExpr, a_tail: Tail | None, tail: Tail | None, rule: str
) -> Amount:
    """ "от 2 до 3 млрд", "2–3 млрд": a scale after the second number applies to the first."""
    low, high = sorted((_low(a, b), b.value))  # bounds, whichever way written: "от минус 0,1% до минус 0,8%"
    first = min(a.start, a_tail.start if a_tail else a.start)
    first -= _signed_by_word(doc, a, first)
    if doc.word(first - 1) in ("от", "между"):
        first -= 1
    start, qualifier, q_rule = qualifier_before(doc, first)
    if qualifier in BOUNDS:  # "в пределах 5–7 млрд": the range states its own bounds
        qualifier, q_rule = None, "qualifier.range_bound"
    end = max(tail.end, b.end) if tail else b.end
    return Amount(
        start=start,
        end=end,
        num_start=a.start,
        num_end=b.end,
        value=None,
        low=low,
        high=high,
        qualifier=qualifier,
        direction=amount_direction(
            doc, start, a.start, end, q_rule == TARGET_RULE, signed=_falling(a, b, tail)
        ),
        tail=tail,
        scale=b.scale,
        in_words=a.in_words,
        rules=tuple(r for r in (rule, q_rule) if r),
    )


def _single(doc: Doc, a: NumberExpr, tail: Tail | None) -> Amount:
    first = tail.start if tail else a.start
    start, qualifier, q_rule = qualifier_before(doc, first)
    if (
        qualifier is None
        and doc.word(first - 1) == "от"
        and doc.word(a.end) != "до"
        and not _of_base(doc, first - 2)
    ):
        start, qualifier, q_rule = first - 1, "gte", "qualifier.from_alone"
    end = tail.end if tail else a.end
    if qualifier is None and a.excess:
        qualifier, q_rule = "gt", EXCESS_RULE  # "300 с лишним человек"
    if qualifier is None and (qualifier := qualifier_after(doc, end)):
        q_rule = "qualifier.after"
    return Amount(
        start=start,
        end=end,
        num_start=a.start,
        num_end=a.end,
        value=a.value,
        qualifier=qualifier,
        direction=amount_direction(
            doc, start, a.start, end, q_rule == TARGET_RULE, signed=tail is not None and tail.kind in SIGNED
        ),
        tail=tail,
        scale=a.scale,
        fraction=a.fraction,
        in_words=a.in_words,
        rules=(q_rule,) if q_rule else (),
    )
