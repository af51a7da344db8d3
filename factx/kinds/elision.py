"""Elided units: a number written without its unit or currency counts what a neighbouring amount
counts. Four passes, from the strongest evidence to the weakest:

0. the amount right after, joined by "и" or "или" or compared "против": "(11 и 12,7 млрд рублей)",
   "на 3,4 и 3,3%", "2,9 против 1,6 млн гектаров";
1. the same sentence, an amount before: "свыше 2 тыс. рабочих мест, и ещё порядка 3,5 тыс.",
   "Иркутская область — 211,8 млрд рублей, Кемеровская — 162,1 млрд";
2. the same sentence, a later amount with the same scale word: "увеличился на 45 млрд и достиг
   895 млрд тенге";
3. a sentence shortly before, in the same paragraph, with the same scale word ("турпоток вырос до
   48 млн поездок. Больше всего — Казань (4,1 млн)") or as a part of it ("… 1,8 млн туристов. Из
   них 900 тыс. …").
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..text.doc import Doc
from ..text.phrases import plural_genitive
from ..vocab import table, words
from .bare import RULE, bare, borrow, is_year
from .elided_items import (
    bracketed_item,
    colon_item,
    counted_part,
    counts_another,
    new_measure,
    part_across,
    percent_item,
    repeated_preposition,
)

if TYPE_CHECKING:
    from .amounts import Amount

CONTINUED_TAILS = ("money", "unit", "noun")
SHARED_TAILS = ("money", "unit", "noun", "percent")  # what a number may borrow from the one after it
SENTENCES_BACK = 2  # how far back a unit may be carried across sentences
NUMBERED = 12  # the largest number that numbers items in a list ("1 и 2 очереди")


def within_sentences(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """Passes 0 to 2."""
    joined = _from_after(doc, amounts, joined_only=True)
    return _from_after(doc, _from_before(doc, joined, same=True))


def across_sentences(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """Pass 3, once count labels have spoken: a label in a number's own clause says more than a unit
    carried from a sentence before ("Зарплата … 93,4 тыс. рублей. Численность работников — 33 тыс.")."""
    return _from_before(doc, amounts, same=False)


def _elided(doc: Doc, a: Amount, last: Amount) -> bool:
    """A number with a scale word and nothing after it counts what the amount before it in the
    sentence counted when it continues a sum, picks out a part ("200 тысяч из них"), opens brackets
    ("Москва (4 млн, -7%)"), is a list item before a dash ("580 тыс. — в Анапе") or follows one, or
    repeats its scale word ("3 млн тонн в области, 9 млн по стране")."""
    assert last.tail is not None
    return (
        last.tail.kind == "money"
        or doc.word(a.end) in ("из", "-")
        or doc.word(a.start - 1) == "("
        or RULE in last.rules
        or a.scale == last.scale
    )


def _from_before(doc: Doc, amounts: list[Amount], same: bool) -> list[Amount]:
    """Pass 1: the sentence's previous amount, after "ещё" or a dash, or a scaled number that
    continues it (a percentage only for a fraction right after it); pass 3 (not `same`) also an
    amount up to two sentences back in the same paragraph, with the same scale word."""
    cues = words("amounts/continuation_cues.txt")
    out: list[Amount] = []
    last: Amount | None = None
    carried: list[Amount] = []  # every amount whose unit a later one may carry, in text order
    for a in amounts:
        previous = out[-1] if out else None
        if previous is not None and percent_item(doc, a, previous, cues):
            a = borrow(a, previous)
        elif last is not None and bare(doc, a):
            if doc.same_sentence(last.start, a.start):
                if previous is not None and new_measure(doc, a, previous):
                    pass  # "128 тыс. руб. (+9,5%), соотношение — 4,2": no rubles
                elif counts_another(doc, a, last):
                    last = None  # another count: "татар – 297, русских – 976, чуваш – 53"
                elif (
                    doc.word(a.start - 1) in cues
                    or repeated_preposition(doc, a, last, cues)
                    or counted_part(doc, a, last)
                    or (a.scaled and _elided(doc, a, last))
                    or bracketed_item(doc, a, last)
                    or colon_item(doc, a, last)
                    or _difference(doc, a)
                    or _parallel_verb(doc, a, last)
                ):
                    a = borrow(a, last)
            elif not same and _near(doc, last, a) and part_across(doc, a):
                a = borrow(a, last)  # "… 390 тыс. туристов. 350 из них — казахстанцы"
            elif not same and a.scaled and (source := _same_scale(doc, carried, a)) is not None:
                a = borrow(a, source)
        if a.tail is not None and a.tail.kind in CONTINUED_TAILS and not _per(doc, a, previous):
            last = a
            carried.append(a)
        out.append(a)
    return out


def _same_scale(doc: Doc, carried: list[Amount], a: Amount) -> Amount | None:
    """The latest amount of the sentences shortly before with a's scale word: "Из общей суммы 4,3
    миллиарда направят на девять объектов. Ещё 1,8 миллиарда …" continues the sum past the count
    between them."""
    for b in reversed(carried):
        if not _near(doc, b, a):
            return None
        if b.scale == a.scale:
            return b
    return None


def _parallel_verb(doc: Doc, a: Amount, last: Amount) -> bool:
    """ "родилось 1223 человека, умерло 2288": a bare number right after a verb that opens the clause
    after a comma, when the amount before stood right after a verb too, counts what that one counted
    (a count, not a sum: "выделено 5 млн рублей, освоено 4" already reads as money by its scale)."""
    assert last.tail is not None
    between = doc.words[last.end : a.start]
    opened = between[:1] == [","] and (len(between) == 2 or (between[1:2] == ["а"] and len(between) == 3))
    return (
        opened
        and last.tail.kind in ("noun", "unit")
        and not a.scaled
        and not is_year(a)
        and _verb(doc, a.start - 1)
        and _verb(doc, last.start - 1)
    )


def _verb(doc: Doc, k: int) -> bool:
    """The word's likeliest reading is a finite verb or a short participle ("умерло", "введено")."""
    readings = doc.readings(k)[:1] if k >= 0 else []
    return bool(readings) and readings[0].tag.POS in ("VERB", "PRTS")


