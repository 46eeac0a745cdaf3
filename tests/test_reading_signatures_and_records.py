"""Kinds the twenty-ninth session's rounds found read wrong: owners named in a signature or a CV's
subtitle, GOST records in Portuguese, CJK theses, venue-first lines with their names a line below,
typed emphasis opening a line, headings in lenticular brackets, DIN's "et al.:", an undated year."""

from __future__ import annotations

from pathlib import Path

from conftest import author_names, read_file

from pubkit import VenueKind


def _owners(paper: object) -> list[int]:
    return [k for k, a in enumerate(paper.authors) if a.is_owner]  # type: ignore[attr-defined]


def test_moderncv_name_in_chinese_with_its_latin_form_under_it(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\documentclass{moderncv}\n\\name{王思远}{}\n\\title{Siyuan Wang \\quad 教育技术学 · 学习分析}\n"
        "\\begin{document}\n\\section{论文发表}\n"
        "\\cvitem{[3]}{Siyuan Wang, Hui Zhao, and Ming Xu. 2024. Predicting MOOC dropout with knowledge "
        "tracing. \\textit{Computers \\& Education} 210 (2024), 104957.}\n"
        "\\cvitem{[2]}{李晓明 和 王思远. 2021. 智能导学系统中的学习者画像构建. "
        "\\textit{中国电化教育} 3 (2021), 88--95.}\n"
        "\\cvitem{[1]}{王思远. 2021. 在线学习环境中学习投入的多模态测量与干预研究. 博士学位论文. "
        "北京师范大学, 北京.}\n"
        "\\end{document}\n",
    )
    latin, chinese, thesis = bib.papers
    assert _owners(latin) == [0]
    assert author_names(chinese) == ["李晓明", "王思远"] and _owners(chinese) == [1]
    assert author_names(thesis) == ["王思远"] and _owners(thesis) == [0]
    assert thesis.venue is not None and thesis.venue.kind is VenueKind.THESIS
    assert thesis.venue.publisher == "北京师范大学"


def test_gost_records_in_portuguese(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Mariana Coutinho Falcão\n\n=== ARTIGOS ===\n\n"
        "Falcão, M. Pork, Portfolios, and Presidential Support: Evidence from Roll-Call Votes in Brazil / "
        "M. Falcão, J. Whitcombe // Legislative Studies Quarterly. – 2024. – Vol. 49, no. 1. – P. 87–118.\n\n"
        "Voto estratégico e migração partidária na Câmara dos Deputados / T. Lins, M. C. Falcão, G. Rabelo, "
        "C. Sena // Brazilian Political Science Review. – 2021. – Vol. 15, n. 2. – P. e0004.\n\n"
        "Falcão, M. C. Emendas parlamentares e sobrevivência de coalizões / M. C. Falcão, R. Duarte // "
        "Dados – Revista de Ciências Sociais. – 2024. – Vol. 67, n. 3. – P. e20220187.\n"
        "[PDF] https://example.org/pdf/dados2024.pdf  [Code] https://github.com/example/emendas\n\n"
        "Falcão, M. C. O Executivo no Congresso: trinta anos de agenda presidencial / M. C. Falcão // "
        "O Congresso Nacional depois de 1988 / org. H. Vasconcellos, P. Amaral. – Rio de Janeiro : FGV "
        "Editora, 2020. – P. 113–140.\n\n=== TESE ===\n\n"
        "Falcão, M. C. Governar com o Congresso : tese de doutorado em Ciência Política / M. C. Falcão ; "
        "Universidade de São Paulo. – São Paulo, 2016. – 231 f.\n",
    )
    assert not bib.problems  # (the line of links under a record is no citation)
    pork, voto, dados, chapter, thesis = bib.papers
    assert pork.title.startswith("Pork, Portfolios") and author_names(pork) == ["M. Falcão", "J. Whitcombe"]
    assert voto.title == "Voto estratégico e migração partidária na Câmara dos Deputados"
    assert author_names(voto) == ["T. Lins", "M. C. Falcão", "G. Rabelo", "C. Sena"]
    assert dados.venue is not None and dados.venue.name == "Dados – Revista de Ciências Sociais"
    assert chapter.title.startswith("O Executivo") and author_names(chapter) == ["M. C. Falcão"]
    assert chapter.year == 2020 and dict(chapter.extra)["editor"] == "H. Vasconcellos, P. Amaral"
    assert thesis.venue is not None and thesis.venue.publisher == "Universidade de São Paulo"


