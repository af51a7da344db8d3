"""pymorphy3, loaded once and cached per word form: a word seen twice is parsed once."""

from __future__ import annotations

from functools import cache, lru_cache

import pymorphy3
from pymorphy3.analyzer import Parse


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


MAX_WORD = 40  # longer "words" are glued noise; pymorphy's guesser would take quadratic time on them


def fold(word: str) -> str:
    """ё as е: the normalised text never has ё, so lemmas and data are compared without it."""
    return word.replace("ё", "е").replace("Ё", "Е")


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Parse, ...]:
    """All readings of a word, likeliest first; none for glued noise longer than MAX_WORD or for
    characters pymorphy3 cannot name."""
    if len(word) > MAX_WORD:
        return ()
    try:
        return tuple(analyzer().parse(word))
    except ValueError:  # pymorphy3 asks unicodedata for names that unassigned code points lack
        return ()


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """The ё-folded lemmas of every reading of a word."""
    return frozenset(fold(p.normal_form) for p in parses(word))


@lru_cache(maxsize=100_000)
def is_known(word: str) -> bool:
    """The dictionary has the word (its readings are not the guesser's)."""
    try:
        return bool(analyzer().word_is_known(word))
    except ValueError:
        return False


def has_tag(word: str, *grammemes: str) -> bool:
    """Whether any reading of the word carries all the grammemes."""
    return any(all(g in p.tag for g in grammemes) for p in parses(word))


@lru_cache(maxsize=100_000)
def inflect(p: Parse, *grammemes: str) -> str:
    """The word in the form the grammemes ask for (as it is when it has no such form); cached, since
    the same phrases are put in the nominative again and again."""
    form = p.inflect(set(grammemes))
    return str(form.word if form is not None else p.word)
