"""Time expressions placed in a text's clauses, and what the period reader finds for a figure."""

from __future__ import annotations

from dataclasses import dataclass

from .layout import nearest_few
from .periods import Period
from .times import TimeExpr


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
    deadline: bool = (
        False  # the period is a deadline's frame ("до конца 2026 года построят …"), for plans only
    )
    results: bool = False  # the period is a frame of results over whole years ("итоги за 2025 год")

    def of(self, modality: str) -> tuple[Period | None, str]:
        """The period for a figure of this modality, and why: a deadline frames plans, not what
        already happened ("за пять лет выросло" after "до конца 2026 года построят")."""
        if self.deadline and modality != "plan":
            return None, "period None: a deadline frames plans only"
        if self.results and modality == "plan":  # "об итогах за 2025 год … создадут 4 тыс. мест"
            return None, "period None: a plan lies past the results its frame reports"
        return self.period, self.why


NEAR = 6  # expressions considered on each side of a figure


def around(timed: list[Timed], token: int, starts: dict[int, list[int]]) -> list[Timed]:
    """The expressions (in text order) nearest to a token, a few on each side."""
    return nearest_few(timed, token, starts, lambda t: t.expr.start, NEAR)


def frames_unfigured(t: Timed) -> bool:
    """Whether a period stated in a sentence without figures frames those after it: one that opens
    its clause ("В 2021–2025 годах по программе …") or a span of years ("программа рассчитана на
    2021–2025 годы"). A date after the verb of such a sentence dates an event ("Старт намечен на
    2024 год", "контракты, заключенные в 2025 году") and leaves the frame alone."""
    years = t.expr.years
    return t.framing or (years is not None and years[0] < years[1])
