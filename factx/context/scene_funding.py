"""What a money figure's clause tells of money given, put somewhere or earned: a verb of funding and
where the money went, one project whose cost it is, a wage earned. Each reads the Doc's tokens near
the figure, never the whole document."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..draft import Draft
from ..numbers import numerals
from ..text.doc import Doc
from ..text.morph import fold
from ..text.phrases import is_genitive
from ..vocab import table, words
from .cues import Cue
from .layout import Layout
from .lemmas import lemma_hits, token_lemmas
from .scene import group_end

TERRITORIES = ("region", "republic", "country")  # kinds of place whose economy has branches
COUNT_REACH = (
    3  # adjectives between a count and the project word it counts: "23 крупных инвестиционных проектов"
)
SHARE_BEFORE = 3  # tokens before a cue of money where "доля" makes its "в" name the whole
PURPOSE = frozenset({"на", "для"})  # before a purpose money is given for: "для поддержки МСБ"
PURPOSE_REACH = 2  # tokens from a purpose to the branch it names: "поддержки субъектов малого бизнеса"
INTO = frozenset({"в", "во", "на"})  # after a verb of funding, where money went: "вложили в АПК"
AUXILIARY = frozenset({"быть"})  # leads the participle that is the predicate: "было вложено"
TOTAL = frozenset({"общую", "совокупную"})  # between "на" and "сумму": "на общую сумму"
SUM_REACH = 20  # tokens before "на сумму" where the projects or works it totals are named
FUNDING = frozenset(
    {"investment_fixed_capital", "foreign_direct_investment", "project_cost", "budget_allocation"}
)


def one_project(doc: Doc, layout: Layout, d: Draft) -> bool:
    """The figure's clause names one project or plant (project_words.txt, in the singular, or counted:
    "8 проектов на сумму") and its sentence not the economy: investment there is the project's cost.
    So is investment in a sentence that names no place and nothing of the economy right after one that
    names a plant on the same line ("Открыли новый завод. Инвестиции — полмиллиарда рублей.")."""
    k = doc.sentence_of[d.start]
    if _of_economy(doc, doc.sentence_tokens(k)):
        return False
    if _names_project(doc, layout.tokens(layout.clause(d.start))):
        return True
    if k == 0 or doc.breaks_line(k):
        return False  # the plant must be named on the same line
    before = doc.sentence_tokens(k - 1)
    return _placeless(doc, k) and _names_project(doc, before) and not _of_economy(doc, before)


def summed(doc: Doc, d: Draft) -> bool:
    """A money figure right after "на (общую) сумму" in a sentence that, a few words before it,
    counts or names projects or tells of works on objects (summed_words.txt): the sum is the cost
    of those projects ("реализовано 343 проекта по развитию инфраструктуры на общую сумму 31,6
    млрд", "реконструировано три подстанции на сумму 13 млрд"), whatever branch the sentence also
    names. Not "в сумме", which a budget's lines take ("доходы запланированы в сумме 155 млрд");
    the reader leaves money given to the projects to the cue of funding in its clause
    ("профинансировано 86 проектов на сумму")."""
    k = d.start - 1
    if d.kind != "money" or doc.word(k) != "сумму":
        return False
    k -= doc.word(k - 1) in TOTAL
    if doc.word(k - 1) != "на":
        return False
    first = max(doc.sentence_tokens(doc.sentence_of[d.start]).start, k - SUM_REACH)
    return bool(lemma_hits(doc, range(first, k - 1), words("indicators/summed_words.txt")))


def _of_economy(doc: Doc, tokens: range) -> bool:
    return bool(lemma_hits(doc, tokens, words("indicators/economy_words.txt")))


def _names_project(doc: Doc, tokens: Iterable[int]) -> bool:
    objects = words("indicators/project_words.txt")
    sets = words("indicators/counted_project_words.txt")  # "15 соглашений", not "по инициативе"
    readings = ((i, p, fold(p.normal_form)) for i in tokens for p in doc.readings(i)[:1])
    return any(
        (
            (lemma in objects and (p.tag.number == "sing" or _counted(doc, i)))
            or (lemma in sets and _counted(doc, i))
        )
        and not _of_territory(doc, i + 1)
        for i, p, lemma in readings
    )


def _placeless(doc: Doc, k: int) -> bool:
    """Sentence k names no place: no capitalised word after its first, no word of a territory."""
    tokens = doc.sentence_tokens(k)
    territories = _territories()
    return not any(
        (i > tokens.start and doc.is_capitalised(i)) or fold(doc.lemma(i) or "") in territories
        for i in tokens
    )


def _counted(doc: Doc, i: int) -> bool:
    """A plural word of a project counted by a number, maybe past adjectives ("8 проектов на сумму",
    "23 крупных инвестиционных проектов", "два новых завода"): a set of projects whose cost the money
    is, not the region's investment."""
    k = i - 1
    while k > i - 1 - COUNT_REACH and doc.pos(k) == "ADJF":
        k -= 1
    word = doc.word(k)
    return bool(word) and (word[0].isdigit() or word in numerals())


def _of_territory(doc: Doc, i: int) -> bool:
    """A region or country in the genitive, pointed at, after a word of a plant: the branch of its
    economy, not one plant ("агропромышленный комплекс области", "предприятие региона")."""
    readings = doc.readings(i)
    territory = any(_territories().get(fold(p.normal_form)) in TERRITORIES for p in readings[:1])
    return territory and any(p.tag.case == "gent" for p in readings)


@cache
def _territories() -> dict[str, str]:
    return {row["lemma"]: row["type"] for row in table("context/anaphora.tsv")}


def earned(doc: Doc, layout: Layout, d: Draft, found: list[tuple[Cue, int, int]]) -> bool:
    """A sum people earn: the verb of the money figure's clause is one of earning and a noun of people
    in the nominative stands in the clause ("Медики получают в среднем 90 тыс. рублей"), with no strong
    cue of funding there (of the cues `found` near it: "фермеры получают субсидии")."""
    clause = layout.clause(d.start)
    verb = layout.verb(clause) if d.kind == "money" else None
    if verb is None or not token_lemmas(doc, verb) & words("indicators/earning_verbs.txt"):
        return False
    tokens = layout.tokens(clause)
    if any(c.indicator in FUNDING and not c.weak and s in tokens for c, s, _ in found):
        return False
    return any(p.tag.animacy == "anim" and p.tag.case == "nomn" for i in tokens for p in doc.readings(i))


def funding_verb(doc: Doc, layout: Layout, d: Draft, found: list[tuple[Cue, int, int]]) -> int | None:
    """Where the verb of a money figure's clause stands when it puts money somewhere (funding_verbs.txt:
    "вложили", "направили") and a cue of FUNDING among those `found` names it; verbs of plan do not
    ("Расходы запланированы на уровне…" leaves the subject to say what is planned)."""
    # a clause without a verb shares the one before it: "…, транспортировку и хранение — 7,7 млрд"
    verb = layout.verb(layout.segment(layout.clause(d.start))) if d.kind == "money" else None
    if verb is not None and token_lemmas(doc, verb) & AUXILIARY and _impersonal(doc, verb + 1):
        verb += 1  # the participle an auxiliary leads: "было вложено 12 млрд"
    if verb is None or not token_lemmas(doc, verb) & words("indicators/funding_verbs.txt"):
        return None
    return verb if any(c.indicator in FUNDING and s <= verb < e for c, s, e in found) else None


def _impersonal(doc: Doc, i: int) -> bool:
    """A short participle in the neuter, an impersonal passive with no subject to name the money
    ("было вложено", "будет направлено"); not one that agrees with a subject ("объём инвестиций был
    направлен"), which says what the money is."""
    return any(p.tag.POS == "PRTS" and p.tag.gender == "neut" for p in doc.readings(i)[:1])


def spent_on(doc: Doc, verb: int, s: int, d: Draft) -> bool:
    """A cue at s, before or after a verb of funding, stands in the phrase that says where the money
    went: right after "в" or "на" and the adjectives after it ("В сельское хозяйство бизнес вложил 86 млрд",
    "в пищевую промышленность было вложено"), or after one of them
    between the verb and the figure ("вложит в строительство текстильной фабрики 45 млрд")."""
    k = s - 1
    while k > 0 and doc.pos(k) in ("ADJF", "PRTF"):
        k -= 1  # the noun of a group after "в": "в пищевую промышленность"
    return doc.words[k] in INTO or (
        verb < s < d.start and any(doc.words[j] in INTO for j in range(verb + 1, s))
    )


def destined(doc: Doc, found: list[tuple[Cue, int, int]]) -> frozenset[int]:
    """Where the cues stand, among those `found` in a sentence (in text order), of the branch that money
    named just before goes to: "инвестиции в обрабатывающую промышленность", "средства, направленные
    в АПК" measure the money, not the branch's output. The branch runs on through the cues that begin
    inside it or qualify it in the genitive, adjectives and all ("в переработку продукции сельского
    хозяйства", "в добычу металлических руд"). Not after "доля", whose "в" names the whole ("доля
    иностранных компаний в промышленности"). A branch after a purpose ("для поддержки субъектов МСБ",
    "на развитие АПК") is where money goes too."""
    ends = {e for c, s, e in found if c.indicator in FUNDING and not _share_of(doc, s)}
    shadowed: set[int] = set()
    reach = -1  # where the branch named last ends
    for cue, s, e in found:
        if cue.indicator in FUNDING:
            continue
        into = (doc.words[s - 1] in INTO and s - 1 in ends) or _purposed(doc, s) or _directed(doc, s, ends)
        if into or s < reach or (0 <= reach <= s and all(map(is_genitive, doc.words[reach : s + 1]))):
            shadowed.add(s)
            reach = max(reach, e, group_end(doc, s))
    return frozenset(shadowed)


def _directed(doc: Doc, s: int, ends: set[int]) -> bool:
    """A cue at s in the accusative after "в" names where the money named before it in the sentence
    went, also as an item of its list: "частные инвестиции – 725 млрд, в том числе в обрабатывающую
    промышленность – 62 млрд" (not "в обрабатывающей промышленности", where it was made)."""
    return doc.words[s - 1] in ("в", "во") and any(e < s for e in ends) and _accusative(doc, s)


def _accusative(doc: Doc, i: int) -> bool:
    """Token i may be in the accusative and cannot be in the prepositional: "в сельское хозяйство",
    not "в обрабатывающих производствах", whose form is also an animate accusative."""
    cases = {p.tag.case for p in doc.readings(i)}
    return "accs" in cases and "loct" not in cases


def _purposed(doc: Doc, s: int) -> bool:
    """A cue at s names the branch of a purpose money is given for, a word or two after it: "для
    поддержки (субъектов) малого бизнеса", "на развитие туризма"."""
    purposes = words("indicators/purpose_words.txt")
    return any(
        token_lemmas(doc, k) & purposes and doc.word(k - 1) in PURPOSE
        for k in range(max(1, s - PURPOSE_REACH), s)
    )


def _share_of(doc: Doc, i: int) -> bool:
    return any("доля" in token_lemmas(doc, k) for k in range(max(0, i - SHARE_BEFORE), i))


def funded(layout: Layout, d: Draft, found: list[tuple[Cue, int, int]]) -> bool:
    """A strong cue of money given stands in the figure's clause: "компенсируют", "субсидия"."""
    clause = layout.tokens(layout.clause(d.start))
    return any(c.indicator == "budget_allocation" and not c.weak and s in clause for c, s, _ in found)
