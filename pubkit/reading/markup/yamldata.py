"""YAML data files (Jekyll `_data/publications.yml`, Hugo data, RenderCV, Hayagriva): one entry per record.

Records are found by their shape, not by a schema: a mapping with a title key and another field,
inside a sequence or a mapping of records. Their keys name fields through the table headings'
vocabulary (`column_field`); the keys on the way down to them (`publications:`, `talks:`) and a
record's `type` are its sections, so talks and grants are skipped as in any list. The node tree of
`yaml.compose` keeps every line and never expands an alias, and walking it is bounded, so no file
(an alias bomb, deep nesting, a huge file) makes reading slow; what cannot be read is a problem.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from itertools import groupby
from typing import TYPE_CHECKING

from pubkit.errors import Problem
from pubkit.reading.markup._builder import TextBuilder, field_rank
from pubkit.reading.markup.base import Block, Document, Heading
from pubkit.wording import MARKER_CHARS, column_field

if TYPE_CHECKING:
    from yaml import Node

__all__ = ["TYPE_KEYS", "DataPath", "comments", "data_node", "field_of_key", "read", "records"]

#: Larger files are not read (a publication list is far smaller; composing 2 MB takes seconds).
MAX_CHARS = 2_000_000
#: Nodes walked at most (aliases are walked once), and the deepest nesting followed.
_MAX_NODES = 400_000
_MAX_DEPTH = 64

#: Keys whose meaning differs from a table column's (or that no table has): None is "not printed".
_KEY_FIELDS: dict[str, str | None] = {
    "names": "author",
    "creators": "author",
    "contributors": "author",
    "journal": "container",
    "booktitle": "container",
    "container-title": "container",
    "parent": "container",  # Hayagriva: the proceedings or periodical, a record of its own
    "institution": "container",
    "organization": "container",
    "howpublished": "container",
    "month": "date",
    "issued": "date",
    "number": "volume",
    "doi": "doi",
    "url": "url",
    "link": "url",
    "html": "url",
    "pdf": "url",
    "arxiv": "arxiv",
    "eprint": "arxiv",
    "serial-number": "other",  # Hayagriva: {doi: ..., arxiv: ...}, each read by its own key
    "note": "status",  # Hayagriva's "submitted", "under review"
    "submitted_to": "container",  # a submitted paper's journal (its `status` says "submitted")
    "submitted-to": "container",
    "server": "container",  # a preprint's server: "arXiv"
    "award": "award",
    **dict.fromkeys(
        "key id abstract bibtex bib selected tags keywords image preview abbr slides code video poster "
        "website supp github files cite citation language lang layout permalink excerpt teaser "
        "type category kind entry-type entry_type pub_type pubtype me owner".split(),
        None,
    ),
}
_TITLE_KEYS = frozenset({"title", "paper", "paper title", "paper_title", "titre", "titel", "título"})
#: Keys of a record's kind of work: its section ("article", "talk", "dataset").
TYPE_KEYS = ("type", "pub_type", "pubtype", "entry_type", "entry-type", "kind", "category")
#: Keys of a group of records (`- section: Journal articles`, `items: [...]`): its heading.
_GROUP_NAME_KEYS = ("title", "name", "section", "heading", "label", "category", "type")
#: Keys naming the list's owner (`owner: Ngaio Te Rangi`, RenderCV's `cv: name:`).
_OWNER_KEYS = ("owner", "name", "author")
#: Keys holding the index of the owner among a record's authors (`me: 0`): shown as bold names are.
_OWNER_INDEX_KEYS = ("me", "owner", "self", "highlight", "author_index")

#: A name printed bold in a value (`**Ada Lovelace**`, RenderCV's Markdown; `<b>`, `<strong>`).
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|<(b|strong)>(.+?)</\3>", re.IGNORECASE)
_ESCAPE = re.compile(r"\\([\\`*_\[\]<>#{}$])")
_INITIALS = re.compile(r"(?:[^\W\d_]{1,2}\.?[ -]?){1,4}")


def read(text: str) -> Document:
    """Read a YAML data file: its records, each an entry under the keys above it."""
    if len(text) > MAX_CHARS:
        msg = f"YAML file too large to read as a list ({len(text):,} characters; at most {MAX_CHARS:,})"
        return Document(markup="yamldata", problems=[Problem(msg, line=1, kind="syntax")])
    import yaml  # imported on first use: only YAML files need it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml bounds nesting itself
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        msg = f"YAML syntax error: {err.problem or err}"
        return Document(markup="yamldata", problems=[Problem(msg, line=line, kind="syntax")])
    except (yaml.YAMLError, RecursionError, MemoryError) as err:
        reason = "nested too deeply" if isinstance(err, RecursionError) else str(err).splitlines()[0]
        return Document(
            markup="yamldata", problems=[Problem(f"YAML not read: {reason}", line=1, kind="syntax")]
        )
    return records(root, "yamldata", comments(text))


def records(root: Node | None, markup: str, asides: list[Block] | None = None) -> Document:
    """The records of a node tree (composed YAML, or TOML / JSON data as `data_node` builds it), each
    an entry under the keys above it; `asides` (comments) go between them by their lines."""
    walker = _Walker()
    if root is not None:
        walker.walk(root)
    blocks = sorted([*walker.blocks, *(asides or [])], key=lambda block: block.line)
    return Document(blocks, walker.headings, title=walker.owner, markup=markup, problems=walker.problems)


#: A data path: the keys and list indices from the root down to a value.
DataPath = tuple[str | int, ...]


def data_node(value: object, line_of: Callable[[DataPath, object], int], path: DataPath = ()) -> Node:
    """Parsed data (TOML's, JSON's) as the node tree YAML composes, so one walker reads every data file;
    `line_of(path, value)` gives each value's source line. Nesting deeper than the walker follows is cut."""
    from yaml import MappingNode, Mark, ScalarNode, SequenceNode

    line = line_of(path, value)
    mark = Mark("data", 0, line - 1, 0, None, None)
    if len(path) > _MAX_DEPTH + 1:
        return ScalarNode("tag:yaml.org,2002:null", "~", mark, mark)
    if isinstance(value, dict):
        pairs: list[tuple[Node, Node]] = []
        for key, item in value.items():
            child = data_node(item, line_of, (*path, str(key)))
            pairs.append(
                (ScalarNode("tag:yaml.org,2002:str", str(key), child.start_mark, child.start_mark), child)
            )
        return MappingNode("tag:yaml.org,2002:map", pairs, mark, mark)
    if isinstance(value, list):
        items = [data_node(item, line_of, (*path, index)) for index, item in enumerate(value)]
        return SequenceNode("tag:yaml.org,2002:seq", items, mark, mark)
    return ScalarNode("tag:yaml.org,2002:str", _data_text(value), mark, mark)


