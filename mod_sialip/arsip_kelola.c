/* The officer's publication step for the public archive (arsip.c).  Once a
 * request has its written notice, a PPID Utama (any request) or a PPID
 * Pelaksana (the requests routed to its OPD; scope in the SQL) sees the
 * request's text with the likely personal data flagged (arsip_rules.c),
 * writes the text to publish (the original stays in permohonan), marks
 * which released documents are public, and publishes it; or withholds the
 * request from the archive with a reason.  A published text that still
 * holds a NIK, a phone number, an e-mail address or the applicant's name
 * is refused.  A withheld request keeps no text nor words in the search's
 * word index (arsip_kata); the old text is in the audit row.  Each step is one transaction with its audit row
 * (arsip_terbit, arsip_ubah, arsip_tahan). */
#include <httpd.h>
#include <stdlib.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "validate.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "admin_isian.h"
#include "alur.h"
#include "arsip_rules.h"
#include "pemberitahuan_rules.h"
#include "arsip.h"
#include "sialip.h"
#include "sialip_messages.h"

#define ARSIP_SEMUA_OPD SL_ROLE_PPID_UTAMA
#define KELOLA_PER_HALAMAN 50
#define TEKS_MAKS 10000

#define KELOLA_SARING \
    "(%s = '1' OR EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = p.id " \
    "AND d.opd_id = %s AND d.status <> 'dialihkan')) " \
    "AND (%s = '' OR COALESCE(a.status, 'belum') = %s)"

