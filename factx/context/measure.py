"""How a figure measures its indicator: `level` (the amount itself), `change` (a growth or fall:
"выросли на 12%", "на 5 млрд больше", "+7%", "в 1,5 раза"), `index` (a percentage of a base period,
"индекс промышленного производства составил 108,1%", "темп роста — 104,2%", "103,8% к уровню
прошлого года", "96,2% от уровня…"; a percentage over 100 that no change states, a rate's too:
"инфляция за год составила 108,6%") or `share` (a part of a whole: "28,5%
инвестиций", "треть", "доля — 36%").

A change is written with a sign, after "на" with a verb or noun of change or a comparing verb in the
sentence before it ("превысили план на 20 млрд") or a comparative or comparing verb after it ("на 7,4%
превышает"), or after a noun of change in its clause ("прирост", "плюс", "Рост ВРП … составил 6,3%"; not
crops grown: "вырастили 540 тыс. тонн"); a number joined by "и" to one after "на" shares it ("на 3,4 и 3,3%").
A figure compared "против" another, or after a participle of change ("увеличенный бюджет
составит…"), is a level; a count of where something changed is no change ("выросло в 14 регионах",
"на 11 месторождениях").
"до" before a figure makes it the level reached ("сократились на 31%, до 19,6 млрд"). A change "с 27 до 20"
states two levels: its measure is `level`. A figure that carries on a list of changes with no word of
its own ("— Салават — 1,1 млрд", "Чукотка — на 14 тысяч") is a change too, and so is one in a short
clause that leaves out a verb of change ("огурцы прибавили в цене 4%, помидоры — 3,2%"); after an index,
such a clause, or a volume's fall "до" a percentage, is an index too.
"""

from __future__ import annotations

from ..draft import Draft
from ..kinds.direction import comparatives, governing_verb
from ..text.doc import Doc
from ..text.morph import fold, parses
from ..text.tokens import DASHES
from ..vocab import words
from .change_words import COMPARATIVES, qualifying_class
from .cues import taxonomy
from .layout import Layout
from .lemmas import word_lemmas
from .measure_carried import continues, index_goes_on, moves, rate_words, reached, restates
from .percent_measure import fulfilled, is_index, percent_measure

SIGNS = frozenset({"+", "-", "−", "–"})
NEAR = 6  # words before a figure searched for a verb of change in its clause
CHANGE_REACH = 10  # words before a figure searched for a noun of change in its clause ("прирост", "плюс")
BACK = 40  # words before "на X" searched for a verb or noun of change
LIST_BACK = 80  # the same for an item "— на X" or "(на X)" of a list, back to the line opening it
AHEAD = 3  # words after a figure searched for a comparative ("на 33% больше")
STOPS = frozenset({",", ";", "с", "со"})  # end the words after a figure: a new clause, a new "с ростом"
PLACING = frozenset({"в", "во", "у", "по", "среди", "из"})  # before a count of where: "выросло в 14 регионах"
PURPOSE = frozenset({"в", "во", "на"})  # before what something goes to: "на расширение завода"


def measure_of(
    doc: Doc,
    layout: Layout,
    d: Draft,
    indicator: str | None,
    previous: str | None = None,
    subject: str | None = None,
) -> str | None:
    """The measure of a numeric draft, within those its indicator takes; `previous` is the measure of
    the figure before it, in its sentence or the one before; `subject` what the figure measures."""
    if d.kind == "multiplier":
        found = "change"
    elif d.kind == "change":
        found = "level"
    elif (
        d.kind == "percent"
        and doc.word(d.start - 1) != "на"
        and not _shares_on(doc, d.start)
        and (is_index(doc, layout, d, subject) or (previous == "index" and index_goes_on(doc, layout, d)))
        and not fulfilled(doc, d)
    ):
        found = "index"  # "темп роста ВРП составил 104,2%", not a growth of 104,2%
    elif _is_change(doc, layout, d, subject) or (
        previous == "change" and (continues(doc, layout, d) or restates(doc, d))
    ):
        found = "change"
    elif d.kind == "share":
        found = "share"
    elif d.kind == "percent":
        found = percent_measure(doc, layout, d, indicator, subject)
    elif d.kind in ("money", "quantity"):
        found = "level"
    else:
        return None
    allowed = taxonomy()[indicator].measures if indicator else None
    return "level" if allowed and found not in allowed and "level" in allowed else found


