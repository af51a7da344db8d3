"""The patterns of time expressions (times.py finds them), each with the kind of expression it
finds, and the month names, relative years and ordinals of parts of a year they are written from."""

from __future__ import annotations

import re
from functools import cache

from ..vocab import alternation, lemma_forms, month_names, table, word_start_alternation, words

Y = r"(1[89]\d\d|20\d\d)"
# Patterns open with a letter or digit and only then look behind for what \b says: one that opens with
# \b has the regex engine try every position of a window, one that opens with a letter lets it skip there.
YEAR_AT_WORD = r"1(?<!\w1)[89]\d\d|2(?<!\w2)0\d\d"
GOD = r"(?:год[а-я]*|гг?\.?)(?![а-я])"
BACK_WORDS = r"(?:последни|прошедши|истекши|минувши)[а-я]+"  # "за последние три года": back from now


@cache
def month_forms() -> dict[str, int]:
    return {form: month for name, month in month_names("nomn").items() for form in lemma_forms(name)}


@cache
def relative_years() -> dict[str, int]:
    return {row["stem"]: int(row["offset"]) for row in table("time/relative_years.tsv")}


@cache
def part_numbers() -> dict[str, int]:
    found = {}
    for row in table("time/part_ordinals.tsv"):
        forms = lemma_forms(row["form"]) if row["form"].isalpha() and len(row["form"]) > 3 else {row["form"]}
        found.update({form: int(row["value"]) for form in forms})
    return found


@cache
def compiled(k: int) -> re.Pattern[str]:
    """The k-th pattern, compiled when a text first needs it: compiling all of them is a tenth of
    factx's start-up, and most texts need a few."""
    return re.compile(patterns()[k][0])


@cache
def patterns() -> tuple[tuple[str, str], ...]:
    """Each time expression as a pattern and the kind of expression it finds."""
    month = f"(?:{alternation(month_forms())})"
    # "в прошлом рекордном (по урожаю) году"
    between = r"(?:\s+[а-я]{2,}(?:ом|ем|ого|его)(?:\s+по\s+[а-я]+)?)?"
    # one year, not many: "за прошедшие годы", "в прошлые годы" name no year
    one_year = r"год(?:а|у|ом|е)?(?![а-я])"
    rel = rf"(?:{'|'.join(relative_years())})[а-я]*{between}\s+{one_year}"
    rel_at_word = rf"(?:{word_start_alternation(relative_years())})[а-я]*{between}\s+{one_year}"
    # "2024 года", "2024-го" ("в мае 2024-го"), "прошлого года", "т. г."
    year_end = rf"(?:\s*(?:-?[а-я]{{1,2}}\s+)?{GOD}|\s*-\s*(?:го|м|й|му)(?![а-я]))"
    year_spec = rf"(?:(?P<y>{Y[1:-1]}){year_end}|(?P<rel>{rel})|(?P<tg>т\.\s*г\.))"
    part_no = rf"(?P<n>{alternation(part_numbers())})(?:\s*-\s*[а-я]{{1,2}})?"
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
                rf"\s+(?:{BACK_WORDS}\s+)?(?:года?|лет)(?![а-я])",  # "за 31 год"
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