const sl_stmt_def sialip_arsip_kelola_stmts[] = {
    {"ak_jumlah",
     "SELECT COUNT(*) FROM permohonan p JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "LEFT JOIN arsip a ON a.permohonan_id = p.id WHERE " KELOLA_SARING},
    {"ak_daftar",
     "SELECT p.nomor, n.keputusan, n.diterbitkan_pada, COALESCE(a.status, 'belum'), "
     "LEFT(COALESCE(a.teks, p.rincian), 160) FROM permohonan p "
     "JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "LEFT JOIN arsip a ON a.permohonan_id = p.id WHERE " KELOLA_SARING
     " ORDER BY n.diterbitkan_pada DESC, p.id DESC LIMIT %s OFFSET %s"},
    {"ak_pemberitahuan",
     "SELECT n.id, n.keputusan, n.kutip_pasal17, n.diterbitkan_pada "
     "FROM pemberitahuan n WHERE n.permohonan_id = %s"},
    {"ak_arsip",
     "SELECT a.status, a.teks, a.alasan_tahan, a.diubah_pada, u.nama FROM arsip a "
     "JOIN pengguna u ON u.id = a.diubah_oleh WHERE a.permohonan_id = %s"},
    {"ak_dokumen",
     "SELECT b.id, b.nama_asli, b.ukuran, b.mime, ab.berkas_id IS NOT NULL "
     "FROM pemberitahuan_berkas pb JOIN berkas b ON b.id = pb.berkas_id "
     "LEFT JOIN arsip_berkas ab ON ab.permohonan_id = %s AND ab.berkas_id = b.id "
     "WHERE pb.pemberitahuan_id = %s ORDER BY b.id"},
    {"ak_simpan",
     "INSERT INTO arsip (permohonan_id, nomor, tahun, status, teks, alasan_tahan, "
     "keputusan, pasal17, diterima, diputus, hari_kerja, diubah_oleh, diubah_pada) "
     "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, UTC_TIMESTAMP()) "
     "ON DUPLICATE KEY UPDATE status = VALUES(status), "
     "teks = VALUES(teks), alasan_tahan = VALUES(alasan_tahan), "
     "keputusan = VALUES(keputusan), pasal17 = VALUES(pasal17), "
     "diterima = VALUES(diterima), diputus = VALUES(diputus), "
     "hari_kerja = VALUES(hari_kerja), diubah_oleh = VALUES(diubah_oleh), "
     "diubah_pada = VALUES(diubah_pada)"},
    {"ak_opd_hapus", "DELETE FROM arsip_opd WHERE permohonan_id = %s"},
    {"ak_opd_isi",
     "INSERT INTO arsip_opd (permohonan_id, opd_id) SELECT DISTINCT permohonan_id, opd_id "
     "FROM disposisi WHERE permohonan_id = %s AND status <> 'dialihkan'"},
    {"ak_berkas_hapus", "DELETE FROM arsip_berkas WHERE permohonan_id = %s"},
    {"ak_kata_hapus", "DELETE FROM arsip_kata WHERE permohonan_id = %s"},
    {"ak_kata_isi",
     "INSERT INTO arsip_kata (kata, diputus, permohonan_id) VALUES (%s, %s, %s)"},
    {"ak_berkas_isi",
     "INSERT INTO arsip_berkas (permohonan_id, berkas_id) SELECT %s, pb.berkas_id "
     "FROM pemberitahuan_berkas pb WHERE pb.pemberitahuan_id = %s AND pb.berkas_id = %s"},
    {NULL, NULL}
};

static const sl_choice status_choices[] = {
    {"belum", "Belum diputuskan"},
    {"terbit", "Terbit di arsip"},
    {"ditahan", "Ditahan dari arsip"},
    {NULL, NULL}
};

/* ---- the list ------------------------------------------------------------ */

int sialip_arsip_kelola_daftar(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *status = sl_query(c, "status");
    const char *all = sl_scope_all(c, ARSIP_SEMUA_OPD), *opd = sl_scope_opd(c);
    long page = 1, total, pages;
    sl_rows *rows;
    sl_page *pg;
    xmlNodePtr res, isian;
    int i;

    if (!sl_choice_label(status_choices, status)) {
        status = "";
    }
    if (!isian_angka(sl_query(c, "halaman"), &page) || page < 1) {
        page = 1;
    }
    if (sl_db_select(c->db, "ak_jumlah", &rows, SL_ARGS(all, opd, status, status)) != 0) {
        return isian_gangguan(c);
    }
    total = atol(sl_rows_get_or(rows, 0, 0, "0"));
    pages = total > 0 ? (total + KELOLA_PER_HALAMAN - 1) / KELOLA_PER_HALAMAN : 1;
    if (page > pages) {
        page = pages;
    }
    if (sl_db_select(c->db, "ak_daftar", &rows,
                     SL_ARGS(all, opd, status, status, apr_ltoa(p, KELOLA_PER_HALAMAN),
                             apr_ltoa(p, (page - 1) * KELOLA_PER_HALAMAN))) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "arsip-kelola", SIALIP_MSG_ARSIP_TERBITKAN_JAWABAN, "arsip_kelola");
    res = pg->resource;
    sl_xml_attr(res, "total", apr_ltoa(p, total));
    isian = isian_xml(res);
    isian_nilai(isian, "status", status);
    isian_pilihan_xml(res, "status", status_choices);
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr e = sl_xml_node(res, "permohonan");
        const char *st = sl_rows_get(rows, i, 3);
        sl_xml_attr(e, "nomor", sl_rows_get(rows, i, 0));
        sl_xml_attr(e, "status", st);
        sl_xml_text(e, "status_label", sl_choice_label(status_choices, st));
        sl_xml_text(e, "keputusan", sl_choice_label(sl_keputusan_choices,
                                                    sl_rows_get(rows, i, 1)));
        isian_waktu_xml(c, e, "diputus", sl_rows_get(rows, i, 2));
        sl_xml_text(e, "teks", sl_rows_get_or(rows, i, 4, ""));
    }
    isian_paging_xml(c, res, apr_pstrcat(p, c->mount, "/admin/arsip", NULL),
                     isian_query_part(p, "status", status), page, pages, total);
    return sl_page_send(pg, HTTP_OK);
}

/* ---- one request ----------------------------------------------------------- */

typedef struct {
    const sl_rows *r;        /* alur_muat */
    sl_rows *pt;             /* ak_pemberitahuan */
    sl_rows *arsip;          /* ak_arsip (0 rows: not decided yet) */
} kasus;

/* The request in scope with its notice (locked when in a transaction), or
 * the response sent (returns 0 and sets *response). */