def _first_number(doc: Doc, d: Draft) -> int:
    """Where the number of a figure begins, after the words that lead it ("более чем на", "почти на"),
    in digits or in words ("на два процента", "на треть")."""
    return next(
        (i for i in range(d.start, d.end) if doc.words[i][:1].isdigit() or _numeral(doc, d, i)), d.start
    )


def _numeral(doc: Doc, d: Draft, i: int) -> bool:
    """A number in words: a numeral, or the noun of a share ("треть"), not "в среднем"."""
    names = ("NUMR", "NOUN") if d.kind == "share" else ("NUMR",)
    return doc.pos(i) in names


def _is_change(doc: Doc, layout: Layout, d: Draft, subject: str | None = None) -> bool:
    """A change by its sign, "на" and a word of change or comparison, or a noun of change before it in
    its clause or heading its subject ("Рост цен на продовольствие … составил 9,4%")."""
    first = _first_number(doc, d)
    lead = [doc.words[i] for i in range(d.start, first)]
    before = doc.word(d.start - 1)
    if (lead[:1] and lead[0] in SIGNS) or (  # a sign the number reader took into the figure: "+5%", "(+ 5%)"
        before in SIGNS and doc.tokens.joined(d.start)
    ):
        return True
    if d.kind in ("percent", "money") and d.fields.get("high") is not None and d.fields["high"] < 0:
        return True  # a range of falls, both ends signed: "от минус 0,2% до минус 1,5%"
    if governing_verb(doc, d.start):
        return True  # the object of a verb of change: "курица потеряла 1,05%", "прибавила в цене 3%"
    start, end = d.start, d.end
    if before == "или" and doc.word(d.start - 2) == "(":  # "на 12% (или 640 тыс. м²)": as the one before
        before, start = "(", start - 1
    if before == "(" and doc.word(end) == ")":  # "на 50,6 тыс. т (11,8%) больше": as the amount before
        start, end = start - 1, end + 1
        lead = [doc.words[i] for i in range(max(layout.clause(start - 1), start - 2 * NEAR), start)]
    elif d.kind == "percent" and _reached_after(doc, end):
        return True  # "в Таразе – 3,5% (до 350,5 тыс. тенге)": a change, the level it reached in brackets
    elif reached(doc, d.start) and d.kind == "percent" and _growth_to(subject):
        return True  # a growth rate reached: "рост ВВП до 4,4%", not "увеличение доли до 39,5%"
    elif (
        reached(doc, d.start)
        or doc.word(d.end) == "против"
        or (d.kind == "quantity" and (before in PLACING or _located(doc, d)))
    ):
        return False  # the level reached; a count of where it changed: "выросло в 14 регионах"
    elif _shares_on(doc, d.start):
        before = "на"  # "на 3,4 и 3,3%": the second shares the "на"
    if "на" in lead or before == "на":
        if doc.word(end) == "(":  # past the brackets after the amount
            end = next((i + 1 for i in range(end, end + 2 * NEAR) if doc.word(i) == ")"), end)
        back = _back(doc, start)
        end = _past_pair(doc, end)
        end = _past_restated(doc, end)
        comma = next((i for i in range(end, end + AHEAD) if doc.word(i) in STOPS), end + AHEAD)
        # not a new clause or figure: "произведено на 2 трлн, рост составил 5%", "на 1,1 трлн с ростом на 17%"
        ahead = range(end, comma)
        # "на 7,4% превышает показатель прошлого года", "превысили план на 20 млрд": a comparison
        return any(_compares(doc, i, i) for i in back) or any(_compares(doc, i, start) for i in ahead)
    # a comparative before a figure with no "на" bounds it or compares what it is of: "ниже 50%",
    # "собрали меньше — 9 млн тонн"; a level.
    # a percentage in brackets reads the noun of change of the clause they stand in ("отмечен рост в
    # горнодобывающей (6,1%)"), not a comparative, which compares with it: "ниже среднего (4,9%)"
    bracketed = start < d.start
    if bracketed and d.kind != "percent":
        return False
    clause = layout.clause(start - 1 if bracketed else d.start)
    nouns = words("indicators/change_words.txt")  # "Рост ВРП области по итогам года составил 6,3%"
    if _headed_by_change(subject, d, lead):
        return True
    return any(
        fold(doc.words[i]) in nouns and not _purpose(doc, i) and not _means(doc, i)
        for i in _change_noun_words(doc, layout, clause, start)
    ) or any(
        moves(doc, i, d.start)
        and not _qualifies(doc, i)
        and not _purpose(doc, i)
        and not _means(doc, i)
        and doc.words[i] not in COMPARATIVES
        for i in range(max(clause, start - NEAR), start)
        if not bracketed
    )


