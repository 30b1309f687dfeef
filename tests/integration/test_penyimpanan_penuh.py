"""The upload store fills up: every route that takes a file refuses with a
page that says the file could not be stored, files nothing (no row, no
audit, no file row, no number used), leaves no partial file behind, and
the error log names the cause.  Once space is freed the same upload works.

A second Apache runs with its store (SialipUploadDir, and InovasiUploadDir,
which defaults to it) on a small tmpfs; mounting needs root."""
import hashlib
import os
import re
import shutil
import subprocess
import tempfile

import pytest

import harness
from client import PNG_BYTES, csrf_of, file_request, login
from staf_uji import PASSWORD, user
from test_inovasi_bantuan import (STANDARD_SET, Staf, buat_inovasi, buat_periode,
                                  ensure_users, indikator_ids, lapor, periode_id,
                                  set_indikator)

pytestmark = pytest.mark.usefixtures("clear_throttle")

STORE_SIZE = 1024 * 1024
LEFT_FREE = 16 * 1024
# Bigger than what is left free, well under SialipMaxUpload (2M).
UPLOAD_SIZE = 96 * 1024
FILLER = "pengisi"


@pytest.fixture(scope="module")
def small_store_server(db):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs as the upload store needs root")
    workdir = tempfile.mkdtemp(prefix="sialip-penuh-")
    os.chmod(workdir, 0o755)
    store = os.path.join(workdir, "berkas")
    os.makedirs(store)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%d,mode=0755" % STORE_SIZE,
                        "tmpfs", store], capture_output=True, text=True)
    if r.returncode != 0:
        shutil.rmtree(workdir, ignore_errors=True)
        pytest.skip("cannot mount a tmpfs here: " + r.stderr.strip())
    apache = harness.Apache(workdir, db)
    try:
        apache.start()          # chowns the mounted store to the Apache user
        yield apache
    finally:
        apache.stop()
        if subprocess.run(["umount", store]).returncode != 0:
            subprocess.run(["umount", "-l", store])
        shutil.rmtree(workdir, ignore_errors=True)


class FullStore:
    """Fills the store but LEFT_FREE bytes; free() removes the filler."""

    def __init__(self, server):
        self.store = server.uploads
        self.filler = os.path.join(self.store, FILLER)

    def __enter__(self):
        st = os.statvfs(self.store)
        with open(self.filler, "wb") as f:
            f.write(b"\0" * (st.f_bavail * st.f_frsize - LEFT_FREE))
        return self

    def free(self):
        if os.path.exists(self.filler):
            os.remove(self.filler)

    def __exit__(self, *exc):
        self.free()


def stored_files(server):
    """Regular files in the store other than the filler, by name."""
    found = []
    for dirpath, _, names in os.walk(server.uploads):
        found += [n for n in names if n != FILLER]
    return sorted(found)


def big(header):
    """A file typed by its first bytes, UPLOAD_SIZE long, unique."""
    return header + os.urandom(UPLOAD_SIZE - len(header))


def snapshot(db):
    """Row counts of everything a refused upload might have half-written,
    and how many requests are in each state."""
    return db.sql(
        "SELECT (SELECT COUNT(*) FROM permohonan), (SELECT COUNT(*) FROM audit), "
        "(SELECT GROUP_CONCAT(s.status, ':', s.n ORDER BY s.status) FROM "
        " (SELECT status, COUNT(*) AS n FROM permohonan GROUP BY status) s), "
        "(SELECT COUNT(*) FROM berkas), (SELECT COUNT(*) FROM surel_keluar), "
        "(SELECT COALESCE(SUM(terakhir), 0) FROM nomor_urut), "
        "(SELECT COUNT(*) FROM pemberitahuan), (SELECT COUNT(*) FROM pemberitahuan_berkas), "
        "(SELECT COUNT(*) FROM dip), (SELECT COUNT(*) FROM inovasi_laporan), "
        "(SELECT COUNT(*) FROM inovasi_laporan_nilai);")[0]


def assert_refused_for_storage(r, headline, nothing_saved):
    assert r.status_code == 503, (r.status_code, r.text[:2000])
    assert "Retry-After" in r.headers
    assert headline in r.text
    assert nothing_saved in r.text


def assert_log_says_disk_full(server, before):
    new = server.log()[len(before):]
    assert "upload store: cannot write" in new and "the temporary file is removed" in new
    assert "No space left on device" in new


def assert_in_store(server, data):
    sha = hashlib.sha256(data).hexdigest()
    with open(os.path.join(server.uploads, sha[:2], sha), "rb") as f:
        assert f.read() == data
    return sha


def refused_then_stored(server, db, send, headline, nothing_saved, data):
    """send() uploads data while the store is full: refused with a clear
    page, nothing in the database, no file left, the log says why; then,
    with the space freed, the same upload is stored.  Returns the second
    response and the file's SHA-256."""
    files_before, rows, log = stored_files(server), snapshot(db), server.log()
    with FullStore(server) as full:
        assert_refused_for_storage(send(), headline, nothing_saved)
        assert snapshot(db) == rows
        assert stored_files(server) == files_before      # no temporary file left
        assert_log_says_disk_full(server, log)
        full.free()
        r = send()
        assert r.status_code == 303, r.text[:2000]
    return r, assert_in_store(server, data)


