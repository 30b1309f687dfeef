"""The law's edges on the extension and objection side (issue 16): no
extension once the first due date has passed, and such a late one never
counts as on time; several objections per request, each ground once, with
concurrent filings serialised; the Komisi Informasi window; objections
without a request (ground b), recorded at the desk, settled by agreement;
the objection register's columns."""
import csv
import datetime
import io
import os
import re
import threading

import pytest
import requests
from lxml import etree

import harness
from client import csrf_of, filed, login, valid_form

PASSWORD = "kata-sandi-lanjut-123"
HOLIDAYS = os.path.join(harness.ROOT, "sql", "seed", "hari-libur.csv")
SCHEMAS = os.path.join(harness.ROOT, "mod_sialip", "schema")


def off_days():
    with open(HOLIDAYS) as f:
        return {datetime.date.fromisoformat(r["tanggal"]) for r in csv.DictReader(f)
                if r.get("libur", "1") in ("1", "")}


def working_days_after(start, n):
    off = off_days()
    day = start
    while n > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            n -= 1
    return day


def today_wib():
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date()


def now_wib_text(minus_minutes=1):
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=7)
            - datetime.timedelta(minutes=minus_minutes)).strftime("%Y-%m-%d %H:%M")


@pytest.fixture(scope="module")
def officers(db):
    users = {
        "lanjut.utama": (["ppid_utama"], None),
        "lanjut.atasan": (["atasan_ppid"], None),
        "lanjut.dinkes": (["ppid_pelaksana"], "dinkes"),
    }
    for name, (roles, opd) in users.items():
        harness.add_user(db, name, PASSWORD, name.replace(".", " ").title(), roles,
                         opd_kode=opd, cost=4)
    return users


@pytest.fixture
def as_(server, officers, clear_throttle):
    sessions = {}

    def get(name):
        if name not in sessions:
            sessions[name] = login(server, name, PASSWORD)
        return sessions[name]
    return get


def post(server, session, path, data=None):
    page = session.get(server.url + "/ppid/admin/", timeout=10)
    fields = dict(data or {})
    fields["csrf"] = csrf_of(page.text)
    return session.post(server.url + path, data=fields, headers={"Origin": server.url},
                        allow_redirects=False, timeout=30)


def record(server, session, received, **overrides):
    fields = valid_form(**overrides)
    fields.update({"kanal": "surat", "diterima": received})
    r = post(server, session, "/ppid/admin/permohonan/baru", fields)
    assert r.status_code == 303, r.text
    m = re.match(r"^/ppid/permohonan/(\d{4}-\d{6})\?kode=([0-9A-Z-]{19})$",
                 r.headers["Location"])
    return m.group(1), m.group(2)


def field_error(html, field):
    m = re.search(r'<p class="galat-field" id="galat-%s">([^<]*)</p>' % re.escape(field), html)
    return m.group(1) if m else None


# ---- 1. no extension after the first due date ---------------------------------

def test_an_extension_after_the_first_due_date_is_refused_on_the_form(server, db, as_):
    utama = as_("lanjut.utama")
    number, _ = record(server, utama, "2026-03-13 10:00")
    r = post(server, utama, "/ppid/admin/permohonan/%s/perpanjang" % number,
             {"alasan": "Arsip <lama> & tersebar."})
    assert r.status_code == 409
    message = field_error(r.text, "perpanjang")
    assert message and "Senin, 6 April 2026" in message and "sudah lewat" in message
    assert "Pasal 22 ayat 8" in message
    # The form is the request page's, with what the officer typed.
    assert "Arsip &lt;lama&gt; &amp; tersebar.</textarea>" in r.text
    assert 'id="disposisi"' in r.text
    assert db.sql("SELECT jatuh_tempo_perpanjangan IS NULL FROM permohonan WHERE nomor = "
                  "'%s';" % number) == [["1"]]
    assert db.sql("SELECT COUNT(*) FROM audit WHERE objek = 'permohonan' AND objek_id = "
                  "'%s' AND aksi = 'perpanjang';" % number) == [["0"]]


def test_an_extension_before_the_first_due_date_is_accepted(server, db, as_):
    utama = as_("lanjut.utama")
    number, _ = record(server, utama, now_wib_text())
    r = post(server, utama, "/ppid/admin/permohonan/%s/perpanjang" % number,
             {"alasan": "Dokumen tersebar."})
    assert r.status_code == 303, r.text
    due, extended = db.sql("SELECT jatuh_tempo, jatuh_tempo_perpanjangan FROM permohonan "
                           "WHERE nomor = '%s';" % number)[0]
    assert extended == working_days_after(datetime.date.fromisoformat(due), 7).isoformat()


# ---- 3. a late extension is not an excuse in the figures ----------------------

def test_a_late_extension_does_not_count_as_on_time(server, db, as_):
    """Two requests of 2021 answered on 19 March, between the first due
    date (15 March) and the extended one (24 March): the one extended in
    time is on time, the one extended on 17 March (late) is late, in the
    statistics and in the annual report."""
    utama = as_("lanjut.utama")
    made = []
    for i, extended_at in enumerate(("2021-03-12 03:00:00", "2021-03-17 03:00:00")):
        number, _ = record(server, utama, "2021-03-01 09:00", nama="Pemohon Tempo %d" % i)
        r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                 {"keputusan": "ditolak_prosedural", "alasan_prosedural": "Tanpa identitas"})
        assert r.status_code == 303, r.text
        db.sql("UPDATE permohonan SET jatuh_tempo_perpanjangan = '2021-03-24', "
               "alasan_perpanjangan = 'Arsip.', diperpanjang_pada = '%s' WHERE nomor = '%s';"
               % (extended_at, number))
        db.sql("UPDATE pemberitahuan n JOIN permohonan p ON p.id = n.permohonan_id SET "
               "n.diterbitkan_pada = '2021-03-19 03:00:00' WHERE p.nomor = '%s';" % number)
        made.append(number)
    assert db.sql("SELECT jatuh_tempo FROM permohonan WHERE nomor = '%s';" % made[0]) == \
        [["2021-03-15"]]

    r = requests.get(server.url + "/ppid/statistik.xml", params={"tahun": "2021"}, timeout=30)
    assert r.status_code == 200
    doc = etree.fromstring(r.content)
    ns = {"s": "urn:serangkab:ppid:statistik:1"}
    w = doc.find(".//s:tepat_waktu", ns).getparent()
    assert w.findtext("s:tepat_waktu", namespaces=ns) == "1"
    assert w.findtext("s:terlambat", namespaces=ns) == "1"

    r = requests.get(server.url + "/ppid/laporan/2021.xml", timeout=30)
    assert r.status_code == 200, r.text
    doc = etree.fromstring(r.content)
    ns = {"l": "urn:serangkab:ppid:laporan:1"}
    assert doc.findtext("l:waktu_layanan/l:tepat_waktu", namespaces=ns) == "1"
    assert doc.findtext("l:waktu_layanan/l:terlambat", namespaces=ns) == "1"
    rows = {e.get("nomor"): e for e in doc.findall("l:rincian_waktu/l:permohonan", ns)}
    assert rows[made[0]].get("ketepatan") == "tepat_waktu"
    assert rows[made[1]].get("ketepatan") == "terlambat"
    assert rows[made[1]].get("jatuh_tempo") == "2021-03-15"
