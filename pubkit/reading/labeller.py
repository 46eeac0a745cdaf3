"""The trained field labeller: a linear-chain CRF over token features, loaded once on first use.

Labels: author, editor, title, container, date, volume, pages, publisher, location, doi, url, arxiv,
note, status, award, other. The model file ships in `pubkit/reading/model/`; `pubkit.reading.train`
rebuilds it.
"""

from __future__ import annotations

import struct
import threading
from array import array
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pycrfsuite

from pubkit.errors import PubkitError
from pubkit.reading.markup.base import Block
from pubkit.reading.tokens import ModelFeatures, Token, tokenize

__all__ = ["MODEL_PATH", "Labelled", "Packed", "label", "label_names", "load", "pack", "unpack"]

MODEL_PATH = Path(__file__).resolve().parent / "model" / "labeller.crfsuite"
_LOCK = threading.Lock()


@cache
def _tagger() -> pycrfsuite.Tagger:
    if not MODEL_PATH.exists():
        msg = f"the field labeller's model is missing ({MODEL_PATH}); run python -m pubkit.reading.train"
        raise PubkitError(msg)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    return tagger


@cache
def _features() -> ModelFeatures:
    """Token features as the model reads them: bytes, and no word feature it has no weight for."""
    return ModelFeatures(_attributes(MODEL_PATH.read_bytes()) or None)


def _attributes(model: bytes) -> frozenset[bytes]:
    """The attributes a crfsuite model file has weights for (its attribute dictionary, a CQDB
    chunk), or an empty set when the file is not laid out as expected (then none is left out)."""
    try:
        if model[:4] != b"lCRF" or model[8:12] != b"FOMC":
            return frozenset()
        (chunk,) = struct.unpack_from("<I", model, 36)  # the header's offset of the attributes
        magic, _, _, _, count, backward = struct.unpack_from("<4sIIIII", model, chunk)
        if magic != b"CQDB":
            return frozenset()
        found: set[bytes] = set()
        for offset in struct.unpack_from(f"<{count}I", model, chunk + backward):
            at = chunk + offset
            _, size = struct.unpack_from("<II", model, at)  # id, key size with its closing NUL
            found.add(model[at + 8 : at + 7 + size])
    except struct.error:
        return frozenset()
    return frozenset(found)


#: Below this confidence a token's other labels are kept too (the list's template may pick one).
UNSURE = 0.97


class Labelled:
    """An entry's tokens with their labels, the model's confidence in each, and for the tokens it was
    unsure of (confidence below `UNSURE`) the probability of every label."""

    __slots__ = ("alternatives", "block", "confidence", "labels", "tokens")

    def __init__(
        self,
        block: Block,
        tokens: list[Token],
        labels: list[str],
        confidence: list[float],
        alternatives: list[dict[str, float]] | None = None,
    ) -> None:
        self.block = block
        self.tokens = tokens
        self.labels = labels
        self.confidence = confidence
        self.alternatives = alternatives or [{y: c} for y, c in zip(labels, confidence, strict=True)]

    def probability(self, index: int, name: str) -> float:
        """The model's probability that token `index` has label `name`."""
        return self.alternatives[index].get(name, 0.0)

    def relabelled(self, labels: list[str]) -> Labelled:
        """The same entry with other labels (confidences kept)."""
        return Labelled(self.block, self.tokens, labels, self.confidence, self.alternatives)

    def text_of(self, indexes: Sequence[int]) -> str:
        """The block's text from the first to the last of `indexes` (original spacing kept)."""
        if not indexes:
            return ""
        return self.block.text[self.tokens[indexes[0]].start : self.tokens[indexes[-1]].end]


def label(block: Block) -> Labelled:
    """Label every token of a block with the field it belongs to."""
    tokens = tokenize(block)
    if not tokens:
        return Labelled(block, [], [], [])
    xseq = _features()(tokens, block.text)
    with _LOCK:  # a Tagger holds the last sequence: one caller at a time
        tagger = _tagger()
        names = label_names()
        tagger.set(xseq)
        labels = list(tagger.tag())
        marginal = tagger.marginal
        confidence = [marginal(y, i) for i, y in enumerate(labels)]
        alternatives = [
            {y: c} if c >= UNSURE else {name: marginal(name, i) for name in names}
            for i, (y, c) in enumerate(zip(labels, confidence, strict=True))
        ]
    return Labelled(block, tokens, labels, confidence, alternatives)


