"""factx on Dask: a Dask DataFrame of documents in, a Dask DataFrame of facts out, partition by partition.

Each partition goes through factx's Arrow core (factx/io/arrow.py) and comes back with Arrow-backed
pandas columns. The result's `meta` is given, so Dask never calls factx on a dummy partition to guess
it, and every partition has the same column types: a partition without facts writes the same Parquet
schema as one with. Each worker process builds one Extractor and keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable

from .extras import missing

try:
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa
except ImportError as err:
    raise missing("dask", "factx.dask needs dask and pandas") from err

from .io.arrow import RESULT_SCHEMA, Work, text_work


def meta() -> pd.DataFrame:
    """An empty frame with the result's columns and types: SPEC's Parquet columns, and `error`."""
    return RESULT_SCHEMA.empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def extract_facts(
    ddf: dd.DataFrame,
    text_col: str = "text",
    doc_col: str = "doc",
    date_col: str | None = None,
    kinds: Iterable[str] | None = None,
    *,
    keep_boilerplate: bool = False,
    ner: bool = False,
) -> dd.DataFrame:
    """The facts of a Dask DataFrame with one document per row, each text read as `factx.analyse_text`
    reads it; a document that failed is one row holding its `doc` and `error`. `date_col` (date,
    timestamp or "YYYY-MM-DD") is the document's date. The work runs in the input's partitions:
    have a few per worker."""
    columns, work = text_work(text_col, doc_col, date_col, kinds, keep_boilerplate, ner)
    facts: dd.DataFrame = ddf[columns].map_partitions(partition_facts, work, meta=meta())
    return facts


def partition_facts(frame: pd.DataFrame, work: Work) -> pd.DataFrame:
    """The result rows of one pandas partition, by `work` from `text_work`."""
    batch = pa.RecordBatch.from_pandas(frame, preserve_index=False)
    table = pa.Table.from_batches(list(work([batch])), schema=RESULT_SCHEMA)
    return table.to_pandas(types_mapper=pd.ArrowDtype)
