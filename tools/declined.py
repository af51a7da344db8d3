"""Write factx/data/places/declined.tsv: every case form of every name the gazetteer and КАТО's
villages hold, as factx.places.names.decline gives them, so that a process reads them instead of
declining 9,000 names again. Run it after changing the place lists or how names decline;
tests/test_declined.py fails until then:

    python tools/declined.py
"""

from __future__ import annotations

from pathlib import Path

from factx.places.names import DECLINED, decline, entry_names
from factx.places.settlements import village_names

TARGET = Path(__file__).resolve().parents[1] / "factx" / "data" / DECLINED
HEADER = (
    "# Case forms of the gazetteer's and КАТО's names: name, then its forms (words joined by a space,"
    " forms by |).\n# Written by tools/declined.py from the names in this folder; do not edit.\n"
)


def declined_names() -> list[str]:
    """The names a process declines: the gazetteer's rows and КАТО's villages."""
    return sorted({*entry_names(), *village_names()})


def main() -> None:
    lines = []
    for name in declined_names():
        forms = decline(name)
        if forms:
            lines.append(f"{name}\t{'|'.join(sorted(' '.join(form) for form in forms))}\n")
    TARGET.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"{TARGET}: {len(lines)} names")


if __name__ == "__main__":
    main()
