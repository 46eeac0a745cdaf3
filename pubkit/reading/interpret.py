"""Labelled tokens -> `Paper`: names and role markers, title, venues, year, numbers, status, awards, ids.

The labeller says which tokens are the authors, the title, the container and so on; this module
reads each field's text the way a person would: "Hill, Spencer A." is one author, "(CVPR 2021)"
names an acronym and a year, "Submitted to" is a status and never a venue, an arXiv id is an
identifier beside a printed venue, the printed year beats the year in an arXiv id.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from attrs import evolve, frozen

from pubkit.model import (
    ARXIV_PATTERN,
    DOI_PATTERN,
    Author,
    Award,
    Identifiers,
    Paper,
    Source,
    Status,
    Venue,
    VenueKind,
    arxiv_id,
    month_number,
)
from pubkit.names import (
    CJK_RANGES,
    HAN_HANGUL,
    PARTICLES,
    caseless,
    fold,
    is_capitalised_surname,
    is_initials,
    opens_capitalised,
    split_name,
    unspaced_script,
)
from pubkit.reading.labeller import Labelled
from pubkit.reading.markup.base import Span
from pubkit.reading.tokens import Token, is_publisher_word, lexicon, status_spans
from pubkit.venues import THESIS_NAMES, THESIS_WORDS, guess_kind, venue_identity
from pubkit.wording import (
    ABBREVIATED_VENUE_WORDS,
    AUTHORS_KEYS,
    AWARD,
    AWARD_MARKS,
    CAPITAL,
    COAUTHOR_NOTE,
    COAUTHOR_WORDS,
    DITTO,
    EDITED_BY,
    EDITOR_MARKS,
    EDITOR_ROLE,
    ELIDED_AUTHORS,
    LINK_WORDS,
    MARKER_CHARS,
    NOMINATED,
    QUOTE_PAIRS,
    RANKING,
    RECORD_KEY_FIELDS,
    REVIEW_OPENS,
    ROLE_MARKS,
    SELF_WORDS,
    SOLE_AUTHOR,
    SUPERSCRIPTS,
    UNDATED_WORDS,
    WORK_KINDS,
    YEAR,
    is_kind_of_work,
    is_unprinted_key,
    legend_meaning,
    quote_closers,
    record_key_field,
    status_in,
)

__all__ = [
    "NAME_TOKEN",
    "EntryContext",
    "Fields",
    "Reading",
    "Unreadable",
    "ends_sentence",
    "fields_of",
    "read_authors",
    "settled_labels",
    "to_paper",
]


class Unreadable(Exception):
    """An entry whose title or authors cannot be told apart."""


class Segment(NamedTuple):
    """A run of consecutive tokens with one label (a tuple: made four times per entry)."""

    label: str
    indexes: tuple[int, ...]


@frozen
class Fields:
    """The text of each labelled field of one entry, in printed order, with markup facts kept."""

    segments: tuple[Segment, ...]

    def all(self, label: str) -> list[Segment]:
        return [s for s in self.segments if s.label == label]

    @property
    def order(self) -> tuple[str, ...]:
        """The entry's template: its main fields in printed order, repeats collapsed."""
        out: list[str] = []
        for s in self.segments:
            if s.label in _MAIN and (not out or out[-1] != s.label):
                out.append(s.label)
        return tuple(out)


_MAIN = ("author", "title", "container", "date")


def fields_of(labels: Sequence[str]) -> Fields:
    """Group labels into segments of equal neighbours."""
    return _fields_of(tuple(labels))


@lru_cache(maxsize=1 << 12)
def _fields_of(labels: tuple[str, ...]) -> Fields:
    # entries of a list are labelled alike, and one entry's labels are grouped at several stages
    segments: list[Segment] = []
    start = 0
    current = labels[0] if labels else ""
    for i, name in enumerate(labels):
        if name != current:
            segments.append(Segment(current, tuple(range(start, i))))
            start, current = i, name
    if labels:
        segments.append(Segment(current, tuple(range(start, len(labels)))))
    return Fields(tuple(segments))


# --- text helpers -------------------------------------------------------------------------------

_QUOTE_CHARS = "\"'`" + "".join(mark for pair in QUOTE_PAIRS.items() for mark in pair if len(mark) == 1)
_YEAR = re.compile(rf"(?<![\d.])(?<!\d/)({YEAR})(?![\d])")  # "(1444هـ/2022م)": a Hijri year before
_URL = re.compile(r"https?://[^\s\])>,]+|www\.[^\s\])>,]+")
# model.py holds what a DOI and an arXiv id look like; here, how a list prints them in running text
_DOI_IN_TEXT = DOI_PATTERN.removesuffix(r"\S+") + r"[^\s\]>,;\"]+"  # a DOI ends at a bracket or a comma
_DOI = re.compile(rf"(?i)(?:doi\.org/|doi:?\s{{0,3}})?({_DOI_IN_TEXT})")
#: An arXiv id before 2007 printed bare, as physicists printed them ("cond-mat/0702118", "hep-th/9901001"):
#: only arXiv's own archive names, so no other "word/1234567" is one.
_OLD_ARXIV = (
    r"(?:astro-ph|cond-mat|gr-qc|hep-(?:ex|lat|ph|th)|math-ph|nlin|nucl-(?:ex|th)|physics|quant-ph|math|cs"
    r"|q-bio|chao-dyn|solv-int|patt-sol|adap-org|cmp-lg|comp-gas|alg-geom|dg-ga|funct-an|q-alg|mtrl-th"
    r"|supr-con|chem-ph|atom-ph|acc-phys|ao-sci|bayes-an|plasm-ph)(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?"
)
_ARXIV_TEXT = re.compile(
    rf"(?i)(?:arxiv|e-print)(?:\s{{1,3}}preprint)?(?:\s{{1,3}}arxiv)?\s{{0,3}}[:/]?\s{{0,3}}(?:abs/)?({ARXIV_PATTERN})"
    rf"|(?<![\w/.-])({_OLD_ARXIV})(?![\w/])"
)
_BRACKETED_LINK = re.compile(r"\[[^\[\]]{0,30}\]")
_PAREN = re.compile(r"\(([^()]{0,80})\)")


def _clean(text: str) -> str:
    return " ".join(text.split())


def clean_title(text: str) -> str:
    """A title without the quotes, brackets and trailing punctuation around it."""
    title = _TYPE_CODE.sub("", _clean(text.replace("\n", " ")))
    title = _APA_DESCRIPTOR.sub("", title)  # "Title [Poster presentation]."
    title = title.removesuffix("//").strip(" ,;:")  # GOST's "Title // Journal"
    title = _LEADING_DASH.sub("", title)  # "2016 – “Title”": the dash between the year and the title
    title = _HEADWORD_MARK.sub("", title)  # "Art. „Policey“": an encyclopedia entry's headword
    closers = quote_closers(title[:1])
    if len(title) > 3 and any(closer in title[1:-2].rstrip(".,") for closer in closers):
        if not _wrapped_in_quotes(title, closers):
            return _clean_title_end(title)  # "“Big Data” and the law": a quoted phrase opens the title
        return _clean_title_end(title.rstrip(".,")[1:-1].rstrip(" .,"))  # (the inner quotes kept)
    for _ in range(2):
        title = title.strip(" ,;:")
        if len(title) >= 2 and title[0] in _QUOTE_CHARS and title[-1] in _QUOTE_CHARS + ".,。":
            title = title[1:].rstrip(".,。").rstrip()
            title = title[:-1] if title and title[-1] in _QUOTE_CHARS else title
        title = title.lstrip(_QUOTE_CHARS + "*_").rstrip(_QUOTE_CHARS + "*_")
    return _clean_title_end(title)


_LEADING_DASH = re.compile(r"^[–—-]\s+(?=\S)")


def _wrapped_in_quotes(title: str, closers: tuple[str, ...]) -> bool:
    """ "““Grabcut”: Interactive cuts,”": the quote opened first closes last, the inner ones nested in it
    (not "“Big Data” and the “law”"); only for quote marks that open and close differently."""
    opener = title[0]
    if opener in closers:
        return False
    depth = 0
    for i, char in enumerate(title.rstrip(".,")):
        if char == opener:
            depth += 1
        elif char in closers:
            depth -= 1
            if depth == 0:
                return i == len(title.rstrip(".,")) - 1
    return False


def _clean_title_end(title: str) -> str:
    """A title's end without its stops and a MEDLINE translation's brackets."""
    title = title.rstrip(" ,;:。，；：।።፣")  # the full-width stops of CJK, the Indic danda, Ethiopic stops
    if title[:1] == "[" and title.rstrip(".")[-1:] == "]" and title.count("[") == 1 == title.count("]"):
        title = title.rstrip(".")[1:-1]  # MEDLINE: "[Title in English]."
    if title.endswith(".") and not re.search(r"(?:\b[A-Z]|\.\.|\betc|\bal)\.$", title):  # "U.S.", "et al."
        title = title[:-1]
    return title.strip()


#: German "Art." (Artikel) before an encyclopedia entry's quoted headword: "Art. „Policey“, in: HRG²".
_HEADWORD_MARK = re.compile(r"^(?:Art\.|Artikel|Stichwort)\s?(?=[„“\"«»])")

#: A bracketed description of a work after its title (APA 7's "[Poster presentation]", a journal's
#: "[Letter]", NLM's "[Internet]"), which is no part of the title.
_APA_DESCRIPTOR = re.compile(
    r"\s?\[(?:(?:poster|paper|oral|conference|symposium|keynote)\s(?:presentation|session|address)"
    r"|letter|correspondence|editorial|comment(?:ary)?|erratum|research letter"
    r"|(?:extended |short |poster |meeting )?abstract(?: [\w-]{2,20})?|short paper|full paper|poster"
    r"|demo(?: paper)?|internet|online|electronic resource|(?:monograph|database|homepage) on the internet"
    r"|preprint|reseña|recensão|rezension|book review"
    r")\][.,]?$"  # ("[abstract ESPID22-0712]"; NLM's medium, "[Internet]")
    r"|\s?\((?:review|editorial|letter|commentary|case report|erratum)\)[.,]?$"  # "Title (Review)."
    r"|\s?\[in [A-Z][a-z]{3,15}(?: with [A-Z][a-z]{3,15} abstract)?\][.,]?$",  # "[in Japanese]"
    re.I,
)


# --- authors ------------------------------------------------------------------------------------

#: "and" between two names in the languages lists are written in (Spanish / Portuguese "y", "e", "i"
#: only after a comma or an initial: "de la Cruz y Pérez" is one surname).
_AND_WORDS = (
    "und|og|和|与|och|oraz|en|ve|és|및|と|и|та|και|și|ja|dan|và|na|ir|un|agus|และ|और|एवं|तथा|ও|এবং|და|மற்றும்"
)
#: DIN's "TAVAKOLI-ZANJANI, Kourosh u. a.", Dutch "M. Ruelens e.a.", Swedish "m.fl.", Czech "a kol.",
#: Indonesian "dkk.": an et al.
_ABBREVIATED_ET_AL = r",?\s{1,3}(?-i:[ue]\.\s?a\.|m\.\s?fl\.|a\s{1,3}kol\.|dkk\.?)(?!\w)"
_SPLIT = re.compile(
    # APA 6's ". . ." before the last of many authors; "K. Abe, ..., K. Lee, ..., M. Yokoyama"
    r",?\s{0,3}(?:\.\s){2}\.\s{1,3}|,?\s{0,3}(?:…|\.\.\.),?\s{1,3}|"
    r"\s{0,3}[;؛]\s{0,3}(?:(?:and|&)\s{1,3})?|"  # "Last, F.; Last, F.; and Last, F." (BibBase, CSL), "؛"
    rf"{ELIDED_AUTHORS}|"  # "M. Castells, +3 authors J. Ribas"
    rf"\s{{0,3}},\s{{0,3}}(?:(?:and|AND|y|e|i|{_AND_WORDS})\s{{1,3}}|a\s{{1,3}}(?=[{CAPITAL}])|&\s{{0,3}})?|"
    r"\s{1,3}(?:and|AND)\s{1,3}|"
    r"\s{1,3}&\s{1,3}|"
    rf"\s{{1,3}}(?:{_AND_WORDS})\s{{1,3}}(?!(?:ін|др|ark|cs)\.|cộng sự)|"  # (not "и др.", "ve ark.": et al.)
    rf"\s{{1,3}}[iye]\s{{1,3}}(?=[{CAPITAL}]{{2}}[{CAPITAL}'’-]*,)|"  # Polish "Piotr i DĄBROWSKA, Ewa" (caps)
    r"\s{1,3}et\s{1,3}(?!al\b)|"
    r",?\s{1,3}et\.?\s{0,3}al\.?|,?\s{1,3}(?:та|і|и)\s(?:ін|др)\.|"  # (uk, ru)
    r",?\s{1,3}(?:vd|ve\sark)\.(?=[\s.]|$)|,?\s{1,3}và\s(?:cộng\ssự|cs\.)|"  # (tr, vi)
    r",?\s{1,3}외\.?$|"  # Korean "오영일 외"
    rf"{_ABBREVIATED_ET_AL}|"
    rf"\s{{1,3}}a\s{{1,3}}(?=[{CAPITAL}])|"  # Czech "a"
    r"\s{0,3}[、，；]\s{0,3}|"  # CJK "陳怡君、黃雅婷"
    r"(?<=[\u4e00-\u9fff])[和与](?=[\u4e00-\u9fff]{2,3}(?:[,，.。;；]|$))|"  # Chinese "陈思远和刘浩"
    rf"(?<=[{HAN_HANGUL}])[·・](?=[{HAN_HANGUL}])|"  # Korean "강민재·최서연"
    r"\s{0,3}،\s{0,3}(?:و\s{1,3}|و(?=ال))?|"  # Arabic "،", Persian "، و" and Arabic "، والـ" (", and")
    r"\s{1,3}[|·•]\s{1,3}|"  # "Ingrid Solberg | Mateo Ruiz", "Oliver Hartmann · Sara Lindgren"
    rf"\s{{1,3}}[-–]\s{{1,3}}(?=[{CAPITAL}]\.|[{CAPITAL}][\w'’-]+,)|"  # "M. Lutzu - G. Bernardi", Finnish
    # law's "Sipilä, Laura – Rautio, Hanna-Maria"
    # Spanish / Portuguese / Catalan "y", "e", "i" — but "de la Cruz y Pérez" is one surname
    r"(?<=[.*†‡§#])\s{1,3}[yei]\s{1,3}|\s{1,3}[yei]\s{1,3}(?!\S+\s{0,3}(?:[,;]|$))|"  # ("P.‡ y …")
    rf"(?<=[a-z\u00df-\u024f]{{2}})\.\s{{1,3}}(?=[{CAPITAL}]\.)"
)
_ET_AL = re.compile(
    r"^(?:et\.?\s*al\.?|etc\.?|\.\.\.|…|\[(?:\.\.\.|…)\]|and others|others|"
    r"等|ほか|외|dkk\.?|"  # (Chinese, Japanese, Korean, Indonesian)
    r"u\.\s?a\.?|(?-i:e\.\s?a\.)|m\.\s?fl\.?|i\sin\.?|и\sдр\.?|a\skol\.?|"  # (German, Dutch ("E. A." is
    # initials), Scandinavian, Polish, Russian, Czech)
    r"vd\.?|ve\sdiğ(?:\.|erleri)|ve\sark\.?|và\s(?:cộng\ssự|cs\.?)|"  # (Turkish, Vietnamese)
    r"\(?\d+ (?:others|(?:other |more )?(?:co-?)?authors|"
    r"muuta|andra|andre|anderen|weitere|autres|altri|otros|outros|innych|inni|dalších|további)\)?)$",
    re.I,
)
#: The last words of a group author's name ("GRAM Collaborators", "NAPHOS Investigators").
_GROUP_WORDS = (
    r"collaborators|collaborations?|consortium|consortia|investigators|study group|working group|network"
)
#: "Euclid Collaboration:" before the people who wrote for it.
_GROUP_COLON = re.compile(rf"^([^:,;]{{2,60}}\b(?:{_GROUP_WORDS})):", re.I)
#: "Okonkwo AN, Balogun TO; NAPHOS Investigators.": a study group after the names (PubMed, NLM style).
_GROUP_AFTER_NAMES = re.compile(
    rf"(;\s?(?:for |on behalf of )?(?:the )?[^;,\n]{{1,80}}\b(?:{_GROUP_WORDS})\.?)$", re.I
)
_GROUP_AFTER_ET_AL = re.compile(r"\bet\.?\s?al\b\.?(\s?[;:].*)$", re.I | re.S)
_GROUP_PERSON = re.compile(
    r"(?i)\b(collaborations?|consortium|group|team|investigators|network) \(([^()]{1,80})\)"
)
#: An affiliation in brackets after a name (INSPIRE, conference pages): a place after a comma, or a
#: university's or laboratory's short name; never an editor's or a role's mark.
_AFFILIATION = re.compile(
    r"(?<=[^\W\d_])\s?\((?!\s?(?:eds?\b|ed\.|hrsg|hg\b|with\b|equal|corresp|student))"
    r"[^()\d]{0,60}?(?:,\s?[^()\d\s][^()\d]{0,40}|\bU\.|\bUniv\w*|\bInst\w*|\bINFN\b|\bCERN\b|\bLab\w*|"
    r"\bPhys\.)\.?\)"  # INSPIRE's "(Helsinki Inst. of Phys.)", "(Yerevan Phys. Inst.)"
    r"|(?<=[^\W\d_])\([A-Z]{4,10}\)"  # and its lab glued to the name: "Lena Hartmann(DESY)" (not "… (ICLR)")
)
_GROUP_NAME = re.compile(rf"(?i)\b(?:{_GROUP_WORDS})$")
#: A piece between semicolons with two commas or more and no suffix: a list of names of its own.
_COMMA_LIST_AFTER_SEMICOLON = re.compile(
    r"(?:^|;)[^;,]{1,80},[^;,]{1,80},(?![^;]{0,8}\b(?:Jr|Sr|I{2,3}|IV)\b)"
)
#: A name named after "et al.": "(incl. S. Lykke)", "(including S. Lykke)".
_INCLUDING = re.compile(r"\((?:incl\.|including)\s{1,3}([^()]{1,80})\)")
#: A role's code after a name: "(E)", "(EC)", a student's "(s)" (the page's legend says which role).
_ROLE_CODE = re.compile(r"(?<=[\w.])\s?\((?:[A-Z]{1,3}|[a-z])\)(?=\s?[,;&]|\s?$|\s(?:and|y|e|et|und|na)\s)")
_SEMICOLONS = re.compile(
    rf"\s{{0,3}};\s{{0,3}}(?:(?:and|AND)\s{{1,3}}|&\s{{0,3}})?|\s{{1,3}}(?:and|AND|&|et|{_AND_WORDS})\s{{1,3}}(?!al\b)|"
    rf",?\s{{1,3}}et\.?\s{{0,3}}al\.?|{_ABBREVIATED_ET_AL}|"  # (DIN's "Fabre, Camille et al.:")
    rf"\s{{1,3}}a\s{{1,3}}(?=[{CAPITAL}])|"
    r"(?<=\.)\s{1,3}[ye]\s{1,3}"
)
#: "[4]", "12.", "A1.", "[J3]", "[T]": a printed number or label before the first name.
_CITATION_NUMBER = re.compile(
    r"^(?:\[?[A-Z]{0,2}\d{1,4}\s?[-.)\]]|\[?[A-Z]{1,3}\]|\[?[A-Z]{2,5}\d{1,4}\]?\s|\d{1,3}\s+(?=[^\W\d_]))\s?(?=\w)"
)  # "[4] S.W. Suh", "34-Sharples PM", HCERES's "[ACL7] C. Lefèvre", a CV's "1    Thomas Weber"
#: A venue's badge as an entry's label before the first name: "[ICML'24]", "[Math. Prog.'22]".
#: A venue badge before the first name ("[ICML'24]", "OSDI'24", "VLDB 2024", "[ICSE '22 Poster]",
#: "USENIX Security '22"): an acronym with its year (and a track word), in brackets or not.
_BADGE_LABEL = re.compile(
    r"\s*(\[)?(?P<acronym>[A-Za-z][A-Za-z&.-]{1,15}(?:\s[A-Z][A-Za-z.]{1,12})?)"
    r"(?P<year>\s?['’]\d{2}|\s(?:19|20)\d{2})"
    r"(?:\s(?i:poster|demo|workshop|findings|short|oral|spotlight|industry)\w*)?(?(1)\])[\s:·—–-]+(?=\S)"
)


def _without_badge(text: str) -> str:
    """The first name's piece without a venue badge before it; a name and a year ("McDonald 2020") are
    no badge: the acronym has two capitals or more and is in capitals, in brackets, with an
    abbreviated year, or a venue the table knows ("NeurIPS 2023")."""
    found = _BADGE_LABEL.match(text)
    if found is None or _GROUP_NAME.search(text.rstrip(". ")):
        return text  # (a group's name may hold a year: "GBD 2021 Maternal Mortality Collaborators")
    acronym = found["acronym"]
    if sum(c.isupper() for c in acronym) < 2:
        return text
    if (
        acronym.replace(" ", "").isupper()
        or found.group(1)
        or found["year"].strip()[:1] in "'’"
        or venue_identity(acronym).known
    ):
        return text[found.end() :]
    return text


_EDITORS = re.compile(rf"(?i)^\(?(?:guest\s)?(?:{EDITOR_MARKS})\.?\)?$")  # ("guest ed.": a special issue's)
#: Italian's "a cura di" after a book's editors ("Ferraresi, G., e D. Lanza, a cura di. 2023.").
_EDITED_BY_AFTER = re.compile(r"(?i),?\s?a cura di")
_EDITOR_MARK_AFTER = re.compile(rf"(?i)[\s,]*\(?(?:{EDITOR_MARKS})\.?\)?[\s,.:]*$")
_EDITED = re.compile(
    r"(?i)\((?:a cura di|sous la dir(?:ection)?\.?(?: de)?|coords?\.|comps?\.|orgs?\.)\)[,:.]?$"
)
#: Not part of a name: what is neither a word character, a space, a name's punctuation nor a vowel sign
#: or accent of a script that writes them as combining marks (Hebrew, Arabic, Indic, Thai, Lao).
_NAME_HYPHENS = str.maketrans({"–": "-", "\u2010": "-", "\u2011": "-"})
#: What a name does not print (a slash inside a group's name stays: "CHIME/FRB Collaboration").
_NAME_CHARS = re.compile(
    r"(?!(?<=\w)/(?=\w))[^\w\s.,'’\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0eff-]"
)
_DATE_IN_NAME = re.compile(rf"\(?\[?{YEAR}[a-z]?(?:\s{{0,3}}[-/–]\s{{0,3}}\d{{2,4}})?\]?\)?[.:,]?\s{{0,3}}$")


def _is_initials_word(word: str) -> bool:
    """Vancouver's run-together initials: "AB", "J", "ŁK" (one to three capitals, no periods)."""
    return 1 <= len(word) <= 3 and word.isalpha() and word.isupper()


_HYPHENATED_INITIALS = re.compile(r"[A-Z]-[A-Z]{1,2}")


@lru_cache(maxsize=1 << 16)
def _vancouver(name: str) -> tuple[str, str] | None:
    """ "Smith AB" as (family, initials), or None for any other form."""
    words = name.rstrip(".").split()
    last = words[-1] if words else ""
    if len(words) < 2 or is_initials(words[0]):
        return None
    if not _is_initials_word(last) and not _HYPHENATED_INITIALS.fullmatch(last):  # ("Rochat J-M")
        return None
    if any(w.endswith(".") for w in words[1:-1]):
        return None  # "ŞAHİN M. A.": dotted initials, not Vancouver's run of capitals
    return " ".join(words[:-1]), words[-1]


@lru_cache(maxsize=1 << 16)
def _vancouver_run(text: str) -> list[tuple[str, str]]:
    """ "Ju XF Li JN Lv P" (names without commas) as (family, initials) pairs; [] for any other text."""
    pairs: list[tuple[str, str]] = []
    family: list[str] = []
    for word in text.split():
        if family and _is_initials_word(word):
            pairs.append((" ".join(family), word))
            family = []
        elif word[:1].isupper() and not _is_initials_word(word) and len(family) < 3:
            family.append(word)
        else:
            return []
    return pairs if len(pairs) >= 2 and not family else []


class _Name(NamedTuple):
    text: str
    marks: frozenset[str]  # marker characters, and role notes written out ("[equal]", "(co-first)")
    styled: bool


#: A role written out after a name: "Nakagawa, Kenji [equal]", "Lee A (co-first)", "Roe B [corresponding]".
_ROLE_NOTE = re.compile(
    r"\s?[\[(](?:equal(?:ly)?(?: contribution| contributing)?|co-?first(?: author)?|joint first(?: author)?"
    r"|co-?senior(?: author)?|corresponding(?: author)?)[\])]",
    re.IGNORECASE,
)


_MARKER_SET = frozenset(ROLE_MARKS)


_HIGHLIGHTS = frozenset({"bold", "underline", "italic"})


_MARK_AFTER_COMMA = re.compile(rf",(\s?)([{re.escape(ROLE_MARKS)}]{{1,3}})(?=\s)")


def _name_pieces(
    labelled: Labelled, indexes: Sequence[int], highlights: frozenset[str] = _HIGHLIGHTS
) -> list[_Name]:
    """Split the author tokens into names, keeping each name's markers and highlight (a span of one
    of the `highlights` kinds)."""
    block = labelled.block
    start = labelled.tokens[indexes[0]].start
    end = labelled.tokens[indexes[-1]].end
    text = block.text[start:end]
    date = _DATE_IN_NAME.search(text)
    if date and date.start() > 0:  # "Titmuss, R.M. (1971/1987)."
        text = text[: date.start()]
        end = start + len(text)
    group = _GROUP_AFTER_ET_AL.search(text) or _GROUP_AFTER_NAMES.search(text)
    if group:  # "Osei-Bonsu A, et al; for the GWTG-HF Investigators": the list ends at "et al"
        text = text[: group.start(1)]
        end = start + len(text)
    keys = [
        s
        for s in block.spans
        if s.kind == "field" and s.target == "other" and start < s.end and s.start < end
    ]
    if keys:  # a key the page marks between the names ("Author" cells of a report's rows) parts them
        chars = list(text)
        for span in keys:
            first = max(span.start, start)
            for k in range(first, min(span.end, end)):
                chars[k - start] = ";" if k == first else " "
        text = "".join(chars)
    if ":" in text:  # "Euclid Collaboration: Ilbert, O., …": the group, then its people (same length)
        text = _GROUP_COLON.sub(lambda m: f"{m.group(1)},", text)
    if "(" in text:  # "ATLAS Collaboration (G. Aad et al.)": the group, then the person (same length)
        text = _GROUP_PERSON.sub(lambda m: f"{m.group(1)}, {m.group(2)} ", text)
        # "Chiara Bellandi (INFN, Pisa), Marco Rinaldi (Oxford U.)": an affiliation, blanked (same length)
        text = _AFFILIATION.sub(lambda m: " " * len(m.group(0)), text)
        # "Ramírez Soto, P. (E), …": a code in capitals after a name is a role mark (a student), no name
        text = _ROLE_CODE.sub(lambda m: " " * len(m.group(0)), text)
    if "incl" in text:  # "R. Ó Súilleabháin et al. (incl. S. Lykke)": one more name (same length)
        text = _INCLUDING.sub(lambda m: "," + " " * (m.start(1) - m.start() - 1) + m.group(1) + " ", text)
    if "/" in text:  # German style: "Huber, Katharina/Leitner, Florian" (same length)
        text = _NAME_SLASH.sub(";", text)
    if "," in text:  # Chicago's "Delgado, Sofia,† Aaron T. Whitfield,†": the mark after the comma is the
        text = _MARK_AFTER_COMMA.sub(r"\2,\1", text)  # name's before it (same length)
    if "uthor" in text or "others" in text:
        text = _NAME_COUNT.sub(lambda m: " " * len(m.group()), text)  # "(2,316 authors)" (same length)
    notes: dict[int, str] = {}  # where a role note was, and its words (blanked: same length)
    if "[" in text or "(" in text:
        for note in _ROLE_NOTE.finditer(text):
            notes[note.start()] = note.group().strip()
        text = _ROLE_NOTE.sub(lambda m: " " * len(m.group()), text)
    superscript = {k for s in block.spans if s.kind == "sup" for k in range(s.start, s.end)}
    if superscript.intersection(range(start, end)) and ("," in text or ";" in text):
        # "Nowicka<sup>s,†</sup>": the marks' own comma parts no names (same length)
        text = "".join(" " if ch in ",;" and k in superscript else ch for k, ch in enumerate(text, start))
    highlight = bytearray(len(text))  # 1 where the author text is bold, italic or underlined
    for span in block.spans:
        if span.kind in highlights and span.start < end and span.end > start:
            lo, hi = max(span.start, start) - start, min(span.end, end) - start
            highlight[lo:hi] = b"\x01" * (hi - lo)
    pieces: list[_Name] = []
    pos = 0
    # "DOE, J.; ROE, B.": names between semicolons; not "Study Group; Lavoie J, Benali FZ, Mwangi P."
    splitter = (
        _SEMICOLONS
        if ";" in text and "," in text and not _COMMA_LIST_AFTER_SEMICOLON.search(text)
        else _SPLIT
    )
    for m in [*splitter.finditer(text), None]:
        stop = m.start() if m else len(text)
        raw = text[pos:stop]
        if raw.strip(" :;,."):  # (not the colon left after "u. a.:")
            a, b = start + pos, start + stop
            if superscript.intersection(
                range(a, b)
            ):  # "Ivanova<sup>s</sup>": a mark, not a letter of the name
                raw = "".join(ch for k, ch in enumerate(raw, a) if k not in superscript or ch in MARKER_CHARS)
            if highlight.find(1, pos, stop) < 0:
                styled = False  # nothing highlighted: the common case
            else:
                letters = [k for k in range(pos, stop) if text[k].isalpha()]
                styled = bool(letters) and 2 * sum(highlight[k] for k in letters) >= len(letters)
            marks = _MARKER_SET.intersection(raw)
            if notes:
                marks |= {note for at, note in notes.items() if pos <= at < stop}
            run = _vancouver_run(raw.strip(" ."))
            if run:
                pieces.extend(_Name(f"{f} {i}", marks, styled) for f, i in run)
            else:
                pieces.append(_Name(raw, marks, styled))
        pos = m.end() if m else len(text)
    return pieces


_RAISED = frozenset(SUPERSCRIPTS.values())
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
#: A slash between two names (after a name's letter, initial, marker or bracket, before a letter); not
#: one inside a run of capitals ("CHIME/FRB Collaboration", "LIGO/Virgo").
_NAME_SLASH = re.compile(r"(?<![A-Z][A-Z])(?:(?<=[^\W\d_])|(?<=[.*†‡)\s]))/(?=\s?[^\W\d_])")
_LEADING_AND = re.compile(r"^\s*(?:and|&)\s+")
_INITIAL_END = re.compile(rf"(?:^|[\s.-])[{CAPITAL}]\.$")
_CJK = re.compile(f"[{CJK_RANGES}]")


@lru_cache(maxsize=1 << 16)
def _bare(text: str) -> str:
    """A printed name without markers, brackets, a leading "and" or a sentence's final period."""
    text = "".join(c for c in text if c not in ROLE_MARKS)
    text = _EMPTY_BRACKETS.sub(" ", text)
    text = _LEADING_AND.sub("", text)
    text = _clean(text).strip(" ,;:()[]")
    if text.endswith(".") and not _is_initial_end(text):
        text = text[:-1].rstrip()
    return text


@lru_cache(maxsize=1 << 16)
def _is_initial_end(text: str) -> bool:
    bare = text.strip(" ,;:" + ROLE_MARKS)
    return bool(_INITIAL_END.search(bare))


@lru_cache(maxsize=1 << 16)
def _looks_like_person(text: str) -> bool:
    words = text.replace(",", " ").split()
    capitalised = [w for w in words if not w.islower() or caseless(w[:1])]
    if not 1 <= len(capitalised) <= 6 or len(words) > 9 or any(ch.isdigit() for ch in text) or len(text) > 70:
        return False
    if _CJK.search(text) or caseless(words[0][:1]):  # 山田 太郎, לוי, الحسيني: scripts without capitals
        return True
    return words[0][:1].isupper() or words[0][:1] in "'’" or (text[:1].islower() and len(words) > 1)


# (the initials, then a name's: "S. A. J. Smith"; not three initials of one name, "M. C. D.")
_LEADING_INITIALS = re.compile(
    rf"^((?:[{CAPITAL}]\.-?){{1,3}})\s+(?=(?:[{CAPITAL}]\.-?){{1,3}}\s*[A-Z][a-z])"
)


_FAMILY_PREFIXES = PARTICLES | {
    "ó",
    "ní",
    "ua",
    "uí",
    "nic",
    "mhic",
    "mac",
    "giolla",
    "st.",
    "saint",
    "عبد",  # Arabic: "عبد العزيز", "أبو زيد", "بن علي"
    "أبو",
    "ابو",
    "ابن",
    "بن",
    "آل",
    "dela",  # Filipino: "Dela Cruz", "Delos Santos"
    "delos",
}  # Irish: "Mac Giolla X"


@lru_cache(maxsize=1 << 16)
def _family_like(text: str) -> bool:
    """One family name: a single word, particles before one ("de la Fuente", "van der Linde"), or two or
    three words in capitals, as Spanish and Portuguese lists print a family name ("MENDOZA ALVARADO")."""
    words = text.split()
    if not words or is_initials(text):
        return False
    if 2 <= len(words) <= 3 and all(map(is_capitalised_surname, words)):
        return True
    # (a capital A–Z alone is an initial, not a particle: Scholar's "Y Nugroho"; but "Ó Gráda")
    return all(w.lower() in _FAMILY_PREFIXES and not _INITIAL_LETTER.fullmatch(w) for w in words[:-1])


_INITIAL_LETTER = re.compile("[A-Z]")


@lru_cache(maxsize=1 << 16)
def _family_words(text: str) -> bool:
    """A family name of up to four words without initials ("Ferreira da Silva"), before "L." in "X, L."."""
    words = text.split()
    return (
        1 <= len(words) <= 4
        and not any(is_initials(w) for w in words)
        and all(w[:1].isupper() or w.lower() in _FAMILY_PREFIXES for w in words)
    )


@lru_cache(maxsize=1 << 16)
def _given_like(bare: str) -> bool:
    """Given names or initials ("Spencer A.", "J.-P."): every word capitalised (but a particle closing
    them: ABNT's "SANTOS, Luana Ferreira dos", "SILVA, A. G. da")."""
    words = bare.split()
    if len(words) > 1 and words[-1] in PARTICLES and "," not in bare:
        words = words[:-1]
    return bool(bare) and (is_initials(bare) or all(w[:1].isupper() or _uncased_name(w) for w in words))


def _uncased_name(word: str) -> bool:
    """A word of a script without capitals that writes given names apart (Arabic, Persian, Hebrew),
    not a CJK name, whose comma-separated pieces are whole names."""
    return caseless(word[:1]) and not _CJK.match(word)


def _pair_inverted(names: list[_Name]) -> list[_Name]:
    """Re-join "Family, Given" names that splitting on commas tore apart ("Hill", "Spencer A.")."""
    # "…, WULANDARI, A. K., dkk.": the names before an "et al." are paired without it
    if len(names) > 1 and _ET_AL.match(_bare(names[-1].text)):
        return [*_pair_inverted(names[:-1]), names[-1]]
    bares = [_bare(n.text) for n in names]
    if bares:  # ("A4. AYDOĞAN, Elif Nur, KAYA, Mehmet": the entry's label is none of the first name)
        bares[0] = _CITATION_NUMBER.sub("", bares[0])
    one_word = [_family_like(b) and b.lower() not in SELF_WORDS for b in bares]  # ("Me, Kjersti Sjøtun")
    given_like = [_given_like(b) for b in bares]
    n = len(names)

    def join(i: int) -> _Name:
        a, b = names[i], names[i + 1]
        return _Name(f"{_bare(a.text)}, {_bare(b.text)}", a.marks | b.marks, a.styled or b.styled)

    if _capitals_convention(bares, given_like):  # "WULANDARI, Ayu K., SUPRIYADI dan NURHADI, Andi"
        capitalised: list[_Name] = []
        i = 0
        while i < n:
            joined = _caps_word(bares[i]) and i + 1 < n and not _caps_word(bares[i + 1])
            capitalised.append(join(i) if joined else names[i])
            i += 2 if joined else 1
        return capitalised

    # APA / Chicago: every name inverted -> an even count alternating family, given.
    pairs = range(0, n, 2)
    if (
        n >= 2
        and n % 2 == 0
        and all(
            (one_word[i] or _short_capitals_family(bares[i], bares[i + 1])) and given_like[i + 1]
            for i in pairs
        )
        and any(is_initials(bares[i + 1]) or len(bares[i + 1].split()) <= 3 for i in pairs)
    ):
        return [join(i) for i in pairs]
    # "Nguyễn, Thị Lan, Phạm, Hồng Nhung & Sophie Whitaker": inverted names first, then natural ones
    paired = 0
    while paired + 1 < n and one_word[paired] and given_like[paired + 1]:
        paired += 2
    if paired >= 4 and all(len(b.split()) >= 2 for b in bares[paired:]):
        return [*(join(i) for i in range(0, paired, 2)), *names[paired:]]
    out: list[_Name] = []
    i = 0
    while i < n:
        lead = _LEADING_INITIALS.match(bares[i + 1]) if i + 1 < n and one_word[i] else None
        if lead and lead.end() < len(bares[i + 1]) and is_initials(lead.group(1)):
            a, b = names[i], names[i + 1]
            out.append(_Name(f"{bares[i]}, {lead.group(1)}", a.marks, a.styled))
            out.append(_Name(bares[i + 1][lead.end() :], b.marks, b.styled))
            i += 2
            continue
        if (
            i + 1 < n
            and _family_words(bares[i])
            and bares[i + 1]
            and is_initials(bares[i + 1].replace(" ", ""))
        ):
            out.append(join(i))  # "Anderson, S.C." / "Lee, A. B."
            i += 2
            continue
        # ("Quispe Mamani, Luis A., and Andrea Paredes": a given name alone, or with an initial after it)
        given_words = bares[1].split() if n >= 2 else []
        double = (
            i == 0
            and n >= 2
            and _double_family(bares[0])
            and (len(given_words) == 1 or (len(given_words) == 2 and is_initials(given_words[1])))
        )
        if (
            i == 0
            and n >= (2 if double else 3)
            and (one_word[0] or double)
            and given_like[1]
            and len(bares[1].split()) <= 3
            and all(len(b.split()) >= 2 for b in bares[2:] if not _ET_AL.match(b) and not _EDITORS.match(b))
        ):
            # MLA / Chicago: "Hill, Spencer A., John Smith, and Ann Lee", "Restrepo Villegas, Mariana"
            out.append(join(0))
            i = 2
            continue
        out.append(names[i])
        i += 1
    return out


def _short_capitals_family(word: str, after: str) -> bool:
    """ "LI, Xiaoyu", "KOH, E.": a short word of capitals before given names or dotted initials is a
    family name in capitals (alone, "LI" or "KOH" could be initials)."""
    return word.isalpha() and word.isupper() and ("." in after or not after.isupper())


def _caps_word(text: str) -> bool:
    """A name of capitals and more than three letters ("WULANDARI", "DE LA CRUZ"), no initials."""
    return len(text) > 3 and text.isupper() and not is_initials(text)


def _capitals_convention(bares: Sequence[str], given_like: Sequence[bool]) -> bool:
    """Whether a list prints every family name in capitals, its given names after it otherwise, and a
    single name of capitals alone (ISO 690 in Indonesia: "WULANDARI, Ayu K., SUPRIYADI dan NURHADI,
    Andi"): each piece is a name in capitals or the given names after one, and a name in capitals stands
    alone somewhere (followed by another or ending the list: else the usual pairing reads the list)."""
    return (
        len(bares) >= 3
        and all(
            _caps_word(b) or (k > 0 and _caps_word(bares[k - 1]) and given_like[k])
            for k, b in enumerate(bares)
        )
        and (_caps_word(bares[-1]) or any(_caps_word(a) and _caps_word(b) for a, b in pairwise(bares)))
    )


def _double_family(text: str) -> bool:
    """A two-word family name such as Spanish "Restrepo Villegas" (two capitalised words, no initial)."""
    words = text.split()
    return len(words) == 2 and all(
        w[:1].isupper()
        and len(w) > 2
        and w.replace("-", "").isalpha()
        and not _is_initials_word(w.replace("-", ""))
        for w in words
    )  # (not Vancouver's "Kwon J-W", "Begay RT^")


@lru_cache(maxsize=1 << 16)
def _author(name: str) -> Author:
    if "," in name:  # "Family, Given", with a suffix where names print it ("Mendoza Jr., A.R.")
        given, family, suffix = split_name(name)
        if suffix.lower() in ("jr", "sr"):  # (its full stop taken as the name's end)
            suffix += "."
        return Author.from_parts(given, family, suffix=suffix)
    vancouver = _vancouver(name)
    if vancouver:  # "Smith AB"
        family, initials = vancouver
        given = "-".join(" ".join(f"{c}." for c in part) for part in initials.split("-"))  # "J-M": "J.-M."
        return Author(name.rstrip("."), given, family)
    return Author(name)


@lru_cache(maxsize=1 << 16)
def _piece_name(text: str, *, first: bool) -> str | None:
    """A piece of an author list as the name it prints (markers, numbers, stray characters and a
    sentence's period taken off), or None for what is no name ("et al.", "and", "———", "(eds.)")."""
    if _ET_AL.match(text.strip(" ,;")):  # "[...]": names left out
        return None
    if first:
        text = _without_badge(text)
    bare = _bare(text).lstrip(".… ") if text.lstrip().startswith(("...", "…")) else _bare(text)
    if first:
        bare = _CITATION_NUMBER.sub("", bare)  # "34-Sharples PM", "[4] S.W. Suh"
    if bare.rstrip(".,") in SELF_WORDS:  # "L. Ferraro and —": the owner's dash (or "myself")
        return bare.rstrip(".,")
    if not is_initials(bare):  # an en dash, a Unicode hyphen or a non-breaking one: a name's hyphen
        bare = _NAME_CHARS.sub("", bare.translate(_NAME_HYPHENS)).strip(" -")
    bare = _HOMONYM_SUFFIX.sub("", bare)  # DBLP's "Jonas Weber 0003": a number that tells homonyms apart
    if DITTO.match(bare):  # "———." for the authors of the entry before: none of its own
        return None
    if bare.endswith(".") and not _is_initial_end(bare):
        bare = bare[:-1]
    if _edited(bare) and len(bare) > 2:
        bare = bare.removesuffix("著").rstrip("主編编")  # "山田健一編": the name, not its editor's mark
    if not bare or _ET_AL.match(bare) or bare.lower() in {"and", "others"} or _EDITORS.match(bare):
        return None
    return bare


def _without_arabic_and(name: str) -> str:
    """The last name of an Arabic list without the "و" ("and") glued to it ("وسامي حسن الشريف"), unless
    the word is a given name that begins with that letter ("وليد", "وائل")."""
    first = name.lstrip().split(" ", 1)[0]
    if len(first) > 3 and first[0] == "و" and "\u0621" <= first[1] <= "\u064a" and first not in _WAW_NAMES:
        return name.replace("و", "", 1)
    return name


#: Arabic given names that begin with "و" (waw), which is no "and" there.
_WAW_NAMES = frozenset(
    "وليد وائل وفاء وسام وجدي ولاء وحيد وداد وهبة ودود وردة وفيق وصفي وديع وجيه وسيم وهيب وعد".split()
)


def _plain_author(name: str) -> Author:
    """The author a name prints, with no role (and no suffix: the name, given and family names only)."""
    author = _author(name)  # frozen, and made without roles: shared as it is unless it has a suffix
    return Author(author.name, author.given, author.family) if author.suffix else author


def read_authors(
    labelled: Labelled, indexes: Sequence[int], legend: Mapping[str, str], *, lenient: bool = False
) -> tuple[list[Author], list[bool], set[str]]:
    """Authors of an entry, whether each was highlighted, and the markers no legend explains.

    A piece that is no person's name raises `Unreadable`, unless it stands among people (a group
    author) or `lenient` (one reference read alone): then it is kept as printed.
    """
    while indexes and _EDITORS.match(labelled.tokens[indexes[-1]].text.strip(":,;.")):
        indexes = indexes[:-1]  # "Ruiz Padilla, A. (coords.)": the editors of the book, not a name
    tail = " ".join(labelled.tokens[i].text for i in indexes[-3:]).strip(":,;.()")
    if len(indexes) > 3 and _EDITED_BY_AFTER.fullmatch(tail):
        indexes = indexes[:-3]  # "Ferraresi, Giulia, e Davide Lanza, a cura di. 2023. *Book*": its editors
    # (a legend that says underlined names are students': underlining is no owner's highlight)
    highlights = _HIGHLIGHTS - {style for style in _HIGHLIGHTS if legend.get(style) == "student"}
    pieces = _name_pieces(labelled, indexes, highlights) if indexes else []  # "(ed.) T": none
    for k in range(max(1, len(pieces) - 2), len(pieces)):  # (the "و" before the last name, or its family)
        pieces[k] = pieces[k]._replace(text=_without_arabic_and(pieces[k].text))
    names = _pair_inverted(pieces)
    authors: list[Author] = []
    styled: list[bool] = []
    unknown: set[str] = set()
    persons = [
        _looks_like_person(_bare(p.text)) or bool(_ET_AL.match(_bare(p.text).lstrip(".… "))) for p in names
    ]
    for k, (piece, person) in enumerate(zip(names, persons, strict=True)):
        bare = _piece_name(piece.text, first=k == 0)
        if bare is None:
            continue
        if bare.lower() in SELF_WORDS:  # "Karen Filbee-Dexter, myself, Dorte Krause-Jensen": the owner
            authors.append(Author(bare, "", bare))
            styled.append(piece.styled)
            continue
        if not person and not _looks_like_person(bare):
            # a group author among people ("Earth2Ocean Research Derby") is kept as printed, as is a
            # group that names itself one ("GRAM Collaborators", "The ATLAS Collaboration")
            group = _GROUP_NAME.search(bare) is not None and len(bare) <= 120
            if lenient or group or (persons[0] and 5 * sum(persons) >= 4 * len(persons) and len(bare) <= 60):
                authors.append(Author(bare, "", bare))
                styled.append(piece.styled)
                continue
            msg = f"cannot read {bare[:50]!r} as an author name"
            raise Unreadable(msg)
        if piece.marks:
            flags = {
                legend.get(mark) or (legend_meaning(mark) if len(mark) > 1 else None) for mark in piece.marks
            }
            # (a superscript digit or letter no legend explains is an affiliation's; a note says its role)
            unknown.update(m for m in piece.marks if m not in legend and m not in _RAISED and len(m) == 1)
            author = _author(bare)
            authors.append(
                Author(
                    author.name,
                    author.given,
                    author.family,
                    equal_contribution="equal_contribution" in flags,
                    corresponding="corresponding" in flags,
                    equal_advising="equal_advising" in flags,
                )
            )
        else:
            authors.append(_plain_author(bare))  # frozen: one record per distinct name will do
        styled.append(piece.styled)
    return authors, styled, unknown


# --- venue, date, numbers -----------------------------------------------------------------------

_VENUE_PREFIX = re.compile(
    r"^(?:in:?\s+|în:?\s+|en:\s+|em:\s+|(?:en|em)\s+(?=(?-i:[A-ZÁÉÍÓÚ]))|i:\s+|w:\s+|в:?\s+|//\s*|[—–]\s+|dans\s+|"
    r"(?:[ву]\s+)?(?:сб|кн|зб)\.:?\s+|"  # Russian "В сб.: Материалы …", "В кн.: …", Ukrainian "У зб.:"
    r"teoksessa:?\s+|julkaisussa:?\s+|[uv]:\s+|iš:\s+|dalam:?\s+|trong:?\s+|and\s+|&\s+|"  # Finnish, …
    r"publication in:?\s+|"  # "Accepted for | publication in Journal": the status's last words
    r"published (?:as an? [\w\s]{0,30}?(?:paper|article) )?(?:at|in|on):?\s+|contribution to:\s+|"
    r"presented at\s+|appeared in\s+|(?:conference|book|in book|journal)\s?:\s+|"  # ResearchGate's keys
    # "Preprint: EcoEvoRxiv", "Препринт, arXiv", "Póster. XLII Congreso …": a kind
    r"(?:preprint|препринт)[.:,]\s+|(?:póster|poster)[.:]\s+|"
    r"(?-i:at)\s+(?=(?-i:[A-Z]))|"  # "R&R at *Quarterly Journal of Economics*": the status's word
    r"(?-i:i)\s+(?=(?-i:[A-ZÅÄÖÆØ]))|"  # "Accepterad för publicering i West European Politics"
    r"(?-i:I)\s+(?=(?-i:Proceedings|Proc\.)\s)|"  # Swedish "I Proceedings of" (not Spanish "I Congreso", 1st)
    r"(?:trabalho|comunicação) apresentad[oa] em\s+|presentado en\s+|présenté à\s+|vorgestellt auf\s+|"
    r"發表於|发表于|發表于|載於|载于|收錄於|收录于|في:?\s+|ورقة مقدمة إلى\s+|"
    r"στο:?\s+|בתוך:?\s+|katika:?\s+|sa:\s+)+",  # Greek, Hebrew, Swahili, Filipino
    re.I,
)
_VOLUME = re.compile(r"\b(?:vol(?:ume)?\.?|v\.|bd\.|band|t\.|tome|tomo|т\.)\s*(\d+[A-Za-z]?)", re.I)
_ISSUE = re.compile(r"(?:\b(?:no|nr|issue|num|heft|h|n|fasc|вып|n°)\.?|№)\s*(\d+)", re.I)
_PAGES = re.compile(
    r"(?:\b(?:pp?\.|pages?|S\.)\s{0,3})?(?<![\dA-Za-z])([A-Za-z]?\d{1,7})\s{0,3}(?:[-–—‐‑‒−]{1,3}|to)"
    r"\s{0,3}([A-Za-z]?\d{1,7})(?!\d)"
    r"|\b(?:pp?\.|pages?|art(?:icle)?\.?(?: no\.?)?|e)\s{0,3}([A-Za-z]?\d{1,7})(?!\d)",
    re.I,
)
_VOL_ISSUE = re.compile(r"(?<![\d.])(\d{1,5})\s*\(([^()]{1,12})\)")
_BARE_NUMBER = re.compile(r"(?<![\d.])(\d{1,5})(?!\d|\.\d)")  # "43." ends a sentence; "1.5" is no volume
#: MLA's volume and issue joined by a full stop: "Critical Inquiry 13.2 (1989): 287-292".
_DOTTED_VOLUME = re.compile(r"(?<![\d.])(\d{1,4})\.(\d{1,3})(?=[\s(\[:,]|$)")
_MONTH_WORD = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|mars|avr|mai|juin|juil|"
    r"août|sept|oct|nov|déc|März|Dez|enero|feb|marzo|abr|mayo|jun|jul|agosto|dic|"
    r"Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık|"  # Turkish
    r"genn|febbr|magg|giugno|lugl|sett|ott|dic|"  # Italian
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"  # Portuguese
    r"maart|mei|juni|juli|augustus|oktober)[a-zéûıöüğş]*\.?"  # Dutch
)
#: ", 30 Haziran - 05 Temmuz", ", 4 - 09 Eylül", ", 12–15 Aug.": a meeting's days at the end of its name.
_EVENT_DAYS = re.compile(  # (Spanish and Portuguese "14 al 16 de noviembre", "3 a 5 de maio")
    rf"(?i),\s*(?:\d{{1,2}}\.?(?:\s*{_MONTH_WORD})?\s*(?:[-–]|\sal?\s|\sà\s)\s*\d{{1,2}}\.?\s*(?:de\s)?{_MONTH_WORD}"
    rf"|{_MONTH_WORD}\s*\d{{1,2}}\s*[-–]\s*(?:{_MONTH_WORD}\s*)?\d{{1,2}}),?(\s+{YEAR})?\s*$"
)
_PLACE_MONTH = re.compile(  # ", Aug. 12-15", ", mai-juin", a blog post's ", 3 May" after a venue's name
    rf",\s*(?:{_MONTH_WORD}(?:\s*[-–/]\s*{_MONTH_WORD})?(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?"
    rf"|\d{{1,2}}\.?\s{_MONTH_WORD})\s*(?=,|$)",
)


_EDITED_BY = re.compile(rf"[,.]?\s+{EDITED_BY}\s.*$", re.I)
#: The words before a volume's editors left at the venue's end, its names read apart ("…, sous la direction").
_EDITED_BY_CUT = re.compile(
    r"(?i)[,.]?\s+(?:sous la dir(?:ection)?|édité|edited|editado|organizado|coordinado|herausgegeben|a cura)"
    r"\.?$"
)
#: ISBD's areas after a name (Polish, Russian, GOST): "Book / eds. A, B. - Cham: Springer", "Journal. –
#: 2019. – Т. 31": cut once the year is read.
_ISBD_AREAS = re.compile(
    r"\s/\s(?:eds?\.|red\.|pod red\.|под ред\.|hrsg\.|éds?\.)\s.*$|\s?\.\s[-–—]\s.*$", re.I
)
_VANCOUVER_EDITORS_BEFORE = re.compile(
    r"^(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]{1,3}, ){0,12}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]{1,3},? "
    r"(?:eds?|editors?|editores|editoras?|organizadores|coords?|hrsg|éds?|éditeurs)\.?[,:]?\s+"
)
_EDITORS_BEFORE = re.compile(
    rf"^[^()]{{2,160}}?\((?:(?:{EDITOR_MARKS})\.?|a cura di)\)[,:.]?\s+",
    re.I,
)
#: A proceedings series after the volume's title ("CAV 2025. LNCS, vol. 15932"): not the venue's name.
#: ("ADASS XXXI, ASP Conference Series, Vol. 532"); "Journal of Physics: Conference Series" is a journal.
_SERIES = re.compile(
    r"[.,]\s+(?:(?:LNCS|LNAI|LNBI|CCIS|LIPIcs|EPTCS|CEUR(?:-WS)?|PMLR|AISC|LNICST)\b"
    r"|(?:[A-Z]{2,5}\s+)?(?:Conference|Lecture\s+Notes)\s+Series\b(?!:)|Lecture\s+Notes\s+in\s+[A-Z]).*$"
)
#: A book series with its volume in brackets after the meeting's acronym: "… (NI 2024) (Studies in Health
#: Technology and Informatics, Vol. 315)", or its bracket left open where its volume was read apart.
_SERIES_AFTER_ACRONYM = re.compile(  # (not Optica's publisher and year: "(CLEO/Europe) (IEEE, 2021)")
    rf"(?<=\))\s*\((?![^()]*(?<!\d)(?:{YEAR})(?!\d))"
    r"(?:[^()]{3,100}?,?\s(?:vol\.|volume|bd\.|no\.|nr\.)?\s?\d{1,5}\)\.?|[^()]{3,100})$",
    re.I,
)
_VENUE_NUMBERS = re.compile(  # (Spanish "año VII, núm. 12", "t. LXVIII": a Roman volume too)
    r"(?:[,،]\s*|(?<!\s)\s+)(?:(?:vol|no|nr|h|heft|bd|band|fasc|issue|tome|tomo|n°|№|edition|núm|num|año|مج|tập|số)\.?"
    r"|t\.|n\.)"
    r"\s*\d.*$|"
    r",\s*(?:vol|tome|tomo|núm|num|año|t)(?:\.\s*|\s+)(?-i:[IVXLC]{1,7})(?![\w'’-]).*$|"
    r"[:：,，]?\s?第[\d一二三四五六七八九十百]{1,4}[辑輯卷册冊期].*$",  # Chinese "论丛: 第三辑" (volume 3)
    re.I,
)
#: A paper's number at an event ("…, AIAA Paper 2024-1587", "…, paper QTu2A.14"): no part of the venue.
#: ABNT's event after its name: "CONGRESSO BRASILEIRO DE AVICULTURA, 12., 2019, Campinas. Anais [...]" (its
#: number, year and town, then the kind of the book of papers).
_ABNT_EVENT = re.compile(
    # (the proceedings' own title may come first: "…, 2022, Santiago. Will Cities Survive? Proceedings")
    rf"(?:,\s\d{{1,3}}\.)?(?:,\s(?:{YEAR}))?,\s[^,.;\d]{{2,40}}\.\s(?:[^\[\].\n]{{1,80}}?\s)?"
    r"(?i:anais|proceedings|actas|atas|annals"
    r"|resumos|livro de resumos|caderno de resumos|mem[oó]rias|trabalhos completos|abstracts)"
    r"(?:\s?\[(?:\.\.\.|…)\])?[.\s]*$"
)
_PAPER_NUMBER = re.compile(
    r"(?i),\s*(?:[A-Z]{2,6}\s+)?paper(?:\s+(?:no\.?\s*)?[\w.-]*\d[\w.-]*)?\s*$"
    r"|(?:\s\d{1,5})?\s(?:paper|article|art\.)(?:\s?no\.)?:\s?\d[\w.-]*.*$"  # "DISEASES 268 Paper: 109402"
)
#: A working-paper series' number, and the institution after it ("NBER Working Papers 31544").
#: The words that name a numbered series of papers or reports ("Working Paper", "Policy Brief").
_SERIES_KIND = "Papers?|Series|Reports?|Briefs?"
_SERIES_NUMBER = re.compile(rf"\b({_SERIES_KIND})((?:\s\([A-Z]{{2,10}}\))?)\s+(?:No\.?\s*)?\d{{1,6}}\b.*$")
#: The word before a number left out of the venue ("Interspeech, Dublin, pp", "…(18WCEE). Paper").
_DANGLING_NUMBER_WORD = re.compile(  # (Greek "σ.", Russian "с.", Arabic "ص" and "العدد", Tamil "தொகுதி")
    r"(?i)\s(?:số|№)$|"  # (Vietnamese "Tạp chí Luật học số 4": its issue's word, the number read apart)
    r"[,.،]\s{1,3}(?:pp|pages?|paper|article|art|vol|núm|no|n|σσ?|с|стр|т|вып|ص|العدد|தொகுதி|vuosikerta|tập|số"
    r"|ano)\.?$"  # (ABNT's "ano 21": a journal's year of publication)
)
#: AMA's preprint: "medRxiv. Preprint posted online June 3, 2021": the server is the venue.
_POSTED_ONLINE = re.compile(r"(?i)[.,]?\s{0,3}(?:preprint\s)?posted online\b.{0,40}$")
#: IEEE's "IEEE Trans. Ind. Electron., to be published": the status's first word left behind.
_DANGLING_TO = re.compile(r",\s{0,3}to$|(?<!\s)\s+içinde$")  # (Turkish APA's "*Kitap* içinde": "in *Book*")
_PLACE_PUBLISHER = re.compile(  # (a town may carry its state: "New York, NY:", "Philadelphia (PA):")
    r"\.\s+(?:[A-Z][\w/ -]{1,40}|[A-Z][\w -]{1,30}(?:,\s[A-Z]{2}|\s\([A-Z]{2}\))|[\u4e00-\u9fff]{2,6})"
    rf":\s+(?![A-Z][A-Z-]{{2,}}(?:\s+{YEAR})?\s*$)\S.*$"  # (not ACL's "… Comput. Linguistics: EMNLP")
)
_EVENT_DATES = re.compile(
    r"\s*\([^()]{0,60}?(?:\d{1,2}\s*[-–]{1,2}\s*\d{1,2}|\d{1,2}\.\s?\d{1,2}\.)[^()]{0,60}\)"
)
_EVENT = re.compile(
    r"(?i)\b(?:proceedings|proc\.|actas|actes|atti|anais|tagungsband|conference|workshop|symposium|"
    r"congress|meeting|colloquium|congreso|simposio|jornadas|tagung|forum|reuni[oó]n|encuentro|anales|"
    r"konferans|kongre|sempozyum|konferenz|kongress|conferenza|congresso|convegno|konferencj|kongres|"
    r"conferência|congrès|colloque|konferentie|konferenssi|konferencia|sympozjum|materiały|sborník|zbornik|"
    r"simpósio|encontro|seminário|seminario|kongamano|συνέδρι|πρακτικά|конференц|симпозиум|конгресс|съезд|"
    r"материалы|тезисы|сборник|зборник|збірник)"
)
#: "…, Orlando, FL", "…, Southampton, UK": a city and a US state's or a country's code, at an event's end.
_CITY_AND_CODE = re.compile(
    r",\s?[A-Z][\w.'’ -]{1,30},\s?(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|"
    r"O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|USA?|UK)\.?$"
)
_TRAILING_PLACE = re.compile(rf",\s?([{CAPITAL}][\w'’-]+(?:\s[{CAPITAL}][\w'’-]+)?)(\s+{YEAR})?$")
#: A working paper's or report's number after its series' name: "Discussion Paper DP18211", "Working
#: Paper 31234", "Technical Report TR-2019-04".
_SERIES_CODE = re.compile(rf"(?i)\b({_SERIES_KIND})\s(?:no\.?\s?|n°\s?|#)?[A-Z]{{0,4}}-?\d[\w./-]{{0,12}}$")
#: OSCOLA's volume before a journal's name and first page (or article number) after it: "26 International
#: Journal of Law and Information Technology 187", "35 Computer Law & Security Review 105331".
_OSCOLA_NUMBERS = re.compile(
    rf"^(?:[(\[]({YEAR})[)\]]\s)?\d{{1,4}}\s(?=[A-Z][a-z]+\s\S+\s\S)|(?<=[a-z])\s(?!{YEAR}$)\d{{3,7}}$"
)
#: A book's places, year and publisher after its title: ", Zürich/Basel/Genf 2018 (Schulthess)".
_PLACE_YEAR_PUBLISHER = re.compile(
    rf",\s?([{CAPITAL}][\w'’-]+(?:/[{CAPITAL}][\w'’-]+){{0,4}})\s({YEAR})\s?\([^()]{{2,40}}\)[\s,.]*$"
)
#: DIN 1505's book imprint ending a chapter's venue: "*Handbuch …*, Laaber: Laaber 2016" (one town, or
#: several joined by "/", a colon, the publisher and the year).
_PLACE_PUBLISHER_YEAR = re.compile(
    rf",\s([{CAPITAL}][\w'’-]+(?:/[{CAPITAL}][\w'’-]+){{0,4}}):\s[{CAPITAL}][^,;:()\d]{{0,50}}?\s({YEAR})[\s.]*$"
)
#: An edition after a book's title: ", 2. Aufl.", ", 3rd ed.", ", 2.ª ed.".
#: A volume and an article number, pages after a colon, or a bare volume ending a venue's name: "PRX
#: Quantum 5, 020318", "Philosophical Studies:1-23", "Tạp chí Khoa học …, 58" (no year: 1 to 3 digits).
_NUMBERS_AT_THE_END = re.compile(
    r"(?<=\w)(?:[\s,]+\d{1,5},\s?[A-Za-z]?\d{3,9}|\s?:\s?\d{1,5}\s?[-–]\s?\d{1,5}|,\s?\d{1,3})\.?$"
)
#: Words that end many publishers' names but also begin other names ("Oxford Handbook", "World Congress").
_PUBLISHER_WORDS_ALSO_IN_NAMES = frozenset(
    "oxford cambridge world academic now hill scientific mit sage".split()
)


def _without_publisher(text: str) -> str:
    """A venue's name without the publisher printed after it: "Handbook of …, Springer", "Limnology of
    Mountain Regions. Springer, Cham", "…, CSIRO Publishing" (a place may follow the publisher)."""
    parts = re.split(r"[,.]\s+", text)
    if len(parts) < 2:
        return text
    cut = len(parts) - 1
    if len(parts) > 2 and _place_word(parts[-1].strip(" .")) and len(parts[-1].split()) == 1:
        cut -= 1  # "Springer, Cham": the publisher's town
    words = parts[cut].strip(" .").split()
    last = words[-1].lower() if words else ""
    house = 1 <= len(words) <= 6 and _PUBLISHING_HOUSE.search(parts[cut]) is not None  # "Badan Penerbit FKUI"
    if not house and (not 1 <= len(words) <= 4 or not is_publisher_word(last)):
        return text
    if last in _PUBLISHER_WORDS_ALSO_IN_NAMES and not (len(words) > 1 and all(map(is_publisher_word, words))):
        return text  # "…, Oxford" may be a town; "…, World Scientific" is a publisher
    head = text[: text.rindex(parts[cut])].rstrip(" ,.")
    return head if len(head.split()) >= 2 else text


#: GOST's "… конференції «Name» (Place, dates). Place, 2023": the town after the quoted name's full stop.
_TOWN_AFTER_A_QUOTED_NAME = re.compile(r"(?<=[»”\"])\s?\.\s+[^\W\d_][\w'’-]+[\s,.]*$")
_EDITION_AFTER = re.compile(
    r"(?i)[,.]\s?\d{1,2}(?:\.|st|nd|rd|th|\.ª|ª|e)?\s?(?:Aufl(?:age|\.)?|edn?\.?|edition|éd\.?"
    r"|utg\.|uppl\.|udg\.|wyd\.|vyd\.|painos)(?=[,\s]|$)"
)
_VIRTUAL = re.compile(r"(?i)[\s,]+\(?(?:virtual|online)(?: event| conference)?\)?$")
_PLACE_IN_BRACKETS = re.compile(
    rf"\s?\(([{CAPITAL}][\w.'’ -]{{1,30}}(?:,\s?[{CAPITAL}][\w.'’ -]{{1,30}}){{1,3}})\)"
    r"(?=\s?(?:\([^()]{1,40}\))?$)"  # (an acronym's bracket may follow)
)


def _venue_word(word: str) -> bool:
    """Whether real records use the word in venues' names ("Workshops", "Symposium"), not a place's."""
    return word in _KEPT or "v" in lexicon().get(fold(word), "")


def _place_word(word: str) -> bool:
    """Whether references print the word as a place ("Dublin", "Ireland", "Online") more than in names."""
    return "p" in lexicon().get(fold(word), "")


_KEPT = frozenset({"Workshops", "Workshop", "Companion", "Findings", "Supplement", "Abstracts", "Posters"})
_VOLUME_PART = re.compile(r"\s*\((?:Volume|Vol\.?)\s*\d+[^()]{0,40}\)")  # ACL's "(Volume 1: Long Papers)"
_AFTER_ACRONYM = re.compile(rf"(\([A-Z][^()]{{0,38}}\))[.,]\s+(?!{YEAR}\W*$)\S.*$")  # not "(AAAI), 2021"
_VOLUME_AFTER_VENUE = re.compile(rf"(?<=\w)\s+(?!{YEAR}\b)(\d{{1,4}})$")
_SHORT_YEAR = re.compile(r"\s*['’‘]\s?(\d{2})$")
#: An acronym's short year at the end of a venue ("ICML '23"): the acronym's last two capitals before it.
_ACRONYM_SHORT_YEAR = re.compile(r"(?<=[A-Z]{2})\s?['’‘](\d{2})[\s,.;:]*$")


def _century(two_digits: int) -> int:
    """The year a printed "'24" means: this century unless that is more than a year ahead."""
    this_year = datetime.date.today().year
    year = this_year - this_year % 100 + two_digits
    return year - 100 if year > this_year + 1 else year


#: "Ecology Letters 26:1867–1880", "Nature 12(3): 45-67": a volume and pages glued to the name (the
#: pages' "1880" is no year).
_VOLUME_PAGES = re.compile(
    r"(?<!\s)[\s,]+\d{1,5}\s?(?:\(\s?[\w-]{1,8}\s?\))?\s?:\s?[A-Za-z]{0,3}\d{1,11}"  # "152(4):dev204311"
    r"(?:\s?[-–—]\s?[A-Za-z]?\d{1,7})?\.?$"
)
_ACRONYM_YEAR_PLACE = re.compile(
    rf"^([A-Z][A-Z&/-]{{1,15}}\s+{YEAR})\s+[–—-]{{1,2}}\s+[A-Z][\w .,'’-]{{1,40}}$"
)
_TRAILING_YEAR = re.compile(rf"[\s,.;:]{{0,5}}(?:\(({YEAR})[a-z]?\)|(?<!\d)({YEAR})[a-z]?)[\s,.;:]{{0,5}}$")
#: A word that makes the year after it part of a name: "Außenpolitik seit 1995", "Literatur nach 1945".
_YEAR_PREPOSITION = re.compile(
    r"(?i)\b(?:seit|since|after|nach|etter|efter|depuis|desde|från|until|before|vor)$"
)
_YEAR_RANGE = re.compile(rf"(?<!\d){YEAR}\s?[–—-]\s?{YEAR}(?!\d)")
_ACRONYM_AT_END = re.compile(r"\(([^()]{1,60})\)[\s,.;:]*$")


def _balanced(text: str) -> str:
    """Text without unbalanced brackets at its ends, or a bracket opened near its end and never closed
    ("… Countries (NJF Report", its numbers read apart)."""
    text = text.strip(" ,;:-'’")
    if text[:1] == "[" and text[-1:] == "]":  # ("[, IEEE Transactions …]": a CV's tag, its status taken out)
        text = text[1:-1].strip(" ,;:-'’")
    if text[:1] == "[" and "]" not in text:  # ("[ICRA", the tag opened before the venue)
        text = text[1:]
    if text[-1:] == "]" and "[" not in text:
        text = text[:-1]
    opens, closes = text.count("("), text.count(")")
    start, end = 0, len(text)  # cut by moving the ends: linear however many brackets there are
    while end > start and text[end - 1] == ")" and opens < closes:
        closes -= 1
        end -= 1
        while end > start and text[end - 1] in " ,;:":
            end -= 1
    while start < end and text[start] == "(" and opens > closes:
        opens -= 1
        start += 1
        while start < end and text[start].isspace():
            start += 1
    text = text[start:end]
    opened = text.rfind("(")
    return text[:opened].rstrip(" ,;:") if opened > 0 and ")" not in text[opened:] else text


def _venue(text: str) -> tuple[Venue | None, int | None]:
    """One venue from its printed text: "Full Name (ACR)", "ACR 2021", "Proc. of the ACL", with its year."""
    name, acronym, found_year, default = _venue_parts(text)
    if name is None:
        return None, found_year
    kind = guess_kind(f"{name} {acronym or ''}", default)  # after the venue table as it is now
    return Venue(name, acronym, kind), found_year


@lru_cache(maxsize=1 << 14)
def _venue_parts(text: str) -> tuple[str | None, str | None, int | None, VenueKind]:
    """A venue's name, acronym and year from its printed text, and its kind unless the venue table
    knows better; read once per distinct text (a list names its venues again and again)."""
    text = _VENUE_PREFIX.sub("", _clean(text).strip(" ,;:，。").lstrip(". "))
    imprint = _IMPRINT_ONLY.match(text)  # a page's venue element holding a book's imprint: "Recife: Editora
    if imprint and (_PUBLISHING_HOUSE.search(text) or "ISBN" in text):  # UFPE. 312 p. ISBN …": no venue
        return None, None, None, VenueKind.OTHER
    marked = _BOOK_TITLE_MARKS.fullmatch(text)  # Chinese 《journal》, with its issue or a gloss after it, or
    text = marked.group(1) if marked else text  # "收入", "载 … 主编" (in, edited by) before it
    if text[:1] == "(" and text.rstrip(".")[-1:] == ")" and text.count("(") == 1 == text.count(")"):
        text = text.rstrip(".")[1:-1]  # "Title (Scandinavian-Canadian Studies).": a venue in brackets
    text = _PUBLISHER_KEY.sub("", text)  # ResearchGate's "book: Title Publisher: Springer Cite …"
    prefixed = _ACRONYM_PREFIX.match(text)  # ACM's "CIKM '24: Proceedings of the 33rd ACM International …"
    if prefixed:
        text = f"{text[prefixed.end() :]} ({prefixed.group(1)} {prefixed.group(2)})"
    place = _ACRONYM_YEAR_PLACE.match(text)  # IEEE's "OCEANS 2023 - Limerick": the meeting's town
    if place and not any(_venue_word(w) for w in text[place.end(1) :].replace(",", " ").split()):
        text = place.group(1)
    text = _EDITORS_BEFORE.sub("", text)  # "S. Bell, A. Carpino (eds.), A Companion to the Etruscans"
    text = _VANCOUVER_EDITORS_BEFORE.sub("", text)  # "Mayer KH, Seage GR, eds. Principles of HIV Prevention"
    text = _AFTER_ACRONYM.sub(r"\1", text)  # ACM's "(ASSETS '24). ACM, Article 42": the venue ends there
    # what follows the name: "hrsg. von X", "Nr. 4", ". Tübingen: Narr", "(Copenhague, 1–6 juillet 2019)"
    text = _DANGLING_NUMBER_WORD.sub("", text)
    for after in (
        _SERIES_AFTER_ACRONYM,
        _ABNT_EVENT,
        _PAPER_NUMBER,
        _EDITED_BY,
        _EDITED_BY_CUT,
        _SERIES,
        _VENUE_NUMBERS,
        _VOLUME_PAGES,
        _POSTED_ONLINE,
        _DANGLING_TO,
    ):
        text = after.sub("", text)
    trailing = _TRAILING_TOWN.search(text)  # ABNT's "Вопросы философии, Москва, № 8": its town after it
    if trailing and _place_word(trailing.group(1)) and not _INSTITUTION.search(text):
        text = text[: trailing.start()]
    imprint = _PLACE_PUBLISHER.search(text)  # ". Tübingen: Narr", not "… Comput. Linguistics: Human Lang."
    town = imprint.group(0)[1:].split()[0].rstrip(":,") if imprint else ""
    if imprint and not (_venue_word(town) and not _place_word(town)):
        text = text[: imprint.start()]
    text = _SERIES_NUMBER.sub(r"\1\2", text)
    text = _EDITION_AFTER.sub("", text)
    text = _without_publisher(_NUMBERS_AT_THE_END.sub("", text))
    text = _SERIES_CODE.sub(r"\1", text)  # "CEPR Discussion Paper DP18211": the series, not its number
    # "(2018) 26 International Journal of … 187": the volume and the page go, the year stays (at the end)
    oscola = _OSCOLA_NUMBERS.match(text)
    if not _YEAR_PREPOSITION.search(text[:-4].rstrip()):  # ("Norsk litteratur etter 2000": no page)
        text = _OSCOLA_NUMBERS.sub("", text) + (f" {oscola[1]}" if oscola and oscola[1] else "")
    # Swiss and German law's ", Cambridge/Antwerp 2022 (Intersentia)": a book's places, year, publisher
    imprint = _PLACE_YEAR_PUBLISHER.search(text)
    if imprint and any(_place_word(place) for place in imprint.group(1).split("/")):
        text = f"{text[: imprint.start()]} {imprint.group(2)}"
    imprint = _PLACE_PUBLISHER_YEAR.search(text)  # "…, Laaber: Laaber 2016": the imprint goes, the year stays
    if imprint and imprint.start() > 0 and not any(_venue_word(p) for p in imprint.group(1).split("/")):
        text = f"{text[: imprint.start()]} {imprint.group(2)}"
    text = _EVENT_DATES.sub(" ", text)
    days = _EVENT_DAYS.search(text.rstrip(" .,"))
    if days:  # ", 30 Haziran - 05 Temmuz 2024": the meeting's days (its year kept)
        text = text[: days.start()] + (days.group(1) or "")
    text = _VOLUME_PART.sub(" ", text)
    text = _TOWN_AFTER_A_QUOTED_NAME.sub("", text)
    if _EVENT.search(text):  # "Actas del VII Simposio del Agua, Almería": the town is no part of it
        text = _CITY_AND_CODE.sub("", _VIRTUAL.sub("", text.rstrip(" .,")))
        place = _PLACE_IN_BRACKETS.search(text)  # ACM's "Proceedings of … (Bend, OR, USA) (UIST '22)"
        if place and not any(
            _venue_word(w) and not _place_word(w) for w in place.group(1).replace(",", " ").split()
        ):
            text = text[: place.start()] + text[place.end() :]
        for _ in range(2):  # "…, Atlanta, GA"
            place = _TRAILING_PLACE.search(text)
            if not place or any(_venue_word(w) and not _place_word(w) for w in place.group(1).split()):
                break
            text = text[: place.start()] + (place.group(2) or "")  # (the meeting's year kept)
    periods = _YEAR_RANGE.findall(text)  # "Gespräche 1959–1969", "United States, 1964–2004": no event's year
    text = _YEAR_RANGE.sub("\x01", text)
    found_year = None
    m = _TRAILING_YEAR.search(text)
    if m and m.start() > 0 and not _YEAR_PREPOSITION.search(text[: m.start()]):
        found_year = int(m.group(1) or m.group(2))
        text = text[: m.start()]
    elif short := _ACRONYM_SHORT_YEAR.search(text):  # "ICML '23", "Proc. NeurIPS ’24"
        found_year = _century(int(short.group(1)))
        text = text[: short.start()]
    acronym = None
    paren = _ACRONYM_AT_END.search(text)
    if paren:
        inner = paren.group(1).strip(" *_")
        short_year = _SHORT_YEAR.search(inner)  # "CHI '24"
        if short_year:
            found_year = _century(int(short_year.group(1)))
            inner = inner[: short_year.start()]
        years = _YEAR.findall(inner)
        inner_clean = _clean(_YEAR.sub(" ", inner)).strip(" ,'’")
        if years:
            found_year = found_year or int(years[-1])
        if inner_clean and not inner_clean.isdigit() and len(inner_clean) <= 40 and paren.start() > 0:
            acronym = inner_clean
            text = text[: paren.start()]
        elif years:
            text = text[: paren.start()] + inner_clean
    years = [y.group(0) for y in _YEAR.finditer(text) if not _named_year(y)]
    if years:
        found_year = found_year or int(years[-1])
        text = _YEAR.sub(
            lambda y: (
                "\0"
                if int(y.group(0)) == found_year and not _in_a_code(y) and not _named_year(y)
                else y.group(0)
            ),
            text,
        )
        text = text.replace("\0年", "").replace("\0", " ")  # "學會2023年聯合年會": the year with its 年
        text = _EMPTY_BRACKETS.sub(" ", text)  # "(2024) Journal": the year's brackets go with it
    for period in periods:
        text = text.replace("\x01", period, 1)
    text = _ISBD_AREAS.sub("", _PLACE_MONTH.sub("", text))
    name = _balanced(re.sub(r"\s+([,;:])", r"\1", _clean(text)))
    name = re.sub(r"(?:\s*,)+\s*(?=,|$)", "", name)
    if name.endswith(".") and not (re.search(r"\b[A-Z][a-z]{0,5}\.$", name) and "." in name[:-1]):
        name = name.rstrip(
            "."
        )  # a sentence's end, unless the name is abbreviated throughout ("J. Chem. Phys.")
    name = name.rstrip(" ,;:،؛，；：、।።፣")
    if len(name) > 2 and name[-1] in quote_closers(name[0]) and name.count(name[-1]) == 1:
        name = name[1:-1].strip()  # Italian humanities' «Il Saggiatore musicale»: the journal in guillemets
    if re.fullmatch(r"(?i)arxiv(?:\s+preprint)?(?:\s+arxiv)?(?:\s*:)?", name):
        name = "arXiv"
    server = _SERVER_AND_KIND.fullmatch(name)  # "SSRN Working Paper", "bioRxiv preprint": the server
    if server:
        name = server.group(1)
    if not name and not acronym:
        return None, None, found_year, VenueKind.OTHER
    if not name and acronym:
        name, acronym = acronym, None
    looks_acronym = bool(re.fullmatch(r"[A-Z][A-Za-z-]*[A-Z]\S*(?:\s\S+)?", name))
    return name, acronym, found_year, VenueKind.CONFERENCE if acronym or looks_acronym else VenueKind.OTHER


_PUBLISHER_KEY = re.compile(r"\s+Publisher(?::\s.*)?$")
_TRAILING_TOWN = re.compile(r",\s([^\W\d_][\w-]{2,30})[.,]?$")
_BOOK_TITLE_MARKS = re.compile(r"[^《》]{0,20}《([^《》]{2,80})》(?:\s?[(（][^()（）]{1,20}[)）])?")
_SERVER_AND_KIND = re.compile(r"(?i)(SSRN|\w*rxiv|Research Square)\s(?:working papers?|preprints?)")
#: "SIGMOD/PODS '24: " before a venue's name: its acronym and year (ACM's records).
_ACRONYM_PREFIX = re.compile(r"([A-Z][A-Za-z/&+-]{1,24})\s?('\d{2}):\s+(?=\S)")


def _in_a_code(year: re.Match[str]) -> bool:
    """Whether a year is part of a paper's number ("GT2024-127733", "AIAA 2024-1587"), not the event's."""
    return (
        year.string[year.end() : year.end() + 1] == "-"
        and year.string[year.end() + 1 : year.end() + 2].isdigit()
    )


def _numbers(text: str, year: str | None = None) -> dict[str, str]:
    """Volume, issue and pages from their printed forms: "12(3), 45–67", "vol. 7, no. 2, pp. 1-9"."""
    found: dict[str, str] = {}
    # a year is no volume: "(2019)" anywhere, "2015 ." before the numbers (unless the entry's date
    # prints another year: "J. Chromatogr. A. 1640, pp. 461953. 2021.")
    leading = rf"^\W*{year}[a-z]?\b" if year else rf"^\W*{YEAR}[a-z]?\b"
    rest = re.sub(rf"\({YEAR}\)|{leading}", " ", text)
    m = _VOLUME.search(rest)
    if m:
        found["volume"] = m.group(1)
        rest = rest[: m.start()] + " " + rest[m.end() :]
    m = _ISSUE.search(rest)
    if m:
        found["number"] = m.group(1)
        rest = rest[: m.start()] + " " + rest[m.end() :]
    m = _VOL_ISSUE.search(rest)
    if m and "volume" not in found:
        found["volume"] = m.group(1)
        found.setdefault("number", m.group(2).strip())
        rest = rest[: m.start()] + " " + rest[m.end() :]
    m = _PAGES.search(rest)
    if m:
        if m.group(1):
            found["pages"] = f"{m.group(1)}--{m.group(2)}"
        else:
            found["pages"] = m.group(3)
        rest = rest[: m.start()] + " " + rest[m.end() :]
    if "volume" in found and "pages" not in found:
        m = re.search(r"[:,]\s*([A-Za-z]?\d+[A-Za-z]?)\b", rest)
        if m:
            found["pages"] = m.group(1)
    m = None if "volume" in found else _DOTTED_VOLUME.search(rest)
    if m:
        found["volume"] = m.group(1)
        found.setdefault("number", m.group(2))
        rest = rest[: m.start()] + " " + rest[m.end() :]
    if "volume" not in found:
        m = _BARE_NUMBER.search(rest)
        if m:
            found["volume"] = m.group(1)
            after = re.search(r"[:,]\s*([A-Za-z]?\d+[A-Za-z]?)\b", rest[m.end() :])
            if after and "pages" not in found:
                found["pages"] = after.group(1)
            elif after and "number" not in found and not _YEAR.fullmatch(after.group(1)):
                found["number"] = after.group(1)  # "41, 3, p. 112-130": 3 is the issue
    return found


_PAGE_NUMBER = re.compile(r"(?<![\w.])[A-Za-z]{0,2}\d{1,7}[A-Za-z]?(?!\w|\.\w)")


def _page_numbers(text: str) -> str | None:
    """Pages from text the labeller calls pages: a range ("45–67", "CR376–CR380", "p. 35 49"), one page
    ("21", "A25", "151 p."), or a list ("1, 5")."""
    m = _PAGES.search(text)
    if m and m.group(1):
        return f"{m.group(1)}--{m.group(2)}"
    found = _PAGE_NUMBER.findall(text)
    if not found:
        return m.group(3) if m else None
    if len(found) == 2 and not re.search(r"[,;&]|\band\b", text):  # "p. 35 49": a range lost its dash
        return f"{found[0]}--{found[1]}"
    return ", ".join(found)


# --- the whole entry ----------------------------------------------------------------------------


@frozen
class EntryContext:
    """What the list around an entry tells: legend, file, section, printed number, heading year."""

    legend: Mapping[str, str]
    path: str | None = None
    section: str | None = None
    number: int | None = None
    selected: bool = False
    heading_year: int | None = None


def _join(labelled: Labelled, segments: Iterable[Segment]) -> str:
    return " ".join(labelled.text_of(s.indexes) for s in segments)


#: A year outside a range of numbers ("1875–1880", pages, or "2019–2020", a span) and not a decade's
#: word ("1900-luvun", "1960-talet": the 1900s, the 1960s).
_YEAR_OUTSIDE_A_RANGE = re.compile(rf"(?<![\d.])(?<![\d][–—-])({YEAR})(?!\d|\s?[–—]\s?\d|-\d{{3}}|-[^\W\d_])")
#: A year among the numbers, not the first page after a volume's colon ("119:1612–6").
_YEAR_NOT_A_PAGE = re.compile(rf"(?<![\d.:])(?<!\d/)({YEAR})(?!\d)")
_YEAR_TOKEN = re.compile(rf"^[(\[]?{YEAR}[a-z]?[)\]]?[.,:;]?$")


#: "Published online January 8, 2025.", "Epub ahead of print.": when a journal put the paper online,
#: a note (with its date), never the venue.
_ONLINE_FIRST = re.compile(
    r"(?i)\b(?:published\s+online|e-?pub(?:lished)?\s+ahead\s+of\s+print|online\s+ahead\s+of\s+print"
    r"|online\s+first|early\s+access|advance\s+online\s+publication"
    # AMA's preprint: "Posted May 3, 2024", "Preprint posted online November 8, 2023"
    r"|(?:preprint\s+)?posted(?:\s+online)?(?=\s+(?:on\s+)?(?:\d|[A-Z][a-z]{2})))\b[^.;()·|]{0,40}"
)


#: China's GB/T 7714 document type codes: "综述[J].", "In: Proc. CVPR[C]//", "[M]. 北京: 科学出版社".
_TYPE_CODE = re.compile(r"\[(?:[JCMDRNPSZAG]|EB|[JCMD]/OL|EB/OL)\]\s?(?://)?[.,:]?$")


def _document_type_code(labelled: Labelled, labels: list[str]) -> None:
    """A GB/T 7714 type code ends the title: the words from the authors' full stop up to "[J]" are the
    title, and the journal follows up to its comma; a book's ("[M]", "[G]", a volume's "[C]") "北京:
    中华书局" is its place and publisher; "[C]//王远之. 论丛." names the book's editors, then the book.
    Role words after names ("吴敬梓, 著. 陆文渊, 点校.") say who wrote the work and who edited it."""
    tokens = labelled.tokens
    code = next((i for i, t in enumerate(tokens) if _TYPE_CODE.search(t.text)), None)
    if code is None:
        return
    start = code
    while start > 0 and not tokens[start - 1].text.endswith((".", "。")) and labels[start - 1] != "date":
        start -= 1
    if start == code and not _TYPE_CODE.sub("", tokens[code].text).strip():
        return
    for i in range(start, code + 1):
        labels[i] = "title"
    _gbt_roles(tokens, labels, range(start))
    kind = _TYPE_CODE.search(tokens[code].text)
    assert kind is not None
    part_of = "//" in kind.group(0)
    book = not part_of and kind.group(0)[:3] in ("[M]", "[G]", "[C]")  # "[M]. 北京: 科学出版社"
    i = code + 1
    if part_of:  # "[C]//王远之. 中国古代文学论丛: 第三辑. 北京: …": the book's editors, if any, then the book
        stop = next((k for k in range(i, len(tokens)) if tokens[k].text.endswith((".", "。"))), len(tokens))
        run = [tokens[k].text for k in range(i, stop + 1)]
        if stop + 1 < len(tokens) and labels[stop + 1] not in _NUMBERS and _gbt_editors(run):
            labels[i : stop + 1] = ["editor"] * (stop + 1 - i)
            i = stop + 1
        book = True
    role = next((k for k in range(i + 1, min(i + 3, len(tokens))) if _gbt_role(tokens[k].text)), None)
    if book and role is not None:  # "卫思德. 书名[M]. 陆文渊, 译.": the translator, no publisher
        labels[i : role + 1] = ["other"] * (role + 1 - i)
        i = role + 1
    title_of_book = part_of
    imprint = None  # where the place may start: "Hong Kong: The Chinese University Press"
    for k in range(i, len(tokens)):
        if labels[k] in ("date", "volume", "pages", "doi", "url"):
            break
        text = tokens[k].text
        if title_of_book:
            labels[k] = "container"
            title_of_book = not text.endswith((".", "。"))
            continue
        imprint = k if imprint is None else imprint
        if book and text.endswith((":", "：")) and k + 1 < len(tokens):
            labels[imprint : k + 1] = ["location"] * (k + 1 - imprint)
            continue
        labels[k] = "publisher" if book else "container"
        if text.endswith((",", "，")):
            break


#: GB/T 7714's role words after a name: wrote, edited, chief editor, collated, annotated, translated.
_GBT_ROLES = ("著", "编", "編", "主编", "主編", "点校", "校注", "译", "譯", "ed", "eds")


def _role_word_ends_the_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "孙磊, 张伟 主编. 猪病防控技术. 北京: 中国农业出版社, 2022.": a role word ending the names' sentence
    (chief editors', authors') ends them; the sentence after it is the title, a place and its colon after
    that the imprint's, whatever the labeller read them as."""
    role = next(
        (k for k in range(1, len(tokens) - 1) if labels[k - 1] == "author" and _gbt_role(tokens[k].text)),
        None,
    )
    if (
        role is None
        or not tokens[role].text.endswith((".", "。"))
        or not unspaced_script(tokens[role - 1].text)
    ):
        return
    labels[role] = "editor" if tokens[role].text.strip(" .。") != "著" else "other"
    k = role + 1
    while k < len(tokens) and labels[k] in ("author", "title"):
        labels[k] = "title"
        k += 1
        if tokens[k - 1].text.endswith((".", "。")):
            break
    if (
        k < len(tokens)
        and tokens[k].text.endswith((":", "："))
        and labels[k] in ("author", "title", "container")
    ):
        labels[k] = "location"
        while k + 1 < len(tokens) and labels[k + 1] in ("author", "title", "container"):
            k += 1
            labels[k] = "publisher"


def _gbt_role(text: str) -> bool:
    return text.strip(" .,;:，。") in _GBT_ROLES


def _gbt_editors(run: Sequence[str]) -> bool:
    """Whether the words after "[C]//" up to a full stop are the book's editors: "王远之.", "FENG Jin, ed.",
    not a proceedings' name ("Proceedings of the IEEE … (IGARSS).")."""
    bare = [text.strip(" .,;:，。") for text in run]
    if all(unspaced_script(word) for word in bare):
        return all(0 < len(word) <= 4 or word in _GBT_ROLES for word in bare)
    role = any(word in _GBT_ROLES for word in bare)
    return (role or len(bare) <= 3) and all(word[:1].isupper() or word in _GBT_ROLES for word in bare)


def _gbt_roles(tokens: Sequence[Token], labels: list[str], names: range) -> None:
    """ "吴敬梓, 著. 陆文渊, 点校.": the names before "著" wrote the work; those before any other role
    word edited, collated or translated it; the role words are none of theirs."""
    run: list[int] = []
    for k in names:
        if labels[k] != "author":
            run = []
            continue
        if _gbt_role(tokens[k].text):
            labels[k] = "other"
            if tokens[k].text.strip(" .,;:，。") != "著":
                for j in run:
                    labels[j] = "editor"
            run = []
        else:
            run.append(k)


def _online_first_notes(labelled: Labelled, labels: list[str]) -> None:
    tokens = labelled.tokens
    for found in _ONLINE_FIRST.finditer(labelled.block.text):
        for i, token in enumerate(tokens):
            inside = token.start >= found.start() and token.end <= found.end() + 1
            year = labels[i] == "date" and _YEAR_TOKEN.match(token.text)  # its year stays a date
            if inside and labels[i] != "title" and not year:
                labels[i] = "note"


def _names_after_a_styled_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "**Point Cloud Completion with Occupancy Priors.** Anke de Vries, …": a title the page styles ends
    with its style; the unstyled words the labeller ran it on to, before the names, are the first name's."""
    first = next((k for k, name in enumerate(labels) if name == "title"), None)
    if first is None or not (tokens[first].styles & TITLE_STYLES):
        return
    style = tokens[first].styles & TITLE_STYLES
    end = first
    while end + 1 < len(tokens) and labels[end + 1] == "title" and tokens[end + 1].styles & style:
        end += 1
    rest = end + 1
    while rest < len(tokens) and labels[rest] == "title" and not tokens[rest].styles & style:
        rest += 1
    trailing = range(end + 1, rest)
    if (
        end - first >= 2
        and tokens[end].text[-1:] in ".?!"
        and 0 < len(trailing) <= 2
        and rest < len(tokens)
        and labels[rest] == "author"
        and all(tokens[k].text[:1].isupper() for k in trailing)
    ):
        for k in trailing:
            labels[k] = "author"
    elif end - first >= 2 and tokens[end].text[-1:] in ".?!" and first == 0:
        # "**Estudio de pérdidas ….** Olivares-Ruiz, M. Informe técnico para …": inverted names after a
        # styled title that opens the entry, read on as the title, are the names
        names_end = _inverted_names_end(tokens, end + 1)
        if names_end is not None and labels[end + 1] == "title":
            labels[end + 1 : names_end] = ["author"] * (names_end - end - 1)
            for k in range(names_end, len(tokens)):
                if labels[k] == "author":
                    labels[k] = "note"


def _last_inverted_name_read_as_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Alcaraz, E., Noguera, L., Pérez de la Fuente, I. *Tecnología y Ciencias del Agua*": an inverted
    name after the names' last comma, up to the venue, read as a title (its particles in lower case), is
    the last name."""
    for k in range(1, len(tokens) - 1):
        if labels[k] != "title" or labels[k - 1] != "author" or not tokens[k - 1].text.endswith(","):
            continue
        end = _inverted_names_end(tokens, k)
        if end is not None and end < len(tokens) and labels[end] == "container":
            labels[k:end] = ["author"] * (end - k)
        return


def _styled_title_read_as_names(labelled: Labelled, labels: list[str]) -> None:
    """ "**Isoisoäidin kirjeet Amerikasta.** Aino Lehtinen. *Genos* 93 (2)": an entry without a title
    whose names open with a styled sentence of words in lower case, the unstyled names after it, has
    that sentence as its title; a review's sentence after the names ("Arvio teoksesta X: *Book*"),
    read as the title, is a note; so is a chapter's "**Title**. <u>Owner</u>. En X (coord.), *Book*",
    whose book, read as the title, is the venue."""
    tokens = labelled.tokens
    if not tokens or not tokens[0].styles & TITLE_STYLES:
        return
    style = tokens[0].styles & TITLE_STYLES
    end = 0
    while end + 1 < len(tokens) and tokens[end + 1].styles & style:
        end += 1
    names = end + 1
    if not (
        end >= 1
        and names < len(tokens)
        and ends_sentence(tokens[end].text)
        and all(labels[k] == "author" for k in range(names + 1))
        and any(tokens[k].text[:1].islower() for k in range(1, end + 1))
        and not tokens[names].styles & style
    ):
        return
    last = next((k for k in range(names, min(names + 12, len(tokens))) if tokens[k].text.endswith(".")), None)
    chapter = last is not None and last + 1 < len(tokens) and tokens[last + 1].text in _IN_WORDS
    later = labels.index("title") if "title" in labels else None
    named = None  # ("… Noguera, L., Pérez de la Fuente, I. *Journal*": the last name read as the title)
    if later is not None and tokens[later - 1].text.endswith(","):
        named = _inverted_names_end(tokens, later)
    # ("**Title.** Names. *Working Papers do ICS*, WP 2023/04": the italic series read as the title)
    italic = later is not None and "italic" in tokens[later].styles and not tokens[later].styles & style
    if later is not None and named is None and not italic:
        review = REVIEW_OPENS.match(labelled.block.text, tokens[later].start) is not None
        if not (review or (chapter and last is not None and later > last)):
            return
    labels[:names] = ["title"] * names
    while later is not None and later < len(tokens) and labels[later] == "title":
        labels[later] = "author" if named is not None else "container" if chapter or italic else "note"
        later += 1


def _editors_read_as_authors(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "<u>Guadalupe Ramírez Soto</u>. En Leticia Domínguez Mora y Carlos Ruiz Pineda (coords.), *Salud
    …*": "In" after the names' full stop and the names up to an editors' mark, read as more authors, are
    the book's editors."""
    for k in range(1, len(tokens) - 2):
        if labels[k] != "author" or tokens[k].text not in _IN_WORDS or not tokens[k - 1].text.endswith("."):
            continue
        mark = next(
            (
                m
                for m in range(k + 2, min(k + 14, len(tokens)))
                if labels[m] == "author" and _EDITORS.match(tokens[m].text.strip(",;:."))
            ),
            None,
        )
        if mark is not None and all(labels[m] == "author" for m in range(k, mark)):
            labels[k] = "other"
            labels[k + 1 : mark + 1] = ["editor"] * (mark - k)
        return


def _chapter_read_as_editors(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Karaaslan E. Antidepresan ilaçlar. İçinde: Aydın S, Kaplan M (Ed.), *Book*": a chapter's names and
    title, read as editors with the book's, are its authors (to their last initial) and its title (to the
    "In" word)."""
    if labels[:1] != ["editor"]:
        return
    k = next((i for i in range(2, min(len(tokens), 40)) if tokens[i].text in _IN_WORDS), None)
    if k is None or not tokens[k - 1].text.endswith(".") or any(labels[i] != "editor" for i in range(k)):
        return
    texts = [t.text for t in tokens[:k]]
    names = next((j for j in range(1, k - 1) if texts[j][-1] == "." and _dotted_initial(texts[j])), None)
    if names is not None:
        labels[: names + 1] = ["author"] * (names + 1)
        labels[names + 1 : k] = ["title"] * (k - names - 1)
        labels[k] = "other"


_ONE_WORD_JOURNAL = re.compile(r"[A-Z][A-Za-z&]{1,11}")
_READ_AS_TITLE_OR_NOTE = frozenset({"title", "note", "container"})


def _cjk_title_after_latin_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Li, M., Wang, H. 基于FAST的脉冲星偏振定标方法研究. 天文学报, 63(4), 38.": names in Latin letters
    end at their last initial; the Chinese words after them, read as more names, are the title to its
    full stop and the journal to its comma."""
    k = next((i for i, name in enumerate(labels) if name == "author"), None)
    if k is None:
        return
    while k < len(tokens) and labels[k] == "author" and not _CJK_CHAR.search(tokens[k].text):
        k += 1
    if k == 0 or k >= len(tokens) or labels[k] != "author" or not _dotted_initial(tokens[k - 1].text):
        return
    if not tokens[k].text.endswith(".") or len(tokens[k].text) < 5:
        return
    labels[k] = "title"
    journal = k + 1
    if (
        journal < len(tokens)
        and labels[journal] == "author"
        and _CJK_CHAR.match(tokens[journal].text)
        and tokens[journal].text.endswith(",")
    ):
        labels[journal] = "container"


def _imprint_after_a_bracketed_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "김서연. 『수의사의 윤리』. 서울: 범문에듀케이션.": after a book's title in its brackets, a
    town and its colon, then the publisher to its comma or full stop (a book's venue is its publisher)."""
    # a chapter's "이정민 편, 『동물과 인간의 역사』, 211–240쪽.": the book in its brackets
    read_as = ("container", "note")  # (however the labeller read the words after the chapter's title)
    books = (k for k, t in enumerate(tokens) if labels[k] in read_as and t.text.startswith("『"))
    opens = next(books, None)
    closes = next((j for j in range(opens, len(tokens)) if "』" in tokens[j].text), None) if opens else None
    if opens is not None and closes is not None and "title" in labels[:opens]:
        labels[opens : closes + 1] = ["container"] * (closes + 1 - opens)
        k = opens
        while k > 0 and labels[k - 1] in read_as:
            k -= 1
            edited = _edited(tokens[k].text) or tokens[k].text.rstrip(",") in ("편", "編")
            labels[k] = "editor" if edited else "note"
        for j in range(closes + 1, len(tokens)):
            if labels[j] not in (*read_as, "title") or _CJK_TOWN.fullmatch(tokens[j].text):
                break
            labels[j] = "pages" if _has_digit(tokens[j].text) else "publisher"
    for k in range(1, len(tokens) - 1):
        before = k - 2 if labels[k - 1] == "pages" else k - 1  # (after the chapter's pages: "240쪽. 파주:")
        closed = before >= 0 and tokens[before].text.rstrip(".,").endswith(_BOOK_CLOSES)
        if closed and _CJK_TOWN.fullmatch(tokens[k].text):
            labels[k] = "location"
            opening = next((j for j in range(before, -1, -1) if tokens[j].text[:1] in "『《"), None)
            if opening is not None and all(labels[j] == "author" for j in range(opening, before + 1)):
                labels[opening : before + 1] = ["title"] * (before + 1 - opening)  # (a book, read as names)
            for j in range(k + 1, len(tokens)):
                if labels[j] in ("date", "url", "doi", "other") or not _CJK_CHAR.search(tokens[j].text):
                    break
                labels[j] = "publisher"
                if tokens[j].text.endswith((",", ".", "，", "。")):
                    break
            for j in range(k + 1, len(tokens)):  # (no name after the imprint: a note under the entry)
                labels[j] = "note" if labels[j] == "author" else labels[j]
            return


_CJK_TOWN = re.compile(f"[{CJK_RANGES}]{{1,6}}[:：]")  # "서울:", "東京：", "北京:"
_BOOK_CLOSES = ("』", "》")


def _cjk_names_then_a_spaced_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """Korean "이준혁; 정다은; 김태윤. 저조도 환경에서의 … 기법. 방송공학회논문지 2023": names of two to four
    characters end at the one with a full stop; the spaced words after it, read as more names, are the
    title to its stop."""
    k = next((i for i, name in enumerate(labels) if name == "author"), len(tokens))
    while k < len(tokens) and labels[k] == "author" and (name := _CJK_NAME.fullmatch(tokens[k].text)):
        if name["end"] == ".":
            break
        k += 1
    else:
        return
    title = end = k + 1
    while end < len(tokens) and labels[end] == "author" and _CJK_CHAR.search(tokens[end].text):
        end += 1
        if tokens[end - 1].text.endswith(_CJK_STOPS):
            break
    if end - title < 2 or not tokens[end - 1].text.endswith(_CJK_STOPS):
        return
    labels[title:end] = ["title"] * (end - title)  # (what follows is `_long_cjk_is_no_name`'s to read)


def _cjk_meeting_read_as_a_date(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "第27回 画像の認識・理解シンポジウム (MIRU2024), IS-2-47 (2024).": a meeting's CJK name read as a date
    (no digit in it) is the venue, with its ordinal before it ("第27回", the 27th) and its acronym after."""
    for i, token in enumerate(tokens):
        bare = token.text.strip(_CJK_NAME_EDGES + "·・")  # (not a middle dot between a venue and its date)
        if labels[i] != "date" or not _CJK_CHAR.search(bare) or _has_digit(token.text):
            continue
        start, end = i, i + 1
        if start and labels[start - 1] == "date" and _CJK_ORDINAL.fullmatch(tokens[start - 1].text):
            start -= 1
        if end < len(tokens) and labels[end] == "date" and _DATED_ACRONYM.fullmatch(tokens[end].text):
            end += 1
        labels[start:end] = ["container"] * (end - start)


_CJK_ORDINAL = re.compile(r"第\s?\d{1,3}\s?[回届次屆]")  # "第27回", "第12届": the 27th, 12th meeting
_DATED_ACRONYM = re.compile(rf"\([A-Z][A-Za-z&-]{{1,12}}\s?['’]?(?:{YEAR}|\d{{2}})\)[,.;:]?")  # "(MIRU2024),"


def _full_width_aside_after_the_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Wu, K., Sun, Q., et al.（本人为第 7 作者）The FAST …": a full-width bracket after the names, before
    the title, is a note on them (here: "I am the 7th author"), neither a name nor the title."""
    for i in range(1, len(tokens) - 1):
        if not tokens[i].text.startswith("（") or labels[i - 1] != "author":
            continue
        close = next((j for j in range(i, min(i + 8, len(tokens))) if "）" in tokens[j].text), None)
        if close is not None and close + 1 < len(tokens) and labels[close + 1] == "title":
            labels[i : close + 1] = ["note"] * (close + 1 - i)
        return


def _journal_after_a_closing_status(
    tokens: Sequence[Token], labels: list[str], spans: Sequence[tuple[int, int]]
) -> None:
    """ "Title, submetido à Phys. Rev. Mater.", "Title, em revisão no J. Alloys Compd.", "Title? 已提交 ApJ
    (submitted).": a status after the title's comma or full stop, read as the title's end, and the journal
    it names (after its "to" word) end the entry (a status in brackets may follow)."""
    for start, end in spans:
        first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
        last = max((i for i, t in enumerate(tokens) if t.start < end), default=-1)
        ending = tokens[first - 1].text.rstrip("”\"’'»") if first else ""  # (“Title.” Revise and resubmit, …)
        if not 0 < first <= last or not ending.endswith((",", ".", "?", "!")):
            continue
        journal = last + 1
        if journal < len(tokens) and tokens[journal].text.islower() and len(tokens[journal].text) <= 3:
            journal += 1  # "à", "no", "to", "at"
        elif journal < len(tokens) and _BRACKETED_ACRONYM.fullmatch(tokens[journal].text):
            journal += 1  # "Доработка и повторное рассмотрение (R&R), Labour Economics": the status's gloss
        stop = journal
        while (
            stop < len(tokens)
            and labels[stop] in _READ_AS_TITLE_OR_NOTE
            and tokens[stop].text[0] != "("
            and not _is_button(tokens[stop])
        ):
            stop += 1
        if any(labels[i] not in ("title", "note", "container", "status") for i in range(first, journal)):
            continue
        rest = [k for k in range(stop, len(tokens)) if not _is_button(tokens[k])]  # ("[PDF]" after it)
        if any(labels[k] != "status" for k in rest) and not (
            status_in(" ".join(t.text for t in tokens[stop:])) and tokens[stop].text.startswith("(")
        ):
            continue  # (what follows the journal: nothing, or its status in brackets, "(submitted).")
        words = [t.text for t in tokens[journal:stop]]
        one_word = len(words) == 1 and _ONE_WORD_JOURNAL.fullmatch(words[0].rstrip(".,")) is not None
        # ("Revise and resubmit, Labour Economics.": a name in capitals after the status's comma)
        named = tokens[journal - 1].text.endswith(",") and _capitalised_name(words)
        if words and (one_word or named or _journal_like(words)):  # ("ApJ", "MNRAS", "Nature")
            labels[first:journal] = ["status"] * (journal - first)
            labels[journal:stop] = ["container"] * (stop - journal)
            return


def _is_button(token: Token) -> bool:
    """A link button after an entry: "[PDF]", "[Code]"."""
    text = token.text
    return text[:1] == "[" and text.rstrip(".,;")[-1:] == "]" and text.strip("[].,;").lower() in LINK_WORDS


def _editors_after_the_books_name(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Teoksessa *Paikallishistorian uudet suunnat*, toim. Tiina Korhonen & Mikko Salo. Helsinki": an
    editors' mark after the book's comma and the names up to the sentence's end, read into the book's
    name, are its editors."""
    for i in range(1, len(tokens) - 1):
        if not (
            labels[i] == "container"
            and labels[i - 1] == "container"
            and tokens[i - 1].text.endswith(",")
            and (
                _EDITORS.match(tokens[i].text) or (tokens[i].text == "edited" and tokens[i + 1].text == "by")
            )
        ):
            continue
        if labels[i + 1] == "editor":  # (the names read as the editors already; MLA's "edited by …")
            labels[i] = "editor"
            return
        end = i + 1  # (a few editors' names)
        while (
            end < min(i + 16, len(tokens))
            and labels[end] == "container"
            and NAME_TOKEN.match(tokens[end].text)
        ):
            if ends_sentence(tokens[end].text):
                labels[i : end + 1] = ["editor"] * (end + 1 - i)
                return
            end += 1


def _review_sentence_after_the_title(labelled: Labelled, labels: list[str]) -> None:
    """ "Opettajattaren arki. Arvio teoksesta Helena Saari: *Kansakoulun naiset*. *Kasvatus & Aika*": a
    review's own title, then the sentence naming the book it reviews: a note, not more of the title nor
    the journal's name (the journal after it)."""
    tokens, text = labelled.tokens, labelled.block.text
    if "title" not in labels:
        return
    for k in range(labels.index("title") + 1, len(tokens)):
        if not (
            labels[k] in ("title", "container")
            and ends_sentence(tokens[k - 1].text)
            and REVIEW_OPENS.match(text, tokens[k].start)
        ):
            continue
        if labels[k] == "title":
            first = labels.index("title")
            if k - first == 1 and first > 0 and labels[first - 1] == "author":
                labels[first] = "author"  # "Roslan, Nur Aqilah. Review of *Book*": the name's last word, and
                return  # the review's sentence is its only title
            end = k
            while end < len(tokens) and labels[end] == "title":
                labels[end] = "note"
                end += 1
            return
        end = k  # the book's sentence read into the venue, the journal after it
        while end < len(tokens) - 1 and not (
            ends_sentence(tokens[end].text) and labels[end + 1] == "container"
        ):
            end += 1
        if end < len(tokens) - 1:
            labels[k : end + 1] = ["note"] * (end + 1 - k)
        return


def _review_of_a_named_book(labelled: Labelled, labels: list[str]) -> None:
    """ "ANTILEF SOTO, F. Reseña de «El agua es vida», de Marcela Zúñiga. **Revista Chilena …**": a review
    whose title names the book it reviews, in quotes or italics, after the names' full stop: the title
    runs from "Reseña de" to its sentence's end (over the book's name), the styled journal after it is
    the venue."""
    tokens, text = labelled.tokens, labelled.block.text
    for k in range(1, len(tokens) - 2):
        if not (
            labels[k] in ("author", "title")
            and labels[k - 1] == "author"
            and tokens[k - 1].text.endswith(".")
            and REVIEW_OPENS.match(text, tokens[k].start)
        ):
            continue
        named = next(
            (
                j
                for j in range(k + 1, min(k + 4, len(tokens)))
                if tokens[j].quoted or tokens[j].styles & _STYLED
            ),
            None,
        )
        if named is None:
            return
        end = named
        while end < len(tokens) - 1 and (tokens[end].quoted or not ends_sentence(tokens[end].text)):
            end += 1
        labels[k : end + 1] = ["title"] * (end + 1 - k)
        venue = end + 1
        while (
            venue < len(tokens) and tokens[venue].styles & _STYLED and labels[venue] in ("title", "container")
        ):
            labels[venue] = "container"
            venue += 1
        return


def settled_labels(labelled: Labelled) -> list[str]:
    """The labels an entry is interpreted with: the labeller's, with the reading rules applied."""
    return _settled(labelled)


def _title_opens_after_the_initials(tokens: Sequence[Token], labels: list[str]) -> None:
    """GOST's "Краснова О. С. Частица «де» …" (or "Krasnova O. S. Dialect vocabulary …"): a name printed
    surname first ends with its initials, so a word after them that the names took opens the title."""
    if "author" not in labels:
        return
    start = end = labels.index("author")  # (after a year or a number the page prints first)
    while end + 1 < len(labels) and labels[end + 1] == "author":
        end += 1
    if end + 1 >= len(labels) or labels[end + 1] != "title":
        return
    last = _WITHOUT_MARKS.sub("", tokens[end].text)  # ("Dizon C. B.^†^": an initial with its mark)
    if not last[:1].isupper() or last[-1:] in ",;.:" or _INITIAL_TOKEN.match(last):
        return  # (DBLP's "Rebecca J. Amundsen: Title": a colon ends the names)
    k = end - 1
    while k >= 0 and tokens[k].text.endswith(".") and _INITIAL_TOKEN.match(tokens[k].text):
        k -= 1
    if k == end - 1 or k < start:
        return  # no initials before the word, or initials first ("О. С. Краснова")
    surname = tokens[k].text
    first = k  # (a surname of two words: "Fuentes Rojas C. Medina y la …")
    if first > start and tokens[first - 1].text[:1].isupper() and tokens[first - 1].text[-1:].isalpha():
        first -= 1
    starts = first == start or tokens[first - 1].text.endswith((",", ";"))
    if starts and surname[:1].isupper() and surname[-1:] not in ",;." and not _INITIAL_TOKEN.match(surname):
        labels[end] = "title"


def _title_after_the_last_inverted_name(tokens: Sequence[Token], labels: list[str]) -> None:
    """ACS's "Ishikawa, Y.; Morikawa, T.; Kida, S. Near-Inertial Internal Waves …": names parted by
    semicolons end with the last one's initials; the words after them that the names took open the title."""
    if "author" not in labels:
        return
    start = end = labels.index("author")
    while end + 1 < len(labels) and labels[end + 1] == "author":
        end += 1
    if end + 1 >= len(labels) or labels[end + 1] != "title" or "title" in labels[:start]:
        return  # (the names open the entry; after a title, "… Zhang, Y. In *Book*" is a chapter's "In")
    if not any(tokens[i].text.endswith(";") for i in range(start, end)):
        return
    # ("Oyelaran, H. K.*": the initials' marks; DIN's "Karimi, A. H.:": a colon ends the names)
    bare = [_WITHOUT_MARKS.sub("", t.text).rstrip(":") for t in tokens]
    last = next(
        (j for j in range(end, start, -1) if bare[j].endswith(".") and _dotted_initial(bare[j])), None
    )
    if last is None or last == end:
        return
    family = last
    while family > start and _dotted_initial(bare[family - 1]):
        family -= 1  # ("Kida, S. T.": the family name before all the initials)
    if not bare[family - 1].endswith(","):
        return
    rest = tokens[last + 1 : end + 1]
    if any(
        t.text.endswith((",", ";"))
        or _dotted_initial(bare[last + 1 + i])
        or t.text in _NAME_JOINERS | _IN_WORDS
        for i, t in enumerate(rest)
    ):
        return
    if rest[0].text[:1].isupper():
        labels[last + 1 : end + 1] = ["title"] * (end - last)


def _gost_heading_name(tokens: Sequence[Token], labels: list[str]) -> None:
    """GOST's heading name, "Воронцова Е. С. Гармоническое мышление Н. Я. Мясковского : монография": one
    family name and its initials open the entry, the title right after them, however far the labeller ran
    the names on (a person the title names has initials too)."""
    if len(tokens) < 4 or labels[0] != "author" or not _FAMILY_WORD.fullmatch(tokens[0].text):
        return
    k = 1
    while k < len(tokens) and k <= 3 and _dotted_initial(tokens[k].text.rstrip(",;")):
        if tokens[k].text.endswith((",", ";")):
            return  # more names: "Хуснутдинова А. В., Смирнова Е. А. Title"
        k += 1
    if k == 1 or k >= len(tokens) or not tokens[k].text[:1].isupper() or _dotted_initial(tokens[k].text):
        return
    end = k
    while end < len(tokens) and labels[end] == "author":
        end += 1
    # (two words of the title at least: "Alex Q. Owner (2024)" is a given name, an initial and a surname)
    if end - k >= 2 and not any(t.text.endswith((",", ";")) for t in tokens[k:end]):
        labels[k:end] = ["title"] * (end - k)


def _abnt_marks_open_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ABNT's "LOBO, M. T.; PINTO, R. N. . Regras …" and "… R. N. (Orgs.). Wittgenstein no Brasil": a full
    stop standing alone, or the editors' mark, after the names is neither the names' nor the title's."""
    if "title" not in labels:
        return
    k = labels.index("title")
    if k == 0 or labels[k - 1] != "author" or k + 1 >= len(tokens) or labels[k + 1] != "title":
        return
    text = tokens[k].text
    if text == "." or (text.startswith("(") and _EDITORS.match(text.strip(":,;."))):
        labels[k] = "other"


def _abnt_book_after_its_editors(tokens: Sequence[Token], labels: list[str]) -> None:
    """ABNT's chapter "“Title”. In: LOBO, M. T.; PINTO, R. N. (Orgs.). Book: subtitle. Place: Publisher":
    the names between "In:" and the editors' mark are the book's editors, the sentence after it the book."""
    for k in range(1, len(tokens) - 2):
        if tokens[k].text not in _IN_WORDS or labels[k - 1] not in ("title", "other"):
            continue
        mark = next(
            (
                m
                for m in range(k + 2, min(k + 24, len(tokens) - 1))
                if tokens[m].text.startswith("(")
                and tokens[m].text.endswith(").")  # (the book a sentence of its own after "(Orgs.).")
                and _EDITORS.match(tokens[m].text.strip(":,;."))
            ),
            None,
        )
        if mark is None or not all(NAME_TOKEN.match(tokens[m].text) for m in range(k + 1, mark)):
            return
        end = mark + 1
        while end < len(tokens) - 1 and not tokens[end].text.endswith("."):
            end += 1
        labels[k] = "other"
        labels[k + 1 : mark] = ["editor"] * (mark - k - 1)
        labels[mark] = "other"
        labels[mark + 1 : end + 1] = ["container"] * (end - mark)
        return


def _coeditors_open_the_entry(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "With Tom Aldous, eds. *George Gissing and the Literary Marketplace*. Edinburgh: EUP, 2020.": a
    book the owner edited with the names before "eds." (the owner unnamed); its italic title follows."""
    eds = next(
        (k for k in range(1, min(len(tokens), 12)) if _EDITORS.match(tokens[k].text.strip(",.;:"))), None
    )
    if eds is None or eds + 1 >= len(tokens) or "italic" not in tokens[eds + 1].styles:
        return
    labels[: eds + 1] = ["author"] * (eds + 1)
    k = eds + 1
    while k < len(tokens) and "italic" in tokens[k].styles:
        labels[k] = "title"
        k += 1


def _bracketed_reprint(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "…, S. 141–163 (Wiederabdruck in: M. Rüegg (Hg.), *Alpine Räume*, Zürich 2019, S. 55–70)": a
    reprint in brackets after the work is a note; the work is where it first appeared."""
    for k in range(1, len(tokens)):
        if tokens[k].text.startswith(("(", "[")) and _REPRINT.fullmatch(tokens[k].text.lstrip("([")):
            depth, end = 0, k
            while end < len(tokens):
                depth += tokens[end].text.count("(") + tokens[end].text.count("[")
                depth -= tokens[end].text.count(")") + tokens[end].text.count("]")
                end += 1
                if depth <= 0:
                    break
            labels[k:end] = ["note"] * (end - k)
            return


#: The words of a note on a reprint: "Wiederabdruck in:", "reprinted in", "réimpr. dans", "ristampato in".
_REPRINT = re.compile(r"(?i)(?:wiederabdruck|nachdruck|reprint|réimpr|ristampa|reimpr|herdruk)\w*\.?:?")


def _in_word_before_a_book(tokens: Sequence[Token], labels: list[str]) -> None:
    """Norwegian, Danish and Swedish "«Tittel». I *Bok*, redigert av …", Czech, Polish and Croatian
    Chicago's "„Title.“ V *Book*, editoval …", IEEE's "„Title,“ v *Proc. …*": the word for "in" before an
    italic book after the title is no word of the book's name."""
    for k in range(1, len(tokens) - 1):
        if _in_before_a_book(tokens, k) and labels[k] in ("container", "title") and labels[k - 1] == "title":
            labels[k] = "other"
            end = k + 1
            while end < len(tokens) and "italic" in tokens[end].styles and labels[end] == "title":
                end += 1
            labels[k + 1 : end] = ["container"] * (end - k - 1)


def _in_before_a_book(tokens: Sequence[Token], k: int) -> bool:
    """Whether token `k` is the word for "in" before an italic book: "«Tittel». I *Bok*", "„Title.“ V
    *Book*"."""
    return (
        tokens[k].text in _IN_BEFORE_A_BOOK
        and k + 1 < len(tokens)
        and "italic" in tokens[k + 1].styles
        and "italic" not in tokens[k].styles
        and (
            tokens[k - 1].text.endswith((".", ",“", ".“", "»", "”", "'", '"', "».", "”."))
            or (tokens[k].text.islower() and tokens[k - 1].text.endswith(","))  # "Title, i *Bok*, redigerad"
        )
    )


#: The word for "in" before a chapter's book (Scandinavian, Czech, Polish, Croatian, German, Russian,
#: Ukrainian). (and Swedish IEEE's "i")
_IN_BEFORE_A_BOOK = frozenset({"I", "V", "W", "U", "Ve", "Im", "i", "v", "w", "u", "ve", "В", "в", "У", "у"})
_IN_BEFORE_A_BOOK_IN_TEXT = re.compile(f" (?:{'|'.join(sorted(_IN_BEFORE_A_BOOK))}) ")


def _quoted_title_beside_an_italic_one(tokens: Sequence[Token], labels: list[str]) -> None:
    """Two title runs, one quoted and one in italics (jemdoc's venue first: "/Yearbook for Traditional
    Music/ 50 (2018), 133--154. "Archiving the kantele …." *S. Kivelä*."): the quoted one is the title,
    the one in italics its venue."""
    runs: list[list[int]] = []
    for i, label in enumerate(labels):
        if label == "title":
            if not runs or labels[i - 1] != "title":
                runs.append([])
            runs[-1].append(i)
    if len(runs) != 2:
        return
    for italic, quoted in (runs, runs[::-1]):
        if all(tokens[i].quoted for i in quoted) and all(
            "italic" in tokens[i].styles and not tokens[i].quoted for i in italic
        ):
            for i in italic:
                labels[i] = "container"
            return


def _venue_opens_the_entry_after_its_label(
    tokens: Sequence[Token], labels: list[str], line_starts: Sequence[int]
) -> None:
    r"""`_venue_opens_the_entry`, also after a label the markup left in the text ("A1. **Journal**, 2023,
    20(1): 45–62. “Title” – Names", a Word export's numbering): the label is none of the fields; or after
    a year column ("2024 | **A&A** 683, A45 -- *Title* -- Names", moderncv's `\cvitem{2024}`), the year."""
    # (after a year, a styled run read as names and closed by a comma is the owner's: "2022 | **Nguyễn Thị
    # Thu Hà**, Vũ Đức Minh. Title", not a journal's "**Nature Astronomy** 6, 1024–1031")
    run = next((k for k in range(1, len(tokens)) if not tokens[k].styles & _STYLED), len(tokens))
    owner = run > 2 and set(labels[1:run]) == {"author"} and tokens[run - 1].text.endswith(",")
    year = bool(tokens) and _LINE_YEAR.fullmatch(tokens[0].text) is not None and not owner
    if len(tokens) > 3 and (year or _ITEM_LABEL.fullmatch(tokens[0].text)) and tokens[1].styles & _STYLED:
        rest = labels[1:]
        _venue_opens_the_entry(tokens[1:], rest, [k - 1 for k in line_starts if k > 1])
        if rest != labels[1:]:
            labels[:] = ["date" if year else "other", *rest]
        return
    _venue_opens_the_entry(tokens, labels, line_starts)


_ITEM_LABEL = re.compile(r"\[?[A-Z]{1,3}\d{1,4}[.\])]?")  # "A1.", "[C16]", "J3)"


def _venue_opens_the_entry(tokens: Sequence[Token], labels: list[str], line_starts: Sequence[int]) -> None:
    """A venue-first list's "***BMJ Glob Health*** (2024) — Title. Memon Z, **Abbasi HN**, …" (the format
    "journal (year) — title — authors"): the words before the dash are the venue (its styled name, or what
    comes before the bracket of the date, the status, the place or the publisher), and those after the dash
    up to the names the title, however they were read; the names end the entry."""
    dashes = [k for k in range(1, min(len(tokens), 30)) if tokens[k].text in _VENUE_DASHES]
    plain = [k for k in dashes if not tokens[k].styles & _STYLED]  # (not one inside the styled venue)
    first = plain[0] if plain else dashes[0] if dashes else None
    dash = next((k for k in dashes if _dated_dash(tokens, k)), first)
    dated = False  # "***Asian Journal of Social Psychology*** (2024). Title. Names. *27*(1), 44–59."
    if dash is None:
        dash = _year_after_a_styled_venue(tokens)
        if dash is None:  # "**Review of Economic Studies**, revise and resubmit. [*Title*](…). Names."
            dash = _styled_venue_before_a_set_off_title(tokens, labels)
        dated = dash is not None
    elif (set_off := _styled_venue_before_a_set_off_title(tokens, labels)) is not None and set_off < dash:
        dash, dated = set_off, True  # "**Journal**, 2023, 20(1): 45–62. “Title” – Names": the dash the names'

    tag = dash is None and (dash := _styled_venue_tag(tokens)) is not None  # "**[ICRA 2024]** Title. Names."
    if tag and dash is not None and dash + 1 < len(labels) and labels[dash + 1] == "author":
        return  # (a status tag before the names: "**[En prensa]** Sotomayor Quiroga, V., … (en prensa).")
    if (
        dash is None
        or dash + 2 >= len(tokens)
        or (not tag and not dated and tokens[dash].styles & _STYLED)
        or (not dated and tokens[dash - 1].styles & tokens[dash + 1].styles & _STYLED)
    ):
        return  # (a dash inside a styled title: "**Hämeen kyläkirjat digitoidaan – miksi …**")
    end = 0
    while end < dash and tokens[end].styles & _STYLED:
        end += 1
    read_as = _NAME_OR_TITLE | {"note", "publisher", "location", "date"} if end else _NAME_OR_TITLE
    if not end and _dated_dash(tokens, dash):
        end = dash - 1  # (Lattes' "Nature Human Behaviour, 2023 – “Title”. Names.": its year after a comma)
    elif not end:  # (an unstyled venue: up to the bracket of its date, "Asia Pac J Public Health (2019) —")
        end = next((k for k in range(dash) if tokens[k].text.startswith("(")), 0)
        bracket = " ".join(t.text for t in tokens[end:dash])
        if dash - end > 4 or not bracket.endswith(")") or not (_YEAR.search(bracket) or status_in(bracket)):
            return
    if not end or any(name not in read_as for name in labels[:end]) or set(labels[:end]) == {"date"}:
        return  # (a styled one may be a thesis's degree and institution, however the labeller read it;
        # a styled year alone, "**2024** — A. Ionescu, …", is the year of a year-first list)
    if (
        set(labels[:end]) == {"author"}
        and any(_dotted_initial(t.text) for t in tokens[:end])
        and not all(t.text.endswith(".") for t in tokens[:end])  # ("**Math. Z.**": a journal abbreviated,
        and not any(_abbreviated_venue_word(t.text) for t in tokens[:end])  # "**J. Reine Angew. Math.**")
    ):
        return  # (the owner's name in bold, "**Motaung, R.** (2023). Title — a dash inside it …")
    if _names_then_a_set_off_title(tokens, labels, dash):
        labels[:end] = ["container"] * end
        _between_the_venue_and_the_dash(tokens, labels, end, dash)
        return
    # the names: by their look, as inverted names after a sentence ("… Malaysia. Chin, W. Y., …, & Jansen,
    # R. *14*, Article 1187734.") or names ending the entry, else as the labeller read them
    names, names_end = next(
        (
            (k, stop)
            for k in range(dash + 3, len(tokens))
            if (
                (ends_sentence(tokens[k - 1].text) and not _dotted_initial(tokens[k - 1].text))
                or tokens[k - 1].text in _VENUE_DASHES
            )
            and (stop := _inverted_names_end(tokens, k)) is not None
        ),
        (None, len(tokens)),
    )
    note = _note_line_after(tokens, dash + 2, line_starts)  # ("… Names.\n   Données et scripts …")
    lined = _names_line_under_the_title(tokens, dash + 1, line_starts) if names is None else None
    if (
        lined is not None
    ):  # a field a line: "/Nature Genetics/, 2024\n*Title*\nE. Bergqvist och M. Holm\nDOI:"
        names, names_end = lined
        note = names_end  # (the lines after it: its identifiers and notes)
    if names is None:
        names = _names_ending_the_entry(tokens[:note], dash + 2)
        names_end = _before_trailing_links(tokens[:note], dash + 2)
    if names is None:
        names = next((k for k in range(dash + 2, note) if labels[k] in ("author", "editor")), None)
    if names is None:
        return
    # a line the page itself breaks (not a source line an HTML page wraps anywhere), or one the owner's
    # highlighted name opens
    broken = [k for k in line_starts if tokens[k].break_before or "bold" in tokens[k].styles]
    opened = next((k for k in broken if names - 3 <= k < names and k > dash + 2), None)
    if opened is not None and all(NAME_TOKEN.match(t.text.strip("*_")) for t in tokens[opened:names]):
        names = opened  # the line of names opens with a given name: "… minyak jarak\n**Rizky A. Pratama**, …"
    styled_title = tokens[dash + 1].styles & _STYLED
    late = next((k for k in broken if names < k <= names + 2), None)
    if styled_title and late is not None and all(t.styles & styled_title for t in tokens[names:late]):
        names = late  # (the title's last words, styled as it is, are none of the names on the next line)
    below = next((k for k in broken if k > names), None)
    if below is not None and below < names_end:  # the names end with their line, the venue on the next
        names_end = below  # ("— *Title*  \n Rui Zhang, **D. Osei**  \n International Journal of …")
    between = names - 1 if tokens[names - 1].text in _VENUE_DASHES else names  # (the dash before the names)
    if any(name not in _AFTER_THE_DASH for name in labels[dash + 1 : between]):
        return
    if tag:  # the tag whole: its venue, its year and status ("[Under review, IEEE Transactions …]")
        labels[: dash + 1] = [
            "date" if _LINE_YEAR.fullmatch(t.text.strip("[],")) else "container" for t in tokens[: dash + 1]
        ]
        said = status_in(" ".join(t.text for t in tokens[: dash + 1]))
        at = 0
        for k in range(dash + 1):  # (the words of a status phrase in it)
            if said is not None and at < said[1].end() and at + len(tokens[k].text) > said[1].start():
                labels[k] = "status"
            at += len(tokens[k].text) + 1
    else:
        labels[:end] = ["container"] * end
        _between_the_venue_and_the_dash(tokens, labels, end, dash)
    k = dash + 1  # (the title's run; a note after it, "PhD thesis.", or its pages, stay as they are)
    inner = next((j for j in range(k + 1, min(k + 5, names)) if tokens[j].text in _VENUE_DASHES), None)
    if inner is not None and _THESIS_WORD.search(" ".join(t.text for t in tokens[k:inner])):
        labels[k : inner + 1] = ["note"] * (inner + 1 - k)  # "… 2020 – disertační práce – Title. – Names"
        k = inner + 1
    while k < names and (labels[k] in ("title", "container", "author") or tokens[k].quoted):
        labels[k] = "other" if tokens[k].text in _VENUE_DASHES and k + 1 == names else "title"
        k += 1
    # (Vancouver's names, however they were read: "Van der Linden F, Douw G, Schoonhoven L.")
    printed = " ".join(t.text for t in tokens[names:names_end])
    listed = _VANCOUVER_NAME_LIST.fullmatch(printed) or _INITIALLED_NAMES.fullmatch(printed)
    read_as_names = ("title", "container", "editor") + (("note", "publisher") if listed else ())
    for k in range(names, names_end):
        if labels[k] in read_as_names:
            labels[k] = "author"
        if tokens[k].text in _VENUE_DASHES:  # ("… "Title" --- T. Okafor, …": the dash before the names)
            labels[k] = "other"
    for k in range(names_end, len(tokens)):  # ("… & Jansen, R. *14*, Article 1187734.": the numbers)
        if labels[k] == "author" or (k >= note and labels[k] in _NAME_OR_TITLE):
            labels[k] = "volume" if _has_digit(tokens[k].text) and k < note else "note"


def _names_line_under_the_title(
    tokens: Sequence[Token], title: int, line_starts: Sequence[int]
) -> tuple[int, int] | None:
    """Where the line of names under a title that has a line of its own (from `title`) starts and ends,
    when that line is names only ("A. Sjöberg, E. Bergqvist och U. Gyllensten"); None otherwise."""
    if not tokens[title].break_before:
        return None
    starts = [k for k in line_starts if k > title] + [len(tokens)]
    start, end = starts[0], starts[1] if len(starts) > 1 else len(tokens)
    names = tokens[start:end]
    if (
        not names
        or len(names) > 60
        or not any(_INITIAL_TOKEN.match(t.text) or t.text.endswith(",") for t in names)
    ):
        return None
    named = all(NAME_TOKEN.match(t.text) or t.text in _NAME_JOINERS or t.text in PARTICLES for t in names)
    return (start, end) if named else None  # ("S. Hoogendijk, P. Vermeulen en M. de Boer")


def _note_line_after(tokens: Sequence[Token], start: int, line_starts: Sequence[int]) -> int:
    """Where a note on a line of its own ends an entry, after `start` and a full stop ("… H. Lemaire.\n
    Données et scripts R disponibles sur OSF."): a line of prose, two lowercase words of four letters or
    more; the entry's end if there is none."""
    for k in (
        k for k in line_starts if k > start and (ends_sentence(tokens[k - 1].text) or tokens[k - 1].link)
    ):
        if sum(1 for t in tokens[k:] if t.text[:1].islower() and len(t.text.strip(",.;:()")) >= 4) >= 2:
            return k
    return len(tokens)


def _dated_dash(tokens: Sequence[Token], k: int) -> bool:
    """Whether the dash at `k` follows a venue's ", YEAR" ("Dados – Revista de Ciências Sociais, 2020 –
    “Title”": that dash, not the one inside the journal's name, ends the venue)."""
    year = _BARE_YEAR_ALONE.fullmatch(tokens[k - 1].text) if k >= 2 else None  # (not GOST's "…, 2018. –")
    return year is not None and tokens[k - 2].text.endswith(",")


_AFTER_THE_DASH = frozenset({"title", "container", "note", "pages", "volume", "author", "doi", "url"})
#: (Pandoc's Markdown writes an em dash "---"; org's description items part the venue with "::")
_VENUE_DASHES = frozenset({"—", "–", "--", "---", "::"})  # (and as typed: "--", "---")


def _between_the_venue_and_the_dash(tokens: Sequence[Token], labels: list[str], end: int, dash: int) -> None:
    """A venue-first entry's words between the venue and the dash (or the date's last token): the year,
    status or place, or the numbers; the dash itself is none of the fields."""
    dashed = tokens[dash].text in _VENUE_DASHES
    for k in range(end, dash if dashed else dash + 1):
        if labels[k] in ("author", "title", "container"):
            if _LINE_YEAR.fullmatch(tokens[k].text.strip("()[],.")):
                labels[k] = "date"
            else:
                labels[k] = "volume" if tokens[k].text[:1].isdigit() else "note"
    if dashed:
        labels[dash] = "other"


def _names_then_a_set_off_title(tokens: Sequence[Token], labels: list[str], dash: int) -> bool:
    """A venue-first entry whose names follow the dash: up to a quoted or italic title ("**Phys. Rev. B**
    109, 075418 (2024) --- T. Akter, and M. N. H. Chowdhury, "Valley-selective …"."), or names with their
    initials first, ending at a full stop, then the title's sentence ("*Materials and Structures*, 2022 —
    C. Aubry, L. Giraudeau, H. Vasseur. Influence of clay …. 55(3), 84."): names, then the title,
    labelled so; False (nothing changed) for any other shape."""
    title = _initialled_names_end(tokens, dash + 1)
    if title is None:
        title = next(
            (k for k in range(dash + 1, len(tokens)) if tokens[k].quoted or "italic" in tokens[k].styles),
            None,
        )
        if title is None or title < dash + 3 or not tokens[title - 1].text.endswith((",", ".")):
            return False
        if not all(_capitalised_name_word(t.text) for t in tokens[dash + 1 : title]):
            return False
    if title >= len(tokens):
        return False
    if tokens[title].quoted or "italic" in tokens[title].styles:
        style = "quoted" if tokens[title].quoted else "italic"
        stop = title
        while stop + 1 < len(tokens) and (
            tokens[stop + 1].quoted if style == "quoted" else "italic" in tokens[stop + 1].styles
        ):
            stop += 1
    else:  # (the title's sentence, to its full stop)
        stop = next((k for k in range(title, len(tokens)) if ends_sentence(tokens[k].text)), len(tokens) - 1)
    labels[dash + 1 : title] = ["author"] * (title - dash - 1)
    labels[title : stop + 1] = ["title"] * (stop + 1 - title)
    return True


def _capitalised_name_word(text: str) -> bool:
    """A word of a name list: a capitalised name or initial (markers aside), a particle, or "and"."""
    word = _WITHOUT_MARKS.sub("", text).strip(",.;")
    return (
        text in ("and", "&")
        or word.lower() in _FAMILY_PREFIXES
        or (NAME_TOKEN.match(word) is not None and word[:1].isupper())
    )


def _initialled_names_end(tokens: Sequence[Token], start: int) -> int | None:
    """Where names printed initials first ("C. Aubry, T. T. H. Nguyen, P.-Y. Le Gall.") from `start` end:
    the token after the full stop of the last one, or None if the words there are no such names."""
    k = start
    while k < len(tokens):
        if tokens[k].text in ("and", "&"):
            k += 1
        end = _initialled_name(tokens, k)
        if end is None:
            return None
        k = end
        if _WITHOUT_MARKS.sub("", tokens[end - 1].text).endswith("."):
            return k if k > start else None
    return None


def _abbreviated_venue_word(text: str) -> bool:
    """A journal's abbreviated word with its full stop ("Math.", "Phys."), not an initial ("J.")."""
    bare = text.rstrip(",")
    return bare.endswith(".") and len(bare) > 2 and fold(bare[:-1]) in ABBREVIATED_VENUE_WORDS


def _names_after_a_quoted_title_and_its_dash(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "«Title» — Д. А. Колесников, А. С. Гаврилова. Матем. заметки, 2023, …", "\"Title\" — D. A. Kolesnikov.
    J. Funct. Anal., 2022": after a quoted title and its dash, names printed initials first up to the one
    closed by a full stop, then the journal up to its comma before the year (its abbreviations are no
    initials)."""
    if not tokens or not tokens[0].quoted:
        return
    dash = next((k for k, t in enumerate(tokens) if not t.quoted), None)
    if dash is None or tokens[dash].text not in ("—", "–"):
        return
    k = dash + 1
    while (end := _initialled_name(tokens, k)) is not None:
        k = end
        if _WITHOUT_MARKS.sub("", tokens[end - 1].text).endswith("."):
            break
    else:
        return
    year = next((j for j in range(k, min(k + 10, len(tokens))) if _BARE_YEAR.fullmatch(tokens[j].text)), None)
    if k == dash + 1 or year is None or year == k or not tokens[year - 1].text.endswith(","):
        return
    labels[:dash] = ["title"] * dash
    labels[dash] = "other"
    labels[dash + 1 : k] = ["author"] * (k - dash - 1)
    labels[k:year] = ["container"] * (year - k)


#: A Russian name's initial as romanised, two letters for one ("E. Yu. Lapteva", "A. Kh. Gareev").
_DIGRAPH_INITIAL = re.compile(r"(?:Yu|Ya|Yo|Ye|Kh|Zh|Ch|Sh|Shch|Ts)\.")


def _initialled_name(tokens: Sequence[Token], k: int) -> int | None:
    """Where one name printed initials first ("T. T. H. Nguyen,", "P.-Y. Le Gall.") from `k` ends: after
    its comma or full stop; None if the words there are no such name."""
    initials = k
    while initials < len(tokens) and (
        _dotted_initial(bare := _WITHOUT_MARKS.sub("", tokens[initials].text))
        or _DIGRAPH_INITIAL.fullmatch(bare)
    ):
        initials += 1
    if initials == k or initials - k > 4:
        return None
    end = initials
    while end < len(tokens) and end - initials < 3 and _capitalised_name_word(tokens[end].text):
        end += 1
        if _WITHOUT_MARKS.sub("", tokens[end - 1].text).endswith((",", ".")):
            return end
    return None


def _styled_venue_tag(tokens: Sequence[Token]) -> int | None:
    """The last token of a styled tag in brackets that opens the entry and names its venue, its year or
    status with it ("**[ICRA 2024]**", "**[Under review, IEEE Transactions on Field Robotics]**"), before
    a capitalised title; None for any other opening."""
    if len(tokens) < 4 or not tokens[0].text.startswith("[") or not tokens[0].styles & _STYLED:
        return None
    close = next(
        (k for k in range(min(len(tokens) - 2, 16)) if tokens[k].text.rstrip(".,:").endswith("]")), None
    )
    if close is None or not all(tokens[k].styles & _STYLED for k in range(close + 1)):
        return None
    after = tokens[close + 1]
    if after.styles & _STYLED or not after.text[:1].isupper() or tokens[close].text.rstrip(".,:") == "]":
        return None
    inside = " ".join(t.text for t in tokens[: close + 1]).strip("[]")
    return (
        close if any(c.isalpha() for c in inside) and not _INITIAL_TOKEN.match(tokens[0].text[1:]) else None
    )


def _year_after_a_styled_venue(tokens: Sequence[Token]) -> int | None:
    """The last token of the date that follows a styled name opening the entry, a name no person's (no
    initial, no comma: "***Asian Journal of Social Psychology*** (2024). Title …", not "**Smith, J.**
    (2024). …"): its bracket holds the year or a status ("(in press).", "(revise & resubmit)."), and
    the pages or number may follow it to the full stop ("(2023), pp. 77–98."); the full stop may be left
    out before a capital ("*Personality and …* (2019) Dark Triad traits …")."""
    end = _styled_venue_end(tokens)
    if end is None:
        return None
    if end >= 2 and _LINE_YEAR.fullmatch(tokens[end - 1].text):  # "*CVPR 2024*. Title", "*NeurIPS 2023* (…)."
        return _after_a_styled_venues_year(tokens, end)
    if tokens[end - 1].text.endswith(",") and _LINE_YEAR.fullmatch(tokens[end].text):
        return _numbers_to_the_full_stop(tokens, end)  # "*IEEE TPAMI*, 2024, Bd. 46, S. 5521--5538. Title"
    date = tokens[end].text  # "**Journal**. 2019;16(4):290-298. Title": Vancouver's date and numbers
    if tokens[end - 1].text.endswith(".") and _VANCOUVER_YEAR.match(date) and ";" in date:
        return end if date.endswith(".") else None
    if any(_INITIAL_TOKEN.match(t.text) or t.text.endswith(",") for t in tokens[:end]):
        return None  # (a name's initials without their stops: "**Smith J** (2024)")
    if not tokens[end].text.startswith("("):
        return None
    close = next((k for k in range(end, min(end + 4, len(tokens))) if ")" in tokens[k].text), None)
    if close is None or close + 1 >= len(tokens):
        return None
    bracket = " ".join(t.text for t in tokens[end : close + 1]).rstrip(",")
    if not (_BRACKETED_YEAR.fullmatch(bracket) or (status_in(bracket) and bracket.endswith((").", ")")))):
        return None
    if tokens[close].text.endswith(").") or (
        tokens[close].text.endswith(")") and tokens[close + 1].text[:1].isupper()
    ):
        return close
    if not tokens[close].text.endswith("),"):
        return None
    return _numbers_to_the_full_stop(tokens, close)  # ("(2023), pp. 77–98.", "(2019), No. 52.")


def _styled_venue_end(tokens: Sequence[Token]) -> int | None:
    """Where a styled opening that may be a venue's name ends ("**Handbook of Labor, Human Resources and
    Population Economics**", "*IZA Discussion Paper No. 16012*"), not a person's ("**Smith, J.**", "*Farouk,
    Nadia*"): no initial with its stop, no comma inside but between a name's words; None for any other."""
    end = 0
    while end < min(len(tokens), 16) and tokens[end].styles & _STYLED:
        end += 1
    if not end or end + 1 >= len(tokens) or any(_dotted_initial(t.text.rstrip(",")) for t in tokens[:end]):
        return None
    named = any(t.text.islower() for t in tokens[:end])  # (a word of a name: "of", "and")
    if not named and any(t.text.endswith(",") for t in tokens[: end - 1]):
        return None
    return end


def _styled_venue_before_a_set_off_title(tokens: Sequence[Token], labels: Sequence[str]) -> int | None:
    """The last token before the title of an entry that opens with its styled venue and what follows it
    to a full stop (its year, status, series number, publisher), the title set off otherwise ("/Journal
    of Phonetics/, soumis. « Title ». Names", "**NBER Working Paper No. 31877**, 2023. [*Title*](…).
    Names."); None for any other opening."""
    end = _styled_venue_end(tokens)
    if end is None or tokens[end].text in _NAME_JOINERS:
        return None  # (names: "*Farouk, N.*, and Kirsty MacLeod. 2022. “Title.”")
    if end <= 4 and set(labels[:end]) == {"author"} and all(t.text[:1].isupper() for t in tokens[:end]):
        return None  # the owner's highlighted name: "**Lena Hoffmann**, Marco Bianchi (2024). [Title](…)"
    venue = tokens[0].styles & _STYLED
    title = next((k for k in range(end, min(end + 16, len(tokens))) if _set_off(tokens[k])), None)
    if title is None or title == end or tokens[title].styles & venue:
        return None
    if not (
        tokens[title - 1].text.endswith(".")
        or tokens[title - 1].text in _VENUE_DASHES
        or tokens[title].break_before
    ):
        return None
    named, after = tokens[end - 1].text, tokens[end].text  # the venue's name goes on: ", 2023", " 14(1)"
    if not (named.endswith(",") or (named[-1:].isalnum() and (after[:1].isdigit() or after[:1] == "("))):
        return None
    between = " ".join(t.text for t in tokens[end:title])
    return title - 1 if _has_digit(between) or status_in(between) else None


def _set_off(token: Token) -> bool:
    return token.quoted or bool(token.styles & TITLE_STYLES)


def _after_a_styled_venues_year(tokens: Sequence[Token], end: int) -> int | None:
    """The last token of a styled venue with its year ("*CVPR 2024*." before a capital) or of the bracket
    after it ("*NeurIPS 2023* (Datasets and Benchmarks Track)."); None if no sentence ends there."""
    named = tokens[: end - 1]  # (a venue's name: a few capitalised words, "Findings of ACL", not a title's)
    capitalised = all(t.text[:1].isupper() or t.text[:1].isdigit() or len(t.text) <= 3 for t in named)
    if len(named) > 6 or not capitalised:
        return None
    if tokens[end - 1].text.endswith(".") and tokens[end].text[:1].isupper():
        return end - 1
    if not tokens[end].text.startswith("("):
        return None
    close = next((k for k in range(end, min(end + 8, len(tokens) - 1)) if ")" in tokens[k].text), None)
    if close is None or not tokens[close].text.endswith((").", ")")):
        return None
    return close if tokens[close + 1].text[:1].isupper() else None


def _numbers_to_the_full_stop(tokens: Sequence[Token], start: int) -> int | None:
    """The token that ends the numbers after a venue's date at `start` with a full stop ("2024, Bd. 46, S.
    5521--5538.", "(2019), No. 52."): a number's; None if none does within a few words."""
    return next(
        (
            k
            for k in range(start + 1, min(start + 9, len(tokens)))
            if tokens[k].text.endswith(".") and _has_digit(tokens[k].text)
        ),
        None,
    )


_BRACKETED_YEAR = re.compile(rf"\((?:{YEAR})[a-z]?\)\.?")


def _before_trailing_links(tokens: Sequence[Token], start: int) -> int:
    """Where the links, URLs and identifiers that end an entry begin ("… K. Scholz. [arXiv] [Code]"), not
    before `start`: they end no field."""
    last = len(tokens)
    while last > start and (
        tokens[last - 1].link
        or _URL.match(tokens[last - 1].text.strip("`<>_"))
        or _LINKED_ID.match(tokens[last - 1].text)
        # ("… L. M.‡. DOI: 10.20504/opus2024.30.18": the key and its DOI)
        or (last > 1 and _DOI.fullmatch(tokens[last - 1].text) and _LINKED_ID.match(tokens[last - 2].text))
    ):
        last -= 1
    return last


def _names_ending_the_entry(tokens: Sequence[Token], start: int) -> int | None:
    """Where the names that end an entry begin ("… in Saudi Arabia. Alqahtani, N. S." → "Alqahtani,"):
    after the last full stop of a sentence, words that are names, initials and "&" only; None if the entry
    does not end so."""
    last = _before_trailing_links(tokens, start)  # (nor a note in brackets: "… Kassa. (early view)")
    closing = tokens[last - 1].text.rstrip(".")[-1:] if last > start else ""
    if closing in (")", "]"):  # (a count in square brackets too: "… Yüce, S. [Atıf: 3]")
        bracket = "(" if closing == ")" else "["
        opened = next(
            (k for k in range(last - 1, max(start, last - 6) - 1, -1) if tokens[k].text.startswith(bracket)),
            None,
        )
        last = opened if opened is not None else last
    stop = next(
        (
            k
            for k in range(last - 2, start - 1, -1)
            if ends_sentence(tokens[k].text)
            and not _INITIAL_TOKEN.match(_WITHOUT_MARKS.sub("", tokens[k].text))
        ),
        None,
    )
    if stop is None:
        return None
    tail = tokens[stop + 1 : last]
    named = all(  # ("… Bakker en F. Hoogland", "… Van der Linden F, Douw G")
        NAME_TOKEN.match(t.text) or t.text in _NAME_JOINERS or t.text in PARTICLES for t in tail
    )
    return stop + 1 if named and len(tail) <= 24 and tail[0].text[:1].isupper() else None


_LINKED_ID = re.compile(r"(?i)`?(?:arxiv|doi):")  # "`arXiv:2409.11520 <https://…>`__" after the names


def _separator_before_the_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "**En prensa** · Contreras-Millalén, Javiera. …", "**2025** · Soto Barría, Camila …": the dot
    between the status or year and the names is none of the names."""
    for i in range(1, min(len(tokens) - 1, 8)):
        if tokens[i].text in _SEPARATORS and labels[i] == "author" and labels[i + 1] == "author":
            before = " ".join(t.text for t in tokens[:i])
            titled = labels[i - 1] == "author" and not all(map(_YEAR.search, before.split()))
            if titled and not status_in(before):
                return  # ("2017 Göç, Ücretler ve Bölgesel Eşitsizlik | Z. Aksoy": a title before it)
            if (
                labels[i - 1] in ("status", "date", "note", "other")
                or status_in(before)
                or _YEAR.search(before)
            ):
                labels[i] = "other"
                if labels[i - 1] == "author":  # ("En prensa" read as a name)
                    labels[:i] = ["status" if status_in(before) else "date"] * i
            return


_SEPARATORS = frozenset({"·", "•", "|", "—", "–", "-", "/"})


def _piped_names_field(tokens: Sequence[Token], labels: list[str]) -> None:
    """A record in fields set apart by bars, "Title | Z. Aksoy, E. Kara ve M. Demir | *Journal* 24(1): 5 |
    DOI: …" or "Karataş EN, Yıldırım M ve ark. | Title | Congress (WCP2023), Glasgow | 2023": the field of
    names is the authors, the other of the first two (after a year) the title, the third the venue; the
    bars are none of them."""
    bars = [i for i, t in enumerate(tokens) if t.text == "|"]
    if len(bars) < 2:
        return
    edges = [-1, *bars, len(tokens)]
    fields = [(edges[k] + 1, edges[k + 1]) for k in range(len(edges) - 1)]
    skip = labels[0] == "date" and _YEAR.fullmatch(tokens[0].text) is not None  # (a year column first)
    fields[0] = (fields[0][0] + skip, fields[0][1])
    named = [k for k in (0, 1) if _is_names_field(tokens[slice(*fields[k])])]
    if len(named) != 1 or any(stop - start < 2 for start, stop in fields[:2]):
        return
    names, title = fields[named[0]], fields[1 - named[0]]
    labels[slice(*title)] = ["title"] * (title[1] - title[0])
    labels[slice(*names)] = ["author"] * (names[1] - names[0])
    for k in range(*fields[2]):
        if labels[k] in ("author", "title"):
            labels[k] = "container"
    for i in bars:
        labels[i] = "other"


def _is_names_field(tokens: Sequence[Token]) -> bool:
    """Whether a field holds names only: initials first ("Z. Aksoy ve M. Demir") or Vancouver's."""
    printed = " ".join(t.text for t in tokens)
    return bool(_INITIALLED_NAMES.fullmatch(printed) or _VANCOUVER_NAME_LIST.fullmatch(printed))


#: Names written initials first, joined by commas or a language's "and": "Z. Aksoy, E. Kara ve M. Demir",
#: "S. Hoogendijk, P. Vermeulen en M. de Boer".
_PARTICLE_WORDS = "|".join(sorted(map(re.escape, PARTICLES)))
_INITIALLED_NAME = rf"(?:[{CAPITAL}]\.[ -]?){{1,3}}(?:(?:{_PARTICLE_WORDS}) ){{0,3}}[{CAPITAL}][\w'’-]+"
_INITIALLED_NAMES = re.compile(
    rf"{_INITIALLED_NAME}(?:,?(?: and| &| (?:{_AND_WORDS}))? {_INITIALLED_NAME}){{0,30}}(?: et al\.)?\.?"
)


def _vancouver_names_after_the_year(tokens: Sequence[Token], labels: list[str]) -> None:
    """A year-first list's "**2019** — Marchetti F. *Il profilo forza-velocità …*": Vancouver names
    ("Family I", comma-joined, the last initials with a full stop) after the year and its separator are
    the names, however the labeller read them."""
    if len(tokens) < 5 or labels[0] != "date" or tokens[1].text not in _SEPARATORS:
        return
    k = 2
    while k + 1 < len(tokens):
        family, initials = tokens[k].text, _WITHOUT_MARKS.sub("", tokens[k + 1].text)
        if (
            not NAME_TOKEN.match(family)
            or _INITIAL_TOKEN.match(family)
            or not _INITIALS_OF_A_NAME.fullmatch(initials)
        ):
            return
        k += 2
        if initials.endswith("."):
            break
    else:
        return
    if k < len(tokens) and labels[k] != "author":
        labels[1] = "other"
        labels[2:k] = ["author"] * (k - 2)


_INITIALS_OF_A_NAME = re.compile(rf"[{CAPITAL}]{{1,3}}[.,]")  # "F.", "MC,": a Vancouver name's initials


def _venue_line_opens_the_entry(tokens: Sequence[Token], labels: list[str]) -> None:
    """A CV's "**Human Brain Mapping**, 2023, 44(9):3512–3527.\\\\ Aydın, S., … Resting-state …": a styled
    name, then the date (and the numbers), on a line over the names and the title, is the venue; on the
    next line the inverted names end at the initials with a full stop, and the title follows them."""
    end = 0
    while end < len(tokens) and labels[end] in _NAME_OR_TITLE and tokens[end].styles & _STYLED:
        end += 1
    start = next((k for k in range(end + 1, len(tokens)) if tokens[k].break_before), None)
    if not end or start is None:
        return
    dated = any(_LINE_YEAR.fullmatch(t.text) for t in tokens[end:start])
    dated = dated or _ACRONYM_YEAR.search(tokens[end - 1].text) is not None  # ("*… (IROS 2022)*, Kyoto")
    if not dated and status_in(" ".join(t.text for t in tokens[end:start])) is None:
        return  # (the venue's line names its year, "**Epilepsia**, 2022, 63(5):1190–1202.", or a status)
    k = _inverted_names_end(tokens, start)
    third = next((i for i in range(start + 1, len(tokens)) if tokens[i].break_before), None)
    if k is None and third is not None and tokens[third].quoted:
        k = third  # (the names on a line of their own, "J. De Clercq°, M. Lambrechts", the title quoted)
    if k is None:
        _italic_title_line_then_names(tokens, labels, end, start)
        return
    title = k
    while title < len(tokens) and labels[title] in ("title", "container", "note", "author", "volume"):
        title += 1
    if title == k:
        return
    labels[:end] = ["container"] * end
    thesis = _THESIS_WORD.search(" ".join(t.text for t in tokens[:end])) is not None
    for i in range(end, start):  # the rest of the venue's line: its year, numbers, place, institution
        if _LINE_YEAR.fullmatch(tokens[i].text):
            labels[i] = "date"
        elif any(c.isdigit() for c in tokens[i].text):
            labels[i] = "pages" if labels[i] == "pages" else "volume"
        else:  # ("**PhD Thesis**, Middle East Technical University, …": the institution is the venue's)
            labels[i] = "container" if thesis else "note"
    labels[start:k] = ["author"] * (k - start)
    labels[k:title] = ["title"] * (title - k)


def _italic_title_line_then_names(tokens: Sequence[Token], labels: list[str], end: int, start: int) -> None:
    """A page's "**Molecular Pharmacology (Mol Pharmacol)**, 2023 / *Allosteric modulation …* / S. Farrukh,
    A. Okonjo-Bell": the styled venue and its year on the first line, the italic title on the next (over
    one line or more), the names on the last line of their own."""
    stop = start
    while stop < len(tokens) and "italic" in tokens[stop].styles:
        stop += 1
    names = next((i for i in range(stop, len(tokens)) if tokens[i].break_before), None)
    if stop == start or names is None or any(tokens[i].break_before for i in range(names + 1, len(tokens))):
        return
    last = next((i for i in range(names, len(tokens)) if tokens[i].text in _LINE_SEPARATORS), len(tokens))
    pieces = " ".join(_WITHOUT_MARKS.sub("", t.text) for t in tokens[names:last]).split(",")
    if not all(1 <= len(p.split()) <= 4 and all(NAME_TOKEN.match(w) for w in p.split()) for p in pieces):
        return  # (the names, up to a "· [DOI] · Citas: 2" after them)
    labels[:end] = ["container"] * end
    for i in range(end, start):  # its year and numbers, or its status ("in press")
        text = tokens[i].text
        labels[i] = "date" if _LINE_YEAR.fullmatch(text) else "volume" if _has_digit(text) else "status"
    labels[start:stop] = ["title"] * (stop - start)
    labels[stop:names] = ["note"] * (names - stop)  # ("(Review)" after the title)
    labels[names:last] = ["author"] * (last - names)
    labels[last:] = ["note" if name in ("author", "title", "container") else name for name in labels[last:]]


_LINE_SEPARATORS = frozenset({"·", "|", "•", "—", "–"})


def _inverted_names_end(tokens: Sequence[Token], start: int) -> int | None:
    """Where "Family, I.I., Family, I." names from `start` end (after initials with a full stop), or None;
    a family name may have up to three words ("Mohd Yusof, N. H."), the last name an "&" before it."""
    k = start
    while k < len(tokens):
        if k > start and tokens[k].text in _NAME_JOINERS:
            k += 1
        words = 1  # (up to three words, four with a particle: "Pérez de la Fuente, I.")
        while (
            (words < 3 or (words < 4 and tokens[k + 1].text in PARTICLES))
            and k + words < len(tokens)
            and not tokens[k + words - 1].text.endswith(",")
            and NAME_TOKEN.match(tokens[k + words - 1].text)
            and not _INITIAL_TOKEN.match(tokens[k + words - 1].text)
        ):
            words += 1
        k += words - 1
        if k >= len(tokens):
            return None
        family = _WITHOUT_MARKS.sub("", tokens[k].text)
        initials = k + 1
        while initials < len(tokens) and _dotted_initial(_WITHOUT_MARKS.sub("", tokens[initials].text)):
            initials += 1
        if not family.endswith(",") or not NAME_TOKEN.match(family) or initials == k + 1:
            return None
        k = initials
        while k < len(tokens) and _MARK_ALONE.fullmatch(tokens[k].text):
            k += 1  # "van der Linden, S. (c), Bakker, J. M.", "S. ✉, Mulder, E.": a mark after the initials
        if _WITHOUT_MARKS.sub("", tokens[k - 1].text).endswith("."):
            if k + 1 < len(tokens) and tokens[k].text in _NAME_JOINERS and tokens[k + 1].text.endswith(","):
                continue  # "Lánský, K. a Kowalski, M.": the last name after its "and" word
            return k
    return None


_NAME_OR_TITLE = frozenset({"title", "author", "container"})
#: A name as Vancouver prints it, its initials last: "Van der Linden F", "Huisman-de Waal G".
_VANCOUVER_NAME = rf"(?:[{CAPITAL}][\w'’-]+ |(?:{_PARTICLE_WORDS}) ){{1,4}}[{CAPITAL}]{{1,3}}"
_VANCOUVER_NAME_LIST = re.compile(
    rf"{_VANCOUVER_NAME}(?:, {_VANCOUVER_NAME}){{0,40}}(?:,? et al|,? ve ark)?\.?"  # (Turkish "ve ark.")
)
#: Role marks in a token, to be taken out; a mark between an initial's stop and the sentence's ("M.‡.")
#: goes with the second stop.
_WITHOUT_MARKS = re.compile(rf"(?<=\.)[{re.escape(ROLE_MARKS)}]+\.$|[{re.escape(ROLE_MARKS)}]")
#: A role mark standing alone after a name's initials ("(c),", "✉,"), or the comma a dropped one left.
_MARK_ALONE = re.compile(rf"(?:\([a-z]\)|[{re.escape(ROLE_MARKS)}]{{1,3}})[,;.]?|[,;]")


def _dotted_initial(text: str) -> bool:
    """ "Z.G.", "M.,": initials with their full stops (not "EEG" opening a title)."""
    return "." in text and _INITIAL_TOKEN.match(text) is not None


_LINE_YEAR = re.compile(rf"\(?(?:{YEAR})\)?[.,;]?")


def _title_word_before_a_highlighted_name(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… the Karachi Urban Birth Cohort (KUBC). **Abbasi HN**, Qureshi S": a word ending the title's
    sentence, read as the first name's, when the owner's highlighted name opens the names after it."""
    for i in range(1, len(tokens) - 1):
        if (
            labels[i] == "author"
            and labels[i - 1] == "title"
            and labels[i + 1] == "author"
            and tokens[i].text.endswith(".")
            and "bold" in tokens[i + 1].styles
            and "bold" not in tokens[i].styles
        ):
            labels[i] = "title"
            return


def _last_name_read_as_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… surveillance platform. **Abbasi HN**†, Qureshi S†, Yousafzai MT.": the entry's last words, a
    name with its initials after the names' comma, are the last name, not more of the title."""
    n = len(tokens)
    if n < 4 or labels[-1] != "title" or labels[-2] != "title" or labels[-3] != "author":
        return
    if (
        tokens[-3].text.rstrip(MARKER_CHARS).endswith(",")
        and NAME_TOKEN.match(tokens[-2].text)
        and _INITIAL_TOKEN.match(tokens[-1].text.rstrip(".").rstrip(MARKER_CHARS))
    ):
        labels[-2:] = ["author", "author"]


def _styled_title_word_read_as_a_name(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "\\emph{… Eine randomisierte kontrollierte Studie.} Rüegg-Favre, C.": the italic title's last word,
    read as the first name's, when the names after it are plain."""
    for i in range(len(tokens) - 1):
        if labels[i] != "author" or labels[i + 1] != "author" or "italic" not in tokens[i].styles:
            continue
        if "italic" in tokens[i + 1].styles:
            continue
        before = labels[i - 1] if i else "date"
        if (before == "title" and "italic" in tokens[i - 1].styles) or (
            before == "date"  # "\\emph{Prüfungsangst.} Rüegg-Favre, C.": a title of one word
            and tokens[i].text.endswith(".")
            and not _INITIAL_TOKEN.match(tokens[i].text)
            and not _CJK_NAME.fullmatch(tokens[i].text)  # ("(2022) *김서연*. 정서조절과 우울. …": a name)
            and (i == 0 or "italic" not in tokens[i - 1].styles)
        ):
            labels[i] = "title"
            return


def _surname_after_a_middle_initial(tokens: Sequence[Token], labels: list[str]) -> None:
    """ACM's "…, and Kristel Anne D. Macaraeg. Forthcoming. Tides, …": a name printed given names first
    cannot end with its middle initial, so the capitalised word after it is its surname (and a status
    word after that, where the year goes, the status)."""
    run = [i for i, name in enumerate(labels) if name == "author"]
    if len(run) < 3 or run[-1] - run[0] + 1 != len(run) or run[-1] + 2 >= len(tokens):
        return
    last = run[-1]
    given = tokens[last - 1].text
    if not (
        _INITIAL_TOKEN.match(tokens[last].text)
        and tokens[last].text.endswith(".")
        and given[:1].isupper()
        and given[-1:].isalpha()
        and not _INITIAL_TOKEN.match(given)
    ):
        return
    first_end = next((i for i in run if tokens[i].text.rstrip(MARKER_CHARS).endswith(",")), None)
    if first_end is None or _INITIAL_TOKEN.match(tokens[first_end].text.rstrip(MARKER_CHARS)):
        return  # ("Kamaruddin N.A., Gimbang J. Sea, …": names printed surname first, then initials)
    surname = tokens[last + 1].text
    if labels[last + 1] == "title" and NAME_TOKEN.match(surname) and surname.endswith((".", ",")):
        labels[last + 1] = "author"
        if _NO_DATE.match(tokens[last + 2].text) and tokens[last + 2].text.endswith("."):
            labels[last + 2] = "date"  # ("Forthcoming.": no year yet)


def _journal_after_the_titles_comma(tokens: Sequence[Token], labels: list[str]) -> None:
    """Elsevier's numbered "…, Round-robin fatigue testing …: results from seven European laboratories,
    Engineering Failure Analysis 139 (2022) 106457.": after a title in sentence case, the words in title
    case after its last comma, right before the volume, are the journal."""
    run = [i for i, name in enumerate(labels) if name in ("title", "container")]
    if not run or "title" not in labels:
        return
    start = labels.index("title")
    end = start
    while end < len(tokens) and labels[end] in ("title", "container"):
        end += 1
    if end >= len(tokens) or not tokens[end].text[:1].isdigit() or end - start < 6:
        return
    if not any(_BRACKETED_YEAR_NUMBER.fullmatch(t.text) for t in tokens[end + 1 : end + 3]):
        return  # (Elsevier's "139 (2022)": the volume, then the year in brackets)
    comma = next((k for k in range(end - 2, start, -1) if tokens[k].text.endswith(",")), None)
    if comma is None or end - comma > 10 or "container" in labels[start:comma]:
        return
    journal = [tokens[k].text for k in range(comma + 1, end)]
    title = [tokens[k].text for k in range(start + 1, comma + 1)]
    # (an abbreviation cut before a vowel, however long, before another word: "Electrochim. Acta")
    capitalised = all(w[:1].isupper() or w in _TITLE_CASE_SMALL_WORDS for w in journal) and not any(
        w.endswith(".")
        and not _is_abbreviation(w)
        and not (k < len(journal) - 1 and w[-2:-1] not in "aeiouy")
        for k, w in enumerate(journal)
    )
    sentence_case = sum(w[:1].islower() for w in title) * 2 >= len(title)
    if capitalised and sentence_case and journal[0][:1].isupper():
        labels[comma + 1 : end] = ["container"] * (end - comma - 1)


#: The kinds of piece a law review prints before a title: a student's "Note,", a "Comment,".
_LAW_PIECES = frozenset({"Note,", "Comment,", "Essay,"})
#: A list's code for the kind of work before the names: "(C)" a conference paper, "[J]" a journal's.
_KIND_CODE = re.compile(r"[(\[][A-Z]{1,2}[)\]]")
#: A link printed whole as a word of its own: "<https://doi.org/10.1038/s41588-024-01712-3>.".
_LINK_TOKEN = re.compile(r"<?https?://[^\s<>]+>?[.,;]?")
#: A year-first entry's year left blank: "( -- )", "(—)", "[–]".
_UNDATED_OPENING = re.compile(r"[(\[](?:-{1,3}|[–—])[)\]]")


def _settled(labelled: Labelled) -> list[str]:
    """Labels with two reading rules applied: "Title. In: Book" labelled all title gets its "In:" part
    as the container; a second title run after the title, in an entry with no container, is one."""
    labels = list(labelled.labels)
    tokens = labelled.tokens
    text = labelled.block.text  # rules that need a word or a mark look for it here first (a C-level look)
    kinds = {s.kind for s in labelled.block.spans}
    thesis = _THESIS_WORD.search(text) is not None  # (one look: four rules ask)
    _fields_the_page_names(labelled, labels)
    _bibtex_record_is_no_text(tokens, labels)
    if " — " in text or " – " in text or " -- " in text or kinds & _STYLED:
        _venue_opens_the_entry_after_its_label(tokens, labels, _line_starts(labelled))
    if " · " in text or " | " in text or " — " in text or " – " in text:
        _separator_before_the_names(tokens, labels)
        _piped_names_field(tokens, labels)
        _vancouver_names_after_the_year(tokens, labels)
    if kinds & _STYLED:
        _venue_line_opens_the_entry(tokens, labels)
    if "bold" in kinds:
        _title_word_before_a_highlighted_name(tokens, labels)
    _last_name_read_as_title(tokens, labels)
    _journal_after_the_titles_comma(tokens, labels)
    _surname_after_a_middle_initial(tokens, labels)
    if "italic" in kinds:
        _styled_title_word_read_as_a_name(tokens, labels)
    if any(t.text.endswith(":") for t in tokens):
        _named_field_lines(tokens, labels)
        _unprinted_key_lines(tokens, labels)
    if "PMID" in labelled.block.text:
        _database_ids(tokens, labels)
    if labels[:1] == ["title"] or ";" in text or _CJK_CHAR.search(text):
        _names_after_the_title(tokens, labels)
    if " — " in text or " – " in text:
        _names_after_a_quoted_title_and_its_dash(tokens, labels)
    if ";" in text:
        _vancouver_journal(tokens, labels)
    if "reprint]" in text:
        _preprint_server(tokens, labels)
    if "arXiv: " in text:
        _arxiv_marker_is_no_venue(tokens, labels)
    if "Conf. Ser" in text:
        _conference_series(tokens, labels)
    if "italic" in kinds and _IN_BEFORE_A_BOOK_IN_TEXT.search(text):
        _in_word_before_a_book(tokens, labels)
    if _REPRINT.search(text):
        _bracketed_reprint(tokens, labels)
    if tokens and tokens[0].text.lower() in COAUTHOR_WORDS:
        _coeditors_open_the_entry(tokens, labels)
    if "xiv: 10." in text or "SSRN: 10." in text:  # "ChemRxiv: 10.26434/…", "SSRN: 10.2139/…"
        _server_before_its_doi(tokens, labels)
    for i in range(1, len(labels)):
        if (
            labels[i] == "title"
            and labels[i - 1] == "title"
            and tokens[i].text in _IN_WORDS
            and tokens[i].text[:1].isupper()
            and tokens[i - 1].text[-1:] in ".?!"
        ):
            j = i
            while j < len(labels) and labels[j] == "title":
                labels[j] = "container"
                j += 1
            break
    if '"' in text or "“" in text:
        _quoted_title_beside_an_italic_one(tokens, labels)
    if (
        len(tokens) > 1
        and _YEAR_TOKEN.match(tokens[0].text)
        and (tokens[1].break_before or labels[0] == "author")
    ):
        labels[0] = "date"  # "2020" as a definition term or a year column before the entry
    if len(tokens) > 2 and _KIND_CODE.fullmatch(tokens[0].text) and labels[1] == "author":
        labels[0] = "other"  # "(C) Lee, J.; Park, S. Title": the list's code for the kind of work, no initial
    undated = _UNDATED_OPENING.match("".join(t.text for t in tokens[:3]))
    if undated:  # a year-first list's "( -- ) T. R. Halvorsen. Title. In preparation.": no year, no name
        opening = next(k for k in range(1, 4) if len("".join(t.text for t in tokens[:k])) >= undated.end())
        labels[:opening] = ["other"] * opening
    for start, end in status_spans(text):  # "(with X) \\ Revise & Resubmit, Journal": a status is no name
        inside = [i for i, token in enumerate(tokens) if start <= token.start < end]
        for i in inside:
            if labels[i] == "author":
                labels[i] = "status"
        if inside and labels[inside[0]] == "container" and labels[inside[-1]] == "status":
            for i in inside:  # (nor the journal's last word: "Journal of X Revise | & resubmit received …")
                labels[i] = "status"
    if "," in text:
        _journal_after_a_closing_status(tokens, labels, status_spans(text))
    for i, token in enumerate(tokens):  # "Surname, Given. Forthcoming.": a status word is no name
        if labels[i] == "author" and _is_status_word(token.text):
            labels[i] = "status"
        elif (
            labels[i] == "author" and token.text == "Re:" and i + 1 < len(labels) and labels[i + 1] == "title"
        ):
            labels[i] = "title"  # "Farooqui Z, Raghunathan P. Re: Sex-specific thresholds …": a reply's title
        elif (
            labels[i] == "author"
            and token.text in _LAW_PIECES
            and i + 1 < len(tokens)
            and tokens[i + 1].quoted
        ):
            labels[i] = "note"  # a law review's "Linwood, M. A. Note, “Clickwrap …”": the piece's kind
    _title_opens_after_the_initials(tokens, labels)
    if ";" in text:
        _title_after_the_last_inverted_name(tokens, labels)
    if " / " in text or " // " in text or " : " in text:
        _gost_heading_name(tokens, labels)
    if ")." in text:  # ABNT's "(Orgs.)." (a C-level look first, as below)
        _abnt_book_after_its_editors(tokens, labels)
    _status_in_parentheses(labelled, labels)
    _status_opens_the_entry(labelled, labels)
    if "status" in labels:
        _bracketed_venue_of_a_status(tokens, labels)
    if "issue " in text:
        _special_issue_of(tokens, labels)
    if "(=" in text:
        _series_after_an_equals_sign(tokens, labels)
    if "[" in text:
        _review_of_it_in_brackets(tokens, labels)
    if "reprint " in text:
        _preprint_at_the_server(tokens, labels)
    if "status" in labels:
        _venue_words_after_the_status(labelled, labels)
    _status_in_the_dates_place(labelled, labels)
    _status_phrases_after_venue(labelled, labels)
    if "status" not in labels:
        _status_sentence_ending_the_title(labelled, labels)
    if "status" in labels and "container" not in labels:
        _journal_sentence_before_the_status(tokens, labels)
    _styled_title_read_as_names(labelled, labels)
    _editors_read_as_authors(tokens, labels)
    _chapter_read_as_editors(tokens, labels)
    if "（" in text:
        _full_width_aside_after_the_names(tokens, labels)
    if _CJK_CHAR.search(text):
        _cjk_title_after_latin_names(tokens, labels)
        _cjk_meeting_read_as_a_date(tokens, labels)
        _cjk_names_then_a_spaced_title(tokens, labels)
    _review_sentence_after_the_title(labelled, labels)
    if "«" in text or "“" in text or '"' in text or kinds & _STYLED:
        _review_of_a_named_book(labelled, labels)
    _names_after_a_styled_title(tokens, labels)
    _kind_of_work_closes_the_title(tokens, labels)
    _online_first_notes(labelled, labels)
    _document_type_code(labelled, labels)
    marked = tokens if _AWARD_MARK.search(text) else ()  # "🏆 SIGMOD 2020 Most Influential Paper":
    for i, token in enumerate(marked):  # an award to the line's end
        if token.text[:1] in AWARD_MARKS and labels[i] not in ("title", "author"):
            j = i
            while (
                j < len(labels)
                and (j == i or not tokens[j].break_before)
                and labels[j] not in ("title", "author")
            ):
                if j > i and tokens[j].text[:1] in AWARD_MARKS:
                    break
                labels[j] = "award" if labels[j] not in ("url", "doi", "arxiv") else labels[j]
                j += 1
    if "container" not in labels:
        runs = fields_of(labels).all("title")
        # (one word is a book's name too when its editors come first: "F. Jackson (ed.) Conditionals.")
        if len(runs) >= 2 and (len(runs[1].indexes) >= 2 or labels[runs[1].indexes[0] - 1] == "editor"):
            for k in runs[1].indexes:
                labels[k] = "container"
    if "title" not in labels and "editor" in labels and "container" in labels:
        runs = [r for r in fields_of(labels).all("container") if r.indexes[0] > labels.index("editor")]
        for k in runs[0].indexes if runs else ():
            labels[k] = "title"  # an edited volume: its own title follows its editors
    _dates_are_dates(tokens, labels)
    _volume_without_a_number(tokens, labels)
    _volume_word_read_into_the_venue(tokens, labels)
    _series_acronym_before_its_volume(tokens, labels)
    _article_number_read_into_the_venue(tokens, labels)
    _year_inside_the_books_name(tokens, labels)
    if "?" in text or "!" in text:
        _series_after_a_question(tokens, labels)
    if "note" in labels:
        _venue_and_numbers_read_as_a_note(tokens, labels)
    _venue_words_the_labeller_left_out(tokens, labels)
    _journal_acronym_closes_the_title(tokens, labels)
    _year_in_brackets_after_the_numbers(tokens, labels)
    _numbers_read_as_a_doi(tokens, labels)
    if any(t.text.endswith(":") for t in tokens):
        _keyed_lines(tokens, labels)
        _review_site_lines(labelled, labels)
    if labelled.block.breaks[-1][1] > labelled.block.line:  # an entry over several source lines
        _given_name_opens_the_names_line(labelled, labels)
        if "(" in text:
            _affiliated_names_line(labelled, labels)
    _edited_with(tokens, labels)
    _editors_after_in(tokens, labels)
    if "editor" in labels:
        _book_after_the_editors_mark(tokens, labels)
    if " and " in text or " & " in text:
        _and_continues_the_field(tokens, labels)
    if "editor" in labels:
        _university_read_as_names(tokens, labels)
        if not _EDITORS_IN_TEXT.search(text):
            _unmarked_editors_continue_the_authors(tokens, labels)
    if "location" in labels and "publisher" in labels:
        _town_inside_the_institution(tokens, labels)
    if _EDITORS_IN_TEXT.search(text):
        _vancouver_names_end(tokens, labels)  # (before the book's editors are told from the authors)
        _editors_end_at_their_mark(tokens, labels)
        _names_in_brackets_with_a_role(tokens, labels)
        _editors_bracket_after_the_book(tokens, labels)
        _unbracketed_editor_mark_after_in(tokens, labels)
        _book_after_the_names(tokens, labels)
        _book_after_its_editors(tokens, labels)
        _names_before_their_eds(tokens, labels)
        _acm_book_before_its_editors(tokens, labels)
        _editors_right_after_in(tokens, labels)
        _eds_after_the_opening_names(tokens, labels)
        _editors_inside_the_title(tokens, labels)
    if labelled.block.breaks[-1][1] > labelled.block.line:  # an entry over several source lines
        _scholar_lines(tokens, labels, _line_starts(labelled))
    if _CJK_CHAR.search(labelled.block.text):  # (a C-level look at the text first)
        _role_word_ends_the_names(tokens, labels)
        _long_cjk_is_no_name(tokens, labels)
        _chinese_apa_sentences(tokens, labels)
        _imprint_after_a_bracketed_title(tokens, labels)
    _on_behalf_of(tokens, labels)
    if "link" in kinds:
        _link_buttons(tokens, labels)
    _badge_lines(tokens, labels)
    if ":" in text:
        _labels_of_a_link(tokens, labels)
    if "\n" in text:
        _note_lines(tokens, labels)
    _last_name_of_the_line(tokens, labels)
    if "italic" in kinds:
        _italic_book_after_a_titles_in(tokens, labels)
        _italic_title_after_the_names(tokens, labels)
    if "\n" in text:
        _names_stop_at_the_venues_line(tokens, labels)
        _title_line_over_the_names_line(tokens, labels)
    _month_and_year_open_a_line(tokens, labels)
    _venue_tails(tokens, labels)
    _meeting_book_and_town(tokens, labels)
    _editors_after_the_books_name(tokens, labels)
    if "italic" in kinds:
        _pages_and_publisher_after_an_italic_book(tokens, labels)
    if "v." in text or ", n." in text:
        _place_after_a_styled_journal(tokens, labels)
    _year_sentence_opens_the_venue(tokens, labels)
    _year_ending_the_title(tokens, labels)
    if "note" in labels or "publisher" in labels:
        _server_in_a_note(tokens, labels)
    _group_editor_before_the_book(tokens, labels)
    _acronym_year_closes_the_venue(tokens, labels)
    _acronym_bracket_closes_the_venue(tokens, labels)
    _abbreviated_venue_start(tokens, labels)
    if "italic" in kinds:
        _title_goes_on_before_an_italic_venue(tokens, labels)
        _italic_venue_after_a_quoted_title(tokens, labels)
    if ":" in text:
        _title_goes_on_before_in(tokens, labels)
    _venue_cut_at_a_function_word(tokens, labels)
    if " : " in text:
        _subtitle_after_a_spaced_colon(tokens, labels)
    _title_cut_between_words(tokens, labels)
    _title_tail_in_the_venue(tokens, labels)
    _abbreviated_venue_goes_on(tokens, labels)
    _law_review_citation(tokens, labels)
    if "italic" in kinds:
        _italic_in_signal(tokens, labels)
    if "bold" in kinds:
        _journal_before_a_bold_volume(tokens, labels)
    _oscola_citation(tokens, labels)
    _law_journal_abbreviation(tokens, labels)
    _statute_article_in_the_title(tokens, labels)
    _volume_after_the_year(tokens, labels)
    _imprint_without_place(tokens, labels)
    if thesis:
        _supervisor_note(tokens, labels)
        _place_and_school_before_the_thesis(tokens, labels)
        _abnt_thesis_imprint(tokens, labels)
        _thesis_sentence_ends_the_title(tokens, labels)
    if ": " in text:
        _imprint_ends_the_title(tokens, labels)
    _imprint_read_as_venue(tokens, labels)
    if "publisher" in labels:
        _place_ends_the_book(tokens, labels)
    if "container" in labels and "publisher" not in labels:
        _publishing_house_read_as_venue(tokens, labels)
    elif "container" not in labels and ("publisher" in labels or "note" in labels):
        _report_series_read_as_publisher(tokens, labels)
    if "italic" in kinds:
        _access_note_in_the_venue(tokens, labels)
        _italic_venue_then_its_publisher(tokens, labels)
    if "container" in labels and ("location" in labels or "publisher" in labels):
        _subtitle_before_the_imprint(tokens, labels)
    _volume_before_venue(tokens, labels)
    _numbers_end_the_venue(tokens, labels)
    if "italic" in kinds and "container" in labels:
        _numbered_series_of_an_italic_book(tokens, labels)
    _author_run_edges(tokens, labels)
    if " w " in text:
        _polish_w_opens_the_venue(tokens, labels)
    if ("arxiv" in labels and "[" in text) or "arXiv:" in text:
        _arxiv_category(tokens, labels)
    if "Article " in text:
        _acm_article_number(tokens, labels)
    if "container" not in labels:
        _in_after_a_comma(tokens, labels)
    _quote_inside_the_venue(tokens, labels)
    _quoted_run_is_the_title(tokens, labels)
    _quoted_title_wins(tokens, labels)
    _quoted_title_ends_at_its_quote(tokens, labels)
    _styled_title_ends(tokens, labels)
    if " // " in text or " : " in text:
        _gost_record(tokens, labels)
    if ".- " in text or "– " in text or "— " in text:
        _gost_imprint(tokens, labels)
    if thesis and " / " in text:
        _gost_thesis(tokens, labels)
    if "[" in text:
        _translated_title(tokens, labels)
    if "(" in text or "[" in text:
        _coauthors_in_parentheses(tokens, labels)
    if "uthor" in text:
        _coauthor_lines(tokens, labels)
    _editors_after_the_title(tokens, labels, text)
    if "uthors" in text or "others" in text:
        _author_count(tokens, labels, text)
    if _GROUP_IN_TEXT.search(text):
        _collaboration_names(tokens, labels)
    if tokens and "bold" in tokens[0].styles:
        _badge_then_title(tokens, labels)
    _bold_title_opens(tokens, labels)
    _coauthors_under_the_title(tokens, labels)
    if "author" not in labels:
        _initialled_names_after_a_styled_title(tokens, labels)
    elif kinds & _ITALIC_OR_LINK:
        _names_before_a_styled_title(tokens, labels)
    _coauthor_note_closes(tokens, labels)
    _inverted_mark_opens_the_title(tokens, labels)
    _review_of_a_book(tokens, labels)
    _quote_closes_the_title(tokens, labels)
    _bracketed_title_runs_to_its_close(tokens, labels)
    _quoted_title_ends(tokens, labels)
    _quoted_title_is_whole(tokens, labels)
    _italic_after_a_quoted_title(tokens, labels)
    _given_name_before_a_styled_title(tokens, labels)
    _line_opens_the_names(tokens, labels)
    _italic_venue_whole(labelled, labels)
    _italic_run_after_a_plain_title(labelled, labels)
    _plain_run_after_an_italic_title(tokens, labels)
    _italic_title_read_in_two(labelled, labels)
    _roman_volume_after_the_journal(tokens, labels)
    _quoted_journal_after_a_plain_title(tokens, labels)
    _gsa_journal(tokens, labels)
    if "italic" in kinds:
        _place_after_an_italic_venue(tokens, labels)
        _imprint_after_an_italic_name(tokens, labels)
        _bracketed_imprint_after_an_italic_book(tokens, labels)
    _names_at_title_edge(tokens, labels)
    _names_edges_after_the_title(tokens, labels)
    _list_ends_after_and(tokens, labels)
    _name_cut_after_initial(tokens, labels)
    _title_word_after_initials(tokens, labels)
    _title_after_abnt_given_names(tokens, labels)
    if "container" in labels:
        _last_inverted_name_read_as_title(tokens, labels)
    if "author" not in labels:
        _names_before_the_date(tokens, labels)
    _numbers_are_no_names(tokens, labels)
    _inverted_names_between_dashes(tokens, labels)
    _authors_end_at_a_dash(tokens, labels)
    _names_before_a_colon(tokens, labels)
    _initialled_list_edges(tokens, labels)
    _semicolon_names_end(tokens, labels)
    _abnt_marks_open_the_title(tokens, labels)
    _vancouver_names_end(tokens, labels)
    if _AAS_YEAR.search(text):  # (a C-level look at the text first)
        _aas_venue_after_the_year(tokens, labels)
    if "،" in text:
        _arabic_inverted_names_open(tokens, labels)
    _short_title_run_before_venue(labels)
    if _CJK_CHAR.search(text):
        _cjk_title_goes_on_as_names(tokens, labels)
    _authors_after_title(labels)
    # names the labeller read after the title are the venue's now, and a venue may be cut out of the
    # title: where the venue ends, and whether it is an imprint, are read again
    _title_tail_in_the_venue(tokens, labels)
    _place_and_year_end_the_title(tokens, labels)
    titled = any(s.kind == "field" and s.target == "title" for s in labelled.block.spans)
    if (
        not titled
        and ("container" not in labels or not _venue_after_title(labels))
        and not _imprint_after_title(labels)
        and not _titled_by_its_book(tokens)  # (its title was found by its own rule)
    ):
        _venue_out_of_title(tokens, labels)  # (a title the page marks ends where the page says)
    _imprint_read_as_venue(tokens, labels)
    _series_before_the_imprint(tokens, labels)
    _series_after_the_imprint(labels)
    if "container" not in labels and "publisher" in labels:
        _journal_read_as_publisher(labels)
    if "title" not in labels:
        _title_after_the_date(tokens, labels)
    if "title" not in labels:
        _title_out_of_venue(tokens, labels)
    if "title" not in labels:
        _likeliest_title_run(labelled, labels)
        if not titled and "container" not in labels:  # "Title. People and Nature. 6: 75–90" all one run
            _venue_out_of_title(tokens, labels)
    _acronym_after_title(tokens, labels)
    _title_ends_with_its_line(tokens, labels)
    _names_end_with_their_line(tokens, labels)
    _names_close_their_parenthesis(tokens, labels)
    _thesis_after_title(tokens, labels)
    _names_run_into_the_title(tokens, labels)
    _names_after_the_year_open_the_title(tokens, labels)
    _thesis_institution(tokens, labels)
    if thesis and "(" in text:
        _degree_goes_on_over_a_bracket(tokens, labels)
    if thesis and "]" in text:
        _nlm_thesis(tokens, labels)
    if thesis:
        _degree_goes_on_after_its_word(tokens, labels)
        _institution_then_degree(tokens, labels)
        _degree_then_institution(tokens, labels)
    if "award" in labels:
        _award_and_its_giver(tokens, labels)
        _nomination_goes_on(tokens, labels)
    if ("container" in labels or "award" in labels) and AWARD.search(text):
        _prize_read_as_the_venue(tokens, labels)
    _venue_after_a_status(tokens, labels)
    _names_the_page_marks(labelled, labels)
    _group_author_opens(tokens, labels)
    if labelled.block.breaks[-1][1] > labelled.block.line:  # a record's lines, which name their fields
        if any(t.text.lower().rstrip(":") in AUTHORS_KEYS for t in tokens):
            _authors_key_line(labelled, labels)
        if "Posted:" in labelled.block.text:
            _paper_repository_lines(labelled, labels)
        if "PMID:" in labelled.block.text:
            _search_result_lines(labelled, labels)
    if " - " in labelled.block.text:
        _dash_separated_record(labelled, labels)
    if REVIEW_OPENS.match(text.lstrip()) and labels[0] == "author":  # "Rezension zu: R. Jütte, Title, in: …"
        end = next((k for k, name in enumerate(labels) if name != "author"), len(labels))
        labels[:end] = ["title"] * end
    if _NOTE_OPENER.search(text):  # (a C-level look at the text first)
        _bold_title_before_its_coauthors(tokens, labels)
    _citation_without_a_title(tokens, labels)
    if "title" not in labels:
        _title_sentence_read_into_the_venue(tokens, labels)
    _particles_open_the_title(tokens, labels)
    _code_ends_the_title(tokens, labels)
    if "?" in text or "!" in text:
        _question_opens_the_title(tokens, labels)
    _translator_after_the_title(tokens, labels)
    if text.endswith(")", 0, len(text.rstrip(". "))) and "date" in labels:
        _series_bracket_ends_the_entry(tokens, labels)
    if "date" in labels:
        _date_bracket_closes(tokens, labels)
        _page_before_the_bracketed_year(tokens, labels)
    if "container" in labels:
        _volume_read_as_title(tokens, labels)
        _issue_mark_read_as_venue(tokens, labels)
    if ")" in text and "link" in kinds:
        _bracketed_imprint_after_an_italic_book(tokens, labels)  # (a linked title's, after the rules above)
    if "location" in labels:
        _university_runs_on_into_a_place(tokens, labels)
    if thesis:
        _thesis_institution_in_a_note(tokens, labels)
        if "[" in text:
            _bracketed_thesis_ends_the_title(tokens, labels)
    if kinds & _STYLED:
        _styled_venue_cut_by_the_title(labelled, labels)
    _in_word_ends_the_title(tokens, labels)
    if "container" in labels and "(" in text:
        _acronym_after_the_venue(tokens, labels)
    if "status" in labels and "container" not in labels:
        _journal_before_a_closing_status(tokens, labels)
    if "://" in text:
        for i, token in enumerate(tokens):  # "… cardiomyocytes <https://doi.org/10.1038/…>. Nat. Genet.": a
            if labels[i] == "title" and _LINK_TOKEN.fullmatch(token.text):  # link printed after the title
                labels[i] = "doi" if "doi.org/" in token.text else "url"
                k = i + 1  # (and what the title run goes on with after it, the journal)
                while k < len(tokens) and labels[k] == "title" and "title" in labels[:i]:
                    labels[k] = "container"
                    k += 1
    return labels


def _issue_mark_read_as_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """Czech Chicago's "Praktické lékárenství 15, č. 2 (2019)" (Croatian "br.", Spanish "núm."): the issue's
    mark, and the volume before it, read as the journal's last words, are its numbers."""
    for k in range(1, len(tokens) - 1):
        if (
            tokens[k].text in _ISSUE_MARKS
            and labels[k] == "container"
            and labels[k - 1] == "container"
            and tokens[k - 1].text.rstrip(",").isdigit()
            and tokens[k + 1].text[:1].isdigit()
        ):
            labels[k - 1 : k + 1] = ["volume", "volume"]
            if labels[k + 1] in ("container", "date", "pages"):
                labels[k + 1] = "volume"


_ISSUE_MARKS = frozenset({"č.", "čís.", "br.", "núm.", "nº", "n°", "z.", "sz.", "nro."})


def _code_ends_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "…of the TPR domain protein Sti1. Structure 28": a gene's or protein's code with the full stop,
    right after a title word with none, ends the title; the journal starts after it."""
    for i in range(1, len(tokens) - 1):
        text = tokens[i].text
        if (
            labels[i] == "container"
            and labels[i - 1] == "title"
            and labels[i + 1] == "container"
            and text.endswith(".")
            and not tokens[i - 1].text.endswith((".", ":", ","))
            and (
                any(c.isdigit() for c in text)
                or (len(text) >= 4 and text[:-1].isupper() and text[:-1].isalpha())
            )
            and tokens[i + 1].text[:1].isupper()
        ):
            labels[i] = "title"
            return


def _particles_open_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Y. Ogawa et al., Van der Waals heterostructures …": particles closing the names, with no name
    after them, are the first words of the title that follows (no one is called "Van der")."""
    if "title" not in labels:
        return
    title = labels.index("title")
    k = title
    while k > 0 and labels[k - 1] == "author" and tokens[k - 1].text.lower() in PARTICLES:
        k -= 1
    if k < title and k > 0 and tokens[k - 1].text.endswith(","):
        labels[k:title] = ["title"] * (title - k)


#: A journal's series letter or acronym ("Phys. Rev. A", "RSC Adv."), beside its abbreviated words.
_JOURNAL_CODE = re.compile(rf"[{CAPITAL}]{{1,4}}")
_ONE_INITIAL = re.compile(rf"[{CAPITAL}]\.$")
_JOURNAL_LINKS = frozenset(("of", "and", "&", "in", "for", "der", "und", "de"))
#: Words a journal's name in title case leaves in lower case besides those: "Eksploatacja i Niezawodność –
#: Maintenance and Reliability", "Bulletin of the Polish Academy of Sciences: Technical Sciences".
_TITLE_CASE_SMALL_WORDS = _JOURNAL_LINKS | frozenset("on the a an to – - i y e et die des la le du".split())
_NUMBERS = frozenset(("volume", "pages", "date", "issue"))


def _journal_like(words: Sequence[str]) -> bool:
    """Whether words name a journal the way a citation without a title prints it: in abbreviations
    ("Phys. Rev. A", "Nat. Commun.", "New J. Phys.", "RSC Adv."), or a journal the table knows ("Science")."""
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper() or any(w.endswith(",") for w in words[:-1]):
        return False  # (a comma inside: names, "C. Smith, Phys. Rev. B")
    bare = [w.rstrip(",:") for w in words]
    if any(w[:1].islower() and w not in _JOURNAL_LINKS for w in bare):
        return False
    abbreviated = sum(_is_abbreviation(w) or _JOURNAL_CODE.fullmatch(w) is not None for w in bare)
    spelt_out = len(bare) - abbreviated - sum(w in _JOURNAL_LINKS for w in bare)
    if abbreviated * 2 >= len(bare) and spelt_out <= 1:  # ("Phys. Rev. Research", not "Copper Comes of Age.")
        return any(w.endswith(".") for w in bare) or len(bare) == 1
    return len(bare) <= 4 and guess_kind(" ".join(bare)) is VenueKind.JOURNAL


def _more_names(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether tokens[start:end] (none, or what the labeller took for a title) are more names: name-shaped
    words with an initial among them ("B. Author and C. Author,"), not a title in capitals."""
    run = range(start, end)
    return all(NAME_TOKEN.match(tokens[k].text) for k in run) and (
        not run or any(_INITIAL_TOKEN.match(tokens[k].text) for k in run)
    )


def _bold_title_before_its_coauthors(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "**Shadow Banks and the Transmission of Monetary Policy** (with A. Krishnamurthy)": a bold run
    opening the entry, right before a co-author note, is the title, whatever the labeller made of it; the
    note ends at its bracket (the venue's line after it is no name)."""
    end = 0
    while end < len(tokens) and "bold" in tokens[end].styles:
        end += 1
    if 2 <= end < len(tokens) and _opens_note(tokens[end].text) and labels[0] == "author":
        labels[:end] = ["title"] * end
    note = next((k for k, t in enumerate(tokens) if _opens_note(t.text) and labels[k] == "author"), None)
    if note is None:
        return
    close = next((k for k in range(note, len(tokens)) if tokens[k].text.rstrip(".,;").endswith(")")), None)
    k = len(tokens) if close is None else close + 1
    if k < len(tokens) and not tokens[k].break_before:
        return
    while k < len(tokens) and labels[k] == "author":
        labels[k] = "container" if "italic" in tokens[k].styles else "note"
        k += 1


def _opens_note(word: str) -> bool:
    """Whether a word opens a co-author note: "(with", "(mit" (`_NOTE_OPENER`'s words)."""
    return _NOTE_OPENER.fullmatch(word + " ") is not None


#: A review's title opening the entry: the reviewed book's author is no author of the review.


def _imprint_after_title(labels: Sequence[str]) -> bool:
    """Whether a book's imprint ("Stuttgart: Kohlhammer 2024") follows the title run right away: a
    monograph, whose title (with its subtitle) names no venue."""
    if "title" not in labels:
        return False
    end = len(labels) - labels[::-1].index("title")
    rest = [name for name in labels[end:] if name != "other"]
    return (
        bool(rest)
        and rest[0] in ("location", "publisher")
        and "publisher" in rest
        and "container" not in rest
    )


def _series_before_the_imprint(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… 1500–1650 (Studien zur Geschichte des Mittelalters 12), Köln: Böhlau 2019", "*The Making of
    Modern Law* (Cambridge Studies in Legal History). Cambridge: CUP": a series in brackets right before
    a book's imprint (numbered, or named a series) is a note on the book, neither its venue nor its title."""
    for i, token in enumerate(tokens):
        if not token.text.startswith("(") or i < 2 or labels[i - 1] != "title":
            continue
        name = labels[i]
        if name not in ("container", "title"):
            continue
        j = i
        while j < len(tokens) and labels[j] == name and ")" not in tokens[j].text:
            j += 1
        if (
            j >= len(tokens)
            or labels[j] != name
            or (name == "title" and j + 1 < len(labels) and labels[j + 1] == name)
        ):
            return
        group = " ".join(t.text for t in tokens[i : j + 1])
        if not (any(c.isdigit() for c in group) or (name == "title" and _SERIES_WORD.search(group))):
            return
        if name == "title" and not (group[1:2].isupper() and j > i):
            return
        after = [label for label in labels[j + 1 :] if label != "other"]
        if after and after[0] in ("location", "publisher"):
            labels[i : j + 1] = ["note"] * (j + 1 - i)
        return


#: Words that name a book series: "(Cambridge Studies in Legal History)", "(Schriftenreihe des Kreises …)".
_SERIES_WORD = re.compile(
    r"(?i)\b(?:studie[ns]?|studi|series|s[ée]rie|reihe|schriftenreihe|beiträge|beihefte?|librar(?:y|ies)"
    r"|biblioth[eè](?:k|que)|biblioteca|monographs?|texts|texte|quellen|forschungen|collection|collana"
    r"|cahiers|travaux|estudios|études|abhandlungen|veröffentlichungen)\b"
)


def _polish_w_opens_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """Polish "Tytuł. w *Książka* (red. …)", "… Dravet. w Materiały XI Zjazdu …": "w" (in) after the
    title's full stop, before a capital, opens the book or proceedings the labeller ran into the title."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text != "w" or labels[k] != "title" or not tokens[k - 1].text.endswith("."):
            continue
        if labels[k - 1] != "title" or not tokens[k + 1].text[:1].isupper():
            continue
        labels[k] = "other"
        j = k + 1
        while j < len(tokens) and labels[j] == "title":
            labels[j] = "container"
            if tokens[j].text.endswith((".", ",")) and j > k + 1:
                break
            j += 1
        return


def _arxiv_category(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "arXiv:2406.01234 [eess.SY], Jun. 2024": the subject class after an arXiv id is the id's, the
    month after it the date's, whatever the labeller took them for; an id ending the title is no title's
    word ("…random matrices, arXiv:2406.11820 [math.PR].")."""
    for k in range(1, len(tokens)):
        following = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if (
            labels[k - 1 : k + 1] == ["title", "title"]
            and _ARXIV_TEXT.fullmatch(tokens[k].text.rstrip(".,;"))
            and (not following or labels[k + 1] != "title" or _ARXIV_CLASS.fullmatch(following))
        ):
            labels[k] = "arxiv"
        if labels[k - 1] != "arxiv" or not _ARXIV_CLASS.fullmatch(tokens[k].text):
            continue
        labels[k] = "arxiv"
        if k + 1 < len(tokens) and month_number(tokens[k + 1].text.strip(".,")):
            labels[k + 1] = "date"


_ARXIV_CLASS = re.compile(r"\[[a-z-]{2,8}(?:\.[A-Za-z-]{2,4})?\][.,;]?")


def _numbered_series_of_an_italic_book(tokens: Sequence[Token], labels: list[str]) -> None:
    """Chicago's "*Greek and Latin Inscriptions*. Arabia Antiqua 4. Leiden: Brill, 2019.": plain words and
    a number between a book's italic title and its imprint are its series, not a venue."""
    first = labels.index("container")
    end = first
    while end < len(labels) and labels[end] == "container":
        end += 1
    if (
        first < 1
        or labels[first - 1] != "title"
        or "italic" not in tokens[first - 1].styles
        or any("italic" in tokens[k].styles for k in range(first, end))
        or "container" in labels[end:]
    ):
        return
    numbered = end < len(labels) and labels[end] == "volume"
    after = end + 1 if numbered else end
    # (Nature's report "*Title*. HRB Overview Series 14 (Health Research Board, Dublin, 2023)": its series
    # is where it came out)
    imprint = after < len(labels) and labels[after] in ("location", "publisher")
    if numbered and imprint and not tokens[after].text.startswith("("):
        labels[first:after] = ["note"] * (after - first)


def _author_run_edges(tokens: Sequence[Token], labels: list[str]) -> None:
    """Where the first author run meets the title: an "et al." or an editors' mark read as the title's
    first words ("SUPRIYADI, WULANDARI, A. K., dkk. | Geokimia …", "…, i Marina Perić, urednice. | Title")
    is the authors'; a word after a single name in capitals and its full stop ("… dan SUPRIYADI.
    Hydrothermal | eruption …") is the title's."""
    start = next((k for k, name in enumerate(labels) if name == "title"), None)
    if not start or labels[start - 1] not in ("author", "editor"):
        return
    if (
        tokens[start - 1].text.endswith(",")
        and _EDITORS.match(tokens[start].text.rstrip(".,:"))
        and start + 1 < len(labels)
        and labels[start + 1] == "title"
    ):
        labels[start] = labels[start - 1]
        return
    if labels[start - 1] != "author":
        return
    if _DETACHED_MARK.fullmatch(tokens[start].text) and start + 1 < len(tokens):
        labels[start] = "author"  # "RAO, S.; KIM, J. (✉) Title": the last name's mark
        return
    if (  # "Yıldırım M, Karataş EN, | Aksoy B ve ark.. Title": Vancouver's last name, then its et al.
        _VANCOUVER_INITIALS.fullmatch(tokens[start - 1].text)
        and start + 3 < len(tokens)
        and NAME_TOKEN.match(tokens[start].text)
        and re.fullmatch(r"[A-Z]{1,3}", tokens[start + 1].text)
    ):
        start += 2
        labels[start - 2 : start] = ["author", "author"]
    pair = " ".join(t.text for t in tokens[start : start + 2]).rstrip(",.")  # ("et al.", Turkish "ve ark.")
    words = 2 if start + 2 < len(tokens) and (_ET_AL.match(pair) or _ET_AL.match(pair + ".")) else 1
    if _ET_AL.match(" ".join(t.text for t in tokens[start : start + words]).rstrip(",").replace("..", ".")):
        if start + words < len(labels) and labels[start + words] == "title":
            labels[start : start + words] = ["author"] * words
        return
    last, first = tokens[start - 2] if start >= 2 else None, tokens[start - 1]
    if (
        last is not None
        and labels[start - 2] == "author"
        and last.text.endswith(".")
        and len(last.text) > 3
        and last.text[:-1].isalpha()
        and last.text[:-1].isupper()
        and first.text[:1].isupper()
        and first.text[1:].islower()
        and first.text.isalpha()
    ):
        labels[start - 1] = "title"


def _series_after_the_imprint(labels: list[str]) -> None:
    """ "*Book*. Edinburgh: Edinburgh University Press, 2020. Edinburgh Critical Studies in Victorian
    Culture.", MLA's "*Book*. Springer, 2019. Food Engineering Series.": a venue read after a book's
    publisher and year (and place), with none before, is its series."""
    first = next((k for k, name in enumerate(labels) if name == "container"), None)
    if first is None or not {"publisher", "date"} <= set(labels[:first]):
        return
    if all(name in ("container", "other", "note") for name in labels[first:]):
        labels[first:] = ["note" if name == "container" else name for name in labels[first:]]


def _title_sentence_read_into_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ACM's "Karen Thøgersen. 2022. Når kommunen banker på. Jordens Folk 57, 1 (2022), 12-19.": with no
    title read, the first sentence of the venue run after the year, a second sentence after it, is the
    title."""
    start = next((k for k, name in enumerate(labels) if name == "container"), None)
    if start is None or start == 0 or labels[start - 1] != "date":
        return
    end = start
    while end < len(tokens) and labels[end] == "container":
        end += 1
    stop = next(
        (
            k
            for k in range(start + 1, end - 1)
            if ends_sentence(tokens[k].text)
            and not _is_abbreviation(tokens[k].text)
            and tokens[k + 1].text[:1].isupper()
        ),
        None,
    )
    if stop is not None:
        labels[start : stop + 1] = ["title"] * (stop + 1 - start)


def _citation_without_a_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """APS's "A. Lee and B. Roe, Phys. Rev. A **108**, 043312 (2023).", RSC's "A. Lee and B. Roe, *Chem.
    Sci.*, 2020, **11**, 1234.": a citation that prints no title. Its names run up to a journal named in
    abbreviations (or one the venue table knows) right before its volume or year: whatever the labeller
    read as a title there is the journal's or the names'; a title run after the numbers is a note (an
    award when it names one: "Editors' Suggestion")."""
    if not labels or labels[0] != "author" or ("title" not in labels and "container" not in labels):
        return
    names_end = next((k for k, name in enumerate(labels) if name != "author"), len(labels))
    if not all(NAME_TOKEN.match(tokens[k].text) for k in range(names_end)):
        return  # "Shadow Banks and the Transmission of … (with X)": no list of names, whatever its label
    numbers = next((k for k in range(names_end, len(labels)) if labels[k] in _NUMBERS), None)
    if numbers is None or numbers == names_end:
        return
    lead = names_end
    while lead < numbers and labels[lead] == "status":  # "submitted to Phys. Rev. X (2024)"
        lead += 1
    names_end = lead if lead > names_end else names_end
    between = range(names_end, numbers)
    if not between or any(labels[k] not in ("title", "container", "author") for k in between):
        return
    if any(tokens[k].text[:1].islower() and tokens[k].text not in _JOURNAL_LINKS for k in between):
        return  # a title's words ("Deep nets for cats"): neither names nor a journal's
    # the journal is the longest tail of the run that reads as one; before it, only names
    # (it may open with the last initial the labeller gave the names: "H. Sato, J. Phys.: Conf. Ser.")
    start = next(
        (
            k
            for k in range(max(1, names_end - 1), numbers)
            if (k >= names_end or _ONE_INITIAL.match(tokens[k].text))
            and not any(tokens[j].quoted for j in range(k, numbers))
            and _journal_like([tokens[j].text for j in range(k, numbers)])
            and (  # (or the last name's family name, its initial read with the names: "B. | Roe,")
                _more_names(tokens, names_end, k)
                or (_ONE_INITIAL.match(tokens[names_end - 1].text) and _more_names(tokens, names_end - 1, k))
            )
        ),
        None,
    )
    if start is None or (start != names_end and not tokens[start - 1].text.endswith(",")):
        return
    if any(labels[k] == "title" for k in range(numbers, len(labels)) if len(tokens[k].text) > 1):
        run = [k for k in range(numbers, len(labels)) if labels[k] == "title"]
        if len(run) > 4 and not AWARD.search(" ".join(tokens[k].text for k in run)):
            return  # a title after the numbers: another shape
    for k in range(names_end, start):
        labels[k] = "author"
    for k in range(start, numbers):
        labels[k] = "container" if labels[k] != "status" else "status"
    k = numbers
    while k < len(labels):
        if labels[k] not in ("title", "container"):
            k += 1
            continue
        end = k
        while end < len(labels) and labels[end] in ("title", "container"):
            end += 1
        kind = "award" if AWARD.search(" ".join(tokens[j].text for j in range(k, end))) else "note"
        labels[k:end] = [kind] * (end - k)
        k = end


def _dash_separated_record(labelled: Labelled, labels: list[str]) -> None:
    """PhilPapers' record line "Title. A, B & C - 2024 - Journal 181 (6):1411-1433." (or "- forthcoming -",
    "- manuscript"): the year between two dashes splits the title and authors from the venue; the lines
    under it (details, abstract, categories, "Direct download") are no part of the citation."""
    tokens = labelled.tokens
    lines = _lines(labelled)
    start, end = lines[0]
    at = next(
        (
            k
            for k in range(start + 2, end - 1)
            if tokens[k].text == "-"
            and (_YEAR_TOKEN.match(tokens[k + 1].text) or tokens[k + 1].text in UNDATED_WORDS)
        ),
        None,
    )
    if at is None or (at + 2 < end and tokens[at + 2].text != "-"):
        return
    stop = next((k for k in range(at - 1, start, -1) if tokens[k - 1].text.endswith(".")), None)
    if stop is None:
        return
    labels[start:stop] = ["title"] * (stop - start)
    labels[stop:at] = ["author"] * (at - stop)
    if tokens[stop].text.startswith("[") and tokens[stop].text.endswith("]"):
        labels[stop] = "other"  # "[REVIEW]" before the names: the kind of work
    labels[at] = "other"
    labels[at + 1] = "status" if tokens[at + 1].text in UNDATED_WORDS else "date"
    venue = at + 3
    if venue - 1 < end:
        labels[at + 2] = "other"
    for k in range(venue, end):
        text = tokens[k].text
        if text[:1].isdigit() or text.startswith("("):
            labels[k] = "volume"
        elif labels[k] not in ("editor",):
            labels[k] = "container"
    for a, b in lines[1:]:
        labels[a:b] = ["other"] * (b - a)


def _group_author_opens(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Global Research on Antimicrobial Resistance (GRAM) Collaborators. Title. Lancet. 2022": a group
    that names itself one, up to its full stop at the start of an entry with no other author, is the
    author (also with a year in its name: "GBD 2021 Maternal Mortality Collaborators.")."""
    if "author" in labels and labels[0] != "author":
        return
    for k in range(min(len(tokens), 14)):
        text = tokens[k].text
        if text.endswith(".") and _GROUP_NAME.search(" ".join(t.text for t in tokens[: k + 1]).rstrip(".")):
            if k + 1 < len(tokens) and labels[k + 1] == "title" and "author" not in labels[k + 1 :]:
                labels[: k + 1] = ["author"] * (k + 1)
            return
        if text.endswith((".", ":", ";", ",")):  # (a group's name has no comma: people before it do)
            return


def _award_and_its_giver(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "*Asian Survey* 61 (5): 801–28. Best Article Award, APSA Comparative Democratization Section, 2022.":
    after a venue, an award's comma goes on with who gave it and when, up to the entry's end: the award's."""
    for i in range(1, len(tokens) - 1):
        if labels[i] != "award" or not tokens[i].text.endswith(",") or labels[i + 1] == "award":
            continue
        if "container" not in labels[:i]:
            return
        j = i + 1
        while j < len(tokens) and labels[j] in _AWARD_GIVER_READ_AS and not tokens[j].break_before:
            j += 1
        if j == len(tokens):
            labels[i + 1 :] = ["award"] * (j - i - 1)
        return


_AWARD_GIVER_READ_AS = frozenset({"publisher", "container", "date", "location", "note", "other"})


def _prize_read_as_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "*Book*. Singapore: NUS Press, 2019. <br> *Shortlisted, … Book Prize 2021*": what follows a book's
    imprint and names a prize, read as a venue, a publisher or pieces of an award, is the book's award."""
    for start in range(1, len(tokens)):
        opens = labels[start] in ("container", "award") and labels[start - 1] not in ("container", "award")
        if not opens or not (labels[start - 1] in ("date", "publisher") or tokens[start].break_before):
            continue
        if not {"publisher", "date"} & set(labels[:start]):
            return
        end = start
        while (
            end + 1 < len(tokens) and labels[end + 1] in _PRIZE_READ_AS and not tokens[end + 1].break_before
        ):
            end += 1
        if AWARD.search(" ".join(t.text for t in tokens[start : end + 1])):
            labels[start : end + 1] = ["award"] * (end + 1 - start)
        return


_PRIZE_READ_AS = frozenset({"container", "award", "publisher", "location", "date"})


def _nomination_goes_on(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… Universitetsforlaget. Nominert til Brageprisen 2022 (sakprosa)": a nomination goes on with
    the prize it names up to the line's end, whatever the labeller read its words as."""
    for i in range(1, len(tokens) - 1):
        if labels[i] != "award" or not _NOMINATED.fullmatch(tokens[i].text) or labels[i - 1] == "title":
            continue
        j = i + 1
        while j < len(tokens) and labels[j] not in ("title", "url", "doi") and not tokens[j].break_before:
            j += 1
        if j == len(tokens) or tokens[j].break_before:
            labels[i + 1 : j] = ["award"] * (j - i - 1)
        return


_NOMINATED = re.compile(rf"(?i){NOMINATED}")


def _venue_after_a_status(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "(with Diego Quispe-Salazar) \\ *Revise & Resubmit, American Economic Journal: Applied Economics*":
    the words between a status's comma and the venue it went to open that venue; no name follows a status."""
    for i in range(len(tokens) - 2):
        if labels[i] != "status" or not tokens[i].text.endswith(",") or labels[i + 1] != "author":
            continue
        j = i + 1
        while j < len(tokens) and labels[j] == "author" and not tokens[j].break_before:
            j += 1
        if j < len(tokens) and labels[j] == "container" and not tokens[j].break_before:
            labels[i + 1 : j] = ["container"] * (j - i - 1)


def _names_in_brackets_with_a_role(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "*The Wode Psalter* (Cappella Nova, dir. Alan Tavener; Linn Records …)": names in a bracket after
    the title that holds an editor's or director's mark are the work's editors, not its authors (but
    "(hrsg. zusammen mit X)": the owner's co-editor, read with them)."""
    if "title" not in labels:
        return
    opened: int | None = None
    for i in range(labels.index("title") + 1, len(tokens)):
        text = tokens[i].text
        if text.startswith("(") and labels[i - 1] == "title":
            opened = i
        if opened is not None and ")" in text:
            inside = range(opened, i + 1)
            marked = any(_EDITORS.match(tokens[k].text.rstrip(",;")) for k in inside)
            if marked and not any(tokens[k].text.lower() in COAUTHOR_WORDS for k in inside):
                for k in inside:
                    labels[k] = "editor" if labels[k] == "author" else labels[k]
            opened = None


def _editors_bracket_after_the_book(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "In *Handbook of Time Series* (R. Davis and S. Holan, eds.)": a bracket after the book that closes
    with an editors' mark holds its editors, whatever of it the labeller gave the book."""
    for i, token in enumerate(tokens):
        if labels[i] != "editor" or ")" not in token.text or not _EDITORS.match(token.text.strip("(),;.")):
            continue
        start = next((k for k in range(i, max(-1, i - 14), -1) if tokens[k].text.startswith("(")), None)
        if start is None or start == 0 or labels[start - 1] != "container":
            continue
        if all(labels[k] in ("container", "editor", "author") for k in range(start, i)):
            labels[start:i] = ["editor"] * (i - start)


def _names_after_the_year_open_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Adams, J.S. 2007: John Robert Borchert, 1918-2001. Annals …": in author-date order the names end
    at the year; names read between the year and the title are the title's first words."""
    year = next((d for d in range(1, len(labels)) if labels[d] == "date" and labels[d - 1] == "author"), None)
    if year is None:
        return
    start = year + 1
    while start < len(labels) and labels[start] == "date":
        start += 1
    end = start
    while end < len(labels) and labels[end] == "author" and not tokens[end].break_before:
        end += 1
    if (
        start < end <= start + 8
        and end < len(labels)
        and labels[end] == "title"
        and not tokens[end].break_before
    ):
        labels[start:end] = ["title"] * (end - start)


def _arabic_inverted_names_open(tokens: Sequence[Token], labels: list[str]) -> None:
    """Chicago in Arabic: "الغامدي، عبدالعزيز بن سعد. *Title*. الرياض: …": a family name and its Arabic
    comma, then given names up to a full stop (", ومحمد بن علي القحطاني" adds a co-author), open the entry:
    they are its authors, whatever the labeller read them as."""
    if (
        "author" in labels
        or not tokens
        or not tokens[0].text.endswith("،")
        or not _ARABIC_WORD.match(tokens[0].text)
    ):
        return
    end = next((k for k in range(1, min(len(tokens), 16)) if tokens[k].text.endswith(".")), None)
    if end is None or end > 12 or not all(_ARABIC_WORD.match(tokens[k].text) for k in range(end + 1)):
        return
    labels[: end + 1] = ["author"] * (end + 1)


_ARABIC_WORD = re.compile(r"^[\u0600-\u06ff]+[،.]?$")


def _names_run_into_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Tuberculosis and HIV co-infection in …", "JWST Cycle 3 GO 4521, …": a word and a conjunction, or
    an acronym alone, read as names that open the entry and run into the title with no mark or line
    break between, are the title's first words: a list of names never ends with "and"."""
    k = 0
    while k < len(labels) and labels[k] == "author":
        k += 1
    if not 0 < k <= 2 or k == len(labels) or labels[k] != "title" or tokens[k].break_before:
        return
    last = tokens[k - 1].text
    acronym = k == 1 and len(last) >= 4 and last.isalpha() and last.isupper()
    joined = k == 2 and (last.lower() in _JOINERS or last.lower() in ("and", "&", "et"))
    if (acronym or joined) and tokens[k - 1].styles == tokens[k].styles:
        labels[:k] = ["title"] * k


def _names_the_page_marks(labelled: Labelled, labels: list[str]) -> None:
    """A token inside an element the page marks as its authors stays an author, whatever a rule about
    venues made of it ("Okonkwo, E." before "*Behavioral Ecology*" is no "E. Behavioral Ecology")."""
    marked = [s for s in labelled.block.spans if s.kind == "field" and s.target == "author"]
    for span in marked:
        for i, token in enumerate(labelled.tokens):
            if span.start <= token.start < span.end and labels[i] == "container":
                labels[i] = "author"


#: A journal's section letter ("Phys. Rev. D", "Eur. Phys. J. C").
_SECTION_LETTER = re.compile(r"[A-Z][,.;:]?")


def _acronym_year_closes_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "*Proceedings of …* (ASSETS ’24).": the year that closes the bracket a venue opened is the
    venue's, whatever the labeller read it as."""
    for i in range(len(tokens) - 1):
        opened = (
            tokens[i].text.startswith("(") and ")" not in tokens[i].text and tokens[i].text[1:3].isupper()
        )
        closing = labels[i + 1] != "container" and _ACRONYM_YEAR.fullmatch(tokens[i + 1].text)
        if labels[i] == "container" and opened and closing:
            labels[i + 1] = "container"


_ACRONYM_YEAR = re.compile(rf"(?:['’‘]\d{{2}}|{YEAR})\)[.,;:]?")


def _acronym_bracket_closes_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Proc. Int. Conf. Language Resources and Evaluation (LREC), Marrakech": an acronym in brackets
    right after the venue's name is the venue's, not a publisher's or a place's."""
    for i in range(1, len(tokens)):
        if (
            labels[i] in ("publisher", "location", "note", "other")
            and labels[i - 1] == "container"
            and not tokens[i].break_before
            and _BRACKETED_ACRONYM.fullmatch(tokens[i].text)
        ):
            labels[i] = "container"


#: A sentence after a meeting's name that says it is the meeting's book ("Bildiriler Kitabı", "Book of
#: Abstracts"): not the venue's name.
_PROCEEDINGS_BOOK = re.compile(
    r"(?i)(?:(?:bildiriler|bildiri özetleri|tam metin(?:ler)?|özet(?:ler)?) kitab[ıi]"
    r"|book of (?:abstracts|proceedings|papers)|abstracts? book|programme and abstracts)\.?"
)
_TOWN_WORD = re.compile(rf"[{CAPITAL}][a-zà-ÿğışçöüąćęłńóśźżčďěňřšťůž]{{2,}},")


def _meeting_book_and_town(tokens: Sequence[Token], labels: list[str]) -> None:
    """ISO 690's "In: 7. Ulusal … Kongresi. Erzurum, 2020." and "… Konferansı. Bildiriler Kitabı. Ankara":
    a sentence of one capitalised word before the year after a venue's sentence is its town, and the
    sentence naming the meeting's book is no part of the name."""
    venue = [i for i, label in enumerate(labels) if label == "container"]
    if len(venue) < 2:
        return
    sentences: list[list[int]] = [[]]
    for i in venue:
        if sentences[-1] and sentences[-1][-1] != i - 1:
            sentences.append([])
        sentences[-1].append(i)
        if ends_sentence(tokens[i].text) and not _is_abbreviation(tokens[i].text):
            sentences.append([])
    for run in sentences[1:]:
        if not run or labels[run[0] - 1] != "container":
            continue
        words = " ".join(tokens[i].text for i in run)
        last = run[-1]
        if _PROCEEDINGS_BOOK.fullmatch(words):
            labels[run[0] : last + 1] = ["other"] * len(run)
        elif len(run) == 1 and _TOWN_WORD.fullmatch(words) and labels[last + 1 : last + 2] == ["date"]:
            labels[last] = "location"


_ABNT_VOLUME = re.compile(r"v\.|vol\.|n\.")  # (or "n.", when a journal counts no volumes)
#: How a list sets a journal or a book apart (ABNT bolds the journal, most styles italicise it).
_STYLED = frozenset({"bold", "italic"})


def _place_after_a_styled_journal(tokens: Sequence[Token], labels: list[str]) -> None:
    """ABNT's "*Western Pacific Surveillance and Response Journal*, Manila, v. 14, n. 2, p. 1-9, 2023":
    the styled words before the place are the journal, the words between it and "v." its town; an
    article's number after "art." is no year."""
    titled = labels.index("title") if "title" in labels else None
    for v in range(2, len(tokens)):
        if not _ABNT_VOLUME.fullmatch(tokens[v].text) or not tokens[v - 1].text.endswith(","):
            continue
        last = v - 1  # the journal's last word, one to five words before "v."
        while last > 0 and not tokens[last].styles & _STYLED and v - last < 6:
            last -= 1
        first = last  # (a journal's name: at most 30 words, in one style: not a bold title before it)
        style = tokens[last].styles & _STYLED
        while first > 0 and tokens[first - 1].styles & _STYLED == style and last - first < 30:
            first -= 1
        if not tokens[last].styles & _STYLED or not tokens[last].text.endswith(","):
            continue
        if last == v - 1 or titled is None or titled >= first:
            continue
        between = [tokens[k].text for k in range(last + 1, v)]
        if any(_ABNT_VOLUME.fullmatch(word) or any(c.isdigit() for c in word) for word in between):
            continue  # "*Journal of Hydrology*, 2021, v. 598", "…, v. 27, n. 3": numbers, not a town
        # (the owner's styled name a line above, "*G. Ferraresi*, M. Colombo.\nTerritorio, n. 104")
        named = any(_dotted_initial(tokens[k].text) for k in range(first, last + 1))
        if named or any(tokens[k].break_before for k in range(last + 1, v + 1)):
            continue
        labels[first : last + 1] = ["container"] * (last + 1 - first)
        labels[last + 1 : v] = ["location"] * (v - 1 - last)
    for i in range(1, len(tokens)):
        if tokens[i - 1].text == "art." and labels[i] == "date" and labels[i - 1] == "pages":
            labels[i] = "pages"


def _year_sentence_opens_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ABNT's thesis "*Title*. 2012. Dissertation (PhD in …) – University …": a year standing as a
    sentence before the venue's words is the date ("2012 IEEE Conference …" has no period)."""
    for i in range(1, len(tokens) - 1):
        if (
            labels[i] == "container"
            and labels[i - 1] != "container"
            and labels[i + 1] == "container"
            and _YEAR_SENTENCE.fullmatch(tokens[i].text)
        ):
            labels[i] = "date"


_YEAR_SENTENCE = re.compile(rf"{YEAR}\.")


def _group_editor_before_the_book(tokens: Sequence[Token], labels: list[str]) -> None:
    """ABNT's chapter "In: WORLD HEALTH ORGANIZATION. *Field Epidemiology Training …*": a body in
    capitals as a sentence between "In:" and the styled book is its editor, not the book's name."""
    for i in range(len(tokens) - 3):
        if tokens[i].text not in _IN_WORDS or labels[i + 1] != "container":
            continue
        end = i + 1  # (a body's name: a few words)
        while (
            end < min(i + 10, len(tokens))
            and _CAPITALS_WORD.fullmatch(tokens[end].text)
            and not ends_sentence(tokens[end].text)
        ):
            end += 1
        if (
            end - i >= 2
            and end + 1 < len(tokens)
            and _CAPITALS_WORD.fullmatch(tokens[end].text.rstrip("."))
            and ends_sentence(tokens[end].text)
            and tokens[end + 1].styles & _STYLED
            and not tokens[end].styles & _STYLED
        ):
            labels[i] = "other"
            labels[i + 1 : end + 1] = ["editor"] * (end - i)


_CAPITALS_WORD = re.compile(rf"[{CAPITAL}][{CAPITAL}&-]+\.?")


_PAGE_RANGE = re.compile(r"(?:\d+\.)?\d+[–-]+(?:\d+\.)?\d+[.,]?")


def _pages_and_publisher_after_an_italic_book(tokens: Sequence[Token], labels: list[str]) -> None:
    """Nature's proceedings "in *Proc. 17th … Conference* 455–462 (Docomomo International, 2022).": the
    pages after the italic book and the publisher in the bracket with the year are not its name."""
    for i in range(1, len(tokens) - 1):
        if not (
            labels[i] == "container"
            and labels[i - 1] == "container"
            and "italic" in tokens[i - 1].styles
            and "italic" not in tokens[i].styles
            and _PAGE_RANGE.fullmatch(tokens[i].text)
        ):
            continue
        labels[i] = "pages"
        if not tokens[i + 1].text.startswith("("):
            return
        end = i + 1
        while end < len(tokens) and labels[end] == "container" and not tokens[end].text.endswith(")"):
            end += 1
        if end < len(tokens) and labels[end] == "date" and tokens[end].text.rstrip(".,;").endswith(")"):
            labels[i + 1 : end] = ["publisher"] * (end - i - 1)
        return


def _year_ending_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… las escuelas del Plan de Construcciones Escolares de 1960. *Estoa* 9, 77–89 (2020).": a year
    after a title's word in lower case ("de", "since", "in"), the entry's year printed later, ends the
    title."""
    dates = [i for i, name in enumerate(labels) if name == "date"]
    if len(dates) < 2:
        return
    i = dates[0]
    previous = tokens[i - 1].text if i else ""
    if (
        labels[i - 1 : i] == ["title"]
        and previous.isalpha()
        and previous.islower()
        and _YEAR_SENTENCE.fullmatch(tokens[i].text)
        and tokens[dates[-1]].text.startswith("(")
    ):
        labels[i] = "title"
    elif (  # "**…in commercial poultry, Egypt 2023**. Place: Publisher, 2024.": inside the styled title
        _YEAR_SENTENCE.fullmatch(tokens[i].text)
        and tokens[i].styles & _STYLED
        and not tokens[dates[-1]].styles & _STYLED
    ):
        style = tokens[i].styles & _STYLED
        k = i
        while k > 0 and labels[k - 1] in ("title", "container") and tokens[k - 1].styles & style:
            k -= 1
        if k < i and labels[k] == "title":
            labels[k : i + 1] = ["title"] * (i + 1 - k)
    elif (  # GOST's "… en Argentina (2018–2021) / L. B. Ferreyra … // Journal. 2023.": a span of years
        labels[i - 1 : i] == ["title"]
        and _BRACKETED_YEAR_RANGE.fullmatch(tokens[i].text)
        and i + 1 < len(tokens)
        and tokens[i + 1].text in ("/", ":", "//")
    ):
        labels[i] = "title"


_BRACKETED_YEAR_RANGE = re.compile(rf"\({YEAR}\s?[–—-]\s?{YEAR}\)")


def _server_in_a_note(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… audit firm. Working paper, SSRN.": a preprint server named in an entry's note (or as its
    publisher: "… catchments (PhilFlow v1.0). EarthArXiv (2024)."), the entry naming no venue, is where
    the paper is."""
    if "container" in labels:
        return
    for i, token in enumerate(tokens):
        word = token.text.strip(".,;()[]")
        # (a server by its name: "Preprint, 2025" names none)
        if (
            labels[i] in ("note", "publisher")
            and guess_kind(word) is VenueKind.PREPRINT
            and word.lower() != "preprint"
        ):
            labels[i] = "container"
            return


#: Abbreviations that open a place's name inside a title ("the Mt. Makiling Forest Reserve").
_PLACE_ABBREVIATIONS = frozenset({"Mt.", "Mts.", "St.", "Ste.", "Ft.", "Pt.", "Is.", "Lk.", "R."})


def _title_goes_on_before_an_italic_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """Nature's "… crab assemblages in Guiuan, Eastern Samar. *Proceedings of …*" and "… draining the
    Mt. Makiling Forest Reserve. *Abstracts …*": the plain words after a title cut at a comma or a
    place's abbreviation, up to the italic venue, are the title's."""
    for i in range(1, len(tokens) - 1):
        if labels[i - 1] != "title" or labels[i] != "container" or tokens[i].styles & _STYLED:
            continue
        cut = tokens[i - 1].text
        if not (cut.endswith(",") or cut in _PLACE_ABBREVIATIONS):
            return
        end = i
        while end < len(tokens) and labels[end] == "container" and not tokens[end].styles & _STYLED:
            end += 1
        if (
            end < len(tokens)
            and end - i <= 6
            and labels[end] == "container"
            and "italic" in tokens[end].styles
            and tokens[end - 1].text.endswith(".")
        ):
            labels[i:end] = ["title"] * (end - i)
        return


def _title_goes_on_before_in(tokens: Sequence[Token], labels: list[str]) -> None:
    """DIN's "Grønnvasking eller grønn kommunikasjon? Forbrukeres reaksjoner på miljøpåstander. In:
    *Praktisk økonomi*": the sentence after a title cut at its question mark, up to "In:", is the title's
    (the venue comes after "In:")."""
    for i in range(1, len(tokens) - 1):
        if labels[i - 1] != "title" or labels[i] != "container":
            continue
        end = i
        while (
            end < len(tokens)
            and end - i <= 12
            and labels[end] == "container"
            and tokens[end].text not in _IN_WORDS
        ):
            end += 1
        if (
            end < len(tokens)
            and end > i
            and labels[end] == "container"
            and tokens[end].text.endswith(":")
            and tokens[end].text in _IN_WORDS
            and tokens[end - 1].text.endswith(".")
        ):
            labels[i:end] = ["title"] * (end - i)
        return


def _venue_tails(tokens: Sequence[Token], labels: list[str]) -> None:
    """A section letter right after a venue, read as a place or a volume, ends the venue's name."""
    for i in range(1, len(tokens)):
        if (
            labels[i] in ("location", "volume")
            and labels[i - 1] == "container"
            and not tokens[i].break_before
            and _SECTION_LETTER.fullmatch(tokens[i].text)
        ):
            labels[i] = "container"


def _date_bracket_closes(tokens: Sequence[Token], labels: list[str]) -> None:
    """APA's "(2023, October 29–November 2). CFD analysis …": the words up to the bracket a date opens
    are the date's, however the labeller read its last ("2)." as the title's first word); the word after
    it is not ("(2019, dezembro). Ouvir as freiras": the title's first)."""
    for i, token in enumerate(tokens):
        if labels[i] != "date" or not token.text.startswith("(") or ")" in token.text:
            continue
        close = next((j for j in range(i + 1, min(i + 6, len(tokens))) if ")" in tokens[j].text), None)
        if close is not None and tokens[close].text.rstrip(".,:;").endswith(")"):
            labels[i : close + 1] = ["date"] * (close + 1 - i)
            after = close + 1
            if (
                after + 1 < len(tokens)
                and labels[after] == "date"
                and labels[after + 1] == "title"
                and tokens[close].text.endswith(").")
                and tokens[after].text[:1].isupper()
                and not any(c.isdigit() for c in tokens[after].text)
            ):
                labels[after] = "title"
        return


#: Vancouver's translator after the title: "Fuentes Rojas C, traductora.", "Lee A, translator."
_TRANSLATOR = re.compile(
    r"(?i)(?:translators?|traductor[ae]?s?|tradutor[ae]?s?|traduttric?[ei]|übersetzer(?:in)?)\.?"
)


def _translator_after_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Okonkwo-Bell A. Silencio testimonial y violencia epistémica. Fuentes Rojas C, traductora. Rev
    Filos": the names before a translator's word, a sentence after the title's, are no part of it."""
    for i in range(2, len(tokens)):
        if (
            labels[i] != "title"
            or not _TRANSLATOR.fullmatch(tokens[i].text)
            or not tokens[i - 1].text.endswith(",")
        ):
            continue
        k = i - 1
        while k > 0 and labels[k - 1] == "title" and not ends_sentence(tokens[k - 1].text):
            k -= 1
        if k > 0 and labels[k - 1] == "title" and i - k <= 6:
            labels[k : i + 1] = ["note"] * (i + 1 - k)
        return


def _series_bracket_ends_the_entry(tokens: Sequence[Token], labels: list[str]) -> None:
    """Vancouver's series after the imprint, "… Cham: Springer; 2021. (Astrophysics and Space Science
    Library; vol. 431).": no part of the publisher or the volume; a note (a book's series), but the venue
    of a report or a working paper read with no other ("… 28 p. (KITA Working Paper Series; No. 42).")."""
    end = len(tokens) - 1
    start = end
    while start > 0 and end - start < 15 and not tokens[start].text.startswith("("):
        start -= 1
    inside = range(start, end + 1)
    if (
        not tokens[start].text.startswith("(")
        or "date" not in labels[max(0, start - 6) : start]
        or not (
            any(
                tokens[k].text.endswith((";", ",")) and _SERIES_VOLUME.match(tokens[k + 1].text)
                for k in inside[:-1]
            )  # DIN's "Bergen : SNF, 2019 (SNF-rapport 07/19)": a report's series and number
            or (0 < end - start <= 6 and _closes_a_report_number(tokens[end].text))
        )
    ):
        return
    words = " ".join(t.text for t in tokens[start : end + 1])
    venue = "container" not in labels[:start] and _REPORT_SERIES.search(words) is not None
    labels[start : end + 1] = ["container" if venue else "note"] * (end + 1 - start)
    if labels[end] == "container" and _closes_a_report_number(tokens[end].text):
        labels[end] = "note"  # (the report's number, and the word that names it: "; N.º 12)")
        word = tokens[end - 1].text
        if end - 1 > start and _SERIES_VOLUME.match(word) and not _has_digit(word):
            labels[end - 1] = "note"


_REPORT_SERIES = re.compile(
    r"(?i)papers?\b|reports?\b|rapport|raport|bericht|working|discussion|occasional|technical|documentos?\b"
    r"|briefs?\b"
)


def _report_series_read_as_publisher(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… vulnerabilities. UP CIDS Discussion Paper Series 2020-07. UP Center for …, Quezon City.": a
    report series and its number, at the head of what was read as the publisher, is the venue (the
    institute after the number publishes it); so is one read as a note ("… Basin. NOAH Technical Report
    Series, No. 2017-11. Project NOAH, DOST")."""
    read_as = "publisher" if "publisher" in labels else "note"
    start = labels.index(read_as)
    if start == 0 or labels[start - 1] not in ("title", "date"):
        return
    end = start
    while end < len(tokens) and end - start <= 10 and labels[end] == read_as:
        if _REPORT_NUMBER_TOKEN.fullmatch(tokens[end].text) and end > start:
            words = " ".join(t.text for t in tokens[start:end])
            if _REPORT_SERIES.search(words):
                number = end - 1 if tokens[end - 1].text in ("No.", "no.", "Nr.", "N°") else end
                labels[start:number] = ["container"] * (number - start)
                labels[number : end + 1] = ["note"] * (end + 1 - number)
            return
        end += 1


#: A report's number in its series: "2020-07.", "2017-11.", "7,", "07/19".
_REPORT_NUMBER_TOKEN = re.compile(r"(?!(?:1[5-9]|20)\d\d[.,;]?$)\d{1,4}(?:[-/]\d{1,4})?[.,;]?")


def _closes_a_report_number(text: str) -> bool:
    """ "07/19)", "4-2016).": a report's number closing the bracket of its series."""
    return ")" in text and _REPORT_NUMBER_TOKEN.fullmatch(text.replace(")", "", 1)) is not None


_SERIES_VOLUME = re.compile(r"(?i)(?:vol|no|nr|bd|band|tome?|t)\.(?:\s|$)|n\.º(?:\s|$)|\d")


def _question_opens_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """AMA's "Brandt F. Stumme Mehrheit? Die Schweigespirale …": words ending in a question mark, read as
    the last name, open the title after them (no name ends with "?")."""
    for i in range(1, len(tokens) - 1):
        if labels[i] == "author" and tokens[i].text.endswith(("?", "!")) and labels[i + 1] == "title":
            k = i
            while k > 0 and labels[k - 1] == "author" and not tokens[k - 1].text.endswith((".", ",", ";")):
                k -= 1
            if k > 0:
                labels[k : i + 1] = ["title"] * (i + 1 - k)
            return


def _university_runs_on_into_a_place(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "The University of Hong Kong;", "Ludwig-Maximilians-Universität München;", "ETH Zürich": a place
    an institution's name runs on into, no comma between, is the name's."""
    for i in range(1, len(tokens)):
        if (
            labels[i] == "location"
            and labels[i - 1] in ("container", "publisher")
            and not tokens[i].break_before
            and tokens[i - 1].text[-1:].isalpha()
            and _INSTITUTION.search(" ".join(t.text for t in tokens[max(0, i - 4) : i]))
        ):
            labels[i] = labels[i - 1]


def _thesis_institution_in_a_note(tokens: Sequence[Token], labels: list[str]) -> None:
    """ABNT's "Tese (Doutorado em …). Universidade Federal do Rio Grande do Norte, Natal." and NLM's
    "[dissertation]. Abu Dhabi (UAE): Khalifa University …; 2017.": the words after a thesis's degree
    naming an institution, read as a note or a second venue, are its publisher. DIN's "*Title*. Bergen,
    Norges Handelshøyskole, Diss., 2012", all read as a note, is the venue."""
    first = next((i for i, name in enumerate(labels) if name == "container"), None)
    if first is None:
        run = [i for i, name in enumerate(labels) if name == "note"]
        if (
            run
            and run[-1] - run[0] + 1 == len(run)
            and _THESIS_WORD.fullmatch(tokens[run[-1]].text.rstrip(".,;"))
            and _INSTITUTION.search(" ".join(tokens[i].text for i in run))
        ):
            labels[run[0] : run[-1] + 1] = ["container"] * len(run)
        return
    degree = first
    while degree + 1 < len(tokens) and labels[degree + 1] == "container":
        degree += 1
    if not _THESIS_WORD.search(" ".join(t.text for t in tokens[first : degree + 1])):
        return
    k = degree + 1
    while k < len(tokens) and labels[k] in ("location", "other"):
        k += 1
    end = k
    while end < len(tokens) and labels[end] in ("note", "container"):
        end += 1
    if end > k and _INSTITUTION.search(" ".join(t.text for t in tokens[k:end])):
        labels[k:end] = ["publisher"] * (end - k)


def _bracketed_thesis_ends_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """APA's "Title [박사학위논문, 서울대학교]. dCollection." read all as the title: the bracket names the
    thesis (its degree, then its institution, the publisher) and ends the title; a repository may follow."""
    for k in range(1, len(tokens)):
        if not tokens[k].text.startswith("[") or labels[k] != "title" or labels[k - 1] != "title":
            continue
        close = next((j for j in range(k, min(k + 10, len(tokens))) if "]" in tokens[j].text), None)
        if close is None or not _THESIS_WORD.search(tokens[k].text):
            return
        comma = next((j for j in range(k, close) if tokens[j].text.endswith(",")), close)
        labels[k : comma + 1] = ["note"] * (comma + 1 - k)
        labels[comma + 1 : close + 1] = ["publisher"] * (close - comma)
        for j in range(close + 1, len(tokens)):
            if labels[j] == "title":
                labels[j] = "note"
        return


def _is_abbreviation(text: str) -> bool:
    """ "Math.", "Funct.", "Proc.": a capitalised word of two to five letters cut at its period. Words
    are cut before a vowel, so one ending in a, e, o, u or y ("Ghana.", "Italy.") is a whole word."""
    bare = text[:-1] if text.endswith(".") else ""
    short = 2 <= len(bare) <= 5 and bare.isalpha() and bare[0].isupper() and bare[-1] not in "aeouy"
    return short or bare.lower() in ABBREVIATED_VENUE_WORDS


def _abbreviated_venue_start(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "…hyperbolicity, Duke Math. J. 172": the capitalised words before a venue, after the title's last
    comma or sentence, with an abbreviation among them, begin the venue's name ("Duke Math. J."); when
    the numbers follow ("…, Comm. Math. Phys. 405 (2024)"), abbreviations alone are the venue's name."""
    for i in range(len(tokens) - 1):
        numbers = labels[i + 1] in ("volume", "date", "pages") or bool(_YEAR_TOKEN.match(tokens[i + 1].text))
        if labels[i] != "title" or (labels[i + 1] != "container" and not numbers):
            continue
        if tokens[i + 1].text in _IN_WORDS:  # "…Patuha, Jawa Barat. | In: Prosiding": the venue starts there
            return
        moved: list[int] = []
        k = i
        while k >= 0 and labels[k] == "title" and len(moved) < 3:
            text = tokens[k].text
            if text.endswith(",") or (text.endswith(".") and not _is_abbreviation(text)):
                break
            if not text[:1].isupper():
                return
            moved.append(k)
            k -= 1
        after_title = k >= 0 and labels[k] == "title" and tokens[k].text.endswith((",", "."))
        abbreviated = [_is_abbreviation(tokens[m].text) for m in moved]
        if labels[i + 1] != "container" and (len(moved) < 2 or not all(abbreviated)):
            return
        if moved and after_title and any(abbreviated):
            for m in moved:
                labels[m] = "container"
        return


def _title_cut_between_words(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "…by Large | U.K Law Firms, Fordham Law Review", "(book | review), Design book review": a title
    that ends at no mark of any kind (no punctuation, no change of style or quotes) before a venue or
    publisher which goes on past its own first comma or full stop was cut inside its last phrase: the
    words up to that mark are the title's."""
    for i in range(1, len(tokens) - 2):
        if labels[i] != "title" or labels[i + 1] not in ("container", "publisher"):
            continue
        field, last, first = labels[i + 1], tokens[i], tokens[i + 1]
        if (
            last.text[-1:] in _FIELD_END_MARKS
            or first.text[:1] in "([{\"'“‘«„"
            or first.break_before
            or (last.styles, last.quoted, last.link) != (first.styles, first.quoted, first.link)
            or first.text in _IN_WORDS
            or _venue_only_word(first.text)
        ):
            return
        k = i + 1
        while k < len(tokens) and labels[k] == field and tokens[k].text[-1:] not in _FIELD_END_MARKS:
            k += 1
        if k + 1 < len(tokens) and labels[k] == field and labels[k + 1] == field and k - i <= 3:
            labels[i + 1 : k + 1] = ["title"] * (k - i)
        return


def _title_tail_in_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """The venue run holds the title's end when it closes a bracket the title opened ("order (for
    Bulgarian, | Serbian, … English). Балканско езикознание") or a period of years ends a sentence in it
    ("tularemia, | United States, 1964–2004. Emerg Infect Dis"): up to there, it is the title's."""
    for i in range(1, len(tokens) - 1):
        if labels[i] != "title" or labels[i + 1] != "container":
            continue
        title = " ".join(tokens[k].text for k in range(i + 1) if labels[k] == "title")
        opened = title.count("(") > title.count(")")
        # ("… as estimated by the US | National Institute … Schedule. Acta Psychiatrica"): a title cut
        # with no mark at its end goes on to the venue run's first full stop after a whole word
        last, first = tokens[i], tokens[i + 1]  # (a change of style marks the end too: IOP's italic journal)
        unmarked = last.text[-1] not in _FIELD_END_MARKS and (last.styles, last.quoted) == (
            first.styles,
            first.quoted,
        )
        k = i + 1
        while k + 1 < len(tokens) and labels[k + 1] == "container" and k - i < 12:
            text = tokens[k].text
            if (
                (opened and ")" in text and "(" not in text)
                or (text.endswith(".") and _YEAR_RANGE.fullmatch(text[:-1]))
                # "…hospitals in Osun State, | Nigeria. West African Journal": a country ends the title
                or (k == i + 1 and last.text.endswith(",") and _place_ends_a_sentence(text))
                or (
                    unmarked
                    and text.endswith(".")
                    and len(text) > 4
                    and (text[:-1].isalpha() or text[:-1].isdigit() or _SLASHED_WORD.fullmatch(text[:-1]))
                    and not _is_abbreviation(text)
                    and tokens[k + 1].text[:1].isupper()
                )
            ):
                labels[i + 1 : k + 1] = ["title"] * (k - i)
                return
            k += 1
        return


_SLASHED_WORD = re.compile(r"[^\W\d_]{2,}/[^\W\d_]{2,}")  # "Keck/NIRSPEC": an instrument, a title's word


def _place_ends_a_sentence(text: str) -> bool:
    """ "Dublin.", "Italy.": a place the records know and a full stop, as a place closes a title's last
    phrase."""
    bare = text[:-1]
    return (
        text.endswith(".")
        and len(bare) >= 4
        and bare.isalpha()
        and bare[0].isupper()
        and _place_word(bare)  # (a whole word alone, "Nature.", "Ecology.", may be the venue's)
    )


#: What closes a field's last word in a printed reference: punctuation and closing brackets or quotes.
_FIELD_END_MARKS = frozenset(".,:;?!)]}\"'”’»/")  # (GOST's "Title //")


def _venue_only_word(text: str) -> bool:
    """Whether real records use the word in venues' names and not in titles ("Proceedings", "Journal")."""
    classes = lexicon().get(fold(text.strip(".,:;")), "")
    return "v" in classes and "t" not in classes


def _venue_cut_at_a_function_word(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "…for marine species. ICES Journal of | Marine Science. 72(1)": a title that ends with "of", "and"
    or "for" right before the venue was cut inside the venue's name: the capitalised words after its
    last full stop open the venue."""
    for i in range(1, len(tokens) - 1):
        field = labels[i + 1]
        if labels[i] != "title" or field not in ("container", "publisher"):
            continue
        if tokens[i].text not in ("of", "and", "for", "on", "in", "&"):
            return
        k = i - 1
        while (
            k > 0 and labels[k] == "title" and i - k < 5 and not tokens[k].text.endswith((".", "?", "!", ","))
        ):
            k -= 1
        # (a publisher's name follows the title's comma too: "…, University of | Michigan Press")
        ends = (
            labels[k] == "title"
            and tokens[k].text.endswith((".", "?", "!", ",") if field == "publisher" else (".", "?", "!"))
            and not _is_abbreviation(tokens[k].text)
        )
        moved = range(k + 1, i + 1)
        if ends and all(tokens[m].text[:1].isupper() or tokens[m].text in _FUNCTION_WORDS for m in moved):
            for m in moved:
                labels[m] = field
        return


def _law_journal_abbreviation(tokens: Sequence[Token], labels: list[str]) -> None:
    """German law citations, "Title, ZGR 2024, 412–451" / "…, JZ 2025 (im Erscheinen)": the capitals after
    the title's comma and right before the year are the journal, not the title's last word; the year
    before the pages ("AJP 2022, S. 98–103") is the date, however the labeller read it."""
    for i in range(1, len(tokens) - 1):
        if (
            labels[i] in ("title", "container")
            and _JOURNAL_ABBREVIATION.fullmatch(tokens[i].text)
            and tokens[i - 1].text.endswith(",")
            and labels[i - 1] == "title"
            and _BARE_YEAR.fullmatch(tokens[i + 1].text)
            and (
                labels[i + 1] == "date"
                or (labels[i + 1] == "title" and i + 2 < len(tokens) and labels[i + 2] == "pages")
            )
        ):
            labels[i], labels[i + 1] = "container", "date"


def _statute_article_in_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """Law titles' "… nach Art. 21 DSG", "Art. 328b OR", "§ 823 BGB": an article of a statute, its
    number and the statute's abbreviation, read on from the title, are the title's."""
    for i in range(len(tokens) - 2):
        if (
            labels[i] == "title"
            and tokens[i].text in _ARTICLE_WORDS
            and _ARTICLE_NUMBER.fullmatch(tokens[i + 1].text)
            and _JOURNAL_ABBREVIATION.fullmatch(tokens[i + 2].text.rstrip(",.;:"))
        ):
            labels[i + 1] = labels[i + 2] = "title"
        elif (  # "Federal Decree-Law No. 9 of 2016 on Bankruptcy": a law's number and year
            labels[i] == "title"
            and tokens[i].text in ("No.", "No", "Nr.", "n.º", "nº")
            and tokens[i + 1].text.isdigit()
            and i + 3 < len(tokens)
            and tokens[i + 2].text == "of"
            and _BARE_YEAR.fullmatch(tokens[i + 3].text)
            and labels[i + 4 : i + 5] == ["title"]
        ):
            labels[i + 1 : i + 4] = ["title"] * 3


_ARTICLE_WORDS = frozenset(("Art.", "Artt.", "Art", "§", "§§", "Article", "Artikel"))
_ARTICLE_NUMBER = re.compile(r"\d{1,4}[a-z]{0,2}(?:[-–]\d{1,4}[a-z]{0,2})?")


def _volume_after_the_year(tokens: Sequence[Token], labels: list[str]) -> None:
    """Cristin's "Title. Aquaculture 2024 ;Volum 578.(2) s. 88-97": the volume after a glued ";",
    the year before it, and the journal back to the title's full stop."""
    for i in range(2, len(tokens)):
        if tokens[i].text.lower() not in _GLUED_VOLUME or not _BARE_YEAR.fullmatch(tokens[i - 1].text):
            continue
        labels[i] = "volume"
        if i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit():
            labels[i + 1] = "volume"
        labels[i - 1] = "date"
        k = i - 2
        while k >= 0 and labels[k] in ("title", "container") and not tokens[k].text.endswith((".", "?", "!")):
            labels[k] = "container"
            k -= 1


_GLUED_VOLUME = frozenset({";volum", ";vol.", ";volume", ";vol", ";bd."})


def _imprint_without_place(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Title. : Universitetet i Bergen 2017 (ISBN …)": a colon standing alone after the title's full stop
    opens an imprint whose place is left out: the publisher up to the year."""
    for i in range(1, len(tokens) - 2):
        if tokens[i].text != ":" or not tokens[i - 1].text.endswith(".") or labels[i - 1] != "title":
            continue
        k = i + 1
        while k < len(tokens) and not _BARE_YEAR.fullmatch(tokens[k].text) and k - i <= 8:
            k += 1
        if k < len(tokens) and k > i + 1 and _BARE_YEAR.fullmatch(tokens[k].text):
            labels[i] = "other"
            labels[i + 1 : k] = ["publisher"] * (k - i - 1)
            labels[k] = "date"
        return


def _thesis_sentence_ends_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Title. Докторска дисертација. Београд: Филозофски факултет …": a short sentence after the
    title's that names a thesis ("Doctoral dissertation.", "Tesis doctoral.", "Luận án Tiến sĩ Kinh
    tế.") is the work's kind, its venue, not the title's last words; one that opens with the word runs
    on to the institution after its comma ("Kandidaatintutkielma, Helsingin yliopisto, 2021.")."""
    for k in range(1, len(tokens)):
        if labels[k - 1] != "title" or labels[k] not in _TITLE_OR_VENUE or tokens[k - 1].text[-1] != ".":
            continue
        opens = _THESIS_WORD.match(" ".join(t.text for t in tokens[k : k + 3])) is not None
        if labels[k] != "title" and not opens:
            continue  # ("Title. *Disertační* práce.": its first word read as the venue)
        end = k
        while (
            end < len(tokens)
            and end - k < (12 if opens else 4)  # ("Tesi di Dottorato in Scienze … (XXXI ciclo),")
            and labels[end] in _TITLE_OR_VENUE
            and not tokens[end].text.endswith((".", ",") if opens else ".")
        ):
            end += 1
        if end < len(tokens) and labels[end] == "title" and tokens[end].text.endswith((".", ",")):
            after = end + 1  # "Disertační práce. Vysoké učení technické v Brně, Fakulta …": its school
            if opens and tokens[end].text.endswith(".") and after < len(tokens) and labels[after] == "title":
                while after + 1 < len(tokens) and labels[after + 1] == "title":
                    after += 1
                if _INSTITUTION.search(" ".join(t.text for t in tokens[end + 1 : after + 1])):
                    labels[k : end + 1] = ["container"] * (end + 1 - k)  # (the school publishes it)
                    labels[end + 1 : after + 1] = ["publisher"] * (after - end)
                    return
            sentence = " ".join(t.text for t in tokens[k : end + 1])
            comma = tokens[end].text.endswith(",")
            rest = end + 1  # (after the comma: the institution, up to its sentence's end)
            while comma and opens and rest < len(tokens) and labels[rest] == "title" and rest - end <= 8:
                rest += 1
                if tokens[rest - 1].text.endswith((".", ",")):
                    break
            if comma and opens and _INSTITUTION.search(" ".join(t.text for t in tokens[end + 1 : rest])):
                end = rest - 1
            if (
                (opens or not comma)
                and _THESIS_WORD.search(sentence)
                and (end + 1 == len(tokens) or labels[end + 1] != "title")
            ):
                labels[k : end + 1] = ["container"] * (end + 1 - k)
                return


def _supervisor_note(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… 2022. – Betreuung: É. Bouchard", "Supervisor: Prof. J. Højgaard": a thesis's supervisor, named
    after the word, is a note, not its publisher or place."""
    for k, token in enumerate(tokens):
        if _SUPERVISOR_WORD.fullmatch(token.text):
            labels[k:] = ["note"] * (len(tokens) - k)
            return


_SUPERVISOR_WORD = re.compile(
    r"(?i)(?:supervisors?|advisors?|directora?|director\(a\)|relatore|betreuer(?:in)?|betreuung|tutora?"
    r"|orientador(?:a)?|encadrant(?:e)?|promotor)s?:|dir\."  # (French "Dir. A.-S. Dupont")
)


def _place_and_school_before_the_thesis(tokens: Sequence[Token], labels: list[str]) -> None:
    """DIN's "Title. Champs-sur-Marne, École d'Urbanisme de Paris, Mémoire de Master 1, 2022.": the town
    and the school between the title's full stop and the kind of thesis are the thesis's, not the title's
    last sentence."""
    start = next((k for k, name in enumerate(labels) if name == "container"), None)
    if start is None or start < 3 or labels[start - 1] != "title" or not tokens[start - 1].text.endswith(","):
        return
    if not _THESIS_WORD.match(" ".join(token.text for token in tokens[start : start + 4])):
        return
    k = start - 1
    while k > 0 and labels[k - 1] == "title" and not ends_sentence(tokens[k - 1].text) and start - k < 10:
        k -= 1
    if k == 0 or labels[k - 1] != "title" or not ends_sentence(tokens[k - 1].text):
        return
    if _INSTITUTION.search(" ".join(token.text for token in tokens[k:start])):
        labels[k:start] = ["container"] * (start - k)


def _abnt_thesis_imprint(tokens: Sequence[Token], labels: list[str]) -> None:
    """ABNT's thesis "Title. 2011. 64 f. Tese (Doutorado em X) – Universidade, Cidade, 2011.": the
    year and the count of leaves end no title; the kind of thesis and its institution, to the comma,
    are the venue (a faculty before its university too), and the town after them its place."""
    for t in range(2, len(tokens)):
        leaves = _LEAVES.fullmatch(tokens[t - 1].text) is not None and tokens[t - 2].text.isdigit()
        year = t - 3 if leaves else t - 1  # (the leaves may be left out: "2016. Tesis (Magíster …) – …")
        if not (
            year >= 1
            and _YEAR_SENTENCE.fullmatch(tokens[year].text)
            and _THESIS_WORD.match(" ".join(token.text for token in tokens[t : t + 3]))
        ):
            continue
        dash = next((d for d in range(t + 1, min(t + 10, len(tokens))) if tokens[d].text in _DASHES), None)
        if dash is None:
            continue
        end = _part_end(tokens, dash + 1)
        while end is not None and tokens[end].text.endswith(",") and end + 1 < len(tokens):
            after = _part_end(tokens, end + 1)  # "Instituto de Química, Universidade …,"
            part = " ".join(token.text for token in tokens[end + 1 : after + 1]) if after else ""
            if after is None or not _INSTITUTION.search(part):
                break
            end = after
        if end is None:
            continue
        labels[year] = "date"
        labels[year + 1 : t] = ["pages"] * (t - year - 1)
        labels[t : end + 1] = ["container"] * (end + 1 - t)
        town = end + 1
        if (
            tokens[end].text.endswith(",")
            and town + 1 < len(tokens)
            and _BARE_YEAR.fullmatch(tokens[town + 1].text)
        ):
            labels[town : town + 2] = ["location", "date"]
        return


def _part_end(tokens: Sequence[Token], start: int) -> int | None:
    """The last token of the comma- or period-ended part opening at `start` (at most ten words)."""
    for end in range(start, min(start + 10, len(tokens))):
        if tokens[end].text.endswith((",", ".")):
            return end
    return None


_LEAVES = re.compile(r"(?:f|p|fls|folhas)\.")
_THESIS_WORD = re.compile(rf"(?i)\b(?:{THESIS_WORDS})\b")


_BRACKETED_KIND = re.compile(r"\[([^\]]{3,40})\][.,]?\s*")


def _series_after_a_question(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "…: what role for neutral member states? oiip Policy Paper 3/2023. Vienna: …": after the title's
    question mark, a report series and its number are the venue, not the title's last words."""
    title = [k for k, name in enumerate(labels) if name == "title"]
    if not title:
        return
    for k in title[:-1]:
        if not tokens[k].text.endswith(("?", "!")) or labels[k + 1] != "title":
            continue
        rest = range(k + 1, title[-1] + 1)
        series = any(_REPORT_SERIES_WORD.fullmatch(tokens[j].text.strip(".,;:")) for j in rest)
        if len(rest) <= 8 and series and _SERIES_NUMBER_TOKEN.fullmatch(tokens[rest[-1]].text):
            labels[k + 1 : title[-1] + 1] = ["container"] * len(rest)
        return


_REPORT_SERIES_WORD = re.compile(_SERIES_KIND)
_SERIES_NUMBER_TOKEN = re.compile(r"(?:No\.\s?)?\d{1,4}(?:[/-]\d{1,4})?[.,;]?")


def _place_and_year_end_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "…virus strain from Henan, | China, 2021. | Transbound. Emerg. Dis. 69, … (2022).": a place and a
    year between the title's comma and the venue, when the entry's own date comes after the venue, end
    the title."""
    for i in range(1, len(tokens) - 1):
        if (
            labels[i - 1] != "title"
            or not tokens[i - 1].text.endswith(",")
            or labels[i] not in ("location", "date")
        ):
            continue
        k = i
        while k < len(tokens) and labels[k] in ("location", "date") and k - i < 4:
            k += 1
        if (
            k < len(tokens)
            and labels[k] == "container"
            and tokens[k - 1].text.endswith(".")
            and labels[k - 1] == "date"
            and "date" in labels[k:]
        ):
            labels[i:k] = ["title"] * (k - i)
        return


def _named_year(year: re.Match[str]) -> bool:
    """Whether a year is part of a name, after a word such as "seit" or "since" ("Außenpolitik seit 1995")."""
    return _YEAR_PREPOSITION.search(year.string[: year.start()].rstrip()) is not None


def _year_inside_the_books_name(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Hrsg. Österreich in der Welt: Außenpolitik seit 1995. Wien: Böhlau; 2020.": a year that goes on a
    book's name with no mark between, before the entry's own date, is the name's (so is a meeting's:
    "Proc. 2022 Conf. …")."""
    for i in range(1, len(tokens) - 1):
        if (
            labels[i] == "date"
            and labels[i - 1] == "container"
            and (
                _YEAR_PREPOSITION.search(tokens[i - 1].text)
                # "in Proc. 2022 Conf. North American …, Jul. 2022": a meeting's year inside its name
                or (
                    _BARE_YEAR_ALONE.fullmatch(tokens[i].text)
                    and tokens[i - 1].text.lower() in _BEFORE_A_MEETINGS_YEAR
                    and labels[i + 1] in ("container", "title")
                )
            )
            and "date" in labels[:i] + labels[i + 1 :]  # (the entry's own date: "2022 — …", "…; 2020.")
        ):
            labels[i] = "container"


_BARE_YEAR_ALONE = re.compile(YEAR)
_BEFORE_A_MEETINGS_YEAR = frozenset({"proc.", "proceedings", "the", "of"})


def _nlm_thesis(tokens: Sequence[Token], labels: list[str]) -> None:
    """NLM's "Title, 1995–2015 [dissertation]. Vienna: University of Vienna; 2017.": the bracket says the
    kind of work; the title runs up to it, and the kind and the publisher (the institution) are the
    venue, the place left out."""
    for mark in range(1, len(tokens)):
        if not tokens[mark].text.endswith(("]", "].", "],")) or "title" not in labels[:mark]:
            continue
        start = mark
        while start > 0 and not tokens[start].text.startswith("[") and mark - start < 3:
            start -= 1
        kind = " ".join(t.text for t in tokens[start : mark + 1]).strip("[]., ")
        if not tokens[start].text.startswith("[") or not _BARE_THESIS.fullmatch(kind):
            continue
        title_end = max(k for k in range(start) if labels[k] == "title")
        if any(labels[k] not in ("note", "other", "date") for k in range(title_end + 1, start)):
            return  # "Berlin: Duncker & Humblot 2014, 298 S. [Dissertation]": a thesis printed as a book
        labels[title_end + 1 : start] = ["title"] * (start - title_end - 1)
        labels[start : mark + 1] = ["container"] * (mark + 1 - start)
        for k in range(mark + 1, len(tokens)):
            if labels[k] == "publisher":
                labels[k] = "container"
            elif labels[k] != "location":
                break
        return


def _institution_then_degree(tokens: Sequence[Token], labels: list[str]) -> None:
    """MLA's "*Title*. 2012. ETH Zürich, PhD dissertation. Diss. ETH Nr. 20417.": the sentence that names
    an institution, then the degree, is the venue; what follows it is a note."""
    titled = [k for k, name in enumerate(labels) if name == "title"]
    if not titled or "container" in labels[: titled[0]]:
        return
    k = titled[-1] + 1
    while k < len(tokens):
        end = k
        while end + 1 < len(tokens) and not tokens[end].text.endswith("."):
            end += 1
        institution, _, degree = " ".join(t.text for t in tokens[k : end + 1]).rstrip(".").rpartition(", ")
        if (
            institution
            and _BARE_THESIS.fullmatch(degree)
            and all(labels[j] in _THESIS_READ_AS for j in range(k, end + 1))
        ):
            labels[k : end + 1] = ["container"] * (end + 1 - k)
            for j in range(end + 1, len(tokens)):
                labels[j] = "note" if labels[j] == "container" else labels[j]
            return
        k = end + 1


_THESIS_READ_AS = frozenset({"note", "other", "container", "publisher", "location", "author"})


def _degree_then_institution(tokens: Sequence[Token], labels: list[str]) -> None:
    """Chicago's "“Title.” PhD diss., University of Exeter, 2003.": a degree read as a note and the
    institution after it read as a place or a publisher are the thesis's venue."""
    if "container" in labels:
        return
    for start in range(1, len(tokens) - 1):
        if labels[start] != "note" or labels[start - 1] == "note":
            continue
        end = start
        while end + 1 < len(tokens) and labels[end + 1] == "note":
            end += 1
        degree = " ".join(t.text for t in tokens[start : end + 1]).rstrip(" ,.")
        after = end + 1
        stop = after
        while stop < len(tokens) and labels[stop] in ("location", "publisher"):
            stop += 1
        named = " ".join(t.text for t in tokens[after:stop])
        if _BARE_THESIS.fullmatch(degree) and stop > after and _INSTITUTION.search(named):
            labels[start:stop] = ["container"] * (stop - start)
            return
        # "PhD diss., ETH | Zürich.", "MD thesis, Tel Aviv University; 2014. Supervisor: …": the note holds
        # the institution too, up to its sentence's end (a town after it runs on into its name)
        end = start
        while (
            end + 1 < len(tokens) and labels[end + 1] == "note" and not tokens[end].text.endswith((";", "."))
        ):
            end += 1
        head, _, rest = " ".join(t.text for t in tokens[start : end + 1]).partition(", ")
        if _BARE_THESIS.fullmatch(head) and _INSTITUTION.search(rest):
            labels[start : end + 1] = ["container"] * (end + 1 - start)
        return


def _degree_goes_on_after_its_word(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Title. | Tesis | de Maestría en Economía, | Universidad de San Andrés.": the words after a thesis
    word read as the venue, up to a comma, name the degree (a few of them, after the title's full stop)."""
    for i in range(1, len(tokens) - 1):
        if labels[i] != "container" or labels[i - 1] != "title" or not tokens[i - 1].text.endswith("."):
            continue
        if not _THESIS_WORD.fullmatch(tokens[i].text.rstrip(",.")) or tokens[i].text.endswith((",", ".")):
            continue
        end = i + 1
        while end < len(tokens) and end - i <= 5 and labels[end] == "title" and tokens[end].text[-1:] != ".":
            if tokens[end].text.endswith(","):
                labels[i + 1 : end + 1] = ["container"] * (end - i)
                return
            end += 1
        return


def _degree_goes_on_over_a_bracket(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Candidate of Sciences (PhD) thesis, Institute …": a bracket inside a degree's name, and the
    thesis word after it, go on with the venue the degree opened."""
    for i in range(1, len(tokens) - 1):
        if labels[i - 1] != "container" or not tokens[i].text.startswith("(") or labels[i] == "container":
            continue
        end = _bracket_end(tokens, i, 4)
        if end is None or end + 1 >= len(tokens) or not _THESIS_WORD.match(tokens[end + 1].text.strip(",.")):
            continue
        labels[i : end + 2] = ["container"] * (end + 2 - i)
        k = end + 2  # the institution after the thesis word's comma: the venue's ("thesis, Institute of X")
        while (
            tokens[end + 1].text.endswith(",") and k < len(tokens) and labels[k] in ("publisher", "location")
        ):
            labels[k] = "container"
            k += 1
        return


def _imprint_ends_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "National Statistical Yearbook. Ljubljana: Statistical Office of the Republic of Slovenia.": after
    the title's full stop, a place and its colon, then capitalised words to the end of the entry's
    text, are a book's imprint (place and publisher), not the title's words."""
    end = len(labels)
    while end > 0 and labels[end - 1] in ("date", "pages", "url", "doi", "note"):
        end -= 1
    start = end
    while start > 0 and labels[start - 1] == "title":
        start -= 1
    for j in range(start + 1, end - 1):
        place, before = tokens[j].text, tokens[j - 1].text
        if place.endswith(":") and before.endswith(".") and not _is_abbreviation(before):
            word = place[:-1]
            rest = range(j + 1, end)
            if (
                word.isalpha()
                and word[0].isupper()
                and (_place_word(word) or not lexicon().get(fold(word)))
                and len(rest) <= 8
                and tokens[j + 1].text[:1].isupper()  # (a publisher's other words may be lower case)
                and not any(tokens[k].quoted or tokens[k].styles for k in range(j, end))
            ):
                labels[j] = "location"
                labels[j + 1 : end] = ["publisher"] * (end - j - 1)
            return


def _subtitle_before_the_imprint(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "La promozione della salute. Un approccio globale per il benessere della persona. Bari: Edizioni
    la Meridiana, 2003.": a book's second sentence in sentence case, read as a venue between its title and
    its imprint with no numbers anywhere, is its subtitle; a venue's name is capitalised."""
    fields = fields_of(labels)
    titles, venues = fields.all("title"), fields.all("container")
    title, venue = (titles[0], venues[0]) if titles and venues else (None, None)
    if title is None or venue is None or venue.indexes[0] != title.indexes[-1] + 1:
        return
    after = labels[venue.indexes[-1] + 1 :]
    if not after or after[0] not in ("location", "publisher") or "pages" in labels or "volume" in labels:
        return
    if "editor" in labels or _IN_WORDS & {tokens[venue.indexes[0] - 1].text, tokens[venue.indexes[0]].text}:
        return  # ("In *Book*. Publisher": a chapter's book)
    words = [tokens[k].text.strip(".,;:()") for k in venue.indexes]
    long = [w for w in words[1:] if len(w) >= 4 and w.isalpha()]
    if len(long) < 3 or sum(w[0].islower() for w in long) * 2 <= len(long):
        return
    if any(_venue_only_word(w) for w in words) or guess_kind(" ".join(words)) is not VenueKind.OTHER:
        return
    for k in venue.indexes:
        labels[k] = "title"


def _imprint_read_as_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Title. Bologna : Società Editrice Esculapio, pp. 1-212.": a venue run that opens with a place and
    its colon is a book's imprint, the place and the publisher, not a venue."""
    start = next((k for k, name in enumerate(labels) if name == "container"), None)
    if start is None or start + 2 >= len(tokens) or labels[start - 1 : start] == ["container"]:
        return
    if start and tokens[start - 1].text in _IN_WORDS:
        return  # "In Coastal Lives: Ethnographies …": a chapter's book, its title's colon no imprint's
    colon = (
        start + 1
        if tokens[start + 1].text in (":", "：")
        else start
        if tokens[start].text.endswith((":", "："))  # (a full-width colon: "臺北：國立臺灣大學出版中心")
        else None
    )
    if (
        colon is None
        and tokens[start + 1].text.endswith(":")
        and tokens[start].text.isalpha()
        and tokens[start + 1].text[:1].isupper()
        and tokens[start].text not in _IN_WORDS
    ):
        colon = start + 1  # a place of two words: "Hà Nội: Nhà xuất bản …", "New York: Wiley"
        place = f"{tokens[start].text} {tokens[colon].text.rstrip(':')}"
    elif colon is None:
        return
    else:
        place = tokens[start].text.rstrip(":：")
    after = " ".join(t.text for t in tokens[colon + 1 :])
    # a town the records do not know ("Београд") is one too before an institute, a university or a
    # publishing house, with no numbers after them: a book's imprint ends the entry
    pages = " ".join(tokens[k].text for k in range(start, len(tokens)) if labels[k] == "pages")
    unknown_town = (
        place.replace(" ", "").isalpha()
        and opens_capitalised(
            place
        )  # (or a script without capitals: "北京: 中国农业出版社", "الرياض: دارة …")
        and not lexicon().get(fold(place))
        and "volume" not in labels[start:]
        and (not pages or _PAGE_COUNT.fullmatch(pages) is not None)  # "… Universitetsforlaget. 248 s."
        and bool(
            _INSTITUTION.search(after)
            or _PUBLISHING_HOUSE.search(after)
            or any(map(is_publisher_word, after.split()))
            or pages  # a book's count of pages: "Київ: Наукова думка, 2018. 212 с."
        )
    )
    if not (_place_word(place) or unknown_town) or labels[colon + 1] != "container":
        return
    labels[start] = "location"
    labels[colon] = "location"
    k = colon + 1
    while k < len(tokens) and labels[k] == "container":
        labels[k] = "publisher"
        k += 1


#: A book's count of pages: "248 s.", "312 pp.", "190 p.", "xii + 240 pages".
_PAGE_COUNT = re.compile(r"(?:[xvi]+\s?\+\s?)?\d{2,4}\s?(?:s|pp?|pages|S|str|с|стр)\.?")
_JOURNAL_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z]")  # ZGR, AG, JZ, NJW, NZG, ZfPW
_BARE_YEAR = re.compile(rf"{YEAR}[,.]?")  # a year token alone ("2024", "2024,")


_LOWER_ABBREVIATION = re.compile(r"[^\W\d_]{1,5}\.")  # a journal's word cut short in lower case: "хим."


def _law_review_citation(tokens: Sequence[Token], labels: list[str]) -> None:
    """Bluebook's "Title, 136 Harv. L. Rev. 1789 (2023)": between a volume and a first page followed by
    the year in brackets, capitalised words are the journal, whatever the labeller read them as; a
    journal without volumes prints its year in the volume's place ("2021 U. Ill. L. Rev. 1409")."""
    for i in range(1, len(tokens) - 3):
        if not _VOLUME_NUMBER.fullmatch(tokens[i].text) or "title" not in labels[:i]:
            continue
        j = i + 1
        while (  # ("Yale J. Health Pol'y L. & Ethics", "Изв. АН. Сер. хим.")
            j < len(tokens)
            and j - i <= 9
            and (
                tokens[j].text[:1].isupper()
                or tokens[j].text == "&"
                or _CJK_CHAR.match(tokens[j].text)
                or (j > i + 1 and _LOWER_ABBREVIATION.fullmatch(tokens[j].text))
            )
            and not _has_digit(tokens[j].text)
            and not tokens[j].text.endswith(",")  # (names: "1950 | Korhonen, A., …")
        ):
            j += 1
        if (
            j > i + 1 and j < len(tokens) and tokens[j].text.lower() == "(forthcoming"
        ):  # "113 Geo. L.J. (forthcoming"
            if any(tokens[k].text.endswith(".") for k in range(i + 1, j)):
                labels[i] = "volume"
                labels[i + 1 : j] = ["container"] * (j - i - 1)
                return
            continue
        if j == i + 1 or j >= len(tokens) or not _FIRST_PAGE.fullmatch(tokens[j].text.rstrip(".,")):
            continue
        dated = j + 1 < len(tokens) and bool(_LAW_YEAR.match(tokens[j + 1].text))
        year_volume = not dated and bool(_BARE_YEAR.fullmatch(tokens[i].text))  # "2021 U. Ill. L. Rev. 1409"
        # (an abbreviated journal, or one in CJK: "42 日本看護科学会誌 233 (2022)")
        named = any(tokens[k].text.endswith(".") or _CJK_CHAR.match(tokens[k].text) for k in range(i + 1, j))
        # (or any journal after a styled title and its comma: "*Title*, 40 Organometallics 2345 (2021)")
        named = named or (tokens[i - 1].text.endswith(",") and bool(tokens[i - 1].styles & TITLE_STYLES))
        if not (dated or year_volume) or not named:
            continue
        labels[i] = "date" if year_volume else "volume"
        labels[i + 1 : j] = ["container"] * (j - i - 1)
        k = i  # "*… a propósito de* Philip Morris v. Uruguay, 34 Gac. Sanit.": a case's name ends the title
        while (
            k > 0
            and i - k < 8
            and labels[k - 1] in ("container", "author")
            and tokens[i - 1].text.endswith(",")
        ):
            k -= 1
        if k < i and k > 0 and labels[k - 1] == "title":
            labels[k:i] = ["title"] * (i - k)
        labels[j] = "pages"
        if dated:
            labels[j + 1] = "date"
        _law_review_parentheticals(tokens, labels, j + 1 + dated)
        if tokens[0].text in ("Note,", "Comment,") and labels[1] == "title":
            labels[0] = "other"  # a student note's label, not its title
        return


def _volume_read_as_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """APA's "*음악이론연구*, *42*, 7–39.": a volume between the journal and the pages is the volume, never
    the title's (a title read on past the journal would swallow the journal too)."""
    for i in range(1, len(labels) - 1):
        if (
            labels[i] == "title"
            and labels[i - 1] == "container"
            and labels[i + 1] in ("pages", "volume")
            and _volume_token(tokens[i].text)
        ):
            labels[i] = "volume"


def _page_before_the_bracketed_year(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Ann. Henri Poincaré **25**, 1871 (2024).": a page after the volume's number that looks like a year
    is a page when the bracketed year follows it."""
    for i in range(1, len(labels) - 1):
        if (
            labels[i : i + 2] == ["date", "date"]
            and tokens[i - 1].text.endswith(",")
            and tokens[i - 1].text[:-1].isdigit()
            and tokens[i].text.rstrip(",").isdigit()
            and tokens[i + 1].text.startswith("(")
            and _LINE_YEAR.fullmatch(tokens[i + 1].text.rstrip(".,;"))
        ):
            labels[i] = "pages"


def _journal_before_a_bold_volume(tokens: Sequence[Token], labels: list[str]) -> None:
    """APS's comma-parted "Names, Title, 心理学研究 **90**, 255 (2019)." and "…, i-Perception **13**, …":
    the part before the bold volume, back to its comma, is the journal."""
    volume = next(
        (
            k
            for k in range(2, len(tokens))
            if "bold" in tokens[k].styles and _BOLD_VOLUME.fullmatch(tokens[k].text)
        ),
        None,
    )
    if volume is None or "bold" in tokens[volume - 1].styles or _BARE_YEAR.fullmatch(tokens[volume].text):
        return  # (ACS's bold year: "*J. Phys. Chem.* **2023**, *127*, …")
    start = volume - 1
    while start > 0 and not _part_ends(tokens[start - 1].text) and volume - start < 10:
        start -= 1
    if start < 2 or not _part_ends(tokens[start - 1].text):
        return
    if labels[start - 1] != "title" or any(labels[k] not in _JOURNAL_READ_AS for k in range(start, volume)):
        return
    if {"title", "container"} <= set(labels[start:volume]):
        return  # (the labeller found where it starts: "…, Argentina. Building and Environment **196**")
    labels[start:volume] = ["container"] * (volume - start)
    labels[volume] = "volume"


def _part_ends(text: str) -> bool:
    """Whether a token ends a comma-parted field or a title's sentence ("cost." before Nature's "*J. Robot.
    Surg.* **17**"), not a journal's abbreviated word ("Control." in "Plasma Phys. Control. Fusion")."""
    return text.endswith(",") or (
        text.endswith(".") and text[:1].islower() and len(text) > 4 and not _is_abbreviation(text)
    )  # (nor a lowercase one: "Rev. fr. droit adm.")


_BOLD_VOLUME = re.compile(r"\d{1,4}[,.]?")
_JOURNAL_READ_AS = frozenset({"title", "container", "volume"})


def _journal_before_a_closing_status(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Names, Title, Cognition に投稿中.", "…, 認知科学 (印刷中).": in a comma-parted entry with no
    venue read, the part between the title's last comma and a status that closes the entry is the
    journal the work is submitted to or in press at."""
    if "container" in labels or "status" not in labels:
        return
    status = labels.index("status")
    if any(name not in ("status", "other", "date", "url", "doi") for name in labels[status:]):
        return
    start = status - 1
    while start > 1 and labels[start] == "title" and not tokens[start - 1].text.endswith(","):
        start -= 1
    if not (2 <= start < status and status - start <= 8 and tokens[start - 1].text.endswith(",")):
        return
    if any(labels[k] != "title" for k in range(start, status)):
        return
    if labels[start - 1] == "title" and (
        tokens[start].text[:1].isupper() or _CJK_CHAR.match(tokens[start].text)
    ):
        labels[start:status] = ["container"] * (status - start)


def _italic_in_signal(tokens: Sequence[Token], labels: list[str]) -> None:
    """Bluebook's signal before a chapter's book, in any language ("*Title*, *en* Derechos sociales y nueva
    Constitución 145 (… eds., 2021)", "*Title*, in 成人看護学 142 (…)"): the book follows it, in roman, up to
    its first page."""
    for i in range(1, len(tokens) - 1):
        signal = "italic" in tokens[i].styles or "italic" in tokens[i - 1].styles
        if (
            tokens[i].text in _SIGNAL_WORDS
            and labels[i - 1] == labels[i] == "title"
            and signal
            and "italic" not in tokens[i + 1].styles
            and tokens[i - 1].text.endswith(",")
        ):
            labels[i] = "other"
            j = i + 1
            while j < len(tokens) and labels[j] == "title":
                if _VOLUME_NUMBER.fullmatch(tokens[j].text):
                    labels[j] = "pages"
                    break
                labels[j] = "container"
                j += 1
            return


_SIGNAL_WORDS = frozenset({"in", "en", "em", "dans", "in:"})
_IN_AFTER_A_COMMA = _SIGNAL_WORDS | {"i", "w", "u", "v"}  # (Swedish, Polish, Croatian, Czech)


def _acronym_after_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """IEEE's "in Proc. 12th Lang. Resour. Eval. Conf. (LREC), Marseille": the acronym in brackets right
    after the venue's name is the venue's, however the labeller read it."""
    for k in range(1, len(tokens)):
        if (
            labels[k - 1] == "container"
            and labels[k] in ("publisher", "location", "note")
            and _BRACKETED_ACRONYM.fullmatch(tokens[k].text)
        ):
            labels[k] = "container"


def _in_word_ends_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """Harvard's "'Title', i Hallberg, E. (red.) /Book/" in Swedish (and "in", "en" elsewhere): the word
    for "in" after the title's comma, read as the title's last word, is no part of it."""
    for k in range(1, len(tokens) - 1):
        if (
            labels[k] == "title"
            and labels[k + 1] != "title"
            and tokens[k].text.lower() in _IN_AFTER_A_COMMA
            and tokens[k - 1].text.endswith(",")
            and labels[k - 1] == "title"
        ):
            labels[k] = "other"


def _law_review_parentheticals(tokens: Sequence[Token], labels: list[str], start: int) -> None:
    """After a Bluebook citation: "(with Aditi Rao)" names co-authors, "(reviewing X, Book (2021))" or
    "(responding to X, …)" another work (no part of this entry's fields)."""
    i = start
    while i < len(tokens):
        word = tokens[i].text.lstrip("(").lower()
        if not tokens[i].text.startswith("(") or word not in (*COAUTHOR_WORDS, *_ANOTHER_WORK):
            i += 1
            continue
        depth, j = 0, i
        while j < len(tokens):
            depth += tokens[j].text.count("(") - tokens[j].text.count(")")
            labels[j] = "other" if word in _ANOTHER_WORK else "author"
            j += 1
            if depth <= 0:
                break
        i = j


#: "(reviewing X, Book (2021))", "(responding to X, Title, 126 Yale L.J. 1972 (2017))": another work, cited.
_ANOTHER_WORK = frozenset({"reviewing", "responding", "replying", "commenting", "discussing"})
_LAW_YEAR = re.compile(rf"^\((?:[^()]*\s)?{YEAR}\)")
_OSCOLA_YEAR = re.compile(rf"^[(\[]{YEAR}[)\]]$")


def _oscola_citation(tokens: Sequence[Token], labels: list[str]) -> None:
    """OSCOLA's "‘Title’ (2023) 86 MLR 1121" and "‘Title’ [2024] PL 233": after the year in brackets, an
    optional volume, the journal's capitalised words and its first page (or a status in brackets)."""
    for i in range(1, len(tokens) - 1):
        if not _OSCOLA_YEAR.match(tokens[i].text) or labels[i - 1] != "title" or not tokens[i - 1].quoted:
            continue
        j = i + 1
        volume = _VOLUME_NUMBER.fullmatch(tokens[j].text) is not None
        k = j + volume
        end = k
        while (
            end < len(tokens)
            and end - k < 8
            and tokens[end].text[:1].isupper()
            and not _has_digit(tokens[end].text)
        ):
            end += 1
        last = tokens[end].text if end < len(tokens) else ""
        if end == k or not (
            _VOLUME_NUMBER.fullmatch(last.rstrip(".,"))
            or re.fullmatch(r"\d{1,6}[.,]?", last)
            or last.startswith("(")
        ):
            return
        labels[i] = "date"
        if volume:
            labels[j] = "volume"
        labels[k:end] = ["container"] * (end - k)
        if end < len(tokens) and not last.startswith("("):
            labels[end] = "pages"
        _law_review_parentheticals(tokens, labels, end)
        return


def _volume_before_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "136 Harv. L. Rev. 1789 (2023)" (law reviews): the number before the venue is its volume, the
    number after it the first page."""
    start = next((i for i, name in enumerate(labels) if name == "container"), None)
    if (
        start is not None
        and start >= 2
        and labels[start - 1] == "title"
        and tokens[start - 2].text.endswith(",")
        and _VOLUME_NUMBER.fullmatch(tokens[start - 1].text)
    ):
        start -= 1  # "…, Title, 20 Lancet Reg'l Health 100375 (2022)": the volume read into the title
    if start is None or start + 1 >= len(tokens) or not _VOLUME_NUMBER.fullmatch(tokens[start].text):
        return
    if labels[start + 1] != "container" or not tokens[start + 1].text[:1].isupper():
        return
    labels[start] = "volume"
    end = start + 1
    while end < len(tokens) and labels[end] == "container":
        end += 1
    if end < len(tokens) and labels[end] in ("volume", "pages"):
        labels[end] = "pages" if _VOLUME_NUMBER.fullmatch(tokens[end].text) else labels[end]


_VOLUME_NUMBER = re.compile(r"\d{1,4}")
_FIRST_PAGE = re.compile(r"[A-Za-z]{0,3}\d{1,9}")  # ("104662", "e12315", "RCR5042": an article's number)


def _numbers_end_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "PRX Quantum 5, 020318", "Eur.Phys.J.C 83": numbers ending a venue's run, with no volume or pages
    read elsewhere, are its volume and article number, not part of its name."""
    if "volume" in labels or "pages" in labels:
        return
    for end in range(len(labels)):
        if labels[end] != "container" or (end + 1 < len(labels) and labels[end + 1] == "container"):
            continue
        start = end
        while (
            start > end - 2
            and _TRAILING_NUMBER.fullmatch(tokens[start].text)
            and labels[start] == "container"
        ):
            start -= 1
        if start < end and start >= 0 and labels[start] == "container" and not tokens[start + 1].break_before:
            for i in range(start + 1, end + 1):
                labels[i] = "volume"
        return


_TRAILING_NUMBER = re.compile(
    rf"(?!{YEAR}\b)\d{{1,4}}(?:\(\w{{1,6}}\))?[,:;.]?|(?!{YEAR}\b)\d{{1,4}},\s?\d{{1,7}}[.,]?|\d{{5,7}}[.,]?"
    r"|[A-Za-z]?\d{1,7}[–-][A-Za-z]?\d{1,7}[.,]?"  # "52(8), 1877–1893"
)


def _in_after_a_comma(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Judicial Review of Agency Guidance, in The Oxford Handbook of …" read as one title: the book
    after ", in" is the venue."""
    for i in range(1, len(tokens) - 1):
        if (
            labels[i] == "title"
            and labels[i - 1] == "title"
            and tokens[i].text in ("in", "in:")
            and tokens[i - 1].text.endswith(",")
            and tokens[i + 1].text[:1].isupper()
        ):
            j = i
            while j < len(tokens) and labels[j] == "title":
                labels[j] = "container"
                j += 1
            return


def _and_continues_the_field(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "PhD thesis, Korea Advanced Institute of Science and Technology, Daejeon": a run of names opened by
    "and" right after a publisher's, venue's or place's word continues that field, when the names were
    printed before the title."""
    if "title" not in labels:
        return
    first_title = labels.index("title")
    if "author" not in labels[:first_title]:
        return
    for i in range(first_title + 1, len(labels)):
        field = labels[i - 1]
        if (
            labels[i] == "author"
            and field in ("publisher", "container", "location")
            and tokens[i].text in ("and", "&")
            and not tokens[i].break_before
        ):
            j = i
            while j < len(labels) and labels[j] == "author":
                labels[j] = field
                j += 1


def _town_inside_the_institution(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Seoul National University", "University of Texas at Austin", "Technische Universität München": a
    town printed inside the publisher's name, with no punctuation between them, is a word of that name."""
    for i in range(1, len(labels)):
        pair = labels[i - 1], labels[i]
        if pair not in (("location", "publisher"), ("publisher", "location")):
            continue
        if tokens[i - 1].text[-1:] in ",.:;)" or tokens[i].break_before:
            continue
        if pair == ("location", "publisher"):  # the town's run before the name
            k = i - 1
            while k >= 0 and labels[k] == "location":
                labels[k] = "publisher"
                k -= 1
        elif (  # "… at Austin", "… of Wisconsin", "Università di Padova", "Technische Universität München"
            tokens[i - 1].text in _TOWN_AFTER
            or _INSTITUTION.match(tokens[i - 1].text)
            or tokens[i].text == "at"
        ):
            k = i
            while k < len(labels) and labels[k] == "location":
                labels[k] = "publisher"
                k += 1


#: The words a town follows inside an institution's name ("… at Austin", "Università di Padova"), besides
#: an institution's own word (`_INSTITUTION`: "Technische Universität München", "ETH Zurich").
_TOWN_AFTER = frozenset(("at", "of", "di", "de", "del", "della", "do", "da"))


def _university_read_as_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """A thesis's "…, Université Pierre et Marie Curie, Paris": a university's name read as names (its
    "et", its capitals) is the publisher's."""
    for i in range(len(labels)):
        if labels[i] == "editor" and _INSTITUTION.match(tokens[i].text) and labels[i - 1 : i] != ["editor"]:
            k = i
            while k < len(labels) and labels[k] == "editor":
                labels[k] = "publisher"
                k += 1


def _link_buttons(tokens: Sequence[Token], labels: list[str]) -> None:
    """A link of one to three words ending with a button's word ("PDF", "Code", "Penultimate draft") is
    none of the paper's fields."""
    i = 0
    while i < len(tokens):
        j = i + 1
        while j < len(tokens) and tokens[i].link and tokens[j].link == tokens[i].link:
            j += 1  # tokens[i:j]: one link's words
        if tokens[i].link and j - i <= 3 and tokens[j - 1].text.strip("[]()|,.;:").lower() in LINK_WORDS:
            for k in range(i, j):
                labels[k] = "other" if labels[k] not in ("url", "doi", "arxiv") else labels[k]
        i = j


_LINKED = frozenset({"url", "doi", "arxiv"})


def _labels_of_a_link(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "*Earth's Future*. Preprint: https://doi.org/…": a button's word and a colon opening a sentence
    before a link is the link's label, none of the paper's fields."""
    for i in range(1, len(tokens) - 1):
        word = tokens[i].text
        if (
            word.endswith(":")
            and labels[i + 1] in _LINKED
            and labels[i] not in _LINKED
            and word[:-1].lower() in LINK_WORDS
            and ends_sentence(tokens[i - 1].text)
        ):
            labels[i] = "other"


def _badge_lines(tokens: Sequence[Token], labels: list[str]) -> None:
    """A line of button words or the kind of work ("pdf bib abs", "Article", "Full-text available")
    above or below an entry's fields is none of them."""
    start = 0
    for end in range(1, len(tokens) + 1):
        if end < len(tokens) and not tokens[end].break_before:
            continue
        words = [tokens[k].text.strip("[]()|,.;:").lower() for k in range(start, end)]
        if (
            words
            and end - start < len(tokens)
            and (
                all(w in LINK_WORDS or w in WORK_KINDS for w in words) or _link_row(tokens[start:end], words)
            )
        ):
            for k in range(start, end):
                labels[k] = labels[k] if labels[k] in ("url", "doi", "arxiv") else "other"
        start = end


def _note_lines(tokens: Sequence[Token], labels: list[str]) -> None:
    """A line under an entry about what became of the work ("Reviewed in *Mind* and *Ethics*", "Reprinted
    in …", "Translated into Spanish") or its abstract ("Abstract: …") is a note, none of its fields."""
    for k in range(1, len(tokens) - 1):
        if not tokens[k].break_before:
            continue
        note = _NOTE_LINE.match(" ".join(t.text for t in tokens[k : k + 3])) is not None
        if note or _AWARD_LINE.match(tokens[k].text):
            end = k + 1
            while end < len(tokens) and not tokens[end].break_before:
                end += 1
            line = " ".join(t.text for t in tokens[k:end])
            if note or AWARD.search(line):  # "Winner, Helen and Howard R. Marraro Prize, …, 2022": an award
                labels[k:end] = ["note" if note else "award"] * (end - k)


#: A line under an entry that tells of its award: "Winner, … Prize", "Awarded the … Prize", "Finalist, …".
_AWARD_LINE = re.compile(r"(?i)(?:winner|won|awarded|recipient|received|finalist|shortlisted)\b")
_NOTE_LINE = re.compile(
    r"(?i)(?:reviewed|reprinted|republished|translated|featured|discussed|excerpted|covered)\s(?:in|by|into|as)\b"
    r"|abstract\s?:|原著\s?[:：]|原書\s?[:：]|原题\s?[:：]|ISBN\b"  # a translation's original, an ISBN
    r"|英文(?:题目|題目|标题|標題)\s?[:：]|english title\s?:"  # the title in English, under a Chinese one
    # an abstract or a note in other languages: "摘要：…", "注：…", "Tóm tắt: …", "Ghi chú: …", "Resumo: …"
    r"|(?:摘要|概要|要旨|注|备注|備註|초록|요약|참고|메모|メモ|memo|tóm tắt|ghi chú|resumo|resumen|résumé"
    r"|zusammenfassung|samenvatting|sammanfattning|streszczenie|аннотация|riassunto|özet|abstrak|notes?"
    r"|remarks?|supervisors?|advisors?|người hướng dẫn|betreuer(?:in)?|orientador[a]?|指导教师|导师)\s?[:：]"
)


def _link_row(tokens: Sequence[Token], words: Sequence[str]) -> bool:
    """ "arXiv / code / slides": a line of two or more short links between separators, one of them a
    button's word."""
    targets = [t.link for t, w in zip(tokens, words, strict=True) if w.strip("/·•-–—")]
    short = all(targets.count(target) <= 3 for target in set(targets))
    return None not in targets and len(set(targets)) >= 2 and short and any(w in LINK_WORDS for w in words)


def _last_name_of_the_line(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Ingrid Solberg, Mateo Ruiz, Lilja Ólafsdóttir" on a line of its own, its last name read with
    the venue on the next line: the name after the list's last comma, up to the line's end, is an author."""
    n = len(tokens)
    line_end = [n] * n  # where each token's line ends (one backward pass: linear in the entry)
    for k in range(n - 2, -1, -1):
        line_end[k] = k + 1 if tokens[k + 1].break_before else line_end[k + 1]
    line_start = 0
    for i in range(n - 1):
        if tokens[i].break_before:
            line_start = i
        if labels[i] != "author" or not tokens[i].text.endswith(","):
            continue
        end = line_end[i]
        name = range(i + 1, end)
        spilled = _SPILLED | {"title"} if "title" in labels[:line_start] else _SPILLED  # (the title above)
        if (
            end < n
            and 1 <= len(name) <= 3
            and all(_NAME_WORD.fullmatch(tokens[k].text) and labels[k] in spilled for k in name)
        ):
            for k in name:
                labels[k] = "author"
        elif end == n and line_start > 0 and _a_line_of_names(tokens, labels, line_start, i + 1, n):
            for k in name:  # the names line under a title, venue and date (a résumé heading's bullet)
                labels[k] = "author"
    last = max((k for k in range(n) if tokens[k].break_before), default=0)
    if (
        last > 0
        and "author" not in labels
        and labels[last] != "note"  # ("Reviewed in *TLS*, *Victorian Studies*": a note on the work)
        and _a_line_of_names(tokens, labels, last, last, n, least=2)
    ):
        labels[last:] = ["author"] * (n - last)  # no author anywhere else: the last line names them all


def _italic_book_after_a_titles_in(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Title, dans *Book*, édité par …": a title run on past its comma through "in" in the page's
    language ("dans", "en", "em") and an italic book ends at the comma; the book is the venue."""
    for k in range(2, len(tokens) - 1):
        if not (
            tokens[k].text in _IN_WORDS
            and labels[k] == "title"
            and labels[k - 2] == labels[k - 1] == "title"  # (words: a quoted title ends at its quote)
            and not tokens[k - 1].quoted
            and tokens[k - 1].text.endswith(",")
            and "italic" in tokens[k + 1].styles
            and "italic" not in tokens[k].styles
        ):
            continue
        labels[k] = "other"
        end = k + 1
        while end < len(tokens) and "italic" in tokens[end].styles and labels[end] == "title":
            labels[end] = "container"
            end += 1
        return


def _italic_title_after_the_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "김서연. *한국어 언어모델의 … 연구*. 2023.": an italic run read as more names after the names' full
    stop (all of it, or its first words before the title's) is the title when it is no name's length
    (three words or more, or a long word of a script without spaces) and has no comma between names."""
    first_title = next((k for k, name in enumerate(labels) if name == "title"), len(labels))
    start = 1
    while start < min(len(tokens), first_title):  # (no title above: "Title\nNames. *Journal*, 255")
        if "italic" not in tokens[start].styles or labels[start] != "author":
            start += 1
            continue
        end = start
        while end < len(tokens) and "italic" in tokens[end].styles and labels[end] == "author":
            end += 1
        titled = end < len(tokens) and "italic" in tokens[end].styles and labels[end] == "title"
        words = "".join(tokens[k].text for k in range(start, end))
        if (
            labels[start - 1] == "author"
            and tokens[start - 1].text.endswith(".")
            and "italic" not in tokens[start - 1].styles
            and (titled or end - start >= 3 or (len(words) >= 8 and unspaced_script(words)))
            and not any(tokens[k].text.endswith(_NAME_COMMAS) for k in range(start, end - 1))
        ):
            labels[start:end] = ["title"] * (end - start)
            return
        start = end


def _names_stop_at_the_venues_line(tokens: Sequence[Token], labels: list[str]) -> None:
    """Google Scholar's layout, a field a line ("SH Lee, J Park, TH Kim, DW Han\nLithos 366, 105561,
    2020"): names run on past their line's end stop there when the next line opens with a few words and
    then the venue's numbers, with no comma between the words (a line of names has them)."""
    for i in range(1, len(tokens)):
        if not (tokens[i].break_before and labels[i] == "author" and labels[i - 1] == "author"):
            continue
        if not tokens[i - 1].text[-1:].isalpha() or tokens[i - 1].text.endswith(","):
            continue  # ("Lee, S.,\nPark, J.": a list of names wrapped after a comma goes on)
        line_end = next((j for j in range(i + 1, len(tokens)) if tokens[j].break_before), len(tokens))
        number = next((k for k in range(i, line_end) if tokens[k].text[:1].isdigit()), None)
        if number is None or not 1 <= number - i <= 4:
            continue
        if any(tokens[k].text[-1:] in ",:" or tokens[k].text[:1].islower() for k in range(i, number)):
            continue  # (nor a key's line: "ORCID: 0000-0002-…" under a profile's names)
        for k in range(i, line_end):
            if labels[k] == "author":
                labels[k] = "container"


_NAME_COMMAS = (",", "，", "、")


def _line_starts(labelled: Labelled) -> list[int]:
    """The indexes of the tokens that open a source line of the entry, its first one left out."""
    offsets = [offset for offset, _ in labelled.block.breaks[1:]]
    starts: list[int] = []
    k = 0
    for offset in offsets:
        while k < len(labelled.tokens) and labelled.tokens[k].start < offset:
            k += 1
        if k < len(labelled.tokens) and (not starts or starts[-1] != k):
            starts.append(k)
    return starts


def _scholar_lines(tokens: Sequence[Token], labels: list[str], starts: Sequence[int]) -> None:
    """A field a line, as Google Scholar and title-first CVs print it ("基于无人机视觉的…测量方法\n刘子航,
    赵浩然\n土木工程学报 58 (1), 78-89, 2025", "Ventilação natural … no Recife:\nsimulações …\nTavares, M.
    A.; Lins, F. R.\nAmbiente Construído, Porto Alegre, v. 24, 2024."): the title's lines (no comma in a
    one-line title), a line of names alone, and a line that opens with the venue's words before its numbers
    and year are the title, the authors and the venue, however the labeller read them; in the venue's line
    the journal ends at its first comma (ABNT's town follows)."""
    lines = [0, *starts, len(tokens)]
    names = next(
        (j for j in range(1, min(len(lines) - 2, 4)) if _names_line(tokens[lines[j] : lines[j + 1]])), None
    )
    if names is None or _names_line(tokens[: lines[1]]):
        return
    second, third, fourth = lines[names], lines[names + 1], lines[names + 2]
    if names == 1 and any(tokens[k].text.endswith(_NAME_COMMAS) for k in range(second)):
        return
    if tokens[second - 1].text.endswith((",", ";")) or tokens[third - 1].text.endswith((",", ";")):
        return  # (names wrapped over lines, one of them names only: "…, Phan Van Long,\nLe Hoang Nam, …")
    short = any(lines[j + 1] - lines[j] < 3 for j in range(names))
    if names > 1 and (short or tokens[lines[1] - 1].text.endswith(".")):
        return  # (a title over lines, not a badge's line above it: "T-RO\nTactile …", "Nat. Mach. Intell.")
    numbers = next((k for k in range(third, fourth) if _has_digit(tokens[k].text)), None)
    if numbers is not None and any(
        tokens[k].text.endswith(":") or labels[k] not in _VENUE_LINE_READ_AS for k in range(third, numbers)
    ):
        return  # (a record's keyed line: OpenReview's "Published: 23 Sept 2024, …")
    if numbers is not None and status_in(" ".join(t.text for t in tokens[third:numbers])) is not None:
        return  # ("Manuscript submitted for publication, 2025": a status, no venue)
    if (
        numbers is None
        or numbers == third
        or not any(_LINE_YEAR.fullmatch(tokens[k].text.strip(".,;")) for k in range(numbers, fourth))
    ):
        return
    year = int(second > 2 and labels[0] == "date" and _LINE_YEAR.fullmatch(tokens[0].text) is not None)
    labels[year:second] = ["title"] * (second - year)  # (a year column before the title: "2023 Title")
    labels[second:third] = ["author"] * (third - second)
    journal = next((k for k in range(third, numbers - 1) if _journal_ends(tokens, k)), numbers - 1)
    labels[third : journal + 1] = ["container"] * (journal + 1 - third)
    for k in range(journal + 1, numbers):  # "…, Porto Alegre, v. 24": the town and the volume's word
        if tokens[k].text in _LINE_SEPARATORS:
            labels[k] = "other"
        else:
            labels[k] = "volume" if tokens[k].text.rstrip(".").lower() in _VOLUME_WORDS else "location"


def _journal_ends(tokens: Sequence[Token], k: int) -> bool:
    """Whether a venue's line names its journal up to token `k`: a separator or a volume's word after it
    ("*PHYSICAL REVIEW B* · Volume 109"), or its comma before a town and the numbers ("Ambiente Construído,
    Porto Alegre, v. 24"), not a comma inside its name ("Acoustics, Speech, and Signal Processing")."""
    after = tokens[k + 1].text
    if after in _LINE_SEPARATORS or _volume_word(after):
        return True
    if not tokens[k].text.endswith(","):
        return False
    town = next((j for j in range(k + 1, min(len(tokens) - 1, k + 4)) if tokens[j].text.endswith(",")), None)
    if town is None or not (_has_digit(tokens[town + 1].text) or _volume_word(tokens[town + 1].text)):
        return False
    words = [tokens[j].text.rstrip(",") for j in range(k + 1, town + 1)]  # (no acronym: "…, ICML, 2024")
    return all((w[:1].isupper() and not (len(w) > 2 and w.isupper())) or w in PARTICLES for w in words)


def _volume_word(text: str) -> bool:
    """A word that names a volume or an issue, ABNT's "v." among them (not an edition's: "Int. Ed.")."""
    return text.rstrip(".,").lower() in _VOLUME_MARKS


_VENUE_LINE_READ_AS = frozenset({"title", "author", "container", "publisher", "note", "location", "volume"})


def _names_line(tokens: Sequence[Token]) -> bool:
    """Whether tokens are names only, parted by commas ("S Li*, M Zhou*, Z Liu", "刘子航, 赵浩然") or by
    semicolons ("Tavares, M. A. ✉; Lins, F. R."): two names or more, one to four words each."""
    parts = (";", "；") if any(t.text.endswith((";", "；")) for t in tokens) else _NAME_COMMAS
    pieces: list[list[str]] = [[]]
    for token in tokens:
        word = _WITHOUT_MARKS.sub("", token.text).strip(",;，、；")
        if word:
            pieces[-1].append(word)
        if token.text.endswith(parts):
            pieces.append([])
    pieces = [p for p in pieces if p]
    return len(pieces) >= 2 and all(
        (len(p) == 1 and _CJK_NAME.fullmatch(p[0]) is not None)
        or (1 < len(p) <= 4 and all(NAME_TOKEN.match(w) for w in p))
        for p in pieces
    )


def _title_line_over_the_names_line(tokens: Sequence[Token], labels: list[str]) -> None:
    """Google Scholar's layout with a title in a script without capitals ("경상분지 … 재검토\n박지현, 김민수,
    정유진\n지질학회지 57 (2)"): a first line of four words or more with no comma, read as one name with
    the list of names on the line below it (or the owner's marked name alone), is the title."""
    second = next((k for k in range(1, len(tokens)) if tokens[k].break_before), None)
    if second is None or any(tokens[k].text.endswith(_NAME_COMMAS) for k in range(second)):
        return
    line = "".join(tokens[k].text for k in range(second))
    if second < 4 and not (len(line) >= 8 and unspaced_script(line)):  # ("金属有机框架…研究进展": one word)
        return
    third = next((k for k in range(second + 1, len(tokens)) if tokens[k].break_before), None)
    names = range(second, third if third is not None else len(tokens))
    if (
        third is not None
        and all(labels[k] == "author" for k in range(second + 1))
        and all(labels[k] == "author" for k in names)
        and (
            sum(tokens[k].text.endswith(_NAME_COMMAS) for k in names) >= 1
            or (len(names) <= 3 and all(tokens[k].styles for k in names))  # the owner alone, marked
        )
    ):
        labels[:second] = ["title"] * second


def _a_line_of_names(
    tokens: Sequence[Token], labels: list[str], start: int, rest: int, end: int, *, least: int = 1
) -> bool:
    """Whether a last line opens with authors and goes on with names only (one to four words between
    commas, at least `least` names), which the labeller took for a publisher or a place."""
    if not all(labels[k] == "author" for k in range(start, rest)) or rest >= end:
        return False
    words = names = 0
    for k in range(rest, end):
        if not (_NAME_WORD.fullmatch(tokens[k].text.rstrip(",")) and labels[k] in _SPILLED):
            return False
        words = 0 if tokens[k].text.endswith(",") else words + 1
        names += tokens[k].text.endswith(",")
        if words > 4:
            return False
    return names + 1 >= least


#: What the labeller reads a list's last name as when it runs it into the next line's venue.
_SPILLED = frozenset({"author", "container", "publisher", "location", "editor", "note", "other"})


_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _month_and_year_open_a_line(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "October 2024 · Physical Review B" on a line of its own: the month and year are the date."""
    for i in range(len(tokens) - 1):
        opens_line = i == 0 or tokens[i].break_before
        if not opens_line or not month_number(tokens[i].text.rstrip(".,")):
            continue
        if _YEAR_TOKEN.match(tokens[i + 1].text):
            labels[i] = labels[i + 1] = "date"
        elif (
            i + 2 < len(tokens)
            and _DAY.fullmatch(tokens[i + 1].text)
            and _YEAR_TOKEN.match(tokens[i + 2].text)
        ):
            labels[i] = labels[i + 1] = labels[i + 2] = "date"  # "Nov 15, 2024": a card's date line


_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01]),?")


def _on_behalf_of(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "T. K. Lee on behalf of the ATLAS Collaboration, "Title"", "A. Lee (on behalf of the …)", "A. Lee, for
    the ATLAS Collaboration, …": the group after the names is a note, up to the comma that ends it."""
    for i in range(1, len(tokens) - 2):
        word, after = tokens[i].text.lower().lstrip("("), tokens[i + 1].text.lower()
        behalf = (word, after) in _ON_BEHALF  # ("au nom des investigateurs du groupe SAKK")
        group = (
            word == "for"
            and after == "the"
            and (
                tokens[i - 1].text.endswith(",")
                or tokens[i].text.startswith("(")
                or labels[i - 1] == "author"
            )
            and any(_GROUP_WORD.search(t.text) for t in tokens[i + 2 : i + 6])
        )
        if not (behalf or group):
            continue
        # the surname before it, read with the title: "T. K. Lee on behalf of"
        back = next((k for k in range(i - 1, max(i - 8, -1), -1) if labels[k] == "author"), None)
        if back is not None and all(tokens[k].text[:1].isupper() for k in range(back + 1, i)):
            for k in range(back + 1, i):
                labels[k] = "author"
            j = i
            while j < len(tokens) and not tokens[j].quoted and (j == i or not tokens[j].break_before):
                labels[j] = "note"
                if tokens[j].text.endswith((",", ";", ":")) or ends_sentence(tokens[j].text):
                    break  # (Vancouver: "…, Mensah K, on behalf of the NAPHOS investigators. Title")
                j += 1
            return


_GROUP_WORD = re.compile(rf"(?i)^(?:{_GROUP_WORDS})\b")
#: "On behalf of" in the languages of the lists read: its first two words.
_ON_BEHALF = frozenset(
    {("on", "behalf"), ("au", "nom"), ("im", "namen"), ("en", "nombre"), ("em", "nome"), ("a", "nome")}
)


def _kind_of_work_closes_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Entropy rigidity for Anosov actions of Z^k, preprint (2024), arXiv:…": a lower-case kind of work
    after the title's comma, before the date or an identifier, says what the work is: a note, whether the
    labeller ran it into the title or took it for the date or the venue."""
    for k in range(1, len(tokens)):
        if labels[k - 1] != "title" or not tokens[k - 1].text.endswith(","):
            continue
        if (
            labels[k] not in ("title", "date", "container")
            or tokens[k].text.rstrip(",.;") not in _KINDS_AFTER_A_TITLE
        ):
            continue
        if k + 1 == len(tokens) or labels[k + 1] in ("date", "arxiv", "doi", "url"):
            labels[k] = "note"


#: Kinds of work a list prints after a title, in lower case ("…, preprint (2024)").
_KINDS_AFTER_A_TITLE = frozenset({"preprint", "e-print", "manuscript", "draft", "unpublished"})
#: A venue that only names the kind of work: a preprint (its server is named by its identifier).
_PREPRINT_WORD = re.compile(r"(?i)preprint|препринт|prépublication")


@lru_cache(maxsize=1 << 16)
def _is_status_word(text: str) -> bool:
    """A token that is a status word ("Forthcoming.", "submitted"), looked at once per distinct token."""
    return bool(status_in(text)) and text.strip(".,;:()").replace(".", "").isalpha()  # "c.s.", "submitted"


#: The least mean probability of "title" over a run for it to be taken as the title nothing else is.
_TITLE_FALLBACK = 0.1


def _likeliest_title_run(labelled: Labelled, labels: list[str]) -> None:
    """No token labelled title: the container / publisher / note run the model found likeliest to be
    the title is it, when that is at least `_TITLE_FALLBACK` ("A Cantor. Windows Macros FAQ. 2014.")."""
    best: tuple[float, tuple[int, ...]] = (0.0, ())
    for segment in fields_of(labels).segments:
        if segment.label in ("container", "publisher", "note", "other"):
            mean = sum(labelled.probability(i, "title") for i in segment.indexes) / len(segment.indexes)
            best = max(best, (mean, segment.indexes))
    if best[0] >= _TITLE_FALLBACK:
        run = best[1]
        tokens = labelled.tokens
        styles = TITLE_STYLES.intersection(tokens[run[0]].styles)
        if styles:  # "*Vescovi e mercanti*, in *Chiesa e città*, a cura di …": the styled run, then the book
            end = next((k for k, i in enumerate(run) if styles.isdisjoint(tokens[i].styles)), len(run))
            if end < len(run) and tokens[run[end]].text in _IN_WORDS:
                run = run[:end]
        closers = quote_closers(tokens[run[0]].text[:1])
        if closers:  # "«La vivienda social en Madrid». Tesis doctoral, …": the quoted title ends at its quote
            texts = [tokens[i].text[0 if k else 1 :] for k, i in enumerate(run)]
            shut = next((k for k, text in enumerate(texts) if any(c in text for c in closers)), None)
            run = run if shut is None else run[: shut + 1]
        for i in run:
            labels[i] = "title"


def _bracket_end(tokens: Sequence[Token], start: int, reach: int, closer: str = ")") -> int | None:
    """The first token from `start`, within `reach` tokens, that holds `closer`: where a bracket ends."""
    return next((k for k in range(start, min(start + reach, len(tokens))) if closer in tokens[k].text), None)


def _capitalised_name(words: Sequence[str]) -> bool:
    """Whether words print a name as journals' are printed: capitalised, with short function words
    between ("Journal of the Society for …", "Scandinavian Studies")."""
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or (w.islower() and len(w) <= 4) for w in words)
    )


def _bracketed_venue_of_a_status(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Under review — “Title” (Scandinavian Studies).": with a status and no venue, a bracket of
    capitalised words right after the title names the journal the paper went to."""
    if "container" in labels:
        return
    for i in range(1, len(tokens)):
        if (
            labels[i - 1] != "title"
            or not tokens[i].text.startswith("(")
            or labels[i] not in ("note", "other")
        ):
            continue
        end = _bracket_end(tokens, i, 8)
        if end is None or any(labels[k] not in ("note", "other") for k in range(i, end + 1)):
            return
        words = [tokens[k].text.strip("().,;") for k in range(i, end + 1)]
        if _capitalised_name(words) and not status_in(" ".join(words)) and not _WITH.match(words[0]):
            labels[i : end + 1] = ["container"] * (end + 1 - i)
        return


def _place_ends_the_book(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "In: X (ed.) *Book Title*. Ibadan: College Press.": a word with a colon that ends the venue run
    after its full stop, right before the publisher, is the imprint's place."""
    for i in range(1, len(tokens) - 1):
        if (
            labels[i] == "container"
            and tokens[i].text.endswith((":", "："))
            and tokens[i - 1].text.endswith(".")
            and labels[i + 1] == "publisher"
            and opens_capitalised(tokens[i].text)
        ):
            labels[i] = "location"


def _italic_venue_then_its_publisher(tokens: Sequence[Token], labels: list[str]) -> None:
    """MLA's "*Proceedings of the 64th ISI World Statistics Congress*, International Statistical
    Institute, 2023.": plain words after the italic venue's comma, up to the year, are its publisher; so
    are AMA's after its full stop, up to the rest of the publisher's name ("*Colonial Cities in Postwar
    Asia*. Hong Kong University Press; 2022")."""
    for i in range(1, len(tokens) - 1):
        if not (
            labels[i] == "container"
            and "italic" in tokens[i].styles
            and (tokens[i].text.endswith((",", ".")) or _MEDIUM.fullmatch(tokens[i + 1].text))
            and labels[i + 1] == "container"
            and "italic" not in tokens[i + 1].styles
        ):
            continue
        k = i + 1
        while k < len(tokens) and labels[k] == "container" and "italic" not in tokens[k].styles:
            k += 1
        comma = tokens[i].text.endswith(",")
        if k < len(tokens) and (
            (comma and labels[k] == "date" and tokens[k - 1].text.endswith(","))
            or (not comma and labels[k] == "publisher" and k - i <= 4)
        ):
            labels[i + 1 : k] = ["publisher"] * (k - i - 1)
        elif (  # APA's "In *Dicionário das bandas …*. INET-md." (the entry ends, or a note or link)
            not comma
            and k - i <= 4
            and (k == len(tokens) or labels[k] in ("note", "url", "doi"))
            and tokens[k - 1].text.endswith(".")
            and _opens_with_in(tokens, labels, i)
        ):
            labels[i + 1 : k] = ["publisher"] * (k - i - 1)
            if _MEDIUM.fullmatch(tokens[i + 1].text):
                labels[i + 1] = "note"  # "In *Enciclopédia …* (online). CESEM."
        return


#: A medium in brackets after a venue: "(online).", "[Online]".
_MEDIUM = re.compile(r"(?i)[(\[](?:online|en línea|em linha|internet|web|cd-rom|dvd)[)\]][.,]?")


def _access_note_in_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "In *Dicionário …*. INET-md. Consultado em 3 de março de 2024, em https://…": when a web page was
    read ("Retrieved", "Consultado em", "Abgerufen am") is a note up to its link, no part of the venue."""
    for k in range(2, len(tokens) - 1):
        if (
            labels[k] == "container"
            and labels[k - 1] == "container"
            and tokens[k - 1].text.endswith(".")
            and tokens[k].text.rstrip(":").lower() in _ACCESS_WORDS
        ):
            end = k
            while end < len(tokens) and labels[end] not in ("url", "doi"):
                end += 1
            labels[k:end] = ["note"] * (end - k)
            return


_ACCESS_WORDS = frozenset(
    "retrieved accessed available consultado consultada recuperado abgerufen zugriff zugegriffen consulté"
    " disponível disponible hämtad hentet dostęp dostupné".split()
)


def _publishing_house_read_as_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """MLA's book "*Print, Piety and Politics*. Penerbit Universiti Kebangsaan Malaysia, 2021.": the one
    venue run after the title, ending at the year or the entry's end, is the book's publisher when it opens
    with a publishing house's word, or, after an italic title, names an institution ("*Kajian …*. Institut
    Alam dan Tamadun Melayu, Universiti Kebangsaan Malaysia, 2022.")."""
    runs = fields_of(labels).all("container")
    if len(runs) != 1:
        return
    start, end = runs[0].indexes[0], runs[0].indexes[-1] + 1
    if (
        start > 0
        and labels[start - 1] == "title"
        and tokens[start - 1].text.endswith(".")
        and end - start <= 8
        and (end == len(tokens) or labels[end] == "date")
        and (
            _PUBLISHING_HOUSE.match(tokens[start].text)
            or (
                "italic" in tokens[start - 1].styles
                and "italic" not in tokens[start].styles
                and _INSTITUTION.search(" ".join(t.text for t in tokens[start:end])) is not None
            )
        )
    ):
        labels[start:end] = ["publisher"] * (end - start)


def _opens_with_in(tokens: Sequence[Token], labels: list[str], i: int) -> bool:
    """Whether the venue read up to token `i` opens with "In" (a chapter's or an entry's book)."""
    start = i
    while start > 0 and labels[start - 1] == "container":
        start -= 1
    return tokens[start].text in _IN_WORDS


def _preprint_at_the_server(tokens: Sequence[Token], labels: list[str]) -> None:
    """Nature's "Title. Preprint at bioRxiv https://doi.org/… (2024).": the words between "Preprint at"
    and the link name the server, the venue; "Preprint at" says the paper is one."""
    for i in range(1, len(tokens) - 2):
        if (
            tokens[i].text.lower() != "preprint"
            or tokens[i + 1].text not in ("at", "on")
            or labels[i] == "title"
        ):
            continue
        k = i + 2
        while (
            k < len(tokens)
            and labels[k] not in ("url", "doi", "arxiv", "date")
            and not tokens[k].break_before
        ):
            k += 1
        if k > i + 2 and all(not tokens[j].text.islower() for j in range(i + 2, k)):  # ("bioRxiv")
            labels[i : i + 2] = ["status"] * 2
            labels[i + 2 : k] = ["container"] * (k - i - 2)
        return


def _series_after_an_equals_sign(tokens: Sequence[Token], labels: list[str]) -> None:
    """German's "*Title* (= Musik und Gesellschaft 12), Zürich: Chronos 2022": the bracket that opens with
    "=" names the book's series and number, neither the title's nor the venue's words."""
    for i, token in enumerate(tokens):
        if token.text != "(=":
            continue
        end = _bracket_end(tokens, i, 16)
        if end is not None:
            labels[i : end + 1] = ["note"] * (end + 1 - i)


def _review_of_it_in_brackets(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… Bern: Peter Lang 2014. [Rezension in *Die Musikforschung* 69 (2016)]": a bracket that says
    where the work was reviewed is a note; the journal and year in it are the review's."""
    for i, token in enumerate(tokens):
        if token.text[:1] != "[" or not _REVIEWED_IN.match(token.text[1:]) or "title" not in labels[:i]:
            continue
        end = _bracket_end(tokens, i, 20, "]")
        if end is not None:
            labels[i : end + 1] = ["note"] * (end + 1 - i)


_REVIEWED_IN = re.compile(
    r"(?i)(?:rezension|rezensiert|besprechung|review(?:ed)?|compte rendu|recensione|reseña)\b"
)


def _special_issue_of(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "“Blue Humanities in the North”, special issue of Nordlit 52": the issue's title is the title, the
    journal after "special issue of" its venue and the number its volume."""
    for i in range(1, len(tokens) - 3):
        phrase = " ".join(t.text for t in tokens[i : i + 3]).lower()
        if not _SPECIAL_ISSUE.fullmatch(phrase) or labels[i - 1] != "title":
            continue
        labels[i : i + 3] = ["other"] * 3
        k = i + 3
        while (
            k < len(tokens)
            and labels[k] in ("title", "container", "note")
            and not tokens[k].text[:1].isdigit()
        ):
            labels[k] = "container"
            k += 1
        while (
            k < len(tokens) and tokens[k].text[:1].isdigit() and labels[k] in ("title", "container", "note")
        ):
            labels[k] = "volume"
            k += 1
        return


_SPECIAL_ISSUE = re.compile(r"(?:special|themed|thematic) issue (?:of|in)")


def _status_opens_the_entry(labelled: Labelled, labels: list[str]) -> None:
    """ "Forthcoming — “Title”. Journal 25 (1), 2025.": a status in the year's place, before a dash, is
    the entry's status, not the title's first word; so is a status tag in brackets ("[Aceptado] Names")."""
    tokens, text = labelled.tokens, labelled.block.text
    spans = status_spans(text)
    opening = len(text) - len(text.lstrip())
    tagged = spans and text.startswith("[", opening) and spans[0][0] == opening + 1
    if tagged and text[spans[0][1] :][:1] == "]":
        inside = [i for i, t in enumerate(tokens) if t.start <= spans[0][1]]  # "[En prensa] Names (2024)."
        labels[: len(inside)] = ["status"] * len(inside)
        return
    if not spans or spans[0][0] != opening:
        return
    inside = [i for i, t in enumerate(tokens) if t.start < spans[0][1]]
    dash = len(inside)
    if dash < len(tokens) and tokens[dash].text in _DASHES:
        labels[:dash] = ["status"] * dash
        labels[dash] = "other"


def _status_in_parentheses(labelled: Labelled, labels: list[str]) -> None:
    """ "Lee, A. y Roe, B. (en prensa)." where APA prints the year: the parenthesised status is one,
    whatever the labeller made of its words."""
    text = labelled.block.text
    for m in _PARENTHESES.finditer(text):
        found = status_in(m.group(1))
        if not found:
            continue
        inside = [i for i, t in enumerate(labelled.tokens) if t.start < m.end() and t.end > m.start()]
        dated = _STATUS_YEAR.fullmatch(m.group(1).strip())
        if dated and found[1].group(0) == dated.group(1):  # OSCOLA's "(forthcoming 2025) 103 Tex L Rev"
            for i in inside:
                labels[i] = "date" if _YEAR_TOKEN.match(labelled.tokens[i].text) else "status"
            continue
        opened = bool(inside) and labels[inside[0]] in _STATUS_READ_AS  # "(en | prensa)." the title's no more
        # "Nature (in the press).": a parenthesis that holds only the phrase is the status, not the venue's
        opened = opened or found[1].group(0) == m.group(1).strip()
        # ("… *Title* (eingereicht; Manuskript auf Anfrage).": a status opens the bracket ending the entry,
        # and no venue is named in it)
        closing = not text[m.end() :].strip(" .;,") and not m.group(1)[: found[1].start()].strip()
        opened = opened or (closing and all(labels[i] != "container" for i in inside))
        if all(labels[i] == "title" or labels[i] in _STATUS_READ_AS for i in inside) and _status_to_a_venue(
            labelled, labels, inside, m
        ):  # "Title (submitted to Phys. Rev. X)."
            continue
        for i in inside:
            if labels[i] in _STATUS_READ_AS or (opened and labels[i] in ("title", "container")):
                labels[i] = "status"
    for i in range(1, len(labels)):  # "The Lancet, 2024 (correspondence).": a kind of work, no name
        token = labelled.tokens[i]
        if labels[i] == "author" and labels[i - 1] == "date" and _KIND_IN_PARENTHESES.fullmatch(token.text):
            labels[i] = "note"


def _venue_words_after_the_status(labelled: Labelled, labels: list[str]) -> None:
    """ "*Revise & resubmit, Review of Financial Studies*": words read as the status after its phrase
    and its comma, right before the venue, open the venue's name."""
    spans = status_spans(labelled.block.text)
    tokens = labelled.tokens
    inside = [any(s <= t.start < e for s, e in spans) for t in tokens]
    for i in range(1, len(tokens)):
        if labels[i] != "status" or inside[i] or not (inside[i - 1] and tokens[i - 1].text.endswith(",")):
            continue
        j = i
        while j < len(tokens) and labels[j] == "status" and not inside[j]:
            j += 1
        if j < len(tokens) and labels[j] == "container":
            labels[i:j] = ["container"] * (j - i)


_STATUS_YEAR = re.compile(rf"(\D+?)\s+{YEAR}")


def ends_sentence(text: str) -> bool:
    """Whether a token closes a sentence: a word (not an initial) followed by a period."""
    bare = text.rstrip(MARKER_CHARS)
    return bare.endswith(".") and not re.fullmatch(rf"(?:[{CAPITAL}]\.-?){{1,3}}", bare)


def _status_in_the_dates_place(labelled: Labelled, labels: list[str]) -> None:
    """ "Ní Bhriain, Aoife. to appear. Lenition and …", "Smith, John. In press. A theory …": a status
    standing as a sentence where the names' year would be (USSL, APA without brackets) is the status;
    the given name before it is the last name's, and the sentence after it the title. Harvard's
    bracket ("Nowak, M. and Wiśniewski, T. (submitted) Attributing the September 2024 floods …"): the
    sentence after it is the title, years and all, unless the labeller read a title there."""
    tokens = labelled.tokens
    for start, end in status_spans(labelled.block.text):
        # (the status's first token: "In press.", or "(submitted)" opening with its bracket)
        k = next(
            (
                i
                for i, t in enumerate(tokens)
                if t.start == start or (t.start == start - 1 and t.text[:1] == "(")
            ),
            None,
        )
        j = next((i for i, t in enumerate(tokens) if t.end >= end), None)
        if not k or j is None or j + 2 >= len(tokens) or "author" not in labels[:k]:
            continue
        if not tokens[k - 1].text.endswith("."):
            continue
        if tokens[k].text.startswith("("):  # (with a period after the bracket, as APA: read as it is)
            harvard = tokens[j].text.endswith(")") and labels[j + 1] != "title" and labels[k - 1] == "author"
            if harvard and "date" not in labels[:k]:
                _title_after_a_status(tokens, labels, k, j, every_label=True)
            continue
        if not tokens[j].text.endswith("."):
            continue
        if labels[k - 1] != "author":  # "Aoife." read as the title's first word
            if k < 2 or labels[k - 2] != "author" or not tokens[k - 2].text.endswith(","):
                return
            labels[k - 1] = "author"
        _title_after_a_status(tokens, labels, k, j, every_label=False)
        return


def _title_after_a_status(
    tokens: Sequence[Token], labels: list[str], k: int, j: int, *, every_label: bool
) -> None:
    """Tokens k..j the status, the sentence after them the title (`every_label`: whatever the labeller
    made of its words but links), and the sentence after that the venue."""
    labels[k : j + 1] = ["status"] * (j + 1 - k)
    stop = next(  # (Harvard's "(submitted) 'Title', *Journal*": the quote and its comma end it too)
        (
            i
            for i in range(j + 1, len(tokens))
            if ends_sentence(tokens[i].text) or tokens[i].text.endswith(_QUOTE_COMMA)
        ),
        len(tokens) - 1,
    )
    untitled = "title" not in labels  # "Under review. Haptic Breathing Guides …": all of it the venue
    for i in range(j + 1, stop + 1):
        if every_label:
            labels[i] = labels[i] if labels[i] in _LINKED else "title"
        elif labels[i] in ("note", "other", "status") or (untitled and labels[i] == "container"):
            labels[i] = "title"
    for i in range(stop + 1, len(tokens)):  # the venue's sentence after it, read as a note (or a title)
        if (labels[i] == "note" and not tokens[i].break_before) or (every_label and labels[i] == "title"):
            labels[i] = "container"


_QUOTE_COMMA = ("',", "’,", "”,", '",')


def _italic_venue_after_a_quoted_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """Harvard's "(2021) 'Kaupapa Māori evaluation …',\n *AlterNative: An International Journal …*, 17(4)"
    read as one title: the title ends at its closing quote and comma, the italic run after it is the venue
    (ASCII single quotes are no quotation marks to the tokenizer: apostrophes look the same)."""
    start = next((i for i, name in enumerate(labels) if name == "title"), None)
    if start is None or not tokens[start].text.startswith(("'", "‘")):
        return
    close = start
    while close < len(tokens) and labels[close] == "title" and not tokens[close].text.endswith(_QUOTE_COMMA):
        close += 1
    venue = close + 1
    if venue >= len(tokens) or labels[close] != "title" or labels[venue] != "title":
        return
    while venue < len(tokens) and labels[venue] == "title" and "italic" in tokens[venue].styles:
        labels[venue] = "container"
        venue += 1


def _status_to_a_venue(labelled: Labelled, labels: list[str], inside: list[int], m: re.Match[str]) -> bool:
    """A parenthesis that is a status and the venue it went to ("(submitted to Phys. Rev. X)", "(under
    review at ICML)"): the phrase is the status, what it names the venue. False for any other."""
    text = labelled.block.text
    phrase = next((s for s in status_spans(text) if m.start() <= s[0] and s[1] <= m.end()), None)
    to = _TO_A_VENUE.match(text, phrase[1], m.end(1)) if phrase else None
    if to is None:
        return False
    for i in inside:
        labels[i] = "container" if labelled.tokens[i].start >= to.end() else "status"
    return True


def _status_sentence_ending_the_title(labelled: Labelled, labels: list[str]) -> None:
    """ "… archipelago. Manuscrito enviado a **American Ethnologist**.": a sentence read as the title's
    last that opens with a status and names where the work went ("submitted to", "enviado a") is the
    status and the venue."""
    tokens, text = labelled.tokens, labelled.block.text
    for start, end in status_spans(text):
        inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
        to = _TO_A_VENUE.match(text, end)
        if not inside or to is None or inside[0] < 2 or not ends_sentence(tokens[inside[0] - 1].text):
            continue
        venue = [i for i in range(inside[-1] + 1, len(tokens)) if tokens[i].start >= to.end()]
        if not venue or any(labels[i] != "title" for i in range(inside[0] - 1, venue[0])):
            continue
        stop = venue[0]
        while stop < len(tokens) and labels[stop] == "title":
            stop += 1
        labels[inside[0] : inside[-1] + 1] = ["status"] * len(inside)
        labels[inside[-1] + 1 : venue[0]] = ["other"] * (venue[0] - inside[-1] - 1)
        labels[venue[0] : stop] = ["container"] * (stop - venue[0])
        return


def _journal_sentence_before_the_status(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… away from stress granules. eLife. Under review": a short sentence of title-case words between
    the title's full stop and the status is the journal the work went to, not the title's end."""
    status = labels.index("status")
    if status < 2 or labels[status - 1] != "title" or not tokens[status - 1].text.endswith("."):
        return
    start = status - 1
    while start > 0 and labels[start - 1] == "title" and not tokens[start - 1].text.endswith("."):
        start -= 1
    words = [token.text.rstrip(".") for token in tokens[start:status]]
    if (
        start < 3
        or labels[start - 1] != "title"
        or not ends_sentence(tokens[start - 1].text)
        or len(words) > 4
        or words[0] in ("A", "An")  # (a subtitle: "A Review.")
        or not all(w in _TITLE_CASE_SMALL_WORDS or any(c.isupper() for c in w) for w in words)
        or is_kind_of_work(" ".join(words))
    ):
        return
    labels[start:status] = ["container"] * (status - start)


#: The word between a status and the venue it went to: "submitted to", "eingereicht bei", "poslano … u".
_VENUE_PREPOSITIONS = r"to|at|in|by|for|with|bei|an|à|au|ao|u|do|dans|en|a|bij|naar|la|til|till|tại|в"
#: "for publication" between a status and its preposition: "accepted for publication in Journal".
_FOR_PUBLICATION = r"(?:(?:for|para|pour) (?:publication|publicaci[oó]n|publicação)\s+)?"
_TO_A_VENUE = re.compile(rf"\s+{_FOR_PUBLICATION}(?:{_VENUE_PREPOSITIONS}):?\s+(?=\S)", re.IGNORECASE)
_COMMA_BEFORE_A_NAME = re.compile(r",\s+(?=[A-Z])")
_STATUS_READ_AS = frozenset({"author", "date", "other", "note"})  # what a bracketed status may be taken for


def _status_phrases_after_venue(labelled: Labelled, labels: list[str]) -> None:
    """ "Age Ageing. I trykken.", "Lancet Digit Health. Accepteret til publikation.": a status phrase
    that opens a sentence after the title is the status, every word of it, whatever the labeller
    made of its words (a place, a note, the venue's last word)."""
    tokens = labelled.tokens
    if "title" not in labels:
        return
    after_title = max(i for i, name in enumerate(labels) if name == "title") + 1
    for start, end in status_spans(labelled.block.text):
        inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
        # (right after the title only with the venue it went to: "… study. Eingereicht bei BMC …")
        # ("… renters. Revise and resubmit, | *Social Problems*.": a comma before the venue's capital)
        text = labelled.block.text
        to = _TO_A_VENUE.match(text, end) or _COMMA_BEFORE_A_NAME.match(text, end)
        if not inside or inside[0] < after_title or (inside[0] == after_title and to is None):
            continue
        # "*Management Science*. Manuscript under review.": the kind of work the status is about is a
        # note, not the venue's last word
        kind = inside[0]
        while kind > after_title and not tokens[kind - 1].text.endswith((".", ",")):
            kind -= 1
        if kind == inside[0] or not is_kind_of_work(" ".join(t.text for t in tokens[kind : inside[0]])):
            kind = inside[0]
        if not tokens[kind - 1].text.endswith((".", ",")):
            continue
        labels[kind : inside[0]] = ["note"] * (inside[0] - kind)
        for i in inside:  # (also a status's words the labeller took for a date: "Em avaliação.")
            if labels[i] in ("container", "note", "other", "location", "publisher") or (
                labels[i] == "date" and not _has_digit(tokens[i].text)
            ):
                labels[i] = "status"
        between = range(after_title, inside[0])  # "“Title.” Public Health Nursing, | u tisku.": its venue
        words = " ".join(tokens[i].text for i in between).strip(" ,.;")
        if (
            between
            and all(labels[i] == "note" for i in between)
            and any(c.isupper() for c in words.split()[0])  # (also "eLife")
            and not is_kind_of_work(words)  # ("Manuscript, under review.")
        ):
            for i in between:
                labels[i] = "container"
        # "Eingereicht bei | BMC Public Health (…)." (not "Manuscript submitted for publication.")
        first = (
            next((i for i in range(inside[-1] + 1, len(tokens)) if tokens[i].start >= to.end()), None)
            if to
            else None
        )
        if first is not None and tokens[first].text[:1].isupper():
            labels[inside[-1] + 1 : first] = ["other"] * (first - inside[-1] - 1)
            k = first
            while k < len(tokens) and labels[k] in ("note", "other") and not tokens[k].text.startswith("("):
                labels[k] = "container"
                if ends_sentence(tokens[k].text):
                    break
                k += 1


_KIND_IN_PARENTHESES = re.compile(r"\([a-z][a-z -]{2,30}\)[.,;]?")


_PARENTHESES = re.compile(r"\(([^()]{1,40})\)")


def _fields_the_page_names(labelled: Labelled, labels: list[str]) -> None:
    """Tokens inside an element the page itself marks as a field (`<div class="title">`, "author",
    "periodical") take that field; identifiers and statuses the labeller found inside keep theirs."""
    fields = [s for s in labelled.block.spans if s.kind == "field" and s.target]
    if not fields:
        return
    marked = {s.target for s in fields} & {"title", "author", "container", "editor"}
    # an unmarked line with numbers where the page marks no venue (a card's "Journal, 52(8), 1877–93")
    numbered = _numbered_lines(labelled) if "container" not in marked else set()
    italic_venues = {  # (not "Genome Research *(under review)*": an italic status)
        id(s)
        for s in fields
        if s.target == "container"
        and any(
            s.start <= t.start < s.end and "italic" in t.styles and labels[k] not in _FOUND_INSIDE_FIELDS
            for k, t in enumerate(labelled.tokens)
        )
    }
    for i, token in enumerate(labelled.tokens):
        span = min(  # the innermost: a type badge inside a title element
            (s for s in fields if s.start <= token.start < s.end), key=lambda s: s.end - s.start, default=None
        )
        if span is None:  # what the page leaves unmarked is none of the fields it marks ("[PDF] [Bib]")
            if labels[i] in marked:  # a field it never marks is the labeller's (Pure marks no authors)
                italic_venue = "italic" in token.styles and "container" not in marked
                labels[i] = (
                    "container" if italic_venue or i in numbered else "other"
                )  # BibBase marks no venue
        elif labels[i] in _IDENTIFIERS and not _IDENTIFIER_SHAPE.search(token.text):
            labels[i] = span.target or labels[i]  # "2024-11-02" in a date field is no arXiv id
        elif span.target == "container" and _before_the_venue(labelled, span, i, labels):
            # "(2024) In: *Anais do …*": the element opens with the year, and the word that says the
            # venue follows
            labels[i] = "date" if labels[i] == "date" else "other"
        elif span.target == "container" and id(span) in italic_venues and "italic" not in token.styles:
            # "Submetido ao *Journal*.", "*Revista*, v. 41, n. 2, p. 112-130, 2023.": an element whose
            # venue is in italics holds the rest as the labeller reads it
            if labels[i] in ("title", "author", "container"):
                labels[i] = "other"
        elif labels[i] not in _FOUND_INSIDE_FIELDS and not (
            span.target == "container"
            and labels[i] in _NUMBERS_AFTER_VENUE
            and i > 0
            and span.start < labelled.tokens[i - 1].start
            and _has_digit(token.text)
        ):  # "Journal: Nature, 46(2), 1-10": the numbers after a venue's name are the labeller's
            labels[i] = span.target or labels[i]
        marked_venue = span is not None and span.target == "container"
        last = i + 1 == len(labels) or labels[i + 1] != "container"  # the last word the labeller gave it
        if marked_venue and labels[i] == "container" and i and labels[i - 1] == "container" and last:
            # "Neuron 112 (4), 601-617", "bioRxiv, 2025.06.11.659012": a venue's volume, or its id
            bare = token.text.rstrip(",.;")
            if _VOLUME_NUMBER.fullmatch(bare):
                labels[i] = "volume"
            elif _DATED_ID.fullmatch(bare):
                labels[i] = "other"


def _before_the_venue(labelled: Labelled, span: Span, i: int, labels: list[str]) -> bool:
    """Whether token `i` is a year or an "In:" before the venue's first word in the element `span`."""
    tokens = labelled.tokens
    for k in range(i, -1, -1):
        if tokens[k].start < span.start:
            break
        text = tokens[k].text
        year = labels[k] == "date" and _YEAR_TOKEN.match(text) is not None
        if not year and text not in _IN_WORDS:
            return False
    return True


_DATED_ID = re.compile(rf"{YEAR}\.\d\d\.\d\d\.\d{{4,}}(?:v\d+)?")  # bioRxiv's and medRxiv's ids


def _numbered_lines(labelled: Labelled) -> set[int]:
    """The tokens of lines (after the first) that no field span covers and that print a number."""
    out: set[int] = set()
    covered = [(s.start, s.end) for s in labelled.block.spans if s.kind == "field"]
    for a, b in _lines(labelled)[1:]:
        line = labelled.tokens[a:b]
        if any(_has_digit(t.text) for t in line) and not any(
            start <= t.start < end for t in line for start, end in covered
        ):
            out.update(range(a, b))
    return out


_FOUND_INSIDE_FIELDS = frozenset({"doi", "url", "arxiv", "status", "award"})
_IDENTIFIERS = frozenset({"doi", "url", "arxiv"})
_IDENTIFIER_SHAPE = re.compile(
    r"(?i)arxiv|preprint|doi|10\.\d{4,9}/|\d{4}\.\d{4,5}|https?://|www\.|\.\w{2,4}/"
)
_NUMBERS_AFTER_VENUE = frozenset({"volume", "pages", "date"})


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


_VENUE_START = re.compile(
    r"(?i)^(?:proc\.?|proceedings|in:?|journal|j\.|transactions|trans\.|advances|conference)$"
)


def _title_out_of_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Pretraining BERT. Proc. of the ACL" read as the venue: the sentence before "Proc." is the title."""
    runs = fields_of(labels).all("container")
    if not runs:
        return
    run = runs[0].indexes
    for k in range(run[0], run[-1]):
        if tokens[k].text.endswith((".", "?", "!")) and _VENUE_START.match(tokens[k + 1].text):
            if k - run[0] >= 1 and not _ABBREVIATION.match(tokens[k].text):
                for i in range(run[0], k + 1):
                    labels[i] = "title"
            return
    # "The Alişar Regional Project 1994. Anatolica 21: 65–100": before a journal's numbers, its name is
    # the run's last sentence, the title the sentences before it
    if run[-1] + 1 >= len(labels) or labels[run[-1] + 1] not in ("volume", "pages"):
        return
    for k in range(run[-1] - 1, run[0], -1):
        text = tokens[k].text
        whole_word = len(text) > 4 and (text[:-1].isalpha() or text[:-1].isdigit())
        if (
            text.endswith(".")
            and whole_word
            and not _is_abbreviation(text)
            and tokens[k + 1].text[:1].isupper()
        ):
            labels[run[0] : k + 1] = ["title"] * (k + 1 - run[0])
            return


def _thesis_after_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Title (PhD Dissertation, University of Chicago)", "Title [Tesis de doctorado, UNAM]": a bracket
    that names a thesis, closing the title, is no part of it (the thesis is read from the note as the
    venue)."""
    run = [i for i, name in enumerate(labels) if name == "title"]
    if len(run) < 3:
        return
    for k in range(max(len(run) - 4, 1) + 1, len(run)):  # "Title. Tesi doctoral.": the last sentence
        if tokens[run[k] - 1].text.endswith(".") and _BARE_THESIS.fullmatch(
            " ".join(tokens[i].text for i in run[k:]).rstrip(".,")
        ):
            labels[run[k] : run[-1] + 1] = ["container"] * (run[-1] + 1 - run[k])
            return
    for k in range(1, len(run)):  # "Title, 博士論文, 東北大学 (2019)": the thesis and its institution
        if tokens[run[k] - 1].text.endswith(",") and _THESIS_WORD.fullmatch(tokens[run[k]].text.rstrip(",")):
            labels[run[k] : run[-1] + 1] = ["container"] * (run[-1] + 1 - run[k])
            return
    for k in range(len(run) - 1, 0, -1):
        start = run[k]
        if not tokens[start].text.startswith(("(", "[")):
            continue
        window = range(start, min(len(tokens), start + 16))
        end = next((j for j in window if tokens[j].text.rstrip(".,;").endswith((")", "]"))), None)
        whole = start - run[0] == k and end is not None and end >= run[-1]  # the title's last words
        if whole and end is not None and _THESIS.match(" ".join(t.text for t in tokens[start : end + 1])):
            labels[start : end + 1] = ["note"] * (end + 1 - start)
        return


def _thesis_institution(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Doctoral thesis, ETH Zürich, 2021": a town that goes on the name of the institution of a thesis
    read as the venue, with no comma between, is part of that name, not the place. A degree cut after
    its "de" ("Tesis de | doctorado,") goes on to its comma."""
    for i in range(1, len(tokens) - 1):
        if (
            labels[i] == "container"
            and tokens[i].text in ("de", "di", "do")
            and tokens[i - 1].text.lower() in ("tesis", "tese", "tesi", "thèse")
            and labels[i + 1] != "container"
            and tokens[i + 1].text.endswith(",")
        ):
            labels[i + 1] = "container"
    for i in range(len(tokens) - 1):
        if labels[i] != "container" or not _THESIS_WORD.fullmatch(tokens[i].text.rstrip(",.")):
            continue
        k = i + 1
        while k < len(tokens) and labels[k - 1] == "container" and labels[k] in ("container", "location"):
            if labels[k] == "location" and tokens[k - 1].text.endswith((",", ".", ":")):
                break
            labels[k] = "container"
            k += 1
        return


def _title_ends_with_its_line(tokens: Sequence[Token], labels: list[str]) -> None:
    """A record printed a field a line, without punctuation ("Title\nPREVENTIVE VETERINARY MEDICINE 215
    (2023)"): a title run into the next line, on which the labeller found the venue's numbers or the
    venue, ends with its own line; its words on the next line begin the venue."""
    run = [i for i, name in enumerate(labels) if name == "title"]
    if len(run) < 3 or run[-1] - run[0] + 1 != len(run):
        return
    cut = next((i for i in run[1:] if tokens[i].break_before), None)
    if cut is None or tokens[cut - 1].text[-1:] in ".,;:-–" or not tokens[cut].text[:1].isupper():
        return
    line_end = next((j for j in range(cut + 1, len(tokens)) if tokens[j].break_before), len(tokens))
    if run[-1] + 1 >= line_end or labels[run[-1] + 1] not in ("container", "volume", "date", "pages"):
        return
    before, after = tokens[cut - 1], tokens[cut]
    if before.styles & after.styles & TITLE_STYLES or (before.quoted and after.quoted):
        return  # one styled title across the break ("<em>…Sea Surface\nHeight in the Kuroshio Region</em>")
    words = [tokens[i].text.strip(".,:;") for i in range(cut, run[-1] + 1)]
    if sum(w[:1].islower() and w not in _TITLE_CASE_SMALL_WORDS for w in words) >= 2:
        return  # a title's own words in sentence case ("…manufactured<br>Inconel 939 in the as-built state.")
    moved = [tokens[i].text for i in range(cut, run[-1] + 1)]
    if moved[-1].endswith(".") and labels[run[-1] + 1] == "container" and not _journal_like(moved):
        return  # the title closed by its full stop on the next line, its venue after ("…for<br>Korean. In …")
    for i in range(cut, run[-1] + 1):
        labels[i] = "container"


def _names_end_with_their_line(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Fekete, Zoltán ; Horváth, Réka\nTitle": a title that opens on the names' line with a name word
    and goes on from the next line starts there; the name word is the last author's."""
    run = [i for i, name in enumerate(labels) if name == "title"]
    if len(run) < 2 or run[0] == 0 or labels[run[0] - 1] != "author" or tokens[run[0]].break_before:
        return
    cut = next((i for i in run[1:4] if tokens[i].break_before), None)
    if cut is not None and all(NAME_TOKEN.match(tokens[i].text) for i in range(run[0], cut)):
        for i in range(run[0], cut):
            labels[i] = "author"


def _names_close_their_parenthesis(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Tomás Herrera (Buenos Aires U.), Chiara Bellandi (INFN, Pisa) e-Print: …": a parenthesis opened
    after the last name (an affiliation) closes within the names, on the same line."""
    for end in range(len(labels) - 1):
        if labels[end] != "author" or labels[end + 1] == "author":
            continue
        start = end
        while start > 0 and labels[start - 1] == "author":
            start -= 1
        words = "".join(tokens[i].text for i in range(start, end + 1))
        if words.count("(") <= words.count(")"):
            continue
        for k in range(end + 1, min(end + 5, len(labels))):
            text = tokens[k].text.strip("()")
            if tokens[k].break_before or "(" in tokens[k].text or text[:1].islower():
                break  # an affiliation's words are capitalised: "(Ama and I were joint first authors)"
            if ")" in tokens[k].text:
                for i in range(end + 1, k + 1):
                    labels[i] = "author"
                break


def _acronym_after_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Equations (NeurIPS 2025)": an acronym opening a parenthesis that a date closes is the venue."""
    for i in range(len(tokens) - 1):
        if (
            labels[i] == "title"
            and tokens[i].text.startswith("(")
            and ")" not in tokens[i].text  # ("*Restatement (Third)*’ (2020)": a bracket of the title's)
            and labels[i + 1] == "date"
            and tokens[i + 1].text.rstrip(".,;").endswith(")")
            and (i == 0 or labels[i - 1] == "title")
        ):
            labels[i] = "container"


#: A token that can be part of a printed name: an initial, a capitalised word, "and" / "&".
_MARKS = re.escape(MARKER_CHARS)
NAME_TOKEN = re.compile(
    rf"^(?:(?:[{CAPITAL}]\.-?){{1,3}}|[{CAPITAL}][\w'’-]*|and|&|et|al\.?|\[(?:\.\.\.|…)\]|"
    rf"{'|'.join(sorted(PARTICLES))})[,;.]?[{_MARKS}]*[,;.]?$"
)
_INITIAL_TOKEN = re.compile(rf"^(?:[{CAPITAL}]\.-?){{1,3}}[,;]?$|^[{CAPITAL}]{{1,3}}[.,;]?$")


_CJK_TEXT = re.compile(f"^[{CJK_RANGES}\u00b7]+$")  # (with the middle dot between names)
_CJK_CHAR = re.compile(f"[{CJK_RANGES}\u00b7]")  # any of _CJK_TEXT's


#: Chinese APA's date or status after the names, as its own sentence: "（2021）。", "（審查中）。".
_CJK_DATE_SENTENCE = re.compile(r"^[（(][^（）()]{1,20}[）)]。$")
#: "載於林志明（主編），": a chapter's book follows its editors; "發表於": a paper given at a meeting.
_CJK_IN_BOOK = ("載於", "载于", "收錄於", "收录于")
_CJK_AT_MEETING = ("發表於", "发表于", "發表于")
_CJK_EDITORS_END = re.compile(r"[（(](?:主?編|主?编)[）)][，,]?$")


def _chinese_apa_sentences(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "陳怡君（2021）。題名。載於林志明（主編），書名（頁45–68）。五南。": Chinese APA ends each part with
    "。". After the names and the parenthesised date (or status) the first sentence is the title (a
    "（碩士論文）" closing it is a note), the next the venue: after "載於" the editors, then the book
    up to its "（頁…）" pages; after "發表於" the meeting, then its place; a last sentence without
    digits is the publisher."""
    date = next((i for i, t in enumerate(tokens) if _CJK_DATE_SENTENCE.match(t.text)), None)
    if date is None or date == 0 or any(labels[i] != "author" for i in range(date)):
        return
    if not all(_CJK_CHAR.search(tokens[i].text) for i in range(date)):
        return
    ends = [i for i in range(date + 1, len(tokens)) if tokens[i].text.endswith("。")]
    if not ends:
        return
    labels[date] = "status" if status_in(tokens[date].text) else "date"
    title_end = ends[0]
    thesis = title_end > date + 1 and tokens[title_end].text.startswith(("（", "("))
    for i in range(date + 1, title_end + 1):
        labels[i] = "note" if thesis and i == title_end else "title"
    if len(ends) < 2:
        return
    venue = range(title_end + 1, ends[1] + 1)
    first = tokens[venue.start].text
    if first.startswith(_CJK_IN_BOOK):
        editors = next((i for i in venue if _CJK_EDITORS_END.search(tokens[i].text)), venue.start)
        for i in venue:
            pages = tokens[i].text.startswith(("（頁", "（页", "(頁", "(页"))
            labels[i] = "editor" if i <= editors else "pages" if pages else "container"
    elif first.startswith(_CJK_AT_MEETING):
        for i in venue:
            labels[i] = "container" if i == venue.start else "location"
    elif (
        first.endswith(("：", ":")) and len(venue) >= 2
    ):  # "《書名》。臺北：國立臺灣大學出版中心。": the imprint
        labels[venue.start] = "location"
        for i in venue[1:]:
            labels[i] = "publisher"
    elif all(labels[i] == "title" for i in venue):
        for i in venue:
            labels[i] = "container"
    elif tokens[venue.start].text.startswith("《"):  # "〈題名〉。《刊名》，25(1)，1–24。": the journal's name
        for i in venue:
            labels[i] = "container" if labels[i] == "title" or not _has_digit(tokens[i].text) else labels[i]
    for later in ends[2:3]:
        sentence = range(ends[1] + 1, later + 1)
        if not any(c.isdigit() for i in sentence for c in tokens[i].text):
            for i in sentence:
                labels[i] = "publisher"


_CJK_PUNCTUATION = re.compile("[\u3000-\u303f]")  # CJK's brackets, quotes, wave dash and stops
#: A name in Latin letters opening an entry ("T. Manabe and K. Ogawa, 偏光と…の形状復元,
#: 電子情報通信学会論文誌 D"): the CJK title after it ends at its comma, as the style's fields do.
_LATIN_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z.'-]*,?$")


def _long_cjk_is_no_name(tokens: Sequence[Token], labels: list[str]) -> None:
    """A long CJK word is no name ("渡辺健二" is, "グラフニューラルネットワークの頑健性評価" is a title),
    unless it is names joined by middle dots (Korean "강민재·최서연"). A title read on as names runs to
    its stop ("政党政治：派閥・後援会・選挙制度."); after it, SIST 02's "東京, 有斐閣," is a book's
    place and publisher."""
    # (after a quoted title: "“Band surgery on knots and links.” 博士論文, 東京大学大学院数理科学研究科.")
    quote_end = max((k + 1 for k, t in enumerate(tokens) if t.quoted and labels[k] == "title"), default=None)
    found = 0
    i = 0
    while i < len(tokens):
        if (quote_end is not None and i >= quote_end) or (
            labels[i] == "title" and "author" in labels[:i] and _CJK_CHAR.search(tokens[i].text)
        ):
            found = max(found, 1)  # (or a CJK title after the names: "NISHIMURA, H. 室戸半島の….")
        bare = _CJK_PUNCTUATION.sub("", tokens[i].text.strip(_CJK_NAME_EDGES))  # ("「〜てしまう」の完了用法")
        joined = all(0 < len(part) <= 6 for part in _CJK_NAME_DOT.split(bare)) and _CJK_NAME_DOT.search(bare)
        if labels[i] == "author" and len(bare) > 6 and _CJK_TEXT.match(bare) and not joined:
            labels[i] = "title" if found == 0 else "container"
            found += 1
            while (  # the journal's acronym after it: "電子情報通信学会技術研究報告 (PRMU),"
                labels[i] == "container"
                and i + 1 < len(tokens)
                and labels[i + 1] in ("author", "title")
                and _BRACKETED_ACRONYM.fullmatch(tokens[i + 1].text)
            ):
                i += 1
                labels[i] = "container"
            latin = bool(_LATIN_NAME_BEFORE.match(tokens[0].text))
            comma = False  # (the title closed by its comma after names in Latin letters: the journal next)
            while (
                labels[i] == "title"
                and not tokens[i].text.endswith(_CJK_STOPS)
                and not (comma := latin and tokens[i].text.endswith(","))
                and i + 1 < len(tokens)
                and labels[i + 1] == "author"
                and _CJK_CHAR.search(tokens[i + 1].text)
            ):
                i += 1
                labels[i] = "title"
            if comma and labels[i + 1 : i + 2] == ["author"] and _CJK_TEXT.match(tokens[i + 1].text):
                i += 1  # "M. Tanaka, 注意の時間窓と作業記憶：展望, 認知科学 (印刷中)."
                labels[i] = "container"
        elif (
            labels[i] == "author" and _CJK_CHAR.search(tokens[i].text) and (found or _edited(tokens[i].text))
        ):
            _cjk_after_the_title(tokens, labels, i)
        i += 1


def _cjk_after_the_title(tokens: Sequence[Token], labels: list[str], i: int) -> None:
    """A CJK word read as a name after the title: an editor ("佐藤一郎編."), a degree ("博士論文（法学）"),
    or SIST 02's place and publisher ("東京, 木鐸社,")."""
    text = tokens[i].text
    if _edited(text):
        labels[i] = "editor"
    elif _CJK_DEGREE.search(text):
        labels[i] = "note"  # with its field in brackets: "博士論文 （法学）"
        if labels[i + 1 : i + 2] == ["author"] and tokens[i + 1].text.startswith(("(", "（")):
            labels[i + 1] = "note"
        # then the school and its town: "博士学位论文. 北京师范大学, 北京.", "석사학위논문, KAIST, 대전."
        after = [k for k in range(i + 1, min(i + 3, len(tokens))) if labels[k] == "author"]
        after = after[: next((n for n, k in enumerate(after) if k != i + 1 + n), len(after))]
        if len(after) == 2 and _CJK_SCHOOL.search(tokens[after[1]].text):
            after.reverse()  # (the town first: "北京: 北京师范大学")
        for k, label in zip(after, ("publisher", "location"), strict=False):
            labels[k] = label
    elif (
        i + 1 < len(tokens)
        and labels[i + 1] == "author"
        and text.endswith(",")
        and len(text) <= 5
        and tokens[i + 1].text.endswith(",")
    ):
        labels[i : i + 2] = ["location", "publisher"]


def _edited(text: str) -> bool:
    """Whether a CJK name carries an editor's mark: "山田健一編.", "张三主编"."""
    return text.rstrip(_CJK_NAME_EDGES).endswith(_CJK_EDITOR_MARKS)


#: A CJK name's editor marks ("佐藤一郎編", "主编") and degree words ("博士論文", "硕士学位论文").
_CJK_EDITOR_MARKS = ("編", "编", "編著")
#: A school's word in CJK: "北京师范大学", "東京大学大学院", "中国科学院研究所", "서울대학교".
_CJK_SCHOOL = re.compile("大学|大學|学院|學院|研究院|研究所|대학교")
_CJK_DEGREE = re.compile("博士論文|修士論文|学位論文|博士学位论文|硕士学位论文|박사학위논문|석사학위논문")


#: What a CJK name token may carry around it: ASCII and full-width stops, colons, brackets.
_CJK_NAME_EDGES = " .,;:()[]：；，。．、（）"
#: What ends a CJK title: a stop, ASCII or full-width.
_CJK_STOPS = (".", "。", "．")


#: The middle dot between East Asian names ("강민재·최서연", "山田・佐藤").
_CJK_NAME_DOT = re.compile("[·・]")


_CJK_CLOSING_QUOTES = frozenset("」』〉》“")  # (with `_CLOSING_QUOTES`: CJK's, and German „…“)


def _quoted_run_is_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """A quote read as names right after the authors (`山田 太郎: 「題名」, 誌名`) is the title: a quote is
    no name. What the labeller went on to read as names after it, or as the title, is the venue."""
    start = next((i for i, t in enumerate(tokens) if t.quoted), None)
    if start is None or (start > 0 and labels[start - 1] != "author"):
        return  # (a quote that opens the entry: "„Armut“, in: …" on a page that prints no author)
    if "title" in labels[:start]:
        return  # (a work the title names: "판소리 … 접근: 〈춘향가〉 완창 음원을 대상으로")
    if labels[start] not in ("author", "editor") and (labels[start] != "container" or "title" in labels):
        return
    last = start
    while last + 1 < len(tokens) and tokens[last + 1].quoted:
        last += 1
    if tokens[last].text.rstrip(".,;:：，。、")[-1:] not in _CLOSING_QUOTES | _CJK_CLOSING_QUOTES:
        return  # (a quote inside the title's word: "「〜てしまう」の完了用法と遺憾用法：…")
    for k, name in enumerate(labels):
        if name == "title":
            labels[k] = "container"
    i = start
    while i < len(tokens) and tokens[i].quoted:
        labels[i] = "title"
        i += 1
    while i < len(tokens) and labels[i] == "author":
        labels[i] = "container"
        i += 1


def _quoted_title_ends_at_its_quote(tokens: Sequence[Token], labels: list[str]) -> None:
    """IEEE's "“Physical oceanography of the Baltic,” in *Polish Marine Research*, J. Kowalski, Ed.": a title
    run that opens with a quote and goes on past it, after "in" or into italics, ends at the quote; the
    rest of the run is the venue."""
    start = next((i for i, name in enumerate(labels) if name == "title"), None)
    if start is None or not tokens[start].quoted:
        return
    end = start
    while end + 1 < len(tokens) and tokens[end + 1].quoted and labels[end + 1] == "title":
        end += 1
    after = end + 1
    if after >= len(tokens) or labels[after] != "title":
        return
    opener = tokens[after].text in _IN_WORDS
    if not opener and ("italic" not in tokens[after].styles or "italic" in tokens[end].styles):
        return  # (a quote inside an italic title: "*“Cocktail”-Type Catalysis with …*")
    if opener:
        labels[after] = "other"
        after += 1
    k = after
    while k < len(tokens) and labels[k] == "title":
        labels[k] = "container"
        k += 1


def _subtitle_after_a_spaced_colon(tokens: Sequence[Token], labels: list[str]) -> None:
    """French typography's "Les rues scolaires en Europe : revue de littérature. HAL, 2023": a title
    that ends at a colon standing alone goes on to the full stop after it (its subtitle), when the venue
    the labeller read from there goes on after that full stop."""
    for colon in range(1, len(tokens) - 2):
        if tokens[colon].text != ":" or labels[colon] != "title" or labels[colon + 1] != "container":
            continue
        end = colon + 1
        while end < len(tokens) and labels[end] == "container" and not ends_sentence(tokens[end].text):
            end += 1
        if end + 1 < len(tokens) and labels[end] == "container" and labels[end + 1] == "container":
            labels[colon + 1 : end + 1] = ["title"] * (end - colon)
        return


def _quoted_title_wins(tokens: Sequence[Token], labels: list[str]) -> None:
    """With a quoted title, name-like "title" tokens between the authors and the quote are authors; not
    with a quoted word inside the title ("Les « tiers-lieux » de la logistique …")."""
    quoted = [i for i, t in enumerate(tokens) if t.quoted and labels[i] == "title"]
    if len(quoted) < 2:
        return
    after = quoted[-1] + 1
    if len(quoted) <= 4 and after < len(tokens) and labels[after] == "title" and not tokens[after].quoted:
        return
    k = quoted[0] - 1
    while (
        k >= 0
        and labels[k] == "title"
        and not tokens[k].quoted
        # (a joiner and a mark among them: "Marta (✉), i Karolina Wróbel. „Title”")
        and (
            NAME_TOKEN.match(text := tokens[k].text)
            or text in _NAME_JOINERS
            or _DETACHED_MARK.fullmatch(text)
        )
    ):
        k -= 1
    if k >= 0 and labels[k] == "author" and k + 1 < quoted[0]:
        for i in range(k + 1, quoted[0]):
            labels[i] = "author"


def _dates_are_dates(tokens: Sequence[Token], labels: list[str]) -> None:
    """A "date" token with neither a year, a month nor a day is no date: "eLife 11," between the title
    and the pages is the venue and its volume; "2024年4月" (a Japanese or Chinese date) is a date; an
    ISSN ("E-ISSN 1872-9118") is none of the venue or the date."""
    for i, token in enumerate(tokens):
        if i and _ISSN_NUMBER.fullmatch(token.text.rstrip(".,;")) and _ISSN_KEY.fullmatch(tokens[i - 1].text):
            labels[i - 1 : i + 1] = ["other", "other"]
            continue
        if labels[i] != "date":
            if "年" in token.text and _CJK_DATE.match(token.text):
                labels[i] = "date"
            elif labels[i] == "author" and _UNDATED.fullmatch(token.text.strip("()[].,;")):
                labels[i] = "date"  # "Vergara, Hernán. s.f.": Spanish "sin fecha" (n.d.) read with the name
            elif (  # ACM's "[n. d.]." where the year goes, read as the title's first words
                token.text in ("[n.", "(n.")
                and i + 1 < len(tokens)
                and tokens[i + 1].text.rstrip(".,;").rstrip("])").rstrip(".") == "d"
            ):
                labels[i : i + 2] = ["date", "date"]
                if i >= 2 and labels[i - 1] == "title" and labels[i - 2] == "author":
                    labels[i - 1] = "author"  # (the last name's last word, before the date)
            elif token.text[:1] == "(" and _SIGNATURE_POSITION.match(token.text):
                labels[i] = "other"  # the Spanish CVN's "(2/3)": second of three signatories
            continue
        bare = token.text.strip(".,;:()[]")
        if not bare or month_number(bare) or _NO_DATE.match(bare):
            continue
        if not any(c.isdigit() for c in bare):
            if token.text.endswith(":") and i + 1 < len(labels) and labels[i + 1] == "date":
                labels[i] = "other"  # ORCID's "publication-date: 2025-02-14": the date's key
            elif bare[:1].isalpha() and i > 0 and labels[i - 1] in ("title", "container"):
                labels[i] = "container"
        elif bare.isdigit() and len(bare) <= 3 and i > 0 and labels[i - 1] == "container":
            labels[i] = "volume"
        elif (
            bare.isdigit()
            and 0 < i < len(labels) - 1
            and labels[i - 1] == "container"
            and labels[i + 1] in ("pages", "volume")  # numbers go on: not "(AAAI), 2021 and …"
            and "date" in labels[i + 1 :]
        ):
            labels[i] = "volume"  # "Journal of Chromatography A. 1640, pp. 461953. 2021.": a volume


def _volume_word_read_into_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """DIN's "In: *Journal of Business Research* Bd. 139 (2022)": an abbreviated volume word ("Bd.",
    "Vol.") read as the venue's last word, before the volume's number, says the volume; it is no word of
    the name."""
    for i in range(1, len(tokens) - 1):
        if (
            labels[i] == "container"
            and (
                (
                    tokens[i].text.endswith(".")
                    and tokens[i].text[:-1].lower() in _VOLUME_ABBREVIATIONS
                    and labels[i + 1] in ("volume", "pages")  # ("Bd. 139 (2022), S. 1203–1215": pages later)
                )
                or tokens[i].text.lower() in _VOLUME_NAMES  # Turkish "*Megaron*, cilt 19, sayı 1"
            )
            and tokens[i + 1].text.rstrip(",;").isdigit()
        ):
            labels[i : i + 2] = ["volume", "volume"]


_VOLUME_ABBREVIATIONS = frozenset("bd vol vols jg t tome".split())
_VOLUME_NAMES = frozenset("cilt sayı volume tomo tom ročník rocznik jahrgang".split())


def _article_number_read_into_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """APA's "*Música Hodie*, *22*, Artigo e71245." read as one venue: the word for an article before its
    number is the pages' ("Article e71245"), and a bare number before it the volume."""
    for i in range(2, len(tokens) - 1):
        if (
            labels[i] == "container"
            and labels[i + 1] == "pages"
            and _ARTICLE_WORD.fullmatch(tokens[i].text)
            and labels[i - 1] == "container"
        ):
            labels[i] = "pages"
            if tokens[i - 1].text.rstrip(",").isdigit() and labels[i - 2] == "container":
                labels[i - 1] = "volume"


_ARTICLE_WORD = re.compile(r"(?i)article|artigo|artículo|articolo|artikel|artykuł|art\.")


def _series_acronym_before_its_volume(tokens: Sequence[Token], labels: list[str]) -> None:
    """LNCS's chapter "In: … (eds.) Water Security in Southeast Asia. WSTL, vol. 104, pp. 211–232": the
    acronym after the book's full stop, before "vol.", is its series (a note), no word of the book."""
    for i in range(1, len(tokens) - 1):
        word = tokens[i].text
        if (
            labels[i] == "container"
            and labels[i - 1] == "container"
            and labels[i + 1] == "volume"
            and word.endswith(",")
            and _SERIES_ACRONYM.fullmatch(word[:-1])
            and tokens[i - 1].text.endswith(".")
            and not _is_abbreviation(tokens[i - 1].text)
            and tokens[i + 1].text.lower().startswith("vol")
        ):
            labels[i] = "note"


_SERIES_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,6}[A-Z]")


def _volume_without_a_number(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "…quasar spectra", AJ, 169, 101": a capitalised word read as a volume, after the title and before
    the numbers, is the journal's (abbreviated) name ("AJ", "A&A"); a volume has a number, or says it is
    one ("Vol.")."""
    for i in range(1, len(tokens) - 1):
        bare = tokens[i].text.strip(".,;:")
        if labels[i] != "volume" or not bare.replace("&", "").isalpha() or bare.lower() in _VOLUME_WORDS:
            continue
        abbreviated = labels[i - 1] == "title" and labels[i + 1] in ("volume", "pages") and bare[:1].isupper()
        # ("Miscelánea antropológica | ecuatoriana, 3: 3": a word of the journal's name)
        name_goes_on = (
            labels[i - 1] == "container"
            and tokens[i - 1].text[-1:].isalpha()
            and not tokens[i].break_before
            and len(bare) >= 4
            and bare.islower()
        )
        if abbreviated or name_goes_on:
            labels[i] = "container"


def _venue_and_numbers_read_as_a_note(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Title. Conservation Ecology, 6 (1)/ 14.": with no venue found, a note right after the title that
    opens with capitalised words up to a comma and then a number is the journal and its volume."""
    if "container" in labels:
        return
    start = next((k for k in range(1, len(labels)) if labels[k] == "note" and labels[k - 1] == "title"), None)
    if start is None:
        return
    comma = next(
        (k for k in range(start, min(start + 8, len(tokens) - 1)) if tokens[k].text.endswith(",")), None
    )
    if comma is None or labels[comma + 1] != "note" or not tokens[comma + 1].text[:1].isdigit():
        return
    if not _capitalised_name([tokens[k].text.strip(",") for k in range(start, comma + 1)]):
        return
    labels[start : comma + 1] = ["container"] * (comma + 1 - start)
    k = comma + 1
    while k < len(tokens) and labels[k] == "note" and not tokens[k].text[:1].isalpha():
        labels[k] = "volume"
        k += 1


def _year_in_brackets_after_the_numbers(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "DISEASES 2023 Paper: 6651208 , 14 p. (2023) DOI WoS": a year alone in brackets right after the
    volume or pages is the date, whatever the labeller read it as (the venue's, a note's)."""
    for i in range(1, len(tokens)):
        if (
            labels[i] in ("container", "note", "other")
            and labels[i - 1] in ("pages", "volume")
            and _OSCOLA_YEAR.fullmatch(tokens[i].text.rstrip(".,;"))
        ):
            labels[i] = "date"


def _numbers_read_as_a_doi(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "bioRxiv 2024.09.30.615512; doi: https://doi.org/…": numbers read as a DOI that have no DOI's
    shape (no "10." prefix, no "doi") are the venue's number, as a volume is."""
    for i, token in enumerate(tokens):
        digits = token.text[:1].isdigit() and "10." not in token.text
        if labels[i] == "doi" and digits and "doi" not in token.text.lower():
            labels[i] = "volume"


def _venue_words_the_labeller_left_out(tokens: Sequence[Token], labels: list[str]) -> None:
    """The edges of a venue's name: its acronym in brackets read as a volume ("Mathematical Models and
    Methods in Applied Sciences (M3AS), 30(10)") or its last word read as a note before a status
    ("Applied | Energy, submitted") are the venue's; a book's edition ("*Book*. 7th ed.") and Harvard's
    "Available at:" before a link are not."""
    n = len(tokens)
    for i in range(1, n):
        text = tokens[i].text
        edition = i + 1 < n and tokens[i + 1].text.lower().rstrip(".,") in ("ed", "edn", "edition")
        if labels[i] == "container" and edition and _EDITION.fullmatch(text):
            labels[i] = labels[i + 1] = "note"  # "7th ed."
        if labels[i - 1] != "container" or labels[i] == "container":
            continue
        acronym = labels[i] == "volume" and _BRACKETED_ACRONYM.fullmatch(text)
        cut = (
            labels[i] in ("note", "other")
            and tokens[i - 1].text[-1:].isalpha()
            and text[:1].isupper()
            and text.endswith(",")
            and not tokens[i].break_before
            and i + 1 < n
            and labels[i + 1] in ("status", "date")
        )
        if acronym or cut:
            labels[i] = "container"
    for i in range(1, n - 1):  # "*arXiv*. Available at: https://arxiv.org/abs/…"
        if tokens[i].text.lower() == "available" and tokens[i + 1].text.lower() in ("at:", "from:"):
            labels[i] = labels[i + 1] = "other"


_EDITION = re.compile(r"\d{1,2}(?:st|nd|rd|th|e|\.)")  # "7th", "2nd", "3e", "2." (as in "2. Aufl.")
_BRACKETED_ACRONYM = re.compile(r"\((?:\d{1,2})?[A-Z][A-Za-z0-9&-]{1,9}\)[,.;:]?")  # "(JACS)", "(18WCEE)"


def _journal_acronym_closes_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "…, The baryonic Tully–Fisher relation at cosmic noon, A&A, 678, A112": a journal's short name in
    capitals (A&A, MNRAS, ApJ) between the title's comma and the volume, read as the title's last word,
    is the journal."""
    for i in range(1, len(tokens) - 1):
        if (
            labels[i] == "title"
            and labels[i - 1] == "title"
            and labels[i + 1] == "volume"
            and tokens[i - 1].text.endswith(",")
            and tokens[i].text.endswith(",")
            and _JOURNAL_ACRONYM.fullmatch(tokens[i].text[:-1])
        ):
            labels[i] = "container"


_JOURNAL_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{0,6}[A-Z]")  # A&A, ApJ, MNRAS, PRL, AJ


#: Words that name a volume, an issue or a part ("Vol. 3", "No. 2", "Suppl. 1", "Bd. 12").
_VOLUME_WORDS = frozenset(
    "vol volume vols no nr num number issue iss art article suppl supplement part pt bd band heft tome t n"
    " ed edition series ser".split()
)
_VOLUME_MARKS = (_VOLUME_WORDS - {"ed", "edition", "series", "ser"}) | {"v"}


_SIGNATURE_POSITION = re.compile(r"^\(\d{1,2}/\d{1,3}\)[.,;]?$")
_CJK_DATE = re.compile(rf"^[(（]?{YEAR}年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?[)）]?[.,，。]?$")
_NO_DATE = re.compile(
    r"(?i)^(?:n\.?\s?d|s\.?\s?[df]|o\.?\s?j|b\.\s?[dr]\b|undated|forthcoming|in press"
    r"|spring|summer|fall|autumn|winter)"
)
#: "n.d.", "s.f.", "s.d.", "s/f", "o.J.", Polish "b.d.", Czech "b.r.": no date, as a token printed where
#: the year would be.
_UNDATED = re.compile(r"[nNsSbB]\.\s?[df]|[sS]/[df]|[oO]\.\s?J|[bB]\.\s?r")  # (not the initials "S.D.")


def _conference_series(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "J. Phys.: Conf. Ser. 2438", "IOP Conf. Ser.: Mater. Sci. Eng.": "Ser." after "Conf." is the
    journal's word (Conference Series), never the volume's."""
    for k in range(1, len(tokens)):
        if (
            tokens[k].text.rstrip(":") == "Ser."
            and tokens[k - 1].text == "Conf."
            and labels[k - 1] == "container"
        ):
            labels[k] = "container"


def _book_after_the_editors_mark(tokens: Sequence[Token], labels: list[str]) -> None:
    """Vancouver's "In: Lobo CR, Siqueira AM, editors. Arquitetura e tecnologias digitais. São Paulo:
    Blucher; 2020.": after the editors and their mark, the sentence up to its full stop is the book,
    however the labeller read it (a note, more editors)."""
    mark = next(
        (
            k
            for k, t in enumerate(tokens)
            if labels[k] == "editor" and t.text.endswith(".") and _EDITORS.match(t.text.strip(".,;:"))
        ),
        None,
    )
    if mark is None or "container" in labels or mark + 1 >= len(tokens):
        return
    start = mark
    while start > 0 and labels[start - 1] == "editor":
        start -= 1
    if start == mark or not (tokens[start].text in _IN_WORDS or tokens[start - 1].text in _IN_WORDS):
        return  # (the mark before the names, "Ed. Michael Kiernan.", or no "In:" before them)
    if labels[mark + 1] not in ("note", "editor", "title", "other"):
        return
    for k in range(mark + 1, len(tokens)):
        if labels[k] not in ("note", "editor", "title", "other"):
            return
        labels[k] = "container"
        if ends_sentence(tokens[k].text):
            return


def _editors_after_in(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "In: Müller, Anna; Kowalski, Jan (Hrsg.): *Book*": names after "In" marked as editors are the
    book's editors, and the title that follows them (or the rest of the names' run) is the book, the
    paper's venue."""
    ins = _IN_WORDS | {"en"}  # (Spanish "«Título», en A. BELTRÁN GARCÍA (dir.), *Libro*")
    for i in range(1, len(labels)):
        if labels[i] == "author" and labels[i - 1] != "author" and tokens[i].text in ins:
            labels[i] = "other"  # "«Title», in A. Verdi (a cura di), Book": the "in" read as a name
            continue
        if labels[i] != "author" or labels[i - 1] == "author" or tokens[i - 1].text not in ins:
            continue
        j = i
        while j < len(labels) and labels[j] == "author":
            j += 1
        marker = next((k for k in range(i, j) if _ends_editors(tokens, i, k)), None)
        if marker is None:
            continue
        labels[i - 1] = "other"  # the "In" joins the book, not the editors' names, to the paper
        for k in range(i, j):
            labels[k] = "editor" if k <= marker else "container"
        while j < len(labels) and (
            labels[j] == "title" or ("italic" in tokens[j].styles and labels[j] in ("container", "author"))
        ):
            labels[j] = "container"  # (an italic book read on as names: "… retos del *siglo XXI*")
            j += 1
        imprint = j  # "*Libro*, Tirant lo Blanch, Valencia, 2022": names read after the book are its imprint
        while imprint < len(labels) and labels[imprint] == "author":
            imprint += 1
        if imprint > j and imprint < len(labels) and labels[imprint] == "date":
            labels[j:imprint] = ["publisher"] * (imprint - j)
    # ESA's "Pages 211–234 in K. R. Halvorsen and E. Pétursson, editors. *Book*": the first initials after
    # the "in", read as the venue, open the editors' names
    for i in range(1, len(labels) - 1):
        if tokens[i - 1].text in _IN_WORDS and labels[i - 1] == "container" and labels[i] == "container":
            j = i
            while j < len(labels) and labels[j] == "container" and _INITIAL_TOKEN.match(tokens[j].text):
                j += 1
            if j > i and j < len(labels) and labels[j] == "editor":
                labels[i - 1] = "other"
                labels[i:j] = ["editor"] * (j - i)
    # Science's "in *2D Materials for Photonics*, A. Ferrari, Ed.": initials ending the book's run, after
    # its comma, open the editors' names that follow
    for j in range(2, len(labels)):
        if labels[j] != "editor" or labels[j - 1] != "container":
            continue
        k = j
        family = tokens[k - 1].text  # (the editor's family name after the initials: "J. Zając, Ed.")
        if k > 2 and family.endswith(",") and family[:1].isupper() and not _INITIAL_TOKEN.match(family):
            k -= 1
        named = k
        while k > 1 and labels[k - 1] == "container" and _INITIAL_TOKEN.match(tokens[k - 1].text):
            k -= 1
        if k < named and labels[k - 1] == "container" and tokens[k - 1].text.endswith(","):
            labels[k:j] = ["editor"] * (j - k)


def _unbracketed_editor_mark_after_in(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "In Famulus Christi, ed. Gerald Bonner.", "in D.R. Goyal, ed, Non-Alignment", "In Book, Hrsg. A B":
    an editor's mark after a comma inside the run after "In" splits it: "ed." then names, the book came
    first; "ed," then the book, the names came first. (The labeller reads the run as one field.)"""
    for i in range(1, len(tokens) - 2):
        if tokens[i - 1].text not in _IN_WORDS or labels[i] not in ("editor", "container"):
            continue
        if i > 1 and labels[i - 2] in ("editor", "container"):
            continue  # an "in" inside the run: "… Statehood in Central Asia, Hrsg. …"
        end = i
        while end < len(tokens) and labels[end] in ("editor", "container") and not tokens[end].break_before:
            end += 1
        mark = next(
            (
                k
                for k in range(i + 1, end - 1)
                if tokens[k - 1].text.endswith(",")
                and not tokens[k].text.startswith("(")
                and _EDITORS.match(tokens[k].text.rstrip(",.;:"))
            ),
            None,
        )
        if mark is None:
            continue
        if tokens[mark].text.endswith(","):  # the editors' names first, then the book
            names = range(i, mark)
            if len(names) > 6 or not all(tokens[k].text[:1].isupper() for k in names):
                continue
            labels[i : mark + 1] = ["editor"] * (mark + 1 - i)
            labels[mark + 1 : end] = ["container"] * (end - mark - 1)
        else:  # the book, then "ed." and its editors' names up to a full stop or a comma
            stop = mark + 1
            while stop < end and not tokens[stop].text.endswith((".", ",", ";")):
                stop += 1
            names = range(mark + 1, min(stop + 1, end))
            if not names or len(names) > 5 or not all(tokens[k].text[:1].isupper() for k in names):
                continue
            if any(_INITIAL_TOKEN.match(tokens[k].text) for k in range(i, mark)) or any(
                "italic" in tokens[k].styles for k in names
            ):
                continue  # AMA's "In: Hollis JD, Patel R, eds. *Critical Care*": the names came first
            labels[i:mark] = ["container"] * (mark - i)
            labels[mark : names[-1] + 1] = ["editor"] * (names[-1] + 1 - mark)
        if labels[i - 1] in ("editor", "container"):
            labels[i - 1] = "other"


def _book_after_the_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """ACS's chapter: "Lee, A.; Roe, B. In *Book*, 2nd ed.; Studer, A., Curran, D. P., Eds.; Wiley-VCH:
    Weinheim, 2023": the "In" the labeller ran into the names opens the book; the names after the book
    that end with "Eds." are its editors, and the names' run after them up to its colon the publisher,
    then the place."""
    i = next(
        (
            k
            for k in range(1, len(tokens) - 1)
            if tokens[k].text in _IN_WORDS
            and labels[k - 1] == labels[k] == "author"
            and tokens[k - 1].text.rstrip(MARKER_CHARS).endswith(".")
            and (labels[k + 1] == "container" or "italic" in tokens[k + 1].styles)
        ),
        None,
    )
    if i is None:
        return
    labels[i] = "other"
    j = i + 1
    while j < len(tokens) and (labels[j] == "container" or "italic" in tokens[j].styles):
        labels[j] = "container"  # the book, however the list's template read it
        j += 1
    while j < len(tokens) and labels[j] != "author":
        j += 1
    end = j
    while end < len(tokens) and labels[end] == "author" and not _ends_editors(tokens, j, end):
        end += 1
    if end == len(tokens) or labels[end] != "author":
        return
    labels[j : end + 1] = ["editor"] * (end + 1 - j)
    place = False
    for k in range(end + 1, len(tokens)):
        if labels[k] != "author":
            break
        labels[k] = "location" if place else "publisher"
        place = place or tokens[k].text.endswith(":")


def _editors_end_at_their_mark(tokens: Sequence[Token], labels: list[str]) -> None:
    """Vancouver's "In: Lorenz P, editor. | Microwave | and millimetre-wave sensors …": the editors end at
    the full stop of their mark; the words after it, read with them, open the book (or are the whole book,
    its sentence ending where the imprint begins: "In: Smith J, editor. Astrophysical dust. Cham: …")."""
    for k in range(1, len(tokens) - 1):
        if labels[k] != "editor" or labels[k + 1] != "editor" or not tokens[k].text.endswith("."):
            continue
        if not _EDITORS.match(tokens[k].text.rstrip(".,;:")) or not tokens[k + 1].text[:1].isupper():
            continue
        end = k + 1
        while end < len(tokens) and labels[end] == "editor":
            end += 1
        if end < len(tokens) and labels[end] in ("container", "title") and end - k <= 4:
            labels[k + 1 : end] = [labels[end]] * (end - k - 1)
        elif (
            end < len(tokens)
            and labels[end] in ("location", "publisher", "date")
            and tokens[end - 1].text.endswith(".")
            and labels[k - 1] == "editor"  # (the mark after the names: MLA's "Ed. Jane Smith." names them)
        ):
            labels[k + 1 : end] = ["container"] * (end - k - 1)
        return


def _book_after_its_editors(tokens: Sequence[Token], labels: list[str]) -> None:
    """ESA's and CSE's chapter: "Pages 211–236 in S. Collins and A. Knapp, editors. Drylands under global
    change. Island Press, Washington": the sentence after "editors." is the book, the publisher after it,
    when nothing else was read as the book (but its edition, "5. Aufl.")."""
    if any(labels[k] == "container" and not _EDITION_WORD.fullmatch(t.text) for k, t in enumerate(tokens)):
        return
    mark = next(
        (
            k
            for k in range(1, len(tokens) - 2)
            if labels[k] == "editor"
            and tokens[k].text.endswith(".")
            and _EDITORS.match(tokens[k].text.rstrip(".,;:"))  # ("(Hrsg.).")
        ),
        None,
    )
    if mark is None or labels[mark + 1] not in _BOOK_MISREAD:
        return
    start = mark
    while start > 0 and labels[start - 1] == "editor":
        start -= 1
    if "title" not in labels[:start]:
        return  # "Lee, A., and B. Roe, eds. *Book*. Place: Press": the editors are the book's own names
    end = mark + 1
    while end < len(tokens) and labels[end] in _BOOK_MISREAD and not tokens[end].text.endswith("."):
        end += 1
    edition = end + 1  # "*Book*. 5. Aufl. Stuttgart: Thieme": the edition between the book and its imprint
    while edition < len(tokens) and edition - end <= 2 and _EDITION_WORD.fullmatch(tokens[edition].text):
        edition += 1
    imprint = edition < len(tokens) and labels[edition] in ("publisher", "location")
    if imprint and labels[end] in _BOOK_MISREAD:
        labels[mark + 1 : end + 1] = ["container"] * (end - mark)
        labels[end + 1 : edition] = ["note"] * (edition - end - 1)


_EDITION_WORD = re.compile(
    r"(?i)\d{1,2}(?:\.|st|nd|rd|th|e)?|aufl\.?|auflage|ed\.|edn\.|edition\.?|éd\.|édition\.?"
    r"|utg\.|uppl\.|udg\.|wyd\.|vyd\.|painos\.?"  # (Norwegian, Swedish, Danish, Polish, Czech, Finnish)
)


_BOOK_MISREAD = frozenset({"publisher", "note", "other", "title"})
_JOINERS = frozenset({"y", "e", "i", *_AND_WORDS.split("|")})  # the "and" between two names, in any language


def _editors_inside_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Title. En I. Gómez y A. Ruiz (coords.), *Book* (pp. 115-134)" read all as the title: after the
    title's full stop, "In" and names that end with an editors' mark are the book's editors, and the
    rest of the run the book."""
    for k in range(1, len(tokens) - 2):
        if labels[k] != "title" or tokens[k].text not in _IN_WORDS or not tokens[k - 1].text.endswith("."):
            continue
        mark = next(
            (m for m in range(k + 2, min(k + 16, len(tokens))) if _ends_editors(tokens, k + 1, m)), None
        )
        if mark is None or not all(
            NAME_TOKEN.match(tokens[j].text) or tokens[j].text in _JOINERS for j in range(k + 1, mark)
        ):
            return
        labels[k] = "other"
        labels[k + 1 : mark + 1] = ["editor"] * (mark - k)
        j = mark + 1
        while j < len(tokens) and (labels[j] == "title" or "italic" in tokens[j].styles):
            labels[j] = "container"
            j += 1
        return


def _unmarked_editors_continue_the_authors(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "L. Brandstätter, F. Ammersbach, …, C. Hoffmann-Ruiz, Y. Nakashima, … K. Scholz." read as authors
    and then editors, with no editors' mark anywhere: a long list's names after an author's comma are
    more authors, up to the last initialled name."""
    start = next(
        (
            k
            for k in range(1, len(tokens))
            if labels[k] == "editor"
            and labels[k - 1] == "author"
            and (tokens[k - 1].text.endswith(",") or _dotted_initial(tokens[k - 1].text))  # ("C. | Ruiz,")
        ),
        None,
    )
    if start is None:
        return
    while start > 0 and _dotted_initial(tokens[start - 1].text):
        start -= 1  # (from the name's first initial)
    k = start
    while k < len(tokens):
        if (end := _initialled_name(tokens, k)) is not None:
            k = end
            if not tokens[k - 1].text.endswith(","):
                break  # (the last name's full stop)
        elif labels[k] == "editor":
            k += 1
        else:
            break
    if "editor" not in labels[k:]:
        labels[start:k] = ["author"] * (k - start)


def _names_before_their_eds(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Lee, A. & Roe, B., 2023, Book. Sørensen, H. T. & Lash, T. L. (eds.).": a second run of names that
    ends with "(eds.)" names the book's editors, not the chapter's authors; an italic run that opens it
    is the book ("*Metsätieteen perusteet*. Salo, K. & Holmström, J. (toim.)")."""
    for k in range(2, len(tokens)):
        if not _EDITORS.match(tokens[k].text.strip(":,;.")) or labels[k - 1] != "author":
            continue
        start = k
        while start > 0 and labels[start - 1] == "author":
            start -= 1
        family = tokens[start - 1].text if start >= 2 else ""
        if family.endswith(",") and family[:1].isupper() and tokens[start - 2].text.capitalize() in _IN_WORDS:
            # "…’, en | Ledesma, | R. y Sosa, L. (comps.) *Book*": the first editor's family name after "en"
            labels[start - 2 : start] = ["other", "author"]
            start -= 1
        if "author" in labels[:start]:  # the chapter's own authors come first
            book = start
            while book < k and "italic" in tokens[book].styles:
                book += 1
            labels[start:book] = ["container"] * (book - start)
            labels[book : k + 1] = ["editor"] * (k + 1 - book)
            after = k + 1
            while "title" in labels[:start] and after < len(labels) and labels[after] == "title":
                labels[after] = "container"  # the book after its editors, the chapter's title before them
                after += 1
        return


def _acm_book_before_its_editors(tokens: Sequence[Token], labels: list[str]) -> None:
    """ACM's chapter "In Disaster Recovery in the Philippines: Lessons from Haiyan, Lourdes Q. Gatdula and
    Paolo R. Umali (Eds.). Springer Nature": from "In" to the comma before the editors' names (up to
    "(Eds.)") is the book, however the labeller read its colon or its words."""
    for k in range(3, len(tokens)):
        if not tokens[k].text.startswith("(") or not _EDITORS.match(tokens[k].text.strip(":,;.")):
            continue
        if tokens[k - 1].text.endswith("."):
            return  # ("… Multi-level Governance. (Eds D Armitage, …)": a sentence, then its editors)
        comma = k - 1
        while (
            comma > 0
            and k - comma <= 8
            and (NAME_TOKEN.match(tokens[comma].text) or tokens[comma].text in _NAME_CONJUNCTIONS)
            and not tokens[comma].text.endswith(",")
        ):
            comma -= 1
        opening = next((i for i in range(comma - 1, max(comma - 30, 0), -1) if tokens[i].text == "In"), None)
        if (
            opening is None
            or comma == k - 1
            or not tokens[comma].text.endswith(",")
            or "title" not in labels[:opening]
            # (LNCS's "In: Nakamura, T., Ahmad, S. (eds.) Book", "In Susan Pintzuk, George Tsoulas & …
            # (eds.)": the names right after "In"; a book's name has a word in lower case or a colon)
            or any(_INITIAL_TOKEN.match(tokens[i].text) for i in range(opening + 1, comma + 1))
            or not any(t.text[:1].islower() or ":" in t.text for t in tokens[opening + 1 : comma + 1])
        ):
            return
        labels[opening] = "other"
        labels[opening + 1 : comma + 1] = ["container"] * (comma - opening)
        labels[comma + 1 : k + 1] = ["editor"] * (k - comma)
        return


def _editors_right_after_in(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "En: Whitmore, S. y Kaplan, D. (eds.), *Oceans of Extraction*": the names between "In" and the
    editors' mark are the book's editors, however the labeller read them (the venue, the pages)."""
    for m in range(2, len(tokens)):
        mark = tokens[m].text
        if not mark.startswith("(") or ")" not in mark or not _EDITORS.match(mark.strip("():,;.")):
            continue  # (the mark closed after the names: not "(eds Mensah, K. & Diallo, A.)")
        k = m - 1
        while (
            k > 0
            and m - k <= 12
            and (NAME_TOKEN.match(tokens[k].text) or tokens[k].text in _NAME_CONJUNCTIONS)
            and tokens[k].text not in _IN_WORDS
        ):
            k -= 1
        # (the "In" read as the venue's first word; names read as editors already are left as they are)
        if (
            k < m - 1
            and tokens[k].text in _IN_WORDS
            and "italic" not in tokens[k].styles  # (not the "in" of an italic book's name)
            and labels[k] == "container"
            and "title" in labels[:k]
            and any(name != "editor" for name in labels[k + 1 : m + 1])
        ):
            labels[k] = "other"
            labels[k + 1 : m + 1] = ["editor"] * (m - k)
        return


#: The words that join the last two names of a list ("y", "und", "och", …).
_NAME_CONJUNCTIONS = frozenset({*_AND_WORDS.split("|"), "and", "&", "y", "e", "i", "et"})


def _eds_after_the_opening_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "K. Delvaux, L. Gevers and M. Fontaine (eds.), *Book*": names that open the entry and end with
    "(eds.)" are all the book's editors, however the labeller split them into authors and editors."""
    first = next((i for i, name in enumerate(labels) if name not in ("date", "status", "other")), None)
    if first is None or labels[first] != "author":  # (after the year: "**2021** · Names (eds.). *Book*")
        return
    k = first
    while k < len(labels) and labels[k] == "author":
        k += 1
    end = k
    while end < len(labels) and labels[end] == "editor":
        end += 1
    if (
        k < end < len(labels)
        and _EDITORS.match(tokens[end - 1].text.strip(":,;."))
        and labels[end] == "title"
    ):
        labels[first:k] = ["editor"] * (k - first)
        return
    if (  # "Соколова М. В., Рогозин В. В., ред. *Палеогеномика*": the mark read as the title's first word
        k == end
        and k + 1 < len(labels)
        and labels[k] == "title"
        and labels[k + 1] in ("title", "container")
        and tokens[k - 1].text.endswith(",")
        and _EDITORS.match(tokens[k].text.strip(":,;."))
    ):
        labels[first : k + 1] = ["editor"] * (k + 1 - first)
        book = k + 1
        while book < len(labels) and labels[book] in ("container", "title"):
            labels[book] = "title"
            book += 1
        return
    # "Contreras Millalén, Javiera y Felipe Aravena Olivares (eds.). *Mar adentro*": the names after the
    # first read as the title, up to the editors' mark, the book after it read as the venue
    end = k
    while (
        end < len(labels)
        and end - k <= 8
        and labels[end] == "title"
        and (NAME_TOKEN.match(tokens[end].text) or tokens[end].text in _NAME_CONJUNCTIONS)
    ):
        end += 1
    if (
        k < end < len(labels)
        and labels[end] == "title"
        and tokens[end].text.startswith("(")
        and _EDITORS.match(tokens[end].text.strip("():,;."))
        and end + 1 < len(labels)
        and labels[end + 1] in ("container", "title")
    ):
        labels[first : end + 1] = ["editor"] * (end + 1 - first)
        book = end + 1
        while book < len(labels) and labels[book] in ("container", "title"):
            labels[book] = "title"
            book += 1


def _bibtex_record_is_no_text(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "… 2024. @article{ferreira, title = {…}": a BibTeX record a page shows under its citation (for
    copying) is none of the citation's text."""
    start = next((i for i, t in enumerate(tokens) if i and _BIBTEX_OPENING.match(t.text)), None)
    if start is not None:
        labels[start:] = ["other"] * (len(tokens) - start)


_BIBTEX_OPENING = re.compile(r"@[A-Za-z]{3,20}\{")


def _named_field_lines(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Autorzy: A, B.<br>Tytuł: Title.<br>Źródło: Journal, 2024, vol. 3": in an entry of two or more
    lines that open with a key naming a field (a research portal's record), each such line is that
    field and its key none, and a line under another key ("Nr opisu:", "Impact Factor:") none of the
    citation; a venue's line keeps the dates and numbers the labeller saw in it."""
    keyed: list[tuple[int, int, int, str]] = []  # key start, value start, value end, field ("": none)
    starts = [i for i, t in enumerate(tokens) if i == 0 or t.break_before]
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(tokens)
        if k == 0 and start + 1 < end and tokens[start].text.rstrip(".)").isdigit():
            start += 1  # the record's number before its first key ("1  Autores (p.o. de firma): …")
        colon = next((j for j in range(start, min(start + 3, end)) if tokens[j].text.endswith(":")), None)
        if colon is None or tokens[start].text in _IN_WORDS or not tokens[start].text[:1].isupper():
            colon = _long_key_end(tokens, start, end)  # CVN's "Autores (p.o. de firma):"
            if colon is None:
                continue
        field = record_key_field(" ".join(t.text for t in tokens[start : colon + 1]), loose=False)
        keys = [(start, colon + 1, "title" if field == "work" else field or "")]
        keys += _more_keys(tokens, colon + 1, end)  # CVN's "Volumen: 275   Página inicial-final: 1–9"
        for n, (at, value, name) in enumerate(keys):
            keyed.append((at, value, keys[n + 1][0] if n + 1 < len(keys) else end, name))
    if sum(bool(field) for *_, field in keyed) < 2:
        return
    for start, value, end, field in keyed:
        if not field:
            labels[start:end] = ["other"] * (end - start)
            continue
        labels[start:value] = ["other"] * (value - start)
        for i in range(value, end):
            if field != "container" or labels[i] not in _DETAILS:
                labels[i] = field


def _long_key_end(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The last token of a key of up to five words opening a line ("Nombre de la publicación:"), if one
    the record keys know."""
    for j in range(start + 3, min(start + 5, end)):
        if tokens[j].text.endswith(":") and record_key_field(
            " ".join(t.text for t in tokens[start : j + 1]), loose=False
        ) not in (None, "work"):
            return j
    return None


def _more_keys(tokens: Sequence[Token], start: int, end: int) -> list[tuple[int, int, str]]:
    """Keys the record knows further along a keyed line (key start, value start, field): several keys
    share a line in some CV systems' records."""
    found: list[tuple[int, int, str]] = []
    for j in range(start, end):
        if not tokens[j].text.endswith(":"):
            continue
        for at in range(max(start, j - 3), j + 1):
            key = " ".join(t.text for t in tokens[at : j + 1])
            if not tokens[at].text[:1].isupper():
                continue
            field = record_key_field(key, loose=False)
            if field is not None or " ".join(key.split()).lower().rstrip(":") in RECORD_KEY_FIELDS:
                found.append((at, j + 1, "title" if field == "work" else field or ""))
                break
    return found


def _database_ids(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "PMID: 37125633; PMCID: PMC9620115": a database's record numbers, no field of the citation."""
    for i, token in enumerate(tokens[:-1]):
        if token.text in _DATABASE_KEYS and any(c.isdigit() for c in tokens[i + 1].text):
            labels[i] = labels[i + 1] = "other"


_DATABASE_KEYS = frozenset({"PMID:", "PMCID:", "NIHMSID:", "PMID", "PMCID"})


def _unprinted_key_lines(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "View in: PubMed", "Citations: 4 Fields: Vas": a line under an entry that opens with a key no
    citation prints is none of the entry's fields."""
    starts = [i for i, t in enumerate(tokens) if i > 0 and t.break_before]
    for k, start in enumerate(starts):
        colon = next(
            (j for j in range(start, min(start + 3, len(tokens))) if tokens[j].text.endswith(":")), None
        )
        if colon is not None and is_unprinted_key(" ".join(t.text for t in tokens[start : colon + 1])):
            end = starts[k + 1] if k + 1 < len(starts) else len(tokens)
            labels[start:end] = ["other"] * (end - start)


#: What a venue's line prints besides its name, and the labeller tells apart.
_DETAILS = frozenset({"date", "volume", "pages", "doi", "url", "arxiv"})


def _keyed_lines(tokens: Sequence[Token], labels: list[str]) -> None:
    """A CV system's keyed parts of an entry: a line of keywords ("Palabras:", "Sectores:", "Keywords:")
    is no part of the citation, nor is a thesis's "Advisor: X. Committee: Y"; "Journal ISSN: 1526-498X
    ed: Wiley" names the journal before the ISSN and its publisher after "ed:" (CvLAC, Lattes)."""
    for i, token in enumerate(tokens):
        key = token.text.lower()
        if (key in _KEYWORD_KEYS or key in _THESIS_ROLE_KEYS) and (i == 0 or token.break_before):
            labels[i:] = ["other"] * (len(tokens) - i)  # keywords close the entry (their values may wrap)
            return
        if key in _RECORD_STATE_KEYS and i > 0 and token.break_before:  # "Status: Accepted" (Faculty180)
            j = i + 1
            while j < len(tokens) and not tokens[j].break_before:
                j += 1
            value = " ".join(t.text for t in tokens[i + 1 : j])
            labels[i:j] = ["status" if key == "status:" and status_in(value) else "other"] * (j - i)
            continue
        elif key in _SERIAL_NUMBER_KEYS:
            start = i
            while start > 0 and not tokens[start].break_before and labels[start - 1] in _VENUE_LIKE:
                start -= 1
            if start < i:
                labels[start:i] = ["container"] * (i - start)
            # '"Title" . En: Colombia <br> Journal ISSN: …': the country is no part of the venue
            before = start - 1
            while before >= 0 and labels[before] == "container" and tokens[start].break_before:
                if tokens[before].text in ("En:", "In:", "Em:"):
                    labels[before:start] = ["location"] * (start - before)
                    while (
                        before > 0
                        and labels[before - 1] == "container"
                        and not tokens[before - 1].text.strip(".,;")
                    ):
                        before -= 1
                        labels[before] = "other"  # a stray "." before it
                    break
                if tokens[before].break_before:
                    break
                before -= 1
            labels[i] = "other"
            j = i + 1
            if j < len(tokens) and not tokens[j].break_before:
                labels[j] = "other"  # the number
                j += 1
            if (
                j < len(tokens)
                and tokens[j].text.lower() in ("ed:", "editorial:")
                and not tokens[j].break_before
            ):
                labels[j] = "other"
                j += 1
                while j < len(tokens) and not tokens[j].break_before:
                    labels[j] = "publisher"
                    j += 1


def _review_site_lines(labelled: Labelled, labels: list[str]) -> None:
    """A review site's record (OpenReview): "Published: 23 Sept 2024, Last Modified: …", then the venue
    line ("NeurIPS 2024 poster", "Submitted to ICLR 2025", "Accepted by TMLR"), then "Readers: Everyone"
    and "Show details": the dates and the chrome are no part of the citation, the venue line is the venue.
    The line above the dates, under the title's, is the names line when it holds only names."""
    tokens = labelled.tokens
    lines = _lines(labelled)
    for number, (start, end) in enumerate(lines):
        words = [t.text.lower() for t in tokens[start:end]]
        if words[:1] != ["published:"] or "modified:" not in words:
            continue
        labels[start:end] = ["other"] * (end - start)
        if number >= 2:
            above, below = lines[number - 1]
            names = labelled.block.text[tokens[above].start : tokens[below - 1].end].split(",")
            if all(_is_printed_name(name.split()) for name in names):
                labels[above:below] = ["author"] * (below - above)
        if number + 1 < len(lines):
            begin, stop = lines[number + 1]
            if tokens[begin].text.lower() in ("readers:", "show"):
                continue
            labels[begin:stop] = ["container"] * (stop - begin)
            for k in range(begin, stop):
                word = tokens[k].text.lower().strip(".,")
                if word in _REVIEW_VERDICTS:
                    labels[k] = "status"
                elif word in _PRESENTATION_KINDS:
                    labels[k] = "award" if AWARD.fullmatch(word) else "other"
                elif _BARE_YEAR.fullmatch(tokens[k].text) and all(
                    tokens[j].text.lower() in _PRESENTATION_KINDS for j in range(k + 1, stop)
                ):
                    labels[k] = "date"  # "ICML 2024 Workshop X" keeps its year inside the venue
        for later in lines[number + 1 :]:
            if tokens[later[0]].text.lower() in ("readers:", "show"):
                labels[later[0] : later[1]] = ["other"] * (later[1] - later[0])


def _authors_key_line(labelled: Labelled, labels: list[str]) -> None:
    """A profile's record (SINTA, Google Scholar copies): the title's line, then "Authors : SN Rahmawati,
    A Wibowo", then "Journal 11 (2), 415-424 2024 3 cited": the keyed line is the authors, the lines above
    it the title, and "N cited" after the year no part of the venue."""
    tokens = labelled.tokens
    lines = _lines(labelled)
    for number, (start, end) in enumerate(lines):
        key = tokens[start].text.lower()
        if number == 0 or key.rstrip(":") not in AUTHORS_KEYS:
            continue
        first = start + 1 if key.endswith(":") else start + 2
        if first >= end or (not key.endswith(":") and tokens[start + 1].text != ":"):
            return
        labels[start:first] = ["other"] * (first - start)
        labels[first:end] = ["author"] * (end - first)
        # what the page marks as a field stays that field (ORCID's venue), and so does a line that opens
        # with its own key (Interfolio's "Title: …", "Type: …", read as their keys say)
        kept = _page_marked(labelled) | {
            k for a, b in lines[:number] if tokens[a].text.endswith(":") for k in range(a, b)
        }
        labels[:start] = [labels[k] if k in kept else "title" for k in range(start)]
        for k in range(end, len(tokens)):  # the venue's line: no more names
            if labels[k] == "author":
                labels[k] = "container"
        for k in range(end + 1, len(tokens)):
            if tokens[k].text.lower().strip(".,") == "cited" and tokens[k - 1].text.isdigit():
                labels[k - 1 : k + 1] = ["other", "other"]
        return


def _page_marked(labelled: Labelled) -> set[int]:
    """The tokens inside an element the page marks as a field other than the title."""
    fields = [s for s in labelled.block.spans if s.kind == "field" and s.target not in (None, "title")]
    return {k for k, t in enumerate(labelled.tokens) if any(s.start <= t.start < s.end for s in fields)}


def _paper_repository_lines(labelled: Labelled, labels: list[str]) -> None:
    """A paper repository's record (SSRN): title / venue ("Forthcoming, Journal, Vol. 28 (2025)", a
    working-paper series) / "Number of pages: 38 Posted: 06 Jan 2025" / authors ("A, B and C") /
    affiliations ("University - Faculty of Law and …") / downloads, citations, buttons and keywords."""
    tokens = labelled.tokens
    lines = _lines(labelled)
    posted = next(
        (n for n, (a, b) in enumerate(lines) if "Posted:" in [t.text for t in tokens[a:b]] and n > 0), None
    )
    if posted is None or posted + 1 >= len(lines):
        return
    first, _ = lines[0]
    title_end = lines[1][0]
    labels[first:title_end] = ["title"] * (title_end - first)
    if posted >= 2:  # the venue line
        a, b = lines[1][0], lines[posted][0]
        for k in range(a, b):
            word = tokens[k].text.lower().rstrip(",.")
            labels[k] = (
                "status"
                if status_in(word)
                else labels[k]
                if labels[k] in _NUMBERS_AFTER_VENUE
                else "container"
            )
    a, b = lines[posted]
    year = next((k for k in range(a, b) if _BARE_YEAR.fullmatch(tokens[k].text)), None)
    labels[a:b] = ["other"] * (b - a)
    if year is not None and "date" not in labels[:a]:
        labels[year] = "date"
    a, b = lines[posted + 1]
    labels[a:b] = ["author"] * (b - a)
    for a, b in lines[posted + 2 :]:
        labels[a:b] = ["other"] * (b - a)  # affiliations, downloads, buttons, keywords


def _search_result_lines(labelled: Labelled, labels: list[str]) -> None:
    """A PubMed result copied as text: "1" / "Cite" / "Share" / title / authors / "Journal. 2024
    Nov;106(5):912-925. doi: …" / "PMID: …" / a snippet: each line is the field its place says."""
    tokens = labelled.tokens
    if not any(t.text in _RESULT_BUTTONS for t in tokens[:12]):
        return  # a CV's citation that prints its PMID: read as printed
    chrome: list[tuple[int, int]] = []  # the result's number and its buttons
    lines: list[tuple[int, int]] = []  # the lines of its fields
    for a, b in _lines(labelled):
        is_chrome = b - a == 1 and (tokens[a].text.isdigit() or tokens[a].text in _RESULT_BUTTONS)
        (chrome if is_chrome else lines).append((a, b))
    pmid = next((n for n, (a, _) in enumerate(lines) if tokens[a].text == "PMID:"), None)
    if pmid is None or pmid < 3:
        return
    for a, _ in chrome:
        labels[a] = "other"
    (t0, t1), (a0, a1), (c0, c1) = lines[pmid - 3], lines[pmid - 2], lines[pmid - 1]
    labels[t0:t1] = ["title"] * (t1 - t0)
    labels[a0:a1] = ["author"] * (a1 - a0)
    year = next((k for k in range(c0, c1) if _YEAR_TOKEN.match(tokens[k].text)), None)
    for k in range(c0, c1 if year is None else year):
        labels[k] = "container"
    if year is not None:
        labels[year] = "date"
    for a, b in lines[pmid:]:
        labels[a:b] = ["other"] * (b - a)  # the PMID line and the abstract's snippet


_RESULT_BUTTONS = frozenset({"Cite", "Share", "Save", "Email"})


def _given_name_opens_the_names_line(labelled: Labelled, labels: list[str]) -> None:
    """ "Reward-Free Exploration with Causal Priors / Hye-jin Park, Sofía Martínez-Ibarra": a name word
    alone on the line of authors, after a title on the lines above, opens that line's names."""
    tokens = labelled.tokens
    lines = _lines(labelled)
    for (above, _), (start, _end) in pairwise(lines):
        k = start - 1  # "… with Causal Priors" read as names: the title's line ends the title
        while k > above and labels[k] == "author":
            k -= 1
        tail = range(k + 1, start)
        # ("… tseltal. <u>Guadalupe | Ramírez Soto</u>": a highlighted name a source line wraps stays one)
        wrapped = tokens[start - 1].styles & tokens[start].styles & _HIGHLIGHTS
        if (
            labels[k] == "title"
            and not (wrapped and not tokens[k].styles & wrapped)
            and 0 < len(tail) <= 3
            and labels[start] in _NAMES_LINE_OPENS
            and not tokens[start - 1].text.endswith((",", ";"))
            and _NAME_WORD.fullmatch(tokens[start].text)
            and tokens[start].text[:1].isupper()
        ):
            for i in tail:
                labels[i] = "title"
    for start, end in lines:
        if (
            0 < start < end - 1
            and labels[start] == "title"
            and labels[start - 1] == "title"
            and labels[start + 1] == "author"
            and tokens[start + 1].text.endswith(",")
            and _NAME_WORD.fullmatch(tokens[start].text)
            and tokens[start].text[:1].isupper()
        ):
            labels[start] = "author"


_NAMES_LINE_OPENS = frozenset({"author", "title"})


def _affiliated_names_line(labelled: Labelled, labels: list[str]) -> None:
    """INSPIRE's "Title / Chiara Bellandi (INFN, Pisa), Priya Venkataraman (Oxford U.) / Published in: …":
    a line under the title that holds only names, each with its affiliation in brackets, is the authors'
    line, whatever the labeller read it as."""
    tokens, text = labelled.tokens, labelled.block.text
    for start, end in _lines(labelled)[1:]:
        if labels[start - 1] != "title" or all(name == "author" for name in labels[start:end]):
            continue
        bare, affiliations = _AFFILIATION.subn("", text[tokens[start].start : tokens[end - 1].end])
        names = [name.split() for name in bare.rstrip(" .").split(",")]
        if affiliations and len(names) <= affiliations + 1 and all(map(_is_printed_name, names)):
            labels[start:end] = ["author"] * (end - start)


def _is_printed_name(words: list[str]) -> bool:
    """Whether words are one person's name as lists print it: one to five name words, the last capitalised."""
    return 0 < len(words) <= 5 and all(_NAME_WORD.fullmatch(w) for w in words) and words[-1][:1].isupper()


def _lines(labelled: Labelled) -> list[tuple[int, int]]:
    """The token ranges of an entry's source lines (soft-wrapped or broken)."""
    tokens, block = labelled.tokens, labelled.block
    where = [block.line_at(t.start) for t in tokens]
    starts = [k for k in range(len(tokens)) if k == 0 or tokens[k].break_before or where[k] != where[k - 1]]
    return list(zip(starts, [*starts[1:], len(tokens)], strict=True))


_REVIEW_VERDICTS = frozenset({"submitted", "to", "accepted", "by", "under", "review", "for", "rejected"})
_PRESENTATION_KINDS = frozenset({"poster", "spotlight", "oral", "talk"})


_KEYWORD_KEYS = frozenset(
    {"palabras:", "sectores:", "áreas:", "areas:", "keywords:", "palavras-chave:", "mots-clés:"}
)
_RECORD_STATE_KEYS = frozenset({"status:", "refereed:", "scope:", "peer-reviewed:", "reviewed:"})
_THESIS_ROLE_KEYS = frozenset(
    {"advisor:", "advisors:", "adviser:", "supervisor:", "supervisors:", "committee:"}
)
_SERIAL_NUMBER_KEYS = frozenset({"issn:", "isbn:", "e-issn:", "eissn:", "issn-l:"})
_VENUE_LIKE = frozenset({"container", "other", "note", "location", "publisher"})


def _edited_with(tokens: Sequence[Token], labels: list[str]) -> None:
    """A humanities CV's "(ed. with X and Y) *Book*": the owner's co-editors, printed as "(with X)"
    prints co-authors (the reader puts the owner first)."""
    opening = next(
        (
            k
            for k, t in enumerate(tokens[:-2])
            if (k == 0 or t.text.startswith("(")) and t.text.lstrip("(").lower() in _EDITED_BY_OWNER
        ),
        None,
    )  # also after the title: "Festschrift für X (hrsg. zusammen mit Y), München 2023"
    if opening is None:
        return
    first = opening + 1 + (tokens[opening + 1].text.lower() in ("zusammen", "gemeinsam"))
    if first >= len(tokens) or tokens[first].text.lower() not in COAUTHOR_WORDS:
        return
    ends = (
        k for k in range(first, min(len(tokens), first + 15)) if tokens[k].text.rstrip(",.:").endswith(")")
    )
    close = next(ends, None)
    if close is not None:
        labels[opening] = "other"
        labels[opening + 1 : close + 1] = ["author"] * (close - opening)


_EDITED_BY_OWNER = frozenset({"ed.", "eds.", "ed", "edited", "hrsg.", "hg.", "dir.", "éd."})


def _ends_editors(tokens: Sequence[Token], start: int, k: int) -> bool:
    """Whether token `k` ends an editors' marker ("(eds.)", "Hrsg.", "(a cura di)") begun after `start`."""
    if _EDITORS.match(tokens[k].text.strip(":,;")):
        return True
    if not tokens[k].text.rstrip(":,;.").endswith(")"):
        return False
    return bool(_EDITED.search(" ".join(t.text for t in tokens[max(start, k - 4) : k + 1])))


_IN_WORDS = frozenset(
    {"In", "In:", "in", "in:", "Dans", "dans", "En", "En:", "Em", "Em:", "I:", "W:", "w:", "В:", "//"}
    | {"[w:]", "[W:]", "[in:]", "[In:]"}  # Polish "[w:] M. Kowalewski (red.), Book"
    | {"Teoksessa", "Teoksessa:", "Julkaisussa:", "U:", "У:", "Во:", "V:", "Iš:", "Dalam", "في:", "în", "în:"}
    | {"Trong", "Trong:", "İçinde:"}  # Vietnamese, Turkish
    | {"Στο:", "Στο", "בתוך:", "Katika", "Katika:", "Dalam:"}
)


#: "In:" and its kin before a book's editors ("U: Ж. Ковачевић (ур.)"), longest first.
_IN_BEFORE_EDITORS = re.compile(
    "^(?:" + "|".join(re.escape(word) for word in sorted(_IN_WORDS, key=len, reverse=True)) + r")\s+"
)
#: Chicago's "ed. Gerald Bonner", German "Hrsg. A. B.": a mark with its period opens the editors' names.
_EDITOR_MARK_BEFORE = re.compile(rf"(?i)^(?:{EDITOR_MARKS})\.\s+")


def _line_opens_the_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """A record a field a line ("Title\nLuiza Carvalho Mendes, Rafael …"): the first word of a line of
    names read as the end of the title above it is the first name's."""
    for k in range(1, len(tokens) - 1):
        if (
            tokens[k].break_before
            and labels[k] == "title"
            and labels[k - 1] == "title"
            and labels[k + 1] == "author"
            and not tokens[k + 1].break_before
            and _CAPITALISED_WORD.fullmatch(tokens[k].text)
        ):
            labels[k] = "author"


_CAPITALISED_WORD = re.compile(rf"[{CAPITAL}][^\W\d_]*(?:-[{CAPITAL}][^\W\d_]*)?")


def _given_name_before_a_styled_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Rojas Vial, Ignacia. *Tierra y territorio*. Santiago: …": the one plain word between the
    names' comma and an italic or quoted title, read as the title's first word, is the given name."""
    for k in range(1, len(tokens) - 1):
        if labels[k] != "title" or labels[k - 1] != "author":
            continue
        word, previous, following = tokens[k], tokens[k - 1], tokens[k + 1]
        if (
            previous.text.endswith(",")
            and _GIVEN_NAME.fullmatch(word.text)
            and not word.styles
            and not word.quoted
            and ("italic" in following.styles or following.quoted)
            and labels[k + 1] == "title"
        ):
            labels[k] = "author"
        return


_GIVEN_NAME = re.compile(rf"[{CAPITAL}][^\W\d_]+(?:-[{CAPITAL}][^\W\d_]+)?\.")


def _plain_run_after_an_italic_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """A physics list's "*Curie temperature enhancement … of (Ga,Mn)As*, J. Phys.: Condens. Matter 15,
    7865": plain words after an italic title and its comma, read as more title, are the journal."""
    k = 0
    while k < len(tokens):
        if labels[k] != "title" or "italic" not in tokens[k].styles:
            k += 1
            continue
        start = k
        while k < len(tokens) and labels[k] == "title" and "italic" in tokens[k].styles:
            k += 1
        end = k
        while end < len(tokens) and labels[end] == "title" and "italic" not in tokens[end].styles:
            end += 1
        if (
            end > k
            and k - start >= 2
            and tokens[k - 1].text.endswith((",", ".", ";"))
            and (end == len(tokens) or labels[end] in ("volume", "pages", "date"))
        ):
            labels[k:end] = ["container"] * (end - k)
        k = max(end, k + 1)


_TITLE_OR_VENUE = frozenset(("title", "container"))


def _italic_title_read_in_two(labelled: Labelled, labels: list[str]) -> None:
    """The first italic span, read as a title and then a venue, is the whole title when the venue is
    elsewhere: Italian humanities' "G. Rossi, *Il canto … di Orgosolo*, «Il Saggiatore musicale», XV"
    (the journal in guillemets right after its comma), or nowhere: a book's "*Derechos humanos en México.
    Balance de una década*, México, CIDE, 2018" (its second sentence is no journal)."""
    tokens = labelled.tokens
    span = next((s for s in labelled.block.spans if s.kind == "italic"), None)
    if span is None:
        return
    inside = [i for i, t in enumerate(tokens) if span.start <= t.start < span.end]
    names = [labels[i] for i in inside]
    if (
        len(inside) < 3
        or "container" not in names
        or "title" not in names
        or not set(names) <= _TITLE_OR_VENUE
    ):
        return
    outside = labels[: inside[0]] + labels[inside[-1] + 1 :]
    if names[0] == "container":  # "*Rechtsräume. Beiträge zum 22. Forum …*": an edited book's title read
        switch = names.index("title")  # as a venue, then a title: one title when nothing else is one
        if "container" not in names[switch:] and "title" not in outside and "container" not in outside:
            for i in inside:
                labels[i] = "title"
        return
    switch = names.index("container")
    if "title" in names[switch:] or "title" in labels[: inside[0]] or "title" in labels[inside[-1] + 1 :]:
        return
    after = inside[-1] + 1
    quoted_journal = (
        after < len(tokens)
        and labels[after] == "container"
        and tokens[after].text.startswith(("«", "“", '"'))
        and tokens[inside[-1]].text.endswith(",")
    )
    aside = after  # "*Title. Subtitle* (coord., con X),": a bracket after the italics, read as more venue
    if after < len(tokens) and labels[after] == "container" and tokens[after].text.startswith("("):
        while aside < len(tokens) and labels[aside] == "container" and ")" not in tokens[aside].text:
            aside += 1
        aside += 1
    second_sentence = (
        "container" not in labels[aside:]
        and switch >= 3
        and tokens[inside[switch - 1]].text.endswith((".", "?", "!"))
        and not any(tokens[i].text.endswith(".") for i in inside[switch:-1])  # no "J. Chem. Phys."
    )
    if quoted_journal or second_sentence:
        for i in inside:
            labels[i] = "title"
        if second_sentence:
            labels[after:aside] = ["note"] * (aside - after)


def _quoted_journal_after_a_plain_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """Polish and Italian humanities' "Title, „Bank i Kredyt” 2015, t. 46", "Titolo, «Rivista», XV": a
    quotation after the plain title's comma, read as the title's end, is the journal."""
    run = [i for i, name in enumerate(labels) if name == "title"]
    if len(run) < 5 or run[-1] - run[0] + 1 != len(run) or tokens[run[0]].quoted:
        return
    start = next((i for i in run if tokens[i].quoted), None)
    if (
        start is not None
        and start - run[0] >= 3
        and tokens[start - 1].text.endswith(",")
        and tokens[start].text.startswith(tuple(_QUOTE_CHARS))
        and all(tokens[i].quoted for i in range(start, run[-1] + 1))
        and (run[-1] + 1 == len(tokens) or labels[run[-1] + 1] in ("date", "volume", "pages"))
    ):
        labels[start : run[-1] + 1] = ["container"] * (run[-1] + 1 - start)


#: A volume in Roman numerals, with its issue after a slash: "XV", "XXVIII/1".
_ROMAN_VOLUME = re.compile(r"[IVXLC]{1,7}(?:/\d{1,3})?,?")


def _roman_volume_after_the_journal(tokens: Sequence[Token], labels: list[str]) -> None:
    """Humanities' "«Archivio di Etnografia», XV (2020), pp. 101-124": Roman numerals after the journal's
    comma, before the date, are its volume, not more of its name."""
    for k in range(1, len(tokens) - 1):
        if (
            labels[k] == labels[k - 1] == "container"
            and tokens[k - 1].text.endswith(",")
            and labels[k + 1] == "date"
            and _ROMAN_VOLUME.fullmatch(tokens[k].text)
        ):
            labels[k] = "volume"


def _gsa_journal(tokens: Sequence[Token], labels: list[str]) -> None:
    """GSA's and USGS's "Title: Economic Geology, v. 120, p. 455-482": the words between the title's
    colon and ", v." are the journal, however a line break between them was read."""
    mark = next(
        (k for k in range(2, len(tokens)) if tokens[k].text == "v." and tokens[k - 1].text.endswith(",")),
        None,
    )
    if mark is None:
        return
    colon = next(
        (k for k in range(mark - 1, max(mark - 12, 0), -1) if tokens[k - 1].text.endswith(":")), None
    )
    if (
        colon is None
        or labels[colon - 1] != "title"
        or labels[colon - 1 : mark] == ["title"] + ["container"] * (mark - colon)
    ):
        return
    if any(tokens[k].text.endswith(".") and len(tokens[k].text) > 6 for k in range(colon, mark - 1)):
        return  # a sentence ends between ("Title: subtitle. Journal, v. 10": ABNT, not GSA)
    if not tokens[colon].text[:1].isupper():
        return  # ("…: sentidos de pertencimento no RJTV. Contracampo, v. 38": a subtitle, not a journal)
    if all(labels[k] in ("title", "container", "note") for k in range(colon, mark)):
        labels[colon:mark] = ["container"] * (mark - colon)
        labels[mark] = "volume"


_CLOSING_QUOTES = frozenset("’'”\"»")


#: Words a title goes on with before an italic name: "… in *Euphorbia*", "… of *Hamlet*".
_TITLE_LINKS = frozenset(("in", "of", "for", "from", "on", "with", "and", "by", "to", "the", "a", "an"))


def _started_inside(starts: Sequence[int], start: int, end: int) -> range:
    """The indexes of the tokens (by their sorted `starts`) that start in `start..end`: a span's, found
    by bisection (a scan per span is quadratic on a page of ten thousand italic words)."""
    return range(bisect_left(starts, start), bisect_left(starts, end))


def _italic_run_after_a_plain_title(labelled: Labelled, labels: list[str]) -> None:
    """IOP's "… in spherical tokamaks *Plasma Phys. Control. Fusion* **66** 075004" and ISO 690's
    "Title. *Nucleic Acids Research*. Oxford: …": an italic run read as the end of a plain title, with
    numbers, a place in brackets, its editors or the imprint after it, is the venue (an italic species
    inside a title has more title after it)."""
    tokens = labelled.tokens
    starts = [t.start for t in tokens]
    for span in labelled.block.spans:
        if span.kind not in ("italic", "bold"):  # (jemdoc's and Markdown's bold venues too)
            continue
        inside = [
            i
            for i in _started_inside(starts, span.start, span.end)
            if tokens[i].end <= span.end or not tokens[i].text[-1].isalnum()
        ]
        if not inside or any(labels[i] != "title" for i in inside):
            continue
        if tokens[inside[-1]].text.rstrip(".,;:")[-1:] in _CLOSING_QUOTES:
            continue  # an italic name closing a quoted title is its own: "‘… after *Privacy International*’"
        before, after = inside[0] - 1, inside[-1] + 1
        if before >= 0 and after < len(tokens) and tokens[before].quoted and tokens[after].quoted:
            continue  # "“… in Pliny’s *Natural History* 12.63–65.”": inside the quoted title
        if before < 2 or labels[before - 2 : before + 1] != ["title"] * 3:
            continue  # (a plain title of a few words before it: one word read as the title is a name's)
        if any(span.kind in tokens[k].styles for k in range(before - 2, before + 1)):
            continue
        stopped = tokens[before].text.endswith((".", "?", "!"))  # "Title. *Journal*." (ISO 690)
        if tokens[before].text.endswith((":", ",", ";")):
            continue
        if tokens[before].text.lower() in _TITLE_LINKS:
            continue  # "… photosynthesis in *Euphorbia*.": a species the title names, no journal
        if stopped and not tokens[after - 1].text.endswith("." if span.kind == "italic" else (".", ",")):
            continue
        if after < len(tokens) and not (
            tokens[after].text[:1] in "(0123456789"
            or tokens[after].text in ("ed", "eds")
            or labels[after] in ("location", "publisher", "volume", "pages", "date")
            or (stopped and labels[after] in ("status", "container"))  # "Title. *Journal*, in stampa.",
            # ABNT's "Title. **Журнал Новой экономической ассоциации**, Москва, № 3": its town
        ):
            continue
        if span.kind == "bold" and not stopped:
            continue  # (a bold venue only after the title's full stop)
        for i in inside:
            labels[i] = "container"


def _styled_venue_cut_by_the_title(labelled: Labelled, labels: list[str]) -> None:
    """ABNT's "… with 412 basins. **Journal of Hydrology: Regional Studies**, v. 48": a styled run after the
    title's full stop that ends as the venue is the venue from its first word (its colon is the name's)."""
    tokens = labelled.tokens
    starts = [t.start for t in tokens]
    for span in labelled.block.spans:
        if span.kind not in ("bold", "italic"):
            continue
        inside = list(_started_inside(starts, span.start, span.end))
        if (
            len(inside) >= 2
            and inside[0] > 0
            and labels[inside[-1]] == "container"
            and labels[inside[0]] == "title"
            and labels[inside[0] - 1] == "title"
            and ends_sentence(tokens[inside[0] - 1].text)
            and all(labels[i] in ("title", "container") for i in inside)
        ):
            for i in inside:
                labels[i] = "container"
        elif (  # ACS's "Title. *Sierra Summer REU Technical Report* 2018-04; Publisher": a report's series
            len(inside) >= 2
            and inside[0] > 0
            and inside[-1] + 1 < len(tokens)  # (a styled run that ends the entry has no number after it)
            and ends_sentence(tokens[inside[0] - 1].text)
            and all(labels[i] == "title" for i in range(inside[0] - 1, inside[-1] + 2))
            and _REPORT_SERIES_WORD.fullmatch(tokens[inside[-1]].text)
            and _SERIES_NUMBER_TOKEN.fullmatch(tokens[inside[-1] + 1].text)
        ):
            labels[inside[0] : inside[-1] + 1] = ["container"] * len(inside)
            labels[inside[-1] + 1] = "volume"


def _italic_venue_whole(labelled: Labelled, labels: list[str]) -> None:
    """An italic run that is mostly venue is the venue: "'Title', *Reports on Progress in Physics*"
    with "Reports on" read as the title's end; one that opens as the venue goes on as it to its end."""
    tokens = labelled.tokens
    starts = [t.start for t in tokens]
    first_title = labels.index("title") if "title" in labels else -1  # (looked up again when it moves)
    for span in labelled.block.spans:
        if span.kind != "italic":
            continue
        if first_title >= 0 and labels[first_title] != "title":
            first_title = labels.index("title") if "title" in labels else -1
        started = list(_started_inside(starts, span.start, span.end))  # "*Nutrients*,"
        # "/ICML 2023 Workshop on … Feedback/.": a word the span closes inside, its stop outside, is in it
        inside = [i for i in started if tokens[i].end <= span.end or not tokens[i].text[-1].isalnum()]
        if started and _italic_venue_after_names(tokens, labels, started, first_title):
            continue
        if len(inside) < 2 or any(tokens[i].quoted for i in inside):
            continue
        names = [labels[i] for i in inside]
        after = inside[-1] + 1
        if (  # "Names, *Zwei Begriffe der Verbindlichkeit* (eingereicht; …)": a title, its status after it
            {"title", "container"} <= set(names)
            and first_title >= inside[0]
            and after < len(tokens)
            and tokens[after].text.startswith("(")
            and status_in(" ".join(t.text for t in tokens[after : after + 3])) is not None
        ):
            for i in inside:
                labels[i] = "title"
            continue
        if names[0] == "container" and "title" in names and 0 <= first_title < inside[0]:
            names = ["container"] * len(names)  # "“Title.” In *Proceedings of the X 2024*": one venue
            for i in inside:
                labels[i] = "container"
        if names[0] == "container" and set(names) <= {"container", "note", "other"}:
            for i in inside:  # "*Proceedings of the … Association for Computational Linguistics (ACL 2025)*"
                labels[i] = "container"  # with its end read as a note: the italic run is the venue
        if "title" in names and 2 * names.count("container") >= len(names) and names[-1] == "container":
            for i in inside:
                if labels[i] == "title":
                    labels[i] = "container"
        elif (  # "*A Machine-Learning Emulator for Sea Surface Height in the Kuroshio Region* (arXiv Preprint
            # No. …)": an italic title whose end was read as the venue that goes on past it is all title
            names[0] == "title"
            and names[-1] == "container"
            and inside[-1] + 1 < len(tokens)
            and labels[inside[-1] + 1] == "container"
            and "italic" not in tokens[inside[-1] + 1].styles
            and not tokens[inside[-1]].text.endswith((".", ",", ";", ":"))
            and set(names) == {"title", "container"}
        ):
            for i in inside:
                labels[i] = "title"
        # "… داده‌های GRACE. *Journal*": plain words between the title and an italic venue that opens
        # the container are the title's end (a Latin word ends a title in another script)
        first = inside[0] if inside else None
        if first is not None and labels[first] == "container":
            k = first
            while k > 0 and labels[k - 1] == "container" and "italic" not in tokens[k - 1].styles:
                k -= 1
            moved = [tokens[i].text for i in range(k, first)]
            if (
                0 < k < first
                and first - k <= 2
                and labels[k - 1] == "title"
                and not tokens[k - 1].text.endswith((".", "?", "!", ",", ":"))
                and moved[-1].endswith(".")
                and not _IN_WORDS.intersection(moved)
            ):
                for i in range(k, first):
                    labels[i] = "title"


def _italic_venue_after_names(
    tokens: Sequence[Token], labels: list[str], italic: list[int], first_title: int
) -> bool:
    """ "**Title**<br>Kaur H, Lindqvist R. *Public Health Nutrition*" and "with X · under review at the
    *Journal*, 2025": an italic run read as one more author, after the names' full stop or a separator
    (a status between them), is the venue; a lower-case word right after it ("preprint") is a note."""
    read_as = {labels[i] for i in italic}
    if labels[italic[0]] != "author" or not read_as <= _VENUE_READ_AS or not 0 <= first_title < italic[0]:
        return False
    before = italic[0] - 1
    while before > 0 and labels[before] in ("author", "status") and tokens[before].text[:1].islower():
        before -= 1  # "under review at the"
    boundary = tokens[before].text if before > 0 else ""
    separated = boundary in _FIELD_SEPARATORS and labels[before] in ("author", "other")
    stop = boundary.rstrip(MARKER_CHARS).endswith(".")  # "Oliveira-Schmid, M.* *J. Am. Chem. Soc.*"
    if not (separated or (stop and labels[before] == "author")):
        return False
    between = range(before + 1, italic[0])
    if between and not status_in(" ".join(tokens[i].text for i in between)):
        return False
    for i in between:
        labels[i] = "status"
    for i in italic:
        labels[i] = "container"
    if separated:
        labels[before] = "other"
    after = italic[-1] + 1
    while after < len(tokens) and labels[after] == "author" and tokens[after].text[:1].islower():
        labels[after] = "note"
        after += 1
    return True


_FIELD_SEPARATORS = frozenset({"·", "|", "—", "•"})
#: The labels an italic venue's words may have been given, in "Kaur H. *Journal*".
_VENUE_READ_AS = frozenset({"author", "container", "title"})


def _coauthors_under_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "**Title**<br>with X and Y · *Journal*": the line under a bold or linked title that opens with
    "with" names the co-authors, up to a separator or a full stop (the labeller may join it to the title)."""
    k = 0
    while k < len(tokens) and labels[k] == "title" and {"bold", "link"} & tokens[k].styles:
        k += 1
    if k < 3 or k >= len(tokens) or not tokens[k].break_before or labels[k] != "title":
        return
    if tokens[k].text.lower() not in COAUTHOR_WORDS:
        return
    while k < len(tokens) and labels[k] in ("title", "author") and tokens[k].text not in _FIELD_SEPARATORS:
        labels[k] = "author"
        k += 1
        if tokens[k - 1].text.endswith("."):
            return
    if k < len(tokens) and tokens[k].text in _FIELD_SEPARATORS:
        labels[k] = "other"


def _coauthors_in_parentheses(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "**Title** (with Lena Hoffmann-Ruiz), *Journal*", "… VoxEU column, 2025 (with Aylin Çelik)": a
    parenthesis after the title that opens with "with" and holds only names names the co-authors,
    whatever the labeller read it as ("(with applications to graphs)" is part of a title); so does a
    sentence "Title. With A. B. Cruz and P. Nakashima. *J.*". A math CV's "(joint with A. Brandt-Sousa
    and J. Lindqvist) *Title*" opening the entry names them too."""
    opener = _coauthor_note_at(tokens, 0)
    if len(tokens) > 3 and opener is not None and opener[0] > 1:  # "(joint with X) Title", opening the entry
        close = _coauthor_note_end(tokens, 0, opener)
        if close is not None:
            labels[: close + 1] = ["author"] * (close + 1)
        return
    for i in range(1, len(tokens)):
        opener = _coauthor_note_at(tokens, i)
        if opener is None or labels[i] == "author":
            continue
        if "title" not in labels[:i]:
            return
        close = _coauthor_note_end(tokens, i, opener)
        if close is not None and all(
            NAME_TOKEN.match(t.text.rstrip(")].,;:")) or t.text.rstrip(")].,;:") in _JOINERS
            for t in tokens[i + opener[0] : close + 1]
        ):
            labels[i : close + 1] = ["author"] * (close + 1 - i)
        return


def _badge_then_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """A README's "**ICLR 2024** (Oral, top 1.2%) — [Title](url)" over the names: the bold badge (a venue
    and its year) is the venue, a bracket after it a note, and the words after the dash, to the line's
    end, the title."""
    if not tokens or "bold" not in tokens[0].styles:
        return
    k = 1
    while k < len(tokens) and "bold" in tokens[k].styles and not tokens[k].break_before:
        k += 1
    badge = range(k)
    first = tokens[0].text.strip("*[(")
    second = tokens[1].text if len(tokens) > 1 else ""
    # an acronym and its year open the badge ("SIGMOD 2024", "ICLR'24"): no title starts so
    if sum(c.isupper() for c in first) < 2 or not (
        _YEARISH_BADGE.search(first) or (k > 1 and _YEARISH_BADGE.match(second))
    ):
        return
    note = k
    if k < len(tokens) and tokens[k].text.startswith("("):
        while k < len(tokens) and not tokens[k - 1].text.endswith(")") and not tokens[k].break_before:
            k += 1
    if k < len(tokens) and tokens[k].break_before and k == note and k <= 8:
        # "**SIGMOD 2024 · Industry track**" on a line of its own over the names: the venue's badge (a
        # note when the entry prints its venue below)
        later = "container" in labels[k:]
        labels[:k] = ["note" if later else "container"] * k
        return
    if k >= len(tokens) - 1 or tokens[k].text not in ("—", "–") or tokens[k + 1].break_before:
        return
    end = k + 1  # (to the names, if the line goes on to them: "— *Title.* Femke Hoogland en Roos Smits.")
    while end < len(tokens) and not tokens[end].break_before and labels[end] != "author":
        end += 1
    for i in badge:
        labels[i] = "container"
    labels[note:k] = ["note"] * (k - note)
    labels[k] = "other"
    labels[k + 1 : end] = ["title"] * (end - k - 1)


_YEARISH_BADGE = re.compile(r"(?:19|20)\d{2}|['’]\d{2}\b")


def _collaboration_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """A collaboration printed with the names, whatever the labeller read it as: in brackets right after
    them ("G. Aad et al. (ATLAS Collaboration), Title", "K. Abe et al. [Super-Kamiokande Collaboration]"),
    or opening the entry before a quoted title ("The LIGO Scientific Collaboration and the Virgo
    Collaboration, “Title”")."""
    for i, token in enumerate(tokens):
        if i and token.text[:1] in "([" and labels[i - 1] == "author" and labels[i] not in ("author", "note"):
            closer = ")" if token.text[0] == "(" else "]"
            close = next((j for j in range(i, min(i + 12, len(tokens))) if closer in tokens[j].text), None)
            if close is not None and any(
                _GROUP_WORD.search(t.text.strip("([")) for t in tokens[i : close + 1]
            ):
                labels[i : close + 1] = ["author"] * (close + 1 - i)
            return
    end = next((j for j in range(min(12, len(tokens))) if tokens[j].text.endswith((",", ":"))), None)
    if (
        end is not None
        and end + 1 < len(tokens)
        and tokens[end + 1].quoted
        and _GROUP_WORD.search(tokens[end].text.rstrip(",:"))
        and "author" not in labels[: end + 1]
    ):
        labels[: end + 1] = ["author"] * (end + 1)


_GROUP_IN_TEXT = re.compile(rf"(?i)\b(?:{_GROUP_WORDS})\b")


def _author_count(tokens: Sequence[Token], labels: list[str], text: str) -> None:
    """ "D. Teyssier (2,316 authors), “Title”": how many authors a collaboration's paper has, printed after
    the names, belongs to them (the names drop it), whatever the labeller read it and the name before as."""
    for count in _NAME_COUNT.finditer(text):
        inside = [k for k, t in enumerate(tokens) if t.start < count.end() and t.end > count.start()]
        back = next(
            (k for k in range(inside[0] - 1, max(inside[0] - 4, -1), -1) if labels[k] == "author"), None
        )
        if back is not None:
            labels[back : inside[-1] + 1] = ["author"] * (inside[-1] + 1 - back)


#: "(2,316 authors)", "(484 authors, incl. A. Lee)", "and 1,203 others": a count of names, no name.
_NAME_COUNT = re.compile(
    r"[(\[]\s?\d[\d,.]*\s(?:co-?)?(?:authors?|others)\b[^()\[\]]{0,80}[)\]]|\band\s\d[\d,.]*\s(?:others|more)\b",
    re.IGNORECASE,
)


def _names_before_a_styled_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """Bluebook's "Elif Karaosmanoğlu ve Can Yıldırım, *Özerklik Kavramının …*, 21 Kaygı 512 (2022)": the
    names up to the comma before a styled (or linked) title are all authors, the styled run the title,
    however the labeller parted them."""
    start = next((k for k, t in enumerate(tokens[:16]) if t.styles & _ITALIC_OR_LINK), None)
    if start is None or start < 2 or not tokens[start - 1].text.endswith(","):
        return
    end = start  # (one run of one style: not an italic name and the linked title after it)
    style = tokens[start].styles & _ITALIC_OR_LINK
    while end < len(tokens) and tokens[end].styles & _ITALIC_OR_LINK == style:
        end += 1
    if end - start < 2 or labels[0] != "author" or set(labels[:end]) - {"author", "title"}:
        return
    if not any(_has_digit(t.text) for t in tokens[end:]):
        return  # (no venue's numbers or year after it: "Adjunct Research Fellow, [Department of …]")
    if labels[start:end].count("title") * 2 < end - start or labels[:start].count("title") > 6:
        return  # (the styled run the venue, or more than a name or two read into the title)
    if not all(NAME_TOKEN.match(t.text) or t.text in _NAME_JOINERS for t in tokens[:start]):
        return
    labels[:start] = ["author"] * start
    labels[start:end] = ["title"] * (end - start)


_ITALIC_OR_LINK = frozenset({"italic", "link"})  # (not bold: the owner's name is bold among the names)


def _initialled_names_after_a_styled_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "*Title*, T. Jabłoński, K. Wróblewska, A. Dąbrowska-Lis, Corrosion Science 218 (2023)": after a
    styled title and its comma, two or more names of initials and a family name, each closed by a comma,
    read as the venue, are the authors (no author read elsewhere)."""
    start = next((k for k, t in enumerate(tokens) if labels[k] != "title"), len(tokens))
    if start == 0 or start >= len(tokens) or not tokens[start - 1].text.endswith(","):
        return
    if not (tokens[start - 1].styles & TITLE_STYLES or tokens[start - 1].quoted):
        return
    k, names = start, 0
    while (end := _initialled_name(tokens, k)) is not None and tokens[end - 1].text.endswith(","):
        k, names = end, names + 1
    if names >= 2:
        labels[start:k] = ["author"] * (k - start)


def _editors_after_the_title(tokens: Sequence[Token], labels: list[str], text: str) -> None:
    """An edited volume that names its editors after its title and no author ("*Pellegrini e reliquie*,
    a cura di G. Benedetti e M. Ferreri, Roma, Carocci, 2020"; "Title, edited by A. Lee and B. Roe"): its
    editors are the volume's authors."""
    phrase = _EDITORS_NAMED.search(text)
    if phrase is None:
        return
    i = next((k for k, t in enumerate(tokens) if t.start >= phrase.start()), len(tokens))
    width = next((k for k, t in enumerate(tokens) if t.start >= phrase.end()), len(tokens)) - i
    if "title" not in labels[:i]:
        return
    if "container" in labels[:i]:  # MLA's "Alves, M., e E. Sampaio. “Chapter.” *Book*, organizado por H.
        k = i + width  # Watanabe e D. Queiroz, …": the book's editors, after the chapter's own names
        while k < len(tokens) and labels[k] == "author":
            k += 1
        if labels[:1] == ["author"] and k > i + width:
            labels[i : i + width] = ["other"] * width
            labels[i + width : k] = ["editor"] * (k - i - width)
        return
    if "author" in labels:
        return
    words = [t.text.lower().rstrip(",:") for t in tokens]
    if any(w in _IN_WORDS or w == "review" or _in_before_a_book(tokens, k) for k, w in enumerate(words[:i])):
        return  # "‘Chapter’, in *Book*, ed. by X": the book's editors; "Review of *Book*, edited by X"
    k = i + width
    while k < len(tokens) and (NAME_TOKEN.match(tokens[k].text) or words[k] in _JOINERS):
        k += 1
        if tokens[k - 1].text.endswith(",") and k < len(tokens) and not _INITIAL_TOKEN.match(tokens[k].text):
            break  # "…, M. Ferreri, Roma, Carocci": the names end before the town
    if k > i + width:
        labels[i : i + width] = ["other"] * width
        labels[i + width : k] = ["author"] * (k - i - width)


_EDITORS_NAMED = re.compile(rf"(?i)(?<!\w){EDITED_BY}(?!\w)")


def _coauthor_lines(tokens: Sequence[Token], labels: list[str]) -> None:
    """A line under the title that names the owner's co-authors ("Coauthors: Jonas Eriksen, Yuki Tanabe")
    is theirs, whatever the labeller read it as; a line saying the owner wrote it alone ("Single-authored,
    job market paper") is a note, never words of the title."""
    for i, token in enumerate(tokens):
        if not token.break_before:
            continue
        sole = SOLE_AUTHOR.fullmatch(token.text.rstrip(".,;")) is not None
        if not sole and not _COAUTHORS_KEY.fullmatch(token.text):
            continue
        k = i + 1
        while k < len(tokens) and not tokens[k].break_before:
            k += 1
        for j in range(i, k):  # (a sole author's line keeps its date and status: ", job market paper, 2017")
            if not sole or labels[j] in ("title", "author", "container"):
                labels[j] = "note" if sole else "author"


_COAUTHORS_KEY = re.compile(r"(?i)co-?authors?:")


def _coauthor_note_at(tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
    """Whether a co-author note opens at token `i` ("(with", "[with", "(joint with", "(joint work with",
    or a sentence "With" after the title's period): how many tokens open it and what closes it (")",
    "]", or "." for the sentence); else None."""
    text = tokens[i].text
    if text == "With" and i and ends_sentence(tokens[i - 1].text):
        return 1, "."
    if text[:1] not in "([":
        return None
    opener = _NOTE_OPENER.match(" ".join(t.text for t in tokens[i : i + 4]))
    if opener is None:
        return None
    return opener.group(0).count(" "), ")" if text[0] == "(" else "]"  # (a token a word of the opener)


# ("(ed., with X)", "(guest ed., with X)": the owner edited the volume with X)
_NOTE_OPENER = re.compile(rf"[(\[](?:{EDITOR_ROLE}\s)?{COAUTHOR_NOTE} ", re.IGNORECASE)


def _coauthor_note_end(
    tokens: Sequence[Token], i: int, opener: tuple[int, str], reach: int = 15
) -> int | None:
    """The token that closes the co-author note opening at `i` (within `reach` tokens), or None."""
    width, closer = opener
    for j in range(i + width, min(i + width + reach, len(tokens))):
        if (closer in tokens[j].text) if closer != "." else ends_sentence(tokens[j].text):
            return j
    return None


def _coauthor_note_closes(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "“Title” (with Arjun Mehta), *Econometrica*, forthcoming": a bracketed co-author note ends at its
    bracket; the author run going on after it is the venue, as is a second title run after a title (on
    the note's line, or on the next line when the note has a line of its own: "(with X)<br>Mimeo, 2006")."""
    for i in range(len(tokens)):
        opener = _coauthor_note_at(tokens, i) if labels[i] == "author" else None
        if opener is None:
            continue
        close = _coauthor_note_end(tokens, i, opener, reach=30)
        if close is None:
            return
        runs_on = ("author", "status", "title") if "title" in labels[:i] else ("author", "status")
        k = close + 1
        own_line = tokens[i].break_before and k < len(tokens) and tokens[k].break_before
        while k < len(tokens) and labels[k] in runs_on and (not tokens[k].break_before or own_line):
            own_line = False
            if labels[k] != "status":  # (the status between: "(with X), Revise and Resubmit, Journal")
                labels[k] = "container"
            k += 1
        return


def _italic_after_a_quoted_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """MLA's "“Title.” *PMLA*, forthcoming.": in an entry with no venue, the italic words right after
    the quoted title are its venue, whatever the labeller read them as."""
    if "container" in labels:
        return
    for i in range(1, len(tokens)):
        after_title = labels[i - 1] == "title" and tokens[i - 1].quoted and not tokens[i].quoted
        label = tokens[i].text.endswith(":")  # "“Title” \\ *Abstract:* …": a label, no venue
        if (
            after_title
            and "italic" in tokens[i].styles
            and labels[i] in ("note", "other", "title")
            and not label
        ):
            j = i
            while j < len(tokens) and j - i < 12 and "italic" in tokens[j].styles:
                labels[j] = "container"
                j += 1
            return


def _described_in_brackets(tokens: Sequence[Token], run: Sequence[int]) -> bool:
    """Whether the words `run` opens with APA's description of a work in square brackets ("[Manuscrito
    enviado para publicación]"), not a thesis's ("[Doctoral dissertation, University]", read as such)."""
    if not run or not tokens[run[0]].text.startswith("["):
        return False
    words = []
    for i in run:
        words.append(tokens[i].text)
        if "]" in tokens[i].text:
            return not _THESIS_WORD.search(" ".join(words))
    return False


def _styled_title_ends(tokens: Sequence[Token], labels: list[str]) -> None:
    """A title printed in italics or as a link ends where they end, at a sentence end:
    "*Diminution im Alemannischen*. Berlin: De Gruyter 2019.", "[Title](url). /NeurIPS 2024/. Spotlight."
    — what the labeller added after it is the venue, up to its full stop; the rest, or a book's imprint
    ("Place: Publisher"), or anything when the entry names a venue already, is a note. A plain title
    the labeller ran into the italics after its full stop ends there: they are the venue."""
    run = [i for i, name in enumerate(labels) if name == "title"]
    if len(run) < 5 or run[-1] - run[0] + 1 != len(run):
        return
    for style in ("italic", "link"):
        # (names the labeller read into the title, up to their colon, come before the styled title:
        # "Baumann-Frey, Regula: *Klang und Konfession* (Series), Bern: Lang 2014")
        opens = next((k for k, i in enumerate(run) if style in tokens[i].styles), 0)
        start = opens if opens and tokens[run[opens - 1]].text.endswith(":") else 0
        end = start
        while end < len(run) and style in tokens[run[end]].styles:
            end += 1
        styled = end - start  # how many of the title's words are styled, from its start
        tail = run[end:]
        ends = (
            styled >= 3
            and len(tail) >= 2
            and (
                tokens[run[end - 1]].text.endswith((".", ":"))
                or style == "link"
                or tokens[tail[0]].text.startswith("(")  # "*Title* (Series II/58), Bern: Lang 2014"
                or _described_in_brackets(tokens, tail)  # APA's "*Title* [Manuscript submitted …]. Place"
            )
        )  # (at a sentence's end; a link, where it ends: jemdoc's "[url Title] Series N° 1187, 2023")
        if styled >= 3 and len(tail) >= 2 and tokens[tail[0]].text in _IN_WORDS:  # "*Title*, in: Book"
            labels[tail[0]] = "other"
            for i in tail[1:]:
                labels[i] = "container"
            return
        if not ends or any(style in tokens[i].styles for i in tail[:1]):
            continue
        if (  # "*Book*. 2. utg. Bergen : Fagbokforlaget": the edition first, a note
            _EDITION.fullmatch(tokens[tail[0]].text)
            and _EDITION_WORD.fullmatch(tokens[tail[1]].text)
            and not tokens[tail[1]].text[:1].isdigit()
        ):
            labels[tail[0]] = labels[tail[1]] = "note"
            tail = tail[2:]
        imprint = any(tokens[i].text.endswith(":") for i in tail[:-1]) or "container" in labels
        # (a series in brackets, APA's "[Manuscript submitted for publication]": a note)
        venue = not imprint and bool(tail) and not tokens[tail[0]].text.startswith(("(", "["))
        for i in tail:
            labels[i] = "container" if venue else "note"
            venue = venue and not tokens[i].text.endswith(".")
        return
    # APA's "Title. *Journal*" (ESA's "Title. *Ecosphere* 13:e4190."): a plain title run ends at its full
    # stop, where the italics begin; numbers after them are the volume's
    first = next((k for k, i in enumerate(run) if "italic" in tokens[i].styles), None)
    if first is None:
        return
    italics = first
    while italics < len(run) and "italic" in tokens[run[italics]].styles:
        italics += 1
    if (
        first >= 2
        and "container" not in labels
        and tokens[run[first - 1]].text.endswith((".", "?", "!"))
        and all(_VOLUME_LIKE.match(tokens[i].text) for i in run[italics:])
        and len(run) - italics <= 2
    ):
        for i in run[first:italics]:
            labels[i] = "container"
        for i in run[italics:]:
            labels[i] = "volume"


#: A volume, issue or pages as printed after a journal: "13:e4190.", "104(3):", "12,", "e0123456".
_VOLUME_LIKE = re.compile(r"[(\[]?e?\d[\w:()\[\]\-–.,]*$")


def _place_after_an_italic_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "*UIST 2024*, Pittsburgh, PA": plain words after an italic venue's comma that are all places (or a
    state's two capitals), or open the place the labeller found after them, are where it met, not its name;
    so are capitalised words after its full stop, up to a comma before the pages or the year ("*Proceedings
    of the Fourth Congress of Nurses*. Saint Petersburg, 112–114")."""
    for k in range(1, len(tokens) - 1):
        text = tokens[k].text
        if not (
            labels[k] == "container"
            and "italic" in tokens[k].styles
            and (text.endswith(",") or (text.endswith(".") and not _is_abbreviation(text)))
            and "italic" not in tokens[k + 1].styles
        ):
            continue
        end = k + 1
        while end < len(tokens) and labels[end] == "container" and "italic" not in tokens[end].styles:
            end += 1
        words = [tokens[j].text.strip(",.;()") for j in range(k + 1, end)]
        capitalised = all(w[:1].isupper() for w in words)
        if text.endswith("."):  # (the place's last words may be read as one already: "Saint | Petersburg,")
            stop = end
            while stop < len(tokens) and stop - end < 3 and labels[stop] == "location":
                stop += 1
            closed = 0 < len(words) <= 3 and stop < len(tokens) and tokens[stop - 1].text.endswith(",")
            if closed and capitalised and labels[stop] in ("pages", "date"):
                labels[k + 1 : stop] = ["location"] * (stop - k - 1)
            return
        places = all(_place_word(w) or _STATE_CODE.fullmatch(w) for w in words)
        # "*Proc. Asilomar Conf. Signals, Syst., Comput.*, Pacific Grove, CA": a town's first word before
        # the rest of the place
        town = len(words) <= 2 and end < len(tokens) and labels[end] == "location"
        if words and (places or (town and capitalised)):
            labels[k + 1 : end] = ["location"] * (end - k - 1)
        return


_STATE_CODE = re.compile(r"[A-Z]{2}")


def _imprint_after_an_italic_name(tokens: Sequence[Token], labels: list[str]) -> None:
    """French and Belgian "*Titre*, Bruxelles, Bruylant, 2008" and "in *Liber amicorum X*, Antwerpen,
    Intersentia, 2016": after an italic book's comma, a plain "Place, Publisher," before the year is its
    imprint (a town the references know, or a publisher's word), neither title nor venue."""
    k = 1
    while k < len(tokens):
        if not ("italic" in tokens[k - 1].styles and "italic" not in tokens[k].styles):
            k += 1
            continue
        end = k
        while end < len(tokens) and labels[end] in _IMPRINT_OR_NAME and "italic" not in tokens[end].styles:
            end += 1
        after = next((labels[j] for j in range(end, len(labels)) if labels[j] != "other"), None)
        if tokens[k - 1].text.endswith(",") and labels[k - 1] in _TITLE_OR_VENUE and after == "date":
            _imprint(tokens, labels, k, end)
        k = end + 1


def _imprint(tokens: Sequence[Token], labels: list[str], start: int, end: int) -> None:
    colon = next((j for j in range(start, min(start + 3, end)) if tokens[j].text.endswith(":")), None)
    if colon is not None and 0 < end - colon - 1 <= 4 and tokens[colon + 1].text[:1].isupper():
        labels[start : colon + 1] = ["location"] * (colon + 1 - start)  # "Münster: Waxmann 2018"
        labels[colon + 1 : end] = ["publisher"] * (end - colon - 1)
        return
    segments: list[list[int]] = [[]]
    for j in range(start, end):
        segments[-1].append(j)
        if tokens[j].text.endswith(","):
            segments.append([])
    if segments[-1] or not 2 <= len(segments) - 1 <= 3 or any(len(seg) > 4 for seg in segments[:-1]):
        return  # (a run that does not end with its comma, or of one part: a journal's name)
    place, *publisher = segments[:-1]
    if not all(tokens[j].text[:1].isupper() or tokens[j].text in _ARTICLES for j in place):
        return
    words = [tokens[j].text.strip(",") for seg in publisher for j in seg]
    known = any(map(is_publisher_word, words)) or (
        any(_place_word(tokens[j].text.strip(",")) for j in place) and not any(map(_place_word, words))
    )  # (not "*Proc. ICC*, Rome, Italy, May 2023": a meeting's town and country)
    if known:
        labels[place[0] : place[-1] + 1] = ["location"] * len(place)
        labels[publisher[0][0] : end] = ["publisher"] * (end - publisher[0][0])


def _bracketed_imprint_after_an_italic_book(tokens: Sequence[Token], labels: list[str]) -> None:
    """OSCOLA's "*Restitution and Remedial Discretion* (Hart Publishing 2024) (Hart Studies in Private
    Law)" and "in X (ed), *Handbook* (OUP forthcoming)": a book's publisher and year in brackets after its
    italic (or linked) title, then its series; the reviewed book's when the entry prints a year of its own
    later, "(OUP 2013) (2015) 78 MLR 560"; a working paper's numbered series, "*Title* (Bochumer
    Arbeitspapiere zur Rechtsphilosophie Nr. 7, 2020)"."""
    for i in range(1, len(tokens)):
        if not tokens[i - 1].styles & _ITALIC_OR_LINK or tokens[i].styles & _ITALIC_OR_LINK:
            continue
        if tokens[i].text[:1] != "(":
            continue
        close = next((j for j in range(i, min(i + 6, len(tokens))) if ")" in tokens[j].text), None)
        if close is None or not _BRACKETED_IMPRINT.fullmatch(" ".join(t.text for t in tokens[i : close + 1])):
            _long_imprint_in_brackets(tokens, labels, i)
            return
        later_year = any(_YEAR_IN_BRACKETS.fullmatch(tokens[j].text) for j in range(close + 1, len(tokens)))
        for j in range(i, close + 1):
            word = tokens[j].text.strip("().,;")
            labels[j] = (
                "note"
                if later_year
                else "date"
                if _YEAR_TOKEN.match(word)
                else "status"
                if word == "forthcoming"
                else "publisher"
            )
        after = close + 1  # "(Hart Studies in Private Law)": the series after it
        if after < len(tokens) and tokens[after].text.startswith("("):
            end = next((j for j in range(after, min(after + 10, len(tokens))) if ")" in tokens[j].text), None)
            if end is not None and not any(_has_digit(tokens[j].text) for j in range(after, end + 1)):
                labels[after : end + 1] = ["note"] * (end + 1 - after)
        return


#: A book's publisher and year (or "forthcoming") in brackets, OSCOLA's "(Hart Publishing 2024)", "(OUP
#: forthcoming)".
def _long_imprint_in_brackets(tokens: Sequence[Token], labels: list[str], i: int) -> None:
    """The bracket opening at `i` after a styled title, longer than `_BRACKETED_IMPRINT`'s, ending with its
    year: a numbered series ("(Bochumer Arbeitspapiere zur Rechtsphilosophie Nr. 7, 2020)": the venue and
    its volume) or a publisher of several words ("(Atmosphere & Ocean Res. Inst., Univ. of Tokyo 2022)")."""
    end = next((j for j in range(i, min(i + 12, len(tokens))) if ")" in tokens[j].text), None)
    if end is None or end == i or not _BARE_YEAR.fullmatch(tokens[end].text.strip("().;")):
        return
    if end + 1 < len(tokens) and _YEAR_IN_BRACKETS.fullmatch(tokens[end + 1].text):
        return  # (OSCOLA: the year after it is the entry's)
    words = [tokens[k].text.strip("(,") for k in range(i, end)]
    number = next((k for k, w in enumerate(words) if _SERIES_NUMBER_WORD.fullmatch(w)), None)
    named = words[:number] if number is not None else words
    if not named or not all(w[:1].isupper() or w in _SERIES_LINKS for w in named):
        return  # ("(2nd ed. 2020)", "(PhD thesis 2020)", "(forthcoming 2025)")
    if number is not None and not all(_has_digit(w) for w in words[number + 1 :]):
        return
    labels[i : i + len(named)] = ["container" if number is not None else "publisher"] * len(named)
    labels[i + len(named) : end] = ["volume"] * (end - i - len(named))
    labels[end] = "date"


_SERIES_NUMBER_WORD = re.compile(r"(?:Nr|No|Bd|Vol|Heft|n\.?º|no)\.?")
_SERIES_LINKS = _JOURNAL_LINKS | {"zur", "zum", "für", "on"}  # ("Bochumer Arbeitspapiere zur …")


_BRACKETED_IMPRINT = re.compile(
    rf"\((?-i:[A-Z])[\w&.'’-]*(?: [\w&.'’-]+){{0,4}} (?:{YEAR}|forthcoming)\)[.,;]?"
)
_YEAR_IN_BRACKETS = re.compile(rf"[(\[]{YEAR}[)\]][.,;]?")
_ARTICLES = frozenset({"The", "the", "die", "de", "la", "le", "les", "el"})
_IMPRINT_OR_NAME = frozenset(("title", "container", "location", "publisher"))


def _preprint_server(tokens: Sequence[Token], labels: list[str]) -> None:
    """NLM's "medRxiv [Preprint]. 2025 Oct 3": the words before a bracketed "Preprint", back to the full
    stop before them, name the server, the paper's venue."""
    mark = next((k for k in range(1, len(tokens)) if _PREPRINT_MARK.fullmatch(tokens[k].text)), None)
    if mark is None:
        return
    start = mark
    while (
        start > 0
        and not tokens[start - 1].text.endswith(".")
        and labels[start - 1] not in ("title", "author")
    ):
        start -= 1
    if start < mark and mark - start <= 4:
        labels[start:mark] = ["container"] * (mark - start)
        labels[mark] = "other"
        return
    # APA 7's "*Title* [Preprint]. medRxiv. https://doi.org/…", NLM's "Title [Preprint]. SSRN; 2024": the
    # server is the sentence after the mark
    end = mark + 1
    while end < len(tokens) and end - mark <= 3 and labels[end] in _SERVER_LABELS:
        end += 1
        if tokens[end - 1].text.endswith((".", ";")):
            break
    if (
        mark + 1 < end <= mark + 3
        and tokens[end - 1].text.endswith((".", ";"))
        and all(labels[k] != "container" for k in range(len(labels)) if not mark <= k < end)
        and not any(_URL.search(t.text) or "/" in t.text for t in tokens[mark + 1 : end])
    ):
        labels[mark + 1 : end] = ["container"] * (end - mark - 1)
        labels[mark] = "other"


_SERVER_LABELS = frozenset({"note", "other", "publisher", "container"})
_AWARD_MARK = re.compile(f"[{''.join(sorted(AWARD_MARKS))}]")
#: An editors' mark anywhere in an entry's text: the editors' rules look no further without one.
_EDITORS_IN_TEXT = re.compile(rf"(?i)(?<!\w)(?:{EDITOR_MARKS})(?!\w)")
_PREPRINT_MARK = re.compile(r"(?i)\[preprint\][.,;]?")


def _vancouver_journal(tokens: Sequence[Token], labels: list[str]) -> None:
    """Vancouver's "Title, 2012-2021. Health Aff (Millwood). 2022 Dec;41(12):1768-76.": before the year
    that opens "Dec;41(12):…" stands the journal (NLM's abbreviations carry no full stop but the last),
    back to the title's full stop; a date the labeller found in between is the title's."""
    glued = next((j for j in range(2, len(tokens)) if _VANCOUVER_NUMBERS.match(tokens[j].text)), None)
    if glued is None or "title" not in labels[:glued]:
        return
    year: int | None
    if _YEAR_GLUED_TO_NUMBERS.match(tokens[glued].text):  # "NOVA. 2015;13(24):": the year is the token's
        year = glued
    else:
        year = next(
            (y for y in (glued - 1, glued - 2) if y > 0 and _BARE_YEAR.fullmatch(tokens[y].text)), None
        )
    if year is None or any(labels[k] in ("author", "editor") for k in range(year, glued)):
        return
    if _NUMERIC_DATE.match(tokens[year - 1].text):
        return  # "Hematology. 2010/06/01 2010;3(3)": a date stands between the journal and its numbers
    start = year - 1
    while start > 0 and not tokens[start - 1].text.endswith("."):
        start -= 1
    if year - start > 8 or any(
        labels[k] in ("author", "editor") or tokens[k].quoted for k in range(start, year)
    ):
        return
    labels[start:year] = ["container"] * (year - start)
    labels[year:glued] = ["date"] * (glued - year)
    # ("2021;27 Suppl 1:S32": the volume's token ends at its number, the supplement's numbers after it)
    alone = _YEAR_AND_VOLUME.fullmatch(tokens[glued].text) is not None
    labels[glued] = "date" if year == glued and not alone else "volume"
    k = glued + 1  # (the list's template may have read the numbers after it as the title)
    while (
        k < len(tokens)
        and labels[k] in ("title", "container")
        and _SUPPLEMENT_NUMBERS.fullmatch(tokens[k].text)
    ):
        labels[k] = "volume"
        k += 1
    # "…Southwest, 2012-2021.", "… the Union Research Institute, 1952-1969.": the title's last words up
    # to the journal, read as a date or a publisher
    k = start - 1
    while k > 0 and labels[k] in ("date", "publisher", "location"):
        k -= 1
    if k < start - 1 and labels[k] == "title":
        labels[k + 1 : start] = ["title"] * (start - 1 - k)


_YEAR_GLUED_TO_NUMBERS = re.compile(
    rf"{YEAR};(?:\d{{1,5}}(?:[(:]|$)|\(\d)"
)  # "2015;13(24):", "2021;27 Suppl 1:S32"
_YEAR_AND_VOLUME = re.compile(rf"{YEAR};\d{{1,5}}")
#: The numbers of a supplement after Vancouver's volume: "Suppl 1:S32.", "Pt 2:e45".
_SUPPLEMENT_NUMBERS = re.compile(
    r"(?:Suppl|Pt|Spec)\.?|\d{1,4}[A-Z]?(?::[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?)?[.,;]?"
)
_NUMERIC_DATE = re.compile(rf"^{YEAR}[/-]\d{{1,2}}(?:[/-]\d{{1,2}})?[.,;]?$")  # "2010/06/01"
_VANCOUVER_NUMBERS = re.compile(  # ("2020;(46):9-30": an issue and no volume)
    rf"(?:[A-Z][a-z]{{2}}(?:-[A-Z][a-z]{{2}})?)?\d{{0,2}};(?:\d{{1,5}}(?:\(|:)|\(\d)|{_YEAR_GLUED_TO_NUMBERS.pattern}"
)


def _quote_inside_the_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """'In: Atti del XIX Convegno ANIDIS "L'ingegneria sismica in Italia", Pisa': a quotation that opens
    inside the venue's name is part of it, whatever the labeller made of its other words."""
    for k in range(1, len(tokens)):
        if tokens[k].quoted and not tokens[k - 1].quoted and labels[k - 1] == labels[k] == "container":
            j = k
            while j < len(tokens) and tokens[j].quoted:
                labels[j] = "container"
                j += 1
            return


def _abbreviated_venue_goes_on(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "IEEE Trans. Dielectr. Electr. Insul., 2025": a venue that ends in an abbreviation or a publisher's
    acronym, no comma after it, goes on over the abbreviations after it that the labeller read as a
    place, a publisher or editors (when no name follows them: "Ed. Jens Qvortrup" are editors)."""
    for k in range(1, len(tokens) - 1):
        if labels[k] != "container" or labels[k + 1] not in ("location", "publisher", "note", "editor"):
            continue
        word = tokens[k].text
        if not (_ABBREVIATED_WORD.fullmatch(word) or (len(word) > 1 and word.isalpha() and word.isupper())):
            return
        read_as, j = labels[k + 1], k + 1
        while (
            j < len(tokens)
            and labels[j] == read_as
            and _ABBREVIATED_WORD.fullmatch(tokens[j].text.rstrip(","))
        ):
            j += 1
            if tokens[j - 1].text.endswith(","):
                break
        if read_as == "editor" and j < len(tokens) and labels[j] == "editor":
            return  # "Culture. Ed. Jens Qvortrup.": an editors' mark and their names
        labels[k + 1 : j] = ["container"] * (j - k - 1)
        return


_ABBREVIATED_WORD = re.compile(r"[A-Z][a-z]{1,11}\.")


def _acm_article_number(tokens: Sequence[Token], labels: list[str]) -> None:
    """ACM's "Proc. ACM Hum.-Comput. Interact. 7, CSCW2, Article 312": the volume, issue and article
    number the labeller left in the venue are no part of its name."""
    for k in range(2, len(tokens) - 1):
        if tokens[k].text in ("Article", "article") and labels[k] in ("container", "volume"):
            volume = next(
                (
                    j
                    for j in range(max(0, k - 3), k)
                    if labels[j] == "container" and _ACM_VOLUME.fullmatch(tokens[j].text)
                ),
                None,
            )
            if volume is not None and volume >= 2 and labels[volume - 1] == "container":
                for j in range(volume, k + 2):
                    labels[j] = "volume"
            return


_ACM_VOLUME = re.compile(r"\d{1,4},")


def _journal_name_follows(texts: Sequence[str], start: int) -> bool:
    """Whether the words from `start` to the next full stop name a journal ("Spanish Accounting Review.")."""
    for k in range(start, min(start + 8, len(texts))):
        if _JOURNAL_NAME_WORD.fullmatch(texts[k].rstrip(".,")):
            return True
        if texts[k].endswith("."):
            break
    return False


_JOURNAL_NAME_WORD = re.compile(
    r"Journal|Review|Annals|Letters|Studies|Research|Reports|Quarterly|Bulletin"
    r"|Revista|Revue|Rivista|Zeitschrift|Tijdschrift|Tidsskrift|Cadernos|Cuadernos|Anais|Anales|Boletim"
    r"|Bolet[ií]n|Jurnal|Журнал|Вестник|Известия"  # (and in the languages GOST is printed in)
)


def _gost_record(tokens: Sequence[Token], labels: list[str]) -> None:
    """GOST's "Title : монография / A. B. Name [и др.] // Journal. – 2023. – Т. 64. – С. 155–163.": after
    "//" up to the next " – " is the journal; between " / " and "//" the authors again (or, when the entry
    opens with its title, the only time), "[и др.]" an et al.; after the title's " : " its kind ("монография",
    "учебное пособие", "дис."), a note, then " – Place : Publisher"."""
    texts = [t.text for t in tokens]
    if "//" in texts:
        d = texts.index("//")
        k = d + 1
        # (a hyphen after a word with no full stop is the journal's: "// Tạp chí … Mỏ - Địa chất. – 2021")
        # (so is a dash that opens an English name: "// Revista de Contabilidad – Spanish Accounting Review.")
        inside = {
            k
            for k in range(d + 2, len(tokens) - 1)
            if not texts[k - 1].endswith(".")
            and (texts[k] == "-" or (texts[k] in _GOST_DASHES and _journal_name_follows(texts, k + 1)))
        }
        hyphenated = False  # after such a hyphen, up to the name's full stop ("- Địa chất." read as a place)
        while (
            k < len(tokens)
            and (texts[k] not in _GOST_DASHES or k in inside)
            and (labels[k] in _READ_FOR_THE_JOURNAL or hyphenated)
        ):
            hyphenated = k in inside or (hyphenated and not texts[k].endswith("."))
            labels[k] = "container"
            k += 1
            if texts[k - 1].endswith(".") and k < len(tokens) and _has_digit(texts[k]):
                break  # "// Гироскопия и навигация. 2015. № 4": the journal ends before its year
        dash = next((j for j in range(d + 1, len(tokens)) if texts[j] in _GOST_DASHES and j not in inside), 0)
        book = next((j for j in range(d + 2, dash) if texts[j] == "/"), None)
        if book is not None:  # "// O Congresso … depois de 1988 / org. H. Vasconcellos, P. Amaral. – Rio …":
            labels[d + 1 : book] = ["container"] * (book - d - 1)  # a book and its editors
            labels[book] = "other"
            labels[book + 1 : dash] = ["editor"] * (dash - book - 1)
        dashed = False
        for k in range(d + 1, len(tokens)):
            if texts[k] in _GOST_DASHES and k not in inside:
                labels[k] = "other"  # " – 2023. – Т. 64": the dashes between the fields are none of them
                dashed = True
            elif dashed and labels[k] == "container":  # "(…). – СПб., 2019.": where and when it came out
                labels[k] = "date" if _BARE_YEAR.fullmatch(texts[k]) else "location"
        kind = next(
            (k for k in range(d + 1, len(tokens) - 1) if texts[k] == ":" and labels[k] == "container"), None
        )
        if kind is not None and _GOST_KIND.match(texts[kind + 1]):  # "Сборник : материалы … конф.": its kind
            k = kind
            while k < len(tokens) and labels[k] == "container":
                labels[k] = "note"
                k += 1
        r = next((k for k in range(d - 1, 0, -1) if texts[k] == "/"), None)
        if r is not None:
            # the first author's name printed before the title is here again, with the others: those
            # named here are the authors ("Volkova, A. S. Title / A. S. Volkova, L. Brenner // …")
            named = "author" in labels[:r] and not any(
                texts[k].endswith((",", ";")) for k in range(r + 1, d - 1)
            )
            labels[r] = "other"
            for k in range(r + 1, d):
                et_al = texts[k] in ("[и", "др.]", "[et", "al.]") or (  # and "[m.fl.]" (Swedish)
                    texts[k].startswith("[") and _ET_AL.match(texts[k].strip("[],")) is not None
                )
                labels[k] = "other" if named or et_al else "author"
            heading = 0  # (the name the entry opens with, before its title)
            while heading < r and labels[heading] == "author":
                heading += 1
            if texts[0].endswith(",") and heading > 2:  # one name, "Falcão, M. C.": "Pork," opens the title
                initials = 1
                while initials < heading and texts[initials].endswith(".") and is_initials(texts[initials]):
                    initials += 1
                if initials > 1:
                    labels[initials:heading] = ["title"] * (heading - initials)
                    heading = initials
            if not named and "title" in labels[heading:r]:
                labels[:heading] = ["other"] * heading
                # (a title's words read as names: "Voto … partidária na Câmara dos Deputados / T. Lins, …")
                labels[heading:r] = ["title" if label == "author" else label for label in labels[heading:r]]
            elif not named:  # "Title / 孙敏, 刘雨婷, 陈浩 [等] // Journal": no name before the title
                labels[:heading] = ["title"] * heading
    colon = next((k for k in range(1, len(tokens) - 1) if texts[k] == ":" and labels[k] == "title"), None)
    if colon is None or not _GOST_KIND.match(texts[colon + 1]):
        return
    k = colon
    while k < len(tokens) and labels[k] == "title" and texts[k] not in _GOST_DASHES:
        labels[k] = "note"  # ": монография", ": учебное пособие", ": дис."
        k += 1
    if k < len(tokens) and texts[k] in _GOST_DASHES and labels[k] == "title":
        labels[k] = "other"  # " – Казань : Издательство …": where and by whom
        place = True
        for j in range(k + 1, len(tokens)):
            if labels[j] != "title":
                break
            labels[j] = "location" if place else "publisher"
            place = place and texts[j] != ":"


def _gost_thesis(tokens: Sequence[Token], labels: list[str]) -> None:
    """GOST's thesis "Title : дис. … канд. техн. наук : 05.13.17 / Университет ИТМО. — Санкт-Петербург,
    2022" ("… : MS thesis / De La Salle University. — Manila, 2019"): from the kind after the title's " : "
    to the institution after " / " is the venue; the town after the dash is its place."""
    texts = [t.text for t in tokens]
    colon = next((k for k in range(1, len(tokens)) if texts[k] == ":" and labels[k - 1] == "title"), None)
    if colon is None or "/" not in texts[colon:]:
        return
    slash = texts.index("/", colon)
    if not _THESIS_WORD.search(" ".join(texts[colon + 1 : slash])):
        return
    end = slash + 1  # (up to the dash, or after the institution's full stop when no dash follows)
    while end < len(tokens) and texts[end] not in _GOST_DASHES:
        end += 1
        if len(texts[end - 1]) > 4 and ends_sentence(texts[end - 1]) and _GOST_DASHES.isdisjoint(texts[end:]):
            break
    if end - slash > 12:
        return
    labels[colon] = "other"
    labels[colon + 1 : end] = ["container"] * (end - colon - 1)
    k = end
    while k < len(tokens) and labels[k] != "date":
        labels[k] = "other" if texts[k] in _GOST_DASHES else "location"
        k += 1


def _gost_imprint(tokens: Sequence[Token], labels: list[str]) -> None:
    """GOST's book "Title. – Л.: Судостроение, 1978. – 264 с." (or "Title.- Л.: …"): the dash after the
    title's full stop opens the imprint, the place with its colon and the publisher, not the title's words."""
    for j in range(1, len(tokens) - 2):
        text = tokens[j].text
        glued = text[-2:] in (".-", ".–", ".—")
        if labels[j] != "title" or not (glued or (text in _GOST_DASHES and tokens[j - 1].text.endswith("."))):
            continue
        place = j + 1
        colon = place if tokens[place].text.endswith(":") else place + 1
        if labels[place] != "title" or colon >= len(tokens) or not tokens[colon].text.endswith(":"):
            return
        if not glued:
            labels[j] = "other"
        labels[place : colon + 1] = ["location"] * (colon + 1 - place)
        k = colon + 1
        while k < len(tokens) and labels[k] == "title" and not _BARE_YEAR.fullmatch(tokens[k].text):
            labels[k] = "publisher"
            k += 1
            if tokens[k - 1].text.endswith(","):
                break
        return


_GOST_DASHES = frozenset({"–", "—", "-", "--", "---"})  # (Pandoc's Markdown writes the dashes so)
_READ_FOR_THE_JOURNAL = frozenset({"title", "author", "container", "note", "other"})
_GOST_KIND = re.compile(r"[а-яё]")  # ": монография", ": учебное пособие", ": дис.": a kind, in Russian


def _translated_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "*Sąd i sąsiedzi* [The Court and the Neighbours]. Kraków: Universitas": the title's translation in
    square brackets right after it (read as the venue, or as the title's end) is a note."""
    if "title" not in labels:
        return
    first = labels.index("title")
    end = len(labels) - labels[::-1].index("title")  # the first token after the title
    k = next((j for j in range(max(first + 3, end - 30), end) if tokens[j].text.startswith("[")), end)
    if k >= len(tokens) or not tokens[k].text.startswith("[") or labels[k] not in ("title", "container"):
        return
    close = next((j for j in range(k, min(k + 30, len(tokens))) if "]" in tokens[j].text), None)
    if (
        close is None
        or close - k < 2
        or (close < end - 1)
        or any(labels[j] != labels[k] for j in range(k, close + 1))
    ):
        return
    labels[k : close + 1] = ["note"] * (close + 1 - k)


def _bold_title_opens(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "**Minimum Wages and Firm Exit**, *Journal*": an entry that opens with a bold run the labeller
    read a title in is that title, all of it (a bold name holds no title words); the italics after it
    that it also read as title are the venue. So is an italic run that opens the entry and ends with the
    title's comma (AMS: "\\emph{A Kato smoothing estimate …}, Proc. Amer. Math. Soc.")."""
    # (after a year column: moderncv's "\cvitem{2022}{\textbf{Title} | Names | …}")
    first = 1 if len(tokens) > 1 and labels[0] == "date" and not tokens[0].styles else 0
    style = "bold" if tokens and "bold" in tokens[first].styles else "italic"
    end = first
    while end < len(tokens) and style in tokens[end].styles:
        if end > first and tokens[end].break_before:
            break
        end += 1
    if end - first < 3 or "title" not in labels[first:end]:
        return
    if style == "italic" and (end == len(tokens) or not tokens[end - 1].text.endswith(",")):
        return  # a whole italic entry, or an italic venue opening it
    if style == "italic":  # (its run ends at a comma)
        comma = next(k for k in range(first, end) if tokens[k].text.endswith(","))
        if set(labels[first : comma + 1]) == {"author"} and labels[comma + 1] == "title":
            return  # "*Valentina Ríos*, *Emergency Powers …*,": an italic owner, then the italic title
    labels[first:end] = ["title"] * (end - first)
    for i in range(end, len(tokens)):
        if labels[i] == "title" and "italic" in tokens[i].styles:
            labels[i] = "container"
    if end < len(tokens) and labels[end] == "title" and _EDITORS.match(tokens[end].text.strip(",;")):
        _editors_after_the_book(tokens, labels, end)
    book = next((k for k in range(end, len(tokens)) if "italic" in tokens[k].styles), None)
    if style == "italic" and book is not None and labels[book] == "container":  # "[w:] *Kodeks karny. Część
        stop = book  # ogólna. Komentarz*": the italic book is the venue, all of it
        while (
            stop < len(tokens) and "italic" in tokens[stop].styles and labels[stop] in ("container", "editor")
        ):
            stop += 1
        labels[book:stop] = ["container"] * (stop - book)
    k = end  # "*Title*, J. Spectr. Theory 9": names between the opening title and the venue open the venue
    while k < len(tokens) and labels[k] == "author" and tokens[k].text.lower() not in COAUTHOR_WORDS:
        k += 1
    same_line = not any(t.break_before for t in tokens[end : k + 1])
    after_comma = tokens[end - 1].text.endswith(",") and not tokens[end].text.startswith("(")
    if end < k < len(tokens) and labels[k] == "container" and same_line and after_comma:
        labels[end:k] = ["container"] * (k - end)


def _editors_after_the_book(tokens: Sequence[Token], labels: list[str], mark: int) -> None:
    """ "*Prawo karne wobec nowych technologii*, red. naukowa wspólnie z A. Nowicką, Kraków 2019": an
    edited book's title ends where its editors' mark follows it; the names after "with" are the owner's
    co-editors (the owner, who prints no name, is the first)."""
    k = mark + 1
    while k < len(tokens) and labels[k] == "title" and tokens[k].text[:1].islower():
        k += 1  # "red. naukowa wspólnie z": the mark's words
    names = k
    while names < len(tokens) and labels[names] == "title" and not tokens[names].text[:1].isdigit():
        names += 1
    labels[mark:k] = ["note"] * (k - mark)
    with_ = next((j for j in range(mark, k) if _WITH.fullmatch(" ".join(t.text for t in tokens[j:k]))), None)
    if names > k and with_ is not None:  # "wspólnie z X": X is the owner's co-author (the owner first)
        labels[with_:names] = ["author"] * (names - with_)  # (as "(with X)" opening an entry is read)


_WITH = re.compile(rf"(?i){COAUTHOR_NOTE}")


def _review_of_a_book(tokens: Sequence[Token], labels: list[str]) -> None:
    """A review that opens the entry, "Review of L. Bertolini, *Herodotus and the Poetics of Wonder*
    (Cambridge, 2020), Bryn Mawr Classical Review 2021.04.17": its title runs to the reviewed book's
    imprint in brackets (or to "edited by" its editors), and the imprint's year is the book's,
    not the review's, when the review prints its own after it."""
    if not _opens_a_review(tokens):
        return
    end = next((k for k in range(2, len(tokens)) if tokens[k].text in _IN_MARKS), len(tokens))
    imprint = next((k for k in range(2, end) if _IMPRINT_OPENS.match(tokens[k].text)), None)
    if imprint is None:  # "Rez. zu: D. Fassin, *Juger, réprimer*, Paris 2013, in: *Tsantsa* 19"
        if _titled_by_its_book(tokens):
            _review_of_an_italic_book(tokens, labels)
        return
    if imprint < 4:
        return
    close = next((k for k in range(imprint, min(end, imprint + 6)) if ")" in tokens[k].text), None)
    if close is None or not _IMPRINT.fullmatch(" ".join(t.text for t in tokens[imprint : close + 1])):
        return
    editors = next(
        (
            k
            for k in range(3, imprint)
            if tokens[k - 1].text.endswith(",") and tokens[k].text in ("edited", "ed.")
        ),
        None,
    )
    title_end = editors if editors is not None else imprint
    later = any(
        labels[k] in ("date", "volume", "container") and _YEAR.search(tokens[k].text)
        for k in range(close + 1, len(tokens))
    )
    labels[:title_end] = ["title"] * title_end
    if later:
        labels[title_end : close + 1] = ["note"] * (close + 1 - title_end)


def _opens_a_review(tokens: Sequence[Token]) -> bool:
    """Whether an entry opens with a review's words: "Review of", "Rez. zu:", "Recenzja:"."""
    opening = " ".join(t.text for t in tokens[:3]) + " "
    return len(tokens) >= 5 and REVIEW_OPENS.match(opening) is not None


def _titled_by_its_book(tokens: Sequence[Token]) -> bool:
    """Whether a review's title runs to its book's italic title: "Rez. zu: X, *Book*", "Recenzja: X,
    *Book*", not English "Review of *Book*, by X." (which keeps its "by X")."""
    return _opens_a_review(tokens) and tokens[0].text.lower() not in ("review", "book")


def _review_of_an_italic_book(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "Recenzja: M. Dąbrowski, *Przestępstwo ciągłe …*, Warszawa 2018, „Państwo i Prawo” 2019": the
    review's title runs from its word to the end of the reviewed book's italic title; the reviewed
    author is none of the review's."""
    start = next((k for k in range(1, len(tokens)) if "italic" in tokens[k].styles), None)
    if start is None or start > 8:
        return
    end = start
    while end + 1 < len(tokens) and "italic" in tokens[end + 1].styles:
        end += 1
    if "bold" in tokens[0].styles:  # "**Recensão de *Book*, de Author.** Reviewer. *Journal*": the bold run
        while end + 1 < len(tokens) and "bold" in tokens[end + 1].styles:
            end += 1
    if end + 1 < len(tokens):
        labels[: end + 1] = ["title"] * (end + 1)
        # the reviewed book's imprint ("Princeton 2005,") when the review prints a year of its own later
        stop = next((k for k in range(end + 1, len(tokens)) if labels[k] == "container"), None)
        if stop is not None and any(labels[k] == "date" for k in range(stop, len(tokens))):
            for k in range(end + 1, stop):
                if labels[k] != "author" or "bold" not in tokens[0].styles:
                    labels[k] = "note"


#: "In:", "in:", "//": where a chapter's book or a review's journal opens ("in" alone is a title's word).
_IN_MARKS = frozenset(w for w in _IN_WORDS if w.endswith(":") or w == "//")
#: A reviewed book's imprint in brackets: "(Cambridge, 2020)", "(Oxford: OUP, 2017)".
_IMPRINT_OPENS = re.compile(r"\([A-Z]")
_IMPRINT = re.compile(rf"\([A-Z][^()]{{1,60}}[,:]\s{YEAR}\)[.,;:]?")


def _inverted_mark_opens_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """Spanish "Garrido ML. ¿Cambió la alimentación …?": a word opening with "¿" or "¡" starts a
    sentence, the title's, never a name."""
    for k in range(1, len(tokens)):
        if labels[k] == "author" and tokens[k].text[:1] in "¿¡" and labels[k - 1] == "author":
            end = k
            while end < len(tokens) and labels[end] == "author":
                end += 1
            labels[k:end] = ["title"] * (end - k)
            return


def _quote_closes_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """A title that opens with a quotation mark goes on to where the quote closes: Chicago's “Cognitive
    Error (*bhrama*) in Nyāya and Contemporary Disjunctivism.” Sophia 58, with the quote's second half
    read as the venue."""
    start = next((i for i, name in enumerate(labels) if name == "title"), None)
    if start is None or not tokens[start].quoted or not tokens[start].text.startswith(tuple(_QUOTE_CHARS)):
        return
    end = start
    while end < len(tokens) and tokens[end].quoted and labels[end] == "title":
        if _closes_a_quote(tokens[end].text):
            return  # the title is the whole quote
        end += 1
    rest = end
    while rest < len(tokens) and tokens[rest].quoted and labels[rest] == "container":
        rest += 1
        if _closes_a_quote(tokens[rest - 1].text):
            if end - start >= 2 and "title" not in labels[rest:]:
                labels[end:rest] = ["title"] * (rest - end)
            return


def _quoted_title_is_whole(tokens: Sequence[Token], labels: list[str]) -> None:
    """A title run that is a whole quote, opened and closed (“Upwelling Dynamics … Modelling.” Luận án Tiến
    sĩ, Université …), is the title: words read as title in the venue's run right after it are the
    venue's."""
    start = next((i for i, name in enumerate(labels) if name == "title"), None)
    if start is None or not tokens[start].text.startswith(tuple(_QUOTE_CHARS)):
        return
    end = start
    while end < len(tokens) and labels[end] == "title" and tokens[end].quoted:
        end += 1
    if end - start < 2 or not _closes_a_quote(tokens[end - 1].text) or "title" not in labels[end:]:
        return
    if end >= len(tokens) or labels[end] != "container":
        return  # (the run goes on past the quote: `"Sticky Wages" (with X)`, other rules' cases)
    stop = end
    while stop < len(tokens) and labels[stop] in ("container", "title"):
        stop += 1
    if not any(tokens[k].styles & _STYLED for k in range(end, stop)):  # (an italic venue ends itself)
        labels[end:stop] = ["container"] * (stop - end)


def _closes_a_quote(text: str) -> bool:
    """Whether a token ends a quotation (its stop after the mark or before it)."""
    return text.rstrip(".,;:").endswith(tuple(_QUOTE_CHARS))


def _bracketed_title_runs_to_its_close(tokens: Sequence[Token], labels: list[str]) -> None:
    """APA's review "[Reseña del libro *Retornos inciertos*, de L. Fuentes Arzate]. *Journal*" and MEDLINE's
    "[Title in English]": a title that opens with "[" goes on to its "]", whatever the labeller read
    inside."""
    start = next((i for i, name in enumerate(labels) if name == "title"), None)
    if start is None or not tokens[start].text.startswith("[") or "]" in tokens[start].text:
        return
    end = _bracket_end(tokens, start + 1, 59, "]")
    if end is None or "[" in "".join(t.text for t in tokens[start + 1 : end + 1]):
        return
    if all(labels[k] in ("title", "container", "author", "other") for k in range(start, end + 1)):
        labels[start : end + 1] = ["title"] * (end + 1 - start)


def _quoted_title_ends(tokens: Sequence[Token], labels: list[str]) -> None:
    """A title that opens with a quotation mark ends where the quote closes: `“The Question,” in The
    Modern Middle East`, `"Sticky Wages" (with Hyun-woo Kang)` — what the labeller added after it is
    the venue when the entry has none, else a note; "(with X and Y)" right after it are co-authors. A
    quote followed by a colon opens a subtitle."""
    run = [i for i, name in enumerate(labels) if name == "title"]
    if len(run) < 2 or run[-1] - run[0] + 1 != len(run) or not tokens[run[0]].quoted:
        return
    quoted = 0
    closers = quote_closers(tokens[run[0]].text[:1])
    while quoted < len(run) and tokens[run[quoted]].quoted:
        quoted += 1
        if closers and tokens[run[quoted - 1]].text.rstrip(".,;:").endswith(closers):
            break  # (a second quote after it, Korean 『journal』, is not the title's)
    tail = run[quoted:]
    closing = tokens[run[quoted - 1]].text.rstrip(".,;")
    whole = quoted == 1 and len(closing) > 2  # (a CJK title, no spaces in it: "“二胡演奏….” 《Journal》")
    if (quoted < 2 and not whole) or not tail or not closing.endswith(tuple(_QUOTE_CHARS)):
        return
    inner = tokens[run[quoted - 1]].text
    going_on = tokens[tail[0]].text
    if (
        (inner.endswith(closers) if closers else inner[-1:] in _CLOSING_QUOTES)
        and inner[-2:-1].isalnum()  # "“Big Data” and the law": no stop inside the quote, words go on
        and going_on[:1].islower()
        and going_on not in _IN_WORDS
        and going_on.lower() not in COAUTHOR_WORDS
    ):
        return  # a quoted phrase opening the title ("„Gute Policey“ vor Gericht"), not the whole title
    if _APA_DESCRIPTOR.fullmatch(" " + " ".join(tokens[i].text for i in tail)):
        labels[tail[0] : tail[-1] + 1] = ["note"] * len(tail)  # "‘Title’ [abstract], *Circulation*"
        return
    venue = "container" not in labels
    coauthors = tokens[tail[0]].text.lower().lstrip("(") in COAUTHOR_WORDS
    after = tail[-1] + 1
    if (
        not venue
        and not coauthors
        and after < len(labels)
        and labels[after] == "container"
        and tokens[tail[-1]].text.endswith(",")
    ):
        # RePEc's `"Title," Journal, Publisher, vol. 22(4)`: the words after the quote are the venue, and
        # the short run the labeller took for it its publisher
        end = after
        while end < len(labels) and labels[end] == "container":
            end += 1
        if end - after <= 5 and tokens[end - 1].text.endswith(","):
            labels[after:end] = ["publisher"] * (end - after)
            venue = True
    if (
        tokens[tail[0]].text[:1] not in "(["  # (a translation in brackets after the title is a note)
        and not coauthors
        and after < len(labels)
        and labels[after] == "container"
        and not tokens[tail[-1]].text.endswith(",")
    ):
        venue = True  # `"Title," Nucl. Part. Phys. Proc. 300`: the words after the quote begin the venue
    for i in tail:
        labels[i] = "author" if coauthors else "container" if venue else "note"
        coauthors = coauthors and not tokens[i].text.rstrip(",.;").endswith(")")


def _names_edges_after_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """A title printed first, then "A.V. Matveev, M. Mayer, N. Rösch, Comp. Phys. Comm. 160": a word
    with its full stop before the first initials is the title's last word, and a venue's abbreviation
    after the last name's comma, before the venue, is the venue's first word."""
    n = len(labels)
    for i in range(1, n - 1):
        if labels[i] != "author" or labels[i - 1] != "title":
            continue
        word = tokens[i].text
        initials_next = labels[i + 1] == "author" and _INITIAL_TOKEN.match(tokens[i + 1].text)
        if initials_next and word.endswith(".") and word[:1].isupper() and len(word) > 4:
            labels[i] = "title"  # (a word of five letters or more is no initial: "ParaGauss.")
        given = tokens[i - 1].text
        if (  # "… model selection. Hyun-woo | Baek and …": the first name's given name after the title's stop
            i >= 2
            and ends_sentence(tokens[i - 2].text)
            and labels[i - 2] == "title"
            and NAME_TOKEN.match(given)
            and given[:1].isupper()
            and given[-1:].isalpha()
            and not tokens[i - 1].styles
            and NAME_TOKEN.match(word)  # (its family name next: not "… strategies). Office | of Hazard …")
            and word[:1].isupper()
        ):
            labels[i - 1] = "author"
        break
    for i in range(1, n - 1):
        if (
            labels[i] == "author"
            and labels[i + 1] == "container"
            and tokens[i - 1].text.endswith(",")
            and tokens[i].text.endswith(".")
            and fold(tokens[i].text[:-1]) in ABBREVIATED_VENUE_WORDS
            # (not an initial outside the styled venue: "Hartmann, J. *Hydrogeology Journal*")
            and not (tokens[i + 1].styles & _STYLED and not tokens[i].styles & _STYLED)
            and not tokens[i + 1].break_before  # (the names' line ended: "Riedlinger, J. \\ ApJ 916")
        ):
            labels[i] = "container"


def _names_at_title_edge(tokens: Sequence[Token], labels: list[str]) -> None:
    """Names the labeller gave to the title at its edge with the authors go back to the authors.

    "Lee A, Roe BC. Deep nets": an author list still open (a comma, or a name cut in the middle)
    takes the name tokens up to the period that closes it. "Title, A. Lee, B. Roe, and C. Third,":
    comma-separated names with initials before the authors are authors too.
    """
    n = len(labels)
    for a in range(n - 1):
        if labels[a] != "author" or labels[a + 1] != "title":
            continue
        last = tokens[a].text
        open_list = last.endswith((",", ";")) or last in ("and", "&") or last[-1:] not in ".,;:"
        if not (open_list or _INITIAL_TOKEN.match(last)):  # "A. | de la Fuente.": a name after its initial
            continue
        if "italic" in tokens[a + 1].styles and "italic" not in tokens[a].styles:
            break  # "(zus. mit F. Lanz) *Rechtsräume. Beiträge …*": the italic title opens there
        # "Roe, Jane; Brückner, | Clémence: Title": an inverted name cut after its surname
        cut_inverted = last.endswith(",") and (
            a == 0
            or labels[a - 1] != "author"
            or tokens[a - 1].text.endswith(";")
            or tokens[a - 1].text in ("and", "&")
        )
        given = tokens[a + 1].text
        if cut_inverted and given.endswith(":") and a + 2 < n and NAME_TOKEN.match(given[:-1]):
            labels[a + 1] = "author"
            break
        end = a + 1
        while end < n and end - a <= 4 and labels[end] == "title" and NAME_TOKEN.match(tokens[end].text):
            text = tokens[end].text
            starts_name = tokens[end - 1].text.endswith((",", ";")) or tokens[end - 1].text in ("and", "&")
            if text.endswith((".", ",")) and not (starts_name and _INITIAL_TOKEN.match(text)):
                break  # a name's end; not "A." opening "A. de la Fuente."
            end += 1
        et_al = next(  # "Phạm Thị | Thu Trang và cộng sự. Title": the cut name, then its et al.
            (
                size
                for size in (2, 3)
                if end + size < n
                and tokens[end + size - 1].text.endswith(".")
                and _ET_AL.match(" ".join(t.text for t in tokens[end : end + size]).rstrip("."))
            ),
            0,
        )
        if et_al and end > a + 1 and last[-1:] not in ".,;:":
            labels[a + 1 : end + et_al] = ["author"] * (end + et_al - a - 1)
            break
        closes = end + 1 < n and end - a <= 4 and labels[end] == "title" and tokens[end].text.endswith(".")
        whole_name = (
            end > a + 1 or last[-1:] not in ".,;:" or cut_inverted or _INITIAL_TOKEN.match(tokens[end].text)
        )
        if closes and whole_name and NAME_TOKEN.match(tokens[end].text) and labels[end + 1] == "title":
            for k in range(a + 1, end + 1):
                labels[k] = "author"
        break
    title = [i for i, name in enumerate(labels) if name == "title"]
    # with no author at all, the names may end the title run: "Title, A. Lee, B. Roe, Journal ..."
    ends = (
        [title[-1] + 1] if "author" not in labels and title and tokens[title[-1]].text.endswith(",") else []
    )
    edges = [b for b in range(1, n) if labels[b] == "author" and labels[b - 1] == "title"][:1] or ends
    for b in edges:
        first = b
        while first > 0 and labels[first - 1] == "title" and NAME_TOKEN.match(tokens[first - 1].text):
            first -= 1
        for s in range(first, b):
            if s == 0 or not tokens[s - 1].text.endswith((",", ".")) or not _initialled_names(tokens, s, b):
                continue
            for i in range(s, b):
                labels[i] = "author"
            break
        break


def _initialled_names(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """Whether tokens[start:stop] are names separated by commas or "and", each with an initial."""
    group: list[str] = []
    groups: list[list[str]] = []
    for token in tokens[start:stop]:
        if token.text in ("and", "&"):
            if group:
                groups.append(group)
            group = []
            continue
        group.append(token.text)
        if token.text.endswith(","):
            groups.append(group)
            group = []
    if group:
        groups.append(group)
    return bool(groups) and all(len(g) <= 4 and any(_INITIAL_TOKEN.match(t) for t in g) for g in groups)


def _list_ends_after_and(tokens: Sequence[Token], labels: list[str]) -> None:
    """An author list ends with the name after its "and": "…and N. Rösch, Chem. Phys. Lett." — the
    "Chem." the labeller gave to the authors, just before the venue, is the venue's."""
    run = [i for i, name in enumerate(labels) if name == "author"]
    if not run:
        return
    start, stop = run[0], run[-1]
    if any(labels[i] != "author" for i in range(start, stop + 1)) or stop + 1 >= len(labels):
        return
    if labels[stop + 1] not in ("container", "volume"):
        return
    ands = [i for i in range(start, stop + 1) if tokens[i].text in ("and", "&")]
    if not ands:
        return
    end = next(
        (
            j
            for j in range(ands[-1] + 1, stop + 1)
            if tokens[j].text.endswith((",", ".")) and not _INITIAL_TOKEN.match(tokens[j].text)
        ),
        None,
    )
    if end is not None and end - ands[-1] <= 3 and tokens[end].text.endswith(","):
        # "& Wyss, T. *Journal*", "& Abdul Rahman, A. *27*(1)": an inverted name, its initials after the comma
        while end < stop and _INITIAL_TOKEN.match(tokens[end + 1].text):
            end += 1
    if end is None or end == stop:
        return
    for i in range(end + 1, stop + 1):
        labels[i] = "container"


def _name_cut_after_initial(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "S. Majumder, A.V. Matveev, N. | Rösch, Chem. Phys. Lett.": in a list of "I. Surname" names the
    last name cannot end with an initial, so the capitalised word after it is that name's surname."""
    run = [i for i, name in enumerate(labels) if name == "author"]
    if not run or run[-1] + 1 >= len(labels) or labels[run[-1] + 1] not in ("container", "other", "volume"):
        return
    first, last, after = tokens[run[0]].text, tokens[run[-1]].text, tokens[run[-1] + 1].text
    if not (_INITIAL_TOKEN.match(first) and first.endswith(".") and _INITIAL_TOKEN.match(last)):
        return
    surname = NAME_TOKEN.match(after) and not _INITIAL_TOKEN.match(after) and len(after.strip(",.")) > 1
    if surname and last.endswith(".") and after.endswith((",", ".")):
        labels[run[-1] + 1] = "author"


def _names_before_the_date(tokens: Sequence[Token], labels: list[str]) -> None:
    """APA's "Family, Given, & Family, Given. (2023). Title." with no name read: the comma-separated
    run that opens the entry right before its parenthesised year is its authors (names the labeller
    does not know, in scripts it was not trained on)."""
    date = next((k for k, name in enumerate(labels) if name == "date"), None)
    if not date or not tokens[date].text.startswith("(") or labels[0] not in ("container", "title", "other"):
        return
    if any(labels[k] != labels[0] for k in range(date)) or not any(
        "," in tokens[k].text or "،" in tokens[k].text for k in range(date)
    ):
        return
    if date + 1 < len(labels) and labels[date + 1] in ("title", "container"):
        labels[:date] = ["author"] * date


def _title_word_after_initials(tokens: Sequence[Token], labels: list[str]) -> None:
    """ACS "Reyes, M. A.; Okonkwo, C. Operando X-ray …": an inverted name ends with its initials, so a
    capitalised word after them, with the title right behind it, is the title's first word."""
    run = [i for i, name in enumerate(labels) if name == "author"]
    if len(run) < 3 or run[-1] - run[0] + 1 != len(run) or run[-1] + 1 >= len(labels):
        return
    last = run[-1]
    word = tokens[last].text.strip(MARKER_CHARS)
    if (
        labels[last + 1] != "title"
        or not word[:1].isupper()
        or not word[-1:].isalpha()
        or _INITIAL_TOKEN.match(word)
        or tokens[last + 1].break_before  # the title opens a line of its own: the word ends a name
        or tokens[last + 1].text == "//"  # GOST's "/ А.А. Ковалёв, Т.Х. Чан // Journal": names end there
    ):
        return
    k = last - 1
    while k > run[0] and _INITIAL_TOKEN.match(tokens[k].text) and tokens[k].text.endswith("."):
        k -= 1
    if k < last - 1 and tokens[k].text.endswith(",") and not _INITIAL_TOKEN.match(tokens[k].text):
        labels[last] = "title"


def _title_after_abnt_given_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """ABNT's "AL HOSANI, Mariam Saeed. Hawala, AML and …": its names are "SURNAME, Given", joined by
    ";", so the full stop after a given name (or after a last name's initials: "…; MELLA RIVAS, J.
    Salmon, debt and …") ends them, and a word after it that is no capitalised surname opens the title,
    to its sentence's end when the names run on past it (a styled venue after it is the venue); a styled
    title there ("Francisca. **Mujeres, mar y memoria**: recolectoras …. 2012.") is the title whole,
    with its subtitle after the colon."""
    names = fields_of(labels).all("author")  # (the first run of names: the labeller may read more later)
    run = names[0].indexes if names else ()
    if len(run) < 2 or run[-1] + 1 >= len(labels):
        return
    surname = tokens[run[0]].text.rstrip(",")  # ABNT's surname in capitals, its comma within three words
    if not (surname.isupper() and "." not in surname and len(surname) >= 2):
        return
    if not any(tokens[k].text.endswith(",") for k in run[:3]):
        return
    after = run[-1] + 1  # "SILVA, A. G. da. **Pandemia, …**": the name's closing particle read as the title
    if labels[after] == "title" and _closing_particle(tokens, after):
        labels[after] = "author"
        return
    joined = False  # whether a ";" joined names before: then a last name's initials end the names too
    for k in run[1:]:
        word, follows = tokens[k].text, tokens[k + 1].text.strip(MARKER_CHARS + ",;")
        joined = joined or tokens[k - 1].text.endswith(";")
        given = len(word) > 3 and word[:1].isupper() and not word.isupper()  # ("Ana.", not "Jr.")
        initial = joined and _dotted_initial(word) and not _INITIAL_TOKEN.match(follows)
        particle = _closing_particle(
            tokens, k
        )  # ("Luana Ferreira dos. A Lei 10.639/03 …": it ends the names)
        if not (
            word.endswith(".")
            and (given or initial or particle)
            and tokens[k - 1].text[:1].isupper()
            and follows[:1].isupper()
            and (particle or not follows.isupper())
        ):
            continue
        style = tokens[k + 1].styles & _STYLED
        if not style and labels[run[-1] + 1] == "title":
            labels[k + 1 : run[-1] + 1] = ["title"] * (run[-1] - k)
        elif not style:  # "SILVA, A. B.; COSTA, C. Modelos de chuva. **Revista X**, v. 1": all read as names
            end = next((j for j in range(k + 1, run[-1]) if ends_sentence(tokens[j].text)), None)
            if end is None:
                return
            labels[k + 1 : end + 1] = ["title"] * (end - k)
            for j in range(end + 1, run[-1] + 1):
                if tokens[j].styles & _STYLED:
                    labels[j] = "container"
        if not style:
            return
        end = k + 1
        while end + 1 < len(tokens) and tokens[end + 1].styles & style:
            end += 1
        if tokens[end].text.endswith(":"):  # ABNT's "**Title**: subtitle." (to the sentence's end)
            while end + 1 < len(tokens) and not ends_sentence(tokens[end].text):
                end += 1
        labels[k + 1 : end + 1] = ["title"] * (end - k)
        return


def _closing_particle(tokens: Sequence[Token], k: int) -> bool:
    """Whether token k is a particle closing an inverted name with its full stop (ABNT's "SILVA, A. G.
    da.", "SANTOS, Luana Ferreira dos."), after the given names or initials."""
    word = tokens[k].text
    return (
        k > 0
        and word.endswith(".")
        and word[:-1] in PARTICLES
        and tokens[k - 1].text[:1].isupper()
        and not tokens[k - 1].text.endswith((",", ";"))
    )


def _initialled_list_edges(tokens: Sequence[Token], labels: list[str]) -> None:
    """In a list of "I. Surname" names, a piece without an initial at either end is no name: "… for
    Ac = U, Np, | M. Garcia, C. Lee" ends the title, "N. Rösch, Comp. | Phys. Comm." starts the venue."""
    run = [i for i, name in enumerate(labels) if name == "author"]
    if len(run) < 4 or run[-1] - run[0] + 1 != len(run):
        return
    pieces: list[list[int]] = [[]]
    for i in run:
        if tokens[i].text in ("and", "&"):
            pieces.append([])
            continue
        pieces[-1].append(i)
        if tokens[i].text.endswith((",", ";")):
            pieces.append([])
    pieces = [p for p in pieces if p]
    if any(all(_INITIAL_TOKEN.match(tokens[i].text) for i in p) for p in pieces):
        return  # "Babiker, M.H., P. Criqui": initials standing alone, an inverted list
    initialled = [
        bool(_INITIAL_TOKEN.match(tokens[p[0]].text)) and tokens[p[0]].text[-1:] in ".,-" for p in pieces
    ]
    if len(pieces) < 3 or 3 * sum(initialled) < 2 * len(pieces):
        return
    start = run[0]
    if start > 0 and labels[start - 1] == "title":
        for piece, ok in zip(pieces, initialled, strict=True):
            if ok or (len(piece) > 1 and all(NAME_TOKEN.match(tokens[i].text) for i in piece)):
                break
            for i in range(start, piece[-1] + 1):
                labels[i] = "title"
            start = piece[-1] + 1
    last = pieces[-1]
    after = last[-1] + 1
    if after < len(labels) and labels[after] in ("container", "volume", "title"):
        surname = [i for i in last if not _INITIAL_TOKEN.match(tokens[i].text)]
        abbreviated = bool(surname) and all(
            tokens[i].text.endswith(".") and fold(tokens[i].text.rstrip(".")) in ABBREVIATED_VENUE_WORDS
            for i in surname
        )
        cut = not initialled[-1] and len(last) == 1 and tokens[last[0]].text.endswith(".")
        if (cut and labels[after] != "title") or abbreviated:
            for i in last:  # "N. Rösch, Comp. | Theor. Chem.", "…, J. Chem. | Phys.": the venue's start
                labels[i] = "container"


def _vancouver_names_end(tokens: Sequence[Token], labels: list[str]) -> None:
    """Vancouver's "Ferreira MC, Kowalczyk J, Rahimi S. Hepatitis C cascade …": in names written "Family
    INITIALS," the list ends at the full stop after the last initials; a word the labeller took for a
    name after it ("Hepatitis", before a capital that looks like an initial) opens the title."""
    run = [i for i, name in enumerate(labels) if name == "author"]
    if len(run) < 4 or run[-1] - run[0] + 1 != len(run) or run[-1] + 1 >= len(labels):
        return
    if labels[run[-1] + 1] not in ("title", "editor"):  # ("… Zaugg K. Kolorektales Karzinom. | In: …")
        return

    def after_family(k: int) -> bool:  # initials right after a family name and no comma ("Rahimi S.")
        before = tokens[k - 1].text
        return (
            k > run[0] and not _INITIAL_TOKEN.match(before) and before[:1].isupper() and before[-1].isalpha()
        )

    if _INITIAL_TOKEN.match(tokens[run[0]].text):
        return  # "Y. Tanaka-Reyes, M. Osei": initials first, not Vancouver's
    end = next(
        (k for k in run if _VANCOUVER_LAST_INITIALS.fullmatch(tokens[k].text) and after_family(k)), None
    )
    names = sum(_VANCOUVER_INITIALS.fullmatch(tokens[k].text) is not None and after_family(k) for k in run)
    if end is None or end == run[-1] or names < 1:
        return
    labels[end + 1 : run[-1] + 1] = ["title"] * (run[-1] - end)


def _names_after_the_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """Title-first lists as Korean, Japanese and Vietnamese CVs print them ("Title. Kim MJ, Lee SH, et
    al. Vet Res. 2018;49:84.", "제목. 김민준, 이상훈. 학회지. 2022;45(3):189-97.", "Tiêu đề. Nguyễn Thị Thu
    Hà, Lê Hoàng Nam. Tạp chí Dược học, 2023; 63(4): 12–18."): after the title's full stop come names
    each ending at a comma, the last at a full stop (or "et al.", "외."), then the journal up to the
    year. An entry that opens with such names, or prints its year in brackets before, is left alone."""
    n = len(tokens)
    # (after "2021":)
    opening = next((k for k in range(n) if labels[k] not in ("date", "other", "status")), 0)
    if tokens and tokens[opening].text.startswith("("):  # ("(수정 후 재심사) 김서연, …": a status first)
        close = next((k for k in range(opening, min(n, opening + 4)) if tokens[k].text.endswith(")")), n)
        opening = close + 1 if close + 1 < n else opening
    first = _names_run_end(tokens, opening) if n >= 5 else None
    if first is not None:  # names first: CJK words after their full stop open the title ("김영. 해양 환경에")
        k = end = first[0] + 1
        cjk_names = all(_CJK_NAME.fullmatch(t.text) or t.text in _NAME_JOINERS for t in tokens[opening:end])
        if labels[end - 1] == "title" and cjk_names:
            labels[opening:end] = ["author"] * (end - opening)  # ("정다은, 김서연. 대학생의 …": the last one)
        while (
            k < n and labels[k] == "author" and _CJK_CHAR.match(tokens[k].text) and tokens[k].text[-1] != "."
        ):
            k += 1
        if k < n and labels[k] == "title":
            labels[end:k] = ["title"] * (k - end)
        elif (
            k + 2 < n
            and labels[k] == "author"
            and _CJK_CHAR.match(tokens[k].text)
            and _CJK_NAME.fullmatch(tokens[k + 1].text)
            and _EDITORS.match(tokens[k + 2].text.rstrip(","))
        ):  # "김서연. 정서조절과 우울. 이민규 (편), *Book*": a chapter, its book's editor after its title
            labels[end : k + 1] = ["title"] * (k + 1 - end)
            labels[k + 1 : k + 3] = ["editor", "editor"]
        elif k < n and labels[k] == "author" and k > end and _CJK_CHAR.match(tokens[k].text):
            _cjk_title_and_journal(tokens, labels, end, k)  # the names ran on over the whole entry
        if end < n and labels[end] == "author":
            _cjk_title_before_its_imprint(tokens, labels, end)
    if n < 5 or first is not None:
        return
    if labels[opening] == "author" and not _CJK_CHAR.match(tokens[opening].text):
        return  # "Herath, H. M. S. K.; Dissanayake, R. B. Title. Sri Lanka J. …": read as names first
    if any(_TYPE_CODE.search(t.text) for t in tokens):
        return  # GB/T 7714 prints its names first: "吴敬梓, 著. 陆文渊, 点校. 儒林外史[M]. …"
    for start in range(2, n - 2):
        before = tokens[start - 1].text
        if _BRACKETED_YEAR.fullmatch(before):
            return  # "Lee, A. (2020). Title. …": author-date, the names come first
        if not before.endswith(".") or _INITIAL_TOKEN.match(before) or tokens[start - 1].quoted:
            continue
        if _EDITORS.match(before.strip(",:;")):
            continue  # "Teoksessa *Kirja*, toim. Tiina Korhonen & Mikko Salo.": the book's editors
        named = next((k for k in range(start) if labels[k] == "author"), None)
        if named is not None and tokens[named].break_before:
            return  # names on a line of their own before: "**Title**\nOlga Lee, Alex Q. Owner\n*Scand. J.*"
        run = _names_run_end(tokens, start)
        if run is None:
            continue
        end, whole = run
        thesis = _THESIS_WORD.match(" ".join(t.text for t in tokens[end + 1 : end + 4])) is not None
        if whole == 1 and not thesis:
            continue  # one whole name alone is a thesis's author ("Nguyễn Thị Thu Hà. Luận án …") or none
        years = (  # (or, with the year in the section's heading, the volume: "Res Publica 66(1): 5-29.")
            k
            for k in range(end + 2, min(n, end + 18))
            if _VANCOUVER_YEAR.match(tokens[k].text) or _volume_token(tokens[k].text)
        )
        year = next(years, None)
        if year is None or ("title" not in labels[: start + 1] and "title" in labels[start:]):
            return
        labels[:start] = ["title"] * start
        labels[start : end + 1] = ["author"] * (end + 1 - start)
        venue = next((k for k in range(end + 1, year) if _has_digit(tokens[k].text)), year)
        labels[end + 1 : venue] = ["container"] * (venue - end - 1)  # (its numbers, if first, kept)
        if labels[year] in ("title", "author", "container"):
            labels[year] = "volume" if _volume_token(tokens[year].text) else "date"
        return


def _volume_token(text: str) -> bool:
    """Whether a token is a volume, with its issue or its comma or colon: "66(1):", "683,"."""
    bare = text.rstrip(":,")
    return _VOL_ISSUE.fullmatch(bare) is not None or (
        bare != text and _VOLUME_NUMBER.fullmatch(bare) is not None
    )


def _cjk_title_before_its_imprint(tokens: Sequence[Token], labels: list[str], start: int) -> None:
    """Korean ABNT read as names to its end ("이정민; 윤주덕. DMZ 하천의 물고기. 서천: 국립생태원, 2020.",
    "이정민. 기후변화와 냉수성 어류. In: …"): after the names, the sentence before a place, a year or an
    "In:" is the title; a place's publisher runs to its comma."""
    n = len(tokens)
    stop = next((k for k in range(start, min(n, start + 20)) if tokens[k].text.endswith(".")), None)
    if stop is None or stop + 1 >= n or any(labels[k] != "author" for k in range(start, stop + 1)):
        return
    if not (start and _CJK_NAME.fullmatch(tokens[start - 1].text)):
        return  # (after CJK names: "… Bui Sarah. In situ DRIFTS study …" is no such list)
    words = tokens[start : stop + 1]
    cjk = sum(bool(_CJK_CHAR.search(t.text)) for t in words)
    if any(t.text.endswith(",") for t in words) or 2 * cjk < len(words):
        return
    place = tokens[stop + 1].text
    if not (labels[stop + 1] in ("date", "note", "other") or place in _IN_WORDS or place.endswith(":")):
        return
    labels[start : stop + 1] = ["title"] * (stop + 1 - start)
    if place.endswith(":") and labels[stop + 1] == "author":
        labels[stop + 1] = "location"
        k = stop + 2
        while k < n and labels[k] == "author":
            labels[k] = "publisher"
            if tokens[k].text.endswith(","):
                break
            k += 1


def _cjk_title_and_journal(tokens: Sequence[Token], labels: list[str], start: int, stop: int) -> None:
    """Korean Vancouver read as names to its end ("이현우, 박정민. 국내 … 분석. 약학회지. 2021;"): after
    the names, the sentence up to `stop` (its full stop) is the title, the next one the journal."""
    year = next(
        (k for k in range(stop + 1, min(len(tokens), stop + 6)) if _VANCOUVER_YEAR.match(tokens[k].text)),
        None,
    )
    if any(labels[k] != "author" for k in range(start, stop + 1)):
        return
    if year is None or year == stop + 1 or any(labels[k] != "author" for k in range(start, year)):
        # ABNT's "이정민; 최현정. Title. 한국환경생태학회지, v. 39, 2025.": the journal up to its comma,
        # then its numbers
        end = stop + 1
        while end < len(tokens) and labels[end] in ("author", "title") and not tokens[end].text.endswith(","):
            end += 1
        if end + 1 < len(tokens) and labels[end] in ("author", "title") and labels[end + 1] in _NUMBERS:
            labels[start : stop + 1] = ["title"] * (stop + 1 - start)
            labels[stop + 1 : end + 1] = ["container"] * (end - stop)
        return
    if not tokens[year - 1].text.endswith(".") or any(t.text.endswith(",") for t in tokens[stop + 1 : year]):
        return  # (a book's "東京, 東京大学出版会, 1998": its place and publisher, no journal)
    labels[start : stop + 1] = ["title"] * (stop + 1 - start)
    labels[stop + 1 : year] = ["container"] * (year - stop - 1)


def _names_run_end(tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
    """The index of the last token of a run of names from `start` ("Kim MJ*, Lee SH, et al.", "김민준,
    이상훈.", "Nguyễn Thị Thu Hà✉, Lê Hoàng Nam."), which ends at a full stop, and how many of them are
    whole names (not initialled); None when no such run starts there."""
    k, n, whole = start, len(tokens), 0
    while k < n:
        text = tokens[k].text
        cjk = _CJK_NAME.fullmatch(text)
        if cjk:
            if cjk.group("end") == ".":
                return k, 0
            if not cjk.group("end") and k + 2 < n and tokens[k + 1].text in _NAME_JOINERS:
                k += 2  # "정하은, 윤도현 & 강수빈.": the last name after its "and"
                continue
            if not cjk.group("end"):  # "오영일 외.": a name before the et al.
                return (k + 1, 0) if k + 1 < n and tokens[k + 1].text in _CJK_ET_AL else None
            k += 1
            continue
        first = k
        while k < n and k - first < 2 and _FAMILY_WORD.fullmatch(tokens[k].text):
            k += 1
        initials = _MARKED_INITIALS.fullmatch(tokens[k].text) if first < k < n and not whole else None
        if initials and first == start and _MIDDLE_INITIAL.fullmatch(tokens[k].text) and k + 1 < n:
            # "Michael T. Olsen, Priya …" opening the names: a middle initial (not "…, Labarthe P. Geochem…")
            initials = None if _LAST_NAME_WORD.fullmatch(tokens[k + 1].text) else initials
        if initials is None:  # a whole name ("Nguyễn Thị Thu Hà✉,", "Hendrik F. L. Vermeulen.") or one
            k, end = first, _whole_name_end(tokens, first)  # initials first ("L. Vermeersch (c),")
            if end is None:
                return None
            k, ending = end
            whole += not _MIDDLE_INITIAL.fullmatch(tokens[first].text)
        else:
            ending = initials.group("end")
        ended = ending == "."
        k += 1
        if k + 1 < n and tokens[k].text == "et" and tokens[k + 1].text == "al.":
            return k + 1, whole
        if k < n and _ET_AL.match(tokens[k].text) and tokens[k].text.endswith("."):
            return k, whole  # "e.a.", "m.fl."
        if k + 1 < n and tokens[k].text in _NAME_JOINERS:
            k += 1  # "Vasseur É. et Belkacem N."
        elif ended:
            return k - 1, whole
    return None


def _whole_name_end(tokens: Sequence[Token], first: int) -> tuple[int, str] | None:
    """The last token of a name written whole from `first` ("Nguyễn Thị Thu Hà✉,", "L. Vermeersch (c),",
    "A.-S. Barbier.", "T. Gielen en …") and the punctuation that ends it ("," or ".", "" before a joiner
    or an et al.); None if the words there are no such name."""
    k, n = first, len(tokens)
    initialled = _MIDDLE_INITIAL.fullmatch(tokens[first].text) is not None
    while k < n and k - first < 6:
        text = tokens[k].text
        last = _LAST_NAME_WORD.fullmatch(text) if k > first else None
        if last and len(last.group("word")) > 1:
            word = last.group("word")
            if initialled and (len(word) < 3 or fold(word) in ABBREVIATED_VENUE_WORDS):
                return None  # a journal's abbreviated name: "J. Am. Chem. Soc.", "J. Chem. Phys."
            return k, last.group("end")
        word = k > first and _FAMILY_WORD.fullmatch(text) is not None and not _MIDDLE_INITIAL.fullmatch(text)
        after = tokens[k + 1].text if word and k + 1 < n else ""
        if after and (mark := _DETACHED_MARK.fullmatch(after)):
            return k + 1, mark.group("end")  # "Vermeersch (c),", "Dufresne ✉,"
        if after and (after in _NAME_JOINERS or _ET_AL.match(after)):
            return k, ""  # "Vermeersch en T. Gielen", "Ruelens e.a."
        if not (_MIDDLE_INITIAL.fullmatch(text) or _FAMILY_WORD.fullmatch(text)):
            return None
        k += 1
    return None


_DETACHED_MARK = re.compile(rf"\(?[{re.escape(ROLE_MARKS)}]{{1,3}}\)?(?P<end>[,.]?)")


_NAME_JOINERS = frozenset({"and", "&", "et", "y", "e", "i", "a", *_AND_WORDS.split("|")})


_CAPITALISED_NAME = rf"[{CAPITAL}\u1e00-\u1eff][^\W\d_]*(?:[-'’][{CAPITAL}]?[^\W\d_]+)?"
_FAMILY_WORD = re.compile(_CAPITALISED_NAME)
_MIDDLE_INITIAL = re.compile(rf"(?:[{CAPITAL}]\.-?){{1,3}}")  # ("A.-S.", "D.A.")
_LAST_NAME_WORD = re.compile(
    rf"(?P<word>{_CAPITALISED_NAME})(?:\(?[{re.escape(ROLE_MARKS)}]{{1,3}}\)?)?(?P<end>[,.])"
)
_MARKED_INITIALS = re.compile(  # "MJ,", "DS(✉).", and dotted: "É.,", "J.-B." (its own full stop ends it)
    rf"(?:[{CAPITAL}]{{1,3}}(?:-[{CAPITAL}]{{1,2}})?|(?:[{CAPITAL}]\.-?){{0,2}}[{CAPITAL}](?=\.))"
    rf"(?:\(?[{re.escape(ROLE_MARKS)}]{{1,3}}\)?)?(?P<end>\.?,|\.)"
)
_CJK_NAME = re.compile(
    rf"[{HAN_HANGUL}]{{2,4}}(?:\(?[{re.escape(ROLE_MARKS)}]{{1,3}}\)?)?(?P<end>[,.，、;；]?)"
)
_CJK_ET_AL = frozenset({"외.", "等.", "等。", "ほか."})
_VANCOUVER_YEAR = re.compile(rf"{YEAR}(?:[;.:,]|$)")


_VANCOUVER_INITIALS = re.compile(r"[A-Z]{1,3},")  # "MC," "J,": initials without stops
_VANCOUVER_LAST_INITIALS = re.compile(r"[A-Z]{1,3}\.")


def _aas_venue_after_the_year(tokens: Sequence[Token], labels: list[str]) -> None:
    """AAS's (ADS's) "Okonjo, T. N., & Kirby, E. 2025, ApJ, 979, 88 The Mass-Metallicity Relation …
    2025ApJ...979...88O": after the names and the year come the journal, volume and first page, then
    the title on its own line; the bibcode under it is no field."""
    for k, token in enumerate(tokens):
        if _BIBCODE.fullmatch(token.text):
            labels[k] = "other"
    year = next((k for k in range(1, len(tokens)) if labels[k - 1] == "author" and labels[k] == "date"), None)
    if year is None or year + 4 >= len(tokens) or not tokens[year].text.endswith(","):
        return
    journal = year + 1
    end = next(
        (j for j in range(journal, min(journal + 4, len(tokens))) if tokens[j].text.endswith(",")), None
    )
    if end is None or any(c.isdigit() for t in tokens[journal : end + 1] for c in t.text):
        return
    volume, page = end + 1, end + 2
    if page >= len(tokens) or not _AAS_VOLUME.fullmatch(tokens[volume].text):
        return
    if not _AAS_PAGE.fullmatch(tokens[page].text) or "title" not in labels[page + 1 :]:
        return
    labels[journal : end + 1] = ["container"] * (end + 1 - journal)
    labels[volume], labels[page] = "volume", "pages"
    ids = (k for k in range(page + 1, len(tokens)) if labels[k] in ("doi", "arxiv", "url", "other"))
    stop = next(ids, len(tokens))  # the title runs on to its bibcode or identifiers
    if stop - page > 3:
        labels[page + 1 : stop] = ["title"] * (stop - page - 1)


_AAS_YEAR = re.compile(rf"{YEAR}[a-z]?, [A-Z]")  # "2025, ApJ": a year, then the journal
_BIBCODE = re.compile(
    r"(?:1[89]|20)\d\d[A-Za-z&][\w&.]{4}[\w.]{4}[A-Za-z.][\d.]{4}[A-Z]"
)  # 2025ApJ...979...88O
_AAS_VOLUME = re.compile(r"\d{1,4},")
_AAS_PAGE = re.compile(r"[A-Z]?\d{1,6}")


def _server_before_its_doi(tokens: Sequence[Token], labels: list[str]) -> None:
    """ "2025. ChemRxiv: 10.26434/chemrxiv-2025-7hq2r.": the preprint server naming the DOI after it is
    the venue, not part of the DOI."""
    for k in range(len(tokens) - 1):
        text = tokens[k].text
        named = labels[k] == "doi" and labels[k + 1] == "doi" and text.endswith(":") and text[:1].isupper()
        if named and guess_kind(text.rstrip(":"), VenueKind.OTHER) is VenueKind.PREPRINT:
            labels[k] = "container"


def _arxiv_marker_is_no_venue(tokens: Sequence[Token], labels: list[str]) -> None:
    """biblatex's "arXiv: 2509.11873 [cond-mat.mtrl-sci]. Under review at Nature Communications.": the
    marker, the id and its category are the arXiv identifier, not a venue (the journal after it is)."""
    for k in range(len(tokens) - 1):
        if tokens[k].text.lower() != "arxiv:" or not _ARXIV_NUMBER.fullmatch(
            tokens[k + 1].text.rstrip(".,;")
        ):
            continue
        end = k + 2 if k + 2 < len(tokens) and tokens[k + 2].text.startswith("[") else k + 1
        if "container" in labels[end + 1 :]:
            labels[k : end + 1] = ["arxiv"] * (end + 1 - k)


_ARXIV_NUMBER = re.compile(r"\d{4}\.\d{4,5}(?:v\d+)?")


def _semicolon_names_end(tokens: Sequence[Token], labels: list[str]) -> None:
    """ACS's "Okoro, A.; Fischer, L.; Zhang, W. Operando Raman …": in names cut by semicolons, each
    "Family, I." whole, the last ends at its initials; the words after them open the title."""
    run = [i for i, name in enumerate(labels) if name == "author"]
    if len(run) < 4 or run[-1] - run[0] + 1 != len(run) or run[-1] + 1 >= len(labels):
        return
    if labels[run[-1] + 1] != "title":
        return
    bare = [tokens[i].text.rstrip(MARKER_CHARS) for i in run]
    cuts = [k for k, text in enumerate(bare) if text.endswith(";")]
    if len(cuts) < 1 or cuts[-1] + 3 >= len(run):
        return
    family, *rest = range(cuts[-1] + 1, len(run))
    if not bare[family].endswith(","):
        return
    k = 0
    while k < len(rest) and _INITIAL_TOKEN.match(bare[rest[k]].removesuffix(":")):
        k += 1
        if bare[rest[k - 1]].endswith(":"):  # DIN's "Haugen, K. A.: Title": the colon ends the names
            break
    if k == 0 or k == len(rest) or not bare[rest[k - 1]].endswith((".", ".:")):
        return
    if _closing_particle(tokens, run[rest[k]]):  # ("…; SILVA, A. G. da. Title": its particle ends it)
        k += 1
    while k < len(rest) and _DETACHED_MARK.fullmatch(bare[rest[k]] or tokens[run[rest[k]]].text):
        k += 1  # ("…; KIM, J. (✉) Title": the last name's mark)
    for i in rest[k:]:
        labels[run[i]] = "title"


def _short_title_run_before_venue(labels: list[str]) -> None:
    """A second, short title run right before the venue ("…, N. Rösch, | Comp. | Theor. Chem.") is the
    venue's first word."""
    runs = fields_of(labels).all("title")
    for run in runs[1:]:
        after = run.indexes[-1] + 1
        before = labels[
            run.indexes[0] - 1
        ]  # "…(AAAI), 2021 | and AI for Content Creation workshop | (AICCW)"
        short = len(run.indexes) <= 2 or before in ("container", "date")
        if short and after < len(labels) and labels[after] == "container":
            for i in run.indexes:
                labels[i] = "container"


def _authors_end_at_a_dash(tokens: Sequence[Token], labels: list[str]) -> None:
    """Google Scholar's "S Varga, M Lindahl… - ACM Computing Surveys, 2024 - dl.acm.org": a lone dash
    ends the author list; what follows it, up to the date, is the venue."""
    run = [i for i, name in enumerate(labels) if name == "author"]
    if not run:
        return
    after = run[-1] + 1  # the dash in the author run, or right after it
    dash = next(
        (i for i in [*run, after] if i < len(tokens) and tokens[i].text in _DASHES and i > run[0]), None
    )
    if dash is None or tokens[dash].break_before or _dash_between_names(tokens, labels, dash):
        return
    labels[dash] = "other"
    following = tokens[dash + 1] if dash + 1 < len(tokens) else None
    if following is not None and (
        following.quoted or following.text[:1] in '“"«„' or "italic" in following.styles
    ):  # "Marchetti, Sofia — “Title” — Journal", NP 405's "SAMPAIO, Maria -- *Title*": fields apart
        return
    if labels[dash + 1 : dash + 2] == ["title"] and not any(t.text in _DASHES for t in tokens[dash + 1 :]):
        return  # NP 405's "SAMPAIO, Maria -- Title. *Journal*. N.º 14": no second dash before a site's name
    i = dash + 1
    while i < len(labels) and not tokens[i].break_before and tokens[i].text not in _DASHES:
        if labels[i] in ("author", "title", "container", "other"):
            labels[i] = "date" if _YEAR_TOKEN.match(tokens[i].text) else "container"
        i += 1
    if i < len(labels) and tokens[i].text in _DASHES:  # "- dl.acm.org": where Scholar found it
        while i < len(labels) and not tokens[i].break_before:
            labels[i] = "other" if labels[i] != "url" else "url"
            i += 1


_DASHES = frozenset({"-", "–", "—", "--", "---"})  # (org-mode and LaTeX write dashes as "--")


def _inverted_names_between_dashes(tokens: Sequence[Token], labels: list[str]) -> None:
    """Finnish law's "Sipilä, Laura – Rautio, Hanna-Maria – Bergström, Jonas: Title": the names go on
    over each dash to the colon that closes them."""
    run = [i for i, name in enumerate(labels) if name == "author"]
    if not run or run[0] != 0:
        return
    dash = run[-1] + 1  # each step: a dash, "Family,", "Given" (or "Given:", the last)
    while dash + 2 < len(tokens) and _dash_between_names(tokens, labels, dash):
        if tokens[dash + 2].text.endswith(":"):
            labels[run[-1] + 1 : dash + 3] = ["author"] * (dash + 2 - run[-1])
            return
        dash += 3


def _dash_between_names(tokens: Sequence[Token], labels: list[str], dash: int) -> bool:
    """Italian humanities' "M. Lutzu - G. Bernardi, *Title*": a dash between two names of the author
    run, the second an initialled name ending at a comma, and no other lone dash in the entry (as
    Google Scholar's " - site" has); Finnish law's "Sipilä, Laura – Rautio, Hanna-Maria: Title": a dash
    between inverted names, the last closed by a colon."""
    if dash + 2 >= len(tokens):
        return False
    family, given = tokens[dash + 1].text, tokens[dash + 2].text
    if (
        tokens[dash - 1].text[-1:].isalpha()  # "Laura –" (a given name, no stop)
        and family.endswith(",")
        and NAME_TOKEN.match(family[:-1])
        and NAME_TOKEN.match(given.rstrip(":"))
        and (given.endswith(":") or (dash + 3 < len(tokens) and tokens[dash + 3].text in _DASHES))
    ):
        return True
    if labels[dash] != "author" or labels[dash + 1] != "author":
        return False
    end = next((k for k in range(dash + 1, min(dash + 5, len(tokens))) if tokens[k].text.endswith(",")), None)
    return (
        end is not None
        and end > dash + 1
        and all(labels[k] == "author" for k in range(dash + 1, end + 1))
        and all(_INITIAL_TOKEN.match(tokens[k].text) for k in range(dash + 1, end))
        and tokens[end].text[:1].isupper()
        and not any(t.text in _DASHES for t in tokens[dash + 1 :])
    )


def _names_before_a_colon(tokens: Sequence[Token], labels: list[str]) -> None:
    """DBLP's "Julia Okoye, Mikael Lindahl: Title.": full names separated by commas end at a colon,
    so the name the labeller gave to the title ("Mikael Lindahl:", "Wei Zhang 0017:") is an author's;
    DBLP's homonym number ("0017") is no part of the name."""
    run = [i for i, name in enumerate(labels) if name == "author"]
    if not run:
        return
    end = run[-1] + 1
    if (  # "R. J. | Amundsen: Title", "Wei Zhang, Rebecca J. | Amundsen: Title": the surname after initials
        end < len(tokens)
        and _initial_word(tokens[run[-1]].text)
        and _initials_before_a_surname(tokens, run)
        and labels[end] == "title"
        and _SURNAME_AND_COLON.fullmatch(tokens[end].text)  # (not "J. Phys.: Conf. Ser.")
        and not tokens[end].break_before
        and not _title_word(tokens[end].text)
    ):
        labels[end] = "author"
        return
    if tokens[run[-1]].text[-1:] in ".;:":  # a list closed, or a name cut: "Julia | Okoye:"
        return
    if end < len(tokens) and tokens[end].break_before:
        return  # the title opens a line of its own: no name runs on into it
    set_off = end < len(tokens) and tokens[end].styles & _ITALIC_OR_LINK
    if set_off and not tokens[end - 1].styles & _ITALIC_OR_LINK:
        return  # the title set off in italics or as a link: "Elif Karaosmanoğlu, *Tanınma Kuramları: …*"
    k = end
    borrowed = 0  # a title's word inside a name: Balinese "Ni Made Ayu Lestari:", once
    while k < len(labels) and k - end < 8 and labels[k] == "title":  # (two names: "Putri Ayu Wulandari^,
        text = _WITHOUT_MARKS.sub("", tokens[k].text)  # Hosni Idrus:", their marks left out)
        if _HOMONYM.match(text) or (_CJK_CHAR.match(text) and len(text.rstrip(":,")) <= 3):
            pass  # (a homonym's number; a CJK family or given name: "森本 健太, 西田 遥, 河村 剛: Title")
        elif (
            not borrowed
            and NAME_TOKEN.match(text)
            and not tokens[k - 1].text.endswith(",")
            and _title_word(text)
            and k + 1 < len(labels)
            and NAME_TOKEN.match(tokens[k + 1].text.rstrip(":"))
            and not _title_word(tokens[k + 1].text)
        ):
            borrowed = 1
        elif (
            text in _NAME_JOINERS
            and (k == end or text not in ("and", "&"))
            and not tokens[k - 1].text.endswith(",")
        ) or (k > end and text in PARTICLES):
            pass  # "Rik Jansen en Marloes Oosterhout:", "Esther Hoekstra en Kim M. de Groot:"
        elif not NAME_TOKEN.match(text.rstrip(":")) or text in ("and", "&") or _title_word(text):
            return  # "Edward Tenner, Why Things Bite Back: ...": words of titles, not names
        if text.endswith(":"):
            break
        k += 1
    else:
        return
    if k >= len(labels) or not tokens[k].text.endswith(":") or k + 1 >= len(labels):
        return
    if any(_closing_initial(tokens, run, i) for i in run):
        return  # "Lee, A., Deep Learning: A Survey": initials mean the title may start with capitals
    initialled = any(_INITIAL_TOKEN.match(tokens[i].text) for i in run)  # (middle ones: "Rebecca J. …")
    given = lexicon().get(fold(tokens[end].text.strip(",:")), "") == "n"  # ("Duncan": only ever a name)
    given = given or _WITHOUT_MARKS.sub("", tokens[k].text) != tokens[k].text  # ("Saputro^:": a role mark)
    if initialled and sum(tokens[i].text.endswith(",") for i in run) < 2 and not given:
        return  # "Natana J. DeLong-Bas, Wahhabi Islam: …": one name before may be all there is
    if len(run) % 2 == 0 and all(tokens[i].text.endswith(",") for i in run):
        return  # "WHITE, Hayden, Metahistory: …": inverted names, one word a part, are complete
    for i in range(end, k + 1):
        labels[i] = "other" if _HOMONYM.match(tokens[i].text) else "author"


def _closing_initial(tokens: Sequence[Token], run: Sequence[int], i: int) -> bool:
    """Whether token `i` of an author run is an initial that opens or closes a name ("Lee, A.,", "A. Lee",
    Vancouver's "Dizon C. B."), not a middle initial ("Rebecca J. Amundsen")."""
    text = tokens[i].text
    if not _INITIAL_TOKEN.match(text):
        return False
    return i in (run[0], run[-1]) or text.endswith(",") or tokens[i - 1].text.endswith(",")


_SURNAME_AND_COLON = re.compile(rf"{_CAPITALISED_NAME}:")


def _initials_before_a_surname(tokens: Sequence[Token], run: Sequence[int]) -> bool:
    """Whether the initials ending an author run open a name ("R. J.", "…, И. В.") or follow its given name
    ("Luis Moreno, Rebecca J.") in a list whose other names end with their surnames: not Vancouver's "Dizon
    C. B." nor an inverted "Adeyemi, T. O."."""
    k = run[-1]
    while k > run[0] and _initial_word(tokens[k - 1].text):
        k -= 1
    piece = k  # the name the initials belong to, from after the last comma
    while piece > run[0] and not tokens[piece - 1].text.endswith(","):
        piece -= 1
    if k - piece > 1:
        return False  # "Santiago R. M.": more than a given name before them
    names = [n.split() for n in " ".join(tokens[i].text for i in run if i < piece).split(",") if n.strip()]
    if k > piece and not names:  # "Bjørnstad M. Re: …" alone: Vancouver's name as well as a given name and
        return run[-1] - k >= 1  # an initial; two initials are a given name's ("Ana C. F. Lopes: Title")
    return all(len(words) >= 2 and not _initial_word(words[-1]) for words in names)


def _initial_word(text: str) -> bool:
    """An initial, or a patronymic's two letters ("Yu.", "Ch."): "Pavel Yu. Sidorov"."""
    return bool(_INITIAL_TOKEN.match(text) or _TWO_LETTER_INITIAL.fullmatch(text))


_TWO_LETTER_INITIAL = re.compile(r"(?:Yu|Ya|Ye|Yo|Ch|Sh|Zh|Kh|Ts)\.")  # (not a surname: "H. T. Vo.")


_HOMONYM = re.compile(r"^\d{4}:?$")
_HOMONYM_SUFFIX = re.compile(r"(?<=[^\W\d_])\s+\d{4}$")


def _title_word(text: str) -> bool:
    """Whether real records use the word in titles and (almost) never in names."""
    classes = lexicon().get(fold(text.strip(".,:;")), "")
    return "t" in classes and "n" not in classes


def _numbers_are_no_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """An author run after the venue or date that holds a number ("fasc. 1, S. 233–260.") is the
    entry's numbers: no name has digits."""
    after_venue = titled = False
    i = 0
    while i < len(labels):
        titled = titled or labels[i] == "title"
        if labels[i] == "container" or (labels[i] == "date" and titled):
            after_venue = True
        if labels[i] == "author" and after_venue:
            j = i
            while j < len(labels) and labels[j] == "author":
                j += 1
            if any(any(c.isdigit() for c in tokens[k].text) for k in range(i, j)):
                for k in range(i, j):
                    labels[k] = "volume"
            i = j
            continue
        i += 1


def _cjk_title_goes_on_as_names(tokens: Sequence[Token], labels: list[str]) -> None:
    """APA in Korean, "이하은, 박서윤 (2021). 판소리 … 위한<br>계산적 접근: 〈춘향가〉 … 대상으로.
    *한국음악연구*": the words after the title read as more names, up to the full stop before the styled
    venue, are the title's (its names came first)."""
    title = [i for i, name in enumerate(labels) if name == "title"]
    if not title or "author" not in labels[: title[0]]:
        return
    i = j = title[-1] + 1
    while j < len(labels) and labels[j] == "author":
        j += 1
    if (
        i < j < len(labels)
        and labels[j] == "container"
        and tokens[j].styles & TITLE_STYLES
        and tokens[j - 1].text.endswith(".")
        and any(_CJK_CHAR.search(tokens[k].text) for k in range(i, j))
    ):
        labels[i:j] = ["title"] * (j - i)


def _authors_after_title(labels: list[str]) -> None:
    """Author tokens after the title, beside the venue, while the authors stand before it: the venue.

    "Can. J. Fish. Aquat. Sci." reads like initials; its place says it is a journal.
    """
    title = [i for i, name in enumerate(labels) if name == "title"]
    if not title or "author" not in labels[: title[0]]:
        return
    end = title[-1]
    i = end + 1
    while i < len(labels):
        if labels[i] == "author":
            j = i
            while j < len(labels) and labels[j] == "author":
                j += 1
            after = labels[j] if j < len(labels) else None
            before = labels[i - 1]
            if after in ("container", "volume", "pages", "date") or before == "container":
                for k in range(i, j):
                    labels[k] = "container"
            i = j
        else:
            i += 1


_ABBREVIATION = re.compile(r"(?i)^(?:[A-Z]\.|vs\.|e\.g\.|i\.e\.|al\.|etc\.|no\.|vol\.|st\.|dr\.)$")
_FUNCTION_WORDS = frozenset("a an and the of in on for to with by from at as via or".split())


def _venue_after_title(labels: list[str]) -> bool:
    """Whether the venue follows the title directly (at most a date between them)."""
    title = [i for i, name in enumerate(labels) if name == "title"]
    if not title:
        return True
    after = [name for name in labels[title[-1] + 1 :] if name != "date"]
    return not after or after[0] == "container"


def _venue_out_of_title(tokens: Sequence[Token], labels: list[str]) -> None:
    """A title that runs past its sentence end into the venue ("Title. Fish and Fisheries. 20:343") is cut.

    Only in an entry with no venue, at the last sentence end followed by a short capitalised phrase or
    by numbers, so that a title of two sentences with a venue elsewhere is left whole.
    """
    title = [i for i, name in enumerate(labels) if name == "title"]
    if len(title) < 5 or all(tokens[i].quoted for i in title):  # a quoted title ends at its quote
        return
    start, end = title[0], title[-1]
    styled = TITLE_STYLES.intersection(*(tokens[i].styles for i in title))
    if styled and (end + 1 == len(tokens) or styled.isdisjoint(tokens[end + 1].styles)):
        return  # "**Who Owns the Genome? Property and Privacy**": a styled title ends where its style does
    own_line = (
        (start == 0 or tokens[start].break_before) and end + 1 < len(tokens) and tokens[end + 1].break_before
    )
    if own_line and not any(tokens[i].break_before for i in range(start + 1, end + 1)):
        return  # a line of its own above the names: "Shape Bias? A Controlled Study" is all title
    for b in range(end - 1, start + 2, -1):
        word = tokens[b].text
        nxt = tokens[b + 1].text
        if not word.endswith((".", "?", "!")) or _ABBREVIATION.match(word) or not opens_capitalised(nxt):
            continue
        if _dotted_initial(word):
            continue  # a person's initials inside the title: "Гармоническое мышление Н. Я. Мясковского"
        rest = range(b + 1, end + 1)
        if len(rest) > 10 or any(labels[i] != "title" for i in rest):
            return
        words = [tokens[i].text.strip(".,;:") for i in rest if not any(c.isdigit() for c in tokens[i].text)]
        content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
        numbers = any(any(c.isdigit() for c in tokens[i].text) for i in rest)
        # "Title. Технічна електродинаміка. 2025.": a short last sentence right before the year (GOST,
        # DSTU, Vancouver) is the journal, however it is capitalised
        dated = end + 1 < len(labels) and labels[end + 1] == "date" and len(rest) <= 6
        capitalised = sum(map(opens_capitalised, content)) >= 0.8 * len(content)
        if not content or not (capitalised or numbers or dated):
            return
        if word.endswith("?") and words[0] in ("A", "An"):  # "…First Responders? A Safety Audit": a subtitle
            return
        for i in rest:
            text = tokens[i].text
            if _URL.match(text):
                labels[i] = "url"
            elif any(c.isdigit() for c in text) and not _ORDINAL.fullmatch(text):
                labels[i] = "volume"  # (an ordinal is the meeting's number: "Πρακτικά 15ου … Συνεδρίου")
            else:
                labels[i] = "container"
        return


#: An ordinal ("38th", "15ου", "3e", "5-й"): in a venue, the meeting's number, a word of its name.
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th|ου|ο|η|ης|e|er|ème|º|ª|\.|-?го|-?й|-?я|-?th)")


#: The styles a page marks a title with.
TITLE_STYLES = frozenset({"bold", "italic", "link"})


def _title_after_the_date(tokens: Sequence[Token], labels: list[str]) -> None:
    """APA's "Names (2021). Title. Journal, 12(1), 33–41." in a script the labeller does not know, the
    words after the year read as a note: the first sentence is the title, the rest before the numbers
    the journal. The names may follow a year column ("2022 | Names (2565). …"), and a year of another era
    in APA's brackets after them (the Thai "(2565).", the Solar Hijri "(1401).") is their date; words the
    labeller ran on with the names past it are the title and journal too."""
    first = next((k for k, name in enumerate(labels) if name == "author"), None)
    if first is None or any(name not in ("date", "other") for name in labels[:first]):
        return
    date = None
    for k in range(first + 1, len(labels)):
        if labels[k] == "date":
            date = k
            break
        if labels[k] != "author":
            return
        if _BRACKETED_YEAR_NUMBER.fullmatch(tokens[k].text) and tokens[k - 1].text.endswith((".", ",")):
            labels[k] = "date"
            date = k
            break
    if date is None:
        return
    run = []
    for k in range(date + 1, len(labels)):
        if labels[k] not in ("note", "other", "author"):
            break
        run.append(k)
    if len(run) < 2:
        return
    ends = [k for k in run[:-1] if tokens[k].text.endswith((".", "।", "?", "!"))]
    numbers = run[-1] + 1 < len(labels) and labels[run[-1] + 1] in ("volume", "pages")
    last = ends[0] if ends and numbers else run[-1]
    for k in run:
        labels[k] = "title" if k <= last else "container"


_BRACKETED_YEAR_NUMBER = re.compile(r"\(\d{4}\)[.,]?")  # "(2565).": a year, of whichever era


def _journal_read_as_publisher(labels: list[str]) -> None:
    """ "IEEE Access. 2023. Vol. 11. P. 45120–45133." with "IEEE Access" read as a publisher and no venue:
    a publisher followed by a volume is the journal."""
    runs = fields_of(labels).all("publisher")
    if len(runs) != 1:
        return
    after = set(labels[runs[0].indexes[-1] + 1 :])
    if "volume" in after and "location" not in labels:
        for i in runs[0].indexes:
            labels[i] = "container"


def _title_indexes(fields: Fields) -> tuple[int, ...]:
    """The title's tokens: the longest title run, joined with title runs at most one token away."""
    runs = fields.all("title")
    if not runs:
        return ()
    longest = max(len(r.indexes) for r in runs)
    best = next(i for i, r in enumerate(runs) if len(r.indexes) >= min(3, longest))
    first = last = best
    while first > 0 and runs[first].indexes[0] - runs[first - 1].indexes[-1] <= 2:
        first -= 1
    while last + 1 < len(runs) and runs[last + 1].indexes[0] - runs[last].indexes[-1] <= 2:
        last += 1
    return tuple(range(runs[first].indexes[0], runs[last].indexes[-1] + 1))


def _author_indexes(fields: Fields, title: Sequence[int]) -> tuple[int, ...]:
    """The author tokens: the author runs on the same side of the title as the longest one; in an
    edited volume with no authors printed, its editors before the title."""
    runs = fields.all("author") or [r for r in fields.all("editor") if title and r.indexes[-1] < title[0]]
    if not runs:
        return ()
    t0 = title[0] if title else 10**9
    before = [r for r in runs if r.indexes[-1] < t0]
    after = [r for r in runs if r.indexes[0] > t0]
    side = before if sum(len(r.indexes) for r in before) >= sum(len(r.indexes) for r in after) else after
    if not side:
        return ()
    # the longest run and the runs next to it (a name the labeller missed between two runs), not a run
    # far off ("de Vries, A., 2023. Handbook. Kundzewicz, Z. (eds.)": the book's editor)
    longest = max(range(len(side)), key=lambda k: len(side[k].indexes))
    first = last = longest
    while first > 0 and side[first].indexes[0] - side[first - 1].indexes[-1] <= _RUN_GAP:
        first -= 1
    while last + 1 < len(side) and side[last + 1].indexes[0] - side[last].indexes[-1] <= _RUN_GAP:
        last += 1
    return tuple(range(side[first].indexes[0], side[last].indexes[-1] + 1))


_RUN_GAP = 4  # at most three tokens between two author runs of one list of names


#: A note saying the first authors contributed equally: "Equal contribution of both authors",
#: "… of the first two authors", "The first two authors contributed equally".
_EQUAL_NOTE = re.compile(
    r"(?i)\bequal(?:ly)?\s(?:contributions?|contributed)\s(?:of|by|from)\s(?:the\s)?(?P<a>both|first\s\w+)\sauthors"
    r"|\b(?:the\s)?(?P<b>both|first\s\w+)\sauthors\s(?:have\s)?(?:contributed\sequally|are\s(?:joint|co-?)\s?first)"
)
_HOW_MANY = {"both": 2, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4}


def _equal_by_note(authors: list[Author], outside: str) -> list[Author]:
    """The authors, the first ones marked as equal contributors when a note of the entry says so
    (pybtex's `note` field, printed after the citation) and no marker does."""
    found = _EQUAL_NOTE.search(outside) if "author" in outside.lower() else None
    if found is None or any(a.equal_contribution for a in authors):
        return authors
    words = (found.group("a") or found.group("b")).lower().split()
    count = _HOW_MANY.get(words[-1], 0)
    if not 2 <= count <= len(authors):
        return authors
    return [evolve(a, equal_contribution=True) if k < count else a for k, a in enumerate(authors)]


def _untitled_citation(labels: Sequence[str]) -> bool:
    """Whether labels with no title are a citation that prints none (physics' and chemistry's styles):
    names first, then a journal (or an arXiv id), then its numbers (`_citation_without_a_title`)."""
    venue = next((k for k, name in enumerate(labels) if name in ("container", "arxiv")), None)
    if not labels or labels[0] != "author" or venue is None:
        return False
    return any(name in _NUMBERS for name in labels[venue:]) and all(
        name in ("author", "status", "other") for name in labels[:venue]
    )


@frozen
class Reading:
    """What one entry gave: its paper, the role markers no legend explains, the names printed highlighted."""

    paper: Paper
    unexplained: frozenset[str]
    highlighted: tuple[str, ...]


_EMAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]*[A-Za-z]")


def to_paper(labelled: Labelled, context: EntryContext, *, require_authors: bool = True) -> Reading:
    """The paper a labelled entry prints, with the markers no legend explains and the highlighted names.

    Raises `Unreadable` when no title (or, when `require_authors`, no author) can be found.
    """
    labels = _settled(labelled)
    fields = fields_of(labels)
    title_idx = _title_indexes(fields)
    title = clean_title(labelled.text_of(title_idx)) if title_idx else ""
    if not title and not _untitled_citation(labels):
        msg = "entry has no title that can be told apart from its authors and venue"
        raise Unreadable(msg)
    if "@" in title and _EMAIL_ADDRESS.search(title):  # "E-mail priyanka.d@nitw.ac.in, … Mobile +91-…"
        msg = f"entry {title[:60]!r} is a contact line (an e-mail address), not a paper"
        raise Unreadable(msg)
    author_idx = _author_indexes(fields, title_idx)
    authors, styled, unknown = (
        read_authors(labelled, author_idx, context.legend, lenient=not require_authors)
        if author_idx
        else ([], [], set())
    )
    if not authors and require_authors:
        msg = f"entry {title[:60]!r} has no authors that can be read"
        raise Unreadable(msg)
    taken = set(title_idx) | set(author_idx)
    rest = [s for s in fields.segments if not taken.intersection(s.indexes)]
    outside = " ".join(labelled.text_of(s.indexes) for s in rest)
    authors = _equal_by_note(authors, outside)

    # identifiers: from the text outside the title and from link targets
    targets = " ".join(s.target for s in labelled.block.spans if s.kind == "link" and s.target)
    ids = _identifiers(f"{outside} {targets}")

    # status and awards
    status = Status.PUBLISHED
    note = None
    found = status_in(_join(labelled, (s for s in rest if s.label not in ("url", "doi", "arxiv"))))
    if found:
        status, m = found
        note = _status_note(m)
    awards = _awards(labelled, rest)

    # venues: container runs, split where a date run stands between two of them
    venue_runs: list[list[Segment]] = []
    run_dates: list[Segment | None] = []  # the date printed right after each run, before other venue text
    dates: list[str] = []
    other_dates: list[str] = []  # a preprint's ("arXiv:2310.01234, 2023"), a meeting's ("(UAI" + "2024)")
    stray: list[Segment] = []  # container text far from the venue, with no date between: kept as a note
    dated = open_run = False  # a date since the last venue text; the last run may still take a date
    for seg in rest:
        if seg.label == "container":
            if not venue_runs or dated:
                venue_runs.append([seg])
                run_dates.append(None)
                open_run = True
            elif seg.indexes[0] - venue_runs[-1][-1].indexes[-1] <= 2:
                venue_runs[-1].append(seg)
            else:
                stray.append(seg)
                open_run = False
            dated = False
        elif seg.label == "date":
            dates.append(labelled.text_of(seg.indexes))
            if seg.indexes[0] and labelled.labels[seg.indexes[0] - 1] == "arxiv":
                other_dates.append(dates[-1])
            dated = True
            if open_run and run_dates[-1] is None:
                run_dates[-1] = seg
    venues: list[Venue] = []
    venue_years: list[int | None] = []
    extra_numbers: list[str] = []
    imprints: list[str] = []
    ranking = RANKING.search(" ".join(_join(labelled, run) for run in venue_runs) + " " + outside)
    for run, following in zip(venue_runs, run_dates, strict=True):
        raw = _join(labelled, run)
        before = run[0].indexes[0] - 1
        if before >= 0 and labelled.labels[before] == "status":  # "Accepted to | the Conference on X"
            raw = re.sub(r"^(?i:the)\s", "", raw)
        if following is not None and raw.count("(") > raw.count(")"):  # "(UAI" + "2024)"
            raw = f"{raw} {labelled.text_of(following.indexes)}"
            other_dates.append(labelled.text_of(following.indexes))
        elif raw.count(")") > raw.count("(") and raw.rstrip(" .,;").endswith(")"):  # "(submitted to | PRX)"
            raw = raw.rstrip(" .,;")[:-1]
        kind = _BRACKETED_KIND.match(raw)  # NLM's "[dissertation]. | University of Vienna"
        if kind and _BARE_THESIS.fullmatch(kind.group(1)):
            raw = f"{kind.group(1)}, {raw[kind.end() :]}"
        institution, _, degree = raw.rstrip(" .").rpartition(", ")  # MLA's "ETH Zürich, PhD dissertation"
        home, *units = institution.split(", ")  # ("Sveučilište u Zagrebu, Medicinski fakultet, …")
        if home and all(_INSTITUTION_PART.search(u) for u in units) and _BARE_THESIS.fullmatch(degree):
            raw = f"{degree}, {home}"
        raw = _degree_place_institution(raw)
        glued_numbers = re.search(r";\s{0,3}(\d[^\s]*)", raw)  # "Nat Commun;13(1):5988"
        if glued_numbers:
            extra_numbers.append(glued_numbers.group(1))
            raw = raw[: glued_numbers.start()]
        raw = _strip_noise(raw)
        for part in _SEVERAL_VENUES.split(raw):
            venue, vyear = _venue(part)
            if venue is not None:
                venues.append(venue)
                venue_years.append(vyear)
            elif _IMPRINT_ONLY.match(part.strip()):
                imprints.append(part.strip(" ,.;"))  # a book's "Recife: Editora UFPE. 312 p.": its publisher
        if venue_years and venue_years[-1] is None and following:
            following_text = labelled.text_of(following.indexes)
            years = _YEAR_OUTSIDE_A_RANGE.findall(following_text) or _YEAR.findall(following_text)
            venue_years[-1] = int(years[0]) if years else None
    publisher = _clean(_join(labelled, (s for s in rest if s.label == "publisher"))).strip(" ,.;:()،")
    publisher = publisher or "; ".join(imprints)
    location = _clean(_join(labelled, (s for s in rest if s.label == "location"))).strip(" ,.;:()،")
    if venues and publisher:
        venues[0] = Venue(venues[0].name, venues[0].acronym, venues[0].kind, publisher=publisher)

    # year: printed date, a year in the venue, the heading, the arXiv id
    date_text = " ".join(dates)
    printed_years = [int(y) for y in _YEAR.findall(date_text) or _MONTH_SLASH_YEAR.findall(date_text)]
    single = [int(y) for y in _YEAR_OUTSIDE_A_RANGE.findall(date_text)]
    if single and len(single) < len(printed_years):  # "pp. 1875–1880, Mar. 2024": pages read as the date
        printed_years = single
    year = venue_years[0] if venue_years and venue_years[0] else None
    published = [int(y) for d in dates if d not in other_dates for y in _YEAR.findall(d)]
    if year is None:
        year = printed_years[0] if printed_years else next((y for y in venue_years if y), None)
    elif published and year not in published and len(venues) == 1:  # "(Oberwolfach 2019), Springer, 2021"
        year = published[0]
    if year is None:
        numbered = _join(
            labelled, (s for s in rest if s.label in ("volume", "pages", "note", "other", "status"))
        )
        # (a year inside a number, "e2023GL106512", only when no heading dates the entry)
        page_years = [] if context.heading_year else _YEAR_NOT_A_PAGE.findall(_ISSN.sub("", numbered))
        number_years = [
            int(y)
            for y in page_years
            # "Accepted 01/2025": a status with its month and year (not "accessed 11/2024", a note);
            # Nordic journals' issue and year, "Lakimies 5/2021"
            or _MONTH_SLASH_YEAR.findall(
                _join(labelled, (s for s in rest if s.label in ("status", "volume")))
            )
        ]
        year = number_years[0] if number_years else None
    year = year or context.heading_year or ids.arxiv_year
    described = [s for s in rest if s.label in ("note", "publisher", "other", "location")]
    while described and described[-1].label == "location":  # "…, Kongens Lyngby": the town is no part
        if _INSTITUTION.search(labelled.text_of(described[-1].indexes)):
            break  # (but "…, Faculté de médecine, | Université de Lausanne" is the thesis's institution)
        described.pop()
    described_text = _join(labelled, described)
    thesis = _THESIS.search(described_text)  # "PhD diss., University of | Wisconsin"
    if thesis and _ALSO_A_THESIS.search(described_text, 0, thesis.start()):
        thesis = None  # "Berlin 2005 (zugl. Diss. Univ. Frankfurt 2003)": a book that was also a thesis
    if thesis and publisher and " " not in _clean(thesis.group(0)).strip(" []().,"):
        thesis = None  # "Berlin: Duncker & Humblot 2014 … [Dissertation]": a thesis published as a book
    archived = (
        thesis is not None and thesis.group(0).startswith("[") and thesis.group(0).rstrip(".,").endswith("]")
    )
    # a venue read inside the thesis's words ("PhD diss., University of | Tehran.") is the thesis too
    split = thesis is not None and len(venues) == 1 and not _THESIS.search(venues[0].name)
    whole = _THESIS.search(labelled.block.text) if split else None
    inside = whole is not None and venues[0].name in whole.group(0)
    thesis = whole if inside else thesis
    if thesis and (not venues or archived or inside):  # APA's "[Doctoral dissertation, University of Zurich]"
        name = _THESIS_END.sub("", _clean(thesis.group(0))).strip(" [].,:;")
        if name.startswith("(") and name.endswith(")") and name.count("(") == 1:
            name = name[1:-1]  # APA's "Title (Doctoral dissertation)."
        if not _DEGREE_IN_BRACKETS.search(name):  # (ABNT's "Tese (Doutorado em X)" keeps its bracket)
            name = _BRACKETED_END.sub(r", \1", name, count=1).strip(" ()")
        # (or the place read before it: "Nanterre, Université Paris Nanterre, Mémoire de Licence 3")
        institution = _institution(publisher or (location if _INSTITUTION.search(location) else ""))
        if institution and "," not in name and institution not in name:
            name = (
                f"{name}, {institution}"  # "PhD thesis (ETH Zurich)", GSA's "[Ph.D. thesis]: Wellington, …"
            )
        # (the institution is the thesis's publisher too, as CSL has it)
        venues[:] = [Venue(name, None, VenueKind.THESIS, publisher=institution or None)]
        venue_years[:] = [None]
        publisher = ""
    elif (
        venues
        and _BARE_THESIS.fullmatch(bare_degree := _WORD_STOP.sub("", venues[0].name))
        and (publisher or _INSTITUTION.search(location))
    ):
        # "Master’s thesis" read as the venue, "Seoul National University" as its publisher (or "PhD" and
        # "dissertation, University of Notre Dame", or ISO 690's "Bandung: Institut Teknologi Bandung" as
        # the place): one venue named as above, from its first sentence
        printed = publisher or location.rpartition(": ")[2]
        degree, institution = bare_degree, _SENTENCE_AFTER_A_WORD.split(printed, maxsplit=1)[0]
        lead = _THESIS_WORD_LEAD.match(institution)
        if lead:
            degree, institution = f"{degree} {lead.group(1)}", institution[lead.end() :]
        field, comma, after = institution.partition(", ")  # "Memoria de Título | de Ingeniero Civil, Univ…"
        if comma and field.split(" ", 1)[0] in ("de", "em", "en", "in") and _INSTITUTION.search(after):
            degree, institution = f"{degree} {field}", after
        institution = _institution(institution)
        venues[:] = [Venue(f"{degree}, {institution}", None, VenueKind.THESIS, publisher=institution or None)]
        venue_years[:] = [None]
        publisher = ""
    if venues and venues[0].kind is VenueKind.THESIS:
        venues[0] = _thesis_venue(venues[0])
    if ids.arxiv and len(venues) == 1 and _PREPRINT_WORD.fullmatch(venues[0].name):
        venues.clear()  # ("Препринт, arXiv:2403.01872": the kind of work, and its server)
        venue_years.clear()
    if not venues and ids.arxiv:  # the arXiv id is the venue only when nothing else is named
        venues.append(Venue("arXiv", None, VenueKind.PREPRINT))
        venue_years.append(None)
    if len(venues) > 1 and len(set(venue_years)) > 1:
        venues = [
            Venue(v.name, v.acronym, v.kind, publisher=v.publisher, year=y)
            for v, y in zip(venues, venue_years, strict=True)
        ]
    month = next(
        (month_number(w) for w in re.findall(r"[A-Za-z]{3,9}\.?", date_text) if month_number(w)), None
    )

    glued = _GLUED_NUMBERS.search(date_text)  # Vancouver's "2022;13(1):1981" printed as one date
    printed = _join(labelled, (s for s in rest if s.label in ("volume", "pages")))
    printed = " ".join([printed, *extra_numbers])
    printed_year = _YEAR.search(date_text)
    year_text = printed_year.group(1) if printed_year else None
    numbers = (
        _numbers(f"{printed} {glued.group(1) if glued else ''}", year_text)
        if printed.strip() or glued
        else {}
    )
    labelled_pages = _page_numbers(_join(labelled, (s for s in rest if s.label == "pages")))
    if labelled_pages:  # the labeller's pages beat a guess from all the numbers together
        numbers["pages"] = labelled_pages
        volume_text = " ".join([_join(labelled, (s for s in rest if s.label == "volume")), *extra_numbers])
        if not glued and not any(c.isdigit() for c in volume_text):
            numbers.pop("volume", None)
            numbers.pop("number", None)
    dated = (bool(run_dates) and run_dates[0] is not None) or (
        bool(venue_years) and venue_years[0] is not None
    )
    trailing = (
        _VOLUME_AFTER_VENUE.search(venues[0].name) if venues and dated and not numbers.get("volume") else None
    )
    if trailing and venues:  # "In: Zeitschrift für Dialektologie 91 (2024)": the number is the volume
        numbers["volume"] = trailing.group(1)
        first = venues[0]
        venues[0] = evolve(first, name=first.name[: trailing.start()])
    if numbers.get("volume") and venues and venues[0].kind is VenueKind.OTHER:
        venues[0] = Venue(
            venues[0].name,
            venues[0].acronym,
            VenueKind.JOURNAL,
            publisher=venues[0].publisher,
            year=venues[0].year,
        )
    if venues and all(v.kind is VenueKind.PREPRINT for v in venues) and status is Status.PUBLISHED:
        status = Status.PREPRINT
    if not venues and ids.arxiv and status is Status.PUBLISHED:
        status = Status.PREPRINT
    extra: dict[str, str] = {}
    if ranking:
        extra["ranking"] = ranking.group(0).strip("()")
    if location:
        extra["address"] = location
    if publisher and not venues:
        extra["publisher"] = publisher
    notes = _clean(_join(labelled, [s for s in rest if s.label == "note"] + stray))
    if notes and not found:
        note = notes.strip(" ()[].,;")
    editors = _clean(_join(labelled, (s for s in rest if s.label == "editor")))
    editors = _EDITOR_MARK_BEFORE.sub("", _IN_BEFORE_EDITORS.sub("", editors))
    editors = _EDITOR_MARK_AFTER.sub("", editors).strip(" ,.;:()")
    if editors:  # ("In: Ж. Ковачевић (ур.)" names Ж. Ковачевић)
        extra["editor"] = editors
    paper = Paper(
        title,
        authors,
        venues,
        year,
        status,
        awards,
        ids,
        source=Source(context.path, labelled.block.line, context.section, context.number),
        note=note,
        selected=context.selected,
        volume=numbers.get("volume"),
        number=numbers.get("number"),
        pages=numbers.get("pages"),
        month=month,
        extra=extra or None,
    )
    highlighted = tuple(a.name for a, s in zip(authors, styled, strict=True) if s)
    return Reading(paper, frozenset(unknown), highlighted)


# "AAAI ... (AAAI), 2021 and AI for Content Creation workshop (AICCW) at CVPR, 2021"
_SEVERAL_VENUES = re.compile(r"(?<=\d\d)\s*[.,;]?\s+and\s+(?=[A-Z])|(?<=\))\s*[,;]?\s+and\s+(?=[A-Z])")


def _status_note(m: re.Match[str]) -> str:
    """The status phrase worth keeping: the whole parenthesised remark, else the phrase as printed."""
    text = m.string
    start = text.rfind("(", 0, m.start())
    end = text.find(")", m.end())
    if start >= 0 and end >= 0 and ")" not in text[start : m.start()] and "(" not in text[m.end() : end]:
        return _clean(text[start + 1 : end])
    return m.group(0)


_WORD_STOP = re.compile(r"(?<=[^\W\d_]{4})\.$")  # a full stop after a whole word ("Thesis."), not "Ph.D."
_DEGREE_IN_BRACKETS = re.compile(r"(?i)\((?:doutorado|mestrado|doctorado|maestr[ií]a|licenciatura)\b")
_BRACKETED_END = re.compile(r"\s?\(([^()]+)\)$")


_AUTHOR_AGAIN = re.compile(r"\s?; ")  # (GOST's "/ M. C. Falcão ; Universidade …")


def _thesis_venue(venue: Venue) -> Venue:
    """A thesis's venue as its degree and institution ("Ph.D. dissertation, Cairo Univ." of "…, Dept.
    Geogr. & GIS, Cairo Univ., Giza, Egypt"): the department before the institution, the town and country
    after it, or what follows its full stop ("Leiden University. Leiden Repository", "… of Ibadan. xvi +
    245pp.") are left out; the institution publishes it."""
    if " / " in venue.name:  # GOST's "дис. … канд. наук / Университет ИТМО", "MS thesis / De La Salle Univ."
        # (or with its author again: "tese de doutorado / M. C. Falcão ; Universidade de São Paulo")
        kind, _, responsible = venue.name.partition(" / ")
        venue = evolve(venue, name=f"{kind}, {_AUTHOR_AGAIN.split(responsible)[-1]}")
    words = venue.name.rstrip(" .").split()
    if 2 <= len(words) <= 6 and "," not in venue.name and _THESIS_WORD.fullmatch(words[-1]):
        home = next((w for w in words[:-1] if _UNIVERSITY.search(w) and _CJK_CHAR.search(w)), None)
        if home:  # "서울대학교 대학원 수의학과 박사학위논문": a university, its school, department, degree
            return Venue(f"{words[-1]}, {home}", venue.acronym, VenueKind.THESIS, publisher=home)
    lead = _DEGREE_LEAD.match(venue.name)
    if lead is None and not venue.publisher:  # DIN's "Würzburg, Julius-Maximilians-Universität, Diss."
        parts = venue.name.split(", ")
        home_at = next((k for k in range(len(parts) - 1, -1, -1) if _INSTITUTION.search(parts[k])), None)
        if home_at is not None and home_at < len(parts) - 1 and _THESIS_WORD.match(parts[-1]):
            degree = parts[-1].rstrip(" .")
            return Venue(
                f"{degree}, {parts[home_at]}", venue.acronym, VenueKind.THESIS, publisher=parts[home_at]
            )
    if lead is None:  # "Luận án Tiến sĩ Kinh tế. | Trường Đại học …, Hà Nội": the publisher without its town
        parts = (venue.publisher or "").split(", ")
        named = [k for k, part in enumerate(parts) if _INSTITUTION.search(part)]
        if named and len(parts) - named[-1] == 2 and len(parts[-1].split()) <= 2:
            return evolve(venue, publisher=", ".join(parts[: named[-1] + 1]))
        return venue
    printed = venue.name[lead.end() :].split("; ", 1)[0].rstrip(" ")  # (not "…; Vidal-Pardo E": its director)
    parts = (printed[:-1] if re.search(r"\w{5}\.$", printed) else printed).split(", ")  # (not "Univ.")
    named = [k for k, part in enumerate(parts) if _INSTITUTION.search(part) or _INSTITUTION_PART.search(part)]
    if not named and _ACRONYM_ALONE.fullmatch(parts[0]):
        named = [
            0
        ]  # "Tesis de Doctorado en Antropología Social, CIESAS, Ciudad de México": a centre's acronym
    if not named:
        return venue
    # "…, Giza, Egypt" (a town and its country, or a known place) after it goes; a word alone is the
    # institution's ("University of California, Davis", "…, BUET")
    places = parts[named[-1] + 1 :]
    known = len(places) == 1 and all(_place_word(w) or _STATE_CODE.fullmatch(w) for w in places[0].split())
    # (a town alone after any other name: "Ιόνιο Πανεπιστήμιο, Κέρκυρα", "… Akademii Nauk, Poznań")
    town = len(places) == 1 and len(places[0].split()) <= 2 and not _CAMPUS.match(parts[named[-1]])
    known = known or town
    kept = parts[: named[-1] + 1] if len(places) >= 2 or known else parts
    # "Department of Nursing, University of Ibadan": the department before its institution goes; a
    # university's institutes and faculties go ("Instituto de Matemática …, Universidade de São Paulo"),
    # and the town its name says ("…, Universidade de São Paulo, São Paulo")
    home_at = next((k for k, part in enumerate(kept) if _INSTITUTION.search(part)), None)
    if home_at:
        kept = [p for k, p in enumerate(kept) if k >= home_at or not _INSTITUTION_PART.search(p)]
    at = next((k for k, part in enumerate(kept) if _UNIVERSITY.search(part)), None)
    if at is not None:  # (everything before the university is one of its units: "…, Control Group, Univ…")
        university = kept[at]
        after = [p for p in kept[at + 1 :] if not (_INSTITUTION.search(p) or _INSTITUTION_PART.search(p))]
        kept = [university, *(p for p in after if p not in university)]
    sentence = _SENTENCE_AFTER_A_WORD.split(kept[-1], maxsplit=1)[0]  # (not after "Univ." or "Fac.")
    kept[-1] = sentence if _INSTITUTION.search(sentence) or _INSTITUTION_PART.search(sentence) else kept[-1]
    # the institution it names publishes it (not a supervisor or a degree the labeller read as the publisher)
    home = next((part for part in kept if _INSTITUTION.search(part) or _ACRONYM_ALONE.fullmatch(part)), None)
    name = f"{lead.group(1)}, {', '.join(kept)}"
    return Venue(name, venue.acronym, VenueKind.THESIS, publisher=home or venue.publisher or kept[-1])


_ACRONYM_ALONE = re.compile(rf"[{CAPITAL}][{CAPITAL}&-]{{2,9}}")
#: "University of California", "Univ. of Wisconsin": a state's university, whose campus follows its name.
_CAMPUS = re.compile(r"(?:The\s)?Univ(?:ersity|\.)\sof\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$")


def _degree_place_institution(raw: str) -> str:
    """ISO 690's thesis "Doctoral thesis. Fukuoka: Kyushu University" as "Doctoral thesis, Kyushu
    University": the town before the colon is no part of the venue; anything else as it is."""
    head, colon, institution = raw.partition(": ")
    degree, stop, place = head.rpartition(". ")
    if (
        colon
        and stop
        and _BARE_THESIS.fullmatch(degree)
        and 0 < len(place.split()) <= 3
        and not any(c.isdigit() for c in place)
        and _INSTITUTION.search(institution)
    ):
        return f"{degree}, {institution.rstrip(' ,.;')}"
    return raw


_SENTENCE_AFTER_A_WORD = re.compile(r"(?<=\w{5})\.\s(?=\S)")  # ("… of Ibadan. xvi + 245pp.")


def _institution(printed: str) -> str:
    """A thesis's institution as printed after it, without the town before it ("Wellington, Victoria
    University of Wellington") or after it ("Norwegian University of Life Sciences, Ås, Norway"), or the
    brackets around it."""
    printed = printed.strip(" ()[].,:")
    town, comma, rest = printed.partition(", ")
    if comma and _INSTITUTION.search(rest) and not _INSTITUTION.search(town):
        return rest
    return town if comma and _INSTITUTION.search(town) and not _INSTITUTION.search(rest) else printed


#: A university's name, in the languages of the lists read: its institutes and faculties are parts of it.
_UNIVERSITY_WORDS = (
    r"univ|uniw|sveučilišt|университет|університет|универзитет|πανεπιστήμ"
    r"|yliopisto|ülikool|üniversite|egyetem|đại học|učení technické|vysoká škola|大学|大學|대학"
)
_UNIVERSITY = re.compile(rf"(?i){_UNIVERSITY_WORDS}")
_INSTITUTION = re.compile(
    rf"(?i){_UNIVERSITY_WORDS}|institut|instytut|college|school|école|escuela|escola|hochschule|polytechn|ETH\b|EPFL|"
    r"høyskole|høgskole|högskola|højskole|hogeschool|korkeakoulu|"
    r"academy|akademi|институт|інститут|факултет|факультет|академи"
)
#: A publishing house, also inside a compound word: "Издательство", "Изд-во", "Universitetsforlaget",
#: "Förlag", "Verlag", "Uitgeverij", "Kustannus".
_PUBLISHING_HOUSE = re.compile(
    r"(?i)издател|изд-во|издава|видав|εκδόσεις|دار|للنشر|انتشارات|forlag|förlag|verlag|uitgever|kustannu"
    r"|出版社|出版|书局|書局|書店|nhà xuất bản|\bnxb\b|yayınlar|yayınevi|wydawnictwo|nakladatel"
    r"|editora|editorial|penerbit"
)
#: A book's imprint alone, "Place: Publisher": "Recife: Editora UFPE", "Berlin: de Gruyter".
_IMPRINT_ONLY = re.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}:\s\S")
#: A part of an institution: "Dept. of Sociology", "Faculty of Arts", "Fac. Arts".
_INSTITUTION_PART = re.compile(r"(?i)facult|fakult|\bfac\.|\bdep(?:artmen)?t\b")
#: A degree's words alone, with no institution: "Master’s thesis", "PhD", "Tesis doctoral", "Dissertation".
_BARE_THESIS = re.compile(
    r"(?i)(?:(?:doctoral|ph\.?\s?d\.?|sc\.\s?d\.|master['’]?s?|bachelor['’]?s?|diploma|m\.?\s?sc\.?|[dm]\.?\s?phil\.?)"
    r"(?:\s(?:thesis|dissertation|diss\.?))?|thesis|dissertation|diss\.?"
    r"|(?:tesis|tese|tesi|thèse)(?:\s(?:doctoral|magister"
    r"|de (?:doctorado|maestría|licenciatura|mestrado|doutorado|doctorat)|di (?:laurea|dottorato)))?"
    r"(?:\s(?:en|em|in)\s\w+(?:\s\w+){0,3})?"  # "Tesis de Maestría en Economía"
    # "Докторска дисертација", "Διδακτορική διατριβή", "B.A. Honors Thesis"
    rf"|(?:(?:[bm]\.\s?(?:a|s|sc|eng)|ph\.\s?d)\.\s)?(?:\w+\s)?(?:{THESIS_WORDS}))"
)
#: What says a book was also a thesis ("zugl. Diss.", German "zugleich"), just before the thesis's words,
#: or a revised one ("versão revista da dissertação", "revised version of my PhD thesis").
_ALSO_A_THESIS = re.compile(
    r"(?i)\bzugl(?:\.|eich)\s?$"
    r"|\b(?:vers[ãa]o revista d[ae]|revised version of (?:my|the|a)(?: phd| doctoral)?)\s?$"
)
#: A thesis venue's degree before its institution: "Ph.D. Dissertation. ", "Ph.d.-avhandling, ".
_DEGREE_LEAD = re.compile(
    # ("Tesis de doctorado, Univ…", "PhD diss., University of Tehran": an abbreviation's period kept)
    # ABNT's "Tese (Doutorado em Estatística) – Instituto …", "Licentiatavhandling – KTH": a dash)
    rf"(?i)(.{{0,30}}?\b(?:{THESIS_WORDS}|diss)(?:[^,.(]|\([^()]{{0,50}}\)){{0,60}}?(?:\.(?=,))?)"
    r"(?:[,.]|(?:\s|(?<=[)）]))[–—-])\s+"  # (and "博士論文（理学）– 筑波大学")
)
_THESIS_WORD_LEAD = re.compile(r"(?i)(thesis|dissertation|diss\.)[,.]?\s+")
#: What follows a thesis's institution: its year, "; 2014", a supervisor ("Supervisor: Prof. X", "Directora").
_THESIS_END = re.compile(
    rf"(?i)(?:[,;.]\s?{YEAR}\b|;|\.\s\((?:in|en|auf)\s|[.,]?\s(?:supervisors?|advisors?|directora?|relatore|betreuer(?:in)?|tutora?)\b)"
    r".*$"
)
_THESIS = re.compile(
    r"(?<![./])"  # (not in an identifier, "10.20868/UPM.thesis.43512"; a compound's end is: "…savhandling")
    r"[\[(]?(?:(?:doctoral|ph\.?\s?d\.?|master'?s?|bachelor'?s?|diploma|m\.?\s?d\.?"
    r"|[bm]\.?\s?(?:tech|sc|phil|a|s)\.?"
    r"|d\.?\s?phil\.?)\s{1,3})?"
    r"(?:thesis|dissertation|diss\.|proefschrift|doktorarbeit|(?:ph\.?d\.?-|doktor)?a[vf]handling|doktoritöö"
    rf"|(?:doktorska\s)?(?:{THESIS_NAMES})"
    # APA in Korean, Chinese, in its brackets: "[박사학위논문, 서울대학교]"
    r"|(?:[석박]사\s?학위\s?논문|[碩博硕修]士(?:學位|学位)?[論论]文)"
    r"|(?:tesis|tese|tesi|thèse|dissertação|teză)"
    r"\s(?:de|di|do|doctoral|dottorato|\((?=doutorado|mestrado|doctorado|maestr[ií]a|licenciatura))\b)"
    r"[^\[\]()]{0,80}(?!\w)[\])]?"  # (never cut inside a word: "…, Universidad Técnica Particular de Loja")
    r"(?:\s?\((?!supervis|advis)[^()\[\]]{2,80}\))?",  # "PhD thesis (University of Basel)"
    re.I,
)
#: An ISSN with its key ("ISSN 0306-2619", "E-ISSN 1872-9118"): its first four digits are no year.
_ISSN = re.compile(r"(?i)\b[ep]?-?issn:?\s?\d{4}-\d{3}[\dx]\b")
_ISSN_KEY = re.compile(r"(?i)[ep]?-?issn:?")
_ISSN_NUMBER = re.compile(r"\d{4}-\d{3}[\dXx]")
_MONTH_SLASH_YEAR = re.compile(rf"(?<!\d)(?:0?[1-9]|1[0-2])/({YEAR})(?!\d)")  # "Published 03/2025"
_GLUED_NUMBERS = re.compile(rf"{YEAR}[a-z]?\s{{0,3}}[;:]\s{{0,3}}(\d[^\s]*)")


_ACCESS_NOTE = re.compile(r"(?i)[.,]?\s*\b(?:available (?:at|from)|retrieved from|(?:last )?accessed)\b.*$")


@lru_cache(maxsize=1 << 12)
def _strip_noise(text: str) -> str:
    """A venue's text without status words, award parentheses, bracketed links, URLs and a number's mark
    left without its number ("NBER Working Paper No")."""
    text = RANKING.sub(" ", _URL.sub(" ", text))
    text = _ARXIV_TEXT.sub(lambda m: " arXiv " if m.start() == 0 else " ", text)
    text = _DOI.sub(" ", text)
    text = _BRACKETED_LINK.sub(" ", text)
    text = _ACCESS_NOTE.sub(" ", text)
    text = _PAREN.sub(
        lambda m: " " if AWARD.search(m.group(1)) or status_in(m.group(1)) else m.group(0),
        text,
    )
    found = status_in(text)
    if found:
        _, m = found
        text = (
            text[: m.start()]
            + " "
            + re.sub(
                rf"^\s*{_FOR_PUBLICATION}(?:{_VENUE_PREPOSITIONS})(?:\s+the)?\b\s?:?",
                " ",
                text[m.end() :],
            )
        )
    return _NUMBER_MARK_LEFT.sub("", _clean(text))


_NUMBER_MARK_LEFT = re.compile(r"[\s,]+(?:No|Nr|no|nr|Nos|№)\.?$")  # "NBER Working Paper No" + its number


def _awards(labelled: Labelled, rest: Sequence[Segment]) -> list[Award]:
    awards: list[Award] = []
    for seg in rest:
        raw = labelled.text_of(seg.indexes)
        if seg.label == "award":
            for piece in re.split("[" + "".join(sorted(AWARD_MARKS)) + "]", raw):
                if re.fullmatch(r"(?:\s*[(\[][^()\[\]]+[)\]])+[\s.,;:]*", piece):
                    names = re.findall(r"[(\[]([^()\[\]]+)[)\]]", piece)
                else:
                    names = [_BRACKETED_LINK.sub(" ", piece)]
                for name in names:
                    name = _clean(name).strip(" .,;:")
                    if name and name.lower() not in LINK_WORDS:
                        awards.append(Award(name))
            continue
        for m in _PAREN.finditer(raw):
            if AWARD.search(m.group(1)) and not re.search(r"(?i)conference|workshop|journal", m.group(1)):
                awards.append(Award(_clean(m.group(1).replace("🏆", " ")).strip(" .")))
        for m in re.finditer(r"\[([^\[\]]{1,60})\]", raw):
            if AWARD.search(m.group(1)):
                awards.append(Award(_clean(m.group(1)).strip(" .")))
    seen: set[str] = set()
    unique = []
    for award in awards:
        if award.name.lower() not in seen:
            seen.add(award.name.lower())
            unique.append(award)
    return unique


def _identifiers(outside: str) -> Identifiers:
    arxiv = None
    m = _ARXIV_TEXT.search(outside)
    if m:
        arxiv = m.group(1) or m.group(2)
    else:
        for url in _URL.findall(outside):
            arxiv = arxiv_id(url.rstrip(".,;"))
            if arxiv:
                break
    doi_match = _DOI.search(outside)
    doi = doi_match.group(1).rstrip(".,;)") if doi_match else None
    urls = [u.rstrip(".,;") for u in _URL.findall(outside) if "doi.org" not in u and "arxiv.org" not in u]
    try:
        return Identifiers(doi=doi, arxiv=arxiv, url=urls[0] if urls else None)
    except ValueError:
        return Identifiers(url=urls[0] if urls else None)
