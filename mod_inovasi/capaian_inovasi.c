/* Achievement of innovations: each one's indicators with the values of
 * its latest verified report, computed with capaian.c on the year's
 * weights, and as XML. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include "inovasi.h"

const sl_stmt_def inovasi_capaian_stmts[] = {
    /* Each innovation's indicators with the values of its latest verified
     * report (by the end of the period). */
    {"capaian",
     "SELECT i.id, i.tahun, ind.id, ind.dimensi, ind.nama, ind.satuan, "
     "ind.baseline, ind.target, ind.arah, ind.bobot, v.nilai, p.jenis, "
     "p.nomor, p.tahun "
     "FROM inovasi i " INOVASI_JOIN_CAPAIAN
     "WHERE (%s = '0' OR i.tahun = %s) AND (%s = '0' OR i.id = %s) "
     "AND (%s = '0' OR i.terbit = 1) AND (%s = '1' OR i.opd_id = %s) "
     "ORDER BY i.id, FIELD(ind.dimensi, 'output', 'kemanfaatan', "
     "'keberlanjutan'), ind.id"},
    {NULL, NULL}
};

void inovasi_capaian_selesai(inovasi_capaian *cap)
{
    capaian_indikator *arr;
    int i;

    arr = (capaian_indikator *)apr_pcalloc(cap->indikator->pool,
              sizeof(capaian_indikator) * (size_t)(cap->indikator->nelts + 1));
    for (i = 0; i < cap->indikator->nelts; i++) {
        inovasi_ind *ind = &APR_ARRAY_IDX(cap->indikator, i, inovasi_ind);
        arr[i].dimensi = capaian_dimensi_dari_kode(ind->dimensi);
        arr[i].arah = ind->arah && strcmp(ind->arah, "turun") == 0
                      ? CAPAIAN_TURUN : CAPAIAN_NAIK;
        arr[i].baseline = atof(ind->baseline ? ind->baseline : "0");
        arr[i].target = atof(ind->target ? ind->target : "0");
        arr[i].bobot = atof(ind->bobot ? ind->bobot : "0");
        arr[i].ada_nilai = ind->nilai != NULL;
        arr[i].nilai = ind->nilai ? atof(ind->nilai) : 0.0;
        ind->persen = capaian_indikator_persen(&arr[i]);
    }
    capaian_hitung(arr, (size_t)cap->indikator->nelts, cap->bobot_dimensi,
                   &cap->hasil);
}

apr_hash_t *inovasi_capaian_set(sl_ctx *c, const char *tahun, const char *id,
                                int hanya_terbit)
{
    apr_pool_t *p = c->r->pool;
    apr_hash_t *out = apr_hash_make(p), *weights = apr_hash_make(p);
    inovasi_capaian *cur = NULL;
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, "capaian", &rows,
                     SL_ARGS(tahun, tahun, id ? id : "0", id ? id : "0",
                             hanya_terbit ? "1" : "0",
                             hanya_terbit ? "1" : sl_scope_all(c, INOVASI_SEMUA_OPD),
                             sl_scope_opd(c))) != 0) {
        return NULL;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *iid = sl_rows_get(rows, i, 0);
        inovasi_ind *ind;
        if (!cur || strcmp(cur->id, iid) != 0) {
            inovasi_bobot_tahun *w;
            if (cur) {
                inovasi_capaian_selesai(cur);
            }
            cur = apr_pcalloc(p, sizeof(*cur));
            cur->id = iid;
            cur->tahun = sl_rows_get(rows, i, 1);
            cur->indikator = apr_array_make(p, 8, sizeof(inovasi_ind));
            if (sl_rows_get(rows, i, 11)) {
                cur->periode = inovasi_nama_periode(p, sl_rows_get(rows, i, 11),
                                                    sl_rows_get(rows, i, 12),
                                                    sl_rows_get(rows, i, 13));
            }
            w = apr_hash_get(weights, cur->tahun, APR_HASH_KEY_STRING);
            if (!w) {
                w = apr_pcalloc(p, sizeof(*w));
                if (inovasi_bobot_dimensi(c, cur->tahun, w) != 0) {
                    return NULL;
                }
                apr_hash_set(weights, cur->tahun, APR_HASH_KEY_STRING, w);
            }
            memcpy(cur->bobot_dimensi, w->bobot, sizeof(cur->bobot_dimensi));
            apr_hash_set(out, cur->id, APR_HASH_KEY_STRING, cur);
        }
        ind = apr_array_push(cur->indikator);
        ind->id = sl_rows_get(rows, i, 2);
        ind->dimensi = sl_rows_get(rows, i, 3);
        ind->nama = sl_rows_get(rows, i, 4);
        ind->satuan = sl_rows_get(rows, i, 5);
        ind->baseline = sl_rows_get(rows, i, 6);
        ind->target = sl_rows_get(rows, i, 7);
        ind->arah = sl_rows_get(rows, i, 8);
        ind->bobot = sl_rows_get(rows, i, 9);
        ind->nilai = sl_rows_get(rows, i, 10);
    }
    if (cur) {
        inovasi_capaian_selesai(cur);
    }
    return out;
}

