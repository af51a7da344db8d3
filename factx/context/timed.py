"""Time expressions placed in a text's clauses, and what the period reader finds for a figure."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pymorphy3.tagset import OpencorporaTag

from ..text.doc import Doc
from ..text.morph import parses
from ..vocab import stems, words
from .layout import Layout, nearest_few
from .periods import Period
from .time_expr import TimeExpr

CONTRAST_WORDS = 4  # words before a time expression where "в то время как" may stand


@dataclass(frozen=True, slots=True)
class Timed:
    """A time expression placed in the text: its clause, segment, and the comparison cue before it."""

    expr: TimeExpr
    sentence: int
    clause: int
    segment: int
    framing: bool
    cue: int | None  # the token of the comparison cue, None when it is no comparison


@dataclass(frozen=True, slots=True)
class PeriodFound:
    period: Period | None
    compared_to: Period | None
    target: bool
    why: str
    deadline: bool = (
        False  # the period is a deadline's frame ("до конца 2026 года построят …"), for plans only
    )
    results: bool = False  # the period is a frame of results over whole years ("итоги за 2025 год")
    before: tuple[Period, str] | None = None  # the frame a deadline interrupts, and where it was set

    def of(self, modality: str) -> tuple[Period | None, str]:
        """The period for a figure of this modality, and why: a deadline frames plans, not what
        already happened ("за пять лет выросло" after "до конца 2026 года построят"), which keeps the
        frame before the deadline where there was one."""
        if self.deadline and modality != "plan":
            if self.before is not None:
                period, where = self.before
                return period, f"period {period.label}: the frame before a deadline for plans, set by {where}"
            return None, "period None: a deadline frames plans only"
        if self.results and modality == "plan":  # "об итогах за 2025 год … создадут 4 тыс. мест"
            return None, "period None: a plan lies past the results its frame reports"
        return self.period, self.why


NEAR = 6  # expressions considered on each side of a figure


def around(timed: list[Timed], token: int, starts: dict[int, list[int]]) -> list[Timed]:
    """The expressions (in text order) nearest to a token, a few on each side."""
    return nearest_few(timed, token, starts, lambda t: t.expr.start, NEAR)


def frames_unfigured(t: Timed) -> bool:
    """Whether a period stated in a sentence without figures frames those after it: one that opens
    its clause ("В 2021–2025 годах по программе …") or a span of years ("программа рассчитана на
    2021–2025 годы"). A date after the verb of such a sentence dates an event ("контракты,
    заключенные в 2025 году") and leaves the frame alone, unless it dates a launch (`launch`)."""
    years = t.expr.years
    return t.framing or (years is not None and years[0] < years[1])


EVENT_WINDOW = 5  # tokens before a date where the event it dates may be named


def event_date(doc: Doc, layout: Layout, t: TimeExpr) -> bool:
    """ "после закрытия комбината в 2013 году": the date of an event the figure is counted from."""
    clause = layout.clause(t.start)
    anchors = words("context/event_anchors.txt")
    return any(
        doc.words[j] in anchors or _act_participle(doc.words[j])
        for j in range(max(t.start - EVENT_WINDOW, clause), t.start)
    )


@lru_cache(maxsize=100_000)
def _act_participle(word: str) -> bool:
    """ "утверждённая", "принятой": a past participle of an act that dates a document."""
    acts = words("context/event_participles.txt")
    return any(p.tag.POS == "PRTF" and p.normal_form in acts for p in parses(word)[:1])


def launch(doc: Doc, layout: Layout, t: TimeExpr) -> bool:
    """ "Запуск агрегата намечен на 2027 год", "Завершить строительство планируется в 2026 году": the
    date a plant or project starts, which frames its figures told after it (its capacity, its cost)."""
    if t.years is None or t.years[0] != t.years[1]:
        return False
    clause, starts = layout.clause(t.start), stems("context/launch_words.txt")
    named = any(w.startswith(starts) for w in doc.words[clause : t.start])
    return named and not happened(doc, layout, clause)  # "Запуск … состоялся в 2012 году": an event


DOCUMENT_WORDS = 3  # words a budget or plan may stand before its "на 2023 год" ("бюджет области на")


def document_year(doc: Doc, t: TimeExpr) -> bool:
    """ "приняли региональный бюджет на 2023 год": the year a budget or plan is drawn up for frames the
    figures told of it after ("Его доходная часть — 274,6 млрд"), whatever their tense."""
    if t.years is None or t.years[0] != t.years[1] or t.months is not None or doc.word(t.start - 1) != "на":
        return False
    return any(_document(w) for w in doc.words[max(t.start - 1 - DOCUMENT_WORDS, 0) : t.start - 1])


@lru_cache(maxsize=100_000)
def _document(word: str) -> bool:
    """A form of a budget's or plan's noun ("бюджета", "планом")."""
    return any(p.normal_form in words("context/document_nouns.txt") for p in parses(word)[:1])


def completion_date(doc: Doc, layout: Layout, t: TimeExpr) -> bool:
    """ "пять школ будут завершены в 2017 г.": the year one planned thing is to be finished, which
    dates the figures of its sentence; the next project told after it has a time of its own."""
    if t.years is None or t.years[0] != t.years[1] or t.months is not None or t.target:
        return False
    clause, finish = layout.clause(t.start), stems("context/completion_dates.txt")
    named = any(w.startswith(finish) for w in doc.words[clause : t.start])
    return named and not happened(doc, layout, clause)


def reporting(doc: Doc, t: TimeExpr) -> bool:
    """A stretch figures are counted over, wherever it stands in a sentence without figures ("Аким
    подвёл итоги развития региона за 2023 год", "данные за январь–сентябрь 2024 года"): what follows
    reports it. A date at which something happened ("Контракт заключён в 2022 году") is no such."""
    near = (doc.word(t.start - 1), doc.word(t.start), doc.word(t.start + 1))
    stretch = t.months is not None and t.months[0] < t.months[1]
    return stretch or any(w == "за" or w.startswith("итог") for w in near)


def question(doc: Doc, k: int) -> bool:
    """An interviewer's question ("— А что удалось сделать в прошлом году?"): the time it asks
    about frames the answer, wherever in the question it stands."""
    start, end = doc.sentences[k]
    return doc.text[start:end].rstrip().endswith("?")


def happened(doc: Doc, layout: Layout, clause: int, done: bool = False) -> bool:
    """The figure's clause (or the clause whose verb it shares) tells with a past verb, or, with
    `done`, a short participle of a finished act ("построены", "введено")."""
    return any(
        any(_past(p.tag, done) for p in doc.readings(i)[:1])
        for c in {clause, layout.segment(clause)}
        for i in layout.tokens(c)
        if doc.words[i].isalpha()
    )


def _past(tag: OpencorporaTag, done: bool) -> bool:
    return (tag.POS == "VERB" and tag.tense == "past") or (
        done and tag.POS == "PRTS" and tag.aspect == "perf"
    )


def contrasted(doc: Doc, start: int) -> bool:
    """The words right before a time expression at `start` set it against the time the text speaks of
    ("Для сравнения, в 2019 году …", "…, тогда как в 2019 году …"): it dates its own clause, not the
    frame."""
    k = start - (doc.word(start - 1) in ("в", "во"))  # the expression may begin after its preposition
    back: list[str] = []
    while len(back) < CONTRAST_WORDS and k > 0 and doc.same_sentence(k - 1, start):
        k -= 1
        if doc.words[k].isalpha():
            back.insert(0, doc.words[k])
    contrasts = words("context/contrast_words.txt")
    return any(" ".join(back[-len(p.split()) :]) == p for p in contrasts) or _opened_by_contrast(doc, start)


def _opened_by_contrast(doc: Doc, start: int) -> bool:
    """A sentence opened by "Для сравнения:" sets every time it names against the time the text
    speaks of ("Для сравнения: год назад она составляла 75%, уровень 2023 года – 60%")."""
    opening = [w for w in doc.opening_words(doc.sentence_of[start], CONTRAST_WORDS) if w.isalpha()]
    return any(" ".join(opening[: len(p.split())]) == p for p in words("context/contrast_openings.txt"))
