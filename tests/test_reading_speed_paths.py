"""The reader's fast paths give what the plain ones give: tokens with their markup, the labels a worker
process sends back, and a long list read by several processes or by one."""

from __future__ import annotations

import gc
import os
import random

import pytest
from conftest import FIXTURES

from pubkit.reading import reader
from pubkit.reading.labeller import Labelled, label, pack, unpack
from pubkit.reading.markup import parse as parse_markup
from pubkit.reading.markup.base import Block, Span
from pubkit.reading.tokens import tokenize

# --- a long generated list in several styles ----------------------------------------------------

_GIVEN = ["Ann", "Bo", "Chen", "Dana", "Émile", "Łukasz", "Yuki", "Omar", "Ines", "Kofi"]
_FAMILY = ["Lee", "Roe", "Zhang", "García", "Müller", "Okafor", "Smith", "Nguyen", "de la Cruz", "Ivanova"]
_WORDS = (
    "deep learning of sparse graphs for robust vision models with causal attention under noisy labels "
    "a study on transfer and calibration in large language agents"
).split()
_VENUES = [
    "*NeurIPS*",
    "*Proc. ICML*",
    "Nature Communications 13(1):1981",
    "*Journal of Things*, 12(3), 45–67",
    "arXiv:2101.01234",
    "Under review",
    "In *Proc. of the ACL*, pp. 1–9",
]


def _generated_list(count: int, *, owner_heading: bool) -> str:
    """A Markdown list of `count` entries in four styles, with markers (one without a legend),
    links, quotes, statuses and a few lines that are no paper."""
    rng = random.Random(20261201)
    lines = ["# Alex Q. Owner" if owner_heading else "# Publications", "", "\\* equal contribution", ""]
    for k in range(count):
        if k % 120 == 0:
            lines += [f"## {2024 - k // 120}", ""]
        names = [f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}" for _ in range(rng.randint(1, 5))]
        names.insert(rng.randrange(len(names) + 1), "**Alex Q. Owner**")
        if rng.random() < 0.2:
            names[0] += "\\*"
        if rng.random() < 0.05:
            names[-1] += "‡"
        authors = ", ".join(names)
        title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 9))).capitalize()
        venue = rng.choice(_VENUES)
        year = 1995 + rng.randrange(30)
        style = k % 4
        if k % 97 == 5:
            entry = "- Invited talk at the workshop"
        elif style == 0:
            entry = f"- {authors}. {title}. {venue}, {year}."
        elif style == 1:
            entry = f'- {authors}, "{title}," {venue}, {year}. **Oral**'
        elif style == 2:
            entry = f"- [{title}](https://example.org/{k}.pdf)  \n  {authors}  \n  {venue} {year}"
        else:
            entry = f"- {title}. {authors}. {venue} ({year}). [PDF](https://example.org/{k})"
        lines += [entry, ""]
    return "\n".join(lines)


def _fixture_blocks() -> list[Block]:
    blocks: list[Block] = []
    for path in sorted((FIXTURES / "reading" / "lists").iterdir()):
        if path.suffix != ".json":
            blocks.extend(parse_markup(path.read_text(encoding="utf-8"), path=str(path)).blocks)
    text = _generated_list(300, owner_heading=True)
    blocks.extend(parse_markup(text, path="generated.md").blocks)
    return blocks


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (Block(""), []),
        (Block("   \n  "), []),
        (
            Block("A \"quoted\ntitle\" and ``this'' \u201cthat\u201d", (Span(0, 1, "bold"),)),
            [
                ("A", False, {"bold"}, False, None),
                ('"quoted', False, set(), True, None),
                ('title"', True, set(), True, None),
                ("and", False, set(), False, None),
                ("``this''", False, set(), True, None),
                ("\u201cthat\u201d", False, set(), True, None),
            ],
        ),
        (
            Block(
                "x y z",
                (Span(0, 0, "bold"), Span(1, 2, "italic"), Span(2, 5, "link", "u"), Span(4, 5, "sup")),
            ),
            [
                ("x", False, set(), False, None),
                ("y", False, {"link"}, False, "u"),
                ("z", False, {"link", "sup"}, False, "u"),
            ],
        ),
        (
            Block("a\n\nb c\nd", (Span(0, 9, "link", None), Span(2, 5, "link", "t"))),
            [
                ("a", False, {"link"}, False, None),
                ("b", True, {"link"}, False, "t"),
                ("c", False, {"link"}, False, None),
                ("d", True, {"link"}, False, None),
            ],
        ),
    ],
)
def test_tokens_keep_their_spans_quotes_and_breaks(
    block: Block, expected: list[tuple[str, bool, set[str], bool, str | None]]
) -> None:
    # spans that end inside the gap before a token, empty spans, nested links, quotes over a break
    got = [(t.text, t.break_before, set(t.styles), t.quoted, t.link) for t in tokenize(block)]
    assert got == expected


