"""Inline markup of jemdoc, org and reST: paired delimiters, escapes and links, in linear time.

A reader finds its links and verbatim runs itself (they differ per markup) and hands them over as
`Op`s; this module pairs emphasis delimiters outside them with the flanking rule (an opener is
followed by a non-space and not preceded by a letter or digit; a closer the reverse), each opener
taking the first closer after it, found by bisection so that no input can make the pairing quadratic.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from attrs import frozen

from pubkit.reading.markup._builder import LineIndex, TextBuilder
from pubkit.reading.markup.html import feed_inline
from pubkit.wording import MARKER_CHARS

__all__ = ["BARE_URL", "Op", "feed", "non_overlapping", "render"]

BARE_URL = re.compile(r"https?://[^\s<>\[\]]+")


@frozen
class Op:
    """At `start`, drop the source up to `end`, then: emit `text`, open or close a span, or break the line.

    `action` is "text" (emit `text`), "open" (span `kind` with `target`), "close" (span `kind`),
    "break" (a hard line break), "html" (inline HTML `text`) or "drop" (nothing). Delimiters inside
    `start..end` (or `start..guard` when given) are never read as emphasis.
    """

    start: int
    end: int
    action: str
    kind: str = ""
    target: str | None = None
    text: str = ""
    guard: int | None = None


def _flanking(source: str, start: int, width: int, org: bool = False) -> tuple[bool, bool]:
    before = source[start - 1] if start else " "
    after = source[start + width] if start + width < len(source) else " "
    if org:  # org-mode's own rule: "F.*, _Lee, J._*" holds no bold (`org-emphasis-regexp-components`)
        opens = (before.isspace() or before in _ORG_PRE) and not (after.isspace() or after in _ORG_BORDER)
        closes = not (before.isspace() or before in _ORG_BORDER) and (after.isspace() or after in _ORG_POST)
        return opens, closes
    opens = not after.isspace() and not before.isalnum()
    closes = not before.isspace() and not after.isalnum()
    return opens, closes


_ORG_PRE = "-('\"{"
_ORG_POST = "-.,:!?;'\")}[\\^" + MARKER_CHARS  # (and a CV's role mark or superscript right after a name)
_ORG_BORDER = ",'\""


def _pairs(source: str, delimiters: dict[str, str], protected: bytearray, org: bool = False) -> list[Op]:
    """Emphasis spans for each delimiter (longest first, so "**" is not read as two "*")."""
    ops: list[Op] = []
    taken = bytearray(len(source))
    for delimiter in sorted(delimiters, key=len, reverse=True):
        width = len(delimiter)
        opens: list[int] = []
        closes: list[int] = []
        start = source.find(delimiter)
        while start >= 0:
            span = range(start, start + width)
            if not any(protected[i] or taken[i] for i in span):
                can_open, can_close = _flanking(source, start, width, org)
                if can_open:
                    opens.append(start)
                if can_close:
                    closes.append(start)
            start = source.find(delimiter, start + width)
        last_end = -1
        for opener in opens:
            if opener < last_end:
                continue
            index = bisect.bisect_left(closes, opener + width + 1)
            if index == len(closes):
                break
            closer = closes[index]
            kind = delimiters[delimiter]
            ops.append(Op(opener, opener + width, "open", kind))
            ops.append(Op(closer, closer + width, "close", kind))
            for i in range(width):
                taken[opener + i] = taken[closer + i] = 1
            last_end = closer + width
    return ops


def non_overlapping(ops: Iterable[Op]) -> list[Op]:
    """The ops in source order, without those that overlap one kept before: a tag inside a link's
    text is read (inline HTML is always kept); anything else overlapping is left out (the wikis)."""
    kept: list[Op] = []
    end = -1
    for op in sorted(ops, key=lambda op: op.start):
        if op.start >= end or op.action == "html":
            kept.append(op)
            end = max(end, op.end if op.action != "open" else op.start)
    return kept


def render(
    builder: TextBuilder,
    source: str,
    index: LineIndex,
    *,
    base: int = 0,
    delimiters: dict[str, str],
    verbatim: dict[str, str] | None = None,
    ops: Iterable[Op] = (),
    escape: str | None = "\\",
    org: bool = False,
) -> None:
    """Feed `source` (which starts at offset `base` of the text `index` was built on) into `builder`.

    `verbatim` delimiters (code) are paired first and nothing inside them is markup; `org` pairs
    emphasis by org-mode's rule (a delimiter opens after a space or one of `-('"{`, closes before a
    space or punctuation) instead of the flanking rule.
    """
    given = list(ops)
    protected = bytearray(len(source))
    for op in given:
        _protect(protected, op.start, op.guard if op.guard is not None else op.end)
    if verbatim:
        for op in _pairs(source, verbatim, protected, org):
            given.append(op)
            if op.action == "open":
                opened = op.start
            else:
                _protect(protected, opened, op.end)
    for found in BARE_URL.finditer(source):
        _protect(protected, found.start(), found.end())
    if escape:
        start = source.find(escape)
        while 0 <= start < len(source) - 1:
            if not protected[start] and not source[start + 1].isspace() and not source[start + 1].isalnum():
                given.append(Op(start, start + 2, "text", text=source[start + 1]))
                protected[start] = protected[start + 1] = 1
                start = source.find(escape, start + 2)
            else:
                start = source.find(escape, start + 1)
    every = _order(given + _pairs(source, delimiters, protected, org))
    _emit(builder, source, index, base, every)


def _protect(protected: bytearray, start: int, end: int) -> None:
    protected[start:end] = b"\x01" * max(min(end, len(protected)) - start, 0)


def _order(ops: Sequence[Op]) -> list[Op]:
    rank = {"close": 0, "break": 1, "text": 2, "drop": 2, "html": 2, "open": 3}
    return sorted(ops, key=lambda op: (op.start, rank[op.action]))


def feed(builder: TextBuilder, source: str, start: int, end: int, index: LineIndex, base: int = 0) -> None:
    """Feed `source[start:end]` line by line, each physical line with its own source line number."""
    while start < end:
        stop = source.find("\n", start, end)
        stop = end if stop < 0 else stop + 1
        builder.text(source[start:stop], index.line(base + start))
        start = stop


def _emit(builder: TextBuilder, source: str, index: LineIndex, base: int, ops: Sequence[Op]) -> None:
    cursor = 0
    for op in ops:
        if op.start < cursor:
            continue
        if op.start > cursor:
            feed(builder, source, cursor, op.start, index, base)
        cursor = max(op.end, op.start)
        if op.action == "text":
            builder.text(op.text, index.line(base + op.start))
        elif op.action == "open":
            builder.open(op.kind, op.target)
        elif op.action == "close":
            builder.close(op.kind)
        elif op.action == "break":
            builder.hard_break()
        elif op.action == "html":
            feed_inline(builder, op.text, index.line(base + op.start))
    feed(builder, source, cursor, len(source), index, base)
