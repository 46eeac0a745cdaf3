"""Name splitting and comparison keys: table-driven, as pybtex tests its name parser."""

from __future__ import annotations

import json

import pytest

import pubkit
from pubkit import Author
from pubkit.names import fold, initials_key, name_key, split_name


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Sanghyuk Chun", ("Sanghyuk", "Chun", "")),
        ("Seong Joon Oh", ("Seong Joon", "Oh", "")),
        ("Rafael Sampaio de Rezende", ("Rafael", "Sampaio de Rezende", "")),
        ("R. M. de Oliveira", ("R. M.", "de Oliveira", "")),  # an initial is no first family name
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven", "")),
        ("Jan van der Berg", ("Jan", "van der Berg", "")),
        ("Ngaio Te Rangi", ("Ngaio", "Te Rangi", "")),  # a Māori surname particle
        ("Jung-Woo Ha", ("Jung-Woo", "Ha", "")),
        ("Han-Cheol Cho", ("Han-Cheol", "Cho", "")),
        ("S.C. Anderson", ("S.C.", "Anderson", "")),
        ("Anderson, S.C.", ("S.C.", "Anderson", "")),
        ("de Rezende, Rafael Sampaio", ("Rafael Sampaio", "de Rezende", "")),
        ("Smith, Jr., John", ("John", "Smith", "Jr.")),
        ("John Smith Jr.", ("John", "Smith", "Jr.")),
        ("Plato", ("", "Plato", "")),
        ("Мельник Тарас Ігорович", ("Тарас Ігорович", "Мельник", "")),  # surname, name, patronymic
        ("Дмитрий Дмитриевич Шостакович", ("Дмитрий Дмитриевич", "Шостакович", "")),  # (patronymic second)
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
        ("Сәуле Жұмабаева", "Сәуле Жумабаева"),  # Kazakh and Russian spelling of one name
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


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rafael Sampaio de Rezende", "De Rezende, Rafael Sampaio"),  # pybtex's von part
        ("Rafael Sampaio de Rezende", "Rafael Sampaio De Rezende"),
        ("José Ortega y Gasset", "Ortega y Gasset, José"),
        ("Jan van der Berg", "van der Berg, Jan"),
        ("Ngaio Te Rangi", "Te Rangi, Ngaio"),
    ],
)
def test_name_key_is_one_key_however_a_reader_split_the_name(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)
    assert initials_key(a) == initials_key(b)


# One person as each reader meets them: the CV line, a BibTeX author field, CSL-JSON name parts.
PEOPLE = [
    (
        "Rafael Sampaio de Rezende",
        "De Rezende, Rafael Sampaio",
        {"family": "Sampaio de Rezende", "given": "Rafael"},
    ),
    (
        "Jan van der Berg",
        "van der Berg, Jan",
        {"family": "Berg", "non-dropping-particle": "van der", "given": "Jan"},
    ),
    ("Elena Rodríguez", r"Rodr{\'i}guez, Elena", {"family": "Rodríguez", "given": "Elena"}),
    ("Jung-Woo Ha", "Ha, Jung-woo", {"family": "Ha", "given": "Jung-Woo"}),
]


@pytest.mark.parametrize(("printed", "bibtex", "csl"), PEOPLE)
def test_every_reader_gives_one_person_the_same_key(printed: str, bibtex: str, csl: dict[str, str]) -> None:
    title = "Sparse attention routing for parsing"
    cv = pubkit.loads(f'1. {printed}, Mei Lin, "{title}", Interspeech, 2021.\n', "cv")
    bib = pubkit.loads(
        f"@article{{k, title={{{title}}}, author={{{bibtex} and Lin, Mei}}, year={{2021}}}}", "bibtex"
    )
    item = {
        "id": "k",
        "type": "article-journal",
        "title": title,
        "author": [csl, {"family": "Lin", "given": "Mei"}],
    }
    csljson = pubkit.loads(json.dumps([item]), "csl-json")
    keys = {b[0].authors[0].key for b in (cv, bib, csljson)} | {Author(printed).key}
    assert len(keys) == 1, keys


def test_latin_transliterates_the_scripts_names_are_printed_in_twice() -> None:
    """One person printed in two scripts: Cyrillic, Greek and Georgian (a script without capitals)."""
    from pubkit.names import latin

    assert latin("Соколова Е.А.") == "Sokolova E.A."
    assert latin("ეკატერინე ლომიძე") == "Ekaterine Lomidze"
    assert latin("ე. ლომიძე") == "E. Lomidze"


def test_names_in_scripts_without_capitals() -> None:
    """Arabic inverted names with a compound family name ("عبد العزيز، منى أحمد") are one person;
    Georgian initials ("ე. ლომიძე") are read as names."""
    arabic = pubkit.parse_reference(
        "عبد العزيز، منى أحمد (2021). الشباب والهجرة غير النظامية في ريف مصر. القاهرة: المركز القومي للبحوث."
    )
    assert [a.name for a in arabic.authors] == ["منى أحمد عبد العزيز"]
    georgian = pubkit.parse_reference(
        "ე. ლომიძე, გ. ბერიძე. ტიმოშენკოს სისტემისთვის ნახევრად დისკრეტული სქემის მდგრადობის შესახებ. "
        "საქართველოს მათემატიკოსთა კავშირის XIII საერთაშორისო კონფერენციის თეზისების კრებული, ბათუმი, 2023."
    )
    assert [a.name for a in georgian.authors] == ["ე. ლომიძე", "გ. ბერიძე"]


def test_arabic_and_glued_to_the_last_name() -> None:
    """Arabic's "و" ("and") glued to the last author ("…، و**عبد العزيز، منى أحمد**", its bold a span)
    is no letter of the name; a given name that begins with that letter ("وليد") keeps it."""
    from pubkit.reading.interpret import _without_arabic_and

    assert _without_arabic_and("وعبد العزيز") == "عبد العزيز"
    assert _without_arabic_and("وسامي حسن الشريف") == "سامي حسن الشريف"
    assert _without_arabic_and("وليد خالد") == "وليد خالد"
    assert _without_arabic_and("Walid Khaled") == "Walid Khaled"


def test_a_double_surname_before_dotted_initials() -> None:
    """Vancouver's "Huamán Torres L.", "Quispe Mamani R.E.": two capitalised words, then the initials,
    are the family name (a Western name never ends with a dotted initial)."""
    from pubkit.names import split_name

    assert split_name("Quispe Mamani R.E.") == ("R.E.", "Quispe Mamani", "")
    assert split_name("Huamán Torres L.") == ("L.", "Huamán Torres", "")
    assert split_name("Smith J. A.") == ("J. A.", "Smith", "")
    assert split_name("Anna Maria Smith") == ("Anna Maria", "Smith", "")
    paper = pubkit.Paper("x", (pubkit.Author("Quispe Mamani R.E."), pubkit.Author("Huamán Torres L.")))
    owner = paper.with_owner("Rosa Elena Quispe Mamani").owner
    assert owner is not None and owner.name == "Quispe Mamani R.E."


def test_a_suffix_before_or_after_the_given_names() -> None:
    """ "Mendoza Jr., A.R." and "Mendoza, A.R. Jr." are Antonio R. Mendoza Jr.: the suffix is no part of
    the family or the given name."""
    assert split_name("Mendoza Jr., A.R.") == ("A.R.", "Mendoza", "Jr.")
    assert split_name("Mendoza, A.R. Jr.") == ("A.R.", "Mendoza", "Jr.")
    assert initials_key("Mendoza Jr., A.R.") == initials_key("Antonio R. Mendoza Jr.")
