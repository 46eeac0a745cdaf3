"""The third speed pass's fast paths, each against the rule it stands for.

`strip_controls` with two regular expressions (against the per-character rule, on every code point),
`needs_protection`'s ASCII path (against the generator rule, on generated words and the titles' words),
a venue's rule kind tried rule by rule (against the first rule whose pattern matches), a plain name's
given words checked in a loop, and records made through `normal_builder`.
"""

from __future__ import annotations

import random
import re
import sys

import attrs
import pytest

from pubkit.formats._bibscan import BlockKind, scan
from pubkit.formats._latex import needs_protection
from pubkit.formats.bibtex import _plain_name, _simple_name
from pubkit.latex import _is_control, strip_controls
from pubkit.model import Author, Paper, Source, normal_builder, normal_record
from pubkit.venues import _RULES, _rule_kind
from tests.conftest import BIB_COLLECTIONS
from tests.test_bibtex_fastpath import collection

_WORD = re.compile(r"\S+")


def _strip_controls_rule(text: str) -> str:
    if text.isprintable():
        return text
    spaces = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85"
    return "".join((" " if c in spaces else "") if _is_control(c) else c for c in text)


def test_strip_controls_is_the_per_character_rule_on_every_code_point() -> None:
    chars = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000]
    assert strip_controls("".join(chars)) == _strip_controls_rule("".join(chars))
    for char in chars:
        assert strip_controls(f"a{char}b") == _strip_controls_rule(f"a{char}b"), hex(ord(char))


def _needs_protection_rule(word: str) -> bool:
    if word[1:].islower() and (word.isalpha() or not word[:1].isupper()):
        return False
    for part in re.split(r"[-/]", word):
        if any(c.isupper() for c in part[1:]):
            return True
        if any(c.isdigit() for c in part) and any(c.isupper() for c in part):
            return True
    return False


def test_needs_protection_ascii_path_is_the_rule_on_generated_words() -> None:
    rng = random.Random(3)
    alphabet = "aZbY09-/.'xQé²Ⅻ"
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7))) for _ in range(50_000)]
    words += ["CutMix", "MS-COCO", "DNNs", "3D", "A", "Cross-Modal", "x2", "X2", "a/B", "-", "/", "ab-"]
    for word in words:
        assert needs_protection(word) == _needs_protection_rule(word), word


@pytest.mark.parametrize("name", BIB_COLLECTIONS)
def test_needs_protection_is_the_rule_on_every_title_word(name: str) -> None:
    words: set[str] = set()
    for block in scan(collection(name)):
        if block.kind is BlockKind.ENTRY and (title := block.field("title")) is not None:
            words.update(_WORD.findall(title.inner))
    assert words
    for word in words:
        assert needs_protection(word) == _needs_protection_rule(word), word


def _rule_kind_rule(name: str) -> object:
    return next((kind for kind, pattern in _RULES if pattern.search(name)), None)


@pytest.mark.parametrize("name", BIB_COLLECTIONS)
def test_rule_kind_is_the_first_matching_rule_on_every_venue_name(name: str) -> None:
    names = {"Workshop at the Conference on X", "arXiv preprint", "Late-breaking demo, Journal of Y"}
    venue_fields = ("journal", "booktitle", "howpublished", "school", "institution", "series", "publisher")
    for block in scan(collection(name)):
        if block.kind is BlockKind.ENTRY:
            names.update(f.inner for f in block.fields if f.name.lower() in venue_fields)
    for venue in names:
        assert _rule_kind(venue) == _rule_kind_rule(venue), venue


def _simple_name_rule(raw: str) -> tuple[str, str] | None:
    words = raw.split(" ")
    if all(word[0].isupper() for word in words[:-1]):
        return " ".join(words[:-1]), words[-1]
    return _plain_name(raw)


def test_simple_name_checks_every_given_word() -> None:
    for raw in (
        "Smith",
        "John Smith",
        "John Q. Smith",
        "Ludwig van Beethoven",
        "van Beethoven",
        "Ángel Ruiz",
    ):
        assert _simple_name(raw) == _simple_name_rule(raw), raw


def test_normal_builder_makes_the_normal_record() -> None:
    author = normal_builder(Author)("Ada Lovelace", "Ada", "Lovelace", "", False, False, False, False)
    assert author == normal_record(Author, "Ada Lovelace", "Ada", "Lovelace", "", False, False, False, False)
    assert attrs.evolve(author) == author == Author("Ada Lovelace")
    source = normal_builder(Source)("refs.bib", 3, None, None, "k")
    assert source == Source("refs.bib", 3, key="k")
    assert normal_builder(Paper) is normal_builder(Paper)
