"""extract_paths: walk order, failures that do not stop the run, big files in parts, bounded memory."""

from __future__ import annotations

import builtins
import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factx.io import batch
from factx.io.batch import Document, extract_paths, iter_files
from factx.io.reader import PART_CHARS
from tests.stubs import StubExtractor

ROOT = Path(__file__).resolve().parents[1]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_are_walked_in_name_order_and_named_files_read_whatever_their_extension(
    tmp_path: Path,
) -> None:
    for name in ["b.txt", "a/z.md", "a/b/c.htm", "a/a.html", "a/.hidden/x.txt", ".git/x.txt", "a/notes.csv"]:
        write(tmp_path / "news" / name, "x")
    write(tmp_path / "extra.csv", "x")
    found = [(rel, err) for rel, _, err in iter_files([tmp_path / "news", tmp_path / "extra.csv"])]
    assert found == [
        ("a/a.html", None),
        ("a/b/c.htm", None),
        ("a/z.md", None),
        ("b.txt", None),
        (str(tmp_path / "extra.csv"), None),
    ]


def test_documents_come_in_walk_order_with_offsets_into_the_file(tmp_path: Path, stub: StubExtractor) -> None:
    write(tmp_path / "b.txt", "Рост на 5%.\nСнижение на 7%.\n")
    write(tmp_path / "a/c.txt", "Доля 12%.\n")
    docs = list(extract_paths([tmp_path]))
    assert [d.path for d in docs] == ["a/c.txt", "b.txt"]
    b = docs[1]
    assert [(f.text, f.start, f.sentence, b.context(f)) for f in b.facts] == [
        ("5%", 8, 0, "Рост на 5%."),
        ("7%", 24, 1, "Снижение на 7%."),
    ]
    assert b.error is None and b.file == str(tmp_path / "b.txt")


def test_chrome_is_blanked_for_the_extractor_unless_kept(tmp_path: Path, stub: StubExtractor) -> None:
    text = "Рост на 5%.\n\nПопулярное\n\nЦены выросли на 40%\n"
    write(tmp_path / "a.txt", text)
    stub.record = True
    (doc,) = extract_paths([tmp_path])
    assert [f.text for f in doc.facts] == ["5%"]
    assert len(stub.texts[0]) == len(text) and "40%" not in stub.texts[0]
    assert stub.texts[0].count("\n") == text.count("\n")
    (kept,) = extract_paths([tmp_path], keep_boilerplate=True)
    assert [f.text for f in kept.facts] == ["5%", "40%"]
    assert doc.boilerplate == ((text.index("Популярное"), len(text) - 1),)


def test_a_big_file_comes_in_parts_with_file_offsets_and_sentence_numbers(
    tmp_path: Path, stub: StubExtractor
) -> None:
    line = "Выручка выросла на 12% за год.\n"
    count = 3 * PART_CHARS // len(line)
    path = write(tmp_path / "big.txt", line * count)
    docs = list(extract_paths([path]))
    assert len(docs) >= 3
    assert [d.part for d in docs] == list(range(len(docs)))
    facts = [f for d in docs for f in d.facts]
    assert [f.start for f in facts] == [i * len(line) + line.index("12%") for i in range(count)]
    assert [f.sentence for f in facts] == list(range(count))
    assert {d.context(f) for d in docs for f in d.facts} == {line.strip()}


def test_read_failures_are_documents_and_the_run_goes_on(
    tmp_path: Path, stub: StubExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "a.txt", "Рост на 1%.")
    write(tmp_path / "b.txt", "binary\x00")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "c.txt")
    write(tmp_path / "d.txt", "Рост на 4%.")
    write(tmp_path / "e.txt", "Рост на 5%.")
    write(tmp_path / "f.txt", "Рост на 6%.")
    real_open = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith("d.txt"):
            raise PermissionError(13, "Permission denied", str(file))  # root ignores chmod
        return real_open(file, *args, **kwargs)

    listed = batch.iter_files

    def vanishing(paths: Any) -> Iterator[tuple[str, str, str | None]]:
        for entry in listed(paths):
            if entry[0] == "e.txt":
                (tmp_path / "e.txt").unlink()  # listed, then gone before it is read
            yield entry

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(batch, "iter_files", vanishing)
    docs = list(extract_paths([tmp_path]))
    assert [(d.path, d.error) for d in docs] == [
        ("a.txt", None),
        ("b.txt", "binary file (NUL bytes)"),
        ("c.txt", "broken symbolic link"),
        ("d.txt", "permission denied"),
        ("e.txt", "file not found (removed during the run?)"),
        ("f.txt", None),
    ]
    assert [f.text for f in docs[-1].facts] == ["6%"]


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "locked/a.txt", "x")
    real_scandir = os.scandir

    def guarded_scandir(path: Any) -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    assert [(rel, err) for rel, _, err in iter_files([tmp_path])] == [
        ("locked/", "folder not listed: permission denied")
    ]


