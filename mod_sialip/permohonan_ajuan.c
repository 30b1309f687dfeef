/* Filing a request for information: the form (for the citizen, and for
 * PPID Utama recording one received at the desk, by letter, e-mail or
 * telephone), its checks, and filing in one transaction with the gapless
 * registration number.  The receipt and tracking are in permohonan.c. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "escape.h"
#include "filetype.h"
#include "trackcode.h"
#include "validate.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "sl_store.h"
#include "sl_module.h"
#include "surel.h"
#include "tenggat.h"
#include "permohonan_rules.h"
#include "profil.h"
#include "admin_isian.h"
#include "sialip.h"
#include "unggah.h"
#include "sl_logno.h"
#include "sialip_messages.h"


const sl_stmt_def sialip_permohonan_ajuan_stmts[] = {
    /* Takes the row lock of the year's counter (created on the first
     * filing of a year) until the filing commits, so numbers are unique
     * and, since a rollback returns the number, gapless; RETURNING gives
     * the number taken in the same statement. */
    {"nomor_ambil",
     "INSERT INTO nomor_urut (jenis, tahun, terakhir) VALUES ('permohonan', %s, 1) "
     "ON DUPLICATE KEY UPDATE terakhir = terakhir + 1 RETURNING terakhir"},
    /* The profile and special needs (profil.c) in the same row: a filing
     * writes its request once. */
    {"permohonan_simpan",
     "INSERT INTO permohonan (nomor, tahun, kode_hash, jenis_pemohon, nama, nik, "
     "nomor_badan_hukum, alamat, telepon, email, pekerjaan, rincian, tujuan, "
     "cara_memperoleh, cara_salinan, kanal, diterima_pada, hari_nol, "
     "jatuh_tempo, status, identitas_berkas_id, dicatat_oleh, pekerjaan_kode, "
     "jenis_kelamin, kecamatan_kode, kebutuhan_khusus, kebutuhan_lainnya) "
     "VALUES (%s, %s, SHA2(%s, 256), %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
     "%s, %s, %s, %s, %s, %s, 'diterima', %s, %s, %s, %s, %s, %s, %s)"},
    {NULL, NULL}
};

static const char *const field_names[] = {
    "jenis_pemohon", "nama", "nik", "nomor_badan_hukum", "alamat", "telepon",
    "email", "pekerjaan", "rincian", "tujuan", "cara_memperoleh",
    "cara_salinan", NULL
};

/* The form page, empty or as the person filled it with the errors beside
 * the fields. */
int sialip_permohonan_formulir(sl_ctx *c, int status,
                               apr_array_header_t *errors, int staff)
{
    sl_page *page = sl_ctx_page(c, "permohonan-baru",
                                staff ? SIALIP_MSG_CATAT_PERMOHONAN
                                      : SIALIP_MSG_FORMULIR_PERMOHONAN_INFORMASI_PUBLIK,
                                "formulir");
    xmlNodePtr values = sl_xml_node(page->resource, "isian");
    const char *const *name;
    int i;

    for (name = field_names; *name; name++) {
        xmlNodePtr v = sl_xml_text(values, "nilai", sl_field(c, *name));
        sl_xml_attr(v, "nama", *name);
        if (!c->form && strcmp(*name, "rincian") == 0) {
            /* Continued from "cari dulu" (arsip_cari_dulu.c), the words kept. */
            xmlNodeSetContent(v, NULL);
            xmlNodeAddContent(v, BAD_CAST sl_utf8_prefix(c->r->pool,
                                                         sl_query(c, "rincian"), 2000));
        }
    }
    if (staff) {
        /* PPID Utama records the channel and the real time of receipt. */
        xmlNodePtr v = sl_xml_text(values, "nilai", sl_field(c, "kanal"));
        sl_xml_attr(v, "nama", "kanal");
        v = sl_xml_text(values, "nilai", sl_field(c, "diterima"));
        sl_xml_attr(v, "nama", "diterima");
        sl_xml_attr(page->resource, "staf", "1");
        isian_pilihan_xml(page->resource, "kanal", sl_kanal_choices + 1);
    }
    sialip_profil_formulir(c, page->resource, values);
    for (i = 0; errors && i < errors->nelts; i++) {
        sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
        xmlNodePtr err = sl_xml_text(page->resource, "galat", e->message);
        sl_xml_attr(err, "untuk", e->field);
    }
    isian_pilihan_xml(page->resource, "jenis_pemohon", sl_jenis_pemohon_choices);
    isian_pilihan_xml(page->resource, "cara_memperoleh", sl_cara_memperoleh_choices);
    isian_pilihan_xml(page->resource, "cara_salinan", sl_cara_salinan_choices);
    sl_xml_text(page->resource, "batas_unggah",
                apr_psprintf(c->r->pool, "%" APR_SIZE_T_FMT,
                             sialip_config_of(c->r)->max_upload_bytes
                             / (1024 * 1024)));
    return sl_page_send(page, status);
}

