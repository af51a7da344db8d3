"""A document in the terminal: its text with the facts highlighted by kind, and a table of them; or,
with --why, the rules and context decisions behind each fact."""

from __future__ import annotations

import datetime as dt
import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..io.document import Document, blank, shared_extractor
from ..io.reader import ReadError, read_file
from ..registry import KINDS, style
from .values import about, describe


def render(doc: Document, console: Console) -> None:
    """Print the document's text with facts highlighted, then its facts as a table."""
    if doc.part == 0:
        console.rule(Text(doc.path))
        header = " · ".join(str(x) for x in (doc.title, doc.date) if x)
        if header:
            console.print(Text(header, style="bold"))
    text = Text(doc.text)
    for start, end in doc.boilerplate:
        text.stylize("dim strike", start - doc.offset, end - doc.offset)
    # Longer spans first, so that a fact inside another is styled on top of it.
    for fact in sorted(doc.facts, key=lambda f: f.start - f.end):
        text.stylize(style(fact.kind), fact.start - doc.offset, fact.end - doc.offset)
    console.print(text)
    console.print(Text("  ").join(Text(kind, style=style(kind)) for kind in KINDS))
    table = Table("#", "kind", "text", "value", "about", "sentence")
    for i, fact in enumerate(doc.facts, 1):
        table.add_row(
            Text(str(i)),
            Text(fact.kind),
            Text(fact.text, style=style(fact.kind)),
            Text(describe(fact)),
            Text(about(fact)),
            Text(str(fact.sentence)),
        )
    console.print(table)


def render_why(
    path: str,
    console: Console,
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
    console.rule(Text(path))
    for i, item in enumerate(explanation.facts, 1):
        f = item.fact
        line = Text(f"{i:>3} ")
        line.append(f"{f.kind:<11}")
        line.append(f.text, style=style(f.kind))
        line.append(f"  {describe(f)}  [{f.start}:{f.end}]")
        console.print(line)
        console.print(Text(f"      rules: {', '.join(item.rules)}", style="dim"))
        for decision in item.context:
            console.print(Text(f"      {decision}", style="dim"))
    if rejected:
        console.rule(Text("rejected candidates"))
        for r in explanation.rejected:
            console.print(Text(f"    {r.kind:<11}{r.text}  [{r.start}:{r.end}]  {r.guard}"))
    return 0
