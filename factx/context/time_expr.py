"""A time expression and the period it names, given the text's year and the frame around it."""

from __future__ import annotations

from dataclasses import dataclass

from .periods import Period


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression over tokens [start, end) and what it says; `resolve` gives its Period."""

    start: int
    end: int
    years: tuple[int, int] | None = None  # a year or a range of years written out
    offset: int | None = None  # a year named relative to the document's ("в прошлом году": -1)
    months: tuple[int, int] | None = None  # the part of the year, as first and last month
    earlier: bool = False  # "годом ранее", "аналогичный период прошлого года": a year before the frame
    target: bool = False  # "к 2030 году", "до конца года": a deadline of a planned figure
    since_start: bool = False  # "с начала 2018 года": the article was written that year
    now: bool = False  # "на сегодня", "в настоящее время": the time of writing, known only from a date
    still: bool = False  # "пока не хватает": the time of writing for its clause only, no frame
    since: bool = False  # "с 2016 года": from that year to the time of writing
    span: bool = False  # "за пять лет", "за последние три года": years counted back from an end not stated
    text_year: bool = False  # "за 9 месяцев", "до конца года": a part of the year the text is written in
    count: int | None = None  # how many years a span or a stretch ahead counts
    back: bool = False  # "за последние три года": a span counted back from the time of writing
    ahead: bool = False  # "в ближайшие три года": `count` years from the document's

    def resolve(
        self, doc_year: int | None, frame: Period | None, lead: Period | None = None
    ) -> Period | None:
        """The period, given the document's year, the period that frames the expression and the one
        the headline or lead set (an undated text is read as written in its year); None when it
        depends on a year nobody gives."""
        if (
            self.span
        ):  # the years of a programme that frames it ("на 2023–2027 годы … за пять лет"), else unknown
            return frame if frame is not None and frame.first_year < frame.last_year else None
        if self.ahead and self.count is not None:
            return Period.years(doc_year, doc_year + self.count - 1) if doc_year is not None else None
        if self.earlier:
            if frame is not None:
                return frame.shifted(-1)
            return Period.year(doc_year - 1) if doc_year is not None else None
        if self.since and self.years is not None:
            last = doc_year if doc_year is not None else frame.last_year if frame is not None else None
            if last is None or last <= self.years[0]:
                return None
            return Period(self.years[0], self.months[0] if self.months else 1, last, 12)
        if self.years is not None and self.months is None:
            return Period.years(*self.years)
        year = self._year(doc_year, frame, lead)
        if year is None:
            return None
        if self.months is None:
            return Period.year(year)
        return Period.months(year, *self.months)

    def _year(self, doc_year: int | None, frame: Period | None, lead: Period | None) -> int | None:
        if self.years is not None:
            return self.years[0]
        if self.offset is not None:
            if doc_year is not None:
                return doc_year + self.offset
            # An undated text is read as written in or just after the year its headline or lead is
            # about: "в текущем году" and "в минувшем году" are that year, "в будущем году" the next;
            # "сейчас" unknown. A year stated later dates an event, not the text ("Завод запущен в
            # 2022 году … с начала этого года").
            # A lead about part of a year ("в августе 2014 года") was written that year: "в прошлом
            # году" is the one before.
            if lead is not None and not self.now and self.offset >= -1:
                return lead.last_year + (self.offset if lead.last_month < 12 else max(self.offset, 0))
            return None
        if self.since_start and doc_year is not None:
            return doc_year  # "с начала года" in a dated text: its year, whatever the frame
        if self.text_year and doc_year is not None:
            return doc_year
        if frame is not None:
            return frame.last_year
        return doc_year
