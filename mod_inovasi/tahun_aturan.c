/* The year's rules read from the database: the dimension weights, the
 * achievement bands and the Indeks Inovasi Daerah bands, and the band word
 * of a score. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include "inovasi.h"

const sl_stmt_def inovasi_tahun_aturan_stmts[] = {
    {"bobot_dimensi",
     "SELECT tahun, output, kemanfaatan, keberlanjutan FROM inovasi_bobot_dimensi "
     "WHERE tahun <= %s ORDER BY tahun DESC LIMIT 1"},
    /* Achievement bands (progress words), not the IID's. */
    {"pita",
     "SELECT tahun, nama, batas_bawah, batas_atas FROM inovasi_pita_capaian "
     "WHERE tahun = COALESCE((SELECT MAX(tahun) FROM inovasi_pita_capaian WHERE tahun <= %s), "
     "(SELECT MIN(tahun) FROM inovasi_pita_capaian)) ORDER BY urutan"},
    /* The Indeks Inovasi Daerah bands: for an IID score only. */
    {"pita_iid",
     "SELECT tahun, nama, batas_bawah, batas_atas FROM inovasi_pita "
     "WHERE tahun = COALESCE((SELECT MAX(tahun) FROM inovasi_pita WHERE tahun <= %s), "
     "(SELECT MIN(tahun) FROM inovasi_pita)) ORDER BY urutan"},
    {NULL, NULL}
};

int inovasi_bobot_dimensi(sl_ctx *c, const char *tahun, inovasi_bobot_tahun *out)
{
    sl_rows *rows;
    int d;

    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        out->bobot[d] = 100.0 / CAPAIAN_DIMENSI;
    }
    out->tahun_berlaku = NULL;
    if (sl_db_select(c->db, "bobot_dimensi", &rows, SL_ARGS(tahun)) != 0) {
        return -1;
    }
    if (rows->nrows == 1) {
        out->tahun_berlaku = sl_rows_get(rows, 0, 0);
        for (d = 0; d < CAPAIAN_DIMENSI; d++) {
            out->bobot[d] = atof(sl_rows_get_or(rows, 0, d + 1, "0"));
        }
    }
    return 0;
}

static int pita_muat(sl_ctx *c, const char *stmt, const char *tahun,
                     inovasi_pita_tahun *out)
{
    sl_rows *rows;
    int i;

    memset(out, 0, sizeof(*out));
    if (sl_db_select(c->db, stmt, &rows, SL_ARGS(tahun)) != 0) {
        return -1;
    }
    out->n = (size_t)rows->nrows;
    out->pita = apr_pcalloc(c->r->pool, sizeof(capaian_pita) * (out->n + 1));
    for (i = 0; i < rows->nrows; i++) {
        out->tahun_berlaku = sl_rows_get(rows, i, 0);
        out->pita[i].nama = sl_rows_get_or(rows, i, 1, "");
        out->pita[i].bawah = atof(sl_rows_get_or(rows, i, 2, "0"));
        out->pita[i].atas = atof(sl_rows_get_or(rows, i, 3, "0"));
    }
    return 0;
}

int inovasi_pita(sl_ctx *c, const char *tahun, inovasi_pita_tahun *out)
{
    return pita_muat(c, "pita", tahun, out);
}

int inovasi_pita_iid(sl_ctx *c, const char *tahun, inovasi_pita_tahun *out)
{
    return pita_muat(c, "pita_iid", tahun, out);
}

const char *inovasi_predikat(const inovasi_pita_tahun *pita, capaian_skor s)
{
    const capaian_pita *band;
    /* No verified value yet: no word (it is not "tertinggal"). */
    if (!pita || !s.ada) {
        return NULL;
    }
    band = capaian_pita_cari(pita->pita, pita->n, s.nilai);
    return band ? band->nama : NULL;
}

const inovasi_pita_tahun *inovasi_pita_untuk(sl_ctx *c, apr_hash_t *cache,
                                             const char *tahun)
{
    inovasi_pita_tahun *pita = apr_hash_get(cache, tahun, APR_HASH_KEY_STRING);
    if (!pita) {
        pita = apr_pcalloc(c->r->pool, sizeof(*pita));
        if (inovasi_pita(c, tahun, pita) != 0) {
            return NULL;
        }
        apr_hash_set(cache, tahun, APR_HASH_KEY_STRING, pita);
    }
    return pita;
}
