"""pymorphy3, loaded once and cached per word form: a word seen twice is parsed once, and a frequent
word's readings come from the lexicon built ahead of time (lexicon.py)."""

from __future__ import annotations

import os
from functools import cache, lru_cache
from typing import NamedTuple

import pymorphy3
import pymorphy3_dicts_ru
from pymorphy3.analyzer import Parse
from pymorphy3.units import DictionaryAnalyzer

from .lexicon import lexicon


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The Russian analyzer, its dictionary found directly: pymorphy3's own search goes through every
    installed package's entry points (importlib.metadata), a tenth of factx's start-up. The
    PYMORPHY3_DICT_PATH variable still chooses another dictionary.

    Its tags answer `tag.case`, `tag.POS`… with plain strings: pymorphy3's typed grammemes check each
    comparison against the grammemes of the category, which doubles the cost of every one (pymorphy3
    documents the switch for that reason); the tests turn the check back on (tests/conftest.py)."""
    if path := os.environ.get(pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE):
        morph = pymorphy3.MorphAnalyzer(path=path)
    else:
        morph = pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")
    morph.TagClass.typed_grammemes = False
    return morph


MAX_WORD = 40  # longer "words" are glued noise; pymorphy's guesser would take quadratic time on them


def shared_start(a: str, b: str) -> int:
    """How many letters two words share from their start."""
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def fold(word: str) -> str:
    """ё as е: the normalised text never has ё, so lemmas and data are compared without it."""
    return word.replace("ё", "е").replace("Ё", "Е")


def yo_as_written(word: str, written: str) -> str:
    """The word with "ё" where the written form has it, over the start they share."""
    letters = list(word)
    for k, (a, b) in enumerate(zip(word, written, strict=False)):
        if fold(a.lower()) != fold(b.lower()):
            break
        if b in "ёЁ":
            letters[k] = b
    return "".join(letters)


YO_STEM = 3  # letters a unit's word shares with a written word for it to be that word's lemma


def phrase_as_written(phrase: str, mention: str) -> str:
    """A unit with "ё" only where the mention writes it and the dictionary spells the unit's word
    with it: "56 населённых пунктах" → "населённый пункт", "3 населенных пунктах" → "населенный
    пункт", "14 сёлам" → "село" (whose "ё" is only the plural's); each word is spelt as the written
    word that shares its start."""
    if "ё" not in mention.lower():
        return phrase
    written = mention.split()

    def spelt(word: str) -> str:
        best = max(written, key=lambda w: _shared(word, w))
        if _shared(word, best) < YO_STEM:
            return word
        dictionary = next((str(p.word) for p in parses(word)[:1]), word)
        as_written = yo_as_written(word, best)
        return "".join(
            a if a in "ёЁ" and d == "ё" else w
            for a, d, w in zip(as_written, dictionary[: len(word)].ljust(len(word)), word, strict=True)
        )

    return " ".join(spelt(w) for w in phrase.split(" "))


def _shared(word: str, written: str) -> int:
    n = 0
    for a, b in zip(word, written, strict=False):
        if fold(a.lower()) != fold(b.lower()):
            break
        n += 1
    return n


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Parse, ...]:
    """All readings of a word, likeliest first; none for glued noise longer than MAX_WORD or for
    characters pymorphy3 cannot name."""
    if len(word) > MAX_WORD:
        return ()
    known = lexicon(analyzer())
    found = known.parses(word) if known is not None else None
    if found is not None:
        return found
    try:
        return tuple(analyzer().parse(word))
    except ValueError:  # pymorphy3 asks unicodedata for names that unassigned code points lack
        return ()


class First(NamedTuple):
    """A word form's likeliest reading, read off its tag once: part of speech, case and number (None
    where the tag has none), lemma and every grammeme."""

    pos: str | None
    case: str | None
    number: str | None
    lemma: str
    grammemes: frozenset[str]


@lru_cache(maxsize=200_000)
def first(word: str) -> First | None:
    """The likeliest reading of a word, or None where it has none."""
    found = parses(word)
    if not found:
        return None
    tag = found[0].tag
    return First(tag.POS, tag.case, tag.number, found[0].normal_form, tag.grammemes)


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """The ё-folded lemmas of every reading of a word."""
    return frozenset(fold(p.normal_form) for p in parses(word))


@lru_cache(maxsize=100_000)
def is_known(word: str) -> bool:
    """The dictionary has the word (its readings are not the guesser's)."""
    known = lexicon(analyzer())
    if known is not None and known.holds(word.lower()):
        return True  # the lexicon holds only words all of whose readings are the dictionary's
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
    form = inflected(p, frozenset(grammemes))
    return form if form is not None else str(p.word)


@lru_cache(maxsize=20_000)
def _paradigm_grammemes(para_id: int) -> tuple[frozenset[str], ...]:
    """The grammemes of each form of a paradigm, in its order."""
    d = analyzer().dictionary
    paradigm = d.paradigms[para_id]
    n = len(paradigm) // 3
    return tuple(d.gramtab[paradigm[n + k]].grammemes for k in range(n))


def inflected(p: Parse, grammemes: frozenset[str]) -> str | None:
    """The form pymorphy3's `Parse.inflect` chooses, or None where it finds none. A dictionary word's
    form is built from its paradigm's tags alone: pymorphy3 builds the whole lexeme first, hundreds
    of forms for a verb with its participles, to keep one."""
    stack = p.methods_stack
    if len(stack) != 1 or not isinstance(stack[0][0], DictionaryAnalyzer):
        form = p.inflect(set(grammemes))
        return None if form is None else str(form.word)
    unit, fixed, para_id, idx = stack[0]
    d = unit.dict
    paradigm = d.paradigms[para_id]
    n = len(paradigm) // 3
    forms = _paradigm_grammemes(para_id)
    possible = [k for k, held in enumerate(forms) if grammemes <= held]
    if not possible:
        grammemes = frozenset(analyzer().TagClass.fix_rare_cases(grammemes))
        possible = [k for k, held in enumerate(forms) if grammemes <= held]
    if not possible:
        return None
    wanted = p.tag.updated_grammemes(grammemes)

    def similarity(k: int) -> float:
        return len(wanted & forms[k]) - 0.1 * len(wanted ^ forms[k])

    best = max(possible, key=similarity)  # the first of equals, as pymorphy3's nlargest keeps
    stem = d.build_stem(paradigm, idx, fixed)
    return str(d.paradigm_prefixes[paradigm[2 * n + best]] + stem + d.suffixes[paradigm[best]])
