"""Places named by their short noun in a list that one plural generic noun closes: "Зайсан,
Тарбагатай и Самар районы", "в Абай, Жетысу и Улытау областях". Each name is the unit of that
generic word ("Самарский район", "область Абай"), not the town of the same name; the last one's span
takes the noun, as in an elliptical list of adjectives (ellipsis.py). A list the plural noun opens
("в областях Улытау (на 9%), Абай (на 3%)") names the same units, each span its name alone."""

from __future__ import annotations

from ..draft import Draft
from ..text.doc import Doc
from .candidates import ADJECTIVE_PLACE, generic_forms
from .ellipsis import JOINERS, MAX_CHAIN, plural_generic
from .gazetteer import entry_named
from .names import Entry

MIN_ITEMS = 2  # one name before a plural noun is no list ("Самар районы" alone is left to the finder)
DISTRICT = "район"


def noun_list_places(doc: Doc) -> list[Draft]:
    """A draft for each short name of every list that ends right before a plural generic noun."""
    drafts: list[Draft] = []
    forms = generic_forms()
    for j in doc.positions(forms):
        generic = plural_generic(doc, j)
        if generic is not None:
            after = _items_after(doc, j, generic[0])
            if len(after) >= MIN_ITEMS:
                drafts.extend(_draft(k, k + 1, entry) for k, entry in after)
            items = _items_before(doc, j, generic[0])
            if len(items) < MIN_ITEMS:
                continue
        elif _singular_district(doc, j):  # "в Казалы районе": one short name takes the word too
            items = _items_before(doc, j, DISTRICT)[-1:]
        else:
            continue
        if items:
            drafts.extend(_draft(k, k + 1 if k < j - 1 else j + 1, entry) for k, entry in items)
    return drafts


def _singular_district(doc: Doc, j: int) -> bool:
    """ "районе" after a short name, as Kazakh news writes a district ("в Казалы районе"); not before
    a name of its own ("в Алматы районе Медеу": the district is the finder's "районе Медеу")."""
    named = doc.same_sentence(j, j + 1) and doc.is_capitalised(j + 1)
    first = doc.first(j)
    return not named and first is not None and first.lemma == DISTRICT and first.number == "sing"


def _items_before(doc: Doc, j: int, lemma: str) -> list[tuple[int, Entry]]:
    """The names, left to right, of the list read backwards from the generic noun at j."""
    items: list[tuple[int, Entry]] = []
    k = j - 1
    while k >= 0 and len(items) < MAX_CHAIN and doc.same_sentence(k, j):
        entry = _unit_named(doc, k, lemma)
        if entry is None:
            break
        items.append((k, entry))
        if doc.word(k - 1) not in JOINERS:
            break
        k -= 1
        while doc.word(k) in JOINERS:  # ", и", ", а также"
            k -= 1
    return items[::-1]


BRACKETED = 12  # the longest bracket after a list's item that the list reads past: "(на 39,6%)"


def _items_after(doc: Doc, j: int, lemma: str) -> list[tuple[int, Entry]]:
    """The names of the list that the plural generic noun at j opens, each perhaps with a bracket
    after it: "областях Улытау (на 9%), Абай (на 3%) и Жетысу"."""
    items: list[tuple[int, Entry]] = []
    k = j + 1
    while len(items) < MAX_CHAIN and doc.same_sentence(j, k):
        entry = _unit_named(doc, k, lemma)
        if entry is None:
            break
        items.append((k, entry))
        k += 1
        if doc.word(k) == "(":
            close = next((c for c in range(k, k + BRACKETED) if doc.word(c) == ")"), None)
            if close is None:
                break
            k = close + 1
        if doc.word(k) not in JOINERS:
            break
        while doc.word(k) in JOINERS:
            k += 1
    return items


def _unit_named(doc: Doc, k: int, lemma: str) -> Entry | None:
    """The gazetteer's unit for a capitalised noun that is no place adjective: "Самар" + район."""
    raw = doc.tokens.raw(k)
    letters = raw.replace("-", "")  # "Катон-Карагай"
    if not (raw[:1].isupper() and letters.isalpha() and not letters.isupper()) or ADJECTIVE_PLACE.match(
        doc.words[k]
    ):
        return None
    return entry_named(f"{lemma} {raw}")


def _draft(start: int, end: int, entry: Entry) -> Draft:
    fields = {"name": entry.name, "type": entry.type, "canonical": entry.canonical}
    return Draft("place", start, end, fields, "place.noun_list")
