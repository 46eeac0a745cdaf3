"""How the scanner bounds an entry: the shortcut read (up to the first '@' on a later line) reads what
the bounded read (up to the next line starting a command) reads, and stays linear on unclosed values."""

from __future__ import annotations

import random

import pytest

from pubkit.formats import bibtex
from pubkit.formats._bibscan import Item, _Scanner, iter_items
from tests.conftest import no_hang

PIECES = [
    "@article{k,",
    "@misc(k,",
    "@string{m = ",
    "@comment{",
    "@",
    " @a{",
    "\n",
    "\n  ",
    " ",
    "\t",
    "%",
    "{",
    "}",
    "(",
    ")",
    '"',
    "#",
    ",",
    "=",
    "x = ",
    "y = {a}",
    'z = "b"',
    "a",
    "12",
    "@mail.org",
    "\\}",
    "\r\n",
    "k)",
    "a@b",
    ")\n",
]


def _texts(count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def _items(text: str, *, shortcut: bool, field_lines: bool) -> list[Item]:
    scanner = _Scanner(text, field_lines=field_lines)
    if not shortcut:
        scanner.unbounded_entry = lambda *_: None  # type: ignore[method-assign]
    return list(scanner.items())


@pytest.mark.parametrize("seed", range(4))
def test_the_shortcut_reads_what_the_bounded_read_reads(seed: int) -> None:
    """Blocks, keys, fields with their lines, comments and messages are equal on generated texts."""
    for text in _texts(5_000, 30, seed):
        assert _items(text, shortcut=True, field_lines=True) == _items(
            text, shortcut=False, field_lines=True
        ), text


def test_without_field_lines_only_the_lines_of_fields_differ() -> None:
    for text in _texts(5_000, 30, seed=9):
        plain = [(*i[:6], [f[:3] for f in i[6]], *i[7:]) for i in iter_items(text, field_lines=False)]
        full = [
            (*i[:6], [f[:3] for f in i[6]], *i[7:]) for i in _items(text, shortcut=False, field_lines=True)
        ]
        assert plain == full, text


@pytest.mark.parametrize(
    "text",
    [
        "@a{k,x={\n" * 20_000,
        '@a{k,x="\n' * 20_000,
        "@a{k,x={{\n  @a{k,x={\n" * 10_000,
        "@a{k,\n" * 20_000,
        "@a{k, x = a #\n" * 20_000,
        "@string{a = {\n" * 20_000,
        "@a{k,}" * 20_000 + "\n" + "x" * 200_000 + "@",
        "@a{k,}\n" + "x@y " * 50_000 + "\n@",
        "{" * 100_000,
        "@a{" * 30_000,
        '"' * 100_000,
    ],
)
def test_unclosed_commands_on_every_line_read_in_linear_time(text: str) -> None:
    """Each unclosed command used to be read to the end of the text first: minutes for these 200 kB."""
    with no_hang(text[:20], seconds=20):
        items = list(iter_items(text))
        bibtex.read(text)
    assert sum(i[2] - i[1] for i in items) == len(text)
