/* The e-Monev evidence pack (Perki 1/2022): for a year, the six
 * indicators of the Komisi Informasi's self-assessment, each with the
 * evidence SIALIP can show as a stable public URL to paste into the
 * questionnaire, and what is missing (/admin/emonev/{tahun}, and .xml;
 * /admin/emonev is the current year), and the documents that go into the
 * archive (/admin/emonev/{tahun}.zip, emonev_arsip.c).
 * Staff only: PPID Utama and Atasan PPID. */
#include <stdarg.h>
#include <string.h>
#include <httpd.h>
#include <apr_strings.h>
#include "alur.h"
#include "emonev.h"
#include "katalog.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_emonev_stmts[] = {
    /* Published entries per category; berkala ones not renewed within six
     * months (UU 14/2008 Pasal 9) are stale. */
    {"em_dip",
     "SELECT kategori, COUNT(*), SUM(GREATEST(dimutakhirkan_pada, "
     "COALESCE(diterbitkan_pada, dimutakhirkan_pada)) < UTC_TIMESTAMP() - INTERVAL 6 MONTH) "
     "FROM dip WHERE status = 'terbit' GROUP BY kategori"},
    {"em_kecuali", "SELECT COUNT(*) FROM informasi_dikecualikan"},
    {"em_permohonan", "SELECT COUNT(*) FROM permohonan WHERE tahun = %s"},
    {NULL, NULL}
};

typedef struct {
    sl_ctx *c;
    const char *asal;       /* scheme://host[:port] */
    xmlNodePtr indikator;
    const char *folder;     /* the indicator's folder in the archive */
} pack;

static void indikator(pack *k, xmlNodePtr res, const char *no, const char *nama,
                      const char *folder)
{
    k->folder = apr_pstrcat(k->c->r->pool, no, "-", folder, NULL);
    k->indikator = sl_xml_node(res, "indikator");
    sl_xml_attr(k->indikator, "no", no);
    sl_xml_attr(k->indikator, "nama", nama);
}

/* One piece of evidence: status ada (shown), kurang (shown, incomplete)
 * or tidak_ada (SIALIP cannot show it yet); path is under the server.  The
 * element is returned so the documents of the archive can be named. */
static xmlNodePtr bukti(pack *k, const char *judul, const char *path, const char *status,
                        const char *keterangan)
{
    xmlNodePtr b = sl_xml_text(k->indikator, "bukti", keterangan);
    sl_xml_attr(b, "judul", judul);
    sl_xml_attr(b, "status", status);
    if (path) {
        sl_xml_attr(b, "url", apr_pstrcat(k->c->r->pool, k->asal, path, NULL));
    }
    return b;
}

/* The documents of a piece of evidence that go into the archive
 * (emonev_arsip.c): pairs of a file name in the indicator's folder and a
 * public path under the mount, ending with NULL. */
static void berkas(pack *k, xmlNodePtr b, ...)
{
    apr_pool_t *p = k->c->r->pool;
    const char *nama, *path;
    va_list ap;

    va_start(ap, b);
    while ((nama = va_arg(ap, const char *)) != NULL) {
        xmlNodePtr f = sl_xml_node(b, "berkas");
        path = va_arg(ap, const char *);
        sl_xml_attr(f, "nama", apr_pstrcat(p, k->folder, "/", nama, NULL));
        sl_xml_attr(f, "url", apr_pstrcat(p, k->asal, k->c->mount, path, NULL));
    }
    va_end(ap);
}

