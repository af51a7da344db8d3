"""Where: the place each figure is about.

Places come as mentions: a named place, a list of places ("в Краснодаре, Сочи и Новороссийске"), a
word pointing back at one ("в регионе", "в стране") or a plural that covers several ("в моногородах").
A figure takes, from nearest to farthest: the place of its own clause (for a figure in brackets, the
place before them), the place that frames its sentence, the one that framed its paragraph, and the
document's main place. Several places give their common parent where the text names it, else none.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

from ..draft import Draft
from ..places.gazetteer import Entry, capitals, entry_named, generic_words
from ..text.doc import Doc
from ..text.morph import fold
from ..text.phrases import common_noun, is_genitive
from ..vocab import lemma_forms, table, words
from .layout import Layout

LIST_JOINERS = frozenset({",", "и", "а", "также", "или", "-"})


@dataclass(slots=True)
class Mention:
    """A place as the text gives it, over tokens [start, end)."""

    start: int
    end: int
    name: str | None  # the grouped name; None for an anaphor not yet resolved or several places
    type: str
    parent: str | None = None
    members: list[Mention] = field(default_factory=list)  # a list of places
    anaphor: str = ""  # the type an anaphor points back at ("region", "country"…)
    several: bool = False  # covers several places: a list or a plural ("в регионах")
    body: bool = False  # part of the name of a body ("правительства РК"): no frame, no main place
    partner: bool = False  # a partner or a route's end ("экспорт в Китай", "до Щучинска"): never the place

    @property
    def locates(self) -> bool:
        """Whether the mention can be the place of a figure at all."""
        return not self.partner

    @property
    def single(self) -> bool:
        return not self.several and self.name is not None


@cache
def _anaphora() -> dict[str, str]:
    return {row["lemma"]: row["type"] for row in table("context/anaphora.tsv")}


def named_mentions(doc: Doc, places: list[Draft]) -> list[Mention]:
    """The place drafts as mentions, each with the name figures group under and its parent."""
    mentions = []
    for p in places:
        entry = entry_named(str(p.fields["name"]))
        name = entry.grouped if entry else str(p.fields.get("canonical") or p.fields["name"])
        parent = entry.parent if entry else None
        mention = Mention(p.start, p.end, name, str(p.fields["type"]), parent, body=_of_a_body(doc, p.start))
        mention.partner = _partner(doc, p.start)
        mentions.append(mention)
    return mentions


def _partner(doc: Doc, i: int) -> bool:
    """A place named as a partner, an origin or a route's end, not where the figure is: "торговля с
    Россией", "дорога к поселку Бурабай", "компания из Турции", "экспорт хлопка в Узбекистан"."""
    k = i - 1
    while (
        k > 0
        and doc.same_sentence(k, i)
        and any(fold(p.normal_form) in generic_words("before") for p in doc.readings(k)[:1])
    ):
        k -= 1  # "к поселку Бурабай"
    prep = doc.word(k)
    if prep in words("context/partner_prepositions.txt"):
        return True
    trade = tuple(words("context/trade_words.txt"))
    traded = any(doc.words[j].startswith(trade) for j in doc.window(k, 6) if j < k)
    if prep == "из":
        return not traded  # the exporter counts: "экспорт из Казахстана"
    if prep in ("в", "во", "на") and traded:
        readings = doc.readings(i)
        return any(p.tag.case == "accs" for p in readings) and not any(p.tag.case == "loct" for p in readings)
    return False


def _of_a_body(doc: Doc, i: int) -> bool:
    """The place ends a body's name: a noun such as "правительства" a few genitive words before it."""
    bodies = words("context/organisation_words.txt")
    for j in range(i - 1, max(i - 5, -1), -1):
        if not doc.same_sentence(j, i) or not doc.words[j].replace("-", "").isalpha():
            return False
        readings = doc.readings(j)
        if any(fold(p.normal_form) in bodies for p in readings[:2]):
            return True
        if not readings or readings[0].tag.POS not in ("NOUN", "ADJF"):
            return False
    return False


