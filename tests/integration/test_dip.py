"""Daftar Informasi Publik: officers keep their OPD's entries (scope in the
SQL), PPID Utama publishes or rejects, the public sees published entries
only, searchable and paged, as HTML and XML, with documents as downloads."""
import re

import pytest
import requests
from lxml import etree

from client import PNG_BYTES, get_ok
from staf_uji import audit_rows, field_error, location_id, logged_in, post, token

pytestmark = pytest.mark.usefixtures("clear_throttle")

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(scope="module")
def petugas(server, db):
    return logged_in(server, db, {
        "dip.utama": (["ppid_utama"], "diskominfo", "Utama DIP Uji"),
        "dip.dinkes": (["ppid_pelaksana"], "dinkes", "Petugas Rahasia Dinkes"),
        "dip.dinsos": (["ppid_pelaksana"], "dinsos", "Petugas Dinsos"),
        "dip.admin": (["admin"], None, "Admin Saja"),
        "dip.tanpaopd": (["ppid_pelaksana"], None, "Pelaksana Tanpa OPD")})


def opd_id(db, kode):
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


def entry_fields(**overrides):
    fields = {
        "nomor": "DIP-UJI-001",
        "kategori": "berkala",
        "ringkasan": "Laporan keuangan Dinas Kesehatan tahun 2025",
        "pejabat_penguasa": "Sekretaris Dinas Kesehatan",
        "penanggung_jawab": "Kepala Subbagian Keuangan",
        "waktu_tempat": "Januari 2026, Serang",
        "bentuk": "Softcopy (PDF)",
        "retensi": "5 tahun",
        "tahun": "2025",
        "tautan": "https://dinkes.serangkab.go.id/laporan",
    }
    fields.update(overrides)
    return fields


def create(s, server, files=None, **overrides):
    r = post(s, server, "/ppid/admin/dip", entry_fields(**overrides), files=files or
             {"berkas": ("laporan.png", PNG_BYTES, "image/png")})
    return location_id(r, "/ppid/admin/dip/")


def act(s, server, entry, action, **fields):
    return post(s, server, "/ppid/admin/dip/%s/%s" % (entry, action), fields)


def status_of(db, entry):
    return db.sql("SELECT status FROM dip WHERE id = %s;" % entry)[0][0]


def publish(petugas, server, entry):
    assert act(petugas["dip.dinkes"], server, entry, "ajukan").status_code == 303
    assert act(petugas["dip.utama"], server, entry, "terbitkan").status_code == 303


def public(server, path="/ppid/dip", **params):
    return get_ok(server, path, **params)


def public_ids(r):
    return re.findall(r'<li class="entri-dip" id="dip-(\d+)"', r.text)


# ---- officers' entries -----------------------------------------------------

def test_an_officer_creates_an_entry_of_its_own_opd_with_every_column(server, db, petugas):
    s = petugas["dip.dinkes"]
    entry = create(s, server, nomor="DIP-KOLOM-001")
    row = db.sql("SELECT o.kode, d.nomor, d.kategori, d.ringkasan, d.pejabat_penguasa, "
                 "d.penanggung_jawab, d.waktu_tempat, d.bentuk, d.retensi, d.tahun, "
                 "d.tautan, b.mime, b.nama_asli, d.status, d.dimutakhirkan_pada IS NOT NULL, "
                 "d.diterbitkan_pada IS NULL FROM dip d JOIN opd o ON o.id = d.opd_id "
                 "JOIN berkas b ON b.id = d.berkas_id WHERE d.id = %s;" % entry)
    assert row == [["dinkes", "DIP-KOLOM-001", "berkala",
                    "Laporan keuangan Dinas Kesehatan tahun 2025",
                    "Sekretaris Dinas Kesehatan", "Kepala Subbagian Keuangan",
                    "Januari 2026, Serang", "Softcopy (PDF)", "5 tahun", "2025",
                    "https://dinkes.serangkab.go.id/laporan", "image/png",
                    "laporan.png", "draf", "1", "1"]]
    audit = audit_rows(db, "dip", entry)
    assert [a[:2] for a in audit] == [["buat", "dip.dinkes"]]
    assert '"nomor":"DIP-KOLOM-001"' in audit[0][3]
    assert '"ringkasan":"Laporan keuangan Dinas Kesehatan tahun 2025"' in audit[0][3]
    page = s.get(server.url + "/ppid/admin/dip/%s" % entry, timeout=10)
    assert page.status_code == 200
    assert "Dinas Kesehatan" in page.text and "Draf" in page.text
    # The officer's list shows it; the staff download works before publication.
    assert "DIP-KOLOM-001" in s.get(server.url + "/ppid/admin/dip", timeout=10).text
    doc = s.get(server.url + "/ppid/admin/dip/%s/berkas" % entry, timeout=10)
    assert doc.status_code == 200 and doc.content == PNG_BYTES


