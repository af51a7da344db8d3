"""Spark and Dask give exactly the local rows: on corpora/ and on a folder as scrapers leave it (CP1251,
HTML, a binary file that lands in the errors). One Spark session serves every Spark test."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from factx.cli import main
from factx.io.arrow import RESULT_SCHEMA, SCHEMA, result_rows
from factx.io.batch import Document, analyse_text
from tests.conftest import write_tree
from tests.test_cli import ARTICLE, CHROME, HTML

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
Row = dict[str, Any]


def rows_of(table: pa.Table) -> list[Row]:
    """Whole rows in one order, whatever order the engine wrote them in."""
    return sorted(table.to_pylist(), key=lambda row: [str(v) for v in row.values()])


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mixed")
    files = {
        "cp1251.txt": (ARTICLE + CHROME).encode("cp1251"),
        "sub dir/page.HTML": HTML.encode("utf-8"),
        "sub dir/deeper/koi8.md": ARTICLE.replace("Караганде", "Темиртау").encode("koi8_r"),
        "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "table.csv": b"not,an,article\n",
        ".cache/old.txt": ARTICLE.encode("utf-8"),
    }
    return write_tree(root, files)


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str | None, str | None]]:
    """(doc, text, date) rows: the corpus, a dated article, a null text and a date that is none."""
    corpus = [(p.name, p.read_text(encoding="utf-8"), None) for p in sorted(CORPORA.glob("*.txt"))]
    return [*corpus, ("dated", ARTICLE, "2020-03-01"), ("null", None, None), ("bad date", ARTICLE, "вчера")]


@pytest.fixture(scope="module")
def text_rows(texts: list[tuple[str, str | None, str | None]]) -> list[Row]:
    """What the engines must give for `texts`: the local rows of analyse_text, and two error rows."""
    docs = [
        analyse_text(text, doc, dt.date.fromisoformat(day) if day else None) for doc, text, day in texts[:-2]
    ]
    docs += [Document("null", error="no text (null)"), Document("bad date", error="not a date: 'вчера'")]
    return rows_of(pa.Table.from_pylist(list(result_rows(docs)), schema=RESULT_SCHEMA))


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local Spark session for all Spark tests: its start-up costs seconds."""
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.skip("Spark needs Java (17)")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.mark.spark
def test_factx_spark_writes_the_rows_of_factx_extract(
    spark: Any, mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    named = write_tree(tmp_path / "named", {"notes.dat": ARTICLE.encode("utf-8")}) / "notes.dat"
    paths = [str(CORPORA), str(mixed), str(named)]  # a named file is read whatever its name
    assert main(["extract", *paths, "-o", str(tmp_path / "local.parquet")]) == 1
    local = pq.read_table(tmp_path / "local.parquet")
    capsys.readouterr()
    out, errors = tmp_path / "facts.parquet", tmp_path / "errors.parquet"
    assert main(["spark", *paths, "-o", str(out), "--errors", str(errors)]) == 1
    assert "factx: photo.txt: binary file (NUL bytes)" in capsys.readouterr().err
    table = ds.dataset(out).to_table()
    assert table.schema.equals(SCHEMA)
    assert rows_of(table) == rows_of(local)
    assert {"cp1251.txt", "sub dir/page.HTML", "sub dir/deeper/koi8.md", str(named)} < set(
        table["doc"].to_pylist()
    )
    failed = ds.dataset(errors).to_table().to_pylist()
    assert failed == [{"doc": "photo.txt", "error": "binary file (NUL bytes)"}]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "errors.parquet",
        "facts.parquet",
        "local.parquet",
        "named",
    ]


@pytest.mark.spark
def test_a_failed_spark_run_leaves_the_previous_output(spark: Any, mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.parquet"
    out.write_bytes(b"previous")
    assert main(["spark", str(mixed), str(tmp_path / "missing"), "-o", str(out)]) == 2
    assert out.read_bytes() == b"previous"


@pytest.mark.spark
def test_a_spark_dataframe_of_texts_gives_the_local_rows(
    spark: Any, texts: list[tuple[str, str | None, str | None]], text_rows: list[Row]
) -> None:
    import factx.spark

    df = spark.createDataFrame(texts, "doc STRING, body STRING, published STRING").repartition(4)
    result = factx.spark.extract_facts(df, text_col="body", date_col="published")
    assert rows_of(result.toArrow()) == text_rows
    facts, errors = factx.spark.split(result)
    assert facts.columns == SCHEMA.names
    assert sorted(errors.collect()) == [("bad date", "not a date: 'вчера'"), ("null", "no text (null)")]
    with pytest.raises(ValueError, match="unknown fact kind"):
        factx.spark.extract_facts(df, text_col="body", kinds={"money", "weather"})


def test_without_pyspark_factx_spark_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loaded = [name for name in sys.modules if name.startswith("pyspark.")]
    for name in ["pyspark", "pyspark.sql", *loaded]:
        monkeypatch.setitem(sys.modules, name, None)  # as if not installed
    monkeypatch.delitem(sys.modules, "factx.spark", raising=False)
    assert main(["spark", str(mixed), "-o", str(tmp_path / "facts.parquet")]) == 2
    assert "pip install 'factx[spark]'" in capsys.readouterr().err
    with pytest.raises(ImportError, match=r"factx\[spark\]"):
        import factx.spark  # noqa: F401


@pytest.mark.dask
def test_a_dask_dataframe_of_texts_gives_the_local_rows(
    texts: list[tuple[str, str | None, str | None]], text_rows: list[Row]
) -> None:
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd

    import factx.dask

    frame = pd.DataFrame(texts, columns=["doc", "text", "date"])
    result = factx.dask.extract_facts(dd.from_pandas(frame, npartitions=4), date_col="date")
    computed = result.compute(scheduler="processes", num_workers=2)
    assert rows_of(pa.Table.from_pandas(computed, preserve_index=False)) == text_rows


@pytest.mark.dask
def test_dask_parquet_parts_have_one_schema_with_or_without_facts(tmp_path: Path) -> None:
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd

    import factx.dask

    frame = pd.DataFrame({"doc": ["a", "b"], "text": ["Здесь нет чисел.", ARTICLE]})
    result = factx.dask.extract_facts(dd.from_pandas(frame, npartitions=2), kinds={"money"})
    result.to_parquet(tmp_path / "facts", write_index=False, compute_kwargs={"scheduler": "synchronous"})
    parts = sorted((tmp_path / "facts").glob("*.parquet"))
    assert [pq.read_metadata(p).num_rows for p in parts] == [0, 1]
    assert all(pq.read_schema(p).remove_metadata().equals(RESULT_SCHEMA) for p in parts)
