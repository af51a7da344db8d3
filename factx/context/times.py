"""Time expressions: every way a text names the time a figure covers, found once per text.

"в 2024 году", "2019–2024 годы", "с 2019 по 2024 годы", "в январе–сентябре 2020 года", "в I квартале
2024 года", "за первое полугодие", "за 11 месяцев", "в июне", "в текущем году", "годом ранее",
"за аналогичный период прошлого года", "с начала года", "к 2030 году", "до конца года", "к концу года",
"в первой половине года", "в ближайшие три года".
An expression may leave its year to the document's date or to the period that frames it.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, repeat
from operator import gt, sub

from ..numbers import numerals
from ..text.doc import Doc
from ..vocab import alternation, lemma_forms, month_names, stems, table, word_start_alternation, words
from .time_expr import TimeExpr

Y = r"(1[89]\d\d|20\d\d)"
# Patterns open with a letter or digit and only then look behind for what \b says: one that opens with
# \b has the regex engine try every position of a window, one that opens with a letter lets it skip there.
YEAR_AT_WORD = r"1(?<!\w1)[89]\d\d|2(?<!\w2)0\d\d"
GOD = r"(?:год[а-я]*|гг?\.?)(?![а-я])"
BACK_WORDS = r"(?:последни|прошедши|истекши|минувши)[а-я]+"  # "за последние три года": back from now


@cache
def _month_forms() -> dict[str, int]:
    return {form: month for name, month in month_names("nomn").items() for form in lemma_forms(name)}


@cache
def _relative() -> dict[str, int]:
    return {row["stem"]: int(row["offset"]) for row in table("time/relative_years.tsv")}


@cache
def _part_numbers() -> dict[str, int]:
    found = {}
    for row in table("time/part_ordinals.tsv"):
        forms = lemma_forms(row["form"]) if row["form"].isalpha() and len(row["form"]) > 3 else {row["form"]}
        found.update({form: int(row["value"]) for form in forms})
    return found


@cache
def _compiled(k: int) -> re.Pattern[str]:
    """The k-th pattern, compiled when a text first needs it: compiling all of them is a tenth of
    factx's start-up, and most texts need a few."""
    return re.compile(_patterns()[k][0])


