"""Offset-preserving normalisation.

Extraction runs on a normalised copy of the caller's text (one kind of space, dash and quote, `ё` → `е`,
invisible characters removed).  Most replacements are one character for one, so offsets stay the same;
where characters are deleted an index map takes every normalised offset back to the original string.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .page import is_date_line

_ONE_FOR_ONE = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2004": " ",
        "\u2005": " ",
        "\u2006": " ",
        "\u2008": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\t": " ",
        "\r": " ",
        "\x0b": " ",
        "\x0c": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\ufe58": "-",
        "\ufe63": "-",
        "\uff0d": "-",
        "\u2044": "/",
        "\u2215": "/",
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "ё": "е",
        "Ё": "Е",
    }
)
# Soft hyphen, zero-width characters, word joiner, BOM and combining marks (stress accents) vanish.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u0300-\u036f]+")


@dataclass(frozen=True, slots=True)
class NormalText:
    """A normalised text and the way back to the original offsets."""

    original: str
    text: str
    _cuts: tuple[int, ...] = ()  # normalised offsets where characters were removed
    _shifts: tuple[int, ...] = ()  # characters removed before each cut, cumulative

    @property
    def same_offsets(self) -> bool:
        """No character was removed: every offset is the original's (most texts)."""
        return not self._cuts

    def to_original(self, offset: int) -> int:
        """Map an offset in `text` to the corresponding offset in `original`."""
        if not self._cuts:
            return offset
        k = bisect_right(self._cuts, offset)
        return offset + (self._shifts[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty span; the end maps as the character before it, so removed tails stay out."""
        return self.to_original(start), self.to_original(end - 1) + 1


# A line break inside a sentence of hard-wrapped text: no sentence end before it, a lower-case word
# (or, after a lower-case word, a number) after it. It reads as a space. The pattern anchors on the
# line break and `_soft_break` looks back over the spaces: a look-behind tried at every character costs
# more than the rest of normalisation.
_BREAK_BEFORE_WORD = re.compile(r"\n(?=[ ]*(?:(?P<letter>[a-zа-я])|\d))")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюя")
# str.translate walks every character in Python's slow path for non-Latin text; a character class
# finds the few that change.
_CHANGED = re.compile("[" + re.escape("".join(map(chr, _ONE_FOR_ONE))) + "]")


# A Latin look-alike letter inside a Russian word ("рублeй" with a Latin "e") is read as the Russian
# letter, one for one; a word with any other Latin letter stays as written (a brand, a code), and so
# does a capitalised one: places/scripts.py reads names ("Пaвлодар" a place, "Бeшара" a person).
_LOOK_ALIKES = str.maketrans("AaBCcEeHKkMOoPpTXxy", "АаВСсЕеНКкМОоРрТХху")
_MIXED_WORD = re.compile("[A-Za-z](?:(?<=[А-Яа-яЁё][A-Za-z])|(?=[А-Яа-яЁё]))")
_WORD = re.compile("[A-Za-zА-Яа-яЁё]+")


def _russian_letters(text: str) -> str:
    """The text with mixed words written in Russian letters where every Latin letter has a twin."""
    chars: list[str] | None = None
    read_to = 0
    for m in _MIXED_WORD.finditer(text):
        if m.start() < read_to:
            continue
        start = m.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        word = _WORD.match(text, start)
        if word is None:
            continue
        read_to = word.end()
        swapped = word.group().translate(_LOOK_ALIKES)
        if swapped[0].islower() and not re.search("[A-Za-z]", swapped):
            chars = chars if chars is not None else list(text)
            chars[word.start() : word.end()] = swapped
    return text if chars is None else "".join(chars)


def _one_for_one(m: re.Match[str]) -> str:
    return str(_ONE_FOR_ONE[ord(m.group())])


def _soft_break(m: re.Match[str]) -> str:
    text, k = m.string, m.start() - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    before = text[k] if k >= 0 else ""
    word_before = before.isalnum() or before == "_"
    if not m.group("letter"):
        end = text.find("\n", m.end())
        if is_date_line(text[m.end() : end if end >= 0 else len(text)].strip()):
            return "\n"  # a headline over its date line ("… с озимыми⏎7 августа 2024 15:15"): two lines
    return " " if (word_before if m.group("letter") else before in _LOWER) else "\n"


def normalise(text: str) -> NormalText:
    translated = _BREAK_BEFORE_WORD.sub(_soft_break, _russian_letters(_CHANGED.sub(_one_for_one, text)))
    if not _INVISIBLE.search(translated):
        return NormalText(text, translated)
    parts: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    removed = 0
    last = 0
    for m in _INVISIBLE.finditer(translated):
        parts.append(translated[last : m.start()])
        removed += m.end() - m.start()
        cuts.append(m.start() - (removed - (m.end() - m.start())))
        shifts.append(removed)
        last = m.end()
    parts.append(translated[last:])
    return NormalText(text, "".join(parts), tuple(cuts), tuple(shifts))


def _space(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())
