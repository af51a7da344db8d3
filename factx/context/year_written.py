"""The year an undated article was written in, when its own words tell it: "с начала 2018 года"
counts up to the time of writing (not a record's reach, "максимум с начала 2019 года", which looks
back past it)."""

from __future__ import annotations

from ..text.doc import Doc
from ..vocab import stems
from .layout import Layout
from .time_expr import TimeExpr


def year_written_in(doc: Doc, layout: Layout, times: list[TimeExpr]) -> int | None:
    """The year an undated article was written in, from "с начала 2018 года"; not from the extent of
    a record ("стал максимумом по крайней мере с начала 2019 года"), which looks back past it."""
    years = {
        t.years[0] for t in times if t.since_start and t.years is not None and not _record(doc, layout, t)
    }
    return years.pop() if len(years) == 1 else None


def _record(doc: Doc, layout: Layout, t: TimeExpr) -> bool:
    """The expression's clause names a record ("максимум", "рекордный", "самый высокий")."""
    clause = layout.clause(t.start)
    return any(w.startswith(stems("context/record_words.txt")) for w in doc.words[clause : t.start])
