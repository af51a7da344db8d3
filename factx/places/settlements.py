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
from .names import Entry, name_forms

MAX_WORDS = 3
NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # the words of a name, as name_forms reads them
NUMBERED = re.compile(r"\s+\d+$")  # КАТО numbers villages of one name within a rural district


@cache
def _names_by_letter() -> dict[str, dict[str, set[str]]]:
    """Village names by their first letter (lower-cased, ё as е), each with the regions it lies in."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in table("places/kato.tsv"):
        if row["type"] == "settlement":  # "Каратал 1" and "Каратал 2" are both what a text calls Каратал
            name = NUMBERED.sub("", row["name"])
            found[name[:1].lower().replace("ё", "е")][name].add(row["region"])
    return found


@cache
def settlements(letter: str) -> dict[tuple[str, ...], Entry]:
    """Every case form of every village name beginning with `letter` → its entry; the region is the
    parent where every village of that name lies in one region. Declining all 6,800 names takes a
    fifth of a second, and a text asks for the names of one or two letters."""
    found: dict[tuple[str, ...], Entry] = {}
    for name, where in _names_by_letter().get(letter, {}).items():
        entry = Entry(name, "settlement", None, name, next(iter(where)) if len(where) == 1 else None)
        for key in name_forms(name):
            found.setdefault(key, entry)
    return found


@cache
def village_words(letter: str) -> frozenset[str]:
    """Every word of every case form of the village names that have one beginning with `letter`: the
    forms of the names under that letter, and the later words of every name of several words
    ("Алтай батыра"), which may begin with any letter."""
    found = {word for key in settlements(letter) for word in key}
    return frozenset(found | _later_words())


@cache
def _districts() -> dict[str, frozenset[str]]:
    """Each village name → the districts (or towns of regional rank) КАТО lists it in."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in table("places/kato.tsv"):
        if row["type"] == "settlement":
            found[NUMBERED.sub("", row["name"])].add(row["district"])
    return {name: frozenset(where) for name, where in found.items()}


def lies_in(village: str, district: str) -> bool:
    """Whether КАТО lists a village of this name in this district ("Садовое" in "Зерендинский район")."""
    return district in _districts().get(village, frozenset())


def village_names() -> list[str]:
    """Every village name, as КАТО writes it without its number."""
    return [name for by_name in _names_by_letter().values() for name in by_name]


@cache
def _later_words() -> frozenset[str]:
    several = (name for name in village_names() if len(NAME_WORD.findall(name)) > 1)
    return frozenset(word for name in several for key in name_forms(name) for word in key[1:])


def settlement_at(doc: Doc, i: int) -> tuple[int, Entry] | None:
    """The longest village name starting at token i, and the token after it."""
    best = None
    names = settlements(doc.words[i][:1]) if i < doc.size else {}
    for j in range(i, min(i + MAX_WORDS, doc.size)):
        if j > i and not doc.same_sentence(i, j):
            break
        entry = names.get(tuple(doc.words[i : j + 1]))
        if entry is not None:
            best = (j + 1, entry)
    return best
