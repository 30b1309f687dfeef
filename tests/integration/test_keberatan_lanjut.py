"""The law's edges on the extension and objection side (issue 16): no
extension once the first due date has passed, and such a late one never
counts as on time; several objections per request, each ground once, with
concurrent filings serialised; the Komisi Informasi window; objections
without a request (ground b), recorded at the desk, settled by agreement;
the objection register's columns."""
import datetime
import os
import re
import threading

import pytest
import requests
from lxml import etree

import harness
from client import add_staff, record_walk_in, session_of, staff_post, valid_form
from kalender import long_date, working_days_after

PASSWORD = "kata-sandi-lanjut-123"
SCHEMAS = os.path.join(harness.ROOT, "mod_sialip", "schema")


def today_wib():
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date()


def now_wib_text(minus_minutes=1):
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=7)
            - datetime.timedelta(minutes=minus_minutes)).strftime("%Y-%m-%d %H:%M")


@pytest.fixture(scope="module")
def officers(db):
    users = {
        "lanjut.utama": (["ppid_utama"], None),
        "lanjut.atasan": (["atasan_ppid"], None),
        "lanjut.dinkes": (["ppid_pelaksana"], "dinkes"),
        "lanjut.admin": (["admin"], None),
    }
    return add_staff(db, users, PASSWORD)


@pytest.fixture
def as_(server, officers, clear_throttle):
    return session_of(server, PASSWORD)


def record(server, session, received, **overrides):
    return record_walk_in(server, session, received, kanal="surat", **overrides)


def field_error(html, field):
    m = re.search(r'<p class="galat-field" id="galat-%s">([^<]*)</p>' % re.escape(field), html)
    return m.group(1) if m else None


# ---- 1. no extension after the first due date ---------------------------------

def test_an_extension_after_the_first_due_date_is_refused_on_the_form(server, db, as_):
    utama = as_("lanjut.utama")
    number, _ = record(server, utama, "2026-03-13 10:00")
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/perpanjang" % number,
                   {"alasan": "Arsip <lama> & tersebar."})
    assert r.status_code == 409
    message = field_error(r.text, "perpanjang")
    assert message and "Senin, 6 April 2026" in message and "sudah lewat" in message
    assert "Pasal 22 ayat 8" in message
    # The form is the request page's, with what the officer typed.
    assert "Arsip &lt;lama&gt; &amp; tersebar.</textarea>" in r.text
    assert 'id="disposisi"' in r.text
    assert db.sql("SELECT jatuh_tempo_perpanjangan IS NULL FROM permohonan WHERE nomor = "
                  "'%s';" % number) == [["1"]]
    assert db.sql("SELECT COUNT(*) FROM audit WHERE objek = 'permohonan' AND objek_id = "
                  "'%s' AND aksi = 'perpanjang';" % number) == [["0"]]


def test_an_extension_before_the_first_due_date_is_accepted(server, db, as_):
    utama = as_("lanjut.utama")
    number, _ = record(server, utama, now_wib_text())
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/perpanjang" % number,
                   {"alasan": "Dokumen tersebar.", "yakin": "1"})
    assert r.status_code == 303, r.text
    due, extended = db.sql("SELECT jatuh_tempo, jatuh_tempo_perpanjangan FROM permohonan "
                           "WHERE nomor = '%s';" % number)[0]
    assert extended == working_days_after(datetime.date.fromisoformat(due), 7).isoformat()


# ---- 3. a late extension is not an excuse in the figures ----------------------