def _change_noun_words(doc: Doc, layout: Layout, clause: int, start: int) -> list[int]:
    """Where a noun of change before a figure may stand: CHANGE_REACH words back in its clause, or the
    whole clause when its verb stands between the noun and the figure, the figure right after the
    verb or a dash, what the verb says of the noun ("Снижение выпуска по сравнению с прошлым годом
    (52,4 млн т) составило 3,1%", "наибольший рост зарплаты отметили в сфере связи – 21%"); an aside
    in brackets is none of it ("результат (прибыль минус убыток) составил…")."""
    verb = layout.verb(clause)
    if verb is not None and verb < start and (start - verb <= STATED or doc.word(start - 1) in DASHES):
        return [*_before_aside(doc, layout, clause), *range(clause, start)]
    return list(range(max(clause, start - CHANGE_REACH), start))


STATED = 2  # tokens from a verb to the figure it states: "составило 3,9%", "составил почти 5%"
ASIDE = 12  # tokens of an aside in brackets that a clause goes on after


def _before_aside(doc: Doc, layout: Layout, clause: int) -> range:
    """The clause a clause goes on from past an aside in brackets, which closes it ("Снижение выпуска
    (52,4 млн т) составило…"), when that one has no verb of its own; else none."""
    close = clause if doc.word(clause) == ")" else clause - 1
    if doc.word(close) != ")":
        return range(0)
    opening = next((k for k in range(close - 1, max(close - ASIDE, 0), -1) if doc.word(k) == "("), None)
    if opening is None or not doc.same_sentence(opening, clause):
        return range(0)
    before = layout.clause(opening - 1)
    return range(0) if layout.verb(before) is not None else range(before, opening)


def _reached_after(doc: Doc, end: int) -> bool:
    """Brackets right after a figure open with "до" and an amount, not a year: the level its change
    reached ("подорожало 3,5% (до 350,5 тыс. тенге)"; not "(до 2030 года)")."""
    return (
        doc.word(end) == "("
        and doc.word(end + 1) == "до"
        and doc.word(end + 2)[:1].isdigit()
        and not doc.word(end + 3).startswith("г")
    )


def _shares_on(doc: Doc, start: int) -> bool:
    """A figure after "и" and a number that follows "на" shares it: "на 3,4 и 3,3%", "на 14% и 16%"."""
    if doc.word(start - 1) != "и" or not (doc.word(start - 2)[:1].isdigit() or doc.word(start - 2) == "%"):
        return False
    j = start - 2
    while doc.word(j)[:1].isdigit() or doc.word(j) in (",", ".", "%"):
        j -= 1
    return doc.word(j) == "на"


def _past_pair(doc: Doc, end: int) -> int:
    """Past the figures joined to one by "и" with "соответственно" after them, where the comparative
    that both share stands: "на 114% и 116,4% соответственно больше"."""
    j = end
    while doc.word(j) == "и" or doc.word(j)[:1].isdigit() or doc.word(j) in ("%", ","):
        j += 1
    return j + 1 if doc.word(j) == "соответственно" else end


def _past_restated(doc: Doc, end: int) -> int:
    """Past the number of the same amount restated after "или", where the comparative both share
    stands: "на 1% или 3,9 млрд больше"."""
    if doc.word(end) != "или" or not doc.word(end + 1)[:1].isdigit():
        return end
    j = end + 1
    while doc.word(j)[:1].isdigit() or doc.word(j) in (",", "%"):
        j += 1
    return j


