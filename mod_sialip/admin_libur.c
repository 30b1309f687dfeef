/* The holiday calendar (admin only): libur nasional and cuti bersama as
 * the SKB 3 Menteri sets and amends them.  Each change is one transaction
 * with its audit row and the recomputation of every open deadline on the
 * changed calendar (DOMAIN.md "Clocks"), so a request's due date moves
 * the moment a holiday is added or removed. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "roles.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "tenggat.h"
#include "sialip.h"
#include "sl_logno.h"

static const sl_stmt_def statements[] = {
    {"libur_daftar",
     "SELECT tanggal, jenis, nama, dasar_hukum, libur FROM hari_libur "
     "WHERE tanggal BETWEEN %s AND %s ORDER BY tanggal"},
    {"libur_tahun_ada", "SELECT DISTINCT YEAR(tanggal) FROM hari_libur ORDER BY 1"},
    {"libur_muat",
     "SELECT tanggal, jenis, nama, dasar_hukum, libur FROM hari_libur "
     "WHERE tanggal = %s"},
    {"libur_kunci",
     "SELECT tanggal, jenis, nama, dasar_hukum, libur FROM hari_libur "
     "WHERE tanggal = %s FOR UPDATE"},
    {"libur_simpan",
     "INSERT INTO hari_libur (tanggal, jenis, nama, dasar_hukum, libur) "
     "VALUES (%s, %s, %s, %s, %s)"},
    {"libur_ubah",
     "UPDATE hari_libur SET jenis = %s, nama = %s, dasar_hukum = %s, libur = %s "
     "WHERE tanggal = %s"},
    {"libur_hapus", "DELETE FROM hari_libur WHERE tanggal = %s"},
    {NULL, NULL}
};

enum { L_TANGGAL, L_JENIS, L_NAMA, L_DASAR, L_LIBUR };

static const sl_choice jenis_choices[] = {
    {"libur_nasional", "Libur nasional"},
    {"cuti_bersama", "Cuti bersama"},
    {NULL, NULL}
};

static const char *const form_fields[] = {
    "tanggal", "jenis", "nama", "dasar_hukum", "libur", NULL
};

static long current_wib_year(void)
{
    apr_time_exp_t t;
    apr_time_exp_tz(&t, apr_time_now(), SL_WIB_OFFSET_SECONDS);
    return t.tm_year + 1900;
}

/* A date in canonical ISO form ("2026-03-20"), or NULL. */
static const char *canonical_date(apr_pool_t *p, const char *text, sl_day *day)
{
    sl_day d;
    const char *iso;
    if (!text || sl_day_parse_iso(text, &d) != 0) {
        return NULL;
    }
    iso = sl_day_iso(p, d);
    if (strcmp(iso, text) != 0) {
        return NULL;
    }
    if (day) {
        *day = d;
    }
    return iso;
}

static const char *message_of(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *pesan = sl_query(c, "pesan");
    const char *what;
    long n = 0;

    if (strcmp(pesan, "ditambah") == 0) {
        what = "Hari libur ditambahkan.";
    }
    else if (strcmp(pesan, "diubah") == 0) {
        what = "Hari libur diubah.";
    }
    else if (strcmp(pesan, "dihapus") == 0) {
        what = "Hari libur dihapus.";
    }
    else {
        return NULL;
    }
    isian_angka(sl_query(c, "dihitung_ulang"), &n);
    return n > 0 ? apr_psprintf(p, "%s Batas waktu %ld permohonan/keberatan yang "
                                "masih berjalan dihitung ulang.", what, n)
                 : apr_pstrcat(p, what, " Tidak ada batas waktu yang berubah.",
                               NULL);
}

