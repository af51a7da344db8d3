"""Money: a number with a currency word, abbreviation, sign or code on either side."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from ..draft import Draft
from ..numbers import NumberExpr, is_digits
from ..text.doc import Doc
from ..vocab import PhraseTable, table
from .amounts import Amount, Tail, tailed


@cache
def currencies() -> PhraseTable:
    return PhraseTable.of("money/currencies.tsv", "code")


@cache
def signs() -> dict[str, str]:
    """Currency signs, which may also stand before the number ("$55 млн")."""
    return {
        form: row["code"]
        for row in table("money/currencies.tsv")
        for form in row["forms"].split("|")
        if len(form) == 1 and not form.isalnum()
    }


@cache
def _minor_units() -> tuple[str, ...]:
    return tuple(form for row in table("money/minor_units.tsv") for form in row["forms"].split("|"))


def tail(doc: Doc, expr: NumberExpr) -> Tail | None:
    """ "76 млрд тенге", "881 913 руб. 98 коп.", "$55 млн", "USD 12,5 млн"."""
    start, end = expr.start, expr.end
    if end < len(doc.tokens):
        found = currencies().match(doc.lower, doc.tokens.starts[end])
        if found is not None:
            after = doc.token_at(found[0])
            minor, after = _minor(doc, after)
            return Tail("money", start, after, "money.currency_after", currency=found[1], minor=minor)
    before = doc.word(start - 1)
    code = signs().get(before)
    rule = "money.sign_before"
    if code is None and before.isascii() and len(before) == 3:
        code, rule = _iso_code(doc, start - 1), "money.code_before"
    if code is not None and doc.same_sentence(start - 1, start):
        return Tail("money", start - 1, end, rule, currency=code)
    return None


def _iso_code(doc: Doc, i: int) -> str | None:
    """ "USD 10", "KZT 500": an ISO code written before the number."""
    found = currencies().match(doc.lower, doc.tokens.starts[i])
    return found[1] if found is not None and doc.token_at(found[0]) == i + 1 else None


def _minor(doc: Doc, i: int) -> tuple[Decimal, int]:
    """Kopecks after roubles: "руб. 98 коп." adds 0.98."""
    w = doc.word(i)
    if is_digits(w) and len(w) <= 2 and doc.word(i + 1).startswith(_minor_units()):
        end = i + 2
        if doc.word(end) == "." and doc.tokens.joined(end):
            end += 1
        return Decimal(w) / 100, end
    return Decimal(0), i


def extract(doc: Doc, amounts: list[Amount]) -> list[Draft]:
    drafts = []
    for a, t in tailed(amounts, "money"):
        fields = {**a.bounds(), "currency": t.currency}
        if a.value is not None:
            fields["value"] = a.value + t.minor
        drafts.append(Draft("money", a.start, a.end, fields, t.rule, a.rules))
    return drafts
