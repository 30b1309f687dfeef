/* sialip-pengguna: creates a staff user with roles, or sets a new password
 * (and, when given, roles, name and OPD) for an existing one.  The first
 * admin of a new installation comes from here; every other account is
 * managed at /ppid/admin/pengguna.  The password is asked for twice without
 * echo, or read from the first line of standard input (--sandi-stdin, or
 * when stdin is not a terminal), hashed with bcrypt at the modules' cost
 * (common/password.h) and written with the database settings of
 * sialip-kirim's configuration (dbd_params).
 *
 *   sialip-pengguna [-c kirim.conf] [--peran admin,ppid_utama] [--nama NAMA]
 *                   [--opd KODE] [--sandi-stdin] NAMA_PENGGUNA
 *
 * Exit status: 0 done, 2 bad arguments or configuration, 1 database. */
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <apr_general.h>
#include <apr_strings.h>
#include "kirim_conf.h"
#include "db.h"
#include "password.h"
#include "roles.h"
#include "sk_messages.h"

#define SANDI_MIN 10

static const sk_stmt statements[] = {
    {"cari", "SELECT id FROM pengguna WHERE username = %s FOR UPDATE"},
    {"opd", "SELECT id FROM opd WHERE kode = %s"},
    {"buat", "INSERT INTO pengguna (username, nama, password_hash, opd_id, aktif, "
             "dibuat_pada) VALUES (%s, %s, %s, %s, 1, UTC_TIMESTAMP())"},
    {"id_baru", "SELECT LAST_INSERT_ID()"},
    {"sandi", "UPDATE pengguna SET password_hash = %s, aktif = 1 WHERE id = %s"},
    {"nama", "UPDATE pengguna SET nama = %s WHERE id = %s"},
    {"ubah_opd", "UPDATE pengguna SET opd_id = %s WHERE id = %s"},
    {"peran_hapus", "DELETE FROM pengguna_peran WHERE pengguna_id = %s"},
    {"peran_tambah", "INSERT INTO pengguna_peran (pengguna_id, peran) VALUES (%s, %s)"},
    {"sesi_akhiri", "UPDATE sesi SET diakhiri = UTC_TIMESTAMP() "
                    "WHERE pengguna_id = %s AND diakhiri IS NULL"},
    {"audit", "INSERT INTO audit (waktu, pengguna_id, aktor, aksi, objek, objek_id, "
              "sebelum, sesudah, publik, ip) VALUES (UTC_TIMESTAMP(), NULL, "
              "'sialip-pengguna', %s, 'pengguna', %s, NULL, %s, 0, NULL)"},
    {NULL, NULL}
};

typedef struct {
    const char *conf_path, *username, *roles, *nama, *opd;
    int from_stdin;
} args_t;

static int usage(void)
{
    fprintf(stderr, "usage: sialip-pengguna [-c kirim.conf] [--peran ROLE,...] "
            "[--nama NAME] [--opd OPD_CODE] [--sandi-stdin] USERNAME\n"
            "roles: ppid_utama ppid_pelaksana atasan_ppid admin opd_inovasi "
            "evaluator pimpinan\n");
    return 2;
}

static int valid_username(const char *u)
{
    size_t n = strlen(u), i;
    if (n < 3 || n > 64) {
        return 0;
    }
    for (i = 0; i < n; i++) {
        if (!((u[i] >= 'a' && u[i] <= 'z') || (u[i] >= '0' && u[i] <= '9')
              || strchr("._-", u[i]))) {
            return 0;
        }
    }
    return 1;
}

/* Every code of a comma-separated list must be a known role. */
static int valid_roles(apr_pool_t *p, const char *list)
{
    char *copy = apr_pstrdup(p, list), *last, *code;
    int n = 0;
    for (code = apr_strtok(copy, ",", &last); code; code = apr_strtok(NULL, ",", &last)) {
        unsigned bit = sl_roles_parse(code);
        if (!bit || strcmp(sl_role_code(bit), code) != 0) {
            return 0;
        }
        n++;
    }
    return n > 0;
}

static char *read_line(FILE *f, char *buf, size_t size)
{
    size_t n;
    if (!fgets(buf, (int)size, f)) {
        return NULL;
    }
    n = strlen(buf);
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) {
        buf[--n] = '\0';
    }
    return buf;
}

