"""The Arrow core and Parquet output: SPEC's columns and types, exact numbers, the rows that JSONL has;
one text, or one file's bytes, read as `extract_paths` reads the file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import factx
from factx.cli import main
from factx.facts import MoneyFact, ShareFact
from factx.io.arrow import BATCH_ROWS, RESULT_SCHEMA, SCHEMA, fact_rows, texts_to_facts, to_parquet
from factx.io.batch import Document, analyse_bytes, analyse_text, extract_paths
from factx.io.export import COLUMNS
from factx.io.reader import PART_CHARS
from tests.conftest import write_tree
from tests.stubs import StubExtractor
from tests.test_cli import ARTICLE, CHROME, HTML


def word(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


FILES: dict[str, bytes] = {
    "astana.txt": (ARTICLE + CHROME).encode("utf-8"),
    "region/karaganda-1251.txt": ARTICLE.encode("cp1251"),
    "page.html": HTML.encode("utf-8"),
    "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "report.docx": word("Отчет акимата", ARTICLE.strip()),
    "broken.pdf": b"%PDF-1.4 not really",
}


def test_parquet_holds_the_rows_of_jsonl_with_typed_offsets(tmp_path: Path) -> None:
    news = write_tree(tmp_path / "news", FILES)
    assert main(["extract", str(news), "-o", str(tmp_path / "facts.parquet")]) == 1  # photo.txt fails
    assert main(["extract", str(news), "-o", str(tmp_path / "facts.jsonl")]) == 1
    table = pq.read_table(tmp_path / "facts.parquet")
    assert table.schema.equals(SCHEMA) and table.column_names == list(COLUMNS)
    lines = (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    assert table.to_pylist() == [json.loads(line) for line in lines]
    money = table.filter(pa.compute.equal(table["kind"], "money")).to_pylist()[0]
    assert (money["value"], money["qualifier"]) == ("76000000000", "gt")
    assert money["start"] == ARTICLE.index("более")
    assert {r["points"] for r in table.to_pylist() if r["kind"] == "percent"} == {False}


def test_duckdb_and_pandas_read_the_parquet_file(tmp_path: Path) -> None:
    news = write_tree(tmp_path / "news", {"a.txt": ARTICLE.encode("utf-8")})
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(news), "--format", "parquet", "-o", str(out)]) == 0
    rows = duckdb.sql(f"SELECT kind, text, start, value FROM '{out}' ORDER BY start").fetchall()
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(COLUMNS) and str(frame["start"].dtype) == "int64"
    table = pq.read_table(out, columns=["kind", "text", "start", "value"]).sort_by("start")
    assert rows == [tuple(r.values()) for r in table.to_pylist()]
    assert frame.loc[frame["kind"] == "money", "value"].tolist() == ["76000000000"]
    assert ("money", "более 76 млрд тенге", ARTICLE.index("более"), "76000000000") in rows
    assert frame.loc[frame["kind"] == "change", ["before", "after"]].values.tolist() == [["27000", "20000"]]


def test_numbers_stay_exact_where_a_decimal_type_would_round_or_overflow(tmp_path: Path) -> None:
    big = "1234567890123456789012345"
    text = f"Треть из {big} тенге."
    facts = [
        ShareFact(start=0, end=5, text="Треть", value=Decimal(1) / Decimal(3)),
        MoneyFact(start=9, end=40, text=text[9:40], value=Decimal(big), currency="KZT"),
    ]
    doc = Document("a.txt", facts=facts, text=text, sentences=[(0, len(text))])
    assert factx.to_parquet([doc], tmp_path / "f.parquet") == 2
    values = pq.read_table(tmp_path / "f.parquet")["value"].to_pylist()
    assert values == ["0.3333333333333333333333333333", big]


def test_parquet_goes_to_a_file_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    news = write_tree(tmp_path / "news", {"a.txt": ARTICLE.encode("utf-8")})
    assert main(["extract", str(news), "--format", "parquet"]) == 2
    assert "-o facts.parquet" in capsys.readouterr().err


def test_an_interrupted_parquet_write_leaves_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "facts.parquet"
    out.write_bytes(b"previous")

    def failing() -> Iterator[Document]:
        yield analyse_text(ARTICLE, "a.txt")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        to_parquet(failing(), out)
    assert out.read_bytes() == b"previous" and [p.name for p in tmp_path.iterdir()] == ["facts.parquet"]


def test_a_text_gives_the_facts_of_the_same_file(tmp_path: Path) -> None:
    news = write_tree(tmp_path / "news", {"a.txt": (ARTICLE + CHROME).encode("cp1251")})
    (from_file,) = extract_paths([news])
    from_text = analyse_text(ARTICLE + CHROME, "a.txt")
    assert from_text.facts == from_file.facts and "40%" not in [f.text for f in from_text.facts]
    assert from_text.title == "Карагандинская область привлекла инвестиции"
    assert from_text.date == dt.date(2026, 1, 15)
    assert list(fact_rows([from_text])) == list(fact_rows([from_file]))
    dated = analyse_text(ARTICLE, "a.txt", date=dt.date(2020, 3, 1), kinds={"money"})
    assert [(f.kind, f.period) for f in dated.facts] == [("money", "2019")]  # "в прошлом году" of 2020


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_bytes_of_a_file_give_its_documents(tmp_path: Path, name: str) -> None:
    news = write_tree(tmp_path / "news", {name: FILES[name]})
    expected = [dataclasses.replace(d, file=name) for d in extract_paths([news])]
    assert analyse_bytes(FILES[name], name) == expected


def test_the_bytes_of_a_big_file_come_in_the_parts_of_the_file(tmp_path: Path, stub: StubExtractor) -> None:
    line = "Выручка выросла на 12% за год.\n"
    data = (line * (2 * PART_CHARS // len(line) + 1)).encode("utf-8")
    (tmp_path / "big.txt").write_bytes(data)
    from_bytes = analyse_bytes(data, "big.txt")
    assert len(from_bytes) == 3
    assert list(fact_rows(from_bytes)) == list(fact_rows(extract_paths([tmp_path])))


def test_documents_in_batches_give_facts_and_error_rows(stub: StubExtractor) -> None:
    texts = ["Рост на 5%.\n" * BATCH_ROWS, "Доля 7%.", None, "Рост на 1%."]
    docs = pa.RecordBatch.from_pydict(
        {"id": ["a", "b", "c", "d"], "body": texts, "day": [None, "2024-05-01", None, "1 мая"]}
    )
    out = list(texts_to_facts([docs], text_col="body", doc_col="id", date_col="day"))
    assert [b.num_rows for b in out] == [BATCH_ROWS, 3] and all(b.schema.equals(RESULT_SCHEMA) for b in out)
    rows = [row for b in out for row in b.to_pylist()]
    assert [r["doc"] for r in rows].count("a") == BATCH_ROWS
    assert [(r["doc"], r["text"], r["error"]) for r in rows[-2:]] == [
        ("c", None, "no text (null)"),
        ("d", None, "not a date: '1 мая'"),
    ]
    assert [(r["text"], r["value"], r["start"], r["context"]) for r in rows if r["doc"] == "b"] == [
        ("7%", "7", 5, "Доля 7%.")
    ]
