"""Records copied as text from the databases researchers keep their lists in (Web of Science's full
record, IEEE Xplore's author page, MathSciNet, PhilPapers, an arXiv listing), and section headings of
pages in languages whose words the reader learnt late. Each test is a small copy of its kind."""

from __future__ import annotations

import pubkit


def _read(text: str, path: str) -> list[pubkit.Paper]:
    return list(pubkit.loads(text, "cv", path=path))


WOS = """Web of Science Core Collection
Author: Mokoena, Thandiwe N.

Record 1 of 2
Title: Tuberculosis preventive therapy uptake among people living with HIV: a cluster randomised trial
Author(s): Mokoena, TN (Mokoena, Thandiwe N.); Pillay, K (Pillay, Kavitha)
Source: LANCET HIV  Volume: 12  Issue: 2  Pages: E101-E112  Published: FEB 2025
Times Cited in Web of Science Core Collection: 3
Abstract: Background: uptake was examined in a cohort (2015-2019).
Language: English
Document Type: Article

Record 2 of 2
Title: Tuberculosis in South African mines: a historical epidemiology
Author(s): Mokoena, TN (Mokoena, Thandiwe N.)
Book Editor(s): Coetzee, A; Moyo, F
Source: HEALTH AND DISEASE IN SOUTHERN AFRICA  Pages: 45-67  Published: 2020
Document Type: Book Chapter
"""


def test_web_of_science_full_record_reads_its_keys() -> None:
    first, second = _read(WOS, "wos.txt")
    assert first.title.startswith("Tuberculosis preventive therapy uptake")  # no "Record 1 of 2"
    assert [a.name for a in first.authors] == ["Thandiwe N. Mokoena", "Kavitha Pillay"]
    assert first.venue is not None and first.venue.name == "LANCET HIV"
    assert first.year == 2025
    assert second.venue is not None and second.venue.name == "HEALTH AND DISEASE IN SOUTHERN AFRICA"


XPLORE = """Babatunde O. Adewuyi

A Data-Driven Framework for Non-Technical Loss Detection in Nigerian Distribution Utilities
Fatima Z. Bello; Babatunde O. Adewuyi
IEEE Access
Year: 2024 | Volume: 12 | Journal Article | Publisher: IEEE
Cited by: Papers (11)
Abstract  HTML  PDF  Free

Hosting Capacity Assessment of Rural Mini-Grids Under Load Growth Uncertainty
Babatunde O. Adewuyi; Olamide K. Fashola; Thabo M. Nkosi
2024 IEEE PES/IAS PowerAfrica
Year: 2024 | Conference Paper | Publisher: IEEE
Cited by: Papers (2)
Abstract  HTML
"""


def test_ieee_xplore_results_one_field_a_line() -> None:
    first, second = _read(XPLORE, "xplore.txt")
    assert (
        first.title
        == "A Data-Driven Framework for Non-Technical Loss Detection in Nigerian Distribution Utilities"
    )
    assert [a.name for a in first.authors] == ["Fatima Z. Bello", "Babatunde O. Adewuyi"]
    assert first.venue is not None and first.venue.name == "IEEE Access"
    assert [a.name for a in second.authors][-1] == "Thabo M. Nkosi"
    assert second.venue is not None and "PowerAfrica" in second.venue.name
    assert "Year" not in second.venue.name


MATHSCINET = """Kovalenko, Oleksandr

MR4771034 Reviewed Kovalenko, Oleksandr
Kolmogorov-type inequalities for charges on classes of functions of several variables.
Anal. Math. 50 (2024), no. 2, 501–524.
26D10 (41A17 41A44)
Citations: From References: 2   From Reviews: 0
Review PDF Clipboard Journal Article Make Link
Reviewer: Nikolov, Geno

MR4690117 Reviewed Petrenko, Iryna; Kovalenko, Oleksandr; Shevchuk, Mykola
Best one-sided approximation of classes of periodic functions by trigonometric polynomials.
Ukraïn. Mat. Zh. 75 (2023), no. 8, 1098–1112.
42A10 (41A50)
Review PDF Clipboard Journal Article Make Link
"""


def test_mathscinet_records_its_number_and_review_state_are_no_name() -> None:
    first, second = _read(MATHSCINET, "mathscinet.txt")
    assert [a.name for a in first.authors] == ["Oleksandr Kovalenko"]
    assert (
        first.title == "Kolmogorov-type inequalities for charges on classes of functions of several variables"
    )
    assert first.year == 2024
    assert [a.name for a in second.authors] == ["Iryna Petrenko", "Oleksandr Kovalenko", "Mykola Shevchuk"]


