"""The panel (factx.to_panel, `factx table`): one row per indicator, measure, place, period and
modality across documents, with its sources; made-up articles."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import factx
from factx.cli.report.numbers import panel_value, ru_amount
from factx.panel import COLUMNS, panel_rows, wide

ARTICLE = (
    "Инвестиции в основной капитал Павлодарской области в 2024 году составили 1,2 трлн тенге, что на "
    "12% больше, чем годом ранее. В 2024 году в области собрали 1,5 млн тонн зерна.\n"
)
OTHER = "Инвестиции в основной капитал Павлодарской области в 2024 году составили 1,3 трлн тенге.\n"
KOSTANAY = "В 2024 году в Костанайской области собрали 4,2 млн тонн зерна.\n"


def docs(*texts: str) -> list[factx.Document]:
    return [factx.analyse_text(text, doc=f"{k}.txt") for k, text in enumerate(texts)]


def by_indicator(rows: list[dict[str, Any]], indicator: str, measure: str = "level") -> list[dict[str, Any]]:
    return [r for r in rows if r["indicator"] == indicator and r["measure"] == measure]


def test_one_row_per_figure_with_its_value_unit_and_source() -> None:
    rows = panel_rows(docs(ARTICLE))
    assert all(list(r) == list(COLUMNS) for r in rows)
    (investment,) = by_indicator(rows, "investment_fixed_capital")
    assert investment["place"] == "Павлодарская область" and investment["period"] == "2024"
    assert investment["value"] == Decimal("1.2e12") and investment["currency"] == "KZT"
    assert investment["n_sources"] == 1 and investment["conflict"] is False
    assert investment["sources"][0]["doc"] == "0.txt" and "1,2 трлн" in investment["sources"][0]["text"]
    (change,) = by_indicator(rows, "investment_fixed_capital", "change")
    assert change["value"] == 12 and change["unit"] == "%"
    (harvest,) = by_indicator(rows, "harvest")
    assert harvest["unit"] == "т" and harvest["value"] == Decimal("1.5e6")


def test_a_signed_change_keeps_its_direction() -> None:
    rows = panel_rows(docs("Грузооборот порта Актау в 2024 году составил 4,1 млн т (+3,2%)."))
    (change,) = by_indicator(rows, "freight", "change")
    assert change["direction"] == "up" and panel_value(change) == "+3,2%"


def test_the_same_documents_twice_double_every_count() -> None:
    once = panel_rows(docs(ARTICLE, KOSTANAY))
    twice = panel_rows(docs(ARTICLE, KOSTANAY, ARTICLE, KOSTANAY))
    assert [r["n_sources"] * 2 for r in once] == [r["n_sources"] for r in twice]
    strip = ("n_sources", "values", "sources")
    assert [{k: v for k, v in r.items() if k not in strip} for r in once] == [
        {k: v for k, v in r.items() if k not in strip} for r in twice
    ]


def test_sources_that_differ_by_more_than_a_percent_are_a_conflict() -> None:
    (row,) = by_indicator(panel_rows(docs(ARTICLE, OTHER)), "investment_fixed_capital")
    assert row["n_sources"] == 2 and row["conflict"] is True
    assert row["values"] == [Decimal("1.2e12"), Decimal("1.3e12")] and row["value"] == Decimal("1.25e12")
    (same,) = by_indicator(
        panel_rows(docs(OTHER, OTHER.replace("1,3 трлн", "1 300,5 млрд"))), "investment_fixed_capital"
    )
    assert same["conflict"] is False


def test_figures_of_different_places_or_currencies_never_share_a_row() -> None:
    dollars = ARTICLE.replace("1,2 трлн тенге", "2,5 млрд долларов")
    rows = by_indicator(panel_rows(docs(ARTICLE, dollars, KOSTANAY)), "investment_fixed_capital")
    assert sorted(r["currency"] for r in rows) == ["KZT", "USD"]
    harvest = by_indicator(panel_rows(docs(ARTICLE, KOSTANAY)), "harvest")
    assert [r["place"] for r in harvest] == ["Костанайская область", "Павлодарская область"]


def test_wide_pivots_one_indicator_to_place_by_period() -> None:
    table = wide(panel_rows(docs(ARTICLE, KOSTANAY.replace("2024", "2023"))), "harvest")
    assert [(r["place"], r["2023"], r["2024"]) for r in table] == [
        ("Костанайская область", Decimal("4.2e6"), None),
        ("Павлодарская область", None, Decimal("1.5e6")),
    ]


def test_to_panel_is_a_dataframe_with_pandas_and_rows_without(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = factx.to_panel(docs(ARTICLE))
    assert list(frame.columns) == list(COLUMNS) and len(frame) == len(panel_rows(docs(ARTICLE)))
    monkeypatch.setitem(sys.modules, "pandas", None)
    assert factx.to_panel(docs(ARTICLE)) == panel_rows(docs(ARTICLE))


def test_values_read_as_russian_text_writes_them() -> None:
    assert ru_amount(Decimal("149.3e9")) == "149,3 млрд" and ru_amount(Decimal("312")) == "312"
    row = {
        "value": Decimal("36.5e9"),
        "unit": None,
        "currency": "KZT",
        "measure": "change",
        "direction": "up",
    }
    assert panel_value(row) == "+36,5 млрд тенге"
    assert (
        panel_value({"value": Decimal("103.1"), "unit": "%", "currency": None, "measure": "index"})
        == "103,1%"
    )


def table(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factx", "table", *args], cwd=cwd, capture_output=True, text=True,
        timeout=600, env=env,
    )  # fmt: skip


def test_the_table_command_writes_csv_parquet_and_xlsx(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "b.txt").write_text(KOSTANAY, encoding="utf-8")
    done = table(str(news), str(news), "-o", "panel.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with (tmp_path / "panel.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(COLUMNS) and all(r["n_sources"] == "2" for r in rows)
    harvest = next(r for r in rows if r["indicator"] == "harvest" and r["place"] == "Павлодарская область")
    assert harvest["value"] == "1500000" and json.loads(harvest["values"]) == ["1500000", "1500000"]
    assert table(str(news), "-o", "panel.parquet", cwd=tmp_path).returncode == 0
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "panel.parquet").column_names == list(COLUMNS)
    assert table(str(news), "-o", "wide.xlsx", "--wide", "harvest", cwd=tmp_path).returncode == 0
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "wide.xlsx").active
    assert [c.value for c in sheet[1]][:1] == ["place"] and sheet.max_row == 3


def test_bad_table_usage_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for args, message in (
        (["-o", "panel.txt"], "cannot tell the format"),
        (["-o", "panel.csv", "--wide", "gdp"], "unknown indicator 'gdp'"),
    ):
        done = table("a.txt", *args, cwd=tmp_path)
        assert done.returncode == 2 and message in done.stderr and not (tmp_path / args[1]).exists()
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "openpyxl.py").write_text("raise ImportError('no openpyxl here')\n")
    env = {**os.environ, "PYTHONPATH": str(blocker)}
    done = table("a.txt", "-o", "panel.xlsx", cwd=tmp_path, env=env)
    assert done.returncode == 2 and "pip install 'factx[xlsx]'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
