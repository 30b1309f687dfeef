/* Innovation profiles for staff: the form (every field of the Indeks
 * Inovasi Daerah profile, with replication), creating and editing (OPD
 * officers, own OPD only; the evaluator and the admin register for any OPD).
 * The list is inovasi_daftar.c, the staff page of one innovation and
 * publishing inovasi_staf.c. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "validate.h"
#include "sl_audit.h"
#include "sl_module.h"
#include "inovasi.h"
#include "sl_logno.h"
#include "inovasi_messages.h"

#define KOLOM_ISIAN \
    "tahun, nama, bentuk, jenis, tahapan, tanggal_uji_coba, tanggal_penerapan, " \
    "inisiator, urusan, ringkasan, rancang_bangun, tujuan, manfaat, hasil, " \
    "anggaran, dasar_hukum_jenis, dasar_hukum_nomor, kontak_nama, " \
    "kontak_telepon, kontak_email, replikasi, sumber_inovasi_id, sumber_nama, " \
    "sumber_daerah, replikasi_cara, replikasi_perubahan"

const sl_stmt_def inovasi_data_stmts[] = {
    {"opd_nama", "SELECT nama, singkatan FROM opd WHERE id = %s"},
    /* The sources a replication may name: published innovations and the
     * officer's own OPD's, never the innovation itself. */
    {"sumber_pilihan",
     "SELECT i.id, i.nama, o.singkatan, i.tahun FROM inovasi i "
     "JOIN opd o ON o.id = i.opd_id WHERE (i.terbit = 1 OR i.opd_id = %s) "
     "AND i.id <> %s ORDER BY o.singkatan, i.nama, i.id"},
    {"sumber_boleh",
     "SELECT 1 FROM inovasi WHERE id = %s AND (terbit = 1 OR opd_id = %s) "
     "AND id <> %s"},
    {"buat",
     "INSERT INTO inovasi (opd_id, " KOLOM_ISIAN ", terbit, dibuat_pada, "
     "diubah_pada) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
     "%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, 0, "
     "UTC_TIMESTAMP(), UTC_TIMESTAMP())"},
    {"id_baru", "SELECT LAST_INSERT_ID()"},
    {"ubah",
     "UPDATE inovasi SET tahun = %s, nama = %s, bentuk = %s, jenis = %s, "
     "tahapan = %s, tanggal_uji_coba = %s, tanggal_penerapan = %s, "
     "inisiator = %s, urusan = %s, ringkasan = %s, rancang_bangun = %s, "
     "tujuan = %s, manfaat = %s, hasil = %s, anggaran = %s, "
     "dasar_hukum_jenis = %s, dasar_hukum_nomor = %s, kontak_nama = %s, "
     "kontak_telepon = %s, kontak_email = %s, replikasi = %s, "
     "sumber_inovasi_id = %s, sumber_nama = %s, sumber_daerah = %s, "
     "replikasi_cara = %s, replikasi_perubahan = %s, diubah_pada = UTC_TIMESTAMP() "
     "WHERE id = %s AND opd_id = %s"},
    /* Reports or scores tie an innovation to its year (106_inovasi_beku.sql);
     * a published profile its OPD edits goes back for approval. */
    {"tahun_terikat", "SELECT (SELECT COUNT(*) FROM inovasi_laporan WHERE inovasi_id = %s) "
     "+ (SELECT COUNT(*) FROM inovasi_penilaian WHERE inovasi_id = %s)"},
    {"tarik_untuk_persetujuan", "UPDATE inovasi SET terbit = 0 WHERE id = %s AND terbit = 1"},
    {NULL, NULL}
};

/* The form's fields in the order of KOLOM_ISIAN. */
static const char *const fields[] = {
    "tahun", "nama", "bentuk", "jenis", "tahapan", "tanggal_uji_coba",
    "tanggal_penerapan", "inisiator", "urusan", "ringkasan", "rancang_bangun",
    "tujuan", "manfaat", "hasil", "anggaran", "dasar_hukum_jenis",
    "dasar_hukum_nomor", "kontak_nama", "kontak_telepon", "kontak_email",
    "replikasi", "sumber_inovasi_id", "sumber_nama", "sumber_daerah",
    "replikasi_cara", "replikasi_perubahan", NULL
};
#define NFIELDS 26

