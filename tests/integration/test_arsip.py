"""The public archive of answered requests (issue 18): officers publish an
answered request with an edited text (likely personal data flagged, the
original kept), mark released documents public, or withhold it with a
reason; the public searches it by words, OPD, outcome and year, paged, as
HTML and XML (schema arsip.xsd), and never sees the applicant's identity.

Requests written by hand here are of the year 2036 and only they are
counted."""
import datetime
import os
import re

import pytest
import requests
from lxml import etree

import harness
from client import get_ok
from staf_uji import audit_rows, logged_in, post

pytestmark = pytest.mark.usefixtures("clear_throttle")

YEAR = 2036
SCHEMA = os.path.join(harness.ROOT, "mod_sialip", "schema")


@pytest.fixture(scope="module", autouse=True)
def filing_audit_rows(db):
    """The requests this module writes by hand get the filing audit row the
    application writes with every request: other tests check that none
    lacks it (test_ketahanan)."""
    yield
    db.sql("INSERT INTO audit (waktu, aktor, aksi, objek, objek_id, publik) "
           "SELECT p.diterima_pada, 'uji', 'ajukan', 'permohonan', p.nomor, 1 "
           "FROM permohonan p WHERE p.tahun = %d AND NOT EXISTS (SELECT 1 FROM audit a "
           "WHERE a.objek = 'permohonan' AND a.objek_id = p.nomor AND a.aksi = 'ajukan');"
           % YEAR)


@pytest.fixture(scope="module")
def petugas(server, db):
    return logged_in(server, db, {
        "arsip.utama": (["ppid_utama"], "diskominfo", "Utama Arsip"),
        "arsip.dinkes": (["ppid_pelaksana"], "dinkes", "Pelaksana Dinkes Arsip"),
        "arsip.dinsos": (["ppid_pelaksana"], "dinsos", "Pelaksana Dinsos Arsip"),
        "arsip.atasan": (["atasan_ppid"], None, "Atasan Arsip")})


