"""Chunks of LaTeX read without a pylatexenc parse of their own, against pylatexenc's reading of them.

Three paths: a node inside a brace group read alone (`{\\SI{70}{\\celsius}}` as `\\SI`, `{70}`,
`{\\celsius}`), a macro that prints nothing (`\\kelvin`, `\\it`) and inline math of ASCII text, groups and
macros (`$\\Omega(n \\log n)$`). Each is checked on every value of the eight collections that takes it
and on generated values.
"""

from __future__ import annotations

import random
import re

import pytest

import pubkit.latex
from pubkit.formats._bibscan import BlockKind, scan
from pubkit.latex import (
    _chunk_latex,
    _decode_latex,
    _decode_simple,
    _inner_chunk_end,
    _math_text,
    _prints_nothing,
)
from pubkit.venues import guess_kind
from tests.conftest import BIB_COLLECTIONS
from tests.test_bibtex_fastpath import collection

_MATH = re.compile(r"(?<!\\)\$([^$]+)\$")


def _latex_values(name: str) -> list[str]:
    """The distinct braced values of a collection's entries with a backslash or a `$`, collapsed."""
    values: dict[str, None] = {}
    for block in scan(collection(name)):
        if block.kind is BlockKind.ENTRY:
            for field in block.fields:
                if field.kind.value == "braces" and ("\\" in field.value or "$" in field.value):
                    values[" ".join(field.inner.split())] = None
    return list(values)


def _reading(read: object, value: str) -> object:
    try:
        return read(value)  # type: ignore[operator]
    except Exception as err:  # the same failure is the same reading
        return type(err)


