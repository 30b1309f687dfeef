"""A refused step on an objection (/ppid/admin/keberatan/{nomor}/...: the
Atasan's decision, the settlement, the applicant's reply, the KI dispute,
the court case) comes back as the page the objection's forms are on (its
request's page, or its own page for ground b without a request) with the
message beside the refused form and what was typed kept; nothing changes
(issue 16 item 16)."""
import datetime
import re

import pytest
import requests

from client import add_staff, session_of, staff_post, valid_form

PASSWORD = "kata-sandi-tolakkb-123"


@pytest.fixture(scope="module")
def officers(db):
    add_staff(db, {"tolakkb.utama": (["ppid_utama"], None),
                   "tolakkb.atasan": (["atasan_ppid"], None)}, PASSWORD)


@pytest.fixture
def as_(server, officers, clear_throttle):
    return session_of(server, PASSWORD)


post = staff_post


def beside(page, field):
    m = re.search(r'<p class="galat-field" id="galat-%s">([^<]*)</p>' % re.escape(field), page)
    return m.group(1) if m else None


def wib_text(days_ago):
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=7)
            - datetime.timedelta(days=days_ago)).strftime("%Y-%m-%d 10:00")


def objection_on_a_request(server, as_):
    """A desk request left unanswered for three weeks, objected to on c."""
    fields = valid_form()
    fields.update({"kanal": "surat", "diterima": wib_text(21)})
    r = post(server, as_("tolakkb.utama"), "/ppid/admin/permohonan/baru", fields)
    assert r.status_code == 303, r.text
    number, code = re.match(r"^/ppid/permohonan/(\d{4}-\d{6})\?kode=([0-9A-Z-]{19})$",
                            r.headers["Location"]).groups()
    r = requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code),
                      data={"alasan": ["c"], "uraian": "Tidak dijawab."},
                      headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    return number, re.search(r"/keberatan/(K-\d{4}-\d{4})", r.headers["Location"]).group(1)


def status_of(db, k):
    return db.sql("SELECT status, tanggapan_pemohon IS NULL, "
                  "(SELECT COUNT(*) FROM sengketa s WHERE s.keberatan_id = k.id) "
                  "FROM keberatan k WHERE nomor = '%s';" % k)[0]


def test_refused_objection_steps_come_back_on_the_request_page(server, db, as_):
    utama, atasan = as_("tolakkb.utama"), as_("tolakkb.atasan")
    number, k = objection_on_a_request(server, as_)
    url = "/ppid/admin/keberatan/%s/" % k

    # The decision without written reasons: the position and the choice kept.
    r = post(server, atasan, url + "putusan", {"putusan": "ditolak", "alasan_putusan": "",
                                              "jabatan": "Sekda <Kab.> & Serang"})
    assert r.status_code == 409
    assert "<h1>Permohonan %s</h1>" % number in r.text
    assert 'id="ditolak"' in r.text
    assert "alasan tertulis" in beside(r.text, "keberatan/%s/putusan" % k)
    assert 'value="Sekda &lt;Kab.&gt; &amp; Serang"' in r.text
    assert re.search(r'id="putusan-tolak-%s"[^>]*checked' % k, r.text)
    assert status_of(db, k) == ["diterima", "1", "0"]

    # The applicant's reply before any decision.
    r = post(server, utama, url + "tanggapan", {"tanggapan_pemohon": "Menerima <putusan>."})
    assert r.status_code == 409
    assert "setelah Atasan PPID memutus" in beside(r.text, "keberatan/%s/tanggapan" % k)
    assert "Menerima &lt;putusan&gt;." in r.text

    # A dispute with a malformed date: every field kept, the stage chosen.
    r = post(server, utama, url + "sengketa", {"nomor_register": "REG-77/KI/2031",
                                              "didaftarkan_pada": "kemarin",
                                              "tahap": "ajudikasi", "hasil": "",
                                              "uraian_hasil": "Uraian uji",
                                              "diputus_pada": ""})
    assert r.status_code == 409
    assert "nomor register KI" in beside(r.text, "keberatan/%s/sengketa" % k)
    assert 'value="REG-77/KI/2031"' in r.text and 'value="kemarin"' in r.text
    assert re.search(r'<option value="ajudikasi" selected', r.text)

    # A court case before the KI's decision.
    r = post(server, utama, url + "perkara", {"pengadilan": "pn", "nomor_perkara": "12/G/2031",
                                             "didaftarkan_pada": wib_text(0)[:10],
                                             "hasil": "", "diputus_pada": ""})
    assert r.status_code == 409
    assert "setelah Komisi Informasi" in beside(r.text, "keberatan/%s/perkara" % k)
    assert 'value="12/G/2031"' in r.text
    assert re.search(r'<option value="pn" selected', r.text)

    # A settlement dated before the objection was received.
    r = post(server, utama, url + "musyawarah", {"musyawarah_pada": "2001-01-01",
                                                "catatan": "Sepakat di kantor."})
    assert r.status_code == 409
    assert "sebelum keberatan diterima" in beside(r.text, "keberatan/%s/musyawarah" % k)
    assert 'value="2001-01-01"' in r.text and "Sepakat di kantor." in r.text
    assert status_of(db, k) == ["diterima", "1", "0"]

    # Decided once; a second decision is refused on the page (no error page).
    assert post(server, atasan, url + "putusan", {"putusan": "dikabulkan",
                                                 "alasan_putusan": "Beralasan.",
                                                 "jabatan": "Sekda"}).status_code == 303
    r = post(server, atasan, url + "putusan", {"putusan": "ditolak",
                                              "alasan_putusan": "Lagi."})
    assert r.status_code == 409
    assert "<h1>Permohonan %s</h1>" % number in r.text
    assert "sudah diputus" in r.text and 'id="ditolak"' in r.text
    assert db.sql("SELECT putusan FROM keberatan WHERE nomor = '%s';" % k) == [["dikabulkan"]]


def test_refused_step_on_an_objection_without_a_request(server, db, as_):
    utama, atasan = as_("tolakkb.utama"), as_("tolakkb.atasan")
    fields = valid_form(rincian="Laporan keuangan tidak diumumkan",
                        uraian="Informasi berkala tidak ada di DIP.")
    for name in ("cara_memperoleh", "cara_salinan"):
        fields.pop(name, None)
    fields.update({"kanal": "datang", "diterima": wib_text(1), "alasan": "b"})
    r = post(server, utama, "/ppid/admin/keberatan/baru", fields)
    assert r.status_code == 303, r.text
    k = re.search(r"/keberatan/(K-\d{4}-\d{4})\?kode=", r.headers["Location"]).group(1)

    r = post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % k,
             {"putusan": "", "alasan_putusan": "Alasan yang diketik.", "jabatan": "Sekda"})
    assert r.status_code == 409
    assert "<h1>Keberatan %s</h1>" % k in r.text
    assert 'id="ditolak"' in r.text
    assert "alasan tertulis" in beside(r.text, "keberatan/%s/putusan" % k)
    assert "Alasan yang diketik." in r.text
    assert db.sql("SELECT status FROM keberatan WHERE nomor = '%s';" % k) == [["diterima"]]
