"""Identity across sources: merges that lose nothing, keys that stay, versions that get one answer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pubkit
from pubkit import Author, Bibliography, Identifiers, Paper, ParseError, Source, Status, Venue, VenueKind
from pubkit.cli import main
from pubkit.config import Config, apply_owner, load_config, parse_config
from pubkit.dedup import decisions_from_data, dedupe, find_duplicates, merge_papers
from pubkit.dedup.merging import MERGED_PREFIX, merge_authors
from pubkit.titles import normalize_title
from pubkit.venues import forget_added_venues

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


# ---- review and decisions ----------------------------------------------------------------------------


def _near_pair() -> list[Paper]:
    """Two records of one title by one author, a year and pages apart: kept apart, worth a look."""
    return [
        Paper(
            "Gradient routing in sparse transformers",
            (Author("Mei Lin"), Author("Kofi Mensah")),
            (Venue("Journal of Parsing", kind=JOURNAL),),
            2020,
            pages="1-9",
            volume="3",
            source=Source("a.bib", 1, key="lin2020gradient"),
        ),
        Paper(
            "Gradient routing in sparse transformers",
            (Author("Mei Lin"), Author("Kofi Mensah")),
            (Venue("Journal of Parsing", kind=JOURNAL),),
            2020,
            pages="33-41",
            volume="4",
            source=Source("b.bib", 7, key="lin2020gradientb"),
        ),
    ]


def test_the_report_lists_possible_duplicates_with_score_and_reason_apart() -> None:
    report = find_duplicates(_near_pair())
    assert report.duplicates == () and len(report.possible) == 1
    group = report.possible[0]
    assert group.score == 1.0 and "other pages" in group.reasons[0] and "other volumes" in group.reasons[0]
    assert report.to_dict()["possible"][0]["reasons"] == list(group.reasons)
    assert "Possible duplicates" in report.to_text()


def test_decisions_by_key_or_title_and_year_overrule_the_scores() -> None:
    same = decisions_from_data({"same": [["lin2020gradient", "LIN2020GRADIENTB"]]})
    report = find_duplicates(_near_pair(), decisions=same)
    assert [len(g) for g in report.duplicates] == [2] and report.duplicates[0].reasons == ("decided: same",)
    assert report.possible == ()
    papers = [cv_copy(), scholar_copy()]
    assert len(find_duplicates(papers).duplicates) == 1
    apart = decisions_from_data({"different": [[f"{TITLE} (2021)", {"key": "rodriguez2021sparse"}]]})
    report = find_duplicates(papers, decisions=apart)
    assert report.duplicates == () and report.possible[0].reasons == ("decided: different",)
    both = decisions_from_data({"same": [["lin2020gradient", "lin2020gradientb"]]}) + decisions_from_data(
        {"different": [["lin2020gradient", "lin2020gradientb"]]}
    )
    assert find_duplicates(_near_pair(), decisions=both).duplicates == ()  # "different" wins


def test_a_different_decision_also_holds_against_a_chain_through_a_third_copy() -> None:
    third = attrs.evolve(cv_copy(), source=Source("dblp.bib", 2, key="DBLP:conf/acl/Rodriguez21"))
    papers = [cv_copy(), scholar_copy(), third]
    apart = decisions_from_data({"different": [["rodriguez2021sparse", "DBLP:conf/acl/Rodriguez21"]]})
    report = find_duplicates(papers, decisions=apart)
    for group in report.duplicates:
        keys = {s.key for p in group.papers for s in p.sources}
        assert not {"rodriguez2021sparse", "DBLP:conf/acl/Rodriguez21"} <= keys


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"same": [["a"]]}, r"same\[1\]: expected a pair"),
        ({"sme": []}, "unknown key"),
        ({"different": [["a", 3]]}, r"different\[1\]: a record is"),
        ({"same": [[{"year": 2020}, "b"]]}, "needs a 'key' or a 'title'"),
    ],
)
def test_bad_decisions_name_the_entry(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        decisions_from_data(data)


# ---- the config file and the command line ---------------------------------------------------------------

CONFIG = """
owner = "Elena Rodríguez"
aliases = ["郑航"]

