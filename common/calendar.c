/* Working-day calendar: civil dates as day numbers, Indonesian names, and
 * the clock rules of DOMAIN.md "Clocks" (weekends and non-working holidays
 * skipped, receipts after the cut-off or on a day off count from the next
 * working day). */
#include "calendar.h"
#include "sl_messages.h"

#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>

/* ---- civil dates --------------------------------------------------------- */

/* Dates are counted internally from 0000-03-01 of the proleptic Gregorian
 * calendar: with the year starting in March the leap day is the last day of
 * the year, so month lengths never depend on the year until February. */
#define DAYS_0000_03_01_TO_EPOCH 719468
#define DAYS_PER_400Y 146097        /* 400 * 365 + 97 leap days */
#define DAYS_PER_100Y 36524         /* 100 * 365 + 24 (the century skips) */
#define DAYS_PER_4Y 1461

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* Days from March 1 to the first of month index mi (0 = March ... 11 =
 * February): month lengths 31 30 31 30 31 repeat every five months, 153
 * days, so the offset is linear with rounding. */
static int march_month_start(int mi)
{
    return (153 * mi + 2) / 5;
}

static int is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30,
                                31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : len[month - 1];
}

sl_day sl_day_from_ymd(int year, int month, int mday)
{
    int64_t y = month <= 2 ? (int64_t)year - 1 : year;  /* March-based */
    int mi = month <= 2 ? month + 9 : month - 3;
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;                        /* 0 .. 399 */
    int64_t doy = march_month_start(mi) + mday - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (sl_day)(era * DAYS_PER_400Y + doe - DAYS_0000_03_01_TO_EPOCH);
}

void sl_day_to_ymd(sl_day day, int *year, int *month, int *mday)
{
    int64_t z = (int64_t)day + DAYS_0000_03_01_TO_EPOCH;
    int64_t era = floor_div(z, DAYS_PER_400Y);
    int64_t rem = z - era * DAYS_PER_400Y;          /* 0 .. 146096 */

    /* Peel off centuries, four-year groups and years.  The last century of
     * an era and the last year of a group are one day longer (they end in
     * a leap day), hence the clamps. */
    int64_t c = rem / DAYS_PER_100Y;
    if (c == 4)
        c = 3;
    rem -= c * DAYS_PER_100Y;
    int64_t q = rem / DAYS_PER_4Y;
    rem -= q * DAYS_PER_4Y;
    int64_t n = rem / 365;
    if (n == 4)
        n = 3;
    rem -= n * 365;                                 /* day of March-year */

    int mi = (int)((5 * rem + 2) / 153);
    int m = mi < 10 ? mi + 3 : mi - 9;
    int64_t y = era * 400 + c * 100 + q * 4 + n + (m <= 2 ? 1 : 0);

    *year = (int)y;
    *month = m;
    *mday = (int)(rem - march_month_start(mi) + 1);
}

int sl_day_weekday(sl_day day)
{
    /* 1970-01-01 was a Thursday (4). */
    return (int)(((int64_t)day % 7 + 7 + 4) % 7);
}

static int parse_digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int sl_day_parse_iso(const char *text, sl_day *out)
{
    if (text == NULL)
        return -1;
    /* Exactly YYYY-MM-DD: check the shape before reading numbers so a short
     * string is never read past its end. */
    for (int i = 0; i < 10; i++) {
        if (text[i] == '\0')
            return -1;
        if ((i == 4 || i == 7) != (text[i] == '-'))
            return -1;
    }
    if (text[10] != '\0')
        return -1;

    int year = parse_digits(text, 4);
    int month = parse_digits(text + 5, 2);
    int mday = parse_digits(text + 8, 2);
    if (year < 1 || month < 1 || month > 12 || mday < 1 ||
        mday > days_in_month(year, month))
        return -1;
    *out = sl_day_from_ymd(year, month, mday);
    return 0;
}

void sl_day_iso_buf(sl_day day, char out[SL_DAY_ISO_LEN])
{
    int y, m, d;
    sl_day_to_ymd(day, &y, &m, &d);
    if (y < 0 || y > 9999) {
        y = 0;      /* never a real request date; keeps the width fixed */
    }
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

const char *sl_day_iso(apr_pool_t *pool, sl_day day)
{
    char *out = apr_palloc(pool, SL_DAY_ISO_LEN);
    sl_day_iso_buf(day, out);
    return out;
}

static const char *const WEEKDAYS_ID[7] = {
    "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu",
};

static const char *const MONTHS_ID[12] = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
};