int sialip_permohonan_baru(sl_ctx *c)
{
    return sialip_permohonan_formulir(c, HTTP_OK, NULL, 0);
}

static const char *nullable(sl_ctx *c, const char *name)
{
    const char *v = sl_field(c, name);
    return *v ? v : NULL;
}

/* The identity document, if any: type from its bytes, size within the
 * limit (unggah.c, the path every uploaded file takes).  Returns the
 * upload or NULL (adding an error when it is bad). */
static const sl_upload *identity_document(sl_ctx *c, apr_array_header_t *errors,
                                          const sl_filetype **type)
{
    return sialip_unggah_periksa(c, errors, "identitas", SIALIP_MSG_DOKUMEN_IDENTITAS, type);
}

static char *new_tracking_code(apr_pool_t *p)
{
    unsigned char bytes[SL_TRACKCODE_BYTES];
    if (apr_generate_random_bytes(bytes, sizeof(bytes)) != APR_SUCCESS) {
        return NULL;
    }
    return sl_trackcode_format(p, bytes);
}

/* How long the filing transaction is run again while the server asks to
 * restart it: on a cluster whose writer is moving, for a few seconds the
 * filings of one node lose to those of the other (Galera aborts every
 * transaction holding or awaiting the number row when the other node's
 * write arrives: README "Cluster"), so the bound is time, not runs. */
#define FILING_RETRY_SECONDS 10

static int unavailable(sl_ctx *c)
{
    return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                         SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                         SIALIP_MSG_PERMOHONAN_BELUM_TERSIMPAN);
}

/* Registers the request in one transaction (only the SHA-256 of the
 * canonical code is stored); returns its number, or NULL when the
 * transaction failed and nothing was stored. */
