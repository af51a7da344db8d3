"""Facts as CSV, JSONL or a pandas DataFrame, in SPEC's columns; files appear whole or not at all."""

from __future__ import annotations

import csv
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..extras import missing
from ..facts import Fact
from .batch import Document

if TYPE_CHECKING:
    import pandas as pd

COLUMNS: tuple[str, ...] = (
    "doc", "kind", "text", "start", "end", "sentence", "value", "low", "high", "qualifier", "unit",
    "currency", "points", "direction", "before", "after", "name", "type", "canonical", "subject",
    "place", "period", "period_start", "period_end", "modality", "compared_to", "indicator", "measure",
    "place_iso", "place_kato", "place_okato", "region", "region_iso", "context",
)  # fmt: skip

# A spreadsheet runs a cell starting with these as a formula (tab and CR too, in some programs).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Items = Iterable[Document] | Iterable[Fact]
Out = str | os.PathLike[str] | TextIO


def records(items: Items) -> Iterator[dict[str, Any]]:
    """One dict per fact with the keys of COLUMNS. A bare Fact has no doc and no context."""
    for item in items:
        if isinstance(item, Document):
            for fact in item.facts:
                yield _record(fact, item.path, item.context(fact))
        else:
            yield _record(item, "", "")


def _record(fact: Fact, doc: str, context: str) -> dict[str, Any]:
    row = {name: getattr(fact, name, None) for name in COLUMNS}  # a kind's record lacks others' fields
    row["doc"] = doc
    row["context"] = context
    return row


def decimal_text(number: Decimal | float | int, *, comma: bool = False) -> str:
    """A number in plain decimal notation, never in exponent form: 7.6E+10 → "76000000000"."""
    if isinstance(number, int):
        return str(number)
    if isinstance(number, float):
        number = Decimal(repr(number))
    if not number.is_finite():
        return str(number)
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if comma else text


def _csv_cell(value: Any, excel: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return decimal_text(value, comma=excel)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _json_value(value: Any) -> Any:
    if isinstance(value, float | Decimal):
        return decimal_text(value)  # a string: JSON readers turn numbers into floats
    return value


def to_csv(items: Items, out: Out, *, excel: bool = False) -> int:
    """Write one row per fact (RFC 4180, UTF-8) to a path or an open text stream; return the row count.

    excel=True writes what Russian-locale Excel opens as intended: a BOM, ';' between cells and a
    decimal comma (with a point Excel would read "5.6" as a date).
    """
    count = 0
    with open_output(out, bom=excel) as stream:
        writer = csv.writer(stream, delimiter=";" if excel else ",", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in records(items):  # its values are in the order of COLUMNS
            # most cells are empty or a word written as it is: those skip the call
            writer.writerow(
                [
                    ""
                    if v is None
                    else v
                    if type(v) is str and v[:1] not in _FORMULA_START
                    else _csv_cell(v, excel)
                    for v in row.values()
                ]
            )
            count += 1
    return count


def to_jsonl(items: Items, out: Out) -> int:
    """Write one JSON object per fact, keys as COLUMNS, decimals as strings; return the count."""
    count = 0
    with open_output(out, bom=False) as stream:
        for row in records(items):
            stream.write(json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False))
            stream.write("\n")
            count += 1
    return count


def to_frame(items: Items) -> pd.DataFrame:
    """A pandas DataFrame with the columns of COLUMNS; numbers stay exact Decimal objects."""
    try:
        import pandas as pd
    except ImportError as err:
        raise missing("pandas", "factx.to_frame needs pandas") from err
    return pd.DataFrame(list(records(items)), columns=list(COLUMNS))


@contextmanager
def open_output(out: Out, *, bom: bool = False) -> Iterator[TextIO]:
    """A path is written atomically; an open stream is written to as it is."""
    if isinstance(out, str | os.PathLike):
        with atomic_write(out, encoding="utf-8-sig" if bom else "utf-8", newline="") as stream:
            yield stream
    else:
        if bom:
            out.write("\ufeff")
        yield out
        out.flush()


@contextmanager
def atomic_write(
    path: str | os.PathLike[str], *, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[TextIO]:
    """A text file that appears at `path` only when the block ends without an exception (`atomic_path`).
    Unencodable characters (lone surrogates) become '?'."""
    with atomic_path(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for any file
        with os.fdopen(fd, "w", encoding=encoding, errors="replace", newline=newline) as stream:
            yield stream


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary name in the same folder for the block to write; renamed over `path` when the block
    ends without an exception, so an error or Ctrl-C leaves any previous file as it was."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.part")  # secrets would load hmac
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        with suppress(OSError):
            shutil.copymode(target, tmp)  # a replaced file keeps its permissions
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