static void holiday_xml(sl_ctx *c, xmlNodePtr parent, const sl_rows *rows, int i)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr h = sl_xml_node(parent, "libur");
    const char *iso = sl_rows_get(rows, i, L_TANGGAL);
    sl_day d;

    sl_xml_attr(h, "tanggal", iso);
    sl_xml_attr(h, "libur", sl_rows_get(rows, i, L_LIBUR));
    sl_xml_attr(h, "jenis", sl_rows_get(rows, i, L_JENIS));
    if (iso && sl_day_parse_iso(iso, &d) == 0) {
        sl_xml_text(h, "tanggal_teks", sl_day_long_id(p, d));
    }
    sl_xml_text(h, "jenis_label", sl_choice_label(jenis_choices,
                                                  sl_rows_get(rows, i, L_JENIS)));
    sl_xml_text(h, "nama", sl_rows_get(rows, i, L_NAMA));
    sl_xml_text(h, "dasar_hukum", sl_rows_get(rows, i, L_DASAR));
}

/* The year's holidays with the form to add one. */
/* From October the next year's decree (SKB) is due: until its holidays are
 * loaded, due dates counted into that year are provisional, so the page
 * says so at the top. */
static void ingatkan_tahun_depan(sl_ctx *c, xmlNodePtr res, const sl_rows *years)
{
    apr_time_exp_t t;
    const char *next;
    int i;

    apr_time_exp_tz(&t, apr_time_now(), SL_WIB_OFFSET_SECONDS);
    if (t.tm_mon + 1 < 10) {
        return;
    }
    next = apr_itoa(c->r->pool, t.tm_year + 1900 + 1);
    for (i = 0; i < years->nrows; i++) {
        const char *y = sl_rows_get(years, i, 0);
        if (y && strcmp(y, next) == 0) {
            return;
        }
    }
    sl_xml_attr(res, "tahun_depan_belum", next);
}

static int show_list(sl_ctx *c, const char *year, int status,
                     const apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows, *years;
    sl_page *pg;
    xmlNodePtr res, isian, list;
    int i, has_current = 0;
    const char *now_year = apr_ltoa(p, current_wib_year());

    if (sl_db_select(c->db, "libur_daftar", &rows,
                     SL_ARGS(apr_pstrcat(p, year, "-01-01", NULL),
                             apr_pstrcat(p, year, "-12-31", NULL))) != 0
        || sl_db_select(c->db, "libur_tahun_ada", &years, SL_NOARGS) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "admin-libur", apr_pstrcat(p, "Hari libur ", year, NULL),
                     "hari_libur");
    res = pg->resource;
    sl_xml_attr(res, "tahun", year);
    list = sl_xml_node(res, "tahun_ada");
    for (i = 0; i < years->nrows; i++) {
        const char *y = sl_rows_get(years, i, 0);
        has_current |= y && strcmp(y, now_year) == 0;
        sl_xml_text(list, "tahun", y);
    }
    if (!has_current) {
        sl_xml_text(list, "tahun", now_year);
    }
    ingatkan_tahun_depan(c, res, years);
    isian = isian_xml(res);
    if (errors) {
        isian_nilai_form(c, isian, form_fields);
    }
    else {
        isian_nilai(isian, "jenis", "libur_nasional");
        isian_nilai(isian, "libur", "1");
    }
    isian_galat_xml(res, errors);
    isian_pilihan_xml(res, "jenis", jenis_choices);
    if (status == HTTP_OK && message_of(c)) {
        sl_xml_text(res, "pesan", message_of(c));
    }
    for (i = 0; i < rows->nrows; i++) {
        holiday_xml(c, res, rows, i);
    }
    return sl_page_send(pg, status);
}

static int libur_daftar(sl_ctx *c)
{
    const char *year = sl_query(c, "tahun");
    long y;
    if (strlen(year) != 4 || !isian_angka(year, &y) || y < 1970 || y > 2100) {
        year = apr_ltoa(c->r->pool, current_wib_year());
    }
    return show_list(c, year, HTTP_OK, NULL);
}

typedef struct {
    const char *jenis, *nama, *dasar_hukum, *libur;
} libur_input;

static void validate(sl_ctx *c, apr_array_header_t *errors, libur_input *in)
{
    in->jenis = isian_pilih(c, errors, "jenis", "jenis hari libur", jenis_choices, 1);
    in->nama = isian_teks(c, errors, "nama", "Nama hari libur", 1, 255);
    in->dasar_hukum = isian_teks(c, errors, "dasar_hukum", "Dasar hukum", 0, 255);
    in->libur = isian_centang(c, "libur") ? "1" : "0";
}

