"""A long Markdown document cut into pieces at top-level headings, read piece by piece and joined,
is the document read whole: the same blocks (text, spans, lines, heading paths), headings and title."""

from __future__ import annotations

import os
import random

import pytest
from conftest import FIXTURES

from pubkit.reading import reader
from pubkit.reading.markup import cut, join, parse, parse_piece


def _read_in_pieces(text: str, size: int) -> object:
    pieces = cut(text, size=size, path="list.md")
    if pieces is None:
        return None
    return join(pieces.markup, [parse_piece(pieces.markup, piece) for piece in pieces.texts])


def _random_document(rng: random.Random) -> str:
    parts = ["---\ntitle: A. Person\n\n# a YAML comment, no heading\n---\n"] if rng.random() < 0.3 else []
    for k in range(rng.randrange(5, 60)):
        shape = rng.random()
        if shape < 0.3:
            parts.append("#" * rng.randrange(1, 7) + f" Heading {k}\n")
        elif shape < 0.6:
            parts.append(
                f"- **A. Lee{k}**, B. Roe. Title {k}. *Venue* 2020.\n- C. Doe. Other {k}\n  wrapped\n"
            )
        elif shape < 0.7:
            parts.append(f"A paragraph {k}\n# a heading right after it {k}\n")
        elif shape < 0.8:
            parts.append(f"1. an item {k}\n\n   # a heading inside the item {k}\n")
        else:
            parts.append(f"Setext {k}\n===\n")
        parts.append("\n" * rng.randrange(0, 3))
    return "".join(parts)


def test_random_documents_read_in_pieces_as_whole() -> None:
    rng = random.Random(9)
    cuts = 0
    for _ in range(200):
        text = _random_document(rng)
        joined = _read_in_pieces(text, rng.randrange(5, 200))
        if joined is not None:
            cuts += 1
            assert joined == parse(text, path="list.md")
    assert cuts > 100


@pytest.mark.parametrize("path", sorted((FIXTURES / "reading" / "lists").glob("*.md")), ids=lambda p: p.name)
def test_fixture_lists_read_in_pieces_as_whole(path: object) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    joined = _read_in_pieces(text, 200)
    assert joined is None or joined == parse(text, path="list.md")


@pytest.mark.parametrize(
    "spanning",
    [
        "```\n\n# inside a fence\n```\n",
        "<pre>\n\n# inside a pre block\n</pre>\n",
        "[ref]: https://example.org\n",
    ],
)
def test_a_document_with_blocks_that_can_span_a_heading_is_not_cut(spanning: str) -> None:
    text = "".join(f"## Part {k}\n\n- A. Lee. Title {k}. Venue 2020.\n\n" for k in range(40)) + spanning
    assert cut(text, size=100, path="list.md") is None


def test_other_markups_are_not_cut() -> None:
    text = "".join(
        f"<h2>Part {k}</h2>\n<ul><li>A. Lee. Title {k}. Venue 2020.</li></ul>\n" for k in range(40)
    )
    assert cut(text, size=100, path="list.html") is None


def test_a_long_list_read_in_pieces_by_workers_is_read_as_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (FIXTURES / "reading" / "lists" / "year_first.md").read_text(encoding="utf-8")
    head, _, body = text.partition("## ")
    text = head + "".join(
        f"## {part} {k}\n\n{body.partition(chr(10))[2]}\n" for k in range(6) for part in ("Papers", "More")
    )
    monkeypatch.setattr(reader, "PARALLEL_TEXT", 1000)
    monkeypatch.setattr(reader, "_PIECE", 500)
    monkeypatch.setattr(reader, "PARALLEL_FROM", 10)
    monkeypatch.setattr(reader, "_PART", 5)
    assert cut(text, size=500, path="list.md") is not None
    alone = reader.read(text, path="list.md", workers=1)
    together = reader.read(text, path="list.md", workers=2)
    assert list(together) == list(alone)
    assert together.problems == alone.problems
    assert together.owner == alone.owner
    assert len(alone) > 100


def test_workers_by_default_are_the_cpus_not_busy_with_other_processes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PUBKIT_WORKERS", raising=False)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert 1 <= reader._idle_cpus() <= cpus
    loads = iter(["0.1 0.1 0.1 1/100 7\n", "0.1 0.1 0.1 1/100 7\n", "0.1 0.1 0.1 1/100 7\n"])
    monkeypatch.setattr(reader.Path, "read_text", lambda self, encoding=None: next(loads))
    assert reader._idle_cpus() == cpus  # only this process runs: every CPU
    busy = iter(["5.0 5.0 5.0 9/100 7\n", "5.0 5.0 5.0 3/100 7\n", "5.0 5.0 5.0 9/100 7\n"])
    monkeypatch.setattr(reader.Path, "read_text", lambda self, encoding=None: next(busy))
    assert reader._idle_cpus() == max(1, min(cpus, (os.cpu_count() or cpus) - 2))  # the fewest others seen
    assert reader._worker_count(3) == 3 or not hasattr(os, "fork")  # asked for: as asked
