"""Extraction: leader-to-leader messages (and visits and talks) in a normalized article."""
