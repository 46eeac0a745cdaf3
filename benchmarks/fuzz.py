"""Seeded fuzzing of the BibTeX and CSL-JSON readers, hostile sizes, and a regex backtracking probe.

Usage: python benchmarks/fuzz.py [--seed N] [--inputs N] [--small] [--json]

* byte mutations of windows of the real collections in ../shared/bib-corpus (flips, inserted
  braces, quotes, `@`, backslashes, NUL and non-UTF-8 bytes, deleted and repeated runs), read as
  files are read (`pubkit.io.decode`, then the BibTeX reader);
* structural mutations of CSL-JSON written from those collections (values of every JSON type in
  every variable, huge numbers, control characters, missing and repeated keys, deep nesting);
* hostile sizes: a 10 MB field, 10^5 authors, 10^5-deep braces and JSON arrays, 10^5 entries;
* every compiled regular expression in `pubkit` (except `formats/cv.py` and `reading/`, being
  rewritten) run over adversarial strings of two lengths: a search time that grows much faster
  than the input is catastrophic backtracking.

Counted per reader: crashes (any exception but `ParseError`), hangs (an input over `--hang`
seconds), silent drops (a BibTeX entry start or a CSL-JSON array item with neither a paper nor a
problem), and peak memory as a multiple of the input size (at least 4 kB: an empty read costs that),
the lesser peak of two reads of each input after a warm-up; the first read's figure, which also
carries what a code path costs once per process (a lazy table, a bounded cache's table growing), is
printed beside it. `--small` is the budget CI runs.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import gzip
import importlib
import json
import os
import pkgutil
import random
import re
import sys
import time
import traceback
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pubkit
from pubkit.errors import ParseError, Severity
from pubkit.io import decode

SHARED = Path(os.environ.get("PUBKIT_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
CORPUS = SHARED / "bib-corpus"
_ENTRY = re.compile(r"^[ \t]*@[ \t]*(\w+)[ \t]*[{(]", re.MULTILINE)
_NOT_ENTRIES = frozenset({"string", "comment", "preamble"})
_INSERTS = [
    b"{",
    b"}",
    b"@",
    b'"',
    b"\\",
    b"%",
    b"#",
    b",",
    b"=",
    b"\x00",
    b"\xff",
    b"\xc3",
    "é".encode(),
    b"\n",
]


# ----------------------------------------------------------------------------------------------
# Inputs


def _corpus_texts(limit_bytes: int) -> list[str]:
    """The first `limit_bytes` of each collection, or a small built-in sample without the data."""
    texts = []
    for path in sorted(CORPUS.glob("*.bib.gz")):
        texts.append(gzip.decompress(path.read_bytes())[:limit_bytes].decode("utf-8", errors="replace"))
    if not texts:
        texts.append(
            '@string{j = "Journal"}\n@article{a, title={{CutMix}: M{\\"u}ller -- 100\\%},'
            " author={A. B and C, D}, journal=j, year=2020, pages={1--2}, doi={10.1/x_y}}\n"
            '@inproceedings{b, title="T", booktitle={B}, note={arXiv:2001.00001}, crossref={c}}\n'
            "@proceedings{c, title={P}, year={2019}}\n"
        )
    return texts


def _window(rng: random.Random, text: str, size: int) -> bytes:
    starts = [m.start() for m in _ENTRY.finditer(text)] or [0]
    start = rng.choice(starts)
    return text[start : start + rng.randint(size // 4, size)].encode("utf-8")


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not buffer:
            buffer += rng.choice(_INSERTS)
            continue
        at = rng.randrange(len(buffer))
        action = rng.randrange(5)
        if action == 0:
            buffer[at] = rng.randrange(256)
        elif action == 1:
            buffer[at:at] = rng.choice(_INSERTS)
        elif action == 2:
            del buffer[at : at + rng.randint(1, 40)]
        elif action == 3:
            run = bytes(buffer[at : at + rng.randint(1, 60)])
            buffer[at:at] = run * rng.randint(1, 5)
        else:
            buffer[at:at] = rng.choice(_INSERTS) * rng.randint(2, 50)
    return bytes(buffer)


def _hostile_value(rng: random.Random, depth: int = 0) -> Any:
    choice = rng.randrange(12)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice([True, False])
    if choice == 2:
        return rng.choice([0, -1, 10**40, 2**63, -(10**30)])
    if choice == 3:
        return rng.choice([1e308, -0.0, 3.5])
    if choice == 4:
        return "".join(
            chr(rng.choice([0x1B, 0x07, 0x00, 0x202E, 0xAD, 0x41, 0x7B, 0x7D, 0x5C])) for _ in range(8)
        )
    if choice == 5:
        return rng.choice(
            ["", " ", "Spring 99999", "20201", "<i>k</i>", "&amp;", "{\\i}", "$\\mu$", "arXiv:2001.00001"]
        )
    if choice == 6 and depth < 3:
        return [_hostile_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if choice == 7 and depth < 3:
        return {
            rng.choice(
                ["name", "acronym", "kind", "family", "given", "literal", "raw", "date-parts"]
            ): _hostile_value(rng, depth + 1)
            for _ in range(rng.randint(0, 3))
        }
    if choice == 8:
        return [[rng.choice([2020, "2020", 99999, None, "x"]), rng.choice([13, 0, "6", None])]]
    if choice == 9:
        return "9" * rng.choice([31, 400, 5000])
    return "x" * rng.randint(0, 20)


def _mutate_csl(rng: random.Random, items: list[Any]) -> str:
    items = json.loads(json.dumps(items))
    for _ in range(rng.randint(1, 6)):
        if not items:
            items.append({})
        index = rng.randrange(len(items))
        item = items[index]
        action = rng.randrange(6)
        if action == 0 or not isinstance(item, dict):
            items[index] = _hostile_value(rng)
        elif action == 1 and item:
            item.pop(rng.choice(list(item)))
        elif action == 2:
            item[
                rng.choice(
                    [
                        "title",
                        "author",
                        "issued",
                        "custom",
                        "volume",
                        "page",
                        "DOI",
                        "URL",
                        "type",
                        "id",
                        "container-title",
                        "number",
                        "note",
                    ]
                )
            ] = _hostile_value(rng)
        elif action == 3:
            custom = item.setdefault("custom", {})
            if isinstance(custom, dict):
                custom[
                    rng.choice(["venues", "status", "awards", "equal", "extra", "arxiv", "month", "selected"])
                ] = _hostile_value(rng)
        elif action == 4:
            items.insert(index, json.loads(json.dumps(item)))
        else:
            items[index] = {"title": item.get("title"), "author": [{"family": "X"}] * rng.randint(0, 4)}
    text = json.dumps(items, ensure_ascii=rng.random() < 0.5)
    if rng.random() < 0.2:  # and sometimes broken JSON
        cut = rng.randrange(len(text) + 1)
        text = text[:cut] + rng.choice(["", "]", "{", "\x00", "[" * 50])
    return text


# ----------------------------------------------------------------------------------------------
# Running one input


class Result:
    """What happened to one input."""

    def __init__(self) -> None:
        self.crash: str | None = None
        self.seconds = 0.0
        self.first_peak = 0  # the first read: with what a code path costs once (tables, caches growing)
        self.peak = 0  # the lesser of two reads' peaks: what reading the input needs
        self.dropped: list[str] = []


def _traced_peak(read: Callable[[], pubkit.Bibliography]) -> int:
    tracemalloc.start()
    with contextlib.suppress(Exception):
        read()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def _run(
    read: Callable[[], pubkit.Bibliography],
    check: Callable[[pubkit.Bibliography], list[str]],
    *,
    trace_first: bool = True,
) -> Result:
    """Read once (timed; traced too unless `trace_first` is off, as tracing slows big inputs tenfold),
    then again for the peak memory."""
    result = Result()
    if trace_first:
        tracemalloc.start()
    start = time.perf_counter()
    try:
        bib = read()
        result.dropped = check(bib)
    except ParseError:
        pass  # input that is not a publication list at all: a clear error, as documented
    except Exception as err:
        result.crash = "".join(traceback.format_exception_only(type(err), err)).strip()[:300]
    finally:
        result.seconds = time.perf_counter() - start
        if trace_first:
            result.first_peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    # A read may be the one that loads a lazy table (the venue list) or grows a bounded cache's hash
    # table (a one-off of ~100 kB to a few MB per process, charged to whichever read crosses the size):
    # the lesser peak of two reads of the input shows what reading it costs.
    second = _traced_peak(read)
    result.peak = min(second, result.first_peak) if trace_first else second
    return result


def _bibtex_drops(text: str) -> Callable[[pubkit.Bibliography], list[str]]:
    """Entry starts (at a line start) with neither a paper nor a problem in their lines."""

    def check(bib: pubkit.Bibliography) -> list[str]:
        starts = [(text.count("\n", 0, m.start()) + 1, m[1]) for m in _ENTRY.finditer(text)]
        starts = [(line, kind) for line, kind in starts if kind.lower() not in _NOT_ENTRIES]
        seen = {p.source.line for p in bib if p.source and p.source.line} | {
            q.line for q in bib.problems if q.line
        }
        seen_sorted = sorted(x for x in seen if x is not None)
        drops = []
        for index, (line, _) in enumerate(starts):
            end = starts[index + 1][0] if index + 1 < len(starts) else 10**12
            at = bisect.bisect_left(seen_sorted, line)
            if not (at < len(seen_sorted) and seen_sorted[at] < end):
                drops.append(f"entry at line {line}")
        return drops

    return check


def _csl_drops(text: str) -> Callable[[pubkit.Bibliography], list[str]]:
    """Array items that are neither a paper nor an error (the one-paper-or-one-error rule)."""

    def check(bib: pubkit.Bibliography) -> list[str]:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return [] if bib.problems else ["invalid JSON without a problem"]
        if not isinstance(data, list):
            return [] if (len(bib) or bib.problems) else ["top level without paper or problem"]
        errors = {q.item for q in bib.problems if q.severity is Severity.ERROR and q.item is not None}
        if len(bib) + len(errors) != len(data):
            return [f"{len(data)} items -> {len(bib)} papers + {len(errors)} errors"]
        return []

    return check


# ----------------------------------------------------------------------------------------------
# Campaigns


Campaign = Iterator[tuple[str, int, Result]]


def fuzz_bibtex(rng: random.Random, texts: list[str], count: int, window: int) -> Campaign:
    """Byte-mutated windows of real .bib files, read as a file is read."""
    for _ in range(count):
        data = _mutate_bytes(rng, _window(rng, rng.choice(texts), window))

        def read(data: bytes = data) -> pubkit.Bibliography:
            return pubkit.loads(decode(data, path="fuzz.bib")[0], "bibtex", path="fuzz.bib")

        try:
            text = decode(data)[0]
        except ParseError:
            text = ""
        yield data.decode("utf-8", errors="replace")[:200], len(data), _run(read, _bibtex_drops(text))


def fuzz_csl(rng: random.Random, texts: list[str], count: int) -> Campaign:
    """Structurally mutated CSL-JSON written from the real collections."""
    seeds = []
    for text in texts:
        bib = pubkit.loads(text[:20000], "bibtex")
        seeds.append(json.loads(pubkit.dumps(bib[:20], "csl-json")))
    for _ in range(count):
        text = _mutate_csl(rng, rng.choice(seeds))
        yield text[:200], len(text), _run(lambda text=text: pubkit.loads(text, "csl-json"), _csl_drops(text))


def hostile_sizes(scale: int) -> Iterator[tuple[str, int, Result]]:
    """(name, input size, result) for inputs of hostile size; `scale` 1 is the full size."""
    big = 10_000_000 // scale
    many = 100_000 // scale
    cases: list[tuple[str, str, str]] = [
        ("bibtex: 10 MB title", "bibtex", "@article{k, title={" + "Word {ABC} \\'e " * (big // 16) + "}}"),
        (
            "bibtex: 10 MB abstract of braces",
            "bibtex",
            "@article{k, title={T}, abstract={" + "{x}" * (big // 3) + "}}",
        ),
        (
            "bibtex: 10^5 authors",
            "bibtex",
            "@article{k, title={T}, author={" + " and ".join(["Ann B. Smith"] * many) + "}}",
        ),
        (  # LaTeX under the length pubkit still parses, with a '$' that never closes
            "bibtex: 90 kB abstract after a stray $",
            "bibtex",
            "@article{k, title={T}, abstract={$ " + "\\'e x^2 \\mu " * (big // 1400) + "}}",
        ),
        ("bibtex: 10^5-deep braces", "bibtex", "@article{k, title={" + "{" * many + "x" + "}" * many + "}}"),
        (
            "bibtex: 10^5 entries",
            "bibtex",
            "".join(f"@article{{k{i}, title={{T {i}}}, year=2020}}\n" for i in range(many)),
        ),
        (
            "bibtex: doubling @string",
            "bibtex",
            '@string{a0 = "xxxxxxxxxxxxxxxx"}\n'
            + "".join(f"@string{{a{i + 1} = a{i} # a{i}}}\n" for i in range(64))
            + "@article{k, title = a64}\n",
        ),
        ("csl-json: 10^5-deep arrays", "csl-json", "[" * many),
        ("csl-json: 10 MB title", "csl-json", json.dumps([{"id": "a", "title": "x" * big}])),
        (
            "csl-json: 10^5 authors",
            "csl-json",
            json.dumps([{"id": "a", "title": "T", "author": [{"family": "F"}] * many}]),
        ),
        (
            "csl-json: 5,000-digit numbers",
            "csl-json",
            '[{"id": "a", "title": "T", "volume": ' + "9" * 5000 + "}]",
        ),
    ]
    for name, fmt, text in cases:
        yield (
            name,
            len(text),
            _run(lambda text=text, fmt=fmt: pubkit.loads(text, fmt), lambda bib: [], trace_first=False),
        )


# ----------------------------------------------------------------------------------------------
# Regex backtracking probe

_SKIP_MODULES = ("pubkit.formats.cv", "pubkit.reading")


def package_regexes() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled `str` pattern at module level (or in a module-level table) of `pubkit`."""
    found: list[tuple[str, re.Pattern[str]]] = []
    for info in pkgutil.walk_packages(pubkit.__path__, "pubkit."):
        if info.name.startswith(_SKIP_MODULES):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:
            continue
        for attribute, value in vars(module).items():
            values = (
                value.values()
                if isinstance(value, dict)
                else value
                if isinstance(value, (list, tuple))
                else [value]
            )
            for item in values:
                candidates = item if isinstance(item, tuple) else (item,)
                for pattern in candidates:
                    if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                        found.append((f"{info.name}.{attribute}", pattern))
    unique: dict[tuple[str, int], tuple[str, re.Pattern[str]]] = {}
    for name, pattern in found:
        unique.setdefault((pattern.pattern, pattern.flags), (name, pattern))
    return list(unique.values())


