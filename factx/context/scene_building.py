"""What a figure's clause tells of building: objects opened or only standing, a share of the sown
area that harvesting clears. Each reads the Doc's tokens near the figure, never the whole document."""

from __future__ import annotations

from functools import cache

from ..draft import Draft
from ..text.doc import Doc
from ..vocab import words
from .layout import Layout
from .lemmas import lemma_hits, token_lemmas
from .scene import PARTS, WINDOW

OPENED = 3  # tokens between a word of opening and the count of objects it opens
WHERE = frozenset({"в", "во"})  # a count after these is where the objects are, not the objects


def opened(doc: Doc, layout: Layout, d: Draft, noun: frozenset[str]) -> bool:
    """Objects no cue names, said to be built or opened just before the count ("до конца года
    откроются три бизнес-инкубатора", "после ввода трех станций"); not projects or plants, which
    are counted, not built ("запущено 5 проектов"), nor the places where the work is done ("модернизация
    водоснабжения в четырёх городах")."""
    if noun & words("indicators/project_words.txt") or doc.word(d.start - 1) in WHERE:
        return False
    opening = words("indicators/opening_words.txt")
    start = max(layout.clause(d.start), d.start - OPENED)
    return bool(lemma_hits(doc, range(start, d.start), opening))


def standing(doc: Doc, layout: Layout, d: Draft) -> bool:
    """Objects said to stand, work or be bought, not to be built: a word of standing_words.txt near
    the figure in its sentence, and none of building or opening; or bought just before the count,
    whatever else the sentence builds ("завершено строительство 24 домов, приобретено 180 квартир")."""
    if bought(doc, layout, d):
        return True
    start, end = doc.sentences[doc.sentence_of[d.start]]
    near = range(max(doc.token_at(start), d.start - WINDOW), min(doc.token_at(end), d.end + WINDOW))
    lemmas = frozenset().union(*(token_lemmas(doc, i) for i in near))
    return bool(lemmas & words("indicators/standing_words.txt")) and not lemmas & built_words()


def bought(doc: Doc, layout: Layout, d: Draft) -> bool:
    """The word nearest before the count in its clause, of building or buying, is one of buying
    ("приобретено 180 квартир", "строительство и приобретение 3 800 квартир"): the objects changed
    hands, none was built."""
    buying = words("indicators/buying_words.txt")
    start = max(layout.clause(d.start), d.start - OPENED)
    hits = lemma_hits(doc, range(start, d.start), buying | built_words())
    return bool(hits) and bool(token_lemmas(doc, hits[-1]) & buying)


CONDITION_REACH = 4  # tokens from "в" to the word of condition it governs: "в удовлетворительном состоянии"


def in_condition(doc: Doc, layout: Layout, d: Draft) -> bool:
    """A share of objects that its clause says are in a condition ("80% дорог в удовлетворительном и
    хорошем состоянии"): how the stock stands, not what was built. A word of condition_words.txt in the
    locative (not the accusative of "привести в нормативное состояние") after a "в" before it."""
    if d.kind not in PARTS:
        return False
    tokens = layout.tokens(layout.clause(d.start))
    for i in lemma_hits(doc, tokens, words("indicators/condition_words.txt")):
        if (
            doc.case(i) in ("loct", "loc2", "datv")
            and "в" in doc.words[max(tokens.start, i - CONDITION_REACH) : i]
        ):
            return True
    return False


@cache
def built_words() -> frozenset[str]:
    """Words that say a thing was built, laid or opened (build_words.txt and opening_words.txt)."""
    return words("indicators/build_words.txt") | words("indicators/opening_words.txt")


RESTATING = frozenset({"или", "что"})  # a clause opening so restates the figure before it as a share


def reaped(doc: Doc, layout: Layout, d: Draft) -> bool:
    """A share of the sown area that a verb of harvesting in its clause clears ("убрали 40% посевных
    площадей", "убраны на 99% площадей"), or in the clause before one that restates it ("убрано 38 тыс.
    га, что составляет 49% посевной площади"): how far the harvest has gone, not the sown area."""
    if d.kind not in PARTS:
        return False
    clause = layout.clause(d.start)
    clauses = [clause]
    opening = next((w for w in doc.words[clause : d.start] if w.isalpha()), "")
    if clause > 0 and opening in RESTATING:  # "убрано 38 тыс. га, что составляет 49% посевной площади"
        clauses.append(layout.clause(clause - 1))
    verbs = [v for v in map(layout.verb, clauses) if v is not None]
    return any(token_lemmas(doc, v) & words("indicators/reaping_words.txt") for v in verbs)
