"""Venue wording: what kind of venue a name describes, and which venue (and year) it names.

The one place that knows venue wording. Every reader that meets a bare venue string ("Workshop on
...", "IEEE Transactions on ...", "arXiv preprint") asks `guess_kind`, so CVs, BibTeX and CSL-JSON
agree on kinds; `venue_identity` reduces a proceedings title or a journal abbreviation to one
canonical venue with the knowledge table shipped in `pubkit/data/venues.json` (users add entries
with `add_venues`, e.g. from `pubkit.toml`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from pubkit.model import VenueKind, month_number
from pubkit.names import fold
from pubkit.titles import normalize_title

__all__ = [
    "THESIS_NAMES",
    "THESIS_WORDS",
    "VENUE_NOISE",
    "VenueDetails",
    "VenueIdentity",
    "add_venues",
    "check_venue",
    "forget_added_venues",
    "guess_kind",
    "venue_details",
    "venue_identity",
    "venue_words",
    "venues_agree",
]

#: Words that name a thesis on their own in Latin-script languages other than English ("diplomski rad",
#: "Masterarbeit", "Trabajo Fin de Máster"): the thesis words below and the reader's thesis phrases.
THESIS_NAMES = (
    "disertacij\\w*|disertace|(?:diplomski|magistarski|završni|doktorski) rad"
    "|disertasi(?: doktor(?:al)?)?|tesis magister|skripsi"  # Indonesian
    "|(?:master|diplom|bachelor|magister)arbeit|habilitationsschrift|memoria (?:de |\\()t[ií]tulo"
    "|trabajo (?:de )?fin(?:al)? de (?:máster|master|grado|carrera|licenciatura)"
    "|(?:diplomová|bakalářská|disertační) práce"
    "|luận án|luận văn|khóa luận|kandidaatintutkielma|pro gradu(?:-tutkielma)?|lisensiaatintutkimus"
    "|licentiatavhandling"
    "|(?:yüksek lisans|doktora|uzmanlık) tezi|m[ée]moire de (?:master|ma[iî]trise|licence|fin d'[ée]tudes)"
)
#: The words that name a thesis, in English and other languages ("Tesis doctoral", "Ph.d.-avhandling").
THESIS_WORDS = (
    "thesis|dissertation|dissertação|tesis|tese|thèse|tesi|proefschrift|doktorarbeit|\\w*a[vf]handling"
    f"|väitöskirja|rozprawa doktorska|{THESIS_NAMES}"
    "|[석박]사\\s?학위\\s?논문|[碩博硕修]士(?:學位|学位)?論文|[碩博硕]士(?:學位|学位)?论文"
    "|diss|дис|дис(?:с|)ертац\\w*|дисертациј\\w*|автореф\\w*|დისერტაცი\\w*"
    "|διατριβή|διδακτορικ\\w*|ատենախոսություն|رسالة|رساله|پایان‌نامه|עבודת דוקטורט"
)
# First match wins: a workshop "at International Conference ..." is a workshop, a "Late Break Demo in
# ... Conference" a demo, and a preprint server is a preprint whatever else the name says.
_RULES = (
    (
        VenueKind.PREPRINT,
        re.compile(
            # arXiv, bioRxiv, EcoEvoRxiv, PsyArXiv, …
            r"\b(?:\w*rxiv|\w*arxiv|ssrn|preprints?|препринт\w*|corr|osf"
            r"|research square|authorea|hal(?:[- ]shs|[- ]theses)?)\b",  # (HAL: France's open archive)
            re.I,
        ),
    ),
    (
        VenueKind.THESIS,
        re.compile(rf"\b(?:{THESIS_WORDS})\b", re.I),
    ),
    (VenueKind.DEMO, re.compile(r"\bdemo(?:s|nstrations?)?\b|\blate[- ]break", re.I)),
    (VenueKind.WORKSHOP, re.compile(r"workshop", re.I)),
    (
        VenueKind.JOURNAL,
        re.compile(r"\b(?:journal|transactions|letters|review|magazine|annals|bulletin)\b|\bj\.\s", re.I),
    ),
    (
        VenueKind.CONFERENCE,
        re.compile(
            r"\b(?:conference|proceedings|symposium|congress|colloquium|meeting|conf)\b|\bproc\."
            r"|\b(?:congress[oi]|congreso|congrès|kongress|simp[óo]sio|encontro|encuentro|jornadas|semin[áa]rio"
            r"|confer[êe]ncia|conférence|konferenz|tagung|col[óo]quio)\b",
            re.I,
        ),
    ),
    (VenueKind.BOOK, re.compile(r"\b(?:book|chapter|lecture notes)\b", re.I)),
    (VenueKind.REPORT, re.compile(r"\b(?:report|rapport|raport|white paper)\b", re.I)),
)


class VenueIdentity(NamedTuple):
    """Which venue a name names: its canonical form (acronym for events, else full name), kind, year."""

    name: str
    kind: VenueKind
    year: int | None
    known: bool = False
    """Whether the knowledge table (or a user addition) recognised the venue."""


class VenueDetails(NamedTuple):
    """A venue string with its place and month taken out ("Proc. X, Vancouver, Canada, Dec. 2023")."""

    name: str
    place: str | None
    month: int | None


# Words of which every match of each rule contains one (lower case): in an ASCII name, where lower-casing
# is what `re.I` does, a rule none of whose words the name contains cannot match, and its search (a
# regular expression tried at every position) is skipped. Most venue names match one rule or none.
_RULE_WORDS = (
    ("rxiv", "ssrn", "preprint", "corr", "osf", "research square", "authorea", "hal"),
    # (and the ASCII spellings of `THESIS_NAMES`: "Diplomski rad", "Masterarbeit", "Doktora tezi", …)
    (
        *"thesis diss tesi tese proefschrift doktorarbeit handling rozprawa diser arbeit".split(),
        *"habilitation tutkielma lisensiaatin".split(),
        *(" rad", "memoria de t", "fin de ", "final de ", "pro gradu", " tezi", "memoire de "),
    ),
    ("demo", "late"),
    ("workshop",),
    ("journal", "transactions", "letters", "review", "magazine", "annals", "bulletin", "j."),
    (
        *("conf", "proc", "symposium", "congress", "colloquium", "meeting", "congres", "kongress"),
        *("simposio", "encontro", "encuentro", "jornadas", "seminario", "konferenz", "tagung", "coloquio"),
    ),
    ("book", "chapter", "lecture notes"),
    ("report", "rapport", "raport", "white paper"),
)
_WORD_RULES = tuple(
    (kind, pattern, words) for (kind, pattern), words in zip(_RULES, _RULE_WORDS, strict=True)
)


def _rule_kind(name: str) -> VenueKind | None:
    """The kind of the first rule that matches `name`; each rule's words tried first, in order, so the
    search stops at the first match (an ASCII name: a rule with none of its words is not searched)."""
    words_decide = name.isascii()
    lower = name.lower()
    for kind, pattern, words in _WORD_RULES:
        if words_decide:
            for word in words:
                if word in lower:
                    break
            else:
                continue
        if pattern.search(name):
            return kind
    return None


@lru_cache(maxsize=1 << 14)  # venue names repeat across a collection; cleared with the table
def guess_kind(name: str, default: VenueKind = VenueKind.OTHER) -> VenueKind:
    """The kind a venue's wording names, else the kind of a venue the table knows by acronym, else `default`.

    >>> guess_kind("Machine Learning for Music Discovery Workshop at International Conference on ML")
    <VenueKind.WORKSHOP: 'workshop'>
    >>> tuple(guess_kind(n).value for n in ("IEEE Transactions on Imaging", "NeurIPS 2022", "Interspeech"))
    ('journal', 'conference', 'conference')
    """
    kind = _rule_kind(name)
    if kind is not None:
        return kind
    # Only a known acronym decides here ("NeurIPS 2022", "ACL 2021 (Oral)"): a bare full name that
    # says no kind keeps the reader's default; `venue_identity` still knows it.
    findings = _FINDINGS.match(name)  # "Findings of EMNLP": a conference track
    if findings:
        name = findings.group(1).rsplit(":", 1)[-1]
    entry, used = _lookup(name)
    if entry is None:
        return default
    # a match that used words decides only for a one-word name ("Interspeech", "INTERSPEECH 2023")
    one_word = used == 0 or len(_words(_PARENS.sub(" ", name))) == 1
    return _canonical(entry)[1] if one_word else default


# ---- the knowledge table -----------------------------------------------------------------------------

# Not "conference": "Conference on Machine Translation" is not the journal "Machine Translation".
_NOISE = frozenset(
    (
        "the of and on in for at proceedings proc annual volume vol long short papers paper main track part"
    ).split()
)
_ORDINAL_WORDS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        1,
    )
}
_WORD = re.compile(r"[^\W_]+")
_KINDS = {k.value: k for k in VenueKind}
_extra_entries: list[dict[str, Any]] = []


def _words(text: str) -> tuple[str, ...]:
    """Venue words for lookup: folded, no noise words, no numbers or ordinals."""
    out = []
    for word in _WORD.findall(fold(text).replace("'", "").replace("&", " and ")):
        if word in _NOISE or word in _ORDINAL_WORDS:
            continue
        if not word.isalpha() and any(c.isdigit() for c in word):  # (letters only: most words)
            continue
        out.append(word)
    return tuple(out)


class _Table:
    def __init__(self, entries: Iterable[Mapping[str, Any]]) -> None:
        self.by_words: dict[tuple[str, ...], Mapping[str, Any]] = {}
        self.by_acronym: dict[str, Mapping[str, Any]] = {}
        for entry in entries:
            acronym = entry.get("acronym")
            names = [entry["name"], *entry.get("aliases", ()), *entry.get("abbreviations", ())]
            for name in names:
                words = _words(name)
                if words:
                    self.by_words.setdefault(words, entry)
            for short in (acronym, *entry.get("aliases", ()), *entry.get("abbreviations", ())):
                if short and " " not in short.strip():
                    self.by_acronym.setdefault(fold(short).replace(".", ""), entry)
        self.longest = max((len(w) for w in self.by_words), default=0)
        #: the first `_PREFIX_WORDS` words of every name that long: a name starting otherwise has no
        #: known prefix, and its prefix lookups are skipped
        self.heads = {w[:_PREFIX_WORDS] for w in self.by_words if len(w) >= _PREFIX_WORDS}


@lru_cache(maxsize=1)
def _table() -> _Table:
    try:  # beside this module, as installed: without importlib.resources' readers (~1 ms to import)
        text = (Path(__file__).parent / "data" / "venues.json").read_text(encoding="utf-8")
    except OSError:  # (a package in a zip file)
        text = resources.files("pubkit").joinpath("data/venues.json").read_text(encoding="utf-8")
    return _Table([*_extra_entries, *json.loads(text)["venues"]])


def check_venue(entry: Mapping[str, Any]) -> None:
    """Raise `ValueError` unless `entry` is a venue table entry: a name, and optional acronym, kind,
    aliases and abbreviations of the right types."""
    if not isinstance(entry.get("name"), str) or not entry["name"].strip():
        msg = f"a venue entry needs a 'name': {dict(entry)!r}"
        raise ValueError(msg)
    for field in ("aliases", "abbreviations"):
        names = entry.get(field, [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            msg = f"venue {entry['name']!r}: {field} must be a list of names"
            raise ValueError(msg)
    if not isinstance(entry.get("acronym", ""), str):
        msg = f"venue {entry['name']!r}: acronym must be a string"
        raise ValueError(msg)
    kind = entry.get("kind", "other")
    if kind not in _KINDS:
        msg = f"venue {entry['name']!r}: kind must be one of {', '.join(sorted(_KINDS))}, not {kind!r}"
        raise ValueError(msg)


def add_venues(entries: Iterable[Mapping[str, Any]]) -> None:
    """Add venues to the table (same fields as `pubkit/data/venues.json`; yours win over the shipped)."""
    checked = list(entries)
    for entry in checked:
        check_venue(entry)
    _extra_entries.extend(dict(entry) for entry in checked)
    _table.cache_clear()
    venue_identity.cache_clear()
    guess_kind.cache_clear()


def forget_added_venues() -> None:
    """Back to the shipped table: forget every venue `add_venues` added (for tests and long-lived hosts)."""
    _extra_entries.clear()
    _table.cache_clear()
    venue_identity.cache_clear()
    guess_kind.cache_clear()


# ---- reducing a name to its venue -------------------------------------------------------------------

_THESIS_WRAPPER = re.compile(
    r"^\s*(?:(?:ph\.?\s?d\.?|doctoral|master'?s?|m\.?\s?sc\.?|bachelor'?s?|diploma)\s*)?(?:thesis|dissertation)"
    r"\s*(?:[,:;-]|\bat\b|\bof\b)\s*",
    re.I,
)
_FINDINGS = re.compile(r"^\s*findings\s+of\s+(?:the\s+)?(.+)$", re.I)
_WORKSHOP_HOST = re.compile(
    r"(?<!\s)\s+(?:at|@|in conjunction with|co-?located with|held with)\s+(.+)$", re.I
)
_PROCEEDINGS = re.compile(r"^\s*(?:in\s+)?(?:proc(?:eedings|\.)?)(?:\s+of)?(?:\s+the)?\s+", re.I)
_PARENS = re.compile(r"\(([^()]*)\)")
_ACRONYM_IN_PARENS = re.compile(r"^\s*([A-Za-z][\w&/+-]*?)(?:[\s'’-]*(\d{2}|\d{4}))?\s*$")
_YEAR = re.compile(r"(?<![\d.])(19[5-9]\d|20\d\d)(?!\d)")
_SHORT_YEAR = re.compile(r"(?<=[A-Za-z])\s*['’](\d\d)\b")
_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b", re.I)
_TRAILING_NUMBER = re.compile(r"\s(\d{1,3})\s*$")
# A workshop called by a coined name in mixed case: "BlackboxNLP Workshop", "NLP4Prog Workshop".
_NAMED_WORKSHOP = re.compile(r"\b([A-Za-z][A-Za-z\d]+)\s+Workshop\b")
_PREFIX_WORDS = 3
_ACRONYM_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9&]*")


def _canonical(entry: Mapping[str, Any]) -> tuple[str, VenueKind]:
    kind = _KINDS.get(entry.get("kind", "other"), VenueKind.OTHER)
    acronym = entry.get("acronym")
    events = (VenueKind.CONFERENCE, VenueKind.WORKSHOP, VenueKind.DEMO)
    return (acronym if acronym and kind in events else entry["name"]), kind


def _lookup(text: str) -> tuple[Mapping[str, Any] | None, int]:
    """The table entry `text` names, and how many of its words the match used (for a volume number)."""
    table = _table()
    for inner in _PARENS.findall(text):  # "... Linguistics (ACL)", "(ICML'21)"
        found = _ACRONYM_IN_PARENS.match(inner)
        if found and found.group(1).replace(".", "").casefold() in table.by_acronym:
            return table.by_acronym[found.group(1).replace(".", "").casefold()], 0
    bare = _PARENS.sub(" ", text)
    words = _words(bare)
    if words in table.by_words:
        return table.by_words[words], len(words)
    # The longest known event name it starts with ("... Meeting of the ACL and the 11th IJCNLP"): of
    # three words or more, and never a journal ("Journal of X Plus" is not "Journal of X").
    longest = min(len(words), table.longest) if words[:_PREFIX_WORDS] in table.heads else 0
    for size in range(longest, _PREFIX_WORDS - 1, -1):
        entry = table.by_words.get(words[:size])
        if entry is not None and _canonical(entry)[1] is not VenueKind.JOURNAL:
            return entry, size
    tokens = [t for t in _ACRONYM_TOKEN.findall(_PROCEEDINGS.sub("", bare)) if not t.isdigit()]
    # "NeurIPS 2022", "ACL-IJCNLP 2021", "Proc. Interspeech 2023"; every other word is noise or another
    # acronym: "Lancet Oncology" is not "Lancet".
    known = all(t.isupper() or t.casefold() in _NOISE or t.casefold() in table.by_acronym for t in tokens)
    if 1 <= len(tokens) <= 3 and known:
        for token in tokens:
            entry = table.by_acronym.get(token.casefold())
            shaped = token.isupper() or len(token) >= 5 or any(c.isupper() for c in token[1:])
            if entry is not None and shaped:
                return entry, 0
    abbreviation = fold(bare).replace(".", "").strip()
    return table.by_acronym.get(abbreviation), 0


def _year_of(text: str) -> int | None:
    found = _YEAR.search(text)
    if found:
        return int(found.group(1))
    short = _SHORT_YEAR.search(text)
    if short:
        n = int(short.group(1))
        return 2000 + n if n < 50 else 1900 + n
    return None


def _edition(text: str) -> int | None:
    found = _ORDINAL.search(text)
    if found:
        return int(found.group(1))
    return next((n for w, n in _ORDINAL_WORDS.items() if re.search(rf"\b{w}\b", text, re.I)), None)


def _workshop_name(text: str) -> str:
    """A workshop's own name without its host, proceedings wording, edition and year."""
    for inner in _PARENS.findall(text):
        found = _ACRONYM_IN_PARENS.match(inner)
        if found and not found.group(1).isdigit():
            return found.group(1)
    own = _WORKSHOP_HOST.sub("", _PARENS.sub(" ", text))
    named_before = _NAMED_WORKSHOP.search(own)  # "the Fourth BlackboxNLP Workshop on Analyzing ..."
    coined = named_before.group(1) if named_before else ""
    if any(c.islower() for c in coined) and any(c.isupper() or c.isdigit() for c in coined[1:]):
        return coined
    own = _PROCEEDINGS.sub("", own)
    own = re.split(r",", own)[0]
    own = _ORDINAL.sub(" ", _YEAR.sub(" ", own))
    words = [w for w in own.split() if fold(w).strip(".") not in _ORDINAL_WORDS and fold(w) not in ("the",)]
    named = [w for w in words if fold(w) not in ("workshop", "on", "international", "annual")]
    if len(named) == 1:
        return named[0]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def venue_identity(name: str) -> VenueIdentity:
    """The venue `name` names: canonical form (acronym for events), kind, and year when it says one.

    >>> venue_identity("Proceedings of the 59th Annual Meeting of the Association for Computational "
    ...                "Linguistics and the 11th International Joint Conference on Natural Language "
    ...                "Processing (Volume 1: Long Papers)")[:3]
    ('ACL', <VenueKind.CONFERENCE: 'conference'>, 2021)
    >>> venue_identity("Advances in Neural Information Processing Systems 35")[:3]
    ('NeurIPS', <VenueKind.CONFERENCE: 'conference'>, 2022)
    >>> venue_identity("J Mol Cell Cardiol").name
    'Journal of Molecular and Cellular Cardiology'
    """
    text = " ".join(name.split())
    thesis = _THESIS_WRAPPER.match(text)
    if thesis and text[thesis.end() :].strip():
        rest = text[thesis.end() :].strip().rstrip(".")
        return VenueIdentity(_strip_when(rest), VenueKind.THESIS, _year_of(rest), known=False)
    year = _year_of(text)
    findings = _FINDINGS.match(text)
    if findings:
        inner = venue_identity(findings.group(1).rsplit(":", 1)[-1])  # "Findings of the ACL: EMNLP 2021"
        return VenueIdentity(
            f"Findings of {inner.name}", VenueKind.CONFERENCE, year or inner.year, inner.known
        )
    if _rule_kind(text) is VenueKind.WORKSHOP:
        entry, _ = _lookup(text)
        if entry is not None and _canonical(entry)[1] is VenueKind.WORKSHOP:
            return VenueIdentity(_canonical(entry)[0], VenueKind.WORKSHOP, year, known=True)
        return VenueIdentity(_workshop_name(text), VenueKind.WORKSHOP, year, known=False)
    entry, used = _lookup(text)
    if entry is None:
        return VenueIdentity(_strip_when(text), _rule_kind(text) or VenueKind.OTHER, year, known=False)
    canonical, kind = _canonical(entry)
    if year is None and "volume_offset" in entry and used:
        number = _TRAILING_NUMBER.search(_PARENS.sub(" ", text))
        if number:
            year = int(entry["volume_offset"]) + int(number.group(1))
    if year is None and "edition_offset" in entry:
        edition = _edition(text)
        if edition:
            year = int(entry["edition_offset"]) + edition
    return VenueIdentity(canonical, kind, year, known=True)


