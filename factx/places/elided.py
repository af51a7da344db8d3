"""Places whose generic noun was written once, before them: "в Акмолинской области — 5 школ, в
Костанайской — 3, в Павлодарской — 4", "По Северо-Казахстанской области … по Костанайской — 12 ц/га",
"Среди районов: Бухар-Жырауский — 120 голов, Абайский — 90". Each bare place adjective takes the
noun of the place or plural generic word before it in its sentence, or of the sentence before, and
is a place only when the gazetteer knows the name that makes.

A bare adjective with no noun before it is a place only as an item of a list written as prose (a
dash, colon or bracket after it: "Абайская – 12%"), and only when one generic noun makes a known name.
"""

from __future__ import annotations

from pymorphy3.analyzer import Parse

from ..draft import Draft
from ..text.doc import Doc
from ..text.morph import inflect
from ..text.phrases import is_preposition
from .candidates import generic_forms, written_case
from .ellipsis import CANDIDATE, noun_gender
from .gazetteer import entry_named, generic_words
from .names import Entry

ITEM_MARKS = frozenset({"—", "–", "-", ":", "("})
ELIDED_BEFORE = ITEM_MARKS | {",", "и", ")", ";", "."}  # what follows a bare adjective whose noun is elided
DISTRICT = "район"
LOOK_BACK = 60  # tokens searched back for the noun a bare adjective shares, but over a list's lines
ITEM_END = ";"  # how a list item written as a line of its own ends


def elided_places(doc: Doc, found: list[Draft]) -> list[Draft]:
    """The places with the bare place adjectives that no other draft covers, or that the gazetteer
    read as a town of the adjective's name where a list item's dash says the noun is elided ("в
    Емельяновском районе — 45 км, в Березовском — 30 км": the district, not the town Берёзовский)."""
    covering = {k: d for d in found for k in range(d.start, d.end)}
    drafts: list[Draft] = []
    replaced = set()
    for m in CANDIDATE.finditer(doc.text):
        i = doc.token_at(m.start())
        if doc.tokens.starts[i] != m.start():
            continue
        town = covering.get(i)
        listed = bool(drafts) and drafts[-1].end == i - 1 and doc.word(i - 1) in ("и", ",")
        if town is not None and (_town_item(doc, i, town) or (listed and _adjective_town(doc, i, town))):
            # "в Алданском, Ленском и Томпонском": a list item after districts, not the town Ленск
            draft = _elided(doc, i, {k: d for k, d in covering.items() if d is not town}, bare=listed)
            if draft is not None:
                drafts.append(draft)
                replaced.add(id(town))
            continue
        if i in covering:
            continue  # "Костанайской области" is the finder's own
        if doc.word(i + 1) not in ELIDED_BEFORE and not _joined_to_place(doc, i, covering):
            continue  # "Павлодарский завод" is no place
        draft = _elided(doc, i, covering, bare=listed or is_preposition(doc.word(i - 1)))
        if draft is not None:
            drafts.append(draft)
    return sorted([*(d for d in found if id(d) not in replaced), *drafts], key=lambda d: d.start)


def _town_item(doc: Doc, i: int, town: Draft) -> bool:
    """A one-word town whose name is the adjective at i, as an item before a dash ("в Березовском —")."""
    return (
        town.end == i + 1
        and town.fields["type"] == "city"
        and str(town.fields["name"]).endswith(ADJECTIVE_NAMES)
        and doc.word(i + 1) in ITEM_MARKS
    )


def _adjective_town(doc: Doc, i: int, town: Draft) -> bool:
    """A one-word town the finder read from a word that is an adjective ("Ленском" → Ленск)."""
    return town.start == i and town.end == i + 1 and _is_adjective(doc, i)


ADJECTIVE_NAMES = ("ий", "ый", "ой", "ое", "ая")  # "Берёзовский", not "Хабаровск" ("Хабаровском —")


def _joined_to_place(doc: Doc, i: int, covering: dict[int, Draft]) -> bool:
    """ "в Акмолинской области и Костанайской собрали": joined by "и" to a place right before it, with
    no noun after it that it would qualify ("и Костанайской птицефабрике")."""
    after = doc.readings(i + 1)[:1] if doc.same_sentence(i, i + 1) else ()
    return (
        doc.word(i - 1) in ("и", ",")
        and (i - 2) in covering
        and not (after and after[0].tag.POS in ("NOUN", "ADJF"))
    )


