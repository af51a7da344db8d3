"""The state a period reader carries from sentence to sentence (the frame the headline or lead opens
with, the lead's period, a programme's years) and how a time expression resolves against it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import pairwise
from typing import Literal

from ..text.doc import Doc
from ..text.page import is_date_line
from .layout import Layout
from .periods import Period
from .placed import PlacedTimes
from .tense import ClauseTense
from .time_expr import TimeExpr
from .timed import Timed, contrasted, happened, reporting
from .year_counts import between_stated, counted_back, counts_programme
from .year_written import year_written_in

FrameState = tuple[Period | None, str, bool, bool]  # the frame, where it was set, deadline, results
RUN_JOINERS = frozenset({",", "и"})  # what joins values of one measure in a run
DATE_LINE_SENTENCES = 4  # how far into a text a date line may stand
DATING_PREPOSITIONS = frozenset({"в", "во", "с", "со"})  # "начатых в 2023 году", "действующей с 1968 года"


class PeriodState:
    """The frame, the lead and the programme a period reader carries, and the periods they resolve."""

    def __init__(
        self,
        doc: Doc,
        layout: Layout,
        times: list[TimeExpr],
        date: dt.date | None,
        leads: dict[int, int],
        figures: list[int],
    ) -> None:
        """`leads`: the headline and lead sentences and where each starts past a dateline
        (opening.lead_starts); `figures`: the first token of every figure, in text order."""
        self.doc, self.layout = doc, layout
        self.doc_year = date.year if date is not None else year_written_in(doc, layout, times)
        self.month = date.month if date is not None else None  # "в декабре" in January is last year's
        self.dated = date is not None  # the text shows its date (not only "с начала 2022 года")
        self.placed = PlacedTimes(doc, layout, times, self.doc_year)
        self.leads = leads
        self.in_sentence: dict[int, list[int]] = {}  # sentence → its figures' first tokens, in order
        for start in figures:
            self.in_sentence.setdefault(doc.sentence_of[start], []).append(start)
        self.figured = set(self.in_sentence)  # the sentences that hold figures
        self.tense = ClauseTense(doc, layout)
        self.date_lines = {  # "Павлодар, 14 марта 2024 года": dates the text, is no sentence of it
            k for k, (s, e) in enumerate(doc.sentences[:DATE_LINE_SENTENCES]) if is_date_line(doc.text[s:e])
        }
        self._stated_in: dict[int, list[Timed]] = {}  # sentence → what _stated says of it
        self.next_sentence = 0  # sentences before this one have set the frame
        self.frame: Period | None = None  # the period the reader carries
        self.frame_why = ""  # where it was set
        self.frame_deadline = False  # set by a deadline ("к 2030 году", "до конца года")
        self.frame_programme = False  # set by a plan's years ("программа на 2025–2030 годы")
        self.frame_results = False  # set by the results of whole years ("по итогам 2023 года")
        # A deadline stated mid-text frames the plans of its paragraph; the frame before it comes back
        # after, with the deadline's paragraph; None when the frame is no such deadline.
        self.kept: tuple[FrameState, int] | None = None
        # The frame before an aside that moves it for some figures only, kept here: a look back ("В
        # прошлом году свёклу сеяли на 14 тыс. га.") frames what the text tells of that year, how things
        # stand or will be keeping the frame before; a launch date ("Запуск намечен на 2027 год") frames
        # the plant's figures to come, what already happened keeping the frame before.
        self.aside: tuple[Literal["look back", "launch"], FrameState] | None = None
        self.lead: Period | None = None  # the frame the headline or lead set, unless a deadline
        self.lead_why = ""  # where the headline or lead set it
        # A programme's years ("программа на 2025–2028 годы") stay with the reader while the text goes
        # through its single years: "за четыре года" after "в 2026 году — 25 млрд" is the programme's.
        self.programme: tuple[Period, str] | None = None
        self.written: int | None = None  # the year an undated text was written in, from a plan its lead dates
        # the year of writing of an undated text whose lead reports part of a year ("в январе–июне 2024
        # года"): its "сегодня" and what stands now are of that year
        self.now_year: int | None = None
        self._open_frame()

    def _open_frame(self) -> None:
        """The frame the article opens with: the first period its headline or lead states that can be
        dated ("инфляция в октябре" over a lead's "в октябре 2024 года"), else the first it states; a
        programme's years over a deadline ("до 2030 года … программа на 2025–2030 годы")."""
        stated = [
            (t.expr, sentence)
            for sentence in sorted(self.leads.keys() & self.placed.found.keys())
            for t in self._stated(sentence)
        ]
        dated = [(t, k) for t, k in stated if t.resolve(self.doc_year, None) is not None]
        programmes = [(t, k) for t, k in dated if self._programme(t)]
        if dated and dated[0][0].target and programmes:  # "до 2030 года" over "программа на 2025–2030 годы"
            dated = programmes
        for t, sentence in (dated or stated)[:1]:
            self._set_frame(t, f"the headline or lead, sentence {sentence + 1}", lead=True)
            # "К 2030 году …", "программа на 2025–2030 годы" do not date the text
            self.lead = None if t.target or self._programme(t) else self.frame
            self.lead_why = self.frame_why
            if self._plans_ahead(t):  # what is told as done after it: the text's date
                self.aside = ("launch", (None, "", False, False))
            if self.doc_year is None and self._plans_its_year(t) and t.years is not None:
                self.written = t.years[0]
            now = self.lead is not None and (_so_far(self.lead) or self._now_in(sentence))
            if self.doc_year is None and self.lead is not None and now:
                self.now_year = self.lead.last_year
                self.written = self.written or self.now_year

    def _now_in(self, sentence: int) -> bool:
        """The lead's sentence says how things stand now beside its year ("в рамках кампании 2023 года
        на текущий момент собрано …"): the text was written in that year, and "в прошлом году" is the
        one before."""
        return any(t.expr.now and not t.expr.still for t in self.placed.sentence(sentence))

    def _plans_ahead(self, t: TimeExpr) -> bool:
        """ "В ближайшие пять лет планируется привлечь …", "В 2027 году построят …" in a dated text: years
        still to come, planned; what the text tells as done after it keeps the frame before."""
        if self.frame is None or not self.dated or self.doc_year is None:
            return False
        ahead = self.frame.first_year > self.doc_year or (t.ahead and t.count is not None)
        return ahead and self.tense.plans(self.layout.clause(t.start))

    def _resolve(self, t: TimeExpr, frame: Period | None, clause: int | None = None) -> Period | None:
        """The period of an expression; in an undated text opened by a plan for its year, "в прошлом
        году" counts from that year, while "сейчас" stays unknown. `clause`: the figure's, whose past
        verb puts months named after the date's month in the year before ("в декабре составила")."""
        year = self.doc_year
        if year is None and t.offset is not None:
            year = self.now_year if t.now else self.written
        if t.text_year and not self.dated:
            if t.target and self.lead is not None:  # "до конца года" after a look back: the lead's year
                return t.resolve(self.lead.last_year, frame, self.lead)
            t = replace(t, text_year=False)  # "за 9 месяцев" in an undated text: the frame's year
        dated_year = self.doc_year if self.dated else None
        back = counted_back(t, self.layout, dated_year, self.month) if t.back else None
        if back is not None:
            return back
        if self._month_of_lead(t):  # "По итогам I квартала 2023 года … В марте цены выросли"
            frame = self.lead
        ends = self._stated_ends(t)
        if ends is not None:
            return ends
        if t.span and counts_programme(t, self.programme, frame):
            frame = self.programme[0] if self.programme is not None else frame
        elif year is not None and clause is not None and self._months_before_date(t, frame, clause):
            if t.months is None and frame is not None and frame.last_year < year:
                return frame  # "В 2024 году … По итогам года вырос": the year the text speaks of
            year, frame = year - 1, None  # "в декабре составила" written on 26 January
        return t.resolve(year, frame, self.lead or (_part_of_year(frame) if self._year_end(t) else None))

    def _month_of_lead(self, t: TimeExpr) -> bool:
        """Months named without a year that lie within the months of one year the lead reports ("по
        итогам I квартала 2023 года"): that year's, however far a look back has moved the frame ("…
        больше – в мае прошлого года. В марте цены выросли …" is March of the lead's year)."""
        lead = self.lead
        if lead is None or t.months is None or t.years is not None or t.offset is not None or t.text_year:
            return False
        return _so_far(lead) and lead.first_month <= t.months[0] and t.months[1] <= lead.last_month

    def _stated_ends(self, t: TimeExpr) -> Period | None:
        """A count of years between two years the text states ("… в 2021 году. За 31 год …")."""
        return between_stated(t, self.placed, self.doc.sentence_of[t.start])

    def _under_way(self, years: Period) -> bool:
        """A programme's years began before the year of a dated text: what happened counts in them."""
        return self.dated and self.doc_year is not None and years.first_year < self.doc_year

    def _months_before_date(self, t: TimeExpr, frame: Period | None, clause: int) -> bool:
        """Months named without a year, past the month of the text's date in the year the text or its
        frame gives, in a clause that tells what happened: the last such months before the date. So
        are the results of a year named without one ("по итогам года выросла") before December: the
        year just ended."""
        if self.month is None or self.doc_year is None or t.years is not None or t.offset is not None:
            return False
        if t.months is None:  # a year ended: the one just ended, or one the frame names before it
            single = frame is None or frame.first_year == frame.last_year
            results = single and self.month < 12 and self._year_results(t)
        else:
            framed = frame is None or frame.last_year == self.doc_year
            results = framed and t.months[0] > self.month
        return results and happened(self.doc, self.layout, clause)

    def _year_end(self, t: TimeExpr) -> bool:
        """ "к концу года", "до конца года", "на конец года": the end of the year the text is in."""
        return t.years is None and any(self.doc.words[k].startswith("конц") for k in range(t.start, t.end))

    def _year_results(self, t: TimeExpr) -> bool:
        """ "по итогам года": the results of a whole year, no year written."""
        plain = not (t.target or t.now or t.since_start or t.span or t.earlier or t.ahead or t.since)
        return plain and self.doc.word(t.start + 1) == "итогам" and t.end - t.start == 3

    def _plans_its_year(self, t: TimeExpr) -> bool:
        """ "В 2024 году планируется построить 15 школ" opening an undated text: a plan for one year,
        written that year, so "в прошлом году" after it is the year before (a deadline, "к 2030 году",
        says nothing of when it was written)."""
        if t.years is None or t.years[0] != t.years[1] or t.months is not None or t.target:
            return False
        return self.tense.plans(self.layout.clause(t.start))

    def _stated(self, sentence: int) -> list[Timed]:
        """The expressions of a sentence that state the time it speaks of: not comparison bases or
        times set against it ("тогда как в 2019 году"), not "годом ранее" (which reads the frame, not
        sets it), not how long a thing a relative clause describes has stood ("паропровод, который
        работает с 1955 года"), not a date line ("Павлодар, 14 марта 2024 года") or a dateline opening
        the lead, which date the text: their year frames only what nothing else dates. Worked out
        once per sentence: the frame reads each sentence and each figure reads its own again."""
        found = self._stated_in.get(sentence)
        if found is None:
            found = self._stated_in[sentence] = [] if sentence in self.date_lines else self._states(sentence)
        return found

    def _states(self, sentence: int) -> list[Timed]:
        lead = self.leads.get(sentence, 0)
        return [
            t
            for t in self.placed.sentence(sentence)
            if t.cue is None
            and not (t.expr.earlier or t.expr.span or t.expr.still)
            and not (t.expr.since and self.layout.relative(self.layout.clause(t.expr.start)))
            and not self._participle_dated(t.expr)
            and not self._bracketed_aside(t)
            and t.expr.start >= lead
            and not contrasted(self.doc, t.expr.start)
        ]

    def _bracketed_aside(self, t: Timed, start: int | None = None) -> bool:
        """ "Урожайность составила 62,3 ц/га (в 2023 году – 56 ц/га)": a time in brackets that hold a
        figure of their own dates the figures in the brackets only: not the figure the brackets follow
        (`start`, outside them), nor the sentences after them, whose frame stays."""
        if t.clause not in self.layout.paren_before:
            return False
        inside = self.layout.tokens(t.clause)
        return (start is None or start not in inside) and any(
            s in inside for s in self.in_sentence.get(t.sentence, [])
        )

    def _participle_dated(self, t: TimeExpr) -> bool:
        """ "пяти проектов, начатых в 2023 году": a date in a participle phrase set off after its noun
        tells when that thing began or was made, not the time the text speaks of."""
        doc, k = self.doc, t.start - 1
        if doc.word(k) in DATING_PREPOSITIONS:
            k -= 1
        return doc.pos(k) == "PRTF" and doc.word(k - 1) == ","

    def _set_frame(self, t: TimeExpr, where: str, lead: bool = False) -> None:
        """The frame moves to what the expression states, even to a time nobody can date ("на
        сегодня" in an undated text): the figures after it are no longer about the old one."""
        self.frame, self.frame_why = (
            self._resolve(t, self.frame, self.layout.clause(t.start)),
            f"'{self._words(t)}' in {where}",
        )
        self.frame_deadline = t.target
        self.frame_programme = self._programme(t)
        if self.frame_programme and self.frame is not None:
            self.programme = (self.frame, self.frame_why)
        elif self.frame is not None and not _within(self.frame, self.programme):
            self.programme = None  # the text has moved on past the programme's years (not to a time
            # nobody can date: "В прошлом году" in an undated text may well be one of them)
        # the results of whole years reported mid-text ("об итогах работы за 2025 год"); a headline's or
        # lead's frame holds for the whole passage, plans included, and so do results still forecast
        # ("ожидаем, что по итогам года турпоток достигнет 4,4 млн. Прирост составит 5%")
        results = not (lead or t.target) and t.months is None and reporting(self.doc, t)
        self.frame_results = results and not self.tense.plans(self.layout.clause(t.start))

    def _programme(self, t: TimeExpr) -> bool:
        """ "программа на 2025–2030 годы": the years of a plan, which frame what it plans and covers,
        not what happened before it ("за пять лет выросло с 640 до 910")."""
        return t.years is not None and t.years[0] < t.years[1] and self.doc.word(t.start - 1) == "на"

    def _shared_out(self, t: TimeExpr, sentence: int) -> list[int] | None:
        """The figures after years a sentence gives one to each ("соответственно"), if it does so:
        the text has not moved on to those years, and the frame stays."""
        if t.years is None or t.months is not None or t.years[0] == t.years[1]:
            return None
        after = [s for s in self.in_sentence.get(sentence, []) if s >= t.end]
        years = t.years[1] - t.years[0] + 1
        if not self.layout.respectively(sentence):  # "на 2026–2028 годы — с дефицитом 14,8%, 15% и 14,9%"
            return after[:years] if self._run_of_values(after) == years else None
        return after if len(after) == years else None

    def _run_of_values(self, starts: list[int]) -> int:
        """How many figures open a run of values of one measure, joined only by commas and "и", each
        with the same unit or all sharing the last one's: "14,8%, 15% и 14,9%", "1,2, 1,5 и 1,8 млн т"
        (not "5 школ, 3 больницы и 2 детсада")."""
        words_of = self.doc.words
        run = 1 if starts else 0
        for a, b in pairwise(starts):
            between = words_of[a:b]
            unit = [w for w in between if not w[:1].isdigit() and w not in RUN_JOINERS]
            last = next((w for w in words_of[b : b + 4] if not w[:1].isdigit() and w not in RUN_JOINERS), "")
            if len(unit) > 1 or unit not in ([], [last]) or not between or between[-1] not in RUN_JOINERS:
                break
            run += 1
        return run

    def _words(self, t: TimeExpr) -> str:
        return " ".join(self.doc.tokens.raw(k) for k in range(t.start, t.end))


def _part_of_year(frame: Period | None) -> Period | None:
    """ "За 11 месяцев 2019 года" framing an undated text: "к концу года" after it is the end of
    that year, as after a lead about part of a year (other years named relative to the text's are
    read only from a lead: past it a year may date an event, not the text)."""
    if frame is None or frame.first_year != frame.last_year or frame.last_month == 12:
        return None
    return frame


def _so_far(lead: Period) -> bool:
    """The lead reports months of one year up to before its December ("в январе–июне 2024 года", "в
    первом квартале 2024 года"): the text was written in that year."""
    return lead.first_year == lead.last_year and lead.last_month < 12


def _within(period: Period | None, programme: tuple[Period, str] | None) -> bool:
    """The period lies inside the programme's years."""
    if period is None or programme is None:
        return False
    outer = programme[0]
    return outer.first_year <= period.first_year and period.last_year <= outer.last_year
