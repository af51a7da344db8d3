"""Number expressions: digits, number words, scales and fractions, read exactly as Decimal.

`scan_number` reads the longest number expression starting at a token; `parse_number` applies it to a
whole string.  Things that look like numbers but are not (dates, clock times, phones, document and road
numbers) are found first by `blocked_spans`, and tokens inside them never start an expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from functools import cache

from .text import Tokens, normalise
from .vocab import alternation, table

HALF = Decimal("0.5")
EXACT = Context(prec=80)  # enough for MAX_DIGITS digits times the largest scale
FRACTION_PLACES = Decimal(10) ** -20  # thirds and other endless fractions are rounded here
MAX_DIGITS = 40  # longer digit runs are identifiers or noise, never quantities


@dataclass(frozen=True, slots=True)
class Numeral:
    value: Decimal
    cls: str  # unit, teen, tens, hundreds, half, scale, fraction, denominator, halfscale


@dataclass(frozen=True, slots=True)
class NumberExpr:
    """A number expression over tokens [start, end)."""

    start: int
    end: int
    value: Decimal
    scale: Decimal = Decimal(1)  # the leading scale word's multiplier ("3,5 тыс." → 1000)
    in_words: bool = False
    fraction: bool = False  # a bare fraction noun or "две трети"
    plain: str = ""  # the digits as written, for year and code checks


@cache
def numerals() -> dict[str, Numeral]:
    return {r["form"]: Numeral(Decimal(r["value"]), r["class"]) for r in table("numerals.tsv")}


ABBREVIATED_SCALES = frozenset({"тыс", "млн", "млрд", "трлн", "тысч"})
DIGIT_SUFFIX_SCALES = {"к": Decimal(1000), "k": Decimal(1000)}


@cache
def _blocked_re() -> re.Pattern[str]:
    months = alternation(row["form"] for row in table("months.tsv"))
    parts = [
        r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",  # 15.03.2024
        r"\b\d{4}-\d{2}-\d{2}\b",  # 2024-03-15
        r"\b\d{1,2}:\d{2}(?::\d{2})?\b",  # 10:30
        r"(?:\+\d{1,3}|\b8)[ -]?\(?\d{3,4}\)?[ -]?\d{2,3}[ -]?\d{2}[ -]?\d{2}\b",  # phones
        r"(?:№|\bN|\bNo\.?|\bномер)[ ]?\d[\d./-]*",  # document numbers
        r"(?<![^\W\d_])[^\W\d_]+-\d+",  # М-32, COVID-19 (the look-behind keeps long words linear)
        rf"\b\d{{1,2}}(?:[ ]?-[ ]?\d{{1,2}})?[ ]+(?:{months})\b",  # 15 марта, 1-15 мая
        r"\b(?:1[89]\d\d|20\d\d)(?:[ ]?-[ ]?(?:1[89]\d\d|20\d\d))?[ ]?(?:-?х[ ]+)?(?:год|гг?\b|г\.)",
        r"\b\d+-(?:й|я|е|го|ого|му|ому|м|ом|ой|ий|ый|ая|ое|ые|ых|ым|ыми)\b",  # ordinals: 2024-й, 5-го
        r"\b\d{3,}-х\b",  # decades: 1990-х
    ]
    # The look-ahead lets the scan skip, in one test, every position where no alternative can start.
    starts = r"(?=[\d+№nн]|(?<![^\W\d_])[^\W\d_]+-\d)"
    return re.compile(starts + "(?:" + "|".join(parts) + ")", re.IGNORECASE)


def blocked_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _blocked_re().finditer(text)]


def is_digits(word: str) -> bool:
    """ASCII digits only: other scripts' digits and superscripts are not numbers here."""
    return word.isascii() and word.isdigit()


def _space_groups_end(tk: Tokens, i: int) -> int:
    """The token after "1 500 000": three-digit groups joined to token i by single spaces."""
    w, j = tk.words, i + 1
    while j < len(w) and len(w[j]) == 3 and is_digits(w[j]) and tk.gap(j) == " ":
        j += 1
    return j


def _dot_groups_end(tk: Tokens, i: int) -> int:
    """The token after "1.844.036": three-digit groups joined to token i by dots."""
    w, j = tk.words, i + 1
    while (
        j + 1 < len(w)
        and w[j] == "."
        and tk.joined(j)
        and tk.joined(j + 1)
        and len(w[j + 1]) == 3
        and is_digits(w[j + 1])
    ):
        j += 2
    return j


