"""The kinds of fact, declared once: everything that lists kinds (the pipeline's order, the records,
`show`'s styles, the report's colours, the CLI's --kinds) reads this table.

Adding a kind is one entry here, a module under factx/kinds/ and an example corpus under
tests/data/kinds/ (see docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import facts as records
from .draft import Draft
from .kinds import change, money, multiplier, percent, quantity, share
from .kinds.amounts import Amount, TailMatcher
from .text.doc import Doc

Extract = Callable[[Doc, list[Amount]], list[Draft]]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of fact and how the pipeline and the tools treat it."""

    name: str
    record: type[records.Fact]
    style: str  # words of cli/term.py's styles in `factx show`: bold, dim, underline, a colour
    colour: str  # highlight colour in `factx report`
    extract: Extract | None = None  # drafts from amounts; None for places, which have a finder of their own
    tail: TailMatcher | None = None  # what this kind's amounts end with ("%", "тенге", "раза")
    tail_rank: int = 0  # tails are tried in rank order: a currency or "%" wins over a counted noun
    overlap_rank: int = 0  # overlapping drafts keep the lower rank: a change, not the numbers inside it


KIND_TABLE: tuple[Kind, ...] = (
    Kind("quantity", records.QuantityFact, "bold blue", "#cfe3ff", quantity.extract, quantity.tail, 4, 6),
    Kind("money", records.MoneyFact, "bold green", "#b9f0b4", money.extract, money.tail, 2, 2),
    Kind("percent", records.PercentFact, "bold magenta", "#f6cdfc", percent.extract, percent.tail, 1, 3),
    Kind(
        "multiplier",
        records.MultiplierFact,
        "bold yellow",
        "#ffe08a",
        multiplier.extract,
        multiplier.tail,
        3,
        4,
    ),
    Kind("change", records.ChangeFact, "bold red", "#ffc4c4", change.extract, None, 0, 1),
    Kind("share", records.ShareFact, "bold cyan", "#b8f3ea", share.extract, None, 0, 5),
    Kind("place", records.PlaceFact, "underline", "#e2e2e2"),
)
KINDS: tuple[str, ...] = tuple(k.name for k in KIND_TABLE)
BY_NAME: dict[str, Kind] = {k.name: k for k in KIND_TABLE}
NUMERIC: tuple[Kind, ...] = tuple(sorted((k for k in KIND_TABLE if k.extract), key=lambda k: k.overlap_rank))
TAILS: tuple[TailMatcher, ...] = tuple(
    k.tail for k in sorted(KIND_TABLE, key=lambda k: k.tail_rank) if k.tail is not None
)


def check_kinds(kinds: Iterable[str] | None) -> frozenset[str]:
    """The kinds asked for, all of them for None; unknown names are the caller's error."""
    if kinds is None:
        return frozenset(KINDS)
    wanted = frozenset(kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown fact kind(s): {', '.join(sorted(unknown))}; known: {', '.join(KINDS)}")
    return wanted


def style(kind: str) -> str:
    """The kind's terminal style; a kind the table does not know gets plain bold."""
    return BY_NAME[kind].style if kind in BY_NAME else "bold"
