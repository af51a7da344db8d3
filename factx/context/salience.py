"""What anaphors point back at, the common parent of several places, and the document's main place."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from ..draft import Draft
from ..places.gazetteer import capitals, entry_named, federal_district
from ..places.names import Entry
from ..text.doc import Doc
from ..text.page import is_credit_line, line_at
from ..vocab import table
from .offices import statistics_offices
from .place_lists import group_lists, joined
from .places import (
    Mention,
    anaphors,
    demonyms,
    named_mentions,
    national_adjectives,
    of_an_office,
    region_adjectives,
)
from .residents import resident_adjectives
from .town_adjectives import district_bodies, firms, town_bodies, works

AHEAD = ("регион", "област")  # words for a region that may point at one named after them
AHEAD_LINES = 1  # … in the line after theirs (a headline's lead), not paragraphs later


DISTRICT = "округ"  # the word for a federal district, which points back at one named
VILLAGE_SENTENCES = 5  # how far back "жителей села" reaches for the village named


class Salience:
    """What anaphors point back at: the places named so far, most recent last."""

    LOOK_BACK = 200  # mentions searched back for an anaphor's place

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        mentioned = [x for m in mentions for x in (m.members or [m]) if x.single and not x.anaphor]
        self.named = [x for x in mentioned if x.locates]
        self.starts = [x.start for x in self.named]
        # A region named by a nickname ("Костанайщина") or in a body's name ("управления финансов
        # ЗКО") is named: "области" after its districts, and a list of its districts, point at it.
        self.names = {name for m in mentioned if m.name for name in (m.name, _main(m))}
        self._country: tuple[str | None] | None = None  # worked out when first asked
        self._republic: bool | None = None

    def resolve(self, m: Mention) -> str | None:
        """The place an anaphor points at, or the common parent of several places when it is named."""
        if m.members:
            return self.containing(m.members)
        if m.several:
            return self._genitive_after(m)
        k = bisect_right(self.starts, m.start - 1)
        before = self.named[max(k - self.LOOK_BACK, 0) : k]
        if m.anaphor == "here":  # "Аксу – город в Павлодарской области. Здесь …": the town, not its region
            listed = self._listed_last(before)
            if len(listed) > 1:  # "районами — Казталовским, Жанибекским и Бокейординским. Здесь …": all
                close = self.doc.sentence_of[listed[-1].start] >= self.doc.sentence_of[m.start] - 1
                return self.common_parent(listed) if close else None
            inner = before[-2:-1] if len(before) > 1 and self._holds(before[-1], before[-2]) else before[-1:]
            # the place of its own sentence or the one before: "Две трети пришлись на непродовольственные
            # товары. Здесь …" points at the goods, not at a town named earlier
            near = inner and self.doc.sentence_of[inner[0].start] >= self.doc.sentence_of[m.start] - 1
            return inner[0].name if near else None
        district = self._federal_district(m, before)
        if district is not None:  # "средний рост по округу" after "среди регионов ПФО"
            return district
        if m.anaphor == "settlement":  # "на селе" is the countryside; "жителей села" the village named
            return self._village(m, before)
        found = _pointed_at(m.anaphor, before, self.names)
        ahead = m.anaphor == "region" and not before and self.doc.words[m.start].startswith(AHEAD)
        if found is None and (m.anaphor == "country" or ahead):
            # "в стране" before the country is named; "в регионе" in a headline above its region's name
            # ("о родном крае" is no region)
            after = self.named[k : k + self.LOOK_BACK]
            if ahead:  # a headline's region is named by its lead, not paragraphs later
                after = [x for x in after if self._lines_between(m, x) <= AHEAD_LINES]
            found = _pointed_at(m.anaphor, list(reversed(after)), self.names)
        if found is None and m.anaphor in ("country", "republic") and not self._republics():
            found = self.country()  # "по стране" in a text that names only the country's places
        if m.anaphor == "centre":  # "в областном центре": the centre of the region pointed at
            region = _pointed_at("region", before, self.names)
            found = _centres().get(main_name(region)) if region else None
        if found is None and m.anaphor == "capital":  # "доходы столицы" after "маслихата Астаны"
            capital_names = set(capitals().values())
            found = next((x.name for x in reversed(before) if x.name in capital_names), None)
            foreign = self.doc.pos(m.start - 1) == "ADJF"  # "британской"
            if found is None and not foreign and (country := self.country()) is not None:
                found = capitals().get(country)  # "в столице" in a text on Казахстан's regions: Астана
        return found

    def _lines_between(self, m: Mention, x: Mention) -> int:
        """How many lines of text begin between two mentions, blank lines aside."""
        starts = self.doc.tokens.starts
        between = self.doc.text[starts[m.start] : starts[x.start]].split("\n")[1:]
        return sum(1 for line in between if line.strip())

    def _federal_district(self, m: Mention, before: list[Mention]) -> str | None:
        """ "по округу" (no "городскому", "сельскому" between) after a federal district was named: a
        figure over that district, a macro-region, not over the last region named ("лидирует в
        округе" still ranks the region)."""
        doc = self.doc
        if not doc.words[m.start].startswith(DISTRICT) or m.several or doc.word(m.start - 1) != "по":
            return None
        return next((x.name for x in reversed(before) if x.name and federal_district(x.name)), None)

    def _village(self, m: Mention, before: list[Mention]) -> str | None:
        """ "обеспечит помощью свыше 300 жителей села": a word for a village in the genitive singular
        right after a noun it depends on is the village last named, within the sentences near it."""
        doc, i = self.doc, m.start
        head = doc.pos(i - 1) if i and doc.same_sentence(i - 1, i) else None
        own = doc.first(i)
        if head != "NOUN" or own is None or not {"sing", "gent"} <= own.grammemes:
            return None
        village = next((x for x in reversed(before) if x.type == "settlement"), None)
        near = (
            village is not None and doc.sentence_of[i] - doc.sentence_of[village.start] <= VILLAGE_SENTENCES
        )
        return village.name if village is not None and near else None

    def _listed_last(self, before: list[Mention]) -> list[Mention]:
        """The last place named and those listed with it (place_lists.joined)."""
        listed = before[-1:]
        for prior in reversed(before[:-1]):
            adjacent = prior.end == listed[0].start  # "в Экибастузе Павлодарской области": one place
            if adjacent or not joined(self.doc, prior.end, listed[0].start) or prior.type != listed[0].type:
                break
            listed.insert(0, prior)
        return listed

    def common_parent(self, members: list[Mention], itself: bool = False) -> str | None:
        """The nearest place that contains every member, if the text names it; with `itself`, a
        member may be that place (a region and its districts: the region)."""
        chains = [[x.name, _main(x), *_ancestors(x)] if itself and x.name else _ancestors(x) for x in members]
        shared = [name for name in chains[0] if all(name in c for c in chains[1:])]
        return next((name for name in shared if name in self.names), None)

    def _holds(self, outer: Mention, inner: Mention) -> bool:
        """Two places of one sentence, the later one holding the earlier."""
        same = self.doc.sentence_of[outer.start] == self.doc.sentence_of[inner.start]
        return same and bool(outer.name) and outer.name in containers(inner.name or "")

    def names_country(self) -> bool:
        return any(x.type == "country" for x in self.named)

    def country(self) -> str | None:
        """The country the text names, when it names one only; in a text that names none, the one
        country its places lie in ("По республике — 4,7%" in an article on Карагандинская область)."""
        if self._country is None:
            named = {x.name for x in self.named if x.type == "country"}
            if not named:
                named = {c for x in self.named if x.name for c in containers(x.name) if is_country(c)}
            self._country = (named.pop() if len(named) == 1 else None,)
        return self._country[0]

    def containing(self, members: list[Mention]) -> str | None:
        """The place that holds several places, when the text names it beside them: one of them
        ("в Костанае и Костанайской области": the region) or one named in their sentence ("в
        Карагандинской области четыре моногорода – Темиртау, Шахтинск, Абай и Балхаш"). Places side
        by side with no such place have none: "в Акмолинской и Костанайской областях" → None; nor have
        regions side by side with their country named."""
        found = self.common_parent(members, itself=True)
        if found is None or found in {x.name for x in members}:
            return found
        entry = entry_named(found)
        if entry is not None and entry.type == "country":
            return None  # regions side by side are not summed into their country: "… РК … в X и Y — 5,1%"
        sentence = self.doc.sentence_of[members[0].start]
        beside = any(x.name == found and self.doc.sentence_of[x.start] == sentence for x in self.named)
        return found if beside else None

    def _republics(self) -> bool:
        """Whether the text names a place in a republic of a federation ("Елабуга" in Татарстан),
        where "республика" is that republic, not the country."""
        if self._republic is None:
            self._republic = any(
                "Республика" in main_name(c)
                for x in self.named
                if x.name
                for c in containers(x.name, include=True)
            )
        return self._republic

    def _genitive_after(self, m: Mention) -> str | None:
        """ "в моногородах Жамбылской области", "в регионах России": the place whose parts they are."""
        k = bisect_left(self.starts, m.end)
        nxt = self.named[k] if k < len(self.named) else None
        return nxt.name if nxt is not None and nxt.start <= m.end + 1 else None


def is_region(name: str | None) -> bool:
    entry = entry_named(name or "")
    return entry is not None and entry.type == "region"


def is_country(name: str | None) -> bool:
    entry = entry_named(name or "")
    return entry is not None and entry.type == "country"


def _office_visits(doc: Doc, named: list[Mention]) -> None:
    """An office's place in a sentence that goes on to a place inside it ("Аким Павлодарской области
    совершил рабочую поездку в Экибастуз", "Глава Бурятии выехал в Заиграевский район") is whose office
    it is, as a body's place is: the text goes to the place inside. Alone ("министр сельского хозяйства
    края сообщил, что намолочено …") it is what the figures are about."""
    for m in named:
        if m.body or not m.single or not of_an_office(doc, m.start):
            continue
        outer = m.name or ""
        after = [n for n in named if n.start > m.start and doc.same_sentence(n.start, m.start)]
        if any(n.single and n.name != outer and within(n, outer) for n in after):
            m.body = True


def within(m: Mention, outer: str) -> bool:
    """The place lies in the one named `outer`: by the gazetteer, or a district it does not place
    ("Острогожский район", found by its word only) beside a region."""
    held = containers(m.name or "")
    return outer in held or (not held and m.type == "district" and is_region(outer))


def _ancestors(m: Mention) -> list[str]:
    return containers(m.parent, include=True) if m.parent else []


def containers(name: str, include: bool = False) -> list[str]:
    """The places that contain a place, nearest first (with `include`, the place itself first)."""
    names: list[str] = []
    entry: Entry | None = entry_named(name)
    parent: str | None = name if include else (entry.parent if entry else None)
    while parent and parent not in names:
        names.append(parent)
        entry = entry_named(parent)
        parent = entry.parent if entry else None
    return names


def _pointed_at(kind: str, before: list[Mention], names: set[str]) -> str | None:
    """The most recent place of the kind an anaphor names, or the region of a more recent town."""
    for x in reversed(before):
        if kind == "country" and x.type == "country":
            return x.name
        if kind in ("region", "republic") and x.type == "region":
            if kind == "republic" and "Республика" not in _main(x) + (x.name or ""):
                continue  # a republic by its gazetteer name or as the text names it ("Республика Крым")
            return x.name
        if (
            kind in ("region", "republic")
            and x.type in ("district", "city", "settlement")
            and (x.parent in names or is_region(x.parent))
        ):  # "По области" after "Экибастуз: итоги года", "по республике" after "в Казани": the town's
            # region, named or not
            if kind == "region" or "Республика" in main_name(x.parent or ""):
                return _as_written(x.parent, before)  # "бюджет республики" after "в Елабуге": Татарстан
            return None
        if kind == "city" and x.type == "city":
            return x.name
        if kind == "district" and x.type == "district":
            return x.name
        if kind == "capital" and x.type == "country" and x.name:
            return capitals().get(x.name)
    if kind == "republic":
        return _pointed_at("country", before, names)
    return None


def _as_written(name: str | None, before: list[Mention]) -> str | None:
    """A place under the name the text last gave it ("Татарстан"), else its gazetteer name."""
    main = main_name(name or "")
    return next((x.name for x in reversed(before) if x.name and _main(x) == main), name)


@cache
def _centres() -> dict[str, str]:
    """Region (its gazetteer name) → the town that is its centre."""
    return {row["region"]: row["centre"] for row in table("places/centres.tsv")}


def main_name(name: str) -> str:
    """The gazetteer's main name of a place ("область Абай" → Абайская область), else the name."""
    entry = entry_named(name)
    return entry.main if entry else name


def _main(m: Mention) -> str:
    entry = entry_named(m.name or "")
    return entry.main if entry else m.name or ""


def place_mentions(doc: Doc, places: list[Draft]) -> tuple[list[Mention], Salience]:
    """Every place mention of the text in order, lists grouped, and what anaphors point at."""
    starts = doc.tokens.starts  # a picture's credit line frames nothing ("Фото: акимат … области")
    named = named_mentions(doc, [p for p in places if not is_credit_line(line_at(doc.text, starts[p.start]))])
    _office_visits(doc, named)
    taken = {k for p in places for k in range(p.start, p.end)}
    found = [*named, *anaphors(doc, taken), *region_adjectives(doc), *national_adjectives(doc)]
    found += [*demonyms(doc), *works(doc, taken), *resident_adjectives(doc, taken)]
    found += [*statistics_offices(doc, taken), *town_bodies(doc, taken), *firms(doc, taken)]
    found += district_bodies(doc, taken)
    mentions = sorted(found, key=lambda m: m.start)
    grouped = group_lists(doc, mentions)
    return grouped, Salience(doc, mentions)  # a town's district written after it is named too
