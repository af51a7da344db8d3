"""Write factx/data/money/iso4217.tsv from Babel's copy of the Unicode CLDR: every ISO 4217 code, its
Russian name declined into every case and number (with pymorphy3, as factx.vocab declines any phrase),
and the currency signs that name it alone in some locale ("₸", "₴", "₼").

Run it after upgrading Babel: `.venv/bin/python tools/currencies.py`. Colloquial names, abbreviations
and the default of an ambiguous sign ("$", "£", "¥") are kept by hand in factx/data/money/currencies.tsv.
"""

from __future__ import annotations

import collections
from pathlib import Path

import babel
from babel import Locale, localedata
from babel.numbers import get_currency_name, list_currencies

from factx.vocab import phrase_forms

OUT = Path(__file__).resolve().parents[1] / "factx" / "data" / "money" / "iso4217.tsv"
NOT_SIGNS = frozenset({"¤", "\u200b"})
NOT_CURRENCIES = frozenset({"XXX", "XTS"})  # "no currency" and the testing code


def signs() -> dict[str, str]:
    """Signs used for exactly one currency across all of CLDR's locales."""
    codes: dict[str, set[str]] = collections.defaultdict(set)
    for identifier in localedata.locale_identifiers():
        try:
            locale = Locale.parse(identifier)
        except (ValueError, babel.UnknownLocaleError):
            continue
        for code, sign in locale.currency_symbols.items():
            if len(sign) <= 3 and not any(ch.isalnum() for ch in sign) and sign not in NOT_SIGNS:
                codes[sign].add(code)
    return {sign: next(iter(found)) for sign, found in codes.items() if len(found) == 1}


def main() -> None:
    by_code: dict[str, list[str]] = collections.defaultdict(list)
    for sign, code in signs().items():
        by_code[code].append(sign)
    lines = [
        f"# Written by tools/currencies.py from Babel {babel.__version__} (Unicode CLDR); not edited by hand",
        "# code, Russian name, its case and number forms, signs that name only this currency",
        "code\tname\tforms\tsigns",
    ]
    for code in sorted(list_currencies()):
        name = get_currency_name(code, locale="ru")
        if name == code or code in NOT_CURRENCIES:
            continue
        forms = "|".join(sorted(phrase_forms(name) - {name.lower()}))
        lines.append(f"{code}\t{name}\t{forms}\t{'|'.join(sorted(by_code.get(code, [])))}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 3} currencies written to {OUT}")


if __name__ == "__main__":
    main()
