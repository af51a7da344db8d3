"""Spans that look like numbers but are not: dates, clock times, phones, document and road numbers,
ordinals and decades. Tokens inside them never start a number expression."""

from __future__ import annotations

import re
from functools import cache

from ..vocab import alternation, table


@cache
def _blocked_re() -> re.Pattern[str]:
    months = alternation(row["form"] for row in table("time/months.tsv"))
    parts = [
        r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",  # 15.03.2024
        r"\b\d{4}-\d{2}-\d{2}\b",  # 2024-03-15
        r"\b\d{1,2}:\d{2}(?::\d{2})?\b",  # 10:30
        r"(?:\+\d{1,3}|\b8)[ -]?\(?\d{3,4}\)?[ -]?\d{2,3}[ -]?\d{2}[ -]?\d{2}\b",  # phones
        r"(?:№|\bN|\bNo\.?|\bномер)[ ]?\d[\d./-]*",  # document numbers
        r"(?<![^\W\d_])[^\W\d_]+-\d+",  # М-32, COVID-19 (the look-behind keeps long words linear)
        rf"\b\d{{1,2}}(?:[ ]?-[ ]?\d{{1,2}})?[ ]+(?:{months})\b",  # 15 марта, 1-15 мая
        r"\b(?:1[89]\d\d|20\d\d)(?:[ ]?-[ ]?(?:1[89]\d\d|20\d\d))?[ ]?(?:-?х[ ]+)?(?:год|гг?\b|г\.)",
        r"\b\d+-(?:й|я|е|го|ого|му|ому|м|ом|ой|ий|ый|ая|ое|ые|ых|ым|ыми)\b",  # ordinals: 2024-й, 5-го
        r"\b\d{3,}-х\b",  # decades: 1990-х
    ]
    # The look-ahead lets the scan skip, in one test, every position where no alternative can start.
    starts = r"(?=[\d+№nн]|(?<![^\W\d_])[^\W\d_]+-\d)"
    return re.compile(starts + "(?:" + "|".join(parts) + ")", re.IGNORECASE)


def blocked_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _blocked_re().finditer(text)]
