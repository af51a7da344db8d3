"""Places: gazetteer names in any case, "X-ская область"/"город X" patterns, and Geox words,
with guards against persons, brands and ambiguous names ("памятник Абаю")."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import zip_longest

from ..doc import Doc, Draft
from ..gazetteer import Entry, ambiguous, first_words, gazetteer, generic_words
from ..morph import inflect, is_known, parses
from ..vocab import words

PERSON_TAGS = ("Name", "Surn", "Patr")
MAX_WORDS = 6
ADJECTIVE_PLACE = re.compile(r"[^\W\d_]+(?:ск|цк|зск)(?:ая|ой|ую|ие|их|ий|ого|ому|ом|им|ими)$")


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
        place_type = generic_words("part").get(p.normal_form)
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
    if (
        prev == "."
        and len(doc.word(i - 2)) <= 3
        and doc.word(i - 3) != "."
        and doc.tokens.raw(i - 2).islower()
    ):
        prev = doc.word(i - 2)  # "г. Астана", "с. Ботакара", but not "на 2 п.п. Ремонт" or "Д.Медведев"
    elif len(prev) <= 3:
        return None  # "с", "п" without their dot are prepositions and letters, not "село", "поселок"
    if not prev.isalpha() or not doc.same_sentence(i - 1, i):
        return None
    before = generic_words("before")
    kind = next(
        (
            before[p.normal_form.replace("ё", "е")]
            for p in parses(prev)
            if p.normal_form.replace("ё", "е") in before
        ),
        None,
    )
    if kind is None:
        return None
    geo = next((p for p in parses(doc.words[i]) if "Geox" in p.tag), None)
    raw = doc.tokens.raw(i)
    return i + 1, Entry(written_case(geo.normal_form, raw) if geo is not None else raw, kind, None)


def _geographic_word(doc: Doc, i: int) -> tuple[int, Entry] | None:
    """A name no list has but that the dictionary knows as Geox, likeliest reading first ("Лесосибирске").

    The gazetteer holds the countries, regions and large cities, so what is left is mostly towns."""
    if not is_known(doc.words[i]):
        return None
    readings = parses(doc.words[i])
    if not readings or "Geox" not in readings[0].tag or readings[0].tag.POS != "NOUN":
        return None
    if any(t in p.tag for p in readings for t in PERSON_TAGS):
        return None  # "Чен", "Медведев": a person's name the guesser also calls a place
    if readings[0].normal_form.replace("ё", "е") in words("places/features.txt"):
        return None  # a river, lake or mountain
    return i + 1, Entry(written_case(readings[0].normal_form, doc.tokens.raw(i)), "city", None)


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
    """The name with "ё" only where the mention writes it: "Орле" → "Орел", "Орлё" → "Орёл"."""
    return name if "ё" in mention.lower() else name.replace("ё", "е").replace("Ё", "Е")


@lru_cache(maxsize=100_000)
def _is_person_name(word: str) -> bool:
    """The dictionary's likeliest reading is a first name, surname or patronymic."""
    readings = parses(word)
    return bool(readings) and is_known(word) and any(t in readings[0].tag for t in PERSON_TAGS)


def _may_be_first_name(doc: Doc, j: int) -> bool:
    """A capitalised word inside a sentence that is a first name or unknown to the dictionary (a
    foreign name), and no place itself."""
    w = doc.words[j]
    person = any(t in p.tag for p in parses(w) for t in ("Name", "Patr")) if is_known(w) else True
    return person and _lookup(doc, j) is None and _pattern_place(doc, j) is None


def _modifies_next(doc: Doc, i: int, end: int) -> bool:
    """An adjective-shaped name followed by a lower-case noun it agrees with: "Мирный атом"."""
    nxt = doc.word(end)
    if not (nxt.isalpha() and doc.same_sentence(i, end)) or doc.is_capitalised(end):
        return False
    for adjective in parses(doc.words[i]):
        if adjective.tag.POS != "ADJF":
            continue
        for noun in parses(nxt):
            if (
                noun.tag.POS == "NOUN"
                and noun.tag.case == adjective.tag.case
                and (
                    noun.tag.number == adjective.tag.number == "plur"
                    or noun.tag.gender == adjective.tag.gender
                )
                and adjective.tag.animacy in (None, noun.tag.animacy)  # not "Каменска-Уральского выпуск"
            ):
                return True
    return False


