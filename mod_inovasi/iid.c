/* The Indeks Inovasi Daerah catalogue of a year as data Bappeda edits
 * (109_iid.sql, docs/iid.md): the divisor rule, the indicators of both
 * aspects with their three evidence levels, scores, mandatory flag and
 * evidence type, and the IID bands (which grade the simulated index only).
 * A year without a catalogue is started as a copy of the latest earlier one;
 * a year without bands of its own uses the latest earlier year's. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_audit.h"
#include "sl_module.h"
#include "inovasi.h"
#include "pita.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_iid_stmts[] = {
    {"ik_tahun", "SELECT pembagi_min, sumber FROM iid_tahun WHERE tahun = %s"},
    {"ik_katalog",
     "SELECT nomor, aspek, nama, p1, p2, p3, skor_p1, skor_p2, skor_p3, wajib, "
     "jenis_bukti FROM iid_indikator WHERE tahun = %s ORDER BY nomor"},
    {"ik_asal", "SELECT MAX(tahun) FROM iid_indikator WHERE tahun < %s"},
    {"ik_salin_tahun",
     "INSERT INTO iid_tahun (tahun, pembagi_min, sumber) SELECT %s, pembagi_min, "
     "CONCAT('Disalin dari tahun ', tahun) FROM iid_tahun WHERE tahun = %s"},
    {"ik_salin",
     "INSERT INTO iid_indikator (tahun, nomor, aspek, nama, p1, p2, p3, skor_p1, "
     "skor_p2, skor_p3, wajib, jenis_bukti) SELECT %s, nomor, aspek, nama, p1, p2, p3, "
     "skor_p1, skor_p2, skor_p3, wajib, jenis_bukti FROM iid_indikator WHERE tahun = %s"},
    {"ik_aturan",
     "INSERT INTO iid_tahun (tahun, pembagi_min, sumber) VALUES (%s, %s, %s) "
     "ON DUPLICATE KEY UPDATE pembagi_min = VALUES(pembagi_min), sumber = VALUES(sumber)"},
    /* The IID bands of the year (inovasi_pita); a year without its own
     * uses the latest earlier year's until Bappeda saves them. */
    {"ik_pita_hapus", "DELETE FROM inovasi_pita WHERE tahun = %s"},
    {"ik_pita_buat",
     "INSERT INTO inovasi_pita (tahun, urutan, nama, batas_bawah, batas_atas) "
     "VALUES (%s, %s, %s, %s, %s)"},
    {"ik_ubah",
     "UPDATE iid_indikator SET nama = %s, p1 = %s, p2 = %s, p3 = %s, skor_p1 = %s, "
     "skor_p2 = %s, skor_p3 = %s, wajib = %s, jenis_bukti = %s "
     "WHERE tahun = %s AND nomor = %s"},
    {NULL, NULL}
};

static const char *const kolom[] = {"nama", "p1", "p2", "p3", "skor_p1", "skor_p2",
                                    "skor_p3", "wajib", "jenis_bukti"};
#define NKOLOM 9

#define PITA_IID_MAKS 8

/* A band as posted. */
typedef inovasi_pita_teks pita_isian;

static const char *year_param(sl_ctx *c)
{
    return inovasi_tahun_valid(apr_table_get(c->params, "tahun"));
}

