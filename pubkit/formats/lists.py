"""Numbered publication lists as a CV shows them: Markdown, plain text, HTML and LaTeX.

Each entry reads `Authors, "Title", Venue Name (ACRONYM), year. (Award)`, the owner highlighted and
role markers (`*` equal contribution, `†` corresponding) explained once in a legend. `select` picks
and orders papers; `write` groups, numbers and renders them; `OPTIONS` describes every option for
the command line.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal
from urllib.parse import quote

import attrs
from attrs import frozen

from pubkit.bibliography import Bibliography
from pubkit.formats._markup import MARKUPS, Group, Item, Markup, split_label
from pubkit.model import Author, Paper, Status, VenueKind
from pubkit.names import fold, initials_key, is_initials, name_key, split_name

__all__ = [
    "DEFAULT_MARKERS",
    "KIND_HEADINGS",
    "OPTIONS",
    "OWNER",
    "Option",
    "format_entry",
    "group",
    "legend_text",
    "parse_markers",
    "parse_years",
    "select",
    "write",
]


class _Default(enum.Enum):
    OWNER = "owner"


#: The default of `highlight`: the bibliography's owner, or the authors a reader marked as owner.
OWNER: Literal[_Default.OWNER] = _Default.OWNER

Highlight = str | None | Literal[_Default.OWNER]
Years = int | tuple[int | None, int | None] | str | None

STYLES = ("markdown", "text", "html", "latex")
NUMBERINGS = ("none", "ascending", "descending")
GROUPINGS = (None, "section", "kind", "year")
ORDERS = ("source", "year", "title")
NAME_FORMS = ("full", "initials")

#: Role markers after an author's name, and the legend explaining each.
DEFAULT_MARKERS: Mapping[str, str] = {"equal_contribution": "*", "corresponding": "†", "equal_advising": "‡"}
_LEGENDS = {
    "equal_contribution": "equal contribution",
    "corresponding": "corresponding author",
    "equal_advising": "equal advising",
}

#: Headings (and their order) when grouping by venue kind.
KIND_HEADINGS: Mapping[VenueKind, str] = {
    VenueKind.JOURNAL: "Journal articles",
    VenueKind.CONFERENCE: "Conference papers",
    VenueKind.WORKSHOP: "Workshop papers",
    VenueKind.DEMO: "Demos",
    VenueKind.PREPRINT: "Preprints",
    VenueKind.BOOK: "Books and chapters",
    VenueKind.THESIS: "Theses",
    VenueKind.REPORT: "Technical reports",
    VenueKind.TALK: "Talks",
    VenueKind.OTHER: "Other",
}


@frozen
class Option:
    """One option of `write` as a command-line flag.

    A bool option's `flag` flips its default (`--no-legend` sets `legend=False`); `negative` is a
    second flag setting the option to None (`--no-highlight`); `repeat` options collect a list.
    """

    name: str
    flag: str
    default: Any
    help: str
    type: type = str
    choices: tuple[Any, ...] | None = None
    metavar: str | None = None
    repeat: bool = False
    negative: str | None = None


#: Every option of `write` in command-line form; `pubkit list` builds its flags from this table.
OPTIONS: tuple[Option, ...] = (
    Option(
        "numbering", "--numbering", "descending", "number down to 1, up from 1, or not", choices=NUMBERINGS
    ),
    Option("label", "--label", "[n]", 'label, "n" or "{n}" standing for the number: "[n]", "n.", "(n)"'),
    Option("restart_numbering", "--restart-numbering", False, "restart numbers in each group", bool),
    Option("order", "--order", "source", "as read, by year (newest first) or by title", choices=ORDERS),
    Option(
        "group_by",
        "--group-by",
        None,
        "headings by source section, venue kind or year",
        choices=GROUPINGS[1:],
    ),
    Option("headings", "--no-headings", True, "leave out group headings", bool),
    Option(
        "heading_level", "--heading-level", 2, "level of group headings (1 is the largest)", int, metavar="N"
    ),
    Option("title", "--title", None, "a title above the whole list", metavar="TEXT"),
    Option(
        "highlight",
        "--highlight",
        OWNER,
        "name in bold (default: the owner)",
        metavar="NAME",
        negative="--no-highlight",
    ),
    Option(
        "name_form", "--name-form", "full", "names as printed or as initials (S. Chun)", choices=NAME_FORMS
    ),
    Option("max_authors", "--max-authors", None, "at most N authors, then et al.", int, metavar="N"),
    Option(
        "markers",
        "--marker",
        DEFAULT_MARKERS,
        "ROLE=MARK, roles: " + ", ".join(DEFAULT_MARKERS),
        metavar="ROLE=MARK",
        repeat=True,
        negative="--no-markers",
    ),
    Option("legend", "--no-legend", True, "leave out the marker legend", bool),
    Option("show_awards", "--no-awards", True, "leave out awards such as (Oral)", bool),
    Option("show_status", "--no-status", True, 'leave out "Submitted to", "(Under review)"', bool),
    Option("show_ids", "--no-ids", True, "leave out DOI and arXiv links", bool),
    Option("show_acronyms", "--no-acronyms", True, "leave out venue acronyms", bool),
    Option("only_owner_first", "--first-author", False, "only papers with the owner (co-)first author", bool),
    Option("years", "--years", None, "a year or range: 2021, 2019-2021, 2020-, -2018", metavar="RANGE"),
    Option(
        "kinds",
        "--kind",
        None,
        "only this venue kind",
        choices=tuple(k.value for k in VenueKind),
        repeat=True,
    ),
    Option(
        "sections",
        "--section",
        None,
        "only sections whose heading contains TEXT",
        metavar="TEXT",
        repeat=True,
    ),
    Option("selected_only", "--selected", False, "only papers marked selected", bool),
    Option("standalone", "--standalone", False, "a whole HTML page or LaTeX document, not a fragment", bool),
)


def parse_markers(values: Iterable[str]) -> dict[str, str]:
    """`--marker` values ("corresponding=#", "equal_advising=") as a `markers` mapping.

    >>> parse_markers(["corresponding=#", "equal-advising="])
    {'corresponding': '#', 'equal_advising': ''}
    """
    markers = {}
    for value in values:
        role, equals, mark = value.partition("=")
        role = role.strip().replace("-", "_")
        if not equals or role not in DEFAULT_MARKERS:
            msg = f"not a marker: {value!r} (expected ROLE=MARK, roles: {', '.join(DEFAULT_MARKERS)})"
            raise ValueError(msg)
        markers[role] = mark.strip()
    return markers


# -- selection and ordering ---------------------------------------------------------------------------


def parse_years(value: Years) -> tuple[int | None, int | None] | None:
    """An inclusive year range from 2021, (2019, 2021), "2019-2021", "2020-" or "-2018".

    >>> parse_years("2019-2021")
    (2019, 2021)
    >>> parse_years("2020-")
    (2020, None)
    """
    if value is None:
        return None
    if isinstance(value, bool):
        msg = f"years must be a year or a range, got {value!r}"
        raise TypeError(msg)
    if isinstance(value, int):
        return value, value
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{1,4})?\s*(?:([-–:]|\.\.)\s*(\d{1,4})?)?\s*", value)
        if not match or not (match.group(1) or match.group(3)):
            msg = f"not a year range: {value!r} (expected 2021, 2019-2021, 2020- or -2018)"
            raise ValueError(msg)
        start = int(match.group(1)) if match.group(1) else None
        end = int(match.group(3)) if match.group(3) else None
        start, end = (start, start) if not match.group(2) else (start, end)
    else:
        start, end = value
    if start is not None and end is not None and start > end:
        msg = f"year range {value!r} ends before it starts"
        raise ValueError(msg)
    return start, end


def _name_matcher(name: str) -> Callable[[Author], bool]:
    key = name_key(name)
    loose = initials_key(name)
    given_is_initials = is_initials(split_name(name)[0])

    def matches(author: Author) -> bool:
        if author.key == key:
            return True
        return author.initials_key == loose and (given_is_initials or is_initials(author.given))

    return matches


def _owner_matcher(bib: Bibliography, highlight: Highlight) -> Callable[[Author], bool]:
    if highlight is None:
        return lambda _: False
    if highlight is OWNER:
        if bib.owner:
            by_name = _name_matcher(bib.owner)
            return lambda a: a.is_owner or by_name(a)
        return lambda a: a.is_owner
    return _name_matcher(highlight)


def _effective_kind(paper: Paper) -> VenueKind:
    if paper.venues:
        return paper.kind
    if paper.status is Status.PREPRINT or paper.identifiers.arxiv:
        return VenueKind.PREPRINT
    return VenueKind.OTHER


def _year(paper: Paper) -> int | None:
    return paper.year or paper.identifiers.arxiv_year


def _title_key(paper: Paper) -> str:
    return re.sub(r"[\W_]+", " ", fold(paper.title)).strip()


def _is_first(paper: Paper, is_owner: Callable[[Author], bool]) -> bool:
    owner = next((a for a in paper.authors if is_owner(a)), None)
    return owner is not None and paper.author_role(owner) in ("first", "co-first")


def _kinds(kinds: Iterable[VenueKind | str] | VenueKind | str | None) -> set[VenueKind] | None:
    if kinds is None:
        return None
    if isinstance(kinds, (str, VenueKind)):
        kinds = [kinds]
    return {k if isinstance(k, VenueKind) else VenueKind(str(k).lower()) for k in kinds}


def select(
    bib: Bibliography | Iterable[Paper],
    *,
    order: str = "source",
    highlight: Highlight = OWNER,
    only_owner_first: bool = False,
    years: Years = None,
    kinds: Iterable[VenueKind | str] | VenueKind | str | None = None,
    sections: Iterable[str] | str | None = None,
    selected_only: bool = False,
) -> Bibliography:
    """The papers a list shows, in the order it shows them (same problems and owner).

    `order="year"` puts the newest first and keeps the original order within a year; papers with
    no year (usually submitted work) come first. `sections` match source headings case-insensitively
    by substring, any of a merged paper's sources; `only_owner_first` keeps papers whose owner
    (`highlight`) is first or co-first.
    """
    if not isinstance(bib, Bibliography):
        bib = Bibliography().with_papers(bib)
    _check("order", order, ORDERS)
    is_owner = _owner_matcher(bib, highlight)
    span = parse_years(years)
    wanted_kinds = _kinds(kinds)
    wanted_sections = [sections] if isinstance(sections, str) else list(sections or [])
    wanted_sections = [fold(s) for s in wanted_sections]

    def keep(paper: Paper) -> bool:
        if selected_only and not paper.selected:
            return False
        if only_owner_first and not _is_first(paper, is_owner):
            return False
        if span is not None:
            year = _year(paper)
            if year is None or (span[0] is not None and year < span[0]):
                return False
            if span[1] is not None and year > span[1]:
                return False
        if wanted_kinds is not None and _effective_kind(paper) not in wanted_kinds:
            return False
        if wanted_sections:
            # A merged paper belongs to every section it was read from.
            headings = [fold(source.section) for source in paper.sources if source.section]
            return any(want in heading for want in wanted_sections for heading in headings)
        return True

    papers = [p for p in bib.papers if keep(p)]
    if order == "year":
        papers.sort(key=lambda p: -(_year(p) or 10000))
    elif order == "title":
        papers.sort(key=_title_key)
    return bib.with_papers(papers)


def group(papers: Iterable[Paper], *, group_by: str | None) -> list[tuple[str | None, list[Paper]]]:
    """Split ordered papers into `(heading, papers)` runs: by source section, venue kind or year.

    Sections keep their first-seen order, kinds the order of `KIND_HEADINGS`, years go newest first.
    """
    _check("group_by", group_by, GROUPINGS)
    papers = list(papers)
    if group_by is None:
        return [(None, papers)] if papers else []
    buckets: dict[Any, list[Paper]] = {}
    for paper in papers:
        if group_by == "section":
            key: Any = paper.source.section if paper.source and paper.source.section else None
        elif group_by == "kind":
            key = _effective_kind(paper)
        else:
            key = _year(paper)
        buckets.setdefault(key, []).append(paper)
    if group_by == "kind":
        order = list(KIND_HEADINGS)
        keys = sorted(buckets, key=order.index)
        return [(KIND_HEADINGS[k], buckets[k]) for k in keys]
    if group_by == "year":
        keys = sorted(buckets, key=lambda y: -(y or 10000))
        return [(str(k) if k else "Undated", buckets[k]) for k in keys]
    return [(k or "Other publications", v) for k, v in buckets.items()]


# -- one entry ----------------------------------------------------------------------------------------


@frozen
class _Look:
    """How entries look: the markup plus every display option."""

    markup: Markup
    is_owner: Callable[[Author], bool]
    name_form: str
    max_authors: int | None
    markers: Mapping[str, str]
    show_awards: bool
    show_status: bool
    show_ids: bool
    show_acronyms: bool
    used: set[str] = attrs.field(factory=set)


def _author(author: Author, look: _Look) -> str:
    m = look.markup
    name = author.initials if look.name_form == "initials" else author.name
    shown = m.text(name)
    if look.is_owner(author):
        shown = m.strong(shown)
    for role in ("equal_contribution", "equal_advising", "corresponding"):
        mark = look.markers.get(role, "")
        if mark and getattr(author, role):
            look.used.add(role)
            shown += m.text(mark)
    return shown


def _authors(paper: Paper, look: _Look) -> str:
    authors = list(paper.authors)
    limit = look.max_authors
    if limit is None or len(authors) <= max(limit, 1):
        return ", ".join(_author(a, look) for a in authors)
    limit = max(limit, 1)
    shown = [_author(a, look) for a in authors[:limit]]
    owner_at = next((i for i, a in enumerate(authors) if look.is_owner(a)), None)
    if owner_at is not None and owner_at >= limit:
        # Never cut the highlighted author: "A, B, …, **Owner**, et al."
        if owner_at > limit:
            shown.append(look.markup.text("…"))
        shown.append(_author(authors[owner_at], look))
        if owner_at == len(authors) - 1:
            return ", ".join(shown)
    return ", ".join([*shown, look.markup.text("et al.")])


def _doi_url(doi: str) -> str:
    return "https://doi.org/" + quote(doi, safe="/:;.-_~@+=,")


def _arxiv_link(arxiv: str, look: _Look) -> str:
    return look.markup.link(
        look.markup.text(f"arXiv:{arxiv}"), f"https://arxiv.org/abs/{quote(arxiv, safe='/.')}"
    )


def _venues(paper: Paper, look: _Look) -> str:
    m = look.markup
    pieces = []
    for venue in paper.venues:
        label = venue.label if look.show_acronyms else (venue.name or venue.label)
        year = venue.year or paper.year
        text = label.rstrip(".") if not year else f"{label}, {year}"
        pieces.append(m.text(text))
    if not pieces and paper.year:
        pieces.append(m.text(str(paper.year)))
    return m.text(" and ").join(pieces)


def _where(paper: Paper, look: _Look) -> tuple[str, bool]:
    """The venue part ("Venue (V), 2021", "Submitted to ...", "arXiv preprint ...").

    Also says whether that part already shows the arXiv id.
    """
    m = look.markup
    arxiv = paper.identifiers.arxiv
    venues_are_preprint = all(v.kind is VenueKind.PREPRINT for v in paper.venues)
    if arxiv and venues_are_preprint and (paper.status is Status.PREPRINT or paper.venues):
        return m.text("arXiv preprint ") + _arxiv_link(arxiv, look), True
    where = _venues(paper, look)
    if not look.show_status:
        return where, False
    status = paper.status
    if status is Status.SUBMITTED:
        where = m.text("Submitted to ") + where if where else m.text("Submitted")
    elif status is Status.ACCEPTED:
        where = m.text("Accepted at ") + where if where else m.text("Accepted")
    elif status is Status.UNDER_REVIEW:
        # Readers keep the CV's own wording ("Under Major Revision") in the note.
        note = paper.note if paper.note and re.search(r"revis|review", paper.note, re.IGNORECASE) else None
        state = note or "Under review"
        where = m.text("Submitted to ") + where + m.text(f" ({state})") if where else m.text(state)
    return where, False


def _entry(paper: Paper, look: _Look) -> str:
    m = look.markup
    parts = []
    authors = _authors(paper, look)
    if authors:
        parts.append(authors)
    if paper.title:
        parts.append(m.title(m.text(paper.title)))
    where, shows_arxiv = _where(paper, look)
    if where:
        parts.append(where)
    if not parts:
        parts.append(m.text("(untitled)"))
    body = ", ".join(parts)
    # Only a bare author list can already end in a period ("J. Smith Jr.", "et al.").
    if where or paper.title or not body.endswith("."):
        body += "."
    if look.show_awards:
        body += "".join(" " + m.text(f"({award.name})") for award in paper.awards)
    if look.show_ids:
        ids = []
        if paper.identifiers.doi:
            doi = paper.identifiers.doi
            ids.append(m.link(m.text(f"doi:{doi}"), _doi_url(doi)))
        if paper.identifiers.arxiv and not shows_arxiv:
            ids.append(_arxiv_link(paper.identifiers.arxiv, look))
        body += "".join(" " + i for i in ids)
    return body


# -- the whole list -----------------------------------------------------------------------------------


def _check(name: str, value: Any, choices: Sequence[Any]) -> None:
    if value not in choices:
        shown = ", ".join(repr(c) for c in choices)
        msg = f"{name}={value!r} is not one of {shown}"
        raise ValueError(msg)


def _check_label(label: str) -> None:
    if split_label(label) is None:
        msg = f'label={label!r} must hold the number as "{{n}}", or as the letter "n" exactly once'
        raise ValueError(msg)


def _look(
    bib: Bibliography,
    *,
    style: str,
    highlight: Highlight,
    name_form: str,
    max_authors: int | None,
    markers: Mapping[str, str] | None,
    show_awards: bool,
    show_status: bool,
    show_ids: bool,
    show_acronyms: bool,
) -> _Look:
    _check("style", style, STYLES)
    _check("name_form", name_form, NAME_FORMS)
    if max_authors is not None and (isinstance(max_authors, bool) or max_authors < 1):
        msg = f"max_authors must be a positive integer or None, got {max_authors!r}"
        raise ValueError(msg)
    chosen = {} if markers is None else {**DEFAULT_MARKERS, **markers}
    unknown = set(chosen) - set(DEFAULT_MARKERS)
    if unknown:
        msg = f"unknown marker roles {sorted(unknown)}; roles are {sorted(DEFAULT_MARKERS)}"
        raise ValueError(msg)
    return _Look(
        MARKUPS[style],
        _owner_matcher(bib, highlight),
        name_form,
        max_authors,
        chosen,
        show_awards,
        show_status,
        show_ids,
        show_acronyms,
    )


def _legend(look: _Look) -> str | None:
    return legend_text(look.used, look.markers)


def legend_text(used: Iterable[str], markers: Mapping[str, str]) -> str | None:
    """The legend for the marker roles `used`: "* indicates equal contribution." (also for styled lists)."""
    used = set(used)
    by_mark: dict[str, list[str]] = {}
    for role in ("equal_contribution", "corresponding", "equal_advising"):
        if role in used:
            by_mark.setdefault(markers[role], []).append(_LEGENDS[role])
    if not by_mark:
        return None
    return " ".join(f"{mark} indicates {' or '.join(what)}." for mark, what in by_mark.items())


def format_entry(
    paper: Paper,
    *,
    style: str = "text",
    highlight: Highlight = OWNER,
    owner: str | None = None,
    name_form: str = "full",
    max_authors: int | None = None,
    markers: Mapping[str, str] | None = DEFAULT_MARKERS,
    show_awards: bool = True,
    show_status: bool = True,
    show_ids: bool = True,
    show_acronyms: bool = True,
) -> str:
    """One entry without its label: `Authors, "Title", Venue (V), 2021. (Oral)`.

    `owner` names the owner for the default `highlight`, as `Bibliography.owner` does.
    """
    look = _look(
        Bibliography(owner=owner),
        style=style,
        highlight=highlight,
        name_form=name_form,
        max_authors=max_authors,
        markers=markers,
        show_awards=show_awards,
        show_status=show_status,
        show_ids=show_ids,
        show_acronyms=show_acronyms,
    )
    return _entry(paper, look)


def write(
    bib: Bibliography | Iterable[Paper],
    *,
    style: str = "markdown",
    numbering: str = "descending",
    label: str = "[n]",
    restart_numbering: bool = False,
    order: str = "source",
    group_by: str | None = None,
    headings: bool = True,
    heading_level: int = 2,
    title: str | None = None,
    highlight: Highlight = OWNER,
    name_form: str = "full",
    max_authors: int | None = None,
    markers: Mapping[str, str] | None = DEFAULT_MARKERS,
    legend: bool = True,
    show_awards: bool = True,
    show_status: bool = True,
    show_ids: bool = True,
    show_acronyms: bool = True,
    only_owner_first: bool = False,
    years: Years = None,
    kinds: Iterable[VenueKind | str] | VenueKind | str | None = None,
    sections: Iterable[str] | str | None = None,
    selected_only: bool = False,
    standalone: bool = False,
) -> str:
    """Render a numbered publication list in `style` ("markdown", "text", "html", "latex").

    Numbers descend to [1] by default, as CVs number them; see docs/lists.md for every option.
    `markers` entries override `DEFAULT_MARKERS` (an empty mark drops a role; None drops all).
    """
    if not isinstance(bib, Bibliography):
        bib = Bibliography().with_papers(bib)
    _check("numbering", numbering, NUMBERINGS)
    _check_label(label)
    if isinstance(heading_level, bool) or not isinstance(heading_level, int) or not 1 <= heading_level <= 6:
        msg = f"heading_level must be 1..6, got {heading_level!r}"
        raise ValueError(msg)
    look = _look(
        bib,
        style=style,
        highlight=highlight,
        name_form=name_form,
        max_authors=max_authors,
        markers=markers,
        show_awards=show_awards,
        show_status=show_status,
        show_ids=show_ids,
        show_acronyms=show_acronyms,
    )
    chosen = select(
        bib,
        order=order,
        highlight=highlight,
        only_owner_first=only_owner_first,
        years=years,
        kinds=kinds,
        sections=sections,
        selected_only=selected_only,
    )
    runs = group(chosen, group_by=group_by)
    total = len(chosen)
    done = 0
    groups = []
    for heading, papers in runs:
        items = []
        for index, paper in enumerate(papers):
            if numbering == "none":
                number = None
            elif restart_numbering:
                number = len(papers) - index if numbering == "descending" else index + 1
            else:
                number = total - done - index if numbering == "descending" else done + index + 1
            items.append(Item(number, _entry(paper, look)))
        done += len(papers)
        groups.append(Group(heading if headings else None, tuple(items)))
    return look.markup.render(
        groups,
        label=label,
        descending=numbering == "descending",
        legend=_legend(look) if legend else None,
        title=title,
        heading_level=heading_level,
        standalone=standalone,
    )
