/* The written notice (pemberitahuan tertulis) as the request's pages show
 * it, printable for staff and, with the tracking code, for the citizen,
 * who downloads the documents.  Issuing it is pemberitahuan_terbit.c. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "escape.h"
#include "filetype.h"
#include "sl_audit.h"
#include "sl_session.h"
#include "sl_store.h"
#include "sl_module.h"
#include "pemberitahuan_rules.h"
#include "pemberitahuan_isi.h"
#include "alur.h"
#include "surel.h"
#include "profil.h"
#include "admin_isian.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_pemberitahuan_stmts[] = {
    {"pt_lihat",
     "SELECT n.id, n.nomor, n.keputusan, n.penguasaan, n.informasi_diberikan, "
     "n.bagian_dihitamkan, n.alasan_penghitaman, n.diteruskan_ke, n.janji_waktu, "
     "n.alasan_prosedural, n.bentuk, n.cara_penyampaian, n.biaya, n.rincian_biaya, "
     "n.diterbitkan_pada, u.nama, n.kutip_pasal17, n.kutip_informasi, "
     "n.kutip_dasar_hukum, n.kutip_konsekuensi, n.kutip_jangka_waktu, "
     "n.cara_pembayaran, n.dibayar_pada, n.waktu_penyediaan, n.diserahkan_pada, "
     /* The letter's lines (sialip_pt_surat), and whether a part states
      * an outcome of its own and whether documents go with the notice:
      * without them their statements are not run. */
     "n.penandatangan_nama, n.penandatangan_nip, n.penandatangan_jabatan, n.tempat, "
     "p.nama, p.alamat, "
     "EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = n.permohonan_id "
     " AND d.status <> 'dialihkan' "
     " AND (d.keputusan_bagian IS NOT NULL OR d.keterangan_bagian IS NOT NULL)), "
     "EXISTS (SELECT 1 FROM pemberitahuan_berkas pb WHERE pb.pemberitahuan_id = n.id) "
     "FROM pemberitahuan n JOIN pengguna u ON u.id = n.diterbitkan_oleh "
     "JOIN permohonan p ON p.id = n.permohonan_id "
     "WHERE n.permohonan_id = %s"},
    {"pt_dokumen",
     "SELECT b.id, b.nama_asli, b.ukuran, b.mime, b.sha256 FROM pemberitahuan_berkas pb "
     "JOIN berkas b ON b.id = pb.berkas_id WHERE pb.pemberitahuan_id = %s ORDER BY b.id"},
    {"pt_dokumen_satu",
     "SELECT " ISIAN_BERKAS_KOLOM " FROM pemberitahuan n "
     "JOIN pemberitahuan_berkas pb ON pb.pemberitahuan_id = n.id "
     "JOIN berkas b ON b.id = pb.berkas_id WHERE n.permohonan_id = %s AND b.id = %s"},
    {NULL, NULL}
};

/* ---- the notice as XML (request pages, receipt, printable notice) ----- */

void sialip_pemberitahuan_xml(sl_ctx *c, xmlNodePtr parent,
                              const char *permohonan_id, int for_staff)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *n, *docs;
    xmlNodePtr node, list;
    sialip_pt_surat surat;
    int i;

    if (sl_db_select(c->db, "pt_lihat", &n, SL_ARGS(permohonan_id)) != 0
        || n->nrows != 1) {
        return;
    }
    node = sl_xml_node(parent, "pemberitahuan");
    sl_xml_attr(node, "nomor", sl_rows_get(n, 0, 1));
    sl_xml_attr(node, "keputusan", sl_rows_get(n, 0, 2));
    sl_xml_text(node, "keputusan_teks",
                sl_choice_label(sl_keputusan_choices, sl_rows_get(n, 0, 2)));
    sl_xml_attr(sl_xml_text(node, "penguasaan",
                            sl_choice_label(sl_penguasaan_choices, sl_rows_get(n, 0, 3))),
                "kode", sl_rows_get(n, 0, 3));
    sl_xml_text(node, "informasi_diberikan", sl_rows_get(n, 0, 4));
    sl_xml_text(node, "bagian_dihitamkan", sl_rows_get(n, 0, 5));
    sl_xml_text(node, "alasan_penghitaman", sl_rows_get(n, 0, 6));
    sl_xml_text(node, "diteruskan_ke", sl_rows_get(n, 0, 7));
    sl_xml_text(node, "janji_waktu", sl_rows_get(n, 0, 8));
    sl_xml_text(node, "alasan_prosedural", sl_rows_get(n, 0, 9));
    sl_xml_text(node, "bentuk", sl_choice_label(sl_bentuk_choices, sl_rows_get(n, 0, 10)));
    sl_xml_text(node, "cara_penyampaian",
                sl_choice_label(sl_cara_salinan_choices, sl_rows_get(n, 0, 11)));
    sl_xml_text(node, "biaya", sl_rupiah(p, atol(sl_rows_get_or(n, 0, 12, "0"))));
    sl_xml_text(node, "rincian_biaya", sl_rows_get(n, 0, 13));
    sl_xml_text(node, "diterbitkan", sl_wib_text(p, sl_rows_get(n, 0, 14)));
    sl_xml_text(node, "penerbit", sl_rows_get(n, 0, 15));
    if (sl_rows_get(n, 0, 16)) {
        xmlNodePtr k = sl_xml_node(node, "pengecualian");
        sl_xml_attr(k, "pasal17", sl_rows_get(n, 0, 16));
        sl_xml_text(k, "informasi", sl_rows_get(n, 0, 17));
        sl_xml_text(k, "dasar_hukum", sl_rows_get(n, 0, 18));
        sl_xml_text(k, "konsekuensi", sl_rows_get(n, 0, 19));
        sl_xml_text(k, "jangka_waktu", sl_rows_get(n, 0, 20));
    }
    sialip_pemberitahuan_lanjut_xml(c, node, sl_rows_get(n, 0, 2), sl_rows_get(n, 0, 12),
                                    sl_rows_get(n, 0, 21), sl_rows_get(n, 0, 22),
                                    sl_rows_get(n, 0, 23), sl_rows_get(n, 0, 24));
    if (strcmp(sl_rows_get_or(n, 0, 31, "0"), "0") != 0) {
        sialip_bagian_xml(c, node, permohonan_id);
    }
    surat.diterbitkan_pada = sl_rows_get(n, 0, 14);
    surat.penerbit = sl_rows_get(n, 0, 15);
    surat.penandatangan_nama = sl_rows_get(n, 0, 25);
    surat.penandatangan_nip = sl_rows_get(n, 0, 26);
    surat.penandatangan_jabatan = sl_rows_get(n, 0, 27);
    surat.tempat = sl_rows_get(n, 0, 28);
    surat.nama = sl_rows_get(n, 0, 29);
    surat.alamat = sl_rows_get(n, 0, 30);
    sialip_pt_surat_xml(c, node, &surat);
    list = sl_xml_node(node, "dokumen");
    if (strcmp(sl_rows_get_or(n, 0, 32, "0"), "0") == 0
        || sl_db_select(c->db, "pt_dokumen", &docs, SL_ARGS(sl_rows_get(n, 0, 0))) != 0) {
        return;
    }
    for (i = 0; i < docs->nrows; i++) {
        xmlNodePtr d = sl_xml_text(list, "berkas", sl_rows_get(docs, i, 1));
        sl_xml_attr(d, "id", sl_rows_get(docs, i, 0));
        sl_xml_attr(d, "ukuran", sl_rows_get(docs, i, 2));
    }
    (void)for_staff;     /* the notice is the citizen's too: same content */
}

