"""Reader for printed publication lists (CVs and publication pages) in any markup.

The work is done in `pubkit.reading`: a markup layer (Markdown, HTML, LaTeX, jemdoc, org, reST,
plain text), a trained field labeller and the interpretation of its labels. This module is the
format table's entry point.
"""

from __future__ import annotations

from pubkit.bibliography import Bibliography
from pubkit.reading.reader import read as _read_list

__all__ = ["read"]


def read(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """Read the publications of a CV or publication page; other sections (talks, service) are skipped.

    `owner` names the CV's owner; without it the top heading, the most highlighted name or the
    author on nearly every paper is used.
    """
    return _read_list(text, path=path, owner=owner)