def digit_run_end(tk: Tokens, i: int) -> int:
    """The token after the whole run of digits, dots and commas at i, read or not (to skip noise)."""
    w, j = tk.words, i + 1
    while j < len(w) and (is_digits(w[j]) or w[j] in ".,") and (tk.joined(j) or is_digits(w[j])):
        j += 1
    return j


def _digit_run(tk: Tokens, i: int) -> tuple[str, str, int] | None:
    """Integer and fraction digits of the number written at token i, and the token after it."""
    w = tk.words
    head = w[i]
    if not is_digits(head):
        return None
    j = i + 1
    if len(head) <= 3:
        j = _space_groups_end(tk, i)
        if j == i + 1 and _dot_groups_end(tk, i) >= i + 5:  # at least two dot groups
            j = _dot_groups_end(tk, i)
    integer = "".join(w[k] for k in range(i, j) if w[k] != ".")
    if len(integer) > MAX_DIGITS:
        return None
    fraction = ""
    if j + 1 < len(w) and w[j] in ",." and tk.joined(j) and tk.joined(j + 1) and is_digits(w[j + 1]):
        fraction, j = w[j + 1], j + 2
    return integer, fraction, j


CASE_ENDINGS = frozenset({"ти", "ми", "ух", "ех", "мя", "ю"})  # "5-ти" пяти, "2-ух" двух, "3-мя" тремя


def _case_ending_end(tk: Tokens, j: int, value: Decimal) -> int:
    """The token after a cardinal's case ending written in digits ("5-ти", "2-х"), or j itself."""
    if j + 1 < len(tk) and tk.words[j] == "-" and tk.joined(j) and tk.joined(j + 1):
        ending = tk.words[j + 1]
        if ending in CASE_ENDINGS or (ending == "х" and value < 100):
            return j + 2
    return j


def _scale(tk: Tokens, j: int, after_digits: bool) -> tuple[Decimal, int] | None:
    """A scale word at token j ("тыс.", "миллиона", "100к"), and the token after it."""
    if j >= len(tk):
        return None
    w = tk.words[j]
    if after_digits and w in DIGIT_SUFFIX_SCALES and tk.joined(j):
        return DIGIT_SUFFIX_SCALES[w], j + 1
    num = numerals().get(w)
    if num is None or num.cls != "scale":
        return None
    if w in ABBREVIATED_SCALES and j + 1 < len(tk) and tk.words[j + 1] == "." and tk.joined(j + 1):
        return num.value, j + 2
    return num.value, j + 1


def _digits_expr(tk: Tokens, i: int) -> NumberExpr | None:
    run = _digit_run(tk, i)
    if run is None:
        return None
    integer, fraction, j = run
    value = Decimal(f"{integer}.{fraction}" if fraction else integer)
    j = _case_ending_end(tk, j, value)
    start = i
    if (
        i > 0
        and tk.words[i - 1] in "+-"
        and tk.joined(i)
        and not tk.joined(i - 1)
        and not (i > 1 and is_digits(tk.words[i - 2]))
    ):  # "1 -3" is a range, not minus three
        start = i - 1
        value = -value if tk.words[i - 1] == "-" else value
    scaled = _scale(tk, j, after_digits=True)
    if scaled is None:
        return NumberExpr(start, j, value, plain=integer + ("," + fraction if fraction else ""))
    mult, j = scaled
    leading = mult
    value *= mult
    while True:  # "2 млрд 300 млн"
        more = _digit_run(tk, j) if j < len(tk) else None
        if more is None or more[1]:
            break
        smaller = _scale(tk, more[2], after_digits=True)
        if smaller is None or smaller[0] >= mult:
            break
        mult = smaller[0]
        value += Decimal(more[0]) * mult
        j = smaller[1]
    return NumberExpr(start, j, value, scale=leading, plain=integer)


