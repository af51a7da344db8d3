"""factx's own paths through pymorphy3 (inflection from a paradigm, the lexicon built ahead of time)
give what pymorphy3 itself gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from factx.text import lexicon as lexicon_module
from factx.text.lexicon import Lexicon, lexicon
from factx.text.morph import analyzer, inflected, parses
from factx.text.tokens import TOKEN

CORPORA = Path(__file__).resolve().parents[1] / "corpora"

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


def _installed_lexicon() -> Lexicon:
    found = lexicon(analyzer())
    if found is None:
        pytest.skip(
            "lexicon.bin was built for another pymorphy3 or dictionary (tools/lexicon.py rebuilds it)"
        )
    return found


def test_the_lexicon_rebuilds_pymorphy3s_own_readings() -> None:
    """Every word of the project's corpora the lexicon holds (some 1,800) reads as pymorphy3
    reads it, Parse for Parse."""
    known = _installed_lexicon()
    words = {
        w.lower() for path in CORPORA.glob("*.txt") for w in TOKEN.findall(path.read_text(encoding="utf-8"))
    }
    held = [w for w in sorted(words | {"все", "еще", "ее", "её"}) if known.parses(w) is not None]
    assert len(held) > 1500
    for word in held:
        assert known.parses(word) == tuple(analyzer().parse(word)), word


def test_words_outside_the_lexicon_are_parsed_by_pymorphy3() -> None:
    known = _installed_lexicon()
    for word in ("сельхозтоваропроизводителями", "кызылжарский", "газо-нефтяного", "ipo", "2024"):
        assert known.parses(word) is None
        assert parses(word) == tuple(analyzer().parse(word))


def test_a_lexicon_of_other_versions_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_module, "stamp", lambda morph: {"pymorphy3": "0.0", "dictionary": "other"})
    lexicon.cache_clear()
    try:
        assert lexicon(analyzer()) is None
    finally:
        lexicon.cache_clear()


def test_every_word_the_lexicon_holds_is_known_to_the_dictionary() -> None:
    known = _installed_lexicon()
    words = {
        w.lower() for path in CORPORA.glob("*.txt") for w in TOKEN.findall(path.read_text(encoding="utf-8"))
    }
    held = [w for w in words if known.holds(w)]
    assert held and all(analyzer().word_is_known(w) for w in held)


def test_a_lone_surrogate_is_no_word_of_the_lexicon() -> None:
    known = _installed_lexicon()
    assert known.parses("\ud800") is None and not known.holds("a\udfffb")
    assert parses("\ud800") == ()  # pymorphy3 cannot encode it either
