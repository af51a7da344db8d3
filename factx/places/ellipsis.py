"""Places that share one generic noun: "в Костанайской, Актюбинской и Мангистауской областях",
"в Амурской (+368%), Мурманской (+349%) и Магаданской (+306%) областях", "Бокейординского,
Сырымского, Теректинского районов", "в Ханты-Мансийском и Ямало-Ненецком автономных округах". Each
adjective is a place of its own; the last one's span takes the noun when the noun follows it
directly."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..draft import Draft
from ..text.doc import Doc
from ..text.morph import analyzer, parses
from .candidates import (
    ADJECTIVE_PLACE,
    adjective_name,
    generic_abbreviations,
    generic_forms,
    unit_phrase,
)
from .gazetteer import entry_named, generic_words, listed_adjectives
from .lookup import second_half
from .names import Entry

JOINERS = frozenset({",", "и", "а", "также"})
MAX_CHAIN = 12


def _adjective_at(doc: Doc, i: int) -> bool:
    """A capitalised place adjective at i, not the second half of a name spaced around its hyphen
    ("Ханты - Мансийский")."""
    return (
        0 <= i < doc.size
        and doc.is_capitalised(i)
        and _place_adjective(doc.words[i])
        and not second_half(doc, i)
    )


@lru_cache(maxsize=20_000)
def _place_adjective(word: str) -> bool:
    """The word is shaped as a place adjective and read as an adjective or listed as one."""
    return ADJECTIVE_PLACE.match(word) is not None and (
        any(p.tag.POS == "ADJF" for p in parses(word)) or word in listed_adjectives()
    )


def _after_brackets(doc: Doc, j: int) -> int:
    """The token after a bracketed stretch starting at j ("(+368%)"), or j itself."""
    if doc.word(j) != "(":
        return j
    k = j + 1
    while k < doc.size and doc.same_sentence(j, k) and doc.words[k] != ")" and k - j < 20:
        k += 1
    return k + 1 if doc.word(k) == ")" else j


@cache
def noun_gender(lemma: str) -> str:
    """The gender of a generic noun by its lemma: область, республика → femn; район, край → masc."""
    return str(analyzer().parse(lemma)[0].tag.gender or "femn")


def plural_generic(doc: Doc, j: int) -> tuple[str, str, str] | None:
    """A plural generic noun at j ("областях", "районов"): its lemma, place type and gender."""
    word = doc.words[j]
    return _plural_generic(word) if word in generic_forms() else None


@cache
def _plural_generic(form: str) -> tuple[str, str, str] | None:
    """plural_generic by the form of a generic word (a few hundred forms)."""
    for p in parses(form):
        place_type = generic_words("part").get(p.normal_form)
        if p.tag.POS == "NOUN" and place_type and p.tag.number == "plur":
            return p.normal_form, place_type, noun_gender(p.normal_form)
    return None


# A capital letter with no word character or hyphen before it (the letter first: the engine skips to it)
CANDIDATE = re.compile(
    r"[А-Я](?<![\w-][А-Я])[а-я]*(?:-[А-Яа-я][а-я]*)*(?:ск|цк|зск)(?:ая|ой|ую|ие|их|ий|ого|ому|ом|им|ими)(?![^\W\d_])"
)


def elliptical_places(doc: Doc) -> list[Draft]:
    """Every chain of place adjectives that ends in one plural generic noun, as place drafts, read
    from each capitalised place adjective the text has."""
    drafts: list[Draft] = []
    last_end = 0
    for m in CANDIDATE.finditer(doc.text):
        i = doc.token_at(m.start())
        if i >= last_end and _adjective_at(doc, i):
            found, last_end = _chain_from(doc, i)  # a chain that fails fails from any later start too
            drafts.extend(found)
    return drafts


def _chain_from(doc: Doc, i: int) -> tuple[list[Draft], int]:
    """The places of the chain of adjectives that starts at token i, if it ends in a generic noun,
    and the token where reading stopped."""
    run: list[int] = []  # the adjectives of the chain being read
    j = i
    while j < doc.size and j - i < MAX_CHAIN * 4 and doc.same_sentence(i, j):
        if _adjective_at(doc, j):
            if run and doc.words[j - 1] not in JOINERS:
                break  # "в селе Покровском Орловской области": two names side by side are no list
            run.append(j)
            j = _after_brackets(doc, j + 1)
            continue
        generic = plural_generic(doc, j) or _abbreviated_generic(doc, j)
        if generic is not None and len(run) > 1:
            end = j + 2 if doc.word(j + 1) == "." and doc.tokens.joined(j + 1) else j + 1  # "обл."
            return _drafts(doc, run, j, end, generic), end
        generic = unit_phrase(doc, j, plural=True) if len(run) > 1 else None
        if generic is not None:  # "в Ханты-Мансийском и Ямало-Ненецком автономных округах"
            return _drafts(doc, run, j, j + 2, generic), j + 2
        if doc.words[j] not in JOINERS:
            break
        j += 1
    return [], j


def _abbreviated_generic(doc: Doc, j: int) -> tuple[str, str, str] | None:
    """A generic noun cut short after a list ("в Акмолинской и Костанайской обл."): it may be plural."""
    lemma = generic_abbreviations().get(doc.words[j])
    return None if lemma is None else (lemma, generic_words("part")[lemma], noun_gender(lemma))


def _drafts(
    doc: Doc, adjectives: list[int], noun_at: int, noun_end: int, generic: tuple[str, str, str]
) -> list[Draft]:
    """A place draft for each adjective of a chain; the last takes the noun when it follows directly."""
    lemma, place_type, gender = generic
    drafts = []
    for k in adjectives:
        name = adjective_name(doc, k, lemma, gender)
        if name is None:
            continue  # an adjective the dictionary lacks that names no unit of this noun
        entry = entry_named(name) or Entry(name, place_type, None)
        end = noun_end if k == adjectives[-1] and noun_at == k + 1 else k + 1
        fields = {"name": entry.name, "type": entry.type, "canonical": entry.canonical}
        drafts.append(Draft("place", k, end, fields, "place.elliptical_list"))
    return drafts
