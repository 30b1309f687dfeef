/* The evaluators' scores of a year's innovations: each one's spread over
 * its evaluators and its rank in the regency. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include "inovasi.h"

const sl_stmt_def inovasi_nilai_stmts[] = {
    /* Every score of the year's innovations, on the year's criteria. */
    {"nilai_tahun",
     "SELECT n.inovasi_id, n.evaluator_id, k.bobot, n.skor "
     "FROM inovasi_penilaian n JOIN inovasi i ON i.id = n.inovasi_id "
     "JOIN inovasi_kriteria k ON k.id = n.kriteria_id AND k.tahun = i.tahun "
     "WHERE i.tahun = %s ORDER BY n.inovasi_id, n.evaluator_id, k.urutan"},
    /* The same for one innovation (its summary row is out of date). */
    {"nilai_satu",
     "SELECT n.inovasi_id, n.evaluator_id, k.bobot, n.skor "
     "FROM inovasi_penilaian n JOIN inovasi i ON i.id = n.inovasi_id "
     "JOIN inovasi_kriteria k ON k.id = n.kriteria_id AND k.tahun = i.tahun "
     "WHERE i.id = %s ORDER BY n.inovasi_id, n.evaluator_id, k.urutan"},
    {NULL, NULL}
};

/* Each innovation's spread and evaluators from the rows of nilai_tahun or
 * nilai_satu, into out (id -> inovasi_nilai*, no rank); "nilai_tahun"'s
 * statement when one is NULL.  0, or -1 on a database error. */
int inovasi_nilai_kumpul(sl_ctx *c, const char *stmt, const char *arg, apr_hash_t *out)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *totals = apr_array_make(p, 8, sizeof(double));
    apr_array_header_t *w = apr_array_make(p, 8, sizeof(double));
    apr_array_header_t *s = apr_array_make(p, 8, sizeof(double));
    apr_array_header_t *a = apr_array_make(p, 8, sizeof(int));
    inovasi_nilai *cur = NULL;
    const char *evaluator = NULL;
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, stmt ? stmt : "nilai_tahun", &rows, SL_ARGS(arg)) != 0) {
        return -1;
    }
    for (i = 0; i <= rows->nrows; i++) {
        const char *iid = i < rows->nrows ? sl_rows_get(rows, i, 0) : NULL;
        const char *eid = i < rows->nrows ? sl_rows_get(rows, i, 1) : NULL;
        int new_inov = !cur || !iid || strcmp(cur->id, iid) != 0;
        int new_eval = new_inov || !evaluator || strcmp(evaluator, eid) != 0;

        /* One evaluator's criteria end: their weighted total. */
        if (new_eval && evaluator && w->nelts > 0) {
            capaian_skor t = nilai_total((double *)w->elts, (double *)s->elts,
                                         (int *)a->elts, (size_t)w->nelts);
            if (t.ada) {
                APR_ARRAY_PUSH(totals, double) = t.nilai;
            }
            apr_array_clear(w);
            apr_array_clear(s);
            apr_array_clear(a);
        }
        if (new_inov && cur) {
            nilai_sebaran_hitung((double *)totals->elts, (size_t)totals->nelts,
                                 &cur->sebaran);
            cur->penilai = totals->nelts;
            apr_array_clear(totals);
        }
        if (!iid) {
            break;
        }
        if (new_inov) {
            cur = apr_pcalloc(p, sizeof(*cur));
            cur->id = iid;
            apr_hash_set(out, iid, APR_HASH_KEY_STRING, cur);
        }
        evaluator = eid;
        APR_ARRAY_PUSH(w, double) = atof(sl_rows_get_or(rows, i, 2, "0"));
        APR_ARRAY_PUSH(s, double) = atof(sl_rows_get_or(rows, i, 3, "0"));
        APR_ARRAY_PUSH(a, int) = 1;
    }
    return 0;
}

/* From each innovation's summary row (ringkas.c), computed again only for
 * the innovations whose scores changed since. */
apr_hash_t *inovasi_nilai_tahun(sl_ctx *c, const char *tahun, int *jumlah)
{
    inovasi_ringkas_tahun r;

    *jumlah = 0;
    if (inovasi_ringkas_baca(c, tahun, &r) != 0) {
        return NULL;
    }
    *jumlah = r.dinilai;
    return r.nilai;
}

void inovasi_nilai_xml(sl_ctx *c, xmlNodePtr n, const inovasi_nilai *v, int dari)
{
    apr_pool_t *p = c->r->pool;
    sl_xml_attr(n, "penilai", apr_itoa(p, v->penilai));
    sl_xml_attr(n, "rata", inovasi_dua(p, v->sebaran.rata));
    sl_xml_attr(n, "simpangan", inovasi_dua(p, v->sebaran.simpangan));
    sl_xml_attr(n, "min", inovasi_dua(p, v->sebaran.min));
    sl_xml_attr(n, "max", inovasi_dua(p, v->sebaran.max));
    sl_xml_attr(n, "peringkat", apr_itoa(p, v->peringkat));
    sl_xml_attr(n, "dari", apr_itoa(p, dari));
}
