"""Where a citation's parts end, read through `parse_reference`: Vancouver's names before a title that
opens like a name, AMA's editors before their book, a meeting's place and days in other languages."""

from __future__ import annotations

import pytest

import pubkit


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Ferreira MC, Kowalczyk J, Adeyemi O, Rahimi S. Hepatitis C cascade of care among people who "
            "inject drugs. J Infect Dis. 2023;227(4):512-520.",
            ["Ferreira MC", "Kowalczyk J", "Adeyemi O", "Rahimi S"],
            "Hepatitis C cascade of care among people who inject drugs",
        ),
        (
            "Ferreira MC, Baptiste RL, Okonjo-Hale T, Mensah AA. Injectable PrEP acceptability among "
            "cisgender women. AIDS Behav. 2022;26:1-9.",
            ["Ferreira MC", "Baptiste RL", "Okonjo-Hale T", "Mensah AA"],
            "Injectable PrEP acceptability among cisgender women",
        ),
        (  # initials first: no Vancouver list, the rule stays out of it
            "Y. Tanaka-Reyes, M. Osei, and K. Lindgren. “Enclave Shadows: Attacks on Confidential VMs,” "
            "in Proc. USENIX Security, 2024.",
            ["Y. Tanaka-Reyes", "M. Osei", "K. Lindgren"],
            "Enclave Shadows: Attacks on Confidential VMs",
        ),
    ],
)
def test_vancouver_names_end_at_the_last_initials_stop(text: str, authors: list[str], title: str) -> None:
    paper = pubkit.parse_reference(text)
    assert [a.name for a in paper.authors] == authors
    assert paper.title == title


def test_amas_editors_before_the_book_are_no_part_of_the_venue() -> None:
    paper = pubkit.parse_reference(
        "Ferreira MC, Okafor N. HIV prevention in women. In: Mayer KH, Seage GR, eds. Principles of HIV "
        "Prevention. 2nd ed. New York: Springer; 2021:211-230."
    )
    assert paper.venue is not None and paper.venue.name == "Principles of HIV Prevention"


@pytest.mark.parametrize(
    ("printed", "name", "acronym"),
    [
        (
            "18th World Conference on Earthquake Engineering (18WCEE), Milan, İtalya, 30 Haziran - 05 Temmuz",
            "18th World Conference on Earthquake Engineering",
            "18WCEE",
        ),
        (
            "Uluslararası Deprem Mühendisliği ve Sismoloji Konferansı, Ankara, Türkiye, 8 - 11 Ekim",
            "Uluslararası Deprem Mühendisliği ve Sismoloji Konferansı",
            None,
        ),
    ],
)
def test_a_meetings_place_and_days_in_turkish_are_no_part_of_its_name(
    printed: str, name: str, acronym: str | None
) -> None:
    paper = pubkit.parse_reference(f'Yıldız M., Şahin E., "Deprem tehlikesi analizi", {printed} 2024.')
    assert paper.venue is not None
    assert (paper.venue.name, paper.venue.acronym) == (name, acronym)
    assert paper.year == 2024
