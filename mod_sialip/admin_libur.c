/* The holiday calendar (admin only): libur nasional and cuti bersama as
 * the SKB 3 Menteri sets and amends them, a table of the admin kit
 * (admin_tabel.h) keyed by its date.  Each change is one transaction with
 * its audit row and the recomputation of every open deadline on the
 * changed calendar (docs/DOMAIN.md "Clocks"), so a request's due date
 * moves the moment a holiday is added, changed or removed. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <apr_strings.h>
#include "calendar.h"
#include "roles.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "admin_tabel.h"
#include "tenggat.h"
#include "sialip.h"
#include "sl_logno.h"
#include "sialip_messages.h"

#define LIBUR_BARIS "SELECT tanggal, tanggal, jenis, nama, dasar_hukum, libur FROM hari_libur "

const sl_stmt_def sialip_admin_libur_stmts[] = {
    {"libur_daftar",
     LIBUR_BARIS "WHERE tanggal BETWEEN %s AND %s ORDER BY tanggal"},
    {"libur_tahun_ada", "SELECT DISTINCT YEAR(tanggal) FROM hari_libur ORDER BY 1"},
    {"libur_muat", LIBUR_BARIS "WHERE tanggal = %s"},
    {"libur_kunci", LIBUR_BARIS "WHERE tanggal = %s FOR UPDATE"},
    {"libur_kode_ada", "SELECT tanggal FROM hari_libur WHERE tanggal = %s"},
    {"libur_simpan",
     "INSERT INTO hari_libur (tanggal, jenis, nama, dasar_hukum, libur) "
     "VALUES (%s, %s, %s, %s, %s)"},
    {"libur_ubah",
     "UPDATE hari_libur SET jenis = %s, nama = %s, dasar_hukum = %s, libur = %s "
     "WHERE tanggal = %s"},
    {"libur_hapus", "DELETE FROM hari_libur WHERE tanggal = %s"},
    {NULL, NULL}
};

static const sl_choice jenis_choices[] = {
    {"libur_nasional", "Libur nasional"},
    {"cuti_bersama", "Cuti bersama"},
    {NULL, NULL}
};

static long current_wib_year(void)
{
    apr_time_exp_t t;
    apr_time_exp_tz(&t, apr_time_now(), SL_WIB_OFFSET_SECONDS);
    return t.tm_year + 1900;
}

/* A date in canonical ISO form ("2026-03-20"), or NULL. */
static const char *canonical_date(apr_pool_t *p, const char *text)
{
    sl_day d;
    const char *iso;
    if (!text || sl_day_parse_iso(text, &d) != 0) {
        return NULL;
    }
    iso = sl_day_iso(p, d);
    return strcmp(iso, text) == 0 ? iso : NULL;
}

/* The year shown: ?tahun=, else the year of the date typed in the add
 * form, else this year. */
static const char *year_of(sl_ctx *c)
{
    const char *year = sl_query(c, "tahun");
    const char *typed = c->form ? canonical_date(c->r->pool, sl_field(c, "tanggal")) : NULL;
    long y;
    if (strlen(year) == 4 && isian_angka(year, &y) && y >= 1970 && y <= 2100) {
        return year;
    }
    return typed ? apr_pstrndup(c->r->pool, typed, 4)
                 : apr_ltoa(c->r->pool, current_wib_year());
}

static const char *const *saring(sl_ctx *c, const char **judul)
{
    apr_pool_t *p = c->r->pool;
    const char *year = year_of(c);
    const char **args = apr_pcalloc(p, sizeof(char *) * 3);
    args[0] = apr_pstrcat(p, year, "-01-01", NULL);
    args[1] = apr_pstrcat(p, year, "-12-31", NULL);
    *judul = apr_psprintf(p, SIALIP_MSG_HARI_LIBUR_TAHUN, year);
    return args;
}

/* The years on file (and this one) to choose from; from October, while
 * the next year's decree (SKB) is not loaded, a reminder: due dates
 * counted into that year are provisional until it is. */
