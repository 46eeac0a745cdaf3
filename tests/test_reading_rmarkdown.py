"""R Markdown CVs (the `vitae` package): `tribble()` rows, `tibble()` / `data.frame()` columns and the
`detailed_entries()` call read as tables of entries; the front matter's `name:` / `surname:` the owner."""

from __future__ import annotations

import pubkit
from pubkit.reading.markup import guess_markup, parse
from pubkit.reading.markup.rcode import tables

CV = r"""---
name: Aiko
surname: Watanabe
position: "Lecturer in Linguistics"
output: vitae::hyndman
---

```{r setup, include = FALSE}
library(vitae)
me <- "Watanabe, A." # a comment with "quotes" and a tribble( in it
```

# Awards

```{r}
tibble::tribble(
  ~Year, ~Award, ~Body,
  2022, "Best Paper", "ACL"
) |>
  brief_entries(what = Award, when = Year, with = Body)
```

# Publications

\* equal contribution

## Journal papers

```{r journals}
tibble::tribble(
  ~Yr,   ~Paper,                                   ~Who,                            ~Outlet,
  2023L, "Pitch accent in \"Tokyo\" Japanese",     "Watanabe A*, Kim S*",            "Journal of Phonetics",
  2021,  r"(Mora timing revisited: a corpus study)", "Lee J, Watanabe A",              NA,
  2019,  "Caf\u00e9 talk: code-switching among students",
         "Watanabe A", 'Language in Society'
) %>%
  detailed_entries(what = Paper, when = Yr, with = Who, where = Outlet)
```

## Conference papers

```{r}
confs <- tibble(
  title = c("Prosodic phrasing in L2 English", "Tone sandhi in Shanghainese"),
  authors = c("Watanabe, A. and Chen, Y.", "Chen, Y. and Watanabe, A."),
  booktitle = c("Proceedings of Interspeech 2020", "Proceedings of Speech Prosody 2018"),
  year = c(2020, 2018)
)
old <- data.frame(titel = "Accent and focus", autoren = "Watanabe, A.", jahr = 2016,
                  stringsAsFactors = FALSE)
```

```{python}
print("tribble(~title, 'not R')")
```
"""


def test_r_markdown_is_known_by_its_suffix_and_its_chunks() -> None:
    assert guess_markup("cv.Rmd", "") == guess_markup("cv.rmd", "") == "markdown"
    assert guess_markup(None, CV) == guess_markup("cv.txt", CV) == "markdown"


def test_table_rows_are_entries_with_their_fields_and_lines() -> None:
    document = parse(CV, path="cv.Rmd")
    assert document.title == "Watanabe, Aiko"
    items = [b for b in document.blocks if b.kind == "item"]
    # a row's cells in a citation's order: an entry starts at its authors' line (a wrapped row's second)
    assert [(b.line, b.headings[-1].text) for b in items] == [
        (18, "Awards"),
        (32, "Journal papers"),
        (33, "Journal papers"),
        (35, "Journal papers"),
        (45, "Conference papers"),
        (45, "Conference papers"),
        (49, "Conference papers"),
    ]
    first = items[1]
    assert first.text == 'Watanabe A*, Kim S*\nPitch accent in "Tokyo" Japanese\nJournal of Phonetics\n2023'
    fields = [(first.text[s.start : s.end], s.target) for s in first.spans if s.kind == "field"]
    assert fields == [
        ("Watanabe A*, Kim S*", "author"),
        ('Pitch accent in "Tokyo" Japanese', "title"),
        ("Journal of Phonetics", "container"),
        ("2023", "date"),
    ]
    assert items[2].text == "Lee J, Watanabe A\nMora timing revisited: a corpus study\n2021"  # NA: no cell
    assert items[3].text.split("\n")[1] == "Café talk: code-switching among students"
    assert items[3].line_at(items[3].text.index("2019")) == 35  # lines never run backwards in an entry
    assert "not R" not in " ".join(b.text for b in document.blocks)
    assert "comment" not in " ".join(b.text for b in document.blocks)


def test_an_r_markdown_cv_is_read_into_papers_under_its_sections() -> None:
    bib = pubkit.loads(CV, "cv", path="cv.Rmd")
    assert [(p.title, p.year) for p in bib] == [
        ('Pitch accent in "Tokyo" Japanese', 2023),
        ("Mora timing revisited: a corpus study", 2021),
        ("Café talk: code-switching among students", 2019),
        ("Prosodic phrasing in L2 English", 2020),
        ("Tone sandhi in Shanghainese", 2018),
        ("Accent and focus", 2016),
    ]
    papers = list(bib)
    assert [next(k for k, a in enumerate(p.authors) if a.is_owner) for p in papers] == [0, 1, 0, 0, 1, 0]
    assert [a.equal_contribution for a in papers[0].authors] == [True, True]
    assert papers[0].venue is not None and papers[0].venue.name == "Journal of Phonetics"
    assert papers[3].venue is not None and papers[3].venue.name.startswith("Proceedings of Interspeech")


def test_r_code_that_is_no_table_of_entries_is_not_read() -> None:
    code = 'x <- tribble(~skill, ~level, "R", "expert")\nlibrary(vitae)\nprint("a title")\n'
    found, problems = tables(code, 1)
    assert found == [] and problems == []


def test_broken_r_gives_problems_at_their_lines() -> None:
    code = 'tribble(\n  ~title, ~year,\n  "A", 2020,\n  "B\n'
    found, problems = tables(code, 10)
    assert [(p.line, p.kind) for p in problems] == [(13, "syntax"), (10, "syntax")]
    assert [r[0][1] for t in found for r in t.rows] == ["A"]  # the rows read before the broken string
    code = 'tribble(~title, ~year, "A", 2020, "B")\n'
    found, problems = tables(code, 1)
    assert [r[0][1] for t in found for r in t.rows] == ["A"]
    assert [p.line for p in problems] == [1]  # a row short of values
    document = parse("# Papers\n\n```{r}\ntribble(~title, ~authors,\n", path="x.Rmd")
    assert [(p.line, p.message) for p in document.problems] == [(4, "R call tribble( never closed")]


def test_hostile_r_is_read_in_linear_time() -> None:
    """Long runs of R's openers and quotes, nested calls and a huge table."""
    for code in (
        "tribble(" * 20_000,
        "detailed_entries(" * 10_000 + ")" * 10_000,
        "tibble(x = c(" * 10_000 + ")" * 20_000,
        '"' + "\\" * 100_000,
        'r"(' + "x" * 100_000,
        "tribble(~title, ~authors, " + '"A", "B", ' * 10_000 + ")",
        "~" * 100_000,
        "%" * 100_000,
    ):
        found, _ = tables(code, 1)
        assert isinstance(found, list)
    document = parse("# Papers\n\n```{r}\n" + "tribble(~title, " * 10_000 + "\n```\n", path="x.Rmd")
    assert document.problems
