"""`python -m factx`; the guard keeps worker processes, which import this module, from running it."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
