"""Build factx/data/text/lexicon.bin: pymorphy3's readings of the most frequent Russian word forms.

The forms are wordfreq's most frequent Russian words (wordfreq's data: CC BY-SA 4.0, from Wikipedia,
subtitles, news, books and the web). Only forms whose every reading comes from pymorphy3's dictionary
are kept (the rest go through pymorphy3 as before), and each entry is checked to rebuild exactly the
readings pymorphy3 gives. Rebuild it after upgrading pymorphy3 or its dictionary (factx ignores a
lexicon built from other versions):

    pip install wordfreq && python tools/lexicon.py [--words 200000]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pymorphy3
from pymorphy3.units import DictionaryAnalyzer

from factx.text.lexicon import FILE, encode, lexicon
from factx.text.morph import MAX_WORD

TARGET = Path(__file__).resolve().parents[1] / "factx" / "data" / FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=200_000, help="how many of the most frequent forms")
    args = parser.parse_args()
    from wordfreq import top_n_list

    morph = pymorphy3.MorphAnalyzer()
    entries = {}
    for word in top_n_list("ru", args.words):
        if len(word) > MAX_WORD or word != word.lower():
            continue
        readings = morph.parse(word)
        if readings and all(
            len(p.methods_stack) == 1 and type(p.methods_stack[0][0]) is DictionaryAnalyzer for p in readings
        ):
            entries[word] = readings
    TARGET.write_bytes(encode(morph, entries))
    lexicon.cache_clear()
    built = lexicon(morph)
    assert built is not None
    wrong = [w for w, readings in entries.items() if built.parses(w) != tuple(readings)]
    assert not wrong, f"rebuilt readings differ for {wrong[:10]}"
    print(f"{TARGET}: {len(entries):,} forms, {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
