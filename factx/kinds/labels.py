"""Count labels: a bare number counts what a count noun's plural label before it in its clause names
("Количество туристов превысило 1 млн" → турист), or the people or animals in the genitive that open
its clause ("жителей было 1,18 млн"). The pass runs between elision.py's within a sentence and across
sentences, so that a label in a figure's own clause wins over a unit carried from a sentence before and
the items after a labelled figure take its unit ("… — 2,3 млн, в Астане — 1,6 млн")."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from pymorphy3.analyzer import Parse

from ..text.doc import Doc
from ..text.phrases import PROPER_TAGS, nominative_phrase, plural_genitive
from ..text.tokens import CLAUSE_MARKS, CLOSING_QUOTES, OPENING_QUOTES
from ..vocab import table, words
from .bare import RULE, RULE_LABEL, bare, is_year, noun_like
from .counted_nouns import units
from .elided_items import counts_another

if TYPE_CHECKING:
    from .amounts import Amount, Tail

LABEL_WINDOW = 10  # how far before a number a genitive label opening its clause may stand ("жителей было")
COUNT_WINDOW = 20  # and a count noun, whose clause may name a long complement and a place: "количество
# действующих субъектов малого и среднего бизнеса в Северо-Казахстанской области выросло до 312 тыс."


def from_label(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """ "Количество туристов превысило 1 млн", "число безработных составило 12 тыс.": a bare
    number that a count noun and its plural genitive label earlier in its clause counts what the
    label names; with no count noun, what a genitive opening its clause names (`_quantified`)."""
    from .amounts import Tail  # amounts imports this module: its Tail is there only once it has loaded

    out = list(amounts)
    for k, a in enumerate(out):
        borrowed = RULE in a.rules  # "… 2,3 млрд рублей, число новых рабочих мест – 240": the label wins
        if not bare(doc, replace(a, tail=None) if borrowed else a):
            continue
        if doc.word(a.start - 1) in words("change/from_words.txt"):
            continue  # "число моногородов сократилось с 27 до 20" is a change, the change's own unit
        if _dated(doc, a) or (doc.word(a.end) == "из" and not a.scaled):
            continue  # "по итогам 2016 составило", "семей, в которых один из членов"; not "абонентов – 2030"
        previous, counted = _blocking_end(doc, out, k)
        if borrowed:
            j = _count_noun(doc, max(previous, a.start - COUNT_WINDOW), a.start)
            label = _label(doc, j + 1) if j is not None else None
            rules = tuple(r for r in a.rules if r != RULE)
            tail = Tail("noun", a.num_start, a.num_end, RULE_LABEL, unit=label)
            out[k] = replace(a, tail=tail, rules=rules) if label is not None else a
            continue
        if previous == a.start - 1 and k:
            continue
        unit = counted.unit if counted is not None and doc.same_sentence(counted.start, a.start) else None
        if unit is None and previous < a.start:  # no label stands between two figures side by side
            unit = _label_before(doc, out, k, previous)
        if (
            unit is None
            and k
            and out[k - 1].tail is not None
            and doc.same_sentence(out[k - 1].start, a.start)
        ):
            unit = _item_label(doc, out[k - 1], a)
        if unit is not None:
            out[k] = replace(a, tail=Tail("noun", a.num_start, a.num_end, RULE_LABEL, unit=unit))
            _share_with_next(doc, out, k)
    return out


def _label_before(doc: Doc, out: list[Amount], k: int, previous: int) -> str | None:
    """What a count noun's label, a whole, a genitive or a measure unit after token `previous` counts."""
    a = out[k]
    j = _count_noun(doc, max(previous, a.start - COUNT_WINDOW), a.start)
    unit = (
        _label(doc, j + 1)
        if j is not None
        else _whole_subject(doc, max(previous, a.start - COUNT_WINDOW), a.start)
    )
    unit = unit if unit is not None else _quantified(doc, max(previous, a.start - LABEL_WINDOW), a.start)
    following = out[k + 1] if k + 1 < len(out) else None
    joined = following is not None and doc.words[a.end : following.start] in (["и"], ["или"])
    if unit is None and not (joined and following is not None and following.tail is not None):
        unit = _measured(doc, max(previous, a.start - COUNT_WINDOW), a.start)  # not "… — 5 и 7 школ"
    return unit


def _share_with_next(doc: Doc, out: list[Amount], k: int) -> None:
    """ "квадратных метров введено в Кудымкаре и Чайковском — 12 и 19 тыс. соответственно": the
    number joined by "и" after a labelled one counts the same, and its scale word is both's."""
    a, b = out[k], out[k + 1] if k + 1 < len(out) else None
    if b is None or doc.words[a.end : b.start] not in (["и"], ["или"]) or not bare(doc, b) or a.tail is None:
        return
    out[k + 1] = replace(b, tail=replace(a.tail, start=b.num_start, end=b.num_end))
    if b.scaled and not a.scaled and a.value is not None:
        out[k] = replace(a, value=a.value * b.scale, scale=b.scale)