def test_a_pelaksana_cannot_place_an_entry_in_another_opd(server, db, petugas):
    entry = create(petugas["dip.dinkes"], server, nomor="DIP-OPD-PAKSA",
                   opd_id=opd_id(db, "dinsos"))
    assert db.sql("SELECT o.kode FROM dip d JOIN opd o ON o.id = d.opd_id "
                  "WHERE d.id = %s;" % entry) == [["dinkes"]]


def test_ppid_utama_chooses_the_opd(server, db, petugas):
    entry = create(petugas["dip.utama"], server, nomor="DIP-UTAMA-001",
                   opd_id=opd_id(db, "dinsos"))
    assert db.sql("SELECT o.kode FROM dip d JOIN opd o ON o.id = d.opd_id "
                  "WHERE d.id = %s;" % entry) == [["dinsos"]]
    r = post(petugas["dip.utama"], server, "/ppid/admin/dip",
             entry_fields(nomor="DIP-UTAMA-002", opd_id=""))
    assert r.status_code == 422
    assert field_error(r.text, "opd_id") == "Pilih OPD yang masih aktif."


def test_invalid_fields_get_422_with_messages_and_the_form_kept(server, db, petugas):
    before = db.sql("SELECT COUNT(*) FROM dip;")[0][0]
    r = post(petugas["dip.dinkes"], server, "/ppid/admin/dip",
             entry_fields(nomor="DIP-SALAH-001", kategori="rahasia", ringkasan="",
                          tahun="20x5", tautan="javascript:alert(1)",
                          pejabat_penguasa="x" * 256, bentuk="Cetak <b>tebal</b>"),
             files={"berkas": ("surat.pdf", b"bukan pdf sama sekali", "application/pdf")})
    assert r.status_code == 422
    assert field_error(r.text, "kategori") == "Pilih kategori informasi."
    assert field_error(r.text, "ringkasan") == "Ringkasan isi informasi wajib diisi."
    assert "empat angka" in field_error(r.text, "tahun")
    assert "https://" in field_error(r.text, "tautan")
    assert "255 karakter" in field_error(r.text, "pejabat_penguasa")
    assert field_error(r.text, "berkas") == "Dokumen harus berkas PDF, JPEG, atau PNG."
    # What was typed is kept (escaped).
    assert 'value="DIP-SALAH-001"' in r.text
    assert 'value="Cetak &lt;b&gt;tebal&lt;/b&gt;"' in r.text
    assert 'value="20x5"' in r.text
    assert "<strong>Perangkat daerah:</strong> Dinas Kesehatan" in r.text
    assert db.sql("SELECT COUNT(*) FROM dip;")[0][0] == before


def test_a_number_is_unique_within_an_opd(server, db, petugas):
    create(petugas["dip.dinkes"], server, nomor="DIP-GANDA-001")
    r = post(petugas["dip.dinkes"], server, "/ppid/admin/dip",
             entry_fields(nomor="DIP-GANDA-001"))
    assert r.status_code == 422
    assert field_error(r.text, "nomor") == "Nomor ini sudah dipakai entri lain OPD yang sama."
    # Another OPD may use the same number.
    create(petugas["dip.dinsos"], server, nomor="DIP-GANDA-001")


def test_an_officer_without_an_opd_cannot_create_entries(server, db, petugas):
    s = petugas["dip.tanpaopd"]
    assert s.get(server.url + "/ppid/admin/dip/baru", timeout=10).status_code == 409
    r = post(s, server, "/ppid/admin/dip", entry_fields(nomor="DIP-TANPA-OPD"))
    assert r.status_code == 409
    assert "belum terhubung ke OPD" in r.text
    assert db.sql("SELECT COUNT(*) FROM dip WHERE nomor = 'DIP-TANPA-OPD';") == [["0"]]