static int show(sl_ctx *c, const char *tahun, int status, const char *nomor_isian,
                const apr_array_header_t *pita_posted, apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_page *page = sl_ctx_page(c, "iid",
                                apr_psprintf(p, INOVASI_MSG_JUDUL_KATALOG_IID,
                                             tahun), "iid");
    xmlNodePtr res = page->resource, pn;
    inovasi_pita_tahun pita;
    sl_rows *rule, *kat, *asal;
    int i, k;

    if (sl_db_select(c->db, "ik_tahun", &rule, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "ik_katalog", &kat, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "ik_asal", &asal, SL_ARGS(tahun)) != 0
        || inovasi_pita_iid(c, tahun, &pita) != 0) {
        return inovasi_gangguan(c);
    }
    inovasi_tahun_xml(c, res, "tahun", tahun);
    sl_xml_attr(res, "salin_dari", sl_rows_get(asal, 0, 0));
    if (rule->nrows) {
        sl_xml_attr(res, "pembagi_min", sl_rows_get(rule, 0, 0));
        sl_xml_text(res, "sumber", sl_rows_get(rule, 0, 1));
    }
    /* The rule's form as posted when it was refused. */
    if (errors && !nomor_isian && !pita_posted) {
        pn = sl_xml_node(res, "aturan-isian");
        sl_xml_attr(pn, "pembagi_min", sl_field(c, "pembagi_min"));
        sl_xml_text(pn, "sumber", sl_field(c, "sumber"));
    }
    pn = sl_xml_node(res, "pita");
    sl_xml_attr(pn, "berlaku", pita.tahun_berlaku);
    for (k = 0; k < (int)pita.n; k++) {
        xmlNodePtr b = sl_xml_text(pn, "predikat", pita.pita[k].nama);
        sl_xml_attr(b, "bawah", inovasi_dua(p, pita.pita[k].bawah));
        sl_xml_attr(b, "atas", inovasi_dua(p, pita.pita[k].atas));
    }
    /* The form's rows: as posted when refused, else the bands in force and
     * two blank rows to add one. */
    pn = sl_xml_node(res, "pita-isian");
    for (k = 0; pita_posted && k < pita_posted->nelts; k++) {
        const pita_isian *b = &APR_ARRAY_IDX(pita_posted, k, pita_isian);
        xmlNodePtr r = sl_xml_node(pn, "baris");
        sl_xml_attr(r, "no", apr_itoa(p, k + 1));
        sl_xml_text(r, "nama", b->nama);
        sl_xml_text(r, "bawah", b->bawah);
        sl_xml_text(r, "atas", b->atas);
    }
    for (k = 0; !pita_posted && k < (int)pita.n + 2; k++) {
        xmlNodePtr r = sl_xml_node(pn, "baris");
        int ada = k < (int)pita.n;
        sl_xml_attr(r, "no", apr_itoa(p, k + 1));
        sl_xml_text(r, "nama", ada ? pita.pita[k].nama : "");
        sl_xml_text(r, "bawah", ada ? inovasi_desimal(p, inovasi_dua(p, pita.pita[k].bawah))
                                    : "");
        sl_xml_text(r, "atas", ada ? inovasi_desimal(p, inovasi_dua(p, pita.pita[k].atas))
                                   : "");
    }
    sl_xml_attr(pn, "baris", apr_itoa(p, (int)xmlChildElementCount(pn)));
    for (i = 0; i < kat->nrows; i++) {
        const char *nomor = sl_rows_get(kat, i, 0);
        int posted = nomor_isian && strcmp(nomor_isian, nomor) == 0;
        xmlNodePtr n = sl_xml_node(res, "indikator");
        sl_xml_attr(n, "nomor", nomor);
        sl_xml_attr(n, "aspek", sl_rows_get(kat, i, 1));
        if (posted) {
            sl_xml_attr(n, "diisi", "1");
        }
        for (k = 0; k < NKOLOM; k++) {
            const char *v = sl_rows_get(kat, i, 2 + k);
            if (k >= 4 && k <= 6) {
                v = inovasi_desimal(p, v);
            }
            sl_xml_text(n, kolom[k], posted ? sl_field(c, kolom[k]) : v);
        }
    }
    inovasi_galat_xml(res, errors);
    return sl_page_send(page, status);
}

int inovasi_iid_lihat(sl_ctx *c)
{
    const char *tahun = year_param(c);
    return tahun ? show(c, tahun, HTTP_OK, NULL, NULL, NULL) : inovasi_tidak_ada(c);
}

