"""Write factx/data/places/kato.tsv from the statistics office's КАТО table (Классификатор
административно-территориальных объектов, Бюро национальной статистики РК): every city, district
and settlement (село, посёлок) of Kazakhstan with its code, district and region.

The table is the Russian-language export of 17.10.2022 (id;parent_id;code;name, 16,264 units), as
kept in the public repository nikita-astakhnovich-idf/CsvParser (src/main/resources/
KATO_17.10.2022_ru.csv). Run `.venv/bin/python tools/kato.py PATH/TO/KATO.csv` after a newer export;
only names and codes are taken. Kazakh letters are written as Russian news writes them ("Қонаев" →
"Конаев"); rural and city administrations, farms, stations, sidings and winter camps are left out.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "factx" / "data" / "places" / "kato.tsv"
KAZAKH = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
# The table's names of the first-level units, as the gazetteer names them.
REGIONS = {
    "область Абай": "Абайская область",
    "область Жетісу": "Жетысуская область",
    "область Ұлытау": "Улытауская область",
    "г.Астана": "Астана",
    "г.Алматы": "Алматы",
    "г.Шымкент": "Шымкент",
}
KINDS = (  # the prefix of a unit's name, and the type of place it names
    (re.compile(r"^г\.\s*(?!а\.)"), "city"),
    (re.compile(r"^[сп]\.\s*(?![оа]\.|им\.)"), "settlement"),
)
DISTRICT = re.compile(r"^(?:\S+ район|район .+)$")
CITY_ADMINISTRATION = re.compile(r"^(.+) Г\.А\.$")  # a city of regional significance and its villages


def _unit(name: str) -> tuple[str, str] | None:
    """The name without its prefix and the unit's type, or None for a unit that is no place."""
    if DISTRICT.match(name):
        return name, "district"
    for prefix, kind in KINDS:
        if prefix.match(name):
            bare = prefix.sub("", name).strip()
            return (bare, kind) if re.match(r"^[А-ЯЁ]", bare) else None
    return None


def rows(path: Path) -> list[tuple[str, str, str, str, str]]:
    with path.open(encoding="utf-8-sig") as f:
        table = {r["id"]: r for r in csv.DictReader(f, delimiter=";")}
    out = []
    for r in table.values():
        name = " ".join(r["name"].replace("им.", "имени ").replace("Район ", "район ").split())
        name = name.translate(KAZAKH)
        unit = _unit(name)
        if unit is None or r["parent_id"] == "0":
            continue
        district, up = "", table.get(r["parent_id"])
        while up is not None and up["parent_id"] != "0":
            above = " ".join(up["name"].split()).translate(KAZAKH)
            administration = CITY_ADMINISTRATION.match(above)
            if not district and (DISTRICT.match(above) or administration):
                district = administration.group(1) if administration else above
            up = table.get(up["parent_id"])
        if up is None:
            continue
        region = REGIONS.get(up["name"].strip(), up["name"].strip())
        out.append((*unit, r["code"], "" if district == unit[0] else district, region))
    return sorted(out, key=lambda row: row[2])


def main() -> None:
    found = rows(Path(sys.argv[1]))
    header = (
        "# КАТО (Бюро национальной статистики РК), export of 17.10.2022 as kept in the public repository\n"
        "# nikita-astakhnovich-idf/CsvParser; written by tools/kato.py: names and codes only\n"
        "name\ttype\tkato\tdistrict\tregion\n"
    )
    OUT.write_text(header + "".join("\t".join(row) + "\n" for row in found), encoding="utf-8")
    print(f"{len(found)} units → {OUT}")


if __name__ == "__main__":
    main()
