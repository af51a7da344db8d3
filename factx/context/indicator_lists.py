"""Rules of lists and colons for the indicator reader (indicator.py): a short clause after a dash, a
budget's lines, the items of a list its sentence or a heading line opens with a colon, a figure after a
colon that takes what the verb before it names.
"""

from __future__ import annotations

from ..draft import Draft
from ..text.tokens import DASHES
from ..vocab import words
from .cues import WEAK, matches
from .indicator_state import CLAUSE, FOLLOWS, HEAD, Offers, Reading
from .lemmas import phrase_lemmas
from .scene import WINDOW, nominative_noun

ELLIPTIC = 370  # the noun of a short clause after another, before its dash, names the figure there
BUDGETS = frozenset({"budget_allocation", "budget_expenditure", "budget_revenue"})  # a budget's lines
HEADED = 30  # lines of a list back to the one that opens it with a colon
BUDGET_WORD = ("бюджет",)  # names the budget, not a side of it: a line's "доходы", "расходы" do
ITEM_MARKS = DASHES | {"•", "*", "·"}  # what opens a line that is an item of a list


def elliptic(r: Reading, d: Draft, offer: Offers) -> None:
    """A short clause after a dash names its figure by its own first cue, not by the subject or the
    figure of the clause before (", в обрабатывающей промышленности — 106,8%", ", расходы — 401,2
    млрд"); a cue after the first qualifies it ("горнодобывающей промышленности"), and a noun in the
    nominative that is no cue makes the clause about something else ("доля промышленных ферм")."""
    clause = r.layout.clause(d.start)
    own = [(c, s) for c, s, e in r.near(d) if clause <= s and e < d.start]
    heads = [i for i in range(clause, d.start) if nominative_noun(r.doc, i)]
    for cue, s in own:
        if s == own[0][1] and (not heads or s == heads[0]):  # not "доля промышленных ферм — с 12%"
            offer(cue.indicator, cue.weight(ELLIPTIC) + (WEAK if cue.weak else 0))


def budget_line(r: Reading, d: Draft, subject: str) -> bool:
    """A line of a budget after the budget was named, a clause without a verb whose dash leads to its
    figure ("…, охрана окружающей среды — в 2,8 раза, содействие занятости — на 77%"), measures the
    budget, not the topic its words touch, when its head noun names nothing itself ("содействие",
    "образование"; not "доходы — 274 млрд", "НДС — 40 млрд")."""
    doc, layout = r.doc, r.layout
    clause = layout.clause(d.start)
    if r.previous.frame not in BUDGETS or layout.verb(clause) is not None:
        return False
    if not any(doc.words[k] in DASHES for k in range(clause, d.start)):
        return False
    seq, head = phrase_lemmas(subject)
    measures = words("indicators/index_cues.txt") | words("indicators/change_words.txt")
    if head is None or seq[head] & measures:
        return False  # "индекс физического объёма — 91,5%", "снижение числа пострадавших — 10%"
    sides = [c for c, _, _ in matches(seq) if c.indicator in BUDGETS and c.words != BUDGET_WORD]
    return not sides and not any(s <= head < e for _, s, e in matches(seq))  # not "объём расходов"


def colon_before(r: Reading, start: int) -> int | None:
    """The nearest colon within WINDOW - 1 tokens before `start`. Read by a C-level search of the
    window's words: most windows hold none, and two rules ask it of every figure."""
    first = max(start - WINDOW + 1, 0)
    before = r.doc.words[first:start]
    if ":" not in before:
        return None
    return start - 1 - before[::-1].index(":")


def listed(r: Reading, d: Draft, offer: Offers) -> None:
    """An item of a list its sentence opens with a label and a colon takes the label's indicator,
    weak cue or not: "Основные статьи расходов: образование (11,3 млрд), здравоохранение (8 млрд)"
    are budget expenditure, whatever the figure before was."""
    doc = r.doc
    colon = colon_before(r, d.start)
    # an item named in the nominative: "образование (11,3 млрд)", not "больше показателя (+36 млрд)"
    item = (doc.word(d.start - 1) == "(" or doc.word(d.start - 1) in DASHES) and nominative_noun(
        doc, d.start - 2
    )
    if colon is None or not (item and colon < d.start - 2 and doc.same_sentence(colon, d.start)):
        return
    if doc.pos(colon - 1) != "NOUN":
        return  # not a verb's: "с января произвели: 56,5 тыс. т мяса"
    for cue, _, e in r.near(d):
        if e in (colon, colon - 1):  # "статьи расходов:", "расходы бюджета:"
            offer(cue.indicator, FOLLOWS + HEAD)


def introduced(r: Reading, d: Draft, offer: Offers) -> None:
    """A figure after a colon in its sentence takes, over a weak cue of its own, what the verb of the
    clause before the colon names by a strong cue: "Мясо подешевело: курица потеряла 1,05%, яблоки —
    1,6%" are prices, not livestock or harvest (not "Растут поставки сельхозпродукции: экспорт…", whose
    verb is no cue; an item's strong cue, in its subject, weighs more)."""
    doc = r.doc
    colon = colon_before(r, d.start)
    if colon is None or not doc.same_sentence(colon, d.start):
        return
    verb = r.layout.verb(r.layout.clause(colon - 1))
    for cue, s, e in r.near(d):
        if not cue.weak and verb is not None and s <= verb < e <= colon:
            offer(cue.indicator, CLAUSE + HEAD)


def headed(r: Reading, d: Draft, offer: Offers) -> None:
    """An item of a list set out line by line after a dash or bullet ("- Мангистауская область — 575
    тыс. тенге") takes what the line opening the list with a colon names by a strong cue: "самая
    высокая средняя зарплата была в этих областях:" (an item's own cue, in its subject, weighs more)."""
    doc = r.doc
    k = doc.sentence_of[d.start]
    for _ in range(HEADED):
        if k == 0 or doc.word(doc.sentence_tokens(k).start) not in ITEM_MARKS:
            return
        k -= 1
        colon = doc.sentence_tokens(k).stop - 1
        if doc.word(colon) == ":":
            for cue, _, e in r.found(k):
                if not cue.weak and e <= colon:
                    offer(cue.indicator, CLAUSE)
            return
