"""Pages that print each paper as a card of elements (a linked title, a co-authors line, a status or
venue line, a folded abstract, buttons), and wiki pages whose names are @mentions."""

from __future__ import annotations

import pubkit

CARD = """<div class="paper-card">
    <h4 class="paper-title">{badge}<a href="/papers/{n}.pdf">{title}</a></h4>
    {lines}
</div>
"""
BUTTONS = '<p class="paper-links"><a class="btn" href="/p.pdf">Paper</a> | <a href="/s.pdf">Slides</a></p>'
ABSTRACT = (
    '<details class="paper-abstract"><summary>Abstract</summary><p>We study strategic permit banking by '
    "dominant generators.</p></details>"
)


def _card(n: int, title: str, *lines: str, badge: str = "") -> str:
    return CARD.format(n=n, title=title, lines="\n    ".join(lines), badge=badge)


ECON_PAGE = (
    "<html><head><title>Research | Tomasz Wieczorek</title></head><body><h1>Tomasz Wieczorek</h1>\n"
    "<h2>Job Market Paper</h2>\n"
    + _card(
        1,
        "Carbon Leakage through Ownership Networks",
        ABSTRACT,
        BUTTONS,
        badge='<span class="badge bg-success">JMP</span>',
    )
    + "<h2>Publications</h2>\n"
    + _card(
        2,
        "Cap-and-Trade and the Market Power of Incumbent Generators",
        '<p class="paper-coauthors">with <a href="https://lo.net">Lars Øvergaard</a> and Mei Nakagawa</p>',
        '<p class="paper-status"><em>Journal of Political Economy</em>, 2025, 133(4): 1102–1149</p>',
        ABSTRACT,
        BUTTONS,
    )
    + _card(
        3,
        "Entry Deterrence in Retail Gasoline",
        '<p class="paper-status"><em>RAND Journal of Economics</em>, 2023, 54(2): 245–279</p>',
        BUTTONS,
    )
    + "<h2>Working Papers</h2>\n"
    + _card(4, "Green Subsidies and Firm Exit", '<p class="paper-status">Submitted</p>')
    + "</body></html>"
)


def test_an_economists_paper_cards_are_read_whole_and_only_their_citation() -> None:
    """A card's "with X and Y" line names the owner's co-authors; its status line holds the venue; a
    folded abstract and the buttons are none of it; a title with only buttons (or a status) below it is
    the owner's alone, its "JMP" badge no part of its title."""
    bib = pubkit.loads(ECON_PAGE, "cv", path="research.html")
    got = [(p.title, [a.name for a in p.authors], p.venue.name if p.venue else None, p.status) for p in bib]
    owner = "Tomasz Wieczorek"
    assert got == [
        ("Carbon Leakage through Ownership Networks", [owner], None, pubkit.Status.PUBLISHED),
        (
            "Cap-and-Trade and the Market Power of Incumbent Generators",
            [owner, "Lars Øvergaard", "Mei Nakagawa"],
            "Journal of Political Economy",
            pubkit.Status.PUBLISHED,
        ),
        (
            "Entry Deterrence in Retail Gasoline",
            [owner],
            "RAND Journal of Economics",
            pubkit.Status.PUBLISHED,
        ),
        ("Green Subsidies and Firm Exit", [owner], None, pubkit.Status.SUBMITTED),
    ]
    cap = bib[1]
    assert cap.authors[1].given == "Lars" and cap.authors[1].family == "Øvergaard"
    assert cap.abstract is None and cap.note is None


WIKI_PAGE = """<html><head><title>Robotics Lab : Publications</title></head><body>
<h1>Robotics Lab : Publications</h1>
<div class="page-metadata">Created by <span class='author'> Ingrid Haugen</span>, last modified by
<span class='editor'> Henrik Solberg</span> on Mar 03, 2025</div>
<p>Lab members: please add your paper here as soon as it is accepted. Format: Authors. Title. Venue, Year.</p>
<h2>2025</h2>
<ul>
<li><a href="/display/~ihaugen" class="confluence-userlink user-mention">Ingrid Haugen</a>*, <a
href="/display/~hsolberg" class="confluence-userlink user-mention">Henrik Solberg</a>. <strong>Contact-Rich
Manipulation of Deformable Fish Fillets</strong>. In <em>IEEE International Conference on Robotics and
Automation (ICRA)</em>, 2025.</li>
<li>T. Nakamura, R. Eide, H. Solberg. <strong>Learning Underwater Grasping from Sparse
Demonstrations</strong>. <em>IEEE Robotics and Automation Letters</em>, 2025.</li>
<li>K. Aune, H. Solberg. <strong>Diffusion Policies for Bimanual Food Handling</strong>. In <em>Robotics:
Science and Systems (RSS)</em>, 2025.</li>
</ul></body></html>
"""


def test_a_wikis_mentions_are_authors_and_its_notes_are_no_papers() -> None:
    """@mention links are names, not a linked title; "Created by …, last modified by …" and "please add
    your paper" are the wiki's, not papers; the owner printed "H. Solberg" is Henrik Solberg too."""
    bib = pubkit.loads(WIKI_PAGE, "cv", path="publications.html")
    assert [p.title for p in bib] == [
        "Contact-Rich Manipulation of Deformable Fish Fillets",
        "Learning Underwater Grasping from Sparse Demonstrations",
        "Diffusion Policies for Bimanual Food Handling",
    ]
    assert [a.name for a in bib[0].authors] == ["Ingrid Haugen", "Henrik Solberg"]
    assert [p.owner.name if p.owner else None for p in bib] == ["Henrik Solberg", "H. Solberg", "H. Solberg"]


HUGO_ITEM = """<div class="pub-list-item">
  <span class="article-metadata li-cite-author">
    <span class="author-highlighted"><a href="/author/wl/">Wei-Ling Chuang</a></span>,
    <span><a href="/author/mf/">Michael J. Freedman</a></span>
  </span>
  (2019).
  <a href="/publication/{slug}/">{title}</a>.
  In <em>Proceedings of the Workshop on Hot Topics in Operating Systems (HotOS)</em>.
  <p><a href="#" class="btn btn-sm" data-toggle="modal" data-target="#abstract-{slug}">Abstract</a>
  <a class="btn btn-sm" href="/publication/{slug}/{slug}.pdf">PDF</a></p>
</div>
"""
HUGO_MODAL = """<div class="modal fade" id="abstract-{slug}" tabindex="-1" role="dialog" aria-hidden="true">
  <div class="modal-dialog modal-lg" role="document"><div class="modal-content">
    <div class="modal-header"><h5 class="modal-title">{title}</h5><button type="button" class="close"
    data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button></div>
    <div class="modal-body"><p>As accelerators get faster, input pipelines ...</p></div>
  </div></div>
</div>
"""


def test_a_bootstrap_modal_is_hidden_until_clicked() -> None:
    """Hugo Academic's abstract in `<div class="modal fade">`: shown on a click, no entry of the list."""
    papers = [
        ("hotos-dataloaders", "Data Loaders Are the New Bottleneck"),
        ("simtpu", "SimTPU Simulates TPUs"),
    ]
    page = (
        "<html><body><h1>Wei-Ling Chuang</h1><h2>Publications</h2>"
        + "".join(HUGO_ITEM.format(slug=slug, title=title) for slug, title in papers)
        + "".join(HUGO_MODAL.format(slug=slug, title=title) for slug, title in papers)
        + "</body></html>"
    )
    bib = pubkit.loads(page, "cv", path="publication.html")
    assert [p.title for p in bib] == [title for _, title in papers]
