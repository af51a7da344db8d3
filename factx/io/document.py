"""One document's facts: the record a file (or a part of one) becomes, and the analysis of one part
with its offsets shifted into the whole file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from ..facts import Fact
from .reader import Part

if TYPE_CHECKING:
    from ..pipeline import Extractor

_NOT_BREAK = re.compile(r"[^\r\n]")


@dataclass(frozen=True)
class Document:
    """The facts of one file, or of one part of a file too large to read at once.

    Offsets (of facts, sentences and boilerplate) are into the whole file's text; `text` is the stretch
    of it that starts at `offset`. Fact.sentence counts sentences from the file's start.
    """

    path: str  # relative to the PATH argument it was found under
    facts: list[Fact] = field(default_factory=list)
    error: str | None = None  # why the file (or the rest of it, from this part on) was skipped
    title: str | None = None
    date: dt.date | None = None
    file: str = ""  # the path as opened, for messages
    text: str = ""
    offset: int = 0
    part: int = 0
    sentences: list[tuple[int, int]] = field(default_factory=list)
    first_sentence: int = 0  # the file-wide index of sentences[0]
    boilerplate: tuple[tuple[int, int], ...] = ()

    def snippet(self, start: int, end: int) -> str:
        """The text between two file offsets that fall inside this document's text."""
        return self.text[start - self.offset : end - self.offset]

    def context(self, fact: Fact) -> str:
        """The sentence that holds the fact."""
        k = fact.sentence - self.first_sentence
        if 0 <= k < len(self.sentences):
            return self.snippet(*self.sentences[k])
        return ""


Task = tuple[Callable[..., list[Document]], tuple[Any, ...]]  # a function and its arguments: one unit of work


@dataclass(frozen=True)
class Options:
    kinds: frozenset[str] | None
    keep_boilerplate: bool
    ner: bool = False
    date: dt.date | None = None  # for files whose page or header gives none

    def __post_init__(self) -> None:
        if self.ner:  # once per run, not an error on every file
            from ..places.ner import require_natasha

            require_natasha()


@cache
def shared_extractor(ner: bool = False) -> Extractor:
    """One Extractor per process and setting: building one loads every dictionary."""
    from ..pipeline import Extractor

    return Extractor(ner=ner)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a part comes from, and what the first part said of the whole document."""

    rel: str
    full: str
    title: str | None
    date: dt.date | None


def numbered(docs: Iterable[Document]) -> Iterator[Document]:
    """Documents with their facts' sentences counted from the file's start, not the part's."""
    sentences = 0
    for doc in docs:
        if doc.part == 0:
            sentences = 0
        yield renumbered(doc, sentences) if sentences else doc
        sentences += len(doc.sentences)


def analyse_part(source: Source, part: Part, k: int, opts: Options) -> list[Document]:
    """Facts of one part, offsets shifted into the file; sentences are numbered from the part's start."""
    rel, full, date = source.rel, source.full, source.date
    text = part.text if opts.keep_boilerplate else blank(part.text, part.boilerplate, part.offset)
    kinds = set(opts.kinds) if opts.kinds is not None else None
    try:
        analysis = shared_extractor(opts.ner).analyse(text, kinds=kinds, date=date)
    except Exception as err:  # an extractor bug on one hostile file must not stop the batch
        return failed(rel, full, f"extraction failed ({type(err).__name__}: {err})", k)
    off = part.offset
    facts = [
        dataclasses.replace(f, start=f.start + off, end=f.end + off) if off else f for f in analysis.facts
    ]
    doc = Document(
        path=rel,
        facts=facts,
        title=source.title,
        date=date,
        file=full,
        text=part.text,
        offset=off,
        part=k,
        sentences=[(s + off, e + off) for s, e in analysis.sentences],
        boilerplate=part.boilerplate,
    )
    return [doc]


def failed(rel: str, full: str, reason: str, k: int) -> list[Document]:
    return [Document(rel, error=reason, file=full, part=k)]


def renumbered(doc: Document, base: int) -> Document:
    facts = [dataclasses.replace(f, sentence=f.sentence + base) for f in doc.facts]
    return dataclasses.replace(doc, facts=facts, first_sentence=doc.first_sentence + base)


def blank(text: str, spans: Iterable[tuple[int, int]], offset: int = 0) -> str:
    """The text with the spans (file offsets) turned to spaces, line breaks kept: offsets do not move."""
    pieces: list[str] = []
    last = 0
    for s, e in spans:
        s, e = s - offset, e - offset
        pieces.append(text[last:s])
        pieces.append(_NOT_BREAK.sub(" ", text[s:e]))
        last = e
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
