"""No page shows an IID word (sangat inovatif, inovatif, kurang inovatif)
for anything but an IID score (issue 19): an innovation at 70% of its
targets (which the 2023 IID bands would call "sangat inovatif") is shown on
every page that shows it, public and staff, HTML, XML and CSV, and the only
"inovatif" is the simulated index's predicate on the dashboard of Bappeda
and leadership.  Bappeda cannot name an achievement band with an IID word.

Year 2032 (its IID catalogue, with hand-written SPD evidence, removed at
the end) and an OPD of this module only."""
import re

import pytest
import requests
from lxml import html as lhtml

import harness
from test_inovasi_bantuan import (PASSWORD, ind, lapor, set_indikator,  # noqa: F401
                                  staf, terbitkan, text_of, verifikasi, buat_inovasi,
                                  indikator_ids)
from test_inovasi_lanjut import periode_tahun

TAHUN = "2032"
KATA = re.compile(r"inovatif", re.I)
BUKTI = "https://serangkab.go.id/uji-kata/bukti.pdf"


@pytest.fixture(scope="module")
def kata(staf, db):
    if not db.sql("SELECT id FROM opd WHERE kode = 'uji-kata-iid';"):
        db.sql("INSERT INTO opd (kode, nama, singkatan) VALUES ('uji-kata-iid', "
               "'Dinas Uji Kata IID', 'DKI');")
        harness.add_user(db, "kata.iid.petugas", PASSWORD, "Petugas Kata IID",
                         ["opd_inovasi"], opd_kode="uji-kata-iid", cost=4)
    petugas, evaluator = staf("kata.iid.petugas"), staf("inov.eval2")
    inov = buat_inovasi(petugas, nama="Inovasi Tujuh Puluh Persen", tahun=TAHUN,
                        tanggal_uji_coba="2032-01-15", tanggal_penerapan="2032-03-02")
    set_indikator(petugas, inov, [ind("output", "Keluaran", 0, 100, 100),
                                  ind("kemanfaatan", "Manfaat", 0, 100, 100),
                                  ind("keberlanjutan", "Lanjut", 0, 100, 100)])
    # 2032 is reported by semester elsewhere (test_inovasi_monitoring).
    periode_tahun(db, TAHUN, "semester")
    (periode,) = db.sql("SELECT id FROM inovasi_periode WHERE tahun = %s ORDER BY mulai "
                        "LIMIT 1;" % TAHUN)[0]
    ids = indikator_ids(db, inov)
    r = lapor(petugas, inov, periode, {i: 70 for i in ids.values()}, aksi="ajukan",
              tautan={i: BUKTI for i in ids.values()})
    assert r.status_code == 303, r.text[:2000]
    assert verifikasi(evaluator, inov, periode).status_code == 303
    terbitkan(evaluator, inov)

    # The simulated IID of 2032: every SPD indicator verified at level 3.
    made = not db.sql("SELECT 1 FROM iid_indikator WHERE tahun = %s LIMIT 1;" % TAHUN)
    if made:
        assert evaluator.post("/inovasi/admin/iid/%s/salin" % TAHUN).status_code == 303
    (uid,) = db.sql("SELECT id FROM pengguna WHERE username = 'inov.eval2';")[0]
    db.sql("INSERT IGNORE INTO iid_bukti (tahun, nomor, inovasi_id, level, tautan, status, "
           "diajukan_oleh, diperiksa_oleh, diubah_pada) SELECT tahun, nomor, NULL, 3, "
           "'%s', 'diverifikasi', %s, %s, UTC_TIMESTAMP() FROM iid_indikator WHERE "
           "tahun = %s AND aspek = 'spd';" % (BUKTI, uid, uid, TAHUN))
    yield {"inov": inov, "periode": periode, "petugas": petugas, "evaluator": evaluator}
    if made:
        for table in ("iid_bukti", "iid_inovasi", "iid_indikator", "iid_tahun"):
            db.sql("DELETE FROM %s WHERE tahun = %s;" % (table, TAHUN))


