"""Quantities: a number with a measure unit ("120 га") or with the noun it counts ("2 тыс. рабочих мест")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pymorphy3.analyzer import Parse

from ..draft import Draft
from ..numbers import NumberExpr, numerals
from ..places.gazetteer import is_place_abbreviation
from ..text.doc import Doc
from ..text.morph import fold, inflect, is_known, parses
from ..text.phrases import adjective, adjective_readings, agreeing, nominative_phrase
from ..text.tokens import CLOSING_QUOTES, OPENING_QUOTES
from ..vocab import PhraseTable, stems, table, words
from .amounts import Amount, Tail, tailed

MAX_ADJECTIVES = 3
DURATION_WINDOW = 8
ABBREVIATION_WITH_ENDING = re.compile(r"([А-ЯA-Z]{2,})(а|у|ом|е|ы|ов|ам|ами|ах)")  # "4 ФОКа", "27 ЦОНов"
NAME_TAGS = ("Geox", "Name", "Surn", "Patr", "Abbr")
SPELLED_WORD = 4  # a word in capitals this long may be a plain word, not an abbreviation
_CYRILLIC = re.compile(r"[А-ЯЁ]")
MENU_WORDS = 3  # the longest line of a site's menu around a number that names something


@cache
def counted_lemmas() -> dict[str, str]:
    """Forms whose likeliest lemma is wrong after a number ("голов" → голова, not гол)."""
    return {r["form"]: r["lemma"] for r in table("quantity/counted_lemmas.tsv")}


@cache
def units() -> PhraseTable:
    return PhraseTable.of("quantity/units.tsv", "symbol")


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


@lru_cache(maxsize=100_000)
def _counted(word: str) -> Parse | None:
    """The reading of a word as a counted noun, with corrections where the likeliest is wrong (an
    abbreviation reads as its word: "мин" → минута); a
    participle the dictionary marks as often used as a noun (Subx) counts people in the genitive
    plural, the form a count takes ("20 тыс. отдыхающих"; not "14 начинающим предпринимателям")."""
    override = counted_lemmas().get(word)
    if override is not None:
        return next((p for p in parses(word) if p.normal_form == override), None) or parses(override)[0]
    for p in parses(word):  # "птицефабрика" is tagged an organisation's name, yet counts like any noun
        if p.tag.POS == "NOUN" and not any(t in p.tag for t in NAME_TAGS):
            return p
    for p in parses(word):  # "20 тыс. отдыхающих", "300 работающих": a participle used as a noun
        if p.tag.POS == "PRTF" and ("Subx" in p.tag or "actv" in p.tag) and {"plur", "gent"} in p.tag:
            return p
    return None


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


def counted_noun(doc: Doc, i: int, capitalised: bool = False) -> tuple[str, int] | None:
    """The counted noun phrase starting at token i, as a nominative singular lemma, and its end;
    adjectives may be joined by "и" or one put in brackets ("малых и средних предприятий",
    "крестьянских (фермерских) хозяйств"), and stay so in the lemma. A capital letter ends it (a name
    follows), but for the first word of a quoted one when `capitalised`."""
    adjectives: list[str] = []  # the words before the noun: adjectives and the joiners between them
    j = i
    while j < doc.size and doc.same_sentence(i, j):
        w = doc.words[j]
        abbreviation = _abbreviation(doc.tokens.raw(j))
        if abbreviation:  # "1 234 ДТП", "4 ФОКа", "2 новых ФАПа" (an abbreviation has no gender: masculine)
            named = [inflect(a, "nomn", "sing", "masc") for a in map(adjective, adjectives) if a is not None]
            return fold(" ".join([*named, abbreviation])), j + 1
        if adjectives and w in ADJECTIVE_JOINERS and _adjective_joined(doc, j):
            adjectives.append(w)
            j += 1
            continue
        if adjectives and not w.replace("-", "").isalpha():  # "364 жилых дома и пять многоквартирных."
            earlier = _earlier_noun(doc, i, adjectives)
            return (nominative_phrase(earlier[0], earlier[1]), j) if earlier else None
        if (
            not w.replace("-", "").isalpha()
            or len(w) < 2  # a letter alone abbreviates ("50 б.п."); the units that are one say so
            or w in words("quantity/not_counted.txt")
            or (doc.is_capitalised(j) and not (capitalised and j == i))
        ):
            return None
        noun = _counted(w)
        adj = adjective(w)
        shared = _shared_noun(doc, j) if adj is not None else None
        if shared is not None:  # "12 новых и 5 модернизированных школ": the first counts школы too
            agreed = [a if a in ADJECTIVE_JOINERS else agreeing(a, shared) for a in [*adjectives, w]]
            if all(agreed):
                return nominative_phrase(filter(None, agreed), shared), j + 1
        if adj is not None and noun is not None and _next_is_noun(doc, j):
            noun = None  # "рабочих мест": an adjective before its noun, not the noun "рабочий"
        if noun is not None:
            agreed = [a if a in ADJECTIVE_JOINERS else agreeing(a, noun) for a in adjectives]
            if all(agreed):  # "новых рабочих мест" → новое рабочее место
                return nominative_phrase(filter(None, agreed), noun), j + 1
        if adj is None or len(adjectives) >= MAX_ADJECTIVES * 2:
            return None
        adjectives.append(w)
        j += 1
    return None


ADJECTIVE_JOINERS = ("и", "(", ")")


def _earlier_noun(doc: Doc, i: int, adjectives: list[str]) -> tuple[list[Parse | str], Parse] | None:
    """ "364 индивидуальных жилых дома и пять многоквартирных": a count of adjectives alone after "и"
    or "или" counts the noun that ends the count right before it, told by its own adjectives
    (→ "многоквартирный дом"); the earlier count is a number, maybe adjectives, and that noun."""
    b = i - 1
    while b > 0 and (_number_word(doc.words[b]) or doc.words[b] in NUMBER_PARTS):
        b -= 1
    if b == i - 1 or doc.words[b] not in ("и", "или") or not doc.same_sentence(b - 1, i):
        return None
    noun = _counted(doc.words[b - 1])
    if noun is None or doc.is_capitalised(b - 1) or adjective(doc.words[b - 1]) is not None:
        return None
    k = b - 2
    while k > 0 and k > b - 2 - MAX_ADJECTIVES and adjective(doc.words[k]) is not None:
        k -= 1
    if not doc.words[k][:1].isdigit() or is_year_like(doc.words[k]):
        return None
    agreed: list[Parse | str] = []
    for a in adjectives:
        if a in ADJECTIVE_JOINERS:
            agreed.append(a)
            continue
        forms = (noun.inflect({r.tag.number, r.tag.case}) for r in adjective_readings(a) if r.tag.number)
        reading = next((agreeing(a, f) for f in forms if f is not None and agreeing(a, f) is not None), None)
        if reading is None:
            return None
        agreed.append(reading)
    return agreed, noun


def is_year_like(word: str) -> bool:
    """Four digits a year could be: "в 2023 году и …" counts no years."""
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def _adjective_joined(doc: Doc, j: int) -> bool:
    """The joiner at j stands between two adjectives: "малых и средних", "крестьянских (фермерских)",
    "(фермерских) хозяйств" after its bracket closes."""
    if doc.words[j] == ")":
        return doc.word(j - 2) == "("
    nxt = doc.word(j + 1)
    return nxt.isalpha() and adjective(nxt) is not None and (doc.words[j] == "и" or doc.word(j + 2) == ")")


def _next_is_noun(doc: Doc, j: int) -> bool:
    """Whether a noun agreeing with the adjective at j follows, maybe after more adjectives and their
    joiners; any reading of the adjective may agree ("14 начинающим предпринимателям": dative plural)."""
    k = j + 1
    while k < min(j + 1 + MAX_ADJECTIVES * 2, doc.size) and doc.same_sentence(j, k):
        w = doc.words[k]
        k += 1
        if w in ADJECTIVE_JOINERS and _adjective_joined(doc, k - 1):
            continue
        if not w.replace("-", "").isalpha():  # "молочно-товарные фермы"
            return False
        noun = _counted(w)
        if noun is not None and agreeing(doc.words[j], noun) is not None:
            return True
        if adjective(w) is None:
            return False
    return False


MAX_LISTED = 6  # how many comma-joined counts a list's shared noun reaches back over
NUMBER_PARTS = frozenset({",", ".", "тыс", "млн", "млрд"})  # "5", "2,5", "3 тыс."


def _shared_noun(doc: Doc, j: int) -> Parse | None:
    """The noun of the next count in a list, when the adjective at j ends the first count ("12 новых
    и 5 модернизированных школ"): after "и" or "или", a number, perhaps adjectives, and a
    counted noun that the adjective at j, in the plural a count asks for, agrees with; past the
    commas of a longer list ("67 крупных, 274 средних и 4801 малое промпредприятие")."""
    last = _last_listed(doc, j)
    k = last + 2
    if doc.word(last + 1) not in ("и", "или") or not _number_word(doc.word(k)):
        return None
    if not any(a.tag.number == "plur" for a in adjective_readings(doc.words[j])):
        return None  # "на 1 погибшего и 7 раненых", "37 круглосуточного и 8 дневного пребывания мест"
    if not doc.word(k)[:1].isdigit() and not any(
        a.tag.case in OBLIQUE for a in adjective_readings(doc.words[j])
    ):
        return None  # a count in words governs its adjective: "двух аварийных", not "двух этажные"
    while k < doc.size and (_number_word(doc.words[k]) or doc.words[k] in NUMBER_PARTS) and k - j < 8:
        k += 1
    # "33 централизованные и 191 автономная котельная": after a number ending in one, the noun is
    # in the nominative singular
    one = doc.word(k - 1).endswith("1") and not doc.word(k - 1).endswith("11")
    for m in range(k, min(k + MAX_ADJECTIVES + 1, doc.size)):
        if not doc.same_sentence(j, m):
            return None
        noun = _counted(doc.words[m])
        if noun is not None and not (adjective(doc.words[m]) and _next_is_noun(doc, m)):
            readings = (  # a noun a count governs: not one in the nominative singular, a subject
                p
                for p in parses(doc.words[m])
                if p.tag.POS == noun.tag.POS == "NOUN" and (one or {"nomn", "sing"} not in p.tag)
            )
            return next((p for p in readings if agreeing(doc.words[j], p) is not None), None)
        if adjective(doc.words[m]) is None:
            return None
    return None


def _last_listed(doc: Doc, j: int) -> int:
    """The adjective that ends the last count before "и" of a list whose counts, each a number and one
    adjective, are joined by commas: "67 крупных, 274 средних и …" from "крупных" gives "средних"."""
    for _ in range(MAX_LISTED):
        k = j + 2
        if doc.word(j + 1) != "," or not _number_word(doc.word(k)):
            return j
        while k < doc.size and _number_word(doc.words[k]) and k - j < 8:
            k += 1
        item_ends = doc.word(k + 1) in (",", "и", "или")
        if not doc.same_sentence(j, k) or adjective(doc.words[k]) is None or not item_ends:
            return j
        j = k
    return j


def _number_word(word: str) -> bool:
    """A number's word in digits or letters ("12 новых и 5 …", "четырех аварийных и двух …"), not a
    form of "один", whose noun is singular ("двух полицейских и одного прохожего")."""
    return word[:1].isdigit() or (word in numerals() and not word.startswith("одн"))


OBLIQUE = ("gent", "datv", "ablt", "loct")


def _plain_word(word: str) -> bool:
    return is_known(word) and not any("Abbr" in p.tag for p in parses(word))


def _abbreviation(raw: str) -> str | None:
    """An abbreviation in capitals, maybe with a case ending ("ДТП", "ФОКа", "ЦОНов"), that names no place;
    a word of four letters or more that the dictionary knows as no abbreviation is a word of a
    headline in capitals ("5 НОВЫХ ШКОЛ")."""
    if not raw.isalpha() or is_place_abbreviation(raw):
        return None
    if len(raw) > 1 and raw.isupper():
        if len(raw) >= SPELLED_WORD and not _CYRILLIC.match(raw):
            return None  # a word in Latin capitals: a foreign line of the page ("SİYASET", "NEWS")
        return None if len(raw) >= SPELLED_WORD and _plain_word(raw.lower()) else raw
    found = ABBREVIATION_WITH_ENDING.fullmatch(raw)
    return found.group(1) if found and not is_place_abbreviation(found.group(1)) else None


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
