"""Whether a figure happened: `actual` for what happened or stands, `plan` for what is planned,
forecast, expected, promised or targeted.

A clause says plan through a future verb ("построят", "будет создано") or a plan word ("планируется",
"ожидается", "прогноз"), and actual through a past or present verb. A clause without a verb takes
the modality of the clause whose verb it shares, and a sentence without one that of the sentence
before it, or of the line that opens its list with a colon. The size or cost of something not yet
built is a plan ("строится завод мощностью …"), as is a sum pledged or applied for and what a
decision decides; a figure measured against a plan ("91% от запланированного") is what was done.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from ..draft import Draft
from ..text.doc import Doc
from ..vocab import stems, table, words
from .budget import Budgets
from .clause_signal import clause_signal, decided, done_still, done_verb, present_verb, word_signal
from .clause_words import is_predicate
from .layout import Layout
from .lemmas import token_lemmas
from .plan_base import adjective, plan_figure
from .timed import happened

TOLD_BUILT = 2  # how many sentences back a thing told built or opened is still the one a size is of
QUALIFIER_WORDS = 2  # words of a qualifier a figure may open with before its "на": "более чем на"
COST_OPENS = 3  # words into a clause without a verb its cost noun opens ("Общая стоимость проекта — …")
COSTED = frozenset({"за", "суммой", "сумму", "созданием"})  # "за 25 млрд", "на сумму 2 млрд"


def _base_now(doc: Doc, start: int) -> bool:
    """A figure after "против" (an adjective between, if any) is the base a plan is set against: what
    stands or was, unless that adjective plans it ("против запланированных 15%")."""
    before = start - 1
    if adjective(doc, before):
        if word_signal(doc.words[before]) == "plan":
            return False
        before -= 1
    return doc.word(before) == "против"


@cache
def _estimate_stems(role: str) -> tuple[str, ...]:
    return tuple(row["stem"] for row in table("context/estimate_words.tsv") if row["role"] == role)


class ModalityReader:
    """The modality of figures, clause by clause, remembering each sentence's for the next one."""

    def __init__(self, doc: Doc, layout: Layout, budgets: Budgets) -> None:
        self.doc = doc
        self.layout = layout
        self.budgets = budgets  # a budget for a year: its figures are planned
        self.by_sentence: dict[int, str] = {}
        self.signalled: dict[int, list[tuple[int, str]]] = {}  # sentence → clauses that say plan or actual
        self.past: dict[int, bool] = {}  # sentence → whether a verb says the thing is built and running
        self.said: dict[int, str | None] = {}  # clause → what it says
        self.estimates: dict[int, bool] = {}  # clause → whether it estimates a cost in the present
        self.verbal: dict[int, bool] = {}  # sentence → whether it has a verb or names building
        self.pledges: dict[int, list[int]] = {}  # segment → where it pledges or decides

    def modality(self, d: Draft, target: bool) -> str:
        """The modality of a figure; `target` when its period is a deadline."""
        doc, layout = self.doc, self.layout
        start = d.start
        sentence = doc.sentence_of[start]
        own = layout.clause(start)
        signal = "plan" if target else self._clause(own)
        if signal is None:
            signal = self._sentence_signal(sentence, own)
        elif signal == "actual" and (
            self._relative_of_plan(own, sentence) or self._plan_subject(own, sentence)
        ):
            signal = "plan"  # "превысит 800 тыс. тонн, что превышает прошлый год на 40 тыс."
        if signal is None:  # "будут построены: — 4 школы в Кокшетау;": the line opening its list
            signal = self._opener(sentence)
        if signal != "plan" and (
            self._size_of_unbuilt(d, sentence)
            or self._estimate_of_planned(own, sentence)
            or self._pledged(d)
            or self.budgets.planned(d)
        ):
            signal = "plan"
        if plan_figure(doc, start):
            signal = "plan"  # "введено 10 млн кв. м при плане 8 млн": the 8 is the plan
        elif signal == "plan" and not target and _base_now(doc, start):
            signal = "actual"  # "дефицит составит 13,6% против сегодняшних 14,1%"
        if signal is None:
            signal = self._previous_sentence(sentence)
        found = signal or "actual"
        self.by_sentence.setdefault(sentence, found)
        return found

    def _clause(self, clause: int) -> str | None:
        if clause not in self.said:
            self.said[clause] = clause_signal(self.doc, self.layout.tokens(clause))
        return self.said[clause]

    def _sentence_signal(self, sentence: int, own: int) -> str | None:
        """The nearest clause of the sentence that says something: the verb an elided clause shares."""
        signalled = self.signalled.get(sentence)
        if signalled is None:
            clauses = self.layout.starts(sentence)
            signalled = self.signalled[sentence] = [(c, s) for c in clauses if (s := self._clause(c))]
        if not signalled:
            return None
        k = bisect_left(signalled, (own, ""))
        nearby = signalled[max(k - 1, 0) : k + 1]
        return min(nearby, key=lambda cs: (abs(cs[0] - own), cs[0] > own))[1]

    def _pledged(self, d: Draft) -> bool:
        """ "подписаны меморандумы на сумму 310 млрд", "подали заявки на 4,5 млрд", "решено направить
        40 млн": a sum pledged, applied for or decided on, before it in its clause or those sharing its
        verb, is promised, not yet spent."""
        if d.kind != "money":
            return False
        segment = self.layout.segment(self.layout.clause(d.start))  # the clauses sharing a verb
        if segment not in self.pledges:  # once per segment: a segment may be a whole long text
            doc, pledges = self.doc, stems("context/pledge_nouns.txt")
            end = doc.sentence_tokens(doc.sentence_of[segment]).stop  # the segment's sentence ends
            self.pledges[segment] = [
                i for i in range(segment, end) if doc.words[i].startswith(pledges) or decided(doc, i)
            ]
        found = self.pledges[segment]
        return bool(found) and found[0] < d.start

    def _relative_of_plan(self, clause: int, sentence: int) -> bool:
        """ "Дефицит ожидается в 12 млрд, что составляет 6% доходов": a clause opened by "что" after a
        figure or noun (not after a verb of saying), in the present, continues the clause before it and
        says of the planned figure what it will be."""
        doc, layout = self.doc, self.layout
        k = clause + (doc.words[clause] == ",")
        verb = layout.verb(clause)
        if doc.word(k) != "что" or k == clause or verb is None or not present_verb(doc.words[verb]):
            return False
        if word_signal(doc.word(clause - 1)) is not None:
            return False  # "ожидают, что …": what is said, with its own verb
        starts = layout.starts(sentence)
        before = [c for c in starts[: bisect_left(starts, clause)] if self._clause(c)]
        return bool(before) and self._clause(before[-1]) == "plan"

    def _plan_subject(self, clause: int, sentence: int) -> bool:
        """ "Плановый показатель, установленный на 2025 год, составляет 2,154 млн кв. м": a figure
        that a plan or target, the subject opening the sentence in a clause without a verb of its
        own, "составляет" or "оценивается в" is that plan, though the verb is in the present."""
        doc, layout = self.doc, self.layout
        first, verb = layout.starts(sentence)[0], layout.verb(clause)
        if first == clause or verb is None or layout.verb(first) is not None:
            return False
        if not doc.words[verb].startswith(_estimate_stems("verb")):
            return False
        opening = layout.tokens(first)[:2]  # the subject's noun, or the adjective before it
        return any(word_signal(doc.words[i]) == "plan" for i in opening)

    def _previous_sentence(self, sentence: int) -> str | None:
        """What the sentence before says, passing over sentences of its paragraph that have no figure
        and say nothing (a name cut off by an abbreviation's full stop: "в мкр. Акжар.")."""
        layout = self.layout
        k = sentence - 1
        while k >= 0 and layout.paragraph[k] == layout.paragraph[sentence]:
            if k in self.by_sentence:
                return self.by_sentence[k]
            said = self._said(k)  # a sentence without figures: "Компания построит завод в …"
            if said is not None:
                return said
            k -= 1
        return None

    def _said(self, sentence: int) -> str | None:
        """What a sentence without figures says, plan if any clause does (remembered once it says)."""
        said = [self._clause(c) for c in self.layout.starts(sentence)]
        found = "plan" if "plan" in said else "actual" if "actual" in said else None
        if found is not None:
            self.by_sentence[sentence] = found
        return found

    def _opener(self, sentence: int) -> str | None:
        """An item of a list of dashes without a verb of its own takes what the line opening the list
        says right before its colon: "До 2025 года будут построены: — 4 школы …; — 2 больницы …" are
        plans, and so are the items after "Проект включает 240 мероприятий, планируется:"."""
        k = self.layout.list_opener(sentence)
        if k is None:
            return None
        for clause in reversed(self.layout.starts(k)):  # "Проект включает 240 мер, планируется:"
            said = self._clause(clause)
            if said is not None:
                return said  # the clause nearest the colon opens the list
        return None

    def _estimate_of_planned(self, clause: int, sentence: int) -> bool:
        """ "В Рудном построят элеватор. Его стоимость оценивается в 4,5 млрд тенге": a cost estimated
        in the present, or stated with no verb ("Ее стоимость — 2 млрд"), of a thing planned in the
        sentence before, or whose building the text names just before and tells no thing finished
        ("строится школа … Общая стоимость проекта составляет 1,4 млрд"), is planned too ("ущерб
        оценивается" is no cost of a thing)."""
        if clause not in self.estimates:  # once per clause: a clause may be a whole long text
            self.estimates[clause] = self._estimates(clause)
        if not self.estimates[clause]:
            return False
        return self._previous_sentence(sentence) == "plan" or self._being_built(sentence)

    def _estimates(self, clause: int) -> bool:
        """The clause names a cost ("стоимость", "объём инвестиций", "проект оценивается") with a verb
        that estimates it in the present, or opens with it in a sentence with no verb at all (not "На
        втором месте по объему инвестиций жилищное строительство — 14,3 млрд", a sector's share)."""
        doc, layout, tokens = self.doc, self.layout, self.layout.tokens(clause)
        noun, verb = _estimate_stems("noun"), _estimate_stems("verb")
        nouns = [i for i in tokens if doc.words[i].startswith(noun)]
        if not nouns or all(token_lemmas(doc, i + 1) & words("indicators/price_units.txt") for i in nouns):
            return False  # "Стоимость квадратного метра составляет 310 тыс.": a price per unit
        if not any(layout.verb(c) is not None for c in layout.starts(doc.sentence_of[clause])):
            opening = [i for i in tokens if doc.words[i].isalpha()][:COST_OPENS]
            return any(doc.words[i].startswith(noun) for i in opening)  # "Ее стоимость — 2 млрд."
        return any(doc.words[i].startswith(verb) and word_signal(doc.words[i]) == "actual" for i in tokens)

    def _being_built(self, sentence: int) -> bool:
        """The sentence or the TOLD_BUILT before it name building ("строится", "строительство"), and
        none tells a thing built or running."""
        doc, building = self.doc, stems("context/building_verbs.txt")
        window = range(max(sentence - TOLD_BUILT, 0), sentence + 1)
        named = any(doc.words[i].startswith(building) for k in window for i in doc.sentence_tokens(k))
        return named and not any(self._completed(k) for k in window)

    def _building(self, start: int) -> bool:
        """The figure's clause builds something now ("в Каратау строят завод … за 25,4 млрд тенге",
        "ведется строительство завода суммой 67 млрд тенге")."""
        doc, built = self.doc, self._building_words(start)
        tokens = self.layout.tokens(self.layout.clause(start))
        return any(word_signal(doc.words[i]) == "actual" for i in built) or (
            bool(built) and any(present_verb(doc.words[i]) for i in tokens)
        )

    def _building_words(self, start: int) -> list[int]:
        """The words of the figure's clause that name building ("строят", "строительство")."""
        building = stems("context/building_verbs.txt")
        return [
            i for i in self.layout.tokens(self.layout.clause(start)) if self.doc.words[i].startswith(building)
        ]

    def _told_or_built(self, sentence: int) -> bool:
        """The sentence has a verb, or names building ("Главное — строительство фабрики
        мощностью …"): a sentence of neither, a line of a price list, leaves a size to the sentence
        before it."""
        if sentence not in self.verbal:
            building = stems("context/building_verbs.txt")
            span = self.doc.sentence_tokens(sentence)
            self.verbal[sentence] = any(
                w.startswith(building) or (w.isalpha() and is_predicate(w)) for w in map(self.doc.word, span)
            )
        return self.verbal[sentence]

    def _size_of_unbuilt(self, d: Draft, sentence: int) -> bool:
        """ "завод мощностью 1,25 млн тонн", "площадки на 13 тыс. голов": a size, planned while no verb
        says the thing is built or running ("построен", "запущен", "работает")."""
        doc, start = self.doc, d.start
        on, head = self._on_inside(d), start - 1  # "домов почти на 2200 квартир": "на" inside the figure
        before = "на" if on else doc.word(start - 1)
        if not on:
            head -= 1
        # "здание рассчитано на 15 классов": a capacity designed, told in a past participle
        designed = doc.word(head).startswith(stems("context/designed_for.txt"))
        capacity = before in words("context/capacity_words.txt") or (
            before == "на"
            and d.rule == "quantity.counted_noun"
            and d.fields.get("direction") is None  # "сократилась на 320 человек": a change
            # "площадки на 13 тыс. голов", "здание рассчитано на 15 классов"
            and (doc.pos(head) == "NOUN" or designed)
        )
        # "строительство школ на 2,3 млрд": a sum the building of things under way comes to
        costed = before in COSTED or (before == "на" and d.kind == "money")
        if not capacity and not (costed and self._building(start)):
            return False
        if any(doc.word(start - k).startswith(stems("context/deal_nouns.txt")) for k in (2, 3)):
            return False  # "договор (аренды) стоимостью 48 млрд рублей": the deal's own value
        if not self._told_or_built(sentence):
            return False  # "За квартиру площадью 45 квадратов — 5 200 тенге": a thing that is there
        if self._completed(sentence) or (self._befell(start) and not designed):
            return False
        # "Открылась амбулатория … Здание площадью 180 кв. м рассчитано на …": told built just
        # before, its own clause saying what is, and no building named in its clause ("начал
        # строительство фермы на 200 голов")
        told_before = any(self._completed(k) for k in range(max(sentence - TOLD_BUILT, 0), sentence))
        clause = self.layout.clause(start)
        return not (told_before and self._clause(clause) == "actual" and not self._building_words(start))

    def _on_inside(self, d: Draft) -> bool:
        """The figure opens with its qualifier and "на" ("почти на 2200 квартир", "более чем на 50
        мест"): the word before it is what the "на" hangs on."""
        doc = self.doc
        for i in range(d.start, min(d.end, d.start + QUALIFIER_WORDS + 1)):
            if doc.word(i) == "на":
                return i > d.start
            if not doc.word(i).isalpha():
                return False
        return False

    def _befell(self, start: int) -> bool:
        """ "посевы площадью 7,8 тыс. га пострадали от засухи": the figure's own clause tells with a
        past verb what happened to a thing that is there, naming no building or launch of it ("договорились
        о запуске предприятия мощностью …" stays a plan)."""
        clause, launches = self.layout.clause(start), stems("context/launch_words.txt")
        launched = any(self.doc.words[i].startswith(launches) for i in self.layout.tokens(clause))
        return happened(self.doc, self.layout, clause) and not (launched or self._building_words(start))

    def _completed(self, sentence: int) -> bool:
        """A verb of the sentence says a thing is built or running ("построен", "запущен", "работает")."""
        if sentence not in self.past:
            doc, done = self.doc, stems("context/completion_verbs.txt")
            self.past[sentence] = any(
                doc.words[i].startswith(done)
                and (done_verb(doc.words[i]) or done_still(doc, i))
                and self._clause(self.layout.clause(i)) != "plan"  # "должно быть возведено к июню"
                for i in doc.sentence_tokens(sentence)
            )
        return self.past[sentence]
