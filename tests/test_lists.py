"""Numbered publication lists: entries, numbering, order, grouping, highlight, markers, selection."""

from __future__ import annotations

import argparse
import doctest
import importlib.util
import inspect
import re

import pytest
from conftest import ROOT, SEED, shared_file

import pubkit
from pubkit import Author, Award, Bibliography, Identifiers, Paper, Source, Status, Venue, VenueKind
from pubkit.cli import add_list_options
from pubkit.formats import lists
from pubkit.formats.lists import OPTIONS, format_entry, group, parse_markers, parse_years, select, write

CVPR = Venue("IEEE Conference on Computer Vision and Pattern Recognition", "CVPR", VenueKind.CONFERENCE)
ICLR = Venue("International Conference on Learning Representations", "ICLR", VenueKind.CONFERENCE)
PAMI = Venue("IEEE Transactions on Pattern Analysis and Machine Intelligence", "PAMI", VenueKind.JOURNAL)
ARXIV = Venue("arXiv", kind=VenueKind.PREPRINT)
AICCW = Venue(
    "AI for Content Creation workshop (AICCW) at IEEE Conference on Computer Vision and Pattern Recognition",
    "CVPR AICCW",
    VenueKind.WORKSHOP,
)


def paper(
    title: str, names: str, venues: tuple[Venue, ...] = (CVPR,), year: int | None = 2021, **kw: object
) -> Paper:
    """A paper from "A B, C D*, E F†" (markers as in CVs); `kw` go to `Paper`."""
    authors = []
    for raw in names.split(", ") if names else []:
        name = raw.rstrip("*†")
        authors.append(Author(name, equal_contribution="*" in raw, corresponding="†" in raw))
    return Paper(title, authors, venues, year, **kw)  # type: ignore[arg-type]


def md(papers: list[Paper], **options: object) -> list[str]:
    """The item lines of a Markdown list of `papers` owned by Sanghyuk Chun."""
    text = write(Bibliography(papers, owner="Sanghyuk Chun"), **options)  # type: ignore[arg-type]
    return [line for line in text.splitlines() if line.startswith("- ")]


# -- one entry ----------------------------------------------------------------------------------------

