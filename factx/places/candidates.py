"""Rules that propose a place name at a token beyond the gazetteer's own names (lookup.py):
"X-ская область" patterns, a name after "город"/"село", a dictionary Geox word, and "области Абай"
with its generic word first. Each returns the token after the name and its gazetteer entry."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import zip_longest

from pymorphy3.analyzer import Parse

from ..text.doc import Doc
from ..text.morph import fold, inflect, is_known, parses, yo_as_written
from ..text.phrases import is_preposition
from ..vocab import lemma_forms, table, words
from .gazetteer import (
    entry_named,
    first_words,
    gazetteer,
    generic_words,
    listed_adjectives,
)
from .lookup import Candidate, capitals_read_as_word, lookup, second_half
from .misspelt import corrected_region
from .names import Entry

PERSON_TAGS = ("Name", "Surn", "Patr")
ADJECTIVE_PLACE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:ск|цк|зск)(?:ая|ой|ую|ие|их|ий|ого|ому|ом|им|ими)$")


def pattern_place(doc: Doc, i: int) -> Candidate | None:
    """ "Осакаровского района", "Улытауской области" beyond the gazetteer: adjective + generic noun;
    not the second half of a name spaced around its hyphen ("Рыбно - Слободского района")."""
    w = doc.words[i]
    if not ADJECTIVE_PLACE.match(w) or not doc.same_sentence(i, i + 1) or second_half(doc, i):
        return None
    short = generic_abbreviations().get(doc.words[i + 1])
    if short is not None:  # "Алматинской обл.", "Карасайского р-на"
        end = i + 3 if doc.word(i + 2) == "." and doc.tokens.joined(i + 2) else i + 2
        return _adjective_named(doc, i, end, short, parses(short)[0])
    for p in _generic_nouns(doc.word(i + 1)):
        if p.normal_form in words("places/region_nouns.txt") and p.tag.POS == "NOUN":
            found = _region_named(doc, i, p.normal_form)
            if found is not None:
                return found
        if generic_words("part").get(p.normal_form) and p.tag.POS == "NOUN":
            return _adjective_named(doc, i, i + 2, p.normal_form, p)
    return _local_unit(doc, i)


@lru_cache(maxsize=20_000)
def _generic_nouns(word: str) -> tuple[Parse, ...]:
    """The readings of a word that make it a region's or a unit's generic noun: most words after a
    place adjective have none."""
    regions, parts = words("places/region_nouns.txt"), generic_words("part")
    named = (p for p in parses(word) if p.normal_form in regions or parts.get(p.normal_form))
    return tuple(p for p in named if p.tag.POS == "NOUN")


REGION_GENERICS = (("область", "femn"), ("край", "masc"), ("республика", "femn"))


def _region_named(doc: Doc, i: int, written: str) -> Candidate | None:
    """ "в Актюбинском регионе", "Костанайского края" → Актюбинская, Костанайская область: the region
    the gazetteer knows by the adjective with its own generic word (the written one first), whichever
    a text writes; an old name's row ("Камчатская область") is no such region."""
    for lemma, gender in sorted(REGION_GENERICS, key=lambda g: g[0] != written):
        name = adjective_name(doc, i, lemma, gender)
        entry = entry_named(name) if name is not None else None
        if entry is not None and entry.type == "region" and entry.canonical is None:
            return i + 2, entry
    return None


@cache
def generic_phrases() -> dict[tuple[str, str], str]:
    return {(r["adjective"], r["noun"]): r["type"] for r in table("places/generic_phrases.tsv")}


def _local_unit(doc: Doc, i: int) -> Candidate | None:
    """ "Одинцовского городского округа" → Одинцовский городской округ: a place's adjective, the
    adjective of a unit of local government and its noun."""
    unit = unit_phrase(doc, i + 1)
    if unit is None or not doc.same_sentence(i, i + 2):
        return None
    name = adjective_name(doc, i, unit[0], unit[2])
    return None if name is None else (i + 3, Entry(name, unit[1], None))