def q(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"


def opd_id(db, kode):
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


_seq = [0]


def hand_request(db, rincian, opd="dinkes", keputusan="diberikan_seluruhnya", pasal17=None,
                 nama="Pemohon Tangan", received="2036-03-03 02:00:00",
                 notice="2036-03-10 03:00:00", docs=0):
    """A 2036 request answered by hand: routed to opd, its part answered,
    the written notice issued (with docs documents).  Returns its number."""
    utama = db.sql("SELECT id FROM pengguna WHERE username = 'arsip.utama';")[0][0]
    _seq[0] += 1
    base = int(db.sql("SELECT COALESCE(MAX(CAST(SUBSTRING(nomor, 6) AS UNSIGNED)), 0) "
                      "FROM permohonan WHERE tahun = %d;" % YEAR)[0][0])
    nomor = "%d-%06d" % (YEAR, base + 1)
    day0 = received[:10]
    db.sql("INSERT INTO permohonan (nomor, tahun, kode_hash, jenis_pemohon, nama, nik, alamat, "
           "telepon, email, pekerjaan, rincian, tujuan, cara_memperoleh, cara_salinan, kanal, "
           "diterima_pada, hari_nol, jatuh_tempo, status, selesai_pada) VALUES "
           "(%s, %d, REPEAT('a', 64), 'perorangan', %s, '3604019999000001', 'Jl. Uji', "
           "'081200000000', 'uji@example.id', 'Guru', %s, 'Penelitian', 'salinan_softcopy', "
           "'email', 'web', %s, %s, %s, 'selesai', %s);"
           % (q(nomor), YEAR, q(nama), q(rincian), q(received), q(day0), q(day0), q(notice)))
    pid = db.sql("SELECT id FROM permohonan WHERE nomor = %s;" % q(nomor))[0][0]
    db.sql("INSERT INTO disposisi (permohonan_id, opd_id, status, jawaban, dibuat_oleh, "
           "dibuat_pada, dijawab_oleh, dijawab_pada) VALUES (%s, %s, 'dijawab', 'x', %s, %s, "
           "%s, %s);" % (pid, opd_id(db, opd), utama, q(received), utama, q(notice)))
    db.sql("INSERT INTO pemberitahuan (permohonan_id, nomor, keputusan, penguasaan, "
           "kutip_pasal17, diterbitkan_oleh, diterbitkan_pada) VALUES (%s, %s, %s, 'dikuasai', "
           "%s, %s, %s);" % (pid, q("PT-" + nomor), q(keputusan),
                             q(pasal17) if pasal17 else "NULL", utama, q(notice)))
    nid = db.sql("SELECT id FROM pemberitahuan WHERE permohonan_id = %s;" % pid)[0][0]
    for i in range(docs):
        db.sql("INSERT INTO berkas (sha256, ukuran, mime, nama_asli, dibuat_pada) VALUES "
               "(SHA2(%s, 256), 10, 'application/pdf', %s, UTC_TIMESTAMP());"
               % (q(nomor + str(i)), q("jawaban-%s-%d.pdf" % (nama, i))))
        bid = db.sql("SELECT MAX(id) FROM berkas;")[0][0]
        db.sql("INSERT INTO pemberitahuan_berkas (pemberitahuan_id, berkas_id) VALUES "
               "(%s, %s);" % (nid, bid))
    return nomor


def documents(db, nomor):
    return [r[0] for r in db.sql(
        "SELECT pb.berkas_id FROM pemberitahuan_berkas pb JOIN pemberitahuan n ON "
        "n.id = pb.pemberitahuan_id JOIN permohonan p ON p.id = n.permohonan_id "
        "WHERE p.nomor = '%s' ORDER BY pb.berkas_id;" % nomor)]


def publish(s, server, nomor, teks, berkas=()):
    return post(s, server, "/ppid/admin/arsip/%s/terbitkan" % nomor,
                [("teks", teks)] + [("berkas", b) for b in berkas])


def public(server, path="/ppid/arsip", **params):
    return get_ok(server, path, **params)


def listed(r):
    return re.findall(r'id="arsip-(\d{4}-\d{6})"', r.text)


def weekdays_between(a, b):
    d, n = a, 0
    while d < b:
        d += datetime.timedelta(days=1)
        n += d.weekday() < 5
    return n


# ---- publishing -------------------------------------------------------------


def test_officer_sees_flags_and_publishes_an_edited_text(server, db, petugas):
    text = ("Saya Wiratmoko Sukmajaya, NIK 3604015502870003, telepon 0813-7777-1212, "
            "surel wiratmoko.s@contoh.id, meminta laporan kualitas air sumur Desa Uji.")
    nomor = hand_request(db, text, nama="Wiratmoko Sukmajaya", docs=2)
    utama = petugas["arsip.utama"]
    page = utama.get(server.url + "/ppid/admin/arsip/" + nomor, timeout=10)
    assert page.status_code == 200
    marks = dict((k, v) for v, k in re.findall(r'<mark class="tanda-(\w+)"[^>]*>([^<]*)</mark>',
                                                page.text))
    assert marks == {"Wiratmoko Sukmajaya": "nama", "3604015502870003": "nik",
                     "0813-7777-1212": "telepon", "wiratmoko.s@contoh.id": "email"}
    # The box offers the text with the flagged parts taken out.
    box = re.search(r'<textarea id="teks" name="teks"[^>]*>([^<]*)</textarea>', page.text)
    assert box and "[dihapus]" in box.group(1) and "3604015502870003" not in box.group(1)

    # Published with personal data still in it: refused beside the field.
    r = publish(utama, server, nomor, text)
    assert r.status_code == 422
    assert "data pribadi" in r.text and 'id="galat-teks"' in r.text
    r = publish(utama, server, nomor, "Ibu Wiratmoko Sukmajaya meminta data air.")
    assert r.status_code == 422
    assert db.sql("SELECT COUNT(*) FROM arsip a JOIN permohonan p ON p.id = a.permohonan_id "
                  "WHERE p.nomor = '%s';" % nomor) == [["0"]]

    docs = documents(db, nomor)
    published = "Pemohon meminta laporan kualitas air sumur Desa Uji."
    r = publish(utama, server, nomor, published, berkas=[docs[1]])
    assert r.status_code == 303, r.text
    # The original stays; the archive has the edited text.
    assert db.sql("SELECT rincian FROM permohonan WHERE nomor = '%s';" % nomor) == [[text]]
    assert db.sql("SELECT status, teks, hari_kerja FROM arsip WHERE nomor = '%s';" % nomor) == \
        [["terbit", published, str(weekdays_between(datetime.date(2036, 3, 3),
                                                   datetime.date(2036, 3, 10)))]]
    assert [row[0] for row in audit_rows(db, "permohonan", nomor)] == ["arsip_terbit"]

    page = public(server, "/ppid/arsip/" + nomor)
    assert published in page.text and "Dinas Kesehatan" in page.text
    assert "hari kerja" in page.text
    links = re.findall(r'href="(/ppid/arsip/%s/dokumen/(\d+))"' % nomor, page.text)
    assert [i for _, i in links] == [docs[1]]
    # The unmarked document is not public.
    assert requests.get(server.url + "/ppid/arsip/%s/dokumen/%s" % (nomor, docs[0]),
                        timeout=10).status_code == 404
    for word in ("Wiratmoko", "3604015502870003", "7777", "contoh.id"):
        assert word not in page.text

    # Editing: a new text replaces the published one, audited with both.
    r = publish(utama, server, nomor, "Laporan kualitas air sumur Desa Uji tahun 2035.")
    assert r.status_code == 303
    rows = audit_rows(db, "permohonan", nomor)
    assert [row[0] for row in rows] == ["arsip_terbit", "arsip_ubah"]
    assert published in rows[1][2] and "tahun 2035" in rows[1][3]
    page = public(server, "/ppid/arsip/" + nomor)
    assert "tahun 2035" in page.text and "/dokumen/" not in page.text


def test_withholding_takes_a_request_out_with_a_reason(server, db, petugas):
    nomor = hand_request(db, "Daftar penerima bantuan rumah tidak layak huni Desa Tahan.")
    utama = petugas["arsip.utama"]
    assert publish(utama, server, nomor, "Daftar penerima bantuan RTLH Desa Tahan.") \
        .status_code == 303
    assert nomor in listed(public(server, q="Tahan"))
    r = post(utama, server, "/ppid/admin/arsip/%s/tahan" % nomor, {"alasan": ""})
    assert r.status_code == 422 and 'id="galat-alasan"' in r.text
    r = post(utama, server, "/ppid/admin/arsip/%s/tahan" % nomor,
             {"alasan": "Memuat daftar nama penerima bantuan."})
    assert r.status_code == 303
    assert db.sql("SELECT status, alasan_tahan, teks FROM arsip WHERE nomor = '%s';"
                  % nomor) == [["ditahan", "Memuat daftar nama penerima bantuan.", "NULL"]]
    assert db.sql("SELECT COUNT(*) FROM arsip_kata k JOIN arsip a ON a.permohonan_id = "
                  "k.permohonan_id WHERE a.nomor = '%s';" % nomor) == [["0"]]
    assert requests.get(server.url + "/ppid/arsip/" + nomor, timeout=10).status_code == 404
    assert nomor not in listed(public(server, q="Tahan"))
    assert nomor not in listed(public(server, tahun=str(YEAR)))
    assert audit_rows(db, "permohonan", nomor, "arsip_tahan")
    page = utama.get(server.url + "/ppid/admin/arsip/" + nomor, timeout=10).text
    assert "ditahan" in page and "Memuat daftar nama penerima bantuan." in page
    # Published again: back in the archive.
    assert publish(utama, server, nomor, "Daftar penerima bantuan RTLH Desa Tahan.") \
        .status_code == 303
    assert nomor in listed(public(server, q="Tahan"))


def test_scope_and_roles(server, db, petugas):
    nomor = hand_request(db, "Jadwal vaksinasi puskesmas Lingkup.", opd="dinkes")
    dinsos, dinkes = petugas["arsip.dinsos"], petugas["arsip.dinkes"]
    # Another OPD's officer: 404 on the page and on the steps.
    assert dinsos.get(server.url + "/ppid/admin/arsip/" + nomor, timeout=10).status_code == 404
    assert publish(dinsos, server, nomor, "x").status_code == 404
    assert nomor not in dinsos.get(server.url + "/ppid/admin/arsip", timeout=10).text
    # The Atasan does not publish; the public cannot reach the staff pages.
    assert petugas["arsip.atasan"].get(server.url + "/ppid/admin/arsip",
                                       timeout=10).status_code == 403
    assert requests.get(server.url + "/ppid/admin/arsip/" + nomor, allow_redirects=False,
                        timeout=10).status_code in (302, 303, 401, 403)
    # The OPD's own officer may publish.
    assert nomor in dinkes.get(server.url + "/ppid/admin/arsip", timeout=10).text
    assert publish(dinkes, server, nomor, "Jadwal vaksinasi puskesmas Lingkup.").status_code == 303
    # No notice yet: refused.
    open_nomor = hand_request(db, "Belum dijawab Lingkup.")
    db.sql("DELETE FROM pemberitahuan WHERE nomor = 'PT-%s';" % open_nomor)
    assert publish(petugas["arsip.utama"], server, open_nomor, "x").status_code == 409
    # Without the CSRF token nothing changes.
    r = post(dinkes, server, "/ppid/admin/arsip/%s/tahan" % nomor, {"alasan": "x"}, csrf="salah")
    assert r.status_code == 403
    assert db.sql("SELECT status FROM arsip WHERE nomor = '%s';" % nomor) == [["terbit"]]


# ---- the public archive ---------------------------------------------------------


def test_search_filters_paging_and_xml(server, db, petugas):
    utama = petugas["arsip.utama"]
    mine = []
    for i in range(23):
        opd = "dinkes" if i % 2 else "dinsos"
        keputusan = "ditolak_dikecualikan" if i % 5 == 0 else "diberikan_seluruhnya"
        nomor = hand_request(db, "Data zorblatt ke-%d" % i, opd=opd, keputusan=keputusan,
                             pasal17="h" if keputusan.startswith("ditolak") else None,
                             notice="2036-04-%02d 03:00:00" % (i + 1))
        assert publish(utama, server, nomor, "Permintaan data zorblatt nomor %d" % i) \
            .status_code == 303
        mine.append((nomor, opd, keputusan))

    # Search by a word: all 23 over two pages of 20, newest notice first.
    first = public(server, q="zorblatt")
    assert "<strong>23</strong>" in first.text
    page1 = listed(first)
    page2 = listed(public(server, q="zorblatt", halaman="2"))
    assert len(page1) == 20 and len(page2) == 3
    assert page1 + page2 == [n for n, _, _ in reversed(mine)]
    # A page past the end shows the last page; case does not matter.
    assert listed(public(server, q="ZORBLATT", halaman="99")) == page2
    # Every word must be there; a word no published request has finds none.
    assert listed(public(server, q="zorblatt tidakadakatanya")) == []
    # Operators of the boolean syntax are not passed on.
    assert len(listed(public(server, q='-zorblatt "(*'))) == 20

    dinkes = str(opd_id(db, "dinkes"))
    got = listed(public(server, q="zorblatt", opd=dinkes))
    assert sorted(got) == sorted(n for n, o, _ in mine if o == "dinkes")
    refused = listed(public(server, q="zorblatt", keputusan="ditolak_dikecualikan"))
    assert sorted(refused) == sorted(n for n, _, k in mine if k == "ditolak_dikecualikan")
    page = public(server, "/ppid/arsip/" + refused[0])
    assert "Pasal 17 huruf h" in page.text and "rahasia pribadi" in page.text
    # Browsing by year (kept per process) includes them, paged.
    browse = public(server, tahun=str(YEAR), keputusan="ditolak_dikecualikan")
    assert set(refused) <= set(listed(browse))

    # XML: valid against the schema, the filters named, no form.
    x = public(server, "/ppid/arsip.xml", q="zorblatt", halaman="2")
    doc = etree.fromstring(x.content)
    schema = etree.XMLSchema(etree.parse(os.path.join(SCHEMA, "arsip.xsd")))
    assert schema.validate(doc), schema.error_log
    assert doc.find("saring").get("q") == "zorblatt"
    assert [e.get("nomor") for e in doc.findall("permohonan")] == page2
    one = etree.fromstring(public(server, "/ppid/arsip/%s.xml" % refused[0]).content)
    assert schema.validate(one), schema.error_log
    assert one.find("pasal17").get("huruf") == "h"
    assert public(server, "/ppid/skema/arsip.xsd").content.startswith(b"<?xml")
    csv = public(server, "/ppid/arsip.csv", q="zorblatt").content.decode("utf-8-sig")
    assert len([ln for ln in csv.splitlines() if "zorblatt" in ln]) == 20


def test_archive_is_linked_and_listed_in_the_catalogue(server):
    assert 'href="/ppid/arsip"' in public(server, "/ppid/").text
    catalogue = public(server, "/ppid/katalog.jsonld").text
    assert "/ppid/arsip.xml" in catalogue and "/ppid/skema/arsip.xsd" in catalogue
    assert requests.get(server.url + "/ppid/arsip/2036-99999x", timeout=10).status_code == 404
    assert requests.get(server.url + "/ppid/arsip/2036-999999", timeout=10).status_code == 404


# ---- cari dulu ----------------------------------------------------------------


def test_cari_dulu_without_javascript(server, db, petugas):
    utama = petugas["arsip.utama"]
    nomor = hand_request(db, "Peta jalur evakuasi kwartzel di Kecamatan Uji.")
    assert publish(utama, server, nomor, "Peta jalur evakuasi kwartzel Kecamatan Uji.") \
        .status_code == 303
    uid = db.sql("SELECT id FROM pengguna WHERE username = 'arsip.utama';")[0][0]
    db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
           "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, status, "
           "dimutakhirkan_pada, diterbitkan_pada, dibuat_oleh) VALUES (%s, 'DIP-KWARTZEL', "
           "'setiap_saat', 'Rencana kontinjensi kwartzel kabupaten', 'Kepala Pelaksana', "
           "'Sekretaris', '2036', 'PDF', '5 tahun', %d, 'terbit', UTC_TIMESTAMP(), "
           "UTC_TIMESTAMP(), %s);" % (opd_id(db, "dinsos"), YEAR, uid))
    # The form's first step: a GET form to /ppid/cari-dulu, no script needed.
    form = public(server, "/ppid/permohonan/baru").text
    assert 'action="/ppid/cari-dulu"' in form and 'name="q"' in form
    assert '<script src="/ppid/aset/cari-dulu.js"' in form
    page = public(server, "/ppid/cari-dulu", q="Saya mohon data kwartzel tahun ini").text
    assert 'href="/ppid/arsip/%s"' % nomor in page
    assert "Rencana kontinjensi kwartzel kabupaten" in page
    # On to the form with the words kept in the request's details.
    more = re.search(r'class="tombol" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    form = public(server, more).text
    assert re.search(r'<textarea id="rincian" name="rincian"[^>]*>Saya mohon data kwartzel '
                     r'tahun ini</textarea>', form)
    # XML for the script; nothing for filler words only.
    x = etree.fromstring(public(server, "/ppid/cari-dulu.xml", q="kwartzel").content)
    assert [a.get("nomor") for a in x.iter("arsip")] == [nomor]
    assert [d.get("nomor") for d in x.iter("dip")] == ["DIP-KWARTZEL"]
    empty = etree.fromstring(public(server, "/ppid/cari-dulu.xml", q="saya mohon data").content)
    assert empty.find("cari_dulu").get("kosong") == "1"
    js = requests.get(server.url + "/ppid/aset/cari-dulu.js", timeout=10)
    assert js.status_code == 200 and js.headers["Content-Type"].startswith("text/javascript")
    assert "script-src 'self'" in js.headers["Content-Security-Policy"]


def test_a_search_counts_up_to_a_thousand(server, db, petugas):
    """A search stops counting past 1000 (the page says "more than"): 1005
    published requests with one word, written by hand."""
    uid = db.sql("SELECT id FROM pengguna WHERE username = 'arsip.utama';")[0][0]
    first = int(db.sql("SELECT COALESCE(MAX(id), 0) FROM permohonan;")[0][0]) + 1
    base = int(db.sql("SELECT COALESCE(MAX(CAST(SUBSTRING(nomor, 6) AS UNSIGNED)), 0) "
                      "FROM permohonan WHERE tahun = %d;" % YEAR)[0][0])
    rows = ["(%d, '%d-%06d', %d, REPEAT('c', 64), 'perorangan', 'X', '3604010000000000', "
            "'x', '0812', 'x', 'x', 'x', 'melihat', 'pos', 'web', '2036-06-01 02:00:00', "
            "'2036-06-01', '2036-06-15', 'selesai')" % (first + i, YEAR, base + 1 + i, YEAR)
            for i in range(1005)]
    db.sql("INSERT INTO permohonan (id, nomor, tahun, kode_hash, jenis_pemohon, nama, nik, "
           "alamat, telepon, pekerjaan, rincian, tujuan, cara_memperoleh, cara_salinan, kanal, "
           "diterima_pada, hari_nol, jatuh_tempo, status) VALUES %s;" % ", ".join(rows))
    db.sql("INSERT INTO arsip (permohonan_id, nomor, tahun, status, teks, keputusan, "
           "diterima, diputus, hari_kerja, diubah_oleh, diubah_pada) SELECT id, nomor, tahun, "
           "'terbit', 'Laporan quendrix', 'diberikan_seluruhnya', '2036-06-01', '2036-06-08', "
           "5, %s, UTC_TIMESTAMP() FROM permohonan WHERE id >= %d;" % (uid, first))
    db.sql("INSERT INTO arsip_kata (kata, diputus, permohonan_id) SELECT 'quendrix', "
           "'2036-06-08', id FROM permohonan WHERE id >= %d;" % first)
    r = public(server, q="quendrix")
    assert "Lebih dari <strong>1000</strong>" in r.text and len(listed(r)) == 20
    x = etree.fromstring(public(server, "/ppid/arsip.xml", q="quendrix", halaman="50").content)
    assert x.get("total") == "1000" and x.get("lebih") == "true"
    assert len(x.findall("permohonan")) == 20
    assert x.find("halaman_daftar").get("jumlah_halaman") == "50"


def two_published(server, db, utama, teks):
    """Two requests answered by hand and published with the same text."""
    pair = hand_request(db, teks), hand_request(db, teks.replace("Data", "Data lain"))
    for n in pair:
        assert publish(utama, server, n, teks).status_code == 303
    return pair


def test_a_kept_search_changes_at_once_when_an_entry_is_withheld(server, db, petugas):
    """Searches are kept per process until the archive changes: every
    process must answer the withholding at once (each search asked several
    times, so every child has kept it), in HTML and XML alike."""
    utama = petugas["arsip.utama"]
    nomor, other = two_published(server, db, utama, "Data irigasi Desa Simpanwarta.")

    def seen():
        found = set()
        for _ in range(12):
            found |= set(listed(public(server, q="simpanwarta irigasi")))
            x = etree.fromstring(public(server, "/ppid/arsip.xml", q="simpanwarta").content)
            found |= {e.get("nomor") for e in x.findall("permohonan")}
        return found

    assert seen() == {nomor, other}
    r = post(utama, server, "/ppid/admin/arsip/%s/tahan" % nomor,
             {"alasan": "Memuat nama penerima."})
    assert r.status_code == 303
    assert seen() == {other}
    # Withheld by hand in SQL (not through the module): the same.
    db.sql("BEGIN; DELETE k FROM arsip_kata k JOIN arsip a ON a.permohonan_id = "
           "k.permohonan_id WHERE a.nomor = '%s'; UPDATE arsip SET status = 'ditahan', "
           "teks = NULL, alasan_tahan = 'x' WHERE nomor = '%s'; COMMIT;" % (other, other))
    assert seen() == set()
    assert publish(utama, server, nomor, "Data irigasi Desa Simpanwarta.").status_code == 303
    assert seen() == {nomor}


def test_an_entry_withheld_by_hand_with_its_words_left_is_found_by_no_search(
        server, db, petugas):
    """The search statements keep published entries themselves: withheld
    in SQL by an UPDATE of arsip alone (what its CHECK asks: the status,
    no text, a reason), the words left in arsip_kata, an entry leaves every
    search (one word, several, with a filter, the form's first step) and
    its counts, in every process at once (the trigger bumps the archive's
    version)."""
    nomor, other = two_published(server, db, petugas["arsip.utama"],
                                 "Data tambak Desa Wirakarsa.")

    def seen():
        found, totals = set(), set()
        for _ in range(12):
            found |= set(listed(public(server, q="wirakarsa tambak")))
            for params in ({"q": "wirakarsa"}, {"q": "tambak wirakarsa", "tahun": str(YEAR)},
                           {"q": "wirakarsa", "keputusan": "diberikan_seluruhnya"}):
                x = etree.fromstring(public(server, "/ppid/arsip.xml", **params).content)
                found |= {e.get("nomor") for e in x.findall("permohonan")}
                totals.add(x.get("total"))
            x = etree.fromstring(public(server, "/ppid/cari-dulu.xml", q="wirakarsa").content)
            found |= {a.get("nomor") for a in x.iter("arsip")}
        return found, totals

    assert seen() == ({nomor, other}, {"2"})
    versi = db.sql("SELECT versi FROM versi_data WHERE nama = 'arsip';")[0][0]
    db.sql("UPDATE arsip SET status = 'ditahan', teks = NULL, alasan_tahan = 'x' "
           "WHERE nomor = '%s';" % other)
    assert db.sql("SELECT versi FROM versi_data WHERE nama = 'arsip';")[0][0] != versi
    assert db.sql("SELECT COUNT(*) FROM arsip_kata k JOIN arsip a ON a.permohonan_id = "
                  "k.permohonan_id WHERE a.nomor = '%s';" % other)[0][0] != "0"
    assert seen() == ({nomor}, {"1"})
