"""The sentences that say what a document is about (its headline and lead) and the place they name."""

from __future__ import annotations

import re

from ..places.elided import ITEM_MARKS
from ..places.gazetteer import entry_named
from ..text.doc import Doc
from ..text.page import is_date_line
from ..text.tokens import DASHES
from ..vocab import month_names
from .layout import Layout
from .places import Mention
from .salience import Salience

YEAR = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,/-])")


def _formal(name: str, framing: list[Mention]) -> str:
    """The opening's own formal name for a place first called by a nickname ("На Кубани …" over
    "в Краснодарском крае …"); a short form of the formal name stays ("Башкортостан")."""
    entry = entry_named(name)
    nickname = entry is not None and name not in entry.main
    if entry and nickname and any(m.name == entry.main for m in framing):
        return entry.main
    return name


def opening_sentences(doc: Doc, layout: Layout) -> set[int]:
    """The sentences that say what a document is about: its headline and its first sentence. A
    dateline ("ПЕТРОПАВЛОВСК.") or a date line is passed over."""
    opening: set[int] = set()
    dateline = False  # the sentence before was a dateline: the body starts on its line
    last = OPENING_LINES  # the lines looked at, a teaser's own sentences added
    for k in range(len(doc.sentences)):
        if k >= last:
            break
        if k and layout.paragraph[k] == layout.paragraph[k - 1] and not dateline:
            continue  # only the first sentence of each line
        words = [w for w in doc.sentence_words(k) if w.isalpha()]
        start, end = doc.sentences[k]
        dated = is_date_line(doc.text[start:end])  # "Воронеж, 19 декабря 2024 года."
        dateline = (len(words) <= 2 and not _short_headline(doc, k)) or _is_dateline(doc, k, words) or dated
        if dateline:
            continue  # a dateline, a date, a byline
        opening.add(k)
        alone = k + 1 >= len(doc.sentences) or layout.paragraph[k + 1] != layout.paragraph[k]
        if not alone or doc.text[doc.sentences[k][1] - 1] in ".!?":
            if not _teaser(doc, layout, k):
                break  # the first sentence of the body
            last += sum(layout.paragraph[j] == layout.paragraph[k] for j in range(k, len(doc.sentences)))
    return opening


def _teaser(doc: Doc, layout: Layout, k: int) -> bool:
    """Sentence k opens a line that the next line begins with again: a headline cut short ("Аграрии
    собрали миллион тонн. Поздравляю всех" over the lead that goes on), not the body."""
    line = [j for j in range(k, len(doc.sentences)) if layout.paragraph[j] == layout.paragraph[k]]
    if line[-1] + 1 >= len(doc.sentences):
        return False
    text = doc.text[doc.sentences[k][0] : doc.sentences[line[-1]][1]].strip()
    nxt = doc.sentences[line[-1] + 1][0]
    return len(text) > TEASER and doc.text[nxt : nxt + len(text)] == text


TEASER = 20  # characters a repeated headline must have, more than a rubric's word or two
OPENING_LINES = 6  # how many sentences from the top a headline and a lead may start within


def _is_dateline(doc: Doc, k: int, words: list[str]) -> bool:
    """ "КЕМЕРОВО, 20 января, ФедералПресс.", "АСТАНА, 14 декабря — Kazinform.": a town in capitals,
    then a day within the next tokens, and little else."""
    first = doc.sentence_tokens(k).start
    town = doc.tokens.raw(first)
    day = any(doc.word(i).isdigit() for i in range(first + 1, first + 4) if doc.same_sentence(first, i))
    return len(words) <= 4 and len(town) > 2 and town.isupper() and day


def _town_over_date(doc: Doc, k: int, words: list[str]) -> bool:
    """ "Талдыкорган. 17 февраля. Kazakhstan Today - …": a capitalised name of a word or two alone,
    then a sentence that opens with the day of a date: the town a dateline's news was filed in."""
    if not words or len(words) > 2 or k + 1 >= len(doc.sentences):
        return False
    first, day = doc.sentence_tokens(k).start, doc.sentence_tokens(k + 1).start
    if not doc.is_capitalised(first) or not doc.word(day).isdigit():
        return False  # "РЕСПУБЛИКИ ТАТАРСТАН / до 2030 года": a title's lines, no dateline
    start, end = doc.sentences[k + 1]
    return doc.word(day + 1) in month_names("gent") or is_date_line(doc.text[start:end])


