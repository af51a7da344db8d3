"""The extraction pipeline, top to bottom.

text → normalised text → tokens and sentences → number expressions → amounts (qualifier, range, tail)
→ kind extractors → overlap resolution → places → context (subject, place, period) → records with
offsets into the caller's original string.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .amounts import find_amounts, find_numbers
from .context import attach_context
from .doc import Doc, Draft
from .facts import (
    KINDS,
    ChangeFact,
    Fact,
    MoneyFact,
    MultiplierFact,
    PercentFact,
    PlaceFact,
    QuantityFact,
    ShareFact,
)
from .gazetteer import gazetteer
from .kinds import change, money, multiplier, percent, place, quantity, share
from .morph import analyzer
from .ner import ner_places
from .text import NormalText, normalise

# Tails are tried in this order: a currency or "%" wins over a counted noun.
TAILS = (percent.tail, money.tail, multiplier.tail, quantity.tail)
# Overlapping facts keep the kind that comes first here: a change, not the two numbers inside it.
NUMERIC_EXTRACTORS = (
    change.extract,
    money.extract,
    percent.extract,
    multiplier.extract,
    share.extract,
    quantity.extract,
)
DOTTED_ABBREVIATIONS = frozenset({"тыс", "руб", "долл", "дол", "коп", "п", "пп", "проц", "кв", "куб", "р"})
RECORDS: dict[str, type[Fact]] = {
    "quantity": QuantityFact,
    "money": MoneyFact,
    "percent": PercentFact,
    "multiplier": MultiplierFact,
    "change": ChangeFact,
    "share": ShareFact,
    "place": PlaceFact,
}


@dataclass(frozen=True, slots=True)
class Analysis:
    facts: list[Fact]
    sentences: list[tuple[int, int]]  # sentence spans in the original text; Fact.sentence indexes this


def check_kinds(kinds: Iterable[str] | None) -> frozenset[str]:
    if kinds is None:
        return frozenset(KINDS)
    wanted = frozenset(kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown fact kind(s): {', '.join(sorted(unknown))}; known: {', '.join(KINDS)}")
    return wanted


def resolve_overlaps(drafts: list[Draft], size: int) -> list[Draft]:
    """Keep drafts in priority order (the order given), dropping any that overlaps one kept."""
    taken = [False] * size
    kept = []
    for d in drafts:
        if d.end <= d.start or any(taken[d.start : d.end]):
            continue
        for k in range(d.start, d.end):
            taken[k] = True
        kept.append(d)
    return kept


class Extractor:
    """Loads vocabularies and dictionaries once; `extract` and `analyse` are then cheap to call."""

    def __init__(self, ner: bool = False) -> None:
        """`ner=True` adds natasha's NER for places no list or pattern knows (slow: see factx.ner)."""
        self.ner = ner
        analyzer()
        gazetteer()
        self.analyse("Около 5 тыс. тенге, 20% и в 2 раза больше в Астане.")  # warm every vocabulary

    def extract(
        self, text: str, kinds: Iterable[str] | None = None, doc_date: date | None = None
    ) -> list[Fact]:
        return self.analyse(text, kinds, doc_date).facts

    def analyse(
        self, text: str, kinds: Iterable[str] | None = None, doc_date: date | None = None
    ) -> Analysis:
        wanted = check_kinds(kinds)
        norm = normalise(text)
        doc = Doc.of(norm.text)
        amounts = find_amounts(doc, find_numbers(doc), TAILS)
        drafts = [d for extract in NUMERIC_EXTRACTORS for d in extract(doc, amounts)]
        numeric = resolve_overlaps(drafts, len(doc.tokens))
        places = resolve_overlaps(
            [*(d for d in numeric if d.kind == "money"), *place.extract(doc)], len(doc.tokens)
        )
        places = [d for d in places if d.kind == "place"]  # not "США" in "долларов США"
        numeric = [d for d in numeric if d.kind in wanted]
        if self.ner:
            places = sorted([*places, *ner_places(doc, places)], key=lambda d: d.start)
        attach_context(doc, numeric, places, doc_date)
        chosen = [*numeric, *places] if "place" in wanted else numeric
        facts = sorted((_record(d, doc, norm) for d in chosen), key=lambda f: (f.start, f.end, f.kind))
        sentences = [norm.span(s, e) if e > s else (norm.to_original(s),) * 2 for s, e in doc.sentences]
        return Analysis(facts, sentences)


def _record(d: Draft, doc: Doc, norm: NormalText) -> Fact:
    """The draft as a record whose offsets point into the caller's original text."""
    last = d.end - 1
    if (
        doc.words[last] == "."
        and doc.words[last - 1] not in DOTTED_ABBREVIATIONS
        and (d.end == len(doc.tokens) or doc.sentence_of[last] != doc.sentence_of[d.end])
    ):
        last -= 1  # the full stop after "млн", "тг" ends the sentence; "тыс.", "руб." keep theirs
    start, end = norm.span(doc.tokens.starts[d.start], doc.tokens.ends[last])
    mention = norm.original[start:end]
    fields = dict(d.fields)
    if d.kind == "place":
        fields["name"] = place.spelled_as(fields["name"], mention)
    return RECORDS[d.kind](start=start, end=end, text=mention, sentence=doc.sentence_of[d.start], **fields)
