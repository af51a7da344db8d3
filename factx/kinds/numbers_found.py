"""Every number expression of a text that may be a figure: numbers in digits or words, read left to
right, past the spans that only name or date (dates, phones, document numbers), references ("пункт
5"), models ("Boeing 737"), codes with a leading zero, the vague plural "тысячи" and an ordinal's
scale ("пятый миллион"). amounts.py gives each its qualifier and tail."""

from __future__ import annotations

from ..numbers import NumberExpr, blocked_spans, digit_run_end, is_digits, numerals, plural_like, scan_number
from ..text.doc import Doc
from ..text.morph import has_tag
from ..vocab import words

ASCII_DIGITS = frozenset("0123456789")


def find_numbers(doc: Doc) -> list[NumberExpr]:
    """Every number expression, left to right, skipping blocked spans (dates, phones…) and references
    ("пункт 5")."""
    blocked = _blocked_tokens(doc)
    refs = words("amounts/reference_words.txt")
    found: list[NumberExpr] = []
    w, number_words = doc.words, numerals()
    i = 0  # the first token not yet read
    for start in doc.positions([v for v in doc.vocabulary() if v[0] in ASCII_DIGITS or v in number_words]):
        if start < i or blocked[start]:
            continue
        expr = scan_number(doc.tokens, start)
        if expr is None:
            i = digit_run_end(doc.tokens, start) if is_digits(w[start][0]) else start + 1
            continue
        if (
            not any(blocked[expr.start : expr.end])
            and not _is_reference(doc, expr.start, refs)
            and not _is_model(doc, expr.start)
            and not _zero_led(expr)
            and not _vague_thousands(doc, expr)
            and not _ordinal_scale(doc, expr)
        ):
            found.append(expr)
        i = max(expr.end, start + 1)
    return found


def _vague_thousands(doc: Doc, expr: NumberExpr) -> bool:
    """ "Тысячи людей вышли", "сотни тысяч": "тысячи", "сотни" opening a number are the vague plural
    unless a word before them asks for the genitive of one ("более тысячи человек", "около сотни")."""
    return doc.words[expr.start] in plural_like() and doc.word(expr.start - 1) not in words(
        "numbers/genitive_cues.txt"
    )


def _ordinal_scale(doc: Doc, expr: NumberExpr) -> bool:
    """ "Пятый миллион тонн намолотили": a scale word alone after an ordinal counts which million is
    under way, it states no amount; "первый миллион тонн" is one million reached."""
    if expr.end - expr.start != 1 or not expr.in_words:
        return False  # the readings of the word before are asked only of a scale word alone
    before = doc.word(expr.start - 1)
    return before.isalpha() and has_tag(before, "Anum") and not before.startswith("перв")


def _zero_led(expr: NumberExpr) -> bool:
    """ "TOP 09", "агент 007": a whole number written with a leading zero names or codes something."""
    return len(expr.digits) > 1 and expr.digits[0] == "0" and expr.digits.isdigit()


def _blocked_tokens(doc: Doc) -> list[bool]:
    """Whether each token starts inside a date, phone, document number…"""
    blocked = [False] * doc.size
    for b_start, b_end in blocked_spans(doc.text):
        first, end = doc.token_at(b_start), doc.token_at(b_end)  # the tokens starting inside the span
        blocked[first:end] = [True] * (end - first)
    return blocked


def _is_reference(doc: Doc, i: int, refs: frozenset[str]) -> bool:
    """ "пункт 5", "статьи 12", "ст. 12": a number in figures right after a referring noun names, it
    does not count; one written in words counts what follows it ("корпуса двух конвертеров")."""
    if doc.words[i].isalpha():
        return False
    prev = doc.word(i - 1)
    if prev == "." and doc.same_sentence(i - 2, i - 1):  # "ст. 12 закона", "п. 3"
        return doc.words[i - 2] in words("amounts/reference_abbreviations.txt")
    return prev.isalpha() and doc.lemma(i - 1) in refs


def _is_model(doc: Doc, i: int) -> bool:
    """ "Boeing 737", "iPhone 15", "Airbus A320", "Boeing 737-800": a number after a Latin name names a
    model; a short abbreviation may be a currency's ("Rs 20")."""
    if i == 0 or not doc.same_sentence(i - 1, i):
        return False
    if doc.word(i - 1) == "-" and doc.tokens.joined(i) and doc.tokens.joined(i - 1) and _series(doc, i - 2):
        return _is_model(doc, i - 2)  # "Boeing 737-800": the series after the model's number
    raw = doc.tokens.raw(i - 1)
    if not (raw.isascii() and raw.isalpha()):
        return False
    return (not raw.isupper() and len(raw) > 2) or (len(raw) == 1 and doc.tokens.joined(i))


def _series(doc: Doc, i: int) -> bool:
    """A model's number of several digits ("737" of "737-800"); "Lada 2-3 млн" is a range."""
    return len(doc.word(i)) > 1 and is_digits(doc.word(i))
