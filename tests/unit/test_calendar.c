/* Unit tests for common/calendar.c with the real 2025-2026 non-working
 * days of sql/seed/hari-libur.csv (libur nasional and cuti
 * bersama alike). */
#include "unit_calendar.h"
#include <string.h>

#include <apr_tables.h>

typedef unit_calendar_fixture fixture;

static sl_day ymd(int y, int m, int d)
{
    return sl_day_from_ymd(y, m, d);
}

/* Unix time of a WIB wall-clock moment. */
static int64_t wib(int y, int m, int d, int hh, int mm)
{
    return (int64_t)ymd(y, m, d) * 86400 + hh * 3600 + mm * 60 -
           SL_WIB_OFFSET_SECONDS;
}

static int64_t utc(int y, int m, int d, int hh, int mm)
{
    return (int64_t)ymd(y, m, d) * 86400 + hh * 3600 + mm * 60;
}

static fixture *fx_of(void **state)
{
    return *state;
}

/* ---- dates ---------------------------------------------------------------- */

static void test_known_day_numbers(void **state)
{
    assert_int_equal(ymd(1970, 1, 1), 0);
    assert_int_equal(ymd(1969, 12, 31), -1);
    assert_int_equal(ymd(2000, 3, 1), 11017);
    assert_int_equal(ymd(2026, 3, 13), 20525);
    assert_int_equal(ymd(1600, 2, 29), -135081);
    assert_int_equal(ymd(1, 1, 1), -719162);
    assert_int_equal(ymd(9999, 12, 31), 2932896);
}

static void test_ymd_round_trip_wide(void **state)
{
    /* Day by day from year -1000 to 3000: each day converts back to its
     * date, and the next day is the date's calendar successor. */
    sl_day first = ymd(-1000, 1, 1), last = ymd(3000, 12, 31);
    int y, m, d;
    sl_day_to_ymd(first, &y, &m, &d);
    assert_int_equal(y, -1000);
    assert_int_equal(m, 1);
    assert_int_equal(d, 1);

    for (sl_day day = first; day < last; day++) {
        int y2, m2, d2;
        sl_day_to_ymd(day + 1, &y2, &m2, &d2);
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        static const int len[12] = {31, 28, 31, 30, 31, 30,
                                    31, 31, 30, 31, 30, 31};
        int mlen = (m == 2 && leap) ? 29 : len[m - 1];
        if (d < mlen) {
            assert_true(y2 == y && m2 == m && d2 == d + 1);
        } else if (m < 12) {
            assert_true(y2 == y && m2 == m + 1 && d2 == 1);
        } else {
            assert_true(y2 == y + 1 && m2 == 1 && d2 == 1);
        }
        assert_int_equal(ymd(y2, m2, d2), day + 1);
        y = y2;
        m = m2;
        d = d2;
    }
    assert_true(y == 3000 && m == 12 && d == 31);
}

static void test_weekday_known_dates(void **state)
{
    assert_int_equal(sl_day_weekday(ymd(1970, 1, 1)), 4);      /* Kamis */
    assert_int_equal(sl_day_weekday(ymd(1969, 12, 28)), 0);    /* Minggu */
    assert_int_equal(sl_day_weekday(ymd(1945, 8, 17)), 5);     /* Jumat */
    assert_int_equal(sl_day_weekday(ymd(2000, 2, 29)), 2);     /* Selasa */
    assert_int_equal(sl_day_weekday(ymd(2026, 3, 13)), 5);
    assert_int_equal(sl_day_weekday(ymd(2026, 4, 6)), 1);
    assert_int_equal(sl_day_weekday(ymd(1, 1, 1)), 1);
    assert_string_equal(sl_day_weekday_name(ymd(2026, 3, 14)), "Sabtu");
    assert_string_equal(sl_day_weekday_name(ymd(2026, 3, 15)), "Minggu");
    assert_string_equal(sl_day_weekday_name(ymd(2026, 4, 15)), "Rabu");
}

/* The buffer form writes what the parser reads back, over every day of
 * four centuries (leap rules included). */
static void test_iso_buf_round_trip(void **state)
{
    char buf[SL_DAY_ISO_LEN];
    sl_day d, back;
    (void)state;
    for (d = ymd(1900, 1, 1); d <= ymd(2300, 12, 31); d++) {
        sl_day_iso_buf(d, buf);
        assert_int_equal(strlen(buf), 10);
        assert_int_equal(sl_day_parse_iso(buf, &back), 0);
        assert_int_equal(back, d);
    }
}

