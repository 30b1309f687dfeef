/* The staff landing page after login: each of the officer's roles with its
 * work queues (how many wait, and a link to them), counted in SQL within
 * the officer's scope (all OPDs, or the officer's own).  Leadership alone
 * lands on the innovation dashboard. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "roles.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "alur.h"
#include "sialip.h"
#include "sialip_messages.h"

/* "Due soon": within this many working days, as the inbox marks it. */
#define BERANDA_HARI_DEKAT 2

/* Open: neither the notice issued (menunggu_informasi waits only for the
 * delivery) nor finished; the inbox's "dekat"/"lewat" marks use the same. */
#define BERANDA_TERBUKA "p.status IN ('diterima','didisposisi')"

/* The reports of one status in scope: all OPDs ('1') or the officer's,
 * never the excluded OPD's (an evaluator's own: conflict of interest). */
#define BERANDA_LAPORAN_DARI \
    "FROM inovasi_laporan l JOIN inovasi i ON i.id = l.inovasi_id " \
    "JOIN opd o ON o.id = i.opd_id JOIN inovasi_periode pr ON pr.id = l.periode_id " \
    "WHERE l.status = %s AND (%s = '1' OR i.opd_id = %s) " \
    "AND (%s = '' OR i.opd_id <> %s) "

const sl_stmt_def sialip_staf_stmts[] = {
    /* PPID Utama: waiting to be routed, due soon, overdue (all OPDs). */
    {"beranda_utama",
     "SELECT COUNT(*), COALESCE(SUM(p.status = 'diterima'), 0), "
     "COALESCE(SUM(p.kotak_tempo BETWEEN %s AND %s), 0), "
     "COALESCE(SUM(p.kotak_tempo < %s), 0) "
     "FROM permohonan p WHERE %s = '1' AND " BERANDA_TERBUKA},
    /* PPID Pelaksana: requests whose part for the officer's OPD waits for
     * its answer; of them the open ones due soon and overdue. */
    {"beranda_pelaksana",
     "SELECT COUNT(*), "
     "COALESCE(SUM(" BERANDA_TERBUKA " AND p.kotak_tempo BETWEEN %s AND %s), 0), "
     "COALESCE(SUM(" BERANDA_TERBUKA " AND p.kotak_tempo < %s), 0) "
     "FROM permohonan p WHERE EXISTS (SELECT 1 FROM disposisi d "
     " WHERE d.permohonan_id = p.id AND d.opd_id = %s AND d.status = 'menunggu')"},
    /* Objections not decided (nor settled), and of them the overdue. */
    {"beranda_keberatan",
     "SELECT COUNT(*), COALESCE(SUM(k.jatuh_tempo < %s), 0) FROM keberatan k "
     "WHERE %s = '1' AND k.status = 'diterima'"},
    /* The first few of a request queue, each linked: the officer goes
     * from the home straight to the request.  Scope: all OPDs ('1'), or a
     * part of the officer's OPD still to answer. */
    {"beranda_daftar",
     "SELECT p.nomor, p.kotak_tempo FROM permohonan p "
     "WHERE (%s = '1' OR EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = p.id "
     " AND d.opd_id = %s AND d.status = 'menunggu')) "
     "AND (%s = '' OR " BERANDA_TERBUKA ") AND (%s = '' OR p.status = %s) "
     "AND p.kotak_tempo BETWEEN %s AND %s ORDER BY p.kotak_tempo, p.id LIMIT 5"},
    {"beranda_keberatan_daftar",
     "SELECT k.nomor, p.nomor, k.jatuh_tempo FROM keberatan k "
     "LEFT JOIN permohonan p ON p.id = k.permohonan_id "
     "WHERE %s = '1' AND k.status = 'diterima' ORDER BY k.jatuh_tempo, k.id LIMIT 5"},
    {"beranda_laporan_jumlah", "SELECT COUNT(*) " BERANDA_LAPORAN_DARI},
    /* The first ten by name on the page; the rest are counted. */
    {"beranda_laporan",
     "SELECT l.inovasi_id, l.periode_id, i.nama, o.singkatan, pr.jenis, pr.nomor, "
     "pr.tahun, pr.tenggat " BERANDA_LAPORAN_DARI
     "ORDER BY pr.tenggat, l.id LIMIT 10"},
    /* Administrator: active OPDs whose disposition e-mail reaches nobody,
     * and whether next year's holidays are entered. */
    {"beranda_admin",
     "SELECT (SELECT COUNT(*) FROM opd o WHERE o.aktif = 1 AND NOT EXISTS "
     " (SELECT 1 FROM pengguna pu JOIN pengguna_peran ppu ON ppu.pengguna_id = pu.id "
     "  AND ppu.peran = 'ppid_pelaksana' WHERE pu.opd_id = o.id AND pu.aktif = 1 "
     "  AND pu.email IS NOT NULL)), "
     "(SELECT COUNT(*) FROM pengguna WHERE aktif = 1), "
     "(SELECT COUNT(*) FROM opd WHERE aktif = 1)"},
    {NULL, NULL}
};

