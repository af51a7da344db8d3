"""Towns named by their adjective: in the name of works there ("Павлодарский алюминиевый завод"),
or before a noun of their own government ("омская мэрия").
"""

from __future__ import annotations

from pymorphy3.analyzer import Parse

from ..places.candidates import written_case
from ..places.gazetteer import ambiguous, entry_named
from ..places.names import Entry
from ..text.doc import Doc
from ..text.morph import fold, inflected
from ..vocab import table, word_forms
from .places import Mention, of_a_body

TOWN_ADJECTIVE = ("ский", "цкий")
WORKS_REACH = 3  # words between a town's adjective and the works' noun ("Павлодарский алюминиевый завод")


def works(doc: Doc, taken: set[int]) -> list[Mention]:
    """A town named by its adjective in the name of works there ("на Павлодарском алюминиевом
    заводе", "Экибастузская ГРЭС-1"): a mention of that town, since figures about works are where
    they stand."""
    forms = word_forms("context/works_nouns.txt")
    found = []
    seen: set[int] = set()
    for k in doc.positions(forms):
        for i in range(max(k - WORKS_REACH, 0), k):
            if i in taken or i in seen or not doc.is_capitalised(i) or not _adjectival(doc.words[i]):
                continue
            seen.add(i)
            town = _town_of(doc, i)
            if town is not None:
                found.append(Mention(i, i + 1, town.grouped, town.type, town.parent, body=of_a_body(doc, i)))
    return sorted(found, key=lambda m: m.start)


def firms(doc: Doc, taken: set[int]) -> list[Mention]:
    """A town that opens the quoted name of a firm or a zone ("ТОО «Алматинские тепловые сети»", "ОЭЗ
    «Пермь»"): a body's mention of that town, whose figures they are in a text that names no place
    itself ("АО «Оренбургские минералы»" is a plant of Ясный, which a report on Ясный names)."""
    found: list[Mention] = []
    if taken:
        return found
    for k in doc.positions(word_forms("context/firm_forms.txt")):
        i = k + 2
        if doc.word(k + 1) not in QUOTES or not doc.same_sentence(k, i) or not doc.is_capitalised(i):
            continue
        town = _firms_town(doc, i)
        if town is not None and doc.word(i + 1) != "-":
            found.append(Mention(i, i + 1, town.grouped, town.type, town.parent, body=True))
    return found


def _firms_town(doc: Doc, i: int) -> Entry | None:
    """The town a firm's name opens with, as its adjective or its name; not a town whose name is a
    region's too ("ЗАО «Алтайская крупа»": Алтай, a town of Kazakhstan, is rather Алтайский край)."""
    if not _adjectival(doc.words[i]):
        town = entry_named(doc.tokens.raw(i))
        return (
            town
            if town is not None and town.type == "city" and fold(town.name.lower()) not in ambiguous()
            else None
        )
    town = _town_of(doc, i)
    if town is None or fold(town.name.lower()) not in ambiguous():
        return town
    lemma = next((p.normal_form for p in doc.readings(i) if p.tag.POS == "ADJF"), "")
    region = entry_named(f"{lemma.capitalize()} край") or entry_named(f"{lemma[:-2].capitalize()}ая область")
    return town if region is None else None


QUOTES = frozenset({"«", '"', "“", "„"})


def town_bodies(doc: Doc, taken: set[int]) -> list[Mention]:
    """A town named by its adjective right before a noun of its own government ("омская мэрия
    представила поправки в бюджет города"): a body's mention of that town, whose figures they are
    when the text has set no place."""
    found = []
    for k in doc.positions(word_forms("context/city_body_nouns.txt")):
        i = k - 1
        town = _town_of(doc, i) if i >= 0 and i not in taken and _adjectival(doc.words[i]) else None
        if town is not None:
            found.append(Mention(i, k, town.grouped, town.type, town.parent, body=True))
    return found


def district_bodies(doc: Doc, taken: set[int]) -> list[Mention]:
    """A district or a region named by its adjective before the adjective of its own bodies ("решения
    Дзержинского Районного Собрания", "Сосновской районной администрации", "Тюменская областная
    Дума", "Алтайского краевого суда"): a body's mention of that place, whose figures they are when
    the text has set no place. A region only when the gazetteer knows it by that name."""
    found = []
    for row in table("context/body_adjectives.tsv"):
        for k in doc.positions(word_forms(row["adjectives"])):
            i = k - 1
            if i < 0 or i in taken or not doc.is_capitalised(i) or not doc.same_sentence(i, k):
                continue
            readings = [p for p in doc.readings(i) if p.tag.POS == "ADJF"]
            lemma = readings[0].normal_form if readings else ""
            if not lemma.endswith(TOWN_ADJECTIVE):
                continue
            name = f"{_in_gender(readings[0], row['gender']).capitalize()} {row['noun']}"
            if row["type"] == "district" or entry_named(name) is not None:
                found.append(Mention(i, k + 1, name, row["type"], body=True))
    return found


def _in_gender(reading: Parse, gender: str) -> str:
    """The adjective's nominative singular in the noun's gender: "тюменская" for "область"."""
    return inflected(reading, frozenset({"nomn", "sing", gender})) or str(reading.normal_form)


def _adjectival(word: str) -> bool:
    return "ск" in word or "цк" in word


def _town_of(doc: Doc, i: int) -> Entry | None:
    """The town a place adjective is made from: "павлодарский" → Павлодар, "карагандинский" →
    Караганда, "усть-каменогорский" → Усть-Каменогорск, "экибастузская" → Экибастуз."""
    lemma = next((p.normal_form for p in doc.readings(i) if p.tag.POS == "ADJF"), "")
    if not lemma.endswith(TOWN_ADJECTIVE):
        return None
    stem = lemma[:-4]
    tries = [stem, stem + "ск", stem + "а", stem + "ь"]
    if stem.endswith("ин"):  # "карагандинский" → Караганда, "алматинский" → Алматы
        tries += [stem[:-2] + "а", stem[:-2] + "ы"]
    if lemma.endswith("цкий"):  # "череповецкий" → Череповец, "липецкий" → Липецк
        tries += [lemma[:-3], lemma[:-2]]
    for name in filter(None, tries):
        raw = doc.tokens.raw(i)  # "омская мэрия": a town's adjective in lower case names it too
        entry = entry_named(written_case(name, raw[:1].upper() + raw[1:]))
        if entry is not None and entry.type == "city":
            return entry
    return None
