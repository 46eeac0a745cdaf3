"""`pubkit check`: findings about bibliography files, each with file:line, a rule id and a severity.

Any readable format goes through `pubkit.loads` (names, venues, duplicates, years); `.bib` files are
also scanned with the lossless scanner for what only the raw text shows (duplicate keys, required
fields, DOI and arXiv spelling, unprotected capitals in titles). Rules are switched off by id, on the
command line or in `pubkit.toml` (`[check] disable = ["title-unprotected"]`).
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from pubkit.bibliography import Bibliography
from pubkit.config import CONFIG_NAME, load_config
from pubkit.dedup import find_duplicates
from pubkit.errors import KINDS, ParseError, Severity
from pubkit.formats import guess_format
from pubkit.formats._bibscan import Block, BlockKind, Field, ValueKind, scan
from pubkit.formats._latex import auto_protected
from pubkit.io import decode, loads
from pubkit.model import Identifiers, Paper, arxiv_id
from pubkit.names import fold, is_initials
from pubkit.venues import venue_identity, venue_words

__all__ = ["RULES", "Finding", "check", "check_settings", "findings_to_json"]

#: Rule id -> (severity, what it finds). Problems met while reading keep their `Problem.kind` as id.
RULES: dict[str, tuple[Severity, str]] = {
    "syntax": (Severity.ERROR, "a BibTeX command that cannot be read (kept as it is by pubkit format)"),
    "duplicate-key": (Severity.ERROR, "two entries with one citation key"),
    "stray-fields": (
        Severity.ERROR,
        "fields after an entry's end: a brace in a value closed the entry early",
    ),
    "inner-comment": (Severity.ERROR, "a '%' line inside an entry: BibTeX and pybtex read no comments there"),
    "duplicate-field": (Severity.WARNING, "a field given twice in one entry"),
    "missing-field": (Severity.WARNING, "a field BibTeX requires for the entry type is missing"),
    "doi-invalid": (Severity.ERROR, "a doi that is not a DOI (10.NNNN/...)"),
    "doi-url": (Severity.WARNING, "a DOI written as a URL or with 'doi:' (pubkit format strips it)"),
    "arxiv-invalid": (Severity.ERROR, "an arXiv eprint that is not an arXiv id"),
    "arxiv-url": (Severity.WARNING, "an arXiv id written as a URL or with 'arXiv:'"),
    "year-invalid": (Severity.ERROR, "a year that is not a four-digit number"),
    "year-future": (Severity.WARNING, "a year after next year"),
    "title-unprotected": (Severity.WARNING, "acronyms or proper nouns in a title a style would lower-case"),
    "name-variants": (Severity.WARNING, "one person written several ways (case, hyphens, accents)"),
    "name-initials": (
        Severity.WARNING,
        "one person written with initials in some entries, in full in others",
    ),
    "name-ascii": (Severity.WARNING, "an accented name also written without its accents"),
    "venue-variants": (Severity.WARNING, "one venue in one year written several ways"),
    "likely-duplicate": (Severity.WARNING, "two entries that look like the same paper"),
    **{
        kind: (Severity.WARNING, text)
        for kind, text in KINDS.items()
        if kind not in ("syntax", "duplicate-key")
    },
}

#: Fields BibTeX's standard styles require, per entry type (btxdoc); "a|b" means either.
REQUIRED: dict[str, tuple[str, ...]] = {
    "article": ("author", "title", "journal", "year"),
    "book": ("author|editor", "title", "publisher", "year"),
    "booklet": ("title",),
    "conference": ("author", "title", "booktitle", "year"),
    "inbook": ("author|editor", "title", "chapter|pages", "publisher", "year"),
    "incollection": ("author", "title", "booktitle", "publisher", "year"),
    "inproceedings": ("author", "title", "booktitle", "year"),
    "manual": ("title",),
    "mastersthesis": ("author", "title", "school", "year"),
    "phdthesis": ("author", "title", "school", "year"),
    "proceedings": ("title", "year"),
    "techreport": ("author", "title", "institution", "year"),
    "unpublished": ("author", "title", "note"),
    # biblatex's own types
    "online": ("author|editor", "title", "year", "url|doi|eprint"),
    "report": ("author", "title", "institution", "year"),
    "thesis": ("author", "title", "institution", "year"),
}
#: biblatex names for BibTeX's fields: either satisfies a requirement.
_ALIASES = {"year": ("date",), "journal": ("journaltitle",), "school": ("institution",)}
_NEXT_YEARS = 1  # a paper accepted now may carry next year's date
_VALUE_RULES = frozenset({"doi-invalid", "arxiv-invalid", "year-invalid"})
_SCANNED = frozenset({"duplicate-key", "duplicate-field"})
_LOST = frozenset({"syntax", "unreadable-entry"})
_YEAR = re.compile(r"\d{4}")
# `author = {...` right after an entry (the lookbehinds keep a search from rescanning a run of letters)
_STRAY_FIELD = re.compile(r"(?<![\s,])[\s,]*(?<![\w\-])([A-Za-z][\w\-]*\s*=\s*[{\"\w])")
_DATE_YEAR = re.compile(r"^(\d{4})")
_NO_PROTECTION = re.compile(r"[{}\\$]")
_DEPTH_ZERO_SPACE = re.compile(r"[{}]|\s+")


@frozen
class Finding:
    """One thing `pubkit check` found: where (file:line), which rule, how bad, and what."""

    rule: str
    severity: Severity
    message: str
    path: str | None = None
    line: int | None = None

    @property
    def location(self) -> str:
        where = self.path or "<input>"
        return f"{where}:{self.line}" if self.line is not None else where

    def __str__(self) -> str:
        return f"{self.location}: {self.severity.value}: {self.message} [{self.rule}]"

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
        }


def _finding(rule: str, message: str, path: str | None, line: int | None) -> Finding:
    return Finding(rule, RULES[rule][0], message, path, line)


# ---- rules on the raw BibTeX ---------------------------------------------------------------------


def _plain(field: Field | None) -> str | None:
    """A single braced, quoted or numeric value's text; None for macros and `#` joins (unknown here)."""
    if field is None or field.kind is ValueKind.CONCAT:
        return None
    if field.kind is ValueKind.BARE:
        return field.value if field.value.isdigit() else None
    return field.inner.strip()


