/* Issuing the written notice (pemberitahuan tertulis, pemberitahuan.c):
 * by PPID Utama or by the PPID Pelaksana of an OPD the request was routed
 * to, once every part is answered; with the outcome's required details,
 * the cost from the tariff, a cited exemption in force for the right OPD
 * and the released documents, in one transaction with the request's new
 * state, the audit row and the e-mail to the applicant. */
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
#include "unggah.h"
#include "surel.h"
#include "profil.h"
#include "admin_isian.h"
#include "sialip.h"
#include "sialip_messages.h"

#define PT_MAKS_DOKUMEN 10

/* An exemption of the right OPD: regency-wide, or of an OPD the request is
 * routed to; a request the PPID Utama answers without routing may cite any
 * (it answers for the regency).  Two arguments: the request id, twice. */
#define PT_OPD_TEPAT(k) \
    "(" k ".seluruh_kabupaten = 1 OR " k ".opd_id IN (SELECT d.opd_id FROM disposisi d " \
    "WHERE d.permohonan_id = %s AND d.status <> 'dialihkan') OR NOT EXISTS " \
    "(SELECT 1 FROM disposisi d WHERE d.permohonan_id = %s " \
    "AND d.status <> 'dialihkan')) "

const sl_stmt_def sialip_pemberitahuan_terbit_stmts[] = {
    {"pt_bagian_menunggu",
     "SELECT COUNT(*) FROM disposisi WHERE permohonan_id = %s AND status = 'menunggu'"},
    {"pt_tarif", "SELECT id, nama, satuan, harga FROM tarif WHERE aktif = 1 ORDER BY nama"},
    {"pt_dikecualikan_daftar",
     "SELECT k.id, k.informasi, k.pasal17_huruf, o.singkatan FROM informasi_dikecualikan k "
     "JOIN opd o ON o.id = k.opd_id WHERE (k.berlaku_sampai IS NULL "
     "OR k.berlaku_sampai >= %s) AND " PT_OPD_TEPAT("k") "ORDER BY o.singkatan, k.id"},
    /* In force through its end date, a WIB date (the session's clock is
     * UTC: CURRENT_DATE() would accept it until 07:00 WIB the next day). */
    {"pt_dikecualikan_berlaku",
     "SELECT id, pasal17_huruf, informasi, dasar_hukum, konsekuensi, jangka_waktu "
     "FROM informasi_dikecualikan k WHERE id = %s AND "
     "(berlaku_sampai IS NULL OR berlaku_sampai >= %s) AND " PT_OPD_TEPAT("k")},
    {"pt_simpan",
     "INSERT INTO pemberitahuan (permohonan_id, nomor, keputusan, penguasaan, "
     "informasi_diberikan, bagian_dihitamkan, alasan_penghitaman, dikecualikan_id, "
     "diteruskan_ke, janji_waktu, alasan_prosedural, bentuk, cara_penyampaian, "
     "biaya, rincian_biaya, diterbitkan_oleh, cara_pembayaran, waktu_penyediaan, "
     "kutip_pasal17, kutip_informasi, kutip_dasar_hukum, kutip_konsekuensi, "
     "kutip_jangka_waktu, diterbitkan_pada) VALUES (%s, %s, %s, "
     "%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
     "%s, UTC_TIMESTAMP())"},
    {"pt_id_terakhir", "SELECT LAST_INSERT_ID()"},
    {"pt_berkas_simpan",
     "INSERT INTO berkas (sha256, ukuran, mime, nama_asli, dibuat_pada) "
     "VALUES (%s, %s, %s, %s, UTC_TIMESTAMP())"},
    {"pt_berkas_kait",
     "INSERT INTO pemberitahuan_berkas (pemberitahuan_id, berkas_id) VALUES (%s, %s)"},
    /* "belum dikuasai" leaves the request open (menunggu_informasi), an
     * outcome that gives information waits for its delivery
     * (menunggu_penyerahan): both end at the delivery
     * (pemberitahuan_serah.c). */
    {"pt_selesai",
     "UPDATE permohonan SET status = %s, selesai_pada = IF(%s = 'selesai', "
     "UTC_TIMESTAMP(), NULL) WHERE id = %s AND status IN ('diterima', 'didisposisi')"},
    {NULL, NULL}
};

static const char *const text_fields[] = {
    "keputusan", "informasi_diberikan", "bagian_dihitamkan", "alasan_penghitaman",
    "dikecualikan_id", "diteruskan_ke", "janji_waktu", "alasan_prosedural",
    "bentuk", "cara_penyampaian", "waktu_penyediaan", "cara_pembayaran",
    "penandatangan_nama", "penandatangan_nip", "penandatangan_jabatan", "tempat", NULL
};

