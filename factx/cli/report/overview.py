"""The figures an analyst looks at first, counted while the documents stream by: facts per kind, a
pivot of place × year, plan against actual, subjects.

Figures are counted, never added: values of different indicators, measures, modalities, currencies
and periods do not add up, and the panel (factx/panel.py) shows each one as the sources state it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ...facts import Fact

NO_PLACE = "(no place)"
NO_YEAR = "(no period)"
SEVERAL_YEARS = "(several years)"
UNSTATED = "unstated"
_YEAR = re.compile(r"\d{4}")


@dataclass
class Cell:
    """Facts of one place in one year, or of one place under one modality."""

    facts: int = 0

    def add(self, fact: Fact) -> None:
        self.facts += 1


@dataclass
class Overview:
    """Everything the summary shows, built fact by fact."""

    files: int = 0
    failed: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    mentions: Counter[str] = field(default_factory=Counter)  # place → times named
    pivot: defaultdict[tuple[str, str], Cell] = field(default_factory=lambda: defaultdict(Cell))
    modality: defaultdict[tuple[str, str], Cell] = field(default_factory=lambda: defaultdict(Cell))
    timeline: Counter[tuple[str, str]] = field(default_factory=Counter)  # (year, modality) → figures
    subjects: Counter[str] = field(default_factory=Counter)
    subject_places: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, fact: Fact) -> None:
        self.kinds[fact.kind] += 1
        if fact.kind == "place":
            self.mentions[str(getattr(fact, "canonical", None) or getattr(fact, "name", ""))] += 1
            return
        place = getattr(fact, "place", None) or NO_PLACE
        when, modality = year(fact), getattr(fact, "modality", None) or UNSTATED
        self.pivot[place, when].add(fact)
        self.modality[place, modality].add(fact)
        self.timeline[when, modality] += 1
        subject = getattr(fact, "subject", None)
        if subject:
            self.subjects[subject] += 1
            self.subject_places[subject].add(place)

    def places(self, limit: int) -> list[str]:
        """The `limit` places with most figures, then the figures without a place, if any."""
        counts: Counter[str] = Counter()
        for (place, _), cell in self.pivot.items():
            counts[place] += cell.facts
        ranked = sorted((p for p in counts if p != NO_PLACE), key=lambda p: (-counts[p], p))
        return ranked[:limit] + ([NO_PLACE] if NO_PLACE in counts else [])

    def years(self) -> list[str]:
        """The pivot's columns: years in order, then several years, then no period."""
        found = {y for _, y in self.pivot}
        return sorted(y for y in found if _YEAR.fullmatch(y)) + [
            y for y in (SEVERAL_YEARS, NO_YEAR) if y in found
        ]


def year(fact: Fact) -> str:
    """The year a figure is about: from its period's first and last day, if they fall in one year."""
    start, end = getattr(fact, "period_start", None), getattr(fact, "period_end", None)
    if start and end:
        return start[:4] if start[:4] == end[:4] else SEVERAL_YEARS
    period = getattr(fact, "period", None) or ""
    years = set(_YEAR.findall(period))
    if not years:
        return NO_YEAR
    return years.pop() if len(years) == 1 else SEVERAL_YEARS
