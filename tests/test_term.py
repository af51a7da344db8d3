"""`factx show`'s terminal styling: plain text unless colour is asked for, nested spans layered."""

from __future__ import annotations

import pytest

from factx.cli.term import colour_wanted, styled, table


def test_without_colour_the_text_is_left_as_it_is() -> None:
    assert styled("рост на 5%", [(8, 10, "bold magenta")], colour=False) == "рост на 5%"


def test_a_span_inside_another_is_drawn_on_top_of_it() -> None:
    text = "более 76 млрд тенге в Сарани"
    drawn = styled(text, [(0, 19, "bold green"), (22, 28, "underline"), (6, 8, "dim")], colour=True)
    assert drawn == (
        "\x1b[1;32mболее \x1b[0m\x1b[1;32;2m76\x1b[0m\x1b[1;32m млрд тенге\x1b[0m в \x1b[4mСарани\x1b[0m"
    )


def test_table_columns_line_up_whatever_the_style() -> None:
    rows = [[("1", ""), ("money", "bold green")], [("12", ""), ("place", "")]]
    lines = [
        line.replace("\x1b[1m", "").replace("\x1b[0m", "")
        for line in table(["#", "kind"], rows, False).split("\n")
    ]
    assert lines == ["#   kind", "1   money", "12  place"]


@pytest.mark.parametrize(
    ("env", "wanted"),
    [({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False), ({"FORCE_COLOR": "1"}, True), ({}, False)],
)
def test_colour_only_on_a_terminal_or_when_forced(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], wanted: bool
) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert colour_wanted() is wanted  # pytest's stdout is not a terminal
