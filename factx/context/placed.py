"""A text's time expressions placed in its clauses, each with the comparison cue before it, if any.

Placed per sentence when the period reader first asks (most sentences hold no figure), then looked up
by clause, by the clauses that share a verb, and by the clause openings of a sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ..text.doc import Doc
from ..text.morph import parses
from ..vocab import month_names, words
from .layout import Layout
from .time_expr import TimeExpr
from .timed import Timed, around, event_date
from .times import MONTH

CUE_WINDOW = 6  # words before an expression where a comparison cue may stand
COMPARATIVES = ("больш", "выше", "меньш", "ниже", "превыс", "превыша", "превзо", "уступ", "отстава")
ADJECTIVE_ENDINGS = ("ий", "ой", "ая", "ое", "ие", "их", "ым", "ими", "ую", "ого", "ому", "ей")  # "большими"


class PlacedTimes:
    """The expressions of each sentence, placed when asked; `doc_year` tells a base ("рост к 2020
    году" written in 2024) from a deadline."""

    def __init__(self, doc: Doc, layout: Layout, times: list[TimeExpr], doc_year: int | None) -> None:
        self.doc, self.layout, self.doc_year = doc, layout, doc_year
        self.found: dict[int, list[TimeExpr]] = {}  # sentence → its expressions, placed when asked
        for t in times:
            self.found.setdefault(doc.sentence_of[t.start], []).append(t)
        self.by_sentence: dict[int, list[Timed]] = {}
        self.by_clause: dict[int, list[Timed]] = {}
        self.by_segment: dict[int, list[Timed]] = {}
        self.by_opening: dict[int, list[Timed]] = {}  # sentence → expressions that open a clause
        self.starts: dict[int, list[int]] = {}  # id() of a list of expressions → their starts

    def sentence(self, sentence: int) -> list[Timed]:
        """The sentence's expressions with their clauses and roles, worked out once; the dates of
        events ("после закрытия комбината в 2013 году") are left out."""
        if sentence not in self.by_sentence:
            layout = self.layout
            placed = self.by_sentence[sentence] = []
            floor = last = 0  # where the expression before ends: a cue before that one is that one's,
            for t in self.found.get(sentence, []):  # unless the two are one phrase ("периода в 2020 году")
                if last > floor and any(len(w) > 2 for w in self.doc.words[last : t.start]):
                    floor = last  # (not sliced from the text's start for a sentence's first expression)
                cue, last = self._cue(t, floor), t.end
                if event_date(self.doc, layout, t):
                    continue
                clause = layout.clause(t.start)
                timed = Timed(t, sentence, clause, layout.segment(clause), layout.framing(t.start), cue)
                placed.append(timed)
                self.by_clause.setdefault(clause, []).append(timed)
                self.by_segment.setdefault(timed.segment, []).append(timed)
                if timed.framing:
                    self.by_opening.setdefault(sentence, []).append(timed)
        return self.by_sentence[sentence]

    def clause(self, clause: int | None) -> list[Timed]:
        return self.by_clause.get(clause, []) if clause is not None else []

    def segment(self, clause: int) -> list[Timed]:
        """The expressions of the clauses that share the clause's verb."""
        return self.by_segment.get(self.layout.segment(clause), [])

    def opening(self, sentence: int) -> list[Timed]:
        return self.by_opening.get(sentence, [])

    def near(self, found: list[Timed], token: int) -> list[Timed]:
        return around(found, token, self.starts)

    def base(self, clause: int, start: int, end: int) -> Timed | None:
        """The base of a comparison stated after the figure over [start, end) in its clause or the
        next one, else before it in its clause or the one before ("По сравнению с 2022 годом выпуск
        вырос на 5%", "Это больше, чем годом ранее, на 20%")."""
        for c in (clause, self.layout.next_clause(clause)):
            for t in self.near(self.clause(c), end):
                if t.cue is not None and t.cue >= end:
                    return t
        starts = self.layout.starts(self.doc.sentence_of[clause])
        k = bisect_left(starts, clause)
        for c in (clause, starts[k - 1] if k else None):
            for t in reversed(self.near(self.clause(c), start)):
                if t.cue is not None and t.expr.end <= start:
                    return t
        return None

    def _cue(self, t: TimeExpr, floor: int) -> int | None:
        """The token that makes the expression a comparison base, if one does; a cue before `floor`
        belongs to an expression before this one ("по сравнению с 2022 годом производство в 2023 году")."""
        doc, clause = self.doc, max(self.layout.clause(t.start), floor)
        cues = words("context/comparison_cues.txt")
        before = doc.word(t.start - 1)
        if t.earlier and doc.word(t.start + 1) == "к":
            return t.start  # "рост на 16,7% год к году": the year before is the base, "больше" or not
        if not t.target and (before == "к" or _comparative(before)):
            return t.start - 1  # "к первому полугодию 2021 года", "выше прошлогодней"
        if _at_level(doc, t.start - 1):
            return t.start - 2  # "осталась на уровне прошлого года": the level it equals
        if MONTH.match(before) and _month_base(doc, t.start - 2):
            return t.start - 2  # "(декабрь 2023 года к декабрю 2022 года)", "с августом прошлого года"
        for j in _words_back(doc, t.start, clause):
            if doc.words[j] in cues or _as_in(doc, j):
                return j
            if _base_noun(doc.words[j]) and (_compared(doc, j) or _share_of(doc, j)):
                return j - 1  # "к соответствующему периоду 2023 года", "больше показателей 2020 года"
        base = _change_base(doc, t.start, clause)
        if base is not None:  # "вырос до 5,6 трлн рублей с 4,9 трлн рублей в 2022 году"
            return base
        by_year = doc.words[t.start] == "к" and doc.word(t.start + 1)[:1].isdigit()
        if by_year and t.years is not None and self.doc_year and t.years[0] < self.doc_year:
            return t.start  # "рост к 2020 году" written in 2024: a base, not a deadline
        return None


def _comparative(word: str) -> bool:
    """ "больше", "превысил", not the adjective of a superlative ("с самыми большими показателями")."""
    adjective = word.startswith(("больш", "меньш")) and word.endswith(ADJECTIVE_ENDINGS)
    return word.startswith(COMPARATIVES) and not adjective


@lru_cache(maxsize=100_000)
def _base_noun(word: str) -> bool:
    """A noun a time may be compared by ("периоду", "показателей"), in its two likeliest readings:
    asked of every word before an expression, so remembered per word form."""
    nouns = words("context/comparison_nouns.txt")
    return any(p.normal_form in nouns for p in parses(word)[:2])


def _compared(doc: Doc, j: int) -> bool:
    """ "к" or a comparative in the two words before the noun at j, three after "же" ("к тому же
    периоду 2024 года")."""
    reach = 3 if doc.word(j - 1) == "же" else 2
    return any(w == "к" or _comparative(w) for w in map(doc.word, range(j - 1, j - reach - 1, -1)))


def _share_of(doc: Doc, j: int) -> bool:
    """ "98,4% от уровня 2024 года": a percentage of the noun at j, after "от", is measured against
    that noun's time."""
    return doc.word(j - 1) == "от" and doc.word(j - 2) in ("%", "процента", "процентов")


def _month_base(doc: Doc, k: int) -> bool:
    """ "с августом" (not "с августа", a time itself): a month compared with; "к декабрю" only right
    after another time ("декабрь 2023 года к декабрю 2022 года"), else a deadline ("к декабрю
    2026 года построят")."""
    preposition, month, before = doc.word(k), doc.word(k + 1), doc.word(k - 1)
    if preposition == "к":
        return before in ("года", "г") or before.isdigit()
    return preposition == "с" and month.endswith(("ом", "ем", "ём"))


def _at_level(doc: Doc, j: int) -> bool:
    """ "на уровне прошлого года" with the time right after the noun: the level of another time a
    figure stays at or equals ("осталась на уровне прошлого года — индекс 100%"), a comparison base;
    not "на уровне 3,9 млрд рублей в 2026 году", where a figure stands between."""
    if j < 1 or doc.word(j - 1) != "на":
        return False
    return any(p.normal_form in words("context/level_nouns.txt") for p in doc.readings(j)[:2])


def _as_in(doc: Doc, j: int) -> bool:
    """ "как и в аналогичном периоде 2020-го", "как и годом ранее": the time the figure equals."""
    return doc.words[j] == "как" and doc.word(j + 1) == "и" and doc.word(j + 2) in ("в", "во", "за", "годом")


def _change_base(doc: Doc, start: int, floor: int) -> int | None:
    """The "с" of the figure a change starts from, right before the expression: "вырос до 5,6 трлн
    рублей с 4,9 трлн рублей в 2022 году" (not "с 2019 года", a time itself)."""
    for j in _words_back(doc, start, floor):
        if doc.words[j] == "с":
            number, after = doc.word(j + 1), doc.word(j + 2)
            year = len(number) == 4 and number.isdigit()
            date = after in month_names()  # "с 1 января 2016 года — 18%"
            return j if number[:1].isdigit() and j + 2 < start and not (year or date) else None
    return None


def _words_back(doc: Doc, start: int, floor: int) -> list[int]:
    """The tokens of the last CUE_WINDOW words before `start`, not before `floor`: the full stops of
    "тыс. кв. м" do not count ("против 420 тыс. кв. м в 2022 году")."""
    found: list[int] = []
    count = 0
    for j in range(start - 1, floor - 1, -1):
        count += doc.words[j].isalnum()
        if count > CUE_WINDOW:
            break
        found.append(j)
    return found
