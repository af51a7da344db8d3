"""The analysed text every stage reads: tokens, sentences, paragraphs, and each token's readings.

Like spaCy's Doc, it is built once per text; extractors and the context step ask it for words,
sentences and morphology instead of re-reading the text. Token indices are its coordinates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import chain

from pymorphy3.analyzer import Parse
from razdel import sentenize
from razdel.segmenters.sentenize import DELIMITER

from ..vocab import table, word_start_alternation, words
from .morph import First, first, parses
from .tokens import Tokens

LINE = re.compile(r"[^\n]+")  # a line break always ends a sentence: headlines and captions lack a full stop
SENTENCE_MARK = re.compile(DELIMITER)  # where razdel may split: . ? ! … ; quotes, brackets, smileys
LETTERS = re.compile(r"[а-яёa-z-]+")  # a lower-cased word of letters (and hyphens) only


def _line_sentences(line: str) -> list[tuple[int, int]]:
    """razdel's sentences of one line, as spans in it. A line with no mark where razdel may split but
    at its very end (a headline, a one-sentence paragraph: two lines of news in three) is one
    sentence without spaces around it, as razdel would say after weighing its rules."""
    mark = SENTENCE_MARK.search(line)
    end = len(line.rstrip())
    if mark is None or mark.end() == end:
        return [(len(line) - len(line.lstrip()), end)] if end else [(0, 0)]
    spans: list[tuple[int, int]] = []
    for s in sentenize(line):
        unit = spans and _unit_goes_on().search(line, max(spans[-1][1] - 6, 0), s.start + 8)
        if unit and unit.start() < spans[-1][1] < unit.end():
            spans[-1] = (spans[-1][0], s.stop)  # "6,5 тыс. | МВт мощностей": razdel's cut, no sentence's
        else:
            spans.append((s.start, s.stop))
    return spans


@cache
def _abbreviations() -> tuple[str, str]:
    """Unit and currency abbreviations that may end a sentence, and units written with a capital
    ("МВт", "Гкал", "TEU"): after "2,4 тыс." such a unit goes on with the number, though razdel cuts there."""
    units = word_start_alternation(words("text/sentence_final_abbreviations.txt"), before=r"[^\W\d_]")
    rows = table("quantity/units.tsv")
    forms = {f.rstrip(".") for row in rows for f in row["forms"].split("|") if f[:1].isupper()}
    return units, "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


@cache
def _unit_end() -> re.Pattern[str]:
    units, capital_units = _abbreviations()
    return re.compile(rf"(?:{units})\.(?=\s+[А-ЯA-Z])(?!\s+(?:{capital_units})(?!\w))")


YEAR_CLOCK = r"(?<=\d\s)г\.\s+\d{1,2}:\d{2}(?!\d)"  # a date line's "12 марта 2022 г. 10:15" is one line


@cache
def _unit_goes_on() -> re.Pattern[str]:
    units, capital_units = _abbreviations()
    return re.compile(rf"(?:{units})\.\s+(?:{capital_units})(?!\w)|{YEAR_CLOCK}")


def _split_after_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence split after "т." or "млн руб." when a capital letter follows: razdel reads such a
    full stop as an abbreviation's and runs two sentences together."""
    pieces = []
    for m in _unit_end().finditer(text, start, end):
        cut = m.end()
        pieces.append((start, cut))
        start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
    pieces.append((start, end))
    return pieces


