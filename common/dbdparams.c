#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "dbdparams.h"

/* apr_dbd_mysql.c: the value delimiters and the keys it looks for (the
 * timeouts are read only by APR 2's driver; apr-util 1.6 and 1.7, Debian
 * 12's among them, accept and ignore them: conf/sialip-dbd.conf). */
static const char DELIMS[] = " \r\n\t;|,";
static const char *const KEYS[] = {
    "host", "user", "pass", "dbname", "port", "sock", "flags", "fldsz",
    "group", "reconnect", "connecttimeout", "readtimeout", "writetimeout",
    NULL
};

static int known_key(const char *key, size_t n)
{
    int i;
    for (i = 0; KEYS[i]; i++) {
        if (strlen(KEYS[i]) == n && strncasecmp(KEYS[i], key, n) == 0) {
            return 1;
        }
    }
    return 0;
}

int sl_dbd_params_check(const char *params, char *msg, size_t msglen)
{
    const char *p = params, *prev_key = NULL;
    size_t prev_len = 0;

    for (;;) {
        size_t n, klen;
        const char *eq;

        p += strspn(p, DELIMS);
        if (!*p) {
            return 0;
        }
        n = strcspn(p, DELIMS);
        eq = memchr(p, '=', n);
        klen = eq ? (size_t)(eq - p) : 0;
        if (!eq || !known_key(p, klen)) {
            if (prev_key && prev_len == 4 && strncasecmp(prev_key, "pass", 4) == 0) {
                /* Never quoted: it may be the rest of the password. */
                snprintf(msg, msglen, "the password (pass=) holds a space, "
                         "';', ',' or '|': the MySQL driver ends the value "
                         "there and the login fails with \"Access denied\"; "
                         "choose a password without these characters (or "
                         "the key after pass= is misspelt)");
            }
            else if (!eq) {
                snprintf(msg, msglen, "'%.*s' is not key=value (a value ends "
                         "at a space, ';', ',' or '|')", (int)(n > 40 ? 40 : n), p);
            }
            else {
                snprintf(msg, msglen, "unknown key '%.*s' (the MySQL driver "
                         "reads host, port, sock, user, pass, dbname, flags, "
                         "fldsz, group, reconnect and the timeouts)",
                         (int)(klen > 40 ? 40 : klen), p);
            }
            return -1;
        }
        prev_key = p;
        prev_len = klen;
        p += n;
    }
}

int sl_dbd_params_get(const char *params, const char *key, char *out,
                      size_t outlen)
{
    const char *p = params;
    size_t klen = strlen(key);
    int found = -1;

    /* The driver keeps the last occurrence of a key. */
    for (;;) {
        size_t n;
        p += strspn(p, DELIMS);
        if (!*p) {
            return found;
        }
        n = strcspn(p, DELIMS);
        if (n > klen && p[klen] == '=' && strncasecmp(p, key, klen) == 0) {
            size_t vlen = n - klen - 1;
            if (vlen + 1 > outlen) {
                return -1;
            }
            memcpy(out, p + klen + 1, vlen);
            out[vlen] = '\0';
            found = (int)vlen;
        }
        p += n;
    }
}
