/* The officers' side of the Daftar Informasi Publik (dip.c): PPID
 * Pelaksana keep their own OPD's entries (enforced in the SQL), PPID Utama
 * every OPD's: the list with the entries to review first, an entry's form
 * and its document.  Entries are created as draf and edited only as draf
 * or ditolak (the form's checks and writes: dip_isian.c); the review steps
 * are in dip_tinjau.c. */
#include <httpd.h>
#include <stdlib.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "escape.h"
#include "sl_audit.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "dip.h"
#include "sialip.h"
#include "sialip_messages.h"

#define DIP_KELOLA_PER_HALAMAN 50

/* A published berkala entry not brought up to date for six months (UU
 * 14/2008 Pasal 9: at least every six months): flagged to its OPD and
 * counted in the public statistics (statistik.c). */
#define DIP_USANG \
    "(d.kategori = 'berkala' AND d.status = 'terbit' " \
    "AND d.dimutakhirkan_pada < UTC_TIMESTAMP() - INTERVAL 6 MONTH)"

const sl_stmt_def sialip_dip_kelola_stmts[] = {
    {"dip_berkas_staf", SIALIP_DIP_BERKAS DIP_LINGKUP},
    {"dip_usang_jumlah", "SELECT COUNT(*) FROM dip d WHERE " DIP_LINGKUP " AND " DIP_USANG},
    {"dip_kelola_jumlah",
     "SELECT COUNT(*) FROM dip d WHERE " DIP_LINGKUP
     " AND (%s = '' OR d.status = %s)"},
    {"dip_kelola",
     "SELECT d.id, d.nomor, d.kategori, d.ringkasan, o.nama, d.tahun, d.status, "
     "d.dimutakhirkan_pada, " DIP_USANG " FROM dip d JOIN opd o ON o.id = d.opd_id WHERE "
     DIP_LINGKUP " AND (%s = '' OR d.status = %s) "
     "ORDER BY FIELD(d.status, 'diajukan', 'ditolak', 'draf', 'terbit'), "
     "d.dimutakhirkan_pada DESC, d.id DESC LIMIT %s OFFSET %s"},
    {"dip_muat",
     "SELECT d.id, d.opd_id, o.nama, d.nomor, d.kategori, d.ringkasan, "
     "d.pejabat_penguasa, d.penanggung_jawab, d.waktu_tempat, d.bentuk, "
     "d.retensi, d.tahun, d.tautan, d.berkas_id, b.nama_asli, d.status, "
     "d.catatan_tinjauan, d.dimutakhirkan_pada, d.diterbitkan_pada "
     "FROM dip d JOIN opd o ON o.id = d.opd_id "
     "LEFT JOIN berkas b ON b.id = d.berkas_id WHERE d.id = %s AND " DIP_LINGKUP},
    {NULL, NULL}
};

/* Columns of dip_muat. */
enum {
    D_ID, D_OPD_ID, D_OPD_NAMA, D_NOMOR, D_KATEGORI, D_RINGKASAN, D_PEJABAT,
    D_PJ, D_WAKTU_TEMPAT, D_BENTUK, D_RETENSI, D_TAHUN, D_TAUTAN, D_BERKAS_ID,
    D_BERKAS_NAMA, D_STATUS, D_CATATAN, D_MUTAKHIR, D_TERBIT
};
/* Columns of dip_kelola. */
enum {
    L_ID, L_NOMOR, L_KATEGORI, L_RINGKASAN, L_OPD, L_TAHUN, L_STATUS, L_MUTAKHIR,
    L_USANG
};
/* The columns of dip_muat holding the form's fields, in sialip_dip_isian
 * order. */
static const int field_columns[] = {
    D_OPD_ID, D_NOMOR, D_KATEGORI, D_RINGKASAN, D_PEJABAT, D_PJ,
    D_WAKTU_TEMPAT, D_BENTUK, D_RETENSI, D_TAHUN, D_TAUTAN
};

static const char *kol(const sialip_dip_entri *e, int col)
{
    return sl_rows_get(e->rows, 0, col);
}

int sialip_dip_dapat_diubah(const char *status)
{
    return status && (strcmp(status, "draf") == 0 || strcmp(status, "ditolak") == 0);
}

const char *sialip_dip_semua(sl_ctx *c)
{
    return sl_scope_all(c, DIP_SEMUA_OPD);
}

int sialip_dip_semua_opd(sl_ctx *c)
{
    return c->session && (c->session->roles & DIP_SEMUA_OPD);
}

const char *sialip_dip_url(sl_ctx *c, const char *id)
{
    return apr_pstrcat(c->r->pool, c->mount, "/admin/dip/", id, NULL);
}

