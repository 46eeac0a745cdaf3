"""A macro with no argument alone in a chunk (`$\\beta$`, `{\\textdegree}`) read from pylatexenc's table,
without a parse: every such macro, in every form, against pylatexenc's reading."""

from __future__ import annotations

import pytest

import pubkit.latex
from pubkit.latex import _TEXT_DB, _chunk_latex, _decode_latex, _lone_macro_text, decode

FORMS = ("${}$", "{{{}}}", "{{${}$}}", "{}", "{}  ")


def _table_macros() -> list[str]:
    names = {name for category in _TEXT_DB.category_list for name in _TEXT_DB.d[category]["macros"]}
    return sorted(name for name in names if name.isalpha() and _lone_macro_text(name) is not None)


def test_most_of_pylatexenc_symbols_are_read_from_the_table() -> None:
    names = _table_macros()
    assert {"beta", "Gamma", "textdegree", "times", "leq", "ss"} <= set(names)
    assert len(names) > 500


@pytest.mark.parametrize("form", FORMS)
def test_every_lone_macro_reads_as_pylatexenc_reads_it(form: str, monkeypatch: pytest.MonkeyPatch) -> None:
    chunks = [form.format("\\" + name) for name in _table_macros()]
    expected = [(text, tuple(spans)) for text, spans in map(_decode_latex, chunks)]
    monkeypatch.setattr(pubkit.latex, "_decode_latex", lambda value: pytest.fail(f"{value!r} parsed"))
    assert [_chunk_latex.__wrapped__(chunk) for chunk in chunks] == expected


@pytest.mark.parametrize("name", ["textbf", "emph", "url", "ensuremath", "nosuchmacro", "relax", "par"])
def test_macros_with_arguments_or_no_fixed_text_are_left_to_pylatexenc(name: str) -> None:
    assert _lone_macro_text(name) is None


def test_values_with_lone_macros_decode_as_before() -> None:
    value = r"Decay of {$\beta$}-{LiGa} at {\SI{20}{\kelvin}} and 4{\textdegree} $\mu$SR \ss x"
    text, spans = decode.__wrapped__(value)
    assert "β" in text and "°" in text and "μSR" in text and "ß" in text
    assert spans  # {LiGa} is still a protected group
