"""Names after a word that says what they are: "города Сарань", "села Ботакара", "поселке городского
типа Яйва", "деревне Малые Вязёмы"; a town's name after a word for a village names the village."""

from __future__ import annotations

from functools import lru_cache

from pymorphy3.analyzer import Parse

from ..text.doc import Doc
from ..text.morph import fold, inflect, is_known, parses
from ..vocab import words
from .candidates import PERSON_TAGS, geographic_word, name_as_written, written_case
from .gazetteer import generic_words
from .lookup import Candidate
from .names import Entry
from .settlements import settlement_at

TOWN_TYPE = ("городского", "типа")  # "в поселке городского типа Яйва"
IN_WORDS = frozenset({"в", "во", "из"})  # prepositions a settlement's name follows


def _word_before(doc: Doc, i: int) -> int | None:
    """The token of the word that may name what the name at i is, skipping an abbreviation's dot."""
    if doc.word(i - 1) == TOWN_TYPE[1] and doc.word(i - 2) == TOWN_TYPE[0]:
        return i - 3
    if doc.word(i - 1).startswith("пункт") and fold(doc.word(i - 2)).startswith("населен"):
        return i - 2  # "в населенном пункте Шубарсу": the adjective says what the name is
    k = i - 1
    if (
        doc.word(k) == "."
        and len(doc.word(i - 2)) <= 3
        and doc.word(i - 3) != "."
        and not doc.word(i - 3)[:1].isdigit()
        and doc.tokens.raw(i - 2).islower()
    ):
        return i - 2  # "г. Астана", "с. Ботакара", but not "на 2 п.п. Ремонт", "в 2013 г. Этот", "Д.Медведев"
    if len(doc.word(k)) <= 2:
        return None  # "с", "п" without their dot are prepositions and letters, not "село", "поселок"
    return k


def after_settlement_word(doc: Doc, i: int) -> Candidate | None:
    """ "города Сарань", "села Ботакара": the name after a settlement word, two words that agree
    ("селе Верхнее Нащекино"), a village of КАТО in the nominative ("селе Жанаауыле" → Жанаауыл),
    else one word kept as written."""
    k = _word_before(doc, i)
    if k is None or not doc.word(k).isalpha() or not doc.same_sentence(i - 1, i):
        return None
    kind = _settlement_kind(doc.words[k])
    if kind is None:
        return None
    village = settlement_at(doc, i) if kind == "settlement" else None
    if village is not None and not _same_gender(village[1].name, doc, k):
        village = None  # "поселке Светлом" is Светлый, not the village Светлое
    if kind == "settlement":  # two words before one: "д. Новая Тювинка", not the village Новая
        village = _two_words(doc, i) or village
    return village or (i + 1, Entry(_kato_as_written(doc, i) or _named_after(doc, k, i), kind, None))


@lru_cache(maxsize=20_000)
def _settlement_kind(word: str) -> str | None:
    """The kind of place a word before a name says it is ("города" → city), or None."""
    before = generic_words("before")
    return next((before[fold(p.normal_form)] for p in parses(word) if fold(p.normal_form) in before), None)


def adjective_pair(doc: Doc, i: int) -> Candidate | None:
    """ "в Новой Усмани" → Новая Усмань: after a preposition, an adjective that opens settlements'
    names ("Новый", "Верхний", "Малый") agreeing with a town's name no list has makes one name with
    it, a settlement the gazetteer lacks; the town alone is not meant."""
    if doc.pos(i) != "ADJF" or doc.word(i - 1) not in IN_WORDS:
        return None  # "на Новом Арбате": a street
    if fold(doc.lemma(i)) not in words("places/name_adjectives.txt"):
        return None
    if geographic_word(doc, i + 1) is None:
        return None
    return _two_words(doc, i)


def _kato_as_written(doc: Doc, i: int) -> str | None:
    """ "в городах Кендерли": a one-word name КАТО writes just so keeps its form, which the dictionary
    may take for a case of another word (Кендерли is no plural of "Кендерль")."""
    found = settlement_at(doc, i)
    same = found is not None and found[0] == i + 1 and fold(found[1].name.lower()) == doc.words[i]
    return found[1].name if same and found is not None else None


