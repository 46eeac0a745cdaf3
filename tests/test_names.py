"""Name splitting and comparison keys: table-driven, as pybtex tests its name parser."""

from __future__ import annotations

import pytest

from pubkit.names import fold, initials_key, name_key, split_name


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Sanghyuk Chun", ("Sanghyuk", "Chun", "")),
        ("Seong Joon Oh", ("Seong Joon", "Oh", "")),
        ("Rafael Sampaio de Rezende", ("Rafael", "Sampaio de Rezende", "")),
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven", "")),
        ("Jan van der Berg", ("Jan", "van der Berg", "")),
        ("Jung-Woo Ha", ("Jung-Woo", "Ha", "")),
        ("Han-Cheol Cho", ("Han-Cheol", "Cho", "")),
        ("S.C. Anderson", ("S.C.", "Anderson", "")),
        ("Anderson, S.C.", ("S.C.", "Anderson", "")),
        ("de Rezende, Rafael Sampaio", ("Rafael Sampaio", "de Rezende", "")),
        ("Smith, Jr., John", ("John", "Smith", "Jr.")),
        ("John Smith Jr.", ("John", "Smith", "Jr.")),
        ("Plato", ("", "Plato", "")),
        ("  Ada   Lovelace ", ("Ada", "Lovelace", "")),
        ("", ("", "", "")),
    ],
)
def test_split_name(printed: str, expected: tuple[str, str, str]) -> None:
    assert split_name(printed) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jung-Woo Ha", "Jung-woo Ha"),
        ("YoungJoon Yoo", "Youngjoon Yoo"),
        ("José Müller", "Jose Muller"),
        ("Chun, Sanghyuk", "Sanghyuk Chun"),
        ("Han-Cheol Cho", "Hancheol Cho"),
    ],
)
def test_name_key_equates_spelling_variants(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Sangdoo Yun", "Sangwon Yun"), ("Jaejun Yoo", "Youngjoon Yoo")])
def test_name_key_keeps_different_people_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_initials_key_matches_initials_with_full_names() -> None:
    assert initials_key("S. Chun") == initials_key("Sanghyuk Chun") == initials_key("Chun, S.")
    assert initials_key("S. Chun") != initials_key("T. Chun")


def test_fold_strips_accents_and_case() -> None:
    assert fold("Rösch ÉCOLE") == "rosch ecole"
