"""Pair scoring: whether two records are duplicates, versions of one work, or must never be linked."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from attrs import frozen
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from pubkit.dedup.records import (
    CONFERENCE_STAGE,
    JOURNAL_STAGE,
    OTHER_STAGE,
    PREPRINT_STAGE,
    WORKSHOP_STAGE,
    Record,
    name_words,
    page_count,
)
from pubkit.venues import venues_agree

_STAGE_NAMES = {
    PREPRINT_STAGE: "preprint",
    WORKSHOP_STAGE: "workshop",
    CONFERENCE_STAGE: "conference",
    JOURNAL_STAGE: "journal",
}
# Named thresholds (similarities in 0..1) and scores; every rule below reads these.
#: Titles this similar are the same title (spelling, punctuation, a typo).
SAME_TITLE = 0.97
#: Below this title similarity (or the threshold, if lower) two records are unrelated.
TITLE_FLOOR = 0.6
#: Below this, a record without authors is not even a version candidate.
TITLE_UNRELATED = 0.5
#: Share of the shorter author list found in the longer for "the same authors".
AUTHORS_AGREE = 0.8
#: Two family names this similar (and at least MIN_NAME letters) are one name with a typo.
NAME_SIMILAR = 0.8
MIN_NAME = 4
#: Under one DOI: a title this similar is the title; this similar is enough without the authors.
DOI_TITLE = 0.75
DOI_TITLE_ALONE = 0.9
#: Under one DOI on two page ranges, the share of authors that still says "one article".
DOI_SUPPLEMENT_AUTHORS = 0.7
#: Title similarity for versions and article-number updates.
VERSION_TITLE = 0.8
#: Versions with another title: share of all authors, and of the shorter title's topic words, in common.
VERSION_AUTHORS = 0.75
VERSION_WORDS = 0.7
#: Below this author share, two records never join one cluster (unless a DOI links them).
CLUSTER_AUTHORS = 0.5
#: A title of at most this many distinct topic stems is generic ("Editorial", "Head lice").
GENERIC_STEMS = 2
#: A truncated title must keep this many characters (and a DOI prefix match this many).
MIN_PREFIX = 20
MIN_DOI_PREFIX = 12
#: Two DOIs of one registrant this many edits apart are one DOI with a typo.
DOI_TYPO_EDITS = 2
#: An abstract has at most this many pages; a full article at least that many.
ABSTRACT_PAGES, ARTICLE_PAGES = 2, 4
#: Scores of the rule verdicts, and the weights of the plain duplicate score.
SCORE_DOI = 0.95
SCORE_RULE = 0.9
SCORE_WEAK_RULE = 0.85
WEIGHT_TITLE, WEIGHT_AUTHORS, WEIGHT_YEAR = 0.7, 0.2, 0.1


@frozen
class Verdict:
    kind: str  # "duplicate", "stage" (a duplicate in merge mode, else a version), "version" or ""
    score: float
    reason: str


_NO = Verdict("", 0.0, "")


def _names_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= MIN_NAME and (a.endswith(b) or b.endswith(a)):  # "vonpawel" / "pawel"
        return True
    return min(len(a), len(b)) >= MIN_NAME and Indel.normalized_similarity(a, b) >= NAME_SIMILAR


def _words(r: Record) -> frozenset[str]:
    """Every full word of every author name (the first 50), computed once per record."""
    if r.words is None:
        r.words = frozenset().union(*(name_words(a.name) for a in r.paper.authors[:50]))
    return r.words


def author_agreement(a: Record, b: Record) -> tuple[float, bool]:
    """(share of the shorter author list found in the longer, same first author)."""
    shared = len(a.famset & b.famset)
    short = min(len(a.famset), len(b.famset))
    share = shared / short if short else 0.0
    if share < 1.0 and short:
        fuzzy = fuzz.token_set_ratio(" ".join(a.fam[:50]), " ".join(b.fam[:50])) / 100
        share = max(share, fuzzy if short > 1 else 0.0)
    first = _names_agree(a.fam[0], b.fam[0])
    if share < AUTHORS_AGREE:
        # "Altenried, Moritz" / "Moritz, Altenried": given and family swapped by an export
        a_words, b_words = _words(a), _words(b)
        if a_words and b_words:
            words = len(a_words & b_words) / min(len(a_words), len(b_words))
            first_words = name_words(a.paper.authors[0].name) & name_words(b.paper.authors[0].name)
            if words >= AUTHORS_AGREE and first_words:
                return words, True
    return share, first


def _stem_overlap(a: Record, b: Record) -> tuple[float, int]:
    shared = len(a.stems & b.stems)
    short = min(len(a.stems), len(b.stems))
    return (shared / short if short else 0.0), shared


def _stage_word(r: Record) -> str:
    name = _STAGE_NAMES.get(r.stage, "record")
    if not r.published and r.stage != PREPRINT_STAGE:
        name = f"{r.paper.status.value} {name}"
    return f"{name} {r.year}" if r.year else name


def _version(a: Record, b: Record, title: float, share: float, first: bool, why: str) -> Verdict:
    """Whether two records that are not duplicates are versions of one work."""
    if a.stage == b.stage or OTHER_STAGE in (a.stage, b.stage) or not (first and a.fam and b.fam):
        return _NO
    early, late = (a, b) if a.stage < b.stage else (b, a)
    # A later stage comes later: the same year or up to four years on (a preprint may be dated a
    # year after the paper it was posted for).
    earliest = -1 if early.stage == PREPRINT_STAGE else 0
    if early.year and late.year and not earliest <= late.year - early.year <= 4:
        return _NO
    whole = len(a.famset & b.famset) / max(len(a.famset), len(b.famset))
    if whole < VERSION_AUTHORS or share < AUTHORS_AGREE:
        return _NO
    overlap, shared = _stem_overlap(a, b)
    longest = max(len(a.stems), len(b.stems))
    if title < VERSION_TITLE and (overlap < VERSION_WORDS or shared < 3 or 2 * shared < longest):
        return _NO
    score = round((max(title, overlap) + whole) / 2, 3)
    detail = why or (f"title {title:.2f}" if title >= VERSION_TITLE else f"title words {overlap:.2f}")
    return Verdict(
        "version", score, f"{detail}, authors {whole:.2f}, {_stage_word(early)} -> {_stage_word(late)}"
    )


def _same_place(a: Record, b: Record) -> bool:
    """Same year, venue, volume and first page: one article, whatever else a record claims."""
    return _same_citation(a, b) and len(a.stems | b.stems) > 2


def same_article(a: Record, b: Record) -> bool:
    """The same article number in the same journal: one article, maybe updated over the years."""
    return bool(a.article) and a.article == b.article and venues_agree(a.venue, b.venue) is True


def doi_relation(a: Record, b: Record) -> str:
    """ "same" (also spelled differently: "jas2013-6195" / "jas.2013-6195"), "version" (".pub2" /
    ".pub3"), "different", or "" when either record has no DOI."""
    if not (a.doi and b.doi):
        return ""
    if a.doi_key == b.doi_key:
        return "same"
    if a.doi_work == b.doi_work:
        return "version"
    short, long = sorted((a.doi_key, b.doi_key), key=len)
    if len(short) >= MIN_DOI_PREFIX and long.startswith(short) and not long[len(short)].isdigit():
        return "same"  # a truncated DOI: "10.1158/15387445" / "10.1158/1538-7445.AM2017-326"
    short, long = sorted((a.doi, b.doi), key=len)
    if len(short) >= MIN_DOI_PREFIX and long.startswith(short + ".") and long[len(short) + 1 :].isdigit():
        return "same"  # a part of the article: "10.5555/eng.01234" / "10.5555/eng.01234.001"
    return "different"


def _notice_pair(a: Record, b: Record) -> bool:
    """One record is a correction notice of the other: "Correction to: <its title>",
    by its authors, in the same year and the same venue (when both name one)."""
    if not (a.notice or b.notice) or not (a.fam and b.fam):
        return False
    notice, other = (a, b) if a.notice else (b, a)
    if other.notice or not other.usable or len(notice.notice) < 20:
        return False
    if Indel.normalized_similarity(notice.notice, other.title) < SAME_TITLE:
        return False
    if a.year != b.year:
        return False
    share, first = author_agreement(a, b)
    return (first or share >= AUTHORS_AGREE) and venues_agree(a.venue, b.venue) is not False


def _headed(a: Record, b: Record) -> bool:
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
    share, first = author_agreement(a, b)
    return (first or share >= AUTHORS_AGREE) and venues_agree(a.venue, b.venue) is True


def _republished(a: Record, b: Record) -> bool:
    """The same article printed again a year later by its journal: the same specific title (four
    topic words or more), the same two or more authors, the same journal, one year apart, and two
    other page ranges of the same length (four pages or more). A yearly column keeps a generic title
    ("Editorial") or changes authors; an abstract and its article differ in length."""
    lengths = [page_count(r.pages) for r in (a, b)]
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
        and venues_agree(a.venue, b.venue) is True
    )


def _dois_overruled(a: Record, b: Record, title: float) -> str:
    """Why two records with different DOIs are still one article ("" when they are not): the same
    title, authors and year, no clash of volume, issue or pages, and the same first page or two
    DOIs of one registrant a typo apart ("10.5555/er-2018-0311" / "10.5555/ear-2018-0311")."""
    if title < SAME_TITLE or not (a.fam and b.fam and a.doi and b.doi) or a.year is None or a.year != b.year:
        return ""
    if a.issue and b.issue and a.issue != b.issue:
        return ""
    venues = venues_agree(a.venue, b.venue)
    share, first = author_agreement(a, b)
    if venues is False or not (first or share >= AUTHORS_AGREE):
        return ""
    # Two volumes: only a mistyped one ("1" for "Suppl 1") against the same pages, venue and authors.
    if (a.volume and b.volume and a.volume != b.volume) and not (
        a.pages is not None and a.pages == b.pages and venues is True and share >= AUTHORS_AGREE
    ):
        return ""
    if a.page is not None and a.page == b.page:
        return "same title, authors, year and first page; DOIs differ"
    if a.page is not None and b.page is not None:
        return ""
    registrant = a.doi.split("/", 1)[0] == b.doi.split("/", 1)[0]
    if (
        registrant
        and min(len(a.doi_key), len(b.doi_key)) >= MIN_DOI_PREFIX
        and Levenshtein.distance(a.doi_key, b.doi_key) <= DOI_TYPO_EDITS
    ):
        return "same title, authors and year; DOIs a typo apart"
    return ""


class Pair:
    """The evidence about one pair of records, each comparison computed at most once (rules read it)."""

    def __init__(self, a: Record, b: Record, threshold: float) -> None:
        self.a, self.b, self.threshold = a, b, threshold
        self.usable = a.usable and b.usable
        self.both_authors = bool(a.fam and b.fam)
        self.doi = doi_relation(a, b)  # read by almost every pair: computed at once
        self.title = Indel.normalized_similarity(a.title, b.title) if self.usable else 0.0

    @cached_property
    def authors(self) -> tuple[float, bool]:
        """(share, same first author); (0.0, False) when either record has no authors."""
        return author_agreement(self.a, self.b) if self.both_authors else (0.0, False)

    @property
    def share(self) -> float:
        return self.authors[0]

    @property
    def first(self) -> bool:
        return self.authors[1]

    @property
    def same_authors(self) -> bool:
        """The same first author, or most authors in common."""
        return self.first or self.share >= AUTHORS_AGREE

    @cached_property
    def venues(self) -> bool | None:
        return venues_agree(self.a.venue, self.b.venue)

    @cached_property
    def prefix(self) -> bool:
        """One title is the start of the other (a truncated export)."""
        short, long = sorted((self.a.title, self.b.title), key=len)
        return MIN_PREFIX <= len(short) < len(long) and long.startswith(short)

    @cached_property
    def year_gap(self) -> int | None:
        a, b = self.a, self.b
        return abs(a.year - b.year) if a.year and b.year else None

    @cached_property
    def page_clash(self) -> bool:
        return self.a.page is not None and self.b.page is not None and self.a.page != self.b.page

    @cached_property
    def volume_clash(self) -> bool:
        return self.a.volume is not None and self.b.volume is not None and self.a.volume != self.b.volume

    @cached_property
    def issue_clash(self) -> bool:
        """Issue numbers are often noise; they only tell records apart when neither has pages."""
        a, b = self.a, self.b
        return None not in (a.issue, b.issue) and a.issue != b.issue and not (a.page or b.page)

    @cached_property
    def support(self) -> int:
        """How many of authors, first page, volume and venue agree."""
        a, b = self.a, self.b
        return sum(
            (
                self.both_authors and self.share >= AUTHORS_AGREE,
                a.page is not None and a.page == b.page,
                a.volume is not None and a.volume == b.volume,
                self.venues is True,
            )
        )

    @cached_property
    def same_stage(self) -> bool:
        return self.a.stage == self.b.stage and self.a.published == self.b.published


Rule = Callable[[Pair], "Verdict | None"]


def _rule_same_arxiv(p: Pair) -> Verdict | None:
    a, b = p.a, p.b
    if not (a.arxiv and a.arxiv == b.arxiv):
        return None
    if a.published != b.published and OTHER_STAGE not in (a.stage, b.stage):
        # The published paper carries its preprint's link: the same answer as without the link.
        early, late = (a, b) if not a.published else (b, a)
        return Verdict("stage", 1.0, f"same arXiv id, {_stage_word(late)} vs {_stage_word(early)} -> version")
    if a.stage != b.stage and OTHER_STAGE not in (a.stage, b.stage):
        # A workshop paper and its conference paper citing one preprint: two publications of one work.
        early, late = (a, b) if a.stage < b.stage else (b, a)
        return Verdict("version", 1.0, f"same arXiv id, {_stage_word(early)} -> {_stage_word(late)}")
    return Verdict("duplicate", 1.0, "same arXiv id")


def _rule_notice(p: Pair) -> Verdict | None:
    if _notice_pair(p.a, p.b):
        return Verdict("stage", SCORE_RULE, "a correction notice and the paper it corrects -> version")
    return None


def _rule_headed(p: Pair) -> Verdict | None:
    if p.doi != "different" and (p.a.body or p.b.body) and _headed(p.a, p.b):
        return Verdict(
            "duplicate", SCORE_RULE, "same title behind a column heading, same authors, year and venue"
        )
    return None


def _rule_reprint(p: Pair) -> Verdict | None:
    if p.doi in ("", "different") and p.usable and _republished(p.a, p.b):
        early, late = sorted((p.a, p.b), key=lambda r: r.year or 0)
        return Verdict(
            "stage",
            SCORE_WEAK_RULE,
            f"same title, authors and journal, {early.year} and {late.year} -> reprint",
        )
    return None


def _rule_two_dois(p: Pair) -> Verdict | None:
    """Two DOIs: different records unless the same place or a DOI typo says otherwise (final)."""
    if p.doi != "different":
        return None
    if p.title >= SAME_TITLE and _same_place(p.a, p.b) and p.both_authors and p.share >= AUTHORS_AGREE:
        return Verdict(
            "duplicate", SCORE_RULE, "same title, authors, year, venue, volume and pages; DOIs differ"
        )
    why = _dois_overruled(p.a, p.b, p.title)
    return Verdict("duplicate", SCORE_RULE, why) if why else _NO


def _rule_one_doi(p: Pair) -> Verdict | None:
    """One DOI (or its versions): the same record when title and authors do not contradict (final)."""
    if not p.doi:
        return None
    a, b = p.a, p.b
    share, first = p.authors if p.both_authors else (1.0, True)
    # One DOI on two page ranges: a supplement of abstracts, unless all else agrees.
    if p.page_clash and not (first or share >= DOI_SUPPLEMENT_AUTHORS):
        return _NO
    # An abstract that carries its full article's DOI: another journal, volume and first page.
    if p.page_clash and p.volume_clash and p.venues is False and _abstract_and_article(a, b):
        return _NO
    short, long = sorted((a.title, b.title), key=len)
    placed = a.year == b.year and a.pages is not None and a.pages == b.pages and a.volume == b.volume
    titled = (
        p.title >= DOI_TITLE
        or not p.usable
        or (len(short) >= MIN_DOI_PREFIX and long.startswith(short))
        or placed
    )
    if not (titled and (first or share >= AUTHORS_AGREE or p.title >= DOI_TITLE_ALONE)):
        return _NO
    if p.doi == "version":
        early, late = sorted((a, b), key=lambda r: (r.year or 0, r.doi or ""))
        return Verdict(
            "stage", SCORE_RULE, f"same DOI up to its version suffix ({early.doi} vs {late.doi}) -> version"
        )
    return Verdict("duplicate", max(SCORE_DOI, p.title), "same DOI")


def _rule_two_arxiv_ids(p: Pair) -> Verdict | None:
    return _NO if p.a.arxiv and p.b.arxiv else None


def _rule_no_title(p: Pair) -> Verdict | None:
    """Nothing is ever merged on the title alone, let alone on no title; two citations that print none
    (physics' "Phys. Rev. A 108, 043312 (2023)") are one paper when they are the same citation."""
    if p.usable:
        return None
    a, b = p.a, p.b
    printed_none = not a.paper.title and not b.paper.title  # ("#NAME?", "Untitled": a record's damage)
    if not printed_none or not _same_citation(a, b) or not p.both_authors or not p.same_authors:
        return _NO
    return Verdict("duplicate", SCORE_RULE, "no titles; same journal, volume, first page and year")


def _same_citation(a: Record, b: Record) -> bool:
    """Same year, venue, volume and first page (the issue, when both print one): one article."""
    return (
        a.year is not None
        and a.year == b.year
        and a.page is not None
        and a.page == b.page
        and a.volume is not None
        and a.volume == b.volume
        and (a.issue is None or b.issue is None or a.issue == b.issue)
        and venues_agree(a.venue, b.venue) is True
    )


def _rule_article_number(p: Pair) -> Verdict | None:
    a, b = p.a, p.b
    if (
        a.year != b.year
        and same_article(a, b)
        and p.title >= VERSION_TITLE
        and p.both_authors
        and p.same_authors
    ):
        early, late = sorted((a, b), key=lambda r: r.year or 0)
        return Verdict(
            "stage",
            SCORE_WEAK_RULE,
            f"same article number {a.article.upper()}, {early.year} vs {late.year} -> version",
        )
    return None


def _rule_unrelated_titles(p: Pair) -> Verdict | None:
    a, b = p.a, p.b
    if (
        p.title < min(p.threshold, TITLE_FLOOR)
        and not p.prefix
        and (a.stage == b.stage or OTHER_STAGE in (a.stage, b.stage))
    ):
        return _NO  # neither the same record nor two stages of one work
    return None


def _rule_below_threshold(p: Pair) -> Verdict | None:
    """A title below the threshold: the same record only at the same place, else maybe a version (final)."""
    if p.title >= p.threshold or p.prefix:
        return None
    a, b = p.a, p.b
    if (
        p.title >= TITLE_FLOOR
        and p.first
        and p.share >= AUTHORS_AGREE
        and a.year == b.year
        and a.page is not None
        and a.page == b.page
        and a.volume is not None
        and a.volume == b.volume
        and p.venues is not False
    ):
        return Verdict(
            "duplicate", SCORE_RULE, f"title {p.title:.2f}, same authors, year, volume and first page"
        )
    if p.title < TITLE_UNRELATED and not p.both_authors:
        return _NO
    return _version(a, b, p.title, p.share, p.first, "")


def _rule_other_authors(p: Pair) -> Verdict | None:
    return _NO if p.both_authors and not p.same_authors else None


def _rule_generic_title(p: Pair) -> Verdict | None:
    generic = len(p.a.stems | p.b.stems) <= GENERIC_STEMS or p.prefix
    if generic and (p.year_gap or p.support < 2 or p.page_clash or p.volume_clash or p.issue_clash):
        return _NO
    return None


def _rule_years_apart(p: Pair) -> Verdict | None:
    if p.year_gap is None or p.year_gap <= 1:
        return None
    return _version(p.a, p.b, p.title, p.share, p.first, "same title") if p.title >= p.threshold else _NO


def _rule_parts(p: Pair) -> Verdict | None:
    a, b = p.a, p.b
    if p.issue_clash or (a.numbers != b.numbers and a.numbers and b.numbers and not _same_place(a, b)):
        return _NO  # "Part 1" / "Part 2", or the same column in issues 1 and 2 of a volume
    return None


def _abstract_and_article(a: Record, b: Record) -> bool:
    """One record is a meeting abstract (a meeting venue, a supplement, one or two pages), the other
    a full article (four pages or more)."""
    short, long = sorted((a, b), key=lambda r: page_count(r.pages))
    abstract = short.meeting or short.supplement or 0 < page_count(short.pages) <= ABSTRACT_PAGES
    return abstract and page_count(long.pages) >= ARTICLE_PAGES


def _rule_meeting_abstract(p: Pair) -> Verdict | None:
    """A meeting abstract and an article of the same title in another journal (not on the same first
    page, which would make it one printing) are two publications."""
    a, b = p.a, p.b
    same_page = a.page is not None and a.page == b.page
    if a.meeting != b.meeting and a.stage == b.stage and p.venues is False and not same_page:
        return _NO
    return None


def _rule_clashes(p: Pair) -> Verdict | None:
    a, b = p.a, p.b
    venue_clash = p.venues is False and p.same_stage
    # Two editions of one conference ("18th" / "19th Annual Conference") are two events.
    edition_clash = bool(a.edition and b.edition and not a.edition & b.edition)
    clashes = bool(p.year_gap and p.same_stage) + p.page_clash + p.volume_clash + venue_clash + edition_clash
    if clashes > 1 or (clashes and (p.support < 2 or p.title < SAME_TITLE)):
        return _NO
    return None


def _rule_little_support(p: Pair) -> Verdict | None:
    if p.title < SAME_TITLE and p.support < 2:
        return _NO
    if not p.both_authors and p.support < 1:
        return _NO
    if p.prefix and p.title < p.threshold and (p.support < 3 or p.year_gap):
        return _NO
    return None


def _rule_same_record(p: Pair) -> Verdict | None:
    """Everything agrees: the same record, or the same paper at two stages (final)."""
    a, b = p.a, p.b
    parts = [f"title {p.title:.2f}" if p.title < 1 else "same title"]
    if p.both_authors:
        parts.append("same first author" if p.first else f"authors {p.share:.2f}")
    if a.year and a.year == b.year:
        parts.append("same year")
    if a.stage != b.stage and OTHER_STAGE not in (a.stage, b.stage) and (a.published and b.published):
        return _version(a, b, 1.0, p.share, p.same_authors, parts[0])
    other_status = a.published != b.published and OTHER_STAGE not in (a.stage, b.stage)
    if other_status or (a.stage != b.stage and PREPRINT_STAGE in (a.stage, b.stage)):
        early, late = (a, b) if not a.published else (b, a)
        return Verdict(
            "stage",
            max(p.title, SCORE_RULE),
            f"{parts[0]}, {_stage_word(late)} vs {_stage_word(early)} -> version",
        )
    score = WEIGHT_TITLE * p.title + WEIGHT_AUTHORS * min(p.share, 1.0) + WEIGHT_YEAR * (p.year_gap == 0)
    return Verdict("duplicate", round(min(score, 1.0), 3), ", ".join(parts))


#: The pair verdict: the first rule that answers decides. Identifiers first, then the title, then
#: the clashes that keep similar titles apart, then the record itself.
RULES: tuple[Rule, ...] = (
    _rule_same_arxiv,
    _rule_notice,
    _rule_headed,
    _rule_reprint,
    _rule_two_dois,
    _rule_one_doi,
    _rule_two_arxiv_ids,
    _rule_no_title,
    _rule_article_number,
    _rule_unrelated_titles,
    _rule_below_threshold,
    _rule_other_authors,
    _rule_generic_title,
    _rule_years_apart,
    _rule_parts,
    _rule_meeting_abstract,
    _rule_clashes,
    _rule_little_support,
    _rule_same_record,
)


def judge(a: Record, b: Record, threshold: float) -> Verdict:
    """Duplicate, version or unrelated, with a score in 0..1 and the reason in words (see `RULES`)."""
    pair = Pair(a, b, threshold)
    for rule in RULES:
        verdict = rule(pair)
        if verdict is not None:
            return verdict
    return _NO  # pragma: no cover - the last rule always answers


def cannot_link(a: Record, b: Record, *, years: bool = True) -> bool:
    """Hard evidence that two records are different papers, checked before joining clusters.

    `years=False` when the link joining the clusters is a shared DOI, DOI versions or article
    number: then copies of the work from other years (updates of a review, whose author lists
    change) may join too."""
    if _notice_pair(a, b) or (a.usable and b.usable and _republished(a, b)):
        return False
    if (a.body or b.body) and doi_relation(a, b) != "different" and _headed(a, b):
        return False
    doi = doi_relation(a, b)
    if doi == "different":
        title = Indel.normalized_similarity(a.title, b.title)
        if not ((_same_place(a, b) and title >= SAME_TITLE) or _dois_overruled(a, b, title)):
            return True
    if a.arxiv and b.arxiv and a.arxiv != b.arxiv:
        return True
    if doi or (a.arxiv and a.arxiv == b.arxiv):
        return False
    if years and a.year and b.year and abs(a.year - b.year) > 1 and not same_article(a, b):
        return True
    if a.usable and b.usable and Indel.normalized_similarity(a.title, b.title) < TITLE_FLOOR:
        short, long = sorted((a.title, b.title), key=len)
        if not long.startswith(short):
            return True
    if years and a.fam and b.fam:
        share, first = author_agreement(a, b)
        return share < CLUSTER_AUTHORS and not first
    return False


#: Title similarity from which a pair that was kept apart is listed as a possible duplicate.
POSSIBLE_TITLE = 0.8


@frozen
class Evidence:
    """What two records share and where they clash, computed once per pair (for reports)."""

    title: float
    share: float
    first: bool
    doi: str
    arxiv_clash: bool
    year_gap: int | None
    page_clash: bool
    volume_clash: bool
    venues: bool | None
    numbers_differ: bool


def worth_review(a: Record, b: Record) -> bool:
    """Whether a pair that was kept apart still looks like one record: a similar specific title (three
    topic words or more), at most a year apart, and no two DOIs or arXiv ids that tell them apart."""
    if not (a.usable and b.usable) or len(a.stems | b.stems) <= 2:
        return False
    if (a.year and b.year and abs(a.year - b.year) > 1) or (a.arxiv and b.arxiv and a.arxiv != b.arxiv):
        return False
    if Indel.normalized_similarity(a.title, b.title) < POSSIBLE_TITLE:
        return False
    return doi_relation(a, b) != "different"


def evidence(a: Record, b: Record) -> Evidence:
    """The comparison of two records, field by field."""
    title = Indel.normalized_similarity(a.title, b.title) if a.usable and b.usable else 0.0
    share, first = author_agreement(a, b) if a.fam and b.fam else (0.0, False)
    return Evidence(
        title=title,
        share=share,
        first=first,
        doi=doi_relation(a, b),
        arxiv_clash=bool(a.arxiv and b.arxiv and a.arxiv != b.arxiv),
        year_gap=abs(a.year - b.year) if a.year and b.year else None,
        page_clash=a.page is not None and b.page is not None and a.page != b.page,
        volume_clash=a.volume is not None and b.volume is not None and a.volume != b.volume,
        venues=venues_agree(a.venue, b.venue),
        numbers_differ=bool(a.numbers and b.numbers and a.numbers != b.numbers),
    )


# Why a pair was kept apart, in the order a reader should hear it: (applies, words).
_APART: tuple[tuple[Callable[[Evidence], bool], Callable[[Evidence], str]], ...] = (
    (lambda e: e.doi == "different", lambda e: "different DOIs"),
    (lambda e: e.arxiv_clash, lambda e: "different arXiv ids"),
    (
        lambda e: not e.first and e.share < AUTHORS_AGREE,
        lambda e: f"other first author, authors {e.share:.2f}",
    ),
    (lambda e: e.year_gap is not None and e.year_gap > 0, lambda e: f"years {e.year_gap} apart"),
    (lambda e: e.numbers_differ, lambda e: "other numbers in the titles (parts of a series?)"),
    (lambda e: e.page_clash, lambda e: "other pages"),
    (lambda e: e.volume_clash, lambda e: "other volumes"),
    (lambda e: e.venues is False, lambda e: "other venues"),
)


def explain_apart(e: Evidence, threshold: float) -> str:
    """Why a similar pair is not one record, in words ("title 0.86 below 0.90; other pages")."""
    said = [words(e) for applies, words in _APART if applies(e)]
    if e.title < threshold:
        said.insert(0, f"title {e.title:.2f} below {threshold:.2f}")
    return "; ".join(said) or "too little agreeing evidence (authors, year, venue, pages)"
