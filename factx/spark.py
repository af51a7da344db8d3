"""factx on Spark: a DataFrame of documents in, a DataFrame of facts out, through `mapInArrow`.

The Python workers run factx's Arrow core (factx/io/arrow.py), so a row gives the facts that the same
text or file gives locally. Each worker process builds one Extractor and keeps it for every task
(Spark reuses Python workers). The result has SPEC's Parquet columns and `error`: a document that
failed is one row holding its `doc` and `error` and nothing else; `split` parts the two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import partial, reduce

from .extras import missing

try:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql import functions as F
except ImportError as err:
    raise missing("spark", "factx.spark needs pyspark (and Java 17)") from err

from .io.arrow import RESULT_SCHEMA, files_to_facts, text_work
from .io.reader import SUFFIXES
from .registry import check_kinds

_SPARK_TYPES = {pa.string(): "STRING", pa.int64(): "BIGINT", pa.bool_(): "BOOLEAN"}
RESULT_DDL = ", ".join(f"`{f.name}` {_SPARK_TYPES[f.type]}" for f in RESULT_SCHEMA)
# Spark's binaryFile source fails the whole job on a file over 2 GB; larger than this is an error row.
MAX_FILE_BYTES = 1 << 30
# The suffixes of files read in folders, in either case, as a glob: Spark then never opens the others.
_GLOB = "*.{" + ",".join("".join(f"[{c}{c.upper()}]" for c in s[1:]) for s in sorted(SUFFIXES)) + "}"


def extract_facts(
    df: DataFrame,
    text_col: str = "text",
    doc_col: str = "doc",
    date_col: str | None = None,
    kinds: Iterable[str] | None = None,
    *,
    keep_boilerplate: bool = False,
    ner: bool = False,
) -> DataFrame:
    """The facts of a DataFrame with one document per row, each text read as `factx.analyse_text`
    reads it. `date_col` (date, timestamp or "YYYY-MM-DD") is the document's date. The work runs in
    the input's partitions: repartition a frame with fewer partitions than cores first."""
    columns, work = text_work(text_col, doc_col, date_col, kinds, keep_boilerplate, ner)
    return df.select(*columns).mapInArrow(work, RESULT_DDL)


def extract_files(
    files: DataFrame,
    kinds: Iterable[str] | None = None,
    *,
    date: dt.date | None = None,
    keep_boilerplate: bool = False,
    ner: bool = False,
) -> DataFrame:
    """The facts of files as `read_files` gives them (doc, length, content): read as bytes by Spark and
    decoded on the workers by factx's reader, so a folder gives the rows `factx extract` gives it, `doc`
    included. `date` stands for the date of files whose page or header gives none."""
    chosen = None if kinds is None else check_kinds(kinds)
    work = partial(files_to_facts, date=date, kinds=chosen, keep_boilerplate=keep_boilerplate, ner=ner)
    small = files.filter(F.col("length") <= MAX_FILE_BYTES).select("doc", "content")
    large = files.filter(F.col("length") > MAX_FILE_BYTES).select(
        "doc", F.format_string("too large for Spark's binaryFile source (%d bytes)", "length").alias("error")
    )
    return small.mapInArrow(work, RESULT_DDL).unionByName(large, allowMissingColumns=True)


def read_files(spark: SparkSession, paths: Sequence[str]) -> DataFrame:
    """One row per file to read (doc, length, content: read only when needed), chosen as `factx extract`
    chooses them: a named file whatever its extension, in folders the files of the suffixes it reads.
    `doc` is the path relative to the PATH argument; a named file keeps the path as given. Paths are
    any Hadoop path or URI (file:, hdfs:, s3a:…); a missing one raises FileNotFoundError. Spark skips
    the names that start with "_" (as `_SUCCESS`), which `factx extract` would read."""
    frames = []
    for path in paths:
        root, is_dir = _qualified(spark, path)
        reader = spark.read.format("binaryFile")
        if not is_dir:
            frames.append(reader.load(path).withColumn("doc", F.lit(path)))
            continue
        found = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", _GLOB).load(path)
        frames.append(found.withColumn("doc", F.expr(f"substring(path, {len(root) + 2})")))
    return reduce(DataFrame.unionByName, (f.select("doc", "length", "content") for f in frames))


def _qualified(spark: SparkSession, path: str) -> tuple[str, bool]:
    """The path as Spark writes it in the `path` column (file:/…, s3a://…), and whether it is a folder;
    a missing path raises FileNotFoundError."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None, "a classic Spark session (Spark Connect has no JVM here)"
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    fs = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    if not fs.exists(hadoop_path):
        raise FileNotFoundError(path)
    return str(fs.makeQualified(hadoop_path).toString()).rstrip("/"), bool(fs.isDirectory(hadoop_path))


def split(result: DataFrame) -> tuple[DataFrame, DataFrame]:
    """(facts, errors): the fact rows in SPEC's Parquet columns, and (doc, error) of the documents that
    failed. Each is computed from `result` again: persist it first when both are needed."""
    facts = result.filter(F.col("error").isNull()).drop("error")
    errors = result.filter(F.col("error").isNotNull()).select("doc", "error")
    return facts, errors