static const char *nullable(sl_ctx *c, const char *name)
{
    const char *v = sl_field(c, name);
    return *v ? v : NULL;
}

/* Today in WIB, for the exemptions' end dates. */
static const char *today_wib(sl_ctx *c)
{
    return sl_day_iso(c->r->pool, sl_hari_wib(apr_time_sec(apr_time_now())));
}

/* ---- issuing ---------------------------------------------------------- */

static void add_tariff(sl_ctx *c, xmlNodePtr parent)
{
    sl_rows *rows;
    xmlNodePtr list = sl_xml_node(parent, "tarif");
    int i;
    if (sl_db_select(c->db, "pt_tarif", &rows, SL_NOARGS) != 0) {
        return;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *id = sl_rows_get(rows, i, 0);
        xmlNodePtr t = sl_xml_text(list, "butir", sl_rows_get(rows, i, 1));
        sl_xml_attr(t, "id", id);
        sl_xml_attr(t, "satuan", sl_rows_get(rows, i, 2));
        sl_xml_attr(t, "harga", sl_rupiah(c->r->pool, atol(sl_rows_get_or(rows, i, 3, "0"))));
        sl_xml_attr(t, "jumlah", c->form ? sl_field(c, apr_pstrcat(c->r->pool, "tarif_",
                                                                  id, NULL))
                                         : NULL);
    }
}

