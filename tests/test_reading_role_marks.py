"""Role marks as CVs print them beyond marker characters: digits in superscript that a legend
explains, and roles written out after a name ("[equal]", "(co-first)")."""

from __future__ import annotations

import pubkit

QUARTO = """# Publications — Chidinma A. Okonkwo-Hale

^1^ denotes equal contribution (joint first authors); ^2^ corresponding author.

1. **Okonkwo-Hale CA**^1^, Brennan TJ^1^, Ishikawa M, Vasquez RL^2^. Early infarct growth rate predicts
   functional outcome after thrombectomy. Stroke. 2024;55(2):412-21.
2. Haddad N, **Okonkwo-Hale CA**^2^, Lindgren E. Perihematomal edema expansion on serial CT.
   Neurology. 2023;101(14):e1402-11.
"""


def test_superscript_digits_a_legend_explains_are_role_marks() -> None:
    """Pandoc's `^1^` (and HTML's `<sup>1</sup>`) print superscript digits: with a legend ("^1^ denotes
    equal contribution") they mark roles; the digit is no part of the name."""
    first, second = pubkit.loads(QUARTO, "cv", path="pubs.md")
    assert [a.name for a in first.authors] == ["Okonkwo-Hale CA", "Brennan TJ", "Ishikawa M", "Vasquez RL"]
    assert [a.equal_contribution for a in first.authors] == [True, True, False, False]
    assert [a.corresponding for a in first.authors] == [False, False, False, True]
    assert [a.corresponding for a in second.authors] == [False, True, False]


def test_superscript_digits_without_a_legend_are_affiliations_and_no_warning() -> None:
    """ "Ann Lee<sup>1</sup>, Bo Roe<sup>2</sup>": affiliation numbers; no role, and no problem about
    markers no legend explains."""
    page = (
        "<html><body><h2>Publications</h2><ol><li>Ann Lee<sup>1</sup>, Bo Roe<sup>1,2</sup>. Deep nets for "
        "cats. <i>Nature</i>, 2020.</li></ol></body></html>"
    )
    bib = pubkit.loads(page, "cv", path="p.html")
    (paper,) = bib
    assert [a.name for a in paper.authors] == ["Ann Lee", "Bo Roe"]
    assert not any(a.equal_contribution or a.corresponding for a in paper.authors)
    assert not [p for p in bib.problems if "role marker" in p.message]


def test_a_role_written_out_after_a_name_marks_it() -> None:
    """ "Nakagawa, Kenji [equal], **Rahul Venkataraman** [equal], and Ananya Bose": the bracketed word is
    the role of the name before it, not a word of the name (the inverted name stays whole)."""
    text = """# Rahul Venkataraman

## Publications

- Nakagawa, Kenji [equal], **Rahul Venkataraman** [equal], and Ananya Bose. 2024. "Telemedicine
  Uptake and Rural Health." *Journal of Health Economics* 93: 102841.
- Lee A (co-first), Roe B (co-first), **Venkataraman R**. 2021. Heat and learning. *Econometrica* 89: 1-20.
"""
    first, second = pubkit.loads(text, "cv", path="cv.md")
    assert [a.name for a in first.authors] == ["Kenji Nakagawa", "Rahul Venkataraman", "Ananya Bose"]
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert [a.equal_contribution for a in second.authors] == [True, True, False]
    assert [a.is_owner for a in second.authors] == [False, False, True]


def test_a_legend_for_the_advisor_is_understood_and_gives_no_role() -> None:
    """ "† Advisor" explains the mark: no warning that no legend says what it means, and no role of the
    model's (the advisor is no co-first or corresponding author)."""
    page = """<html><body><h2>Publications</h2>
<p class="legend"><sup>*</sup> Equal contribution &nbsp; <sup>&dagger;</sup> Advisor</p>
<ol><li>S. Park<sup>*</sup>, <u>F. H. Chowdhury</u><sup>*</sup>, and M. A. Rahman<sup>&dagger;</sup>,
&ldquo;Motion artifact removal in wrist photoplethysmography,&rdquo; <i>IEEE J. Biomed. Health Inform.</i>,
2026.</li></ol></body></html>"""
    bib = pubkit.loads(page, "cv", path="p.html")
    (paper,) = bib
    assert [a.equal_contribution for a in paper.authors] == [True, True, False]
    assert not any(a.corresponding for a in paper.authors)
    assert not [p for p in bib.problems if "role marker" in p.message]


