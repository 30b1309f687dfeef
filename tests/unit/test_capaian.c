/* Unit tests for mod_inovasi/capaian.c: achievement per indicator, per
 * dimension and overall, the weight rule, bands, number, date and period
 * parsing. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "capaian.h"

#define EPS 1e-9

static capaian_indikator naik(double baseline, double target, double nilai)
{
    capaian_indikator i = {CAPAIAN_OUTPUT, CAPAIAN_NAIK, baseline, target,
                           100.0, 1, nilai};
    return i;
}

static capaian_indikator turun(double baseline, double target, double nilai)
{
    capaian_indikator i = {CAPAIAN_OUTPUT, CAPAIAN_TURUN, baseline, target,
                           100.0, 1, nilai};
    return i;
}

static double persen(capaian_indikator i)
{
    capaian_skor s = capaian_indikator_persen(&i);
    assert_true(s.ada);
    return s.nilai;
}

static void test_higher_is_better_progress(void **state)
{
    (void)state;
    assert_float_equal(persen(naik(10, 20, 15)), 50.0, EPS);
    assert_float_equal(persen(naik(10, 20, 20)), 100.0, EPS);
    assert_float_equal(persen(naik(10, 20, 10)), 0.0, EPS);
    assert_float_equal(persen(naik(0, 3, 1)), 100.0 / 3.0, 1e-9);
}

static void test_lower_is_better_progress(void **state)
{
    (void)state;
    /* Waiting time from 60 to 15 minutes; 30 reached: 30/45 of the way. */
    assert_float_equal(persen(turun(60, 15, 30)), 100.0 * 30.0 / 45.0, 1e-9);
    assert_float_equal(persen(turun(60, 15, 15)), 100.0, EPS);
    assert_float_equal(persen(turun(60, 15, 60)), 0.0, EPS);
}

static void test_capped_at_100_and_floored_at_0(void **state)
{
    (void)state;
    assert_float_equal(persen(naik(10, 20, 35)), 100.0, EPS);
    assert_float_equal(persen(naik(10, 20, 2)), 0.0, EPS);
    assert_float_equal(persen(turun(60, 15, 5)), 100.0, EPS);
    assert_float_equal(persen(turun(60, 15, 90)), 0.0, EPS);
}

static void test_target_equal_to_baseline_is_met_or_not(void **state)
{
    (void)state;
    /* Keep at 95: at or above is met, below is not. */
    assert_float_equal(persen(naik(95, 95, 95)), 100.0, EPS);
    assert_float_equal(persen(naik(95, 95, 97)), 100.0, EPS);
    assert_float_equal(persen(naik(95, 95, 94.9)), 0.0, EPS);
    /* Keep complaints at 3 or fewer. */
    assert_float_equal(persen(turun(3, 3, 3)), 100.0, EPS);
    assert_float_equal(persen(turun(3, 3, 1)), 100.0, EPS);
    assert_float_equal(persen(turun(3, 3, 4)), 0.0, EPS);
}

static void test_target_on_the_wrong_side_is_met_or_not(void **state)
{
    (void)state;
    /* "Higher is better" but the target is below the baseline. */
    assert_float_equal(persen(naik(50, 40, 45)), 100.0, EPS);
    assert_float_equal(persen(naik(50, 40, 39)), 0.0, EPS);
}

static void test_no_value_is_absent(void **state)
{
    capaian_indikator i = naik(10, 20, 0);
    (void)state;
    i.ada_nilai = 0;
    assert_false(capaian_indikator_persen(&i).ada);
}

static const double equal[CAPAIAN_DIMENSI] = {1, 1, 1};

static capaian_indikator di(int dimensi, double bobot, double persen_value)
{
    /* baseline 0, target 100: the value is the percentage. */
    capaian_indikator i = {dimensi, CAPAIAN_NAIK, 0, 100, bobot, 1,
                           persen_value};
    return i;
}

