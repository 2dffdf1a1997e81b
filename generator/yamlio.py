"""Safe YAML: values plus the line each one came from, no aliases, errors as 'file:line: ...'.

Config, front matter and message files are all edited by people and arrive in pull requests,
so a mistake must point at its line, and a crafted file must not expand aliases into a bomb.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

from generator.errors import InputError

Path_ = tuple[Any, ...]


@dataclass(frozen=True)
class Located:
    """A YAML document's plain value and the 1-based line of every key path in it.

    Lines are worked out only when asked for: they are needed for error messages, and most
    documents have none, so the fast path parses with libyaml and never tracks lines."""

    value: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    text: str | None = None
    source: str = ""
    line_offset: int = 0

    def line(self, path: Path_) -> int | None:
        """The line of path, or of its nearest ancestor that has one."""
        lines = self.lines
        if not lines and self.text is not None:
            lines = _slow_load(self.text, self.source, self.line_offset).lines
        while path:
            if path in lines:
                return lines[path]
            path = path[:-1]
        return lines.get(())


class _PlainKeysLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's parser; a mapping with a repeated key or a key that is not text or a number is
    refused here, and the slow path then says on which line."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep)
        if len(mapping) != len(node.value) or not all(isinstance(key, (str, int)) for key in mapping):
            raise ValueError("duplicate or non-scalar key")
        return mapping


_FAST_LOADER = _PlainKeysLoader if hasattr(yaml, "CSafeLoader") else None
_FAST_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# Anchors and aliases ('&a', '*a') are refused; a document that may hold one takes the slow path.
_MAYBE_ALIAS = re.compile(r"[&*][^\s,\]}]")


def load_yaml(text: str, source: str, line_offset: int = 0) -> Located:
    """Parse one YAML document; line_offset shifts reported lines (front matter after '---').
    Repeated keys are refused."""
    flat = flat_mapping(text)
    if flat is not None:
        return Located(flat, {}, text, source, line_offset)
    if _FAST_LOADER is not None and not _MAYBE_ALIAS.search(text):
        try:
            value = yaml.load(text, Loader=_FAST_LOADER)
        except (yaml.YAMLError, ValueError):
            pass  # the slow path says where the problem is
        else:
            return Located(value, {}, text, source, line_offset)
    return _slow_load(text, source, line_offset)


_RESOLVER = yaml.resolver.Resolver()
_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?")
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_WORDS = {"null": None, "true": True, "false": False}
_NOT_FLAT = object()
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def flat_mapping(text: str) -> dict[str, Any] | None:
    """A mapping of plain or single-quoted scalars (text, null, booleans, decimal numbers) and block
    lists of them, one per line, the
    way dump_yaml writes front matter and message files, read without a YAML parser (under half
    of libyaml's time); None for anything else, which load_yaml then parses in full.
    tests/test_yamlio.py checks that it agrees with PyYAML on whatever dump_yaml writes."""
    result: dict[str, Any] = {}
    items: list[Any] | None = None
    unfilled: list[str] = []  # keys with nothing after the colon: a block list, or null if none follows
    for line in text.split("\n"):
        if not line:
            continue
        if items is not None and line.startswith("- "):
            value = _flat_scalar(line[2:])
            if value is _NOT_FLAT:
                return None
            items.append(value)
            continue
        match = _KEY_LINE.fullmatch(line)
        if match is None or match.group(1) in result or not _is_text(match.group(1)):
            return None
        key, raw = match.groups()
        if raw is None:
            items = result[key] = []
            unfilled.append(key)
            continue
        items = None
        value = [] if raw == "[]" else _flat_scalar(raw)
        if value is _NOT_FLAT:
            return None
        result[key] = value
    for key in unfilled:
        if not result[key]:
            result[key] = None
    return result or None  # an empty document is null, not a mapping


def _flat_scalar(raw: str) -> Any:
    if not raw or not raw.isprintable() or raw != raw.strip():
        return _NOT_FLAT
    if raw[0] == "'":
        inner = raw[1:-1]
        if len(raw) < 2 or raw[-1] != "'" or "'" in inner.replace("''", ""):
            return _NOT_FLAT
        return inner.replace("''", "'")
    if raw in _WORDS:
        return _WORDS[raw]
    if _DECIMAL.fullmatch(raw):  # a confidence, a count; no octal, hex or sexagesimal forms
        return float(raw) if "." in raw else int(raw)
    if raw[0] in _PLAIN_START or ": " in raw or " #" in raw or raw[-1] == ":" or not _is_text(raw):
        return _NOT_FLAT
    return raw


@lru_cache(maxsize=4096)  # keys, publishers and languages come back in every front matter
def _is_text(plain: str) -> bool:
    """Whether YAML reads this plain scalar as a string (not a number, date, bool or null)."""
    return _RESOLVER.resolve(yaml.ScalarNode, plain, (True, False)) == "tag:yaml.org,2002:str"


def _slow_load(text: str, source: str, line_offset: int) -> Located:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"invalid YAML: {problem}", source, line) from None
    if node is None:
        return Located(None, {(): 1 + line_offset})
    lines: dict[Path_, int] = {}
    value = _convert(node, (), lines, set(), source, line_offset)
    return Located(value, lines)


def _convert(node, path: Path_, lines, seen: set[int], source: str, offset: int):
    line = node.start_mark.line + 1 + offset
    if id(node) in seen:
        raise InputError("YAML aliases (*name) are not allowed", source, line)
    seen.add(id(node))
    lines[path] = line
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, source, offset)
            if not isinstance(key, (str, int)):
                raise InputError(f"a key must be text, not {key!r}", source,
                                 key_node.start_mark.line + 1 + offset)
            if key in result:
                raise InputError(f"duplicate key '{key}'", source,
                                 key_node.start_mark.line + 1 + offset)
            child = path + (key,)
            result[key] = _convert(value_node, child, lines, seen, source, offset)
            lines[child] = key_node.start_mark.line + 1 + offset
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), lines, seen, source, offset)
                for i, item in enumerate(node.value)]
    return _scalar(node, source, offset)


def _scalar(node, source: str, offset: int):
    if not isinstance(node, yaml.ScalarNode):
        raise InputError("a key must be a plain value", source, node.start_mark.line + 1 + offset)
    try:
        return yaml.SafeLoader(  # construct_object needs a loader instance; the text is unused
            "").construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError) as exc:
        raise InputError(f"invalid value {node.value!r}: {exc}", source,
                         node.start_mark.line + 1 + offset) from None


def dump_yaml(value: Any) -> str:
    """Deterministic YAML: keys in the order given, unicode kept, no line folding."""
    flat = _dump_flat(value) if isinstance(value, dict) else None
    if flat is not None:
        return flat
    return yaml.dump(value, Dumper=_FAST_DUMPER, sort_keys=False, allow_unicode=True, width=10_000,
                     default_flow_style=False)


# Text PyYAML writes as it is (a plain scalar) or in single quotes, when the resolver does not take
# it for another type: a letter or digit first, then words, spaces and common punctuation only.
# Anything else (indicators, ': ', ' #', breaks, odd spaces) is left to PyYAML itself.
_SIMPLE_TEXT = re.compile(r"[^\W_][\w,.'\"()/&!;’‘“”–—-]*(?: [\w,.'\"()/&!;’‘“”–—-]+)*")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def _flat_text(value: str) -> str | None:
    if len(value) > 1000 or not _SIMPLE_TEXT.fullmatch(value):
        return None
    if _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG:
        return value
    return "'" + value.replace("'", "''") + "'"


def _dump_flat(mapping: dict) -> str | None:
    """What dump_yaml's PyYAML call writes for a mapping of text keys to null, booleans, simple text
    and lists of simple text, at a tenth of its cost; None for anything else.
    tests/test_yamlio.py checks it against PyYAML."""
    lines: list[str] = []
    for key, value in mapping.items():
        if not isinstance(key, str) or _flat_text(key) != key:
            return None
        if value is None or isinstance(value, bool):
            lines.append(f"{key}: {'null' if value is None else str(value).lower()}")
        elif isinstance(value, str):
            text = _flat_text(value)
            if text is None:
                return None
            lines.append(f"{key}: {text}")
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            items = [_flat_text(item) for item in value]
            if None in items:
                return None
            lines.append(f"{key}:" + "".join(f"\n- {item}" for item in items) if items else f"{key}: []")
        else:
            return None
    return "\n".join(lines) + "\n" if lines else None
