/* The tracking code out of URLs: a link or form that brings ?kode= is
 * exchanged once, after the code matched, for a short-lived cookie named
 * after the number, and answered with a 303 to the same path without the
 * code; the pages then read the code from the cookie.  The code is also
 * blanked out of the request line Apache's access log writes. */
#ifndef SIALIP_KODE_KUKI_H
#define SIALIP_KODE_KUKI_H

#include "sl_ctx.h"

/* Seconds the cookie lives: long enough to read, print, download and
 * object; a later visit starts again from the receipt's number and code. */
#define SIALIP_KODE_KUKI_DETIK 3600

/* The code for {nomor} as typed: ?kode= (then blanked out of the logged
 * request line), else the cookie, else "". */
const char *sialip_kode(sl_ctx *c, const char *nomor);

/* 1 when the code came in the URL (?kode=) of a GET: to be exchanged. */
int sialip_kode_di_url(sl_ctx *c);

/* Sets the cookie for {nomor} holding code (printed form) and answers 303
 * to this request's path without its query. */
int sialip_kode_tukar(sl_ctx *c, const char *nomor, const char *code);

#endif
