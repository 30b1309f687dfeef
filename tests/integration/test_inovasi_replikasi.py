"""Replication as data: the regions that replicated an innovation, each with
its evidence, give the IID replication level (1 / 2 / 3+); ATM
replications inside the regency are listed beside them.  Year 2048."""
import re

from test_inovasi_bantuan import buat_inovasi, staf, terbitkan, text_of  # noqa: F401

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
KOSONG = {"_kosong": ("", b"", "application/octet-stream")}


def errors_of(html):
    return dict(re.findall(r'<p class="galat-field" id="galat-([a-z_0-9]+)">([^<]*)</p>', html))


def test_regions_that_replicated_with_evidence(staf, db):
    officer = staf("inov.dinkes")
    iid = buat_inovasi(officer, nama="Asal Replikasi", tahun="2048")
    path = "/inovasi/admin/inovasi/%s/replikasi" % iid
    assert officer.xml(path).get("level_iid") == "0"

    r = officer.post(path, {"daerah": "Kota Cilegon", "tahun": "2048", "tautan": ""},
                     files=KOSONG)
    assert r.status_code == 422
    assert set(errors_of(r.text)) == {"berkas"}
    assert 'value="Kota Cilegon"' in r.text          # the form is kept
    r = officer.post(path, {"daerah": "", "tahun": "20x8", "tautan": "ftp://x"}, files=KOSONG)
    assert set(errors_of(r.text)) >= {"daerah", "tahun", "tautan"}

    assert officer.post(path, {"daerah": "Kota Cilegon", "tahun": "2048",
                               "tautan": "https://cilegonkota.go.id/sk-replikasi"},
                        files=KOSONG).status_code == 303
    assert officer.xml(path).get("level_iid") == "1"
    assert officer.post(path, {"daerah": "Kabupaten Lebak", "tahun": "2048", "tautan": ""},
                        files={"berkas": ("pks.pdf", PDF, "application/pdf")}).status_code == 303
    r = officer.post(path, {"daerah": "Kota Cilegon", "tahun": "2049",
                            "tautan": "https://x.id/a"}, files=KOSONG)
    assert r.status_code == 422 and errors_of(r.text) == {"daerah": "Daerah ini sudah tercatat."}
    e1 = staf("inov.eval1")
    for daerah in ("Kabupaten Pandeglang", "Kota Tangerang"):
        assert e1.post(path, {"daerah": daerah, "tahun": "2048",
                              "tautan": "https://contoh.go.id/%s" % daerah.replace(" ", "-")},
                       files=KOSONG).status_code == 303
    doc = staf("inov.pimpinan").xml(path)
    assert doc.get("daerah") == "4" and doc.get("level_iid") == "3"      # 3 or more
    lebak = [x for x in doc.findall("replikasi") if x.text == "Kabupaten Lebak"][0]
    assert lebak.get("berkas") == "pks.pdf"
    got = officer.get("%s/%s/berkas" % (path, lebak.get("rid")))
    assert got.status_code == 200 and got.content == PDF
    # Another OPD's officer and leadership only read.
    assert staf("inov.dishub").post(path, {"daerah": "Kota Serang", "tahun": "2048",
                                           "tautan": "https://x.id/b"},
                                    files=KOSONG).status_code == 404
    assert staf("inov.pimpinan").post(path, {"daerah": "Kota Serang", "tahun": "2048",
                                             "tautan": "https://x.id/b"},
                                      files=KOSONG).status_code == 403
    assert officer.post("%s/%s/hapus" % (path, lebak.get("rid"))).status_code == 303
    assert officer.xml(path).get("level_iid") == "3"
    assert db.sql("SELECT aksi FROM audit WHERE objek = 'inovasi' AND objek_id = '%s' AND "
                  "aksi LIKE '%%replikasi' ORDER BY id;" % iid) == \
        [["tambah_replikasi"]] * 4 + [["hapus_replikasi"]]

    # An ATM replication inside the regency (of a published source) shows
    # beside them.
    terbitkan(e1, iid)
    copy = buat_inovasi(staf("inov.dishub"), nama="Tiruan Dalam Daerah", tahun="2048",
                        replikasi="dalam_daerah", sumber_inovasi_id=iid,
                        replikasi_cara="modifikasi", replikasi_perubahan="Untuk terminal.")
    atm = officer.xml(path).findall("atm")
    assert [(a.get("inovasi"), a.text) for a in atm] == [(copy, "Tiruan Dalam Daerah")]
    assert "Daerah yang mereplikasi" in text_of(officer.get("/inovasi/admin/inovasi/%s" % iid).text)