/* <antrean kode= jumlah= href=>label</antrean> under the role's node. */
static xmlNodePtr queue(sl_ctx *c, xmlNodePtr role, const char *code, const char *label,
                        const char *count, const char *href)
{
    xmlNodePtr q = sl_xml_text(role, "antrean", label);
    sl_xml_attr(q, "kode", code);
    /* NULL: a task without a count (a page to keep up to date). */
    sl_xml_attr(q, "jumlah", count);
    if (href) {
        sl_xml_attr(q, "href", apr_pstrcat(c->r->pool, c->mount, href, NULL));
    }
    return q;
}

/* <butir href= tempo=>number</butir>: the first requests of queue q, due
 * between from and to; all = "1" for every OPD, else the officer's parts
 * to answer; open and status narrow it as the inbox's filters do. */
static int first_requests(sl_ctx *c, xmlNodePtr q, const char *all, const char *open,
                          const char *status, const char *from, const char *to)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, "beranda_daftar", &rows,
                     SL_ARGS(all, sl_scope_opd(c), open, status, status, from, to)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr it = sl_xml_text(q, "butir", sl_rows_get(rows, i, 0));
        sl_day due;
        sl_xml_attr(it, "href", apr_pstrcat(p, c->mount, "/admin/permohonan/",
                                            sl_rows_get(rows, i, 0), NULL));
        if (sl_day_parse_iso(sl_rows_get(rows, i, 1), &due) == 0) {
            sl_xml_attr(it, "tempo", sl_day_long_id(p, due));
        }
    }
    return 0;
}

/* The objections waiting longest, each linked to the page of its forms. */
static int first_objections(sl_ctx *c, xmlNodePtr q)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, "beranda_keberatan_daftar", &rows,
                     SL_ARGS(sl_scope_all(c, ALUR_SEMUA_OPD))) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *k = sl_rows_get(rows, i, 0), *req = sl_rows_get(rows, i, 1);
        xmlNodePtr it = sl_xml_text(q, "butir", k);
        sl_day due;
        sl_xml_attr(it, "href", req ? apr_pstrcat(p, c->mount, "/admin/permohonan/", req,
                                                  "#keberatan-", k, NULL)
                                    : apr_pstrcat(p, c->mount, "/admin/keberatan/", k, NULL));
        if (sl_day_parse_iso(sl_rows_get(rows, i, 2), &due) == 0) {
            sl_xml_attr(it, "tempo", sl_day_long_id(p, due));
        }
    }
    return 0;
}

static xmlNodePtr role_node(xmlNodePtr list, const char *code, const char *name)
{
    xmlNodePtr r = sl_xml_node(list, "peran");
    sl_xml_attr(r, "kode", code);
    sl_xml_attr(r, "nama", name);
    return r;
}

typedef struct {
    const char *today, *soon, *yesterday;
} beranda_hari;

static int ppid_utama(sl_ctx *c, xmlNodePtr list, const beranda_hari *d)
{
    xmlNodePtr r = role_node(list, "ppid_utama", SIALIP_MSG_PPID_UTAMA);
    const char *all = sl_scope_all(c, SL_ROLE_PPID_UTAMA);
    sl_rows *rows;
    int failed = 0;

    if (sl_db_select(c->db, "beranda_utama", &rows,
                     SL_ARGS(d->today, d->soon, d->today, all)) != 0) {
        return -1;
    }
    failed |= first_requests(c, queue(c, r, "disposisi", SIALIP_MSG_MENUNGGU_DISPOSISI_OPD,
                                      sl_rows_get(rows, 0, 1),
                                      "/admin/permohonan?status=diterima"),
                             all, "1", "diterima", "1000-01-01", "9999-12-31");
    failed |= first_requests(c, queue(c, r, "dekat", SIALIP_MSG_JATUH_TEMPO_DALAM_HARI,
                                      sl_rows_get(rows, 0, 2),
                                      "/admin/permohonan?tenggat=dekat"),
                             all, "1", "", d->today, d->soon);
    failed |= first_requests(c, queue(c, r, "lewat", SIALIP_MSG_MELEWATI_BATAS_WAKTU,
                                      sl_rows_get(rows, 0, 3),
                                      "/admin/permohonan?tenggat=lewat"),
                             all, "1", "", "1000-01-01", d->yesterday);
    if (sl_db_select(c->db, "beranda_keberatan", &rows,
                     SL_ARGS(d->today, sl_scope_all(c, ALUR_SEMUA_OPD))) != 0) {
        return -1;
    }
    queue(c, r, "keberatan", SIALIP_MSG_KEBERATAN_MENUNGGU_PUTUSAN_ATASAN,
          sl_rows_get(rows, 0, 0), "/admin/keberatan?status=diterima");
    return failed;
}

