"""Which way the items of a list moved when only the list's head says so: "Наибольший прирост — в
Таразе (на 12%), в Актау (на 9%)", a bulleted list after "Снижение отмечено:", "в Узбекистан — на
41%, в Кыргызстан — в 2,2 раза", an elided verb in a sentence of its own ("Номинальная зарплата
снизилась на 1,5%. Реальная — на 8%."), and a figure joined by "и" to the next one's comparative
("на 0,3 млн га и 0,8 млн га меньше")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..text.doc import Doc
from .direction import MOVES, change_class, comparative_after

if TYPE_CHECKING:
    from .amounts import Amount

HEAD_WINDOW = 40  # tokens searched back from an item (past the items before it) for the list's head
ITEM_MARKS = ("-", "(", ",")  # what stands before an item's "на" or "в"
LIST_ENDS = (":", ";")  # a sentence ending so goes on in the next one: a bulleted list
LISTED_KINDS = ("percent", "money", "unit")  # "(на 300 мест)" after a count is a capacity, no move
VERBS = ("VERB", "PRTS", "INFN", "GRND")


def item_direction(doc: Doc, i: int, moved: dict[int, str] | None = None) -> str | None:
    """The direction of the list item whose "на" or "в" stands at token i, read from the nearest
    word of change before it (or from an earlier item that moved, `moved` maps their last tokens),
    within the sentence, a bulleted list's sentences, or the sentence before one whose verb is
    elided ("Реальная — на 8%.")."""
    if doc.word(i - 1) not in ITEM_MARKS:
        return None
    elided = doc.word(i - 1) == "-" and not _has_verb(doc, i)
    j = i - 1
    for _ in range(HEAD_WINDOW):
        if j < 0:
            return None
        if not doc.same_sentence(j, j + 1) and not (doc.word(j) in LIST_ENDS or elided):
            return None
        if not doc.same_sentence(j, i):
            elided = False  # one sentence back at most
        if moved and j in moved:
            return moved[j]
        if doc.word(j) == ")" and j < i - 1:  # an aside in brackets says nothing of the list's head,
            opening = _opening(doc, j)  # but an item there may have moved: "краж с 3 до 1 (на 66,7%)"
            found = next((moved[k] for k in range(j, opening, -1) if moved and k in moved), None)
            if found is not None:
                return found
            j = opening
            continue
        if not doc.is_capitalised(j) or doc.sentence_start(j):  # "Нижегородской" is no "ниже"
            found = change_class(doc.words[j])
            if found is not None:
                return found if found in MOVES else None
        j -= 1
    return None


def _opening(doc: Doc, j: int) -> int:
    """The token before the bracket that the one at j closes, within j's sentence (j - 1 if none)."""
    for k in range(j - 1, max(j - HEAD_WINDOW, -1), -1):
        if not doc.same_sentence(k, j):
            break
        if doc.words[k] == "(":
            return k - 1
    return j - 1


def _has_verb(doc: Doc, i: int) -> bool:
    """Token i's sentence has a verb of its own before it."""
    k = i - 1
    while k >= 0 and doc.same_sentence(k, i):
        if doc.pos(k) in VERBS:
            return True
        k -= 1
    return False


def listed(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """Directions for list items (see the module's docstring), in text order, each item able to pass
    its direction to the next."""
    out: list[Amount] = []
    moved: dict[int, str] = {}
    for k, a in enumerate(amounts):
        kind = a.tail.kind if a.tail is not None else None
        if a.direction is None and kind in LISTED_KINDS and doc.word(a.num_start - 1) == "на":
            item = a.start - 1 if a.start == a.num_start else a.start  # "— на 8", "— более чем на 11"
            found = item_direction(doc, item, moved) or _joined(doc, a, amounts[k + 1 : k + 2])
            a = replace(a, direction=found) if found else a
        elif a.direction is None and out and doc.word(out[-1].start - 1) == "на" and _and(doc, out[-1], a):
            found = comparative_after(doc, a.end) or out[-1].direction  # "на 0,3 и 0,8 млн га меньше"
            a = replace(a, direction=found)
        if a.direction in MOVES:
            moved[a.end - 1] = a.direction
        out.append(a)
    return out


def _and(doc: Doc, a: Amount, b: Amount) -> bool:
    return doc.words[a.end : b.start] == ["и"]


def _joined(doc: Doc, a: Amount, following: list[Amount]) -> str | None:
    """ "на 0,3 млн гектара и 0,8 млн гектара меньше": the comparative after the second figure."""
    return comparative_after(doc, following[0].end) if following and _and(doc, a, following[0]) else None
