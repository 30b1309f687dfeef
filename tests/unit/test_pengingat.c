/* Unit tests for sialip-kirim's schedules and reminder texts (requests,
 * objections, innovation monitoring reports) (tools/jadwal.c,
 * tools/pengingat_isi.c), on the 2026 calendar. */
#include "unit.h"

#include <string.h>

#include <apr_strings.h>

#include "calendar.h"
#include "jadwal.h"
#include "pengingat_isi.h"

typedef struct {
    apr_pool_t *pool;
    sl_calendar *cal;
} fixture;

static int setup(void **state)
{
    static fixture f;
    /* The March-April 2026 holidays of the seed (Nyepi, Idul Fitri and its
     * cuti bersama, Good Friday). */
    sl_holiday holidays[] = {
        {sl_day_from_ymd(2026, 3, 18), "Cuti Bersama Nyepi"},
        {sl_day_from_ymd(2026, 3, 19), "Nyepi"},
        {sl_day_from_ymd(2026, 3, 20), "Idul Fitri"},
        {sl_day_from_ymd(2026, 3, 23), "Cuti Bersama Idul Fitri"},
        {sl_day_from_ymd(2026, 3, 24), "Cuti Bersama Idul Fitri"},
        {sl_day_from_ymd(2026, 4, 3), "Wafat Yesus Kristus"},
    };
    apr_initialize();
    if (apr_pool_create(&f.pool, NULL) != APR_SUCCESS)
        return -1;
    f.cal = sl_calendar_make(f.pool, holidays, 6, 16 * 60);
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    apr_pool_destroy(f->pool);
    apr_terminate();
    return 0;
}

/* Unix seconds of a WIB date and time. */
static int64_t wib(int y, int m, int d, int hh, int mm)
{
    return (int64_t)sl_day_from_ymd(y, m, d) * 86400 + hh * 3600 + mm * 60
           - SL_WIB_OFFSET_SECONDS;
}

static void test_backoff_schedule(void **state)
{
    (void)state;
    assert_int_equal(sk_backoff_seconds(1), 60);
    assert_int_equal(sk_backoff_seconds(2), 120);
    assert_int_equal(sk_backoff_seconds(3), 240);
    assert_int_equal(sk_backoff_seconds(4), 480);
    assert_int_equal(sk_backoff_seconds(9), 256 * 60);
    assert_int_equal(sk_backoff_seconds(10), 6 * 3600);     /* capped */
    assert_int_equal(sk_backoff_seconds(11), 6 * 3600);
    assert_int_equal(sk_backoff_seconds(1000000), 6 * 3600);
    assert_int_equal(sk_backoff_seconds(0), 60);
}

