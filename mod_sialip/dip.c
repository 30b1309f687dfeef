/* Daftar Informasi Publik (DOMAIN.md "Daftar Informasi Publik"): the
 * public list of published entries, searchable and paged, as HTML or XML,
 * with the documents as downloads.  Officers keep the entries in
 * dip_kelola.c and PPID Utama reviews them in dip_tinjau.c.
 *
 * Status: draf -> diajukan (ajukan); diajukan -> terbit (terbitkan) or
 * ditolak (tolak, with a note); ditolak -> diajukan (ajukan again, after
 * editing); terbit -> draf (tarik: withdrawn to be corrected).  Entries are
 * edited only as draf or ditolak.  Audit actions: buat, ubah, diajukan,
 * diterbitkan, ditolak, ditarik. */
#include <httpd.h>
#include <stdlib.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "escape.h"
#include "sl_store.h"
#include "sl_pagecache.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "dip.h"
#include "sialip.h"
#include "sialip_messages.h"

#define DIP_PER_HALAMAN 20

/* The public filters when browsing; '' matches everything.  A search by
 * words goes to dip_cari.c. */
#define DIP_SARING \
    "d.status = 'terbit' AND (%s = '' OR d.kategori = %s) " \
    "AND (%s = '' OR d.opd_id = %s) AND (%s = '' OR d.tahun = %s)"

const sl_stmt_def sialip_dip_stmts[] = {
    {"dip_publik_jumlah", "SELECT COUNT(*) FROM dip d WHERE " DIP_SARING},
    {"dip_publik",
     "SELECT " SIALIP_DIP_KOLOM ", o.singkatan" SIALIP_DIP_DARI "WHERE " DIP_SARING
     " ORDER BY d.tahun DESC, o.nama, d.nomor, d.id LIMIT %s OFFSET %s"},
    {"dip_publik_opd",
     "SELECT DISTINCT o.id, o.nama FROM opd o JOIN dip d ON d.opd_id = o.id "
     "WHERE d.status = 'terbit' ORDER BY o.nama"},
    {"dip_publik_tahun",
     "SELECT DISTINCT tahun FROM dip WHERE status = 'terbit' ORDER BY tahun DESC"},
    {"dip_berkas_publik", SIALIP_DIP_BERKAS "d.status = 'terbit'"},
    {NULL, NULL}
};

/* The columns of SIALIP_DIP_KOLOM, then o.singkatan. */
enum {
    E_ID, E_NOMOR, E_KATEGORI, E_RINGKASAN, E_OPD, E_PEJABAT, E_PJ, E_WAKTU_TEMPAT,
    E_BENTUK, E_RETENSI, E_TAHUN, E_TAUTAN, E_BERKAS_ID, E_MIME, E_MUTAKHIR,
    E_TERBIT, E_OPD_ID, E_SINGKATAN
};

const sl_choice sialip_dip_kategori[] = {
    {"berkala", "Informasi berkala"},
    {"serta_merta", "Informasi serta merta"},
    {"setiap_saat", "Informasi tersedia setiap saat"},
    {NULL, NULL}
};

const sl_choice sialip_dip_status[] = {
    {"draf", "Draf"},
    {"diajukan", "Diajukan, menunggu tinjauan PPID Utama"},
    {"ditolak", "Ditolak, perlu diperbaiki"},
    {"terbit", "Terbit"},
    {NULL, NULL}
};

static int four_digits(const char *s)
{
    return strlen(s) == 4 && apr_isdigit(s[0]) && apr_isdigit(s[1])
           && apr_isdigit(s[2]) && apr_isdigit(s[3]);
}

/* ---- public list ------------------------------------------------------ */

/* <pilihan untuk=name> from a statement's rows (value, label columns). */
static void add_rows_choices(sl_ctx *c, xmlNodePtr res, const char *name,
                             const char *statement, int label_col)
{
    xmlNodePtr list = sl_xml_node(res, "pilihan");
    sl_rows *rows;
    int i;

    sl_xml_attr(list, "untuk", name);
    if (sl_db_select(c->db, statement, &rows, SL_NOARGS) == 0) {
        for (i = 0; i < rows->nrows; i++) {
            sl_xml_attr(sl_xml_text(list, "opsi", sl_rows_get(rows, i, label_col)),
                        "nilai", sl_rows_get(rows, i, 0));
        }
    }
}