ENTRY_CASES = [
    pytest.param(
        paper("Learning Fair Classifiers", "Sangwon Jung, Sanghyuk Chun*, Taesup Moon*", year=2022),
        'Sangwon Jung, Sanghyuk Chun*, Taesup Moon*, "Learning Fair Classifiers", '
        "IEEE Conference on Computer Vision and Pattern Recognition (CVPR), 2022.",
        id="published",
    ),
    pytest.param(
        paper(
            "CutMix",
            "Sangdoo Yun, Sanghyuk Chun",
            (Venue("International Conference on Computer Vision", "ICCV"),),
            2019,
            awards=[Award("Oral"), Award("Best paper runner-up award")],
        ),
        'Sangdoo Yun, Sanghyuk Chun, "CutMix", International Conference on Computer Vision (ICCV), 2019. '
        "(Oral) (Best paper runner-up award)",
        id="awards-after-the-period",
    ),
    pytest.param(
        paper(
            "Few-shot Font Generation",
            "Song Park*, Sanghyuk Chun*",
            (Venue("AAAI Conference", "AAAI"), AICCW),
        ),
        'Song Park*, Sanghyuk Chun*, "Few-shot Font Generation", AAAI Conference (AAAI), 2021 and AI for '
        "Content Creation workshop (AICCW) at IEEE Conference on Computer Vision and Pattern Recognition "
        "(CVPR AICCW), 2021.",
        id="two-venues-each-with-year",
    ),
    pytest.param(
        paper("Two years", "A B", (Venue("First", "F", year=2020), Venue("Second", "S")), 2021),
        'A B, "Two years", First (F), 2020 and Second (S), 2021.',
        id="per-venue-year",
    ),
    pytest.param(
        paper("Detector", "Hwanjun Song", (PAMI,), None, status=Status.SUBMITTED),
        'Hwanjun Song, "Detector", Submitted to IEEE Transactions on Pattern Analysis and Machine '
        "Intelligence (PAMI).",
        id="submitted",
    ),
    pytest.param(
        paper("Evaluation", "Junsuk Choe", (PAMI,), None, status=Status.ACCEPTED),
        'Junsuk Choe, "Evaluation", Accepted at IEEE Transactions on Pattern Analysis and Machine '
        "Intelligence (PAMI).",
        id="accepted",
    ),
    pytest.param(
        paper("Fonts", "Song Park", (PAMI,), None, status=Status.UNDER_REVIEW),
        'Song Park, "Fonts", Submitted to IEEE Transactions on Pattern Analysis and Machine '
        "Intelligence (PAMI) (Under review).",
        id="under-review",
    ),
    pytest.param(
        paper("Fonts", "Song Park", (PAMI,), None, status=Status.UNDER_REVIEW, note="Under Major Revision"),
        'Song Park, "Fonts", Submitted to IEEE Transactions on Pattern Analysis and Machine '
        "Intelligence (PAMI) (Under Major Revision).",
        id="under-review-in-the-cv-s-words",
    ),
    pytest.param(
        paper(
            "ECCV Caption",
            "Sanghyuk Chun",
            (ARXIV,),
            2022,
            status=Status.PREPRINT,
            identifiers=Identifiers(arxiv="2204.03359"),
        ),
        'Sanghyuk Chun, "ECCV Caption", arXiv preprint arXiv:2204.03359.',
        id="arxiv-preprint",
    ),
    pytest.param(
        paper(
            "No venue preprint",
            "A B",
            (),
            None,
            status=Status.PREPRINT,
            identifiers=Identifiers(arxiv="1906.04972"),
        ),
        'A B, "No venue preprint", arXiv preprint arXiv:1906.04972.',
        id="arxiv-preprint-without-venue",
    ),
    pytest.param(
        paper("Published", "A B", identifiers=Identifiers(doi="10.1109/CVPR.2021.1", arxiv="2101.00001")),
        'A B, "Published", IEEE Conference on Computer Vision and Pattern Recognition (CVPR), 2021. '
        "doi:10.1109/CVPR.2021.1 arXiv:2101.00001",
        id="identifiers-appended",
    ),
    pytest.param(paper("Lonely title", "", ()), '"Lonely title", 2021.', id="no-authors-no-venue"),
    pytest.param(
        paper("Undated", "A B", (CVPR,), None),
        'A B, "Undated", IEEE Conference on Computer Vision and Pattern Recognition (CVPR).',
        id="no-year",
    ),
    pytest.param(paper("Bare", "A B", (), None), 'A B, "Bare".', id="no-venue-no-year"),
    pytest.param(paper("", "A B", (), None), "A B.", id="no-title"),
    pytest.param(paper("", "", (), None), "(untitled).", id="nothing-at-all"),
    pytest.param(
        paper("Proceedings", "A B", (Venue("Proc. of Things."),), None),
        'A B, "Proceedings", Proc. of Things.',
        id="no-double-period",
    ),
]


@pytest.mark.parametrize(("item", "expected"), ENTRY_CASES)
def test_entry_text(item: Paper, expected: str) -> None:
    assert format_entry(item, style="text") == expected


def test_entry_without_acronyms_status_awards_or_ids() -> None:
    item = paper(
        "T",
        "A B",
        (PAMI,),
        2020,
        status=Status.SUBMITTED,
        awards=[Award("Oral")],
        identifiers=Identifiers(doi="10.1234/x"),
    )
    shown = format_entry(item, show_acronyms=False, show_status=False, show_awards=False, show_ids=False)
    assert shown == 'A B, "T", IEEE Transactions on Pattern Analysis and Machine Intelligence, 2020.'


def test_initials_name_form() -> None:
    item = paper("T", "Jung-Woo Ha, Sanghyuk Chun*")
    assert format_entry(item, name_form="initials", style="markdown", owner="Sanghyuk Chun").startswith(
        "J.-W. Ha, **S. Chun**\\*, "
    )


