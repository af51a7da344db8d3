"""Place names that mix Latin letters into Cyrillic ones ("Cеверо-Казахстанская" with a Latin "C",
"Пaвлодар"): read as the Cyrillic name they look like. Each letter is swapped for one, so every
offset stays."""

from __future__ import annotations

import re

from ..text.doc import Doc
from .candidates import ADJECTIVE_PLACE
from .gazetteer import first_words

LOOKALIKES = str.maketrans("AaBCcEeHKkMOoPpTXxy", "АаВСсЕеНКкМОоРрТХху")
MIXED = re.compile(r"(?=[\w-]*[А-Яа-яЁё])(?=[\w-]*[A-Za-z])[\w-]+")
LATIN = re.compile(r"[A-Za-z]")


def _cyrillic(match: re.Match[str]) -> str:
    """The word with its Latin look-alikes in Cyrillic, where every Latin letter has one and the
    word then opens a gazetteer name or is a region's adjective; other words stay as written
    ("Бeшара", a person's name, is no town)."""
    word = match.group()
    swapped = word.translate(LOOKALIKES)
    if LATIN.search(swapped):
        return word
    lowered = swapped.lower()
    return swapped if lowered in first_words() or ADJECTIVE_PLACE.match(lowered) else word


def read_as_cyrillic(doc: Doc) -> Doc:
    """The Doc again with mixed words in Cyrillic, or the same Doc when it has none (the common case)."""
    text = MIXED.sub(_cyrillic, doc.text)
    if text == doc.text:
        return doc
    fixed = Doc.of(text)
    return fixed if fixed.size == doc.size else doc
