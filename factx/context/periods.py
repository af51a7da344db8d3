"""Periods as labels and dates: "2024", "2019–2024", "2024-Q1", "2024-H1", "2024-01–2024-09", "2024-06"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Period:
    """A stretch of time from the first month of `first` to the last month of `last` (years, months)."""

    first_year: int
    first_month: int
    last_year: int
    last_month: int

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(year, 1, year, 12)

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        return cls(first, 1, last, 12)

    @classmethod
    def months(cls, year: int, first: int, last: int) -> Period:
        return cls(year, first, year, last)

    def shifted(self, years: int) -> Period:
        """The same stretch `years` later (or earlier): the base of "к аналогичному периоду прошлого года"."""
        return Period(self.first_year + years, self.first_month, self.last_year + years, self.last_month)

    @property
    def label(self) -> str:
        if (self.first_month, self.last_month) == (1, 12):
            if self.first_year == self.last_year:
                return str(self.first_year)
            return f"{self.first_year}–{self.last_year}"
        if self.first_year != self.last_year:
            return f"{self.first_year}-{self.first_month:02d}–{self.last_year}-{self.last_month:02d}"
        year, first, last = self.first_year, self.first_month, self.last_month
        if last - first == 2 and first % 3 == 1:
            return f"{year}-Q{(first + 2) // 3}"
        if last - first == 5 and first in (1, 7):
            return f"{year}-H{1 if first == 1 else 2}"
        if first == last:
            return f"{year}-{first:02d}"
        return f"{year}-{first:02d}–{year}-{last:02d}"

    @property
    def start(self) -> str:
        return _first_day(self.first_year, self.first_month)

    @property
    def end(self) -> str:
        return _last_day(self.last_year, self.last_month)


@cache
def _first_day(year: int, month: int) -> str:
    return dt.date(year, month, 1).isoformat()


@cache
def _last_day(year: int, month: int) -> str:
    """The month's last day (a few hundred months recur across every text)."""
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).isoformat()
