"""Scoring what a reader made of printed publication lists and reference strings, against hand labels.

Pure functions, imported by `reading_bench.py` and the tests; they never read a list themselves.

**Lists** (`score_list`). A labels file (`NAME.labels.json`) is
`{"owner": str | null, "entries": [{"line", "title", "authors", "owner_index", "equal_contribution",
"year", "venue"}]}`: `line` the 1-based first line of the entry, `authors` the printed names in
order without markers, `owner_index` / `equal_contribution` 0-based author indices, `venue` as printed
without year, volume, pages, place, month, status or award words. Read papers are matched to
entries by `source.line` first, then (for what is left) by title similarity of at least
`TITLE_MATCH`; each paper and each entry is used at most once. An entry without a paper is
*missed* and wrong on every field; a paper without an entry is *extra*. Fields, each right or wrong:

- title: the same `pubkit.normalize_title` with spaces removed (case, accents, punctuation, LaTeX /
  HTML markup and whitespace folded, so "CO<sub>2</sub>" = "CO2"; every letter must be the same).
- authors: the same number of authors, and each the same bag of name words (`name_words`: folded
  words, initials as single letters, so "Hill, Spencer A." = "Spencer A. Hill" and "Anderson, S.C."
  = "SC Anderson", but "S. Hill" != "Spencer Hill").
- owner: the index of the first author flagged `is_owner` equals `owner_index` (both None is right).
- equal_contribution: the set of indices flagged `equal_contribution` equals the labelled set.
- year: equal (both None is right).
- venue: None in the label means no venue; otherwise the label's `fold_text` form (which also drops
  a leading "The") equals that of the main venue's name or acronym, or has the same words as name
  and acronym together ("name (acronym)", "acronym name", "European Conference on Computer Vision
  (ECCV) Workshops"); a thesis's venue may be labelled by its institution alone (its publisher).

**Reference strings** (`score_reference`) against an AnyStyle `LabelledString`; only fields the gold
string has are scored (a field the reader invents is not counted), and `overall` is the
micro-average over them. Gold text is normalised per field:

- title: the first `title`, surrounding quotes and trailing punctuation dropped; compared as for lists.
  AnyStyle labels a work printed without a part of it (a book: "Surname, Given, *Book*, Paris, 1991.")
  `container-title` and gives it no `title`; pubkit reads that as the paper's title, so a gold string
  without a `title` has its first container scored as the title and no container.
- authors: every `author` field together as a bag of name words (as above), leaving out "and",
  "&", "et al.", editors' marks ("eds", "Hg.", "dir.", "coord."), markup tags and a citation number
  before the first name ("[4]", "34-");
  the paper's authors' names as the same bag.
- container: the first `container-title` / `journal` / `booktitle`, a leading "In" / "In:" removed;
  right if its `fold_text` form equals the main venue's name, acronym or both (as for lists).
- date: the first 4-digit year (1000..2099) of the first `date`; compared with `Paper.year`.
- volume: the first number of the first `volume` after a glued leading year (Vancouver's
  "1998;19(12):" is volume 19); compared with the first number of `Paper.volume`, or of
  `Paper.number` for a paper with an issue only (AnyStyle's volume is either: "No. 23", "№ 38").
- pages: the first and last number of the first `pages` (an abbreviated last page such as
  "1477-81" expanded to 1481); compared with the same of `Paper.pages`.
- publisher: the first `publisher`'s `fold_text` form; compared with the venue's publisher, else
  `paper.fields["publisher"]`.
- doi: the `10.` DOI inside the first `doi`, lower-cased, trailing punctuation dropped; compared with
  `identifiers.doi` lower-cased.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import field, frozen

from pubkit import Paper, normalize_title, title_similarity
from pubkit.model import VenueKind
from pubkit.names import fold
from pubkit.reading.corpus import LabelledString

__all__ = [
    "LIST_FIELDS",
    "REFERENCE_FIELDS",
    "TITLE_MATCH",
    "FieldTally",
    "Label",
    "Labels",
    "ListScore",
    "fold_text",
    "labels_as_json",
    "load_labels",
    "match_entries",
    "name_words",
    "score_list",
    "score_reference",
    "venue_matches",
]

#: Fields scored on a publication list, in report order.
LIST_FIELDS = ("title", "authors", "owner", "equal_contribution", "year", "venue")
#: Fields scored on a reference string, in report order.
REFERENCE_FIELDS = ("title", "authors", "container", "date", "volume", "pages", "publisher", "doi")
#: Least title similarity for a paper to stand for an entry whose line it does not carry.
TITLE_MATCH = 0.9

_NON_WORD = re.compile(r"[\W_]+")
_INITIALS = re.compile(r"^[A-Z\u00c0-\u024f]{2,3}$")
_NOT_NAME_WORDS = frozenset(
    {"and", "et", "al", "others", "eds", "ed", "hg", "hrsg", "dir", "dirs", "coord", "coords"}
)
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")
_NUMBER = re.compile(r"\d+")
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_GLUED_YEAR = re.compile(r"^\W*(?:1\d{3}|20\d{2})[a-z]?\s*;")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,40}>")
_CITATION_NUMBER = re.compile(r"^\W*\d{1,4}\s?[-.)\]]\s?")  # "[4] ", "34-", "1. " before a list's first name
_LEADING_IN = re.compile(r"^\s*in\b:?\s*", re.IGNORECASE)


def fold_text(text: str) -> str:
    """Case, accents, punctuation, markup tags, whitespace and a leading "the" folded: how venues are
    compared."""
    words = _NON_WORD.sub(" ", fold(_TAG.sub(" ", text))).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _venue_text(text: str) -> str:
    """`fold_text` of a venue without the years in it."""
    return fold_text(_YEAR.sub(" ", text))


def name_words(name: str) -> Counter[str]:
    """The folded words of a printed name as a bag; "SC" / "S.C." count as the initials s, c."""
    words: Counter[str] = Counter()
    for raw in re.split(r"[\s,.;]+", _CITATION_NUMBER.sub("", _TAG.sub(" ", name))):
        if not raw:
            continue
        pieces = list(raw) if _INITIALS.match(raw) else [raw]
        for piece in pieces:
            for word in fold_text(piece).split():
                if word not in _NOT_NAME_WORDS:
                    words[word] += 1
    return words


def venue_matches(label: str, paper: Paper) -> bool:
    """Whether the printed venue `label` is the paper's main venue (name, acronym, or both), or a book's
    publisher (a book has no venue: its publisher is kept as such); a year inside either ("Proceedings of
    the 2023 Conference on …", "(ICML 2023)") is the year's field, not the venue's."""
    venue = paper.venue
    if venue is None:
        publisher = dict(paper.extra).get("publisher")
        return publisher is not None and _venue_text(publisher) == _venue_text(label) != ""
    name, acronym = _venue_text(venue.name or ""), _venue_text(venue.acronym or "")
    wanted = _venue_text(label)
    if not wanted:
        return False
    if venue.kind is VenueKind.THESIS and venue.publisher and wanted == _venue_text(venue.publisher):
        return True  # a thesis labelled by its institution alone ("PhD thesis, Univ. X" read)
    return wanted in (name, acronym) or sorted(wanted.split()) == sorted(f"{name} {acronym}".split())


@frozen
class Label:
    """One hand-labelled entry of a list."""

    line: int
    title: str
    authors: tuple[str, ...]
    owner_index: int | None
    equal_contribution: frozenset[int]
    year: int | None
    venue: str | None


@frozen
class Labels:
    """The hand labels of one list: its owner as printed and its papers in order."""

    owner: str | None
    entries: tuple[Label, ...]


def load_labels(path: str | Path) -> Labels:
    """Read a `NAME.labels.json` file; a malformed one is a `ValueError` naming the file and entry."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    entries = []
    for number, raw in enumerate(data["entries"]):
        try:
            entries.append(
                Label(
                    line=int(raw["line"]),
                    title=str(raw["title"]),
                    authors=tuple(str(a) for a in raw["authors"]),
                    owner_index=None if raw["owner_index"] is None else int(raw["owner_index"]),
                    equal_contribution=frozenset(int(i) for i in raw["equal_contribution"]),
                    year=None if raw["year"] is None else int(raw["year"]),
                    venue=None if raw["venue"] is None else str(raw["venue"]),
                )
            )
        except (KeyError, TypeError, ValueError) as err:
            msg = f"{path}: entry {number}: {type(err).__name__}: {err}"
            raise ValueError(msg) from err
    return Labels(owner=data.get("owner"), entries=tuple(entries))


def match_entries(papers: Sequence[Paper], labels: Sequence[Label]) -> list[int | None]:
    """For each label, the index of the paper read for it (or None): same start line, else title."""
    taken: set[int] = set()
    found: list[int | None] = [None] * len(labels)
    by_line: dict[int, list[int]] = {}
    for index, paper in enumerate(papers):
        if paper.source is not None and paper.source.line is not None:
            by_line.setdefault(paper.source.line, []).append(index)
    for number, label in enumerate(labels):
        for index in by_line.get(label.line, []):
            if index not in taken:
                found[number] = index
                taken.add(index)
                break
    for number, label in enumerate(labels):
        if found[number] is not None:
            continue
        best, best_score = None, TITLE_MATCH
        for index, paper in enumerate(papers):
            if index in taken:
                continue
            score = title_similarity(label.title, paper.title)
            if score >= best_score:
                best, best_score = index, score
        if best is not None:
            found[number] = best
            taken.add(best)
    return found


def _same_title(a: str, b: str) -> bool:
    return normalize_title(a).replace(" ", "") == normalize_title(b).replace(" ", "")


def _list_fields(paper: Paper, label: Label) -> dict[str, bool]:
    owner = next((i for i, a in enumerate(paper.authors) if a.is_owner), None)
    return {
        "title": _same_title(paper.title, label.title),
        "authors": [name_words(a.name) for a in paper.authors] == [name_words(b) for b in label.authors],
        "owner": owner == label.owner_index,
        "equal_contribution": {i for i, a in enumerate(paper.authors) if a.equal_contribution}
        == set(label.equal_contribution),
        "year": paper.year == label.year,
        "venue": paper.venue is None if label.venue is None else venue_matches(label.venue, paper),
    }


@frozen
class FieldTally:
    """Right and scored counts per field."""

    right: Mapping[str, int] = field(factory=dict)
    scored: Mapping[str, int] = field(factory=dict)

    def accuracy(self, name: str) -> float | None:
        """Share right for one field; None when nothing was scored."""
        total = self.scored.get(name, 0)
        return self.right.get(name, 0) / total if total else None

    @property
    def overall(self) -> float | None:
        """Micro-average over every scored field."""
        total = sum(self.scored.values())
        return sum(self.right.values()) / total if total else None

    def __add__(self, other: FieldTally) -> FieldTally:
        return FieldTally(
            right=dict(Counter(self.right) + Counter(other.right)),
            scored=dict(Counter(self.scored) + Counter(other.scored)),
        )

    @classmethod
    def of(cls, outcomes: Iterable[Mapping[str, bool]]) -> FieldTally:
        """Tally per-field outcomes (one mapping of field -> right per scored item)."""
        right: Counter[str] = Counter()
        scored: Counter[str] = Counter()
        for outcome in outcomes:
            for name, ok in outcome.items():
                scored[name] += 1
                right[name] += int(ok)
        return cls(right=dict(right), scored=dict(scored))


@frozen
class ListScore:
    """How one read list compares with its labels; `wrong` lists `(line, field)` for every miss."""

    labelled: int
    read: int
    extra: int
    fields: FieldTally
    wrong: tuple[tuple[int, str], ...] = ()

    @property
    def missed(self) -> int:
        return self.labelled - self.read

    def __add__(self, other: ListScore) -> ListScore:
        return ListScore(
            self.labelled + other.labelled,
            self.read + other.read,
            self.extra + other.extra,
            self.fields + other.fields,
            self.wrong + other.wrong,
        )


def score_list(papers: Sequence[Paper], labels: Labels | Sequence[Label]) -> ListScore:
    """Score the papers read from one list against its labels (missed entries wrong on every field)."""
    entries = labels.entries if isinstance(labels, Labels) else tuple(labels)
    found = match_entries(papers, entries)
    outcomes = []
    wrong: list[tuple[int, str]] = []
    for label, index in zip(entries, found, strict=True):
        outcome = dict.fromkeys(LIST_FIELDS, False) if index is None else _list_fields(papers[index], label)
        outcomes.append(outcome)
        wrong.extend((label.line, name) for name in LIST_FIELDS if not outcome[name])
    read = sum(index is not None for index in found)
    return ListScore(len(entries), read, len(papers) - read, FieldTally.of(outcomes), tuple(wrong))


def _first(gold: LabelledString, *names: str) -> str | None:
    for label, value in gold.fields:
        if label in names:
            return value
    return None


def _pages(text: str | None) -> tuple[str, str] | None:
    numbers = _NUMBER.findall(text or "")
    if not numbers:
        return None
    first, last = numbers[0].lstrip("0") or "0", numbers[-1].lstrip("0") or "0"
    if len(numbers) > 1 and len(last) < len(first) and int(first[-len(last) :]) <= int(last):
        last = first[: len(first) - len(last)] + last
    return first, last


def _gold_title(text: str) -> str:
    return text.strip().strip("\"'“”‘’«»,.;: ")


def _doi(text: str | None) -> str | None:
    found = _DOI.search(text or "")
    return found.group(0).rstrip(".,;)]").lower() if found else None


_GOLD_LABELS = {
    "title": ("title",),
    "authors": ("author",),
    "container": ("container-title", "journal", "booktitle"),
    "date": ("date",),
    "volume": ("volume",),
    "pages": ("pages",),
    "publisher": ("publisher",),
    "doi": ("doi",),
}


def score_reference(paper: Paper | None, gold: LabelledString) -> dict[str, bool]:
    """Right / wrong per field the gold string has (rules in the module docstring); None: all wrong."""
    if paper is None:
        return {name: False for name in REFERENCE_FIELDS if _first(gold, *_GOLD_LABELS[name]) is not None}
    result: dict[str, bool] = {}
    title = _first(gold, "title")
    container = _first(gold, "container-title", "journal", "booktitle")
    if title is None and container is not None:  # a work printed whole: its container is its title
        title, container = _LEADING_IN.sub("", container), None
    if title is not None:
        result["title"] = _same_title(paper.title, _gold_title(title))
    authors = gold.values("author")
    if authors:
        mine: Counter[str] = sum((name_words(a.name) for a in paper.authors), Counter())
        result["authors"] = mine == sum((name_words(a) for a in authors), Counter())
    if container is not None:
        result["container"] = venue_matches(_LEADING_IN.sub("", container), paper)
    date = _first(gold, "date")
    if date is not None:
        year = _YEAR.search(date)
        result["date"] = paper.year == (int(year.group(1)) if year else None)
    volume = _first(gold, "volume")
    if volume is not None:
        gold_number = _NUMBER.search(_GLUED_YEAR.sub("", volume))
        my_number = _NUMBER.search(paper.volume or paper.number or "")
        result["volume"] = (gold_number.group(0) if gold_number else None) == (
            my_number.group(0) if my_number else None
        )
    pages = _first(gold, "pages")
    if pages is not None:
        result["pages"] = _pages(pages) == _pages(paper.pages)
    publisher = _first(gold, "publisher")
    if publisher is not None:
        mine_publisher = (paper.venue.publisher if paper.venue else None) or paper.fields.get("publisher")
        result["publisher"] = fold_text(publisher) == fold_text(mine_publisher or "")
    doi = _first(gold, "doi")
    if doi is not None:
        mine_doi = paper.identifiers.doi.lower() if paper.identifiers.doi else None
        result["doi"] = _doi(doi) == mine_doi
    return result


def labels_as_json(labels: Labels) -> dict[str, Any]:
    """The JSON form of labels (the inverse of `load_labels`), for writing labels files."""
    return {
        "owner": labels.owner,
        "entries": [
            {
                "line": e.line,
                "title": e.title,
                "authors": list(e.authors),
                "owner_index": e.owner_index,
                "equal_contribution": sorted(e.equal_contribution),
                "year": e.year,
                "venue": e.venue,
            }
            for e in labels.entries
        ],
    }
