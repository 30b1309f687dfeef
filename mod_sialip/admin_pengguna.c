/* Staff accounts (admin only): list, create with roles and a bcrypt
 * password, edit name, e-mail, OPD and roles, reset the password, deactivate
 * and reactivate.  Deactivating ends the account's sessions at once.  The
 * e-mail (optional) is where the disposition e-mails and the daily reminders
 * go (surel.c, tools/pengingat.c). */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <apr_md5.h>
#include "roles.h"
#include "validate.h"
#include "password.h"
#include "sl_audit.h"
#include "sl_session.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "sialip.h"

#define PENGGUNA_SANDI_MIN 10
#define PENGGUNA_SANDI_MAKS 72      /* bcrypt reads no further */

#define PENGGUNA_PERAN \
    "(SELECT GROUP_CONCAT(pp.peran ORDER BY pp.peran) FROM pengguna_peran pp " \
    " WHERE pp.pengguna_id = p.id)"

static const sl_stmt_def statements[] = {
    {"pengguna_daftar",
     "SELECT p.id, p.username, p.nama, o.nama, p.aktif, " PENGGUNA_PERAN
     ", p.email FROM pengguna p LEFT JOIN opd o ON o.id = p.opd_id "
     "ORDER BY p.aktif DESC, p.username"},
    {"pengguna_muat",
     "SELECT p.id, p.username, p.nama, p.opd_id, p.aktif, " PENGGUNA_PERAN
     ", o.nama, p.email FROM pengguna p LEFT JOIN opd o ON o.id = p.opd_id "
     "WHERE p.id = %s"},
    {"pengguna_kunci",
     "SELECT p.id, p.username, p.nama, p.opd_id, p.aktif, " PENGGUNA_PERAN
     ", NULL, p.email FROM pengguna p WHERE p.id = %s FOR UPDATE"},
    {"pengguna_ada", "SELECT id FROM pengguna WHERE username = %s"},
    {"pengguna_simpan",
     "INSERT INTO pengguna (username, nama, email, password_hash, opd_id, aktif, "
     "dibuat_pada) VALUES (%s, %s, %s, %s, %s, 1, UTC_TIMESTAMP())"},
    {"pengguna_ubah",
     "UPDATE pengguna SET nama = %s, email = %s, opd_id = %s WHERE id = %s"},
    {"pengguna_sandi", "UPDATE pengguna SET password_hash = %s WHERE id = %s"},
    {"pengguna_aktif",
     "UPDATE pengguna SET aktif = %s WHERE id = %s AND aktif <> %s"},
    {"pengguna_peran_hapus", "DELETE FROM pengguna_peran WHERE pengguna_id = %s"},
    {"pengguna_peran_tambah",
     "INSERT INTO pengguna_peran (pengguna_id, peran) VALUES (%s, %s)"},
    /* All the user's sessions but the one whose token is given ("" for
     * none: no token hashes to the SHA-256 of the empty string). */
    {"pengguna_sesi_akhiri",
     "UPDATE sesi SET diakhiri = UTC_TIMESTAMP() WHERE pengguna_id = %s "
     "AND diakhiri IS NULL AND token_hash <> SHA2(%s, 256)"},
    {NULL, NULL}
};

/* Columns of pengguna_muat and pengguna_kunci. */
enum { U_ID, U_USERNAME, U_NAMA, U_OPD_ID, U_AKTIF, U_PERAN, U_OPD_NAMA, U_EMAIL };

/* The roles of DOMAIN.md (the peran table). */
static const sl_choice peran_choices[] = {
    {"ppid_utama", "PPID Utama"},
    {"ppid_pelaksana", "PPID Pelaksana OPD"},
    {"atasan_ppid", "Atasan PPID"},
    {"admin", "Administrator sistem"},
    {"opd_inovasi", "Petugas inovasi OPD"},
    {"evaluator", "Evaluator inovasi"},
    {"pimpinan", "Pimpinan"},
    {NULL, NULL}
};

/* Roles that work for one OPD. */
static int needs_opd(const char *peran)
{
    return strcmp(peran, "ppid_pelaksana") == 0 || strcmp(peran, "opd_inovasi") == 0;
}

static const char *url_of(sl_ctx *c, const char *id)
{
    return apr_pstrcat(c->r->pool, c->mount, "/admin/pengguna/", id, NULL);
}

static int is_self(sl_ctx *c, const char *id)
{
    return id && c->session->user_id && strcmp(id, c->session->user_id) == 0;
}