/* Asks on the terminal with echo off. */
static char *ask(FILE *tty, const char *prompt, char *buf, size_t size)
{
    struct termios old, quiet;
    int fd = fileno(tty), restored;
    char *got;

    if (tcgetattr(fd, &old) != 0) {
        return NULL;
    }
    quiet = old;
    quiet.c_lflag &= ~(tcflag_t)ECHO;
    tcsetattr(fd, TCSAFLUSH, &quiet);
    /* The prompt once echo is off, so nothing typed after it is shown. */
    fputs(prompt, tty);
    fflush(tty);
    got = read_line(tty, buf, size);
    restored = tcsetattr(fd, TCSAFLUSH, &old);
    fputs("\n", tty);
    fflush(tty);
    return restored == 0 ? got : NULL;
}

static const char *read_password(apr_pool_t *p, int from_stdin)
{
    char first[256], second[256];
    FILE *tty;

    if (from_stdin || !isatty(STDIN_FILENO)) {
        return read_line(stdin, first, sizeof(first)) ? apr_pstrdup(p, first) : NULL;
    }
    if (!(tty = fopen("/dev/tty", "r+"))) {
        return NULL;
    }
    if (!ask(tty, SK_MSG_TANYA_KATA_SANDI, first, sizeof(first))
        || !ask(tty, SK_MSG_TANYA_ULANGI_KATA_SANDI, second, sizeof(second))) {
        fclose(tty);
        return NULL;
    }
    fclose(tty);
    if (strcmp(first, second) != 0) {
        fprintf(stderr, "sialip-pengguna: the two passwords differ\n");
        return NULL;
    }
    return apr_pstrdup(p, first);
}

static int parse_args(int argc, char **argv, args_t *a)
{
    int i;
    memset(a, 0, sizeof(*a));
    a->conf_path = SK_CONF_DEFAULT_PATH;
    for (i = 1; i < argc; i++) {
        const char *o = argv[i];
        int has_value = i + 1 < argc;
        if (strcmp(o, "-c") == 0 && has_value) {
            a->conf_path = argv[++i];
        }
        else if (strcmp(o, "--peran") == 0 && has_value) {
            a->roles = argv[++i];
        }
        else if (strcmp(o, "--nama") == 0 && has_value) {
            a->nama = argv[++i];
        }
        else if (strcmp(o, "--opd") == 0 && has_value) {
            a->opd = argv[++i];
        }
        else if (strcmp(o, "--sandi-stdin") == 0) {
            a->from_stdin = 1;
        }
        else if (o[0] != '-' && !a->username) {
            a->username = o;
        }
        else {
            return -1;
        }
    }
    return a->username ? 0 : -1;
}

