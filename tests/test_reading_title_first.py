"""Title-first lists as Korean, Japanese and Vietnamese CVs print them, and the edges the twenty-fifth
session's rounds found: lettered role marks, boxed and long section headings, Bluebook in other languages,
GOST's statement of responsibility, DBLP's middle initials and APS's bold volumes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read_file

import pubkit
from pubkit import Status


@pytest.mark.parametrize(
    ("text", "title", "authors", "venue"),
    [
        (  # Vancouver names after the title, the title's last word a place
            "Seroprevalence of severe fever with thrombocytopenia syndrome virus in companion dogs and "
            "cats in Korea. Choi EJ, Kim MJ, Han SW, et al. Viruses. 2022;14(11):2504.",
            "Seroprevalence of severe fever with thrombocytopenia syndrome virus in companion dogs and "
            "cats in Korea",
            ["Choi EJ", "Kim MJ", "Han SW"],
            "Viruses",
        ),
        (
            "강원도 야생멧돼지 아프리카돼지열병 발생의 시공간 분포 분석. 김민준*, 이상훈. "
            "한국동물위생학회지. 2022;45(3):189-97.",
            "강원도 야생멧돼지 아프리카돼지열병 발생의 시공간 분포 분석",
            ["김민준", "이상훈"],
            "한국동물위생학회지",
        ),
        (  # Korean "외" is an et al.
            "국내 양돈농가의 차단방역 수준 평가를 위한 설문조사 연구. 이상훈, 김민준, 오영일 외. "
            "대한수의학회지. 2020;60(4):211-8.",
            "국내 양돈농가의 차단방역 수준 평가를 위한 설문조사 연구",
            ["이상훈", "김민준", "오영일"],
            "대한수의학회지",
        ),
        (  # whole Vietnamese names, one with middle initials
            "Therapeutic drug monitoring of amikacin in septic patients: evaluation of a Bayesian dosing "
            "tool. Vu Quoc Bao, Nguyen Thi Thu Ha, Tran Thi Mai, Jonathan P. Hartley. International "
            "Journal of Antimicrobial Agents, 2021; 58(3): 106389.",
            "Therapeutic drug monitoring of amikacin in septic patients: evaluation of a Bayesian dosing "
            "tool",
            ["Vu Quoc Bao", "Nguyen Thi Thu Ha", "Tran Thi Mai", "Jonathan P. Hartley"],
            "International Journal of Antimicrobial Agents",
        ),
        (  # French initials with their full stops, joined by "et"
            "Thermal history of the Pyrenean Axial Zone from combined fission-track thermochronology. "
            "Vasseur É., Moutier F. et Labarthe P. Geochemistry, Geophysics, Geosystems, 17, 4510–4533, "
            "2016.",
            "Thermal history of the Pyrenean Axial Zone from combined fission-track thermochronology",
            ["Vasseur É", "Moutier F", "Labarthe P"],
            "Geochemistry, Geophysics, Geosystems",
        ),
    ],
)
def test_names_after_the_title(text: str, title: str, authors: list[str], venue: str) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.title == title
    assert [a.name for a in paper.authors] == authors
    assert paper.venue is not None and paper.venue.name == venue


def test_a_names_first_entry_is_left_alone() -> None:
    """ACS's inverted names before the title: "Sri Lanka J." after the title is the journal, not a name;
    nor are GB/T 7714's role words ("著", "点校") names after a title."""
    paper = pubkit.parse_reference(
        "Herath, H. M. S. K.; Dissanayake, R. B. Tea Smallholdings and Land Fragmentation in the Kandy "
        "District. Sri Lanka J. Agrarian Stud. 2009, 13 (1), 19–40."
    )
    assert [a.name for a in paper.authors] == ["H. M. S. K. Herath", "R. B. Dissanayake"]
    assert paper.title == "Tea Smallholdings and Land Fragmentation in the Kandy District"
    book = pubkit.parse_reference("吴敬梓, 著. 陆文渊, 点校. 儒林外史[M]. 南京: 凤凰出版社, 2012.")
    assert book.title == "儒林外史"


