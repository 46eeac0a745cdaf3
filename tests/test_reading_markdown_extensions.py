"""Markdown as static-site generators and note apps write it: Hugo content pages (TOML front matter,
shortcodes, a `{{< pub >}}` record per paper) and Obsidian notes (`==highlight==`, `[[link|alias]]`,
`%% comments %%`, `#tags`, tasks, callouts). Each test is a small page of its kind."""

from __future__ import annotations

import pubkit
from pubkit.reading.markup import parse
from pubkit.reading.markup.markdown import _prepare


def _papers(text: str) -> pubkit.Bibliography:
    return pubkit.loads(text, "cv", path="publications.md")


def _owner_names(paper: pubkit.Paper) -> list[str]:
    return [a.name for a in paper.authors if a.is_owner]


HUGO = """+++
title = "Publications"
date = 2025-02-11T09:12:00+02:00

[params]
  toc = true
+++

{{< lead >}}
Our lab studies peatland hydrology in the boreal zone.
{{< /lead >}}

{{% callout note %}}
Lab members are in **bold**. <sup>†</sup> equal contribution.
{{% /callout %}}

{{< figure src="/img/bog.jpg" caption="Fieldwork in March." >}}

## 2025

{{< pub
  title="Water-table drawdown and carbon loss in drained peatlands"
  authors="**Kaisa Mäkelä**†, **Lauri Heino**†, Sarah Brook"
  venue="Journal of Hydrology"
  year="2025"
  status="in press"
  doi="10.1016/j.jhydrol.2025.13001" >}}

{{< pub title="Restoration trajectories of boreal fens" authors="Lauri Heino, **Kaisa Mäkelä**" venue="Ecohydrology" year="2024" volume="17" pages="e2611" >}}

{{< pub type="dataset" title="Peat core chemistry from twelve fens" authors="**Kaisa Mäkelä**" venue="Zenodo" year="2024" >}}

{{< details "Abstract" >}}
We compared drained and restored sites over nine years.
{{< /details >}}

- **Mäkelä K.**, Rautio P. (2023). Snowmelt timing in aapa mires. *Hydrological Processes*, 37, e14901. {{< doi "10.1002/hyp.14901" >}} {{< badge "Open access" >}}
- **Mäkelä K.** (2021). *Peatland water balance under a warming climate*. PhD thesis, University of Oulu. {{< pdf "/pdf/phd.pdf" >}}

## Talks

{{< talk date="2024-11-06" event="Peat Congress" title="Fens after restoration" >}}
{{< youtube id="abc123" >}}
"""  # noqa: E501


def test_hugo_pub_shortcodes_are_records() -> None:
    """Each `{{< pub >}}` is one paper at its opener's line: its keys give title, authors (bold owner,
    † for equal contribution per the callout's legend), venue, year and DOI."""
    bib = _papers(HUGO)
    by_title = {p.title: p for p in bib}
    paper = by_title["Water-table drawdown and carbon loss in drained peatlands"]
    assert paper.source is not None and paper.source.line == 21
    assert [a.name for a in paper.authors] == ["Kaisa Mäkelä", "Lauri Heino", "Sarah Brook"]
    assert _owner_names(paper) == ["Kaisa Mäkelä"]
    assert [a.equal_contribution for a in paper.authors] == [True, True, False]
    assert paper.venue is not None and paper.venue.name == "Journal of Hydrology"
    assert paper.year == 2025
    assert paper.identifiers.doi == "10.1016/j.jhydrol.2025.13001"
    single = by_title["Restoration trajectories of boreal fens"]
    assert single.source is not None and single.source.line == 29
    assert [a.name for a in single.authors] == ["Lauri Heino", "Kaisa Mäkelä"]
    assert single.venue is not None and single.venue.name == "Ecohydrology"
    assert (single.year, single.volume) == (2024, "17")


