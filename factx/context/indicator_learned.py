"""A second opinion on the indicator, learned from gold sets that people annotated blind.

The rules (indicator.py) read one cue at a time; across thirty gold sets written by different
annotators their misses scatter over hundreds of constructions that each occur once or twice, so a
rule written for one rarely meets the next. A linear model over the words around a figure, the
rules' own answer among its features, weighs all of them at once: it overrules the rules only where
it is confident (PROB_TO_OVERRULE) and names a different indicator, and clears one only where it is
nearly sure (PROB_TO_CLEAR). Left out of thirty sets in turn, it lifted indicator accuracy on the set
left out by half a point to a point (docs/ARCHITECTURE.md, "A learned second opinion"). The weights
are data (data/indicators/learned.json), written by tools/train_indicator.py; retrain when the rules
change, since their answer is a feature.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from ..draft import Draft
from ..text.doc import Doc
from ..vocab import data_text
from .indicator_state import CLAUSE, FOLLOWS, SENTENCE, SUBJECT

WEIGHTS = "indicators/learned.json"
# Below these the rules' answer stands; both chosen by leaving each gold set out in turn. Taking an
# indicator away asks more: at 0.6 the model cleared many right ones on the project's own corpora.
PROB_TO_OVERRULE = 0.6
PROB_TO_CLEAR = 0.9
WINDOW = 6  # words on either side of the figure that count as its neighbours
NONE = "NONE"  # the class of figures that measure nothing in the taxonomy
NO_WEIGHTS: dict[str, float] = {}
BANDS = (
    (FOLLOWS, "follows"),
    (SUBJECT, "subject"),
    (CLAUSE, "clause"),
    (SENTENCE, "sentence"),
    (1, "decided"),
)
_collected: ContextVar[dict[int, list[str]] | None] = ContextVar("collected", default=None)


@dataclass(frozen=True, slots=True)
class Seen:
    """What the rules made of a figure."""

    subject: str | None
    indicator: str | None
    measure: str | None
    strength: int  # the score of the cue that chose the indicator (indicator_state.py), 0 for none


@dataclass(frozen=True, slots=True)
class Weights:
    bias: dict[str, float]  # by indicator (NONE for none): every class the model knows
    by_feature: dict[str, dict[str, float]]  # feature → indicator → weight, where not near zero

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(self.bias)


@cache
def weights() -> Weights:
    """learned.json: each indicator's bias, and each feature's weights by indicator. JSON, one feature
    a line: read by the json module's C parser in a third of the time a TSV of its 18,000 weights took
    to split and convert, which a user's every start-up pays."""
    table = json.loads(data_text(WEIGHTS))
    return Weights(table["bias"], table["weights"])


def band(strength: int) -> str:
    """Where the cue that chose the rules' indicator stood, from its score (indicator_state.py)."""
    return next((name for floor, name in BANDS if strength >= floor), "none")


def features(doc: Doc, d: Draft, seen: Seen) -> list[str]:
    """What the model sees of a figure: its kind and unit, the rules' indicator, how sure they were of
    it and the measure, the lemmas of its own words, its neighbours, its sentence and the sentence
    before, and its subject."""
    indicator = seen.indicator
    found = {
        f"kind={d.kind}",
        f"rule={indicator}",
        f"rk={d.kind}|{indicator}",
        f"meas={seen.measure}",
        f"band={band(seen.strength)}",
    }
    unit = d.fields.get("unit")
    if isinstance(unit, str):
        found.add(f"unit={unit}")
    if d.fields.get("currency"):
        found.add("cur")
    sentence = doc.sentence_of[d.start]
    for i, word, lemma in doc.lettered(sentence):
        if d.start <= i < d.end:
            found.add("in:" + lemma)
        elif len(word) > 2:
            found.add("s:" + lemma)
            if d.start - WINDOW <= i < d.start:
                found.add("l:" + lemma)
            elif d.end <= i < d.end + WINDOW:
                found.add("r:" + lemma)
    if sentence > 0:
        found.update("p:" + lemma for _, word, lemma in doc.lettered(sentence - 1) if len(word) > 3)
    found.update("subj:" + word for word in (seen.subject or "").lower().split())
    return sorted(found)


def second_opinion(doc: Doc, d: Draft, seen: Seen) -> tuple[str | None, float] | None:
    """The model's indicator and its probability where it overrules the rules' indicator, else None."""
    collected = _collected.get()
    if collected is not None:  # training: the rules answer alone, and the model's view is kept
        collected[id(d)] = features(doc, d, seen)
        return None
    return verdict(weights(), features(doc, d, seen), seen.indicator)


def verdict(w: Weights, seen: Iterable[str], indicator: str | None) -> tuple[str | None, float] | None:
    """The class the weights give features `seen`, with its probability, where it is not the rules'
    `indicator` and probable enough to overrule it."""
    scores = dict(w.bias)
    for feature in seen:
        for name, weight in w.by_feature.get(feature, NO_WEIGHTS).items():
            scores[name] += weight
    chosen = max(scores, key=scores.__getitem__)  # the first of equals, in the table's order
    top = scores[chosen]
    probability = 1 / sum(math.exp(s - top) for s in scores.values())  # the softmax of the best
    needed = PROB_TO_CLEAR if chosen == NONE else PROB_TO_OVERRULE
    if probability < needed or chosen == (indicator or NONE):
        return None
    return (None if chosen == NONE else chosen), probability


@contextmanager
def rules_only() -> Iterator[dict[int, list[str]]]:
    """The rules' answers alone, as the trainer needs them (the model must learn from what the rules
    say, not from what it said itself); yields each figure's features, by id() of its draft."""
    collected: dict[int, list[str]] = {}
    token = _collected.set(collected)
    try:
        yield collected
    finally:
        _collected.reset(token)
