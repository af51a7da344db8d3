"""Write factx/data/places/okato.tsv: the ОКАТО code of every Russian city the gazetteer knows, from the
city table of the public repository hflabs/city (city.csv, built from the tax service's address
register and Rosstat's ОКАТО): only each city's name and code are taken.

Run `.venv/bin/python tools/okato.py PATH/TO/city.csv`. A city matches a row of the same name whose
code begins with its region's two ОКАТО digits (data/places/codes.tsv); the code is written without
its trailing zero groups, as the regions' are ("79403" for Адыгейск, "45" for Москва). A city that
heads its own district stands in the "area" column.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from factx.vocab import table

OUT = Path(__file__).resolve().parents[1] / "factx" / "data" / "places" / "okato.tsv"


def short(code: str) -> str:
    """An 11-digit code without its trailing groups of zeros: "79403000000" → "79403"."""
    while len(code) > 2 and code.endswith("000"):
        code = code[:-3]
    return code


def main() -> None:
    regions = {r["name"]: r["okato"] for r in table("places/codes.tsv") if r["okato"]}
    with Path(sys.argv[1]).open(encoding="utf-8") as f:
        by_name: dict[str, list[str]] = {}
        for row in csv.DictReader(f):
            name = (row["city"] or row["area"] or row["region"]).replace("ё", "е")
            by_name.setdefault(name, []).append(row["okato"])
    found = []
    for row in table("places/ru.tsv"):
        region = regions.get(row["parent"])
        if row["type"] != "city" or row["canonical"] or region is None:
            continue
        codes = [c for c in by_name.get(row["name"].replace("ё", "е"), []) if c.startswith(region[:2])]
        if len(codes) == 1:
            found.append((row["name"], short(codes[0])))
    header = (
        "# ОКАТО of Russian cities, from the city table (city.csv) of the public repository hflabs/city;\n"
        "# written by tools/okato.py: names and codes only\nname\tokato\n"
    )
    OUT.write_text(header + "".join(f"{n}\t{c}\n" for n, c in found), encoding="utf-8")
    print(f"{len(found)} of the gazetteer's Russian cities → {OUT}")


if __name__ == "__main__":
    main()
