"""Styled text for `factx show`, in ANSI escapes: colour on a terminal only (never under NO_COLOR;
FORCE_COLOR asks for it anywhere), so that a pipe or a file gets plain text. A few lines of our own
rather than rich, which brings pygments and a Markdown parser: 14 MB the core install cannot spare.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from itertools import pairwise

# The words of a style ("bold blue", "dim strike") and their Select Graphic Rendition codes.
_SGR = {"bold": 1, "dim": 2, "underline": 4, "strike": 9, "red": 31, "green": 32, "yellow": 33}
_SGR |= {"blue": 34, "magenta": 35, "cyan": 36}

Span = tuple[int, int, str]  # start, end, style
Cell = tuple[str, str]  # text, style ("" for none)


def colour_wanted() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


def width() -> int:
    """The terminal's columns (COLUMNS when set), 80 off a terminal."""
    return shutil.get_terminal_size().columns


def styled(text: str, spans: Sequence[Span], colour: bool) -> str:
    """`text` with each span's style applied, a later span on top of an earlier one where they meet."""
    if not colour or not spans:
        return text
    cuts = sorted({0, len(text)} | {max(0, min(i, len(text))) for s, e, _ in spans for i in (s, e)})
    by_start = sorted(range(len(spans)), key=lambda i: spans[i][0])
    active: list[int] = []  # the spans over the stretch at hand: few, as spans seldom nest deep
    out, n = [], 0
    for a, b in pairwise(cuts):
        while n < len(by_start) and spans[by_start[n]][0] <= a:
            active.append(by_start[n])
            n += 1
        active = sorted(i for i in active if spans[i][1] > a)
        codes = ";".join(str(_SGR[w]) for i in active for w in spans[i][2].split() if w in _SGR)
        out.append(f"\x1b[{codes}m{text[a:b]}\x1b[0m" if codes else text[a:b])
    return "".join(out)


def paint(text: str, style: str, colour: bool) -> str:
    return styled(text, [(0, len(text), style)] if style else [], colour)


def rule(title: str) -> str:
    """A line across the terminal with `title` in it."""
    side = max(2, (width() - len(title) - 2) // 2)
    return f"{'─' * side} {title} {'─' * side}"


def table(header: Sequence[str], rows: Sequence[Sequence[Cell]], colour: bool) -> str:
    """Columns aligned to their widest cell, two spaces apart; the header in bold."""
    widths = [max([len(h), *(len(row[i][0]) for row in rows)]) for i, h in enumerate(header)]

    def line(cells: Sequence[Cell]) -> str:
        padded = (
            paint(text, style, colour) + " " * (w - len(text))
            for (text, style), w in zip(cells, widths, strict=True)
        )
        return "  ".join(padded).rstrip()

    return "\n".join([line([(h, "bold") for h in header]), *(line(row) for row in rows)])
