"""No control shown to a role leads it to "Akses ditolak": every role logs
in, and from its home (and the pages reached from it, two steps deep) every
staff link is opened and every form's action is tried.  A POST is sent
without the CSRF token, so nothing changes: the server checks the role
first (403 "Akses ditolak") and the token after (403 "Formulir tidak
sah"), which tells the two apart.

Its data is of 2092 and of an OPD of its own: a request routed there with
an objection waiting for the Atasan PPID and one decided and taken to the
Komisi Informasi, so the request page shows every step's form."""
import datetime
import html as htmllib
import re
from urllib.parse import urlsplit

import pytest

import harness
from client import login

PASSWORD = "kata-sandi-jelajah-123"
OPD_KODE = "uji17c"
ROLES = {
    "jelajah.utama": (["ppid_utama"], None),
    "jelajah.pelaksana": (["ppid_pelaksana"], OPD_KODE),
    "jelajah.atasan": (["atasan_ppid"], None),
    "jelajah.admin": (["admin"], None),
    "jelajah.bappeda": (["evaluator"], None),
    "jelajah.inovasi": (["opd_inovasi"], OPD_KODE),
    "jelajah.pimpinan": (["pimpinan"], None),
}
STAFF = ("/ppid/admin/", "/inovasi/admin/", "/inovasi/dasbor")
DEPTH = 2          # pages parsed: home (0), its pages (1), theirs (2)


@pytest.fixture(scope="module")
def data(db):
    """The request of 2092 with its two objections; returns its number."""
    db.sql("INSERT INTO opd (kode, nama, singkatan) VALUES ('%s', 'Dinas Uji Jelajah', "
           "'DUJ');" % OPD_KODE)
    for name, (roles, kode) in ROLES.items():
        harness.add_user(db, name, PASSWORD, name.replace(".", " ").title(), roles,
                         opd_kode=kode, cost=4)
    today = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date()
    nomor = "2092-270001"
    db.sql("INSERT INTO permohonan (nomor, tahun, kode_hash, jenis_pemohon, nama, nik, "
           "alamat, telepon, pekerjaan, rincian, tujuan, cara_memperoleh, cara_salinan, "
           "kanal, diterima_pada, hari_nol, jatuh_tempo, status) VALUES ('%s', 2092, "
           "SHA2('%s', 256), 'perorangan', 'Pemohon Jelajah', '3604010101920001', "
           "'Jl. Uji', '0812000093', 'Pegawai', 'Rincian jelajah', 'Tujuan', 'melihat', "
           "'unduh', 'web', UTC_TIMESTAMP(), '%s', '%s', 'didisposisi');"
           % (nomor, nomor, today, today + datetime.timedelta(days=14)))
    db.sql("INSERT INTO audit (waktu, aktor, aksi, objek, objek_id, publik) VALUES "
           "(UTC_TIMESTAMP(), 'uji', 'ajukan', 'permohonan', '%s', 1);" % nomor)
    db.sql("INSERT INTO disposisi (permohonan_id, opd_id, status, dibuat_oleh, dibuat_pada) "
           "SELECT p.id, o.id, 'menunggu', u.id, UTC_TIMESTAMP() FROM permohonan p, opd o, "
           "pengguna u WHERE p.nomor = '%s' AND o.kode = '%s' AND u.username = "
           "'jelajah.utama';" % (nomor, OPD_KODE))
    for k, ground, status in (("K-2092-2701", "c", "diterima"),
                              ("K-2092-2702", "a", "diputus")):
        db.sql("INSERT INTO keberatan (nomor, tahun, permohonan_id, alasan, uraian, "
               "diterima_pada, hari_nol, jatuh_tempo, status, putusan, alasan_putusan, "
               "diputus_pada) SELECT '%s', 2092, id, '%s', 'Uraian', UTC_TIMESTAMP(), '%s', "
               "'%s', '%s', %s, %s, %s FROM permohonan WHERE nomor = '%s';"
               % (k, ground, today, today + datetime.timedelta(days=40), status,
                  "'ditolak'" if status == "diputus" else "NULL",
                  "'Alasan.'" if status == "diputus" else "NULL",
                  "UTC_TIMESTAMP()" if status == "diputus" else "NULL", nomor))
        db.sql("INSERT INTO keberatan_alasan (keberatan_id, permohonan_id, alasan) SELECT "
               "id, permohonan_id, '%s' FROM keberatan WHERE nomor = '%s';" % (ground, k))
    db.sql("INSERT INTO sengketa (keberatan_id, nomor_register, didaftarkan_pada, tahap, "
           "hasil, dicatat_oleh) SELECT k.id, '001/REG/2092', '%s', 'selesai', 'ditolak', "
           "u.id FROM keberatan k, pengguna u WHERE k.nomor = 'K-2092-2702' AND "
           "u.username = 'jelajah.utama';" % today)
    return nomor


def pattern(method, url):
    """One representative per route: digits do not change a route's roles."""
    parts = urlsplit(url)
    keys = sorted(k.split("=")[0] for k in parts.query.split("&") if k)
    return method, re.sub(r"\d+", "N", parts.path), tuple(keys)


def controls(page):
    """(method, url) of every link and form on an HTML page."""
    found = [("GET", htmllib.unescape(h)) for h in re.findall(r'<a\b[^>]*?\bhref="([^"]*)"', page)]
    for attrs in re.findall(r"<form\b([^>]*)>", page):
        a = dict(re.findall(r'([\w-]+)="([^"]*)"', attrs))
        found.append((a.get("method", "get").upper(), htmllib.unescape(a.get("action", ""))))
    return found


def staff(url):
    return url.startswith(STAFF)


def crawl(server, session, start, seeds):
    """Opens every staff link and tries every form reached from start;
    returns [(url, what went wrong, where it was shown)]."""
    bad, seen = [], set()
    home = session.get(server.url + start, timeout=30)
    assert home.status_code == 200, home.text
    queue = [(urlsplit(home.url).path, home.text, 0)]
    queue += [(s, session.get(server.url + s, timeout=30).text, 1) for s in seeds]
    while queue:
        where, page, depth = queue.pop(0)
        for method, url in controls(page):
            url = url.split("#")[0]
            if not url.startswith("/") or url.startswith("//"):
                continue
            if url.endswith("/keluar") or (method == "GET" and not staff(url)):
                continue
            key = pattern(method, url)
            if key in seen:
                continue
            seen.add(key)
            if method == "POST":
                r = session.post(server.url + url, data={}, allow_redirects=False,
                                 timeout=30)
                if "Akses ditolak" in r.text:
                    bad.append((url, "POST: Akses ditolak", where))
                continue
            r = session.get(server.url + url, timeout=60, stream=True)
            kind = r.headers.get("Content-Type", "")
            body = r.text if "html" in kind else ""
            r.close()
            if r.status_code == 403 or "Akses ditolak" in body:
                bad.append((url, "GET %d" % r.status_code, where))
            elif body and depth < DEPTH and r.status_code == 200:
                queue.append((url, body, depth + 1))
    return bad, len(seen)


@pytest.mark.parametrize("username", sorted(ROLES))
def test_no_link_or_form_leads_a_role_to_access_denied(server, db, data, username,
                                                       clear_throttle):
    session = login(server, username, PASSWORD)
    roles = ROLES[username][0]
    seeds = ["/ppid/admin/permohonan/" + data] if set(roles) & {
        "ppid_utama", "ppid_pelaksana", "atasan_ppid"} else []
    bad, tried = crawl(server, session, "/ppid/admin/", seeds)
    assert tried > 3, tried
    assert not bad, bad
