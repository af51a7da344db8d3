"""Overlap rules, stated once: which of two drafts over the same tokens survives."""

from __future__ import annotations

from .draft import Draft
from .trace import Trace


def keep_first(drafts: list[Draft], size: int, trace: Trace | None = None) -> list[Draft]:
    """Keep drafts in the order given (their kind's priority), dropping any that overlaps one kept:
    a change, not the two numbers inside it; money, not the quantity "тыс. тенге" would also be."""
    taken = [False] * size
    kept = []
    for d in drafts:
        if d.end <= d.start or any(taken[d.start : d.end]):
            if trace is not None:
                trace.reject(d.kind, d.start, d.end, "overlap.lost_to_higher_priority")
            continue
        for k in range(d.start, d.end):
            taken[k] = True
        kept.append(d)
    return kept


def places_outside_money(
    places: list[Draft], numeric: list[Draft], trace: Trace | None = None
) -> list[Draft]:
    """A place inside a sum is part of its currency ("долларов США"), not a place of the text."""
    money = [d for d in numeric if d.kind == "money"]
    kept = keep_first([*money, *places], max((d.end for d in [*money, *places]), default=0))
    outside = [d for d in kept if d.kind == "place"]
    if trace is not None:
        kept_ids = {id(d) for d in outside}
        for d in places:
            if id(d) not in kept_ids:
                trace.reject("place", d.start, d.end, "overlap.inside_money")
    return outside