def test_another_opds_entry_is_404_whatever_url_is_typed(server, db, petugas):
    entry = create(petugas["dip.dinkes"], server, nomor="DIP-LINGKUP-001")
    other = petugas["dip.dinsos"]
    before = db.sql("SELECT status, nomor, dimutakhirkan_pada FROM dip WHERE id = %s;" % entry)
    assert other.get(server.url + "/ppid/admin/dip/%s" % entry, timeout=10).status_code == 404
    assert other.get(server.url + "/ppid/admin/dip/%s/berkas" % entry,
                     timeout=10).status_code == 404
    r = post(other, server, "/ppid/admin/dip/%s" % entry, entry_fields(nomor="DIBAJAK"))
    assert r.status_code == 404
    assert act(other, server, entry, "ajukan").status_code == 404
    assert "DIP-LINGKUP-001" not in other.get(server.url + "/ppid/admin/dip",
                                              timeout=10).text
    assert db.sql("SELECT status, nomor, dimutakhirkan_pada FROM dip WHERE id = %s;"
                  % entry) == before
    # PPID Utama sees every OPD's entries.
    utama = petugas["dip.utama"]
    assert utama.get(server.url + "/ppid/admin/dip/%s" % entry, timeout=10).status_code == 200
    assert "DIP-LINGKUP-001" in utama.get(server.url + "/ppid/admin/dip?status=draf",
                                          timeout=10).text
    # Unknown and malformed ids are 404 too.
    for bad in ("999999999", "0", "abc", "01"):
        assert utama.get(server.url + "/ppid/admin/dip/" + bad,
                         timeout=10).status_code == 404


def test_roles_without_the_dip_are_refused(server, db, petugas):
    admin = petugas["dip.admin"]
    assert admin.get(server.url + "/ppid/admin/dip", timeout=10).status_code == 403
    r = post(admin, server, "/ppid/admin/dip", entry_fields(nomor="DIP-ADMIN"),
             csrf=token(admin, server))
    assert r.status_code == 403
    anon = requests.get(server.url + "/ppid/admin/dip", allow_redirects=False, timeout=10)
    assert anon.status_code == 303 and anon.headers["Location"].startswith("/ppid/masuk")
    # A staff POST without the CSRF token is refused before anything happens.
    r = petugas["dip.dinkes"].post(server.url + "/ppid/admin/dip",
                                   data=entry_fields(nomor="DIP-TANPA-CSRF"),
                                   allow_redirects=False, timeout=10)
    assert r.status_code == 403
    assert db.sql("SELECT COUNT(*) FROM dip WHERE nomor IN ('DIP-ADMIN', "
                  "'DIP-TANPA-CSRF');") == [["0"]]


# ---- the publication workflow ---------------------------------------------

def test_submit_approve_publish_and_withdraw(server, db, petugas):
    officer, utama = petugas["dip.dinkes"], petugas["dip.utama"]
    entry = create(officer, server, nomor="DIP-ALUR-001",
                   ringkasan="Rencana strategis Dinkes AlurTerbit")
    assert public(server, q="AlurTerbit").text.count("entri-dip") == 0

    r = act(officer, server, entry, "ajukan")
    assert r.status_code == 303
    assert r.headers["Location"] == "/ppid/admin/dip/%s?pesan=ajukan" % entry
    assert status_of(db, entry) == "diajukan"
    page = officer.get(server.url + r.headers["Location"], timeout=10).text
    assert "Entri diajukan kepada PPID Utama" in page

    # Under review: the officer cannot edit, and cannot publish.
    r = post(officer, server, "/ppid/admin/dip/%s" % entry, entry_fields(nomor="DIP-ALUR-X"))
    assert r.status_code == 409
    assert "sedang ditinjau PPID Utama" in r.text
    assert act(officer, server, entry, "terbitkan").status_code == 403
    assert act(officer, server, entry, "tolak", catatan="x").status_code == 403
    assert status_of(db, entry) == "diajukan"

    r = act(utama, server, entry, "terbitkan")
    assert r.status_code == 303
    assert db.sql("SELECT status, diterbitkan_pada IS NOT NULL, catatan_tinjauan IS NULL "
                  "FROM dip WHERE id = %s;" % entry) == [["terbit", "1", "1"]]
    assert public_ids(public(server, q="AlurTerbit")) == [entry]

    # Published: no edit; withdrawing takes it off the public list.
    r = post(officer, server, "/ppid/admin/dip/%s" % entry, entry_fields(nomor="DIP-ALUR-Y"))
    assert r.status_code == 409 and "Tarik kembali" in r.text
    assert act(officer, server, entry, "tarik").status_code == 303
    assert status_of(db, entry) == "draf"
    assert public_ids(public(server, q="AlurTerbit")) == []

    actions = [(a[0], a[1]) for a in audit_rows(db, "dip", entry)]
    assert actions == [("buat", "dip.dinkes"), ("diajukan", "dip.dinkes"),
                       ("diterbitkan", "dip.utama"), ("ditarik", "dip.dinkes")]
    last = audit_rows(db, "dip", entry, "diterbitkan")[0]
    assert '"status":"diajukan"' in last[2] and '"status":"terbit"' in last[3]


