"""The IID bands and the divisor rule of a year are data Bappeda edits in the
browser (issue 19, item 3): refused input is answered in Bahasa Indonesia
beside the field with the form kept, every change writes an audit row, only
an evaluator may change them, and the simulated index on the dashboard
follows at once.

Year 2033 (the catalogue copied from the latest earlier year, removed at the
end) and an OPD of this module only; the evidence is written by hand,
verified."""
import re

import pytest

import harness
from test_inovasi_bantuan import PASSWORD, buat_inovasi, staf, text_of  # noqa: F401

TAHUN = "2033"


def errors_of(html):
    return dict(re.findall(r'<p class="galat-field" id="galat-([a-z_0-9]+)">([^<]*)</p>', html))


def pita_form(rows):
    form = {"pita_baris": str(len(rows))}
    for k, (nama, bawah, atas) in enumerate(rows, start=1):
        form.update({"pita_nama_%d" % k: nama, "pita_bawah_%d" % k: bawah,
                     "pita_atas_%d" % k: atas})
    return form


def audit(db, aksi):
    return db.sql("SELECT sesudah FROM audit WHERE objek = 'iid' AND objek_id = '%s' AND "
                  "aksi = '%s' ORDER BY id;" % (TAHUN, aksi))


def iid_of(session):
    return session.xml("/inovasi/dasbor.xml?tahun=" + TAHUN).find("iid")


@pytest.fixture(scope="module")
def tahun(staf, db):
    """2033's catalogue with every SPD indicator verified at level 3, and one
    innovation of this module's OPD reported with every SID indicator
    verified at level 3."""
    evaluator = staf("inov.eval1")
    if not db.sql("SELECT 1 FROM iid_indikator WHERE tahun = %s LIMIT 1;" % TAHUN):
        assert evaluator.post("/inovasi/admin/iid/%s/salin" % TAHUN).status_code == 303
    if not db.sql("SELECT id FROM opd WHERE kode = 'uji-iid-aturan';"):
        db.sql("INSERT INTO opd (kode, nama, singkatan) VALUES ('uji-iid-aturan', "
               "'Dinas Uji Aturan IID', 'DUA');")
        harness.add_user(db, "iid.aturan.petugas", PASSWORD, "Petugas Aturan IID",
                         ["opd_inovasi"], opd_kode="uji-iid-aturan", cost=4)
    inov = buat_inovasi(staf("iid.aturan.petugas"), nama="Inovasi Aturan IID", tahun=TAHUN,
                        tanggal_uji_coba="2033-01-15", tanggal_penerapan="2033-03-02")
    (uid,) = db.sql("SELECT id FROM pengguna WHERE username = 'inov.eval2';")[0]
    db.sql("DELETE FROM iid_bukti WHERE tahun = %s;" % TAHUN)
    db.sql("DELETE FROM iid_inovasi WHERE tahun = %s;" % TAHUN)
    db.sql("INSERT INTO iid_inovasi (tahun, inovasi_id, ditolak) VALUES (%s, %s, 0);"
           % (TAHUN, inov))
    db.sql("INSERT INTO iid_bukti (tahun, nomor, inovasi_id, level, tautan, status, "
           "diajukan_oleh, diperiksa_oleh, diubah_pada) SELECT tahun, nomor, IF(aspek = 'spd', "
           "NULL, %s), 3, 'https://serangkab.go.id/iid/bukti', 'diverifikasi', %s, %s, "
           "UTC_TIMESTAMP() FROM iid_indikator WHERE tahun = %s;" % (inov, uid, uid, TAHUN))
    spd, sid = (float(v) for v in db.sql(
        "SELECT SUM(IF(aspek = 'spd', skor_p3, 0)), SUM(IF(aspek = 'sid', skor_p3, 0)) "
        "FROM iid_indikator WHERE tahun = %s;" % TAHUN)[0])
    yield {"spd": spd, "sid": sid, "evaluator": evaluator}
    # Later years inherit the latest earlier year's bands and copy its
    # catalogue (test_inovasi_iid's 2047 expects 2025's): leave no 2033.
    for table in ("iid_bukti", "iid_inovasi", "iid_indikator", "iid_tahun", "inovasi_pita"):
        db.sql("DELETE FROM %s WHERE tahun = %s;" % (table, TAHUN))


def index(t, pembagi):
    """The documented rule with one innovation reported: (SPD + SID / MAX(p, 1)) / maks."""
    return "%.2f" % ((t["spd"] + t["sid"] / max(pembagi, 1)) / (t["spd"] + t["sid"]) * 100)


