"""CSV, JSONL and DataFrame output: SPEC's columns, exact numbers, safe cells, atomic files."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from factx.facts import ChangeFact, Fact, MoneyFact, MultiplierFact, PercentFact, PlaceFact
from factx.io.batch import Document
from factx.io.export import COLUMNS, atomic_write, decimal_text, to_csv, to_frame, to_jsonl

TEXT = (
    "В Сарани привлекут более 76 млрд тенге. Рост в 5,6 раза, доля «=1+2» -3%; число сократилось с 27 до 20."
)


def fact_at(cls: type[Fact], surface: str, **fields: Any) -> Fact:
    start = TEXT.index(surface)
    sentence = TEXT[:start].count(". ")
    return cls(start=start, end=start + len(surface), text=surface, sentence=sentence, **fields)


FACTS: list[Fact] = [
    fact_at(PlaceFact, "Сарани", name="Сарань", type="city"),
    fact_at(
        MoneyFact,
        "более 76 млрд тенге",
        value=Decimal("7.6E+10"),
        qualifier="gt",
        currency="KZT",
        place="Сарань",
    ),
    fact_at(MultiplierFact, "в 5,6 раза", value=Decimal("5.60"), direction="up"),
    fact_at(PercentFact, "-3%", value=Decimal("-3"), subject="=1+2"),
    fact_at(ChangeFact, "с 27 до 20", before=Decimal(27), after=Decimal(20), subject="число"),
]
SENTENCES = [
    (0, TEXT.index(". ") + 1),
    (TEXT.index("Рост"), TEXT.index(" число")),
    (TEXT.index("число"), len(TEXT)),
]
DOC = Document(path="news/a.txt", facts=FACTS, text=TEXT, sentences=SENTENCES)


def test_columns_are_the_contract() -> None:
    spec = (
        "doc, kind, text, start, end, sentence, value, low, high, qualifier, unit, currency, points, "
        "direction, before, after, name, type, canonical, subject, place, period, period_start, period_end, "
        "modality, compared_to, indicator, measure, place_iso, place_kato, place_okato, region, region_iso, "
        "context"
    )
    assert spec.split(", ") == list(COLUMNS)


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (Decimal("7.6E+10"), "76000000000"),
        (Decimal("5.60"), "5.6"),
        (Decimal("1E-7"), "0.0000001"),
        (Decimal("-0.0"), "0"),
        (Decimal(1) / Decimal(3), "0.3333333333333333333333333333"),
        (Decimal("9" * 5000), "9" * 5000),
        (2.5e-7, "0.00000025"),
        (12, "12"),
    ],
)
def test_numbers_are_plain_decimals(number: Decimal | float | int, text: str) -> None:
    assert decimal_text(number) == text


def csv_rows(data: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data, newline=""), delimiter=delimiter))


def test_csv_rows_hold_the_facts_in_plain_text(tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    assert to_csv([DOC], out) == len(FACTS)
    data = out.read_bytes().decode("utf-8")
    assert data.startswith(",".join(COLUMNS) + "\r\n")
    rows = csv_rows(data)
    money = rows[1]
    assert (money["doc"], money["kind"], money["text"], money["value"]) == (
        "news/a.txt",
        "money",
        "более 76 млрд тенге",
        "76000000000",
    )
    assert (money["qualifier"], money["currency"], money["place"], money["low"]) == (
        "gt",
        "KZT",
        "Сарань",
        "",
    )
    assert money["context"] == "В Сарани привлекут более 76 млрд тенге."
    assert rows[2]["value"] == "5.6" and rows[2]["text"] == "в 5,6 раза"  # quoted: it holds a comma
    assert (rows[4]["before"], rows[4]["after"]) == ("27", "20")
    assert rows[0]["name"] == "Сарань" and rows[0]["type"] == "city"


def test_cells_that_a_spreadsheet_would_run_are_defused() -> None:
    buf = io.StringIO()
    to_csv([DOC], buf)
    percent = csv_rows(buf.getvalue())[3]
    assert percent["text"] == "'-3%"
    assert percent["subject"] == "'=1+2"
    assert percent["value"] == "-3"  # a number, not text: left alone


def test_excel_flavour_has_a_bom_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    to_csv([DOC], out, excel=True)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdoc;kind;text;")
    rows = csv_rows(data.decode("utf-8-sig"), delimiter=";")
    assert rows[1]["value"] == "76000000000"
    assert rows[2]["value"] == "5,6"
    assert rows[2]["text"] == "в 5,6 раза"


def test_jsonl_keeps_numbers_exact_as_strings(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    assert to_jsonl([DOC], out) == len(FACTS)
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(list(r) == list(COLUMNS) for r in records)
    assert records[1]["value"] == "76000000000"
    assert records[1]["start"] == TEXT.index("более")
    assert records[0]["value"] is None
    assert "Сарань" in lines[0]  # not \u-escaped


def test_bare_facts_have_no_doc_and_no_context() -> None:
    buf = io.StringIO()
    to_jsonl(FACTS[:1], buf)
    record = json.loads(buf.getvalue())
    assert (record["doc"], record["context"], record["name"]) == ("", "", "Сарань")


def test_to_frame_has_the_columns_and_exact_values() -> None:
    frame = to_frame([DOC])
    assert list(frame.columns) == list(COLUMNS)
    assert frame.loc[1, "value"] == Decimal("76000000000")
    assert frame["start"].tolist() == [f.start for f in FACTS]


def test_to_frame_without_pandas_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'factx\[pandas\]'"):
        to_frame([DOC])


def test_pandas_reads_the_csv_back_with_the_same_values(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "facts.csv"
    to_csv([DOC], out)
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(COLUMNS)
    assert [Decimal(v) if v else None for v in frame["value"]] == [getattr(f, "value", None) for f in FACTS]
    assert frame["text"].tolist()[:3] == [f.text for f in FACTS[:3]]
    numbers = pd.read_csv(out)
    assert numbers["value"].dtype.kind == "f" and numbers["start"].dtype.kind == "i"
    assert numbers.loc[1, "value"] == 76_000_000_000


def failing_docs(error: type[BaseException]) -> Iterator[Document]:
    yield DOC
    raise error()


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_an_interrupted_write_leaves_the_previous_file(tmp_path: Path, error: type[BaseException]) -> None:
    out = tmp_path / "facts.csv"
    out.write_text("previous\n", encoding="utf-8")
    with pytest.raises(error):
        to_csv(failing_docs(error), out)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert os.listdir(tmp_path) == ["facts.csv"]


def test_a_replaced_file_keeps_its_permissions_and_a_new_one_follows_the_umask(tmp_path: Path) -> None:
    kept = tmp_path / "kept.csv"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    with atomic_write(kept) as f:
        f.write("new")
    assert kept.read_text(encoding="utf-8") == "new"
    assert kept.stat().st_mode & 0o777 == 0o640
    umask = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "fresh.csv") as f:
            f.write("x")
    finally:
        os.umask(umask)
    assert (tmp_path / "fresh.csv").stat().st_mode & 0o777 == 0o644
