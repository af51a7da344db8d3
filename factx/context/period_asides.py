"""How the sentences before a figure move the period frame, and the asides that move it for some
figures only (a look back, a launch date, a deadline stated mid-text) before it comes back.
"""

from __future__ import annotations

from .period_state import FrameState, PeriodState
from .periods import Period
from .time_expr import TimeExpr
from .timed import Timed, completion_date, document_year, frames_unfigured, launch, question, reporting

HEADING_WORDS = 8  # words a heading mid-text may have


class PeriodAsides(PeriodState):
    """The frame moved sentence by sentence, with the frame an aside keeps to come back to."""

    def _advance(self, sentence: int) -> None:
        """Let the sentences before `sentence` move the frame: the last period each states."""
        while self.next_sentence < sentence:
            k = self.next_sentence
            stated = self._stated(k)
            if k not in self.figured and not question(self.doc, k):
                stated = [t for t in stated if frames_unfigured(t) or self._reports_or_launches(t)]
            else:
                stated = [t for t in stated if not completion_date(self.doc, self.layout, t.expr)]
            self._end_plan(k)
            if not stated and self._heading(k):
                self._back_to_lead(k)
            back = self._looks_back_unfigured(k)
            if back is not None and not stated and k not in self.leads:
                self.frame, self.frame_why = back, f"'{self._words(self._back_expr(k))}' in sentence {k + 1}"
                self.aside = None
            if stated and k not in self.leads and self._shared_out(stated[-1].expr, k) is None:
                kept = self._state()
                self._set_frame(stated[-1].expr, f"sentence {k + 1}")
                self.aside = None
                if self._launches(k, stated[-1].expr):
                    self.aside = ("launch", kept)
                elif self._looked_back_from(stated[-1].expr, kept):
                    self.aside = ("look back", kept)
                first = self.kept[0] if self.kept is not None else kept  # the frame before the first deadline
                self.kept = (first, self.layout.paragraph[k]) if self.frame_deadline else None
            self.next_sentence += 1
        self._end_plan(sentence)

    def _back_to_lead(self, k: int) -> None:
        """The frame of the headline or lead comes back after the heading in sentence k."""
        self.frame, self.frame_why = self.lead, f"{self.lead_why}, back after the heading in sentence {k + 1}"
        self.frame_deadline = self.frame_results = False
        self.aside = self.kept = None

    def _heading(self, k: int) -> bool:
        """Sentence k is a heading mid-text: a short line of its own with no figures and no full stop
        ("Позиция в рейтинге"). What follows it is a new part of the article, about the period the
        headline or lead set, not the one the part before it moved on to."""
        if k in self.leads or k in self.figured or self.lead is None or k < min(self.leads, default=0):
            return False
        if not self.dated or self.lead.last_year != self.doc_year:  # a dated lead about its own year only
            return False
        paragraph = self.layout.paragraph
        alone = all(paragraph[j] != paragraph[k] for j in (k - 1, k + 1) if 0 <= j < len(paragraph))
        start, end = self.doc.sentences[k]
        line = self.doc.text[start:end].strip()
        return alone and bool(line) and line[-1].isalnum() and len(line.split()) <= HEADING_WORDS

    def _before_deadline(self) -> tuple[Period, str] | None:
        """The frame of the headline or lead that a deadline stated mid-text interrupts ("за 9
        месяцев 2024 года … До конца года привлекут …"), for the figures of its paragraph that are no
        plans; a frame set later in the text ("На сегодня …") is not kept for them."""
        if self.kept is None:
            return None
        frame, why, deadline, _ = self.kept[0]
        lead = frame is not None and frame == self.lead and why == self.lead_why
        return (frame, why) if frame is not None and lead and not deadline else None

    def _looked_back_from(self, t: TimeExpr, kept: FrameState) -> bool:
        """ "в прошлом году" after a frame the text had set; a deadline ("К 2030 году …") counts only in
        a dated text, where the year of writing tells the look back from the plan."""
        _, where, deadline, _ = kept
        return _looks_back(t) and bool(where) and (self.dated or not deadline)

    def _back_expr(self, k: int) -> TimeExpr:
        return next(t.expr for t in self.placed.sentence(k) if t.expr.earlier)

    def _looks_back_unfigured(self, k: int) -> Period | None:
        """ "Год назад картина была другой." opening a sentence without figures: what the text lists
        after it is of the year before the frame (before the text's date where none)."""
        if k in self.figured or question(self.doc, k):
            return None
        back = [t for t in self.placed.sentence(k) if t.expr.earlier and t.framing and t.cue is None]
        if not back or self.frame_deadline or self.frame_programme:
            return None
        if self.frame is not None:
            return self.frame.shifted(-1)
        return Period.year(self.doc_year - 1) if self.dated and self.doc_year is not None else None

    def _launches(self, k: int, t: TimeExpr) -> bool:
        """Sentence k dates a launch without figures, or plans years to come."""
        return (k not in self.figured and launch(self.doc, self.layout, t)) or self._plans_ahead(t)

    def _reports_or_launches(self, t: Timed) -> bool:
        """A sentence without figures that reports a stretch, dates a launch, names the year of a
        budget or the year its plan is for frames what follows."""
        doc = self.doc
        told = reporting(doc, t.expr) or launch(doc, self.layout, t.expr) or document_year(doc, t.expr)
        return told or self._planned_year(t)

    def _planned_year(self, t: Timed) -> bool:
        """ "Работы продолжатся и в 2026 году." in a text dated 2026: the year of its date or one to
        come that a future or plan verb speaks of; the plans told after it are of that year (a past
        verb's date dates an event; "на 2026 год" is a budget's or a launch's)."""
        years, year = t.expr.years, self.doc_year
        if not self.dated or year is None or years is None or years[0] != years[1] or years[0] < year:
            return False
        start = t.expr.start
        timed_in = "в" in (self.doc.word(start - 1), self.doc.word(start)) or self.doc.word(start) == "во"
        return timed_in and t.expr.months is None and not t.expr.target and self.tense.plans(t.clause)

    def _end_plan(self, k: int) -> None:
        """Sentence k stands past the paragraph of a deadline stated mid-text: the frame before it
        comes back."""
        if self.kept is not None and self.layout.paragraph[k] != self.kept[1]:
            state, self.kept = self.kept[0], None
            self.frame, self.frame_why, self.frame_deadline, self.frame_results = state

    def _state(self) -> FrameState:
        return self.frame, self.frame_why, self.frame_deadline, self.frame_results


def _looks_back(t: TimeExpr) -> bool:
    """ "в прошлом году", "в позапрошлом году": a year counted back from the text's."""
    return t.offset is not None and t.offset < 0 and t.years is None and not t.now
