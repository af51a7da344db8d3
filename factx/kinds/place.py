"""Places: gazetteer names in any case, "X-ская область"/"город X" patterns, and Geox words.

Gazetteer names and text words meet through a crude stem (the word less its inflectional ending),
so "Сарани", "Жезказгане", "Нижнего Новгорода" find "Сарань", "Жезказган", "Нижний Новгород"
without generating case forms.  All-capital abbreviations (РК, США) match exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..doc import Doc, Draft
from ..morph import inflect, parses
from ..vocab import table, words

FILES = ("places/kz.tsv", "places/ru.tsv", "places/world.tsv")
MAX_WORDS = 5
ENDINGS = sorted(
    "ями ами ого его ому ему ыми ими иях иям ией ая яя ое ее ой ей ий ый ые ие ых их ым им ую юю ом ем ах ях ам ям "
    "ов ев ью ия ии ию а я у ю е и ы ь о й".split(),
    key=len,
    reverse=True,
)
GENERIC_TYPES = {
    "область": "region", "край": "region", "округ": "region", "республика": "region", "район": "district",
}
SETTLEMENT_WORDS = {
    "город": "city", "г": "city", "село": "settlement", "поселок": "settlement", "аул": "settlement",
    "деревня": "settlement", "станица": "settlement", "пгт": "settlement", "поселение": "settlement",
}
LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "из", "под", "через", "около", "близ", "до", "по"})
ADJECTIVE_PLACE = re.compile(r"[^\W\d_]+(?:ск|цк|зск)(?:ая|ой|ую|ие|их|ий|ого|ому|ом|им|ими)$")


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    type: str
    canonical: str | None


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    word = word.lower().replace("ё", "е")
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return word


def _key(name: str) -> tuple[str, ...]:
    parts = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name)
    if len(parts) == 1 and parts[0].isupper() and len(parts[0]) > 1:
        return (parts[0],)
    return tuple(stem(p) for p in parts)


@cache
def gazetteer() -> dict[tuple[str, ...], Entry]:
    found: dict[tuple[str, ...], Entry] = {}
    for name in FILES:
        for row in table(name):
            entry = Entry(row["name"].replace("ё", "е"), row["type"], (row["canonical"] or None))
            found.setdefault(_key(row["name"]), entry)
    return found


@cache
def ambiguous() -> frozenset[tuple[str, ...]]:
    return frozenset(_key(name) for name in words("places/ambiguous.txt"))


def _lookup(doc: Doc, i: int) -> tuple[int, Entry] | None:
    """The longest gazetteer name starting at token i: its end token and entry."""
    raw = doc.tokens.raw(i)
    if raw.isupper() and len(raw) > 1:
        entry = gazetteer().get((raw,))
        return (i + 1, entry) if entry else None
    places = gazetteer()
    best: tuple[int, Entry] | None = None
    key: tuple[str, ...] = ()
    for j in range(i, min(i + MAX_WORDS, len(doc.tokens))):
        w = doc.words[j]
        if not w[0].isalpha() or (j > i and not doc.same_sentence(i, j)):
            break
        key = (*key, stem(w))
        entry = places.get(key)
        if entry is not None:
            best = (j + 1, entry)
    return best


def _pattern_place(doc: Doc, i: int) -> tuple[int, Entry] | None:
    """"Осакаровского района", "Улытауской области" beyond the gazetteer: adjective + generic noun."""
    w = doc.words[i]
    generic = doc.word(i + 1)
    if not ADJECTIVE_PLACE.match(w) or not doc.same_sentence(i, i + 1):
        return None
    for p in parses(generic):
        place_type = GENERIC_TYPES.get(p.normal_form)
        if place_type and p.tag.POS == "NOUN":
            adjective = next((a for a in parses(w) if a.tag.POS == "ADJF"), None)
            if adjective is None:
                return None
            head = p.normal_form
            gender = p.tag.gender or "masc"
            name = f"{inflect(adjective, 'nomn', 'sing', gender)} {head}"
            return i + 2, Entry(name[:1].upper() + name[1:], place_type, None)
    return None


def _after_settlement_word(doc: Doc, i: int) -> tuple[int, Entry] | None:
    """"города Сарань", "села Ботакара": the name after a settlement word, kept as written when unknown."""
    prev = doc.word(i - 1)
    if not prev.isalpha() and prev != ".":
        return None
    if prev == ".":
        prev = doc.word(i - 2)
    kind = next((SETTLEMENT_WORDS[p.normal_form] for p in parses(prev) if p.normal_form in SETTLEMENT_WORDS),
                None)
    if kind is None:
        return None
    geo = next((p for p in parses(doc.words[i]) if "Geox" in p.tag), None)
    name = geo.normal_form if geo is not None else doc.tokens.raw(i)
    return i + 1, Entry(name[:1].upper() + name[1:], kind, None)


def _plausible(doc: Doc, i: int, end: int, entry: Entry, listed_after_place: bool) -> bool:
    """Ambiguous names ("Абай": town or poet) need a locative preposition or a settlement word."""
    if end - i > 1 or _key(entry.name) not in ambiguous():
        return True
    prev = doc.word(i - 1)
    if prev in LOCATIVE_PREPOSITIONS or any(p.normal_form in SETTLEMENT_WORDS for p in parses(prev)):
        return True
    return prev in (",", "и") and listed_after_place




def _is_function_word(word: str) -> bool:
    return len(word) < 2 and not word.isupper() or any(
        p.tag.POS in ("PREP", "CONJ", "PRCL", "NPRO") for p in parses(word)
    )


def extract(doc: Doc) -> list[Draft]:
    drafts: list[Draft] = []
    text = doc.text
    starts = doc.tokens.starts
    i, n = 0, len(doc.tokens)
    while i < n:
        if not text[starts[i]].isupper() or doc.blocked[i] or _is_function_word(doc.words[i]):
            i += 1
            continue
        found = _lookup(doc, i) or _pattern_place(doc, i) or _after_settlement_word(doc, i)
        listed = bool(drafts) and drafts[-1].end == i - 1 and doc.same_sentence(i - 1, i)
        if found is None or not _plausible(doc, i, found[0], found[1], listed):
            i += 1
            continue
        end, entry = found
        drafts.append(Draft("place", i, end, {"name": entry.name, "type": entry.type, "canonical": entry.canonical}))
        i = end
    return drafts
