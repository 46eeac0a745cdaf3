"""The shipped field labeller against a plain CRF trained in the same run, on the same split.

Usage: python benchmarks/labeller_baseline.py [--shared DIR] [--iterations N]

Issue 9 calibrates its target with "a plain CRF with two dozen simple token features, trained on these
strings in under two minutes". This script builds that peer: python-crfsuite with 24 simple features
(the word, its shape, prefixes and suffixes, capitals, digits, year shape, initials, quotes, brackets,
final punctuation, position, and the neighbours' words, shapes and final punctuation), trained on
AnyStyle's strings outside the fixed held-out 10% (`pubkit.reading.corpus.is_held_out`), with the
labeller's own tokens and labels (`pubkit.reading.train.anystyle_example`). Both then label the
held-out strings; token accuracy is printed per file and overall, with the peer's training time.
Only token labels are compared: the peer has no interpretation stage to make papers of them.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from pubkit.reading.corpus import is_held_out, read_anystyle_dir
from pubkit.reading.labeller import label
from pubkit.reading.markup.base import Block
from pubkit.reading.tokens import tokenize
from pubkit.reading.train import anystyle_example

_YEAR = re.compile(r"\W*(?:1[5-9]|20)\d\d[a-z]?\W*")
_INITIALS = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)*,?")
_NOT_WORD = re.compile(r"\W")
_QUOTES = frozenset('"“”')
_BRACKETS = frozenset("()[]")


def _shape(word: str) -> str:
    """`Smith,` -> `Aa,`: letter classes, runs of one class shortened to two."""
    classes = "".join("A" if c.isupper() else "a" if c.islower() else "9" if c.isdigit() else c for c in word)
    return re.sub(r"(.)\1+", r"\1\1", classes)


def _end(word: str) -> str:
    return word[-1] if not word[-1].isalnum() else "_"


def plain_features(words: list[str]) -> list[list[str]]:
    """The peer's features: what a first CRF for reference strings would use, nothing of pubkit's."""
    rows = []
    for index, word in enumerate(words):
        row = [
            "w=" + _NOT_WORD.sub("", word.lower()),
            "shape=" + _shape(word),
            "p1=" + word[:1],
            "p2=" + word[:2],
            "s1=" + word[-1:],
            "s2=" + word[-2:],
            f"cap={word[:1].isupper()}",
            f"digit={any(c.isdigit() for c in word)}",
            f"year={bool(_YEAR.fullmatch(word))}",
            f"initials={bool(_INITIALS.fullmatch(word))}",
            f"quote={any(c in _QUOTES for c in word)}",
            f"bracket={any(c in _BRACKETS for c in word)}",
            "end=" + _end(word),
            f"position={10 * index // max(1, len(words))}",
            f"length={min(len(word), 6)}",
        ]
        for offset in (-2, -1, 1, 2):
            other = index + offset
            if 0 <= other < len(words):
                near = words[other]
                row += [
                    f"{offset}w=" + _NOT_WORD.sub("", near.lower()),
                    f"{offset}shape=" + _shape(near),
                    f"{offset}end=" + _end(near),
                ]
            else:
                row.append(f"{offset}=none")
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--iterations", type=int, default=100)
    args = parser.parse_args(argv)
    folder = args.shared / "reference-strings"
    if not folder.is_dir():
        print(f"no labelled reference strings at {folder}", file=sys.stderr)
        return 1
    train: list[tuple[list[str], list[str]]] = []
    test: list[tuple[str, Block, list[str]]] = []
    for item in read_anystyle_dir(folder):
        block, labels = anystyle_example(item)
        words = [token.text for token in tokenize(block)]
        if len(words) != len(labels) or not words:
            continue
        if is_held_out(item.text):
            test.append((item.source.split("#")[0], block, labels))
        else:
            train.append((words, labels))
    start = time.monotonic()
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in train:
        trainer.append(plain_features(words), labels)
    trainer.set_params(
        {"c1": 0.1, "c2": 0.01, "max_iterations": args.iterations, "feature.possible_transitions": True}
    )
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "plain.crfsuite")
        trainer.train(model)
        seconds = time.monotonic() - start
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        right: dict[str, Counter[str]] = {"pubkit": Counter(), "plain CRF": Counter()}
        total: Counter[str] = Counter()
        for source, block, gold in test:
            words = [token.text for token in tokenize(block)]
            guesses = {"pubkit": list(label(block).labels), "plain CRF": tagger.tag(plain_features(words))}
            for name, guessed in guesses.items():
                hits = sum(a == b for a, b in zip(guessed, gold, strict=True))
                right[name][source] += hits
                right[name]["all"] += hits
            total[source] += len(gold)
            total["all"] += len(gold)
    print(f"{len(train)} training strings, {len(test)} held out; plain CRF trained in {seconds:.0f} s")
    columns = sorted(total, key=lambda s: (s == "all", s))
    print(f"{'token accuracy':16}" + "".join(f"{c.removesuffix('.xml'):>8}" for c in columns))
    for name, hits in right.items():
        print(f"{name:16}" + "".join(f"{hits[c] / total[c]:8.3f}" for c in columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
