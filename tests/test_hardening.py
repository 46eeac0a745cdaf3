"""Problems with a kind and a severity; every entry is one paper or one error; readers survive bad input."""

from __future__ import annotations

import ast
import codecs
import importlib.util
import json
import sys
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from conftest import ROOT, no_hang

import pubkit
from pubkit import Problem, Severity
from pubkit.cli import main
from pubkit.errors import KINDS


def _errors(bib: pubkit.Bibliography) -> list[Problem]:
    return [p for p in bib.problems if p.severity is Severity.ERROR]


def test_problem_keeps_its_positional_fields_and_defaults_to_an_unreadable_entry_error() -> None:
    problem = Problem("bad", "x.bib", 3, "raw", None)
    assert (problem.message, problem.path, problem.line, problem.text) == ("bad", "x.bib", 3, "raw")
    assert problem.kind == "unreadable-entry"
    assert problem.severity is Severity.ERROR
    assert Problem("w", kind="duplicate-key", severity="warning").severity is Severity.WARNING
    assert str(problem) == "x.bib:3: bad"


def test_every_kind_a_reader_emits_is_documented() -> None:
    text = (
        "@preamble{x}\n@article{a, title={T}, title={U}, journal=undefinedmacro, year={2020}}\n"
        "@article{a, title={T2}}\n@blog{b, title={B}}\n@article{c, doi={nonsense}, title={C}}\n@misc{d,}\n"
    )
    bib = pubkit.loads(text, "bibtex")
    assert bib.problems
    assert {p.kind for p in bib.problems} <= set(KINDS)


BIBTEX_MIXED = """\
@article{good, title={Good}, author={A. Author}, journal={J}, year={2020}}
@article{good, title={Same Key}, author={B. Author}, journal={J}, year={2021}}
@misc{untitled, author={C. Author}, year={2020}}
@inproceedings{broken, title={Broken {brace}, booktitle={B}, year={2020}
@article{last, title="Last", year={2019}}
"""


def test_bibtex_every_entry_is_one_paper_or_one_error() -> None:
    bib = pubkit.loads(BIBTEX_MIXED, "bibtex")
    titles = [p.title for p in bib]
    assert titles == ["Good", "Same Key", "Last"]
    errors = _errors(bib)
    assert len(bib) + len(errors) == 5, bib.problems
    assert {p.line for p in errors} == {3, 4}
    duplicate = [p for p in bib.problems if p.kind == "duplicate-key"]
    assert len(duplicate) == 1 and duplicate[0].severity is Severity.WARNING


def test_a_bibtex_citation_printing_no_title_is_kept_with_a_warning() -> None:
    """An entry with authors and a journal but no title (physics' "Zh. Eksp. Teor. Fiz. 36, 1517") is a
    citation that prints none: a paper with an empty title and a `no-title` warning, written back as such."""
    text = (
        "@article{firsov, author={Firsov, O. B.}, journal={Zh. Eksp. Teor. Fiz.}, volume={36}, year={1959}}\n"
    )
    bib = pubkit.loads(text, "bibtex")
    assert [(p.title, p.venue.name if p.venue else None) for p in bib] == [("", "Zh. Eksp. Teor. Fiz.")]
    assert [(p.kind, p.severity) for p in bib.problems] == [("no-title", Severity.WARNING)]
    for fmt in ("bibtex", "csl-json", "ris"):
        again = pubkit.loads(pubkit.dumps(bib, fmt), fmt)
        assert [(p.title, p.authors, p.venue, p.volume) for p in again] == [
            (p.title, p.authors, p.venue, p.volume) for p in bib
        ]


def test_strict_raises_on_errors_only() -> None:
    warned = "@article{a, title={A}, year={2020}}\n@article{a, title={B}, year={2021}}\n"
    assert len(pubkit.loads(warned, "bibtex", strict=True)) == 2
    with pytest.raises(pubkit.ParseError, match="no title"):
        pubkit.loads(warned + "@article{c, year={2020}}\n", "bibtex", strict=True)