static int muat(sl_ctx *c, kasus *k, int *response)
{
    int failed;
    k->r = alur_muat(c, apr_table_get(c->params, "nomor"), &failed);
    if (failed || (k->r && (sl_db_select(c->db, "ak_pemberitahuan", &k->pt,
                                         SL_ARGS(sl_rows_get(k->r, 0, ALUR_ID))) != 0
                            || sl_db_select(c->db, "ak_arsip", &k->arsip,
                                            SL_ARGS(sl_rows_get(k->r, 0, ALUR_ID))) != 0))) {
        *response = isian_gangguan(c);
        return 0;
    }
    if (!k->r) {
        *response = alur_tidak_ditemukan(c);
        return 0;
    }
    if (k->pt->nrows != 1) {
        *response = isian_ditolak(c, SIALIP_MSG_ARSIP_BELUM_ADA_PEMBERITAHUAN);
        return 0;
    }
    return 1;
}

/* The text as <name> of <bagian> and <tanda jenis=..> pieces. */
static void teks_bertanda_xml(apr_pool_t *p, xmlNodePtr parent, const char *name,
                              const char *text, const apr_array_header_t *tanda)
{
    xmlNodePtr el = sl_xml_node(parent, name);
    apr_size_t pos = 0;
    int i;
    for (i = 0; i < tanda->nelts; i++) {
        const arsip_tanda *t = &APR_ARRAY_IDX(tanda, i, arsip_tanda);
        if (t->awal > pos) {
            sl_xml_text(el, "bagian", apr_pstrndup(p, text + pos, t->awal - pos));
        }
        sl_xml_attr(sl_xml_text(el, "tanda", apr_pstrndup(p, text + t->awal, t->panjang)),
                    "jenis", arsip_tanda_kode(t->jenis));
        pos = t->awal + t->panjang;
    }
    if (text[pos]) {
        sl_xml_text(el, "bagian", text + pos);
    }
}

static int show(sl_ctx *c, const kasus *k, int status, apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    const char *nomor = sl_rows_get(k->r, 0, ALUR_NOMOR);
    const char *rincian = sl_rows_get_or(k->r, 0, ALUR_RINCIAN, "");
    const char *nama = sl_rows_get(k->r, 0, ALUR_NAMA);
    apr_array_header_t *tanda = arsip_tanda_cari(p, rincian, nama);
    const char *teks, *alasan = "";
    sl_rows *docs;
    sl_page *pg;
    xmlNodePtr res, isian;
    int i;

    if (sl_db_select(c->db, "ak_dokumen", &docs,
                     SL_ARGS(sl_rows_get(k->r, 0, ALUR_ID), sl_rows_get(k->pt, 0, 0))) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "arsip-terbitkan",
                     apr_psprintf(p, SIALIP_MSG_ARSIP_PUBLIK_PERMOHONAN,
                                  nomor), "arsip_terbitkan");
    res = pg->resource;
    sl_xml_attr(res, "nomor", nomor);
    sl_xml_attr(res, "status", k->arsip->nrows ? sl_rows_get(k->arsip, 0, 0) : "belum");
    sialip_arsip_hasil_xml(res, sl_rows_get(k->pt, 0, 1), sl_rows_get(k->pt, 0, 2));
    teks_bertanda_xml(p, res, "asli", rincian, tanda);
    for (i = 0; i < tanda->nelts; i++) {
        const arsip_tanda *t = &APR_ARRAY_IDX(tanda, i, arsip_tanda);
        sl_xml_attr(sl_xml_node(res, "jenis_tanda"), "jenis", arsip_tanda_kode(t->jenis));
    }
    if (k->arsip->nrows) {
        xmlNodePtr a = sl_xml_node(res, "keputusan_arsip");
        sl_xml_attr(a, "status", sl_rows_get(k->arsip, 0, 0));
        sl_xml_text(a, "alasan_tahan", sl_rows_get(k->arsip, 0, 2));
        isian_waktu_xml(c, a, "diubah", sl_rows_get(k->arsip, 0, 3));
        sl_xml_text(a, "oleh", sl_rows_get(k->arsip, 0, 4));
    }
    /* The box holds what was typed, else the published text, else the
     * original with the flagged parts already taken out. */
    if (c->form) {
        teks = sl_field(c, "teks");
        alasan = sl_field(c, "alasan");
    }
    else if (k->arsip->nrows && sl_rows_get(k->arsip, 0, 1)) {
        teks = sl_rows_get(k->arsip, 0, 1);
    }
    else {
        teks = arsip_samarkan(p, rincian, tanda);
    }
    isian = isian_xml(res);
    isian_nilai(isian, "teks", teks);
    isian_nilai(isian, "alasan", alasan);
    for (i = 0; i < docs->nrows; i++) {
        xmlNodePtr d = sl_xml_node(res, "dokumen");
        int checked = c->form ? 0 : atoi(sl_rows_get_or(docs, i, 4, "0"));
        if (c->form) {
            apr_array_header_t *sent = isian_semua(c, "berkas");
            int j;
            for (j = 0; j < sent->nelts; j++) {
                checked |= strcmp(APR_ARRAY_IDX(sent, j, const char *),
                                  sl_rows_get(docs, i, 0)) == 0;
            }
        }
        sl_xml_attr(d, "id", sl_rows_get(docs, i, 0));
        sl_xml_attr(d, "ukuran", sl_rows_get(docs, i, 2));
        sl_xml_attr(d, "mime", sl_rows_get(docs, i, 3));
        sl_xml_attr(d, "publik", checked ? "1" : NULL);
        sl_xml_text(d, "nama", sl_rows_get(docs, i, 1));
    }
    if (errors) {
        isian_galat_xml(res, errors);
    }
    return sl_page_send(pg, status);
}

