/* sialip-kirim's configuration file, parsed.  Unknown and repeated keys are
 * mistakes (a typo must not silently leave a default in place); values may
 * be wrapped in double quotes.  Reading the files is kirim_conf_file.c. */
#include <string.h>
#include <strings.h>
#include <apr_strings.h>
#include "dbdparams.h"
#include "kirim_conf.h"
#include "validate.h"

typedef enum {
    K_DBD, K_HOST, K_PORT, K_FROM, K_FROM_NAME, K_TLS, K_CA_FILE, K_TIMEOUT,
    K_HELO, K_USER, K_PASSWORD_FILE, K_BASE_URL, K_MOUNT, K_INOVASI_MOUNT,
    K_BATCH, K_CUTOFF, K_DBD_CONF, K_RETENSI, K_RETENSI_SUREL, K_UPLOAD_DIR,
    K_COUNT
} key_id;

static const char *const key_names[K_COUNT] = {
    "dbd_params", "smtp_host", "smtp_port", "smtp_from", "smtp_from_name",
    "smtp_tls", "smtp_ca_file", "smtp_timeout", "smtp_helo", "smtp_user",
    "smtp_password_file", "base_url", "sialip_mount", "inovasi_mount",
    "batch_size", "cutoff", "dbd_conf", "retensi_hari", "retensi_surel_hari",
    "upload_dir"
};

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* A whole decimal number in [min, max], no sign, no spaces. */
static int parse_int(const char *s, int min, int max, int *out)
{
    long v = 0;
    if (!*s || strlen(s) > 9) {
        return -1;
    }
    for (; *s; s++) {
        if (*s < '0' || *s > '9') {
            return -1;
        }
        v = v * 10 + (*s - '0');
    }
    if (v < min || v > max) {
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A host name for EHLO and the SMTP server: letters, digits, '-', '.',
 * and ':' for IPv6 literals. */
static int valid_host(const char *s)
{
    if (!*s || strlen(s) > 253) {
        return 0;
    }
    for (; *s; s++) {
        char c = *s;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':')) {
            return 0;
        }
    }
    return 1;
}

/* Characters allowed in base_url and the mounts: printable ASCII other
 * than space, quotes, angle brackets and backslash (they go into links). */
static int url_safe(const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c <= ' ' || c >= 127 || c == '"' || c == '\'' || c == '<'
            || c == '>' || c == '\\' || c == '`') {
            return 0;
        }
    }
    return 1;
}

static char *strip_trailing_slashes(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == '/') {
        s[--n] = '\0';
    }
    return s;
}

/* "HH:MM" to minutes after midnight. */
static int parse_cutoff(const char *s, int *minutes)
{
    int h, m;
    if (strlen(s) != 5 || s[2] != ':' || s[0] < '0' || s[0] > '9'
        || s[1] < '0' || s[1] > '9' || s[3] < '0' || s[3] > '9'
        || s[4] < '0' || s[4] > '9') {
        return -1;
    }
    h = (s[0] - '0') * 10 + (s[1] - '0');
    m = (s[3] - '0') * 10 + (s[4] - '0');
    if (h > 23 || m > 59) {
        return -1;
    }
    *minutes = h * 60 + m;
    return 0;
}

