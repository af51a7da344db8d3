"""Sums told by meaning: a number with a scale word of a million or more and nothing after it that
says what it counts is money when its clause says so: a verb of putting money somewhere right before
it ("Выделено свыше 581 миллиона", data/indicators/funding_verbs.txt), a money noun just before it
("Большую часть денег, 450 миллионов", "довести инвестиции до 152 миллиардов") or right after it
("привлечь 290 миллиардов инвестиций", the noun left out of the span; data/money/money_nouns.txt).
Its currency is that of the text's nearest sum before it, else after it."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from ..text.doc import Doc
from ..vocab import words
from .bare import bare

if TYPE_CHECKING:
    from .amounts import Amount

RULE = "money.meaning"
MILLION = Decimal(10) ** 6
NOUN_LINKS = (
    ",",
    "до",
)  # a word between a money noun and its sum: "денег, 450 млн", "инвестиции до 152 млрд"


def told_as_money(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """The amounts, those that their clause tells to be sums given a money tail."""
    from .amounts import Tail  # amounts imports this module

    out = list(amounts)
    for k, a in enumerate(out):
        if a.scale < MILLION:
            continue
        cut = _money_noun_after(doc, a)
        if not (cut or (bare(doc, a) and (_funding_verb(doc, a.start - 1) or _money_noun_before(doc, a)))):
            continue
        tail = Tail("money", a.num_start, a.num_end, RULE, currency=_currency(out, k))
        out[k] = replace(a, end=a.num_end if cut else a.end, tail=tail)
    return out


def _lemma(doc: Doc, i: int) -> str:
    return doc.lemma(i)


def _funding_verb(doc: Doc, i: int) -> bool:
    return doc.same_sentence(i, i + 1) and _lemma(doc, i) in words("indicators/funding_verbs.txt")


def _money_noun_before(doc: Doc, a: Amount) -> bool:
    """ "денег, 450 млн", "инвестиции до 152 млрд": the noun right before the sum, or before the
    comma of an apposition or the "до" of a target."""
    j = a.start - 1 - (doc.word(a.start - 1) in NOUN_LINKS)
    return doc.same_sentence(j, a.start) and _lemma(doc, j) in words("money/money_nouns.txt")


def _money_noun_after(doc: Doc, a: Amount) -> bool:
    """ "290 миллиардов инвестиций": a money noun counted right after the scale word."""
    t = a.tail
    return t is not None and t.kind == "noun" and t.unit in words("money/money_nouns.txt") and a.end == t.end


def _currency(amounts: list[Amount], k: int) -> str | None:
    """The currency of the nearest sum before amount k, else after it."""
    before = [a.tail.currency for a in amounts[:k] if a.tail is not None and a.tail.kind == "money"]
    after = [a.tail.currency for a in amounts[k + 1 :] if a.tail is not None and a.tail.kind == "money"]
    found = [c for c in [*reversed(before), *after] if c]
    return found[0] if found else None
