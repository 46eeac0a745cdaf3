"""How well pubkit reads printed publication lists and reference strings, against hand labels.

Usage: python benchmarks/reading_bench.py [--shared DIR] [--reader auto|cv|new] [--show-wrong]
                                          [--skip-references] [--skip-lists] [--skip-speed] [--entries N]
                                          [--skip-hostile] [--hostile-timeout SECONDS]

Prints four parts (figures only; nothing is asserted, least of all on time):

1. Reference strings: the fixed held-out 10% of `SHARED/reference-strings/` (AnyStyle's labelled
   data, `pubkit.reading.corpus.is_held_out`) read one by one through `pubkit.parse_reference`;
   accuracy per field and overall (rules in `reading_score.py`).
2. Lists: every list with hand labels (`tests/fixtures/reading/lists/NAME.* + NAME.labels.json`, and
   `tests/fixtures/reading/labels/NAME.labels.json` for `SHARED/real-lists/NAME.*` and the seed in
   `SHARED/seeds/`) read with `pubkit.load`; one row per list and a total: entries read / labelled,
   extra papers, problems, accuracy per field and over all fields.
3. Speed: a 10,000-entry Markdown list built from the labelled entries (other names and years,
   fixed seed) read in a fresh process: entries per second and peak memory (max RSS).
4. Hostile input: each input class of issue 9 ('# a' + spaces + 'b', 'arxiv' + spaces, '<a ' * n,
   ' *a' * n, '[' * n, '\\textbf{' * n, a many-author entry, a 1 MB single-line HTML list, and more)
   as the whole document and inside one entry, per markup, at 10^4 and 10^5 characters, each read
   in a forked process with a time limit: seconds, the growth ratio (linear is about 10), and a
   flag when a class grows worse than linearly (checked again at 4x the larger size), crashes or
   times out.

`--reader auto` (the default) reads lists with `pubkit.load(path)` (the markup guessed); `cv` forces
`format="cv"`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pubkit
from pubkit.reading.corpus import is_held_out, read_anystyle_dir
from pubkit.reading.reader import OWN_FAULT

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reading_score import (  # a sibling script, not a package
    LIST_FIELDS,
    REFERENCE_FIELDS,
    FieldTally,
    Label,
    ListScore,
    load_labels,
    score_list,
    score_reference,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "reading"
DEFAULT_SHARED = Path(os.environ.get("PUBKIT_SHARED", ROOT.parent / "shared"))
SEED = 20261201


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def read_list(path: Path, reader: str) -> pubkit.Bibliography:
    """Read one list with the chosen reader ("cv": the current CV reader; "new": `pubkit.load(path)`)."""
    if reader == "cv":
        return pubkit.load(path, format="cv")
    return pubkit.load(path)


def labelled_lists(shared: Path) -> Iterator[tuple[str, Path | None, Path]]:
    """`(group, list file or None when absent, labels file)` for every labelled list, ours first.

    The group is "written here" for the lists in `tests/fixtures/reading/lists/`, else "real + seed".
    """
    for labels in sorted((FIXTURES / "lists").glob("*.labels.json")):
        stem = labels.name[: -len(".labels.json")]
        found = [p for p in labels.parent.glob(f"{stem}.*") if not p.name.endswith(".labels.json")]
        yield "written here", (found[0] if found else None), labels
    for labels in sorted((FIXTURES / "labels").glob("*.labels.json")):
        stem = labels.name[: -len(".labels.json")]
        found = [
            p
            for folder in (shared / "real-lists", shared / "seeds")
            for p in folder.glob(f"{stem}.*")
            if p.suffix != ".bib"
        ]
        yield "real + seed", (found[0] if found else None), labels


def bench_references(shared: Path) -> None:
    """Part 1: the held-out reference strings through `parse_reference`."""
    print("== 1. Reference strings (held-out 10% of reference-strings/, through parse_reference)")
    folder = shared / "reference-strings"
    if not folder.is_dir():
        print(f"not available: {folder} is absent\n")
        return
    parse = pubkit.parse_reference
    gold = [s for s in read_anystyle_dir(folder) if is_held_out(s.text)]
    outcomes = []
    refused = 0
    start = time.perf_counter()
    for item in gold:
        result = None
        try:
            result = parse(item.text)
        except pubkit.ParseError:
            refused += 1
        outcomes.append(score_reference(result, item))
    seconds = time.perf_counter() - start
    tally = FieldTally.of(outcomes)
    print(f"strings: {len(gold)}  refused (ParseError): {refused}  seconds: {seconds:.1f}")
    print("field        scored  accuracy")
    for name in REFERENCE_FIELDS:
        print(f"{name:12} {tally.scored.get(name, 0):6d}  {_pct(tally.accuracy(name))}")
    print(f"{'overall':12} {sum(tally.scored.values()):6d}  {_pct(tally.overall)}")
    by_file: dict[str, list[dict[str, bool]]] = {}
    for item, outcome in zip(gold, outcomes, strict=True):
        by_file.setdefault(item.source.split("#")[0], []).append(outcome)
    print("by file: " + "  ".join(f"{name} {_pct(FieldTally.of(o).overall)}" for name, o in by_file.items()))
    print()


def bench_lists(shared: Path, reader: str, *, show_wrong: bool) -> None:
    """Part 2: every labelled list, one row each and a total."""
    print(f"== 2. Lists (reader: {reader})")
    heads = " ".join(f"{name[:6]:>6}" for name in LIST_FIELDS)
    print(f"{'list':38} {'read':>9} {'extra':>5} {'probl':>5} {heads} {'all':>6}")
    totals: dict[str, ListScore] = {}
    faults = 0  # entries a reading rule of pubkit's own failed on (reported as problems, not raised)
    for group, path, labels_path in labelled_lists(shared):
        labels = load_labels(labels_path)
        if path is None:
            print(f"{labels_path.name:38} (list file absent: skipped)")
            continue
        problems: int | str
        try:
            bib = read_list(path, reader)
            papers, problems = list(bib), len(bib.problems)
            faults += sum(OWN_FAULT in problem.message for problem in bib.problems)
        except Exception as err:  # a reader failing on a list is a result, not a crash of the benchmark
            papers, problems = [], f"error: {type(err).__name__}: {err}"[:120]
        score = score_list(papers, labels)
        totals[group] = totals[group] + score if group in totals else score
        cells = " ".join(_pct(score.fields.accuracy(f)) for f in LIST_FIELDS)
        shown = f"{problems:>5}" if isinstance(problems, int) else "    !"
        print(
            f"{path.name[:38]:38} {score.read:4d}/{score.labelled:<4d} {score.extra:5d} {shown} "
            f"{cells} {_pct(score.fields.overall)}"
        )
        if isinstance(problems, str):
            print(f"    {problems}")
        if show_wrong and score.wrong:
            print("    wrong: " + ", ".join(f"{line}:{field}" for line, field in score.wrong))
    if totals:
        totals["TOTAL"] = sum(totals.values(), ListScore(0, 0, 0, FieldTally()))
    for group, total in totals.items():
        cells = " ".join(_pct(total.fields.accuracy(f)) for f in LIST_FIELDS)
        print(
            f"{group.upper():38} {total.read:4d}/{total.labelled:<4d} {total.extra:5d} {'':5} "
            f"{cells} {_pct(total.fields.overall)}"
        )
    print(f"entries pubkit itself failed on (reported as problems): {faults}")
    print()


_TEMPLATES = (
    "- {authors}. {title}. *{venue}*, {year}.",
    '1. {authors}, "{title}", {venue}, {year}.',
    "- {authors} ({year}). {title}. *{venue}*, {volume}({number}), {first}–{last}.",
    "- **{title}**  \n  {authors}  \n  *{venue}* {year}",
)


def _entries(rng: random.Random, labels: list[Label], count: int) -> Iterator[tuple[int, str]]:
    """`count` (year, Markdown entry) pairs made from labelled entries with other names and years."""
    families = sorted({a.replace(",", " ").split()[-1] for lab in labels for a in lab.authors if a.strip()})
    givens = sorted({a.split()[0] for lab in labels for a in lab.authors if " " in a and "," not in a})
    for number in range(count):
        label = labels[rng.randrange(len(labels))]
        names = [f"{rng.choice(givens)} {rng.choice(families)}" for _ in range(max(1, len(label.authors)))]
        owner = rng.randrange(len(names))
        names[owner] = "**Alex Q. Owner**"
        year = 1995 + rng.randrange(30)
        template = _TEMPLATES[(number // 250) % len(_TEMPLATES)]
        first = rng.randrange(1, 900)
        text = template.format(
            authors=", ".join(names),
            title=label.title,
            venue=label.venue or "Preprint",
            year=year,
            volume=rng.randrange(1, 60),
            number=rng.randrange(1, 12),
            first=first,
            last=first + rng.randrange(5, 30),
        )
        yield year, text


def build_big_list(shared: Path, count: int, seed: int) -> str:
    """A Markdown publication list of `count` entries, years descending, one section per year."""
    labels = [
        e
        for _, path, labels_path in labelled_lists(shared)
        if path is not None
        for e in load_labels(labels_path).entries
    ]
    rng = random.Random(seed)
    by_year: dict[int, list[str]] = {}
    for year, text in _entries(rng, labels, count):
        by_year.setdefault(year, []).append(text)
    parts = ["# Alex Q. Owner", "", "Publications, newest first. My name is in bold.", ""]
    for year in sorted(by_year, reverse=True):
        parts += [f"## {year}", "", *(f"{text}\n" for text in by_year[year])]
    return "\n".join(parts)


_CHILD = """
import json, os, resource, sys, time
import pubkit
# the resident size now, not the peak: a peak survives exec, so it would count the benchmark's own
# process at the fork
before = next((int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS:")), 0) \
    if os.path.exists("/proc/self/status") else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
cpu = time.process_time()
bib = pubkit.load(sys.argv[1], format="cv") if sys.argv[2] == "cv" else pubkit.load(sys.argv[1])
seconds = time.perf_counter() - start
cpu = time.process_time() - cpu
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"papers": len(bib), "problems": len(bib.problems), "seconds": seconds, "cpu": cpu,
                  "workers_cpu": workers.ru_utime + workers.ru_stime, "workers_kb": workers.ru_maxrss,
                  "rss_import_kb": before, "rss_peak_kb": after}))
