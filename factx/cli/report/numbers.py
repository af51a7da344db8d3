"""The panel's values as Russian text writes them, exact: "149,3 млрд тенге", "+36,5%", "−4,2 п.п.".

A scale word stands for the thousands ("149,3 млрд" is 149 300 000 000) but no digit is dropped:
the report shows what the sources state. The decimal mark is a comma, groups of three digits are
set apart by a no-break space.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..values import SCALES, currency_word

SIGNS = {"up": "+", "down": "−"}
NBSP = "\u00a0"


def ru_number(value: Decimal) -> str:
    """1234567.5 → "1 234 567,5"; exact, without trailing zeros."""
    text = f"{abs(value):f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    groups: list[str] = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    grouped = NBSP.join([whole, *groups])
    return ("-" if value < 0 else "") + grouped + ("," + fraction if fraction else "")


def ru_amount(value: Decimal) -> str:
    """149300000000 → "149,3 млрд", 2500 → "2,5 тыс.", 312 → "312"."""
    for scale, word in SCALES:
        if abs(value) >= scale:
            return f"{ru_number(value / scale)} {word}"
    return ru_number(value)


def panel_value(row: dict[str, Any]) -> str:
    """A panel row's value with its unit or currency, and the sign of a change."""
    value: Decimal = row["value"]
    unit, currency = row.get("unit"), row.get("currency")
    sign = SIGNS.get(row.get("direction") or "", "") if row.get("measure") == "change" else ""
    if unit == "%":
        return f"{sign}{ru_number(value)}%"
    if unit == "раз":
        return f"×{ru_number(value)}"
    words = currency_word(currency) if currency else (unit or "")
    return f"{sign}{ru_amount(value)} {words}".rstrip()
