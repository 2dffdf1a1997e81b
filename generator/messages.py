"""Message files: content/messages/<id>.yaml, what reviewers read and correct in pull requests.

Extraction writes them; a person may set `status: confirmed` or `status: rejected` and a `note`,
or correct any field after confirming. A file whose status a person set is never rewritten.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from generator.articles import read_text, write_atomically
from generator.config import Config
from generator.errors import InputError
from generator.records import DATE_FROM, MESSAGE_KINDS, STATUSES, Message
from generator.yamlio import dump_yaml, load_yaml

FIELDS = ("id", "sender", "recipient", "date", "date_from", "kind", "occasion", "sources", "evidence",
          "quotes", "confidence", "background", "exchange", "reply_to", "status", "note")


def format_message(message: Message) -> str:
    value = {
        "id": message.id, "sender": message.sender, "recipient": message.recipient,
        "date": message.date.isoformat(), "date_from": message.date_from, "kind": message.kind,
        "occasion": message.occasion, "sources": list(message.sources), "evidence": message.evidence,
        "quotes": list(message.quotes), "confidence": message.confidence, "background": message.background,
        "exchange": message.exchange, "reply_to": message.reply_to, "status": message.status,
        "note": message.note,
    }
    return dump_yaml(value)


def parse_message(text: str, source: str, config: Config) -> Message:
    doc = load_yaml(text, source)
    raw = doc.value
    if not isinstance(raw, dict):
        raise InputError("a message file must be a mapping", source, 1)
    unknown = sorted(set(raw) - set(FIELDS), key=str)
    if unknown:
        raise InputError(f"unknown key '{unknown[0]}'; expected one of: {', '.join(FIELDS)}", source,
                         doc.line((unknown[0],)))

    def fail(key: str, problem: str):
        raise InputError(f"{key}: {problem}", source, doc.line((key,)))

    leader_ids = [leader.id for leader in config.leaders]
    for key in ("id", "sender", "recipient", "kind"):
        if not isinstance(raw.get(key), str):
            fail(key, "required, as text")
    for key in ("sender", "recipient"):
        if raw[key] not in leader_ids:
            fail(key, f"unknown leader '{raw[key]}'; expected one of: {', '.join(leader_ids)}")
    if raw["kind"] not in MESSAGE_KINDS:
        fail("kind", f"expected one of: {', '.join(MESSAGE_KINDS)}; got {raw['kind']!r}")
    day = raw.get("date")
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day)
        except ValueError:
            fail("date", f"not a valid date: {day!r}")
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        fail("date", "required, as YYYY-MM-DD")
    status = raw.get("status", "extracted")
    if status not in STATUSES:
        fail("status", f"expected one of: {', '.join(STATUSES)}; got {status!r}")
    date_from = raw.get("date_from", "article")
    if date_from not in DATE_FROM:
        fail("date_from", f"expected one of: {', '.join(DATE_FROM)}; got {date_from!r}")
    for key in ("sources", "quotes"):
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            fail(key, "expected a list of text")
    for key in ("occasion", "evidence", "exchange", "reply_to", "note"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            fail(key, "expected text")
    confidence = raw.get("confidence", 0.5)
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
        fail("confidence", "expected a number from 0 to 1")
    expected_name = Path(source).stem
    if raw["id"] != expected_name:
        fail("id", f"'{raw['id']}' does not match the file name '{expected_name}'")
    return Message(id=raw["id"], sender=raw["sender"], recipient=raw["recipient"], date=day,
                   kind=raw["kind"], date_from=date_from, occasion=raw.get("occasion"),
                   sources=tuple(raw.get("sources") or ()), evidence=raw.get("evidence") or "",
                   quotes=tuple(raw.get("quotes") or ()), confidence=float(confidence),
                   background=raw.get("background") is True, exchange=raw.get("exchange"),
                   reply_to=raw.get("reply_to"), status=status, note=raw.get("note"))


def read_messages(root: Path, config: Config) -> list[Message]:
    messages = []
    if root.is_dir():
        for path in sorted(root.glob("*.yaml")):
            messages.append(parse_message(read_text(path), str(path), config))
    return messages


def sync_messages(extracted: Iterable[Message], root: Path, config: Config) -> tuple[dict[str, int], list[Message]]:
    """Write extracted messages; keep what people set; drop stale files nobody touched.
    Returns the counts and every message the folder now holds, as read_messages would."""
    on_disk = {m.id: m for m in read_messages(root, config)}
    counts = {"new": 0, "changed": 0, "unchanged": 0, "curated": 0, "removed": 0}
    now: dict[str, Message] = {}
    for message in extracted:
        existing = on_disk.get(message.id)
        path = root / f"{message.id}.yaml"
        if existing and existing.status != "extracted":
            counts["curated"] += 1
            continue
        now[message.id] = message
        text = format_message(message)
        if existing and path.read_text(encoding="utf-8") == text:
            counts["unchanged"] += 1
            continue
        counts["changed" if existing else "new"] += 1
        write_atomically(path, text)
    for message_id, existing in on_disk.items():
        if message_id in now:
            continue
        if existing.status == "extracted":
            (root / f"{message_id}.yaml").unlink()
            counts["removed"] += 1
        else:
            now[message_id] = existing  # what a person set stays as they wrote it
    return counts, [now[key] for key in sorted(now)]