def test_a_korean_title_first_cv_in_plain_text(tmp_path: Path) -> None:
    """A CV copied from a PDF: "■" section marks, a lettered corresponding mark its legend explains, a
    thesis's university and degree, a section of talks "without papers" that is no publication list."""
    bib = read_file(
        tmp_path,
        "cv.txt",
        "김민준 (Min-Jun Kim)\n\n■ 연구 실적\n※ 제목 – 저자 – 학술지 순. (c): 교신저자.\n\n1. Genetic "
        "characterization of African swine fever virus isolated from wild\nboars in Gangwon Province, "
        "Korea, 2020–2022. Kim MJ(c), Lee SH, Park JY,\net al. Transbound Emerg Dis. "
        "2023;2023:6615219.\n2. Efficacy of a recombinant hemagglutinin vaccine in ducks. Park JY, Kim "
        "MJ,\nChoi YK, Song DS(c). Vaccine. 2023;41(33):4821-9.\n3. 돼지유행성설사 바이러스 신규 변이주의 "
        "분자역학 및 병원성 연구. 김민준.\n서울대학교 대학원 수의학과 박사학위논문. 2018.\n\n■ 학술대회 "
        "발표 (최근 3년, 논문 미포함)\n- Kim MJ. ASF in wild boars in Korea: lessons from 3 years of "
        "surveillance.\nInternational Symposium on Emerging Infectious Diseases of Animals, Seoul, 2023.\n",
    )
    assert [p.source.line for p in bib.papers if p.source] == [6, 9, 11]
    first, second, thesis = bib.papers
    assert [a.name for a in first.authors] == ["Kim MJ", "Lee SH", "Park JY"]
    assert first.authors[0].corresponding
    assert [a.name for a in second.authors][-1] == "Song DS" and second.authors[-1].corresponding
    assert thesis.venue is not None and thesis.venue.publisher == "서울대학교"
    assert not any("role marker" in p.message for p in bib.problems)


