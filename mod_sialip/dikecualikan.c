/* Daftar Informasi yang Dikecualikan (UU 14/2008 Pasal 17, DOMAIN.md
 * "Daftar Informasi Publik"): each entry is an uji konsekuensi decision
 * with the Pasal 17 letter, its legal basis, the consequence of disclosure
 * and its term.  Exemptions under letters a-f are not permanent, so they
 * need an end date.  Officers keep their OPD's entries (PPID Utama every
 * OPD's); the list is public, with the expiry shown. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "roles.h"
#include "sl_audit.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "label.h"
#include "sialip.h"
#include "sialip_messages.h"

#define KECUALI_SEMUA_OPD SL_ROLE_PPID_UTAMA

/* Columns of the list statements. */
#define KECUALI_KOLOM \
    "SELECT k.id, o.nama, k.informasi, k.pasal17_huruf, k.dasar_hukum, " \
    "k.konsekuensi, k.jangka_waktu, k.berlaku_sampai, k.ditetapkan_pada, " \
    "(k.berlaku_sampai IS NOT NULL AND " \
    " k.berlaku_sampai < DATE(UTC_TIMESTAMP() + INTERVAL 7 HOUR)), k.opd_id, " \
    "k.dimutakhirkan_pada, k.kepentingan_publik, k.diputuskan_oleh, k.unit_pengolah, " \
    "k.alasan_penetapan, k.tempat_penetapan, k.seluruh_kabupaten " \
    "FROM informasi_dikecualikan k JOIN opd o ON o.id = k.opd_id "

const sl_stmt_def sialip_dikecualikan_stmts[] = {
    {"kecuali_publik", KECUALI_KOLOM "ORDER BY o.nama, k.pasal17_huruf, k.id"},
    {"kecuali_daftar",
     KECUALI_KOLOM "WHERE (%s = '1' OR k.opd_id = %s) "
     "ORDER BY o.nama, k.pasal17_huruf, k.id"},
    {"kecuali_muat", KECUALI_KOLOM "WHERE k.id = %s AND (%s = '1' OR k.opd_id = %s)"},
    /* The fields in field_names order. */
    {"kecuali_kunci",
     "SELECT k.opd_id, k.informasi, k.pasal17_huruf, k.dasar_hukum, "
     "k.konsekuensi, k.jangka_waktu, k.berlaku_sampai, k.ditetapkan_pada, "
     "k.kepentingan_publik, k.diputuskan_oleh, k.unit_pengolah, k.alasan_penetapan, "
     "k.tempat_penetapan, k.seluruh_kabupaten FROM informasi_dikecualikan k "
     "WHERE k.id = %s AND (%s = '1' OR k.opd_id = %s) FOR UPDATE"},
    {"kecuali_simpan",
     "INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
     "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
     "kepentingan_publik, diputuskan_oleh, unit_pengolah, alasan_penetapan, "
     "tempat_penetapan, seluruh_kabupaten, "
     "dibuat_oleh, dimutakhirkan_pada) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, "
     "%s, %s, %s, %s, %s, %s, %s, UTC_TIMESTAMP())"},
    {"kecuali_ubah",
     "UPDATE informasi_dikecualikan SET opd_id = %s, informasi = %s, "
     "pasal17_huruf = %s, dasar_hukum = %s, konsekuensi = %s, jangka_waktu = %s, "
     "berlaku_sampai = %s, ditetapkan_pada = %s, kepentingan_publik = %s, "
     "diputuskan_oleh = %s, unit_pengolah = %s, alasan_penetapan = %s, "
     "tempat_penetapan = %s, seluruh_kabupaten = %s, "
     "dimutakhirkan_pada = UTC_TIMESTAMP() WHERE id = %s"},
    {NULL, NULL}
};

/* Columns of KECUALI_KOLOM. */
enum {
    K_ID, K_OPD_NAMA, K_INFORMASI, K_HURUF, K_DASAR, K_KONSEKUENSI, K_JANGKA,
    K_SAMPAI, K_DITETAPKAN, K_KEDALUWARSA, K_OPD_ID, K_MUTAKHIR, K_KEPENTINGAN,
    K_DIPUTUSKAN, K_UNIT, K_ALASAN, K_TEMPAT, K_SELURUH
};
#define KECUALI_ISIAN 14

