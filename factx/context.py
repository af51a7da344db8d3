"""Context of a numeric fact: what it measures (subject), where (place) and when (period)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache

from pymorphy3.analyzer import Parse

from .doc import Doc, Draft
from .gazetteer import gazetteer
from .morph import inflect, parses
from .vocab import words

SUBJECT_WINDOW = 14  # tokens searched before a fact for its grammatical subject
PROPER = ("Geox", "Name", "Surn", "Patr", "Orgn", "Abbr")
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})
YEAR = r"(?:1[89]\d\d|20\d\d)"
RELATIVE_YEARS = {"текущ": 0, "этом": 0, "нынешн": 0, "прошл": -1, "минувш": -1, "следующ": 1, "будущ": 1}
COMPARISON_BASE = re.compile(r"(?:чем|сравнению с|против|относительно)\s+(?:в\s+|с\s+)?$")
PERIOD = re.compile(
    rf"\b[сc]\s+(?P<from>{YEAR})\s+(?:по|до)\s+(?P<to>{YEAR})\b"
    rf"|\b(?P<first>{YEAR})\s*-\s*(?P<last>{YEAR})\b"
    rf"|\b(?P<year>{YEAR})\s*(?:год|гг?\b|г\.)"
    rf"|\b(?P<relative>{'|'.join(RELATIVE_YEARS)})[^\W\d_]*\s+год"
)


@lru_cache(maxsize=100_000)
def _noun(word: str) -> Parse | None:
    if len(word) < 2 or any(p.tag.POS in FUNCTION_POS or "Apro" in p.tag for p in parses(word)):
        return None
    for p in parses(word):
        if p.tag.POS == "NOUN" and not any(t in p.tag for t in PROPER):
            return None if p.normal_form in words("time_units.txt") else p  # "за год" is a period
    return None


@lru_cache(maxsize=100_000)
def _is_adjective(word: str) -> bool:
    return len(word) > 1 and any(p.tag.POS in ("ADJF", "PRTF") and "Apro" not in p.tag for p in parses(word))


@lru_cache(maxsize=100_000)
def _is_preposition(word: str) -> bool:
    return any(p.tag.POS == "PREP" for p in parses(word))


def _governed(doc: Doc, i: int) -> bool:
    """A noun after a preposition (adjectives may stand between) is not a subject."""
    j = i - 1
    while (
        j >= 0
        and doc.same_sentence(j, i)
        and doc.words[j].isalpha()
        and _is_adjective(doc.words[j])
        and _noun(doc.words[j]) is None
    ):
        j -= 1
    return j >= 0 and doc.same_sentence(j, i) and _is_preposition(doc.words[j])


def _phrase(doc: Doc, head: int, end: int, limit: int = 0) -> str:
    """The noun phrase from its adjectives (none before `limit`) through `end`, its head as a
    nominative singular lemma."""
    noun = _noun(doc.words[head])
    assert noun is not None
    first = head
    while (
        first > limit
        and doc.same_sentence(first - 1, head)
        and doc.words[first - 1].isalpha()
        and _is_adjective(doc.words[first - 1])
        and _noun(doc.words[first - 1]) is None
    ):
        first -= 1
    grammemes = {"nomn", "sing", noun.tag.gender or "masc"}
    adjectives = []
    for k in range(first, head):
        p = next(p for p in parses(doc.words[k]) if p.tag.POS in ("ADJF", "PRTF"))
        adjectives.append(inflect(p, *grammemes))
    rest = [doc.tokens.raw(k) if _is_abbreviation(doc, k) else doc.words[k] for k in range(head + 1, end)]
    return " ".join([*adjectives, noun.normal_form, *rest]).replace("ё", "е")


def _genitive_after(doc: Doc, i: int) -> str | None:
    """ "76 млрд тенге инвестиций" → "инвестиция"; "трети населения региона" → "население региона"."""
    return _phrase_after(doc, i, i)


def _counted_after(doc: Doc, i: int) -> str | None:
    """ "каждый пятый житель области" → "житель области": a noun in any case, then its genitives."""
    w = doc.word(i)
    if not w.isalpha() or doc.is_capitalised(i) or _noun(w) is None or not doc.same_sentence(i - 1, i):
        return None
    return _phrase_after(doc, i, i + 1)


def _phrase_after(doc: Doc, i: int, end: int) -> str | None:
    """The noun phrase from token i, extended from `end` over genitive nouns and adjectives."""
    while (
        end < len(doc.tokens)
        and doc.same_sentence(end, i)
        and doc.words[end].isalpha()
        and (_noun(doc.words[end]) or _is_adjective(doc.words[end]))
        and any("gent" in p.tag for p in parses(doc.words[end]))
        and not doc.is_capitalised(end)
    ):
        end += 1
    nouns = [k for k in range(i, end) if _noun(doc.words[k]) is not None]
    heads = [k for k in nouns if not _is_adjective(doc.words[k])] or nouns  # "малого предприятия"
    return _phrase(doc, heads[0], end, limit=i) if heads else None


def _is_abbreviation(doc: Doc, j: int) -> bool:
    """ "ВВП", "МСБ": an all-capital word that is no place name can be what a number measures."""
    raw = doc.tokens.raw(j)
    return len(raw) > 1 and raw.isalpha() and raw.isupper() and (raw,) not in gazetteer()


def _can_head(doc: Doc, j: int) -> bool:
    """A noun that can be the subject or the object of the clause (nominative or accusative)."""
    w = doc.words[j]
    sentence_start = j == doc.token_at(doc.sentences[doc.sentence_of[j]][0])
    if not (w.isalpha() and (sentence_start or not doc.is_capitalised(j))) or _noun(w) is None:
        return False
    return any(p.tag.case in ("nomn", "accs") for p in parses(w) if p.tag.POS == "NOUN")


def _head_of_chain(doc: Doc, head: int) -> int:
    """Walk left over genitive dependents to the noun they depend on: "объемы ... производства"."""
    while any("gent" in p.tag for p in parses(doc.words[head])):
        k = head - 1
        while (
            k >= 0
            and doc.same_sentence(k, head)
            and _is_adjective(doc.words[k])
            and _noun(doc.words[k]) is None
        ):
            k -= 1
        if k < 0 or not doc.same_sentence(k, head) or _noun(doc.words[k]) is None:
            break
        head = k
    return head


def _subject_before(doc: Doc, i: int, in_places: frozenset[int]) -> str | None:
    """The nearest noun before the fact that no preposition governs, with its genitive dependents;
    place names are skipped ("Доля МСБ в ВРП Жамбылской области составила 36%")."""
    for j in range(i - 1, max(i - SUBJECT_WINDOW, -1), -1):
        if not doc.same_sentence(j, i):
            return None
        if j in in_places:
            continue
        if _is_abbreviation(doc, j) and not _governed(doc, j):
            if j > 0 and doc.same_sentence(j - 1, j) and _noun(doc.words[j - 1]) is not None:
                continue  # "долю ВИЭ": the abbreviation depends on the noun before it
            return doc.tokens.raw(j)
        if not _can_head(doc, j) or _governed(doc, j):
            continue
        head = _head_of_chain(doc, j)
        if _governed(doc, head):
            continue
        end = head + 1
        while (
            end < i
            and (_noun(doc.words[end]) or _is_adjective(doc.words[end]) or _is_abbreviation(doc, end))
            and (_is_abbreviation(doc, end) or any("gent" in p.tag for p in parses(doc.words[end])))
        ):
            end += 1
        return _phrase(doc, head, end)
    return None


def subject_of(doc: Doc, d: Draft, in_places: frozenset[int]) -> str | None:
    """What the fact measures: a genitive after an amount ("76 млрд тенге инвестиций"), else the
    clause's subject or object before it (a quantity names its own: "2 тыс. рабочих мест")."""
    if d.kind == "share" and doc.words[d.start].startswith("кажд"):
        return _counted_after(doc, d.end)
    if d.kind in ("money", "share", "quantity"):
        found = _genitive_after(doc, d.end)
        if found or d.kind == "quantity":
            return found
    return _subject_before(doc, d.start, in_places)


