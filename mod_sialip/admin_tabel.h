/* A code-keyed reference table of the admin pages (the OPDs, the tariff),
 * described once as data: a list with a form to add a row, a page per row
 * to edit its columns, deactivate and reactivate.  A row is never deleted
 * (requests, notices and users keep pointing at it).
 *
 * The statements follow a naming rule, <nama>_daftar, _muat, _kunci,
 * _kode_ada, _simpan, _ubah and _aktif (see admin_opd.c), and every row
 * statement selects id, kode, the editable columns in their order, aktif;
 * the list may add columns of its own after aktif.  The routes hand the
 * description to the handlers below as their data (sl_route.data). */
#ifndef SIALIP_ADMIN_TABEL_H
#define SIALIP_ADMIN_TABEL_H

#include "admin_isian.h"

typedef struct {
    const char *name;             /* form field, column, audit key, element */
    const char *label;            /* in messages: "<label> wajib diisi." */
    apr_size_t max_chars;
    /* Optional: the stored value of what was typed ("" is given too);
     * NULL with *message set when it is refused. */
    const char *(*parse)(apr_pool_t *p, const char *typed, const char **message);
    /* Optional: the list's element for the stored value (default: the
     * value as text). */
    void (*show)(apr_pool_t *p, xmlNodePtr row, const char *name, const char *value);
} sialip_tabel_kolom;

typedef struct {
    const char *nama;             /* "opd": statements, audit object, URL */
    const char *judul_daftar;     /* the list page's title */
    const char *judul_baris;      /* a row page's title, before its first column */
    const char *kode_salah;       /* the message for a badly formed code */
    const char *kode_dipakai;     /* the message for a code already taken */
    const char *ditambah;         /* the notices after each change */
    const char *dinonaktifkan;
    const char *diaktifkan;
    const char *tidak_ditemukan;  /* the title of the 404 page */
    const char *sudah_aktif;      /* the refusals of a repeated switch */
    const char *sudah_nonaktif;
    const sialip_tabel_kolom *kolom;     /* the editable columns; ends with {NULL} */
    const char *const *kolom_daftar;  /* the list's own columns; ends with NULL */
} sialip_tabel;

/* Route handlers; the route's data is the table's sialip_tabel. */
int sialip_tabel_daftar(sl_ctx *c);       /* GET  /admin/<nama> */
int sialip_tabel_tambah(sl_ctx *c);       /* POST /admin/<nama> */
int sialip_tabel_lihat(sl_ctx *c);        /* GET  /admin/<nama>/{id} */
int sialip_tabel_ubah(sl_ctx *c);         /* POST /admin/<nama>/{id} */
int sialip_tabel_nonaktifkan(sl_ctx *c);  /* POST /admin/<nama>/{id}/nonaktifkan */
int sialip_tabel_aktifkan(sl_ctx *c);     /* POST /admin/<nama>/{id}/aktifkan */

#endif