def test_a_vietnamese_cv_with_numbered_sections(tmp_path: Path) -> None:
    """Sections numbered "3.3." whose Vietnamese words are syllables, a note under a section's heading,
    a wrapped line that opens with a page number or a dash, a thesis after one whole name."""
    bib = read_file(
        tmp_path,
        "cv.txt",
        "NGUYỄN THỊ THU HÀ\n\n3. CÁC CÔNG TRÌNH KHOA HỌC ĐÃ CÔNG BỐ\nGhi chú: ✉ tác giả liên hệ.\n\n3.3. "
        "Báo cáo toàn văn tại hội nghị khoa học\n\n20. Pharmacist interventions in antimicrobial "
        "prescribing at a Vietnamese\ntertiary hospital. Nguyen Thi Thu Ha, Tran Thi Mai, Le Hoang Nam. "
        "Proceedings\nof the 19th Asian Conference on Clinical Pharmacy (ACCP 2019), 2019, pp. 305–\n310. "
        "Oral presentation.\n21. AUC-guided vancomycin dosing in intensive care: a two-year experience "
        "at\nBach Mai Hospital. Nguyễn Thị Thu Hà, Vũ Quốc Bảo, Trần Thị Mai. Kỷ yếu Hội\nnghị Khoa học "
        "Dược bệnh viện toàn quốc 2022, tr. 112–119. Báo cáo miệng (Oral)\n– Giải Nhất báo cáo xuất sắc "
        "(Best Paper Award).\n\n3.4. Luận án, luận văn\n\n22. Khảo sát tình hình sử dụng kháng sinh tại "
        "Khoa Hồi sức tích cực, Bệnh\nviện Bạch Mai. Nguyễn Thị Thu Hà. Luận văn Thạc sĩ Dược học, Trường "
        "Đại học\nDược Hà Nội, 2012.\n\n4. BÁO CÁO KHOA HỌC KHÁC (không có bài toàn văn)\n- Vancomycin "
        "AUC monitoring in Vietnam. Poster Spotlight, FIP World Congress\nof Pharmacy and Pharmaceutical "
        "Sciences, Brisbane, 9/2023.\n",
    )
    assert [p.source.line for p in bib.papers if p.source] == [8, 12, 19]
    talk, oral, thesis = bib.papers
    assert talk.title.startswith("Pharmacist interventions") and talk.year == 2019
    assert [a.name for a in oral.authors] == ["Nguyễn Thị Thu Hà", "Vũ Quốc Bảo", "Trần Thị Mai"]
    assert oral.year == 2022
    assert thesis.title == (
        "Khảo sát tình hình sử dụng kháng sinh tại Khoa Hồi sức tích cực, Bệnh viện Bạch Mai"
    )
    assert [a.name for a in thesis.authors] == ["Nguyễn Thị Thu Hà"]


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        (  # a case's name in roman closes the italic title
            "*V. Ríos Echeverría* & Matías Oyarzún, *Tabaco, arbitraje de inversiones y espacio "
            "regulatorio: a propósito de* Philip Morris v. Uruguay, 34 Gac. Sanit. 401 (2020).",
            "Tabaco, arbitraje de inversiones y espacio regulatorio: a propósito de Philip Morris v. Uruguay",
            "Gac. Sanit.",
        ),
        (  # "&" inside an abbreviated journal's name
            "Valentina Ríos Echeverría, The Right to Health Before the Inter-American Court After Poblete "
            "Vilches v. Chile, 19 Yale J. Health Pol'y L. & Ethics 212 (2020).",
            "The Right to Health Before the Inter-American Court After Poblete Vilches v. Chile",
            "Yale J. Health Pol'y L. & Ethics",
        ),
        (  # the italic signal in Spanish
            "*Valentina Ríos Echeverría* & Lucía Paredes, *El derecho a la alimentación adecuada en el "
            "debate constitucional*, *en* Derechos sociales y nueva Constitución 145 (Pablo Contreras & "
            "Javiera Lagos eds., 2021).",
            "El derecho a la alimentación adecuada en el debate constitucional",
            "Derechos sociales y nueva Constitución",
        ),
        (  # a journal in Japanese, an article number for the first page
            "Hanako Sato, *慢性心不全患者のセルフケア行動尺度日本語版の開発と信頼性・妥当性の検討*, 40 "
            "日本看護研究学会雑誌 15 (2017).",
            "慢性心不全患者のセルフケア行動尺度日本語版の開発と信頼性・妥当性の検討",
            "日本看護研究学会雑誌",
        ),
        (  # Czech Chicago's "V" before the italic book
            "Holeček, Jakub. 2021. „Visual Place Recognition.“ V *Computer Vision: A Reference Guide*, 2. "
            "vyd., editoval Katsushi Ikeuchi, 1–9. Cham: Springer.",
            "Visual Place Recognition",
            "Computer Vision: A Reference Guide",
        ),
        (  # Swedish Harvard's ", i" after the quoted title
            "Ahlqvist, I. (2021) 'Hushållets papper: bouppteckningar som källa', i Hallberg, E. och "
            "Sjöberg, M. (red.) *Genus och ekonomi i det förmoderna Sverige*. Göteborg: Makadam, s. "
            "87–112.",
            "Hushållets papper: bouppteckningar som källa",
            "Genus och ekonomi i det förmoderna Sverige",
        ),
    ],
)
def test_titles_and_books_in_other_languages(text: str, title: str, venue: str) -> None:
    """Bluebook beyond English, and the word for "in" before a chapter's book."""
    paper = pubkit.parse_reference(text)
    assert paper.title == title
    assert paper.venue is not None and paper.venue.name == venue


def test_an_italic_owner_before_an_italic_title(tmp_path: Path) -> None:
    """A page that sets both its owner and the titles in italics: two italic runs, names then title."""
    bib = read_file(
        tmp_path,
        "list.md",
        "# Valentina Ríos Echeverría\n\n## Artículos\n\n"
        '- *Valentina Ríos*, *Emergency Powers and Public Health Law During COVID-19: The Chilean "Estado '
        "de "
        'Catástrofe"*, 111 Am. J. Pub. Health 1420 (2021)\n'
        "- *Valentina Ríos Echeverría* & Daniel Castillo, *Front-of-Package Warning Labels in Latin "
        "America*, 50 J.L. Med. & Ethics 118 (2022).\n",
    )
    first = bib.papers[0]
    assert [a.name for a in first.authors] == ["Valentina Ríos"]
    assert first.title.startswith("Emergency Powers")


def test_gost_statement_of_responsibility_names_every_author() -> None:
    """GOST prints the first author before the title and all of them after " / ": those are the authors;
    with no name before the title, the part before " / " is the title."""
    paper = pubkit.parse_reference(
        "Volkova, A. S. Weyl-type bounds for Steklov eigenvalues of metric graphs / A. S. Volkova, L. "
        "Brenner // Israel Journal of Mathematics. – 2021. – Vol. 22, no. 11. – P. 3625–3660."
    )
    assert [a.name for a in paper.authors] == ["A. S. Volkova", "L. Brenner"]
    assert paper.title == "Weyl-type bounds for Steklov eigenvalues of metric graphs"
    alone = pubkit.parse_reference(
        "Об асимптотике собственных значений / А. В. Кузнецов // Функциональный анализ. – 2019. – Т. 53."
    )
    assert [a.name for a in alone.authors] == ["А. В. Кузнецов"]