def unit_phrase(doc: Doc, j: int, plural: bool = False) -> tuple[str, str, str] | None:
    """A generic phrase at j ("городского округа"; with `plural`, "автономных округах"): its name in
    the nominative singular ("городской округ"), the unit's place type and the noun's gender."""
    if not doc.same_sentence(j, j + 1):
        return None
    for a in doc.readings(j):
        for noun in doc.readings(j + 1):
            place_type = generic_phrases().get((a.normal_form, noun.normal_form))
            if place_type is None or a.tag.POS != "ADJF" or noun.tag.POS != "NOUN":
                continue
            if plural and not a.tag.number == noun.tag.number == "plur":
                continue
            gender = noun.tag.gender or "masc"
            return f"{inflect(a, 'nomn', 'sing', gender)} {noun.normal_form}", place_type, gender
    return None


@cache
def generic_abbreviations() -> dict[str, str]:
    return {r["abbreviation"]: r["lemma"] for r in table("places/generic_abbreviations.tsv")}


def _adjective_named(doc: Doc, i: int, end: int, lemma: str, noun: Parse) -> Candidate | None:
    """The unit an adjective at i names with its generic noun: "Улытауской области" → Улытауская область;
    a region's name with one letter wrong has the region as its canonical name."""
    name = adjective_name(doc, i, lemma, noun.tag.gender or "masc")
    if name is None:
        return None
    place_type = generic_words("part")[lemma]
    right = corrected_region(name) if place_type == "region" else None
    region = entry_named(right) if right is not None else None
    if region is not None:
        return end, Entry(name, place_type, region.name, region.name, region.parent)
    return end, Entry(name, place_type, None)


def adjective_name(doc: Doc, i: int, lemma: str, gender: str) -> str | None:
    """The name the place adjective at i makes with a generic noun, in the nominative ("Улытауской" +
    область → "Улытауская область"); the gazetteer's reading first, since the guesser may read
    "Зерендинского" as Зерендинской."""
    return _adjective_name(doc.tokens.raw(i), lemma, gender)


@lru_cache(maxsize=20_000)
def _adjective_name(raw: str, lemma: str, gender: str) -> str | None:
    """adjective_name by the adjective as written: a text names its units again and again."""
    names = [
        f"{written_case(inflect(a, 'nomn', 'sing', gender), raw)} {lemma}"
        for a in parses(raw.lower())
        if a.tag.POS == "ADJF"
    ]
    if not names:  # "Казалинском", which the dictionary reads as the town Казалинск only
        listed = listed_adjectives().get(raw.lower(), {}).get(lemma)
        return listed if listed is not None else _masculine_name(raw, lemma, gender)
    return next((n for n in names if entry_named(n) is not None), names[0])


MASCULINE_ENDING = re.compile(r"(?<=[сц]к)(?:ий|ого|ому|им|ом)$")


def _masculine_name(raw: str, lemma: str, gender: str) -> str | None:
    """ "Каменский район", "в Каменском районе": an adjective the dictionary reads only as a surname
    or a town's case ("Каменском" as Каменск) still names a unit with its masculine generic noun."""
    if gender != "masc" or not MASCULINE_ENDING.search(raw):
        return None
    return f"{MASCULINE_ENDING.sub('ий', raw)} {lemma}"


def name_as_written(doc: Doc, i: int) -> str:
    """An unlisted name in the nominative when the dictionary knows it as Geox, else as written."""
    geo = next((p for p in doc.readings(i) if "Geox" in p.tag), None)
    raw = doc.tokens.raw(i)
    return written_case(geo.normal_form, raw) if geo is not None else raw