/* The fields whose values are chosen from a list, and their lists. */
static const struct {
    const char *field;
    const inovasi_pilihan *p;
} pilihan[] = {
    {"bentuk", inovasi_bentuk}, {"jenis", inovasi_jenis}, {"tahapan", inovasi_tahapan},
    {"inisiator", inovasi_inisiator}, {"dasar_hukum_jenis", inovasi_dasar_hukum},
    {"replikasi", inovasi_replikasi}, {"replikasi_cara", inovasi_replikasi_cara},
    {NULL, NULL}
};

/* ---- the form ---------------------------------------------------------- */

/* The values of the form: as typed (from the POST) or from the row. */
static const char *value_of(sl_ctx *c, const sl_rows *row, const char *name)
{
    if (c->form) {
        return sl_field(c, name);
    }
    if (row) {
        const char *v = sl_rows_named(row, 0, name);
        if (strcmp(name, "anggaran") == 0) {
            return inovasi_desimal(c->r->pool, v);
        }
        return v ? v : "";
    }
    if (strcmp(name, "tahun") == 0) {
        return inovasi_tahun_ini(c->r->pool);
    }
    if (strcmp(name, "replikasi") == 0) {
        return "bukan";
    }
    return "";
}

static int show_form(sl_ctx *c, int status, const sl_rows *row,
                     const char *id, apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_page *page = sl_ctx_page(c, "inovasi-form",
                                id ? INOVASI_MSG_JUDUL_UBAH_PROFIL
                                   : INOVASI_MSG_JUDUL_INOVASI_BARU,
                                "formulir");
    xmlNodePtr res = page->resource, isian, src;
    sl_rows *opd, *sources;
    int i;

    if (sl_db_select(c->db, "opd_nama", &opd, SL_ARGS(sl_scope_opd(c))) != 0
        || sl_db_select(c->db, "sumber_pilihan", &sources,
                        SL_ARGS(sl_scope_opd(c), id ? id : "0")) != 0) {
        return inovasi_gangguan(c);
    }
    sl_xml_attr(res, "id", id);
    sl_xml_text(res, "opd", sl_rows_get(opd, 0, 0));
    isian = sl_xml_node(res, "isian");
    for (i = 0; fields[i]; i++) {
        inovasi_isian(isian, fields[i], value_of(c, row, fields[i]));
    }
    if (!id && inovasi_pendaftar_xml(c, res, isian) != 0) {
        return inovasi_gangguan(c);
    }
    inovasi_galat_xml(res, errors);
    for (i = 0; pilihan[i].field; i++) {
        inovasi_pilihan_xml(res, pilihan[i].field, pilihan[i].p);
    }
    src = sl_xml_node(res, "pilihan");
    sl_xml_attr(src, "untuk", "sumber_inovasi_id");
    for (i = 0; i < sources->nrows; i++) {
        xmlNodePtr o = sl_xml_text(src, "opsi", apr_psprintf(p, "%s (%s, %s)",
                                   sl_rows_get(sources, i, 1),
                                   sl_rows_get(sources, i, 2),
                                   sl_rows_get(sources, i, 3)));
        sl_xml_attr(o, "nilai", sl_rows_get(sources, i, 0));
    }
    return sl_page_send(page, status);
}

int inovasi_data_form_baru(sl_ctx *c)
{
    if (!c->session->opd_id && !inovasi_pendaftar_semua(c)) {
        return sl_error_page(c, HTTP_FORBIDDEN, INOVASI_MSG_AKUN_TANPA_OPD,
                             INOVASI_MSG_AKUN_TANPA_OPD_SARAN);
    }
    return show_form(c, HTTP_OK, NULL, NULL, NULL);
}

int inovasi_data_form_ubah(sl_ctx *c)
{
    const char *id = inovasi_param_id(c, "id");
    const sl_rows *row;
    int failed;

    row = inovasi_muat(c, id, 0, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!row) {
        return inovasi_tidak_ada(c);
    }
    return show_form(c, HTTP_OK, row, id, NULL);
}

static void choice(sl_ctx *c, apr_array_header_t *e, const char *field,
                   const char *label, const inovasi_pilihan *choices)
{
    if (!inovasi_pilihan_ada(choices, sl_field(c, field))) {
        inovasi_galat_tambah(e, field, apr_pstrcat(c->r->pool, "Pilih ", label,
                                                   ".", NULL));
    }
}

