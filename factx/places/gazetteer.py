"""The place gazetteer: places looked up by the case forms of their names (names.py loads the rows of
Kazakhstan's, Russia's and the world's places and declines them once), and what a name says of its
place: a region read after "на", a capital, a macro-region, a federal district."""

from __future__ import annotations

from functools import cache

from ..vocab import table, words
from .names import FILES, ON_REGIONS, Entry, entries_by_name, name_forms


@cache
def gazetteer() -> dict[tuple[str, ...], Entry]:
    found: dict[tuple[str, ...], Entry] = {}
    for entry in entries_by_name().values():
        if entry.name in on_only_regions():
            continue
        for key in name_forms(entry.name):
            found.setdefault(key, entry)
    return found


@cache
def listed_adjectives() -> dict[str, dict[str, str]]:
    """Each form of the adjective of a gazetteer name "<adjective> <generic>" → {generic lemma: name}:
    the declined names know adjectives the dictionary lacks ("Казалинском" it reads as Казалинск)."""
    part = generic_words("part")
    found: dict[str, dict[str, str]] = {}
    for entry in entries_by_name().values():
        words_ = entry.name.split()
        if len(words_) == 2 and words_[1] in part:
            for key in name_forms(entry.name):
                found.setdefault(key[0], {}).setdefault(words_[1], entry.name)
    return found


@cache
def regions_after_on() -> dict[tuple[str, ...], Entry]:
    """The regions whose forms a town's name took first ("Алтай"): Russian says "на" of a region
    ("на Алтае", "на Кубани") and "в" of a town ("в Алтае"), so after "на" the region is read."""
    places = gazetteer()
    found: dict[tuple[str, ...], Entry] = {}
    for row in (row for name in FILES for row in table(name) if row["type"] == "region"):
        entry = Entry(row["name"], "region", None, row["canonical"] or row["name"], row["parent"] or None)
        found.update((key, entry) for key in name_forms(row["name"]) if places[key].type != "region")
    for name in on_only_regions():  # "на Дону": a region only there
        found.update((key, entries_by_name()[name]) for key in name_forms(name))
    return found


@cache
def on_only_regions() -> frozenset[str]:
    """The regions read only after "на" ("на Дону"), whose names are rivers' elsewhere."""
    return frozenset(row["name"] for row in table(ON_REGIONS))


@cache
def on_only_keys() -> frozenset[tuple[str, ...]]:
    """The forms of the regions read only after "на" ("дону")."""
    return frozenset(key for name in on_only_regions() for key in name_forms(name))


def entry_named(name: str) -> Entry | None:
    """The gazetteer's entry for a name as a row writes it ("Татарстан", "Карагандинская область"). A
    district the finder names by its noun ("район Байтерек", "район Маканчи") is the row of its
    adjective form ("Байтерекский район", "Маканчинский район"), which knows its region."""
    found = entries_by_name().get(name)
    if found is None and name.startswith("район "):
        short = name.removeprefix("район ")
        # Шемонаиха → Шемонаихинский, Шиели → Шиелийский
        adjectives = (f"{short}ский", f"{short}нский", f"{short[:-1]}инский", f"{short}йский")
        found = next(
            (entries_by_name()[f"{a} район"] for a in adjectives if f"{a} район" in entries_by_name()), None
        )
    return found


@cache
def capitals() -> dict[str, str]:
    return {row["country"]: row["capital"] for row in table("places/capitals.tsv")}


@cache
def generic_words(role: str) -> dict[str, str]:
    """Lemma → place type for the words that form part of a name or stand before one."""
    return {r["lemma"]: r["type"] for r in table("places/generic_words.tsv") if r["role"] == role}


@cache
def first_words() -> frozenset[str]:
    return frozenset(key[0] for key in gazetteer())


@cache
def ambiguous() -> frozenset[str]:
    return frozenset(name.replace("ё", "е") for name in words("places/ambiguous.txt"))


def is_place_abbreviation(raw: str) -> bool:
    """An all-capital word the gazetteer knows ("РК", "США"): a place, not what a number counts."""
    return (raw,) in gazetteer()


@cache
def macro_regions() -> frozenset[str]:
    """Names of parts bigger than a region and named by none (федеральные округа, Сибирь, Центральная
    Азия), with every other name of theirs (ЮФО): a figure about one has no single place."""
    main = words("places/macro_regions.txt")
    entries = entries_by_name().values()
    return frozenset(name for e in entries if e.main.lower() in main for name in (e.name, e.grouped))


@cache
def _standing_regions() -> dict[str, str]:
    return {row["part"]: row["region"] for row in table("places/standing_regions.tsv")}


def region_standing_for(name: str) -> str | None:
    """The one region a part of a country named for it stands for ("Восточный Казахстан" →
    Восточно-Казахстанская область) when a text speaks of the part as a region."""
    entry = entry_named(name)
    return _standing_regions().get(entry.main if entry else name)


def federal_district(name: str) -> bool:
    """A federal district ("Южный федеральный округ", "ЮФО"): a level of Russia's administration."""
    entry = entry_named(name)
    return entry is not None and entry.main.endswith("федеральный округ")


def russian_macro_region(name: str) -> bool:
    """A federal district or another part of Russia bigger than a region ("Сибирь", "Поволжье"): it
    frames figures for the context but is no place fact, as annotators count places (a country,
    region, district, city or settlement). Kazakhstan's parts ("Восточный Казахстан") often name one
    region and stay."""
    entry = entry_named(name)
    return entry is not None and entry.parent == "Россия" and name in macro_regions()
