/* sialip-kirim: the delivery program of SIALIP's notification outbox.
 *
 *   sialip-kirim [-c FILE]               deliver due messages (every minute)
 *   sialip-kirim [-c FILE] --pengingat   queue today's reminders (07:00 WIB)
 *   sialip-kirim [-c FILE] --retensi     erase what is past retention (daily)
 *
 * Exit codes: 0 the run finished (each message's outcome is logged),
 * 1 the database or the system failed, 2 bad command line or configuration. */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <apr_general.h>
#include <apr_pools.h>
#include "kirim.h"
#include "pengingat.h"
#include "retensi.h"
#include "retensi_berkas.h"

/* The statements each job prepares. */
static const sk_stmt *const delivery_stmts[] = {sk_antrean_stmts, NULL};
static const sk_stmt *const reminder_stmts[] = {sk_pengingat_stmts,
                                                 sk_pengingat_inovasi_stmts,
                                                 sk_pengingat_dip_stmts, NULL};
static const sk_stmt *const retention_stmts[] = {sk_retensi_stmts,
                                                  sk_retensi_berkas_stmts, NULL};

void sk_log(const char *fmt, ...)
{
    va_list ap;
    fputs("sialip-kirim: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
}

static void usage(FILE *out)
{
    fputs("usage: sialip-kirim [-c FILE] [--pengingat | --retensi]\n"
          "  -c FILE       configuration file (default " SK_CONF_DEFAULT_PATH ")\n"
          "  --pengingat   queue today's deadline reminders instead of sending\n"
          "  --retensi     erase contact data, identity scans, conversations,\n"
          "                sent messages, sessions and counters past their\n"
          "                retention period\n"
          "  -h, --help    this text\n", out);
}

int main(int argc, const char *const *argv)
{
    const char *path = SK_CONF_DEFAULT_PATH, *error = NULL;
    int reminders = 0, retention = 0, i, rc;
    apr_pool_t *pool;
    sk_conf conf;
    sk_db *db;

    if (apr_app_initialize(&argc, &argv, NULL) != APR_SUCCESS) {
        fputs("sialip-kirim: cannot initialise APR\n", stderr);
        return SK_EXIT_FAILURE;
    }
    atexit(apr_terminate);
    /* A server that hangs up mid-write is an error to handle, not a
     * reason to die. */
    signal(SIGPIPE, SIG_IGN);

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-c") == 0) {
            if (i + 1 >= argc) {
                sk_log("-c needs the configuration file's name");
                return SK_EXIT_CONFIG;
            }
            path = argv[++i];
        }
        else if (strcmp(argv[i], "--pengingat") == 0) {
            reminders = 1;
        }
        else if (strcmp(argv[i], "--retensi") == 0) {
            retention = 1;
        }
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return SK_EXIT_OK;
        }
        else {
            sk_log("unknown argument '%s'", argv[i]);
            usage(stderr);
            return SK_EXIT_CONFIG;
        }
    }

    if (reminders && retention) {
        sk_log("--pengingat and --retensi are separate runs: give one");
        return SK_EXIT_CONFIG;
    }
    apr_pool_create(&pool, NULL);
    if (sk_conf_load(pool, path, &conf, &error) != 0) {
        sk_log("%s", error);
        return SK_EXIT_CONFIG;
    }
    if (!reminders && !retention && conf.smtp_user) {
        if (sk_conf_password(pool, &conf, &error) != 0) {
            sk_log("%s", error);
            return SK_EXIT_CONFIG;
        }
    }
    db = sk_db_open(pool, conf.dbd_params,
                    reminders ? reminder_stmts
                    : retention ? retention_stmts : delivery_stmts, &error);
    if (!db) {
        sk_log("%s", error);
        return SK_EXIT_FAILURE;
    }
    rc = reminders ? sk_pengingat_antre(pool, &conf, db)
         : retention ? sk_retensi(pool, &conf, db)
                     : sk_antrean_kirim(pool, &conf, db);
    sk_db_close(db);
    apr_pool_destroy(pool);
    return rc;
}