@cache
def _patterns() -> tuple[tuple[str, str], ...]:
    """Each time expression as a pattern and the kind of expression it finds."""
    month = f"(?:{alternation(_month_forms())})"
    # "в прошлом рекордном (по урожаю) году"
    between = r"(?:\s+[а-я]{2,}(?:ом|ем|ого|его)(?:\s+по\s+[а-я]+)?)?"
    # one year, not many: "за прошедшие годы", "в прошлые годы" name no year
    one_year = r"год(?:а|у|ом|е)?(?![а-я])"
    rel = rf"(?:{'|'.join(_relative())})[а-я]*{between}\s+{one_year}"
    rel_at_word = rf"(?:{word_start_alternation(_relative())})[а-я]*{between}\s+{one_year}"
    # "2024 года", "2024-го" ("в мае 2024-го"), "прошлого года", "т. г."
    year_end = rf"(?:\s*(?:-?[а-я]{{1,2}}\s+)?{GOD}|\s*-\s*(?:го|м|й|му)(?![а-я]))"
    year_spec = rf"(?:(?P<y>{Y[1:-1]}){year_end}|(?P<rel>{rel})|(?P<tg>т\.\s*г\.))"
    part_no = rf"(?P<n>{alternation(_part_numbers())})(?:\s*-\s*[а-я]{{1,2}})?"
    count = r"(?P<count>\d{1,2}|[а-я]+)"
    return tuple(
        (pattern, kind)
        for pattern, kind in (
            (
                rf"[сc](?<!\w[сc])\s+(?P<a>{Y[1:-1]})\s+(?:по|до)\s+(?P<b>{Y[1:-1]})(?:\s*(?:-?х\s+)?{GOD})?",
                "years",
            ),
            (rf"(?P<a>{YEAR_AT_WORD})\s*-\s*(?P<b>{Y[1:-1]})(?:\s*-?х)?(?:\s*{GOD})?", "years"),
            (rf"(?P<a>{YEAR_AT_WORD})\s*/\s*(?P<b>{Y[1:-1]})(?!\d)", "years"),  # "в 2022/2023 учебном году"
            (rf"(?P<a>{YEAR_AT_WORD})\s+и\s+(?P<b>{Y[1:-1]})\s*{GOD}", "years"),  # "в 2023 и 2024 годах"
            (
                rf"\b(?:[сc]\s+)?(?P<m1>{month})\s*(?:-|по)\s*(?P<m2>{month})"
                rf"(?:\s+(?:{year_spec}|(?P<bare>{Y[1:-1]})(?!\d)))?",
                "months",
            ),
            (
                rf"(?:в(?<!\wв)о?|з(?<!\wз)а|н(?<!\wн)а|п(?<!\wп)о\s+итогам)\s+(?P<m1>{month})(?![а-я])(?!\s*-\s*[а-я])"
                rf"(?:\s+{year_spec})?",
                "month",
            ),
            (rf"\b{part_no}\s+квартал[а-я]*(?:\s+{year_spec})?", "quarter"),
            (rf"\b{part_no}\s+полугоди[а-я]*(?:\s+{year_spec})?", "half"),
            (rf"\b{part_no}\s+половин[а-я]*\s+(?:{year_spec}|года)", "half"),  # "в первой половине года"
            (  # "по итогам полугодия", "за полгода": the first half, as reported in its summer
                rf"(?:п(?<!\wп)о\s+итогам|з(?<!\wз)а|и(?<!\wи)тог[а-я]*)\s+(?:перв[а-я]+\s+)?(?:полугоди[а-я]*|полгода)"
                rf"(?:\s+{year_spec})?",
                "first_half",
            ),
            (  # "по итогам трех кварталов 2025 года": the quarters of a year so far
                rf"(?:з(?<!\wз)а|п(?<!\wп)о\s+итогам|в(?<!\wв)\s+течение)\s+(?:перв[а-я]+\s+)?{count}\s+квартал[а-я]*"
                rf"(?:\s+{year_spec})?",
                "quarters",
            ),
            (
                rf"(?:(?:з(?<!\wз)а|п(?<!\wп)о\s+итогам|в(?<!\wв)\s+течение)\s+(?:перв[а-я]+\s+)?|в(?<!\wв)\s+перв[а-я]+\s+)"
                rf"{count}\s+(?:месяц[а-я]*|мес\b\.?)"
                rf"(?:\s+{year_spec})?",
                "count",
            ),
            (
                rf"(?:з(?<!\wз)а|в(?<!\wв)\s+течение)\s+(?:{BACK_WORDS}\s+)?{count}"
                rf"\s+(?:{BACK_WORDS}\s+)?(?:года|лет)(?![а-я])",
                "span",
            ),
            (
                rf"(?:б(?<!\wб)лижайш|с(?<!\wс)ледующ|п(?<!\wп)редстоящ)[а-я]+\s+{count}\s+(?:года|лет)(?![а-я])",
                "ahead",
            ),
            (  # "за время действия программы", "за годы реализации проекта": the programme's years
                r"(?:з(?<!\wз)а|в(?<!\wв)\s+течение)\s+(?:вс[её]\s+|весь\s+)?(?:время|годы|период|срок)\s+"
                r"(?:действия|реализации)\s+(?:[а-я]+\s+)?(?:программ|проект|нацпроект|госпрограмм|план)[а-я]*",
                "programme",
            ),
            (rf"с(?<!\wс)\s+начала\s+(?:{year_spec}|года)", "since_start"),
            (  # "на конец 2024 года"; "к концу 2017 года составило", whose verb tells if it is a deadline
                rf"(?:н(?<!\wн)а\s+(?:начало|конец)|к(?<!\wк)\s+(?:началу|концу))\s+(?:{year_spec}|(?P<this>года))",
                "as_of",
            ),
            (rf"н(?<!\wн)а\s+\d{{1,2}}\s+(?P<m1>{month})(?![а-я])(?:\s+{year_spec})?", "month"),
            (rf"д(?<!\wд)о\s+конца\s+(?:{year_spec}|года)", "until_end"),
            (rf"п(?<!\wп)о\s+итогам\s+(?:{year_spec}|года)", "year_end"),
            (  # "годом ранее", "год назад", "на 3% ниже год к году", "прошлогодний"
                r"(?:г(?<!\wг)од(?:ом\s+ран(?:ее|ьше)|\s+назад|\s+к\s+году)|п(?<!\wп)рошлогодн[а-я]*)",
                "earlier",
            ),
            (
                r"(?:а(?<!\wа)налогичн[а-я]*|т(?<!\wт)(?:от|ого|ем|ом)\s+же|т(?<!\wт)ак(?:ой|ого|им|ом)\s+же)\s+"
                r"период[а-я]*(?:\s+(?:прошлого|предыдущего)\s+года)?",
                "earlier",
            ),
            (rf"(?P<prep>к(?<!\wк)|д(?<!\wд)о)\s+(?P<y>{Y[1:-1]})\s*{GOD}", "target"),
            (
                rf"(?:н(?<!\wн)ачиная\s+[сc]|[сc](?<!\w[сc]))\s+(?P<y>{Y[1:-1]})\s*(?:года|г\.)(?![а-я])",
                "since",
            ),
            (
                rf"(?:н(?<!\wн)ачиная\s+[сc]|[сc](?<!\w[сc]))\s+(?P<m1>{month})\s+(?P<y>{Y[1:-1]})\s*(?:года|г\.)(?![а-я])",
                "since",
            ),
            (rf"(?P<y>{YEAR_AT_WORD})\s*(?:-?[а-я]{{1,2}}\s+)?{GOD}", "year"),
            (rf"(?:в(?<!\wв)|н(?<!\wн)а)\s+(?P<y>{Y[1:-1]})(?:-й|(?=\s*[-,]))", "year"),
            (rf"(?P<y>{YEAR_AT_WORD})\s*-\s*(?:го|м|й|му)(?![а-я])", "year"),  # "по итогам 2023-го"
            (rf"и(?<!\wи)тог[а-я]*\s*[-–:]?\s*(?P<y>{Y[1:-1]})(?!\d)", "year"),  # "Итоги-2023"
            (rf"(?<=[а-я])-(?P<y>{Y[1:-1]})(?!\d)", "named_year"),  # "посевная-2024", "бюджет-2025"
            (rf"(?<![\d.,/])(?P<y>{Y[1:-1]})(?=\s*:\s*[а-я])", "year"),  # "2023: итоги года", "– 2023: итоги"
            (rf"\(\s*(?P<y>{Y[1:-1]})\s*\)", "year"),  # "в цифрах (2023)"
            (  # "уборочной кампании 2023": a season's year written bare
                rf"(?:{word_start_alternation(words('time/season_nouns.txt'))})[а-я]*\s+(?P<y>{Y[1:-1]})"
                rf"(?![\d/–-])(?!\s*(?:{GOD}|[-–/]))",
                "year",
            ),
            (rf"(?P<rel>{rel_at_word})", "relative"),
            (rf"(?<![а-я])(?:{alternation(words('time/now_phrases.txt'))})(?![а-я])", "now"),
            (r"п(?<![а-я]п)ока(?![а-я])", "still"),  # "но пока не хватает 190 врачей"
        )
    )


