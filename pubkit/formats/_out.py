"""What the résumé, CV-generator and page writers share: YAML scalars, a paper's links and dates.

YAML is written here, not through a YAML library: every string is a double-quoted scalar (JSON's
escapes are valid YAML), so no value can turn into a number, a date, a boolean or a comment.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from urllib.parse import quote

from pubkit.model import Paper

__all__ = ["date_text", "doi_url", "main_url", "yaml_document", "yaml_scalar"]

YamlValue = str | int | bool | None | Sequence["YamlValue"] | Mapping[str, "YamlValue"]
_URI_CHARACTERS = ":/?#[]@!$&'()*+,;=%~"
_LINE_BREAKS = {"\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P"}  # YAML 1.1 folds these raw


def yaml_scalar(value: str | int | bool | None) -> str:
    """One YAML scalar: strings always double-quoted; numbers, booleans and null as themselves.

    >>> yaml_scalar('Say "no": #1'), yaml_scalar(2021), yaml_scalar(True), yaml_scalar("yes")
    ('"Say \\\\"no\\\\": #1"', '2021', 'true', '"yes"')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = json.dumps(value, ensure_ascii=False)
    for char, escape in _LINE_BREAKS.items():
        text = text.replace(char, escape)
    return text


def _key(name: str) -> str:
    plain = name.replace("-", "").replace("_", "").isalnum() and name[:1].isalpha()
    return name if plain else yaml_scalar(name)


def _lines(value: YamlValue, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, Mapping):
        if not value:
            return [pad + "{}"]
        out = []
        for name, item in value.items():
            if isinstance(item, (Mapping, list, tuple)) and item:
                out.append(f"{pad}{_key(name)}:")
                out += _lines(item, indent + 2)
            else:
                out.append(f"{pad}{_key(name)}: {_inline(item)}")
        return out
    if isinstance(value, (list, tuple)):
        out = []
        for item in value:
            if isinstance(item, (Mapping, list, tuple)) and item:
                nested = _lines(item, indent + 2)
                out.append(f"{pad}- {nested[0].lstrip()}")
                out += nested[1:]
            else:
                out.append(f"{pad}- {_inline(item)}")
        return out
    return [pad + _inline(value)]


def _inline(value: YamlValue) -> str:
    if isinstance(value, Mapping):
        return "{}"
    if isinstance(value, (list, tuple)):
        return "[]"
    assert not isinstance(value, Sequence) or isinstance(value, str)
    return yaml_scalar(value)


def yaml_document(value: Mapping[str, YamlValue]) -> str:
    """A mapping as block-style YAML text, keys in the given order.

    >>> print(yaml_document({"cv": {"name": "Ada", "tags": ["a", 1], "none": []}}), end="")
    cv:
      name: "Ada"
      tags:
        - "a"
        - 1
      none: []
    """
    return "\n".join(_lines(value, 0)) + "\n"


def doi_url(doi: str) -> str:
    """The resolver URL of a DOI."""
    return "https://doi.org/" + quote(doi, safe="/:;.-_~@+=,()")


def main_url(paper: Paper) -> str | None:
    """The one link to show for a paper: its DOI, else its URL, else its arXiv abstract page."""
    ids = paper.identifiers
    if ids.doi:
        return doi_url(ids.doi)
    if ids.url and ids.url.startswith(("http://", "https://")):
        return quote(ids.url, safe=_URI_CHARACTERS)  # spaces and non-ASCII escaped: a valid URI
    if ids.arxiv:
        return f"https://arxiv.org/abs/{ids.arxiv}"
    return None


def date_text(paper: Paper, *, day: bool = False) -> str | None:
    """ISO 8601 date of a paper: "2021-06", "2021" (or "2021-06-01" / "2021-01-01" with `day`)."""
    if paper.year is None:
        return None
    if day:
        return f"{paper.year:04d}-{paper.month or 1:02d}-01"
    return f"{paper.year:04d}-{paper.month:02d}" if paper.month else f"{paper.year:04d}"
