"""What a figure's counted noun ("640 предпринимателей", "39 тыс. грузовиков") and its subject ("число
школ", "доля сырья в экспорте") offer the indicator reader (indicator.py).
"""

from __future__ import annotations

from ..draft import Draft
from ..text.phrases import is_genitive
from ..vocab import words
from .counted import animate, doing, made, of_people
from .cues import fitting, generic, matches, neutral, outside_taxonomy, people, shortened
from .indicator_state import BUILT, CLAUSE, FOLLOWS, HEAD, SENTENCE, SUBJECT, Named, Offers, Reading
from .lemmas import phrase_lemmas
from .scene import PARTS, named_whole, opens_sentence, structure_head, whole_after, whole_of
from .scene_building import built_words, opened
from .scene_funding import funding_verb
from .scene_prices import priced, verb_named

TRADED = 349  # goods sold abroad or bought there: over any cue but a price per unit or the figure before
LEANING = 10  # a generic counted noun that is a cue alone yields to a strong cue of its clause
ANIMALS = frozenset({"livestock_output"})  # animals counted name it by a weak cue too: "14 тыс. лошадей"
POSSESSIVES = frozenset({"его", "её", "ее", "их"})  # a subject of the thing named before: "их выпуск"
WHOLE = (
    3  # tokens after the "в" of "доля … в" where the cue of the whole may begin: "в общем объёме экспорта"
)


def by_counted(
    r: Reading, d: Draft, unit: str, crossing: str | None, offer: Offers, named: Named
) -> dict[str, int] | None:
    """What a counted noun names ("640 предпринимателей", "39 тыс. грузовиков"): the scores that
    decide the figure, or None when its context must decide, with what the noun confirms or leans
    to kept in `named`."""
    seq = phrase_lemmas(unit)[0]
    is_generic = generic(unit)
    plain = False  # a generic noun that is a cue alone ("житель"), or a dwelling, only leans to it
    named_by = False  # a strong cue names the counted noun
    for cue, _, e in [] if territorial(unit) else matches(seq):  # "в 12 штатах": places, not staff
        if e < len(seq) and is_generic and not cue.weak:  # a strong cue before a generic noun names
            named_by = True  # it: "18 тыс. безработных жителей", "40 иностранных граждан"
            offer(cue.indicator, cue.weight(SUBJECT) + HEAD)
            continue
        if e < len(seq):
            continue  # the cue must name the counted noun itself: "молочный комплекс"
        if cue.weak and cue.indicator not in BUILT | ANIMALS:
            whole = r.doc.word(d.start - 1) == "из"  # the whole of a part: "10 из 26 населённых пунктов"
            if settlements(unit) and (whole or not strongly_named(r, d, cue.indicator)):
                return {}  # "обеспечит транспортную связь 13 населённых пунктов": places, no coverage
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
    capacity = r.doc.word(d.start - 1) == "на"  # "кампус на 2,5 тыс. студентов": the object's
    uncued = not (scores or confirmed or named.leans or capacity) and of_people(r.doc, d, seq[-1])
    # a generic noun that is a cue alone only leans to it: "квартиры получили 4 тыс. жителей"
    alone = plain and not (named_by or confirmed or named.leans or capacity)
    done = doing(r.layout, d, r.near(d), offer.fits, CLAUSE) if uncued or alone else {}
    if done:  # people no cue names, filed by what they get or do: "практику прошли 300 выпускников"
        return done
    if uncued and "tourists" in offer.fits and r.border and r.border.visited(r.layout, d):
        return {"tourists": CLAUSE}  # "Приморье посетили 420 тыс. граждан КНР"
    goods = not (scores or is_generic or capacity or animate(r.doc, d))
    output = made(r.doc, r.layout, d, r.near(d), offer.fits, r.previous.frame, SUBJECT) if goods else {}
    if output:  # goods counted where their clause makes them: "КАМАЗ выпустил 39 тыс. грузовиков"
        return output
    if not (scores or confirmed or is_generic) and r.previous.part_of_last(d):
        return {r.previous.frame: FOLLOWS} if r.previous.frame else {}  # "Из них иностранцев — 45 тыс."
    if named_by:
        named.leans.clear()
    plain = plain or bool(named.leans)
    if not (scores or is_generic or confirmed) and opened(r.doc, r.layout, d, seq[-1]):
        offer("infrastructure_built", SUBJECT)  # "откроются три бизнес-инкубатора"
    if (scores and not plain) or not (is_generic or confirmed or plain):
        return r.settled(d, scores)
    return None


def settlements(unit: str) -> bool:
    """The counted noun is a kind of settlement ("населённый пункт", "посёлок", "село")."""
    return unit.replace("ё", "е") in words("indicators/settlement_words.txt")


def territorial(unit: str) -> bool:
    """The counted noun is a territorial unit ("штат", "регион", "провинция"): a count of places,
    which its own words name no indicator of."""
    return unit.replace("ё", "е") in words("indicators/territory_words.txt")


