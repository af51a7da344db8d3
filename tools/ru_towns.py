"""Add to the gazetteer (factx/data/places/ru.tsv) every Russian town it lacks, from the city table
(city.csv) of the public repository hflabs/city: 1,117 towns with town status, each with its ОКАТО.

Run `.venv/bin/python tools/ru_towns.py PATH/TO/city.csv`, then `tools/okato.py` with the same file
for the new towns' codes. A town's region is the federal subject of codes.tsv whose ОКАТО shares its
code's first two digits; where several do (Тюменская область, Югра and Ямал are all "71"), the one
whose name the table's region name begins ("Ханты-Мансийский Автономный округ - Югра"). Left out:
names the gazetteer has already, names two towns share (no single region), towns of regions the
gazetteer keeps outside Russia (Crimea), names of rivers and lakes that features.txt keeps from
being places (Обь, Онега: the river is the likelier), and names the dictionary knows as a word or
a person and not as a place ("Свободный", "Зима", "Гусев"): at a sentence's or a headline's capital
they would be false places. A name it knows as a place and as something else ("Шелехов", "Луга") is added and
listed in ambiguous.txt, whose guards want more than a capital letter. Both files keep the tool's
rows in a block of their own, replaced on each run.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from factx.places.names import name_forms
from factx.text.morph import is_known, parses
from factx.vocab import table, words

PLACES = Path(__file__).resolve().parents[1] / "factx" / "data" / "places"
MARK = (
    "# Russian towns the rows above lack, from the city table (city.csv) of the public repository hflabs/city"
)
PERSON = ("Name", "Surn", "Patr")


def kind(name: str) -> str:
    """ "word" for a name the dictionary knows as a word or a person rather than as a place, or one
    a case form of which is a first name ("Коле" of Кола); "ambiguous" for one it knows as a place
    and as something else, or a case form of which reads first as something else ("Обе" of Обь,
    "Реже" of Реж), save an adjective's form ("Александровском" of Александровск, which the guard
    of adjectives before their noun turns down); "" for a plain place name."""
    word = name.lower()
    if " " in word:
        return ""
    readings = parses(word)
    forms = [parses(f) for (f,) in name_forms(name) if is_known(f)]
    if is_known(word) and (
        not any("Geox" in p.tag for p in readings) or any(t in readings[0].tag for t in PERSON)
    ):
        return "word"
    if any("Name" in p.tag for found in forms for p in found):
        return "word"
    others = (p for p in readings if "Geox" not in p.tag) if is_known(word) else ()
    other_forms = (f[0] for f in forms if "Geox" not in f[0].tag and f[0].tag.POS != "ADJF")
    return "ambiguous" if any(others) or any(other_forms) else ""


def rewrite(path: Path, lines: list[str]) -> str:
    """Replace the tool's block at the end of a data file with these lines; the text before it."""
    text = path.read_text(encoding="utf-8")
    kept = text.split(f"{MARK}\n")[0].rstrip("\n") + "\n"
    path.write_text(kept + "".join(f"{line}\n" for line in [MARK, *lines]), encoding="utf-8")
    return kept


def subject(names: list[str], region_name: str) -> str | None:
    """The one federal subject of these, or the one whose first word the table's region name has."""
    if len(names) < 2:
        return names[0] if names else None
    first = region_name.split()[0].lower()
    return next((n for n in names if n.lower().split()[0] == first), None)


def main() -> None:
    regions = [(r["okato"][:2], r["name"]) for r in table("places/codes.tsv") if r["okato"]]
    russian = {r["name"] for r in table("places/ru.tsv") if r["type"] == "region"}
    own = rewrite(PLACES / "ru.tsv", [])  # the gazetteer as it is without the tool's rows
    rewrite(PLACES / "ambiguous.txt", [])
    names = [ln.split("\t")[0] for ln in own.splitlines()]
    names += [r["name"] for f in ("kz", "world") for r in table(f"places/{f}.tsv")]
    known = {n.replace("ё", "е") for n in names}
    with Path(sys.argv[1]).open(encoding="utf-8") as f:
        towns = [
            (r["city"] or r["area"], r["okato"], r["region"])
            for r in csv.DictReader(f)
            if r["city"] or r["area"]
        ]
    shared = Counter(name.replace("ё", "е") for name, _, _ in towns)
    added: list[tuple[str, str]] = []
    left: Counter[str] = Counter()
    for name, code, region_name in towns:
        region = subject([n for o, n in regions if o == code[:2]], region_name)
        folded = name.replace("ё", "е")
        reason = (
            "known"
            if folded in known
            else "shared"
            if shared[folded] > 1
            else "region"
            if region not in russian
            else "feature"
            if name.lower() in words("places/features.txt")
            else kind(name)
            if kind(name) == "word"
            else ""
        )
        if reason:
            left[reason] += 1
        else:
            added.append((name, region or ""))
    rewrite(PLACES / "ru.tsv", [f"{n}\tcity\tRU\t\t\t{r}" for n, r in sorted(added)])
    rewrite(PLACES / "ambiguous.txt", sorted(n for n, _ in added if kind(n) == "ambiguous"))
    print(f"{len(added)} towns added; left out: {dict(left)}")


if __name__ == "__main__":
    main()
