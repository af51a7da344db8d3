"""The shape of a text that context reads: paragraphs, the clauses of each sentence, where each
sentence's predicate begins, and parentheses.

A clause runs between commas, semicolons, colons and brackets, and a conjunction followed by a verb
opens a new one ("Завод запущен в 2022 году | и уже произвел 450 тыс. тонн"). A dash does not end a
clause: it stands for the verb ("в Сарани – на 38%").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.doc import Doc
from ..text.morph import parses
from ..vocab import words

BREAKS = frozenset({",", ";", ":"})
PREDICATE_POS = frozenset({"VERB", "PRTS"})


@lru_cache(maxsize=100_000)
def is_predicate(word: str) -> bool:
    """The likeliest reading is a finite verb or a short participle ("создано", "построят")."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in PREDICATE_POS


OPENING_WORDS = 7  # how many words into its clause a place or a period may stand and still open it


@dataclass(frozen=True, slots=True)
class Layout:
    paragraph: list[int]  # paragraph index of every sentence (a paragraph is a line of text)
    clause: list[int]  # clause index of every token, counted through the text
    paren_before: dict[int, int]  # clause inside brackets → the token just before its "("
    clause_start: dict[int, int]  # clause → its first token
    clause_verb: dict[int, int]  # clause → its first predicate, for clauses that have one
    verbless: set[int]  # sentences without any predicate

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
        verb = self.clause_verb.get(clause)
        if verb is not None:
            return i < verb
        sentence = doc.sentence_of[i]
        return sentence in self.verbless and self.clause[doc.token_at(doc.sentences[sentence][0])] == clause


def layout_of(doc: Doc) -> Layout:
    """Paragraphs, clauses and predicates of a Doc."""
    paragraph = [doc.text.count("\n", 0, start) for start, _ in doc.sentences]
    clause: list[int] = []
    paren_before: dict[int, int] = {}
    clause_start: dict[int, int] = {}
    clause_verb: dict[int, int] = {}
    with_verb: set[int] = set()
    conjunctions = words("context/clause_conjunctions.txt")
    current, depth, outer = 0, 0, 0
    for i, w in enumerate(doc.words):
        sentence = doc.sentence_of[i]
        if i and sentence != doc.sentence_of[i - 1]:
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
        if w.isalpha() and is_predicate(w):
            clause_verb.setdefault(current, i)
            with_verb.add(sentence)
    verbless = set(range(len(doc.sentences))) - with_verb
    return Layout(paragraph, clause, paren_before, clause_start, clause_verb, verbless)


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