def test_rejection_needs_a_note_and_the_officer_fixes_and_resubmits(server, db, petugas):
    officer, utama = petugas["dip.dinkes"], petugas["dip.utama"]
    entry = create(officer, server, nomor="DIP-TOLAK-001")
    assert act(officer, server, entry, "ajukan").status_code == 303

    r = act(utama, server, entry, "tolak", catatan="")
    assert r.status_code == 422
    assert field_error(r.text, "catatan") == "Catatan penolakan wajib diisi."
    assert status_of(db, entry) == "diajukan"

    r = act(utama, server, entry, "tolak", catatan="Ringkasan kurang jelas")
    assert r.status_code == 303
    assert db.sql("SELECT status, catatan_tinjauan FROM dip WHERE id = %s;" % entry) == \
        [["ditolak", "Ringkasan kurang jelas"]]
    page = officer.get(server.url + "/ppid/admin/dip/%s" % entry, timeout=10).text
    assert "Ringkasan kurang jelas" in page

    # Rejected entries may be edited and submitted again.
    r = post(officer, server, "/ppid/admin/dip/%s" % entry,
             entry_fields(nomor="DIP-TOLAK-001", ringkasan="Ringkasan yang diperjelas"))
    assert r.status_code == 303
    assert db.sql("SELECT ringkasan, status FROM dip WHERE id = %s;" % entry) == \
        [["Ringkasan yang diperjelas", "ditolak"]]
    change = audit_rows(db, "dip", entry, "ubah")[0]
    assert '"ringkasan":"Laporan keuangan Dinas Kesehatan tahun 2025"' in change[2]
    assert '"ringkasan":"Ringkasan yang diperjelas"' in change[3]
    assert act(officer, server, entry, "ajukan").status_code == 303
    assert status_of(db, entry) == "diajukan"
    assert [a[0] for a in audit_rows(db, "dip", entry)] == \
        ["buat", "diajukan", "ditolak", "ubah", "diajukan"]


@pytest.mark.parametrize("state,action,who", [
    ("draf", "terbitkan", "dip.utama"),
    ("draf", "tolak", "dip.utama"),
    ("draf", "tarik", "dip.dinkes"),
    ("diajukan", "ajukan", "dip.dinkes"),
    ("terbit", "ajukan", "dip.dinkes"),
    ("terbit", "terbitkan", "dip.utama"),
    ("ditolak", "terbitkan", "dip.utama"),
])
def test_a_step_the_state_does_not_allow_is_refused_and_changes_nothing(
        server, db, petugas, state, action, who):
    officer, utama = petugas["dip.dinkes"], petugas["dip.utama"]
    entry = create(officer, server, nomor="DIP-SALAH-%s-%s" % (state, action))
    if state != "draf":
        assert act(officer, server, entry, "ajukan").status_code == 303
    if state == "terbit":
        assert act(utama, server, entry, "terbitkan").status_code == 303
    if state == "ditolak":
        assert act(utama, server, entry, "tolak", catatan="Belum lengkap").status_code == 303
    before = db.sql("SELECT status, catatan_tinjauan, diterbitkan_pada FROM dip "
                    "WHERE id = %s;" % entry)
    audits = len(audit_rows(db, "dip", entry))
    r = act(petugas[who], server, entry, action, catatan="Catatan")
    assert r.status_code == 409
    assert "Tindakan tidak dapat dilakukan" in r.text
    assert "Status entri ini:" in r.text
    assert db.sql("SELECT status, catatan_tinjauan, diterbitkan_pada FROM dip "
                  "WHERE id = %s;" % entry) == before
    assert len(audit_rows(db, "dip", entry)) == audits


