"""The walk over the PATH arguments: which files a run reads, in which order, under which names."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .reader import SUFFIXES, os_reason


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, str, str | None]]:
    """(relative path, path to open, error) for each file to read, folders walked in name order.

    Hidden entries (".git") are passed over and symbolic links to folders are not followed, which keeps
    the walk finite. A folder that cannot be listed comes out as an entry with an error.
    """
    for arg in paths:
        top = os.fspath(arg)
        if not os.path.isdir(top):
            yield top, top, None
            continue
        stack = [("", _listing(top))]
        while stack:
            rel, entries = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            name, is_dir, error = entry
            sub = f"{rel}{name}"
            full = os.path.join(top, sub)
            if error is not None:
                yield sub, full, error
            elif is_dir:
                stack.append((f"{sub}/", _listing(full)))
            elif os.path.splitext(name)[1].lower() in SUFFIXES:
                yield sub, full, None


def _listing(folder: str) -> Iterator[tuple[str, bool, str | None]]:
    """Sorted (name, is a folder, error) of a folder's visible entries."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(
                (e.name, e.is_dir(follow_symlinks=False)) for e in it if not e.name.startswith(".")
            )
    except OSError as err:
        yield "", False, f"folder not listed: {os_reason(err, folder)}"
        return
    for name, is_dir in entries:
        yield name, is_dir, None