def test_a_late_extension_does_not_count_as_on_time(server, db, as_):
    """Two requests of 2018 (a year no other test uses) answered on 19
    March, between the first due date (15 March) and the extended one (26
    March): the one extended in
    time is on time, the one extended on 17 March (late) is late, in the
    statistics and in the annual report."""
    utama = as_("lanjut.utama")
    made = []
    for i, extended_at in enumerate(("2018-03-12 03:00:00", "2018-03-17 03:00:00")):
        number, _ = record(server, utama, "2018-03-01 09:00", nama="Pemohon Tempo %d" % i)
        r = staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                       {"keputusan": "ditolak_prosedural", "alasan_prosedural": "Tanpa identitas"})
        assert r.status_code == 303, r.text
        db.sql("UPDATE permohonan SET jatuh_tempo_perpanjangan = '2018-03-26', "
               "alasan_perpanjangan = 'Arsip.', diperpanjang_pada = '%s' WHERE nomor = '%s';"
               % (extended_at, number))
        db.sql("UPDATE pemberitahuan n JOIN permohonan p ON p.id = n.permohonan_id SET "
               "n.diterbitkan_pada = '2018-03-19 03:00:00' WHERE p.nomor = '%s';" % number)
        made.append(number)
    assert db.sql("SELECT jatuh_tempo FROM permohonan WHERE nomor = '%s';" % made[0]) == \
        [["2018-03-15"]]

    r = requests.get(server.url + "/ppid/statistik.xml", params={"tahun": "2018"}, timeout=30)
    assert r.status_code == 200
    doc = etree.fromstring(r.content)
    ns = {"s": "urn:serangkab:ppid:statistik:1"}
    w = doc.find(".//s:tepat_waktu", ns).getparent()
    assert w.findtext("s:tepat_waktu", namespaces=ns) == "1"
    assert w.findtext("s:terlambat", namespaces=ns) == "1"

    r = requests.get(server.url + "/ppid/laporan/2018.xml", timeout=30)
    assert r.status_code == 200, r.text
    doc = etree.fromstring(r.content)
    ns = {"l": "urn:serangkab:ppid:laporan:1"}
    assert doc.findtext("l:waktu_layanan/l:tepat_waktu", namespaces=ns) == "1"
    assert doc.findtext("l:waktu_layanan/l:terlambat", namespaces=ns) == "1"
    rows = {e.get("nomor"): e for e in doc.findall("l:rincian_waktu/l:permohonan", ns)}
    assert rows[made[0]].get("ketepatan") == "tepat_waktu"
    assert rows[made[1]].get("ketepatan") == "terlambat"
    assert rows[made[1]].get("jatuh_tempo") == "2018-03-15"


# ---- 2. several objections per request, each ground once -----------------------

def objection(server, number, code, grounds, text="Keberatan."):
    return requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s"
                         % (number, code), data={"alasan": list(grounds), "uraian": text},
                         headers={"Origin": server.url}, allow_redirects=False, timeout=30)


def unanswered_request(server, as_, days_ago=21):
    """A request whose due date passed without a notice (ground c open)."""
    received = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)
                - datetime.timedelta(days=days_ago)).strftime("%Y-%m-%d 10:00")
    return record(server, as_("lanjut.utama"), received)


def objection_numbers(db, number):
    return [r[0] for r in db.sql(
        "SELECT k.nomor FROM keberatan k JOIN permohonan p ON p.id = k.permohonan_id "
        "WHERE p.nomor = '%s' ORDER BY k.id;" % number)]


def test_no_answer_then_the_refusal_each_ground_once(server, db, as_):
    utama = as_("lanjut.utama")
    number, code = unanswered_request(server, as_)
    assert objection(server, number, code, "c", "Tidak dijawab.").status_code == 303
    # The notice follows: a refusal on an exemption, objected to on a and f.
    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                      {"keputusan": "tidak_dikuasai",
                 "diteruskan_ke": "Badan Pusat Statistik"}).status_code == 303
    form = requests.get(server.url + "/ppid/permohonan/%s/keberatan?kode=%s"
                        % (number, code), timeout=10).text
    assert "(sudah diajukan)" in form
    r = objection(server, number, code, "cf", "Lagi c dan biaya.")
    assert r.status_code == 422
    assert "Alasan huruf c sudah pernah diajukan" in r.text
    assert "Lagi c dan biaya." in r.text                      # the input is kept
    r = objection(server, number, code, "af", "Ditolak dan biaya tidak wajar.")
    assert r.status_code == 303, r.text
    assert len(objection_numbers(db, number)) == 2
    assert db.sql("SELECT GROUP_CONCAT(a.alasan ORDER BY a.alasan) FROM keberatan_alasan a "
                  "JOIN permohonan p ON p.id = a.permohonan_id WHERE p.nomor = '%s';"
                  % number) == [["a,c,f"]]
    page = as_("lanjut.utama").get(server.url + "/ppid/admin/permohonan/" + number,
                                   timeout=10).text
    for k in objection_numbers(db, number):
        assert k in page


