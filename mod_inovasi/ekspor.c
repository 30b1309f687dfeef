/* Exports.  XML for anyone (the regency website, open data): published
 * innovations with their indicators and achievement, in the namespace
 * urn:serangkab:sialip:inovasi:1 described by schema/inovasi.xsd.  CSV for
 * staff, within their OPD scope: one row per innovation, UTF-8 with a BOM,
 * semicolons between fields and decimal commas, as Excel in Indonesia
 * reads them. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <libxml/tree.h>
#include "escape.h"
#include "sl_module.h"
#include "sl_xmlwriter.h"
#include "inovasi.h"
#include "inovasi_messages.h"

#define INOVASI_NS "urn:serangkab:sialip:inovasi:1"

const sl_stmt_def inovasi_ekspor_stmts[] = {
    {"ek_publik",
     INOVASI_KOLOM_PROFIL "WHERE i.terbit = 1 AND (%s = '0' OR i.tahun = %s) "
     "ORDER BY i.tahun, i.id"},
    {"ek_staf",
     INOVASI_KOLOM_PROFIL "WHERE (%s = '1' OR i.opd_id = %s) "
     "AND (%s = '0' OR i.tahun = %s) ORDER BY i.tahun, o.singkatan, i.nama, i.id"},
    {NULL, NULL}
};

/* ---- XML ------------------------------------------------------------------ */

static xmlNodePtr el(xmlNodePtr parent, xmlNsPtr ns, const char *name,
                     const char *text)
{
    return xmlNewTextChild(parent, ns, (const xmlChar *)name,
                           (const xmlChar *)(text ? text : ""));
}

/* An optional element: nothing when text is NULL or empty. */
static xmlNodePtr opt(xmlNodePtr parent, xmlNsPtr ns, const char *name,
                      const char *text)
{
    return text && *text ? el(parent, ns, name, text) : NULL;
}

static void attr(xmlNodePtr n, const char *name, const char *value)
{
    if (value) {
        xmlSetProp(n, (const xmlChar *)name, (const xmlChar *)value);
    }
}

static void coded(xmlNodePtr parent, xmlNsPtr ns, const char *name,
                  const inovasi_pilihan *choices, const char *kode)
{
    attr(el(parent, ns, name, inovasi_label(choices, kode)), "kode", kode);
}

static void export_one(sl_ctx *c, xmlNodePtr root, xmlNsPtr ns,
                       const sl_rows *rows, int i, const inovasi_capaian *cap,
                       const inovasi_pita_tahun *pita)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr n = el(root, ns, "inovasi", NULL), x, rep, capn;
    const char *hukum, *rp;
    int d, k;