def _data_text(value: object) -> str:
    """A data value as printed: booleans as TOML and JSON write them, dates in ISO form, no null."""
    if value is None:
        return "~"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def comments(text: str) -> list[Block]:
    """Runs of whole-line comments as asides: read for a legend ("# * equal contribution"), never entries."""
    asides: list[Block] = []
    lines = enumerate(text.split("\n"), 1)
    for comment, run in groupby(lines, key=lambda pair: pair[1].lstrip().startswith("#")):
        if comment:
            builder = TextBuilder()
            for number, line in run:
                builder.text(line.lstrip().lstrip("#"), number)
            body, spans, breaks = builder.finish()
            if body:
                asides.append(Block(body, spans, breaks, kind="aside"))
    return asides


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _scalar(node: Node | None) -> str | None:
    """A scalar node's text (backslash escapes of Markdown undone), or None for any other node."""
    from yaml import ScalarNode

    if not isinstance(node, ScalarNode):
        return None
    value = str(node.value).strip()
    return _ESCAPE.sub(r"\1", value) if value and value not in ("~", "null") else None


def _key(node: Node) -> str:
    return (_scalar(node) or "").lower().strip()


def _pairs(node: Node) -> list[tuple[Node, Node]]:
    from yaml import MappingNode

    return list(node.value) if isinstance(node, MappingNode) else []


def _items(node: Node) -> list[Node]:
    from yaml import SequenceNode

    return list(node.value) if isinstance(node, SequenceNode) else []


#: A title in another language (`title_en`, `title-lt`, `translated_title`): not what a citation prints.
_TRANSLATED_TITLE = re.compile(r"title[_-][a-z]{2}|(?:translated|english|trans)[_-]title")
#: Keys whose value explains the markers after names (`legend: "* equal contribution"`), or whose
#: mapping does (`[markers]` `"*" = "equal contribution"`).
_LEGEND_KEYS = frozenset({"legend", "legends", "markers", "marks", "symbols", "footnotes", "notation"})
#: Keys of a named group whose own name is no heading (`- title: Journals` over `items:`).
_ITEM_LIST_KEYS = frozenset(
    {"items", "entries", "list", "records", "children", "data", "contents", "content"}
)
_THESIS_KIND = re.compile(r"thesis|dissertation|\bdiss\b|habilitation", re.IGNORECASE)