"""


def bench_speed(shared: Path, reader: str, count: int, seed: int) -> None:
    """Part 3: read a generated `count`-entry list in a fresh process, as `pubkit.load` reads it (worker
    processes as `PUBKIT_WORKERS` or the CPUs say) and in one process: entries/s, CPU seconds (of the
    reading process, and of its workers), peak memory."""
    print(f"== 3. Speed ({count:,}-entry Markdown list, seed {seed}, reader: {reader})")
    text = build_big_list(shared, count, seed)
    print(f"entries: {count}  bytes: {len(text.encode('utf-8')):,}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big-list.md"
        path.write_text(text, encoding="utf-8")
        for label, workers in (("default workers", os.environ.get("PUBKIT_WORKERS")), ("one process", "1")):
            env = dict(os.environ)
            env.pop("PUBKIT_WORKERS", None)
            if workers is not None:
                env["PUBKIT_WORKERS"] = workers
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(path), reader],
                capture_output=True,
                text=True,
                check=False,
                cwd=ROOT,
                env=env,
            )
            if done.returncode != 0:
                print(f"{label}: the reading process failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            result = json.loads(done.stdout.strip().splitlines()[-1])
            rate = count / result["seconds"] if result["seconds"] else float("inf")
            peak = max(result["rss_peak_kb"], result["workers_kb"]) / 1024
            print(
                f"{label + ':':17} entries/s: {rate:,.0f}  seconds: {result['seconds']:.2f}  "
                f"CPU seconds: {result['cpu']:.2f} + workers {result['workers_cpu']:.2f}  "
                f"papers: {result['papers']}  problems: {result['problems']}  "
                f"peak RSS: {peak:.0f} MB (after import pubkit: {result['rss_import_kb'] / 1024:.0f} MB)"
            )
    print()


# --- 4. Hostile input ---------------------------------------------------------------------------

#: File suffix per markup (the reader picks the markup by suffix, as `pubkit.load` does).
_SUFFIX = {
    "markdown": ".md",
    "html": ".html",
    "latex": ".tex",
    "org": ".org",
    "rst": ".rst",
    "jemdoc": ".jemdoc",
    "text": ".txt",
}
_ALL = tuple(_SUFFIX)
_ENTRY_HEAD = "A. Lee, B. Roe. "
_ENTRY_TAIL = " Journal of Things, 2020."


def _in_entry(markup: str, body: str) -> str:
    """`body` inside one publication entry of a one-section list in `markup`, so the labeller reads it."""
    entry = f"{_ENTRY_HEAD}{body}{_ENTRY_TAIL}"
    return {
        "markdown": f"# Publications\n\n- {entry}\n",
        "html": f"<h2>Publications</h2>\n<ul>\n<li>{entry}</li>\n</ul>\n",
        "latex": f"\\section*{{Publications}}\n\\begin{{itemize}}\n\\item {entry}\n\\end{{itemize}}\n",
        "org": f"* Publications\n- {entry}\n",
        "rst": f"Publications\n============\n\n- {entry}\n",
        "jemdoc": f"# jemdoc: menu{{MENU}}{{index.html}}\n== Publications\n- {entry}\n",
        "text": f"PUBLICATIONS\n\n1. {entry}\n",
    }[markup]


def _authors(n: int) -> str:
    """An entry of `n` authors, then a title and a venue."""
    return "- " + ", ".join(f"A. Nam{i:06d}" for i in range(n)) + ". A title. Journal of Things, 2020.\n"


def _html_line(n: int) -> str:
    """A publication list of about `n` characters on a single line of HTML."""
    item = "<li>A. Lee, <b>B. Roe</b>. <i>A title of a paper number {i}</i>. Journal of Things, 2020.</li>"
    count = max(1, n // len(item))
    return "<html><body><h2>Publications</h2><ul>" + "".join(item.format(i=i) for i in range(count)) + "</ul>"


@dataclass(frozen=True)
class Hostile:
    """One class of hostile input: a text of size `n`, the markups to try, where to put it, the sizes."""

    name: str
    make: Callable[[int], str]
    markups: tuple[str, ...] = _ALL
    placements: tuple[str, ...] = ("doc", "entry")  # the whole document, or inside one entry
    sizes: tuple[int, int] = (10_000, 100_000)  # characters, unless the name says otherwise


_SOME = ("markdown", "org", "rst", "jemdoc", "text")
HOSTILE = (
    Hostile("'# a' + ' ' * n + 'b'", lambda n: "# a" + " " * n + "b"),
    Hostile("'arxiv' + ' ' * n", lambda n: "arxiv" + " " * n),
    Hostile("'<a ' * n", lambda n: "<a " * (n // 3), ("markdown", "html", "text")),
    Hostile("' *a' * n", lambda n: " *a" * (n // 3), _SOME),
    Hostile("'[' * n", lambda n: "[" * n, (*_SOME, "latex")),
    Hostile("'\\textbf{' * n", lambda n: "\\textbf{" * (n // 8), ("latex",)),
    Hostile("'{' * n", lambda n: "{" * n, ("latex",)),
    Hostile("'\\item ' * n", lambda n: "\\item " * (n // 6), ("latex",), ("doc",)),
    Hostile("'- ' * n (empty items)", lambda n: "- " * (n // 2), _SOME),
    Hostile("'*' * n", lambda n: "*" * n, _SOME),
    Hostile("'_' * n", lambda n: "_" * n, ("markdown", "text")),
    Hostile("'`' * n", lambda n: "`" * n, ("markdown", "rst", "latex", "text")),
    Hostile("'\"' * n", lambda n: '"' * n),
    Hostile("'\u201c' * n (open quotes)", lambda n: "\u201c" * n),
    Hostile("'(' * n", lambda n: "(" * n),
    Hostile("'<!--' * n", lambda n: "<!--" * (n // 4), ("markdown", "html")),
    Hostile("'[[a][' * n", lambda n: "[[a][" * (n // 5), ("org",)),
    Hostile("'[http://a ' * n", lambda n: "[http://a " * (n // 10), ("jemdoc",)),
    Hostile("'A. ' * n (initials)", lambda n: "A. " * (n // 3)),
    Hostile("'a, ' * n (names)", lambda n: "a, " * (n // 3)),
    Hostile("'*J*, v. ' * n (italic venues)", lambda n: "*J*, v. " * (n // 8), ("markdown",)),
    Hostile("'1. ' * n", lambda n: "1. " * (n // 3), ("markdown", "text")),
    Hostile("'a' * n (one word)", lambda n: "a" * n),
    Hostile("'10.1/' + 'a/' * n (DOI)", lambda n: "10.1/" + "a/" * (n // 2)),
    Hostile("'http://' + 'a.' * n (URL)", lambda n: "http://" + "a." * (n // 2)),
    Hostile("'=' * n (underline)", lambda n: "Publications\n" + "=" * n, ("rst", "text", "jemdoc"), ("doc",)),
    Hostile("'a\\n' * n (lines)", lambda n: "a\n" * (n // 2)),
    Hostile("n authors in one entry", _authors, ("markdown",), ("doc",)),
    Hostile("one-line HTML list", _html_line, ("html",), ("doc",), (100_000, 1_000_000)),
)
#: Ten times the input taking more than this many times as long (linear: about 10) is flagged.
_SUPERLINEAR_RATIO = 30.0
_NOISE_SECONDS = 0.2  # below this at the larger size, a ratio is timing noise
#: A ratio above `_CONFIRM_RATIO` is checked again at four times the larger size (linear: about 4).
_CONFIRM_RATIO, _CONFIRM_GROWTH = 20.0, 8.0


def _time_one(conn: Any, text: str, suffix: str) -> None:
    """In a forked child: read `text` as a CV list (best of three when fast); send seconds or the error."""
    try:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            pubkit.loads(text, "cv", path=f"hostile{suffix}")
            best = min(best, time.perf_counter() - start)
            if best > 0.1:
                break
        conn.send(("ok", best))
    except BaseException as err:  # a traceback on bad input is itself a finding
        conn.send(("crash", f"{type(err).__name__}: {str(err)[:100]}"))


def _timed(text: str, suffix: str, timeout: float) -> tuple[str, Any]:
    """`("ok", seconds)` to read `text` in a forked child, killed (ours, by its handle) after `timeout`."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_time_one, args=(child, text, suffix))
    proc.start()
    child.close()
    result: tuple[str, Any] = ("timeout", timeout)
    if parent.poll(timeout):
        try:
            result = parent.recv()
        except EOFError:
            result = ("crash", f"the process died (exit code {proc.exitcode})")
    else:
        proc.kill()
    proc.join()
    parent.close()
    return result


