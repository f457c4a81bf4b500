"""The seed's pack site in a real headless Chromium, opened from file://:
search, filter, open a card, follow a download link, no console errors, and
screenshots at phone and desktop widths (kept in build/screenshots/)."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from pipeline.commands.site import site

from .browser import REQUIRED, available, browser, missing_reason
from .conftest import EPOCH, ROOT, SEED_PACK

if not available() and os.environ.get(REQUIRED) != "1":
    pytest.skip(missing_reason(), allow_module_level=True)  # one line in the summary

SLUG = "aws-cloud-practitioner"
SHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    mp.setenv("STUDY_PACK_CACHE", "off")
    try:
        site([SEED_PACK], out / "site", out / "build")
    finally:
        mp.undo()
    return out / "site"


@pytest.fixture
def chrome(tmp_path: Path):  # type: ignore[no-untyped-def]
    driver = browser(tmp_path / "downloads")
    yield driver
    driver.quit()


def _errors(driver) -> list[str]:  # type: ignore[no-untyped-def]
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def _count(driver) -> int:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return int(driver.find_element(By.ID, "count").text.split()[0])


def _expected(driver, text: str, domain: str) -> int:  # type: ignore[no-untyped-def]
    """What the embedded data holds for a search, counted apart from the page's own code."""
    return int(driver.execute_script(
        "var d = JSON.parse(document.getElementById('pack-data').textContent).cards;"
        "return d.filter(function (c) { return (!arguments[1] || c.d === arguments[1]) && c.x.indexOf(arguments[0]) >= 0; }).length;"
        .replace("arguments[1]", "DOMAIN").replace("arguments[0]", "TEXT")
        .replace("DOMAIN", repr(domain)).replace("TEXT", repr(text))
    ))


def _listed(driver, field: str) -> list[str]:  # type: ignore[no-untyped-def]
    return list(driver.execute_script(
        "var d = JSON.parse(document.getElementById('pack-data').textContent).cards;"
        "return Array.prototype.map.call(document.querySelectorAll('#results button'),"
        f" function (b) {{ return d[Number(b.dataset.index)].{field}; }});"
    ))


def _listed_texts(driver) -> list[str]:  # type: ignore[no-untyped-def]
    return _listed(driver, "x")


def _listed_domains(driver) -> list[str]:  # type: ignore[no-untyped-def]
    return _listed(driver, "d")


def _wait(condition, seconds: float = 10.0):  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_search_filter_open_a_card_and_download(seed_site, chrome, tmp_path):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    page = seed_site / SLUG / "index.html"
    chrome.get(page.as_uri())
    # the page's script fills the list after load: on a busy machine the first read came too early
    total = _wait(lambda: len(chrome.find_elements(By.CSS_SELECTOR, "#results li")))
    assert total == 50  # one page of results at first
    assert "cards" in chrome.find_element(By.ID, "count").text

    search = chrome.find_element(By.ID, "q")
    search.send_keys("SQS")
    found = _wait(lambda: _count(chrome) if _count(chrome) < 597 else 0)
    items = chrome.find_elements(By.CSS_SELECTOR, "#results li")
    assert len(items) == min(found, 50)
    assert found == _expected(chrome, "sqs", "") > 0
    assert all("sqs" in text for text in _listed_texts(chrome))

    Select(chrome.find_element(By.ID, "domain")).select_by_value("2")
    assert _wait(lambda: _count(chrome) != found or None) is not None
    assert _count(chrome) == _expected(chrome, "sqs", "2")
    search.clear()
    search.send_keys(" ")  # an input event: the query is now empty
    in_domain = _wait(lambda: _count(chrome) if _count(chrome) == _expected(chrome, "", "2") else 0)
    assert 0 < in_domain < 597
    assert set(_listed_domains(chrome)) == {"2"}

    first = chrome.find_element(By.CSS_SELECTOR, "#results li button")
    first.click()
    viewer = chrome.find_element(By.ID, "viewer")
    assert viewer.is_displayed()
    assert ".md:" in chrome.find_element(By.CSS_SELECTOR, ".where").text
    frame = chrome.find_element(By.ID, "card")
    assert frame.get_attribute("sandbox") == ""
    chrome.switch_to.frame(frame)
    question = chrome.find_element(By.TAG_NAME, "body").text
    assert question and chrome.find_elements(By.CSS_SELECTOR, ".sp-prompt")
    chrome.switch_to.default_content()
    chrome.find_element(By.ID, "flip").click()
    chrome.switch_to.frame(chrome.find_element(By.ID, "card"))
    _wait(lambda: chrome.find_elements(By.CSS_SELECTOR, ".sp-source"))
    assert "aws-cloud-practitioner.md:" in chrome.find_element(By.CSS_SELECTOR, ".sp-source").text
    chrome.switch_to.default_content()

    chrome.find_element(By.ID, "night").click()
    chrome.switch_to.frame(chrome.find_element(By.ID, "card"))
    assert "nightMode" in _wait(lambda: chrome.find_element(By.TAG_NAME, "body").get_attribute("class"))
    chrome.switch_to.default_content()

    SHOTS.mkdir(parents=True, exist_ok=True)
    chrome.save_screenshot(str(SHOTS / "site-desktop.png"))

    link = chrome.find_element(By.LINK_TEXT, f"{SLUG}.apkg")
    row = link.find_element(By.XPATH, "./ancestor::tr")
    shown_sha = row.find_element(By.CSS_SELECTOR, ".sha").text
    link.click()
    downloaded = tmp_path / "downloads" / f"{SLUG}.apkg"
    _wait(lambda: downloaded.is_file() and downloaded.stat().st_size > 0, 20)
    assert hashlib.sha256(downloaded.read_bytes()).hexdigest() == shown_sha
    assert not _errors(chrome)


def test_the_page_at_phone_width(seed_site, tmp_path):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    chrome = browser(tmp_path / "downloads", width=390, height=844)
    try:
        chrome.get((seed_site / SLUG / "index.html").as_uri())
        width = chrome.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
        assert width == [390, 390]  # nothing wider than the phone
        chrome.find_element(By.CSS_SELECTOR, "#results li button").click()
        SHOTS.mkdir(parents=True, exist_ok=True)
        chrome.save_screenshot(str(SHOTS / "site-phone.png"))
        chrome.execute_script("document.getElementById('contents').scrollIntoView()")
        chrome.save_screenshot(str(SHOTS / "site-phone-chart.png"))
        assert not _errors(chrome)
    finally:
        chrome.quit()


def test_hostile_notes_run_nothing_in_the_page(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    from .test_site import _pack

    monkeypatch.setenv("STUDY_PACK_CACHE", "off")
    pack = _pack(tmp_path / "pack")
    site([pack], tmp_path / "site", tmp_path / "build")
    chrome = browser(tmp_path / "downloads")
    try:
        chrome.get((tmp_path / "site" / "hostile" / "index.html").as_uri())
        # the page lists its cards from a script: on a busy machine they come after the page loads
        buttons = _wait(lambda: chrome.find_elements(By.CSS_SELECTOR, "#results li button"))
        assert buttons and any("</script>" in b.text for b in buttons)  # shown as text
        for index in range(len(buttons)):
            chrome.find_elements(By.CSS_SELECTOR, "#results li button")[index].click()
            chrome.find_element(By.ID, "flip").click()
        # An alert would have left a dialog open (and failed the calls above).
        assert chrome.execute_script("return document.querySelectorAll('img').length") == 0
        assert chrome.title.startswith("Hostile </script>")
        assert not _errors(chrome)
    finally:
        chrome.quit()
