"""Vocabularies live in small data files under factx/data/ and are read once.

Word lists are written as lemmas where a dictionary can inflect them: `lemma_forms` expands a lemma
(or a phrase whose head is inflected with the words before it) into every case and number form
with pymorphy3, so a data file names "рубль" once instead of listing its twelve forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from pymorphy3.analyzer import Parse

from .text.morph import analyzer, fold, inflected

PHRASE_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# (grammemes of the words before the head noun, grammemes of the head): every case in both numbers, and
# the forms after "два", "три", "четыре": "двух российских рубля", "две турецкие лиры".
AGREEMENTS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    *(
        (frozenset({case, number}), frozenset({case, number}))
        for number in ("sing", "plur")
        for case in PHRASE_CASES
    ),
    (frozenset({"gent", "plur"}), frozenset({"gent", "sing"})),
    (frozenset({"nomn", "plur"}), frozenset({"gent", "sing"})),
)
INFLECTED_POS = frozenset({"NOUN", "ADJF", "NUMR", "PRTF"})


def data_text(name: str) -> str:
    return resources.files("factx").joinpath("data", name).read_text(encoding="utf-8")


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file with a header line; lines starting with '#' are comments. Cells are split at
    tabs, no quoting (a third of the cost of the csv module on the 10,000 rows of КАТО); a short row's
    missing cells are empty, a long row's extra ones dropped."""
    lines = [ln for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = (ln.split("\t") for ln in lines[1:])
    return tuple(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False)) for cells in rows)


