"""The cues of a figure's clause and sentence, and what the figure before leaves it, for the indicator
reader (indicator.py).
"""

from __future__ import annotations

from functools import cache

from ..draft import Draft
from ..text.doc import Doc
from ..text.phrases import is_genitive
from ..vocab import words
from .counted import OUTPUTS, animate
from .cues import WEAK, Cue, measure_units, outside_taxonomy, qualifying_cues, shortened, unit_owners
from .indicator_state import BUILT, CLAUSE, FOLLOWS, HEAD, SENTENCE, SUBJECT, Offers, Reading
from .lemmas import token_lemmas
from .previous import SHARE_REACH
from .scene import PARTS, part_of
from .scene_funding import FUNDING, funding_verb, spent_on
from .scene_prices import changing_verb

LABEL = 340  # a noun in the instrumental right before a figure names what it measures, weak or not
COSTS = SUBJECT + HEAD + 1  # a verb of cost outweighs a sector's word in the subject, not its head noun
UNIT_ONLY = 150  # a quantity unit only one indicator takes ("ц/га") names it without a cue
CARRIED = 50  # a figure with no cue carries on the last indicator named
CHAIN = 30  # a cue right after another one qualifies it: "экспорт продукции АПК" is export
BRANCHES = frozenset({"сфера", "отрасль", "сектор"})  # "в сфере добычи": the branch a figure is of
SPHERE = SUBJECT + HEAD + 10  # money given to a sphere of the budget: over the verb that gives it
VERB_NAMED = SUBJECT + 2 * HEAD  # a verb of change that is a strong cue: over the subject's head noun
SPHERE_REACH = 4  # tokens before a figure where "на" a sphere may stand outside its clause


def by_context(r: Reading, d: Draft, offer: Offers) -> None:
    """Cues of the clause and sentence, the figure just before, a unit only one indicator takes."""
    doc, layout = r.doc, r.layout
    clause = layout.tokens(layout.clause(d.start))
    found = r.near(d)
    qualifiers = qualifying_cues(doc, found)
    verb = funding_verb(doc, layout, d, found)
    costs = d.kind == "money"
    cost_verbs = words("indicators/cost_verbs.txt")
    if costs and budget_sphere(r, d, clause, found):
        offer("budget_expenditure", SPHERE)  # "на образование направлено 16,3 млрд": a line of spending
    changing = changing_verb(doc, layout, d)
    for cue, s, e in found:
        if d.start <= s and e <= d.end and d.fields.get("unit") not in measure_units():
            continue  # the figure's own noun ("640 предпринимателей") was read as its unit
        if changing is not None and not cue.weak and s <= changing < e:
            offer(cue.indicator, VERB_NAMED)  # "новое жильё подорожало на 1,2%": a price, any subject
            continue
        if (
            verb is not None
            and not s <= verb < e
            and cue.indicator not in FUNDING
            and spent_on(r.doc, verb, s, d)
        ):
            continue  # where money went, not what it is: "вложил в сельское хозяйство 140 млрд"
        if verb is not None and s <= verb < e and cue.indicator in FUNDING:
            offer(cue.indicator, cue.weight(SUBJECT))  # the predicate says what the money is
            continue
        if costs and cue.indicator == "project_cost" and s in clause and set(cue.words) <= cost_verbs:
            offer(cue.indicator, COSTS)  # "Металлургический завод будет стоить 90 млрд": not its output
            continue
        if e == d.start and doc.word(s - 1) != "с" and doc.case(s) == "ablt":
            # the figure's own label: "завод стоимостью 14,7 млрд", "станция мощностью 50 МВт" (not
            # what describes another thing: "126 сёл с населением 500 тыс. человек")
            offer(cue.indicator, LABEL + 10 * len(cue.words) - (HEAD if cue.weak else 0))
            continue
        if d.kind in PARTS and of_whole(r, d, s, found) and not (cue.weak and s > d.end):
            # "42,3% ВРП"; a weak cue right after it as one of the clause: "Более 40% вложений пришлось";
            # one that the frame's cue opens, the frame: "54% ввода" after housing
            frame = (
                r.previous.frame
                if r.previous.frame and cue.weak and shortened(cue, r.previous.frame)
                else None
            )
            offer(frame or cue.indicator, cue.weight(CLAUSE + WEAK if cue.weak else FOLLOWS))
            continue
        if cue.indicator in OUTPUTS and not cue.weak and s in clause and branch_of(r, s):
            offer(cue.indicator, cue.weight(SUBJECT) + HEAD)
            continue
        if e == d.start - 1 and doc.word(e) == "на" and not cue.weak and d.kind == "quantity":
            offer(cue.indicator, LABEL)  # a capacity: "общежитие на 500 мест", "средства размещения на…"
            continue
        if e == d.start - 1 and doc.word(e) == "на" and s not in qualifiers and d.kind == "percent":
            # what changed by it, over a longer cue further off: "рост … за счёт роста в промышленности
            # на 17%", "роста ВРП на 4,8%"; a weak one in the genitive, the thing a change is of, over a
            # weak subject: "приняли бюджет со снижением доходов на 7,4%"; not a qualifier: "урожайности
            # зерновых на 25,8%"
            if not cue.weak:
                offer(cue.indicator, cue.weight(SUBJECT))
                continue
            if is_genitive(doc.words[s]):
                offer(cue.indicator, cue.weight(SUBJECT) + HEAD)
                continue
        distance = max(s - d.end + 2, d.start - e + 1, 0)  # on a tie, what stands before: "росте ВРП на 4,8%"
        where = CLAUSE if s in clause or e - 1 in clause else SENTENCE
        where = SUBJECT if s < d.start < e else where  # around the figure: "работают 210 тыс. человек"
        offer(cue.indicator, cue.weight(where) - distance - (CHAIN if s in qualifiers else 0))
    carried(r, d, offer)


