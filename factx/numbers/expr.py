"""Number expressions as the grammar reads them, and the number-word vocabulary they are read with."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from functools import cache

from ..text.morph import parses
from ..vocab import lemma_forms, table, words

EXACT = Context(prec=80)  # enough for MAX_DIGITS digits times the largest scale
FRACTION_PLACES = Decimal(10) ** -20  # thirds and other endless fractions are rounded here
MAX_DIGITS = 40  # longer digit runs are identifiers or noise, never quantities


@dataclass(frozen=True, slots=True)
class Numeral:
    value: Decimal
    cls: str  # unit, teen, tens, hundreds, hundred ("сотня"), half, scale, fraction, denominator, halfscale


@dataclass(slots=True)
class NumberExpr:
    """A number expression over tokens [start, end), never changed once made (`dataclasses.replace`
    makes a new one); not frozen, as a frozen dataclass is several times slower to build (see
    Amount)."""

    start: int
    end: int
    value: Decimal
    scale: Decimal = Decimal(1)  # the leading scale word's multiplier ("3,5 тыс." → 1000)
    in_words: bool = False
    fraction: bool = False  # a bare fraction noun or "две трети"
    digits: str = ""  # the digits as written, for year and code checks
    smallest: Decimal = Decimal(0)  # the smallest scale used ("2 млрд 300 млн" → 1000000), 0 for none
    excess: bool = False  # "300 с лишним": a little more than the number, a lower bound


@cache
def numerals() -> dict[str, Numeral]:
    """Every form of every number word (numbers/numerals.tsv) and scale abbreviation."""
    found: dict[str, Numeral] = {}
    for row in table("numbers/numerals.tsv"):
        numeral = Numeral(Decimal(row["value"]), row["class"])
        forms = set() if row["keep"] == "-" else set(lemma_forms(row["lemma"], row["keep"]))
        forms.update(filter(None, row["forms"].split("|")))
        for form in sorted(forms):
            found.setdefault(form, numeral)
    for form, value in abbreviated_scales().items():
        found.setdefault(form, Numeral(value, "scale"))
    return found


@cache
def abbreviated_scales() -> dict[str, Decimal]:
    return {row["form"]: Decimal(row["value"]) for row in table("numbers/abbreviations.tsv")}


@cache
def digit_suffixes() -> dict[str, tuple[Decimal, bool]]:
    """Scale letters as written, with whether a space may come before them."""
    return {
        row["form"]: (Decimal(row["value"]), row["spaced"] == "yes")
        for row in table("numbers/digit_suffixes.tsv")
    }


@cache
def vague_scales() -> frozenset[str]:
    """Scale words that are only plural ("миллионы людей", "тысячами", "сотен"): alone they are vague,
    no number.
    "тысячи" is also a singular genitive ("одной тысячи") and so is not among them."""
    return frozenset(
        form
        for form in _number_nouns()
        if all(p.tag.number == "plur" for p in parses(form) if p.tag.POS == "NOUN")
    )


@cache
def plural_like() -> frozenset[str]:
    """Number nouns in a form that is both their genitive singular and their plural ("тысячи",
    "сотни"): alone they are the genitive of one only after a word that asks for it ("около сотни")."""
    return frozenset(
        form
        for form in _number_nouns()
        if any(p.tag.POS == "NOUN" and p.tag.number == "plur" for p in parses(form))
        and any(p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case == "gent" for p in parses(form))
    )


def _number_nouns() -> list[str]:
    """The forms of the scale and hundred nouns written out in letters ("тысячами", "сотни")."""
    return [
        form
        for form, numeral in numerals().items()
        if numeral.cls in ("scale", "hundred") and form.isalpha() and form not in abbreviated_scales()
    ]


@cache
def whole_words() -> frozenset[str]:
    """ "целых", "целая"…: the word after the whole part of a number in words."""
    return frozenset(form for lemma in words("numbers/whole_words.txt") for form in lemma_forms(lemma))


def exact(value: Decimal) -> Decimal:
    """The same number without trailing zeros or exponent: 3500.0 → 3500, 5.60 → 5.6."""
    with localcontext(EXACT):
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        if value.as_tuple().exponent < -20:  # type: ignore[operator]
            value = value.quantize(FRACTION_PLACES)
        return value.normalize()
