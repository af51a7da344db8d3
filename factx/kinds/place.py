"""Places: gazetteer names in any case, "X-ская область"/"город X" patterns, and Geox words.

Every gazetteer name is declined once, at load time, by the ending of its nominative, so that
"Сарани", "Жезказгане", "Нижнего Новгорода" find "Сарань", "Жезказган", "Нижний Новгород" by a
dictionary look-up.  All-capital abbreviations (РК, США) match exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..doc import Doc, Draft
from ..morph import inflect, parses
from ..vocab import table, words

FILES = ("places/kz.tsv", "places/ru.tsv", "places/world.tsv")
MAX_WORDS = 6
# Case endings (nominative, genitive, dative, accusative, instrumental, locative) by the ending of the
# nominative; the first matching row declines a word.  Words after a name's head noun do not decline
# ("Республики Казахстан").
PARADIGMS: tuple[tuple[str, tuple[str, ...], bool], ...] = (  # ending, case endings, is adjective
    ("ская", ("ская", "ской", "ской", "скую", "ской", "ской"), True),
    ("ая", ("ая", "ой", "ой", "ую", "ой", "ой"), True),
    ("яя", ("яя", "ей", "ей", "юю", "ей", "ей"), True),
    ("ний", ("ний", "него", "нему", "ний", "ним", "нем"), True),
    ("ий", ("ий", "ого", "ому", "ий", "им", "ом"), True),
    ("ый", ("ый", "ого", "ому", "ый", "ым", "ом"), True),
    ("ое", ("ое", "ого", "ому", "ое", "ым", "ом"), True),
    ("ые", ("ые", "ых", "ым", "ые", "ыми", "ых"), True),
    ("ие", ("ие", "их", "им", "ие", "ими", "их"), True),
    ("ия", ("ия", "ии", "ии", "ию", "ией", "ии"), False),
    ("га", ("га", "ги", "ге", "гу", "гой", "ге"), False),
    ("ка", ("ка", "ки", "ке", "ку", "кой", "ке"), False),
    ("ха", ("ха", "хи", "хе", "ху", "хой", "хе"), False),
    ("жа", ("жа", "жи", "же", "жу", "жей", "же"), False),
    ("ша", ("ша", "ши", "ше", "шу", "шей", "ше"), False),
    ("ча", ("ча", "чи", "че", "чу", "чей", "че"), False),
    ("а", ("а", "ы", "е", "у", "ой", "е"), False),
    ("я", ("я", "и", "е", "ю", "ей", "е"), False),
    ("ь", ("ь", "и", "и", "ь", "ью", "и", "я", "ю", "ем", "е"), False),  # Сарань and Ярославль alike
    ("й", ("й", "я", "ю", "й", "ем", "е"), False),
)
INDECLINABLE_ENDINGS = tuple("оеиуыэю")
CONSONANT_CASES = ("", "а", "у", "", "ом", "е")
PLURAL_CASES = ("ы", "ов", "ам", "ы", "ами", "ах")
GENERIC_TYPES = {
    "область": "region",
    "край": "region",
    "округ": "region",
    "республика": "region",
    "район": "district",
}
SETTLEMENT_WORDS = {
    "город": "city",
    "г": "city",
    "село": "settlement",
    "поселок": "settlement",
    "аул": "settlement",
    "деревня": "settlement",
    "станица": "settlement",
    "пгт": "settlement",
    "поселение": "settlement",
}
ADJECTIVE_PLACE = re.compile(r"[^\W\d_]+(?:ск|цк|зск)(?:ая|ой|ую|ие|их|ий|ого|ому|ом|им|ими)$")


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    type: str
    canonical: str | None


def word_forms(word: str) -> tuple[tuple[str, ...], bool]:
    """The case forms of one word of a name (lower-cased), and whether it declines as an adjective."""
    if word.isupper() and len(word) > 1:
        return (word,), False
    for ending, cases, adjective in PARADIGMS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return tuple(stem + c for c in cases), adjective
    if word.endswith(INDECLINABLE_ENDINGS):
        return (word,), False
    return tuple(word + c for c in CONSONANT_CASES), False


def name_forms(name: str) -> set[tuple[str, ...]]:
    """Every case form of a name as a tuple of lower-cased words."""
    parts = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name.replace("ё", "е"))
    if len(parts) == 1 and parts[0].isupper() and len(parts[0]) > 1:
        return {(parts[0],)}
    lowered = [p.lower() for p in parts]
    declined: list[tuple[str, ...]] = []
    head_seen = False
    plural = lowered[0].endswith(("ые", "ие")) and len(lowered) > 1
    for word in lowered:
        if plural and not head_seen and word.endswith(("ы", "и")):
            forms, adjective = tuple(word[:-1] + c for c in PLURAL_CASES), False  # "Набережных Челнах"
        else:
            forms, adjective = word_forms(word) if not head_seen else ((word,), False)
        declined.append(forms)
        head_seen = head_seen or not adjective
    width = max(len(f) for f in declined)
    return {tuple(f[min(c, len(f) - 1)] if len(f) > 1 else f[0] for f in declined) for c in range(width)}


@cache
def gazetteer() -> dict[tuple[str, ...], Entry]:
    found: dict[tuple[str, ...], Entry] = {}
    for name in FILES:
        for row in table(name):
            entry = Entry(row["name"].replace("ё", "е"), row["type"], (row["canonical"] or None))
            for key in name_forms(row["name"]):
                found.setdefault(key, entry)
    return found


@cache
def first_words() -> frozenset[str]:
    return frozenset(key[0] for key in gazetteer())


@cache
def ambiguous() -> frozenset[str]:
    return frozenset(name.replace("ё", "е") for name in words("places/ambiguous.txt"))


def _lookup(doc: Doc, i: int) -> tuple[int, Entry] | None:
    """The longest gazetteer name starting at token i: its end token and entry."""
    raw = doc.tokens.raw(i)
    places = gazetteer()
    if raw.isupper() and len(raw) > 1:
        entry = places.get((raw,))
        return (i + 1, entry) if entry else None
    if doc.words[i] not in first_words():
        return None
    best: tuple[int, Entry] | None = None
    for j in range(i, min(i + MAX_WORDS, len(doc.tokens))):
        if j > i and not doc.same_sentence(i, j):
            break
        entry = places.get(tuple(doc.words[i : j + 1]))
        if entry is not None:
            best = (j + 1, entry)
    return best


def _pattern_place(doc: Doc, i: int) -> tuple[int, Entry] | None:
    """ "Осакаровского района", "Улытауской области" beyond the gazetteer: adjective + generic noun."""
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
    """ "города Сарань", "села Ботакара": the name after a settlement word, kept as written when unknown."""
    prev = doc.word(i - 1)
    if not prev.isalpha() and prev != ".":
        return None
    if prev == ".":
        prev = doc.word(i - 2)
    kind = next(
        (SETTLEMENT_WORDS[p.normal_form] for p in parses(prev) if p.normal_form in SETTLEMENT_WORDS), None
    )
    if kind is None:
        return None
    geo = next((p for p in parses(doc.words[i]) if "Geox" in p.tag), None)
    name = geo.normal_form if geo is not None else doc.tokens.raw(i)
    return i + 1, Entry(name[:1].upper() + name[1:], kind, None)


def _plausible(doc: Doc, i: int, end: int, entry: Entry) -> bool:
    """An ambiguous name ("Абай": town or poet) is no place after "памятник", "стихи", "улица"… or
    before a capitalised word (a first name before a surname)."""
    if end - i > 1 or entry.name.lower() not in ambiguous():
        return True
    prev = doc.word(i - 1)
    if prev.isalpha() and any(p.normal_form in words("places/blockers.txt") for p in parses(prev)):
        return False
    if prev.isalpha() and doc.is_capitalised(i - 1) and doc.same_sentence(i - 2, i):
        return False  # "Каныш Сатпаев": a first name before it
    return not (end < len(doc.tokens) and doc.words[end].isalpha() and doc.is_capitalised(end))


def _is_function_word(word: str) -> bool:
    return (len(word) < 2 and not word.isupper()) or any(
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
        if found is None or not _plausible(doc, i, found[0], found[1]):
            i += 1
            continue
        end, entry = found
        drafts.append(
            Draft("place", i, end, {"name": entry.name, "type": entry.type, "canonical": entry.canonical})
        )
        i = end
    return drafts