def strongly_named(r: Reading, d: Draft, indicator: str) -> bool:
    """A strong cue of the indicator stands near the figure in its sentence ("газифицировано 27 сел"), or
    the figure before measured it ("Уровень газификации достиг 92%. Газ придёт ещё в 14 сёл")."""
    if r.previous.frame == indicator:
        return True
    return any(c.indicator == indicator and not c.weak for c, _, _ in r.near(d))


def by_subject(
    r: Reading, d: Draft, subject: str, crossing: str | None, whole: bool, offer: Offers, named: Named
) -> bool | None:
    """Offers the cues of the figure's subject; None when the subject names something outside the
    taxonomy ("износ сетей", "доля юаня"), else whether it counts a stock ("число школ")."""
    kind = d.kind
    seq, head = phrase_lemmas(subject)
    built = built_words()
    stock = head is not None and bool(seq[head] & words("indicators/stock_words.txt"))
    stock = stock and not any(lemmas & built for lemmas in seq)  # not "число построенных школ"
    hidden = r.shadowed(d)  # "информации и связи — 21%": a branch's name around a subject cut from it
    cues = [m for m in matches(seq) if m[1] not in neutral(seq) and not set(m[0].words) <= hidden]
    if named.confirmed:  # "5 тыс. предприятий малого бизнеса"
        named.confirmed |= {cue.indicator for cue, _, _ in cues if not cue.weak}
    of = whole_after(r.doc, d, seq, head) if kind in PARTS else None  # "две трети бюджета"
    where = FOLLOWS if of is not None else SENTENCE if r.amount_part(d) else SUBJECT
    agent = funding_verb(r.doc, r.layout, d, r.near(d)) is not None  # "Бизнес вложил…": who paid
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
            and r.previous.frame
            and shortened(cue, r.previous.frame)
        ):
            offer(r.previous.frame, cue.weight(where) - s)  # cut short: "Объём ввода снизился на 7%"
    if r.previous.frame and seq[0] & POSSESSIVES and opens_sentence(r.doc, d, seq[0]):
        offer(r.previous.frame, SUBJECT)  # "Их выпуск продукции вырос": of what the sentence before named
    if head is not None and priced(r.doc, d, seq[head]):
        offer("price", FOLLOWS)  # "килограмм говядины подорожал на 6%", "тонна зерна стоит…"
    continued(r, d, frozenset().union(*seq), offer)
    nameless = of is not None and not (cues or whole) and named_whole(r.doc, of, seq, head)
    if (
        outside_taxonomy(seq, cues) and not verb_named(r.doc, r.layout, d, r.near(d)) and not crossing
    ) or nameless:  # "износ сетей"; "половина работ", "трети оборудования"
        return None
    if all(cue.weak for cue, _, _ in cues) and head is not None and "доля" in seq[head] and not whole:
        return None  # "доля юаня": a share of nothing in the taxonomy
    return stock


def whole_next(r: Reading, d: Draft) -> dict[str, int]:
    """A share compared with a figure before that measures nothing, whose whole a cue names right after
    it in the genitive, measures that whole ("дефицит — 400 млн рублей, или 1,1% расходов");
    not a share of people, filed by what they do ("газифицировано 27% населения"), nor a word of a
    longer cue around the figure ("компенсирует 50% стоимости")."""
    near = r.near(d)
    if any(s < d.start and e > d.end for _, s, e in near):
        return {}
    named = [c for c, s, _ in near if s == d.end and is_genitive(r.doc.words[s])]
    fits = fitting(d.kind, None) - people()
    return {c.indicator: c.weight(FOLLOWS) for c in named if c.indicator in fits}


def share_of_whole(r: Reading, d: Draft, offer: Offers) -> bool:
    """A share of a whole its sentence names after "доля (part) в" measures the whole's indicator, when a
    strong cue names it ("доля сырья в экспорте", not "доля отрасли в структуре экономики"), or the
    head of the whole after "в структуре" ("В структуре экспорта лидирует зерно (30%)")."""
    head = structure_head(r.doc, d)
    start = whole_of(r.doc, d) if head is None else head
    if start is None:
        return False
    span = range(start, start + WHOLE) if head is None else range(head + 1)
    named = [c for c, s, e in r.near(d) if s in span and e > start and s < d.start and not c.weak]
    for cue in named:
        offer(cue.indicator, FOLLOWS + HEAD)
    return bool(named)


def continued(r: Reading, d: Draft, named: frozenset[str], offer: Offers) -> None:
    """A cue phrase of the figure's clause that begins with a word of the subject goes on where the
    subject stopped: "(общая сумма) инвестиций в проект" names the cost of one project where the
    subject is "общая сумма инвестиций", "каждый третий житель … трудится" employment."""
    clause = r.layout.tokens(r.layout.clause(d.start))
    for cue, s, _ in r.near(d):
        if len(cue.words) > 1 and not cue.weak and cue.words[0] in named and s in clause:
            offer(cue.indicator, cue.weight(SUBJECT) + HEAD)
