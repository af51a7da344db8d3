"""factx: typed facts from Russian-language news."""

from collections.abc import Iterable
from datetime import date
from functools import cache

from .batch import Document, extract_paths
from .export import COLUMNS, to_csv, to_frame, to_jsonl
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
from .numbers import parse_number
from .pipeline import Analysis, Extractor


def extract(text: str, kinds: Iterable[str] | None = None, doc_date: date | None = None) -> list[Fact]:
    """The facts of `text`, sorted by start; one shared Extractor loads the dictionaries once."""
    return _shared().extract(text, kinds, doc_date)


@cache
def _shared() -> Extractor:
    return Extractor()


__all__ = [
    "COLUMNS",
    "Analysis",
    "ChangeFact",
    "Document",
    "Extractor",
    "Fact",
    "MoneyFact",
    "MultiplierFact",
    "PercentFact",
    "PlaceFact",
    "QuantityFact",
    "ShareFact",
    "extract",
    "extract_paths",
    "parse_number",
    "to_csv",
    "to_frame",
    "to_jsonl",
]