def test_a_filing_whose_document_does_not_fit_files_nothing(small_store_server, db):
    server = small_store_server
    doc = big(PNG_BYTES)
    # Refused, the citizen gets the form back with the answers kept and the
    # message beside the document field (issue 17), not a dead end.
    with FullStore(server):
        r = file_request(server, files={"identitas": ("ktp.png", doc, "image/png")},
                         nama="Pemohon Penyimpanan Penuh")
    assert r.status_code == 503
    assert 'value="Pemohon Penyimpanan Penuh"' in r.text
    assert "Rincian anggaran pendidikan tahun 2026</textarea>" in r.text
    assert re.search(r'<input[^>]*id="identitas"[^>]*>\s*<p class="galat-field" '
                     r'id="galat-identitas"[^>]*>Dokumen tidak dapat disimpan', r.text), r.text
    r, sha = refused_then_stored(
        server, db, lambda: file_request(server, files={"identitas": ("ktp.png", doc,
                                                                      "image/png")}),
        "Dokumen tidak dapat disimpan", "Permohonan Anda belum tersimpan", doc)
    number = r.headers["Location"].split("/")[-1].split("?")[0]
    assert db.sql("SELECT b.sha256 FROM permohonan p JOIN berkas b ON b.id = "
                  "p.identitas_berkas_id WHERE p.nomor = '%s';" % number) == [[sha]]


def officer_post(s, server, path, fields, files):
    fields = dict(fields)
    fields["csrf"] = csrf_of(s.get(server.url + "/ppid/admin/", timeout=10).text)
    return s.post(server.url + path, data=fields, files=files,
                  headers={"Origin": server.url}, allow_redirects=False, timeout=30)


def test_a_notice_whose_document_does_not_fit_is_not_issued(small_store_server, db):
    server = small_store_server
    user(db, "penuh.utama", ["ppid_utama"])
    utama = login(server, "penuh.utama", PASSWORD)
    r = file_request(server)
    assert r.status_code == 303
    number = r.headers["Location"].split("/")[-1].split("?")[0]
    path = "/ppid/admin/permohonan/%s/pemberitahuan" % number
    notice = {"keputusan": "diberikan_seluruhnya",
              "informasi_diberikan": "Rincian anggaran pendidikan 2026",
              "bentuk": "softcopy", "cara_penyampaian": "email"}
    doc = big(b"%PDF-1.4\n")

    def send():
        return officer_post(utama, server, path, notice,
                            {"dokumen": ("anggaran.pdf", doc, "application/pdf")})
    r, sha = refused_then_stored(server, db, send, "Dokumen tidak dapat disimpan",
                                 "Pemberitahuan belum diterbitkan", doc)
    # Now it is answered (while refused, snapshot() saw no state change).
    assert db.sql("SELECT status FROM permohonan WHERE nomor = '%s';"
                  % number) != [["diterima"]]
    assert db.sql("SELECT b.sha256 FROM pemberitahuan t JOIN permohonan p ON p.id = "
                  "t.permohonan_id JOIN pemberitahuan_berkas pb ON pb.pemberitahuan_id "
                  "= t.id JOIN berkas b ON b.id = pb.berkas_id WHERE p.nomor = '%s';"
                  % number) == [[sha]]


def test_a_dip_entry_whose_document_does_not_fit_is_not_saved(small_store_server, db):
    server = small_store_server
    user(db, "penuh.dinkes", ["ppid_pelaksana"], "dinkes")
    officer = login(server, "penuh.dinkes", PASSWORD)
    entry = {"nomor": "DIP-PENUH-001", "kategori": "berkala",
             "ringkasan": "Laporan kinerja yang dilampirkan",
             "pejabat_penguasa": "Sekretaris Dinas", "penanggung_jawab": "Subbagian Umum",
             "waktu_tempat": "Januari 2026, Serang", "bentuk": "Softcopy (PDF)",
             "retensi": "5 tahun", "tahun": "2025", "tautan": ""}
    doc = big(b"%PDF-1.4\n")
    refused_then_stored(
        server, db, lambda: officer_post(officer, server, "/ppid/admin/dip", entry,
                                         {"berkas": ("kinerja.pdf", doc, "application/pdf")}),
        "Dokumen tidak dapat disimpan", "Entri belum tersimpan", doc)


def test_evidence_that_does_not_fit_saves_no_report(small_store_server, db):
    server = small_store_server
    ensure_users(db)
    officer, evaluator = Staf(server, "inov.dinkes"), Staf(server, "inov.eval1")
    if not db.sql("SELECT id FROM inovasi_periode WHERE tahun = 2029;"):
        buat_periode(evaluator, 2029, "triwulan", "semua", hari=15)
    iid = buat_inovasi(officer, nama="Bukti Penyimpanan Penuh", tahun="2029")
    set_indikator(officer, iid, STANDARD_SET)
    ind = indikator_ids(db, iid)["Posyandu memakai aplikasi"]
    p1 = periode_id(db, 2029, "triwulan", 1)
    doc = big(PNG_BYTES)
    _, sha = refused_then_stored(
        server, db, lambda: lapor(officer, iid, p1, {ind: 40},
                                  files={"berkas_%s" % ind: ("foto.png", doc, "image/png")}),
        "Berkas tidak dapat disimpan", "Laporan belum tersimpan", doc)
    assert db.sql("SELECT b.sha256 FROM inovasi_laporan l JOIN inovasi_laporan_nilai v "
                  "ON v.laporan_id = l.id JOIN berkas b ON b.id = v.bukti_berkas_id "
                  "WHERE l.inovasi_id = %s;" % iid) == [[sha]]
