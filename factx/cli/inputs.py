"""What the commands read: files and folders, `-` for standard input, and the files a walk passes over.

These serve the summary line as much as the run: a newcomer who points factx at a folder of .csv or
.xlsx files should learn that nothing in it was read, and why, instead of "0 files".
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence

from ..io.batch import Document, analyse_text, extract_paths
from ..io.reader import SUFFIXES, ReadError, decode, text_parts

STDIN = "-"
STDIN_NAME = "<stdin>"  # the doc column of a text read from standard input


def read_documents(
    paths: Sequence[str],
    kinds: set[str] | None,
    *,
    jobs: int,
    keep_boilerplate: bool,
    ner: bool,
    date: dt.date | None,
) -> Iterator[Document]:
    """extract_paths over the paths in order, with `-` read from standard input where it stands."""
    for is_stdin, group in itertools.groupby(paths, key=lambda p: p == STDIN):
        if not is_stdin:
            yield from extract_paths(
                list(group), kinds, jobs=jobs, keep_boilerplate=keep_boilerplate, ner=ner, date=date
            )
            continue
        for _ in group:
            yield _stdin_document(kinds, keep_boilerplate=keep_boilerplate, ner=ner, date=date)


def _stdin_document(
    kinds: set[str] | None, *, keep_boilerplate: bool, ner: bool, date: dt.date | None
) -> Document:
    """Standard input as one document, decoded like a file; a binary stream is an error, not a crash."""
    try:
        text = decode(sys.stdin.buffer.read())
    except ReadError as err:
        return Document(STDIN_NAME, error=str(err), file=STDIN_NAME)
    header_date = next(text_parts([text], None)).date  # as for files: the text's own date wins
    return analyse_text(text, STDIN_NAME, header_date or date, kinds, keep_boilerplate, ner=ner)


def passed_over(paths: Sequence[str]) -> Counter[str]:
    """Files under the folders among `paths` that no reader takes, counted by extension ("(none)" for
    none). Hidden entries are left out, as the walk that reads leaves them out."""
    counts: Counter[str] = Counter()
    for top in paths:
        if top == STDIN or not os.path.isdir(top):
            continue
        for _folder, dirs, files in os.walk(top):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                suffix = os.path.splitext(name)[1].lower()
                if not name.startswith(".") and suffix not in SUFFIXES:
                    counts[suffix or "(none)"] += 1
    return counts


def readable_suffixes() -> str:
    """The extensions a folder walk reads, for messages."""
    return ", ".join(sorted(SUFFIXES))