#define K(name) sl_rows_named(rows, i, name)

    attr(n, "id", K("id"));
    attr(n, "tahun", K("tahun"));
    el(n, ns, "nama", K("nama"));
    x = el(n, ns, "opd", K("opd_nama"));
    attr(x, "kode", K("opd_kode"));
    attr(x, "singkatan", K("opd_singkatan"));
    coded(n, ns, "bentuk", inovasi_bentuk, K("bentuk"));
    coded(n, ns, "jenis", inovasi_jenis, K("jenis"));
    coded(n, ns, "tahapan", inovasi_tahapan, K("tahapan"));
    opt(n, ns, "tanggal_uji_coba", K("tanggal_uji_coba"));
    opt(n, ns, "tanggal_penerapan", K("tanggal_penerapan"));
    coded(n, ns, "inisiator", inovasi_inisiator, K("inisiator"));
    el(n, ns, "urusan", K("urusan"));
    el(n, ns, "ringkasan", K("ringkasan"));
    el(n, ns, "rancang_bangun", K("rancang_bangun"));
    el(n, ns, "tujuan", K("tujuan"));
    el(n, ns, "manfaat", K("manfaat"));
    opt(n, ns, "hasil", K("hasil"));
    opt(n, ns, "anggaran", K("anggaran"));
    if ((hukum = K("dasar_hukum_jenis")) != NULL) {
        x = el(n, ns, "dasar_hukum", K("dasar_hukum_nomor"));
        attr(x, "jenis", hukum);
    }
    el(n, ns, "narahubung", K("kontak_nama"));
    rep = el(n, ns, "replikasi", NULL);
    rp = K("replikasi");
    attr(rep, "jenis", rp);
    attr(rep, "cara", K("replikasi_cara"));
    if (rp && strcmp(rp, "dalam_daerah") == 0 && K("sumber_inovasi_id")) {
        int shown = K("sumber_terbit") && strcmp(K("sumber_terbit"), "1") == 0;
        x = el(rep, ns, "sumber", shown ? K("sumber_inovasi_nama")
                                        : INOVASI_MSG_JUDUL_INOVASI_OPD);
        attr(x, "inovasi", shown ? K("sumber_inovasi_id") : NULL);
        attr(x, "daerah", INOVASI_MSG_NAMA_DAERAH_KABUPATEN);
    }
    else if (rp && strcmp(rp, "luar_daerah") == 0) {
        x = el(rep, ns, "sumber", K("sumber_nama"));
        attr(x, "daerah", K("sumber_daerah"));
    }
    opt(rep, ns, "perubahan", K("replikasi_perubahan"));
    opt(n, ns, "terbit_pada", inovasi_tanggal_wib(p, K("terbit_pada")));

    for (k = 0; cap && k < cap->indikator->nelts; k++) {
        const inovasi_ind *ind = &APR_ARRAY_IDX(cap->indikator, k, inovasi_ind);
        xmlNodePtr in = el(n, ns, "indikator", NULL);
        attr(in, "id", ind->id);
        attr(in, "dimensi", ind->dimensi);
        attr(in, "arah", ind->arah);
        el(in, ns, "nama", ind->nama);
        el(in, ns, "satuan", ind->satuan);
        el(in, ns, "baseline", inovasi_desimal(p, ind->baseline));
        el(in, ns, "target", inovasi_desimal(p, ind->target));
        el(in, ns, "bobot", inovasi_desimal(p, ind->bobot));
        opt(in, ns, "nilai", inovasi_desimal(p, ind->nilai));
        if (ind->persen.ada) {
            el(in, ns, "capaian", inovasi_dua(p, ind->persen.nilai));
        }
    }
    capn = el(n, ns, "capaian", NULL);
    if (cap && cap->periode) {
        attr(capn, "periode", cap->periode);
    }
    if (cap && cap->hasil.total.ada) {
        attr(capn, "nilai", inovasi_dua(p, cap->hasil.total.nilai));
    }
    attr(capn, "predikat", inovasi_predikat(pita, cap ? cap->hasil.total
                                                      : (capaian_skor){0, 0}));
    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        xmlNodePtr dn = el(capn, ns, "dimensi", NULL);
        attr(dn, "kode", capaian_dimensi_kode(d));
        if (cap) {
            attr(dn, "bobot", inovasi_dua(p, cap->bobot_dimensi[d]));
            if (cap->hasil.dimensi[d].ada) {
                attr(dn, "nilai", inovasi_dua(p, cap->hasil.dimensi[d].nilai));
            }
        }
    }
#undef K
}

static apr_status_t free_doc(void *data)
{
    xmlFreeDoc((xmlDocPtr)data);
    return APR_SUCCESS;
}