def test_org_emphasis_follows_org_rules_not_markdowns() -> None:
    """In org, "Hartmann, F.*, _Quispe Mamani, L._*" holds no bold run from one author's "*" to the
    next: a delimiter opens only after a space or an opening bracket, so the stars stay role marks and
    the underlined name is the owner's."""
    text = """#+TITLE: Lucía Quispe Mamani
* Publications
/* equal contribution/

- Hartmann, F.*, _Quispe Mamani, L._*, Condori, R., & Okello, J. (2024). Pollinator functional diversity
  buffers seed set against warming. /Journal of Ecology/, 112(7), 1560–1574.
"""
    (paper,) = pubkit.loads(text, "cv", path="cv.org")
    assert [a.name for a in paper.authors] == ["F. Hartmann", "L. Quispe Mamani", "R. Condori", "J. Okello"]
    assert [a.equal_contribution for a in paper.authors] == [True, True, False, False]
    assert [a.is_owner for a in paper.authors] == [False, True, False, False]


def test_in_prep_is_a_status_and_a_bracketed_kind_of_work_no_part_of_the_title() -> None:
    first = pubkit.parse_reference(
        "Lee, A., & Roe, B. (in prep.). Hummingbird networks under climate change."
    )
    assert first.status is pubkit.Status.SUBMITTED
    second = pubkit.parse_reference(
        "Lee, A. (2024). Hummingbird networks under climate change: a continental synthesis [Extended "
        "abstract]. Ecological Society of America Annual Meeting, Long Beach, CA."
    )
    assert second.title == "Hummingbird networks under climate change: a continental synthesis"


def test_a_spanish_word_legend_in_a_footnote_and_a_section_of_manuscripts() -> None:
    """ "autor/a de correspondencia", "autoría sénior compartida" explain their marks; "MANUSCRITOS
    ENVIADOS / EN REVISIÓN" is a publication section."""
    text = """# Itziar Goikoetxea Larrañaga

## MANUSCRITOS ENVIADOS / EN REVISIÓN

1. Nwachukwu C, **Goikoetxea Larrañaga I**\\*, Zubiaurre L‡, Castaño F‡. Oral step-down therapy for
   streptococcal endocarditis: a pilot trial. Enviado a Clin Infect Dis.

\\* autor/a de correspondencia; ‡ autoría sénior compartida.
"""
    bib = pubkit.loads(text, "cv", path="cv.md")
    (paper,) = bib
    assert [a.corresponding for a in paper.authors] == [False, True, False, False]
    assert [a.equal_advising for a in paper.authors] == [False, False, True, True]
    assert not [p for p in bib.problems if "role marker" in p.message]


def test_a_title_line_over_the_names_keeps_its_subtitle() -> None:
    """A title on a line of its own above the names ("… Shape Bias? A Controlled Study") is all title;
    the venue is the line below the names."""
    page = """<html><body><h2>Publications</h2><ul><li>
<span class="ptitle">When Do Vision Transformers Learn Shape Bias? A Controlled Study</span><br>
Jun-ho Park, Xiaoling Chen, <strong>Ayşe Nur Demirci</strong>, and Hélène Marchetti<br>
<em>International Conference on Learning Representations (ICLR)</em>, 2023
</li></ul></body></html>"""
    (paper,) = pubkit.loads(page, "cv", path="p.html")
    assert paper.title == "When Do Vision Transformers Learn Shape Bias? A Controlled Study"
    assert paper.venue is not None and paper.venue.name.startswith("International Conference on Learning")


def test_a_legend_naming_its_marker_before_showing_it() -> None:
    """ "Authors marked with an asterisk (*) contributed equally", "Names marked with an asterisk (*) are
    my graduate students": the marker's name, then the marker, then the meaning."""
    entries = (
        "1. **Ana Ruiz**\\*, Ben Ode\\*, and Carl Poe. Deep nets for cats. *Nature*, 2021.\n"
        "2. Ben Ode, **Ana Ruiz**. Shallow nets for dogs. *Science*, 2020.\n"
    )
    equal = "# Publications\n\nAuthors marked with an asterisk (*) contributed equally.\n\n" + entries
    bib = pubkit.loads(equal, "cv", path="cv.md")
    assert [a.equal_contribution for a in bib[0].authors] == [True, True, False]
    assert not bib.problems
    students = "# Publications\n\nNames marked with an asterisk (*) are my graduate students.\n\n" + entries
    bib = pubkit.loads(students, "cv", path="cv.md")
    assert not any(a.equal_contribution for p in bib for a in p.authors)
    assert not [p for p in bib.problems if "role marker" in p.message]


