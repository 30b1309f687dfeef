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

/* ---- the window: sl_keberatan_cek ----------------------------------------------- */

/* A case of the window: with or without a notice (the notice day is
 * ignored when there is none), the due date, today; the window it gives
 * and, unless BELUM, the ground it counts from and its last day. */
typedef struct {
    int has_notice;
    const char *notice, *due, *today;
    sl_keberatan_jendela want;
    const char *ground, *last;
} window_case;

static const window_case windows[] = {
    /* Notice Tuesday 10 March 2026: 5 working days to 17 March, 18-24
     * March skipped, 3 April (Wafat Yesus Kristus) skipped; the 30th
     * working day is Wednesday 29 April 2026.  The day of the notice,
     * during the holidays, the day before the last, the last day: open. */
    {1, "2026-03-10", "2026-03-16", "2026-03-10", SL_KEBERATAN_BUKA, "2026-03-10", "2026-04-29"},
    {1, "2026-03-10", "2026-03-16", "2026-03-11", SL_KEBERATAN_BUKA, "2026-03-10", "2026-04-29"},
    {1, "2026-03-10", "2026-03-16", "2026-03-21", SL_KEBERATAN_BUKA, "2026-03-10", "2026-04-29"},
    {1, "2026-03-10", "2026-03-16", "2026-04-28", SL_KEBERATAN_BUKA, "2026-03-10", "2026-04-29"},
    {1, "2026-03-10", "2026-03-16", "2026-04-29", SL_KEBERATAN_BUKA, "2026-03-10", "2026-04-29"},
    /* From the next day on: closed. */
    {1, "2026-03-10", "2026-03-16", "2026-04-30", SL_KEBERATAN_LEWAT, "2026-03-10", "2026-04-29"},
    {1, "2026-03-10", "2026-03-16", "2026-05-04", SL_KEBERATAN_LEWAT, "2026-03-10", "2026-04-29"},
    {1, "2026-03-10", "2026-03-16", "2026-12-31", SL_KEBERATAN_LEWAT, "2026-03-10", "2026-04-29"},
    /* Notice Monday 4 May 2026: Kenaikan (14-15 May), Idul Adha (27-28
     * May), Pancasila (1 June) and Tahun Baru Islam (16 June) skipped; the
     * last day is Tuesday 23 June 2026. */
    {1, "2026-05-04", "2026-05-08", "2026-06-23", SL_KEBERATAN_BUKA, "2026-05-04", "2026-06-23"},
    {1, "2026-05-04", "2026-05-08", "2026-06-24", SL_KEBERATAN_LEWAT, "2026-05-04", "2026-06-23"},
    /* A notice issued on a non-working day (Saturday 21 March 2026, Idul
     * Fitri): counting starts on the next working day, 25 March. */
    {1, "2026-03-21", "2026-03-30", "2026-05-07", SL_KEBERATAN_BUKA, "2026-03-21", "2026-05-07"},
    {1, "2026-03-21", "2026-03-30", "2026-05-08", SL_KEBERATAN_LEWAT, "2026-03-21", "2026-05-07"},
    /* With a notice, the due date plays no part, even a notice issued
     * late.  Issued before the due date, today still before it: */
    {1, "2026-03-10", "2026-03-25", "2026-03-12", SL_KEBERATAN_BUKA, "2026-03-10", "2026-04-29"},
    /* Issued after the due date (late): the ground is still the notice. */
    {1, "2026-03-10", "2026-02-20", "2026-04-29", SL_KEBERATAN_BUKA, "2026-03-10", "2026-04-29"},
    {1, "2026-03-10", "2026-02-20", "2026-04-30", SL_KEBERATAN_LEWAT, "2026-03-10", "2026-04-29"},
    /* No notice, before the due date: not yet. */
    {0, NULL, "2026-04-06", "2026-03-13", SL_KEBERATAN_BELUM, NULL, NULL},
    {0, NULL, "2026-04-06", "2026-04-03", SL_KEBERATAN_BELUM, NULL, NULL},
    {0, NULL, "2026-04-06", "2026-04-06", SL_KEBERATAN_BELUM, NULL, NULL},
    {0, "2026-03-10", "2026-04-06", "2026-04-06", SL_KEBERATAN_BELUM, NULL, NULL},
    /* Received Friday 13 March 2026, due Monday 6 April 2026 (README);
     * unanswered, the window runs from the due date: its 30th working day
     * is Thursday 21 May 2026 (1 May and 14-15 May skipped). */
    {0, NULL, "2026-04-06", "2026-04-07", SL_KEBERATAN_BUKA, "2026-04-06", "2026-05-21"},
    {0, NULL, "2026-04-06", "2026-05-20", SL_KEBERATAN_BUKA, "2026-04-06", "2026-05-21"},
    {0, NULL, "2026-04-06", "2026-05-21", SL_KEBERATAN_BUKA, "2026-04-06", "2026-05-21"},
    {0, NULL, "2026-04-06", "2026-05-22", SL_KEBERATAN_LEWAT, "2026-04-06", "2026-05-21"},
    {0, NULL, "2026-04-06", "2026-06-30", SL_KEBERATAN_LEWAT, "2026-04-06", "2026-05-21"},
    {0, "2026-03-10", "2026-04-06", "2026-05-21", SL_KEBERATAN_BUKA, "2026-04-06", "2026-05-21"},
    /* A due date before Idul Fitri: Tuesday 10 March 2026 gives the same
     * last day as a notice on that day. */
    {0, NULL, "2026-03-10", "2026-03-11", SL_KEBERATAN_BUKA, "2026-03-10", "2026-04-29"},
    {0, NULL, "2026-03-10", "2026-04-29", SL_KEBERATAN_BUKA, "2026-03-10", "2026-04-29"},
    {0, NULL, "2026-03-10", "2026-04-30", SL_KEBERATAN_LEWAT, "2026-03-10", "2026-04-29"},
};

