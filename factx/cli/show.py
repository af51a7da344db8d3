"""A document in the terminal: its text with the facts highlighted by kind, and a table of them; or,
with --why, the rules and context decisions behind each fact."""

from __future__ import annotations

import datetime as dt
import sys

from ..io.document import Document, blank, shared_extractor
from ..io.reader import ReadError, read_file
from ..registry import KINDS, style
from .term import Span, paint, rule, styled, table
from .values import about, describe


def render(doc: Document, colour: bool) -> None:
    """Print the document's text with facts highlighted, then its facts as a table. The title is
    printed apart only when the text does not open with it, as an HTML page's main text may not."""
    if doc.part == 0:
        print(rule(" · ".join(str(x) for x in (doc.path, doc.date) if x)))
        if doc.title and not doc.text.lstrip().startswith(doc.title):
            print(paint(doc.title, "bold", colour))
    spans: list[Span] = [(s - doc.offset, e - doc.offset, "dim strike") for s, e in doc.boilerplate]
    # Longer spans first, so that a fact inside another is styled on top of it.
    facts = sorted(doc.facts, key=lambda f: f.start - f.end)
    spans += [(f.start - doc.offset, f.end - doc.offset, style(f.kind)) for f in facts]
    print(styled(doc.text, spans, colour))
    print("  ".join(paint(kind, style(kind), colour) for kind in KINDS))
    rows = [
        [
            (str(i), ""),
            (f.kind, ""),
            (f.text, style(f.kind)),
            (describe(f), ""),
            (about(f), ""),
            (str(f.sentence), ""),
        ]
        for i, f in enumerate(doc.facts, 1)
    ]
    print(table(["#", "kind", "text", "value", "about", "sentence"], rows, colour))


def render_why(
    path: str,
    colour: bool,
    kinds: set[str] | None,
    *,
    keep_boilerplate: bool,
    rejected: bool,
    date: dt.date | None = None,
) -> int:
    """Each fact of a file with the rules that made it and the context decisions taken for it; with
    `rejected`, also the candidates a guard or an overlap turned down. The exit status."""
    try:
        part = read_file(path)
    except ReadError as err:
        print(f"factx: {path}: {err}", file=sys.stderr)
        return 1
    text = part.text if keep_boilerplate else blank(part.text, part.boilerplate)
    explanation = shared_extractor().explain(text, kinds, part.date or date)
    print(rule(path))
    for i, item in enumerate(explanation.facts, 1):
        f = item.fact
        print(
            f"{i:>3} {f.kind:<11}{paint(f.text, style(f.kind), colour)}  {describe(f)}  [{f.start}:{f.end}]"
        )
        print(paint(f"      rules: {', '.join(item.rules)}", "dim", colour))
        for decision in item.context:
            print(paint(f"      {decision}", "dim", colour))
    if rejected:
        print(rule("rejected candidates"))
        for r in explanation.rejected:
            print(f"    {r.kind:<11}{r.text}  [{r.start}:{r.end}]  {r.guard}")
    return 0
