"""Duplicates and versions: blocking, pair scoring, conflict-aware clustering, field-by-field merging.

A *duplicate* is the same record written twice (merged by `dedupe`); a *version* is the same work
at another stage (preprint, workshop, conference, journal; linked, never merged silently).
See docs/dedupe.md for the rules and how to tune them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, Literal
from urllib.parse import unquote

import attrs
from attrs import frozen
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from pubkit.bibliography import Bibliography
from pubkit.errors import Problem
from pubkit.model import Identifiers, Paper, Source, Status, Venue, VenueKind
from pubkit.titles import STOPWORDS, is_usable_title, normalize_title

__all__ = [
    "DEFAULT_THRESHOLD",
    "DuplicateGroup",
    "DuplicateReport",
    "dedupe",
    "find_duplicates",
    "merge_duplicates",
    "merge_papers",
]

#: Default minimum title similarity for two records to be duplicates on their title.
DEFAULT_THRESHOLD = 0.9
Progress = Callable[[int, int], None]
VersionMode = Literal["link", "merge"]

# Stages of a work, in publication order; OTHER (unknown) never makes a version.
_PREPRINT, _WORKSHOP, _CONFERENCE, _JOURNAL, _OTHER = 0, 1, 2, 3, 9
_STAGE_NAMES = {_PREPRINT: "preprint", _WORKSHOP: "workshop", _CONFERENCE: "conference", _JOURNAL: "journal"}
_KIND_STAGE = {
    VenueKind.PREPRINT: _PREPRINT,
    VenueKind.WORKSHOP: _WORKSHOP,
    VenueKind.DEMO: _WORKSHOP,
    VenueKind.CONFERENCE: _CONFERENCE,
    VenueKind.JOURNAL: _JOURNAL,
}
_UNPUBLISHED = frozenset({Status.PREPRINT, Status.SUBMITTED, Status.UNDER_REVIEW})
_STATUS_RANK = {
    Status.PUBLISHED: 4,
    Status.ACCEPTED: 3,
    Status.UNDER_REVIEW: 2,
    Status.SUBMITTED: 1,
    Status.PREPRINT: 0,
}

# Trailing database notes ("[Review] [43 refs]", "[Turkish]") and brackets around translated titles.
_TRAILING_NOTE = re.compile(r"(?:\s*\[[^\[\]]{0,60}\])+\s*\.?\s*$")
# "... in very small prematures. German": a database's note of the original language.
_LANGUAGE_NOTE = re.compile(
    r"[.;]\s*\(?(?:german|french|spanish|russian|portuguese|japanese|chinese|italian|polish|dutch|turkish"
    r"|korean|czech|hungarian|danish|swedish|norwegian|finnish|hebrew|croatian|serbian|persian)\)?\s*\.?\s*$",
    re.IGNORECASE,
)
_ENCLOSING_BRACKETS = re.compile(r"^\s*\[(.*)\]\s*\.?\s*$")
_NON_ALNUM = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")
_ARXIV_VERSION = re.compile(r"v\d+$")
# Cochrane reviews: each update gets "<doi>.pubN"; all updates are versions of one review.
_DOI_VERSION = re.compile(r"\.pub\d+$")
# An export that wrote the DOI prefix twice: "10.5555/10.5555/j.issn.1234-5678.2018.11.07".
_DOUBLED_DOI_PREFIX = re.compile(r"^(10\.\d{4,9}/)\1+")
# A correction notice, the corrected paper's title behind it: "Correction to: <title>",
# "Erratum to - <title>", "Corrigendum: <title>". (Reprints are other publications: not here.)
# A column heading before the title proper: "How did it ... <title>", "Clinical review 138: <title>".
_LEAD_IN = re.compile(r"^(?:[^:.?!\u2026]{3,60}?)(?:\.\.\.|\u2026|[:.?!])\s+(\S.{29,})$", re.DOTALL)
# Where a correction notice says the corrected paper was printed: "... (vol 12, pg 131, 2019)".
_CITED_AT = re.compile(r"\s*[(\[]\s*vol\.?\s*\d[^()\[\]]{0,40}[)\]]\s*\.?\s*$", re.IGNORECASE)
_NOTICE = re.compile(
    r"^\s*(?:correction|corrigendum|erratum|errata)(?:\s+(?:to|of|for))?(?:\s*:|\s+[-\u2013]+\s)\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
_VENUE_NOISE = frozenset(
    [
        "the",
        "of",
        "and",
        "in",
        "on",
        "for",
        "d",
        "de",
        "der",
        "des",
        "la",
        "le",
        "proceedings",
        "proc",
        "annual",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        # "J Rheumatol Suppl" is the supplement series of "Journal of Rheumatology".
        "suppl",
        "supplement",
    ]
)
# Words that may follow a venue's name in a proceedings title: "ACL (Volume 2: Short Papers)".
_VENUE_TAIL = frozenset(
    ["volume", "short", "long", "papers", "part", "main", "findings", "workshops", "companion"]
)
# An article number in the pages field ("CD000437", "e0137960"): one article of a journal, in all its updates.
_ARTICLE_NUMBER = re.compile(r"[a-z]{1,3}\d{5,}")
# Versions with another title: share of all authors, and of the shorter title's topic words, in common.
_VERSION_AUTHORS = 0.75
_VERSION_WORDS = 0.7
_BLOCK_CAP = 64
_SAMPLE = 24
_WINDOW = 12


# ----------------------------------------------------------------------------- report records


@frozen
class DuplicateGroup:
    """Papers judged the same record (in `.duplicates`) or the same work (in `.versions`).

    `score` is the weakest accepted link inside the group (0..1); `reasons` say why, pair by pair;
    `conflicts` list fields whose values disagree between the copies (two years, two DOIs).
    """

    papers: tuple[Paper, ...]
    score: float
    reasons: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.papers)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: papers as title / year / sources, score, reasons, conflicts."""
        return {
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
            "conflicts": list(self.conflicts),
            "papers": [_paper_summary(p) for p in self.papers],
        }


