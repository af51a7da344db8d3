"""Guards: named tests that turn down a one-word place candidate where the word is something else —
a brand («Славута»), part of a person's name ("Дмитрия Уса", "Питер Данн"), an adjective before its
noun ("Мирный атом"), or an ambiguous name ("Абай": town or poet) where nothing says it is a place.

Each guard returns True to reject; `rejecting_guard` names the first that does, for the trace.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from pymorphy3.analyzer import Parse

from ..text.doc import Doc
from ..text.morph import fold, is_known, parses
from ..text.phrases import is_preposition
from ..vocab import stems, words
from .candidates import PERSON_TAGS, lookup, pattern_place
from .gazetteer import Entry, ambiguous, gazetteer, generic_words, name_forms

Guard = Callable[[Doc, int, Entry], bool]


@lru_cache(maxsize=100_000)
def _is_person_name(word: str) -> bool:
    """The dictionary's likeliest reading is a first name, surname or patronymic."""
    readings = parses(word)
    return bool(readings) and is_known(word) and any(t in readings[0].tag for t in PERSON_TAGS)


def _capitalised_before(doc: Doc, i: int) -> bool:
    """A capitalised word before i inside its sentence; a capitalised preposition ("19.05.2010 На
    Кубани") only opens a headline."""
    prev = doc.word(i - 1)
    if not (prev.isalpha() and doc.is_capitalised(i - 1) and doc.same_sentence(i - 2, i)):
        return False
    return not any(p.tag.POS in ("PREP", "CONJ", "PRCL") for p in doc.readings(i - 1)[:1])


def _capitalised_after(doc: Doc, i: int, hyphened: bool = False) -> bool:
    """A capitalised word after i in its sentence; with `hyphened`, a word with a hyphen counts too."""
    nxt = doc.word(i + 1).replace("-", "") if hyphened else doc.word(i + 1)
    return nxt.isalpha() and doc.is_capitalised(i + 1) and doc.same_sentence(i, i + 1)


def too_short(doc: Doc, i: int, entry: Entry) -> bool:
    """ "с", "п", "Ия": two letters are a place only as an abbreviation ("РК"), a town of the gazetteer
    ("Шу") or after a word that says it is a town or village ("с. Шу")."""
    raw = doc.tokens.raw(i)
    if len(raw) >= 3 or raw.isupper() or (len(raw) == 2 and entry.main == raw):
        return False
    k = i - 2 if doc.word(i - 1) == "." else i - 1
    before = generic_words("before")
    return len(raw) < 2 or not any(fold(p.normal_form) in before for p in doc.readings(k)[:1])


def in_quotes(doc: Doc, i: int, entry: Entry) -> bool:
    """«Славута»: a name alone in quotes is a brand or a title."""
    return doc.word(i - 1) == '"' and doc.word(i + 1) == '"'


STREET_NAME_WORDS = 3  # the longest street's name read in a list of them: "Нияз батыра", "Кедей тобе"
QUOTED_NAME_WORDS = 4  # the longest quoted name read as one: «Казахстан темир жолы», «Мактаарал 4017»


def in_quoted_name(doc: Doc, i: int, end: int) -> bool:
    """«Единая Россия», «Почта России», «Мактаарал 4017», «Хоргос – Восточные ворота»: a place inside a
    short quoted name of words alone (a dash may join its parts) is part of a party's, a firm's or a
    brand's name; a quoted sentence has a verb, more words
    or punctuation in it («Шымкент растёт»), and a preposition says the quote speaks of the place."""
    reach = QUOTED_NAME_WORDS + 1  # a dash between two parts of a name: «Хоргос – Восточные ворота»
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
        and len(named) <= QUOTED_NAME_WORDS
        and doc.same_sentence(left, right)
        and not any(r.tag.POS == "VERB" for k in range(left + 1, right) for r in doc.readings(k)[:1])
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
    if not _word_for(doc, k, "places/street_words.txt"):
        return False
    named = k > 0 and any(
        a.tag.POS == "ADJF" and a.tag.case == s.tag.case for a in doc.readings(k - 1) for s in doc.readings(k)
    )
    readings = doc.readings(k)
    if readings and "Abbr" in readings[0].tag:
        readings = readings[:1]  # "ул." reads in every number, and names one street
    return not named and not any(s.tag.number == "plur" for s in readings)


