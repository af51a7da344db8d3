"""What a place reader reads from: the place mentions indexed by sentence and clause, the figures
beside them, the frame it carries, and the place each mention gives.
"""

from __future__ import annotations

from bisect import bisect_left

from ..draft import Draft
from ..places.gazetteer import entry_named, macro_regions, region_standing_for
from ..text.doc import Doc
from .between import ways
from .layout import Layout, nearest_few
from .mentioned import (
    demonstrated,
    ranked,
    ranking_scope,
    rubric,
    share_owner,
    share_whole,
    side_of_country,
    some_of_kind,
)
from .opening import main_place, past_dateline
from .places import SIZE, Mention
from .salience import containers, main_name, place_mentions

SHARES = frozenset({"percent", "share"})  # figures that may name the whole they are part of after them
NEAR = 8  # mentions considered on each side of a figure
TRAIL = 4  # words between a figure and a place that follows it as its own ("сетей в селе")
PLACE_WORDS = frozenset({"в", "во", "на"})
LONG_LIST = 3  # names from which a list of districts the gazetteer cannot place reads as the region's


class PlaceState:
    """Mentions and figures indexed for a place reader, the frame it carries and what each mention names."""

    def __init__(
        self, doc: Doc, layout: Layout, places: list[Draft], figures: list[Draft], leads: dict[int, int]
    ) -> None:
        """`leads`: the headline and lead sentences and where each starts past a dateline
        (opening.lead_starts)."""
        self.doc, self.layout = doc, layout
        self.mentions, self.salience = place_mentions(doc, places)
        self.counted = {k for d in figures for k in range(d.start, d.end)}  # tokens inside figures
        self.before: dict[int, list[Mention]] = {}  # sentence → its locating mentions, in order
        opens = dict(leads)  # sentence → where it starts saying something of a place, read once
        for m in self.mentions:
            sentence = doc.sentence_of[m.start]
            if m.anaphor == "here" and self.salience.resolve(m) is None:
                continue  # "Здесь" after a sentence that names no place: a segment, a field, not a place
            if rubric(doc, m):
                continue  # "23 сентября 2022 г. 21:23 / Новости Казахстана"
            if sentence not in opens:
                opens[sentence] = past_dateline(doc, sentence)
            if m.locates and m.start >= opens[sentence]:  # a dateline's town locates nothing
                self.before.setdefault(sentence, []).append(m)
        self.ways = ways(doc, self.mentions)  # sentence → the ways between two places it names
        self.by_clause: dict[int, list[Mention]] = {}  # filled a sentence at a time, as figures ask
        self.opening: dict[int, list[Mention]] = {}  # sentence → mentions that open a clause
        self.figures: dict[int, list[tuple[int, int]]] = {}  # clause → the figures in it, in order
        self.figured = {doc.sentence_of[d.start] for d in figures}  # the sentences that hold figures
        self.share_ends = sorted(d.end for d in figures if d.kind in SHARES)
        self._region_word: bool | None = None  # whether the text speaks of one "регион"
        self.in_sentence: dict[int, list[tuple[int, int]]] = {}  # sentence → its figures, in order
        for d in sorted(figures, key=lambda d: d.start):
            self.figures.setdefault(layout.clause(d.start), []).append((d.start, d.end))
            self.in_sentence.setdefault(doc.sentence_of[d.start], []).append((d.start, d.end))
        self.ends = {sentence: [m.end for m in found] for sentence, found in self.before.items()}
        self.starts: dict[int, list[int]] = {}  # id() of a list of mentions → their starts
        self.share_owners: dict[int, dict[int, int]] = {}  # sentence → clause → its first share's place
        # a place the headline ranks among others ("Туркестанская область лидирует по вводу жилья") is
        # not what the article is about
        unranked = [m for m in self.mentions if doc.sentence_of[m.start] not in leads or not self._ranked(m)]
        last_lead = max(leads, default=0)
        first_figure = min(self.figured, default=len(doc.sentences))
        lead_paragraph = {  # the sentences after the lead in its paragraph, before any figure
            k
            for k in range(last_lead + 1, first_figure)
            if layout.paragraph[k] == layout.paragraph[last_lead]
        }
        main = main_place(doc, leads, unranked, self.salience, lead_paragraph, first_figure)
        main = self._as_region(main)
        self.main = None if main in macro_regions() else main  # "в Сибири": no single place (CONTEXT.md)
        self.share = False  # the figure read now is a percent or a share
        self.next_sentence = 0
        self.located_at = -1  # the last sentence that located something with a verb of where it stands
        self.settled = False  # the frame is where the thing the text is about stands, no visit
        self.left_main = False  # the frame moved to where it is from the main place
        self.frame: tuple[str | None, str] | None = None  # the place the reader carries, and where it was set
        # the last figure's sentence, place and end token
        self.last: tuple[int, tuple[str | None, str], int] | None = None

    def _index(self, sentence: int) -> None:
        """Sort a sentence's mentions by clause and find those that open one, once."""
        if sentence in self.opening:
            return
        layout = self.layout
        self.opening[sentence] = []
        for m in self.before.get(sentence, []):
            for clause in {layout.clause(m.start), layout.clause(m.end - 1)}:
                self.by_clause.setdefault(clause, []).append(m)
            if (layout.framing(m.start) or layout.described(m.start)) and not m.body:
                self.opening[sentence].append(m)

    def _near(self, mentions: list[Mention], start: int) -> list[Mention]:
        """The mentions (in text order) nearest to a token, a few on each side."""
        return nearest_few(mentions, start, self.starts, lambda m: m.start, NEAR)

    def _words(self, m: Mention) -> str:
        return " ".join(self.doc.tokens.raw(k) for k in range(m.start, m.end))

    def _value(self, m: Mention, why: str) -> tuple[str | None, str]:
        words_of = self._words(m)
        if m.single:
            name, kind = m.name, "the place"
        else:
            name = self.salience.resolve(m)
            kind = "several places" if m.several else "a word pointing back"
            if name is None and m.members:
                name, kind = self._carried_parent(m.members), "several places of the place carried"
            if name is None and m.anaphor == "region" and not m.several and self._carried_region():
                name, kind = self._carried(), "the region carried"  # "в регионе" after "Восточный Казахстан"
            generic = m.several or m.anaphor == "settlement"  # "на селе": the countryside
            if name is None and m.several and (some_of_kind(self.doc, m) or m.anaphor == "country"):
                # "в северных регионах", "из соседних стран": some places, or other countries
                return None, f"{why}, some places of a kind, no single place '{words_of}'"
            if name is None and generic and not m.members and not demonstrated(self.doc, m):
                # "в моногородах", "во всех регионах" with no place after them: all places of a kind
                # together belong to the place the reader carries that holds such places, else to
                # the country, when the text names one country.
                name, kind = (
                    self._holder(m.type, m.start in self.counted),
                    "all places of a kind in the place carried",
                )
                if name is None and m.start in self.counted:  # "в трех городах" before any place is set
                    return None, f"{why}, a count of places of a kind, no place carried '{words_of}'"
                if name is None:
                    name, kind = self.salience.country(), "all places of a kind in the country"
        region = self._as_region(name)
        if region != name:
            return region, f"{why}, a part of the country the text calls a region '{words_of}'"
        if name in macro_regions() or side_of_country(self.doc, m):
            return None, f"{why}, a macro-region, no single place '{words_of}'"
        return name, f"{why}, {kind} '{words_of}'"

    def _as_region(self, name: str | None) -> str | None:
        """ "Восточный Казахстан" in a text that speaks of "регион" (one): the region it stands for."""
        region = region_standing_for(name) if name else None
        return region if region is not None and self._speaks_of_region() else name

    def _carried_region(self) -> bool:
        carried = self._carried()
        entry = entry_named(carried) if carried else None
        return entry is not None and entry.type == "region"

    def _speaks_of_region(self) -> bool:
        if self._region_word is None:
            doc = self.doc
            self._region_word = any(
                word.startswith("регион")
                and any(p.normal_form == "регион" and p.tag.number == "sing" for p in doc.readings(k))
                for k, word in enumerate(doc.words)
            )
        return self._region_word

    def _carried(self) -> str | None:
        """The place the reader carries: the frame's, else the document's main place."""
        return self.frame[0] if self.frame is not None and self.frame[0] else self.main

    def _carried_parent(self, members: list[Mention]) -> str | None:
        """Towns or districts side by side inside the place the reader carries ("В Балхаше и Приозерске
        сдано 14 домов" in an article about Карагандинская область): that place. Regions side by side
        are not summed into their country ("в Акмолинской и Костанайской областях" → None)."""
        carried = self._carried()
        placed = [
            m for m in members if m.parent
        ]  # a district the gazetteer cannot place is the carried region's
        if (
            carried is not None
            and len(placed) < len(members) >= LONG_LIST
            and self._holds_unplaced(carried, members)
        ):
            if not placed:
                return carried
            members = placed
        if carried is None:
            return None
        parent = self.salience.common_parent(members)
        if parent is None and all(carried in containers(m.parent or "", include=True) for m in members):
            return carried  # "в Индерском и Исатайском районах" of the region carried as "области"
        if parent is None:
            return None
        if main_name(parent) == main_name(carried):
            parent = carried  # under the name the text gives it ("область Абай", "Абайская область")
        elif parent not in containers(carried):
            return None
        entry = entry_named(parent)
        return parent if entry is not None and entry.type != "country" else None

    def _holds_unplaced(self, carried: str, members: list[Mention]) -> bool:
        """Whether a region carried holds the listed places the gazetteer cannot place: a reader reads
        "в Рамонском, Каширском и Богучарском районах" of an article on Воронежская область as that
        region's districts (districts or villages of unknown parent, in a list of three or more names;
        "Стерлитамак и Хайбуллинский район" alone stay two places)."""
        entry = entry_named(carried)
        if entry is None or SIZE.get(entry.type, 0) <= SIZE["district"] or entry.type == "country":
            return False
        return all(m.parent or SIZE.get(m.type, 0) <= SIZE["district"] for m in members)

    def _holder(self, kind: str, counted: bool = False) -> str | None:
        """The nearest region or country holding the carried place that is bigger than places of this
        kind: "в моногородах", "в сельских районах" → the region carried; "в регионах" → its country.
        A figure that counts the places ("на его территории 27 сел") may be the carried place's own,
        a district's."""
        carried = self._carried()
        rank = SIZE.get(kind)
        if carried is None or rank is None:
            return None
        floor = rank if counted else max(rank, SIZE["district"])  # "в селах" of a district: the region's
        for name in containers(carried, include=True):
            entry = entry_named(name)
            unplaced = SIZE["district"] if name.endswith(" район") else 0  # "Заиграевский район", by its word
            size = SIZE.get(entry.type, 0) if entry else unplaced
            if size > floor:
                return name
        return None

    def _last_opening(self, opening: list[Mention]) -> Mention:
        """The last of the places opening a sentence, one given by an adjective ("Также в районе — сеть
        региональных дорог") only when no other is: such a word tells what level a thing is of."""
        nouns = [m for m in opening if not self._adjective(m)]
        return (nouns or opening)[-1]

    def _adjective(self, m: Mention) -> bool:
        readings = self.doc.readings(m.start)
        return m.name is None and bool(readings) and readings[0].tag.POS == "ADJF"

    def _ranked(self, m: Mention) -> bool:
        return ranked(self.doc, self.doc.sentence_of[m.start], m)

    def _scope(self, m: Mention) -> bool:
        """The place is the field of a ranking ("среди регионов ПФО", "самый высокий рост … по
        Казахстану"), not where the figure is."""
        return ranking_scope(self.doc, m, self.layout.clause(m.start))

    def _of_share(self, m: Mention) -> bool:
        """The place is the whole a share just before it is part of: "Это 6% всего урожая России"."""
        k = bisect_left(self.share_ends, m.start + 1)
        return bool(k) and share_whole(self.doc, m, self.share_ends[k - 1])

    def _share_whole(self, m: Mention) -> bool:
        """The place after a share's own place in its clause: the whole the share is of."""
        sentence = self.doc.sentence_of[m.start]
        if sentence not in self.share_owners:  # once per sentence: a sentence may be a whole long text
            owners: dict[int, int] = {}  # clause → where its first share's own place starts
            for o in self.before.get(sentence, []):
                if share_owner(self.doc, o):
                    owners.setdefault(self.layout.clause(o.start), o.start)
            self.share_owners[sentence] = owners
        first = self.share_owners[sentence].get(self.layout.clause(m.start))
        return first is not None and first < m.start
