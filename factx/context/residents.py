"""People or businesses named by their region's adjective ("у костанайских аграриев – 15,8 ц/га, у
акмолинских – 14,2 ц/га"): a mention of that region, as "костанайцы" is. Only a plural adjective
after "у", opening a sentence or in the nominative, before such a noun or a dash that stands for
it, counts: "костанайская пшеница" or "ярмарка 17 томских компаний" in a text on a village names no
place of a figure."""

from __future__ import annotations

from operator import methodcaller

from ..places.gazetteer import entry_named
from ..places.names import Entry
from ..text.doc import Doc
from ..text.tokens import DASHES
from ..vocab import word_forms
from .places import Mention

PLURAL = ("ских", "ские", "ским", "скими", "цких", "цкие", "цким", "цкими")
UNITS = ("область", "край")


def resident_adjectives(doc: Doc, taken: set[int]) -> list[Mention]:
    nouns = word_forms("context/resident_nouns.txt")
    found = []
    plural = list(filter(methodcaller("endswith", PLURAL), doc.vocabulary()))  # the text's distinct forms
    for i in doc.positions(plural):
        after = doc.word(i + 1)
        # "у костанайских аграриев", "Акмолинские фермеры собрали", "собрали актюбинские хлеборобы": who
        # did it, not what it was done for ("ярмарка 17 томских компаний")
        doer = after in nouns and doc.case(i) == "nomn"
        if i in taken or not (doc.word(i - 1) == "у" or doc.sentence_start(i) or doer):
            continue
        if after not in nouns and not (after in DASHES and doc.same_sentence(i, i + 1)):
            continue
        region = _region(doc, i)
        if region is not None:
            found.append(Mention(i, i + 1, region.grouped, region.type, region.parent))
    return found


def _region(doc: Doc, i: int) -> Entry | None:
    """ "костанайских" → Костанайская область, "алтайские" → Алтайский край, when the gazetteer has it."""
    for p in doc.readings(i):
        if p.tag.POS != "ADJF" or not p.normal_form.endswith("ий"):
            continue
        stem = p.normal_form[:-2].capitalize()
        for name in (f"{stem}ая область", f"{stem}ий край"):
            entry = entry_named(name)
            if entry is not None and entry.type == "region":
                return entry
    return None
