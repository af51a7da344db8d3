"""The scene around a figure that settles what it measures: a part of the figure before, the whole a
share is of, a sentence's opening word. What its clause tells of money, building, extent and prices
is read by scene_funding, scene_building, scene_extent and scene_prices. Each reads the Doc's tokens
near the figure, never the whole document."""

from __future__ import annotations

from ..draft import Draft
from ..text.doc import Doc
from ..vocab import words
from .layout import Layout
from .lemmas import token_lemmas

WINDOW = 40  # tokens around a figure whose cues and words of standing or distance count
PARTITIVES = frozenset({"них", "которых", "которого", "которой", "этой", "этого", "этих", "общего", "общей"})
PARTS = frozenset({"percent", "share"})  # kinds that may be a part of a whole
SHARE_WORDS = frozenset({"доля", "вес"})  # "доля машиностроения в экспорте", "удельный вес"
WHOLE_REACH = 12  # tokens before a figure where "доля … в" may stand
OF_REACH = 4  # tokens between "доля" and the "в" of its whole
WHOLE_AFTER = 3  # tokens after a share where the whole it is of may stand: "две трети бюджета"


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
    first = max(doc.sentence_tokens(doc.sentence_of[d.start]).start, d.start - WHOLE_REACH)
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
    opening = doc.sentence_tokens(doc.sentence_of[d.start]).start
    for i in range(opening + 1, d.start):
        if doc.word(i - 1) in ("в", "во") and "структура" in token_lemmas(doc, i):
            head = group_end(doc, i + 1) - 1
            return head if head < d.start else None
    return None


def opens_sentence(doc: Doc, d: Draft, lemmas: frozenset[str]) -> bool:
    """The figure's sentence opens with the word: a possessive there is of what the sentence before
    spoke of, not of a noun of its own ("…, а их пропускную способность увеличат")."""
    return bool(token_lemmas(doc, doc.sentence_tokens(doc.sentence_of[d.start]).start) & lemmas)


def nominative_noun(doc: Doc, i: int) -> bool:
    return doc.pos(i) == "NOUN" and doc.case(i) == "nomn"


def group_end(doc: Doc, i: int) -> int:
    """Where the noun group that begins at i ends: its adjectives, then its noun ("обрабатывающую
    промышленность")."""
    while i < doc.size and doc.pos(i) in ("ADJF", "PRTF"):
        i += 1
    return i + 1


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
