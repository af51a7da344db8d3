"""Vocabularies live in small data files under factx/data/ and are read once."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources


def data_text(name: str) -> str:
    return resources.files("factx").joinpath("data", name).read_text(encoding="utf-8")


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file with a header line; lines starting with '#' are comments."""
    lines = [ln for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-per-line list, lower-cased."""
    return frozenset(
        ln.strip().lower() for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")
    )


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation that tries longer phrases first and lets any run of spaces stand for one."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


class PhraseTable:
    """Phrases of a data table compiled into one regex, matched at a token's start.

    `forms` columns list surface forms separated by "|"; a form's final "." is optional, and a form
    never matches the beginning of a longer word.
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
        body = "|".join(_form_pattern(f) for f in sorted(set(patterns), key=len, reverse=True))
        self.regex = re.compile(rf"(?:{body})(?![^\W\d_])")

    @classmethod
    def of(cls, name: str, key: str, column: str = "forms") -> PhraseTable:
        return cls((row[key], form) for row in table(name) for form in row[column].split("|"))

    def match(self, lower: str, pos: int) -> tuple[int, str] | None:
        """The end offset and payload of the longest phrase starting at `pos`."""
        m = self.regex.match(lower, pos)
        if m is None:
            return None
        found = re.sub(r"\s+", " ", m.group()).rstrip(".")
        return m.end(), self.payload[found]


def _form_pattern(form: str) -> str:
    pattern = re.escape(form).replace(r"\ ", r"\s*" if "." in form else r"\s+")
    return pattern[:-2] + r"\.?" if form.endswith(".") else pattern
