"""`pubkit format` and `pubkit check`: layout rules, bytes kept, idempotence, planted defects."""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pubkit
from pubkit.check import RULES, bibtex_findings, check, unprotected_words
from pubkit.cli import main
from pubkit.formats._bibscan import Block, BlockKind, ValueKind, scan
from pubkit.formats.bibtex_format import format_bibtex, merge_entries
from tests.conftest import FIXTURES, SEED, shared_file
from tests.test_bibscan import COLLECTIONS, collection

PLANTED = FIXTURES / "check" / "planted.bib"
#: How much of a collection the format tests read: the first 3 MB, cut before a line starting with '@'
#: (five collections are smaller and read whole; ACL 28 MB, DBLP 12 MB and the personal library 10 MB
#: are cut, which keeps the eight under ~25 s; the scanner's round trip still reads every byte).
FORMAT_CUT = 3_000_000


# ---- format: the rules ---------------------------------------------------------------------------


def fmt(text: str, **options: object) -> str:
    return format_bibtex(text, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ('title = "A {GAN} for {\\"U}mlauts"', 'title = {A {GAN} for {\\"U}mlauts}'),
        ("month = {October}", "month = oct"),
        ('month = "Sept."', "month = sep"),
        ("month = {10}", "month = oct"),
        ("month = 3", "month = mar"),
        ("month = OCT", "month = oct"),
        ("month = october", "month = october"),  # a bare word is the file's own macro: left alone
        ("month = {Oct. 15}", "month = {Oct. 15}"),
        ("month = {Summer}", "month = {Summer}"),
        ("doi = {https://doi.org/10.1145/3292500.3330701}", "doi = {10.1145/3292500.3330701}"),
        ("doi = {http://dx.doi.org/10.1145/3292500}", "doi = {10.1145/3292500}"),
        ("doi = { doi:10.1145/3292500 }", "doi = {10.1145/3292500}"),
        ("doi = {not a doi}", "doi = {not a doi}"),
        ("url = {  \\url{https://example.org/a_b}  }", "url = {https://example.org/a_b}"),
        ("url = {https://example.org/x}", "url = {https://example.org/x}"),
        ("journal = jmlr # { vol}", "journal = jmlr # { vol}"),
        ("Year = 2020", "year = 2020"),
        ("abstract = {Keep\n     my   spacing}", "abstract = {Keep\n     my   spacing}"),
    ],
)
def test_field_rules(field: str, expected: str) -> None:
    assert fmt(f"@misc{{k, {field}}}") == f"@misc{{k,\n  {expected}\n}}\n"


def test_empty_fields_are_dropped_and_equals_signs_aligned() -> None:
    text = '@ARTICLE{k,title={T},note={},\n   publisher="",   booktitle  = { },journal={J}}'
    assert fmt(text) == "@article{k,\n  title   = {T},\n  journal = {J}\n}\n"


def test_comments_strings_and_free_text_are_kept_as_written() -> None:
    text = (
        "---\nlayout: none\n---\n\n"
        "%% header   with  spaces\n"
        '@String{ acm = "ACM" }\n'
        "@string{ieee={IEEE}}\n\n\n\n"
        "@comment{jabref-meta: databaseType:bibtex;}\n"
        '@preamble{ "\\newcommand{\\noop}[1]{}" }\n'
        "Some words between entries.\n"
        "@misc{a, publisher = acm}\n"
        "@misc{b,\n  % author = {Commented Out},\n  title = {B}, % why\n}\n"
        "trailing text\n"
    )
    assert fmt(text) == (
        "---\nlayout: none\n---\n\n"
        "%% header   with  spaces\n"
        '@String{ acm = "ACM" }\n'
        "@string{ieee={IEEE}}\n\n"
        "@comment{jabref-meta: databaseType:bibtex;}\n\n"
        '@preamble{ "\\newcommand{\\noop}[1]{}" }\n'
        "Some words between entries.\n"
        "@misc{a,\n  publisher = acm\n}\n\n"
        "@misc{b,\n  % author = {Commented Out},\n  title = {B}\n  % why\n}\n"
        "trailing text\n"
    )