const sialip_dip_entri *sialip_dip_muat(sl_ctx *c, const char *id, int *failed)
{
    const sl_rows *rows = isian_muat(c, "dip_muat", id, sialip_dip_semua(c), failed);
    sialip_dip_entri *e;
    if (!rows) {
        return NULL;
    }
    e = apr_palloc(c->r->pool, sizeof(*e));
    e->rows = rows;
    e->id = kol(e, D_ID);
    e->opd_id = kol(e, D_OPD_ID);
    e->status = kol(e, D_STATUS);
    return e;
}

int sialip_dip_tidak_ditemukan(sl_ctx *c)
{
    return isian_tidak_ditemukan(c, SIALIP_MSG_ENTRI_DIP_TIDAK_DITEMUKAN,
                                 SIALIP_MSG_DIP_ENTRI_BUKAN_WEWENANG);
}

int sialip_dip_berkas_staf(sl_ctx *c)
{
    const char *id = apr_table_get(c->params, "id");
    sl_rows *rows;

    if (!isian_id_valid(id)) {
        return sialip_dip_tidak_ditemukan(c);
    }
    if (sl_db_select(c->db, "dip_berkas_staf", &rows,
                     SL_ARGS(id, sialip_dip_semua(c), sl_scope_opd(c))) != 0) {
        return isian_gangguan(c);
    }
    return sialip_dip_berkas_kirim(c, rows);
}

/* ---- officers' list --------------------------------------------------- */

int sialip_dip_kelola(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *status = "";
    const sl_choice *ch;
    long page = isian_halaman(c), total, pages;
    sl_rows *rows;
    sl_page *pg;
    xmlNodePtr res;
    int i;

    for (ch = sialip_dip_status; ch->value; ch++) {
        if (strcmp(ch->value, sl_query(c, "status")) == 0) {
            status = ch->value;
        }
    }
    if (sl_db_select(c->db, "dip_kelola_jumlah", &rows,
                     SL_ARGS(sialip_dip_semua(c), sl_scope_opd(c), status, status)) != 0) {
        return isian_gangguan(c);
    }
    total = atol(sl_rows_get_or(rows, 0, 0, "0"));
    pages = isian_halaman_jumlah(total, DIP_KELOLA_PER_HALAMAN, &page);
    if (sl_db_select(c->db, "dip_kelola", &rows,
                     SL_ARGS(sialip_dip_semua(c), sl_scope_opd(c), status, status,
                             apr_ltoa(p, DIP_KELOLA_PER_HALAMAN),
                             apr_ltoa(p, (page - 1) * DIP_KELOLA_PER_HALAMAN))) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "dip-kelola", SIALIP_MSG_KELOLA_DAFTAR_INFORMASI_PUBLIK, "dip");
    res = pg->resource;
    sl_xml_attr(res, "total", apr_ltoa(p, total));
    {
        sl_rows *stale;
        if (sl_db_select(c->db, "dip_usang_jumlah", &stale,
                         SL_ARGS(sialip_dip_semua(c), sl_scope_opd(c))) == 0) {
            sl_xml_attr(res, "berkala_usang", sl_rows_get_or(stale, 0, 0, "0"));
        }
    }
    if (sialip_dip_semua_opd(c)) {
        sl_xml_attr(res, "semua_opd", "1");
    }
    isian_nilai(isian_xml(res), "status", status);
    isian_pilihan_xml(res, "status", sialip_dip_status);
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr e = sl_xml_node(res, "entri");
        const char *st = sl_rows_get(rows, i, L_STATUS);
        sl_xml_attr(e, "id", sl_rows_get(rows, i, L_ID));
        sl_xml_attr(e, "status", st);
        sl_xml_text(e, "nomor", sl_rows_get(rows, i, L_NOMOR));
        sl_xml_text(e, "kategori_label",
                    sl_choice_label(sialip_dip_kategori, sl_rows_get(rows, i, L_KATEGORI)));
        sl_xml_text(e, "ringkasan",
                    sl_utf8_prefix(p, sl_rows_get_or(rows, i, L_RINGKASAN, ""), 160));
        sl_xml_text(e, "opd", sl_rows_get(rows, i, L_OPD));
        sl_xml_text(e, "tahun", sl_rows_get(rows, i, L_TAHUN));
        sl_xml_text(e, "status_label", sl_choice_label(sialip_dip_status, st));
        isian_waktu_xml(c, e, "mutakhir", sl_rows_get(rows, i, L_MUTAKHIR));
        if (strcmp(sl_rows_get_or(rows, i, L_USANG, "0"), "1") == 0) {
            sl_xml_attr(e, "usang", "1");
        }
    }
    isian_paging_xml(c, res, apr_pstrcat(p, c->mount, "/admin/dip", NULL),
                     isian_query_part(p, "status", status), page, pages, total);
    return sl_page_send(pg, HTTP_OK);
}

/* ---- the form ---------------------------------------------------------- */

static const char *message_of(sl_ctx *c)
{
    if (strcmp(sl_query(c, "pesan"), "disimpan") == 0) {
        return SIALIP_MSG_PERUBAHAN_TERSIMPAN;
    }
    return sialip_dip_pesan(c);
}

