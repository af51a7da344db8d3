"""What the words around a place mention say of it: named outright or pointing back, an item of a
list written as prose, the answer to a ranking, some or particular places of a kind, tied to a figure
by a dash, the whole a share is of; and what the opening of a figure's clause says. The place reader
(where.py) asks these of the mentions places.py finds."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import repeat

from ..places.elided import ITEM_MARKS
from ..text.doc import Doc
from ..text.morph import fold
from ..text.page import is_date_line
from ..text.phrases import is_genitive, plural_genitive
from ..text.tokens import DASHES
from ..vocab import stems, word_forms, words
from .places import Mention
from .salience import containers

WHOLE_WORDS = 3  # genitive words between a share and the place it is of ("6% всего урожая России")
BARE_TOKENS = 4  # how long the start of a clause with nothing but a figure may be (", до")
WORKS_REACH = 5  # how far before a place its works' noun may stand ("комбината по переработке зерна в")
OPENING_WORDS = 4  # how far into a clause its relative pronoun may stand


RUBRIC_WORDS = (
    8  # words of a date line with a rubric after it ("23 сентября 2022 г. 21:23 / Новости Казахстана")
)
RUBRIC_CHARS = 200  # characters of such a line on either side of the place


def rubric(doc: Doc, m: Mention) -> bool:
    """The place names a site's rubric on a short line after its date ("… 21:23 / Новости Казахстана"):
    where the site files the news, not what it is about."""
    at = doc.tokens.starts[m.start]
    begin = doc.text.rfind("\n", max(at - RUBRIC_CHARS, 0), at) + 1
    if begin == 0 and at > RUBRIC_CHARS:
        return False  # a long line is no date line: read no further (a text of one line stays linear)
    end = doc.text.find("\n", at, at + RUBRIC_CHARS)
    line = doc.text[begin : end if end >= 0 else at + RUBRIC_CHARS]
    return len(line.split()) <= RUBRIC_WORDS and is_date_line(doc.text[begin:at])


def is_named(m: Mention) -> bool:
    """A place named outright, not a word pointing back, several places, or a body's name."""
    return m.single and not m.anaphor and not m.body


def distance(m: Mention, start: int, end: int) -> int:
    return start - m.end if m.end <= start else m.start - end + 1


def nearest(mentions: list[Mention], start: int) -> Mention:
    """The mention nearest to the figure; one before it wins a tie."""
    return min(mentions, key=lambda m: abs(m.end - start) if m.end <= start else m.start - start + 1)


def dashed(doc: Doc, m: Mention, start: int, end: int) -> bool:
    """A dash joins the place and the figure: "45 школ — в Алматинской", "в Аксу — 12%"."""
    after = end <= m.start and doc.word(end) in DASHES and m.start - end <= 2
    return after or (m.end <= start and doc.word(m.end) in DASHES and start - m.end <= 2)


def some_of_kind(doc: Doc, m: Mention) -> bool:
    """ "в северных регионах", "в приграничных районах": some places of the kind, not all."""
    return doc.word(m.start - 1) in word_forms("context/part_adjectives.txt")


def demonstrated(doc: Doc, m: Mention) -> bool:
    """ "эти регионы", "в данных районах": particular places named before, not all of a kind."""
    return any(doc.word(k) in words("context/demonstratives.txt") for k in (m.start - 1, m.start - 2))


def ranked(doc: Doc, k: int, m: Mention) -> bool:
    """The place is the answer to a ranking stated before it in sentence k ("Больше всего строят в
    Алатауском районе", "Лидером стала Астана", "треть продаж пришлась на Алматы") or by a verb right
    after it ("Астана лидирует по …"); "В Караганде больше всего …" still moves the reader there."""
    said = _ranking_said(doc.lower, *doc.sentences[k]) <= doc.tokens.starts[m.start]
    after = doc.word(m.end) if doc.same_sentence(m.start, m.end) else ""  # "Астана лидирует по …"
    return said or after.startswith(stems("context/ranking_verbs.txt"))


@lru_cache(maxsize=64)
def _ranking_said(lower: str, start: int, end: int) -> int:
    """Where the first ranking phrase of the sentence [start, end) ends (past the text when none
    does): once per sentence, however many places it names."""
    phrases = words("context/ranking_words.txt")
    ends = [at + len(p) for p in phrases if (at := lower.find(p, start, end)) >= 0]
    return min(ends, default=len(lower) + 1)