def _attack_strings(pattern: re.Pattern[str], length: int) -> list[str]:
    """Inputs that make backtracking regexes slow: long runs of what the pattern matches, then a misfit."""
    literals = sorted(
        {c for c in re.sub(r"\\.", "", pattern.pattern) if c.isprintable() and c not in "()[]{}?*+|^$"}
    )
    pieces = ["a", " ", "a ", "A.", "1", "-", "aA", "{", "\\", ". ", "ab1 ", "Word ", *literals[:20]]
    return [piece * (length // len(piece)) + tail for piece in pieces for tail in ("!", "\x00")]


def _best_time(pattern: re.Pattern[str], text: str) -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        pattern.search(text)
        times.append(time.perf_counter() - started)
    return min(times)


def probe_regexes(length: int) -> list[dict[str, Any]]:
    """Per pattern: the slowest search over the attack strings at `length` and `2 * length`, and the ratio
    (for a ratio over 3, the lesser of it and the next doubling's)."""
    rows = []
    for name, pattern in package_regexes():
        worst = (0.0, 0.0, "", "")
        for short in _attack_strings(pattern, length):
            long = short[:-1] * 2 + short[-1]
            first, second = (_best_time(pattern, text) for text in (short, long))  # the best of 3: less noise
            if second > worst[1]:
                worst = (first, second, short[:12], long)
        ratio = worst[1] / worst[0] if worst[0] > 1e-6 else 1.0
        if ratio > 3.0 and worst[1] > 0.02:  # confirmed one doubling further: a loaded machine's noise is not
            longer = worst[3][:-1] * 2 + worst[3][-1]
            ratio = min(ratio, _best_time(pattern, longer) / worst[1])
        rows.append(
            {
                "regex": name,
                "pattern": pattern.pattern[:80],
                "seconds": round(worst[1], 4),
                "growth": round(ratio, 1),
                "input": worst[2],
            }
        )
    return rows


# ----------------------------------------------------------------------------------------------


def run(
    *, seed: int, inputs: int, small: bool, hang: float, regex_length: int | None = None
) -> dict[str, Any]:
    """The whole campaign; returns the figures (also what `main` prints)."""
    rng = random.Random(seed)
    texts = _corpus_texts(200_000 if small else 2_000_000)
    for text in texts:  # imports, lazy tables and caches of the common paths, not measured
        warm = pubkit.loads(text[:50_000], "bibtex")
        pubkit.loads(pubkit.dumps(warm[:50], "csl-json"), "csl-json")
    summary: dict[str, Any] = {"seed": seed, "inputs_per_reader": inputs}
    for reader, campaign in (
        ("bibtex", fuzz_bibtex(rng, texts, inputs, 3000)),
        ("csl-json", fuzz_csl(rng, texts, inputs)),
    ):
        crashes: list[str] = []
        drops: list[str] = []
        hangs = 0
        slowest = 0.0
        worst_memory = worst_first = 0.0
        for sample, size, result in campaign:
            slowest = max(slowest, result.seconds)
            hangs += result.seconds > hang
            worst_memory = max(worst_memory, result.peak / max(size, 4096))
            worst_first = max(worst_first, result.first_peak / max(size, 4096))
            if result.crash:
                crashes.append(f"{result.crash} <- {sample!r}")
            if result.dropped:
                drops.append(f"{result.dropped[0]} <- {sample!r}")
        summary[reader] = {
            "inputs": inputs,
            "crashes": len(crashes),
            "hangs": hangs,
            "silent_drops": len(drops),
            "slowest_s": round(slowest, 2),
            "peak_x_input": round(worst_memory, 1),
            "first_read_peak_x_input": round(worst_first, 1),
            "examples": (crashes + drops)[:5],
        }
    sizes = []
    for name, size, result in hostile_sizes(20 if small else 1):
        sizes.append(
            {
                "input": name,
                "bytes": size,
                "seconds": round(result.seconds, 2),
                "peak_x_input": round(result.peak / size, 1),
                "crash": result.crash,
            }
        )
    summary["hostile_sizes"] = sizes
    regexes = probe_regexes(regex_length or (2000 if small else 8000))
    summary["regexes"] = {
        "probed": len(regexes),
        "suspect": [r for r in regexes if r["growth"] > 3.0 and r["seconds"] > 0.02],
    }
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument(
        "--inputs", type=int, default=None, help="inputs per reader (default 10,000; small 300)"
    )
    parser.add_argument("--small", action="store_true", help="the budget CI runs (under a minute)")
    parser.add_argument(
        "--hang", type=float, default=10.0, help="seconds after which an input counts as a hang"
    )
    args = parser.parse_args(argv)
    inputs = args.inputs or (300 if args.small else 10_000)
    summary = run(seed=args.seed, inputs=inputs, small=args.small, hang=args.hang)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    bad = sum(summary[r]["crashes"] + summary[r]["silent_drops"] for r in ("bibtex", "csl-json"))
    bad += sum(1 for s in summary["hostile_sizes"] if s["crash"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
