"""Innovation profiles: every field of the Indeks Inovasi Daerah profile,
validation beside the fields, editing with the audit trail, replication
(ATM) inside and outside the regency, publishing to the showcase and the
public profile, and routes that never shadow each other.  Years 2026-2027."""
import json
import re

import pytest
import requests

from test_inovasi_bantuan import (buat_inovasi, profil, staf, terbitkan,  # noqa: F401
                                  text_of)


@pytest.fixture(scope="module", autouse=True)
def tarik_setelahnya(db):
    """Other modules expect an empty showcase: withdraw what this one
    published."""
    yield
    db.sql("UPDATE inovasi SET terbit = 0, terbit_pada = NULL WHERE terbit = 1;")


def errors_of(html):
    return dict(re.findall(r'<p class="galat-field" id="galat-([a-z_0-9]+)">([^<]*)</p>', html))


def test_officer_creates_an_innovation_with_every_profile_field(staf, db):
    officer = staf("inov.dinkes")
    iid = buat_inovasi(officer, tahun="2027", anggaran="1500000,50",
                       dasar_hukum_jenis="perbup", dasar_hukum_nomor="12 Tahun 2027")
    row = db.sql(
        "SELECT o.kode, i.tahun, i.nama, i.bentuk, i.jenis, i.tahapan, i.tanggal_uji_coba, "
        "i.tanggal_penerapan, i.inisiator, i.urusan, i.rancang_bangun, i.tujuan, i.manfaat, "
        "i.hasil, i.anggaran, i.dasar_hukum_jenis, i.dasar_hukum_nomor, i.kontak_nama, "
        "i.kontak_telepon, i.kontak_email, i.replikasi, i.terbit FROM inovasi i "
        "JOIN opd o ON o.id = i.opd_id WHERE i.id = %s;" % iid)
    f = profil()
    assert row == [["dinkes", "2027", f["nama"], "pelayanan_publik", "digital", "penerapan",
                    "2026-01-15", "2026-03-02", "perangkat_daerah", "Kesehatan",
                    f["rancang_bangun"], f["tujuan"], f["manfaat"], f["hasil"],
                    "1500000.50", "perbup", "12 Tahun 2027", f["kontak_nama"],
                    f["kontak_telepon"], f["kontak_email"], "bukan", "0"]]
    audit = db.sql("SELECT aksi, aktor, sesudah FROM audit WHERE objek = 'inovasi' "
                   "AND objek_id = '%s';" % iid)
    assert [a[:2] for a in audit] == [["buat", "inov.dinkes"]]
    assert json.loads(audit[0][2])["nama"] == f["nama"]

    page = officer.get("/inovasi/admin/inovasi/%s" % iid)
    assert page.status_code == 200
    text = text_of(page.text)
    for shown in ("Dinas Kesehatan", "Inovasi pelayanan publik", "Penerapan",
                  "Senin, 2 Maret 2026", "Perangkat daerah", "Kesehatan", "Rp 1.500.000,50",
                  "Peraturan Bupati nomor 12 Tahun 2027", "dr. Rina Marlina",
                  "0254-200100", "Bukan replikasi"):
        assert shown in text, shown
    # The same resource as XML for machines, same access rules.
    doc = officer.xml("/inovasi/admin/inovasi/%s.xml" % iid)
    assert doc.tag == "inovasi" and doc.get("id") == iid
    assert doc.findtext("tahapan") == "Penerapan"
    assert doc.find("tahapan").get("kode") == "penerapan"
    assert doc.findtext("dasar_hukum/nomor") == "12 Tahun 2027"


def test_form_is_refused_with_errors_beside_the_fields_and_values_kept(staf, db):
    officer = staf("inov.dinkes")
    before = db.sql("SELECT COUNT(*) FROM inovasi;")[0][0]
    r = officer.post("/inovasi/admin/inovasi", profil(
        nama="", tahun="26", bentuk="lain", tahapan="penerapan", tanggal_uji_coba="2026-05-01",
        tanggal_penerapan="2026-04-01", hasil="", anggaran="1.000.00",
        kontak_telepon="", kontak_email="", dasar_hukum_jenis="", urusan="Urusan <b>tebal</b>"))
    assert r.status_code == 422
    errors = errors_of(r.text)
    assert errors == {
        "nama": "Nama inovasi wajib diisi.",
        "tahun": "Tahun harus 4 angka antara 2000 dan 2100.",
        "bentuk": "Pilih bentuk inovasi.",
        "tanggal_penerapan": "Penerapan tidak boleh mendahului uji coba.",
        "hasil": "Hasil inovasi wajib diisi.",
        "anggaran": "Anggaran tidak terbaca: tulis jumlah rupiah dengan angka, boleh "
                    "dengan titik ribuan, contoh 150.000.000 atau Rp 150.000.000,50.",
        "dasar_hukum_jenis": "Pilih jenis dasar hukum untuk nomor ini.",
        "kontak_telepon": "Isi telepon atau e-mail narahubung (salah satu wajib).",
    }
    assert "Profil belum tersimpan" in r.text
    # What was typed is still there, escaped.
    assert 'value="Urusan &lt;b&gt;tebal&lt;/b&gt;"' in r.text
    assert 'value="2026-05-01"' in r.text
    assert 'aria-describedby="galat-nama"' in r.text
    assert db.sql("SELECT COUNT(*) FROM inovasi;")[0][0] == before


