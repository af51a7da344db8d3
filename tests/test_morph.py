"""factx's own paths through pymorphy3 give what pymorphy3 itself gives."""

from __future__ import annotations

import pytest

from factx.text.morph import analyzer, inflected

# Words of every inflecting part of speech, a participle, a word with ё, a guessed word and a
# hyphenated one (pymorphy3's own units, not the dictionary's), in various forms.
WORDS = (
    "обрабатывающая",
    "построенных",
    "строящегося",
    "выделенные",
    "тенге",
    "доллара",
    "рублей",
    "области",
    "городе",
    "ёлки",
    "Павлодарской",
    "малого",
    "средних",
    "крупнейшие",
    "двух",
    "трёх",
    "сельхозпредприятий",
    "газо-нефтяного",
    "Кызылорды",
    "шымкентцев",
    "работают",
    "введено",
    "лет",
    "году",
)
GRAMMEMES = (
    {"nomn", "sing"},
    {"nomn", "masc", "sing"},
    {"gent", "plur"},
    {"accs", "femn", "sing", "anim"},
    {"datv", "plur"},
    {"loct", "sing"},
    {"gen2"},
    {"VERB", "past"},
)


@pytest.mark.parametrize("word", WORDS)
def test_inflected_is_pymorphy3s_inflect(word: str) -> None:
    for p in analyzer().parse(word):
        for grammemes in GRAMMEMES:
            expected = p.inflect(set(grammemes))
            assert inflected(p, frozenset(grammemes)) == (None if expected is None else expected.word)