def _values_through_inner_chunks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The values whose reading decodes a node inside a brace group on its own, as they are read."""
    used: list[str] = []

    def inner(value: str, start: int) -> int | None:
        end = _inner_chunk_end(value, start)
        if end is not None:
            used.append(value)
        return end

    monkeypatch.setattr(pubkit.latex, "_inner_chunk_end", inner)
    return used


@pytest.mark.parametrize("name", BIB_COLLECTIONS)
def test_values_read_through_the_new_paths_equal_pylatexenc(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every value whose reading takes a node in a group, a silent macro or math without a parse reads
    as pylatexenc reads the whole value; so does every such chunk alone."""
    used = _values_through_inner_chunks(monkeypatch)
    chunks: set[str] = set()

    def chunk(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
        chunks.add(text)
        return _chunk_latex.__wrapped__(text)

    monkeypatch.setattr(pubkit.latex, "_chunk_latex", chunk)
    compared = 0
    for value in _latex_values(name):
        if value.count("$") % 2:
            continue  # math that does not close: read as text, not as pylatexenc reads it (by design)
        before = len(used)
        simple = _decode_simple(value)
        if simple is not None and len(used) > before:
            assert simple == _decode_latex(value), value
            compared += 1
    for text in chunks:
        assert _chunk_latex.__wrapped__(text) == (lambda t, s: (t, tuple(s)))(*_decode_latex(text)), text
    for math in {m for value in _latex_values(name) for m in _MATH.findall(value)}:
        fast = _math_text(math)
        if fast is not None:
            assert fast == _decode_latex(f"${math}$")[0], math
    if name in ("rmlmcfadden_bibliotex", "iridia_references"):
        assert compared > 10


_MACROS = (
    "alpha log mathcal sqrt text mathbb mathrm kelvin SI beta cdot in leq Omega frac emph textbf it rm "
    "prime ldots big binom ensuremath hat vec bar quad textit mathit mu times operatorname url cite"
).split()
_MATH_ATOMS = [*"abn12^_()+-=,.'{}{}[]*/<|", " ", "  "]


def test_generated_math_reads_as_pylatexenc_reads_it() -> None:
    rng = random.Random(13)
    compared = 0
    for _ in range(6000):
        parts = [
            "\\" + rng.choice(_MACROS) + rng.choice(("", " ", "  "))
            if rng.random() < 0.35
            else rng.choice(_MATH_ATOMS)
            for _ in range(rng.randint(1, 9))
        ]
        content = "".join(parts)
        fast = _reading(_math_text, content)
        if fast is None:
            continue
        assert fast == _reading(lambda c: _decode_latex(f"${c}$")[0], content), content
        compared += 1
    assert compared > 1000


_GROUP_MACROS = [
    *_MACROS,
    *"textsuperscript rpackage relax ch sc bf href textdegree ss i c v begin end verb hspace par".split(),
    *"qtyrange uppercase ifmmode fi check".split(),
]
# balanced: each value is one top-level group, which the reader used to hand to pylatexenc whole
_GROUP_ATOMS = [
    *("a", "b ", " ", "x-y", "{a}", "{x {y}}", "{}", "10", "--", "~", "&", "^", "_", "''", "=", ",", "%"),
    *(
        "$x$",
        "$\\alpha$",
        "$a^{2}$",
        "$\\log n$",
        "$\\mathcal{O}(n)$",
        "$\\sqrt{n}\\log n$",
        "[",
        "]",
        "$$a$$",
    ),
    *("\\'e", "\\-", "\\ ", "\\\\", "\\{", "\\}", "\\(x\\)", "$"),
]


def test_generated_groups_read_as_pylatexenc_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    used = _values_through_inner_chunks(monkeypatch)
    rng = random.Random(9)
    compared = 0
    for _ in range(5000):
        parts = [
            "\\" + rng.choice(_GROUP_MACROS) + rng.choice(("", " ", "{a}", "{x}{y}", "[o]{a}", "{a b}"))
            if rng.random() < 0.4
            else rng.choice(_GROUP_ATOMS)
            for _ in range(rng.randint(1, 10))
        ]
        value = "{" + "".join(parts) + "}"
        before = len(used)
        simple = _reading(_decode_simple, value)
        if simple is None or isinstance(simple, type) or len(used) == before:
            continue
        assert simple == _reading(_decode_latex, value), value
        compared += 1
    assert compared > 500


def test_macros_that_print_nothing() -> None:
    assert _prints_nothing("kelvin") and _prints_nothing("SI") and _prints_nothing("it")
    assert not any(_prints_nothing(n) for n in ("begin", "end", "beta", "textbf", "url", "verb"))
    for name in ("kelvin", "it", "relax", "rpackage"):
        for form in ("${}$", "{{{}}}", "{}", "{}  "):
            chunk = form.format("\\" + name)
            assert _chunk_latex.__wrapped__(chunk) == (_decode_latex(chunk)[0], ()), chunk


@pytest.mark.parametrize(
    "chunk", [r"\texttt{nomore++}", r"\hspace{0pt}", r"\textsf {a {b} c}", r"\texttt{$x$}", r"\hspace*{3pt}"]
)
def test_macros_dropped_with_their_arguments(chunk: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _decode_latex(chunk)
    if "$" in chunk or "*" in chunk:  # left to pylatexenc
        assert not pubkit.latex._drops_its_arguments(chunk)
        return
    monkeypatch.setattr(pubkit.latex, "_decode_latex", lambda value: pytest.fail(f"{value!r} parsed"))
    assert _chunk_latex.__wrapped__(chunk) == (expected[0], ())


def test_a_group_that_never_closes_still_goes_to_pylatexenc_whole() -> None:
    assert _decode_simple(r"{\SI{70}{\celsius} and more") is None
    assert _decode_simple(r"{\SI{70}{\celsius}} at") == _decode_latex(r"{\SI{70}{\celsius}} at")


@pytest.mark.parametrize(
    "name",
    [
        "Interspeech",
        "INTERSPEECH 2023",
        "NeurIPS 2022",
        "Neural Information Processing Systems",
        "Lancet Oncology",
    ],
)
def test_venue_kinds_from_the_table_are_unchanged(name: str) -> None:
    assert guess_kind.__wrapped__(name).value == {
        "Interspeech": "conference",
        "INTERSPEECH 2023": "conference",
        "NeurIPS 2022": "conference",
    }.get(name, "other")