const char *sl_day_weekday_name(sl_day day)
{
    return WEEKDAYS_ID[sl_day_weekday(day)];
}

const char *sl_day_long_id(apr_pool_t *pool, sl_day day)
{
    int y, m, d;
    sl_day_to_ymd(day, &y, &m, &d);
    return apr_psprintf(pool, "%s, %d %s %d", sl_day_weekday_name(day), d,
                        MONTHS_ID[m - 1], y);
}

/* ---- stored times ------------------------------------------------------- */

int sl_utc_parse(const char *text, int64_t *seconds)
{
    char date[11];
    sl_day day;
    int h, mi, sec;

    /* Exactly "YYYY-MM-DD HH:MM:SS". */
    if (!text || strlen(text) != 19 || text[10] != ' ' || text[13] != ':'
        || text[16] != ':') {
        return -1;
    }
    memcpy(date, text, 10);
    date[10] = '\0';
    for (int i = 11; i < 19; i++) {
        if (i != 13 && i != 16 && (text[i] < '0' || text[i] > '9'))
            return -1;
    }
    h = parse_digits(text + 11, 2);
    mi = parse_digits(text + 14, 2);
    sec = parse_digits(text + 17, 2);
    if (sl_day_parse_iso(date, &day) != 0 || h > 23 || mi > 59 || sec > 60) {
        return -1;
    }
    *seconds = (int64_t)day * 86400 + h * 3600 + mi * 60 + sec;
    return 0;
}

const char *sl_utc_format(apr_pool_t *pool, int64_t seconds)
{
    sl_day day = (sl_day)(seconds >= 0 ? seconds / 86400
                                       : -((-seconds + 86399) / 86400));
    int64_t rest = seconds - (int64_t)day * 86400;
    int y, m, d;

    sl_day_to_ymd(day, &y, &m, &d);
    return apr_psprintf(pool, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d,
                        (int)(rest / 3600), (int)(rest % 3600 / 60),
                        (int)(rest % 60));
}

int sl_wib_day(const char *utc, sl_day *day)
{
    int64_t t;
    if (sl_utc_parse(utc, &t) != 0) {
        return -1;
    }
    t += SL_WIB_OFFSET_SECONDS;
    *day = (sl_day)(t >= 0 ? t / 86400 : -((-t + 86399) / 86400));
    return 0;
}

const char *sl_wib_text(apr_pool_t *pool, const char *utc)
{
    int64_t t;
    sl_day day;
    int minutes;

    if (sl_utc_parse(utc, &t) != 0) {
        return utc;
    }
    t += SL_WIB_OFFSET_SECONDS;
    day = (sl_day)(t >= 0 ? t / 86400 : -((-t + 86399) / 86400));
    minutes = (int)((t - (int64_t)day * 86400) / 60);
    return apr_psprintf(pool, "%s %02d:%02d WIB", sl_day_long_id(pool, day),
                        minutes / 60, minutes % 60);
}

/* ---- the calendar -------------------------------------------------------- */

struct sl_calendar {
    sl_holiday *holidays;   /* sorted by day, one entry per day */
    int count;
    int cutoff_minutes;
};

/* Sorting key that keeps the input order among entries for the same day,
 * so the first name given for a day is the one that wins, whatever qsort
 * does with equal keys. */
typedef struct {
    sl_holiday h;
    int order;
} ordered_holiday;

static int cmp_ordered(const void *a, const void *b)
{
    const ordered_holiday *x = a, *y = b;
    if (x->h.day != y->h.day)
        return x->h.day < y->h.day ? -1 : 1;
    return (x->order > y->order) - (x->order < y->order);
}

static int cmp_holiday_day(const void *key, const void *elem)
{
    sl_day k = *(const sl_day *)key;
    sl_day d = ((const sl_holiday *)elem)->day;
    return (k > d) - (k < d);
}