def test_two_filings_at_the_same_instant_do_not_both_pass(server, db, as_):
    """Eight simultaneous objections on ground g: exactly one is registered;
    the others are told the ground was already raised (the request's row is
    locked while the grounds are checked; the unique key backs it up)."""
    for attempt in range(2):
        number, code = unanswered_request(server, as_)
        barrier = threading.Barrier(8)
        results = []

        def file_one():
            barrier.wait()
            results.append(objection(server, number, code, "g", "Serentak.").status_code)
        threads = [threading.Thread(target=file_one) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == [303] + [422] * 7 or sorted(results) == \
            [303] + sorted([409, 422] * 7)[:7], results
        assert len(objection_numbers(db, number)) == 1
    # The database refuses a repeated ground by itself.
    kid, pid = db.sql("SELECT k.id, k.permohonan_id FROM keberatan k JOIN permohonan p "
                      "ON p.id = k.permohonan_id WHERE p.nomor = '%s';" % number)[0]
    with pytest.raises(Exception):
        db.sql("INSERT INTO keberatan_alasan (keberatan_id, permohonan_id, alasan) "
               "VALUES (%s, %s, 'g');" % (kid, pid))


# ---- 5. the Komisi Informasi window ---------------------------------------------

def objection_on(server, db, as_, days_ago=21):
    number, code = unanswered_request(server, as_, days_ago)
    r = objection(server, number, code, "c", "Tidak dijawab.")
    assert r.status_code == 303, r.text
    k = re.search(r"/keberatan/(K-\d{4}-\d{4})", r.headers["Location"]).group(1)
    return number, code, k, r.headers["Location"]


def test_the_decision_states_the_last_day_for_the_ki(server, db, as_):
    number, code, k, receipt = objection_on(server, db, as_)
    atasan = as_("lanjut.atasan")
    r = staff_post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % k,
                   {"putusan": "ditolak", "alasan_putusan": "Sudah dijawab.",
              "jabatan": "Sekretaris Daerah"})
    assert r.status_code == 303, r.text
    last = working_days_after(today_wib(), 14)
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
    text = "%d %s %d" % (last.day, months[last.month - 1], last.year)
    page = requests.get(server.url + receipt, timeout=10).text
    assert "Batas pengajuan sengketa ke Komisi Informasi" in page and text in page
    assert "Sekretaris Daerah" in page
    status = requests.get(server.url + "/ppid/permohonan/%s?kode=%s" % (number, code),
                          timeout=10).text
    assert text in status
    mail = db.sql("SELECT isi_teks FROM surel_keluar WHERE jenis = 'keberatan_diputus' "
                  "AND objek_id = '%s';" % k)
    assert mail and text in mail[0][0] and "Pasal 37 ayat 2" in mail[0][0]
    assert db.sql("SELECT jabatan_pemutus FROM keberatan WHERE nomor = '%s';" % k) == \
        [["Sekretaris Daerah"]]