def test_hugo_other_shortcodes_are_markup() -> None:
    """A dataset record, talks, figures and videos are no papers; inline shortcodes leave a citation's
    venue alone (a `doi` one gives its DOI); the bullets are read as in any Markdown list."""
    bib = _papers(HUGO)
    titles = [p.title for p in bib]
    assert "Peat core chemistry from twelve fens" not in titles
    assert not any("Fens after restoration" in t or "Fieldwork" in t for t in titles)
    by_title = {p.title: p for p in bib}
    snow = by_title["Snowmelt timing in aapa mires"]
    assert snow.venue is not None and snow.venue.name == "Hydrological Processes"
    assert snow.identifiers.doi == "10.1002/hyp.14901"
    thesis = by_title["Peatland water balance under a warming climate"]
    assert thesis.venue is not None and "{{" not in thesis.venue.name and "Oulu" in thesis.venue.name
    assert bib.owner == "Kaisa Mäkelä"


def test_hugo_page_keeps_its_lines_and_title() -> None:
    """TOML front matter is the page's front matter (its title read, its tables no text); shortcodes are
    replaced line for line, and a paired one's text stays a paragraph."""
    prepared = _prepare(HUGO)
    assert prepared.count("\n") == HUGO.count("\n")
    doc = parse(HUGO, markup="markdown")
    assert doc.title == "Publications"
    texts = [b.text for b in doc.blocks]
    assert "Our lab studies peatland hydrology in the boreal zone." in texts
    assert not any("toc" in t or "{{" in t or "+++" in t for t in texts)
    assert any(b.line == 34 and b.text.startswith("We compared") for b in doc.blocks)


def test_a_shortcode_without_authors_or_closer_is_text_or_nothing() -> None:
    """A shortcode with a title but no authors is no record; an opener never closed stays text."""
    assert "{{<" not in _prepare('{{< talk title="A keynote" >}}')
    assert _prepare("a {{< b c") == "a {{< b c"
    assert _prepare("{{< x >}} and {{% y %}} done") == " and  done"


OBSIDIAN = """---
title: Publications
owner: "[[Ada Nwosu]]"
---

# Publications

> [!info]- Legend
> ==Highlighted== = me (Ada Nwosu) · `†` = equal contribution
> Status tags: #status/published #status/preprint

> [!todo] Keep this page in sync
> - [ ] Update page numbers once the issue is out
> - [x] Add the eLife preprint

%% Exported with obsidian-export;
everything between percent signs is stripped. %%

## Journal articles

- ==Nwosu, A.==†, [[Lena Berg|Berg, L.]]†, & [[Tomas Ruiz|Ruiz, T.]] (2025). Sleep spindles and the consolidation of motor sequences. *Cortex*, 183, 44–59. [[nwosu2025|notes]] #status/published #paper/journal
- [[Lena Berg|Berg, L.]], & ==Nwosu, A.== (2023). Interference and forgetting across a night of sleep. *Sleep*, 46(9), zsad112. #status/published
- ==Nwosu, A.==, & [[Tomas Ruiz]] (2022). Memory reactivation in older adults. *Neuropsychologia*, 160, 107981. ![[figure.png|80]]

## Reading queue (not mine!)

- [ ] Brandt, E. K., & Ferro, G. (2019). Mechanisms of overnight memory transformation. *Neuron*. #toread
"""  # noqa: E501


def test_obsidian_highlight_is_the_owner_and_wikilinks_their_aliases() -> None:
    """`==Name==` marks the owner as bold does; `[[target|alias]]` reads as its alias, `[[target]]` as
    its target; † follows the legend in the callout; trailing `#tags` and embeds are dropped."""
    bib = _papers(OBSIDIAN)
    assert [p.title for p in bib] == [
        "Sleep spindles and the consolidation of motor sequences",
        "Interference and forgetting across a night of sleep",
        "Memory reactivation in older adults",
    ]
    first, second, third = bib
    assert [a.name for a in first.authors] == ["A. Nwosu", "L. Berg", "T. Ruiz"]
    assert [a.is_owner for a in first.authors] == [True, False, False]
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert first.venue is not None and first.venue.name == "Cortex"
    assert (first.year, second.year, third.year) == (2025, 2023, 2022)
    assert _owner_names(second) == ["A. Nwosu"]
    assert [a.name for a in third.authors] == ["A. Nwosu", "Tomas Ruiz"]
    assert third.venue is not None and third.venue.name == "Neuropsychologia"


