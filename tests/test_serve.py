"""`digest serve`: builds, serves on 127.0.0.1, rebuilds on a change, and the page reloads."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, make_project
from generator.commands.serve import BUILD_ID, RELOAD_JS, build_id, inject_reload


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def wait_for(predicate, timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except (urllib.error.URLError, ConnectionError, OSError):
            value = None
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_inject_reload_is_pure_and_keyed_to_the_content():
    pages = {"index.html": "<body>a</body>", "messages/x/index.html": "<body>b</body>",
             "404.html": "<body>c</body>", "feed.xml": "<rss/>"}
    out = inject_reload(pages, "/sub/")
    assert out["index.html"] == f'<body>a<script src="{RELOAD_JS}" data-build="{build_id(pages)}"></script>\n</body>'
    assert f'src="../../{RELOAD_JS}"' in out["messages/x/index.html"]
    assert f'src="/sub/{RELOAD_JS}"' in out["404.html"]
    assert out["feed.xml"] == "<rss/>" and out[BUILD_ID] == build_id(pages) + "\n"
    assert pages["index.html"] == "<body>a</body>"  # not modified in place
    assert build_id(pages) == build_id(dict(reversed(pages.items())))
    assert build_id(pages) != build_id({**pages, "index.html": "<body>A</body>"})


def test_build_output_has_no_reload_script(built_site):
    _, site = built_site
    assert not (site / "_digest").exists()
    assert not [p for p in site.rglob("*.html") if "reload.js" in p.read_text(encoding="utf-8")]


@pytest.fixture
def served(tmp_path):
    project = make_project(tmp_path / "p")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--port", str(port)], cwd=project,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        yield project, f"http://127.0.0.1:{port}/", process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_serve_rebuilds_when_a_template_changes(served):
    project, url, process = served
    status, page = wait_for(lambda: fetch(url), what="the first build")
    assert status == 200 and "Messages between the leaders" in page
    assert f'<script src="{RELOAD_JS}" data-build="' in page
    first_id = fetch(url + BUILD_ID)[1].strip()
    assert first_id and f'data-build="{first_id}"' in page
    assert fetch(url + "no/such/page")[0] == 404

    template = project / "templates" / "index.html"
    template.write_text(template.read_text().replace("Messages between the leaders", "Leaders' messages, served"))
    page = wait_for(lambda: (lambda r: r[1] if "Leaders' messages, served" in r[1] else None)(fetch(url)),
                    what="the rebuilt page")
    second_id = fetch(url + BUILD_ID)[1].strip()
    assert second_id != first_id and f'data-build="{second_id}"' in page

    # A broken template keeps the last good site up and says why.
    template.write_text("{% broken")
    time.sleep(2.5)
    assert "Leaders' messages, served" in fetch(url)[1]
    assert process.poll() is None


def test_serve_reloads_the_open_page(served, tmp_path_factory):
    """In Chromium: the open page reloads by itself after a rebuild."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from test_browser import CHROMEDRIVER, CHROMIUM

    project, url, _ = served
    wait_for(lambda: fetch(url)[0] == 200, what="the first build")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-serve')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        driver.get(url + "index.html")
        assert "Messages between the leaders" in driver.find_element(By.TAG_NAME, "h1").text
        template = project / "templates" / "index.html"
        template.write_text(template.read_text().replace("Messages between the leaders", "Reloaded by serve"))
        WebDriverWait(driver, 30).until(lambda d: "Reloaded by serve" in d.find_element(By.TAG_NAME, "h1").text)
    finally:
        driver.quit()
