"""Places named inside the name of a route: "трасса Алматы — Ташкент", "газопровода «Бейнеу — Бозой —
Шымкент»", "рейс Москва – Сочи". The towns a road, pipeline, line or train joins name the route; the
text is not about them. A route's name is two or more capitalised names joined by dashes after a
route noun (data/places/route_words.txt), with its adjectives and quotes between."""

from __future__ import annotations

from ..text.doc import Doc
from ..text.tokens import CLOSING_QUOTES, DASHES, OPENING_QUOTES
from ..vocab import word_forms

QUOTES = OPENING_QUOTES | CLOSING_QUOTES
MAX_BETWEEN = 3  # words between the noun and the names: "автодороги республиканского значения"


def _name_run(doc: Doc, j: int, start: int) -> int:
    """The token after the capitalised words from j ("Усть-Каменогорск", "Нур-Султан")."""
    while (
        j < doc.size
        and doc.same_sentence(start, j)
        and doc.word(j).replace("-", "").isalpha()
        and doc.is_capitalised(j)
    ):
        j += 1
    return j


def _chain(doc: Doc, j: int, start: int) -> int:
    """The token after a chain of names joined by dashes starting at j, or j when there is none."""
    end, dashes = _name_run(doc, j, start), 0
    while end > j and doc.word(end) in DASHES:
        after = _name_run(doc, end + 1, start)
        if after == end + 1:
            break
        end, dashes = after, dashes + 1
    return end if dashes else j


def _describes(doc: Doc, j: int) -> bool:
    """A word that may stand between a route noun and its names: "республиканского значения"."""
    return doc.word(j).isalpha() and doc.pos(j) in ("ADJF", "NOUN")


def route_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of every route's name in the text."""
    nouns = word_forms("places/route_words.txt")
    found: set[int] = set()
    for k in doc.positions(nouns):
        j = k + 1
        while j < doc.size and j - k <= MAX_BETWEEN and doc.words[j] not in DASHES:
            if doc.words[j] not in QUOTES and (doc.is_capitalised(j) or not _describes(doc, j)):
                break
            j += 1
        end = _chain(doc, j, k)
        found.update(range(j, end))
    return frozenset(found)
