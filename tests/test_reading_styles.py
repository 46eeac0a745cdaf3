"""Publication lists in styles pubkit was not built around: hand labels, scoring, one pinned entry per style.

The pins read through `pubkit.load` and wait for the new reader (`pubkit.parse_reference` is its sign);
the label and scoring tests run now.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, REAL_LISTS, ROOT, SEED, shared_file

import pubkit
from pubkit import Author, Award, Identifiers, Paper, Source, Status, Venue
from pubkit.reading.corpus import LabelledString
from pubkit.reading.reader import OWN_FAULT

sys.path.insert(0, str(ROOT / "benchmarks"))
from reading_bench import build_big_list  # a sibling script, not a package
from reading_score import (
    LIST_FIELDS,
    Label,
    load_labels,
    match_entries,
    name_words,
    score_list,
    score_reference,
    venue_matches,
)

LISTS = FIXTURES / "reading" / "lists"
LABELS = FIXTURES / "reading" / "labels"
OWN = sorted(LISTS.glob("*.labels.json"))
REAL = sorted(LABELS.glob("*.labels.json"))


def list_of(labels: Path) -> Path:
    """The list file beside (ours) or behind (shared) a labels file."""
    stem = labels.name[: -len(".labels.json")]
    if labels.parent == LISTS:
        return next(p for p in LISTS.glob(f"{stem}.*") if not p.name.endswith(".labels.json"))
    folder = SEED.parent if stem == SEED.stem else REAL_LISTS
    return shared_file(next(iter(folder.glob(f"{stem}.*")), folder / stem))


def squash(text: str) -> str:
    return pubkit.normalize_title(text).replace(" ", "")


# --- the labels themselves -------------------------------------------------------------------------


def test_at_least_twelve_own_lists_of_a_real_lists_size() -> None:
    """Lists as long as real pages' (nine to forty papers: a student's page to a portal's page)."""
    assert len(OWN) >= 12
    sizes = {p.name: len(load_labels(p).entries) for p in OWN}
    assert all(9 <= n <= 40 for n in sizes.values()), sizes


def test_every_real_list_and_the_seed_has_labels() -> None:
    names = {p.name[: -len(".labels.json")] for p in REAL}
    files = shared_file(REAL_LISTS).iterdir()
    real = {p.stem for p in files if p.suffix not in (".bib", "") and p.stem != "README"}
    assert real | {SEED.stem} <= names


@pytest.mark.parametrize("labels", OWN + REAL, ids=lambda p: p.name)
def test_labels_point_at_their_entries(labels: Path) -> None:
    """Each label's line starts its entry: the title is printed within the next few lines, an
    author's family name too, and the author indices are in range."""
    lines = list_of(labels).read_text(encoding="utf-8").splitlines()
    data = json.loads(labels.read_text(encoding="utf-8"))
    assert set(data) == {"owner", "entries"}
    entries = load_labels(labels).entries
    assert [e.line for e in entries] == sorted(e.line for e in entries)
    assert len({e.line for e in entries}) == len(entries)
    for entry in entries:
        window = squash(" ".join(lines[entry.line - 1 : entry.line + 7]))
        assert squash(entry.title)[:25] in window, (entry.line, entry.title)
        assert entry.authors, entry.line
        # an author's family name is printed there (not always the first: an economics CV leaves
        # its owner out, "(with X and Y)"; then the entry has no other author or prints them)
        families = [pubkit.split_name(a)[1] or a for a in entry.authors]
        printed = [f for f in families if squash(f) in window]
        assert printed or len(families) == 1, (entry.line, families)
        indices = set(entry.equal_contribution) | ({entry.owner_index} - {None})
        assert all(0 <= i < len(entry.authors) for i in indices), entry.line


# --- scoring ---------------------------------------------------------------------------------------

LABEL = Label(
    line=3,
    title="Learning Fair Classifiers with Partially Annotated Group Labels",
    authors=("Jung, Sangwon", "Sanghyuk Chun", "Taesup Moon"),
    owner_index=1,
    equal_contribution=frozenset({1, 2}),
    year=2022,
    venue="IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
)


