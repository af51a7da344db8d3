"""What a figure measures, as an id of the indicator taxonomy (data/indicators/indicators.tsv).

Cue phrases name an indicator, matched on lemmas: in the figure's subject (more so its head noun), its
clause, then elsewhere in its sentence, nearest first, weighed by how strong each cue is and by what
the words around the figure settle (scene.py). docs/ARCHITECTURE.md, "How the indicator is read",
walks through every rule with its examples.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..draft import Draft
from ..text.doc import Doc
from ..text.phrases import is_genitive
from ..text.tokens import DASHES
from ..vocab import words
from .counted import OUTPUTS, animate, doing, made, of_people
from .cues import (
    WEAK,
    Cue,
    fitting,
    generic,
    matches,
    measure_units,
    neutral,
    numeric,
    outside_taxonomy,
    people,
    phrase_lemmas,
    qualifying_cues,
    shortened,
    text_lemmas,
    token_lemmas,
    unit_owners,
)
from .layout import Layout
from .measure import interest
from .previous import GERUND, NEAR, PAID_IN, SHARE_REACH, WAGE, Previous
from .scene import (
    FUNDING,
    PARTS,
    WINDOW,
    apart,
    destined,
    earned,
    extent,
    funded,
    funding_verb,
    goods_priced,
    named_whole,
    nominative_noun,
    one_project,
    opened,
    opens_sentence,
    part_of,
    per_unit,
    priced,
    spent_on,
    standing,
    structure_head,
    verb_named,
    whole_after,
    whole_of,
)
from .trade import Border

FOLLOWS, SUBJECT, CLAUSE, SENTENCE = 350, 300, 200, 100  # where a cue stands: the first part of its weight
LABEL = 340  # a noun in the instrumental right before a figure names what it measures, weak or not
HEAD = 20  # a cue with the subject's head noun ("розничная цена" is a price)
COSTS = SUBJECT + HEAD + 1  # a verb of cost outweighs a sector's word in the subject, not its head noun
UNIT_ONLY = 150  # a quantity unit only one indicator takes ("ц/га") names it without a cue
CARRIED = 50  # a figure with no cue carries on the last indicator named
CHAIN = 30  # a cue right after another one qualifies it: "экспорт продукции АПК" is export
TRADED = 349  # goods sold abroad or bought there: over any cue but a price per unit or the figure before
EARNED = 345  # a sum people earn is their wage, whatever sector names them
ELLIPTIC = 370  # the noun of a short clause after another, before its dash, names the figure there
LEANING = 10  # a generic counted noun that is a cue alone yields to a strong cue of its clause
FRAME = 15  # the indicator a reader has in mind, the last one named, weighs a little more
BRANCHES = frozenset({"сфера", "отрасль", "сектор"})  # "в сфере добычи": the branch a figure is of
MOVING = frozenset({"exports", "imports", "freight"})  # what is done with goods once made
ANIMALS = frozenset({"livestock_output"})  # animals counted name it by a weak cue too: "14 тыс. лошадей"
BUILT = frozenset({"infrastructure_built", "housing_commissioned"})  # objects counted as built
POSSESSIVES = frozenset({"его", "её", "ее", "их"})  # a subject of the thing named before: "их выпуск"
RELATIVE = frozenset({"percent", "multiplier"})  # kinds that may only compare with the figure before
AMOUNT_REACH = 3  # tokens before an amount where "из них" may stand
WHOLE = (
    3  # tokens after the "в" of "доля … в" where the cue of the whole may begin: "в общем объёме экспорта"
)
BUDGETS = frozenset({"budget_allocation", "budget_expenditure", "budget_revenue"})  # a budget's lines
HEADED = 30  # lines of a list back to the one that opens it with a colon
ITEM_MARKS = DASHES | {"•", "*", "·"}  # what opens a line that is an item of a list
COMPARED = 3  # tokens between a figure and a percentage or multiplier that compares with it: ", что на"


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


class IndicatorReader:
    """Reads figures in text order; cue matches are found once per sentence."""

    def __init__(self, doc: Doc, layout: Layout, border: Border | None = None) -> None:
        self.doc = doc
        self.layout = layout
        self.border = border  # the countries the text names, for trade that names no export or import
        self._sentences: dict[int, list[tuple[Cue, int, int]]] = {}
        self._starts: dict[int, list[int]] = {}
        self._branches: dict[int, frozenset[int]] = {}  # where cues of the branch money goes to stand
        self._incidents: dict[int, bool] = {}  # clause → whether it tells of an incident
        self._previous = Previous(doc, layout)  # the figure before and the frame

    def _found(self, sentence: int) -> list[tuple[Cue, int, int]]:
        if sentence not in self._sentences:
            doc = self.doc
            start, end = doc.sentences[sentence]
            kept = [i for i in range(doc.token_at(start), doc.token_at(end)) if not numeric(doc, i)]
            seq = list(map(text_lemmas, map(doc.words.__getitem__, kept)))  # C-level: read once per sentence
            shadowed = neutral(seq)  # "в сопоставимых ценах": no price
            found = sorted(
                ((c, kept[s], kept[e - 1] + 1) for c, s, e in matches(seq) if s not in shadowed),
                key=lambda m: m[1],
            )
            self._branches[sentence] = destined(doc, found)
            self._sentences[sentence] = found
            self._starts[sentence] = [m[1] for m in found]
        return self._sentences[sentence]

    def _near(self, d: Draft) -> list[tuple[Cue, int, int]]:
        """The cues of the figure's sentence within WINDOW tokens of it: a long sentence costs no more
        per figure than a short one."""
        sentence = self.doc.sentence_of[d.start]
        found = self._found(sentence)
        starts = self._starts[sentence]
        near = found[bisect_left(starts, d.start - WINDOW) : bisect_right(starts, d.end + WINDOW)]
        if d.kind == "quantity":  # people or goods, not money: "на практику направлены 700 выпускников"
            return near
        branch = self._branches[sentence]  # "инвестиции в АПК": where money went, not what it is
        return [m for m in near if m[1] not in branch]

    def read(self, d: Draft, subject: str | None) -> str | None:
        """The indicator of a figure, or None when nothing in the taxonomy fits it."""
        kind, unit = d.kind, d.fields.get("unit")
        offer = Offers(fitting(kind, unit), self._previous.frame, self._previous.paid(d))
        counted = kind == "quantity" and unit is not None and unit not in measure_units()
        if kind == "quantity" and (
            apart(self.doc, self.layout, d)
            or extent(self.doc, self.layout, d, self._near(d))
            or self._incident(d)
        ):
            return self._chosen(d, {})
        # goods sold abroad or bought there: "отправили в Узбекистан 640 тыс. тонн", "закупили в Китае…"
        crossing = self.border.crossing(self.layout, d) if self.border else None
        if interest(self.doc, d):  # "кредиты под 5% годовых"
            return self._chosen(d, {})
        against = self.doc.word(d.start - 1) == "против"  # "13 ц/га против 11,2 центнера": the same measure
        reach = GERUND if self._previous.gerund(d) else NEAR if against else COMPARED
        compared = self._previous.measured(d, self._near(d), reach) if kind in RELATIVE or against else None
        if compared is not None:  # ", что на 15% больше": what the figure before measures, or nothing
            return self._chosen(d, {compared: 1} if compared else {})
        named = Named()
        if counted:
            assert isinstance(unit, str)
            decided = self._counted(d, unit, crossing, offer, named)
            if decided is not None:
                return self._chosen(d, decided)
        if crossing and not counted:
            offer(crossing, TRADED)
        shared = kind in PARTS or (kind == "change" and unit == "%")  # "доля … выросла с 18% до 35%"
        whole = self._whole(d, offer) if shared else False
        # None: the subject names nothing the taxonomy has; True: it counts a stock ("число школ")
        stock = self._subject(d, subject, crossing, whole, offer, named) if subject else False
        if stock is None:
            return self._chosen(d, {})
        if kind == "money" and per_unit(self.doc, d) and not funded(self.layout, d, self._near(d)):
            offer("price", FOLLOWS)  # not "компенсируют до 20 тыс. рублей за гектар"
        if goods_priced(self.doc, d):
            offer("price", FOLLOWS + HEAD)  # "рост на такие виды продуктов, как яйцо на 4,7%"
        if earned(self.doc, self.layout, d, self._near(d)):
            offer("average_wage", EARNED)  # "Медики получают в среднем 90 тыс. рублей"
        if self.layout.elliptic(d.start) and not verb_named(self.doc, self.layout, d, self._near(d)):
            self._elliptic(d, offer)  # not after a verb that names it: "подорожали овощи: картофель — на 18%"
        if subject and self._budget_line(d, subject):
            if self._previous.frame not in offer.fits:  # "в 2,8 раза": a budget's, which a count can't be
                return self._chosen(d, {})
            offer(self._previous.frame, ELLIPTIC + HEAD)
        self._listed(d, offer)
        self._introduced(d, offer)
        self._headed(d, offer)
        self._context(d, offer)
        scores, confirmed, leans = offer.scores, named.confirmed, named.leans
        if confirmed:
            if confirmed & people() and animate(self.doc, d):  # "трудоустроили 320 специалистов": people,
                confirmed |= people()  # filed by what they do; not "8 рейсов", "40 коллективов"
            scores = {k: v for k, v in scores.items() if k in confirmed | leans or k == crossing}
        if leans:  # objects are never people: "54 объекта бытового обслуживания населения"
            scores = {k: v for k, v in scores.items() if k not in people()}
        return self._chosen(d, self._settled(d, scores, stock))

    def _counted(
        self, d: Draft, unit: str, crossing: str | None, offer: Offers, named: Named
    ) -> dict[str, int] | None:
        """What a counted noun names ("640 предпринимателей", "39 тыс. грузовиков"): the scores that
        decide the figure, or None when its context must decide, with what the noun confirms or leans
        to kept in `named`."""
        seq = phrase_lemmas(unit)[0]
        is_generic = generic(unit)
        plain = False  # a generic noun that is a cue alone ("житель"), or a dwelling, only leans to it
        named_by = False  # a strong cue names the counted noun
        for cue, _, e in matches(seq):
            if e < len(seq) and is_generic and not cue.weak:  # a strong cue before a generic noun names
                named_by = True  # it: "18 тыс. безработных жителей", "40 иностранных граждан"
                offer(cue.indicator, cue.weight(SUBJECT) + HEAD)
                continue
            if e < len(seq):
                continue  # the cue must name the counted noun itself: "молочный комплекс"
            if cue.weak and cue.indicator not in BUILT | ANIMALS:
                named.confirmed.add(cue.indicator)  # "2,5 млн гостей" after "турпоток", not "40 коллективов"
            elif is_generic and len(cue.words) == 1:
                plain = True  # "обеспечит работой 600 жителей", "микрорайон на 10 тыс. жителей"
                offer(cue.indicator, cue.weight(CLAUSE) - LEANING)  # "трудоустроено 31 тыс. жителей"
            else:
                if cue.weak and cue.indicator in BUILT:  # a dwelling or plant only leans to being built:
                    named.leans.add(cue.indicator)  # "к газу подключат 2 тыс. домов", not "19 жилых домов"
                else:
                    named_by = True
                offer(cue.indicator, cue.weight(SUBJECT))
        scores, confirmed = offer.scores, named.confirmed
        if crossing and not (scores or confirmed):  # not a noun that names one: "в Китай 600 контейнеров"
            offer(crossing, TRADED)
        capacity = self.doc.word(d.start - 1) == "на"  # "кампус на 2,5 тыс. студентов": the object's
        uncued = not (scores or confirmed or named.leans or capacity) and of_people(self.doc, d, seq[-1])
        # a generic noun that is a cue alone only leans to it: "квартиры получили 4 тыс. жителей"
        alone = plain and not (named_by or confirmed or named.leans or capacity)
        done = doing(self.layout, d, self._near(d), offer.fits, CLAUSE) if uncued or alone else {}
        if done:  # people no cue names, filed by what they get or do: "практику прошли 300 выпускников"
            return done
        if uncued and "tourists" in offer.fits and self.border and self.border.visited(self.layout, d):
            return {"tourists": CLAUSE}  # "Приморье посетили 420 тыс. граждан КНР"
        goods = not (scores or is_generic or capacity or animate(self.doc, d))
        output = (
            made(self.doc, self.layout, d, self._near(d), offer.fits, self._previous.frame, SUBJECT)
            if goods
            else {}
        )
        if output:  # goods counted where their clause makes them: "КАМАЗ выпустил 39 тыс. грузовиков"
            return output
        if not (scores or confirmed or is_generic) and self._previous.part_of_last(d):
            return (
                {self._previous.frame: FOLLOWS} if self._previous.frame else {}
            )  # "Из них иностранцев — 45 тыс."
        if named_by:
            named.leans.clear()
        plain = plain or bool(named.leans)
        if not (scores or is_generic or confirmed) and opened(self.doc, self.layout, d, seq[-1]):
            offer("infrastructure_built", SUBJECT)  # "откроются три бизнес-инкубатора"
        if (scores and not plain) or not (is_generic or confirmed or plain):
            return self._settled(d, scores)
        return None

    def _subject(
        self, d: Draft, subject: str, crossing: str | None, whole: bool, offer: Offers, named: Named
    ) -> bool | None:
        """Offers the cues of the figure's subject; None when the subject names something outside the
        taxonomy ("износ сетей", "доля юаня"), else whether it counts a stock ("число школ")."""
        kind = d.kind
        seq, head = phrase_lemmas(subject)
        built = words("indicators/build_words.txt") | words("indicators/opening_words.txt")
        stock = head is not None and bool(seq[head] & words("indicators/stock_words.txt"))
        stock = stock and not any(lemmas & built for lemmas in seq)  # not "число построенных школ"
        cues = [m for m in matches(seq) if m[1] not in neutral(seq)]  # not "розничного налога"
        if named.confirmed:  # "5 тыс. предприятий малого бизнеса"
            named.confirmed |= {cue.indicator for cue, _, _ in cues if not cue.weak}
        of = whole_after(self.doc, d, seq, head) if kind in PARTS else None  # "две трети бюджета"
        where = FOLLOWS if of is not None else SENTENCE if self._amount_part(d) else SUBJECT
        agent = (
            funding_verb(self.doc, self.layout, d, self._near(d)) is not None
        )  # "Бизнес вложил…": who paid
        for cue, s, e in cues:  # "стоимость — 9 млрд, из них 2 млрд выделит…": its own clause first
            if agent and cue.weak:
                continue
            headed = not cue.weak and head is not None and s <= head < e
            offer(cue.indicator, cue.weight(where) + (HEAD if headed else 0) - s)
            if (
                cue.weak
                and head is not None
                and head < s
                and e == len(seq)
                and self._previous.frame
                and shortened(cue, self._previous.frame)
            ):
                offer(self._previous.frame, cue.weight(where) - s)  # cut short: "Объём ввода снизился на 7%"
        if self._previous.frame and seq[0] & POSSESSIVES and opens_sentence(self.doc, d, seq[0]):
            offer(
                self._previous.frame, SUBJECT
            )  # "Их выпуск продукции вырос": of what the sentence before named
        if head is not None and priced(self.doc, d, seq[head]):
            offer("price", FOLLOWS)  # "килограмм говядины подорожал на 6%", "тонна зерна стоит…"
        self._continued(d, frozenset().union(*seq), offer)
        nameless = of is not None and not (cues or whole) and named_whole(self.doc, of, seq, head)
        if (
            outside_taxonomy(seq, cues)
            and not verb_named(self.doc, self.layout, d, self._near(d))
            and not crossing
        ) or nameless:  # "износ сетей"; "половина работ", "трети оборудования"
            return None
        if all(cue.weak for cue, _, _ in cues) and head is not None and "доля" in seq[head] and not whole:
            return None  # "доля юаня": a share of nothing in the taxonomy
        return stock

    def _settled(self, d: Draft, scores: dict[str, int], stock: bool = False) -> dict[str, int]:
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
        if best in BUILT and (stock or standing(self.doc, d)):
            return {}
        doing = {k: v for k, v in scores.items() if k != best and v > (CLAUSE + SENTENCE) // 2}
        if best == "population" and d.kind in PARTS and doing:  # a part of the people is what they do,
            return doing  # said in the clause: "каждый пятый житель занят в…", "половина из них подключены…"
        moved = {k: v for k, v in doing.items() if k in MOVING}
        if best in OUTPUTS and moved:  # goods are counted where the clause moves them: "на экспорт
            return moved  # отправлено 98 млн тонн угля", "поставляется 700 тыс. тонн зерна"
        return scores

    def _whole(self, d: Draft, offer: Offers) -> bool:
        """A share of a whole its sentence names after "доля (part) в" measures the whole's indicator, when a
        strong cue names it ("доля сырья в экспорте", not "доля отрасли в структуре экономики"), or the
        head of the whole after "в структуре" ("В структуре экспорта лидирует зерно (30%)")."""
        head = structure_head(self.doc, d)
        start = whole_of(self.doc, d) if head is None else head
        if start is None:
            return False
        span = range(start, start + WHOLE) if head is None else range(head + 1)
        named = [c for c, s, e in self._near(d) if s in span and e > start and s < d.start and not c.weak]
        for cue in named:
            offer(cue.indicator, FOLLOWS + HEAD)
        return bool(named)

    def _elliptic(self, d: Draft, offer: Offers) -> None:
        """A short clause after a dash names its figure by its own first cue, not by the subject or the
        figure of the clause before (", в обрабатывающей промышленности — 106,8%", ", расходы — 401,2
        млрд"); a cue after the first qualifies it ("горнодобывающей промышленности"), and a noun in the
        nominative that is no cue makes the clause about something else ("доля промышленных ферм")."""
        clause = self.layout.clause(d.start)
        own = [(c, s) for c, s, e in self._near(d) if clause <= s and e < d.start]
        heads = [i for i in range(clause, d.start) if nominative_noun(self.doc, i)]
        for cue, s in own:
            if s == own[0][1] and (not heads or s == heads[0]):  # not "доля промышленных ферм — с 12%"
                offer(cue.indicator, cue.weight(ELLIPTIC) + (WEAK if cue.weak else 0))

    def _budget_line(self, d: Draft, subject: str) -> bool:
        """A line of a budget after the budget was named, a clause without a verb whose dash leads to its
        figure ("…, охрана окружающей среды — в 2,8 раза, содействие занятости — на 77%"), measures the
        budget, not the topic its words touch, when its head noun names nothing itself ("содействие",
        "образование"; not "доходы — 274 млрд", "НДС — 40 млрд")."""
        doc, layout = self.doc, self.layout
        clause = layout.clause(d.start)
        if self._previous.frame not in BUDGETS or layout.verb(clause) is not None:
            return False
        if not any(doc.words[k] in DASHES for k in range(clause, d.start)):
            return False
        seq, head = phrase_lemmas(subject)
        measures = words("indicators/index_cues.txt") | words("indicators/change_words.txt")
        if head is None or seq[head] & measures:
            return False  # "индекс физического объёма — 91,5%", "снижение числа пострадавших — 10%"
        return not any(s <= head < e for _, s, e in matches(seq))

    def _listed(self, d: Draft, offer: Offers) -> None:
        """An item of a list its sentence opens with a label and a colon takes the label's indicator,
        weak cue or not: "Основные статьи расходов: образование (11,3 млрд), здравоохранение (8 млрд)"
        are budget expenditure, whatever the figure before was."""
        doc = self.doc
        colon = next((i for i in range(d.start - 1, d.start - WINDOW, -1) if doc.word(i) == ":"), None)
        # an item named in the nominative: "образование (11,3 млрд)", not "больше показателя (+36 млрд)"
        item = (doc.word(d.start - 1) == "(" or doc.word(d.start - 1) in DASHES) and nominative_noun(
            doc, d.start - 2
        )
        if colon is None or not (item and colon < d.start - 2 and doc.same_sentence(colon, d.start)):
            return
        if not any(p.tag.POS == "NOUN" for p in doc.readings(colon - 1)[:1]):
            return  # not a verb's: "с января произвели: 56,5 тыс. т мяса"
        for cue, _, e in self._near(d):
            if e in (colon, colon - 1):  # "статьи расходов:", "расходы бюджета:"
                offer(cue.indicator, FOLLOWS + HEAD)

    def _introduced(self, d: Draft, offer: Offers) -> None:
        """A figure after a colon in its sentence takes, over a weak cue of its own, what the verb of the
        clause before the colon names by a strong cue: "Мясо подешевело: курица потеряла 1,05%, яблоки —
        1,6%" are prices, not livestock or harvest (not "Растут поставки сельхозпродукции: экспорт…", whose
        verb is no cue; an item's strong cue, in its subject, weighs more)."""
        doc = self.doc
        colon = next((i for i in range(d.start - 1, d.start - WINDOW, -1) if doc.word(i) == ":"), None)
        if colon is None or not doc.same_sentence(colon, d.start):
            return
        verb = self.layout.verb(self.layout.clause(colon - 1))
        for cue, s, e in self._near(d):
            if not cue.weak and verb is not None and s <= verb < e <= colon:
                offer(cue.indicator, CLAUSE + HEAD)

    def _headed(self, d: Draft, offer: Offers) -> None:
        """An item of a list set out line by line after a dash or bullet ("- Мангистауская область — 575
        тыс. тенге") takes what the line opening the list with a colon names by a strong cue: "самая
        высокая средняя зарплата была в этих областях:" (an item's own cue, in its subject, weighs more)."""
        doc = self.doc
        k = doc.sentence_of[d.start]
        for _ in range(HEADED):
            if k == 0 or doc.word(doc.token_at(doc.sentences[k][0])) not in ITEM_MARKS:
                return
            k -= 1
            colon = doc.token_at(doc.sentences[k][1]) - 1
            if doc.word(colon) == ":":
                for cue, _, e in self._found(k):
                    if not cue.weak and e <= colon:
                        offer(cue.indicator, CLAUSE)
                return

    def _incident(self, d: Draft) -> bool:
        """A quantity in a clause that tells of an incident ("в аварии пострадали 4 горняка", "площадь
        лесных пожаров — 20 тыс. га") or of a fish catch ("добыли 30 тыс. тонн горбуши"): no indicator's."""
        clause = self.layout.clause(d.start)
        if clause not in self._incidents:  # figures share clauses: read each once
            events = words("indicators/event_words.txt") | words("indicators/catch_words.txt")
            self._incidents[clause] = any(
                token_lemmas(self.doc, i) & events for i in self.layout.tokens(clause)
            )
        return self._incidents[clause]

    def _continued(self, d: Draft, named: frozenset[str], offer: Offers) -> None:
        """A cue phrase of the figure's clause that begins with a word of the subject goes on where the
        subject stopped: "(общая сумма) инвестиций в проект" names the cost of one project where the
        subject is "общая сумма инвестиций", "каждый третий житель … трудится" employment."""
        clause = self.layout.tokens(self.layout.clause(d.start))
        for cue, s, _ in self._near(d):
            if len(cue.words) > 1 and not cue.weak and cue.words[0] in named and s in clause:
                offer(cue.indicator, cue.weight(SUBJECT) + HEAD)

    def _context(self, d: Draft, offer: Offers) -> None:
        """Cues of the clause and sentence, the figure just before, a unit only one indicator takes."""
        doc, layout = self.doc, self.layout
        clause = layout.tokens(layout.clause(d.start))
        found = self._near(d)
        qualifiers = qualifying_cues(doc, found)
        verb = funding_verb(doc, layout, d, found)
        costs = d.kind == "money"
        cost_verbs = words("indicators/cost_verbs.txt")
        for cue, s, e in found:
            if d.start <= s and e <= d.end and d.fields.get("unit") not in measure_units():
                continue  # the figure's own noun ("640 предпринимателей") was read as its unit
            if (
                verb is not None
                and not s <= verb < e
                and cue.indicator not in FUNDING
                and spent_on(self.doc, verb, s, d)
            ):
                continue  # where money went, not what it is: "вложил в сельское хозяйство 140 млрд"
            if verb is not None and s <= verb < e and cue.indicator in FUNDING:
                offer(cue.indicator, cue.weight(SUBJECT))  # the predicate says what the money is
                continue
            if costs and cue.indicator == "project_cost" and s in clause and set(cue.words) <= cost_verbs:
                offer(cue.indicator, COSTS)  # "Металлургический завод будет стоить 90 млрд": not its output
                continue
            if (
                e == d.start
                and doc.word(s - 1) != "с"
                and any(p.tag.case == "ablt" for p in doc.readings(s)[:1])
            ):
                # the figure's own label: "завод стоимостью 14,7 млрд", "станция мощностью 50 МВт" (not
                # what describes another thing: "126 сёл с населением 500 тыс. человек")
                offer(cue.indicator, LABEL + 10 * len(cue.words) - (HEAD if cue.weak else 0))
                continue
            if d.kind in PARTS and self._of_whole(d, s, found) and not (cue.weak and s > d.end):
                # "42,3% ВРП"; a weak cue right after it as one of the clause: "Более 40% вложений пришлось";
                # one that the frame's cue opens, the frame: "54% ввода" after housing
                frame = (
                    self._previous.frame
                    if self._previous.frame and cue.weak and shortened(cue, self._previous.frame)
                    else None
                )
                offer(frame or cue.indicator, cue.weight(CLAUSE + WEAK if cue.weak else FOLLOWS))
                continue
            if cue.indicator in OUTPUTS and not cue.weak and s in clause and self._branch_of(s):
                offer(cue.indicator, cue.weight(SUBJECT) + HEAD)
                continue
            if e == d.start - 1 and doc.word(e) == "на" and not cue.weak and d.kind == "quantity":
                offer(cue.indicator, LABEL)  # a capacity: "общежитие на 500 мест", "средства размещения на…"
                continue
            if (
                e == d.start - 1
                and doc.word(e) == "на"
                and not (cue.weak or s in qualifiers)
                and d.kind == "percent"
            ):  # what changed by it, over a longer cue further off: "рост … за счёт роста в промышленности
                # на 17%", "роста ВРП на 4,8%"; not a qualifier: "урожайности зерновых на 25,8%"
                offer(cue.indicator, cue.weight(SUBJECT))
                continue
            distance = max(
                s - d.end + 2, d.start - e + 1, 0
            )  # on a tie, what stands before: "росте ВРП на 4,8%"
            where = CLAUSE if s in clause or e - 1 in clause else SENTENCE
            where = SUBJECT if s < d.start < e else where  # around the figure: "работают 210 тыс. человек"
            offer(cue.indicator, cue.weight(where) - distance - (CHAIN if s in qualifiers else 0))
        before = self._previous.measured(d, self._near(d))
        if before:
            offer(before, SENTENCE if self._amount_part(d) else FOLLOWS)  # a part: its own clause first
        unit = d.fields.get("unit")
        site = doc.word(d.start - 1) == "площадью"  # "центр площадью 12 тыс. м²": a site's floor, any use
        if d.kind in ("quantity", "change") and unit in unit_owners() and not site:
            offer(unit_owners()[unit], UNIT_ONLY)
        # people are never built objects, but for a capacity ("школа на 600 детей"): "Построено 8 школ.
        # В первый класс пошли 32 тыс. детей" carries no frame
        people_counted = d.kind == "quantity" and animate(doc, d) and doc.word(d.start - 1) != "на"
        if self._previous.frame and not (self._previous.frame in BUILT and people_counted):
            whole = d.kind in PARTS and (part_of(doc, layout, d, SHARE_REACH) or self._previous.of_last(d))
            offer(self._previous.frame, FOLLOWS if whole else CARRIED)  # "из этой суммы … 60%": a share of it

    def _branch_of(self, s: int) -> bool:
        """A cue of goods made right after "в сфере", "в отрасли", "в секторе" names the branch the
        clause's figure is of, over a weak subject ("Объёмы производства в сфере добычи … 62%" is
        mining; not people "заняты в секторе малого бизнеса")."""
        doc = self.doc
        return doc.word(s - 2) in ("в", "во") and bool(token_lemmas(doc, s - 1) & BRANCHES)

    def _of_whole(self, d: Draft, s: int, found: list[tuple[Cue, int, int]]) -> bool:
        """A cue at s names the whole a percentage is of, in the genitive right after it, a word of it
        between ("42,3% ВРП", "60% всех инвестиций"); not an extent "на 99% площадей", nor a word of a
        longer cue around the figure ("возмещает 50% стоимости")."""
        doc = self.doc
        if not d.end <= s <= d.end + 1 or s >= doc.size or doc.word(d.start - 1) == "на":
            return False
        genitive = all(is_genitive(doc.words[i]) for i in range(d.end, s + 1))
        spanned = any(s2 < d.start and d.end <= e2 for _, s2, e2 in found)
        return (genitive or doc.tokens.raw(s).isupper()) and not spanned

    def _amount_part(self, d: Draft) -> bool:
        """An amount that is a part of the figure before takes its indicator from what its own clause
        does with it ("стоимость — 38 млрд, из них 30 млрд выделит бюджет"); a percentage stays a share
        of the whole ("из которых 60% приходится на частные инвестиции")."""
        return d.kind not in PARTS and part_of(self.doc, self.layout, d, AMOUNT_REACH)

    def _chosen(self, d: Draft, scores: dict[str, int]) -> str | None:
        chosen = max(scores, key=lambda k: scores[k]) if scores else None
        counted = d.kind == "quantity" and d.fields.get("unit") not in measure_units()
        self._previous.record(d, chosen, counted)
        return chosen
