"""Money: a number with a currency word, abbreviation, sign or ISO code on either side, its subunits
("руб. 98 коп.", "$3 и 20 центов"), or subunits alone ("50 копеек")."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..draft import Draft
from ..numbers import NumberExpr, is_digits, numerals, scan_number
from ..text.doc import Doc
from ..vocab import PhraseTable, alternation, phrase_forms, table, words
from .amounts import Amount, Tail, tailed

HUNDREDTH = Decimal("0.01")


@cache
def currencies() -> PhraseTable:
    """Every way of naming a currency after a number: the hand-kept table first (it decides what an
    ambiguous word or sign stands for), then the CLDR names and signs of every ISO 4217 currency."""
    pairs: list[tuple[str, str]] = []
    for row in table("money/currencies.tsv"):
        for lemma in filter(None, row["lemmas"].split("|")):
            pairs.extend((row["code"], form) for form in sorted(phrase_forms(lemma)))
        pairs.extend((row["code"], form) for form in row["forms"].split("|"))
    unread = {code.upper() for code in words("money/unread_names.txt")}
    for row in table("money/iso4217.tsv"):
        names = [] if row["code"] in unread else [row["name"], *row["forms"].split("|")]
        pairs.extend((row["code"], form) for form in [*names, *row["signs"].split("|")])
    return PhraseTable(pairs)


@cache
def iso_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in table("money/iso4217.tsv"))


@cache
def signs() -> dict[str, str]:
    """Currency signs, which may also stand before the number ("$55 млн", "₸500")."""
    found: dict[str, str] = {}
    rows = [(r["code"], r["forms"]) for r in table("money/currencies.tsv")]
    rows += [(r["code"], r["signs"]) for r in table("money/iso4217.tsv")]
    for code, forms in rows:
        for form in forms.split("|"):
            if len(form) == 1 and not form.isalnum():
                found.setdefault(form, code)
    return found


@cache
def minor_units() -> PhraseTable:
    """Subunits after a main unit ("коп.", "центов", "тиын", "ц"), each with its currency."""
    return PhraseTable.of("money/minor_units.tsv", "code")


@cache
def minor_alone() -> PhraseTable:
    """Subunits that are a sum alone ("50 копеек", "99 центов"); "ц" alone is a centner."""
    rows = [r for r in table("money/minor_units.tsv") if r["alone"] == "yes"]
    pairs = [
        (r["code"], f)
        for r in rows
        for lemma in filter(None, r["lemmas"].split("|"))
        for f in phrase_forms(lemma)
    ]
    return PhraseTable([*pairs, *((r["code"], f) for r in rows for f in r["forms"].split("|"))])


@cache
def _prefixes() -> tuple[re.Pattern[str], dict[str, str]]:
    """Abbreviations written before the number ("Rs. 20", "RM 42", "US$ 3.14")."""
    codes = {form.lower(): r["code"] for r in table("money/prefixes.tsv") for form in r["forms"].split("|")}
    return re.compile(rf"(?<![^\W\d_])({alternation(codes)})\s*$"), codes


@cache
def thousands() -> PhraseTable:
    return PhraseTable.of("money/thousands.tsv", "code")


@cache
def _factors() -> dict[str, Decimal]:
    return {row["code"]: Decimal(row["factor"]) for row in table("money/thousands.tsv")}


def tail(doc: Doc, expr: NumberExpr) -> Tail | None:
    """ "76 млрд тенге", "881 913 руб. 98 коп.", "45 т. р.", "5 KWD", "50 копеек"; before the number,
    "$55 млн" and "USD 12,5 млн"."""
    start, end = expr.start, expr.end
    if end < doc.size:
        at = doc.tokens.starts[end]
        scaled = thousands().match(doc.lower, at)
        if scaled is not None:
            code = scaled[1]
            return Tail(
                "money",
                start,
                doc.token_at(scaled[0]),
                "money.thousands",
                currency=code,
                factor=_factors()[code],
            )
        found = currencies().match(doc.lower, at)
        if found is not None:
            minor, after = _minor(doc, doc.token_at(found[0]))
            return Tail("money", start, after, "money.currency_after", currency=found[1], minor=minor)
        if _is_code(doc, end):
            minor, after = _minor(doc, end + 1)
            return Tail("money", start, after, "money.code_after", currency=doc.tokens.raw(end), minor=minor)
        alone = minor_alone().match(doc.lower, at)
        if alone is not None and expr.value < 100 and not expr.scale > 1:
            return Tail(
                "money", start, doc.token_at(alone[0]), "money.subunits", currency=alone[1], factor=HUNDREDTH
            )
    return _before(doc, expr)


def _before(doc: Doc, expr: NumberExpr) -> Tail | None:
    """A sign or an ISO code written before the number: "$55 млн", "₸500", "USD 12,5 млн"."""
    start, end = expr.start, expr.end
    written = _abbreviation_before(doc, doc.tokens.starts[start])
    if written is None and not doc.same_sentence(start - 1, start):
        return None  # an abbreviation's full stop may have ended a sentence for the splitter: "Rs. 20"
    first, code, rule = start - 1, signs().get(doc.word(start - 1)), "money.sign_before"
    if code is None and _is_code(doc, start - 1):
        code, rule = doc.tokens.raw(start - 1), "money.code_before"
    if written is not None:  # "US$ 3.14" is wider than its "$"
        first, code, rule = (
            doc.token_at(written.start(1)),
            _prefixes()[1][written.group(1)],
            "money.abbreviation_before",
        )
    if code is None:
        return None
    minor, after = _minor(doc, end)
    return Tail("money", first, after, rule, currency=code, minor=minor)


@cache
def _prefix_ends() -> frozenset[str]:
    """The last characters of the abbreviations written before a number."""
    return frozenset(form[-1] for form in _prefixes()[1])


def _abbreviation_before(doc: Doc, at: int) -> re.Match[str] | None:
    """An abbreviation ending (spaces aside) right before offset `at`; the regex is searched only
    when the last character there can end one, as it seldom does."""
    lo = max(at - 8, 0)
    if doc.lower[lo:at].rstrip()[-1:] not in _prefix_ends():
        return None
    return _prefixes()[0].search(doc.lower, lo, at)


def _is_code(doc: Doc, i: int) -> bool:
    """An ISO 4217 code in capitals ("USD", "KWD"); in lower case such words are other words."""
    if len(doc.word(i)) != 3:
        return False  # the lower-cased word is as long as an ASCII code: the cheap test first
    raw = doc.tokens.raw(i)
    return len(raw) == 3 and raw.isascii() and raw.isupper() and raw in iso_codes()


def _minor(doc: Doc, i: int) -> tuple[Decimal, int]:
    """Subunits after the main unit: "руб. 98 коп." adds 0.98, "$3 и 20 центов" and "1 доллар и
    сорок два цента" add 0.20 and 0.42; two bare digits closing the sum ("20 долларов 43.") are cents."""
    j = i + 1 if doc.word(i) == "и" else i
    if j >= doc.size or not doc.same_sentence(i, j):
        return Decimal(0), i
    cents = scan_number(doc.tokens, j) if doc.words[j][0].isdigit() or doc.words[j] in numerals() else None
    if cents is None or cents.value != cents.value.to_integral_value() or not 0 <= cents.value < 100:
        return Decimal(0), i
    k = cents.end
    found = minor_units().match(doc.lower, doc.tokens.starts[k]) if k < doc.size else None
    if found is not None:
        return cents.value / 100, doc.token_at(found[0])
    closing = k >= doc.size or not doc.same_sentence(j, k) or doc.words[k] in ".,;)"
    if closing and len(doc.words[j]) == 2 and is_digits(doc.words[j]):
        return cents.value / 100, k
    return Decimal(0), i


def extract(doc: Doc, amounts: list[Amount]) -> list[Draft]:
    drafts = []
    for a, t in tailed(amounts, "money"):
        low = a.low * t.factor if a.low is not None else None
        high = a.high * t.factor if a.high is not None else None
        value = a.value * t.factor + t.minor if a.value is not None else None
        fields = {**a.bounds(), "value": value, "low": low, "high": high, "currency": t.currency}
        drafts.append(Draft("money", a.start, a.end, fields, t.rule, a.rules))
    return drafts
