"""The words that shape a clause: the marks and conjunctions that may open one, the words that make
it hang on another ("который", "где", "что"), and the predicate a clause's verb is read by
("создано", "построят"). layout.py splits sentences into clauses with them."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import compress

from ..kinds.qualifiers import qualifier_after
from ..text.doc import Doc
from ..text.morph import is_known, parses
from ..text.tokens import CLAUSE_MARKS
from ..vocab import stems, word_forms, words

PREDICATE_POS = frozenset({"VERB", "PRTS"})


@lru_cache(maxsize=100_000)
def is_predicate(word: str) -> bool:
    """The likeliest reading is a finite verb or a short participle ("создано", "построят"). Words
    with an ending no such form has, and words the dictionary lacks, are not parsed: parsing costs time
    on a first pass, and guessing a verb from an unknown word's ending costs the most."""
    if word.endswith(stems("context/not_verb_endings.txt")) or not is_known(word):
        return False
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in PREDICATE_POS


@cache
def _clause_marks() -> frozenset[str]:
    """The words that may open a clause: brackets, breaks and conjunctions."""
    return frozenset({"(", ")"}) | CLAUSE_MARKS | words("context/clause_conjunctions.txt")


def marked(tokens: range, words_of: list[str]) -> Iterator[int]:
    """The tokens whose words may open a clause, found at C speed: most tokens are plain words."""
    return compress(tokens, map(_clause_marks().__contains__, words_of[tokens.start : tokens.stop]))


def _subordinate(word: str) -> bool:
    """ "который", "где", "что": a word that makes its clause hang on another."""
    return word in words("context/subordinators.txt") or relative_pronoun(word)


def relative_pronoun(word: str) -> bool:
    """ "который", "где" in any form: a word that makes its clause describe what the one before names."""
    return word in word_forms("context/relative_pronouns.txt")


def subordinate_clause(doc: Doc, clause: int) -> bool:
    return any(_subordinate(w) for w in doc.words[clause : clause + 3])


@lru_cache(maxsize=100_000)
def is_verb_word(word: str) -> bool:
    """A word, not a number or a sign, whose likeliest reading is a predicate (cached per word form:
    a clause's words are read by a C-level map)."""
    return word.isalpha() and is_predicate(word)


def is_break(doc: Doc, i: int) -> bool:
    """A comma, semicolon or colon between words; a comma inside "1,5" is a decimal point."""
    w = doc.words[i]
    if w not in CLAUSE_MARKS:
        return False
    tokens = doc.tokens
    return not (
        tokens.joined(i) and tokens.joined(i + 1) and doc.word(i - 1).isdigit() and doc.word(i + 1).isdigit()
    )


def verb_follows(doc: Doc, i: int) -> bool:
    """A verb within the next two words: "и уже произвел", "а построят"; not after a comparative,
    which qualifies a figure ("на 10% и выше возросли")."""
    if qualifier_after(doc, i) is not None:
        return False  # "на 10% и выше возросли": "и выше" qualifies the figure
    follows = any(is_verb_word(doc.word(j)) for j in (i + 1, i + 2) if doc.same_sentence(i, j))
    return follows and not ((found := doc.first(i + 1)) is not None and "COMP" in found.grammemes)
