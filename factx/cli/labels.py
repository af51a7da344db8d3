"""Extra gold fields kept apart from the texts they label: `factx eval GOLD --labels FILE`.

A labels file has one JSON object per line, `{"id": ..., "start": ..., "end": ..., "kind": ...,
<field>: ...}`; its fields are merged into the gold fact with that document id (or `doc`) and span.
This is how annotations of a text the project may not copy (a development set) live in the project.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .gold import GoldError

KEY = ("id", "start", "end", "kind")


def read_labels(path: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    found = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                label = json.loads(line)
                found[tuple(label[k] for k in KEY)] = {k: v for k, v in label.items() if k not in KEY}
            except (json.JSONDecodeError, KeyError, TypeError):
                raise GoldError(f"{path}, line {number}: not a label ({', '.join(KEY)} and fields)") from None
    return found


def merge_labels(docs: Iterable[dict[str, Any]], path: str) -> Iterator[dict[str, Any]]:
    """The gold documents with each labelled fact's fields added."""
    labels = read_labels(path)
    for doc in docs:
        name = doc.get("id", doc.get("doc"))
        facts = [{**g, **labels.get((name, g["start"], g["end"], g["kind"]), {})} for g in doc["facts"]]
        yield {**doc, "facts": facts}
