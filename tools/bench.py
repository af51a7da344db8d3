"""`make bench`: factx throughput as a ratio to razdel.tokenize (and natasha NER) on the same text.

Absolute times on shared machines are noise; the ratio to a well-known tokenizer timed in the same
run is what compares across machines.  Peak memory is the process's maximum RSS.

First comes what a user waits for: a first pass, whole process, `factx extract DIR -o facts.csv` over
the RuREBus texts written out as files, against razdel.tokenize alone over them (CPU time, alternating).
Then the in-process throughput: first pass (cold caches) and warm.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import razdel

RUREBUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "rurebus_texts.jsonl"
DEFAULT_CHARS = 2_000_000


def load_corpus(paths: list[Path], limit: int) -> list[str]:
    """Texts of .txt/.md files and of JSONL files' "text" fields, up to `limit` characters."""
    texts: list[str] = []
    total = 0
    files = [f for p in paths for f in (sorted(p.rglob("*")) if p.is_dir() else [p]) if f.is_file()]
    for f in files:
        if f.suffix == ".jsonl":
            found: Iterator[str] = (json.loads(ln)["text"] for ln in f.open(encoding="utf-8") if ln.strip())
        elif f.suffix in (".txt", ".md"):
            found = iter([f.read_text(encoding="utf-8")])
        else:
            continue
        for text in found:
            texts.append(text)
            total += len(text)
            if total >= limit:
                return texts
    return texts


