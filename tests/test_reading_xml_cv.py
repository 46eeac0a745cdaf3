"""XML documents no bibliographic reader claims are read as records (a Lattes CV, a generic export)."""

from __future__ import annotations

from pathlib import Path

import pubkit
from pubkit.reading.markup import parse

GENERIC = """<?xml version="1.0" encoding="UTF-8"?>
<cv>
  <person><name>Ada Byron</name></person>
  <publications>
    <publication>
      <title>Notes on the analytical engine</title>
      <authors>
        <author>Ada Byron</author>
        <author>Charles Babbage</author>
      </authors>
      <journal>Scientific Memoirs</journal>
      <year>1843</year>
      <volume>3</volume>
    </publication>
    <publication>
      <title>A second note</title>
      <authors><author>Ada Byron</author></authors>
      <journal>Taylor's Memoirs</journal>
      <year>1844</year>
    </publication>
  </publications>
  <talks>
    <talk><title>On engines</title><authors><author>Ada Byron</author></authors><year>1845</year></talk>
  </talks>
</cv>
"""

ATTRIBUTES = """<?xml version="1.0"?>
<CURRICULO-VITAE>
  <DADOS-GERAIS NOME-COMPLETO="Renata Lima Costa"/>
  <PRODUCAO-BIBLIOGRAFICA>
    <ARTIGOS-PUBLICADOS>
      <ARTIGO-PUBLICADO>
        <DADOS-BASICOS-DO-ARTIGO TITULO-DO-ARTIGO="Bees and coffee yield" ANO-DO-ARTIGO="2024"
          TITULO-DO-ARTIGO-INGLES="" DOI="10.1007/s13592-020-00784-w"/>
        <DETALHAMENTO-DO-ARTIGO TITULO-DO-PERIODICO-OU-REVISTA="Apidologie" VOLUME="51"
          PAGINA-INICIAL="10" PAGINA-FINAL="20"/>
        <AUTORES NOME-COMPLETO-DO-AUTOR="Paulo Souza" ORDEM-DE-AUTORIA="2"/>
        <AUTORES NOME-COMPLETO-DO-AUTOR="Renata Lima Costa" ORDEM-DE-AUTORIA="1"/>
      </ARTIGO-PUBLICADO>
    </ARTIGOS-PUBLICADOS>
  </PRODUCAO-BIBLIOGRAFICA>
  <OUTRA-PRODUCAO>
    <ORIENTACOES-CONCLUIDAS>
      <ORIENTACAO TITULO="A thesis supervised" ANO="2023">
        <AUTORES NOME-COMPLETO-DO-AUTOR="Paulo Souza" ORDEM-DE-AUTORIA="1"/>
      </ORIENTACAO>
    </ORIENTACOES-CONCLUIDAS>
  </OUTRA-PRODUCAO>
</CURRICULO-VITAE>
"""


def test_a_generic_publications_export_is_read_as_records() -> None:
    bib = pubkit.loads(GENERIC, "cv", path="cv.xml")
    assert [(p.source.line if p.source else None, p.title) for p in bib] == [
        (5, "Notes on the analytical engine"),
        (15, "A second note"),
    ]
    first = bib[0]
    assert [a.name for a in first.authors] == ["Ada Byron", "Charles Babbage"]
    assert first.venue is not None and first.venue.name == "Scientific Memoirs"
    assert first.year == 1843


def test_attributes_only_records_with_an_order_and_an_owner() -> None:
    document = parse(ATTRIBUTES, path="cv.xml")
    assert document.markup == "xmlrecords" and document.title == "Renata Lima Costa"
    bib = pubkit.loads(ATTRIBUTES, "cv", path="lattes.xml")
    assert [p.title for p in bib] == ["Bees and coffee yield"]
    paper = bib[0]
    assert paper.source is not None and paper.source.line == 6
    assert [a.name for a in paper.authors] == ["Renata Lima Costa", "Paulo Souza"]
    assert paper.authors[0].is_owner
    assert paper.venue is not None and paper.venue.name == "Apidologie"
    assert (paper.year, paper.volume, paper.identifiers.doi) == (2024, "51", "10.1007/s13592-020-00784-w")


def test_an_unclaimed_xml_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "cv.xml"
    path.write_text(GENERIC, encoding="utf-8")
    assert len(pubkit.load(path)) == 2
    broken = tmp_path / "broken.xml"
    broken.write_text(GENERIC.replace("</journal>", "", 1), encoding="utf-8")
    bib = pubkit.load(broken)
    assert len(bib) == 0 and bib.problems and bib.problems[0].line is not None


def test_deep_nesting_and_entities_finish() -> None:
    deep = '<?xml version="1.0"?>' + "<a>" * 100_000 + "</a>" * 100_000
    assert len(pubkit.loads(deep, "cv", path="deep.xml")) == 0
    laughs = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x><title>&a;</title></x>'
    bib = pubkit.loads(laughs, "cv", path="x.xml")
    assert len(bib) == 0 and bib.problems
