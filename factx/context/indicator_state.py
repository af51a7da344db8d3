"""What the indicator reader keeps while it reads a text's figures (indicator.py): the cue matches of
each sentence, found once, and those near a figure; the clauses that tell of an incident; the figure
before; the best score each indicator was offered; and how the scores settle against the whole scene.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..draft import Draft
from ..text.doc import Doc
from ..vocab import words
from .counted import OUTPUTS
from .cues import Cue, fitting, matches, neutral, recipients
from .layout import Layout
from .lemmas import lemma_hits, text_lemmas, unnumbered
from .previous import PAID_IN, WAGE, Previous
from .scene import PARTS, WINDOW, part_of
from .scene_building import in_condition, reaped, standing
from .scene_funding import destined, one_project
from .scene_prices import dearer_by, prices_goods
from .trade import Border

FOLLOWS, SUBJECT, CLAUSE, SENTENCE = 350, 300, 200, 100  # where a cue stands: the first part of its weight
HEAD = 20  # a cue with the subject's head noun ("розничная цена" is a price)
FRAME = 15  # the indicator a reader has in mind, the last one named, weighs a little more
BUILT = frozenset({"infrastructure_built", "housing_commissioned"})  # objects counted as built
MOVING = frozenset({"exports", "imports", "freight"})  # what is done with goods once made
AMOUNT_REACH = 3  # tokens before an amount where "из них" may stand


class Offers:
    """The best score each indicator that fits a figure was offered; the frame, the last indicator
    named, weighs a little more."""

    def __init__(self, fits: frozenset[str], frame: str | None, paid: bool) -> None:
        self.fits, self.frame, self.paid = fits, frame, paid  # paid: a branch names where a wage is
        self.scores: dict[str, int] = {}

    def __call__(self, indicator: str, score: int) -> None:
        indicator = WAGE if self.paid and indicator in PAID_IN else indicator
        score += FRAME if indicator == self.frame else 0
        if indicator in self.fits and score > self.scores.get(indicator, 0):
            self.scores[indicator] = score


@dataclass(slots=True)
class Named:
    """What a counted noun or subject names only if the figure's context says so too (`confirmed`:
    "2,5 млн гостей" after "турпоток"), and objects it only leans to (`leans`: "2 тыс. домов")."""

    confirmed: set[str] = field(default_factory=set)
    leans: set[str] = field(default_factory=set)


class Reading:
    """What a reader of figures keeps from one to the next: cue matches, found once per sentence,
    the clauses that tell of an incident, and the figure before."""

    def __init__(self, doc: Doc, layout: Layout, border: Border | None = None) -> None:
        self.doc = doc
        self.layout = layout
        self.border = border  # the countries the text names, for trade that names no export or import
        self._sentences: dict[int, list[tuple[Cue, int, int]]] = {}
        self._starts: dict[int, list[int]] = {}
        self._shadowed: dict[int, frozenset[int]] = {}  # where a neutral phrase or a recipient stands
        self._branches: dict[int, frozenset[int]] = {}  # where cues of the branch money goes to stand
        self._incidents: dict[int, bool] = {}  # clause → whether it tells of an incident
        self._prices: dict[int, bool] = {}  # sentence → whether it tells of goods dearer or cheaper
        self.previous = Previous(doc, layout)  # the figure before and the frame
        self.strength = 0  # the score that chose the last figure's indicator (0: none chosen)

    def found(self, sentence: int) -> list[tuple[Cue, int, int]]:
        if sentence not in self._sentences:
            doc = self.doc
            tokens = doc.sentence_tokens(sentence)
            kept = unnumbered(doc, tokens.start, tokens.stop)
            seq = list(map(text_lemmas, map(doc.words.__getitem__, kept)))  # C-level: read once per sentence
            shadowed = neutral(seq) | recipients(seq)  # "в сопоставимых ценах": no price
            found = sorted(
                ((c, kept[s], kept[e - 1] + 1) for c, s, e in matches(seq) if s not in shadowed),
                key=lambda m: m[1],
            )
            self._branches[sentence] = destined(doc, found)
            self._shadowed[sentence] = frozenset(kept[i] for i in shadowed)
            self._sentences[sentence] = found
            self._starts[sentence] = [m[1] for m in found]
        return self._sentences[sentence]

    def near(self, d: Draft) -> list[tuple[Cue, int, int]]:
        """The cues of the figure's sentence within WINDOW tokens of it: a long sentence costs no more
        per figure than a short one."""
        sentence = self.doc.sentence_of[d.start]
        found = self.found(sentence)
        starts = self._starts[sentence]
        near = found[bisect_left(starts, d.start - WINDOW) : bisect_right(starts, d.end + WINDOW)]
        if d.kind == "quantity":  # people or goods, not money: "на практику направлены 700 выпускников"
            return near
        branch = self._branches[sentence]  # "инвестиции в АПК": where money went, not what it is
        return [m for m in near if m[1] not in branch]

    def shadowed(self, d: Draft) -> frozenset[str]:
        """The lemmas of the words of a neutral phrase or after "для" in the figure's clause, before it: a
        subject cut out of one names nothing ("информации и связи — на 21%" is a branch, no coverage)."""
        sentence = self.doc.sentence_of[d.start]
        self.found(sentence)
        first = self.layout.clause(d.start)
        hidden = [k for k in self._shadowed[sentence] if first <= k < d.start]
        return frozenset().union(*(text_lemmas(self.doc.words[k]) for k in hidden))

    def goods_priced(self, d: Draft) -> bool:
        """A change "на N%" that measures a price (scene_prices.dearer_by, scene_prices.prices_goods),
        its sentence read once."""
        dearer = dearer_by(self.doc, d)
        if dearer is not None:
            return dearer
        sentence = self.doc.sentence_of[d.start]
        if sentence not in self._prices:
            self._prices[sentence] = prices_goods(self.doc, sentence)
        return self._prices[sentence]

    def incident(self, d: Draft) -> bool:
        """A quantity in a clause that tells of an incident ("в аварии пострадали 4 горняка", "площадь
        лесных пожаров — 20 тыс. га") or of a fish catch ("добыли 30 тыс. тонн горбуши"): no indicator's."""
        clause = self.layout.clause(d.start)
        if clause not in self._incidents:  # figures share clauses: read each once
            events = words("indicators/event_words.txt") | words("indicators/catch_words.txt")
            self._incidents[clause] = bool(lemma_hits(self.doc, self.layout.tokens(clause), events))
        return self._incidents[clause]

    def settled(self, d: Draft, scores: dict[str, int], stock: bool = False) -> dict[str, int]:
        """The scores, read against the whole scene: investment in one project is its cost; objects
        or dwellings said only to stand, work or be bought ("работают 5 фабрик", "приобретено 300
        квартир"), or counted as a stock ("число трехсменных школ сократилось"), are not built ones."""
        best = max(scores, key=scores.__getitem__) if scores else None
        fits = fitting(d.kind, d.fields.get("unit"))
        if (
            best == "investment_fixed_capital"
            and "project_cost" in fits
            and one_project(self.doc, self.layout, d)
        ):
            return {"project_cost": 1}
        if best == "sown_area" and reaped(self.doc, self.layout, d):
            return {"harvest": 1}  # "убрали 40% посевных площадей": the land the harvest cleared
        if best in BUILT and (
            stock or standing(self.doc, self.layout, d) or in_condition(self.doc, self.layout, d)
        ):
            return {}
        doing = {k: v for k, v in scores.items() if k != best and v > (CLAUSE + SENTENCE) // 2}
        if best == "population" and d.kind in PARTS and doing:  # a part of the people is what they do,
            return doing  # said in the clause: "каждый пятый житель занят в…", "половина из них подключены…"
        moved = {k: v for k, v in doing.items() if k in MOVING}
        if best in OUTPUTS and moved:  # goods are counted where the clause moves them: "на экспорт
            return moved  # отправлено 98 млн тонн угля", "поставляется 700 тыс. тонн зерна"
        return scores

    def amount_part(self, d: Draft) -> bool:
        """An amount that is a part of the figure before takes its indicator from what its own clause
        does with it ("стоимость — 38 млрд, из них 30 млрд выделит бюджет"); a percentage stays a share
        of the whole ("из которых 60% приходится на частные инвестиции")."""
        return d.kind not in PARTS and part_of(self.doc, self.layout, d, AMOUNT_REACH)
