/* Unit tests for mod_sialip/statistik_hitung.c: service days on the real
 * 2025 calendar (Idul Fitri 1446 H), on time or late, the totals of a
 * report, medians, rates, and the geometry of the SVG bar charts. */
#include "unit.h"
#include <string.h>

#include "statistik_hitung.h"

static apr_pool_t *pool;

static int setup(void **state)
{
    int rc = unit_pool_setup(state);
    pool = rc == 0 ? *state : NULL;
    return rc;
}

static sl_day d(int y, int m, int dd)
{
    return sl_day_from_ymd(y, m, dd);
}

/* sql/seed/hari-libur.csv, 28 March - 7 April 2025. */
static const sl_calendar *lebaran_2025(void)
{
    static const sl_holiday h[] = {
        {0, "Cuti bersama Hari Suci Nyepi"}, {0, "Hari Suci Nyepi"},
        {0, "Idul Fitri 1446 H"}, {0, "Idul Fitri 1446 H"},
        {0, "Cuti bersama Idul Fitri"}, {0, "Cuti bersama Idul Fitri"},
        {0, "Cuti bersama Idul Fitri"}, {0, "Cuti bersama Idul Fitri"},
    };
    static const int days[][3] = {
        {2025, 3, 28}, {2025, 3, 29}, {2025, 3, 31}, {2025, 4, 1},
        {2025, 4, 2}, {2025, 4, 3}, {2025, 4, 4}, {2025, 4, 7},
    };
    sl_holiday list[8];
    int i;
    for (i = 0; i < 8; i++) {
        list[i] = h[i];
        list[i].day = d(days[i][0], days[i][1], days[i][2]);
    }
    return sl_calendar_make(pool, list, 8, 16 * 60);
}

static void test_outcome_codes(void **state)
{
    int i;
    for (i = 0; i < ST_KEPUTUSAN_N; i++) {
        assert_int_equal(st_keputusan_indeks(st_keputusan_kode(i)), i);
    }
    assert_int_equal(st_keputusan_indeks("diberikan_seluruhnya"), ST_DIBERIKAN_SELURUHNYA);
    assert_int_equal(st_keputusan_indeks("ditolak_prosedural"), ST_DITOLAK_PROSEDURAL);
    assert_int_equal(st_keputusan_indeks("bukan"), -1);
    assert_int_equal(st_keputusan_indeks(NULL), -1);
    assert_null(st_keputusan_kode(ST_KEPUTUSAN_N));
}

static void test_buckets(void **state)
{
    assert_int_equal(st_kelompok(0), 0);
    assert_int_equal(st_kelompok(5), 0);
    assert_int_equal(st_kelompok(6), 1);
    assert_int_equal(st_kelompok(10), 1);
    assert_int_equal(st_kelompok(11), 2);
    assert_int_equal(st_kelompok(17), 2);
    assert_int_equal(st_kelompok(18), 3);
    assert_int_equal(st_kelompok(400), 3);
}