def ranking_scope(doc: Doc, m: Mention, clause: int) -> bool:
    """The place names the field a ranking is made in, not where the figure is: "среди регионов ПФО",
    "среди стран СНГ" (not "среди спортсменов Татарстана"), "один из крупнейших в стране", or "по"
    after a ranking word of its clause
    ("самый высокий рост зарплаты по Казахстану — 9,4%" in an article about one region)."""
    if (
        doc.word(m.start - 1) in ("в", "во")
        and m.start > clause
        and _one_of(doc, max(clause, m.start - ONE_OF_REACH), m)
    ):
        return True  # "Заиграевский район — один из самых крупных в Бурятии"
    if doc.word(m.start - 2) == "среди" and m.start - 2 >= clause:
        noun = doc.readings(m.start - 1)[:1]
        return bool(noun) and fold(noun[0].normal_form) in words("context/scope_nouns.txt")
    if doc.word(m.start - 1) != "по" or m.start <= clause:
        return False
    said = doc.lower[doc.tokens.starts[clause] : doc.tokens.starts[m.start]]
    return any(phrase in said for phrase in words("context/ranking_words.txt"))


ONE_OF_REACH = 6  # tokens before "в <place>" that "один из самых крупных" may stand within


def _one_of(doc: Doc, start: int, m: Mention) -> bool:
    """ "один из (самых) крупных в …", "одна из лучших в …": the place is the field of a comparison."""
    said = doc.lower[doc.tokens.starts[start] : doc.tokens.starts[m.start]]
    return any(phrase in said for phrase in words("context/one_of_words.txt"))


def list_item(doc: Doc, m: Mention) -> bool:
    """A place followed by a dash, a colon or a bracket, or a place a dash gives as the answer
    ("Больше всего посевов — в Костанайской области, 5,8 млн"): an item of a list written as prose."""
    if doc.word(m.end) in ITEM_MARKS or doc.word(m.end + 1) in ITEM_MARKS:
        return True
    answer = doc.word(m.start - 1) in DASHES
    return answer or (doc.word(m.start - 2) in DASHES and doc.word(m.start - 1).isalpha())


def nested(names: set[str]) -> bool:
    """Whether one of the places contains all the others: "в Экибастузе Павлодарской области"."""
    return any(all(n == outer or outer in containers(n) for n in names) for outer in names)


def share_whole(doc: Doc, m: Mention, end: int) -> bool:
    """The country a share is of, written after it in the genitive ("6% всего урожая России", "30%
    производства страны"): the part is the place carried. A region's whole ("10% хозяйств области")
    is the share's place."""
    between = range(end, m.start)
    country = m.type == "country" or m.anaphor in ("country", "republic")
    if not 0 < len(between) <= WHOLE_WORDS or m.members or not country:
        return False
    return all(doc.words[k].isalpha() and _genitive(doc, k) for k in (*between, m.start))


def _genitive(doc: Doc, k: int) -> bool:
    """The word reads as a genitive: one of its likeliest readings, or its plural genitive, which an
    animate noun shares with the accusative it reads first as ("15% верблюдов страны")."""
    return any(p.tag.case == "gent" for p in doc.readings(k)[:2]) or plural_genitive(doc.words[k]) is not None


def bare_clause(doc: Doc, clause: int, start: int, end: int) -> bool:
    """A clause that holds nothing but the figure and a preposition: ", до 8,2 млн т"."""
    if start - clause > BARE_TOKENS:
        return False
    before = [w for w in doc.words[clause:start] if w.isalpha()]
    after = doc.word(end)
    return len(before) <= 1 and (not after.isalpha() or not doc.same_sentence(end - 1, end))


def worldwide(doc: Doc, clause: int, start: int) -> bool:
    """The figure's clause speaks of the world before it ("На мировом рынке цены снизились на 20%");
    read from the text's index of world words, since a clause may be a whole long text."""
    at = doc.positions(word_forms("context/world_words.txt"))
    k = bisect_left(at, clause)
    return k < len(at) and at[k] < start


