/* Unit tests for mod_sialip/keberatan_rules.c: the 30-working-day window
 * to object (UU 14/2008 Pasal 36(1)) on the real 2026 calendar, and the
 * grounds of Pasal 35(1) as the SET column stores them. */
#include "unit_calendar.h"
#include <string.h>

#include <apr_tables.h>

#include "keberatan_rules.h"

typedef unit_calendar_fixture fixture;

static sl_day ymd(int y, int m, int d)
{
    return sl_day_from_ymd(y, m, d);
}

static fixture *fx_of(void **state)
{
    return *state;
}

static const char *window_name(sl_keberatan_jendela w)
{
    switch (w) {
    case SL_KEBERATAN_BELUM: return "BELUM";
    case SL_KEBERATAN_BUKA: return "BUKA";
    case SL_KEBERATAN_LEWAT: return "LEWAT";
    }
    return "?";
}

/* sl_keberatan_cek, checking the window and (unless BELUM) the ground and
 * the last day; prints the dates when it fails. */
static void expect_window(const sl_calendar *cal, int has_notice, sl_day notice,
                          sl_day due, sl_day today, sl_keberatan_jendela want,
                          sl_day want_ground, sl_day want_last)
{
    sl_day ground = -1, last = -1;
    sl_keberatan_jendela got = sl_keberatan_cek(cal, has_notice, notice, due, today,
                                                &ground, &last);
    int ok = got == want &&
             (want == SL_KEBERATAN_BELUM || (ground == want_ground && last == want_last));
    if (!ok) {
        char a[16], b[16], c[16], g[16], l[16];
        int y, m, d;
        sl_day_to_ymd(notice, &y, &m, &d); snprintf(a, sizeof a, "%04d-%02d-%02d", y, m, d);
        sl_day_to_ymd(due, &y, &m, &d); snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, d);
        sl_day_to_ymd(today, &y, &m, &d); snprintf(c, sizeof c, "%04d-%02d-%02d", y, m, d);
        sl_day_to_ymd(ground, &y, &m, &d); snprintf(g, sizeof g, "%04d-%02d-%02d", y, m, d);
        sl_day_to_ymd(last, &y, &m, &d); snprintf(l, sizeof l, "%04d-%02d-%02d", y, m, d);
        print_message("case: has_notice=%d notice=%s due=%s today=%s\n"
                      "  got %s ground=%s last=%s, want %s\n",
                      has_notice, has_notice ? a : "-", b, c, window_name(got), g, l,
                      window_name(want));
    }
    assert_int_equal(got, want);
    if (want != SL_KEBERATAN_BELUM) {
        assert_int_equal(ground, want_ground);
        assert_int_equal(last, want_last);
    }
}

/* ---- the calendar itself ---------------------------------------------------- */

/* The Idul Fitri 2026 stretch is what the window has to skip. */
static void test_calendar_idul_fitri_2026(void **state)
{
    const sl_calendar *cal = fx_of(state)->cal;
    assert_true(sl_calendar_is_working(cal, ymd(2026, 3, 17)));
    for (int d = 18; d <= 24; d++)
        assert_false(sl_calendar_is_working(cal, ymd(2026, 3, d)));
    assert_true(sl_calendar_is_working(cal, ymd(2026, 3, 25)));
    assert_string_equal(sl_calendar_holiday_name(cal, ymd(2026, 3, 21)),
                        "Idul Fitri 1447 H");
    assert_false(sl_calendar_is_working(cal, ymd(2026, 4, 3)));
}

/* ---- with a notice ------------------------------------------------------------ */

/* Notice Tuesday 10 March 2026: 5 working days to 17 March, 18-24 March
 * skipped, 3 April (Wafat Yesus Kristus) skipped; the 30th working day is
 * Wednesday 29 April 2026. */