def _periods(doc: Doc, sentence: int, doc_date: date | None) -> list[tuple[int, str]]:
    """The periods a sentence names, by offset: "2024", "2019–2024", "в текущем году" with a date."""
    s_start, s_end = doc.sentences[sentence]
    text = doc.lower[s_start:s_end]
    found: list[tuple[int, str]] = []
    for m in PERIOD.finditer(text):
        if COMPARISON_BASE.search(text, max(m.start() - 30, 0), m.start()):
            continue  # "в 1,4 раза больше, чем в 2020 году": the base of a comparison, not the period
        if m.group("from"):
            found.append((s_start + m.start(), f"{m.group('from')}–{m.group('to')}"))
        elif m.group("first"):
            found.append((s_start + m.start(), f"{m.group('first')}–{m.group('last')}"))
        elif m.group("year"):
            found.append((s_start + m.start(), m.group("year")))
        elif doc_date is not None:
            found.append((s_start + m.start(), str(doc_date.year + RELATIVE_YEARS[m.group("relative")])))
    return found


def _nearest(items: list[tuple[int, str]], offset: int) -> str | None:
    """The item whose offset is nearest to `offset` (items sorted by offset)."""
    if not items:
        return None
    k = bisect_left(items, (offset, ""))
    candidates = items[max(k - 1, 0) : k + 1]
    return min(candidates, key=lambda item: abs(item[0] - offset))[1]


def main_place(places: list[Draft], doc: Doc) -> str | None:
    """The article's main place: the most mentioned (a headline mention counts twice), as first written."""
    counts: Counter[str] = Counter()
    first_name: dict[str, str] = {}
    for p in places:
        key = p.fields.get("canonical") or p.fields["name"]
        counts[key] += 2 if doc.sentence_of[p.start] == 0 else 1
        first_name.setdefault(key, p.fields["name"])
    return first_name[counts.most_common(1)[0][0]] if counts else None


def attach_context(doc: Doc, drafts: list[Draft], places: list[Draft], doc_date: date | None) -> None:
    """Subject, place (nearest in the sentence, else the article's main place) and period of each fact."""
    fallback = main_place(places, doc)
    in_places = frozenset(k for p in places for k in range(p.start, p.end))
    places_by_sentence: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for p in places:
        places_by_sentence[doc.sentence_of[p.start]].append((p.start, str(p.fields["name"])))
    periods: dict[int, list[tuple[int, str]]] = {}
    for d in drafts:
        sentence = doc.sentence_of[d.start]
        if sentence not in periods:
            periods[sentence] = _periods(doc, sentence, doc_date)
        d.fields["subject"] = subject_of(doc, d, in_places)
        d.fields["place"] = _nearest(places_by_sentence.get(sentence, []), d.start) or fallback
        d.fields["period"] = _nearest(periods[sentence], doc.tokens.starts[d.start])