@frozen
class DuplicateReport:
    """What `find_duplicates` found: `duplicates` (to merge) and `versions` (to link), over `total` records.

    Papers in `versions` are one representative (the first copy) per duplicate group.
    """

    duplicates: tuple[DuplicateGroup, ...] = ()
    versions: tuple[DuplicateGroup, ...] = ()
    total: int = 0
    mode: str = "link"

    @property
    def unique(self) -> int:
        """How many records remain after merging every duplicate group."""
        return self.total - sum(len(g) - 1 for g in self.duplicates)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict for `pubkit dedupe --report json`."""
        return {
            "records": self.total,
            "unique": self.unique,
            "versions_mode": self.mode,
            "duplicates": [g.to_dict() for g in self.duplicates],
            "versions": [g.to_dict() for g in self.versions],
        }

    def to_text(self) -> str:
        """A human-readable report: one block per group, papers with where they were read."""
        lines = [
            f"{self.total} records, {len(self.duplicates)} duplicate groups, "
            f"{len(self.versions)} version groups, {self.unique} after merging"
        ]
        for title, groups in (("Duplicates", self.duplicates), ("Versions", self.versions)):
            if not groups:
                continue
            lines += ["", f"{title}:"]
            for number, group in enumerate(groups, 1):
                lines.append(f"  [{number}] score {group.score:.2f}: {'; '.join(group.reasons)}")
                for paper in group.papers:
                    where = ", ".join(str(s) for s in paper.sources) or "<input>"
                    year = paper.year or "n.d."
                    lines.append(f"      - {paper.title or '(no title)'} ({year}) [{where}]")
                lines.extend(f"      ! {conflict}" for conflict in group.conflicts)
        return "\n".join(lines)


def _paper_summary(paper: Paper) -> dict[str, Any]:
    return {
        "title": paper.title,
        "year": paper.year,
        "venue": paper.venue.label if paper.venue else None,
        "status": paper.status.value,
        "doi": paper.identifiers.doi,
        "arxiv": paper.identifiers.arxiv,
        "sources": [
            {"path": s.path, "line": s.line, "key": s.key, "section": s.section} for s in paper.sources
        ],
    }


# ----------------------------------------------------------------------------- record features


@lru_cache(maxsize=1 << 17)
def _squash(text: str) -> str:
    if text.isascii():
        return _NON_ALNUM.sub("", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return _NON_ALNUM.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)).casefold())


def _match_title(title: str) -> str:
    """The title as compared: trailing database notes and enclosing brackets dropped."""
    inner = _ENCLOSING_BRACKETS.match(title)
    if inner:
        title = inner.group(1)
    stripped = _LANGUAGE_NOTE.sub("", _TRAILING_NOTE.sub("", title))
    return normalize_title(stripped if len(stripped) >= 8 else title)


@lru_cache(maxsize=1 << 15)
def _venue_words(label: str) -> tuple[str, ...]:
    """Venue name words for abbreviation matching ("d'Anesthesie" -> "d", "anesthesie")."""
    for mark in "'\u2019-\u2010\u2013/":
        label = label.replace(mark, " ")
    words = normalize_title(label).split()
    # Years and edition numbers ("2010", "68th") say when, not which venue.
    kept = (w for w in words if w not in _VENUE_NOISE and not any(c.isdigit() for c in w))
    out: list[str] = []
    for word in kept:
        if not out or out[-1] != word:  # "Findings of EMNLP (EMNLP)": the acronym once
            out.append(word)
    return tuple(out)


@lru_cache(maxsize=1 << 17)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in (_squash(part) for part in name.replace(",", " ").split()) if len(w) > 1)


def _page_range(pages: str | None) -> tuple[str, str] | None:
    """First and last page, the last written out in full: "717-21" -> ("717", "721")."""
    numbers = [n.lstrip("0") or "0" for n in _DIGITS.findall(pages or "")[:2]]
    if not numbers:
        return None
    first, last = numbers[0], numbers[-1]
    if len(last) < len(first) and int(last) < int(first):
        last = first[: len(first) - len(last)] + last
    return first, last


def _page_count(pages: tuple[str, str] | None) -> int:
    """Pages in a range ("717", "721" -> 5); 0 without a range."""
    if pages is None:
        return 0
    first, last = int(pages[0]), int(pages[1])
    return last - first + 1 if first <= last else 0


def _first_number(value: str | None) -> str | None:
    found = _DIGITS.search(value or "")
    return found.group(0).lstrip("0") or "0" if found else None


def _stage(paper: Paper) -> int:
    kind = paper.kind
    if kind is VenueKind.OTHER and paper.status is Status.PREPRINT:
        return _PREPRINT
    if kind is VenueKind.OTHER and paper.identifiers.arxiv and not paper.venues:
        return _PREPRINT
    return _KIND_STAGE.get(kind, _OTHER)


class _Record:
    """Everything the matcher compares about one paper, computed once."""

    __slots__ = (
        "article",
        "arxiv",
        "body",
        "doi",
        "doi_key",
        "doi_work",
        "edition",
        "fam",
        "famset",
        "index",
        "issue",
        "notice",
        "numbers",
        "page",
        "pages",
        "paper",
        "published",
        "stage",
        "stems",
        "title",
        "usable",
        "venue",
        "volume",
        "words",
        "year",
    )

    def __init__(self, paper: Paper, index: int) -> None:
        self.paper = paper
        self.index = index
        self.usable = is_usable_title(paper.title)
        title = _match_title(paper.title) if self.usable else ""
        self.title = title.replace(" ", "")
        lead_in = _LEAD_IN.match(paper.title) if self.usable else None
        self.body = _match_title(lead_in.group(1)).replace(" ", "") if lead_in else ""
        notice = _NOTICE.match(_CITED_AT.sub("", paper.title)) if self.usable else None
        self.notice = _match_title(notice.group(1)).replace(" ", "") if notice else ""
        self.numbers = frozenset(_DIGITS.findall(title))  # "Part 2", "the 6th Workshop"
        self.stems = frozenset(w[:5] for w in title.split() if w not in STOPWORDS)
        self.year = paper.year
        ids = paper.identifiers
        self.doi = (
            _DOUBLED_DOI_PREFIX.sub(r"\1", unquote(ids.doi).casefold().rstrip(".")) if ids.doi else None
        )
        self.doi_key = _NON_ALNUM.sub("", self.doi) if self.doi else ""
        self.doi_work = _DOI_VERSION.sub("", self.doi) if self.doi else ""
        self.arxiv = _ARXIV_VERSION.sub("", ids.arxiv.casefold()) if ids.arxiv else None
        fam = [_squash(a.family or a.name) for a in paper.authors[:200]]
        self.fam = tuple(f for f in fam if f)
        self.famset = frozenset(self.fam)
        # Every full word of every name, for exports that swap given and family names.
        self.words: frozenset[str] | None = None  # computed when first needed: see _words
        label = paper.venue.label if paper.venue else ""
        self.venue = _venue_words(label)
        self.edition = frozenset(_DIGITS.findall(label))  # "18th Annual Conference", "ICML 2019"
        self.page = _first_number(paper.pages)
        self.pages = _page_range(paper.pages)
        article = _squash(paper.pages or "")
        self.article = article if _ARTICLE_NUMBER.fullmatch(article) else ""
        volume = paper.volume or ""
        # "1)" is the tail of a field cut in the middle ("59 (Suppl 1)"): no volume at all.
        self.volume = _first_number(volume) if volume.count("(") >= volume.count(")") else None
        issue = _first_number(paper.number)
        self.issue = issue if issue and len(issue) <= 2 else None  # bigger "numbers" are accession ids
        self.stage = _stage(paper)
        self.published = paper.status not in _UNPUBLISHED and self.stage != _PREPRINT

    def sort_key(self) -> tuple[Any, ...]:
        p = self.paper
        return (
            self.title,
            self.year or 0,
            self.fam,
            self.doi or "",
            self.arxiv or "",
            p.venue.label if p.venue else "",
            p.volume or "",
            p.pages or "",
            p.status.value,
            p.title,
            repr(p.sources),
        )


# ----------------------------------------------------------------------------- blocking


def _candidate_pairs(records: Sequence[_Record]) -> list[tuple[int, int]]:
    """Pairs of record indexes sharing a blocking key; large blocks compared only to near neighbours."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r in records:
        i = r.index
        if r.doi:
            blocks["d", r.doi].append(i)
        if r.arxiv:
            blocks["x", r.arxiv].append(i)
        if r.usable:
            blocks["t", r.title].append(i)
            if len(r.title) >= 30:
                blocks["p", r.title[:24]].append(i)
                blocks["s", r.title[-24:]].append(i)
        if r.fam:
            second = r.fam[1] if len(r.fam) > 1 else ""
            blocks["a", f"{r.fam[0]}|{second}"].append(i)
            if r.year:
                blocks["y", f"{r.fam[0]}|{r.year}"].append(i)
    found: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2:
            continue
        if len(members) <= _BLOCK_CAP:
            found.update((a, b) for n, a in enumerate(members) for b in members[n + 1 :])
            continue
        # A big block (a common name, a generic title): neighbours in an order that keeps likely
        # duplicates together: by title for author blocks, by year and authors for title blocks.
        if key[0] in "ay":
            ordered = sorted(members, key=lambda i: (records[i].title, i))
        else:
            ordered = sorted(members, key=lambda i: (records[i].year or 0, records[i].fam, i))
        for n, a in enumerate(ordered):
            found.update((min(a, b), max(a, b)) for b in ordered[n + 1 : n + 1 + _WINDOW])
    return sorted(found)


