/* The open-data catalogue: a DCAT catalogue (the vocabulary CKAN's
 * harvester reads, so the regency's Satu Data portal can list SIALIP's
 * data) at /katalog.jsonld and /katalog.rdf, and the XSDs its XML
 * distributions conform to at /skema/{nama}.xsd.
 *
 * Datasets: the DIP and each published DIP entry with a document or a
 * link, the exempt list, the public statistics, the annual and semester
 * reports of every year with requests, and mod_inovasi's export when that
 * module is loaded.  Nothing here reads an applicant's data: the request
 * register is for staff only, so it is not in the catalogue.
 *
 * Every URL is built from SialipBaseURL (surel.c), or else from the server's
 * ServerName, never from the request's Host header: a harvester keeps the
 * links it reads. */
#include <string.h>
#include <httpd.h>
#include <http_config.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_file_io.h>
#include <apr_lib.h>
#include <apr_strings.h>
#include "calendar.h"
#include "escape.h"
#include "sl_module.h"
#include "katalog.h"
#include "sialip.h"
#include "sl_logno.h"
#include "sialip_messages.h"

extern module AP_MODULE_DECLARE_DATA sialip_module;

#define KATALOG_PENERBIT SIALIP_MSG_ATOM_PENULIS
#define KATALOG_WALIDATA \
    SIALIP_MSG_KATALOG_PENERBIT
#define KATALOG_WILAYAH "3604"
/* Open data under the Creative Commons Attribution licence, the one
 * Satu Data Indonesia recommends. */
#define KATALOG_LISENSI "https://creativecommons.org/licenses/by/4.0/"
#define FREQ "http://purl.org/cld/freq/"

const sl_stmt_def sialip_katalog_stmts[] = {
    {"kat_dip",
     "SELECT d.id, d.nomor, d.kategori, d.ringkasan, o.nama, d.opd_id, d.tahun, "
     "d.tautan, d.berkas_id, b.mime, "
     "GREATEST(d.dimutakhirkan_pada, COALESCE(d.diterbitkan_pada, d.dimutakhirkan_pada)), "
     "o.singkatan "
     "FROM dip d JOIN opd o ON o.id = d.opd_id LEFT JOIN berkas b ON b.id = d.berkas_id "
     "WHERE d.status = 'terbit' AND (d.berkas_id IS NOT NULL OR d.tautan IS NOT NULL) "
     "ORDER BY d.opd_id, d.nomor"},
    {"kat_mutakhir",
     "SELECT (SELECT MAX(GREATEST(dimutakhirkan_pada, "
     "COALESCE(diterbitkan_pada, dimutakhirkan_pada))) FROM dip WHERE status = 'terbit'), "
     "(SELECT MAX(waktu) FROM audit WHERE objek IN ('permohonan', 'keberatan', 'sengketa')), "
     "(SELECT MAX(GREATEST(COALESCE(dimutakhirkan_pada, CAST(ditetapkan_pada AS DATETIME)), "
     "CAST(ditetapkan_pada AS DATETIME))) FROM informasi_dikecualikan), "
     "(SELECT MAX(GREATEST(COALESCE(diubah_pada, '1970-01-01 00:00:00'), "
     "COALESCE(terbit_pada, '1970-01-01 00:00:00'))) FROM inovasi)"},
    {"kat_tahun",
     "SELECT DISTINCT tahun FROM permohonan ORDER BY tahun DESC"},
    {NULL, NULL}
};

enum {
    K_ID, K_NOMOR, K_KATEGORI, K_RINGKASAN, K_OPD, K_OPD_ID, K_TAHUN, K_TAUTAN,
    K_BERKAS, K_MIME, K_MUTAKHIR, K_SINGKATAN
};

/* ---- directives ------------------------------------------------------- */