def without_iid(page):
    """The page's text without the dashboard's simulated-index section and
    its figure in the summary strip (both an IID score)."""
    doc = lhtml.fromstring(page)
    for section in doc.xpath('//*[@id="iid" or @id="r-iid"]'):
        section.getparent().remove(section)
    return doc.text_content()


def test_no_iid_word_for_achievement_on_any_page(server, staf, kata):
    inov, periode = kata["inov"], kata["periode"]
    anon = requests.Session()
    public = ["/inovasi/?tahun=" + TAHUN, "/inovasi/" + inov, "/inovasi/%s.xml" % inov,
              "/inovasi/ekspor/%s.xml" % TAHUN, "/inovasi/ekspor/%s.csv" % TAHUN]
    seen = {}
    for path in public:
        r = anon.get(server.url + path, timeout=30)
        assert r.status_code == 200, (path, r.status_code)
        seen[path] = r.text
    # The innovation is there, at 70%, with an achievement word.
    assert "Inovasi Tujuh Puluh Persen" in seen["/inovasi/" + inov]
    assert "70" in text_of(seen["/inovasi/" + inov])

    staff_pages = ["/inovasi/admin/inovasi/" + inov, "/inovasi/admin/inovasi/%s.xml" % inov,
                   "/inovasi/admin/inovasi/%s/laporan/%s" % (inov, periode),
                   "/inovasi/admin/inovasi/%s/nilai" % inov, "/inovasi/admin/?tahun=" + TAHUN,
                   "/inovasi/admin/ekspor.csv", "/inovasi/dasbor?tahun=" + TAHUN,
                   "/inovasi/dasbor.xml?tahun=" + TAHUN, "/inovasi/admin/tahun/" + TAHUN]
    for who in (kata["petugas"], kata["evaluator"], staf("inov.pimpinan")):
        for path in staff_pages:
            r = who.get(path)
            if r.status_code == 403:      # e.g. the OPD officer and the year's rules
                continue
            assert r.status_code == 200, (who.username, path, r.status_code)
            seen["%s %s" % (who.username, path)] = r.text

    for key, body in seen.items():
        if key.endswith("/inovasi/dasbor?tahun=" + TAHUN):
            text = without_iid(body)
        elif key.endswith("/inovasi/dasbor.xml?tahun=" + TAHUN):
            text = re.sub(r"<iid\b.*?</iid>|<iid\b[^>]*/>", "", body, flags=re.S)
        else:
            text = body
        assert not KATA.search(text), (key, KATA.search(text).group(0),
                                       text[max(0, KATA.search(text).start() - 200):
                                            KATA.search(text).start() + 50])

    # The simulated index is the one thing graded with an IID word: 15 x 3 of
    # the 2025 catalogue's 105 points is 42.86, "inovatif" on 2025's bands.
    for who in (kata["evaluator"], staf("inov.pimpinan")):
        page = seen["%s /inovasi/dasbor?tahun=%s" % (who.username, TAHUN)]
        section = lhtml.fromstring(page).xpath('//*[@id="iid"]')[0].text_content()
        assert KATA.search(section), section[:500]
    assert 'id="iid"' not in seen["kata.iid.petugas /inovasi/dasbor?tahun=" + TAHUN]


def test_an_achievement_band_cannot_take_an_iid_word(staf, db, kata):
    evaluator = kata["evaluator"]
    form = {"pita_baris": "2", "pita_nama_1": "Sangat Inovatif", "pita_bawah_1": "60",
            "pita_atas_1": "100", "pita_nama_2": "Tertinggal", "pita_bawah_2": "0",
            "pita_atas_2": "59,99"}
    r = evaluator.post("/inovasi/admin/tahun/%s/pita" % TAHUN, form)
    assert r.status_code == 422
    assert "hanya untuk nilai Indeks Inovasi Daerah" in text_of(r.text)
    assert 'value="Sangat Inovatif"' in r.text
    assert db.sql("SELECT COUNT(*) FROM inovasi_pita_capaian WHERE tahun = %s;" % TAHUN) \
        == [["0"]]
