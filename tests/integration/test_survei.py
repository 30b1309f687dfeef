"""The satisfaction survey (SKM, PermenPANRB 14/2017): offered on the
status page after the written notice and answered once per request; paper
questionnaires typed in at the desk; published results (IKM with its grade,
per OPD and channel) as HTML, XML (validated) and CSV, computed here again
from the stored answers.  The respondent profile is stored apart from the
answers and the request."""
import csv
import io
import os
import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
import requests
from lxml import etree

import harness
from client import STAFF_PASSWORD, filed, login, staff_post as post

XSD = os.path.join(harness.ROOT, "mod_sialip", "schema", "survei.xsd")
ANSWERS = {"u%d" % i: v for i, v in enumerate([4, 3, 3, 4, 3, 4, 4, 3, 2], start=1)}
SARAN_RAHASIA = "Saran-khusus-uji-7731"


@pytest.fixture(scope="module")
def desk(server, db):
    harness.add_user(db, "survei.utama", STAFF_PASSWORD, "Survei Utama", ["ppid_utama"],
                     cost=4)
    harness.add_user(db, "survei.dinkes", STAFF_PASSWORD, "Survei Dinkes",
                     ["ppid_pelaksana"], opd_kode="dinkes", cost=4)
    db.sql("DELETE FROM pembatasan;")
    return {"utama": login(server, "survei.utama", STAFF_PASSWORD),
            "dinkes": login(server, "survei.dinkes", STAFF_PASSWORD)}


def issue_notice(server, session, number):
    r = post(server, session, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "diberikan_seluruhnya", "informasi_diberikan": "Dokumen",
              "bentuk": "softcopy", "cara_penyampaian": "email"})
    assert r.status_code == 303, r.text


def survey_post(server, number, code, data):
    return requests.post(server.url + "/ppid/permohonan/%s/survei?kode=%s" % (number, code),
                         data=data, headers={"Origin": server.url}, allow_redirects=False,
                         timeout=30)


def field_error(html, field):
    m = re.search(r'<p class="galat-field" id="galat-%s">([^<]*)</p>' % field, html)
    return m.group(1) if m else None


def test_the_status_page_offers_the_survey_after_the_notice_and_takes_it_once(
        server, db, desk):
    number, code, receipt = filed(server)
    status = requests.get(server.url + receipt, timeout=10).text
    assert "isi survei kepuasan" not in status
    early = requests.get(server.url + "/ppid/permohonan/%s/survei?kode=%s" % (number, code),
                         timeout=10)
    assert early.status_code == 409 and "setelah pemberitahuan tertulis" in early.text
    wrong = requests.get(server.url + "/ppid/permohonan/%s/survei?kode=AAAA-AAAA-AAAA-AAAA"
                         % number, timeout=10)
    assert wrong.status_code == 404

    issue_notice(server, desk["utama"], number)
    status = requests.get(server.url + receipt, timeout=10).text
    assert 'href="/ppid/permohonan/%s/survei"' % number in status
    assert "isi survei kepuasan" in status
    # The receipt's link brings the code once; it is exchanged for a cookie.
    form = requests.get(server.url + "/ppid/permohonan/%s/survei?kode=%s" % (number, code),
                        timeout=10)
    assert form.status_code == 200 and "kode=" not in form.url
    assert form.text.count('type="radio"') == 36 and "Persyaratan" in form.text

    partial = dict(ANSWERS)
    del partial["u3"]
    r = survey_post(server, number, code, dict(partial, saran="Ruang tunggu sempit"))
    assert r.status_code == 422
    assert field_error(r.text, "u3") == 'Pilih satu jawaban untuk "Waktu penyelesaian".'
    assert 'id="u1-4" name="u1" value="4" required="required" checked' in r.text
    assert "Ruang tunggu sempit" in r.text

    r = survey_post(server, number, code, dict(ANSWERS, saran=SARAN_RAHASIA,
                                               jenis_kelamin="perempuan",
                                               pendidikan="s1_d4", pekerjaan="swasta"))
    assert r.status_code == 200 and "Terima kasih" in r.text
    rows = db.sql("SELECT s.sumber, s.kanal, s.u1, s.u3, s.u9, s.saran FROM survei s "
                  "JOIN permohonan p ON p.id = s.permohonan_id WHERE p.nomor = '%s';" % number)
    assert rows == [["web", "web", "4", "3", "2", SARAN_RAHASIA]]
    assert db.sql("SELECT COUNT(*) FROM survei_responden WHERE jenis_kelamin = 'perempuan' "
                  "AND pendidikan = 's1_d4' AND pekerjaan = 'swasta';")[0][0] != "0"
    # The profile table holds no key to the answers or the request.
    columns = {r[0] for r in db.sql("SELECT column_name FROM information_schema.columns "
                                    "WHERE table_schema = DATABASE() AND "
                                    "table_name = 'survei_responden';")}
    assert columns == {"id", "tahun", "semester", "jenis_kelamin", "pendidikan", "pekerjaan"}
    assert db.sql("SELECT COUNT(*) FROM audit WHERE objek = 'survei' AND aksi = 'isi' AND "
                  "sesudah LIKE '%%%s%%';" % number) == [["1"]]

    again = survey_post(server, number, code, ANSWERS)
    assert again.status_code == 409 and "sudah diisi" in again.text
    assert db.sql("SELECT COUNT(*) FROM survei s JOIN permohonan p ON p.id = s.permohonan_id "
                  "WHERE p.nomor = '%s';" % number) == [["1"]]
    assert "sudah menilai layanan" in requests.get(server.url + receipt, timeout=10).text