const char *sialip_katalog_directive(cmd_parms *cmd, void *dummy, const char *arg)
{
    sialip_config *cfg = ap_get_module_config(cmd->server->module_config,
                                              &sialip_module);
    const char *which = cmd->info;
    const char *q;

    if (!*arg) {
        return apr_pstrcat(cmd->pool, cmd->cmd->name, ": expected a value", NULL);
    }
    if (strcmp(which, "wilayah") == 0) {
        for (q = arg; *q; q++) {
            if (!apr_isdigit(*q)) {
                return "SialipKodeWilayah: expected the BPS region code in "
                       "digits, e.g. 3604";
            }
        }
        cfg->katalog.wilayah = arg;
    }
    else if (strcmp(which, "penerbit") == 0) {
        cfg->katalog.penerbit = arg;
    }
    else {
        cfg->katalog.walidata = arg;
    }
    return NULL;
}

/* scheme://host[:port] of the server, from SialipBaseURL or ServerName. */
const char *sialip_katalog_asal(request_rec *r)
{
    const sialip_config *cfg = sialip_config_of(r);
    const char *scheme = ap_http_scheme(r);
    server_rec *s = r->server;

    if (cfg->base_url) {
        return cfg->base_url;
    }
    if (!s->port || s->port == apr_uri_port_of_scheme(scheme)) {
        return apr_pstrcat(r->pool, scheme, "://", s->server_hostname, NULL);
    }
    return apr_psprintf(r->pool, "%s://%s:%u", scheme, s->server_hostname,
                        (unsigned)s->port);
}

/* ---- building the catalogue ------------------------------------------ */

/* A stored UTC time as xsd:dateTime; now when NULL or malformed. */
static const char *waktu(apr_pool_t *p, const char *utc)
{
    int64_t secs;
    apr_time_exp_t t;
    if (!utc || sl_utc_parse(utc, &secs) != 0) {
        secs = apr_time_sec(apr_time_now());
    }
    apr_time_exp_gmt(&t, apr_time_from_sec(secs));
    return apr_psprintf(p, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.tm_year + 1900,
                        t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec);
}

