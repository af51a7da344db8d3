"""Kazakhstan's villages from КАТО (data/places/kato.tsv), declined like the gazetteer's names.

About 6,800 names, many of them also a person's name or a word ("Береке", "Айдар", "Победа"), so a
village is read only where a settlement word stands before it ("села Акжар", "с. Береке") or in the
list that a plural one opens ("в сёлах Акжар, Береке и Кызылту"), never on its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from ..text.doc import Doc
from ..vocab import table
from .gazetteer import Entry, name_forms

MAX_WORDS = 3
NUMBERED = re.compile(r"\s+\d+$")  # КАТО numbers villages of one name within a rural district


@cache
def settlements() -> dict[tuple[str, ...], Entry]:
    """Every case form of every village name → its entry; the region is the parent where every
    village of that name lies in one region."""
    regions: dict[str, set[str]] = defaultdict(set)
    for row in table("places/kato.tsv"):
        if row["type"] == "settlement":  # "Каратал 1" and "Каратал 2" are both what a text calls Каратал
            regions[NUMBERED.sub("", row["name"])].add(row["region"])
    found: dict[tuple[str, ...], Entry] = {}
    for name, where in regions.items():
        entry = Entry(name, "settlement", None, name, next(iter(where)) if len(where) == 1 else None)
        for key in name_forms(name):
            found.setdefault(key, entry)
    return found


def settlement_at(doc: Doc, i: int) -> tuple[int, Entry] | None:
    """The longest village name starting at token i, and the token after it."""
    best = None
    for j in range(i, min(i + MAX_WORDS, doc.size)):
        if j > i and not doc.same_sentence(i, j):
            break
        entry = settlements().get(tuple(doc.words[i : j + 1]))
        if entry is not None:
            best = (j + 1, entry)
    return best
