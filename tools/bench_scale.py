"""`make bench`, at scale: factx on Spark (local[N]) and on Dask (N worker processes) beside
`factx extract --jobs N`, on the RuREBus texts, for N = 1 and 2.

Each run is a fresh process. Its fixed cost (engine start-up, then a first tiny job that starts the
workers and builds their Extractors) is timed apart from the work, so that throughput is characters
per second of work and start-up is what every run costs, whatever its size. Throughput is given per
wall-clock second (how the workers scale) and per CPU second of all the run's processes (the cost
of a core, which other work on a shared machine does not inflate).

    python tools/bench_scale.py [--corpus RUREBUS.jsonl]     # every engine, 1 and 2 workers
    python tools/bench_scale.py --run "Spark local[N]" 2 RUREBUS.jsonl   # one run, as JSON
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

from bench import RUREBUS, process_tree  # beside this file

TASKS_PER_WORKER = 4  # partitions per worker: long and short documents even out
WARM_TEXT = "Выручка в Казани выросла на 5%."
Timings = dict[str, float]
_TICK = os.sysconf("SC_CLK_TCK")


def tree_cpu(root: int | None = None) -> dict[int, float]:
    """CPU seconds (user and system) of each live process in the tree under `root` (this process):
    the JVM, Python workers, pool processes. Unlike wall time, other work on a shared machine does
    not inflate it."""
    seconds = {}
    for pid in process_tree(root or os.getpid()):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds[pid] = (int(fields[11]) + int(fields[12])) / _TICK
    return seconds


def _cpu() -> float:
    return sum(tree_cpu().values())


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
    warmed, cpu = time.perf_counter(), _cpu()
    docs = spark.read.schema("doc STRING, text STRING").json(str(corpus))  # doc: null where absent
    extract_facts(docs).write.format("noop").mode("overwrite").save()
    done, cpu = time.perf_counter(), _cpu() - cpu
    spark.stop()
    return {"startup": started - start, "first_job": warmed - started, "work": done - warmed, "cpu": cpu}


def dask_run(corpus: Path, workers: int) -> Timings:
    """Dask's process scheduler on a pool of N worker processes, kept from the first job to the next.
    (dask.distributed's LocalCluster would do as well; it is one more package to install.)"""
    start = time.perf_counter()
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import dask
    import dask.dataframe as dd
    import pandas as pd

    from factx.dask import extract_facts

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    # chunksize 1: by default the scheduler hands a worker six partitions at a time
    with pool, dask.config.set(scheduler="processes", pool=pool, chunksize=1):
        started = time.perf_counter()
        warm = pd.DataFrame({"doc": [str(k) for k in range(workers)], "text": [WARM_TEXT] * workers})
        extract_facts(dd.from_pandas(warm, npartitions=workers)).compute()
        warmed, cpu = time.perf_counter(), _cpu()
        frame = pd.read_json(corpus, lines=True)
        frame["doc"] = frame.index.astype(str)
        ddf = dd.from_pandas(frame, npartitions=TASKS_PER_WORKER * workers, sort=False)
        extract_facts(ddf).compute()
        done, cpu = time.perf_counter(), _cpu() - cpu
    return {"startup": started - start, "first_job": warmed - started, "work": done - warmed, "cpu": cpu}


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
        fixed, fixed_cpu = _cli_seconds(one, workers)
        whole, whole_cpu = _cli_seconds(every, workers)
    return {"startup": fixed, "first_job": 0.0, "work": whole - fixed, "cpu": whole_cpu - fixed_cpu}


def _cli_seconds(folder: Path, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds of one run: the CPU of the CLI and of its workers, sampled while they
    live (each process's last tenth of a second may go uncounted)."""
    out = folder.parent / f"{folder.name}.csv"
    command = [sys.executable, "-m", "factx", "extract", str(folder), "-o", str(out)]
    command += ["--jobs", str(workers)]
    start = time.perf_counter()
    seen: dict[int, float] = {}
    with subprocess.Popen(command, stderr=subprocess.DEVNULL) as proc:
        while proc.poll() is None:
            for pid, cpu in tree_cpu(proc.pid).items():
                seen[pid] = max(seen.get(pid, 0.0), cpu)
            time.sleep(0.1)
    if proc.returncode:
        raise RuntimeError(f"factx extract exited with {proc.returncode}")
    return time.perf_counter() - start, sum(seen.values())


RUNS: dict[str, Callable[[Path, int], Timings]] = {
    "factx --jobs": jobs_run,
    "Spark local[N]": spark_run,
    "Dask processes": dask_run,
}


def scale_runs(corpus: Path, workers: tuple[int, ...] = (1, 2), repeat: int = 1) -> None:
    """Every engine with 1 and 2 workers, each in a fresh process; a table and the 1→2 speed-up.
    Wall-clock throughput shows the scaling; CPU throughput (characters per CPU second of every
    process of the run) is the cost per core, and holds on a machine that others share. Of `repeat`
    runs of each, the fastest counts."""
    chars = sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8"))
    print(f"\nat scale: {corpus.name}, {chars:,} characters; each run a fresh process; M chars/s")
    heads = ("workers", 8), ("start-up s", 11), ("1st job s", 10), ("work s", 8), ("wall", 7), ("CPU", 7)
    print(f"{'engine':15}" + "".join(f"{h:>{w}}" for h, w in heads) + f"{'load':>6}")
    for engine in RUNS:
        speeds = []
        for n in workers:
            t = min((_in_subprocess(engine, n, corpus) for _ in range(repeat)), key=lambda r: r["work"])
            speeds.append(chars / t["work"] / 1e6)
            print(
                f"{engine:15}{n:>8}{t['startup']:>11.1f}{t['first_job']:>10.1f}{t['work']:>8.1f}"
                f"{speeds[-1]:>7.3f}{chars / t['cpu'] / 1e6:>7.3f}{os.getloadavg()[0]:>6.1f}"
            )
        growth = speeds[-1] / speeds[0]
        print(f"{'':15}  {workers[0]}→{workers[-1]} workers: wall-clock throughput ×{growth:.2f}")


def _in_subprocess(engine: str, workers: int, corpus: Path) -> Timings:
    command = [sys.executable, __file__, "--run", engine, str(workers), str(corpus)]
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    timings: Timings = json.loads(out.stdout.strip().splitlines()[-1])
    return timings


def main(argv: list[str] | None = None) -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--corpus", type=Path, default=RUREBUS, help="JSONL with a text per line")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, the fastest counts")
    parser.add_argument("--run", nargs=3, metavar=("ENGINE", "N", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        engine, n, corpus = args.run
        print(json.dumps(RUNS[engine](Path(corpus), int(n))))
        return 0
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: pass --corpus", file=sys.stderr)
        return 2
    scale_runs(args.corpus, repeat=args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
