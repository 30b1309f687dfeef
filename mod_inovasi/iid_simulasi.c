/* The simulated Indeks Inovasi Daerah of a year from the database: the
 * catalogue, the divisor rule, the innovations reported and the evidence
 * levels verified or claimed, computed by iid_hitung.c; shown on the
 * dashboard for Bappeda and leadership (inovasi_iid_xml), and the recap in
 * the catalogue's numbering as CSV and XML (schema/iid-rekap.xsd). */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_core.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "escape.h"
#include "sl_module.h"
#include "sl_xmlwriter.h"
#include "iid_hitung.h"
#include "inovasi.h"
#include "sl_logno.h"

#define REKAP_NS "urn:serangkab:sialip:iid-rekap:1"

const sl_stmt_def inovasi_iid_simulasi_stmts[] = {
    {"is_tahun", "SELECT pembagi_min FROM iid_tahun WHERE tahun = %s"},
    {"is_katalog",
     "SELECT nomor, aspek, skor_p1, skor_p2, skor_p3, wajib, nama FROM iid_indikator "
     "WHERE tahun = %s ORDER BY nomor"},
    {"is_inovasi",
     "SELECT r.inovasi_id, r.ditolak, i.nama, o.singkatan FROM iid_inovasi r "
     "JOIN inovasi i ON i.id = r.inovasi_id JOIN opd o ON o.id = i.opd_id "
     "WHERE r.tahun = %s ORDER BY r.inovasi_id"},
    /* Per subject (0: SPD), its evidence as "nomor s level" triples, s: v
     * verified, k claimed (submitted), x returned: one row per subject, kept
     * by iid_bukti's triggers (125_iid_ringkas.sql), not folded from the
     * year's 16,000 evidence rows on each computation (make bench). */
    {"is_level",
     "SELECT subjek, isian FROM iid_ringkas WHERE tahun = %s ORDER BY subjek"},
    {"is_rekap_bukti",
     "SELECT subjek, nomor, level, tautan, berkas_id FROM iid_bukti "
     "WHERE tahun = %s AND status = 'diverifikasi' ORDER BY subjek, nomor, level"},
    {NULL, NULL}
};

typedef struct {
    sl_rows *kat, *inov, *lvl;
    iid_masukan m;
    iid_hasil h;
    int ada;                       /* the year has a catalogue and a rule */
} simulasi;

