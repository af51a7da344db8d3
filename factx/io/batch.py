"""Facts from files and folders: a deterministic walk, optional worker processes, bounded memory.

Work goes out as tasks in a fixed order and results come back in that order, so the output does not
depend on the number of workers. At most a few tasks are in flight, and a file larger than a part is
read in parts by the parent, so neither a huge folder nor a huge file is ever held whole.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator

from .document import Document as Document  # the record batches are made of
from .document import Options, Source, Task, analyse_part, failed, numbered
from .reader import (
    PART_CHARS,
    Part,
    ReadError,
    bytes_parts,
    is_html,
    read_parts,
    text_parts,
)
from .walk import iter_files as iter_files  # where the CLI and tests have always found it

_GROUP_FILES = 64


def extract_paths(
    paths: Iterable[str | os.PathLike[str]],
    kinds: Iterable[str] | None = None,
    *,
    jobs: int = 1,
    keep_boilerplate: bool = False,
    ner: bool = False,
    date: dt.date | None = None,
) -> Iterator[Document]:
    """Facts of every .txt, .md, .html and .htm file under the paths, in a sorted, repeatable order.

    A path named explicitly is read whatever its extension. A file that cannot be read yields a
    Document whose `error` says why; a file larger than a part yields one Document per part.
    `date` stands for the date of the files whose page or header gives none.
    jobs > 1 starts worker processes: as with any multiprocessing, a script that calls this must do so
    under `if __name__ == "__main__":`.
    """
    from ..registry import check_kinds  # an unknown kind is the caller's error, not each file's

    opts = Options(check_kinds(kinds) if kinds is not None else None, keep_boilerplate, ner, date)
    yield from numbered(doc for docs in _run(_tasks(paths, opts), jobs) for doc in docs)


def _tasks(paths: Iterable[str | os.PathLike[str]], opts: Options) -> Iterator[Task]:
    """Tasks in output order: groups of small files for a worker to read, or the parts of a big text file.

    Grouping small files keeps the cost of handing work to a process from outweighing the work.
    """
    group: list[tuple[str, str]] = []
    size = 0
    for rel, full, error in iter_files(paths):
        try:
            length = os.path.getsize(full) if error is None else 0
        except OSError:
            length = 0  # the worker reports why
        if error is None and (length <= PART_CHARS or is_html(full)):
            group.append((rel, full))
            size += length
            if len(group) >= _GROUP_FILES or size >= PART_CHARS:
                yield _read_and_analyse, (group, opts)
                group, size = [], 0
            continue
        if group:
            yield _read_and_analyse, (group, opts)
            group, size = [], 0
        if error is not None:
            yield failed, (rel, full, error, 0)
        else:
            yield from _file_tasks(rel, full, read_parts(full), opts)
    if group:
        yield _read_and_analyse, (group, opts)


def _file_tasks(rel: str, full: str, parts: Iterator[Part], opts: Options) -> Iterator[Task]:
    """A task per part of the file, then a failure if reading stopped on an error."""
    done = 0
    title: str | None = None
    date: dt.date | None = None
    try:
        for part in parts:
            if done == 0:
                title, date = part.title, part.date or opts.date
            yield analyse_part, (Source(rel, full, title, date), part, done, opts)
            done += 1
    except ReadError as err:
        yield failed, (rel, full, str(err), done)


def _run(tasks: Iterator[Task], jobs: int) -> Iterator[list[Document]]:
    """Results of the tasks in their order, from `jobs` worker processes or from this one (the pool
    module, and multiprocessing with it, is imported only when workers are asked for)."""
    if jobs <= 1:
        for fn, args in tasks:
            yield fn(*args)
        return
    from .pool import in_workers

    yield from in_workers(tasks, jobs)


def _read_and_analyse(files: list[tuple[str, str]], opts: Options) -> list[Document]:
    """A worker's task for files small enough to hold: read them and analyse their parts."""
    return [
        doc
        for rel, full in files
        for fn, args in _file_tasks(rel, full, read_parts(full), opts)
        for doc in fn(*args)
    ]


def analyse_text(
    text: str,
    doc: str = "",
    date: dt.date | None = None,
    kinds: Iterable[str] | None = None,
    keep_boilerplate: bool = False,
    *,
    ner: bool = False,
) -> Document:
    """The facts of one text read as `extract_paths` reads a file: site chrome skipped, the title and
    date taken from the text's header (`date` wins over the header's). A text in a DataFrame row and
    the same text in a file give the same facts. An extraction error comes back in `error`."""
    from ..registry import check_kinds

    opts = Options(check_kinds(kinds) if kinds is not None else None, keep_boilerplate, ner)
    part = next(text_parts([text], None))
    return analyse_part(Source(doc, doc, part.title, date or part.date), part, 0, opts)[0]


def analyse_bytes(
    data: bytes,
    doc: str,
    kinds: Iterable[str] | None = None,
    *,
    date: dt.date | None = None,
    keep_boilerplate: bool = False,
    ner: bool = False,
) -> list[Document]:
    """The Documents that `extract_paths` gives for a file named `doc` holding `data`: decoded, parted
    and numbered as the file would be, so bytes read by another engine give the local run's facts."""
    from ..registry import check_kinds

    opts = Options(check_kinds(kinds) if kinds is not None else None, keep_boilerplate, ner, date)
    tasks = _file_tasks(doc, doc, bytes_parts(data, doc), opts)
    return list(numbered(doc for fn, args in tasks for doc in fn(*args)))