static void test_near_and_overdue(void **state)
{
    fixture *f = *state;
    sl_day due = sl_day_from_ymd(2026, 4, 6);     /* Monday */
    /* The moment of the run, the reminder due then and the working days
     * left (-1: not checked). */
    const struct {
        int64_t now;
        int want, sisa;
    } cases[] = {
        /* Wednesday 1 April, 07:00: Thursday, then Friday 3 April is Good
         * Friday, Monday: 2 working days. */
        {wib(2026, 4, 1, 7, 0), SK_PENGINGAT_DEKAT, 2},
        /* Tuesday 31 March: 3 working days, too early. */
        {wib(2026, 3, 31, 7, 0), SK_PENGINGAT_TIDAK, -1},
        /* After the 16:00 cut-off on Tuesday the office counts from Wednesday. */
        {wib(2026, 3, 31, 16, 0), SK_PENGINGAT_DEKAT, 2},
        /* Saturday 4 April: the counting day is Monday, the due date. */
        {wib(2026, 4, 4, 7, 0), SK_PENGINGAT_DEKAT, 0},
        /* On the day itself, even after the cut-off, it is not late yet. */
        {wib(2026, 4, 6, 17, 0), SK_PENGINGAT_DEKAT, 0},
        /* The next day it is overdue. */
        {wib(2026, 4, 7, 0, 1), SK_PENGINGAT_TERLAMBAT, 0},
        /* 23:59 WIB on the 6th is 16:59 UTC: still the due day in WIB. */
        {wib(2026, 4, 6, 23, 59), SK_PENGINGAT_DEKAT, -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int sisa = -1;
        int got = (int)sk_pengingat_untuk(f->cal, cases[i].now, due, &sisa);
        if (got != cases[i].want || (cases[i].sisa >= 0 && sisa != cases[i].sisa))
            fail_msg("case %zu: reminder %d with %d days left, want %d and %d", i, got,
                     sisa, cases[i].want, cases[i].sisa);
    }
    /* Today is the WIB date: 06:59 WIB is still the day before in UTC. */
    assert_int_equal(sk_hari_ini(wib(2026, 1, 1, 6, 59)), sl_day_from_ymd(2026, 1, 1));
    assert_int_equal(sk_hari_ini(wib(2025, 12, 31, 23, 59)), sl_day_from_ymd(2025, 12, 31));
}

static void test_query_limit(void **state)
{
    fixture *f = *state;
    /* Wednesday 1 April: Thursday 2 and Monday 6 are the two working days;
     * everything before the third (Tuesday 7) may need a reminder. */
    assert_int_equal(sk_pengingat_batas(f->cal, wib(2026, 4, 1, 7, 0)),
                     sl_day_from_ymd(2026, 4, 6));
    /* Friday 13 March: Monday 16, Tuesday 17, then Nyepi and Idul Fitri
     * until Wednesday 25: a holiday-entered due date up to the 24th counts. */
    assert_int_equal(sk_pengingat_batas(f->cal, wib(2026, 3, 13, 7, 0)),
                     sl_day_from_ymd(2026, 3, 24));
    assert_string_equal(sk_pengingat_nama(SK_PENGINGAT_DEKAT), "dekat");
    assert_string_equal(sk_pengingat_nama(SK_PENGINGAT_TERLAMBAT), "terlambat");
}

static void test_request_reminder_text(void **state)
{
    fixture *f = *state;
    apr_pool_t *p = f->pool;
    sk_pengingat r = {SK_OBJEK_PERMOHONAN, SK_PENGINGAT_DEKAT, "2026-000123", NULL,
                      sl_day_from_ymd(2026, 4, 6), 0, 2,
                      "https://ppid.example/ppid/admin/permohonan/2026-000123"};
    sk_surel s;

    sk_pengingat_susun(p, &r, &s);
    assert_string_equal(s.subjek,
                        "Pengingat: permohonan 2026-000123 jatuh tempo Senin, 6 April 2026");
    UNIT_EXPECT_IN(s.teks,
        "paling lambat Senin, 6 April 2026.",
        "Tersisa 2 hari kerja lagi.",
        "\nhttps://ppid.example/ppid/admin/permohonan/2026-000123\n");
    assert_non_null(strstr(s.html, "<a href=\"https://ppid.example/ppid/admin/permohonan/"
                                   "2026-000123\">"));

    r.jenis = SK_PENGINGAT_TERLAMBAT;
    r.diperpanjang = 1;
    sk_pengingat_susun(p, &r, &s);
    assert_string_equal(s.subjek, "Terlambat: permohonan 2026-000123 melewati jatuh "
                                  "tempo Senin, 6 April 2026");
    assert_non_null(strstr(s.teks, "Senin, 6 April 2026 (setelah perpanjangan)."));

    r.jenis = SK_PENGINGAT_DEKAT;
    r.sisa = 0;
    sk_pengingat_susun(p, &r, &s);
    assert_non_null(strstr(s.teks, "hari kerja terakhir"));
}

static void test_objection_reminder_and_escaping(void **state)
{
    fixture *f = *state;
    apr_pool_t *p = f->pool;
    sk_pengingat r = {SK_OBJEK_KEBERATAN, SK_PENGINGAT_TERLAMBAT, "K-2026-0001",
                      "2026-000123", sl_day_from_ymd(2026, 5, 4), 0, 0,
                      "https://ppid.example/ppid/admin/permohonan/2026-000123#keberatan"
                      "\"><script>"};
    sk_surel s;

    sk_pengingat_susun(p, &r, &s);
    assert_string_equal(s.subjek, "Terlambat: keberatan K-2026-0001 melewati jatuh "
                                  "tempo Senin, 4 Mei 2026");
    assert_non_null(strstr(s.teks, "Keberatan nomor K-2026-0001 atas permohonan "
                                   "informasi nomor 2026-000123 belum diputus"));
    /* HTML is escaped by construction. */
    assert_null(strstr(s.html, "<script>"));
    assert_non_null(strstr(s.html, "#keberatan&quot;&gt;&lt;script&gt;"));

    r.jenis = SK_PENGINGAT_DEKAT;
    r.sisa = 1;
    sk_pengingat_susun(p, &r, &s);
    UNIT_EXPECT_IN(s.teks,
        "harus ditanggapi secara tertulis oleh Atasan PPID "
            "paling lambat Senin, 4 Mei 2026",
        "Tersisa 1 hari kerja lagi.");

    /* Ground b without a request. */
    r.nomor_permohonan = NULL;
    sk_pengingat_susun(p, &r, &s);
    assert_non_null(strstr(s.teks, "Keberatan nomor K-2026-0001 (informasi berkala tidak "
                                   "disediakan, tanpa permohonan) harus ditanggapi"));
}

static void test_innovation_reminder_text(void **state)
{
    fixture *f = *state;
    apr_pool_t *p = f->pool;
    sk_laporan_belum daftar[] = {
        {"Posyandu Digital", NULL,
         "https://ppid.example/inovasi/admin/inovasi/7/laporan/3"},
        {"Antar Obat Lansia", "draf",
         "https://ppid.example/inovasi/admin/inovasi/9/laporan/3"},
        {"Sapa Bidan <Desa> & \"Kader\"", "dikembalikan",
         "https://ppid.example/inovasi/admin/inovasi/12/laporan/3"},
    };
    sk_pengingat_inovasi r = {SK_PENGINGAT_DEKAT, NULL, "Dinas Kesehatan",
                              sl_day_from_ymd(2026, 4, 6), 2, daftar, 3,
                              "https://ppid.example/inovasi/dasbor?tahun=2026"};
    sk_surel s;

    r.periode = sk_nama_periode(p, "triwulan", "1", "2026");
    assert_string_equal(r.periode, "Triwulan 1 2026");
    assert_string_equal(sk_nama_periode(p, "semester", "2", "2025"), "Semester 2 2025");

    sk_pengingat_inovasi_susun(p, &r, &s);
    assert_string_equal(s.subjek, "Pengingat: laporan monitoring inovasi Triwulan 1 2026 "
                                  "jatuh tempo Senin, 6 April 2026");
    UNIT_EXPECT_IN(s.teks,
        "Laporan monitoring Triwulan 1 2026 harus diajukan "
            "paling lambat Senin, 6 April 2026. Laporan inovasi "
            "Dinas Kesehatan berikut belum diajukan:\n\n"
            "- Posyandu Digital (belum dibuat)\n"
            "  https://ppid.example/inovasi/admin/inovasi/7/laporan/3\n"
            "- Antar Obat Lansia (masih draf)\n",
        "(dikembalikan untuk diperbaiki)",
        "Tersisa 2 hari kerja lagi.",
        "\nhttps://ppid.example/inovasi/dasbor?tahun=2026\n",
        "petugas inovasi OPD");
    assert_null(strstr(s.teks, "lainnya"));
    /* HTML: one link per innovation, names escaped by construction. */
    assert_non_null(strstr(s.html, "<li><a href=\"https://ppid.example/inovasi/admin/"
                                   "inovasi/7/laporan/3\">Posyandu Digital</a> "
                                   "(belum dibuat)</li>"));
    assert_null(strstr(s.html, "<Desa>"));
    UNIT_EXPECT_IN(s.html,
        "Sapa Bidan &lt;Desa&gt; &amp; &quot;Kader&quot;",
        "<a href=\"https://ppid.example/inovasi/dasbor?"
            "tahun=2026\">");

    r.jenis = SK_PENGINGAT_TERLAMBAT;
    r.sisa = 0;
    sk_pengingat_inovasi_susun(p, &r, &s);
    assert_string_equal(s.subjek, "Terlambat: laporan monitoring inovasi Triwulan 1 2026 "
                                  "melewati batas Senin, 6 April 2026");
    UNIT_EXPECT_IN(s.teks,
        "Batas pengajuan laporan monitoring Triwulan 1 2026 "
            "sudah lewat (Senin, 6 April 2026).",
        "Mohon segera lengkapi dan ajukan laporannya");
    assert_null(strstr(s.teks, "Tersisa"));
}

static void test_innovation_reminder_list_is_capped(void **state)
{
    fixture *f = *state;
    apr_pool_t *p = f->pool;
    sk_laporan_belum daftar[SK_INOVASI_DAFTAR_MAKS + 3];
    sk_pengingat_inovasi r = {SK_PENGINGAT_DEKAT, "Semester 1 2026", "Dinas Pertanian",
                              sl_day_from_ymd(2026, 7, 10), 0, daftar,
                              SK_INOVASI_DAFTAR_MAKS + 3,
                              "https://ppid.example/inovasi/dasbor?tahun=2026"};
    sk_surel s;
    const char *at;
    int i, n = 0;

    for (i = 0; i < SK_INOVASI_DAFTAR_MAKS + 3; i++) {
        daftar[i].nama = apr_psprintf(p, "Inovasi %02d", i + 1);
        daftar[i].status = NULL;
        daftar[i].tautan = apr_psprintf(p, "https://ppid.example/inovasi/admin/inovasi/"
                                        "%d/laporan/5", i + 1);
    }
    sk_pengingat_inovasi_susun(p, &r, &s);
    for (at = s.teks; (at = strstr(at, "\n- Inovasi ")) != NULL; at++) {
        n++;
    }
    assert_int_equal(n, SK_INOVASI_DAFTAR_MAKS);
    assert_non_null(strstr(s.teks, "Inovasi 25 (belum dibuat)"));
    assert_null(strstr(s.teks, "Inovasi 26"));
    assert_non_null(strstr(s.teks, "... dan 3 inovasi lainnya."));
    assert_non_null(strstr(s.html, "<li>... dan 3 inovasi lainnya.</li>"));
    assert_non_null(strstr(s.teks, "hari kerja terakhir"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_backoff_schedule),
        cmocka_unit_test(test_near_and_overdue),
        cmocka_unit_test(test_query_limit),
        cmocka_unit_test(test_request_reminder_text),
        cmocka_unit_test(test_objection_reminder_and_escaping),
        cmocka_unit_test(test_innovation_reminder_text),
        cmocka_unit_test(test_innovation_reminder_list_is_capped),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
