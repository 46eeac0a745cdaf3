"""Shared test helpers: where the shared data lives, and how absent external tools are handled."""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

import pubkit

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("PUBKIT_SHARED", ROOT.parent / "shared"))
#: The eight real `.bib` collections of `../shared/bib-corpus/` (`NAME.bib.gz`).
BIB_COLLECTIONS = (
    "acl_anthology_jgrey4296",
    "contextlab_cdl",
    "cryptobib_db",
    "dblp_ijcai_aamas_jgrey4296",
    "iridia_references",
    "jgrey4296_personal_main",
    "krr_up",
    "rmlmcfadden_bibliotex",
)
SEED = SHARED / "seeds" / "000_3027ee3a816f0e9e.txt"
REAL_LISTS = SHARED / "real-lists"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
IN_CI = bool(os.environ.get("CI"))

# CI replays the same generated examples every run: a red build is a real, reproducible failure.
settings.register_profile("ci", derandomize=True)
if IN_CI:
    settings.load_profile("ci")


def shared_file(path: Path) -> Path:
    """Return a file under ../shared/: absent, the test skips on a user's machine and fails in CI."""
    if not path.exists():
        message = f"shared data not available: {path}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


def require_tool(name: str) -> str:
    """Path of an external program; absent, the test skips on a developer machine and fails in CI."""
    found = shutil.which(name)
    if found:
        return found
    message = f"external tool {name!r} is not installed (.ci/run installs it)"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def require_module(name: str) -> None:
    """Import a test-only Python package; absent, skip locally and fail in CI."""
    try:
        __import__(name)
    except ImportError:
        message = f"Python package {name!r} is not installed (pip install -e '.[test]')"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def seed_path() -> Path:
    """The seed CV (a real researcher's publication list)."""
    return shared_file(SEED)


@contextmanager
def no_hang(what: str, seconds: int = 30) -> Iterator[None]:
    """Raise `TimeoutError` when the block runs over `seconds`: it stops a hang (a quadratic regex on
    10^5 characters takes minutes), it measures nothing."""

    def stop(*_: object) -> None:
        raise TimeoutError(what)

    signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)


def read_file(tmp_path: Path, name: str, text: str) -> pubkit.Bibliography:
    """`text` saved as `name` and loaded as a user would: the reader picks the markup by its suffix."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return pubkit.load(path)


def author_names(paper: pubkit.Paper) -> list[str]:
    """A paper's authors' names as read."""
    return [a.name for a in paper.authors]