# ----------------------------------------------------------------------------- pair scoring


@frozen
class _Verdict:
    kind: str  # "duplicate", "stage" (a duplicate in merge mode, else a version), "version" or ""
    score: float
    reason: str


_NO = _Verdict("", 0.0, "")


def _names_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and (a.endswith(b) or b.endswith(a)):  # "vonpawel" / "pawel"
        return True
    return min(len(a), len(b)) >= 4 and Indel.normalized_similarity(a, b) >= 0.8


def _words(r: _Record) -> frozenset[str]:
    """Every full word of every author name (the first 50), computed once per record."""
    if r.words is None:
        r.words = frozenset().union(*(_name_words(a.name) for a in r.paper.authors[:50]))
    return r.words


def _author_agreement(a: _Record, b: _Record) -> tuple[float, bool]:
    """(share of the shorter author list found in the longer, same first author)."""
    shared = len(a.famset & b.famset)
    short = min(len(a.famset), len(b.famset))
    share = shared / short if short else 0.0
    if share < 1.0 and short:
        fuzzy = fuzz.token_set_ratio(" ".join(a.fam[:50]), " ".join(b.fam[:50])) / 100
        share = max(share, fuzzy if short > 1 else 0.0)
    first = _names_agree(a.fam[0], b.fam[0])
    if share < 0.8:
        # "Altenried, Moritz" / "Moritz, Altenried": given and family swapped by an export
        a_words, b_words = _words(a), _words(b)
        if a_words and b_words:
            words = len(a_words & b_words) / min(len(a_words), len(b_words))
            first_words = _name_words(a.paper.authors[0].name) & _name_words(b.paper.authors[0].name)
            if words >= 0.8 and first_words:
                return words, True
    return share, first


def _is_acronym(word: str, words: tuple[str, ...]) -> bool:
    """Whether `word` abbreviates a run of at least two of `words` that ends the name: it splits
    into one prefix per word of the run ("neurips": neur-i-p-s, "amcis": am-c-i-s, "acl": a-c-l)."""
    if not 3 <= len(word) <= 12 or word in words:
        return False
    for start in range(len(words) - 1):
        for end in range(len(words), start + 1, -1):
            # The acronym names the whole venue: not "ICCV" for "... Computer Vision and Pattern ...".
            if _VENUE_TAIL.issuperset(words[end:]) and _prefixes(word, words[start:end]):
                return True
    return False


def _prefixes(word: str, run: tuple[str, ...]) -> bool:
    if not run:
        return not word
    if len(word) < len(run):
        return False
    head = run[0]
    return any(
        head.startswith(word[:k]) and _prefixes(word[k:], run[1:]) for k in range(1, min(len(word), 4) + 1)
    )