def _strip_when(text: str) -> str:
    """A venue name without proceedings wording, its year and its place / month tail."""
    name = venue_details(text).name
    name = _PROCEEDINGS.sub("", name)
    name = _YEAR.sub(" ", name)
    return " ".join(name.split()).strip(" ,.;:-") or text


# ---- place and month --------------------------------------------------------------------------------

_VENUE_WORDS = re.compile(
    r"\b(?:conference|proceedings|symposium|workshop|journal|transactions|meeting|congress|volume|vol|"
    r"press|edition|papers|track|series|society|association|acm|ieee|springer)\b",
    re.I,
)
_PLACE_WORD = re.compile(r"^[A-Z][\w.'’-]*$|^(?:de|del|la|le|of|the|and|am|upon|sur|en|du)$")


def venue_details(name: str) -> VenueDetails:
    """The venue name with a trailing month and place (comma-separated, after the name) taken out.

    >>> venue_details("Proc. 3rd BlackboxNLP Workshop, Abu Dhabi, UAE, Nov. 2022")
    VenueDetails(name='Proc. 3rd BlackboxNLP Workshop', place='Abu Dhabi, UAE', month=11)
    """
    parts = [p.strip() for p in name.split(",")]
    if len(parts) < 2:
        return VenueDetails(name.strip(), None, None)
    month = None
    place: list[str] = []
    while len(parts) > 1:
        tail = parts[-1]
        words = tail.replace("-", " ").split()
        if not words:
            parts.pop()
            continue
        if all(_YEAR.fullmatch(w) or month_number(w) for w in words) and month_number(words[0]) is not None:
            month = month or month_number(words[0])
            parts.pop()
            continue
        if all(_YEAR.fullmatch(w) for w in words):
            parts.pop()
            continue
        placelike = all(_PLACE_WORD.match(w) for w in words) and not any(c.isdigit() for c in tail)
        if len(words) <= 4 and placelike and not _VENUE_WORDS.search(tail):
            place.insert(0, tail)
            parts.pop()
            continue
        break
    named = _VENUE_WORDS.search(parts[0]) or _lookup(parts[0])[0] is not None
    if len(parts) == 1 and len(place) == 1 and not named:
        return VenueDetails(name.strip(), None, month)  # "Smith, John": no venue to take a place from
    return VenueDetails(", ".join(parts), ", ".join(place) or None, month)


