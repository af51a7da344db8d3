"""What a match of a time expression's pattern says (time_patterns.py): its years, months, offset
from the document's year and the like, or None when it is no time expression after all."""

from __future__ import annotations

import re

from ..numbers import numerals
from ..vocab import stems
from .time_patterns import BACK_WORDS, month_forms, part_numbers, relative_years


def _year_fields(m: re.Match[str]) -> dict[str, object]:
    """The year part of a match: written out, or relative to the document's year."""
    groups = m.groupdict()
    if groups.get("y") or groups.get("bare"):
        year = int(groups["y"] or groups["bare"])
        return {"years": (year, year)}
    if groups.get("tg"):  # "т. г.", текущего года
        return {"offset": 0}
    if groups.get("rel"):
        stem = next(s for s in relative_years() if groups["rel"].startswith(s))
        return {"offset": relative_years()[stem]}
    return {}


def fields_of(m: re.Match[str], kind: str) -> dict[str, object] | None:
    """What a match of a given kind says, or None when it is no time expression after all. A part of a
    year that names no year ("за 9 месяцев", "во II квартале", "до конца года") is of the year the
    text is written in, where its date shows it, even after a look back to another year."""
    found = _kind_fields(m, kind)
    if found is not None and kind in OWN_YEAR_PARTS and "years" not in found and "offset" not in found:
        found["text_year"] = True
    return found


OWN_YEAR_PARTS = frozenset({"quarter", "quarters", "half", "first_half", "count", "until_end", "year_end"})


def _kind_fields(m: re.Match[str], kind: str) -> dict[str, object] | None:
    g = m.groupdict()
    if kind == "years":
        first, last = int(g["a"]), int(g["b"])
        return {"years": (first, last)} if first < last else None
    if kind in ("months", "month"):
        months = month_forms()
        first = months[g["m1"]]
        last = months[g["m2"]] if g.get("m2") else first
        return {**_year_fields(m), "months": (first, last)} if first <= last else None
    if kind in ("quarter", "half"):
        n = part_numbers()[g["n"]]
        size = 3 if kind == "quarter" else 6
        if n * size > 12:
            return None
        return {**_year_fields(m), "months": (n * size - size + 1, n * size)}
    if kind == "first_half":
        return {**_year_fields(m), "months": (1, 6)}
    if kind == "count":
        count = _count(g["count"])
        return {**_year_fields(m), "months": (1, count)} if count is not None and 1 <= count <= 11 else None
    if kind == "quarters":  # "за три квартала": the year's first quarters
        quarters = _count(g["count"])
        return {**_year_fields(m), "months": (1, 3 * quarters)} if quarters in (2, 3) else None
    if kind == "programme":  # years counted as the programme's, however many
        return {"span": True}
    if kind in ("span", "ahead"):  # "за пять лет", "в ближайшие три года"
        count = _count(g["count"])
        back = kind == "span" and re.search(BACK_WORDS, m.group()) is not None  # "за последние три года"
        return {kind: True, "count": count, "back": back} if count is not None and count >= 2 else None
    if kind == "as_of":  # "на начало года", "на конец 2024 года": a point in that year
        return {"offset": 0} if g.get("this") else _year_fields(m)
    if kind == "since_start":
        return {**_year_fields(m), "since_start": True}
    if kind == "until_end":
        return {**_year_fields(m), "target": True}
    if kind == "earlier":  # "за тот же период" alone is the period just named, not the year before it
        same = m.group().startswith("т") and "год" not in m.group()
        return None if same and not _compares_before(m) else {"earlier": True}
    if kind == "since":
        since_month = month_forms().get(m.groupdict().get("m1") or "")
        return {**_year_fields(m), "since": True, **({"months": (since_month, 12)} if since_month else {})}
    if kind in ("now", "still"):
        return {"offset": 0, "now": True, "still": kind == "still"}
    if kind == "target":
        return {**_year_fields(m), "target": True}
    if kind == "named_year" and _programme_name(m):
        return None
    return _year_fields(m)


QUOTE_REACH = 80  # characters before a year where the opening quote of its name may stand
NAME_BEFORE = 16  # characters before a name (or before the year, unquoted) that may say it is a programme


def _programme_name(m: re.Match[str]) -> bool:
    """ "Стратегия-2050", "«Дорожная карта занятости-2025»": a year in the name of a programme is its
    horizon, no time the figures around it cover; the name runs from its opening quote, if any, and
    the word before it counts ("по программе «Бизнес-2025»"). An edition's year stays ("«Мисс
    Россия-2017»", "Посевная-2024")."""
    text, start = m.string, m.start()
    line = text[max(start - QUOTE_REACH, 0) : start].rpartition("\n")[2]
    quoted = line.count('"') % 2 == 1  # normalised text writes every quote as '"'
    name = line[max(line.rfind('"') - NAME_BEFORE, 0) :] if quoted else line[-NAME_BEFORE:]
    return any(w.startswith(stems("time/programme_names.txt")) for w in re.findall(r"[а-я]+", name))


COMPARING = ("сравнению с", "против", "относительно", "сравнении с")  # before "тем же периодом"


def _compares_before(m: re.Match[str]) -> bool:
    """ "по сравнению с тем же периодом": a comparison with the same period names the year before."""
    return m.string[max(m.start() - 20, 0) : m.start()].rstrip().endswith(COMPARING)


def _count(word: str) -> int | None:
    """ "11", "три": how many months or years an expression counts."""
    if word.isdigit():
        return int(word)
    numeral = numerals().get(word)
    return int(numeral.value) if numeral is not None and numeral.cls in ("unit", "teen") else None
