"""What a percentage measures when no change is stated (measure.py asks): an `index`, a percentage
of a base period ("индекс … 108,1%", "103,8% к уровню прошлого года", a rate over a whole); a
plan's fulfilment ("план выполнен на 104%", "на 45% выполнили", a level: its clause's verb, after
the figure or left out after a dash, counts); a rate of interest ("под 5% годовых"); a `level` or a
`share` ("убраны на 97% площадей").
"""

from __future__ import annotations

from ..draft import Draft
from ..text.doc import Doc
from ..text.morph import fold
from ..vocab import words
from .cues import taxonomy
from .layout import Layout

CUE_REACH = 24  # words before a percentage where "индекс" or a rate's noun may stand
YEARLY = frozenset({"годовых", "годовые"})  # after a rate of interest: "под 5% годовых"
INDEX_FLOOR = 50  # an index is a percentage of a base: "103,1%", "154,6%", rarely below half


def percent_measure(doc: Doc, layout: Layout, d: Draft, indicator: str | None, subject: str | None) -> str:
    """Index, level or share; the rate's noun may be in the clause or head the subject, which an
    elliptic clause leaves out ("загрузка отелей … на Азовском — 63%")."""
    clause = range(max(layout.clause(d.start), d.start - CUE_REACH), d.start)  # a long clause costs no more
    lemmas = {fold(found.lemma) for i in clause if (found := doc.first(i)) is not None}
    lemmas |= {folded_lemma(doc, v) for v in _predicates(layout, d) if v is not None}
    if subject:
        lemmas.add(fold(subject.split()[0]))
    value = d.fields.get("value")
    over = value is not None and value > 100 and doc.word(d.start - 1) != "на"  # not "план выполнен на 105%"
    if over and indicator and taxonomy()[indicator].unit == "%" and "index" in taxonomy()[indicator].measures:
        return "index"  # a rate over a whole is the index of its base: "инфляция за год составила 108,6%"
    rate = lemmas & words("indicators/rate_words.txt") or interest(doc, d)  # "под 5% годовых"
    rate = rate or fulfilled(doc, d)
    if (indicator and taxonomy()[indicator].unit == "%") or rate:
        return "level"  # a rate: "уровень безработицы — 4,8%", "ставка — 6%"
    return "index" if over else "share"  # no part is more than its whole


def _predicates(layout: Layout, d: Draft) -> tuple[int | None, int | None]:
    """The verb of a percentage's clause, which may stand after it ("на 45% выполнили ремонт"), and the
    one a short clause after a dash leaves out ("выполнена на 80%, боронование — на 52%")."""
    return layout.verb(layout.clause(d.start)), layout.elided_verb(d.start)


FULFILMENT = frozenset({"выполнение", "исполнение"})  # "(80% выполнения)"
PLANNED = frozenset({"план", "запланировать", "запланированный"})  # what a plan is named by
PLANS = frozenset({"план", "назначение"})  # a plan's amount: "63% от годового назначения"


def fulfilled(doc: Doc, d: Draft) -> bool:
    """A plan's fulfilment, a level: "(48,2% к годовому плану)", "45% от плана на год", "61% годового
    плана", "(80% выполнения)", and a percentage in brackets after an amount in a sentence that names the plan
    ("при плане 171 547 вагонов принято 191 644 (112%)", "Из запланированных 57,5 км отремонтировано
    18,6 км (32%)")."""
    after = d.end + 1 if doc.word(d.end) in ("к", "от") else d.end  # "(45% годового плана)"
    if any(folded_lemma(doc, i) in PLANS for i in range(after, after + 3)):
        return True
    if folded_lemma(doc, d.end) in FULFILMENT:
        return True
    if doc.word(d.start - 1) != "(" or doc.word(d.end) != ")" or not after_amount(doc, d.start - 2):
        return False
    start, _ = doc.sentences[doc.sentence_of[d.start]]
    return any(folded_lemma(doc, i) in PLANNED for i in range(doc.token_at(start), d.start))


AMOUNT_TAIL = 4  # tokens of a scale word and a unit after an amount's number: "52 тыс. тонн"


def after_amount(doc: Doc, i: int) -> bool:
    """The token ends an amount: its number, or a scale word or unit right after one."""
    return any(doc.word(k)[:1].isdigit() for k in range(i - AMOUNT_TAIL + 1, i + 1))


def interest(doc: Doc, d: Draft) -> bool:
    """A rate of interest, a level that no indicator counts: "кредиты под 5% годовых", "ставка — 12%
    годовых"."""
    return d.kind == "percent" and (doc.word(d.start - 1) == "под" or doc.word(d.end) in YEARLY)


def is_index(doc: Doc, layout: Layout, d: Draft, subject: str | None) -> bool:
    """A percentage of a base period: "индекс … составил 108,1%", "темп роста — 104,2%", "103,8% к
    уровню прошлого года"."""
    value = d.fields.get("value")
    if value is None or value < INDEX_FLOOR:
        return False
    bases = words("indicators/index_bases.txt")
    if doc.word(d.end) in ("к", "от") and any(
        folded_lemma(doc, i) in bases for i in range(d.end + 1, d.end + 4)
    ):
        return True
    clause = range(max(layout.clause(d.start), d.start - CUE_REACH), d.start)
    lemmas = {folded_lemma(doc, i) for i in clause} | ({fold(subject.split()[0])} if subject else set())
    if value > 100 and "рост" in lemmas and doc.word(d.start - 1) != "до":
        return True  # "рост экономики составил 106,6%": a percentage of the year before
    return bool(lemmas & words("indicators/index_cues.txt"))


def folded_lemma(doc: Doc, i: int) -> str:
    return fold(doc.lemma(i))
