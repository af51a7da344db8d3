"""`factx eval`: precision, recall and F1 per kind against gold JSONL (see shared/data/README.md).

Span F1 counts a fact as found when kind, start and end match. Exact-field F1 also requires every
field the gold fact gives (value, unit, name…) to be equal; numbers compare as decimals within 1e-6.
Overlap F1 counts any overlap of the same kind, for gold files with other span conventions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ..facts import Fact
from ..pipeline import Extractor
from ..registry import KINDS
from .gold import read_gold

SKIPPED_FIELDS = frozenset({"kind", "text", "start", "end", "occurrence"})
TOLERANCE = Decimal("0.000001")


@dataclass
class Scores:
    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    span_hits: Counter[str] = field(default_factory=Counter)
    exact_hits: Counter[str] = field(default_factory=Counter)
    gold_overlapped: Counter[str] = field(default_factory=Counter)  # gold facts some fact overlaps
    found_overlapping: Counter[str] = field(default_factory=Counter)  # facts overlapping some gold fact


def same_value(expected: Any, actual: Any) -> bool:
    if isinstance(expected, str) and isinstance(actual, Decimal):
        try:
            return abs(Decimal(expected) - actual) <= TOLERANCE
        except InvalidOperation:
            return False
    if isinstance(expected, (int, float)) and not isinstance(expected, bool) and isinstance(actual, Decimal):
        return abs(Decimal(str(expected)) - actual) <= TOLERANCE
    return bool(expected == actual)


def fields_match(gold: dict[str, Any], fact: Fact) -> bool:
    return all(
        same_value(value, getattr(fact, name, None))
        for name, value in gold.items()
        if name not in SKIPPED_FIELDS
    )


def score(docs: Iterable[dict[str, Any]], extractor: Extractor, kinds: frozenset[str]) -> Scores:
    scores = Scores()
    for doc in docs:
        gold = [g for g in doc["facts"] if g["kind"] in kinds]
        facts = [f for f in extractor.extract(doc["text"], kinds) if f.kind in kinds]
        by_span = {(f.kind, f.start, f.end): f for f in facts}
        scores.gold.update(g["kind"] for g in gold)
        scores.found.update(f.kind for f in facts)
        for g in gold:
            fact = by_span.get((g["kind"], g["start"], g["end"]))
            if fact is not None:
                scores.span_hits[g["kind"]] += 1
                scores.exact_hits[g["kind"]] += fields_match(g, fact)
            scores.gold_overlapped[g["kind"]] += any(_overlap(g, f) for f in facts)
        for f in facts:
            scores.found_overlapping[f.kind] += any(_overlap(g, f) for g in gold)
    return scores


def _overlap(gold: dict[str, Any], fact: Fact) -> bool:
    return bool(gold["kind"] == fact.kind and gold["start"] < fact.end and fact.start < gold["end"])


def overlap_f1(scores: Scores, kind: str) -> float:
    """F1 where a mention counts when it overlaps one of the other side: a yardstick for gold files
    that draw span boundaries differently ("на 5%", "долл" without its dot)."""
    p = scores.found_overlapping[kind] / scores.found[kind] if scores.found[kind] else 0.0
    r = scores.gold_overlapped[kind] / scores.gold[kind] if scores.gold[kind] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def f1(hits: int, gold: int, found: int) -> tuple[float, float, float]:
    p = hits / found if found else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(scores: Scores) -> str:
    lines = [
        f"{'kind':<11}{'gold':>6}{'found':>7}{'P':>7}{'R':>7}{'F1':>7}{'exact F1':>10}{'overlap F1':>12}"
    ]
    for kind in KINDS:
        if not scores.gold[kind] and not scores.found[kind]:
            continue
        p, r, f = f1(scores.span_hits[kind], scores.gold[kind], scores.found[kind])
        exact = f1(scores.exact_hits[kind], scores.gold[kind], scores.found[kind])[2]
        counts = f"{kind:<11}{scores.gold[kind]:>6}{scores.found[kind]:>7}"
        lines.append(f"{counts}{p:>7.3f}{r:>7.3f}{f:>7.3f}{exact:>10.3f}{overlap_f1(scores, kind):>12.3f}")
    return "\n".join(lines)


def main(gold_path: str, kinds: set[str] | None = None, *, ner: bool = False) -> int:
    """Score `gold_path` on the kinds it annotates (or those asked for) and print the table."""
    docs = list(read_gold(gold_path))
    present = {g["kind"] for d in docs for g in d["facts"]}
    wanted = frozenset(kinds) if kinds else frozenset(present)
    print(report(score(docs, Extractor(ner=ner), wanted)))
    return 0
