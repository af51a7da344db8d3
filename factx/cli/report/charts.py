"""The report's charts: Vega-Lite specifications rendered to SVG by vl-convert, inline in the page.

vl-convert carries Vega-Lite and its renderer with it, so nothing is fetched when the report is
written or viewed; the first chart of a process costs a few seconds of start-up, the others little.
"""

from __future__ import annotations

import re
from typing import Any

from ...context.cues import taxonomy
from ...extras import require
from ...registry import BY_NAME, KINDS
from ..values import currency_word
from .numbers import panel_value
from .overview import NO_YEAR, Overview

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
INDICATOR_CHARTS = 4
MODALITY_WORDS = {"actual": "факт", "plan": "план"}
COUNT_AXIS = {"tickMinStep": 1, "format": "d"}  # a count has no half


def charts(overview: Overview, rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(title, inline SVG) of each chart the data allows: the panel's levels per indicator, figures
    by year, facts per kind."""
    specs = [*_indicator_specs(rows), _years_spec(overview), _kinds_spec(overview)]
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


def _indicator_specs(rows: list[dict[str, Any]]) -> list[tuple[str, Spec | None]]:
    """A chart for each indicator most written about: its levels by place and period, in the unit,
    currency and modality most of its rows have, so that every bar is the same kind of figure."""
    levels: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["measure"] == "level":
            levels.setdefault(row["indicator"], []).append(row)
    specs: list[tuple[str, Spec | None]] = []
    for indicator in sorted(levels, key=lambda k: (-len(levels[k]), k))[:INDICATOR_CHARTS]:
        groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        for row in levels[indicator]:
            groups.setdefault((row["unit"], row["currency"], row["modality"]), []).append(row)
        (unit, currency, modality), chosen = max(groups.items(), key=lambda g: len(g[1]))
        top = sorted(chosen, key=lambda r: -r["value"])[:12]
        bars = [
            {
                "where": f"{r['place'] or '—'}, {r['period'] or '—'}",
                "value": float(r["value"]),
                "label": panel_value(r),
            }
            for r in top
        ]
        word = currency_word(currency) if currency else unit or ""
        counts = (
            currency is None and unit not in ("%", "раз") and all(r["value"] == int(r["value"]) for r in top)
        )
        title = (
            f"{taxonomy()[indicator].name}: {word}, {MODALITY_WORDS.get(modality, 'модальность не указана')}"
        )
        specs.append((title, _bars(bars, "where", "value", word, counts=counts)))
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
            "y": {"field": "figures", "type": "quantitative", "title": "figures", "axis": COUNT_AXIS},
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
    return "Facts per kind", _bars(rows, "kind", "facts", "facts", colour, order=kinds, counts=True)


def _bars(
    rows: list[Spec],
    category: str,
    value: str,
    title: str,
    colour: Spec | None = None,
    order: Any = "-x",
    counts: bool = False,
) -> Spec | None:
    """Horizontal bars, largest first unless `order` lists the categories, each labelled with its
    value; ticks at whole numbers for `counts`; None without rows."""
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
    axis = {"labelExpr": SCALED, "tickCount": 5, **({"tickMinStep": 1} if counts else {})}
    x = {"field": value, "type": "quantitative", "title": title, "axis": axis}
    return {
        "width": 320,
        "data": {"values": described},
        "encoding": {"y": {"field": category, "type": "nominal", "sort": order, "title": None}, "x": x},
        "layer": [bar, label],
    }
