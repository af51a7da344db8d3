"""The optional parts of factx. Each comes with an extra of the package (pyproject.toml) so that the
core install stays small; a call that needs a missing one fails at once with an ImportError that names
the extra to install, and the command line turns that into one line and exit status 2."""

from __future__ import annotations

import importlib


class MissingExtra(ImportError):
    """A library of an extra is not installed; the message says what needs it and how to get it."""


def missing(extra: str, why: str) -> MissingExtra:
    """The error for a missing extra; `why` says what needs which library ("Parquet output needs
    pyarrow")."""
    return MissingExtra(f"{why}: pip install 'factx[{extra}]'")


def require(module: str, extra: str, why: str) -> None:
    """Raise `missing(extra, why)` unless `module` imports: asked before any work, not midway."""
    try:
        importlib.import_module(module)
    except ImportError as err:
        raise missing(extra, why) from err
