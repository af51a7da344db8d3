"""`factx report`: an overview first (summary, charts), a fact table for the whole corpus, documents
collapsed; values rounded for people; usable at a thousand documents; drawn by Chromium offline."""

from __future__ import annotations

import base64
import dataclasses
import gzip
import html
import io
import json
import re
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import factx
from factx.cli.report import write_report
from factx.cli.report.overview import Overview
from factx.cli.report.tables import pivot, plan_actual
from factx.cli.values import amount, currency_word, describe
from factx.facts import MoneyFact, PercentFact, QuantityFact
from factx.io.batch import Document

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    return list(factx.extract_paths([CORPORA]))


@pytest.fixture(scope="module")
def page(corpus: list[Document]) -> str:
    out = io.StringIO()
    write_report(corpus, out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("Около трети жителей переехали.", "share", "≈ 33.3%"),
        ("Привлечено более 76 млрд тенге.", "money", "> 76 млрд тенге"),
        ("Выделено 1 234 567 рублей.", "money", "1.23 млн руб."),
        ("Доля выросла на 1,2 п.п.", "percent", "1.2 п.п. ↑"),
        ("Цены выросли на 12%.", "percent", "12% ↑"),
        ("Доля составила 12%.", "percent", "12%"),
        ("Экспорт вырос в 5,6 раза.", "multiplier", "×5.6 ↑"),
        ("Число безработных сократилось с 27 до 20 тыс. человек.", "change", "27 тыс. → 20 тыс. человек ↓"),
        ("Создано свыше 2 тыс. рабочих мест.", "quantity", "> 2 тыс. рабочее место"),
        ("Стоимость от 2 до 3 млрд тенге.", "money", "2 млрд–3 млрд тенге"),
    ],
)
def test_values_are_rounded_for_people(text: str, kind: str, shown: str) -> None:
    fact = next(f for f in factx.extract(text) if f.kind == kind)
    assert describe(fact, rounded=True) == shown


@pytest.mark.parametrize(
    ("code", "word"),
    [("KZT", "тенге"), ("EUR", "евро"), ("RUB", "руб."), ("USD", "долл."), ("CNY", "юаней"),
     ("TRY", "турецких лир"), ("XYZ", "XYZ")],
)  # fmt: skip
def test_a_currency_reads_as_russian_text_writes_it_after_a_sum(code: str, word: str) -> None:
    assert currency_word(code) == word


def test_amounts_keep_about_three_digits() -> None:
    numbers = ("5", "2.345", "12.34", "999", "1500", "76000000000", "-2500000")
    assert [amount(Decimal(v)) for v in numbers] == [
        "5",
        "2.35",
        "12.3",
        "999",
        "1.5 тыс.",
        "76 млрд",
        "-2.5 млн",
    ]


SARAN_2024 = {
    "place": "Сарань",
    "period": "2024",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
    "modality": "actual",
}


def figure(kind: type, text: str, **fields: object) -> object:
    return kind(start=0, end=len(text), text=text, **fields)


def test_the_pivot_counts_figures_per_place_and_year_and_never_adds_their_values() -> None:
    overview = Overview()
    for fact in (
        figure(MoneyFact, "76 млрд тенге", value=Decimal("76e9"), currency="KZT", **SARAN_2024),
        figure(MoneyFact, "4 млрд тенге", value=Decimal("4e9"), currency="KZT", **SARAN_2024),
        figure(MoneyFact, "$2 млн", value=Decimal("2e6"), currency="USD", place="Сарань", period="2030",
               modality="plan"),
        figure(PercentFact, "12%", value=Decimal(12), place="Темиртау", period="2019–2024"),
        figure(QuantityFact, "5 школ", value=Decimal(5), unit="школа"),
    ):  # fmt: skip
        overview.add(fact)  # type: ignore[arg-type]
    table = pivot(overview)
    header = re.findall(r"<th>([^<]*)</th>", table.split("</thead>")[0])
    assert header == ["place", "2024", "2030", "(several years)", "(no period)", "total"]
    rows = {m[0]: m[1] for m in re.findall(r"<tr><th>([^<]*)</th>(.*?)</tr>", table.split("<tbody>")[1])}
    assert list(rows) == ["Сарань", "Темиртау", "(no place)"]
    cells = re.findall(r"<td>(.*?)</td>", rows["Сарань"])
    assert cells == ["2", "1", "", "", "3"]
    plans = plan_actual(overview)
    assert "<tr><th>Сарань</th><td>1</td><td>2</td>" in plans and "80 млрд" not in plans + table
    assert "Темиртау" not in plans  # neither planned nor actual


def test_the_report_opens_with_the_summary_and_charts(page: str) -> None:
    body = page.split("<body>", 1)[1]
    assert body.index('<section id="summary">') < body.index('id="facts"') < body.index('id="documents"')
    summary = body.split('<section id="summary">', 1)[1].split("</section>", 1)[0]
    assert summary.count("<svg") >= 3 and "Facts per kind" in summary and "Money by place" not in summary
    assert summary.index('<h2 id="panel">') < summary.index("<svg")  # it opens with the panel
    assert "инвестиции в основной капитал" in summary  # a chart and rows per indicator
    for heading in ("Figures by place and year", "Plan against actual", "Most frequent subjects"):
        assert heading in summary
    shown = page.split('<script type="application/octet-stream"')[0]  # what is drawn without script
    assert "0.3333" not in page and not re.search(r"\b76000000000\b", shown)
    assert not re.search(r"https?://", page)  # nothing to fetch: the charts are inline SVG


