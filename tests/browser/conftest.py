"""Headless Chromium for the browser tests (Debian's chromium and
chromium-driver), with the flags a root process in a closed network needs.

Starting Chromium costs seconds (tens on a loaded machine), so each test
module starts one and its tests share it; before every test the browser is
made as a fresh one would be: one window of 1280 x 1024 on a blank page, no
cookies, no cache, no emulated device or media, the default timeouts and an
empty download directory.  A browser that no longer answers is replaced.
Always quit at the end of the module."""
import os
import shutil
import tempfile

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


class Chromium:
    """One Chromium (and its profile and download directory) per module."""

    def __init__(self):
        self.downloads = tempfile.mkdtemp(prefix="sialip-unduhan-")
        self.profile = None
        self.driver = None

    def start(self):
        self.profile = tempfile.mkdtemp(prefix="sialip-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync",
                     "--user-data-dir=" + self.profile, "--window-size=1280,1024",
                     "--lang=id"):
            options.add_argument(flag)
        options.add_experimental_option("prefs", {
            "download.default_directory": self.downloads,
            "download.prompt_for_download": False,
        })
        self.driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER),
                                       options=options)

    def stop(self):
        if self.driver is not None:
            try:
                self.driver.quit()
            except WebDriverException:
                pass
            self.driver = None
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None

    def fresh(self):
        """The browser as a newly started one, for the next test."""
        if self.driver is not None:
            try:
                self._reset()
                return self.driver
            except WebDriverException:
                self.stop()     # it crashed or hangs: a new one
        self.start()
        self._reset()
        return self.driver

    def _reset(self):
        d = self.driver
        handles = d.window_handles
        for handle in handles[1:]:
            d.switch_to.window(handle)
            d.close()
        d.switch_to.window(handles[0])
        d.set_page_load_timeout(30)
        d.set_script_timeout(30)
        d.implicitly_wait(0)
        d.get("about:blank")
        for command, args in (("Network.clearBrowserCookies", {}),
                              ("Network.clearBrowserCache", {}),
                              ("Emulation.clearDeviceMetricsOverride", {}),
                              ("Emulation.setEmulatedMedia", {"media": ""})):
            d.execute_cdp_cmd(command, args)
        d.set_window_size(1280, 1024)
        for name in os.listdir(self.downloads):
            path = os.path.join(self.downloads, name)
            if os.path.isdir(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)


@pytest.fixture(scope="module")
def chromium():
    c = Chromium()
    try:
        yield c
    finally:
        c.stop()
        shutil.rmtree(c.downloads, ignore_errors=True)


@pytest.fixture
def browser(chromium):
    return chromium.fresh()


@pytest.fixture
def downloads(chromium, browser):
    """The browser's download directory, empty when the test starts."""
    return chromium.downloads
