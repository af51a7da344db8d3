"""Which way a figure moved, where the text says: a verb or noun of change ("выросли на 12%",
"снижение на 3%", "прирост 36,5 млрд"), a comparative ("на 5 млрд больше", "ниже на 2%") or a sign
("+36,5", "−4%"), a verb whose object is the change ("прибавив 1,6 п.п."). The stems are
data/amounts/directions.tsv and governing_verbs.tsv, the nouns data/amounts/change_nouns.tsv,
the comparatives data/multiplier/comparatives.tsv; every numeric kind reads them through here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..numbers import MINUS
from ..text.doc import Doc
from ..text.morph import parses
from ..vocab import table, words
from .bare import RULE as CONTINUED
from .stated_change import noun_change, stated_change

if TYPE_CHECKING:
    from .amounts import Amount


CHANGE_WINDOW = 10  # words (a decimal number one) searched back from "на" or "до" for the verb of change
NEAR_WINDOW = 12  # tokens searched on each side of a multiplier
MOVES = ("up", "down")
SIGN_WORDS = {MINUS: "down", "плюс": "up"}
SIGNED = ("percent", "money")  # kinds whose written sign says which way the figure moved
AFTER_WINDOW = 4  # words after a figure in which its verb may stand: "на 7% этот показатель превышает"
ADJECTIVES_BEFORE = 2  # adjectives between "на" or "до" and the figure: "до рекордных 0,8%"


@cache
def direction_stems() -> tuple[tuple[str, str], ...]:
    return tuple((r["stem"], r["direction"]) for r in table("amounts/directions.tsv"))


@cache
def comparatives() -> dict[str, str]:
    return {r["word"]: r["direction"] for r in table("multiplier/comparatives.tsv")}


def comparative_after(doc: Doc, end: int) -> str | None:
    """The direction of a comparative right after a figure, or past one word that leaves it the
    figure's: "на 12% и 9% соответственно больше", "на 30% стали больше выпускать"."""
    found = comparatives().get(doc.word(end))
    if found is None and (doc.word(end) == "соответственно" or _is_become(doc.word(end))):
        found = comparatives().get(doc.word(end + 1))
    if found is None and doc.word(end) == "или":
        found = _comparative_past_restatement(doc, end + 1)
    return found


RESTATEMENT_WORDS = 6  # tokens of the figure after "или": "на почти 1% или 3,902 млрд рублей больше"


def _comparative_past_restatement(doc: Doc, k: int) -> str | None:
    """ "на 2% или 5,9 млрд больше": the comparative after the figure that "или" restates it by."""
    for j in range(k, min(k + RESTATEMENT_WORDS + 1, doc.size)):
        found = comparatives().get(doc.words[j])
        if found is not None:
            return found if j > k else None
        decimal = doc.words[j] in (",", ".") and doc.word(j + 1)[:1].isdigit()
        if not (doc.words[j][:1].isdigit() or doc.words[j].isalpha() or decimal) or not doc.same_sentence(
            k, j
        ):
            return None
    return None


def _is_become(word: str) -> bool:
    return any(p.normal_form == "стать" and p.tag.POS == "VERB" for p in parses(word)[:1])


WHOLE_WORD = "$"  # a stem written with it matches only the whole word: "расти$", not "растительный"


def stem_class(word: str, stems: Sequence[tuple[str, str]]) -> str | None:
    for stem, cls in stems:
        if word == stem[:-1] if stem.endswith(WHOLE_WORD) else word.startswith(stem):
            return cls
    return None


@lru_cache(maxsize=100_000)
def change_class(word: str) -> str | None:
    """The class of a verb or noun of change (directions.tsv), cached per word form: every amount
    asks it of the words before it."""
    return stem_class(word, direction_stems())