static const char *register_request(sl_ctx *c, const char *code,
                                    const char *kanal, apr_time_t received,
                                    sl_day day0, sl_day due,
                                    const char *berkas_id,
                                    const sl_profil_input *profil)
{
    apr_pool_t *p = c->r->pool;
    int legal_entity = strcmp(sl_field(c, "jenis_pemohon"), "badan_hukum") == 0;
    const char *year, *number, *email, *kolom[5];
    apr_time_exp_t wib;
    sl_rows *rows;
    int y;

    /* The year of the receipt in WIB, not of day 0: a request received on
     * 31 December after the cut-off still belongs to that year's register. */
    apr_time_exp_tz(&wib, received, SL_WIB_OFFSET_SECONDS);
    y = wib.tm_year + 1900;
    year = apr_itoa(p, y);
    if (sl_db_select(c->db, "nomor_ambil", &rows, SL_ARGS(year)) != 0
        || !sl_rows_get(rows, 0, 0)) {
        /* Release the counter's row lock now, not after the error page. */
        sl_db_rollback(c->db);
        return NULL;
    }
    number = apr_psprintf(p, "%d-%06d", y, atoi(sl_rows_get(rows, 0, 0)));
    sialip_profil_kolom(c, profil, kolom);
    email = nullable(c, "email");
    if (sl_db_exec(c->db, "permohonan_simpan", NULL,
               SL_ARGS(number, year, code, sl_field(c, "jenis_pemohon"),
                       sl_field(c, "nama"), nullable(c, "nik"),
                       legal_entity ? nullable(c, "nomor_badan_hukum") : NULL,
                       sl_field(c, "alamat"),
                       nullable(c, "telepon"), email,
                       sl_profil_pekerjaan_teks(profil), sl_field(c, "rincian"),
                       sl_field(c, "tujuan"), sl_field(c, "cara_memperoleh"),
                       sl_perlu_salinan(sl_field(c, "cara_memperoleh"))
                       ? sl_field(c, "cara_salinan") : NULL, kanal,
                       sl_utc_format(p, apr_time_sec(received)),
                       sl_day_iso(p, day0), sl_day_iso(p, due), berkas_id,
                       c->session ? c->session->user_id : NULL,
                       kolom[0], kolom[1], kolom[2], kolom[3], kolom[4])) != 0) {
        sl_db_rollback(c->db);
        return NULL;
    }
    sl_audit(c, &(sl_audit_entry){"ajukan", "permohonan", number, NULL,
                                  apr_psprintf(p, SIALIP_MSG_PERMOHONAN_DITERIMA_MELALUI,
                                               apr_pstrdup(p, sl_choice_label(
                                                  sl_kanal_choices, kanal))), 1});
    /* The receipt goes to the address just stored (no need to read the
     * row back): none when the applicant gave a phone number only. */
    if (email) {
        const char *printed = sl_trackcode_printed(p, code);
        const char *body[] = {
            apr_psprintf(p, SIALIP_MSG_TANDA_TERIMA_DITERIMA_PADA,
                         sl_wib_text(p, sl_utc_format(p, apr_time_sec(received)))),
            apr_psprintf(p, SIALIP_MSG_TANDA_TERIMA_NOMOR, number),
            apr_psprintf(p, SIALIP_MSG_TANDA_TERIMA_KODE, printed),
            apr_psprintf(p, SIALIP_MSG_TANDA_TERIMA_BATAS_WAKTU,
                         sl_day_long_id(p, due)),
            NULL
        };
        sialip_surel_ke(c, email, "tanda_terima", "permohonan", number,
                        apr_psprintf(p, SIALIP_MSG_TANDA_TERIMA_SUBJEK, number), body,
                        apr_pstrcat(p, c->mount, "/permohonan/", number,
                                    "?kode=", printed, NULL));
    }
    return sl_db_commit(c->db) == 0 ? number : NULL;
}