/* Writes the account in one transaction; 0, or the database's error. */
static int write_user(apr_pool_t *p, sk_db *db, const args_t *a, const char *hash,
                      const char **out_id, int *created)
{
    sk_rows *rows;
    const char *id, *opd_id = NULL;
    int rv;

    if ((rv = sk_db_begin(db, p)) != 0) {
        return rv;
    }
    if (a->opd) {
        if ((rv = sk_db_select(db, p, "opd", &rows, SK_ARGS(a->opd))) != 0) {
            goto out;
        }
        if (rows->nrows != 1) {
            fprintf(stderr, "sialip-pengguna: no OPD with the code %s\n", a->opd);
            rv = -2;
            goto out;
        }
        opd_id = sk_rows_get(rows, 0, 0);
    }
    if ((rv = sk_db_select(db, p, "cari", &rows, SK_ARGS(a->username))) != 0) {
        goto out;
    }
    *created = rows->nrows == 0;
    if (*created) {
        if (!a->roles) {
            fprintf(stderr, "sialip-pengguna: a new user needs --peran\n");
            rv = -2;
            goto out;
        }
        if ((rv = sk_db_exec(db, p, "buat", NULL,
                             SK_ARGS(a->username, a->nama ? a->nama : a->username,
                                     hash, opd_id))) != 0
            || (rv = sk_db_select(db, p, "id_baru", &rows, SK_NOARGS)) != 0) {
            goto out;
        }
        id = sk_rows_get(rows, 0, 0);
    }
    else {
        id = sk_rows_get(rows, 0, 0);
        if ((rv = sk_db_exec(db, p, "sandi", NULL, SK_ARGS(hash, id))) != 0
            || (a->nama && (rv = sk_db_exec(db, p, "nama", NULL,
                                            SK_ARGS(a->nama, id))) != 0)
            || (opd_id && (rv = sk_db_exec(db, p, "ubah_opd", NULL,
                                           SK_ARGS(opd_id, id))) != 0)
            /* A new password ends the sessions opened with the old one. */
            || (rv = sk_db_exec(db, p, "sesi_akhiri", NULL, SK_ARGS(id))) != 0) {
            goto out;
        }
    }
    if (a->roles) {
        char *copy = apr_pstrdup(p, a->roles), *last, *code;
        if ((rv = sk_db_exec(db, p, "peran_hapus", NULL, SK_ARGS(id))) != 0) {
            goto out;
        }
        for (code = apr_strtok(copy, ",", &last); code;
             code = apr_strtok(NULL, ",", &last)) {
            if ((rv = sk_db_exec(db, p, "peran_tambah", NULL, SK_ARGS(id, code))) != 0) {
                goto out;
            }
        }
    }
    rv = sk_db_exec(db, p, "audit", NULL,
                    SK_ARGS(*created ? "buat" : "ubah", id,
                            apr_psprintf(p, "{\"username\":\"%s\",\"peran\":\"%s\","
                                         "\"kata_sandi\":\"diganti\"}", a->username,
                                         a->roles ? a->roles : "tetap")));
    *out_id = id;
out:
    {
        int end = sk_db_end(db, rv == 0);
        return rv ? rv : end;
    }
}

int main(int argc, char **argv)
{
    static const sk_stmt *const lists[] = {statements, NULL};
    apr_pool_t *p;
    args_t a;
    sk_conf conf;
    sk_db *db;
    const char *error = NULL, *password, *hash, *id = NULL;
    int created = 0, rv;

    apr_app_initialize(&argc, (const char *const **)&argv, NULL);
    apr_pool_create(&p, NULL);
    if (parse_args(argc, argv, &a) != 0) {
        return usage();
    }
    if (!valid_username(a.username)) {
        fprintf(stderr, "sialip-pengguna: a user name is 3 to 64 characters: "
                "a-z, 0-9, '.', '_' or '-'\n");
        return 2;
    }
    if (a.roles && !valid_roles(p, a.roles)) {
        fprintf(stderr, "sialip-pengguna: unknown role in '%s'\n", a.roles);
        return usage();
    }
    if (sk_conf_load(p, a.conf_path, &conf, &error) != 0) {
        fprintf(stderr, "sialip-pengguna: %s\n", error);
        return 2;
    }
    if (!(password = read_password(p, a.from_stdin))) {
        fprintf(stderr, "sialip-pengguna: no password read\n");
        return 2;
    }
    if (strlen(password) < SANDI_MIN || strlen(password) > SL_PASSWORD_MAX) {
        fprintf(stderr, "sialip-pengguna: a password is %d to %d bytes\n",
                SANDI_MIN, SL_PASSWORD_MAX);
        return 2;
    }
    if (!(hash = sl_password_hash(p, password))) {
        fprintf(stderr, "sialip-pengguna: cannot hash the password\n");
        return 1;
    }
    if (!(db = sk_db_open(p, conf.dbd_params, lists, &error))) {
        fprintf(stderr, "sialip-pengguna: %s\n", error);
        return 1;
    }
    rv = write_user(p, db, &a, hash, &id, &created);
    if (rv != 0) {
        if (rv != -2) {
            fprintf(stderr, "sialip-pengguna: %s\n", sk_db_error(db));
        }
        sk_db_close(db);
        return rv == -2 ? 2 : 1;
    }
    sk_db_close(db);
    printf("%s user %s (id %s)%s\n", created ? "created" : "updated", a.username,
           id, a.roles ? apr_pstrcat(p, " with roles ", a.roles, NULL) : "");
    apr_pool_destroy(p);
    apr_terminate();
    return 0;
}
