"""The number grammar: digits, number words, scales and fractions, read exactly as Decimal.

`scan_number` reads the longest number expression starting at a token; `parse_number` applies it to a
whole string. Things that look like numbers but are not (dates, clock times, phones, document and road
numbers) are found by `blocked_spans`, and tokens inside them never start an expression.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, localcontext

from ..text.normal import normalise
from ..text.tokens import Tokens
from .blocked import blocked_spans
from .compound import compounded, pointed, restated
from .digits import digit_run_end, digits_expr, in_excess, is_digits
from .expr import EXACT, NumberExpr, abbreviated_scales, exact, numerals, plural_like
from .words import words_expr

MINUS = "минус"  # a sign written as a word: "минус 5", "минус 2,1%"


def scan_number(tk: Tokens, i: int) -> NumberExpr | None:
    """The number expression starting at token i, if any (no blocked-span check here)."""
    w = tk.words[i]
    with localcontext(EXACT):
        if is_digits(w[0][0]):
            expr = digits_expr(tk, i)
        elif w in numerals():
            expr = words_expr(tk, i)
        else:
            return None
        if expr is None:
            return None
        expr = in_excess(tk, restated(tk, pointed(tk, compounded(tk, expr))))
        if i > 0 and tk.words[i - 1] == MINUS and expr.value > 0:
            expr = replace(expr, value=-expr.value)  # "минус 2,1%": a sign, left out of the span
    if expr.value.as_tuple().exponent == 0:
        return expr  # a whole number without exponent is written exactly already: the common case
    value = exact(expr.value)
    return expr if value == expr.value and str(value) == str(expr.value) else replace(expr, value=value)


def parse_number(text: str) -> Decimal | None:
    """Read the whole string as one number expression; None when it is not one."""
    norm = normalise(text).text.strip()
    if not norm or blocked_spans(norm):
        return None
    tk = Tokens.of(norm)
    if len(tk) == 1 and tk.words[0] in abbreviated_scales():
        return None  # "млн" alone abbreviates a scale, it states no number
    negative = tk.words[0] == MINUS and len(tk) > 1  # scan_number reads the sign
    signed = len(tk) > 1 and tk.words[0] in "+-." and tk.joined(1)  # "+5", "-3", ".75"
    first = 1 if negative or signed else 0
    expr = scan_number(tk, first)
    if expr is None or expr.end != len(tk) or expr.start != (1 if negative else 0):
        return None
    return expr.value


__all__ = [
    "NumberExpr",
    "blocked_spans",
    "digit_run_end",
    "exact",
    "is_digits",
    "numerals",
    "parse_number",
    "plural_like",
    "scan_number",
]
