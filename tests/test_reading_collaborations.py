"""Papers of large collaborations as physicists' and astronomers' CVs print them: the collaboration
beside the names, counts of authors, INSPIRE's affiliations, sections named for the owner's role."""

from __future__ import annotations

import pubkit


def test_a_collaboration_in_brackets_after_the_names_is_no_part_of_the_title() -> None:
    """ "G. Aad et al. (ATLAS Collaboration), Title" and "K. Abe et al. [Super-Kamiokande Collaboration]":
    the bracket goes with the names (the collaboration is kept as a group author), the title after it."""
    first = pubkit.parse_reference(
        "G. Aad et al. (ATLAS Collaboration), Search for new phenomena in dijet events, "
        "Phys. Rev. Lett. 116 (2016) 061102."
    )
    assert first.title == "Search for new phenomena in dijet events"
    assert [a.name for a in first.authors] == ["G. Aad", "ATLAS Collaboration"]
    second = pubkit.parse_reference(
        "K. Abe et al. [Super-Kamiokande Collaboration], Solar neutrino measurements in Super-Kamiokande-IV, "
        "Phys. Rev. D 94 (2016) 052010."
    )
    assert second.title == "Solar neutrino measurements in Super-Kamiokande-IV"


def test_collaborations_opening_an_entry_before_a_quoted_title_are_its_authors() -> None:
    paper = pubkit.parse_reference(
        "The LIGO Scientific Collaboration and the Virgo Collaboration, “Observation of gravitational waves "
        "from a binary black hole merger,” Phys. Rev. Lett. 116, 061102 (2016)."
    )
    assert paper.title == "Observation of gravitational waves from a binary black hole merger"
    assert len(paper.authors) == 2 and paper.year == 2016


def test_a_count_of_authors_is_no_name_and_no_title() -> None:
    """ "A. M. Sirunyan, …, D. Teyssier (2,316 authors), “Title”": the count belongs to the names."""
    paper = pubkit.parse_reference(
        "A. M. Sirunyan, A. Tumasyan, W. Adam, D. Teyssier (2,316 authors), “Search for top quark partners "
        "with charge 5/3,” J. High Energy Phys. 03 (2019) 082."
    )
    assert paper.title == "Search for top quark partners with charge 5/3"
    assert [a.name for a in paper.authors] == ["A. M. Sirunyan", "A. Tumasyan", "W. Adam", "D. Teyssier"]


def test_inspire_affiliations_and_a_section_named_for_the_owners_role() -> None:
    """INSPIRE's "(Yerevan Phys. Inst.)" after a name is an affiliation; "Lead or contact author" names a
    publication section (not a "contact" one)."""
    text = """# Nandini Chakraborty

## Lead or contact author

- Nandini Chakraborty (Tata Inst.), Federico Ferri, Olga Zhukova. Measurement of the W boson mass
  with the CMS detector. Eur. Phys. J. C 82 (2022) 1065.

## Contact

- nandini@example.org
"""
    bib = pubkit.loads(text, "cv", path="cv.md")
    (paper,) = bib
    assert [a.name for a in paper.authors] == ["Nandini Chakraborty", "Federico Ferri", "Olga Zhukova"]
    assert paper.authors[0].is_owner


def test_vancouver_on_behalf_of_a_group_and_elided_names() -> None:
    """ "…, Mensah K, on behalf of the NAPHOS investigators. Title": the group note ends at its sentence;
    "K. Abe, ..., K. M. Wroblewska, ..., M. Yokoyama": the dots leave names out, they part no name."""
    first = pubkit.parse_reference(
        "Okafor AN, Balogun TO, Mensah K, on behalf of the NAPHOS investigators. Hypertension control in "
        "rural Ghana: a cluster trial. Lancet Glob Health. 2021;9(4):e512-e520."
    )
    assert first.title == "Hypertension control in rural Ghana: a cluster trial"
    assert [a.name for a in first.authors] == ["Okafor AN", "Balogun TO", "Mensah K"]
    second = pubkit.parse_reference(
        "K. Abe, ..., K. M. Wroblewska, ..., M. Yokoyama, Solar neutrino measurements in "
        "Super-Kamiokande-IV, Phys. Rev. D 94 (2016) 052010."
    )
    assert [a.name for a in second.authors] == ["K. Abe", "K. M. Wroblewska", "M. Yokoyama"]


def test_conference_series_journals_keep_their_series_word() -> None:
    """ "J. Phys.: Conf. Ser. 2438": "Ser." is the journal's (Conference Series), not the volume's; words
    between a quoted title and the journal's abbreviation belong to the journal."""
    paper = pubkit.parse_reference(
        "K. M. Wróblewska, Top-quark charge asymmetry and spin correlations at ATLAS, J. Phys.: Conf. Ser. "
        "2438 (2023) 012055."
    )
    assert paper.venue is not None and paper.venue.name.startswith("J. Phys.: Conf. Ser")
    quoted = pubkit.parse_reference(
        'T. K. Lindqvist on behalf of the CMS Collaboration, "Searches for di-boson resonances," '
        "Nucl. Part. Phys. Proc. 300 (2018) 20."
    )
    assert quoted.venue is not None and quoted.venue.name.startswith("Nucl. Part. Phys. Proc")


