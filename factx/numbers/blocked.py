"""Spans that look like numbers but are not: dates (with the year a date line writes after them,
"12 марта, 2019"), clock times, phones, document and road numbers, ordinals and decades. Tokens
inside them never start a number expression."""

from __future__ import annotations

import re
from functools import cache

from ..vocab import alternation, month_names, words


def _months() -> str:
    """Month names, and their abbreviations as date lines write them ("КАЗАНЬ, 3 мар — ТАСС", "12
    дек."), as one alternation."""
    return alternation([*month_names(), *words("numbers/month_abbreviations.txt")])


WORD_NUMBER = r"(?<![^\W\d_])[^\W\d_]+-\d+"  # М-32, COVID-19 (the look-behind keeps long words linear)


def _parts() -> list[str]:
    months = _months()
    return [
        r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",  # 15.03.2024
        r"\b\d{4}-\d{2}-\d{2}\b",  # 2024-03-15
        r"\b\d{1,2}:\d{2}(?::\d{2})?\b",  # 10:30
        r"(?:\+\d{1,3}|\b8)[ -]?\(?\d{3,4}\)?[ -]?\d{2,3}[ -]?\d{2}[ -]?\d{2}\b",  # phones
        r"(?:№|\bN|\bNo\.?|\bномер)[ ]?\d[\d./-]*",  # document numbers
        WORD_NUMBER,
        # 15 марта, 1-15 мая, 3 мар., and the year of a date line: "12 марта, 2019 09:40"
        rf"\b\d{{1,2}}(?:[ ]?-[ ]?\d{{1,2}})?[ ]+(?:{months})\b\.?(?:,?[ ]+(?:19|20)\d\d\b(?![ ]*[^\W\d_]))?",
        r"\b(?:1[89]\d\d|20\d\d)(?:[ ]?-[ ]?(?:1[89]\d\d|20\d\d))?[ ]?(?:-?х[ ]+)?(?:год|гг?\b|г\.)",
        r"\b\d+-(?:й|я|е|го|ого|му|ому|м|ом|ой|ий|ый|ая|ое|ые|ых|ым|ыми)\b",  # ordinals: 2024-й, 5-го
        r"\b\d{3,}-х\b",  # decades: 1990-х
        r"\b\d{1,4}/\d{1,4}\b(?!/)",  # fractions and codes: 1/3 (a share), дом 12/3, 2023/2024
    ]


@cache
def _blocked_re() -> re.Pattern[str]:
    """All the kinds in one pattern, the reference that `blocked_spans` falls back to."""
    # The look-ahead lets the scan skip, in one test, every position where no alternative can start.
    starts = r"(?=[\d+№nн]|(?<![^\W\d_])[^\W\d_]+-\d)"
    return re.compile(starts + "(?:" + "|".join(_parts()) + ")", re.IGNORECASE)


@cache
def _led_by_digit_or_sign() -> re.Pattern[str]:
    """The kinds that start at a digit, "+", "№" or "N": a one-character look-ahead, three times
    faster to scan than one that also looks for "М-32" at every word."""
    parts = [p for p in _parts() if p != WORD_NUMBER]
    return re.compile(r"(?=[\d+№nн])(?:" + "|".join(parts) + ")", re.IGNORECASE)


WORD_NUMBER_RE = re.compile(WORD_NUMBER)
HYPHEN_DIGIT = re.compile(r"-\d")
LETTER = re.compile(r"[^\W\d_]")


def _word_numbers(text: str) -> list[tuple[int, int]]:
    """ "М-32", "COVID-19": found from their rare "-digit", reading back to the word's start."""
    found: list[tuple[int, int]] = []
    for m in HYPHEN_DIGIT.finditer(text):
        start = m.start()
        while start > 0 and LETTER.match(text, start - 1):
            start -= 1
        if start < m.start() and (not found or start >= found[-1][1]):
            word = WORD_NUMBER_RE.match(text, start)
            if word is not None:
                found.append(word.span())
    return found


CLOCK = re.compile(r"\d(?<!\w\d)\d?:\d{2}\b")  # "\b\d{1,2}:…", opening with the digit to scan fast
DATE_LINE_LENGTH = 100


@cache
def _date_line_date() -> re.Pattern[str]:
    months = _months()
    return re.compile(rf"\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b|\b\d{{1,2}}[ ]+(?:{months})\b", re.IGNORECASE)


def _date_lines(text: str) -> list[tuple[int, int]]:
    """Date lines of a page ("12 марта, 2019 09:40", "09:40, 12 марта 2019 — 3 комментария"): a short
    line with a date and a clock time that does not end as a sentence does. Nothing on them is a fact."""
    found: list[tuple[int, int]] = []
    for clock in CLOCK.finditer(text):
        lo, hi = max(clock.start() - DATE_LINE_LENGTH, 0), clock.end() + DATE_LINE_LENGTH
        start, end = text.rfind("\n", lo, clock.start()) + 1, text.find("\n", clock.end(), hi)
        end = len(text) if end < 0 and hi >= len(text) else end
        if (start == 0 and lo > 0) or end < 0 or (found and found[-1][0] == start):
            continue  # a line too long to be a date line, or one already seen
        line = text[start:end].rstrip()
        if len(line) <= DATE_LINE_LENGTH and line[-1:] not in ".!?" and _date_line_date().search(line):
            found.append((start, start + len(line)))
    return found


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans that look like numbers but are not, left to right, never overlapping."""
    spans = _number_like(text)
    lines = _date_lines(text) if ":" in text else []
    if not lines:
        return spans
    inside = [s for s in spans if not any(a <= s[0] < b for a, b in lines)]
    return sorted(inside + lines)


def _number_like(text: str) -> list[tuple[int, int]]:
    spans = list(map(re.Match.span, _led_by_digit_or_sign().finditer(text)))  # no Python step per match
    words = _word_numbers(text)
    if not words:
        return spans
    merged = sorted(spans + words)
    if any(merged[k][0] < merged[k - 1][1] for k in range(1, len(merged))):
        return [m.span() for m in _blocked_re().finditer(text)]  # they overlap: the one pattern decides
    return merged
