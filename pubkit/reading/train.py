"""Retrain the field labeller: `python -m pubkit.reading.train [--shared DIR] [--out FILE]`.

Reads AnyStyle's labelled reference strings (all but the fixed held-out 10%) and renders records of
the BibTeX collections in `../shared/` as synthetic CV entries, then trains a linear-chain CRF with
python-crfsuite. Seeded: the same data gives the same model. Never run by CI; the result ships in
`pubkit/reading/model/`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pycrfsuite

from pubkit.names import fold
from pubkit.reading.corpus import LabelledString, is_held_out, read_anystyle_dir
from pubkit.reading.labeller import MODEL_PATH
from pubkit.reading.markup.base import Block, Span
from pubkit.reading.markup.html import INLINE_SPANS
from pubkit.reading.synthetic import render, to_block
from pubkit.reading.tokens import LEXICON_PATH, features, tokenize, use_lexicon

__all__ = ["ANYSTYLE_LABELS", "anystyle_example", "main"]

SEED = 2026
#: AnyStyle's labels -> the labeller's.
ANYSTYLE_LABELS = {
    "author": "author",
    "editor": "editor",
    "translator": "editor",
    "director": "editor",
    "producer": "editor",
    "title": "title",
    "container-title": "container",
    "journal": "container",
    "collection-title": "container",
    "source": "container",
    "date": "date",
    "volume": "volume",
    "pages": "pages",
    "publisher": "publisher",
    "location": "location",
    "doi": "doi",
    "url": "url",
    "citation-number": "other",
}
_WORK_TITLES = frozenset({"container-title", "journal", "booktitle"})
_COLLECTIONS = (
    "contextlab_cdl",
    "krr_up",
    "cryptobib_db",
    "dblp_ijcai_aamas_jgrey4296",
    "iridia_references",
    "jgrey4296_personal_main",
)
_PLACES_COLLECTION = "acl_anthology_jgrey4296"  # 45,000 records, nearly all with their event's address
_ARXIV_TOKEN = re.compile(r"(?i)^(?:arxiv:|https?://arxiv\.org/)")
_DOI_TOKEN = re.compile(r"(?i)^(?:doi:|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/")
_URL_TOKEN = re.compile(r"(?i)^https?://")
_INLINE_TAG = re.compile(r"<(/?)(italic|bold|i|b|em|sup|sub)>", re.IGNORECASE)
_INLINE_TAGS = re.compile(r"(</?(?:italic|bold|i|b|em|sup|sub)>)", re.IGNORECASE)  # split: text, tag, ...


def anystyle_example(item: LabelledString) -> tuple[Block, list[str]]:
    """A labelled string as a block and one label per token; identifiers relabelled by their shape.

    A work printed whole (a book) is labelled `container-title` by AnyStyle and has no `title`; for
    pubkit it is the paper's title, so the first container run of such a string is labelled title.
    Inline tags (`<italic>`, as JATS prints journals) become style spans, as the HTML reader makes them.
    """
    whole = not any(name == "title" for name, _ in item.fields)
    first_container = next((k for k, (name, _) in enumerate(item.fields) if name in _WORK_TITLES), -1)
    text = ""
    char_labels: list[str] = []  # the label of every character of `text`
    styled: dict[str, int] = {}  # style -> where its open tag left `text`
    spans: list[Span] = []
    for k, (name, value) in enumerate(item.fields):
        label = "title" if whole and k == first_container else ANYSTYLE_LABELS.get(name, "note")
        if text:
            text += " "
            char_labels.append(label)
        for piece in _INLINE_TAGS.split(value):
            tag = _INLINE_TAG.fullmatch(piece)
            if tag is None:
                text += piece
                char_labels.extend([label] * len(piece))
                continue
            kind = INLINE_SPANS[tag.group(2).lower()]
            if not tag.group(1):
                styled.setdefault(kind, len(text))
            elif kind in styled:
                spans.append(Span(styled.pop(kind), len(text), kind))
    spans.extend(Span(start, len(text), kind) for kind, start in styled.items())
    labels: list[str] = []
    for m in re.finditer(r"\S+", text):
        word = m.group(0)
        if _ARXIV_TOKEN.match(word):
            labels.append("arxiv")
        elif _DOI_TOKEN.match(word):
            labels.append("doi")
        elif _URL_TOKEN.match(word):
            labels.append("url")
        else:
            labels.append(char_labels[m.start()])
    return Block(text, tuple(spans), ((0, 1),), "item"), labels


def corpus_records(shared: Path) -> list[dict[str, Any]]:
    """Records of the BibTeX collections as plain dicts (the fields the synthetic renderer prints)."""
    from pubkit.io import loads

    records: list[dict[str, Any]] = []
    for name in _COLLECTIONS:
        with gzip.open(
            shared / "bib-corpus" / f"{name}.bib.gz", "rt", encoding="utf-8", errors="replace"
        ) as f:
            bib = loads(f.read(), "bibtex")
        for p in bib:
            if not p.authors or len(p.title) < 8:
                continue
            records.append(
                {
                    "title": p.title,
                    "authors": [[a.given, a.family] for a in p.authors],
                    "venue": p.venue.name if p.venue else None,
                    "acronym": p.venue.acronym if p.venue else None,
                    "kind": p.kind.value,
                    "publisher": p.venue.publisher if p.venue else None,
                    "year": p.year,
                    "month": p.month,
                    "volume": p.volume,
                    "number": p.number,
                    "pages": p.pages,
                    "doi": p.identifiers.doi,
                    "arxiv": p.identifiers.arxiv,
                    "address": p.fields.get("address") or p.fields.get("location"),
                }
            )
    return records


def build_lexicon(
    records: list[dict[str, Any]], places: Iterable[str] = (), *, minimum: int = 3
) -> dict[str, str]:
    """Word classes by how the collections use each word: in names ("n"), venues ("v"), titles ("t"),
    and places ("p": the records' addresses and the `places` printed in references).

    A class is given when the word occurs at least `minimum` times in that role and is not mostly
    used in another one (a word is a name word when names are at least a fifth of its uses); a word
    is a place word when it is printed as a place at least half as often as in names, venues and titles.
    """
    counts: dict[str, list[int]] = {}

    def add(text: str | None, role: int) -> None:
        for word in re.findall(r"[^\W\d_][\w'’-]*", text or ""):
            counts.setdefault(fold(word), [0, 0, 0, 0])[role] += 1

    for record in records:
        for given, family in record["authors"]:
            add(f"{given} {family}", 0)
        add(record["venue"], 1)
        add(record["title"], 2)
        add(record.get("address"), 3)
    for printed in places:
        add(printed, 3)
    out: dict[str, str] = {}
    for word, (name, venue, title, place) in sorted(counts.items()):
        total = name + venue + title
        classes = "".join(
            c for c, n in (("n", name), ("v", venue), ("t", title)) if n >= minimum and 5 * n >= total
        )
        if place >= minimum and 2 * place >= total:
            classes += "p"
        if classes and len(word) > 1:
            out[word] = classes
    return out


def printed_places(shared: Path) -> list[str]:
    """Places as references print them: AnyStyle's `location`s outside the held-out 10%, and the
    addresses of the ACL Anthology's records (its events' towns and countries)."""
    from pubkit.io import loads

    strings = read_anystyle_dir(shared / "reference-strings")
    places = [place for item in strings if not is_held_out(item.text) for place in item.values("location")]
    with gzip.open(shared / "bib-corpus" / f"{_PLACES_COLLECTION}.bib.gz", "rt", encoding="utf-8") as f:
        places.extend(p.fields["address"] for p in loads(f.read(), "bibtex") if "address" in p.fields)
    return places


def examples(
    shared: Path, records: list[dict[str, Any]], *, synthetic: int, rng: random.Random
) -> Iterator[tuple[Block, list[str]]]:
    """Training examples: AnyStyle's strings outside the held-out 10%, then synthetic CV entries."""
    for item in read_anystyle_dir(shared / "reference-strings"):
        if not is_held_out(item.text):
            yield anystyle_example(item)
    for record in rng.sample(records, min(synthetic, len(records))):
        yield to_block(render(record, rng))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pubkit.reading.train", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--synthetic", type=int, default=12000, help="synthetic CV entries (default 12000)")
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--c1", type=float, default=0.1, help="L1 regularisation")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 regularisation")
    parser.add_argument("--lexicon-only", action="store_true", help="rebuild the word classes, not the model")
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    start = time.monotonic()
    records = corpus_records(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lexicon_path = args.out.parent / LEXICON_PATH.name
    words = build_lexicon(records, printed_places(args.shared))
    lexicon_path.write_text(json.dumps(words, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"lexicon: {len(words)} words -> {lexicon_path}", file=sys.stderr)
    if args.lexicon_only:
        return 0
    use_lexicon(lexicon_path)
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for block, labels in examples(args.shared, records, synthetic=args.synthetic, rng=rng):
        tokens = tokenize(block)
        if len(tokens) != len(labels) or not tokens:
            continue
        trainer.append(features(tokens, block.text), labels)
        count += 1
    print(f"{count} training sequences in {time.monotonic() - start:.0f} s", file=sys.stderr)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(args.out))
    size = args.out.stat().st_size / 1e6
    print(f"trained in {time.monotonic() - start:.0f} s: {args.out} ({size:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