static int ekspor_xml(sl_ctx *c, const char *tahun)
{
    apr_pool_t *p = c->r->pool;
    apr_hash_t *set, *bands = apr_hash_make(p);
    xmlDocPtr doc;
    xmlNodePtr root;
    xmlNsPtr ns;
    sl_rows *rows;
    char stamp[APR_RFC822_DATE_LEN];
    apr_time_exp_t now;
    apr_size_t len;
    int i;

    if (sl_db_select(c->db, "ek_publik", &rows, SL_ARGS(tahun, tahun)) != 0
        || !(set = inovasi_capaian_set(c, tahun, NULL, 1))) {
        return inovasi_gangguan(c);
    }
    doc = xmlNewDoc((const xmlChar *)"1.0");
    apr_pool_cleanup_register(p, doc, free_doc, apr_pool_cleanup_null);
    root = xmlNewDocNode(doc, NULL, (const xmlChar *)"inovasi_daerah", NULL);
    xmlDocSetRootElement(doc, root);
    ns = xmlNewNs(root, (const xmlChar *)INOVASI_NS, NULL);
    xmlSetNs(root, ns);
    apr_time_exp_gmt(&now, apr_time_now());
    apr_strftime(stamp, &len, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &now);
    attr(root, "dibuat", stamp);
    if (strcmp(tahun, "0") != 0) {
        attr(root, "tahun", tahun);
    }
    attr(root, "jumlah", apr_itoa(p, rows->nrows));
    for (i = 0; i < rows->nrows; i++) {
        const char *id = sl_rows_named(rows, i, "id");
        const inovasi_pita_tahun *pita = inovasi_pita_untuk(c, bands,
                                             sl_rows_named(rows, i, "tahun"));
        if (!pita) {
            return inovasi_gangguan(c);
        }
        export_one(c, root, ns, rows, i, apr_hash_get(set, id, APR_HASH_KEY_STRING),
                   pita);
    }
    apr_table_setn(c->r->headers_out, "Content-Disposition", apr_pstrcat(p,
                   "inline; filename=\"inovasi-", strcmp(tahun, "0") ? tahun : "semua",
                   ".xml\"", NULL));
    return sl_xml_send_doc(c->r, doc);
}

int inovasi_ekspor_semua(sl_ctx *c)
{
    return ekspor_xml(c, "0");
}

int inovasi_ekspor_per_tahun(sl_ctx *c)
{
    const char *tahun = inovasi_tahun_valid(apr_table_get(c->params, "tahun"));
    return tahun ? ekspor_xml(c, tahun) : inovasi_tidak_ada(c);
}

/* ---- CSV ------------------------------------------------------------------ */

/* A number for Excel in Indonesia: decimal comma. */
static const char *koma(apr_pool_t *p, const char *v)
{
    char *s;
    if (!v) {
        return "";
    }
    s = apr_pstrdup(p, v);
    for (char *q = s; *q; q++) {
        if (*q == '.') {
            *q = ',';
        }
    }
    return s;
}

static void csv_row(request_rec *r, const char *const *fields, int n)
{
    int i;
    for (i = 0; i < n; i++) {
        ap_rputs(sl_csv_field(r->pool, fields[i] ? fields[i] : ""), r);
        ap_rputs(i + 1 < n ? ";" : "\r\n", r);
    }
}

static const char *const csv_header[] = {
    "id", "tahun", "opd", "nama", "bentuk", "jenis", "tahapan",
    "tanggal_uji_coba", "tanggal_penerapan", "inisiator", "urusan",
    "anggaran", "dasar_hukum", "nomor_dasar_hukum", "narahubung", "telepon",
    "email", "replikasi", "sumber", "cara_replikasi", "jumlah_indikator",
    "capaian_output", "capaian_kemanfaatan", "capaian_keberlanjutan",
    "capaian_total", "predikat", "periode_capaian", "nilai_evaluasi",
    "simpangan_baku", "penilai", "peringkat", "terbit"
};
#define CSV_COLS ((int)(sizeof(csv_header) / sizeof(csv_header[0])))