[[venues]]
name = "Gathering of Parsers"
acronym = "GoPa"
kind = "conference"

[decisions]
different = [["lin2020gradient", "lin2020gradientb"]]
"""


@pytest.fixture
def own_venues() -> Iterator[None]:
    """Venues a test adds (through a config file) are forgotten after it."""
    yield
    forget_added_venues()


def test_config_file_reads_owner_aliases_venues_and_decisions(tmp_path: Path, own_venues: None) -> None:
    (tmp_path / "pubkit.toml").write_text(CONFIG, encoding="utf-8")
    settings = load_config(folder=tmp_path)
    assert settings.owner == "Elena Rodríguez" and settings.aliases == ("郑航",)
    assert len(settings.decisions) == 1 and settings.venues[0]["acronym"] == "GoPa"
    assert load_config(folder=tmp_path / "nowhere") == Config()
    # another command's table in the same file is kept, not refused
    assert parse_config('[check]\ndisable = ["name-ascii"]\n').check == {"disable": ["name-ascii"]}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("owner = ", r"pubkit.toml:1: not valid TOML"),
        ("colour = 'red'", "unknown setting"),
        ("aliases = 'E. R.'", "aliases must be a list"),
        ("[[venues]]\nacronym = 'X'", r"venues\[1\] needs a name"),
        ("[[venues]]\nname = 'X'\naliases = 'Y'", r"venues\[1\]: venue 'X': aliases must be a list"),
        ("[[venues]]\nname = 'X'\nkind = 'party'", r"venues\[1\]: venue 'X': kind must be one of"),
        ("[decisions]\nsame = [['a']]", r"same\[1\]: expected a pair"),
    ],
)
def test_a_bad_config_is_one_error_naming_the_file(text: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_config(text, path="pubkit.toml")


def test_the_owner_of_one_input_is_the_owner_of_every_input() -> None:
    bib = Bibliography(
        [scholar_copy(), Paper("Other", (Author("郑航"), Author("Mei Lin")))], owner="Elena Rodríguez"
    )
    marked = apply_owner(bib, None, ["郑航"])
    assert marked[0].authors[0].is_owner and marked[1].authors[0].is_owner
    assert not any(a.is_owner for p in marked for a in p.authors[1:])


def _write_inputs(folder: Path) -> tuple[Path, Path]:
    cv = folder / "cv.md"
    cv.write_text(
        "# Publications\n\n"
        '1. **Elena Rodríguez**, Mei Lin. "Gradient routing in sparse transformers." '
        "Journal of Parsing, 2020.\n",
        encoding="utf-8",
    )
    bib = folder / "scholar.bib"
    bib.write_text(
        "@article{lin2020gradient,\n  title={Gradient routing in sparse transformers},\n"
        "  author={Rodriguez, Elena and Lin, Mei},\n  journal={Journal of Parsing},\n  year={2020}\n}\n",
        encoding="utf-8",
    )
    return cv, bib


def test_cli_dedupe_writes_a_clean_report_file_and_honours_decisions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cv, bib = _write_inputs(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["dedupe", str(cv), str(bib), "--report-file", "report.json", "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("@article{lin2020gradient,") and out.count("@article") == 1
    assert "{Rodr" in out and err == ""
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["records"] == 2 and len(report["duplicates"]) == 1
    decided = tmp_path / "decided.toml"
    decided.write_text(
        'different = [["lin2020gradient", "Gradient routing in sparse transformers (2020)"]]\n'
    )
    assert main(["dedupe", str(cv), str(bib), "--decisions", str(decided), "-o", "out.bib"]) == 0
    assert (tmp_path / "out.bib").read_text(encoding="utf-8").count("@article") == 2


def test_cli_reads_owner_and_aliases_from_the_config_and_the_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, bib = _write_inputs(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pubkit.toml").write_text('owner = "Mei Lin"\n', encoding="utf-8")
    assert main(["dedupe", str(bib), "--to", "csl-json", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["custom"]["owner"] == [2]
    assert main(["dedupe", str(bib), "--alias", "Elena Rodriguez", "--to", "csl-json", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["custom"]["owner"] == [1, 2]
    assert main(["dedupe", str(bib), "--config", "missing.toml", "-o", "-"]) == 1
    assert "missing.toml" in capsys.readouterr().err


# ---- end to end: a CV, a Scholar export and a DBLP export of one invented researcher ---------------------

IDENTITY = Path(__file__).resolve().parent / "fixtures" / "identity"


def _three_sources() -> Bibliography:
    bib = pubkit.load([IDENTITY / "cv.md", IDENTITY / "scholar.bib", IDENTITY / "dblp.bib"])
    assert not bib.problems and len(bib) == 16
    return apply_owner(bib, None)


def _lines(paper: Paper) -> frozenset[str]:
    return frozenset(f"{Path(s.path or '').name}:{s.line}" for s in paper.sources)


def test_cv_scholar_and_dblp_merge_into_exactly_the_right_works() -> None:
    bib = _three_sources()
    report = find_duplicates(bib)
    merged = pubkit.merge_duplicates(bib, report)
    assert {_lines(p) for p in merged} == {
        frozenset({"cv.md:11", "scholar.bib:3", "dblp.bib:3"}),  # ACL 2021 under three venue names
        frozenset(
            {"cv.md:12", "scholar.bib:11"}
        ),  # NeurIPS 2022 (CV with the arXiv link, Scholar's @article)
        frozenset({"scholar.bib:20", "dblp.bib:15"}),  # its preprint: arXiv and CoRR
        frozenset({"cv.md:13", "scholar.bib:27", "dblp.bib:35"}),  # Interspeech, a co-author in two scripts
        frozenset({"cv.md:17", "dblp.bib:26"}),  # BlackboxNLP workshop under two names
        frozenset({"cv.md:21", "dblp.bib:46"}),  # TACL and its ISO 4 abbreviation
        frozenset({"cv.md:25", "scholar.bib:35"}),  # the thesis
    }
    assert [{_lines(p) for p in g.papers} for g in report.versions] == [
        {frozenset({"cv.md:12"}), frozenset({"scholar.bib:20"})}
    ]
    assert not [p for p in merged.problems if p.is_error]


def test_cv_scholar_and_dblp_merge_keeps_every_name_form_role_key_and_accent() -> None:
    bib = _three_sources()
    merged = dedupe(bib)
    by_title = {normalize_title(p.title): p for p in merged}
    acl = by_title["sparse attention routing for lowresource parsing"]
    assert [a.name for a in acl.authors] == ["Elena Rodríguez", "Tomás Okafor", "Mei Lin"]
    assert [(a.is_owner, a.corresponding, a.equal_contribution) for a in acl.authors] == [
        (True, True, False),
        (False, False, True),
        (False, False, True),
    ]
    assert acl.venue is not None and acl.venue.acronym == "ACL" and acl.year == 2021
    assert acl.identifiers.doi == "10.18653/V1/2021.ACL-LONG.7" and acl.awards[0].name == "Oral"
    interspeech = by_title["multilingual parsing with shared routes"]
    assert [a.name for a in interspeech.authors] == ["Elena Rodríguez", "Hang Zheng", "Mei Lin"]
    assert "Hang Zheng = 郑航" in interspeech.fields[MERGED_PREFIX + "authors"]
    assert interspeech.venue is not None and interspeech.venue.name == "Interspeech"
    thesis = by_title["routes through syntax sparse models of parsing"]
    assert [v.name for v in thesis.venues] == ["University of Edinburgh"] and thesis.kind is THESIS
    # every printed name form is an author of the output or kept in its provenance
    for paper in bib:
        out = next(p for p in merged if paper.source in p.sources)
        kept = {a.name for a in out.authors} | {
            form.split(" = ", 1)[1]
            for form in out.fields.get(MERGED_PREFIX + "authors", "").split(" | ")
            if form
        }
        for author in paper.authors:
            assert author.name in kept
        assert all(a.is_owner for a in out.authors if a.key == "rodriguez|elena")
    # every key that was read is still a source key; the written keys are the read ones
    read = {s.key for p in bib for s in p.sources if s.key}
    assert read <= {s.key for p in merged for s in p.sources if s.key}
    written = pubkit.dumps(merged, "bibtex")
    for key in ("rodriguez2021sparse", "lin2022routing", "rodriguez2023multilingual", "rodriguez2019routes"):
        assert f"{{{key}," in written
    assert "Rodr{\\'i}guez" in written and "Tom{\\'a}s" in written and "lin2022routingb" not in written
    # and once more changes nothing
    assert dedupe(merged).papers == merged.papers


def test_a_name_with_given_and_family_swapped_is_one_person_at_the_same_place() -> None:
    swapped = (Author.from_parts("Altenried", "Moritz"), Author("Ana Silva"))
    right = (Author.from_parts("Moritz", "Altenried", is_owner=True), Author("Ana Silva"))
    authors, variants = merge_authors([swapped, right])
    assert len(authors) == 2 and authors[0].is_owner and authors[1].name == "Ana Silva"
    assert variants == ["Altenried Moritz = Moritz Altenried"]  # the first copy's form, the other kept
    other = (Author("Moritz Keller"), Author("Ana Silva"))
    assert len(merge_authors([right, other])[0]) == 2
    assert merge_authors([right, other])[0][0].name == "Moritz Altenried"


def test_cli_says_when_the_owner_is_no_author_of_any_paper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, bib = _write_inputs(tmp_path)
    assert main(["dedupe", str(bib), "--owner", "Grace Hopper", "-o", str(tmp_path / "out.bib")]) == 0
    assert (
        "'Grace Hopper' is no author of any paper read; add the printed form with --alias"
        in capsys.readouterr().err
    )


def test_a_merged_preprint_keeps_its_status_and_venue_in_provenance() -> None:
    merged = merge_papers([_preprint(), _published(linked=True)])
    assert merged.status is Status.PUBLISHED and merged.fields[MERGED_PREFIX + "status"] == "preprint"
    assert merged.identifiers.arxiv == "2202.01234" and [v.name for v in merged.venues] == [
        "NeurIPS 2022",
        "arXiv",
    ]


def test_a_published_merge_does_not_take_the_preprints_arxiv_doi() -> None:
    only_doi = attrs.evolve(_preprint(), identifiers=Identifiers(doi="10.48550/arXiv.2202.01234"))
    merged = merge_papers([only_doi, _published(linked=False)])
    assert merged.identifiers.doi is None and merged.identifiers.arxiv == "2202.01234"
    assert merged.fields[MERGED_PREFIX + "doi"] == "10.48550/arXiv.2202.01234"
    assert merge_papers([only_doi]).identifiers.doi == "10.48550/arXiv.2202.01234"


def test_an_ieee_list_with_initials_gets_the_owner_found_in_the_cv() -> None:
    cv = Bibliography([cv_copy()], owner="Elena Rodríguez")
    ieee = Bibliography(
        [Paper("Another paper on routing", (Author("M. Lin"), Author("E. Rodríguez")), year=2020)]
    )
    marked = apply_owner(cv + ieee, None)
    assert marked.owner == "Elena Rodríguez"
    assert [a.is_owner for a in marked[1].authors] == [False, True]


def test_a_workshop_and_a_conference_paper_citing_one_preprint_are_versions_in_both_modes() -> None:
    ids = Identifiers(arxiv="2202.01234")
    workshop = attrs.evolve(
        _published(linked=True), venues=(Venue("BlackboxNLP Workshop at EMNLP"),), year=2021
    )
    conference = attrs.evolve(_published(linked=True), identifiers=ids, source=Source("dblp.bib", 8))
    for mode in ("link", "merge"):
        report = find_duplicates([workshop, conference], versions=mode)  # type: ignore[arg-type]
        assert report.duplicates == () and len(report.versions) == 1
        assert "same arXiv id, workshop 2021 -> conference 2022" in report.versions[0].reasons
