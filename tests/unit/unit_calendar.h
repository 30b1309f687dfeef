/* The calendar the database is seeded with, as a group fixture: every row
 * of sql/seed/hari-libur.csv (libur nasional and cuti bersama alike, all
 * non-working), read at run time so that the tests check the file the
 * regency's calendar really starts from.  `make unit` runs the tests from
 * the top of the tree; SIALIP_HARI_LIBUR names another file. */
#ifndef SL_UNIT_CALENDAR_H
#define SL_UNIT_CALENDAR_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <apr_strings.h>

#include "unit.h"
#include "calendar.h"

typedef struct {
    apr_pool_t *pool;
    sl_calendar *cal;
} unit_calendar_fixture;

enum { UNIT_MAX_LIBUR = 400 };

/* Rows are handed to the calendar in reverse order of the file, so a test
 * over it also proves that the calendar sorts what it is given. */
static inline int unit_calendar_setup(void **state)
{
    static unit_calendar_fixture fx;
    static sl_holiday hol[UNIT_MAX_LIBUR];
    const char *path = getenv("SIALIP_HARI_LIBUR");
    char line[512];
    int n = 0;

    if (path == NULL)
        path = "sql/seed/hari-libur.csv";
    if (apr_pool_create(&fx.pool, NULL) != APR_SUCCESS)
        return -1;
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fprintf(stderr, "unit_calendar: cannot open %s (run from the top of the tree)\n", path);
        return -1;
    }
    while (fgets(line, sizeof line, f) != NULL && n < UNIT_MAX_LIBUR) {
        int y, m, d;
        char name[256];
        /* tanggal,jenis,nama,dasar_hukum; the header line does not scan. */
        if (sscanf(line, "%d-%d-%d,%*[^,],%255[^,]", &y, &m, &d, name) != 4)
            continue;
        hol[n].day = sl_day_from_ymd(y, m, d);
        hol[n].name = apr_pstrdup(fx.pool, name);
        n++;
    }
    fclose(f);
    for (int i = 0; i < n / 2; i++) {
        sl_holiday t = hol[i];
        hol[i] = hol[n - 1 - i];
        hol[n - 1 - i] = t;
    }
    fx.cal = sl_calendar_make(fx.pool, hol, n, 960);
    if (fx.cal == NULL || n == 0)
        return -1;
    *state = &fx;
    return 0;
}

/* A date as the test tables write it, YYYY-MM-DD (NULL: day 0). */
static inline sl_day unit_day(const char *iso)
{
    sl_day d = 0;
    if (iso != NULL && sl_day_parse_iso(iso, &d) != 0)
        fail_msg("bad date in a table: %s", iso);
    return d;
}

static inline int unit_calendar_teardown(void **state)
{
    unit_calendar_fixture *fx = *state;
    apr_pool_destroy(fx->pool);
    return 0;
}

#endif