DATELINE_TOKENS = 10  # how far into the lead's sentence the dash after its dateline may stand


def past_dateline(doc: Doc, k: int) -> int:
    """Where sentence k starts saying something of a place: past a dateline that opens it, past its
    end when it is a dateline alone ("МОСКВА, 28 октября. /ТАСС/." under a subheading, however far
    down it stands), else at its first token. A dateline's town is where the news was filed."""
    tokens = doc.sentence_tokens(k)
    if not _town_named(doc, tokens.start):
        return tokens.start  # "РЕСПУБЛИКИ ТАТАРСТАН до 2030 года", "МАОУ гимназия № 2 г. Асино": no town
    words = [w for w in doc.sentence_words(k) if w.isalpha()]
    if _is_dateline(doc, k, words) or _town_over_date(doc, k, words):
        return tokens.stop
    return dateline_end(doc, k) or tokens.start


def _town_named(doc: Doc, i: int) -> bool:
    """A town of the gazetteer written at token i, in the nominative a dateline writes it in ("МОСКВА",
    "Талдыкорган", "НИЖНИЙ НОВГОРОД")."""
    first = doc.tokens.raw(i)
    names = (first, f"{first} {doc.tokens.raw(i + 1)}" if i + 1 < doc.size else first)
    entries = [entry_named(name.title()) for name in names]
    return any(e is not None and e.type in TOWNS for e in entries)


TOWNS = frozenset({"city", "settlement"})  # what a dateline names: where the news was filed


def lead_starts(doc: Doc, opening: set[int]) -> dict[int, int]:
    """Where each headline or lead sentence starts saying what the article is about: past a dateline
    that opens it, else at its first token. Both frames read the lead from there."""
    return {k: dateline_end(doc, k) or doc.sentence_tokens(k).start for k in opening}


def dateline_end(doc: Doc, k: int) -> int | None:
    """ "ПАВЛОДАР, 28.02.2025 — В Павлодарской области …", "18 января 2025 г. – По итогам …",
    "НОВОСИБИРСК, 20 марта 2024 г. Губернатор …": a dateline opening the lead's own sentence, up to
    its dash or full stop; the token where the lead begins. Its
    town says where the news was filed and its date when: neither is what the lead is about."""
    first = doc.sentence_tokens(k).start
    for i in range(first + 1, first + DATELINE_TOKENS):
        if not doc.same_sentence(first, i):
            return None
        stop = (
            doc.words[i] == "." and i + 1 < doc.size and doc.is_capitalised(i + 1)
        )  # "… 2024 г. Губернатор"
        dash = doc.words[i] in DASHES and not doc.tokens.joined(i)  # not the hyphen of "4-место"
        if dash or stop:
            prefix = doc.text[doc.tokens.starts[first] : doc.tokens.starts[i]]
            town = doc.tokens.raw(first)
            filed = len(town) > 2 and town.isupper() and any(c.isdigit() for c in prefix)
            return i + 1 if filed or is_date_line(prefix) else None
    return None


def _short_headline(doc: Doc, k: int) -> bool:
    """ "Минсельхоз: уборочная-2023", "Экибастуз-2024": a headline of a word or two that names a
    year, which a date line ("12 марта, 2019 09:40", "date 2024-06-30") does only beside a date."""
    start, end = doc.sentences[k]
    line = doc.text[start:end]
    worded = any(c.isalpha() for c in line)  # not a bare number ("2003" views under a headline)
    return worded and YEAR.search(line) is not None and not is_date_line(line)


