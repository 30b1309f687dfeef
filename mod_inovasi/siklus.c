/* An innovation's life beyond its registration year: LAN's Laboratorium
 * Inovasi stages (Drum-up, Diagnose, Design, Deliver, Display) with the day
 * each was reached, and the day it stopped running (monitoring continues
 * until then, 108_inovasi_oaoi_siklus.sql).  Also the year's One Agency,
 * One Innovation setting shown and saved on the year page. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_audit.h"
#include "sl_module.h"
#include "inovasi.h"
#include "inovasi_messages.h"

const inovasi_pilihan inovasi_tahap_lab[] = {
    {"drum_up", "Drum-up"},
    {"diagnose", "Diagnose"},
    {"design", "Design"},
    {"deliver", "Deliver"},
    {"display", "Display"},
    {NULL, NULL}
};
#define LAB_TAHAP 5

const sl_stmt_def inovasi_siklus_stmts[] = {
    {"sk_lab", "SELECT tahap, tanggal FROM inovasi_lab WHERE inovasi_id = %s"},
    {"sk_lab_hapus", "DELETE FROM inovasi_lab WHERE inovasi_id = %s"},
    {"sk_lab_simpan",
     "INSERT INTO inovasi_lab (inovasi_id, tahap, tanggal) VALUES (%s, %s, %s)"},
    {"sk_berakhir", "UPDATE inovasi SET berakhir = %s WHERE id = %s"},
    {"sk_oaoi",
     "SELECT tahun, bentuk, tahapan_min FROM inovasi_oaoi WHERE tahun = "
     "(SELECT MAX(tahun) FROM inovasi_oaoi WHERE tahun <= %s)"},
    {"sk_oaoi_simpan",
     "INSERT INTO inovasi_oaoi (tahun, bentuk, tahapan_min) VALUES (%s, %s, %s) "
     "ON DUPLICATE KEY UPDATE bentuk = VALUES(bentuk), tahapan_min = VALUES(tahapan_min)"},
    {NULL, NULL}
};

/* ---- the lifecycle page ------------------------------------------------- */

static const char *lab_field(apr_pool_t *p, int k)
{
    return apr_pstrcat(p, "lab_", inovasi_tahap_lab[k].nilai, NULL);
}

static int show(sl_ctx *c, const sl_rows *row, const char *id, int status,
                apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_page *page = sl_ctx_page(c, "siklus",
                                apr_psprintf(p, INOVASI_MSG_JUDUL_SIKLUS,
                                             sl_rows_named(row, 0, "nama")), "siklus");
    xmlNodePtr res = page->resource, isian;
    sl_rows *lab;
    int k, i;

    if (sl_db_select(c->db, "sk_lab", &lab, SL_ARGS(id)) != 0) {
        return inovasi_gangguan(c);
    }
    sl_xml_attr(res, "id", id);
    sl_xml_attr(res, "tahun", sl_rows_named(row, 0, "tahun"));
    sl_xml_text(res, "nama", sl_rows_named(row, 0, "nama"));
    isian = sl_xml_node(res, "isian");
    for (k = 0; k < LAB_TAHAP; k++) {
        const char *stored = NULL;
        xmlNodePtr t = sl_xml_text(res, "tahap", inovasi_tahap_lab[k].label);
        for (i = 0; i < lab->nrows; i++) {
            if (strcmp(sl_rows_get_or(lab, i, 0, ""), inovasi_tahap_lab[k].nilai) == 0) {
                stored = sl_rows_get(lab, i, 1);
            }
        }
        sl_xml_attr(t, "kode", inovasi_tahap_lab[k].nilai);
        sl_xml_attr(t, "tanggal", stored);
        inovasi_isian(isian, lab_field(p, k),
                      c->form ? sl_field(c, lab_field(p, k)) : (stored ? stored : ""));
    }
    sl_xml_attr(res, "berakhir", sl_rows_named(row, 0, "berakhir"));
    inovasi_isian(isian, "berakhir", c->form ? sl_field(c, "berakhir")
                  : sl_rows_named(row, 0, "berakhir"));
    inovasi_galat_xml(res, errors);
    return sl_page_send(page, status);
}

/* The officer of the innovation's OPD or Bappeda's evaluator. */
static const sl_rows *muat(sl_ctx *c, const char *id, int *failed)
{
    return inovasi_muat(c, id, INOVASI_EVALUATOR, failed);
}

int inovasi_siklus_lihat(sl_ctx *c)
{
    const char *id = inovasi_param_id(c, "id");
    const sl_rows *row;
    int failed;

    row = id ? inovasi_muat(c, id, INOVASI_SEMUA_OPD, &failed) : NULL;
    if (id && failed) {
        return inovasi_gangguan(c);
    }
    return row ? show(c, row, id, HTTP_OK, NULL) : inovasi_tidak_ada(c);
}

