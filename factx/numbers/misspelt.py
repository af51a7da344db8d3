"""Scale words a reader still reads when they are misspelt ("милиарда", "миллоинов", "тысячь"):
one edit (a letter left out, added, changed, or two swapped) away from a form of a scale word in
data/numbers/numerals.tsv, in a word of at least five letters that the dictionary does not know, so
that real words near a scale ("миллионер") stay themselves."""

from __future__ import annotations

from functools import cache, lru_cache

from ..text.morph import is_known
from .expr import Numeral, numerals

MIN_LENGTH = 5  # shorter words are too near too many others ("тыс" vs "тыл")


@cache
def _scale_forms() -> dict[str, dict[str, Numeral]]:
    """Every alphabetic form of a scale word, by its first letter."""
    found: dict[str, dict[str, Numeral]] = {}
    for form, numeral in numerals().items():
        if numeral.cls == "scale" and form.isalpha() and len(form) >= MIN_LENGTH:
            found.setdefault(form[0], {})[form] = numeral
    return found


@lru_cache(maxsize=50_000)
def misspelt_scale(word: str) -> Numeral | None:
    """The scale word `word` misspells, or None."""
    if len(word) < MIN_LENGTH or not word.isalpha() or word in numerals():
        return None
    forms = _scale_forms().get(word[0], {})
    near = next((n for form, n in forms.items() if _one_edit(word, form)), None)
    return near if near is not None and not is_known(word) else None


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one insertion, deletion, substitution or swap of neighbours."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    k = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[k + 1 :] == b[k + 1 :] or (a[k + 2 :] == b[k + 2 :] and a[k : k + 2] == b[k : k + 2][::-1])
    return a[k + 1 :] == b[k:] if len(a) > len(b) else a[k:] == b[k + 1 :]
