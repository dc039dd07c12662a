"""The page in a real browser: headless Chromium (Debian's chromium + chromium-driver) driven by Selenium.

Starts `attributor serve` on a free loopback port, pastes a team-written article, presses Score with
the keyboard and checks that every statement is highlighted with the label the API gives, that the
summary and check-first list appear, and that a statement's details open on keyboard focus. Saves
tests/artifacts/page.png. Skips when Chromium, its driver or Selenium is absent.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="headless Chromium and chromedriver are not installed "
                                                                   "(apt-get install chromium chromium-driver)")
webdriver = pytest.importorskip("selenium.webdriver")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = free_port()
    env = {**os.environ, "ATTRIBUTOR_ACCESS_LOG": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "attributor.cli", "serve", "--port", str(port), "--log-level",
                             "warning"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"attributor serve exited: {proc.stdout.read()}")
            try:
                if httpx.get(base + "/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("attributor serve did not become ready in 60 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-extensions", "--window-size=1280,1100"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=opts)
    try:
        yield driver
    finally:
        driver.quit()


def test_paste_score_and_read_the_highlighted_article(server, browser, article):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    expected = httpx.post(server + "/v1/score", json={"text": article, "doc_id": "harbour"}, timeout=30).json()
    browser.get(server + "/")
    box = browser.find_element(By.ID, "article")
    box.send_keys(article)  # typed as keystrokes (headless Chromium has no clipboard to paste from)
    assert box.get_attribute("value") == article
    assert browser.find_element(By.ID, "count").text.replace(",", "") == str(len(article))
    browser.find_element(By.ID, "doc-id").send_keys("harbour")
    # keyboard only: Tab from the id field past the API-key disclosure to the Score button, press Enter
    browser.switch_to.active_element.send_keys(Keys.TAB)
    browser.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.switch_to.active_element.get_attribute("id") == "score-btn"
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(browser, 30).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#rendered .at-st")))

    spans = browser.find_elements(By.CSS_SELECTOR, "#rendered .at-st")
    assert [s.get_attribute("data-label") for s in spans] == [s["label"] for s in expected["statements"]]
    markers = {"direct_quote": "QUOTE", "anonymous_insider": "ANON", "editorial_paraphrase": "EDIT"}
    for span, st in zip(spans, expected["statements"]):
        assert span.find_element(By.CSS_SELECTOR, ".at-badge").text.startswith(markers[st["label"]])
    quote = next(s for s in spans if "Safety is not negotiable." in s.text)
    anon = next(s for s in spans if "two people familiar" in s.text)
    assert quote.get_attribute("data-label") == "direct_quote"
    assert anon.get_attribute("data-label") == "anonymous_insider"

    # the summary: counts per label, and the check-first list
    side = browser.find_element(By.CSS_SELECTOR, "#rendered .at-side")
    rows = side.find_elements(By.CSS_SELECTOR, ".at-counts tbody tr")
    shown = {r.find_element(By.CSS_SELECTOR, "th").text.split(" ", 1)[1]: int(r.find_elements(By.TAG_NAME, "td")[0].text)
             for r in rows}
    counts = expected["summary"]["counts"]
    assert shown == {k.replace("_", " "): v for k, v in counts.items()}
    checks = side.find_elements(By.CSS_SELECTOR, ".at-check-list li")
    assert len(checks) == len(expected["summary"]["check_first"]) > 0
    assert "Scored %d statements" % len(spans) in browser.find_element(By.ID, "status").text

    # keyboard: a check-first link focuses its statement, whose details then show
    first = expected["summary"]["check_first"][0]
    link = checks[0].find_element(By.TAG_NAME, "a")
    link.send_keys(Keys.ENTER)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("data-index") == str(first)
    assert focused.find_element(By.CSS_SELECTOR, ".at-tip").is_displayed()
    assert "reasons" in focused.find_element(By.CSS_SELECTOR, ".at-tip").text

    ARTIFACTS.mkdir(exist_ok=True)
    browser.execute_script("window.scrollTo(0, document.getElementById('results').offsetTop - 10)")
    assert browser.save_screenshot(str(ARTIFACTS / "page.png"))
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


def test_downloads_hold_the_statements(server, browser, article, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    expected = httpx.post(server + "/v1/score", json={"text": article, "doc_id": "harbour"}, timeout=30).json()
    browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    if not browser.find_elements(By.CSS_SELECTOR, "#rendered .at-st"):
        pytest.skip("needs the scored page of the test before")
    browser.find_element(By.ID, "dl-json").click()
    browser.find_element(By.ID, "dl-csv").click()
    names = ("attributor-harbour.json", "attributor-harbour.csv")
    WebDriverWait(browser, 10).until(lambda d: all((tmp_path / n).is_file() for n in names))
    assert json.loads((tmp_path / names[0]).read_text(encoding="utf-8")) == expected
    with (tmp_path / names[1]).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    from attributor.model.labels import LABELS
    from attributor.model.results import STATEMENT_FIELDS

    want = [c for f in STATEMENT_FIELDS for c in (["p_" + lb for lb in LABELS] if f == "probabilities" else [f])]
    assert list(rows[0]) == want  # every column of the one statement row, resolved_kind and speaker included
    assert [r["resolved_kind"] for r in rows] == [s["resolved_kind"] for s in expected["statements"]]
    assert [r["text"] for r in rows] == [s["text"] for s in expected["statements"]]
    assert [r["label"] for r in rows] == [s["label"] for s in expected["statements"]]
    assert all(float(r["p_" + r["label"]]) == s["probabilities"][s["label"]] for r, s in zip(rows, expected["statements"]))


def test_a_chosen_text_file_fills_the_box(server, browser, article):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "article.txt"
    browser.find_element(By.ID, "file").send_keys(str(fixture))
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "article").get_attribute("value"))
    assert browser.find_element(By.ID, "article").get_attribute("value") == article
    assert browser.find_element(By.ID, "doc-id").get_attribute("value") == "article"
    assert "Loaded article.txt" in browser.find_element(By.ID, "status").text


def test_errors_show_their_reason(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    browser.find_element(By.ID, "score-btn").click()
    status = browser.find_element(By.ID, "status")
    assert "Paste or drop an article first" in status.text
    browser.execute_script("document.getElementById('article').value = 'x'.repeat(100001);"
                           "document.getElementById('article').dispatchEvent(new Event('input'));")
    browser.find_element(By.ID, "score-btn").click()
    WebDriverWait(browser, 10).until(lambda d: "limit" in d.find_element(By.ID, "status").text)


def test_the_page_counts_characters_as_the_server_does(server, browser):
    """Emoji are one character (a code point), as the server counts them, not two UTF-16 units."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    text = "x" * 99_990 + "\U0001F600" * 10  # exactly the limit of 100,000 characters
    browser.execute_script("const t = document.getElementById('article'); t.value = arguments[0];"
                           "t.dispatchEvent(new Event('input'));", text)
    assert browser.find_element(By.ID, "count").text.replace(",", "") == str(len(text))
    browser.find_element(By.ID, "score-btn").click()
    WebDriverWait(browser, 60).until(lambda d: "Scored" in d.find_element(By.ID, "status").text
                                     or "limit" in d.find_element(By.ID, "status").text)
    assert "Scored" in browser.find_element(By.ID, "status").text


def test_the_key_box_says_no_key_is_needed_when_none_is(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    box = browser.find_element(By.ID, "key-box")
    assert box.get_attribute("open") is None
    label = browser.execute_script("return document.querySelector('label[for=api-key]').textContent")
    assert "not needed" in label and "asks for one" not in label
