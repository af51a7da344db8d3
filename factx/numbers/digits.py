"""Numbers written in digits: thousands groups, decimals, signs, case endings and scale words after them."""

from __future__ import annotations

from decimal import Decimal

from ..text.tokens import Tokens
from ..vocab import words
from .expr import MAX_DIGITS, NumberExpr, abbreviated_scales, digit_suffixes, numerals


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


def _case_ending_end(tk: Tokens, j: int, value: Decimal) -> int:
    """The token after a cardinal's case ending written in digits ("5-ти", "2-х"), or j itself."""
    if j + 1 < len(tk) and tk.words[j] == "-" and tk.joined(j) and tk.joined(j + 1):
        ending = tk.words[j + 1]
        if ending in words("numbers/case_endings.txt") or (ending == "х" and value < 100):
            return j + 2
    return j


def _scale(tk: Tokens, j: int) -> tuple[Decimal, int] | None:
    """A scale word after digits at token j ("тыс.", "миллиона", "100к"), and the token after it."""
    if j >= len(tk):
        return None
    w = tk.words[j]
    if w in digit_suffixes() and tk.joined(j):
        return digit_suffixes()[w], j + 1
    num = numerals().get(w)
    if num is None or num.cls != "scale":
        return None
    if w in abbreviated_scales() and j + 1 < len(tk) and tk.words[j + 1] == "." and tk.joined(j + 1):
        return num.value, j + 2
    return num.value, j + 1


def _sign_start(tk: Tokens, i: int) -> int:
    """The token of a sign written right before the digits ("+5", "-3"), else i; "1 -3" is a range."""
    if (
        i > 0
        and tk.words[i - 1] in "+-"
        and tk.joined(i)
        and not tk.joined(i - 1)
        and not (i > 1 and is_digits(tk.words[i - 2]))
    ):
        return i - 1
    return i


def digits_expr(tk: Tokens, i: int) -> NumberExpr | None:
    """The number written in digits at token i, with its sign, case ending and scale words."""
    run = _digit_run(tk, i)
    if run is None:
        return None
    integer, fraction, j = run
    value = Decimal(f"{integer}.{fraction}" if fraction else integer)
    j = _case_ending_end(tk, j, value)
    start = _sign_start(tk, i)
    if start < i and tk.words[start] == "-":
        value = -value
    scaled = _scale(tk, j)
    if scaled is None:
        return NumberExpr(start, j, value, digits=integer + ("," + fraction if fraction else ""))
    mult, j = scaled
    leading = mult
    value *= mult
    while True:  # "2 млрд 300 млн"
        more = _digit_run(tk, j) if j < len(tk) else None
        if more is None or more[1]:
            break
        smaller = _scale(tk, more[2])
        if smaller is None or smaller[0] >= mult:
            break
        mult = smaller[0]
        value += Decimal(more[0]) * mult
        j = smaller[1]
    return NumberExpr(start, j, value, scale=leading, digits=integer)
