"""What a build changes in the published messages, compared with a previous build's messages.json.

diff_messages is pure: two lists of messages.json records in, a Changes out. summary_markdown
turns it into the short text a pull-request comment shows (absolute links: a comment lives
outside the site); the page site/changes/index.html is rendered by render_site with relative links.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from generator.errors import DigestError


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ChangedMessage:
    id: str
    old: dict
    new: dict
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class Changes:
    added: tuple[dict, ...] = ()
    changed: tuple[ChangedMessage, ...] = ()
    removed: tuple[dict, ...] = ()
    unchanged: int = 0
    fields: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def load_previous(path: Path) -> list[dict]:
    """The messages of a previous site: its folder or its messages.json."""
    target = path / "messages.json" if path.is_dir() else path
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DigestError("no messages.json to compare with (give a built site folder or its "
                          "messages.json)", str(target)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DigestError(f"cannot read messages.json to compare with: {exc}", str(target)) from None
    messages = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(messages, list) or not all(isinstance(x, dict) and isinstance(x.get("id"), str)
                                                 for x in messages):
        raise DigestError("not a digest messages.json (expected {\"messages\": [{\"id\": ...}, ...]})",
                          str(target))
    return messages


def diff_messages(old: list[dict], new: list[dict]) -> Changes:
    """Added, changed (field by field, in the new record's field order) and removed messages,
    each newest first (ids start with the date)."""
    before = {x["id"]: x for x in old}
    after = {x["id"]: x for x in new}
    added = tuple(after[i] for i in sorted(after.keys() - before.keys(), reverse=True))
    removed = tuple(before[i] for i in sorted(before.keys() - after.keys(), reverse=True))
    changed = []
    unchanged = 0
    for i in sorted(before.keys() & after.keys(), reverse=True):
        a, b = before[i], after[i]
        names = list(b) + [k for k in a if k not in b]
        fields = tuple(FieldChange(k, a.get(k), b.get(k)) for k in names if a.get(k) != b.get(k))
        if fields:
            changed.append(ChangedMessage(i, a, b, fields))
        else:
            unchanged += 1
    return Changes(added=added, changed=tuple(changed), removed=removed, unchanged=unchanged)


def show_value(value: Any, limit: int | None = None) -> str:
    """A field's value as one line of text."""
    if value is None:
        text = "(none)"
    elif isinstance(value, list):
        text = "; ".join(show_value(v) for v in value) if value else "(none)"
    elif isinstance(value, dict):
        text = str(value.get("article") or json.dumps(value, ensure_ascii=False, sort_keys=True))
    else:
        text = str(value)
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def describe(record: dict, name: Callable[[str], str]) -> str:
    return (f"{record.get('date', '?')}: {str(record.get('kind', 'message')).replace('-', ' ')} from "
            f"{name(record.get('sender', '?'))} to {name(record.get('recipient', '?'))}")


def _code(text: str) -> str:
    text = text.replace("`", "'").replace("\n", " ")
    return f"`{text}`"


def _md(text: str) -> str:
    """Plain text that Markdown shows as written."""
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return text


def summary_markdown(changes: Changes, base_url: str, name: Callable[[str], str],
                     limit: int = 25) -> str:
    """The pull-request comment: counts, then at most `limit` lines per section."""
    counts = (f"**{len(changes.added)} added, {len(changes.changed)} changed, "
              f"{len(changes.removed)} removed** ({changes.unchanged} unchanged)")
    lines = ["### Messages in this preview", ""]
    if changes.empty:
        lines += [f"No changes to the published messages ({changes.unchanged} unchanged).", ""]
    else:
        lines += [counts + ".", ""]

    def section(title: str, items: list[str], total: int) -> None:
        if not items:
            return
        lines.append(f"**{title}**")
        lines.extend(items[:limit])
        if total > limit:
            lines.append(f"- … and {total - limit} more")
        lines.append("")

    section("Added", [f"- [{_md(describe(x, name))}]({base_url}messages/{x['id']}/)" for x in changes.added],
            len(changes.added))
    section("Changed", [
        f"- [{_md(describe(c.new, name))}]({base_url}messages/{c.id}/): "
        + "; ".join(f"{f.field} {_code(show_value(f.old, 60))} → {_code(show_value(f.new, 60))}"
                    for f in c.fields)
        for c in changes.changed], len(changes.changed))
    section("Removed", [f"- {_md(describe(x, name))} (`{x['id']}`)" for x in changes.removed],
            len(changes.removed))
    lines.append(f"[Preview]({base_url}) · [All changes]({base_url}changes/)")
    return "\n".join(lines) + "\n"