PHILPAPERS = """Publications

Deference without Dependence.Maeve O'Sullivan-Harte - forthcoming - Philosophical Studies:1-23.
details

Trust in Numbers. [REVIEW]Maeve O'Sullivan-Harte - 2021 - Mind 130 (518):675-684.
details

Why Experts Should Hedge.Maeve O'Sullivan-Harte - manuscript
details
"""


def test_philpapers_title_glued_to_the_names() -> None:
    papers = _read(PHILPAPERS, "philpapers.txt")
    assert [p.title for p in papers] == [
        "Deference without Dependence",
        "Trust in Numbers",
        "Why Experts Should Hedge",
    ]
    assert all([a.name for a in p.authors] == ["Maeve O'Sullivan-Harte"] for p in papers)


ARXIV = """arXiv:2502.07714  [pdf, ps, other]   math.NT
Non-vanishing of central L-values for quadratic twists over function fields
Authors: Élodie Moreau-Duval, Tomasz Wiśniewski
Abstract: We prove that for a positive proportion of polynomials the central value does not vanish.
Submitted 11 February, 2025; originally announced February 2025.
Comments: 31 pages
"""


def test_arxiv_listing_history_line_is_no_venue() -> None:
    (paper,) = _read(ARXIV, "arxiv.txt")
    assert paper.venue is None or paper.venue.name == "arXiv"
    assert paper.year == 2025


def test_german_names_parted_by_slashes() -> None:
    paper = pubkit.parse_reference(
        "Huber, Katharina*/Yilmaz, Deniz*/Leitner, Florian (2025): Digitale Plattformen in der Pflege. In: "
        "Österreichische Zeitschrift für Soziologie 50 (1), S. 45–68."
    )
    assert [a.name for a in paper.authors] == ["Katharina Huber", "Deniz Yilmaz", "Florian Leitner"]


ROMANIAN = """<html><body>
<h1>Conf. dr. ing. Ana-Maria Popescu</h1>
<h2>Lista de lucrări științifice</h2>
<p>Numele autorului este marcat cu <strong>aldine</strong>; * autor corespondent.</p>
<h3>A. Articole publicate în reviste cotate Web of Science (ISI) cu factor de impact</h3>
<ol>
<li><strong>Popescu A.-M.</strong>*, Ionescu D., <em>Electrochemical synthesis of layered double
hydroxides</em>, Electrochimica Acta, 478, 2024, 143812.</li>
</ol>
<h3>B. Lucrări publicate în volumele conferințelor internaționale (indexate WoS / BDI)</h3>
<ol>
<li><strong>Popescu A.-M.</strong>, Stan L., <em>Green solvents for lignin extraction: a comparative
study</em>, Proceedings of the 16th International Conference on Chemical and Process Engineering, Bucharest,
2023, p. 211–216.</li>
</ol>
</body></html>
"""


def test_romanian_ranks_sections_and_legend() -> None:
    first, second = _read(ROMANIAN, "cv.html")
    assert first.authors[0].is_owner and second.authors[0].is_owner  # "Conf. dr. ing." is no name
    assert first.authors[0].corresponding  # "* autor corespondent"
    assert second.title == "Green solvents for lignin extraction: a comparative study"  # "internaționale"


VIETNAMESE = """<html><body><h1>TS. Trần Thị Thanh Hương</h1>
<h2>1. Quá trình đào tạo</h2>
<ul><li>2012: Tiến sĩ Khoa học Thủy sản, Đại học Ghent, Vương quốc Bỉ</li></ul>
<h2>3. Công trình khoa học đã công bố</h2>
<h3>3.3. Báo cáo tại hội nghị, hội thảo (có kỷ yếu)</h3>
<ol><li><u>Trần Thị Thanh Hương</u> và Lê Thị Mai, 2022. Nhu cầu protein của tôm càng xanh giai đoạn giống.
<i>Kỷ yếu Hội nghị Khoa học Thủy sản toàn quốc lần thứ 6</i>. Nhà xuất bản Nông nghiệp, tr. 45–53.</li></ol>
<h3>3.5. Luận án</h3>
<ol><li><u>Tran Thi Thanh Huong</u> (2012). Nutritional modulation of immune responses in striped catfish.
PhD thesis, Ghent University, Belgium.</li></ol>
<h2>4. Đề tài, dự án nghiên cứu</h2>
<ol><li>Phát triển thức ăn chức năng cho cá tra nuôi vùng nhiễm mặn, 2022–2024, Chủ nhiệm.</li></ol>
</body></html>
"""


