/* The per-OPD compliance scorecard (rapor kepatuhan) for the PPID Utama:
 * for a year, each OPD's
 *   - DIP: published entries, berkala ones, and berkala ones not renewed
 *     within six months (UU 14/2008 Pasal 9; as dip.c flags them): status
 *     kosong (nothing published), usang (a stale berkala entry) or mutakhir;
 *     the DIP is counted as it stands today, whatever the year;
 *   - parts (disposisi) routed to it in the year's requests: answered by
 *     the request's due date (the extended one when extended in time),
 *     late, closed by the PPID Utama because the OPD never answered, past
 *     due without an answer, or not due yet;
 *   - the written notices of those requests: on time or late (late
 *     includes open requests past their due date);
 *   - the median working days from day 0 to the OPD's answer of its part;
 *   - the satisfaction survey's index and grade for the OPD's service
 *     that year (survei.c), or "belum ada data survei".
 * Listed: the active OPDs and any other with parts that year.
 * Staff page /admin/kepatuhan[/{tahun}] (and .xml) for PPID Utama and
 * Atasan PPID; the public summary /kepatuhan?tahun= (and .xml) has the
 * same figures, which hold no personal data. */
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>
#include <httpd.h>
#include <http_log.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <apr_lib.h>
#include "calendar.h"
#include "sl_holidays.h"
#include "statistik_hitung.h"
#include "survei_hitung.h"
#include "alur.h"
#include "kepatuhan.h"
#include "sialip.h"
#include "sl_logno.h"
#include "sialip_messages.h"

#define KEP_AMBIL 1000

