/* When to try again and when to remind (pure C). */
#ifndef SK_JADWAL_H
#define SK_JADWAL_H

#include <stdint.h>
#include "calendar.h"

/* Seconds before the next attempt after `attempts` failed ones (>= 1):
 * 1, 2, 4, 8 ... minutes, never more than 6 hours.  A message is retried
 * until it is delivered or refused for good. */
#define SK_BACKOFF_MAX_SECONDS (6 * 3600)
long sk_backoff_seconds(unsigned attempts);

/* Reminders are sent when the due date is at most this many working days
 * ahead, and once when it has passed. */
#define SK_PENGINGAT_HARI_KERJA 2

typedef enum {
    SK_PENGINGAT_TIDAK = 0,     /* nothing to say yet */
    SK_PENGINGAT_DEKAT,         /* due within SK_PENGINGAT_HARI_KERJA working days */
    SK_PENGINGAT_TERLAMBAT      /* the due date has passed */
} sk_pengingat_jenis;

/* "dekat" / "terlambat" (the word in the outbox key and jenis). */
const char *sk_pengingat_nama(sk_pengingat_jenis jenis);

/* Today in WIB at utc time `now`. */
sl_day sk_hari_ini(int64_t now);

/* The day the office counts in at utc time `now`: today before the
 * cut-off on a working day, otherwise the next working day. */
sl_day sk_hari_hitung(const sl_calendar *cal, int64_t now);

/* Whether an item due on `due` needs a reminder at `now`.  Overdue when
 * the due date (a whole WIB day) has passed; near when it is at most
 * SK_PENGINGAT_HARI_KERJA working days after the counting day (0: due on
 * the counting day or earlier today).  *sisa receives those working days
 * (0 when overdue). */
sk_pengingat_jenis sk_pengingat_untuk(const sl_calendar *cal, int64_t now,
                                      sl_day due, int *sisa);

/* The latest due date that gets a reminder at `now`, to narrow the
 * query. */
sl_day sk_pengingat_batas(const sl_calendar *cal, int64_t now);

#endif