static void test_iso_and_long_names(void **state)
{
    apr_pool_t *p = fx_of(state)->pool;
    assert_string_equal(sl_day_iso(p, ymd(2026, 3, 13)), "2026-03-13");
    assert_string_equal(sl_day_iso(p, ymd(1, 1, 1)), "0001-01-01");
    assert_string_equal(sl_day_iso(p, ymd(9999, 12, 31)), "9999-12-31");
    assert_string_equal(sl_day_long_id(p, ymd(2026, 3, 13)),
                        "Jumat, 13 Maret 2026");
    assert_string_equal(sl_day_long_id(p, ymd(2026, 4, 6)),
                        "Senin, 6 April 2026");
    assert_string_equal(sl_day_long_id(p, ymd(2025, 12, 31)),
                        "Rabu, 31 Desember 2025");
    assert_string_equal(sl_day_long_id(p, ymd(2026, 1, 1)),
                        "Kamis, 1 Januari 2026");
}

static void test_parse_iso(void **state)
{
    sl_day d = 12345;
    assert_int_equal(sl_day_parse_iso("2026-03-13", &d), 0);
    assert_int_equal(d, ymd(2026, 3, 13));
    assert_int_equal(sl_day_parse_iso("2024-02-29", &d), 0);
    assert_int_equal(d, ymd(2024, 2, 29));
    assert_int_equal(sl_day_parse_iso("2000-02-29", &d), 0);

    static const char *const bad[] = {
        "2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31",
        "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32",
        "0000-01-01", "2026-3-13", "2026-03-1", "26-03-13",
        "2026-03-130", "2026-03-13 ", " 2026-03-13", "2026/03/13",
        "20260313", "2026-0a-13", "2026-03-1x", "+026-03-13",
        "2026--3-13", "", "2026-03", "2026-03-13T00:00",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        d = 777;
        if (sl_day_parse_iso(bad[i], &d) != -1)
            fail_msg("accepted \"%s\"", bad[i]);
        assert_int_equal(d, 777);   /* untouched on failure */
    }
    assert_int_equal(sl_day_parse_iso(NULL, &d), -1);
}

/* ---- the calendar --------------------------------------------------------- */

/* A date and what the seeded calendar says of it: the holiday's name (NULL
 * for none) and whether it is a working day. */
typedef struct {
    int y, m, d;
    const char *name;
    int working;
} day_case;