def test_an_overdue_decision_is_told_and_a_late_dispute_flagged(server, db, as_):
    number, code, k, receipt = objection_on(server, db, as_)
    # The objection was registered on 2 March 2026: its decision was due on
    # 15 April 2026 (30 working days), so the KI window ran to 6 May 2026.
    db.sql("UPDATE keberatan SET diterima_pada = '2026-03-02 03:00:00', hari_nol = "
           "'2026-03-02', jatuh_tempo = '2026-04-15' WHERE nomor = '%s';" % k)
    page = requests.get(server.url + receipt, timeout=10).text
    assert "Atasan PPID belum memutus keberatan ini" in page
    assert "Rabu, 6 Mei 2026" in page
    inbox = as_("lanjut.atasan").get(server.url + "/ppid/admin/keberatan", timeout=10).text
    row = re.search(r"<tr[^>]*>(?:(?!</tr>).)*%s(?:(?!</tr>).)*</tr>" % k, inbox, re.S).group(0)
    assert "tempo-lewat" in row and "Rabu, 6 Mei 2026" in row
    register = as_("lanjut.utama").get(server.url + "/ppid/admin/register/keberatan.csv",
                                       params={"tahun": "2026"}, timeout=10)
    line = [l for l in register.content.decode("utf-8-sig").splitlines() if k in l][0]
    assert "2026-05-06" in line and "Putusan terlambat" in line
    # A dispute registered on 8 May 2026, after the window: flagged.
    r = staff_post(server, as_("lanjut.utama"), "/ppid/admin/keberatan/%s/sengketa" % k,
             {"nomor_register": "009/REG-PSI/V/2026", "didaftarkan_pada": "2026-05-08",
              "tahap": "mediasi"})
    assert r.status_code == 303, r.text
    staff = as_("lanjut.utama").get(server.url + "/ppid/admin/permohonan/" + number,
                                    timeout=10).text
    assert "didaftarkan setelah batas 14 hari kerja" in staff
    register = as_("lanjut.utama").get(server.url + "/ppid/admin/register/keberatan.csv",
                                       params={"tahun": "2026"}, timeout=10)
    line = [l for l in register.content.decode("utf-8-sig").splitlines() if k in l][0]
    assert "Sengketa didaftarkan setelah batas" in line


# ---- 6. ground b without a request, the desk's record, musyawarah ---------------

def ground_b_form(**overrides):
    fields = valid_form(rincian="Laporan keuangan 2025 tidak diumumkan",
                        uraian="Informasi berkala tidak ada di DIP.")
    for k in ("cara_memperoleh", "cara_salinan"):
        fields.pop(k, None)
    fields.update(overrides)
    return {k: v for k, v in fields.items() if v is not None}