/* UU 14/2008 Pasal 17: what disclosure would do. */
static const sl_choice huruf_choices[] = {
    {"a", "a. menghambat proses penegakan hukum"},
    {"b", "b. mengganggu perlindungan hak atas kekayaan intelektual dan "
          "persaingan usaha tidak sehat"},
    {"c", "c. membahayakan pertahanan dan keamanan negara"},
    {"d", "d. mengungkapkan kekayaan alam Indonesia"},
    {"e", "e. merugikan ketahanan ekonomi nasional"},
    {"f", "f. merugikan kepentingan hubungan luar negeri"},
    {"g", "g. mengungkapkan isi akta otentik yang bersifat pribadi dan "
          "kemauan terakhir ataupun wasiat seseorang"},
    {"h", "h. mengungkap rahasia pribadi"},
    {"i", "i. memorandum atau surat antar/intra Badan Publik yang menurut "
          "sifatnya dirahasiakan"},
    {"j", "j. informasi yang tidak boleh diungkapkan berdasarkan undang-undang"},
    {NULL, NULL}
};

static const char *const field_names[] = {
    "opd_id", "informasi", "pasal17_huruf", "dasar_hukum", "konsekuensi",
    "jangka_waktu", "berlaku_sampai", "ditetapkan_pada", "kepentingan_publik",
    "diputuskan_oleh", "unit_pengolah", "alasan_penetapan", "tempat_penetapan",
    "seluruh_kabupaten", NULL
};
static const int field_columns[] = {
    K_OPD_ID, K_INFORMASI, K_HURUF, K_DASAR, K_KONSEKUENSI, K_JANGKA, K_SAMPAI,
    K_DITETAPKAN, K_KEPENTINGAN, K_DIPUTUSKAN, K_UNIT, K_ALASAN, K_TEMPAT, K_SELURUH
};

/* Letters a-f: the exemption has a term (not permanent). */
static int needs_term(const char *huruf)
{
    return huruf && huruf[0] >= 'a' && huruf[0] <= 'f' && huruf[1] == '\0';
}

static int sees_all(sl_ctx *c)
{
    return c->session && (c->session->roles & KECUALI_SEMUA_OPD);
}

static const char *scope_all(sl_ctx *c)
{
    return sl_scope_all(c, KECUALI_SEMUA_OPD);
}

static const char *today_wib(apr_pool_t *p)
{
    apr_time_exp_t t;
    apr_time_exp_tz(&t, apr_time_now(), SL_WIB_OFFSET_SECONDS);
    return sl_day_iso(p, sl_day_from_ymd(t.tm_year + 1900, t.tm_mon + 1,
                                         t.tm_mday));
}