def _pieces(text: str, cuts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The sentence [start, end), split after units when the text has such a cut inside it."""
    k = bisect_left(cuts, start + 1)
    if k == len(cuts) or cuts[k] >= end:
        return [(start, end)]
    return _split_after_units(text, start, end)


@dataclass(slots=True)
class Doc:
    text: str
    lower: str
    tokens: Tokens
    sentences: list[tuple[int, int]]  # character spans
    sentence_of: list[int]  # sentence index of every token
    words: list[str]  # the tokens' lower-cased texts (the hot path reads them as a plain list)
    size: int  # the number of tokens
    _index: dict[str, list[int]] | None = None  # each word form and where it stands, built on first use
    _ranges: list[range] | None = None  # each sentence's token indices, built on first use
    _lettered: dict[int, tuple[tuple[int, str, str], ...]] | None = None  # by sentence, built on first use

    @classmethod
    def of(cls, text: str) -> Doc:
        tokens = Tokens.of(text)
        cuts = [m.end() for m in _unit_end().finditer(text)]  # most sentences hold none: skip those
        sentences = [
            piece
            for line in LINE.finditer(text)
            for start, end in _line_sentences(line.group())
            for piece in _pieces(text, cuts, line.start() + start, line.start() + end)
        ] or [(0, len(text))]
        sentence_of: list[int] = []  # tokens before the first sentence's start belong to it
        ends = [bisect_left(tokens.starts, start) for start, _ in sentences[1:]] + [len(tokens)]
        for k, end in enumerate(ends):
            sentence_of.extend([k] * (end - len(sentence_of)))
        return cls(text, lowered(text), tokens, sentences, sentence_of, tokens.words, len(tokens))

    def __len__(self) -> int:
        return self.size

    def positions(self, forms: Collection[str]) -> list[int]:
        """The indices of the tokens whose word is one of `forms`, in text order. The passes that look
        for a few words (generic nouns, route words, number words…) read one index of the text's word
        forms instead of each stepping through every token."""
        index = self._word_index()
        small, large = (forms, index) if len(forms) < len(index) else (index, forms)
        hits = list(filter(large.__contains__, small))  # C-level: the smaller side is stepped through
        if len(hits) == 1:
            return index[hits[0]][:]
        return sorted(chain.from_iterable(map(index.__getitem__, hits)))

    def vocabulary(self) -> Iterable[str]:
        """The text's distinct word forms."""
        return self._word_index().keys()

    def _word_index(self) -> dict[str, list[int]]:
        if self._index is None:
            self._index = {}
            for k, word in enumerate(self.words):
                self._index.setdefault(word, []).append(k)
        return self._index

    def sentence_tokens(self, k: int) -> range:
        """The token indices of sentence k (asked a hundred thousand times a corpus: found once)."""
        if self._ranges is None:
            starts = self.tokens.starts
            self._ranges = [range(bisect_left(starts, a), bisect_left(starts, b)) for a, b in self.sentences]
        return self._ranges[k]

    def sentence_words(self, k: int) -> list[str]:
        """The words of sentence k."""
        tokens = self.sentence_tokens(k)
        return self.words[tokens.start : tokens.stop]

    def lettered(self, k: int) -> tuple[tuple[int, str, str], ...]:
        """The tokens of sentence k made of letters only, each as (index, word, lemma): every figure of
        a sentence reads the same ones, so they are found once."""
        if self._lettered is None:
            self._lettered = {}
        found = self._lettered.get(k)
        if found is None:
            found = self._lettered[k] = tuple(
                (i, self.words[i], self.lemma(i))
                for i in self.sentence_tokens(k)
                if LETTERS.fullmatch(self.words[i])
            )
        return found

    def breaks_line(self, k: int) -> bool:
        """A line break stands between sentence k - 1 and sentence k (k > 0): k opens a line."""
        return "\n" in self.text[self.sentences[k - 1][1] : self.sentences[k][0]]

    def opening_words(self, k: int, n: int) -> list[str]:
        """The first n words of sentence k (fewer in a shorter one), without reading the rest of it."""
        tokens = self.sentence_tokens(k)
        return self.words[tokens.start : min(tokens.start + n, tokens.stop)]

    def token_at(self, offset: int) -> int:
        """The index of the first token starting at or after `offset`."""
        return bisect_left(self.tokens.starts, offset)

    def word(self, i: int) -> str:
        """The lower-cased word at i, or '' outside the text."""
        return self.words[i] if 0 <= i < self.size else ""

    def readings(self, i: int) -> tuple[Parse, ...]:
        """The morphological readings of token i, likeliest first (cached per word form)."""
        return parses(self.words[i]) if 0 <= i < self.size else ()

    def first(self, i: int) -> First | None:
        """The likeliest reading of token i, or None outside the text or where it has none."""
        return first(self.words[i]) if 0 <= i < self.size else None

    def pos(self, i: int) -> str | None:
        """The part of speech of token i's likeliest reading (None outside the text or where it has none)."""
        found = first(self.words[i]) if 0 <= i < self.size else None
        return found.pos if found is not None else None

    def case(self, i: int) -> str | None:
        """The case of token i's likeliest reading (None outside the text or where it has none)."""
        found = first(self.words[i]) if 0 <= i < self.size else None
        return found.case if found is not None else None

    def lemma(self, i: int) -> str:
        """The lemma of token i's likeliest reading, or '' outside the text or where it has none."""
        found = first(self.words[i]) if 0 <= i < self.size else None
        return found.lemma if found is not None else ""

    def same_sentence(self, i: int, j: int) -> bool:
        n = self.size
        return 0 <= i < n and 0 <= j < n and self.sentence_of[i] == self.sentence_of[j]

    def window(self, i: int, before: int = 0, after: int = 0) -> range:
        """Token indices from `before` tokens before i to `after` tokens after it, inside i's sentence."""
        if not 0 <= i < self.size:
            return range(0)
        sentence = self.sentence_of[i]
        first = max(i - before, 0)
        while self.sentence_of[first] != sentence:
            first += 1
        last = min(i + after, self.size - 1)
        while self.sentence_of[last] != sentence:
            last -= 1
        return range(first, last + 1)

    def sentence_start(self, i: int) -> bool:
        """Token i opens its sentence."""
        return i == 0 or self.sentence_of[i - 1] != self.sentence_of[i]

    def is_capitalised(self, i: int) -> bool:
        """Token i starts with a capital letter; False outside the text (a quote may end it)."""
        return 0 <= i < self.size and self.text[self.tokens.starts[i]].isupper()


def lowered(text: str) -> str:
    """The text lower-cased letter for letter, so that its offsets are the text's: a few letters lower
    into two ("İ" of a Turkish line on a scraped page → "i̇"), which would shift every offset after it."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[0] for c in text)
