"""Place names written with letters of another alphabet: a Latin look-alike among Cyrillic ones
("Cеверо-Казахстанская" with a Latin "C", "Пaвлодар") or Kazakh letters ("Қонаев", "Ақтөбе", "Ұлытау").
Each is read as the Russian spelling it stands for; one letter is swapped for one, so every offset stays."""

from __future__ import annotations

import re
from functools import cache

from ..draft import Draft
from ..text.doc import Doc
from ..text.morph import shared_start
from .candidates import ADJECTIVE_PLACE, generic_forms
from .gazetteer import gazetteer
from .settlements import village_words

# A Latin "i" among Cyrillic letters stands for the Kazakh "і" ("области Жетiсу"), which the gazetteer
# may spell a name with; only then are letters swapped for Russian ones
KAZAKH_I = str.maketrans("iI", "іІ")
SWAPS = str.maketrans("AaBCcEeHKkMOoPpTXxyӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаВСсЕеНКкМОоРрТХхуАаГгКкНнОоУуУуХхИи")
KAZAKH = frozenset("ӘәҒғҚқҢңӨөҰұҮүҺһІі")  # letters a name keeps as written; a Latin look-alike it does not
OTHER, RUSSIAN = "A-Za-zӘәҒғҚқҢңӨөҰұҮүҺһІі", "А-Яа-яЁё"
# A letter of another alphabet beside a Russian one: the rare letter first, so the engine skips to it
MIXED = re.compile(f"[{OTHER}](?:(?<=[{RUSSIAN}][{OTHER}])|(?=[{RUSSIAN}]))")
WORD = re.compile(r"[\w-]+")
LATIN = re.compile(r"[A-Za-z]")
PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


def _russian(word: str, after_generic: bool) -> str:
    """The word in Russian letters where every other letter has a counterpart and the word then opens
    a place name or is a region's adjective; other words stay as written ("Бeшара", a person's name),
    and so does a word of a gazetteer name written so ("области Ұлытау"), unless it stands alone,
    with no generic word before it, where only the Russian spelling names a place ("в Ұлытау")."""
    word = word.translate(KAZAKH_I)
    swapped = word.translate(SWAPS)
    lowered = swapped.lower()
    alone = not after_generic and (lowered,) in gazetteer()
    if LATIN.search(swapped) or (_is_place_word(word.lower()) and not alone):  # the gazetteer's "Жетісу"
        return word
    return swapped if _is_place_word(lowered) or ADJECTIVE_PLACE.match(lowered) else word


def _is_place_word(word: str) -> bool:
    """A word of some form of a gazetteer name or of a village name (those of its first letter only:
    declining all 6,600 villages would cost a fifth of a second)."""
    return word in _gazetteer_words() or word in village_words(word[:1])


@cache
def _gazetteer_words() -> frozenset[str]:
    return frozenset(w for key in gazetteer() for w in key)


def read_as_russian(doc: Doc) -> Doc:
    """The Doc again with such words in Russian letters, or the same Doc when it has none (most texts)."""
    text = doc.text
    pairs = list(MIXED.finditer(text))
    if not pairs:
        return doc
    chars = list(text)
    read_to = 0  # the end of the last word read: a word with several such letters is read once
    for pair in pairs:
        if pair.start() < read_to:
            continue
        start = pair.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            start -= 1
        word = WORD.match(text, start)
        if word is not None:
            before = PREVIOUS_WORD.search(text, max(start - 30, 0), start)
            after_generic = before is not None and before.group(1).lower() in generic_forms()
            chars[word.start() : word.end()] = _russian(word.group(), after_generic)
            read_to = word.end()
    fixed = "".join(chars)
    if fixed == text:
        return doc
    swapped = Doc.of(fixed)
    return swapped if swapped.size == doc.size else doc


def as_written(d: Draft, written: str) -> Draft:
    """A place found through its Russian spelling keeps the Kazakh letters the text writes it with, as
    names are written as the text spells them ("в селе Қайнар" → name "Қайнар", not "Кайнар"); the
    gazetteer's spelling becomes its canonical name, by which its codes are found."""
    if KAZAKH.isdisjoint(written):
        return d
    name = str(d.fields["name"])
    words = written.split()
    restored = []
    for part in name.split(" "):
        same, _, best = max(
            (shared_start(part.lower(), w.translate(SWAPS).lower()), -k, w) for k, w in enumerate(words)
        )
        restored.append(
            "".join(
                (w.upper() if c.isupper() else w.lower()) if k < same and w in KAZAKH else c
                for k, (c, w) in enumerate(zip(part, best[: len(part)].ljust(len(part)), strict=True))
            )
        )
    kept = " ".join(restored)
    if kept == name:
        return d
    canonical = d.fields.get("canonical") or name
    return Draft(d.kind, d.start, d.end, {**d.fields, "name": kept, "canonical": canonical}, d.rule, d.steps)