def test_dblp_names_with_middle_initials_end_at_the_colon() -> None:
    paper = pubkit.parse_reference(
        "Rebecca J. Amundsen, Wei Zhang, Sara Lindholm: Helium escape from young mini-Neptunes in the "
        "Hyades and Praesepe. ApJ 962(1): 27 (2024)"
    )
    assert [a.name for a in paper.authors] == ["Rebecca J. Amundsen", "Wei Zhang", "Sara Lindholm"]
    assert paper.title == "Helium escape from young mini-Neptunes in the Hyades and Praesepe"
    other = pubkit.parse_reference(
        "Wei Zhang, Rebecca J. Amundsen: A transmission spectrum. AJ 168(4): 152 (2024)"
    )
    assert [a.name for a in other.authors] == ["Wei Zhang", "Rebecca J. Amundsen"]
    two = pubkit.parse_reference(  # one name before, but a given name only ever a name after it
        "Sarah J. Whitcombe, Duncan McAllister: Out-of-plane instability of thin ductile walls under "
        "bidirectional loading. Earthq. Eng. Struct. Dyn. 50(6): 1660-1681 (2021)"
    )
    assert [a.name for a in two.authors] == ["Sarah J. Whitcombe", "Duncan McAllister"]
    letter = pubkit.parse_reference(  # Vancouver's single initial before a reply's "Re:" stays as it was
        "Bjørnstad M. Re: “Stillbirth after 41 weeks: time to induce?” [letter]. Acta Obstet Gynecol "
        "Scand. 2019;98(2):262."
    )
    assert [a.name for a in letter.authors] == ["Bjørnstad M"]


def test_aps_comma_parts_with_a_bold_volume_and_a_closing_status(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "list.md",
        "# Misaki Tanaka\n\n## 論文\n\n1. K. Sato, M. Tanaka, and H. Watanabe, Pupil dilation tracks the "
        "precision of visual working memory, i-Perception **13**, 20416695221089012 (2022).\n2. M. "
        "Tanaka, K. Sato, 視覚探索における作業記憶負荷の効果：眼球運動による検討, 心理学研究 **90**, 255 "
        "(2019).\n3. M. Tanaka, 注意の時間窓と作業記憶：展望, 認知科学 (印刷中).\n4. M. Tanaka, R. "
        "Ishikawa, and K. Sato, Replicating the attentional blink online: a registered report, Cognition "
        "に投稿中.\n5. M. Tanaka, 視覚的注意と作業記憶の相互作用に関する実験心理学的研究, 博士論文, "
        "東北大学 (2019).\n",
    )
    venues = [p.venue.name if p.venue else None for p in bib.papers]
    assert venues[:4] == ["i-Perception", "心理学研究", "認知科学", "Cognition"]
    assert bib.papers[2].status is Status.ACCEPTED and bib.papers[3].status is Status.SUBMITTED
    assert bib.papers[4].title == "視覚的注意と作業記憶の相互作用に関する実験心理学的研究"
    assert bib.papers[4].venue is not None and bib.papers[4].venue.publisher == "東北大学"


