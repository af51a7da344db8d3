"""Tokens: one compiled regex over the normalised text, kept as parallel arrays of offsets and words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate
from operator import sub

# Words (with inner hyphens), digit runs, and single other characters; spaces are not tokens.
TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\S")
# Each token with the spaces before it: the pieces run end to end, so their lengths add up to the
# tokens' ends, and no match object is built per token.
SPACED_TOKEN = re.compile(rf"\s*(?:{TOKEN.pattern})")
OPENING_QUOTES = frozenset('«"„“')  # each one token: a quoted name's bounds
CLOSING_QUOTES = frozenset('»"“”')
DASHES = frozenset({"—", "–", "-"})  # a dash, an en dash or a hyphen standing for one
CLAUSE_MARKS = frozenset({",", ";", ":"})  # marks that may end a clause; a bracket opens none


@dataclass(slots=True)
class Tokens:
    """Parallel arrays of token offsets and lower-cased texts, built once per text."""

    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]  # lower-cased

    @classmethod
    def of(cls, text: str) -> Tokens:
        # map() over the C methods: no Python step per token; trailing spaces end no piece
        pieces = SPACED_TOKEN.findall(text, 0, len(text.rstrip()))
        ends = list(accumulate(map(len, pieces)))
        raw = list(map(str.lstrip, pieces))  # str.lstrip and \s strip the same spaces
        return cls(text, list(map(sub, ends, map(len, raw))), ends, list(map(str.lower, raw)))

    def __len__(self) -> int:
        return len(self.starts)

    def raw(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def gap(self, i: int) -> str:
        """The characters between token i-1 and token i ('' when adjacent)."""
        return self.text[self.ends[i - 1] : self.starts[i]] if i > 0 else ""

    def joined(self, i: int) -> bool:
        """Token i directly follows token i-1 with no space between (False outside the text)."""
        return 0 < i < len(self.starts) and self.ends[i - 1] == self.starts[i]
