"""factx: typed facts from Russian-language news."""

from .facts import (
    ChangeFact,
    Fact,
    MoneyFact,
    MultiplierFact,
    PercentFact,
    PlaceFact,
    QuantityFact,
    ShareFact,
)
from .numbers import parse_number

__all__ = [
    "ChangeFact",
    "Fact",
    "MoneyFact",
    "MultiplierFact",
    "PercentFact",
    "PlaceFact",
    "QuantityFact",
    "ShareFact",
    "parse_number",
]