def test_a_venue_line_an_italic_title_line_and_a_names_line(tmp_path: Path) -> None:
    """A WordPress list "**Journal (ACR)**, 2023 / *Title* / Names": the venue and its year (or status) on
    the first line, the italic title over one line or more, the names on the last, a "· [DOI]" after them."""
    bib = read_file(
        tmp_path,
        "list.html",
        "<h1>Dr Aisha Okonjo-Bell – Publications</h1>\n<h2>Research papers</h2>\n<ul>\n"
        "<li><strong>British Journal of Pharmacology (BJP)</strong>, in press<br>\n"
        "<em>Biased agonism at the κ-opioid receptor:<br>separating analgesia from dysphoria in vivo</em>"
        "<br>\n"
        "A. Okonjo-Bell, S. Farrukh, P. Lindgren, R. Davies-Moore</li>\n"
        "<li><strong>Molecular Pharmacology (Mol Pharmacol)</strong>, 2023<br>\n"
        "<em>Allosteric modulation of GPR35 by kynurenic acid analogues</em><br>\n"
        "S. Farrukh, A. Okonjo-Bell · <a href='https://doi.org/10.1124/molpharm.123.000001'>DOI</a></li>\n"
        "</ul>\n",
    )
    first, second = bib.papers
    assert first.venue is not None and first.venue.name == "British Journal of Pharmacology"
    assert first.status is Status.ACCEPTED
    assert (
        first.title == "Biased agonism at the κ-opioid receptor: separating analgesia from dysphoria in vivo"
    )
    assert [a.name for a in second.authors] == ["S. Farrukh", "A. Okonjo-Bell"]
    assert (
        second.year == 2023 and second.title == "Allosteric modulation of GPR35 by kynurenic acid analogues"
    )


def test_turkish_volume_issue_and_editor_words() -> None:
    paper = pubkit.parse_reference(
        'Akbulut Ertürk, Selin, ve Mert Yıldırım. "Deprem Sonrası Geçici Barınma Alanlarında Mekânsal '
        'Uyarlanabilirlik: Hatay Örneği." *Megaron*, cilt 19, sayı 1, 2024, ss. 1–17.'
    )
    assert paper.venue is not None and paper.venue.name == "Megaron"
    chapter = pubkit.parse_reference(
        'Akbulut Ertürk, Selin. "Rethinking the Courtyard: Climate, Culture and Form in Anatolian Vernacular '
        'Housing." *Vernacular Architecture in the Eastern Mediterranean*, editörler Leyla Sarıoğlu ve '
        "Andreas Michaelides, Routledge, 2022, ss. 87–106."
    )
    assert (
        chapter.venue is not None
        and chapter.venue.name == "Vernacular Architecture in the Eastern Mediterranean"
    )


def test_a_czech_ieee_page_with_its_legend_in_a_sentence(tmp_path: Path) -> None:
    """ "hvězdička (*) označuje autory, kteří se na práci podíleli rovným dílem" explains the star; IEEE's
    Czech "v *Proc. …*" opens the proceedings."""
    bib = read_file(
        tmp_path,
        "list.html",
        "<h1>Publikace</h1>\n"
        "<p><em>Poznámka: hvězdička (*) označuje autory, kteří se na práci podíleli rovným dílem.</em></p>\n"
        "<h2>Příspěvky ve sbornících konferencí</h2>\n"
        "<p>[11] L. Vávrová*, T. Kočárková* a P. Beneš, „Retrofit scenarios for prefabricated housing,“ v "
        "<em>Proc. 36th Int. Conf. on Passive and Low Energy Architecture (PLEA 2022)</em>, Santiago, 2022, "
        "s. 611–620.</p>\n",
    )
    (paper,) = bib.papers
    assert [a.equal_contribution for a in paper.authors] == [True, True, False]
    assert paper.venue is not None and paper.venue.name.startswith("Proc. 36th Int. Conf.")
    assert not any("role marker" in p.message for p in bib.problems)


def test_framed_and_status_headings_in_plain_text(tmp_path: Path) -> None:
    """ "-- En evaluación --" names a section by a status; "-- Libros --" by a kind of work."""
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Valentina Ocampo Ruiz\n\n-- En evaluación --\n\n"
        "[23] Valentina Ocampo Ruiz y Martín Lescano. Gobernadores, intendentes y la nacionalización\n"
        "de las coaliciones electorales en Argentina, 1995-2023. En evaluación en Journal of Politics in\n"
        "Latin America.\n\n-- Libros --\n\n"
        "[4] Valentina Ocampo Ruiz. 2021. Los dueños del territorio: gobernadores y coaliciones en la\n"
        "Argentina democrática. Siglo XXI Editores, Buenos Aires.\n\n-- Docencia --\n\n"
        "Ciencia Política I (grado), 2019-2024.\n",
    )
    assert [p.source.line for p in bib.papers if p.source] == [5, 11]
    assert bib.papers[0].status is Status.UNDER_REVIEW
    assert [p.source.section for p in bib.papers if p.source] == ["En evaluación", "Libros"]