static void add_public_choices(sl_ctx *c, xmlNodePtr res)
{
    isian_pilihan_xml(res, "kategori", sialip_dip_kategori);
    add_rows_choices(c, res, "opd", "dip_publik_opd", 1);
    add_rows_choices(c, res, "tahun", "dip_publik_tahun", 0);
}

void sialip_dip_baris_dari(sialip_dip_baris *b, const char *const *v, int ncols)
{
    b->id = v[E_ID];
    b->nomor = v[E_NOMOR];
    b->kategori = v[E_KATEGORI];
    b->ringkasan = v[E_RINGKASAN];
    b->opd = v[E_OPD];
    b->pejabat_penguasa = v[E_PEJABAT];
    b->penanggung_jawab = v[E_PJ];
    b->waktu_tempat = v[E_WAKTU_TEMPAT];
    b->bentuk = v[E_BENTUK];
    b->retensi = v[E_RETENSI];
    b->tahun = v[E_TAHUN];
    b->tautan = v[E_TAUTAN];
    b->berkas_id = v[E_BERKAS_ID];
    b->mime = v[E_MIME];
    b->mutakhir = v[E_MUTAKHIR];
    b->diterbitkan = v[E_TERBIT];
    b->opd_id = v[E_OPD_ID];
    b->opd_singkatan = ncols > E_SINGKATAN ? v[E_SINGKATAN] : NULL;
}