int sialip_permohonan_simpan(sl_ctx *c, const char *kanal, apr_time_t received,
                             apr_array_header_t *errors, int staff)
{
    apr_pool_t *p = c->r->pool;
    sl_permohonan_input in = {
        sl_field(c, "jenis_pemohon"), sl_field(c, "nama"), sl_field(c, "nik"),
        sl_field(c, "nomor_badan_hukum"), sl_field(c, "alamat"),
        sl_field(c, "telepon"), sl_field(c, "email"), sl_field(c, "pekerjaan"),
        sl_field(c, "rincian"), sl_field(c, "tujuan"),
        sl_field(c, "cara_memperoleh"), sl_field(c, "cara_salinan")
    };
    const sl_filetype *type = NULL;
    const sl_upload *doc;
    const sl_calendar *cal;
    const char *code, *number, *berkas_id = NULL, *sha = NULL;
    int stored_new = 0, attempt;
    sl_day day0, due;
    apr_time_t first_try;

    sl_profil_input profil;

    /* The coded occupation stands for the old text when that is left
     * empty; "lainnya" without text gets its own message (profil_rules.c). */
    sialip_profil_baca(c, &profil);
    if (!*in.pekerjaan && *profil.pekerjaan_kode) {
        in.pekerjaan = strcmp(profil.pekerjaan_kode, "lainnya") == 0
                       ? "Lainnya" : sl_profil_pekerjaan_teks(&profil);
    }
    sl_permohonan_validate(&in, errors);
    sl_profil_validate(&profil, errors);
    doc = identity_document(c, errors, &type);
    /* On the web the document the applicant type needs is checked here; at
     * the desk the officer sees the originals. */
    if (!staff && !doc && sl_identitas_wajib(in.jenis_pemohon)
        && sl_choice_known(sl_jenis_pemohon_choices, in.jenis_pemohon)) {
        int bad = 0, i;
        for (i = 0; i < errors->nelts; i++) {
            bad |= strcmp(APR_ARRAY_IDX(errors, i, sl_field_error).field, "identitas") == 0;
        }
        if (!bad) {
            isian_galat(errors, "identitas", sl_identitas_wajib(in.jenis_pemohon));
        }
    }
    if (errors->nelts > 0) {
        return sialip_permohonan_formulir(c, HTTP_UNPROCESSABLE_ENTITY, errors,
                                          staff);
    }
    if (!staff) {
        int limited = sialip_ajuan_dibatasi(c, errors);
        if (limited != 0) {
            return limited < 0 ? unavailable(c)
                   : sialip_permohonan_formulir(c, HTTP_TOO_MANY_REQUESTS, errors,
                                                staff);
        }
    }
    cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    code = new_tracking_code(p);
    if (!cal || !code) {
        return unavailable(c);
    }
    day0 = sl_calendar_day_zero(cal, apr_time_sec(received), NULL);
    due = sl_calendar_add_working_days(cal, day0, SIALIP_HARI_PEMBERITAHUAN, NULL);

    /* The document is on disk (fsynced) before the row that names it. */
    if (doc) {
        sha = sialip_unggah_tulis(c, doc, &stored_new);
        if (!sha) {
            /* The form again with every answer kept; only the file must
             * be chosen again (a browser never refills a file field). */
            isian_galat(errors, "identitas",
                        SIALIP_MSG_PERMOHONAN_DOKUMEN_GAGAL_SIMPAN);
            apr_table_setn(c->r->err_headers_out, "Retry-After", "30");
            return sialip_permohonan_formulir(c, HTTP_SERVICE_UNAVAILABLE, errors,
                                              staff);
        }
    }
    /* A transaction the server says to restart (on a Galera cluster with
     * every node writing, two filings taking the number row on two nodes
     * conflict at commit) is run again: nothing of it was kept. */
    first_try = apr_time_now();
    for (attempt = 1; ; attempt++) {
        number = NULL;
        if (sl_db_begin(c->db) != 0) {
            break;
        }
        berkas_id = doc ? sialip_unggah_catat(c, sha, doc, type) : NULL;
        number = register_request(c, sl_trackcode_normalize(p, code), kanal,
                                  received, day0, due, berkas_id, &profil);
        if (number || !c->db->conflict
            || apr_time_now() - first_try > apr_time_from_sec(FILING_RETRY_SECONDS)) {
            break;
        }
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, c->r, SL_LOGNO(00077) "filing conflicted "
                      "(attempt %d, up to %d s); trying again", attempt,
                      FILING_RETRY_SECONDS);
        /* Apart, and further each time (10 ms doubling to 320 ms, plus up
         * to 20 ms at random), so the two writers do not meet again. */
        apr_sleep(apr_time_from_msec(10 << (attempt < 6 ? attempt - 1 : 5))
                  + apr_time_now() % 20000);
    }
    if (!number) {
        if (stored_new) {
            sialip_berkas_buang(c, sha);
        }
        return unavailable(c);
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, c->r, SL_LOGNO(00078) "request %s filed (%s)",
                  number, kanal);
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/permohonan/", number,
                                      "?kode=", code, NULL));
}

int sialip_permohonan_ajukan(sl_ctx *c)
{
    return sialip_permohonan_simpan(c, "web", apr_time_now(),
                                    apr_array_make(c->r->pool, 8,
                                                   sizeof(sl_field_error)), 0);
}