def test_dblp_initials_first_and_patronymic_names_end_at_the_colon() -> None:
    paper = pubkit.parse_reference(
        "Д. А. Козлова, А. С. Белоусова, И. В. Мартыненко: Запасы углерода в почвах ерниковых тундр. "
        "Почвоведение 5: 612–625 (2023)"
    )
    assert [a.name for a in paper.authors] == ["Д. А. Козлова", "А. С. Белоусова", "И. В. Мартыненко"]
    other = pubkit.parse_reference(
        "Anna S. Belousova, Daria A. Kozlova, Pavel Yu. Sidorov: Shrub expansion alters soil microclimate. "
        "Global Change Biology 29(4): 1021–1035 (2023)"
    )
    assert [a.name for a in other.authors][-1] == "Pavel Yu. Sidorov"
    assert other.title == "Shrub expansion alters soil microclimate"


def test_a_venue_first_entry_dashed_before_its_names() -> None:
    paper = pubkit.parse_reference(
        '*Computer Law & Security Review (CLSR)*, 2022 --- "Regulatory Sandboxes for AI under the AI Act: A '
        'Critical Appraisal" --- T. Okafor, N. Castellanos and P. Virtanen. Vol. 46, 105712.'
    )
    assert paper.title == "Regulatory Sandboxes for AI under the AI Act: A Critical Appraisal"
    assert [a.name for a in paper.authors] == ["T. Okafor", "N. Castellanos", "P. Virtanen"]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (  # a colon inside an abbreviated proceedings' name is no "Place: Publisher"
            'K. Nakamura and D. Ferreira, "Calibrated abstention," in Findings Assoc. Comput. Linguistics: '
            "EMNLP 2023, Singapore, Dec. 2023, pp. 9120-9134.",
            "Findings Assoc. Comput. Linguistics: EMNLP",
            None,
        ),
        (
            'S. Iyer and A. Bhattacharya, "Code-mixed sentiment analysis," in Proc. 2022 Conf. North '
            "American Chapter Assoc. Comput. Linguistics: Human Lang. Technol. (NAACL-HLT), Seattle, WA, "
            "USA, Jul. 2022, pp. 3011-3024.",
            "Proc. Conf. North American Chapter Assoc. Comput. Linguistics: Human Lang. Technol",
            "NAACL-HLT",
        ),
        (  # the acronym in brackets right after the name is the venue's
            'A. Bhattacharya, M. Raghunathan, "Hinglish-NLI: A code-mixed inference corpus," in Proc. '
            "12th Lang. Resour. Eval. Conf. (LREC), Marseille, France, May 2020, pp. 4155-4162.",
            "Proc. 12th Lang. Resour. Eval. Conf.",
            "LREC",
        ),
    ],
)
def test_ieee_proceedings_keep_their_whole_name(text: str, name: str, acronym: str | None) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.venue is not None
    assert (paper.venue.name, paper.venue.acronym) == (name, acronym)


def test_org_subtrees_that_are_not_exported_are_not_read(tmp_path: Path) -> None:
    """An org heading tagged `:noexport:` (or opening with COMMENT) hides its whole subtree, as org's
    export does: a list of works in preparation under it is no part of the page."""
    bib = read_file(
        tmp_path,
        "cv.org",
        "* Publications\n"
        "- Lin, Y.-C. (2023). Linked data for temple inscriptions. /Journal of Documentation/, 79(2), 1–20.\n"
        "* In preparation                                                   :noexport:\n"
        '- Lin & Hsu, "Wikibase for small archives" — draft, aim: /Code4Lib Journal/\n'
        "** Ideas\n- Lin, Y.-C. (2025). Another draft title. /Some Journal/.\n"
        "* COMMENT Old list\n- Lin, Y.-C. (2010). An old paper. /Old Journal/, 1, 1–2.\n"
        "* Talks\n- Lin, Y.-C. (2024). A talk. Taipei.\n",
    )
    assert [p.title for p in bib.papers] == ["Linked data for temple inscriptions"]


