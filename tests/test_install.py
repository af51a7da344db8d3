"""The core install, as `pip install factx` gives it to a library user: its weight in a fresh virtual
environment, the commands a core user needs working in it, and each extra's capability, asked for
without the extra, saying in one line which extra to install."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.venvs import ROOT, fresh_install

pytestmark = pytest.mark.slow
# The whole environment, pip, setuptools and bytecode included (an empty one is about 26 MiB), as the
# sum of its files' sizes: `du` adds each small file's rounding to a disk block (babel alone has
# over a thousand locale files), which says more about the file system than about the install.
CORE_MAX_MIB = 120
ARTICLE = "В Сарани создано свыше 2 тыс. рабочих мест, привлечено более 76 млрд тенге.\n"
PAGE = "<html><body><article><p>Экспорт зерна вырос на 12% и составил 3 млн тонн.</p></article></body></html>"


@pytest.fixture(scope="module")
def core(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_install(tmp_path_factory.mktemp("core"))[0]


@pytest.fixture
def work(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "saran.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "page.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(ROOT / "corpora" / "gold.jsonl", tmp_path / "gold.jsonl")
    return tmp_path


def factx(core: Path, work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(core / "bin" / "factx"), *args], cwd=work, capture_output=True, text=True, timeout=600
    )


def test_the_core_install_is_small_and_leaves_the_extras_out(core: Path) -> None:
    files = [p for p in core.rglob("*") if p.is_file() and not p.is_symlink()]
    mib = sum(p.stat().st_size for p in files) / 2**20
    assert mib <= CORE_MAX_MIB, f"the core install holds {mib:.1f} MiB of files"
    for module in ("pyarrow", "vl_convert", "pandas", "pyspark", "natasha", "docx", "rich"):
        found = subprocess.run(
            [
                str(core / "bin" / "python"),
                "-c",
                f"import importlib.util as u; print(u.find_spec('{module}'))",
            ],
            capture_output=True,
            text=True,
        )
        assert found.stdout.strip() == "None", module


def test_extract_show_and_eval_work_in_the_core(core: Path, work: Path) -> None:
    assert factx(core, work, "extract", "news", "-o", "facts.csv").returncode == 0
    assert "более 76 млрд тенге" in (work / "facts.csv").read_text(encoding="utf-8")
    assert factx(core, work, "extract", "news", "-o", "facts.jsonl").returncode == 0
    rows = [json.loads(line) for line in (work / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(r["doc"], r["text"]) for r in rows} >= {
        ("saran.txt", "более 76 млрд тенге"),
        ("page.html", "12%"),
    }
    shown = factx(core, work, "show", "news/saran.txt")
    assert shown.returncode == 0 and "76000000000 KZT" in shown.stdout
    scored = factx(core, work, "eval", "gold.jsonl")
    assert scored.returncode == 0 and "F1" in scored.stdout


@pytest.mark.parametrize(
    ("args", "extra"),
    [(("extract", "news", "-o", "facts.parquet"), "parquet"), (("report", "news", "-o", "r.html"), "report"),
     (("spark", "news", "-o", "out.parquet"), "spark"), (("extract", "news", "--ner"), "ner"),
     (("table", "news", "-o", "panel.parquet"), "parquet"), (("table", "news", "-o", "panel.xlsx"), "xlsx")],
)  # fmt: skip
def test_an_extra_asked_for_in_the_core_is_one_line_and_exit_2(
    core: Path, work: Path, args: tuple[str, ...], extra: str
) -> None:
    done = factx(core, work, *args)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"factx {args[0]}: error: ") and done.stderr.count("\n") == 1
    assert f"pip install 'factx[{extra}]'" in done.stderr
    assert not (work / args[-1]).exists()


def test_the_library_names_the_extra_it_lacks(core: Path, work: Path) -> None:
    script = (
        "import factx\n"
        "for call in (lambda: factx.to_parquet([], 'x.parquet'), lambda: factx.to_frame([])):\n"
        "    try:\n"
        "        call()\n"
        "    except ImportError as err:\n"
        "        print(err)\n"
    )
    done = subprocess.run(
        [str(core / "bin" / "python"), "-c", script], cwd=work, capture_output=True, text=True, timeout=600
    )
    assert done.stdout.splitlines() == [
        "Parquet output needs pyarrow: pip install 'factx[parquet]'",
        "factx.to_frame needs pandas: pip install 'factx[pandas]'",
    ]
