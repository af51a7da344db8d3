"""Tokens: one compiled regex over the normalised text, kept as parallel arrays of offsets and words."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words (with inner hyphens), digit runs, and single other characters; spaces are not tokens.
TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\S")
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
        found = list(TOKEN.finditer(text))  # map() over the C methods: no Python step per token
        words = list(map(str.lower, map(re.Match.group, found)))
        return cls(text, list(map(re.Match.start, found)), list(map(re.Match.end, found)), words)

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
