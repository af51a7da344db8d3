"""What anaphors point back at, the common parent of several places, and the document's main place."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from ..draft import Draft
from ..places.elided import ITEM_MARKS
from ..places.gazetteer import Entry, capitals, entry_named
from ..text.doc import Doc
from ..text.page import is_date_line
from ..text.tokens import DASHES
from ..vocab import table
from .layout import Layout
from .places import (
    Mention,
    anaphors,
    demonyms,
    group_lists,
    named_mentions,
    national_adjectives,
    region_adjectives,
    works,
)
from .residents import resident_adjectives

AHEAD = ("регион", "област")  # words for a region that may point at one named after them
YEAR = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,/-])")


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
            inner = before[-2:-1] if len(before) > 1 and self._holds(before[-1], before[-2]) else before[-1:]
            # the place of its own sentence or the one before: "Две трети пришлись на непродовольственные
            # товары. Здесь …" points at the goods, not at a town named earlier
            near = inner and self.doc.sentence_of[inner[0].start] >= self.doc.sentence_of[m.start] - 1
            return inner[0].name if near else None
        found = _pointed_at(m.anaphor, before, self.names)
        ahead = m.anaphor == "region" and not before and self.doc.words[m.start].startswith(AHEAD)
        if found is None and (m.anaphor == "country" or ahead):
            # "в стране" before the country is named; "в регионе" in a headline above its region's name
            # ("о родном крае" is no region)
            after = self.named[k : k + self.LOOK_BACK]
            found = _pointed_at(m.anaphor, list(reversed(after)), self.names)
        if found is None and m.anaphor in ("country", "republic") and not self._republics():
            found = self.country()  # "по стране" in a text that names only the country's places
        if m.anaphor == "centre":  # "в областном центре": the centre of the region pointed at
            region = _pointed_at("region", before, self.names)
            found = _centres().get(main_name(region)) if region else None
        if found is None and m.anaphor == "capital":  # "доходы столицы" after "маслихата Астаны"
            capital_names = set(capitals().values())
            found = next((x.name for x in reversed(before) if x.name in capital_names), None)
            foreign = any(p.tag.POS == "ADJF" for p in self.doc.readings(m.start - 1)[:1])  # "британской"
            if found is None and not foreign and (country := self.country()) is not None:
                found = capitals().get(country)  # "в столице" in a text on Казахстан's regions: Астана
        return found

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
            if kind == "republic" and "Республика" not in _main(x):
                continue
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


def _formal(name: str, framing: list[Mention]) -> str:
    """The opening's own formal name for a place first called by a nickname ("На Кубани …" over
    "в Краснодарском крае …"); a short form of the formal name stays ("Башкортостан")."""
    entry = entry_named(name)
    nickname = entry is not None and name not in entry.main
    if entry and nickname and any(m.name == entry.main for m in framing):
        return entry.main
    return name


def opening_sentences(doc: Doc, layout: Layout) -> set[int]:
    """The sentences that say what a document is about: its headline and its first sentence. A
    dateline ("ПЕТРОПАВЛОВСК.") or a date line is passed over."""
    opening: set[int] = set()
    dateline = False  # the sentence before was a dateline: the body starts on its line
    last = OPENING_LINES  # the lines looked at, a teaser's own sentences added
    for k in range(len(doc.sentences)):
        if k >= last:
            break
        if k and layout.paragraph[k] == layout.paragraph[k - 1] and not dateline:
            continue  # only the first sentence of each line
        words = [w for w in doc.sentence_words(k) if w.isalpha()]
        start, end = doc.sentences[k]
        dated = is_date_line(doc.text[start:end])  # "Воронеж, 19 декабря 2024 года."
        dateline = (len(words) <= 2 and not _short_headline(doc, k)) or _is_dateline(doc, k, words) or dated
        if dateline:
            continue  # a dateline, a date, a byline
        opening.add(k)
        alone = k + 1 >= len(doc.sentences) or layout.paragraph[k + 1] != layout.paragraph[k]
        if not alone or doc.text[doc.sentences[k][1] - 1] in ".!?":
            if not _teaser(doc, layout, k):
                break  # the first sentence of the body
            last += sum(layout.paragraph[j] == layout.paragraph[k] for j in range(k, len(doc.sentences)))
    return opening


def _teaser(doc: Doc, layout: Layout, k: int) -> bool:
    """Sentence k opens a line that the next line begins with again: a headline cut short ("Аграрии
    собрали миллион тонн. Поздравляю всех" over the lead that goes on), not the body."""
    line = [j for j in range(k, len(doc.sentences)) if layout.paragraph[j] == layout.paragraph[k]]
    if line[-1] + 1 >= len(doc.sentences):
        return False
    text = doc.text[doc.sentences[k][0] : doc.sentences[line[-1]][1]].strip()
    nxt = doc.sentences[line[-1] + 1][0]
    return len(text) > TEASER and doc.text[nxt : nxt + len(text)] == text


TEASER = 20  # characters a repeated headline must have, more than a rubric's word or two
OPENING_LINES = 6  # how many sentences from the top a headline and a lead may start within


def _is_dateline(doc: Doc, k: int, words: list[str]) -> bool:
    """ "КЕМЕРОВО, 20 января, ФедералПресс.", "АСТАНА, 14 декабря — Kazinform.": a town in capitals,
    then a day within the next tokens, and little else."""
    first = doc.token_at(doc.sentences[k][0])
    town = doc.tokens.raw(first)
    day = any(doc.word(i).isdigit() for i in range(first + 1, first + 4) if doc.same_sentence(first, i))
    return len(words) <= 4 and len(town) > 2 and town.isupper() and day


DATELINE_TOKENS = 10  # how far into the lead's sentence the dash after its dateline may stand


def lead_starts(doc: Doc, opening: set[int]) -> dict[int, int]:
    """Where each headline or lead sentence starts saying what the article is about: past a dateline
    that opens it, else at its first token. Both frames read the lead from there."""
    return {k: dateline_end(doc, k) or doc.token_at(doc.sentences[k][0]) for k in opening}


def dateline_end(doc: Doc, k: int) -> int | None:
    """ "ПАВЛОДАР, 28.02.2025 — В Павлодарской области …", "18 января 2025 г. – По итогам …",
    "НОВОСИБИРСК, 20 марта 2024 г. Губернатор …": a dateline opening the lead's own sentence, up to
    its dash or full stop; the token where the lead begins. Its
    town says where the news was filed and its date when: neither is what the lead is about."""
    first = doc.token_at(doc.sentences[k][0])
    for i in range(first + 1, first + DATELINE_TOKENS):
        if not doc.same_sentence(first, i):
            return None
        stop = (
            doc.words[i] == "." and i + 1 < doc.size and doc.is_capitalised(i + 1)
        )  # "… 2024 г. Губернатор"
        dash = doc.words[i] in DASHES and not doc.tokens.joined(i)  # not the hyphen of "4-место"
        if dash or stop:
            prefix = doc.text[doc.tokens.starts[first] : doc.tokens.starts[i]]
            town = doc.tokens.raw(first)
            filed = len(town) > 2 and town.isupper() and any(c.isdigit() for c in prefix)
            return i + 1 if filed or is_date_line(prefix) else None
    return None


def _short_headline(doc: Doc, k: int) -> bool:
    """ "Минсельхоз: уборочная-2023", "Экибастуз-2024": a headline of a word or two that names a
    year, which a date line ("12 марта, 2019 09:40", "date 2024-06-30") does only beside a date."""
    start, end = doc.sentences[k]
    line = doc.text[start:end]
    worded = any(c.isalpha() for c in line)  # not a bare number ("2003" views under a headline)
    return worded and YEAR.search(line) is not None and not is_date_line(line)


def main_place(
    doc: Doc, leads: dict[int, int], mentions: list[Mention], salience: Salience, lead_paragraph: set[int]
) -> str | None:
    """The document's place: the first named in its headline or first sentence (the `opening`
    sentences, each from where `leads` says it starts), or, failing those, the town of a date line
    above them, or the place that contains
    every place the text names, if the text names it too, or the place of the body that opens the
    text and reports (its akimat, its office), in the lead or the rest of its paragraph."""
    framing = [m for m in mentions if doc.sentence_of[m.start] in leads and not m.body and m.locates]
    # a dateline's town says where the news was filed: the lead's own place wins
    framing = [m for m in framing if m.start >= leads[doc.sentence_of[m.start]]] or framing
    items = [m for m in framing if doc.word(m.end) in ITEM_MARKS]
    if len({m.name for m in items}) > 1:  # "откроют в Алматинской области — 12 школ, в Туркестанской — 9"
        framing = [m for m in framing if doc.sentence_of[m.start] != doc.sentence_of[items[0].start]]
    found = _first_named(doc, framing, salience)
    if found is None and _restated(doc, leads):  # a lead that restates its headline: the rest of its line
        rest = _rest_of_lead(doc, max(leads))
        placed = [m for m in mentions if doc.sentence_of[m.start] in rest and m.locates]
        found = _first_named(doc, placed, salience)
    if found is not None:
        return found
    lead = min(leads, default=0)  # a date line's town above the headline ("Тольятти, 10 января 2024 г.")
    above = [m for m in mentions if doc.sentence_of[m.start] < lead and m.single and not m.anaphor]
    if above:
        return above[0].name
    singles = [m for m in mentions if m.single and not m.anaphor and m.locates]
    if len(singles) > 1:
        return salience.common_parent(singles, itself=True)
    # "Управление … Костанайской области сообщает, что …"; a body or the country named in the sentences of
    # the lead's paragraph before any figure: "… Об этом сообщил Премьер-Министр РК."
    bodies = [m for m in mentions if doc.sentence_of[m.start] in leads and m.body and m.single]
    bodies = bodies or [
        m
        for m in mentions
        if doc.sentence_of[m.start] in lead_paragraph and m.single and (m.body or m.type == "country")
    ]
    return bodies[0].name if bodies else None


def _first_named(doc: Doc, framing: list[Mention], salience: Salience) -> str | None:
    for i, m in enumerate(framing):
        after = framing[i + 1 : i + 2]
        if m.anaphor and after and after[0].anaphor == "" and doc.words[m.end : after[0].start] == ["и"]:
            continue  # "безопасность страны и Саратовской области": the place named beside the word
        name = m.name if m.single else salience.resolve(m)
        if name:
            return _formal(name, framing)
    return None


def _restated(doc: Doc, leads: dict[int, int]) -> bool:
    """The lead's first sentence repeats the headline word for word: the lead's news goes on after it."""
    said = [doc.text[slice(*doc.sentences[k])].strip() for k in sorted(leads)]
    return len(said) > 1 and said[-1] in said[:-1]


def _rest_of_lead(doc: Doc, k: int) -> set[int]:
    """The sentences after sentence k on its line."""
    rest: set[int] = set()
    while k + 1 < len(doc.sentences) and "\n" not in doc.text[doc.sentences[k][1] : doc.sentences[k + 1][0]]:
        k += 1
        rest.add(k)
    return rest


def place_mentions(doc: Doc, places: list[Draft]) -> tuple[list[Mention], Salience]:
    """Every place mention of the text in order, lists grouped, and what anaphors point at."""
    named = named_mentions(doc, places)
    taken = {k for p in places for k in range(p.start, p.end)}
    found = [*named, *anaphors(doc, taken), *region_adjectives(doc), *national_adjectives(doc)]
    found += [*demonyms(doc), *works(doc, taken), *resident_adjectives(doc, taken)]
    mentions = sorted(found, key=lambda m: m.start)
    grouped = group_lists(doc, mentions)
    return grouped, Salience(doc, mentions)  # a town's district written after it is named too
