"""A figure with no word of change of its own takes the direction of the one it goes on from: an
item of a list ("выросли на 3%, 5% и 7%"), a clause that elides its verb ("доходы — на 4%, расходы
— на 6%"), a repeated "на" after "и" ("на 2% за месяц и на 9% за год"), a restatement after "или",
and a target in brackets after its change ("на 15 тыс. га (до 162 тыс. га)").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..numbers import numerals
from ..text.doc import Doc
from .direction import MOVES, change_class, near_direction, on_within
from .stated_change import stated_change

if TYPE_CHECKING:
    from .amounts import Amount


def carried(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """ "ВРП вырос на 5,1%, объем производства — на 3,8%": a clause that elides its verb after a dash
    and repeats "на" moves the way the last "на" figure of its sentence moved, past figures between
    them ("выросла на 19%, до 7,2 млрд, а прибыль — на 22%"); so does one after a comma that names
    only what the change is reckoned against ("с ростом к плану на 12 млрд, к оценке на 3 млрд").
    A figure a noun of change states passes its way to a dashed item whose label says where, when or
    against what ("снижение составило 12%, на предприятиях энергетики — 6%")."""
    out: list[Amount] = []
    last_on: Amount | None = None  # the last amount after "на"
    item: Amount | None = None  # the last dashed item that took its way from the figure before it
    for a in amounts:
        if last_on is not None and not doc.same_sentence(last_on.start, a.start):
            last_on = None
        previous = out[-1] if out and doc.same_sentence(out[-1].start, a.start) else None
        if (
            a.direction is None
            and last_on is not None
            and last_on.direction in MOVES
            and _repeats_on(doc, last_on, a)
        ):
            a = replace(a, direction=last_on.direction)
        elif a.direction is None and _restates(doc, out[-1] if out else None, a):
            a = replace(a, direction=out[-1].direction)
        elif a.direction is None and previous and _dashed_item(doc, previous, a, listed=previous is item):
            a = item = replace(a, direction=previous.direction)
        elif a.direction is None and previous is not None and bracketed_target(doc, a.start - 1):
            a = replace(a, direction=previous.direction)  # "на 15 тыс. га (до 55,2 тыс. га)"
        if doc.word(a.start - 1) == "на" or on_within(doc, a.start, a.num_start) >= 0:
            last_on = a  # "на 5%", "почти на 5%"
        elif a.tail is not None and a.tail.kind == "times" and doc.word(a.start - 1) in ("в", "во"):
            last_on = replace(
                a, direction=near_direction(doc, a.start, a.end)
            )  # "в химии — в 1,8 раза, в металлургии — на 14%"
        out.append(a)
    return out


def _restates(doc: Doc, previous: Amount | None, a: Amount) -> bool:
    """ "снизилась с 4,1% до 3,3%, или на 0,8 п.п.", "рост составил 4%, или 3,1 тыс. рублей": a figure
    after "или" (or "или на") restates the move of the amount right before it."""
    before = a.start - 1 - (doc.word(a.start - 1) == "на")
    return (
        previous is not None
        and previous.direction in MOVES
        and doc.word(before) == "или"
        and doc.same_sentence(previous.start, a.start)
    )


ELIDED_WORDS = 16  # tokens of a clause that elides its verb: "на предприятиях, занятых … воды —"
PREPOSITIONS = ("к", "на", "в", "по", "для", "у", "среди")  # a label saying where, whose or against what
FINITE = ("VERB", "INFN", "GRND", "PRTS")


def _repeats_on(doc: Doc, last_on: Amount, a: Amount) -> bool:
    """A figure after "на" whose clause elides the verb of the last "на" figure: after a dash, or
    after a comma and a base of comparison ("к ожидаемой оценке на 3 млрд")."""
    if doc.word(a.start - 1) != "на":
        return False
    if doc.word(a.start - 2) == "-":
        return True
    if doc.word(a.start - 2) == "и" and a.start - 2 - last_on.end <= JOINED_LABEL:
        return _verbless(
            doc, range(last_on.end, a.start - 2), CLAUSE_ENDS
        )  # "на 0,6% за месяц и на 7,6% за год"
    return (
        doc.word(last_on.end) == ","
        and doc.word(last_on.end + 1) == "к"
        and _verbless(doc, range(last_on.end, a.start - 1))
    )


JOINED_LABEL = 3  # words between a "на" figure and "и на": when it was, "за месяц", "в январе"
CLAUSE_ENDS = (",", ";", ":", "-", "(", ")")
TARGET_BRACKET = 9  # tokens back from a bracket to the "на" of the change it restates: "на 15,5 тыс. га"


def bracketed_target(doc: Doc, do: int) -> bool:
    """ "кукурузы — на 15 тыс. га (до 55,2 тыс. га)": "до" that opens brackets right after a change by
    "на" names where the change led, a target as after its verb, whether or not the clause writes one."""
    if doc.word(do) != "до" or doc.word(do - 1) != "(":
        return False
    for j in range(do - 2, max(do - 2 - TARGET_BRACKET, -1), -1):
        decimal = doc.tokens.joined(j) and doc.tokens.joined(j + 1)  # "4,5"
        if not doc.same_sentence(j, do) or (doc.words[j] in CLAUSE_ENDS and not decimal):
            return False
        if doc.words[j] == "на":
            number = doc.word(j + 1)
            return j + 1 < do - 1 and (number[:1].isdigit() or number in numerals())
    return False


def _dashed_item(doc: Doc, previous: Amount, a: Amount, listed: bool = False) -> bool:
    """ "рост составил 8 млрд, к оценке 2024 года — 2 млрд": an item after a comma and a dash, labelled
    by a prepositional phrase or a genitive of whose ("наибольший рост зарплаты — в финансах – 29%,
    информации и связи – 23%") and with no verb, states the same move as a figure before it that a
    noun of change states, or the item before it (`listed`) that took its way so (not one after "на",
    whose items repeat "на")."""
    return (
        previous.direction in MOVES
        and (listed or stated_change(doc, previous.start) == previous.direction)
        and doc.word(a.start - 1) == "-"
        and doc.word(previous.end) == ","
        and (doc.word(previous.end + 1) in PREPOSITIONS or _whose(doc, previous.end + 1))
        and _same_kind(previous, a)
        and _verbless(doc, range(previous.end, a.start - 1), ("-", ";", ":"))
    )


def _whose(doc: Doc, k: int) -> bool:
    """A label opening with a noun or adjective in the genitive: whose figure the item is ("транспорта —
    12%"), where a nominative would name a new measure ("доля — 5%")."""
    return doc.case(k) == "gent" and doc.pos(k) in ("NOUN", "ADJF")


def _verbless(doc: Doc, gap: range, marks: tuple[str, ...] = ()) -> bool:
    """Tokens short enough for a clause that elides its verb, with no verb, no word of change and
    none of `marks` among them."""
    return len(gap) <= ELIDED_WORDS and not any(
        _finite(doc, k) or doc.words[k] in marks or change_class(doc.words[k]) for k in gap
    )


def _same_kind(a: Amount, b: Amount) -> bool:
    kind = a.tail.kind if a.tail is not None else None
    return kind is not None and kind == (b.tail.kind if b.tail is not None else None)


def _finite(doc: Doc, k: int) -> bool:
    return doc.pos(k) in FINITE