static void add_exemptions(sl_ctx *c, xmlNodePtr parent, const char *req_id)
{
    sl_rows *rows;
    xmlNodePtr list = sl_xml_node(parent, "dikecualikan");
    int i;
    if (sl_db_select(c->db, "pt_dikecualikan_daftar", &rows,
                     SL_ARGS(today_wib(c), req_id, req_id)) != 0) {
        return;
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr k = sl_xml_text(list, "uji", sl_rows_get(rows, i, 1));
        sl_xml_attr(k, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(k, "pasal17", sl_rows_get(rows, i, 2));
        sl_xml_attr(k, "opd", sl_rows_get(rows, i, 3));
    }
}

static int show_form(sl_ctx *c, const sl_rows *r, int status,
                     apr_array_header_t *errors)
{
    sl_page *page = sl_ctx_page(c, "pemberitahuan-form",
                                apr_psprintf(c->r->pool, SIALIP_MSG_PEMBERITAHUAN_TERTULIS_NOMOR,
                                             sl_rows_get(r, 0, ALUR_NOMOR)),
                                "formulir");
    xmlNodePtr values = sl_xml_node(page->resource, "isian");
    const char *const *name;
    /* A first view starts from what is known (pemberitahuan_isi.c). */
    apr_table_t *awal = c->form ? NULL
                        : sialip_pt_isian_awal(c, sl_rows_get(r, 0, ALUR_ID),
                                               sl_rows_get(r, 0, ALUR_CARA_MEMPEROLEH),
                                               sl_rows_get(r, 0, ALUR_CARA_SALINAN));
    int i;

    sl_xml_attr(page->resource, "nomor", sl_rows_get(r, 0, ALUR_NOMOR));
    sl_xml_text(page->resource, "rincian", sl_rows_get(r, 0, ALUR_RINCIAN));
    sl_xml_attr(sl_xml_text(page->resource, "cara_memperoleh",
                            sl_choice_label(sl_cara_memperoleh_choices,
                                            sl_rows_get(r, 0, ALUR_CARA_MEMPEROLEH))),
                "kode", sl_rows_get(r, 0, ALUR_CARA_MEMPEROLEH));
    if (sl_rows_get(r, 0, ALUR_CARA_SALINAN)) {
        sl_xml_text(page->resource, "cara_salinan",
                    sl_choice_label(sl_cara_salinan_choices,
                                    sl_rows_get(r, 0, ALUR_CARA_SALINAN)));
    }
    sialip_pt_jawaban_xml(c, page->resource, sl_rows_get(r, 0, ALUR_ID));
    sialip_kebutuhan_xml(c, page->resource, sl_rows_get(r, 0, ALUR_ID));
    for (name = text_fields; *name; name++) {
        const char *v = c->form ? sl_field(c, *name) : apr_table_get(awal, *name);
        sl_xml_attr(sl_xml_text(values, "nilai", v ? v : ""), "nama", *name);
    }
    for (i = 0; errors && i < errors->nelts; i++) {
        sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
        sl_xml_attr(sl_xml_text(page->resource, "galat", e->message), "untuk", e->field);
    }
    isian_pilihan_xml(page->resource, "keputusan", sl_keputusan_choices);
    isian_pilihan_xml(page->resource, "bentuk", sl_bentuk_choices);
    isian_pilihan_xml(page->resource, "cara_penyampaian", sl_cara_salinan_choices);
    isian_pilihan_xml(page->resource, "cara_pembayaran", sl_cara_pembayaran_choices);
    add_tariff(c, page->resource);
    add_exemptions(c, page->resource, sl_rows_get(r, 0, ALUR_ID));
    sialip_bagian_form_xml(c, page->resource, sl_rows_get(r, 0, ALUR_ID));
    return sl_page_send(page, status);
}

/* The request, open and with every routed part answered; otherwise the
 * response explaining why not was sent and NULL returned. */
static const sl_rows *ready_request(sl_ctx *c, int *response)
{
    const char *nomor = apr_table_get(c->params, "nomor");
    const sl_rows *r;
    sl_rows *waiting;
    int failed;

    r = alur_muat(c, nomor, &failed);
    if (failed) {
        *response = alur_gangguan(c);
        return NULL;
    }
    if (!r) {
        *response = alur_tidak_ditemukan(c);
        return NULL;
    }
    if (!alur_terbuka(r)) {
        *response = alur_ditolak(c, SIALIP_MSG_PEMBERITAHUAN_SUDAH_TERBIT);
        return NULL;
    }
    if (sl_db_select(c->db, "pt_bagian_menunggu", &waiting,
                     SL_ARGS(sl_rows_get(r, 0, ALUR_ID))) != 0) {
        *response = alur_gangguan(c);
        return NULL;
    }
    if (atoi(sl_rows_get_or(waiting, 0, 0, "0")) > 0) {
        *response = alur_ditolak(c, SIALIP_MSG_PEMBERITAHUAN_BAGIAN_BELUM_DIJAWAB);
        return NULL;
    }
    return r;
}

int sialip_pemberitahuan_terbit_form(sl_ctx *c)
{
    int response;
    const sl_rows *r = ready_request(c, &response);
    return r ? show_form(c, r, HTTP_OK, NULL) : response;
}

/* The cost from the tariff quantities in the form (tarif_<id>). */
static long cost(sl_ctx *c, apr_array_header_t *errors, const char **breakdown)
{
    sl_rows *rows;
    sl_biaya_item *items;
    int i;

    *breakdown = "";
    if (sl_db_select(c->db, "pt_tarif", &rows, SL_NOARGS) != 0) {
        return -1;
    }
    items = apr_pcalloc(c->r->pool, sizeof(*items) * (rows->nrows + 1));
    for (i = 0; i < rows->nrows; i++) {
        const char *q = sl_field(c, apr_pstrcat(c->r->pool, "tarif_",
                                                sl_rows_get(rows, i, 0), NULL));
        const char *d;
        for (d = q; *d && apr_isdigit(*d); d++) {
        }
        if (*d || strlen(q) > 6) {
            sl_field_error *e = apr_array_push(errors);
            e->field = "tarif";
            e->message = SIALIP_MSG_PEMBERITAHUAN_JUMLAH_TARIF;
            return 0;
        }
        items[i].name = sl_rows_get(rows, i, 1);
        items[i].unit = sl_rows_get(rows, i, 2);
        items[i].price = atol(sl_rows_get_or(rows, i, 3, "0"));
        items[i].quantity = atol(q);
    }
    return sl_biaya_hitung(c->r->pool, items, rows->nrows, breakdown);
}

/* The documents to release: PDF, JPEG or PNG by their bytes. */
static int check_documents(sl_ctx *c, apr_array_header_t *errors)
{
    apr_size_t max = sialip_config_of(c->r)->max_upload_bytes;
    int i, n = 0;
    for (i = 0; i < c->form->files->nelts; i++) {
        const sl_upload *up = &APR_ARRAY_IDX(c->form->files, i, sl_upload);
        sl_field_error *e;
        if (strcmp(up->field, "dokumen") != 0) {
            continue;
        }
        n++;
        if (up->len <= max && n <= PT_MAKS_DOKUMEN
            && sl_filetype_sniff((const unsigned char *)up->data, up->len)) {
            continue;
        }
        e = apr_array_push(errors);
        e->field = "dokumen";
        e->message = apr_psprintf(c->r->pool, SIALIP_MSG_DOKUMEN_JENIS_BESAR_BANYAK,
                                  max / (1024 * 1024),
                                  PT_MAKS_DOKUMEN);
        return -1;
    }
    return 0;
}

/* Stores the documents on disk, then links them to the notice.  Returns 0,
 * -1 when the database failed, or -2 when a file could not be stored. */
static int attach_documents(sl_ctx *c, const char *notice_id)
{
    apr_pool_t *p = c->r->pool;
    int i;
    for (i = 0; i < c->form->files->nelts; i++) {
        const sl_upload *up = &APR_ARRAY_IDX(c->form->files, i, sl_upload);
        const sl_filetype *type;
        const char *sha;
        sl_rows *rows;
        if (strcmp(up->field, "dokumen") != 0) {
            continue;
        }
        type = sl_filetype_sniff((const unsigned char *)up->data, up->len);
        sha = sl_store_put(c->r, sialip_config_of(c->r)->upload_dir, up->data, up->len);
        if (!sha) {
            return -2;
        }
        if (sialip_berkas_pastikan(c, sha, up) != 0) {
            return -1;
        }
        sl_db_exec(c->db, "pt_berkas_simpan", NULL,
                   SL_ARGS(sha, apr_psprintf(p, "%" APR_SIZE_T_FMT, up->len),
                           type->mime, sl_utf8_prefix(p, up->filename, 255)));
        if (sl_db_select(c->db, "pt_id_terakhir", &rows, SL_NOARGS) != 0) {
            return -1;
        }
        sl_db_exec(c->db, "pt_berkas_kait", NULL,
                   SL_ARGS(notice_id, sl_rows_get(rows, 0, 0)));
    }
    return 0;
}

int sialip_pemberitahuan_terbit_issue(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = apr_array_make(p, 8, sizeof(sl_field_error));
    sl_pemberitahuan_input in = {
        sl_field(c, "keputusan"), sl_field(c, "informasi_diberikan"),
        sl_field(c, "bagian_dihitamkan"), sl_field(c, "alasan_penghitaman"),
        sl_field(c, "dikecualikan_id"), sl_field(c, "diteruskan_ke"),
        sl_field(c, "janji_waktu"), sl_field(c, "alasan_prosedural"),
        sl_field(c, "bentuk"), sl_field(c, "cara_penyampaian")
    };
    const char *keputusan = in.keputusan, *breakdown, *nomor, *notice_id;
    const char *const *kutip = NULL;
    sl_pemberitahuan_syarat syarat;
    sialip_penanda penanda;
    sl_day penyediaan;
    int memberi = sl_pemberitahuan_memberi(keputusan);
    int ditolak = strcmp(keputusan, "ditolak_dikecualikan") == 0;
    const sl_rows *r;
    sl_rows *rows;
    long total;
    int response, stored, changed = 0;

    if (sl_db_begin(c->db) != 0) {
        return alur_gangguan(c);
    }
    if (!(r = ready_request(c, &response))) {
        sl_db_rollback(c->db);
        return response;
    }
    sl_pemberitahuan_validate(&in, errors);
    total = memberi ? cost(c, errors, &breakdown) : 0;
    if (!memberi) {
        breakdown = "";
    }
    if (ditolak && *in.dikecualikan_id
        && (sl_db_select(c->db, "pt_dikecualikan_berlaku", &rows,
                         SL_ARGS(in.dikecualikan_id, today_wib(c),
                                 sl_rows_get(r, 0, ALUR_ID),
                                 sl_rows_get(r, 0, ALUR_ID))) != 0
            || rows->nrows != 1)) {
        sl_field_error *e = apr_array_push(errors);
        e->field = "dikecualikan_id";
        e->message = SIALIP_MSG_PEMBERITAHUAN_UJI_KONSEKUENSI_TIDAK_BERLAKU;
    }
    else if (ditolak && *in.dikecualikan_id) {
        kutip = rows->rows[0];      /* the notice keeps what it cites */
    }
    syarat.keputusan = keputusan;
    syarat.waktu_penyediaan = sl_field(c, "waktu_penyediaan");
    syarat.cara_pembayaran = sl_field(c, "cara_pembayaran");
    syarat.biaya = total > 0 ? total : 0;
    syarat.hari_ini = sl_hari_wib(apr_time_sec(apr_time_now()));
    sl_pemberitahuan_validate_syarat(&syarat, &penyediaan, errors);
    if (sialip_bagian_simpan(c, sl_rows_get(r, 0, ALUR_ID), errors, 0) != 0
        || sialip_pt_penanda_baca(c, sl_rows_get(r, 0, ALUR_ID), errors, &penanda) != 0) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    if (memberi) {
        check_documents(c, errors);
    }
    if (total < 0) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    if (errors->nelts > 0) {
        sl_db_rollback(c->db);
        return show_form(c, r, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    nomor = apr_pstrcat(p, "PT-", sl_rows_get(r, 0, ALUR_NOMOR), NULL);
    sl_db_exec(c->db, "pt_simpan", NULL,
               SL_ARGS(sl_rows_get(r, 0, ALUR_ID), nomor, keputusan,
                       sl_pemberitahuan_penguasaan(keputusan),
                       memberi ? nullable(c, "informasi_diberikan") : NULL,
                       strcmp(keputusan, "diberikan_sebagian") == 0
                           ? nullable(c, "bagian_dihitamkan") : NULL,
                       strcmp(keputusan, "diberikan_sebagian") == 0
                           ? nullable(c, "alasan_penghitaman") : NULL,
                       ditolak ? nullable(c, "dikecualikan_id") : NULL,
                       strcmp(keputusan, "tidak_dikuasai") == 0
                           ? nullable(c, "diteruskan_ke") : NULL,
                       strcmp(keputusan, "belum_dikuasai") == 0
                           ? nullable(c, "janji_waktu") : NULL,
                       strcmp(keputusan, "ditolak_prosedural") == 0
                           ? nullable(c, "alasan_prosedural") : NULL,
                       memberi ? nullable(c, "bentuk") : NULL,
                       memberi ? nullable(c, "cara_penyampaian") : NULL,
                       apr_ltoa(p, total), *breakdown ? breakdown : NULL,
                       c->session->user_id,
                       total > 0 ? syarat.cara_pembayaran : NULL,
                       penyediaan >= 0 ? sl_day_iso(p, penyediaan) : NULL,
                       kutip ? kutip[1] : NULL, kutip ? kutip[2] : NULL,
                       kutip ? kutip[3] : NULL, kutip ? kutip[4] : NULL,
                       kutip ? kutip[5] : NULL));
    if (sl_db_select(c->db, "pt_id_terakhir", &rows, SL_NOARGS) != 0
        || !(notice_id = sl_rows_get(rows, 0, 0))) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    sialip_bagian_simpan(c, sl_rows_get(r, 0, ALUR_ID), errors, 1);
    sialip_pt_penanda_simpan(c, notice_id, &penanda);
    if (memberi && (stored = attach_documents(c, notice_id)) != 0) {
        sl_db_rollback(c->db);
        /* A full or unwritable store is not a database outage: say which. */
        return stored == -2
               ? sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                               SIALIP_MSG_DOKUMEN_TIDAK_DAPAT_DISIMPAN,
                               SIALIP_MSG_PEMBERITAHUAN_GAGAL_SIMPAN_BERKAS)
               : alur_gangguan(c);
    }
    {
        /* "Selesai" only once the information is handed over (issue 17). */
        const char *status = sl_pemberitahuan_menunggu(keputusan) ? "menunggu_informasi"
                             : memberi ? "menunggu_penyerahan" : "selesai";
        sl_db_exec(c->db, "pt_selesai", &changed,
                   SL_ARGS(status, status, sl_rows_get(r, 0, ALUR_ID)));
    }
    {
        const char *body[] = {
            apr_psprintf(p, SIALIP_MSG_PEMBERITAHUAN_SUREL_ISI, nomor,
                         sl_choice_label(sl_keputusan_choices, keputusan)),
            SIALIP_MSG_PEMBERITAHUAN_SUREL_CARA_LIHAT,
            NULL
        };
        sialip_surel_pemohon(c, sl_rows_get(r, 0, ALUR_ID), "pemberitahuan",
                             apr_psprintf(p, SIALIP_MSG_PEMBERITAHUAN_TERTULIS_NOMOR, nomor),
                             body, apr_pstrcat(p, c->mount, "/lacak?nomor=",
                                               sl_rows_get(r, 0, ALUR_NOMOR), NULL));
    }
    sl_audit(c, &(sl_audit_entry){"pemberitahuan", "permohonan",
                                  sl_rows_get(r, 0, ALUR_NOMOR),
                                  sl_rows_get(r, 0, ALUR_STATUS),
                                  apr_psprintf(p, SIALIP_MSG_PEMBERITAHUAN_AUDIT,
                                               nomor,
                                               sl_choice_label(sl_keputusan_choices,
                                                               keputusan)), 1});
    if (changed != 1 || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/permohonan/",
                                      sl_rows_get(r, 0, ALUR_NOMOR),
                                      "/pemberitahuan/cetak", NULL));
}
