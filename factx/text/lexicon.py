"""pymorphy3's readings of the most frequent word forms of Russian, computed ahead of time.

pymorphy3 spends some 20-50 µs on each word form the first time it sees it, and a first pass over a
folder meets tens of thousands of them. The lexicon (data/text/lexicon.bin, built by tools/lexicon.py
from wordfreq's 200,000 most frequent Russian forms) stores, for each form whose readings all come
from the dictionary, each reading's paradigm, form index and score, from which the very Parse
objects pymorphy3 would return are rebuilt in a few µs. It is read only when it was built from the
installed pymorphy3 and dictionary and the DAWG library pymorphy3[fast] brings is there: otherwise
every word is parsed as before.

Layout, read as it lies (loading takes a millisecond): a header line of JSON (the versions, the sizes,
the spellings with ё), a DAWG from each form to its number (as pymorphy3 stores its own dictionary),
then the tables: the scores (float64), each form's first reading (uint32), and the readings (paradigm
uint16, form index uint8, score uint16).
"""

from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pymorphy3
from pymorphy3.analyzer import Parse
from pymorphy3.units import DictionaryAnalyzer

FILE = "text/lexicon.bin"
READING = 5  # bytes: paradigm (2), form index (1), score (2)
RESPELT = 0x8000  # a score's flag: this reading spells the form as the dictionary does ("всё")


def stamp(morph: pymorphy3.MorphAnalyzer) -> dict[str, str]:
    """What the readings depend on: pymorphy3's version and the dictionary's build."""
    meta = morph.dictionary.meta
    return {
        "pymorphy3": pymorphy3.__version__,
        "dictionary": f"{meta.get('source_revision')} {meta.get('compiled_at')}",
    }


@dataclass(frozen=True, slots=True)
class Lexicon:
    numbers: Any  # dawg.IntDAWG: form → its number
    starts: array[int]  # the first reading of each form; one more at the end
    readings: bytes
    scores: array[float]
    respelt: dict[str, str]  # the dictionary's spelling where a reading's differs: "все" → "всё"
    unit: DictionaryAnalyzer
    result: Any  # the analyzer's Parse class

    def parses(self, word: str) -> tuple[Parse, ...] | None:
        """The word's readings as pymorphy3 gives them, or None when the lexicon lacks the word."""
        k = self._number(word)
        if k is None:
            return None
        d, data = self.unit.dict, self.readings
        found = []
        for at in range(self.starts[k] * READING, self.starts[k + 1] * READING, READING):
            para_id, idx, s = data[at] | data[at + 1] << 8, data[at + 2], data[at + 3] | data[at + 4] << 8
            fixed = self.respelt[word] if s & RESPELT else word
            tag, normal = d.build_tag_info(para_id, idx), d.build_normal_form(para_id, idx, fixed)
            found.append(
                self.result(
                    fixed, tag, normal, self.scores[s & ~RESPELT], ((self.unit, fixed, para_id, idx),)
                )
            )
        return tuple(found)

    def holds(self, word: str) -> bool:
        return self._number(word) is not None

    def _number(self, word: str) -> int | None:
        try:
            found: int | None = self.numbers.get(word)
        except UnicodeEncodeError:  # a lone surrogate ("\ud800") has no UTF-8: no word of the lexicon
            return None
        return found

    def __len__(self) -> int:
        return len(self.starts) - 1


def encode(morph: pymorphy3.MorphAnalyzer, entries: dict[str, list[Parse]]) -> bytes:
    """The lexicon file for these words and their readings (all from the dictionary unit)."""
    import dawg

    forms = sorted(entries)
    scores = sorted({p.score for ps in entries.values() for p in ps})
    score_index = {s: k for k, s in enumerate(scores)}
    starts, readings = array("I"), bytearray()
    respelt: dict[str, str] = {}
    for word in forms:
        starts.append(len(readings) // READING)
        for p in entries[word]:
            _, spelt, para_id, idx = p.methods_stack[0]
            s = score_index[p.score]
            if spelt != word:
                assert respelt.setdefault(word, spelt) == spelt, word
                s |= RESPELT
            readings += bytes((para_id & 0xFF, para_id >> 8, idx, s & 0xFF, s >> 8))
    starts.append(len(readings) // READING)
    numbers = dawg.IntDAWG((form, k) for k, form in enumerate(forms)).tobytes()
    header = {
        **stamp(morph),
        "dawg": len(numbers),
        "forms": len(forms),
        "scores": len(scores),
        "respelt": respelt,
    }
    head = json.dumps(header, ensure_ascii=False).encode() + b"\n"
    return b"".join([head, numbers, array("d", scores).tobytes(), starts.tobytes(), bytes(readings)])


@cache
def lexicon(morph: pymorphy3.MorphAnalyzer) -> Lexicon | None:
    """The lexicon, or None when it is missing, was built from another pymorphy3 or dictionary, or
    the DAWG library is not installed."""
    try:
        import dawg

        body = resources.files("factx").joinpath("data", FILE).read_bytes()
    except (ImportError, OSError):
        return None
    line = body.index(b"\n")
    header = json.loads(body[:line])
    unit = morph._units[0].analyzer
    if {k: header.get(k) for k in stamp(morph)} != stamp(morph) or not isinstance(unit, DictionaryAnalyzer):
        return None
    tables, at = [], line + 1
    for size in (header["dawg"], 8 * header["scores"], 4 * (header["forms"] + 1)):
        tables.append(body[at : at + size])
        at += size
    numbers, scores, starts = tables
    return Lexicon(
        dawg.IntDAWG().frombytes(numbers),
        array("I", starts),
        body[at:],
        array("d", scores),
        header["respelt"],
        unit,
        morph._result_type,
    )
