"""The scene around a figure that settles what it measures: a part of the figure before, objects
opened or only standing, one project named, a price per unit, a distance or a site's land. Each reads
the Doc's tokens near the figure, never the whole document."""

from __future__ import annotations

from functools import cache

from ..draft import Draft
from ..kinds.direction import change_class
from ..text.doc import Doc
from ..text.morph import fold
from ..text.phrases import is_genitive
from ..text.tokens import DASHES
from ..vocab import table, words
from .cues import Cue, lemma_hits, numeric, token_lemmas
from .layout import Layout
from .measure import changes

WINDOW = 40  # tokens around a figure whose cues and words of standing or distance count
PARTITIVES = frozenset({"них", "которых", "которого", "которой", "этой", "этого", "этих", "общего", "общей"})
PARTS = frozenset({"percent", "share"})  # kinds that may be a part of a whole
OPENED = 3  # tokens between a word of opening and the count of objects it opens
SHARE_WORDS = frozenset({"доля", "вес"})  # "доля машиностроения в экспорте", "удельный вес"
WHOLE_REACH = 12  # tokens before a figure where "доля … в" may stand
EXTENT_UNITS = frozenset({"км", "м", "га", "м²"})  # a length, a floor or a site's land
POINTERS = frozenset({"этих", "этого", "этой", "их", "его", "её", "ее"})  # to a thing named before
FIELDS = frozenset({"sown_area", "harvest"})  # what says an area is a field
TERRITORIES = ("region", "republic", "country")  # kinds of place whose economy has branches
OF_REACH = 4  # tokens between "доля" and the "в" of its whole
SHARE_BEFORE = 3  # tokens before a cue of money where "доля" makes its "в" name the whole
PURPOSE = frozenset({"на", "для"})  # before a purpose money is given for: "для поддержки МСБ"
PURPOSE_REACH = 2  # tokens from a purpose to the branch it names: "поддержки субъектов малого бизнеса"
INTO = frozenset({"в", "во", "на"})  # after a verb of funding, where money went: "вложили в АПК"
AUXILIARY = frozenset({"быть"})  # leads the participle that is the predicate: "было вложено"
WHOLE_AFTER = 3  # tokens after a share where the whole it is of may stand: "две трети бюджета"
FUNDING = frozenset(
    {"investment_fixed_capital", "foreign_direct_investment", "project_cost", "budget_allocation"}
)


def opened(doc: Doc, layout: Layout, d: Draft, noun: frozenset[str]) -> bool:
    """Objects no cue names, said to be built or opened just before the count ("до конца года
    откроются три бизнес-инкубатора", "после ввода трех станций"); not projects or plants, which
    are counted, not built ("запущено 5 проектов")."""
    if noun & words("indicators/project_words.txt"):
        return False
    opening = words("indicators/opening_words.txt")
    start = max(layout.clause(d.start), d.start - OPENED)
    return bool(lemma_hits(doc, range(start, d.start), opening))


def part_of(doc: Doc, layout: Layout, d: Draft, reach: int) -> bool:
    """A part of what was named before: "из" and a word of PARTITIVES in the figure's clause, up to
    `reach` tokens before it ("из них 30 млрд выделит бюджет", "Из этой суммы на промышленность
    пришлось 60%")."""
    near = range(max(layout.clause(d.start), d.start - reach), d.start)
    return any(doc.word(i) == "из" and doc.word(i + 1) in PARTITIVES for i in near)


def whole_of(doc: Doc, d: Draft) -> int | None:
    """Where the whole a share is of begins, after "доля (part) в" or "от": "доля сырья в экспорте — 64%"
    is a share of exports, "удельный вес села в ВРП" of the GRP, "доля занятых в МСП от численности
    занятого населения" of employment."""
    first = max(doc.token_at(doc.sentences[doc.sentence_of[d.start]][0]), d.start - WHOLE_REACH)
    for i in range(first, d.start):
        if token_lemmas(doc, i) & SHARE_WORDS:
            of = range(i + 1, d.start)
            found = next((j for j in of if doc.word(j) == "от"), None)
            found = found or next((j for j in of[:OF_REACH] if doc.word(j) in ("в", "во")), None)
            return None if found is None else found + 1
    return None