int inovasi_ekspor_staf_csv(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = inovasi_tahun_valid(sl_query(c, "tahun"));
    const char *t = tahun ? tahun : "0";
    apr_hash_t *set, *bands = apr_hash_make(p), *scores = apr_hash_make(p);
    sl_rows *rows;
    int i, d;

    if (sl_db_select(c->db, "ek_staf", &rows,
                     SL_ARGS(sl_scope_all(c, INOVASI_SEMUA_OPD), sl_scope_opd(c),
                             t, t)) != 0
        || !(set = inovasi_capaian_set(c, t, NULL, 0))) {
        return inovasi_gangguan(c);
    }
    /* Everything read before the first byte goes out. */
    for (i = 0; i < rows->nrows; i++) {
        const char *year = sl_rows_named(rows, i, "tahun");
        int scored;
        if (!inovasi_pita_untuk(c, bands, year)) {
            return inovasi_gangguan(c);
        }
        if (!apr_hash_get(scores, year, APR_HASH_KEY_STRING)) {
            apr_hash_t *ys = inovasi_nilai_tahun(c, year, &scored);
            if (!ys) {
                return inovasi_gangguan(c);
            }
            apr_hash_set(scores, year, APR_HASH_KEY_STRING, ys);
        }
    }
    ap_set_content_type(c->r, "text/csv; charset=utf-8");
    apr_table_setn(c->r->headers_out, "Content-Disposition", apr_pstrcat(p,
                   "attachment; filename=\"inovasi-", tahun ? tahun : "semua",
                   ".csv\"", NULL));
    ap_rputs("\xEF\xBB\xBF", c->r);
    csv_row(c->r, csv_header, CSV_COLS);
    for (i = 0; i < rows->nrows; i++) {
        const char *f[CSV_COLS];
        const char *id = sl_rows_named(rows, i, "id");
        const char *year = sl_rows_named(rows, i, "tahun");
        const inovasi_capaian *cap = apr_hash_get(set, id, APR_HASH_KEY_STRING);
        const inovasi_pita_tahun *pita = inovasi_pita_untuk(c, bands, year);
        apr_hash_t *year_scores = apr_hash_get(scores, year, APR_HASH_KEY_STRING);
        const inovasi_nilai *nilai;
        const char *rp = sl_rows_named(rows, i, "replikasi");
#define K(name) sl_rows_named(rows, i, name)
        nilai = apr_hash_get(year_scores, id, APR_HASH_KEY_STRING);
        memset(f, 0, sizeof(f));
        f[0] = id;
        f[1] = year;
        f[2] = K("opd_singkatan");
        f[3] = K("nama");
        f[4] = inovasi_label(inovasi_bentuk, K("bentuk"));
        f[5] = inovasi_label(inovasi_jenis, K("jenis"));
        f[6] = inovasi_label(inovasi_tahapan, K("tahapan"));
        f[7] = K("tanggal_uji_coba");
        f[8] = K("tanggal_penerapan");
        f[9] = inovasi_label(inovasi_inisiator, K("inisiator"));
        f[10] = K("urusan");
        f[11] = koma(p, inovasi_desimal(p, K("anggaran")));
        f[12] = inovasi_label(inovasi_dasar_hukum, K("dasar_hukum_jenis"));
        f[13] = K("dasar_hukum_nomor");
        f[14] = K("kontak_nama");
        f[15] = K("kontak_telepon");
        f[16] = K("kontak_email");
        f[17] = inovasi_label(inovasi_replikasi, rp);
        f[18] = rp && strcmp(rp, "dalam_daerah") == 0 ? K("sumber_inovasi_nama")
                : rp && strcmp(rp, "luar_daerah") == 0
                  ? apr_pstrcat(p, K("sumber_nama"), " (", K("sumber_daerah"), ")", NULL)
                  : "";
        f[19] = inovasi_label(inovasi_replikasi_cara, K("replikasi_cara"));
        f[20] = apr_itoa(p, cap ? cap->indikator->nelts : 0);
        for (d = 0; d < CAPAIAN_DIMENSI; d++) {
            f[21 + d] = cap && cap->hasil.dimensi[d].ada
                        ? koma(p, inovasi_dua(p, cap->hasil.dimensi[d].nilai)) : "";
        }
        f[24] = cap && cap->hasil.total.ada ? koma(p, inovasi_dua(p,
                                                  cap->hasil.total.nilai)) : "";
        f[25] = inovasi_predikat(pita, cap ? cap->hasil.total : (capaian_skor){0, 0});
        f[26] = cap ? cap->periode : NULL;
        if (nilai) {
            f[27] = koma(p, inovasi_dua(p, nilai->sebaran.rata));
            f[28] = koma(p, inovasi_dua(p, nilai->sebaran.simpangan));
            f[29] = apr_itoa(p, nilai->penilai);
            f[30] = apr_itoa(p, nilai->peringkat);
        }
        f[31] = strcmp(K("terbit"), "1") == 0 ? "ya" : "tidak";
#undef K
        csv_row(c->r, f, CSV_COLS);
    }
    return OK;
}
