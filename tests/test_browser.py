"""The site in headless Chromium, served over HTTP as a host would serve it."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # the test output is not a server log
        pass


@pytest.fixture(scope="module")
def server(built_site):
    _, site = built_site
    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    assert CHROMIUM and CHROMEDRIVER, "the browser tests need Debian's chromium and chromium-driver"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def visible_messages(browser) -> list:
    return [item for item in browser.find_elements(By.CSS_SELECTOR, "li.message") if item.is_displayed()]


def test_filter_works_in_place_with_javascript(browser, server):
    browser.get(server + "index.html")
    assert len(visible_messages(browser)) == 6
    browser.find_element(By.CSS_SELECTOR, 'nav.filters a[data-value="russia-dprk"]').click()
    assert len(visible_messages(browser)) == 1
    assert browser.current_url == server + "index.html"  # filtered in place, not navigated
    browser.find_element(By.CSS_SELECTOR, 'nav.filters a[data-value="russia-dprk"]').click()
    assert len(visible_messages(browser)) == 6


def test_message_page_links_back_to_its_leaders(browser, server):
    browser.get(server + "messages/2024-10-07-kim-jong-un-to-vladimir-putin/index.html")
    assert "Kim Jong Un" in browser.find_element(By.TAG_NAME, "h1").text
    browser.find_element(By.LINK_TEXT, "Vladimir Putin").click()
    assert browser.current_url.endswith("leaders/vladimir-putin/index.html")
    assert browser.find_element(By.CSS_SELECTOR, "svg.chart").is_displayed()


def test_page_has_no_console_errors(browser, server):
    browser.get(server + "index.html")
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
