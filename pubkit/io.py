"""Reading and writing files in any format: `load`, `loads`, `dump`, `dumps`.

Format modules only turn text into a `Bibliography` and back; this module does the file side:
decoding, guessing the format, several inputs at once, and atomic writes.
"""

from __future__ import annotations

import codecs
import contextlib
import glob
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Union

import attrs

from pubkit.bibliography import Bibliography
from pubkit.errors import ParseError, Problem, Severity, WriteError
from pubkit.formats import guess_format, reader, writer

__all__ = ["decode", "dump", "dumps", "load", "loads"]

PathLike = Union[str, "os.PathLike[str]"]


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, *, path: str | None = None) -> tuple[str, list[Problem]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 / UTF-32 with a BOM; a line that is not
    valid UTF-8 is read as Latin-1 (Windows-1252 where it has the letter) with a problem naming it.

    Raises `ParseError` for binary data, which no publication list is.
    """
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is not None and encoding != "utf-8-sig":
        try:
            return data.decode(encoding), []
        except UnicodeDecodeError as err:
            msg = f"{path or '<input>'}: not valid {encoding.upper()} despite its byte order mark"
            raise ParseError(msg) from err
    if b"\x00" in data[:8192]:
        msg = f"{path or '<input>'}: binary data (NUL bytes), not a text publication list"
        raise ParseError(msg)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:4096])  # `<meta charset="windows-1252">`, `<?xml … encoding=`
    if declared is not None:
        try:
            return data.decode(declared.group(1).decode("ascii")), []  # as the file says: no problem
        except (LookupError, UnicodeDecodeError):
            pass
    lines: list[str] = []
    problems: list[Problem] = []
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        try:
            lines.append(line.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as err:
            lines.append(_legacy(line))
            problems.append(
                Problem(
                    f"not valid UTF-8 (byte {line[err.start]:#04x}): read as Windows-1252, check accents",
                    path=path,
                    line=number,
                    text=lines[-1].strip()[:300],
                    kind="encoding",
                    severity=Severity.WARNING,
                )
            )
    return "".join(lines), problems


#: The character set an HTML or XML file declares in its first lines.
_DECLARED_CHARSET = re.compile(rb"""(?i)(?:charset|encoding)\s*=\s*["']?([a-z][\w.:-]{1,30})""")


def _legacy(line: bytes) -> str:
    """A line in a one-byte encoding: Windows-1252 (its quotes and dashes), else Latin-1."""
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:
        return line.decode("latin-1")


def loads(
    text: str, format: str, *, owner: str | None = None, path: str | None = None, strict: bool = False
) -> Bibliography:
    """Read a bibliography from a string in `format` ("cv", "bibtex", "biblatex", "csl-json").

    Unreadable entries become `Bibliography.problems`; with `strict=True` the first error (a lost
    entry, not a warning) raises `ParseError` instead.
    """
    bib = reader(format)(text, path=path, owner=owner)
    first = next((p for p in bib.problems if p.is_error), None) if strict else None
    if first is not None:
        raise ParseError(str(first), first)
    return bib


def load(
    path: PathLike | Iterable[PathLike],
    format: str | None = None,
    *,
    owner: str | None = None,
    strict: bool = False,
) -> Bibliography:
    """Read one file, or several concatenated in order; the format comes from the suffix or content.

    "-" reads standard input.
    """
    if isinstance(path, (str, os.PathLike)):
        return _load_one(path, format, owner=owner, strict=strict)
    parts = [_load_one(p, format, owner=owner, strict=strict) for p in path]
    return sum(parts[1:], parts[0]) if parts else Bibliography()


def _load_one(path: PathLike, format: str | None, *, owner: str | None, strict: bool) -> Bibliography:
    name = os.fspath(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as err:
            msg = f"{name}: cannot read: {err.strerror or err}"
            raise ParseError(msg) from err
    text, notes = decode(data, path=name)
    fmt = format or guess_format(name, text)
    bib = loads(text, fmt, owner=owner, path=name, strict=strict)
    return attrs.evolve(bib, problems=(*notes, *bib.problems)) if notes else bib


def dumps(bib: Bibliography | Iterable[Any], format: str, **options: Any) -> str:
    """Write a bibliography (or any iterable of papers) as a string in `format`.

    Formats: "bibtex", "biblatex", "csl-json", "markdown", "text", "html", "latex"; `options` are
    the format's own (see each format's documentation).
    """
    if not isinstance(bib, Bibliography):
        bib = Bibliography(bib)
    return writer(format)(bib, **options)


def _mode_for(target: Path) -> int:
    """The existing file's permissions, or what a new file gets under the umask (not mkstemp's 0600)."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


#: A temporary file this much older than now was left by a killed write: removed by the next one.
STALE_SECONDS = 600
_KEEPS_MORE = re.compile(r"^[ \t]*(?:@[ \t]*(?:string|comment|preamble)\b|%)", re.IGNORECASE | re.MULTILINE)


def dump(
    bib: Bibliography | Iterable[Any],
    path: PathLike,
    format: str | None = None,
    *,
    force: bool = False,
    **options: Any,
) -> None:
    """Write to a file, atomically: the text goes to a temporary file that replaces `path` at the end.

    The format comes from the suffix (.bib BibTeX, .json CSL-JSON, .md, .txt, .html, .tex) unless
    given; "-" writes to standard output. Writing over one of the bibliography's own inputs when
    that would lose something (entries that became problems, `@string`s or comments, a CV around
    its list) raises `WriteError` unless `force=True`; so does a read-only target, always.
    """
    name = os.fspath(path)
    text = dumps(bib, format or guess_format(name, writing=True), **options)
    if text and not text.endswith("\n"):
        text += "\n"  # a text file ends with a line break
    if name == "-":
        sys.stdout.write(text)
        return
    try:
        target = Path(name).resolve()  # through a symlink: replace the file it points to, keep the link
    except (OSError, RuntimeError) as err:  # a symlink loop
        msg = f"{name}: cannot write: {getattr(err, 'strerror', None) or err}"
        raise WriteError(msg) from err
    _check_target(name, target, bib if isinstance(bib, Bibliography) else None, force=force)
    _remove_stale(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as err:
        msg = f"{name}: cannot write: {err.strerror or err}"
        raise WriteError(msg) from err
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        msg = f"{name}: cannot write: {err.strerror or err}"
        raise WriteError(msg) from err
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _check_target(name: str, target: Path, bib: Bibliography | None, *, force: bool) -> None:
    """Refuse a read-only target, and (unless forced) an input that the output would not hold whole."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as err:
        msg = f"{name}: cannot write: {err.strerror or err}"
        raise WriteError(msg) from err
    if not mode & 0o222:
        msg = f"{name}: is read-only; not replaced"
        raise WriteError(msg)
    if force or bib is None:
        return
    loss = _what_would_be_lost(target, bib)
    if loss:
        msg = f"{name}: is an input and writing over it would lose {loss}; write elsewhere or use --force"
        raise WriteError(msg)


def _what_would_be_lost(target: Path, bib: Bibliography) -> str | None:
    """What of `target`, when it is one of `bib`'s inputs, the output would not keep; None if nothing."""
    read_from = {s.path for p in bib for s in (p.source, *p.merged_from) if s is not None and s.path}
    read_from |= {q.path for q in bib.problems if q.path}
    matching = [n for n in read_from if _same_file(n, target)]
    if not matching:
        return None
    problems = [q for q in bib.problems if q.path in matching]
    if problems:
        return f"{len(problems)} problem(s) met reading it (first at {problems[0].location})"
    try:
        text, _ = decode(target.read_bytes(), path=matching[0])
    except (OSError, ParseError):
        return None
    kind = guess_format(target.name, text)
    if kind == "cv":
        return "the document around its publication list"
    if kind == "bibtex" and _KEEPS_MORE.search(text):
        return "its @string macros, @comments or % comments"
    return None


def _same_file(name: str, target: Path) -> bool:
    try:
        return os.path.samefile(name, target)
    except (OSError, ValueError):
        return False


def _remove_stale(target: Path) -> None:
    """Remove temporary files a killed write to `target` left behind (older than `STALE_SECONDS`)."""
    now = time.time()
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()