def test_an_unknown_step_is_not_a_route(server, db, petugas):
    entry = create(petugas["dip.dinkes"], server, nomor="DIP-LANGKAH-ASING")
    r = act(petugas["dip.utama"], server, entry, "hapus")
    assert r.status_code == 404
    assert status_of(db, entry) == "draf"


# ---- the public list -------------------------------------------------------

@pytest.fixture(scope="module")
def published(server, db, petugas):
    """25 published entries marked CariZeta in two OPDs, three categories
    and two years, plus a draft and a rejected one that must not show."""
    dinkes, dinsos = opd_id(db, "dinkes"), opd_id(db, "dinsos")
    creator = db.sql("SELECT id FROM pengguna WHERE username = 'dip.utama';")[0][0]
    kategori = ["berkala", "serta_merta", "setiap_saat"]
    rows = []
    for i in range(25):
        rows.append("(%s, 'ZETA-%03d', '%s', 'Dokumen CariZeta nomor %d', 'Pejabat %d', "
                    "'Penanggung jawab', 'Serang', 'PDF', '5 tahun', %d, NULL, NULL, "
                    "'terbit', UTC_TIMESTAMP(), UTC_TIMESTAMP(), %s)"
                    % (dinkes if i % 2 == 0 else dinsos, i, kategori[i % 3], i, i,
                       2024 if i < 10 else 2025, creator))
    for i, status in enumerate(("draf", "ditolak", "diajukan")):
        rows.append("(%s, 'ZETA-X%d', 'berkala', 'Dokumen CariZeta belum terbit', 'P', "
                    "'PJ', 'Serang', 'PDF', '5 tahun', 2025, NULL, NULL, '%s', "
                    "UTC_TIMESTAMP(), NULL, %s)" % (dinkes, i, status, creator))
    db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
           "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, tautan, berkas_id, "
           "status, dimutakhirkan_pada, diterbitkan_pada, dibuat_oleh) VALUES %s;"
           % ", ".join(rows))
    return {"dinkes": dinkes, "dinsos": dinsos}


def total_of(r):
    return int(re.search(r"<strong>(\d+)</strong> entri\s+ditemukan", r.text).group(1))


def test_public_search_counts_only_published_entries(server, published):
    r = public(server, q="CariZeta")
    assert total_of(r) == 25
    assert len(public_ids(r)) == 20
    assert "belum terbit" not in r.text
    r2 = public(server, q="CariZeta", halaman="2")
    assert total_of(r2) == 25 and len(public_ids(r2)) == 5
    assert not set(public_ids(r)) & set(public_ids(r2))
    # A part of a word and any case find it; the number is searched too.
    assert total_of(public(server, q="carizet")) == 25
    assert total_of(public(server, q="ZETA-007")) == 1


@pytest.mark.parametrize("params,expected", [
    ({"kategori": "berkala"}, 9),          # i % 3 == 0: 0, 3, ..., 24
    ({"kategori": "serta_merta"}, 8),
    ({"tahun": "2024"}, 10),
    ({"tahun": "2025"}, 15),
    ({"opd": "dinkes"}, 13),               # even i
    ({"opd": "dinsos"}, 12),
    # even i from 10 to 24 with i % 3 == 2: 14 and 20
    ({"opd": "dinkes", "tahun": "2025", "kategori": "setiap_saat"}, 2),
])
def test_public_filters_count_what_was_created(server, published, params, expected):
    query = dict(params, q="CariZeta")
    if "opd" in query:
        query["opd"] = published[query["opd"]]
    assert total_of(public(server, **query)) == expected


def test_page_links_keep_the_filters(server, published):
    r = public(server, q="CariZeta", tahun="2025", opd=str(published["dinsos"]))
    assert total_of(r) == 7        # odd i from 11 to 23
    assert "halaman=2" not in r.text
    r = public(server, q="CariZeta", opd=str(published["dinkes"]))
    assert total_of(r) == 13
    r = public(server, q="CariZeta")
    page2 = re.search(r'href="([^"]*halaman=2[^"]*)"', r.text).group(1).replace("&amp;", "&")
    assert page2 == "/ppid/dip?halaman=2&q=CariZeta"
    r = public(server, q="CariZeta", kategori="berkala", tahun="2025")
    assert "halaman=2" not in r.text
    r = public(server, q="CariZeta", halaman="99")   # past the end: the last page
    assert len(public_ids(r)) == 5