const sl_stmt_def sialip_kepatuhan_stmts[] = {
    {"kep_dip",
     "SELECT o.id, o.singkatan, o.nama, COALESCE(SUM(d.status = 'terbit'), 0), "
     "COALESCE(SUM(d.status = 'terbit' AND d.kategori = 'berkala'), 0), "
     "COALESCE(SUM(d.status = 'terbit' AND d.kategori = 'berkala' "
     " AND d.dimutakhirkan_pada < UTC_TIMESTAMP() - INTERVAL 6 MONTH), 0) "
     "FROM opd o LEFT JOIN dip d ON d.opd_id = o.id WHERE o.aktif = 1 "
     "OR o.id IN (SELECT b.opd_id FROM disposisi b JOIN permohonan p "
     " ON p.id = b.permohonan_id WHERE p.tahun = %s) "
     "GROUP BY o.id, o.singkatan, o.nama"},
    {"kep_bagian",
     "SELECT d.id, d.opd_id, o.singkatan, o.nama, d.status, d.dijawab_pada, "
     "d.ditutup_utama, p.diterima_pada, p.hari_nol, p.jatuh_tempo, "
     "p.jatuh_tempo_perpanjangan, p.diperpanjang_pada, n.keputusan, n.diterbitkan_pada "
     "FROM disposisi d JOIN permohonan p ON p.id = d.permohonan_id "
     "JOIN opd o ON o.id = d.opd_id LEFT JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "WHERE d.status <> 'dialihkan' AND p.tahun = %s AND d.id > %s ORDER BY d.id LIMIT %s"},
    {"kep_survei",
     "SELECT opd_id AS opd_id, COUNT(*) AS n, SUM(u1) AS u1, SUM(u2) AS u2, SUM(u3) AS u3, "
     "SUM(u4) AS u4, SUM(u5) AS u5, SUM(u6) AS u6, SUM(u7) AS u7, SUM(u8) AS u8, "
     "SUM(u9) AS u9 FROM survei WHERE tahun = %s AND opd_id IS NOT NULL GROUP BY opd_id"},
    {NULL, NULL}
};

enum {
    B_ID, B_OPD, B_SINGKATAN, B_NAMA, B_STATUS, B_DIJAWAB, B_DITUTUP, B_DITERIMA,
    B_HARI_NOL, B_TEMPO, B_TEMPO_PANJANG, B_DIPERPANJANG, B_KEPUTUSAN, B_TERBIT, B_N
};

typedef struct {
    const char *id, *singkatan, *nama;
    long dip_terbit, dip_berkala, dip_usang;
    int bagian, tepat, terlambat, ditutup, lewat, belum;
    int pb_tepat, pb_terlambat;
    apr_array_header_t *hari;       /* int: working days to each answer */
    sl_survei_rekap survei;
} rapor;

typedef struct {
    sl_ctx *c;
    const sl_calendar *cal;
    sl_day today;
    apr_hash_t *opd;                /* id -> rapor */
    int buruk;
} hitung;

static rapor *opd_of(hitung *h, const char *id, const char *singkatan, const char *nama)
{
    apr_pool_t *p = h->c->r->pool;
    rapor *o = apr_hash_get(h->opd, id, APR_HASH_KEY_STRING);
    if (!o) {
        o = apr_pcalloc(p, sizeof(*o));
        o->id = apr_pstrdup(p, id);
        o->singkatan = apr_pstrdup(p, singkatan ? singkatan : id);
        o->nama = apr_pstrdup(p, nama ? nama : "");
        o->hari = apr_array_make(p, 8, sizeof(int));
        apr_hash_set(h->opd, o->id, APR_HASH_KEY_STRING, o);
    }
    return o;
}

static int tambah_bagian(void *data, int ncols, const char *const *names,
                         const char *const *v, apr_pool_t *row_pool)
{
    hitung *h = data;
    st_permohonan req, part;
    rapor *o;

    if (ncols != B_N || !v[B_OPD]
        || st_permohonan_isi(&req, v[B_DITERIMA], v[B_HARI_NOL], v[B_TEMPO],
                             v[B_TEMPO_PANJANG], v[B_KEPUTUSAN], v[B_TERBIT], NULL) != 0
        || st_permohonan_isi(&part, v[B_DITERIMA], v[B_HARI_NOL], v[B_TEMPO],
                             v[B_TEMPO_PANJANG], NULL,
                             strcmp(v[B_STATUS], "dijawab") == 0 ? v[B_DIJAWAB] : NULL,
                             NULL) != 0) {
        h->buruk++;
        return 0;
    }
    st_permohonan_perpanjangan(&req, v[B_TEMPO], v[B_DIPERPANJANG]);
    st_permohonan_perpanjangan(&part, v[B_TEMPO], v[B_DIPERPANJANG]);
    o = opd_of(h, v[B_OPD], v[B_SINGKATAN], v[B_NAMA]);
    o->bagian++;
    if (v[B_DITUTUP] && strcmp(v[B_DITUTUP], "1") == 0) {
        o->ditutup++;               /* the OPD never answered */
    }
    else {
        switch (st_ketepatan_of(&part, h->today)) {
        case ST_TEPAT_WAKTU: o->tepat++; break;
        case ST_TERLAMBAT: o->terlambat++; break;
        case ST_LEWAT_TEMPO: o->lewat++; break;
        default: o->belum++; break;
        }
        if (part.dijawab) {
            APR_ARRAY_PUSH(o->hari, int) = st_hari_layanan(h->cal, &part);
        }
    }
    switch (st_ketepatan_of(&req, h->today)) {
    case ST_TEPAT_WAKTU: o->pb_tepat++; break;
    case ST_TERLAMBAT: case ST_LEWAT_TEMPO: o->pb_terlambat++; break;
    default: break;
    }
    return 0;
}

static int by_singkatan(const void *a, const void *b)
{
    const rapor *x = *(rapor *const *)a, *y = *(rapor *const *)b;
    int d = strcmp(x->singkatan, y->singkatan);
    return d ? d : strcmp(x->id, y->id);
}

/* Attributes of node from pairs of a name and a long, ending with NULL. */
static void atribut_angka(apr_pool_t *p, xmlNodePtr node, ...)
{
    va_list ap;
    const char *name;

    va_start(ap, node);
    while ((name = va_arg(ap, const char *))) {
        sl_xml_attr(node, name, apr_ltoa(p, va_arg(ap, long)));
    }
    va_end(ap);
}

/* The scorecard of tahun under res; 0, or -1 when the database failed. */
static int bangun(sl_ctx *c, const char *tahun, xmlNodePtr res)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *list = apr_array_make(p, 32, sizeof(rapor *));
    apr_hash_index_t *hi;
    long kosong = 0, usang = 0, telat = 0;
    sl_rows *rows;
    hitung h;
    int i, rv;

    memset(&h, 0, sizeof(h));
    h.c = c;
    h.opd = apr_hash_make(p);
    h.today = (sl_day)((apr_time_sec(apr_time_now()) + SL_WIB_OFFSET_SECONDS) / 86400);
    if (!(h.cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes))
        || sl_db_begin(c->db) != 0) {
        return -1;
    }
    rv = sl_db_select(c->db, "kep_dip", &rows, SL_ARGS(tahun));
    if (rv == 0) {
        for (i = 0; i < rows->nrows; i++) {
            rapor *o = opd_of(&h, sl_rows_get(rows, i, 0), sl_rows_get(rows, i, 1),
                              sl_rows_get(rows, i, 2));
            o->dip_terbit = atol(sl_rows_get_or(rows, i, 3, "0"));
            o->dip_berkala = atol(sl_rows_get_or(rows, i, 4, "0"));
            o->dip_usang = atol(sl_rows_get_or(rows, i, 5, "0"));
        }
        rv = sl_db_each_page(c->db, "kep_bagian", 0, KEP_AMBIL, "0", tambah_bagian, &h,
                             SL_ARGS(tahun));
    }
    if (rv == 0 && (rv = sl_db_select(c->db, "kep_survei", &rows, SL_ARGS(tahun))) == 0) {
        for (i = 0; i < rows->nrows; i++) {
            rapor *o = apr_hash_get(h.opd, sl_rows_named(rows, i, "opd_id"),
                                    APR_HASH_KEY_STRING);
            if (!o) {
                continue;       /* an OPD neither active nor routed to that year */
            }
            o->survei.responden = atol(sl_rows_named(rows, i, "n"));
            for (int k = 0; k < SL_SURVEI_UNSUR; k++) {
                o->survei.jumlah[k] = atol(sl_rows_named(rows, i, sl_survei_unsur[k].value));
            }
        }
    }
    sl_db_rollback(c->db);
    if (rv != 0) {
        return -1;
    }
    if (h.buruk) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, c->r, SL_LOGNO(00068) "scorecard %s: %d parts with "
                      "unreadable dates left out", tahun, h.buruk);
    }
    for (hi = apr_hash_first(p, h.opd); hi; hi = apr_hash_next(hi)) {
        void *val;
        apr_hash_this(hi, NULL, NULL, &val);
        APR_ARRAY_PUSH(list, rapor *) = val;
    }
    qsort(list->elts, (size_t)list->nelts, sizeof(rapor *), by_singkatan);

    sl_xml_attr(res, "tahun", tahun);
    for (i = 0; i < list->nelts; i++) {
        rapor *o = APR_ARRAY_IDX(list, i, rapor *);
        xmlNodePtr e = sl_xml_node(res, "opd"), x;
        long median = st_median_persepuluh((int *)o->hari->elts, o->hari->nelts);
        int late = o->terlambat + o->ditutup + o->lewat;
        const char *dip = o->dip_terbit == 0 ? "kosong" : o->dip_usang ? "usang" : "mutakhir";

        sl_xml_attr(e, "id", o->id);
        sl_xml_attr(e, "singkatan", o->singkatan);
        sl_xml_attr(e, "nama", o->nama);
        sl_xml_attr(e, "perhatian", strcmp(dip, "mutakhir") || late ? "1" : "0");
        x = sl_xml_node(e, "dip");
        sl_xml_attr(x, "status", dip);
        atribut_angka(p, x, "terbit", o->dip_terbit, "berkala", o->dip_berkala,
                      "usang", o->dip_usang, NULL);
        atribut_angka(p, sl_xml_node(e, "bagian"), "jumlah", (long)o->bagian,
                      "tepat_waktu", (long)o->tepat, "terlambat", (long)o->terlambat,
                      "ditutup_utama", (long)o->ditutup, "lewat_tempo", (long)o->lewat,
                      "belum_jatuh_tempo", (long)o->belum, NULL);
        atribut_angka(p, sl_xml_node(e, "pemberitahuan"), "tepat_waktu",
                      (long)o->pb_tepat, "terlambat", (long)o->pb_terlambat, NULL);
        if (median >= 0) {
            sl_xml_text(e, "median_hari_kerja", st_persepuluh_teks(p, median));
        }
        if (o->survei.responden > 0) {
            long ikm = sl_survei_ikm(&o->survei);
            const char *mutu, *grade = sl_survei_grade(ikm, &mutu);
            const char *ikm_text = apr_psprintf(p, "%ld.%02ld", ikm / 100, ikm % 100);
            x = sl_xml_text(e, "survei", apr_psprintf(p, SIALIP_MSG_STATISTIK_IKM_RINGKAS,
                                                      ikm_text, grade, mutu,
                                                      o->survei.responden));
            sl_xml_attr(x, "status", "ada");
            sl_xml_attr(x, "ikm", ikm_text);
            sl_xml_attr(x, "mutu_kode", grade);
            sl_xml_attr(x, "responden", apr_ltoa(p, o->survei.responden));
        }
        else {
            x = sl_xml_text(e, "survei", SIALIP_MSG_STATISTIK_BELUM_ADA_SURVEI);
            sl_xml_attr(x, "status", "belum_ada");
        }
        kosong += o->dip_terbit == 0;
        usang += o->dip_usang > 0;
        telat += late;
    }
    {
        xmlNodePtr s = sl_xml_node(res, "ringkasan");
        sl_xml_attr(s, "opd", apr_itoa(p, list->nelts));
        sl_xml_attr(s, "dip_kosong", apr_ltoa(p, kosong));
        sl_xml_attr(s, "dip_usang", apr_ltoa(p, usang));
        sl_xml_attr(s, "bagian_terlambat", apr_ltoa(p, telat));
    }
    return 0;
}

