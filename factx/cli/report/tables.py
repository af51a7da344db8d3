"""The summary at the top of the report, as HTML tables: the panel (one row per indicator, measure,
place, period and modality, values exact), figures by place and year, plan against actual per place,
the most frequent subjects and the places named most. Nothing is added up: counts of figures only."""

from __future__ import annotations

from html import escape
from typing import Any

from ...context.cues import taxonomy
from .numbers import panel_value, ru_amount
from .overview import NO_PLACE, Cell, Overview

PLACES = 12  # rows of the place tables; the rest are summed into "other places"
YEARS = 10  # columns of the pivot; earlier years are summed into "earlier"
SUBJECTS = 15
PANEL_ROWS = 1000  # the rest are in `factx table`
SOURCES_NAMED = 3  # documents named in a row's tooltip
MEASURES = {"level": "уровень", "change": "изменение", "index": "индекс", "share": "доля"}
MODALITIES = {"actual": "факт", "plan": "план"}
DIRECTIONS = {"up": "↑ рост", "down": "↓ снижение"}
OTHER_PLACES = "(other places)"
EARLIER = "(earlier)"


def panel(rows: list[dict[str, Any]]) -> str:
    """The report's opening: one row per indicator, measure, place, period and modality."""
    note = (
        '<p class="note">One row per indicator, measure, place, period and modality, with the value the'
        " sources state (their median, exact) in its unit and currency; values are never added up."
        " <code>factx table</code> writes this panel to CSV, Parquet or Excel.</p>\n"
    )
    if not rows:
        return f'<h2 id="panel">Panel</h2>\n{note}<p class="note">No figure has an indicator.</p>\n'
    head = (
        "indicator",
        "measure",
        "place",
        "period",
        "modality",
        "value",
        "direction",
        "compared to",
        "sources",
    )
    body = "".join(_panel_row(r) for r in rows[:PANEL_ROWS])
    more = len(rows) - PANEL_ROWS
    tail = f'<p class="note">{more} more rows: see <code>factx table</code>.</p>\n' if more > 0 else ""
    # The panel scrolls in a box of its own, so that the charts below it stay on the first screen.
    return f'<h2 id="panel">Panel</h2>\n{note}<div class="scroll">{_table(head, body, "panel")}</div>{tail}'


def _panel_row(row: dict[str, Any]) -> str:
    indicator = taxonomy()[row["indicator"]]
    values = ", ".join(ru_amount(v) for v in sorted(set(row["values"])))
    named = sorted({s["doc"] for s in row["sources"]})
    docs = ", ".join(named[:SOURCES_NAMED]) + (
        f" … +{len(named) - SOURCES_NAMED}" if len(named) > SOURCES_NAMED else ""
    )
    conflict = ' <span class="conflict" title="the sources differ by more than 1%">conflict</span>'
    cells = (
        f'<td title="{escape(row["indicator"])}">{escape(indicator.name)}</td>',
        f"<td>{MEASURES.get(row['measure'] or '', '')}</td>",
        f"<td>{escape(row['place'] or '')}</td>",
        f"<td>{escape(row['period'] or '')}</td>",
        f"<td>{MODALITIES.get(row['modality'] or '', '')}</td>",
        f'<td class="num" title="{escape(values)}">{escape(panel_value(row))}</td>',
        f"<td>{DIRECTIONS.get(row['direction'] or '', '')}</td>",
        f"<td>{escape(row['compared_to'] or '')}</td>",
        f'<td title="{escape(docs)}">{row["n_sources"]}{conflict if row["conflict"] else ""}</td>',
    )
    return f"<tr>{''.join(cells)}</tr>"


def by_place(overview: Overview) -> str:
    """Figures by place and year, counted."""
    return (
        '<h2 id="by-place">Figures by place and year</h2>\n<p class="note">Figures (numeric facts) by the'
        f" place and period the texts tie them to.</p>\n{pivot(overview)}"
    )


def details(overview: Overview) -> str:
    """The summary after the charts: plan against actual, subjects, places named."""
    return (
        f'<h2 id="plan">Plan against actual</h2>\n{plan_actual(overview)}'
        f'<div class="pair"><div><h2 id="subjects">Most frequent subjects</h2>\n{subjects(overview)}'
        f'</div><div><h2 id="places">Places named most</h2>\n{mentions(overview)}</div></div>\n'
    )


def pivot(overview: Overview) -> str:
    """Place × year: the number of figures."""
    years = overview.years()
    shown = [y for y in years if y[0].isdigit()][-YEARS:]
    columns = ([EARLIER] if len(shown) < len([y for y in years if y[0].isdigit()]) else []) + [
        y for y in years if y in shown or not y[0].isdigit()
    ]
    places = overview.places(PLACES)
    grid: dict[tuple[str, str], Cell] = {}
    for (place, year), cell in overview.pivot.items():
        row = place if place in places else OTHER_PLACES
        column = year if year in columns else EARLIER
        _merge(grid.setdefault((row, column), Cell()), cell)
        _merge(grid.setdefault((row, "total"), Cell()), cell)
    rows = [*places, *([OTHER_PLACES] if any(r == OTHER_PLACES for r, _ in grid) else [])]
    head = "".join(f"<th>{escape(c)}</th>" for c in ["place", *columns, "total"])
    body = "".join(
        f"<tr><th>{escape(r)}</th>{''.join(_cell(grid.get((r, c))) for c in [*columns, 'total'])}</tr>"
        for r in rows
    )
    return f'<table class="pivot"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n'


def plan_actual(overview: Overview) -> str:
    """Per place, the figures said to be planned and those said to have happened."""
    places = [p for p in overview.places(PLACES) if p != NO_PLACE]
    modalities = ("plan", "actual", "unstated")
    rows = "".join(
        f"<tr><th>{escape(p)}</th>{''.join(_cell(overview.modality.get((p, m))) for m in modalities)}</tr>"
        for p in places
        if any((p, m) in overview.modality for m in ("plan", "actual"))
    )
    if not rows:
        return '<p class="note">No figure is marked as planned or as actual yet.</p>\n'
    head = "<th>place</th><th>plan</th><th>actual</th><th>unstated</th>"
    return f'<table class="pivot"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>\n'


def subjects(overview: Overview) -> str:
    rows = "".join(
        f"<tr><td>{escape(s)}</td><td>{n}</td><td>{len(overview.subject_places[s] - {NO_PLACE})}</td></tr>"
        for s, n in overview.subjects.most_common(SUBJECTS)
    )
    return _table(("subject", "figures", "places"), rows)


def mentions(overview: Overview) -> str:
    rows = "".join(
        f"<tr><td>{escape(p)}</td><td>{n}</td></tr>" for p, n in overview.mentions.most_common(SUBJECTS)
    )
    return _table(("place", "mentions"), rows)


def _table(head: tuple[str, ...], rows: str, css: str = "") -> str:
    if not rows:
        return '<p class="note">None.</p>\n'
    cells = "".join(f"<th>{h}</th>" for h in head)
    table = f'<table class="{css}">' if css else "<table>"
    return f"{table}<thead><tr>{cells}</tr></thead><tbody>{rows}</tbody></table>\n"


def _merge(into: Cell, cell: Cell) -> None:
    into.facts += cell.facts


def _cell(cell: Cell | None) -> str:
    return "<td></td>" if cell is None or not cell.facts else f"<td>{cell.facts}</td>"
