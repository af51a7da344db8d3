"""Kazakhstan's towns and district centres under an older Russian spelling of their Kazakh names:
"Чингирлау" for Шынгырлау, "Джаркент" for Жаркент, "Чилик" for Шелек, "Баянауыл" for Баянаул. A
skeleton folds the letters the two spellings trade; a word the dictionary does not know whose
skeleton is that of one such name (and of no other) is read as that place, named as written."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from ..text.doc import Doc
from ..text.morph import is_known, shared_start
from ..vocab import table
from .gazetteer import entry_named
from .lookup import Candidate
from .names import Entry, name_forms

FOLDS = (
    ("уы", "у"),
    ("дж", "ж"),
    ("ч", "ш"),
    ("ы", "и"),
    ("е", "и"),
    ("э", "и"),
    ("о", "у"),
    ("й", "и"),
    ("ь", ""),
)
SHORTEST = 5  # shorter words match too much by their skeleton alone
TYPES = ("city", "settlement")


def skeleton(word: str) -> str:
    """The word with the letters two spellings of one Kazakh name trade folded, hyphens dropped and
    doubled letters single: "уш-тобе" and "уштобе" alike, "шынгырлау" and "чингирлау" alike."""
    for a, b in FOLDS:
        word = word.replace(a, b)
    word = word.replace("-", "")
    return "".join(c for k, c in enumerate(word) if k == 0 or c != word[k - 1])


@cache
def variants() -> dict[str, tuple[tuple[str, ...], Entry]]:
    """Skeleton → (the forms it was made of, the place), over every case form of Kazakhstan's towns
    and district centres in the gazetteer; a skeleton two places share is left out."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in table("places/kz.tsv"):
        if row["type"] in TYPES and not row["link"] and " " not in row["name"]:
            for (form,) in name_forms(row["name"]):
                found[skeleton(form)][row["name"]].add(form)
    out = {}
    for key, by_name in found.items():
        entry = entry_named(next(iter(by_name))) if len(by_name) == 1 else None
        if entry is not None:
            out[key] = (tuple(sorted(next(iter(by_name.values())))), entry)
    return out


def variant_at(doc: Doc, i: int) -> Candidate | None:
    """A place of Kazakhstan written the older way at token i, in the nominative as written: the
    case ending is the one of the form that ends most like the word ("Джаркенте" → Джаркент)."""
    word = doc.words[i]
    if len(word) < SHORTEST or is_known(word):
        return None
    found = variants().get(skeleton(word))
    if found is None or word in found[0]:
        return None
    forms, entry = found
    form = max(forms, key=lambda f: shared_start(f[::-1], word[::-1]))
    name = entry.name.lower().replace("ё", "е")
    stem = shared_start(form, name)
    raw = doc.tokens.raw(i)
    written = raw[: len(raw) - (len(form) - stem)] + name[stem:]
    return i + 1, Entry(written, entry.type, None, entry.name, entry.parent)
