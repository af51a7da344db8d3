"""The report page: the summary (the panel, charts per indicator, figures by place and year, plan
against actual, subjects) first, then a filterable table of every fact, then the documents,
collapsed, whose text is highlighted when opened.

Facts and texts travel as gzip-compressed JSON in the page (DecompressionStream unpacks them in the
browser), which keeps a report of a thousand articles near a megabyte; both are streamed into spooled
files while the summary is counted, so a big folder is never held whole. The page is written
atomically, and the temporary file is opened first, so an unwritable output fails before the work.
"""

from __future__ import annotations

import base64
import json
import tempfile
import zlib
from collections.abc import Iterable
from html import escape
from importlib.resources import files
from typing import IO, Any

from ...facts import Fact
from ...io.batch import Document
from ...io.export import Out, open_output
from ...panel import Panel
from ...registry import KIND_TABLE
from ..values import describe
from .charts import charts
from .overview import Overview
from .tables import by_place, details, panel

_CHUNK = 3 * (1 << 16)  # a multiple of 3: base64 pieces join without padding in between


class Payload:
    """JSON items gzip-compressed into a spooled file, to be written into the page as base64."""

    def __init__(self) -> None:
        spool = tempfile.SpooledTemporaryFile(max_size=16 << 20)  # noqa: SIM115 (closed by __exit__)
        self.file: IO[bytes] = spool
        self.gzip = zlib.compressobj(9, zlib.DEFLATED, 31)
        self.count = 0
        self.file.write(self.gzip.compress(b"["))

    def __enter__(self) -> Payload:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def add(self, item: Any) -> None:
        data = json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode()
        self.file.write(self.gzip.compress(b"," + data if self.count else data))
        self.count += 1

    def write_base64(self, stream: IO[str]) -> None:
        self.file.write(self.gzip.compress(b"]") + self.gzip.flush())
        self.file.seek(0)
        while chunk := self.file.read(_CHUNK):
            stream.write(base64.b64encode(chunk).decode("ascii"))


def write_report(docs: Iterable[Document], out: Out, *, title: str = "factx report") -> None:
    """Write the page to a path (atomically) or to an open text stream."""
    overview = Overview()
    built = Panel()
    failures: list[str] = []
    with Payload() as texts, Payload() as facts, open_output(out) as stream:
        for doc in docs:
            overview.files += doc.part == 0
            built.add(doc)
            if doc.error is not None:
                overview.failed += 1
                failures.append(f"<li>{escape(doc.path)}: {escape(doc.error)}</li>")
                continue
            for fact in doc.facts:
                overview.add(fact)
                facts.add(_fact_row(texts.count, fact))
            texts.add(_doc_entry(doc))
        _write_page(stream, title, overview, built.rows(), failures, texts, facts)


def _doc_entry(doc: Document) -> list[Any]:
    """What the browser needs to show a document: its names, its text and where the chrome is."""
    date = doc.date.isoformat() if doc.date else ""
    return [
        doc.path,
        doc.title or "",
        date,
        doc.part,
        doc.offset,
        doc.text,
        [list(s) for s in doc.boilerplate],
    ]


def _fact_row(doc: int, fact: Fact) -> list[Any]:
    """One row of the fact table: where it is, and the fields it is filtered and sorted by."""
    d = fact.as_dict()
    value = d.get("value") if d.get("value") is not None else d.get("after")
    place = d.get("place") or d.get("canonical") or d.get("name") or ""  # a place name is about itself
    return [
        doc, fact.kind, fact.start, fact.end, describe(fact, rounded=True),
        d.get("subject") or "", place, d.get("period") or "", d.get("modality") or "",
        float(value) if value is not None else None,
    ]  # fmt: skip


def _write_page(
    stream: IO[str],
    title: str,
    overview: Overview,
    rows: list[dict[str, Any]],
    failures: list[str],
    texts: Payload,
    facts: Payload,
) -> None:
    asset = files(__package__)
    stream.write('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">\n')
    stream.write('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    stream.write(f"<title>{escape(title)}</title>\n<style>{asset.joinpath('report.css').read_text()}")
    stream.write("".join(f".k-{k.name} {{ background: {k.colour}; }}\n" for k in KIND_TABLE))
    stream.write(f"</style></head>\n<body>\n<h1>{escape(title)}</h1>\n")
    stream.write(_meta(overview))
    stream.write(f'<section id="summary">\n{panel(rows)}<div class="charts">\n')
    for name, svg in charts(overview, rows):
        stream.write(f'<figure class="chart"><figcaption>{escape(name)}</figcaption>{svg}</figure>\n')
    stream.write(f"</div>\n{by_place(overview)}{details(overview)}</section>\n")
    if failures:
        stream.write(
            f'<h2 id="failures">Files not read</h2>\n<ul class="failures">{"".join(failures)}</ul>\n'
        )
    stream.write(asset.joinpath("body.html").read_text())
    for name, payload in (("texts", texts), ("facts", facts)):
        stream.write(f'<script type="application/octet-stream" id="{name}-data">')
        payload.write_base64(stream)
        stream.write("</script>\n")
    stream.write(f"<script>{asset.joinpath('report.js').read_text()}</script>\n</body></html>\n")


def _meta(overview: Overview) -> str:
    figures = overview.kinds.total() - overview.kinds["place"]
    return (
        f'<p class="meta">{overview.files} files, {overview.kinds.total()} facts ({figures} figures, '
        f"{overview.kinds['place']} place names), {overview.failed} not read · "
        '<a href="#facts">all facts</a> · <a href="#documents">documents</a></p>\n'
    )