@cache
def _anaphor_forms() -> frozenset[str]:
    """Every form of the anaphora's lemmas: a set look-up before the dictionary is asked."""
    return frozenset(form for lemma in _anaphora() for form in lemma_forms(lemma))


def anaphors(doc: Doc, taken: set[int]) -> list[Mention]:
    """Words that point back at a place ("области", "в стране") or cover several ("в регионах")."""
    found = []
    vocab = _anaphora()
    deictic = words("context/deictic_words.txt")
    forms = _anaphor_forms()
    for i, w in enumerate(doc.words):
        if (w not in forms and w not in deictic) or i in taken:
            continue
        if doc.is_capitalised(i) and not doc.sentence_start(i):
            continue
        if w in deictic:
            found.append(Mention(i, i + 1, None, "here", anaphor="here"))
            continue
        noun = common_noun(w)
        if noun is None or fold(noun.normal_form) not in vocab or not _points_back(doc, i):
            continue
        kind = vocab[fold(noun.normal_form)]
        if kind == "city" and fold(noun.normal_form) == "город" and doc.word(i - 1).startswith("областн"):
            kind = "centre"
        plural = noun.tag.number == "plur"
        found.append(Mention(i, i + 1, None, kind, anaphor=kind, several=plural))
    return found


def _points_back(doc: Doc, i: int) -> bool:
    """Not "в области здравоохранения" (a field), "в районе 5 млн" (about), "города Сарань" (a name)."""
    nxt = doc.word(i + 1)
    if doc.same_sentence(i, i + 1) and nxt.isalpha():
        if doc.is_capitalised(i + 1):
            return False
        noun = common_noun(nxt)
        if noun is not None and is_genitive(nxt) and fold(noun.normal_form) not in _anaphora():
            return False
    return not (doc.words[i].startswith("район") and doc.word(i - 1) in ("в", "во") and nxt[:1].isdigit())


def group_lists(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Named places side by side, joined only by commas, "и", "а также" or a bracketed figure, become
    one mention of several places."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and m.single
            and (last.single or last.members)
            and _joined(doc, last.end, m.start)
        ):
            members = [*(last.members or [last]), m]
            partner = members[0].partner  # "в Китай, Россию и Турцию": one preposition for all
            for member in members:
                member.partner = partner
            out[-1] = Mention(last.start, m.end, None, "list", members=members, several=True, partner=partner)
        else:
            out.append(m)
    for m in out:
        if m.members and len({x.name for x in m.members}) == 1:
            m.name, m.several = m.members[0].name, False  # "Москва … Москва" is one place
    return out


def _joined(doc: Doc, end: int, start: int) -> bool:
    """Only list words between two places: commas, "и", a bracketed figure, "городе" before a name."""
    if not doc.same_sentence(end - 1, start) or start - end > 12:
        return False
    depth = 0
    for k in range(end, start):
        w = doc.words[k]
        depth += (w == "(") - (w == ")")
        generic = any(fold(p.normal_form) in generic_words("before") for p in doc.readings(k)[:1])
        if depth == 0 and w not in LIST_JOINERS and w not in "()" and not generic:
            return False
    return True