def _difference(doc: Doc, a: Amount) -> bool:
    """ "около 2 млн поездок, что почти на 500 тысяч больше": the difference from an amount counts
    what it counts."""
    return "на" in doc.words[max(a.start - 1, 0) : a.num_start] and doc.word(a.end) in _comparatives()


@cache
def _comparatives() -> frozenset[str]:
    return frozenset(r["word"] for r in table("multiplier/comparatives.tsv"))


def _per(doc: Doc, a: Amount, previous: Amount | None) -> bool:
    """ "58,5 учреждений на 100 тыс. населения": a power of ten after "на" right after another amount is
    what the figure is reckoned per, not what a list after it continues ("против 57,9" counts
    учреждения); a capacity is not ("школ на 260 тыс. мест")."""
    per = previous is not None and doc.word(a.start - 1) == "на" and previous.end == a.start - 1
    return per and a.value is not None and a.value > 0 and a.value.log10() == int(a.value.log10())


def _near(doc: Doc, last: Amount, a: Amount) -> bool:
    """An earlier sentence close enough for a reader to carry its unit: the same paragraph."""
    sentences = doc.sentence_of[a.start] - doc.sentence_of[last.start]
    between = doc.text[doc.tokens.starts[last.end - 1] : doc.tokens.starts[a.start]]
    return 0 < sentences <= SENTENCES_BACK and "\n" not in between


def _numbered(a: Amount, b: Amount) -> bool:
    """ "5 и 7 классов", "1 и 2 очереди", "3, 4 и 5 энергоблоков": small whole numbers before one noun
    number the things it names more often than they count them."""
    assert b.tail is not None
    small = all(
        x.value is not None and not x.scaled and x.value == int(x.value) and x.value <= NUMBERED
        for x in (a, b)
    )
    return b.tail.kind == "noun" and small


LIST_LABEL_WORDS = 8  # words of a list item's label: "выпуск резиновых и пластмассовых изделий"


