"""The trained field labeller: a linear-chain CRF over token features, loaded once on first use.

Labels: author, editor, title, container, date, volume, pages, publisher, location, doi, url, arxiv,
note, status, award, other. The model file ships in `pubkit/reading/model/`; `pubkit.reading.train`
rebuilds it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pycrfsuite

from pubkit.errors import PubkitError
from pubkit.reading.markup.base import Block
from pubkit.reading.tokens import Token, features, tokenize

__all__ = ["MODEL_PATH", "Labelled", "label"]

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


class Labelled:
    """An entry's tokens with their labels and the model's confidence in each label."""

    __slots__ = ("block", "confidence", "labels", "tokens")

    def __init__(self, block: Block, tokens: list[Token], labels: list[str], confidence: list[float]) -> None:
        self.block = block
        self.tokens = tokens
        self.labels = labels
        self.confidence = confidence

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
    xseq = features(tokens, block.text)
    with _LOCK:  # a Tagger holds the last sequence: one caller at a time
        tagger = _tagger()
        tagger.set(xseq)
        labels = list(tagger.tag())
        confidence = [tagger.marginal(y, i) for i, y in enumerate(labels)]
    return Labelled(block, tokens, labels, confidence)
