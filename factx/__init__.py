"""factx: typed facts from Russian-language news."""

import datetime as dt
import os
from collections.abc import Iterable
from functools import cache

from .facts import (
    ChangeFact,
    Fact,
    MoneyFact,
    MultiplierFact,
    PercentFact,
    PlaceFact,
    QuantityFact,
    ShareFact,
)
from .io.batch import Document, analyse_text, extract_paths
from .io.export import COLUMNS, to_csv, to_frame, to_jsonl
from .numbers import parse_number
from .panel import panel_rows, to_panel
from .pipeline import Analysis, Extractor
from .registry import KINDS
from .trace import Explanation


def __getattr__(name: str) -> str:
    """`factx.__version__`, read from the installed package's metadata when first asked: importing
    importlib.metadata costs a fifth of factx's own import time."""
    if name != "__version__":
        raise AttributeError(f"module 'factx' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factx")
    except PackageNotFoundError:  # a source tree on sys.path that was never installed
        return "0+unknown"


def extract(text: str, kinds: Iterable[str] | None = None, date: dt.date | None = None) -> list[Fact]:
    """The facts of `text`, sorted by start; one shared Extractor loads the dictionaries once. `date`
    is the document's date, against which "в прошлом году" is resolved."""
    return _shared().extract(text, kinds, date)


def explain(text: str, kinds: Iterable[str] | None = None, date: dt.date | None = None) -> Explanation:
    """The facts of `text` with the rules that made them, and the candidates that were turned down."""
    return _shared().explain(text, kinds, date)


def to_parquet(items: Iterable[Document], out: str | os.PathLike[str]) -> int:
    """Write one Parquet row per fact, in CSV's columns with numbers as exact strings; return the count.
    (pyarrow loads here, not with factx.)"""
    from .io.arrow import to_parquet as write

    return write(items, out)


@cache
def _shared() -> Extractor:
    return Extractor()


__all__ = [
    "COLUMNS",
    "KINDS",
    "Analysis",
    "ChangeFact",
    "Document",
    "Explanation",
    "Extractor",
    "Fact",
    "MoneyFact",
    "MultiplierFact",
    "PercentFact",
    "PlaceFact",
    "QuantityFact",
    "ShareFact",
    "__version__",
    "analyse_text",
    "explain",
    "extract",
    "extract_paths",
    "panel_rows",
    "parse_number",
    "to_csv",
    "to_frame",
    "to_jsonl",
    "to_panel",
    "to_parquet",
]
