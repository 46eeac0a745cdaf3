"""pubkit's lossless BibTeX scanner against pybtex and bibtexparser v2 on real .bib collections, one run.

Usage: python benchmarks/scan_bench.py [FILE.bib[.gz] ...]   (default: the ACL Anthology collection in
../shared/bib-corpus/)

Prints one JSON line per file: the entries each tool found, seconds for each, the scanner's time as a
ratio of each peer's, the scanner's peak memory (tracemalloc, a separate pass), and `format_bibtex`'s
seconds. `scanner` only splits blocks and fields (raw values); `scanner_records` also expands macros
and `#` joins into one dict per entry, the records pybtex and bibtexparser build: what a scanner-based
fast path in the BibTeX reader would cost before names and LaTeX.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from pubkit.formats._bibscan import BlockKind, expand, scan
from pubkit.formats.bibtex_format import format_bibtex

DEFAULT = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "bib-corpus" / "acl_anthology_jgrey4296.bib.gz"
)


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def _timed(run: Callable[[], int]) -> tuple[float, int]:
    gc.collect()
    start = time.perf_counter()
    found = run()
    return time.perf_counter() - start, found


def _scanner(text: str) -> int:
    return sum(1 for b in scan(text) if b.kind is BlockKind.ENTRY)


def _scanner_records(text: str) -> int:
    """What a fast path would hand bibtex.py: per entry, field name -> expanded value, spaces collapsed."""
    macros: dict[str, str] = {}
    records = []
    for block in scan(text):
        if block.kind is BlockKind.STRING:
            macros[block.fields[0].name.lower()] = expand(block.fields[0].value, macros)[0]
        elif block.kind is BlockKind.ENTRY:
            records.append(
                {f.name.lower(): " ".join(expand(f.value, macros)[0].split()) for f in block.fields}
            )
    return len(records)


def _pybtex(text: str) -> int:
    import pybtex.errors
    from pybtex.database import parse_string

    with pybtex.errors.capture():
        return len(parse_string(text, "bibtex").entries)


def _bibtexparser(text: str) -> int:
    import bibtexparser

    return len(bibtexparser.parse_string(text).entries)


def bench(path: Path) -> dict[str, object]:
    """Time the scanner, pybtex and bibtexparser (and the formatter) on one file."""
    text = _read(path)
    row: dict[str, object] = {"file": path.name, "megabytes": round(len(text.encode()) / 1e6, 1)}
    runs = (
        ("scanner", _scanner),
        ("scanner_records", _scanner_records),
        ("pybtex", _pybtex),
        ("bibtexparser", _bibtexparser),
    )
    for name, run in runs:
        seconds, found = _timed(lambda run=run: run(text))  # type: ignore[misc]
        row[f"{name}_entries"] = found
        row[f"{name}_s"] = round(seconds, 2)
    for mine in ("scanner", "scanner_records"):
        for peer in ("pybtex", "bibtexparser"):
            row[f"{mine}_vs_{peer}"] = round(float(row[f"{mine}_s"]) / float(row[f"{peer}_s"]), 3)  # type: ignore[arg-type]
    tracemalloc.start()
    scan(text)
    row["scanner_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 1e6, 1)
    tracemalloc.stop()
    row["format_s"] = round(_timed(lambda: len(format_bibtex(text)))[0], 2)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    args = parser.parse_args(argv)
    for path in args.files:
        print(json.dumps(bench(path)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
