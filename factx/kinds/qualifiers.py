"""Qualifiers written before an amount ("более", "около", "не менее"), verbs that qualify it
("превысил"), and "до" after a verb of change, which marks a target rather than a bound."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..text.doc import Doc
from ..vocab import table, words

TARGET_WINDOW = 10


@cache
def _qualifier_phrases() -> dict[tuple[str, ...], str]:
    return {tuple(r["phrase"].split()): r["qualifier"] for r in table("amounts/qualifiers.tsv")}


@cache
def _verb_qualifiers() -> tuple[tuple[str, str], ...]:
    return tuple((r["stem"], r["qualifier"]) for r in table("amounts/verb_qualifiers.tsv"))


@cache
def direction_stems() -> tuple[tuple[str, str], ...]:
    return tuple((r["stem"], r["direction"]) for r in table("amounts/directions.tsv"))


def stem_class(word: str, stems: Sequence[tuple[str, str]]) -> str | None:
    for stem, cls in stems:
        if word.startswith(stem):
            return cls
    return None


def _after_change_word(doc: Doc, i: int) -> bool:
    """A verb or noun of change a few words back makes "до" a target: "снизил цену до 120 млн",
    "выросли в 1,7 раза, до 410 млн долларов". Across a dash only a verb does: in "Штраф за
    превышение скорости — до 185 рублей" the dash stands for "is", and "до" means "up to"."""
    breaks = words("amounts/clause_breaks.txt")
    cues = words("amounts/change_cues.txt")
    dashed = False
    for j in range(i - 1, max(i - TARGET_WINDOW, -1) - 1, -1):
        if j < 0 or not doc.same_sentence(j, i) or doc.words[j] in breaks:
            return False
        dashed = dashed or doc.words[j] == "-"
        if doc.words[j] in cues:
            return True
        if stem_class(doc.words[j], direction_stems()):
            return not dashed or any(p.tag.POS != "NOUN" for p in doc.readings(j)[:1])
    return False


def qualifier_before(doc: Doc, i: int) -> tuple[int, str | None, str]:
    """The qualifier written before token i: the span's new start, the qualifier and the rule that
    decided it ("" when none did).

    "до" right after a verb of change marks a target value and stays outside the span.
    A qualifying verb ("превысил") sets the qualifier without joining the span. A qualifier before
    "на" takes the preposition into the span: "выросла почти на 5%", "более чем на 10 процентов".
    """
    start, qualifier, rule = _phrase_before(doc, i)
    if qualifier is None and doc.word(i - 1) == "на":
        found = _phrase_before(doc, i - 1)
        if found[1] is not None and found[1] != "lte":
            return found[0], found[1], "qualifier.before_na"
    if start < i or qualifier is not None or rule:
        return start, qualifier, rule
    verb = doc.word(i - 1)
    qualifier = stem_class(verb, _verb_qualifiers()) if doc.same_sentence(i - 1, i) else None
    if qualifier == "gt" and doc.word(i - 2) == "не":
        return i, "lte", "qualifier.negated_verb"
    return i, qualifier, "qualifier.verb" if qualifier else ""


def _phrase_before(doc: Doc, i: int) -> tuple[int, str | None, str]:
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
            return i, None, "qualifier.target_do"
        if phrase == ("от",):
            continue  # "от" alone qualifies only ranges and lower bounds decided by the caller
        return start, qualifier, "qualifier.phrase"
    return i, None, ""
