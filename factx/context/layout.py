"""The shape of a text that context reads: paragraphs, the clauses of each sentence, where each
sentence's predicate begins, and parentheses.

A clause runs between commas, semicolons, colons and brackets, and a conjunction followed by a verb
opens a new one ("Завод запущен в 2022 году | и уже произвел 450 тыс. тонн"). A dash does not end a
clause: it stands for the verb ("в Сарани – на 38%").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import compress
from typing import TypeVar

from ..text.doc import Doc
from ..text.tokens import CLAUSE_MARKS, DASHES
from ..vocab import words
from .clause_words import is_break, is_verb_word, marked, relative_pronoun, subordinate_clause, verb_follows

T = TypeVar("T")


def nearest_few(
    items: list[T], token: int, starts: dict[int, list[int]], start_of: Callable[[T], int], reach: int
) -> list[T]:
    """The items (in text order) nearest to a token, `reach` on each side: a long list costs no more
    than a short one. `starts` caches the start tokens of each list, by its id."""
    if len(items) <= 2 * reach:
        return items
    found = starts.get(id(items))
    if found is None:
        found = starts[id(items)] = [start_of(item) for item in items]
    k = bisect_left(found, token)
    return items[max(k - reach, 0) : k + reach]


ELLIPTIC = 6  # tokens of a short clause before its figure: ", в обрабатывающей промышленности — 106,8%"
LIST_ITEMS = 30  # how many items of a list of dashes may stand between an item and the line opening it
OPENING_WORDS = 7  # how many words into its clause a place or a period may stand and still open it


class Layout:
    """The clauses of a sentence are found the first time something asks about it, and which have a
    verb only when that is asked: context reads the sentences that hold figures, not the whole text.
    A clause is named by its first token."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        breaks = [m.start() for m in re.finditer("\n", doc.text)]
        self.paragraph = [bisect_left(breaks, start) for start, _ in doc.sentences]  # a paragraph is a line
        self._starts: dict[int, list[int]] = {}  # sentence → the first token of each clause
        self.paren_before: dict[int, int] = {}  # clause inside brackets → the token just before its "("
        self._verbs: dict[int, int | None] = {}
        self._segments: dict[int, int] = {}
        self._segment_scan: dict[int, tuple[int, int, bool]] = {}  # sentence → how far segments are known
        self._clause_of: dict[int, int] = {}
        self._respectively: dict[int, bool] = {}
        self._clause_tokens: dict[int, range] = {}
        self._last_verbs: dict[int, list[int | None]] = {}

    def respectively(self, sentence: int) -> bool:
        """The sentence pairs two lists in order: "… 5,1 и 4,3 млн тонн соответственно"."""
        if sentence not in self._respectively:
            self._respectively[sentence] = "соответственно" in self.doc.sentence_words(sentence)
        return self._respectively[sentence]

    def list_opener(self, sentence: int) -> int | None:
        """The sentence that opens the list a sentence is an item of: an item opens with a dash
        ("— 4 школы в Кокшетау;") or is a line that goes on in small letters ("на ремонт больницы —
        1,2 млрд тенге;"), and the line before the first item ends with a colon ("До 2025 года будут
        построены:"); None for a sentence that is no such item."""
        k = sentence
        while k > max(sentence - LIST_ITEMS, 0) and self._is_item(k):
            k -= 1
            tokens = self.doc.sentence_tokens(k)
            if tokens and self.doc.words[tokens.stop - 1] == ":":
                return k
        return None

    def _is_item(self, sentence: int) -> bool:
        """A line that opens with a dash, or a line of its own that opens in small letters: what it
        says goes on from a line before."""
        tokens = self.doc.sentence_tokens(sentence)
        if not tokens:
            return False
        doc, first = self.doc, tokens.start
        if doc.words[first] in DASHES:
            return True
        return doc.text[doc.tokens.starts[first]].islower() and sentence > 0 and doc.breaks_line(sentence)

    def starts(self, sentence: int) -> list[int]:
        """The first token of each clause of a sentence."""
        if sentence not in self._starts:
            self._starts[sentence] = self._split(self.doc.sentence_tokens(sentence))
        return self._starts[sentence]

    def _split(self, tokens: range) -> list[int]:
        doc, words_of = self.doc, self.doc.words
        conjunctions = words("context/clause_conjunctions.txt")
        starts = [tokens.start]  # the first token opens the first clause
        depth = 0
        for i in marked(tokens, words_of):
            w = words_of[i]
            new = False
            if w == "(":
                depth += 1
                if depth == 1:
                    new = True
                    self.paren_before[i] = i - 1
            elif w == ")" and depth:
                depth -= 1
                new = depth == 0
            elif depth == 0 and (
                (w in CLAUSE_MARKS and is_break(doc, i)) or (w in conjunctions and verb_follows(doc, i))
            ):
                new = True
            if new and i != tokens.start:
                starts.append(i)
        return starts

    def clause(self, i: int) -> int:
        """The clause of token i (asked tens of times per figure, so remembered)."""
        found = self._clause_of.get(i)
        if found is None:
            starts = self.starts(self.doc.sentence_of[i])
            found = self._clause_of[i] = starts[max(bisect_right(starts, i) - 1, 0)]
        return found

    def elliptic(self, i: int) -> bool:
        """The figure at token i ends a short clause after another of its sentence, a dash standing for
        its verb and the clause opening with a few words that say what the figure is of: "…, в
        обрабатывающей промышленности — 106,8%", "…, импорта — 4%", "…, расходы — 401,2 млрд"; not one
        that "и" joins to the noun before it. The dash may stand before the "на" of a change: "…, сельском
        хозяйстве — на 3,1%, строительстве — на 18,8%"."""
        clause = self.clause(i)
        first = self.starts(self.doc.sentence_of[i])[0]
        dash = i - 2 if self.doc.word(i - 1) == "на" else i - 1
        short = clause != first and 0 < dash - clause < ELLIPTIC and self.doc.word(dash) in DASHES
        joined = (
            self.doc.words[clause] == "и" or self.doc.word(clause + 1) == "и"
        )  # ", и малых предприятий —"
        return short and not joined and self.verb(clause) is None  # no verb: "и КФХ произведено молока —"

    def elided_verb(self, i: int) -> int | None:
        """The verb a short clause after a dash leaves out: that of the nearest clause before it with one
        ("В Китай отправлено 56 тыс. тонн, в Россию — 12 тыс. тонн", "подорожали на 9%, услуги — на 16%")."""
        clause = self.clause(i)
        sentence = self.doc.sentence_of[i]
        starts = self.starts(sentence)
        if clause == starts[0] or not 0 < i - clause <= ELLIPTIC + 1 or self.verb(clause) is not None:
            return None
        if not any(self.doc.words[k] in DASHES for k in range(clause, i)):
            return None
        return self._verbs_so_far(sentence)[bisect_left(starts, clause) - 1]

    def shared_verb(self, i: int) -> int | None:
        """The verb the clause of token i says, its own or, when it has none, that of the nearest clause
        before it in its sentence with one ("посетили 420 тыс. граждан КНР, более 100 тыс. граждан Кореи")."""
        clause = self.clause(i)
        own = self.verb(clause)
        if own is not None:
            return own
        sentence = self.doc.sentence_of[i]
        return self._verbs_so_far(sentence)[bisect_left(self.starts(sentence), clause)]

    def _verbs_so_far(self, sentence: int) -> list[int | None]:
        """For each clause of a sentence, the verb of the nearest clause up to it that has one: worked
        out once per sentence, a list of a thousand short clauses costing no more than one."""
        found = self._last_verbs.get(sentence)
        if found is None:
            last: int | None = None
            found = []
            for c in self.starts(sentence):
                last = v if (v := self.verb(c)) is not None else last
                found.append(last)
            self._last_verbs[sentence] = found
        return found

    def tokens(self, clause: int) -> range:
        """The tokens of a clause (asked several times per figure, so remembered)."""
        found = self._clause_tokens.get(clause)
        if found is None:
            sentence = self.doc.sentence_of[clause]
            starts = self.starts(sentence)
            k = bisect_left(starts, clause)
            end = starts[k + 1] if k + 1 < len(starts) else self.doc.sentence_tokens(sentence).stop
            found = self._clause_tokens[clause] = range(clause, end)
        return found

    def next_clause(self, clause: int) -> int | None:
        starts = self.starts(self.doc.sentence_of[clause])
        k = bisect_left(starts, clause)
        return starts[k + 1] if k + 1 < len(starts) else None

    def verb(self, clause: int) -> int | None:
        """The clause's first predicate, if it has one."""
        if clause not in self._verbs:
            tokens = self.tokens(clause)
            verbal = map(is_verb_word, self.doc.words[tokens.start : tokens.stop])
            self._verbs[clause] = next(compress(tokens, verbal), None)
        return self._verbs[clause]

    def segment(self, clause: int) -> int:
        """The clauses that share a verb form a segment, named by its first clause: a clause with a
        verb of its own opens a new one ("Завод запущен в 2022 году | и уже произвел …")."""
        if clause not in self._segments:
            sentence = self.doc.sentence_of[clause]
            starts = self.starts(sentence)
            k, current, seen = self._segment_scan.get(sentence, (0, starts[0], False))
            for c in starts[k:]:  # on from where the last question about the sentence stopped
                has = self.verb(c) is not None
                if has and seen:
                    current = c
                seen = seen or has
                self._segments[c] = current
                k += 1
                if c == clause:
                    break  # a later clause's segment is worked out when asked
            self._segment_scan[sentence] = (k, current, seen)
        return self._segments[clause]

    def described(self, i: int) -> bool:
        """Token i opens its sentence with a clause without a verb, a subordinate clause right after it
        describes what it names, and the main clause goes on after that: "В Кентау и Арыси, которые
        относятся к моногородам, безработица снизилась …". A place named so is the place of its own
        sentence's figures, yet the text after it stays where it was ("В районе, к которому относится
        город, построят …")."""
        clause = self.clause(i)
        starts = self.starts(self.doc.sentence_of[i])
        if clause != starts[0] or len(starts) < 3 or self.verb(clause) is not None:
            return False
        aside, resumed = starts[1], starts[2]
        return (
            self.verb(aside) is not None
            and subordinate_clause(self.doc, aside)
            and self.verb(resumed) is not None
            and not subordinate_clause(self.doc, resumed)
        )

    def relative(self, clause: int) -> bool:
        """The clause opens with a relative pronoun ("…ТЭЦ, которая работает с 1955 года", "…, где"): it
        describes what the clause before it names."""
        return any(map(relative_pronoun, self.doc.words[clause : clause + 3]))

    def framing(self, i: int) -> bool:
        """Token i opens its clause, before the clause's verb, and so frames the sentence and what
        follows it ("В 2021 году в Павлодарской области собрали …", "турпоток с начала 2018 года
        составил …"). A clause without a verb frames only as the sentence's first, and only when the
        first verb after it is no subordinate clause's ("По республике валовой сбор, по
        предварительным данным, составил …", not "В районе, к которому относится город, …")."""
        doc = self.doc
        clause = self.clause(i)
        if i - clause > 3 * OPENING_WORDS or sum(map(str.isalpha, doc.words[clause:i])) > OPENING_WORDS:
            return False
        verb = self.verb(clause)
        if verb is not None:
            return i < verb
        starts = self.starts(doc.sentence_of[i])
        if clause != starts[0]:
            return False
        verbal = next((c for c in starts if self.verb(c) is not None), None)
        return verbal is None or not subordinate_clause(doc, verbal)
