"""IID evidence SIALIP already holds for the PPID service: channels, the
median working days to the written notice (on the holiday calendar), and
objections decided, computed from mod_sialip's tables with their source
shown.  Year 2049 (rows made here by SQL, as any writer would)."""
import datetime
import statistics

from test_inovasi_bantuan import staf, text_of  # noqa: F401

TAHUN = 2049
LIBUR = datetime.date(2049, 3, 3)


def hari_kerja(dari, sampai):
    """Working days after dari up to and including sampai."""
    n, d = 0, dari
    while d < sampai:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5 and d != LIBUR:
            n += 1
    return n


def test_ppid_figures_come_from_the_service_data(staf, db):
    # The rows are removed afterwards, so whole-database checks of other
    # files (every request has its filing audit row) never meet them.
    try:
        _ppid_figures(staf, db)
    finally:
        db.sql("DELETE k FROM keberatan k JOIN permohonan p ON p.id = k.permohonan_id "
               "WHERE p.tahun = %d;" % TAHUN)
        db.sql("DELETE n FROM pemberitahuan n JOIN permohonan p ON p.id = n.permohonan_id "
               "WHERE p.tahun = %d;" % TAHUN)
        db.sql("DELETE FROM permohonan WHERE tahun = %d;" % TAHUN)


def _ppid_figures(staf, db):
    user = db.sql("SELECT id FROM pengguna WHERE username = 'inov.eval1';")[0][0]
    db.sql("INSERT IGNORE INTO hari_libur (tanggal, jenis, nama) VALUES ('%s', "
           "'libur_nasional', 'Libur uji');" % LIBUR)
    start = datetime.date(2049, 3, 1)
    # kanal, day 0, notice date (None: not answered yet)
    rows = [("web", start, start + datetime.timedelta(days=1)),
            ("datang", start, start + datetime.timedelta(days=7)),
            ("email", start + datetime.timedelta(days=1), start + datetime.timedelta(days=4)),
            ("web", start, None)]
    for k, (kanal, nol, beri) in enumerate(rows, start=1):
        db.sql("INSERT INTO permohonan (nomor, tahun, kode_hash, jenis_pemohon, nama, nik, "
               "alamat, telepon, email, pekerjaan, rincian, tujuan, cara_memperoleh, "
               "cara_salinan, kanal, diterima_pada, hari_nol, jatuh_tempo, status) VALUES "
               "('2049-9%05d', 2049, SHA2('%d', 256), 'perorangan', 'Uji PPID', "
               "'3604010000000000', 'Jl. Uji', '0812', 'uji@contoh.id', 'Peneliti', "
               "'Rincian', 'Tujuan', 'salinan_softcopy', 'email', '%s', '%s 02:00:00', '%s', "
               "'%s', 'diterima');" % (k, k, kanal, nol, nol, nol + datetime.timedelta(days=14)))
        if beri:
            db.sql("INSERT INTO pemberitahuan (permohonan_id, nomor, keputusan, penguasaan, "
                   "informasi_diberikan, bentuk, cara_penyampaian, biaya, diterbitkan_oleh, "
                   "diterbitkan_pada) SELECT id, CONCAT('PT-', nomor), 'diberikan_seluruhnya', "
                   "'dikuasai', 'Dokumen', 'softcopy', 'email', 0, %s, '%s 03:00:00' FROM "
                   "permohonan WHERE nomor = '2049-9%05d';" % (user, beri, k))
    for k, status in enumerate(("diputus", "diterima"), start=1):
        db.sql("INSERT INTO keberatan (nomor, tahun, permohonan_id, alasan, uraian, "
               "diterima_pada, hari_nol, jatuh_tempo, status) SELECT 'K-2049-%04d', 2049, id, "
               "'a', 'Uraian', '2049-04-01 02:00:00', '2049-04-01', '2049-05-13', '%s' FROM "
               "permohonan WHERE nomor = '2049-900001';" % (k, status))

    days = [hari_kerja(nol, beri) for _, nol, beri in rows if beri]
    median = statistics.median(days)
    doc = staf("inov.pimpinan").xml("/inovasi/admin/iid/%d/ppid" % TAHUN)
    u = {x.get("nomor"): x for x in doc.findall("ukuran")}
    assert (u["27"].get("nilai"), u["27"].get("level")) == ("3", "3")
    assert {k.text: k.get("jumlah") for k in doc.findall("kanal")} == \
        {"web": "2", "datang": "1", "email": "1"}
    assert float(u["28"].get("nilai")) == median
    assert u["28"].get("level") == ("3" if median < 2 else "2" if median <= 5 else "1")
    assert "kalender hari libur" in u["28"].findtext("sumber") and "3 permohonan" in u["28"].findtext(
        "sumber")
    assert (u["29"].get("nilai"), u["29"].get("level")) == ("50.00", "1")
    assert "1 dari 2 keberatan" in u["29"].findtext("sumber")
    page = text_of(staf("inov.eval1").get("/inovasi/admin/iid/%d/ppid" % TAHUN).text)
    assert "Tabel permohonan, kolom kanal" in page and "bukan diketik" in page
    # A year without requests says so instead of inventing a figure.
    empty = staf("inov.eval1").xml("/inovasi/admin/iid/2050/ppid")
    assert {x.get("nomor"): x.get("level") for x in empty.findall("ukuran")} == \
        {"27": "0", "28": "0", "29": "0"}