def _elided(doc: Doc, i: int, covering: dict[int, Draft], bare: bool = False) -> Draft | None:
    """The place a bare adjective names with the noun before it; with none, by its gender alone when
    it is a list item before a dash or `bare` (after a preposition, or listed after such a place: "в
    Северо-Казахстанской и Костанайской"), and one generic noun makes a known name."""
    reading = next((p for p in doc.readings(i) if p.tag.POS == "ADJF"), None)
    if reading is None:
        return None
    nouns = _nouns_before(doc, i, covering)
    if not nouns and (bare or doc.word(i + 1) in ITEM_MARKS):
        gender = reading.tag.gender  # "Абайская –": a feminine noun, область; "Абайский –": район
        nouns = [noun for noun in generic_words("part") if gender in (None, noun_gender(noun))]
    named = {
        entry.name: entry
        for noun in nouns
        if (entry := entry_named(f"{_nominative(doc, i, reading, noun)} {noun}"))
    }
    masculine = any(p.tag.POS == "ADJF" and p.tag.gender == "masc" for p in doc.readings(i))
    # "в десяти районах — в Алданском, Ленском и …", not "в Карагинском и Олюторском заливах"
    listed = bare and doc.word(i + 1) in ELIDED_BEFORE and not _noun_after_list(doc, i)
    if not named and nouns == [DISTRICT] and masculine and (doc.word(i + 1) in ITEM_MARKS or listed):
        name = f"{_nominative(doc, i, reading, DISTRICT)} {DISTRICT}"  # no list holds Russia's districts
        named = {name: Entry(name, generic_words("part")[DISTRICT], None)}
    if len(named) != 1:
        return None
    entry = next(iter(named.values()))
    fields = {"name": entry.name, "type": entry.type, "canonical": entry.canonical}
    return Draft("place", i, i + 1, fields, "place.elided_noun")


def _noun_after_list(doc: Doc, i: int) -> bool:
    """The adjectives listed from token i ("Карагинском и Олюторском") end before a noun they qualify."""
    k = i
    while doc.word(k + 1) in (",", "и") and _is_adjective(doc, k + 2):
        k += 2
    after = doc.readings(k + 1)[:1] if doc.same_sentence(k, k + 1) else ()
    return bool(after) and after[0].tag.POS == "NOUN"


def _is_adjective(doc: Doc, i: int) -> bool:
    return doc.pos(i) == "ADJF"


def _nominative(doc: Doc, i: int, reading: Parse, noun: str) -> str:
    """The adjective agreeing with the noun, capitalised as written: "Северо-Казахстанской" →
    "Северо-Казахстанская" (область)."""
    return written_case(inflect(reading, "nomn", "sing", noun_gender(noun)), doc.tokens.raw(i))


def _nouns_before(doc: Doc, i: int, covering: dict[int, Draft]) -> list[str]:
    """The generic noun of the nearest place named "<adjective> <noun>" before token i, in its
    sentence or the one before, or of a plural generic word there ("Среди районов:"); items of a
    list written one a line, each closed by ";", all look back to the line that opened the list
    ("В тройку районов входят:\n• Новоузенский (60 тыс. т);\n• Питерский (41 тыс. т);")."""
    sentence = doc.sentence_of[i]
    listed = _opens_line(doc, i) and _list_start(doc, sentence)
    first = doc.sentence_tokens(max((listed or sentence) - 1, 0)).start
    genders = {p.tag.gender for p in doc.readings(i) if p.tag.POS == "ADJF"}
    for k in range(i - 1, (first if listed else max(i - LOOK_BACK, first)) - 1, -1):
        place = covering.get(k)
        if place is not None:
            words = str(place.fields["name"]).split()
            if len(words) == 2 and words[1] in generic_words("part") and _agrees(genders, words[1]):
                return [words[1]]
            continue
        if doc.words[k] in generic_forms():
            generic = generic_words("part")
            lemma = next((p.normal_form for p in doc.readings(k) if p.normal_form in generic), None)
            if lemma is not None and _agrees(genders, lemma):
                return [lemma]
    return []


def _opens_line(doc: Doc, i: int) -> bool:
    """Token i is the first word of its line, after a bullet if any ("• Питерский")."""
    start = doc.tokens.starts[i]
    line = doc.text[doc.text.rfind("\n", 0, start) + 1 : start]
    return not any(c.isalnum() for c in line)


def _list_start(doc: Doc, k: int) -> int:
    """The first of the list items, each a line closed by ";", that sentence k ends, or 0 when the
    sentence before k is no such item."""
    start = k
    while k > 0 and doc.text[slice(*doc.sentences[k - 1])].rstrip().endswith(ITEM_END):
        k -= 1
    return k if k < start else 0


def _agrees(genders: set[str | None], noun: str) -> bool:
    """Whether an adjective of these genders can stand for the noun: "в Абайской" after "7 районов"
    and "Жетысуской области" takes область; a plural (no gender) takes any."""
    return None in genders or noun_gender(noun) in genders
