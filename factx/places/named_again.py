"""A village the text has named with its settlement word ("в селе Якорь") and names again alone
("сетей в Якоре"): no gazetteer holds most villages, but a reader knows this one from then on."""

from __future__ import annotations

from ..draft import Draft
from ..text.doc import Doc
from ..text.morph import is_known
from .lookup import Candidate
from .names import Entry, name_forms

NAMED_VILLAGE_RULES = frozenset({"place.after_settlement_word", "place.settlement_list"})


def remember_village(draft: Draft, villages: dict[tuple[str, ...], Entry]) -> None:
    """Keep the case forms of a village the text has named with its settlement word or in a list of
    villages ("в селе Якорь"), so that the name alone, said again, is that village ("в Якоре")."""
    if draft.rule in NAMED_VILLAGE_RULES and draft.fields["type"] == "settlement":
        entry = Entry(draft.fields["name"], "settlement", draft.fields["canonical"])
        villages.update((key, entry) for key in name_forms(entry.name))


def village_again(doc: Doc, i: int, villages: dict[tuple[str, ...], Entry]) -> Candidate | None:
    """ "В селе Якорь … сетей в Якоре": a village named before is that village again, in any case;
    a word the dictionary knows opens no name at a sentence's start ("Светлое будущее …")."""
    if not villages or (is_known(doc.words[i]) and not doc.same_sentence(i - 1, i)):
        return None
    best = None
    for j in range(i, min(i + 3, doc.size)):
        if j > i and not doc.same_sentence(i, j):
            break
        entry = villages.get(tuple(doc.words[i : j + 1]))
        if entry is not None:
            best = (j + 1, entry)
    return None if best is None or _adjective_of_next(doc, best[0]) else best


LIST_JOINERS = frozenset({",", "и", "или"})


def _adjective_of_next(doc: Doc, end: int) -> bool:
    """ "посёлок Сибирский … в Сибирском федеральном округе", "в Сибирском, Уральском и
    Дальневосточном федеральных округах": a name shaped as an adjective that agrees with the next word,
    a small-letter one or the next adjective of a list, qualifies a noun, and is not the village again."""
    k = end + 1 if doc.word(end) in LIST_JOINERS else end
    if k >= doc.size or not doc.same_sentence(end - 1, k) or (k == end and doc.is_capitalised(k)):
        return False
    parts = ("ADJF",) if k > end else ("ADJF", "NOUN")
    cases = {p.tag.case for p in doc.readings(k) if p.tag.POS in parts}
    return any(p.tag.POS == "ADJF" and p.tag.case in cases for p in doc.readings(end - 1))
