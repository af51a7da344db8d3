"""Reading gold files for `factx eval`: one JSON object per line, `{"text": ..., "facts": [...]}`.

A fact gives its span as `start` and `end`, or only as `text`, which is then looked for in the document
after the previous fact found that way, so that annotators can list facts in reading order without
counting characters. Whatever is wrong with a line is told as the file and line number, one line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..registry import KINDS


class GoldError(Exception):
    """A gold line that cannot be scored; the message names the file and the line."""


def read_gold(path: str) -> Iterator[dict[str, Any]]:
    """The documents of a gold file, each fact with its `start` and `end`."""
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    yield _document(line, f"{path}, line {number}")
    except UnicodeDecodeError as err:
        raise GoldError(f"{path}: not UTF-8 text (byte {err.start})") from None


def _document(line: str, where: str) -> dict[str, Any]:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as err:
        raise GoldError(f"{where}: not JSON ({err.msg}, column {err.colno})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        raise GoldError(f'{where}: not a gold document (an object with "text" and "facts")')
    facts = doc.get("facts", [])
    if not isinstance(facts, list) or not all(isinstance(g, dict) for g in facts):
        raise GoldError(f'{where}: "facts" must be a list of objects')
    doc["facts"] = list(_placed(doc["text"], facts, where))
    return doc


def _placed(text: str, facts: list[dict[str, Any]], where: str) -> Iterator[dict[str, Any]]:
    """Each fact with its offsets: given ones are checked, missing ones found in order of listing."""
    cursor = 0
    for k, g in enumerate(facts, 1):
        if g.get("kind") not in KINDS:
            raise GoldError(f"{where}: fact {k} has kind {g.get('kind')!r}; known: {', '.join(KINDS)}")
        if isinstance(g.get("start"), int) and isinstance(g.get("end"), int):
            if not 0 <= g["start"] <= g["end"] <= len(text):
                raise GoldError(f"{where}: fact {k} ({g['start']}–{g['end']}) lies outside the text")
            yield g
            continue
        surface = g.get("text")
        if not isinstance(surface, str) or not surface:
            raise GoldError(f'{where}: fact {k} gives neither "start" and "end" nor "text"')
        start = text.find(surface, cursor)
        if start < 0:
            raise GoldError(f"{where}: fact {k} {surface!r} not found in the text after character {cursor}")
        cursor = start + len(surface)
        yield {**g, "start": start, "end": cursor}