def test_numbered_section_headings_of_many_words() -> None:
    titles = [p.title for p in _read(VIETNAMESE, "cv.html")]
    assert titles == [
        "Nhu cầu protein của tôm càng xanh giai đoạn giống",
        "Nutritional modulation of immune responses in striped catfish",
    ]


def test_iop_italic_journal_after_a_plain_title() -> None:
    paper = pubkit.parse_reference(
        "<li>Hughes D A, <strong>Pemberton R J</strong> and Chen Y 2022 Synthetic diagnostics for filament "
        "tracking in the scrape-off layer <em>Plasma Phys. Control. Fusion</em> <strong>64</strong> "
        "104003</li>"
    )
    assert paper.title == "Synthetic diagnostics for filament tracking in the scrape-off layer"
    assert paper.venue is not None and paper.venue.name == "Plasma Phys. Control. Fusion"
    # an italic species inside a title stays in it
    species = pubkit.parse_reference(
        "Lee A and Roe B 2021 Growth of <em>Channa striata</em> fingerlings under salinity stress "
        "<em>Aquaculture</em> <strong>530</strong> 735712"
    )
    assert species.title == "Growth of Channa striata fingerlings under salinity stress"


def test_iso_690_italic_journal_after_the_title_sentence() -> None:
    paper = pubkit.parse_reference(
        "<li>ŠIMKOVÁ, Lucie, Kateřina PROCHÁZKOVÁ a Martin BENEŠ. Structural basis of RNA recognition by "
        "the KH domains of the splicing factor SF1L. <i>Nucleic Acids Research</i>. Oxford: Oxford "
        "University Press, 2024, roč. 52, č. 4, s. 1823-1840. ISSN 0305-1048.</li>"
    )
    assert paper.title == "Structural basis of RNA recognition by the KH domains of the splicing factor SF1L"
    assert paper.venue is not None and paper.venue.name == "Nucleic Acids Research"


INSPIRE = """Chiara Benedetti

Nucleation rates at next-to-leading order in dimensional reduction
Yuki Shimada(Tokyo U., IPMU), Lena Hartmann(DESY), Oliver Lindström(Helsinki U. and Helsinki Inst. of Phys.)
Sep 11, 2023
31 pages
Published in: Phys.Lett.B 848 (2024) 138377
e-Print: 2309.05511 [hep-ph]
"""


def test_inspire_affiliations_glued_to_the_names() -> None:
    (paper,) = _read(INSPIRE, "inspire.txt")
    assert [a.name for a in paper.authors] == ["Yuki Shimada", "Lena Hartmann", "Oliver Lindström"]


CARDS = """<html><body><h2>Publications</h2>
<h3>2023</h3>
<article><p><b>J.-W. Han</b>, K. Abe, Moiré excitons in twisted WSe2. <i>Science</i> <b>381</b>,
112–118 (2023).</p>
</article>
<h3>2021 &amp; earlier</h3>
<article><p><b>J.-W. Han</b>, K. Abe, Y. Zhou, Quantum emitters in hexagonal boron nitride: A roadmap.
<i>ACS Nano</i> <b>15</b>, 17364–17380 (2021).</p></article>
</body></html>
"""


def test_a_year_heading_of_three_words_is_no_title() -> None:
    titles = [p.title for p in _read(CARDS, "lab.html")]
    assert titles == [
        "Moiré excitons in twisted WSe2",
        "Quantum emitters in hexagonal boron nitride: A roadmap",
    ]


LABELS = """<html><body><h2>Writing</h2>
<small>Books, catalogues and chapters</small><br>
Rojas Vial, Ignacia. <i>Tierra y territorio: arquitecturas de barro en Chile central</i>. Santiago:
Ediciones ARQ, 2024.<br>
<br>
<small>Press &amp; criticism</small><br>
Rojas Vial, Ignacia. “Why Chile Should Build with Earth Again.” <i>The Guardian</i>, Cities, March 14,
2022.<br>
</body></html>
"""


def test_a_small_label_over_one_citation_is_its_section() -> None:
    (book,) = _read(LABELS, "cv.html")  # the op-ed under "Press & criticism" is no paper
    assert book.title == "Tierra y territorio: arquitecturas de barro en Chile central"
    assert [a.name for a in book.authors] == ["Ignacia Rojas Vial"]
    assert book.source.line == 3