def test_broken_entries_are_kept_as_they_came() -> None:
    broken = "@article{x,\n  title = {never closed,\n  year = 2020\n"
    text = broken + "\n@misc{y, title = {Y}}\n"
    assert fmt(text) == broken + "\n@misc{y,\n  title = {Y}\n}\n"


def test_line_breaks_and_byte_order_mark_are_kept() -> None:
    text = "\ufeff% c\r\n@misc{a,\r\n title = {T}}\r\n"
    assert fmt(text) == "\ufeff% c\r\n@misc{a,\r\n  title = {T}\r\n}\r\n"


SORTABLE = (
    "% file header\n\n"
    '@string{x = "X"}\n\n'
    "% about b\n"
    "@misc{b, author = {Zed, Ann}, year = 2019}\n\n"
    '@misc{A, author = {M{\\"u}ller, Karl and Other, A.}, year = {2021}}\n\n'
    '@string{y = "Y"}\n\n'
    "@misc{c, author = {Adams, Bo}}\n\n"
    "% the end\n"
)


@pytest.mark.parametrize(
    ("sort", "keys"),
    [
        ("key", ["A", "b", "c"]),
        ("-key", ["c", "b", "A"]),
        ("year", ["b", "A", "c"]),
        ("-year", ["A", "b", "c"]),
        ("author", ["c", "A", "b"]),
    ],
)
def test_sorting_moves_entries_with_their_comments_and_keeps_macros_first(sort: str, keys: list[str]) -> None:
    out = fmt(SORTABLE, sort=sort)
    blocks = [b for b in scan(out) if b.kind is not BlockKind.TEXT or b.raw.strip()]
    assert [b.key for b in blocks if b.kind is BlockKind.ENTRY] == keys
    assert [b.kind for b in blocks[:3]] == [BlockKind.TEXT, BlockKind.STRING, BlockKind.STRING]
    before_b = blocks[[b.key for b in blocks].index("b") - 1]
    assert before_b.raw.strip() == "% about b"
    assert out.endswith("% the end\n")
    assert fmt(out, sort=sort) == out


def test_sorting_keeps_crossref_targets_after_the_entries_citing_them() -> None:
    text = (
        "@proceedings{aaai20, title = {AAAI}, year = 2020}\n"
        "@inproceedings{zed, crossref = {AAAI20}, year = 2020}\n"
        "@inproceedings{abe, crossref = {aaai20}, year = 2020}\n"
        "@proceedings{aaai19, title = {AAAI}, year = 2019}\n"
    )
    out = fmt(text, sort="key")
    assert [b.key for b in scan(out) if b.kind is BlockKind.ENTRY] == ["aaai19", "abe", "zed", "aaai20"]


def test_field_order_puts_named_fields_first() -> None:
    text = "@misc{k, year = 2020, note = {N}, title = {T}, author = {A}}"
    out = fmt(text, field_order=["author", "title"])
    assert out == "@misc{k,\n  author = {A},\n  title  = {T},\n  year   = 2020,\n  note   = {N}\n}\n"


def test_unknown_sort_is_refused() -> None:
    with pytest.raises(ValueError, match="sort by one of"):
        fmt("", sort="title")


# ---- format: idempotent, and nothing lost, on generated and real files --------------------------

