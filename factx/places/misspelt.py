"""A region's name written with one letter wrong ("Севоро-Казахстанская область", "Павлодраская
область"): the "X-ская область" pattern reads it, and the region one edit away is its canonical name.
Only long adjectives are matched, where one slip cannot turn one region's name into another's."""

from __future__ import annotations

from functools import cache, lru_cache

from .gazetteer import entry_named
from .names import entry_names

MIN_LETTERS = 8  # "Омская" and "Томская" are one letter apart: short adjectives are never matched


@lru_cache(maxsize=10_000)
def corrected_region(name: str) -> str | None:
    """The gazetteer's region one edit (a letter changed, added, dropped or two swapped) from a region
    name it lacks, with the same generic word; None when none or more than one is that near."""
    adjective, _, noun = name.partition(" ")
    if len(adjective) < MIN_LETTERS or not noun:
        return None
    near = [
        known
        for known in _regions().get(noun, ())
        if abs(len(known) - len(adjective)) <= 1 and _one_edit(adjective.lower(), known.lower())
    ]
    return f"{near[0]} {noun}" if len(near) == 1 else None


@cache
def _regions() -> dict[str, tuple[str, ...]]:
    """The adjectives of the regions' main names by their generic noun: "область" → ("Абайская", …)."""
    found: dict[str, list[str]] = {}
    for name in entry_names():
        entry = entry_named(name)
        adjective, _, noun = name.partition(" ")
        if entry is not None and entry.type == "region" and entry.main == name and noun and " " not in noun:
            found.setdefault(noun, []).append(adjective)
    return {noun: tuple(adjectives) for noun, adjectives in found.items()}


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one substitution, insertion, deletion or swap apart."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        swapped = (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
        return len(diff) == 1 or swapped
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1 :]
