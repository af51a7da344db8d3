"""A newcomer's first hour: each sharp edge found by trying factx as a new user would, as a test.

Most run the command line in this process (`factx.cli.main`), which shares one Extractor across tests;
those that need a process of their own (a script with worker processes) start one.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

import factx
from factx.cli import main

ROOT = Path(__file__).resolve().parents[1]
FILES = Path(__file__).parent / "data" / "files"
Run = Callable[..., SimpleNamespace]
ARTICLE = "В Сарани создано свыше 2 тыс. рабочих мест, привлечено более 76 млрд тенге.\n"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """`factx ARGS` run in tmp_path: (exit status, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str, stdin: bytes | None = None) -> SimpleNamespace:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        status = main(list(args))
        out, err = capsys.readouterr()
        return SimpleNamespace(status=status, out=out, err=err)

    return run


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "saran.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    return folder


def test_version_licence_and_changelog(cli: Run) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert cli("--version").out == f"factx {factx.__version__}\n"
    assert factx.__version__ == project["version"]
    assert project["license"] == "MIT" and "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert f"## {project['version']}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_standard_input_is_read_as_one_text(cli: Run) -> None:
    done = cli("extract", "-", "--format", "jsonl", stdin=ARTICLE.encode("cp1251"))
    assert done.status == 0, done.err
    rows = [json.loads(line) for line in done.out.splitlines()]
    money = next(r for r in rows if r["kind"] == "money")
    assert (money["doc"], money["text"], money["value"]) == ("<stdin>", "более 76 млрд тенге", "76000000000")


def test_dash_as_output_is_standard_output(cli: Run, tmp_path: Path, news: Path) -> None:
    done = cli("extract", "news", "-o", "-")
    assert done.out.startswith("doc,kind,text,") and "более 76 млрд тенге" in done.out
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("name", ["facts.xlsx", "facts.json", "facts"])
def test_an_output_name_of_no_known_format_is_bad_usage(
    cli: Run, tmp_path: Path, news: Path, name: str
) -> None:
    done = cli("extract", "news", "-o", name)
    assert done.status == 2
    assert f"cannot tell the format of {name}" in done.err and ".csv, .jsonl" in done.err
    assert not (tmp_path / name).exists()
    assert cli("extract", "news", "-o", name, "--format", "jsonl").status == 0  # the user insists


def test_files_passed_over_are_counted_and_an_empty_run_fails(cli: Run, news: Path, tmp_path: Path) -> None:
    done = cli("extract", "news", "-o", "facts.csv")
    assert done.status == 0
    assert ", 2 not read (.csv 1, .jpg 1), " in done.err
    (news / "saran.txt").unlink()
    for out in ("empty.csv", "-"):
        done = cli("extract", "news", "-o", out)
        assert done.status == 1 and done.out == ""
        assert (
            done.err.splitlines()[-1]
            == "factx: nothing to read, no output written: factx reads .docx, .htm, .html, .md, .pdf, .txt"
            " files"
        )
    assert not (tmp_path / "empty.csv").exists()  # not even a header: an empty folder writes nothing


def test_show_on_a_folder_points_to_the_report(cli: Run, news: Path) -> None:
    done = cli("show", "news")
    assert done.status == 2
    assert (
        done.err
        == "factx show: error: news is a folder; show reads one file (factx report news -o report.html)\n"
    )


