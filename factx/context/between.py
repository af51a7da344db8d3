"""Figures about a way between two places: "доставка из Алматы в Сиань подешевела на 15%", "время в
пути от Москвы до Нижнего Новгорода сократилось вдвое", "между Шымкентом и Ташкентом около 120 км".

Each end of the way is a partner, never the place of a figure; the figure is about both, so it has
the place the reader carries when that holds both ends (as for towns side by side), else none."""

from __future__ import annotations

from itertools import pairwise

from ..text.doc import Doc
from .places import Mention

ORIGINS = frozenset({"из", "от", "между"})  # the preposition of a way's first end
ENDS = frozenset({"в", "во", "до", "на", "и"})  # the word before its second end
GAP = 2  # tokens between the two ends ("из Оренбурга в Актобе", "из Алматы через … " is not one)


def ways(doc: Doc, mentions: list[Mention]) -> dict[int, list[tuple[Mention, Mention]]]:
    """Sentence → the ways its named places form: two in a row, the first a partner after "из", "от"
    or "между", the second right after it behind "в", "до" or "и"."""
    found: dict[int, list[tuple[Mention, Mention]]] = {}
    for m in mentions:  # "между Шымкентом и Ташкентом", read as a list of two
        if len(m.members) == 2 and doc.word(m.start - 1) == "между":
            found.setdefault(doc.sentence_of[m.start], []).append((m.members[0], m.members[1]))
    named = [m for m in mentions if m.single and not m.anaphor]
    for a, b in pairwise(named):
        if not (a.partner and doc.same_sentence(a.start, b.start)):
            continue
        if doc.word(a.start - 1) in ORIGINS and doc.word(b.start - 1) in ENDS and b.start - a.end <= GAP:
            found.setdefault(doc.sentence_of[a.start], []).append((a, b))
    return found