/* Checks and stores one value; returns NULL or the reason it is wrong. */
static const char *set_value(apr_pool_t *pool, sk_conf *conf, key_id key,
                             char *value)
{
    switch (key) {
    case K_DBD: {
        char msg[300];
        if (!*value) {
            return "must not be empty";
        }
        /* As configtest checks DBDParams: a cut password is refused here
         * rather than failing as "Access denied" on every run. */
        if (sl_dbd_params_check(value, msg, sizeof(msg)) != 0) {
            return apr_pstrcat(pool, "is refused: ", msg, NULL);
        }
        conf->dbd_params = value;
        return NULL;
    }
    case K_DBD_CONF:
        if (!*value) {
            return "must not be empty";
        }
        conf->dbd_conf = value;
        return NULL;
    case K_HOST:
        if (!valid_host(value)) {
            return "must be a host name or an IP address";
        }
        conf->smtp_host = value;
        return NULL;
    case K_PORT:
        return parse_int(value, 1, 65535, &conf->smtp_port) == 0
               ? NULL : "must be a number from 1 to 65535";
    case K_FROM:
        if (!sl_valid_email(value)) {
            return "must be an e-mail address such as ppid@serangkab.go.id";
        }
        conf->smtp_from = value;
        return NULL;
    case K_FROM_NAME:
        if (!sl_text_acceptable(value, strlen(value))
            || sl_utf8_length(value, strlen(value)) > 100) {
            return "must be UTF-8 text of at most 100 characters";
        }
        conf->smtp_from_name = value;
        return NULL;
    case K_TLS:
        if (strcmp(value, "none") == 0) {
            conf->smtp_tls = SK_TLS_NONE;
        }
        else if (strcmp(value, "starttls") == 0) {
            conf->smtp_tls = SK_TLS_STARTTLS;
        }
        else if (strcmp(value, "tls") == 0) {
            conf->smtp_tls = SK_TLS_IMPLICIT;
        }
        else {
            return "must be none, starttls or tls";
        }
        return NULL;
    case K_CA_FILE:
        if (!*value) {
            return "must be the path of a PEM file";
        }
        conf->smtp_ca_file = value;
        return NULL;
    case K_TIMEOUT:
        return parse_int(value, 1, 120, &conf->smtp_timeout) == 0
               ? NULL : "must be a number of seconds from 1 to 120";
    case K_HELO:
        if (!valid_host(value)) {
            return "must be a host name";
        }
        conf->smtp_helo = value;
        return NULL;
    case K_USER:
        if (!*value || !sl_text_acceptable(value, strlen(value))
            || sl_utf8_length(value, strlen(value)) > 255) {
            return "must be a user name of 1 to 255 characters";
        }
        conf->smtp_user = value;
        return NULL;
    case K_PASSWORD_FILE:
        if (!*value) {
            return "must be the path of a file holding the password";
        }
        conf->smtp_password_file = value;
        return NULL;
    case K_BASE_URL: {
        size_t scheme = strncmp(value, "https://", 8) == 0 ? 8
                        : strncmp(value, "http://", 7) == 0 ? 7 : 0;
        if (!scheme || !url_safe(value)) {
            return "must be an http:// or https:// address such as "
                   "https://ppid.serangkab.go.id";
        }
        if (!value[scheme] || value[scheme] == '/') {
            return "must name a host after the scheme";
        }
        conf->base_url = strip_trailing_slashes(value);
        return NULL;
    }
    case K_MOUNT:
        if (value[0] != '/' || !url_safe(value)) {
            return "must be a URL path such as /ppid";
        }
        conf->sialip_mount = strip_trailing_slashes(value);
        return NULL;
    case K_INOVASI_MOUNT:
        if (value[0] != '/' || !url_safe(value)) {
            return "must be a URL path such as /inovasi";
        }
        conf->inovasi_mount = strip_trailing_slashes(value);
        return NULL;
    case K_BATCH:
        return parse_int(value, 1, 1000, &conf->batch_size) == 0
               ? NULL : "must be a number from 1 to 1000";
    case K_CUTOFF:
        return parse_cutoff(value, &conf->cutoff_minutes) == 0
               ? NULL : "must be a time HH:MM such as 16:00";
    case K_RETENSI:
        return parse_int(value, 1, 36500, &conf->retensi_hari) == 0
               ? NULL : "must be a number of days from 1 to 36500";
    case K_RETENSI_SUREL:
        return parse_int(value, 1, 36500, &conf->retensi_surel_hari) == 0
               ? NULL : "must be a number of days from 1 to 36500";
    case K_UPLOAD_DIR:
        /* The retention job removes files under it: never "/" or relative. */
        if (value[0] != '/' || !value[1] || strstr(value, "..")) {
            return "must be an absolute directory such as /var/lib/sialip/berkas";
        }
        conf->upload_dir = strip_trailing_slashes(value);
        return NULL;
    case K_COUNT:
        break;
    }
    (void)pool;
    return "is not a setting";
}