DIVA = """Publikationer

1. Lindqvist, Karin
KTH, Skolan för industriell teknik och management (ITM), Energiteknik.ORCID-id: 0000-0002-4417-9031
Holmberg, Astrid
Vattenfall AB, Stockholm, Sverige.
Energy flexibility of district heating networks with seasonal thermal storage in Nordic cities
2025 (Engelska)Ingår i: Applied Energy, ISSN 0306-2619, E-ISSN 1872-9118, Vol. 377, artikel-id \
124512Artikel i tidskrift (Refereegranskat) Published
Öppna DOI

2. Lindqvist, Karin
KTH, Skolan för industriell teknik och management (ITM), Energiteknik.
Hourly heat demand and supply temperatures for 41 Stockholm substations, 2018-2022
2023 (Engelska)Data set
Öppna DOI

3. Lindqvist, Karin
KTH, Skolan för industriell teknik och management (ITM), Energiteknik.
Integrating thermal storage in urban energy systems: models and case studies
2019 (Engelska)Doktorsavhandling, sammanläggning (Övrigt vetenskapligt)
Stockholm: KTH Royal Institute of Technology, 2019. , s. 82
"""


def test_diva_records_a_name_and_its_affiliation_a_line() -> None:
    article, thesis = _read(DIVA, "diva.txt")  # the data set is no paper
    assert [a.name for a in article.authors] == ["Karin Lindqvist", "Astrid Holmberg"]
    assert (
        article.title
        == "Energy flexibility of district heating networks with seasonal thermal storage in Nordic cities"
    )
    assert (article.year, article.venue and article.venue.name) == (
        2025,
        "Applied Energy",
    )  # not the ISSN's 1872
    assert thesis.venue is not None and thesis.venue.name == "KTH Royal Institute of Technology"


ACM_DL = """ACM Digital Library home

Luiza Carvalho Mendes
Universidade Federal de Minas Gerais, Belo Horizonte, Brazil
Author Profile

research-article
Open Access
Learned Cardinality Estimation under Data Drift
Luiza Carvalho Mendes, Rafael Nunes Pereira, Helena Souza Lima
Proceedings of the VLDB Endowment, Volume 17, Issue 8 • April 2024 • pp 1980–1993 • https://doi.org/10.14778/3659437
 610   7
Get Access

short-paper
Towards Workload-Aware Index Advisors for Hybrid Transactional/Analytical Systems
Helena Souza Lima, Luiza Carvalho Mendes
CIKM '24: Proceedings of the 33rd ACM International Conference on Information and Knowledge Management \
• October 2024 • pp 4012–4016
 174   1
Get Access

column
Database Research in Latin America: Challenges and Opportunities
Luiza Carvalho Mendes, Marco Aurélio Vilela, Ana Beatriz Fonseca
ACM SIGMOD Record, Volume 51, Issue 2 • June 2022 • pp 45–50
 99   0
Get Access
"""


def test_acm_digital_library_records_and_the_profile_s_name() -> None:
    first, second, third = _read(ACM_DL, "acm.txt")
    assert first.title == "Learned Cardinality Estimation under Data Drift"
    assert first.authors[0].name == "Luiza Carvalho Mendes"
    assert [p.owner.name if p.owner else None for p in (first, second, third)] == [
        "Luiza Carvalho Mendes"
    ] * 3
    assert second.venue is not None and second.venue.acronym == "CIKM"  # "CIKM '24: Proceedings of …"
    assert second.venue.name.startswith("Proceedings of the 33rd ACM")
    assert third.title == "Database Research in Latin America: Challenges and Opportunities"


SERBIAN = """<html><body><h1>Проф. др Марко Јовановић</h1>
<h2>Библиографија</h2>
<h3>Радови у врхунским међународним часописима (M21)</h3>
<ol>
<li>Petrović S., <strong>Jovanović M.</strong>, Ranković V., Energy retrofit of residential buildings in
Southeast Serbia: a life-cycle cost analysis, Energy and Buildings, Vol. 301, 2023, 113702</li>
</ol>
<h3>Одбрањена докторска дисертација (M70)</h3>
<ol><li><strong>Jovanović M.</strong>, Intenzifikacija prenosa toplote u kanalima, doktorska disertacija,
Mašinski fakultet, Univerzitet u Nišu, 2016.</li></ol>
<h3>Пројекти</h3>
<ol><li>Energetska efikasnost javnih zgrada, TR-33051, 2011–2019.</li></ol>
</body></html>
"""


def test_serbian_sections_in_cyrillic() -> None:
    papers = _read(SERBIAN, "cv.html")
    assert [p.year for p in papers] == [2023, 2016]  # a project is no paper
    assert papers[0].title.startswith("Energy retrofit of residential buildings")