def _venues_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool | None:
    """True when one venue name abbreviates the other ("j clin oncol" / "journal of clinical oncology")."""
    if not a or not b:
        return None
    short, long = (a, b) if len("".join(a)) <= len("".join(b)) else (b, a)
    if "".join(short) == "".join(long):
        return True
    for one, other in ((a, b), (b, a)):
        if len(other) >= 2 and any(_is_acronym(word, other) for word in one):
            return True  # "ICIS: Transforming Society ..." / "Int. Conf. on Inf. Systems"; "AMCIS 2017"
    position = 0
    for word in short:
        while position < len(long) and not long[position].startswith(word):
            position += 1
        if position == len(long):
            return "".join(short) == "".join(w[0] for w in long)  # an acronym
        position += 1
    return True


def _stem_overlap(a: _Record, b: _Record) -> tuple[float, int]:
    shared = len(a.stems & b.stems)
    short = min(len(a.stems), len(b.stems))
    return (shared / short if short else 0.0), shared


def _stage_word(r: _Record) -> str:
    name = _STAGE_NAMES.get(r.stage, "record")
    if not r.published and r.stage != _PREPRINT:
        name = f"{r.paper.status.value} {name}"
    return f"{name} {r.year}" if r.year else name


def _version(a: _Record, b: _Record, title: float, share: float, first: bool, why: str) -> _Verdict:
    """Whether two records that are not duplicates are versions of one work."""
    if a.stage == b.stage or _OTHER in (a.stage, b.stage) or not (first and a.fam and b.fam):
        return _NO
    early, late = (a, b) if a.stage < b.stage else (b, a)
    # A later stage comes later: the same year or up to four years on (a preprint may be dated a
    # year after the paper it was posted for).
    earliest = -1 if early.stage == _PREPRINT else 0
    if early.year and late.year and not earliest <= late.year - early.year <= 4:
        return _NO
    whole = len(a.famset & b.famset) / max(len(a.famset), len(b.famset))
    if whole < _VERSION_AUTHORS or share < 0.8:
        return _NO
    overlap, shared = _stem_overlap(a, b)
    longest = max(len(a.stems), len(b.stems))
    if title < 0.8 and (overlap < _VERSION_WORDS or shared < 3 or shared < 0.5 * longest):
        return _NO
    score = round(0.5 * max(title, overlap) + 0.5 * whole, 3)
    detail = why or (f"title {title:.2f}" if title >= 0.8 else f"title words {overlap:.2f}")
    return _Verdict(
        "version", score, f"{detail}, authors {whole:.2f}, {_stage_word(early)} -> {_stage_word(late)}"
    )


def _same_place(a: _Record, b: _Record) -> bool:
    """Same year, venue, volume and first page: one article, whatever else a record claims."""
    return (
        a.year is not None
        and a.year == b.year
        and a.page is not None
        and a.page == b.page
        and a.volume is not None
        and a.volume == b.volume
        and (a.issue is None or b.issue is None or a.issue == b.issue)
        and _venues_agree(a.venue, b.venue) is True
        and len(a.stems | b.stems) > 2
    )


def _same_article(a: _Record, b: _Record) -> bool:
    """The same article number in the same journal: one article, maybe updated over the years."""
    return bool(a.article) and a.article == b.article and _venues_agree(a.venue, b.venue) is True


def _doi_relation(a: _Record, b: _Record) -> str:
    """ "same" (also spelled differently: "jas2013-6195" / "jas.2013-6195"), "version" (".pub2" /
    ".pub3"), "different", or "" when either record has no DOI."""
    if not (a.doi and b.doi):
        return ""
    if a.doi_key == b.doi_key:
        return "same"
    if a.doi_work == b.doi_work:
        return "version"
    short, long = sorted((a.doi_key, b.doi_key), key=len)
    if len(short) >= 12 and long.startswith(short) and not long[len(short)].isdigit():
        return "same"  # a truncated DOI: "10.1158/15387445" / "10.1158/1538-7445.AM2017-326"
    short, long = sorted((a.doi, b.doi), key=len)
    if len(short) >= 12 and long.startswith(short + ".") and long[len(short) + 1 :].isdigit():
        return "same"  # a part of the article: "10.5555/eng.01234" / "10.5555/eng.01234.001"
    return "different"


def _notice_pair(a: _Record, b: _Record) -> bool:
    """One record is a correction notice of the other: "Correction to: <its title>",
    by its authors, in the same year and the same venue (when both name one)."""
    if not (a.notice or b.notice) or not (a.fam and b.fam):
        return False
    notice, other = (a, b) if a.notice else (b, a)
    if other.notice or not other.usable or len(notice.notice) < 20:
        return False
    if Indel.normalized_similarity(notice.notice, other.title) < 0.97:
        return False
    if a.year != b.year:
        return False
    share, first = _author_agreement(a, b)
    return (first or share >= 0.8) and _venues_agree(a.venue, b.venue) is not False


def _headed(a: _Record, b: _Record) -> bool:
    """One title is the other behind a column heading ("How did it ... <title>"), in the same
    year and venue, by the same authors, with no other volume or pages (a volume that is the
    year says nothing)."""
    headed, other = (a, b) if a.body and a.body == b.title else (b, a)
    if not (headed.body and headed.body == other.title and len(other.title) >= 30):
        return False
    if not (a.fam and b.fam) or a.year is None or a.year != b.year:
        return False
    volumes = {v for v in (a.volume, b.volume) if v and v != str(a.year)}
    if len(volumes) > 1 or (a.page is not None and b.page is not None and a.page != b.page):
        return False
    share, first = _author_agreement(a, b)
    return (first or share >= 0.8) and _venues_agree(a.venue, b.venue) is True


