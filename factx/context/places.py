"""Where: the place each figure is about.

Places come as mentions: a named place, a list of places ("в Краснодаре, Сочи и Новороссийске"), a
word pointing back at one ("в регионе", "в стране") or a plural that covers several ("в моногородах").
A figure takes, from nearest to farthest: the place of its own clause (for a figure in brackets, the
place before them), the place that frames its sentence, the one that framed its paragraph, and the
document's main place. Several places give their common parent where the text names it, else none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from itertools import repeat

from pymorphy3.analyzer import Parse

from ..draft import Draft
from ..places.candidates import written_case
from ..places.gazetteer import Entry, entry_named, generic_words
from ..text.doc import Doc
from ..text.morph import fold, parses
from ..text.phrases import PROPER_TAGS, common_noun, is_genitive
from ..vocab import lemma_forms, stems, table, word_forms, words

# Which kind of place can hold which ("centre" and "republic" are kinds of anaphor: "облцентр", "республика")
SIZE = {"settlement": 1, "city": 1, "centre": 1, "district": 2, "region": 3, "republic": 3, "country": 4}
LIST_JOINERS = frozenset({",", "и", "а", "также", "или", "-"})
TRADE_BEFORE = 30  # words before a place in the accusative where a trade word makes it a partner: "На
# экспорт отправлено 126 млн тонн, из них 70% – в Китай"
ORIGIN_WORDS = 4  # words between "из" and a place people come from ("из разных регионов страны")
TRADE_AFTER = 3  # a trade word this near after a place in the accusative: "В Китай отгружено …"


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
        mention = Mention(p.start, p.end, name, kind, parent, body=_of_a_body(doc, p.start))
        mention.partner = (
            _partner(doc, p.start)
            or _came_from(doc, p.start, p.end)
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
            found.append(Mention(i, i + 1, entry.grouped, entry.type, entry.parent, body=_of_a_body(doc, i)))
    return found


TOWN_ADJECTIVE = ("ский", "цкий")
WORKS_REACH = 3  # words between a town's adjective and the works' noun ("Павлодарский алюминиевый завод")


def works(doc: Doc, taken: set[int]) -> list[Mention]:
    """A town named by its adjective in the name of works there ("на Павлодарском алюминиевом
    заводе", "Экибастузская ГРЭС-1"): a mention of that town, since figures about works are where
    they stand."""
    forms = word_forms("context/works_nouns.txt")
    found = []
    seen: set[int] = set()
    for k in doc.positions(forms):
        for i in range(max(k - WORKS_REACH, 0), k):
            if i in taken or i in seen or not doc.is_capitalised(i) or not _adjectival(doc.words[i]):
                continue
            seen.add(i)
            town = _town_of(doc, i)
            if town is not None:
                found.append(Mention(i, i + 1, town.grouped, town.type, town.parent, body=_of_a_body(doc, i)))
    return sorted(found, key=lambda m: m.start)


def town_bodies(doc: Doc, taken: set[int]) -> list[Mention]:
    """A town named by its adjective right before a noun of its own government ("омская мэрия
    представила поправки в бюджет города"): a body's mention of that town, whose figures they are
    when the text has set no place."""
    found = []
    for k in doc.positions(word_forms("context/city_body_nouns.txt")):
        i = k - 1
        town = _town_of(doc, i) if i >= 0 and i not in taken and _adjectival(doc.words[i]) else None
        if town is not None:
            found.append(Mention(i, k, town.grouped, town.type, town.parent, body=True))
    return found


def _adjectival(word: str) -> bool:
    return "ск" in word or "цк" in word


def _town_of(doc: Doc, i: int) -> Entry | None:
    """The town a place adjective is made from: "павлодарский" → Павлодар, "карагандинский" →
    Караганда, "усть-каменогорский" → Усть-Каменогорск, "экибастузская" → Экибастуз."""
    lemma = next((p.normal_form for p in doc.readings(i) if p.tag.POS == "ADJF"), "")
    if not lemma.endswith(TOWN_ADJECTIVE):
        return None
    stem = lemma[:-4]
    tries = [stem, stem + "ск", stem + "а", stem + "ь", stem[:-2] + "а" if stem.endswith("ин") else ""]
    if lemma.endswith("цкий"):  # "череповецкий" → Череповец, "липецкий" → Липецк
        tries += [lemma[:-3], lemma[:-2]]
    for name in filter(None, tries):
        raw = doc.tokens.raw(i)  # "омская мэрия": a town's adjective in lower case names it too
        entry = entry_named(written_case(name, raw[:1].upper() + raw[1:]))
        if entry is not None and entry.type == "city":
            return entry
    return None


def _partner(doc: Doc, i: int) -> bool:
    """A place named as a partner, an origin, a route's end or a ranking's field, not where the figure
    is: "торговля с Россией", "дорога к поселку Бурабай", "компания из Турции", "экспорт хлопка в
    Узбекистан", "третье место в России"."""
    k = i - 1
    while k > 0 and doc.same_sentence(k, i) and _settlement_word(doc, k):
        k -= 1  # "к поселку Бурабай"
    prep = doc.word(k)
    if prep == "из" and k < i - 1 and not doc.word(k + 1).startswith("город"):
        return False  # "фермер из села Кордай": someone who lives there, not an origin
    if prep in words("context/partner_prepositions.txt"):
        return True
    if any(fold(p.normal_form) in words("context/partner_nouns.txt") for p in doc.readings(i - 1)[:1]):
        return True  # "в национальной валюте Китая"
    if k == i - 1 and _plural_after_preposition(doc, k) and _partner(doc, k):
        return True  # "экспорт в страны Азии": the countries goods go to, which the place names
    if prep in ("в", "во", "по", "среди") and _ranked_in(doc, k - 1):
        return True  # "заняла третье место в России": the field of a ranking
    if prep not in ("из", "в", "во", "на"):
        return False  # only an exporter or a destination is left to tell, and only by the words around
    before = [doc.words[j] for j in doc.window(k, TRADE_BEFORE) if j < k]
    if prep == "из":  # the exporter counts ("экспорт из Казахстана"), an origin does not ("ввоз из России")
        return not any(map(str.startswith, before, repeat(stems("context/export_words.txt"))))
    trade = repeat(stems("context/trade_words.txt"))
    after = [doc.words[j] for j in range(i + 1, i + TRADE_AFTER) if doc.same_sentence(i, j)]
    traded = any(map(str.startswith, before, trade)) or any(map(str.startswith, after, trade))
    if traded:  # "экспорт в Китай", "В Китай отгружено 400 тыс. тонн"
        readings = doc.readings(k + 1)  # the generic word carries the case: "в городе Луховицы"
        return any(p.tag.case == "accs" for p in readings) and not any(p.tag.case == "loct" for p in readings)
    return False


def _came_from(doc: Doc, start: int, end: int) -> bool:
    """People who came from the place or left it, which is not where a figure about them is:
    "туристы из разных регионов страны" (visitors "из" it, a few words of the place between),
    "жителям Херсонской области, переселившимся в Челябинскую" (a verb of moving right after it)."""
    after = end + 1  # a participle after a comma ("в села переехали врачи" names where they went)
    moving = stems(
        "context/move_verbs.txt"
    )  # an adverb may stand before the verb ("вынужденно переселившимся")
    if doc.word(end) == "," and any(
        doc.same_sentence(start, j) and doc.word(j).startswith(moving) for j in (after, after + 1)
    ):
        return True
    k = start - 1
    while k > max(start - ORIGIN_WORDS, 0) and doc.words[k].isalpha() and doc.words[k] != "из":
        k -= 1
    visitors = words("context/visitor_nouns.txt")
    came = doc.word(k - 1).startswith(moving)  # "приехали из разных регионов страны"
    return doc.word(k) == "из" and (
        came or any(fold(p.normal_form) in visitors for p in doc.readings(k - 1)[:1])
    )


def _ranked_in(doc: Doc, k: int) -> bool:
    """ "третье место в России"; not "имело место в Москве", which says where something happened."""
    if doc.word(k) not in words("context/rank_nouns.txt"):
        return False
    return not any(p.normal_form in ("иметь", "иметься") for p in doc.readings(k - 1)[:1])


def _settlement_word(doc: Doc, k: int) -> bool:
    """A generic word written before a name ("поселку", "городе"); "с" is the preposition ("с
    Китаем"), never "с." (село), whose dot stands between it and the name."""
    return doc.word(k) not in words("context/partner_prepositions.txt") and any(
        fold(p.normal_form) in generic_words("before") for p in doc.readings(k)[:1]
    )


def _of_a_body(doc: Doc, i: int) -> bool:
    """The place ends a body's name: a noun such as "правительства" a few genitive words before it."""
    bodies = words("context/organisation_words.txt")
    window = range(i - 1, max(i - 5, -1), -1)
    if word_forms("context/organisation_words.txt").isdisjoint(doc.words[max(i - 4, 0) : i]):  # the window
        return False  # no body's noun near: the dictionary need not be asked
    for j in window:
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
    forms = _anaphor_forms() | deictic
    for i in doc.positions(forms):
        w = doc.words[i]
        if i in taken:
            continue
        if doc.is_capitalised(i) and not doc.sentence_start(i):
            continue
        if w in deictic:
            found.append(Mention(i, i + 1, None, "here", anaphor="here"))
            continue
        noun = _place_noun(w, vocab)
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
        towards = _plural_after_preposition(doc, i)  # "в страны", "в регионы"
        found.append(
            Mention(i, i + 1, None, kind, anaphor=kind, several=towards or noun.tag.number == "plur")
        )
        # "70% – в страны Азии", "в столицу отправили 120 тонн", "туристы из разных регионов страны"
        # (a plural of a kind of place is all of them: "расстояния между селами")
        one = towards if kind == "country" else noun.tag.number != "plur"
        found[-1].partner = (one and _partner(doc, i)) or _came_from(doc, i, i + 1)
    return found


def _place_noun(word: str, vocab: dict[str, str]) -> Parse | None:
    """The reading of the word as a common noun for a place: the likeliest, or another where the
    likeliest is some other noun ("округу" reads first as "округа", the neighbourhood)."""
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN" and not any(t in p.tag for t in PROPER_TAGS)]
    return next((p for p in nouns if fold(p.normal_form) in vocab), None)


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


def _plural_after_preposition(doc: Doc, i: int) -> bool:
    """ "в страны", "на рынки": after "в" or "на" a noun is in the accusative or locative, so a form
    read first as a singular genitive ("страны") is the plural accusative."""
    if doc.word(i - 1) not in ("в", "во", "на"):
        return False
    cases = [p for p in doc.readings(i) if p.tag.case in ("accs", "loct", "loc2")]
    return bool(cases) and all(p.tag.number == "plur" for p in cases)


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


def group_lists(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Named places side by side, joined only by commas, "и", "а также" or a bracketed figure, become
    one mention of several places."""
    out: list[Mention] = []
    held: list[Mention] = []  # places inside brackets after a place: each alone, the list going on after
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and last.single and m.single and _inside(last, m, doc):
            out[-1] = Mention(last.start, m.end, last.name, last.type, last.parent, body=last.body)
            out[-1].partner = last.partner  # "в Елабужском районе Республики Татарстан": the district
        elif _held(doc, last, m):
            held.append(m)
        elif (
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
    return sorted([*out, *held], key=lambda m: m.start) if held else out


def _inside(inner: Mention, outer: Mention, doc: Doc) -> bool:
    """A place written right before a bigger one, with nothing between ("в Экибастузе Павлодарской
    области", "в селе Аксу Аккольского района"), or the one that holds it in brackets ("в Нижнем
    Тагиле (Свердловская область)"): one place, the inner one, not a list."""
    if not doc.same_sentence(inner.end - 1, outer.start) or outer.name is None:
        return False
    bracketed = doc.word(inner.end) == "(" and doc.word(outer.end) == ")" and inner.parent == outer.name
    if inner.end != outer.start and not (bracketed and outer.start == inner.end + 1):
        return False
    return SIZE.get(outer.type, 0) > SIZE.get(inner.type, 0) > 0


def _joined(doc: Doc, end: int, start: int) -> bool:
    """Only list words between two places: commas, "и", a bracketed figure, "городе" before a name."""
    if not doc.same_sentence(end - 1, start) or start - end > 12:
        return False
    depth = 0
    for k in range(end, start):
        w = doc.words[k]
        depth += (w == "(") - (w == ")")
        if depth == 0 and w not in LIST_JOINERS and w not in "()" and not _settlement_word(doc, k):
            return False
    return True


def _held(doc: Doc, last: Mention | None, m: Mention) -> bool:
    """Another place inside brackets opened after a place: "Косшы (в том числе 1200 мест в Тайтобе)",
    "СКО (25,7% от РК)" — a part of it or the whole it is measured against, no item of a list with
    it ("Конаев (бывший Капшагай)" names the same place again)."""
    if last is None or not doc.same_sentence(last.end - 1, m.start) or m.name == last.name:
        return False
    depth = 0
    for k in range(last.end, m.start):
        depth += (doc.words[k] == "(") - (doc.words[k] == ")")
    return depth > 0