static void test_filling_from_stored_columns(void **state)
{
    st_permohonan p;

    /* Received 26 March 2025 10:00 WIB (03:00 UTC); notice 8 April 2025
     * 09:00 WIB; extended. */
    assert_int_equal(st_permohonan_isi(&p, "2025-03-26 03:00:00", "2025-03-26",
                                       "2025-04-14", "2025-04-23",
                                       "ditolak_dikecualikan", "2025-04-08 02:00:00",
                                       "h"), 0);
    assert_int_equal(p.bulan, 3);
    assert_int_equal(p.diterima, d(2025, 3, 26));
    assert_int_equal(p.hari_nol, d(2025, 3, 26));
    assert_int_equal(p.tempo, d(2025, 4, 23));
    assert_true(p.diperpanjang);
    assert_true(p.dijawab);
    assert_int_equal(p.tanggal_pemberitahuan, d(2025, 4, 8));
    assert_string_equal(p.keputusan, "ditolak_dikecualikan");
    assert_int_equal(p.pasal17, 'h');

    /* 31 January 23:30 WIB is 16:30 UTC the same day: January. */
    assert_int_equal(st_permohonan_isi(&p, "2025-01-31 16:30:00", "2025-02-03",
                                       "2025-02-17", NULL, NULL, NULL, NULL), 0);
    assert_int_equal(p.bulan, 1);
    /* 31 January 17:30 UTC is 1 February 00:30 WIB. */
    assert_int_equal(st_permohonan_isi(&p, "2025-01-31 17:30:00", "2025-02-03",
                                       "2025-02-17", NULL, NULL, NULL, NULL), 0);
    assert_int_equal(p.bulan, 2);
    assert_int_equal(p.diterima, d(2025, 2, 1));
    assert_false(p.dijawab);
    assert_false(p.diperpanjang);
    assert_null(p.keputusan);

    assert_int_equal(st_permohonan_isi(&p, NULL, "2025-02-03", "2025-02-17",
                                       NULL, NULL, NULL, NULL), -1);
    assert_int_equal(st_permohonan_isi(&p, "2025-01-31 17:30:00", "kemarin",
                                       "2025-02-17", NULL, NULL, NULL, NULL), -1);
    assert_int_equal(st_permohonan_isi(&p, "2025-01-31 17:30:00", "2025-02-03",
                                       "2025-02-17", NULL, "diberikan_seluruhnya",
                                       "bukan waktu", NULL), -1);
    /* An unknown letter is not a Pasal 17 ground. */
    assert_int_equal(st_permohonan_isi(&p, "2025-01-31 17:30:00", "2025-02-03",
                                       "2025-02-17", NULL, "ditolak_dikecualikan",
                                       "2025-02-05 02:00:00", "z"), 0);
    assert_int_equal(p.pasal17, 0);
}

static void test_service_days_skip_lebaran(void **state)
{
    const sl_calendar *cal = lebaran_2025();
    st_permohonan p;

    /* Day 0 Wednesday 26 March; working days after it: 27 March, then 8
     * April (28 March - 7 April are weekends and holidays). */
    assert_int_equal(st_permohonan_isi(&p, "2025-03-26 03:00:00", "2025-03-26",
                                       "2025-04-14", NULL, "diberikan_seluruhnya",
                                       "2025-04-08 02:00:00", NULL), 0);
    assert_int_equal(st_hari_layanan(cal, &p), 2);
    assert_int_equal(st_ketepatan_of(&p, d(2026, 1, 1)), ST_TEPAT_WAKTU);

    /* The notice on day 0 itself: no working day taken. */
    p.tanggal_pemberitahuan = d(2025, 3, 26);
    assert_int_equal(st_hari_layanan(cal, &p), 0);
    /* Issued on a holiday after day 0 counts up to the last working day. */
    p.tanggal_pemberitahuan = d(2025, 4, 1);
    assert_int_equal(st_hari_layanan(cal, &p), 1);
    /* After the due date: late. */
    p.tanggal_pemberitahuan = d(2025, 4, 15);
    assert_int_equal(st_hari_layanan(cal, &p), 7);
    assert_int_equal(st_ketepatan_of(&p, d(2026, 1, 1)), ST_TERLAMBAT);
    /* On the due date: on time. */
    p.tanggal_pemberitahuan = d(2025, 4, 14);
    assert_int_equal(st_ketepatan_of(&p, d(2026, 1, 1)), ST_TEPAT_WAKTU);

    /* No notice: open, then overdue once the due date has passed. */
    p.dijawab = 0;
    assert_int_equal(st_hari_layanan(cal, &p), -1);
    assert_int_equal(st_ketepatan_of(&p, d(2025, 4, 14)), ST_BELUM_JATUH_TEMPO);
    assert_int_equal(st_ketepatan_of(&p, d(2025, 4, 15)), ST_LEWAT_TEMPO);
}

