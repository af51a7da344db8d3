"""`factx eval`: precision, recall and F1 per kind against gold JSONL (see shared/data/README.md).

Span F1 counts a fact as found when kind, start and end match. Exact-field F1 also requires every
field the gold fact gives (value, unit, name…) to be equal; numbers compare as decimals within 1e-6.
Overlap F1 counts any overlap of the same kind, for gold files with other span conventions.
The context fields (place, period, modality, compared_to) are not part of exact F1: a second table
gives their accuracy over the numeric facts found at the gold span.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ..facts import Fact
from ..pipeline import Extractor
from ..registry import KINDS
from .gold import read_gold
from .labels import merge_labels

CONTEXT_FIELDS = ("place", "period", "modality", "compared_to", "indicator", "measure")
# Fields exact F1 leaves to the context table (and subject, a free phrase no gold spells alike).
SKIPPED_FIELDS = frozenset(
    {"kind", "text", "start", "end", "occurrence", "subject", "period_start", "period_end", *CONTEXT_FIELDS}
)
TOLERANCE = Decimal("0.000001")
YEARS = re.compile(r"(\d{4})(?:–(\d{4}))?")


@dataclass
class Scores:
    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    span_hits: Counter[str] = field(default_factory=Counter)
    exact_hits: Counter[str] = field(default_factory=Counter)
    gold_overlapped: Counter[str] = field(default_factory=Counter)  # gold facts some fact overlaps
    found_overlapping: Counter[str] = field(default_factory=Counter)  # facts overlapping some gold fact
    context: dict[str, Counter[str]] = field(default_factory=dict)  # field → right, compared, …


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


def same_context(name: str, gold: Any, found: Any) -> bool:
    """A context field compared as the convention says (CONTEXT.md, docs/ANNOTATION.md): periods at
    year precision, as the stretch of years they cover, so "2024-Q2", "2024-01–2024-09" and "2024" are
    one period, and "2023–2025" is not "2023"."""
    if gold is None or found is None or name not in ("period", "compared_to"):
        return bool(gold == found)
    return _years(str(found)) == _years(str(gold))


def same_at_gold_precision(name: str, gold: Any, found: Any) -> bool:
    """Stricter, for the project's own examples: periods at the gold's own precision, so a gold
    "2010" is matched by "2010-Q1" (a year the figure falls in), a gold "2024-01–2024-03" by
    "2024-Q1", but not a gold "2024-Q2" by "2024"."""
    if gold is None or found is None or name not in ("period", "compared_to"):
        return bool(gold == found)
    if YEARS.fullmatch(str(gold)):
        return _years(str(found)) == _years(str(gold))
    return _months(str(gold)) == _months(str(found))


def _years(label: str) -> tuple[str, str] | None:
    """The first and last year a period label covers: "2019–2024", "2024-Q1" → (2024, 2024)."""
    found = re.findall(r"(?<!\d)\d{4}(?!\d)", label)
    return (found[0], found[-1]) if found else None


def _months(label: str) -> tuple[tuple[int, int], tuple[int, int]] | str:
    """The first and last month a period label covers, or the label itself when it is none."""
    years = YEARS.fullmatch(label)
    if years:
        return (int(years[1]), 1), (int(years[2] or years[1]), 12)
    part = re.fullmatch(r"(\d{4})-([QH])(\d)", label)
    if part:
        size = 3 if part[2] == "Q" else 6
        n = int(part[3])
        return (int(part[1]), n * size - size + 1), (int(part[1]), n * size)
    months = re.findall(r"(\d{4})-(\d{2})", label)
    if months:
        return (int(months[0][0]), int(months[0][1])), (int(months[-1][0]), int(months[-1][1]))
    return label


def _score_context(scores: Scores, gold: dict[str, Any], fact: Fact) -> list[str]:
    """Count the context fields the gold fact gives: right over all, right over the figures whose
    gold names a value (the checked figure), and a value named where the gold has none. Returns the
    fields that disagree."""
    wrong = []
    for name in CONTEXT_FIELDS:
        if name not in gold:
            continue
        counts = scores.context.setdefault(name, Counter())
        expected, actual = gold[name], getattr(fact, name, None)
        right = same_context(name, expected, actual)
        counts["compared"] += 1
        counts["right"] += right
        if expected is None:
            counts["gold_none"] += 1
            counts["named_without_gold"] += actual is not None
        else:
            counts["gold_named"] += 1
            counts["right_named"] += right
            counts["missed"] += actual is None
        if name == "modality":
            counts["plan_gold"] += expected == "plan"
            counts["plan_found"] += actual == "plan"
            counts["plan_both"] += expected == actual == "plan"
        if not right:
            wrong.append(name)
    return wrong


def score(
    docs: Iterable[dict[str, Any]],
    extractor: Extractor,
    kinds: frozenset[str],
    listing: list[str] | None = None,
) -> Scores:
    """Scores of `docs`; with `listing`, each MISS, WRONG, EXTRA and context disagreement is added to it."""
    scores = Scores()
    for n, doc in enumerate(docs):
        gold = [g for g in doc["facts"] if g["kind"] in kinds]
        date = dt.date.fromisoformat(doc["date"]) if doc.get("date") else None
        facts = [f for f in extractor.extract(doc["text"], kinds, date) if f.kind in kinds]
        by_span = {(f.kind, f.start, f.end): f for f in facts}
        scores.gold.update(g["kind"] for g in gold)
        scores.found.update(f.kind for f in facts)
        name = str(doc.get("id", f"document {n}"))
        for g in gold:
            fact = by_span.get((g["kind"], g["start"], g["end"]))
            if fact is not None:
                scores.span_hits[g["kind"]] += 1
                exact = fields_match(g, fact)
                scores.exact_hits[g["kind"]] += exact
                wrong = _score_context(scores, g, fact)
                if listing is not None:
                    listing.extend(disagreements(name, g, fact, exact, wrong))
            elif listing is not None:
                listing.append(f"{name}\tMISS\t{g['kind']}\t{g['start']}-{g['end']}\t{_surface(doc, g)}")
            scores.gold_overlapped[g["kind"]] += any(_overlap(g, f) for f in facts)
        spans = {(g["kind"], g["start"], g["end"]) for g in gold}
        for f in facts:
            scores.found_overlapping[f.kind] += any(_overlap(g, f) for g in gold)
            if listing is not None and (f.kind, f.start, f.end) not in spans:
                listing.append(f"{name}\tEXTRA\t{f.kind}\t{f.start}-{f.end}\t{f.text}")
    return scores


def disagreements(name: str, gold: dict[str, Any], fact: Fact, exact: bool, context: list[str]) -> list[str]:
    """Lines for a fact found at its gold span whose fields or context differ from the gold's."""
    where = f"{gold['kind']}\t{gold['start']}-{gold['end']}\t{fact.text}"
    lines = []
    if not exact:
        differ = [
            f"{k}: {v!r} ≠ {_shown(getattr(fact, k, None))}"
            for k, v in gold.items()
            if k not in SKIPPED_FIELDS and not same_value(v, getattr(fact, k, None))
        ]
        lines.append(f"{name}\tWRONG\t{where}\t{'; '.join(differ)}")
    for k in context:
        lines.append(f"{name}\tCONTEXT\t{where}\t{k}: {gold[k]!r} ≠ {_shown(getattr(fact, k, None))}")
    return lines


