"""What the browser tests share: waiting until a submitted form's page has
been replaced by the answer."""
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


def masuk(driver, server, username, password):
    """Logs username in through the login form; returns once the form's page
    is gone (the caller waits for what it expects next, if anything)."""
    driver.get(server.url + "/ppid/masuk")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    form = driver.find_element(By.CSS_SELECTOR, "form.formulir")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    return form