def _republished(a: _Record, b: _Record) -> bool:
    """The same article printed again a year later by its journal: the same specific title (four
    topic words or more), the same two or more authors, the same journal, one year apart, and two
    other page ranges of the same length (four pages or more). A yearly column keeps a generic title
    ("Editorial") or changes authors; an abstract and its article differ in length."""
    lengths = [_page_count(r.pages) for r in (a, b)]
    return (
        a.title == b.title
        and lengths[0] >= 4
        and lengths[1] >= 4
        and abs(lengths[0] - lengths[1]) <= 1
        and a.pages != b.pages  # the same pages: one printing, with a mistyped year
        and a.year is not None
        and b.year is not None
        and abs(a.year - b.year) == 1
        and len(a.stems) >= 4
        and len(a.famset) >= 2
        and a.famset == b.famset
        and not (a.arxiv or b.arxiv)
        and _venues_agree(a.venue, b.venue) is True
    )


def _dois_overruled(a: _Record, b: _Record, title: float) -> str:
    """Why two records with different DOIs are still one article ("" when they are not): the same
    title, authors and year, no clash of volume, issue or pages, and the same first page or two
    DOIs of one registrant a typo apart ("10.5555/er-2018-0311" / "10.5555/ear-2018-0311")."""
    if title < 0.97 or not (a.fam and b.fam and a.doi and b.doi) or a.year is None or a.year != b.year:
        return ""
    if a.issue and b.issue and a.issue != b.issue:
        return ""
    venues = _venues_agree(a.venue, b.venue)
    share, first = _author_agreement(a, b)
    if venues is False or not (first or share >= 0.8):
        return ""
    # Two volumes: only a mistyped one ("1" for "Suppl 1") against the same pages, venue and authors.
    if (a.volume and b.volume and a.volume != b.volume) and not (
        a.pages is not None and a.pages == b.pages and venues is True and share >= 0.8
    ):
        return ""
    if a.page is not None and a.page == b.page:
        return "same title, authors, year and first page; DOIs differ"
    if a.page is not None and b.page is not None:
        return ""
    registrant = a.doi.split("/", 1)[0] == b.doi.split("/", 1)[0]
    if (
        registrant
        and min(len(a.doi_key), len(b.doi_key)) >= 12
        and Levenshtein.distance(a.doi_key, b.doi_key) <= 2
    ):
        return "same title, authors and year; DOIs a typo apart"
    return ""


def _judge(a: _Record, b: _Record, threshold: float) -> _Verdict:
    """Duplicate, version or unrelated, with a score in 0..1 and the reason in words."""
    if a.arxiv and a.arxiv == b.arxiv:
        return _Verdict("duplicate", 1.0, "same arXiv id")
    if _notice_pair(a, b):
        return _Verdict("stage", 0.9, "a correction notice and the paper it corrects -> version")
    doi = _doi_relation(a, b)
    if doi != "different" and (a.body or b.body) and _headed(a, b):
        return _Verdict("duplicate", 0.9, "same title behind a column heading, same authors, year and venue")
    if doi in ("", "different") and a.usable and b.usable and _republished(a, b):
        early, late = sorted((a, b), key=lambda r: r.year or 0)
        return _Verdict(
            "stage", 0.85, f"same title, authors and journal, {early.year} and {late.year} -> reprint"
        )
    title = Indel.normalized_similarity(a.title, b.title) if a.usable and b.usable else 0.0
    if doi == "different":
        agree = bool(a.fam and b.fam) and _author_agreement(a, b)[0] >= 0.8
        if title >= 0.97 and _same_place(a, b) and agree:
            return _Verdict(
                "duplicate", 0.9, "same title, authors, year, venue, volume and pages; DOIs differ"
            )
        why = _dois_overruled(a, b, title)
        return _Verdict("duplicate", 0.9, why) if why else _NO
    if doi:
        share, first = _author_agreement(a, b) if a.fam and b.fam else (1.0, True)
        short, long = sorted((a.title, b.title), key=len)
        placed = a.year == b.year and a.pages is not None and a.pages == b.pages and a.volume == b.volume
        # One DOI on two page ranges: a supplement of abstracts, unless all else agrees.
        if a.page is not None and b.page is not None and a.page != b.page and not (first or share >= 0.7):
            return _NO
        titled = (
            title >= 0.75
            or not (a.usable and b.usable)
            or (len(short) >= 12 and long.startswith(short))
            or placed
        )
        if not (titled and (first or share >= 0.8 or title >= 0.9)):
            return _NO
        if doi == "version":
            early, late = sorted((a, b), key=lambda r: (r.year or 0, r.doi or ""))
            return _Verdict(
                "stage", 0.9, f"same DOI up to its version suffix ({early.doi} vs {late.doi}) -> version"
            )
        return _Verdict("duplicate", max(0.95, title), "same DOI")
    if a.arxiv and b.arxiv:
        return _NO
    if not (a.usable and b.usable):
        return _NO  # nothing is ever merged on the title alone, let alone on no title
    if a.year != b.year and _same_article(a, b) and title >= 0.8 and a.fam and b.fam:
        share, first = _author_agreement(a, b)
        if first or share >= 0.8:
            early, late = sorted((a, b), key=lambda r: r.year or 0)
            return _Verdict(
                "stage",
                0.85,
                f"same article number {a.article.upper()}, {early.year} vs {late.year} -> version",
            )
    short, long = sorted((a.title, b.title), key=len)
    prefix = 20 <= len(short) < len(long) and long.startswith(short)
    if title < min(threshold, 0.6) and not prefix and (a.stage == b.stage or _OTHER in (a.stage, b.stage)):
        return _NO  # neither the same record nor two stages of one work
    share, first = _author_agreement(a, b) if a.fam and b.fam else (0.0, False)
    if title < threshold and not prefix:
        if (
            title >= 0.6
            and first
            and share >= 0.8
            and a.year == b.year
            and a.page is not None
            and a.page == b.page
            and a.volume is not None
            and a.volume == b.volume
            and _venues_agree(a.venue, b.venue) is not False
        ):
            return _Verdict("duplicate", 0.9, f"title {title:.2f}, same authors, year, volume and first page")
        if title < 0.5 and not (a.fam and b.fam):
            return _NO
        return _version(a, b, title, share, first, "")
    if a.fam and b.fam and not (first or share >= 0.8):
        return _NO
    dy = abs(a.year - b.year) if a.year and b.year else None
    page_clash = a.page is not None and b.page is not None and a.page != b.page
    volume_clash = a.volume is not None and b.volume is not None and a.volume != b.volume
    # Issue numbers are often noise; they only tell records apart when neither has pages.
    issue_clash = None not in (a.issue, b.issue) and a.issue != b.issue and not (a.page or b.page)
    venues = _venues_agree(a.venue, b.venue)
    support = sum(
        (
            bool(a.fam and b.fam and share >= 0.8),
            a.page is not None and a.page == b.page,
            a.volume is not None and a.volume == b.volume,
            venues is True,
        )
    )
    generic = len(a.stems | b.stems) <= 2 or prefix
    if generic and (dy or support < 2 or page_clash or volume_clash or issue_clash):
        return _NO
    if dy is not None and dy > 1:
        return _version(a, b, title, share, first, "same title") if title >= threshold else _NO
    if issue_clash or (a.numbers != b.numbers and a.numbers and b.numbers and not _same_place(a, b)):
        return _NO  # "Part 1" / "Part 2", or the same column in issues 1 and 2 of a volume
    same_stage = a.stage == b.stage and a.published == b.published
    venue_clash = venues is False and same_stage
    # Two editions of one conference ("18th" / "19th Annual Conference") are two events.
    edition_clash = bool(a.edition and b.edition and not a.edition & b.edition)
    clashes = bool(dy and same_stage) + page_clash + volume_clash + venue_clash + edition_clash
    if clashes > 1 or (clashes and (support < 2 or title < 0.97)):
        return _NO
    if title < 0.97 and support < 2:
        return _NO
    if not (a.fam and b.fam) and support < 1:
        return _NO
    if prefix and title < threshold and (support < 3 or dy):
        return _NO
    parts = [f"title {title:.2f}" if title < 1 else "same title"]
    if a.fam and b.fam:
        parts.append("same first author" if first else f"authors {share:.2f}")
    if a.year and a.year == b.year:
        parts.append("same year")
    if a.stage != b.stage and _OTHER not in (a.stage, b.stage) and (a.published and b.published):
        return _version(a, b, 1.0, share, first or share >= 0.8, parts[0])
    other_status = a.published != b.published and _OTHER not in (a.stage, b.stage)
    if other_status or (a.stage != b.stage and _PREPRINT in (a.stage, b.stage)):
        early, late = (a, b) if not a.published else (b, a)
        return _Verdict(
            "stage", max(title, 0.9), f"{parts[0]}, {_stage_word(late)} vs {_stage_word(early)} -> version"
        )
    score = 0.7 * title + 0.2 * min(share, 1.0) + 0.1 * (dy == 0)
    return _Verdict("duplicate", round(min(score, 1.0), 3), ", ".join(parts))


