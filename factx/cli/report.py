"""One self-contained HTML page: each document's text with its facts highlighted and listed, and a
summary of the facts per kind and per place.

Documents stream into a spooled temporary file while the summary is counted, so a report over a big
folder does not hold every document; the page is then written atomically, summary first.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from html import escape
from itertools import pairwise

from ..facts import Fact
from ..io.batch import Document
from ..io.export import Out, open_output
from ..registry import KIND_TABLE, KINDS
from .show import about, describe

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
table { border-collapse: collapse; margin: .5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: .15em .5em; text-align: left; vertical-align: top; }
.text { white-space: pre-wrap; border-left: 3px solid #ddd; padding-left: 1em; }
.chrome { color: #999; text-decoration: line-through; }
mark { padding: 0 .1em; border-radius: .2em; }
section.doc { border-top: 2px solid #888; margin-top: 2em; }
.meta { color: #666; }
"""


def write_report(docs: Iterable[Document], out: Out, *, title: str = "factx report") -> None:
    """Write the page to a path (atomically) or to an open text stream."""
    kinds: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    about_place: Counter[str] = Counter()
    failures: list[str] = []
    files = 0
    with tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8") as body:
        for doc in docs:
            files += doc.part == 0
            if doc.error is not None:
                failures.append(f"<li>{escape(doc.path)}: {escape(doc.error)}</li>")
                continue
            for fact in doc.facts:
                kinds[fact.kind] += 1
                d = fact.as_dict()
                if fact.kind == "place":
                    mentions[d.get("canonical") or d["name"]] += 1
                elif d.get("place"):
                    about_place[d["place"]] += 1
            body.write(_document(doc, files))
        body.seek(0)
        with open_output(out) as stream:
            stream.write('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">\n')
            stream.write(f"<title>{escape(title)}</title>\n<style>{_STYLE}{_kind_css()}</style></head>\n")
            stream.write(f"<body>\n<h1>{escape(title)}</h1>\n")
            stream.write(_summary(files, len(failures), kinds, mentions, about_place))
            if failures:
                stream.write(f'<h2>Files not read</h2>\n<ul class="failures">{"".join(failures)}</ul>\n')
            shutil.copyfileobj(body, stream)
            stream.write("</body></html>\n")


def _kind_css() -> str:
    return "".join(f"mark.k-{k.name} {{ background: {k.colour}; }}\n" for k in KIND_TABLE)


def _summary(
    files: int, failed: int, kinds: Counter[str], mentions: Counter[str], about: Counter[str]
) -> str:
    rows = "".join(
        f'<tr><td><mark class="k-{_css(k)}">{escape(k)}</mark></td><td>{n}</td></tr>'
        for k, n in by_kind(kinds)
    )
    places = sorted(set(mentions) | set(about), key=lambda p: (-mentions[p] - about[p], p))
    place_rows = "".join(
        f"<tr><td>{escape(p)}</td><td>{mentions[p]}</td><td>{about[p]}</td></tr>" for p in places
    )
    return (
        f'<p class="meta">{files} files, {kinds.total()} facts, {failed} not read</p>\n'
        '<section id="summary"><h2>Facts per kind</h2>\n'
        f"<table><tr><th>kind</th><th>facts</th></tr>{rows}</table>\n"
        "<h2>Places</h2>\n<table><tr><th>place</th><th>mentions</th><th>facts about it</th></tr>"
        f"{place_rows}</table></section>\n"
    )


def _document(doc: Document, number: int) -> str:
    if doc.part == 0:
        meta = " · ".join(escape(str(x)) for x in (doc.title, doc.date) if x)
        head = f'<h2 id="doc-{number}">{escape(doc.path)}</h2>\n<p class="meta">{meta}</p>\n'
    else:
        head = f"<h3>{escape(doc.path)}, part {doc.part + 1}</h3>\n"
    rows = "".join(
        f'<tr><td>{i}</td><td><mark class="k-{_css(f.kind)}">{escape(f.kind)}</mark></td>'
        f"<td>{escape(f.text)}</td><td>{escape(describe(f))}</td><td>{escape(about(f))}</td></tr>"
        for i, f in enumerate(doc.facts, 1)
    )
    table = (
        '<table class="facts"><tr><th>#</th><th>kind</th><th>text</th><th>value</th><th>about</th></tr>'
        f"{rows}</table>\n"
        if rows
        else '<p class="meta">No facts.</p>\n'
    )
    return f'<section class="doc">{head}<div class="text">{_marked(doc)}</div>\n{table}</section>\n'


def _marked(doc: Document) -> str:
    """The text, HTML-escaped, each stretch inside a fact marked with the innermost fact's kind."""
    off, text = doc.offset, doc.text
    bounds = {0, len(text)}
    for fact in doc.facts:
        bounds.update((fact.start - off, fact.end - off))
    for start, end in doc.boilerplate:
        bounds.update((start - off, end - off))
    facts = sorted(doc.facts, key=lambda f: f.start)
    chrome = sorted(doc.boilerplate)
    active: list[Fact] = []
    i = j = 0
    out: list[str] = []
    for a, b in pairwise(sorted(x for x in bounds if 0 <= x <= len(text))):
        while i < len(facts) and facts[i].start - off <= a:
            active.append(facts[i])
            i += 1
        active = [f for f in active if f.end - off > a]
        while j < len(chrome) and chrome[j][1] - off <= a:
            j += 1
        piece = escape(text[a:b])
        if active:
            f = min(active, key=lambda f: f.end - f.start)
            piece = (
                f'<mark class="k-{_css(f.kind)}" title="{escape(f"{f.kind}: {describe(f)}")}">{piece}</mark>'
            )
        if j < len(chrome) and chrome[j][0] - off <= a:
            piece = f'<span class="chrome">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _css(kind: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "_", kind)


def by_kind(counts: Counter[str]) -> list[tuple[str, int]]:
    """Counts in the order of KINDS, kinds unknown to it last."""
    return sorted(
        counts.items(), key=lambda kn: (KINDS.index(kn[0]) if kn[0] in KINDS else len(KINDS), kn[0])
    )
