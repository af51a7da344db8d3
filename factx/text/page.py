"""What on a page is not article text, and what its header says.

Site chrome: a marker line ("Популярное", "Читайте также", "Архив"…) opens a block of headline lists,
and template placeholders ("[[year]]") are noise; both come back as spans, never cut out, so offsets
stay offsets into the file. The header (the lines before the first paragraph of prose) gives the
title and the date.
"""

from __future__ import annotations

import datetime as dt
import re

from ..vocab import month_names, words
from .morph import fold

_BULLETS = " \t•·*#>|:-–—"
_PLACEHOLDER = re.compile(r"\[\[[^\[\]\n]{0,80}\]\]|\{\{[^{}\n]{0,80}\}\}|\{%[^%\n]{0,80}%\}")
LINE = re.compile(r"[^\n]*\n|[^\n]+")
# "15 марта 2026", "12 марта, 2019 09:40", "3 мар. 2024": the genitive month names and abbreviations
# of the shared month table; a site's "октябрь 29, 2025" puts the month, in any case, before the day.
_MONTHS = month_names("gent", "abbr", "nomn")  # "07 Август 2025 | GMT +5" too
_ANY_MONTH = month_names()
_NAMED_MONTH = month_names("nomn")
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d{2}))"  # a year, or one a page glued to its time: "201109:10"
_DATE = re.compile(
    r"(?<!\d)(?:(?P<d1>\d{1,2})\s+(?P<mon>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?,?\s+(?P<y1>\d{4})"
    + _YEAR_END
    + r"|(?<![а-яё])(?P<mon4>"
    + "|".join(sorted(_ANY_MONTH, key=len, reverse=True))
    + r")\.?\s+(?P<d4>\d{1,2}),\s*(?P<y4>\d{4})(?!\d)"
    r"|(?P<d2>\d{1,2})(?P<sep>[./-])(?P<m2>\d{1,2})(?P=sep)(?P<y2>\d{4})"
    + _YEAR_END
    + r"|(?P<y3>\d{4})-(?P<m3>\d{2})(?:-(?P<d3>\d{2}))?(?!\d))",  # "date 2024-06": its first day
    re.IGNORECASE,
)
_HEADER_LINES = 40


