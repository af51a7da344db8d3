"""The noun a number counts ("2 тыс. рабочих мест", "4 ФОКа", "12 новых и 5 модернизированных
школ"), read off the words after it, or shared by a list of counts whose adjectives stand alone
("67 крупных, 274 средних и 4801 малое промпредприятие"); and the table of measure units.
"""

from __future__ import annotations

import re
from functools import cache

from pymorphy3.analyzer import Parse

from ..places.gazetteer import is_place_abbreviation
from ..text.doc import Doc
from ..text.morph import fold, inflect, is_known, parses
from ..text.phrases import adjective, adjective_readings, agreeing, nominative_phrase
from ..vocab import PhraseTable, words
from .counted_words import (
    ADJECTIVE_JOINERS,
    MAX_ADJECTIVES,
    MAX_LISTED,
    NUMBER_PARTS,
    counted_reading,
    number_word,
    substantivised,
)
from .left_nouns import earlier_noun
from .qualifiers import qualifier_words

ABBREVIATION_WITH_ENDING = re.compile(r"([А-ЯA-Z]{2,})(а|у|ом|е|ы|ов|ам|ами|ах)")  # "4 ФОКа", "27 ЦОНов"
SPELLED_WORD = 4  # a word in capitals this long may be a plain word, not an abbreviation
_CYRILLIC = re.compile(r"[А-ЯЁ]")


@cache
def units() -> PhraseTable:
    return PhraseTable.of("quantity/units.tsv", "symbol")


def counted_noun(doc: Doc, i: int, capitalised: bool = False) -> tuple[str, int] | None:
    """The counted noun phrase starting at token i, as a nominative singular lemma, and its end;
    adjectives may be joined by "и" or one put in brackets ("малых и средних предприятий",
    "крестьянских (фермерских) хозяйств"), and stay so in the lemma. A capital letter ends it (a name
    follows), but for the first word of a quoted one when `capitalised`."""
    adjectives: list[str] = []  # the words before the noun: adjectives and the joiners between them
    if not doc.word(i).replace("-", "").isalpha() and doc.word(i) != '"':
        return None  # the common case: a mark or a figure after the number opens no noun phrase
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
        aside = _aside_end(doc, j) if adjectives else None
        if aside is not None:  # "27 «королевских» (мальчик и девочка) пар"
            j = aside
            continue
        if _quoted_adjective(doc, j):  # "14 «звездных» пар" → звездная пара
            adjectives.append(doc.words[j + 1])
            j += 3
            continue
        ended = not w.replace("-", "").isalpha() or w in ("и", "или")  # "включая восемь центральных и 22 …"
        if adjectives and ended:  # "364 жилых дома и пять многоквартирных."
            earlier = earlier_noun(doc, i, adjectives)
            return (nominative_phrase(earlier[0], earlier[1]), j) if earlier else None
        if (
            not w.replace("-", "").isalpha()
            or len(w) < 2  # a letter alone abbreviates ("50 б.п."); the units that are one say so
            or w in words("quantity/not_counted.txt")
            or (doc.is_capitalised(j) and not (capitalised and j == i))
        ):
            return None
        noun = counted_reading(w)
        adj = adjective(w)
        shared = _shared_noun(doc, j) if adj is not None else None
        if shared is not None:  # "12 новых и 5 модернизированных школ": the first counts школы too
            agreed = [a if a in ADJECTIVE_JOINERS else agreeing(a, shared) for a in [*adjectives, w]]
            if all(agreed):
                return nominative_phrase(filter(None, agreed), shared), j + 1
        if adj is not None and noun is not None and _next_is_noun(doc, j):
            noun = None  # "рабочих мест": an adjective before its noun, not the noun "рабочий"
        if adj is not None and noun is not None and substantivised(w):
            earlier = earlier_noun(doc, i, [*adjectives, w])  # "из них 36 крупных … и 838 малых"
            if earlier:
                return nominative_phrase(earlier[0], earlier[1]), j + 1
        if noun is not None:
            agreed = [a if a in ADJECTIVE_JOINERS else agreeing(a, noun) for a in adjectives]
            if all(agreed):  # "новых рабочих мест" → новое рабочее место
                return nominative_phrase(filter(None, agreed), noun), j + 1
        if adj is None or len(adjectives) >= MAX_ADJECTIVES * 2:
            return None
        adjectives.append(w)
        j += 1
    return None