def test_filters_with_odd_values_are_ignored_and_wildcards_are_literal(server, published):
    assert total_of(public(server, q="CariZeta", kategori="x' OR 1=1", tahun="abc",
                           opd="-1", halaman="-3")) == 25
    assert total_of(public(server, q="%")) == 0
    assert total_of(public(server, q="CariZ_ta")) == 0


def test_dip_xml_is_well_formed_with_the_same_entries(server, published):
    html_page = public(server, q="CariZeta", halaman="2")
    r = requests.get(server.url + "/ppid/dip.xml", params={"q": "CariZeta", "halaman": "2"},
                     timeout=10)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/xml")
    doc = etree.fromstring(r.content)
    assert doc.tag == "dip" and doc.get("total") == "25"
    assert doc.find("saring").get("q") == "CariZeta" and doc.find("isian") is None
    ids = [e.get("id") for e in doc.findall("entri")]
    assert ids == public_ids(html_page)
    first = doc.find("entri")
    for column in ("nomor", "kategori_label", "ringkasan", "opd", "pejabat_penguasa",
                   "penanggung_jawab", "waktu_tempat", "bentuk", "retensi", "tahun",
                   "mutakhir"):
        assert first.find(column) is not None, column
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", first.find("mutakhir").get("iso"))
    nav = doc.find("halaman_daftar")
    assert nav.get("halaman") == "2" and nav.get("jumlah_halaman") == "2"
    # Accept: application/xml gives the same document.
    r2 = requests.get(server.url + "/ppid/dip", params={"q": "CariZeta", "halaman": "2"},
                      headers={"Accept": "application/xml"}, timeout=10)
    assert [e.get("id") for e in etree.fromstring(r2.content).findall("entri")] == ids


def test_public_pages_carry_no_personal_data(server, db, petugas, published):
    entry = create(petugas["dip.dinkes"], server, nomor="DIP-PRIBADI-001",
                   ringkasan="Entri PribadiCek")
    publish(petugas, server, entry)
    for path in ("/ppid/dip", "/ppid/dip.xml"):
        text = requests.get(server.url + path, params={"q": "PribadiCek"}, timeout=10).text
        # The list's row links the entry; the XML carries its number.
        assert ("DIP-PRIBADI-001" if path.endswith(".xml") else "/ppid/dip/%s" % entry) in text
        for secret in ("Petugas Rahasia Dinkes", "dip.dinkes", "Utama DIP Uji",
                       "csrf", "catatan"):
            assert secret not in text


def test_the_public_list_follows_every_change_although_each_process_keeps_it(
        server, db, petugas):
    """Browsing pages are kept rendered per Apache process (sl_pagecache);
    every publication, withdrawal and OPD rename shows at once, in HTML and
    XML, and a staff visitor's page never reaches the public."""
    admin, utama = petugas["dip.admin"], petugas["dip.utama"]
    assert post(admin, server, "/ppid/admin/opd",
                {"kode": "uji-simpan", "nama": "Badan Simpanan Uji",
                 "singkatan": "BSU"}).status_code == 303
    oid = opd_id(db, "uji-simpan")

    def seen(fmt="html"):
        # Enough requests to reach every child process and every thread.
        if fmt == "xml":
            pages = [requests.get(server.url + "/ppid/dip.xml", params={"opd": oid},
                                  timeout=10) for _ in range(12)]
            return {(tuple(e.get("id") for e in etree.fromstring(p.content).findall("entri")),
                     tuple(o.text for o in etree.fromstring(p.content).iter("opd")))
                    for p in pages}
        pages = [public(server, opd=oid) for _ in range(12)]
        return {(tuple(public_ids(p)), "Badan Simpanan Uji" in p.text,
                 "Badan Simpanan Baru" in p.text) for p in pages}

    assert seen() == {((), False, False)}
    assert seen("xml") == {((), ())}
    entry = create(utama, server, nomor="DIP-SIMPAN-001", opd_id=oid,
                   ringkasan="Entri halaman simpanan")
    assert act(utama, server, entry, "ajukan").status_code == 303
    assert act(utama, server, entry, "terbitkan").status_code == 303
    assert seen() == {((entry,), True, False)}
    assert seen("xml") == {((entry,), ("Badan Simpanan Uji",))}

    assert post(admin, server, "/ppid/admin/opd/%s" % oid,
                {"nama": "Badan Simpanan Baru", "singkatan": "BSB"}).status_code == 303
    assert seen() == {((entry,), False, True)}
    assert seen("xml") == {((entry,), ("Badan Simpanan Baru",))}

    # A staff visitor's page carries the name and the CSRF token; the
    # public's copy never does, before or after.
    staff = utama.get(server.url + "/ppid/dip", params={"opd": oid}, timeout=10).text
    assert "Utama DIP Uji" in staff and 'name="csrf"' in staff
    for _ in range(12):
        text = public(server, opd=oid).text
        assert "Utama DIP Uji" not in text and "csrf" not in text
    assert "Utama DIP Uji" in utama.get(server.url + "/ppid/dip", params={"opd": oid},
                                        timeout=10).text

    # Withdrawn: off the list, and its OPD off the filter's choices.
    assert act(utama, server, entry, "tarik").status_code == 303
    assert seen() == {((), False, False)}
    assert seen("xml") == {((), ())}