def _year_fields(m: re.Match[str]) -> dict[str, object]:
    """The year part of a match: written out, or relative to the document's year."""
    groups = m.groupdict()
    if groups.get("y") or groups.get("bare"):
        year = int(groups["y"] or groups["bare"])
        return {"years": (year, year)}
    if groups.get("tg"):  # "т. г.", текущего года
        return {"offset": 0}
    if groups.get("rel"):
        stem = next(s for s in _relative() if groups["rel"].startswith(s))
        return {"offset": _relative()[stem]}
    return {}


def _fields(m: re.Match[str], kind: str) -> dict[str, object] | None:
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
        months = _month_forms()
        first = months[g["m1"]]
        last = months[g["m2"]] if g.get("m2") else first
        return {**_year_fields(m), "months": (first, last)} if first <= last else None
    if kind in ("quarter", "half"):
        n = _part_numbers()[g["n"]]
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
        since_month = _month_forms().get(m.groupdict().get("m1") or "")
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


# Words one of which a text must hold for a kind of expression to be looked for at all.
GATES = {
    "quarter": ("квартал",),
    "half": ("полугод", "половин"),
    "first_half": ("полугод", "полгода"),
    "quarters": ("квартал",),
    "count": ("месяц", "мес"),
    "since_start": ("начала",),
    "until_end": ("конца",),
    "year_end": ("итогам",),
    "earlier": ("ранее", "раньше", "назад", "прошлогодн", "период", "к году"),
    "now": ("сегодня", "сейчас", "настоящ", "момент", "ныне", "недел", "месяц", "днях"),
    "still": ("пока",),
    "span": ("года", "лет"),
    "programme": ("действия", "реализации"),
    "ahead": ("ближайш", "следующ", "предстоящ"),
    "as_of": ("начало", "конец", "началу", "концу"),
}


