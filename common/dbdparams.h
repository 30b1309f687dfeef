/* DBDParams as apr-util's MySQL driver reads them: "key=value" pieces, a
 * value ending at the first space, tab, newline, ';', '|' or ','.  A
 * password holding one of those is cut there and the login fails with a
 * misleading "Access denied"; this check finds that before the server
 * starts.  Pure C: shared by the modules (configtest) and sialip-kirim. */
#ifndef SL_DBDPARAMS_H
#define SL_DBDPARAMS_H

#include <stddef.h>

/* 0 when every piece of params is key=value with a key the driver knows;
 * otherwise -1 and a message in msg (never holding the password). */
int sl_dbd_params_check(const char *params, char *msg, size_t msglen);

/* Copies the value of key (e.g. "pass") as the driver reads it into out;
 * returns its length, or -1 when absent or longer than outlen - 1. */
int sl_dbd_params_get(const char *params, const char *key, char *out,
                      size_t outlen);

#endif