def timed(run: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        run(text)
    return time.perf_counter() - start


FIRST_FACT = "В Караганде в 2023 году построили 5 школ на 12 млрд тенге, рост составил 15%."


def startup_seconds(runs: int = 3) -> float:
    """Import factx, build an Extractor and extract a first sentence in a fresh interpreter, as a
    user's first call would: the median CPU time of a few runs (wall time on a shared machine is
    mostly the other work)."""
    code = (
        "import time; t=time.process_time(); import factx; "
        f"factx.Extractor().extract({FIRST_FACT!r}); print(time.process_time()-t)"
    )
    times = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(times)


def make_folder(root: Path, texts: list[str], megabytes: float) -> Path:
    """A folder of article-sized .txt files, cycling through `texts`, of about `megabytes` MB."""
    root.mkdir(parents=True, exist_ok=True)
    target, written, k = megabytes * 1e6, 0, 0
    while written < target:
        text = texts[k % len(texts)][:50_000]
        path = root / f"{k // 1000:03d}" / f"{k:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
        k += 1
    return root


def process_tree(root: int) -> list[int]:
    """The pids of `root` and its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"VmRSS:\s+(\d+)", status)
    return int(found.group(1)) / 1024 if found else 0.0


def run_cli(folder: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MB, of the largest process: the CLI or a worker, sampled every 0.2 s)
    of `factx extract FOLDER --jobs N`.  Workers may be forkserver's children, not the CLI's, so
    the whole tree under this benchmark is sampled."""
    out = folder.parent / f"facts-{folder.name}-{jobs}.csv"
    command = [sys.executable, "-m", "factx", "extract", str(folder), "-o", str(out), "--jobs", str(jobs)]
    start = time.perf_counter()
    peak = 0.0
    with subprocess.Popen(command, stderr=subprocess.DEVNULL) as proc:
        while proc.poll() is None:
            peak = max([peak, *(_rss_mb(pid) for pid in process_tree(proc.pid))])
            time.sleep(0.2)
    if proc.returncode:
        raise RuntimeError(f"factx extract exited with {proc.returncode}")
    return time.perf_counter() - start, peak


def folder_runs(texts: list[str], megabytes: float) -> None:
    """Memory as the folder doubles, and the speed-up of two worker processes."""
    with tempfile.TemporaryDirectory() as tmp:
        half = make_folder(Path(tmp) / "half", texts, megabytes / 2)
        whole = make_folder(Path(tmp) / "whole", texts, megabytes)
        half_s, half_mb = run_cli(half, 1)
        one_s, one_mb = run_cli(whole, 1)
        two_s, two_mb = run_cli(whole, 2)
    print(f"CLI, {megabytes / 2:.0f} MB folder, --jobs 1: {half_s:6.1f} s, peak RSS {half_mb:.0f} MB")
    print(f"CLI, {megabytes:.0f} MB folder, --jobs 1: {one_s:6.1f} s, peak RSS {one_mb:.0f} MB")
    print(
        f"CLI, {megabytes:.0f} MB folder, --jobs 2: {two_s:6.1f} s, peak RSS {two_mb:.0f} MB per process; "
        f"speed-up {one_s / two_s:.2f}x"
    )


RAZDEL_ONLY = """
import sys
from pathlib import Path
import razdel
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    list(razdel.tokenize(path.read_text(encoding="utf-8")))
"""


def _child_cpu(command: list[str]) -> float:
    """CPU seconds (user and system) a child process spends: other work on a shared machine
    inflates wall time, not this."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def first_pass(corpus: Path, repeat: int) -> None:
    """A user's first run, whole process: `factx extract DIR -o facts.csv` over the corpus written
    out one file per document, against a process that only runs razdel.tokenize over the same files;
    the two alternate, and each one's median CPU time is compared."""
    texts = load_corpus([corpus], 10**12)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "texts"
        folder.mkdir()
        for k, text in enumerate(texts):
            (folder / f"{k:05d}.txt").write_text(text, encoding="utf-8")
        factx_cpu, razdel_cpu = [], []
        for _ in range(repeat):
            out = Path(tmp) / "facts.csv"
            factx_cpu.append(
                _child_cpu([sys.executable, "-m", "factx", "extract", str(folder), "-o", str(out)])
            )
            razdel_cpu.append(_child_cpu([sys.executable, "-c", RAZDEL_ONLY, str(folder)]))
    factx_s, razdel_s = statistics.median(factx_cpu), statistics.median(razdel_cpu)
    chars = sum(map(len, texts))
    print(f"first pass, whole process, {len(texts)} files, {chars:,} characters of {corpus.name}:")
    print(
        f"  factx extract -o CSV {factx_s:6.2f} s CPU, razdel.tokenize alone {razdel_s:6.2f} s: "
        f"ratio {razdel_s / factx_s:.3f} (median of {repeat}, alternating)"
    )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="factx.bench", description=__doc__)
    parser.add_argument(
        "--corpus", type=Path, action="append", help="file or folder (default: corpora/ + RuREBus)"
    )
    parser.add_argument("--chars", type=int, default=DEFAULT_CHARS, help="characters of text to time")
    parser.add_argument("--no-natasha", action="store_true", help="skip natasha's NER for comparison")
    parser.add_argument("--folder-mb", type=float, default=0, help="also time the CLI on a generated folder")
    parser.add_argument(
        "--no-scale", action="store_true", help="skip Spark, Dask, --jobs on RuREBus (bench_scale.py)"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed runs of each (razdel: best; factx: first and best)"
    )
    parser.add_argument(
        "--first-pass",
        type=Path,
        default=RUREBUS,
        help="JSONL whose texts the whole-process first pass reads",
    )
    parser.add_argument("--no-first-pass", action="store_true", help="skip the whole-process first pass")
    args = parser.parse_args(argv)
    if not args.no_first_pass and args.first_pass.exists():
        first_pass(args.first_pass, args.repeat)
    paths = args.corpus or [p for p in (Path("corpora"), RUREBUS) if p.exists()]
    texts = load_corpus(paths, args.chars)
    chars = sum(map(len, texts))
    if not chars:
        print("no text to benchmark: pass --corpus PATH", file=sys.stderr)
        return 2
    start_s = startup_seconds()

    from factx import Extractor

    extractor = Extractor()
    rss_before = peak_rss_mb()
    razdel_runs, factx_runs = [], []
    for _ in range(args.repeat):  # interleaved, best of each: a shared machine's noise hits both alike
        razdel_runs.append(timed(lambda t: list(razdel.tokenize(t)), texts))
        factx_runs.append(timed(extractor.extract, texts))
    # razdel has no caches: its best run is its speed. factx's first pass meets every word cold, as a
    # user's first run does; later passes over the same text have warm morphology caches.
    razdel_s, factx_s, warm_s = min(razdel_runs), factx_runs[0], min(factx_runs)
    rss_factx = peak_rss_mb()
    print(f"text: {len(texts)} documents, {chars:,} characters from {', '.join(map(str, paths))}")
    print(f"razdel.tokenize   {chars / razdel_s / 1e6:7.3f} M chars/s   ratio 1.000")
    print(f"factx extract     {chars / factx_s / 1e6:7.3f} M chars/s   ratio {razdel_s / factx_s:.3f}")
    print(f"factx, warm caches{chars / warm_s / 1e6:7.3f} M chars/s   ratio {razdel_s / warm_s:.3f}")
    print(
        f"factx start-up    {start_s:.2f} CPU s (import, load, first fact); "
        f"peak RSS {rss_factx:.0f} MB (after loading {rss_before:.0f} MB)"
    )
    if not args.no_natasha:
        natasha_ratio(texts, razdel_s)
    if args.folder_mb:
        folder_runs(texts, args.folder_mb)
    if not args.no_scale and RUREBUS.exists():
        from bench_scale import scale_runs  # beside this file

        scale_runs(RUREBUS)
    return 0


def natasha_ratio(texts: list[str], razdel_s: float) -> None:
    try:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError:
        print("natasha NER        not installed (pip install natasha) — skipped")
        return
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def ner(text: str) -> None:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)

    sample = texts[::4]  # natasha is slow: time every fourth document and scale
    share = sum(map(len, sample)) / sum(map(len, texts))
    natasha_s = timed(ner, sample) / share
    print(
        f"natasha NER       ratio {razdel_s / natasha_s:.3f} (on {share:.0%} of the text); "
        f"peak RSS now {peak_rss_mb():.0f} MB"
    )


if __name__ == "__main__":
    sys.exit(main())