int inovasi_iid_salin(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = year_param(c), *dari;
    sl_rows *asal, *ada;

    if (!tahun) {
        return inovasi_tidak_ada(c);
    }
    if (sl_db_begin(c->db) != 0
        || sl_db_select(c->db, "ik_katalog", &ada, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "ik_asal", &asal, SL_ARGS(tahun)) != 0) {
        return inovasi_gangguan(c);
    }
    dari = sl_rows_get(asal, 0, 0);
    if (ada->nrows || !dari) {
        return inovasi_ditolak(c, ada->nrows ? INOVASI_MSG_KATALOG_SUDAH_ADA
                               : INOVASI_MSG_KATALOG_LALU_TIDAK_ADA);
    }
    sl_db_exec(c->db, "ik_salin_tahun", NULL, SL_ARGS(tahun, dari));
    sl_db_exec(c->db, "ik_salin", NULL, SL_ARGS(tahun, dari));
    sl_audit(c, &(sl_audit_entry){"salin_katalog_iid", "iid", tahun, NULL,
             inovasi_json(p, "dari", dari, NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/iid/", tahun, NULL));
}

int inovasi_iid_aturan(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = year_param(c), *v = sl_field(c, "pembagi_min"), *sumber;
    apr_array_header_t *errors = inovasi_galat_baru(p);
    int n = atoi(v);

    if (!tahun) {
        return inovasi_tidak_ada(c);
    }
    if (!*v || strspn(v, "0123456789") != strlen(v) || strlen(v) > 3 || n < 1 || n > 100) {
        inovasi_galat_tambah(errors, "pembagi_min", INOVASI_MSG_PEMBAGI_MINIMUM_SALAH);
    }
    /* Where the rule comes from (docs/iid.md: sources differ). */
    sumber = inovasi_teks(c, errors, "sumber", INOVASI_MSG_LABEL_SUMBER_ATURAN, 500, 0);
    if (errors->nelts) {
        return show(c, tahun, HTTP_UNPROCESSABLE_ENTITY, NULL, NULL, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    sl_db_exec(c->db, "ik_aturan", NULL, SL_ARGS(tahun, apr_itoa(p, n), sumber ? sumber : ""));
    sl_audit(c, &(sl_audit_entry){"ubah_aturan_iid", "iid", tahun, NULL,
             inovasi_json(p, "pembagi_min", apr_itoa(p, n), "sumber", sumber ? sumber : "",
                          NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/iid/", tahun, NULL));
}

int inovasi_iid_ubah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = year_param(c), *nomor = inovasi_param_id(c, "nomor");
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *v[NKOLOM];
    char norm[3][32];
    double skor[3];
    int k, n = 0;

    if (!tahun || !nomor) {
        return inovasi_tidak_ada(c);
    }
    v[0] = inovasi_teks(c, errors, "nama", INOVASI_MSG_LABEL_NAMA_INDIKATOR, 255, 1);
    for (k = 1; k <= 3; k++) {
        v[k] = inovasi_teks(c, errors, kolom[k],
                            apr_psprintf(p, INOVASI_MSG_LABEL_URAIAN_TINGKAT, k),
                            255, 1);
    }
    for (k = 0; k < 3; k++) {
        const char *f = kolom[4 + k];
        if (!capaian_angka(sl_field(c, f), &skor[k], norm[k], sizeof(norm[k]))
            || skor[k] < 0 || skor[k] > 9999) {
            inovasi_galat_tambah(errors, f, INOVASI_MSG_SKOR_TINGKAT_SALAH);
        }
        v[4 + k] = norm[k];
    }
    if (!errors->nelts && !(skor[0] <= skor[1] && skor[1] <= skor[2])) {
        inovasi_galat_tambah(errors, "skor_p3", INOVASI_MSG_SKOR_TINGKAT_MENURUN);
    }
    v[7] = strcmp(sl_field(c, "wajib"), "1") == 0 ? "1" : "0";
    v[8] = inovasi_teks(c, errors, "jenis_bukti", INOVASI_MSG_LABEL_JENIS_BUKTI, 64, 1);
    if (errors->nelts) {
        return show(c, tahun, HTTP_UNPROCESSABLE_ENTITY, nomor, NULL, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    sl_db_exec(c->db, "ik_ubah", &n, SL_ARGS(v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                                             v[7], v[8], tahun, nomor));
    sl_audit(c, &(sl_audit_entry){"ubah_indikator_iid", "iid", tahun, NULL,
             inovasi_json(p, "nomor", nomor, "nama", v[0], "skor_p1", v[4],
                          "skor_p2", v[5], "skor_p3", v[6], "wajib", v[7],
                          "jenis_bukti", v[8], NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/iid/", tahun, "#indikator-",
                                      nomor, NULL));
}

/* ---- the IID bands ------------------------------------------------------ */

int inovasi_iid_simpan_pita(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = year_param(c);
    apr_array_header_t *errors = inovasi_galat_baru(p), *rows;
    inovasi_pita_isi pita;
    const char *audit;
    int k, baris = atoi(sl_field(c, "pita_baris"));

    if (!tahun) {
        return inovasi_tidak_ada(c);
    }
    if (baris < 0 || baris > PITA_IID_MAKS) {
        baris = 0;
    }
    rows = apr_array_make(p, PITA_IID_MAKS, sizeof(pita_isian));
    for (k = 1; k <= baris; k++) {
        pita_isian *b = apr_array_push(rows);
        b->nama = sl_field(c, apr_psprintf(p, "pita_nama_%d", k));
        b->bawah = sl_field(c, apr_psprintf(p, "pita_bawah_%d", k));
        b->atas = sl_field(c, apr_psprintf(p, "pita_atas_%d", k));
    }
    inovasi_pita_baca(c, errors, (const pita_isian *)rows->elts, rows->nelts, NULL,
                      INOVASI_MSG_BATAS_IID_BUKAN_ANGKA, &pita);
    if (errors->nelts) {
        return show(c, tahun, HTTP_UNPROCESSABLE_ENTITY, NULL, rows, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    audit = inovasi_pita_tulis(c, tahun, &pita, "ik_pita_hapus", "ik_pita_buat");
    sl_audit(c, &(sl_audit_entry){"ubah_pita_iid", "iid", tahun, NULL, audit, 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/iid/", tahun, "#predikat", NULL));
}
