"""One row per figure across documents: the panel an analyst joins with official statistics.

A row is one (indicator, measure, place, period, modality) in one unit and currency: figures in
different currencies or units that do not convert stay in rows of their own, since a panel never
adds what does not add up. Each document that states the figure is one source (the same text saved
twice is two); `value` is the median of the sources' values, `conflict` says they differ by more
than 1%. Figures with no indicator are not in the panel; place and period may be empty.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from typing import Any

from .facts import Fact
from .io.document import Document
from .vocab import table

COLUMNS = (
    "indicator",
    "measure",
    "place",
    "place_iso",
    "place_kato",
    "place_okato",
    "period",
    "modality",
    "value",
    "unit",
    "currency",
    "direction",
    "compared_to",
    "n_sources",
    "conflict",
    "values",
    "sources",
)
KEY = ("indicator", "measure", "place", "period", "modality", "unit", "currency")
CONFLICT = Decimal("0.01")
HUNDRED = Decimal(100)
SIGNS = {"+": "up", "-": "down", "−": "down"}
Key = tuple[str | None, ...]


@cache
def _conversions() -> dict[str, tuple[str, Decimal]]:
    """Units that convert to another one: ц → т × 0.1."""
    return {r["unit"]: (r["canonical"], Decimal(r["factor"])) for r in table("indicators/unit_factors.tsv")}


def _amount(fact: Fact) -> tuple[Decimal, str | None, str | None] | None:
    """A figure's value in its canonical unit, with that unit and currency; None when it has none."""
    kind = fact.kind
    if kind == "change":
        value, low, high = getattr(fact, "after", None), None, None
    else:
        value, low, high = (getattr(fact, k, None) for k in ("value", "low", "high"))
    if value is None and low is not None and high is not None:
        value = (low + high) / 2  # a range stands at its middle
    if value is None:
        return None
    unit: str | None = getattr(fact, "unit", None)
    if kind == "percent":
        unit = "п.п." if getattr(fact, "points", False) else "%"
    elif kind == "share":
        value, unit = value * HUNDRED, "%"
    elif kind == "multiplier":
        unit = "раз"
    if unit in _conversions():
        unit, factor = _conversions()[unit]
        value *= factor
    return value, unit, getattr(fact, "currency", None)


class _Row:
    """The sources of one row as they come in."""

    def __init__(self, fact: Fact) -> None:
        self.first = fact
        self.entries: list[tuple[int, Decimal]] = []  # (document number, value)
        self.sources: list[dict[str, Any]] = []
        self.directions: list[str] = []
        self.compared: list[str] = []

    def add(self, number: int, value: Decimal, fact: Fact, doc: Document) -> None:
        if (number, value) not in self.entries:
            self.entries.append((number, value))
        self.sources.append({"doc": doc.path, "sentence": fact.sentence, "text": doc.context(fact)})
        direction = getattr(fact, "direction", None) or SIGNS.get(fact.text[:1])  # "+36,5 млрд тенге"
        if direction:
            self.directions.append(direction)
        compared = getattr(fact, "compared_to", None)
        if compared:
            self.compared.append(compared)

    def row(self, key: Key) -> dict[str, Any]:
        values = [v for _, v in self.entries]
        low, high = min(values), max(values)
        first = self.first
        row = {
            **dict(zip(KEY, key, strict=True)),
            **{k: getattr(first, k, None) for k in ("place_iso", "place_kato", "place_okato")},
            "value": Decimal(statistics.median(values)),
            "direction": _most_common(self.directions),
            "compared_to": _most_common(self.compared),
            "n_sources": len({n for n, _ in self.entries}),
            "conflict": high - low > CONFLICT * max(abs(low), abs(high)),
            "values": values,
            "sources": self.sources,
        }
        return {c: row[c] for c in COLUMNS}


def _most_common(found: list[str]) -> str | None:
    return max(found, key=found.count) if found else None


class Panel:
    """The panel built document by document (the report adds documents as they stream by)."""

    def __init__(self) -> None:
        self._rows: dict[Key, _Row] = {}
        self._documents = 0

    def add(self, doc: Document) -> None:
        """A document, or a part of one: parts after the first count with their file."""
        self._documents += doc.part == 0
        if doc.error is not None:
            return
        for fact in doc.facts:
            indicator = getattr(fact, "indicator", None)
            amount = _amount(fact) if indicator else None
            if amount is None:
                continue
            value, unit, currency = amount
            context = (getattr(fact, k, None) for k in ("measure", "place", "period", "modality"))
            key = (indicator, *context, unit, currency)
            self._rows.setdefault(key, _Row(fact)).add(self._documents, value, fact, doc)

    def rows(self) -> list[dict[str, Any]]:
        """The rows as dicts with the keys of COLUMNS, sorted by indicator, measure, place, period."""
        ordered = sorted(self._rows.items(), key=lambda item: tuple(v or "" for v in item[0]))
        return [r.row(key) for key, r in ordered]


def panel_rows(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """The panel as a list of dicts with the keys of COLUMNS."""
    panel = Panel()
    for doc in documents:
        panel.add(doc)
    return panel.rows()


def to_panel(documents: Iterable[Document]) -> Any:
    """The panel as a pandas DataFrame when pandas is installed (`values` and `sources` hold lists),
    else as `panel_rows`' list of dicts."""
    rows = panel_rows(documents)
    try:
        import pandas as pd
    except ImportError:
        return rows
    return pd.DataFrame(rows, columns=list(COLUMNS))


def wide(rows: list[dict[str, Any]], indicator: str) -> list[dict[str, Any]]:
    """One indicator's rows pivoted: a row per place (and measure, modality, unit, currency, so that
    nothing unlike shares a cell), a column per period holding the value."""
    periods = sorted({r["period"] or "" for r in rows if r["indicator"] == indicator})
    index = ("place", "measure", "modality", "unit", "currency")
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in rows:
        if r["indicator"] == indicator:
            line = found.setdefault(tuple(r[k] for k in index), {k: r[k] for k in index})
            line[r["period"] or ""] = r["value"]
    return [{**line, **{p: line.get(p) for p in periods}} for _, line in sorted(found.items(), key=_order)]


def _order(item: tuple[tuple[Any, ...], dict[str, Any]]) -> tuple[str, ...]:
    return tuple(str(v or "") for v in item[0])
