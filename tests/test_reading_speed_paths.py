"""The reader's fast paths give what the plain ones give: features and tokens as first written, the
labels a worker process sends back, and a long list read by several processes or by one."""

from __future__ import annotations

import gc
import os
import random
import re
from collections.abc import Sequence

import pytest
from conftest import FIXTURES, SHARED, shared_file

from pubkit.reading import reader
from pubkit.reading.corpus import read_anystyle_dir
from pubkit.reading.labeller import Labelled, label, pack, unpack
from pubkit.reading.markup import guess_fragment_markup
from pubkit.reading.markup import parse as parse_markup
from pubkit.reading.markup.base import Block, Span
from pubkit.reading.tokens import (
    Token,
    _neighbour_features,
    _phrase_tokens,
    _word_features,
    features,
    quoted_ranges,
    tokenize,
)
from pubkit.wording import AWARD, STATUS_PHRASES

# --- tokens and features as first written: the fast versions must give exactly these ------------


def _tokenize_as_written(block: Block) -> list[Token]:
    text = block.text
    quotes = quoted_ranges(text)
    spans = sorted(block.spans, key=lambda s: s.start)
    tokens: list[Token] = []
    active: list[Span] = []
    q = p = 0
    for m in re.finditer(r"[^\s]+", text):
        start, end, word = m.start(), m.end(), m.group(0)
        gap = text[tokens[-1].end : start] if tokens else ""
        while q < len(quotes) and quotes[q][1] <= start:
            q += 1
        quoted = q < len(quotes) and quotes[q][0] < end and quotes[q][1] > start
        while p < len(spans) and spans[p].start < end:
            active.append(spans[p])
            p += 1
        if active:
            active = [s for s in active if s.end > start]
        styles = frozenset(s.kind for s in active) if active else frozenset()
        link = next((s.target for s in active if s.kind == "link" and s.target), None)
        tokens.append(Token(word, start, end, "\n" in gap, styles, quoted, link))
    return tokens


def _features_as_written(tokens: Sequence[Token], text: str) -> list[list[str]]:
    n = len(tokens)
    own = [_word_features(t.text) for t in tokens]
    award_tokens = _phrase_tokens(tokens, text, [AWARD])
    status_tokens = _phrase_tokens(tokens, text, [p for p, _ in STATUS_PHRASES])
    segment = 0
    out: list[list[str]] = []
    for i, token in enumerate(tokens):
        if token.break_before:
            segment += 1
        feats = ["bias", *own[i]]
        feats.append(f"pos={min(10, 10 * i // max(n, 1))}")
        if i < 4:
            feats.append(f"idx={i}")
        if i == n - 1:
            feats.append("lasttok")
        feats.append(f"seg={min(segment, 4)}")
        if token.break_before:
            feats.append("break")
        feats.extend(f"style={s}" for s in sorted(token.styles))
        if token.quoted:
            feats.append("quoted")
        if i in award_tokens:
            feats.append("awardphrase")
        if i in status_tokens:
            feats.append("statusphrase")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                other = tokens[j]
                feats.extend(_neighbour_features(other.text, offset))
                if offset in (-1, 1):
                    if other.quoted != token.quoted:
                        feats.append(f"{offset}:quotechange")
                    if other.styles != token.styles:
                        feats.append(f"{offset}:stylechange")
                    if offset == 1 and other.break_before:
                        feats.append("breakafter")
            else:
                feats.append(f"{offset}:none")
        out.append(feats)
    return out


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


def _reference_blocks(every: int) -> list[Block]:
    folder = shared_file(SHARED / "reference-strings")
    blocks: list[Block] = []
    for record in read_anystyle_dir(folder)[::every]:
        text = record.text
        blocks.extend(parse_markup(text, markup=guess_fragment_markup(text)).blocks)
    return blocks


def _assert_same_tokens_and_features(blocks: Sequence[Block]) -> None:
    assert blocks
    for block in blocks:
        tokens = tokenize(block)
        assert tokens == _tokenize_as_written(block), block.text
        assert features(tokens, block.text) == _features_as_written(tokens, block.text), block.text


def test_tokens_and_features_are_as_first_written_on_every_markup() -> None:
    _assert_same_tokens_and_features(_fixture_blocks())


def test_tokens_and_features_are_as_first_written_on_reference_strings() -> None:
    _assert_same_tokens_and_features(_reference_blocks(every=5))  # about 2,200 strings


def test_tokens_of_edge_cases_are_as_first_written() -> None:
    cases = [
        Block(""),
        Block("   \n  "),
        Block("one"),
        Block("A \"quoted\ntitle\" and ``this'' \u201cthat\u201d", (Span(0, 1, "bold"),)),
        Block(
            "x y z", (Span(0, 0, "bold"), Span(1, 2, "italic"), Span(2, 5, "link", "u"), Span(4, 5, "sup"))
        ),
        Block("a\n\nb c\nd", (Span(0, 9, "link", None), Span(2, 5, "link", "t"))),
    ]
    _assert_same_tokens_and_features(cases)


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
