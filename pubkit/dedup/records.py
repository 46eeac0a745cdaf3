"""Record features for matching: normalized title, venue words, names, pages and stage, per `Record`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from pubkit.model import Paper, Status, VenueKind, arxiv_id
from pubkit.names import squash
from pubkit.titles import STOPWORDS, is_usable_title, normalize_title
from pubkit.venues import venue_identity, venue_words

# Stages of a work, in publication order; OTHER (unknown) never makes a version.
PREPRINT_STAGE, WORKSHOP_STAGE, CONFERENCE_STAGE, JOURNAL_STAGE, OTHER_STAGE = 0, 1, 2, 3, 9
_KIND_STAGE = {
    VenueKind.PREPRINT: PREPRINT_STAGE,
    VenueKind.WORKSHOP: WORKSHOP_STAGE,
    VenueKind.DEMO: WORKSHOP_STAGE,
    VenueKind.CONFERENCE: CONFERENCE_STAGE,
    VenueKind.JOURNAL: JOURNAL_STAGE,
}
_UNPUBLISHED = frozenset({Status.PREPRINT, Status.SUBMITTED, Status.UNDER_REVIEW})

# Trailing database notes ("[Review] [43 refs]", "[Turkish]") and brackets around translated titles.
_TRAILING_NOTE = re.compile(r"(?<![\s\]])(?:\s*\[[^\[\]]{0,60}\])+\s*\.?\s*$")  # no restart inside a run
# "... in very small prematures. German": a database's note of the original language.
_LANGUAGES = (
    r"(?:german|french|spanish|russian|portuguese|japanese|chinese|italian|polish|dutch|turkish|english"
    r"|korean|czech|hungarian|danish|swedish|norwegian|finnish|hebrew|croatian|serbian|persian)"
)
# "... in very small prematures. German", "... REVIEW. GERMAN ENGLISH": the languages a database noted.
_LANGUAGE_NOTE = re.compile(
    rf"[.;]\s*\(?{_LANGUAGES}(?:\s*(?:,|and|/)?\s*{_LANGUAGES})?\)?\s*\.?\s*$",
    re.IGNORECASE,
)
# Embase: "English title. German. Originaltitel in der Originalsprache" (a note, then the original).
_ORIGINAL_TITLE = re.compile(
    rf"^(.{{20,}}?[^.;])[.;]\s*\(?{_LANGUAGES}\)?\s*[.:]\s+\S.*$", re.IGNORECASE | re.DOTALL
)
# Issues of a recurring column: "Gateways to clinical trials - January/February 2003" (not "may").
_MONTH_WORDS = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b"
)
_MEETING = re.compile(r"\b(?:conference|congress|meeting|symposium|abstracts?)\b", re.IGNORECASE)
_ENCLOSING_BRACKETS = re.compile(r"^\s*\[(.*)\]\s*\.?\s*$")
_NON_ALNUM = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")
# Parts of a series told apart by Roman numerals or letters: "Part I" / "Part II", "Cats II", "Part B".
_PART = re.compile(r"\bpart ([a-z]|[ivx]+)\b")
_ROMAN = re.compile(r"\b(?:ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii|xiv|xv)\b|\bi$")
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
CITED_AT = re.compile(r"(?<!\s)\s*[(\[]\s*vol\.?\s*\d[^()\[\]]{0,40}[)\]]\s*\.?\s*$", re.IGNORECASE)
_NOTICE = re.compile(
    r"^\s*(?:correction|corrigendum|erratum|errata)(?:\s+(?:to|of|for))?(?:\s*:|\s+[-\u2013]+\s)\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
# An article number in the pages field ("CD000437", "e0137960"): one article of a journal, in all its updates.
_ARTICLE_NUMBER = re.compile(r"[a-z]{1,3}\d{5,}")


def match_title(title: str) -> str:
    """The title as compared: trailing database notes, enclosing brackets and an original-language
    title behind a language note ("English title. German. Originaltitel") dropped."""
    inner = _ENCLOSING_BRACKETS.match(title)
    if inner:
        title = inner.group(1)
    original = _ORIGINAL_TITLE.match(title)
    if original:
        title = original.group(1)
    stripped = _LANGUAGE_NOTE.sub("", _TRAILING_NOTE.sub("", title))
    return normalize_title(stripped if len(stripped) >= 8 else title)


@lru_cache(maxsize=1 << 17)
def name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in (squash(part) for part in name.replace(",", " ").split()) if len(w) > 1)


def _page_range(pages: str | None) -> tuple[str, str] | None:
    """First and last page, the last written out in full: "717-21" -> ("717", "721")."""
    numbers = [n.lstrip("0") or "0" for n in _DIGITS.findall(pages or "")[:2]]
    if not numbers:
        return None
    first, last = numbers[0], numbers[-1]
    if len(last) < len(first) and int(last) < int(first):
        last = first[: len(first) - len(last)] + last
    return first, last


def page_count(pages: tuple[str, str] | None) -> int:
    """Pages in a range ("717", "721" -> 5); 0 without a range."""
    if pages is None:
        return 0
    first, last = int(pages[0]), int(pages[1])
    return last - first + 1 if first <= last else 0


def _first_number(value: str | None) -> str | None:
    found = _DIGITS.search(value or "")
    return found.group(0).lstrip("0") or "0" if found else None


def paper_stage(paper: Paper) -> int:
    """The stage of a paper's main venue: the kind the venue table knows (Scholar exports NeurIPS papers
    as journal articles), else the stated kind, else the kind the venue's name tells."""
    kind = paper.kind
    if paper.venue is not None:
        identity = venue_identity(paper.venue.label)
        if identity.known or kind is VenueKind.OTHER:
            kind = identity.kind
    if kind is VenueKind.OTHER and paper.status is Status.PREPRINT:
        return PREPRINT_STAGE
    if kind is VenueKind.OTHER and paper.identifiers.arxiv and not paper.venues:
        return PREPRINT_STAGE
    return _KIND_STAGE.get(kind, OTHER_STAGE)


