"""The extraction pipeline, top to bottom.

text → normalised text → Doc (tokens, sentences, morphology) → number expressions → amounts
(qualifier, range, tail) → drafts of each numeric kind → overlap resolution → places → context
(subject, place, period) → records with offsets into the caller's original string.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .context import Context, context_of
from .draft import Draft
from .facts import Fact
from .kinds.amounts import find_amounts
from .kinds.numbers_found import find_numbers
from .overlaps import keep_first, places_outside_money
from .places.candidates import spelled_as
from .places.codes import codes_of, in_kazakhstan, kato_units
from .places.finder import find_places
from .places.gazetteer import gazetteer, russian_macro_region
from .places.ner import ner_places, require_natasha
from .registry import BY_NAME, NUMERIC, TAILS, check_kinds
from .text.doc import Doc
from .text.morph import analyzer, phrase_as_written
from .text.normal import NormalText, normalise
from .text.page import header
from .trace import Explained, Explanation, RejectedMention, Trace
from .vocab import words

WARM_UP = "Около 5 тыс. тенге, 20% и в 2 раза больше в Астане."


@dataclass(frozen=True, slots=True)
class Analysis:
    facts: list[Fact]
    sentences: list[tuple[int, int]]  # sentence spans in the original text; Fact.sentence indexes this


@dataclass(frozen=True, slots=True)
class _Found:
    """What the stages found in one text, before it becomes records."""

    norm: NormalText
    doc: Doc
    drafts: list[Draft]  # the facts asked for, numeric and places
    contexts: dict[int, Context]  # by id() of a numeric draft
    kazakhstan: bool  # the text names a place of Kazakhstan: unknown names may be its villages


class Extractor:
    """Loads vocabularies and dictionaries once; `extract`, `analyse` and `explain` are then cheap."""

    def __init__(self, ner: bool = False) -> None:
        """`ner=True` adds natasha's NER for places no list or pattern knows (slow: see factx.places.ner)."""
        if ner:
            require_natasha()
        self.ner = ner
        analyzer()
        gazetteer()
        kato_units()
        self.analyse(WARM_UP)  # every vocabulary is loaded before the first real text, except
        # Kazakhstan's 6,800 villages (0.2 s), read only after a settlement word: "в селе …"

    def extract(
        self, text: str, kinds: Iterable[str] | None = None, date: dt.date | None = None
    ) -> list[Fact]:
        return self.analyse(text, kinds, date).facts

    def analyse(self, text: str, kinds: Iterable[str] | None = None, date: dt.date | None = None) -> Analysis:
        found = self._run(text, check_kinds(kinds), date, None)
        facts = sorted((_record(d, found) for d in found.drafts), key=lambda f: (f.start, f.end, f.kind))
        return Analysis(facts, _sentences(found))

    def explain(
        self, text: str, kinds: Iterable[str] | None = None, date: dt.date | None = None
    ) -> Explanation:
        """The facts with the rules that made them and the context decisions, and the candidates
        that guards or overlaps turned down."""
        trace = Trace()
        found = self._run(text, check_kinds(kinds), date, trace)
        explained = [
            Explained(
                _record(d, found),
                (d.rule, *d.steps),
                found.contexts[id(d)].why if id(d) in found.contexts else (),
            )
            for d in found.drafts
        ]
        explained.sort(key=lambda e: (e.fact.start, e.fact.end, e.fact.kind))
        rejected = [
            RejectedMention(r.kind, *_span(found, r.start, r.end), _mention(found, r.start, r.end), r.guard)
            for r in trace.rejected
            if r.end > r.start
        ]
        return Explanation(explained, sorted(rejected, key=lambda r: (r.start, r.end)))

    def _run(self, text: str, wanted: frozenset[str], date: dt.date | None, trace: Trace | None) -> _Found:
        norm = normalise(text)
        doc = Doc.of(norm.text)
        amounts = find_amounts(doc, find_numbers(doc), TAILS)
        drafts = [d for kind in NUMERIC if kind.extract for d in kind.extract(doc, amounts)]
        numeric = keep_first(drafts, len(doc), trace)
        places = places_outside_money(find_places(doc, trace), numeric, trace)  # money is needed here
        if self.ner:
            places = sorted([*places, *ner_places(doc, places)], key=lambda d: d.start)
        # Context reads every figure, asked for or not, so that `kinds` filters the records without
        # changing them: a quantity's words are never a money fact's subject.
        # the original's lines too: a date line after a title is joined to it in `norm` when it opens
        # with a digit ("… собирать хлопок\n3 октября, 2019Хлопок …")
        dated = date or header(norm.text)[1] or header(norm.original)[1]
        contexts = context_of(doc, numeric, places, dated)
        by_draft = {id(d): c for d, c in zip(numeric, contexts, strict=True)}
        numeric = [d for d in numeric if d.kind in wanted]
        reported = [p for p in places if not russian_macro_region(p.fields["name"])]
        chosen = [*numeric, *reported] if "place" in wanted else numeric
        kazakhstan = in_kazakhstan(p.fields["canonical"] or p.fields["name"] for p in places)
        return _Found(norm, doc, chosen, by_draft, kazakhstan)


def _span(found: _Found, start: int, end: int) -> tuple[int, int]:
    """Tokens [start, end) as offsets into the original text."""
    tokens = found.doc.tokens
    return found.norm.span(tokens.starts[start], tokens.ends[end - 1])


def _mention(found: _Found, start: int, end: int) -> str:
    s, e = _span(found, start, end)
    return found.norm.original[s:e]


def _record(d: Draft, found: _Found) -> Fact:
    """The draft as a record whose offsets point into the caller's original text."""
    doc = found.doc
    last = d.end - 1
    if (
        doc.words[last] == "."
        and doc.words[last - 1] not in words("amounts/dotted_abbreviations.txt")
        and (d.end == doc.size or doc.sentence_of[last] != doc.sentence_of[d.end])
    ):
        last -= 1  # the full stop after "млн", "тг" ends the sentence; "тыс.", "руб." keep theirs
    start, end = _span(found, d.start, last + 1)
    mention = found.norm.original[start:end]
    fields = dict(d.fields)
    if d.kind == "place":
        fields["name"] = spelled_as(fields["name"], mention)
        fields.update(codes_of(d.fields["canonical"] or d.fields["name"], d.fields["type"], found.kazakhstan))
    if isinstance(fields.get("unit"), str):
        fields["unit"] = phrase_as_written(
            fields["unit"], mention
        )  # "населённых пунктах" → "населённый пункт"
    context = found.contexts.get(id(d))
    if context is not None:
        fields.update(context.fields())
        fields.update(codes_of(context.place, None, found.kazakhstan))
    record = BY_NAME[d.kind].record
    return record(
        start=start, end=end, text=mention, sentence=doc.sentence_of[d.start], rule=d.rule, **fields
    )


def _sentences(found: _Found) -> list[tuple[int, int]]:
    norm = found.norm
    if norm.same_offsets:
        return [(s, max(s, e)) for s, e in found.doc.sentences]
    return [norm.span(s, e) if e > s else (norm.to_original(s),) * 2 for s, e in found.doc.sentences]
