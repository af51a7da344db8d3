"""The analysed text that every extractor reads: tokens, sentences and blocked spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from razdel import sentenize

from .numbers import blocked_spans
from .text import Tokens

LINE = re.compile(r"[^\n]+")  # a line break always ends a sentence: headlines and captions lack a full stop


@dataclass(slots=True)
class Draft:
    """A fact found by an extractor, over tokens [start, end), before it becomes a record."""

    kind: str
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Doc:
    text: str
    lower: str
    tokens: Tokens
    sentences: list[tuple[int, int]]
    sentence_of: list[int]  # sentence index of every token
    blocked: list[bool]  # token starts inside a date, phone, document number…

    @classmethod
    def of(cls, text: str) -> Doc:
        tokens = Tokens.of(text)
        sentences = [
            (line.start() + s.start, line.start() + s.stop)
            for line in LINE.finditer(text)
            for s in sentenize(line.group())
        ] or [(0, len(text))]
        starts = [s for s, _ in sentences]
        sentence_of = [max(bisect_right(starts, t) - 1, 0) for t in tokens.starts]
        blocked = [False] * len(tokens)
        for b_start, b_end in blocked_spans(text):
            k = bisect_left(tokens.starts, b_start)
            while k < len(tokens) and tokens.starts[k] < b_end:
                blocked[k] = True
                k += 1
        return cls(text, text.lower(), tokens, sentences, sentence_of, blocked)

    @property
    def words(self) -> list[str]:
        return self.tokens.words

    def token_at(self, offset: int) -> int:
        """The index of the first token starting at or after `offset`."""
        return bisect_left(self.tokens.starts, offset)

    def word(self, i: int) -> str:
        """The lower-cased word at i, or '' outside the text."""
        return self.tokens.words[i] if 0 <= i < len(self.tokens) else ""

    def same_sentence(self, i: int, j: int) -> bool:
        return (
            0 <= i < len(self.tokens)
            and 0 <= j < len(self.tokens)
            and self.sentence_of[i] == self.sentence_of[j]
        )

    def is_capitalised(self, i: int) -> bool:
        return self.text[self.tokens.starts[i]].isupper()
