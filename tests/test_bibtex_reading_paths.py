"""The shortcuts of the BibTeX reader (pages, numbers, names, command lines, patterns) against the
slower readings they stand for, on generated inputs; and the patterns the regex probe flagged, on runs."""

from __future__ import annotations

import bisect
import random
import re
from collections.abc import Callable

import pybtex.errors
import pytest
from conftest import no_hang
from pybtex.database import Person

from pubkit.formats import bibtex
from pubkit.formats._bibscan import _COMMAND_LINE, _FAST_FIELD, _FAST_STRING, _Scanner
from pubkit.formats._latex import auto_protected, protected_phrases, word_spans
from pubkit.latex import _NEEDS_LATEX, latex_to_text


def _strings(alphabet: list[str] | str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_page_dashes_are_replaced_as_the_plain_pattern_replaces_them() -> None:
    plain = re.compile(r"\s*[-–—]+\s*")
    for text in _strings("1a -–—\t\n", 20_000, 14, seed=1):
        assert bibtex._PAGE_DASH.sub("-", text) == plain.sub("-", text), text
        assert bibtex._PAGE_DASH.split(text) == plain.split(text), text


def test_pages_and_numbers_read_as_decoding_reads_them() -> None:
    for raw in [*_strings("12a -–—.,:;/+()x\t\\{}'`$", 20_000, 10, seed=2), "1 - - 2", "e1234--e1240"]:
        text = " ".join(raw.split())  # as the reader collapses every value
        decoded = latex_to_text(text)
        assert bibtex._pages(text) == (bibtex._PAGE_DASH.sub("-", decoded) if decoded else None), text
        assert bibtex._number(text) == decoded, text


def test_latex_is_told_from_plain_text_as_the_alternation_tells_it() -> None:
    alternation = re.compile(r"[\\$~%]|--|``|''|[?!]`")
    for text in _strings("a -`'?!\\$~%", 20_000, 8, seed=3):
        assert (_NEEDS_LATEX.search(text) is None) == (alternation.search(text) is None), text


WORDS = [
    *"van de la Smith John d'Arc 1st (Ed.) Ärger ärger Jr. x-Y ǅx É".split(),
    *r"M{\"u}ller {\"O}zt{\"u}rk G\'{o}mez \'Ecija d{\'e} {\ss} {\"{u}}ber a{b} \c x\ y {van Berg}".split(),
]


def test_names_without_braces_or_with_latex_inside_words_split_as_pybtex_splits_them() -> None:
    rng = random.Random(4)
    compared = 0
    for _ in range(5_000):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 5))]
        cut = rng.randint(0, len(words))
        raw = " ".join(words) if rng.random() < 0.6 else " ".join(words[:cut]) + ", " + " ".join(words[cut:])
        plain = bibtex._plain_name(raw)
        if plain is None:
            continue
        with pybtex.errors.capture() as errors:
            person = Person(raw)
        expected = (
            " ".join(person.first_names + person.middle_names),
            " ".join(person.prelast_names + person.last_names),
        )
        assert (plain, person.lineage_names, errors) == (expected, [], []), raw
        compared += 1
    assert compared > 2_000


def test_the_next_command_line_is_found_as_the_pattern_finds_it() -> None:
    pieces = ["@", "\n", " ", "\t", "\ufeff", "a", "{", "(", "comment", "x@y", "@misc{", " @ ar (", "\r"]
    for text in _strings(pieces, 20_000, 25, seed=5):
        for start in [i + 1 for i, char in enumerate(text) if char == "\n"][:3]:
            found = _COMMAND_LINE.search(text, start)
            assert _Scanner(text).command_line(start) == (found.start() if found else len(text)), text


@pytest.mark.parametrize(
    ("pattern", "use"),
    [
        (bibtex._PAGE_DASH, lambda rx, run: rx.search(run + "!")),
        (bibtex._PAGE_DASH, lambda rx, run: rx.sub("-", "1" + run + "x")),
        (_FAST_FIELD["}"], lambda rx, run: rx.search(run + "!")),
        (_FAST_FIELD["}"], lambda rx, run: rx.search("a" * len(run) + "!")),
        (_FAST_FIELD[")"], lambda rx, run: rx.search(",a=b#" * (len(run) // 5) + "!")),
        (_FAST_STRING["}"], lambda rx, run: rx.search("{" + run + "!")),
        (_FAST_STRING[")"], lambda rx, run: rx.search("(a=b#" * (len(run) // 5) + "!")),
    ],
)
def test_patterns_the_regex_probe_flagged_finish_on_long_runs(
    pattern: re.Pattern[str], use: Callable[[re.Pattern[str], str], object]
) -> None:
    """Each search used to restart inside a long run of spaces or name characters and read it again
    (minutes at 10^5 characters); the alarm only stops a hang, it measures nothing."""
    with no_hang(pattern.pattern):
        use(pattern, " " * 200_000)


def _phrases_by_bisection(title: str, spans: list[tuple[int, int]]) -> list[str]:
    """`protected_phrases` as first written: every word of the title, each group's by bisection."""
    words = word_spans(title)
    starts, ends = [b for b, _ in words], [e for _, e in words]
    automatic = set(auto_protected(title))
    phrases: dict[str, None] = {}
    for begin, end in spans:
        first, last = bisect.bisect_right(ends, begin), bisect.bisect_left(starts, end)
        if first >= last or not any(c.isalpha() and c.isupper() for c in title[begin:end]):
            continue
        if last - first == 1 and words[first] in automatic:
            continue
        phrases[title[starts[first] : ends[last - 1]]] = None
    return list(phrases)


def test_protected_phrases_are_those_found_from_every_word() -> None:
    rng = random.Random(6)
    for title in _strings("aB3-/ _.,:!?'\"(éÉx1Z", 20_000, 24, seed=7):
        count = rng.choice([1, 2, 3, 5, 7])
        points = sorted(rng.randint(0, len(title)) for _ in range(2 * count))
        spans = [(points[2 * i], points[2 * i + 1]) for i in range(count)]
        assert protected_phrases(title, spans) == _phrases_by_bisection(title, spans), (title, spans)