/* <entri> of one row of the list statements. */
static void entry_xml(sl_ctx *c, xmlNodePtr parent, const sl_rows *rows, int i,
                      int for_staff)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr e = sl_xml_node(parent, "entri");
    xmlNodePtr term;
    const char *until = sl_rows_get(rows, i, K_SAMPAI);
    const char *huruf = sl_rows_get(rows, i, K_HURUF);
    int expired = strcmp(sl_rows_get_or(rows, i, K_KEDALUWARSA, "0"), "1") == 0;

    sl_xml_attr(e, "id", sl_rows_get(rows, i, K_ID));
    sl_xml_attr(sl_xml_text(e, "opd", sl_rows_get(rows, i, K_OPD_NAMA)), "id",
                sl_rows_get(rows, i, K_OPD_ID));
    sl_xml_text(e, "informasi", sl_rows_get(rows, i, K_INFORMASI));
    sl_xml_attr(sl_xml_text(e, "pasal17", sl_choice_label(huruf_choices, huruf)),
                "huruf", huruf);
    sl_xml_text(e, "dasar_hukum", sl_rows_get(rows, i, K_DASAR));
    sl_xml_text(e, "konsekuensi", sl_rows_get(rows, i, K_KONSEKUENSI));
    sl_xml_text(e, "kepentingan_publik", sl_rows_get(rows, i, K_KEPENTINGAN));
    {
        /* PP 61/2010: the written classification decision. */
        xmlNodePtr d = sl_xml_node(e, "penetapan");
        sl_xml_text(d, "diputuskan_oleh", sl_rows_get(rows, i, K_DIPUTUSKAN));
        sl_xml_text(d, "unit_pengolah", sl_rows_get(rows, i, K_UNIT));
        sl_xml_text(d, "alasan", sl_rows_get(rows, i, K_ALASAN));
        sl_xml_text(d, "tempat", sl_rows_get(rows, i, K_TEMPAT));
    }
    if (strcmp(sl_rows_get_or(rows, i, K_SELURUH, "0"), "1") == 0) {
        sl_xml_attr(e, "seluruh_kabupaten", "1");
    }
    sl_xml_text(e, "jangka_waktu", sl_rows_get(rows, i, K_JANGKA));
    sl_xml_attr(sl_xml_text(e, "ditetapkan",
                            sialip_label_tanggal(p, sl_rows_get(rows, i, K_DITETAPKAN))),
                "tanggal", sl_rows_get(rows, i, K_DITETAPKAN));
    if (!until) {
        term = sl_xml_text(e, "berlaku", SIALIP_MSG_BERLAKU_TANPA_BATAS_WAKTU);
        sl_xml_attr(term, "status", "tetap");
    }
    else if (expired) {
        term = sl_xml_text(e, "berlaku",
                           apr_psprintf(p, SIALIP_MSG_BERLAKU_SAMPAI_KEDALUWARSA,
                                        sialip_label_tanggal(p, until)));
        sl_xml_attr(term, "status", "kedaluwarsa");
    }
    else {
        term = sl_xml_text(e, "berlaku",
                           apr_psprintf(p, SIALIP_MSG_BERLAKU_SAMPAI,
                                        sialip_label_tanggal(p, until)));
        sl_xml_attr(term, "status", "berlaku");
    }
    sl_xml_attr(term, "sampai", until);
    if (for_staff) {
        isian_waktu_xml(c, e, "mutakhir", sl_rows_get(rows, i, K_MUTAKHIR));
    }
}

int sialip_dikecualikan_publik(sl_ctx *c)
{
    sl_rows *rows;
    sl_page *pg;
    int i;

    if (sl_db_select(c->db, "kecuali_publik", &rows, SL_NOARGS) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "dikecualikan-daftar", SIALIP_MSG_DAFTAR_INFORMASI_DIKECUALIKAN,
                     "dikecualikan");
    sl_xml_attr(pg->resource, "total", apr_itoa(c->r->pool, rows->nrows));
    sl_xml_attr(pg->resource, "tanggal", today_wib(c->r->pool));
    for (i = 0; i < rows->nrows; i++) {
        entry_xml(c, pg->resource, rows, i, 0);
    }
    return sl_page_send(pg, HTTP_OK);
}

int sialip_dikecualikan_kelola(sl_ctx *c)
{
    sl_rows *rows;
    sl_page *pg;
    int i;

    if (sl_db_select(c->db, "kecuali_daftar", &rows,
                     SL_ARGS(scope_all(c), sl_scope_opd(c))) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "dikecualikan-kelola", SIALIP_MSG_KELOLA_INFORMASI_DIKECUALIKAN,
                     "dikecualikan");
    sl_xml_attr(pg->resource, "total", apr_itoa(c->r->pool, rows->nrows));
    if (sees_all(c)) {
        sl_xml_attr(pg->resource, "semua_opd", "1");
    }
    if (strcmp(sl_query(c, "pesan"), "disimpan") == 0) {
        sl_xml_text(pg->resource, "pesan", SIALIP_MSG_PERUBAHAN_TERSIMPAN);
    }
    for (i = 0; i < rows->nrows; i++) {
        entry_xml(c, pg->resource, rows, i, 1);
    }
    return sl_page_send(pg, HTTP_OK);
}