# --- what a worker sends back -------------------------------------------------------------------


def _same_labelled(a: Labelled, b: Labelled) -> bool:
    return (
        a.block is b.block
        and a.tokens == b.tokens
        and a.labels == b.labels
        and a.confidence == b.confidence
        and [list(x.items()) for x in a.alternatives] == [list(x.items()) for x in b.alternatives]
    )


def test_packed_labels_unpack_to_the_same_entries() -> None:
    blocks = [*_fixture_blocks(), Block(""), Block(" ")]
    items = [label(b) for b in blocks]
    back = unpack(blocks, pack(items))
    assert len(back) == len(items)
    assert all(_same_labelled(a, b) for a, b in zip(items, back, strict=True))


# --- several processes read as one does ---------------------------------------------------------


def _same_bibliography(text: str) -> None:
    serial = reader.read(text, path="list.md", workers=1)
    parallel = reader.read(text, path="list.md", workers=2)
    assert list(parallel) == list(serial)
    assert parallel.problems == serial.problems
    assert parallel.owner == serial.owner
    assert repr(list(parallel)) == repr(list(serial))  # same field values, in the same order
    assert len(serial) > reader.PARALLEL_FROM // 2 and serial.problems


def test_a_long_list_read_by_two_processes_is_read_as_by_one() -> None:
    _same_bibliography(_generated_list(reader.PARALLEL_FROM + 100, owner_heading=True))


def test_a_long_list_without_a_named_owner_is_read_as_by_one_process() -> None:
    _same_bibliography(_generated_list(reader.PARALLEL_FROM + 100, owner_heading=False))


class _Squares(reader._Work[int]):
    def here(self, start: int, stop: int) -> list[int]:
        return [i * i for i in range(start, stop)]


class _Dies(_Squares):
    def there(self, start: int, stop: int) -> object:
        os._exit(3)  # a worker killed mid-way


@pytest.mark.parametrize("workers", [2, 3, 5])
def test_parts_come_back_in_order(workers: int) -> None:
    count = workers * reader.PARALLEL_FROM // 2 + 7  # every worker gets a part
    assert reader._in_parts(_Squares(), count, workers) == [i * i for i in range(count)]


def test_a_killed_worker_s_part_is_done_here() -> None:
    count = reader.PARALLEL_FROM + 7
    assert reader._in_parts(_Dies(), count, 2) == [i * i for i in range(count)]


def test_without_process_pools_every_part_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    def no_pool(*args: object, **kwargs: object) -> None:
        raise OSError("no semaphores here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    count = reader.PARALLEL_FROM + 7
    assert reader._in_parts(_Squares(), count, 2) == [i * i for i in range(count)]


def test_short_lists_and_one_worker_stay_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    assert reader._in_parts(_Dies(), reader.PARALLEL_FROM - 1, 4) == [
        i * i for i in range(reader.PARALLEL_FROM - 1)
    ]
    monkeypatch.setenv("PUBKIT_WORKERS", "1")
    assert reader._worker_count(None) == 1
    assert reader._worker_count(1) == 1


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        reader.read("- A. Lee. Deep nets for cats. Nature, 2020.\n", path="x.md")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
