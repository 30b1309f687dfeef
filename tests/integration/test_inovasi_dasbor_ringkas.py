"""The innovation dashboard and registration as issue 17 item 9 asks:
report deadlines counted in working days on the regency's holiday calendar,
a newly registered innovation not late for the periods of its year that
ended before it was registered, the budget typed as people write rupiah,
Bappeda and the admin registering an innovation for an OPD (chosen, scoped,
audited), the year chosen from the years that have data, and a summary
strip on top.  Year 2093 (no other test uses it); lateness needs a past
year: 2013."""
import json
import re

import pytest
from lxml import html

import harness
from test_inovasi_bantuan import (PASSWORD, buat_inovasi, buat_periode,  # noqa: F401
                                  periode_id, profil, staf)

TAHUN = "2093"
LAMA = "2013"
LIBUR = "2093-04-03"          # a Friday made a holiday by this module


@pytest.fixture(scope="module")
def libur(db):
    db.sql("INSERT INTO hari_libur (tanggal, jenis, nama, libur) VALUES "
           "('%s', 'libur_nasional', 'Libur uji 2093', 1);" % LIBUR)
    yield
    db.sql("DELETE FROM hari_libur WHERE tanggal = '%s';" % LIBUR)


def errors_of(page):
    tree = html.fromstring(page)
    return {e.get("id")[len("galat-"):]: e.text_content().strip()
            for e in tree.xpath('//*[starts-with(@id, "galat-")]')}


def test_report_deadlines_count_working_days_on_the_holiday_calendar(staf, db, libur):
    buat_periode(staf("inov.eval1"), TAHUN, "triwulan", "semua", hari=3)
    rows = db.sql("SELECT nomor, selesai, tenggat FROM inovasi_periode WHERE tahun = %s "
                  "ORDER BY nomor;" % TAHUN)
    assert rows == [
        # ends Tue 31 March; Wed, Thu, then Fri 3 April a holiday: Monday
        ["1", "2093-03-31", "2093-04-06"],
        ["2", "2093-06-30", "2093-07-03"],
        # ends Wed 30 September; Thu, Fri, the weekend skipped: Monday
        ["3", "2093-09-30", "2093-10-05"],
        # 2094 has no holidays loaded: weekends only
        ["4", "2093-12-31", "2094-01-05"]]
    audit = db.sql("SELECT sesudah FROM audit WHERE aksi = 'ubah_periode' AND objek_id = '%s' "
                   "ORDER BY id DESC LIMIT 1;" % TAHUN)[0][0]
    assert json.loads(audit)["hari_kerja_setelah_akhir"] == "3"
    page = staf("inov.eval1").get("/inovasi/admin/tahun/%s" % TAHUN).text
    assert "hari kerja setelah akhir periode" in page
    assert "Senin, 6 April 2093" in page and "2093-04-06" not in html.fromstring(
        page).xpath("//main")[0].text_content()


def test_a_new_innovation_is_not_late_for_the_periods_before_it_was_registered(staf, db):
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    for n, due in ((1, "2013-04-15"), (2, "2013-07-15"), (3, "2013-10-15"), (4, "2014-01-15")):
        buat_periode(evaluator, LAMA, "triwulan", n, tenggat=due)
    dates = {"tanggal_uji_coba": "2013-01-15", "tanggal_penerapan": "2013-03-02"}
    baru = buat_inovasi(officer, nama="Daftar Mei 2013", tahun=LAMA, **dates)
    lama = buat_inovasi(officer, nama="Daftar Desember 2012", tahun=LAMA, **dates)
    # registered on 10 May 2013 (WIB) and on 20 December 2012
    db.sql("UPDATE inovasi SET dibuat_pada = '2013-05-10 03:00:00' WHERE id = %s;" % baru)
    db.sql("UPDATE inovasi SET dibuat_pada = '2012-12-20 03:00:00' WHERE id = %s;" % lama)
    q1 = periode_id(db, LAMA, "triwulan", 1)

    def periods(iid):
        doc = officer.xml("/inovasi/admin/inovasi/%s.xml" % iid)
        return {p.get("nama"): (p.get("terlambat"), p.get("sebelum_daftar"))
                for p in doc.findall("laporan-periode/periode") if p.get("nama").endswith(LAMA)}
    assert periods(baru) == {"Triwulan 1 2013": (None, "1"), "Triwulan 2 2013": ("1", None),
                             "Triwulan 3 2013": ("1", None), "Triwulan 4 2013": ("1", None)}
    assert set(periods(lama).values()) == {("1", None)}
    page = officer.get("/inovasi/admin/inovasi/%s" % baru).text
    assert "Tidak wajib: periode berakhir sebelum inovasi didaftarkan" in page
    report = officer.xml("/inovasi/admin/inovasi/%s/laporan/%s" % (baru, q1)).find("periode")
    assert report.get("terlambat") is None and report.get("sebelum_daftar") == "1"

    m = officer.xml("/inovasi/dasbor.xml?tahun=" + LAMA).find("monitoring")
    assert (m.get("terlambat"), m.get("sebelum_daftar"), m.get("laporan")) == ("7", "1", "7")
    late = [b.text for b in m.findall("butir")]
    assert late.count("Daftar Mei 2013") == 3 and late.count("Daftar Desember 2012") == 4


