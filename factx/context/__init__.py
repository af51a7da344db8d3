"""Context of each numeric fact: what it measures (subject), where (place) and when (period).

`context_of` reads the Doc, the numeric drafts and the places, and returns one Context per draft;
it changes nothing it is given.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from ..draft import Draft
from ..text.doc import Doc
from .period import sentence_periods
from .subject import subject_of


@dataclass(frozen=True, slots=True)
class Context:
    subject: str | None = None
    place: str | None = None
    period: str | None = None
    why: tuple[str, ...] = ()  # the decisions taken, for the trace

    def fields(self) -> dict[str, str | None]:
        return {"subject": self.subject, "place": self.place, "period": self.period}


def _nearest(items: list[tuple[int, str]], offset: int) -> str | None:
    """The item whose offset is nearest to `offset` (items sorted by offset)."""
    if not items:
        return None
    k = bisect_left(items, (offset, ""))
    candidates = items[max(k - 1, 0) : k + 1]
    return min(candidates, key=lambda item: abs(item[0] - offset))[1]


def main_place(places: list[Draft], doc: Doc) -> str | None:
    """The article's main place: the most mentioned (a headline mention counts twice), as first written."""
    counts: Counter[str] = Counter()
    first_name: dict[str, str] = {}
    for p in places:
        key = p.fields.get("canonical") or p.fields["name"]
        counts[key] += 2 if doc.sentence_of[p.start] == 0 else 1
        first_name.setdefault(key, p.fields["name"])
    return first_name[counts.most_common(1)[0][0]] if counts else None


def context_of(doc: Doc, drafts: list[Draft], places: list[Draft], doc_date: date | None) -> list[Context]:
    """Subject, place (nearest in the sentence, else the article's main place) and period of each fact."""
    fallback = main_place(places, doc)
    in_places = frozenset(k for p in places for k in range(p.start, p.end))
    places_by_sentence: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for p in places:
        places_by_sentence[doc.sentence_of[p.start]].append((p.start, str(p.fields["name"])))
    periods: dict[int, list[tuple[int, str]]] = {}
    found = []
    for d in drafts:
        sentence = doc.sentence_of[d.start]
        if sentence not in periods:
            periods[sentence] = sentence_periods(doc, sentence, doc_date)
        nearest = _nearest(places_by_sentence.get(sentence, []), d.start)
        found.append(
            Context(
                subject=subject_of(doc, d, in_places),
                place=nearest or fallback,
                period=_nearest(periods[sentence], doc.tokens.starts[d.start]),
                why=(
                    f"place {nearest}: the nearest place in the sentence"
                    if nearest
                    else f"place {fallback}: the article's main place",
                ),
            )
        )
    return found