@pytest.mark.parametrize(
    "args",
    [("extract", "news", "--ner"), ("report", "news", "--ner"), ("show", "news/saran.txt", "--ner"),
     ("eval", "gold.jsonl", "--ner")],
)  # fmt: skip
def test_ner_without_natasha_is_one_line_up_front(
    cli: Run, news: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    (tmp_path / "gold.jsonl").write_text('{"text": "Рост на 5%.", "facts": []}\n', encoding="utf-8")
    monkeypatch.setitem(sys.modules, "natasha", None)  # import natasha now raises ImportError
    done = cli(*args)
    assert done.status == 2 and done.out == ""
    assert (
        done.err == f"factx {args[0]}: error: places by NER (--ner) need natasha: pip install 'factx[ner]'\n"
    )
    with pytest.raises(ImportError, match=r"factx\[ner\]"):
        next(factx.extract_paths([news], ner=True))  # once for the run, not once per file


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["not json"], "gold.jsonl, line 1: not JSON (Expecting value, column 1)"),
        (['{"text": "Рост на 5%.", "facts": []}', "[1, 2]"], "gold.jsonl, line 2: not a gold document"),
        (['{"text": "Рост на 5%.", "facts": [{"kind": "percent"}]}'], 'fact 1 gives neither "start"'),
        (['{"text": "Рост на 5%.", "facts": [{"kind": "percent", "text": "6%"}]}'], "fact 1 '6%' not found"),
        (['{"text": "Рост на 5%.", "facts": [{"kind": "weather", "text": "5%"}]}'], "has kind 'weather'"),
    ],
)
def test_a_bad_gold_line_is_named_in_one_line(
    cli: Run, tmp_path: Path, lines: list[str], message: str
) -> None:
    (tmp_path / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = cli("eval", "gold.jsonl")
    assert done.status == 2
    assert len(done.err.splitlines()) == 1 and message in done.err, done.err


def test_gold_facts_given_by_text_are_found_in_order(cli: Run, tmp_path: Path) -> None:
    text = "Цены выросли на 5%, а тарифы на 5% и еще на 7%."
    facts = [{"kind": "percent", "text": t, "value": v} for t, v in (("5%", 5), ("5%", 5), ("7%", 7))]
    (tmp_path / "gold.jsonl").write_text(json.dumps({"text": text, "facts": facts}) + "\n", encoding="utf-8")
    done = cli("eval", "gold.jsonl")
    assert done.status == 0, done.err
    percent = next(line.split() for line in done.out.splitlines() if line.startswith("percent"))
    assert percent[1:6] == ["3", "3", "1.000", "1.000", "1.000"]


def test_a_read_only_folder_is_named_not_the_temporary_file(
    cli: Run, news: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if os.access(locked, os.W_OK):  # root writes anyway: refuse as a read-only file system would
        real_open = os.open

        def read_only(path: str | os.PathLike[str], flags: int, *args: int) -> int:
            if Path(path).parent.name == "locked":
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args)

        monkeypatch.setattr(os, "open", read_only)
    done = cli("extract", "news", "-o", "locked/facts.csv")
    assert done.status == 1
    assert (
        done.err.splitlines()[-1] == "factx extract: error: cannot write locked/facts.csv: Permission denied"
    )
    assert list(locked.iterdir()) == []


def test_word_and_pdf_files_are_read(cli: Run, tmp_path: Path) -> None:
    import docx

    folder = tmp_path / "reports"
    folder.mkdir()
    document = docx.Document()
    document.add_paragraph("Отчет акимата")
    document.add_paragraph(ARTICLE.strip())
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Рост экспорта", "на 12%"
    document.save(folder / "saran.docx")
    (folder / "temirtau.pdf").write_bytes((FILES / "temirtau.pdf").read_bytes())  # printed by Chromium
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    done = cli("extract", "reports", "--format", "jsonl")
    assert done.status == 1
    assert "reports/broken.pdf: .pdf not parsed" in done.err
    found = {(r["doc"], r["text"]) for r in map(json.loads, done.out.splitlines())}
    assert {("saran.docx", "более 76 млрд тенге"), ("saran.docx", "12%")} <= found
    assert {("temirtau.pdf", "5 млрд тенге"), ("temirtau.pdf", "8%"), ("temirtau.pdf", "Темиртау")} <= found


def test_a_script_without_a_main_guard_still_runs_its_workers_job(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "script.py").write_text(
        "import factx\n"
        'docs = list(factx.extract_paths(["news/"], jobs=2))\n'
        "print(sum(len(d.facts) for d in docs))\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "script.py"], cwd=tmp_path, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "3"
    assert "BrokenProcessPool" not in done.stderr and "Traceback" not in done.stderr
    assert "RuntimeWarning: factx: worker processes could not start" in done.stderr
    assert 'if __name__ == "__main__":' in done.stderr


def test_the_readme_library_example_prints_each_line_once(tmp_path: Path) -> None:
    """Worker processes import the script that starts them: the README's example keeps all its work
    under the main guard, so that nothing is printed twice."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (tmp_path / "script.py").write_text(readme.split("```python\n")[1].split("```")[0], encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text("Рост составил 5%.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "script.py"], cwd=tmp_path, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "250" in lines and any(line.startswith("a.txt ") for line in lines)
    assert len(lines) == len(set(lines)), done.stdout


@pytest.mark.parametrize(
    ("args", "module", "extra", "message"),
    [
        (("extract", "news", "-o", "facts.parquet"), "pyarrow", "parquet", "Parquet output needs pyarrow"),
        (("report", "news", "-o", "r.html"), "vl_convert", "report", "the report's charts need vl-convert"),
    ],
)
def test_an_extra_missing_is_one_line_up_front(
    cli: Run,
    news: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    module: str,
    extra: str,
    message: str,
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import now raises ImportError, as if not installed
    monkeypatch.delitem(sys.modules, "factx.io.arrow", raising=False)
    done = cli(*args)
    assert (done.status, done.out, done.err) == (
        2,
        "",
        f"factx {args[0]}: error: {message}: pip install 'factx[{extra}]'\n",
    )
    assert not (tmp_path / args[-1]).exists()


def test_without_pyarrow_to_parquet_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.delitem(sys.modules, "factx.io.arrow", raising=False)
    with pytest.raises(ImportError, match=r"^Parquet output needs pyarrow: pip install 'factx\[parquet\]'$"):
        factx.to_parquet([], tmp_path / "facts.parquet")


def test_without_the_office_extra_each_office_file_says_how_to_read_it(
    cli: Run, news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (news / "saran.docx").write_bytes(b"PK not read: the library is missing")
    shutil.copy(FILES / "temirtau.pdf", news / "temirtau.pdf")
    monkeypatch.setitem(sys.modules, "docx", None)
    monkeypatch.setitem(sys.modules, "pypdf", None)
    done = cli("extract", "news", "--format", "jsonl")
    assert done.status == 1
    assert "factx: news/saran.docx: .docx files need python-docx: pip install 'factx[office]'" in done.err
    assert "factx: news/temirtau.pdf: .pdf files need pypdf: pip install 'factx[office]'" in done.err
    assert {json.loads(line)["doc"] for line in done.out.splitlines()} == {"saran.txt"}  # the rest is read


def test_the_core_imports_no_library_of_an_extra(tmp_path: Path) -> None:
    """`import factx`, an extraction and a CSV run load nothing that the core install lacks."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    script = (
        "import sys, factx\n"
        "from factx.cli import main\n"
        "factx.extract('Рост составил 5%.')\n"
        "main(['extract', 'news', '-o', 'facts.csv'])\n"
        "main(['show', 'news/a.txt'])\n"
        "extras = ('pyarrow', 'vl_convert', 'docx', 'pypdf', 'pandas', 'pyspark', 'dask', 'natasha')\n"
        "print(sorted(m for m in extras if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=600
    )
    assert done.stderr.splitlines()[-1] == "[]", done.stderr