@pytest.mark.parametrize("typed, stored", [
    ("150.000.000", "150000000.00"), ("Rp 150.000.000", "150000000.00"),
    ("150000000", "150000000.00"), ("Rp 1.500.000,50", "1500000.50")])
def test_the_budget_takes_rupiah_as_people_write_it(staf, db, typed, stored):
    iid = buat_inovasi(staf("inov.dinkes"), nama="Anggaran %s" % typed, tahun=TAHUN,
                       anggaran=typed)
    assert db.sql("SELECT anggaran FROM inovasi WHERE id = %s;" % iid) == [[stored]]
    page = staf("inov.dinkes").get("/inovasi/admin/inovasi/%s" % iid).text
    assert "Rp 150.000.000" in page or "Rp 1.500.000,50" in page


@pytest.mark.parametrize("typed", ["seratus juta", "150.000.00", "15,000,000", "-5", "1e9"])
def test_a_budget_that_is_not_rupiah_is_refused_beside_the_field(staf, db, typed):
    count = "SELECT COUNT(*) FROM inovasi WHERE tahun = %s;" % TAHUN
    before = db.sql(count)
    r = staf("inov.dinkes").post("/inovasi/admin/inovasi",
                                 profil(nama="Anggaran salah", tahun=TAHUN, anggaran=typed))
    assert r.status_code == 422
    assert errors_of(r.text)["anggaran"].startswith("Anggaran tidak terbaca")
    tree = html.fromstring(r.text)
    assert tree.xpath('//input[@id="anggaran"]/@value') == [typed]
    assert tree.xpath('//input[@id="nama"]/@value') == ["Anggaran salah"]
    assert db.sql(count) == before


@pytest.fixture(scope="module")
def opd(db):
    ids = {k: db.sql("SELECT id FROM opd WHERE kode = '%s';" % k)[0][0]
           for k in ("dinkes", "dishub")}
    if not db.sql("SELECT id FROM opd WHERE kode = 'nonaktif2093';"):
        db.sql("INSERT INTO opd (kode, nama, singkatan, aktif) VALUES "
               "('nonaktif2093', 'Badan Lama 2093', 'BL2093', 0);")
    ids["nonaktif"] = db.sql("SELECT id FROM opd WHERE kode = 'nonaktif2093';")[0][0]
    if not db.sql("SELECT id FROM pengguna WHERE username = 'admin.daftar2093';"):
        harness.add_user(db, "admin.daftar2093", PASSWORD, "Admin Uji 2093", ["admin"],
                         cost=4)
    yield ids
    # other tests count OPDs: the inactive one goes
    db.sql("DELETE FROM opd WHERE kode = 'nonaktif2093';")


def created_by(db, iid):
    row = db.sql("SELECT u.username, a.sesudah FROM audit a JOIN pengguna u ON "
                 "u.id = a.pengguna_id WHERE a.aksi = 'buat' AND a.objek = 'inovasi' "
                 "AND a.objek_id = '%s';" % iid)
    assert len(row) == 1
    return row[0][0], json.loads(row[0][1])


def test_bappeda_registers_an_innovation_for_an_opd(staf, db, opd):
    evaluator = staf("inov.eval2")
    form = html.fromstring(evaluator.get("/inovasi/admin/inovasi/baru").text)
    options = form.xpath('//select[@id="opd_id"]/option/@value')
    active = {r[0] for r in db.sql("SELECT id FROM opd WHERE aktif = 1;")}
    assert set(options) - {""} == active and opd["nonaktif"] not in options
    iid = buat_inovasi(evaluator, nama="Didaftarkan Bappeda", tahun=TAHUN, opd_id=opd["dishub"])
    assert db.sql("SELECT opd_id FROM inovasi WHERE id = %s;" % iid) == [[opd["dishub"]]]
    who, after = created_by(db, iid)
    assert who == "inov.eval2" and after["opd_id"] == opd["dishub"]
    assert after["nama"] == "Didaftarkan Bappeda"
    # the Dishub officer now has it; Dinkes' does not
    assert staf("inov.dishub").get("/inovasi/admin/inovasi/%s" % iid).status_code == 200
    assert staf("inov.dinkes").get("/inovasi/admin/inovasi/%s" % iid).status_code == 404


@pytest.mark.parametrize("chosen, message", [
    ("", "Pilih perangkat daerah pemilik inovasi."),
    ("nonaktif", "Perangkat daerah ini tidak aktif atau tidak ada; pilih dari daftar."),
    ("999999", "Perangkat daerah ini tidak aktif atau tidak ada; pilih dari daftar.")])
def test_the_opd_must_be_an_active_one(staf, db, opd, chosen, message):
    count = "SELECT COUNT(*) FROM inovasi WHERE tahun = %s;" % TAHUN
    before = db.sql(count)
    r = staf("inov.eval2").post("/inovasi/admin/inovasi", profil(
        nama="OPD salah", tahun=TAHUN, opd_id=opd.get(chosen, chosen)))
    assert r.status_code == 422
    assert errors_of(r.text)["opd_id"] == message
    assert db.sql(count) == before