def perfect(label: Label = LABEL, **changes: Any) -> Paper:
    """A paper that is exactly what the label says, with `changes` applied."""
    authors = [
        Author(name, is_owner=i == label.owner_index, equal_contribution=i in label.equal_contribution)
        for i, name in enumerate(label.authors)
    ]
    fields: dict[str, Any] = {
        "title": label.title,
        "authors": authors,
        "venues": [Venue("IEEE Conference on Computer Vision and Pattern Recognition", "CVPR")],
        "year": label.year,
        "source": Source("x.md", label.line),
    }
    fields.update(changes)
    return Paper(**fields)


def test_a_perfect_paper_scores_one_on_every_field() -> None:
    score = score_list([perfect()], [LABEL])
    assert (score.labelled, score.read, score.missed, score.extra) == (1, 1, 0, 0)
    assert all(score.fields.accuracy(f) == 1.0 for f in LIST_FIELDS)
    assert score.fields.overall == 1.0
    assert score.wrong == ()


def test_a_wrong_title_scores_zero_on_title_only() -> None:
    score = score_list([perfect(title="Learning Fair Classifiers")], [LABEL])
    assert score.fields.accuracy("title") == 0.0
    assert all(score.fields.accuracy(f) == 1.0 for f in LIST_FIELDS if f != "title")
    assert score.wrong == ((3, "title"),)


@pytest.mark.parametrize(
    ("changes", "wrong"),
    [
        ({"year": 2021}, "year"),
        ({"venues": [Venue("Workshop at CVPR")]}, "venue"),
        ({"venues": []}, "venue"),
        ({"authors": [Author("Sangwon Jung"), Author("Sanghyuk Chun", is_owner=True)]}, "authors"),
        (
            {"authors": [Author("S. Jung"), Author("Sanghyuk Chun", is_owner=True), Author("T. Moon")]},
            "authors",
        ),
    ],
)
def test_each_field_is_judged_on_its_own(changes: dict[str, Any], wrong: str) -> None:
    score = score_list([perfect(**changes)], [LABEL])
    assert score.fields.accuracy(wrong) == 0.0
    assert score.fields.accuracy("title") == 1.0


def test_owner_and_equal_contribution_flags_are_compared_by_index() -> None:
    flags = [Author("Sangwon Jung"), Author("Sanghyuk Chun"), Author("Taesup Moon", is_owner=True)]
    score = score_list([perfect(authors=flags)], [LABEL])
    assert score.fields.accuracy("owner") == 0.0
    assert score.fields.accuracy("equal_contribution") == 0.0
    assert score.fields.accuracy("authors") == 1.0


def test_a_missed_entry_is_wrong_everywhere_and_an_unmatched_paper_is_extra() -> None:
    other = perfect(title="Something Else Entirely Different", source=Source("x.md", 99))
    score = score_list([other], [LABEL])
    assert (score.read, score.missed, score.extra) == (0, 1, 1)
    assert score.fields.overall == 0.0
    assert {field for _, field in score.wrong} == set(LIST_FIELDS)


def test_papers_match_by_line_then_by_title() -> None:
    second = Label(5, "Dataset Condensation with Contrastive Signals", ("A B",), None, frozenset(), 2022, "X")
    moved = perfect(second, source=Source("x.md", 6), venues=[])
    unplaced = perfect(source=None)
    assert match_entries([moved, unplaced], [LABEL, second]) == [1, 0]
    assert match_entries([perfect(title="Unrelated", source=None)], [LABEL]) == [None]


CVPR = "IEEE Conference on Computer Vision and Pattern Recognition"
AAAI = "AAAI Conference on Artificial Intelligence"
ECCV_WS = "European Conference on Computer Vision Workshops"


@pytest.mark.parametrize(
    ("printed", "venue", "right"),
    [
        ("IEEE Conference on Computer Vision and Pattern Recognition (CVPR)", Venue(CVPR, "CVPR"), True),
        ("CVPR", Venue(CVPR, "CVPR"), True),
        ("The AAAI Conference on Artificial Intelligence (AAAI)", Venue(AAAI, "AAAI"), True),
        ("European Conference on Computer Vision (ECCV) Workshops", Venue(ECCV_WS, "ECCV"), True),
        ("Nat. Commun.", Venue("Nat Commun"), True),
        ("ICCV", Venue(CVPR, "CVPR"), False),
        ("Journal of Climate", Venue("Journal of Climate, Boston, MA"), False),
        ("Energy Economics", Venue("Under review"), False),
        # a year inside the printed venue is the year's field, not the venue's
        (
            "Proceedings of the 2023 Conference on Empirical Methods in NLP",
            Venue("Proceedings of the Conference on Empirical Methods in NLP"),
            True,
        ),
        (
            "Proceedings of the 12th International Conference on Permafrost (ICOP 2024)",
            Venue("Proceedings of the 12th International Conference on Permafrost", "ICOP"),
            True,
        ),
        (
            "Proceedings of the 13th International Conference on Permafrost",
            Venue("Proceedings of the 12th International Conference on Permafrost"),
            False,
        ),
    ],
)
def test_venue_matching_folds_form_but_not_content(printed: str, venue: Venue, right: bool) -> None:
    assert venue_matches(printed, Paper("t", venues=[venue])) is right


