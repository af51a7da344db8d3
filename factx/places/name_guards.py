"""Guards for a place word inside the name of something else: a street ("улица Абая", "на улицах
Сейсенбекова, Каражал"), a natural feature ("река Урал"), a facility or firm ("больница Актау",
"Караганда Энергоцентр"), or a name in quotes («Казахстан темир жолы»). They read names of any
length; guards.py calls them first.
"""

from __future__ import annotations

from functools import cache

from ..text.doc import Doc
from ..text.morph import fold
from ..text.phrases import is_preposition
from ..vocab import words
from .gazetteer import gazetteer
from .lookup import lookup
from .names import Entry

STREET_NAME_WORDS = 3  # the longest street's name read in a list of them: "Нияз батыра", "Кедей тобе"
QUOTED_NAME_WORDS = 4  # the longest quoted name read as one: «Казахстан темир жолы», «Мактаарал 4017»
QUOTED_TITLE_WORDS = 8  # the longest programme title a word for a place is read in: «Сильные регионы – …»


def in_quoted_name(doc: Doc, i: int, end: int, longest: int = QUOTED_NAME_WORDS) -> bool:
    """«Единая Россия», «Почта России», «Мактаарал 4017», «Хоргос – Восточные ворота»: a place inside a
    short quoted name of words alone (a dash may join its parts) is part of a party's, a firm's or a
    brand's name; a quoted sentence has a verb, more words
    or punctuation in it («Шымкент растёт»), and a preposition says the quote speaks of the place. A
    word for a place ("регионы", "страны") is read in longer names too, a programme's or a project's
    (`longest` words)."""
    reach = longest + 1  # a dash between two parts of a name: «Хоргос – Восточные ворота»
    if '"' not in doc.words[max(i - reach, 0) : i]:
        return False  # most places have no quote before them
    left = i - 1
    while left >= max(i - reach, 0) and _name_word(doc.words[left]):
        left -= 1
    right = end
    while right < min(end + reach, doc.size) and _name_word(doc.words[right]):
        right += 1
    named = [w for w in doc.words[left + 1 : right] if w != "-"]
    return (
        doc.word(left) == '"'
        and doc.word(right) == '"'
        and len(named) <= longest
        and doc.same_sentence(left, right)
        and not any(doc.pos(k) == "VERB" for k in range(left + 1, right))
        and not is_preposition(doc.word(i - 1))  # «Каникулы в Мексике», «турист из России»: a place
    )


def _name_word(word: str) -> bool:
    """A word of a quoted name, or the dash between its parts."""
    return word == "-" or word.replace("-", "").isalnum()


def after_street_word(doc: Doc, i: int) -> bool:
    """ "улица Толе би", "проспекте Абая": a name after a word for a street names the street; not
    after streets in the plural or a street an adjective names ("на улицах Каира", "на Тверской улице
    Москвы", "центральная улица Шымкента"): those are the town's."""
    k = i - 2 if doc.word(i - 1) == "." else i - 1
    if not word_for(doc, k, "places/street_words.txt"):
        return False
    named = k > 0 and any(
        a.tag.POS == "ADJF" and a.tag.case == s.tag.case for a in doc.readings(k - 1) for s in doc.readings(k)
    )
    readings = doc.readings(k)
    if readings and "Abbr" in readings[0].tag:
        readings = readings[:1]  # "ул." reads in every number, and names one street
    return (not named or _nominative_only(doc, i)) and not any(s.tag.number == "plur" for s in readings)


def _nominative_only(doc: Doc, i: int) -> bool:
    """ "в новом микрорайоне Астана": a name that can only be a nominative names the street or quarter
    its word stands before, whatever adjective that word has; "на Тверской улице Москвы" is the town's."""
    readings = doc.readings(i)
    places = [p for p in readings if "Geox" in p.tag] or readings  # not "Астана" as a man's name
    return {p.tag.case for p in places} == {"nomn"}


def in_street_list(doc: Doc, i: int, end: int, entry: Entry) -> bool:
    """ "на пересечении пр. Сатпаева и Жибек Жолы", "на улицах Сейсенбекова, Кедей тобе, Каражал": a
    name listed after a street's word names a street as the first of the list does; after streets in
    the plural, only a name written in the nominative, which cannot say whose the streets are, after
    a first item that is no town ("на улицах Караганды и Темиртау" are the towns')."""
    start = _street_list_start(doc, i)
    k = start - 2 if doc.word(start - 1) == "." else start - 1
    if start == i or not word_for(doc, k, "places/street_words.txt"):
        return False
    if after_street_word(doc, start):
        return True
    first = doc.words[start : _item_end(doc, start)]
    return tuple(first) not in gazetteer() and " ".join(doc.words[i:end]) == fold(entry.name.lower())


def _item_end(doc: Doc, start: int) -> int:
    """Where the list item opening at `start` ends: at the "," or "и" after it."""
    end = start + 1
    while end < start + STREET_NAME_WORDS and doc.word(end) not in (",", "и") and doc.word(end).isalpha():
        end += 1
    return end


def _street_list_start(doc: Doc, i: int) -> int:
    """The first of the names of a few words each, the first capitalised ("Кедей тобе"), listed with
    "," or "и" up to the one at i."""
    while doc.word(i - 1) in (",", "и"):
        k = i - 2
        while (
            k > i - 1 - STREET_NAME_WORDS and k > 0 and doc.words[k].isalpha() and not doc.is_capitalised(k)
        ):
            k -= 1
        if k < 0 or not doc.is_capitalised(k) or not doc.words[k].isalpha() or not doc.same_sentence(k, i):
            break
        i = k
    return i


