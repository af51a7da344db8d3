"""The report's charts: Vega-Lite specifications rendered to SVG by vl-convert, inline in the page.

vl-convert carries Vega-Lite and its renderer with it, so nothing is fetched when the report is
written or viewed; the first chart of a process costs a few seconds of start-up, the others little.
"""

from __future__ import annotations

import re
from typing import Any

from ...extras import require
from ...registry import BY_NAME, KINDS
from ..values import amount, currency_word
from .overview import NO_PLACE, NO_YEAR, Overview

BAR = "#4c78a8"
MODALITY_COLOURS = {"actual": "#4c78a8", "plan": "#f58518", "unstated": "#bab0ac"}
_XMLNS = re.compile(r' xmlns(?::\w+)?="[^"]*"')
_LONG_DECIMALS = re.compile(r"(\d\.\d\d)\d+")  # coordinates to a hundredth of a pixel: a third smaller
# The SVG's text is laid out by vl-convert and drawn by the browser: one font for both keeps labels
# inside the chart (DejaVu Sans is on most Linux systems, and CI installs it).
FONT = "DejaVu Sans, Verdana, sans-serif"
# Axis labels with Russian scale words, as the bars' own labels ("2 трлн", "300 млрд").
SCALED = (
    " : ".join(
        f"datum.value >= {10**p} ? format(datum.value / {10**p}, '~g') + ' {w}'"
        for p, w in ((12, "трлн"), (9, "млрд"), (6, "млн"), (3, "тыс."))
    )
    + " : format(datum.value, '~g')"
)
Spec = dict[str, Any]


def charts(overview: Overview) -> list[tuple[str, str]]:
    """(title, inline SVG) of each chart the data allows: money by place, figures by year, kinds."""
    specs = [*_money_specs(overview), _years_spec(overview), _kinds_spec(overview)]
    return [(title, svg(spec)) for title, spec in specs if spec is not None]


def require_vl_convert() -> None:
    """MissingExtra, naming factx[report], when vl-convert is not installed: asked before the report's
    documents are read, not after."""
    require("vl_convert", "report", "the report's charts need vl-convert")


def svg(spec: Spec) -> str:
    """The chart as an <svg> element for an HTML page (namespace declarations are not needed inline)."""
    import vl_convert as vlc

    config = {"font": FONT, "view": {"stroke": None}, "axis": {"labelLimit": 200}, "padding": 8}
    drawn = vlc.vegalite_to_svg({**spec, "config": config})
    return _LONG_DECIMALS.sub(r"\1", _XMLNS.sub("", drawn))


def _money_specs(overview: Overview) -> list[tuple[str, Spec | None]]:
    """A bar per place, one chart for each of the two currencies most written about."""
    specs: list[tuple[str, Spec | None]] = []
    for currency in overview.currencies()[:2]:
        totals = overview.money_by_place(currency)
        top = sorted(totals, key=lambda p: (p == NO_PLACE, -totals[p], p))[:12]
        rows = [{"place": p, "total": float(totals[p]), "label": amount(totals[p])} for p in top]
        word = currency_word(currency)
        specs.append((f"Money by place, {word}", _bars(rows, "place", "total", f"sum, {word}")))
    return specs


def _years_spec(overview: Overview) -> tuple[str, Spec | None]:
    """Figures per year with a stated period, stacked by plan, actual and unstated."""
    rows = [
        {"year": y, "modality": m, "figures": n} for (y, m), n in overview.timeline.items() if y != NO_YEAR
    ]
    if not rows:
        return "Figures over time", None
    modalities = list(MODALITY_COLOURS)
    spec = {
        "width": 440,
        "height": 180,
        "data": {"values": rows},
        "mark": "bar",
        "encoding": {
            "x": {
                "field": "year",
                "type": "ordinal",
                "sort": overview.years(),
                "title": None,
                "axis": {"labelAngle": 0},
            },
            "y": {"field": "figures", "type": "quantitative", "title": "figures"},
            "color": {
                "field": "modality",
                "type": "nominal",
                "scale": {"domain": modalities, "range": [MODALITY_COLOURS[m] for m in modalities]},
                "title": None,
            },
            "order": {"field": "modality"},
        },
    }
    return "Figures over time", spec


def _kinds_spec(overview: Overview) -> tuple[str, Spec | None]:
    """Facts per kind in the registry's order, each bar in the kind's highlight colour."""
    kinds = sorted(overview.kinds, key=lambda k: (k not in KINDS, KINDS.index(k) if k in KINDS else 0, k))
    rows = [{"kind": k, "facts": n, "label": str(n)} for k, n in overview.kinds.items()]
    colour = {
        "field": "kind",
        "type": "nominal",
        "scale": {"domain": kinds, "range": [BY_NAME[k].colour if k in BY_NAME else BAR for k in kinds]},
        "legend": None,
    }
    return "Facts per kind", _bars(rows, "kind", "facts", "facts", colour, order=kinds)


def _bars(
    rows: list[Spec], category: str, value: str, title: str, colour: Spec | None = None, order: Any = "-x"
) -> Spec | None:
    """Horizontal bars, largest first unless `order` lists the categories, each labelled with its
    rounded value; None without rows."""
    if not rows:
        return None
    # A screen reader hears "Астана: 6.93 трлн", not the raw number Vega would put in aria-label.
    described = [{**row, "about": f"{row[category]}: {row['label']}"} for row in rows]
    bar: Spec = {
        "mark": {"type": "bar", "color": BAR, "stroke": "#777", "strokeWidth": 0.5},
        "encoding": {"description": {"field": "about"}, **({"color": colour} if colour else {})},
    }
    label = {
        "mark": {"type": "text", "align": "left", "dx": 3, "aria": False},
        "encoding": {"text": {"field": "label"}},
    }
    axis = {"labelExpr": SCALED, "tickCount": 5}
    x = {"field": value, "type": "quantitative", "title": title, "axis": axis}
    return {
        "width": 320,
        "data": {"values": described},
        "encoding": {"y": {"field": category, "type": "nominal", "sort": order, "title": None}, "x": x},
        "layer": [bar, label],
    }