def _missing(entry: Block, present: set[str]) -> list[str]:
    missing = []
    for need in REQUIRED.get(entry.command.lower(), ()):
        options = need.split("|")
        if not any(o in present or any(a in present for a in _ALIASES.get(o, ())) for o in options):
            missing.append(" or ".join(options))
    return missing


def _identifier_findings(entry: Block, path: str | None) -> list[Finding]:
    out = []
    doi = entry.field("doi")
    value = _plain(doi)
    if doi is not None and value:
        try:
            bare = Identifiers(doi=value).doi
        except ValueError:
            out.append(
                _finding("doi-invalid", f"entry {entry.key}: doi {value!r} is not a DOI", path, doi.line)
            )
        else:
            if bare != value:
                out.append(
                    _finding(
                        "doi-url", f"entry {entry.key}: doi {value!r} should be {bare!r}", path, doi.line
                    )
                )
    prefix = _plain(entry.field("archiveprefix")) or _plain(entry.field("eprinttype")) or ""
    for field in (entry.field("eprint") if prefix.lower() == "arxiv" else None, entry.field("arxiv")):
        value = _plain(field)
        if field is None or not value:
            continue
        bare_id = arxiv_id(value)
        if bare_id is None:
            message = f"entry {entry.key}: {field.name} {value!r} is not an arXiv id"
            out.append(_finding("arxiv-invalid", message, path, field.line))
        elif bare_id != value:
            message = f"entry {entry.key}: {field.name} {value!r} should be {bare_id!r}"
            out.append(_finding("arxiv-url", message, path, field.line))
    return out