def test_csljson_every_item_is_one_paper_or_one_error() -> None:
    items = [
        {"id": "a", "type": "article-journal", "title": "Good", "volume": ["not", "text"]},
        {"id": "b", "type": "article-journal", "author": [{"family": "X"}]},
        "not an object",
        {"id": "d", "title": {"nested": True}},
        {"id": "e", "title": "Fine", "custom": {"venues": [{"name": "V", "acronym": 5}]}},
    ]
    bib = pubkit.loads(json.dumps(items), "csl-json")
    errors = _errors(bib)
    assert [p.title for p in bib] == ["Good", "Fine"]
    assert len(bib) + len(errors) == len(items)
    assert sorted(p.item for p in errors if p.item is not None) == [1, 2, 3]
    assert all(p.severity is Severity.WARNING for p in bib.problems if p.item in (0, 4))


# ----------------------------------------------------------------------------------------------
# Readers that never crash, hang or explode


def test_csljson_hostile_shapes_are_problems_not_crashes() -> None:
    deep = pubkit.loads("[" * 100_000, "csl-json")
    assert not len(deep) and deep.problems[0].kind == "syntax"
    huge = pubkit.loads('[{"id": "a", "title": "T", "volume": ' + "9" * 5000 + "}]", "csl-json")
    assert huge[0].volume == "9" * 5000  # kept as text, not a ValueError
    spring = pubkit.loads('[{"id": "a", "title": "T", "issued": {"raw": "Spring 99999"}}]', "csl-json")
    assert spring[0].year is None  # not 9999
    assert "Spring 99999" in spring.problems[0].message and spring.problems[0].severity is Severity.WARNING


def test_doubling_string_macros_stay_within_a_small_multiple_of_the_input() -> None:
    text = '@string{a0 = "xxxxxxxxxxxxxxxx"}\n'
    text += "".join(f"@string{{a{i + 1} = a{i} # a{i}}}\n" for i in range(60))
    text += "@article{k, title = {T} # a7, year = {2020}}\n"  # a7 (2,048 x's) fits the budget, a12 not
    one = "@article{w, title = {T}, journal = {Nature}}"
    pubkit.loads(one, "bibtex")  # the lazy venue table, once
    peaks = []
    for source in (one, text):
        tracemalloc.start()
        try:
            bib = pubkit.loads(source, "bibtex")
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[1] - peaks[0] < 20 * len(text)  # beyond what reading any entry costs (~25 kB)
    assert len(bib) == 1 and bib[0].title.startswith("Txxxx")
    assert any(p.kind == "invalid-field" and "@string" in p.message for p in bib.problems)


def test_title_brace_analysis_is_linear() -> None:
    """Work counted, not time: the Python lines run grow by the same step for each equal step of input."""

    def read(repeat: int) -> object:
        return pubkit.loads("@article{k, title={" + "{Ab} cd Word word. " * repeat + "}}", "bibtex")

    read(1)  # imports and caches first
    small, middle, large = (_lines_run(lambda n=n: read(n)) for n in (150, 300, 450))  # titles < 10,000 chars
    assert large - middle <= 1.1 * (middle - small)  # linear: equal steps (quadratic: 1.6x)