def in_street_list(doc: Doc, i: int, end: int, entry: Entry) -> bool:
    """ "на пересечении пр. Сатпаева и Жибек Жолы", "на улицах Сейсенбекова, Кедей тобе, Каражал": a
    name listed after a street's word names a street as the first of the list does; after streets in
    the plural, only a name written in the nominative, which cannot say whose the streets are, after
    a first item that is no town ("на улицах Караганды и Темиртау" are the towns')."""
    start = _street_list_start(doc, i)
    k = start - 2 if doc.word(start - 1) == "." else start - 1
    if start == i or not _word_for(doc, k, "places/street_words.txt"):
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
    heads = {fold(p.normal_form) for p in doc.readings(k - 1)[:2]}
    pairs = (phrase.split() for phrase in words("places/feature_words.txt"))
    return any(len(pair) == 2 and pair[1] == doc.words[k] and pair[0] in heads for pair in pairs)


def _list_start(doc: Doc, i: int) -> int:
    """The first of the one-word capitalised names listed with "," or "и" up to the one at i."""
    while (
        doc.word(i - 1) in (",", "и") and i > 1 and doc.is_capitalised(i - 2) and doc.same_sentence(i - 2, i)
    ):
        i -= 2
    return i


def _word_for(doc: Doc, k: int, vocabulary: str) -> bool:
    """Whether the likeliest lemma of the word at k is one of the vocabulary's."""
    found = doc.readings(k)[:1] if k >= 0 else ()
    return bool(found) and fold(found[0].normal_form) in words(vocabulary)


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
        and _word_for(doc, k, "places/facility_words.txt")
        and lookup(doc, i) is None
    )


def part_of_person_name(doc: Doc, i: int, entry: Entry) -> bool:
    """ "Питер Данн", "Дмитрия Уса", "Ричарда Дэйли": a name beside another person's name, or before a
    surname the dictionary lacks, unless "город" stands before; a holder's name may follow "город"
    after a title of office ("мэр города Сергей Собянин")."""
    prev, nxt = doc.word(i - 1), doc.word(i + 1)
    after_place_word = any(fold(p.normal_form) in generic_words("before") for p in parses(prev)) and not (
        _is_first_name(doc.words[i]) and _word_for(doc, i - 2, "places/office_titles.txt")
    )
    surname_after = _capitalised_after(doc, i, hyphened=True) and (
        _is_person_name(nxt) or _foreign_word(doc, i + 1)
    )
    return (
        _is_person_name(doc.words[i])
        and not after_place_word
        and ((_capitalised_before(doc, i) and _is_person_name(prev)) or surname_after)
    )


def before_surname(doc: Doc, i: int, entry: Entry) -> bool:
    """ "принял акима области Дархана Омарова": a name no place list holds, which the dictionary
    only knows as a town, before a capitalised surname (or a word the dictionary lacks) that ends the
    capitalised run is a first name; not after a preposition, a word for a town or a title of office,
    which say the name is a place ("в Кольцово Сидоров открыл", "города Пуэрто Мадрин", "прокурор
    Манхэттена Вэнс")."""
    nxt, k = i + 1, i - 2 if doc.word(i - 1) == "." else i - 1  # "с. Какре Елга"
    return (
        lookup(doc, i) is None
        and not is_preposition(doc.word(i - 1))
        and not any(fold(p.normal_form) in generic_words("before") for p in doc.readings(k)[:1])
        and not _word_for(doc, k, "places/office_titles.txt")
        and _capitalised_after(doc, i)
        and doc.tokens.gap(nxt) == " "
        and (any("Surn" in p.tag for p in doc.readings(nxt)[:1]) or _foreign_word(doc, nxt))
        and pattern_place(doc, nxt) is None
        and not _capitalised_after(doc, nxt)
    )


def _foreign_word(doc: Doc, k: int) -> bool:
    """A capitalised Cyrillic word the dictionary lacks, not in capitals and no place: a foreign name."""
    raw = doc.tokens.raw(k)
    return not raw.isupper() and not raw.isascii() and not is_known(doc.words[k]) and lookup(doc, k) is None


def first_of_two_names(doc: Doc, i: int, entry: Entry) -> bool:
    """ "Сазерленд Спрингс", "Кобе Брайанта", "Хилтон Хэд": a name directly followed by a foreign word
    or a place the dictionary knows, that agrees with it and is no place of the lists, is the first
    word of a longer name. Not before a holder's two names ("аким Алматы Ерболат Досаев"), nor a
    name the dictionary knows as a person's ("в Москве Собянин")."""
    k = i + 1
    if (
        not (_capitalised_after(doc, i, hyphened=True) and doc.tokens.gap(k) == " ")
        or doc.tokens.raw(i).isupper()
    ):
        return False
    if _capitalised_after(doc, k, hyphened=True) or not _heads_a_name(doc, i):
        return False
    geox = bool(doc.readings(k)) and "Geox" in doc.readings(k)[0].tag and is_known(doc.words[k])
    return (_foreign_word(doc, k) or (geox and lookup(doc, k) is None)) and not _is_person_name(doc.words[k])