static int year_ok(const char *v)
{
    return v && strlen(v) == 4 && strspn(v, "0123456789") == 4 && atoi(v) >= 2000
           && atoi(v) <= 2100;
}

static const char *tahun_kini(apr_pool_t *p)
{
    apr_time_exp_t t;
    apr_time_exp_tz(&t, apr_time_now(), SL_WIB_OFFSET_SECONDS);
    return apr_itoa(p, t.tm_year + 1900);
}

static int kirim(sl_ctx *c, const char *tahun, int staf)
{
    sl_page *page = sl_ctx_page(c, "kepatuhan",
                                apr_psprintf(c->r->pool, SIALIP_MSG_KEPATUHAN_JUDUL,
                                             tahun), "kepatuhan");
    if (staf) {
        sl_xml_attr(page->resource, "staf", "1");
    }
    if (bangun(c, tahun, page->resource) != 0) {
        return alur_gangguan(c);
    }
    return sl_page_send(page, HTTP_OK);
}

int sialip_kepatuhan_staf(sl_ctx *c)
{
    const char *tahun = apr_table_get(c->params, "tahun");
    if (!tahun) {
        tahun = tahun_kini(c->r->pool);
    }
    else if (!year_ok(tahun)) {
        return alur_tidak_ditemukan(c);
    }
    return kirim(c, tahun, 1);
}

/* ?tahun= when it is a year, else the current one. */
int sialip_kepatuhan_publik(sl_ctx *c)
{
    const char *tahun = sl_query(c, "tahun");
    return kirim(c, year_ok(tahun) ? tahun : tahun_kini(c->r->pool), 0);
}