def _year_findings(entry: Block, path: str | None, this_year: int) -> list[Finding]:
    field = entry.field("year")
    value = _plain(field)
    if field is None or value is None:
        field = entry.field("date")
        value = _plain(field)
        found = _DATE_YEAR.match(value) if value else None
        value = found.group(1) if found else value
    if field is None or value is None or not value:
        return []
    if not _YEAR.fullmatch(value):
        return [
            _finding(
                "year-invalid", f"entry {entry.key}: {field.name} {value!r} is not a year", path, field.line
            )
        ]
    if int(value) > this_year + _NEXT_YEARS:
        return [
            _finding("year-future", f"entry {entry.key}: year {value} is in the future", path, field.line)
        ]
    return []


def unprotected_words(title: str) -> list[str]:
    r"""Words of a raw BibTeX title that `protect_title` would brace but the title leaves open.

    >>> unprotected_words(r"{BERT}: Pre-training on ImageNet with Bayesian methods for learning {GAN}s")
    ['ImageNet', 'Bayesian']
    """
    tokens: list[tuple[str, bool]] = []  # (text without braces, whether the token is open to lower-casing)
    depth, start, has_brace = 0, 0, False
    for match in _DEPTH_ZERO_SPACE.finditer(title + " "):
        char = match.group()
        if char == "{":
            depth, has_brace = depth + 1, True
        elif char == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            raw = title[start : match.start()]
            if raw:
                tokens.append(
                    (raw.replace("{", "").replace("}", ""), not has_brace and not _NO_PROTECTION.search(raw))
                )
            start, has_brace = match.end(), False
    text = " ".join(t for t, _ in tokens)
    offsets, position = [], 0
    for token, _ in tokens:
        offsets.append(position)
        position += len(token) + 1
    out = []
    for begin, _end in auto_protected(text):
        index = max(i for i, o in enumerate(offsets) if o <= begin)
        word, open_ = tokens[index]
        if open_ and word not in out:
            out.append(word.strip(".,:;!?()\"'"))
    return out


def _title_findings(entry: Block, path: str | None) -> list[Finding]:
    field = entry.field("title")
    if field is None or field.kind not in (ValueKind.BRACES, ValueKind.QUOTES):
        return []
    inner = field.inner
    if inner.startswith("{") and inner.endswith("}") and _balanced_whole(inner):
        return []  # the whole title is protected
    words = unprotected_words(inner)
    if not words:
        return []
    listed = ", ".join(words[:6]) + (", ..." if len(words) > 6 else "")
    message = (
        f"entry {entry.key}: title words a style would lower-case: {listed} (brace them: {{{words[0]}}})"
    )
    return [_finding("title-unprotected", message, path, field.line)]


def _balanced_whole(value: str) -> bool:
    """Whether `{...}` spans the whole value (not `{A} and {B}`)."""
    depth = 0
    for n, char in enumerate(value):
        depth += 1 if char == "{" else -1 if char == "}" else 0
        if depth == 0 and n < len(value) - 1:
            return False
    return depth == 0


