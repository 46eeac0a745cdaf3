"""Problems with a kind and a severity; every entry is one paper or one error; readers survive bad input."""

from __future__ import annotations

import json

import pytest

import pubkit
from pubkit import Problem, Severity
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
@article{untitled, author={C. Author}, journal={J}, year={2020}}
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