# ---- comparing two venue names ------------------------------------------------------------------

#: Words that say nothing about which venue a name is ("Proceedings of the Annual ...").
VENUE_NOISE = frozenset(
    [
        "the",
        "of",
        "and",
        "in",
        "on",
        "for",
        "d",
        "de",
        "der",
        "des",
        "la",
        "le",
        "proceedings",
        "proc",
        "annual",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        # "J Rheumatol Suppl" is the supplement series of "Journal of Rheumatology".
        "suppl",
        "supplement",
    ]
)
# Words that may follow a venue's name in a proceedings title: "ACL (Volume 2: Short Papers)".
_VENUE_TAIL = frozenset(
    ["volume", "short", "long", "papers", "part", "main", "findings", "workshops", "companion"]
)


@lru_cache(maxsize=1 << 15)
def venue_words(label: str) -> tuple[str, ...]:
    """Venue name words for abbreviation matching ("d'Anesthesie" -> "d", "anesthesie")."""
    for mark in "'\u2019-\u2010\u2013/":
        label = label.replace(mark, " ")
    words = normalize_title(label).split()
    # Years and edition numbers ("2010", "68th") say when, not which venue.
    kept = (w for w in words if w not in VENUE_NOISE and not any(c.isdigit() for c in w))
    out: list[str] = []
    for word in kept:
        if not out or out[-1] != word:  # "Findings of EMNLP (EMNLP)": the acronym once
            out.append(word)
    return tuple(out)


