"""Rendering: records in, files (path -> text) out. No I/O here but reading templates."""