def _cannot_link(a: _Record, b: _Record, *, years: bool = True) -> bool:
    """Hard evidence that two records are different papers, checked before joining clusters.

    `years=False` when the link joining the clusters is a shared DOI, DOI versions or article
    number: then copies of the work from other years (updates of a review, whose author lists
    change) may join too."""
    if _notice_pair(a, b) or (a.usable and b.usable and _republished(a, b)):
        return False
    if (a.body or b.body) and _doi_relation(a, b) != "different" and _headed(a, b):
        return False
    doi = _doi_relation(a, b)
    if doi == "different":
        title = Indel.normalized_similarity(a.title, b.title)
        if not ((_same_place(a, b) and title >= 0.97) or _dois_overruled(a, b, title)):
            return True
    if a.arxiv and b.arxiv and a.arxiv != b.arxiv:
        return True
    if doi or (a.arxiv and a.arxiv == b.arxiv):
        return False
    if years and a.year and b.year and abs(a.year - b.year) > 1 and not _same_article(a, b):
        return True
    if a.usable and b.usable and Indel.normalized_similarity(a.title, b.title) < 0.6:
        short, long = sorted((a.title, b.title), key=len)
        if not long.startswith(short):
            return True
    if years and a.fam and b.fam:
        share, first = _author_agreement(a, b)
        return share < 0.5 and not first
    return False


# ----------------------------------------------------------------------------- clustering


def _cluster(
    n: int, edges: list[tuple[float, int, int]], records: Sequence[_Record]
) -> tuple[list[int], dict[int, list[int]]]:
    """Join the strongest links first; two clusters join only if no pair across them is a clear mismatch."""
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ra, rb = root(a), root(b)
        if ra == rb:
            continue
        left, right = members[ra], members[rb]
        years = _doi_relation(records[a], records[b]) not in ("same", "version") and not _same_article(
            records[a], records[b]
        )
        if any(
            _cannot_link(records[x], records[y], years=years)
            for x in _sample(left, a)
            for y in _sample(right, b)
        ):
            continue
        if len(left) < len(right) or (len(left) == len(right) and rb < ra):
            ra, rb, left, right = rb, ra, right, left
        parent[rb] = ra
        left.extend(right)
        del members[rb]
    return [root(i) for i in range(n)], members


def _sample(members: list[int], linked: int) -> list[int]:
    """The members of a cluster to check before a join: all of a small cluster; of a big one (many
    copies of one paper), the linked record and the first and latest members, so that joining
    stays linear."""
    if len(members) <= _SAMPLE:
        return members
    half = _SAMPLE // 2
    return [linked, *members[:half], *members[-half:]]


# ----------------------------------------------------------------------------- public API


def _canonical_records(papers: Sequence[Paper]) -> list[_Record]:
    """Records sorted by content, so that grouping does not depend on the input order.

    `index` is still the input index; the caller renumbers. Records equal on every compared field
    are ordered by their full `repr`, computed only for those few."""
    records = [_Record(p, i) for i, p in enumerate(papers)]
    keys = {id(r): r.sort_key() for r in records}
    counts: dict[tuple[Any, ...], int] = defaultdict(int)
    for key in keys.values():
        counts[key] += 1
    return sorted(records, key=lambda r: (keys[id(r)], repr(r.paper) if counts[keys[id(r)]] > 1 else ""))


