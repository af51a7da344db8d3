"""`factx table PATH... -o panel.csv|.parquet|.xlsx [--wide INDICATOR]`: the panel of factx/panel.py.

CSV, Parquet and Excel hold the same columns; numbers are exact decimal strings in CSV and Parquet
and numbers in Excel; `values` and `sources` are JSON text, one list each, so a spreadsheet shows
them and a program reads them back. The file appears whole or not at all.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from ..context.cues import taxonomy
from ..extras import require
from ..panel import COLUMNS, wide

FORMATS = (".csv", ".parquet", ".xlsx")
NEEDS = {
    ".parquet": ("pyarrow", "parquet", "Parquet output needs pyarrow"),
    ".xlsx": ("openpyxl", "xlsx", "Excel output needs openpyxl"),
}


def add_parser(sub: Any, parents: list[argparse.ArgumentParser], handler: Callable[..., int]) -> None:
    p = sub.add_parser("table", parents=parents, help="one row per figure across documents (the panel)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="panel.csv, .parquet or .xlsx")
    p.add_argument("--wide", metavar="INDICATOR", help="one indicator pivoted: place × period")
    p.set_defaults(handler=handler)


def check(output: str, indicator: str | None) -> str | None:
    """What is wrong with the arguments, before any file is read."""
    suffix = os.path.splitext(output)[1].lower()
    if suffix not in FORMATS:
        return f"cannot tell the format of {output}: name it {', '.join(FORMATS)}"
    if indicator is not None and indicator not in taxonomy():
        return f"unknown indicator {indicator!r}; known: {', '.join(taxonomy())}"
    if suffix in NEEDS:
        require(*NEEDS[suffix])  # MissingExtra: one line naming the extra, before any file is read
    return None


def write_panel(rows: list[dict[str, Any]], output: str, indicator: str | None = None) -> int:
    """Write the panel (or one indicator's wide pivot) to `output`; return the number of rows."""
    table = wide(rows, indicator) if indicator else rows
    columns = list(table[0]) if indicator and table else list(COLUMNS)
    cells = [[_cell(line.get(c)) for c in columns] for line in table]
    suffix = os.path.splitext(output)[1].lower()
    with _atomic(output) as temporary:
        if suffix == ".csv":
            _csv(temporary, columns, cells)
        elif suffix == ".xlsx":
            _xlsx(temporary, columns, table)
        else:
            _parquet(temporary, columns, cells)
    return len(table)


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return _plain(value)
    if isinstance(value, list):
        return json.dumps([_plain(v) if isinstance(v, Decimal) else v for v in value], ensure_ascii=False)
    return str(value)


def _plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 76000000000, 5.6."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _csv(path: str, columns: list[str], cells: list[list[str | None]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        writer.writerows([["" if c is None else c for c in line] for line in cells])


def _parquet(path: str, columns: list[str], cells: list[list[str | None]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = {c: [line[k] for line in cells] for k, c in enumerate(columns)}
    typed: dict[str, Any] = {c: pa.array(v, pa.string()) for c, v in data.items()}
    if "n_sources" in data:
        typed["n_sources"] = pa.array([int(v) if v else None for v in data["n_sources"]], pa.int64())
        typed["conflict"] = pa.array([v == "true" for v in data["conflict"]], pa.bool_())
    pq.write_table(pa.table(typed), path)


def _xlsx(path: str, columns: list[str], table: list[dict[str, Any]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(columns)
    for line in table:
        sheet.append([_excel(line.get(c)) for c in columns])
    book.save(path)


def _excel(value: Any) -> Any:
    """Numbers as numbers (Excel holds 15 digits: the CSV keeps every one), lists as JSON text."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list):
        return _cell(value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value  # never a formula
    return value


@contextmanager
def _atomic(output: str) -> Iterator[str]:
    folder = os.path.dirname(os.path.abspath(output))
    fd, temporary = tempfile.mkstemp(prefix=".factx-", suffix=os.path.splitext(output)[1], dir=folder)
    os.close(fd)
    try:
        yield temporary
        os.replace(temporary, output)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