static int daftar_xml(sl_ctx *c, xmlNodePtr res)
{
    apr_pool_t *p = c->r->pool;
    const char *now_year = apr_ltoa(p, current_wib_year());
    const char *next = apr_ltoa(p, current_wib_year() + 1);
    int has_current = 0, has_next = 0;
    apr_time_exp_t t;
    xmlNodePtr list;
    sl_rows *years;

    if (sl_db_select(c->db, "libur_tahun_ada", &years, SL_NOARGS) != 0) {
        return -1;
    }
    sl_xml_attr(res, "tahun", year_of(c));
    list = sl_xml_node(res, "tahun_ada");
    for (int i = 0; i < years->nrows; i++) {
        const char *y = sl_rows_get(years, i, 0);
        has_current |= y && strcmp(y, now_year) == 0;
        has_next |= y && strcmp(y, next) == 0;
        sl_xml_text(list, "tahun", y);
    }
    if (!has_current) {
        sl_xml_text(list, "tahun", now_year);
    }
    apr_time_exp_tz(&t, apr_time_now(), SL_WIB_OFFSET_SECONDS);
    if (t.tm_mon + 1 >= 10 && !has_next) {
        sl_xml_attr(res, "tahun_depan_belum", next);
    }
    return 0;
}

/* The date in words ("Jumat, 20 Maret 2026") and its year. */
static void baris_xml(sl_ctx *c, xmlNodePtr node, const sl_rows *rows, int i)
{
    const char *iso = sialip_tabel_id(rows, i);
    sl_day d;
    if (iso && sl_day_parse_iso(iso, &d) == 0) {
        sl_xml_text(node, "tanggal_teks", sl_day_long_id(c->r->pool, d));
        sl_xml_attr(node, "tahun", apr_pstrndup(c->r->pool, iso, 4));
    }
}

static const char *pesan(sl_ctx *c, const char *base)
{
    long n = 0;
    isian_angka(sl_query(c, "dihitung_ulang"), &n);
    return n > 0 ? apr_psprintf(c->r->pool, SIALIP_MSG_BATAS_WAKTU_PERMOHONAN_KEBERATAN, base, n)
                 : apr_psprintf(c->r->pool, SIALIP_MSG_TIDAK_ADA_BATAS_WAKTU, base);
}

/* Recomputes every open deadline on the calendar as changed (read inside
 * the transaction: the hari_libur triggers have bumped its version there)
 * and goes back to the date's year with the count. */
static int tulis(sl_ctx *c, sialip_tabel_ubahan *u)
{
    const sl_calendar *cal = sl_holidays_current(c,
                                                 sialip_config_of(c->r)->cutoff_minutes);
    int changed = cal ? sialip_tenggat_hitung_ulang(c, cal) : -1;
    const char *pesan = strcmp(u->aksi, "buat") == 0 ? "ditambah"
                        : strcmp(u->aksi, "hapus") == 0 ? "dihapus" : "disimpan";

    if (changed < 0) {
        return -1;
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, c->r, SL_LOGNO(00059) "holiday %s %s; %d "
                  "deadlines recomputed", u->id, u->aksi, changed);
    u->tujuan = apr_psprintf(c->r->pool, "%s/admin/libur?tahun=%.4s&pesan=%s"
                             "&dihitung_ulang=%d", c->mount, u->id, pesan, changed);
    return 0;
}

static const sialip_tabel_kolom columns[] = {
    {.name = "jenis", .label = SIALIP_MSG_JENIS_HARI_LIBUR, .pilihan = jenis_choices,
     .bawaan = "libur_nasional"},
    {.name = "nama", .label = SIALIP_MSG_NAMA_HARI_LIBUR, .max_chars = 255},
    {.name = "dasar_hukum", .label = SIALIP_MSG_DASAR_HUKUM, .max_chars = 255,
     .flags = TABEL_OPSIONAL},
    {.name = "libur", .label = SIALIP_MSG_TIDAK_BEKERJA, .flags = TABEL_CENTANG, .bawaan = "1"},
    {.name = NULL}
};

const sialip_tabel sialip_tabel_libur = {
    .nama = "libur", .objek = "hari_libur", .benda = SIALIP_MSG_HARI_LIBUR,
    .judul_daftar = SIALIP_MSG_HARI_LIBUR,
    .kode = "tanggal", .param = "tanggal", .kode_valid = canonical_date, .id_kode = 1,
    .judul_kode = 1,
    .kode_kosong = SIALIP_MSG_TANGGAL_WAJIB_DIISI,
    .kode_salah = SIALIP_MSG_TANGGAL_DIISI_FORMAT_TTTT,
    .kode_dipakai = SIALIP_MSG_TANGGAL_ADA_KALENDER_UBAH,
    .dihapus = SIALIP_MSG_HARI_LIBUR_DIHAPUS,
    .tidak_ditemukan_teks = SIALIP_MSG_TANGGAL_TIDAK_ADA_KALENDER,
    .kolom = columns, .saring = saring, .daftar_xml = daftar_xml, .baris_xml = baris_xml,
    .pesan = pesan, .tulis = tulis,
};
