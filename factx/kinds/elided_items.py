"""The list items and parts whose bare number counts what the amount before it counts: a part of a
count ("47 школ, из них 12"), a breakdown after a colon ("1 622 поезда: 820 — в Европу"), a figure in
brackets after a name ("Каменский (20,6)"), one more percentage after a dash ("8,6%, в том числе на
продовольствие — 9,1"), and the list item that counts something else ("краж – 14, грабежей – 3").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..places.gazetteer import generic_words
from ..text.doc import Doc
from ..text.phrases import PROPER_TAGS, is_preposition, plural_genitive
from ..vocab import words
from .bare import LABEL_JOINERS, RULE, RULE_LABEL, bare, is_year

if TYPE_CHECKING:
    from .amounts import Amount


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


def bracketed_item(doc: Doc, a: Amount, last: Amount) -> bool:
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
    return doc.is_capitalised(k - 1) and doc.lemma(k) in part


def repeated_preposition(doc: Doc, a: Amount, last: Amount, cues: frozenset[str]) -> bool:
    """ "на 250 мест, вторая — на 300": after a dash, the preposition of the previous amount again;
    or after a comma, the item's dash following ("в 40 семьях родился третий ребенок, в 12 — четвертый")."""
    before = doc.word(a.start - 1)
    opened = doc.word(a.start - 2)
    listed = opened in (",", "и") and doc.word(a.end) == "-" and a.end == a.num_end and not is_year(a)
    return (opened in cues or listed) and before == doc.word(last.start - 1) and is_preposition(before)


def percent_item(doc: Doc, a: Amount, previous: Amount, cues: frozenset[str]) -> bool:
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


def new_measure(doc: Doc, a: Amount, previous: Amount) -> bool:
    """ "128 тыс. руб. (+9,5%), соотношение — 4,2", "12%, объём закупок — 3,4": a number after a dash
    whose label, right after a percentage of its sentence, names a new measure in the nominative
    measures something else, neither the percentage nor an amount before it."""
    return (
        previous.tail is not None
        and previous.tail.kind == "percent"
        and doc.word(a.start - 1) == "-"
        and doc.same_sentence(previous.start, a.start)
        and not _adverbial_label(doc, previous.end, a.start - 1)
    )


def _next_sentence(doc: Doc, previous: Amount, a: Amount) -> bool:
    """Amount a stands in the sentence right after the previous amount's, in the same paragraph."""
    between = doc.text[doc.tokens.starts[previous.end - 1] : doc.tokens.starts[a.start]]
    return doc.sentence_of[a.start] - doc.sentence_of[previous.start] == 1 and "\n" not in between


def _counting_label(doc: Doc, start: int, end: int) -> bool:
    """The words between a percentage and the next item name a count ("а число предприятий")."""
    counts = words("amounts/count_nouns.txt")
    return any(doc.lemma(k) in counts for k in range(start, end))


SKIPPED_IN_LABEL = LABEL_JOINERS | {")"}  # a percentage's brackets close before the next label; "(" opens
# an aside about the percentage itself ("72,4% (АППГ – 69,1)")


def _adverbial_label(doc: Doc, start: int, end: int) -> bool:
    """The words between a percentage and the dash of the next item name where or when ("в феврале",
    "в том числе на продовольствие") or whose share it is ("вклад сельского хозяйства — 5,2%,
    промышленности — 32,1"), not a new measure in the nominative ("объём — 3,4" counts something else),
    also after the percentage's closing bracket ("128 тыс. руб. (+9,5%), соотношение — 4,2")."""
    label = [k for k in range(start, end) if doc.words[k] not in SKIPPED_IN_LABEL]
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


def counted_part(doc: Doc, a: Amount, last: Amount) -> bool:
    """A part of a count: "47 школ, из них 12"; after a sum only a scaled number is a part of it
    ("12 семей на сумму 4 млн рублей (из них 7 — молодые)": the 7 counts families)."""
    assert last.tail is not None
    part = _part_of(doc, a) or _part_before(doc, a)
    return (
        (part and (a.scaled or last.tail.kind != "money"))
        or _next_part(doc, a, last)
        or _picked_from(doc, a, last)
    )


def _picked_from(doc: Doc, a: Amount, last: Amount) -> bool:
    """ "Из 700 дворов 356 уже подключили", "из 492 населенных пунктов обеспечены водой 455": a count
    after "из" names the whole, and a number later in its clause, with nothing but words between, is
    the part of it the clause tells of; "из 10 школ одна" picks one out, it counts nothing, and a
    number after "и" is another member of the whole ("из 1 родителя и 2 детей")."""
    assert last.tail is not None
    between = doc.words[last.end : a.start]
    return (
        doc.word(last.start - 1) == "из"
        and last.tail.kind in ("noun", "unit")
        and a.value is not None
        and a.value > 1
        and a.end == a.num_end
        and not is_year(a)
        and all(w.isalpha() and w not in ("и", "или") for w in between)
        and not _ordinal_ending(doc, a.end)
    )  # "из 1 родителя и 2 и более детей" lists the whole's members


ORDINAL_ENDING = 3  # letters of a case ending hyphenated to a number: "9-х", "60-ти", "5-го"


def _ordinal_ending(doc: Doc, k: int) -> bool:
    """ "Из 119 выпускников 9 - х классов": a case ending after a hyphen makes the number an ordinal."""
    ending = doc.word(k + 1)
    return doc.word(k) == "-" and ending.isalpha() and len(ending) <= ORDINAL_ENDING


def _part_before(doc: Doc, a: Amount) -> bool:
    """ "16 проектов, 8 из которых – в промышленности", "… 390 тыс. туристов. 350 из них — казахстанцы":
    a number before "из которых" or "из них" and a dash opens a breakdown of the count before; without
    the dash ("в девяти из них наблюдается рост") the number is told of, not counted; "одна из них — …"
    picks one out, it counts nothing."""
    one = a.value is not None and a.value <= 1
    return doc.words[a.end : a.end + 2] in PART_OPENERS and doc.word(a.end + 2) == "-" and not one


def colon_item(doc: Doc, a: Amount, last: Amount) -> bool:
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
    unit, a number between a comma (and a preposition: "Из 37 сел 23 подключат, в 14 — поставят
    блок-модули") and a dash is the next part of the same count; so is one after a comma or "и" that
    the same preposition follows as followed that part ("9 мостов — 5 в Железинке и 4 в селах")."""
    mark = a.start - (2 if is_preposition(doc.word(a.start - 1)) else 1)  # "…, в 14 — установлены"
    after = doc.word(a.end)
    parallel = doc.word(a.start - 1) in (",", "и") and after == doc.word(last.end) and is_preposition(after)
    return (
        RULE in last.rules
        and ((doc.word(mark) in (",", ";") and after == "-") or parallel)
        and a.end == a.num_end
        and not is_year(a)
        and doc.same_sentence(last.start, a.start)
    )


def part_across(doc: Doc, a: Amount) -> bool:
    """A part of a count a sentence before: "Из них 900 тыс.", "350 из них — казахстанцы"."""
    return (a.scaled and _part_of(doc, a)) or _part_before(doc, a)