@cache
def month_names(*cases: str) -> dict[str, int]:
    """The month table's forms of these cases ("gent", "nomn", "abbr"…; all when none is given), each
    with its month's number: one reader for dates in page headers, in text and beside numbers."""
    return {
        row["form"]: int(row["month"])
        for row in table("time/months.tsv")
        if not cases or row["case"] in cases
    }


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-per-line list, lower-cased."""
    return frozenset(
        ln.strip().lower() for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")
    )


@cache
def stems(name: str) -> tuple[str, ...]:
    """A word list as the tuple `str.startswith` takes, built once rather than at every call."""
    return tuple(words(name))


@cache
def lemma_forms(lemma: str, keep: str = "") -> frozenset[str]:
    """Every form of a word's lexeme, lower-cased with ё folded. `keep` narrows them: alternatives
    separated by "|", each a comma-separated set of grammemes a form must all carry ("femn|plur")."""
    parse = _lemma_parse(lemma.lower())
    if parse is None:
        return frozenset({fold(lemma)})
    wanted = [set(alt.split(",")) for alt in keep.split("|") if alt]
    return frozenset(
        fold(form.word)
        for form in parse.lexeme
        if not wanted or any(all(g in form.tag for g in alt) for alt in wanted)
    )


@cache
def word_forms(name: str) -> frozenset[str]:
    """Every form of every lemma of a word list: a set look-up tells which words of a text may be one
    of them before the dictionary is asked."""
    return frozenset(form for lemma in words(name) for form in lemma_forms(lemma))


@cache
def phrase_forms(phrase: str) -> frozenset[str]:
    """Case and number forms of a phrase: the words up to its first noun agree and decline, the words
    after it stay as written ("доллар США" → "долларов США", "фунт стерлингов" → "фунта стерлингов")."""
    parts = phrase.lower().split()
    if len(parts) == 1:
        return lemma_forms(parts[0])
    parses = [_lemma_parse(w) for w in parts]
    head = next((k for k, p in enumerate(parses) if p is not None and p.tag.POS == "NOUN"), 0)
    noun = parses[head]
    if noun is None or noun.tag.POS != "NOUN":
        return frozenset({fold(phrase.lower())})  # no dictionary noun to decline: as written only
    animacy = {noun.tag.animacy} if noun.tag.animacy else set()
    gender = {noun.tag.gender} if noun.tag.gender else set()
    forms = {fold(phrase.lower())}
    for before, head_form in AGREEMENTS:
        declined = []
        for k, word in enumerate(parts):
            p = parses[k]
            form = None
            if p is not None and k <= head:
                agreeing = k != head
                form = _agreeing(p, before, animacy, gender) if agreeing else inflected(p, head_form)
            declined.append(form if form is not None else word)
        forms.add(fold(" ".join(declined)))
    return frozenset(forms)


def _agreeing(adjective: Parse, grammemes: frozenset[str], animacy: set[str], gender: set[str]) -> str | None:
    """The adjective in the head noun's form: its gender in the singular, and its animacy in the
    accusative where the form tells it ("белорусский рубль", "украинскую гривну")."""
    wanted = grammemes | (gender if "sing" in grammemes else set())
    if "accs" in grammemes:
        form = inflected(adjective, wanted | animacy)
        if form is not None:
            return form
    return inflected(adjective, wanted)


def _lemma_parse(lemma: str) -> Parse | None:
    """The dictionary reading of a word written in its base form, not a name ("лира", not "Лир"; an
    adjective in any nominative, as in "турецкая лира")."""
    for p in analyzer().parse(lemma):
        base = fold(p.normal_form) == fold(lemma) or (p.tag.POS == "ADJF" and "nomn" in p.tag)
        if base and p.tag.POS in INFLECTED_POS and not any(t in p.tag for t in ("Name", "Surn", "Patr")):
            return p
    return None


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation that tries longer phrases first and lets any run of spaces stand for one."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def word_start_alternation(stems: Iterable[str], before: str = r"\w") -> str:
    """An alternation of stems that must start a word (no character of `before` right before them),
    longer stems first, written as the regex engine scans fastest: each branch opens with its first
    letter and only then looks behind. A pattern that opens with \b or a look-behind has the engine
    try every position of the text; one whose branches all open with a letter lets it skip, in C, to
    the positions where one of those letters stands (five to fifteen times faster on news).
    """
    by_first: dict[str, list[str]] = {}
    for stem in sorted(set(stems), key=len, reverse=True):
        by_first.setdefault(stem[0], []).append(re.escape(stem[1:]))
    return "|".join(
        f"{re.escape(first)}(?<!{before}{re.escape(first)})(?:{'|'.join(rests)})"
        for first, rests in by_first.items()
    )


class PhraseTable:
    """Phrases of a data table, matched at a token's start, longest first.

    A form's final "." is optional, and a form never matches the beginning of a longer word. The
    forms are grouped by their first word ("российских рублей" under "российских", "у.е." under "у"),
    and each group is compiled into a small regex the first time a text has that word: a table of
    3,000 forms compiled as one costs a tenth of a second in every process, while only the few words
    that follow numbers are ever asked.
    """

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.payload: dict[str, str] = {}
        patterns: list[str] = []
        for payload, form in pairs:
            form = form.strip().lower()
            if not form:
                continue
            self.payload.setdefault(form.rstrip("."), payload)
            patterns.append(form)
        self.patterns: dict[str, list[str]] = {}  # by first word, longer phrases first
        for form in sorted(set(patterns), key=len, reverse=True):
            self.patterns.setdefault(_first_word(form, 0), []).append(_form_pattern(form))
        self.by_first: dict[str, re.Pattern[str]] = {}
        self.initials = frozenset(first[0] for first in self.patterns)  # most tokens open no phrase

    def _regex(self, first: str) -> re.Pattern[str] | None:
        regex = self.by_first.get(first)
        if regex is None and first in self.patterns:
            regex = self.by_first[first] = re.compile(f"(?:{'|'.join(self.patterns[first])})")
        return regex

    @classmethod
    def of(cls, name: str, key: str) -> PhraseTable:
        """A table whose rows give `key` and surface forms: `forms` lists them ("|" between), and
        `lemmas` lists words or phrases expanded into all their case and number forms."""
        pairs: list[tuple[str, str]] = []
        for row in table(name):
            for lemma in filter(None, row.get("lemmas", "").split("|")):
                pairs.extend((row[key], form) for form in sorted(phrase_forms(lemma)))
            pairs.extend((row[key], form) for form in row.get("forms", "").split("|"))
        return cls(pairs)

    def match(self, lower: str, pos: int) -> tuple[int, str] | None:
        """The end offset and payload of the longest phrase starting at `pos`."""
        if lower[pos : pos + 1] not in self.initials:
            return None  # a character no phrase starts with: the first word need not be read
        regex = self._regex(_first_word(lower, pos))
        m = regex.match(lower, pos) if regex is not None else None
        if m is None:
            return None
        found = re.sub(r"\s+", " ", m.group()).rstrip(".")
        return m.end(), self.payload[found]


FIRST_WORD = re.compile(r"[^\W\d_]+|\d+|.", re.DOTALL)


def _first_word(text: str, pos: int) -> str:
    """The run of letters or digits at `pos`, or the one other character there."""
    m = FIRST_WORD.match(text, pos)
    return m.group() if m else ""


def _form_pattern(form: str) -> str:
    """A form's regex; one that ends in a letter, digit or full stop must not run into a word ("тыс"
    is no start of "тысячелетие"), one that ends in a sign may run into a Cyrillic one
    ("18,5%Начальник" on a scraped line), not into a Latin letter ("%D0%BE" of an encoded address)."""
    pattern = re.escape(form).replace(r"\ ", r"\s*" if "." in form else r"\s+")
    pattern = pattern[:-2] + r"\.?" if form.endswith(".") else pattern
    return pattern + (r"(?![^\W\d_])" if form[-1].isalnum() or form.endswith(".") else r"(?![A-Za-z])")