def test_stage_decides_which_dates_are_needed(staf, db):
    officer = staf("inov.dinkes")
    r = officer.post("/inovasi/admin/inovasi", profil(
        tahapan="uji_coba", tanggal_uji_coba="", tanggal_penerapan="", hasil=""))
    assert r.status_code == 422
    assert errors_of(r.text) == {
        "tanggal_uji_coba": "Isi tanggal mulai uji coba untuk tahapan ini."}
    r = officer.post("/inovasi/admin/inovasi", profil(tanggal_uji_coba="2026-02-30"))
    assert errors_of(r.text) == {
        "tanggal_uji_coba": "Tanggal uji coba tidak valid (contoh 2026-03-13)."}
    iid = buat_inovasi(officer, nama="Gagasan Klinik Sore", tahapan="inisiatif",
                       tanggal_uji_coba="", tanggal_penerapan="", hasil="", anggaran="",
                       dasar_hukum_jenis="", dasar_hukum_nomor="", kontak_telepon="")
    assert db.sql("SELECT tahapan, tanggal_uji_coba, tanggal_penerapan, hasil, anggaran, "
                  "dasar_hukum_jenis FROM inovasi WHERE id = %s;" % iid) == \
        [["inisiatif", "NULL", "NULL", "NULL", "NULL", "NULL"]]


def test_editing_updates_the_row_and_audits_before_and_after(staf, db):
    officer = staf("inov.dinkes")
    iid = buat_inovasi(officer, nama="Antar Obat Lansia", tahapan="uji_coba",
                       tanggal_penerapan="", hasil="")
    form = officer.get("/inovasi/admin/inovasi/%s/ubah" % iid)
    assert form.status_code == 200
    assert 'value="Antar Obat Lansia"' in form.text
    r = officer.post("/inovasi/admin/inovasi/%s" % iid, profil(
        nama="Antar Obat Lansia Terpadu", tahapan="penerapan"))
    assert r.status_code == 303
    assert r.headers["Location"] == "/inovasi/admin/inovasi/%s" % iid
    assert db.sql("SELECT nama, tahapan, tanggal_penerapan FROM inovasi WHERE id = %s;"
                  % iid) == [["Antar Obat Lansia Terpadu", "penerapan", "2026-03-02"]]
    audit = db.sql("SELECT aksi, sebelum, sesudah FROM audit WHERE objek = 'inovasi' "
                   "AND objek_id = '%s' ORDER BY id;" % iid)
    assert [a[0] for a in audit] == ["buat", "ubah"]
    before, after = json.loads(audit[1][1]), json.loads(audit[1][2])
    assert before["nama"] == "Antar Obat Lansia" and before["tahapan"] == "uji_coba"
    assert after["nama"] == "Antar Obat Lansia Terpadu" and after["tahapan"] == "penerapan"
    # The trail is on the staff page.
    assert "Profil diubah" in text_of(officer.get("/inovasi/admin/inovasi/%s" % iid).text)


def test_an_invalid_edit_changes_nothing(staf, db):
    officer = staf("inov.dinkes")
    iid = buat_inovasi(officer, nama="Rekam Gizi")
    r = officer.post("/inovasi/admin/inovasi/%s" % iid, profil(nama="x" * 256))
    assert r.status_code == 422
    assert errors_of(r.text) == {"nama": "Nama inovasi paling banyak 255 karakter."}
    assert db.sql("SELECT nama FROM inovasi WHERE id = %s;" % iid) == [["Rekam Gizi"]]
    assert db.sql("SELECT COUNT(*) FROM audit WHERE objek = 'inovasi' AND objek_id = '%s' "
                  "AND aksi = 'ubah';" % iid) == [["0"]]


