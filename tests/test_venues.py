"""Venue wording: kinds, the knowledge table, proceedings titles reduced to venue and year, place, month."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from importlib import resources

import pytest

from pubkit import Author, Paper, Source, Venue, VenueKind, venues
from pubkit.dedup import find_duplicates
from pubkit.venues import add_venues, forget_added_venues, guess_kind, venue_details, venue_identity

CONF, WORKSHOP, JOURNAL, THESIS = (
    VenueKind.CONFERENCE,
    VenueKind.WORKSHOP,
    VenueKind.JOURNAL,
    VenueKind.THESIS,
)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("NeurIPS 2022", CONF),
        ("ACL 2021 (Oral)", CONF),
        ("Interspeech", CONF),
        ("Proc. Interspeech 2023", CONF),
        ("Findings of EMNLP", CONF),
        ("BlackboxNLP Workshop at EMNLP", WORKSHOP),
        ("IEEE Transactions on Imaging", JOURNAL),
        ("arXiv preprint arXiv:2101.00001", VenueKind.PREPRINT),
        ("Neural Information Processing Systems", VenueKind.OTHER),  # a full name says no kind by itself
        ("Some Friendly Gathering", VenueKind.OTHER),
    ],
)
def test_guess_kind_knows_acronyms_of_the_table(name: str, kind: VenueKind) -> None:
    assert guess_kind(name) is kind


def test_guess_kind_keeps_the_readers_default_for_unknown_names() -> None:
    assert guess_kind("Some Friendly Gathering", VenueKind.CONFERENCE) is CONF


ACL_2021 = (
    "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th "
    "International Joint Conference on Natural Language Processing (Volume 1: Long Papers)"
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (ACL_2021, ("ACL", CONF, 2021)),
        ("ACL-IJCNLP 2021", ("ACL", CONF, 2021)),
        ("Annual Meeting of the Association for Computational Linguistics (ACL)", ("ACL", CONF, None)),
        ("Computational Linguistics (ACL), 2021", ("ACL", CONF, 2021)),
        ("Proc. Interspeech 2023", ("Interspeech", CONF, 2023)),
        ("Advances in Neural Information Processing Systems 35", ("NeurIPS", CONF, 2022)),
        ("Advances in Neural Information Processing Systems", ("NeurIPS", CONF, None)),
        ("NeurIPS 2022", ("NeurIPS", CONF, 2022)),
        ("Proceedings of the 38th International Conference on Machine Learning", ("ICML", CONF, 2021)),
        ("ICML'21", ("ICML", CONF, 2021)),
        (
            "Findings of the Association for Computational Linguistics: EMNLP 2021",
            ("Findings of EMNLP", CONF, 2021),
        ),
        ("Findings of EMNLP", ("Findings of EMNLP", CONF, None)),
        ("BlackboxNLP Workshop at EMNLP", ("BlackboxNLP", WORKSHOP, None)),
        ("Proc. 3rd BlackboxNLP Workshop, Nov.", ("BlackboxNLP", WORKSHOP, None)),
        ("J Mol Cell Cardiol", ("Journal of Molecular and Cellular Cardiology", JOURNAL, None)),
        ("J. Mol. Cell. Cardiol.", ("Journal of Molecular and Cellular Cardiology", JOURNAL, None)),
        (
            "Proc Natl Acad Sci U S A",
            (
                "Proceedings of the National Academy of Sciences of the United States of America",
                JOURNAL,
                None,
            ),
        ),
        ("PhD thesis, University of Edinburgh", ("University of Edinburgh", THESIS, None)),
        ("A Small Local Gathering 2019", ("A Small Local Gathering", VenueKind.OTHER, 2019)),
    ],
)
def test_venue_identity_reduces_names_to_one_venue_and_year(
    name: str, expected: tuple[str, VenueKind, int | None]
) -> None:
    assert venue_identity(name)[:3] == expected


def test_a_workshop_at_a_conference_stays_a_workshop() -> None:
    identity = venue_identity(
        "Workshop on Analyzing and Interpreting Neural Networks for NLP (BlackboxNLP) at EMNLP"
    )
    assert identity.kind is WORKSHOP and identity.name == "BlackboxNLP"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "Proc. 3rd BlackboxNLP Workshop, Abu Dhabi, UAE, Nov. 2022",
            ("Proc. 3rd BlackboxNLP Workshop", "Abu Dhabi, UAE", 11),
        ),
        ("Proceedings of ICML, Vancouver, Canada", ("Proceedings of ICML", "Vancouver, Canada", None)),
        ("ICASSP, Online, June", ("ICASSP", "Online", 6)),
        ("Journal of Things, 12(3)", ("Journal of Things, 12(3)", None, None)),
        ("Conference on Data", ("Conference on Data", None, None)),
    ],
)
def test_place_and_month_are_parsed_out_of_venue_strings(
    name: str, expected: tuple[str, str | None, int | None]
) -> None:
    assert tuple(venue_details(name)) == expected


def test_the_shipped_table_is_well_formed() -> None:
    table = json.loads(resources.files("pubkit").joinpath("data/venues.json").read_text(encoding="utf-8"))
    kinds = {k.value for k in VenueKind}
    names = [v["name"] for v in table["venues"]]
    assert len(names) == len(set(names)) >= 100
    assert all(v["kind"] in kinds for v in table["venues"])


@pytest.fixture
def own_venues() -> Iterator[None]:
    """Venues a test adds are forgotten after it."""
    yield
    forget_added_venues()


def test_users_add_venues_and_bad_entries_are_refused(own_venues: None) -> None:
    assert venue_identity("Gathering of Parsers 2024").name == "Gathering of Parsers"
    assert guess_kind("GoP 2024") is not CONF  # known before: the kind guessed then is not kept
    add_venues([{"name": "Gathering of Parsers", "acronym": "GoP", "kind": "conference"}])
    assert venue_identity("Gathering of Parsers 2024")[:3] == ("GoP", CONF, 2024)
    assert guess_kind("GoP 2024") is CONF
    with pytest.raises(ValueError, match="kind must be one of"):
        add_venues([{"name": "X", "kind": "party"}])
    with pytest.raises(ValueError, match="needs a 'name'"):
        add_venues([{"acronym": "X"}])


def _paper(venue: str, line: int, kind: VenueKind = VenueKind.OTHER) -> Paper:
    return Paper(
        "Probing attention heads for syntax",
        (Author("Elena Rodríguez"), Author("Mei Lin")),
        (Venue(venue, kind=kind),),
        2021,
        source=Source("x", line),
    )


def test_one_venue_under_two_names_is_one_venue_in_dedup() -> None:
    report = find_duplicates([_paper("ACL 2021", 1, CONF), _paper(ACL_2021, 2, CONF)])
    assert [len(g) for g in report.duplicates] == [2]
    # a workshop paper and the conference paper of the same title are versions, not one record
    report = find_duplicates([_paper("BlackboxNLP Workshop at EMNLP", 1), _paper("EMNLP 2021", 2)])
    assert report.duplicates == () and len(report.versions) == 1


@pytest.mark.parametrize(
    ("name", "not_this"),
    [
        ("Lancet Oncology", "The Lancet"),
        ("Journal of Molecular and Cellular Cardiology Plus", "Journal of Molecular and Cellular Cardiology"),
        ("Proceedings of Machine Learning Research", "Machine Learning"),
        ("Pattern Recognition Letters", "Pattern Recognition"),
    ],
)
def test_a_longer_name_is_not_the_known_venue_it_starts_with(name: str, not_this: str) -> None:
    assert venue_identity(name).name != not_this


def test_rule_words_skip_only_rules_that_cannot_match() -> None:
    """`_rule_kind` skips a rule whose words an ASCII name lacks: the kind is the plain search's on names
    made of the rules' wordings in any case, with punctuation and non-ASCII case forms (ſ, K) around."""
    rng = random.Random(13)
    words = [w for ws in venues._RULE_WORDS for w in ws] + [
        "preprints",
        "demonstrations",
        "late-break",
        "proc.",
    ]
    pieces = [*words, *"aZ .-_'()0:", "\u017f", "\u212a", "Conf.", "J. Phys."]
    for _ in range(20_000):
        name = "".join(
            rng.choice([p, p.upper(), p.title(), f" {p}", f"{p} "])
            for p in rng.choices(pieces, k=rng.randint(1, 6))
        )
        expected = next((kind for kind, pattern in venues._RULES if pattern.search(name)), None)
        assert venues._rule_kind(name) is expected, name
