"""Places named as a partner, an origin, a route's end or a ranking's field, places people came
from or left, and a cited source's: never where a figure is. And what stands near a place, which is.
"""

from __future__ import annotations

from itertools import repeat

from ..places.gazetteer import generic_words
from ..text.doc import Doc
from ..text.morph import fold
from ..vocab import stems, words

TRADE_BEFORE = 30  # words before a place in the accusative where a trade word makes it a partner: "На
# экспорт отправлено 126 млн тонн, из них 70% – в Китай"
ORIGIN_WORDS = 4  # words between "из" and a place people come from ("из разных регионов страны")
TRADE_AFTER = 3  # a trade word this near after a place in the accusative: "В Китай отгружено …"


def partner(doc: Doc, i: int) -> bool:
    """A place named as a partner, an origin, a route's end or a ranking's field, not where the figure
    is: "торговля с Россией", "дорога к поселку Бурабай", "компания из Турции", "экспорт хлопка в
    Узбекистан", "третье место в России"."""
    k = _before_name(doc, i)
    prep = doc.word(k)
    if prep == "из" and k < i - 1 and not doc.word(k + 1).startswith("город"):
        return False  # "фермер из села Кордай": someone who lives there, not an origin
    if _near(doc, k):
        return False
    if prep in words("context/partner_prepositions.txt"):
        return True
    if fold(doc.lemma(i - 1)) in words("context/partner_nouns.txt"):
        return True  # "в национальной валюте Китая"
    if k == i - 1 and plural_after_preposition(doc, k) and partner(doc, k):
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


def stands_near(doc: Doc, i: int) -> bool:
    """The place is what something stands near: "в 12 километрах от села Беки", "недалеко от
    Шымкента", so the place it is at (a capital is rather a landmark, "в 180 км от Москвы", which
    named_mentions leaves a partner)."""
    return _near(doc, _before_name(doc, i))


def _near(doc: Doc, k: int) -> bool:
    """ "от" at k, after a word of nearness."""
    return doc.word(k) in ("от", "ото") and doc.word(k - 1) in words("context/near_words.txt")


def _before_name(doc: Doc, i: int) -> int:
    """The word before the place at i and the generic words written before it ("к поселку Бурабай")."""
    k = i - 1
    while k > 0 and doc.same_sentence(k, i) and settlement_word(doc, k):
        k -= 1
    return k


def cited(doc: Doc, i: int) -> bool:
    """The place is part of the source a report cites ("со ссылкой на отдел статистики в городе
    Орске"), within its phrase: where the source sits, never where its figures are."""
    if "ссылкой" not in doc.words[max(i - CITED_REACH, 0) : i]:
        return False  # most places: a C-level test instead of a step per word
    for j in range(i - 1, max(i - CITED_REACH, 0), -1):
        if not doc.same_sentence(j, i) or doc.word(j) in (",", ";", ":", "(", ")"):
            return False
        if doc.word(j) == "на" and doc.word(j - 1) == "ссылкой":
            return True
    return False


CITED_REACH = 10  # words between "со ссылкой на" and a place in the source's name


def came_from(doc: Doc, start: int, end: int) -> bool:
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
    return doc.word(k) == "из" and (came or fold(doc.lemma(k - 1)) in visitors)


def _ranked_in(doc: Doc, k: int) -> bool:
    """ "третье место в России"; not "имело место в Москве", which says where something happened."""
    if doc.word(k) not in words("context/rank_nouns.txt"):
        return False
    return doc.lemma(k - 1) not in ("иметь", "иметься")


def settlement_word(doc: Doc, k: int) -> bool:
    """A generic word written before a name ("поселку", "городе"); "с" is the preposition ("с
    Китаем"), never "с." (село), whose dot stands between it and the name."""
    return doc.word(k) not in words("context/partner_prepositions.txt") and fold(
        doc.lemma(k)
    ) in generic_words("before")


def plural_after_preposition(doc: Doc, i: int) -> bool:
    """ "в страны", "на рынки": after "в" or "на" a noun is in the accusative or locative, so a form
    read first as a singular genitive ("страны") is the plural accusative."""
    if doc.word(i - 1) not in ("в", "во", "на"):
        return False
    cases = [p for p in doc.readings(i) if p.tag.case in ("accs", "loct", "loc2")]
    return bool(cases) and all(p.tag.number == "plur" for p in cases)
