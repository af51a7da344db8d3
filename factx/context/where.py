"""The place of each figure, read in text order (see places.py for the mentions it chooses from)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise, repeat

from ..draft import Draft
from ..places.gazetteer import entry_named, macro_regions
from ..text.doc import Doc
from ..vocab import stems, words
from .between import ways
from .layout import Layout, nearest_few
from .mentioned import (
    abroad,
    bare_clause,
    dashed,
    demonstrated,
    distance,
    distributive,
    is_named,
    list_item,
    nearest,
    nested,
    points_to_previous,
    ranked,
    ranking_scope,
    respective,
    rubric,
    share_owner,
    share_whole,
    side_of_country,
    some_of_kind,
    spent_on_previous,
    totals,
    whole,
    works_at,
    worldwide,
)
from .opening import main_place
from .places import SIZE, Mention, place_noun
from .salience import containers, is_country, is_region, main_name, place_mentions

AGAINST, THAN = "против", "чем"  # "больше, чем в Y – A против B"


class PlaceReader:
    """Places of figures in text order, carrying each paragraph's framing place forward."""

    def __init__(
        self, doc: Doc, layout: Layout, places: list[Draft], figures: list[Draft], leads: dict[int, int]
    ) -> None:
        """`leads`: the headline and lead sentences and where each starts past a dateline
        (opening.lead_starts)."""
        self.doc, self.layout = doc, layout
        self.mentions, self.salience = place_mentions(doc, places)
        self.counted = {k for d in figures for k in range(d.start, d.end)}  # tokens inside figures
        self.before: dict[int, list[Mention]] = {}  # sentence → its locating mentions, in order
        for m in self.mentions:
            sentence = doc.sentence_of[m.start]
            if m.anaphor == "here" and self.salience.resolve(m) is None:
                continue  # "Здесь" after a sentence that names no place: a segment, a field, not a place
            if rubric(doc, m):
                continue  # "23 сентября 2022 г. 21:23 / Новости Казахстана"
            if m.locates and m.start >= leads.get(sentence, 0):  # a dateline's town locates nothing
                self.before.setdefault(sentence, []).append(m)
        self.ways = ways(doc, self.mentions)  # sentence → the ways between two places it names
        self.by_clause: dict[int, list[Mention]] = {}  # filled a sentence at a time, as figures ask
        self.opening: dict[int, list[Mention]] = {}  # sentence → mentions that open a clause
        self.figures: dict[int, list[tuple[int, int]]] = {}  # clause → the figures in it, in order
        self.figured = {doc.sentence_of[d.start] for d in figures}  # the sentences that hold figures
        self.share_ends = sorted(d.end for d in figures if d.kind in SHARES)
        self.in_sentence: dict[int, list[tuple[int, int]]] = {}  # sentence → its figures, in order
        for d in sorted(figures, key=lambda d: d.start):
            self.figures.setdefault(layout.clause(d.start), []).append((d.start, d.end))
            self.in_sentence.setdefault(doc.sentence_of[d.start], []).append((d.start, d.end))
        self.ends = {sentence: [m.end for m in found] for sentence, found in self.before.items()}
        self.starts: dict[int, list[int]] = {}  # id() of a list of mentions → their starts
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
        self.main = None if main in macro_regions() else main  # "в Сибири": no single place (CONTEXT.md)
        self.share = False  # the figure read now is a percent or a share
        self.next_sentence = 0
        self.located_at = -1  # the last sentence that located something with a verb of where it stands
        self.settled = False  # the frame is where the thing the text is about stands, no visit
        self.left_main = False  # the frame moved to where it is from the main place
        self.frame: tuple[str | None, str] | None = None  # the place the reader carries, and where it was set
        # the last figure's sentence, place and end token
        self.last: tuple[int, tuple[str | None, str], int] | None = None

    def read(self, start: int, end: int, share: bool = False) -> tuple[str | None, str]:
        """The place of the figure over tokens [start, end), and why; `share` for a percent or a share,
        which may name the whole it is part of after it."""
        self.share = share
        found = self._read(start, end)
        self.last = (self.doc.sentence_of[start], found, end)
        return found

    def _read(self, start: int, end: int) -> tuple[str | None, str]:
        doc, layout = self.doc, self.layout
        sentence, clause = doc.sentence_of[start], layout.clause(start)
        self._advance(sentence)
        self._index(sentence)
        compared = self._against(sentence, start, end)
        if compared is not None:  # "на Дону … больше, чем в Краснодарском крае – 2,9 против 1,6 млн га"
            return compared
        respective = self._respective(sentence, start)
        if respective is not None:  # "в Акмолинской и Костанайской областях — 3 и 5 млн т соответственно"
            return self._value(respective, "its place in a list read in order ('соответственно')")
        after = self._bracketed_after(sentence, end)
        if after is not None:  # "5,2 млн тонн (Костанайская область)"
            return self._value(after, "the place in brackets after it")
        if clause in layout.paren_before:
            found = self._bracketed(clause, start)
            if found is not None:
                return found
        own = [
            m for m in self._near(self.by_clause.get(clause, []), start) if self._mine(m, clause, start, end)
        ]
        if not own and points_to_previous(self.doc, clause, start):
            own = self._last_before(sentence, start)  # "…Абай и Балхаш, в которых проживает…"
            if own and distributive(self.doc, clause, start):
                return None, "each of several places"  # "…, каждый из которых принял"
        way = next((w for w in self.ways.get(sentence, []) if layout.clause(w[1].start) == clause), None)
        own = [m for m in own if way is None or m is not way[1]]
        if way is not None and not own:  # "Билет на автобус из Оренбурга в Актобе стоит 2 500 руб."
            ends = f"'{self._words(way[0])}' and '{self._words(way[1])}'"
            return self._carried_parent(list(way)), f"a way between two places, {ends}"
        if own and self.share:  # "6% всего урожая России", "15% производства страны": the whole, not where
            own = [m for m in own if not share_whole(self.doc, m, end)]
        own = [m for m in own if not self._share_whole(m) and not self._scope(m)]
        if own:
            # a figure's noun is what it counts ("газифицируют 2 села"): a place beside it says where
            own = [m for m in own if not (m.anaphor and m.start in self.counted)] or own
            closest = nearest(own, start)
            if closest.members:  # "Среди регионов РК … в Туркестанской области и городе Алматы — 5,1%"
                holder = self._holding_counted(closest, end)
                if holder is not None:
                    return holder, f"the place holding the places it counts '{self._words(closest)}'"
                return self._value(closest, "its own clause, the places nearest to it")
            named = [m for m in own if m.single and not m.anaphor]
            pointing = [m for m in own if m.anaphor and not m.several]
            return self._value(nearest(named or pointing or own, start), "its own clause")
        if self.last is not None and self.last[0] == sentence and bare_clause(self.doc, clause, start, end):
            between = self._named_between(sentence, self.last[2], start)
            if between:  # "ниже всего — в Туркестанской области, 260 тыс. тенге"
                return self._value(between[-1], "the place just before it, which it goes on from")
            return self.last[1][0], "the figure before it, which it goes on from"  # "…на 3,7%, до 8,2 млн т"
        if worldwide(self.doc, clause, start):
            return None, "the world, no single place"
        opening = [
            m
            for m in self._near(self.opening.get(sentence, []), start)
            if m.end <= start and not self._scope(m)
        ]
        if opening:
            return self._value(opening[-1], "the opening of its sentence")
        named = [
            m
            for m in self._near(self.before.get(sentence, []), start)
            if is_named(m) and m.end <= start and not self._scope(m)
        ]
        if len({m.name for m in named}) == 1:  # "хозяйство … Мактааральского района, планируя получить …"
            return self._value(named[-1], "the one place its sentence names before it")
        previous = self._pronoun_back(sentence)
        if previous is not None:  # "… хлопкоробы Жетысайского района. Им предстоит собрать …"
            return self._value(previous, "the one place of the sentence its pronoun goes on from")
        went_on = self._spent_on_last(sentence, clause, start)
        if went_on is not None:  # "… водопровода в селе Ащысай … На эти цели предусмотрено 270 млн"
            return went_on
        if self.frame is not None:
            return self.frame[0], f"the frame, set by {self.frame[1]}"
        return self.main, "the document's main place" if self.main else "none stated"

    def _spent_on_last(self, sentence: int, clause: int, start: int) -> tuple[str | None, str] | None:
        """A figure spent on what the sentence before described ("На эти цели …") takes the place its
        figure had from that sentence itself (not from the frame), when that sentence names one place
        ("38 км сетей в Сатпаеве, еще 12 – в Каражале. На эти цели …": works in two places)."""
        if self.last is None or self.last[0] != sentence - 1:
            return None
        if len({m.name for m in self.before.get(sentence - 1, []) if is_named(m)}) != 1:
            return None
        if not spent_on_previous(self.doc, clause, start):
            return None
        name, why = self.last[1]
        if name is None or why.startswith(("the frame", "the document's")):
            return None
        return name, f"what the sentence before described, the place of its figure: {why}"

    def _holding_counted(self, listed: Mention, end: int) -> str | None:
        """A figure that counts places ("три ключевых региона — СКО, Алматинская и Костанайская
        области") is about the place that holds the places it lists, when the text names it."""
        lemma = self.doc.readings(end - 1)[0].normal_form if self.doc.readings(end - 1) else ""
        return self.salience.common_parent(listed.members) if place_noun(lemma) else None

    def _against(self, sentence: int, start: int, end: int) -> tuple[str | None, str] | None:
        """ "Площадь на Дону вдвое больше, чем в Краснодарском крае, – 2,9 против 1,6 млн га": in "A
        против B" after a comparison "чем в Y", B is Y's figure and A that of the one place named
        before "чем"."""
        doc = self.doc
        first = doc.word(end) == AGAINST
        if not first and doc.word(start - 1) != AGAINST:
            return None
        than = start - 1
        while than >= 0 and doc.same_sentence(than, start) and doc.words[than] != THAN:
            than -= 1
        if than < 0 or doc.words[than] != THAN or not doc.same_sentence(than, start):
            return None
        mentions = [m for m in self.before.get(sentence, []) if is_named(m) and m.end <= start]
        before = [m for m in mentions if m.end <= than]
        after = [m for m in mentions if m.start > than]
        if len(after) != 1 or len({m.name for m in before}) != 1:
            return None
        if first:
            return self._value(before[-1], "the place compared before 'чем', its figure before 'против'")
        return self._value(after[0], "the place after 'чем', its figure after 'против'")

    def _scope(self, m: Mention) -> bool:
        """The place is the field of a ranking ("среди регионов ПФО", "самый высокий рост … по
        Казахстану"), not where the figure is."""
        return ranking_scope(self.doc, m, self.layout.clause(m.start))

    def _pronoun_back(self, sentence: int) -> Mention | None:
        """The one place named outright in the sentence before one that opens with a personal pronoun."""
        opening = self.doc.sentence_words(sentence)[:1]
        if not sentence or not opening or opening[0] not in words("context/personal_pronouns.txt"):
            return None
        named = [m for m in self.before.get(sentence - 1, []) if is_named(m)]
        return named[-1] if len({m.name for m in named}) == 1 else None

    def _bracketed_after(self, sentence: int, end: int) -> Mention | None:
        """The one place a bracket opened just after the figure holds, and nothing else."""
        if self.doc.word(end) != "(":
            return None
        mentions = [x for m in self._near(self.before.get(sentence, []), end) for x in (m, *m.members)]
        inside = [m for m in mentions if m.start == end + 1 and m.single and self.doc.word(m.end) == ")"]
        return inside[0] if inside else None

    def _respective(self, sentence: int, start: int) -> Mention | None:
        """The place a list gives a figure by order, when the sentence says "соответственно"."""
        if not self.layout.respectively(sentence):
            return None
        return respective(self.before.get(sentence, []), self.in_sentence.get(sentence, []), start)

    def _of_share(self, m: Mention) -> bool:
        """The place is the whole a share just before it is part of: "Это 6% всего урожая России"."""
        k = bisect_left(self.share_ends, m.start + 1)
        return bool(k) and share_whole(self.doc, m, self.share_ends[k - 1])

    def _share_whole(self, m: Mention) -> bool:
        """The place after a share's own place in its clause: the whole the share is of."""
        clause, sentence = self.layout.clause(m.start), self.doc.sentence_of[m.start]
        return any(
            share_owner(self.doc, o) and o.start < m.start and self.layout.clause(o.start) == clause
            for o in self.before.get(sentence, [])
        )

    def _named_between(self, sentence: int, after: int, before: int) -> list[Mention]:
        """The places named outright between two figures of a sentence, in order (a word pointing
        back there is more often the base of a comparison: "…, выдаваемого в нашей стране, и 100%")."""
        near = self._near(self.before.get(sentence, []), before)
        return [m for m in near if after <= m.start and m.end <= before and is_named(m)]

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

    def _mine(self, m: Mention, clause: int, start: int, end: int) -> bool:
        """A place of the clause belongs to the figure unless another figure stands nearer to it:
        "90 тыс. рублей в ЯНАО по сравнению с 27 тыс. в Костромской области"."""
        figures = self.figures.get(clause, [])
        k = bisect_left(figures, (m.start, m.end))
        near = figures[max(k - 1, 0) : k + 1]
        ours = self._restated(figures, (start, end))
        linked = [(s, e) for s, e in near if dashed(self.doc, m, s, e)]
        if linked:  # "60 школ — в Туркестанской области, 45 школ — в Алматинской и 30 школ — в Шымкенте"
            return not ours.isdisjoint(linked)
        trailing = [(s, e) for s, e in near if self._trails(m, e)]
        if trailing:  # "17 км сетей в селе Коныр и 4,8 км сетей в селе Умтыл": each its own village
            return not ours.isdisjoint(trailing)
        mine = min(distance(m, s, e) for s, e in ours)
        return not any(distance(m, s, e) < mine for s, e in near if (s, e) not in ours)

    def _restated(self, figures: list[tuple[int, int]], figure: tuple[int, int]) -> set[tuple[int, int]]:
        """A figure and the one written right after it as its capacity, "на N", or as the same amount
        put otherwise, "или N": "4 школы на 6700 мест в Кокшетау" places both alike, "Мактааральского
        района — 95,2 тыс. тонн или 27,7%" the second where the first is (not the first at the whole
        the second is of: "19354,5 руб. или 98% от зарплаты по региону")."""
        if figure not in figures:
            return {figure}
        k = figures.index(figure)
        around = figures[max(k - 1, 0) : k + 2]
        joined = {figure}
        for a, b in pairwise(around):
            joiner = self.doc.word(a[1])
            shares = joiner in RESTATING if figure == b else joiner == "на" and figure == a
            if b[0] == a[1] + 1 and shares:
                joined |= {a, b}
        return joined

    def _trails(self, m: Mention, end: int) -> bool:
        """The place follows a figure ending at `end` as its own, a few words after it with a
        preposition of place and no mark between: "17 км сетей в селе Коныр"."""
        between = self.doc.words[end : m.start]
        return (
            0 < len(between) <= TRAIL
            and all(map(str.isalpha, between))
            and not PLACE_WORDS.isdisjoint(between)
        )

    def _last_before(self, sentence: int, start: int) -> list[Mention]:
        k = bisect_left(self.ends.get(sentence, []), start + 1)
        return self.before[sentence][k - 1 : k] if k else []

    def _bracketed(self, clause: int, start: int) -> tuple[str | None, str] | None:
        """A figure in brackets belongs to the place written just before them: "Алматинская
        область (1,2 млн кв. м, +14%)", "в Амурской (+368%), Мурманской (+349%) … областях"."""
        inside = self._near(self.by_clause.get(clause, []), start)
        if inside:
            return self._value(nearest(inside, start), "its own brackets")
        before = self.layout.paren_before[clause]
        for m in self._near(self.before.get(self.doc.sentence_of[start], []), before):
            for member in m.members or [m]:
                if member.start <= before < member.end:
                    return self._value(member, "the place before its brackets")
        return None

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
            generic = m.several or m.anaphor == "settlement"  # "на селе": the countryside
            if name is None and m.several and (some_of_kind(self.doc, m) or m.anaphor == "country"):
                # "в северных регионах", "из соседних стран": some places, or other countries
                return None, f"{why}, some places of a kind, no single place '{words_of}'"
            if name is None and generic and not m.members and not demonstrated(self.doc, m):
                # "в моногородах", "во всех регионах" with no place after them: all places of a kind
                # together belong to the place the reader carries that holds such places, else to
                # the country, when the text names one country.
                name, kind = self._holder(m.type), "all places of a kind in the place carried"
                if name is None:
                    name, kind = self.salience.country(), "all places of a kind in the country"
        if name in macro_regions() or side_of_country(self.doc, m):
            return None, f"{why}, a macro-region, no single place '{words_of}'"
        return name, f"{why}, {kind} '{words_of}'"

    def _carried(self) -> str | None:
        """The place the reader carries: the frame's, else the document's main place."""
        return self.frame[0] if self.frame is not None and self.frame[0] else self.main

    def _carried_parent(self, members: list[Mention]) -> str | None:
        """Towns or districts side by side inside the place the reader carries ("В Балхаше и Приозерске
        сдано 14 домов" in an article about Карагандинская область): that place. Regions side by side
        are not summed into their country ("в Акмолинской и Костанайской областях" → None)."""
        carried = self._carried()
        parent = self.salience.common_parent(members)
        if parent is None or carried is None:
            return None
        if main_name(parent) == main_name(carried):
            parent = carried  # under the name the text gives it ("область Абай", "Абайская область")
        elif parent not in containers(carried):
            return None
        entry = entry_named(parent)
        return parent if entry is not None and entry.type != "country" else None

    def _holder(self, kind: str) -> str | None:
        """The nearest region or country holding the carried place that is bigger than places of this
        kind: "в моногородах", "в сельских районах" → the region carried; "в регионах" → its country."""
        carried = self._carried()
        rank = SIZE.get(kind)
        if carried is None or rank is None:
            return None
        for name in containers(carried, include=True):
            entry = entry_named(name)
            if entry is not None and SIZE.get(entry.type, 0) > max(rank, SIZE["district"]):
                return name  # a region at least: "в селах" in a district's paragraph are the region's
        return None

    def _advance(self, sentence: int) -> None:
        """Let earlier sentences move the frame: a place a sentence states becomes the frame for the
        figures after it, across paragraphs, until another is stated — except a visit to a place
        inside the main place, which ends with its paragraph."""
        while self.next_sentence < sentence:
            k = self.next_sentence
            if k and self.layout.paragraph[k] != self.layout.paragraph[k - 1] and self._excursion():
                self.frame = None
            moved = self._moves_frame(k) if k in self.before else None  # a sentence naming no place: kept
            if moved is not None:
                name, why = self._value(moved, "")
                # "по республике" with no country named gives its figure the country of the text's places,
                # an aside the reader comes back from, when there is a place to come back to
                aside = is_country(name) and moved.anaphor != "" and not self.salience.names_country()
                aside = aside and self._carried() is not None
                if not self._whole_aside(moved, name) and (
                    (name is not None and not aside) or moved.anaphor == ""
                ):
                    said = why.split("'")[1] if "'" in why else why
                    self.left_main = self._carried() == self.main  # a town visited from the country
                    self.frame = (name, f"'{said}' in sentence {k + 1}")
                    self.settled = self.located_at == k
            self.next_sentence += 1
        if (
            sentence
            and self.layout.paragraph[sentence] != self.layout.paragraph[sentence - 1]
            and self._excursion()
        ):
            self.frame = None  # the figure's own sentence opens a paragraph: the visit is over for it too
        if self._excursion() and totals(self.doc, sentence):  # "Всего на ремонт направлено …"
            visited = self._carried()
            self.frame = (self.main, f"a total in sentence {sentence + 1}, back from a visit to {visited}")

    def _ranked(self, m: Mention) -> bool:
        return ranked(self.doc, self.doc.sentence_of[m.start], m)

    def _whole_aside(self, m: Mention, name: str | None) -> bool:
        """ "В целом по Казахстану добыто …" in an article on one oblast, "По Самарской области в
        целом …" in one on Тольятти: a total over a place that holds the one the text is about, an
        aside the reader comes back from."""
        carried = self._carried()
        return name is not None and carried is not None and name in containers(carried) and whole(self.doc, m)

    def _excursion(self) -> bool:
        """The frame is a place inside the document's main place (a town of the region or the country
        the article is about): such a visit lasts its paragraph, and the next one is back in the main
        place."""
        place = self.frame[0] if self.frame is not None else None
        if place is None or self.settled or self.main is None or self.main not in containers(place):
            return False
        main, visited = entry_named(self.main), entry_named(place)
        if main is None or main.type != "country":
            return True
        # a region of a national article is no visit; a town is, when the text went there from the
        # country ("в Экибастузе будет запущен …"), not when it opened there
        return self.left_main and visited is not None and visited.type != "region"

    def _moves_frame(self, k: int) -> Mention | None:
        """The mention that sentence k moves the frame to, if any: the last of those opening a clause,
        unless the sentence compares places (a list, or two places side by side) or the place is an
        item of a list written as prose ("В Актюбинской области — 6,7 млрд."): the text has not moved
        on to one place."""
        self._index(k)
        opening = [
            m
            for m in self.opening.get(k, [])
            if not m.several
            and not list_item(self.doc, m)
            and not abroad(self.doc, m, k, self.main)
            and not self._of_share(m)
            and not self._share_whole(m)
            and not self.layout.described(m.start)
        ]
        if not opening:
            located = self._located(k) or self._only_body(k)
            return None if located is None or ranked(self.doc, k, located) else located
        named = {m.name or "" for m in self.before.get(k, []) if is_named(m)}
        if len(named) > 1 and not nested(named):
            return None
        return None if ranked(self.doc, k, opening[-1]) else opening[-1]

    def _only_body(self, k: int) -> Mention | None:
        """A body's place ("директор департамента финансов мэрии Омска") in a text that has set no place
        yet: whose figures they are. A body never moves a frame the text has set."""
        if self._carried() is not None:
            return None
        doc = self.doc
        bodies = {
            m.name: m
            for m in self.mentions
            if m.body and m.single and m.type != "country" and doc.sentence_of[m.start] == k
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _located(self, k: int) -> Mention | None:
        """The one place a sentence locates something at with a verb of where it stands ("Завод
        разместится в промышленной зоне Жезказгана", "Он расположен в Магнитогорске") or as the place
        of works ("вложит 20 млрд тенге в строительство завода в Экибастузе"): the figures after it
        are about what stands there."""
        named = [m for m in self.before.get(k, []) if is_named(m) and not abroad(self.doc, m, k, self.main)]
        named = innermost(named)
        verbs = stems("context/location_verbs.txt")
        if not named:
            named = self._pointed_back(k, verbs)
            self.located_at = k if named else self.located_at
            return named[-1] if named else None
        if k not in self.figured:  # "Компания построит завод в Туркестанской области.": the figures after
            verbs += stems("context/project_verbs.txt")  # it are about the plant
        if not any(map(str.startswith, self.doc.sentence_words(k), repeat(verbs))) and not works_at(
            self.doc, named[-1]
        ):
            return None
        self.located_at = k
        return named[-1]

    def _pointed_back(self, k: int, verbs: tuple[str, ...]) -> list[Mention]:
        """A sentence without figures or places named outright that locates something with a verb of
        where it stands at a noun pointing back to one place ("Объект расположен в промышленной зоне
        города" after a visit to a town): that place. Plans' prose ("на территории района
        реализуются …") does not locate a thing."""
        if k in self.figured or not any(map(str.startswith, self.doc.sentence_words(k), repeat(verbs))):
            return []
        pointing = [
            m
            for m in self.before.get(k, [])
            if m.anaphor
            and not m.several
            and not m.body
            and m.anaphor != "country"
            and self._located_by_verb(m, verbs)
        ]
        resolved = {self.salience.resolve(m) for m in pointing}
        return pointing[-1:] if len(resolved) == 1 and None not in resolved else []

    def _located_by_verb(self, m: Mention, verbs: tuple[str, ...]) -> bool:
        """A noun pointing back ends the phrase of place a verb of where something stands opens:
        "расположен в специальной экономической зоне города" (not "расположенным в городе", which
        describes, nor "рассказал главе региона")."""
        readings = self.doc.readings(m.start)
        if not readings or readings[0].tag.POS != "NOUN":
            return False
        for i in range(m.start - 2, max(m.start - TRAIL - 2, 0) - 1, -1):
            word = self.doc.words[i]
            if word.startswith(verbs):
                verb = self.doc.readings(i)
                return self.doc.words[i + 1] in PLACE_WORDS and bool(verb) and verb[0].tag.POS in FINITE
            if not word.isalpha():
                return False
        return False


def innermost(named: list[Mention]) -> list[Mention]:
    """Of places named together, the one inside all the others: "власти Воронежской области в
    Острогожском районе рассматривают строительство завода" (a district the gazetteer does not place
    counts as inside the region beside it); nothing for places side by side."""
    names = {m.name or "" for m in named}

    def holds_all(m: Mention) -> bool:
        outer = containers(m.name or "")
        unplaced = not outer and m.type == "district"  # "Острогожский район": found by its word only
        return all(n == m.name or n in outer or (unplaced and is_region(n)) for n in names)

    return [m for m in named if holds_all(m)]


SHARES = frozenset({"percent", "share"})  # figures that may name the whole they are part of after them
TRAIL = 4  # words between a figure and a place that follows it as its own ("сетей в селе")
PLACE_WORDS = frozenset({"в", "во", "на"})
FINITE = frozenset({"VERB", "PRTS"})  # "находится", "расположен": a verb that states, not describes
RESTATING = frozenset({"на", "или"})  # "4 школы на 6700 мест", "95,2 тыс. тонн или 27,7%"
NEAR = 8  # mentions considered on each side of a figure