static int ppid_pelaksana(sl_ctx *c, xmlNodePtr list, const beranda_hari *d)
{
    xmlNodePtr r = role_node(list, "ppid_pelaksana", SIALIP_MSG_PPID_PELAKSANA);
    sl_rows *rows;

    /* No OPD, no queue: scope "0" matches no part. */
    if (sl_db_select(c->db, "beranda_pelaksana", &rows,
                     SL_ARGS(d->today, d->soon, d->today, sl_scope_opd(c))) != 0) {
        return -1;
    }
    /* "0": only the parts of the officer's OPD still to answer. */
    if (first_requests(c, queue(c, r, "jawab", SIALIP_MSG_BAGIAN_OPD_PERLU_DIJAWAB,
                                sl_rows_get(rows, 0, 0), "/admin/permohonan?tugas=jawab"),
                       "0", "", "", "1000-01-01", "9999-12-31") != 0) {
        return -1;
    }
    queue(c, r, "dekat", SIALIP_MSG_ANTARANYA_JATUH_TEMPO_DALAM,
          sl_rows_get(rows, 0, 1), "/admin/permohonan?tugas=jawab&tenggat=dekat");
    queue(c, r, "lewat", SIALIP_MSG_ANTARANYA_MELEWATI_BATAS_WAKTU, sl_rows_get(rows, 0, 2),
          "/admin/permohonan?tugas=jawab&tenggat=lewat");
    return 0;
}

static int atasan(sl_ctx *c, xmlNodePtr list, const beranda_hari *d)
{
    xmlNodePtr r = role_node(list, "atasan_ppid", SIALIP_MSG_ATASAN_PPID);
    sl_rows *rows;

    if (sl_db_select(c->db, "beranda_keberatan", &rows,
                     SL_ARGS(d->today, sl_scope_all(c, ALUR_SEMUA_OPD))) != 0) {
        return -1;
    }
    if (first_objections(c, queue(c, r, "putusan", SIALIP_MSG_KEBERATAN_MENUNGGU_PUTUSAN,
                                  sl_rows_get(rows, 0, 0),
                                  "/admin/keberatan?status=diterima")) != 0) {
        return -1;
    }
    queue(c, r, "putusan_lewat", SIALIP_MSG_ANTARANYA_MELEWATI_BATAS_HARI,
          sl_rows_get(rows, 0, 1), "/admin/keberatan?status=diterima");
    return 0;
}

/* Innovation reports of one status: the count, and the first few by name
 * with a link to each (only when mod_inovasi is mounted here). */
static int reports(sl_ctx *c, xmlNodePtr r, const char *code, const char *label,
                   const char *status, const char *all, const char *exclude)
{
    apr_pool_t *p = c->r->pool;
    const char *opd = sl_scope_opd(c), *base = c->settings->inovasi_mount;
    sl_rows *count, *rows;
    xmlNodePtr q;
    int i;

    if (sl_db_select(c->db, "beranda_laporan_jumlah", &count,
                     SL_ARGS(status, all, opd, exclude, exclude)) != 0
        || sl_db_select(c->db, "beranda_laporan", &rows,
                        SL_ARGS(status, all, opd, exclude, exclude)) != 0) {
        return -1;
    }
    q = sl_xml_text(r, "antrean", label);
    sl_xml_attr(q, "kode", code);
    sl_xml_attr(q, "jumlah", sl_rows_get_or(count, 0, 0, "0"));
    for (i = 0; base && i < rows->nrows; i++) {
        xmlNodePtr it = sl_xml_text(q, "butir", sl_rows_get(rows, i, 2));
        sl_xml_attr(it, "href", apr_pstrcat(p, base, "/admin/inovasi/",
                                            sl_rows_get(rows, i, 0), "/laporan/",
                                            sl_rows_get(rows, i, 1), NULL));
        sl_xml_attr(it, "opd", sl_rows_get(rows, i, 3));
        sl_xml_attr(it, "periode", apr_pstrcat(p, strcmp(sl_rows_get_or(rows, i, 4, ""),
                                                         "semester") == 0
                                                  ? "Semester " : "Triwulan ",
                                                  sl_rows_get_or(rows, i, 5, ""), " ",
                                                  sl_rows_get_or(rows, i, 6, ""), NULL));
    }
    return 0;
}