static void test_weighted_dimensions_and_total(void **state)
{
    capaian_indikator ind[] = {
        di(CAPAIAN_OUTPUT, 60, 100), di(CAPAIAN_OUTPUT, 40, 50),
        di(CAPAIAN_KEMANFAATAN, 100, 30),
        di(CAPAIAN_KEBERLANJUTAN, 50, 0), di(CAPAIAN_KEBERLANJUTAN, 50, 80),
    };
    const double dims[CAPAIAN_DIMENSI] = {30, 40, 30};
    capaian_hasil h;
    (void)state;

    capaian_hitung(ind, 5, dims, &h);
    assert_int_equal(h.jumlah, 5);
    assert_int_equal(h.dihitung, 5);
    assert_true(h.dimensi[CAPAIAN_OUTPUT].ada);
    assert_float_equal(h.dimensi[CAPAIAN_OUTPUT].nilai, 80.0, 1e-9);
    assert_float_equal(h.dimensi[CAPAIAN_KEMANFAATAN].nilai, 30.0, 1e-9);
    assert_float_equal(h.dimensi[CAPAIAN_KEBERLANJUTAN].nilai, 40.0, 1e-9);
    assert_true(h.total.ada);
    assert_float_equal(h.total.nilai, (30 * 80 + 40 * 30 + 30 * 40) / 100.0, 1e-9);
}

static void test_missing_values_renormalise_within_the_dimension(void **state)
{
    capaian_indikator ind[] = {
        di(CAPAIAN_OUTPUT, 60, 100), di(CAPAIAN_OUTPUT, 40, 50),
        di(CAPAIAN_KEMANFAATAN, 100, 30),
    };
    capaian_hasil h;
    (void)state;

    ind[0].ada_nilai = 0;          /* only the 40-weight indicator counts */
    capaian_hitung(ind, 3, equal, &h);
    assert_int_equal(h.dihitung, 2);
    assert_float_equal(h.dimensi[CAPAIAN_OUTPUT].nilai, 50.0, 1e-9);
}

static void test_dimension_without_values_leaves_the_total(void **state)
{
    capaian_indikator ind[] = {
        di(CAPAIAN_OUTPUT, 100, 90),
        di(CAPAIAN_KEMANFAATAN, 100, 30),
        di(CAPAIAN_KEBERLANJUTAN, 100, 0),
    };
    const double dims[CAPAIAN_DIMENSI] = {20, 30, 50};
    capaian_hasil h;
    (void)state;

    ind[2].ada_nilai = 0;
    capaian_hitung(ind, 3, dims, &h);
    assert_false(h.dimensi[CAPAIAN_KEBERLANJUTAN].ada);
    /* 20 and 30 renormalised to 40% and 60%. */
    assert_float_equal(h.total.nilai, (20 * 90 + 30 * 30) / 50.0, 1e-9);
}

static void test_nothing_counted_means_no_score(void **state)
{
    capaian_indikator ind[] = {di(CAPAIAN_OUTPUT, 100, 90)};
    capaian_hasil h;
    (void)state;

    ind[0].ada_nilai = 0;
    capaian_hitung(ind, 1, equal, &h);
    assert_false(h.total.ada);
    assert_int_equal(h.dihitung, 0);
    capaian_hitung(NULL, 0, equal, &h);
    assert_false(h.total.ada);
    assert_int_equal(h.jumlah, 0);
}

static void test_rounding_to_two_decimals(void **state)
{
    (void)state;
    assert_float_equal(capaian_bulat(34.995), 35.0, EPS);
    assert_float_equal(capaian_bulat(34.994), 34.99, EPS);
    assert_float_equal(capaian_bulat(60.005), 60.01, EPS);
    assert_float_equal(capaian_bulat(0.004), 0.0, EPS);
    assert_float_equal(capaian_bulat(-1.005), -1.01, EPS);
}

static void test_weight_rule(void **state)
{
    char buf[128];
    const double ok[] = {60, 40};
    const double thirds[] = {33.33, 33.33, 33.34};
    const double short_[] = {60, 30};
    const double zero[] = {100, 0};
    (void)state;

    assert_null(capaian_bobot_periksa(ok, 2, buf, sizeof(buf)));
    assert_null(capaian_bobot_periksa(thirds, 3, buf, sizeof(buf)));
    assert_string_equal(capaian_bobot_periksa(short_, 2, buf, sizeof(buf)),
                        "Jumlah bobot harus 100; sekarang 90.00.");
    assert_string_equal(capaian_bobot_periksa(zero, 2, buf, sizeof(buf)),
                        "Setiap bobot harus lebih dari 0.");
    assert_non_null(capaian_bobot_periksa(NULL, 0, buf, sizeof(buf)));
}

/* The Indeks Inovasi Daerah 2023 bands. */
static const capaian_pita iid2023[] = {
    {"Sangat inovatif", 60.01, 100},
    {"Inovatif", 35, 60},
    {"Kurang inovatif", 0.01, 34.99},
    {"Tidak dapat dinilai", 0, 0},
};