def test_a_books_publisher_is_its_venue_label() -> None:
    book = Paper("t", extra=(("address", "Paris"), ("publisher", "Vrin")))
    assert venue_matches("Vrin", book) and not venue_matches("Gallimard", book)
    assert not venue_matches("Vrin", Paper("t"))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Hill, Spencer A.", "Spencer A. Hill", True),
        ("Anderson, S.C.", "SC Anderson", True),
        ("Émile Laurent-Dufresne", "Laurent-Dufresne, Emile", True),
        ("S. Hill", "Spencer Hill", False),
        ("Huajun Chen (1st student author)", "Huajun Chen", False),
    ],
)
def test_names_compare_as_bags_of_folded_words(a: str, b: str, same: bool) -> None:
    assert (name_words(a) == name_words(b)) is same


GOLD = LabelledString(
    (
        ("author", "Brischoux, F., Chakraborty, S., and Ungless, M.A."),
        ("date", "(2009)."),
        ("title", "Phasic excitation of dopamine neurons in ventral VTA by noxious stimuli."),
        ("container-title", "In: Proc Natl Acad Sci U S A"),
        ("volume", "106,"),
        ("pages", "4894–99."),
        ("doi", "doi:10.1073/pnas.0811507106."),
    ),
    "test#0",
)


def gold_paper(**changes: Any) -> Paper:
    fields: dict[str, Any] = {
        "title": "Phasic excitation of dopamine neurons in ventral VTA by noxious stimuli",
        "authors": [Author("F. Brischoux"), Author("S. Chakraborty"), Author("M. A. Ungless")],
        "venues": [Venue("Proc Natl Acad Sci U S A")],
        "year": 2009,
        "volume": "106",
        "pages": "4894--4899",
        "identifiers": Identifiers(doi="10.1073/PNAS.0811507106"),
    }
    fields.update(changes)
    return Paper(**fields)


def test_a_reference_read_right_scores_every_gold_field() -> None:
    result = score_reference(gold_paper(), GOLD)
    assert result == dict.fromkeys(("title", "authors", "container", "date", "volume", "pages", "doi"), True)


@pytest.mark.parametrize(
    ("changes", "wrong"),
    [
        ({"title": "Phasic excitation of dopamine neurons"}, "title"),
        ({"authors": [Author("F. Brischoux"), Author("S. Chakraborty")]}, "authors"),
        ({"venues": [Venue("In: Proc Natl Acad Sci U S A 106")]}, "container"),
        ({"year": 2008}, "date"),
        ({"volume": "10"}, "volume"),
        ({"pages": "4894"}, "pages"),
        ({"identifiers": Identifiers()}, "doi"),
    ],
)
def test_a_wrong_reference_field_is_wrong_alone(changes: dict[str, Any], wrong: str) -> None:
    result = score_reference(gold_paper(**changes), GOLD)
    assert [name for name, ok in result.items() if not ok] == [wrong]


def test_a_refused_reference_is_wrong_on_every_gold_field_and_only_those() -> None:
    assert score_reference(None, GOLD) == dict.fromkeys(
        ("title", "authors", "container", "date", "volume", "pages", "doi"), False
    )


def test_publisher_comes_from_the_venue_or_the_extra_fields() -> None:
    gold = LabelledString((("title", "A Book"), ("publisher", "Elsevier.")), "t#1")
    in_fields = Paper("A Book", extra={"publisher": "Elsevier"})
    assert score_reference(in_fields, gold) == {"title": True, "publisher": True}
    on_venue = Paper("A Book", venues=[Venue("Series", publisher="Elsevier")])
    assert score_reference(on_venue, gold)["publisher"] is True
    assert score_reference(Paper("A Book"), gold)["publisher"] is False


