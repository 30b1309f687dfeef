"""No stored code and no ISO date in what a person reads on a staff page
(issue 17 item 10): a crawl of the staff pages of both modules for every
role, from the staff home and the dashboard, following the links a person
would follow.  The text read is the page's main part without form fields
(a code in a value or an attribute is for machines), code samples and web
addresses; an ISO date may stand in the help or error text beside a field
as the format to type ("misalnya 2026-03-13 10:00"); downloads (CSV, XML,
files) are not pages.  A request handled
through routing, answer, extension, notice and objection, and an
innovation of 2093 with indicators and a report give the pages content."""
import re
from collections import deque
from urllib.parse import urlsplit

import pytest
from lxml import html

from staf_uji import objected, post, session, user
from test_inovasi_bantuan import (STANDARD_SET, buat_inovasi, buat_periode,  # noqa: F401
                                  indikator_ids, lapor, periode_id, set_indikator, staf)

pytestmark = pytest.mark.usefixtures("clear_throttle")

SNAKE = re.compile(r"(?<![\w@./-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w@/-])")
ISO_DATE = re.compile(r"(?<![\w/-])\d{4}-\d{2}-\d{2}(?![\w/-])")
ROLES = {"ppid_utama": None, "ppid_pelaksana": "dinkes", "atasan_ppid": None, "admin": None,
         "opd_inovasi": "dinkes", "evaluator": "bappeda", "pimpinan": None}
STAFF_PREFIXES = ("/ppid/admin", "/inovasi/admin", "/inovasi/dasbor")
DOWNLOAD = re.compile(r"(\.(csv|xml|pdf|zip|json|jsonld|rdf|xsd|png|jpg)$)|/berkas|/unduh|/bukti"
                      r"|/cetak|/keluar|/aset/")
PAGES_PER_ROLE = 70
PER_SHAPE = 2


def shape(url):
    """Pages that differ only in ids, numbers or query values count as one."""
    parts = urlsplit(url)
    keys = sorted(k.split("=")[0] for k in parts.query.split("&") if k)
    return re.sub(r"\d+", "N", parts.path) + "?" + "&".join(keys)


URL = re.compile(r"https?://\S+")


def readable_text(page, formats):
    """The words of the page's main part; formats: whether to keep the help
    and error text beside form fields (which may show a field's input format,
    "2026-03-13 10:00", as the example of what to type)."""
    tree = html.fromstring(page)
    mains = tree.xpath("//main")
    if not mains:
        return ""
    main = mains[0]
    drop = ".//input|.//textarea|.//select|.//script|.//style|.//code|.//kbd"
    if not formats:
        drop += '|.//p[contains(@class, "bantuan")]|.//p[contains(@class, "galat-field")]'
    for el in main.xpath(drop):
        el.drop_tree()
    # a web address shown as text is an address, not a code
    return URL.sub(" ", " ".join(" ".join(main.itertext()).split()))


@pytest.fixture(scope="module")
def content(server, db, staf):
    """A request through its whole path and an innovation with a report."""
    user(db, "kode.utama", ["ppid_utama"])
    user(db, "kode.dinkes", ["ppid_pelaksana"], "dinkes")
    utama, dinkes = session(server, "kode.utama"), session(server, "kode.dinkes")
    number = objected(server, db, utama, dinkes)[0]
    # Published in the archive: its history names the archive's steps.
    assert post(utama, server, "/ppid/admin/arsip/%s/terbitkan" % number,
                [("teks", "Jumlah posyandu aktif per kecamatan")]).status_code == 303

    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    buat_periode(evaluator, "2093", "triwulan", "semua", hari=3)
    iid = buat_inovasi(officer, nama="Inovasi Tanpa Kode", tahun="2093",
                       tanggal_uji_coba="2093-01-15", tanggal_penerapan="2093-03-02")
    set_indikator(officer, iid, STANDARD_SET)
    apl = indikator_ids(db, iid)["Posyandu memakai aplikasi"]
    assert lapor(officer, iid, periode_id(db, "2093", "triwulan", 1), {apl: 10}, aksi="ajukan",
                 tautan={apl: "https://serangkab.go.id/bukti"}).status_code == 303
    return {"nomor": number, "inovasi": iid}


def crawl(server, s, starts):
    """The staff pages reachable from starts: path -> text a person reads."""
    seen, shapes, found = set(), {}, {}
    queue = deque(starts)
    while queue and len(found) < PAGES_PER_ROLE:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        key = shape(url)
        if shapes.get(key, 0) >= PER_SHAPE:
            continue
        shapes[key] = shapes.get(key, 0) + 1
        r = s.get(server.url + url, allow_redirects=False, timeout=30)
        if r.status_code != 200 or "text/html" not in r.headers.get("Content-Type", ""):
            continue
        found[url] = (readable_text(r.text, True), readable_text(r.text, False))
        for href in html.fromstring(r.text).xpath("//main//a/@href|//nav//a/@href"):
            parts = urlsplit(href)
            if parts.netloc or not parts.path.startswith(STAFF_PREFIXES) \
                    or DOWNLOAD.search(parts.path):
                continue
            link = parts.path + ("?" + parts.query if parts.query else "")
            if link not in seen:
                queue.append(link)
    return found


@pytest.mark.parametrize("role", sorted(ROLES))
def test_staff_pages_show_words_and_long_dates(server, db, content, role):
    username = "kode.peran." + role
    user(db, username, [role], ROLES[role])
    s = session(server, username)
    starts = ["/ppid/admin/", "/ppid/admin/permohonan/" + content["nomor"],
              "/inovasi/dasbor", "/inovasi/dasbor?tahun=2093",
              "/inovasi/admin/inovasi/" + content["inovasi"]]
    pages = crawl(server, s, starts)
    assert len(pages) >= 2, pages.keys()
    problems = []
    for url, (text, without_formats) in sorted(pages.items()):
        for m in SNAKE.finditer(text):
            problems.append("%s: code %r in ...%s..." % (url, m.group(0),
                            text[max(0, m.start() - 40):m.end() + 40]))
        for m in ISO_DATE.finditer(without_formats):
            problems.append("%s: ISO date %r in ...%s..." % (url, m.group(0),
                            without_formats[max(0, m.start() - 40):m.end() + 40]))
    assert not problems, "\n".join(problems[:60])
