"""The factx command: extract, show, eval and report (SPEC.md, "Command line").

Exit status: 0 when every file was read, 1 when some were not (or the output could not be written),
2 for bad usage, including a path that does not exist; 130 after Ctrl-C.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from tqdm import tqdm

from ..io.batch import Document, extract_paths, iter_files
from ..io.export import to_csv, to_jsonl
from ..registry import KINDS
from .spark import add_parser as add_spark_parser

NER_HELP = "also find places with natasha's NER (needs natasha; several times slower)"


class UsageError(Exception):
    """Bad arguments found after parsing: reported like argparse's own errors, exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, or argparse's usage error
        return stop.code if isinstance(stop.code, int) else 0
    try:
        return int(args.handler(args))
    except UsageError as err:
        print(f"factx {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nfactx: interrupted, no output written", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `factx extract … | head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as err:  # the output could not be written
        print(f"factx {args.command}: error: {err}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factx", description="Typed facts from Russian-language news.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    kinds = argparse.ArgumentParser(add_help=False)
    kinds.add_argument("--kinds", type=_kinds, metavar="K,K", help=f"only these kinds: {','.join(KINDS)}")
    kinds.add_argument(
        "--keep-boilerplate", action="store_true", help="also extract from site chrome (headline lists…)"
    )
    kinds.add_argument("--ner", action="store_true", help=NER_HELP)
    kinds.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the date of documents whose page or header gives none (relative periods resolve against it)",
    )
    many = argparse.ArgumentParser(add_help=False)
    many.add_argument("paths", nargs="+", metavar="PATH", help="files or folders, read recursively")
    many.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="worker processes (0: one per CPU)")

    p = sub.add_parser("extract", parents=[many, kinds], help="facts of files and folders as CSV or JSONL")
    p.add_argument(
        "-o", "--output", metavar="OUT", help="facts.csv, facts.jsonl or facts.parquet (default: stdout)"
    )
    p.add_argument("--format", choices=("csv", "jsonl", "parquet"), help="default: from OUT's extension")
    p.add_argument("--excel", action="store_true", help="CSV for Russian-locale Excel: BOM, ';', 5,6")
    p.set_defaults(handler=_extract)

    p = sub.add_parser("show", parents=[kinds], help="a file's text with its facts highlighted")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--why", action="store_true", help="the rules and context decisions behind each fact")
    p.add_argument("--all", action="store_true", help="with --why: also the candidates that were turned down")
    p.set_defaults(handler=_show)

    p = sub.add_parser("eval", help="precision, recall and F1 per kind against annotated texts")
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("--kinds", type=_kinds, metavar="K,K", help="only these kinds")
    p.add_argument("--ner", action="store_true", help=NER_HELP)
    p.set_defaults(handler=_eval)

    p = sub.add_parser("report", parents=[many, kinds], help="one HTML page with the texts and their facts")
    p.add_argument("-o", "--output", metavar="OUT", help="report.html (default: stdout)")
    p.set_defaults(handler=_report)
    add_spark_parser(sub, kinds)
    return parser


def _kinds(value: str) -> set[str]:
    kinds = {k.strip() for k in value.split(",") if k.strip()}
    unknown = sorted(kinds - set(KINDS))
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(f"unknown kind {', '.join(unknown)!r}; known: {','.join(KINDS)}")
    return kinds


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return jobs or os.cpu_count() or 1


def _existing(paths: Sequence[str]) -> list[str]:
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    return list(paths)


def _check_output(out: str | None) -> None:
    if out is None:
        return
    folder = os.path.dirname(out) or "."
    if os.path.isdir(out):
        raise UsageError(f"output {out} is a folder")
    if not os.path.isdir(folder):
        raise UsageError(f"output folder {folder} does not exist")


class _Progress:
    """Counts what goes by; a progress bar on stderr only when stderr is a terminal."""

    def __init__(self, paths: Sequence[str]) -> None:
        tty = sys.stderr.isatty()
        total = sum(1 for _ in iter_files(paths)) if tty else None
        self.bar = tqdm(total=total, unit="file", file=sys.stderr, disable=not tty, leave=False)
        self.started = time.monotonic()
        self.files = 0
        self.failed = 0
        self.kinds: Counter[str] = Counter()

    def watch(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.part == 0:
                self.files += 1
                self.bar.update()
            if doc.error is not None:
                self.failed += 1
                tqdm.write(f"factx: {doc.file}: {doc.error}", file=sys.stderr)
            self.kinds.update(f.kind for f in doc.facts)
            yield doc

    def close(self) -> int:
        """Print the summary line; the exit status."""
        self.bar.close()
        print_summary(self.files, self.kinds, self.failed, time.monotonic() - self.started)
        return 1 if self.failed else 0


def print_summary(files: int, kinds: Counter[str], failed: int, seconds: float) -> None:
    """The one line at the end of a run: files, facts by kind, failures, seconds."""
    from .report import by_kind

    listed = ", ".join(f"{k} {n}" for k, n in by_kind(kinds))
    facts = f"{kinds.total()} facts" + (f" ({listed})" if listed else "")
    print(f"factx: {files} files, {facts}, {failed} failed, {seconds:.1f} s", file=sys.stderr)


def _documents(args: argparse.Namespace) -> tuple[_Progress, Iterator[Document]]:
    paths = _existing(args.paths)
    _check_output(args.output)
    progress = _Progress(paths)
    docs = extract_paths(
        paths,
        args.kinds,
        jobs=args.jobs,
        keep_boilerplate=args.keep_boilerplate,
        ner=args.ner,
        date=args.date,
    )
    return progress, progress.watch(docs)


_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def _extract(args: argparse.Namespace) -> int:
    fmt = args.format
    if fmt is None:
        fmt = _FORMATS.get(os.path.splitext(args.output or "")[1].lower(), "csv")
    if args.excel and fmt != "csv":
        raise UsageError("--excel applies to CSV only")
    if fmt == "parquet" and args.output in (None, "-"):
        raise UsageError("Parquet is written to a file: -o facts.parquet")
    progress, docs = _documents(args)
    if fmt == "parquet":
        from ..io.arrow import to_parquet

        to_parquet(docs, args.output)
    elif fmt == "jsonl":
        to_jsonl(docs, args.output or sys.stdout)
    else:
        to_csv(docs, args.output or sys.stdout, excel=args.excel)
    return progress.close()


def _report(args: argparse.Namespace) -> int:
    from .report import write_report

    progress, docs = _documents(args)
    write_report(docs, args.output or sys.stdout)
    return progress.close()


def _show(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .show import render, render_why

    if not os.path.isfile(args.file):
        raise UsageError(f"no such file: {args.file}")
    if args.all and not args.why:
        raise UsageError("--all applies to --why")
    console = Console()
    if args.why:
        return render_why(
            args.file,
            console,
            args.kinds,
            keep_boilerplate=args.keep_boilerplate,
            rejected=args.all,
            date=args.date,
        )
    failed = 0
    docs = extract_paths(
        [args.file], args.kinds, keep_boilerplate=args.keep_boilerplate, ner=args.ner, date=args.date
    )
    for doc in docs:
        if doc.error is not None:
            print(f"factx: {doc.file}: {doc.error}", file=sys.stderr)
            failed = 1
        else:
            render(doc, console)
    return failed


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import main as eval_main

    if not os.path.isfile(args.gold):
        raise UsageError(f"no such file: {args.gold}")
    return eval_main(args.gold, args.kinds, ner=args.ner)
