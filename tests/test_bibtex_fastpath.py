"""The fast BibTeX path (pubkit's scanner, plain names, simple LaTeX) against the pybtex path it replaces."""

from __future__ import annotations

import bisect
import gzip
import itertools
import re
import tracemalloc

import attrs
import pybtex.errors
import pytest
from pybtex.database import Person

import pubkit
from pubkit.errors import Problem, Severity
from pubkit.formats import bibtex
from pubkit.formats._bibscan import BlockKind, scan
from pubkit.latex import _decode_latex, _decode_simple
from tests.conftest import BIB_COLLECTIONS, SHARED, shared_file

CORPUS = SHARED / "bib-corpus"
COLLECTIONS = BIB_COLLECTIONS
#: Collections read in part: every `SAMPLE`-th command (all `@string`s kept), to stay within a minute.
SAMPLED = {"acl_anthology_jgrey4296": 5, "dblp_ijcai_aamas_jgrey4296": 2, "jgrey4296_personal_main": 2}
_COMMAND_START = re.compile(r"^@", re.MULTILINE)
_LINE_START_AT = re.compile(r"^[ \t\ufeff]*@", re.MULTILINE)  # where the pybtex path cuts a broken text
_KEEP_ALWAYS = re.compile(r"@\s*(?:string|preamble)\b", re.IGNORECASE)


def collection(name: str) -> str:
    """A collection's text, every command of it, or every `SAMPLED[name]`-th one (cut at lines
    starting with '@', so no entry is cut in two; `@string` and `@preamble` are always kept)."""
    text = gzip.decompress(shared_file(CORPUS / f"{name}.bib.gz").read_bytes()).decode("utf-8", "replace")
    every = SAMPLED.get(name, 1)
    if every == 1:
        return text
    starts = [0, *(m.start() for m in _COMMAND_START.finditer(text)), len(text)]
    chunks = [text[a:b] for a, b in itertools.pairwise(starts)]
    return "".join(c for i, c in enumerate(chunks) if i % every == 0 or _KEEP_ALWAYS.match(c))


def _problem(problem: Problem) -> tuple[object, ...]:
    return (problem.line, problem.kind, problem.severity, problem.message, problem.text, problem.path)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_the_fast_path_reads_what_the_pybtex_path_reads(name: str) -> None:
    """Every paper and every problem (with its line) is the pybtex path's, except where the fast path
    reads more than pybtex, by these rules (the counts are those of the eight whole collections):

    * an entry with a `%` line among its fields (856 in rmlmcfadden): biber reads the `%` line as a
      comment, and so does the scanner; pybtex stops there and loses the entry;
    * `@comment` without braces (`@Comment 1215.bib -*- mode: BibTeX -*-`, 176 in jgrey4296's
      library): a comment to the end of its line as in BibTeX; pybtex reports a syntax error;
    * an `@` in the text between two entries: in a commented-out entry (`% @inbook{...`), an e-mail
      address, or the lost fields of an entry closed early (`booktitle = {... @LREC2022}`, 9 in ACL).
      pybtex reads it as a command, refuses it, and (reading command by command, cut at lines starting
      with '@') loses the entry before it; the scanner knows it is text. Everything from the line
      starting with '@' before it to the next such line is left out.

    ACL (every 5th command), dblp and jgrey4296 (every 2nd) are sampled to keep the test within a minute.
    """
    text = collection(name)
    fast = bibtex.read(text, path=name)
    slow = bibtex._read_pybtex(text, path=name)
    blocks = scan(text)
    inner_comments = {b.line for b in blocks if b.kind is BlockKind.ENTRY and b.comments}
    line_comments = {b.line for b in blocks if b.kind is BlockKind.COMMENT}
    starts = [m.start() for m in _LINE_START_AT.finditer(text)]
    first_lines = [text.count("\n", 0, starts[0]) + 1] if starts else []
    for before, after in itertools.pairwise(starts):
        first_lines.append(first_lines[-1] + text.count("\n", before, after))
    stray = {  # chunks with an '@' between commands, or an entry with a '%' line
        bisect.bisect_right(first_lines, b.line + b.raw[: b.raw.index("@")].count("\n")) - 1
        for b in blocks
        if b.kind is BlockKind.TEXT and "@" in b.raw
    }

    stray |= {bisect.bisect_right(first_lines, line) - 1 for line in inner_comments}

    def skipped(line: int | None) -> bool:
        return bisect.bisect_right(first_lines, line or 0) - 1 in stray

    papers = {(p.source.line, p.source.key): p for p in fast if not skipped(p.source.line)}
    reference = {(p.source.line, p.source.key): p for p in slow if not skipped(p.source.line)}
    assert papers.keys() == reference.keys()
    for where, paper in papers.items():
        assert attrs.asdict(paper) == attrs.asdict(reference[where]), f"{name}: entry at {where}"
    assert [_problem(p) for p in fast.problems if not skipped(p.line)] == [
        _problem(p) for p in slow.problems if not skipped(p.line) and p.line not in line_comments
    ]
    assert len(papers) > 400
    assert len(papers) > 0.98 * len(fast) - len(inner_comments)  # the rules leave out little
    read_more = {p.source.line for p in fast} - {p.source.line for p in slow}
    assert all(skipped(line) for line in read_more)  # the rules only ever let the fast path read more
    # papers and people are assembled without their converters and validators: from normal values only
    for paper in itertools.chain(fast, slow):
        assert attrs.evolve(paper) == paper, f"{name}: entry at {paper.source}"
        assert all(attrs.evolve(author) == author for author in paper.authors), f"{name}: {paper.source}"