def field_of_key(key: str) -> str | None:
    """The field a record's key names, by the YAML words first, then by a table column's heading."""
    if key in _KEY_FIELDS:
        return _KEY_FIELDS[key]
    if _TRANSLATED_TITLE.fullmatch(key):
        return None
    if key in _TITLE_KEYS:
        return "title"
    words = key.replace("_", " ").replace("-", " ")
    field = column_field(words, loose=False) or column_field(words)
    return "title" if field == "work" else field


def _is_record(node: Node, *, listed: bool = False) -> bool:
    """A mapping with a title (a scalar) that holds no records of its own; one that is not an item
    of a list (a mapping's value: `citekey: {...}`) needs one more field."""
    pairs = _pairs(node)
    if not pairs or not any(_key(k) in _TITLE_KEYS and _scalar(v) for k, v in pairs):
        return False
    fields = {field_of_key(_key(k)) for k, _ in pairs} - {None, "title"}
    return (listed or bool(fields)) and not _holds_records(node)


def _holds_records(node: Node) -> bool:
    """Whether one of the mapping's values is a sequence of records (a group: `- title: Journals`
    over `items:`)."""
    for _, value in _pairs(node):
        for item in _items(value)[:3]:
            if any(_key(k) in _TITLE_KEYS for k, _ in _pairs(item)):
                return True
    return False


def _heading_text(key: str) -> str:
    """`journal_articles` as a heading: "Journal articles"."""
    text = " ".join(key.replace("_", " ").replace("-", " ").split())
    return text[:1].upper() + text[1:]