def test_the_speed_list_is_deterministic_and_has_every_entry(tmp_path: Path) -> None:
    text = build_big_list(tmp_path, 300, seed=7)
    assert text == build_big_list(tmp_path, 300, seed=7) != build_big_list(tmp_path, 300, seed=8)
    starts = [line for line in text.splitlines() if line.startswith(("- ", "1. "))]
    assert len(starts) == 300
    assert text.count("**Alex Q. Owner**") == 300


# --- one pinned entry per style (the new reader) ---------------------------------------------------


def find(path: Path, title: str) -> Paper:
    """The one paper read from `path` whose title starts with `title` (compared as `squash`ed)."""
    bib = pubkit.load(path)
    wanted = squash(title)
    hits = [p for p in bib if squash(p.title).startswith(wanted)]
    assert len(hits) == 1, [p.title for p in bib]
    return hits[0]


def check(paper: Paper, pin: dict[str, Any]) -> None:
    """Every pinned field of `paper`; authors compared as printed names (see `name_words`)."""
    authors = pin["authors"]
    assert [name_words(a.name) for a in paper.authors] == [name_words(a) for a in authors]
    assert [a.is_owner for a in paper.authors] == [i == pin["owner"] for i in range(len(authors))]
    assert {i for i, a in enumerate(paper.authors) if a.equal_contribution} == pin.get("equal", set())
    assert {i for i, a in enumerate(paper.authors) if a.corresponding} == pin.get("corresponding", set())
    assert paper.year == pin["year"]
    name, acronym = pin["venue"] if pin["venue"] else (None, None)
    assert (paper.venue.name if paper.venue else None) == name
    assert (paper.venue.acronym if paper.venue else None) == acronym
    assert paper.status is pin.get("status", Status.PUBLISHED)
    assert paper.awards == tuple(Award(a) for a in pin.get("awards", ()))
    for key in ("volume", "number", "pages", "month"):
        if key in pin:
            assert getattr(paper, key) == pin[key], key
    if "doi" in pin:
        assert paper.identifiers.doi == pin["doi"]
    if "arxiv" in pin:
        assert paper.identifiers.arxiv == pin["arxiv"]
    if "address" in pin:
        assert paper.fields.get("address") == pin["address"]