int inovasi_siklus_simpan(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = inovasi_param_id(c, "id");
    apr_array_header_t *errors = inovasi_galat_baru(p), *parts;
    const char *tgl[LAB_TAHAP], *berakhir, *prev = NULL;
    const sl_rows *row;
    int failed, k, y, m, d;

    if (!id) {
        return inovasi_tidak_ada(c);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    row = muat(c, id, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!row) {
        return inovasi_tidak_ada(c);
    }
    for (k = 0; k < LAB_TAHAP; k++) {
        tgl[k] = sl_field(c, lab_field(p, k));
        if (!*tgl[k]) {
            tgl[k] = NULL;
            continue;
        }
        if (!capaian_tanggal(tgl[k], &y, &m, &d)) {
            inovasi_galat_tambah(errors, lab_field(p, k),
                                 INOVASI_MSG_TANGGAL_TAHAP_SALAH);
            tgl[k] = NULL;
            continue;
        }
        if (prev && strcmp(tgl[k], prev) < 0) {
            inovasi_galat_tambah(errors, lab_field(p, k),
                                 apr_psprintf(p, INOVASI_MSG_TAHAP_MENDAHULUI,
                                              inovasi_tahap_lab[k].label));
        }
        prev = tgl[k];
    }
    berakhir = sl_field(c, "berakhir");
    if (*berakhir && !capaian_tanggal(berakhir, &y, &m, &d)) {
        inovasi_galat_tambah(errors, "berakhir", INOVASI_MSG_TANGGAL_BERAKHIR_SALAH);
    }
    if (errors->nelts) {
        sl_db_rollback(c->db);
        return show(c, row, id, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    sl_db_exec(c->db, "sk_lab_hapus", NULL, SL_ARGS(id));
    parts = apr_array_make(p, 6, sizeof(const char *));
    for (k = 0; k < LAB_TAHAP; k++) {
        if (tgl[k]) {
            sl_db_exec(c->db, "sk_lab_simpan", NULL,
                       SL_ARGS(id, inovasi_tahap_lab[k].nilai, tgl[k]));
            APR_ARRAY_PUSH(parts, const char *) = inovasi_json(p, "tahap",
                inovasi_tahap_lab[k].nilai, "tanggal", tgl[k], NULL);
        }
    }
    sl_db_exec(c->db, "sk_berakhir", NULL, SL_ARGS(*berakhir ? berakhir : NULL, id));
    sl_audit(c, &(sl_audit_entry){"ubah_siklus", "inovasi", id,
             inovasi_json(p, "berakhir", sl_rows_named(row, 0, "berakhir"), NULL),
             apr_pstrcat(p, "{\"berakhir\":", *berakhir ? apr_pstrcat(p, "\"", berakhir,
                         "\"", NULL) : "null", ",\"lab\":[",
                         apr_array_pstrcat(p, parts, ','), "]}", NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/inovasi/", id, "/siklus", NULL));
}

/* ---- One Agency, One Innovation ----------------------------------------- */

int inovasi_oaoi_xml(sl_ctx *c, xmlNodePtr parent, const char *tahun)
{
    xmlNodePtr n = sl_xml_node(parent, "oaoi"), isian;
    const char *bentuk = NULL, *min = NULL;
    sl_rows *rows;
    int k;

    if (sl_db_select(c->db, "sk_oaoi", &rows, SL_ARGS(tahun)) != 0) {
        return -1;
    }
    if (rows->nrows) {
        sl_xml_attr(n, "berlaku", sl_rows_get(rows, 0, 0));
        bentuk = sl_rows_get(rows, 0, 1);
        min = sl_rows_get(rows, 0, 2);
    }
    sl_xml_attr(n, "tahapan_min", min);
    for (k = 0; inovasi_bentuk[k].nilai; k++) {
        xmlNodePtr b = sl_xml_text(n, "bentuk", inovasi_bentuk[k].label);
        sl_xml_attr(b, "kode", inovasi_bentuk[k].nilai);
        /* No setting: every form counts. */
        if (!bentuk || strstr(bentuk, inovasi_bentuk[k].nilai)) {
            sl_xml_attr(b, "dihitung", "1");
        }
    }
    isian = sl_xml_node(n, "tahapan-pilihan");
    for (k = 0; inovasi_tahapan[k].nilai; k++) {
        xmlNodePtr o = sl_xml_text(isian, "opsi", inovasi_tahapan[k].label);
        sl_xml_attr(o, "nilai", inovasi_tahapan[k].nilai);
        if ((min && strcmp(min, inovasi_tahapan[k].nilai) == 0) || (!min && k == 0)) {
            sl_xml_attr(o, "dipilih", "1");
        }
    }
    return 0;
}

int inovasi_siklus_simpan_oaoi(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = inovasi_tahun_valid(apr_table_get(c->params, "tahun"));
    const char *min = sl_field(c, "tahapan_min"), *set = "";
    apr_array_header_t *errors = inovasi_galat_baru(p);
    int k;

    if (!tahun) {
        return inovasi_tidak_ada(c);
    }
    for (k = 0; inovasi_bentuk[k].nilai; k++) {
        if (strcmp(sl_field(c, apr_pstrcat(p, "bentuk_", inovasi_bentuk[k].nilai,
                                           NULL)), "1") == 0) {
            set = *set ? apr_pstrcat(p, set, ",", inovasi_bentuk[k].nilai, NULL)
                       : inovasi_bentuk[k].nilai;
        }
    }
    if (!*set) {
        inovasi_galat_tambah(errors, "oaoi_bentuk", INOVASI_MSG_BENTUK_DIHITUNG_WAJIB);
    }
    if (!inovasi_pilihan_ada(inovasi_tahapan, min)) {
        inovasi_galat_tambah(errors, "tahapan_min", INOVASI_MSG_TAHAP_AWAL_WAJIB);
    }
    if (errors->nelts) {
        return inovasi_tahun_halaman(c, tahun, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    sl_db_exec(c->db, "sk_oaoi_simpan", NULL, SL_ARGS(tahun, set, min));
    sl_audit(c, &(sl_audit_entry){"ubah_oaoi", "tahun", tahun, NULL,
             inovasi_json(p, "bentuk", set, "tahapan_min", min, NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/tahun/", tahun, NULL));
}