int sialip_emonev(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = apr_table_get(c->params, "tahun");
    const char *m = c->mount;
    sl_rows *dip, *kec, *req;
    long jumlah[3] = {0, 0, 0}, basi = 0;
    static const char *const kategori[3] = {"berkala", "serta_merta", "setiap_saat"};
    pack k = {c, sialip_katalog_asal(c->r), NULL, NULL};
    sl_page *page;
    xmlNodePtr res, b;
    const char *q;
    int i, j;

    if (!tahun || strlen(tahun) != 4 || strspn(tahun, "0123456789") != 4
        || atoi(tahun) < 2000 || atoi(tahun) > 2100) {
        return alur_tidak_ditemukan(c);
    }
    if (sl_db_select(c->db, "em_dip", &dip, SL_NOARGS) != 0
        || sl_db_select(c->db, "em_kecuali", &kec, SL_NOARGS) != 0
        || sl_db_select(c->db, "em_permohonan", &req, SL_ARGS(tahun)) != 0) {
        return alur_gangguan(c);
    }
    for (i = 0; i < dip->nrows; i++) {
        for (j = 0; j < 3; j++) {
            if (strcmp(sl_rows_get(dip, i, 0), kategori[j]) == 0) {
                jumlah[j] = atol(sl_rows_get(dip, i, 1));
            }
        }
        if (strcmp(sl_rows_get(dip, i, 0), "berkala") == 0) {
            basi = atol(sl_rows_get_or(dip, i, 2, "0"));
        }
    }

    page = sl_ctx_page(c, "emonev", apr_psprintf(p, SIALIP_MSG_BUKTI_E_MONEV_KI, tahun),
                       "emonev");
    res = page->resource;
    sl_xml_attr(res, "tahun", tahun);

    sl_xml_attr(res, "arsip", apr_pstrcat(p, m, "/admin/emonev/", tahun, ".zip", NULL));

    indikator(&k, res, "1", SIALIP_MSG_KUALITAS_INFORMASI, "kualitas-informasi");
    b = bukti(&k, SIALIP_MSG_DAFTAR_INFORMASI_PUBLIK, apr_pstrcat(p, m, "/dip", NULL),
              basi ? "kurang" : (jumlah[0] ? "ada" : "kurang"),
              basi ? apr_psprintf(p, SIALIP_MSG_INFORMASI_BERKALA_BELUM_DIMUTAKHIRKAN, basi)
                   : jumlah[0] ? SIALIP_MSG_INFORMASI_BERKALA_MUTAKHIR_BULAN
                               : SIALIP_MSG_BELUM_ADA_INFORMASI_BERKALA);
    berkas(&k, b, "dip.html", "/dip", "dip-lengkap.xml", "/dip/semua.xml",
           "dip-lengkap.csv", "/dip/semua.csv", NULL);
    b = bukti(&k, SIALIP_MSG_KATALOG_DATA_TERBUKA_METADATA,
              apr_pstrcat(p, m, "/katalog.jsonld", NULL), "ada",
              SIALIP_MSG_SETIAP_DATA_PENERBIT_PEMBARUAN);
    berkas(&k, b, "katalog.jsonld", "/katalog.jsonld", "katalog.rdf", "/katalog.rdf", NULL);

    indikator(&k, res, "2", SIALIP_MSG_SARANA_PRASARANA, "sarana-prasarana");
    b = bukti(&k, SIALIP_MSG_DIP_LAMAN, apr_pstrcat(p, m, "/dip", NULL), "ada", "");
    berkas(&k, b, "dip.html", "/dip", NULL);
    b = bukti(&k, SIALIP_MSG_DAFTAR_INFORMASI_DIKECUALIKAN_LAMAN,
              apr_pstrcat(p, m, "/dikecualikan", NULL),
              strcmp(sl_rows_get(kec, 0, 0), "0") ? "ada" : "kurang",
              strcmp(sl_rows_get(kec, 0, 0), "0") ? SIALIP_MSG_UJI_KONSEKUENSI_TIAP_INFORMASI
                                                   : SIALIP_MSG_BELUM_ADA_HASIL_UJI);
    berkas(&k, b, "dikecualikan.html", "/dikecualikan", "dikecualikan.xml",
           "/dikecualikan.xml", "dikecualikan.csv", "/dikecualikan.csv", NULL);
    bukti(&k, SIALIP_MSG_PERNYATAAN_AKSESIBILITAS_BAGI_PENYANDANG, NULL, "tidak_ada",
          SIALIP_MSG_BELUM_TERSEDIA_SIALIP);

    indikator(&k, res, "3", SIALIP_MSG_JENIS_INFORMASI, "jenis-informasi");
    for (j = 0; j < 3; j++) {
        const char *path = apr_pstrcat(p, "/dip?kategori=", kategori[j], NULL);
        b = bukti(&k, j == 0 ? SIALIP_MSG_INFORMASI_BERKALA
                      : j == 1 ? SIALIP_MSG_INFORMASI_SERTA_MERTA
                      : SIALIP_MSG_INFORMASI_SETIAP_SAAT,
                  apr_pstrcat(p, m, path, NULL), jumlah[j] ? "ada" : "kurang",
                  apr_psprintf(p, SIALIP_MSG_ENTRI_TERBIT, jumlah[j]));
        berkas(&k, b, apr_pstrcat(p, "dip-", kategori[j], ".html", NULL), path, NULL);
    }

    indikator(&k, res, "4", SIALIP_MSG_PELAYANAN_INFORMASI, "pelayanan-informasi");
    b = bukti(&k, SIALIP_MSG_STANDAR_LAYANAN_MAKLUMAT_PELAYANAN, apr_pstrcat(p, m, "/", NULL),
              "ada", SIALIP_MSG_MAKLUMAT_TATA_CARA_JANGKA);
    berkas(&k, b, "standar-layanan.html", "/", NULL);
    q = apr_pstrcat(p, "?tahun=", tahun, NULL);
    b = bukti(&k, SIALIP_MSG_STATISTIK_LAYANAN, apr_pstrcat(p, m, "/statistik", q, NULL),
              "ada", "");
    berkas(&k, b, "statistik.html", apr_pstrcat(p, "/statistik", q, NULL), "statistik.xml",
           apr_pstrcat(p, "/statistik.xml", q, NULL), "statistik.csv",
           apr_pstrcat(p, "/statistik.csv", q, NULL), NULL);
    b = bukti(&k, apr_psprintf(p, SIALIP_MSG_LAPORAN_LAYANAN_INFORMASI, tahun),
              apr_pstrcat(p, m, "/laporan/", tahun, ".xml", NULL),
              strcmp(sl_rows_get(req, 0, 0), "0") ? "ada" : "kurang",
              apr_psprintf(p, SIALIP_MSG_PERMOHONAN_TAHUN, sl_rows_get(req, 0, 0), tahun));
    berkas(&k, b, "laporan.html", apr_pstrcat(p, "/laporan/", tahun, NULL), "laporan.xml",
           apr_pstrcat(p, "/laporan/", tahun, ".xml", NULL), "laporan.csv",
           apr_pstrcat(p, "/laporan/", tahun, ".csv", NULL), NULL);
    b = bukti(&k, SIALIP_MSG_RAPOR_KEPATUHAN_OPD, apr_pstrcat(p, m, "/kepatuhan", q, NULL), "ada",
              SIALIP_MSG_DIP_KETEPATAN_WAKTU_LAMA);
    berkas(&k, b, "kepatuhan-opd.html", apr_pstrcat(p, "/kepatuhan", q, NULL),
           "kepatuhan-opd.xml", apr_pstrcat(p, "/kepatuhan.xml", q, NULL), NULL);
    bukti(&k, SIALIP_MSG_HASIL_SURVEI_KEPUASAN_MASYARAKAT, NULL, "tidak_ada",
          SIALIP_MSG_SURVEI_BELUM_TERSEDIA_SIALIP);

    indikator(&k, res, "5", "Komitmen", "komitmen");
    b = bukti(&k, SIALIP_MSG_SK_PPID_ANGGARAN_RENCANA,
              apr_pstrcat(p, m, "/dip?kategori=setiap_saat", NULL),
              jumlah[2] ? "kurang" : "tidak_ada",
              SIALIP_MSG_TERBITKAN_SEBAGAI_INFORMASI_SETIAP);
    berkas(&k, b, "dip-setiap_saat.html", "/dip?kategori=setiap_saat", NULL);

    indikator(&k, res, "6", SIALIP_MSG_DIGITALISASI_INOVASI, "digitalisasi-inovasi");
    b = bukti(&k, SIALIP_MSG_PERMOHONAN_INFORMASI_DARING,
              apr_pstrcat(p, m, "/permohonan/baru", NULL),
              "ada", "");
    berkas(&k, b, "permohonan-baru.html", "/permohonan/baru", NULL);
    b = bukti(&k, SIALIP_MSG_PELACAKAN_PERMOHONAN, apr_pstrcat(p, m, "/lacak", NULL), "ada", "");
    berkas(&k, b, "lacak.html", "/lacak", NULL);
    b = bukti(&k, SIALIP_MSG_UMPAN_ATOM_DIP, apr_pstrcat(p, m, "/dip.atom", NULL), "ada", "");
    berkas(&k, b, "dip.atom", "/dip.atom", NULL);
    b = bukti(&k, SIALIP_MSG_DATA_TERBUKA_DCAT_CSV, apr_pstrcat(p, m, "/katalog.rdf", NULL),
              "ada", "");
    berkas(&k, b, "katalog.rdf", "/katalog.rdf", NULL);
    if (c->settings->inovasi_mount) {
        /* Served by mod_inovasi: linked, not in the archive. */
        bukti(&k, SIALIP_MSG_ETALASE_INOVASI_DAERAH,
              apr_pstrcat(p, c->settings->inovasi_mount, "/", NULL), "ada", "");
    }
    return sl_page_send(page, HTTP_OK);
}

/* The staff menu's link: the current year (WIB). */
int sialip_emonev_kini(sl_ctx *c)
{
    apr_time_exp_t t;
    apr_time_exp_tz(&t, apr_time_now(), SL_WIB_OFFSET_SECONDS);
    apr_table_set(c->params, "tahun", apr_itoa(c->r->pool, t.tm_year + 1900));
    return sialip_emonev(c);
}