class Record:
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
        "meeting",
        "notice",
        "numbers",
        "page",
        "pages",
        "paper",
        "published",
        "stage",
        "stems",
        "supplement",
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
        title = match_title(paper.title) if self.usable else ""
        self.title = title.replace(" ", "")
        lead_in = _LEAD_IN.match(paper.title) if self.usable else None
        self.body = match_title(lead_in.group(1)).replace(" ", "") if lead_in else ""
        notice = _NOTICE.match(CITED_AT.sub("", paper.title)) if self.usable else None
        self.notice = match_title(notice.group(1)).replace(" ", "") if notice else ""
        self.numbers = frozenset(  # "Part 2", "Part II", "the 6th Workshop", "... - March 2003"
            _DIGITS.findall(title)
            + _PART.findall(title)
            + _ROMAN.findall(title)
            + _MONTH_WORDS.findall(title)
        )
        # A meeting abstract printed in a journal ("Neurology. Conference: 68th Annual Meeting ...").
        self.meeting = bool(_MEETING.search(paper.venue.label)) if paper.venue else False
        self.supplement = "suppl" in f"{paper.volume or ''} {paper.number or ''}".casefold()
        self.stems = frozenset(w[:5] for w in title.split() if w not in STOPWORDS)
        self.year = paper.year
        ids = paper.identifiers
        self.doi = (
            _DOUBLED_DOI_PREFIX.sub(r"\1", unquote(ids.doi).casefold().rstrip(".")) if ids.doi else None
        )
        doi_arxiv = arxiv_id(self.doi) if self.doi else None
        if doi_arxiv:  # an arXiv DOI names the preprint, as its arXiv id does: compared as one
            self.doi = None
        self.doi_key = _NON_ALNUM.sub("", self.doi) if self.doi else ""
        self.doi_work = _DOI_VERSION.sub("", self.doi) if self.doi else ""
        arxiv = ids.arxiv or doi_arxiv
        self.arxiv = _ARXIV_VERSION.sub("", arxiv.casefold()) if arxiv else None
        fam = [squash(a.family or a.name) for a in paper.authors[:200]]
        self.fam = tuple(f for f in fam if f)
        self.famset = frozenset(self.fam)
        # Every full word of every name, for exports that swap given and family names.
        self.words: frozenset[str] | None = None  # computed when first needed: see _words
        label = paper.venue.label if paper.venue else ""
        identity = venue_identity(label) if label else None
        # A venue the table knows is compared by its one name ("J Mol Cell Cardiol" = the journal title);
        # so is a workshop, by its own name without its host ("BlackboxNLP Workshop at EMNLP").
        named = identity is not None and (identity.known or identity.kind is VenueKind.WORKSHOP)
        self.venue = venue_words(identity.name if identity is not None and named else label)
        self.edition = frozenset(_DIGITS.findall(label))  # "18th Annual Conference", "ICML 2019"
        self.page = _first_number(paper.pages)
        self.pages = _page_range(paper.pages)
        article = squash(paper.pages or "")
        self.article = article if _ARTICLE_NUMBER.fullmatch(article) else ""
        volume = paper.volume or ""
        # "1)" is the tail of a field cut in the middle ("59 (Suppl 1)"): no volume at all.
        self.volume = _first_number(volume) if volume.count("(") >= volume.count(")") else None
        issue = _first_number(paper.number)
        self.issue = issue if issue and len(issue) <= 2 else None  # bigger "numbers" are accession ids
        self.stage = paper_stage(paper)
        self.published = paper.status not in _UNPUBLISHED and self.stage != PREPRINT_STAGE

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