ROWS = """<html><body><h2>Publications</h2>
<table>
<tr><th>No.</th><th>Publication</th><th>Index</th></tr>
<tr>
<td>1</td>
<td><b>Srisuk, P.</b>*; Wongsa, K.; Chaiyasit, N. Encapsulation of anthocyanins from Thai purple rice bran by
spray drying. <i>Foods</i> <b>2024</b>, <i>13</i>, 1234.</td>
<td>Scopus Q1</td>
</tr>
<tr>
<td>2</td>
<td>Nakamura, H.; <b>Srisuk, P.</b> Physicochemical properties of resistant starch. <i>Food Chem.</i>
<b>2023</b>, <i>401</i>, 134101.</td>
<td>Scopus Q1</td>
</tr>
</table></body></html>
"""


def test_a_row_s_number_cell_is_no_name() -> None:
    papers = _read(ROWS, "cv.html")
    assert [p.authors[0].name for p in papers] == ["P. Srisuk", "H. Nakamura"]
    assert [p.year for p in papers] == [2024, 2023]


BIBTEX_JS = """<html><head><script src="bibtex_js.js"></script></head><body>
<h1>Dr. Amara Nwosu</h1>
<p>The list below is generated from our BibTeX file with bibtex-js.</p>
<textarea id="bibtex_input" style="display:none;">
@article{nwosu2025tactile,
  title     = {Tactile Servoing for In-Hand Manipulation of Deformable Objects},
  author    = {Nwosu, Amara and Lindberg, Erik},
  journal   = {IEEE Transactions on Robotics},
  year      = {2025}
}

@inproceedings{lindberg2024diffusion,
  title     = {Diffusion Policies for Contact-Rich Assembly},
  author    = {Lindberg, Erik and Nwosu, Amara},
  booktitle = {IEEE International Conference on Robotics and Automation (ICRA)},
  year      = {2024}
}
</textarea>
<div id="bibtex_display"></div>
</body></html>
"""


def test_bibtex_a_page_renders_in_the_browser_is_read() -> None:
    papers = _read(BIBTEX_JS, "lab.html")
    assert [(p.title, p.year, p.source.line) for p in papers] == [
        ("Tactile Servoing for In-Hand Manipulation of Deformable Objects", 2025, 5),
        ("Diffusion Policies for Contact-Rich Assembly", 2024, 12),
    ]
    assert papers[1].venue is not None and papers[1].venue.acronym == "ICRA"


SCHOLAR_CSV = """# Publications — Arjun Venkataraman

| # | Authors | Title | Publication | Volume | Number | Pages | Year | Publisher |
|---|---------|-------|-------------|--------|--------|-------|------|-----------|
| 1 | Venkataraman, Arjun; Rao, Sneha | Drought propagation in the Cauvery basin | Journal of Hydrology \
| 628 | | 130512 | 2024 | Elsevier |
| 2 | Rao, Sneha; Venkataraman, Arjun | Attribution of streamflow decline in Indian rivers \
| Water Resources Research | 59 | 4 | e2022WR033 | 2023 | Wiley |
"""


def test_a_publication_column_beside_a_title_column_is_the_venue() -> None:
    papers = _read(SCHOLAR_CSV, "pubs.md")
    assert [p.title for p in papers] == [
        "Drought propagation in the Cauvery basin",
        "Attribution of streamflow decline in Indian rivers",
    ]
    assert [p.venue.name if p.venue else None for p in papers] == [
        "Journal of Hydrology",
        "Water Resources Research",
    ]


EXCEL = """<html><body><table>
<tr><td colspan=4 class=xl72>List of Publications: Dr. R. K. Sharma</td></tr>
<tr class=xl70>
  <td class=xl68>S. No.</td>
  <td class=xl68>Authors</td>
  <td class=xl68>Year</td>
  <td class=xl68>Title</td>
  <td class=xl68>Journal</td>
</tr>
<tr>
  <td class=xl66>1</td>
  <td class=xl67 width=220
  style='width:165pt'>Sharma, R.K., Meena, H.N. and Singh, P.</td>
  <td class=xl66>2024</td>
  <td class=xl67>Conservation agriculture effects on soil organic carbon in rice-wheat systems</td>
  <td class=xl67>Field Crops Research</td>
</tr>
</table></body></html>
"""


def test_a_table_s_first_row_of_plain_cells_names_its_columns() -> None:
    (paper,) = _read(EXCEL, "pubs.htm")
    assert paper.title == "Conservation agriculture effects on soil organic carbon in rice-wheat systems"
    assert [a.name for a in paper.authors] == ["R.K. Sharma", "H.N. Meena", "P. Singh"]
    assert (paper.year, paper.venue.name if paper.venue else None) == (2024, "Field Crops Research")