static void test_notice_across_idul_fitri(void **state)
{
    const sl_calendar *cal = fx_of(state)->cal;
    sl_day notice = ymd(2026, 3, 10);
    sl_day due = ymd(2026, 3, 16);
    sl_day last = ymd(2026, 4, 29);

    assert_int_equal(sl_calendar_add_working_days(cal, notice, 30, NULL), last);
    assert_int_equal(sl_calendar_working_days_between(cal, notice, last), 30);

    /* The day of the notice, during the holidays, the day before the last,
     * the last day: open. */
    expect_window(cal, 1, notice, due, notice, SL_KEBERATAN_BUKA, notice, last);
    expect_window(cal, 1, notice, due, ymd(2026, 3, 11), SL_KEBERATAN_BUKA, notice, last);
    expect_window(cal, 1, notice, due, ymd(2026, 3, 21), SL_KEBERATAN_BUKA, notice, last);
    expect_window(cal, 1, notice, due, ymd(2026, 4, 28), SL_KEBERATAN_BUKA, notice, last);
    expect_window(cal, 1, notice, due, last, SL_KEBERATAN_BUKA, notice, last);
    /* From the next day on: closed. */
    expect_window(cal, 1, notice, due, ymd(2026, 4, 30), SL_KEBERATAN_LEWAT, notice, last);
    expect_window(cal, 1, notice, due, ymd(2026, 5, 4), SL_KEBERATAN_LEWAT, notice, last);
    expect_window(cal, 1, notice, due, ymd(2026, 12, 31), SL_KEBERATAN_LEWAT, notice, last);
}

/* Notice Monday 4 May 2026: Kenaikan (14-15 May), Idul Adha (27-28 May),
 * Pancasila (1 June) and Tahun Baru Islam (16 June) skipped; the last day is
 * Tuesday 23 June 2026. */
static void test_notice_across_may_holidays(void **state)
{
    const sl_calendar *cal = fx_of(state)->cal;
    sl_day notice = ymd(2026, 5, 4);
    sl_day last = ymd(2026, 6, 23);

    expect_window(cal, 1, notice, ymd(2026, 5, 8), ymd(2026, 6, 23),
                  SL_KEBERATAN_BUKA, notice, last);
    expect_window(cal, 1, notice, ymd(2026, 5, 8), ymd(2026, 6, 24),
                  SL_KEBERATAN_LEWAT, notice, last);
}

/* A notice issued on a non-working day (Saturday 21 March 2026, Idul Fitri):
 * counting starts on the next working day, 25 March. */
static void test_notice_on_holiday(void **state)
{
    const sl_calendar *cal = fx_of(state)->cal;
    sl_day notice = ymd(2026, 3, 21);
    sl_day last = ymd(2026, 5, 7);

    expect_window(cal, 1, notice, ymd(2026, 3, 30), ymd(2026, 5, 7),
                  SL_KEBERATAN_BUKA, notice, last);
    expect_window(cal, 1, notice, ymd(2026, 3, 30), ymd(2026, 5, 8),
                  SL_KEBERATAN_LEWAT, notice, last);
}

/* With a notice, the due date plays no part, even a notice issued late. */
static void test_notice_ignores_due_date(void **state)
{
    const sl_calendar *cal = fx_of(state)->cal;
    sl_day notice = ymd(2026, 3, 10);
    sl_day last = ymd(2026, 4, 29);

    /* Issued before the due date, today still before it. */
    expect_window(cal, 1, notice, ymd(2026, 3, 25), ymd(2026, 3, 12),
                  SL_KEBERATAN_BUKA, notice, last);
    /* Issued after the due date (late): the ground is still the notice. */
    expect_window(cal, 1, notice, ymd(2026, 2, 20), ymd(2026, 4, 29),
                  SL_KEBERATAN_BUKA, notice, last);
    expect_window(cal, 1, notice, ymd(2026, 2, 20), ymd(2026, 4, 30),
                  SL_KEBERATAN_LEWAT, notice, last);
}

/* ---- without a notice ----------------------------------------------------------- */