def _back(doc: Doc, start: int) -> range:
    """Where a word of change may stand for "на X" at `start`: its sentence, up to BACK words before it,
    or LIST_BACK in a list of such items ("(на 11,8%), Алматинская (на 10,9%)…"), and the line that
    opens a list whose item it is ("Наибольший рост отмечен:" before "- в Туркестанской — на 43%")."""
    listed = doc.word(start - 2) in DASHES or doc.word(start - 2) == "("
    first = doc.sentence_tokens(doc.sentence_of[start]).start
    while (
        listed
        and first > 0
        and start - first < LIST_BACK
        and (doc.word(first) in DASHES or doc.word(first - 1) == ":")
    ):
        first = doc.sentence_tokens(doc.sentence_of[first - 1]).start  # the item or line before
    return range(max(first, start - (LIST_BACK if listed else BACK)), start)


def _purpose(doc: Doc, i: int) -> bool:
    """A noun of change in the accusative after "в" or "на" says what money or effort goes to, not that
    the figure changes: "вложила в расширение завода 12 млрд", "на увеличение мощности направят"; so
    does one after "для": "для снижения нагрузки модернизируют 160 км сетей"."""
    return (doc.word(i - 1) in PURPOSE and any(p.tag.case == "accs" for p in doc.readings(i))) or (
        doc.word(i - 1) == "для"
    )


def _means(doc: Doc, i: int) -> bool:
    """A noun of change in the dative says by what means something came about, not that the figure
    changes: "благодаря расширению цехов создали 900 рабочих мест"."""
    return doc.case(i) == "datv"


def _headed_by_change(subject: str | None, d: Draft, lead: list[str]) -> bool:
    """A subject "рост X", "снижение X" makes its figure the change of X, unless the figure is the level
    reached ("увеличение доли до 39,5%") or a percentage over a whole, an index ("рост зарплаты — 110,6%")."""
    named = _past_degree((subject or "").split())
    value = d.fields.get("value")
    over = d.kind == "percent" and value is not None and value > 100
    return (
        len(named) > 1
        and fold(named[0]) in words("indicators/change_words.txt")
        and "до" not in lead
        and not over
    )


DEGREE_WORDS = 2  # adjectives of degree before a subject's noun: "самый высокий рост зарплаты"


def _past_degree(named: list[str]) -> list[str]:
    """A subject's words from its noun on, past the adjectives that rank it ("наибольший рост",
    "самый высокий рост зарплаты"), so that its head is read."""
    k = 0
    while k < min(DEGREE_WORDS, len(named) - 1) and all(p.tag.POS == "ADJF" for p in parses(named[k])[:1]):
        k += 1
    return named[k:]


def _growth_to(subject: str | None) -> bool:
    """A subject "рост X" of an X that is no rate or share: the percentage "до" it is the rate of growth."""
    named = [word_lemmas(fold(w)) for w in (subject or "").split()]
    return (
        len(named) > 1
        and bool(named[0] & {"рост", "прирост"})
        and not any(rate_words() & w for w in named[1:])
    )


def _qualifies(doc: Doc, i: int) -> bool:
    """A participle or adjective of change says what a noun is ("выросший спрос", "увеличенный бюджет"),
    not that the figure is a change."""
    return doc.pos(i) in ("PRTF", "ADJF")


def _located(doc: Doc, d: Draft) -> bool:
    """A count in the prepositional case after "на" says where: "выросла на 11 месторождениях"."""
    readings = doc.readings(d.end - 1)
    return doc.word(d.start - 1) == "на" and bool(readings) and all(p.tag.case == "loct" for p in readings)


def _compares(doc: Doc, i: int, figure: int) -> bool:
    """A verb or noun of change, or a verb that compares ("превышает") after "на" and the figure, or a
    comparative of cost with that "на": "дороже на 5,9% стали услуги"."""
    w = doc.word(i)
    return moves(doc, i, figure) or (
        doc.same_sentence(i, figure) and (qualifying_class(w) == "gt" or w in comparatives())
    )
