"""Where: the place each figure is about.

Places come as mentions: a named place, a list of places ("в Краснодаре, Сочи и Новороссийске"), a
word pointing back at one ("в регионе", "в стране") or a plural that covers several ("в моногородах").
A figure takes, from nearest to farthest: the place of its own clause (for a figure in brackets, the
place before them), the place that frames its sentence, the one that framed its paragraph, and the
document's main place. Several places give their common parent where the text names it, else none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

from pymorphy3.analyzer import Parse

from ..draft import Draft
from ..places.gazetteer import capitals, entry_named
from ..places.name_guards import QUOTED_TITLE_WORDS, in_quoted_name
from ..text.doc import Doc
from ..text.morph import fold, parses
from ..text.phrases import PROPER_TAGS, common_noun, is_genitive
from ..vocab import lemma_forms, table, word_forms, words
from .partners import came_from, cited, partner, plural_after_preposition, stands_near

SIZE = {"settlement": 1, "city": 1, "centre": 1, "district": 2, "region": 3, "republic": 3, "country": 4}


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


def place_noun(lemma: str) -> bool:
    """A noun of a kind of place ("регион", "район", "город"): a figure counting such nouns counts places."""
    return lemma in _anaphora()


def named_mentions(doc: Doc, places: list[Draft]) -> list[Mention]:
    """The place drafts as mentions, each with the name figures group under and its parent."""
    mentions: list[Mention] = []
    for p in places:
        entry = entry_named(str(p.fields["name"]))
        name = entry.grouped if entry else str(p.fields.get("canonical") or p.fields["name"])
        parent = entry.parent if entry else None
        kind = str(p.fields["type"])
        near = entry is not None and parent is not None and doc.word(p.start - 1) == "под"
        region = entry_named(parent) if near and parent else None
        if region is not None and kind == "city" and region.type == "region":  # "школы под Челябинском":
            name, kind, parent = region.grouped, region.type, region.parent  # near the city, in its region
        mention = Mention(p.start, p.end, name, kind, parent, body=of_a_body(doc, p.start))
        mention.partner = (
            partner(doc, p.start)
            or cited(doc, p.start)
            or (stands_near(doc, p.start) and name in capitals().values())
            or came_from(doc, p.start, p.end)
            or _next_destination(doc, mentions[-1:], p.start)
        )
        mentions.append(mention)
    return mentions


def _next_destination(doc: Doc, last: list[Mention], i: int) -> bool:
    """The next item of a list of destinations, however far from its word of trade: "Экспорт в
    Таджикистан вырос на 20%, в Туркменистан — на 15%, в Иран — в 3 раза": the same preposition and
    the accusative again, in the same sentence as a partner."""
    if not last or not last[0].partner or not doc.same_sentence(last[0].start, i):
        return False
    prep = doc.word(i - 1)
    if prep not in ("в", "во", "на") or doc.word(last[0].start - 1) != prep:
        return False
    readings = doc.readings(i)
    return any(p.tag.case == "accs" for p in readings) and not any(p.tag.case == "loct" for p in readings)


@cache
def _demonym_forms() -> dict[str, str]:
    """Every form of every resident's name ("костанайцев") → the place it names."""
    return {form: row["place"] for row in table("places/demonyms.tsv") for form in lemma_forms(row["lemma"])}


def demonyms(doc: Doc) -> list[Mention]:
    """Residents named for their place ("костанайцы сумели обеспечить…"): a mention of that place, so
    a text that names its region only by its people still has a main place."""
    forms = _demonym_forms()
    found = []
    for i in doc.positions(forms):
        entry = entry_named(forms[doc.words[i]])
        if entry is not None:
            found.append(Mention(i, i + 1, entry.grouped, entry.type, entry.parent, body=of_a_body(doc, i)))
    return found


@cache
def _body_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of bodies' nouns and heads' titles, and every form of them."""
    lists = ("context/organisation_words.txt", "context/head_of_state_words.txt")
    return frozenset().union(*map(words, lists)), frozenset().union(*map(word_forms, lists))


def of_a_body(doc: Doc, i: int) -> bool:
    """The place ends a body's name: a noun such as "правительства" a few genitive words before it."""
    return _headed_by(doc, i, *_body_words())


def of_an_office(doc: Doc, i: int) -> bool:
    """The place ends an office's title: "Аким Павлодарской области", "Глава Бурятии"."""
    lemmas = words("places/office_titles.txt")
    return _headed_by(doc, i, lemmas, word_forms("places/office_titles.txt"))


