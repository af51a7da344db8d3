"""The analysed text every stage reads: tokens, sentences, paragraphs, and each token's readings.

Like spaCy's Doc, it is built once per text; extractors and the context step ask it for words,
sentences and morphology instead of re-reading the text. Token indices are its coordinates.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from pymorphy3.analyzer import Parse
from razdel import sentenize

from ..vocab import words
from .morph import parses
from .tokens import Tokens

LINE = re.compile(r"[^\n]+")  # a line break always ends a sentence: headlines and captions lack a full stop


@cache
def _unit_end() -> re.Pattern[str]:
    units = "|".join(sorted(words("text/sentence_final_abbreviations.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{units})\.(?=\s+[А-ЯA-Z])")


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


@dataclass(slots=True)
class Doc:
    text: str
    lower: str
    tokens: Tokens
    sentences: list[tuple[int, int]]  # character spans
    sentence_of: list[int]  # sentence index of every token

    @classmethod
    def of(cls, text: str) -> Doc:
        tokens = Tokens.of(text)
        sentences = [
            piece
            for line in LINE.finditer(text)
            for s in sentenize(line.group())
            for piece in _split_after_units(text, line.start() + s.start, line.start() + s.stop)
        ] or [(0, len(text))]
        starts = [s for s, _ in sentences]
        sentence_of = [max(bisect_right(starts, t) - 1, 0) for t in tokens.starts]
        return cls(text, text.lower(), tokens, sentences, sentence_of)

    def __len__(self) -> int:
        return len(self.tokens)

    @property
    def words(self) -> list[str]:
        return self.tokens.words

    def token_at(self, offset: int) -> int:
        """The index of the first token starting at or after `offset`."""
        return bisect_left(self.tokens.starts, offset)

    def word(self, i: int) -> str:
        """The lower-cased word at i, or '' outside the text."""
        return self.tokens.words[i] if 0 <= i < len(self.tokens) else ""

    def readings(self, i: int) -> tuple[Parse, ...]:
        """The morphological readings of token i, likeliest first (cached per word form)."""
        return parses(self.tokens.words[i]) if 0 <= i < len(self.tokens) else ()

    def same_sentence(self, i: int, j: int) -> bool:
        return (
            0 <= i < len(self.tokens)
            and 0 <= j < len(self.tokens)
            and self.sentence_of[i] == self.sentence_of[j]
        )

    def window(self, i: int, before: int = 0, after: int = 0) -> range:
        """Token indices from `before` tokens before i to `after` tokens after it, inside i's sentence."""
        if not 0 <= i < len(self.tokens):
            return range(0)
        sentence = self.sentence_of[i]
        first = max(i - before, 0)
        while self.sentence_of[first] != sentence:
            first += 1
        last = min(i + after, len(self.tokens) - 1)
        while self.sentence_of[last] != sentence:
            last -= 1
        return range(first, last + 1)

    def sentence_start(self, i: int) -> bool:
        """Token i opens its sentence."""
        return i == 0 or self.sentence_of[i - 1] != self.sentence_of[i]

    def is_capitalised(self, i: int) -> bool:
        return self.text[self.tokens.starts[i]].isupper()