def test_replication_inside_the_regency_links_another_innovation(staf, db):
    dinkes, dishub, evaluator = staf("inov.dinkes"), staf("inov.dishub"), staf("inov.eval1")
    source = buat_inovasi(dinkes, nama="Sumber ATM Antrean Daring")
    replica_form = profil(nama="Antrean Terminal Daring", replikasi="dalam_daerah",
                          sumber_inovasi_id=source, replikasi_cara="modifikasi",
                          replikasi_perubahan="Dipakai untuk loket terminal, bukan puskesmas.")
    # Another OPD's innovation can be named only once it is published.
    r = dishub.post("/inovasi/admin/inovasi", replica_form)
    assert r.status_code == 422
    assert errors_of(r.text) == {
        "sumber_inovasi_id": "Inovasi sumber tidak tersedia; pilih dari daftar."}
    assert ">Sumber ATM Antrean Daring" not in dishub.get("/inovasi/admin/inovasi/baru").text
    terbitkan(evaluator, source)
    assert ">Sumber ATM Antrean Daring (Dinkes" in dishub.get("/inovasi/admin/inovasi/baru").text
    replica = buat_inovasi(dishub, **replica_form)
    assert db.sql("SELECT replikasi, sumber_inovasi_id, replikasi_cara, replikasi_perubahan "
                  "FROM inovasi WHERE id = %s;" % replica) == \
        [["dalam_daerah", source, "modifikasi", replica_form["replikasi_perubahan"]]]
    page = text_of(dishub.get("/inovasi/admin/inovasi/%s" % replica).text)
    assert "Replikasi inovasi di Kabupaten Serang: Sumber ATM Antrean Daring (Dinkes)" in page
    assert "Tiru dengan modifikasi" in page
    # Modification needs to say what changed; an innovation is not its own source.
    r = dishub.post("/inovasi/admin/inovasi/%s" % replica,
                    dict(replica_form, replikasi_perubahan=""))
    assert errors_of(r.text) == {"replikasi_perubahan": "Uraian perubahan wajib diisi."}
    r = dishub.post("/inovasi/admin/inovasi/%s" % replica,
                    dict(replica_form, sumber_inovasi_id=replica))
    assert "sumber_inovasi_id" in errors_of(r.text)


def test_replication_from_outside_needs_the_name_and_region(staf, db):
    officer = staf("inov.dinkes")
    r = officer.post("/inovasi/admin/inovasi", profil(replikasi="luar_daerah",
                                                      replikasi_cara="tiru_penuh"))
    assert errors_of(r.text) == {"sumber_nama": "Nama inovasi sumber wajib diisi.",
                                 "sumber_daerah": "Daerah asal inovasi sumber wajib diisi."}
    iid = buat_inovasi(officer, nama="Lapak Gizi", replikasi="luar_daerah",
                       sumber_nama="Lapak Gizi Balita", sumber_daerah="Kabupaten Banyuwangi",
                       replikasi_cara="tiru_penuh", sumber_inovasi_id="99999")
    assert db.sql("SELECT replikasi, sumber_inovasi_id, sumber_nama, sumber_daerah, "
                  "replikasi_cara, replikasi_perubahan FROM inovasi WHERE id = %s;" % iid) == \
        [["luar_daerah", "NULL", "Lapak Gizi Balita", "Kabupaten Banyuwangi", "tiru_penuh",
          "NULL"]]


def test_officer_without_an_opd_cannot_create(staf):
    officer = staf("inov.tanpa.opd")
    assert officer.get("/inovasi/admin/inovasi/baru").status_code == 403
    r = officer.post("/inovasi/admin/inovasi", profil())
    assert r.status_code == 403