static int show_form(sl_ctx *c, int status, const apr_array_header_t *errors,
                     const sl_rows *row, int from_form)
{
    apr_pool_t *p = c->r->pool;
    sl_page *pg;
    xmlNodePtr res, isian;
    int i;

    pg = sl_ctx_page(c, "dikecualikan-formulir",
                     row ? SIALIP_MSG_UBAH_INFORMASI_DIKECUALIKAN
                         : SIALIP_MSG_TAMBAH_INFORMASI_DIKECUALIKAN, "dikecualikan_entri");
    res = pg->resource;
    isian = isian_xml(res);
    for (i = 0; field_names[i]; i++) {
        const char *v;
        /* An officer's entries are its own OPD's, whatever was posted. */
        int own_opd = strcmp(field_names[i], "opd_id") == 0 && !sees_all(c);
        if (from_form && !own_opd) {
            v = sl_field(c, field_names[i]);
        }
        else if (row) {
            v = sl_rows_get(row, 0, field_columns[i]);
        }
        else if (strcmp(field_names[i], "ditetapkan_pada") == 0) {
            v = today_wib(p);
        }
        else if (strcmp(field_names[i], "opd_id") == 0) {
            v = c->session->opd_id;
        }
        else {
            v = "";
        }
        isian_nilai(isian, field_names[i], v);
    }
    isian_galat_xml(res, errors);
    isian_pilihan_xml(res, "pasal17_huruf", huruf_choices);
    if (sees_all(c)) {
        sl_xml_attr(res, "semua_opd", "1");
    }
    if (isian_pilihan_opd(c, res, "opd_id", sees_all(c),
                          row ? sl_rows_get(row, 0, K_OPD_ID) : NULL) != 0) {
        return isian_gangguan(c);
    }
    if (row) {
        const char *id = sl_rows_get(row, 0, K_ID);
        sl_xml_attr(res, "id", id);
        sl_xml_attr(res, "aksi", apr_pstrcat(p, c->mount, "/admin/dikecualikan/",
                                             id, NULL));
        isian_waktu_xml(c, res, "mutakhir", sl_rows_get(row, 0, K_MUTAKHIR));
    }
    else {
        sl_xml_attr(res, "aksi", apr_pstrcat(p, c->mount, "/admin/dikecualikan",
                                             NULL));
    }
    return sl_page_send(pg, status);
}

int sialip_dikecualikan_baru(sl_ctx *c)
{
    if (!sees_all(c) && !c->session->opd_id) {
        return isian_tanpa_opd(c);
    }
    return show_form(c, HTTP_OK, NULL, NULL, 0);
}

static const sl_rows *muat(sl_ctx *c, const char *id, int *failed)
{
    return isian_muat(c, "kecuali_muat", id, scope_all(c), failed);
}

static int tidak_ditemukan(sl_ctx *c)
{
    return isian_tidak_ditemukan(c, SIALIP_MSG_ENTRI_TIDAK_DITEMUKAN,
                                 SIALIP_MSG_DIP_ENTRI_BUKAN_WEWENANG);
}