def _hostile_text(case: Hostile, markup: str, placement: str, size: int) -> str:
    body = case.make(size)
    return body if placement == "doc" else _in_entry(markup, body)


def _hostile_row(case: Hostile, markup: str, placement: str, timeout: float) -> tuple[list[float], list[str]]:
    """Seconds at the class's two sizes and notes: crash, timeout, or growth worse than linear."""
    times: list[float] = []
    notes: list[str] = []
    small, large = case.sizes
    for size in case.sizes:
        if times and times[-1] * size / small > timeout:
            notes.append("larger size skipped: even linear growth would time out")
            break
        status, value = _timed(_hostile_text(case, markup, placement, size), _SUFFIX[markup], timeout)
        if status != "ok":
            notes.append(f"{status} at {size:,}" + (f": {value}" if status == "crash" else ""))
            return times, notes
        times.append(value)
    if len(times) < 2:
        return times, notes
    ratio = times[1] / max(times[0], 1e-6)
    if ratio > _CONFIRM_RATIO and times[1] > _NOISE_SECONDS / 4:
        status, value = _timed(_hostile_text(case, markup, placement, 4 * large), _SUFFIX[markup], timeout)
        growth = value / times[1] if status == "ok" else float("inf")
        shown = f"{value:.2f} s (x{growth:.1f}; linear x4)" if status == "ok" else f"{status} ({value})"
        notes.append(f"at {4 * large:,}: {shown}")
        if growth > _CONFIRM_GROWTH:
            notes.append("WORSE THAN LINEAR")
    elif ratio > _SUPERLINEAR_RATIO and times[1] > _NOISE_SECONDS:
        notes.append("WORSE THAN LINEAR?")
    return times, notes