static st_permohonan answered(sl_day day0, sl_day due, sl_day notice, const char *k,
                              char pasal17)
{
    st_permohonan p;
    memset(&p, 0, sizeof(p));
    p.bulan = 5;
    p.hari_nol = day0;
    p.tempo = due;
    p.dijawab = 1;
    p.tanggal_pemberitahuan = notice;
    p.keputusan = k;
    p.pasal17 = pasal17;
    return p;
}

static void test_totals(void **state)
{
    /* Weekends only: May 2025 with no holiday in the list. */
    const sl_calendar *cal = sl_calendar_make(pool, NULL, 0, 960);
    sl_day today = d(2025, 6, 30);
    st_rekap rk;
    st_permohonan p;
    st_ketepatan ket;

    st_rekap_init(&rk, pool);
    assert_int_equal(st_rekap_median(&rk), -1);
    assert_int_equal(st_rekap_tepat_persen(&rk), -1);
    assert_int_equal(st_rekap_rata(&rk), -1);

    /* Monday 5 May; due Monday 19 May. */
    p = answered(d(2025, 5, 5), d(2025, 5, 19), d(2025, 5, 7), "diberikan_seluruhnya", 0);
    assert_int_equal(st_rekap_tambah(&rk, cal, today, &p, &ket), 2);
    assert_int_equal(ket, ST_TEPAT_WAKTU);
    p = answered(d(2025, 5, 5), d(2025, 5, 19), d(2025, 5, 16), "diberikan_sebagian", 0);
    assert_int_equal(st_rekap_tambah(&rk, cal, today, &p, NULL), 9);
    p = answered(d(2025, 5, 5), d(2025, 5, 19), d(2025, 5, 21), "ditolak_dikecualikan", 'a');
    assert_int_equal(st_rekap_tambah(&rk, cal, today, &p, &ket), 12);
    assert_int_equal(ket, ST_TERLAMBAT);
    p = answered(d(2025, 5, 5), d(2025, 5, 28), d(2025, 5, 5), "ditolak_prosedural", 0);
    p.diperpanjang = 1;
    assert_int_equal(st_rekap_tambah(&rk, cal, today, &p, NULL), 0);
    /* Open: one overdue, one not yet due. */
    memset(&p, 0, sizeof(p));
    p.bulan = 6;
    p.hari_nol = d(2025, 6, 2);
    p.tempo = d(2025, 6, 16);
    assert_int_equal(st_rekap_tambah(&rk, cal, today, &p, &ket), -1);
    assert_int_equal(ket, ST_LEWAT_TEMPO);
    p.tempo = d(2025, 7, 14);
    st_rekap_tambah(&rk, cal, today, &p, &ket);
    assert_int_equal(ket, ST_BELUM_JATUH_TEMPO);

    assert_int_equal(rk.jumlah, 6);
    assert_int_equal(rk.dijawab, 4);
    assert_int_equal(rk.per_bulan[4], 4);
    assert_int_equal(rk.per_bulan[5], 2);
    assert_int_equal(rk.keputusan[ST_DIBERIKAN_SELURUHNYA], 1);
    assert_int_equal(rk.keputusan[ST_DIBERIKAN_SEBAGIAN], 1);
    assert_int_equal(rk.keputusan[ST_DITOLAK_DIKECUALIKAN], 1);
    assert_int_equal(rk.keputusan[ST_DITOLAK_PROSEDURAL], 1);
    assert_int_equal(rk.pasal17[0], 1);
    assert_int_equal(rk.tepat_waktu, 3);
    assert_int_equal(rk.terlambat, 1);
    assert_int_equal(rk.lewat_tempo, 1);
    assert_int_equal(rk.belum_jatuh_tempo, 1);
    assert_int_equal(rk.diperpanjang, 1);
    assert_int_equal(rk.hari_min, 0);
    assert_int_equal(rk.hari_maks, 12);
    assert_int_equal(rk.kelompok[0], 2);   /* 0, 2 */
    assert_int_equal(rk.kelompok[1], 1);   /* 9 */
    assert_int_equal(rk.kelompok[2], 1);   /* 12 */
    assert_int_equal(rk.kelompok[3], 0);
    /* days 0, 2, 9, 12: median (2 + 9) / 2 = 5.5; mean 23 / 4 = 5.75 -> 5.8 */
    assert_int_equal(st_rekap_median(&rk), 55);
    assert_int_equal(st_rekap_rata(&rk), 58);
    /* on time 3 of (3 + 1 late + 1 overdue) = 60% */
    assert_int_equal(st_rekap_tepat_persen(&rk), 600);
}

