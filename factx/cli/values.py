"""A fact's value in a few characters, exact for `factx show` ("> 76000000000 KZT") or rounded for
people in the report ("> 76 млрд тенге", "33.3%"). Only what is shown is rounded: CSV, JSONL and
Parquet keep the exact decimals."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from ..facts import Fact
from ..io.export import decimal_text
from ..vocab import lemma_forms, table

_QUALIFIERS = {"approx": "≈", "gt": ">", "gte": "≥", "lt": "<", "lte": "≤"}
_DIRECTIONS = {"up": " ↑", "down": " ↓"}
SCALES = tuple(  # a scale word for each power of a thousand, largest first
    (Decimal(10) ** p, w) for p, w in ((12, "трлн"), (9, "млрд"), (6, "млн"), (3, "тыс."))
)


def describe(fact: Fact, *, rounded: bool = False) -> str:
    """The fact's value with its qualifier, unit or currency and direction: "> 76000000000 KZT",
    "27000 → 20000 человек", "Сарань (city)"; with `rounded`, "> 76 млрд тенге", "≈ 33.3%"."""
    d = fact.as_dict()
    if fact.kind == "place":
        canonical = f" = {d['canonical']}" if d.get("canonical") else ""
        return f"{d.get('name')} ({d.get('type')}){canonical}"
    number = _rounder(fact.kind) if rounded else _exact
    if "before" in d:
        value = f"{number(d.get('before'))} → {number(d.get('after'))}"
    elif d.get("value") is None and (d.get("low") is not None or d.get("high") is not None):
        value = f"{number(d.get('low'))}–{number(d.get('high'))}"
    else:
        value = number(d.get("value"))
    unit = _unit(fact.kind, d, rounded)
    if rounded and unit == "%":
        value, unit = value + unit, ""
    times = "×" if fact.kind == "multiplier" else ""
    qualifier = _QUALIFIERS.get(d.get("qualifier") or "", "")
    return " ".join(p for p in (qualifier, times + value, unit) if p) + _DIRECTIONS.get(
        d.get("direction") or "", ""
    )


def about(fact: Fact) -> str:
    """What, where and when the fact is about, as far as it says."""
    d = fact.as_dict()
    return ", ".join(str(d[k]) for k in ("subject", "place", "period") if d.get(k))


def amount(value: Decimal) -> str:
    """A number to about three significant digits, with a scale word past a thousand:
    76000000000 → "76 млрд", 1234567 → "1.23 млн", 2.345 → "2.35"."""
    for scale, word in SCALES:
        if abs(value) >= scale:
            return f"{_digits(value / scale)} {word}"
    return _digits(value)


def share(value: Decimal) -> str:
    """A fraction as a percentage with one decimal: 0.3333… → "33.3%"."""
    return _digits(value * 100, places=1) + "%"


def money(value: Decimal, currency: str | None) -> str:
    """A sum as Russian text writes it: "76 млрд тенге"."""
    return f"{amount(value)} {currency_word(currency)}".rstrip()


@cache
def currency_word(code: str | None) -> str:
    """How a sum's currency reads after the number, from currencies.tsv: a word that does not decline
    as written ("тенге", "евро"); else the abbreviation ("руб.", "долл."), else the first name in the
    genitive plural ("юаней", "турецких лир"); else the ISO code."""
    row = next((r for r in table("money/currencies.tsv") if r["code"] == code), None)
    if row is None:
        return code or ""
    forms = [f for f in row["forms"].split("|") if any("а" <= c <= "я" for c in f)]
    lemmas = [lemma for lemma in row["lemmas"].split("|") if lemma]
    if not lemmas:
        return forms[0] if forms else row["code"]
    abbreviations = [f for f in forms if f.endswith(".")]
    if abbreviations:
        return abbreviations[0]
    return " ".join(max(lemma_forms(word, "gent,plur"), key=len) for word in lemmas[0].split())


def _digits(value: Decimal, places: int | None = None) -> str:
    if places is None:
        places = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    text = format(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _exact(value: Any) -> str:
    return "?" if value is None else decimal_text(value)


def _rounder(kind: str) -> Callable[[Any], str]:
    def rounded(value: Any) -> str:
        if value is None:
            return "?"
        return share(value).removesuffix("%") if kind == "share" else amount(Decimal(value))

    return rounded


def _unit(kind: str, d: dict[str, Any], rounded: bool) -> str:
    if kind == "percent":
        return "п.п." if d.get("points") else "%"
    if kind == "share":
        return "%" if rounded else ""
    currency = d.get("currency")
    if currency:
        return currency_word(currency) if rounded else str(currency)
    return str(d.get("unit") or "")
