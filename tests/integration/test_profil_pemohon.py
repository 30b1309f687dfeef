"""Issue 18, items 5-6: the requester's profile for statistics (coded
occupation, optional gender and kecamatan) and the special needs of a
request.  Requests of this file are recorded at the desk in 2012 (a year no
other test uses) or compared as before/after deltas; the special needs show
to officers (inbox, request page, notice form and printout, delivery form)
and to the applicant on the status page, on no other public page; retention
keeps the codes and erases the needs."""
import datetime
import os
import subprocess
import uuid

import pytest
import requests
from lxml import etree, html as lhtml

import harness
from client import file_request, login, record_walk_in, staff_post as post, write_kirim_conf

PASSWORD = "kata-sandi-profil-123"
YEAR = "2012"
SCHEMAS = os.path.join(harness.ROOT, "mod_sialip", "schema")
NS_S = {"s": "urn:serangkab:ppid:statistik:1"}
NS_L = {"l": "urn:serangkab:ppid:laporan:1"}
KIRIM = os.path.join(harness.BUILD, "sialip-kirim")


@pytest.fixture(scope="module")
def officers(db):
    harness.add_user(db, "profil.utama", PASSWORD, "Profil Utama", ["ppid_utama"],
                     cost=4)


@pytest.fixture
def utama(server, officers, clear_throttle):
    return login(server, "profil.utama", PASSWORD)


def record(server, session, received="2012-05-14 10:00", **overrides):
    """Records a walk-in request at the desk; returns (number, code)."""
    return record_walk_in(server, session, received, **overrides)


def stored(db, number):
    return db.sql("SELECT pekerjaan, COALESCE(pekerjaan_kode, '-'), "
                  "COALESCE(jenis_kelamin, '-'), COALESCE(kecamatan_kode, '-'), "
                  "COALESCE(kebutuhan_khusus, '-'), COALESCE(kebutuhan_lainnya, '-') "
                  "FROM permohonan WHERE nomor = '%s';" % number)[0]


def field_error(page, field):
    el = lhtml.fromstring(page).get_element_by_id("galat-" + field, None)
    return el.text_content() if el is not None else ""


def marker():
    return "Pendamping-" + uuid.uuid4().hex[:10]


# ---- the form and validation ------------------------------------------------

def test_the_form_offers_the_coded_lists_and_the_needs(server, db):
    page = requests.get(server.url + "/ppid/permohonan/baru", timeout=10).text
    doc = lhtml.fromstring(page)
    jobs = doc.xpath('//select[@name="pekerjaan_kode"]/option/@value')
    assert jobs[0] == "" and len(jobs) == 14 and "lainnya" in jobs and "pns" in jobs
    # The form's kecamatan are the migration's table, "luar daerah" included.
    form_kec = doc.xpath('//select[@name="kecamatan"]/option/@value')[1:]
    table = [row[0] for row in db.sql("SELECT kode FROM kecamatan ORDER BY urutan;")]
    assert form_kec == table and len(table) == 30 and table[-1] == "luar_daerah"
    assert doc.xpath('//input[@name="jenis_kelamin"]/@value') == \
        ["laki_laki", "perempuan", ""]
    assert doc.xpath('//input[@type="checkbox"]/@name') == [
        "kebutuhan_braille", "kebutuhan_huruf_besar", "kebutuhan_audio",
        "kebutuhan_isyarat", "kebutuhan_bantuan_formulir", "kebutuhan_lainnya_ya"]
    assert doc.xpath('//input[@name="kebutuhan_lainnya"]')


def test_bad_profile_input_gets_a_message_beside_each_field_and_is_kept(server):
    r = file_request(server, pekerjaan="", pekerjaan_kode="lainnya",
                     jenis_kelamin="x", kecamatan="atlantis",
                     kebutuhan_braille="1", kebutuhan_lainnya_ya="1")
    assert r.status_code == 422, r.text
    assert "tuliskan pekerjaan Anda" in field_error(r.text, "pekerjaan")
    assert "laki-laki, perempuan" in field_error(r.text, "jenis_kelamin")
    assert "Pilih kecamatan dari daftar" in field_error(r.text, "kecamatan")
    assert "jelaskan kebutuhan khusus" in field_error(r.text, "kebutuhan_lainnya")
    doc = lhtml.fromstring(r.text)
    assert doc.xpath('//select[@name="pekerjaan_kode"]/option[@selected]/@value') == \
        ["lainnya"]
    assert doc.xpath('//input[@type="checkbox"][@checked]/@name') == \
        ["kebutuhan_braille", "kebutuhan_lainnya_ya"]
    assert doc.xpath('//input[@name="nama"]/@value') == ["Siti Aminah"]

    r = file_request(server, pekerjaan="", pekerjaan_kode="astronot",
                     kebutuhan_lainnya="x" * 256, kecamatan="ciruas")
    assert r.status_code == 422
    assert "Pilih pekerjaan dari daftar" in field_error(r.text, "pekerjaan_kode")
    assert "paling banyak 255" in field_error(r.text, "kebutuhan_lainnya")
    doc = lhtml.fromstring(r.text)
    assert doc.xpath('//select[@name="kecamatan"]/option[@selected]/@value') == ["ciruas"]