static void test_no_notice_before_due(void **state)
{
    const sl_calendar *cal = fx_of(state)->cal;
    sl_day due = ymd(2026, 4, 6);

    expect_window(cal, 0, 0, due, ymd(2026, 3, 13), SL_KEBERATAN_BELUM, 0, 0);
    expect_window(cal, 0, 0, due, ymd(2026, 4, 3), SL_KEBERATAN_BELUM, 0, 0);
    expect_window(cal, 0, 0, due, due, SL_KEBERATAN_BELUM, 0, 0);
    /* notice_day is ignored when has_notice is 0. */
    expect_window(cal, 0, ymd(2026, 3, 10), due, due, SL_KEBERATAN_BELUM, 0, 0);
}

/* Received Friday 13 March 2026, due Monday 6 April 2026 (README); unanswered,
 * the window runs from the due date: its 30th working day is Thursday 21 May
 * 2026 (1 May and 14-15 May skipped). */
static void test_no_notice_after_due(void **state)
{
    const sl_calendar *cal = fx_of(state)->cal;
    sl_day due = ymd(2026, 4, 6);
    sl_day last = ymd(2026, 5, 21);

    assert_int_equal(sl_calendar_add_working_days(cal, due, 30, NULL), last);

    expect_window(cal, 0, 0, due, ymd(2026, 4, 7), SL_KEBERATAN_BUKA, due, last);
    expect_window(cal, 0, 0, due, ymd(2026, 5, 20), SL_KEBERATAN_BUKA, due, last);
    expect_window(cal, 0, 0, due, last, SL_KEBERATAN_BUKA, due, last);
    expect_window(cal, 0, 0, due, ymd(2026, 5, 22), SL_KEBERATAN_LEWAT, due, last);
    expect_window(cal, 0, 0, due, ymd(2026, 6, 30), SL_KEBERATAN_LEWAT, due, last);
    /* notice_day is ignored when has_notice is 0. */
    expect_window(cal, 0, ymd(2026, 3, 10), due, ymd(2026, 5, 21),
                  SL_KEBERATAN_BUKA, due, last);
}

/* A due date before Idul Fitri: Tuesday 10 March 2026 gives the same last
 * day as a notice on that day. */
static void test_no_notice_due_before_idul_fitri(void **state)
{
    const sl_calendar *cal = fx_of(state)->cal;
    sl_day due = ymd(2026, 3, 10);
    sl_day last = ymd(2026, 4, 29);

    expect_window(cal, 0, 0, due, ymd(2026, 3, 11), SL_KEBERATAN_BUKA, due, last);
    expect_window(cal, 0, 0, due, last, SL_KEBERATAN_BUKA, due, last);
    expect_window(cal, 0, 0, due, ymd(2026, 4, 30), SL_KEBERATAN_LEWAT, due, last);
}

/* ---- sl_keberatan_alasan -------------------------------------------------------- */

static apr_array_header_t *letters_of(apr_pool_t *pool, const char *const *list,
                                      int count)
{
    apr_array_header_t *a = apr_array_make(pool, count ? count : 1, sizeof(const char *));
    for (int i = 0; i < count; i++)
        APR_ARRAY_PUSH(a, const char *) = list[i];
    return a;
}

#define ALASAN(pool, ...) \
    sl_keberatan_alasan(pool, letters_of(pool, (const char *const[]){__VA_ARGS__}, \
        (int)(sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))))

static void test_alasan_choices(void **state)
{
    const char *want = "abcdefg";
    int n = 0;
    for (const sl_choice *c = sl_alasan_keberatan_choices; c->value; c++, n++) {
        assert_true(n < 7);
        assert_int_equal(strlen(c->value), 1);
        assert_int_equal(c->value[0], want[n]);
        assert_non_null(c->label);
    }
    assert_int_equal(n, 7);
}