def structure_head(doc: Doc, d: Draft) -> int | None:
    """Where the head noun stands of the whole a share's sentence names before it after "в структуре":
    "В структуре экспорта лидируют металлы (40%), зерно (12%)" are shares of exports, "в структуре
    внешних поставок" of what "внешних поставок" names (not "в структуре услуг населению")."""
    opening = doc.token_at(doc.sentences[doc.sentence_of[d.start]][0])
    for i in range(opening + 1, d.start):
        if doc.word(i - 1) in ("в", "во") and "структура" in token_lemmas(doc, i):
            head = _group_end(doc, i + 1) - 1
            return head if head < d.start else None
    return None


def priced(doc: Doc, d: Draft, head: frozenset[str]) -> bool:
    """A unit a price is set per heads what the figure measures ("килограмм говядины подорожал на 6%"):
    written before it in its sentence and not as another figure's unit ("340 тыс. тонн молока — на
    7,7% больше" is no price)."""
    units = head & _per_units()
    first = doc.token_at(doc.sentences[doc.sentence_of[d.start]][0])
    return bool(units) and any(
        token_lemmas(doc, i) & units and not numeric(doc, i - 1) for i in range(first, d.start)
    )


def dearer_by(doc: Doc, d: Draft) -> bool | None:
    """A change "на N%" that makes goods dearer or cheaper ("дороже на 5,9% стали услуги") measures a
    price; None when its sentence must tell (`prices_goods`); False for no change "на"."""
    if doc.word(d.start - 1) != "на":
        return False
    return True if token_lemmas(doc, d.start - 2) & words("indicators/dearer_words.txt") else None


def prices_goods(doc: Doc, sentence: int) -> bool:
    """The sentence tells of a rise or fall "на" goods named in the accusative, right after the word
    of change or its figure: "рост на такие виды продуктов, как яйцо на 4,7%, мясо на 1,7%",
    "стоимость выросла на 5,7% на ювелирные изделия, бензин на 1,6%" (not "рост ВРП на душу"); its
    changes "на N%" then measure prices."""
    tokens = doc.sentence_tokens(sentence)
    last = tokens.stop
    for j in tokens:
        if change_class(doc.words[j]) not in ("up", "down"):
            continue
        k = j + 1
        if doc.word(k) == "на" and numeric(doc, k + 1):  # past the change's own figure: "выросла на 5,7%"
            k += 1
            while k < last and numeric(doc, k):
                k += 1
        if doc.word(k) == "на" and k + 1 < last and _goods_named(doc, k + 1):
            return True
    return False


def _goods_named(doc: Doc, i: int) -> bool:
    """A noun or its adjective in the accusative (or the nominative it shares a form with), no number."""
    return not numeric(doc, i) and doc.pos(i) in ("NOUN", "ADJF", "PRTF") and doc.case(i) in ("accs", "nomn")


def one_project(doc: Doc, layout: Layout, d: Draft) -> bool:
    """The figure's clause names one project or plant (project_words.txt, in the singular) and its
    sentence not the economy: investment there is the project's cost."""
    economy = words("indicators/economy_words.txt")
    if lemma_hits(doc, doc.sentence_tokens(doc.sentence_of[d.start]), economy):
        return False
    objects = words("indicators/project_words.txt")
    clause = layout.tokens(layout.clause(d.start))
    readings = ((i, p) for i in clause for p in doc.readings(i)[:1])
    return any(
        fold(p.normal_form) in objects and p.tag.number == "sing" and not _of_territory(doc, i + 1)
        for i, p in readings
    )


def _of_territory(doc: Doc, i: int) -> bool:
    """A region or country in the genitive, pointed at, after a word of a plant: the branch of its
    economy, not one plant ("агропромышленный комплекс области", "предприятие региона")."""
    readings = doc.readings(i)
    territory = any(_territories().get(fold(p.normal_form)) in TERRITORIES for p in readings[:1])
    return territory and any(p.tag.case == "gent" for p in readings)


