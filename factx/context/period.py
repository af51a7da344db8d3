"""When: the period each figure covers, and the period it is compared with.

A figure takes the time expression of its own clause, else one in the clauses that share its verb,
else one that opens its sentence, else the period that framed its paragraph, else the document's
when the whole text states only one. A period stated at the start of a sentence, before its verb,
frames the sentences after it in the paragraph. Comparison bases ("по сравнению с 2018 годом")
never become the period: they go to `compared_to`.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass

from ..text.doc import Doc
from ..vocab import words
from .layout import Layout
from .periods import Period
from .times import TimeExpr

CUE_WINDOW = 6
EVENT_WINDOW = 5
COMPARATIVES = ("больш", "выше", "меньш", "ниже", "превыс", "превыша", "уступа", "отстава")


@dataclass(frozen=True, slots=True)
class Timed:
    """A time expression placed in the text: its clause, segment, and the comparison cue before it."""

    expr: TimeExpr
    sentence: int
    clause: int
    segment: int
    framing: bool
    cue: int | None  # the token of the comparison cue, None when it is no comparison


@dataclass(frozen=True, slots=True)
class PeriodFound:
    period: Period | None
    compared_to: Period | None
    target: bool
    why: str


class PeriodReader:
    """Periods of figures read in text order, carrying each paragraph's frame forward."""

    def __init__(
        self, doc: Doc, layout: Layout, times: list[TimeExpr], date: dt.date | None, opening: set[int]
    ) -> None:
        self.doc, self.layout = doc, layout
        self.doc_year = date.year if date is not None else _year_written_in(times)
        self.found: dict[int, list[TimeExpr]] = {}  # sentence → its expressions, placed when asked
        for t in times:
            self.found.setdefault(doc.sentence_of[t.start], []).append(t)
        self.by_sentence: dict[int, list[Timed]] = {}
        self.by_clause: dict[int, list[Timed]] = {}
        self.by_segment: dict[int, list[Timed]] = {}
        self.opening: dict[int, list[Timed]] = {}  # sentence → expressions that open a clause
        self.starts: dict[int, list[int]] = {}  # id() of a list of expressions → their starts
        self.opening_sentences = opening
        self._single: list[Period | None] = []  # the text's one period, worked out when first needed
        self.next_sentence = 0  # sentences before this one have set their frames
        self.frame: Period | None = None  # the period that frames the current paragraph
        self.framed = False  # whether any sentence of the paragraph has set a frame, even unknown

    def _timed(self, sentence: int) -> list[Timed]:
        """The sentence's expressions with their clauses and roles, worked out once, when asked."""
        if sentence not in self.by_sentence:
            layout = self.layout
            placed = self.by_sentence[sentence] = []
            for t in self.found.get(sentence, []):
                if self._event_date(t):
                    continue
                clause = layout.clause(t.start)
                timed = Timed(
                    t, sentence, clause, layout.segment(clause), layout.framing(t.start), self._cue(t)
                )
                placed.append(timed)
                self.by_clause.setdefault(clause, []).append(timed)
                self.by_segment.setdefault(timed.segment, []).append(timed)
                if timed.framing:
                    self.opening.setdefault(sentence, []).append(timed)
        return self.by_sentence[sentence]

    def _event_date(self, t: TimeExpr) -> bool:
        """ "после закрытия комбината в 2013 году": the date of an event the figure is counted from."""
        doc, clause = self.doc, self.layout.clause(t.start)
        anchors = words("context/event_anchors.txt")
        return any(doc.words[j] in anchors for j in range(max(t.start - EVENT_WINDOW, clause), t.start))

    def _cue(self, t: TimeExpr) -> int | None:
        """The token that makes the expression a comparison base, if one does."""
        doc, clause = self.doc, self.layout.clause(t.start)
        cues, nouns = words("context/comparison_cues.txt"), words("context/comparison_nouns.txt")
        before = doc.word(t.start - 1)
        if not t.target and (before == "к" or before.startswith(COMPARATIVES)):
            return t.start - 1  # "к первому полугодию 2021 года", "выше прошлогодней"
        for j in range(t.start - 1, max(t.start - CUE_WINDOW, clause) - 1, -1):
            if doc.words[j] in cues:
                return j
            lead = (doc.word(j - 1), doc.word(j - 2))
            if any(w == "к" or w.startswith(COMPARATIVES) for w in lead) and any(
                p.normal_form in nouns for p in doc.readings(j)[:2]
            ):
                return j - 1  # "к соответствующему периоду 2023 года", "больше показателей 2020 года"
        if doc.words[t.start] == "к" and t.years is not None and self.doc_year and t.years[0] < self.doc_year:
            return t.start  # "рост к 2020 году" written in 2024: a base, not a deadline
        return None

    @property
    def single(self) -> Period | None:
        if not self._single:
            self._single.append(self._single_period(self.opening_sentences))
        return self._single[0]

    def _single_period(self, opening: set[int]) -> Period | None:
        """The period of a text that states one period only, opening a clause of its headline or
        first sentence with it (an article about the first quarter). A deadline ("к 2030 году")
        belongs to its own figure and does not count."""

        def stated(sentence: int) -> list[Timed]:
            return [t for t in self._timed(sentence) if t.cue is None and not t.expr.target]

        headline = [
            t for sentence in sorted(opening & set(self.found)) for t in stated(sentence) if t.framing
        ]
        if not headline:
            return None
        period = headline[0].expr.resolve(self.doc_year, None)
        for sentence in self.found:
            if any(t.expr.resolve(self.doc_year, None) != period for t in stated(sentence)):
                return None
        return period

    def read(self, start: int, end: int) -> PeriodFound:
        """The period and comparison base of the figure over tokens [start, end); figures come in order."""
        doc, layout = self.doc, self.layout
        sentence, clause = doc.sentence_of[start], layout.clause(start)
        self._advance(sentence)
        self._timed(sentence)
        chosen, source = self._choose(sentence, start, clause)
        period: Period | None
        if chosen is not None:
            period = chosen.expr.resolve(self.doc_year, self.frame)
            why = f"{source} '{self._words(chosen.expr)}'"
        elif self.framed:
            period, why = self.frame, "the frame of its paragraph"
        else:
            period, why = self.single, "the only period the text states" if self.single else "none stated"
        base = self._compared(clause, end, period)
        label = period.label if period else None
        return PeriodFound(period, base, chosen is not None and chosen.expr.target, f"period {label}: {why}")

    def _choose(self, sentence: int, start: int, clause: int) -> tuple[Timed | None, str]:
        """The figure's own expression: its clause's, then its segment's, then the sentence's opening."""
        for found, why in (
            (self.by_clause.get(clause, []), "its own clause"),
            (self.by_segment.get(self.layout.segment(clause), []), "the clauses sharing its verb"),
            (self.opening.get(sentence, []), "the opening of its sentence"),
        ):
            mine = [
                t for t in _around(found, start, self.starts) if t.cue is None or t.cue < start < t.expr.start
            ]
            if mine:
                before = [t for t in mine if t.expr.end <= start]
                return (before[-1] if before else mine[0]), why
        return None, ""

    def _advance(self, sentence: int) -> None:
        """Let the sentences before `sentence` set their frames; a new paragraph drops the frame."""
        layout = self.layout
        first = layout.first_of_paragraph[sentence]
        if self.next_sentence < first:  # the paragraphs between hold no figure: nothing to carry
            self.next_sentence, self.frame, self.framed = first, None, False
        while self.next_sentence < sentence:
            k = self.next_sentence
            opening = [t for t in self._timed(k) if t.framing and t.cue is None]
            if opening:
                self.frame, self.framed = opening[-1].expr.resolve(self.doc_year, self.frame), True
            self.next_sentence += 1
            if layout.paragraph[self.next_sentence] != layout.paragraph[k]:
                self.frame, self.framed = None, False

    def _compared(self, clause: int, end: int, period: Period | None) -> Period | None:
        """The base of a comparison stated after the figure in its clause or the next one."""
        for c in (clause, self.layout.next_clause(clause)):
            for t in _around(self.by_clause.get(c, []) if c is not None else [], end, self.starts):
                if t.cue is not None and t.cue >= end:
                    return t.expr.resolve(self.doc_year, period)
        return None

    def _words(self, t: TimeExpr) -> str:
        return " ".join(self.doc.tokens.raw(k) for k in range(t.start, t.end))


NEAR = 6  # expressions considered on each side of a figure


def _around(timed: list[Timed], token: int, starts: dict[int, list[int]]) -> list[Timed]:
    """The expressions (in text order) nearest to a token, a few on each side; `starts` caches the
    start tokens of each list."""
    if len(timed) <= 2 * NEAR:
        return timed
    found = starts.get(id(timed))
    if found is None:
        found = starts[id(timed)] = [t.expr.start for t in timed]
    k = bisect_left(found, token)
    return timed[max(k - NEAR, 0) : k + NEAR]


def _year_written_in(times: list[TimeExpr]) -> int | None:
    """The year an undated article was written in, from "с начала 2018 года"."""
    years = {t.years[0] for t in times if t.since_start and t.years is not None}
    return years.pop() if len(years) == 1 else None