def _plausible(doc: Doc, i: int, end: int, entry: Entry) -> bool:
    """Whether a one-word name is a place here, not a brand («Славута»), part of a person's name
    ("Дмитрия Уса", "Питер Данн"), an adjective before its noun ("Мирный атом") or, for ambiguous
    names ("Абай": town or poet), what follows "памятник", "стихи", "улица"… or opens a sentence,
    where a capital says nothing."""
    if end - i > 1:
        return True
    raw = doc.tokens.raw(i)
    if len(raw) < 3 and not raw.isupper():
        return False
    prev, nxt = doc.word(i - 1), doc.word(end)
    if prev == '"' and nxt == '"':
        return False
    prev_capitalised = prev.isalpha() and doc.is_capitalised(i - 1) and doc.same_sentence(i - 2, i)
    next_capitalised = nxt.isalpha() and doc.is_capitalised(end) and doc.same_sentence(i, end)
    after_place_word = any(p.normal_form.replace("ё", "е") in generic_words("before") for p in parses(prev))
    if (
        _is_person_name(doc.words[i])
        and not after_place_word
        and ((prev_capitalised and _is_person_name(prev)) or (next_capitalised and _is_person_name(nxt)))
    ):
        return False  # "Питер Данн", "Дмитрия Уса"
    if prev_capitalised and not raw.isupper() and _may_be_first_name(doc, i - 1):
        return False  # "Уитни Хьюстон", "Глеб Панфилов", "Ким Чен Ына"
    if _modifies_next(doc, i, end):
        return False
    if entry.name.lower().replace("ё", "е") not in ambiguous():
        return True
    if not doc.same_sentence(i - 1, i):
        return False
    if prev.isalpha() and any(p.normal_form in words("places/blockers.txt") for p in parses(prev)):
        return False
    return not (prev_capitalised or next_capitalised)


@lru_cache(maxsize=100_000)
def _is_function_word(word: str) -> bool:
    """Prepositions, conjunctions, particles and pronouns; words the dictionary lacks are none of
    them, and the dictionary check spares the slow guesser on names."""
    if len(word) < 2:
        return not word.isupper()
    return is_known(word) and any(p.tag.POS in ("PREP", "CONJ", "PRCL", "NPRO") for p in parses(word))


def _generic_first(doc: Doc, i: int) -> tuple[int, Entry] | None:
    """A lower-case generic word that begins a gazetteer name: "области Абай", "республики Алтай"."""
    if doc.words[i] not in first_words() or not any(
        p.normal_form in generic_words("part") for p in parses(doc.words[i])
    ):
        return None
    found = _lookup(doc, i)
    return found if found is not None and found[0] - i > 1 else None


def _draft(start: int, end: int, entry: Entry) -> Draft:
    return Draft("place", start, end, {"name": entry.name, "type": entry.type, "canonical": entry.canonical})


def extract(doc: Doc) -> list[Draft]:
    drafts: list[Draft] = []
    text = doc.text
    starts = doc.tokens.starts
    i, n = 0, len(doc.tokens)
    while i < n:
        if not text[starts[i]].isupper() or _is_function_word(doc.words[i]):
            found = _generic_first(doc, i)  # "области Абай", "республики Татарстан"
            if found is not None:
                drafts.append(_draft(i, *found))
                i = found[0]
            else:
                i += 1
            continue
        candidates = [c for c in (_lookup(doc, i), _pattern_place(doc, i)) if c is not None]
        found = max(candidates, key=lambda c: c[0]) if candidates else None
        found = found or _after_settlement_word(doc, i) or _geographic_word(doc, i)
        if found is None or not _plausible(doc, i, found[0], found[1]):
            i += 1
            continue
        drafts.append(_draft(i, *found))
        i = found[0]
    return drafts
