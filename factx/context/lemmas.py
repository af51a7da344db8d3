"""The lemma passes the cue matcher reads a text by: the lemmas of a word form or a token, the tokens
of a range whose lemmas meet a set, and the numbers, scales and percent signs passed over. Each is
cached per word form or read by C-level passes, not a Python step per token."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import not_

from ..numbers.expr import numerals
from ..text.doc import Doc
from ..text.morph import fold, inflect, parses
from .clause_words import is_predicate

PREDICATE = "\x00verb"  # what text_lemmas adds to a verb's lemmas: a cue's gap never crosses one either


def phrase_lemmas(phrase: str) -> tuple[list[frozenset[str]], int | None]:
    """The lemmas of a phrase's words, and where its head noun stands."""
    words_of = phrase.lower().split()
    nouns = (k for k, w in enumerate(words_of) if parses(w)[:1] and parses(w)[0].tag.POS == "NOUN")
    return [word_lemmas(w) for w in words_of], next(nouns, None)


def numeric(doc: Doc, i: int) -> bool:
    """A number, a number word, a scale or a percent sign ("15", "пять", "тыс", ".", "%"), passed over
    when cue phrases are matched, so that "задействованы более 15 тыс. человек" holds "задействовать …
    человек" and "возмещает 50% стоимости" holds "возмещать стоимость"."""
    w = doc.words[i]
    if (
        w in (",", ".")
        and doc.word(i - 1)[:1].isdigit()
        and doc.tokens.joined(i)
        and doc.tokens.joined(i + 1)
    ):
        return True  # the decimal comma of "3,2 млрд": no barrier between "получат" and "на"
    return _numeric_word(w) or (w == "." and doc.word(i - 1) in numerals())


POINTS = frozenset({",", "."})  # the marks numeric() reads by their neighbours


def unnumbered(doc: Doc, first: int, end: int) -> list[int]:
    """The tokens of [first, end) that are not numeric(), as numeric() says one by one: a word form is
    judged once per run (a C-level cache read), only commas and full stops by their neighbours."""
    words = doc.words[first:end]
    flags = list(map(_numeric_word, words))
    for k in [k for k, w in enumerate(words) if w in POINTS]:
        flags[k] = numeric(doc, first + k)
    return list(compress(range(first, end), map(not_, flags)))


@lru_cache(maxsize=100_000)
def _numeric_word(w: str) -> bool:
    """A digit, a number word or a percent sign: numeric() of any word but a comma or a full stop,
    which alone depend on the words around."""
    return w[:1].isdigit() or w in numerals() or w == "%"


def lemma_hits(doc: Doc, tokens: range, wanted: frozenset[str]) -> list[int]:
    """The tokens of a range inside the text whose lemmas meet `wanted`, read by C-level passes over
    its words instead of a Python step per token."""
    disjoint = map(wanted.isdisjoint, map(word_lemmas, doc.words[tokens.start : tokens.stop]))
    return list(compress(tokens, map(not_, disjoint)))


def token_lemmas(doc: Doc, i: int) -> frozenset[str]:
    """The lemmas of token i, from the readings the Doc holds for its word form."""
    return word_lemmas(doc.words[i]) if 0 <= i < doc.size else frozenset()


@lru_cache(maxsize=100_000)
def word_lemmas(word: str) -> frozenset[str]:
    """Lemmas of a word form's readings (the cache Doc.readings reads); a participle is also its own
    adjective ("обрабатывающий", whose lemma is "обрабатывать"); a unit symbol is itself."""
    readings = parses(word)
    found = {fold(p.normal_form) for p in readings}
    found.update(fold(inflect(p, "nomn", "masc", "sing")) for p in readings[:1] if p.tag.POS == "PRTF")
    return frozenset(found) or frozenset({word})


@lru_cache(maxsize=100_000)
def text_lemmas(word: str) -> frozenset[str]:
    """The lemmas of a word of a text, and PREDICATE for a verb, which no cue phrase spans ("на долю
    торговых сетей приходится 38% оборота" holds no "торговый оборот")."""
    return word_lemmas(word) | {PREDICATE} if is_predicate(word) else word_lemmas(word)
