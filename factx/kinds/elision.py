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
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..numbers.expr import abbreviated_scales
from ..places.gazetteer import generic_words
from ..text.doc import Doc
from ..text.morph import parses
from ..text.phrases import PROPER_TAGS, is_preposition, plural_genitive
from ..vocab import table, words

if TYPE_CHECKING:
    from .amounts import Amount

CONTINUED_TAILS = ("money", "unit", "noun")
SHARED_TAILS = ("money", "unit", "noun", "percent")  # what a number may borrow from the one after it
SENTENCES_BACK = 2  # how far back a unit may be carried across sentences
RULE = "tail.continued"
RULE_LABEL = "tail.count_label"  # the rule of a tail that labels.py reads off a label before the number
LABEL_JOINERS = frozenset({",", "а", "и"})  # words that open a list item before its label
NUMBERED = 12  # the largest number that numbers items in a list ("1 и 2 очереди")


def within_sentences(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """Passes 0 to 2."""
    joined = _from_after(doc, amounts, joined_only=True)
    return _from_after(doc, _from_before(doc, joined, same=True))


def across_sentences(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """Pass 3, once count labels have spoken: a label in a number's own clause says more than a unit
    carried from a sentence before ("Зарплата … 93,4 тыс. рублей. Численность работников — 33 тыс.")."""
    return _from_before(doc, amounts, same=False)


def bare(doc: Doc, a: Amount) -> bool:
    """A number with nothing after it that says what it counts, nor a word joined to it by a hyphen
    ("46-летнему", "5-этажный": the number is part of that word); an abbreviated scale alone ("тыс.
    человек" heading a column) states no number."""
    hyphenated = doc.word(a.end) == "-" and doc.tokens.joined(a.end) and doc.tokens.joined(a.end + 1)
    return (
        a.tail is None
        and not a.fraction
        and a.value is not None
        and not hyphenated
        and (not _word_follows(doc, a.end) or _time_aside(doc, a))
        and doc.words[a.num_start] not in abbreviated_scales()
    )


def is_year(a: Amount) -> bool:
    """A whole number with nothing after it that a year could be ("в 2014 – 51", "по итогам 2016")."""
    return (
        a.value is not None
        and a.tail is None
        and not a.scaled
        and 1900 <= a.value <= 2100
        and a.value == int(a.value)
    )


def _word_follows(doc: Doc, i: int) -> bool:
    """A noun right after a number names its own unit ("– 16 часов"): nothing is elided."""
    return doc.same_sentence(i - 1, i) and noun_like(doc.words[i])


@cache
def _asides() -> dict[tuple[str, str], bool]:
    return {tuple(r["phrase"].split()): r["counts"] == "yes" for r in table("amounts/time_asides.tsv")}  # type: ignore[misc]


def _time_aside(doc: Doc, a: Amount) -> bool:
    """ "против 14,8 тыс. годом ранее": the time words after the number date it and name nothing it
    counts; "год назад" only after a number that cannot count years ("21 год назад" does)."""
    counts = _asides().get((doc.word(a.end), doc.word(a.end + 1)))
    whole = a.value is not None and a.value == int(a.value)
    return counts is not None and (not counts or a.scaled or not whole)


@lru_cache(maxsize=100_000)
def noun_like(word: str) -> bool:
    """The word's likeliest reading is a noun or an adjective (cached per word form: every bare
    number asks it of the word after it, in two passes)."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("NOUN", "ADJF")


def _borrow(a: Amount, source: Amount) -> Amount:
    assert source.tail is not None
    tail = replace(source.tail, start=a.num_start, end=a.num_end, minor=Decimal(0))
    return replace(a, tail=tail, rules=(*a.rules, RULE))


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
        if previous is not None and _percent_item(doc, a, previous, cues):
            a = _borrow(a, previous)
        elif last is not None and bare(doc, a):
            if doc.same_sentence(last.start, a.start):
                if counts_another(doc, a, last):
                    last = None  # another count: "татар – 297, русских – 976, чуваш – 53"
                elif (
                    doc.word(a.start - 1) in cues
                    or _repeated_preposition(doc, a, last, cues)
                    or _counted_part(doc, a, last)
                    or (a.scaled and _elided(doc, a, last))
                    or _bracketed_item(doc, a, last)
                    or _colon_item(doc, a, last)
                    or _difference(doc, a)
                    or _parallel_verb(doc, a, last)
                ):
                    a = _borrow(a, last)
            elif not same and _near(doc, last, a) and _part_across(doc, a):
                a = _borrow(a, last)  # "… 390 тыс. туристов. 350 из них — казахстанцы"
            elif not same and a.scaled and (source := _same_scale(doc, carried, a)) is not None:
                a = _borrow(a, source)
        if a.tail is not None and a.tail.kind in CONTINUED_TAILS and not _per(doc, a, previous):
            last = a
            carried.append(a)
        out.append(a)
    return out


def _part_across(doc: Doc, a: Amount) -> bool:
    """A part of a count a sentence before: "Из них 900 тыс.", "350 из них — казахстанцы"."""
    return (a.scaled and _part_of(doc, a)) or _part_before(doc, a)


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


def counts_another(doc: Doc, a: Amount, last: Amount) -> bool:
    """ "Количество краж – 14, грабежей – 3", "татар – 297, русских – 976": after a figure whose label
    named what it counts, a list item with a plural genitive label of its own before its dash counts
    that; after any figure, people or animals do ("1,1 млн голов, лошадей – 186 тыс."), and after a
    count of things another noun right after a comma does ("120 краж, грабежей – 30": the 30 is no
    count of кражи; not after a measure: "30 тыс. тонн, овощей – 12 тыс." weighs them). A counted
    noun's parts keep it ("621 медаль: золотых – 237").
    """
    assert last.tail is not None
    dashed = doc.word(a.start - 1) == "-" and a.start - 2 >= last.end
    governed = is_preposition(doc.word(a.start - 3))  # "для пенсионеров – 200" says whose price it is
    label = plural_genitive(doc.words[a.start - 2]) if dashed and not governed else None
    if label is None or any(t in label.tag for t in PROPER_TAGS):
        return False
    if last.tail.rule == RULE_LABEL:
        return label.tag.POS in ("NOUN", "ADJF", "PRTF")
    abbreviation = doc.tokens.raw(a.start - 2).isupper()  # "ЮЛ – 11" no dictionary declines
    joined = doc.word(a.start - 3) in ("и", "или")  # "овец и коз – 520 тыс.": heads of one label
    listed = doc.word(a.start - 3) in LABEL_JOINERS  # "120 квартир, домов – 30", not "от 16 до 60 лет – 856"
    other = last.tail.kind == "noun" and label.normal_form != last.tail.unit and listed
    return label.tag.POS == "NOUN" and ("anim" in label.tag or other) and not (abbreviation or joined)


def _bracketed_item(doc: Doc, a: Amount, last: Amount) -> bool:
    """ "18,2 ц/га; лучшие — Каменский (20,6) и Тальменский район (19,3)": a number alone in brackets
    right after a name (or a name and its unit's generic word) in a list says the name's figure in the
    unit of the amount before, when neither has a scale word (a scaled amount would leave the bare
    number's scale unsaid) and it is no year."""
    alone = doc.word(a.start - 1) == "(" and doc.word(a.end) == ")" and a.end == a.num_end
    return (
        alone
        and not a.scaled
        and not last.scaled
        and a.value is not None
        and not is_year(a)
        and (doc.is_capitalised(a.start - 2) or _named_unit(doc, a.start - 2))
    )


def _named_unit(doc: Doc, k: int) -> bool:
    """ "Тальменский район", "в Мамонтовском районе": a name with the generic word of its unit after it."""
    part = generic_words("part")
    return doc.is_capitalised(k - 1) and any(p.normal_form in part for p in doc.readings(k)[:1])


def _repeated_preposition(doc: Doc, a: Amount, last: Amount, cues: frozenset[str]) -> bool:
    """ "на 250 мест, вторая — на 300": after a dash, the preposition of the previous amount again."""
    before = doc.word(a.start - 1)
    return doc.word(a.start - 2) in cues and before == doc.word(last.start - 1) and is_preposition(before)


def _percent_item(doc: Doc, a: Amount, previous: Amount, cues: frozenset[str]) -> bool:
    """ "8,6%, в том числе на продовольствие — 9,1": a fraction after a dash, right after a
    percentage in its sentence, is one more; a whole number there may count something else.
    So is any number after "— на" when the percentage had its "на" ("вырастет на 20%, учителей — на 25"),
    also in the next sentence ("… выросли на 5%. Торговля — более чем на 11, транспорт — на 8")."""
    if not (
        previous.tail is not None and previous.tail.kind == "percent" and bare(doc, a) and a.value is not None
    ):
        return False
    dashed_on = (
        doc.word(a.num_start - 1) == "на" and doc.word(a.start - (2 if a.start == a.num_start else 1)) == "-"
    )
    if dashed_on and (doc.same_sentence(previous.start, a.start) or _next_sentence(doc, previous, a)):
        whole = a.value == int(a.value)  # "на 20%, учителей — на 25"; "… на 5%. Торговля — более чем на 11"
        return doc.word(previous.num_start - 1) == "на" and not (
            whole and _counting_label(doc, previous.end, a.start - 2)
        )
    return doc.same_sentence(previous.start, a.start) and (
        a.value != int(a.value)
        and doc.word(a.start - 1) in cues
        and _adverbial_label(doc, previous.end, a.start - 1)
    )


def _next_sentence(doc: Doc, previous: Amount, a: Amount) -> bool:
    """Amount a stands in the sentence right after the previous amount's, in the same paragraph."""
    between = doc.text[doc.tokens.starts[previous.end - 1] : doc.tokens.starts[a.start]]
    return doc.sentence_of[a.start] - doc.sentence_of[previous.start] == 1 and "\n" not in between


def _counting_label(doc: Doc, start: int, end: int) -> bool:
    """The words between a percentage and the next item name a count ("а число предприятий")."""
    counts = words("amounts/count_nouns.txt")
    return any(p.normal_form in counts for k in range(start, end) for p in doc.readings(k)[:1])


def _adverbial_label(doc: Doc, start: int, end: int) -> bool:
    """The words between a percentage and the dash of the next item name where or when ("в феврале",
    "в том числе на продовольствие") or whose share it is ("вклад сельского хозяйства — 5,2%,
    промышленности — 32,1"), not a new measure in the nominative ("объём — 3,4" counts something else)."""
    label = [k for k in range(start, end) if doc.words[k] not in LABEL_JOINERS]
    if not label or is_preposition(doc.words[label[0]]):
        return True
    first = doc.readings(label[0])[:1]
    return bool(first) and first[0].tag.case != "nomn"


def _part_of(doc: Doc, a: Amount) -> bool:
    """ "Из них 900 тыс.", "47 школ, из них 12 — в Актобе", "в том числе 120 — молодежи": a part of
    what was counted before, whatever its scale word."""
    return doc.words[max(a.start - 2, 0) : a.start] in PART_OPENERS or doc.words[
        max(a.start - 3, 0) : a.start
    ] == ["в", "том", "числе"]


PART_OPENERS = (["из", "них"], ["из", "которых"])


def _counted_part(doc: Doc, a: Amount, last: Amount) -> bool:
    """A part of a count: "47 школ, из них 12"; after a sum only a scaled number is a part of it
    ("12 семей на сумму 4 млн рублей (из них 7 — молодые)": the 7 counts families)."""
    assert last.tail is not None
    part = _part_of(doc, a) or _part_before(doc, a)
    return (part and (a.scaled or last.tail.kind != "money")) or _next_part(doc, a, last)


def _part_before(doc: Doc, a: Amount) -> bool:
    """ "16 проектов, 8 из которых – в промышленности", "… 390 тыс. туристов. 350 из них — казахстанцы":
    a number before "из которых" or "из них" and a dash opens a breakdown of the count before; without
    the dash ("в девяти из них наблюдается рост") the number is told of, not counted; "одна из них — …"
    picks one out, it counts nothing."""
    one = a.value is not None and a.value <= 1
    return doc.words[a.end : a.end + 2] in PART_OPENERS and doc.word(a.end + 2) == "-" and not one


def _colon_item(doc: Doc, a: Amount, last: Amount) -> bool:
    """ "1 622 поезда: 820 — в Европу, 595 — в Россию": a number right after a colon and before a
    dash opens the breakdown of the count before (`_next_part` reads the items after it); no year."""
    assert last.tail is not None
    return (
        doc.word(a.start - 1) == ":"
        and doc.word(a.end) == "-"
        and a.end == a.num_end
        and last.tail.kind in ("noun", "unit")
        and not is_year(a)
    )


def _next_part(doc: Doc, a: Amount, last: Amount) -> bool:
    """ "16 проектов, 8 из которых – в промышленности, 3 – в туризме": after a part that borrowed its
    unit, a number between a comma and a dash is the next part of the same count."""
    return (
        RULE in last.rules
        and doc.word(a.start - 1) in (",", ";")
        and doc.word(a.end) == "-"
        and a.end == a.num_end
        and doc.same_sentence(last.start, a.start)
    )


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
        if not bare(doc, a) or b.tail is None or b.tail.kind not in SHARED_TAILS:
            continue
        if a.scaled and b.tail.kind == "percent":
            continue  # "на 2,8 млрд или 15%": a share is never counted in millions; the "или" restates
        if not doc.same_sentence(a.start, b.start):
            continue
        between = doc.words[a.end : min(b.start, b.tail.start)]
        part = (  # "4 из 7 школ"; "один из городов" picks one out
            between == ["из"]
            and not is_preposition(doc.word(a.start - 1))
            and a.value is not None
            and a.value > 1
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
            out[k] = _borrow(a, b)
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