def test_the_desk_types_in_paper_questionnaires(server, db, desk):
    page = desk["utama"].get(server.url + "/ppid/admin/survei", timeout=10)
    assert page.status_code == 200 and "Unit yang melayani" in page.text
    assert desk["dinkes"].get(server.url + "/ppid/admin/survei",
                              timeout=10).status_code == 403
    before = int(db.sql("SELECT COUNT(*) FROM survei WHERE sumber = 'kertas';")[0][0])

    r = post(server, desk["utama"], "/ppid/admin/survei", dict(ANSWERS, kanal=""))
    assert r.status_code == 422
    assert field_error(r.text, "kanal") == "Pilih saluran layanan yang dinilai."
    dinkes = db.sql("SELECT id FROM opd WHERE kode = 'dinkes';")[0][0]
    r = post(server, desk["utama"], "/ppid/admin/survei",
             dict(ANSWERS, u9="4", kanal="datang", opd_id=dinkes))
    assert r.status_code == 303
    assert "Kuesioner tersimpan" in desk["utama"].get(server.url + r.headers["Location"],
                                                      timeout=10).text
    assert int(db.sql("SELECT COUNT(*) FROM survei WHERE sumber = 'kertas';")[0][0]) == \
        before + 1
    assert db.sql("SELECT kanal, opd_id, u9, permohonan_id IS NULL FROM survei "
                  "WHERE sumber = 'kertas' ORDER BY id DESC LIMIT 1;") == \
        [["datang", dinkes, "4", "1"]]


def expected_units(db, year):
    """IKM per unit computed here from the stored answers: the mean of the
    nine element means x 25, two decimals half up."""
    rows = db.sql("SELECT COALESCE(opd_id, ''), kanal, u1, u2, u3, u4, u5, u6, u7, u8, u9 "
                  "FROM survei WHERE tahun = %d;" % year)

    def ikm(subset):
        if not subset:
            return "0.00"
        total = sum(int(v) for r in subset for v in r[2:])
        value = Decimal(total * 25) / Decimal(9 * len(subset))
        return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))

    out = {("semua", ""): (len(rows), ikm(rows))}
    for key in {r[0] for r in rows}:
        subset = [r for r in rows if r[0] == key]
        out[("opd", key)] = (len(subset), ikm(subset))
    for key in {r[1] for r in rows}:
        subset = [r for r in rows if r[1] == key]
        out[("kanal", key)] = (len(subset), ikm(subset))
    return out


def grade(ikm):
    v = Decimal(ikm)
    return "A" if v >= Decimal("88.31") else "B" if v >= Decimal("76.61") else \
        "C" if v >= Decimal("65.00") else "D"


def test_results_are_published_per_opd_and_channel_in_html_xml_and_csv(server, db, desk):
    number, code, _ = filed(server)
    issue_notice(server, desk["utama"], number)
    assert survey_post(server, number, code, ANSWERS).status_code == 200
    year = int(db.sql("SELECT tahun FROM survei ORDER BY id DESC LIMIT 1;")[0][0])

    xml = requests.get(server.url + "/ppid/survei.xml?tahun=%d" % year, timeout=30)
    assert xml.status_code == 200
    doc = etree.fromstring(xml.content)
    etree.XMLSchema(etree.parse(XSD)).assertValid(doc)
    got = {(u.get("jenis"), u.get("kode")): (int(u.findtext("responden")), u.findtext("ikm"))
           for u in doc.findall("unit")}
    assert got == expected_units(db, year)
    semua = doc.find("unit[@jenis='semua']")
    assert semua.findtext("mutu_kode") == grade(semua.findtext("ikm"))

    table = list(csv.DictReader(io.StringIO(
        requests.get(server.url + "/ppid/survei.csv?tahun=%d" % year,
                     timeout=30).content.decode("utf-8-sig"))))
    assert [(r["@jenis"], r["@kode"], r["ikm"], r["u1"]) for r in table] == \
        [(u.get("jenis"), u.get("kode"), u.findtext("ikm"), u.findtext("u1"))
         for u in doc.findall("unit")]

    html = requests.get(server.url + "/ppid/survei?tahun=%d" % year, timeout=30).text
    assert "IKM <strong>%s</strong>" % semua.findtext("ikm") in html
    assert html.count("<svg") >= 9 and "Per saluran layanan" in html
    # Suggestions may hold personal data: never published.
    for body in (html, xml.text):
        assert SARAN_RAHASIA not in body
    assert requests.get(server.url + "/ppid/survei?tahun=abc", timeout=10).status_code == 400
    empty = requests.get(server.url + "/ppid/survei?tahun=2099", timeout=10).text
    assert "Belum ada responden" in empty
