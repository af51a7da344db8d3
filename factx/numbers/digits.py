"""Numbers written in digits: thousands groups, decimals, signs, case endings and scale words after them."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.morph import parses
from ..text.tokens import Tokens
from ..vocab import words
from .expr import MAX_DIGITS, NumberExpr, abbreviated_scales, digit_suffixes, numerals
from .misspelt import misspelt_scale


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
    """Integer and fraction digits of the number written at token i, and the token after it.

    A comma or dot before exactly three digits is a thousands separator when the number has no other
    grouping, does not start with 0 and no scale word follows ("20,000 руб." and "12.500" are
    thousands, "1,125 трлн" and "0,125" are decimals); see docs/ANNOTATION.md."""
    w = tk.words
    head = w[i]
    if not is_digits(head):
        return None
    j = i + 1
    if len(head) <= 3:
        j = _space_groups_end(tk, i)
        separated = i + 1 < len(w) and w[i + 1] in ",."  # dot and comma groups start so
        if j == i + 1 and separated and _dot_groups_end(tk, i) >= i + 5:  # at least two dot groups
            j = _dot_groups_end(tk, i)
        if j == i + 1 and separated and head[0] != "0":
            j = _separator_groups_end(tk, i)
    integer = head if j == i + 1 else "".join(w[k] for k in range(i, j) if w[k] not in ".,")
    if len(integer) > MAX_DIGITS:
        return None
    fraction = ""
    if (
        j + 1 < len(w) and w[j] in ",." and tk.joined(j) and tk.joined(j + 1) and is_digits(w[j + 1])
    ) or _spaced_decimal(tk, j):
        fraction, j = w[j + 1], j + 2
    return integer, fraction, j


def _spaced_decimal(tk: Tokens, j: int) -> bool:
    """ "в 1, 5 раза", "1 599 059, 38 евро": a decimal comma typed with a space after it, told from a
    list ("пункты 1, 5 и 7") by the noun that follows the fraction."""
    w = tk.words
    if not (j + 2 < len(w) and w[j] == "," and tk.joined(j) and tk.gap(j + 1) == " "):
        return False
    if not (is_digits(w[j + 1]) and len(w[j + 1]) <= 2 and tk.gap(j + 2) == " "):
        return False
    readings = parses(w[j + 2])
    return bool(readings) and readings[0].tag.POS == "NOUN"


def _separator_groups_end(tk: Tokens, i: int) -> int:
    """The token after "20,000" or "1,000,000": groups of exactly three digits after one kind of
    separator, when no scale word follows them."""
    w, j = tk.words, i + 1
    while (
        j + 1 < len(w)
        and w[j] in ",."
        and w[j] == w[i + 1]
        and tk.joined(j)
        and tk.joined(j + 1)
        and len(w[j + 1]) == 3
        and is_digits(w[j + 1])
    ):
        j += 2
    if j > i + 1 and _scale(tk, j) is not None:
        return i + 1  # "1,125 трлн": a decimal of the scale
    if j == i + 3 and _fraction_noun(tk, j):
        return i + 1  # "31,542 тонны": a fraction takes the genitive singular
    return j


def _fraction_noun(tk: Tokens, j: int) -> bool:
    """A noun in the genitive singular and in no plural genitive at token j ("тонны", "рубля",
    "гектара"), the form that follows a decimal fraction; "31,542 тонн" reads as thousands."""
    if j >= len(tk) or not tk.words[j].isalpha():
        return False
    nouns = [p.tag for p in parses(tk.words[j]) if p.tag.POS == "NOUN"]
    singular = any(t.case == "gent" and t.number == "sing" for t in nouns)
    return singular and not any(t.case in ("gent", "gen2") and t.number == "plur" for t in nouns)


def _leading_dot(tk: Tokens, i: int) -> bool:
    """ ".75": a decimal point opens the number, after a space or at the start."""
    return i > 0 and tk.words[i - 1] == "." and tk.joined(i) and not tk.joined(i - 1)


def _case_ending_end(tk: Tokens, j: int, value: Decimal) -> int:
    """The token after a cardinal's case ending written in digits ("5-ти", "2-х"), or j itself."""
    if j + 1 < len(tk) and tk.words[j] == "-" and tk.joined(j) and tk.joined(j + 1):
        ending = tk.words[j + 1]
        if ending in words("numbers/case_endings.txt") or (ending == "х" and value < 100):
            return j + 2
    return j


