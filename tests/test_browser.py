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


def test_leader_filter_shows_messages_sent_and_received(browser, server):
    browser.get(server + "index.html")
    browser.find_element(By.CSS_SELECTOR, 'nav.filters a[data-value="vladimir-putin"]').click()
    assert len(visible_messages(browser)) == 1
    browser.find_element(By.CSS_SELECTOR, 'nav.filters a[data-value="kim-jong-un"]').click()
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


def test_search_finds_a_leader(browser, server):
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "index.html")
    box = WebDriverWait(browser, 20).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "#search input.pagefind-ui__search-input")))
    box.send_keys("Putin")
    results = WebDriverWait(browser, 20).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link") or False)
    hrefs = [r.get_attribute("href") for r in results]
    assert any("messages/2024-10-07-kim-jong-un-to-vladimir-putin/index.html" in h for h in hrefs), hrefs
    assert all(h.startswith(server) for h in hrefs)
    results[0].click()
    assert "Putin" in browser.find_element(By.TAG_NAME, "h1").text
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []


def test_search_works_under_a_sub_path(browser, built_site, tmp_path_factory):
    """The same site served from /digest/pr-preview/pr-12/: results link inside the sub-path."""
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    _, site = built_site
    root = tmp_path_factory.mktemp("host")
    (root / "digest" / "pr-preview").mkdir(parents=True)
    shutil.copytree(site, root / "digest" / "pr-preview" / "pr-12")
    handler = functools.partial(QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}/digest/pr-preview/pr-12/"
        browser.get(base + "index.html")
        box = WebDriverWait(browser, 20).until(
            ec.presence_of_element_located((By.CSS_SELECTOR, "#search input.pagefind-ui__search-input")))
        box.send_keys("Xi Jinping")
        results = WebDriverWait(browser, 20).until(
            lambda b: b.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link") or False)
        assert all(r.get_attribute("href").startswith(base + "messages/") or
                   r.get_attribute("href").startswith(base + "articles/") for r in results)
    finally:
        httpd.shutdown()