/* "admin,ppid_utama" as labels. */
static const char *role_labels(apr_pool_t *p, const char *codes)
{
    char *copy, *last, *tok;
    const char *out = NULL;

    if (!codes) {
        return "";
    }
    copy = apr_pstrdup(p, codes);
    for (tok = apr_strtok(copy, ",", &last); tok; tok = apr_strtok(NULL, ",", &last)) {
        const char *label = sl_choice_label(peran_choices, tok);
        out = out ? apr_pstrcat(p, out, ", ", label, NULL) : label;
    }
    return out ? out : "";
}

static int pengguna_daftar(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows;
    sl_page *pg;
    const char *pesan = sl_query(c, "pesan");
    int i;

    if (sl_db_select(c->db, "pengguna_daftar", &rows, SL_NOARGS) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "admin-pengguna", "Pengguna", "pengguna");
    if (strcmp(pesan, "disimpan") == 0) {
        sl_xml_text(pg->resource, "pesan", "Pengguna tersimpan.");
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr u = sl_xml_node(pg->resource, "akun");
        sl_xml_attr(u, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(u, "aktif", sl_rows_get(rows, i, 4));
        sl_xml_text(u, "username", sl_rows_get(rows, i, 1));
        sl_xml_text(u, "nama", sl_rows_get(rows, i, 2));
        sl_xml_text(u, "email", sl_rows_get(rows, i, 6));
        sl_xml_text(u, "opd", sl_rows_get(rows, i, 3));
        sl_xml_text(u, "peran", role_labels(p, sl_rows_get(rows, i, 5)));
    }
    return sl_page_send(pg, HTTP_OK);
}

/* The account's form: new (row NULL) or existing; values from the form
 * when from_form. */
static int show_form(sl_ctx *c, int status, const apr_array_header_t *errors,
                     const sl_rows *row, int from_form)
{
    apr_pool_t *p = c->r->pool;
    sl_page *pg;
    xmlNodePtr res, isian;
    int i;

    pg = sl_ctx_page(c, "admin-pengguna-formulir",
                     row ? apr_pstrcat(p, "Pengguna ", sl_rows_get(row, 0, U_USERNAME),
                                       NULL)
                         : "Pengguna baru", "pengguna_akun");
    res = pg->resource;
    isian = isian_xml(res);
    if (from_form) {
        apr_array_header_t *roles = isian_semua(c, "peran");
        isian_nilai(isian, "username", row ? sl_rows_get(row, 0, U_USERNAME)
                                           : sl_field(c, "username"));
        isian_nilai(isian, "nama", sl_field(c, "nama"));
        isian_nilai(isian, "email", sl_field(c, "email"));
        isian_nilai(isian, "opd_id", sl_field(c, "opd_id"));
        for (i = 0; i < roles->nelts; i++) {
            isian_nilai(isian, "peran", APR_ARRAY_IDX(roles, i, const char *));
        }
    }
    else if (row) {
        char *codes = apr_pstrdup(p, sl_rows_get_or(row, 0, U_PERAN, "")), *last, *tok;
        isian_nilai(isian, "username", sl_rows_get(row, 0, U_USERNAME));
        isian_nilai(isian, "nama", sl_rows_get(row, 0, U_NAMA));
        isian_nilai(isian, "email", sl_rows_get(row, 0, U_EMAIL));
        isian_nilai(isian, "opd_id", sl_rows_get(row, 0, U_OPD_ID));
        for (tok = apr_strtok(codes, ",", &last); tok;
             tok = apr_strtok(NULL, ",", &last)) {
            isian_nilai(isian, "peran", tok);
        }
    }
    isian_galat_xml(res, errors);
    isian_pilihan_xml(res, "peran", peran_choices);
    if (isian_pilihan_opd(c, res, "opd_id", 1,
                          row ? sl_rows_get(row, 0, U_OPD_ID) : NULL) != 0) {
        return isian_gangguan(c);
    }
    if (row) {
        const char *id = sl_rows_get(row, 0, U_ID);
        sl_xml_attr(res, "id", id);
        sl_xml_attr(res, "aktif", sl_rows_get(row, 0, U_AKTIF));
        sl_xml_attr(res, "aksi", url_of(c, id));
        if (is_self(c, id)) {
            sl_xml_attr(res, "diri_sendiri", "1");
        }
    }
    else {
        sl_xml_attr(res, "aksi", apr_pstrcat(p, c->mount, "/admin/pengguna", NULL));
    }
    if (status == HTTP_OK) {
        const char *pesan = sl_query(c, "pesan");
        if (strcmp(pesan, "disimpan") == 0) {
            sl_xml_text(res, "pesan", "Perubahan tersimpan.");
        }
        else if (strcmp(pesan, "nonaktifkan") == 0) {
            sl_xml_text(res, "pesan", "Pengguna dinonaktifkan; sesinya diakhiri.");
        }
        else if (strcmp(pesan, "aktifkan") == 0) {
            sl_xml_text(res, "pesan", "Pengguna diaktifkan kembali.");
        }
    }
    return sl_page_send(pg, status);
}

static const sl_rows *muat(sl_ctx *c, const char *id, int *failed)
{
    sl_rows *rows;
    *failed = 0;
    if (!isian_id_valid(id)) {
        return NULL;
    }
    if (sl_db_select(c->db, "pengguna_muat", &rows, SL_ARGS(id)) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

static int tidak_ditemukan(sl_ctx *c)
{
    return isian_tidak_ditemukan(c, "Pengguna tidak ditemukan",
                                 "Periksa kembali alamat yang Anda buka.");
}

static int pengguna_baru(sl_ctx *c)
{
    return show_form(c, HTTP_OK, NULL, NULL, 0);
}

static int pengguna_lihat(sl_ctx *c)
{
    int failed;
    const sl_rows *row = muat(c, apr_table_get(c->params, "id"), &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    return show_form(c, HTTP_OK, NULL, row, 0);
}

static int valid_username(const char *u)
{
    size_t n = strlen(u), i;
    if (n < 3 || n > 64) {
        return 0;
    }
    for (i = 0; i < n; i++) {
        if (!(apr_islower(u[i]) || apr_isdigit(u[i]) || u[i] == '.' || u[i] == '_'
              || u[i] == '-')) {
            return 0;
        }
    }
    return 1;
}

typedef struct {
    const char *nama;
    const char *email;               /* NULL: none */
    const char *opd_id;              /* NULL: no OPD */
    apr_array_header_t *roles;       /* of const char *, known codes */
    const char *roles_text;          /* "admin,ppid_utama" */
    const char *password;            /* NULL: unchanged */
} akun_input;

/* Name, OPD, roles and (required when creating) the password.  current_opd
 * is the account's OPD, which it may keep even when deactivated. */
static void validate(sl_ctx *c, apr_array_header_t *errors, akun_input *in,
                     int creating, const char *current_opd)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *sent = isian_semua(c, "peran");
    const char *pw = c->form ? apr_table_get(c->form->fields, "password") : NULL;
    const char *again = c->form ? apr_table_get(c->form->fields, "password_ulang")
                                : NULL;
    int i, with_opd = 0;

    in->nama = isian_teks(c, errors, "nama", "Nama lengkap", 1, 255);
    /* Optional; where the officer's disposition e-mails and reminders go. */
    in->email = isian_teks(c, errors, "email", "Alamat e-mail", 0, 254);
    if (!*in->email) {
        in->email = NULL;
    }
    else if (!isian_ada_galat(errors, "email") && !sl_valid_email(in->email)) {
        isian_galat(errors, "email", "Alamat e-mail tidak valid; contoh: "
                    "nama@serangkab.go.id.");
    }
    in->opd_id = sl_field(c, "opd_id");
    if (!*in->opd_id) {
        in->opd_id = NULL;
    }
    else {
        int ok = isian_opd_aktif(c, in->opd_id, current_opd);
        if (ok <= 0) {
            isian_galat(errors, "opd_id", ok < 0 ? "OPD tidak dapat diperiksa saat "
                        "ini; coba lagi." : "Pilih OPD yang masih aktif.");
        }
    }
    in->roles = apr_array_make(p, 8, sizeof(const char *));
    in->roles_text = "";
    for (i = 0; i < sent->nelts; i++) {
        const char *code = APR_ARRAY_IDX(sent, i, const char *);
        const sl_choice *ch;
        int k, dup = 0;
        for (ch = peran_choices; ch->value && strcmp(ch->value, code) != 0; ch++) {
        }
        if (!ch->value) {
            isian_galat(errors, "peran", "Peran yang dipilih tidak dikenal.");
            continue;
        }
        for (k = 0; k < in->roles->nelts; k++) {
            dup |= strcmp(APR_ARRAY_IDX(in->roles, k, const char *), ch->value) == 0;
        }
        if (dup) {
            continue;
        }
        APR_ARRAY_PUSH(in->roles, const char *) = ch->value;
        in->roles_text = *in->roles_text
                         ? apr_pstrcat(p, in->roles_text, ",", ch->value, NULL)
                         : ch->value;
        with_opd |= needs_opd(ch->value);
    }
    if (in->roles->nelts == 0 && !isian_ada_galat(errors, "peran")) {
        isian_galat(errors, "peran", "Pilih sekurang-kurangnya satu peran.");
    }
    if (with_opd && !in->opd_id && !isian_ada_galat(errors, "opd_id")) {
        isian_galat(errors, "opd_id", "Peran PPID Pelaksana dan petugas inovasi "
                    "OPD memerlukan OPD.");
    }
    in->password = NULL;
    if (!pw || !*pw) {
        if (creating) {
            isian_galat(errors, "password", "Kata sandi wajib diisi.");
        }
        return;
    }
    if (sl_utf8_length(pw, strlen(pw)) < PENGGUNA_SANDI_MIN) {
        isian_galat(errors, "password", apr_psprintf(p, "Kata sandi paling sedikit "
                                                     "%d karakter.",
                                                     PENGGUNA_SANDI_MIN));
    }
    else if (strlen(pw) > PENGGUNA_SANDI_MAKS) {
        isian_galat(errors, "password", apr_psprintf(p, "Kata sandi paling panjang "
                                                     "%d byte.",
                                                     PENGGUNA_SANDI_MAKS));
    }
    else if (!again || strcmp(pw, again) != 0) {
        isian_galat(errors, "password_ulang", "Ulangi kata sandi yang sama persis.");
    }
    else {
        in->password = pw;
    }
}

/* A bcrypt hash at the project's one cost (password.h), or NULL. */
static const char *bcrypt_hash(apr_pool_t *p, const char *password)
{
    return sl_password_hash(p, password);
}

static int set_roles(sl_ctx *c, const char *id, const apr_array_header_t *roles)
{
    int i, rv = sl_db_exec(c->db, "pengguna_peran_hapus", NULL, SL_ARGS(id));
    for (i = 0; rv == 0 && i < roles->nelts; i++) {
        rv = sl_db_exec(c->db, "pengguna_peran_tambah", NULL,
                        SL_ARGS(id, APR_ARRAY_IDX(roles, i, const char *)));
    }
    return rv;
}

static int pengguna_buat(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *username = sl_field(c, "username");
    const char *hash, *id;
    akun_input in;
    sl_rows *rows;

    if (!valid_username(username)) {
        isian_galat(errors, "username", "Nama pengguna 3 sampai 64 karakter: huruf "
                    "kecil, angka, titik, garis bawah, atau tanda hubung.");
    }
    else if (sl_db_select(c->db, "pengguna_ada", &rows, SL_ARGS(username)) != 0) {
        return isian_gangguan(c);
    }
    else if (rows->nrows > 0) {
        isian_galat(errors, "username", "Nama pengguna ini sudah dipakai.");
    }
    validate(c, errors, &in, 1, NULL);
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, NULL, 1);
    }
    /* Hashed before the transaction: bcrypt holds no lock. */
    if (!(hash = bcrypt_hash(p, in.password))) {
        return isian_gangguan(c);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "pengguna_simpan", NULL,
               SL_ARGS(username, in.nama, in.email, hash, in.opd_id));
    id = isian_id_terakhir(c);
    if (!id || set_roles(c, id, in.roles) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_audit(c, &(sl_audit_entry){
        "buat", "pengguna", id, NULL,
        isian_json(p, "username", username, "nama", in.nama, "email", in.email,
                   "opd_id", in.opd_id,
                   "peran", in.roles_text, "aktif", "1", NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, url_of(c, id), "?pesan=disimpan", NULL));
}

static int pengguna_ubah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *hash = NULL;
    const sl_rows *row;
    sl_rows *locked;
    akun_input in;
    int failed, i, keeps_admin = 0;

    row = muat(c, id, &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    validate(c, errors, &in, 0, sl_rows_get(row, 0, U_OPD_ID));
    for (i = 0; i < in.roles->nelts; i++) {
        keeps_admin |= strcmp(APR_ARRAY_IDX(in.roles, i, const char *), "admin") == 0;
    }
    if (is_self(c, id) && !keeps_admin && !isian_ada_galat(errors, "peran")) {
        isian_galat(errors, "peran", "Anda tidak dapat mencabut peran administrator "
                    "dari akun Anda sendiri.");
    }
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, row, 1);
    }
    if (in.password && !(hash = bcrypt_hash(p, in.password))) {
        return isian_gangguan(c);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sl_db_select(c->db, "pengguna_kunci", &locked, SL_ARGS(id)) != 0
        || locked->nrows != 1) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "pengguna_ubah", NULL, SL_ARGS(in.nama, in.email, in.opd_id, id));
    if (set_roles(c, id, in.roles) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    if (hash) {
        /* A new password ends the sessions opened with the old one; an
         * admin changing their own keeps the session it is typed in. */
        const char *cookie = is_self(c, id) ? sl_session_cookie(c) : NULL;
        sl_db_exec(c->db, "pengguna_sandi", NULL, SL_ARGS(hash, id));
        sl_db_exec(c->db, "pengguna_sesi_akhiri", NULL,
                   SL_ARGS(id, cookie ? cookie : ""));
    }
    sl_audit(c, &(sl_audit_entry){
        "ubah", "pengguna", id,
        isian_json(p, "nama", sl_rows_get(locked, 0, U_NAMA), "email",
                   sl_rows_get(locked, 0, U_EMAIL), "opd_id",
                   sl_rows_get(locked, 0, U_OPD_ID), "peran",
                   sl_rows_get(locked, 0, U_PERAN), NULL),
        isian_json(p, "nama", in.nama, "email", in.email, "opd_id", in.opd_id,
                   "peran", in.roles_text,
                   "kata_sandi", hash ? "diganti" : "tetap", NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, url_of(c, id), "?pesan=disimpan", NULL));
}

static int set_active(sl_ctx *c, int active)
{
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    const char *flag = active ? "1" : "0";
    sl_rows *locked;
    int n = 0;

    if (!isian_id_valid(id)) {
        return tidak_ditemukan(c);
    }
    if (!active && is_self(c, id)) {
        return isian_ditolak(c, "Anda tidak dapat menonaktifkan akun Anda sendiri.");
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sl_db_select(c->db, "pengguna_kunci", &locked, SL_ARGS(id)) != 0) {
        return isian_gangguan(c);
    }
    if (locked->nrows != 1) {
        sl_db_rollback(c->db);
        return tidak_ditemukan(c);
    }
    if (strcmp(sl_rows_get_or(locked, 0, U_AKTIF, "0"), flag) == 0) {
        sl_db_rollback(c->db);
        return isian_ditolak(c, active ? "Pengguna ini sudah aktif."
                                       : "Pengguna ini sudah nonaktif.");
    }
    sl_db_exec(c->db, "pengguna_aktif", &n, SL_ARGS(flag, id, flag));
    if (!active) {
        sl_db_exec(c->db, "pengguna_sesi_akhiri", NULL, SL_ARGS(id, ""));
    }
    sl_audit(c, &(sl_audit_entry){
        active ? "aktifkan" : "nonaktifkan", "pengguna", id,
        isian_json(p, "aktif", active ? "0" : "1", NULL),
        isian_json(p, "aktif", flag, NULL), 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, url_of(c, id), "?pesan=",
                                      active ? "aktifkan" : "nonaktifkan", NULL));
}

static int pengguna_nonaktifkan(sl_ctx *c)
{
    return set_active(c, 0);
}

static int pengguna_aktifkan(sl_ctx *c)
{
    return set_active(c, 1);
}

static const sl_route routes[] = {
    {"GET", "/admin/pengguna", pengguna_daftar, SL_ROLE_ADMIN, 0, NULL},
    {"GET", "/admin/pengguna/baru", pengguna_baru, SL_ROLE_ADMIN, 0, NULL},
    {"POST", "/admin/pengguna", pengguna_buat, SL_ROLE_ADMIN, 0, NULL},
    {"GET", "/admin/pengguna/{id}", pengguna_lihat, SL_ROLE_ADMIN, 0, NULL},
    {"POST", "/admin/pengguna/{id}", pengguna_ubah, SL_ROLE_ADMIN, 0, NULL},
    {"POST", "/admin/pengguna/{id}/nonaktifkan", pengguna_nonaktifkan,
     SL_ROLE_ADMIN, 0, NULL},
    {"POST", "/admin/pengguna/{id}/aktifkan", pengguna_aktifkan, SL_ROLE_ADMIN, 0, NULL},
    {NULL, NULL, NULL, 0, 0, NULL}
};

const sl_feature sialip_admin_pengguna_feature = {routes, statements};