static const char *pita(double skor)
{
    const capaian_pita *p = capaian_pita_cari(iid2023, 4, skor);
    return p ? p->nama : "(none)";
}

static void test_iid_2023_bands(void **state)
{
    char buf[128];
    (void)state;
    assert_null(capaian_pita_periksa(iid2023, 4, buf, sizeof(buf)));
    assert_string_equal(pita(100), "Sangat inovatif");
    assert_string_equal(pita(60.01), "Sangat inovatif");
    assert_string_equal(pita(60.004), "Inovatif");       /* rounds to 60.00 */
    assert_string_equal(pita(60.005), "Sangat inovatif"); /* rounds to 60.01 */
    assert_string_equal(pita(60), "Inovatif");
    assert_string_equal(pita(35), "Inovatif");
    assert_string_equal(pita(34.995), "Inovatif");
    assert_string_equal(pita(34.99), "Kurang inovatif");
    assert_string_equal(pita(0.01), "Kurang inovatif");
    assert_string_equal(pita(0.004), "Tidak dapat dinilai");
    assert_string_equal(pita(0), "Tidak dapat dinilai");
    assert_string_equal(pita(101), "(none)");
}

static void test_band_validation(void **state)
{
    char buf[128];
    const capaian_pita overlap[] = {{"A", 50, 100}, {"B", 0, 50}};
    const capaian_pita reversed[] = {{"A", 60, 40}};
    const capaian_pita unnamed[] = {{"", 0, 100}};
    const capaian_pita too_high[] = {{"A", 0, 120}};
    (void)state;

    assert_non_null(strstr(capaian_pita_periksa(overlap, 2, buf, sizeof(buf)),
                           "tumpang tindih"));
    assert_non_null(capaian_pita_periksa(reversed, 1, buf, sizeof(buf)));
    assert_non_null(capaian_pita_periksa(unnamed, 1, buf, sizeof(buf)));
    assert_non_null(capaian_pita_periksa(too_high, 1, buf, sizeof(buf)));
    assert_non_null(capaian_pita_periksa(NULL, 0, buf, sizeof(buf)));
}

static void test_numbers_as_people_type_them(void **state)
{
    char norm[24];
    double v;
    (void)state;

    assert_true(capaian_angka("12", &v, norm, sizeof(norm)));
    assert_float_equal(v, 12, EPS);
    assert_string_equal(norm, "12");
    assert_true(capaian_angka("12,5", &v, norm, sizeof(norm)));
    assert_float_equal(v, 12.5, EPS);
    assert_string_equal(norm, "12.5");
    assert_true(capaian_angka("-0.25", &v, norm, sizeof(norm)));
    assert_float_equal(v, -0.25, EPS);
    assert_true(capaian_angka("99999999999999.9999", &v, NULL, 0));
    assert_false(capaian_angka("", &v, NULL, 0));
    assert_false(capaian_angka("-", &v, NULL, 0));
    assert_false(capaian_angka("1.", &v, NULL, 0));
    assert_false(capaian_angka(".5", &v, NULL, 0));
    assert_false(capaian_angka("1.000.000", &v, NULL, 0));
    assert_false(capaian_angka("1e5", &v, NULL, 0));
    assert_false(capaian_angka("1.23456", &v, NULL, 0));
    assert_false(capaian_angka("123456789012345", &v, NULL, 0));
    assert_false(capaian_angka(" 1", &v, NULL, 0));
    assert_false(capaian_angka("nan", &v, NULL, 0));
    assert_false(capaian_angka(NULL, &v, NULL, 0));
}

static void test_rupiah_as_people_type_it(void **state)
{
    static const char *const good[][2] = {
        {"150.000.000", "150000000"}, {"Rp 150.000.000", "150000000"},
        {"150000000", "150000000"}, {"Rp150.000.000", "150000000"},
        {"rp. 1.500.000,50", "1500000.5"}, {"1500000,50", "1500000.5"},
        {"1500000.50", "1500000.5"}, {"  Rp 2.000 ", "2000"}, {"0", "0"},
        {"Rp 150.000.000,-", "150000000"}, {"1.500.000,00", "1500000"},
        {"9.999.999.999.999", "9999999999999"}, {"12.5", "12.5"},
    };
    static const char *const bad[] = {
        "", "Rp", "abc", "150.000.00", "1.50.000", "15,000,000", "-5", "1e9",
        "150.000.000,505", "10.000.000.000.000", "Rp 1.2.3", "150 000 000",
        "150.000,", ".500", "1..000", "Rp -1.000",
    };
    char norm[24];
    size_t i;
    (void)state;

    for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        assert_true(capaian_rupiah(good[i][0], norm, sizeof(norm)));
        assert_string_equal(norm, good[i][1]);
    }
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        if (capaian_rupiah(bad[i], norm, sizeof(norm))) {
            fail_msg("accepted \"%s\" as %s", bad[i], norm);
        }
    }
    assert_false(capaian_rupiah(NULL, norm, sizeof(norm)));
}