static const char *audit_text(apr_pool_t *p, const char *tanggal,
                              const libur_input *in)
{
    return isian_json(p, "tanggal", tanggal, "jenis", in->jenis, "nama", in->nama,
                      "dasar_hukum", in->dasar_hukum, "libur", in->libur, NULL);
}

static const char *row_audit_text(apr_pool_t *p, const sl_rows *row)
{
    libur_input old = {sl_rows_get(row, 0, L_JENIS), sl_rows_get(row, 0, L_NAMA),
                       sl_rows_get(row, 0, L_DASAR), sl_rows_get(row, 0, L_LIBUR)};
    return audit_text(p, sl_rows_get(row, 0, L_TANGGAL), &old);
}

/* Ends the caller's transaction: recomputes every open deadline on the
 * calendar as changed (read inside the transaction: the hari_libur
 * triggers have bumped its version there), commits, and answers. */
static int finish(sl_ctx *c, const char *tanggal, const char *pesan)
{
    apr_pool_t *p = c->r->pool;
    const sl_calendar *cal = sl_holidays_current(c,
                                                 sialip_config_of(c->r)->cutoff_minutes);
    int changed = cal ? sialip_tenggat_hitung_ulang(c, cal) : -1;

    if (changed < 0 || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, c->r, SL_LOGNO(00059) "holiday %s %s; %d deadlines "
                  "recomputed", tanggal, pesan, changed);
    return sl_redirect(c, apr_psprintf(p, "%s/admin/libur?tahun=%.4s&pesan=%s"
                                       "&dihitung_ulang=%d", c->mount, tanggal,
                                       pesan, changed));
}