/* Loads and computes; 0, or -1 on a database error. */
static int hitung(sl_ctx *c, const char *tahun, simulasi *s)
{
    apr_pool_t *p = c->r->pool;
    iid_indikator *ind;
    iid_isian *isi;
    iid_inovasi *inv;
    sl_rows *rule;
    apr_hash_t *pos = apr_hash_make(p);
    int i, k = 0;

    memset(s, 0, sizeof(*s));
    if (sl_db_select(c->db, "is_tahun", &rule, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "is_katalog", &s->kat, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "is_inovasi", &s->inov, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "is_level", &s->lvl, SL_ARGS(tahun)) != 0) {
        return -1;
    }
    if (rule->nrows == 0 || s->kat->nrows == 0) {
        return 0;
    }
    ind = apr_pcalloc(p, sizeof(*ind) * (size_t)s->kat->nrows);
    for (i = 0; i < s->kat->nrows; i++) {
        ind[i].nomor = atoi(sl_rows_get_or(s->kat, i, 0, "0"));
        ind[i].aspek = strcmp(sl_rows_get_or(s->kat, i, 1, ""), "spd") == 0 ? IID_SPD : IID_SID;
        ind[i].skor[0] = atof(sl_rows_get_or(s->kat, i, 2, "0"));
        ind[i].skor[1] = atof(sl_rows_get_or(s->kat, i, 3, "0"));
        ind[i].skor[2] = atof(sl_rows_get_or(s->kat, i, 4, "0"));
        ind[i].wajib = atoi(sl_rows_get_or(s->kat, i, 5, "0"));
    }
    /* Each subject's indicators become one run of isi, with the highest
     * verified and the highest claimed level of each. */
    for (i = 0; i < s->lvl->nrows; i++) {
        const char *t = sl_rows_get_or(s->lvl, i, 1, "");
        for (; *t; t++) {
            k += *t == ' ';
        }
        k++;
    }
    isi = apr_pcalloc(p, sizeof(*isi) * (size_t)(k / 3 + 1));
    k = 0;
    inv = apr_pcalloc(p, sizeof(*inv) * (size_t)(s->inov->nrows + 1));
    for (i = 0; i < s->inov->nrows; i++) {
        inv[i].id = atoi(sl_rows_get_or(s->inov, i, 0, "0"));
        inv[i].ditolak = atoi(sl_rows_get_or(s->inov, i, 1, "0"));
        apr_hash_set(pos, sl_rows_get_or(s->inov, i, 0, ""), APR_HASH_KEY_STRING, &inv[i]);
    }
    for (i = 0; i < s->lvl->nrows; i++) {
        const char *subj = sl_rows_get_or(s->lvl, i, 0, "0");
        const char *t = sl_rows_get_or(s->lvl, i, 1, "");
        iid_inovasi *v = apr_hash_get(pos, subj, APR_HASH_KEY_STRING);
        iid_isian *run = &isi[k];
        size_t n = 0, j;
        char *end;
        while (*t) {
            long nomor = strtol(t, &end, 10), level;
            char st;
            if (end == t || end[0] != ' ' || !end[1]) {
                break;
            }
            st = end[1];
            level = strtol(end + 2, &end, 10);
            t = end;
            for (j = 0; j < n && run[j].nomor != (int)nomor; j++) {
            }
            if (j == n) {
                run[n++].nomor = (int)nomor;
            }
            if (st == 'v' && level > run[j].terverifikasi) {
                run[j].terverifikasi = (int)level;
            }
            else if (st == 'k' && level > run[j].diklaim) {
                run[j].diklaim = (int)level;
            }
        }
        k += (int)n;
        if (strcmp(subj, "0") == 0) {
            s->m.spd = run;
            s->m.n_spd = n;
        }
        else if (v) {
            v->isian = run;
            v->n = n;
        }
    }
    s->m.ind = ind;
    s->m.n_ind = (size_t)s->kat->nrows;
    s->m.inov = inv;
    s->m.n_inov = (size_t)s->inov->nrows;
    s->m.pembagi_min = atoi(sl_rows_get_or(rule, 0, 0, "0"));
    if (iid_hitung(&s->m, &s->h) != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, c->r, SL_LOGNO(00053) "IID %s: the catalogue or the "
                      "evidence levels are unusable", tahun);
        return 0;
    }
    s->ada = 1;
    return 0;
}

static const char *dua(apr_pool_t *p, double v)
{
    return inovasi_dua(p, capaian_bulat(v));
}

static const char *nama_indikator(const simulasi *s, int nomor)
{
    int i;
    for (i = 0; i < s->kat->nrows; i++) {
        if (atoi(sl_rows_get_or(s->kat, i, 0, "0")) == nomor) {
            return sl_rows_get(s->kat, i, 6);
        }
    }
    return NULL;
}

int inovasi_iid_xml(sl_ctx *c, xmlNodePtr parent, const char *tahun)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr n = sl_xml_node(parent, "iid");
    inovasi_pita_tahun pita;
    capaian_skor skor;
    simulasi s;
    size_t k;
    int i, ditolak = 0;

    if (hitung(c, tahun, &s) != 0 || inovasi_pita_iid(c, tahun, &pita) != 0) {
        return -1;
    }
    if (!s.ada) {
        sl_xml_attr(n, "ada", "0");
        return 0;
    }
    for (i = 0; i < s.inov->nrows; i++) {
        ditolak += strcmp(sl_rows_get_or(s.inov, i, 1, "0"), "1") == 0;
    }
    skor.ada = 1;
    skor.nilai = s.h.indeks;
    sl_xml_attr(n, "ada", "1");
    sl_xml_attr(n, "indeks", dua(p, s.h.indeks));
    /* The only place an IID word is used: for an IID score. */
    sl_xml_attr(n, "predikat", inovasi_predikat(&pita, skor));
    sl_xml_attr(n, "spd", dua(p, s.h.spd));
    sl_xml_attr(n, "spd_maks", dua(p, s.h.spd_maks));
    sl_xml_attr(n, "sid_rata", dua(p, s.h.sid_jumlah / s.h.pembagi));
    sl_xml_attr(n, "sid_maks", dua(p, s.h.sid_maks));
    sl_xml_attr(n, "pembagi", apr_itoa(p, s.h.pembagi));
    sl_xml_attr(n, "pembagi_min", apr_itoa(p, s.m.pembagi_min));
    sl_xml_attr(n, "inovasi", apr_itoa(p, s.inov->nrows));
    sl_xml_attr(n, "ditolak", apr_itoa(p, ditolak));
    sl_xml_attr(n, "potensi_klaim", dua(p, s.h.potensi_klaim));
    sl_xml_attr(n, "rugi_ditolak", dua(p, s.h.rugi_ditolak));
    sl_xml_attr(n, "wajib_kurang", apr_itoa(p, s.h.wajib_kurang));
    sl_xml_attr(n, "potensi_maks", dua(p, s.h.indeks + s.h.potensi_klaim));
    for (k = 0; k < s.h.n_aksi; k++) {
        const iid_aksi *a = &s.h.aksi[k];
        xmlNodePtr an = sl_xml_text(n, "aksi", nama_indikator(&s, a->nomor));
        sl_xml_attr(an, "nomor", apr_itoa(p, a->nomor));
        sl_xml_attr(an, "dari", apr_itoa(p, a->dari));
        sl_xml_attr(an, "tambah", dua(p, a->tambah));
        if (a->inovasi) {
            const char *id = apr_itoa(p, a->inovasi);
            sl_xml_attr(an, "inovasi", id);
            for (i = 0; i < s.inov->nrows; i++) {
                if (strcmp(sl_rows_get_or(s.inov, i, 0, ""), id) == 0) {
                    sl_xml_attr(an, "inovasi_nama", sl_rows_get(s.inov, i, 2));
                }
            }
        }
    }
    return 0;
}