def test_ground_b_needs_no_request(server, db):
    service = requests.get(server.url + "/ppid/", timeout=10).text
    assert 'href="/ppid/keberatan/baru"' in service
    form = requests.get(server.url + "/ppid/keberatan/baru", timeout=10)
    assert form.status_code == 200 and "Pasal 35 ayat 1 huruf b" in form.text
    bad = requests.post(server.url + "/ppid/keberatan/baru",
                        data=ground_b_form(nik="123", uraian=""),
                        headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert bad.status_code == 422
    assert field_error(bad.text, "nik") and field_error(bad.text, "uraian")
    assert 'value="Siti Aminah"' in bad.text
    # From another site: refused like the request form.
    assert requests.post(server.url + "/ppid/keberatan/baru", data=ground_b_form(),
                         headers={"Origin": "https://lain.example"},
                         allow_redirects=False, timeout=30).status_code == 403
    r = requests.post(server.url + "/ppid/keberatan/baru",
                      data=ground_b_form(email="berkala@contoh.id"),
                      headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    m = re.match(r"^/ppid/keberatan/(K-(\d{4})-\d{4})\?kode=([0-9A-Z-]{19})$",
                 r.headers["Location"])
    assert m, r.headers["Location"]
    k, code = m.group(1), m.group(3)
    receipt = requests.get(server.url + r.headers["Location"], timeout=10).text
    assert k in receipt and code in receipt
    assert "Tidak disediakannya informasi berkala" in receipt
    assert "Laporan keuangan 2025 tidak diumumkan" in receipt
    assert "3604011234567890" not in receipt                # personal data stays off
    wrong = requests.get(server.url + "/ppid/keberatan/%s?kode=0000-0000-0000-0000" % k,
                         timeout=10)
    assert wrong.status_code == 404
    row = db.sql("SELECT permohonan_id IS NULL, alasan, kanal, kode_hash = SHA2('%s', 256) "
                 "FROM keberatan WHERE nomor = '%s';" % (code.replace("-", ""), k))
    assert row == [["1", "b", "web", "1"]]
    mail = db.sql("SELECT isi_teks FROM surel_keluar WHERE kepada = 'berkala@contoh.id' "
                  "AND jenis = 'keberatan_diterima';")
    assert mail and k in mail[0][0]


def test_the_desk_records_objections_with_their_time_of_receipt(server, db, as_):
    utama = as_("lanjut.utama")
    assert utama.get(server.url + "/ppid/admin/keberatan/baru", timeout=10).status_code == 200
    assert as_("lanjut.dinkes").get(server.url + "/ppid/admin/keberatan/baru",
                                    timeout=10).status_code == 403
    number, _ = unanswered_request(server, as_)
    received = now_wib_text(90)
    base = {"kanal": "surat", "diterima": received, "nomor_permohonan": number,
            "alasan": ["c"], "uraian": "Surat keberatan: tidak dijawab."}
    bad = staff_post(server, utama, "/ppid/admin/keberatan/baru", dict(base, diterima="kemarin"))
    assert bad.status_code == 422 and field_error(bad.text, "diterima")
    assert "Surat keberatan: tidak dijawab." in bad.text
    r = staff_post(server, utama, "/ppid/admin/keberatan/baru", base)
    assert r.status_code == 303, r.text
    assert r.headers["Location"].endswith("/ppid/admin/permohonan/%s#keberatan" % number)
    got = db.sql("SELECT k.kanal, k.diterima_pada, k.dicatat_oleh IS NOT NULL FROM keberatan k "
                 "JOIN permohonan p ON p.id = k.permohonan_id WHERE p.nomor = '%s';" % number)
    utc = (datetime.datetime.strptime(received, "%Y-%m-%d %H:%M")
           - datetime.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:00")
    assert got == [["surat", utc, "1"]]
    again = staff_post(server, utama, "/ppid/admin/keberatan/baru", base)
    assert again.status_code == 422 and "Alasan huruf c sudah pernah diajukan" in \
        field_error(again.text, "alasan")
    # Without a request only ground b, with the objector's identity.
    solo = dict(ground_b_form(), kanal="datang", diterima=received, alasan=["a"])
    r = staff_post(server, utama, "/ppid/admin/keberatan/baru", solo)
    assert r.status_code == 422 and "hanya dapat diajukan dengan alasan huruf b" in r.text
    r = staff_post(server, utama, "/ppid/admin/keberatan/baru", dict(solo, alasan=["b"]))
    assert r.status_code == 303, r.text
    k = re.search(r"/keberatan/(K-\d{4}-\d{4})\?kode=", r.headers["Location"]).group(1)
    assert db.sql("SELECT kanal, permohonan_id IS NULL FROM keberatan WHERE nomor = '%s';"
                  % k) == [["datang", "1"]]
    page = utama.get(server.url + "/ppid/admin/keberatan/" + k, timeout=10)
    assert page.status_code == 200 and "Siti Aminah" in page.text
    register = utama.get(server.url + "/ppid/admin/register/keberatan.csv", timeout=10)
    line = [l for l in register.content.decode("utf-8-sig").splitlines() if k in l][0]
    assert "Siti Aminah" in line and "Datang langsung" in line


def test_an_objection_settled_by_agreement(server, db, as_):
    utama = as_("lanjut.utama")
    number, code, k, receipt = objection_on(server, db, as_)
    today = today_wib().isoformat()
    r = staff_post(server, utama, "/ppid/admin/keberatan/%s/musyawarah" % k,
                   {"musyawarah_pada": "2001-01-01", "catatan": "Sepakat."})
    assert r.status_code == 409 and "sebelum keberatan diterima" in r.text
    r = staff_post(server, utama, "/ppid/admin/keberatan/%s/musyawarah" % k,
                   {"musyawarah_pada": today, "catatan": "Informasi diserahkan; pemohon puas."})
    assert r.status_code == 303, r.text
    assert db.sql("SELECT status, musyawarah_pada FROM keberatan WHERE nomor = '%s';" % k) \
        == [["musyawarah", today]]
    assert "Informasi diserahkan; pemohon puas." in requests.get(server.url + receipt,
                                                                  timeout=10).text
    # Decided once settled: refused.
    assert staff_post(server, as_("lanjut.atasan"), "/ppid/admin/keberatan/%s/putusan" % k,
                {"putusan": "ditolak", "alasan_putusan": "x"}).status_code == 409
    register = utama.get(server.url + "/ppid/admin/register/keberatan", timeout=10).text
    assert "Selesai secara musyawarah (%s)" % long_date(
        datetime.date.fromisoformat(today)) in register
    # Ground a (a refusal on an exemption) cannot be settled so.
    number2, code2 = unanswered_request(server, as_)
    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number2,
                      {"keputusan": "tidak_dikuasai", "diteruskan_ke": "BPS"}).status_code == 303
    r = objection(server, number2, code2, "a", "Ditolak.")
    k2 = re.search(r"/keberatan/(K-\d{4}-\d{4})", r.headers["Location"]).group(1)
    r = staff_post(server, utama, "/ppid/admin/keberatan/%s/musyawarah" % k2,
                   {"musyawarah_pada": today, "catatan": "Sepakat."})
    assert r.status_code == 409 and "Pasal 35 ayat 2" in r.text


def test_the_annual_report_counts_ground_b_and_settlements(server, db, as_):
    year = str(today_wib().year)
    ns = {"l": "urn:serangkab:ppid:laporan:1"}

    def counts():
        r = requests.get(server.url + "/ppid/laporan/%s.xml" % year, timeout=30)
        assert r.status_code == 200, r.text
        doc = etree.fromstring(r.content)
        schema = etree.XMLSchema(etree.parse(os.path.join(SCHEMAS, "laporan.xsd")))
        assert schema.validate(doc), schema.error_log
        k = doc.find("l:keberatan", ns)
        return (int(k.get("jumlah")), int(k.findtext("l:musyawarah", namespaces=ns)),
                int(k.find("l:per_alasan/l:alasan[@huruf='b']", ns).text))
    before = counts()
    r = requests.post(server.url + "/ppid/keberatan/baru", data=ground_b_form(),
                      headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    _, _, k, _ = objection_on(server, db, as_)
    assert staff_post(server, as_("lanjut.utama"), "/ppid/admin/keberatan/%s/musyawarah" % k,
                {"musyawarah_pada": today_wib().isoformat(),
                 "catatan": "Sepakat."}).status_code == 303
    after = counts()
    assert after == (before[0] + 2, before[1] + 1, before[2] + 1)


def test_the_decision_date_moves_with_a_holiday_added(server, db, as_):
    """30 working days from registration (Pasal 36(2)): an objection
    registered on Tuesday 1 December 2026 is due on the 30th working day
    after it; a cuti bersama added on 3 December moves it one working day,
    on the receipt too, and removing it moves it back."""
    number, code, k, receipt = objection_on(server, db, as_)
    first = working_days_after(datetime.date(2026, 12, 1), 30)
    db.sql("UPDATE keberatan SET diterima_pada = '2026-12-01 03:00:00', hari_nol = "
           "'2026-12-01', jatuh_tempo = '%s' WHERE nomor = '%s';" % (first.isoformat(), k))
    admin = as_("lanjut.admin")
    r = staff_post(server, admin, "/ppid/admin/libur",
                   {"tanggal": "2026-12-03", "jenis": "cuti_bersama", "nama": "Cuti uji keberatan",
              "dasar_hukum": "SKB uji", "libur": "1"})
    assert r.status_code == 303, r.text
    try:
        moved = db.sql("SELECT jatuh_tempo FROM keberatan WHERE nomor = '%s';" % k)[0][0]
        assert moved == working_days_after(first, 1).isoformat() != first.isoformat()
        assert db.sql("SELECT COUNT(*) FROM audit WHERE objek = 'keberatan' AND objek_id = "
                      "'%s' AND aksi = 'tenggat_dihitung_ulang';" % k) == [["1"]]
        shown = requests.get(server.url + receipt, headers={"Accept": "application/xml"},
                             timeout=10)
        assert etree.fromstring(shown.content).findtext(
            "keberatan/jatuh_tempo") == moved
    finally:
        r = staff_post(server, admin, "/ppid/admin/libur/2026-12-03/hapus")
    assert r.status_code == 303
    assert db.sql("SELECT jatuh_tempo FROM keberatan WHERE nomor = '%s';" % k) == \
        [[first.isoformat()]]