def _forget_collection_dois(records: Sequence[_Record]) -> None:
    """A DOI carried by three or more different titles names a collection (a supplement of
    abstracts), not a paper: it is no evidence either way for those records."""
    titles: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r.doi_key and r.usable:
            titles[r.doi_key].add(r.title[:16])
    for r in records:
        if r.doi_key and len(titles.get(r.doi_key, ())) >= 3:
            r.doi = None
            r.doi_key = r.doi_work = ""


def _mark_notices(records: Sequence[_Record]) -> None:
    """A record with the DOI of a correction notice is that notice, even when its export dropped
    the "Correction to:" from the title (and kept "(vol 12, pg 131, 2019)", where the corrected
    paper was printed): it is matched as a notice of the paper it names."""
    dois = {r.doi_key for r in records if r.notice and r.doi_key}
    for r in records:
        if r.doi_key in dois and not r.notice and r.usable:
            r.notice = _match_title(_CITED_AT.sub("", r.paper.title)).replace(" ", "")


def _check_options(threshold: float, versions: str) -> None:
    if versions not in ("link", "merge"):
        msg = f"versions must be 'link' or 'merge', got {versions!r}"
        raise ValueError(msg)
    if not 0.5 <= threshold <= 1.0:
        msg = f"threshold must be between 0.5 and 1.0, got {threshold!r}"
        raise ValueError(msg)


def find_duplicates(
    bib: Bibliography | Iterable[Paper],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    versions: VersionMode = "link",
    progress: Progress | None = None,
) -> DuplicateReport:
    """Group duplicate records and link versions of the same work; the input is not changed.

    `threshold` is the minimum title similarity (0.5..1) for a match on the title; `versions="merge"`
    counts preprint / published copies of one paper as duplicates (systematic reviews), `"link"`
    reports them as versions (CVs). `progress(done, total)` is called while pairs are scored.
    """
    _check_options(threshold, versions)
    papers = list(bib)
    records = _canonical_records(papers)
    order = [r.index for r in records]
    for n, r in enumerate(records):
        r.index = n
    position = dict(enumerate(order))  # canonical index -> input index
    _forget_collection_dois(records)
    _mark_notices(records)
    candidates = _candidate_pairs(records)
    total = len(candidates)
    step = max(1, total // 100)
    dup_edges: list[tuple[float, int, int]] = []
    version_edges: list[tuple[float, int, int]] = []
    reasons: dict[tuple[int, int], str] = {}
    for done, (a, b) in enumerate(candidates, 1):
        verdict = _judge(records[a], records[b], threshold)
        if verdict.kind == "duplicate" or (verdict.kind == "stage" and versions == "merge"):
            dup_edges.append((verdict.score, a, b))
        elif verdict.kind:
            version_edges.append((verdict.score, a, b))
        if verdict.kind:
            reasons[a, b] = verdict.reason
        if progress is not None and (done % step == 0 or done == total):
            progress(done, total)
    roots, members = _cluster(len(records), dup_edges, records)

    def by_input(indexes: Iterable[int]) -> list[int]:
        return sorted(indexes, key=lambda i: position[i])

    inside: dict[int, list[tuple[float, int, int]]] = defaultdict(list)
    for edge in dup_edges:
        if roots[edge[1]] == roots[edge[2]]:
            inside[roots[edge[1]]].append(edge)
    first_seen = {root_index: min(position[i] for i in group) for root_index, group in members.items()}
    groups = [
        _make_group([records[i] for i in by_input(members[root_index])], inside[root_index], reasons)
        for root_index in sorted(members, key=first_seen.__getitem__)
        if len(members[root_index]) > 1
    ]
    version_groups = _link_versions(records, roots, first_seen, version_edges, reasons, position)
    return DuplicateReport(tuple(groups), tuple(version_groups), total=len(papers), mode=versions)


def _make_group(
    members: list[_Record], edges: list[tuple[float, int, int]], reasons: dict[tuple[int, int], str]
) -> DuplicateGroup:
    said = []
    for _, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        if reasons[a, b] not in said:
            said.append(reasons[a, b])
    score = min(s for s, _, _ in edges) if edges else 0.0
    return DuplicateGroup(tuple(r.paper for r in members), score, tuple(said), tuple(_conflicts(members)))


def _conflicts(members: Sequence[_Record]) -> list[str]:
    found = []
    for label, values in (
        ("year", [r.paper.year for r in members]),
        ("DOI", [r.paper.identifiers.doi for r in members]),
        ("arXiv id", [r.arxiv for r in members]),
    ):
        distinct = sorted({str(v) for v in values if v is not None})
        if len(distinct) > 1:
            found.append(f"different {label}s: {', '.join(distinct)}")
    return found


def _link_versions(
    records: Sequence[_Record],
    roots: list[int],
    first_seen: dict[int, int],
    edges: list[tuple[float, int, int]],
    reasons: dict[tuple[int, int], str],
    position: dict[int, int],
) -> list[DuplicateGroup]:
    """Version links between duplicate groups, each group linked to at most one group per stage."""
    best: dict[tuple[int, int], tuple[float, int, int]] = {}
    for score, a, b in edges:
        ra, rb = roots[a], roots[b]
        if ra == rb:
            continue
        key = (min(ra, rb), max(ra, rb))
        if key not in best or (-score, a, b) < (-best[key][0], best[key][1], best[key][2]):
            best[key] = (score, a, b)
    taken: set[tuple[int, int]] = set()  # (group root, stage of its partner)
    accepted: list[tuple[float, int, int, int, int]] = []
    for (ra, rb), (score, a, b) in sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0])):
        sa, sb = records[a].stage, records[b].stage
        if (ra, sb) in taken or (rb, sa) in taken:
            continue
        taken.update({(ra, sb), (rb, sa)})
        accepted.append((score, a, b, ra, rb))
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        parent.setdefault(i, i)
        while parent[i] != i:
            i = parent[i]
        return i

    for _, _, _, ra, rb in accepted:
        x, y = find(ra), find(rb)
        if x != y:
            parent[max(x, y, key=lambda r: first_seen[r])] = min(x, y, key=lambda r: first_seen[r])
    components: dict[int, list[tuple[float, int, int, int, int]]] = defaultdict(list)
    for link in accepted:
        components[find(link[3])].append(link)
    first_member: dict[int, _Record] = {}
    for r in records:
        if roots[r.index] in first_seen and position[r.index] == first_seen[roots[r.index]]:
            first_member[roots[r.index]] = r
    out = []
    for comp_root in sorted(components, key=lambda r: first_seen[r]):
        links = components[comp_root]
        group_roots = sorted({r for link in links for r in link[3:]}, key=lambda r: first_seen[r])
        representatives = [first_member[g].paper for g in group_roots]
        said = [reasons[a, b] for _, a, b, _, _ in sorted(links, key=lambda link: (-link[0], link[1]))]
        out.append(DuplicateGroup(tuple(representatives), min(link[0] for link in links), tuple(said)))
    return out


