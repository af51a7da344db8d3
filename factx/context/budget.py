"""A budget for a year ("бюджет на 2024 год", "доходы казны на 2025 год") is a plan until it is
executed. What a text says of its revenue, spending or deficit is planned, however its verb tells the
news of the law that set it ("доходы бюджета на 2024 год выросли на 2,3 млрд", "приняли бюджет на
2023 год. Его доходная часть — 274,6 млрд"), unless the sentence tells of execution ("исполнен",
"поступило") or names a time other than the budget's year ("за январь–сентябрь", "в 2023 году").
A budget for a year the text's date has passed is told executed.
"""

from __future__ import annotations

import datetime as dt

from ..draft import Draft
from ..text.doc import Doc
from ..vocab import stems
from .time_expr import TimeExpr

BACK = 8  # tokens before "на 2024 год" where the budget's noun may stand ("доходы бюджета области на …")


class Budgets:
    """The years of the budgets a text names, and whether a figure's sentence speaks of one."""

    def __init__(self, doc: Doc, times: list[TimeExpr], date: dt.date | None) -> None:
        self.doc = doc
        self.budgeted = [t for t in times if self._budget_year(t)]
        if date is not None and all(t.years and t.years[1] < date.year for t in self.budgeted):
            self.budgeted = []  # "бюджет на 2016 год" in 2017: what it did, not what it plans
        self.others: dict[int, bool] = {}  # sentence → whether it names a time no budget's
        for t in times:
            sentence = doc.sentence_of[t.start]
            self.others[sentence] = self.others.get(sentence, False) or t not in self.budgeted

    def _budget_year(self, t: TimeExpr) -> bool:
        """ "бюджет … на 2024 год": a year written out after "на", a budget's noun shortly before."""
        doc = self.doc
        if t.years is None or doc.word(t.start - 1) != "на":
            return False
        return any(self._fiscal(i) for i in doc.window(t.start - 1, before=BACK))

    def planned(self, d: Draft) -> bool:
        """A sum whose sentence speaks of a budget's revenue, spending or deficit (nouns: "в бюджетной
        сфере" is no budget), in a text that names a budget for a year, and neither tells of
        execution nor names another time."""
        if d.kind != "money" or not self.budgeted:
            return False
        doc, sentence = self.doc, self.doc.sentence_of[d.start]
        if self.others.get(sentence, False):
            return False
        tokens = doc.sentence_tokens(sentence)
        executed = stems("context/budget_execution_words.txt")
        told_executed = any(doc.words[i].startswith(executed) for i in tokens)
        return not told_executed and any(self._fiscal(i) for i in tokens)

    def _fiscal(self, i: int) -> bool:
        """A noun naming a budget or its parts: "бюджета", "доходы", "дефицит"."""
        readings = self.doc.readings(i)
        return (
            self.doc.words[i].startswith(stems("context/budget_nouns.txt"))
            and bool(readings)
            and readings[0].tag.POS == "NOUN"
        )
