"""When: the periods a sentence names ("в 2024 году", "2019–2024 годы", "в текущем году")."""

from __future__ import annotations

import re
from datetime import date

from ..text.doc import Doc

YEAR = r"(?:1[89]\d\d|20\d\d)"
RELATIVE_YEARS = {"текущ": 0, "этом": 0, "нынешн": 0, "прошл": -1, "минувш": -1, "следующ": 1, "будущ": 1}
COMPARISON_BASE = re.compile(r"(?:чем|сравнению с|против|относительно)\s+(?:в\s+|с\s+)?$")
PERIOD = re.compile(
    rf"\b[сc]\s+(?P<from>{YEAR})\s+(?:по|до)\s+(?P<to>{YEAR})\b"
    rf"|\b(?P<first>{YEAR})\s*-\s*(?P<last>{YEAR})\b"
    rf"|\b(?P<year>{YEAR})\s*(?:год|гг?\b|г\.)"
    rf"|\b(?P<relative>{'|'.join(RELATIVE_YEARS)})[^\W\d_]*\s+год"
)


def sentence_periods(doc: Doc, sentence: int, doc_date: date | None) -> list[tuple[int, str]]:
    """The periods a sentence names, by offset: "2024", "2019–2024", "в текущем году" with a date."""
    s_start, s_end = doc.sentences[sentence]
    text = doc.lower[s_start:s_end]
    found: list[tuple[int, str]] = []
    for m in PERIOD.finditer(text):
        if COMPARISON_BASE.search(text, max(m.start() - 30, 0), m.start()):
            continue  # "в 1,4 раза больше, чем в 2020 году": the base of a comparison, not the period
        if m.group("from"):
            found.append((s_start + m.start(), f"{m.group('from')}–{m.group('to')}"))
        elif m.group("first"):
            found.append((s_start + m.start(), f"{m.group('first')}–{m.group('last')}"))
        elif m.group("year"):
            found.append((s_start + m.start(), m.group("year")))
        elif doc_date is not None:
            found.append((s_start + m.start(), str(doc_date.year + RELATIVE_YEARS[m.group("relative")])))
    return found