sl_calendar *sl_calendar_make(apr_pool_t *pool, const sl_holiday *holidays,
                              int count, int cutoff_minutes)
{
    sl_calendar *cal = apr_pcalloc(pool, sizeof *cal);
    cal->cutoff_minutes = cutoff_minutes;
    if (holidays == NULL || count <= 0)
        return cal;

    /* The sort buffer lives in the pool too: a calendar is built once per
     * configuration or request and the buffer is small. */
    ordered_holiday *tmp = apr_palloc(pool, sizeof *tmp * (size_t)count);
    for (int i = 0; i < count; i++) {
        tmp[i].h = holidays[i];
        tmp[i].order = i;
    }
    qsort(tmp, (size_t)count, sizeof *tmp, cmp_ordered);

    cal->holidays = apr_palloc(pool, sizeof *cal->holidays * (size_t)count);
    for (int i = 0; i < count; i++) {
        if (cal->count > 0 &&
            cal->holidays[cal->count - 1].day == tmp[i].h.day)
            continue;   /* duplicate day: keep the first */
        sl_holiday *h = &cal->holidays[cal->count++];
        h->day = tmp[i].h.day;
        h->name = apr_pstrdup(pool, tmp[i].h.name ? tmp[i].h.name
                                                  : SL_MSG_HARI_LIBUR);
    }
    return cal;
}

const char *sl_calendar_holiday_name(const sl_calendar *cal, sl_day day)
{
    if (cal->count == 0)
        return NULL;
    const sl_holiday *h = bsearch(&day, cal->holidays, (size_t)cal->count,
                                  sizeof *cal->holidays, cmp_holiday_day);
    return h ? h->name : NULL;
}

static int is_weekend(sl_day day)
{
    int wd = sl_day_weekday(day);
    return wd == 0 || wd == 6;
}

int sl_calendar_is_working(const sl_calendar *cal, sl_day day)
{
    return !is_weekend(day) && sl_calendar_holiday_name(cal, day) == NULL;
}

/* Why day is not a working day; the holiday name wins over the weekday so
 * a holiday on a Sunday is shown by its name. */
static const char *non_working_reason(const sl_calendar *cal, sl_day day)
{
    const char *name = sl_calendar_holiday_name(cal, day);
    return name ? name : sl_day_weekday_name(day);
}

sl_day sl_calendar_add_working_days(const sl_calendar *cal, sl_day from,
                                    int n, apr_array_header_t *skipped)
{
    sl_day day = from;
    /* Terminates: holidays are finite and every week has five weekdays. */
    while (n > 0) {
        day++;
        if (sl_calendar_is_working(cal, day)) {
            n--;
        } else if (skipped != NULL) {
            sl_skipped_day *s = apr_array_push(skipped);
            s->day = day;
            s->reason = non_working_reason(cal, day);
        }
    }
    return day;
}

int sl_calendar_working_days_between(const sl_calendar *cal, sl_day from,
                                     sl_day to)
{
    int n = 0;
    for (sl_day day = from + 1; day <= to; day++)
        if (sl_calendar_is_working(cal, day))
            n++;
    return n;
}

sl_day sl_calendar_day_zero(const sl_calendar *cal, int64_t utc_seconds,
                            sl_day0_reason *reason)
{
    int64_t local = utc_seconds + SL_WIB_OFFSET_SECONDS;
    sl_day day = (sl_day)floor_div(local, 86400);
    int minutes = (int)((local - (int64_t)day * 86400) / 60);
    sl_day0_reason why;

    if (!sl_calendar_is_working(cal, day))
        why = SL_DAY0_NON_WORKING;
    else if (minutes >= cal->cutoff_minutes)
        why = SL_DAY0_AFTER_CUTOFF;
    else
        why = SL_DAY0_SAME_DAY;

    if (reason != NULL)
        *reason = why;
    return why == SL_DAY0_SAME_DAY
               ? day
               : sl_calendar_add_working_days(cal, day, 1, NULL);
}

int sl_calendar_year_loaded(const sl_calendar *cal, int year)
{
    sl_day first = sl_day_from_ymd(year, 1, 1);
    sl_day next = sl_day_from_ymd(year + 1, 1, 1);
    int lo = 0, hi = cal->count;

    /* The first holiday on or after 1 January of year. */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (cal->holidays[mid].day < first)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < cal->count && cal->holidays[lo].day < next;
}

int sl_calendar_unloaded_year(const sl_calendar *cal, sl_day from, sl_day to)
{
    int y0, y1, y, m, d;

    sl_day_to_ymd(from, &y0, &m, &d);
    sl_day_to_ymd(to, &y1, &m, &d);
    for (y = y0; y <= y1; y++) {
        if (!sl_calendar_year_loaded(cal, y))
            return y;
    }
    return 0;
}