def geographic_word(doc: Doc, i: int) -> Candidate | None:
    """A name no list has but that the dictionary knows as Geox, likeliest reading first ("Лесосибирске").

    The gazetteer holds the countries, regions and large cities, so what is left is mostly towns."""
    if not is_known(doc.words[i]):
        return None
    first = doc.first(i)
    if first is None or "Geox" not in first.grammemes or first.pos != "NOUN":
        return None
    raw = doc.tokens.raw(i)
    if raw.isupper() and len(raw) > 1 and "Abbr" not in first.grammemes and not capitals_read_as_word(doc, i):
        return None  # "(ВАДА)": the abbreviation of a name, not the word "Вада" in capitals
    listed = gazetteer().get((fold(first.lemma),))
    if listed is not None:
        return i + 1, listed  # a form the gazetteer does not decline to: "Филиппин", "Афин"
    if any(t in p.tag for p in doc.readings(i) for t in PERSON_TAGS):
        return None  # "Чен", "Медведев": a person's name the guesser also calls a place
    if fold(first.lemma) in words("places/features.txt"):
        return None  # a river, lake or mountain
    return i + 1, Entry(written_case(first.lemma, raw), "city", None)


def generic_first(doc: Doc, i: int) -> Candidate | None:
    """A lower-case generic word that begins a name: "области Абай", "республики Алтай" from the
    gazetteer, and "района Байтерек", a district named by a noun in the nominative."""
    if doc.words[i] not in generic_forms() or not any(
        p.normal_form in generic_words("part") for p in doc.readings(i)
    ):
        return None
    found = lookup(doc, i) if doc.words[i] in first_words() else None
    if found is not None and found[0] - i > 1:
        return None if shared_by_list(doc, i, found[0]) else found
    return _district_named(doc, i)


def shared_by_list(doc: Doc, i: int, end: int) -> bool:
    """ "республики Коми и Ингушетия": a plural generic word before a list of names that each make a
    name with it belongs to none of them; the names are places of their own. After a preposition
    the word is singular ("в области Абай и …")."""
    if doc.word(end) not in (",", "и") or is_preposition(doc.word(i - 1)):
        return False
    if not any(p.tag.number == "plur" for p in doc.readings(i)):
        return False
    nxt = lookup(doc, end + 1)
    return nxt is not None and (doc.words[i], *doc.words[end + 1 : nxt[0]]) in gazetteer()


@cache
def generic_forms() -> frozenset[str]:
    """Every form of the generic words that begin names ("области", "района", "республики"): a set
    look-up spares the dictionary the other words of the text."""
    return frozenset(form for lemma in generic_words("part") for form in lemma_forms(lemma))


def _district_named(doc: Doc, i: int) -> Candidate | None:
    """ "района Байтерек": "район" and a capitalised name that keeps its nominative; not "района
    Алматы" (a district of a known city) nor a name in the genitive ("района Ивана Петрова")."""
    j = i + 1
    if not (doc.words[i].startswith("район") and doc.same_sentence(i, j) and doc.word(j).isalpha()):
        return None
    if not doc.is_capitalised(j) or lookup(doc, j) is not None or doc.tokens.raw(j).isupper():
        return None
    readings = doc.readings(j)
    if is_known(doc.words[j]) and not any("nomn" in p.tag and p.tag.POS == "NOUN" for p in readings[:1]):
        return None
    return j + 1, Entry(f"район {doc.tokens.raw(j)}", "district", None)


def written_case(lemma: str, raw: str) -> str:
    """The lemma with the capitals of the written form, part by part: "соль-илецк" → "Соль-Илецк"."""
    if raw.isupper():
        return raw  # "СССР"
    parts = [
        p.capitalize() if r[:1].isupper() else p
        for p, r in zip_longest(lemma.split("-"), raw.split("-"), fillvalue="")
    ]
    return "-".join(parts)


def spelled_as(name: str, mention: str) -> str:
    """The name with "ё" only where the mention writes it: "Орле" → "Орел", "Орлё" → "Орёл",
    "деревне Малые Вязёмы" → "Малые Вязёмы" (the dictionary's lemma has no "ё" of its own there)."""
    if "ё" not in mention.lower():
        return fold(name)
    words = zip_longest(name.split(" "), mention.split(" "), fillvalue="")
    return " ".join(yo_as_written(word, written) for word, written in words)