class Salience:
    """What anaphors point back at: the places named so far, most recent last."""

    LOOK_BACK = 200  # mentions searched back for an anaphor's place

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.named = [
            x for m in mentions for x in (m.members or [m]) if x.single and not x.anaphor and x.locates
        ]
        self.starts = [x.start for x in self.named]
        self.names = {m.name for m in self.named if m.name}

    def resolve(self, m: Mention) -> str | None:
        """The place an anaphor points at, or the common parent of several places when it is named."""
        if m.members:
            return self.common_parent(m.members)
        if m.several:
            return self._genitive_after(m)
        k = bisect_right(self.starts, m.start - 1)
        before = self.named[max(k - self.LOOK_BACK, 0) : k]
        if m.anaphor == "here":
            return before[-1].name if before else None
        found = _pointed_at(m.anaphor, before, self.names)
        if found is None and m.anaphor == "country":  # "в стране" before the country is named
            after = self.named[k : k + self.LOOK_BACK]
            found = _pointed_at("country", list(reversed(after)), self.names)
        if found is None and m.anaphor == "capital":  # "доходы столицы" after "маслихата Астаны"
            capital_names = set(capitals().values())
            found = next((x.name for x in reversed(before) if x.name in capital_names), None)
        return found

    def common_parent(self, members: list[Mention]) -> str | None:
        """The nearest place that contains every member, if the text names it."""
        chains = [_ancestors(x) for x in members]
        shared = [name for name in chains[0] if all(name in c for c in chains[1:])]
        return next((name for name in shared if name in self.names), None)

    def _genitive_after(self, m: Mention) -> str | None:
        """ "в моногородах Жамбылской области", "в регионах России": the place whose parts they are."""
        k = bisect_left(self.starts, m.end)
        nxt = self.named[k] if k < len(self.named) else None
        return nxt.name if nxt is not None and nxt.start <= m.end + 1 else None


def _ancestors(m: Mention) -> list[str]:
    names: list[str] = []
    parent = m.parent
    while parent and parent not in names:
        names.append(parent)
        entry: Entry | None = entry_named(parent)
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
            and x.parent in names
        ):
            return x.parent if kind == "region" else None
        if kind == "city" and x.type == "city":
            return x.name
        if kind == "district" and x.type == "district":
            return x.name
        if kind == "capital" and x.type == "country" and x.name:
            return capitals().get(x.name)
    if kind == "republic":
        return _pointed_at("country", before, names)
    return None


def _main(m: Mention) -> str:
    entry = entry_named(m.name or "")
    return entry.main if entry else m.name or ""


def place_mentions(doc: Doc, places: list[Draft]) -> tuple[list[Mention], Salience]:
    """Every place mention of the text in order, lists grouped, and what anaphors point at."""
    named = named_mentions(doc, places)
    taken = {k for p in places for k in range(p.start, p.end)}
    mentions = sorted([*named, *anaphors(doc, taken)], key=lambda m: m.start)
    grouped = group_lists(doc, mentions)
    return grouped, Salience(doc, grouped)


def opening_sentences(doc: Doc, layout: Layout) -> set[int]:
    """The sentences that say what a document is about: its headline and its first sentence. A
    dateline ("ПЕТРОПАВЛОВСК.") or a date line is passed over."""
    opening: set[int] = set()
    for k in range(min(len(doc.sentences), 6)):
        if k and layout.paragraph[k] == layout.paragraph[k - 1]:
            continue  # only the first sentence of each line
        words = [w for w in _sentence_words(doc, k) if w.isalpha()]
        if len(words) <= 2:
            continue  # a dateline, a date, a byline
        opening.add(k)
        alone = k + 1 >= len(doc.sentences) or layout.paragraph[k + 1] != layout.paragraph[k]
        if not alone or doc.text[doc.sentences[k][1] - 1] in ".!?":
            break  # the first sentence of the body
    return opening


def _sentence_words(doc: Doc, k: int) -> list[str]:
    start, end = doc.sentences[k]
    return doc.words[doc.token_at(start) : doc.token_at(end)]


def main_place(doc: Doc, layout: Layout, mentions: list[Mention], salience: Salience) -> str | None:
    """The document's place: the first named in its headline or first sentence, or, failing those, the
    place that contains every place the text names, if the text names it too."""
    opening = opening_sentences(doc, layout)
    for m in mentions:
        if doc.sentence_of[m.start] in opening and not m.body and m.locates:
            name = m.name if m.single else salience.resolve(m)
            if name:
                return name
    singles = [m for m in mentions if m.single and not m.anaphor and m.locates]
    return salience.common_parent(singles) if len(singles) > 1 else None