static void test_holiday_lookup(void **state)
{
    sl_calendar *cal = fx_of(state)->cal;
    static const day_case cases[] = {
        {2026, 3, 18, "Cuti bersama Hari Suci Nyepi", 0},
        {2025, 1, 1, "Tahun Baru 2025 Masehi", 0},
        {2026, 12, 25, "Hari Raya Natal", 0},
        {2026, 3, 14, NULL, 0},                                  /* Sabtu */
        {2024, 12, 25, NULL, 1},          /* 2024 is not in the seed */
        {2026, 3, 19, "Hari Suci Nyepi Tahun Baru Saka 1948", 0}, /* libur */
        {2026, 3, 13, NULL, 1},
        {2026, 3, 25, NULL, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const day_case *c = &cases[i];
        sl_day day = ymd(c->y, c->m, c->d);
        const char *name = sl_calendar_holiday_name(cal, day);
        if (c->name == NULL)
            assert_null(name);
        else
            assert_string_equal(name, c->name);
        if (sl_calendar_is_working(cal, day) != c->working)
            fail_msg("%04d-%02d-%02d: working should be %d", c->y, c->m, c->d,
                     c->working);
    }
}

static void test_duplicates_and_empty(void **state)
{
    apr_pool_t *p = fx_of(state)->pool;
    char name[] = "Libur A";
    sl_holiday hol[] = {
        {ymd(2026, 3, 11), "Libur C"},
        {ymd(2026, 3, 10), name},
        {ymd(2026, 3, 10), "Libur B"},
    };
    sl_calendar *cal = sl_calendar_make(p, hol, 3, 960);
    name[0] = 'X';   /* names are copied */
    assert_string_equal(sl_calendar_holiday_name(cal, ymd(2026, 3, 10)),
                        "Libur A");
    assert_string_equal(sl_calendar_holiday_name(cal, ymd(2026, 3, 11)),
                        "Libur C");
    /* Tue 9 -> Thu 12 skips the two holidays. */
    assert_int_equal(sl_calendar_add_working_days(cal, ymd(2026, 3, 9), 1,
                                                  NULL), ymd(2026, 3, 12));

    sl_calendar *bare = sl_calendar_make(p, NULL, 0, 960);
    assert_non_null(bare);
    assert_null(sl_calendar_holiday_name(bare, ymd(2026, 3, 18)));
    assert_int_equal(sl_calendar_add_working_days(bare, ymd(2026, 3, 13), 10,
                                                  NULL), ymd(2026, 3, 27));
}

/* Day 0 of receipts in the seeded calendar: the moment (Unix time), the
 * day 0 it gives and why. */
static void test_day_zero(void **state)
{
    fixture *fx = fx_of(state);
    const struct {
        int64_t t;
        sl_day want;
        sl_day0_reason why;
    } cases[] = {
        /* A receipt on a working day before the cut-off. */
        {wib(2026, 3, 13, 10, 0), ymd(2026, 3, 13), SL_DAY0_SAME_DAY},
        {wib(2025, 12, 24, 10, 0), ymd(2025, 12, 24), SL_DAY0_SAME_DAY},
        /* Sat 7 Feb 2026, mid-morning. */
        {wib(2026, 2, 7, 9, 30), ymd(2026, 2, 9), SL_DAY0_NON_WORKING},
        /* A Saturday before a cuti bersama Monday and a holiday Tuesday. */
        {wib(2026, 2, 14, 8, 0), ymd(2026, 2, 18), SL_DAY0_NON_WORKING},
        /* Sunday before midnight is still Sunday. */
        {wib(2026, 2, 8, 23, 59), ymd(2026, 2, 9), SL_DAY0_NON_WORKING},
        /* The cut-off, Thursday 12 Mar 2026; 15:59:59 is still before the
         * cut-off minute. */
        {wib(2026, 3, 12, 15, 59), ymd(2026, 3, 12), SL_DAY0_SAME_DAY},
        {wib(2026, 3, 12, 15, 59) + 59, ymd(2026, 3, 12), SL_DAY0_SAME_DAY},
        {wib(2026, 3, 12, 16, 0), ymd(2026, 3, 13), SL_DAY0_AFTER_CUTOFF},
        {wib(2026, 3, 12, 0, 0), ymd(2026, 3, 12), SL_DAY0_SAME_DAY},
        /* Friday after cut-off -> Monday. */
        {wib(2026, 3, 13, 16, 0), ymd(2026, 3, 16), SL_DAY0_AFTER_CUTOFF},
        /* Tuesday 17 Mar after cut-off -> past Nyepi and Idul Fitri, 25 Mar. */
        {wib(2026, 3, 17, 16, 30), ymd(2026, 3, 25), SL_DAY0_AFTER_CUTOFF},
        /* Zones: Thu 12 Mar 23:30 UTC is Fri 13 Mar 06:30 WIB (the Unix
         * time written out, independent of the helpers). */
        {INT64_C(1773358200), ymd(2026, 3, 13), SL_DAY0_SAME_DAY},
        /* Fri 13 Mar 23:30 UTC is Saturday in WIB: non-working -> Monday. */
        {utc(2026, 3, 13, 23, 30), ymd(2026, 3, 16), SL_DAY0_NON_WORKING},
        /* 08:59 UTC is 15:59 WIB, 09:00 UTC is 16:00 WIB. */
        {utc(2026, 3, 12, 8, 59), ymd(2026, 3, 12), SL_DAY0_SAME_DAY},
        {utc(2026, 3, 12, 9, 0), ymd(2026, 3, 13), SL_DAY0_AFTER_CUTOFF},
        /* Sun 15 Mar 17:00 UTC is Mon 00:00 WIB: a working day already;
         * one second earlier is still Sunday in WIB. */
        {utc(2026, 3, 15, 17, 0), ymd(2026, 3, 16), SL_DAY0_SAME_DAY},
        {utc(2026, 3, 15, 17, 0) - 1, ymd(2026, 3, 16), SL_DAY0_NON_WORKING},
        /* Before 1970 (negative Unix time) the floor division still holds:
         * Wed 31 Dec 1969 23:30 UTC = Thu 1 Jan 1970 06:30 WIB. */
        {-1800, 0, SL_DAY0_SAME_DAY},
        /* Wed 24 Dec 2025 after cut-off counts from Mon 29 Dec. */
        {wib(2025, 12, 24, 16, 0), ymd(2025, 12, 29), SL_DAY0_AFTER_CUTOFF},
        /* New Year's Eve after cut-off jumps the 1 Jan holiday. */
        {wib(2025, 12, 31, 17, 0), ymd(2026, 1, 2), SL_DAY0_AFTER_CUTOFF},
        /* Received on a cuti bersama day (Wed 18 Mar 2026, Nyepi): the next
         * working day is Wed 25 Mar, after Nyepi and the Idul Fitri break. */
        {wib(2026, 3, 18, 9, 0), ymd(2026, 3, 25), SL_DAY0_NON_WORKING},
        /* Cuti bersama Natal, Thu 24 Dec 2026: Natal Friday, then weekend. */
        {wib(2026, 12, 24, 8, 0), ymd(2026, 12, 28), SL_DAY0_NON_WORKING},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sl_day0_reason why = -1;
        sl_day got = sl_calendar_day_zero(fx->cal, cases[i].t, &why);
        if (got != cases[i].want || why != cases[i].why)
            fail_msg("case %zu: day %ld reason %d, want %ld reason %d", i,
                     (long)got, (int)why, (long)cases[i].want, (int)cases[i].why);
    }

    /* The helpers themselves, against known Unix times. */
    assert_int_equal(utc(2026, 3, 12, 23, 30), INT64_C(1773358200));
    assert_int_equal(wib(2026, 3, 13, 10, 0), INT64_C(1773370800));
    /* reason may be NULL */
    assert_int_equal(sl_calendar_day_zero(fx->cal, wib(2026, 2, 7, 9, 30),
                                          NULL), ymd(2026, 2, 9));
    /* A different cut-off is honoured. */
    sl_calendar *early = sl_calendar_make(fx->pool, NULL, 0, 15 * 60);
    sl_day0_reason why = -1;
    assert_int_equal(sl_calendar_day_zero(early, wib(2026, 3, 12, 15, 0), &why),
                     ymd(2026, 3, 13));
    assert_int_equal(why, SL_DAY0_AFTER_CUTOFF);
}

/* Counting n working days from a date: the due date, and every day
 * skipped on the way with its reason (the due date itself is never listed). */
typedef struct {
    const char *from;
    int n;
    const char *due;
} count_case;

static const count_case counts[] = {
    /* 0: DOMAIN.md's worked example: received Fri 13 Mar 2026 10:00 WIB
     * (day 0 that day), due Mon 6 Apr; 1: extended by 7, Wed 15 Apr. */
    {"2026-03-13", 10, "2026-04-06"},
    {"2026-04-06", 7, "2026-04-15"},
    /* 2: n == 0 returns from even on a day off, and skips nothing. */
    {"2026-03-14", 0, "2026-03-14"},
    /* 3: the result is never itself listed as skipped. */
    {"2026-03-12", 1, "2026-03-13"},
    /* 4: counting from a day off: Sat 14 Mar + 1 = Mon 16 Mar, Sunday
     * skipped but not the starting Saturday. */
    {"2026-03-14", 1, "2026-03-16"},
    /* 5: across the year, from Wed 24 Dec 2025. */
    {"2025-12-24", 10, "2026-01-12"},
    /* 6: Wed 13 Aug 2025 + 3 skips Sun 17 Aug and the cuti bersama Mon 18
     * Aug (added by the August 2025 amendment). */
    {"2025-08-13", 3, "2025-08-19"},
};

/* The days each case of counts[] skips, in order, by the case's index. */
static const struct {
    int of, y, m, d;
    const char *reason;
} skips[] = {
    {0, 2026, 3, 14, "Sabtu"},
    {0, 2026, 3, 15, "Minggu"},
    {0, 2026, 3, 18, "Cuti bersama Hari Suci Nyepi"},
    {0, 2026, 3, 19, "Hari Suci Nyepi Tahun Baru Saka 1948"},
    {0, 2026, 3, 20, "Cuti bersama Idul Fitri"},
    {0, 2026, 3, 21, "Idul Fitri 1447 H"},   /* a Saturday: name wins */
    {0, 2026, 3, 22, "Idul Fitri 1447 H"},   /* a Sunday */
    {0, 2026, 3, 23, "Cuti bersama Idul Fitri"},
    {0, 2026, 3, 24, "Cuti bersama Idul Fitri"},
    {0, 2026, 3, 28, "Sabtu"},
    {0, 2026, 3, 29, "Minggu"},
    {0, 2026, 4, 3, "Wafat Yesus Kristus"},
    {0, 2026, 4, 4, "Sabtu"},
    {0, 2026, 4, 5, "Kebangkitan Yesus Kristus (Paskah)"},
    {1, 2026, 4, 11, "Sabtu"},
    {1, 2026, 4, 12, "Minggu"},
    {4, 2026, 3, 15, "Minggu"},
    {5, 2025, 12, 25, "Hari Raya Natal"},
    {5, 2025, 12, 26, "Cuti bersama Natal"},
    {5, 2025, 12, 27, "Sabtu"},
    {5, 2025, 12, 28, "Minggu"},
    {5, 2026, 1, 1, "Tahun Baru 2026 Masehi"},
    {5, 2026, 1, 3, "Sabtu"},
    {5, 2026, 1, 4, "Minggu"},
    {5, 2026, 1, 10, "Sabtu"},
    {5, 2026, 1, 11, "Minggu"},
    {6, 2025, 8, 16, "Sabtu"},
    {6, 2025, 8, 17, "Hari Kemerdekaan Republik Indonesia"},
    {6, 2025, 8, 18, "Cuti bersama Hari Kemerdekaan (perubahan SKB Agustus 2025)"},
};

static void test_add_working_days(void **state)
{
    fixture *fx = fx_of(state);
    apr_array_header_t *skipped = apr_array_make(fx->pool, 8,
                                                 sizeof(sl_skipped_day));
    size_t k = 0;
    for (int i = 0; i < (int)(sizeof counts / sizeof counts[0]); i++) {
        const count_case *c = &counts[i];
        sl_day from = unit_day(c->from);
        apr_array_clear(skipped);
        sl_day due = sl_calendar_add_working_days(fx->cal, from, c->n, skipped);
        if (due != unit_day(c->due))
            fail_msg("case %d: due %ld", i, (long)due);
        for (int j = 0; j < skipped->nelts; j++, k++) {
            const sl_skipped_day *s = &APR_ARRAY_IDX(skipped, j, sl_skipped_day);
            if (k >= sizeof skips / sizeof skips[0] || skips[k].of != i)
                fail_msg("case %d: day %ld skipped unexpectedly", i, (long)s->day);
            assert_int_equal(s->day, ymd(skips[k].y, skips[k].m, skips[k].d));
            assert_string_equal(s->reason, skips[k].reason);
        }
        if (k < sizeof skips / sizeof skips[0] && skips[k].of == i)
            fail_msg("case %d: skipped only %d days", i, skipped->nelts);
        /* Counting back over the span gives n again. */
        assert_int_equal(sl_calendar_working_days_between(fx->cal, from, due),
                         c->n);
    }
    assert_int_equal(k, sizeof skips / sizeof skips[0]);
    assert_string_equal(sl_day_long_id(fx->pool, ymd(2026, 4, 6)),
                        "Senin, 6 April 2026");
    assert_string_equal(sl_day_long_id(fx->pool, ymd(2026, 4, 15)),
                        "Rabu, 15 April 2026");
}

static void test_working_days_between(void **state)
{
    sl_calendar *cal = fx_of(state)->cal;
    static const struct {
        const char *from, *to;
        int want;
    } cases[] = {
        {"2026-03-13", "2026-04-06", 10},
        {"2026-04-06", "2026-04-15", 7},
        {"2026-03-13", "2026-03-13", 0},
        {"2026-04-06", "2026-03-13", 0},
        /* Fri -> Mon is one working day; Fri -> Sun none. */
        {"2026-03-13", "2026-03-16", 1},
        {"2026-03-13", "2026-03-15", 0},
        /* Tue 17 Mar to Tue 24 Mar 2026: every day off. */
        {"2026-03-17", "2026-03-24", 0},
        /* Whole of 2026: 261 weekdays minus the 2026 rows falling on
         * weekdays (25 rows; 21-22 Mar, 5 Apr and 31 May fall on
         * weekends) = 240. */
        {"2025-12-31", "2026-12-31", 261 - 21},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (sl_calendar_working_days_between(cal, unit_day(cases[i].from),
                                             unit_day(cases[i].to)) != cases[i].want)
            fail_msg("%s to %s: want %d", cases[i].from, cases[i].to, cases[i].want);
    }

    /* Inverse of add_working_days over a span of starts. */
    for (sl_day d = ymd(2025, 1, 1); d <= ymd(2026, 12, 1); d++)
        for (int n = 0; n <= 12; n += 4) {
            sl_day r = sl_calendar_add_working_days(cal, d, n, NULL);
            assert_int_equal(sl_calendar_working_days_between(cal, d, r), n);
        }
}

static void test_stored_utc_times(void **state)
{
    apr_pool_t *pool;
    int64_t t;
    sl_day day;
    (void)state;
    apr_pool_create(&pool, NULL);
    assert_int_equal(sl_utc_parse("2026-03-13 03:00:00", &t), 0);
    assert_string_equal(sl_utc_format(pool, t), "2026-03-13 03:00:00");
    assert_string_equal(sl_wib_text(pool, "2026-03-13 03:00:00"),
                        "Jumat, 13 Maret 2026 10:00 WIB");
    /* 17:30 UTC is already the next day in WIB. */
    assert_string_equal(sl_wib_text(pool, "2025-12-31 17:30:00"),
                        "Kamis, 1 Januari 2026 00:30 WIB");
    assert_int_equal(sl_wib_day("2025-12-31 17:30:00", &day), 0);
    assert_int_equal(day, sl_day_from_ymd(2026, 1, 1));
    assert_int_equal(sl_utc_parse("2026-02-30 00:00:00", &t), -1);
    assert_int_equal(sl_utc_parse("2026-03-13 24:00:00", &t), -1);
    assert_int_equal(sl_utc_parse("2026-03-13T03:00:00", &t), -1);
    assert_int_equal(sl_utc_parse("2026-03-13 03:00", &t), -1);
    assert_int_equal(sl_utc_parse(NULL, &t), -1);
    assert_string_equal(sl_wib_text(pool, "kemarin"), "kemarin");
    apr_pool_destroy(pool);
}

/* A year counts as loaded when it holds a holiday: the seed (2025-2026)
 * loads those two only, so a due date counted into 2027 is provisional. */
static void test_loaded_years(void **state)
{
    fixture *fx = *state;
    sl_calendar *bare = sl_calendar_make(fx->pool, NULL, 0, 960);

    assert_true(sl_calendar_year_loaded(fx->cal, 2025));
    assert_true(sl_calendar_year_loaded(fx->cal, 2026));
    assert_false(sl_calendar_year_loaded(fx->cal, 2024));
    assert_false(sl_calendar_year_loaded(fx->cal, 2027));
    assert_false(sl_calendar_year_loaded(bare, 2026));
    assert_int_equal(sl_calendar_unloaded_year(fx->cal, ymd(2026, 12, 20),
                                               ymd(2026, 12, 31)), 0);
    assert_int_equal(sl_calendar_unloaded_year(fx->cal, ymd(2026, 12, 21),
                                               ymd(2027, 1, 5)), 2027);
    assert_int_equal(sl_calendar_unloaded_year(fx->cal, ymd(2024, 12, 21),
                                               ymd(2025, 1, 5)), 2024);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loaded_years),
        cmocka_unit_test(test_known_day_numbers),
        cmocka_unit_test(test_ymd_round_trip_wide),
        cmocka_unit_test(test_weekday_known_dates),
        cmocka_unit_test(test_iso_and_long_names),
        cmocka_unit_test(test_iso_buf_round_trip),
        cmocka_unit_test(test_parse_iso),
        cmocka_unit_test(test_holiday_lookup),
        cmocka_unit_test(test_duplicates_and_empty),
        cmocka_unit_test(test_day_zero),
        cmocka_unit_test(test_add_working_days),
        cmocka_unit_test(test_working_days_between),
        cmocka_unit_test(test_stored_utc_times),
    };
    return UNIT_RUN(tests, unit_calendar_setup, unit_calendar_teardown);
}
