"""Time expressions: every way a text names the time a figure covers, found once per text.

"в 2024 году", "2019–2024 годы", "с 2019 по 2024 годы", "в январе–сентябре 2020 года", "в I квартале
2024 года", "за первое полугодие", "за 11 месяцев", "в июне", "в текущем году", "годом ранее",
"за аналогичный период прошлого года", "с начала года", "к 2030 году", "до конца года", "к концу года",
"в первой половине года", "в ближайшие три года".
An expression may leave its year to the document's date or to the period that frames it. The
patterns are time_patterns.py's, what a match says time_fields.py's; this module runs them where a
text may hold an expression.
"""

from __future__ import annotations

import re
from itertools import compress, repeat
from operator import gt, sub

from ..text.doc import Doc
from .time_expr import TimeExpr
from .time_fields import fields_of
from .time_patterns import compiled, patterns

# Words one of which a text must hold for a kind of expression to be looked for at all.
GATES = {
    "quarter": ("квартал",),
    "half": ("полугод", "половин"),
    "first_half": ("полугод", "полгода"),
    "quarters": ("квартал",),
    "count": ("месяц", "мес"),
    "since_start": ("начала",),
    "until_end": ("конца",),
    "year_end": ("итогам",),
    "earlier": ("ранее", "раньше", "назад", "прошлогодн", "период", "к году"),
    "now": ("сегодня", "сейчас", "настоящ", "момент", "ныне", "недел", "месяц", "днях"),
    "still": ("пока",),
    "span": ("год", "лет"),
    "programme": ("действия", "реализации"),
    "ahead": ("ближайш", "следующ", "предстоящ"),
    "as_of": ("начало", "конец", "началу", "концу"),
}


# "since" by a month needs a year too
YEAR_KINDS = frozenset({"years", "target", "year", "named_year", "since"})
MONTH_KINDS = frozenset({"months", "month"})
YEAR = re.compile(r"(?:1[89]|20)\d\d")
MONTH = re.compile(r"январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр")


def _kinds_held(lower: str, start: int, end: int) -> frozenset[str]:
    """The kinds of expression a window may hold, from the words each needs: a pattern is run only
    where it can match, since scanning is what costs."""
    window = lower[start:end]
    held = {kind for kind, gates in GATES.items() if any(map(window.__contains__, gates))}
    if YEAR.search(lower, start, end):
        held |= YEAR_KINDS
    if MONTH.search(lower, start, end):
        held |= MONTH_KINDS
    if lower.find("год", start, end) >= 0:
        held.add("relative")
    return frozenset(held)


# Every branch opens with a literal: the regex engine then skips the positions no branch starts at.
ANCHOR = re.compile(
    r"1[89]\d\d|20\d\d|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|квартал|полугод|месяц|мес\b|год|лет(?![а-я])|ранее|раньше|назад|прошлогодн|период|сегодня|сейчас|настоящ|момент|ныне"
    r"|недел|днях|пока|время\s+действия|срок\s+действия"
)
REACH = 60  # characters on each side of an anchor that an expression may take


def _windows(lower: str) -> list[tuple[int, int]]:
    """The stretches of text around the words every time expression holds (a year, a month, "год",
    "квартал"…), merged: the patterns are run there only."""
    found = list(ANCHOR.finditer(lower))
    if not found:
        return []
    starts, ends = list(map(re.Match.start, found)), list(map(re.Match.end, found))
    # Two anchors share a window when their reaches meet: at most 2 * REACH characters between them.
    # The cuts are found by C-level passes over the gaps, not a Python step per anchor ("год" is everywhere).
    apart = map(gt, map(sub, starts[1:], ends), repeat(2 * REACH))
    cuts = list(compress(range(1, len(found)), apart))
    firsts, lasts = [0, *cuts], [k - 1 for k in cuts] + [len(found) - 1]
    n = len(lower)
    return [(max(starts[a] - REACH, 0), min(ends[b] + REACH, n)) for a, b in zip(firsts, lasts, strict=True)]


def find_times(doc: Doc) -> list[TimeExpr]:
    """Every time expression of the text, left to right; where two overlap, the longer wins."""
    lower = doc.lower
    windows = _windows(lower)
    found: list[tuple[int, int, dict[str, object]]] = []
    for start, end in windows:
        held = _kinds_held(lower, start, end)
        for k, (_, kind) in enumerate(patterns()):
            if kind not in held:
                continue
            for m in compiled(k).finditer(lower, start, end):
                fields = fields_of(m, kind)
                if fields is not None:
                    found.append((m.start(), m.end(), fields))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept: list[tuple[int, int, dict[str, object]]] = []
    for start, end, fields in found:
        if kept and start < kept[-1][1]:
            if end - start > kept[-1][1] - kept[-1][0]:
                kept[-1] = (start, end, fields)
            continue
        kept.append((start, end, fields))
    times = [TimeExpr(doc.token_at(s), doc.token_at(e), **f) for s, e, f in kept]  # type: ignore[arg-type]
    return [t for t in times if t.start < t.end]