def _shown(value: Any) -> str:
    return repr(str(value) if isinstance(value, Decimal) else value)


def _surface(doc: dict[str, Any], gold: dict[str, Any]) -> str:
    return str(doc["text"][gold["start"] : gold["end"]])


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
    exact_all = f1(sum(scores.exact_hits.values()), sum(scores.gold.values()), sum(scores.found.values()))[2]
    lines.append(
        f"{'all':<11}{sum(scores.gold.values()):>6}{sum(scores.found.values()):>7}{'':>21}{exact_all:>10.3f}"
    )
    if scores.context:
        lines.append("")
        lines.append(context_report(scores))
    return "\n".join(lines)


def context_report(scores: Scores) -> str:
    """Each context field over the numeric facts found at their gold span: accuracy over all; over
    the figures whose gold names a value (what a check scores: saying None there is a miss); and how
    often a value is named where the gold has none. Modality adds the F1 of "plan"."""
    lines = [
        f"{'context':<13}{'facts':>6}{'accuracy':>10}{'gold names':>12}{'right':>8}"
        f"{'gold none':>11}{'named':>8}"
    ]
    for name in CONTEXT_FIELDS:
        c = scores.context.get(name)
        if not c or not c["compared"]:
            continue
        named = f"{c['right_named'] / c['gold_named']:.3f}" if c["gold_named"] else "–"
        extra = f"{c['named_without_gold'] / c['gold_none']:.3f}" if c["gold_none"] else "–"
        lines.append(
            f"{name:<13}{c['compared']:>6}{c['right'] / c['compared']:>10.3f}"
            f"{c['gold_named']:>12}{named:>8}{c['gold_none']:>11}{extra:>8}"
        )
    modality = scores.context.get("modality")
    if modality and modality["plan_gold"]:
        plan = f1(modality["plan_both"], modality["plan_gold"], modality["plan_found"])[2]
        lines.append(f"plan F1 {plan:.3f} ({modality['plan_gold']} plans in the gold)")
    return "\n".join(lines)


def halves(docs: list[dict[str, Any]], which: str) -> list[dict[str, Any]]:
    """Half A or B of a gold file: within each id prefix (kz, ru), documents in id order alternate
    A, B, A, … — so rules can be written on one half and checked on the other."""
    chosen = []
    for group in (_groups(docs) or {"": docs}).values():
        ordered = sorted(group, key=lambda d: str(d.get("id", "")))
        chosen += ordered[0 if which == "A" else 1 :: 2]
    return chosen


def _groups(docs: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Documents by the prefix of their id ("kz-05" → kz), when a gold file mixes sources."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        prefix = str(doc.get("id", "")).partition("-")[0]
        groups.setdefault(prefix, []).append(doc)
    return groups if len(groups) > 1 and "" not in groups else {}


LISTING_HEADER = (
    "# document\tMISS|WRONG|EXTRA|CONTEXT\tkind\tstart-end\ttext\twhat differs, as field: gold ≠ found"
)


def main(
    gold_path: str,
    kinds: set[str] | None = None,
    *,
    ner: bool = False,
    half: str | None = None,
    verbose: bool = False,
    labels: str | None = None,
) -> int:
    """Score `gold_path` on the kinds it annotates (or those asked for) and print the table; with
    `verbose`, first every disagreement, one tab-separated line each; `labels` adds fields kept in a
    file of their own (cli/labels.py)."""
    docs = list(read_gold(gold_path))
    if labels:
        docs = list(merge_labels(docs, labels))
    if half:
        docs = halves(docs, half)
    present = {g["kind"] for d in docs for g in d["facts"]}
    wanted = frozenset(kinds) if kinds else frozenset(present)
    extractor = Extractor(ner=ner)
    listing: list[str] | None = [] if verbose else None
    scores = score(docs, extractor, wanted, listing)
    if listing:
        print(LISTING_HEADER)
        print("\n".join(listing), end="\n\n")
    print(report(scores))
    for prefix, group in _groups(docs).items():
        print(f"\n[{prefix}: {len(group)} documents]")
        print(report(score(group, extractor, wanted)))
    return 0