def _words_expr(tk: Tokens, i: int) -> NumberExpr | None:
    """Number words: "двухсот пятидесяти шести", "три с половиной тысячи", "пять целых две десятых"."""
    vocab = numerals()
    w = tk.words
    n = len(w)
    total = Decimal(0)
    group = Decimal(0)
    whole: Decimal | None = None  # the part before "целых"
    smallest = Decimal(10**15)  # smallest scale used so far: scales must decrease
    leading = Decimal(0)
    last = ""  # class of the previous word inside the current group
    j = i
    while j < n:
        num = vocab.get(w[j])
        if num is None:
            if w[j] == "с" and j + 1 < n and w[j + 1].startswith("половин") and last in GROUP_CLASSES:
                group += HALF
                j, last = j + 2, "half"
                continue
            if w[j] in WHOLE_WORDS and last in GROUP_CLASSES and whole is None:
                whole, total, group, last = total + group, Decimal(0), Decimal(0), ""
                j += 2 if j + 1 < n and w[j + 1] == "и" else 1  # "две целых и пять десятых"
                continue
            break
        cls = num.cls
        if cls == "scale":
            if num.value >= smallest or whole is not None:
                break
            total += (group or Decimal(1)) * num.value
            group, last, smallest = Decimal(0), "", num.value
            leading = leading or num.value
            j += 1
            continue
        if cls in ("fraction", "denominator"):
            if cls == "fraction" and not last and not total and whole is None:
                return _fraction_of_scale(tk, i, j + 1, Decimal(1) / num.value)
            if last in GROUP_CLASSES:
                value = total + group / num.value + (whole or 0)
                return (
                    _fraction_of_scale(tk, i, j + 1, value)
                    if whole is None
                    else NumberExpr(i, j + 1, value, in_words=True)
                )
            break
        if cls == "halfscale":
            if last or total:
                break
            return NumberExpr(i, j + 1, num.value * HALF, scale=num.value, in_words=True)
        if not _fits(cls, group, last):
            break
        group = Decimal("1.5") if cls == "half" else group + num.value
        last = cls
        j += 1
    if j == i or whole is not None or (j == i + 1 and w[i] in VAGUE_SCALES):
        return None
    return NumberExpr(i, j, total + group, scale=leading if not last else Decimal(1), in_words=True)


def _fraction_of_scale(tk: Tokens, i: int, j: int, value: Decimal) -> NumberExpr:
    """A fraction, or a fraction of a scale word after it: "две трети", "четверть миллиона"."""
    num = numerals().get(tk.words[j]) if j < len(tk) else None
    if num is not None and num.cls == "scale":
        return NumberExpr(i, j + 1, value * num.value, scale=num.value, in_words=True)
    return NumberExpr(i, j, value, in_words=True, fraction=True)


# Plural scale words on their own are vague ("миллионы людей", "тысячами"), not a number.
VAGUE_SCALES = frozenset(
    f"{stem}{ending}"
    for stem in ("миллион", "миллиард", "триллион")
    for ending in ("ы", "ов", "ам", "ами", "ах")
) | frozenset({"тысяч", "тысячам", "тысячами", "тысячах"})
GROUP_CLASSES = frozenset({"unit", "teen", "tens", "hundreds"})
WHOLE_WORDS = frozenset({"целых", "целая", "целой", "целую", "целым", "целыми"})


def _fits(cls: str, group: Decimal, last: str) -> bool:
    """Whether a word of class `cls` can continue a group below a thousand ("двести сорок один")."""
    if cls in ("hundreds", "half"):
        return not last
    if cls == "tens":
        return last in ("", "hundreds")
    return last in ("", "hundreds", "tens") and not group % 10


def plain(value: Decimal) -> Decimal:
    """The same number without trailing zeros or exponent: 3500.0 → 3500, 5.60 → 5.6."""
    with localcontext(EXACT):
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        if value.as_tuple().exponent < -20:  # type: ignore[operator]
            value = value.quantize(FRACTION_PLACES)
        return value.normalize()


def scan_number(tk: Tokens, i: int) -> NumberExpr | None:
    """The number expression starting at token i, if any (no blocked-span check here)."""
    w = tk.words[i]
    with localcontext(EXACT):
        if is_digits(w[0][0]):
            expr = _digits_expr(tk, i)
        elif w in numerals():
            expr = _words_expr(tk, i)
        else:
            return None
    if expr is None:
        return None
    return NumberExpr(
        expr.start, expr.end, plain(expr.value), expr.scale, expr.in_words, expr.fraction, expr.plain
    )


def parse_number(text: str) -> Decimal | None:
    """Read the whole string as one number expression; None when it is not one."""
    norm = normalise(text).text.strip()
    if not norm or blocked_spans(norm):
        return None
    tk = Tokens.of(norm)
    if len(tk) == 1 and tk.words[0] in ABBREVIATED_SCALES:
        return None  # "млн" alone abbreviates a scale, it states no number
    negative = tk.words[0] == "минус" and len(tk) > 1
    first = 1 if negative or (len(tk) > 1 and tk.words[0] in "+-" and tk.joined(1)) else 0
    expr = scan_number(tk, first)
    if expr is None or expr.end != len(tk) or expr.start != (1 if negative else 0):
        return None
    return -expr.value if negative else expr.value
