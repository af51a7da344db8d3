"""`factx spark PATH... -o OUT.parquet`: the facts of `factx extract`, computed by a Spark cluster.

Files are read by Spark's binaryFile source and decoded on the workers by factx's reader. The output is
a Parquet folder (Spark writes one part per task) in SPEC's columns; it is written under a temporary
name beside OUT and renamed when whole, so a failed run leaves any previous OUT as it was.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sys
import time
import warnings
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

# Task sizes for article-sized files: a task reads at most 32 MB (about 100 s of work per core), a
# file counts as 64 KB more than its size, and there are at least 4 tasks per core to balance them.
_DEFAULTS = {
    "spark.sql.files.maxPartitionBytes": "32m",
    "spark.sql.files.openCostInBytes": "64k",
}
_TASKS_PER_CORE = 4


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], kinds: argparse.ArgumentParser
) -> None:
    """`factx spark`, with the --kinds, --date, --keep-boilerplate and --ner of `factx extract`."""
    p = sub.add_parser(
        "spark", parents=[kinds], help="facts of files and folders on a Spark cluster, as a Parquet folder"
    )
    p.add_argument("paths", nargs="+", metavar="PATH_OR_URI", help="files or folders: local, hdfs:, s3a:…")
    p.add_argument("-o", "--output", required=True, metavar="OUT.parquet", help="Parquet folder (path, URI)")
    p.add_argument("--master", help="local[2], yarn, spark://host:7077, k8s://… (default: Spark's own)")
    p.add_argument(
        "--conf", action="append", default=[], type=_conf, metavar="KEY=VALUE", help="a Spark setting"
    )
    p.add_argument("--errors", metavar="ERRORS.parquet", help="also write the files that failed (doc, error)")
    p.set_defaults(handler=run)


def _conf(value: str) -> tuple[str, str]:
    key, sep, setting = value.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"not KEY=VALUE: {value!r}")
    return key.strip(), setting


def run(args: argparse.Namespace) -> int:
    """Read, extract, write; name each failed file on stderr. Exit status 1 when some failed."""
    from .main import UsageError
    from .progress import print_summary

    try:
        from pyspark import StorageLevel

        from ..spark import extract_files, read_files, split
    except ImportError:
        raise UsageError("needs pyspark: pip install 'factx[spark]' (and Java 17)") from None
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        raise UsageError("Spark needs Java 17: put java on the PATH or set JAVA_HOME")

    # factx hands Spark no pandas: pyspark's warning about pandas 3 does not concern this run.
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas", FutureWarning)
    started = time.monotonic()
    spark, owned = session(args.master, dict(args.conf))
    try:
        try:
            files = read_files(spark, args.paths)
        except FileNotFoundError as err:
            raise UsageError(f"no such file or folder: {err}") from None
        count = files.count()
        result = extract_files(
            files, args.kinds, date=args.date, keep_boilerplate=args.keep_boilerplate, ner=args.ner
        ).persist(StorageLevel.DISK_ONLY)  # kept between the writes: the extraction runs once
        facts, errors = split(result)
        write_parquet(spark, facts, args.output)
        if args.errors:
            write_parquet(spark, errors, args.errors)
        kinds, failed = tally(result)
        result.unpersist()
    finally:
        if owned:
            spark.stop()
    for doc, error in failed:
        print(f"factx: {doc}: {error}", file=sys.stderr)
    print_summary(count, kinds, len(failed), time.monotonic() - started)
    return 1 if failed else 0


def tally(result: DataFrame) -> tuple[Counter[str], list[tuple[str, str]]]:
    """Facts by kind and the (doc, error) of each failed file, in one job: one row per kind, the failed
    files being the rows without one."""
    from pyspark.sql import functions as F

    failure = F.when(F.col("error").isNotNull(), F.struct("doc", "error"))
    rows = result.groupBy("kind").agg(F.count("*").alias("n"), F.collect_list(failure).alias("failed"))
    kinds: Counter[str] = Counter()
    failed: list[tuple[str, str]] = []
    for row in rows.collect():
        if row["kind"] is not None:
            kinds[row["kind"]] = row["n"]
        failed += [(f["doc"], f["error"]) for f in row["failed"]]
    return kinds, sorted(failed)


def session(master: str | None, conf: dict[str, str]) -> tuple[SparkSession, bool]:
    """A Spark session with factx's task sizes unless `conf` says otherwise, and whether it is new (and
    so to be stopped). A local master runs its workers on this interpreter, the one that has factx."""
    from pyspark.sql import SparkSession

    if master is None or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    owned = SparkSession.getActiveSession() is None
    builder = SparkSession.builder.appName("factx")
    if master:
        builder = builder.master(master)
    progress = {"spark.ui.showConsoleProgress": str(sys.stderr.isatty()).lower()}  # as `factx extract`
    for key, value in {**_DEFAULTS, **progress, **conf}.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    if "spark.sql.files.minPartitionNum" not in conf:
        tasks = _TASKS_PER_CORE * spark.sparkContext.defaultParallelism
        spark.conf.set("spark.sql.files.minPartitionNum", str(tasks))
    return spark, owned


def write_parquet(spark: SparkSession, frame: DataFrame, out: str) -> None:
    """Write `frame` as a Parquet folder at `out`: under a temporary name beside it, then renamed over it
    (through Hadoop's file system, so `out` may be any URI Spark writes to)."""
    sc = spark.sparkContext
    jvm = sc._jvm
    assert jvm is not None, "a classic Spark session"
    target = jvm.org.apache.hadoop.fs.Path(out)
    fs = target.getFileSystem(sc._jsc.hadoopConfiguration())
    name = f".{target.getName()}.{secrets.token_hex(6)}.part"
    tmp = jvm.org.apache.hadoop.fs.Path(target.getParent(), name)
    try:
        frame.write.parquet(str(tmp.toString()))
        if fs.exists(target):
            fs.delete(target, True)
        if not fs.rename(tmp, target):
            raise OSError(f"could not rename {tmp.toString()} to {out}")
    finally:
        if fs.exists(tmp):
            fs.delete(tmp, True)
