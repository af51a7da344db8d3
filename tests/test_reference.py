"""docs/REFERENCE.md against the command line itself: every option of every subcommand's --help is
in that subcommand's synopsis and described in the text, and the synopsis names no option that is
gone, so that the two cannot drift apart."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from factx.cli.main import FORMATS, _parser

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = (ROOT / "docs" / "REFERENCE.md").read_text(encoding="utf-8")
OPTION = re.compile(r"(?<![\w-])--?[a-z][\w-]*")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    """The subcommands' parsers, as --help prints them."""
    actions = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices)


def synopses() -> dict[str, str]:
    """Each subcommand's synopsis in the reference's "Command line" block, continuation lines joined."""
    block = REFERENCE.split("## Command line", 1)[1].split("```")[1]
    found: dict[str, str] = {}
    command = ""
    for line in block.splitlines():
        if line.startswith("factx "):
            command = line.split()[1]
            found[command] = line
        elif line.strip():
            found[command] += " " + line.strip()
    return found


def test_every_subcommand_has_a_synopsis() -> None:
    assert set(subcommands()) <= set(synopses())


@pytest.mark.parametrize("command", sorted(subcommands()))
def test_the_synopsis_has_every_option_of_help_and_no_other(command: str) -> None:
    synopsis = synopses()[command]
    actions = [a for a in subcommands()[command]._actions if not isinstance(a, argparse._HelpAction)]
    options = [a for a in actions if a.option_strings]
    assert [a.dest for a in options if not set(a.option_strings) & set(OPTION.findall(synopsis))] == []
    spelled = {s for a in options for s in a.option_strings}
    assert set(OPTION.findall(synopsis)) - spelled == set()
    for a in actions:
        assert a.option_strings or str(a.metavar) in synopsis  # the positionals: PATH, FILE...
        if a.choices:
            assert "|".join(map(str, a.choices)) in synopsis


@pytest.mark.parametrize(
    "option",
    sorted(
        {a.option_strings[-1] for p in subcommands().values() for a in p._actions if a.option_strings}
        - {"--help"}
    ),
)
def test_every_option_is_described(option: str) -> None:
    text = REFERENCE.replace(REFERENCE.split("## Command line", 1)[1].split("```")[1], "")
    assert f"`{option}" in text


def test_the_extract_help_names_every_output_format() -> None:
    summary = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    help_line = next(c.help for c in summary._choices_actions if c.dest == "extract")
    assert all(fmt.lower() in str(help_line).lower() for fmt in set(FORMATS.values()))


@pytest.mark.parametrize("page", ["README.md", "docs/REFERENCE.md"])  # ARCHITECTURE names files to write
def test_every_path_the_docs_name_exists(page: str) -> None:
    """`factx/data/money/currencies.tsv`, `tests/data/kinds/*.jsonl`: a quoted path, or pattern, of the
    repository leads to a file."""
    text = (ROOT / page).read_text(encoding="utf-8")
    paths = set(re.findall(r"`((?:factx|tests|tools|docs|corpora)/[\w./*-]*)`", text))
    assert [p for p in sorted(paths) if not any(ROOT.glob(p.rstrip("/")))] == []