@pytest.mark.parametrize(
    ("max_authors", "owner_at", "expected"),
    [
        (3, 1, "A One, **Sanghyuk Chun**, C Three, et al."),
        (2, 2, "A One, B Two, **Sanghyuk Chun**, et al."),
        (2, 4, "A One, B Two, …, **Sanghyuk Chun**, et al."),
        (2, 5, "A One, B Two, …, **Sanghyuk Chun**"),
        (6, 5, "A One, B Two, C Three, D Four, E Five, **Sanghyuk Chun**"),
        (1, 0, "**Sanghyuk Chun**, et al."),
    ],
)
def test_et_al_never_hides_the_owner(max_authors: int, owner_at: int, expected: str) -> None:
    names = ["A One", "B Two", "C Three", "D Four", "E Five", "F Six"]
    names[owner_at] = "Sanghyuk Chun"
    shown = format_entry(
        paper("T", ", ".join(names)), style="markdown", max_authors=max_authors, owner="Sanghyuk Chun"
    )
    assert shown.startswith(expected + ', "T"')


# -- highlight ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bib_owner", "highlight", "flagged", "expected"),
    [
        ("Sanghyuk Chun", lists.OWNER, False, 'Jung-Woo Ha, **Sanghyuk Chun**, "T"'),
        (None, lists.OWNER, True, 'Jung-Woo Ha, **Sanghyuk Chun**, "T"'),
        (None, lists.OWNER, False, 'Jung-Woo Ha, Sanghyuk Chun, "T"'),
        ("Sanghyuk Chun", None, True, 'Jung-Woo Ha, Sanghyuk Chun, "T"'),
        ("Sanghyuk Chun", "Jung-woo Ha", False, '**Jung-Woo Ha**, Sanghyuk Chun, "T"'),
        (None, "S. Chun", False, 'Jung-Woo Ha, **Sanghyuk Chun**, "T"'),
        (None, "Chun, Sanghyuk", False, 'Jung-Woo Ha, **Sanghyuk Chun**, "T"'),
        (None, "Seonghyeon Chun", False, 'Jung-Woo Ha, Sanghyuk Chun, "T"'),
    ],
)
def test_highlight(bib_owner: str | None, highlight: object, flagged: bool, expected: str) -> None:
    item = Paper("T", [Author("Jung-Woo Ha"), Author("Sanghyuk Chun", is_owner=flagged)], [CVPR], 2021)
    text = write(Bibliography([item], owner=bib_owner), highlight=highlight, numbering="none")  # type: ignore[arg-type]
    assert text.startswith(f"- {expected}")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("markdown", "**Sanghyuk Chun**\\*"),
        ("html", "<strong>Sanghyuk Chun</strong>*"),
        ("latex", "\\textbf{Sanghyuk Chun}*"),
        ("text", "Sanghyuk Chun*"),
    ],
)
def test_highlight_markup(style: str, expected: str) -> None:
    item = paper("T", "A B*, Sanghyuk Chun*")
    assert expected in format_entry(item, style=style, owner="Sanghyuk Chun")


# -- markers and legend -------------------------------------------------------------------------------


def test_legend_once_and_only_for_markers_in_use() -> None:
    papers = [paper("One", "A B*, C D*"), paper("Two", "E F, G H†"), paper("Three", "I J*")]
    text = write(papers, style="text", group_by="year")
    assert text.count("indicates") == 2
    assert text.splitlines()[0] == "* indicates equal contribution. † indicates corresponding author."
    plain = write([paper("Plain", "A B, C D")], style="text")
    assert "indicates" not in plain


def test_custom_and_disabled_markers() -> None:
    item = paper("T", "A B*, C D†")
    text = write([item], style="text", markers={"corresponding": "#"}, numbering="none")
    assert text.splitlines() == [
        "* indicates equal contribution. # indicates corresponding author.",
        "",
        'A B*, C D#, "T", IEEE Conference on Computer Vision and Pattern Recognition (CVPR), 2021.',
    ]
    bare = write([item], style="text", markers=None, numbering="none")
    assert bare == 'A B, C D, "T", IEEE Conference on Computer Vision and Pattern Recognition (CVPR), 2021.\n'
    assert write([item], style="text", legend=False).startswith("[1] A B*")


def test_shared_mark_merges_legend() -> None:
    item = Paper("T", [Author("A B", equal_contribution=True), Author("C D", equal_advising=True)])
    text = write([item], style="text", markers={"equal_advising": "*"})
    assert text.splitlines()[0] == "* indicates equal contribution or equal advising."


# -- numbering, labels, order, grouping ---------------------------------------------------------------

