"""The lossless BibTeX scanner: exact round trips, pybtex's reading of every entry it accepts, recovery."""

from __future__ import annotations

import gzip
import re
from functools import lru_cache

import pybtex.database
import pybtex.errors
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pubkit.formats._bibscan import BlockKind, ValueKind, expand, scan, value_parts
from tests.conftest import BIB_COLLECTIONS, SHARED, shared_file

CORPUS = SHARED / "bib-corpus"
COLLECTIONS = BIB_COLLECTIONS
#: Characters of each window of a collection that pybtex reads (pybtex needs ~0.7 s per MB; the
#: whole corpus would take a minute and more, so the differential test samples three windows per file).
WINDOW = 120_000


@lru_cache(maxsize=2)
def collection(name: str) -> str:
    """A collection's text, decoded as UTF-8 with replacement (some files hold stray Latin-1 bytes)."""
    return gzip.decompress(shared_file(CORPUS / f"{name}.bib.gz").read_bytes()).decode("utf-8", "replace")


def windows(text: str) -> list[str]:
    """The start, middle and end of a text, each cut at lines starting with '@' (never inside an entry)."""
    out = []
    for begin in (0, len(text) // 2, max(0, len(text) - WINDOW)):
        start = 0 if begin == 0 else text.find("\n@", begin) + 1
        stop = text.find("\n@", start + WINDOW)
        out.append(text[start : len(text) if stop < 0 else stop + 1])
    return out


Reading = dict[str, dict[str, str | None]]


def pybtex_reading(text: str) -> tuple[Reading, set[str]]:
    """pybtex's entries (lower-cased key -> lower-cased field name -> value, None for person fields,
    which pybtex splits into names) and the keys of the entries it reported an error in (refused)."""
    with pybtex.errors.capture() as errors:
        data = pybtex.database.parse_string(text, "bibtex")
    refused = set()
    for error in errors:
        info = getattr(error, "error_context_info", None)
        if info and isinstance(info[0], int):
            head = re.match(r"@\s*[^{(\s]*\s*[{(]\s*([^\s,}]+)", text[info[0] :])
            if head:
                refused.add(head.group(1).lower())
        key = getattr(error, "key", None) or re.search(r"key (\S+)", str(error))
        if isinstance(key, re.Match):
            refused.add(key.group(1).lower())
    entries: Reading = {}
    for key, entry in data.entries.items():
        fields: dict[str, str | None] = {n.lower(): str(v) for n, v in entry.fields.items()}
        fields.update(dict.fromkeys((n.lower() for n in entry.persons), None))
        entries[key.lower()] = fields
    return entries, refused


def scanned_entries(text: str, expanded: set[tuple[str, str]] | None = None) -> Reading:
    """The scanner's entries like `pybtex_reading`'s: the first field of a name, its value expanded
    (`@string` macros defined so far, months, `#` joins) with white space collapsed; the (key, field)
    pairs whose value named a macro or joined parts are added to `expanded`."""
    out: Reading = {}
    macros: dict[str, str] = {}
    for block in scan(text):
        if block.kind is BlockKind.STRING:
            macros[block.fields[0].name.lower()] = expand(block.fields[0].value, macros)[0]
        if block.kind is not BlockKind.ENTRY or block.key is None or block.key.lower() in out:
            continue
        fields: dict[str, str | None] = {}
        for f in block.fields:
            fields.setdefault(f.name.lower(), " ".join(expand(f.value, macros)[0].split()))
            if (
                expanded is not None
                and f.kind in (ValueKind.BARE, ValueKind.CONCAT)
                and not f.value.isdigit()
            ):
                expanded.add((block.key.lower(), f.name.lower()))
        out[block.key.lower()] = fields
    return out


@pytest.mark.parametrize("name", COLLECTIONS)
def test_round_trip_is_exact_on_every_collection(name: str) -> None:
    text = collection(name)
    blocks = scan(text)
    assert "".join(b.raw for b in blocks) == text
    assert [b.start for b in blocks] == [0, *(b.start + len(b.raw) for b in blocks[:-1])]
    lines = [b.line for b in blocks]
    assert lines == sorted(lines)
    assert lines[-1] == text.count("\n", 0, blocks[-1].start) + 1


@pytest.mark.parametrize("name", COLLECTIONS)
def test_scanner_reads_what_pybtex_accepts(name: str) -> None:
    compared = values = macros_used = 0
    for part in windows(collection(name)):
        expected, refused = pybtex_reading(part)
        macro_values: set[tuple[str, str]] = set()
        found = scanned_entries(part, macro_values)
        for key, fields in expected.items():
            if key in refused:
                continue
            assert key in found, f"{name}: pybtex reads entry {key}, the scanner does not"
            assert found[key].keys() == fields.keys(), f"{name}: entry {key}"
            for field, value in found[key].items():
                if value is not None and fields[field] is not None:
                    assert value == fields[field], f"{name}: entry {key}, field {field}"
                    values += 1
                    macros_used += (key, field) in macro_values
            compared += 1
        invented = set(found) - set(expected) - refused
        assert not invented, f"{name}: the scanner reads entries pybtex does not see: {sorted(invented)[:5]}"
    assert compared > 50
    assert values > 2 * compared  # several values of each entry compared, not only its field names
    assert macros_used > 0 or name not in ("iridia_references", "krr_up", "cryptobib_db")


def kinds(text: str) -> list[tuple[str, int, str | None]]:
    return [(b.kind.value, b.line, b.key) for b in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("no entries at all\n", [("text", 1, None)]),
        ("@article{a, title={T}}", [("entry", 1, "a")]),
        ("@article(a, title={T})\n", [("entry", 1, "a"), ("text", 1, None)]),
        ("@misc{a}\n@misc(b)", [("entry", 1, "a"), ("text", 1, None), ("entry", 2, "b")]),
        # a commented-out entry is text; an e-mail address is text
        ("% @article{x, title={T}}\nmail me@example.org\n", [("text", 1, None)]),
        # @comment: balanced braces make one block; without braces it ends with its line
        ("@comment{jabref-meta: {x}}\n", [("comment", 1, None), ("text", 1, None)]),
        (
            "@Comment 1215.bib -*- mode: BibTeX -*-\n@misc{a}",
            [("comment", 1, None), ("text", 1, None), ("entry", 2, "a")],
        ),
        (
            "@comment{\n@misc{a}\n",
            [("comment", 1, None), ("text", 1, None), ("entry", 2, "a"), ("text", 2, None)],
        ),
        (
            '@string{acm = "ACM"}\n@preamble{"\\newcommand{\\x}{y}"}\n',
            [("string", 1, None), ("text", 1, None), ("preamble", 2, None), ("text", 2, None)],
        ),
        # broken commands: error blocks up to the next line starting a command
        ("@{WASSA,\n}\n\n@misc{a}", [("error", 1, None), ("entry", 4, "a")]),
        (
            "@article{a, title = {unclosed,\n year = 2020}\n@misc{b}\n",
            [("error", 1, None), ("entry", 3, "b"), ("text", 3, None)],
        ),
        ("@article{a, title = {T} year = 2020}\n\n@misc{b}", [("error", 1, None), ("entry", 3, "b")]),
        ("@article{title = {T}}\n", [("error", 1, None)]),
        ("@article{a, title = }", [("error", 1, None)]),
        ('@article{a, title = "unbalanced } brace"}\n', [("error", 1, None)]),
        ("@misc\n@misc{a}", [("error", 1, None), ("entry", 2, "a")]),
    ],
)
def test_blocks_and_their_lines(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert kinds(text) == expected
    assert "".join(b.raw for b in scan(text)) == text


def test_field_values_are_kept_as_written_with_their_delimiters() -> None:
    text = (
        "@Article{Key:2020,\n"
        "  Title = {The {DNA} of\n    {BibTeX}},\n"
        '  journal = "J. " # jacm # {, vol},\n'
        '  note = "quoted {with "quote" inside}",\n'
        "  month = oct, year = 2020,\n"
        "  % note = {commented out},\n"
        "  pages = {1--2}, % trailing remark\n"
        "}"
    )
    (entry,) = scan(text)
    assert (entry.command, entry.key) == ("Article", "Key:2020")
    got = [(f.name, f.value, f.kind, f.line) for f in entry.fields]
    assert got == [
        ("Title", "{The {DNA} of\n    {BibTeX}}", ValueKind.BRACES, 2),
        ("journal", '"J. " # jacm # {, vol}', ValueKind.CONCAT, 4),
        ("note", '"quoted {with "quote" inside}"', ValueKind.QUOTES, 5),
        ("month", "oct", ValueKind.BARE, 6),
        ("year", "2020", ValueKind.BARE, 6),
        ("pages", "{1--2}", ValueKind.BRACES, 8),
    ]
    assert entry.fields[0].inner == "The {DNA} of\n    {BibTeX}"
    assert [(c.text, c.line, c.after) for c in entry.comments] == [
        ("% note = {commented out},", 7, 5),
        ("% trailing remark", 8, 6),
    ]
    assert entry.field("TITLE") is entry.fields[0]


def test_error_blocks_say_what_is_wrong() -> None:
    blocks = scan("@article{a,\n  title = {T},\n  year = {2020\n}\n\n@misc{b, note = {n}}\n")
    assert blocks[0].kind is BlockKind.ERROR
    assert "year" in blocks[0].message
    assert "never closes" in blocks[0].message
    assert blocks[1].key == "b"


def test_an_unclosed_brace_costs_only_its_own_entry_however_many_follow() -> None:
    entries = "".join(f"@misc{{k{i}, title = {{T{i}}}}}\n" for i in range(200))
    blocks = scan("@article{broken, title = {never closed\n" + entries)
    assert blocks[0].kind is BlockKind.ERROR
    assert sum(b.kind is BlockKind.ENTRY for b in blocks) == 200


_ALPHABET = st.sampled_from([*'@{}()"#%=,\n \tax1', "@article", "@string", "@comment", "title", "\r\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_any_text_scans_without_error_and_joins_back(text: str) -> None:
    blocks = scan(text)
    assert "".join(b.raw for b in blocks) == text
    for block in blocks:
        assert block.line == text.count("\n", 0, block.start) + 1


def _one_group(value: str) -> bool:
    """Whether `value` is one balanced brace group (`{a {b}}`, not `{}{}` or `{a}}`)."""
    depth = 0
    for n, char in enumerate(value):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth <= 0 and n < len(value) - 1:
            return False
    return depth == 0


_VALUE = st.one_of(
    st.from_regex(r"\{[a-zA-Z ,.\-\\{}]{0,12}\}", fullmatch=True).filter(_one_group),
    st.from_regex(r'"[a-zA-Z ,.]{0,12}"', fullmatch=True),
    st.from_regex(r"[0-9]{1,4}|[a-z]{2,6}", fullmatch=True),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True), _VALUE), max_size=8),
    st.sampled_from([",\n  ", ", ", " ,\n\t"]),
)
def test_generated_entries_give_back_their_fields(fields: list[tuple[str, str]], sep: str) -> None:
    text = "@misc{key" + "".join(f"{sep}{n} = {v}" for n, v in fields) + "\n}\n"
    blocks = scan(text)
    assert blocks[0].kind is BlockKind.ENTRY, blocks[0].message
    assert [(f.name, f.value) for f in blocks[0].fields] == fields


@pytest.mark.parametrize(
    ("value", "parts", "expanded"),
    [
        ("{A {B} c}", ["{A {B} c}"], ("A {B} c", [])),
        ('"q {"} x"', ['"q {"} x"'], ('q {"} x', [])),
        ("2020", ["2020"], ("2020", [])),
        ("OCT", ["OCT"], ("October", [])),
        ('jacm # " " # {vol # 1}', ["jacm", '" "', "{vol # 1}"], ("Journal of the ACM vol # 1", [])),
        ("nodef # {x}", ["nodef", "{x}"], ("x", ["nodef"])),
    ],
)
def test_values_split_at_hashes_and_expand(
    value: str, parts: list[str], expanded: tuple[str, list[str]]
) -> None:
    assert value_parts(value) == parts
    assert expand(value, {"jacm": "Journal of the ACM"}) == expanded