LEKTOR = """_model: page
---
title: Publications
---
description: Publications of Eleni Karamanou, Associate Professor of Ancient History
---
body:

#### text-block ####
text:

### Articles

* ‘Herodotus and the grammar of rumour’, *CQ* 73 (2023), 45–61.
* ‘Hearsay and autopsy in Thucydides 1.20–22’, *JHS* 142 (2022), 88–107.
* ‘Oracles in the margins’, *ZPE* 219 (2021), 57–69 (with M. Oyelaran).
----
class: lead
"""


def test_lektor_contents_names_the_owner_its_entries_leave_unprinted() -> None:
    papers = _read(LEKTOR, "contents.lr")
    assert [[a.name for a in p.authors] for p in papers] == [
        ["Eleni Karamanou"],
        ["Eleni Karamanou"],
        ["Eleni Karamanou", "M. Oyelaran"],
    ]


JAPANESE_LAB = """<html><body>
<h1>地震防災工学研究室</h1>
<h2>研究業績 / Publications</h2>
<p>教授 山本 健太 (Kenta YAMAMOTO) の研究業績一覧です。<br>
* 責任著者 (corresponding author)。学生の氏名には下線を付しています。</p>
<h3>査読付き論文 / Journal Papers</h3>
<ol>
<li>Yamamoto, K.*, <u>Tanaka, M.</u> and Suzuki, I.: Seismic fragility of corroded RC bridge piers,
<i>Earthquake Engineering &amp; Structural Dynamics</i>, Vol.53, No.2, pp.612-631, 2024.</li>
<li><u>Tanaka, M.</u>, Yamamoto, K. and Suzuki, I.: Machine-learning surrogate models for bridges,
<i>Structural Safety</i>, Vol.108, 102447, 2024.</li>
<li>Lee, S., Yamamoto, K.* and Kawai, H.: Rapid post-earthquake road network assessment,
<i>Journal of Disaster Research</i>, Vol.18, No.5, pp.501-510, 2023.</li>
</ol></body></html>
"""


def test_underlined_students_are_no_owner_and_a_glossed_name_is() -> None:
    papers = _read(JAPANESE_LAB, "pub.html")
    assert [next(a.name for a in p.authors if a.is_owner) for p in papers] == ["K. Yamamoto"] * 3


CHINESE_FACULTY = """<html><body><table><tr><td><b>姓名：</b>王建国（WANG Jianguo）</td></tr></table>
<h2>代表性论文 / Selected Publications</h2>
<p>[1] Li Y, Zhang H, Wang J. Peroxymonosulfate activation by single-atom catalysts[J]. Water Research, 2024,
249: 120987.</p>
<p>[2] Chen J, Wang J, Liu Y. Membrane fouling mitigation by quorum quenching[J]. Environmental Science &amp;
Technology, 2024, 58(3): 1501-1510.</p>
<p>[3] Wang J, Zhao X. Ozonation by-products in drinking water treatment[J]. Water Research, 2023,
230: 119552.</p>
</body></html>
"""


def test_a_name_glossed_in_full_width_brackets_names_the_owner() -> None:
    papers = _read(CHINESE_FACULTY, "faculty.html")
    assert [next((k for k, a in enumerate(p.authors) if a.is_owner), None) for p in papers] == [2, 1, 0]


ORG_RECORDS = """#+TITLE: Publications — Kenta Sato

* Journal articles
** Emergent constraints on equilibrium climate sensitivity from tropical low clouds
- Authors :: *Sato, K.*, Watanabe, M., Kawai, H.
- Journal :: Journal of Climate
- Volume/pages :: 38(4), 1021–1040
- Year :: 2025
** Sea-surface temperature pattern effects in AMIP simulations
:PROPERTIES:
:AUTHORS:  K. Sato; M. Watanabe
:JOURNAL:  Journal of the Meteorological Society of Japan
:YEAR:     2023
:END:
"""


def test_org_headlines_over_their_fields_are_records() -> None:
    first, second = _read(ORG_RECORDS, "pubs.org")
    assert first.title == "Emergent constraints on equilibrium climate sensitivity from tropical low clouds"
    assert (first.year, first.venue.name if first.venue else None) == (2025, "Journal of Climate")
    assert [a.name for a in second.authors] == ["K. Sato", "M. Watanabe"]
    assert second.source.line == 9
    assert first.authors[0].is_owner and second.authors[0].is_owner


def test_an_owner_heading_with_name_particles() -> None:
    text = (
        "# Sanne van den Berg\n\n## Papers\n\n"
        "- “Merger control in digital markets” (with Pieter Jansen), *Journal of Competition Law*, 2024.\n"
        "- “Cartel fines and deterrence”, *European Law Review*, 2022.\n"
    )
    papers = _read(text, "cv.md")
    assert [p.owner.name if p.owner else None for p in papers] == ["Sanne van den Berg"] * 2


