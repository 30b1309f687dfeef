/* What the reminder jobs of one `--pengingat` run share: the run's
 * calendar and clock, its counters, and the outbox insert (pengingat.c for
 * requests and objections, pengingat_inovasi.c for innovation monitoring
 * reports). */
#ifndef SK_PENGINGAT_H
#define SK_PENGINGAT_H

#include <stdint.h>
#include <apr_pools.h>
#include "calendar.h"
#include "kirim.h"
#include "pengingat_isi.h"

typedef struct {
    apr_pool_t *pool;
    const sk_conf *conf;
    sk_db *db;
    const sl_calendar *cal;
    int64_t now;
    const char *limit;            /* the latest due date reminded (ISO) */
    int items, queued, known;
} sk_pengingat_run;

/* An officer: a row of pengingat.c's petugas_peran (and petugas_disposisi). */
typedef struct {
    const char *id;
    const char *email;
} sk_petugas;

/* Reads row i of a petugas_peran result into out. */
void sk_petugas_baca(const sk_rows *rows, int i, sk_petugas *out);

/* Queues s to one officer under the outbox key kunci, unless that key is
 * already there (INSERT IGNORE).  Returns 1 when queued, 0 when known
 * before or the address is not valid (logged), -1 on a database error. */
int sk_pengingat_simpan(sk_pengingat_run *run, apr_pool_t *pool,
                        const char *user_id, const char *email,
                        const sk_surel *s, const char *jenis,
                        const char *objek, const char *objek_id,
                        const char *kunci);

/* Statements of pengingat_inovasi.c, prepared with sk_pengingat_stmts. */
extern const sk_stmt sk_pengingat_inovasi_stmts[];

/* Reminders of innovation monitoring reports, inside the run's
 * transaction; -1 on a database error. */
int sk_pengingat_inovasi_antre(sk_pengingat_run *run);

/* From October, while next year's holidays are not loaded, a monthly
 * reminder to every admin (pengingat_kalender.c); -1 on a database error. */
int sk_pengingat_kalender_antre(sk_pengingat_run *run);

/* Statements of pengingat_dip.c, prepared with sk_pengingat_stmts. */
extern const sk_stmt sk_pengingat_dip_stmts[];

/* Published berkala DIP entries not updated for six months: once a week
 * (ISO week, WIB) one message per OPD to each of its PPID Pelaksana with an
 * e-mail, listing them (pengingat_dip.c); -1 on a database error. */
int sk_pengingat_dip_antre(sk_pengingat_run *run);

#endif
