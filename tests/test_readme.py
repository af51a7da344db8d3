"""Every code block of the README, run as a newcomer would: factx installed into a fresh virtual
environment from a copy of this repository, each Python block saved as a script (no `-c`, no
`__main__` tricks) and each command line run in a shell, in a folder with news/ and article.txt.

The install is checked too: no setuptools deprecation warning (the licence is an SPDX string).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.venvs import ROOT, fresh_install

BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)

pytestmark = pytest.mark.slow


def blocks() -> list[tuple[str, str]]:
    """(language, code) of each fenced block of the README, in order."""
    return [(m[1], m[2]) for m in BLOCK.finditer((ROOT / "README.md").read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """factx installed from a copy of the repository with the extra the README's `factx report` needs."""
    env, done = fresh_install(tmp_path_factory.mktemp("fresh"), "report")
    warnings = [line for line in done.stderr.splitlines() if "deprecat" in line.lower()]
    assert not warnings, warnings
    return env


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the examples run: news/ with a few articles of corpora/, article.txt and the gold file."""
    work = tmp_path_factory.mktemp("work")
    (work / "news").mkdir()
    for article in sorted((ROOT / "corpora").glob("*.txt"))[:3]:
        shutil.copy(article, work / "news" / article.name)
    shutil.copy(sorted((ROOT / "corpora").glob("*.txt"))[0], work / "article.txt")
    (work / "corpora").mkdir()
    shutil.copy(ROOT / "corpora" / "gold.jsonl", work / "corpora" / "gold.jsonl")
    return work


def test_the_readme_has_python_and_command_blocks() -> None:
    languages = [language for language, _ in blocks()]
    assert languages.count("python") >= 1 and languages.count("") >= 2


@pytest.mark.parametrize("number", [k for k, (lang, _) in enumerate(blocks()) if lang == "python"])
def test_each_python_block_runs_as_a_script(fresh: Path, workdir: Path, number: int) -> None:
    script = workdir / f"block{number}.py"
    script.write_text(blocks()[number][1], encoding="utf-8")
    done = subprocess.run(
        [str(fresh / "bin" / "python"), script.name], cwd=workdir, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr, done.stderr
    lines = done.stdout.splitlines()
    assert lines and len(set(lines)) == len(lines), done.stdout  # worker processes printed nothing again


def command_lines() -> list[str]:
    """The command lines of the plain blocks, comments cut off."""
    return [
        line.split("  #")[0].strip()
        for language, code in blocks()
        if language == ""
        for line in code.splitlines()
        if line.strip()
    ]


@pytest.mark.parametrize("line", [line for line in command_lines() if not line.startswith("make ")])
def test_each_command_line_runs(fresh: Path, workdir: Path, line: str) -> None:
    env = {**os.environ, "PATH": f"{fresh / 'bin'}{os.pathsep}{os.environ['PATH']}", "COLUMNS": "120"}
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", line],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("line", [line for line in command_lines() if line.startswith("make ")])
def test_each_make_target_exists(line: str) -> None:
    done = subprocess.run(
        ["make", "-n", *line.split()[1:]], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr  # -n only prints: CI runs the targets as `make test`
