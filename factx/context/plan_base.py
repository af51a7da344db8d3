"""Plans named beside a figure: the plan it is measured against ("95% от плана", "в 1,3 раза больше
плана", "превысили план"), which says nothing of whether the figure happened; and the plan it is
itself ("при плане 8 млн", "из запланированных 18,2 тыс. га"), a plan whatever its clause tells.
"""

from __future__ import annotations

from ..kinds.direction import comparatives
from ..text.doc import Doc
from ..vocab import words

BASE_BEFORE = frozenset({"от", "к", "против", "сверх", "при", "раньше", "позже", "позднее"})  # "95% от плана"
PLANNED = ("план", "запланир", "намеч", "прогноз")  # not "ожидаемого": an expected value is an estimate
AWAITED = (*PLANNED, "ожида")  # what a "чем" compares with: "чем планировалось", "чем ожидалось"
THAN_REACH = 3  # words between "чем" and the plan word: "чем тогда было запланировано"
EXCEEDING = ("превыс", "превыш", "перевыполн")  # "превысили план на 20 млрд"


def plan_as_base(doc: Doc, i: int) -> bool:
    """ "в 1,3 раза больше плана", "на 3% меньше плана", "95% от плана", "91% от запланированного":
    the plan a figure is compared with, not what the figure is. A plan word right before a figure
    ("против запланированных 15%") is that figure's own."""
    if doc.words[i].startswith(AWAITED) and _after_than(doc, i):
        return True  # "на 12% больше, чем было запланировано"
    noun = doc.words[i].startswith("план") and doc.lemma(i) == "план"
    if not noun and not (planned_adjective(doc, i) and not doc.word(i + 1)[:1].isdigit()):
        return False
    if noun and any(doc.word(k).startswith(FULFILLED) for k in range(i + 1, i + FULFILMENT_WORDS)):
        return True  # "план выполнен на 46%", "план по сбору налогов выполнен на 46%"
    back = i - 1
    while back > i - 3 and adjective(doc, back):
        back -= 1  # "к уточненному годовому плану"
    before = doc.word(back)
    return before in BASE_BEFORE or before in comparatives() or before.startswith(EXCEEDING)


def _after_than(doc: Doc, i: int) -> bool:
    """ "на 12% больше, чем было запланировано", "выше, чем ожидалось": the plan a comparison's
    "чем" names is its base, a few words before the plan word and no punctuation between."""
    for k in range(i - 1, max(i - 1 - THAN_REACH, -1), -1):
        word = doc.word(k)
        if word == "чем":
            return True
        if not word.isalpha():
            return False
    return False


FULFILLED = ("выполн", "исполн", "перевыполн")
FULFILMENT_WORDS = 5  # how far after "план" its fulfilment may be told


def adjective(doc: Doc, i: int) -> bool:
    return doc.pos(i) in ("ADJF", "PRTF")


def planned_adjective(doc: Doc, i: int) -> bool:
    """ "запланированного", "плановых", "намеченной": the plan itself, as an adjective."""
    return doc.words[i].startswith(PLANNED) and adjective(doc, i)


def planned_figure_before(doc: Doc, i: int) -> bool:
    """ "Из запланированных 18,2 тыс. га … высажены на 7 тыс. га": a plan adjective right before a
    figure plans that figure (`plan_figure`), not the rest of its clause."""
    return planned_adjective(doc, i) and doc.word(i + 1)[:1].isdigit()


def plan_figure(doc: Doc, start: int) -> bool:
    """The figure right after "план" ("при плане 8 млн", "по плану — 12 школ") or a plan adjective
    ("из запланированных 18,2 тыс. га") is the plan itself; so is one "в" joins to a plan or quota
    a word or two before ("при плане ОСЖД в 114 тыс. вагонов", "от квоты в 293 тыс. т")."""
    k = start - 1 - (doc.word(start - 1) in ("—", "-", "–", ":"))
    if doc.lemma(k) == "план" or planned_figure_before(doc, start - 1):
        return True
    heads = words("context/plan_heads.txt")
    return doc.word(k) == "в" and any(doc.lemma(h) in heads for h in range(k - 1, k - 1 - HEAD_REACH, -1))


HEAD_REACH = 2  # words from "в" back to the plan it joins the figure to: "плане ОСЖД в"