FULLER_OWNER = """# Publications

Lab of **Dr. Martín Acosta Villalba**, Buenos Aires.

- **Acosta Villalba M**, Benítez L. Sharp-wave ripples in aged mice. Neuron. 2024;112:1-12.
- Ferreyra JP, **Acosta Villalba M**. Closed-loop suppression of ripples. eLife. 2023;12:e8123.
- **Martín Acosta Villalba**, Sebastián Romano. Sleep spindles gate consolidation. Cell Reports, 2022.
- Quiroga C, **Acosta Villalba M**. Theta rhythms in the entorhinal cortex. J Neurosci. 2021;41:33-44.
"""


def test_the_owner_is_named_as_the_list_prints_the_name_most_fully() -> None:
    bib = pubkit.loads(FULLER_OWNER, "cv", path="pubs.md")
    assert bib.owner == "Martín Acosta Villalba"
    assert all(p.owner is not None for p in bib)


YEAR_BULLETS = """## Peer-reviewed articles

- **2025**
  - **Ødegaard KS**, Hansen BÅ, Lie T. Lipid dynamics of overwintering *Calanus finmarchicus*. *Limnology and
    Oceanography* 70: 112–127.
  - Dahl Å, **Ødegaard KS**. Microplastic ingestion by *Calanus hyperboreus*. *Marine Pollution Bulletin*
    (accepted).
- **2022 and earlier**
  - **Ødegaard KS**, Sundby S (2021) Temperature-dependent growth of cod larvae. Fish Oceanogr 30:501–515
"""


def test_a_year_bullet_over_nested_entries_is_their_year() -> None:
    bib = pubkit.loads(YEAR_BULLETS, "cv", path="pubs.md")
    assert [p.year for p in bib] == [2025, 2025, 2021]
    assert not bib.problems


SPANISH_BOOKS = """<html><body><h1>Dra. Lucía Orozco Villaseñor</h1>
<h2>Producción académica</h2>
<h3>Libros</h3>
<p class="ref">Orozco Villaseñor, Lucía. <i>Juan O’Gorman y la casa-estudio: materialidad y memoria</i>.
Ciudad de México: Fondo de Cultura Económica, en prensa.</p>
<h3>Docencia</h3>
<p>Historia de la arquitectura mexicana, licenciatura, 2019–2024.</p>
</body></html>
"""


def test_an_undated_book_in_press_is_read() -> None:
    (book,) = _read(SPANISH_BOOKS, "cv.html")
    assert book.title == "Juan O’Gorman y la casa-estudio: materialidad y memoria"
    assert book.status is pubkit.Status.ACCEPTED


MYSELF = """<html><body><h1>Ingrid Haugen</h1>
<h2>Papers</h2>
<ul>
<li>Karen Filbee-Dexter, Thomas Wernberg, <span class="me">myself</span>, Dorte Krause-Jensen. Arctic kelp
forests: diversity, resilience and future. <i>Global and Planetary Change</i> 172: 1–14 (2019).</li>
<li><span class="me">Me</span>, Kjersti Sjøtun and Hartvig Christie. Marine heatwaves and the collapse of
sugar kelp. <i>Global Change Biology</i> 31: e17601 (2025).</li>
</ul></body></html>
"""


def test_the_owner_named_as_myself() -> None:
    papers = _read(MYSELF, "papers.html")
    assert [[a.name for a in p.authors if a.is_owner] for p in papers] == [["Ingrid Haugen"]] * 2
    assert [a.name for a in papers[1].authors] == ["Ingrid Haugen", "Kjersti Sjøtun", "Hartvig Christie"]


def test_hceres_labels_and_a_cv_s_spaced_numbers_are_no_names() -> None:
    paper = pubkit.parse_reference(
        "[ACL7] C. Lefèvre, A. Benali, S. Roux, « Spectral graph wavelets for irregular sensor networks », "
        "IEEE Transactions on Signal Processing, vol. 72, pp. 1201-1214, 2024."
    )
    assert [a.name for a in paper.authors] == ["C. Lefèvre", "A. Benali", "S. Roux"]
    text = (
        "Artículos en revistas\n\n"
        "1    Thomas Weber; Ana García López. Deep learning for crop mapping. Remote Sensing. 15, pp. 1-20. "
        "2023.\n\n"
        "2    Ana García López; Luis Pérez. Soil moisture from radar. Water. 14, pp. 3-9. 2022.\n"
    )
    assert [p.authors[0].name for p in _read(text, "cvn.txt")] == [
        "Thomas Weber",
        "Ana García López",
    ]