static void skor_attr(sl_ctx *c, xmlNodePtr n, capaian_skor s)
{
    sl_xml_attr(n, "ada", s.ada ? "1" : "0");
    if (s.ada) {
        sl_xml_attr(n, "nilai", inovasi_dua(c->r->pool, s.nilai));
    }
}

xmlNodePtr inovasi_capaian_xml(sl_ctx *c, xmlNodePtr parent,
                               const inovasi_capaian *cap,
                               const inovasi_pita_tahun *pita,
                               int dengan_indikator)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr node = sl_xml_node(parent, "capaian");
    capaian_hasil kosong;
    const capaian_hasil *h;
    int d, i;

    memset(&kosong, 0, sizeof(kosong));
    h = cap ? &cap->hasil : &kosong;
    skor_attr(c, node, h->total);
    sl_xml_attr(node, "predikat", inovasi_predikat(pita, h->total));
    sl_xml_attr(node, "dihitung", apr_itoa(p, h->dihitung));
    sl_xml_attr(node, "jumlah", apr_itoa(p, h->jumlah));
    if (cap && cap->periode) {
        sl_xml_attr(node, "periode", cap->periode);
    }
    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        xmlNodePtr dn = sl_xml_node(node, "dimensi");
        sl_xml_attr(dn, "kode", capaian_dimensi_kode(d));
        sl_xml_attr(dn, "nama", capaian_dimensi_nama(d));
        skor_attr(c, dn, h->dimensi[d]);
        if (cap) {
            sl_xml_attr(dn, "bobot", inovasi_desimal(p, inovasi_dua(p,
                        cap->bobot_dimensi[d])));
        }
    }
    for (i = 0; dengan_indikator && cap && i < cap->indikator->nelts; i++) {
        const inovasi_ind *ind = &APR_ARRAY_IDX(cap->indikator, i, inovasi_ind);
        xmlNodePtr in = sl_xml_node(node, "indikator");
        sl_xml_attr(in, "id", ind->id);
        sl_xml_attr(in, "dimensi", ind->dimensi);
        sl_xml_text(in, "nama", ind->nama);
        sl_xml_text(in, "satuan", ind->satuan);
        sl_xml_text(in, "baseline", inovasi_desimal(p, ind->baseline));
        sl_xml_text(in, "target", inovasi_desimal(p, ind->target));
        sl_xml_attr(sl_xml_text(in, "arah", inovasi_label(inovasi_arah, ind->arah)),
                    "kode", ind->arah);
        sl_xml_text(in, "bobot", inovasi_desimal(p, ind->bobot));
        sl_xml_text(in, "nilai", inovasi_desimal(p, ind->nilai));
        skor_attr(c, sl_xml_node(in, "persen"), ind->persen);
    }
    return node;
}
