"""Facts from files and folders: a deterministic walk, optional worker processes, bounded memory.

Work goes out as tasks in a fixed order and results come back in that order, so the output does not
depend on the number of workers. At most a few tasks are in flight, and a file larger than a part is
read in parts by the parent, so neither a huge folder nor a huge file is ever held whole.
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
import signal
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .document import Document as Document  # the record batches are made of
from .document import Options, Source, analyse_part, failed, numbered
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

_IN_FLIGHT_PER_JOB = 4
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


Task = tuple[Callable[..., list[Document]], tuple[Any, ...]]


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
    """Results of the tasks in their order, from `jobs` worker processes or from this one.

    When the workers die before the first result (a script that calls extract_paths outside
    `if __name__ == "__main__":` makes every worker re-run it), the run goes on in this process.
    """
    if jobs <= 1:
        yield from _in_process(tasks)
        return
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise SystemExit(1)  # a worker re-running an unguarded script: leave quietly, the parent goes on
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_ignore_sigint) as pool:
        pending: deque[tuple[Future[list[Document]], Task]] = deque()
        started = False  # a result came back: the workers run
        try:
            for fn, args in tasks:
                pending.append((pool.submit(fn, *args), (fn, args)))
                if len(pending) >= jobs * _IN_FLIGHT_PER_JOB:
                    yield pending[0][0].result()
                    pending.popleft()
                    started = True
            while pending:
                yield pending[0][0].result()
                pending.popleft()
                started = True
        except BrokenProcessPool:
            if started:
                raise
            warnings.warn(_NO_WORKERS, RuntimeWarning, stacklevel=4)
            yield from _in_process(itertools.chain([task for _, task in pending], tasks))
            pending.clear()
        finally:
            for future, _ in pending:
                future.cancel()


_NO_WORKERS = (
    "factx: worker processes could not start, so this run goes on in one process. A script that asks "
    'for jobs > 1 must call factx under `if __name__ == "__main__":`, since every worker imports it.'
)


def _in_process(tasks: Iterable[Task]) -> Iterator[list[Document]]:
    for fn, args in tasks:
        yield fn(*args)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops them after cleaning up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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
