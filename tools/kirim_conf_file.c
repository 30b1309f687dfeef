/* sialip-kirim's configuration files read: the configuration itself,
 * Apache's file holding DBDParams (dbd_conf) and the SMTP password's file,
 * each bounded in size and refused when every user may read it. */
#include <string.h>
#include <apr_file_info.h>
#include <apr_file_io.h>
#include <apr_strings.h>
#include "dbdparams.h"
#include "kirim_conf.h"

#define SK_CONF_MAX_BYTES (64 * 1024)
#define SK_PASSWORD_FILE_MAX_BYTES 4096
#define SK_PASSWORD_MAX_BYTES 1024

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* The whole file at path into *out (NUL-terminated), at most max bytes;
 * what names it in messages. */
static int read_file(apr_pool_t *pool, const char *path, const char *what,
                     apr_size_t max, char **out, apr_size_t *len,
                     const char **error)
{
    apr_file_t *f;
    apr_status_t rv;
    char *buf = apr_palloc(pool, max + 1);
    apr_size_t total = 0;
    char msg[120];

    rv = apr_file_open(&f, path, APR_FOPEN_READ, APR_FPROT_OS_DEFAULT, pool);
    if (rv != APR_SUCCESS) {
        *error = apr_psprintf(pool, "cannot read %s%s: %s", what, path,
                              apr_strerror(rv, msg, sizeof(msg)));
        return -1;
    }
    for (;;) {
        apr_size_t n = max + 1 - total;
        if (n == 0) {
            break;
        }
        rv = apr_file_read(f, buf + total, &n);
        total += n;
        if (rv == APR_EOF || (rv == APR_SUCCESS && n == 0)) {
            break;
        }
        if (rv != APR_SUCCESS) {
            apr_file_close(f);
            *error = apr_psprintf(pool, "cannot read %s%s: %s", what, path,
                                  apr_strerror(rv, msg, sizeof(msg)));
            return -1;
        }
    }
    apr_file_close(f);
    if (total > max) {
        *error = apr_psprintf(pool, "%s%s is larger than %" APR_SIZE_T_FMT
                              " bytes", what, path, max);
        return -1;
    }
    if (memchr(buf, '\0', total)) {
        *error = apr_psprintf(pool, "%s%s is not a text file", what, path);
        return -1;
    }
    buf[total] = '\0';
    *out = buf;
    *len = total;
    return 0;
}

const char *sk_conf_dbd_from_apache(apr_pool_t *pool, const char *text,
                                    const char **params)
{
    const char *line = text;
    char msg[300];

    for (; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        const char *p = line, *end;
        char *value, *out;
        while (is_space(*p)) {
            p++;
        }
        if (strncasecmp(p, "DBDParams", 9) != 0 || !is_space(p[9])) {
            continue;
        }
        p += 9;
        while (is_space(*p)) {
            p++;
        }
        if (*p == '"') {
            /* As Apache reads a quoted word: \" and \\ are escapes. */
            value = out = apr_palloc(pool, strlen(p));
            for (p++; *p && *p != '"' && *p != '\n'; p++) {
                if (*p == '\\' && (p[1] == '"' || p[1] == '\\')) {
                    p++;
                }
                *out++ = *p;
            }
            if (*p != '"') {
                return "its DBDParams has no closing quote";
            }
            *out = '\0';
        }
        else {
            end = p + strcspn(p, " \t\r\n");
            value = apr_pstrndup(pool, p, (apr_size_t)(end - p));
        }
        if (sl_dbd_params_check(value, msg, sizeof(msg)) != 0) {
            return apr_pstrcat(pool, "its DBDParams is refused: ", msg, NULL);
        }
        /* Every piece but fldsz=, each ended by a space. */
        out = apr_pcalloc(pool, strlen(value) + 2);
        for (p = value; *p;) {
            size_t n;
            p += strspn(p, " \t\r\n;|,");
            n = strcspn(p, " \t\r\n;|,");
            if (n && strncasecmp(p, "fldsz=", 6) != 0) {
                strncat(out, p, n);
                strcat(out, " ");
            }
            p += n;
        }
        *params = out;
        return NULL;
    }
    return "it has no DBDParams line";
}

/* A file holding a password that every user of the machine may read is
 * refused, not used: the fix is one chmod, named in the message. */
static int private_file(apr_pool_t *pool, const char *path, const char *what,
                        const char *holds, const char **error)
{
    apr_finfo_t info;
    if (apr_stat(&info, path, APR_FINFO_PROT, pool) == APR_SUCCESS
        && (info.protection & APR_FPROT_WREAD)) {
        *error = apr_psprintf(pool, "%s%s is readable by every user and holds %s: "
                              "refused; make it private (chmod o-r %s, mode 640 "
                              "or 600)", what, path, holds, path);
        return -1;
    }
    return 0;
}

int sk_conf_load(apr_pool_t *pool, const char *path, sk_conf *conf,
                 const char **error)
{
    const char *slash;
    char *buf;
    apr_size_t len;

    if (read_file(pool, path, "", SK_CONF_MAX_BYTES, &buf, &len, error) != 0
        || private_file(pool, path, "", "the database settings", error) != 0
        || sk_conf_parse(pool, buf, path, conf, error) != 0) {
        return -1;
    }
    /* Beside the configuration wherever it is read from (systemd hands
     * the units their credentials in one directory). */
    if (conf->smtp_password_file && conf->smtp_password_file[0] != '/'
        && (slash = strrchr(path, '/')) != NULL) {
        conf->smtp_password_file = apr_pstrcat(pool, apr_pstrndup(pool, path,
                                               (apr_size_t)(slash - path) + 1),
                                               conf->smtp_password_file, NULL);
    }
    if (conf->dbd_conf) {
        const char *why;
        if (conf->dbd_conf[0] != '/' && (slash = strrchr(path, '/')) != NULL) {
            conf->dbd_conf = apr_pstrcat(pool, apr_pstrndup(pool, path,
                                         (apr_size_t)(slash - path) + 1),
                                         conf->dbd_conf, NULL);
        }
        if (read_file(pool, conf->dbd_conf, "dbd_conf ", SK_CONF_MAX_BYTES, &buf,
                      &len, error) != 0
            || private_file(pool, conf->dbd_conf, "dbd_conf ",
                            "the database password", error) != 0) {
            return -1;
        }
        if ((why = sk_conf_dbd_from_apache(pool, buf, &conf->dbd_params))) {
            *error = apr_psprintf(pool, "dbd_conf %s: %s", conf->dbd_conf, why);
            return -1;
        }
    }
    return 0;
}

int sk_conf_password(apr_pool_t *pool, sk_conf *conf, const char **error)
{
    char *buf, *end;
    apr_size_t len;

    if (read_file(pool, conf->smtp_password_file, "smtp_password_file ",
                  SK_PASSWORD_FILE_MAX_BYTES, &buf, &len, error) != 0
        || private_file(pool, conf->smtp_password_file, "smtp_password_file ",
                        "the SMTP password", error) != 0) {
        return -1;
    }
    if ((end = strchr(buf, '\n')) != NULL) {
        *end = '\0';
    }
    len = strlen(buf);
    if (len > 0 && buf[len - 1] == '\r') {
        buf[--len] = '\0';
    }
    if (len == 0 || len > SK_PASSWORD_MAX_BYTES) {
        *error = apr_psprintf(pool, "smtp_password_file %s must hold the password "
                              "(1 to %d bytes) on its first line",
                              conf->smtp_password_file, SK_PASSWORD_MAX_BYTES);
        return -1;
    }
    conf->smtp_password = buf;
    return 0;
}
