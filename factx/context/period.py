"""When: the period each figure covers, and the period it is compared with.

A figure takes the time expression of its own clause, else one in the clauses that share its verb,
else one that opens its sentence, else the frame a reader carries: the period the headline or lead
states, replaced by each period a later sentence states, across paragraphs, until the text states
another; before any, the year of the text's date (a date line on top, the page's date). Comparison
bases ("по сравнению с 2018 годом") and the dates of events never become the period or the frame:
they go to `compared_to`.
"""

from __future__ import annotations

from .own_time import WHEN_CLAUSE, OwnTime
from .period_asides import PeriodAsides
from .periods import Period
from .timed import PeriodFound, happened

LEAD_REACH = 3  # sentences under a headline that may state the period it sums up


class PeriodReader(PeriodAsides, OwnTime):
    """Periods of figures read in text order, carrying the frame forward."""

    def read(self, start: int, end: int) -> PeriodFound:
        """The period and comparison base of the figure over tokens [start, end); figures come in order."""
        doc, layout = self.doc, self.layout
        sentence, clause = doc.sentence_of[start], layout.clause(start)
        self._advance(sentence)
        self.placed.sentence(sentence)
        chosen, source = self._choose(sentence, start, clause)
        deadline = results = False
        before = None
        period: Period | None
        if chosen is not None:
            period = self._respective(chosen.expr, sentence, start)
            why = f"{source} '{self._words(chosen.expr)}'"
            if period is not None:
                why += ", a year to each figure in order"
            else:
                period = self._resolve(chosen.expr, self.frame, clause)
                if chosen.expr.span and self.programme is not None and period == self.programme[0]:
                    why += f", the programme's years set by {self.programme[1]}"
            # a programme's years count its plans only, unless it is under way ("За шесть лет направил
            # …") or named as the programme's ("за время действия программы")
            named = chosen.expr.count is None
            deadline = chosen.expr.span and period is not None and not (named or self._under_way(period))
            deadline = deadline and self._stated_ends(chosen.expr) is None  # years gone by, told
        elif self.tense.stands_now(clause):
            period = Period.year(self.doc_year) if self.doc_year is not None and self.dated else None
            period = period or (Period.year(self.now_year) if self.now_year is not None else None)
            why = "a verb of how things stand now: the time of writing"
        elif self.frame_programme and self.tense.told_past(clause):
            if self.frame is not None and self._under_way(self.frame):
                period, why = (
                    self.frame,
                    f"what happened in the programme's years, under way, set by {self.frame_why}",
                )
            else:
                period, why = None, f"what happened is outside the programme's years set by {self.frame_why}"
        elif self.aside is not None and self.aside[0] == "launch" and self.tense.told_past(clause):
            period, where, deadline, results = self.aside[1]
            if not where and self.dated and self.doc_year is not None:
                period, where = Period.year(self.doc_year), "the text's date"
            why = f"the frame before a launch date, set by {where or 'nothing'}: the figure tells the past"
        elif self.aside is not None and self.aside[0] == "look back" and not self.tense.told_past(clause):
            period, where, deadline, results = self.aside[1]
            why = f"the frame before a look back, set by {where}: the figure tells no past"
            if self.dated and self.doc_year is not None and not self.tense.plans(clause):
                period, why = (
                    Period.year(self.doc_year),
                    "how things stand after a look back: the text's date",
                )
                deadline = results = False
        elif self.frame_why:
            period, why = self.frame, f"the frame, set by {self.frame_why}"
            deadline, results = self.frame_deadline, self.frame_results
            before = self._before_deadline() if deadline else None
        elif self.dated and self.doc_year is not None:  # the date on top frames what nothing else does
            period, why = Period.year(self.doc_year), "the frame, set by the text's date"
        elif (ahead := self._lead_ahead(sentence)) is not None:
            period, why = ahead
        else:
            period, why = None, "none stated"
        own_base = chosen is not None and chosen.cue is not None  # the figure is the base itself
        base = None if own_base or source == WHEN_CLAUSE else self._compared(clause, start, end, period)
        label = period.label if period else None
        # "К 2020 году он вырос до 120 млрд": a past verb makes the date a point reached, no deadline
        target = chosen is not None and chosen.expr.target and not happened(doc, layout, clause)
        return PeriodFound(period, base, target, f"period {label}: {why}", deadline, results, before)

    def _lead_ahead(self, sentence: int) -> tuple[Period, str] | None:
        """A headline's figure in an undated text, no time of its own and no frame yet ("Население
        Приморья снизилось до 1,8 миллиона"): the period the first sentences under it state ("на
        старте 2025 года проживало …"), which the headline sums up."""
        paragraph = self.layout.paragraph
        if sentence != min(self.leads, default=-1) or self.frame is not None:
            return None
        if sentence + 1 < len(paragraph) and paragraph[sentence + 1] == paragraph[sentence]:
            return None  # the first sentence of the body, no headline on a line of its own
        for k in range(sentence + 1, min(sentence + 1 + LEAD_REACH, len(self.doc.sentences))):
            stated = [t.expr for t in self._stated(k) if k not in self.date_lines]
            # a deadline or a programme's years frame plans, not what the headline reports
            period = None if not stated or stated[0].target else self._resolve(stated[0], None)
            if period is not None and not self._programme(stated[0]):
                return period, f"the headline's, stated under it in sentence {k + 1}"
            if stated:  # the first time stated under the headline, no other, says what it sums up
                return None
        return None

    def _compared(self, clause: int, start: int, end: int, period: Period | None) -> Period | None:
        based = self.placed.base(clause, start, end)
        return self._resolve(based.expr, period) if based is not None else None