def load() -> None:
    """The model and its attribute table loaded now (before worker processes are forked, so that
    they share them)."""
    label_names()
    _features()


@cache
def label_names() -> tuple[str, ...]:
    """The model's labels, in its order (the order of an unsure token's alternatives)."""
    return tuple(_tagger().labels())


# --- packed labels: what a worker process sends back, in a few flat arrays ---------------------


class Packed(NamedTuple):
    """Labelled entries without their blocks, as flat arrays: pickled in a blink, where ten thousand
    `Labelled` with their tokens and dictionaries take seconds. `unpack` with the same blocks
    gives back equal `Labelled` entries."""

    names: tuple[str, ...]
    counts: array[int]  # tokens per entry
    starts: array[int]
    ends: array[int]
    flags: bytes  # per token: 1 a hard break before it, 2 quoted
    styles: array[int]  # per token: index into style_sets
    style_sets: list[tuple[str, ...]]
    links: array[int]  # per token: index into targets, or -1
    targets: list[str]
    labels: array[int]  # per token: index into names
    confidence: array[float]
    unsure: array[float]  # for each token below UNSURE, in order: its probability of every name


def pack(items: Sequence[Labelled]) -> Packed:
    """Entries labelled in this process, ready to send to another (their blocks are left out)."""
    names = label_names() if any(item.tokens for item in items) else ()
    name_index = {name: k for k, name in enumerate(names)}
    style_index: dict[frozenset[str], int] = {}
    target_index: dict[str, int] = {}
    counts, starts, ends, styles, links = (array("q") for _ in range(5))
    confidence, unsure = array("d"), array("d")
    flags, labels = bytearray(), array("H")
    for item in items:
        counts.append(len(item.tokens))
        for token, name, c, alternatives in zip(
            item.tokens, item.labels, item.confidence, item.alternatives, strict=True
        ):
            starts.append(token.start)
            ends.append(token.end)
            flags.append(token.break_before | token.quoted << 1)
            styles.append(style_index.setdefault(token.styles, len(style_index)))
            links.append(-1 if token.link is None else target_index.setdefault(token.link, len(target_index)))
            labels.append(name_index[name])
            confidence.append(c)
            if c < UNSURE:
                unsure.extend(alternatives[other] for other in names)
    return Packed(
        names,
        counts,
        starts,
        ends,
        bytes(flags),
        styles,
        [tuple(s) for s in style_index],
        links,
        list(target_index),
        labels,
        confidence,
        unsure,
    )


def unpack(blocks: Sequence[Block], packed: Packed) -> list[Labelled]:
    """The entries `pack` sent, with their blocks (the same blocks, in the same order)."""
    names = packed.names
    width = len(names)
    style_sets = [frozenset(s) if s else _NO_STYLE for s in packed.style_sets]
    starts, ends, flags, links, styles = packed.starts, packed.ends, packed.flags, packed.links, packed.styles
    targets, label_indexes, confidences = packed.targets, packed.labels, packed.confidence
    items: list[Labelled] = []
    k = u = 0
    for block, count in zip(blocks, packed.counts, strict=True):
        text = block.text
        tokens: list[Token] = []
        labels: list[str] = []
        confidence: list[float] = []
        alternatives: list[dict[str, float]] = []
        for j in range(k, k + count):
            start, end, flag, link = starts[j], ends[j], flags[j], links[j]
            target = targets[link] if link >= 0 else None
            tokens.append(
                Token(
                    text[start:end],
                    start,
                    end,
                    bool(flag & 1),
                    style_sets[styles[j]],
                    bool(flag & 2),
                    target,
                )
            )
            name = names[label_indexes[j]]
            c = confidences[j]
            labels.append(name)
            confidence.append(c)
            if c < UNSURE:
                alternatives.append(dict(zip(names, packed.unsure[u : u + width], strict=True)))
                u += width
            else:
                alternatives.append({name: c})
        k += count
        items.append(Labelled(block, tokens, labels, confidence, alternatives))
    return items


_NO_STYLE: frozenset[str] = frozenset()