static int evaluator(sl_ctx *c, xmlNodePtr list)
{
    xmlNodePtr r = role_node(list, "evaluator", SIALIP_MSG_EVALUATOR_BAPPEDA);
    const char *own = c->session->opd_id ? c->session->opd_id : "";
    return reports(c, r, "verifikasi", SIALIP_MSG_LAPORAN_MONITORING_MENUNGGU_VERIFIKASI,
                   "diajukan", sl_scope_all(c, SL_ROLE_EVALUATOR), own);
}

static int opd_inovasi(sl_ctx *c, xmlNodePtr list)
{
    xmlNodePtr r = role_node(list, "opd_inovasi", SIALIP_MSG_PETUGAS_INOVASI_OPD);
    return reports(c, r, "dikembalikan", SIALIP_MSG_LAPORAN_MONITORING_DIKEMBALIKAN_DIPERBAIKI,
                   "dikembalikan", "0", "")
           || reports(c, r, "draf", SIALIP_MSG_LAPORAN_MONITORING_MASIH_DRAF,
                      "draf", "0", "");
}

static int admin(sl_ctx *c, xmlNodePtr list, const sl_calendar *cal, sl_day today)
{
    xmlNodePtr r = role_node(list, "admin", "Administrator");
    sl_rows *rows;
    int y, m, d;

    if (sl_db_select(c->db, "beranda_admin", &rows, SL_NOARGS) != 0) {
        return -1;
    }
    queue(c, r, "opd_tanpa_petugas",
          SIALIP_MSG_OPD_AKTIF_TANPA_PPID,
          sl_rows_get(rows, 0, 0), "/admin/opd");
    queue(c, r, "pengguna", SIALIP_MSG_PENGGUNA_AKTIF, sl_rows_get(rows, 0, 1), "/admin/pengguna");
    queue(c, r, "opd", SIALIP_MSG_OPD_AKTIF, sl_rows_get(rows, 0, 2), "/admin/opd");
    /* From October, as the holiday page's banner: next year's calendar. */
    sl_day_to_ymd(today, &y, &m, &d);
    if (m >= 10 && !sl_calendar_year_loaded(cal, y + 1)) {
        queue(c, r, "libur", apr_psprintf(c->r->pool, SIALIP_MSG_HARI_LIBUR_TAHUN_BELUM,
                                          y + 1), NULL, "/admin/libur");
    }
    queue(c, r, "tarif", SIALIP_MSG_TARIF_SALINAN_PENGIRIMAN, NULL, "/admin/tarif");
    return 0;
}

int sialip_staf_beranda(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    unsigned roles = c->session->roles;
    const sl_calendar *cal;
    sl_day today = sl_today_wib();
    beranda_hari d;
    sl_page *page;
    xmlNodePtr list;
    int failed = 0;

    /* Leadership has no PPID queue: its page is the dashboard. */
    if (roles == SL_ROLE_PIMPINAN && c->settings->inovasi_mount) {
        return sl_redirect(c, apr_pstrcat(p, c->settings->inovasi_mount, "/dasbor", NULL));
    }
    if (!(cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes))) {
        return alur_gangguan(c);
    }
    d.today = sl_day_iso(p, today);
    d.yesterday = sl_day_iso(p, today - 1);
    d.soon = sl_day_iso(p, sl_calendar_add_working_days(cal, today, BERANDA_HARI_DEKAT,
                                                        NULL));
    page = sl_ctx_page(c, "staf-beranda", SIALIP_MSG_BERANDA_PETUGAS, "staf");
    list = page->resource;
    if (roles & SL_ROLE_PPID_UTAMA) {
        failed |= ppid_utama(c, list, &d);
    }
    if (roles & SL_ROLE_PPID_PELAKSANA) {
        failed |= ppid_pelaksana(c, list, &d);
    }
    if (roles & SL_ROLE_ATASAN_PPID) {
        failed |= atasan(c, list, &d);
    }
    if (roles & SL_ROLE_EVALUATOR) {
        failed |= evaluator(c, list);
    }
    if (roles & SL_ROLE_OPD_INOVASI) {
        failed |= opd_inovasi(c, list);
    }
    if (roles & SL_ROLE_ADMIN) {
        failed |= admin(c, list, cal, today);
    }
    if (roles & SL_ROLE_PIMPINAN) {
        role_node(list, "pimpinan", "Pimpinan");
    }
    if (failed) {
        return alur_gangguan(c);
    }
    return sl_page_send(page, HTTP_OK);
}
