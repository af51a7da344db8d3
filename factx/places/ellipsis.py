"""Places that share one generic noun: "в Костанайской, Актюбинской и Мангистауской областях",
"в Амурской (+368%), Мурманской (+349%) и Магаданской (+306%) областях", "Бокейординского,
Сырымского, Теректинского районов". Each adjective is a place of its own; the last one's span takes
the noun when the noun follows it directly."""

from __future__ import annotations

from ..draft import Draft
from ..text.doc import Doc
from ..text.morph import inflect
from .candidates import ADJECTIVE_PLACE
from .gazetteer import Entry, entry_named, generic_words

JOINERS = frozenset({",", "и", "а", "также"})
MAX_CHAIN = 12


def _adjective_at(doc: Doc, i: int) -> bool:
    return (
        0 <= i < len(doc.tokens)
        and doc.is_capitalised(i)
        and ADJECTIVE_PLACE.match(doc.words[i]) is not None
        and any(p.tag.POS == "ADJF" for p in doc.readings(i))
    )


def _after_brackets(doc: Doc, j: int) -> int:
    """The token after a bracketed stretch starting at j ("(+368%)"), or j itself."""
    if doc.word(j) != "(":
        return j
    k = j + 1
    while k < len(doc.tokens) and doc.same_sentence(j, k) and doc.words[k] != ")" and k - j < 20:
        k += 1
    return k + 1 if doc.word(k) == ")" else j


def _plural_generic(doc: Doc, j: int) -> tuple[str, str, str] | None:
    """A plural generic noun at j ("областях", "районов"): its lemma, place type and gender."""
    for p in doc.readings(j):
        place_type = generic_words("part").get(p.normal_form)
        if p.tag.POS == "NOUN" and place_type and p.tag.number == "plur":
            return (
                p.normal_form,
                place_type,
                p.inflect({"sing"}).tag.gender if p.inflect({"sing"}) else "femn",
            )
    return None


def elliptical_places(doc: Doc) -> list[Draft]:
    """Every chain of place adjectives that ends in one plural generic noun, as place drafts, in one
    pass over the tokens."""
    drafts: list[Draft] = []
    run: list[int] = []  # the adjectives of the chain being read
    j = 0
    while j < len(doc.tokens):
        if _adjective_at(doc, j):
            run = [*(run if run and doc.same_sentence(run[-1], j) else []), j][-MAX_CHAIN:]
            j = _after_brackets(doc, j + 1)
            continue
        if run:
            generic = _plural_generic(doc, j) if doc.same_sentence(run[-1], j) else None
            if generic is not None and len(run) > 1:
                drafts.extend(_drafts(doc, run, j, generic))
            elif doc.words[j] in JOINERS:
                j += 1
                continue
            run = []
        j += 1
    return drafts


def _drafts(doc: Doc, adjectives: list[int], noun_at: int, generic: tuple[str, str, str]) -> list[Draft]:
    """A place draft for each adjective of a chain; the last takes the noun when it follows directly."""
    lemma, place_type, gender = generic
    drafts = []
    for k in adjectives:
        reading = next(p for p in doc.readings(k) if p.tag.POS == "ADJF")
        name = f"{inflect(reading, 'nomn', 'sing', gender).capitalize()} {lemma}"
        entry = entry_named(name) or Entry(name, place_type, None)
        end = noun_at + 1 if k == adjectives[-1] and noun_at == k + 1 else k + 1
        fields = {"name": entry.name, "type": entry.type, "canonical": entry.canonical}
        drafts.append(Draft("place", k, end, fields, "place.elliptical_list"))
    return drafts