_NAMES = st.sampled_from(["title", "Author", "month", "doi", "url", "note", "x-custom", "year", "crossref"])
_VALUES = st.sampled_from(
    [
        "{T {X} t}",
        '"q {a} b"',
        "{}",
        '""',
        "{ }",
        "oct",
        "{October}",
        "{10}",
        "2020",
        "mac # { tail}",
        "{https://doi.org/10.1000/abc}",
        "{ \\url{http://x.org} }",
        "{multi\n    line}",
        "{k1}",
        "{Key:2}",
    ]
)
_FIELD = st.tuples(_NAMES, _VALUES).map(lambda f: f"{f[0]} = {f[1]}")
_ENTRY = st.tuples(
    st.sampled_from(["@misc", "@Article", "@inproceedings "]),
    st.sampled_from(["{", "("]),
    st.sampled_from(["k1", "Key:2", "b-3"]),
    st.lists(st.one_of(_FIELD, st.just("% inner comment\n")), max_size=6),
    st.sampled_from([",", ",\n  ", " ,"]),
    st.booleans(),
).map(
    lambda e: (
        f"{e[0]}{e[1]}{e[2]}, "
        + e[4].join(e[3])
        + (e[4] if e[5] else "")
        + ("\n" if e[3] and e[3][-1].endswith("\n") else "")
        + ("}" if e[1] == "{" else ")")
    )
)
_PIECE = st.one_of(
    _ENTRY,
    st.sampled_from(
        [
            "% a comment",
            '@string{m = "M"}',
            "@comment{c {d}}",
            "@Comment line comment",
            '@preamble{"p"}',
            "---\nfront: matter\n---",
            "@article{broken, title = {open",
            "@{nokey,}",
            "words @ and more",
            "\ufeff",
        ]
    ),
)
_GAP = st.sampled_from(["", " ", "\n", "\n\n", "\n\n\n", "\r\n", "\t\n  "])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_GAP, _PIECE), max_size=8),
    _GAP,
    st.sampled_from([None, "key", "-year", "author"]),
)
def test_format_is_idempotent_on_generated_files(
    pieces: list[tuple[str, str]], end: str, sort: str | None
) -> None:
    text = "".join(gap + piece for gap, piece in pieces) + end
    once = fmt(text, sort=sort)
    assert fmt(once, sort=sort) == once
    entries = lambda t: Counter(b.key for b in scan(t) if b.kind is BlockKind.ENTRY)  # noqa: E731
    assert entries(once) == entries(text)


_RULED = frozenset({"month", "doi", "url"})


def _kept_parts(blocks: list[Block]) -> tuple[list[str], list[str], list[list[tuple[str, str]]]]:
    """What formatting must keep byte for byte: free text and broken entries (stripped), @string /
    @preamble / @comment blocks, and each entry's field values no rule applies to."""
    text = [b.raw.strip(" \t\r\n\ufeff") for b in blocks if b.kind in (BlockKind.TEXT, BlockKind.ERROR)]
    commands = [b.raw for b in blocks if b.kind in (BlockKind.STRING, BlockKind.PREAMBLE, BlockKind.COMMENT)]
    fields = [
        [
            (f.name.lower(), f.value)
            for f in b.fields
            if f.name.lower() not in _RULED
            and f.kind is not ValueKind.QUOTES
            and f.inner.strip(" \t\r\n\ufeff")
        ]
        for b in blocks
        if b.kind is BlockKind.ENTRY
    ]
    return [t for t in text if t], commands, fields


@pytest.mark.parametrize("name", COLLECTIONS)
def test_format_keeps_every_comment_string_and_unknown_field_and_is_idempotent(name: str) -> None:
    text = collection(name)
    if len(text) > FORMAT_CUT:
        text = text[: text.find("\n@", FORMAT_CUT) + 1]
    once = format_bibtex(text)
    assert format_bibtex(once) == once
    if "\r\n" in text:  # line breaks follow the file's usual kind (rmlmcfadden mixes both)
        text = text.replace("\r\n", "\n")
    before, after = _kept_parts(scan(text)), _kept_parts(scan(once))
    assert after[0] == before[0]  # comments and free text, in order
    assert after[1] == before[1]  # @string, @preamble, @comment
    assert len(after[2]) == len(before[2])
    for kept, written in zip(before[2], after[2], strict=True):  # every value no rule touches, as written
        assert not Counter(kept) - Counter(written), kept
    known = {"author", "title", "year", "journal", "booktitle", "pages", "volume", "number", "publisher"}
    unknown = sum(1 for entry in before[2] for n, _ in entry if n not in known)
    assert unknown > 0
    if name not in ("acl_anthology_jgrey4296", "contextlab_cdl", "dblp_ijcai_aamas_jgrey4296"):
        assert len(before[0]) + len(before[1]) > 0  # these hold comments or @string macros


# ---- pubkit format on the command line ----------------------------------------------------------