def test_japanese_theses_and_a_signature_naming_the_owner(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "list.txt",
        "各位\n\nお世話になっております。業績リストを以下にお送りします。\n\n"
        "--------------------------------------------------\n佐伯 健太郎 / Kentaro SAEKI, Ph.D.\n"
        "東京大学 大気海洋研究所 准教授\n--------------------------------------------------\n\n"
        "【査読付き論文】\n\n"
        "K. Saeki, T. Yamada, H. Ito, Kuroshio path variability south of Japan, J. Geophys. Res. Oceans "
        "129, e2023JC020145 (2024).\n\n"
        "R. Nakano, K. Saeki, Submesoscale fronts in the Kuroshio, J. Phys. Oceanogr. 53, 1-20 (2023).\n\n"
        "SAEKI, K. **室戸半島における四万十帯メランジュの変形構造**. 2013. 修士論文 – "
        "高知大学大学院総合人間自然科学研究科, 高知, 2013.\n\n"
        "【招待講演・口頭発表（論文なし）】\n\n"
        "K. Saeki, 「黒潮大蛇行はいつ終わるのか」, 日本海洋学会 2024年度秋季大会 シンポジウム招待講演, "
        "広島 (2024年9月).\n",
    )
    assert bib.owner == "Kentaro SAEKI"
    first, second, thesis = bib.papers  # (the talks under their bracketed heading are skipped)
    assert _owners(first) == [0] and _owners(second) == [1]
    assert thesis.title == "室戸半島における四万十帯メランジュの変形構造"
    assert author_names(thesis) == ["K. SAEKI"]
    assert thesis.venue is not None and thesis.venue.kind is VenueKind.THESIS
    assert thesis.venue.publisher == "高知大学大学院総合人間自然科学研究科"


def test_indonesian_cv_venue_first_lines_and_its_sections(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Dr. Rizky Aditya Pratama, S.Si., M.Si.\nProgram Studi Kimia\n\nDAFTAR PUBLIKASI\n"
        "(Format ABNT. Jumlah sitasi menurut Google Scholar, Januari 2025.)\n\nA. JURNAL\n\n"
        "ACS Omega, 2023 -- Green Synthesis of ZnO Nanoparticles Using Leaf Extract "
        "<https://doi.org/10.1021/acsomega.2c07714>\n"
        "Novia Rahayu, Ayu Lestari, **Rizky A. Pratama**. 8(12), 11245–11256. [Dikutip: 31]\n\n"
        "Fuel, 2019 -- Catalytic cracking of waste cooking oil over hierarchical Y zeolite "
        "<https://doi.org/10.1016/j.fuel.2019.115841>\n"
        "**R. A. Pratama**, K. Sugimoto, H. Ishikawa, T. Morimoto. 255, 115841. [Dikutip: 57]\n\n"
        "Prosiding Seminar Nasional Kimia XII, 2017 -- Pemanfaatan lempung alam Pacitan sebagai "
        "pengemban katalis nikel\n**Rizky A. Pratama**, Hendra Gunawan. hlm. 211–218.\n\n"
        "B. KARYA TULIS AKHIR\n\n"
        "Dewi Kartika Sari, Ni Made Ayu Lestari: Health literacy among patients undergoing haemodialysis "
        "in Surabaya. Nurse Media Journal of Nursing 12(3): 301-312 (2022)\n\n"
        "PENYAJIAN KARYA DAN CERAMAH (tanpa naskah publikasi)\n\n"
        "2024  Suara dari Pura ke Laptop, ceramah umum, Bentara Budaya Bali, Gianyar, 2024.\n",
    )
    assert bib.owner == "Rizky Aditya Pratama"
    omega, fuel, prosiding, health = bib.papers  # (the note on the format and the talk are no papers)
    assert author_names(omega) == ["Novia Rahayu", "Ayu Lestari", "Rizky A. Pratama"]
    assert _owners(omega) == [2]
    assert omega.venue is not None and omega.venue.name == "ACS Omega"
    assert omega.title == "Green Synthesis of ZnO Nanoparticles Using Leaf Extract"
    assert author_names(fuel)[0] == "R. A. Pratama" and fuel.venue is not None and fuel.venue.name == "Fuel"
    assert author_names(prosiding) == ["Rizky A. Pratama", "Hendra Gunawan"]
    assert prosiding.title == "Pemanfaatan lempung alam Pacitan sebagai pengemban katalis nikel"
    assert author_names(health) == ["Dewi Kartika Sari", "Ni Made Ayu Lestari"]
    assert health.title.startswith("Health literacy")


def test_din_et_al_before_the_colon_and_an_undated_year_first_entry(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\section{Publications}\n\\begin{itemize}\n"
        "\\item \\textsc{Lindholm}, Sara ; \\textsc{Behrendt}, Jonas ; \\textsc{Fabre}, Camille et al.: "
        "Active learning of reactive potentials on Cu/ZnO. In: \\textit{ACS Catal.} 14 (2024), "
        "pp.~7788--7801\n"
        "\\item (2024) T.~R.~Halvorsen and L.~Whitaker-Yu. Limit profiles for reversible Markov chains. "
        "arXiv:2406.08812. Submitted.\n"
        "\\item ( -- ) T.~R.~Halvorsen. The interchange process on high-dimensional tori. In preparation.\n"
        "\\end{itemize}\n\\section{Disertační práce}\n"
        "\\cvitem{2019}{\\textit{Horáková T}. Melodické očekávání v lidové písni [disertační práce]. Brno: "
        "Masarykova univerzita; 2019.}\n",
    )
    din, limit, undated, thesis = bib.papers
    assert author_names(din) == ["Sara Lindholm", "Jonas Behrendt", "Camille Fabre"]
    assert author_names(limit) == ["T. R. Halvorsen", "L. Whitaker-Yu"]
    assert author_names(undated) == ["T. R. Halvorsen"] and undated.year is None
    assert undated.title == "The interchange process on high-dimensional tori"
    assert thesis.title.startswith("Melodické očekávání")