def _heads_a_name(doc: Doc, i: int) -> bool:
    """The first word of a longer name is in the nominative, or indeclinable and governed by no noun:
    "Япония" in the genitive before a name is a title's ("императора Японии Акихито", "президента
    Перу Кастильо")."""
    found = doc.readings(i)
    if any("Fixd" in p.tag for p in found):
        return not any(p.tag.POS == "NOUN" for p in doc.readings(i - 1)[:1])
    return any(p.tag.case == "nomn" for p in found)


NAMED_FOR = ("имени", "им")  # "им" without its full stop is a pronoun


def after_named_for(doc: Doc, i: int, entry: Entry) -> bool:
    """ "университет имени Жданова", "школа им. Абая": a name after "имени" is a person's."""
    if doc.word(i - 1) == "." and doc.word(i - 2) in NAMED_FOR:
        return doc.same_sentence(i - 2, i)
    return doc.word(i - 1) == NAMED_FOR[0] and doc.word(i - 2) != "от"  # "от имени США" is on its behalf


def after_first_name(doc: Doc, i: int, entry: Entry) -> bool:
    """ "Уитни Хьюстон", "Глеб Панфилов", "Ким Чен Ына": after a first name or an unknown capitalised
    word (a foreign name) that is no place itself."""
    j = i - 1
    w = doc.words[j]
    if doc.tokens.raw(i).isupper() or not doc.same_sentence(j, i):
        return False
    if _after_initials(doc, i):
        return True  # "А. С. Пушкина", "Н.Назарбаева"
    if not _capitalised_before(doc, i) and not (doc.is_capitalised(j) and _is_first_name(w)):
        return False  # a first name opening the sentence still names a person: "Глеб Панфилов"
    if doc.tokens.raw(j).isupper():
        return False  # "в ВРП Алматы", "МСБ Шымкента": an abbreviation names no person
    if fold(w).startswith(stems("places/body_stems.txt")):
        return False  # "Маслихата Алматы": a council the dictionary does not know is no first name
    if any(fold(p.normal_form) in words("places/office_titles.txt") for p in parses(w)[:1]):
        return False  # "Аким Экибастуза", "Акиму Атырау": a title, though the dictionary knows a name
    person = any(t in p.tag for p in parses(w) for t in ("Name", "Patr")) if is_known(w) else True
    if person and any("Surn" in p.tag for p in doc.readings(i)):
        return True  # "Владимир Королёв": a first name that is also a town, before a surname
    return person and lookup(doc, j) is None and pattern_place(doc, j) is None


def _after_initials(doc: Doc, i: int) -> bool:
    """A capital letter and a full stop right before: an initial ("А. С. Пушкина")."""
    return doc.word(i - 1) == "." and len(doc.tokens.raw(i - 2)) == 1 and doc.tokens.raw(i - 2).isupper()


@lru_cache(maxsize=100_000)
def _is_first_name(word: str) -> bool:
    return is_known(word) and any("Name" in p.tag for p in parses(word)[:1])


FUNCTION_POS = ("PREP", "CONJ", "PRCL", "NPRO")
SECOND_CASES = {"loc2": "loct", "gen2": "gent", "acc2": "accs"}  # "в саду", "чашка чаю"
ADJECTIVES_BETWEEN = 2  # "Знаменском синодальном соборе"


def adjective_before_noun(doc: Doc, i: int, entry: Entry) -> bool:
    """ "Мирный атом", "Александровском саду": an adjective-shaped name followed by a lower-case noun
    it agrees with, perhaps across agreeing adjectives; not a preposition or conjunction read as a
    letter ("города Чусовой в Пермском крае", "поселке Светлом и селе Новом")."""
    for adjective in doc.readings(i):
        if adjective.tag.POS == "ADJF" and _agreeing_noun(doc, i + 1, adjective, ADJECTIVES_BETWEEN):
            return True
    return False


def _agreeing_noun(doc: Doc, end: int, adjective: Parse, adjectives: int) -> bool:
    """A lower-case noun at end, or after up to so many adjectives, that agrees with the adjective."""
    nxt = doc.word(end)
    if not (nxt.isalpha() and doc.same_sentence(end - 1, end)) or doc.is_capitalised(end):
        return False
    if any(p.tag.POS in FUNCTION_POS for p in doc.readings(end)[:1]) or is_preposition(nxt):
        return False  # "в", "и" are letters to the dictionary too
    for word in doc.readings(end):
        if not _agree(word, adjective):
            continue
        if word.tag.POS == "NOUN" and adjective.tag.animacy in (None, word.tag.animacy):
            return True  # not "Каменска-Уральского выпуск"
        if word.tag.POS == "ADJF" and adjectives and _agreeing_noun(doc, end + 1, word, adjectives - 1):
            return True
    return False