THREE = [
    paper("Old", "A B", year=2019, source=Source(section="Conferences")),
    paper("New", "A B", year=2022, source=Source(section="Journals")),
    paper("Mid", "A B", (PAMI,), year=2020, source=Source(section="Conferences")),
]


def labels(text: str) -> list[str]:
    return re.findall(r"^(?:- )?(\S+) A B", text, flags=re.MULTILINE)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, ["[3]", "[2]", "[1]"]),
        ({"numbering": "ascending"}, ["[1]", "[2]", "[3]"]),
        ({"label": "n."}, ["3\\.", "2\\.", "1\\."]),
        ({"label": "n.", "numbering": "ascending"}, ["1.", "2.", "3."]),
        ({"label": "(n)"}, ["(3)", "(2)", "(1)"]),
        ({"label": "No.{n}"}, ["No.3", "No.2", "No.1"]),
        ({"group_by": "section"}, ["[3]", "[2]", "[1]"]),
        ({"group_by": "section", "restart_numbering": True}, ["[2]", "[1]", "[1]"]),
        ({"group_by": "kind", "numbering": "ascending", "restart_numbering": True}, ["[1]", "[1]", "[2]"]),
    ],
)
def test_numbering_and_labels(options: dict[str, object], expected: list[str]) -> None:
    assert labels(write(THREE, **options)) == expected  # type: ignore[arg-type]


def test_no_numbering() -> None:
    assert write(THREE[:1], numbering="none").startswith('- A B, "Old"')
    assert write(THREE[:1], numbering="none", style="text").startswith('A B, "Old"')


def titles(text: str) -> list[str]:
    return re.findall(r'"([^"]+)"', text)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, ["Old", "New", "Mid"]),
        ({"order": "year"}, ["New", "Mid", "Old"]),
        ({"order": "title"}, ["Mid", "New", "Old"]),
        ({"group_by": "section"}, ["Old", "Mid", "New"]),
        ({"group_by": "kind"}, ["Mid", "Old", "New"]),
        ({"group_by": "year"}, ["New", "Mid", "Old"]),
        ({"group_by": "section", "order": "year"}, ["New", "Mid", "Old"]),
    ],
)
def test_order_and_grouping(options: dict[str, object], expected: list[str]) -> None:
    assert titles(write(THREE, style="text", **options)) == expected  # type: ignore[arg-type]


def test_year_order_is_stable_and_puts_undated_first() -> None:
    papers = [
        paper("A", "X Y", year=2020),
        paper("B", "X Y", year=None),
        paper("C", "X Y", year=2020),
        paper("D", "X Y", year=2021),
    ]
    assert [p.title for p in select(papers, order="year")] == ["B", "D", "A", "C"]


def test_headings() -> None:
    text = write(THREE, group_by="section", heading_level=3)
    assert re.findall(r"^### .*$", text, flags=re.MULTILINE) == ["### Conferences", "### Journals"]
    assert "#" not in write(THREE, group_by="section", headings=False)
    by_kind = write(THREE, group_by="kind", style="text")
    assert [h for h in ("Journal articles", "Conference papers") if h in by_kind] == [
        "Journal articles",
        "Conference papers",
    ]
    assert write(THREE, title="Publications").startswith("# Publications\n")


def test_group_helper() -> None:
    runs = group([*THREE, paper("Loose", "A B")], group_by="section")
    assert [(h, [p.title for p in ps]) for h, ps in runs] == [
        ("Conferences", ["Old", "Mid"]),
        ("Journals", ["New"]),
        ("Other publications", ["Loose"]),
    ]
    assert group([], group_by=None) == []


# -- selection ----------------------------------------------------------------------------------------

