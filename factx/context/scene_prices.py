"""What a figure's clause tells of prices: a unit a price is set per, a change that makes goods dearer
or cheaper, a verb of change that names its figure. Each reads the Doc's tokens near the figure,
never the whole document."""

from __future__ import annotations

from functools import cache

from ..draft import Draft
from ..kinds.direction import change_class
from ..text.doc import Doc
from ..vocab import words
from .change_words import changes
from .cues import Cue
from .layout import Layout
from .lemmas import numeric, token_lemmas


def priced(doc: Doc, d: Draft, head: frozenset[str]) -> bool:
    """A unit a price is set per heads what the figure measures ("килограмм говядины подорожал на 6%"):
    written before it in its sentence and not as another figure's unit ("340 тыс. тонн молока — на
    7,7% больше" is no price)."""
    units = head & _per_units()
    first = doc.sentence_tokens(doc.sentence_of[d.start]).start
    return bool(units) and any(
        token_lemmas(doc, i) & units and not numeric(doc, i - 1) for i in range(first, d.start)
    )


def dearer_by(doc: Doc, d: Draft) -> bool | None:
    """A change "на N%" that makes goods dearer or cheaper ("дороже на 5,9% стали услуги") measures a
    price; None when its sentence must tell (`prices_goods`); False for no change "на"."""
    if doc.word(d.start - 1) != "на":
        return False
    return True if token_lemmas(doc, d.start - 2) & words("indicators/dearer_words.txt") else None


def prices_goods(doc: Doc, sentence: int) -> bool:
    """The sentence tells of a rise or fall "на" goods named in the accusative, right after the word
    of change or its figure: "рост на такие виды продуктов, как яйцо на 4,7%, мясо на 1,7%",
    "стоимость выросла на 5,7% на ювелирные изделия, бензин на 1,6%" (not "рост ВРП на душу"); its
    changes "на N%" then measure prices."""
    tokens = doc.sentence_tokens(sentence)
    last = tokens.stop
    for j in tokens:
        if change_class(doc.words[j]) not in ("up", "down"):
            continue
        k = j + 1
        if doc.word(k) == "на" and numeric(doc, k + 1):  # past the change's own figure: "выросла на 5,7%"
            k += 1
            while k < last and numeric(doc, k):
                k += 1
        if doc.word(k) == "на" and k + 1 < last and _goods_named(doc, k + 1):
            return True
    return False


def _goods_named(doc: Doc, i: int) -> bool:
    """A noun or its adjective in the accusative (or the nominative it shares a form with), no number."""
    return not numeric(doc, i) and doc.pos(i) in ("NOUN", "ADJF", "PRTF") and doc.case(i) in ("accs", "nomn")


def per_unit(doc: Doc, d: Draft) -> bool:
    """ "220 тенге за литр", "17 тыс. тенге за метр", "3 500 тенге за 1 гигакалорию", "5116
    тенге/Гкал": a price."""
    units = words("indicators/price_units.txt")
    after = d.end + 1 if doc.word(d.end) in ("за", "/") else None
    if after is not None and doc.word(after) == "1":  # "за 1 гигакалорию": one unit
        after += 1
    return after is not None and bool(token_lemmas(doc, after) & units)


@cache
def _per_units() -> frozenset[str]:
    """Units a price is set per, as the head noun of what a figure measures; not counts of people or
    objects, which head other subjects ("человек", "место")."""
    return words("indicators/price_units.txt") - words("indicators/generic_counts.txt")


def verb_named(doc: Doc, layout: Layout, d: Draft, found: list[tuple[Cue, int, int]]) -> bool:
    """The verb of change of the figure's clause is a strong cue itself (of the cues `found` near it):
    "платные услуги подорожали на 13%" is a price, whatever its subject (not "дефицит оценивается…"),
    and so is the figure of a clause that leaves that verb out ("…, платные услуги — на 16%")."""
    verb = changing_verb(doc, layout, d)
    return verb is not None and any(not c.weak and s <= verb < e for c, s, e in found)


def changing_verb(doc: Doc, layout: Layout, d: Draft) -> int | None:
    """The verb of the figure's clause, or the one its clause leaves out, when it tells of a change."""
    verb = layout.verb(layout.clause(d.start))
    verb = layout.elided_verb(d.start) if verb is None else verb
    return verb if verb is not None and changes(doc.words[verb]) else None
