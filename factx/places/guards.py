"""Guards: named tests that turn down a place candidate where the word is something else — part of
the name of a street, feature, firm or quoted thing (name_guards.py), part of a person's name
("Дмитрия Уса", "Питер Данн": person_guards.py), a word in quotes («Славута»), an adjective before
its noun ("Мирный атом"), or an ambiguous name ("Абай": town or poet) where nothing says it is a place.

Each guard returns True to reject; `rejecting_guard` names the first that does, for the trace.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pymorphy3.analyzer import Parse

from ..text.doc import Doc
from ..text.morph import fold, parses
from ..text.phrases import is_preposition
from ..vocab import words
from .gazetteer import ambiguous, generic_words
from .name_guards import (
    after_facility_word,
    after_feature_word,
    after_street_word,
    before_firm_word,
    ends_outlet_name,
    in_quoted_name,
    in_street_list,
)
from .names import Entry, name_forms
from .person_guards import (
    after_first_name,
    after_named_for,
    before_surname,
    capitalised_after,
    capitalised_before,
    first_of_two_names,
    part_of_person_name,
    surname_after_about,
    surname_named_elsewhere,
)

Guard = Callable[[Doc, int, Entry], bool]


def too_short(doc: Doc, i: int, entry: Entry) -> bool:
    """ "с", "п", "Ия": two letters are a place only as an abbreviation ("РК"), a town of the gazetteer
    ("Шу") or after a word that says it is a town or village ("с. Шу")."""
    raw = doc.tokens.raw(i)
    if len(raw) >= 3 or raw.isupper() or (len(raw) == 2 and entry.main == raw):
        return False
    k = i - 2 if doc.word(i - 1) == "." else i - 1
    before = generic_words("before")
    return len(raw) < 2 or fold(doc.lemma(k)) not in before


def in_quotes(doc: Doc, i: int, entry: Entry) -> bool:
    """«Славута»: a name alone in quotes is a brand or a title."""
    return doc.word(i - 1) == '"' and doc.word(i + 1) == '"'


def in_site_name(doc: Doc, i: int, entry: Entry) -> bool:
    """ "ДОМ.РФ", "Госуслуги.рф": a name joined by a dot, with no space, to a capitalised word before
    it ends the name of a site or a firm, and is no place ("г.Алматы", "Пос.Аксу" are places); one
    joined by a dot to a Latin domain after it opens a site's name ("Петропавловск.news")."""
    if doc.word(i + 1) == "." and doc.tokens.joined(i + 1) and doc.tokens.joined(i + 2):
        return bool(re.fullmatch("[a-z]+", doc.word(i + 2)))
    k = i - 2
    if doc.word(i - 1) != "." or not (doc.tokens.joined(i) and doc.tokens.joined(i - 1)):
        return False
    generic = fold(doc.lemma(k)) in generic_words("before")
    return doc.word(k).isalnum() and doc.is_capitalised(k) and not generic


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
    if doc.pos(end) in FUNCTION_POS or is_preposition(nxt):
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
    return _is_ambiguous(entry) and (capitalised_before(doc, i) or capitalised_after(doc, i))


GUARDS: tuple[Guard, ...] = (
    too_short,
    in_site_name,
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
    if ends_outlet_name(doc, i, end):
        return "ends_outlet_name"
    if end - i > 1:
        return None
    for guard in GUARDS:
        if guard(doc, i, entry):
            return guard.__name__
    return None