# ---- storage ---------------------------------------------------------------

def test_the_desk_stores_codes_and_the_registers_keep_the_text(server, db, utama):
    number, _ = record(server, utama, pekerjaan="", pekerjaan_kode="petani_nelayan",
                       jenis_kelamin="perempuan", kecamatan="pontang",
                       kebutuhan_huruf_besar="1", kebutuhan_isyarat="1")
    # No text typed: the register's occupation is the code's label.
    assert stored(db, number) == ["Petani/nelayan", "petani_nelayan", "perempuan",
                                  "pontang", "huruf_besar,isyarat", "-"]
    staff = utama.get(server.url + "/ppid/admin/permohonan/" + number, timeout=10).text
    profile = lhtml.fromstring(staff).xpath('//td[@class="profil-statistik"]')
    assert profile and profile[0].text_content().strip() == \
        "Petani/nelayan · Perempuan · Pontang"
    number, _ = record(server, utama, pekerjaan="Pemandu wisata", pekerjaan_kode="lainnya",
                       kecamatan="luar_daerah", kebutuhan_lainnya="Dibacakan pelan")
    # Text in "lainnya" counts as ticking it.
    assert stored(db, number) == ["Pemandu wisata", "lainnya", "-", "luar_daerah",
                                  "lainnya", "Dibacakan pelan"]
    # A client that posts only the old text still files; no code is stored.
    number, _ = record(server, utama)
    assert stored(db, number) == ["Guru", "-", "-", "-", "-", "-"]
    staff = utama.get(server.url + "/ppid/admin/permohonan/" + number, timeout=10).text
    assert "Guru" in staff and "profil-statistik" not in staff


# ---- statistics and the annual report -------------------------------------

def counts(server, path, xsd, profil, ns):
    """The requester-profile counts of a valid public XML document."""
    r = requests.get(server.url + path, timeout=30)
    assert r.status_code == 200, r.text
    doc = etree.fromstring(r.content)
    schema = etree.XMLSchema(etree.parse(os.path.join(SCHEMAS, xsd)))
    assert schema.validate(doc), schema.error_log
    return {(dim.tag.split("}")[1], k.get("kode")): int(k.text)
            for dim in doc.find(profil, ns) for k in dim}


def counts_stat(server):
    return counts(server, "/ppid/statistik.xml?tahun=" + YEAR, "statistik.xsd",
                  "s:profil_pemohon", NS_S)


def counts_report(server):
    return counts(server, "/ppid/laporan/%s.xml" % YEAR, "laporan.xsd",
                  "l:profil_pemohon", NS_L)


def delta(before, after):
    return {k: after[k] - before.get(k, 0) for k in after if after[k] != before.get(k, 0)}


def test_statistics_and_report_break_requests_down(server, db, utama):
    before_s, before_r = counts_stat(server), counts_report(server)
    record(server, utama, pekerjaan="", pekerjaan_kode="media", jenis_kelamin="laki_laki",
           kecamatan="anyar")
    record(server, utama, pekerjaan="", pekerjaan_kode="media", kecamatan="anyar",
           received="2012-08-01 09:00")
    record(server, utama, received="2012-09-03 09:00")          # old-style text only
    expected = {("pekerjaan", "media"): 2, ("pekerjaan", "tidak_tercatat"): 1,
                ("jenis_kelamin", "laki_laki"): 1, ("jenis_kelamin", "tidak_diisi"): 2,
                ("kecamatan", "anyar"): 2, ("kecamatan", "tidak_diisi"): 1}
    assert delta(before_s, counts_stat(server)) == expected
    assert delta(before_r, counts_report(server)) == expected
    # Every coded value has its row, each dimension adds up to the requests.
    after = counts_stat(server)
    assert sum(v for (d, _), v in after.items() if d == "kecamatan") == \
        sum(v for (d, _), v in after.items() if d == "pekerjaan")
    for path in ("/ppid/statistik?tahun=" + YEAR, "/ppid/laporan/" + YEAR):
        page = requests.get(server.url + path, timeout=30)
        assert page.status_code == 200
        doc = lhtml.fromstring(page.text)
        assert doc.get_element_by_id("profil-pemohon") is not None
        assert doc.xpath('//table[@class="profil-kecamatan"]//th[. = "Pulo Ampel"]')
        assert doc.xpath('//table[@class="profil-pekerjaan"]//th[. = "Wartawan/media"]')


