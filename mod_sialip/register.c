/* The request register (buku register permohonan) and the objection
 * register for staff (DOMAIN.md "Registers and reports"): a page with
 * filters (year, month range, OPD, status), and the whole selection as CSV
 * or XML (register_ekspor.c); one row as the register shows it is in
 * register_baris.c.  PPID Utama and the Atasan see every request; a PPID
 * Pelaksana only those routed to its OPD, by the same SQL scope as the
 * inbox, so personal data leaves only for requests in the reader's scope. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "alur.h"
#include "register.h"
#include "sialip.h"
#include "sialip_messages.h"

#define REG_PER_HALAMAN 50

/* Scope: all requests for PPID Utama and the Atasan, otherwise those with
 * a live disposition to the officer's OPD (as kotak.c). */
#define REG_LINGKUP(pid) \
    "(%s = '1' OR EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = " pid \
    " AND d.opd_id = %s AND d.status <> 'dialihkan')) "
#define REG_OPD(pid) \
    "(%s = '' OR EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = " pid \
    " AND d.opd_id = %s AND d.status <> 'dialihkan')) "
/* 9 arguments: scope (2), year, from, to (UTC), status (2), OPD (2). */
#define REG_P_SARING \
    "WHERE " REG_LINGKUP("p.id") "AND p.tahun = %s AND p.diterima_pada >= %s " \
    "AND p.diterima_pada < %s AND (%s = '' OR p.status = %s) AND " REG_OPD("p.id")

/* 8 arguments: scope (2), from, to (UTC), status (2), OPD (2). */
#define REG_K_SARING \
    "WHERE " REG_LINGKUP("k.permohonan_id") "AND k.diterima_pada >= %s " \
    "AND k.diterima_pada < %s AND (%s = '' OR k.status = %s) AND " \
    REG_OPD("k.permohonan_id")

const sl_stmt_def sialip_register_stmts[] = {
    {"reg_p_halaman", REG_P_KOLOM REG_P_SARING "ORDER BY p.id LIMIT %s OFFSET %s"},
    {"reg_p_ekspor", REG_P_KOLOM REG_P_SARING "AND p.id > %s ORDER BY p.id LIMIT %s"},
    {"reg_p_jumlah", "SELECT COUNT(*) FROM permohonan p " REG_P_SARING},
    {"reg_k_halaman", REG_K_KOLOM REG_K_SARING "ORDER BY k.id LIMIT %s OFFSET %s"},
    {"reg_k_ekspor", REG_K_KOLOM REG_K_SARING "AND k.id > %s ORDER BY k.id LIMIT %s"},
    {"reg_k_jumlah", "SELECT COUNT(*) FROM keberatan k " REG_K_SARING},
    /* The filter offers only the OPDs the officer may see. */
    {"reg_opd", "SELECT id, singkatan, nama FROM opd WHERE aktif = 1 "
     "AND (%s = '1' OR id = %s) ORDER BY singkatan"},
    {NULL, NULL}
};

static const sl_choice bulan_choices[] = {
    {"1", "Januari"}, {"2", "Februari"}, {"3", "Maret"}, {"4", "April"},
    {"5", "Mei"}, {"6", "Juni"}, {"7", "Juli"}, {"8", "Agustus"},
    {"9", "September"}, {"10", "Oktober"}, {"11", "November"}, {"12", "Desember"},
    {NULL, NULL}
};

/* ---- filters ---------------------------------------------------------- */

static int month_of(const char *v, int fallback)
{
    int m = 0;
    if (!*v || strlen(v) > 2 || !apr_isdigit(v[0]) || (v[1] && !apr_isdigit(v[1]))) {
        return fallback;
    }
    m = atoi(v);
    return m >= 1 && m <= 12 ? m : fallback;
}

static const char *choice_of(sl_ctx *c, const char *name, const sl_choice *choices)
{
    const char *v = sl_query(c, name);
    for (; choices->value; choices++) {
        if (strcmp(choices->value, v) == 0) {
            return choices->value;
        }
    }
    return "";
}

/* Midnight WIB of day as a stored UTC time. */
static const char *wib_midnight_utc(apr_pool_t *p, sl_day day)
{
    return sl_utc_format(p, (int64_t)day * 86400 - SL_WIB_OFFSET_SECONDS);
}

void sialip_register_saring(sl_ctx *c, int keberatan, reg_saring *s)
{
    apr_pool_t *p = c->r->pool;
    const char *v = sl_query(c, "tahun"), *q;
    int y, m, d, ok = strlen(v) == 4;

    for (q = v; ok && *q; q++) {
        ok = apr_isdigit(*q);
    }
    sl_day_to_ymd(sl_today_wib(), &y, &m, &d);
    s->keberatan = keberatan;
    s->tahun = ok && atoi(v) >= 2000 && atoi(v) <= 2100 ? atoi(v) : y;
    s->tahun_teks = apr_itoa(p, s->tahun);
    s->bulan_dari = month_of(sl_query(c, "bulan_dari"), 1);
    s->bulan_sampai = month_of(sl_query(c, "bulan_sampai"), 12);
    if (s->bulan_sampai < s->bulan_dari) {
        int t = s->bulan_dari;
        s->bulan_dari = s->bulan_sampai;
        s->bulan_sampai = t;
    }
    v = sl_query(c, "opd");
    ok = *v && strlen(v) <= 9;
    for (q = v; ok && *q; q++) {
        ok = apr_isdigit(*q);
    }
    s->opd = ok ? v : "";
    s->status = choice_of(c, "status", keberatan ? sialip_register_status_keberatan
                                           : sialip_register_status_permohonan);
    s->dari = wib_midnight_utc(p, sl_day_from_ymd(s->tahun, s->bulan_dari, 1));
    s->sampai = wib_midnight_utc(p, s->bulan_sampai == 12
                                    ? sl_day_from_ymd(s->tahun + 1, 1, 1)
                                    : sl_day_from_ymd(s->tahun, s->bulan_sampai + 1, 1));
}