class _Walker:
    """Walks the node tree once (each node at most once, however many aliases name it)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.headings: list[Heading] = []
        self.problems: list[Problem] = []
        self.owner: str | None = None
        self._seen: set[int] = set()
        self._stopped = False

    def walk(self, root: Node) -> None:
        stack: list[tuple[Node, tuple[Heading, ...], int]] = [(root, (), 0)]
        while stack and not self._stopped:
            node, path, depth = stack.pop()
            if id(node) in self._seen:
                continue  # an alias of a node walked already
            self._seen.add(id(node))
            if len(self._seen) > _MAX_NODES:
                self._stop(node, f"YAML file has more than {_MAX_NODES:,} nodes; the rest is not read")
                return
            if depth > _MAX_DEPTH:
                self._stop(node, f"YAML nested more than {_MAX_DEPTH} levels deep; the rest is not read")
                return
            children = list(self._children(node, path, depth))
            stack.extend(reversed(children))

    def _stop(self, node: Node, message: str) -> None:
        self.problems.append(Problem(message, line=_line(node), kind="syntax"))
        self._stopped = True

    def _children(
        self, node: Node, path: tuple[Heading, ...], depth: int
    ) -> Iterator[tuple[Node, tuple[Heading, ...], int]]:
        """Read the records among the node's children; yield the other children to walk, each with
        the headings above it."""
        items = _items(node)
        if items:
            for item in items:
                if _is_record(item, listed=True):
                    self._record(item, path)
                else:
                    yield item, path, depth + 1
            return
        pairs = _pairs(node)
        group = _holds_records(node)
        name = next(
            (_scalar(v) for k, v in pairs if group and _key(k) in _GROUP_NAME_KEYS and _scalar(v)), None
        )
        if name:  # a group of records named by its own key: its name is the heading of what it holds
            path = (*path, Heading(name, len(path) + 1, _line(node)))
            self.headings.append(path[-1])
        for key_node, value in pairs:
            key = _key(key_node)
            if self._legend(key, key_node, value):
                continue
            if _is_record(value):
                self._record(value, path)  # `citekey: {title: ...}` (Hayagriva)
            elif _pairs(value) or _items(value):
                named = key and not (name and key in _ITEM_LIST_KEYS)
                heading = Heading(_heading_text(key), len(path) + 1, _line(key_node)) if named else None
                if heading:
                    self.headings.append(heading)
                yield value, (*path, heading) if heading else path, depth + 1
            elif key in _OWNER_KEYS and depth <= 2 and self.owner is None and not (name and key == "name"):
                self.owner = _scalar(value)

    def _legend(self, key: str, key_node: Node, value: Node) -> bool:
        """Read `legend: "* equal contribution"` or a mapping of markers to meanings as an aside, where
        the reader looks for legends; whether the pair was one."""
        text = _scalar(value)
        lines = [text] if text and key in _LEGEND_KEYS else []
        pairs = [(_scalar(k) or "", _scalar(v) or "") for k, v in _pairs(value)]
        if pairs and all(k and v and k.strip(MARKER_CHARS + " ") == "" for k, v in pairs):
            lines = [f"{k} {v}" for k, v in pairs]
        if not lines:
            return False
        builder = TextBuilder()
        for text in lines:
            builder.hard_break()
            builder.text(text, _line(key_node))
        body, spans, breaks = builder.finish()
        self.blocks.append(Block(body, spans, breaks, kind="aside"))
        return True

    def _record(self, node: Node, path: tuple[Heading, ...]) -> None:
        self._seen.add(id(node))
        pairs = _pairs(node)
        kind = next((_scalar(v) for k, v in pairs if _key(k) in TYPE_KEYS and _scalar(v)), None)
        if kind and path:  # the kind of work, as the section of a list inside the group's
            path = (*path, Heading(_heading_text(kind), len(path) + 1, _line(node)))
            self.headings.append(path[-1])
        owner = next((_scalar(v) for k, v in pairs if _key(k) in _OWNER_INDEX_KEYS), None)
        index = int(owner) if owner and owner.isdigit() else None
        fields: dict[str, list[tuple[list[str], int]]] = {}
        for key_node, value in pairs:
            self._value(fields, _key(key_node), value)
        if (
            kind and " " in kind and _THESIS_KIND.search(kind) and fields.get("container")
        ):  # printed, not "phdthesis"
            values, line = fields["container"][0]
            fields["container"][0] = ([f"{kind},", *values], line)
        builder = TextBuilder()
        for field in sorted(fields, key=field_rank):
            for values, line in fields[field]:
                if not builder.empty:
                    builder.hard_break()
                builder.open("field", field)
                if field in ("author", "editor"):
                    _names(builder, values, line, index if field == "author" else None)
                else:
                    builder.text(" ".join(values), line)
                builder.close("field")
        text, spans, breaks = builder.finish()
        if not text:
            return
        breaks[0] = (0, _line(node))  # the record's line: its first key's
        self.blocks.append(Block(text, spans, breaks, kind="item", headings=path))

    def _value(self, fields: dict[str, list[tuple[list[str], int]]], key: str, value: Node) -> None:
        """Add what `key: value` prints to `fields`: scalars, lists of names, nested records."""
        field = field_of_key(key)
        if field is None:
            return
        pairs = _pairs(value)
        if pairs:  # a venue as a record (Hayagriva's `parent`), identifiers by their own keys
            for sub_key, sub_value in pairs:
                sub = _key(sub_key)
                if field == "container" and sub in _TITLE_KEYS:
                    self._value(fields, key, sub_value)
                elif field != "container" or sub == "publisher":
                    self._value(fields, sub, sub_value)
            return
        items = _items(value)
        texts = [t for t in (_person(item) for item in items) if t] if items else [_scalar(value) or ""]
        texts = [t for t in texts if t]
        if texts:
            fields.setdefault(field, []).append((texts, _line(value)))


def _person(node: Node) -> str | None:
    """A name in a list of authors: a string, or a mapping (`{given: Ada, family: Lovelace}`, `name:`)."""
    text = _scalar(node)
    if text is not None:
        return text
    parts = {_key(k): _scalar(v) for k, v in _pairs(node)}
    if parts.get("name") or parts.get("literal"):
        return parts.get("name") or parts.get("literal")
    given, family = parts.get("given") or parts.get("first"), parts.get("family") or parts.get("last")
    return " ".join(p for p in (given, family) if p) or None


def _names(builder: TextBuilder, values: list[str], line: int, owner: int | None) -> None:
    """Authors as one printed list (a string as printed); the owner's name (by index, or printed bold)
    in a bold span, its role markers after it."""
    if len(values) == 1:
        text, names = values[0], _split_names(values[0])
    else:
        text = ("; " if any("," in v for v in values) else ", ").join(values)
        names = values
    cursor = 0
    for k, name in enumerate(names):
        start = text.find(name, cursor)
        if start < 0:
            continue
        bold = _BOLD.fullmatch(name)
        plain = next(g for g in bold.groups()[::-1] if g) if bold else name
        stem = plain.rstrip(MARKER_CHARS + " ")
        builder.text(text[cursor:start], line)
        if bold or k == owner:
            builder.open("bold")
            builder.text(stem, line)
            builder.close("bold")
            builder.text(plain[len(stem) :], line)
        else:
            builder.text(plain, line)
        cursor = start + len(name)
    builder.text(text[cursor:], line)


def _split_names(text: str) -> list[str]:
    """One string of names as its names: at semicolons, else at commas and "and" ("Te Rangi, N." pairs
    kept together)."""
    if ";" in text:
        return [p.strip() for p in text.split(";") if p.strip()]
    parts = [p.strip() for p in re.split(r",|\band\b|&", text) if p.strip()]
    if len(parts) >= 2 and len(parts) % 2 == 0 and all(_INITIALS.fullmatch(p) for p in parts[1::2]):
        return [f"{parts[k]}, {parts[k + 1]}" for k in range(0, len(parts), 2)]
    return parts