static void test_median_and_rates(void **state)
{
    int odd[] = {9, 1, 5};
    int even[] = {4, 1, 3, 8};
    int one[] = {7};
    int halves[] = {1, 2};

    assert_int_equal(st_median_persepuluh(odd, 3), 50);
    assert_int_equal(st_median_persepuluh(even, 4), 35);
    assert_int_equal(st_median_persepuluh(one, 1), 70);
    assert_int_equal(st_median_persepuluh(halves, 2), 15);
    assert_int_equal(st_median_persepuluh(NULL, 0), -1);

    assert_int_equal(st_persen_persepuluh(7, 8), 875);
    assert_int_equal(st_persen_persepuluh(1, 3), 333);
    assert_int_equal(st_persen_persepuluh(2, 3), 667);      /* 66.66.. rounds up */
    assert_int_equal(st_persen_persepuluh(1, 8), 125);      /* 12.5 exactly */
    assert_int_equal(st_persen_persepuluh(1, 16), 63);      /* 6.25 -> 6.3, half up */
    assert_int_equal(st_persen_persepuluh(0, 5), 0);
    assert_int_equal(st_persen_persepuluh(5, 5), 1000);
    assert_int_equal(st_persen_persepuluh(1, 0), -1);

    assert_string_equal(st_persepuluh_teks(pool, 875), "87.5");
    assert_string_equal(st_persepuluh_teks(pool, 1000), "100");
    assert_string_equal(st_persepuluh_teks(pool, 0), "0");
    assert_string_equal(st_persepuluh_teks(pool, 5), "0.5");
    assert_string_equal(st_persepuluh_teks(pool, 123), "12.3");
}

static void test_scale(void **state)
{
    assert_int_equal(st_skala(0), 1);
    assert_int_equal(st_skala(1), 1);
    assert_int_equal(st_skala(2), 2);
    assert_int_equal(st_skala(3), 5);
    assert_int_equal(st_skala(5), 5);
    assert_int_equal(st_skala(6), 10);
    assert_int_equal(st_skala(11), 20);
    assert_int_equal(st_skala(20), 20);
    assert_int_equal(st_skala(21), 50);
    assert_int_equal(st_skala(51), 100);
    assert_int_equal(st_skala(1763), 2000);
    assert_int_equal(st_skala(20001), 50000);
}

static void test_vertical_bars(void **state)
{
    const st_bidang area = {40, 10, 120, 100};
    const int values[] = {0, 50, 100, 1};
    st_kotak k[4];
    int i;

    st_batang_tegak(values, 4, 100, &area, k);
    for (i = 0; i < 4; i++) {
        /* Each bar inside its quarter of the width, bottom on the axis. */
        assert_true(k[i].x >= area.x + 30 * i);
        assert_true(k[i].x + k[i].lebar <= area.x + 30 * (i + 1));
        assert_int_equal(k[i].lebar, 30 - 30 / 4);
        assert_int_equal(k[i].y + k[i].tinggi, area.y + area.tinggi);
    }
    assert_int_equal(k[0].tinggi, 0);
    assert_int_equal(k[1].tinggi, 50);
    assert_int_equal(k[2].tinggi, 100);
    assert_int_equal(k[2].y, area.y);
    /* A small non-zero value stays visible. */
    assert_int_equal(k[3].tinggi, 1);

    assert_int_equal(st_sumbu_y(0, 100, &area), 110);
    assert_int_equal(st_sumbu_y(50, 100, &area), 60);
    assert_int_equal(st_sumbu_y(100, 100, &area), 10);
}

