"""What a clause says of when its figures are: plan through a future verb or a plan word
("построят", "планируется", "прогноз"), actual through a past or present verb, plan through a design
word when nothing else speaks ("проектная мощность"). Words that only look so are passed over: a
noun's form after a preposition ("по найму"), the purposes money goes to ("на эти цели"), earmarked
money, a plan that is the base of a figure. modality.py reads clauses and sentences with it."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from ..text.doc import Doc
from ..text.morph import parses
from ..vocab import stems, words
from .clause_words import is_predicate
from .plan_base import plan_as_base, planned_figure_before


@lru_cache(maxsize=100_000)
def word_signal(word: str) -> str | None:
    """What one word says: plan (a plan word, a future verb), actual (another verb), or nothing."""
    if _plan_word(word):
        return "plan"
    if not is_predicate(word):
        return None
    verbs = [p.tag for p in parses(word) if p.tag.POS == "VERB"]
    future = any("futr" in t for t in verbs) and not any("pres" in t for t in verbs)  # "реализуют": both
    return "plan" if future else "actual"


def _plan_word(word: str) -> bool:
    """A plan word ("планируется", "прогноз", "цель"), not one only spelt like it ("планку")."""
    if word.startswith(stems("context/plan_lookalikes.txt")):
        return False
    return word.startswith(stems("context/plan_words.txt")) or word in words("context/plan_nouns.txt")


def _governed(doc: Doc, i: int) -> bool:
    """A word right after a preposition is a noun's form, not a verb ("по найму работали": not
    "найму", I will hire); plan and design words keep their say ("по плану", "по проектной")."""
    word = doc.words[i]
    said = _plan_word(word) or word.startswith(stems("context/design_words.txt"))
    return i > 0 and doc.pos(i - 1) == "PREP" and not said


def done_still(doc: Doc, i: int) -> bool:
    """ "Продолжают функционировать": an infinitive after a verb that tells what is or was."""
    infinitive = doc.pos(i) == "INFN"
    return infinitive and word_signal(doc.word(i - 1)) == "actual"


def present_verb(word: str) -> bool:
    """A verb in the present ("ведется", "идут"): the work it names is under way."""
    return any(p.tag.POS == "VERB" and p.tag.tense == "pres" for p in parses(word)[:1])


def done_verb(word: str) -> bool:
    """A verb of completion that says it happened: "построен", "открыли", and "открыто", whose
    likeliest reading is an adverb but which, before a figure, is the participle."""
    return word_signal(word) == "actual" or any(p.tag.POS == "PRTS" for p in parses(word)[:3])


def clause_signal(doc: Doc, tokens: range) -> str | None:
    """Plan if any word of the clause says plan, else actual if any verb says so, else plan if a
    design word does ("проектная мощность — 1,5 млн тонн"), else nothing."""
    found = None
    saying = compress(tokens, map(_says, doc.words[tokens.start : tokens.stop]))  # most words say nothing
    for i in saying:
        signal = _says(doc.words[i])
        if (
            _purpose(doc, i)
            or plan_as_base(doc, i)
            or _earmarked(doc, i)
            or planned_figure_before(doc, i)
            or _governed(doc, i)
        ):
            continue
        if signal == "plan" and _done_participle(doc, i):
            signal = "actual"
        if signal == "plan":
            return "plan"
        if found is None or found == "design":
            found = signal
    return "plan" if found == "design" else found


@lru_cache(maxsize=100_000)
def _says(word: str) -> str | None:
    """What a word of a clause says by itself: a design word, else its word_signal; nothing for a number
    or a sign. Only the words that say something are read in their context."""
    if not word.isalpha():
        return None
    return "design" if word.startswith(stems("context/design_words.txt")) else word_signal(word)


def _done_participle(doc: Doc, i: int) -> bool:
    """ "Рост достигнут в полиграфии": a form that is a short participle or a future in the plural,
    read as its likelier participle, unless "и" joins it to a verb before ("будут расти и достигнут
    к 2028 году": the future) or it is a plan word ("намерены")."""
    word = doc.words[i]
    if _plan_word(word) or doc.word(i - 1) == "и":
        return False  # "намерены произвести": a plan word whatever its form
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "PRTS"


def decided(doc: Doc, i: int) -> bool:
    """ "приняли решение направить", "решено выделить": a decision to do something."""
    if not doc.words[i].startswith(stems("context/decision_words.txt")):
        return False
    return any(doc.pos(k) == "INFN" for k in (i + 1, i + 2))


def _purpose(doc: Doc, i: int) -> bool:
    """ "На эти цели выделено 11 млрд тенге": the purposes money goes to, not a goal to reach."""
    before = doc.word(i - 1)
    pointing = before in words("context/demonstratives.txt") or before in ONE_PURPOSE
    return doc.words[i] in PURPOSES and (before == "на" or pointing)


PURPOSES = frozenset({"цель", "цели", "целей", "целям"})
ONE_PURPOSE = frozenset({"эту", "данную", "указанную", "такую"})  # "на эту цель выделено"


def _earmarked(doc: Doc, i: int) -> bool:
    """ "целевые средства", "целевой трансферт": money given for a purpose, no target to reach."""
    earmarked = stems("context/earmarked_nouns.txt")
    return doc.words[i].startswith("целев") and doc.word(i + 1).startswith(earmarked)
