"""The frame a reader carries (place, period, modality across sentences and paragraphs), checked on
made-up passages annotated as the real-news gold reads context: tests/data/frame_passages.jsonl.

Each passage lists its figures in reading order with the place, period, modality and comparison base
a careful reader gives them; every one must come out exactly so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factx.cli.evaluate import same_at_gold_precision
from factx.cli.gold import read_gold
from factx.pipeline import Extractor

PASSAGES = list(read_gold(str(Path(__file__).parent / "data" / "frame_passages.jsonl")))
FIELDS = ("place", "period", "modality", "compared_to")


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_frame_passage(passage: dict[str, Any], extractor: Extractor) -> None:
    found = {(f.start, f.end): f for f in extractor.extract(passage["text"]) if f.kind != "place"}
    for gold in passage["facts"]:
        fact = found.get((gold["start"], gold["end"]))
        assert fact is not None, f"{gold['text']!r} not found"
        for name in FIELDS:
            expected = gold.get(name)
            if name in gold or name != "compared_to":
                actual = getattr(fact, name)
                assert same_at_gold_precision(name, expected, actual), (
                    f"{gold['text']!r}: {name} {actual!r}, not {expected!r}"
                )


def test_show_why_names_the_frame_and_where_it_was_set(extractor: Extractor) -> None:
    text = "Павлодарская область за январь–сентябрь 2024 года\n\nОбъём производства вырос на 8%."
    explained = extractor.explain(text)
    why = next(e.context for e in explained.facts if e.fact.kind == "percent")
    assert any("2024 года' in the headline or lead, sentence 1" in w for w in why), why
    assert any("place Павлодарская область" in w and "sentence 1" in w for w in why), why