def bibtex_findings(
    text: str, *, path: str | None = None, this_year: int | None = None, blocks: Sequence[Block] | None = None
) -> list[Finding]:
    """What the raw text of a `.bib` file shows: syntax, keys, required fields, identifiers, years, titles.

    `blocks` are the text's scanned blocks, when the caller has them already.
    """
    year = this_year or datetime.date.today().year
    blocks = scan(text) if blocks is None else blocks
    entries = [b for b in blocks if b.kind is BlockKind.ENTRY]
    by_key: dict[str, Block] = {}
    out: list[Finding] = []
    previous: Block | None = None
    cut_short: set[int] = set()  # entries closed early: their missing fields are said by stray-fields
    for block in blocks:
        if block.kind is BlockKind.ERROR:
            out.append(_finding("syntax", f"BibTeX syntax: {block.message}", path, block.line))
        elif (
            block.kind is BlockKind.TEXT and previous is not None and (stray := _STRAY_FIELD.match(block.raw))
        ):
            line = block.line + block.raw[: stray.start(1)].count("\n")
            hint = r" (BibTeX counts \{ and \} as braces too)" if re.search(r"\\[{}]", previous.raw) else ""
            message = (
                f"fields outside any entry: entry {previous.key} (line {previous.line}) closed early{hint}"
            )
            out.append(_finding("stray-fields", message, path, line))
            cut_short.add(previous.line)
        if block.kind is BlockKind.ENTRY:
            previous = block
        elif block.kind is not BlockKind.TEXT:
            previous = None
    for entry in entries:
        assert entry.key is not None
        first = by_key.setdefault(entry.key.lower(), entry)
        if first is not entry:
            message = f"entry {entry.key}: the key is already used at line {first.line}"
            out.append(_finding("duplicate-key", message, path, entry.line))
    for entry in entries:
        if entry.comments:
            comment = entry.comments[0].text[:40]
            message = f"entry {entry.key}: {comment!r} inside the entry; BibTeX and pybtex fail on it"
            out.append(_finding("inner-comment", message, path, entry.comments[0].line))
        names = [f.name.lower() for f in entry.fields]
        for name, count in Counter(names).items():
            if count > 1:
                line = [f.line for f in entry.fields if f.name.lower() == name][1]
                out.append(
                    _finding(
                        "duplicate-field", f"entry {entry.key}: field {name} given {count} times", path, line
                    )
                )
        present = {n for n, f in zip(names, entry.fields, strict=True) if _plain(f) != ""}
        crossref = _plain(entry.field("crossref")) or _plain(entry.field("xdata"))
        parent = by_key.get(crossref.lower()) if crossref else None
        if parent is not None:
            present |= {f.name.lower() for f in parent.fields}
        missing = [] if entry.line in cut_short or (crossref and parent is None) else _missing(entry, present)
        if missing:
            message = f"entry {entry.key} (@{entry.command.lower()}): missing {', '.join(missing)}"
            out.append(_finding("missing-field", message, path, entry.line))
        out += _identifier_findings(entry, path)
        out += _year_findings(entry, path, year)
        out += _title_findings(entry, path)
    return out


# ---- rules on the papers read (any format) -------------------------------------------------------


def _where(paper: Paper) -> tuple[str | None, int | None]:
    return (paper.source.path, paper.source.line) if paper.source else (None, None)


def _places(papers: Sequence[Paper], limit: int = 3) -> str:
    spots = [f"{p.source.path or '<input>'}:{p.source.line}" for p in papers[:limit] if p.source]
    return ", ".join(spots) + (f" and {len(papers) - limit} more" if len(papers) > limit else "")


def _variant_findings(groups: dict[str, dict[str, list[Paper]]], rule: str, what: str) -> list[Finding]:
    """One finding per less common form of a group written in several forms."""
    out = []
    for forms in groups.values():
        if len(forms) < 2:
            continue
        ranked = sorted(forms.items(), key=lambda item: (-len(item[1]), item[0]))
        common, common_papers = ranked[0]
        for form, papers in ranked[1:]:
            path, line = _where(papers[0])
            message = (
                f"{what} {form!r} ({len(papers)}x) is written {common!r} in {len(common_papers)} other "
                f"entries ({_places(common_papers)})"
            )
            out.append(_finding(rule, message, path, line))
    return out


