"""Identity across sources: merges that lose nothing, keys that stay, versions that get one answer."""

from __future__ import annotations

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pubkit
from pubkit import Author, Bibliography, Identifiers, Paper, Source, Status, Venue, VenueKind
from pubkit.dedup import dedupe, find_duplicates, merge_papers
from pubkit.dedup.merging import MERGED_PREFIX, merge_authors

CONF, JOURNAL, PREPRINT, THESIS = (
    VenueKind.CONFERENCE,
    VenueKind.JOURNAL,
    VenueKind.PREPRINT,
    VenueKind.THESIS,
)
TITLE = "Sparse Attention Routing for Low-Resource Parsing"


def cv_copy(**changes: object) -> Paper:
    """An invented CV entry: accents, a corresponding-author dagger, the owner, equal contribution."""
    paper = Paper(
        TITLE,
        (
            Author("Elena Rodríguez", corresponding=True, is_owner=True),
            Author("Tomás Okafor", equal_contribution=True),
            Author("Mei Lin"),
        ),
        (Venue("Annual Meeting of the Association for Computational Linguistics", "ACL", CONF),),
        2021,
        source=Source("cv.md", 12),
    )
    return attrs.evolve(paper, **changes)


def scholar_copy(**changes: object) -> Paper:
    """The same paper as a Scholar export has it: plain ASCII, no markers, a read citation key."""
    paper = Paper(
        "Sparse attention routing for low-resource parsing",
        (
            Author.from_parts("Elena", "Rodriguez"),
            Author.from_parts("T.", "Okafor"),
            Author.from_parts("M.", "Lin"),
        ),
        (
            Venue(
                "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics "
                "and the 11th International Joint Conference on Natural Language Processing "
                "(Volume 1: Long Papers)",
                kind=CONF,
            ),
        ),
        2021,
        identifiers=Identifiers(doi="10.18653/v1/2021.acl-long.7"),
        pages="70--81",
        source=Source("scholar.bib", 3, key="rodriguez2021sparse"),
    )
    return attrs.evolve(paper, **changes)


def test_merge_keeps_the_richest_name_forms_and_every_role_flag() -> None:
    merged = merge_papers([cv_copy(), scholar_copy()])
    assert [a.name for a in merged.authors] == ["Elena Rodríguez", "Tomás Okafor", "Mei Lin"]
    elena, tomas, _ = merged.authors
    assert elena.corresponding and elena.is_owner and tomas.equal_contribution
    # the Scholar copy is the more authoritative one (DOI, pages) and its values win where it has them
    assert merged.identifiers.doi == "10.18653/v1/2021.acl-long.7" and merged.pages == "70--81"
    # the richest venue: the CV's, which has an acronym; the proceedings title is kept in provenance
    assert merged.venue is not None and merged.venue.acronym == "ACL"
    assert "Proceedings of the 59th" in merged.fields[MERGED_PREFIX + "venue"]
    assert "Tomás Okafor = T. Okafor" in merged.fields[MERGED_PREFIX + "authors"]
    assert merged.fields[MERGED_PREFIX + "title"] == TITLE or merged.title == TITLE


def test_role_flags_are_the_union_whatever_copy_carries_them() -> None:
    flagged = scholar_copy(authors=(Author("Elena Rodriguez"), Author("T. Okafor", equal_contribution=True)))
    plain = cv_copy(authors=(Author("Elena Rodríguez", is_owner=True), Author("Tomás Okafor")))
    for order in ([flagged, plain], [plain, flagged]):
        authors = merge_papers(order).authors
        assert [a.name for a in authors] == ["Elena Rodríguez", "Tomás Okafor"]
        assert authors[0].is_owner and authors[1].equal_contribution


