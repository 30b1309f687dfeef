/* Recomputing open deadlines after the holiday table changed: the
 * government amends cuti bersama mid-year, and a deadline must move with
 * it (DOMAIN.md "Clocks"). */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "sl_audit.h"
#include "sl_module.h"
#include "label.h"
#include "tenggat.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_tenggat_stmts[] = {
    {"tenggat_permohonan_terbuka",
     "SELECT id, nomor, diterima_pada, hari_nol, jatuh_tempo, "
     "jatuh_tempo_perpanjangan, hari_jeda FROM permohonan WHERE status <> 'selesai' "
     "FOR UPDATE"},
    {"tenggat_permohonan_ubah",
     "UPDATE permohonan SET hari_nol = %s, jatuh_tempo = %s, "
     "jatuh_tempo_perpanjangan = %s WHERE id = %s"},
    {"tenggat_keberatan_terbuka",
     "SELECT id, nomor, diterima_pada, hari_nol, jatuh_tempo FROM keberatan "
     "WHERE status = 'diterima' FOR UPDATE"},
    {"tenggat_keberatan_ubah",
     "UPDATE keberatan SET hari_nol = %s, jatuh_tempo = %s WHERE id = %s"},
    {NULL, NULL}
};

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static int recompute_requests(sl_ctx *c, const sl_calendar *cal)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows;
    int i, changed = 0;

    if (sl_db_select(c->db, "tenggat_permohonan_terbuka", &rows, SL_NOARGS) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        int64_t received;
        sl_day day0, due;
        const char *day0_iso, *due_iso, *extended_iso = NULL;

        if (sl_utc_parse(sl_rows_get(rows, i, 2), &received) != 0) {
            continue;
        }
        day0 = sl_calendar_day_zero(cal, received, NULL);
        /* Plus the working days clarifications stopped the clock. */
        due = sl_calendar_add_working_days(cal, day0, SIALIP_HARI_PEMBERITAHUAN
                                           + atoi(sl_rows_get_or(rows, i, 6, "0")),
                                           NULL);
        day0_iso = sl_day_iso(p, day0);
        due_iso = sl_day_iso(p, due);
        if (sl_rows_get(rows, i, 5)) {
            extended_iso = sl_day_iso(p, sl_calendar_add_working_days(
                                             cal, due, SIALIP_HARI_PERPANJANGAN,
                                             NULL));
        }
        if (same(day0_iso, sl_rows_get(rows, i, 3))
            && same(due_iso, sl_rows_get(rows, i, 4))
            && same(extended_iso, sl_rows_get(rows, i, 5))) {
            continue;
        }
        sl_db_exec(c->db, "tenggat_permohonan_ubah", NULL,
                   SL_ARGS(day0_iso, due_iso, extended_iso, sl_rows_get(rows, i, 0)));
        sl_audit(c, &(sl_audit_entry){
            "tenggat_dihitung_ulang", "permohonan", sl_rows_get(rows, i, 1),
            apr_psprintf(p, SIALIP_MSG_JATUH_TEMPO_TANGGAL,
                         sialip_label_tanggal(p, sl_rows_get_or(rows, i, 4, "-"))),
            apr_psprintf(p, SIALIP_MSG_JATUH_TEMPO_KALENDER_DIUBAH,
                         sialip_label_tanggal(p, due_iso),
                         extended_iso ? apr_psprintf(p, SIALIP_MSG_DIPERPANJANG_SAMPAI,
                                                     sialip_label_tanggal(p, extended_iso)) : ""),
            1});
        changed++;
    }
    return changed;
}

static int recompute_objections(sl_ctx *c, const sl_calendar *cal)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows;
    int i, changed = 0;

    if (sl_db_select(c->db, "tenggat_keberatan_terbuka", &rows, SL_NOARGS) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        int64_t received;
        sl_day day0;
        const char *day0_iso, *due_iso;

        if (sl_utc_parse(sl_rows_get(rows, i, 2), &received) != 0) {
            continue;
        }
        day0 = sl_calendar_day_zero(cal, received, NULL);
        day0_iso = sl_day_iso(p, day0);
        due_iso = sl_day_iso(p, sl_calendar_add_working_days(
                                    cal, day0, SIALIP_HARI_PUTUS_KEBERATAN, NULL));
        if (same(day0_iso, sl_rows_get(rows, i, 3))
            && same(due_iso, sl_rows_get(rows, i, 4))) {
            continue;
        }
        sl_db_exec(c->db, "tenggat_keberatan_ubah", NULL,
                   SL_ARGS(day0_iso, due_iso, sl_rows_get(rows, i, 0)));
        sl_audit(c, &(sl_audit_entry){
            "tenggat_dihitung_ulang", "keberatan", sl_rows_get(rows, i, 1),
            apr_psprintf(p, SIALIP_MSG_JATUH_TEMPO_TANGGAL,
                         sialip_label_tanggal(p, sl_rows_get_or(rows, i, 4, "-"))),
            apr_psprintf(p, SIALIP_MSG_JATUH_TEMPO_KALENDER_DIUBAH,
                         sialip_label_tanggal(p, due_iso), ""),
            1});
        changed++;
    }
    return changed;
}

int sialip_tenggat_hitung_ulang(sl_ctx *c, const sl_calendar *cal)
{
    int a = recompute_requests(c, cal);
    int b = a < 0 ? -1 : recompute_objections(c, cal);
    return (a < 0 || b < 0 || c->db->failed) ? -1 : a + b;
}