ADJECTIVE_GENDERS = (
    ("ое", "neut"),
    ("ее", "neut"),
    ("ый", "masc"),
    ("ий", "masc"),
    ("ой", "masc"),
    ("ая", "femn"),
)


def _same_gender(name: str, doc: Doc, k: int) -> bool:
    """An adjective-shaped name that the dictionary knows agrees with the settlement word at k ("селе
    Светлом" → Светлое, "поселке Светлом" → Светлый); other names agree with any."""
    gender = next((g for ending, g in ADJECTIVE_GENDERS if name.endswith(ending)), None)
    if not is_known(fold(name.lower())):
        return True  # "селе Караой": a Kazakh name ending like an adjective is none
    word = doc.readings(k)[:1]
    return gender is None or not word or word[0].tag.gender in (None, gender)


def _two_words(doc: Doc, i: int) -> Candidate | None:
    """ "деревне Малые Вязёмы" → Малые Вязёмы: a capitalised adjective and a capitalised noun that
    agrees with it, both in the nominative, or a name the dictionary lacks after an adjective in the
    nominative ("д. Новая Тювинка"); not "селе Октябрьском Иван Петров"."""
    j = i + 1
    if not (doc.word(j).isalpha() and doc.is_capitalised(j) and doc.same_sentence(i, j)):
        return None
    adjective = doc.readings(i)[:1]
    if not adjective or adjective[0].tag.POS != "ADJF" or "Poss" in adjective[0].tag:
        return None
    raw = doc.tokens.raw(j)
    if not is_known(doc.words[j]) and any(
        a.tag.case == "nomn" for a in doc.readings(i) if a.tag.POS == "ADJF"
    ):
        return j + 1, Entry(f"{doc.tokens.raw(i)} {raw}", "settlement", None)  # "д. Новая Тювинка"
    noun = next((n for n in doc.readings(j) if _agrees(adjective[0], n)), None)
    if noun is None:
        return None
    number = noun.tag.number or "sing"
    agreement = "plur" if number == "plur" else (noun.tag.gender or "masc")
    first = written_case(inflect(adjective[0], "nomn", agreement), doc.tokens.raw(i))
    second = written_case(inflect(noun, "nomn", number), raw) if is_known(doc.words[j]) else raw
    return j + 1, Entry(f"{first} {second}", "settlement", None)


def _agrees(adjective: Parse, noun: Parse) -> bool:
    return (
        noun.tag.POS == "NOUN"
        and not any(t in noun.tag for t in PERSON_TAGS)
        and noun.tag.case == adjective.tag.case
        and (noun.tag.number == adjective.tag.number == "plur" or noun.tag.gender == adjective.tag.gender)
    )


def _named_after(doc: Doc, k: int, i: int) -> str:
    """The name at i after the settlement word at k, in the nominative: an adjective agrees with the
    word ("станице Кущёвской" → Кущёвская, "селе Октябрьском" → Октябрьское); a possessive one keeps
    its form ("порт Козьмино"), and so does one written in the nominative ("поселке Шушенское")."""
    word = doc.readings(k)[:1]
    adjective = doc.readings(i)[:1]
    if (
        word
        and word[0].tag.gender
        and adjective
        and adjective[0].tag.POS == "ADJF"
        and "Poss" not in adjective[0].tag
        and not any(r.tag.case == "nomn" for r in doc.readings(i) if r.tag.POS == "ADJF")
    ):
        return written_case(inflect(adjective[0], "nomn", "sing", word[0].tag.gender), doc.tokens.raw(i))
    return name_as_written(doc, i)


def village_named(doc: Doc, i: int, found: Candidate) -> Candidate | None:
    """ "села Аксу", "пос. Шу": after a word for a rural settlement, a name the gazetteer knows as a
    town names the village (of КАТО where it is one, else as written), not the town."""
    if found[1].type != "city":
        return None
    k = i - 2 if doc.word(i - 1) == "." else i - 1
    if not any(fold(p.normal_form) in words("places/village_words.txt") for p in doc.readings(k)):
        return None
    village = after_settlement_word(doc, i)
    return village if village is not None and village[1].type == "settlement" else None