static void test_alasan_sorted_and_merged(void **state)
{
    apr_pool_t *pool = fx_of(state)->pool;

    assert_string_equal(ALASAN(pool, "a"), "a");
    assert_string_equal(ALASAN(pool, "g"), "g");
    assert_string_equal(ALASAN(pool, "a", "c"), "a,c");
    assert_string_equal(ALASAN(pool, "c", "a"), "a,c");
    assert_string_equal(ALASAN(pool, "e", "b", "d"), "b,d,e");
    assert_string_equal(ALASAN(pool, "c", "c"), "c");
    assert_string_equal(ALASAN(pool, "f", "a", "f", "a", "f"), "a,f");
    assert_string_equal(ALASAN(pool, "g", "f", "e", "d", "c", "b", "a"),
                        "a,b,c,d,e,f,g");
    assert_string_equal(ALASAN(pool, "a", "b", "c", "d", "e", "f", "g",
                               "g", "a", "d"),
                        "a,b,c,d,e,f,g");
}

static void test_alasan_none(void **state)
{
    apr_pool_t *pool = fx_of(state)->pool;
    assert_null(sl_keberatan_alasan(pool, letters_of(pool, NULL, 0)));
}

static void test_alasan_invalid(void **state)
{
    apr_pool_t *pool = fx_of(state)->pool;

    assert_null(ALASAN(pool, "h"));
    assert_null(ALASAN(pool, "z"));
    assert_null(ALASAN(pool, "A"));
    assert_null(ALASAN(pool, "G"));
    assert_null(ALASAN(pool, "`"));   /* 'a' - 1 */
    assert_null(ALASAN(pool, "1"));
    assert_null(ALASAN(pool, ""));
    assert_null(ALASAN(pool, " "));
    assert_null(ALASAN(pool, "ab"));
    assert_null(ALASAN(pool, "a,c"));
    assert_null(ALASAN(pool, "a "));
    assert_null(ALASAN(pool, " a"));
    assert_null(ALASAN(pool, "\xc3\xa1"));  /* á */
    assert_null(ALASAN(pool, (const char *)NULL));
    /* One bad value spoils the rest, wherever it is. */
    assert_null(ALASAN(pool, "a", "h"));
    assert_null(ALASAN(pool, "h", "a"));
    assert_null(ALASAN(pool, "a", "c", "bc"));
    assert_null(ALASAN(pool, "a", "", "c"));
    assert_null(ALASAN(pool, "b", (const char *)NULL));
}

/* Pasal 22(8): the example's first due date, Monday 6 April 2026, is the
 * last day an extension may be decided; the extended date stays
 * Wednesday 15 April. */
static void test_perpanjangan_sebelum_jatuh_tempo(void **state)
{
    fixture *fx = fx_of(state);
    sl_day due = ymd(2026, 4, 6);
    assert_true(sl_perpanjangan_tepat(due, ymd(2026, 3, 13)));
    assert_true(sl_perpanjangan_tepat(due, due));
    assert_false(sl_perpanjangan_tepat(due, ymd(2026, 4, 7)));
    assert_false(sl_perpanjangan_tepat(due, ymd(2026, 12, 5)));
    assert_int_equal(sl_calendar_add_working_days(fx->cal, due, 7, NULL),
                     ymd(2026, 4, 15));
}

static void test_alasan_ulang(void **state)
{
    (void)state;
    assert_int_equal(sl_keberatan_alasan_ulang(NULL, "c"), 0);
    assert_int_equal(sl_keberatan_alasan_ulang("", "a,c"), 0);
    /* c first, then the refusal, a fee or a late delivery: allowed. */
    assert_int_equal(sl_keberatan_alasan_ulang("c", "a,f,g"), 0);
    assert_int_equal(sl_keberatan_alasan_ulang("c", "a,c"), 'c');
    assert_int_equal(sl_keberatan_alasan_ulang("a,c,f", "g,f"), 'f');
    assert_int_equal(sl_keberatan_alasan_ulang("a", "a"), 'a');
}

