"""Official codes of a place by its gazetteer name: ISO 3166-2 (ISO 3166-1 alpha-2 for a country),
Kazakhstan's КАТО, Russia's ОКАТО, and the region a place lies in with that region's ISO code.

`region` is the first-level unit that holds the place — an oblast, a federal subject or a city of
republican or federal significance — and for such a unit itself the unit, so that every place of a
region, the region included, groups under one name. A country has no region. Sources: data/places/
codes.tsv (first-level units), data/places/kato.tsv (Kazakhstan's cities, districts and villages) and
data/places/okato.tsv (Russia's cities).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache

from ..text.morph import fold
from ..vocab import table
from .gazetteer import entry_named
from .names import FILES

FIELDS = ("place_iso", "place_kato", "place_okato", "region", "region_iso")
Codes = dict[str, str | None]
NONE: Codes = dict.fromkeys(FIELDS)
MAX_DEPTH = 4  # settlement → district → region → country
LOCAL_TYPES = ("city", "district", "settlement")
BEYOND_DOUBT = ("country", "region", "city")  # a village's or district's name may be Russia's too


@cache
def _first_level() -> dict[str, dict[str, str]]:
    return {row["name"]: row for row in table("places/codes.tsv")}


@cache
def _city_okato() -> dict[str, str]:
    return {row["name"]: row["okato"] for row in table("places/okato.tsv")}


@cache
def _country_of() -> dict[str, str]:
    """Every gazetteer name → the ISO 3166-1 alpha-2 code of its country."""
    return {row["name"]: row["country"] for name in FILES for row in table(name)}


@cache
def _countries() -> dict[str, str]:
    return {row["name"]: row["country"] for name in FILES for row in table(name) if row["type"] == "country"}


def in_kazakhstan(names: Iterable[str]) -> bool:
    """Whether a text names Kazakhstan, one of its regions or cities. Only then is a name the
    gazetteer does not know looked up among Kazakhstan's villages: "Успенское", "Степановка" are
    villages of Russia as well (and so are the gazetteer's "Молодёжный" or "Чапаев")."""
    for name in names:
        entry = entry_named(name)
        if entry is not None and entry.type in BEYOND_DOUBT and _country_of().get(entry.main) == "KZ":
            return True
    return False


@cache
def kato_units() -> dict[str, tuple[dict[str, str], ...]]:
    """КАТО's units by their own name; one name may be many villages in several regions."""
    found: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in table("places/kato.tsv"):
        found[fold(row["name"])].append(row)
    return {name: tuple(rows) for name, rows in found.items()}


@cache
def _kato_by_main() -> dict[str, tuple[dict[str, str], ...]]:
    """КАТО's units by the gazetteer's main name for them ("район Аксуат" is "Аксуатский район"):
    built only when a name is not one of КАТО's own, since it looks up every unit in the gazetteer."""
    found: dict[str, list[dict[str, str]]] = defaultdict(list)
    for rows in kato_units().values():
        for row in rows:
            entry = entry_named(row["name"])
            if entry is not None and entry.type == row["type"] and entry.main != row["name"]:
                found[fold(entry.main)].append(row)
    return {name: tuple(rows) for name, rows in found.items()}


def _region(name: str) -> str | None:
    """The first-level unit that holds the named place, following the gazetteer's parents."""
    for _ in range(MAX_DEPTH):
        if name in _first_level():
            return name
        entry = entry_named(name)
        if entry is None or entry.parent is None:
            return None
        name = entry.parent
    return None


def _kato(name: str, types: tuple[str, ...], region: str | None) -> list[dict[str, str]]:
    """The КАТО units of a city, district or village of that name (in that region where it is
    known): those of that very name first, else those the gazetteer names so."""
    for found in (kato_units, _kato_by_main):
        named = found().get(fold(name), ())
        units = [u for u in named if u["type"] in types and region in (None, u["region"])]
        if units:
            return units
    return []


WIDE_TYPES = ("region", "country")


@lru_cache(maxsize=100_000)
def codes_of(name: str | None, place_type: str | None = None, kazakhstan: bool = True) -> Codes:
    """The five code fields of a place given by its gazetteer name (a row's name, an old name or an
    alias: "Павлодарская область", "Кокшетау", "РК") and, where known, its type; every field None
    for a name none of the tables knows, and for a village or district of Kazakhstan (or a name the
    gazetteer lacks) in a text that names no region or city of Kazakhstan."""
    entry = entry_named(name) if name else None
    if entry is not None and entry.type in WIDE_TYPES and place_type not in (None, entry.type):
        entry = None  # "в селе Дон", "села Алтай": a village named as a region is no region
    doubtful = entry is None or (entry.type not in BEYOND_DOUBT and _country_of().get(entry.main) == "KZ")
    if not name or (doubtful and not kazakhstan):
        return NONE
    main = entry.main if entry is not None else name
    first = _first_level().get(main)
    if main in _countries():
        return {**NONE, "place_iso": (first["iso"] or None) if first else _countries()[main]}
    region = _region(main)
    unit = None
    if first is None:
        known = entry.type if entry is not None else place_type
        units = _kato(main, (known,) if known else LOCAL_TYPES, region)
        unit = units[0] if len(units) == 1 else None  # one of many villages of that name has no code
        regions = {u["region"] for u in units}
        region = region or (regions.pop() if len(regions) == 1 else None)
    region_row = _first_level().get(region or "")
    return {
        "place_iso": (first["iso"] or None) if first else None,
        "place_kato": (first["kato"] or None) if first else (unit["kato"] if unit else None),
        "place_okato": (first["okato"] or None) if first else _city_okato().get(main),
        "region": region,
        "region_iso": (region_row["iso"] or None) if region_row else None,
    }