static const char *format_of(const char *mime)
{
    static const char *const map[][2] = {
        {"application/pdf", "PDF"}, {"image/jpeg", "JPEG"}, {"image/png", "PNG"},
        {"application/xml", "XML"}, {"text/csv", "CSV"},
        {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"},
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"},
    };
    apr_size_t i;
    for (i = 0; mime && i < sizeof(map) / sizeof(map[0]); i++) {
        if (strcmp(mime, map[i][0]) == 0) {
            return map[i][1];
        }
    }
    return NULL;
}

static katalog_dataset *tambah(katalog *k, const char *path, const char *judul,
                               const char *uraian, const char *mutakhir,
                               const char *frekuensi)
{
    katalog_dataset *d = apr_array_push(k->dataset);
    memset(d, 0, sizeof(*d));
    d->id = apr_pstrcat(k->dataset->pool, path, NULL);
    d->judul = judul;
    d->uraian = uraian;
    d->penerbit = k->penerbit;
    d->mutakhir = mutakhir;
    d->frekuensi = frekuensi;
    return d;
}

static void xml_dist(katalog_dataset *d, const char *judul, const char *url,
                     const char *skema)
{
    katalog_distribusi *x = &d->dist[d->ndist++];
    x->judul = judul;
    x->url = url;
    x->media = "application/xml";
    x->format = "XML";
    x->skema = skema;
    x->unduh = 1;
}

/* The CSV built from the same XML (SL_ROUTE_CSV in routes.c). */
static void csv_dist(katalog_dataset *d, const char *judul, const char *url)
{
    katalog_distribusi *x = &d->dist[d->ndist++];
    x->judul = judul;
    x->url = url;
    x->media = "text/csv";
    x->format = "CSV";
    x->unduh = 1;
}

static void kata(katalog_dataset *d, const char *a, const char *b, const char *c2,
                 const char *e)
{
    d->kata[0] = SIALIP_MSG_KATA_KETERBUKAAN_INFORMASI_PUBLIK;
    d->kata[1] = "PPID";
    d->kata[2] = a;
    d->kata[3] = b;
    d->kata[4] = c2;
    d->kata[5] = e;
}

/* The datasets every catalogue lists: the page (below the mount), the
 * title and description, which data's last change dates it, how often it
 * changes, two keywords, the name of its distributions and their paths
 * (the XML, its schema below the mount, the CSV). */
enum { M_DIP, M_KECUALI, M_LAYANAN };
typedef struct {
    const char *halaman, *judul, *uraian;
    int mutakhir;
    const char *frekuensi, *kata_a, *kata_b, *nama, *xml, *skema, *csv;
} katalog_tetap;

static const katalog_tetap tetap[] = {
    {"/dip", "Daftar Informasi Publik Kabupaten Serang",
     SIALIP_MSG_KATALOG_URAIAN_DIP,
     M_DIP, FREQ "irregular", SIALIP_MSG_KATA_DAFTAR_INFORMASI_PUBLIK, "DIP",
     SIALIP_MSG_DAFTAR_INFORMASI_PUBLIK,
     /* The whole list (dip_lengkap.c), not /dip.xml's first page of 20. */
     "/dip/semua.xml", "/skema/dip.xsd", "/dip/semua.csv"},
    {"/dikecualikan", "Daftar Informasi yang Dikecualikan Kabupaten Serang",
     SIALIP_MSG_KATALOG_URAIAN_DIKECUALIKAN,
     M_KECUALI, FREQ "irregular", SIALIP_MSG_KATA_INFORMASI_DIKECUALIKAN,
     SIALIP_MSG_KATA_UJI_KONSEKUENSI,
     SIALIP_MSG_DAFTAR_INFORMASI_DIKECUALIKAN, "/dikecualikan.xml",
     "/skema/dikecualikan.xsd", "/dikecualikan.csv"},
    {"/statistik", "Statistik layanan informasi publik Kabupaten Serang",
     SIALIP_MSG_KATALOG_URAIAN_STATISTIK,
     M_LAYANAN, FREQ "continuous", "statistik", SIALIP_MSG_KATA_PERMOHONAN_INFORMASI, "Statistik",
     "/statistik.xml", "/skema/statistik.xsd", "/statistik.csv"},
    {"/survei", "Survei kepuasan masyarakat atas layanan informasi publik",
     SIALIP_MSG_KATALOG_URAIAN_SURVEI,
     M_LAYANAN, FREQ "continuous", SIALIP_MSG_KATA_SURVEI_KEPUASAN_MASYARAKAT,
     SIALIP_MSG_KATA_INDEKS_KEPUASAN_MASYARAKAT, SIALIP_MSG_KATALOG_NAMA_SURVEI, "/survei.xml",
     "/skema/survei.xsd", "/survei.csv"},
    {"/arsip", "Arsip jawaban permohonan informasi Kabupaten Serang",
     SIALIP_MSG_KATALOG_URAIAN_ARSIP,
     M_LAYANAN, FREQ "continuous", SIALIP_MSG_KATA_ARSIP_JAWABAN,
     SIALIP_MSG_KATA_PERMOHONAN_INFORMASI,
     SIALIP_MSG_KATALOG_NAMA_ARSIP, "/arsip.xml", "/skema/arsip.xsd", "/arsip.csv"},
    {NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL}
};

/* mod_inovasi's export, below its own mount (its schema below this one). */
static const katalog_tetap inovasi = {
    "/", "Inovasi daerah Kabupaten Serang",
    SIALIP_MSG_KATALOG_URAIAN_INOVASI,
    M_LAYANAN, FREQ "irregular", SIALIP_MSG_KATA_INOVASI_DAERAH,
    SIALIP_MSG_KATA_INDEKS_INOVASI_DAERAH,
    SIALIP_MSG_KATALOG_NAMA_INOVASI, "/ekspor.xml", "/skema/inovasi.xsd", "/ekspor.csv"
};

/* One of those datasets, its pages below base, with its XML and CSV. */
static void kumpulan(katalog *k, const katalog_tetap *t, const char *base,
                     const char *mutakhir)
{
    apr_pool_t *p = k->dataset->pool;
    katalog_dataset *d = tambah(k, apr_pstrcat(p, base, t->halaman, NULL), t->judul,
                                t->uraian, mutakhir, t->frekuensi);
    d->halaman = d->id;
    kata(d, t->kata_a, t->kata_b, NULL, NULL);
    xml_dist(d, apr_pstrcat(p, t->nama, " (XML)", NULL),
             apr_pstrcat(p, base, t->xml, NULL),
             apr_pstrcat(p, k->dasar, t->skema, NULL));
    csv_dist(d, apr_pstrcat(p, t->nama, " (CSV)", NULL),
             apr_pstrcat(p, base, t->csv, NULL));
}

static const char *kategori_label(const char *k)
{
    return strcmp(k, "berkala") == 0 ? SIALIP_MSG_KATA_INFORMASI_BERKALA
         : strcmp(k, "serta_merta") == 0 ? SIALIP_MSG_KATA_INFORMASI_SERTA_MERTA
         : SIALIP_MSG_KATA_INFORMASI_SETIAP_SAAT;
}

static void entri_dip(sl_ctx *c, katalog *k, const sl_rows *rows, int i)
{
    apr_pool_t *p = c->r->pool;
    const char *const *v = (const char *const *)rows->rows[i];
    const char *ringkasan = v[K_RINGKASAN] ? v[K_RINGKASAN] : "";
    const char *judul = sl_utf8_prefix(p, ringkasan, 120);
    /* Berkala information is renewed at least every six months (UU 14/2008
     * Pasal 9); the rest whenever it changes. */
    int berkala = strcmp(v[K_KATEGORI], "berkala") == 0;
    katalog_dataset *d;

    if (strlen(judul) < strlen(ringkasan)) {
        judul = apr_pstrcat(p, judul, "…", NULL);
    }
    d = tambah(k, apr_pstrcat(p, k->dasar, "/dip/", v[K_ID], NULL),
               apr_pstrcat(p, v[K_NOMOR], ": ", judul, NULL),
               apr_pstrcat(p, ringkasan, " (", kategori_label(v[K_KATEGORI]), ", ",
                           v[K_OPD], ", tahun ", v[K_TAHUN], ")", NULL),
               waktu(p, v[K_MUTAKHIR]), berkala ? FREQ "semiannual" : FREQ "irregular");
    d->penerbit.id = apr_pstrcat(p, k->dasar, "/dip?opd=", v[K_OPD_ID], NULL);
    d->penerbit.nama = v[K_OPD];
    d->halaman = apr_pstrcat(p, k->dasar, "/dip?opd=", v[K_OPD_ID], "&tahun=",
                             v[K_TAHUN], NULL);
    d->tahun = v[K_TAHUN];
    kata(d, SIALIP_MSG_KATA_DAFTAR_INFORMASI_PUBLIK, kategori_label(v[K_KATEGORI]), v[K_SINGKATAN],
         NULL);
    if (v[K_BERKAS]) {
        katalog_distribusi *x = &d->dist[d->ndist++];
        x->judul = apr_pstrcat(p, "Dokumen ", v[K_NOMOR], NULL);
        x->url = apr_pstrcat(p, k->dasar, "/dip/", v[K_ID], "/berkas", NULL);
        x->media = v[K_MIME];
        x->format = format_of(v[K_MIME]);
        x->unduh = 1;
    }
    if (v[K_TAUTAN]) {
        katalog_distribusi *x = &d->dist[d->ndist++];
        x->judul = apr_pstrcat(p, "Tautan ", v[K_NOMOR], NULL);
        x->url = v[K_TAUTAN];
    }
}

static void laporan(sl_ctx *c, katalog *k, const char *tahun, const char *mutakhir)
{
    apr_pool_t *p = c->r->pool;
    apr_time_exp_t now;
    katalog_dataset *d;
    int s, semesters = 2;

    d = tambah(k, apr_pstrcat(p, k->dasar, "/laporan/", tahun, NULL),
               apr_psprintf(p, SIALIP_MSG_KATALOG_JUDUL_LAPORAN_TAHUNAN, tahun),
               apr_psprintf(p, SIALIP_MSG_KATALOG_URAIAN_LAPORAN_TAHUNAN, tahun),
               mutakhir, FREQ "annual");
    d->tahun = tahun;
    kata(d, SIALIP_MSG_KATA_LAPORAN_LAYANAN_INFORMASI, SIALIP_MSG_KATA_LAPORAN_TAHUNAN, tahun,
         NULL);
    xml_dist(d, apr_psprintf(p, SIALIP_MSG_KATALOG_LAPORAN_XML, tahun),
             apr_pstrcat(p, k->dasar, "/laporan/", tahun, ".xml", NULL),
             apr_pstrcat(p, k->dasar, "/skema/laporan.xsd", NULL));
    csv_dist(d, apr_psprintf(p, SIALIP_MSG_KATALOG_LAPORAN_CSV, tahun),
             apr_pstrcat(p, k->dasar, "/laporan/", tahun, ".csv", NULL));

    apr_time_exp_gmt(&now, apr_time_now());
    if (atoi(tahun) == now.tm_year + 1900 && now.tm_mon < 6) {
        semesters = 1;
    }
    for (s = 1; s <= semesters; s++) {
        const char *path = apr_psprintf(p, "%s/laporan/%s/semester/%d", k->dasar, tahun, s);
        d = tambah(k, path,
                   apr_psprintf(p, SIALIP_MSG_KATALOG_JUDUL_LAPORAN_SEMESTER, s, tahun),
                   apr_psprintf(p, SIALIP_MSG_KATALOG_URAIAN_LAPORAN_SEMESTER, s, tahun),
                   mutakhir, FREQ "semiannual");
        d->tahun = tahun;
        d->halaman = path;
        kata(d, SIALIP_MSG_KATA_LAPORAN_LAYANAN_INFORMASI, SIALIP_MSG_KATA_LAPORAN_SEMESTER,
             tahun, NULL);
        xml_dist(d, apr_psprintf(p, SIALIP_MSG_KATALOG_SEMESTER_XML, s, tahun),
                 apr_pstrcat(p, path, ".xml", NULL),
                 apr_pstrcat(p, k->dasar, "/skema/laporan.xsd", NULL));
        csv_dist(d, apr_psprintf(p, SIALIP_MSG_KATALOG_SEMESTER_CSV, s, tahun),
                 apr_pstrcat(p, path, ".csv", NULL));
    }
}

static katalog *susun(sl_ctx *c, int *status)
{
    apr_pool_t *p = c->r->pool;
    const sialip_config *cfg = sialip_config_of(c->r);
    const char *asal = sialip_katalog_asal(c->r);
    katalog *k = apr_pcalloc(p, sizeof(*k));
    sl_rows *dip, *mut, *tahun;
    const char *m_dip, *m_layanan, *m_kecuali, *m_inovasi;
    int i;

    if (sl_db_select(c->db, "kat_dip", &dip, SL_NOARGS) != 0
        || sl_db_select(c->db, "kat_mutakhir", &mut, SL_NOARGS) != 0
        || sl_db_select(c->db, "kat_tahun", &tahun, SL_NOARGS) != 0) {
        *status = HTTP_SERVICE_UNAVAILABLE;
        return NULL;
    }
    m_dip = waktu(p, sl_rows_get(mut, 0, 0));
    m_layanan = waktu(p, sl_rows_get(mut, 0, 1));
    m_kecuali = waktu(p, sl_rows_get(mut, 0, 2));
    m_inovasi = waktu(p, sl_rows_get(mut, 0, 3));

    k->dasar = apr_pstrcat(p, asal, c->mount, NULL);
    k->judul = SIALIP_MSG_KATALOG_JUDUL;
    k->uraian = SIALIP_MSG_KATALOG_URAIAN;
    k->lisensi = KATALOG_LISENSI;
    k->wilayah = cfg->katalog.wilayah ? cfg->katalog.wilayah : KATALOG_WILAYAH;
    k->penerbit.id = apr_pstrcat(p, k->dasar, "/", NULL);
    k->penerbit.nama = cfg->katalog.penerbit ? cfg->katalog.penerbit : KATALOG_PENERBIT;
    k->walidata.id = apr_pstrcat(p, k->dasar, "/katalog.rdf#walidata", NULL);
    k->walidata.nama = cfg->katalog.walidata ? cfg->katalog.walidata : KATALOG_WALIDATA;
    k->mutakhir = m_layanan;
    k->dataset = apr_array_make(p, 16 + dip->nrows, sizeof(katalog_dataset));

    for (i = 0; tetap[i].halaman; i++) {
        const katalog_tetap *t = &tetap[i];
        kumpulan(k, t, k->dasar, t->mutakhir == M_DIP ? m_dip
                                 : t->mutakhir == M_KECUALI ? m_kecuali : m_layanan);
    }
    for (i = 0; i < tahun->nrows; i++) {
        laporan(c, k, sl_rows_get(tahun, i, 0), m_layanan);
    }
    if (c->settings->inovasi_mount) {
        const char *ino = apr_pstrcat(p, asal, c->settings->inovasi_mount, NULL);
        kumpulan(k, &inovasi, ino, m_inovasi);
    }
    for (i = 0; i < dip->nrows; i++) {
        entri_dip(c, k, dip, i);
    }
    return k;
}

static int kirim(sl_ctx *c, int rdf)
{
    int status = OK;
    katalog *k = susun(c, &status);

    if (!k) {
        return sl_error_page(c, status, SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                             SL_MSG_COBA_LAGI_BEBERAPA_SAAT);
    }
    k->id = apr_pstrcat(c->r->pool, k->dasar, rdf ? "/katalog.rdf" : "/katalog.jsonld",
                        NULL);
    return rdf ? sialip_katalog_rdf(c->r, k) : sialip_katalog_jsonld(c->r, k);
}

int sialip_katalog_kirim_jsonld(sl_ctx *c)
{
    return kirim(c, 0);
}

int sialip_katalog_kirim_rdf(sl_ctx *c)
{
    return kirim(c, 1);
}

/* ---- the schemas ------------------------------------------------------ */

/* The XSDs the catalogue names in dct:conformsTo, installed beside the
 * views (Makefile: views/skema). */
int sialip_katalog_skema(sl_ctx *c)
{
    static const char *const known[] = {"dip", "dikecualikan", "laporan", "statistik",
                                        "inovasi", "survei", "arsip"};
    const char *nama = apr_table_get(c->params, "nama");
    const char *dir = sialip_config_of(c->r)->view_dir;
    char *isi;
    apr_file_t *f;
    apr_finfo_t fi;
    apr_size_t n;
    apr_size_t i;

    for (i = 0; nama && i < sizeof(known) / sizeof(known[0]); i++) {
        if (strcmp(nama, known[i]) == 0) {
            break;
        }
    }
    if (!nama || i == sizeof(known) / sizeof(known[0])) {
        return sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_SKEMA_TIDAK_DITEMUKAN,
                             SIALIP_MSG_SKEMA_TIDAK_ADA);
    }
    if (apr_file_open(&f, apr_pstrcat(c->r->pool, dir, "/../skema/", nama, ".xsd", NULL),
                      APR_FOPEN_READ, 0, c->r->pool) != APR_SUCCESS
        || apr_file_info_get(&fi, APR_FINFO_SIZE, f) != APR_SUCCESS
        || (isi = apr_palloc(c->r->pool, (apr_size_t)fi.size + 1)) == NULL
        || apr_file_read_full(f, isi, (apr_size_t)fi.size, &n) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, c->r, SL_LOGNO(00066) "katalog: schema %s.xsd missing "
                      "in %s/../skema (installed with the views; status %d)", nama,
                      dir, HTTP_NOT_FOUND);
        return sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_SKEMA_TIDAK_DITEMUKAN,
                             SIALIP_MSG_SKEMA_TIDAK_ADA);
    }
    ap_set_content_type(c->r, "application/xml; charset=utf-8");
    apr_table_setn(c->r->headers_out, "Cache-Control", "public, max-age=86400");
    if (!c->r->header_only) {
        ap_rwrite(isi, (int)n, c->r);
    }
    return OK;
}