/* ---- the recap in the catalogue's numbering ------------------------------ */

/* Row of the highest verified level per subject and indicator, so the recap
 * looks each up once instead of scanning every evidence row for each of the
 * (1 + innovations) x indicators lines (quadratic in the innovations). */
static apr_hash_t *index_bukti(apr_pool_t *p, const sl_rows *bukti)
{
    apr_hash_t *h = apr_hash_make(p);
    int j;
    for (j = 0; j < bukti->nrows; j++) {
        int *row = apr_palloc(p, sizeof(*row));
        *row = j;
        /* Ordered by level: the last one set is the highest. */
        apr_hash_set(h, apr_pstrcat(p, sl_rows_get_or(bukti, j, 0, ""), " ",
                                    sl_rows_get_or(bukti, j, 1, ""), NULL),
                     APR_HASH_KEY_STRING, row);
    }
    return h;
}

static int tertinggi(apr_hash_t *h, const char *subjek, const char *nomor)
{
    char key[32];
    const int *row;
    apr_snprintf(key, sizeof(key), "%s %s", subjek, nomor);
    row = apr_hash_get(h, key, APR_HASH_KEY_STRING);
    return row ? *row : -1;
}

/* One line per subject and indicator: the level verified, the evidence link
 * (a link, or the download path of a stored file), the score. */
