"""The progress bar of a long run and the summary line at its end, which also names what was not read."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from tqdm import tqdm

from ..io.batch import Document, iter_files
from ..registry import KINDS
from .inputs import passed_over, readable_suffixes


class Progress:
    """Counts what goes by; a progress bar on stderr only when stderr is a terminal."""

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = paths
        tty = sys.stderr.isatty()
        total = sum(1 for _ in iter_files(paths)) if tty else None
        self.bar = tqdm(total=total, unit="file", file=sys.stderr, disable=not tty, leave=False)
        self.started = time.monotonic()
        self.files = 0
        self.failed = 0
        self.kinds: Counter[str] = Counter()

    def watch(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.part == 0:
                self.files += 1
                self.bar.update()
            if doc.error is not None:
                self.failed += 1
                tqdm.write(f"factx: {doc.file}: {doc.error}", file=sys.stderr)
            self.kinds.update(f.kind for f in doc.facts)
            yield doc

    def close(self) -> int:
        """Print the summary line; the exit status."""
        self.bar.close()
        skipped = passed_over(self.paths)
        other = f", {skipped.total()} not read ({_counts(skipped)})" if skipped else ""
        print_summary(self.files, self.kinds, self.failed, time.monotonic() - self.started, other)
        if not self.files:
            print(
                f"factx: nothing to read, no output written: factx reads {readable_suffixes()} files",
                file=sys.stderr,
            )
        return 1 if self.failed or not self.files else 0


def print_summary(files: int, kinds: Counter[str], failed: int, seconds: float, other: str = "") -> None:
    """The one line at the end of a run: files, facts by kind, failures (and `other`), seconds."""
    listed = ", ".join(f"{k} {n}" for k, n in by_kind(kinds))
    facts = f"{kinds.total()} facts" + (f" ({listed})" if listed else "")
    print(f"factx: {files} files, {facts}, {failed} failed{other}, {seconds:.1f} s", file=sys.stderr)


def _counts(counts: Counter[str]) -> str:
    return ", ".join(f"{key} {n}" for key, n in counts.most_common())


def by_kind(counts: Counter[str]) -> list[tuple[str, int]]:
    """Counts in the order of KINDS, kinds unknown to it last."""
    return sorted(
        counts.items(), key=lambda kn: (KINDS.index(kn[0]) if kn[0] in KINDS else len(KINDS), kn[0])
    )
