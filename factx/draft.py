"""A fact as the extractors find it, over tokens, before it becomes a record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Draft:
    """A fact over tokens [start, end): its kind's fields, the rule that made it, and the rules that
    shaped it on the way (qualifier, range, continued unit), which the trace shows."""

    kind: str
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    rule: str = ""
    steps: tuple[str, ...] = ()