def name_findings(papers: Sequence[Paper]) -> list[Finding]:
    """One person written several ways: same name key, different spelling; accents dropped; initials."""
    by_key: dict[str, dict[str, list[Paper]]] = defaultdict(lambda: defaultdict(list))
    for paper in papers:
        for author in paper.authors:
            by_key[author.key][" ".join(author.name.split())].append(paper)
    ascii_groups: dict[str, dict[str, list[Paper]]] = {}
    spelling_groups: dict[str, dict[str, list[Paper]]] = {}
    for key, forms in by_key.items():
        accented = [f for f in forms if not f.isascii()]
        plain = [f for f in forms if f.isascii() and any(fold(f) == fold(a) for a in accented)]
        if accented and plain:
            ascii_groups[key] = {f: forms[f] for f in (*accented, *plain)}
            rest = {f: v for f, v in forms.items() if f not in plain}
        else:
            rest = dict(forms)
        spelling_groups[key] = rest
    out = _variant_findings(ascii_groups, "name-ascii", "name")
    out += _variant_findings(spelling_groups, "name-variants", "name")
    # initials: one full given name among the forms of a family name + initial, and initials beside it
    loose: dict[str, dict[str, dict[str, list[Paper]]]] = defaultdict(lambda: defaultdict(dict))
    for paper in papers:
        for author in paper.authors:
            forms = loose[author.initials_key]["initials" if is_initials(author.given) else author.key]
            forms.setdefault(" ".join(author.name.split()), []).append(paper)
    initials_groups = {}
    for key, kinds in loose.items():
        full = [k for k in kinds if k != "initials"]
        if len(full) == 1 and "initials" in kinds:
            initials_groups[key] = {**kinds[full[0]], **kinds["initials"]}
    out += _variant_findings(initials_groups, "name-initials", "name")
    return out


def venue_findings(papers: Sequence[Paper]) -> list[Finding]:
    """One venue in one year written several ways ("NeurIPS 2021" and "Advances in Neural ... 34")."""
    groups: dict[str, dict[str, list[Paper]]] = defaultdict(lambda: defaultdict(list))
    seen: dict[tuple[str, ...], str] = {}
    for paper in papers:
        venue = paper.venue
        if venue is None or not venue.name:
            continue
        identity = venue_identity(venue.name)
        if not identity.known:
            continue
        words = venue_words(re.sub(r"\([^()]*\)", " ", venue.name))
        form = seen.setdefault(words, " ".join(venue.name.split()))
        groups[f"{identity.name}|{paper.year}"][form].append(paper)
    return _variant_findings(groups, "venue-variants", "venue")


def duplicate_findings(bib: Bibliography) -> list[Finding]:
    """Entries `pubkit.find_duplicates` judges the same record, reported at each later copy."""
    report = find_duplicates(bib)
    out = []
    for group in report.duplicates:
        first, *others = group.papers
        for paper in others:
            path, line = _where(paper)
            key = paper.source.key if paper.source and paper.source.key else repr(paper.title[:60].rstrip())
            reason = f"; {group.reasons[0]}" if group.reasons else ""
            message = f"{key} looks like a duplicate of {_places([first])} (score {group.score:.2f}{reason})"
            out.append(_finding("likely-duplicate", message, path, line))
    return out


# ---- the whole check -----------------------------------------------------------------------------


def _read(path: str, format: str | None) -> tuple[str, str, list[Finding]]:
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as err:
        msg = f"{path}: cannot read: {err.strerror or err}"
        raise ParseError(msg) from err
    name = "<stdin>" if path == "-" else path
    text, notes = decode(data, path=name)
    found = [Finding("encoding", Severity.WARNING, p.message, p.path, p.line) for p in notes]
    return text, format or guess_format(name, text), found