PINS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "apa.md",
        "Present bias and the timing of tax filing",
        {
            "authors": ["Lindqvist, S.", "Quintero-Vega, M.", "de la Fuente, R."],
            "owner": 1,
            "equal": {0, 1},
            "year": 2023,
            "venue": ("American Economic Journal: Economic Policy", None),
            "volume": "15",
            "number": "2",
        },
    ),
    (
        "chicago.html",
        "Mapping Atlantic Shipping with Notarial Records: A Digital Approach",
        {
            "authors": ["Dubois, Claire", "Émile Laurent-Dufresne", "Tomás de la Vega"],
            "owner": 1,
            "year": 2020,
            "venue": ("Journal of Economic History", None),
            "volume": "80",
            "number": "3",
        },
    ),
    (
        "mla.txt",
        "Women Poets of the Tanzimat Press",
        {
            "authors": ["Demir, İlker", "Şölen Aydın"],
            "owner": 1,
            "year": 2018,
            "venue": ("Journal of Turkish Literature", None),
            "volume": "15",
        },
    ),
    (
        "vancouver.txt",
        "Single-cell atlas of the regenerating zebrafish fin",
        {
            "authors": ["Solberg I", "Haugen K", "Tanaka M", "Eriksen P", "Lund AC"],
            "owner": 0,
            "equal": {0, 1},
            "corresponding": {4},
            "year": 2022,
            "venue": ("Nat Commun", None),
            "volume": "13",
            "number": "1",
            "pages": "1981",
            "doi": "10.1038/s41467-022-29600-1",
        },
    ),
    (
        "ieee.html",
        "Deep unfolding for hybrid precoding",
        {
            "authors": ["K. Mensah-Bonsu", "R. Ahmadi"],
            "owner": 0,
            "year": 2023,
            "month": 5,
            "venue": ("Proc. IEEE Int. Conf. Commun.", "ICC"),
            "awards": ["Best Paper Award"],
            "address": "Rome, Italy",
        },
    ),
    (
        "harvard.rst",
        "Strain-tunable superconductivity in twisted bilayer WSe2",
        {
            "authors": ["Zhou, Y.", "Åkesson, B.", "Fernández-Ruiz, C."],
            "owner": 1,
            "equal": {0, 1},
            "year": 2022,
            "venue": ("Nature Physics", None),
            "volume": "18",
            "number": "9",
        },
    ),
    (
        "latex_item.tex",
        "Learning mean field game equilibria with neural operators",
        {
            "authors": ["A. Brennan", "D. Okoro", "C. Zhang"],
            "owner": 1,
            "year": 2023,
            "venue": ("Advances in Neural Information Processing Systems", "NeurIPS"),
            "awards": ["Spotlight"],
            "volume": "36",
        },
    ),
    (
        "bibitem.tex",
        "Ram-pressure stripping in simulated group environments",
        {
            "authors": ["K. Yamamoto", "L. Fernández de la Cruz", "A. Lindqvist"],
            "owner": 1,
            "year": 2023,
            "venue": ("Mon. Not. R. Astron. Soc.", None),
            "volume": "521",
        },
    ),
    (
        "moderncv.tex",
        "Test-Time Adaptation with Diffusion Priors",
        {
            "authors": ["Jae-won Park", "Minji Kang", "Hyunwoo Lee", "Seong-Hoon Cho"],
            "owner": 0,
            "equal": {0, 1},
            "corresponding": {3},
            "year": 2024,
            "venue": ("International Conference on Learning Representations", "ICLR"),
            "awards": ["Oral"],
            "address": "Vienna, Austria",
        },
    ),
    (
        "orgmode.org",
        "Pollinator network collapse under simulated heatwaves",
        {
            "authors": ["Achterberg, T.", "Mwangi, J.", "Ferreira da Silva, L."],
            "owner": 0,
            "equal": {0, 1},
            "year": 2024,
            "venue": ("Ecology Letters", None),
            "volume": "27",
            "number": "3",
            "doi": "10.1111/ele.14401",
        },
    ),
    (
        "jemdoc_links.jemdoc",
        "Sparse Variational Gaussian Processes for Spatio-Temporal Epidemic Data",
        {
            "authors": ["Oleksandr Bondarenko", "Nguyễn Thị Lan", "Chloé Martin", "Matteo Bianchi"],
            "owner": 1,
            "year": 2022,
            "venue": ("Conference on Uncertainty in Artificial Intelligence", "UAI"),
            "arxiv": "2301.11223",
        },
    ),
    (
        "title_first.md",
        "Defect engineering in MOF-5",
        {
            "authors": ["Tobias Rasmussen", "Ana Sofía Beltrán"],
            "owner": 0,
            "year": 2023,
            "venue": ("Chemistry of Materials", None),
            "volume": "35",
            "number": "14",
        },
    ),
    (
        "year_first.md",
        "A moist static energy budget-based analysis of the Sahel rainfall response to uniform oceanic "
        "warming",
        {
            "authors": ["Hill, Spencer A.", "Ming, Y.", "Held, I. M.", "Zhao, M."],
            "owner": 0,
            "year": 2019,
            "venue": ("Journal of Climate", None),
            "volume": "32",
        },
    ),
    (
        "messy.md",
        "Certified Robustness for Graph Neural Networks via Randomized Edge Flipping",
        {
            "authors": ["Xinyi Zhou", "Haoran Li", "Kenji Watanabe", "Wei Chen"],
            "owner": 0,
            "equal": {0, 1},
            "corresponding": {3},
            "year": 2025,
            "venue": ("ICLR", None),
            "awards": ["Oral"],
        },
    ),
    (
        "messy.md",
        "Fair Message Passing under Degree Bias",
        {
            "authors": ["Xinyi Zhou", "Ömer Yılmaz", "Wei Chen"],
            "owner": 0,
            "year": 2024,
            "venue": ("Advances in Neural Information Processing Systems", "NeurIPS"),
        },
    ),
]