def merge_duplicates(bib: Bibliography, report: DuplicateReport) -> Bibliography:
    """One paper per duplicate group of `report`, merged field by field, in first-appearance order.

    Conflicts (two years, two DOIs) become `problems`; the merged paper keeps every copy's source.
    """
    group_of: dict[int, DuplicateGroup] = {}
    for group in report.duplicates:
        for paper in group.papers:
            group_of[id(paper)] = group
    papers: list[Paper] = []
    problems = list(bib.problems)
    done: set[int] = set()
    for paper in bib.papers:
        found = group_of.get(id(paper))
        if found is None:
            papers.append(paper)
            continue
        group = found
        if id(group) in done:
            continue
        done.add(id(group))
        merged = merge_papers(group.papers)
        papers.append(merged)
        source = merged.source or Source()
        problems.extend(
            Problem(f"merged duplicates disagree: {c}", path=source.path, line=source.line, text=merged.title)
            for c in group.conflicts
        )
    merged_bib: Bibliography = attrs.evolve(bib.with_papers(papers), problems=problems)
    return merged_bib


def dedupe(
    bib: Bibliography,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    versions: VersionMode = "link",
    progress: Progress | None = None,
) -> Bibliography:
    """`bib` with each duplicate group merged into one paper (see `find_duplicates`, `merge_duplicates`)."""
    report = find_duplicates(bib, threshold=threshold, versions=versions, progress=progress)
    return merge_duplicates(bib, report)


# ----------------------------------------------------------------------------- merging


def _authority(paper: Paper) -> tuple[int, int, int]:
    stage = _stage(paper)
    filled = (
        sum(
            1
            for v in (
                paper.year,
                paper.identifiers.doi,
                paper.volume,
                paper.pages,
                paper.number,
                paper.abstract,
            )
            if v
        )
        + len(paper.authors) // 50
    )
    return (_STATUS_RANK[paper.status] if stage != _PREPRINT else 0, stage if stage != _OTHER else 1, filled)


def _pick(values: Iterable[Any]) -> Any:
    return next((v for v in values if v), None)


def merge_papers(papers: Sequence[Paper]) -> Paper:
    """Merge copies of one paper: the most authoritative copy's values first, gaps filled from the others.

    Published beats preprint, a DOI beats none, the full venue name beats an abbreviation;
    identifiers, venues and awards are unioned; `source` is the first copy's, `merged_from` the rest.
    """
    if len(papers) == 1:
        return papers[0]
    ranked = sorted(papers, key=_authority, reverse=True)  # stable: input order among equals
    best = ranked[0]
    authors = max((p.authors for p in ranked), key=lambda a: (len(a), sum(len(x.given) for x in a)))
    authors = best.authors if len(best.authors) == len(authors) else authors
    identifiers = Identifiers(
        doi=_pick(p.identifiers.doi for p in ranked),
        arxiv=_pick(p.identifiers.arxiv for p in ranked),
        url=_pick(p.identifiers.url for p in ranked),
        isbn=_pick(p.identifiers.isbn for p in ranked),
    )
    extra: dict[str, str] = {}
    for paper in reversed(ranked):
        extra.update(paper.extra)
    sources = [s for p in papers for s in p.sources]
    return attrs.evolve(
        best,
        title=max((p.title for p in ranked), key=lambda t: (is_usable_title(t), t == best.title, len(t))),
        authors=authors,
        venues=_merge_venues(p.venues for p in ranked),
        year=_pick(p.year for p in ranked),
        awards=tuple(dict.fromkeys(a for p in ranked for a in p.awards)),
        identifiers=identifiers,
        source=sources[0] if sources else None,
        merged_from=tuple(dict.fromkeys(sources[1:])),
        volume=_pick(p.volume for p in ranked),
        number=_pick(p.number for p in ranked),
        pages=_pick(p.pages for p in ranked),
        month=_pick(p.month for p in ranked),
        abstract=max((p.abstract or "" for p in ranked), key=len) or None,
        note=_pick(p.note for p in ranked),
        selected=any(p.selected for p in papers),
        extra=extra,
    )


def _venue_key(venue: Venue) -> tuple[str, ...]:
    return tuple(
        w for w in normalize_title(venue.name or venue.acronym or "").split() if w not in _VENUE_NOISE
    )


def _merge_venues(lists: Iterable[tuple[Venue, ...]]) -> tuple[Venue, ...]:
    """Union of venues; two names of one venue keep the longer name and any acronym."""
    out: list[Venue] = []
    for venues in lists:
        for venue in venues:
            for n, kept in enumerate(out):
                same_acronym = bool(
                    venue.acronym and kept.acronym and _squash(venue.acronym) == _squash(kept.acronym)
                )
                if same_acronym or _venues_agree(_venue_key(venue), _venue_key(kept)):
                    longer = venue if len(venue.name) > len(kept.name) else kept
                    out[n] = attrs.evolve(
                        longer,
                        acronym=kept.acronym or venue.acronym,
                        kind=kept.kind if kept.kind is not VenueKind.OTHER else venue.kind,
                        publisher=kept.publisher or venue.publisher,
                        year=kept.year or venue.year,
                    )
                    break
            else:
                out.append(venue)
    return tuple(out)
