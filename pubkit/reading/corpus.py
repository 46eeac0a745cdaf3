"""Labelled reference strings (AnyStyle's XML format) and the fixed split that keeps 10% out of training.

Used by the training script and by `benchmarks/reading_bench.py`; never at reading time. The data
lives in `../shared/reference-strings/` and is not shipped with pubkit.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from attrs import frozen

__all__ = ["LabelledString", "is_held_out", "read_anystyle", "read_anystyle_dir"]

HELD_OUT_PERCENT = 10


@frozen
class LabelledString:
    """One printed reference cut into `(label, text)` fields, in order; `text` joins them with spaces."""

    fields: tuple[tuple[str, str], ...]
    source: str

    @property
    def text(self) -> str:
        return " ".join(value for _, value in self.fields)

    def values(self, label: str) -> list[str]:
        """Every field text with this label, in order."""
        return [value for name, value in self.fields if name == label]


def is_held_out(text: str) -> bool:
    """Whether a reference string belongs to the fixed evaluation 10%: a stable hash of its text."""
    return zlib.crc32(" ".join(text.split()).encode("utf-8")) % 100 < HELD_OUT_PERCENT


def read_anystyle(path: str | Path) -> Iterator[LabelledString]:
    """The labelled strings of one AnyStyle `<dataset>` file (the XML parser expands no entities)."""
    root = ElementTree.parse(path).getroot()
    name = Path(path).name
    for number, sequence in enumerate(root.iter("sequence")):
        fields = tuple(
            (child.tag, " ".join((child.text or "").split()))
            for child in sequence
            if (child.text or "").strip()
        )
        if fields:
            yield LabelledString(fields, f"{name}#{number}")


def read_anystyle_dir(folder: str | Path) -> list[LabelledString]:
    """Every labelled string of the `*.xml` files in `folder`, files in name order."""
    return [s for path in sorted(Path(folder).glob("*.xml")) for s in read_anystyle(path)]
