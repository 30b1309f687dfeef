"""What the browser tests share: waiting until a submitted form's page has
been replaced by the answer, logging in and out through the forms, files to
upload, and the checks every page gets (fits a phone, nothing the CSP
blocks)."""
import contextlib
import os
import struct
import tempfile
import zlib

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def _replaced(old):
    def check(driver):
        try:
            old.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            # Chromium 156 answers this, not "stale element", when asked about
            # a node of a page that is being replaced.
            if "does not belong to the document" in str(e):
                return True
            raise
    return check


def wait_gone(driver, old):
    """Waits until old, an element of the page that submitted, is gone.
    Selenium's staleness_of is not enough: it lets Chromium's "does not
    belong to the document" error through when it asks mid-navigation."""
    WebDriverWait(driver, 30).until(_replaced(old))


def wait_page(driver, old):
    """Waits until old (an element of the page that submitted) is gone and
    the new page has its heading; the answer is never the CSRF refusal."""
    wait_gone(driver, old)
    WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
    assert driver.find_element(By.TAG_NAME, "h1").text != "Formulir tidak sah"


def submit(driver, form):
    """Clicks form's submit button and waits for the answer's page."""
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_page(driver, form)


def masuk(driver, server, username, password):
    """Logs username in through the login form; returns once the form's page
    is gone (the caller waits for what it expects next, if anything)."""
    driver.get(server.url + "/ppid/masuk")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    form = driver.find_element(By.CSS_SELECTOR, "form.formulir")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    return form


def log_in(driver, server, username, password):
    """Logs username in through the login form and waits for the answer."""
    wait_page(driver, masuk(driver, server, username, password))


def log_out(driver):
    form = driver.find_element(By.CSS_SELECTOR, "form.keluar")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_page(driver, form)


def fits(driver):
    """The page is no wider than the window: no sideways scrolling."""
    return driver.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth")


def csp_errors(driver):
    """What the browser's console says the Content Security Policy refused."""
    try:
        logs = driver.get_log("browser")
    except Exception:      # a driver without the log endpoint
        return []
    return [e["message"] for e in logs if "Content Security Policy" in e["message"]
            or "Refused to" in e["message"]]


def png_bytes(width=4, height=4, rgb=b"\x1f\x6f\xb4"):
    """A small, valid RGB PNG of one colour (real chunks and CRCs)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + rgb * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@contextlib.contextmanager
def temp_file(prefix, data, suffix=".png"):
    """A file holding data, for an <input type=file>; removed afterwards."""
    fd, path = tempfile.mkstemp(prefix=prefix, suffix=suffix)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    try:
        yield path
    finally:
        os.unlink(path)