def check(
    paths: Iterable[str],
    *,
    format: str | None = None,
    disable: Iterable[str] = (),
    this_year: int | None = None,
    duplicates: bool = True,
) -> list[Finding]:
    """Findings over `paths` (each file's own rules, then the rules across all of them), by file and line.

    `disable` names rule ids to skip; `duplicates=False` skips the (slowest) duplicate search.
    """
    off = set(disable)
    unknown = off - set(RULES)
    if unknown:
        msg = f"unknown check rule(s) {', '.join(sorted(unknown))}; rules: {', '.join(sorted(RULES))}"
        raise ValueError(msg)
    found: list[Finding] = []
    parts: list[Bibliography] = []
    for path in paths:
        text, fmt, notes = _read(path, format)
        name = "<stdin>" if path == "-" else path
        found += notes
        bibtex = fmt in ("bibtex", "biblatex")
        said: set[int] = set()  # entries whose values the scanner's rules already judged
        told: list[tuple[int, int]] = []  # line ranges of what the scanner reports as unreadable
        if bibtex:
            blocks = scan(text)
            raw = bibtex_findings(text, path=name, this_year=this_year, blocks=blocks)
            starts = [b.line for b in blocks if b.kind is BlockKind.ENTRY]
            said = {
                starts[bisect.bisect_right(starts, f.line or 0) - 1] for f in raw if f.rule in _VALUE_RULES
            }
            told = [
                (b.line, b.line + b.raw.count("\n"))
                for b in blocks
                if b.kind is BlockKind.ERROR or (b.kind is BlockKind.ENTRY and b.comments)
            ]
            # entries closed early: the reader's warning is the scanner's stray-fields finding
            told += [
                (b.line, b.line)
                for b, after in itertools.pairwise(blocks)
                if b.kind is BlockKind.ENTRY
                and after.kind is BlockKind.TEXT
                and _STRAY_FIELD.match(after.raw)
            ]
            told.sort()
            found += raw
        bib = loads(text, fmt, path=name)
        parts.append(bib)
        for problem in bib.problems:
            if bibtex and (
                problem.kind in _SCANNED
                or (problem.kind in _LOST and _within(problem.line, told))
                or (problem.kind == "invalid-field" and problem.line in said)
            ):
                continue  # the scanner's findings say it, with the line of the field
            severity = problem.severity
            found.append(Finding(problem.kind, severity, problem.message, problem.path, problem.line))
        if not bibtex:
            found += _paper_year_findings(bib, name, this_year or datetime.date.today().year)
    papers = [p for bib in parts for p in bib]
    if "name-variants" not in off or "name-ascii" not in off or "name-initials" not in off:
        found += name_findings(papers)
    if "venue-variants" not in off:
        found += venue_findings(papers)
    if duplicates and "likely-duplicate" not in off and papers:
        found += duplicate_findings(sum(parts[1:], parts[0]))
    order = {p: n for n, p in enumerate(dict.fromkeys(f.path for f in found))}
    kept = [f for f in found if f.rule not in off]
    return sorted(kept, key=lambda f: (order[f.path], f.line or 0))


def _within(line: int | None, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether `line` is in one of the (first, last) line ranges, which are sorted and disjoint."""
    index = bisect.bisect_right(ranges, (line or 0, sys.maxsize)) - 1
    return line is not None and index >= 0 and ranges[index][0] <= line <= ranges[index][1]


def _paper_year_findings(bib: Bibliography, path: str, this_year: int) -> list[Finding]:
    out = []
    for paper in bib:
        if paper.year is not None and paper.year > this_year + _NEXT_YEARS:
            where = _where(paper)
            out.append(
                _finding(
                    "year-future", f"{paper.title[:60]!r}: year {paper.year} is in the future", path, where[1]
                )
            )
    return out


def check_settings(path: str | Path | None = None) -> list[str]:
    """The rules `pubkit.toml` (or the file at `path`) switches off: `[check] disable = [...]`."""
    settings = load_config(path)
    disable = settings.check.get("disable", [])
    unknown = [d for d in disable if d not in RULES] if isinstance(disable, list) else []
    if not isinstance(disable, list) or not all(isinstance(d, str) for d in disable) or unknown:
        bad = ", ".join(map(str, unknown)) or repr(disable)
        msg = f"{settings.path or CONFIG_NAME}: [check] disable must list rule ids; {bad} is not one"
        raise ParseError(msg)
    return list(disable)


def findings_to_json(findings: Sequence[Finding]) -> str:
    """Findings as a JSON document: a list of {path, line, rule, severity, message} and counts."""
    counts = Counter(f.severity.value for f in findings)
    document = {
        "findings": [f.to_dict() for f in findings],
        "errors": counts["error"],
        "warnings": counts["warning"],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
