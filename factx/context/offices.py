"""A region's statistics office named for it ("Комистат", "Мордовиястат", "Челябинскстат"), in any
case ("по данным Пензастата"), by the stem of a republic's name too ("Бурятстат" → Бурятия): a body
of that region, which gives a text its main place as an akimat does ("Как сообщает Комистат, в
республике …" is about Коми). "Росстат" names no place the gazetteer knows."""

from __future__ import annotations

import re
from functools import cache

from ..places.gazetteer import entry_named
from ..places.names import Entry
from ..text.doc import Doc
from ..vocab import table
from .places import Mention

OFFICE = re.compile(r"(\w{3,})стат(?:а|у|ом|е)?")  # "Пензастата": the stem before the office's word
REPUBLIC_ENDING = "ия"  # "Удмуртстат", "Бурятстат": the office of Удмуртия, Бурятия


def statistics_offices(doc: Doc, taken: set[int]) -> list[Mention]:
    """The regions whose statistics office the text names by a capitalised word ending in "стат"."""
    found = []
    offices = [w for w in doc.vocabulary() if "стат" in w and OFFICE.fullmatch(w)]  # a C-level test first
    for i in doc.positions(offices) if offices else ():
        if i in taken or not doc.is_capitalised(i):
            continue
        entry = _named_by(doc.tokens.raw(i))
        if entry is not None and entry.type == "city":  # "Челябинскстат": the office of its region
            entry = entry_named(_regions_of_centres().get(entry.main, ""))
        if entry is not None and entry.type == "region":
            found.append(Mention(i, i + 1, entry.grouped, entry.type, entry.parent, body=True))
    return found


def _named_by(office: str) -> Entry | None:
    """The place whose stem names an office: "Пенза" of "Пензастата", "Удмуртия" of "Удмуртстат"."""
    matched = OFFICE.fullmatch(office)
    if matched is None:
        return None
    stem = matched.group(1)
    return entry_named(stem) or entry_named(stem + REPUBLIC_ENDING)


@cache
def _regions_of_centres() -> dict[str, str]:
    """A region's centre (its gazetteer name) → the region."""
    return {row["centre"]: row["region"] for row in table("places/centres.tsv")}
