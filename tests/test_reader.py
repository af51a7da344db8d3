"""Reading files: encodings, binary files, HTML main text, site chrome, title and date, parts."""

from __future__ import annotations

import datetime as dt
import os
from itertools import pairwise
from pathlib import Path

import pytest

from factx.io.reader import SNIFF_BYTES, ReadError, read_file, read_parts, split
from factx.text.page import header

ARTICLE = (
    "Инвестиции в Сарань выросли втрое\n"
    "\n"
    "Объем инвестиций в основной капитал города Сарань в прошлом году превысил 76 млрд тенге, "
    "а число рабочих мест на новых заводах выросло на 12% по сравнению с предыдущим годом.\n"
)
CHROME = (
    "\n"
    "Популярное\n"
    "\n"
    "Все\n"
    "Над Аляской взошли сразу четыре солнца\n"
    "Цены на уголь выросли в 3 раза?\n"
    "\n"
    "Читайте также\n"
    "\n"
    "Туркестан стал площадкой для новых экономических решений тю…\n"
    "\n"
    "Архив\n"
    "\n"
    "  • [[year]]\n"
    "  • [[month.label]]\n"
    "  • [[day]]\n"
)


def write(path: Path, data: bytes | str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8_r", "utf-16"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "a.txt", ARTICLE, encoding)
    assert read_file(path).text == ARTICLE


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_short_legacy_texts_are_not_taken_for_asian_encodings(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "a.txt", "Рост 5%", encoding)
    assert read_file(path).text == "Рост 5%"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file (NUL bytes)"),
        (bytes(range(1, 32)) * 20, "binary file (control characters)"),
        (bytes(range(128, 256)) * 20, "undecodable"),
    ],
)
def test_binary_files_are_rejected_with_a_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path / "photo.txt", data)
    with pytest.raises(ReadError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_file(path)


def test_an_empty_file_is_one_empty_part(tmp_path: Path) -> None:
    parts = list(read_parts(write(tmp_path / "empty.txt", b"")))
    assert [(p.text, p.offset, p.title, p.date) for p in parts] == [("", 0, None, None)]


def test_chrome_blocks_and_placeholders_are_spans_into_the_unchanged_text(tmp_path: Path) -> None:
    part = read_file(write(tmp_path / "a.txt", ARTICLE + CHROME))
    assert part.text == ARTICLE + CHROME
    start = part.text.index("Популярное")
    assert part.boilerplate == ((start, len(part.text) - 1),)  # up to the last line's end


def test_a_chrome_block_ends_at_the_first_line_of_prose(tmp_path: Path) -> None:
    prose = "Работа продолжается: в следующем году в городе построят еще две школы и больницу на 200 коек."
    text = f"{ARTICLE}\nЧитайте также: Сарань получит новую школу\nВ Абае открыли парк\n\n{prose}\n"
    part = read_file(write(tmp_path / "a.txt", text))
    (start, end), *rest = part.boilerplate
    assert not rest
    assert part.text[start:end] == "Читайте также: Сарань получит новую школу\nВ Абае открыли парк"


def test_a_placeholder_inside_prose_is_skipped_alone(tmp_path: Path) -> None:
    text = "Курс на [[date]] составил 470 тенге за доллар США.\n"
    part = read_file(write(tmp_path / "a.txt", text))
    assert [part.text[s:e] for s, e in part.boilerplate] == ["[[date]]"]


def test_chrome_state_carries_over_from_one_part_to_the_next(tmp_path: Path) -> None:
    headlines = "".join(f"Новость номер {i} о регионе\n" for i in range(200))
    text = ARTICLE + "\nПопулярное\n" + headlines
    parts = list(read_parts(write(tmp_path / "a.txt", text), size=1000))
    assert len(parts) > 3
    assert "".join(p.text for p in parts) == text
    covered = [(s, e) for p in parts for s, e in p.boilerplate]
    assert covered[0][0] == text.index("Популярное")
    assert covered[-1][1] == len(text) - 1
    assert all(e <= s2 for (_, e), (s2, _) in pairwise(covered))


def test_parts_are_cut_after_paragraphs_and_keep_offsets(tmp_path: Path) -> None:
    text = "".join(f"Абзац {i}: выручка выросла на {i}%.\nВторая строка абзаца.\n\n" for i in range(500))
    parts = list(read_parts(write(tmp_path / "a.txt", text), size=2000))
    assert "".join(p.text for p in parts) == text
    for p in parts:
        assert text[p.offset : p.offset + len(p.text)] == p.text
        assert len(p.text) <= 2000
    assert all(p.text.endswith("\n\n") for p in parts[:-1])


def test_an_unbroken_run_is_cut_at_the_size() -> None:
    assert list(split(["x" * 25], 10)) == [(0, "x" * 10), (10, "x" * 10), (20, "x" * 5)]
    assert list(split(["ab cd", "ef gh"], 4)) == [(0, "ab "), (3, "cdef"), (7, " gh")]


def test_an_undecodable_stretch_after_the_first_megabyte_stops_the_file(tmp_path: Path) -> None:
    data = ("Выручка выросла на 5%.\n\n" * (SNIFF_BYTES // 30)).encode() + b"\xff\xfe\xfa bad\n"
    parts = read_parts(write(tmp_path / "big.txt", data))
    first = next(parts)
    assert first.text.startswith("Выручка")
    with pytest.raises(ReadError, match=r"undecodable as utf-8 near byte \d+"):
        list(parts)


@pytest.mark.parametrize(
    ("head", "title", "date"),
    [
        ("В Сарани открыли завод\n15 января 2026, 10:35\n", "В Сарани открыли завод", dt.date(2026, 1, 15)),
        (
            "# Итоги года в Караганде\n\nОпубликовано 05.02.2025\n",
            "Итоги года в Караганде",
            dt.date(2025, 2, 5),
        ),
        ("Дата: 31.02.2026, обновлено 2026-03-01\n", None, dt.date(2026, 3, 1)),  # a date line: no title
        (
            "date 2024-06-30 #Новости\nВ Павлодаре построят школу\n",
            "В Павлодаре построят школу",
            dt.date(2024, 6, 30),
        ),
        ("Выпуск угля упал\n\n12 марта, 2019 09:40\n", "Выпуск угля упал", dt.date(2019, 3, 12)),
        ("Рост экспорта зерна\n3 мар. 2024\n", "Рост экспорта зерна", dt.date(2024, 3, 3)),
        ("28 марта 201109:10\n\nВыпуск стали вырос\n", "Выпуск стали вырос", dt.date(2011, 3, 28)),
        ("- октябрь 29, 2025\n\nОтчёт акима области\n", "Отчёт акима области", dt.date(2025, 10, 29)),
        ("date 2024-06 #Экономика\nИтоги полугодия\n", "Итоги полугодия", dt.date(2024, 6, 1)),
        ("20-09-2017, 11:39\nИтоги полугодия\n", "Итоги полугодия", dt.date(2017, 9, 20)),
        ("Программа 2024-2026\nИтоги полугодия\n", "Программа 2024-2026", None),
        (  # a date line with the site's rubric after a slash is no title
            "5 мая 2021 г. 09:40 / Новости региона\n\nОтчёт акима области\n",
            "Отчёт акима области",
            dt.date(2021, 5, 5),
        ),
        (  # the site's rubric before the date, its year's "г." no word of it
            "Новости регионов 14 ноября 2024 г. 10:20\n\nБюджет Павлодара утвержден\n",
            "Бюджет Павлодара утвержден",
            dt.date(2024, 11, 14),
        ),
        ("Март\n2021\n\nОтчёт акима области\n", "Отчёт акима области", dt.date(2021, 3, 1)),
        ("Отчёт акима области\nОктябрь 2023\n", "Отчёт акима области", dt.date(2023, 10, 1)),
        ("Обыск в Варшаве\nПолицейские у дома. Ноябрь 1939 года.\n", "Обыск в Варшаве", None),  # a caption
        (
            "18:10, 07 Август 2025 | GMT +5\n\nОтчёт акима области\n",
            "Отчёт акима области",
            dt.date(2025, 8, 7),
        ),
        ("Работа продолжается.\n", None, None),
    ],
)
def test_title_and_date_come_from_the_header(head: str, title: str | None, date: dt.date | None) -> None:
    assert header(head + "\n" + ARTICLE.split("\n", 1)[1]) == (title, date)


def test_a_date_in_the_article_body_is_not_the_document_date() -> None:
    body = "Заголовок статьи о регионе\n\n" + ARTICLE.split("\n", 2)[2].replace(
        "в прошлом году", "15 января 2024"
    )
    assert header(body) == ("Заголовок статьи о регионе", None)


HTML = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="windows-1251"><title>Сарань | Новости</title>
<meta property="article:published_time" content="2026-01-15T10:00:00+05:00"></head>
<body><header><nav><ul><li><a href="/">Главная</a></li><li><a href="/e">Экономика: рост на 15%</a></li>
</ul></nav></header>
<main><article><h1>В Сарани привлекут 76 млрд тенге</h1>
<p>В текущем году в экономику города Сарань планируется привлечь более 76 млрд тенге инвестиций.
Это на 12% больше, чем годом ранее.</p>
<p>На новых заводах создано свыше 2 тыс. рабочих мест, и дальнейшие проекты обеспечат еще порядка 3,5 тыс.</p>
</article></main>
<footer>© 2026 Новости. Все права защищены.</footer></body></html>
"""


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    part = read_file(write(tmp_path / "page.html", HTML, "cp1251"))
    assert "более 76 млрд тенге" in part.text
    assert "15%" not in part.text and "Главная" not in part.text and "права защищены" not in part.text
    assert part.title == "В Сарани привлекут 76 млрд тенге"
    assert part.date == dt.date(2026, 1, 15)


def test_binary_html_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="binary"):
        read_file(write(tmp_path / "page.htm", b"<html>\x00\x01\x02"))


def test_unreadable_paths_have_short_reasons(tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block for ever
    (tmp_path / "folder.txt").mkdir()
    for name, reason in [
        ("missing.txt", "file not found"),
        ("link.txt", "broken symbolic link"),
        ("pipe.txt", "not a regular file"),
        ("folder.txt", "not a regular file"),
    ]:
        with pytest.raises(ReadError, match=reason):
            read_file(tmp_path / name)
