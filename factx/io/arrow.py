"""The engine-neutral Arrow core: one schema for the fact columns, and record batches of documents
turned into record batches of facts, for Parquet files, Spark's mapInArrow and Dask partitions alike.

Numbers are exact decimal strings, as JSONL writes them: an engine's decimal type would round a third
(Spark's decimal(38,18)) or fail on a value with more than 18 integer digits. Every worker process
uses one cached Extractor (`shared_extractor`), built on its first document.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice
from typing import Any

from ..extras import missing

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as err:
    raise missing("parquet", "Parquet output needs pyarrow") from err

from .batch import Document, analyse_bytes, analyse_text
from .export import COLUMNS, atomic_path, decimal_text, records

NUMBER_COLUMNS = frozenset({"value", "low", "high", "before", "after"})
_TYPES = {"start": pa.int64(), "end": pa.int64(), "sentence": pa.int64(), "points": pa.bool_()}
SCHEMA = pa.schema([pa.field(name, _TYPES.get(name, pa.string())) for name in COLUMNS])
# What an engine gets back: the fact columns, and `error`, set on the one row of a document that failed.
RESULT_SCHEMA = SCHEMA.append(pa.field("error", pa.string()))
BATCH_ROWS = 8192  # facts per output batch: bounds a worker's memory whatever the input batch holds

Row = dict[str, Any]
Work = Callable[[Iterable[pa.RecordBatch]], Iterator[pa.RecordBatch]]  # what an engine runs on a worker


def fact_rows(docs: Iterable[Document]) -> Iterator[Row]:
    """The rows of `records` (the CSV/JSONL rows) with numbers as exact decimal strings."""
    for row in records(docs):
        for name in NUMBER_COLUMNS:
            if row[name] is not None:
                row[name] = decimal_text(row[name])
        yield row


def result_rows(docs: Iterable[Document]) -> Iterator[Row]:
    """Fact rows with `error` empty, and one row with `doc` and `error` for each document that failed."""
    for doc in docs:
        if doc.error is not None:
            yield {"doc": doc.path, "error": doc.error}
        yield from fact_rows([doc])


def to_batches(rows: Iterable[Row], schema: pa.Schema = RESULT_SCHEMA) -> Iterator[pa.RecordBatch]:
    """Rows in record batches of at most BATCH_ROWS; a missing key is null."""
    it = iter(rows)
    while chunk := list(islice(it, BATCH_ROWS)):
        yield pa.RecordBatch.from_pylist(chunk, schema=schema)


def to_parquet(docs: Iterable[Document], out: str | os.PathLike[str]) -> int:
    """Write one Parquet row per fact, columns as CSV's (SCHEMA), atomically; return the row count."""
    count = 0
    with atomic_path(out) as tmp, pq.ParquetWriter(tmp, SCHEMA) as writer:
        for batch in to_batches(fact_rows(docs), SCHEMA):
            writer.write_batch(batch)
            count += batch.num_rows
    return count


def texts_to_facts(
    batches: Iterable[pa.RecordBatch],
    *,
    text_col: str = "text",
    doc_col: str = "doc",
    date_col: str | None = None,
    kinds: Iterable[str] | None = None,
    keep_boilerplate: bool = False,
    ner: bool = False,
) -> Iterator[pa.RecordBatch]:
    """Batches of documents (one text per row) to batches of RESULT_SCHEMA, each text read as
    `analyse_text` reads it; a date in `date_col` (a date, a timestamp or "YYYY-MM-DD") wins over the
    header's. A null text or an unreadable date is that document's error."""
    kinds = None if kinds is None else frozenset(kinds)

    def analyse(row: Row) -> list[Document]:
        doc, text = "" if row[doc_col] is None else str(row[doc_col]), row[text_col]
        if text is None:
            return [Document(doc, error="no text (null)")]
        date = row[date_col] if date_col else None
        try:
            day = _as_date(date)
        except ValueError:
            return [Document(doc, error=f"not a date: {date!r}")]
        return [analyse_text(text, doc, day, kinds, keep_boilerplate, ner=ner)]

    return _results(batches, analyse)


def text_work(
    text_col: str,
    doc_col: str,
    date_col: str | None,
    kinds: Iterable[str] | None,
    keep_boilerplate: bool,
    ner: bool,
) -> tuple[list[str], Work]:
    """For an engine: the input columns that `texts_to_facts` reads, and the function it runs on a
    worker (kinds checked here, on the driver, so that an unknown kind fails before any work)."""
    from ..registry import check_kinds

    work = partial(
        texts_to_facts,
        text_col=text_col,
        doc_col=doc_col,
        date_col=date_col,
        kinds=None if kinds is None else check_kinds(kinds),
        keep_boilerplate=keep_boilerplate,
        ner=ner,
    )
    return [text_col, doc_col, *([date_col] if date_col else [])], work


def files_to_facts(
    batches: Iterable[pa.RecordBatch],
    *,
    content_col: str = "content",
    doc_col: str = "doc",
    date: dt.date | None = None,
    kinds: Iterable[str] | None = None,
    keep_boilerplate: bool = False,
    ner: bool = False,
) -> Iterator[pa.RecordBatch]:
    """Batches of files (their bytes, and their name relative to the PATH argument) to batches of
    RESULT_SCHEMA, each decoded, parted and analysed as `extract_paths` does the file."""
    kinds = None if kinds is None else frozenset(kinds)

    def analyse(row: Row) -> list[Document]:
        doc, data = str(row[doc_col]), row[content_col]
        return analyse_bytes(data, doc, kinds, date=date, keep_boilerplate=keep_boilerplate, ner=ner)

    return _results(batches, analyse)


def _results(
    batches: Iterable[pa.RecordBatch], analyse: Callable[[Row], list[Document]]
) -> Iterator[pa.RecordBatch]:
    docs = (doc for batch in batches for row in batch.to_pylist() for doc in analyse(row))
    return to_batches(result_rows(docs))


def _as_date(value: object) -> dt.date | None:
    """A document's date from a column: date, timestamp, ISO string or null."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
