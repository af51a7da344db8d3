"""A cheap stand-in for the extractor, for file-handling tests at sizes where extraction is not the point.

It finds "12%" as percent facts and takes each line for a sentence. Run as a module it serves tests that
need a process of their own:

    python -m tests.stubs measure PATH...   # extract_paths with the stub; prints totals and peak memory
    python -m tests.stubs cli ARG...        # the factx CLI, with a stub that hangs on a text with "HANG"
                                            # after saying "stub: hanging" on stderr
"""

from __future__ import annotations

import datetime as dt
import json
import re
import resource
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from factx.facts import Fact, PercentFact
from factx.io import batch, document

_PERCENT = re.compile(r"\d+%")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class StubAnalysis:
    facts: list[Fact]
    sentences: list[tuple[int, int]]


class StubExtractor:
    def __init__(self, hang_on: str | None = None) -> None:
        self.hang_on = hang_on
        self.texts: list[str] = []  # what it was given, when record=True
        self.record = False

    def analyse(
        self, text: str, kinds: Iterable[str] | None = None, date: dt.date | None = None
    ) -> StubAnalysis:
        if self.record:
            self.texts.append(text)
        if self.hang_on is not None and self.hang_on in text:
            print("stub: hanging", file=sys.stderr, flush=True)
            time.sleep(3600)  # until Ctrl-C
        sentences = [m.span() for m in _LINE.finditer(text)]
        facts: list[Fact] = []
        k = 0
        for m in _PERCENT.finditer(text):
            while sentences[k][1] <= m.start():
                k += 1
            facts.append(
                PercentFact(
                    start=m.start(), end=m.end(), text=m.group(), sentence=k, value=Decimal(m.group()[:-1])
                )
            )
        return StubAnalysis(facts, sentences)


def _measure(paths: list[str]) -> None:
    stub = StubExtractor()
    document.shared_extractor = lambda ner=False: stub  # type: ignore[assignment]
    totals = {"docs": 0, "facts": 0, "starts": 0, "sentences": 0, "errors": 0, "contexts": 0}
    contexts: set[str] = set()
    for doc in batch.extract_paths(paths):
        totals["docs"] += 1
        totals["errors"] += doc.error is not None
        for fact in doc.facts:
            totals["facts"] += 1
            totals["starts"] += fact.start
            totals["sentences"] += fact.sentence
            contexts.add(doc.context(fact))
    totals["contexts"] = len(contexts)
    totals["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(totals))


def _cli(argv: list[str]) -> int:
    from factx.cli import main

    stub = StubExtractor(hang_on="HANG")
    document.shared_extractor = lambda ner=False: stub  # type: ignore[assignment]
    return main(argv)


if __name__ == "__main__":
    if sys.argv[1] == "measure":
        _measure(sys.argv[2:])
    else:
        raise SystemExit(_cli(sys.argv[2:]))
