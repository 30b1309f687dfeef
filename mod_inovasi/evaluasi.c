/* Evaluation: several evaluators each score an innovation 0-100 on every
 * criterion of its year (KIPP 2023 seeded), with a note on the evidence the
 * score rests on.  The page shows each evaluator's weighted total, the
 * mean, the spread (population standard deviation, and minimum-maximum)
 * and the rank among the year's scored innovations. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_audit.h"
#include "sl_module.h"
#include "inovasi.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_evaluasi_stmts[] = {
    {"ev_kriteria",
     "SELECT id, nama, bobot FROM inovasi_kriteria WHERE tahun = %s ORDER BY urutan"},
    {"ev_skor",
     "SELECT n.evaluator_id, p.nama, n.kriteria_id, n.skor, n.catatan, n.diubah_pada "
     "FROM inovasi_penilaian n JOIN pengguna p ON p.id = n.evaluator_id "
     "JOIN inovasi_kriteria k ON k.id = n.kriteria_id "
     "WHERE n.inovasi_id = %s AND k.tahun = %s ORDER BY p.nama, p.id, k.urutan"},
    {"ev_simpan",
     "INSERT INTO inovasi_penilaian (inovasi_id, kriteria_id, evaluator_id, skor, "
     "catatan, diubah_pada) VALUES (%s, %s, %s, %s, %s, UTC_TIMESTAMP()) "
     "ON DUPLICATE KEY UPDATE skor = VALUES(skor), catatan = VALUES(catatan), "
     "diubah_pada = VALUES(diubah_pada)"},
    {NULL, NULL}
};

/* The scores page of the innovation inov (a profile row). */
static int show(sl_ctx *c, const sl_rows *inov, int status, apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    const char *id = sl_rows_named(inov, 0, "id");
    const char *tahun = sl_rows_named(inov, 0, "tahun");
    /* Evaluators' names for Bappeda and leadership; numbers for the OPD. */
    int names = (c->session->roles & INOVASI_SEMUA_OPD) != 0;
    int is_eval = (c->session->roles & INOVASI_EVALUATOR) != 0;
    apr_hash_t *all;
    const inovasi_nilai *mine;
    sl_rows *krit, *skor;
    sl_page *page;
    xmlNodePtr res, kl, isian, ev = NULL;
    double *bobot, *nilai, *jumlah;
    int *ada, *banyak;
    const char *cur = NULL;
    int i, j, k, nk, scored, penilai = 0;

    if (sl_db_select(c->db, "ev_kriteria", &krit, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "ev_skor", &skor, SL_ARGS(id, tahun)) != 0
        || !(all = inovasi_nilai_tahun(c, tahun, &scored))) {
        return inovasi_gangguan(c);
    }
    nk = krit->nrows;
    page = sl_ctx_page(c, "penilaian", apr_pstrcat(p, "Penilaian: ",
                       sl_rows_named(inov, 0, "nama"), NULL), "penilaian");
    res = page->resource;
    sl_xml_attr(res, "id", id);
    sl_xml_attr(res, "tahun", tahun);
    sl_xml_text(res, "nama", sl_rows_named(inov, 0, "nama"));
    sl_xml_text(res, "opd", sl_rows_named(inov, 0, "opd_nama"));
    if (is_eval && nk > 0 && !inovasi_opd_sendiri(c, inov)) {
        sl_xml_attr(res, "boleh_nilai", "1");
    }

    bobot = apr_pcalloc(p, sizeof(double) * (size_t)(nk + 1));
    nilai = apr_pcalloc(p, sizeof(double) * (size_t)(nk + 1));
    jumlah = apr_pcalloc(p, sizeof(double) * (size_t)(nk + 1));
    ada = apr_pcalloc(p, sizeof(int) * (size_t)(nk + 1));
    banyak = apr_pcalloc(p, sizeof(int) * (size_t)(nk + 1));
    for (k = 0; k < nk; k++) {
        bobot[k] = atof(sl_rows_get_or(krit, k, 2, "0"));
    }

    /* One <penilai> per evaluator with a score per criterion. */
    for (i = 0; i <= skor->nrows; i++) {
        const char *eid = i < skor->nrows ? sl_rows_get(skor, i, 0) : NULL;
        if (cur && (!eid || strcmp(eid, cur) != 0)) {
            capaian_skor t = nilai_total(bobot, nilai, ada, (size_t)nk);
            if (t.ada) {
                sl_xml_attr(ev, "total", inovasi_dua(p, t.nilai));
            }
            memset(ada, 0, sizeof(int) * (size_t)nk);
        }
        if (!eid) {
            break;
        }
        if (!cur || strcmp(eid, cur) != 0) {
            cur = eid;
            penilai++;
            ev = sl_xml_node(res, "penilai");
            sl_xml_attr(ev, "nama", names ? sl_rows_get(skor, i, 1)
                        : apr_psprintf(p, "Penilai %d", penilai));
            if (strcmp(eid, c->session->user_id) == 0) {
                sl_xml_attr(ev, "saya", "1");
            }
        }
        for (k = 0; k < nk; k++) {
            if (strcmp(sl_rows_get(krit, k, 0), sl_rows_get(skor, i, 2)) == 0) {
                xmlNodePtr s = sl_xml_text(ev, "skor", sl_rows_get(skor, i, 4));
                double v = atof(sl_rows_get_or(skor, i, 3, "0"));
                sl_xml_attr(s, "kriteria", sl_rows_get(krit, k, 0));
                sl_xml_attr(s, "nilai", inovasi_desimal(p, sl_rows_get(skor, i, 3)));
                nilai[k] = v;
                ada[k] = 1;
                jumlah[k] += v;
                banyak[k]++;
            }
        }
    }

    kl = sl_xml_node(res, "kriteria-daftar");
    for (k = 0; k < nk; k++) {
        xmlNodePtr kn = sl_xml_text(kl, "kriteria", sl_rows_get(krit, k, 1));
        sl_xml_attr(kn, "id", sl_rows_get(krit, k, 0));
        sl_xml_attr(kn, "bobot", inovasi_desimal(p, sl_rows_get(krit, k, 2)));
        if (banyak[k]) {
            sl_xml_attr(kn, "rata", inovasi_dua(p, jumlah[k] / banyak[k]));
        }
    }

    mine = apr_hash_get(all, id, APR_HASH_KEY_STRING);
    if (mine) {
        /* No band word: an evaluation score is neither achievement nor
         * an IID score. */
        inovasi_nilai_xml(c, sl_xml_node(res, "ringkasan"), mine, scored);
    }

    /* The signed-in evaluator's own form: as typed, or as stored. */
    isian = sl_xml_node(res, "isian");
    for (k = 0; k < nk; k++) {
        const char *kid = sl_rows_get(krit, k, 0);
        const char *sf = apr_pstrcat(p, "skor_", kid, NULL);
        const char *cf = apr_pstrcat(p, "catatan_", kid, NULL);
        const char *sv = "", *cv = "";
        if (c->form) {
            sv = sl_field(c, sf);
            cv = sl_field(c, cf);
        }
        else {
            for (j = 0; j < skor->nrows; j++) {
                if (strcmp(sl_rows_get(skor, j, 0), c->session->user_id) == 0
                    && strcmp(sl_rows_get(skor, j, 2), kid) == 0) {
                    sv = inovasi_desimal(p, sl_rows_get(skor, j, 3));
                    cv = sl_rows_get_or(skor, j, 4, "");
                }
            }
        }
        inovasi_isian(isian, sf, sv);
        inovasi_isian(isian, cf, cv);
    }
    inovasi_galat_xml(res, errors);
    return sl_page_send(page, status);
}