int sk_conf_parse(apr_pool_t *pool, const char *text, const char *name,
                  sk_conf *conf, const char **error)
{
    char *copy = apr_pstrdup(pool, text), *line, *next;
    int seen[K_COUNT] = {0};
    int lineno = 0, k;

    memset(conf, 0, sizeof(*conf));
    conf->smtp_port = 25;
    conf->smtp_from_name = "";
    conf->smtp_tls = SK_TLS_NONE;
    conf->smtp_timeout = 30;
    conf->sialip_mount = "/ppid";
    conf->inovasi_mount = "/inovasi";
    conf->batch_size = 20;
    conf->cutoff_minutes = 16 * 60;
    conf->retensi_hari = 365;
    conf->retensi_surel_hari = 30;
    conf->upload_dir = "/var/lib/sialip/berkas";

    for (line = copy; line; line = next) {
        char *eq, *key, *value, *end;
        const char *why;
        key_id id = K_COUNT;

        lineno++;
        next = strchr(line, '\n');
        if (next) {
            *next++ = '\0';
        }
        while (is_space(*line)) {
            line++;
        }
        end = line + strlen(line);
        while (end > line && is_space(end[-1])) {
            *--end = '\0';
        }
        if (!*line || *line == '#') {
            continue;
        }
        for (end = line; *end; end++) {
            if (*end == '\t') {
                *end = ' ';
            }
        }
        if (!sl_text_acceptable(line, strlen(line)) || strchr(line, '\r')) {
            *error = apr_psprintf(pool, "%s line %d: not valid UTF-8 text",
                                  name, lineno);
            return -1;
        }
        if (!(eq = strchr(line, '='))) {
            *error = apr_psprintf(pool, "%s line %d: expected 'setting = value'",
                                  name, lineno);
            return -1;
        }
        *eq = '\0';
        key = line;
        end = eq;
        while (end > key && end[-1] == ' ') {
            *--end = '\0';
        }
        value = eq + 1;
        while (*value == ' ') {
            value++;
        }
        if (value[0] == '"') {
            size_t n = strlen(value);
            if (n < 2 || value[n - 1] != '"') {
                *error = apr_psprintf(pool, "%s line %d: %s: unbalanced double "
                                      "quote", name, lineno, key);
                return -1;
            }
            value[n - 1] = '\0';
            value++;
        }
        for (k = 0; k < K_COUNT; k++) {
            if (strcmp(key, key_names[k]) == 0) {
                id = (key_id)k;
                break;
            }
        }
        if (id == K_COUNT) {
            *error = apr_psprintf(pool, "%s line %d: unknown setting '%s'",
                                  name, lineno, key);
            return -1;
        }
        if (seen[id]) {
            *error = apr_psprintf(pool, "%s line %d: %s is set twice (first on "
                                  "line %d)", name, lineno, key, seen[id]);
            return -1;
        }
        seen[id] = lineno;
        if ((why = set_value(pool, conf, id, value)) != NULL) {
            /* dbd_params holds the database password: never echoed. */
            *error = id == K_DBD
                     ? apr_psprintf(pool, "%s line %d: %s %s", name, lineno,
                                    key, why)
                     : apr_psprintf(pool, "%s line %d: %s %s (got '%s')", name,
                                    lineno, key, why, value);
            return -1;
        }
    }

    for (k = 0; k < K_COUNT; k++) {
        if ((k == K_HOST || k == K_FROM || k == K_BASE_URL
             || (k == K_DBD && !seen[K_DBD_CONF])) && !seen[k]) {
            *error = apr_psprintf(pool, "%s: %s is missing (required)", name,
                                  key_names[k]);
            return -1;
        }
    }
    if (seen[K_DBD] && seen[K_DBD_CONF]) {
        *error = apr_psprintf(pool, "%s line %d: dbd_params and dbd_conf: set "
                              "only one", name, seen[K_DBD_CONF]);
        return -1;
    }
    if (conf->smtp_ca_file && conf->smtp_tls == SK_TLS_NONE) {
        *error = apr_psprintf(pool, "%s line %d: smtp_ca_file is only used with "
                              "smtp_tls = starttls or tls", name, seen[K_CA_FILE]);
        return -1;
    }
    if (!seen[K_USER] != !seen[K_PASSWORD_FILE]) {
        k = seen[K_USER] ? K_USER : K_PASSWORD_FILE;
        *error = apr_psprintf(pool, "%s line %d: smtp_user and smtp_password_file "
                              "go together", name, seen[k]);
        return -1;
    }
    /* The password never crosses the network in clear text. */
    if (seen[K_USER] && conf->smtp_tls == SK_TLS_NONE) {
        *error = apr_psprintf(pool, "%s line %d: smtp_user needs smtp_tls = "
                              "starttls or tls", name, seen[K_USER]);
        return -1;
    }
    return 0;
}