def test_an_entry_closed_early_is_a_warning_naming_its_lost_fields() -> None:
    """BibTeX counts `\\}` as a brace: the title ends the entry, as in BibTeX, biber and pybtex;
    the fields after it are lost, and the reader says so (both paths) instead of dropping them silently."""
    text = (
        "@inproceedings{cut,\n title = {{HOMO\\}-\\{MEX\\}: A Corpus}},\n author = {Eva Escaped},\n"
        " year = {2023}\n}\n\n@misc{next, title = {Next}}\n"
    )
    for read in (bibtex.read, bibtex._read_pybtex):
        bib = read(text, path="x.bib")
        assert [p.title for p in bib] == ["HOMO}-{MEX}: A Corpus", "Next"]
        assert not bib[0].authors and bib[0].year is None
        (warning,) = bib.problems
        assert (warning.line, warning.kind, warning.severity) == (1, "syntax", Severity.WARNING)
        assert warning.message.endswith("the fields after it are lost: author, year")


def test_a_percent_line_among_fields_is_a_comment() -> None:
    """biber's reading (BibTeX stops there): the fields after a commented-out field are read."""
    text = "@article{k,\n  title = {T},\n  % note = {PMID: 1},\n  doi = {10.1000/1}, year = {2020}\n}\n"
    bib = bibtex.read(text)
    assert not bib.problems
    assert (bib[0].identifiers.doi, bib[0].year, bib[0].note) == ("10.1000/1", 2020, None)


def test_a_value_of_many_macro_uses_is_cut_and_said() -> None:
    """`title = a # a # ...` with a 64 kB macro: the text substituted is bounded by the input size."""
    text = '@string{a0 = "' + "x" * 60_000 + '"}\n'
    text += "@article{k, year = 2020, title = a0" + " # a0" * 2000 + "}\n"
    tracemalloc.start()
    try:
        bib = pubkit.loads(text, "bibtex")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * len(text)
    assert len(bib) == 1 and len(bib[0].title) <= 17 * len(text)
    assert any("@string macros used here" in p.message for p in bib.problems)


def test_many_tiny_entries_peak_at_most_twenty_times_the_input() -> None:
    """Issue 10's memory target on its worst case for BibTeX: many 40-byte entries (blocks are read one
    at a time, raw entries let go once read, papers without identifiers share one record)."""
    text = "".join(f"@article{{k{i}, title={{T {i}}}, year=2020}}\n" for i in range(5_000))
    pubkit.loads("@misc{warm, title={Warm}}", "bibtex")  # the modules are imported on first use
    tracemalloc.start()
    try:
        bib = pubkit.loads(text, "bibtex")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(bib) == 5_000 and not bib.problems
    assert peak < 20 * len(text)


def test_an_entry_the_scanner_refuses_goes_through_pybtex() -> None:
    text = "@article{ok, title = {A}}\n@article{, title = {No key}}\n@misc{also, title = {B}}\n"
    bib = bibtex.read(text, path="x.bib")
    assert [p.title for p in bib] == ["A", "B"]
    assert [(p.line, p.kind, p.message) for p in bib.problems] == [
        (2, "syntax", "BibTeX syntax: syntax error in line 1: entry key expected")
    ]
    assert [_problem(p) for p in bib.problems] == [
        _problem(p) for p in bibtex._read_pybtex(text, path="x.bib").problems
    ]


# ----------------------------------------------------------------------------------------------
# The pieces the fast path reads without pybtex and pylatexenc, against them