def test_a_thousand_documents_stay_under_two_megabytes(corpus: list[Document]) -> None:
    docs = [dataclasses.replace(doc, path=f"{k}/{doc.path}") for k in range(25) for doc in corpus]
    assert len(docs) == 1000
    out = io.StringIO()
    write_report(docs, out)
    size = len(out.getvalue().encode())
    assert size < 2_000_000, size


def payload(page: str, name: str) -> list[Any]:
    """The JSON the page carries for its script: the fact rows or the document texts."""
    data = re.search(rf'id="{name}-data">([^<]*)</script>', page)
    assert data is not None
    return json.loads(gzip.decompress(base64.b64decode(data[1])))  # type: ignore[no-any-return]


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Headless Chromium, offline and with a fresh profile, waiting for the page's script to finish."""
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
        "--virtual-time-budget=20000",
    ]  # fmt: skip
    return subprocess.run([str(CHROMIUM), *flags, *args], capture_output=True, timeout=300, check=True)


needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} missing: apt-get install chromium"
)


@needs_chromium
def test_chromium_draws_the_summary_and_charts_and_leads_from_a_fact_to_its_place(
    page: str, tmp_path: Path
) -> None:
    from PIL import Image

    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    facts, texts = payload(page, "facts"), payload(page, "texts")
    k = next(i for i, f in enumerate(facts) if f[1] == "money" and f[4] == "312 млрд тенге")
    dom = chromium(tmp_path / "p1", "--dump-dom", f"{report.as_uri()}#f-{k}").stdout.decode()
    assert re.search(r'data-ready="\d+"', dom) and f"{len(facts)} of {len(facts)} facts" in dom
    assert f'<details class="doc" id="doc-{facts[k][0]}" open="">' in dom  # its document, opened
    mark = f'<mark class="k-money flash" id="f-{k}" title="money: 312 млрд тенге">312 млрд тенге</mark>'
    assert mark in dom and texts[facts[k][0]][0] == "01_karaganda_monotowns.txt"
    assert len(re.findall(r'<tr><td><a href="#f-\d+"', dom)) == 200  # the first page of the fact table
    shot = tmp_path / "report.png"
    chromium(tmp_path / "p2", "--window-size=1200,3200", f"--screenshot={shot}", report.as_uri())
    colours = {rgb: n for n, rgb in Image.open(shot).convert("RGB").getcolors(maxcolors=1 << 20) or []}
    assert colours.get((0x4C, 0x78, 0xA8), 0) > 2000  # the bars of the indicators' charts
    assert colours.get((0xB9, 0xF0, 0xB4), 0) > 300  # money's bar among the kinds, in its colour
    assert colours.get((0xF3, 0xF3, 0xF3), 0) > 2000  # the summary tables' header rows


@needs_chromium
def test_a_thousand_documents_open_in_chromium(corpus: list[Document], tmp_path: Path) -> None:
    docs = [dataclasses.replace(doc, path=f"{k}/{doc.path}") for k in range(25) for doc in corpus]
    report = tmp_path / "report.html"
    write_report(docs, str(report))
    dom = chromium(tmp_path / "p", "--dump-dom", f"{report.as_uri()}#doc-999").stdout.decode()
    facts = sum(len(d.facts) for d in docs)
    assert f"{facts} of {facts} facts" in dom
    assert (
        len(re.findall(r"<details class=\"doc\" id=\"doc-\d+\"", dom)) == 1000
        and '<details class="doc" id="doc-999" open="">' in dom
    )


@needs_chromium
def test_the_fact_table_filters_by_kind_and_sorts_by_value(page: str, tmp_path: Path) -> None:
    """A person's clicks, made by a script added to a copy of the page: money only, largest first."""
    clicks = """<script>
    const wait = setInterval(() => {
      if (!document.body.dataset.ready) return;
      clearInterval(wait);
      const kind = document.querySelector('select[data-filter="1"]');
      kind.value = "money";
      kind.dispatchEvent(new Event("change"));
      const value = document.querySelector('th[data-sort="9"]');
      value.click();
      value.click();
      document.body.dataset.clicked = "1";
    }, 10);
    </script></body>"""
    report = tmp_path / "clicked.html"
    report.write_text(page.replace("</body>", clicks), encoding="utf-8")
    dom = chromium(tmp_path / "p", "--dump-dom", report.as_uri()).stdout.decode()
    assert 'data-clicked="1"' in dom
    facts = payload(page, "facts")
    money = sorted((f for f in facts if f[1] == "money" and f[9] is not None), key=lambda f: -f[9])
    assert f"{sum(f[1] == 'money' for f in facts)} of {len(facts)} facts" in dom
    kinds = re.findall(r'<tr><td><a href="#f-\d+">[^<]*</a></td><td><mark class="k-(\w+)">', dom)
    assert set(kinds) == {"money"}
    values = [html.unescape(v) for v in re.findall(r'<td class="value">([^<]*)</td>', dom)]
    assert values[0] == money[0][4] and values[1] == money[1][4]


def test_files_not_read_are_listed_with_their_reason(corpus: list[Document]) -> None:
    out = io.StringIO()
    write_report([*corpus[:2], Document("photo.txt", error="binary file (NUL bytes)")], out)
    page = out.getvalue()
    assert "3 files, " in page and ", 1 not read" in page
    assert '<ul class="failures"><li>photo.txt: binary file (NUL bytes)</li></ul>' in page