LABEL_LETTERS = 4  # a unit's plural genitive is a word ("тонн", "метров"), not a letter or an abbreviation


def _measured(doc: Doc, first: int, number: int) -> str | None:
    """ "Меньше всего квадратных метров введено в Чайковском — 19 тыс.": a measure unit in the plural
    genitive that opens the number's clause (after a word of how many) measures it."""
    start = _clause_start(doc, first, number)
    start = _past_openers(doc, start, number) if start >= 0 else number
    found = None
    while start < number and doc.words[start].isalpha():
        found = units().match(doc.lower, doc.tokens.starts[start])
        if found is not None or doc.pos(start) != "ADJF":
            break
        start += 1  # "жилых квадратных метров": an adjective the unit's table does not hold
    if found is None or doc.token_at(found[0]) >= number or len(doc.words[start]) < LABEL_LETTERS:
        return None  # "Т.Б. Бардакова 5": an initial is no "т"
    return found[1]


def _item_label(doc: Doc, last: Amount, a: Amount) -> str | None:
    """ "Количество краж – 12, грабежей – 3", "Число школ – 40, сельских школ – 12", "120 краж,
    грабежей – 30": a list item that names what it counts by a plural genitive of its own
    before its dash (`counts_another`) counts that."""
    if not counts_another(doc, a, last):
        return None
    for start in range(max(last.end, a.start - 2 - MAX_LABEL_ADJECTIVES), a.start - 1):
        found = _phrase_at(doc, start)
        if found is not None and found[2] == a.start - 1:
            return nominative_phrase(found[0], found[1])
    return None


def _count_noun(doc: Doc, first: int, number: int) -> int | None:
    """The count noun ("число", "количество") nearest before the number in its clause, from `first` on;
    a clause with a subject of its own stands between them in "Число туристов выросло, а доходы
    отелей составили 12 млн"."""
    counts = words("amounts/count_nouns.txt")
    for j in range(number - 1, first - 1, -1):
        if not doc.same_sentence(j, number) or doc.words[j] in (";", ":") or _new_subject(doc, j):
            return None
        if doc.words[j] in counts:
            return j
    return None


def _new_subject(doc: Doc, j: int) -> bool:
    """A comma at j opens a clause with a noun in the nominative ("…, а доходы отелей составили")."""
    if doc.words[j] != ",":
        return False
    k = j + 2 if doc.word(j + 1) in ("а", "и", "но") else j + 1
    nouns = [p for p in doc.readings(k) if p.tag.POS == "NOUN"] if doc.word(k).isalpha() else []
    cases = {p.tag.case for p in nouns}
    return "nomn" in cases and "gent" not in cases  # "…, кафе и ресторанов" lists the label's nouns


def _blocking_end(doc: Doc, amounts: list[Amount], k: int) -> tuple[int, Tail | None]:
    """Where the search for amount k's label stops: after the amount before it, unless that one is
    the change the label's verb states first, a percentage or a count by the label ("Число магазинов
    выросло на 1 140 и превысило 27 тыс.", "количество туристов выросло на 8% и достигло 42,6 тыс.");
    and the tail of such a count, which the amount then shares."""
    for m in range(k - 1, max(k - 1 - PASSED, -1), -1):
        before, tail = amounts[m], amounts[m].tail
        if _dated(doc, before) or (tail is None and not bare(doc, before)):
            continue  # "по итогам 2023 составило 63", "по сравнению с данными последних пяти лет"
        by = doc.word(before.start - 1) == "на"
        if not (by and tail is not None and (tail.kind == "percent" or tail.rule == RULE_LABEL)):
            return before.end, None
        if tail.rule == RULE_LABEL:
            return before.end, tail
    return (amounts[k - 1 - PASSED].end, None) if k > PASSED else (0, None)


def _dated(doc: Doc, a: Amount) -> bool:
    """A year a label neither counts nor stops at; after a dash a number is a list's value."""
    return is_year(a) and doc.word(a.start - 1) != "-"


PASSED = 2  # amounts a label reaches past: "выросло на 8% (на 1 140) и достигло 42,6 тыс."


@cache
def label_units() -> dict[str, str]:
    return {r["label"]: r["unit"] for r in table("amounts/label_units.tsv")}


def _whole_subject(doc: Doc, first: int, number: int) -> str | None:
    """ "Население Приморья снизилось до 1,8 миллиона": a noun that names a whole by what it is made of
    (amounts/label_units.tsv), the subject that opens the number's clause, counts it as a count noun
    and its label would ("численность населения")."""
    start = _clause_start(doc, first, number)
    if start < 0:
        return None
    start = _past_openers(doc, start, number)
    first_reading = doc.readings(start)[:1] if start < number and doc.words[start].isalpha() else ()
    if not first_reading or first_reading[0].tag.case != "nomn":
        return None
    return label_units().get(first_reading[0].normal_form)


