"""Guards for a place word that is part of a person's name: a surname after a first name or
initials ("Дмитрия Уса", "Питер Данн"), a name before a surname, one of two names, "имени Абая", a
surname that the text also gives a first name.
"""

from __future__ import annotations

from functools import lru_cache

from ..text.doc import Doc
from ..text.morph import fold, is_known, parses
from ..text.phrases import is_preposition
from ..vocab import stems, words
from .candidates import PERSON_TAGS, pattern_place
from .gazetteer import generic_words
from .lookup import lookup
from .name_guards import word_for
from .names import Entry, name_forms


@lru_cache(maxsize=100_000)
def _is_person_name(word: str) -> bool:
    """The dictionary's likeliest reading is a first name, surname or patronymic."""
    readings = parses(word)
    return bool(readings) and is_known(word) and any(t in readings[0].tag for t in PERSON_TAGS)


def capitalised_before(doc: Doc, i: int) -> bool:
    """A capitalised word before i inside its sentence; a capitalised preposition ("19.05.2010 На
    Кубани") only opens a headline."""
    prev = doc.word(i - 1)
    if not (prev.isalpha() and doc.is_capitalised(i - 1) and doc.same_sentence(i - 2, i)):
        return False
    return doc.pos(i - 1) not in ("PREP", "CONJ", "PRCL")


def capitalised_after(doc: Doc, i: int, hyphened: bool = False) -> bool:
    """A capitalised word after i in its sentence; with `hyphened`, a word with a hyphen counts too."""
    nxt = doc.word(i + 1).replace("-", "") if hyphened else doc.word(i + 1)
    return nxt.isalpha() and doc.is_capitalised(i + 1) and doc.same_sentence(i, i + 1)


def part_of_person_name(doc: Doc, i: int, entry: Entry) -> bool:
    """ "Питер Данн", "Дмитрия Уса", "Ричарда Дэйли": a name beside another person's name, or before a
    surname the dictionary lacks, unless "город" stands before; a holder's name may follow "город"
    after a title of office ("мэр города Сергей Собянин")."""
    prev, nxt = doc.word(i - 1), doc.word(i + 1)
    after_place_word = any(fold(p.normal_form) in generic_words("before") for p in parses(prev)) and not (
        _is_first_name(doc.words[i]) and word_for(doc, i - 2, "places/office_titles.txt")
    )
    surname_after = capitalised_after(doc, i, hyphened=True) and (
        _is_person_name(nxt) or _foreign_word(doc, i + 1)
    )
    return (
        _is_person_name(doc.words[i])
        and not after_place_word
        and ((capitalised_before(doc, i) and _is_person_name(prev)) or surname_after)
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
        and fold(doc.lemma(k)) not in generic_words("before")
        and not word_for(doc, k, "places/office_titles.txt")
        and capitalised_after(doc, i)
        and doc.tokens.gap(nxt) == " "
        and (((found := doc.first(nxt)) is not None and "Surn" in found.grammemes) or _foreign_word(doc, nxt))
        and pattern_place(doc, nxt) is None
        and not capitalised_after(doc, nxt)
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
        not (capitalised_after(doc, i, hyphened=True) and doc.tokens.gap(k) == " ")
        or doc.tokens.raw(i).isupper()
    ):
        return False
    if capitalised_after(doc, k, hyphened=True) or not _heads_a_name(doc, i):
        return False
    geox = (found := doc.first(k)) is not None and "Geox" in found.grammemes and is_known(doc.words[k])
    return (_foreign_word(doc, k) or (geox and lookup(doc, k) is None)) and not _is_person_name(doc.words[k])


def _heads_a_name(doc: Doc, i: int) -> bool:
    """The first word of a longer name is in the nominative, or indeclinable and governed by no noun:
    "Япония" in the genitive before a name is a title's ("императора Японии Акихито", "президента
    Перу Кастильо")."""
    found = doc.readings(i)
    if any("Fixd" in p.tag for p in found):
        return doc.pos(i - 1) != "NOUN"
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
    if not capitalised_before(doc, i) and not (doc.is_capitalised(j) and _is_first_name(w)):
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