static void test_musyawarah_b_sampai_g(void **state)
{
    (void)state;
    assert_true(sl_keberatan_musyawarah_boleh("b"));
    assert_true(sl_keberatan_musyawarah_boleh("c,f,g"));
    assert_false(sl_keberatan_musyawarah_boleh("a"));
    assert_false(sl_keberatan_musyawarah_boleh("a,c"));
    assert_false(sl_keberatan_musyawarah_boleh(""));
    assert_false(sl_keberatan_musyawarah_boleh(NULL));
}

/* 14 working days after a decision of Monday 6 April 2026: Friday 24
 * April; undecided by Wednesday 13 May: from that date, across Ascension
 * (14-15 May), Idul Adha (27-28 May) and Pancasila day, Tuesday 9 June. */
static void test_jendela_sengketa(void **state)
{
    fixture *fx = fx_of(state);
    sl_day last = 0;
    assert_int_equal(sl_sengketa_batas(fx->cal, 1, ymd(2026, 4, 6), ymd(2026, 5, 13),
                                       ymd(2026, 4, 6), &last), SL_KI_SETELAH_PUTUSAN);
    assert_int_equal(last, ymd(2026, 4, 24));
    assert_int_equal(sl_sengketa_batas(fx->cal, 0, 0, ymd(2026, 5, 13),
                                       ymd(2026, 5, 13), &last), SL_KI_BELUM);
    assert_int_equal(sl_sengketa_batas(fx->cal, 0, 0, ymd(2026, 5, 13),
                                       ymd(2026, 5, 18), &last), SL_KI_PUTUSAN_TERLAMBAT);
    assert_int_equal(last, ymd(2026, 6, 9));
    /* A late decision counts from its own day. */
    assert_int_equal(sl_sengketa_batas(fx->cal, 1, ymd(2026, 6, 2), ymd(2026, 5, 13),
                                       ymd(2026, 6, 2), &last), SL_KI_SETELAH_PUTUSAN);
    assert_int_equal(last, ymd(2026, 6, 23));   /* past 16 June, Islamic New Year */
}

static void test_sengketa_terlambat(void **state)
{
    fixture *fx = fx_of(state);
    sl_day due = ymd(2026, 5, 13);
    assert_false(sl_sengketa_terlambat(fx->cal, 1, ymd(2026, 4, 6), due, ymd(2026, 4, 24)));
    assert_true(sl_sengketa_terlambat(fx->cal, 1, ymd(2026, 4, 6), due, ymd(2026, 4, 27)));
    assert_false(sl_sengketa_terlambat(fx->cal, 0, 0, due, ymd(2026, 6, 9)));
    assert_true(sl_sengketa_terlambat(fx->cal, 0, 0, due, ymd(2026, 6, 10)));
    /* Decided after the filing: the window the applicant used ran from
     * the missed due date. */
    assert_true(sl_sengketa_terlambat(fx->cal, 1, ymd(2026, 6, 15), due, ymd(2026, 6, 10)));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_calendar_idul_fitri_2026),
        cmocka_unit_test(test_notice_across_idul_fitri),
        cmocka_unit_test(test_notice_across_may_holidays),
        cmocka_unit_test(test_notice_on_holiday),
        cmocka_unit_test(test_notice_ignores_due_date),
        cmocka_unit_test(test_no_notice_before_due),
        cmocka_unit_test(test_no_notice_after_due),
        cmocka_unit_test(test_no_notice_due_before_idul_fitri),
        cmocka_unit_test(test_alasan_choices),
        cmocka_unit_test(test_alasan_sorted_and_merged),
        cmocka_unit_test(test_alasan_none),
        cmocka_unit_test(test_alasan_invalid),
        cmocka_unit_test(test_perpanjangan_sebelum_jatuh_tempo),
        cmocka_unit_test(test_alasan_ulang),
        cmocka_unit_test(test_musyawarah_b_sampai_g),
        cmocka_unit_test(test_jendela_sengketa),
        cmocka_unit_test(test_sengketa_terlambat),
    };

    return UNIT_RUN(tests, unit_calendar_setup, unit_calendar_teardown);
}