def _dashed_percents(doc: Doc, a: Amount, b: Amount) -> bool:
    """ "мебель – 4, одежда – 12, обувь – 7 процентов": in a list of items after dashes that writes
    the percent only at its last item, each bare item before it is a percentage too; not a count of
    people or animals ("учеников – 12, из них отличников – 10%")."""
    assert b.tail is not None
    between = doc.words[a.end : b.start]
    return (
        b.tail.kind == "percent"
        and doc.word(a.start - 1) == "-"
        and 3 <= len(between) <= LIST_LABEL_WORDS + 2
        and between[0] == ","
        and between[-1] == "-"
        and all(w.isalpha() for w in between[1:-1])
        and not any(_counts_beings(doc.word(k - 2)) for k in (a.start, b.start))
    )


def _counts_beings(label: str) -> bool:
    """ "учеников – 12": people or animals in the plural genitive before a dash are counted."""
    found = plural_genitive(label)
    return found is not None and found.tag.POS == "NOUN" and "anim" in found.tag


def _from_after(doc: Doc, amounts: list[Amount], joined_only: bool = False) -> list[Amount]:
    """Pass 0 (`joined_only`): a number joined by "и", "или" or a comma to the amount after it
    shares its unit and its scale ("11 и 12,7 млрд рублей" → 11 млрд, "3,7 млн и более 900 тыс. тонн"
    → т), and so does one compared "против" it ("2,9 против 1,6 млн гектаров" → 2,9 млн); pass 2
    also: a scaled number shares the unit of the next amount in its sentence with the same scale word."""
    out = list(amounts)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if b.tail is None or b.tail.kind not in SHARED_TAILS or not bare(doc, a):
            continue
        if a.scaled and b.tail.kind == "percent":
            continue  # "на 2,8 млрд или 15%": a share is never counted in millions; the "или" restates
        if not doc.same_sentence(a.start, b.start):
            continue
        between = doc.words[a.end : min(b.start, b.tail.start)]
        part = (  # "4 из 7 школ", "в 9 из 20 регионов"; "один из городов" picks one out; a part is
            between == ["из"]  # less than its whole: "на семью из 2 человек" is no count of семь
            and a.value is not None
            and b.value is not None
            and 1 < a.value < b.value
        )
        joined = part or (
            (
                between in (["и"], ["или"], ["против"])
                or (between == [","] and RULE in b.rules)
                or _parallel_on(doc, a, between)
            )
            and not _numbered(a, b)
        )
        if joined and not part and not a.scaled and b.scaled and a.value is not None:
            a = replace(a, value=a.value * b.scale, scale=b.scale)
        if joined:  # a list says which way once: "выросли на 3 и 5%"
            direction = a.direction or b.direction
            a, out[k + 1] = replace(a, direction=direction), replace(b, direction=direction)
        converted = "(" in doc.words[a.end : b.num_start]  # "263 млн (около 4,2 млн долларов)"
        listed = not joined_only and _dashed_percents(doc, a, b)
        reached = not joined_only and _reached(doc, a, between)
        if (
            joined
            or listed
            or reached
            or (a.scaled and a.scale == b.scale and not joined_only and not converted)
        ):
            out[k] = borrow(a, b)
    return out


PARALLEL_LABEL = 3  # words naming the second measure: "а расходы —", "а собственные доходы —"


def _parallel_on(doc: Doc, a: Amount, between: list[str]) -> bool:
    """ "доходы вырастут на 460, а расходы — на 532 млн рублей": a change after "на" and a clause that
    elides its verb and repeats "— на" are told in one unit and scale, written once at the last."""
    return (
        doc.word(a.start - 1) == "на"
        and 4 <= len(between) <= PARALLEL_LABEL + 4
        and between[:2] in ([",", "а"], [",", "и"])
        and between[-2:] == ["-", "на"]
        and all(w.isalpha() for w in between[2:-2])
    )


def _reached(doc: Doc, a: Amount, between: list[str]) -> bool:
    """ "сокращены на 518 млн — до 415 млрд рублей": the change and the level it reached are in one
    unit, whatever their scale words."""
    return (
        a.scaled and doc.word(a.start - 1) == "на" and between in (["-", "до"], [",", "до"], [",", "-", "до"])
    )
