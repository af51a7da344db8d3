"""Worker processes for a batch: tasks go out in order, at most a few per worker in flight, and
results come back in that order, so the output does not depend on the number of workers.

Kept apart from batch.py so that a run in one process never imports multiprocessing.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
import warnings
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .document import Document, Task

_IN_FLIGHT_PER_JOB = 4


def in_workers(tasks: Iterator[Task], jobs: int) -> Iterator[list[Document]]:
    """Results of the tasks in their order, from `jobs` worker processes.

    When the workers die before the first result (a script that calls extract_paths outside
    `if __name__ == "__main__":` makes every worker re-run it), the run goes on in this process.
    """
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
            warnings.warn(_NO_WORKERS, RuntimeWarning, stacklevel=5)
            for fn, args in itertools.chain([task for _, task in pending], tasks):
                yield fn(*args)
            pending.clear()
        finally:
            for future, _ in pending:
                future.cancel()


_NO_WORKERS = (
    "factx: worker processes could not start, so this run goes on in one process. A script that asks "
    'for jobs > 1 must call factx under `if __name__ == "__main__":`, since every worker imports it.'
)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops them after cleaning up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
