"""A noun of change that a figure states ("прирост 36,5 млрд", "снижение выпуска цемента — 4,2%",
"наибольший рост зарплаты зафиксировали в строительстве – 15%"): which way the figure moved when no verb
or sign says so. The nouns are data/amounts/change_nouns.tsv; direction.py asks here."""

from __future__ import annotations

from functools import cache, lru_cache

from ..text.doc import Doc
from ..text.morph import parses
from ..text.phrases import is_genitive, is_preposition
from ..vocab import table, words

COMPLEMENT_WORDS = 3  # genitive words between a noun of change and the verb or dash stating it


@cache
def change_nouns() -> dict[str, str]:
    return {r["lemma"]: r["direction"] for r in table("amounts/change_nouns.tsv")}


def stated_change(doc: Doc, start: int) -> str | None:
    """ "прирост 36,5 млрд", "снижение — 3%", "прирост составил 5%": a noun of change the figure states,
    maybe with its genitive complement before the verb or dash ("снижение выпуска цемента — 4,2%")."""
    j = start - 1
    while (
        j > 0
        and doc.same_sentence(j, start)
        and (doc.words[j] in ("-", ":") or doc.words[j].startswith("состав"))
    ):
        j -= 1
    if j < start - 1:
        j = _past_comparison_base(doc, j)
    if j < 0 or not doc.same_sentence(j, start):
        return None
    found = noun_change(doc.words[j])
    if found is None and j < start - 1:  # "снижение производства цемента составило 4,2%"
        for k in range(j - 1, max(j - COMPLEMENT_WORDS, 0) - 1, -1):
            if not is_genitive(doc.words[k + 1]) or not doc.same_sentence(k, start):
                break
            found = noun_change(doc.words[k])
            if found is not None:
                return None if is_preposition(doc.word(k - 1)) else found  # "штраф за превышение скорости —"
    return found or subject_change(doc, start)


SUBJECT_WORDS = 16  # tokens between a noun of change opening a clause and the dash of its figure
FINITE_FORMS = ("VERB", "INFN", "PRTS")
LEVEL_WORDS = ("на", "уровне")  # "рост отмечается … на уровне 21,4%": the figure the noun's change is


def subject_change(doc: Doc, start: int) -> str | None:
    """ "наибольший рост зарплаты зафиксировали в строительстве – 15%", "самый высокий рост зарплаты
    по стране к тому же периоду — 9,4%", "наибольший рост отмечается в Атырауской области на уровне
    21,4%": a noun of change that opens the figure's clause as its subject (or what a verb of seeing
    it takes) is stated by the figure after a dash or "на уровне" further on, when only its
    complement, places, times and such a verb stand between."""
    j = start - 1
    if doc.word(j) in ("-", ":"):
        j -= 1
    elif (doc.word(j - 1), doc.word(j)) == LEVEL_WORDS:
        j -= 2
    else:
        return None
    for k in range(j, max(j - SUBJECT_WORDS, -1), -1):
        if not doc.same_sentence(k, start) or not (doc.words[k].isalnum() or _inside_word(doc, k)):
            return None
        found = noun_change(doc.words[k]) if doc.case(k) in ("nomn", "accs") else None
        if found is not None:
            return None if _after_preposition(doc, k) else found
        if doc.pos(k) in FINITE_FORMS and doc.lemma(k) not in words("amounts/observing_verbs.txt"):
            return None  # another verb: the noun is not what the figure states
    return None


def _after_preposition(doc: Doc, k: int) -> bool:
    """A noun past the adjectives before it governed by a preposition: "на значительный рост" says
    what something goes to, not what changed."""
    j = k - 1
    while doc.pos(j) in ("ADJF", "PRTF") or doc.word(j) in ("самый", "самое", "самая"):
        j -= 1
    return is_preposition(doc.word(j))


BASE_WORDS = 5  # words of a comparison's base: "по сравнению с аналогичным периодом 2019 года"


BASE_CUES = {
    "сравнению": 2,
    "сравнении": 2,
    "относительно": 1,
    "к": 1,
}  # tokens from the cue to before its phrase


def _past_comparison_base(doc: Doc, j: int) -> int:
    """The token before a comparison's base that ends at token j ("Прирост в сравнении с 2019 годом
    составил 25,5%", "рост доходов к прошлому году составил 8 млрд": the noun stands before the
    base, which may close with an aside in brackets: "по сравнению с 2024-м (198,4 млн т)"), or j
    when there is none."""
    end = _before_brackets(doc, j)
    for k in range(end, max(end - BASE_WORDS, 0) - 1, -1):
        if not (doc.words[k].isalnum() or _inside_word(doc, k)):
            return j
        if doc.words[k] in BASE_CUES:
            return k - BASE_CUES[doc.words[k]]
    return j


def _before_brackets(doc: Doc, j: int) -> int:
    """The token before the brackets that close at token j, or j when none do."""
    if doc.word(j) != ")":
        return j
    for k in range(j - 1, max(j - BASE_WORDS * 2, 0) - 1, -1):
        if doc.words[k] == "(":
            return k - 1
    return j


def _inside_word(doc: Doc, k: int) -> bool:
    """A hyphen joined on both sides, inside a word: "2024-м"."""
    return doc.words[k] == "-" and doc.tokens.joined(k) and doc.tokens.joined(k + 1)


@lru_cache(maxsize=100_000)
def noun_change(word: str) -> str | None:
    """The direction of a noun of change by its likeliest lemma, cached per word form: every amount
    asks it of the word before it."""
    nouns = change_nouns()
    return next((nouns[p.normal_form] for p in parses(word)[:1] if p.normal_form in nouns), None)
