"""Why a fact came out: the rules that made it, the context decisions, and the rejected candidates.

The pipeline fills a Trace only when asked (`Extractor.explain`, `factx show --why`); otherwise no
step pays for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .facts import Fact


@dataclass(frozen=True, slots=True)
class Rejection:
    """A candidate a guard turned down, over tokens [start, end)."""

    kind: str
    start: int
    end: int
    guard: str


@dataclass(slots=True)
class Trace:
    """Collects rejections while the pipeline runs."""

    rejected: list[Rejection] = field(default_factory=list)

    def reject(self, kind: str, start: int, end: int, guard: str) -> None:
        self.rejected.append(Rejection(kind, start, end, guard))


@dataclass(frozen=True, slots=True)
class Explained:
    """A fact with the rules that made and shaped it and the context decisions taken for it."""

    fact: Fact
    rules: tuple[str, ...]
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RejectedMention:
    """A rejected candidate as it reads in the caller's text."""

    kind: str
    start: int
    end: int
    text: str
    guard: str


@dataclass(frozen=True, slots=True)
class Explanation:
    facts: list[Explained]
    rejected: list[RejectedMention]
