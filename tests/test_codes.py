"""Official codes: every region of Kazakhstan and every federal subject of Russia, named in a sentence,
gives its place record and the figure about it the ISO 3166-2 and КАТО / ОКАТО codes of the official
lists (tests/data/official_codes.tsv, typed from them); cities, districts and villages give their
region. Where pycountry is installed, the shipped ISO codes are checked against it too."""

from __future__ import annotations

import csv
import re

import pytest

from factx.pipeline import Extractor
from factx.vocab import table

from .conftest import DATA

with (DATA / "official_codes.tsv").open(encoding="utf-8") as f:
    OFFICIAL = list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))


@pytest.mark.parametrize("row", OFFICIAL, ids=[r["written"] for r in OFFICIAL])
def test_every_region_resolves_to_its_official_codes(extractor: Extractor, row: dict[str, str]) -> None:
    facts = extractor.extract(f"В {row['written']} построили 5 школ.")
    assert sorted(f.kind for f in facts) == ["place", "quantity"]
    for fact in facts:
        assert (fact.place_iso, fact.place_kato, fact.place_okato) == (  # type: ignore[attr-defined]
            row["iso"],
            row["kato"] or None,
            row["okato"] or None,
        )
        assert fact.region_iso == row["iso"]  # type: ignore[attr-defined]  # a region is its own region


def test_the_list_is_whole() -> None:
    """20 units of Kazakhstan; Russia's 83 of ISO 3166-2 and the six it claims."""
    codes = {r["iso"] for r in OFFICIAL}
    assert sum(c.startswith("KZ-") for c in codes) == 20
    assert sum(c.startswith("RU-") for c in codes) == 83
    assert sum(c.startswith("UA-") for c in codes) == 6


@pytest.mark.parametrize(
    ("text", "mention", "kind", "iso", "kato", "okato", "region", "region_iso"),
    [
        ("В Кокшетау открыли 2 завода.", "Кокшетау", "city", None, "111010000", None, "Акмолинская область",
         "KZ-11"),
        ("В Нур-Султане открыли 2 завода.", "Нур-Султане", "city", "KZ-71", "710000000", None, "Астана",
         "KZ-71"),
        ("Карагандинская область: в Осакаровском районе открыли 2 завода.", "Осакаровском районе", "district",
         None, "355600000", None, "Карагандинская область", "KZ-35"),
        ("В Новокузнецке открыли 2 завода.", "Новокузнецке", "city", None, None, "32431",
         "Кемеровская область — Кузбасс", "RU-KEM"),
        ("В Казахстане открыли 2 завода.", "Казахстане", "country", "KZ", None, None, None, None),
        ("В Германии открыли 2 завода.", "Германии", "country", "DE", None, None, None, None),
    ],
)  # fmt: skip
def test_places_below_a_region_give_their_region(
    extractor: Extractor,
    text: str,
    mention: str,
    kind: str,
    iso: str | None,
    kato: str | None,
    okato: str | None,
    region: str | None,
    region_iso: str | None,
) -> None:
    facts = extractor.extract(text)
    place = next(f for f in facts if f.text == mention)
    figure = next(f for f in facts if f.kind != "place")
    assert place.type == kind  # type: ignore[attr-defined]
    for fact in (place, figure):
        got = (fact.place_iso, fact.place_kato, fact.place_okato, fact.region, fact.region_iso)  # type: ignore[attr-defined]
        assert got == (iso, kato, okato, region, region_iso)


def test_villages_and_districts_of_kazakhstan_need_kazakhstan_in_the_text(extractor: Extractor) -> None:
    """Russia has its "Успенское" and "Осакаровский район" might be anywhere: no КАТО code unless the
    text names Kazakhstan, one of its regions or cities."""
    for text in ("В Осакаровском районе открыли 2 завода.", "В селе Байжансай открыли 2 завода."):
        assert all(f.place_kato is None and f.region is None for f in extractor.extract(text))  # type: ignore[attr-defined]
    (_, village) = extractor.extract("Туркестанская область: в селе Байжансай открыли клуб.")
    assert (village.place_kato, village.region) == ("613639180", "Туркестанская область")  # type: ignore[attr-defined]


def test_city_codes_lie_in_their_region() -> None:
    """A Russian city's ОКАТО begins with its region's; a КАТО unit's with its region's."""
    regions = {r["name"]: r for r in table("places/codes.tsv")}
    parents = {r["name"]: r["parent"] for r in table("places/ru.tsv") if r["type"] == "city"}
    for row in table("places/okato.tsv"):
        assert row["okato"].startswith(regions[parents[row["name"]]]["okato"][:2]), row
    for row in table("places/kato.tsv"):
        assert row["kato"][:2] == regions[row["region"]]["kato"][:2], row


def test_unknown_place_has_no_codes(extractor: Extractor) -> None:
    (figure,) = extractor.extract("Построили 5 школ.")
    assert (figure.place_iso, figure.region) == (None, None)  # type: ignore[attr-defined]


def test_every_first_level_row_of_the_gazetteer_has_codes() -> None:
    coded = {r["name"] for r in table("places/codes.tsv")}
    for name in ("places/kz.tsv", "places/ru.tsv"):
        for row in table(name):
            first_level = row["type"] == "region" or row["parent"] in ("Казахстан", "Россия")
            if first_level and not row["canonical"] and row["type"] != "other":
                assert row["name"] in coded, row["name"]


CYRILLIC = "абвгдезийклмнопрстуфхцчшщъыьэюя"
ROMAN = "a b v g d e z i y k l m n o p r s t u f kh ts ch sh shch - y ' e yu ya".replace("-", "").split(" ")
LATIN = dict(zip(CYRILLIC, ROMAN, strict=True))


def _latin(word: str) -> str:
    """BGN/PCGN romanisation, as ISO 3166-2 writes Russian names: "Еврейская" → "yevreyskaya"."""
    word = word.lower().replace("ё", "е")
    if word == "саха":
        return "saha"  # ISO's own spelling of this one name
    return "".join(
        ("ye" if c == "е" and (k == 0 or word[k - 1] in "аеиоуыэюяьъ") else "zh" if c == "ж" else LATIN[c])
        for k, c in enumerate(word)
        if c in LATIN or c in "еж"
    )


def test_shipped_iso_codes_agree_with_pycountry() -> None:
    pycountry = pytest.importorskip("pycountry", reason="pycountry checks the ISO codes where installed")
    generic = {"respublika", "oblast'", "kray", "avtonomnyy", "avtonomnaya", "okrug"}
    no_code = {r["name"] for r in table("places/codes.tsv") if not r["iso"]}
    for row in table("places/codes.tsv"):
        if not row["iso"]:
            continue
        subdivision = pycountry.subdivisions.get(code=row["iso"])
        assert subdivision is not None, row["iso"]
        if row["kato"]:
            assert row["iso"] == f"KZ-{row['kato'][:2]}"  # ISO's numbers are КАТО's regions
        if row["iso"].startswith("RU-"):
            ours = {_latin(w)[:4] for w in re.findall(r"\w+", row["name"])} - {g[:4] for g in generic}
            theirs = {w.lower()[:4] for w in re.findall(r"[\w']+", subdivision.name)}
            assert ours & theirs, (row["name"], subdivision.name)
    for name in ("places/kz.tsv", "places/ru.tsv", "places/world.tsv"):
        for row in table(name):
            if row["type"] == "country" and (row["canonical"] or row["name"]) not in no_code:
                assert pycountry.countries.get(alpha_2=row["country"]) is not None, row["name"]
