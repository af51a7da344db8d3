"""The shape of a text that context reads: paragraphs, the clauses of each sentence, where each
sentence's predicate begins, and parentheses.

A clause runs between commas, semicolons, colons and brackets, and a conjunction followed by a verb
opens a new one ("Завод запущен в 2022 году | и уже произвел 450 тыс. тонн"). A dash does not end a
clause: it stands for the verb ("в Сарани – на 38%").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from ..text.doc import Doc
from ..text.morph import parses
from ..vocab import words

BREAKS = frozenset({",", ";", ":"})
PREDICATE_POS = frozenset({"VERB", "PRTS"})


@cache
def _not_verb_endings() -> tuple[str, ...]:
    return tuple(words("context/not_verb_endings.txt"))


@lru_cache(maxsize=100_000)
def is_predicate(word: str) -> bool:
    """The likeliest reading is a finite verb or a short participle ("создано", "построят"). Words
    with an ending no such form has are not looked up: the dictionary costs time on a first pass."""
    if word.endswith(_not_verb_endings()):
        return False
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in PREDICATE_POS


OPENING_WORDS = 7  # how many words into its clause a place or a period may stand and still open it


class Layout:
    """Clauses are found for the whole text at once; which of them have a verb is asked only of
    the clauses that hold a figure, a place or a period, since it costs the dictionary a look-up."""

    def __init__(
        self, doc: Doc, clause: list[int], paren_before: dict[int, int], clause_start: dict[int, int]
    ) -> None:
        self.doc = doc
        breaks = [m.start() for m in re.finditer("\n", doc.text)]
        self.paragraph = [bisect_left(breaks, start) for start, _ in doc.sentences]  # a paragraph is a line
        self.clause = clause  # clause index of every token, counted through the text
        self.paren_before = paren_before  # clause inside brackets → the token just before its "("
        self.clause_start = clause_start  # clause → its first token
        self._verbs: dict[int, int | None] = {}
        self._segments: dict[int, int] = {}

    def tokens(self, clause: int) -> range:
        return range(self.clause_start[clause], self.clause_start.get(clause + 1, len(self.doc.tokens)))

    def verb(self, clause: int) -> int | None:
        """The clause's first predicate, if it has one."""
        if clause not in self._verbs:
            words = self.doc.words
            self._verbs[clause] = next(
                (i for i in self.tokens(clause) if words[i].isalpha() and is_predicate(words[i])), None
            )
        return self._verbs[clause]

    def sentence_clauses(self, sentence: int) -> range:
        doc = self.doc
        first = doc.token_at(doc.sentences[sentence][0])
        last = doc.token_at(doc.sentences[sentence][1]) - 1
        if first > last:
            return range(0)
        return range(self.clause[first], self.clause[last] + 1)

    def segment(self, clause: int) -> int:
        """The clauses that share a verb form a segment, named by its first clause: a clause with a
        verb of its own opens a new one ("Завод запущен в 2022 году | и уже произвел …")."""
        if clause not in self._segments:
            sentence = self.doc.sentence_of[self.clause_start[clause]]
            clauses = self.sentence_clauses(sentence)
            current, seen = clauses.start, False
            for c in clauses:
                has = self.verb(c) is not None
                if has and seen:
                    current = c
                seen = seen or has
                self._segments[c] = current
        return self._segments[clause]

    def framing(self, doc: Doc, i: int) -> bool:
        """Token i opens its clause, before the clause's verb, and so frames the sentence and what
        follows it ("В 2021 году в Павлодарской области собрали …", "турпоток с начала 2018 года
        составил …"). In a sentence without a verb, only its first clause frames."""
        clause = self.clause[i]
        first = self.clause_start[clause]
        if (
            i - first > 3 * OPENING_WORDS
            or sum(doc.words[k].isalpha() for k in range(first, i)) > OPENING_WORDS
        ):
            return False
        verb = self.verb(clause)
        if verb is not None:
            return i < verb
        clauses = self.sentence_clauses(doc.sentence_of[i])
        return clause == clauses.start and all(self.verb(c) is None for c in clauses)


def layout_of(doc: Doc) -> Layout:
    """The clauses of a Doc, and what brackets they stand in."""
    clause: list[int] = []
    paren_before: dict[int, int] = {}
    clause_start: dict[int, int] = {}
    conjunctions = words("context/clause_conjunctions.txt")
    current, depth, outer = 0, 0, 0
    for i, w in enumerate(doc.words):
        if i and doc.sentence_of[i] != doc.sentence_of[i - 1]:
            current, depth = current + 1, 0
        if w == "(":
            depth += 1
            if depth == 1:
                outer, current = current, current + 1
                paren_before[current] = i - 1
        elif w == ")" and depth:
            depth -= 1
            if depth == 0:
                current = max(current, outer) + 1
        elif depth == 0 and (_is_break(doc, i) or (w in conjunctions and _verb_follows(doc, i))):
            current += 1
        clause.append(current)
        clause_start.setdefault(current, i)
    return Layout(doc, clause, paren_before, clause_start)


def _is_break(doc: Doc, i: int) -> bool:
    """A comma, semicolon or colon between words; a comma inside "1,5" is a decimal point."""
    w = doc.words[i]
    if w not in BREAKS:
        return False
    tokens = doc.tokens
    return not (
        tokens.joined(i) and tokens.joined(i + 1) and doc.word(i - 1).isdigit() and doc.word(i + 1).isdigit()
    )


def _verb_follows(doc: Doc, i: int) -> bool:
    """A verb within the next two words: "и уже произвел", "а построят"."""
    return any(
        doc.word(j).isalpha() and is_predicate(doc.word(j)) for j in (i + 1, i + 2) if doc.same_sentence(i, j)
    )
