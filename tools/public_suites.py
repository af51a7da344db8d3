"""Score factx on other people's test suites for Russian numbers and money, read from their own
checkouts (the suites are not copied into the project):

    python tools/public_suites.py --duckling DUCKLING_DIR --natasha NATASHA_DIR [--verbose]

- Duckling (github.com/facebook/duckling): Duckling/Numeral/RU/Corpus.hs, each string read by
  `factx.parse_number` and right when it gives the example's value; Duckling/AmountOfMoney/RU/Corpus.hs,
  each string read by `factx.extract(kinds={"money"})` and right when it gives one money fact with the
  example's value (or range, or bound and its side) and currency.
- natasha (github.com/natasha/natasha): tests/test_money.py, its list of (text, "amount CODE"), scored
  as Duckling's money.

Duckling's currency names are read as ISO codes: Dollar is USD, Pound GBP, Cent a hundredth of a USD;
Unnamed ("42 бакса") takes any currency. An example whose form this reader does not know is counted
as skipped, not as wrong.
"""

from __future__ import annotations

import argparse
import ast
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import factx
from factx.facts import Fact

NUMERALS = Path("Duckling/Numeral/RU/Corpus.hs")
MONEY = Path("Duckling/AmountOfMoney/RU/Corpus.hs")
NATASHA_MONEY = Path("tests/test_money.py")
CURRENCIES = {"Dollar": "USD", "Pound": "GBP", "Cent": "USD", "Unnamed": None}
BELOW, ABOVE = ("lt", "lte"), ("gt", "gte")
BLOCK = re.compile(r"examples \((\w+) (.+?)\)\s*\[(.*?)\]", re.S)
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
class Expected:
    form: str  # simple, between, under, above
    currency: str | None  # ISO code; None for any
    low: Decimal
    high: Decimal | None = None  # the upper end of a range


def haskell_string(literal: str) -> str:
    """A Haskell string literal's text: "\\x20ac" is "€", "\\&" separates an escape from a digit."""
    text = re.sub(r"\\x([0-9a-fA-F]+)", lambda m: chr(int(m[1], 16)), literal)
    return text.replace("\\&", "").replace('\\"', '"')


def duckling_numerals(root: Path) -> list[tuple[str, Decimal]]:
    cases = []
    for form, value, strings in BLOCK.findall((root / NUMERALS).read_text(encoding="utf-8")):
        if form == "NumeralValue":
            cases += [(haskell_string(s), Decimal(value.strip("()"))) for s in STRING.findall(strings)]
    return cases


def duckling_money(root: Path) -> tuple[list[tuple[str, Expected]], int]:
    cases, skipped = [], 0
    for form, argument, strings in BLOCK.findall((root / MONEY).read_text(encoding="utf-8")):
        texts = [haskell_string(s) for s in STRING.findall(strings)]
        match = re.fullmatch(r"(\w+) \(?([\d.e]+)(?:, ([\d.e]+))?\)?", argument.strip())
        if match is None or form not in ("simple", "between", "under", "above"):
            skipped += len(texts)
            continue
        name, low, high = match.groups()
        scale = Decimal("0.01") if name == "Cent" else Decimal(1)
        currency = CURRENCIES.get(name, name)
        expected = Expected(form, currency, Decimal(low) * scale, Decimal(high) if high else None)
        cases += [(text, expected) for text in texts]
    return cases, skipped


def natasha_money(root: Path) -> list[tuple[str, Expected]]:
    source = (root / NATASHA_MONEY).read_text(encoding="utf-8")
    tree = ast.parse(source)
    listed = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "tests" for t in node.targets)
    )
    cases = []
    for text, answer in ast.literal_eval(listed):
        amount, code = answer.split()
        cases.append((text, Expected("simple", code, Decimal(amount))))
    return cases


def money_right(facts: list[Fact], expected: Expected) -> bool:
    if len(facts) != 1:
        return False
    fact = facts[0]
    currency = getattr(fact, "currency", None)
    if expected.currency is not None and currency != expected.currency:
        return False
    value, low, high = (getattr(fact, name, None) for name in ("value", "low", "high"))
    qualifier = getattr(fact, "qualifier", None)
    if expected.form == "between":
        return low == expected.low and high == expected.high
    if expected.form == "under":
        return value == expected.low and qualifier in BELOW
    if expected.form == "above":
        return value == expected.low and qualifier in ABOVE
    return value == expected.low


def report(name: str, right: int, total: int, skipped: int = 0) -> None:
    extra = f", {skipped} skipped" if skipped else ""
    print(f"{name:<28}{right:>4} of {total:<4} {right / total:.3f}{extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duckling", type=Path, help="a checkout of github.com/facebook/duckling")
    parser.add_argument("--natasha", type=Path, help="a checkout of github.com/natasha/natasha")
    parser.add_argument("--verbose", "-v", action="store_true", help="list each example factx gets wrong")
    args = parser.parse_args()
    extractor = factx.Extractor()
    if args.duckling:
        numerals = duckling_numerals(args.duckling)
        wrong = [(text, value) for text, value in numerals if factx.parse_number(text) != value]
        report("Duckling numerals (RU)", len(numerals) - len(wrong), len(numerals))
        for text, value in wrong if args.verbose else []:
            print(f"  {text!r}: {factx.parse_number(text)} ≠ {value}")
    money: dict[str, list[tuple[str, Expected]]] = {}
    skipped = 0
    if args.duckling:
        money["Duckling money (RU)"], skipped = duckling_money(args.duckling)
    if args.natasha:
        money["natasha money"] = natasha_money(args.natasha)
    right_in_all = 0
    for name, cases in money.items():
        found = [(text, e, extractor.extract(text, kinds={"money"})) for text, e in cases]
        missed = [(text, e, facts) for text, e, facts in found if not money_right(facts, e)]
        right_in_all += len(cases) - len(missed)
        report(name, len(cases) - len(missed), len(cases), skipped if name.startswith("Duckling") else 0)
        for text, e, facts in missed if args.verbose else []:
            got = [(f.text, getattr(f, "value", None), getattr(f, "currency", None)) for f in facts]
            print(f"  {text!r}: {got} ≠ {e}")
    if len(money) == 2:
        report("money, both suites", right_in_all, sum(len(cases) for cases in money.values()))


if __name__ == "__main__":
    main()