def _is_acronym(word: str, words: tuple[str, ...]) -> bool:
    """Whether `word` abbreviates a run of at least two of `words` that ends the name: it splits
    into one prefix per word of the run ("neurips": neur-i-p-s, "amcis": am-c-i-s, "acl": a-c-l)."""
    if not 3 <= len(word) <= 12 or word in words:
        return False
    for start in range(len(words) - 1):
        for end in range(len(words), start + 1, -1):
            # The acronym names the whole venue: not "ICCV" for "... Computer Vision and Pattern ...".
            if _VENUE_TAIL.issuperset(words[end:]) and _prefixes(word, words[start:end]):
                return True
    return False


def _prefixes(word: str, run: tuple[str, ...]) -> bool:
    if not run:
        return not word
    if len(word) < len(run):
        return False
    head = run[0]
    return any(
        head.startswith(word[:k]) and _prefixes(word[k:], run[1:]) for k in range(1, min(len(word), 4) + 1)
    )


def venues_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool | None:
    """True when one venue name abbreviates the other ("j clin oncol" / "journal of clinical oncology")."""
    if not a or not b:
        return None
    short, long = (a, b) if len("".join(a)) <= len("".join(b)) else (b, a)
    if "".join(short) == "".join(long):
        return True
    for one, other in ((a, b), (b, a)):
        if len(other) >= 2 and any(_is_acronym(word, other) for word in one):
            return True  # "ICIS: Transforming Society ..." / "Int. Conf. on Inf. Systems"; "AMCIS 2017"
    position = 0
    for word in short:
        while position < len(long) and not long[position].startswith(word):
            position += 1
        if position == len(long):
            return "".join(short) == "".join(w[0] for w in long)  # an acronym
        position += 1
    return True
