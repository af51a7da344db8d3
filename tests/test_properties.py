"""Invariants: offsets always point at the fact's text; number words read back as their value."""

from __future__ import annotations

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st
from razdel import sentenize

from factx import parse_number
from factx.numbers.blocked import _blocked_re, _number_like, blocked_spans
from factx.pipeline import Extractor
from factx.text.doc import _line_sentences
from factx.text.normal import normalise

UNITS = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
TEENS = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
TENS = [
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
]
HUNDREDS = [
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
]
SCALES = [
    ("тысяча", "тысячи", "тысяч"),
    ("миллион", "миллиона", "миллионов"),
    ("миллиард", "миллиарда", "миллиардов"),
]


def _below_thousand(n: int, feminine: bool) -> list[str]:
    words = [HUNDREDS[n // 100]]
    rest = n % 100
    if 10 <= rest < 20:
        words.append(TEENS[rest - 10])
    else:
        words.append(TENS[rest // 10])
        unit = UNITS[rest % 10]
        if feminine and rest % 10 in (1, 2):
            unit = "одна" if rest % 10 == 1 else "две"
        words.append(unit)
    return [w for w in words if w]


def _scale_word(n: int, forms: tuple[str, str, str]) -> str:
    if 10 <= n % 100 < 20 or n % 10 >= 5 or n % 10 == 0:
        return forms[2]
    return forms[0] if n % 10 == 1 else forms[1]


def in_words(n: int) -> str:
    """A number written out in Russian words (nominative), the way a test oracle should: independently."""
    if n == 0:
        return "ноль"
    parts: list[str] = []
    for power, forms in reversed(list(enumerate(SCALES, start=1))):
        chunk = n // 1000**power % 1000
        if chunk:
            parts += [*_below_thousand(chunk, feminine=power == 1), _scale_word(chunk, forms)]
    parts += _below_thousand(n % 1000, feminine=False)
    return " ".join(parts)


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_words_read_back(n: int) -> None:
    assert parse_number(in_words(n)) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_digits_with_any_separator(n: int) -> None:
    grouped = f"{n:,}"
    for sep in (" ", "\u00a0", "\u202f", "\u2009"):
        assert parse_number(grouped.replace(",", sep)) == n


@given(st.text())
def test_normalise_maps_back(text: str) -> None:
    norm = normalise(text)
    for i in range(len(norm.text) + 1):
        assert 0 <= norm.to_original(i) <= len(text)


# Pieces of dates, phones, document and road numbers, ordinals and decades, glued in any order.
BLOCKED_PIECES = st.sampled_from(
    [*"М COVID Ту a - 19 2024 03 15 . : 30 № N +7 (701) марта й го х год 1990 г. номер No".split(), " "]  # noqa: SIM905
)


@settings(max_examples=300, deadline=None)
@given(st.lists(BLOCKED_PIECES, max_size=30).map("".join))
@example("трасса М-32, COVID-19 с 15.03.2024, Ту-204 в 2024-й, a-1b-2")
@example("19:19 марта")
def test_blocked_spans_are_those_of_the_one_pattern(text: str) -> None:
    """The fast path (digit-led pattern plus "-digit" words) finds what the reference pattern finds;
    a date line ("19:19 марта": a clock time and a date on a short line) is blocked whole besides."""
    reference = [m.span() for m in _blocked_re().finditer(text)]
    assert _number_like(text) == reference
    blocked = blocked_spans(text)
    assert all(any(a <= s < e <= b for a, b in blocked) for s, e in reference)


# Pieces of lines around the marks where razdel may split a sentence.
LINE_PIECES = st.sampled_from(
    [*'Завод т. млн руб. 5 а В . ? ! … ; " » ” ) ] } :) ;-( =(( ( «'.split(), " ", "\u00a0", "\t", "\u2003"]  # noqa: SIM905
)


@settings(max_examples=500, deadline=None)
@given(st.lists(LINE_PIECES, max_size=20).map("".join))
@example("   ")
@example("Итоги года: рост на 5%!")
def test_a_line_has_razdels_sentences(line: str) -> None:
    """The short cut for a line with no mark but at its end finds the sentences razdel finds."""
    assert _line_sentences(line) == [(s.start, s.stop) for s in sentenize(line)]


PIECES = st.sampled_from(
    [
        "около",
        "более",
        "в",
        "с",
        "до",
        "от",
        "12",
        "3,5",
        "1 500",
        "тыс.",
        "млн",
        "тенге",
        "рублей",
        "%",
        "раза",
        "вдвое",
        "трети",
        "человек",
        "Астане",
        "Карагандинской области",
        "2024 году",
        "\u00ad",
        "\u200b",
        "тре\u0301ть",
        "\u00a0",
        ",",
        ".",
        "\n",
        "—",
        "каждый пятый",
        "п.п.",
        "$",
        "ё",
        "Ё",
        "е\u0308",
        '"',
        "«",
        "»",
        "(",
        ")",
        "+",
        "минус",
        "ООО",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=40).map(" ".join))
def test_offsets_hold(text: str) -> None:
    facts = _EXTRACTOR.extract(text)
    for f in facts:
        assert text[f.start : f.end] == f.text
        assert f.text.strip() == f.text and f.text
    assert facts == sorted(facts, key=lambda f: (f.start, f.end, f.kind))
    for kind in {f.kind for f in facts}:
        same = [f for f in facts if f.kind == kind]
        assert all(a.end <= b.start for a, b in itertools.pairwise(same))
    assert _EXTRACTOR.extract(text) == facts


_EXTRACTOR = Extractor()

# a made-up passage with quotes, brackets, signs and a list: cut anywhere, the text still reads
CUT_PASSAGE = (
    'АО "КазМунайГаз" вложит 12,5 млрд тенге (+ 8% к 2023 году) в 3 "зелёных" проекта. '
    "В Карагандинской области — 45 школ, в Павлодарской — 12; из них 5 «под ключ». "
    "Цены — от минус 0,2% до минус 1,5%, выпуск вырос в 1,7 раза."
)


def test_every_cut_of_a_passage_reads() -> None:
    """A text may end anywhere (a scraped page cut short): each prefix is read without an error."""
    for end in range(len(CUT_PASSAGE) + 1):
        text = CUT_PASSAGE[:end]
        for f in _EXTRACTOR.extract(text):
            assert text[f.start : f.end] == f.text