static void test_window(void **state)
{
    const sl_calendar *cal = fx_of(state)->cal;

    /* The two counts the cases rest on. */
    assert_int_equal(sl_calendar_add_working_days(cal, ymd(2026, 3, 10), 30, NULL),
                     ymd(2026, 4, 29));
    assert_int_equal(sl_calendar_working_days_between(cal, ymd(2026, 3, 10),
                                                      ymd(2026, 4, 29)), 30);
    assert_int_equal(sl_calendar_add_working_days(cal, ymd(2026, 4, 6), 30, NULL),
                     ymd(2026, 5, 21));

    for (size_t i = 0; i < sizeof windows / sizeof windows[0]; i++) {
        const window_case *c = &windows[i];
        sl_day ground = -1, last = -1;
        sl_keberatan_jendela got =
            sl_keberatan_cek(cal, c->has_notice, unit_day(c->notice), unit_day(c->due),
                             unit_day(c->today), &ground, &last);
        int ok = got == c->want &&
                 (c->want == SL_KEBERATAN_BELUM ||
                  (ground == unit_day(c->ground) && last == unit_day(c->last)));
        if (!ok)
            fail_msg("case: has_notice=%d notice=%s due=%s today=%s\n"
                     "  got %s ground=%ld last=%ld, want %s ground=%s last=%s",
                     c->has_notice, c->notice ? c->notice : "-", c->due, c->today,
                     window_name(got), (long)ground, (long)last, window_name(c->want),
                     c->ground ? c->ground : "-", c->last ? c->last : "-");
    }
}

/* ---- sl_keberatan_alasan -------------------------------------------------------- */

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

/* The letters ticked on the form and the SET value they give: sorted and
 * merged, or NULL when any one is not a ground (one bad value spoils the
 * rest, wherever it is), or when none is ticked. */
static const struct {
    int n;
    const char *in[10];
    const char *want;
} alasan_cases[] = {
    {1, {"a"}, "a"},
    {1, {"g"}, "g"},
    {2, {"a", "c"}, "a,c"},
    {2, {"c", "a"}, "a,c"},
    {3, {"e", "b", "d"}, "b,d,e"},
    {2, {"c", "c"}, "c"},
    {5, {"f", "a", "f", "a", "f"}, "a,f"},
    {7, {"g", "f", "e", "d", "c", "b", "a"}, "a,b,c,d,e,f,g"},
    {10, {"a", "b", "c", "d", "e", "f", "g", "g", "a", "d"}, "a,b,c,d,e,f,g"},
    {0, {NULL}, NULL},
    {1, {"h"}, NULL},
    {1, {"z"}, NULL},
    {1, {"A"}, NULL},
    {1, {"G"}, NULL},
    {1, {"`"}, NULL},   /* 'a' - 1 */
    {1, {"1"}, NULL},
    {1, {""}, NULL},
    {1, {" "}, NULL},
    {1, {"ab"}, NULL},
    {1, {"a,c"}, NULL},
    {1, {"a "}, NULL},
    {1, {" a"}, NULL},
    {1, {"\xc3\xa1"}, NULL},  /* á */
    {1, {NULL}, NULL},
    {2, {"a", "h"}, NULL},
    {2, {"h", "a"}, NULL},
    {3, {"a", "c", "bc"}, NULL},
    {3, {"a", "", "c"}, NULL},
    {2, {"b", NULL}, NULL},
};

static void test_alasan(void **state)
{
    apr_pool_t *pool = fx_of(state)->pool;
    for (size_t i = 0; i < sizeof alasan_cases / sizeof alasan_cases[0]; i++) {
        int n = alasan_cases[i].n;
        apr_array_header_t *a = apr_array_make(pool, n ? n : 1, sizeof(const char *));
        for (int k = 0; k < n; k++)
            APR_ARRAY_PUSH(a, const char *) = alasan_cases[i].in[k];
        const char *got = sl_keberatan_alasan(pool, a);
        const char *want = alasan_cases[i].want;
        if (want == NULL ? got != NULL : got == NULL || strcmp(got, want) != 0)
            fail_msg("case %zu: got %s, want %s", i, got ? got : "NULL",
                     want ? want : "NULL");
    }
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
        cmocka_unit_test(test_window),
        cmocka_unit_test(test_alasan_choices),
        cmocka_unit_test(test_alasan),
        cmocka_unit_test(test_perpanjangan_sebelum_jatuh_tempo),
        cmocka_unit_test(test_alasan_ulang),
        cmocka_unit_test(test_musyawarah_b_sampai_g),
        cmocka_unit_test(test_jendela_sengketa),
        cmocka_unit_test(test_sengketa_terlambat),
    };

    return UNIT_RUN(tests, unit_calendar_setup, unit_calendar_teardown);
}
