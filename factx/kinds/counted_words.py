"""The words of a counted noun phrase: which reading of a word counts ("голов" → голова), which
adjectives are seldom nouns, and the words a number is written in."""

from __future__ import annotations

from functools import cache, lru_cache

from pymorphy3.analyzer import Parse

from ..numbers import numerals
from ..text.morph import parses
from ..vocab import table

NAME_TAGS = ("Geox", "Name", "Surn", "Patr", "Abbr")
MAX_ADJECTIVES = 3
ADJECTIVE_JOINERS = ("и", "(", ")")
MAX_LISTED = 6  # how many comma-joined counts a list reaches back over
NUMBER_PARTS = frozenset({",", ".", "тыс", "млн", "млрд"})  # "5", "2,5", "3 тыс."


@cache
def counted_lemmas() -> dict[str, str]:
    """Forms whose likeliest lemma is wrong after a number ("голов" → голова, not гол)."""
    return {r["form"]: r["lemma"] for r in table("quantity/counted_lemmas.tsv")}


@lru_cache(maxsize=100_000)
def counted_reading(word: str) -> Parse | None:
    """The reading of a word as a counted noun, with corrections where the likeliest is wrong (an
    abbreviation reads as its word: "мин" → минута); a
    participle the dictionary marks as often used as a noun (Subx) counts people in the genitive
    plural, the form a count takes ("20 тыс. отдыхающих"; not "14 начинающим предпринимателям")."""
    override = counted_lemmas().get(word)
    if override is not None:
        return next((p for p in parses(word) if p.normal_form == override), None) or parses(override)[0]
    for p in parses(word):  # "птицефабрика" is tagged an organisation's name, yet counts like any noun
        if p.tag.POS == "NOUN" and not any(t in p.tag for t in NAME_TAGS):
            return p
    for p in parses(word):  # "20 тыс. отдыхающих", "300 работающих": a participle used as a noun
        if p.tag.POS == "PRTF" and ("Subx" in p.tag or "actv" in p.tag) and {"plur", "gent"} in p.tag:
            return p
    return None


SUBSTANTIVISED = 0.25  # below this share of its readings a word is an adjective more than a noun


def substantivised(word: str) -> bool:
    """An adjective that is seldom a noun ("малых" → малое, "городских" → городской): alone after a
    count's part opener or "и", it leaves out the noun of the count before ("рабочих", "учёных" are
    nouns most of the time and count people)."""
    return float(sum(p.score for p in parses(word) if p.tag.POS == "NOUN")) < SUBSTANTIVISED


def is_year_like(word: str) -> bool:
    """Four digits a year could be: "в 2023 году и …" counts no years."""
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def number_word(word: str) -> bool:
    """A number's word in digits or letters ("12 новых и 5 …", "четырех аварийных и двух …"), not a
    form of "один", whose noun is singular ("двух полицейских и одного прохожего")."""
    return word[:1].isdigit() or (word in numerals() and not word.startswith("одн"))
