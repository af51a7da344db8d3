"""`make bench`: factx throughput as a ratio to razdel.tokenize (and natasha NER) on the same text.

Absolute times on shared machines are noise; the ratio to a well-known tokenizer timed in the same
run is what compares across machines.  Peak memory is the process's maximum RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
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


def startup_seconds() -> float:
    """Import factx and build an Extractor in a fresh interpreter, as a user's first call would."""
    code = "import time; t=time.perf_counter(); import factx; factx.Extractor(); print(time.perf_counter()-t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="factx.bench", description=__doc__)
    parser.add_argument(
        "--corpus", type=Path, action="append", help="file or folder (default: corpora/ + RuREBus)"
    )
    parser.add_argument("--chars", type=int, default=DEFAULT_CHARS, help="characters of text to time")
    parser.add_argument("--no-natasha", action="store_true", help="skip natasha's NER for comparison")
    args = parser.parse_args(argv)
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
    razdel_s = timed(lambda t: list(razdel.tokenize(t)), texts)
    factx_s = timed(extractor.extract, texts)
    rss_factx = peak_rss_mb()
    print(f"text: {len(texts)} documents, {chars:,} characters from {', '.join(map(str, paths))}")
    print(f"razdel.tokenize   {chars / razdel_s / 1e6:7.3f} M chars/s   ratio 1.000")
    print(f"factx extract     {chars / factx_s / 1e6:7.3f} M chars/s   ratio {razdel_s / factx_s:.3f}")
    print(
        f"factx start-up    {start_s:.2f} s; peak RSS {rss_factx:.0f} MB (after loading {rss_before:.0f} MB)"
    )
    if not args.no_natasha:
        natasha_ratio(texts, razdel_s)
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

    sample = texts[: max(1, len(texts) // 4)]  # natasha is slow: time a quarter and scale
    share = sum(map(len, sample)) / sum(map(len, texts))
    natasha_s = timed(ner, sample) / share
    print(
        f"natasha NER       ratio {razdel_s / natasha_s:.3f} (on {share:.0%} of the text); "
        f"peak RSS now {peak_rss_mb():.0f} MB"
    )


if __name__ == "__main__":
    sys.exit(main())
