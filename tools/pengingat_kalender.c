/* The yearly reminder to load next year's holidays, part of the daily
 * `--pengingat` run and its transaction.  From October (WIB), while the
 * calendar holds no non-working day of next year, every active admin with
 * an e-mail gets one message a month under the key
 * "pengingat-kalender:<year>:<YYYY-MM>:<user id>": until the decree (SKB) is
 * loaded, due dates counted into that year skip weekends only and are shown
 * as provisional. */
#include <apr_strings.h>
#include <apr_time.h>
#include "pengingat.h"
#include "sk_messages.h"

int sk_pengingat_kalender_antre(sk_pengingat_run *r)
{
    apr_time_exp_t t;
    sk_rows *admins;
    sk_surel s;
    const char *year, *month, *link, *kalimat;
    int i, n = 0;

    apr_time_exp_tz(&t, apr_time_from_sec(r->now), SL_WIB_OFFSET_SECONDS);
    if (t.tm_mon + 1 < 10 || sl_calendar_year_loaded(r->cal, t.tm_year + 1901)) {
        return 0;
    }
    if (sk_db_select(r->db, r->pool, "petugas_peran", &admins, SK_ARGS("admin")) != 0) {
        return -1;
    }
    year = apr_itoa(r->pool, t.tm_year + 1901);
    month = apr_psprintf(r->pool, "%04d-%02d", t.tm_year + 1900, t.tm_mon + 1);
    link = apr_pstrcat(r->pool, r->conf->base_url, r->conf->sialip_mount,
                       "/admin/libur?tahun=", year, NULL);
    s.subjek = apr_psprintf(r->pool, SK_MSG_KALENDER_BELUM_DIMUAT_SUBJEK, year);
    kalimat = apr_psprintf(r->pool, SK_MSG_KALENDER_BELUM_DIMUAT, year, year);
    s.teks = apr_pstrcat(r->pool, kalimat, " ",
                         apr_psprintf(r->pool, SK_MSG_KALENDER_MUAT_DI, link), "\n", NULL);
    /* The year and the link are digits and a checked URL (kirim_conf.c). */
    s.html = apr_pstrcat(r->pool, "<p>", kalimat, "</p><p><a href=\"", link, "\">",
                         apr_psprintf(r->pool, SK_MSG_KALENDER_MUAT, year), "</a></p>", NULL);
    for (i = 0; i < admins->nrows; i++) {
        sk_petugas admin;
        int rv;
        sk_petugas_baca(admins, i, &admin);
        if (!admin.id || !admin.email) {
            continue;
        }
        rv = sk_pengingat_simpan(r, r->pool, admin.id, admin.email, &s, "pengingat_kalender",
                                 "hari_libur", year,
                                 apr_pstrcat(r->pool, "pengingat-kalender:", year,
                                             ":", month, ":", admin.id, NULL));
        if (rv < 0) {
            return -1;
        }
        n += rv;
    }
    sk_log("calendar %s not loaded: %d reminder(s) queued", year, n);
    return 0;
}