def _agree(word: Parse, adjective: Parse) -> bool:
    case = SECOND_CASES.get(word.tag.case or "", word.tag.case)
    return bool(case == adjective.tag.case) and (
        word.tag.number == adjective.tag.number == "plur" or word.tag.gender == adjective.tag.gender
    )


def _is_ambiguous(entry: Entry) -> bool:
    return fold(entry.name.lower()) in ambiguous()


def ambiguous_at_sentence_start(doc: Doc, i: int, entry: Entry) -> bool:
    """An ambiguous name opening a sentence, where its capital says nothing, unless it opens the
    headline of a text that names the place in its body ("Семей получит новую ТЭЦ" over "…
    строительство ТЭЦ в Семее")."""
    if not _is_ambiguous(entry) or doc.same_sentence(i - 1, i):
        return False
    return not (_headline(doc, i) and _named_inside(doc, entry))


def _headline(doc: Doc, i: int) -> bool:
    """Token i is in the text's first sentence, a line of its own with no full stop."""
    start, end = doc.sentences[0]
    line = doc.text[start:end].rstrip()
    return doc.tokens.starts[i] < end and line[-1:] not in ".!?…" and doc.text[end : end + 1] in ("\n", "")


def _named_inside(doc: Doc, entry: Entry) -> bool:
    """A one-word name written with its capital after a preposition somewhere in the text ("в Семее",
    not "актёр Владимир Машков")."""
    forms = {form[0] for form in name_forms(entry.name) if len(form) == 1}
    return any(
        doc.same_sentence(k - 1, k) and doc.is_capitalised(k) and is_preposition(doc.words[k - 1])
        for k in doc.positions(forms)
    )


def ambiguous_after_blocker(doc: Doc, i: int, entry: Entry) -> bool:
    """ "памятник Абаю", "стихи Абая": an ambiguous name after a word that names a person's work."""
    prev = doc.word(i - 1)
    return (
        _is_ambiguous(entry)
        and prev.isalpha()
        and any(p.normal_form in words("places/blockers.txt") for p in parses(prev))
    )


def ambiguous_beside_capital(doc: Doc, i: int, entry: Entry) -> bool:
    """An ambiguous name beside another capitalised word ("Абай Кунанбаев")."""
    return _is_ambiguous(entry) and (_capitalised_before(doc, i) or _capitalised_after(doc, i))


def surname_after_about(doc: Doc, i: int, entry: Entry) -> bool:
    """ "об Иванове", "о Пушкине": after "о" a town's locative that is also a surname speaks of a person."""
    return doc.word(i - 1) in ABOUT and _is_person_name(doc.words[i])


ABOUT = frozenset({"о", "об", "обо"})


def surname_named_elsewhere(doc: Doc, i: int, entry: Entry) -> bool:
    """ "Айсен Николаев … — сказал журналистам Николаев": a town's name that can be a surname, which
    the text writes elsewhere after a first name, is that person's surname wherever it stands alone;
    after a preposition it is the town ("премьера прошла в Панфилове")."""
    if is_preposition(doc.word(i - 1)) or not any("Surn" in p.tag for p in doc.readings(i)):
        return False
    forms = {key[0] for key in name_forms(entry.name) if len(key) == 1}
    return any(k != i and after_first_name(doc, k, entry) for k in doc.positions(forms))


GUARDS: tuple[Guard, ...] = (
    too_short,
    surname_after_about,
    in_quotes,
    part_of_person_name,
    before_surname,
    after_first_name,
    surname_named_elsewhere,
    first_of_two_names,
    after_named_for,
    adjective_before_noun,
    ambiguous_at_sentence_start,
    ambiguous_after_blocker,
    ambiguous_beside_capital,
)


def rejecting_guard(doc: Doc, i: int, end: int, entry: Entry) -> str | None:
    """The name of the first guard that rejects the candidate at [i, end), or None. Names of two or
    more words are specific enough to pass."""
    if in_quoted_name(doc, i, end):
        return "in_quoted_name"
    if after_street_word(doc, i):
        return "after_street_word"
    if in_street_list(doc, i, end, entry):
        return "in_street_list"
    if after_feature_word(doc, i, end, entry):
        return "after_feature_word"
    if after_facility_word(doc, i, end, entry):
        return "after_facility_word"
    if before_firm_word(doc, i, end):
        return "before_firm_word"
    if end - i > 1:
        return None
    for guard in GUARDS:
        if guard(doc, i, entry):
            return guard.__name__
    return None
