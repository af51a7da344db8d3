"""Context of each numeric fact: what it measures, where, when, and whether it happened.

`context_of` reads the Doc, the numeric drafts and the places, and returns one Context per draft,
with the reasons for each decision; it changes nothing it is given. Figures are read in text order,
so that a place or a period stated once frames the sentences after it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields

from ..draft import Draft
from ..text.doc import Doc
from .budget import Budgets
from .indicator import IndicatorReader
from .indicator_learned import Seen, second_opinion
from .layout import Layout
from .measure import measure_of
from .modality import ModalityReader
from .opening import lead_starts, opening_sentences
from .period import PeriodReader
from .place_state import SHARES
from .subject import subject_of
from .times import find_times
from .trade import Border
from .where import PlaceReader


@dataclass(frozen=True, slots=True)
class Context:
    subject: str | None = None
    place: str | None = None
    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    modality: str | None = None
    compared_to: str | None = None
    indicator: str | None = None
    measure: str | None = None
    why: tuple[str, ...] = ()  # the decisions taken, for the trace

    def fields(self) -> dict[str, str | None]:
        """The record fields: every field but the trace."""
        return {f.name: getattr(self, f.name) for f in dataclass_fields(self) if f.name != "why"}


def context_of(doc: Doc, drafts: list[Draft], places: list[Draft], date: dt.date | None) -> list[Context]:
    """Subject, place, period, comparison base and modality of each numeric draft."""
    if not drafts:
        return []
    layout = Layout(doc)
    leads = lead_starts(doc, opening_sentences(doc, layout))  # the headline and lead: both frames open there
    where = PlaceReader(doc, layout, places, drafts, leads)
    times = find_times(doc)
    when = PeriodReader(doc, layout, times, date, leads, sorted(d.start for d in drafts))
    modality = ModalityReader(doc, layout, Budgets(doc, times, date))
    indicators = IndicatorReader(doc, layout, Border(doc, where.mentions, where.main))
    skipped = frozenset(k for d in [*places, *drafts] for k in range(d.start, d.end))  # no subjects there
    found: dict[int, Context] = {}
    last: tuple[int, str | None] = (-2, None)  # the sentence and measure of the figure before
    for k in sorted(range(len(drafts)), key=lambda k: drafts[k].start):
        d = drafts[k]
        place, place_why = where.read(d.start, d.end, d.kind in SHARES)
        period = when.read(d.start, d.end)
        mode = modality.modality(d, period.target)
        when_, period_why = period.of(mode)
        if mode == "actual" and when_ is not None and date is not None and when_.first_year > date.year:
            mode = "plan"  # a time after the text's date has not come: "бюджет на 2026 год приняли", in 2025
            when_, period_why = period.of(mode)
        subject = subject_of(doc, d, skipped)
        indicator = indicators.read(d, subject)
        sentence = doc.sentence_of[d.start]
        measure = measure_of(doc, layout, d, indicator, last[1] if sentence - last[0] <= 1 else None, subject)
        last = (sentence, measure)
        learned = second_opinion(doc, d, Seen(subject, indicator, measure, indicators.strength))
        indicator_why: tuple[str, ...] = ()
        if learned is not None:
            indicator_why = (
                f"indicator {learned[0]}: learned (p={learned[1]:.2f}) over the rules' {indicator}",
            )
            indicator = learned[0]
        found[k] = Context(
            subject=subject,
            place=place,
            period=when_.label if when_ else None,
            period_start=when_.start if when_ else None,
            period_end=when_.end if when_ else None,
            modality=mode,
            compared_to=period.compared_to.label if period.compared_to else None,
            indicator=indicator,
            measure=measure,
            why=(f"place {place}: {place_why}", period_why, f"modality {mode}", *indicator_why),
        )
    return [found[k] for k in range(len(drafts))]
