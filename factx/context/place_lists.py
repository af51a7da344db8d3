"""Named places side by side grouped into one mention of several places, a place inside a bigger one
kept as one place, and places in brackets after a place held apart.
"""

from __future__ import annotations

from ..text.doc import Doc
from .partners import settlement_word
from .places import SIZE, Mention

LIST_JOINERS = frozenset({",", "и", "а", "также", "или", "-"})


def group_lists(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Named places side by side, joined only by commas, "и", "а также" or a bracketed figure, become
    one mention of several places."""
    out: list[Mention] = []
    held: list[Mention] = []  # places inside brackets after a place: each alone, the list going on after
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and last.single and m.single and _inside(last, m, doc):
            out[-1] = Mention(last.start, m.end, last.name, last.type, last.parent, body=last.body)
            out[-1].partner = last.partner  # "в Елабужском районе Республики Татарстан": the district
        elif _held(doc, last, m):
            held.append(m)
        elif (
            last is not None and m.single and (last.single or last.members) and joined(doc, last.end, m.start)
        ):
            members = [*(last.members or [last]), m]
            partner = members[0].partner  # "в Китай, Россию и Турцию": one preposition for all
            for member in members:
                member.partner = partner
            out[-1] = Mention(last.start, m.end, None, "list", members=members, several=True, partner=partner)
        else:
            out.append(m)
    for m in out:
        if m.members and len({x.name for x in m.members}) == 1:
            m.name, m.several = m.members[0].name, False  # "Москва … Москва" is one place
    return sorted([*out, *held], key=lambda m: m.start) if held else out


def _inside(inner: Mention, outer: Mention, doc: Doc) -> bool:
    """A place written right before a bigger one, with nothing between ("в Экибастузе Павлодарской
    области", "в селе Аксу Аккольского района", a town's own district "в Советском районе Ростова"), or
    the one that holds it in brackets ("в Нижнем
    Тагиле (Свердловская область)"): one place, the inner one, not a list."""
    if not doc.same_sentence(inner.end - 1, outer.start) or outer.name is None:
        return False
    bracketed = doc.word(inner.end) == "(" and doc.word(outer.end) == ")" and inner.parent == outer.name
    if inner.end != outer.start and not (bracketed and outer.start == inner.end + 1):
        return False
    city_district = inner.type == "district" and outer.type == "city"  # "в Советском районе Ростова"
    return city_district or SIZE.get(outer.type, 0) > SIZE.get(inner.type, 0) > 0


def joined(doc: Doc, end: int, start: int) -> bool:
    """Only list words between two places: commas, "и", a bracketed figure, "городе" before a name."""
    if not doc.same_sentence(end - 1, start) or start - end > 12:
        return False
    depth = 0
    for k in range(end, start):
        w = doc.words[k]
        depth += (w == "(") - (w == ")")
        if depth == 0 and w not in LIST_JOINERS and w not in "()" and not settlement_word(doc, k):
            return False
    return True


def _held(doc: Doc, last: Mention | None, m: Mention) -> bool:
    """Another place inside brackets opened after a place: "Косшы (в том числе 1200 мест в Тайтобе)",
    "СКО (25,7% от РК)" — a part of it or the whole it is measured against, no item of a list with
    it ("Конаев (бывший Капшагай)" names the same place again)."""
    if last is None or not doc.same_sentence(last.end - 1, m.start) or m.name == last.name:
        return False
    depth = 0
    for k in range(last.end, m.start):
        depth += (doc.words[k] == "(") - (doc.words[k] == ")")
    return depth > 0