/* ---- printable notice and documents ---------------------------------- */

/* The citizen's document links carry no code: its cookie goes with them
 * (kode_kuki.c). */
static int print_page(sl_ctx *c, const char *id, const char *nomor,
                      const char *nama)
{
    sl_page *page = sl_ctx_page(c, "pemberitahuan-cetak",
                                SIALIP_MSG_PEMBERITAHUAN_TERTULIS, "surat");
    sl_xml_attr(page->resource, "permohonan", nomor);
    sl_xml_text(page->resource, "nama", nama);
    if (c->session) {
        /* Only the officers' printout, the one sent to the applicant. */
        sialip_kebutuhan_xml(c, page->resource, id);
    }
    sialip_pemberitahuan_xml(c, page->resource, id, c->session != NULL);
    if (!page->resource->last
        || strcmp((const char *)page->resource->last->name, "pemberitahuan") != 0) {
        return sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_PEMBERITAHUAN_BELUM_ADA,
                             SIALIP_MSG_PEMBERITAHUAN_TERTULIS_PERMOHONAN_BELUM);
    }
    return sl_page_send(page, HTTP_OK);
}

int sialip_pemberitahuan_staff_print(sl_ctx *c)
{
    int failed;
    const sl_rows *r = alur_muat(c, apr_table_get(c->params, "nomor"), &failed);
    if (failed) {
        return alur_gangguan(c);
    }
    if (!r) {
        return alur_tidak_ditemukan(c);
    }
    return print_page(c, sl_rows_get(r, 0, ALUR_ID), sl_rows_get(r, 0, ALUR_NOMOR),
                      sl_rows_get(r, 0, ALUR_NAMA));
}

int sialip_pemberitahuan_staff_document(sl_ctx *c)
{
    int failed;
    sl_rows *doc;
    const sl_rows *r = alur_muat(c, apr_table_get(c->params, "nomor"), &failed);
    if (failed) {
        return alur_gangguan(c);
    }
    if (!r || sl_db_select(c->db, "pt_dokumen_satu", &doc,
                           SL_ARGS(sl_rows_get(r, 0, ALUR_ID),
                                   apr_table_get(c->params, "berkas"))) != 0
        || doc->nrows != 1) {
        return alur_tidak_ditemukan(c);
    }
    return isian_berkas_kirim(c, doc);
}

int sialip_pemberitahuan_public_print(sl_ctx *c)
{
    int response;
    const sialip_permohonan_baris *r = sialip_permohonan_dengan_kode(c, &response);
    if (!r) {
        return response;
    }
    return print_page(c, r->id, r->nomor, r->nama);
}

int sialip_pemberitahuan_public_document(sl_ctx *c)
{
    int response;
    sl_rows *doc;
    const sialip_permohonan_baris *r = sialip_permohonan_dengan_kode(c, &response);
    if (!r) {
        return response;
    }
    if (sl_db_select(c->db, "pt_dokumen_satu", &doc,
                     SL_ARGS(r->id,
                             apr_table_get(c->params, "berkas"))) != 0
        || doc->nrows != 1) {
        return sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_DOKUMEN_TIDAK_DITEMUKAN,
                             SIALIP_MSG_PEMBERITAHUAN_DOKUMEN_TIDAK_ADA);
    }
    return isian_berkas_kirim(c, doc);
}