def test_publishing_puts_it_on_the_showcase_without_contact_details(staf, db):
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    iid = buat_inovasi(officer, nama="Sapa Bidan Desa", tahun="2027")
    assert requests.get(officer.server.url + "/inovasi/%s" % iid, timeout=10).status_code == 404
    assert "Sapa Bidan Desa" not in requests.get(officer.server.url + "/inovasi/",
                                                 timeout=10).text
    terbitkan(evaluator, iid)
    assert db.sql("SELECT terbit, terbit_pada IS NOT NULL FROM inovasi WHERE id = %s;"
                  % iid) == [["1", "1"]]
    audit = db.sql("SELECT aksi, aktor FROM audit WHERE objek = 'inovasi' AND "
                   "objek_id = '%s' ORDER BY id;" % iid)
    assert audit[-1] == ["terbitkan", "inov.eval1"]

    listing = requests.get(officer.server.url + "/inovasi/", timeout=10)
    assert "Sapa Bidan Desa" in listing.text
    page = requests.get(officer.server.url + "/inovasi/%s" % iid, timeout=10)
    assert page.status_code == 200
    assert "Sapa Bidan Desa" in page.text and "dr. Rina Marlina" in page.text
    for private in ("0254-200100", "inovasi@dinkes.serangkab.go.id"):
        assert private not in page.text
    xml = requests.get(officer.server.url + "/inovasi/%s.xml" % iid, timeout=10)
    assert xml.status_code == 200 and xml.headers["Content-Type"].startswith("application/xml")
    assert b"0254-200100" not in xml.content

    terbitkan(evaluator, iid, "0")
    assert requests.get(officer.server.url + "/inovasi/%s" % iid, timeout=10).status_code == 404
    assert db.sql("SELECT aksi FROM audit WHERE objek = 'inovasi' AND objek_id = '%s' "
                  "ORDER BY id DESC LIMIT 1;" % iid) == [["tarik"]]


def test_showcase_filters_by_opd_form_and_year(staf, db, server):
    dinkes, dishub, evaluator = staf("inov.dinkes"), staf("inov.dishub"), staf("inov.eval1")
    a = buat_inovasi(dinkes, nama="Etalase A Kesehatan", tahun="2026", bentuk="pelayanan_publik")
    b = buat_inovasi(dinkes, nama="Etalase B Tata Kelola", tahun="2027", bentuk="tata_kelola")
    c = buat_inovasi(dishub, nama="Etalase C Perhubungan", tahun="2026", bentuk="pelayanan_publik")
    for iid in (a, b, c):
        terbitkan(evaluator, iid)
    dinkes_id = db.sql("SELECT id FROM opd WHERE kode = 'dinkes';")[0][0]

    def names(query):
        r = requests.get(server.url + "/inovasi/" + query, timeout=10)
        assert r.status_code == 200
        return set(re.findall(r">(Etalase [ABC] [A-Za-z ]+)</a>", r.text))
    assert names("") >= {"Etalase A Kesehatan", "Etalase B Tata Kelola", "Etalase C Perhubungan"}
    assert names("?opd=%s" % dinkes_id) == {"Etalase A Kesehatan", "Etalase B Tata Kelola"}
    assert names("?bentuk=tata_kelola") == {"Etalase B Tata Kelola"}
    assert names("?tahun=2026&bentuk=pelayanan_publik") >= {"Etalase A Kesehatan",
                                                            "Etalase C Perhubungan"}
    assert "Etalase B Tata Kelola" not in names("?tahun=2026")
    # Nonsense filters filter nothing rather than failing.
    assert names("?opd=x&bentuk=%3Cscript%3E&tahun=abcd") >= names("")


def test_profile_route_never_shadows_the_literal_pages(server, staf):
    url = server.url
    r = requests.get(url + "/inovasi/dasbor", allow_redirects=False, timeout=10)
    assert r.status_code == 303 and r.headers["Location"].startswith("/ppid/masuk?kembali=")
    r = requests.get(url + "/inovasi/ekspor.xml", timeout=10)
    assert r.status_code == 200 and b"urn:serangkab:sialip:inovasi:1" in r.content
    assert requests.get(url + "/inovasi/admin/", allow_redirects=False,
                        timeout=10).status_code == 303
    for path in ("/inovasi/abc", "/inovasi/0", "/inovasi/12a", "/inovasi/-1",
                 "/inovasi/99999999", "/inovasi/1234567890",
                 "/inovasi/admin/inovasi/abc", "/inovasi/admin/inovasi/abc/nilai"):
        r = requests.get(url + path, allow_redirects=False, timeout=10)
        assert r.status_code in (404, 303), path
        if r.status_code == 303:
            # staff pages: login first, then the id is checked
            r = staf("inov.eval1").get(path)
            assert r.status_code == 404, path
        else:
            assert "Halaman tidak ditemukan" in r.text
    assert requests.post(url + "/inovasi/dasbor", timeout=10).status_code == 405


def test_markup_in_a_profile_is_shown_as_text(staf, server):
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    iid = buat_inovasi(officer, nama='<script>alert("x")</script> Aman',
                       ringkasan="<img src=x onerror=alert(1)>")
    terbitkan(evaluator, iid)
    for page in (officer.get("/inovasi/admin/inovasi/%s" % iid).text,
                 requests.get(server.url + "/inovasi/%s" % iid, timeout=10).text,
                 requests.get(server.url + "/inovasi/", timeout=10).text):
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert" in page