static void test_horizontal_bars(void **state)
{
    const st_bidang area = {200, 8, 400, 52};
    const int values[] = {875, 1000};
    st_kotak k[2];

    st_batang_datar(values, 2, 1000, &area, k);
    assert_int_equal(k[0].x, 200);
    assert_int_equal(k[0].lebar, 350);
    assert_int_equal(k[1].lebar, 400);
    assert_true(k[0].y >= 8 && k[0].y + k[0].tinggi <= 34);
    assert_true(k[1].y >= 34 && k[1].y + k[1].tinggi <= 60);
    assert_int_equal(k[0].tinggi, 26 - 26 / 4);
}

/* The domain example: received Friday 13 March 2026, first due Monday 6
 * April, extended to Wednesday 15 April.  Extended in time, a notice of 14
 * April is on time; extended on 7 April (late: Pasal 22(8) allows it only
 * before the first due date passes) it is late. */
static void test_late_extension_is_not_on_time(void **state)
{
    st_permohonan p;
    (void)state;
    assert_int_equal(st_permohonan_isi(&p, "2026-03-13 03:00:00", "2026-03-13",
                                       "2026-04-06", "2026-04-15", "diberikan_seluruhnya",
                                       "2026-04-14 03:00:00", NULL), 0);
    st_permohonan_perpanjangan(&p, "2026-04-06", "2026-04-06 08:59:00");  /* 15:59 WIB */
    assert_false(p.perpanjangan_telat);
    assert_int_equal(st_ketepatan_of(&p, sl_day_from_ymd(2026, 12, 1)), ST_TEPAT_WAKTU);

    assert_int_equal(st_permohonan_isi(&p, "2026-03-13 03:00:00", "2026-03-13",
                                       "2026-04-06", "2026-04-15", "diberikan_seluruhnya",
                                       "2026-04-14 03:00:00", NULL), 0);
    st_permohonan_perpanjangan(&p, "2026-04-06", "2026-04-06 17:30:00");  /* 00:30 WIB, 7 April */
    assert_true(p.perpanjangan_telat);
    assert_true(p.diperpanjang);
    assert_int_equal(p.tempo, sl_day_from_ymd(2026, 4, 6));
    assert_int_equal(st_ketepatan_of(&p, sl_day_from_ymd(2026, 12, 1)), ST_TERLAMBAT);
    /* Still unanswered: overdue since the first due date. */
    assert_int_equal(st_permohonan_isi(&p, "2026-03-13 03:00:00", "2026-03-13",
                                       "2026-04-06", "2026-04-15", NULL, NULL, NULL), 0);
    st_permohonan_perpanjangan(&p, "2026-04-06", "2026-04-08 03:00:00");
    assert_int_equal(st_ketepatan_of(&p, sl_day_from_ymd(2026, 4, 10)), ST_LEWAT_TEMPO);
    /* Not extended, or a missing time: unchanged. */
    assert_int_equal(st_permohonan_isi(&p, "2026-03-13 03:00:00", "2026-03-13",
                                       "2026-04-06", NULL, NULL, NULL, NULL), 0);
    st_permohonan_perpanjangan(&p, "2026-04-06", "2026-04-08 03:00:00");
    assert_false(p.perpanjangan_telat);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_outcome_codes),
        cmocka_unit_test(test_buckets),
        cmocka_unit_test(test_filling_from_stored_columns),
        cmocka_unit_test(test_service_days_skip_lebaran),
        cmocka_unit_test(test_late_extension_is_not_on_time),
        cmocka_unit_test(test_totals),
        cmocka_unit_test(test_median_and_rates),
        cmocka_unit_test(test_scale),
        cmocka_unit_test(test_vertical_bars),
        cmocka_unit_test(test_horizontal_bars),
    };
    return UNIT_RUN(tests, setup, unit_pool_teardown);
}