int sialip_dikecualikan_lihat(sl_ctx *c)
{
    int failed;
    const sl_rows *row = muat(c, apr_table_get(c->params, "id"), &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    return show_form(c, HTTP_OK, NULL, row, 0);
}

/* The checked values in field_names order (berlaku_sampai NULL when
 * empty). */
static void validate(sl_ctx *c, apr_array_header_t *errors, const char **v,
                     const char *own_opd)
{
    sl_day until, since;
    int since_ok = 0;

    v[0] = isian_opd_isian(c, errors, sees_all(c), own_opd);
    v[1] = isian_teks(c, errors, "informasi", SIALIP_MSG_INFORMASI_DIKECUALIKAN, 1,
                      1000);
    v[2] = isian_pilih(c, errors, "pasal17_huruf", SIALIP_MSG_KECUALI_HURUF_PASAL17,
                       huruf_choices, 1);
    v[3] = isian_teks(c, errors, "dasar_hukum", SIALIP_MSG_DASAR_HUKUM, 1, 1000);
    v[4] = isian_teks(c, errors, "konsekuensi", SIALIP_MSG_KECUALI_KONSEKUENSI, 1, 5000);
    v[5] = isian_teks(c, errors, "jangka_waktu", SIALIP_MSG_KECUALI_JANGKA_WAKTU, 1,
                      255);
    v[8] = isian_teks(c, errors, "kepentingan_publik",
                      SIALIP_MSG_KECUALI_KEPENTINGAN_PUBLIK, 1, 5000);
    v[9] = isian_teks(c, errors, "diputuskan_oleh", SIALIP_MSG_KECUALI_PPID_MEMUTUSKAN, 1, 255);
    v[10] = isian_teks(c, errors, "unit_pengolah", SIALIP_MSG_KECUALI_UNIT_PENGOLAH, 1, 255);
    v[11] = isian_teks(c, errors, "alasan_penetapan", SIALIP_MSG_KECUALI_ALASAN_PENETAPAN, 1, 5000);
    v[12] = isian_teks(c, errors, "tempat_penetapan", SIALIP_MSG_KECUALI_TEMPAT_PENETAPAN, 1, 255);
    /* Only the PPID Utama declares an exemption regency-wide. */
    v[13] = sees_all(c) && strcmp(sl_field(c, "seluruh_kabupaten"), "1") == 0 ? "1" : "0";
    v[7] = sl_field(c, "ditetapkan_pada");
    if (!*v[7]) {
        isian_galat(errors, "ditetapkan_pada", SIALIP_MSG_KECUALI_TANGGAL_PENETAPAN_WAJIB);
    }
    else if (sl_day_parse_iso(v[7], &since) != 0) {
        isian_galat(errors, "ditetapkan_pada", SIALIP_MSG_KECUALI_TANGGAL_PENETAPAN_FORMAT);
    }
    else {
        since_ok = 1;
    }
    v[6] = sl_field(c, "berlaku_sampai");
    if (!*v[6]) {
        v[6] = NULL;
        if (needs_term(v[2])) {
            isian_galat(errors, "berlaku_sampai", "Pengecualian berdasarkan Pasal "
                        "17 huruf a sampai f tidak bersifat permanen: isi "
                        "tanggal berakhirnya.");
        }
    }
    else if (sl_day_parse_iso(v[6], &until) != 0) {
        isian_galat(errors, "berlaku_sampai", SIALIP_MSG_KECUALI_TANGGAL_BERAKHIR_FORMAT);
    }
    else if (since_ok && until <= since) {
        isian_galat(errors, "berlaku_sampai", SIALIP_MSG_KECUALI_TANGGAL_BERAKHIR_SESUDAH);
    }
}

static const char *audit_text(apr_pool_t *p, const char *const *v)
{
    return isian_json_kv(p, field_names, v, NULL, NULL);
}

int sialip_dikecualikan_buat(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *v[KECUALI_ISIAN] = {NULL};
    const char *id;

    if (!sees_all(c) && !c->session->opd_id) {
        return isian_tanpa_opd(c);
    }
    validate(c, errors, v, sees_all(c) ? NULL : c->session->opd_id);
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, NULL, 1);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "kecuali_simpan", NULL,
               SL_ARGS(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9],
                       v[10], v[11], v[12], v[13], c->session->user_id));
    id = isian_id_terakhir(c);
    if (!id) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_audit(c, &(sl_audit_entry){"buat", "dikecualikan", id, NULL,
                                  audit_text(p, v), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount,
                                      "/admin/dikecualikan?pesan=disimpan", NULL));
}

int sialip_dikecualikan_ubah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *v[KECUALI_ISIAN] = {NULL};
    const sl_rows *row;
    sl_rows *locked;
    int failed, k, n = 0;

    row = muat(c, id, &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    validate(c, errors, v, sl_rows_get(row, 0, K_OPD_ID));
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, row, 1);
    }
    k = isian_kunci(c, "kecuali_kunci", id, scope_all(c), &locked);
    if (k <= 0) {
        return k < 0 ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    sl_db_exec(c->db, "kecuali_ubah", &n,
               SL_ARGS(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9],
                       v[10], v[11], v[12], v[13], id));
    sl_audit(c, &(sl_audit_entry){
        "ubah", "dikecualikan", id, audit_text(p, locked->rows[0]),
        audit_text(p, v), 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount,
                                      "/admin/dikecualikan?pesan=disimpan", NULL));
}