static void test_dates(void **state)
{
    int y, m, d;
    (void)state;
    assert_true(capaian_tanggal("2026-03-13", &y, &m, &d));
    assert_int_equal(y, 2026);
    assert_int_equal(m, 3);
    assert_int_equal(d, 13);
    assert_true(capaian_tanggal("2024-02-29", NULL, NULL, NULL));
    assert_false(capaian_tanggal("2025-02-29", NULL, NULL, NULL));
    assert_false(capaian_tanggal("2025-13-01", NULL, NULL, NULL));
    assert_false(capaian_tanggal("2025-1-01", NULL, NULL, NULL));
    assert_false(capaian_tanggal("13/03/2026", NULL, NULL, NULL));
    assert_false(capaian_tanggal("", NULL, NULL, NULL));
}

static void test_period_ranges(void **state)
{
    char a[11], b[11];
    (void)state;
    assert_true(capaian_periode_rentang("triwulan", 1, 2026, a, b));
    assert_string_equal(a, "2026-01-01");
    assert_string_equal(b, "2026-03-31");
    assert_true(capaian_periode_rentang("triwulan", 4, 2026, a, b));
    assert_string_equal(a, "2026-10-01");
    assert_string_equal(b, "2026-12-31");
    assert_true(capaian_periode_rentang("semester", 1, 2024, a, b));
    assert_string_equal(a, "2024-01-01");
    assert_string_equal(b, "2024-06-30");
    assert_true(capaian_periode_rentang("semester", 2, 2024, a, b));
    assert_string_equal(b, "2024-12-31");
    assert_false(capaian_periode_rentang("triwulan", 5, 2026, a, b));
    assert_false(capaian_periode_rentang("semester", 3, 2026, a, b));
    assert_false(capaian_periode_rentang("bulan", 1, 2026, a, b));
}

static void test_dimension_codes(void **state)
{
    (void)state;
    assert_int_equal(capaian_dimensi_dari_kode("output"), CAPAIAN_OUTPUT);
    assert_int_equal(capaian_dimensi_dari_kode("kemanfaatan"), CAPAIAN_KEMANFAATAN);
    assert_int_equal(capaian_dimensi_dari_kode("keberlanjutan"), CAPAIAN_KEBERLANJUTAN);
    assert_int_equal(capaian_dimensi_dari_kode("lain"), -1);
    assert_int_equal(capaian_dimensi_dari_kode(NULL), -1);
    assert_string_equal(capaian_dimensi_kode(CAPAIAN_KEMANFAATAN), "kemanfaatan");
    assert_string_equal(capaian_dimensi_nama(CAPAIAN_OUTPUT), "Output");
    assert_null(capaian_dimensi_kode(3));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_higher_is_better_progress),
        cmocka_unit_test(test_lower_is_better_progress),
        cmocka_unit_test(test_capped_at_100_and_floored_at_0),
        cmocka_unit_test(test_target_equal_to_baseline_is_met_or_not),
        cmocka_unit_test(test_target_on_the_wrong_side_is_met_or_not),
        cmocka_unit_test(test_no_value_is_absent),
        cmocka_unit_test(test_weighted_dimensions_and_total),
        cmocka_unit_test(test_missing_values_renormalise_within_the_dimension),
        cmocka_unit_test(test_dimension_without_values_leaves_the_total),
        cmocka_unit_test(test_nothing_counted_means_no_score),
        cmocka_unit_test(test_rounding_to_two_decimals),
        cmocka_unit_test(test_weight_rule),
        cmocka_unit_test(test_iid_2023_bands),
        cmocka_unit_test(test_band_validation),
        cmocka_unit_test(test_numbers_as_people_type_them),
        cmocka_unit_test(test_rupiah_as_people_type_it),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_period_ranges),
        cmocka_unit_test(test_dimension_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