PORTUGUESE = """<html><body><h1>Ana Ferreira</h1>
<h2>Artigos em revistas internacionais com arbitragem</h2>
<ul><li>Ferreira, A., &amp; Costa, R. (2023). Coastal erosion in Portugal. <i>Geomorphology</i>, 430,
108654.</li></ul>
<h2>Comunicações orais</h2>
<ul><li>Ferreira, A. (2022). Erosão costeira. Congresso Nacional de Geografia, Lisboa.</li></ul>
</body></html>
"""


def test_international_in_romance_languages_is_no_internship() -> None:
    (paper,) = _read(PORTUGUESE, "cv.html")
    assert paper.title == "Coastal erosion in Portugal"


NOTION = """# Publications

Owner: Tan Wei Ling
Last edited time: March 3, 2025 4:12 PM

## 2024

- Tan, W. L., Lim, J. Single-atom catalysts for nitrate reduction. *Nature Catalysis* 7, 101–110 (2024).
- Chua, K.; Tan, W. L. Operando spectroscopy of copper electrodes. *JACS* 146, 5521–5530 (2024).
- Ng, S.; Ong, P.; Tan, W. L. Ammonia from air at ambient conditions. *Joule* 8, 2001–2015 (2024).
"""


def test_an_owner_key_and_a_family_name_printed_first() -> None:
    bib = pubkit.loads(NOTION, "cv", path="Publications 8c1f.md")
    assert bib.owner == "Tan Wei Ling"
    assert [next(k for k, a in enumerate(p.authors) if a.is_owner) for p in bib] == [0, 1, 2]


YEAR_SPAN_HEADING = """<html><body><h1>Park Lab</h1><h2>Publications</h2>
<h2 class="year">2024</h2>
<div class="pub"><p><b>Park, S.-J.</b> &amp; Kim, H. Organoid atlas of the human gut. <i>Cell</i> <b>187</b>,
101–118 (2024).</p></div>
<h2 class="year">Before the Park lab (2009–2016)</h2>
<div class="pub"><p><b>Park, S.-J.</b>, Sato, T. &amp; Clevers, H. Paneth cells constitute the niche for Lgr5
stem cells. <i>Nature</i> <b>469</b>, 415–418 (2016).</p></div>
</body></html>
"""


def test_a_heading_ending_in_a_span_of_years_is_no_paper_s_title() -> None:
    papers = _read(YEAR_SPAN_HEADING, "lab.html")
    assert [p.title for p in papers] == [
        "Organoid atlas of the human gut",
        "Paneth cells constitute the niche for Lgr5 stem cells",
    ]


def test_latex_double_dagger_in_math_is_a_mark_a_legend_explains() -> None:
    text = r"""\documentclass{article}
\begin{document}
$^{\ddagger}$ = these authors contributed equally.
\section*{Publications}
\begin{enumerate}
\item Castillo, R. A.$^{\ddagger}$; Zhou, Y.$^{\ddagger}$; Brennan, L. M. Ligand-controlled
selectivity in nickel catalysis. \textit{J. Am. Chem. Soc.} \textbf{2024}, \textit{146}, 1201--1210.
\end{enumerate}
\end{document}
"""
    (paper,) = _read(text, "cv.tex")
    assert [a.equal_contribution for a in paper.authors] == [True, True, False]


def test_a_spanish_cvn_record_with_several_keys_on_a_line() -> None:
    """Spain's CVN prints each work as a record: "Autores (p.o. de firma):", "Título:", "Nombre de la
    publicación:", then "Volumen: … Página inicial-final: … Fecha: …" on one line, after the record's
    number."""
    text = (
        "Artículos científicos\n\n"
        "  2  Autores (p.o. de firma): de la Fuente Gómez, María José; Castro Ibáñez, Javier\n"
        "     Título: Deficit irrigation strategies in olive orchards: yield and water productivity\n"
        "     Nombre de la publicación: Agricultural Water Management\n"
        "     Volumen: 275   Página inicial-final: 108012   Fecha: 01/01/2023\n"
        "     Tipo de producción: Artículo científico   Tipo de soporte: Revista\n"
        "     Posición de firma: 2   Nº total de autores: 2\n"
    )
    (paper,) = pubkit.loads(text, "cv", path="cvn.txt")
    assert paper.title == "Deficit irrigation strategies in olive orchards: yield and water productivity"
    assert [a.name for a in paper.authors] == ["María José de la Fuente Gómez", "Javier Castro Ibáñez"]
    assert (paper.venue.name if paper.venue else None, paper.year, paper.volume) == (
        "Agricultural Water Management",
        2023,
        "275",
    )