def test_format_check_exits_1_with_a_diff_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text('@misc{k, title = "T"}\n', encoding="utf-8")
    assert main(["format", "--check", str(bib)]) == 1
    out = capsys.readouterr().out
    assert f"--- {bib}" in out
    assert '-@misc{k, title = "T"}' in out
    assert "+  title = {T}" in out
    assert bib.read_text(encoding="utf-8") == '@misc{k, title = "T"}\n'


def test_format_in_place_rewrites_atomically_keeping_permissions(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("@misc{b, year=2}\n@misc{a, year=1}\n", encoding="utf-8")
    bib.chmod(0o640)
    assert main(["format", "--in-place", "--sort", "key", "-q", str(bib)]) == 0
    assert bib.read_text(encoding="utf-8") == "@misc{a,\n  year = 1\n}\n\n@misc{b,\n  year = 2\n}\n"
    assert stat.S_IMODE(os.stat(bib).st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["refs.bib"]  # no temporary file left
    assert main(["format", "--check", str(bib)]) == 0


def test_format_refuses_a_file_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bib = tmp_path / "latin1.bib"
    bib.write_bytes(b"@misc{k,\n title = {M\xfcller}}\n")
    assert main(["format", "--in-place", str(bib)]) == 1
    assert f"{bib}:2: not valid UTF-8" in capsys.readouterr().err
    assert bib.read_bytes() == b"@misc{k,\n title = {M\xfcller}}\n"


def test_format_warns_about_broken_entries_with_their_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("@misc{a}\n\n@misc{b, title = {open\n", encoding="utf-8")
    assert main(["format", str(bib)]) == 0
    captured = capsys.readouterr()
    assert f"{bib}:3: BibTeX syntax: field title: unclosed brace" in captured.err
    assert captured.out == "@misc{a}\n\n@misc{b, title = {open\n"


@pytest.fixture
def seed_bib(tmp_path: Path) -> Path:
    """The seed CV exported as BibTeX with `pubkit convert`."""
    target = tmp_path / "seed.bib"
    assert main(["convert", str(shared_file(SEED)), "-o", str(target), "-q"]) == 0
    return target


def test_format_check_and_check_run_clean_on_the_seed_export(
    seed_bib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["format", "--check", str(seed_bib)]) == 0
    assert main(["check", str(seed_bib)]) == 0
    found = check([str(seed_bib)])
    assert not [f for f in found if f.severity.value == "error"]
    # what it does say is true of the seed: a selected list repeats papers of the full list
    assert {f.rule for f in found} <= {"likely-duplicate", "name-variants", "missing-field"}


# ---- pubkit check: the planted defects -----------------------------------------------------------

PLANTED_FINDINGS = [
    (4, "name-ascii", "'María García'"),
    (4, "name-initials", "'John Smith'"),
    (9, "doi-url", "should be '10.1234/jmlr.2020.1'"),
    (12, "duplicate-key", "already used at line 4"),
    (19, "missing-field", "missing journal"),
    (25, "name-variants", "'Jung-woo Lee'"),
    (28, "doi-invalid", "'not-a-doi'"),
    (29, "year-invalid", "'20x1'"),
    (35, "arxiv-url", "should be '2101.00001'"),
    (37, "year-future", "2999"),
    (40, "arxiv-invalid", "'arXiv:abc'"),
    (44, "title-unprotected", "BERT, ImageNet, Bayesian"),
    (56, "venue-variants", "'NeurIPS 2021'"),
    (70, "likely-duplicate", "copy2019again"),
    (82, "duplicate-field", "year given 2 times"),
    (85, "syntax", "unclosed brace"),
    (100, "inner-comment", "'% note = {commented out},'"),
    (106, "stray-fields", "entry escaped2023braces (line 104) closed early"),
]


def test_every_planted_defect_is_found_at_its_line_and_nothing_else() -> None:
    found = check([str(PLANTED)], this_year=2026)
    got = [(f.line, f.rule) for f in found]
    assert got == [(line, rule) for line, rule, _ in PLANTED_FINDINGS]
    for finding, (_, _, words) in zip(found, PLANTED_FINDINGS, strict=True):
        assert words in finding.message
        assert finding.path == str(PLANTED)
        assert finding.severity is RULES[finding.rule][0]


def test_check_text_output_exit_status_and_disabled_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(PLANTED), "--no-duplicates"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert (
        f"{PLANTED}:12: error: entry smith2020deep: the key is already used at line 4 [duplicate-key]" in out
    )
    errors = [
        "syntax",
        "duplicate-key",
        "doi-invalid",
        "year-invalid",
        "arxiv-invalid",
        "inner-comment",
        "stray-fields",
    ]
    args = ["check", str(PLANTED), "--no-duplicates", *(f"--disable={r}" for r in errors)]
    assert main(args) == 0
    assert main([*args, "--fail-on", "warning"]) == 1
    assert not any(f"[{r}]" in line for r in errors for line in capsys.readouterr().out.splitlines())


def test_check_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(PLANTED), "--format", "json", "--disable", "likely-duplicate"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["errors"] == 7
    assert {"path", "line", "rule", "severity", "message"} == set(document["findings"][0])
    assert [f["line"] for f in document["findings"]] == [
        line for line, rule, _ in PLANTED_FINDINGS if rule != "likely-duplicate"
    ]


def test_rules_switched_off_in_pubkit_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pubkit.toml").write_text('[check]\ndisable = ["name-ascii", "title-unprotected"]\n')
    monkeypatch.chdir(tmp_path)
    main(["check", str(PLANTED), "--no-duplicates"])
    out = capsys.readouterr().out
    assert "[name-ascii]" not in out
    assert "[title-unprotected]" not in out
    assert "[name-initials]" in out


def test_an_unknown_rule_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(PLANTED), "--disable", "no-such-rule"])
    assert exit_.value.code == 2
    assert "unknown check rule(s) no-such-rule" in capsys.readouterr().err