def test_full_given_names_win_over_initials_and_accents_over_plain_letters() -> None:
    authors, variants = merge_authors(
        [
            (Author("J. Müller"), Author("A. B. Chen")),
            (Author("Jana Muller"), Author("Ann Chen")),
            (Author("Jana Müller"), Author("Chen, A.")),
        ]
    )
    assert [a.name for a in authors] == ["Jana Müller", "Ann Chen"]
    assert "Jana Müller = J. Müller" in variants and "Jana Müller = Jana Muller" in variants


def test_a_name_in_another_script_is_one_person_at_the_same_place_of_one_paper() -> None:
    authors, variants = merge_authors(
        [
            (Author("郑航"), Author("Ana Silva")),
            (Author("Hang Zheng"), Author("Ana Silva", corresponding=True)),
        ]
    )
    assert [a.name for a in authors] == ["Hang Zheng", "Ana Silva"]
    assert authors[1].corresponding and variants == ["Hang Zheng = 郑航"]


def test_a_truncated_author_list_joins_the_full_one() -> None:
    full = (Author("Ada Lovelace"), Author("Charles Babbage"), Author("Mary Somerville"))
    authors, _ = merge_authors([(Author("A. Lovelace", is_owner=True),), full])
    assert [a.name for a in authors] == ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]
    assert authors[0].is_owner


def test_a_clean_school_wins_over_a_cv_thesis_line() -> None:
    cv = Paper(
        "On Parsing", (Author("Elena Rodríguez"),), (Venue("PhD thesis, University of Edinburgh"),), 2019
    )
    bib = Paper(
        "On parsing", (Author("Rodriguez, Elena"),), (Venue("University of Edinburgh", kind=THESIS),), 2019
    )
    for order in ([cv, bib], [bib, cv]):
        merged = merge_papers(order)
        assert [v.name for v in merged.venues] == ["University of Edinburgh"]
        assert merged.kind is THESIS
        assert merged.fields[MERGED_PREFIX + "venue"] == "PhD thesis, University of Edinburgh"


def test_a_read_citation_key_survives_a_merge_with_a_keyless_copy() -> None:
    merged = dedupe([cv_copy(), scholar_copy()])
    assert len(merged) == 1
    written = pubkit.dumps(merged, "bibtex")
    assert written.startswith("@inproceedings{rodriguez2021sparse,"), written[:80]


def test_dois_compare_without_case() -> None:
    a = cv_copy(identifiers=Identifiers(doi="10.1000/ABC.Def"))
    b = scholar_copy(identifiers=Identifiers(doi="10.1000/abc.def"))
    report = find_duplicates([a, b])
    assert len(report.duplicates) == 1 and report.duplicates[0].conflicts == ()
    assert MERGED_PREFIX + "doi" not in merge_papers([a, b]).fields


def test_merged_provenance_survives_a_second_merge() -> None:
    once = merge_papers([cv_copy(), scholar_copy()])
    third = scholar_copy(
        title="Sparse Attention Routing for Low Resource Parsing", source=Source("dblp.bib", 1)
    )
    twice = merge_papers([once, third])
    assert "Proceedings of the 59th" in twice.fields[MERGED_PREFIX + "venue"]
    assert "Tomás Okafor = T. Okafor" in twice.fields[MERGED_PREFIX + "authors"]


# ---- a preprint and its published version: one answer with or without the arXiv link ------------

NEURIPS = Venue("Advances in Neural Information Processing Systems 35", kind=CONF)


def _preprint() -> Paper:
    return Paper(
        "Routing Experts Without Labels",
        (Author("Elena Rodríguez"), Author("Mei Lin")),
        (Venue("arXiv", kind=PREPRINT),),
        2022,
        Status.PREPRINT,
        identifiers=Identifiers(arxiv="2202.01234", doi="10.48550/arXiv.2202.01234"),
        source=Source("scholar.bib", 9, key="rodriguez2022routing"),
    )


def _published(*, linked: bool) -> Paper:
    ids = Identifiers(arxiv="2202.01234") if linked else Identifiers()
    return Paper(
        "Routing experts without labels",
        (Author("E. Rodríguez"), Author("M. Lin")),
        (Venue("NeurIPS 2022", kind=CONF),),
        2022,
        identifiers=ids,
        source=Source("cv.md", 4),
    )


