"""The rows of mod_inovasi's staff pages whose columns the SELECTs' aliases
name (sl_xmlrow.h): the innovation list's <item> and the year's
<periode>, each attribute and element once.  Year 2063."""
import uuid

from test_inovasi_bantuan import buat_inovasi, buat_periode, staf  # noqa: F401

TAHUN = "2063"


def test_the_list_item_has_each_column_of_its_row(staf):
    officer = staf("inov.dinkes")
    nama = "Baris Daftar " + uuid.uuid4().hex[:8]
    iid = buat_inovasi(officer, nama=nama, tahun=TAHUN)
    items = [x for x in officer.xml("/inovasi/admin/?tahun=" + TAHUN).findall("item")
             if x.get("id") == iid]
    assert len(items) == 1
    item = items[0]
    assert item.get("terbit") == "0" and item.get("indikator") == "0"
    assert [c.tag for c in item] == ["nama", "tahun", "opd", "bentuk", "jenis", "tahapan"]
    assert (item.findtext("nama"), item.findtext("tahun")) == (nama, TAHUN)
    assert item.findtext("opd")
    assert item.find("tahapan").get("kode") == "penerapan"


def test_the_year_lists_each_period_with_its_columns(staf):
    evaluator = staf("inov.eval1")
    buat_periode(evaluator, TAHUN, "semester", "1", tenggat=TAHUN + "-07-15")
    doc = evaluator.xml("/inovasi/admin/tahun/" + TAHUN)
    periods = [x for x in doc.findall("periode-daftar/periode") if x.get("jenis") == "semester"
               and x.get("nomor") == "1"]
    assert len(periods) == 1
    p = periods[0]
    assert p.get("id").isdigit()
    assert (p.get("mulai"), p.get("selesai"), p.get("tenggat"), p.get("laporan")) == \
        (TAHUN + "-01-01", TAHUN + "-06-30", TAHUN + "-07-15", "0")
    assert p.get("nama") == "Semester 1 " + TAHUN
