"""The one configuration file, `pubkit.toml`: the owner and their aliases, venue additions, dedupe decisions.

Read from the working folder (or a path given with `--config`). Example::

    owner = "Elena Rodríguez"
    aliases = ["E. Rodríguez", "罗艾琳"]

    [[venues]]
    name = "Gathering of Parsers"
    acronym = "GoP"
    kind = "conference"

    [decisions]
    same = [["rodriguez2021sparse", "DBLP:conf/acl/RodriguezOL21"]]
    different = [["Parsing with Routes (2021)", "Parsing with Routes (2023)"]]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs
from attrs import field, frozen

from pubkit.bibliography import Bibliography
from pubkit.dedup.decisions import Decisions, decisions_from_data
from pubkit.errors import ParseError, Problem
from pubkit.venues import add_venues, check_venue

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef,import-not-found,unused-ignore]

__all__ = ["CONFIG_NAME", "Config", "apply_owner", "load_config", "load_decisions", "parse_config"]

#: The file name looked for in the working folder.
CONFIG_NAME = "pubkit.toml"
#: `check` is `pubkit check`'s table (`[check] disable = [...]`), kept here as read.
_KEYS = frozenset({"owner", "aliases", "venues", "decisions", "check"})


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen
class Config:
    """What a `pubkit.toml` says; every field is optional."""

    owner: str | None = None
    aliases: tuple[str, ...] = field(default=(), converter=_strings)
    venues: tuple[Mapping[str, Any], ...] = ()
    decisions: Decisions = field(factory=Decisions)
    path: str | None = None
    check: Mapping[str, Any] = field(factory=dict)
    """The `[check]` table as read (its rules are `pubkit.check`'s business)."""

    def apply(self) -> None:
        """Add this file's venues to the venue table (for the rest of the process)."""
        if self.venues:
            add_venues(self.venues)


def _toml_error(path: str, text: str, err: tomllib.TOMLDecodeError) -> ParseError:
    """A TOML syntax error with its line (tomllib says "at line N" or "at end of document")."""
    message = str(err)
    found = re.search(r"\(at line (\d+), column \d+\)|\(at end of document\)", message)
    line = (int(found.group(1)) if found.group(1) else max(1, len(text.splitlines()))) if found else None
    return _fail(path, f"not valid TOML: {message[: found.start()].strip() if found else message}", line)


def _fail(path: str, message: str, line: int | None = None) -> ParseError:
    problem = Problem(message, path=path, line=line, kind="syntax")
    return ParseError(str(problem), problem)


def parse_config(text: str, *, path: str = CONFIG_NAME) -> Config:
    """A `Config` from TOML text; anything unexpected is a `ParseError` naming the file (and line)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise _toml_error(path, text, err) from err
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise _fail(path, f"unknown setting(s) {', '.join(unknown)} (known: {', '.join(sorted(_KEYS))})")
    owner = data.get("owner")
    if owner is not None and (not isinstance(owner, str) or not owner.strip()):
        raise _fail(path, "owner must be a name (a non-empty string)")
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise _fail(path, "aliases must be a list of names")
    venues = data.get("venues", [])
    if not isinstance(venues, list) or not all(isinstance(v, dict) for v in venues):
        raise _fail(
            path, "venues must be a list of tables ([[venues]] name = ..., acronym = ..., kind = ...)"
        )
    for n, venue in enumerate(venues, 1):
        if not isinstance(venue.get("name"), str) or not venue["name"].strip():
            raise _fail(path, f"venues[{n}] needs a name")
        try:
            check_venue(venue)
        except ValueError as err:
            raise _fail(path, f"venues[{n}]: {err}") from err
    decisions = data.get("decisions", {})
    if not isinstance(decisions, dict):
        raise _fail(path, "decisions must be a table ([decisions] same = [...], different = [...])")
    try:
        parsed = decisions_from_data(decisions)
    except ValueError as err:
        raise _fail(path, str(err)) from err
    check = data.get("check", {})
    if not isinstance(check, dict):
        raise _fail(path, "check must be a table ([check] disable = [...])")
    return Config(owner, aliases, tuple(venues), parsed, path, check)


def load_config(path: str | Path | None = None, *, folder: str | Path = ".") -> Config:
    """The config at `path`, else `pubkit.toml` in `folder` if there is one, else an empty `Config`."""
    target = Path(path) if path is not None else Path(folder) / CONFIG_NAME
    if path is None and not target.is_file():
        return Config()
    try:
        text = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise _fail(str(target), f"cannot read the config file: {err}") from err
    return parse_config(text, path=str(target))


def load_decisions(path: str | Path) -> Decisions:
    """A decisions file: TOML with `same = [[a, b], ...]` / `different = [...]` (or a `[decisions]` table)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise _fail(str(path), f"cannot read the decisions file: {err}") from err
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise _toml_error(str(path), text, err) from err
    table = data.get("decisions", data)
    try:
        return decisions_from_data(table if isinstance(table, dict) else {"decisions": table})
    except ValueError as err:
        raise _fail(str(path), str(err)) from err


def apply_owner(bib: Bibliography, owner: str | None, aliases: Iterable[str] = ()) -> Bibliography:
    """Every paper of `bib` with its owner marked: `owner` (else the owner some input named) or an alias.

    One run reads several files; the owner a CV names is the owner of the BibTeX records beside it.
    """
    names = [n for n in (owner or bib.owner, *aliases) if n]
    if not names:
        return bib
    papers = []
    for paper in bib:
        for name in names:
            paper = paper.with_owner(name)
        papers.append(paper)
    marked: Bibliography = attrs.evolve(bib.with_papers(papers), owner=owner or bib.owner)
    return marked
