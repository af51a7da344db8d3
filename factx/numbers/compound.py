"""Compound amounts: later parts with smaller scales after the first, in digits or words, as an
accountant reads them: "три триллиона 200 миллиардов", "15 млн. 340,5 тыс.", "5 млн 250 тыс. 300",
"12 тысяч 500", "1 триллион и 250 миллиардов"; and a sum written again in words in brackets, as
contracts do: "1 250 340 (один миллион двести пятьдесят тысяч триста сорок)"."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.tokens import Tokens
from ..vocab import words
from .digits import digit_group, is_digits
from .expr import NumberExpr, numerals
from .words import words_expr

THOUSAND = Decimal(1000)
RESPECTIVELY_REACH = 20  # tokens after a compound amount read for "соответственно"
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def compounded(tk: Tokens, expr: NumberExpr) -> NumberExpr:
    """The expression extended over the parts that follow it, each with a smaller scale; a last part
    without a scale may add units below a thousand ("1 млн 200")."""
    value, smallest, j = expr.value, expr.smallest, expr.end
    while smallest > 1 and j < len(tk) and tk.gap(j) == " ":
        joined = _joined_part(tk, j, value, smallest)
        if joined is not None:
            value, smallest, j = value + joined[0], joined[1], joined[2]
            continue
        if is_digits(tk.words[j]):
            group = digit_group(tk, j)
            if group is None:
                break
            amount, scale, after = group
            if scale is not None and scale < smallest:
                value, smallest, j = value + amount * scale, scale, after
                continue
            if (
                scale is None
                and len(tk.words[j]) <= 3
                and after == j + 1
                and amount < min(smallest, THOUSAND)
            ):
                value, j = value + amount, after
            break
        if tk.words[j] not in numerals():
            break
        part = words_expr(tk, j)
        if part is None or not Decimal(1) < part.scale < smallest:
            break
        value, smallest, j = value + part.value, part.smallest, part.end
    return replace(expr, end=j, value=value, smallest=smallest) if j != expr.end else expr


def _joined_part(
    tk: Tokens, j: int, value: Decimal, smallest: Decimal
) -> tuple[Decimal, Decimal, int] | None:
    """A part after "и" with a smaller scale, after a whole number of the larger one: "1 триллион и
    250 миллиардов" is one amount; "1,5 млрд и 200 млн" are two."""
    k = j + 1
    if tk.words[j] != "и" or k >= len(tk) or value % smallest:
        return None
    if is_digits(tk.words[k]):
        group = digit_group(tk, k)
        if group is None or group[1] is None or group[1] >= smallest:
            return None
        found = group[0] * group[1], group[1], group[2]
    else:
        part = words_expr(tk, k) if tk.words[k] in numerals() else None
        if part is None or not Decimal(1) < part.scale < smallest:
            return None
        found = part.value, part.smallest, part.end
    return None if _respectively(tk, found[2]) else found


def _respectively(tk: Tokens, j: int) -> bool:
    """ "2 млрд и 300 млн тенге на дороги и школы соответственно": the parts are two figures when
    "соответственно" follows them in the sentence."""
    for k in range(j, min(j + RESPECTIVELY_REACH, len(tk))):
        if tk.words[k] in SENTENCE_ENDS:
            return False
        if tk.words[k] == "соответственно":
            return True
    return False


def pointed(tk: Tokens, expr: NumberExpr) -> NumberExpr:
    """A decimal point read aloud: "один точка пять" is 1.5, "1 точка 25" is 1.25."""
    j = expr.end
    if j + 1 >= len(tk) or tk.words[j] not in words("numbers/point_words.txt"):
        return expr  # the word test first: it is cheaper than the Decimal one and seldom passes
    whole = expr.value == expr.value.to_integral_value() and expr.scale == 1 and not expr.fraction
    if not whole:
        return expr
    k = j + 1
    part = words_expr(tk, k) if tk.words[k] in numerals() else None
    if part is None and is_digits(tk.words[k]):
        digits, end = tk.words[k], k + 1
    elif part is not None and part.scale == 1 and part.value == part.value.to_integral_value():
        digits, end = str(int(part.value)), part.end
    else:
        return expr
    fraction = Decimal(digits) / Decimal(10) ** len(digits)
    return replace(expr, end=end, value=expr.value + fraction if expr.value >= 0 else expr.value - fraction)


def restated(tk: Tokens, expr: NumberExpr) -> NumberExpr:
    """The expression extended over the same number written again in words in brackets after it."""
    j = expr.end
    if expr.in_words or j + 2 >= len(tk) or tk.words[j] != "(" or tk.words[j + 1] not in numerals():
        return expr
    words = words_expr(tk, j + 1)
    if words is None or words.end >= len(tk) or tk.words[words.end] != ")":
        return expr
    words = compounded(tk, words)
    if words.end >= len(tk) or tk.words[words.end] != ")":
        return expr
    return replace(expr, end=words.end + 1)