/* Validates the form; fills values[] (SQL arguments in the order of
 * KOLOM_ISIAN, NULL for SQL NULL). */
static void validate(sl_ctx *c, const char *id, apr_array_header_t *e,
                     const char **values)
{
    apr_pool_t *p = c->r->pool;
    const char *tahapan = sl_field(c, "tahapan");
    const char *uji = sl_field(c, "tanggal_uji_coba");
    const char *terap = sl_field(c, "tanggal_penerapan");
    const char *anggaran = sl_field(c, "anggaran");
    const char *hukum = sl_field(c, "dasar_hukum_jenis");
    const char *telepon = sl_field(c, "kontak_telepon");
    const char *email = sl_field(c, "kontak_email");
    const char *rep = sl_field(c, "replikasi");
    int i, need_uji, need_terap;

    for (i = 0; i < NFIELDS; i++) {
        const char *v = sl_field(c, fields[i]);
        values[i] = *v ? v : NULL;
    }
    if (!inovasi_tahun_valid(sl_field(c, "tahun"))) {
        inovasi_galat_tambah(e, "tahun", INOVASI_MSG_TAHUN_SALAH);
    }
    inovasi_teks(c, e, "nama", INOVASI_MSG_LABEL_NAMA_INOVASI, 255, 1);
    choice(c, e, "bentuk", INOVASI_MSG_LABEL_BENTUK, inovasi_bentuk);
    choice(c, e, "jenis", INOVASI_MSG_LABEL_JENIS, inovasi_jenis);
    choice(c, e, "tahapan", INOVASI_MSG_LABEL_TAHAPAN, inovasi_tahapan);
    choice(c, e, "inisiator", INOVASI_MSG_LABEL_INISIATOR, inovasi_inisiator);
    inovasi_teks(c, e, "urusan", INOVASI_MSG_LABEL_URUSAN, 255, 1);
    inovasi_teks(c, e, "ringkasan", "Ringkasan", 2000, 1);
    inovasi_teks(c, e, "rancang_bangun", INOVASI_MSG_LABEL_RANCANG_BANGUN, 20000, 1);
    inovasi_teks(c, e, "tujuan", "Tujuan", 5000, 1);
    inovasi_teks(c, e, "manfaat", "Manfaat", 5000, 1);
    inovasi_teks(c, e, "hasil", INOVASI_MSG_LABEL_HASIL, 5000,
                 strcmp(tahapan, "penerapan") == 0);

    /* Dates of trial and launch, as far as the stage has come. */
    need_uji = strcmp(tahapan, "uji_coba") == 0 || strcmp(tahapan, "penerapan") == 0;
    need_terap = strcmp(tahapan, "penerapan") == 0;
    if (*uji && !capaian_tanggal(uji, NULL, NULL, NULL)) {
        inovasi_galat_tambah(e, "tanggal_uji_coba",
                             INOVASI_MSG_TANGGAL_UJI_COBA_SALAH);
    }
    else if (!*uji && need_uji) {
        inovasi_galat_tambah(e, "tanggal_uji_coba",
                             INOVASI_MSG_TANGGAL_UJI_COBA_WAJIB);
    }
    if (*terap && !capaian_tanggal(terap, NULL, NULL, NULL)) {
        inovasi_galat_tambah(e, "tanggal_penerapan",
                             INOVASI_MSG_TANGGAL_PENERAPAN_SALAH);
    }
    else if (!*terap && need_terap) {
        inovasi_galat_tambah(e, "tanggal_penerapan",
                             INOVASI_MSG_TANGGAL_PENERAPAN_WAJIB);
    }
    else if (*terap && *uji && capaian_tanggal(uji, NULL, NULL, NULL)
             && strcmp(terap, uji) < 0) {
        inovasi_galat_tambah(e, "tanggal_penerapan",
                             INOVASI_MSG_PENERAPAN_SEBELUM_UJI_COBA);
    }

    if (*anggaran) {
        char norm[32];
        if (!capaian_rupiah(anggaran, norm, sizeof(norm))) {
            inovasi_galat_tambah(e, "anggaran", INOVASI_MSG_ANGGARAN_SALAH);
        }
        else {
            values[14] = apr_pstrdup(p, norm);
        }
    }
    if (*hukum && !inovasi_pilihan_ada(inovasi_dasar_hukum, hukum)) {
        inovasi_galat_tambah(e, "dasar_hukum_jenis", INOVASI_MSG_JENIS_DASAR_HUKUM_WAJIB);
    }
    inovasi_teks(c, e, "dasar_hukum_nomor", INOVASI_MSG_LABEL_NOMOR_DASAR_HUKUM, 255,
                 *hukum != '\0');
    if (!*hukum && *sl_field(c, "dasar_hukum_nomor")) {
        inovasi_galat_tambah(e, "dasar_hukum_jenis",
                             INOVASI_MSG_JENIS_DASAR_HUKUM_UNTUK_NOMOR);
    }

    inovasi_teks(c, e, "kontak_nama", INOVASI_MSG_LABEL_NAMA_NARAHUBUNG, 255, 1);
    if (!*telepon && !*email) {
        inovasi_galat_tambah(e, "kontak_telepon",
                             INOVASI_MSG_KONTAK_NARAHUBUNG_WAJIB);
    }
    if (*telepon && !sl_valid_phone(telepon)) {
        inovasi_galat_tambah(e, "kontak_telepon",
                             INOVASI_MSG_TELEPON_SALAH);
    }
    if (*email && !sl_valid_email(email)) {
        inovasi_galat_tambah(e, "kontak_email", INOVASI_MSG_EMAIL_SALAH);
    }
    values[18] = telepon;
    values[19] = email;
    values[16] = sl_field(c, "dasar_hukum_nomor");
    values[17] = sl_field(c, "kontak_nama");
    values[8] = sl_field(c, "urusan");

    /* Replication (ATM): the source and what was copied or changed. */
    choice(c, e, "replikasi", INOVASI_MSG_LABEL_REPLIKASI, inovasi_replikasi);
    values[22] = "";
    values[23] = "";
    if (strcmp(rep, "dalam_daerah") == 0) {
        const char *src = sl_field(c, "sumber_inovasi_id");
        sl_rows *ok;
        if (!*src || strspn(src, "0123456789") != strlen(src) || strlen(src) > 9) {
            inovasi_galat_tambah(e, "sumber_inovasi_id",
                                 INOVASI_MSG_SUMBER_WAJIB);
        }
        else if (sl_db_select(c->db, "sumber_boleh", &ok,
                              SL_ARGS(src, sl_scope_opd(c), id ? id : "0")) != 0
                 || ok->nrows != 1) {
            inovasi_galat_tambah(e, "sumber_inovasi_id",
                                 INOVASI_MSG_SUMBER_TIDAK_TERSEDIA);
        }
    }
    else {
        values[21] = NULL;
    }
    if (strcmp(rep, "luar_daerah") == 0) {
        values[22] = inovasi_teks(c, e, "sumber_nama", INOVASI_MSG_LABEL_NAMA_SUMBER, 255, 1);
        values[23] = inovasi_teks(c, e, "sumber_daerah", INOVASI_MSG_LABEL_DAERAH_SUMBER,
                                  255, 1);
    }
    if (strcmp(rep, "dalam_daerah") == 0 || strcmp(rep, "luar_daerah") == 0) {
        const char *cara = sl_field(c, "replikasi_cara");
        choice(c, e, "replikasi_cara", INOVASI_MSG_LABEL_CARA_REPLIKASI,
               inovasi_replikasi_cara);
        inovasi_teks(c, e, "replikasi_perubahan", INOVASI_MSG_LABEL_URAIAN_PERUBAHAN, 5000,
                     strcmp(cara, "modifikasi") == 0);
    }
    else {
        values[24] = NULL;
        values[25] = NULL;
    }
}

