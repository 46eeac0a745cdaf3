"""What kind of venue a name describes: the one place that knows venue wording.

Every reader that meets a bare venue string ("Workshop on ...", "IEEE Transactions on ...",
"arXiv preprint") asks `guess_kind`, so CVs, BibTeX and CSL-JSON agree on kinds.
"""

from __future__ import annotations

import re

from pubkit.model import VenueKind

__all__ = ["guess_kind"]

# First match wins: a workshop "at International Conference ..." is a workshop, a "Late Break Demo in
# ... Conference" a demo, and a preprint server is a preprint whatever else the name says.
_RULES = (
    (
        VenueKind.PREPRINT,
        re.compile(
            r"\b(?:arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv|socarxiv|ssrn|techrxiv|preprints?|corr|osf"
            r"|research square|authorea)\b",
            re.I,
        ),
    ),
    (VenueKind.THESIS, re.compile(r"\b(?:thesis|dissertation)\b", re.I)),
    (VenueKind.DEMO, re.compile(r"\bdemo(?:s|nstrations?)?\b|\blate[- ]break", re.I)),
    (VenueKind.WORKSHOP, re.compile(r"workshop", re.I)),
    (
        VenueKind.JOURNAL,
        re.compile(r"\b(?:journal|transactions|letters|review|magazine|annals|bulletin)\b|\bj\.\s", re.I),
    ),
    (
        VenueKind.CONFERENCE,
        re.compile(
            r"\b(?:conference|proceedings|symposium|congress|colloquium|meeting|conf)\b|\bproc\.", re.I
        ),
    ),
    (VenueKind.BOOK, re.compile(r"\b(?:book|chapter|lecture notes)\b", re.I)),
    (VenueKind.REPORT, re.compile(r"\b(?:report|white paper)\b", re.I)),
)


def guess_kind(name: str, default: VenueKind = VenueKind.OTHER) -> VenueKind:
    """The kind a venue's wording names, else `default`.

    >>> guess_kind("Machine Learning for Music Discovery Workshop at International Conference on ML")
    <VenueKind.WORKSHOP: 'workshop'>
    >>> guess_kind("IEEE Transactions on Pattern Analysis and Machine Intelligence").value
    'journal'
    """
    return next((kind for kind, pattern in _RULES if pattern.search(name)), default)
