"""The summary at the top of the report, as HTML tables: figures by place and year with their money,
plan against actual per place, the most frequent subjects and the places named most."""

from __future__ import annotations

from collections import Counter
from html import escape

from ..values import money
from .overview import NO_PLACE, Cell, Overview

PLACES = 12  # rows of the place tables; the rest are summed into "other places"
YEARS = 10  # columns of the pivot; earlier years are summed into "earlier"
SUBJECTS = 15
OTHER_PLACES = "(other places)"
EARLIER = "(earlier)"


def by_place(overview: Overview) -> str:
    """The summary's opening: figures by place and year, with their money."""
    return (
        '<h2 id="by-place">Figures by place and year</h2>\n<p class="note">Figures (numeric facts) by the'
        " place and period the texts tie them to; beneath each count, the money amounts stated, added up."
        f"</p>\n{pivot(overview)}"
    )


def details(overview: Overview) -> str:
    """The summary after the charts: plan against actual, subjects, places named."""
    return (
        f'<h2 id="plan">Plan against actual</h2>\n{plan_actual(overview)}'
        f'<div class="pair"><div><h2 id="subjects">Most frequent subjects</h2>\n{subjects(overview)}'
        f'</div><div><h2 id="places">Places named most</h2>\n{mentions(overview)}</div></div>\n'
    )


def pivot(overview: Overview) -> str:
    """Place × year: the number of figures, and beneath it the money they state per currency."""
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
    """Per place, the figures said to be planned and those said to have happened, with their money."""
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


def _table(head: tuple[str, ...], rows: str) -> str:
    if not rows:
        return '<p class="note">None.</p>\n'
    cells = "".join(f"<th>{h}</th>" for h in head)
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{rows}</tbody></table>\n"


def _merge(into: Cell, cell: Cell) -> None:
    into.facts += cell.facts
    for currency, total in cell.money.items():
        into.money[currency] += total


def _cell(cell: Cell | None) -> str:
    """The count, and the two largest money totals beneath it."""
    if cell is None or not cell.facts:
        return "<td></td>"
    sums = Counter({c: abs(v) for c, v in cell.money.items()}).most_common(2)
    lines = "".join(f"<br><small>{escape(money(cell.money[c], c))}</small>" for c, _ in sums)
    others = len(cell.money) - 2
    more = f"<br><small>+{others} {'currency' if others == 1 else 'currencies'}</small>" if others > 0 else ""
    return f"<td>{cell.facts}{lines}{more}</td>"
