"""A region's statistics office named for it ("Комистат", "Мордовиястат", "Челябинскстат"): a body
of that region, which gives a text its main place as an akimat does ("Как сообщает Комистат, в
республике …" is about Коми). "Росстат" names no place the gazetteer knows."""

from __future__ import annotations

from functools import cache

from ..places.gazetteer import entry_named
from ..text.doc import Doc
from ..vocab import table
from .places import Mention

SUFFIX = "стат"


def statistics_offices(doc: Doc, taken: set[int]) -> list[Mention]:
    """The regions whose statistics office the text names by a capitalised word ending in "стат"."""
    found = []
    offices = [w for w in doc.vocabulary() if w.endswith(SUFFIX) and len(w) > len(SUFFIX) + 2]
    for i in doc.positions(offices) if offices else ():
        if i in taken or not doc.is_capitalised(i):
            continue
        entry = entry_named(doc.tokens.raw(i)[: -len(SUFFIX)])
        if entry is not None and entry.type == "city":  # "Челябинскстат": the office of its region
            entry = entry_named(_regions_of_centres().get(entry.main, ""))
        if entry is not None and entry.type == "region":
            found.append(Mention(i, i + 1, entry.grouped, entry.type, entry.parent, body=True))
    return found


@cache
def _regions_of_centres() -> dict[str, str]:
    """A region's centre (its gazetteer name) → the region."""
    return {row["centre"]: row["region"] for row in table("places/centres.tsv")}
