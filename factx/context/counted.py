"""What counted people and goods are filed under when no cue names them: what their clause says they
get or do ("Ключи от новых квартир получили 2 300 семей": housing), or the output a verb of their
clause makes ("КАМАЗ выпустил 39 тыс. грузовиков": manufacturing)."""

from __future__ import annotations

from ..draft import Draft
from ..text.doc import Doc
from ..vocab import words
from .cues import Cue, taxonomy
from .layout import Layout
from .lemmas import lemma_hits, token_lemmas

OUTPUTS = frozenset({"mining_output", "harvest", "livestock_output", "manufacturing_output"})  # goods made
VERBS = frozenset({"VERB", "INFN"})
VERB_REACH = (
    3  # tokens between a clause's verb and a cue of what people get or do: "Ключи от квартир получили"
)


def animate(doc: Doc, d: Draft) -> bool:
    """The figure's counted noun is animate: people or animals."""
    return (found := doc.first(d.end - 1)) is not None and "anim" in found.grammemes


def living(doc: Doc, layout: Layout, d: Draft) -> bool:
    """People counted as the subject of a verb of living in their clause (living_verbs.txt): "в селе, где
    проживают 180 человек, нет водопровода" counts the population, not those given water."""
    if d.kind != "quantity" or not (animate(doc, d) or d.fields.get("unit") == "человек"):
        return False
    verb = layout.verb(layout.clause(d.start))
    return (
        verb is not None
        and verb < d.start
        and bool(token_lemmas(doc, verb) & words("indicators/living_verbs.txt"))
    )


def of_people(doc: Doc, d: Draft, noun: frozenset[str]) -> bool:
    """People counted: an animate noun, or one of people_words.txt ("семья")."""
    return animate(doc, d) or bool(noun & words("indicators/people_words.txt"))


def doing(
    layout: Layout, d: Draft, found: list[tuple[Cue, int, int]], fits: frozenset[str], where: int
) -> dict[str, int]:
    """What people that no cue names get or do, as a strong cue at the verb of their clause (of the cues
    `found` near them) says ("Ключи от новых квартир получили 2 300 семей", "Самозанятыми зарегистрированы 62
    тыс. омичей"), weighed at `where`, nearest first; a weak cue says too little ("форум собрал 600
    участников", "субсидии на содержание коров"), and people are no objects built ("На строительство
    школы претендовали 5 подрядчиков")."""
    clause = layout.clause(d.start)
    verb = layout.verb(clause)
    scores: dict[str, int] = {}
    for cue, s, e in found:
        fitting = cue.indicator in fits and taxonomy()[cue.indicator].unit != "object"
        near = verb is not None and min(abs(s - verb), abs(e - 1 - verb)) <= VERB_REACH
        if fitting and near and not cue.weak and s in layout.tokens(clause) and not d.start <= s < d.end:
            scores[cue.indicator] = max(scores.get(cue.indicator, 0), cue.weight(where) - abs(s - d.start))
    return scores


def made(
    doc: Doc,
    layout: Layout,
    d: Draft,
    found: list[tuple[Cue, int, int]],
    fits: frozenset[str],
    frame: str | None,
    where: int,
) -> dict[str, int]:
    """The output a cue at a verb of the figure's clause, before it, names ("добыла 24,7 млн карат"); a
    weak one ("выпустить", "произвести") only where works make it, named in the clause or the frame:
    "цех будет выпускать 500 тыс. стиральных машин", "КАМАЗ выпустил 39 тыс. грузовиков" after the
    output of its industry, not "выпустил 14 альбомов", "произвели четыре выстрела". Works that ship
    or sell goods they count made them: "Завод отгрузил 1,8 тыс. вагонов" (the frame's output, else
    manufacturing), not projects they carry out ("реализуют два проекта")."""
    clause = layout.tokens(layout.clause(d.start))
    projects = words("indicators/project_words.txt")
    works = bool(lemma_hits(doc, clause, projects))
    named = {
        c.indicator: c.weight(where)
        for c, s, _ in found
        if s in clause and s < d.start and c.indicator in OUTPUTS & fits and _verb(doc, s)
        if not c.weak or works or c.indicator == frame
    }
    selling = words("indicators/selling_words.txt")
    shipped = (
        works
        and not token_lemmas(doc, d.end - 1) & projects
        and any(token_lemmas(doc, i) & selling and _verb(doc, i) for i in clause if i < d.start)
    )
    if named or not shipped:
        return named
    output = frame if frame in OUTPUTS & fits else "manufacturing_output"
    return {output: where} if output in fits else {}


def _verb(doc: Doc, i: int) -> bool:
    return doc.pos(i) in VERBS
