"""tools/public_suites.py reads other people's suites from their own checkouts; here, small suites
written in their formats."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import public_suites  # a script of tools/, not a package
from public_suites import Expected

from factx.pipeline import Extractor

NUMERALS = """
allExamples = concat
  [ examples (NumeralValue 33)
             [ "33"
             , "тридцать три"
             ]
  , examples (NumeralValue (-7))
             [ "-7"
             ]
  ]
"""
MONEY = """
allExamples = concat
  [ examples (simple RUB 10)
             [ "10 рублей"
             ]
  , examples (simple Cent 10)
             [ "10 центов"
             ]
  , examples (between Dollar (10, 20))
             [ "от 10 до 20 долларов"
             ]
  , examples (under EUR 7)
             [ "не более 7 евро"
             , "20\\x20ac"
             ]
  , examples (someday EUR 7)
             [ "когда-нибудь"
             ]
  ]
"""
NATASHA = "tests = [\n    ['5 млн руб', '5000000.00 RUB'],\n]\n"


def suite(tmp_path: Path) -> Path:
    for name, text in ((public_suites.NUMERALS, NUMERALS), (public_suites.MONEY, MONEY)):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / public_suites.NATASHA_MONEY).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / public_suites.NATASHA_MONEY).write_text(NATASHA, encoding="utf-8")
    return tmp_path


def test_duckling_examples_are_read_with_their_values(tmp_path: Path) -> None:
    root = suite(tmp_path)
    assert public_suites.duckling_numerals(root) == [
        ("33", Decimal(33)),
        ("тридцать три", Decimal(33)),
        ("-7", Decimal(-7)),
    ]
    money, skipped = public_suites.duckling_money(root)
    assert skipped == 1  # a form the reader does not know is skipped, not scored
    assert [text for text, _ in money] == [
        "10 рублей",
        "10 центов",
        "от 10 до 20 долларов",
        "не более 7 евро",
        "20€",
    ]
    assert money[1][1] == Expected("simple", "USD", Decimal("0.1"))  # a cent is a hundredth of a dollar
    assert money[2][1] == Expected("between", "USD", Decimal(10), Decimal(20))


def test_money_is_right_only_with_its_value_currency_and_bound(tmp_path: Path) -> None:
    extractor = Extractor()
    money, _ = public_suites.duckling_money(suite(tmp_path))
    found = {text: extractor.extract(text, kinds={"money"}) for text, _ in money}
    expected = dict(money)
    assert public_suites.money_right(found["10 рублей"], expected["10 рублей"])
    assert public_suites.money_right(found["от 10 до 20 долларов"], expected["от 10 до 20 долларов"])
    assert public_suites.money_right(found["не более 7 евро"], expected["не более 7 евро"])
    assert not public_suites.money_right(found["20€"], expected["20€"])  # 20, not under 7
    assert not public_suites.money_right(found["10 рублей"], Expected("simple", "USD", Decimal(10)))


def test_natasha_cases_are_read_from_its_test_list(tmp_path: Path) -> None:
    assert public_suites.natasha_money(suite(tmp_path)) == [
        ("5 млн руб", Expected("simple", "RUB", Decimal(5000000)))
    ]