def test_more_browsing_pages_than_a_process_keeps_start_its_cache_again(server):
    """A process keeps 64 browsing pages; the next one empties its cache and
    starts again.  Far more distinct pages than that, from every child:
    every answer is right and no child dies (emptying the cache once read
    the keys it had just freed; `make test-asan` reports such a read)."""
    log_before = len(server.log())
    for i in range(300):
        r = requests.get(server.url + "/ppid/dip", params={"halaman": 1, "urut": i},
                         timeout=10)
        assert r.status_code == 200
        assert "Daftar Informasi Publik" in r.text
    assert "exit signal" not in server.log()[log_before:]


# ---- documents ---------------------------------------------------------------

def test_a_published_document_downloads_as_an_attachment(server, db, petugas):
    officer = petugas["dip.dinkes"]
    entry = create(officer, server, nomor="DIP-UNDUH-001", ringkasan="Dokumen UnduhCek",
                   files={"berkas": ("Laporan Akhir <2025>.pdf", PDF_BYTES,
                                     "text/html")})
    url = server.url + "/ppid/dip/%s/berkas" % entry
    assert requests.get(url, timeout=10).status_code == 404       # draft
    assert act(officer, server, entry, "ajukan").status_code == 303
    assert requests.get(url, timeout=10).status_code == 404       # under review
    assert act(petugas["dip.utama"], server, entry, "terbitkan").status_code == 303

    r = requests.get(url, timeout=10)
    assert r.status_code == 200
    assert r.content == PDF_BYTES
    assert r.headers["Content-Type"] == "application/pdf"
    assert r.headers["Content-Disposition"].startswith("attachment;")
    assert 'filename="Laporan_Akhir__2025_.pdf"' in r.headers["Content-Disposition"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    page = public(server, q="UnduhCek").text
    assert 'href="/ppid/dip/%s/berkas"' % entry in page

    assert act(officer, server, entry, "tarik").status_code == 303
    assert requests.get(url, timeout=10).status_code == 404
    for bad in ("abc", "0", "99999999"):
        assert requests.get(server.url + "/ppid/dip/%s/berkas" % bad,
                            timeout=10).status_code == 404


def test_editing_replaces_or_removes_the_document(server, db, petugas):
    officer = petugas["dip.dinkes"]
    entry = create(officer, server, nomor="DIP-GANTI-001")
    r = post(officer, server, "/ppid/admin/dip/%s" % entry, entry_fields(nomor="DIP-GANTI-001"),
             files={"berkas": ("baru.pdf", PDF_BYTES, "application/pdf")})
    assert r.status_code == 303
    assert db.sql("SELECT b.mime, b.nama_asli FROM dip d JOIN berkas b ON b.id = d.berkas_id "
                  "WHERE d.id = %s;" % entry) == [["application/pdf", "baru.pdf"]]
    # Saved without a new file: the document stays.
    assert post(officer, server, "/ppid/admin/dip/%s" % entry,
                entry_fields(nomor="DIP-GANTI-001")).status_code == 303
    assert db.sql("SELECT berkas_id IS NOT NULL FROM dip WHERE id = %s;" % entry) == [["1"]]
    assert post(officer, server, "/ppid/admin/dip/%s" % entry,
                entry_fields(nomor="DIP-GANTI-001", hapus_berkas="1")).status_code == 303
    assert db.sql("SELECT berkas_id IS NULL FROM dip WHERE id = %s;" % entry) == [["1"]]
