"""Every record on whole corpora is what tests/data/records.tsv says (see tests/records.py): a change
for speed must not move a fact or a field. corpora/ and the development passages run in the fast
suite; RuREBus and NEREL (7 M and 3 M characters) in the slow one."""

from __future__ import annotations

import pytest

from factx.pipeline import Extractor
from tests.records import CORPORA, FAST, digests, stored


def _check(extractor: Extractor, corpus: str) -> None:
    if not CORPORA[corpus].exists():
        pytest.skip(f"{CORPORA[corpus]} is not on this machine")
    expected = stored()[corpus]
    found = digests(extractor, corpus)
    moved = sorted(doc for doc in found.keys() | expected.keys() if found.get(doc) != expected.get(doc))
    assert not moved, (
        f"{len(moved)} documents of {corpus} give other records ({', '.join(moved[:8])}); if that is "
        "meant, check the scores and run `python -m tests.records --update`"
    )


@pytest.mark.parametrize("corpus", FAST)
def test_records_stay_the_same(extractor: Extractor, corpus: str) -> None:
    _check(extractor, corpus)


@pytest.mark.slow
@pytest.mark.parametrize("corpus", [c for c in CORPORA if c not in FAST])
def test_records_stay_the_same_on_large_corpora(extractor: Extractor, corpus: str) -> None:
    _check(extractor, corpus)