def labelled_outside(doc: Doc, d: Draft) -> bool:
    """A figure whose label, a noun in the instrumental right before it or before its "в", is a subject
    outside the taxonomy ("бюджет приняли с дефицитом в 4,6 млрд", "с профицитом 27 млн") measures
    nothing, whatever the budget or the sector around it names; a part stays one of the whole it names
    ("с дефицитом 1% от расходов")."""
    i = d.start - 1 - (doc.word(d.start - 1) == "в")
    return d.kind not in PARTS and doc.case(i) == "ablt" and outside_taxonomy([token_lemmas(doc, i)], [])


def budget_sphere(r: Reading, d: Draft, clause: range, found: list[tuple[Cue, int, int]]) -> bool:
    """Money its clause gives "на" a sphere of a budget's spending ("на социальную сферу направлено
    7,4 млрд", "будет направлена на образование (16,3 млрд)"), where a strong cue of money given stands
    in its sentence, is a line of the budget's expenditure, not an allocation to a programme."""
    doc = r.doc
    if not any(c.indicator == "budget_allocation" and not c.weak for c, _, _ in found):
        return False
    spheres = _budget_spheres()
    before = range(max(d.start - SPHERE_REACH, 0), d.start)  # its own clause in brackets: "на образование ("
    return any(
        doc.word(i) == "на" and any(_lemmas_at(doc, i + 1, p) for p in spheres) for i in (*clause, *before)
    )


@cache
def _budget_spheres() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in words("indicators/budget_spheres.txt"))


def _lemmas_at(doc: Doc, i: int, phrase: tuple[str, ...]) -> bool:
    """The lemmas of a phrase stand one after another from token i."""
    return all(w in token_lemmas(doc, i + k) for k, w in enumerate(phrase))


def carried(r: Reading, d: Draft, offer: Offers) -> None:
    """What the figure just before measures, what a unit only one indicator takes names, and the frame,
    the last indicator named, which a figure with no cue carries on."""
    doc, layout = r.doc, r.layout
    before = r.previous.measured(d, r.near(d))
    if before:
        offer(before, SENTENCE if r.amount_part(d) else FOLLOWS)  # a part: its own clause first
    unit = d.fields.get("unit")
    site = doc.word(d.start - 1) == "площадью"  # "центр площадью 12 тыс. м²": a site's floor, any use
    if d.kind in ("quantity", "change") and unit in unit_owners() and not site:
        offer(unit_owners()[unit], UNIT_ONLY)
    # people are never built objects, but for a capacity ("школа на 600 детей"): "Построено 8 школ.
    # В первый класс пошли 32 тыс. детей" carries no frame
    people_counted = d.kind == "quantity" and animate(doc, d) and doc.word(d.start - 1) != "на"
    if r.previous.frame and not (r.previous.frame in BUILT and people_counted):
        whole = d.kind in PARTS and (part_of(doc, layout, d, SHARE_REACH) or r.previous.of_last(d))
        offer(r.previous.frame, FOLLOWS if whole else CARRIED)  # "из этой суммы … 60%": a share of it


def branch_of(r: Reading, s: int) -> bool:
    """A cue of goods made right after "в сфере", "в отрасли", "в секторе" names the branch the
    clause's figure is of, over a weak subject ("Объёмы производства в сфере добычи … 62%" is
    mining; not people "заняты в секторе малого бизнеса")."""
    doc = r.doc
    return doc.word(s - 2) in ("в", "во") and bool(token_lemmas(doc, s - 1) & BRANCHES)


def of_whole(r: Reading, d: Draft, s: int, found: list[tuple[Cue, int, int]]) -> bool:
    """A cue at s names the whole a percentage is of, in the genitive right after it, a word of it
    between ("42,3% ВРП", "60% всех инвестиций"); not an extent "на 99% площадей", nor a word of a
    longer cue around the figure ("возмещает 50% стоимости")."""
    doc = r.doc
    if not d.end <= s <= d.end + 1 or s >= doc.size or doc.word(d.start - 1) == "на":
        return False
    genitive = all(is_genitive(doc.words[i]) for i in range(d.end, s + 1))
    spanned = any(s2 < d.start and d.end <= e2 for _, s2, e2 in found)
    return (genitive or doc.tokens.raw(s).isupper()) and not spanned
