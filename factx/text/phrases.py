"""Noun phrases: the readings that make a word a common noun or an adjective, agreement, and a phrase's
lemma in the nominative ("новых рабочих мест" → "новое рабочее место").

Quantities use them for the counted noun, the context step for the subject.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from pymorphy3.analyzer import Parse

from .morph import fold, inflect, parses, shared_start

PROPER_TAGS = ("Geox", "Name", "Surn", "Patr", "Orgn", "Abbr", "Trad")


@lru_cache(maxsize=100_000)
def common_noun(word: str) -> Parse | None:
    """The likeliest reading of the word as a common noun (not a name, place or abbreviation)."""
    for p in parses(word):
        if p.tag.POS == "NOUN" and not any(t in p.tag for t in PROPER_TAGS):
            return p
    return None


@lru_cache(maxsize=100_000)
def adjective(word: str) -> Parse | None:
    """The likeliest reading as an adjective or participle that can modify a noun (not a pronoun
    like "этот", not an ordinal)."""
    readings = adjective_readings(word)
    return readings[0] if readings else None


@lru_cache(maxsize=100_000)
def adjective_readings(word: str) -> tuple[Parse, ...]:
    """Every reading as an adjective or participle that can modify a noun, likeliest first:
    "начинающим" is instrumental singular first, dative plural too. "самый", which the dictionary
    files with the pronouns, makes a superlative of the adjective after it ("12 самых крупных
    проектов") and is read as one."""
    return tuple(
        p
        for p in parses(word)
        if p.tag.POS in ("ADJF", "PRTF")
        and ("Apro" not in p.tag or p.normal_form == SUPERLATIVE)
        and "Anum" not in p.tag
    )


SUPERLATIVE = "самый"


def agreeing(word: str, noun: Parse) -> Parse | None:
    """The reading of `word` as an adjective that agrees with the noun, if any."""
    return next((a for a in adjective_readings(word) if agrees(a, noun)), None)


@lru_cache(maxsize=100_000)
def is_adjective(word: str) -> bool:
    """Some reading is an adjective or participle other than a pronoun (ordinals included)."""
    return len(word) > 1 and any(p.tag.POS in ("ADJF", "PRTF") and "Apro" not in p.tag for p in parses(word))


@lru_cache(maxsize=100_000)
def is_preposition(word: str) -> bool:
    return any(p.tag.POS == "PREP" for p in parses(word))


@lru_cache(maxsize=100_000)
def is_genitive(word: str) -> bool:
    """Some reading of the word is in the genitive (asked again and again of the same words)."""
    return any("gent" in p.tag for p in parses(word))


@lru_cache(maxsize=100_000)
def plural_genitive(word: str) -> Parse | None:
    """The reading of the word in the plural genitive, of the part of speech it likeliest is
    ("воспитателей" reads first as an accusative), if it has one."""
    readings = parses(word)
    return next((p for p in readings if {"plur", "gent"} in p.tag and p.tag.POS == readings[0].tag.POS), None)


def agrees(adj: Parse, noun: Parse) -> bool:
    """An adjective can modify the noun: same case, or plural (which agrees in every gender)."""
    return bool(adj.tag.case == noun.tag.case or adj.tag.number == "plur")


def nominative_phrase(adjectives: Iterable[Parse | str], noun: Parse, rest: Iterable[str] = ()) -> str:
    """The phrase in the nominative: adjectives agreeing with the noun's lemma (a word between them,
    "и" or a bracket, as written), then the words after the noun as written ("объемы промышленного
    производства" → "объем промышленного производства"). A plural-only noun stays plural ("сутки")."""
    head = noun.normal_form if noun.tag.POS != "PRTF" else inflect(noun, "nomn", "sing", "masc")  # отдыхающий
    if "Pltm" in noun.tag:
        grammemes: tuple[str, ...] = ("nomn", "plur")
    else:
        grammemes = ("nomn", "sing", noun.tag.gender or "masc")
    parts = [a if isinstance(a, str) else _agreeing_form(a, grammemes) for a in adjectives]
    return fold(" ".join([*parts, head, *rest]).replace("( ", "(").replace(" )", ")"))


def _agreeing_form(adjective: Parse, grammemes: tuple[str, ...]) -> str:
    """The adjective in the form the noun's lemma asks for; a superlative keeps its own stem ("лучшим"
    → лучший, where its lexeme's first such form is "наихороший")."""
    if "Supr" not in adjective.tag:
        return inflect(adjective, *grammemes)
    wanted = {*grammemes, "Supr"}
    forms = [str(f.word) for f in adjective.lexeme if wanted <= f.tag.grammemes]
    word = str(adjective.word)
    return max(forms, key=lambda f: shared_start(f, word), default=inflect(adjective, *grammemes))
