"""The simple LaTeX reader's one-step tokens (runs of text, brace groups of text) read as pylatexenc does."""

from __future__ import annotations

import pytest

from pubkit.latex import _SIMPLE_TOKEN, _WALKER_DB, _decode_latex, _decode_simple


@pytest.mark.parametrize(
    "value",
    [
        r"{GPU} and {Hi-C} x{A's}y {} { } {-} {?x} {a}b {Cooper} pairs",
        r"{A {B-C} d} {{X}} {{ }} \emph{{X} y} {\emph{Y}} {x {Z} \'e}",
        r"{$x$ {Y}} {A} {\"u} {{\"u}} {a\"{u}} {B}--{C} a-b-c don't ``{Q}''",
        r"x}{A} {B {C}",
        r"{unclosed {A} and {B-C",
    ],
)
def test_text_groups_in_one_token_read_as_pylatexenc_reads_them(value: str) -> None:
    simple = _decode_simple(value)
    assert simple is None or simple == _decode_latex(value)


def test_a_text_group_is_one_token_and_a_run_of_text_with_single_dashes_another() -> None:
    assert [(t.lastgroup, t.group()) for t in _SIMPLE_TOKEN.finditer("{Hi-C} of a-b's x--y")] == [
        ("word", "{Hi-C}"),
        ("plain", " of a-b's x"),
        ("piece", "--"),
        ("plain", "y"),
    ]


def test_a_text_group_that_never_closes_is_read_brace_by_brace() -> None:
    value = "{" + "a-" * 5000 + r"\"u}"
    assert _SIMPLE_TOKEN.match(value).lastgroup == "open"  # type: ignore[union-attr]
    assert _decode_simple(value) == _decode_latex(value)


def test_the_walker_finds_the_specials_pylatexenc_finds() -> None:
    method = type(_WALKER_DB).test_for_specials
    for text in ("a--b ---c ``x'' `y' ?` !` ~ & - ?! `` '' x", "", "-"):
        for pos in range(len(text) + 2):
            assert _WALKER_DB.test_for_specials(text, pos) is method(_WALKER_DB, text, pos), (text, pos)
