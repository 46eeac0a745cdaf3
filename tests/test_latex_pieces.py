"""The simple LaTeX subset read without pylatexenc: every piece it has, against pylatexenc's reading."""

from __future__ import annotations

import itertools
import string

import pytest

import pubkit.latex
from pubkit.latex import _SIMPLE_LETTER_MACROS, _SIMPLE_TOKEN, _decode_latex, _decode_simple, _piece_text

LETTERS = string.ascii_letters


def _pieces() -> list[str]:
    """Every text the tokenizer's `piece` group matches (a finite set)."""
    bases = [*LETTERS, *(f"{{{c}}}" for c in LETTERS), r"{\i}", r"{\j}", r"\i", r"\j"]
    pieces = [f"\\{accent}{base}" for accent in "`'^\"~=." for base in bases]
    pieces += [f"\\{accent}{{{base}}}" for accent in "uvHckrbd" for base in [*LETTERS, r"\i", r"\j"]]
    pieces += [f"\\{accent} {letter}" for accent in "uvHckrbd" for letter in LETTERS]  # `\c c`, `\H o`
    pieces += [f"\\{name}" for name in _SIMPLE_LETTER_MACROS.split("|")]
    pieces += [f"\\{char}" for char in "{}&%$_#"]
    pieces += ["--", "---", "``", "''", "?`", "!`", "~", "&"]
    for piece in pieces:
        token = _SIMPLE_TOKEN.match(piece)
        assert token is not None and token.lastgroup == "piece" and token.end() == len(piece), piece
    return pieces


def _no_pylatexenc(value: str) -> tuple[str, list[tuple[int, int]]]:
    msg = f"{value!r} went to pylatexenc"
    raise AssertionError(msg)


@pytest.mark.parametrize("chunk", range(8))
def test_every_piece_reads_as_pylatexenc_reads_it_from_the_tables(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    pieces = _pieces()[chunk::8]
    expected = [_decode_latex(piece)[0] for piece in pieces]
    monkeypatch.setattr(pubkit.latex, "_decode_latex", _no_pylatexenc)
    assert [_piece_text.__wrapped__(piece) for piece in pieces] == expected


@pytest.mark.parametrize(
    "value",
    [
        r"{CO_{2}} and {^{31}P} in {Li_{1-x}Fe_{x}O2}, a#b, {#1}, {_x}, a_{ }b, x^ y",
        r"D&D {&x} a & b {a & b}",
        r"\url{http://a.b/~c_d%20e#f} {\url{x}} \url{} \url{x}y {A \url{y}}",
        r"\'{\i} \c{\i} \v{\i} \'\j, {\"u}ber \r{a} \b{a} \d{a} \H{o} \k{a} {\c{c}a}",
        r"$x$ $ x $ a$x^{2}$b {$x$ y} {a $x$} $a-{-}b$ $O((ST)^{1/2})$ {$D^2M$} $d>1$ $x$$y$ $f'(x)$ $a? b$",
        r"{\'e $x_{1}$} \cite{a, b} {\cite{k}} {A \cite{k}} $a}$",
        r"\emph{A {B} c} x \textit{y}z {\textbf{y} z} {a \textsc{y}} {{\emph{x}}} \text{$x$ \url{u}}",
        r"{\textrm{\emph{x}}}y \mathrm{d} \underline{a}} \textsl{\'e {X}} \emph{x",
    ],
)
def test_characters_specials_math_and_urls_read_as_pylatexenc_reads_them(value: str) -> None:
    assert _decode_simple(value) == _decode_latex(value)


def test_pieces_in_groups_read_as_pylatexenc_reads_them() -> None:
    # each piece first in a group (a "special character" or not), inside text, and alone in braces
    for piece in _pieces()[::7]:
        for value in itertools.islice((f"{{{piece}x}}", f"a{piece}b", f"{{{piece}}}", f"{{x{piece}}}"), 4):
            simple = _decode_simple(value)
            assert simple is None or simple == _decode_latex(value), value
