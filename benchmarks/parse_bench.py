"""Reading real .bib collections: pubkit against pybtex, bibtexparser v2 and refkit, measured in the same run.

Usage: python benchmarks/parse_bench.py FILE.bib[.gz] [...]   (e.g. ../shared/bib-corpus/*.bib.gz)
       python benchmarks/parse_bench.py --parsers bibtexparser FILE.bib.gz   (pubkit and the peers named)

Prints one JSON line per file: entries, papers and problems pubkit reports, and for each parser its
seconds, its peak memory (`peak_mb`: the peak RSS of a fresh process that imports the parser and reads
the file, interpreter included; `base_mb`: the same process's peak before reading, with the text
loaded) and pubkit's time as a ratio of the peer's: in wall-clock seconds (`s`, `pubkit_vs_PEER`) and in
the reading process's CPU seconds (`cpu_s`, `pubkit_vs_PEER_cpu`), steadier on a machine shared with
other work. Each parser reads in a process of its own, one after the other, so no parser pays for
another's garbage. pubkit reads with its own
scanner and builds the model (names, LaTeX decoding, venues); `pybtex` is pybtex's `parse_string`
alone, which pubkit used to call for every entry.

bibtexparser v2 is a test dependency of pubkit; refkit (a Rust-backed parser) is not a dependency:
install it by hand where the benchmark runs (`.venv/bin/pip install refkit==0.4.0`); without it its
columns say "not installed".
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

PARSERS = ("pubkit", "pybtex", "bibtexparser", "refkit")


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def _pubkit(text: str, path: Path) -> dict[str, int]:
    import pubkit

    bib = pubkit.loads(text, "bibtex", path=str(path))
    return {"entries": len(bib), "problems": len(bib.problems)}


def _pybtex(text: str, path: Path) -> dict[str, int]:
    import pybtex.errors
    from pybtex.database import parse_string

    pybtex.errors.set_strict_mode(False)
    with pybtex.errors.capture() as errors:
        entries = len(parse_string(text, "bibtex").entries)
    return {"entries": entries, "problems": len(errors)}


def _bibtexparser(text: str, path: Path) -> dict[str, int]:
    import bibtexparser

    library = bibtexparser.parse_string(text)
    return {"entries": len(library.entries), "problems": len(library.failed_blocks)}


def _refkit(text: str, path: Path) -> dict[str, int]:
    import refkit  # type: ignore[import-not-found]

    document = refkit.BibDocument.parse(text)
    return {"entries": len(document.entries), "problems": len(document.failed_blocks)}


RUNS: dict[str, Callable[[str, Path], dict[str, int]]] = {
    "pubkit": _pubkit,
    "pybtex": _pybtex,
    "bibtexparser": _bibtexparser,
    "refkit": _refkit,
}


def _rss_mb() -> float:
    """Peak RSS of this process so far, in MB: Linux's VmHWM (ru_maxrss would carry over the parent's
    peak across fork and exec), else ru_maxrss (kB on Linux)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    found = re.search(r"^VmHWM:\s*(\d+) kB", status, re.MULTILINE)
    return int(found[1]) / 1024 if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(parser: str, path: Path) -> dict[str, object]:
    """Read one file with one parser in this (fresh) process: seconds, peak MB, entries."""
    try:
        if parser == "refkit":
            import refkit  # noqa: F401  # type: ignore[import-not-found]
        else:
            RUNS[parser]("@misc{warm, title={Warm}}", path)  # imports, not measured
    except ImportError:
        return {"error": "not installed"}
    text = _read(path)
    before = _rss_mb()
    cpu = time.process_time()
    start = time.perf_counter()
    try:
        counts = RUNS[parser](text, path)
    except Exception as err:  # a peer failing on real data is a result, not a crash of the benchmark
        return {"error": f"{type(err).__name__}: {err}"[:200]}
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    return {
        "s": round(seconds, 2),
        "cpu_s": round(cpu, 2),
        "peak_mb": round(_rss_mb()),
        "base_mb": round(before),
        **counts,
    }


def bench(path: Path, parsers: tuple[str, ...] = PARSERS) -> dict[str, object]:
    """Each parser (pubkit first) on one file, each in a fresh process."""
    text = _read(path)
    row: dict[str, object] = {
        "file": path.name,
        "mb": round(len(text.encode()) / 1e6, 1),
        "at_lines": len(re.findall(r"^\s*@", text, re.M)),
    }
    results = {}
    for parser in dict.fromkeys(("pubkit", *parsers)):
        done = subprocess.run(
            [sys.executable, __file__, "--child", parser, str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        lines = done.stdout.strip().splitlines()
        results[parser] = json.loads(lines[-1]) if lines else {"error": done.stderr.strip()[-200:]}
    pubkit = results["pubkit"]
    row.update({"pubkit_papers": pubkit.get("entries"), "pubkit_problems": pubkit.get("problems")})
    for parser, result in results.items():
        if "error" in result:
            row[f"{parser}_error"] = result["error"]
            continue
        row[f"{parser}_s"] = result["s"]
        row[f"{parser}_cpu_s"] = result["cpu_s"]
        row[f"{parser}_peak_mb"] = result["peak_mb"]
        row[f"{parser}_base_mb"] = result["base_mb"]
        if parser != "pubkit":
            row[f"{parser}_entries"] = result["entries"]
            if isinstance(pubkit.get("s"), float) and result["s"]:
                row[f"pubkit_vs_{parser}"] = round(pubkit["s"] / result["s"], 2)
            if isinstance(pubkit.get("cpu_s"), float) and result["cpu_s"]:
                row[f"pubkit_vs_{parser}_cpu"] = round(pubkit["cpu_s"] / result["cpu_s"], 2)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument(
        "--parsers",
        default=",".join(PARSERS),
        help="comma-separated peers to run (pubkit always runs): e.g. --parsers bibtexparser",
    )
    parser.add_argument("--child", choices=PARSERS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.files[0])), flush=True)
        return 0
    parsers = tuple(p for p in args.parsers.split(",") if p)
    unknown = [p for p in parsers if p not in PARSERS]
    if unknown:
        parser.error(f"unknown parser(s) {', '.join(unknown)}; choose from {', '.join(PARSERS)}")
    for path in args.files:
        print(json.dumps(bench(path, parsers)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
