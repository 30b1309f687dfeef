/* Each innovation's figures of its year, kept in inovasi_ringkas
 * (126_inovasi_ringkas.sql): achievement per dimension and in all, and the
 * spread of its evaluators' totals.  The dashboard, the evaluation pages
 * and the export read one row per innovation instead of computing the
 * year from its 10,000 indicator values and 15,000 scores.
 *
 * A row counts while the revisions it was written with are current; the
 * triggers bump them in the transaction of every change, so a view after a
 * verification, a score or a design change finds that innovation's row out
 * of date and computes it again here, with the same C as always
 * (inovasi_capaian_selesai, inovasi_nilai_kumpul), and writes it back.
 * The revisions are read before the data, so a row written back is never
 * labelled newer than what it was computed from. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include "inovasi.h"

/* Up to this many innovations out of date are computed one by one (two
 * primary-key statements each); more (a rule of the year changed, or the
 * first view after the migration) read the whole year at once. */
#define RINGKAS_SATU_MAKS 40

const sl_stmt_def inovasi_ringkas_stmts[] = {
    /* segar: the row was written with the current revisions. */
    {"rk_baca",
     "SELECT i.id, s.inovasi_id IS NOT NULL AND s.revisi = COALESCE(r.revisi, 0) "
     "AND s.revisi_umum = u.versi, COALESCE(r.revisi, 0), u.versi, i.tahun, "
     "s.ada_capaian, s.c_output, s.c_kemanfaatan, s.c_keberlanjutan, s.c_total, "
     "s.penilai, s.n_rata, s.n_simpangan, s.n_min, s.n_max "
     "FROM inovasi i JOIN versi_data u ON u.nama = 'inovasi_ringkas' "
     "LEFT JOIN inovasi_revisi r ON r.inovasi_id = i.id "
     "LEFT JOIN inovasi_ringkas s ON s.inovasi_id = i.id "
     "WHERE i.tahun = %s ORDER BY i.id"},
    /* Each innovation's indicators with the values of its latest verified
     * report, as inovasi_capaian_set reads them (INOVASI_JOIN_CAPAIAN: the
     * same report, design and order), one row per innovation: "dimensi
     * arah baseline target bobot nilai" per indicator, "-" for no value. */
    {"rk_capaian_tahun",
     "SELECT i.id, i.tahun, GROUP_CONCAT(ind.dimensi, ' ', ind.arah, ' ', ind.baseline, ' ', "
     "ind.target, ' ', ind.bobot, ' ', COALESCE(v.nilai, '-') ORDER BY FIELD(ind.dimensi, "
     "'output', 'kemanfaatan', 'keberlanjutan'), ind.id SEPARATOR ';') FROM inovasi i "
     INOVASI_JOIN_CAPAIAN
     "WHERE i.tahun = %s GROUP BY i.id"},
    {"rk_capaian_satu",
     "SELECT i.id, i.tahun, GROUP_CONCAT(ind.dimensi, ' ', ind.arah, ' ', ind.baseline, ' ', "
     "ind.target, ' ', ind.bobot, ' ', COALESCE(v.nilai, '-') ORDER BY FIELD(ind.dimensi, "
     "'output', 'kemanfaatan', 'keberlanjutan'), ind.id SEPARATOR ';') FROM inovasi i "
     INOVASI_JOIN_CAPAIAN
     "WHERE i.id = %s GROUP BY i.id"},
    {"rk_simpan",
     "INSERT INTO inovasi_ringkas (inovasi_id, revisi, revisi_umum, ada_capaian, c_output, "
     "c_kemanfaatan, c_keberlanjutan, c_total, penilai, n_rata, n_simpangan, n_min, n_max) "
     "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON DUPLICATE KEY UPDATE "
     "revisi = VALUES(revisi), revisi_umum = VALUES(revisi_umum), "
     "ada_capaian = VALUES(ada_capaian), c_output = VALUES(c_output), "
     "c_kemanfaatan = VALUES(c_kemanfaatan), c_keberlanjutan = VALUES(c_keberlanjutan), "
     "c_total = VALUES(c_total), penilai = VALUES(penilai), n_rata = VALUES(n_rata), "
     "n_simpangan = VALUES(n_simpangan), n_min = VALUES(n_min), n_max = VALUES(n_max)"},
    {NULL, NULL}
};

/* The rows of rk_capaian_*: each innovation's achievement, computed by
 * inovasi_capaian_selesai with the year's dimension weights w. */
