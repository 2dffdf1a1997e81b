"""Reading inputs and writing pages with bare descriptors: whole files, whatever the kernel does."""
from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fileio
from generator.output import SiteWriter


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=5000))
def test_read_bytes_reads_the_whole_file(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("read") / "file.md"
    path.write_bytes(data)
    assert fileio.read_bytes(path) == data


def test_a_file_larger_than_one_read_is_read_whole(tmp_path):
    data = os.urandom(3 * (1 << 20) + 17)
    (tmp_path / "big").write_bytes(data)
    assert fileio.read_bytes(tmp_path / "big") == data


def test_short_reads_are_continued(tmp_path, monkeypatch):
    data = b"0123456789" * 50
    (tmp_path / "f").write_bytes(data)
    real_read = os.read
    monkeypatch.setattr(fileio.os, "read", lambda fd, n: real_read(fd, min(n, 7)))
    assert fileio.read_bytes(tmp_path / "f") == data


def test_a_file_that_grew_after_its_size_was_taken_is_read_to_the_end(tmp_path, monkeypatch):
    data = b"x" * 100 + b"appended"
    (tmp_path / "f").write_bytes(data)
    real_fstat = os.fstat

    class Smaller:
        def __init__(self, fd):
            self.st_size = real_fstat(fd).st_size - 8

    monkeypatch.setattr(fileio.os, "fstat", Smaller)
    assert fileio.read_bytes(tmp_path / "f") == data


def test_site_writer_writes_text_and_bytes_whole_and_replaces_an_old_page(tmp_path, monkeypatch):
    writer = SiteWriter(tmp_path / "site")
    page = "é" * 40000
    writer.write("a/page.html", page)
    writer.write("b.bin", b"\x00\x01" * 10)
    writer.write("b.bin", b"short")
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, data[:1000]))  # partial writes
    writer.write("c.html", "c" * 5000)
    writer.commit()
    site = tmp_path / "site"
    assert (site / "a" / "page.html").read_text(encoding="utf-8") == page
    assert (site / "b.bin").read_bytes() == b"short"
    assert (site / "c.html").read_text() == "c" * 5000