def bench_hostile(timeout: float) -> None:
    """Part 4: each hostile input class at 10^4 and 10^5 characters, per markup; seconds and growth."""
    print(
        f"== 4. Hostile input (pubkit.loads(text, 'cv'), a process per case, limit {timeout:.0f} s;\n"
        "   ratio = t(large) / t(small), linear is about 10; sizes in characters, or authors)"
    )
    pubkit.loads(_in_entry("markdown", "A warm-up title."), "cv", path="warm.md")  # load the model once
    heads = f"{'sizes':>11} {'t(small)':>8} {'t(large)':>8} {'ratio':>6}"
    print(f"{'class':28} {'markup':8} {'placed':6} {heads}  note")
    flagged: list[str] = []
    for case in HOSTILE:
        sizes = "/".join(f"{size:.0e}".replace("+0", "") for size in case.sizes)
        for markup in case.markups:
            for placement in case.placements:
                times, notes = _hostile_row(case, markup, placement, timeout)
                cells = [f"{t:8.3f}" for t in times] + ["       -"] * (2 - len(times))
                ratio = f"{times[1] / max(times[0], 1e-6):6.1f}" if len(times) == 2 else "     -"
                note = "; ".join(notes)
                if any(word in note for word in ("LINEAR", "crash", "timeout", "skipped")):
                    flagged.append(f"{case.name} / {markup} / {placement}: {note}")
                where = f"{case.name[:28]:28} {markup:8} {placement:6}"
                print(f"{where} {sizes:>11} {cells[0]} {cells[1]} {ratio}  {note}")
    print(f"flagged: {len(flagged)}")
    for line in flagged:
        print(f"  {line}")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--reader", choices=("auto", "cv", "new"), default="auto", help="which list reader")
    parser.add_argument("--show-wrong", action="store_true", help="list line:field of every wrong field")
    parser.add_argument("--skip-references", action="store_true")
    parser.add_argument("--skip-lists", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-hostile", action="store_true")
    parser.add_argument("--hostile-timeout", type=float, default=30.0, help="seconds per hostile case")
    parser.add_argument("--entries", type=int, default=10_000, help="size of the generated list")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the generated list")
    args = parser.parse_args(argv)
    reader = args.reader if args.reader != "auto" else "new"
    print(f"pubkit {pubkit.__version__}; shared data: {args.shared}\n")
    if not args.skip_references:
        bench_references(args.shared)
    if not args.skip_lists:
        bench_lists(args.shared, reader, show_wrong=args.show_wrong)
    if not args.skip_speed:
        bench_speed(args.shared, reader, args.entries, args.seed)
    if not args.skip_hostile:
        bench_hostile(args.hostile_timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
