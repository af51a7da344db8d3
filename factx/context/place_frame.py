"""How the sentences before a figure move the place frame: a place stated opening a clause, one
something is located at, a body's place where none is set, and visits that end with their paragraph.
"""

from __future__ import annotations

from itertools import repeat

from ..places.gazetteer import entry_named, macro_regions
from ..vocab import stems
from .mentioned import abroad, is_named, list_item, nested, ranked, totals, whole, works_at
from .place_state import PLACE_WORDS, TRAIL, PlaceState
from .places import Mention
from .salience import containers, is_country, within

FINITE = frozenset({"VERB", "PRTS"})  # "находится", "расположен": a verb that states, not describes


class PlaceFrame(PlaceState):
    """The frame a place reader carries forward, moved by the sentences before each figure."""

    def _advance(self, sentence: int) -> None:
        """Let earlier sentences move the frame: a place a sentence states becomes the frame for the
        figures after it, across paragraphs, until another is stated — except a visit to a place
        inside the main place, which ends with its paragraph."""
        while self.next_sentence < sentence:
            k = self.next_sentence
            if self._new_paragraph(k) and self._excursion():
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
        if self._new_paragraph(sentence) and self._excursion():
            self.frame = None  # the figure's own sentence opens a paragraph: the visit is over for it too
        if self._excursion() and totals(self.doc, sentence):  # "Всего на ремонт направлено …"
            visited = self._carried()
            self.frame = (self.main, f"a total in sentence {sentence + 1}, back from a visit to {visited}")

    def _new_paragraph(self, k: int) -> bool:
        """Sentence k opens a paragraph of its own: not an item of a list whose line before ends with a
        colon ("В промышленной зоне Актау открылись два цеха:" and "- по выпуску труб (3,5 млрд тенге)"
        on the lines after it), which goes on with the sentence that opens it."""
        layout = self.layout
        return bool(k) and layout.paragraph[k] != layout.paragraph[k - 1] and layout.list_opener(k) is None

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
            located = self._located(k) or self._list_head(k) or self._only_body(k) or self._only_place(k)
            return None if located is None or ranked(self.doc, k, located) else located
        named = {m.name or "" for m in self.before.get(k, []) if is_named(m)}
        if len(named) > 1 and not nested(named):
            return None
        last = self._last_opening(opening)
        return None if ranked(self.doc, k, last) else last

    def _list_head(self, k: int) -> Mention | None:
        """ "Кроме того, в Павлодарской области:" ending its line, with items opening with a dash on
        the lines after: the place the whole list is about, not an item of one; the text moves to it."""
        tokens = self.doc.sentence_tokens(k)
        if self.layout.list_opener(k + 1) != k or self.doc.words[tokens.stop - 1] != ":":
            return None
        heads = [
            m
            for m in self.before.get(k, [])
            if is_named(m) and m.end == tokens.stop - 1 and not abroad(self.doc, m, k, self.main)
        ]
        return heads[-1] if heads else None

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

    def _only_place(self, k: int) -> Mention | None:
        """The one place a sentence with figures names, anywhere in it, in a text that carries none yet
        ("С начала года услуги получили около 9 тыс. алматинцев. На выплаты предусмотрено 1,8 млрд
        тенге"): the reader is there from then on, though the figures before it stay without a place."""
        if self._carried() is not None or k not in self.figured:  # "Об этом сообщили на брифинге в Астане."
            return None
        named = [m for m in self.before.get(k, []) if is_named(m) and not m.body]
        if (
            len({m.name for m in named}) != 1
            or is_country(named[-1].name)
            or named[-1].name in macro_regions()
        ):
            return None  # a country or a macro-region named in passing ("в США", "в Европе") frames nothing
        return named[-1]

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
    return [m for m in named if all(n == m.name or within(m, n) for n in names)]
