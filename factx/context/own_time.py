"""Which time expression is the figure's own: its clause's, its segment's, its sentence's opening or
what its sentence states before it, a year to each figure in order ("соответственно").
"""

from __future__ import annotations

from bisect import bisect_left

from ..text.tokens import DASHES
from .period_state import PeriodState
from .periods import Period
from .time_expr import TimeExpr
from .timed import Timed

WHEN_CLAUSE = "the time its 'когда' clause tells of"


class OwnTime(PeriodState):
    """The choice of a figure's own expression among those its sentence places."""

    def _choose(self, sentence: int, start: int, clause: int) -> tuple[Timed | None, str]:
        """The figure's own expression: its clause's, then its segment's, then the sentence's opening."""
        when = self._when_named(sentence, clause)
        if when is not None:
            return when, WHEN_CLAUSE
        for found, why in (
            (self.placed.clause(clause), "its own clause"),
            (self.placed.segment(clause), "the clauses sharing its verb"),
            (self._opening_before(sentence, start), "the opening of its sentence"),
            (self._stated_before(sentence, start), "its sentence before it"),
            (self._joined_predicate(clause), "the predicate joined to its own by 'и'"),
        ):
            mine = [
                t
                for t in self.placed.near(found, start)
                if (t.cue is None or t.cue < start < t.expr.start or self._base_after(t, start))
                and self._span_covers(t, start)
                and not self._bracketed_aside(t, start)
                and not self._labels_next(t, sentence, start)
                and not self._dates_noun_after(t, start)
            ]
            if mine:
                based = [t for t in mine if t.cue is not None]  # "против 24 млн тонн в 2021 году": the
                if based:  # figure is the base itself, whatever its clause stated before it
                    return based[0], why
                before = [t for t in mine if t.expr.end <= start]
                if not self.dated:  # "в рамках кампании 2023 года на текущий момент собрано …" undated:
                    before = [t for t in before if not t.expr.now] or before  # "now" is in that year
                return (before[-1] if before else mine[0]), why
        return None, ""

    def _dates_noun_after(self, t: Timed, start: int) -> bool:
        """ "трех домов, начатых в 2023 году": a date in a participle phrase after the figure tells when
        the thing it counts began, not the figure's time."""
        return start < t.expr.start and self._participle_dated(t.expr)

    def _when_named(self, sentence: int, clause: int) -> Timed | None:
        """ "меньше, чем в 2022 году, когда восстановили лишь 280 километров": a clause opened by
        "когда" tells of the time named right before it, a comparison's base or not."""
        opener = clause + (self.doc.words[clause] in (",", "—", "–"))
        starts = self.layout.starts(sentence)
        k = bisect_left(starts, clause)
        if self.doc.word(opener) != "когда" or k == 0:
            return None
        named = [t for t in self.placed.clause(starts[k - 1]) if t.expr.end == clause]
        return named[-1] if named else None

    def _base_after(self, t: Timed, start: int) -> bool:
        """The figure right after a compared time is that time's value: "40,9 ц/га против прошлогодней
        в 29,5 ц/га", "против прошлогодних 3,2 млн т" — its period, while the figure before keeps
        the time as the base it is compared with; so is a figure alone in brackets right after any
        compared time ("что превышает прирост 2023 г. (3,1%)"), not one measured against something
        else there ("ниже, чем в 2024 году (75,8% от добычи)")."""
        if t.cue is None or t.expr.end > start:
            return False
        between = self.doc.words[t.expr.end : start]
        if between == ["("]:
            bracket = self.layout.tokens(self.layout.clause(start))
            return all(self.doc.pos(k) != "PREP" for k in range(start, bracket.stop))
        if self.doc.words[t.cue] != "против" or not t.cue < t.expr.start <= start - 1:
            return False
        return all(w in ("в", "во") for w in between)

    def _labels_next(self, t: Timed, sentence: int, start: int) -> bool:
        """An expression after the figure that a dash joins to the next one names that one's time:
        "Урожайность составила 43 ц/га, годом ранее – 39 ц/га"."""
        end = t.expr.end
        if t.expr.start < start or self.doc.word(end) not in DASHES:
            return False
        return any(end < s <= end + 2 for s in self.in_sentence.get(sentence, []))

    def _opening_before(self, sentence: int, start: int) -> list[Timed]:
        """What opens a clause of the sentence before the figure: a year opening a later clause frames
        that clause, not the figure before it ("… достиг 87%, тогда как в 2019 году он составлял 71%")."""
        return [t for t in self.placed.opening(sentence) if t.expr.end <= start and not t.expr.still]

    def _stated_before(self, sentence: int, start: int) -> list[Timed]:
        """What an earlier clause of the sentence states ("Программа рассчитана до 2029 года, общий
        объём её финансирования — 200 млрд тенге"): the frame moves within a sentence too."""
        return [t for t in self._stated(sentence) if t.expr.end <= start][-1:]

    def _respective(self, t: TimeExpr, sentence: int, start: int) -> Period | None:
        """ "в 2022 и 2023 годах введено 380 и 420 тыс. кв. м соответственно": the years of a
        sentence that says "соответственно", one to each figure after them, in order."""
        after = self._shared_out(t, sentence)
        if after is None or start not in after:
            return None
        return Period.year(t.years[0] + after.index(start)) if t.years is not None else None

    def _span_covers(self, t: Timed, start: int) -> bool:
        """ "за три года" covers the change told after it ("увеличился на 29,5%"), not a figure before
        it, nor the level reached at its end ("и достиг 56,5%", "до 45%"), which is the frame's; "за
        время действия программы" covers only the years of a programme the text has stated."""
        if not t.expr.span:
            return True
        if t.expr.count is None and self.programme is None:
            return False  # "за время действия программы" with no programme's years stated: it says nothing
        before = self.doc.word(start - 1)
        return t.expr.end <= start and before != "до" and not before.startswith("достиг")

    def _joined_predicate(self, clause: int) -> list[Timed]:
        """The year of the predicate that shares the figure's subject, joined to its own by "и", in the
        same tense: "Инвестиции увеличатся в 5 раз и составят 737 млрд тенге в 2025 году" — both are
        the 2025 figures, not the programme's span."""
        after = self.layout.next_clause(clause)
        if after is None or self.doc.words[after] != "и" or self.layout.verb(after) != after + 1:
            return []
        if self.tense.plans(clause) != self.tense.plans(after):
            return []
        return [t for t in self.placed.clause(after) if t.cue is None and not t.expr.span]
