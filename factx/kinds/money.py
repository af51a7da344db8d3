"""Money: a number with a currency word, abbreviation or sign on either side."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from ..amounts import Amount, Tail, tailed
from ..doc import Doc, Draft
from ..numbers import NumberExpr, is_digits
from ..vocab import PhraseTable

SIGNS = {"$": "USD", "€": "EUR", "₸": "KZT", "₽": "RUB", "£": "GBP", "¥": "JPY"}
MINOR_UNITS = ("коп", "копейка", "копейки", "копеек", "тиын", "тиына", "тиынов", "цент", "цента", "центов")


@cache
def currencies() -> PhraseTable:
    return PhraseTable.of("currencies.tsv", "code")


def tail(doc: Doc, expr: NumberExpr) -> Tail | None:
    """ "76 млрд тенге", "881 913 руб. 98 коп.", "$55 млн"."""
    start, end = expr.start, expr.end
    if end < len(doc.tokens):
        found = currencies().match(doc.lower, doc.tokens.starts[end])
        if found is not None:
            after = doc.token_at(found[0])
            cents, after = _minor_units(doc, after)
            return Tail("money", (found[1], cents), start, after)
    before = doc.word(start - 1)
    code = SIGNS.get(before) or (_iso_code(doc, start - 1) if before.isascii() and len(before) == 3 else None)
    if code is not None and doc.same_sentence(start - 1, start):
        return Tail("money", (code, Decimal(0)), start - 1, end)
    return None


def _iso_code(doc: Doc, i: int) -> str | None:
    """ "USD 10", "KZT 500": an ISO code written before the number."""
    found = currencies().match(doc.lower, doc.tokens.starts[i])
    return found[1] if found is not None and doc.token_at(found[0]) == i + 1 else None


def _minor_units(doc: Doc, i: int) -> tuple[Decimal, int]:
    """Kopecks after roubles: "руб. 98 коп." adds 0.98."""
    w = doc.word(i)
    if is_digits(w) and len(w) <= 2 and doc.word(i + 1).startswith(MINOR_UNITS):
        end = i + 2
        if doc.word(end) == "." and doc.tokens.joined(end):
            end += 1
        return Decimal(w) / 100, end
    return Decimal(0), i


def extract(doc: Doc, amounts: list[Amount]) -> list[Draft]:
    drafts = []
    for a, t in tailed(amounts, "money"):
        code, cents = t.payload
        fields = {**a.bounds(), "currency": code}
        if a.value is not None:
            fields["value"] = a.value + cents
        drafts.append(Draft("money", a.start, a.end, fields))
    return drafts