def test_an_extractor_error_fails_that_file_only(tmp_path: Path, stub: StubExtractor) -> None:
    write(tmp_path / "a.txt", "Рост на 1%.")
    write(tmp_path / "b.txt", "Рост на 2%.")

    def analyse(text: str, **_: Any) -> Any:
        if "1%" in text:
            raise ValueError("boom")
        return StubExtractor().analyse(text)

    stub.analyse = analyse  # type: ignore[assignment,method-assign]
    docs = list(extract_paths([tmp_path]))
    assert [(d.path, d.error) for d in docs] == [
        ("a.txt", "extraction failed (ValueError: boom)"),
        ("b.txt", None),
    ]


def test_worker_processes_give_the_same_documents_in_the_same_order(tmp_path: Path) -> None:
    for i in range(12):
        write(
            tmp_path / f"d{i % 3}" / f"{i:02d}.txt",
            f"В Караганде выручка выросла на {i + 1}% и достигла {i} млрд тенге.",
        )
    write(tmp_path / "bad.txt", "\x00")

    def summary(docs: Iterator[Document]) -> list[tuple[str, str | None, list[tuple[str, int, int]]]]:
        return [(d.path, d.error, [(f.kind, f.start, f.end) for f in d.facts]) for d in docs]

    one = summary(extract_paths([tmp_path], jobs=1))
    assert summary(extract_paths([tmp_path], jobs=2)) == one
    assert sum(len(facts) for _, _, facts in one) >= 24


def measured(*command: str) -> tuple[int, int, str]:
    """Exit status, peak memory in KB (of the process and its workers) and stdout of a command."""
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss, out


def measure(*paths: Path) -> tuple[dict[str, int], int]:
    """Totals and peak memory of extract_paths with the stub, in a process of its own."""
    status, peak, out = measured(sys.executable, "-m", "tests.stubs", "measure", *map(str, paths))
    assert status == 0
    return json.loads(out), peak


@pytest.mark.slow
def test_a_200_mb_file_runs_in_bounded_memory(tmp_path: Path) -> None:
    para = "Выручка предприятий Сарани выросла на 12% за год, инвестиции в город растут.\n\n"
    count = 200_000_000 // len(para.encode())
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as f:
        for _ in range(count // 1000):
            f.write(para * 1000)
    _, small = measure(write(tmp_path / "small.txt", para))
    big, peak = measure(path)
    n = count // 1000 * 1000
    assert big["errors"] == 0
    assert big["facts"] == n
    assert big["starts"] == len(para) * n * (n - 1) // 2 + para.index("12%") * n
    assert big["sentences"] == n * (n - 1) // 2
    assert big["contexts"] == 1
    # The decoded text alone would take 300 MB; parts of 256K characters take a few.
    assert peak - small < 64 * 1024


@pytest.mark.slow
def test_a_folder_of_100_000_files_runs_in_bounded_memory(tmp_path: Path) -> None:
    """The real extractor in two worker processes, through the command line."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(100_000):
        text = f"В Караганде выручка выросла на {i % 90 + 1}% и составила {i} млн тенге.\n"
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    factx = (sys.executable, "-m", "factx", "extract", "--jobs", "2", "--kinds", "percent", "-o")
    status, small, _ = measured(*factx, str(tmp_path / "one.csv"), str(folder / "000000.txt"))
    assert status == 0
    status, peak, _ = measured(*factx, str(tmp_path / "all.csv"), str(folder))
    assert status == 0
    with (tmp_path / "all.csv").open(encoding="utf-8", newline="") as f:
        rows = [(r["doc"], r["text"]) for r in csv.DictReader(f)]
    assert rows == [(f"{i:06d}.txt", f"{i % 90 + 1}%") for i in range(100_000)]
    # Holding every document would take some 200 MB.
    assert peak - small < 48 * 1024
