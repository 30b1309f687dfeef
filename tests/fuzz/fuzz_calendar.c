/* libFuzzer harness of the working-day calendar (common/calendar.h).
 *
 * Input: [0-1] the day counted from (days after 1990-01-01), [2] how many
 * working days to add, [3-4] the cut-off in minutes, [5-8] the receipt time
 * (seconds after the start of the day before), [9] how many runs of
 * holidays, then per run an offset from the start day, a length and a name
 * choice; what is left is text for sl_day_parse_iso and sl_utc_parse.
 *
 * Invariants: the n-th working day after a day is a working day, later
 * than it, with exactly n working days up to it; every skipped day is
 * non-working, strictly between, in order, and with its reason; day 0 of a
 * receipt is a working day, the receipt day itself only when that is a
 * working day before the cut-off; holidays keep the first name given;
 * parsed dates and times print back as they were written. */
#include <string.h>
#include <apr_strings.h>
#include <apr_tables.h>

#include "calendar.h"
#include "fuzz_support.h"

static const char *const NAMES[] = {
    NULL, "Tahun Baru Masehi", "Idul Fitri 1447 H", "Cuti Bersama",
    "Hari Raya Natal",
};

enum { MAX_RUNS = 24, MAX_RUN_LEN = 40 };

typedef struct {
    sl_day first;
    int len;
    const char *name;
} run;

static const char *expected_name(const run *runs, int nruns, sl_day day)
{
    for (int i = 0; i < nruns; i++)
        if (day >= runs[i].first && day < runs[i].first + runs[i].len)
            return runs[i].name ? runs[i].name : "Hari libur";
    return NULL;
}

static const char *weekday_reason(sl_day day)
{
    return sl_day_weekday_name(day);
}

static void check_counting(apr_pool_t *pool, const sl_calendar *cal,
                           sl_day from, int n)
{
    apr_array_header_t *skipped = apr_array_make(pool, 8,
                                                 sizeof(sl_skipped_day));
    sl_day due = sl_calendar_add_working_days(cal, from, n, skipped);
    sl_day prev = from;

    FZ_CHECK(sl_calendar_add_working_days(cal, from, n, NULL) == due);
    if (n == 0) {
        FZ_CHECK(due == from);
        FZ_CHECK(skipped->nelts == 0);
    } else {
        FZ_CHECK(due > from);
        FZ_CHECK(sl_calendar_is_working(cal, due));
        FZ_CHECK(sl_calendar_working_days_between(cal, from, due - 1)
                 == n - 1);
    }
    FZ_CHECK(sl_calendar_working_days_between(cal, from, due) == n);
    /* Every day between is either counted or skipped, never both. */
    FZ_CHECK((sl_day)(from + n + skipped->nelts) == due);
    for (int i = 0; i < skipped->nelts; i++) {
        const sl_skipped_day *s = &APR_ARRAY_IDX(skipped, i, sl_skipped_day);
        const char *holiday = sl_calendar_holiday_name(cal, s->day);
        FZ_CHECK(s->day > prev && s->day < due);
        FZ_CHECK(!sl_calendar_is_working(cal, s->day));
        FZ_CHECK(s->reason != NULL);
        FZ_CHECK(strcmp(s->reason, holiday ? holiday
                                           : weekday_reason(s->day)) == 0);
        prev = s->day;
    }
    FZ_CHECK(sl_day_iso(pool, due) != NULL);
    FZ_CHECK(sl_day_long_id(pool, due) != NULL);
    FZ_CHECK(sl_calendar_working_days_between(cal, due, from) == 0);
}

static void check_day_zero(const sl_calendar *cal, int64_t utc, int cutoff)
{
    sl_day0_reason why;
    sl_day d0 = sl_calendar_day_zero(cal, utc, &why);
    int64_t local = utc + SL_WIB_OFFSET_SECONDS;
    sl_day day = (sl_day)(local >= 0 ? local / 86400
                                     : -((-local + 86399) / 86400));
    int minutes = (int)((local - (int64_t)day * 86400) / 60);

    FZ_CHECK(sl_calendar_day_zero(cal, utc, NULL) == d0);
    FZ_CHECK(sl_calendar_is_working(cal, d0));
    switch (why) {
    case SL_DAY0_SAME_DAY:
        FZ_CHECK(d0 == day);
        FZ_CHECK(minutes < cutoff);
        break;
    case SL_DAY0_NON_WORKING:
        FZ_CHECK(!sl_calendar_is_working(cal, day));
        FZ_CHECK(d0 > day);
        break;
    case SL_DAY0_AFTER_CUTOFF:
        FZ_CHECK(sl_calendar_is_working(cal, day));
        FZ_CHECK(minutes >= cutoff);
        FZ_CHECK(d0 > day);
        break;
    default:
        FZ_CHECK(!"unknown day-0 reason");
    }
    /* A later day 0 is the first working day after the receipt day. */
    if (d0 != day) {
        FZ_CHECK(sl_calendar_add_working_days(cal, day, 1, NULL) == d0);
        for (sl_day d = day + 1; d < d0; d++)
            FZ_CHECK(!sl_calendar_is_working(cal, d));
    }
}

