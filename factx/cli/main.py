"""The factx command: extract, show, eval and report (SPEC.md, "Command line").

Exit status: 0 when every file was read, 1 when some were not (or the output could not be written),
2 for bad usage, including a path that does not exist; 130 after Ctrl-C.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from .. import __version__
from ..extras import MissingExtra
from ..io.batch import Document, iter_files
from ..io.export import to_csv, to_jsonl
from ..registry import KINDS
from .inputs import STDIN, read_documents
from .progress import Progress
from .spark import add_parser as add_spark_parser
from .table import add_parser as add_table_parser

NER_HELP = "also find places with natasha's NER (needs factx[ner]; several times slower)"
# The one table of output formats: an extension not in it is bad usage.
FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


class UsageError(Exception):
    """Bad arguments found after parsing: reported like argparse's own errors, exit status 2."""


class NothingToRead(Exception):
    """No file to read under the paths given: the summary line, exit status 1, and no output written."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, or argparse's usage error
        return stop.code if isinstance(stop.code, int) else 0
    try:
        return int(args.handler(args))
    except (UsageError, MissingExtra) as err:  # an extra's library missing: said before any work
        print(f"factx {args.command}: error: {err}", file=sys.stderr)
        return 2
    except NothingToRead as nothing:
        return nothing.progress.close()
    except KeyboardInterrupt:
        print("\nfactx: interrupted, no output written", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `factx extract … | head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as err:  # the output could not be written: name the user's path, not a temporary one
        out = getattr(args, "output", None)
        reason = f"cannot write {out}: {err.strerror or err}" if out else str(err)
        print(f"factx {args.command}: error: {reason}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factx", description="Typed facts from Russian-language news.")
    parser.add_argument("--version", action="version", version=f"factx {__version__}")
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
    many.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders, read recursively; - for standard input"
    )
    many.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="worker processes (0: one per CPU)")

    p = sub.add_parser(
        "extract", parents=[many, kinds], help="facts of files and folders as CSV, JSONL or Parquet"
    )
    p.add_argument("-o", "--output", metavar="OUT", help="facts.csv, .jsonl or .parquet; - or none: stdout")
    p.add_argument(
        "--format", choices=sorted(set(FORMATS.values())), help="default: from OUT's extension, else csv"
    )
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
    p.add_argument("--half", choices=("A", "B"), help="only half A or B of the documents (alternate ids)")
    p.add_argument(
        "--verbose", "-v", action="store_true", help="list each MISS, WRONG, EXTRA and context disagreement"
    )
    p.add_argument("--labels", metavar="FILE", help="more gold fields by (id, start, end, kind), JSONL")
    p.set_defaults(handler=_eval)

    p = sub.add_parser("report", parents=[many, kinds], help="one HTML page with the texts and their facts")
    p.add_argument("-o", "--output", metavar="OUT", help="report.html; - or none: stdout")
    p.set_defaults(handler=_report)
    add_spark_parser(sub, kinds)
    add_table_parser(sub, [many, kinds], _table)
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
    missing = [p for p in paths if p != STDIN and not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    return list(paths)


def _check_output(out: str | None) -> None:
    if out in (None, STDIN):
        return
    folder = os.path.dirname(out) or "."
    if os.path.isdir(out):
        raise UsageError(f"output {out} is a folder")
    if not os.path.isdir(folder):
        raise UsageError(f"output folder {folder} does not exist")


def _documents(args: argparse.Namespace) -> tuple[Progress, Iterator[Document]]:
    paths = _existing(args.paths)
    _check_output(args.output)
    _check_ner(args.ner)
    progress = Progress(paths)
    if next(iter_files(paths), None) is None:
        raise NothingToRead(progress)
    docs = read_documents(
        paths,
        args.kinds,
        jobs=args.jobs,
        keep_boilerplate=args.keep_boilerplate,
        ner=args.ner,
        date=args.date,
    )
    return progress, progress.watch(docs)


def _check_ner(ner: bool) -> None:
    """--ner without natasha is one line and exit 2 before any work, not an error per file."""
    if ner:
        from ..places.ner import require_natasha

        try:
            require_natasha()
        except ImportError as err:
            raise UsageError(str(err)) from None


def _output(args: argparse.Namespace) -> str | TextIO:
    return sys.stdout if args.output in (None, STDIN) else str(args.output)


def _extract(args: argparse.Namespace) -> int:
    fmt = args.format or _format_of(args.output)
    if args.excel and fmt != "csv":
        raise UsageError("--excel applies to CSV only")
    if fmt == "parquet" and args.output in (None, STDIN):
        raise UsageError("Parquet is written to a file: -o facts.parquet")
    if fmt == "parquet":
        from ..io.arrow import to_parquet  # MissingExtra without pyarrow, before any work
    progress, docs = _documents(args)
    if fmt == "parquet":
        to_parquet(docs, args.output)
    elif fmt == "jsonl":
        to_jsonl(docs, _output(args))
    else:
        to_csv(docs, _output(args), excel=args.excel)
    return progress.close()


def _format_of(out: str | None) -> str:
    """The format an output name asks for: CSV on stdout, else by extension (FORMATS)."""
    if out in (None, STDIN):
        return "csv"
    suffix = os.path.splitext(out)[1].lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise UsageError(f"cannot tell the format of {out}: name it {known}, or give --format")
    return FORMATS[suffix]


def _report(args: argparse.Namespace) -> int:
    from .report import write_report
    from .report.charts import require_vl_convert

    require_vl_convert()
    _check_output(args.output)  # a folder or a missing folder first, then the name
    if args.output not in (None, STDIN) and not args.output.lower().endswith((".html", ".htm")):
        raise UsageError(f"the report is an HTML page: name it .html, not {args.output}")
    progress, docs = _documents(args)
    write_report(docs, _output(args), title=f"factx report: {', '.join(args.paths)}")
    return progress.close()


def _table(args: argparse.Namespace) -> int:
    from ..panel import panel_rows
    from .table import check, write_panel

    problem = check(args.output, args.wide)
    if problem:
        raise UsageError(problem)
    progress, docs = _documents(args)
    write_panel(panel_rows(docs), args.output, args.wide)
    return progress.close()


def _show(args: argparse.Namespace) -> int:
    from .show import render, render_why
    from .term import colour_wanted

    if os.path.isdir(args.file):
        raise UsageError(
            f"{args.file} is a folder; show reads one file (factx report {args.file} -o report.html)"
        )
    if not os.path.isfile(args.file):
        raise UsageError(f"no such file: {args.file}")
    _check_ner(args.ner)
    if args.all and not args.why:
        raise UsageError("--all applies to --why")
    colour = colour_wanted()
    if args.why:
        return render_why(
            args.file,
            colour,
            args.kinds,
            keep_boilerplate=args.keep_boilerplate,
            rejected=args.all,
            date=args.date,
        )
    failed = 0
    docs = read_documents(
        [args.file], args.kinds, jobs=1, keep_boilerplate=args.keep_boilerplate, ner=args.ner, date=args.date
    )
    for doc in docs:
        if doc.error is not None:
            print(f"factx: {doc.file}: {doc.error}", file=sys.stderr)
            failed = 1
        else:
            render(doc, colour)
    return failed


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import main as eval_main
    from .gold import GoldError

    if not os.path.isfile(args.gold):
        raise UsageError(f"no such file: {args.gold}")
    _check_ner(args.ner)
    try:
        return eval_main(
            args.gold, args.kinds, ner=args.ner, half=args.half, verbose=args.verbose, labels=args.labels
        )
    except GoldError as err:
        raise UsageError(str(err)) from None