def _label(doc: Doc, j: int) -> str | None:
    """What a count noun's genitive plural complement counts, in the nominative singular: "туристов"
    → турист, "аварийных участков" → аварийный участок, "безработных" → безработный, "населения" →
    человек."""
    whole = label_units().get(doc.lemma(j))
    if whole is not None:
        return whole  # "численность населения": people
    found = _phrase_at(doc, j)
    return nominative_phrase(found[0], found[1]) if found is not None else None


def _phrase_at(doc: Doc, j: int) -> tuple[list[Parse], Parse, int] | None:
    """The plural genitive phrase at j: up to two adjectives or participles and their noun ("действующих
    субъектов"), or one used as a noun ("безработных", "отдыхающих"), with the token after it."""
    adjectives: list[Parse] = []
    while len(adjectives) <= MAX_LABEL_ADJECTIVES:
        reading = _plural_genitive(doc, j)
        if reading is None:
            return None
        if reading.tag.POS == "NOUN":
            return None if any(t in reading.tag for t in PROPER_TAGS) else (adjectives, reading, j + 1)
        if reading.tag.POS not in ("ADJF", "PRTF"):
            return None
        if not noun_like(doc.word(j + 1)):
            return None if adjectives or _noun_ahead(doc, j + 1) else ([], reading, j + 1)
        adjectives.append(reading)
        j += 1
    return None


def _plural_genitive(doc: Doc, j: int) -> Parse | None:
    """Word j in the plural genitive; "ЮЛ" in capitals is an abbreviation no dictionary declines."""
    return None if j >= doc.size or doc.tokens.raw(j).isupper() else plural_genitive(doc.words[j])


def _noun_ahead(doc: Doc, j: int) -> bool:
    """A plural genitive noun a few words on, before a verb or a mark, that the participle or
    adjective before j may qualify ("число зарегистрированных в области предприятий")."""
    for k in range(j, min(j + AHEAD, doc.size)):
        if doc.words[k] in QUOTES:
            continue  # "проведенных «круглых столов»"
        first = doc.readings(k)[:1] if doc.words[k].isalpha() else ()
        if not first or first[0].tag.POS in VERBS:
            return False
        if first[0].tag.POS == "NOUN" and _plural_genitive(doc, k) is not None:
            return True
    return False


AHEAD = 4
QUOTES = OPENING_QUOTES | CLOSING_QUOTES
VERBS = ("VERB", "INFN", "PRTS", "GRND")


def _quantified(doc: Doc, first: int, number: int) -> str | None:
    """ "жителей было 1,18 млн", "Больше всего жителей в Алматы — 2,3 млн", "из них учителей – 184":
    with no count noun, people or animals in the plural genitive that open the number's clause (after
    a word of how many or of a part) count it when only a complement, places, times, a dash or a verb
    of being stand between."""
    start = _clause_start(doc, first, number)
    if start < 0:
        return None  # the clause opens further back than a label may stand
    start = _past_openers(doc, start, number)
    if doc.is_capitalised(start) and not doc.sentence_start(start):
        return None  # "Бобров – 1": a name
    found = _phrase_at(doc, start)
    if found is None or found[2] > number or found[1].tag.POS != "NOUN" or "anim" not in found[1].tag:
        return None
    return nominative_phrase(found[0], found[1]) if _setting_only(doc, found[2], number) else None


def _clause_start(doc: Doc, first: int, number: int) -> int:
    """The first token of the number's clause, from `first` on; -1 when it opens before `first`."""
    start = number
    while start > first and doc.same_sentence(start - 1, number) and doc.words[start - 1] not in CLAUSE_MARKS:
        start -= 1
    if start == first and doc.same_sentence(start - 1, number) and doc.words[start - 1] not in CLAUSE_MARKS:
        return -1
    return start


def _past_openers(doc: Doc, start: int, number: int) -> int:
    """The clause's first word after the words of how many or of a part that open it ("больше всего",
    "из них", "в том числе")."""
    moved = True
    while moved:
        moved = False
        for phrase in _openers():
            if start + len(phrase) < number and tuple(doc.words[start : start + len(phrase)]) == phrase:
                start, moved = start + len(phrase), True
    return start


@cache
def _openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in words("amounts/quantity_openers.txt"))


def _setting_only(doc: Doc, start: int, end: int) -> bool:
    """The words between a counted noun and its number say only whose, where and when, or that they
    are: genitives ("жителей города"), prepositional phrases, adverbs, a dash, a verb of being ("было",
    "насчитывается"); any other noun or verb may be what the number counts or does."""
    being = words("amounts/being_verbs.txt")
    after_preposition = False
    for k in range(start, end):
        first = doc.readings(k)[:1]
        if doc.words[k] == "-" or not first:
            after_preposition = False
            continue
        tag = first[0].tag
        if tag.POS == "PREP":
            after_preposition = True
        elif tag.POS in VERBS:
            if first[0].normal_form not in being:
                return False
            after_preposition = False
        elif tag.POS in NOMINALS or doc.words[k].isdigit():
            if not (after_preposition or tag.case == "gent"):
                return False
        elif tag.POS not in ("ADVB", "PRCL", "CONJ"):
            return False
    return True


NOMINALS = ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO")

MAX_LABEL_ADJECTIVES = 2