def _scale(tk: Tokens, j: int) -> tuple[Decimal, int] | None:
    """A scale word after digits at token j ("тыс.", "миллиона", "100к", "3М"), and the token after it."""
    if j >= len(tk):
        return None
    suffix = digit_suffixes().get(tk.raw(j))
    if suffix is not None and (tk.joined(j) or suffix[1]):
        return suffix[0], j + 1
    w = tk.words[j]
    num = numerals().get(w) or misspelt_scale(w)
    if num is None or num.cls != "scale":
        return None
    if w in abbreviated_scales() and j + 1 < len(tk) and tk.words[j + 1] == "." and tk.joined(j + 1):
        return num.value, j + 2
    return num.value, j + 1


def in_excess(tk: Tokens, expr: NumberExpr) -> NumberExpr:
    """ "300 с лишним человек", "сто с небольшим тысяч тонн": a little more than the number, with the
    scale word written after the phrase; the amount reads it as a lower bound."""
    j = expr.end
    if j + 1 >= len(tk) or tk.words[j] != "с" or tk.words[j + 1] not in words("numbers/excess_words.txt"):
        return expr
    scaled = _scale(tk, j + 2) if expr.scale == 1 else None
    if scaled is None:
        return replace(expr, end=j + 2, excess=True)
    mult, end = scaled
    return replace(expr, end=end, value=expr.value * mult, scale=mult, smallest=mult, excess=True)


def _sign_start(tk: Tokens, i: int) -> int:
    """The token of a sign written right before the digits ("+5", "-3", "(+368%)", and after a bracket
    with a space before the digits, "(+ 18,7%)"), else i; "1 -3" is a range."""
    if i == 0 or tk.words[i - 1] not in "+-":
        return i
    opened = i > 1 and tk.words[i - 2] in ("(", '"') and tk.joined(i - 1)
    if tk.joined(i) and (not tk.joined(i - 1) or opened) and not (i > 1 and is_digits(tk.words[i - 2])):
        return i - 1
    return i - 1 if opened and tk.words[i - 2] == "(" else i


def digits_expr(tk: Tokens, i: int) -> NumberExpr | None:
    """The number written in digits at token i, with its sign, case ending and scale words."""
    if _leading_dot(tk, i):
        if not is_digits(tk.words[i]):
            return None
        value = Decimal(f"0.{tk.words[i]}")
        return _scaled(tk, i - 1, i + 1, value, "0," + tk.words[i])
    run = _digit_run(tk, i)
    if run is None:
        return None
    integer, fraction, j = run
    value = Decimal(f"{integer}.{fraction}" if fraction else integer)
    j = _case_ending_end(tk, j, value)
    start = _sign_start(tk, i)
    if start < i and tk.words[start] == "-":
        value = -value
    return _scaled(tk, start, j, value, integer + ("," + fraction if fraction else ""))


def _scaled(tk: Tokens, start: int, j: int, value: Decimal, digits: str) -> NumberExpr:
    """The number with the scale word after it, if any: "3,5 тыс.", "2 млрд 300 млн"."""
    scaled = _scale(tk, j)
    if scaled is None:
        return NumberExpr(start, j, value, digits=digits)
    mult, j = scaled
    return NumberExpr(start, j, value * mult, scale=mult, digits=digits.split(",")[0], smallest=mult)


def digit_group(tk: Tokens, j: int) -> tuple[Decimal, Decimal | None, int] | None:
    """A number in digits at j and the scale word after it, for the later parts of a compound amount
    ("15 млн. 340,5 тыс."): its value, its scale (None when it has none) and the token after."""
    run = _digit_run(tk, j) if j < len(tk) else None
    if run is None:
        return None
    integer, fraction, k = run
    value = Decimal(f"{integer}.{fraction}" if fraction else integer)
    scaled = _scale(tk, k)
    if scaled is None:
        return value, None, k
    return value, scaled[0], scaled[1]