ASIDE = 6  # words of an aside in brackets inside a counted noun phrase


def _aside_end(doc: Doc, j: int) -> int | None:
    """ "27 «королевских» (мальчик и девочка) пар": an aside in brackets between the adjectives and
    their noun, without a number of its own, leaves the phrase going on to the noun after it; the
    token after the closing bracket."""
    if doc.words[j] != "(":
        return None
    for k in range(j + 1, min(j + 2 + ASIDE, doc.size)):
        w = doc.words[k]
        if w == ")":
            after = doc.word(k + 1)
            return k + 1 if k > j + 1 and after.isalpha() and counted_reading(after) is not None else None
        if not w.isalpha() or not doc.same_sentence(j, k):
            return None
    return None


def _quoted_adjective(doc: Doc, j: int) -> bool:
    """ "14 «звездных» пар", "12 «умных» остановок": one adjective in quotes, in lower case, inside
    the counted noun phrase is one of its words, said with a wink; a capital opens a quoted name."""
    inner = doc.word(j + 1)
    return (
        doc.words[j] == '"'
        and doc.word(j + 2) == '"'
        and inner.isalpha()
        and not doc.is_capitalised(j + 1)
        and adjective(inner) is not None
    )


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
        noun = counted_reading(w)
        if noun is not None and agreeing(doc.words[j], noun) is not None:
            return True
        if adjective(w) is None:
            return False
    return False


def _shared_noun(doc: Doc, j: int) -> Parse | None:
    """The noun of the next count in a list, when the adjective at j ends the first count ("12 новых
    и 5 модернизированных школ"): after "и" or "или", a number, perhaps adjectives, and a
    counted noun that the adjective at j, in the plural a count asks for, agrees with, the second
    count maybe qualified ("и более 1,2 тысячи частных домов"); past the
    commas of a longer list ("67 крупных, 274 средних и 4801 малое промпредприятие")."""
    last = _last_listed(doc, j)
    k = last + 2
    if doc.word(k) in qualifier_words():  # "96 многоквартирных и более 1,2 тысячи частных домов"
        k += 1
    if doc.word(last + 1) not in ("и", "или") or not number_word(doc.word(k)):
        return None
    if not any(a.tag.number == "plur" for a in adjective_readings(doc.words[j])):
        return None  # "на 1 погибшего и 7 раненых", "37 круглосуточного и 8 дневного пребывания мест"
    if not doc.word(k)[:1].isdigit() and not any(
        a.tag.case in OBLIQUE for a in adjective_readings(doc.words[j])
    ):
        return None  # a count in words governs its adjective: "двух аварийных", not "двух этажные"
    while k < doc.size and (number_word(doc.words[k]) or doc.words[k] in NUMBER_PARTS) and k - j < 8:
        k += 1
    # "33 централизованные и 191 автономная котельная": after a number ending in one, the noun is
    # in the nominative singular
    one = doc.word(k - 1).endswith("1") and not doc.word(k - 1).endswith("11")
    for m in range(k, min(k + MAX_ADJECTIVES + 1, doc.size)):
        if not doc.same_sentence(j, m):
            return None
        noun = counted_reading(doc.words[m])
        word = doc.words[m]
        lone = adjective(word) is not None and (_next_is_noun(doc, m) or substantivised(word))
        if noun is not None and not lone:
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
        if doc.word(j + 1) != "," or not number_word(doc.word(k)):
            return j
        while k < doc.size and number_word(doc.words[k]) and k - j < 8:
            k += 1
        item_ends = doc.word(k + 1) in (",", "и", "или")
        if not doc.same_sentence(j, k) or adjective(doc.words[k]) is None or not item_ends:
            return j
        j = k
    return j


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
