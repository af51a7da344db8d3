"""Quantities: a number with a measure unit ("120 га") or with the noun it counts ("2 тыс. рабочих мест")."""

from __future__ import annotations

from functools import cache, lru_cache

from pymorphy3.analyzer import Parse

from ..amounts import Amount, Tail, tailed
from ..doc import Doc, Draft
from ..gazetteer import gazetteer
from ..morph import inflect, parses
from ..numbers import NumberExpr
from ..vocab import PhraseTable, table, words

BAD_NOUN_TAGS = ("Geox", "Name", "Surn", "Patr", "Abbr", "Orgn", "Trad")
MAX_ADJECTIVES = 2


@cache
def counted_lemmas() -> dict[str, str]:
    """Forms whose likeliest lemma is wrong after a number ("голов" → голова, not гол)."""
    return {r["form"]: r["lemma"] for r in table("counted_lemmas.tsv")}


@cache
def units() -> PhraseTable:
    return PhraseTable.of("units.tsv", "symbol")


def tail(doc: Doc, expr: NumberExpr) -> Tail | None:
    end = expr.end
    if end >= len(doc.tokens) or expr.fraction:
        return None
    found = units().match(doc.lower, doc.tokens.starts[end])
    if found is not None:  # a unit may follow "тыс." even where the sentence splitter saw a full stop
        return Tail("unit", found[1], expr.start, doc.token_at(found[0]))
    if not doc.same_sentence(expr.start, end) or (
        expr.in_words and expr.value == 1 and expr.end - expr.start == 1
    ):
        return None  # "один человек", "в одном пакете": "один" alone names one thing, it counts nothing
    counted = counted_noun(doc, end)
    if counted is None:
        return None
    unit, after = counted
    if unit in words("time_units.txt") and not _after_duration_word(doc, expr.start):
        return None
    if not _counts(expr, doc.words[after - 1]):
        return None
    return Tail("noun", unit, expr.start, after)


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


DURATION_WINDOW = 6


def _after_duration_word(doc: Doc, i: int) -> bool:
    """ "срок реализации — 5 лет", "сроком на 25 лет": a count of time that measures something."""
    durations = words("duration_words.txt")
    return any(
        doc.word(j) in durations for j in range(max(i - DURATION_WINDOW, 0), i) if doc.same_sentence(j, i)
    )


@lru_cache(maxsize=100_000)
def _noun(word: str) -> Parse | None:
    override = counted_lemmas().get(word)
    if override is not None:
        return next((p for p in parses(word) if p.normal_form == override), None) or parses(word)[0]
    for p in parses(word):
        if p.tag.POS == "NOUN" and not any(t in p.tag for t in BAD_NOUN_TAGS):
            return p
    return None


@lru_cache(maxsize=100_000)
def _adjective(word: str) -> Parse | None:
    for p in parses(word):
        if p.tag.POS in ("ADJF", "PRTF") and "Apro" not in p.tag and "Anum" not in p.tag:
            return p
    return None


def counted_noun(doc: Doc, i: int) -> tuple[str, int] | None:
    """The counted noun phrase starting at token i, as a nominative singular lemma, and its end."""
    adjectives: list[Parse] = []
    j = i
    while j < len(doc.tokens) and doc.same_sentence(i, j):
        w = doc.words[j]
        raw = doc.tokens.raw(j)
        if not adjectives and len(raw) > 1 and raw.isalpha() and raw.isupper() and (raw,) not in gazetteer():
            return raw, j + 1  # "1 234 ДТП", "15 АЗС"
        if not w.replace("-", "").isalpha() or w in words("not_counted.txt") or doc.is_capitalised(j):
            return None
        noun = _noun(w)
        adjective = _adjective(w)
        if adjective is not None and noun is not None and _next_is_noun(doc, j, adjective):
            noun = None  # "рабочих мест": an adjective before its noun, not the noun "рабочий"
        if noun is not None and (not adjectives or _agrees(adjectives[-1], noun)):
            return _lemma_phrase(adjectives, noun), j + 1
        if adjective is None or len(adjectives) == MAX_ADJECTIVES:
            return None
        adjectives.append(adjective)
        j += 1
    return None


def _next_is_noun(doc: Doc, j: int, adjective: Parse) -> bool:
    """Whether a noun agreeing with the adjective at j follows, maybe after more adjectives."""
    for k in range(j + 1, min(j + 1 + MAX_ADJECTIVES, len(doc.tokens))):
        w = doc.words[k]
        if not w.isalpha() or not doc.same_sentence(j, k):
            return False
        noun = _noun(w)
        if noun is not None and _agrees(adjective, noun):
            return True
        if _adjective(w) is None:
            return False
    return False


def _agrees(adjective: Parse, noun: Parse) -> bool:
    return bool(adjective.tag.case == noun.tag.case or adjective.tag.number == "plur")


def _lemma_phrase(adjectives: list[Parse], noun: Parse) -> str:
    head = noun.normal_form
    gender = noun.tag.gender or "masc"
    number = "plur" if "Pltm" in noun.tag else "sing"
    grammemes = ("nomn", "plur") if number == "plur" else ("nomn", "sing", gender)
    kept = [
        a for a in adjectives if a.normal_form.replace("ё", "е") not in words("evaluative_adjectives.txt")
    ]
    parts = [inflect(a, *grammemes) for a in kept]  # "5 новых школ" → школа
    return " ".join([*parts, head]).replace("ё", "е")


def extract(doc: Doc, amounts: list[Amount]) -> list[Draft]:
    return [
        Draft("quantity", a.start, a.end, {**a.bounds(), "unit": t.payload})
        for a, t in tailed(amounts, "unit", "noun")
    ]
