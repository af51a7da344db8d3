"""Words of change, read per word form: a verb or noun of change ("выросли", "снижение", "ниже") and the
qualifier a comparing verb gives ("превысит": more than). The stems are data/amounts/directions.tsv
and verb_qualifiers.tsv; measure.py and scene_prices.py ask here of the words around every figure."""

from __future__ import annotations

from functools import cache, lru_cache

from ..kinds.direction import WHOLE_WORD, direction_stems, stem_class
from ..vocab import table

COMPARATIVES = frozenset({"больше", "меньше", "выше", "ниже"})


@cache
def _qualifying_verbs() -> tuple[tuple[str, str], ...]:
    return tuple((r["stem"], r["qualifier"]) for r in table("amounts/verb_qualifiers.tsv"))


@lru_cache(maxsize=100_000)
def qualifying_class(w: str) -> str | None:
    """The qualifier a verb's stem gives (verb_qualifiers.tsv), cached per word form: the words around
    every figure are asked."""
    return stem_class(w, _qualifying_verbs())


@lru_cache(maxsize=100_000)
def changes(w: str) -> bool:
    """A verb or noun of change; not one that qualifies a figure ("превысит 1 трлн"), and a
    comparative only as a whole word ("ниже", not "Нижегородской"; "выше", not "вышел")."""
    if qualifying_class(w):
        return False
    stems, whole_words = _change_stems()
    return w.startswith(stems) or w in whole_words


@cache
def _change_stems() -> tuple[tuple[str, ...], frozenset[str]]:
    """The stems of change, and the comparatives among them, which count only as whole words."""
    moving = [stem for stem, cls in direction_stems() if cls in ("up", "down")]
    whole = [s for s in moving if s in COMPARATIVES or s.endswith(WHOLE_WORD)]
    return tuple(s for s in moving if s not in whole), frozenset(s.removesuffix(WHOLE_WORD) for s in whole)