class Chrome:
    """Finds site chrome line by line; its state carries over from one part of a file to the next.

    A marker line ("Популярное", "Читайте также", "Архив"…) opens a block that runs while the lines look
    like headlines and ends at the first line that reads like article prose. Lines made of template
    placeholders ("[[year]]") are chrome too; a placeholder inside prose is skipped alone.
    """

    def __init__(self) -> None:
        self.inside = False

    def scan(self, text: str, offset: int) -> tuple[tuple[int, int], ...]:
        spans: list[tuple[int, int]] = []
        for m in LINE.finditer(text):
            line = m.group().rstrip("\r\n")
            stripped = line.strip()
            start = m.start()
            if is_marker(stripped):
                self.inside = True
            elif self.inside and stripped and _is_prose(stripped):
                self.inside = False
            if self.inside:
                if stripped:
                    _add(spans, text, start, start + len(line))
                continue
            holders = list(_PLACEHOLDER.finditer(line))
            if holders and not any(ch.isalpha() for ch in _PLACEHOLDER.sub("", line)):
                _add(spans, text, start, start + len(line))
            else:
                for p in holders:
                    _add(spans, text, start + p.start(), start + p.end())
        return tuple((s + offset, e + offset) for s, e in spans)


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append a span, merging it with the previous one when only whitespace lies between."""
    if spans and (spans[-1][1] == start or text[spans[-1][1] : start].isspace()):
        spans[-1] = (spans[-1][0], end)
    else:
        spans.append((start, end))


def is_marker(line: str) -> bool:
    """Whether a line opens a block of site chrome: "Популярное", "Читайте также: …"."""
    if not line or len(line) > 200:
        return False
    key = fold(line.lower()).strip(_BULLETS)
    markers = words("page/chrome_markers.txt")
    return key in markers or (":" in key and key.split(":", 1)[0].strip() in markers)


def _is_prose(line: str) -> bool:
    return len(line) >= 200 or (line[-1] in ".!?" and len(line.split()) >= 12)


def header(text: str) -> tuple[str | None, dt.date | None]:
    """Title and date from the lines before the article's first paragraph of prose.

    The title is the first non-empty line that looks like a headline and is no date line; the date is
    the first date written there ("15 января 2026", "12 марта, 2019 09:40", "15.01.2026",
    "2026-01-15"), on the title's line or the lines around it, else the date a press release signs
    off with on its last line ("Пресс-служба акимата города Семей, 14.03.2024").
    """
    title: str | None = None
    date: dt.date | None = None
    previous = ""
    seen = 0
    for m in LINE.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        if _is_prose(line):
            date = date or _first_date(line[:DATELINE_CHARS])  # "ПАВЛОДАР, 30.06.2024. В области …"
            break
        found = _first_date(line) or _month_over_year(f"{previous} {line}") or _month_over_year(line)
        previous = line
        if line.lower() in _NAMED_MONTH:
            continue  # "Июнь" over "2022": one date line in two
        if (
            title is None
            and seen <= TITLE_LINES
            and _is_headline(line)
            and not (found and is_date_line(line))
        ):
            title = line.lstrip("#").strip()
        date = date or found
        seen += 1
        if seen >= _HEADER_LINES or (date and (title or seen > TITLE_LINES)):
            break
    return title, date or _signed_off(text)


def _month_over_year(line: str) -> dt.date | None:
    """A line that is a month and its year and nothing else, as archives head a page ("Июнь 2022",
    or "Июнь" over "2022"): the month's first day. Within a caption ("Варшава. Ноябрь 1939 года.") the
    words date a picture, not the page."""
    found = _MONTH_YEAR.fullmatch(line.strip().lower())
    return dt.date(int(found["year"]), _NAMED_MONTH[found["month"]], 1) if found else None


_MONTH_YEAR = re.compile(
    r"(?P<month>" + "|".join(_NAMED_MONTH) + r")\s+(?P<year>(?:19|20)\d\d)(?:\s+г(?:ода|\.)?)?"
)


def _signed_off(text: str) -> dt.date | None:
    """The date closing the last line, when that line is short and no sentence: a signature."""
    last = text.rstrip().rpartition("\n")[2].strip()
    found = list(_DATE.finditer(last))
    if not found or found[-1].end() != len(last) or len(last.split()) > SIGNATURE_WORDS:
        return None
    return _first_date(found[-1].group())


DATELINE_CHARS = 40  # how far into the first paragraph a dateline's date may stand
TITLE_LINES = 1  # lines a date line may stand before the title
SIGNATURE_WORDS = 10  # how long a last line that signs a text off with its date may be


RUBRIC = re.compile(r"\s+[/|]\s+")
YEAR_WORDS = frozenset({"г", "года", "год"})  # "15 ноября 2023 г. 13:51": the date's own word, no rubric's
RUBRIC_WORDS = 4  # "/ Новости Казахстана", "| Экономика": a site's rubric after a date line


def is_date_line(line: str) -> bool:
    """A line that is a date and little else: "12 марта, 2019 09:40", "date 2024-06-30 #Новости",
    with perhaps the site's rubric after a slash or bar ("12 марта 2019 г. 09:40 / Новости
    Казахстана"): a rubric names the site's section, not the place the article is about."""
    dated, *rubrics = RUBRIC.split(line)
    rest = _DATE.sub(" ", dated)
    worded = [w for w in rest.split() if any(c.isalpha() for c in w) and w.rstrip(".") not in YEAR_WORDS]
    return rest != dated and len(worded) <= 2 and all(len(r.split()) <= RUBRIC_WORDS for r in rubrics)


def _is_headline(line: str) -> bool:
    words = len(line.lstrip("#").split())
    return (
        2 <= words <= 30
        and len(line) <= 250
        and line[-1] not in ".,;:"
        and any(ch.isalpha() for ch in line)
        and not is_marker(line)
    )


def _first_date(line: str) -> dt.date | None:
    for m in _DATE.finditer(line):
        if m["mon"]:
            year, month, day = int(m["y1"]), _MONTHS[m["mon"].lower()], int(m["d1"])
        elif m["mon4"]:
            year, month, day = int(m["y4"]), _ANY_MONTH[m["mon4"].lower()], int(m["d4"])
        elif m["y2"]:
            year, month, day = int(m["y2"]), int(m["m2"]), int(m["d2"])
        else:
            year, month, day = int(m["y3"]), int(m["m3"]), int(m["d3"] or "1")
        if 1900 <= year <= 2100:
            try:
                return dt.date(year, month, day)
            except ValueError:
                continue
    return None


CREDIT_WORDS = 12  # how long a credit line under a picture may be


def is_credit_line(line: str) -> bool:
    """A short line crediting a picture ("Фото: акимат Карагандинской области", "Фото пресс-службы"):
    a place there says whose picture it is, not what the article is about."""
    if len(line.split(None, CREDIT_WORDS)) > CREDIT_WORDS:
        return False  # a paragraph: not lowered and split whole for each place in it
    said = line.strip().lower().split()
    if not said:
        return False
    opener = line.lower().split(":", 1)[0].strip() if ":" in line else " ".join(said[:2])
    credits = words("context/credit_words.txt")
    return opener in credits or said[0].rstrip(":") in credits


def line_at(text: str, at: int) -> str:
    """The line of text that holds offset `at`."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]