# ---- special needs: officers and the applicant only ------------------------

def issue_notice(server, session, number):
    r = post(server, session, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "diberikan_seluruhnya", "informasi_diberikan": "Salinan DPA",
              "bentuk": "softcopy", "cara_penyampaian": "email"})
    assert r.status_code == 303, r.text


def test_needs_reach_the_inbox_the_notice_and_its_delivery(server, db, utama):
    text = marker()
    number, code = record(server, utama, kebutuhan_braille="1", kebutuhan_lainnya=text)
    shown = "Huruf braille, Lainnya: " + text
    inbox = utama.get(server.url + "/ppid/admin/permohonan?tahun=" + YEAR
                      + "&kanal=datang&status=diterima", timeout=10)
    assert inbox.status_code == 200
    rows = lhtml.fromstring(inbox.text).xpath(
        '//tr[td/a[. = "%s"]]//span[contains(@class, "kebutuhan-khusus")]' % number)
    # This file's open walk-ins of 2012 fit on the first page of this filter.
    assert rows and shown in rows[0].text_content()
    page = utama.get(server.url + "/ppid/admin/permohonan/" + number, timeout=10).text
    box = lhtml.fromstring(page).xpath('//div[contains(@class, "kebutuhan-khusus")]')
    assert box and shown in box[0].text_content()

    form = utama.get(server.url + "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                     timeout=10).text
    box = lhtml.fromstring(form).xpath('//div[contains(@class, "kebutuhan-khusus")]')
    assert box and shown in box[0].text_content()
    # Beside the delivery fields: the box comes right before the format choice.
    assert form.index("kebutuhan-khusus") < form.index('name="bentuk"')
    issue_notice(server, utama, number)
    printed = utama.get(server.url + "/ppid/admin/permohonan/%s/pemberitahuan/cetak"
                        % number, timeout=10).text
    assert shown in printed
    delivery = utama.get(server.url + "/ppid/admin/permohonan/%s/penyerahan" % number,
                         timeout=10).text
    assert shown in delivery

    # The applicant's own status page shows them...
    status = requests.get(server.url + "/ppid/permohonan/%s?kode=%s" % (number, code),
                          timeout=10).text
    assert shown in status
    # ...no other public page or export does, the citizen's printout included.
    for path in ("/ppid/permohonan/%s/pemberitahuan?kode=%s" % (number, code),
                 "/ppid/statistik?tahun=" + YEAR, "/ppid/statistik.xml?tahun=" + YEAR,
                 "/ppid/statistik.csv?tahun=" + YEAR,
                 "/ppid/laporan/" + YEAR, "/ppid/laporan/%s.xml" % YEAR,
                 "/ppid/laporan/%s.csv" % YEAR, "/ppid/", "/ppid/dip", "/ppid/katalog.jsonld"):
        r = requests.get(server.url + path, timeout=30)
        assert text not in r.text and "Huruf braille" not in r.text, path


def test_a_request_without_needs_shows_none(server, utama):
    number, code = record(server, utama)
    page = utama.get(server.url + "/ppid/admin/permohonan/" + number, timeout=10).text
    assert "kebutuhan-khusus" not in page
    status = requests.get(server.url + "/ppid/permohonan/%s?kode=%s" % (number, code),
                          timeout=10).text
    assert "Kebutuhan khusus" not in status


# ---- retention -------------------------------------------------------------

def test_retention_keeps_the_codes_and_erases_the_needs(server, db, utama, workdir):
    text = marker()
    number, _ = record(server, utama, pekerjaan="", pekerjaan_kode="advokat",
                       jenis_kelamin="perempuan", kecamatan="kibin",
                       kebutuhan_audio="1", kebutuhan_lainnya=text)
    issue_notice(server, utama, number)
    # Closed once the information is handed over (issue 17).
    now = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M")
    assert post(server, utama, "/ppid/admin/permohonan/%s/penyerahan" % number,
                {"diserahkan": now}).status_code == 303
    assert db.sql("SELECT status FROM permohonan WHERE nomor = '%s';" % number) == \
        [["selesai"]]
    db.sql("UPDATE permohonan SET selesai_pada = selesai_pada - INTERVAL 400 DAY "
           "WHERE nomor = '%s';" % number)
    conf = os.path.join(workdir, "retensi-profil.conf")
    write_kirim_conf(conf, db, server.uploads)
    os.chmod(conf, 0o600)
    r = subprocess.run([KIRIM, "-c", conf, "--retensi"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert stored(db, number) == ["Advokat", "advokat", "perempuan", "kibin", "-", "-"]
    assert db.sql("SELECT alamat FROM permohonan WHERE nomor = '%s';" % number) == \
        [["dihapus"]]
