"""The figure before and the reader's frame, the last indicator named: what a figure that names
nothing of its own measures ("41,6 млрд руб. (60,3%)", "Из них иностранцев — 45 тыс.")."""

from __future__ import annotations

from ..draft import Draft
from ..text.doc import Doc
from .cues import Cue
from .layout import Layout
from .scene import PARTITIVES, part_of

NEAR = 5  # tokens between two figures for the second to measure what the first does
GERUND = 8  # the same through a gerund of change: ", увеличившись с начала года на 14%"
SHARE_REACH = 8  # tokens before a share where "из них" may stand
WAGE = "average_wage"
PAY_CAP = 10_000_000  # a monthly wage is below this in any currency; a branch's output is far above
PAID_IN = frozenset(  # the branches of the economy a wage may be paid in
    {
        "industrial_output",
        "manufacturing_output",
        "mining_output",
        "agricultural_output",
        "construction_volume",
        "retail_trade",
        "freight",
        "energy_output",
        "budget_revenue",  # no branch: an income of a wage's size after wages is the pay ("доход — 206 тыс.")
    }
)


class Previous:
    """What the figures read so far leave for the next one: the end token and indicator of the figure
    before (`last`), and the last indicator named (`frame`)."""

    def __init__(self, doc: Doc, layout: Layout) -> None:
        self.doc = doc
        self.layout = layout
        self.last: tuple[int, str | None] | None = None
        self.frame: str | None = None

    def record(self, d: Draft, chosen: str | None, counted: bool) -> None:
        """A figure read: a count that measures nothing ("три региона — СКО (25,7%)") is no base for the
        figure after it."""
        self.last = None if counted and chosen is None else (d.end, chosen)
        self.frame = chosen or self.frame

    def paid(self, d: Draft) -> bool:
        """A sum of a wage's size after wages: a branch named with it is where the pay is, not what the
        sum measures ("в промышленности зарплата — 420 тыс. тенге, в строительстве — 350 тыс.")."""
        value = d.fields.get("value") or d.fields.get("high")
        return d.kind == "money" and self.frame == WAGE and value is not None and value < PAY_CAP

    def part_of_last(self, d: Draft) -> bool:
        """A part "из них" of the figure before, which named the frame: "900 тыс. туристов. Из них
        иностранцев — 45 тыс." (not of a count that measured nothing: "33 библиотеки, из них 9 СДК")."""
        last = self.last
        named = last is not None and last[1] is not None and last[1] == self.frame
        return named and part_of(self.doc, self.layout, d, SHARE_REACH)

    def of_last(self, d: Draft) -> bool:
        """A share "из них" of the figure before, which named the frame: "640 млрд тенге инвестиций.
        Почти половина из них…" (not of a count that measured nothing: "100 объектов, 58% из которых")."""
        of = self.doc.word(d.end) == "из" and self.doc.word(d.end + 1) in PARTITIVES
        return of and self.last is not None and self.last[1] == self.frame

    def gerund(self, d: Draft) -> bool:
        """A gerund between the figure before and this one: the change it tells is of that figure
        ("составили 21 трлн тенге, увеличившись с начала года на 14%")."""
        last = self.last
        between = range(last[0], d.start) if last is not None and d.start - last[0] <= GERUND else range(0)
        return any(self.doc.pos(i) == "GRND" for i in between)

    def measured(self, d: Draft, near_cues: list[tuple[Cue, int, int]], near: int = NEAR) -> str | None:
        """The indicator of the figure right before this one in its sentence, which this one measures
        too ("41,6 млрд руб. (60,3%)"), unless a cue stands between: "…, а безработица — 1,9%"; "" when
        that figure measures nothing ("ущерб составил 2,3 млрд тенге, что на 15% больше", a percentage or
        multiplier then comparing with it); None when there is no such figure."""
        last = self.last
        if last is None or not self.doc.same_sentence(last[0], d.start) or d.start - last[0] > near:
            return None
        if any(not c.weak and last[0] <= s and e <= d.start for c, s, e in near_cues):
            return None
        return last[1] or ""