int inovasi_evaluasi_lihat(sl_ctx *c)
{
    const char *id = inovasi_param_id(c, "id");
    const sl_rows *inov;
    int failed;

    inov = inovasi_muat(c, id, INOVASI_SEMUA_OPD, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!inov) {
        return inovasi_tidak_ada(c);
    }
    return show(c, inov, HTTP_OK, NULL);
}

int inovasi_evaluasi_simpan(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = inovasi_param_id(c, "id");
    apr_array_header_t *errors = inovasi_galat_baru(p), *parts;
    const char **norm_of;
    const sl_rows *inov;
    sl_rows *krit;
    int failed, k;

    if (!id) {
        return inovasi_tidak_ada(c);
    }
    inov = inovasi_muat(c, id, INOVASI_EVALUATOR, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!inov) {
        return inovasi_tidak_ada(c);
    }
    if (inovasi_opd_sendiri(c, inov)) {
        return inovasi_ditolak(c, INOVASI_MSG_NILAI_OPD_SENDIRI);
    }
    if (sl_db_select(c->db, "ev_kriteria", &krit,
                     SL_ARGS(sl_rows_named(inov, 0, "tahun"))) != 0) {
        return inovasi_gangguan(c);
    }
    if (krit->nrows == 0) {
        return inovasi_ditolak(c, INOVASI_MSG_KRITERIA_BELUM_DITETAPKAN);
    }
    norm_of = apr_pcalloc(p, sizeof(char *) * (size_t)krit->nrows);
    for (k = 0; k < krit->nrows; k++) {
        const char *kid = sl_rows_get(krit, k, 0);
        const char *sf = apr_pstrcat(p, "skor_", kid, NULL);
        const char *cf = apr_pstrcat(p, "catatan_", kid, NULL);
        char norm[32];
        double v;
        const char *dot;
        if (!capaian_angka(sl_field(c, sf), &v, norm, sizeof(norm)) || v < 0
            || v > 100 || ((dot = strchr(norm, '.')) && strlen(dot + 1) > 2)) {
            inovasi_galat_tambah(errors, sf,
                                 apr_psprintf(p, INOVASI_MSG_SKOR_KRITERIA_SALAH,
                                              sl_rows_get(krit, k, 1)));
        }
        else {
            norm_of[k] = apr_pstrdup(p, norm);
        }
        inovasi_teks(c, errors, cf,
                     apr_psprintf(p, INOVASI_MSG_LABEL_CATATAN_BUKTI,
                                  sl_rows_get(krit, k, 1)), 2000, 1);
    }
    if (errors->nelts) {
        return show(c, inov, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    parts = apr_array_make(p, 8, sizeof(const char *));
    for (k = 0; k < krit->nrows; k++) {
        const char *kid = sl_rows_get(krit, k, 0);
        const char *note = sl_field(c, apr_pstrcat(p, "catatan_", kid, NULL));
        sl_db_exec(c->db, "ev_simpan", NULL,
                   SL_ARGS(id, kid, c->session->user_id, norm_of[k], note));
        APR_ARRAY_PUSH(parts, const char *) = inovasi_json(p, "kriteria", kid,
                                                           "skor", norm_of[k],
                                                           "catatan", note, NULL);
    }
    sl_audit(c, &(sl_audit_entry){"nilai", "penilaian", id, NULL,
             apr_pstrcat(p, "[", apr_array_pstrcat(p, parts, ','), "]", NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/inovasi/", id, "/nilai",
                                      NULL));
}
