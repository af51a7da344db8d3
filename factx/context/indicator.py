"""What a figure measures, as an id of the indicator taxonomy (data/indicators/indicators.tsv).

Cue phrases name an indicator, matched on lemmas: in the figure's subject (more so its head noun), its
clause, then elsewhere in its sentence, nearest first, weighed by how strong each cue is and by what
the words around the figure settle (scene.py and its scene_*.py). docs/ARCHITECTURE.md, "How the
indicator is read", walks through every rule with its examples.
"""

from __future__ import annotations

from ..draft import Draft
from .counted import animate, living
from .cues import fitting, measure_units, people
from .indicator_context import by_context, labelled_outside
from .indicator_lists import ELLIPTIC, budget_line, elliptic, headed, introduced, listed
from .indicator_state import FOLLOWS, HEAD, Named, Offers, Reading
from .indicator_subject import TRADED, by_counted, by_subject, share_of_whole, whole_next
from .percent_measure import interest
from .previous import GERUND, NEAR
from .scene import PARTS
from .scene_building import reaped
from .scene_extent import apart, extent
from .scene_funding import earned, funded, summed
from .scene_prices import per_unit, verb_named

EARNED = 345  # a sum people earn is their wage, whatever sector names them
RELATIVE = frozenset({"percent", "multiplier"})  # kinds that may only compare with the figure before
COMPARED = 3  # tokens between a figure and a percentage or multiplier that compares with it: ", что на"


class IndicatorReader(Reading):
    """Reads figures in text order; cue matches are found once per sentence."""

    def read(self, d: Draft, subject: str | None) -> str | None:
        """The indicator of a figure, or None when nothing in the taxonomy fits it."""
        kind, unit = d.kind, d.fields.get("unit")
        offer = Offers(fitting(kind, unit), self.previous.frame, self.previous.paid(d))
        counted = kind == "quantity" and unit is not None and unit not in measure_units()
        if kind == "quantity" and (
            apart(self.doc, self.layout, d)
            or extent(self.doc, self.layout, d, self.near(d))
            or self.incident(d)
        ):
            return self._chosen(d, {})
        # goods sold abroad or bought there: "отправили в Узбекистан 640 тыс. тонн", "закупили в Китае…"
        crossing = self.border.crossing(self.layout, d) if self.border else None
        if interest(self.doc, d) or labelled_outside(self.doc, d):  # "под 5% годовых", "с дефицитом в"
            return self._chosen(d, {})
        if summed(self.doc, d) and not funded(self.layout, d, self.near(d)):  # "37 проектов на сумму"
            return self._chosen(d, {"project_cost": 1})  # not "профинансировано 86 проектов на сумму"
        against = self.doc.word(d.start - 1) == "против"  # "13 ц/га против 11,2 центнера": the same measure
        reach = GERUND if self.previous.gerund(d) else NEAR if against else COMPARED
        compared = self.previous.measured(d, self.near(d), reach) if kind in RELATIVE or against else None
        if compared == "sown_area" and reaped(self.doc, self.layout, d):
            compared = "harvest"  # "убрано 38 тыс. га, что составляет 49% посевной площади"
        if compared is not None:  # ", что на 15% больше": what the figure before measures, or nothing
            of = {} if compared or kind not in PARTS else whole_next(self, d)  # ", или 1,1% расходов"
            return self._chosen(d, {compared: 1} if compared else self.settled(d, of) if of else {})
        named = Named()
        if counted:
            assert isinstance(unit, str)
            decided = by_counted(self, d, unit, crossing, offer, named)
            if decided is not None:
                return self._chosen(d, decided)
        if crossing and not counted:
            offer(crossing, TRADED)
        shared = kind in PARTS or (kind == "change" and unit == "%")  # "доля … выросла с 18% до 35%"
        whole = share_of_whole(self, d, offer) if shared else False
        # None: the subject names nothing the taxonomy has; True: it counts a stock ("число школ")
        stock = by_subject(self, d, subject, crossing, whole, offer, named) if subject else False
        if stock is None:
            return self._chosen(d, {})
        if kind == "money" and per_unit(self.doc, d) and not funded(self.layout, d, self.near(d)):
            offer("price", FOLLOWS)  # not "компенсируют до 20 тыс. рублей за гектар"
        if self.goods_priced(d):
            offer("price", FOLLOWS + HEAD)  # "рост на такие виды продуктов, как яйцо на 4,7%"
        if earned(self.doc, self.layout, d, self.near(d)):
            offer("average_wage", EARNED)  # "Медики получают в среднем 90 тыс. рублей"
        if living(self.doc, self.layout, d):
            offer("population", EARNED)  # "в селе, где проживают 180 человек, нет водопровода"
        if self.layout.elliptic(d.start) and not verb_named(self.doc, self.layout, d, self.near(d)):
            elliptic(self, d, offer)  # not after a verb that names it: "подорожали овощи: картофель — на 18%"
        if subject and budget_line(self, d, subject):
            if self.previous.frame not in offer.fits:  # "в 2,8 раза": a budget's, which a count can't be
                return self._chosen(d, {})
            offer(self.previous.frame, ELLIPTIC + HEAD)
        listed(self, d, offer)
        introduced(self, d, offer)
        headed(self, d, offer)
        by_context(self, d, offer)
        scores, confirmed, leans = offer.scores, named.confirmed, named.leans
        if confirmed:
            if confirmed & people() and animate(self.doc, d):  # "трудоустроили 320 специалистов": people,
                confirmed |= people()  # filed by what they do; not "8 рейсов", "40 коллективов"
            scores = {k: v for k, v in scores.items() if k in confirmed | leans or k == crossing}
        if leans:  # objects are never people: "54 объекта бытового обслуживания населения"
            scores = {k: v for k, v in scores.items() if k not in people()}
        return self._chosen(d, self.settled(d, scores, stock))

    def _chosen(self, d: Draft, scores: dict[str, int]) -> str | None:
        chosen = max(scores, key=lambda k: scores[k]) if scores else None
        self.strength = scores[chosen] if chosen else 0
        counted = d.kind == "quantity" and d.fields.get("unit") not in measure_units()
        self.previous.record(d, chosen, counted)
        return chosen
