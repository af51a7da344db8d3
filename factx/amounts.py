"""Amounts: a number or a range, its qualifier, and the tail that says what it counts.

The fact kinds share this step: each kind contributes a tail matcher ("%", "тенге", "тонн",
"раза"…), and the amounts found here are what the kind extractors turn into records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Any

from .doc import Doc
from .morph import parses
from .numbers import NumberExpr, digit_run_end, is_digits, numerals, scan_number
from .vocab import table, words


@dataclass(frozen=True, slots=True)
class Tail:
    """What follows (or, for a currency sign, precedes) a number: its kind and payload."""

    kind: str
    payload: Any
    start: int  # first token of the whole mention (a sign before the number moves it left)
    end: int  # token after the tail


TailMatcher = Callable[[Doc, NumberExpr], Tail | None]


@dataclass(frozen=True, slots=True)
class Amount:
    start: int  # first token, qualifier included
    end: int  # token after the tail
    num_start: int
    num_end: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: str | None
    tail: Tail | None
    scale: Decimal  # the scale word's multiplier ("3,5 тыс." → 1000), 1 when none
    fraction: bool  # a fraction noun ("треть", "две трети")
    in_words: bool

    @property
    def scaled(self) -> bool:
        return self.scale > 1

    def bounds(self) -> dict[str, Any]:
        """The record fields every numeric kind shares."""
        return {"value": self.value, "low": self.low, "high": self.high, "qualifier": self.qualifier}


def tailed(amounts: list[Amount], *kinds: str) -> Iterator[tuple[Amount, Tail]]:
    """The amounts whose tail is of one of `kinds`, with that tail."""
    for a in amounts:
        if a.tail is not None and a.tail.kind in kinds:
            yield a, a.tail


def find_numbers(doc: Doc) -> list[NumberExpr]:
    """Every number expression, left to right, skipping blocked spans and references ("пункт 5")."""
    refs = words("reference_words.txt")
    found: list[NumberExpr] = []
    i, n = 0, len(doc.tokens)
    w = doc.words
    number_words = numerals()
    while i < n:
        if doc.blocked[i] or not (is_digits(w[i][0]) or w[i] in number_words):
            i += 1
            continue
        expr = scan_number(doc.tokens, i)
        if expr is None:
            i = digit_run_end(doc.tokens, i) if is_digits(w[i][0]) else i + 1
            continue
        if not any(doc.blocked[k] for k in range(expr.start, expr.end)) and not _is_reference(
            doc, expr.start, refs
        ):
            found.append(expr)
        i = max(expr.end, i + 1)
    return found


def _is_reference(doc: Doc, i: int, refs: frozenset[str]) -> bool:
    """ "пункт 5", "статьи 12": a number right after a referring noun names, it does not count."""
    prev = doc.word(i - 1)
    return prev.isalpha() and any(p.normal_form in refs for p in parses(prev)[:1])


@cache
def _qualifier_phrases() -> dict[tuple[str, ...], str]:
    return {tuple(r["phrase"].split()): r["qualifier"] for r in table("qualifiers.tsv")}


@cache
def _verb_qualifiers() -> tuple[tuple[str, str], ...]:
    return tuple((r["stem"], r["qualifier"]) for r in table("verb_qualifiers.tsv"))


@cache
def direction_stems() -> tuple[tuple[str, str], ...]:
    return tuple((r["stem"], r["direction"]) for r in table("directions.tsv"))


def stem_class(word: str, stems: Sequence[tuple[str, str]]) -> str | None:
    for stem, cls in stems:
        if word.startswith(stem):
            return cls
    return None


CLAUSE_BREAKS = frozenset({";", ":", "(", ")"})
TARGET_WINDOW = 10
CHANGE_CUES = frozenset({"раза", "раз", "%"})  # "выросли в 1,7 раза, до 410 млн", "на 22%, до 340 тыс. т"


def _after_change_word(doc: Doc, i: int) -> bool:
    """A verb or noun of change a few words back makes "до" a target: "снизил цену до 120 млн",
    "выросли в 1,7 раза, до 410 млн долларов"."""
    for j in range(i - 1, max(i - TARGET_WINDOW, -1) - 1, -1):
        if j < 0 or not doc.same_sentence(j, i) or doc.words[j] in CLAUSE_BREAKS:
            return False
        if doc.words[j] in CHANGE_CUES or stem_class(doc.words[j], direction_stems()):
            return True
    return False


def qualifier_before(doc: Doc, i: int) -> tuple[int, str | None]:
    """The qualifier written before token i: the span's new start and the qualifier.

    "до" right after a verb of change marks a target value and stays outside the span.
    A qualifying verb ("превысил") sets the qualifier without joining the span. A qualifier before
    "на" takes the preposition into the span: "выросла почти на 5%", "более чем на 10 процентов".
    """
    start, qualifier = _phrase_before(doc, i)
    if qualifier is None and doc.word(i - 1) == "на":
        found = _phrase_before(doc, i - 1)
        if found[1] is not None and found[1] != "lte":
            return found
    if start < i or qualifier is not None:
        return start, qualifier
    verb = doc.word(i - 1)
    qualifier = stem_class(verb, _verb_qualifiers()) if doc.same_sentence(i - 1, i) else None
    if qualifier == "gt" and doc.word(i - 2) == "не":
        qualifier = "lte"
    return i, qualifier


def _phrase_before(doc: Doc, i: int) -> tuple[int, str | None]:
    """A qualifier phrase ending right before token i (see qualifier_before)."""
    phrases = _qualifier_phrases()
    for size in (4, 3, 2, 1):
        start = i - size
        if start < 0 or not doc.same_sentence(start, i):
            continue
        phrase = tuple(doc.words[start:i])
        qualifier = phrases.get(phrase)
        if qualifier is None:
            continue
        if phrase == ("до",) and _after_change_word(doc, start):
            return i, None
        if phrase == ("от",):
            continue  # "от" alone qualifies only ranges and lower bounds decided by the caller
        return start, qualifier
    return i, None


def _range_end(doc: Doc, a: NumberExpr, b: NumberExpr, a_tail: Tail | None) -> bool:
    """Whether b closes a range opened by a: "от A до B", "A–B", "A - B"."""
    w = doc.words
    between = w[(a_tail.end if a_tail else a.end) : b.start]
    if between == ["до"] and doc.word(a.start - 1) == "от":
        return True
    return a_tail is None and between == ["-"] and not a.fraction and not b.fraction


def find_amounts(doc: Doc, numbers: list[NumberExpr], tails: Sequence[TailMatcher]) -> list[Amount]:
    def tail_at(expr: NumberExpr) -> Tail | None:
        for match in tails:
            found = match(doc, expr)
            if found is not None:
                return found
        return None

    amounts: list[Amount] = []
    k = 0
    while k < len(numbers):
        a = numbers[k]
        a_tail = tail_at(a)
        b = numbers[k + 1] if k + 1 < len(numbers) else None
        if b is not None and doc.same_sentence(a.start, b.start) and _range_end(doc, a, b, a_tail):
            tail = tail_at(b) or a_tail
            low = a.value * b.scale if a.scale == 1 and b.scale > 1 else a.value
            start = a.start - 1 if doc.word(a.start - 1) == "от" else a.start
            first = min(start, a_tail.start if a_tail else start)
            start, qualifier = qualifier_before(doc, first)
            amounts.append(
                Amount(
                    start,
                    tail.end if tail else b.end,
                    a.start,
                    b.end,
                    None,
                    low,
                    b.value,
                    qualifier,
                    tail,
                    b.scale,
                    False,
                    a.in_words,
                )
            )
            k += 2
            continue
        first = a_tail.start if a_tail else a.start
        start, qualifier = qualifier_before(doc, first)
        if qualifier is None and doc.word(first - 1) == "от" and doc.word(a.end) != "до":
            start, qualifier = first - 1, "gte"
        amounts.append(
            Amount(
                start,
                a_tail.end if a_tail else a.end,
                a.start,
                a.end,
                a.value,
                None,
                None,
                qualifier,
                a_tail,
                a.scale,
                a.fraction,
                a.in_words,
            )
        )
        k += 1
    return _continue_tails(doc, amounts)


CONTINUED_TAILS = ("money", "unit", "noun")
CONTINUATION_CUES = frozenset({"еще", "-"})


def _word_follows(doc: Doc, i: int) -> bool:
    """A noun right after a number names its own unit ("– 16 часов"): nothing is elided."""
    readings = parses(doc.word(i)) if doc.same_sentence(i - 1, i) else ()
    return bool(readings) and readings[0].tag.POS in ("NOUN", "ADJF")


def _continue_tails(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """An elided unit after "ещё" or a dash counts what the sentence's previous amount counted:
    "свыше 2 тыс. рабочих мест, и ещё порядка 3,5 тыс.", "96 объектов, в Алматинской области – 71";
    a sum with a scale word needs no cue: "1,3 млрд рублей в 2018 году и 1,5 млрд в 2019 году"."""
    out: list[Amount] = []
    last: Amount | None = None
    for a in amounts:
        if (
            last is not None
            and last.tail is not None
            and a.tail is None
            and not a.fraction
            and (doc.word(a.start - 1) in CONTINUATION_CUES or (a.scaled and last.tail.kind == "money"))
            and doc.same_sentence(last.start, a.start)
            and not _word_follows(doc, a.end)
        ):
            a = replace(a, tail=Tail(last.tail.kind, last.tail.payload, a.num_start, a.num_end))
        if a.tail is not None and a.tail.kind in CONTINUED_TAILS:
            last = a
        out.append(a)
    return out
