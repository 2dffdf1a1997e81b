"""Comparing bodies as check-seeds does: Markdown markup stripped, white space folded."""
import re


def fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[*_#>`]+", " ", text or "")).strip().lower()