def main_place(
    doc: Doc,
    leads: dict[int, int],
    mentions: list[Mention],
    salience: Salience,
    lead_paragraph: set[int],
    first_figure: int,
) -> str | None:
    """The document's place: the first named in its headline or first sentence (the `opening`
    sentences, each from where `leads` says it starts), or, failing those, the town of a date line
    above them, or the place that contains every place the text names, if the text names it too (a
    place named alone, again and again, only when first named by the sentence of the first figure,
    `first_figure`), or the place of the body that opens the text and reports (its akimat, its
    office), in the lead or the rest of its paragraph."""
    framing = [m for m in mentions if doc.sentence_of[m.start] in leads and not m.body and m.locates]
    # a dateline's town says where the news was filed: the lead's own place wins
    framing = [m for m in framing if m.start >= leads[doc.sentence_of[m.start]]] or framing
    items = [m for m in framing if doc.word(m.end) in ITEM_MARKS]
    if len({m.name for m in items}) > 1:  # "откроют в Алматинской области — 12 школ, в Туркестанской — 9"
        framing = [m for m in framing if doc.sentence_of[m.start] != doc.sentence_of[items[0].start]]
    found = _first_named(doc, framing, salience)
    if found is None and _restated(doc, leads):  # a lead that restates its headline: the rest of its line
        rest = _rest_of_lead(doc, max(leads))
        placed = [m for m in mentions if doc.sentence_of[m.start] in rest and m.locates]
        found = _first_named(doc, placed, salience)
    below = _line_below(doc, max(leads)) if found is None and leads else None
    if below is not None:  # "На 11 проектов выделили 5,5 млрд тенге." over "Для сел ЗКО выделили …"
        placed = [m for m in mentions if doc.sentence_of[m.start] == below and m.locates and not m.body]
        found = _first_named(doc, placed, salience)
    if found is not None:
        return found
    lead = min(leads, default=0)  # a date line's town above the headline ("Тольятти, 10 января 2024 г.")
    above = [m for m in mentions if doc.sentence_of[m.start] < lead and m.single and not m.anaphor]
    if above:
        return above[0].name
    singles = [m for m in mentions if m.single and not m.anaphor and m.locates]
    if len(singles) > 1:
        found = salience.common_parent(singles, itself=True)
        # one town named again and again only after the figures ("… связь – 104%. … В Семее расширяется
        # промзона … промзоны Семея") frames no figure before it; the country that holds the regions
        # listed after a national figure does
        late = doc.sentence_of[singles[0].start] > first_figure
        return None if late and {m.name for m in singles} == {found} else found
    # "Управление … Костанайской области сообщает, что …"; a body or the country named in the sentences of
    # the lead's paragraph before any figure: "… Об этом сообщил Премьер-Министр РК."
    bodies = [m for m in mentions if doc.sentence_of[m.start] in leads and m.body and m.single]
    bodies = bodies or [
        m
        for m in mentions
        if doc.sentence_of[m.start] in lead_paragraph and m.single and (m.body or m.type == "country")
    ]
    return bodies[0].name if bodies else None


def _first_named(doc: Doc, framing: list[Mention], salience: Salience) -> str | None:
    for i, m in enumerate(framing):
        after = framing[i + 1 : i + 2]
        if m.anaphor and after and after[0].anaphor == "" and doc.words[m.end : after[0].start] == ["и"]:
            continue  # "безопасность страны и Саратовской области": the place named beside the word
        name = m.name if m.single else salience.resolve(m)
        if name:
            return _formal(name, framing)
    return None


def _line_below(doc: Doc, k: int) -> int | None:
    """The sentence opening the line below sentence k, when k ends its line and that sentence repeats
    a number of k's other than a year: a headline closed by a full stop ("На 11 проектов выделили 5,5
    млрд тенге.") over the lead that tells its news again ("Для сел ЗКО выделили 5,5 млрд тенге …"),
    where the reader finds the place the headline's figures are about."""
    if k + 1 >= len(doc.sentences) or not doc.breaks_line(k + 1):
        return None
    numbers = {w for w in doc.sentence_words(k) if w[:1].isdigit() and not YEAR.fullmatch(w)}  # not "2024"
    return k + 1 if numbers & set(doc.sentence_words(k + 1)) else None


def _restated(doc: Doc, leads: dict[int, int]) -> bool:
    """The lead's first sentence repeats the headline word for word: the lead's news goes on after it."""
    said = [doc.text[slice(*doc.sentences[k])].strip() for k in sorted(leads)]
    return len(said) > 1 and said[-1] in said[:-1]


def _rest_of_lead(doc: Doc, k: int) -> set[int]:
    """The sentences after sentence k on its line."""
    rest: set[int] = set()
    while k + 1 < len(doc.sentences) and not doc.breaks_line(k + 1):
        k += 1
        rest.add(k)
    return rest