static void check_text(apr_pool_t *pool, const char *text)
{
    sl_day day;
    int64_t seconds;

    if (sl_day_parse_iso(text, &day) == 0) {
        int y, m, d;
        FZ_CHECK(strcmp(sl_day_iso(pool, day), text) == 0);
        sl_day_to_ymd(day, &y, &m, &d);
        FZ_CHECK(sl_day_from_ymd(y, m, d) == day);
        FZ_CHECK(sl_day_long_id(pool, day) != NULL);
    }
    if (sl_utc_parse(text, &seconds) == 0) {
        sl_day wib;
        /* A leap second (":60") is read as the next minute's first. */
        if (strcmp(text + 17, "60") != 0)
            FZ_CHECK(strcmp(sl_utc_format(pool, seconds), text) == 0);
        FZ_CHECK(sl_wib_day(text, &wib) == 0);
        FZ_CHECK(sl_wib_text(pool, text) != text);
    } else {
        sl_day wib;
        FZ_CHECK(sl_wib_day(text, &wib) == -1);
        FZ_CHECK(sl_wib_text(pool, text) == text);
    }
    FZ_CHECK(sl_day_parse_iso(NULL, &day) == -1);
    FZ_CHECK(sl_utc_parse(NULL, &seconds) == -1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_input in = {data, size};
    apr_pool_t *pool;
    sl_day base = sl_day_from_ymd(1990, 1, 1);
    sl_day from;
    int n, cutoff, nruns, nholidays = 0;
    uint32_t receipt;
    run runs[MAX_RUNS];
    sl_holiday holidays[MAX_RUNS * MAX_RUN_LEN];
    const sl_calendar *cal;
    const char *text;

    if (size < 10)
        return 0;
    pool = fz_begin();
    from = base + (sl_day)fz_u16(&in);
    n = (int)fz_byte(&in);
    cutoff = (int)(fz_u16(&in) % 1441);
    receipt = fz_u16(&in);
    receipt |= (uint32_t)fz_u16(&in) << 16;
    nruns = (int)(fz_byte(&in) % (MAX_RUNS + 1));
    for (int i = 0; i < nruns; i++) {
        runs[i].first = from + (sl_day)fz_byte(&in) - 16;
        runs[i].len = (int)(fz_byte(&in) % MAX_RUN_LEN);
        runs[i].name = NAMES[fz_byte(&in) % (sizeof NAMES / sizeof *NAMES)];
        for (int j = 0; j < runs[i].len; j++) {
            holidays[nholidays].day = runs[i].first + j;
            holidays[nholidays].name = runs[i].name;
            nholidays++;
        }
    }
    /* The calendar is built from the holidays in reverse order, so the
     * name that must win for a day is that of the last run covering it. */
    {
        sl_holiday *shuffled = apr_palloc(pool, sizeof *shuffled
                                          * (size_t)(nholidays ? nholidays : 1));
        for (int i = 0; i < nholidays; i++)
            shuffled[i] = holidays[nholidays - 1 - i];
        cal = sl_calendar_make(pool, shuffled, nholidays, cutoff);
    }

    for (sl_day d = from - 20; d < from + 300; d++) {
        const char *want = NULL;
        for (int i = nruns - 1; i >= 0 && !want; i--)
            want = expected_name(runs + i, 1, d);
        const char *got = sl_calendar_holiday_name(cal, d);
        int wd = sl_day_weekday(d);
        FZ_CHECK((want == NULL) == (got == NULL));
        if (want)
            FZ_CHECK(strcmp(want, got) == 0);
        FZ_CHECK(sl_calendar_is_working(cal, d)
                 == (wd != 0 && wd != 6 && got == NULL));
        FZ_CHECK(strcmp(sl_day_weekday_name(d),
                        sl_day_weekday_name(d + 7)) == 0);
    }

    check_counting(pool, cal, from, n);
    check_counting(pool, cal, from, n % 11);   /* the legal 10 days */
    check_day_zero(cal, ((int64_t)from - 1) * 86400
                        + (int64_t)(receipt % (12u * 86400)), cutoff);

    text = fz_rest(&in, NULL);
    check_text(pool, text);
    /* Empty calendars and calendars without holidays count weekdays. */
    check_counting(pool, sl_calendar_make(pool, NULL, 0, cutoff), from, n);
    fz_end(pool);
    return 0;
}
