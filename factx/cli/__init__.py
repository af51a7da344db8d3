"""The factx command line and the tools around it: show, report, eval."""

from .main import main

__all__ = ["main"]
