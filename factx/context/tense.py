"""What a figure's clause tells of time: a plan, what happened, how things stand now.

The period reader asks this of a clause several times (each branch of its choice), so the answers
are kept per clause.
"""

from __future__ import annotations

from ..text.doc import Doc
from ..vocab import words
from .clause_signal import clause_signal
from .layout import Layout
from .timed import happened


class ClauseTense:
    """Per-clause answers, worked out once: plan, told in the past, standing now."""

    def __init__(self, doc: Doc, layout: Layout) -> None:
        self.doc, self.layout = doc, layout
        self.planned: dict[int, bool] = {}  # clause → whether it (with its segment before it) says plan
        self.now: dict[int, bool] = {}  # clause → whether a verb of how things stand is in it

    def plans(self, clause: int) -> bool:
        """The clause (with its segment before it) says plan."""
        if clause not in self.planned:
            tokens = range(self.layout.segment(clause), self.layout.tokens(clause).stop)
            self.planned[clause] = clause_signal(self.doc, tokens) == "plan"
        return self.planned[clause]

    def told_past(self, clause: int) -> bool:
        """The clause tells what happened: a past verb, or a short participle of a finished act
        ("построены", "расселено") that is no plan word ("предусмотрено", "запланировано")."""
        if happened(self.doc, self.layout, clause):
            return True
        return happened(self.doc, self.layout, clause, done=True) and not self.plans(clause)

    def stands_now(self, clause: int) -> bool:
        """The figure's clause (or the clause whose verb it shares) says how things stand now
        ("функционирует", "насчитывается": context/state_verbs.txt)."""
        if clause not in self.now:
            verbs = words("context/state_verbs.txt")
            layout = self.layout
            clauses = {clause, layout.segment(clause)}
            self.now[clause] = any(self.doc.words[i] in verbs for c in clauses for i in layout.tokens(c))
        return self.now[clause]