def test_preprint_and_published_get_one_answer_with_or_without_the_arxiv_link() -> None:
    scholar_published = Paper(
        "Routing Experts Without Labels",
        (Author("Elena Rodriguez"), Author("Mei Lin")),
        (NEURIPS,),
        2022,
        source=Source("scholar.bib", 20, key="rodriguez2022routingb"),
    )
    answers = []
    for linked in (True, False):
        papers = [_published(linked=linked), _preprint(), scholar_published]
        report = find_duplicates(papers)
        dup = {frozenset(p.source.line for p in g.papers if p.source) for g in report.duplicates}
        versions = {frozenset(p.source.line for p in g.papers if p.source) for g in report.versions}
        answers.append((dup, versions))
        merged = find_duplicates(papers, versions="merge")
        assert [len(g) for g in merged.duplicates] == [3]
    assert answers[0] == answers[1] == ({frozenset({4, 20})}, {frozenset({4, 9})})


def test_an_arxiv_doi_is_the_arxiv_id_not_a_clashing_doi() -> None:
    published = attrs.evolve(_published(linked=False), identifiers=Identifiers(doi="10.5555/neurips.2022.77"))
    report = find_duplicates([_preprint(), published])
    assert report.duplicates == () and len(report.versions) == 1


# ---- dedupe is idempotent ---------------------------------------------------------------------------

_WORKS = [
    ("Sparse attention routing for parsing", ["Elena Rodríguez", "Tomás Okafor"], 2021),
    ("Learning to route experts without labels", ["Mei Lin", "Elena Rodríguez", "Kofi Mensah"], 2022),
    ("A survey of tokenizers", ["Kofi Mensah"], 2020),
]
_VENUES = [
    Venue("ACL 2021", kind=CONF),
    Venue("Annual Meeting of the Association for Computational Linguistics", "ACL", CONF),
    Venue("Journal of Parsing", kind=JOURNAL),
    Venue("arXiv", kind=PREPRINT),
]


def _initials(name: str) -> str:
    given, _, family = name.rpartition(" ")
    return f"{given[0]}. {family}"


@st.composite
def _copies(draw: st.DrawFn) -> Paper:
    title, names, year = draw(st.sampled_from(_WORKS))
    styled = draw(st.sampled_from([title, title.title(), title.upper(), title + "."]))
    authors = [
        Author(_initials(n) if draw(st.booleans()) else n, is_owner=draw(st.booleans())) for n in names
    ]
    venue = draw(st.sampled_from(_VENUES))
    status = Status.PREPRINT if venue.kind is PREPRINT else Status.PUBLISHED
    doi = draw(st.sampled_from([None, f"10.5555/W{len(title)}.Ab", f"10.5555/w{len(title)}.ab"]))
    arxiv = draw(st.sampled_from([None, f"2{len(title) % 9}01.0{len(names)}001"]))
    key = draw(st.sampled_from([None, f"key{len(title)}", f"other{len(title)}"]))
    return Paper(
        styled,
        authors,
        (venue,),
        year,
        status,
        identifiers=Identifiers(doi=doi if status is Status.PUBLISHED else None, arxiv=arxiv),
        pages=draw(st.sampled_from([None, "1-9"])),
        source=Source("in.bib", 1, key=key),
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_copies(), min_size=1, max_size=7), st.sampled_from(["link", "merge"]))
def test_dedupe_of_its_own_output_changes_nothing(papers: list[Paper], mode: str) -> None:
    papers = [attrs.evolve(p, source=attrs.evolve(p.source, line=n)) for n, p in enumerate(papers, 1)]
    once = dedupe(Bibliography(papers), versions=mode)  # type: ignore[arg-type]
    twice = dedupe(once, versions=mode)  # type: ignore[arg-type]
    assert twice.papers == once.papers
    assert sum(len(p.sources) for p in once) == len(papers)  # nothing lost