int sialip_arsip_kelola_lihat(sl_ctx *c)
{
    kasus k;
    int response;
    if (!muat(c, &k, &response)) {
        return response;
    }
    return show(c, &k, HTTP_OK, NULL);
}

/* What the public pages show of the request, copied into arsip (with the
 * status and the text or the reason), and the published text's words into
 * the search's word index, in the caller's transaction. */
static int simpan(sl_ctx *c, const kasus *k, const char *status, const char *teks,
                  const char *alasan)
{
    apr_pool_t *p = c->r->pool;
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    const char *id = sl_rows_get(k->r, 0, ALUR_ID);
    const char *nomor = sl_rows_get(k->r, 0, ALUR_NOMOR);
    const char *diputus;
    apr_array_header_t *words;
    sl_day day0, received, notice;
    int changed = 0, i;

    if (!cal || sl_day_parse_iso(sl_rows_get(k->r, 0, ALUR_HARI_NOL), &day0) != 0
        || sl_wib_day(sl_rows_get(k->r, 0, ALUR_DITERIMA), &received) != 0
        || sl_wib_day(sl_rows_get(k->pt, 0, 3), &notice) != 0) {
        return -1;
    }
    diputus = sl_day_iso(p, notice);
    if (sl_db_exec(c->db, "ak_simpan", &changed,
                   SL_ARGS(id, nomor, apr_pstrndup(p, nomor, 4), status, teks, alasan,
                           sl_rows_get(k->pt, 0, 1), sl_rows_get(k->pt, 0, 2),
                           sl_day_iso(p, received), diputus,
                           apr_itoa(p, sl_calendar_working_days_between(cal, day0, notice)),
                           c->session->user_id)) != 0
        || sl_db_exec(c->db, "ak_opd_hapus", &changed, SL_ARGS(id)) != 0
        || sl_db_exec(c->db, "ak_berkas_hapus", &changed, SL_ARGS(id)) != 0
        || sl_db_exec(c->db, "ak_kata_hapus", &changed, SL_ARGS(id)) != 0) {
        return -1;
    }
    words = arsip_kata(p, teks, 0);
    for (i = 0; i < words->nelts; i++) {
        if (sl_db_exec(c->db, "ak_kata_isi", &changed,
                       SL_ARGS(APR_ARRAY_IDX(words, i, const char *), diputus, id)) != 0) {
            return -1;
        }
    }
    return 0;
}

