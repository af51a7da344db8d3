"""The gazetteer's names, loaded: the rows of the place files as entries, and every case form of a
name (gazetteer.py looks places up by them).

Every name is declined by the ending of its nominative, so that "Сарани", "Жезказгане", "Нижнего
Новгорода" find "Сарань", "Жезказган", "Нижний Новгород" by a dictionary look-up. All-capital
abbreviations (РК, США) are kept as they are. The forms of the gazetteer's and КАТО's names are
stored in data/places/declined.tsv (written by tools/declined.py): reading them costs a tenth of
declining 9,000 names again in every process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import product

from ..text.morph import parses
from ..vocab import data_text, table

# Names that stand for the main one: an old name, an abbreviation, or an epithet that is no name of the
# unit itself ("Средний Урал" for Свердловская область); another current name ("Республика Казахстан",
# "Кубань") is no rename
CANONICAL_LINKS = frozenset({"old", "abbr", "epithet"})
FILES = ("places/kz.tsv", "places/ru.tsv", "places/world.tsv")
DECLINED = "places/declined.tsv"
ON_REGIONS = "places/on_regions.tsv"  # regions named by their river, read only after "на"
# Case endings (nominative, genitive, dative, accusative, instrumental, locative) by the ending of the
# nominative; the first matching row declines a word.  Words after a name's head noun do not decline
# ("Республики Казахстан").
PARADIGMS: tuple[tuple[str, tuple[str, ...], bool], ...] = (  # ending, case endings, is adjective
    ("ская", ("ская", "ской", "ской", "скую", "ской", "ской"), True),
    ("ая", ("ая", "ой", "ой", "ую", "ой", "ой"), True),
    ("яя", ("яя", "ей", "ей", "юю", "ей", "ей"), True),
    ("ний", ("ний", "него", "нему", "ний", "ним", "нем"), True),
    ("ий", ("ий", "ого", "ому", "ий", "им", "ом"), True),
    ("ый", ("ый", "ого", "ому", "ый", "ым", "ом"), True),
    ("ой", ("ой", "ого", "ому", "ой", "ым", "ом"), True),
    ("ое", ("ое", "ого", "ому", "ое", "ым", "ом"), True),
    ("ые", ("ые", "ых", "ым", "ые", "ыми", "ых"), True),
    ("ие", ("ие", "их", "им", "ие", "ими", "их"), True),
    ("ье", ("ье", "ья", "ью", "ье", "ьем", "ье"), False),  # Подмосковье, Приморье, Семиречье
    ("ия", ("ия", "ии", "ии", "ию", "ией", "ии"), False),
    ("га", ("га", "ги", "ге", "гу", "гой", "ге"), False),
    ("ка", ("ка", "ки", "ке", "ку", "кой", "ке"), False),
    ("ха", ("ха", "хи", "хе", "ху", "хой", "хе"), False),
    ("жа", ("жа", "жи", "же", "жу", "жей", "же"), False),
    ("ша", ("ша", "ши", "ше", "шу", "шей", "ше"), False),
    ("ча", ("ча", "чи", "че", "чу", "чей", "че"), False),
    *((f"{v}а", (f"{v}а",), False) for v in "аоеиуыэюя"),  # Самоа, Гоа: a vowel before "а" does not decline
    ("а", ("а", "ы", "е", "у", "ой", "е"), False),
    ("я", ("я", "и", "е", "ю", "ей", "е"), False),
    ("ь", ("ь", "и", "и", "ь", "ью", "и", "я", "ю", "ем", "е"), False),  # Сарань and Ярославль alike
    ("й", ("й", "я", "ю", "й", "ем", "е"), False),
)
INDECLINABLE_ENDINGS = tuple("оеиуыэю")
CONSONANT_CASES = ("", "а", "у", "", "ом", "е")
PLURAL_CASES = ("ы", "ов", "ам", "ы", "ами", "ах")
# A possessive adjective opening a name declines with its noun: "Сергиев Посад" → "Сергиевом Посаде"
POSSESSIVE_ENDINGS = ("ев", "ин")  # not "ов": "Остров Принца Эдуарда" is a noun
POSSESSIVE_CASES = ("", "а", "у", "", "ым", "ом")
# A town in -ово, -ево, -ино, -ыно is also declined as a noun ("в Кстове", "в Иванове"); only its
# locative is read, as the other cases are surnames' too ("Иванова", "Пушкина").
TOWN_LOCATIVES = (("ово", "ове"), ("ево", "еве"), ("ино", "ине"), ("ыно", "ыне"))


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    type: str
    canonical: str | None  # the current name, for an old name or an abbreviation
    main: str = ""  # the name of the row this one is another name of (itself for a main row)
    parent: str | None = None  # the place that contains it: a city's region, a region's country

    @property
    def grouped(self) -> str:
        """The name figures about this place are grouped under: the current name of an old name or
        an abbreviation, a country's short name for its official one ("Республика Казахстан" →
        Казахстан); any other name as it is ("Кубань", "Татарстан")."""
        if self.canonical:
            return self.canonical
        return self.main if self.type == "country" and self.main else self.name


@cache
def _paradigms_ending_in(letter: str) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """The paradigms whose ending ends in this letter, in PARADIGMS' order: the only ones a word
    ending in it may take (most names end in a consonant that none of them does)."""
    return tuple(p for p in PARADIGMS if p[0].endswith(letter))


def word_forms(word: str) -> tuple[tuple[str, ...], bool]:
    """The case forms of one word of a name (lower-cased), and whether it declines as an adjective."""
    for ending, cases, adjective in _paradigms_ending_in(word[-1:]):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return tuple(stem + c for c in cases), adjective
    if word.endswith(INDECLINABLE_ENDINGS):
        return (word,), False
    return tuple(word + c for c in CONSONANT_CASES), False


def _variants(word: str, plural: bool) -> list[tuple[tuple[str, ...], bool]]:
    """Ways a name's word may decline: "Кульсары" stays or goes plural ("в Кульсарах"); in
    "Каменск-Уральский" both halves decline ("Каменска-Уральского")."""
    forms, adjective = word_forms(word)
    variants = [(forms, adjective)]
    if word.endswith(("ы", "и")) and not adjective:
        variants.append((tuple(word[:-1] + c for c in PLURAL_CASES), False))
        if plural:
            variants = variants[1:]
    first, _, last = word.partition("-")
    if last and adjective:
        head = word_forms(first)[0]
        tails = [f[len(first) + 1 :] for f in forms]
        variants.append((tuple(f"{head[min(c, len(head) - 1)]}-{t}" for c, t in enumerate(tails)), True))
    return variants


def name_forms(name: str) -> frozenset[tuple[str, ...]]:
    """Every case form of a name as a tuple of lower-cased words: as stored, else declined now."""
    stored = _declined().get(name)
    if stored is None:
        return decline(name)
    return frozenset(tuple(form.split(" ")) for form in stored.split("|"))


@cache
def _declined() -> dict[str, str]:
    """The stored forms of each name, as lines of declined.tsv ("name<TAB>form|form|two words"),
    decoded only when a name is asked for."""
    lines = data_text(DECLINED).splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


def decline(name: str) -> frozenset[tuple[str, ...]]:
    """Every case form of a name; words after the head noun stay as they are ("Республики
    Казахстан"), and each side of a dash declines on its own ("Кемеровской области — Кузбасса",
    "Ханты-Мансийском автономном округе — Югре")."""
    sides = name.split(" — ")
    if len(sides) > 1:
        return frozenset(sum(forms, ()) for forms in product(*(_one_name_forms(side) for side in sides)))
    return frozenset(_one_name_forms(name))


def _one_name_forms(name: str) -> set[tuple[str, ...]]:
    parts = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name.replace("ё", "е"))
    if len(parts) == 1 and parts[0].isupper() and len(parts[0]) > 1:
        return {(parts[0],)}
    lowered = [p.lower() for p in parts]
    if len(lowered) == 1:  # most names: each form of each way the word declines
        found: set[tuple[str, ...]] = {(form,) for forms, _ in _variants(lowered[0], False) for form in forms}
        locative = _town_locative(name, lowered[0])
        return found | {(locative,)} if locative else found
    plural = len(lowered) > 1 and lowered[0].endswith(("ые", "ие"))  # "Набережные Челны"
    per_word: list[list[tuple[tuple[str, ...], bool]]] = []
    head_seen = False
    for n, word in enumerate(lowered):
        fixed: list[tuple[tuple[str, ...], bool]] = [((word,), False)]
        variants = fixed if head_seen else _variants(word, plural)
        if n and variants[0][1] and not head_seen:  # "Новый Уренгой": the noun after an adjective
            variants = _as_noun(word, variants)
        if not head_seen and n + 1 < len(lowered) and word.endswith(POSSESSIVE_ENDINGS):
            variants = [(tuple(word + c for c in POSSESSIVE_CASES), True)]  # "Сергиева Посада"
        per_word.append(variants)
        head_seen = head_seen or not variants[0][1]
    keys: set[tuple[str, ...]] = set()
    for combination in product(*per_word):
        forms = [f for f, _ in combination]
        width = max(len(f) for f in forms)
        keys.update(tuple(f[min(c, len(f) - 1)] for f in forms) for c in range(width))
    return keys


def _town_locative(name: str, word: str) -> str | None:
    entry = entries_by_name().get(name)
    if entry is None or entry.type != "city":
        return None
    return next((word[: -len(end)] + loc for end, loc in TOWN_LOCATIVES if word.endswith(end)), None)


def _as_noun(word: str, variants: list[tuple[tuple[str, ...], bool]]) -> list[tuple[tuple[str, ...], bool]]:
    """A word after an adjective that an adjective's ending would decline but the dictionary reads as a
    noun in the nominative declines as one ("Новый Уренгой" → "Новом Уренгое")."""
    first = parses(word)[:1]
    if not first or first[0].tag.POS != "NOUN" or first[0].tag.case != "nomn":
        return variants
    nouns = [p for p in _paradigms_ending_in(word[-1]) if not p[2] and word.endswith(p[0])]
    stem, cases = (word[: -len(nouns[0][0])], nouns[0][1]) if nouns else (word, CONSONANT_CASES)
    return [(tuple(stem + c for c in cases), False)]


def regional_name(region: str) -> str | None:
    """The informal name of a region made from its adjective: "Костанайская область" →
    Костанайщина, "Вологодская" → Вологодчина, "Липецкая" → Липетчина."""
    adjective, _, noun = region.partition(" ")
    if noun != "область" or "-" in adjective:
        return None
    if adjective.endswith("цкая"):
        return f"{adjective[:-4]}тчина"
    if not adjective.endswith("ская"):
        return None
    stem = adjective[:-4]
    return f"{stem}{'чина' if stem.endswith(('д', 'т')) else 'щина'}"


def entry_names() -> list[str]:
    """Every name of the gazetteer: its rows' names and the informal names of regions."""
    return list(entries_by_name())


@cache
def entries_by_name() -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for name in (*FILES, ON_REGIONS):
        for row in table(name):
            canonical = row["canonical"] if row["link"] in CANONICAL_LINKS else None
            entry = Entry(
                row["name"],
                row["type"],
                canonical or None,
                row["canonical"] or row["name"],
                row["parent"] or None,
            )
            entries.setdefault(row["name"], entry)
    for entry in list(entries.values()):
        informal = regional_name(entry.name) if entry.type == "region" and not entry.canonical else None
        if informal is not None:  # "Павлодарщина" as the rows write "Костанайщина"
            entries.setdefault(informal, Entry(informal, "region", None, entry.name, entry.parent))
    return entries