FIRSTS = [
    paper("first", "Sanghyuk Chun, B"),
    paper("co-first", "A*, Sanghyuk Chun*, C", (PAMI,), 2019),
    paper("middle", "A, Sanghyuk Chun, C", year=2018, selected=True),
    paper(
        "equal advising is not first",
        "A, B*, Sanghyuk Chun*",
        (ARXIV,),
        None,
        status=Status.PREPRINT,
        identifiers=Identifiers(arxiv="2204.03359"),
    ),
]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"only_owner_first": True}, ["first", "co-first"]),
        ({"years": "2019-2021"}, ["first", "co-first"]),  # the undated preprint's arXiv id says 2022
        ({"years": 2018}, ["middle"]),
        ({"years": "-2019"}, ["co-first", "middle"]),
        ({"years": (2020, None)}, ["first", "equal advising is not first"]),
        ({"kinds": ["journal"]}, ["co-first"]),
        ({"kinds": VenueKind.PREPRINT}, ["equal advising is not first"]),
        ({"kinds": ["conference", "journal"], "years": "2019"}, ["co-first"]),
        ({"selected_only": True}, ["middle"]),
        ({"only_owner_first": True, "highlight": "A"}, ["co-first", "middle", "equal advising is not first"]),
    ],
)
def test_select(options: dict[str, object], expected: list[str]) -> None:
    chosen = select(Bibliography(FIRSTS, owner="Sanghyuk Chun"), **options)  # type: ignore[arg-type]
    assert [p.title for p in chosen] == expected
    assert chosen.owner == "Sanghyuk Chun"


def test_select_by_section_substring() -> None:
    assert [p.title for p in select(THREE, sections="conf")] == ["Old", "Mid"]
    assert [p.title for p in select(THREE, sections=["JOURNALS", "nothing"])] == ["New"]
    merged = paper(
        "Merged", "A B", source=Source(section="Selected"), merged_from=[Source(section="Journals")]
    )
    assert [p.title for p in select([*THREE, merged], sections="journal")] == ["New", "Merged"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (2021, (2021, 2021)),
        ("2021", (2021, 2021)),
        ("2019-2021", (2019, 2021)),
        ("2019 – 2021", (2019, 2021)),
        ("2019..2021", (2019, 2021)),
        ("2020-", (2020, None)),
        ("-2018", (None, 2018)),
        ((2018, 2019), (2018, 2019)),
    ],
)
def test_parse_years(value: object, expected: object) -> None:
    assert parse_years(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["", "-", "last year", "2019-2020-2021", "20190"])
def test_parse_years_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="not a year range"):
        parse_years(value)


# -- bad input and bad options ------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["markdown", "text", "html", "latex"])
def test_empty_bibliography_renders_nothing(style: str) -> None:
    assert pubkit.dumps(Bibliography(), style) == ""
    assert pubkit.dumps([], style, group_by="kind", title=None) == ""


