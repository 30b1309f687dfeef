/* Berkala DIP entries out of date, part of the daily `--pengingat` run and
 * its transaction.  UU 14/2008 Pasal 9: informasi berkala is published at
 * least every six months; a published berkala entry whose last update is
 * older than that (the rule dip.c flags on the staff page) is reminded to
 * its OPD's PPID Pelaksana with an e-mail.  A weekly digest, not a daily
 * mail: one message per OPD and officer per ISO week (WIB), listing every
 * such entry of the OPD, under the outbox key
 * "pengingat-dip:<opd id>:<ISO year>-W<week>:<user id>" (INSERT IGNORE: a
 * second run in the same week, or two runs at once, add nothing). */
#include <string.h>
#include <apr_strings.h>
#include "calendar.h"
#include "escape.h"
#include "jadwal.h"
#include "pengingat.h"
#include "sk_messages.h"

/* At most this many entries are listed (the rest counted). */
#define SK_DIP_DAFTAR_MAKS 25

const sk_stmt sk_pengingat_dip_stmts[] = {
    {"dip_usang",
     "SELECT d.opd_id, o.nama, d.id, d.nomor, d.ringkasan, d.dimutakhirkan_pada "
     "FROM dip d JOIN opd o ON o.id = d.opd_id "
     "WHERE d.kategori = 'berkala' AND d.status = 'terbit' "
     "AND d.dimutakhirkan_pada < UTC_TIMESTAMP() - INTERVAL 6 MONTH "
     "ORDER BY d.opd_id, d.dimutakhirkan_pada, d.id"},
    {"petugas_opd",
     "SELECT DISTINCT u.id, u.email FROM pengguna u "
     "JOIN pengguna_peran pp ON pp.pengguna_id = u.id AND pp.peran = 'ppid_pelaksana' "
     "WHERE u.opd_id = %s AND u.aktif = 1 AND u.email IS NOT NULL ORDER BY u.id"},
    {NULL, NULL}
};

/* "2031-W05": the ISO 8601 week of day (weeks start on Monday; a week
 * belongs to the year of its Thursday). */
static const char *iso_week(apr_pool_t *pool, sl_day day)
{
    sl_day thursday = day - (sl_day)((sl_day_weekday(day) + 6) % 7) + 3;
    int year, month, mday;

    sl_day_to_ymd(thursday, &year, &month, &mday);
    return apr_psprintf(pool, "%04d-W%02d", year,
                        (int)(thursday - sl_day_from_ymd(year, 1, 1)) / 7 + 1);
}

/* The digest of rows[first, end) (one OPD's entries). */
static void compose(sk_pengingat_run *r, apr_pool_t *pool, const sk_rows *rows,
                    int first, int end, sk_surel *out)
{
    const char *opd = sk_rows_get(rows, first, 1);
    const char *link = apr_pstrcat(pool, r->conf->base_url, r->conf->sialip_mount,
                                   "/admin/dip", NULL);
    const char *intro = apr_psprintf(pool, SK_MSG_DIP_BASI_PEMBUKA,
                                     opd);
    const char *close = SK_MSG_PENUTUP_DIP;
    const char *teks = apr_pstrcat(pool, intro, "\n\n", NULL);
    const char *html = apr_pstrcat(pool, "<p>", sl_html_escape(pool, intro),
                                   "</p>\n<ul>\n", NULL);
    int i;

    for (i = first; i < end && i < first + SK_DIP_DAFTAR_MAKS; i++) {
        sl_day updated;
        const char *when = sl_wib_day(sk_rows_get(rows, i, 5), &updated) == 0
                           ? sl_day_long_id(pool, updated) : "-";
        const char *line = apr_psprintf(pool, SK_MSG_DIP_ENTRI_TERAKHIR_DIMUTAKHIRKAN,
                                        sl_rows_get_or(rows, i, 3, ""),
                                        sl_utf8_prefix(pool, sl_rows_get_or(rows, i, 4, ""),
                                                       200), when);
        teks = apr_pstrcat(pool, teks, "- ", line, "\n", NULL);
        html = apr_pstrcat(pool, html, "<li>", sl_html_escape(pool, line), "</li>\n", NULL);
    }
    if (end - first > SK_DIP_DAFTAR_MAKS) {
        const char *more = apr_psprintf(pool, SK_MSG_DIP_ENTRI_LAINNYA,
                                        end - first - SK_DIP_DAFTAR_MAKS);
        teks = apr_pstrcat(pool, teks, "- ", more, "\n", NULL);
        html = apr_pstrcat(pool, html, "<li>", more, "</li>\n", NULL);
    }
    out->subjek = sl_utf8_prefix(pool, apr_psprintf(pool, SK_MSG_DIP_BASI_SUBJEK, opd), 200);
    out->teks = apr_pstrcat(pool, teks, "\n", apr_psprintf(pool, SK_MSG_DIP_TAUTAN, link),
                            "\n\n-- \n", close, "\n", NULL);
    /* The link is a checked URL (kirim_conf.c); escaped all the same. */
    out->html = apr_pstrcat(pool, "<!DOCTYPE html><html lang=\"id\"><body>\n", html,
                            "</ul>\n<p><a href=\"", sl_html_escape(pool, link), "\">",
                            sl_html_escape(pool, link), "</a></p>\n<hr><p><small>",
                            sl_html_escape(pool, close), "</small></p>\n</body></html>\n",
                            NULL);
}

/* One OPD's digest to each of its officers; -1 on a database error. */
static int remind(sk_pengingat_run *r, apr_pool_t *pool, const sk_rows *rows,
                  int first, int end, const char *week)
{
    const char *opd_id = sk_rows_get(rows, first, 0);
    sk_rows *officers;
    sk_surel s;
    int i, added = 0;

    if (sk_db_select(r->db, pool, "petugas_opd", &officers, SK_ARGS(opd_id)) != 0) {
        return -1;
    }
    compose(r, pool, rows, first, end, &s);
    for (i = 0; i < officers->nrows; i++) {
        const char *id = sk_rows_get(officers, i, 0), *email = sk_rows_get(officers, i, 1);
        int rv;

        if (!id || !email) {
            continue;
        }
        rv = sk_pengingat_simpan(r, pool, id, email, &s, "pengingat_dip", "opd", opd_id,
                                 apr_pstrcat(pool, "pengingat-dip:", opd_id, ":", week,
                                             ":", id, NULL));
        if (rv < 0) {
            return -1;
        }
        added += rv;
    }
    if (added) {
        sk_log("berkala DIP of OPD %s: %d entr%s out of date, %d reminder(s) queued",
               opd_id, end - first, end - first == 1 ? "y" : "ies", added);
    }
    return 0;
}

int sk_pengingat_dip_antre(sk_pengingat_run *r)
{
    const char *week = iso_week(r->pool, sk_hari_ini(r->now));
    sk_rows *rows;
    int first = 0, end;

    if (sk_db_select(r->db, r->pool, "dip_usang", &rows, SK_NOARGS) != 0) {
        return -1;
    }
    while (first < rows->nrows) {
        apr_pool_t *pool;
        int rv;

        for (end = first + 1; end < rows->nrows
             && strcmp(sl_rows_get_or(rows, end, 0, ""),
                       sl_rows_get_or(rows, first, 0, "")) == 0; end++) {
        }
        apr_pool_create(&pool, r->pool);
        r->items++;
        rv = remind(r, pool, rows, first, end, week);
        apr_pool_destroy(pool);
        if (rv != 0) {
            return -1;
        }
        first = end;
    }
    return 0;
}