def side_of_country(doc: Doc, m: Mention) -> bool:
    """ "на юге Казахстана", "на севере страны": a part of the country named by its side."""
    country = m.type == "country" or m.anaphor == "country"
    return country and doc.word(m.start - 1) in word_forms("context/compass_nouns.txt")


def works_at(doc: Doc, m: Mention) -> bool:
    """The place of works named just before it: "завода в Экибастузе", "комбината по переработке
    зерна в Кокшетау"."""
    if doc.word(m.start - 1) not in ("в", "во", "на"):
        return False
    works = word_forms("context/works_nouns.txt")
    return any(doc.words[k] in works for k in range(max(m.start - WORKS_REACH, 0), m.start - 1))


def _clause_opening(clause: int, start: int) -> range:
    """The first few tokens of the figure's clause, before the figure: where "в которых", "где",
    "каждый из которых" stand."""
    return range(clause, min(clause + OPENING_WORDS, start))


def spent_on_previous(doc: Doc, clause: int, start: int) -> bool:
    """The clause says before the figure that it is spent on what was just described: "На эти цели
    предусмотрено 270 млн", "Для этого выделят …"."""
    said = " ".join(doc.words[clause:start])  # the words are lower-cased
    return any(f" {phrase} " in f" {said} " for phrase in words("context/purpose_back.txt"))


def distributive(doc: Doc, clause: int, start: int) -> bool:
    distributive = words("context/distributive_words.txt")
    return any(doc.words[k] in distributive for k in _clause_opening(clause, start))


def points_to_previous(doc: Doc, clause: int, start: int) -> bool:
    """The clause opens with a relative pronoun ("в которых", "где") or follows a colon: it speaks
    of what the clause before it named."""
    if doc.words[clause] == ":" or doc.word(clause - 1) == ":":
        return True
    relatives, forms = words("context/relative_pronouns.txt"), word_forms("context/relative_pronouns.txt")
    return any(
        doc.words[k] in forms and fold(doc.lemma(k)) in relatives for k in _clause_opening(clause, start)
    )


def totals(doc: Doc, k: int) -> bool:
    """Sentence k opens with a total ("Всего на ремонт направлено …", "В целом по …")."""
    return any(w in words("context/total_words.txt") for w in doc.opening_words(k, 2))


def whole(doc: Doc, m: Mention) -> bool:
    """ "В целом по Казахстану", "По Самарской области в целом", "всего по краю": a total over the
    place named."""
    if doc.word(m.start - 1) != "по":
        return False
    total = words("context/whole_words.txt")
    return doc.word(m.start - 2) in total or doc.word(m.end + 1) in total


def abroad(doc: Doc, m: Mention, k: int, main: str | None) -> bool:
    """A foreign country in a sentence about trade ("Китай занимает второе место среди торговых
    партнеров страны"): a partner of the article's place, which the reader does not move to."""
    home = [main, *containers(main)] if main else []
    if m.type != "country" or m.name in home or not home:
        return False
    return any(map(str.startswith, doc.sentence_words(k), repeat(stems("context/trade_words.txt"))))


def respective(mentions: list[Mention], figures: list[tuple[int, int]], start: int) -> Mention | None:
    """The place the last list before a figure gives it by order ("в Костанайской и Акмолинской
    областях … 5,1 и 4,3 млн тонн соответственно"), when as many figures follow the list as it has
    places; `figures` are the sentence's figures as (start, end)."""
    lists = [m for m in mentions if len(m.members) > 1 and m.end <= start]
    if not lists:
        return None
    after = [s for s, _ in figures if s >= lists[-1].end]
    members = lists[-1].members
    return members[after.index(start)] if len(after) == len(members) and start in after else None


def share_owner(doc: Doc, m: Mention) -> bool:
    """A place right after "доля" or "вклад", or after the genitive noun of those it is the place of
    ("Доля Тараза в турпотоке Казахстана", "доля региона в стране", "Вклад фермеров области в общий
    объем"): the place the share is of; a place after it in its clause is the whole, no place of the
    figure."""
    nouns = word_forms("context/share_nouns.txt")
    before = doc.word(m.start - 1)
    return before in nouns or (doc.word(m.start - 2) in nouns and before.isalpha() and is_genitive(before))
