"""What a figure's clause tells of extent: a distance, a site's land, the length or area of a thing
that is there, which no indicator counts. Each reads the Doc's tokens near the figure, never the
whole document."""

from __future__ import annotations

from ..draft import Draft
from ..text.doc import Doc
from ..text.tokens import DASHES
from ..vocab import words
from .cues import Cue
from .layout import Layout
from .lemmas import lemma_hits
from .scene import WINDOW
from .scene_building import built_words

EXTENT_UNITS = frozenset({"км", "м", "га", "м²"})  # a length, a floor or a site's land
POINTERS = frozenset({"этих", "этого", "этой", "их", "его", "её", "ее"})  # to a thing named before
FIELDS = frozenset({"sown_area", "harvest"})  # what says an area is a field


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
