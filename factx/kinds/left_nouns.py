"""The noun a count of adjectives alone leaves out: "364 жилых дома и пять многоквартирных" (the
count before "и"), "941 предприятие, из них 36 крупных, 67 средних и 838 малых" (the whole a part's
opener follows)."""

from __future__ import annotations

from pymorphy3.analyzer import Parse

from ..text.doc import Doc
from ..text.morph import parses
from ..text.phrases import adjective, adjective_readings, agreeing, is_genitive
from .counted_words import (
    ADJECTIVE_JOINERS,
    MAX_ADJECTIVES,
    MAX_LISTED,
    NUMBER_PARTS,
    counted_reading,
    is_year_like,
    number_word,
)


def earlier_noun(doc: Doc, i: int, adjectives: list[str]) -> tuple[list[Parse | str], Parse] | None:
    """ "364 индивидуальных жилых дома и пять многоквартирных": a count of adjectives alone after "и"
    or "или" counts the noun that ends the count right before it, told by its own adjectives
    (→ "многоквартирный дом"), past that noun's genitive complement ("13 дорог регионального значения
    и 48 муниципальных" → муниципальная дорога); the earlier count is a number, maybe adjectives, and
    that noun. A list of such counts after "из них", "в том числе" or "включая" counts the noun of
    the whole before it (`_whole_noun`)."""
    whole = _whole_noun(doc, i)
    if whole is not None:
        return _agreed(adjectives, whole)
    b = _number_start(doc, i) - 1
    if b == i - 1 or doc.words[b] not in ("и", "или") or not doc.same_sentence(b - 1, i):
        return None
    head = _complemented(doc, b - 1)
    noun = counted_reading(doc.words[head])
    if noun is None or doc.is_capitalised(head) or adjective(doc.words[head]) is not None:
        return None
    k = head - 1
    while k > 0 and k > head - 1 - MAX_ADJECTIVES and adjective(doc.words[k]) is not None:
        k -= 1
    if not doc.words[k][:1].isdigit() or is_year_like(doc.words[k]):
        return None
    return _agreed(adjectives, noun)


COMPLEMENT = 3  # words of a genitive complement after a counted noun: "дорог регионального значения"


def _complemented(doc: Doc, k: int) -> int:
    """The head noun whose genitive complement ends at k ("дорог регионального значения" → "дорог"),
    or k itself: the complement is a genitive noun with its adjectives, after a counted noun that a
    number before it governs."""
    if not _genitive_noun(doc.words[k]):
        return k
    for head in range(k - 1, max(k - 1 - COMPLEMENT, 0), -1):
        if not doc.words[head].isalpha():
            return k
        if counted_reading(doc.words[head]) is not None and adjective(doc.words[head]) is None:
            before = head - 1
            while before > head - 1 - MAX_ADJECTIVES and adjective(doc.word(before)) is not None:
                before -= 1
            return head if doc.word(before)[:1].isdigit() else k
        if not is_genitive(doc.words[head]):
            return k
    return k


def _genitive_noun(word: str) -> bool:
    return word.isalpha() and any(p.tag.POS == "NOUN" and "gent" in p.tag for p in parses(word))


PART_OPENERS = (("из", "них"), ("из", "которых"), ("в", "том", "числе"), ("включая",))


def _whole_noun(doc: Doc, i: int) -> Parse | None:
    """ "941 предприятие, из них 36 крупных, 67 средних и 838 малых", "50 проектов, включая девять
    городских и 41 сельский": counts of adjectives alone, after a part's opener, a comma and a count
    ending in its noun, count that noun (→ крупное предприятие, сельский проект)."""
    start = _number_start(doc, i)
    for _ in range(MAX_LISTED):
        for opener in PART_OPENERS:
            at = start - len(opener)
            if tuple(doc.words[max(at, 0) : start]) == opener and at > 1 and doc.words[at - 1] == ",":
                return _count_noun_at(doc, at - 2)
        joiner = start - 1
        if doc.word(joiner) not in (",", "и", "или") or adjective(doc.word(joiner - 1)) is None:
            return None
        start = _number_start(doc, joiner - 1)
        if start == joiner - 1 or not doc.same_sentence(start, i):
            return None
    return None


def _count_noun_at(doc: Doc, k: int) -> Parse | None:
    """The noun at k when it ends a count: a number, maybe adjectives, the noun."""
    noun = counted_reading(doc.words[k]) if doc.words[k].isalpha() else None
    if noun is None or doc.is_capitalised(k) or adjective(doc.words[k]) is not None:
        return None
    before = k - 1
    while before > k - 1 - MAX_ADJECTIVES and adjective(doc.word(before)) is not None:
        before -= 1
    return noun if number_word(doc.word(before)) else None


def _number_start(doc: Doc, i: int) -> int:
    """The first token of the number whose digits or words end right before token i."""
    b = i - 1
    while b > 0 and (number_word(doc.words[b]) or doc.words[b] in NUMBER_PARTS):
        b -= 1
    while b + 1 < i and not number_word(doc.words[b + 1]):  # "36 крупных, 67": the comma ends a count
        b += 1
    return b + 1


def _agreed(adjectives: list[str], noun: Parse) -> tuple[list[Parse | str], Parse] | None:
    """The adjectives as they agree with the noun they leave out, in the number and case each has."""
    agreed: list[Parse | str] = []
    for a in adjectives:
        if a in ADJECTIVE_JOINERS:
            agreed.append(a)
            continue
        forms = (noun.inflect({r.tag.number, r.tag.case}) for r in adjective_readings(a) if r.tag.number)
        reading = next((agreeing(a, f) for f in forms if f is not None and agreeing(a, f) is not None), None)
        if reading is None or "Fixd" in reading.tag:  # "31 крестьянско – фермерских": half of a compound
            return None
        agreed.append(reading)
    return agreed, noun
