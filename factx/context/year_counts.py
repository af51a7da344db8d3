"""Counts of years a time expression states ("за последние три года", "за 31 год", "за четыре года")
and the years they come to: those up to the time of writing, those between two years the text states,
or a programme's."""

from __future__ import annotations

from .layout import Layout
from .periods import Period
from .placed import PlacedTimes
from .time_expr import TimeExpr

HALF_YEAR = 6  # the last month of a year's first half


def counted_back(t: TimeExpr, layout: Layout, year: int | None, month: int | None) -> Period | None:
    """ "За последние три года привлечено …" opening its clause: the years up to the time of writing,
    known only from a date (`year`, `month`: the text's date, None when it shows none); the year of
    writing counts once its first half is over (written in January, the last three years are the three
    before)."""
    if year is None or month is None or t.count is None:
        return None
    if not layout.framing(t.start):  # "самый низкий за последние 5 лет": a record's, not a period
        return None
    last = year if month > HALF_YEAR else year - 1
    return Period.years(last - t.count + 1, last)


def between_stated(t: TimeExpr, placed: PlacedTimes, sentence: int) -> Period | None:
    """ "В 1990 году доля составляла 62,5%, а в 2021 году — 16,6%. За 31 год добыча выросла в 3,3
    раза": a count of years equal to the distance between two years its sentence or the one before
    states is the span between them."""
    if not t.span or t.count is None:
        return None
    years = {
        e.years[0]
        for s in (sentence - 1, sentence)
        for e in placed.found.get(s, [])
        if e.years is not None and e.years[0] == e.years[1] and e.months is None
    }
    first = next((y for y in sorted(years) if y + t.count in years), None)
    return Period.years(first, first + t.count) if first is not None else None


def counts_programme(t: TimeExpr, programme: tuple[Period, str] | None, frame: Period | None) -> bool:
    """ "за четыре года" after a programme "на 2025–2028 годы" and its single years: its years."""
    if programme is None or (frame is not None and frame.first_year < frame.last_year):
        return False
    years = programme[0]
    return t.count is None or t.count == years.last_year - years.first_year + 1