static void capaian_baris(apr_pool_t *p, const sl_rows *rows, const inovasi_bobot_tahun *w,
                          apr_hash_t *out)
{
    int i;

    for (i = 0; i < rows->nrows; i++) {
        inovasi_capaian *cap = apr_pcalloc(p, sizeof(*cap));
        char *list = apr_pstrdup(p, sl_rows_get_or(rows, i, 2, "")), *item, *last;
        cap->id = sl_rows_get(rows, i, 0);
        cap->tahun = sl_rows_get(rows, i, 1);
        cap->indikator = apr_array_make(p, 10, sizeof(inovasi_ind));
        memcpy(cap->bobot_dimensi, w->bobot, sizeof(cap->bobot_dimensi));
        for (item = apr_strtok(list, ";", &last); item; item = apr_strtok(NULL, ";", &last)) {
            inovasi_ind *ind = apr_array_push(cap->indikator);
            char *f[6], *in;
            int k;
            memset(ind, 0, sizeof(*ind));
            for (k = 0; k < 6; k++) {
                f[k] = apr_strtok(k ? NULL : item, " ", &in);
            }
            if (!f[5]) {
                cap->indikator->nelts--;     /* not as written above */
                continue;
            }
            ind->dimensi = f[0];
            ind->arah = f[1];
            ind->baseline = f[2];
            ind->target = f[3];
            ind->bobot = f[4];
            ind->nilai = strcmp(f[5], "-") == 0 ? NULL : f[5];
        }
        inovasi_capaian_selesai(cap);
        apr_hash_set(out, cap->id, APR_HASH_KEY_STRING, cap);
    }
}

/* A double as stored: exact (17 digits), NULL when absent. */
static const char *angka(apr_pool_t *p, int ada, double v)
{
    return ada ? apr_psprintf(p, "%.17g", v) : NULL;
}

static capaian_skor skor(const sl_rows *rows, int i, int col)
{
    capaian_skor s = {0, 0.0};
    const char *v = sl_rows_get(rows, i, col);
    if (v) {
        s.ada = 1;
        s.nilai = atof(v);
    }
    return s;
}

/* The figures of row i of rk_baca, from the row as kept. */
static void dari_baris(apr_pool_t *p, const sl_rows *rows, int i, inovasi_ringkas_tahun *out)
{
    const char *id = sl_rows_get(rows, i, 0);
    int d;

    if (strcmp(sl_rows_get_or(rows, i, 5, "0"), "1") == 0) {
        inovasi_capaian *cap = apr_pcalloc(p, sizeof(*cap));
        cap->id = id;
        cap->tahun = sl_rows_get(rows, i, 4);
        for (d = 0; d < CAPAIAN_DIMENSI; d++) {
            cap->hasil.dimensi[d] = skor(rows, i, 6 + d);
        }
        cap->hasil.total = skor(rows, i, 9);
        apr_hash_set(out->capaian, id, APR_HASH_KEY_STRING, cap);
    }
    if (sl_rows_get(rows, i, 10)) {
        inovasi_nilai *n = apr_pcalloc(p, sizeof(*n));
        n->id = id;
        n->penilai = atoi(sl_rows_get(rows, i, 10));
        n->sebaran.n = (size_t)n->penilai;
        n->sebaran.rata = atof(sl_rows_get_or(rows, i, 11, "0"));
        n->sebaran.simpangan = atof(sl_rows_get_or(rows, i, 12, "0"));
        n->sebaran.min = atof(sl_rows_get_or(rows, i, 13, "0"));
        n->sebaran.max = atof(sl_rows_get_or(rows, i, 14, "0"));
        apr_hash_set(out->nilai, id, APR_HASH_KEY_STRING, n);
    }
}

/* Computes the innovations of rows listed in stale again and writes their
 * rows back with the revisions read with them.  0, or -1. */
