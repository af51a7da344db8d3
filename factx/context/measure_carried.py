"""What a figure carries on from the figure before it when it states no change of its own (measure.py
asks): an item of a list of changes, a short clause that leaves out a verb of change after a dash, the
same amount restated after "или", a percentage of a base after an index; and the words of change they
and measure.py read."""

from __future__ import annotations

from functools import cache

from ..draft import Draft
from ..kinds.direction import governs_change
from ..text.doc import Doc
from ..text.tokens import DASHES
from ..vocab import words
from .change_words import changes
from .layout import Layout
from .percent_measure import INDEX_FLOOR, after_amount, folded_lemma

GROWN = frozenset({"вырастить", "выращивать"})  # crops grown, not a growth: "вырастили 540 тыс. тонн овощей"


@cache
def rate_words() -> frozenset[str]:
    """Lemmas of what a percentage is a rate or a share of ("уровень", "доля"): no volume that grows."""
    return frozenset(words("indicators/rate_words.txt") | {"доля"})


def moves(doc: Doc, i: int, figure: int) -> bool:
    """The word at i, in the figure's sentence, is a word of change ("выросли", "снижение"), not one of
    crops grown."""
    w = doc.word(i)
    return doc.same_sentence(i, figure) and w.isalpha() and changes(w) and folded_lemma(doc, i) not in GROWN


def reached(doc: Doc, start: int) -> bool:
    """ "до" before a figure, or "до уровня": the level a change reached ("увеличение доли до уровня 60%")."""
    before = doc.word(start - 1)
    return before == "до" or (before == "уровня" and doc.word(start - 2) == "до")


def restates(doc: Doc, d: Draft) -> bool:
    """A figure after "или" that says the one right before it in another unit: "рост составил 5%, или
    2,4 млрд", "выросли на 1,2 млрд или 8%"."""
    k = d.start - 1
    if doc.word(k) != "или" or doc.word(d.end) in ("к", "от"):  # "или 103% к 2015 году": of a base
        return False
    k -= 1 if doc.word(k - 1) == "," else 0
    return after_amount(doc, k - 1)


def continues(doc: Doc, layout: Layout, d: Draft) -> bool:
    """A figure that carries on a list of changes with no word of its own: "…, Чукотки — на 28
    тысяч", "…, связи — на 9,4%, инвестиций на 38,3%" (a clause without a verb), an item without a
    verb in a list of dashes ("— Салават — 1,1 млрд рублей"), a short clause after a dash."""
    if d.kind not in ("money", "quantity", "percent") or "до" in (doc.word(d.start - 1), doc.word(d.start)):
        return False
    first = doc.sentence_tokens(doc.sentence_of[d.start]).start
    listed = doc.word(first) in DASHES and layout.verb(layout.clause(d.start)) is None
    return (
        listed
        or (doc.word(d.start - 1) == "на" and doc.word(d.start - 2) in DASHES)
        or (
            d.kind == "percent"
            and doc.word(d.start - 1) == "на"
            and layout.verb(layout.clause(d.start)) is None
        )
        or _elided(doc, layout, d)
        or _gapped(doc, layout, d)
    )


def index_goes_on(doc: Doc, layout: Layout, d: Draft) -> bool:
    """After an index, a percentage of a base too in a short clause that leaves out the verb ("индекс
    … составил 108,2%, в пищевой отрасли - 97,5%") or reached after a verb of change by a volume, not a
    rate or a share ("составила 98,1% к уровню прошлого года. Добыча газа сократилась до 94,7%")."""
    value = d.fields.get("value")
    if value is None or value < INDEX_FLOOR:
        return False
    if layout.elided_verb(d.start) is not None:
        return True
    clause = range(layout.clause(d.start), d.start)
    return (
        reached(doc, d.start)
        and any(moves(doc, i, d.start) for i in clause)
        and not any(folded_lemma(doc, i) in rate_words() for i in clause)
    )


def _gapped(doc: Doc, layout: Layout, d: Draft) -> bool:
    """A short clause after a dash that leaves out a verb of change said before it: its figure is a
    change of the noun it opens with ("огурцы прибавили в цене 4%, помидоры — 3,2%"); a verb that
    only states ("рост составил 3,1%, уровень безработицы — 4,8%") leaves a new subject its own."""
    verb = layout.elided_verb(d.start) if d.kind == "percent" else None  # a count may be a part: "из них"
    if verb is None or not doc.same_sentence(verb, d.start):
        return False
    return moves(doc, verb, d.start) or governs_change(doc.word(verb))


def _elided(doc: Doc, layout: Layout, d: Draft) -> bool:
    """A percentage in a short clause after a dash with no noun in the nominative, which would be a new
    subject: it goes on from the one before ("рост составил 3,1%, в обрабатывающей — 2,4%"; not "…,
    уровень безработицы — 4,8%"), unless it is over a whole, an index ("в 2019 г. – 102,8%")."""
    value = d.fields.get("value")
    if d.kind != "percent" or (value is not None and value > 100) or not layout.elliptic(d.start):
        return False  # an amount goes on from an amount: "добыли 139 млн т, что на 15% меньше, в шахтах — 81"
    opening = range(layout.clause(d.start), d.start)
    return not any(doc.pos(i) == "NOUN" and doc.case(i) == "nomn" for i in opening)