def test_an_officer_registers_for_its_own_opd_only(staf, db, opd):
    iid = buat_inovasi(staf("inov.dinkes"), nama="Milik Dinkes", tahun=TAHUN,
                       opd_id=opd["dishub"])
    assert db.sql("SELECT opd_id FROM inovasi WHERE id = %s;" % iid) == [[opd["dinkes"]]]
    assert not html.fromstring(staf("inov.dinkes").get("/inovasi/admin/inovasi/baru").text) \
        .xpath('//select[@id="opd_id"]')
    assert staf("inov.pimpinan").get("/inovasi/admin/inovasi/baru").status_code == 403


def test_the_admin_registers_for_an_opd_and_is_told_what_was_registered(server, db, opd):
    from test_inovasi_bantuan import Staf
    admin = Staf(server, "admin.daftar2093")
    r = admin.post("/inovasi/admin/inovasi", profil(nama="Didaftarkan Admin", tahun=TAHUN,
                                                    opd_id=opd["dinkes"]))
    assert r.status_code == 303
    m = re.match(r"^/inovasi/admin/inovasi/baru\?terdaftar=(\d+)$", r.headers["Location"])
    assert m, r.headers["Location"]
    iid = m.group(1)
    assert db.sql("SELECT opd_id, nama FROM inovasi WHERE id = %s;" % iid) == \
        [[opd["dinkes"], "Didaftarkan Admin"]]
    assert created_by(db, iid)[0] == "admin.daftar2093"
    page = admin.get(r.headers["Location"])
    assert page.status_code == 200
    notice = html.fromstring(page.text).xpath('//*[@id="terdaftar"]')[0].text_content()
    assert "Didaftarkan Admin" in notice and "Dinas Kesehatan" in notice
    # no link on the page leads the admin to a page the role may not open
    for href in html.fromstring(page.text).xpath("//main//a/@href"):
        if href.startswith("/inovasi/"):
            assert admin.get(href).status_code in (200, 303), href
    # nobody else's registration is shown
    other = db.sql("SELECT id FROM inovasi WHERE nama = 'Milik Dinkes' LIMIT 1;")
    if other:
        page = admin.get("/inovasi/admin/inovasi/baru?terdaftar=%s" % other[0][0]).text
        assert not html.fromstring(page).xpath('//*[@id="terdaftar"]')


def test_the_year_is_chosen_from_the_years_with_data(staf, db):
    buat_inovasi(staf("inov.dishub"), nama="Tahun Dishub 2093", tahun=TAHUN)
    page = html.fromstring(staf("inov.dishub").get("/inovasi/dasbor?tahun=" + TAHUN).text)
    assert not page.xpath('//input[@name="tahun"]')
    years = page.xpath('//select[@id="tahun"]/option/@value')
    expected = [r[0] for r in db.sql(
        "SELECT DISTINCT i.tahun FROM inovasi i JOIN opd o ON o.id = i.opd_id "
        "WHERE o.kode = 'dishub' ORDER BY i.tahun DESC;")]
    assert years == expected and TAHUN in years
    assert page.xpath('//select[@id="tahun"]/option[@selected]/@value') == [TAHUN]
    # a year without data, asked for by its address, is shown and selected
    page = html.fromstring(staf("inov.dishub").get("/inovasi/dasbor?tahun=2094").text)
    assert page.xpath('//select[@id="tahun"]/option[@selected]/@value') == ["2094"]
    assert page.xpath('//select[@id="tahun"]/option/@value') == ["2094"] + expected


def test_the_summary_strip_leads_the_page(staf):
    s = staf("inov.pimpinan")
    doc = s.xml("/inovasi/dasbor.xml?tahun=" + TAHUN)
    page = html.fromstring(s.get("/inovasi/dasbor?tahun=" + TAHUN).text)
    main = page.xpath("//main")[0]
    strip = main.xpath('.//section[@id="ringkasan"]')[0]
    # before every folded section
    assert all(d.getparent() is strip.getparent() for d in main.xpath('.//details'))

    def figure(fid):
        return strip.xpath('.//li[@id="%s"]/strong' % fid)[0].text_content().strip()
    assert figure("r-inovasi") == doc.get("inovasi")
    assert figure("r-tanpa") == "%s / %s" % (doc.find("tanpa-inovasi").get("jumlah"),
                                             doc.find("per-opd").get("opd"))
    m = doc.find("monitoring")
    assert figure("r-terlambat") == m.get("terlambat")
    assert figure("r-tepat") == str(int(m.get("menunggu_verifikasi")) + int(m.get("diverifikasi"))
                                   - int(m.get("diajukan_terlambat")))
    # every section folded under its summary
    assert {d.get("id") for d in main.xpath(".//details")} >= {
        "per-opd", "tahapan", "capaian-dimensi", "monitoring", "peringkat", "daftar"}
    assert not main.xpath(".//details[@open]")
