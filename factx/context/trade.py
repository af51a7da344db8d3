"""Goods or money that cross the border with no word of export or import written: a word of selling or
shipping with a foreign destination in the figure's clause ("аграрии отправили в Узбекистан 640 тыс.
тонн", "продал за границу", "отгрузили казахстанским партнёрам") is exports; one of buying or bringing
in from abroad ("закупили в Китае", "завезли из Китая", "закупки китайской техники") imports.

Which places are countries the place layer says; a country is foreign when the text is not about it
(its main place is not in it) or when the clause names another country beside it, which then trades
with it ("Россия поставила в Китай" in a text about China).
"""

from __future__ import annotations

from functools import cache

from ..draft import Draft
from ..text.doc import Doc
from ..vocab import lemma_forms, table, words
from .layout import Layout
from .lemmas import lemma_hits, token_lemmas
from .places import Mention
from .salience import containers, is_country

INTO = frozenset({"в", "во", "на"})  # before a destination in the accusative, an origin in the locative
ABROAD_AFTER = frozenset({"за", "из-за"})  # "за рубеж", "из-за границы"


@cache
def _adjective_forms() -> dict[str, str]:
    """Every form of an adjective that names a country ("китайской") → the country."""
    return {
        form: row["place"]
        for row in table("places/country_adjectives.tsv")
        for form in lemma_forms(row["lemma"])
    }


@cache
def _acts() -> frozenset[str]:
    return words("indicators/selling_words.txt") | words("indicators/buying_words.txt")


class Border:
    """The countries a text names, by token, and the ones it is about."""

    def __init__(self, doc: Doc, mentions: list[Mention], main: str | None) -> None:
        self.doc = doc
        self.names: dict[int, str] = {}  # the first token of a country's name → the country
        for x in (x for m in mentions for x in (m.members or [m])):
            if x.name and x.type == "country" and not x.anaphor:
                self.names[x.start] = x.name
        forms = _adjective_forms()
        self.adjectives = {i: forms[doc.words[i]] for i in doc.positions(forms)}  # "китайской" → Китай
        self.home = frozenset(c for c in ([main, *containers(main)] if main else []) if is_country(c))
        self.placed = frozenset(  # the tokens that name a place, not through an anaphor nor as a body
            i for m in mentions if not (m.anaphor or m.body) for i in range(m.start, m.end)
        )
        self._acts: dict[int, list[int]] = {}  # clause → where its words of selling or buying stand

    def crossing(self, layout: Layout, d: Draft) -> str | None:
        """ "exports" or "imports" when the figure's clause sells to or buys from abroad, else None."""
        doc = self.doc
        clause = layout.tokens(layout.clause(d.start))
        if clause.start not in self._acts:  # figures share clauses: read each once
            self._acts[clause.start] = lemma_hits(doc, clause, _acts())
        acts = self._acts[clause.start]
        elided = layout.elided_verb(d.start) if not acts else None  # ", в Россию — 12 тыс. тонн меди"
        if elided is not None and token_lemmas(doc, elided) & _acts():
            acts = [elided]
        if not acts:
            return None
        act = min(acts, key=lambda i: abs(i - d.start))  # the nearest word of trade says which way
        way = "to" if token_lemmas(doc, act) & words("indicators/selling_words.txt") else "from"
        named = {c for i in clause for c in (self.names.get(i), self.adjectives.get(i)) if c}
        if any(self._way(i, named) == way for i in clause):
            return "exports" if way == "to" else "imports"
        return None

    def visited(self, layout: Layout, d: Draft) -> bool:
        """Whether the figure's clause says people came to a place it names: "Приморье посетили 420 тыс.
        граждан КНР, более 100 тыс. граждан Кореи" count tourists, by their own verb or the one their
        clause shares; "выставку посетили 5 тыс. человек" names no place, and no tourists."""
        verb = layout.shared_verb(d.start)
        if verb is None or not token_lemmas(self.doc, verb) & words("indicators/visit_words.txt"):
            return False
        spans = {layout.clause(d.start), layout.clause(verb)}
        return any(i in self.placed for c in spans for i in layout.tokens(c))

    def _way(self, i: int, named: set[str]) -> str | None:
        """Whether token i names abroad as where goods go ("в Китай", "казахстанским партнёрам", "за
        рубеж") or where they come from ("из Китая", "в Китае", "китайской техники", "из-за границы")."""
        doc = self.doc
        before = doc.word(i - 1)
        cases = {p.tag.case for p in doc.readings(i + 1 if i in self.adjectives else i)}  # of the noun
        if token_lemmas(doc, i) & words("indicators/abroad_words.txt") and before in ABROAD_AFTER:
            return "to" if before == "за" and "accs" in cases else "from"
        country = self.names.get(i) or self.adjectives.get(i)
        if country is None or (country in self.home and len(named) < 2):
            return None  # not foreign: the country the text is about, with no other beside it
        if before in INTO and "accs" in cases and "loct" not in cases:
            return "to"
        if cases == {"datv"} and before not in INTO | {"из"}:
            return "to"
        if before == "из" or (before in INTO and "loct" in cases) or i in self.adjectives:
            return "from"
        return None