def change_before(doc: Doc, i: int, dashed_nouns: bool = False) -> str | None:
    """The class of the verb or noun of change a few words before token i ("up", "down", "target"),
    "cue" when only a word that acts like one stands there ("выросли в 1,7 раза, до …" reads
    on to "выросли"), None when there is none. A clause break ends the search; across a dash only a
    verb counts unless `dashed_nouns`: in "Штраф за превышение скорости — до 185 рублей" the dash
    stands for "is", while "рост за год — на 34,8%" states the change."""
    breaks = words("amounts/clause_breaks.txt")
    cues = words("amounts/change_cues.txt")
    dashed = cued = False
    budget = CHANGE_WINDOW
    for j in range(i - 1, -1, -1):
        if budget == 0 or not doc.same_sentence(j, i) or doc.words[j] in breaks:
            break
        budget -= not _inside_decimal(doc, j)  # "120,9" is one word of the window, not three tokens
        dashed = dashed or doc.words[j] == "-"
        if doc.words[j] in cues:
            cued = True
            continue
        found = change_class(doc.words[j]) or _sign_word(doc, j)
        if not found and j == i - 1 and doc.words[i] == "на" and _is_gerund(doc, j):
            break  # "увеличились площади, впервые разместившись на 500 тыс. га": "на" is that gerund's
        if found:
            if dashed and not dashed_nouns and all(p.tag.POS == "NOUN" for p in doc.readings(j)[:1]):
                break
            return found
    return "cue" if cued else None


def _inside_decimal(doc: Doc, j: int) -> bool:
    """Token j is the comma of a decimal number or the digits after it ("120", ",", "9"), written
    without spaces ("120, 9" is two numbers)."""
    words, joined = doc.words, doc.tokens.joined
    if words[j] == ",":
        comma = j
    elif j > 1 and words[j - 1] == "," and words[j].isdigit():
        comma = j - 1
    else:
        return False
    digits = 0 < comma < doc.size - 1 and words[comma - 1].isdigit() and words[comma + 1].isdigit()
    return digits and joined(comma) and joined(comma + 1)


def _is_gerund(doc: Doc, j: int) -> bool:
    return doc.pos(j) == "GRND"


def _sign_word(doc: Doc, j: int) -> str | None:
    """ "в минус на 11%", "в плюс", "плюс 7,1 млрд, до 15,6 млрд": a sign word moves a figure when it
    follows "в" or signs a number; in a name ("ТОО «Агро плюс»") it does not."""
    found = SIGN_WORDS.get(doc.words[j])
    signs = doc.word(j - 1) == "в" or doc.word(j + 1)[:1].isdigit()
    return found if found is not None and signs else None


def near_direction(doc: Doc, start: int, end: int) -> str | None:
    """A multiplier's direction: a comparative right after the mention ("в 2 раза больше") or the
    nearest verb or noun of change on either side."""
    after = comparative_after(doc, end)
    if after is not None:
        return after
    for distance in range(1, NEAR_WINDOW + 1):
        for i in (start - distance, end - 1 + distance):
            if doc.same_sentence(i, start):
                found = change_class(doc.words[i])
                if found in MOVES:
                    return found
    return None


def amount_direction(doc: Doc, start: int, first: int, end: int, target: bool, signed: bool) -> str | None:
    """The direction of an amount over tokens [start, end) whose number (or sign) starts at `first`:
    its sign when `signed` (a change in percent or money: "+17%", "−4%", "минус 4%"; "-10 градусов" is a
    temperature, not a fall), a comparative after "на … " ("на 5 млрд больше"), the verb or noun
    of change before "на" ("выросли почти на 12%"), else right after the figure ("на 25% выросло"),
    or before a target's "до" ("снизился до 4,8%"),
    or a noun of change that the figure states ("прирост составил 36,5 млрд", "при росте в 30%")."""
    sign = _sign(doc, first) if signed else None
    if sign is not None:
        return sign
    lead = _past_adjectives(doc, start)  # "снизилась до рекордных 0,8%", "выросли на рекордные 15%"
    on = _on_before(doc, lead)
    on = on if on >= 0 else on_within(doc, start, first)
    target = target or (lead < start and doc.word(lead - 1) == "до")
    if on >= 0:
        after = comparative_after(doc, end)
        found = after or change_before(doc, on, dashed_nouns=True)
        if found is None and signed:  # "на 25% выросло …"; not "на 10 тыс. населения увеличится" (per head)
            found = _change_after(doc, end)
        return found if found in MOVES else None
    if target:
        found = change_before(doc, lead - 1)
        return found if found in MOVES else None
    if (
        signed and doc.word(start - 1) == "в"
    ):  # "при росте в 30%": the noun's measure; "рост в 5 регионах" is none
        return noun_change(doc.word(start - 2))
    return stated_change(doc, start) or governing_verb(doc, start)