static int kembali(sl_ctx *c, const char *nomor)
{
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(c->r->pool, c->mount, "/admin/arsip/", nomor, NULL));
}

int sialip_arsip_kelola_terbitkan(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = isian_galat_baru(c), *berkas = isian_semua(c, "berkas");
    apr_array_header_t *tanda;
    const char *teks = isian_teks(c, errors, "teks", SIALIP_MSG_ARSIP_TEKS_DITERBITKAN, 1,
                                  TEKS_MAKS);
    const char *nomor, *id, *before, *found = NULL;
    kasus k;
    int response, i, changed;

    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (!muat(c, &k, &response)) {
        sl_db_rollback(c->db);
        return response;
    }
    nomor = sl_rows_get(k.r, 0, ALUR_NOMOR);
    id = sl_rows_get(k.r, 0, ALUR_ID);
    tanda = arsip_tanda_cari(p, teks, sl_rows_get(k.r, 0, ALUR_NAMA));
    for (i = 0; i < tanda->nelts; i++) {
        const arsip_tanda *t = &APR_ARRAY_IDX(tanda, i, arsip_tanda);
        if (arsip_tanda_terlarang(t->jenis)) {
            found = apr_pstrcat(p, found ? found : "", found ? ", " : "",
                                apr_pstrndup(p, teks + t->awal, t->panjang), NULL);
        }
    }
    if (found) {
        isian_galat(errors, "teks",
                    apr_psprintf(p, SIALIP_MSG_ARSIP_TEKS_MEMUAT_DATA_PRIBADI, found));
    }
    if (errors->nelts) {
        sl_db_rollback(c->db);
        return show(c, &k, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    before = k.arsip->nrows ? sl_rows_get_or(k.arsip, 0, 1, "") : NULL;
    if (simpan(c, &k, "terbit", teks, NULL) != 0
        || sl_db_exec(c->db, "ak_opd_isi", &changed, SL_ARGS(id)) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    for (i = 0; i < berkas->nelts; i++) {
        const char *b = APR_ARRAY_IDX(berkas, i, const char *);
        /* only a document of this notice can be marked */
        if (isian_id_valid(b)
            && sl_db_exec(c->db, "ak_berkas_isi", &changed,
                          SL_ARGS(id, sl_rows_get(k.pt, 0, 0), b)) != 0) {
            sl_db_rollback(c->db);
            return isian_gangguan(c);
        }
    }
    if (sl_audit(c, &(sl_audit_entry){
                     k.arsip->nrows && strcmp(sl_rows_get(k.arsip, 0, 0), "terbit") == 0
                         ? "arsip_ubah" : "arsip_terbit",
                     "permohonan", nomor,
                     k.arsip->nrows ? isian_json(p, "status", sl_rows_get(k.arsip, 0, 0),
                                                 "teks", before, NULL) : NULL,
                     isian_json(p, "status", "terbit", "teks", teks, "dokumen",
                                apr_itoa(p, berkas->nelts), NULL), 0}) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    return kembali(c, nomor);
}

int sialip_arsip_kelola_tahan(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *alasan = isian_teks(c, errors, "alasan", SIALIP_MSG_ARSIP_ALASAN_MENAHAN, 1,
                                    TEKS_MAKS);
    const char *nomor;
    kasus k;
    int response;

    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (!muat(c, &k, &response)) {
        sl_db_rollback(c->db);
        return response;
    }
    if (errors->nelts) {
        sl_db_rollback(c->db);
        return show(c, &k, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    nomor = sl_rows_get(k.r, 0, ALUR_NOMOR);
    if (simpan(c, &k, "ditahan", NULL, alasan) != 0
        || sl_audit(c, &(sl_audit_entry){
                        "arsip_tahan", "permohonan", nomor,
                        k.arsip->nrows ? isian_json(p, "status", sl_rows_get(k.arsip, 0, 0),
                                                    "teks", sl_rows_get(k.arsip, 0, 1),
                                                    NULL) : NULL,
                        isian_json(p, "status", "ditahan", "alasan", alasan, NULL), 0}) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    return kembali(c, nomor);
}
