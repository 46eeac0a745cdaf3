"""Venue-first lists (a styled venue and its year, the title, the names) and the edges the twenty-sixth
session's rounds found: Markdown's bold in plain text, author lists longer than the labeller expects."""

from __future__ import annotations

from pathlib import Path

import pubkit


def _read(tmp_path: Path, name: str, text: str) -> pubkit.Bibliography:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return pubkit.load(path)


def _authors(paper: pubkit.Paper) -> list[str]:
    return [a.name for a in paper.authors]


def test_markdown_bold_in_plain_text_is_the_owners_highlight_not_two_markers(tmp_path: Path) -> None:
    bib = _read(
        tmp_path,
        "cv.txt",
        "Haoran Lin\n\nPublications\n(* denotes equal contribution)\n\n"
        "[1] Mengyao Zhou*, Haoran Lin*, Qiang Fu. Calibrating large language models for selective question "
        "answering. In Proceedings of NAACL, 2024.\n"
        "[2] Yuxin Shao, **Haoran Lin**, Qiang Fu. Token-level credit assignment for preference "
        "optimization. In Proceedings of ICLR, 2024.\n",
    )
    first, second = bib.papers
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert _authors(second) == ["Yuxin Shao", "Haoran Lin", "Qiang Fu"]
    assert second.owner is not None and second.owner.name == "Haoran Lin"
    assert not any(a.equal_contribution for a in second.authors)


_VENUE_FIRST_ORG = """#+TITLE: Felix Ammersbach

* Publikationen

1. *CVPR 2024*. [[https://example.org][OmniWeather-3D: A Multi-Sensor Benchmark for 3D Perception]].
   L. Brandstätter, _F. Ammersbach_, M. Kessler, J. Oyelaran, S. Tiwari, C. Hoffmann-Ruiz,
   Y. Nakashima, P. Wróblewski, A. Demir, T. Lindner, E. Marchetti, R. Baumgartl,
   N. Chaudhary, H. Voss, D. Petrović, I. Gerlach, B. Rothenbühler, M. Sander, K. Scholz. \\\\
   [[https://example.org/a.pdf][PDF]] [[https://github.com/x/y][Code]]
2. *WACV 2022*. [[https://example.org/b][Label-Efficient LiDAR Semantic Segmentation with Pseudo-Labels]].
   J. Oyelaran, _F. Ammersbach_, K. Scholz. [[https://arxiv.org/abs/2110.05531][arXiv]]
3. *IEEE TPAMI*, 2024, Bd. 46, Nr. 8, S. 5521--5538. [[https://doi.org/10.1109/TPAMI.2024.3367012][Radar Scene
   Flow: Benchmarks, Methods and Open Problems]].
   M. Kessler, _F. Ammersbach_, Y. Nakashima, K. Scholz. [[https://arxiv.org/abs/2307.14122][arXiv]]
4. *NeurIPS 2023* (Datasets and Benchmarks Track). [[https://roadsense.org][RoadSense: A Multi-City Dataset]].
   H. Voss, N. Chaudhary, _F. Ammersbach_, K. Scholz.
"""


def test_a_styled_venue_and_its_year_open_the_entry(tmp_path: Path) -> None:
    papers = _read(tmp_path, "cv.org", _VENUE_FIRST_ORG).papers
    assert [p.title for p in papers] == [
        "OmniWeather-3D: A Multi-Sensor Benchmark for 3D Perception",
        "Label-Efficient LiDAR Semantic Segmentation with Pseudo-Labels",
        "Radar Scene Flow: Benchmarks, Methods and Open Problems",
        "RoadSense: A Multi-City Dataset",
    ]
    assert [p.venue.name if p.venue else None for p in papers] == ["CVPR", "WACV", "IEEE TPAMI", "NeurIPS"]
    assert [p.year for p in papers] == [2024, 2022, 2024, 2023]
    assert _authors(papers[1]) == ["J. Oyelaran", "F. Ammersbach", "K. Scholz"]  # the arXiv link no name
    assert _authors(papers[2])[-1] == "K. Scholz"
    assert all(p.owner is not None and p.owner.name == "F. Ammersbach" for p in papers)


def test_a_long_author_list_is_all_authors_with_no_editors_mark(tmp_path: Path) -> None:
    (first, *_) = _read(tmp_path, "cv.org", _VENUE_FIRST_ORG).papers
    assert len(first.authors) == 19
    assert _authors(first)[5] == "C. Hoffmann-Ruiz" and _authors(first)[-1] == "K. Scholz"
