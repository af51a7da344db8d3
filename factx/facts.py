"""Fact records: plain frozen dataclasses, one class per kind (see SPEC.md)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, kw_only=True)
class Fact:
    """Common fields: every fact points into the original text."""

    kind: str
    start: int
    end: int
    text: str
    sentence: int = 0
    rule: str = ""  # the rule that found it ("money.currency_after"); Extractor.explain tells more

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, kw_only=True)
class ContextFields:
    """What a number is about, where and when, and whether it happened: filled by the context step."""

    subject: str | None = None
    place: str | None = None  # canonical name: Казахстан, never РК
    period: str | None = None  # "2024", "2019–2024", "2024-Q1", "2024-H1", "2024-01–2024-09", "2024-06"
    period_start: str | None = None  # ISO date of the period's first day
    period_end: str | None = None  # ISO date of its last day
    modality: str | None = None  # actual or plan
    compared_to: str | None = None  # the comparison base, as a period label
    direction: str | None = None  # up or down where the text says which way the figure moved
    indicator: str | None = None  # an id of the indicator taxonomy (data/indicators.tsv)
    measure: str | None = None  # level, change, index or share
    place_iso: str | None = None  # ISO 3166-2 code of `place`
    place_kato: str | None = None  # KATO code (Kazakhstan)
    place_okato: str | None = None  # OKATO code (Russia)
    region: str | None = None  # the region a city or district lies in
    region_iso: str | None = None  # that region's ISO 3166-2 code


@dataclass(frozen=True, kw_only=True)
class NumericFact(ContextFields, Fact):
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: str | None = None


@dataclass(frozen=True, kw_only=True)
class QuantityFact(NumericFact):
    kind: str = "quantity"
    unit: str | None = None


@dataclass(frozen=True, kw_only=True)
class MoneyFact(NumericFact):
    kind: str = "money"
    currency: str | None = None


@dataclass(frozen=True, kw_only=True)
class PercentFact(NumericFact):
    kind: str = "percent"
    points: bool = False


@dataclass(frozen=True, kw_only=True)
class MultiplierFact(NumericFact):
    kind: str = "multiplier"


@dataclass(frozen=True, kw_only=True)
class ShareFact(NumericFact):
    kind: str = "share"


@dataclass(frozen=True, kw_only=True)
class ChangeFact(ContextFields, Fact):
    kind: str = "change"
    before: Decimal | None = None
    after: Decimal | None = None
    unit: str | None = None
    currency: str | None = None


@dataclass(frozen=True, kw_only=True)
class PlaceFact(Fact):
    kind: str = "place"
    name: str = ""
    type: str = "other"
    canonical: str | None = None
    place_iso: str | None = None
    place_kato: str | None = None
    place_okato: str | None = None
    region: str | None = None
    region_iso: str | None = None
