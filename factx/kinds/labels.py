"""Count labels: a bare number counts what a count noun's plural label before it in its clause names
("Количество туристов превысило 1 млн" → турист), the pass after elision.py's."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from pymorphy3.analyzer import Parse

from ..text.doc import Doc
from ..text.phrases import nominative_phrase
from ..vocab import table, words
from .elision import bare, noun_like

if TYPE_CHECKING:
    from .amounts import Amount, Tail

LABEL_WINDOW = 8  # how far before a number its label "количество туристов" may stand


def from_label(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """ "Количество туристов превысило 1 млн", "число безработных составило 12 тыс.": a bare
    number that a count noun and its plural genitive label earlier in its clause counts what the
    label names."""
    from .amounts import Tail  # amounts imports this module: its Tail is there only once it has loaded

    counts = words("amounts/count_nouns.txt")
    out = list(amounts)
    for k, a in enumerate(out):
        if not bare(doc, a) or doc.word(a.start - 1) == "с":
            continue  # "число моногородов сократилось с 27 до 20" is a change, the change's own unit
        previous, counted = _blocking_end(doc, out, k)
        if previous == a.start - 1 and k:
            continue
        unit = counted.unit if counted is not None and doc.same_sentence(counted.start, a.start) else None
        for j in range(a.start - 1, max(previous, a.start - LABEL_WINDOW) - 1, -1):
            if unit is not None or not doc.same_sentence(j, a.start) or doc.words[j] in (";", ":"):
                break
            if doc.words[j] in counts:
                unit = _label(doc, j + 1)
                break
        if unit is not None:
            out[k] = replace(a, tail=Tail("noun", a.num_start, a.num_end, RULE_LABEL, unit=unit))
    return out


RULE_LABEL = "tail.count_label"


def _blocking_end(doc: Doc, amounts: list[Amount], k: int) -> tuple[int, Tail | None]:
    """Where the search for amount k's label stops: after the amount before it, unless that one is
    the change the label's verb states first, a percentage or a count by the label ("Число магазинов
    выросло на 1 140 и превысило 27 тыс.", "количество туристов выросло на 8% и достигло 42,6 тыс.");
    and the tail of such a count, which the amount then shares."""
    for m in range(k - 1, max(k - 1 - PASSED, -1), -1):
        before, tail = amounts[m], amounts[m].tail
        by = doc.word(before.start - 1) == "на"
        if not (by and tail is not None and (tail.kind == "percent" or tail.rule == RULE_LABEL)):
            return before.end, None
        if tail.rule == RULE_LABEL:
            return before.end, tail
    return (amounts[k - 1 - PASSED].end, None) if k > PASSED else (0, None)


PASSED = 2  # amounts a label reaches past: "выросло на 8% (на 1 140) и достигло 42,6 тыс."


@cache
def label_units() -> dict[str, str]:
    return {r["label"]: r["unit"] for r in table("amounts/label_units.tsv")}


def _label(doc: Doc, j: int) -> str | None:
    """What a count noun's genitive plural complement counts, in the nominative singular: "туристов"
    → турист, "аварийных участков" → аварийный участок, "безработных" → безработный, "населения" →
    человек."""
    whole = next(
        (label_units()[p.normal_form] for p in doc.readings(j)[:1] if p.normal_form in label_units()), None
    )
    if whole is not None:
        return whole  # "численность населения": people
    adjectives: list[Parse] = []
    while len(adjectives) < MAX_LABEL_ADJECTIVES:
        first = doc.readings(j)[:1]
        if not first or first[0].tag.number != "plur" or first[0].tag.case != "gent":
            return None
        if first[0].tag.POS == "NOUN":
            if any(t in first[0].tag for t in ("Geox", "Name", "Surn", "Abbr")):
                return None
            return nominative_phrase(adjectives, first[0])
        if first[0].tag.POS != "ADJF":
            return None
        if not noun_like(doc.word(j + 1)):  # "безработных": an adjective that names people
            return None if adjectives else nominative_phrase((), first[0])
        adjectives.append(first[0])
        j += 1
    return None


MAX_LABEL_ADJECTIVES = 2