def test_check_reads_other_formats(tmp_path: Path) -> None:
    papers = [
        {
            "id": "a",
            "type": "paper-conference",
            "title": "On Graphs",
            "author": [{"family": "Müller", "given": "Karl"}],
            "issued": {"date-parts": [[2021]]},
            "container-title": "NeurIPS 2021",
        },
        {
            "id": "b",
            "type": "paper-conference",
            "title": "On Trees",
            "author": [{"family": "Muller", "given": "Karl"}],
            "issued": {"date-parts": [[2021]]},
            "container-title": "Advances in Neural Information Processing Systems 34",
        },
    ]
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(papers), encoding="utf-8")
    rules = {f.rule for f in check([str(path)])}
    assert {"name-ascii", "venue-variants"} <= rules


def test_a_missing_file_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "no/such/file.bib"]) == 1
    assert capsys.readouterr().err.startswith("pubkit: error: no/such/file.bib: cannot read")


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("{BERT}: Pre-training of Deep Bidirectional Transformers", []),
        ("BERT: Pre-training of Deep Bidirectional Transformers", ["BERT"]),
        ("{{Learning with GANs in Paris}}", []),
        ("Learning with {GAN}s", []),
        ("Learning with GANs", ["GANs"]),
        ("A study of $O(n)$ algorithms on {I}mage{N}et", []),
        ("Learning from ImageNet with \\emph{CNN} models", ["ImageNet"]),
    ],
)
def test_unprotected_title_words(title: str, words: list[str]) -> None:
    assert unprotected_words(title) == words


# ---- pubkit format --dedupe -----------------------------------------------------------------------


def test_merge_entries_keeps_what_the_copies_add() -> None:
    text = (
        "@article{a2020, title = {Deep Nets}, author = {Lee, Ann}, year = 2020}\n"
        "% the copy from Scholar\n"
        "@article{lee2020deep, Title = {Deep nets}, author = {Lee, Ann}, year = {2020},\n"
        "  doi = {10.1145/1}, % checked\n  ids = {old}}\n"
    )
    merged = merge_entries(text, [[1, 3]])
    (entry,) = [b for b in scan(merged) if b.kind is BlockKind.ENTRY]
    assert [(f.name, f.value) for f in entry.fields] == [
        ("title", "{Deep Nets}"),
        ("author", "{Lee, Ann}"),
        ("year", "2020"),
        ("pubkit-merged-title", "{Deep nets}"),
        ("doi", "{10.1145/1}"),
        ("ids", "{lee2020deep, old}"),
    ]
    assert [c.text for c in entry.comments] == ["% checked"]
    assert "% the copy from Scholar" in merged


