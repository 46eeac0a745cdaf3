"""The labeller's features as the model reads them (UTF-8 bytes, without the word features the model has
no weight for) give exactly the labels and probabilities the plain feature strings give."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from pubkit.reading import labeller
from pubkit.reading.markup import parse as parse_markup
from pubkit.reading.markup.base import Block
from pubkit.reading.tokens import features, tokenize


def _blocks() -> list[Block]:
    blocks: list[Block] = []
    for path in sorted((FIXTURES / "reading" / "lists").iterdir()):
        if path.name.endswith(".json"):
            continue
        doc = parse_markup(path.read_text(encoding="utf-8"), path=str(path))
        blocks.extend(b for b in doc.blocks if b.text.strip())
    return blocks


def test_model_attributes_are_read_from_the_model_file() -> None:
    known = labeller._attributes(labeller.MODEL_PATH.read_bytes())
    assert b"bias" in known
    assert len(known) > 1000
    assert b"w=zzzqqq-not-a-word" not in known


@pytest.mark.parametrize(
    "data", [b"", b"lCRF", b"not a model at all" * 10, b"lCRF\0\0\0\0FOMC" + b"\xff" * 40]
)
def test_a_file_of_another_layout_leaves_no_feature_out(data: bytes) -> None:
    assert labeller._attributes(data) == frozenset()


def test_model_features_are_the_plain_features_as_bytes_less_unknown_ones() -> None:
    known = labeller._attributes(labeller.MODEL_PATH.read_bytes())
    model_features = labeller._features()
    left_out = 0
    for block in _blocks():
        tokens = tokenize(block)
        plain = [[f.encode() for f in row] for row in features(tokens, block.text)]
        encoded = model_features(tokens, block.text)
        assert len(encoded) == len(plain)
        for row, full in zip(encoded, plain, strict=True):
            # what the model knows stays, in its order (and as often); only unknown words' features go
            assert [f for f in row if f in known] == [f for f in full if f in known]
            assert set(row) <= set(full)
            left_out += len(full) - len(row)
    assert left_out > 0


def test_labels_and_probabilities_are_those_of_the_plain_features() -> None:
    tagger = labeller._tagger()
    names = labeller.label_names()
    for block in _blocks()[:120]:
        item = labeller.label(block)
        if not item.tokens:
            continue
        tagger.set(features(item.tokens, block.text))
        labels = list(tagger.tag())
        confidence = [tagger.marginal(y, i) for i, y in enumerate(labels)]
        assert item.labels == labels
        assert item.confidence == confidence  # exactly: the same weights summed in the same order
        for i, alternatives in enumerate(item.alternatives):
            if len(alternatives) > 1:
                assert alternatives == {name: tagger.marginal(name, i) for name in names}
