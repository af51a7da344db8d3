"""Quantities: a number with a measure unit ("120 га") or with the noun it counts ("2 тыс. рабочих мест",
read by counted_nouns.py); not a rank, a duration, a name or a site menu's number."""

from __future__ import annotations

from ..draft import Draft
from ..numbers import NumberExpr
from ..text.doc import Doc
from ..text.morph import parses
from ..text.tokens import CLOSING_QUOTES, OPENING_QUOTES
from ..vocab import stems, words
from .amounts import Amount, Tail, tailed
from .counted_nouns import counted_noun, units

DURATION_WINDOW = 8
MENU_WORDS = 3  # the longest line of a site's menu around a number that names something


def tail(doc: Doc, expr: NumberExpr) -> Tail | None:
    end = expr.end
    if end >= doc.size or expr.fraction or (expr.in_words and expr.value == 1 and expr.end - expr.start == 1):
        return None  # "один человек", "цена одного квадратного метра": "один" alone names one thing
    found = units().match(doc.lower, doc.tokens.starts[end])
    if found is not None:  # a unit may follow "тыс." even where the sentence splitter saw a full stop
        return Tail("unit", expr.start, doc.token_at(found[0]), "quantity.unit", unit=found[1])
    if not doc.same_sentence(expr.start, end):
        return None
    counted = counted_noun(doc, end) or _quoted_count(doc, end)
    if counted is None:
        return None
    unit, after = counted
    if unit.rsplit(" ", 1)[-1] in words("time/time_units.txt") and not _after_duration_word(doc, expr.start):
        # a stretch of time, its noun qualified or not: "за два истекших года"
        return None
    if not unit.isupper() and not _counts(expr, doc.words[after - 1]):  # "6 АГРС" does not decline
        return None
    if unit in words("quantity/rank_nouns.txt") and _ranked(doc, expr.start, after):
        return None
    return Tail("noun", expr.start, after, "quantity.counted_noun", unit=unit)


def _counts(expr: NumberExpr, noun: str) -> bool:
    """Whether the noun's form can follow the number as a count: "на 5 этаже" (singular, not genitive,
    after a number that does not end in one) names the fifth floor, it counts nothing."""
    value = expr.value
    if expr.in_words or expr.scale > 1 or value != value.to_integral_value() or value < 2:
        return True
    if value % 10 == 1 and value % 100 != 11:
        return True  # "в 21 школе" counts twenty-one schools
    return any(
        p.tag.POS == "NOUN" and (p.tag.number != "sing" or p.tag.case in ("gent", "gen2"))
        for p in parses(noun)
    ) or not any(p.tag.POS == "NOUN" for p in parses(noun))


def _ranked(doc: Doc, start: int, after: int) -> bool:
    """ "область занимает 1 место по республике", "– 1 место по РК": a place in a ranking, told by a
    word of ranking before the number in its sentence (a verb of holding only before the singular:
    "партия занимает 217 мест" holds seats) or a scope of ranking right after the noun; "5 мест в
    детском саду" and "школа на 600 мест" count seats."""
    before = (
        doc.words[j] for j in doc.window(start, RANK_WINDOW) if j < start and doc.same_sentence(j, start)
    )
    singular = any(p.tag.number == "sing" for p in parses(doc.words[after - 1])[:1])
    cues = stems("quantity/rank_before.txt") + (stems("quantity/rank_verbs.txt") if singular else ())
    if any(w.startswith(cues) for w in before):
        return True
    following = " ".join(doc.words[after : after + 2])
    return any(following == p or following.startswith(p + " ") for p in words("quantity/rank_after.txt"))


RANK_WINDOW = 10  # how far before "N место" a word of ranking reaches


def _after_duration_word(doc: Doc, i: int) -> bool:
    """ "срок реализации — 5 лет", "сроком на 25 лет": a count of time that measures something."""
    durations = words("time/duration_words.txt")
    window = doc.window(i, DURATION_WINDOW)
    return any(doc.words[j] in durations and not _quoted_name(doc, j, i) for j in window if j < i)


