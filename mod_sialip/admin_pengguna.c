/* Staff accounts (admin only), a table of the admin kit (admin_tabel.h):
 * list, create with roles and a bcrypt password, edit name, e-mail, OPD and
 * roles, reset the password, deactivate and reactivate.  Deactivating ends
 * the account's sessions at once.  The e-mail (optional) is where the
 * disposition e-mails and the daily reminders go (surel.c,
 * tools/pengingat.c). */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "roles.h"
#include "validate.h"
#include "password.h"
#include "sl_session.h"
#include "admin_tabel.h"
#include "sialip.h"
#include "sialip_messages.h"

#define PENGGUNA_SANDI_MIN 10
#define PENGGUNA_SANDI_MAKS 72      /* bcrypt reads no further */

#define PENGGUNA_BARIS \
    "SELECT p.id, p.username, p.nama, p.email, p.opd_id, " \
    "(SELECT GROUP_CONCAT(pp.peran ORDER BY pp.peran) FROM pengguna_peran pp " \
    " WHERE pp.pengguna_id = p.id), p.aktif "

const sl_stmt_def sialip_admin_pengguna_stmts[] = {
    {"pengguna_daftar",
     PENGGUNA_BARIS ", o.nama FROM pengguna p LEFT JOIN opd o ON o.id = p.opd_id "
     "ORDER BY p.aktif DESC, p.username"},
    {"pengguna_muat", PENGGUNA_BARIS "FROM pengguna p WHERE p.id = %s"},
    {"pengguna_kunci", PENGGUNA_BARIS "FROM pengguna p WHERE p.id = %s FOR UPDATE"},
    {"pengguna_kode_ada", "SELECT id FROM pengguna WHERE username = %s"},
    /* The password is set by tulis in the same transaction: '!' is no
     * bcrypt hash, so no password matches it meanwhile. */
    {"pengguna_simpan",
     "INSERT INTO pengguna (username, nama, email, opd_id, password_hash, aktif, "
     "dibuat_pada) VALUES (%s, %s, %s, %s, '!', 1, UTC_TIMESTAMP())"},
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

/* The columns' places in the description below. */
enum { K_NAMA, K_EMAIL, K_OPD, K_PERAN };

/* The roles of docs/DOMAIN.md (the peran table). */
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

static int is_self(sl_ctx *c, const char *id)
{
    return id && c->session->user_id && strcmp(id, c->session->user_id) == 0;
}

/* "a,b" holds code. */
static int has_role(apr_pool_t *p, const char *codes, const char *code)
{
    return codes && strstr(apr_pstrcat(p, ",", codes, ",", NULL),
                           apr_pstrcat(p, ",", code, ",", NULL)) != NULL;
}

static const char *valid_username(apr_pool_t *p, const char *u)
{
    size_t n = strlen(u), i;
    (void)p;
    if (n < 3 || n > 64) {
        return NULL;
    }
    for (i = 0; i < n; i++) {
        if (!(apr_islower(u[i]) || apr_isdigit(u[i]) || u[i] == '.' || u[i] == '_'
              || u[i] == '-')) {
            return NULL;
        }
    }
    return u;
}

static const char *check_email(const char *value)
{
    return sl_valid_email(value) ? NULL
           : SIALIP_MSG_ALAMAT_E_MAIL_TIDAK;
}

/* The new password's bcrypt hash (NULL: unchanged), made before the
 * transaction since bcrypt holds no lock. */
typedef struct {
    const char *hash;
} akun_sandi;

/* The password (required when creating), the OPD the roles need, and
 * the admin's own admin role, which it cannot take from itself. */
static void *periksa(sl_ctx *c, apr_array_header_t *errors, const sl_rows *lama,
                     const char *const *nilai)
{
    apr_pool_t *p = c->r->pool;
    const char *pw = c->form ? apr_table_get(c->form->fields, "password") : NULL;
    const char *again = c->form ? apr_table_get(c->form->fields, "password_ulang") : NULL;
    const char *roles = nilai[K_PERAN];
    akun_sandi *out = apr_pcalloc(p, sizeof(*out));

    if ((has_role(p, roles, "ppid_pelaksana") || has_role(p, roles, "opd_inovasi"))
        && !nilai[K_OPD] && !isian_ada_galat(errors, "opd_id")) {
        isian_galat(errors, "opd_id", SIALIP_MSG_PERAN_PPID_PELAKSANA_PETUGAS);
    }
    if (lama && is_self(c, sialip_tabel_id(lama, 0)) && !has_role(p, roles, "admin")
        && !isian_ada_galat(errors, "peran")) {
        isian_galat(errors, "peran", SIALIP_MSG_TIDAK_DAPAT_MENCABUT_PERAN);
    }
    if (!pw || !*pw) {
        if (!lama) {
            isian_galat(errors, "password", SIALIP_MSG_KATA_SANDI_WAJIB_DIISI);
        }
    }
    else if (sl_utf8_length(pw, strlen(pw)) < PENGGUNA_SANDI_MIN) {
        isian_galat(errors, "password",
                    apr_psprintf(p, SIALIP_MSG_KATA_SANDI_PALING_SEDIKIT, PENGGUNA_SANDI_MIN));
    }
    else if (strlen(pw) > PENGGUNA_SANDI_MAKS) {
        isian_galat(errors, "password",
                    apr_psprintf(p, SIALIP_MSG_KATA_SANDI_PALING_PANJANG, PENGGUNA_SANDI_MAKS));
    }
    else if (!again || strcmp(pw, again) != 0) {
        isian_galat(errors, "password_ulang", SIALIP_MSG_ULANGI_KATA_SANDI_SAMA);
    }
    else if (errors->nelts == 0 && !(out->hash = sl_password_hash(p, pw))) {
        isian_galat(errors, "password", SIALIP_MSG_KATA_SANDI_TIDAK_DAPAT);
    }
    return out;
}

static const char *tolak(sl_ctx *c, const char *aksi, const char *id)
{
    return strcmp(aksi, "nonaktifkan") == 0 && is_self(c, id)
           ? SIALIP_MSG_TIDAK_DAPAT_MENONAKTIFKAN_AKUN : NULL;
}

static int set_roles(sl_ctx *c, const char *id, const char *roles)
{
    char *codes = apr_pstrdup(c->r->pool, roles ? roles : ""), *last, *tok;
    int rv = sl_db_exec(c->db, "pengguna_peran_hapus", NULL, SL_ARGS(id));
    for (tok = apr_strtok(codes, ",", &last); rv == 0 && tok;
         tok = apr_strtok(NULL, ",", &last)) {
        rv = sl_db_exec(c->db, "pengguna_peran_tambah", NULL, SL_ARGS(id, tok));
    }
    return rv;
}

/* The roles and the password; a new password ends the sessions opened
 * with the old one (an admin changing their own keeps the session it is
 * typed in), deactivating ends them all. */
static int tulis(sl_ctx *c, sialip_tabel_ubahan *u)
{
    const akun_sandi *sandi = u->data;
    int rv = 0;

    if (strcmp(u->aksi, "nonaktifkan") == 0) {
        return sl_db_exec(c->db, "pengguna_sesi_akhiri", NULL, SL_ARGS(u->id, ""));
    }
    if (!u->nilai) {
        return 0;
    }
    rv = set_roles(c, u->id, u->nilai[K_PERAN]);
    if (rv == 0 && sandi->hash) {
        const char *cookie = is_self(c, u->id) ? sl_session_cookie(c) : NULL;
        rv = sl_db_exec(c->db, "pengguna_sandi", NULL, SL_ARGS(sandi->hash, u->id));
        if (rv == 0 && strcmp(u->aksi, "ubah") == 0) {
            rv = sl_db_exec(c->db, "pengguna_sesi_akhiri", NULL,
                            SL_ARGS(u->id, cookie ? cookie : ""));
        }
    }
    if (strcmp(u->aksi, "ubah") == 0) {
        u->audit_kunci = "kata_sandi";
        u->audit_nilai = sandi->hash ? "diganti" : "tetap";
    }
    return rv;
}

static void baris_xml(sl_ctx *c, xmlNodePtr node, const sl_rows *rows, int i)
{
    if (is_self(c, sialip_tabel_id(rows, i))) {
        sl_xml_attr(node, "diri_sendiri", "1");
    }
}

static const sialip_tabel_kolom columns[] = {
    [K_NAMA] = {.name = "nama", .label = SIALIP_MSG_NAMA_LENGKAP, .max_chars = 255},
    /* Optional; where the officer's disposition e-mails and reminders go. */
    [K_EMAIL] = {.name = "email", .label = "Alamat e-mail", .max_chars = 254,
                 .flags = TABEL_OPSIONAL | TABEL_NULL, .cek = check_email},
    [K_OPD] = {.name = "opd_id", .label = "OPD", .flags = TABEL_OPD | TABEL_OPSIONAL
                                                            | TABEL_NULL},
    [K_PERAN] = {.name = "peran", .label = "peran", .pilihan = peran_choices,
                 .flags = TABEL_BANYAK | TABEL_TERPISAH},
    {.name = NULL}
};

static const char *const list_columns[] = {"opd", NULL};

const sialip_tabel sialip_tabel_pengguna = {
    .nama = "pengguna", .benda = "Pengguna", .judul_daftar = "Pengguna",
    .kode = "username", .kode_valid = valid_username, .judul_kode = 1, .formulir_baru = 1,
    .kode_salah = SIALIP_MSG_NAMA_PENGGUNA_SAMPAI_KARAKTER,
    .kode_dipakai = SIALIP_MSG_NAMA_PENGGUNA_DIPAKAI,
    .ditambah = SIALIP_MSG_PENGGUNA_TERSIMPAN,
    .dinonaktifkan = SIALIP_MSG_PENGGUNA_DINONAKTIFKAN_SESINYA_DIAKHIRI,
    .kolom = columns, .kolom_daftar = list_columns, .baris_xml = baris_xml,
    .periksa = periksa, .tolak = tolak, .tulis = tulis,
};
