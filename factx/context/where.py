"""The place of each figure, read in text order (see places.py for the mentions it chooses from)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from ..vocab import words
from .mentioned import (
    bare_clause,
    dashed,
    distance,
    distributive,
    is_named,
    nearest,
    points_to_previous,
    respective,
    share_whole,
    spent_on_previous,
    worldwide,
)
from .place_frame import PlaceFrame
from .place_state import PLACE_WORDS, TRAIL
from .places import Mention, place_noun

AGAINST, THAN = "против", "чем"  # "больше, чем в Y – A против B"
RESTATING = frozenset({"на", "или"})  # "4 школы на 6700 мест", "95,2 тыс. тонн или 27,7%"


class PlaceReader(PlaceFrame):
    """Places of figures in text order, carrying each paragraph's framing place forward."""

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
            return self._value(self._last_opening(opening), "the opening of its sentence")
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
        lemma = self.doc.lemma(end - 1)
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

    def _pronoun_back(self, sentence: int) -> Mention | None:
        """The one place named outright in the sentence before one that opens with a personal pronoun."""
        opening = self.doc.opening_words(sentence, 1)
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

    def _named_between(self, sentence: int, after: int, before: int) -> list[Mention]:
        """The places named outright between two figures of a sentence, in order (a word pointing
        back there is more often the base of a comparison: "…, выдаваемого в нашей стране, и 100%")."""
        near = self._near(self.before.get(sentence, []), before)
        return [m for m in near if after <= m.start and m.end <= before and is_named(m)]

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