# "since" by a month needs a year too
YEAR_KINDS = frozenset({"years", "target", "year", "named_year", "since"})
MONTH_KINDS = frozenset({"months", "month"})
YEAR = re.compile(r"(?:1[89]|20)\d\d")
MONTH = re.compile(r"январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр")


def _kinds_held(lower: str, start: int, end: int) -> frozenset[str]:
    """The kinds of expression a window may hold, from the words each needs: a pattern is run only
    where it can match, since scanning is what costs."""
    window = lower[start:end]
    held = {kind for kind, gates in GATES.items() if any(map(window.__contains__, gates))}
    if YEAR.search(lower, start, end):
        held |= YEAR_KINDS
    if MONTH.search(lower, start, end):
        held |= MONTH_KINDS
    if lower.find("год", start, end) >= 0:
        held.add("relative")
    return frozenset(held)


# Every branch opens with a literal: the regex engine then skips the positions no branch starts at.
ANCHOR = re.compile(
    r"1[89]\d\d|20\d\d|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|квартал|полугод|месяц|мес\b|год|лет(?![а-я])|ранее|раньше|назад|прошлогодн|период|сегодня|сейчас|настоящ|момент|ныне"
    r"|недел|днях|пока|время\s+действия|срок\s+действия"
)
REACH = 60  # characters on each side of an anchor that an expression may take


def _windows(lower: str) -> list[tuple[int, int]]:
    """The stretches of text around the words every time expression holds (a year, a month, "год",
    "квартал"…), merged: the patterns are run there only."""
    found = list(ANCHOR.finditer(lower))
    if not found:
        return []
    starts, ends = list(map(re.Match.start, found)), list(map(re.Match.end, found))
    # Two anchors share a window when their reaches meet: at most 2 * REACH characters between them.
    # The cuts are found by C-level passes over the gaps, not a Python step per anchor ("год" is everywhere).
    apart = map(gt, map(sub, starts[1:], ends), repeat(2 * REACH))
    cuts = list(compress(range(1, len(found)), apart))
    firsts, lasts = [0, *cuts], [k - 1 for k in cuts] + [len(found) - 1]
    n = len(lower)
    return [(max(starts[a] - REACH, 0), min(ends[b] + REACH, n)) for a, b in zip(firsts, lasts, strict=True)]


def find_times(doc: Doc) -> list[TimeExpr]:
    """Every time expression of the text, left to right; where two overlap, the longer wins."""
    lower = doc.lower
    windows = _windows(lower)
    found: list[tuple[int, int, dict[str, object]]] = []
    for start, end in windows:
        held = _kinds_held(lower, start, end)
        for k, (_, kind) in enumerate(_patterns()):
            if kind not in held:
                continue
            for m in _compiled(k).finditer(lower, start, end):
                fields = _fields(m, kind)
                if fields is not None:
                    found.append((m.start(), m.end(), fields))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept: list[tuple[int, int, dict[str, object]]] = []
    for start, end, fields in found:
        if kept and start < kept[-1][1]:
            if end - start > kept[-1][1] - kept[-1][0]:
                kept[-1] = (start, end, fields)
            continue
        kept.append((start, end, fields))
    times = [TimeExpr(doc.token_at(s), doc.token_at(e), **f) for s, e, f in kept]  # type: ignore[arg-type]
    return [t for t in times if t.start < t.end]