/* The entry's form: new (row NULL) or existing; values from the form when
 * from_form (re-shown with errors), else from the row or the defaults. */
int sialip_dip_formulir(sl_ctx *c, int status, const apr_array_header_t *errors,
                        const sialip_dip_entri *row, int from_form)
{
    apr_pool_t *p = c->r->pool;
    sl_page *pg;
    xmlNodePtr res, isian;
    int i;

    pg = sl_ctx_page(c, "dip-formulir",
                     row ? apr_psprintf(p, SIALIP_MSG_ENTRI_DIP, kol(row, D_NOMOR))
                         : SIALIP_MSG_ENTRI_DIP_BARU, "dip_entri");
    res = pg->resource;
    isian = isian_xml(res);
    for (i = 0; sialip_dip_isian[i]; i++) {
        const char *v;
        int own_opd = strcmp(sialip_dip_isian[i], "opd_id") == 0 && !sialip_dip_semua_opd(c);
        if (from_form && !own_opd) {
            v = sl_field(c, sialip_dip_isian[i]);
        }
        else if (row) {
            v = kol(row, field_columns[i]);
        }
        else if (strcmp(sialip_dip_isian[i], "tahun") == 0) {
            v = apr_ltoa(p, sialip_dip_tahun_ini());
        }
        else if (strcmp(sialip_dip_isian[i], "opd_id") == 0) {
            v = c->session->opd_id;
        }
        else {
            v = "";
        }
        isian_nilai(isian, sialip_dip_isian[i], v);
    }
    if (from_form) {
        isian_nilai(isian, "catatan", sl_field(c, "catatan"));
        isian_nilai(isian, "hapus_berkas", sl_field(c, "hapus_berkas"));
    }
    isian_galat_xml(res, errors);
    isian_pilihan_xml(res, "kategori", sialip_dip_kategori);
    /* PPID Utama chooses among the active OPDs; an officer's entries are
     * its own OPD's, named from the same list. */
    if (sialip_dip_semua_opd(c)) {
        sl_xml_attr(res, "semua_opd", "1");
    }
    if (isian_pilihan_opd(c, res, "opd_id", sialip_dip_semua_opd(c),
                          row ? kol(row, D_OPD_ID) : NULL) != 0) {
        return isian_gangguan(c);
    }
    if (row) {
        const char *st = kol(row, D_STATUS);
        const char *id = kol(row, D_ID);

        sl_xml_attr(res, "id", id);
        sl_xml_attr(res, "status", st);
        sl_xml_attr(res, "aksi", sialip_dip_url(c, id));
        if (sialip_dip_dapat_diubah(st)) {
            sl_xml_attr(res, "dapat_diubah", "1");
        }
        sl_xml_text(res, "status_label", sl_choice_label(sialip_dip_status, st));
        sl_xml_text(res, "opd", kol(row, D_OPD_NAMA));
        if (kol(row, D_CATATAN)) {
            sl_xml_text(res, "catatan_tinjauan", kol(row, D_CATATAN));
        }
        if (kol(row, D_BERKAS_ID)) {
            xmlNodePtr b = sl_xml_text(res, "berkas",
                                       sl_rows_get_or(row->rows, 0, D_BERKAS_NAMA,
                                                      "dokumen"));
            sl_xml_attr(b, "href", apr_pstrcat(p, sialip_dip_url(c, id), "/berkas",
                                               NULL));
        }
        isian_waktu_xml(c, res, "mutakhir", kol(row, D_MUTAKHIR));
        isian_waktu_xml(c, res, "diterbitkan", kol(row, D_TERBIT));
        if (strcmp(st, "terbit") == 0) {
            sl_xml_attr(res, "publik", apr_pstrcat(p, c->mount, "/dip", NULL));
        }
        sialip_dip_tindakan_xml(c, res, id, st);
    }
    else {
        sl_xml_attr(res, "aksi", apr_pstrcat(p, c->mount, "/admin/dip", NULL));
        sl_xml_attr(res, "dapat_diubah", "1");
    }
    if (status == HTTP_OK) {
        const char *m = message_of(c);
        if (m) {
            sl_xml_text(res, "pesan", m);
        }
    }
    return sl_page_send(pg, status);
}

int sialip_dip_baru(sl_ctx *c)
{
    if (!sialip_dip_semua_opd(c) && !c->session->opd_id) {
        return isian_tanpa_opd(c);
    }
    return sialip_dip_formulir(c, HTTP_OK, NULL, NULL, 0);
}

int sialip_dip_lihat(sl_ctx *c)
{
    int failed;
    const sialip_dip_entri *row = sialip_dip_muat(c, apr_table_get(c->params, "id"), &failed);
    if (failed) {
        return isian_gangguan(c);
    }
    if (!row) {
        return sialip_dip_tidak_ditemukan(c);
    }
    return sialip_dip_formulir(c, HTTP_OK, NULL, row, 0);
}