def test_venue_badges_before_the_first_name_are_no_part_of_it() -> None:
    """Systems and database CVs print the venue first ("[C6]  OSDI'24   Jun-seo Park, …", "**VLDB 2024**
    Ana Lee, …", "[ICSE '22 Poster] …"): the badge is no name; "McDonald 2020" stays a name and a year."""
    text = """JUN-SEO PARK

REFEREED CONFERENCE PAPERS

[C6]  OSDI'24   Jun-seo Park, Ananya Krishnan, and Miriam Castellanos.
      "Tessellate: Fine-Grained Memory Disaggregation with Hardware-Assisted Paging."
      In Proc. of the 18th USENIX Symposium on Operating Systems Design and Implementation, July 2024.

[C5]  SOSP'23   Ananya Krishnan, Jun-seo Park, and Miriam Castellanos.
      "Quokka: Crash-Consistent Persistent Memory Allocation Without Logging."
      In Proceedings of the 29th ACM Symposium on Operating Systems Principles, October 2023.
"""
    first, second = pubkit.loads(text, "cv", path="cv.txt")
    assert [a.name for a in first.authors] == ["Jun-seo Park", "Ananya Krishnan", "Miriam Castellanos"]
    assert first.title.startswith("Tessellate") and second.title.startswith("Quokka")
    assert first.year == 2024 and second.authors[1].is_owner


def test_a_workshops_and_student_research_competition_section_is_read() -> None:
    text = """# Colette Marchetti

## Workshops, Student Research Competition, Doctoral Symposium

- Colette Marchetti. "Ownership Types Meet Gradual Typing." SPLASH 2019 Student Research Competition,
  Athens, Greece, 2019.
"""
    (paper,) = pubkit.loads(text, "cv", path="cv.md")
    assert paper.title == "Ownership Types Meet Gradual Typing"


def test_a_readme_badge_then_a_dash_then_the_linked_title() -> None:
    """ "**ICLR 2024** (Oral, top 1.2%) — [Title](url)" over the names: the badge is the venue, the words
    after the dash the title."""
    text = """# Wen-Hao Tsai

## Publications

- **ICLR 2024** (Oral, top 1.2%) — [Calibrated Uncertainty for In-Context Learners via Bayesian Prompt Ensembles](https://x.org/a)
  Jasmine Abara, **Wen-Hao Tsai**, Daniel Kwarteng, and Sofia Bertolini
- **ICML 2024** — [When Does Data Pruning Hurt Robustness? A Distributional Analysis](https://x.org/b)
  **Wen-Hao Tsai**, Mikhail Oren, and Sofia Bertolini
"""
    first, second = pubkit.loads(text, "cv", path="README.md")
    assert first.title == "Calibrated Uncertainty for In-Context Learners via Bayesian Prompt Ensembles"
    assert second.title == "When Does Data Pruning Hurt Robustness? A Distributional Analysis"
    assert (first.year, second.year) == (2024, 2024)
    assert [a.name for a in second.authors] == ["Wen-Hao Tsai", "Mikhail Oren", "Sofia Bertolini"]


def test_a_bold_badge_line_over_the_names_is_no_name() -> None:
    """ "**SIGMOD 2024 · Industry track**" on a line of its own above the names: the venue's badge, not
    the first two authors."""
    text = """# Lucía Etxeberria

## Refereed papers

**SIGMOD 2024 · Industry track**\\
**Lucía Etxeberria**, Karan Malhotra, and Stefan Wojcik.\\
*Adaptive Compaction Policies for LSM-Tree Storage at Scale.*\\
In Companion of the 2024 International Conference on Management of Data, pages 201–213.
"""
    (paper,) = pubkit.loads(text, "cv", path="cv.md")
    assert [a.name for a in paper.authors] == ["Lucía Etxeberria", "Karan Malhotra", "Stefan Wojcik"]
    assert paper.authors[0].is_owner and paper.year == 2024


def test_a_parenthesis_in_a_heading_does_not_decide_its_section() -> None:
    """ "Other Publications (book reviews, reports, outreach)": the noun outside the parenthesis says
    what the section holds."""
    text = """# Anna Kowalczyk

## Other Publications (book reviews, reports, outreach)

- Kowalczyk, A. 2019. Ten years of wolf monitoring in the Carpathians. Great Lakes Fishery Commission
  Technical Report 71.
"""
    (paper,) = pubkit.loads(text, "cv", path="cv.md")
    assert paper.title.startswith("Ten years of wolf monitoring")


def test_a_slash_inside_a_collaborations_name_splits_no_names() -> None:
    """ "CHIME/FRB Collaboration, Andersen, B. C., …": the slash between two capitals' runs is the group's
    own, not a separator of two people (as in "Huber, Katharina/Leitner, Florian")."""
    page = (
        "* Publications\n\n"
        '- CHIME/FRB Collaboration, Andersen, B. C., *Nowak, J.*, 2023, "CHIME/FRB Discovery of '
        '25 Repeating Fast Radio Burst Sources", ApJ, 947, 83\n'
    )
    (paper,) = pubkit.loads(page, "cv", path="p.org")
    assert [a.name for a in paper.authors] == ["CHIME/FRB Collaboration", "B. C. Andersen", "J. Nowak"]
