"""Shares: "около трети", "почти половина", "две трети", "каждый четвертый", "пятая часть" → a
fraction in 0..1."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..draft import Draft
from ..numbers import exact
from ..text.doc import Doc
from ..text.morph import has_tag
from ..vocab import table, word_start_alternation, words
from .amounts import Amount
from .qualifiers import qualifier_before


@cache
def _every_nth() -> tuple[re.Pattern[str], dict[str, Decimal]]:
    values = {r["stem"]: Decimal(r["value"]) for r in table("share/ordinals.tsv")}
    stems = "|".join(sorted(values, key=len, reverse=True))
    return re.compile(rf"кажд(?<!\wкажд)[^\W\d_]*\s+({stems})[^\W\d_]*"), values  # \b after: see vocab


@cache
def _nth_part() -> re.Pattern[str]:
    """ "четвертую часть", "пятая часть": an ordinal before "часть" names a share; "вторая часть" is
    the second of several parts, not a half, and "пяти частей" counts parts."""
    stems = word_start_alternation(s for s, v in _every_nth()[1].items() if v > 2)
    return re.compile(rf"({stems})(?:ая|ую|ой|ья|ью|ьей)\s+част(?:ь|и|ью)\b")


def _is_time_part(doc: Doc, a: Amount) -> bool:
    """ "во второй половине года", "первая треть века": a part of a period, not a share."""
    before, after = doc.word(a.num_start - 1), doc.word(a.num_end)
    return (
        (before.isalpha() and has_tag(before, "Anum"))
        or after in words("share/time_nouns.txt")
        or (after.isalpha() and has_tag(after, "Anum"))  # "в половине девятого"
    )


def extract(doc: Doc, amounts: list[Amount]) -> list[Draft]:
    drafts = [
        Draft(
            "share",
            a.start,
            a.num_end,
            {"value": a.value, "qualifier": a.qualifier, "direction": a.direction},
            "share.fraction",
            a.rules,
        )
        for a in amounts
        if a.fraction
        and a.tail is None
        and a.value is not None
        and a.value <= 1
        and not _is_time_part(doc, a)
    ]
    drafts.extend(_slashed(doc))
    pattern, values = _every_nth()
    for rule, found in (("share.every_nth", pattern), ("share.nth_part", _nth_part())):
        for m in found.finditer(doc.lower):
            i = doc.token_at(m.start())
            if rule == "share.nth_part" and doc.word(i - 1) in ("в", "во"):
                continue  # "в третьей части отчета" names a section
            start, qualifier, q_rule = qualifier_before(doc, i)
            end = doc.token_at(m.end())
            fields = {"value": exact(1 / values[m.group(1)]), "qualifier": qualifier}
            drafts.append(Draft("share", start, end, fields, rule, (q_rule,) if q_rule else ()))
    return drafts


# a fraction written with a slash; the digit before the look-behind lets the engine skip to digits
SLASHED = re.compile(r"([1-9])(?<![\d/.,][1-9])/([2-9]|10)(?![\d/.,])")


def _slashed(doc: Doc) -> list[Draft]:
    """ "1/3 жителей", "почти 2/3 бюджета": a proper fraction written with a slash (its digits are
    blocked for the other kinds, numbers/blocked.py)."""
    found = []
    for m in SLASHED.finditer(doc.text):
        numerator, denominator = int(m.group(1)), int(m.group(2))
        if numerator >= denominator:
            continue
        i = doc.token_at(m.start())
        start, qualifier, q_rule = qualifier_before(doc, i)
        fields = {"value": exact(Decimal(numerator) / denominator), "qualifier": qualifier}
        end = doc.token_at(m.end() - 1) + 1
        found.append(Draft("share", start, end, fields, "share.slashed", (q_rule,) if q_rule else ()))
    return found
