"""The gazetteer's names at a token: the longest listed name that starts there, in any case, written
in capitals where a date line or a headline writes it so, or spaced around its hyphen ("Восточно –
Казахстанской области"). candidates.py adds the names read from patterns."""

from __future__ import annotations

import re
from functools import cache

from ..text.doc import Doc
from ..text.tokens import DASHES
from .gazetteer import first_words, gazetteer, on_only_keys, regions_after_on
from .names import Entry

MAX_WORDS = 6
CAPITALS_READ = 4  # shorter words in capitals are abbreviations ("ВКО", "СНГ"), read only as written

Candidate = tuple[int, Entry]
SKIPPED = DASHES | {"(", ")"}


def lookup(doc: Doc, i: int) -> Candidate | None:
    """The longest gazetteer name starting at token i."""
    raw = doc.tokens.raw(i)
    places = gazetteer()
    if raw.isupper() and len(raw) > 1:
        entry = places.get((raw,))
        if entry is not None or len(raw) < CAPITALS_READ or not capitals_read_as_word(doc, i):
            return (i + 1, entry) if entry else None
        # a name in capitals, as date lines write it ("ШЫМКЕНТ. KAZINFORM —"): read as a word
    if len(raw) >= CAPITALS_READ and raw[1:].islower() and (entry := places.get((raw.upper(),))) is not None:
        return i + 1, entry  # "Янао", "Хмао": a long abbreviation written as a word, as tags spell it
    regions = regions_after_on() if doc.word(i - 1) == "на" and not _town_on_river(doc, i) else {}
    first, start = spaced_first(doc, i) or (doc.words[i], i)
    if first not in first_words() and (first,) not in regions:
        return None
    best: Candidate | None = None
    key: tuple[str, ...] = (first,)
    prefixes = name_prefixes()
    for j in range(start, min(start + MAX_WORDS, doc.size)):
        if j > i and not doc.same_sentence(i, j):
            break
        if doc.words[j] in SKIPPED:
            continue  # the names keep no dash or bracket between words: "Северная Осетия — Алания"
        if j > start:
            key = (*key, doc.words[j])
        if key not in prefixes:
            break  # no listed name goes on so
        entry = regions.get(key) or places.get(key)
        if entry is not None:
            best = (j + 1, entry)
    if best is not None and "(" in doc.words[i : best[0]] and doc.word(best[0]) == ")":
        best = (best[0] + 1, best[1])  # "Республике Саха (Якутия)" closes its bracket
    return best


@cache
def name_prefixes() -> frozenset[tuple[str, ...]]:
    """Every listed name's words and their starts: a look-up stops where no name goes on."""
    keys = [*gazetteer(), *regions_after_on()]
    return frozenset(key[:n] for key in keys for n in range(1, len(key) + 1))


def spaced_first(doc: Doc, i: int) -> tuple[str, int] | None:
    """A listed name's first word written in two halves spaced around its hyphen or a dash
    ("Восточно – Казахстанской области", "Ханты - Мансийский автономный округ"): the word joined
    by its hyphen and the token of its second half; None where the two make no listed word."""
    j = i + 2
    if doc.word(i + 1) not in DASHES or j >= doc.size or not doc.same_sentence(i, j):
        return None
    if not doc.is_capitalised(j):
        return None
    joined = _listed_halves(doc, i, j)
    return (joined, j) if joined is not None else None


def _listed_halves(doc: Doc, first: int, second: int) -> str | None:
    """The two words joined by a hyphen, where they make the first word of a listed name."""
    joined = f"{doc.words[first]}-{doc.words[second]}"
    return joined if joined in first_words() else None


def _town_on_river(doc: Doc, i: int) -> bool:
    """ "в Ростове на Дону": a river's region read after "на" is the rest of a town's name after the
    town."""
    if (doc.words[i],) not in on_only_keys() or i < 2 or not doc.same_sentence(i - 2, i):
        return False
    town = lookup(doc, i - 2) if doc.is_capitalised(i - 2) else None
    return town is not None and town[1].type == "city"


def capitals_read_as_word(doc: Doc, i: int) -> bool:
    """A word in capitals is a word written loud only where a date line ("ШЫМКЕНТ, 5 марта") or a
    headline in capitals writes it: opening its sentence or beside another word in capitals. Alone
    in running text it is an abbreviation ("агентство (ВАДА)", "передаёт САНА", "учился в МАИ").
    A date written before it in figures opens the date line as well ("date 2025-10-21 МОСКВА, 21 окт")."""
    if doc.sentence_start(i) or _after_figures_only(doc, i):
        return True
    return any(
        len(doc.tokens.raw(k)) > 1 and doc.tokens.raw(k).isupper() and doc.words[k].isalpha()
        for k in (i - 1, i + 1)
        if doc.same_sentence(i, k)
    )


DATE_HEAD = 8  # tokens of a date in figures that may open a date line: "date 2025-10-21"


def _after_figures_only(doc: Doc, i: int) -> bool:
    """Only digits, punctuation and Latin words stand before token i in its sentence, a few at most."""
    before = doc.window(i, DATE_HEAD, 0)
    return (
        before.start < i
        and doc.sentence_start(before.start)
        and any(doc.words[k].isdigit() for k in range(before.start, i))
        and not any(re.search("[а-я]", doc.words[k]) for k in range(before.start, i))
    )


def second_half(doc: Doc, i: int) -> bool:
    """The word at i ends a name spaced around its hyphen ("Усть - Вымского", "Рыбно - Слободского",
    "Ханты - Мансийский"): after the hyphen, a capitalised first half that is no noun ("Родину - …"
    is a dash) unless the two make a listed name."""
    if doc.word(i - 1) != "-" or i < 2 or not doc.same_sentence(i - 2, i):
        return False
    first = doc.tokens.raw(i - 2)
    if not first[:1].isupper() or first.isupper():
        return False
    noun = doc.pos(i - 2) == "NOUN"
    return not noun or _listed_halves(doc, i - 2, i) is not None
