"""Jupyter notebooks: markdown cells read as one Markdown document, every line at its line in the
`.ipynb` file; code cells and outputs never read; JSON that is no notebook a problem, CSL-JSON still CSL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pubkit
from pubkit.formats import guess_format
from pubkit.reading.markup import guess_markup, parse

CODE = {
    "cell_type": "code",
    "execution_count": 1,
    "metadata": {},
    "outputs": [
        {
            "name": "stdout",
            "output_type": "stream",
            "text": ["Smith, J. (2020). An output that looks cited. Journal of Outputs, 3, 1-9.\n"],
        }
    ],
    "source": [
        'ref = "Smith, J. (2020). A string in code. Journal of Code, 3, 1-9."\n',
        "print(ref)",
    ],
}
NOTEBOOK: dict[str, Any] = {
    "cells": [
        CODE,
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": ["# Amara Chukwu\n", "\n", "## Journal articles"],
        },
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": [
                "1. **Chukwu, A.**, & Bello, T. (2024). Groundwater recharge in the Sahel."
                " *Journal of Hydrology*, 630, 130712.\n",
                '2. Okafor, E., & **Chukwu, A.** (2022). Caf\u00e9 culture and "smart" irrigation.'
                " *Water Resources Research*, 58(4), e2021WR031234.",
            ],
        },
        {"cell_type": "raw", "metadata": {}, "source": ["3. Never, R. (2021). A raw cell. Raw Journal."]},
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": "## Book chapters\n\n- **Chukwu, A.** (2021). Wells and rain. In B. Ade (Ed.),"
            " *Water in West Africa* (pp. 1\u201320). Springer.",
        },
    ],
    "metadata": {"kernelspec": {"name": "python3"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}


def _line(text: str, fragment: str) -> int:
    """The 1-based line of `text` holding `fragment`."""
    return text[: text.index(fragment)].count("\n") + 1


def _write(tmp_path: Path, name: str, data: Any) -> tuple[Path, str]:
    text = json.dumps(data, indent=1, ensure_ascii=True)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, text


def test_markdown_cells_are_read_at_their_file_lines(tmp_path: Path) -> None:
    path, text = _write(tmp_path, "cv.ipynb", NOTEBOOK)
    bib = pubkit.load(path)
    assert [p.title for p in bib] == [
        "Groundwater recharge in the Sahel",
        'Café culture and "smart" irrigation',
        "Wells and rain",
    ]
    assert bib.owner is not None and "Chukwu" in bib.owner
    assert all(a.is_owner == ("Chukwu" in a.name) for p in bib for a in p.authors)
    assert [p.source.line for p in bib if p.source] == [
        _line(text, "Groundwater recharge"),
        _line(text, "Okafor, E."),
        _line(text, "Wells and rain"),  # a source given as one string: its lines on the string's line
    ]
    assert [p.year for p in bib] == [2024, 2022, 2021]
    assert not [p for p in bib.problems if p.is_error]


def test_code_cells_outputs_and_unmarked_raw_cells_are_never_read() -> None:
    text = json.dumps(NOTEBOOK, indent=1)
    document = parse(text, path="cv.ipynb")
    assert document.markup == "notebook"
    words = " ".join(block.text for block in document.blocks)
    assert "Journal of Code" not in words and "Journal of Outputs" not in words and "Raw Journal" not in words
    headings = {h.text: h.line for h in document.headings}
    assert headings["Journal articles"] == _line(text, "## Journal articles")
    assert headings["Book chapters"] == _line(text, "## Book chapters")
    chapter = next(b for b in document.blocks if "Wells and rain" in b.text)
    assert [h.text for h in chapter.headings] == ["Amara Chukwu", "Book chapters"]
    second = next(b for b in document.blocks if "Okafor" in b.text)
    assert [h.text for h in second.headings] == ["Amara Chukwu", "Journal articles"]  # a heading cell above


def test_a_raw_cell_in_a_named_markup_is_read_in_it() -> None:
    cell = {
        "cell_type": "raw",
        "metadata": {"raw_mimetype": "text/html"},
        "source": [
            "<ul>\n",
            "<li><b>Chukwu, A.</b> (2020). A raw HTML entry. <i>Hydrology</i>, 2, 3-4.</li>\n",
            "</ul>",
        ],
    }
    text = json.dumps({**NOTEBOOK, "cells": [cell]}, indent=1)
    document = parse(text, path="cv.ipynb")
    block = next(b for b in document.blocks if "raw HTML entry" in b.text)
    assert block.line == _line(text, "raw HTML entry")
    assert [block.text[s.start : s.end] for s in block.spans if s.kind == "bold"] == ["Chukwu, A."]


def test_notebook_is_sniffed_by_content_and_csl_json_stays_csl(tmp_path: Path) -> None:
    path, text = _write(tmp_path, "cv.json", NOTEBOOK)
    assert guess_format(path, text) == "cv"
    assert guess_markup(str(path), text) == "notebook"
    assert guess_markup(None, text) == "notebook"
    assert [p.year for p in pubkit.load(path)] == [2024, 2022, 2021]
    csl = [{"id": "a", "type": "article-journal", "title": "A CSL item", "issued": {"date-parts": [[2020]]}}]
    csl_path, csl_text = _write(tmp_path, "items.json", csl)
    assert guess_format(csl_path, csl_text) == "csl-json"
    assert [p.title for p in pubkit.load(csl_path)] == ["A CSL item"]
    cells = {"cells": [{"cell_type": "markdown", "source": []}]}
    assert guess_format("other.json", json.dumps(cells)) == "cv"


def test_broken_or_foreign_json_is_a_problem_at_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ipynb"
    broken.write_text(
        '{\n "cells": [\n  {"cell_type": "markdown", "source": ["a"]\n ]\n}\n', encoding="utf-8"
    )
    bib = pubkit.load(broken)
    assert len(bib) == 0
    assert [(p.line, "JSON" in p.message) for p in bib.problems] == [(4, True)]
    foreign, _ = _write(tmp_path, "settings.ipynb", {"title": "x", "cells": "none"})
    problems = pubkit.load(foreign).problems
    assert len(problems) == 1 and "not a Jupyter notebook" in problems[0].message
    deep = tmp_path / "deep.ipynb"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert pubkit.load(deep).problems


def test_long_and_escaped_strings_finish() -> None:
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": "x" * 100_000},
        {"cell_type": "markdown", "metadata": {}, "source": ['\\"a\\u00e9\\n' * 20_000]},
        {"cell_type": "markdown", "metadata": {}, "source": ["*" * 50_000 + "_" * 50_000]},
    ]
    text = json.dumps({**NOTEBOOK, "cells": cells}, indent=1)
    document = parse(text, path="long.ipynb")
    for block in document.blocks:
        assert block.breaks[0][0] == 0
