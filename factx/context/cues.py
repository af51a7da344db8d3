"""The indicator taxonomy (data/indicators/indicators.tsv) and its cue phrases, matched on the lemmas
of a sequence of words: a cue's words in order, up to GAP words between them; numbers, scales and
percent signs are passed over. The lemmas and what is passed over are read by lemmas.py."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import contains, not_

from ..text.doc import Doc
from ..text.morph import fold, parses
from ..text.phrases import is_genitive
from ..vocab import table, words
from .lemmas import PREDICATE

GAP = 2  # words a cue phrase may have between its words: "инвестиции в основной капитал"
WEAK = 110  # a weak cue in the clause loses to a strong one anywhere in the sentence
ANY = "*"
GOODS = "+"  # a counted noun that names what it counts ("грузовик"), no generic count ("человек")
BARRIERS = frozenset({",", "и", "а", "но", "или", ";", "—", "–", PREDICATE})  # what a cue's gap never crosses


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    name: str  # in Russian: "инвестиции в основной капитал"
    unit: str  # the canonical unit of its level: "money", "т", "%", "человек"…
    kinds: frozenset[str]  # "money", "percent", "quantity:т", "quantity:*"…
    measures: frozenset[str]

    def accepts(self, kind: str, unit: str | None) -> bool:
        if kind == "share":
            return "share" in self.measures
        if kind == "change" and unit in (None, "%", "п.п."):
            return "change" in self.kinds
        if kind in ("quantity", "change"):  # "*": any counted noun; a measure unit only when listed
            if f"-quantity:{unit}" in self.kinds:
                return False  # "-quantity:человек": built objects and dwellings are never counted in people
            listed = f"quantity:{unit}" in self.kinds
            goods = f"quantity:{GOODS}" in self.kinds and unit not in measure_units() and not generic(unit)
            return listed or goods or (f"quantity:{ANY}" in self.kinds and not measured(unit))
        return kind in self.kinds


@dataclass(frozen=True, slots=True)
class Cue:
    indicator: str
    words: tuple[str, ...]  # lemmas, ё folded
    weak: bool

    def weight(self, where: int) -> int:
        return where + 10 * len(self.words) - (WEAK if self.weak else 0)


@cache
def taxonomy() -> dict[str, Indicator]:
    return {
        r["id"]: Indicator(
            r["id"], r["ru"], r["unit"], frozenset(r["kinds"].split("|")), frozenset(r["measures"].split("|"))
        )
        for r in table("indicators/indicators.tsv")
    }


@cache
def _by_first() -> dict[str, tuple[Cue, ...]]:
    """Cues by their first lemma."""
    found: dict[str, list[Cue]] = {}
    for r in table("indicators/indicators.tsv"):
        for column, weak in (("cues", False), ("weak", True)):
            for phrase in r[column].split("|"):
                if phrase != "-":
                    cue = Cue(r["id"], tuple(fold(phrase).split()), weak)
                    found.setdefault(cue.words[0], []).append(cue)
    return {first: tuple(cues) for first, cues in found.items()}


@cache
def people() -> frozenset[str]:
    """The indicators that count people: employment, jobs, the unemployed, population, tourists…"""
    return frozenset(i.id for i in taxonomy().values() if i.unit in ("человек", "рабочее место"))


@lru_cache(maxsize=1_000)
def shortened(cue: Cue, indicator: str) -> bool:
    """A weak cue is the start of one of the indicator's strong phrases, which it may say short once the
    indicator is named: "объём ввода" after "сдали 5 млн кв. м жилья" is "ввод жилья"."""
    n = len(cue.words)
    return any(
        c.indicator == indicator and not c.weak and len(c.words) > n and c.words[:n] == cue.words
        for c in _by_first().get(cue.words[0], ())
    )


@lru_cache(maxsize=1_000)
def fitting(kind: str, unit: str | None) -> frozenset[str]:
    """The indicators that take a figure of this kind and unit."""
    return frozenset(i.id for i in taxonomy().values() if i.accepts(kind, unit))


def measured(unit: str | None) -> bool:
    """A measure unit ("т", "км"), not a count ("человек", "единица"): "45 км сетей водоснабжения" is no
    coverage rate, "12 кг" no employment."""
    return unit in measure_units() and unit not in words("indicators/generic_counts.txt")


def generic(unit: str | None) -> bool:
    """A counted noun that says how many, not what ("человек", "место", "пункт")."""
    return bool(unit) and str(unit).split()[-1] in words("indicators/generic_counts.txt")


@cache
def unit_owners() -> dict[str, str]:
    """Quantity units that name one indicator: the only one that takes it ("ц/га"), unless that one
    counts objects (built infrastructure takes "км" and "м", as do distances), or among those that take
    it the only one whose level it measures ("м²": housing, though a centre's floor is built
    infrastructure too; "кВт·ч": energy, though exported too)."""
    takers: dict[str, set[str]] = {}
    for ind in taxonomy().values():
        for k in ind.kinds:
            if k.startswith("quantity:") and k not in (f"quantity:{ANY}", f"quantity:{GOODS}"):
                takers.setdefault(k.partition(":")[2], set()).add(ind.id)
    owners = {}
    for unit, ids in takers.items():
        measuring = [i for i in ids if taxonomy()[i].unit == unit]
        if len(measuring) == 1 or (len(ids) == 1 and taxonomy()[next(iter(ids))].unit != "object"):
            owners[unit] = measuring[0] if measuring else next(iter(ids))
    return owners


@cache
def measure_units() -> frozenset[str]:
    return frozenset(r["symbol"] for r in table("quantity/units.tsv"))


def matches(seq: list[frozenset[str]]) -> list[tuple[Cue, int, int]]:
    """Each cue found in a sequence of lemma sets, with where it starts and ends; not one that a longer
    cue of another indicator, no weaker than it, opens with ("стоимость" of "стоимость проезда", a
    price), nor a word of value right before a strong cue of an indicator of money ("стоимость
    импорта" is imports; "стоимость школы" a project's cost), nor one whose gap holds a strong cue of
    another indicator, which the words around it qualify ("объём инвестиций в экономику" is investment,
    not "объём экономики")."""
    openers = list(map(_opening, seq))  # C-level: most words open no cue, and cost no loop step
    found = [
        (cue, i, end)
        for i in compress(range(len(seq)), openers)
        for cue in openers[i]
        if (end := _rest(seq, i + 1, cue.words[1:], _barriers(cue.words))) is not None
    ]
    monetary = {s for c, s, _ in found if not c.weak and taxonomy()[c.indicator].unit == "money"}
    positions = [s for _, s, _ in found]  # in order: found is built start by start
    starts: dict[int, list[tuple[Cue, int]]] = {}
    for cue, s, e in found:
        starts.setdefault(s, []).append((cue, e))
    return [
        (cue, s, e)
        for cue, s, e in found
        if not any(_opens(cue, e, other, e2) for other, e2 in starts[s])
        and not (len(cue.words) == 1 and cue.words[0] in _value_words() and e in monetary)
        and not _spans_other(cue, s, e, found, positions)
    ]


SPANNING = 2  # how far a cue's end must lie past its start for another cue to stand inside it


def _spans_other(cue: Cue, s: int, e: int, found: list[tuple[Cue, int, int]], positions: list[int]) -> bool:
    """A strong cue of another indicator stands in the gap of `cue`, between its first and last word
    (`positions`: where each of `found` starts, in order; only those inside the gap are read)."""
    if e - s < SPANNING:
        return False  # a cue of one word holds no other
    inside = found[bisect_right(positions, s) : bisect_left(positions, e)]
    return any(e2 < e and not other.weak and other.indicator != cue.indicator for other, _, e2 in inside)


def _opens(cue: Cue, e: int, other: Cue, e2: int) -> bool:
    """A longer cue of another indicator, no weaker, that starts where `cue` does and ends at e2."""
    return e < e2 and other.indicator != cue.indicator and (cue.weak or not other.weak)


@cache
def _value_words() -> frozenset[str]:
    return frozenset(fold(w) for w in words("indicators/value_words.txt"))


@lru_cache(maxsize=100_000)
def _opening(lemmas: frozenset[str]) -> tuple[Cue, ...]:
    """The cues whose first lemma is one of a word's lemmas (the lemma sets of a text's words recur,
    and most open no cue)."""
    by_first = _by_first()
    return tuple(cue for lemma in lemmas for cue in by_first.get(lemma, ()))


@lru_cache(maxsize=10_000)
def _barriers(words: tuple[str, ...]) -> frozenset[str]:
    """What a cue's gap never crosses: a verb too, unless the cue holds one, which a verb of modality may
    stand before ("работой могут обеспечить")."""
    verbal = any(p.tag.POS == "INFN" for w in words for p in parses(w)[:1])
    return BARRIERS - {PREDICATE} if verbal else BARRIERS


def _rest(seq: list[frozenset[str]], i: int, words: tuple[str, ...], barriers: frozenset[str]) -> int | None:
    """Where a cue's remaining words end, each within GAP words of the one before, never past a comma or
    "и" that joins two things ("инвестиций и реализовать 46 проектов" is no "инвестиция … проект")."""
    for word in words:
        j = i
        while j < min(i + GAP + 1, len(seq)) and word not in seq[j]:
            if seq[j] & barriers:
                return None
            j += 1
        if j >= min(i + GAP + 1, len(seq)):
            return None
        i = j + 1
    return i


def neutral(seq: list[frozenset[str]]) -> frozenset[int]:
    """Where the words of a phrase of neutral_phrases.txt stand, one after another: a cue there names no
    indicator ("в сопоставимых ценах" is how a growth is reckoned, not a price)."""
    found: set[int] = set()
    for i, n in _phrases_at(seq, _neutral()):
        found.update(range(i, i + n))
    return frozenset(found)


RECIPIENT = 3  # words after "для" that name whom a figure is set for: "для бюджетных организаций"


def recipients(seq: list[frozenset[str]]) -> frozenset[int]:
    """Where the words after "для" stand, up to RECIPIENT words before a sign: whom a figure is set
    for ("тариф для населения — 10%", "для бизнеса — на 30%") names no indicator of its own."""
    found: set[int] = set()
    for i in compress(range(len(seq)), map(contains, seq, repeat("для"))):  # C-level: "для" is rare
        j = i + 1
        while j < min(i + 1 + RECIPIENT, len(seq)) and any(w.isalpha() for w in seq[j]):
            found.add(j)
            j += 1
    return frozenset(found)


@cache
def _neutral() -> dict[str, tuple[tuple[str, ...], ...]]:
    return _by_first_word(tuple(p.split()) for p in words("indicators/neutral_phrases.txt"))


def _by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their first word, so that a sequence is read once, not once per phrase."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in grouped.items()}


def _phrases_at(
    seq: list[frozenset[str]], phrases: dict[str, tuple[tuple[str, ...], ...]]
) -> Iterator[tuple[int, int]]:
    """Where a phrase's words stand one after another in the sequence of lemma sets, and its length.
    Only the words that may open a phrase are stepped through: C-level tests pick them."""
    opening = map(not_, map(phrases.keys().isdisjoint, seq))
    for i in compress(range(len(seq)), opening):
        lemmas = seq[i]
        for first in lemmas & phrases.keys():
            for phrase in phrases[first]:
                n = len(phrase)
                if i + n <= len(seq) and all(phrase[k] in seq[i + k] for k in range(1, n)):
                    yield i, n


def qualifying_cues(doc: Doc, found: list[tuple[Cue, int, int]]) -> set[int]:
    """Where the cues stand that qualify a strong cue right before them, in a chain of genitives:
    "экспорт продукции АПК" is export, of farm produce."""
    chained: set[int] = set()
    ends: set[int] = set()
    for cue, s, e in found:  # in text order
        genitive = is_genitive(doc.words[s])
        if genitive and (s in ends or s - 1 in ends):
            chained.add(s)
            ends.add(e)
        elif not cue.weak:
            ends.add(e)
    return chained


def outside_taxonomy(seq: list[frozenset[str]], named: list[tuple[Cue, int, int]]) -> bool:
    """A subject about something outside the taxonomy: a word or phrase of other_subjects.txt, its words
    one after another, before any strong cue, which then only says what it is about ("загрузка
    гостиниц", "доля аварийного жилья", "оборот общественного питания")."""
    first = min((k for k, _ in _phrases_at(seq, _other_subjects())), default=None)
    return first is not None and first < min((s for c, s, _ in named if not c.weak), default=len(seq))


@cache
def _other_subjects() -> dict[str, tuple[tuple[str, ...], ...]]:
    return _by_first_word(
        tuple(fold(w) for w in line.split()) for line in words("indicators/other_subjects.txt")
    )