static int rekap(sl_ctx *c, int csv)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = inovasi_tahun_valid(apr_table_get(c->params, "tahun"));
    const char *base;
    sl_rows *bukti;
    simulasi s;
    sl_xmlwriter *x = NULL;
    xmlTextWriterPtr w = NULL;
    apr_hash_t *highest;
    int i, j, sub;

    if (!tahun) {
        return inovasi_tidak_ada(c);
    }
    if (hitung(c, tahun, &s) != 0
        || sl_db_select(c->db, "is_rekap_bukti", &bukti, SL_ARGS(tahun)) != 0) {
        return inovasi_gangguan(c);
    }
    highest = index_bukti(p, bukti);
    base = apr_pstrcat(p, ap_construct_url(p, c->mount, c->r), NULL);
    if (csv) {
        ap_set_content_type(c->r, "text/csv; charset=utf-8");
        apr_table_setn(c->r->headers_out, "Content-Disposition", apr_pstrcat(p,
                       "attachment; filename=\"rekap-iid-", tahun, ".csv\"", NULL));
        ap_rputs("\xEF\xBB\xBF" "aspek;inovasi_id;inovasi;nomor;indikator;level;skor;bukti\r\n",
                 c->r);
    }
    else {
        /* Written as it goes (20,000 lines at 1,000 innovations): a tree
         * of them cost the child most of a view in malloc and page faults. */
        ap_set_content_type(c->r, "application/xml; charset=utf-8");
        if (c->r->header_only) {
            return OK;
        }
        if (!(x = sl_xmlwriter_new(c->r))) {
            return HTTP_INTERNAL_SERVER_ERROR;
        }
        w = x->w;
        xmlTextWriterStartElementNS(w, NULL, BAD_CAST "rekap-iid", BAD_CAST REKAP_NS);
        xmlTextWriterWriteAttribute(w, BAD_CAST "tahun", BAD_CAST tahun);
        if (s.ada) {
            xmlTextWriterWriteAttribute(w, BAD_CAST "indeks", BAD_CAST dua(p, s.h.indeks));
        }
    }
    /* Subject 0 is the regency (SPD); then each reported innovation. */
    for (sub = -1; s.kat->nrows && sub < s.inov->nrows; sub++) {
        const char *sid = sub < 0 ? "0" : sl_rows_get_or(s.inov, sub, 0, "0");
        if (!csv) {
            xmlTextWriterStartElement(w, BAD_CAST (sub < 0 ? "pemda" : "inovasi"));
            if (sub >= 0) {
                xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST sid);
                xmlTextWriterWriteAttribute(w, BAD_CAST "nama",
                                            BAD_CAST sl_rows_get_or(s.inov, sub, 2, ""));
                xmlTextWriterWriteAttribute(w, BAD_CAST "ditolak",
                                            BAD_CAST (strcmp(sl_rows_get_or(s.inov, sub, 1, "0"),
                                                             "1") == 0 ? "true" : "false"));
            }
        }
        for (i = 0; i < s.kat->nrows; i++) {
            const char *nomor = sl_rows_get_or(s.kat, i, 0, "0");
            int spd = strcmp(sl_rows_get_or(s.kat, i, 1, ""), "spd") == 0;
            const char *link = "", *level = "0", *skor = "0.00";
            if (spd != (sub < 0)) {
                continue;
            }
            j = tertinggi(highest, sid, nomor);
            if (j >= 0) {
                level = sl_rows_get_or(bukti, j, 2, "0");
                link = sl_rows_get(bukti, j, 3) ? sl_rows_get(bukti, j, 3)
                       : sub < 0 ? apr_pstrcat(p, base, "/admin/iid/", tahun, "/spd/", nomor,
                                               "/", level, "/berkas", NULL)
                       : apr_pstrcat(p, base, "/admin/inovasi/", sid, "/iid/", tahun, "/",
                                     nomor, "/", level, "/berkas", NULL);
            }
            if (atoi(level) >= 1 && atoi(level) <= 3
                && !(sub >= 0 && strcmp(sl_rows_get_or(s.inov, sub, 1, "0"), "1") == 0)) {
                skor = inovasi_dua(p, atof(sl_rows_get_or(s.kat, i, 1 + atoi(level), "0")));
            }
            if (csv) {
                ap_rputs(apr_pstrcat(p, spd ? "SPD" : "SID", ";", sub < 0 ? "" : sid, ";",
                         sl_csv_field(p, sub < 0 ? "" : sl_rows_get_or(s.inov, sub, 2, "")),
                         ";", nomor, ";", sl_csv_field(p, sl_rows_get_or(s.kat, i, 6, "")),
                         ";", level, ";", skor, ";", sl_csv_field(p, link), "\r\n", NULL),
                         c->r);
            }
            else {
                xmlTextWriterStartElement(w, BAD_CAST "indikator");
                xmlTextWriterWriteAttribute(w, BAD_CAST "nomor", BAD_CAST nomor);
                xmlTextWriterWriteAttribute(w, BAD_CAST "level", BAD_CAST level);
                xmlTextWriterWriteAttribute(w, BAD_CAST "skor", BAD_CAST skor);
                xmlTextWriterWriteElement(w, BAD_CAST "nama",
                                          BAD_CAST sl_rows_get_or(s.kat, i, 6, ""));
                if (*link) {
                    xmlTextWriterWriteElement(w, BAD_CAST "bukti", BAD_CAST link);
                }
                xmlTextWriterEndElement(w);
            }
        }
        if (!csv) {
            xmlTextWriterEndElement(w);
        }
    }
    if (!csv) {
        sl_xmlwriter_finish(x);
    }
    return OK;
}

int inovasi_iid_rekap_csv(sl_ctx *c)
{
    return rekap(c, 1);
}

int inovasi_iid_rekap_xml(sl_ctx *c)
{
    return rekap(c, 0);
}
