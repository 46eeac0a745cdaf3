"""Counts per year by venue kind and owner role, top venues and co-authors; the table and the figure."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import require_module

import pubkit
from pubkit.stats import plot_stats, stats, stats_table

CONF, JOURNAL = pubkit.VenueKind.CONFERENCE, pubkit.VenueKind.JOURNAL


def _paper(
    title: str, names: list[str], kind: pubkit.VenueKind, year: int | None, **flags: bool
) -> pubkit.Paper:
    authors = [
        pubkit.Author(n, equal_contribution=flags.get("equal", False) and i < 2) for i, n in enumerate(names)
    ]
    return pubkit.Paper(title, authors, [pubkit.Venue(f"{kind.value} venue", kind.name[:4], kind)], year)


def _bib() -> pubkit.Bibliography:
    papers = [
        _paper("A", ["Ada Lovelace", "Bo Li"], CONF, 2021),
        _paper("B", ["Bo Li", "Ada Lovelace"], CONF, 2021, equal=True),
        _paper("C", ["Bo Li", "Ada Lovelace", "Cy Twombly"], JOURNAL, 2021),
        _paper("D", ["Bo Li", "Cy Twombly", "Ada Lovelace"], JOURNAL, 2019),
        _paper("E", ["Cy Twombly", "Bo Li"], CONF, None),
    ]
    return pubkit.Bibliography(papers, owner="Ada Lovelace")


def test_counts_by_year_kind_and_role() -> None:
    counted = stats(_bib(), top=2)
    assert counted.total == 5 and counted.kinds == ("conference", "journal")
    assert counted.by_kind == (("2021", (2, 1)), ("2019", (0, 1)), ("n.d.", (1, 0)))
    # first, co-first, last, middle, unmarked (paper E has no owner)
    assert counted.by_role == (
        ("2021", (1, 1, 0, 1, 0)),
        ("2019", (0, 0, 1, 0, 0)),
        ("n.d.", (0, 0, 0, 0, 1)),
    )
    assert counted.top_venues == (("CONF", 3), ("JOUR", 2))
    assert counted.top_coauthors == (("Bo Li", 5), ("Cy Twombly", 3))


def test_table_lists_every_year_and_total() -> None:
    text = stats_table(stats(_bib()))
    assert text.startswith(
        "Ada Lovelace: 5 papers\n\nyear  conference  journal  total\n2021           2        1      3\n"
    )
    assert "The owner's role\nyear  first  co-first  last  middle  unmarked\n" in text
    assert "Top co-authors" in text and "Bo Li" in text


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plot_draws_the_seed(tmp_path: Path, seed_path: Path, suffix: str) -> None:
    require_module("matplotlib")
    target = tmp_path / f"papers{suffix}"
    counted = stats(pubkit.dedupe(pubkit.load(seed_path)))
    plot_stats(counted, target)
    data = target.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG") and len(data) > 20_000
    else:
        assert b"<svg" in data[:1000] and b"Sanghyuk Chun" in data


def test_plot_refuses_an_unknown_image_suffix(tmp_path: Path) -> None:
    require_module("matplotlib")
    with pytest.raises(pubkit.PubkitError, match=r"\.png, \.svg or \.pdf"):
        plot_stats(stats(_bib()), tmp_path / "papers.gif")


def test_plot_without_matplotlib_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(pubkit.PubkitError, match=r"pip install 'pubkit\[plot\]'"):
        plot_stats(stats(_bib()), tmp_path / "papers.png")


def test_stats_command_prints_the_table_and_draws(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    require_module("matplotlib")
    from pubkit.cli import main

    source = tmp_path / "papers.json"
    pubkit.dump(_bib(), source)
    assert main(["stats", str(source), "--owner", "Ada Lovelace", "--plot", str(tmp_path / "p.svg")]) == 0
    assert capsys.readouterr().out == stats_table(stats(pubkit.load(source, owner="Ada Lovelace")))
    assert (tmp_path / "p.svg").stat().st_size > 0
    assert main(["stats", str(source), "--plot", str(tmp_path / "p.gif")]) == 1
