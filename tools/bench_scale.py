"""`make bench`, at scale: factx on Spark (local[N]) and on Dask (N worker processes) beside
`factx extract --jobs N`, on the RuREBus texts, for N = 1 and 2.

Each run is a fresh process. Its fixed cost (engine start-up, then a first tiny job that starts the
workers and builds their Extractors) is timed apart from the work, so that throughput is characters
per second of work and start-up is what every run costs, whatever its size.

    python tools/bench_scale.py [--corpus RUREBUS.jsonl]     # every engine, 1 and 2 workers
    python tools/bench_scale.py --run spark 2 RUREBUS.jsonl  # one run, as JSON (used by the above)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUREBUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "rurebus_texts.jsonl"
TASKS_PER_WORKER = 4  # partitions per worker: long and short documents even out
WARM_TEXT = "Выручка в Казани выросла на 5%."
Timings = dict[str, float]


def spark_run(corpus: Path, workers: int) -> Timings:
    """Spark local[N] reading the JSONL itself: one file is one partition unless the partition size
    is set, so it is set to give TASKS_PER_WORKER partitions per worker."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    start = time.perf_counter()
    from pyspark.sql import SparkSession

    from factx.spark import extract_facts

    part_bytes = corpus.stat().st_size // (TASKS_PER_WORKER * workers) + 1
    spark = (
        SparkSession.builder.master(f"local[{workers}]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.files.maxPartitionBytes", str(part_bytes))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter()
    warm = spark.createDataFrame([(str(k), WARM_TEXT) for k in range(workers)], "doc STRING, text STRING")
    extract_facts(warm.repartition(workers)).write.format("noop").mode("overwrite").save()
    warmed = time.perf_counter()
    docs = spark.read.schema("doc STRING, text STRING").json(str(corpus))  # doc: null where absent
    extract_facts(docs).write.format("noop").mode("overwrite").save()
    done = time.perf_counter()
    spark.stop()
    return {"startup": started - start, "first_job": warmed - started, "work": done - warmed}


def dask_run(corpus: Path, workers: int) -> Timings:
    """Dask's process scheduler on a pool of N worker processes, kept from the first job to the next."""
    start = time.perf_counter()
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import dask
    import dask.dataframe as dd
    import pandas as pd

    from factx.dask import extract_facts

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    with pool, dask.config.set(scheduler="processes", pool=pool):
        started = time.perf_counter()
        warm = pd.DataFrame({"doc": [str(k) for k in range(workers)], "text": [WARM_TEXT] * workers})
        extract_facts(dd.from_pandas(warm, npartitions=workers)).compute()
        warmed = time.perf_counter()
        frame = pd.read_json(corpus, lines=True)
        frame["doc"] = frame.index.astype(str)
        ddf = dd.from_pandas(frame, npartitions=TASKS_PER_WORKER * workers, sort=False)
        extract_facts(ddf).compute()
        done = time.perf_counter()
    return {"startup": started - start, "first_job": warmed - started, "work": done - warmed}


def jobs_run(corpus: Path, workers: int) -> Timings:
    """`factx extract FOLDER --jobs N` on the texts as files; its fixed cost is a run on one small file."""
    with tempfile.TemporaryDirectory() as tmp:
        one, every = Path(tmp) / "one", Path(tmp) / "every"
        one.mkdir()
        (one / "a.txt").write_text(WARM_TEXT, encoding="utf-8")
        every.mkdir()
        with corpus.open(encoding="utf-8") as lines:
            for k, line in enumerate(lines):
                (every / f"{k:05d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
        fixed = _cli_seconds(one, workers)
        whole = _cli_seconds(every, workers)
    return {"startup": fixed, "first_job": 0.0, "work": whole - fixed}


def _cli_seconds(folder: Path, workers: int) -> float:
    out = folder.parent / f"{folder.name}.csv"
    command = [sys.executable, "-m", "factx", "extract", str(folder), "-o", str(out)]
    command += ["--jobs", str(workers)]
    start = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


RUNS: dict[str, Callable[[Path, int], Timings]] = {
    "factx --jobs": jobs_run,
    "Spark local[N]": spark_run,
    "Dask processes": dask_run,
}


def scale_runs(corpus: Path, workers: tuple[int, ...] = (1, 2)) -> None:
    """Every engine with 1 and 2 workers, each in a fresh process; a table and the 1→2 speed-up."""
    chars = sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8"))
    print(f"\nat scale: {corpus.name}, {chars:,} characters; each run a fresh process")
    heads = ("workers", 8), ("start-up s", 12), ("1st job s", 11), ("work s", 9), ("M chars/s", 11)
    print(f"{'engine':16}" + "".join(f"{h:>{w}}" for h, w in heads) + f"{'per worker':>12}")
    for engine in RUNS:
        speeds = []
        for n in workers:
            t = _in_subprocess(engine, n, corpus)
            speed = chars / t["work"] / 1e6
            speeds.append(speed)
            print(
                f"{engine:16}{n:>8}{t['startup']:>12.1f}{t['first_job']:>11.1f}{t['work']:>9.1f}"
                f"{speed:>11.3f}{speed / n:>12.3f}"
            )
        print(f"{'':16}{'':>8}  {workers[0]}→{workers[-1]} workers: throughput ×{speeds[-1] / speeds[0]:.2f}")


def _in_subprocess(engine: str, workers: int, corpus: Path) -> Timings:
    command = [sys.executable, __file__, "--run", engine, str(workers), str(corpus)]
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    timings: Timings = json.loads(out.stdout.strip().splitlines()[-1])
    return timings


def main(argv: list[str] | None = None) -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--corpus", type=Path, default=RUREBUS, help="JSONL with a text per line")
    parser.add_argument("--run", nargs=3, metavar=("ENGINE", "N", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        engine, n, corpus = args.run
        print(json.dumps(RUNS[engine](Path(corpus), int(n))))
        return 0
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: pass --corpus", file=sys.stderr)
        return 2
    scale_runs(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
