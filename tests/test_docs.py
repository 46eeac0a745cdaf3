"""The documentation site builds cleanly, and what it says about the command line is true."""

from __future__ import annotations

import argparse
import contextlib
import doctest
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, require_module

import pubkit
from pubkit.cli import build_parser, main

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
#: The pages whose examples this module runs (lists.md runs in test_lists.py).
OWN_PAGES = ("index.md", "getting-started.md", "model.md", "cv-format.md", "cli.md", "api.md", "design.md")


@pytest.mark.parametrize("name", OWN_PAGES)
def test_examples_on_the_page_give_the_output_shown(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples name files relative to the repository root
    result = doctest.testfile(
        str(DOCS / name),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        verbose=False,
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in docs/{name} failed"


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    require_module("mkdocs")
    require_module("material")
    require_module("mkdocstrings_handlers.python")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    complaints = [line for line in done.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert done.returncode == 0, "\n".join(complaints) or done.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    api = (tmp_path / "site" / "api.html").read_text(encoding="utf-8")
    for name in ("pubkit.load", "pubkit.dumps", "pubkit.Paper", "pubkit.Bibliography"):
        assert f'id="{name}"' in api, f"{name} missing from the API reference"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_cli_reference_names_every_subcommand_and_option() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    missing = []
    for name, sub in _subcommands(parser).items():
        if not re.search(rf"^## `pubkit {name}`", text, re.M):
            missing.append(f"heading for pubkit {name}")
        missing += [
            f"{name} {flag}"
            for action in sub._actions
            for flag in action.option_strings
            if flag.startswith("--") and flag not in ("--help",) and f"`{flag}" not in text
        ]
    assert not missing, f"docs/cli.md does not mention: {', '.join(missing)}"


def _commands_in(page: Path) -> list[str]:
    """The `pubkit ...` command lines inside the page's sh code blocks (comments and pipes dropped)."""
    blocks = re.findall(r"```(?:sh|bash|console)\n(.*?)```", page.read_text(encoding="utf-8"), re.S)
    lines = []
    for block in blocks:
        for line in block.splitlines():
            line = line.removeprefix("$ ").strip()
            line = re.split(r"\s+#\s", line)[0]
            for part in re.split(r"\s*(?:&&|\||;)\s*", line):
                if part.startswith(("pubkit ", ".venv/bin/pubkit ")):
                    lines.append(re.split(r"\s[<>]", part)[0])
    return lines


@pytest.mark.parametrize("page", [*PAGES, ROOT / "README.md"], ids=lambda p: p.name)
def test_command_lines_in_the_docs_are_accepted_by_the_parser(page: Path) -> None:
    parser = build_parser()
    subcommands = _subcommands(parser)
    for line in _commands_in(page):
        argv = shlex.split(line)[1:]
        if argv and argv[0] not in subcommands and not argv[0].startswith("-"):
            pytest.fail(f"{page.name}: unknown subcommand in {line!r}")
        quiet = io.StringIO()
        try:
            with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
                parser.parse_args(argv)
        except SystemExit as stop:
            if stop.code not in (0, None):  # --help / --version exit 0
                pytest.fail(f"{page.name}: the parser rejects {line!r}: {quiet.getvalue().strip()}")


def test_every_docs_page_is_in_the_nav() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = set(re.findall(r"^\s+- (?:[^:\n]+: )?([\w-]+\.md)\s*$", config, re.M))
    assert {page.name for page in PAGES} <= nav


def test_getting_started_states_the_bundled_example_counts() -> None:
    both = pubkit.load([ROOT / "examples" / "cv.md", ROOT / "examples" / "scholar.bib"])
    text = " ".join((DOCS / "getting-started.md").read_text(encoding="utf-8").split())
    assert f"{len(pubkit.dedupe(both))}, from {len(both)} records" in text


def _runnable(argv: list[str], where: Path) -> bool:
    """Whether every input file the command names exists in `where` (outputs follow -o / --output)."""
    inputs = [
        arg
        for before, arg in zip(["", *argv], argv, strict=False)
        if before not in ("-o", "--output") and re.search(r"\.(?:md|txt|bib|json)$", arg)
    ]
    return bool(inputs) and all((where / name).is_file() for name in inputs)


@pytest.mark.parametrize("page", [*PAGES, ROOT / "README.md"], ids=lambda p: p.name)
def test_command_lines_on_the_bundled_examples_succeed(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for line in _commands_in(page):
        argv = shlex.split(line)[1:]
        if not _runnable(argv, tmp_path):
            continue
        assert main(argv) == 0, f"{page.name}: {line!r} failed: {capsys.readouterr().err}"
        capsys.readouterr()