def test_bappeda_edits_the_iid_bands_of_the_year(staf, db, tahun):
    evaluator, pimpinan = tahun["evaluator"], staf("inov.pimpinan")
    pembagi = int(db.sql("SELECT pembagi_min FROM iid_tahun WHERE tahun = %s;" % TAHUN)[0][0])
    before = iid_of(pimpinan)
    assert before.get("indeks") == index(tahun, pembagi)
    page = evaluator.xml("/inovasi/admin/iid/" + TAHUN)
    inherited = page.find("pita").get("berlaku")
    assert inherited != TAHUN          # the latest earlier year's bands apply

    bands = [("Sangat inovatif", "40,01", "100"), ("Inovatif", "20", "40"),
             ("Kurang inovatif", "0,01", "19,99"), ("Tidak dapat dinilai", "0", "0")]
    # Leadership reads, does not edit.
    assert pimpinan.post("/inovasi/admin/iid/%s/pita" % TAHUN, pita_form(bands)).status_code \
        == 403
    # Refused: a number with three decimals, a nameless band, overlapping bands.
    r = evaluator.post("/inovasi/admin/iid/%s/pita" % TAHUN,
                       pita_form([("Sangat inovatif", "40,015", "100"), ("", "20", "40")]))
    assert r.status_code == 422
    assert errors_of(r.text) == {
        "pita_nama_1": "Batas bawah dan atas harus angka dengan paling banyak 2 desimal, "
                       "contoh 65,01.",
        "pita_nama_2": "Nama predikat wajib diisi."}
    assert 'value="40,015"' in r.text            # the form is kept
    r = evaluator.post("/inovasi/admin/iid/%s/pita" % TAHUN,
                       pita_form([("Sangat inovatif", "40", "100"), ("Inovatif", "20", "40")]))
    assert r.status_code == 422
    assert errors_of(r.text) == {"pita": 'Predikat "Sangat inovatif" dan "Inovatif" '
                                         'tumpang tindih.'}
    assert "Belum tersimpan" in text_of(r.text)
    assert audit(db, "ubah_pita_iid") == []
    assert db.sql("SELECT COUNT(*) FROM inovasi_pita WHERE tahun = %s;" % TAHUN) == [["0"]]

    r = evaluator.post("/inovasi/admin/iid/%s/pita" % TAHUN, pita_form(bands + [("", "", "")]))
    assert r.status_code == 303, r.text[:2000]
    assert db.sql("SELECT urutan, nama, batas_bawah, batas_atas FROM inovasi_pita WHERE "
                  "tahun = %s ORDER BY urutan;" % TAHUN) == [
        ["1", "Sangat inovatif", "40.01", "100.00"], ["2", "Inovatif", "20.00", "40.00"],
        ["3", "Kurang inovatif", "0.01", "19.99"], ["4", "Tidak dapat dinilai", "0.00", "0.00"]]
    (row,) = audit(db, "ubah_pita_iid")
    assert '"nama":"Sangat inovatif","bawah":"40.01"' in row[0] and len(row[0]) > 100
    page = evaluator.xml("/inovasi/admin/iid/" + TAHUN)
    assert page.find("pita").get("berlaku") == TAHUN
    assert [(p.text, p.get("bawah")) for p in page.findall("pita/predikat")][:2] == \
        [("Sangat inovatif", "40.01"), ("Inovatif", "20.00")]
    # The year before keeps its own bands.
    assert db.sql("SELECT batas_bawah FROM inovasi_pita WHERE tahun = %s AND urutan = 1;"
                  % inherited) != [["40.01"]]

    # The simulated index is graded on the new bands at once.
    after = iid_of(pimpinan)
    assert after.get("indeks") == before.get("indeks")
    expected = "Sangat inovatif" if float(after.get("indeks")) >= 40.01 else "Inovatif"
    assert after.get("predikat") == expected


def test_bappeda_edits_the_divisor_rule_of_the_year(staf, db, tahun):
    evaluator, pimpinan = tahun["evaluator"], staf("inov.pimpinan")
    for bad in ("0", "abc", "101", ""):
        r = evaluator.post("/inovasi/admin/iid/%s/aturan" % TAHUN,
                           {"pembagi_min": bad, "sumber": "x"})
        assert r.status_code == 422
        assert errors_of(r.text) == {"pembagi_min": "Pembagi minimum harus bilangan bulat "
                                                    "1 sampai 100 (2023: 10)."}
    r = evaluator.post("/inovasi/admin/iid/%s/aturan" % TAHUN,
                       {"pembagi_min": "5", "sumber": "x" * 501})
    assert r.status_code == 422
    assert errors_of(r.text) == {"sumber": "Sumber aturan paling banyak 500 karakter."}
    assert 'value="5"' in r.text and 'value="%s"' % ("x" * 501) in r.text   # kept
    assert pimpinan.post("/inovasi/admin/iid/%s/aturan" % TAHUN,
                         {"pembagi_min": "1"}).status_code == 403
    assert audit(db, "ubah_aturan_iid") == []

    sumber = "Petunjuk teknis IID 2033 (uji): pembagi MAX(1, n)"
    r = evaluator.post("/inovasi/admin/iid/%s/aturan" % TAHUN,
                       {"pembagi_min": "1", "sumber": sumber})
    assert r.status_code == 303, r.text[:2000]
    assert db.sql("SELECT pembagi_min, sumber FROM iid_tahun WHERE tahun = %s;" % TAHUN) == \
        [["1", sumber]]
    (row,) = audit(db, "ubah_aturan_iid")
    assert '"pembagi_min":"1"' in row[0] and sumber in row[0]
    page = evaluator.xml("/inovasi/admin/iid/" + TAHUN)
    assert page.get("pembagi_min") == "1" and page.findtext("sumber") == sumber

    # One innovation reported: the whole SID score counts now.
    iid = iid_of(pimpinan)
    assert (iid.get("pembagi"), iid.get("pembagi_min")) == ("1", "1")
    assert iid.get("indeks") == index(tahun, 1) == "100.00"
    assert iid.get("predikat") == db.sql(
        "SELECT nama FROM inovasi_pita WHERE tahun = (SELECT MAX(tahun) FROM inovasi_pita "
        "WHERE tahun <= %s) AND batas_atas = 100.00;" % TAHUN)[0][0]