SUM_WORDS = ("сумму",)  # between "на" and a change: "уменьшение доходов на сумму 10 млрд"


def _on_before(doc: Doc, lead: int) -> int:
    """The "на" right before the figure at `lead`, or before "сумму" right before it ("снижение
    доходов на сумму свыше 10 млрд" tells the fall as "на 10 млрд" does), or -1."""
    if doc.word(lead - 1) == "на":
        return lead - 1
    return lead - 2 if doc.word(lead - 1) in SUM_WORDS and doc.word(lead - 2) == "на" else -1


def _sign(doc: Doc, first: int) -> str | None:
    """A sign on the number that starts at `first`: "+17%", "−4%", "(+ 18,7%)" (the number reader,
    numbers.digits, has taken the sign into the number only where it is one), or as a word before it
    ("минус 2,1%", "плюс 3%")."""
    sign = doc.word(first)
    if sign in ("+", "-"):
        return "up" if sign == "+" else "down"
    return SIGN_WORDS.get(doc.word(first - 1))


def signed_borrowed(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """ "выручка — 5 млрд тенге, прибыль — минус 3,2 млрд": a number whose currency or percent came
    from a neighbour states its way by its sign as one written with it does."""
    out = []
    for a in amounts:
        kind = a.tail.kind if a.tail is not None else None
        borrowed = CONTINUED in a.rules and a.direction is None and kind in SIGNED
        sign = _sign(doc, a.num_start) if borrowed else None
        out.append(replace(a, direction=sign) if sign is not None else a)
    return out


@cache
def governing_verbs() -> tuple[tuple[str, str], ...]:
    return tuple((r["stem"], r["direction"]) for r in table("amounts/governing_verbs.tsv"))


PRICE_GAP = ("в", "цене")  # "морковь прибавила в цене 3%": the verb's change is of its price


def governing_verb(doc: Doc, start: int) -> str | None:
    """ "прибавив 1,6 процентного пункта", "потерял 3%", "прибавила в цене 3%": a verb right before the
    figure whose object is the change itself (data/amounts/governing_verbs.tsv)."""
    k = start - 1 - 2 * ((doc.word(start - 2), doc.word(start - 1)) == PRICE_GAP)
    found = _governing_class(doc.word(k))
    return found if found and doc.pos(k) in GOVERNING and doc.same_sentence(k, start) else None


GOVERNING = ("VERB", "GRND", "INFN")


@lru_cache(maxsize=100_000)
def _governing_class(word: str) -> str | None:
    """The direction a governing verb's stem gives, cached per word form: every amount asks it."""
    return stem_class(word, governing_verbs())


def _change_after(doc: Doc, end: int) -> str | None:
    """The class of a verb of change a few words after a figure after "на", before any punctuation."""
    for j in range(end, min(end + AFTER_WINDOW, doc.size)):
        if not doc.same_sentence(end - 1, j) or not doc.words[j].isalpha():
            return None
        found = change_class(doc.words[j])
        if found and doc.pos(j) in ("VERB", "PRTS"):
            return found  # a verb: "в возрасте" shares its stem with "возрастает"
    return None


def _past_adjectives(doc: Doc, start: int) -> int:
    """The token before which at most ADJECTIVES_BEFORE adjectives stand right before `start`."""
    lead = start
    while start - lead < ADJECTIVES_BEFORE and doc.pos(lead - 1) in ("ADJF", "PRTF"):
        lead -= 1
    return lead


def on_within(doc: Doc, start: int, first: int) -> int:
    """The first "на" in tokens [start, first) (a qualifier before the number), or -1; most amounts
    have no such tokens."""
    return next((k for k in range(start, first) if doc.words[k] == "на"), -1) if start < first else -1


def governs_change(word: str) -> bool:
    """The word is a verb whose object is the change itself ("прибавила", "потерял"): a short clause
    that leaves it out after a dash goes on with its change."""
    return _governing_class(word) is not None