def _headed_by(doc: Doc, i: int, lemmas: frozenset[str], forms: frozenset[str]) -> bool:
    """One of the nouns a few genitive words before the place ("правительства Республики …")."""
    if forms.isdisjoint(doc.words[max(i - 4, 0) : i]):  # the window
        return False  # no such noun near: the dictionary need not be asked
    for j in range(i - 1, max(i - 5, -1), -1):
        if not doc.same_sentence(j, i) or not doc.words[j].replace("-", "").isalpha():
            return False
        readings = doc.readings(j)
        if any(fold(p.normal_form) in lemmas for p in readings[:2]):
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
    forms = _anaphor_forms() | deictic
    for i in doc.positions(forms):
        w = doc.words[i]
        if i in taken:
            continue
        if doc.is_capitalised(i) and not doc.sentence_start(i):
            continue
        if in_quoted_name(doc, i, i + 1, QUOTED_TITLE_WORDS):  # «Сильные регионы – драйверы развития страны»
            continue
        if w in deictic:
            found.append(Mention(i, i + 1, None, "here", anaphor="here"))
            continue
        noun = _place_noun(w)
        if noun is None:
            continue
        kind = vocab[fold(noun.normal_form)]
        if not _points_back(doc, i, kind):
            continue
        if kind == "city" and fold(noun.normal_form) == "город" and doc.word(i - 1).startswith("областн"):
            kind = "centre"
        nicknamed = entry_named(_capital_nicknames().get(doc.word(i - 1), "")) if kind == "capital" else None
        if nicknamed is not None:  # "в южной столице": Алматы, named
            found.append(Mention(i - 1, i + 1, nicknamed.grouped, nicknamed.type, nicknamed.parent))
            continue
        towards = plural_after_preposition(doc, i)  # "в страны", "в регионы"
        found.append(
            Mention(i, i + 1, None, kind, anaphor=kind, several=towards or noun.tag.number == "plur")
        )
        # "70% – в страны Азии", "в столицу отправили 120 тонн", "туристы из разных регионов страны"
        # (a plural of a kind of place is all of them: "расстояния между селами")
        one = towards if kind == "country" else noun.tag.number != "plur"
        found[-1].partner = (one and partner(doc, i)) or came_from(doc, i, i + 1)
    return found


@lru_cache(maxsize=4096)  # asked of the anaphora's forms only, once per occurrence
def _place_noun(word: str) -> Parse | None:
    """The reading of the word as a common noun for a place: the likeliest, or another where the
    likeliest is some other noun ("округу" reads first as "округа", the neighbourhood)."""
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN" and not any(t in p.tag for t in PROPER_TAGS)]
    return next((p for p in nouns if fold(p.normal_form) in _anaphora()), None)


@cache
def _capital_nicknames() -> dict[str, str]:
    """Every form of an adjective that names a capital ("южной") → the place it names."""
    rows = table("context/capital_nicknames.tsv")
    return {form: row["place"] for row in rows for form in lemma_forms(row["lemma"])}


@cache
def _region_adjective_forms() -> frozenset[str]:
    return frozenset(form for lemma in words("context/region_adjectives.txt") for form in lemma_forms(lemma))


def region_adjectives(doc: Doc) -> list[Mention]:
    """ "областного", "региональная": the region the text is about, as "области" would point at it.
    After "из" it names where money comes from, not where it goes ("в районе … из областного бюджета
    выделят 1,2 млрд"): a source, which never places a figure."""
    forms = _region_adjective_forms()
    found = []
    for i in doc.positions(forms):
        if doc.word(i + 1).startswith("центр"):  # "в областном центре": the region's centre
            found.append(Mention(i, i + 2, None, "centre", anaphor="centre"))
        else:
            found.append(Mention(i, i + 1, None, "region", anaphor="region"))
        found[-1].partner = doc.word(i - 1) == "из"
    return found


def national_adjectives(doc: Doc) -> list[Mention]:
    """ "республиканский показатель", "выше среднереспубликанского уровня": the republic's figure."""
    adjectives, nouns = word_forms("context/national_adjectives.txt"), word_forms("context/measure_nouns.txt")
    return [
        Mention(i, i + 1, None, "republic", anaphor="republic")
        for i in doc.positions(adjectives)
        if doc.word(i + 1) in nouns
    ]


def _points_back(doc: Doc, i: int, kind: str) -> bool:
    """Not "в области здравоохранения" (a field), "в районе 5 млн" (about), "города Сарань" (a name);
    "по стране" has no such other sense ("выше среднего по стране показателя")."""
    nxt = doc.word(i + 1)
    if doc.same_sentence(i, i + 1) and nxt.isalpha():
        if doc.is_capitalised(i + 1) and not _abbreviation(doc, i + 1):
            return False
        noun = common_noun(nxt) if kind not in ("country", "capital") else None  # "в столице зарплаты"
        if noun is not None and is_genitive(nxt) and fold(noun.normal_form) not in _anaphora():
            return False
    return not (doc.words[i].startswith("район") and doc.word(i - 1) in ("в", "во") and nxt[:1].isdigit())


def _abbreviation(doc: Doc, i: int) -> bool:
    """ "по стране ВВП вырос": an abbreviation that names no place ("ВВП", "МСБ") after the noun,
    which a name ("РК", "Сарань") would be."""
    raw = doc.tokens.raw(i)
    return len(raw) > 1 and raw.isupper() and entry_named(raw) is None