const char *sialip_register_jumlah(sl_ctx *c, int keberatan, int nargs, const char **args)
{
    sl_rows *count;
    if (sl_db_select(c->db, keberatan ? "reg_k_jumlah" : "reg_p_jumlah", &count,
                     nargs, args) != 0) {
        return NULL;
    }
    return sl_rows_get_or(count, 0, 0, "0");
}

const char **sialip_register_args(sl_ctx *c, const reg_saring *s, int *nargs,
                                  const char *extra1, const char *extra2)
{
    const char **a = apr_pcalloc(c->r->pool, sizeof(char *) * 11);
    int n = 0;
    a[n++] = sl_scope_all(c, ALUR_SEMUA_OPD);
    a[n++] = sl_scope_opd(c);
    if (!s->keberatan) {
        a[n++] = s->tahun_teks;
    }
    a[n++] = s->dari;
    a[n++] = s->sampai;
    a[n++] = s->status;
    a[n++] = s->status;
    a[n++] = s->opd;
    a[n++] = s->opd;
    if (extra1) {
        a[n++] = extra1;
        a[n++] = extra2;
    }
    *nargs = n;
    return a;
}

/* The query string that selects the same rows (for export links). */
static const char *filter_query(apr_pool_t *p, const reg_saring *s)
{
    return apr_psprintf(p, "tahun=%d&bulan_dari=%d&bulan_sampai=%d&opd=%s&status=%s",
                        s->tahun, s->bulan_dari, s->bulan_sampai, s->opd, s->status);
}

/* ---- the page ------------------------------------------------------------ */

int sialip_register_halaman(sl_ctx *c)
{
    int keberatan = ((const reg_jenis *)c->route_data)->keberatan;
    apr_pool_t *p = c->r->pool;
    reg_saring s;
    sl_rows *rows, *opd;
    const char *count;
    sl_page *page;
    xmlNodePtr filters, list;
    const char **args;
    int nargs, i, page_no = atoi(sl_query(c, "halaman"));
    const char *q;
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);

    sialip_register_saring(c, keberatan, &s);
    if (page_no < 1 || page_no > 100000) {
        page_no = 1;
    }
    args = sialip_register_args(c, &s, &nargs, apr_itoa(p, REG_PER_HALAMAN),
                       apr_itoa(p, (page_no - 1) * REG_PER_HALAMAN));
    if (sl_db_select(c->db, keberatan ? "reg_k_halaman" : "reg_p_halaman", &rows,
                     nargs, args) != 0
        || !(count = sialip_register_jumlah(c, keberatan, nargs - 2, args))
        || sl_db_select(c->db, "reg_opd", &opd,
                        SL_ARGS(sl_scope_all(c, ALUR_SEMUA_OPD), sl_scope_opd(c))) != 0) {
        return alur_gangguan(c);
    }
    page = sl_ctx_page(c, keberatan ? "register-keberatan" : "register-permohonan",
                       keberatan ? SIALIP_MSG_REGISTER_KEBERATAN
                                 : SIALIP_MSG_REGISTER_PERMOHONAN_INFORMASI,
                       "register");
    q = filter_query(p, &s);
    filters = sl_xml_node(page->resource, "saring");
    sl_xml_attr(filters, "tahun", s.tahun_teks);
    sl_xml_attr(filters, "bulan_dari", apr_itoa(p, s.bulan_dari));
    sl_xml_attr(filters, "bulan_sampai", apr_itoa(p, s.bulan_sampai));
    sl_xml_attr(filters, "opd", s.opd);
    sl_xml_attr(filters, "status", s.status);
    sl_xml_attr(filters, "halaman", apr_itoa(p, page_no));
    sl_xml_attr(filters, "jumlah", count);
    sl_xml_attr(filters, "kueri", q);
    if ((long)page_no * REG_PER_HALAMAN < atol(count)) {
        sl_xml_attr(filters, "berikutnya", apr_itoa(p, page_no + 1));
    }
    if (page_no > 1) {
        sl_xml_attr(filters, "sebelumnya", apr_itoa(p, page_no - 1));
    }
    isian_pilihan_xml(page->resource, "status", keberatan
                      ? sialip_register_status_keberatan : sialip_register_status_permohonan);
    isian_pilihan_xml(page->resource, "bulan", bulan_choices);
    list = sl_xml_node(page->resource, "daftar_opd");
    for (i = 0; i < opd->nrows; i++) {
        xmlNodePtr o = sl_xml_text(list, "opd", sl_rows_get(opd, i, 1));
        sl_xml_attr(o, "id", sl_rows_get(opd, i, 0));
    }
    list = sl_xml_node(page->resource, "daftar");
    for (i = 0; i < rows->nrows; i++) {
        reg_keluaran o = {list, NULL};
        const char *no = apr_itoa(p, (page_no - 1) * REG_PER_HALAMAN + i + 1);
        if (rows->ncols != (keberatan ? K_KOLOM_N : P_KOLOM_N)) {
            return alur_gangguan(c);
        }
        if (keberatan) {
            sialip_register_keberatan_xml(&o, p, no, rows->rows[i], cal);
        }
        else {
            sialip_register_permohonan_xml(&o, p, no, rows->rows[i]);
        }
    }
    return sl_page_send(page, HTTP_OK);
}