@pytest.mark.parametrize(
    "value",
    [
        r"a--b---c -- d",
        r"Ren\'e {\"U}ber \v{c} \'{\i} \'\i} {\ss} {\textendash} \i x",
        r"``quoted'' ?` !` ~ 100\% \& \{DCS\}",
        r"{HOMO\}-\{MEX\}: A Corpus",
        r"x}y {a} {b",
        r"{ \'e} {{A} b} { } {\&x} {-x}",
        r"D&D, a_b, a^b, #1, $x$, \emph{y}, \\",
    ],
)
def test_simple_latex_reads_as_pylatexenc_reads_it(value: str) -> None:
    simple = _decode_simple(value)
    if simple is not None:
        assert simple == _decode_latex(value)


@pytest.mark.parametrize(
    "value",
    [
        r"$\beta$-NMR of {$^{8}$Li} in \ch{Bi2Se3}: 5\texttimes 3 at 20\textdegree C",
        r"a \ch{^{8}Li} b \ch {x} y {\ch{Li}} \ch{x}{B}",
        r"$$\upmu $$SR and $a$$b$, {$\mu$}SR, a \beta b",
        r"\url{http://a.b/~c_d%20} and \href{http://x}{here} {\it VESTA} b \emph {x}y",
        r"\'{\'e} x \\ y {A}\textbf{x} y",
    ],
)
def test_latex_outside_the_subset_is_read_chunk_by_chunk_as_pylatexenc_reads_it(value: str) -> None:
    chunked = _decode_simple(value)
    assert chunked is not None
    assert chunked == _decode_latex(value)


@pytest.mark.parametrize(
    "value",
    [r"a\\[2pt] b", r"\cite[p. 3]{k} x", r"{unclosed \ch{x}", r"\textbf x y", r"$$a$ b$"],
)
def test_latex_a_chunk_cannot_be_cut_from_goes_to_pylatexenc_whole(value: str) -> None:
    assert _decode_simple(value) is None


def test_a_dollar_that_never_closes_is_dropped_and_the_rest_read_as_text() -> None:
    # pylatexenc would read the rest as math, one node (~100 bytes) a character: a 3 kB entry with a
    # stray '$' in its abstract took 40x its size
    value = 'Spin of $\\beta$ emitters {M{\\"u}ller} costs 5 $ and ^{8}Li ' + "x " * 20_000
    text, spans = _decode_simple(value) or ("", [])
    assert text.startswith("Spin of \u03b2 emitters M\u00fcller costs 5  and ^8Li x")
    assert spans and text[spans[0][0] : spans[0][1]] == "M\u00fcller"


def _values(name: str, field: str, every: int) -> list[str]:
    values = []
    for block in scan(collection(name)):
        if block.kind is BlockKind.ENTRY:
            found = block.field(field)
            if found is not None and found.kind.value == "braces":
                values.append(" ".join(found.inner.split()))
    return list(dict.fromkeys(values))[::every]


@pytest.mark.parametrize(
    ("name", "every"), [("acl_anthology_jgrey4296", 3), ("rmlmcfadden_bibliotex", 1), ("contextlab_cdl", 1)]
)
def test_simple_latex_equals_pylatexenc_on_real_titles(name: str, every: int) -> None:
    compared = 0
    for value in _values(name, "title", every):
        if "\\" in value or "--" in value:
            simple = _decode_simple(value)
            if simple is not None:
                assert simple == _decode_latex(value), value
                compared += 1
    assert compared > 10


@pytest.mark.parametrize("name", ["rmlmcfadden_bibliotex", "iridia_references"])
def test_chunked_latex_equals_pylatexenc_on_real_abstracts_and_titles(name: str) -> None:
    compared = 0
    for field in ("title", "abstract"):
        for value in _values(name, field, 1):
            if "\\" in value or "$" in value:
                chunked = _decode_simple(value)
                if chunked is not None:
                    assert chunked == _decode_latex(value), value
                    compared += 1
    assert compared > 50


@pytest.mark.parametrize(
    ("name", "every"), [("acl_anthology_jgrey4296", 7), ("dblp_ijcai_aamas_jgrey4296", 3), ("krr_up", 1)]
)
def test_plain_names_split_as_pybtex_splits_them(name: str, every: int) -> None:
    compared = 0
    for authors in _values(name, "author", every):
        for raw in bibtex._AND.split(authors) if "{" not in authors else []:
            plain = bibtex._plain_name(raw.strip())
            if plain is None:
                continue
            with pybtex.errors.capture() as errors:
                person = Person(raw.strip())
            expected = (
                " ".join(person.first_names + person.middle_names),
                " ".join(person.prelast_names + person.last_names),
            )
            assert (plain, person.lineage_names, errors) == (expected, [], []), raw
            compared += 1
    assert compared > 500