def test_format_dedupe_merges_the_seed_export_once(
    seed_bib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["format", "--dedupe", "--in-place", str(seed_bib)]) == 0
    assert "duplicate groups" in capsys.readouterr().err
    text = seed_bib.read_text(encoding="utf-8")
    entries = [b for b in scan(text) if b.kind is BlockKind.ENTRY]
    assert len(entries) == len(pubkit.load(str(seed_bib))) == 33  # 44 records, 11 duplicate groups
    assert sum(1 for e in entries if e.field("ids")) == 11
    assert main(["format", "--dedupe", "--check", str(seed_bib)]) == 0
    assert not [f for f in check([str(seed_bib)]) if f.rule == "likely-duplicate"]


def test_check_names_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.bib"
    path.write_bytes(b"@misc{k, author = {M\xfcller, Karl}, title = {T}, year = 2020}\n")
    (finding,) = check([str(path)])
    assert (finding.rule, finding.line, finding.severity.value) == ("encoding", 1, "warning")


def test_format_names_a_missing_file_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["format", "no/such/refs.bib"]) == 1
    assert (
        capsys.readouterr().err == "pubkit: error: no/such/refs.bib: cannot read: No such file or directory\n"
    )


@pytest.mark.parametrize(
    ("entry", "missing"),
    [
        ("@article{k, author = {A}, title = {T}, journal = {J}, year = 2020}", None),
        ("@article{k, author = {A}, title = {T}, journaltitle = {J}, date = {2020-05}}", None),  # biblatex
        ("@article{k, author = {A}, title = {T}, journal = {}, year = 2020}", "missing journal"),
        ("@book{k, editor = {E}, title = {T}, publisher = {P}, year = 2020}", None),
        ("@book{k, title = {T}, publisher = {P}, year = 2020}", "missing author or editor"),
        ("@inbook{k, author = {A}, title = {T}, publisher = {P}, year = 2020}", "missing chapter or pages"),
        ("@phdthesis{k, author = {A}, title = {T}, year = 2020}", "missing school"),
        ("@thesis{k, author = {A}, title = {T}, institution = {U}, year = 2020}", None),
        ("@online{k, author = {A}, title = {T}, year = 2020}", "missing url or doi or eprint"),
        ("@misc{k}", None),
        ("@unknowntype{k}", None),
        # fields a crossref'd entry gives count; a target in another file is not second-guessed
        (
            "@inproceedings{k, author = {A}, title = {T}, crossref = {p}}\n"
            "@proceedings{p, booktitle = {B}, year = 2020, title = {P}}",
            None,
        ),
        ("@inproceedings{k, author = {A}, title = {T}, crossref = {elsewhere}}", None),
    ],
)
def test_required_fields_per_entry_type(entry: str, missing: str | None) -> None:
    found = [f.message for f in bibtex_findings(entry, this_year=2026) if f.rule == "missing-field"]
    if missing is None:
        assert found == []
    else:
        assert len(found) == 1
        assert found[0].endswith(missing)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_GAP, _PIECE), max_size=8), _GAP)
def test_check_never_fails_on_generated_files(pieces: list[tuple[str, str]], end: str) -> None:
    text = "".join(gap + piece for gap, piece in pieces) + end
    for finding in bibtex_findings(text, this_year=2026):
        assert finding.rule in RULES
        assert finding.line is not None and 1 <= finding.line <= text.count("\n") + 1


def test_a_bad_check_table_in_pubkit_toml_is_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pubkit.toml").write_text('[check]\ndisable = ["no-such-rule"]\n')
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(PLANTED)]) == 1
    assert capsys.readouterr().err == (
        "pubkit: error: pubkit.toml: [check] disable must list rule ids; no-such-rule is not one\n"
    )
