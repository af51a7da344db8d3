"""What a figure measures: a genitive after it ("76 млрд тенге инвестиций"), else the clause's subject
or object before it; a quantity names its own ("2 тыс. рабочих мест")."""

from __future__ import annotations

from functools import lru_cache

from pymorphy3.analyzer import Parse

from ..draft import Draft
from ..places.gazetteer import is_place_abbreviation
from ..text.doc import Doc
from ..text.morph import fold, parses
from ..text.phrases import (
    PROPER_TAGS,
    adjective,
    is_adjective,
    is_genitive,
    is_preposition,
    nominative_phrase,
)
from ..vocab import words

SUBJECT_WINDOW = 14  # tokens searched before a fact for its grammatical subject
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})
PER_ONE = frozenset({"один", "каждый"})  # "зарплата одного работника": per head of the noun after


@lru_cache(maxsize=100_000)
def _noun(word: str) -> Parse | None:
    """A common noun that can name what is measured: no function word, no verb first ("стали
    получать"), no unit of time ("за год"), no body that reports figures ("Росстата")."""
    readings = parses(word)
    noun_first = bool(readings) and readings[0].tag.POS == "NOUN"  # "минимум", not "максимум 5 лет"
    function = FUNCTION_POS - {"PRCL"} if noun_first else FUNCTION_POS
    if len(word) < 2 or any(p.tag.POS in function or "Apro" in p.tag for p in readings):
        return None
    if readings[:1] and readings[0].tag.POS in ("VERB", "INFN"):
        return None
    for p in readings:
        if p.tag.POS == "NOUN" and not any(t in p.tag for t in PROPER_TAGS):
            return None if p.normal_form in words("time/time_units.txt") or _reports(p) else p
    return None


def _noun_first(word: str) -> bool:
    """A noun that is not likelier an adjective or a participle."""
    return _noun(word) is not None and parses(word)[0].tag.POS not in ("ADJF", "PRTF")


def _reports(p: Parse) -> bool:
    lemma = fold(p.normal_form)
    return lemma in words("context/reporters.txt") or lemma in words("context/organisation_words.txt")


def _modifier(doc: Doc, k: int) -> bool:
    """An adjective, likelier so than a noun ("жилой", not "жила"): part of a noun phrase to its left."""
    w = doc.words[k]
    if not (w.isalpha() and is_adjective(w)):
        return False
    return _noun(w) is None or doc.pos(k) in ("ADJF", "PRTF")


def _agreeing(doc: Doc, k: int, head: int) -> bool:
    """An adjective reading in the head noun's case and number: "среднего" before "бизнеса"."""
    nouns = [p.tag for p in doc.readings(head) if p.tag.POS == "NOUN"]
    return any(
        p.tag.POS == "ADJF" and any(p.tag.case == t.case and p.tag.number == t.number for t in nouns)
        for p in doc.readings(k)
    )


def _coordinated(doc: Doc, k: int) -> bool:
    """ "и" between two adjectives of one noun: "малого и среднего бизнеса"."""
    return (
        doc.words[k] == "и" and 0 < k < doc.size - 1 and all(adjective(doc.words[j]) for j in (k - 1, k + 1))
    )


def _governed(doc: Doc, i: int) -> bool:
    """A noun after a preposition, or after a body that reports ("Управления сельского хозяйства"),
    is not a subject; adjectives, pronouns and "же" may stand between ("за тот же период")."""
    j = i - 1
    while (
        j >= 0 and doc.same_sentence(j, i) and (_modifier(doc, j) or _pronoun(doc, j) or doc.words[j] == "же")
    ):
        j -= 1
    if j < 0 or not doc.same_sentence(j, i):
        return False
    return is_preposition(doc.words[j]) or any(_reports(p) for p in doc.readings(j)[:1])


def _per_one(doc: Doc, j: int) -> bool:
    """ "одного", "каждого": per head of what follows ("зарплата одного работника" is a wage)."""
    return doc.lemma(j) in PER_ONE


def _pronoun(doc: Doc, j: int) -> bool:
    """ "свою", "этих": a pronoun before a noun, as in "в свою очередь"."""
    return (found := doc.first(j)) is not None and "Apro" in found.grammemes


def _phrase(doc: Doc, head: int, end: int, limit: int = 0) -> str:
    """The noun phrase from its adjectives (none before `limit`) through `end`, its head as a
    nominative singular lemma."""
    noun = _noun(doc.words[head])
    assert noun is not None
    first = head
    while first > limit and doc.same_sentence(first - 1, head):
        if _modifier(doc, first - 1) or _agreeing(doc, first - 1, head):
            first -= 1
        elif first - 2 >= limit and _coordinated(doc, first - 1):
            first -= 2
        else:
            break
    modifiers = [k for k in range(first, head) if doc.words[k] != "и"]
    adjectives = [next(p for p in doc.readings(k) if p.tag.POS in ("ADJF", "PRTF")) for k in modifiers]
    rest = [doc.tokens.raw(k) if _is_abbreviation(doc, k) else doc.words[k] for k in range(head + 1, end)]
    phrase = nominative_phrase(adjectives, noun, rest).split(" ")
    for n in reversed([n for n, k in enumerate(modifiers) if doc.words[k + 1] == "и"]):
        phrase.insert(n + 1, "и")  # "малый и средний бизнес"
    return " ".join(phrase)