def _quoted_name(doc: Doc, j: int, i: int) -> bool:
    """ "программы «Серебряный возраст» старше 63 лет": a word inside a quoted name closed before the
    number names the programme, it measures nothing."""
    opened = any(doc.words[k] == '"' for k in doc.window(j, QUOTED_WORDS) if k < j)
    return opened and doc.words[j + 1 : i].count('"') == 1


QUOTED_WORDS = 4  # how far before a word its quoted name may open


def _quoted_count(doc: Doc, i: int) -> tuple[str, int] | None:
    """ "4 из 7 «Комфортных школ»": a counted noun phrase in quotes right after the number, the
    programme's name for the things it counts, closing quote included."""
    if doc.word(i) != '"' or not doc.is_capitalised(i + 1):
        return None
    found = counted_noun(doc, i + 1, capitalised=True)
    if found is None or doc.word(found[1]) != '"' or _nominative_singular(doc, found[1] - 1):
        return None  # "96 «Питьевая вода»" names a programme
    return found[0], found[1] + 1


def _nominative_singular(doc: Doc, j: int) -> bool:
    return (found := doc.first(j)) is not None and {"nomn", "sing"} <= found.grammemes


def _is_name(doc: Doc, a: Amount) -> bool:
    """A number and a counted noun that name something, a channel or a paper ("31 канал", "7 Дней"):
    the whole of a quoted name, or an item of a site's menu: on a line of capitalised words with no
    punctuation, with two such words around it or such lines above and below."""
    if doc.word(a.start - 1) in OPENING_QUOTES and doc.word(a.end) in CLOSING_QUOTES:
        return True
    if a.scaled:
        return False  # "В Саратове 3 тысячи безработных": a headline's count, no name has a scale word
    text, starts = doc.text, doc.tokens.starts
    first = text.rfind("\n", 0, starts[a.start]) + 1
    last = text.find("\n", starts[a.end - 1])
    last = len(text) if last < 0 else last
    if last - first > MENU_LINE_CHARS:
        return False  # a menu's line is short: prose, and a hostile one-line text, are read no further
    others = text[first : starts[a.start]].split() + text[doc.tokens.ends[a.end - 1] : last].split()
    if not all(_menu_word(w) for w in others):
        return False
    if len(others) >= 2:
        return True
    return all(
        0 < len(line) <= MENU_WORDS and all(map(_menu_word, line)) for line in _around(text, first, last)
    )


def _around(text: str, first: int, last: int) -> tuple[list[str], list[str]]:
    """The words of the nearest non-empty lines above and below the line text[first:last], each read
    no further than a menu's line could reach (a longer line has more words than a menu's)."""
    end = first - 1
    while end >= 0 and text[end] == "\n":
        end -= 1
    end += 1
    above = text[text.rfind("\n", max(end - MENU_LINE_CHARS - 1, 0), end) + 1 : end] if end else ""
    start = last
    while start < len(text) and text[start] == "\n":
        start += 1
    stop = text.find("\n", start, start + MENU_LINE_CHARS + 1)
    below = text[start : stop if stop >= 0 else start + MENU_LINE_CHARS + 1]
    return above.split(), below.split()


MENU_LINE_CHARS = 200  # a site menu's line is never longer


def _menu_word(word: str) -> bool:
    """A capitalised word without punctuation, maybe after digits: "Погода", "7Дней"; a word in
    capitals belongs to a headline written in capitals, not to a menu."""
    letters = word.lstrip("0123456789")
    return letters[:1].isupper() and letters.isalpha() and not (len(letters) > 1 and letters.isupper())


def extract(doc: Doc, amounts: list[Amount]) -> list[Draft]:
    return [
        Draft("quantity", a.start, a.end, {**a.bounds(), "unit": t.unit}, t.rule, a.rules)
        for a, t in tailed(amounts, "unit", "noun")
        if t.kind == "unit" or not _is_name(doc, a)
    ]