def _lines_run(call: Callable[[], object]) -> int:
    """How many Python lines `call` runs (the same count on every machine)."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def test_an_unclosed_brace_costs_only_its_own_entry_and_is_reported() -> None:
    text = (
        '@article{a, title="Unclosed {brace", journal={J}, year={2020}}\n'
        "@article{b, title={Next}, journal={J}, year={2021}}\n"
    )
    bib = pubkit.loads(text, "bibtex")
    assert [p.title for p in bib] == ["Next"]
    (error,) = [p for p in bib.problems if p.severity is Severity.ERROR]
    assert error.line == 1 and "brace" in error.message and "Unclosed" in error.text


@pytest.mark.parametrize(("field", "value"), [("year", "20201"), ("month", "13"), ("date", "20201-01")])
def test_impossible_years_and_months_are_reported_not_coerced(field: str, value: str) -> None:
    bib = pubkit.loads(f"@article{{k, title={{T}}, journal={{J}}, {field}={{{value}}}}}", "bibtex")
    paper = bib[0]
    assert paper.year is None and paper.month is None
    assert paper.fields[field] == value
    assert any(value in p.message and p.kind == "invalid-field" for p in bib.problems)


def test_one_bad_byte_costs_one_line_not_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    good = "@article{a, title={Über Müller}, journal={J}, year={2020}}\n".encode()
    path.write_bytes(good + b"@article{b, title={Caf\xe9}, journal={J}, year={2020}}\n")
    bib = pubkit.load(path)
    assert [p.title for p in bib] == ["Über Müller", "Café"]
    (problem,) = bib.problems
    assert problem.kind == "encoding" and problem.line == 2 and problem.severity is Severity.WARNING


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "refs.bib"
    text = "@article{a, title={Über Müller}, journal={J}, year={2020}}\n"
    bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE}.get(encoding, b"")
    path.write_bytes(bom + text.encode(encoding))
    bib = pubkit.load(path)
    assert [p.title for p in bib] == ["Über Müller"] and not bib.problems


def test_show_never_prints_terminal_escapes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "refs.json"
    items = [{"id": "a", "title": "Red \x1b[31malert", "author": [{"family": "X\x1b]0;t\x07"}], "note": "n"}]
    path.write_text(json.dumps(items), encoding="utf-8")
    assert main(["show", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "alert" in out and "\x1b" not in out + err and "\x07" not in out + err


def _fuzz_module() -> Any:
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "benchmarks" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fuzzing_on_a_small_budget_finds_no_crash_and_no_silent_drop() -> None:
    """The seeded fuzz harness (benchmarks/fuzz.py) on CI's budget: byte-mutated real .bib windows,
    structurally mutated CSL-JSON and hostile sizes never crash a reader or lose an entry unreported."""
    summary = _fuzz_module().run(seed=7, inputs=120, small=True, hang=60.0, regex_length=300)
    for reader in ("bibtex", "csl-json"):
        assert summary[reader]["crashes"] == 0, summary[reader]["examples"]
        assert summary[reader]["silent_drops"] == 0, summary[reader]["examples"]
    assert not [s for s in summary["hostile_sizes"] if s["crash"]]
    assert summary["regexes"]["probed"] > 50


def test_an_unbalanced_brace_balanced_entries_later_swallows_nothing_silently() -> None:
    """Found by benchmarks/fuzz.py: a `{` left open in one entry and closed after the next one made
    pybtex read both as one entry, with no problem at all."""
    text = (
        "@inproceedings{a, title={Model elim,\n  booktitle = {Tableaux},\n"
        "@inproceedings{b, title={Swallowed}, year={1994}}\n}}\n"
        "@inproceedings{c, title={After}, year={1995}}\n"
    )
    bib = pubkit.loads(text, "bibtex")
    errors = [p for p in bib.problems if p.severity is Severity.ERROR]
    assert len(bib) + len(errors) == 3
    assert [p.line for p in errors] == [1]
    assert [p.title for p in bib] == ["Swallowed", "After"]


@pytest.mark.parametrize(
    ("name", "use"),
    [
        ("pubkit.formats.styled:_NUMBER_LABEL", lambda rx, run: rx.match("1" + run + "!")),
        ("pubkit.formats.styled:_NUMBER_LABEL", lambda rx, run: rx.match(run + "!")),
        ("pubkit.check:_STRAY_FIELD", lambda rx, run: rx.search("a" * len(run) + "!")),
        ("pubkit.dedup.records:CITED_AT", lambda rx, run: rx.sub("", "Title" + run + "x")),
        ("pubkit.dedup.decisions:_TITLE_YEAR", lambda rx, run: rx.match("T" + run + "x")),
        ("pubkit.formats.dblp_xml:_HOMONYM", lambda rx, run: rx.sub("", "Ann" + run + "x")),
        ("pubkit.formats.bibtex_format:_AND", lambda rx, run: rx.split("Ann" + run + "x")),
        ("pubkit.dedup.records:_TRAILING_NOTE", lambda rx, run: rx.sub("", "T" + run + "x")),
        ("pubkit.dedup.records:_TRAILING_NOTE", lambda rx, run: rx.sub("", "T" + "[a]" * len(run) + "x")),
        ("pubkit.formats.styled:_TAG", lambda rx, run: rx.split("<" * len(run))),
    ],
)
def test_regexes_the_fuzz_probe_found_quadratic_finish_on_long_runs(name: str, use: Any) -> None:
    """Found by benchmarks/fuzz.py's regex probe: each search restarted inside a long run of spaces or
    letters and scanned it again (0.1 s at 2,000 characters, minutes at 10^5). Quadratic, this input would
    take minutes; the alarm only stops a hang, it measures nothing."""
    module, attribute = name.split(":")
    pattern = getattr(importlib.import_module(module), attribute)
    with no_hang(name):
        use(pattern, " " * 200_000)


def test_an_at_sign_before_a_long_non_ascii_type_is_reported_not_dropped() -> None:
    """ "@éééé…proceedings{c, …}" (a mangled type of any length) names no entry type BibTeX reads: an
    error at its line, never an entry lost without a word (found by the fuzz harness without the shared
    corpus)."""
    text = "@article{a, title={T}, year=2020}\n@" + "é" * 47 + "proceedings{c, title={P}, year={2019}}\n"
    bib = pubkit.loads(text, "bibtex")
    assert [p.title for p in bib] == ["T"]
    assert [(p.line, p.kind) for p in bib.problems] == [(2, "unreadable-entry")]


def test_no_module_defines_a_name_twice() -> None:
    """A second top-level `def` or constant of the same name silently replaces the first (every rule
    that called the first then runs the second): each name is defined once per module."""
    root = Path(pubkit.__file__).parent
    twice = []
    for path in sorted(root.rglob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name) and t.id.isupper())
        twice += [f"{path.relative_to(root)}: {name}" for name, n in names.items() if n > 1]
    assert twice == []


def test_section_word_lists_have_no_empty_alternative() -> None:
    """An empty alternative ("…|أوراق|") would make every heading name publications (or none)."""
    from pubkit.reading import reader

    for pattern in (reader._PUB_WORDS, reader._NON_PUB_WORDS):
        assert pattern.search("") is None
        assert pattern.search("Curriculum Vitae") is None


def test_a_rule_failing_on_one_entry_loses_only_that_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault of pubkit's own in one entry is reported at that entry's line; the list's other entries
    are still read (before, one entry's IndexError lost a whole Czech list with a traceback)."""
    import pubkit.reading.reader as reader

    real = reader.to_paper

    def failing(item: Any, *args: Any, **kwargs: Any) -> Any:
        if "Boom" in item.block.text:
            raise IndexError("list index out of range")
        return real(item, *args, **kwargs)

    monkeypatch.setattr(reader, "to_paper", failing)
    bib = pubkit.loads(
        "# Ana Lee\n\n## Papers\n\n- Ana Lee. Boom and bust in fisheries. Nature 1 (2020).\n"
        "- Ana Lee. Calm seas in fisheries. Science 2 (2021).\n",
        format="cv",
    )
    assert [p.title for p in bib.papers] == ["Calm seas in fisheries"]
    (problem,) = _errors(bib)
    assert problem.line == 5 and "IndexError" in problem.message