def test_google_scholar_three_lines_in_plain_text(tmp_path: Path) -> None:
    """A Scholar profile copied as text: the title's line, the names' line, the venue's line, whatever
    the script, and a line of buttons under them."""
    bib = read_file(
        tmp_path,
        "scholar.txt",
        "刘子航 (Zihang Liu)\n\n==== 2025 ====\n\n"
        "基于无人机视觉的大跨桥梁动挠度非接触测量方法\n刘子航, 赵浩然, 陈晓东, 王建国\n"
        "土木工程学报 58 (1), 78-89, 2025\n[PDF]\n\n"
        "Crack segmentation on concrete bridge decks with limited labels: a semi-supervised approach\n"
        "S Li*, M Zhou*, Z Liu\nAutomation in Construction 160, 105321, 2024\n[PDF] [Code]\n",
    )
    chinese, english = bib.papers
    assert chinese.title == "基于无人机视觉的大跨桥梁动挠度非接触测量方法"
    assert [a.name for a in chinese.authors] == ["刘子航", "赵浩然", "陈晓东", "王建国"]
    assert chinese.venue is not None and chinese.venue.name == "土木工程学报"
    assert [a.name for a in english.authors] == ["S Li", "M Zhou", "Z Liu"]
    assert english.venue is not None and english.venue.name == "Automation in Construction"


def test_korean_vancouver_names_first_and_published_abstracts(tmp_path: Path) -> None:
    """Korean names first, read by the labeller as names to the entry's end: the title's sentence and the
    journal's after them; a section of talks whose abstracts were published ("초록 게재") holds papers."""
    bib = read_file(
        tmp_path,
        "cv.org",
        "* 국내 학술지\n"
        "1. 이현우, 정수빈, 박정민. 국내 생물학적동등성시험 자료를 이용한 졸피뎀 약동학의 성차 분석. "
        "/약학회지/. 2021;65(2):112-120.\n"
        "* 학술대회 발표 (초록 게재)\n"
        "1. Lee HW, Choi YJ, Park JM. Exposure-response analysis of KX-0721 on intragastric pH. "
        "/Clin Pharmacol Ther/. 2023;113(S1):S45.\n",
    )
    korean, abstract = bib.papers
    assert [a.name for a in korean.authors] == ["이현우", "정수빈", "박정민"]
    assert korean.title == "국내 생물학적동등성시험 자료를 이용한 졸피뎀 약동학의 성차 분석"
    assert korean.venue is not None and korean.venue.name == "약학회지"
    assert abstract.title == "Exposure-response analysis of KX-0721 on intragastric pH"


def test_a_field_a_line_with_the_title_wrapped_and_names_in_semicolons(tmp_path: Path) -> None:
    """A Brazilian CV as text: the title over two lines, "Family, I. I.;" names on the next, then ABNT's
    "Journal, Town, v. 24, …, 2024." (the town is no part of the journal)."""
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Marina Alves Tavares\n\n=== 2024 ===\n\n"
        "Ventilação natural e desempenho térmico de escolas públicas no Recife:\n"
        "simulações paramétricas com EnergyPlus\n"
        "Tavares, M. A. ✉; Lins, F. R.; Moura, J. C.\n"
        "Ambiente Construído, Porto Alegre, v. 24, e131208, 2024. DOI: 10.1590/s1678-86212024000100708\n\n"
        "Urbanização de encostas e risco climático no Recife\n"
        "Tavares, M. A.; Albuquerque, R. G.; Silva, T. M.\n"
        "Urbe. Revista Brasileira de Gestão Urbana, v. 14, e20210187, 2022.\n",
    )
    first, second = bib.papers
    assert first.title.startswith("Ventilação natural e desempenho térmico de escolas públicas no Recife: ")
    assert first.title.endswith(": simulações paramétricas com EnergyPlus")
    assert [a.name for a in first.authors] == ["M. A. Tavares", "F. R. Lins", "J. C. Moura"]
    assert first.venue is not None and first.venue.name == "Ambiente Construído"
    assert [a.name for a in second.authors] == ["M. A. Tavares", "R. G. Albuquerque", "T. M. Silva"]
    assert second.venue is not None and second.venue.name == "Urbe. Revista Brasileira de Gestão Urbana"


def test_chicago_year_on_the_line_after_the_names(tmp_path: Path) -> None:
    """Hard-wrapped Chicago author-date: the year that opens the line after the names' full stop is the
    entry's date, no new item numbered 2023."""
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Lucía Fernández Ortega\n\nPublicaciones\n\n"
        "Villalba Ruiz, Jorge, Lucía Fernández Ortega, Iker Goikoetxea y Nerea Urkiola.\n"
        "2023. «Evaluación de grandes modelos de lenguaje en euskera con preguntas de\n"
        "exámenes oficiales». Linguamática 15 (1): 21–39.\n",
    )
    (paper,) = bib.papers
    assert (
        paper.title
        == "Evaluación de grandes modelos de lenguaje en euskera con preguntas de exámenes oficiales"
    )
    assert [a.name for a in paper.authors][-1] == "Nerea Urkiola" and paper.year == 2023