def _phrase_after(doc: Doc, i: int, end: int) -> str | None:
    """The noun phrase from token i, extended from `end` over genitive nouns and adjectives."""
    while end < doc.size and doc.same_sentence(end, i):
        w = doc.words[end]
        if (_coordinated(doc, end) and end > i) or (
            w.isalpha() and (_noun(w) or is_adjective(w)) and is_genitive(w) and not doc.is_capitalised(end)
        ):
            end += 1
        else:
            break
    nouns = [k for k in range(i, end) if _noun(doc.words[k]) is not None and not _modifier(doc, k)]
    heads = [k for k in nouns if not is_adjective(doc.words[k])] or nouns  # "малого предприятия"
    return _phrase(doc, heads[0], end, limit=i) if heads else None


def _counted_after(doc: Doc, i: int) -> str | None:
    """ "каждый пятый житель области" → "житель области": a noun in any case, then its genitives."""
    w = doc.word(i)
    if not w.isalpha() or doc.is_capitalised(i) or _noun(w) is None or not doc.same_sentence(i - 1, i):
        return None
    return _phrase_after(doc, i, i + 1)


def _is_abbreviation(doc: Doc, j: int) -> bool:
    """ "ВВП", "МСБ": an all-capital word that is no place name can be what a number measures."""
    raw = doc.tokens.raw(j)
    return len(raw) > 1 and raw.isalpha() and raw.isupper() and not is_place_abbreviation(raw)


def _can_head(doc: Doc, j: int) -> bool:
    """A noun that can be the subject or the object of the clause (nominative or accusative), not an
    adjective first ("средних" in "средних и малых предприятий")."""
    w = doc.words[j]
    return (
        _wordlike(w)
        and (doc.sentence_start(j) or not doc.is_capitalised(j))
        and not _number_ending(doc, j)
        and _heads(w)
    )


def _number_ending(doc: Doc, j: int) -> bool:
    """The case ending written after a number ("в мае 2024-го", "5-й"): no word of its own."""
    return len(doc.words[j]) <= 3 and doc.word(j - 1) == "-" and doc.word(j - 2)[-1:].isdigit()


def _wordlike(w: str) -> bool:
    """Letters, or words of letters joined by hyphens ("онлайн-продажи", "бизнес-инкубатор")."""
    return all(part.isalpha() for part in w.split("-"))


@lru_cache(maxsize=100_000)
def _heads(word: str) -> bool:
    """A word that reads as a noun in the nominative or accusative, and not first as an adjective."""
    if _noun(word) is None or parses(word)[0].tag.POS in ("ADJF", "PRTF"):
        return False
    return any(p.tag.case in ("nomn", "accs") for p in parses(word) if p.tag.POS == "NOUN")


def _head_of_chain(doc: Doc, head: int) -> int:
    """Walk left over genitive dependents to the noun they depend on: "объемы ... производства"."""
    while is_genitive(doc.words[head]):
        k = head - 1
        while (
            k >= 0
            and doc.same_sentence(k, head)
            and (is_adjective(doc.words[k]) or _per_one(doc, k))
            and not _noun_first(doc.words[k])
        ):
            k -= 1
        if k < 0 or not doc.same_sentence(k, head) or not _noun_first(doc.words[k]):
            break  # "частные инвестиции": an adjective first, though "частное" is a noun too
        head = k
    return head


def _subject_before(doc: Doc, i: int, skipped: frozenset[int]) -> str | None:
    """The nearest noun before the fact that no preposition governs, with its genitive dependents;
    place names are skipped ("Доля МСБ в ВРП Жамбылской области составила 36%")."""
    for j in range(i - 1, max(i - SUBJECT_WINDOW, -1), -1):
        if not doc.same_sentence(j, i):
            return None
        if j in skipped:
            continue
        if _is_abbreviation(doc, j) and not _governed(doc, j):
            if j > 0 and doc.same_sentence(j - 1, j) and _noun(doc.words[j - 1]) is not None:
                continue  # "долю ВИЭ": the abbreviation depends on the noun before it
            return doc.tokens.raw(j)
        if not _can_head(doc, j) or _governed(doc, j):
            continue
        head = _head_of_chain(doc, j)
        if _governed(doc, head):
            continue
        end = head + 1
        while end < i and (
            _coordinated(doc, end)
            or (
                (_noun(doc.words[end]) or is_adjective(doc.words[end]) or _is_abbreviation(doc, end))
                and (_is_abbreviation(doc, end) or is_genitive(doc.words[end]))
            )
        ):
            end += 1
        while end - 1 > head and (doc.words[end - 1] == "и" or doc.pos(end - 1) == "ADJF"):
            end -= 1  # an adjective whose noun lies beyond: "зарплата сотрудников крупных, …"
        return _phrase(doc, head, end)
    return None


def subject_of(doc: Doc, d: Draft, skipped: frozenset[int]) -> str | None:
    """What the fact measures: a genitive after an amount ("76 млрд тенге инвестиций"), else the
    clause's subject or object before it (a quantity names its own: "2 тыс. рабочих мест"); the
    `skipped` tokens (place names, other figures) are passed over."""
    if d.kind == "share" and doc.words[d.start].startswith("кажд"):
        return _counted_after(doc, d.end)
    if d.kind in ("money", "share", "quantity"):
        found = _phrase_after(doc, d.end, d.end)
        if found or d.kind == "quantity":
            return found
    return _subject_before(doc, d.start, skipped)