static int libur_tambah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *typed = sl_field(c, "tanggal");
    const char *tanggal = canonical_date(p, typed, NULL);
    const char *year;
    libur_input in;
    sl_rows *rows;

    if (!tanggal) {
        isian_galat(errors, "tanggal", *typed ? "Tanggal diisi dengan format "
                    "TTTT-BB-HH, misalnya 2026-03-20."
                    : "Tanggal wajib diisi.");
    }
    validate(c, errors, &in);
    year = tanggal ? apr_pstrndup(p, tanggal, 4)
                   : apr_ltoa(p, current_wib_year());
    if (errors->nelts > 0) {
        return show_list(c, year, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sl_db_select(c->db, "libur_kunci", &rows, SL_ARGS(tanggal)) != 0) {
        return isian_gangguan(c);
    }
    if (rows->nrows > 0) {
        sl_db_rollback(c->db);
        isian_galat(errors, "tanggal", "Tanggal ini sudah ada di kalender; ubah "
                    "entrinya bila perlu.");
        return show_list(c, year, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    sl_db_exec(c->db, "libur_simpan", NULL,
               SL_ARGS(tanggal, in.jenis, in.nama, in.dasar_hukum, in.libur));
    sl_audit(c, &(sl_audit_entry){"buat", "hari_libur", tanggal, NULL,
                                  audit_text(p, tanggal, &in), 0});
    return finish(c, tanggal, "ditambah");
}

static int tidak_ditemukan(sl_ctx *c)
{
    return isian_tidak_ditemukan(c, "Hari libur tidak ditemukan",
                                 "Tanggal ini tidak ada di kalender hari libur.");
}

static int show_form(sl_ctx *c, int status, const apr_array_header_t *errors,
                     const sl_rows *row)
{
    apr_pool_t *p = c->r->pool;
    const char *tanggal = sl_rows_get(row, 0, L_TANGGAL);
    sl_page *pg;
    xmlNodePtr res, isian;
    sl_day d;

    pg = sl_ctx_page(c, "admin-libur-formulir", "Ubah hari libur", "hari_libur");
    res = pg->resource;
    sl_xml_attr(res, "tanggal", tanggal);
    sl_xml_attr(res, "tahun", apr_pstrndup(p, tanggal, 4));
    sl_xml_attr(res, "aksi", apr_pstrcat(p, c->mount, "/admin/libur/", tanggal, NULL));
    if (sl_day_parse_iso(tanggal, &d) == 0) {
        sl_xml_text(res, "tanggal_teks", sl_day_long_id(p, d));
    }
    isian = isian_xml(res);
    isian_nilai(isian, "jenis", errors ? sl_field(c, "jenis")
                                       : sl_rows_get(row, 0, L_JENIS));
    isian_nilai(isian, "nama", errors ? sl_field(c, "nama")
                                      : sl_rows_get(row, 0, L_NAMA));
    isian_nilai(isian, "dasar_hukum", errors ? sl_field(c, "dasar_hukum")
                                             : sl_rows_get(row, 0, L_DASAR));
    isian_nilai(isian, "libur", errors ? sl_field(c, "libur")
                                       : sl_rows_get(row, 0, L_LIBUR));
    isian_galat_xml(res, errors);
    isian_pilihan_xml(res, "jenis", jenis_choices);
    return sl_page_send(pg, status);
}

static const sl_rows *muat(sl_ctx *c, const char *tanggal, int *failed)
{
    sl_rows *rows;
    *failed = 0;
    if (!tanggal) {
        return NULL;
    }
    if (sl_db_select(c->db, "libur_muat", &rows, SL_ARGS(tanggal)) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

static const char *date_param(sl_ctx *c)
{
    return canonical_date(c->r->pool, apr_table_get(c->params, "tanggal"), NULL);
}

static int libur_lihat(sl_ctx *c)
{
    int failed;
    const sl_rows *row = muat(c, date_param(c), &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    return show_form(c, HTTP_OK, NULL, row);
}

static int libur_ubah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tanggal = date_param(c);
    apr_array_header_t *errors = isian_galat_baru(c);
    const sl_rows *row;
    sl_rows *locked;
    libur_input in;
    int failed;

    row = muat(c, tanggal, &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    validate(c, errors, &in);
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, row);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sl_db_select(c->db, "libur_kunci", &locked, SL_ARGS(tanggal)) != 0) {
        return isian_gangguan(c);
    }
    if (locked->nrows != 1) {
        sl_db_rollback(c->db);
        return tidak_ditemukan(c);
    }
    sl_db_exec(c->db, "libur_ubah", NULL,
               SL_ARGS(in.jenis, in.nama, in.dasar_hukum, in.libur, tanggal));
    sl_audit(c, &(sl_audit_entry){"ubah", "hari_libur", tanggal,
                                  row_audit_text(p, locked),
                                  audit_text(p, tanggal, &in), 0});
    return finish(c, tanggal, "diubah");
}

static int libur_hapus(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tanggal = date_param(c);
    sl_rows *locked;

    if (!tanggal) {
        return tidak_ditemukan(c);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sl_db_select(c->db, "libur_kunci", &locked, SL_ARGS(tanggal)) != 0) {
        return isian_gangguan(c);
    }
    if (locked->nrows != 1) {
        sl_db_rollback(c->db);
        return tidak_ditemukan(c);
    }
    sl_db_exec(c->db, "libur_hapus", NULL, SL_ARGS(tanggal));
    sl_audit(c, &(sl_audit_entry){"hapus", "hari_libur", tanggal,
                                  row_audit_text(p, locked), NULL, 0});
    return finish(c, tanggal, "dihapus");
}

static const sl_route routes[] = {
    {"GET", "/admin/libur", libur_daftar, SL_ROLE_ADMIN, 0, NULL},
    {"POST", "/admin/libur", libur_tambah, SL_ROLE_ADMIN, 0, NULL},
    {"GET", "/admin/libur/{tanggal}", libur_lihat, SL_ROLE_ADMIN, 0, NULL},
    {"POST", "/admin/libur/{tanggal}", libur_ubah, SL_ROLE_ADMIN, 0, NULL},
    {"POST", "/admin/libur/{tanggal}/hapus", libur_hapus, SL_ROLE_ADMIN, 0, NULL},
    {NULL, NULL, NULL, 0, 0, NULL}
};

const sl_feature sialip_admin_libur_feature = {routes, statements};