@cache
def _territories() -> dict[str, str]:
    return {row["lemma"]: row["type"] for row in table("context/anaphora.tsv")}


def standing(doc: Doc, d: Draft) -> bool:
    """Objects said to stand, work or be bought, not to be built: a word of standing_words.txt near
    the figure in its sentence, and none of building or opening."""
    start, end = doc.sentences[doc.sentence_of[d.start]]
    near = range(max(doc.token_at(start), d.start - WINDOW), min(doc.token_at(end), d.end + WINDOW))
    lemmas = frozenset().union(*(token_lemmas(doc, i) for i in near))
    return bool(lemmas & words("indicators/standing_words.txt")) and not lemmas & built_words()


@cache
def built_words() -> frozenset[str]:
    """Words that say a thing was built, laid or opened (build_words.txt and opening_words.txt)."""
    return words("indicators/build_words.txt") | words("indicators/opening_words.txt")


def reaped(doc: Doc, layout: Layout, d: Draft) -> bool:
    """A share of the sown area that a verb of harvesting in its clause clears ("убрали 40% посевных
    площадей", "убраны на 99% площадей"): how far the harvest has gone, not the sown area."""
    if d.kind not in PARTS:
        return False
    verb = layout.verb(layout.clause(d.start))
    return verb is not None and bool(token_lemmas(doc, verb) & words("indicators/reaping_words.txt"))


def apart(doc: Doc, layout: Layout, d: Draft) -> bool:
    """A distance or the land of a site, which no indicator counts: "в 25 км от города",
    "расстояние между сёлами превышает 100 км", "индустриальная зона площадью 210 га"."""
    unit = d.fields.get("unit")
    if unit == "га":
        return doc.word(d.start - 1) == "площадью"
    if unit not in ("км", "м"):
        return False
    if doc.word(d.start - 1) == "в" and doc.word(d.end) == "от":
        return True
    clause = range(max(layout.clause(d.start), d.start - WINDOW), d.start)
    return bool(lemma_hits(doc, clause, words("indicators/distance_words.txt")))


def extent(doc: Doc, layout: Layout, d: Draft, found: list[tuple[Cue, int, int]]) -> bool:
    """The length or area of a thing that is there, which no indicator counts: a word of extent before
    the figure in its clause ("Протяжённость пляжной зоны — 28 км", "тракт протяжённостью 962 км",
    "Площадь фабрики — 12 га") and, in its sentence, no word of building or opening and no strong cue
    of sowing or harvest (of the cues `found` near it), nor a verb of what will be: not "построили дорогу
    протяжённостью 12 км", "площадь под пшеницей", "зерновые убраны с площади 4,3 млн га"."""
    if d.fields.get("unit") not in EXTENT_UNITS:
        return False
    clause = range(max(layout.clause(d.start), d.start - WINDOW), d.start)
    hits = lemma_hits(doc, clause, words("indicators/extent_words.txt"))
    if not hits:
        return False
    verb = layout.verb(layout.clause(d.start))
    if verb is not None and any(p.tag.tense == "futr" for p in doc.readings(verb)[:1]):
        return False  # what will be: "Протяжённость линии составит 22,4 км"
    sentence = doc.sentence_tokens(doc.sentence_of[d.start])
    if lemma_hits(doc, sentence, built_words()) or (
        thing_before(doc, hits[-1]) and built_before(doc, sentence)
    ):
        return False
    return not any(c.indicator in FIELDS and s in sentence for c, s, _ in found)


def thing_before(doc: Doc, i: int) -> bool:
    """The word of extent at token i names no thing of its own but one named before: a pointer follows it
    ("Общая площадь этих домов") or its dash or verb does ("Общая площадь — 1,1 млн кв. м"); not a
    thing's own extent ("три дома общей площадью 900 кв. м", "протяжённость газопровода")."""
    after = doc.word(i + 1)
    verb = doc.pos(i + 1) == "VERB"
    return after in POINTERS or after in DASHES or verb


