"""The real `factx` command on real files: nested folders, legacy encodings, binary, empty and HTML files,
the seed article; CSV read back by pandas and opened by LibreOffice (the report: test_report.py)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from factx.cli.evaluate import same_at_gold_precision, same_context
from factx.io.export import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "data" / "000_4ecc31e739fe615e.txt"
SOFFICE = Path("/usr/bin/soffice")

ARTICLE = (
    "Карагандинская область привлекла инвестиции\n"
    "15 января 2026\n"
    "\n"
    "В Караганде в прошлом году объем инвестиций составил более 76 млрд тенге, что на 12% больше, "
    "чем годом ранее. Число безработных сократилось с 27 до 20 тыс. человек. "
    "Налоговые поступления выросли в 2,5 раза.\n"
)
CHROME = "\nПопулярное\n\nНад Аляской взошли сразу четыре солнца\nЦены на уголь в Астане выросли на 40%\n"
HTML = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Новости</title></head>
<body><nav><ul><li><a href="/">Главная</a></li><li><a href="/e">Экономика: рост на 15%</a></li></ul></nav>
<article><h1>Темиртау получит 5 млрд тенге</h1>
<p>На модернизацию теплосетей Темиртау в этом году направят 5 млрд тенге, а износ сетей снизится на 8%.</p>
<p>Работы охватят около 40 км трубопроводов, сообщили в акимате города.</p></article>
<footer>© 2026 Новости. Все права защищены.</footer></body></html>
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factx", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A folder as a scraper leaves it."""
    root = tmp_path / "news"
    files: dict[str, bytes] = {
        "astana.txt": (ARTICLE + CHROME).encode("utf-8"),
        "region/karaganda-1251.txt": ARTICLE.encode("cp1251"),
        "region/deeper/koi8.txt": ARTICLE.replace("Караганде", "Темиртау").encode("koi8_r"),
        "region/bom.md": ("# " + ARTICLE).encode("utf-8-sig"),
        "page.html": HTML.encode("utf-8"),
        "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "empty.txt": b"",
        "table.csv": b"not,an,article\n",
        ".cache/old.txt": ARTICLE.encode("utf-8"),
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def test_extract_a_folder(news: Path, tmp_path: Path) -> None:
    done = run("extract", "news", "-o", "facts.csv", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # the binary file failed
    assert "news/photo.txt: binary file (NUL bytes)" in done.stderr
    summary = done.stderr.strip().splitlines()[-1]
    assert summary.startswith("factx: 7 files, ") and ", 1 failed, " in summary
    assert "\r" not in done.stderr and "%|" not in done.stderr  # no progress bar off a terminal
    assert done.stdout == ""
    with (tmp_path / "facts.csv").open(encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == list(COLUMNS)
    rows = read_csv(tmp_path / "facts.csv")
    docs = list(dict.fromkeys(r["doc"] for r in rows))
    assert docs == [
        "astana.txt",
        "page.html",
        "region/bom.md",
        "region/deeper/koi8.txt",
        "region/karaganda-1251.txt",
    ]
    for doc in ("astana.txt", "region/bom.md", "region/deeper/koi8.txt", "region/karaganda-1251.txt"):
        found = {(r["kind"], r["text"], r["value"]) for r in rows if r["doc"] == doc}
        assert ("money", "более 76 млрд тенге", "76000000000") in found, doc
        assert ("percent", "12%", "12") in found, doc
    change = next(r for r in rows if r["kind"] == "change")
    assert (change["text"], change["before"], change["after"]) == (
        "с 27 до 20 тыс. человек",
        "27000",
        "20000",
    )
    assert change["context"] == "Число безработных сократилось с 27 до 20 тыс. человек."
    page = {r["text"] for r in rows if r["doc"] == "page.html"}
    assert "5 млрд тенге" in page and "15%" not in page  # the article, not the menu
    chrome = {r["text"] for r in rows if r["doc"] == "astana.txt"}
    assert "40%" not in chrome and "Астане" not in chrome


def test_offsets_point_into_the_decoded_file(news: Path, tmp_path: Path) -> None:
    run("extract", "news", "-o", "facts.csv", cwd=tmp_path)
    for row in read_csv(tmp_path / "facts.csv"):
        raw = (news / row["doc"]).read_bytes()
        if row["doc"].endswith(".html"):
            continue  # offsets into the main text of the page
        encoding = {"karaganda-1251.txt": "cp1251", "koi8.txt": "koi8_r", "bom.md": "utf-8-sig"}
        text = raw.decode(encoding.get(Path(row["doc"]).name, "utf-8"))
        assert text[int(row["start"]) : int(row["end"])] == row["text"].removeprefix("'")


def test_worker_processes_write_the_same_bytes(news: Path, tmp_path: Path) -> None:
    run("extract", "news", "-o", "one.jsonl", cwd=tmp_path)
    run("extract", "news", "--jobs", "2", "-o", "two.jsonl", cwd=tmp_path)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_jsonl_and_kinds_to_stdout(news: Path, tmp_path: Path) -> None:
    done = run("extract", "news/region", "--format", "jsonl", "--kinds", "money,percent", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["kind"] for r in records} == {"money", "percent"}
    assert all(list(r) == list(COLUMNS) for r in records)
    money = next(r for r in records if r["kind"] == "money")
    assert money["value"] == "76000000000" and money["currency"] == "KZT"


def test_keep_boilerplate_extracts_from_the_chrome_too(news: Path, tmp_path: Path) -> None:
    done = run("extract", "news/astana.txt", "--keep-boilerplate", "--kinds", "percent", cwd=tmp_path)
    texts = [r["text"] for r in csv.DictReader(io.StringIO(done.stdout))]
    assert texts == ["12%", "40%"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "missing"], "no such file or folder: missing"),
        (["extract", "news", "--kinds", "money,weather"], "unknown kind 'weather'"),
        (["extract", "news", "--jobs", "-1"], "not a number of processes"),
        (["extract", "news", "-o", "facts.jsonl", "--excel"], "--excel applies to CSV only"),
        (["extract", "news", "-o", "nowhere/facts.csv"], "output folder nowhere does not exist"),
        (["report", "news", "-o", "news"], "is a folder"),
        (["show", "news"], "news is a folder"),
        (["eval", "gold.jsonl"], "no such file: gold.jsonl"),
        ([], "required"),
    ],
)
def test_bad_usage_exits_2(news: Path, tmp_path: Path, args: list[str], message: str) -> None:
    done = run(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr
    assert not (tmp_path / "facts.csv").exists() and not (tmp_path / "facts.jsonl").exists()


def test_show_highlights_facts_and_lists_them(news: Path, tmp_path: Path) -> None:
    done = run("show", "news/region/karaganda-1251.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "news/region/karaganda-1251.txt · 2026-01-15" in done.stdout.splitlines()[0]
    assert done.stdout.count("Карагандинская область привлекла инвестиции") == 1  # the text's first line
    assert "более 76 млрд тенге" in done.stdout and "> 76000000000 KZT" in done.stdout
    assert "27000 → 20000 человек" in done.stdout


def test_show_why_names_the_rules_and_the_rejected_candidates(news: Path, tmp_path: Path) -> None:
    (tmp_path / "abai.txt").write_text(
        "Памятник Абаю в Семее обошелся в 450 млн долларов США.", encoding="utf-8"
    )
    done = run("show", "--why", "--all", "abai.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "rules: money.currency_after" in done.stdout
    assert "rules: place.gazetteer" in done.stdout
    assert "Абаю" in done.stdout and "ambiguous_after_blocker" in done.stdout
    assert "США" in done.stdout and "overlap.inside_money" in done.stdout
    assert run("show", "--all", "abai.txt", cwd=tmp_path).returncode == 2


def test_eval_prints_the_scores_of_the_gold_corpus(tmp_path: Path) -> None:
    done = run("eval", str(ROOT / "corpora" / "gold.jsonl"), "--kinds", "money", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    kinds, context = done.stdout.strip().split("\n\n")
    header, *rows = kinds.splitlines()
    assert header.split()[:4] == ["kind", "gold", "found", "P"]
    assert [r.split()[0] for r in rows] == ["money", "all"]
    assert [r.split()[0] for r in context.splitlines()] == [
        "context",
        "place",
        "period",
        "modality",
        "compared_to",
        "indicator",
        "measure",
        "plan",
    ]


def test_eval_verbose_lists_each_disagreement_and_half_takes_alternate_documents(tmp_path: Path) -> None:
    text = "В Костанае построили 5 школ, выделено 3 млрд тенге. Рост составил 7%."
    facts = [
        {"kind": "quantity", "text": "5 школ", "value": 6, "unit": "школа", "place": "Костанай"},
        {"kind": "money", "text": "3 млрд тенге", "value": 3000000000, "currency": "KZT", "period": "2024"},
        {"kind": "percent", "text": "Рост", "value": 7},
    ]
    other = {"id": "kz-02", "text": "Выпуск вырос на 3%.", "facts": []}
    gold = tmp_path / "gold.jsonl"
    docs = [{"id": "kz-01", "text": text, "facts": facts}, other]
    gold.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    done = run("eval", str(gold), "--verbose", "--half", "A", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    header, *listed = done.stdout.split("\n\n")[0].splitlines()
    assert header.startswith("# document") and "gold ≠ found" in header  # which side is which
    lines = [line.split("\t") for line in listed]
    assert ["kz-01", "WRONG", "quantity", "21-27", "5 школ", "value: 6 ≠ '5'"] in lines
    assert ["kz-01", "CONTEXT", "money", "38-50", "3 млрд тенге", "period: '2024' ≠ None"] in lines
    assert ["kz-01", "MISS", "percent", "52-56", "Рост"] in lines
    assert ["kz-01", "EXTRA", "percent", "66-68", "7%"] in lines
    assert not any(line[0] == "kz-02" for line in lines)  # half B
    assert "period" in done.stdout and "0.000" in done.stdout  # the checked period: 0 of 1 right


@pytest.mark.parametrize(
    ("gold", "found", "by_year", "by_gold"),
    [
        ("2024", "2024-Q2", True, True),  # a year the figure falls in
        ("2024-Q2", "2024", True, False),  # the convention compares years; the examples, months
        ("2024-01–2024-03", "2024-Q1", True, True),
        ("2024-01–2024-09", "2024-Q2", True, False),
        ("2023–2025", "2023", False, False),
        ("2023", "2024", False, False),
    ],
)
def test_periods_are_compared_at_year_precision(gold: str, found: str, by_year: bool, by_gold: bool) -> None:
    """`factx eval` compares periods at year precision, as the convention says; the project's own
    example passages are held to the gold's own precision."""
    assert same_context("period", gold, found) is by_year
    assert same_at_gold_precision("period", gold, found) is by_gold


def test_show_a_binary_file_fails(news: Path, tmp_path: Path) -> None:
    done = run("show", "news/photo.txt", cwd=tmp_path)
    assert done.returncode == 1 and "binary file" in done.stderr


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    if not SEED.is_file():
        pytest.skip(f"the seed article {SEED} is absent (../shared is not beside the repository)")
    copy = tmp_path / "seed" / "kazpravda.txt"
    copy.parent.mkdir()
    shutil.copyfile(SEED, copy)
    return copy


def test_the_seed_article_yields_no_facts_from_its_headline_lists(seed: Path, tmp_path: Path) -> None:
    chrome_start = seed.read_text(encoding="utf-8").index("\nПопулярное\n")
    plain = read_csv_run(tmp_path, "extract", str(seed))
    kept = read_csv_run(tmp_path, "extract", str(seed), "--keep-boilerplate")
    assert plain and all(int(r["end"]) <= chrome_start for r in plain)
    assert any(int(r["start"]) > chrome_start and r["kind"] == "place" for r in kept)
    money = next(r for r in plain if r["kind"] == "money")
    assert (money["text"], money["value"], money["currency"]) == ("более 76 млрд тенге", "76000000000", "KZT")


def read_csv_run(cwd: Path, *args: str) -> list[dict[str, str]]:
    done = run(*args, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def test_pandas_reads_the_csv_back_with_the_values_of_the_jsonl(news: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    run("extract", "news", "-o", "facts.csv", cwd=tmp_path)
    run("extract", "news", "-o", "facts.jsonl", cwd=tmp_path)
    records = [
        json.loads(line) for line in (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    frame = pd.read_csv(tmp_path / "facts.csv", dtype=str, keep_default_na=False)
    assert len(frame) == len(records) > 20
    for row, record in zip(frame.to_dict("records"), records, strict=True):
        expected = {
            k: "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)
            for k, v in record.items()
        }
        assert row == expected
    numeric = pd.read_csv(tmp_path / "facts.csv")
    assert numeric["value"].dtype.kind == "f" and numeric["start"].dtype.kind == "i"


def test_an_interrupted_run_leaves_the_previous_output(news: Path, tmp_path: Path) -> None:
    """Ctrl-C while the output is half written: the old file stays, no temporary file is left."""
    (news / "region" / "zz-hang.txt").write_text("Рост на 5%. HANG\n", encoding="utf-8")
    out = tmp_path / "facts.csv"
    out.write_text("previous run\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.stubs", "cli", "extract", str(news), "-o", str(out)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    try:
        lines = iter(proc.stderr.readline, "")
        assert "stub: hanging\n" in lines, "the run ended before reaching the file it hangs on"
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]  # the output is being written
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(os.listdir(tmp_path)) == ["facts.csv", "news"]


@pytest.mark.skipif(not SOFFICE.exists(), reason=f"{SOFFICE} missing: apt-get install libreoffice-calc")
def test_libreoffice_opens_the_excel_csv_with_cyrillic_and_numbers(news: Path, tmp_path: Path) -> None:
    done = run("extract", "news/region/karaganda-1251.txt", "--excel", "-o", "facts.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # How Russian-locale Calc or Excel opens it: ';' separated, UTF-8, Russian number format (1049).
    subprocess.run(
        [
            str(SOFFICE), f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
            "--infilter=CSV:59,34,76,1,,1049", "--convert-to", "fods", "--outdir", str(tmp_path / "lo"),
            str(tmp_path / "facts.csv"),
        ],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    cells = fods_cells(tmp_path / "lo" / "facts.fods")
    assert [v for _, v in cells[0][:4]] == ["doc", "kind", "text", "start"]
    money = next(row for row in cells if row[1][1] == "money")
    by_column = dict(zip(COLUMNS, money, strict=False))
    assert by_column["text"] == ("string", "более 76 млрд тенге")
    assert by_column["value"] == ("float", "76000000000")
    assert by_column["start"][0] == "float"
    multiplier = dict(zip(COLUMNS, next(row for row in cells if row[1][1] == "multiplier"), strict=False))
    assert multiplier["value"] == ("float", "2.5")  # "2,5" in the file: a point would make it text
    assert all(dict(zip(COLUMNS, row, strict=False))["context"][0] == "string" for row in cells[1:])


def fods_cells(path: Path) -> list[list[tuple[str, str]]]:
    """(value type, value) of each cell of a flat ODS sheet, rows in order."""
    from xml.etree import ElementTree as ET

    ns = {
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    }
    office = f"{{{ns['office']}}}"
    table = f"{{{ns['table']}}}"
    rows: list[list[tuple[str, str]]] = []
    for row in ET.parse(path).getroot().iterfind(".//table:table-row", ns):
        cells: list[tuple[str, str]] = []
        for cell in row.iterfind("table:table-cell", ns):
            kind = cell.get(f"{office}value-type", "")
            text = "".join("".join(p.itertext()) for p in cell.iterfind("text:p", ns))
            value = cell.get(f"{office}value", text) if kind == "float" else text
            cells.extend([(kind, value)] * int(cell.get(f"{table}number-columns-repeated", "1")))
        if any(v for _, v in cells):
            rows.append(cells)
    return rows
