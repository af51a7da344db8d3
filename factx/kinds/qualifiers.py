"""Qualifiers written before an amount ("более", "около", "не менее"), verbs that qualify it
("превысил"), and "до" after a verb of change, which marks a target rather than a bound."""

from __future__ import annotations

from functools import cache, lru_cache

from ..numbers import numerals
from ..text.doc import Doc
from ..vocab import table, words
from .direction import change_before, comparatives, stem_class
from .direction_carried import bracketed_target

TARGET_RULE = "qualifier.target_do"
MAX_GAPS = 2  # phrases skipped between a qualifying verb and its number


@cache
def _qualifier_phrases() -> dict[tuple[str, ...], str]:
    return {tuple(r["phrase"].split()): r["qualifier"] for r in table("amounts/qualifiers.tsv")}


@cache
def qualifier_words() -> frozenset[str]:
    """The qualifiers written as one word before a number ("около", "свыше"): a list item may open
    with one ("96 многоквартирных и более 1,2 тысячи частных домов")."""
    return frozenset(phrase[0] for phrase in _qualifier_phrases() if len(phrase) == 1 and phrase[0].isalpha())


@cache
def _last_words() -> frozenset[str]:
    """The words a qualifier phrase ends with: before any other word no phrase ends, and most
    numbers are not qualified, so the phrases are looked up only after one of these."""
    return frozenset(phrase[-1] for phrase in _qualifier_phrases())


@cache
def _trailing_qualifiers() -> dict[tuple[str, ...], str]:
    return {tuple(r["phrase"].split()): r["qualifier"] for r in table("amounts/trailing_qualifiers.tsv")}


@cache
def _trailing_first_words() -> frozenset[str]:
    """The words a trailing qualifier starts with (the same shortcut as `_last_words`)."""
    return frozenset(phrase[0] for phrase in _trailing_qualifiers())


@cache
def _verb_gaps() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of amounts/verb_gaps.txt by their last word, longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted((tuple(p.split()) for p in words("amounts/verb_gaps.txt")), key=len, reverse=True):
        found.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(phrases) for last, phrases in found.items()}


@cache
def _verb_qualifiers() -> tuple[tuple[str, str], ...]:
    return tuple((r["stem"], r["qualifier"]) for r in table("amounts/verb_qualifiers.tsv"))


@cache
def _verb_passages() -> tuple[tuple[str, str], ...]:
    return tuple((r["stem"], r["through"]) for r in table("amounts/verb_qualifiers.tsv") if r["through"])


@lru_cache(maxsize=100_000)
def _verb_qualifier(word: str) -> str | None:
    """The qualifier a verb's stem gives ("превысил" → gt), cached per word form: every amount with
    no qualifier phrase asks it of the word before it."""
    return stem_class(word, _verb_qualifiers())


@lru_cache(maxsize=100_000)
def _passage(word: str) -> str | None:
    """The words a verb's stem qualifies through, cached per word form."""
    return stem_class(word, _verb_passages())


def _qualifies(doc: Doc, v: int, i: int) -> bool:
    """A verb that qualifies only through one of its words does so only when one stands between it and
    the number: "перевалил за 4 млн" is more than 4 млн, "перевалил 4 млн тонн грузов" handled them."""
    through = _passage(doc.word(v))
    return through is None or bool(set(through.split("|")) & set(doc.words[v + 1 : i]))


def qualifier_before(doc: Doc, i: int) -> tuple[int, str | None, str]:
    """The qualifier written before token i: the span's new start, the qualifier and the rule that
    decided it ("" when none did).

    "до" right after a verb of change marks a target value and stays outside the span.
    A qualifying verb ("превысил") sets the qualifier without joining the span. A qualifier before
    "на" or "в" takes the preposition into the span: "выросла почти на 5%", "более чем на 10
    процентов", "оценивается более чем в $5 млн";
    a comparative before "на" says which way, not a bound ("был ниже на 11%").
    """
    start, qualifier, rule = _phrase_before(doc, i)
    if qualifier is None and doc.word(i - 1) in ("на", "в"):
        found = _phrase_before(doc, i - 1)
        compared = found[0] == i - 2 and doc.word(i - 2) in comparatives()  # "ниже на 11%": a direction
        bound = found[0] == i - 2 and doc.word(i - 2) == "до"  # "до" before "на" is no bound of the figure
        if found[1] is not None and not bound and not compared:
            return found[0], found[1], "qualifier.before_na"
    if start < i or qualifier is not None or rule:
        return start, qualifier, rule
    v = _verb_before(doc, i)
    qualifier = _verb_qualifier(doc.word(v))  # the stem first: most words before a number qualify nothing
    if qualifier is not None and not (doc.same_sentence(v, i) and _qualifies(doc, v, i)):
        qualifier = None
    if qualifier == "gt" and doc.word(v - 1) == "не":
        return i, "lte", "qualifier.negated_verb"
    return i, qualifier, "qualifier.verb" if qualifier else ""


def _verb_before(doc: Doc, i: int) -> int:
    """The token where a qualifying verb would stand before token i, past the words a writer may put
    between them: "превысит в текущем году 1 трлн", "приблизился к отметке в 895 млрд"."""
    gaps = _verb_gaps()
    j = i
    for _ in range(MAX_GAPS):
        candidates = gaps.get(doc.word(j - 1))
        if candidates is None:
            break  # the common case: no gap word before j
        gap = next((g for g in candidates if j >= len(g) and tuple(doc.words[j - len(g) : j]) == g), None)
        if gap is None:
            break
        j -= len(gap)
    return j - 1


def qualifier_after(doc: Doc, end: int) -> str | None:
    """An open bound written after the amount ending before token end, left outside the span:
    "на 10% и выше", "пять лет и более", "5 млн тенге максимум", "500 тенге, не более"."""
    if doc.word(end) not in _trailing_first_words():
        return None
    for size in (3, 2, 1):
        phrase = tuple(doc.words[end : end + size])
        qualifier = _trailing_qualifiers().get(phrase)
        if qualifier is None or not doc.same_sentence(end - 1, end + size - 1):
            continue
        after = end + size + (doc.word(end + size) == "чем")
        if _number_at(doc, after):
            return None  # "5 фабрик и более (чем) 60 пунктов": "более" qualifies the next figure
        return qualifier
    return None


def _number_at(doc: Doc, k: int) -> bool:
    word = doc.word(k)
    return word[:1].isdigit() or word in numerals()


def _phrase_before(doc: Doc, i: int) -> tuple[int, str | None, str]:
    """A qualifier phrase ending right before token i (see qualifier_before)."""
    if doc.word(i - 1) not in _last_words():
        return i, None, ""
    phrases = _qualifier_phrases()
    for size in (4, 3, 2, 1):
        start = i - size
        if start < 0 or not doc.same_sentence(start, i):
            continue
        phrase = tuple(doc.words[start:i])
        qualifier = phrases.get(phrase)
        if qualifier is None:
            continue
        if phrase == ("до",) and (change_before(doc, start) or bracketed_target(doc, start)):
            return i, None, TARGET_RULE
        governing = _verb_qualifier(doc.word(start - 1)) if phrase == ("до",) else None
        if governing is not None:  # "недотягивает до трети": the verb's bound, "до" is its preposition
            return i, governing, "qualifier.verb"
        if phrase == ("от",):
            continue  # "от" alone qualifies only ranges and lower bounds decided by the caller
        return start, qualifier, "qualifier.phrase"
    return i, None, ""
