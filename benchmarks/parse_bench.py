"""Reading real .bib collections: pubkit against pybtex and bibtexparser v2, measured in the same run.

Usage: python benchmarks/parse_bench.py FILE.bib[.gz] [...]   (e.g. ../shared/bib-corpus/*.bib.gz)

Prints one JSON line per file: entries, papers and problems pubkit reports, seconds for each parser,
and pubkit's time as a ratio of each peer's. pubkit parses through pybtex and then builds the model
(names, LaTeX decoding, venues), so the ratio to pybtex is the cost of that model.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pubkit


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def _timed(run: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def _pybtex(text: str) -> int:
    import pybtex.errors
    from pybtex.database import parse_string

    pybtex.errors.set_strict_mode(False)
    return len(parse_string(text, "bibtex").entries)


def _bibtexparser(text: str) -> int:
    import bibtexparser

    return len(bibtexparser.parse_string(text).entries)


def bench(path: Path) -> dict[str, object]:
    """Time the three parsers on one file."""
    text = _read(path)
    seconds, bib = _timed(lambda: pubkit.loads(text, "bibtex", path=str(path)))
    assert isinstance(bib, pubkit.Bibliography)
    row: dict[str, object] = {
        "file": path.name,
        "at_lines": len(re.findall(r"^\s*@", text, re.M)),
        "pubkit_papers": len(bib),
        "pubkit_problems": len(bib.problems),
        "pubkit_s": round(seconds, 2),
    }
    for name, parse in (("pybtex", _pybtex), ("bibtexparser", _bibtexparser)):
        try:
            peer_seconds, entries = _timed(lambda parse=parse: parse(text))  # type: ignore[misc]
        except Exception as err:  # a peer failing on real data is a result, not a crash of the benchmark
            row[f"{name}_error"] = f"{type(err).__name__}: {err}"[:200]
            continue
        row[f"{name}_entries"] = entries
        row[f"{name}_s"] = round(peer_seconds, 2)
        row[f"pubkit_vs_{name}"] = round(seconds / peer_seconds, 2) if peer_seconds else None
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    for path in args.files:
        print(json.dumps(bench(path)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
