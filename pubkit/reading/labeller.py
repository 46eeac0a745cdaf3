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
    xseq = features(tokens, block.text)
    with _LOCK:  # a Tagger holds the last sequence: one caller at a time
        tagger = _tagger()
        tagger.set(xseq)
        labels = list(tagger.tag())
        confidence = [tagger.marginal(y, i) for i, y in enumerate(labels)]
        names = tagger.labels()
        alternatives = [
            {y: c} if c >= UNSURE else {name: tagger.marginal(name, i) for name in names}
            for i, (y, c) in enumerate(zip(labels, confidence, strict=True))
        ]
    return Labelled(block, tokens, labels, confidence, alternatives)