void sialip_dip_entri_xml(sl_ctx *c, xmlNodePtr parent, const sialip_dip_baris *b)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr e = sl_xml_node(parent, "entri"), o;

    sl_xml_attr(e, "id", b->id);
    sl_xml_attr(e, "kategori", b->kategori);
    sl_xml_text(e, "nomor", b->nomor);
    sl_xml_text(e, "kategori_label", sl_choice_label(sialip_dip_kategori, b->kategori));
    sl_xml_text(e, "ringkasan", b->ringkasan);
    o = sl_xml_text(e, "opd", b->opd);
    sl_xml_attr(o, "id", b->opd_id);
    sl_xml_attr(o, "singkatan", b->opd_singkatan);   /* the compact list */
    isian_teks_xml(e, "pejabat_penguasa", b->pejabat_penguasa, "penanggung_jawab",
                   b->penanggung_jawab, "waktu_tempat", b->waktu_tempat, "bentuk", b->bentuk,
                   "retensi", b->retensi, "tahun", b->tahun, NULL);
    if (b->tautan) {
        sl_xml_text(e, "tautan", b->tautan);
    }
    if (b->berkas_id) {
        xmlNodePtr f = sl_xml_node(e, "berkas");
        sl_xml_attr(f, "href", apr_pstrcat(p, c->mount, "/dip/", b->id, "/berkas",
                                           NULL));
        sl_xml_attr(f, "mime", b->mime);
    }
    isian_waktu_xml(c, e, "mutakhir", b->mutakhir);
    isian_waktu_xml(c, e, "diterbitkan", b->diterbitkan);
}
int sialip_dip_publik(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *q = sl_utf8_prefix(p, sl_query(c, "q"), 200);
    const char *kategori = sl_query(c, "kategori");
    const char *opd = sl_query(c, "opd");
    const char *tahun = sl_query(c, "tahun");
    const char *filters, **args, **page_args;
    const sl_choice *ch;
    long page = isian_halaman(c), total, pages;
    sl_rows *rows;
    sl_page *pg;
    xmlNodePtr res;
    int i, nargs = 6, known = 0, sebagian = 0;

    for (ch = sialip_dip_kategori; ch->value; ch++) {
        known |= strcmp(ch->value, kategori) == 0;
    }
    if (!known) {
        kategori = "";
    }
    if (!isian_id_valid(opd)) {
        opd = "";
    }
    if (!four_digits(tahun)) {
        tahun = "";
    }
    /* Browsing is served from the page cache; searches are too varied.
     * Kept under the filters as understood, so parameters the page ignores
     * or spells differently cannot fill the cache with copies. */
    if (!*q && sl_pagecache_serve_as(c, "dip", apr_psprintf(
                p, "kategori=%s&opd=%s&tahun=%s&halaman=%ld", kategori, opd,
                tahun, page))) {
        return OK;
    }
    if (*q) {
        sialip_dip_hasil hasil;
        if (sialip_dip_cari(c, q, kategori, opd, tahun, page, DIP_PER_HALAMAN,
                            &hasil) != 0) {
            return isian_gangguan(c);
        }
        rows = hasil.rows;
        total = hasil.total;
        pages = hasil.halaman_maks;
        page = hasil.halaman;
        sebagian = hasil.sebagian;
    }
    else {
        args = (const char *[]){kategori, kategori, opd, opd, tahun, tahun};
        if (sl_db_select(c->db, "dip_publik_jumlah", &rows, nargs, args) != 0) {
            return isian_gangguan(c);
        }
        total = atol(sl_rows_get_or(rows, 0, 0, "0"));
        pages = isian_halaman_jumlah(total, DIP_PER_HALAMAN, &page);
        page_args = apr_palloc(p, sizeof(char *) * (nargs + 2));
        memcpy(page_args, args, sizeof(char *) * nargs);
        page_args[nargs] = apr_ltoa(p, DIP_PER_HALAMAN);
        page_args[nargs + 1] = apr_ltoa(p, (page - 1) * DIP_PER_HALAMAN);
        if (sl_db_select(c->db, "dip_publik", &rows, nargs + 2, page_args) != 0) {
            return isian_gangguan(c);
        }
    }

    pg = sl_ctx_page(c, "dip-daftar", SIALIP_MSG_DAFTAR_INFORMASI_PUBLIK, "dip");
    res = pg->resource;
    sl_xml_attr(res, "total", apr_ltoa(p, total));
    /* No entry holds every word: those holding some, best first. */
    sl_xml_attr(res, "sebagian", sebagian ? "1" : NULL);
    filters = isian_saring_xml(c, res, "/dip", (const char *[]){"q", "kategori", "opd", "tahun"},
                               (const char *[]){q, kategori, opd, tahun}, 4);
    if (!sl_wants_xml(c->r)) {
        add_public_choices(c, res);
    }
    for (i = 0; i < rows->nrows; i++) {
        sialip_dip_baris b;
        sialip_dip_baris_dari(&b, (const char *const *)rows->rows[i], rows->ncols);
        sialip_dip_entri_xml(c, res, &b);
    }
    isian_paging_xml(c, res, apr_pstrcat(p, c->mount, sl_wants_xml(c->r)
                                         ? "/dip.xml" : "/dip", NULL),
                     filters, page, pages, total);
    return sl_page_send(pg, HTTP_OK);
}

int sialip_dip_berkas_kirim(sl_ctx *c, const sl_rows *rows)
{
    int rv = isian_berkas_kirim(c, rows);
    if (rv < 0) {
        return isian_tidak_ditemukan(c, SIALIP_MSG_DOKUMEN_TIDAK_DITEMUKAN,
                                     SIALIP_MSG_DOKUMEN_TIDAK_ADA_ATAU_BELUM_TERBIT);
    }
    if (rv == HTTP_NOT_FOUND) {
        return isian_tidak_ditemukan(c, SIALIP_MSG_DOKUMEN_TIDAK_TERSEDIA,
                                     SIALIP_MSG_BERKAS_DOKUMEN_TIDAK_DITEMUKAN);
    }
    return rv;
}

int sialip_dip_berkas_publik(sl_ctx *c)
{
    const char *id = apr_table_get(c->params, "id");
    sl_rows *rows;

    if (!isian_id_valid(id)) {
        return isian_tidak_ditemukan(c, SIALIP_MSG_DOKUMEN_TIDAK_DITEMUKAN,
                                     SL_MSG_PERIKSA_KEMBALI_ALAMAT_BUKA);
    }
    if (sl_db_select(c->db, "dip_berkas_publik", &rows, SL_ARGS(id)) != 0) {
        return isian_gangguan(c);
    }
    return sialip_dip_berkas_kirim(c, rows);
}