def test_superscript_letters_a_legend_explains_are_role_marks() -> None:
    """Chemistry and physics CVs mark roles with superscript letters (`<sup>a</sup>`, `^b^`) and a legend
    ("<sup>a</sup> These authors contributed equally"); without a legend they are affiliations' letters,
    and a letter raised after a digit is an ordinal ("1<sup>a</sup>"), never a mark."""
    page = (
        "<html><body><h2>Publications</h2>\n"
        "<p><sup>a</sup> These authors contributed equally. <sup>b</sup> Corresponding author.</p>\n<ol>\n"
        "<li>Ana Ruiz<sup>a</sup>, Ben Ode<sup>a,b</sup>, Carl Poe. Deep nets for cats. <i>J. Am. Chem. Soc."
        "</i> <b>2021</b>, <i>143</i>, 1234–1240.</li>\n</ol></body></html>\n"
    )
    (paper,) = pubkit.loads(page, "cv", path="p.html")
    assert [a.name for a in paper.authors] == ["Ana Ruiz", "Ben Ode", "Carl Poe"]
    assert [a.equal_contribution for a in paper.authors] == [True, True, False]
    assert [a.corresponding for a in paper.authors] == [False, True, False]
    pandoc = (
        "# Publications\n\n1. Ruiz A^a^, Ode B^b^. Shallow nets for dogs, 1^a^ parte.\n"
        "   *Science* 370, 55 (2020).\n"
    )
    bib = pubkit.loads(pandoc, "cv", path="p.md")
    (paper,) = bib
    assert [a.name for a in paper.authors] == ["Ruiz A", "Ode B"]
    assert not any(a.equal_contribution or a.corresponding for a in paper.authors)
    assert "ᵃ" not in paper.title
    assert not [p for p in bib.problems if "role marker" in p.message]


def test_a_lower_case_role_code_and_a_co_corresponding_legend() -> None:
    """ "Okonkwo, A. (s)" with "(s) = student I supervised": the code is no part of the name;
    "\\# Co-corresponding author" is a legend for corresponding authorship."""
    text = (
        "Publications\n\n(s) = student I supervised\n\n"
        '[1] Okonkwo, A. (s), Yildiz, K., & Brandt, S. 2024, "A Catalogue of Dusty Galaxies", ApJ, 960, 12\n'
    )
    (paper,) = pubkit.loads(text, "cv", path="p.txt")
    assert [a.name for a in paper.authors] == ["A. Okonkwo", "K. Yildiz", "S. Brandt"]
    page = (
        "# Pubs\n\n\\# Co-corresponding author\n\n"
        "1. Okoye, P., and **Ruiz, M.J.**\\# (2024). Allosteric coupling. Cell 5, 1-2.\n"
    )
    bib = pubkit.loads(page, "cv", path="p.md")
    assert [a.corresponding for a in bib[0].authors] == [False, True]
    assert not bib.problems


def test_a_legend_in_the_front_matter_explains_the_marks() -> None:
    """Jekyll's `description: … † denotes equal contribution.` is printed above the list: its legend
    holds for the page, and the rest of the front matter is no entry."""
    page = (
        "---\nlayout: page\ntitle: publications\n"
        "description: Peer-reviewed papers. † denotes equal contribution.\n---\n\n## 2024\n\n"
        "- D. A. Ferreira†, **M. Østby**†, and R. Sigurðardóttir. 2024. A synthesis of network "
        "responses to warming. *Global Change Biology* 30:e17001.\n"
    )
    bib = pubkit.loads(page, "cv", path="publications.md")
    assert [a.equal_contribution for a in bib[0].authors] == [True, True, False]
    assert not bib.problems


def test_a_role_icons_tooltip_is_its_legend() -> None:
    """Hugo Blox marks co-first authors with an icon whose tooltip says the role
    (`<i class="author-notes …" title="Equal contribution"></i>`): a marker with that legend."""
    icon = '<i class="author-notes fas fa-info-circle" data-toggle="tooltip" title="Equal contribution"></i>'
    page = (
        "<html><body><h2>Publications</h2><div class='pub-list-item'><span>Thu Hà Nguyễn</span>"
        f"{icon}, <span>Siobhán Ní Bhriain</span>{icon}, <span>Peadar Phádraig</span> (2024). "
        "<a href='/p/1'>Contour tone production in bilingual children</a>. "
        "<em>Laboratory Phonology</em>.</div></body></html>"
    )
    (paper,) = pubkit.loads(page, "cv", path="p.html")
    assert [a.name for a in paper.authors] == ["Thu Hà Nguyễn", "Siobhán Ní Bhriain", "Peadar Phádraig"]
    assert [a.equal_contribution for a in paper.authors] == [True, True, False]