def built_before(doc: Doc, sentence: range) -> bool:
    """The sentence before `sentence` says something was built, laid or opened ("Сдано 86 домов")."""
    if sentence.start == 0:
        return False
    return bool(lemma_hits(doc, doc.sentence_tokens(doc.sentence_of[sentence.start - 1]), built_words()))


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


def per_unit(doc: Doc, d: Draft) -> bool:
    """ "220 тенге за литр", "17 тыс. тенге за метр", "3 500 тенге за 1 гигакалорию", "5116
    тенге/Гкал": a price."""
    units = words("indicators/price_units.txt")
    after = d.end + 1 if doc.word(d.end) in ("за", "/") else None
    if after is not None and doc.word(after) == "1":  # "за 1 гигакалорию": one unit
        after += 1
    return after is not None and bool(token_lemmas(doc, after) & units)


@cache
def _per_units() -> frozenset[str]:
    """Units a price is set per, as the head noun of what a figure measures; not counts of people or
    objects, which head other subjects ("человек", "место")."""
    return words("indicators/price_units.txt") - words("indicators/generic_counts.txt")


def opens_sentence(doc: Doc, d: Draft, lemmas: frozenset[str]) -> bool:
    """The figure's sentence opens with the word: a possessive there is of what the sentence before
    spoke of, not of a noun of its own ("…, а их пропускную способность увеличат")."""
    return bool(token_lemmas(doc, doc.token_at(doc.sentences[doc.sentence_of[d.start]][0])) & lemmas)


def verb_named(doc: Doc, layout: Layout, d: Draft, found: list[tuple[Cue, int, int]]) -> bool:
    """The verb of change of the figure's clause is a strong cue itself (of the cues `found` near it):
    "платные услуги подорожали на 13%" is a price, whatever its subject (not "дефицит оценивается…"),
    and so is the figure of a clause that leaves that verb out ("…, платные услуги — на 16%")."""
    verb = layout.verb(layout.clause(d.start))
    verb = layout.elided_verb(d.start) if verb is None else verb
    if verb is None or not changes(doc.words[verb]):
        return False
    return any(not c.weak and s <= verb < e for c, s, e in found)


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


def nominative_noun(doc: Doc, i: int) -> bool:
    return doc.pos(i) == "NOUN" and doc.case(i) == "nomn"


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
            reach = max(reach, e, _group_end(doc, s))
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


def _group_end(doc: Doc, i: int) -> int:
    """Where the noun group that begins at i ends: its adjectives, then its noun ("обрабатывающую
    промышленность")."""
    while i < doc.size and doc.pos(i) in ("ADJF", "PRTF"):
        i += 1
    return i + 1


def funded(layout: Layout, d: Draft, found: list[tuple[Cue, int, int]]) -> bool:
    """A strong cue of money given stands in the figure's clause: "компенсируют", "субсидия"."""
    clause = layout.tokens(layout.clause(d.start))
    return any(c.indicator == "budget_allocation" and not c.weak and s in clause for c, s, _ in found)


def whole_after(doc: Doc, d: Draft, seq: list[frozenset[str]], head: int | None) -> int | None:
    """Where the subject's head stands right after a share, as the whole it is of ("две трети
    бюджета", "половина работ", "каждый пятый склад"); its cues then name the share's indicator."""
    if head is None:
        return None
    return next((i for i in range(d.end, d.end + WHOLE_AFTER) if token_lemmas(doc, i) & seq[head]), None)


def named_whole(doc: Doc, i: int, seq: list[frozenset[str]], head: int | None) -> bool:
    """A whole that says what it is (not "треть объёма") and is not people, whom what they do files
    ("каждый третий выпускник трудоустроен")."""
    if head is None or seq[head] & words("indicators/whole_words.txt"):
        return False
    return not any(p.tag.animacy == "anim" for p in doc.readings(i)[:1])
