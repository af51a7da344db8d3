"""Numbers written in words: "двухсот пятидесяти шести", "три с половиной тысячи", "пять целых две
десятых", "две трети", "четверть миллиона"."""

from __future__ import annotations

from decimal import Decimal

from ..text.tokens import Tokens
from .expr import NumberExpr, Numeral, numerals, vague_scales, whole_words
from .misspelt import misspelt_scale

HALF = Decimal("0.5")
GROUP_CLASSES = frozenset({"unit", "teen", "tens", "hundreds"})
LARGEST_SCALE = Decimal(10**27)  # scales must decrease from here: септиллион is the largest


class _Reading:
    """The running state of a number in words: the total so far and the group below a thousand."""

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.group = Decimal(0)
        self.whole: Decimal | None = None  # the part before "целых"
        self.smallest = LARGEST_SCALE  # smallest scale used so far
        self.leading = Decimal(0)  # the first scale word's value
        self.last = ""  # class of the previous word inside the current group


def words_expr(tk: Tokens, i: int) -> NumberExpr | None:
    """The number in words starting at token i."""
    vocab = numerals()
    w = tk.words
    n = len(w)
    r = _Reading()
    j = i
    while j < n:
        num = vocab.get(w[j]) or (misspelt_scale(w[j]) if j > i else None)
        if num is None:
            if w[j] == "с" and j + 1 < n and w[j + 1].startswith("половин") and r.last in GROUP_CLASSES:
                r.group += HALF
                j, r.last = j + 2, "half"
                continue
            if w[j] in whole_words() and r.last in GROUP_CLASSES and r.whole is None:
                r.whole, r.total, r.group, r.last = r.total + r.group, Decimal(0), Decimal(0), ""
                j += 2 if j + 1 < n and w[j + 1] == "и" else 1  # "две целых и пять десятых"
                continue
            break
        cls = num.cls
        if cls == "scale":
            if num.value >= r.smallest or r.whole is not None:
                break
            r.total += (r.group or Decimal(1)) * num.value
            r.group, r.last, r.smallest = Decimal(0), "", num.value
            r.leading = r.leading or num.value
            j += 1
            continue
        if cls in ("fraction", "denominator"):
            found = _fraction(tk, i, j, num, r)
            if found is not None:
                return found
            break
        if cls == "halfscale":
            if r.last or r.total:
                break
            return NumberExpr(i, j + 1, num.value * HALF, scale=num.value, in_words=True)
        if cls == "hundred":  # "сотня", "две сотни": a hundred, or so many hundreds
            if r.last not in ("", "unit"):
                break
            r.group, r.last = (r.group or Decimal(1)) * num.value, "hundreds"
            j += 1
            continue
        if not _fits(cls, r.group, r.last):
            break
        r.group = Decimal("1.5") if cls == "half" else r.group + num.value
        r.last = cls
        j += 1
    if j == i or r.whole is not None or w[i] in vague_scales():  # "миллионы", "сотен миллионов"
        return None
    scaled = bool(r.leading) and not r.last
    return NumberExpr(
        i,
        j,
        r.total + r.group,
        scale=r.leading if scaled else Decimal(1),
        in_words=True,
        smallest=r.smallest if scaled else Decimal(0),
    )


def _fraction(tk: Tokens, i: int, j: int, num: Numeral, r: _Reading) -> NumberExpr | None:
    """A fraction word at token j: alone ("треть") or after its numerator ("две трети", "пять целых
    две десятых"); None where it can be neither."""
    if num.cls == "fraction" and not r.last and not r.total and r.whole is None:
        return _fraction_of_scale(tk, i, j + 1, Decimal(1) / num.value)
    if r.last not in GROUP_CLASSES:
        return None
    value = r.total + r.group / num.value + (r.whole or 0)
    if r.whole is None:
        return _fraction_of_scale(tk, i, j + 1, value)
    return NumberExpr(i, j + 1, value, in_words=True)


def _fraction_of_scale(tk: Tokens, i: int, j: int, value: Decimal) -> NumberExpr:
    """A fraction, or a fraction of a scale word after it: "две трети", "четверть миллиона"."""
    num = numerals().get(tk.words[j]) if j < len(tk) else None
    if num is not None and num.cls == "scale":
        return NumberExpr(i, j + 1, value * num.value, scale=num.value, in_words=True)
    return NumberExpr(i, j, value, in_words=True, fraction=True)


def _fits(cls: str, group: Decimal, last: str) -> bool:
    """Whether a word of class `cls` can continue a group below a thousand ("двести сорок один")."""
    if cls in ("hundreds", "half"):
        return not last
    if cls == "tens":
        return last in ("", "hundreds")
    return last in ("", "hundreds", "tens") and not group % 10