@pytest.mark.parametrize("style", ["markdown", "text", "html", "latex"])
def test_degenerate_papers_never_crash(style: str) -> None:
    many = ", ".join(f"Author{i} Name{i}" for i in range(300))
    papers = [
        paper("", "", (), None),
        paper("No one", "", ()),
        paper("Crowd", many),
        paper("T", "A B", (), None),
    ]
    text = pubkit.dumps(papers, style, max_authors=10, group_by="year")
    assert text.count("Author") == 10
    assert "et al." in text


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"numbering": "backwards"}, "numbering='backwards' is not one of"),
        ({"order": "random"}, "order='random'"),
        ({"group_by": "venue"}, "group_by='venue'"),
        ({"style": "rtf"}, "style='rtf'"),
        ({"name_form": "short"}, "name_form='short'"),
        ({"label": "[#]"}, "exactly once"),
        ({"label": "entry n"}, "exactly once"),
        ({"max_authors": 0}, "max_authors"),
        ({"markers": {"first": "^"}}, "unknown marker roles"),
    ],
)
def test_bad_options_raise_value_error(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        write(THREE, **options)  # type: ignore[arg-type]


def test_plain_text_has_no_markup_and_one_line_per_entry() -> None:
    item = paper("A title long enough " * 20, ", ".join(f"Person {chr(65 + i)}" for i in range(26)))
    text = write(Bibliography([item, item], owner="Person C"), style="text")
    lines = text.splitlines()
    assert len(lines) == 2
    assert all(len(line) > 500 for line in lines)
    assert not re.search(r"\*\*|<|\\|\{", text)


def test_dumps_routes_each_style_and_accepts_plain_iterables() -> None:
    item = paper("T", "A B")
    for style in ("markdown", "text", "html", "latex"):
        assert pubkit.dumps(iter([item]), style) == write([item], style=style)


def test_options_table_matches_write_signature() -> None:
    parameters = inspect.signature(write).parameters
    for option in OPTIONS:
        assert option.name in parameters, option.name
        assert parameters[option.name].default == option.default, option.name
        assert option.flag.startswith("--")
    assert {o.name for o in OPTIONS} == set(parameters) - {"bib", "style"}


# -- the seed -----------------------------------------------------------------------------------------

CONFERENCES = "Academic Papers (peer-reviewed conferences and workshops)"
# The seed's lines [23]..[1], written consistently: the owner bold everywhere (the seed bolds him in
# some entries only), a comma before every title ([22]), ", " between all authors ([16]), a final period
# ([8], [1]), awards after it ([7]), the wrapped line [3] joined and "(**Big Data**)" unbolded ([1]).
SEED_CONFERENCES = r"""
- [23] Sangwon Jung, **Sanghyuk Chun**\*, Taesup Moon\*, "Learning Fair Classifiers with Partially Annotated Group Labels", IEEE Conference on Computer Vision and Pattern Recognition (CVPR), 2022.
- [22] Hwanjun Song, Deqing Sun, **Sanghyuk Chun**, Varun Jampani, Dongyoon Han, Byeongho Heo, Wonjae Kim, Ming-Hsuan Yang, "ViDT: An Efficient and Effective Fully Transformer-based Object Detector", International Conference on Learning Representations (ICLR), 2022.
- [21] Luca Scimeca\*, Seong Joon Oh\*, **Sanghyuk Chun**, Michael Poli, Sangdoo Yun, "Which Shortcut Cues Will DNNs Choose? A Study from the Parameter-Space Perspective", International Conference on Learning Representations (ICLR), 2022.
- [20] Junbum Cha, **Sanghyuk Chun**\*, Kyungjae Lee\*, Han-Cheol Cho, Seunghyun Park, Yunsung Lee, Sungrae Park, "SWAD: Domain Generalization by Seeking Flat Minima", Conference on Neural Information Processing Systems (NeurIPS), 2021.
- [19] Michael Poli\*, Stefano Massaroli\*, Luca Scimeca, Seong Joon Oh, **Sanghyuk Chun**, Atsushi Yamashita, Hajime Asama, Jinkyoo Park, Animesh Garg, "Neural Hybrid Automata: Learning Dynamics with Multiple Modes and Stochastic Transitions", Conference on Neural Information Processing Systems (NeurIPS), 2021.
- [18] Byeongho Heo, Sangdoo Yun, Dongyoon Han, **Sanghyuk Chun**, Junsuk Choe, Seong Joon Oh, "Rethinking Spatial Dimensions of Vision Transformers", International Conference on Computer Vision (ICCV), 2021.
- [17] Song Park, **Sanghyuk Chun**, Junbum Cha, Bado Lee, Hyunjung Shim, "Multiple Heads are Better than One: Few-shot Font Generation with Multiple Localized Experts", International Conference on Computer Vision (ICCV), 2021.
- [16] **Sanghyuk Chun**, Seong Joon Oh, Rafael Sampaio de Rezende, Yannis Kalantidis, Diane Larlus, "Probabilistic Embeddings for Cross-Modal Retrieval", IEEE Conference on Computer Vision and Pattern Recognition (CVPR), 2021.
- [15] Sangdoo Yun, Seong Joon Oh, Byeongho Heo, Dongyoon Han, Junsuk Choe, **Sanghyuk Chun**, "Relabeling ImageNet: from Single to Multi-Labels, from Global to Localized Labels", IEEE Conference on Computer Vision and Pattern Recognition (CVPR), 2021.
- [14] Byeongho Heo\*, **Sanghyuk Chun**\*, Seong Joon Oh, Dongyoon Han, Sangdoo Yun, Gyuwan Kim, Youngjung Uh, Jung-Woo Ha, "AdamP: Slowing Down the Slowdown for Momentum Optimizers on Scale-invariant Weights", International Conference on Learning Representations (ICLR), 2021.
- [13] Song Park\*, **Sanghyuk Chun**\*, Junbum Cha, Bado Lee, Hyunjung Shim, "Few-shot Font Generation with Localized Style Representations and Factorization", AAAI Conference on Artificial Intelligence (AAAI), 2021 and AI for Content Creation workshop (AICCW) at IEEE Conference on Computer Vision and Pattern Recognition (CVPR AICCW), 2021.
- [12] Junbum Cha, **Sanghyuk Chun**, Gayoung Lee, Bado Lee, Seonghyeon Kim, Hwalsuk Lee, "Few-shot Compositional Font Generation with Dual Memory", European Conference on Computer Vision (ECCV), 2020.
- [11] Hyojin Bahng, **Sanghyuk Chun**, Sangdoo Yun, Jaegul Choo, Seong Joon Oh, "Learning De-biased Representations with Biased Representations", International Conference on Machine Learning (ICML), 2020.
- [10] Junsuk Choe\*, Seong Joon Oh\*, Seongho Lee, **Sanghyuk Chun**, Zeynep Akata, Hyunjung Shim, "Evaluating Weakly Supervised Object Localization Methods Right", IEEE Conference on Computer Vision and Pattern Recognition (CVPR), 2020.
- [9] Junbum Cha, **Sanghyuk Chun**, Gayoung Lee, Bado Lee, Seonghyeon Kim, Hwalsuk Lee, "To-ward High-quality Few-shot Font Generation with Dual Memory", AI for Content Creation workshop (AICCW) at IEEE Conference on Computer Vision and Pattern Recognition (CVPR AICCW), 2020. (Oral) (Best paper runner-up award)
- [8] Minz Won, **Sanghyuk Chun**, Oriol Nieto, Xavier Serra, "Data-driven Harmonic Filters for Audio Representation Learning", IEEE International Conference on Acoustics, Speech, and Signal Processing (ICASSP), 2020.
- [7] Sangdoo Yun, Dongyoon Han, Seong Joon Oh, **Sanghyuk Chun**, Junseok Choi, Youngjoon Yoo, "CutMix: Regularization Strategy to Train Strong Classifiers with Localizable Features", International Conference on Computer Vision (ICCV), 2019. (Oral)
- [6] Jaejun Yoo\*, Youngjung Uh\*, **Sanghyuk Chun**\*, Byungkyu Kang, Jung-woo Ha, "Photorealistic Style Transfer via Wavelet Transforms", International Conference on Computer Vision (ICCV), 2019.
- [5] Minz Won, **Sanghyuk Chun**, Oriol Nieto, Xavier Serra, "Automatic Music Tagging with Harmonic CNN", Late Break Demo in International Society for Music Information Retrieval (ISMIR LBD), 2019.
- [4] Minz Won, **Sanghyuk Chun**, Xavier Serra, "Visualizing and Understanding Self-attention based Music Tagging", Machine Learning for Music Discovery Workshop at International Conference on Machine Learning (ICML ML4MD), 2019. (Oral)
- [3] **Sanghyuk Chun**, Seong Joon Oh, Sangdoo Yun, Dongyoon Han, Junsuk Choe, Youngjoon Yoo, "An Empirical Evaluation on Robustness and Uncertainty of Regularization methods", Uncertainty & Robustness in Deep Learning Workshop at International Conference on Machine Learning (ICML UDL), 2019.
- [2] Jisung Hwang\*, Younghoon Kim\*, **Sanghyuk Chun**\*, Jaejun Yoo, Jihoon Kim, Dongyoon Han, "Where To Be Adversarial Perturbations Added? Investigating and Manipulating Pixel Robustness Using Input Gradients", Debugging Machine Learning Models Workshop at International Conference on Learning Representations (ICLR DebugML), 2019.
- [1] Hyunjong Lee, Youngin Jo, **Sanghyuk Chun**, Kwangseob Kim, "A Study on Intelligent Personalized Push Notification with User History", IEEE International Conference on Big Data (Big Data), 2017.
""".strip().splitlines()  # noqa: E501

needs_cv_reader = pytest.mark.skipif(
    importlib.util.find_spec("pubkit.formats.cv") is None,
    reason="the CV reader (pubkit.formats.cv) has not landed",
)


@pytest.fixture
def seed() -> Bibliography:
    return pubkit.load(shared_file(SEED))


@needs_cv_reader
def test_seed_conference_section_line_by_line(seed: Bibliography) -> None:
    conferences = [p for p in seed if p.source and p.source.section == CONFERENCES]
    text = pubkit.dumps(seed.with_papers(conferences), "markdown", numbering="descending")
    lines = text.splitlines()
    assert lines[0] == r"\* indicates equal contribution."  # the seed's own legend line
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == len(SEED_CONFERENCES) == 23
    for got, expected in zip(items, SEED_CONFERENCES, strict=True):
        assert got == expected


@needs_cv_reader
def test_seed_section_option_selects_the_same_lines(seed: Bibliography) -> None:
    text = pubkit.dumps(seed, "markdown", sections="peer-reviewed")
    assert [line for line in text.splitlines() if line.startswith("- ")] == SEED_CONFERENCES


@needs_cv_reader
def test_seed_whole_page_by_section(seed: Bibliography) -> None:
    text = pubkit.dumps(seed, "markdown", group_by="section", restart_numbering=True)
    headings = re.findall(r"^## (.*)$", text, flags=re.MULTILINE)
    assert headings == sorted(
        {p.source.section for p in seed if p.source and p.source.section}, key=headings.index
    )
    assert CONFERENCES in headings
    assert "- [23] Sangwon Jung" in text
    assert "Submitted to IEEE Transactions on Pattern Analysis and Machine Intelligence (PAMI)." in text
    assert "arXiv preprint [arXiv:2204.03359](https://arxiv.org/abs/2204.03359)." in text
    assert text.count("indicates equal contribution") == 1


@needs_cv_reader
def test_seed_owner_first_author_selection(seed: Bibliography) -> None:
    firsts = select(seed, only_owner_first=True, sections="peer-reviewed")
    assert [p.title[:20] for p in firsts] == [
        "Probabilistic Embedd",
        "AdamP: Slowing Down ",
        "Few-shot Font Genera",
        "Photorealistic Style",
        "An Empirical Evaluat",
        "Where To Be Adversar",
    ]


def parser_from_options() -> argparse.ArgumentParser:
    """The flags `pubkit list` builds from `OPTIONS`, alone in a parser."""
    parser = argparse.ArgumentParser()
    add_list_options(parser)
    return parser


def test_options_build_a_command_line() -> None:
    flags = [o.flag for o in OPTIONS] + [o.negative for o in OPTIONS if o.negative]
    assert len(flags) == len(set(flags))
    args = vars(
        parser_from_options().parse_args(
            [
                "--numbering",
                "ascending",
                "--label",
                "n.",
                "--kind",
                "conference",
                "--kind",
                "journal",
                "--years",
                "2020-",
                "--no-legend",
                "--marker",
                "corresponding=#",
                "--max-authors",
                "2",
                "--highlight",
                "S. Chun",
            ]
        )
    )
    args["markers"] = parse_markers(args["markers"])
    assert "order" not in args
    papers = [
        paper("Conf", "A B, Sanghyuk Chun†, C D"),
        paper("Journal", "A B", (PAMI,), 2020),
        paper("Old", "A B", year=2019),
        paper("Preprint", "A B", (ARXIV,)),
    ]
    assert write(papers, style="text", **args) == (
        '1. A B, Sanghyuk Chun#, et al., "Conf", IEEE Conference on Computer Vision and Pattern Recognition '
        "(CVPR), 2021.\n"
        '2. A B, "Journal", IEEE Transactions on Pattern Analysis and Machine Intelligence (PAMI), 2020.\n'
    )
    defaults = vars(parser_from_options().parse_args(["--no-highlight", "--no-markers"]))
    assert defaults["highlight"] is None
    assert defaults["markers"] is None


@pytest.mark.parametrize("value", ["corresponding", "first=^", "=*"])
def test_parse_markers_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="not a marker"):
        parse_markers([value])


def test_docs_examples_run() -> None:
    """The examples in docs/lists.md are doctests: the documented output is the real output."""
    path = ROOT / "docs" / "lists.md"
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    result = doctest.testfile(str(path), module_relative=False, optionflags=flags, verbose=False)
    assert result.attempted >= 5
    assert result.failed == 0


@pytest.mark.parametrize("options", [{"years": "2022-2019"}, {"heading_level": 0}, {"heading_level": 7}])
def test_impossible_options_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"year range|heading_level"):
        write(Bibliography([Paper("T", year=2020)]), **options)  # type: ignore[arg-type]