def test_lattes_venue_first_with_the_year_after_a_comma() -> None:
    """ "Journal, 2023 – “Title”. Names.": the dash after the journal's year ends the venue, even when the
    journal's name has a dash of its own ("Dados – Revista de Ciências Sociais")."""
    paper = pubkit.parse_reference(
        "Dados – Revista de Ciências Sociais, 2020 – “Coalizões multipartidárias e sobrevivência de "
        "prefeitos nos municípios brasileiros”. Campos, A. L.; Ribeiro, M. S. v. 63, n. 4, e20190212."
    )
    assert paper.title == "Coalizões multipartidárias e sobrevivência de prefeitos nos municípios brasileiros"
    assert paper.venue is not None and paper.venue.name == "Dados – Revista de Ciências Sociais"
    assert paper.year == 2020


def test_a_section_heading_is_no_owner_and_japanese_conference_papers_are_papers(tmp_path: Path) -> None:
    """A LaTeX CV whose first section ("Bidang Minat") comes after the owner's name in bold; a Japanese
    section of conference papers ("学会発表論文") holds papers, as talks ("学会発表") do not."""
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\documentclass{article}\n\\begin{document}\n\\begin{center}\n"
        "{\\Large\\textbf{Dewi Anggraini Siregar, Ph.D.}}\\\\\nUniversitas Gadjah Mada\n\\end{center}\n"
        "\\section*{Bidang Minat}\nEkonomi pembangunan, ekonomi tenaga kerja.\n"
        "\\section*{Publikasi}\n\\begin{itemize}\n"
        "\\item \\textbf{Siregar DA}, Halim F. Minimum wages and informal employment. J Dev Econ. "
        "2023;162:103056.\n"
        "\\item Nugroho B, \\textbf{Siregar DA}. The local labour market effects of the Village Fund. Bull "
        "Indones Econ Stud. 2022;58(3):331-60.\n\\end{itemize}\n"
        "\\section*{国際会議・学会発表論文}\n\\begin{itemize}\n"
        "\\item \\textbf{Siregar DA}. Regional wages in Indonesia. In: Proceedings of the Asian Conference. "
        "2021. p. 1-9.\n\\end{itemize}\n\\end{document}\n",
    )
    assert bib.owner == "Dewi Anggraini Siregar"
    assert [p.authors[[a.is_owner for a in p.authors].index(True)].name for p in bib.papers] == [
        "Siregar DA"
    ] * 3


def test_a_french_section_with_a_reading_committee_holds_papers(tmp_path: Path) -> None:
    """ "Conférences internationales avec comité de lecture": peer-reviewed papers, not lectures."""
    bib = read_file(
        tmp_path,
        "cv.jemdoc",
        "= Clément Fournier\n\n== Publications\n\n=== Conférences internationales avec comité de lecture\n\n"
        "- Haddad, Yasmine et _Clément Fournier_. « NeRF in the Fog: Robust Radiance Fields for Degraded "
        "Images. » Dans /Proceedings of the IEEE\\/CVF Conference on Computer Vision and Pattern Recognition "
        "(CVPR)/, 2024.\n",
    )
    assert [p.title for p in bib.papers] == ["NeRF in the Fog: Robust Radiance Fields for Degraded Images"]


def test_a_long_section_heading_named_by_its_third_word(tmp_path: Path) -> None:
    """ "Contributi in atti di convegni internazionali e nazionali": a long heading whose third word names
    publications is a section, not a paper's title; its entries are read."""
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Marco Giordanelli\n\nB. Contributi in atti di convegni internazionali e nazionali\n\n"
        "8. Giordanelli M., Bonetto L. High-entropy alloys by laser powder bed fusion: where do\n"
        "we stand? // Proceedings of the European Congress and Exhibition on Advanced\n"
        "Materials and Processes (EUROMAT 2023), Frankfurt am Main, 3–7 settembre 2023. –\n"
        "Frankfurt : DGM, 2023. – P. 112–113.\n",
    )
    assert [p.title for p in bib.papers] == [
        "High-entropy alloys by laser powder bed fusion: where do we stand?"
    ]