@pytest.mark.parametrize(("name", "title", "pin"), PINS, ids=[f"{n}:{t[:30]}" for n, t, _ in PINS])
def test_pins_agree_with_the_labels(name: str, title: str, pin: dict[str, Any]) -> None:
    """The pins and the hand labels are two writings of the same truth: they must not drift apart."""
    stem = name.rsplit(".", 1)[0]
    label = next(
        e for e in load_labels(LISTS / f"{stem}.labels.json").entries if squash(e.title) == squash(title)
    )
    assert [name_words(a) for a in label.authors] == [name_words(a) for a in pin["authors"]]
    assert (label.owner_index, set(label.equal_contribution), label.year) == (
        pin["owner"],
        pin.get("equal", set()),
        pin["year"],
    )
    venue_name, acronym = pin["venue"]
    assert label.venue is not None
    assert venue_matches(label.venue, Paper(title, venues=[Venue(venue_name, acronym)]))


@pytest.mark.parametrize(("name", "title", "pin"), PINS, ids=[f"{n}:{t[:30]}" for n, t, _ in PINS])
def test_one_entry_of_each_style_is_read_completely(name: str, title: str, pin: dict[str, Any]) -> None:
    check(find(LISTS / name, title), pin)


STATUSES = [
    ("apa.md", "Narrow bracketing in household energy decisions", Status.ACCEPTED),
    ("apa.md", "Reciprocity in online labor markets", Status.UNDER_REVIEW),
    ("apa.md", "Salience of fees in retirement plan menus", Status.SUBMITTED),
    ("chicago.html", "Insurance Markets and the Seven Years’ War", Status.ACCEPTED),
    ("chicago.html", "The Merchant’s Ledger as Autobiography", Status.UNDER_REVIEW),
    ("mla.txt", "Refugee Testimony and the Limits of Genre", Status.SUBMITTED),
    ("ieee.html", "Age of information in random access IoT networks", Status.ACCEPTED),
    ("latex_item.tex", "Convergence of fictitious play in potential mean field games", Status.UNDER_REVIEW),
    ("moderncv.tex", "Scaling Laws for Test-Time Training", Status.UNDER_REVIEW),
    ("title_first.md", "Machine-learned potentials for proton transport in Nafion", Status.ACCEPTED),
    ("year_first.md", "Convective aggregation in rotating radiative–convective equilibrium", Status.ACCEPTED),
    ("messy.md", "Scalable Node Classification on Billion-Edge Graphs", Status.UNDER_REVIEW),
    ("vancouver.txt", "Epigenetic memory of injury in fin fibroblasts", Status.SUBMITTED),
]


@pytest.mark.parametrize(("name", "title", "status"), STATUSES, ids=[f"{n}:{t[:30]}" for n, t, _ in STATUSES])
def test_statuses_are_statuses_not_venues(name: str, title: str, status: Status) -> None:
    paper = find(LISTS / name, title)
    assert paper.status is status
    statuses = {"under review", "submitted", "in press", "in revision", "forthcoming", "to appear"}
    assert not (paper.venue and pubkit.normalize_title(paper.venue.name) in statuses)


AWARDS = [
    ("jemdoc_links.jemdoc", "Variational Inference for Neural SDEs with Jump Processes", ["Spotlight"]),
    ("jemdoc_links.jemdoc", "Kernel Methods for Causal Effect Estimation", ["Oral presentation"]),
    ("messy.md", "Graph Unlearning Without Retraining via Influence Functions", ["Spotlight"]),
    ("messy.md", "Temporal Link Prediction with Continuous-Time Memory", ["Best Paper Award Nominee"]),
    ("moderncv.tex", "Prompt Tuning Is a Strong Baseline for Few-Shot Adaptation", ["Best Paper Award"]),
    ("latex_item.tex", "Hamilton–Jacobi equations on metric graphs", ["Best Paper Award"]),
]


@pytest.mark.parametrize(("name", "title", "awards"), AWARDS, ids=[f"{n}:{t[:30]}" for n, t, _ in AWARDS])
def test_awards_are_read_as_printed(name: str, title: str, awards: list[str]) -> None:
    assert find(LISTS / name, title).awards == tuple(Award(a) for a in awards)


@pytest.mark.parametrize("labels", OWN, ids=lambda p: p.name)
def test_every_labelled_paper_is_read_and_nothing_else(labels: Path) -> None:
    """Commented-out entries, talks, teaching, legends and prose are not papers; every paper is read, and
    no block is a fault of pubkit's own (which the reader reports as a problem rather than stopping)."""
    bib = pubkit.load(list_of(labels))
    score = score_list(list(bib), load_labels(labels))
    assert (score.missed, score.extra) == (0, 0), score.wrong
    assert not [p for p in bib.problems if OWN_FAULT in p.message]
