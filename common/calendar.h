/* Working-day calendar (pure C, no httpd): weekends, non-working holidays,
 * the office cut-off time, due dates counted in working days and the list
 * of skipped days that explains a due date.  DOMAIN.md "Clocks". */
#ifndef SL_CALENDAR_H
#define SL_CALENDAR_H

#include <stdint.h>
#include <apr_pools.h>
#include <apr_tables.h>

/* A civil date as days since 1970-01-01 (proleptic Gregorian, no zone). */
typedef int32_t sl_day;

sl_day sl_day_from_ymd(int year, int month, int mday);
void sl_day_to_ymd(sl_day day, int *year, int *month, int *mday);
/* 0 = Sunday ... 6 = Saturday */
int sl_day_weekday(sl_day day);
/* "2026-03-13"; returns 0 on success, -1 if not a real date */
int sl_day_parse_iso(const char *text, sl_day *out);
/* ISO 8601 date, allocated in pool */
const char *sl_day_iso(apr_pool_t *pool, sl_day day);
/* The same into out (11 bytes with the NUL), for loops over many rows. */
#define SL_DAY_ISO_LEN 11
void sl_day_iso_buf(sl_day day, char out[SL_DAY_ISO_LEN]);
/* Indonesian weekday name: "Senin" ... */
const char *sl_day_weekday_name(sl_day day);
/* "Jumat, 13 Maret 2026" */
const char *sl_day_long_id(apr_pool_t *pool, sl_day day);

/* WIB is UTC+7, no daylight saving. */
#define SL_WIB_OFFSET_SECONDS (7 * 3600)

/* Times are stored as "YYYY-MM-DD HH:MM:SS" in UTC (DATETIME columns).
 * sl_utc_parse gives Unix seconds (0 on success, -1 if malformed);
 * sl_utc_format the stored form of Unix seconds. */
int sl_utc_parse(const char *text, int64_t *seconds);
const char *sl_utc_format(apr_pool_t *pool, int64_t seconds);
/* A stored UTC time as people read it: "Jumat, 13 Maret 2026 10:00 WIB";
 * NULL or malformed text is returned as it is. */
const char *sl_wib_text(apr_pool_t *pool, const char *utc);
/* The WIB calendar date of a stored UTC time (-1 when malformed). */
int sl_wib_day(const char *utc, sl_day *day);

typedef struct {
    sl_day day;
    const char *name;   /* e.g. "Idul Fitri 1447 H" */
} sl_holiday;

typedef struct sl_calendar sl_calendar;

/* Builds a calendar from the non-working holidays (any order, duplicates
 * allowed); names are copied into pool.  cutoff_minutes is the office
 * cut-off in WIB minutes after midnight (960 = 16:00): a receipt at or after
 * it counts from the next working day. */
sl_calendar *sl_calendar_make(apr_pool_t *pool, const sl_holiday *holidays,
                              int count, int cutoff_minutes);

int sl_calendar_is_working(const sl_calendar *cal, sl_day day);
/* 1 when the calendar holds a holiday in year, i.e. that year's decree
 * (SKB) has been loaded; a year with none counts weekends only. */
int sl_calendar_year_loaded(const sl_calendar *cal, int year);
/* The first year from the year of from to that of to whose holidays are
 * not loaded, or 0: a due date counted across it is provisional. */
int sl_calendar_unloaded_year(const sl_calendar *cal, sl_day from, sl_day to);
/* Holiday name or NULL (weekends are not holidays). */
const char *sl_calendar_holiday_name(const sl_calendar *cal, sl_day day);

/* Why a receipt counts from a later day. */
typedef enum {
    SL_DAY0_SAME_DAY = 0,     /* received on a working day before cut-off */
    SL_DAY0_NON_WORKING,      /* received on a weekend or holiday */
    SL_DAY0_AFTER_CUTOFF      /* received on a working day at/after cut-off */
} sl_day0_reason;

/* Day 0 of the clock for a receipt at utc_seconds (Unix time). */
sl_day sl_calendar_day_zero(const sl_calendar *cal, int64_t utc_seconds,
                            sl_day0_reason *reason);

/* A non-working day skipped while counting. */
typedef struct {
    sl_day day;
    const char *reason;   /* "Sabtu", "Minggu" or the holiday's name */
} sl_skipped_day;

/* The n-th working day after `from` (n >= 0; n == 0 returns from).  When
 * skipped is not NULL, appends an sl_skipped_day for every non-working day
 * strictly between from and the result. */
sl_day sl_calendar_add_working_days(const sl_calendar *cal, sl_day from,
                                    int n, apr_array_header_t *skipped);

/* Working days after `from` up to and including `to` (0 if to <= from). */
int sl_calendar_working_days_between(const sl_calendar *cal, sl_day from,
                                     sl_day to);

#endif