static int hitung_ulang(sl_ctx *c, const char *tahun, const sl_rows *rows,
                        const apr_array_header_t *stale, inovasi_ringkas_tahun *out)
{
    apr_pool_t *p = c->r->pool;
    apr_hash_t *caps = apr_hash_make(p), *nils = apr_hash_make(p);
    inovasi_bobot_tahun w;
    sl_rows *cr;
    int k, d;

    if (inovasi_bobot_dimensi(c, tahun, &w) != 0) {
        return -1;
    }
    if (stale->nelts > RINGKAS_SATU_MAKS) {
        if (sl_db_select(c->db, "rk_capaian_tahun", &cr, SL_ARGS(tahun)) != 0
            || inovasi_nilai_kumpul(c, NULL, tahun, nils) != 0) {
            return -1;
        }
        capaian_baris(p, cr, &w, caps);
    }
    else {
        for (k = 0; k < stale->nelts; k++) {
            const char *id = sl_rows_get(rows, APR_ARRAY_IDX(stale, k, int), 0);
            if (sl_db_select(c->db, "rk_capaian_satu", &cr, SL_ARGS(id)) != 0
                || inovasi_nilai_kumpul(c, "nilai_satu", id, nils) != 0) {
                return -1;
            }
            capaian_baris(p, cr, &w, caps);
        }
    }
    for (k = 0; k < stale->nelts; k++) {
        int i = APR_ARRAY_IDX(stale, k, int);
        const char *id = sl_rows_get(rows, i, 0);
        inovasi_capaian *cap = apr_hash_get(caps, id, APR_HASH_KEY_STRING);
        inovasi_nilai *n = apr_hash_get(nils, id, APR_HASH_KEY_STRING);
        const char *c_dim[CAPAIAN_DIMENSI];

        for (d = 0; d < CAPAIAN_DIMENSI; d++) {
            c_dim[d] = cap ? angka(p, cap->hasil.dimensi[d].ada, cap->hasil.dimensi[d].nilai)
                           : NULL;
        }
        if (cap) {
            apr_hash_set(out->capaian, id, APR_HASH_KEY_STRING, cap);
        }
        if (n) {
            apr_hash_set(out->nilai, id, APR_HASH_KEY_STRING, n);
        }
        /* A row not written back (logged) is computed again next time. */
        sl_db_exec(c->db, "rk_simpan", NULL, SL_ARGS(id, sl_rows_get(rows, i, 2),
                   sl_rows_get(rows, i, 3), cap ? "1" : "0", c_dim[0], c_dim[1], c_dim[2],
                   cap ? angka(p, cap->hasil.total.ada, cap->hasil.total.nilai) : NULL,
                   n ? apr_itoa(p, n->penilai) : NULL,
                   n ? angka(p, 1, n->sebaran.rata) : NULL,
                   n ? angka(p, 1, n->sebaran.simpangan) : NULL,
                   n ? angka(p, 1, n->sebaran.min) : NULL,
                   n ? angka(p, 1, n->sebaran.max) : NULL));
    }
    return 0;
}

int inovasi_ringkas_baca(sl_ctx *c, const char *tahun, inovasi_ringkas_tahun *out)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *stale = apr_array_make(p, 8, sizeof(int));
    apr_array_header_t *list = apr_array_make(p, 64, sizeof(inovasi_nilai *));
    sl_rows *rows;
    double *means;
    int *ranks;
    int i;

    memset(out, 0, sizeof(*out));
    out->capaian = apr_hash_make(p);
    out->nilai = apr_hash_make(p);
    if (sl_db_select(c->db, "rk_baca", &rows, SL_ARGS(tahun)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        if (strcmp(sl_rows_get_or(rows, i, 1, "0"), "1") == 0) {
            dari_baris(p, rows, i, out);
        }
        else {
            APR_ARRAY_PUSH(stale, int) = i;
        }
    }
    if (stale->nelts > 0 && hitung_ulang(c, tahun, rows, stale, out) != 0) {
        return -1;
    }
    out->dihitung = stale->nelts;
    /* Ranks over the year's scored innovations (regency-wide). */
    for (i = 0; i < rows->nrows; i++) {
        inovasi_nilai *n = apr_hash_get(out->nilai, sl_rows_get(rows, i, 0),
                                        APR_HASH_KEY_STRING);
        if (n) {
            APR_ARRAY_PUSH(list, inovasi_nilai *) = n;
        }
    }
    means = apr_pcalloc(p, sizeof(double) * (size_t)(list->nelts + 1));
    ranks = apr_pcalloc(p, sizeof(int) * (size_t)(list->nelts + 1));
    for (i = 0; i < list->nelts; i++) {
        means[i] = APR_ARRAY_IDX(list, i, inovasi_nilai *)->sebaran.rata;
    }
    nilai_peringkat(means, (size_t)list->nelts, ranks);
    for (i = 0; i < list->nelts; i++) {
        APR_ARRAY_IDX(list, i, inovasi_nilai *)->peringkat = ranks[i];
    }
    out->dinilai = list->nelts;
    return 0;
}