def test_obsidian_tasks_comments_and_callout_titles_are_no_entries() -> None:
    """Task items (to-dos, a reading queue of others' papers) are no entries; `%% %%` comments vanish
    with their lines kept; a callout's `[!type]-` marker is not text."""
    prepared = _prepare(OBSIDIAN)
    assert prepared.count("\n") == OBSIDIAN.count("\n")
    assert "%%" not in prepared and "obsidian-export" not in prepared
    assert "[!info]" not in prepared and "[ ]" not in prepared and "#status" not in prepared
    doc = parse(OBSIDIAN, markup="markdown")
    entry = next(b for b in doc.blocks if "Sleep spindles" in b.text)
    assert entry.line == 21
    assert not any("Brandt" in b.text or "page numbers" in b.text for b in doc.blocks)


def test_markdown_that_only_looks_like_obsidian_is_kept() -> None:
    """CommonMark links `[[PDF]](url)`, headings, issue numbers, C#, URL anchors, a tag inside a title
    and `a == b` stay as they are."""
    text = (
        "# Papers\n\n"
        "- Lee, J. (2024). The #MeToo movement online. *J. X*. [[PDF]](https://x.org/a.pdf)\n"
        "- Lee, J. (2023). Generics in C# and F#. See issue #12 and https://x.org/p#sec\n"
        "- a == b and c==d\n"
    )
    prepared = _prepare(text)
    assert prepared == text


def test_hostile_extension_input_reads() -> None:
    """Openers without closers (`{{<`, `{{%`, `[[`, `==`, `%%`), many tags or tasks: the patterns are
    linear, so each reads whole (the result is checked, not the time)."""
    hostile = [
        "{{<" * 50_000,
        "{{%" * 50_000,
        "{{< a >}}" * 20_000,
        '{{< pub title="' + "a" * 50_000,
        "{{< pub " + 'a="' * 20_000 + ">}}",
        "[[" * 50_000,
        "[[a|" * 50_000,
        "==" * 50_000,
        "== a" * 50_000,
        "%%" * 50_001,
        "x" + " #a" * 50_000,
        "- [ ] a\n  b\n" * 20_000,
        "+++\n" + "a = 1\n" * 50_000,
    ]
    for source in hostile:
        prepared = _prepare(source)
        assert prepared.count("\n") == source.count("\n")
    assert _prepare("{{<" * 50_000) == "{{<" * 50_000
    assert _prepare("{{< a >}}" * 20_000) == ""
    doc = parse("[[" * 5_000, markup="markdown")
    assert all(block.breaks[0][0] == 0 for block in doc.blocks)


MDX = """---
title: Matthias Keller
---

import PubCard from '@site/src/components/PubCard';

## Publications

:::info Legend
<sup>†</sup> equal contribution.
:::

<PubCard
  title="Legged locomotion on granular slopes with learned terrain priors"
  authors={["Lukas Brunner†", "Aiko Tanaka†", "Matthias Keller"]}
  venue="IEEE Robotics and Automation Letters (RA-L)"
  year={2025}
  links={{ pdf: "/pdf/brunner2025ral.pdf" }}
/>

<PubCard title="Robust state estimation on deformable terrain" authors={["Jonas Wyss", "Matthias Keller"]}
  venue="Journal of Field Robotics" year={2024} />

## Talks

<TalkCard title="Robots on snow" venue="ETH Zurich" year={2024} />
"""


def test_mdx_components_are_records_of_their_props() -> None:
    papers = list(pubkit.loads(MDX, "cv", path="keller.mdx"))
    assert [(p.title, p.year, p.source.line) for p in papers] == [
        ("Legged locomotion on granular slopes with learned terrain priors", 2025, 13),
        ("Robust state estimation on deformable terrain", 2024, 21),
    ]
    first = papers[0]
    assert [a.name for a in first.authors] == ["Lukas Brunner", "Aiko Tanaka", "Matthias Keller"]
    assert [a.equal_contribution for a in first.authors] == [True, True, False]  # the admonition's legend
    assert first.venue is not None and first.venue.acronym == "RA-L"