def after_feature_word(doc: Doc, i: int, end: int, entry: Entry) -> bool:
    """ "реки Урал", "озеро Балхаш", "гора Белуха", "р. Обь": a name in the nominative after a word for a
    natural feature names the feature, not the town or region of that name; a name in another case
    says whose the features are ("горы Пакистана")."""
    nominative = " ".join(doc.words[i:end]) == fold(entry.name.lower())
    k = i - 2 if doc.word(i - 1) == "." else i - 1  # "р. Обь", "оз. Боровое"; "5 р." is roubles
    counted = k == i - 2 and doc.word(k - 1)[:1].isdigit()
    listed = _list_start(doc, i)  # "реки Кама и Буй", "на реках Иртыш и Ишим": each a river
    if listed < i and any(p.tag.number == "plur" for p in doc.readings(listed - 1)[:2]):
        k = listed - 1
    return (
        nominative
        and not counted
        and doc.same_sentence(k, i)
        and (_feature_word(doc, k) or _feature_phrase(doc, k))
    )


def _feature_word(doc: Doc, k: int) -> bool:
    """A word for a natural feature at k, by any of its two likeliest readings ("озерах": the
    dictionary's likeliest is the town Озёры)."""
    return any(fold(p.normal_form) in words("places/feature_words.txt") for p in doc.readings(k)[:2])


def _feature_phrase(doc: Doc, k: int) -> bool:
    """A two-word name of a resort ending at k, its head in any form and its second word as written:
    "зоны отдыха Алаколь", "на базе отдыха Балхаш" names the resort by its lake, not the town."""
    if k < 1 or not doc.same_sentence(k - 1, k):
        return False
    heads = _feature_heads().get(doc.words[k])
    return heads is not None and any(fold(p.normal_form) in heads for p in doc.readings(k - 1)[:2])


@cache
def _feature_heads() -> dict[str, frozenset[str]]:
    """The heads of the two-word resort names by their second word: "отдыха" → {"зона", "база"…}."""
    pairs = [pair for pair in map(str.split, words("places/feature_words.txt")) if len(pair) == 2]
    return {second: frozenset(h for h, s in pairs if s == second) for _, second in pairs}


def _list_start(doc: Doc, i: int) -> int:
    """The first of the one-word capitalised names listed with "," or "и" up to the one at i."""
    while (
        doc.word(i - 1) in (",", "и") and i > 1 and doc.is_capitalised(i - 2) and doc.same_sentence(i - 2, i)
    ):
        i -= 2
    return i


def word_for(doc: Doc, k: int, vocabulary: str) -> bool:
    """Whether the likeliest lemma of the word at k is one of the vocabulary's."""
    return fold(doc.lemma(k)) in words(vocabulary)


def before_firm_word(doc: Doc, i: int, end: int) -> bool:
    """«Актобе Петролеум Оперейтинг», "Павлодар Ойл Сервис": a place before a capitalised word that
    names firms (firm_words.txt) opens the firm's name."""
    return (
        doc.same_sentence(i, end)
        and doc.is_capitalised(end)
        and doc.tokens.gap(end) == " "
        and doc.words[end] in words("places/firm_words.txt")
    )


def after_facility_word(doc: Doc, i: int, end: int, entry: Entry) -> bool:
    """ "аэропорт Кольцово", "в аэропорту Пулково": a name in the nominative after a word for an
    airport, terminal or field names that object, which often keeps the name of a village it outgrew
    and stands elsewhere; a listed city's airport carries the city's name and stands in it
    ("аэропорт Алматы")."""
    k = i - 1
    return (
        " ".join(doc.words[i:end]) == fold(entry.name.lower())
        and doc.same_sentence(k, i)
        and word_for(doc, k, "places/facility_words.txt")
        and lookup(doc, i) is None
    )


OUTLET_NAME_WORDS = 3  # words of an outlet's name before its place: "Поясним за", "Вести :"
OUTLET_JOINERS = frozenset({'"', ":", "за", "на", "в", "и"})  # words inside a name: «Вести:Приморье»


def ends_outlet_name(doc: Doc, i: int, end: int) -> bool:
    """ "передает Деловой Казахстан.", "сообщает издание Блокнот Ростов.", "сообщают «Вести:Приморье»":
    a place in the nominative that ends its clause after capitalised words that follow a verb of
    reporting or a word for an outlet (outlet_words.txt) ends the outlet's name; a place in another
    case is whose the body is ("сообщает Минсельхоз Казахстана")."""
    if end < doc.size and doc.words[end].isalnum() and doc.same_sentence(i, end):
        return False
    if not any(p.tag.case == "nomn" for p in doc.readings(i)):
        return False
    k, named = i - 1, 0
    while k >= max(i - OUTLET_NAME_WORDS - 1, 0) and doc.same_sentence(k, i):
        if doc.is_capitalised(k) and doc.words[k].isalpha() and lookup(doc, k) is None:
            named += 1
        elif doc.words[k] not in OUTLET_JOINERS:
            break
        k -= 1
    return named > 0 and word_for(doc, k, "places/outlet_words.txt")
