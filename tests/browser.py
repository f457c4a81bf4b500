"""Debian's chromium, headless, driven by Selenium through chromium-driver.

The browser tests run when both are installed and are skipped (one line)
when not; STUDY_PACK_CHROMIUM and STUDY_PACK_CHROMEDRIVER name other paths.
With STUDY_PACK_REQUIRE_BROWSER=1 (what `.ci/run` sets) a missing
browser fails instead."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("STUDY_PACK_CHROMIUM", "/usr/bin/chromium")
DRIVER = os.environ.get("STUDY_PACK_CHROMEDRIVER", "/usr/bin/chromedriver")
REQUIRED = "STUDY_PACK_REQUIRE_BROWSER"
ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--allow-file-access-from-files",
)


def available() -> bool:
    return Path(CHROMIUM).is_file() and Path(DRIVER).is_file()


def missing_reason() -> str:
    return "browser tests skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"


def browser(downloads: Path, width: int = 1280, height: int = 900):  # type: ignore[no-untyped-def]
    if not available():
        if os.environ.get(REQUIRED) == "1":
            pytest.fail(missing_reason().replace("skipped", "required"))
        pytest.skip(missing_reason())
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ARGS:
        options.add_argument(arg)
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    if width < 500:  # headless windows are never narrower: a phone's viewport is emulated
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True}
        )
    return driver