static const char *audit_json(sl_ctx *c, const char **v)
{
    apr_pool_t *p = c->r->pool;
    return inovasi_json(p, "tahun", v[0], "nama", v[1], "bentuk", v[2],
                        "jenis", v[3], "tahapan", v[4], "tanggal_uji_coba", v[5],
                        "tanggal_penerapan", v[6], "inisiator", v[7],
                        "urusan", v[8], "anggaran", v[14],
                        "dasar_hukum", v[15], "dasar_hukum_nomor", v[16],
                        "kontak", v[17], "replikasi", v[20],
                        "sumber_inovasi_id", v[21], "sumber_nama", v[22],
                        "sumber_daerah", v[23], "replikasi_cara", v[24], NULL);
}

static const char *row_json(sl_ctx *c, const sl_rows *row)
{
    const char *v[NFIELDS];
    int i;
    for (i = 0; i < NFIELDS; i++) {
        v[i] = sl_rows_named(row, 0, fields[i]);
    }
    return audit_json(c, v);
}

int inovasi_data_buat(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *v[NFIELDS];
    const char *id, *opd;
    sl_rows *rows;
    int failed;

    if (!c->session->opd_id && !inovasi_pendaftar_semua(c)) {
        return inovasi_data_form_baru(c);
    }
    opd = inovasi_opd_tujuan(c, errors, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    validate(c, NULL, errors, v);
    if (errors->nelts) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, NULL, NULL, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    sl_db_exec(c->db, "buat", NULL,
               SL_ARGS(opd, v[0], v[1], v[2], v[3], v[4], v[5],
                       v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                       v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21],
                       v[22], v[23], v[24], v[25]));
    if (sl_db_select(c->db, "id_baru", &rows, SL_NOARGS) != 0
        || !(id = sl_rows_get(rows, 0, 0))) {
        return inovasi_gangguan(c);
    }
    /* The OPD (digits, checked) leads the profile: who registered for whom. */
    sl_audit(c, &(sl_audit_entry){"buat", "inovasi", id, NULL,
             apr_pstrcat(p, "{\"opd_id\":\"", opd, "\",", audit_json(c, v) + 1, NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, c->r, SL_LOGNO(00054) "innovation %s created by %s "
                  "for OPD %s", id, c->session->username, opd);
    /* the admin reads no innovation pages: back to the form, told */
    return sl_redirect(c, apr_pstrcat(p, c->mount, c->session->roles & INOVASI_STAF
                                      ? "/admin/inovasi/" : "/admin/inovasi/baru?terdaftar=",
                                      id, NULL));
}

int inovasi_data_ubah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = inovasi_param_id(c, "id");
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *v[NFIELDS], *before, *after;
    const sl_rows *row;
    sl_rows *terikat;
    int failed, n = 0;

    if (!id) {
        return inovasi_tidak_ada(c);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    row = inovasi_muat(c, id, 0, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!row) {
        return inovasi_tidak_ada(c);
    }
    validate(c, id, errors, v);
    if (v[0] && strcmp(v[0], sl_rows_named(row, 0, "tahun")) != 0) {
        if (sl_db_select(c->db, "tahun_terikat", &terikat, SL_ARGS(id, id)) != 0) {
            return inovasi_gangguan(c);
        }
        if (atoi(sl_rows_get_or(terikat, 0, 0, "0")) > 0) {
            inovasi_galat_tambah(errors, "tahun",
                                 apr_psprintf(p, INOVASI_MSG_TAHUN_TERKUNCI,
                                              sl_rows_named(row, 0, "tahun")));
        }
    }
    if (errors->nelts) {
        sl_db_rollback(c->db);
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, row, id, errors);
    }
    before = row_json(c, row);
    after = audit_json(c, v);
    if (sl_rows_named(row, 0, "terbit") && strcmp(sl_rows_named(row, 0, "terbit"), "1") == 0
        && strcmp(before, after) != 0) {
        /* Changed after publication: off the showcase until Bappeda approves. */
        sl_db_exec(c->db, "tarik_untuk_persetujuan", NULL, SL_ARGS(id));
        sl_audit(c, &(sl_audit_entry){"tarik", "inovasi", id, inovasi_json(p, "terbit", "1",
                 NULL), inovasi_json(p, "terbit", "0", "alasan",
                 INOVASI_MSG_ALASAN_TARIK_DIUBAH_OPD, NULL), 0});
    }
    sl_db_exec(c->db, "ubah", &n,
               SL_ARGS(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                       v[9], v[10], v[11], v[12], v[13], v[14], v[15], v[16],
                       v[17], v[18], v[19], v[20], v[21], v[22], v[23], v[24],
                       v[25], id, sl_scope_opd(c)));
    sl_audit(c, &(sl_audit_entry){"ubah", "inovasi", id, before, after, 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/inovasi/", id, NULL));
}
