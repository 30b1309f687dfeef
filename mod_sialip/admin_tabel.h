/* A reference table of the admin pages (the OPDs, the tariff, the holiday
 * calendar, the staff accounts), described once as data: a list, a form to
 * add a row (on the list, or on a page of its own), a page per row to edit
 * its columns, and deactivate/reactivate or delete.  Tables whose rows are
 * pointed at (OPDs, tariff, users) are never deleted, only deactivated.
 *
 * The statements follow a naming rule, <nama>_daftar, _muat, _kunci,
 * _kode_ada, _simpan, _ubah and _aktif or _hapus (see admin_opd.c), and
 * every row statement selects id, kode, the columns in their order, then
 * aktif (not for deletable tables); the list may add columns of its own
 * after them.  _simpan takes kode and the stored columns, _ubah the stored
 * columns and the id, _aktif (flag, id, flag), _hapus (id).  The routes
 * hand the description to the handlers below as their data (sl_route.data). */
#ifndef SIALIP_ADMIN_TABEL_H
#define SIALIP_ADMIN_TABEL_H

#include "admin_isian.h"

/* Column flags. */
#define TABEL_OPSIONAL  0x01   /* may be left empty */
#define TABEL_NULL      0x02   /* empty is stored as NULL */
#define TABEL_CENTANG   0x04   /* a checkbox: "1" or "0" */
#define TABEL_OPD       0x08   /* an active OPD's id (a row keeps its own) */
#define TABEL_BANYAK    0x10   /* several of pilihan, stored as "a,b" */
#define TABEL_TERPISAH  0x20   /* not in _simpan/_ubah: the table's tulis writes it */

typedef struct {
    const char *name;             /* form field, column, audit key, element */
    const char *label;            /* in messages: "<label> wajib diisi." */
    apr_size_t max_chars;
    /* Optional: the stored value of what was typed ("" is given too);
     * NULL with *message set when it is refused. */
    const char *(*parse)(apr_pool_t *p, const char *typed, const char **message);
    /* Optional: the list's element for the stored value (default: the
     * value as text, or a choice's label). */
    void (*show)(apr_pool_t *p, xmlNodePtr row, const char *name, const char *value);
    const sl_choice *pilihan;     /* one (or TABEL_BANYAK: several) of these */
    unsigned flags;
    const char *bawaan;           /* the empty add form's value */
    /* Optional: a message when a typed text (not empty) is refused. */
    const char *(*cek)(const char *value);
} sialip_tabel_kolom;

/* One change, for the table's own work inside its transaction. */
typedef struct {
    const char *aksi;             /* buat, ubah, hapus, aktifkan, nonaktifkan */
    const char *id;
    const char *const *nilai;     /* the columns as stored (buat, ubah) */
    const sl_rows *lama;          /* the locked row (not for buat) */
    void *data;                   /* what periksa returned */
    const char *audit_kunci;      /* set by tulis: one more pair for the audit */
    const char *audit_nilai;
    const char *tujuan;           /* set by tulis: where to go instead */
} sialip_tabel_ubahan;

typedef struct sialip_tabel sialip_tabel;
struct sialip_tabel {
    const char *nama;             /* "opd": statements, URL, elements */
    const char *objek;            /* the audit object (default nama) */
    const char *judul_daftar;     /* the list page's title */
    const char *benda;            /* a row's noun, "OPD": a row page's title
                                     ("OPD <first column>") and the notices and
                                     refusals that say only the noun (admin_tabel.c) */
    int judul_kode;               /* ... or before its kode */
    const char *kode;             /* the key typed once (default "kode") */
    const char *param;            /* the URL's parameter (default "id") */
    /* Optional: the kode as stored, NULL when badly formed (default: 2 to
     * 32 of a-z, 0-9, '-').  With id_kode, the id is the kode. */
    const char *(*kode_valid)(apr_pool_t *p, const char *typed);
    int id_kode;
    const char *kode_kosong;      /* the message for an empty code (default kode_salah) */
    const char *kode_salah;       /* the message for a badly formed code; default
                                     the default form's, with contoh_kode */
    const char *contoh_kode;      /* a kode of the default form, "dinkes" */
    const char *kode_dipakai;     /* the message for a code already taken */
    const char *ditambah;         /* the notices after each change that are not
                                     "<benda> ditambahkan." and the like */
    const char *dinonaktifkan;
    const char *dihapus;          /* set: rows are deleted, not deactivated */
    const char *tidak_ditemukan_teks;
    int formulir_baru;            /* the add form is /admin/<nama>/baru */
    const sialip_tabel_kolom *kolom;     /* the columns; ends with {NULL} */
    const char *const *kolom_daftar;  /* the list's own columns; ends with NULL */

    /* Optional hooks for what one table does beyond the rest. */
    /* The list statement's arguments (NULL-terminated) and *judul. */
    const char *const *(*saring)(sl_ctx *c, const char **judul);
    /* The list page's own elements; -1 when the database failed. */
    int (*daftar_xml)(sl_ctx *c, xmlNodePtr res);
    /* A row's own elements, in the list and on its page. */
    void (*baris_xml)(sl_ctx *c, xmlNodePtr node, const sl_rows *rows, int i);
    /* The notice after a change, from the kit's own (base). */
    const char *(*pesan)(sl_ctx *c, const char *base);
    /* Before a change's transaction: more checks (errors added); its result
     * is handed to tulis.  lama is NULL when adding. */
    void *(*periksa)(sl_ctx *c, apr_array_header_t *errors, const sl_rows *lama,
                     const char *const *nilai);
    /* A refusal (409) of aksi on id, or NULL. */
    const char *(*tolak)(sl_ctx *c, const char *aksi, const char *id);
    /* Inside the change's transaction: the table's own writes; -1 when a
     * statement failed (rolled back, 503). */
    int (*tulis)(sl_ctx *c, sialip_tabel_ubahan *u);
};

/* Route handlers; the route's data is the table's sialip_tabel. */
int sialip_tabel_daftar(sl_ctx *c);       /* GET  /admin/<nama> */
int sialip_tabel_baru(sl_ctx *c);         /* GET  /admin/<nama>/baru */
int sialip_tabel_tambah(sl_ctx *c);       /* POST /admin/<nama> */
int sialip_tabel_lihat(sl_ctx *c);        /* GET  /admin/<nama>/{id} */
int sialip_tabel_ubah(sl_ctx *c);         /* POST /admin/<nama>/{id} */
int sialip_tabel_nonaktifkan(sl_ctx *c);  /* POST /admin/<nama>/{id}/nonaktifkan */
int sialip_tabel_aktifkan(sl_ctx *c);     /* POST /admin/<nama>/{id}/aktifkan */
int sialip_tabel_hapus(sl_ctx *c);        /* POST /admin/<nama>/{id}/hapus */
/* The tables described so far, the data of their routes (routes.c). */
extern const sialip_tabel sialip_tabel_pengguna;  /* admin_pengguna.c */
extern const sialip_tabel sialip_tabel_opd;       /* admin_opd.c */
extern const sialip_tabel sialip_tabel_libur;     /* admin_libur.c */
extern const sialip_tabel sialip_tabel_tarif;     /* admin_tarif.c */

/* The columns of a row the handlers select (and hand to the hooks as
 * lama, row or rows): the key, the code, then the described columns in
 * order, then aktif. */
enum { TABEL_KOL_ID, TABEL_KOL_KODE, TABEL_KOL_PERTAMA };
/* The key of row i (the table's key column: an id, a date, a code). */
const char *sialip_tabel_id(const sl_rows *rows, int i);

/* The columns of admin_tabel_kolom.c, shared by the handlers. */
int tabel_ncols(const sialip_tabel *t);
/* The columns as they will be stored, errors added; lama: the row edited. */
const char **tabel_baca(sl_ctx *c, const sialip_tabel *t, apr_array_header_t *errors,
                        const sl_rows *lama);
/* The form's values: from the form when from_form, else the row's (or
 * the columns' defaults when row is NULL). */
void tabel_nilai_xml(sl_ctx *c, const sialip_tabel *t, xmlNodePtr isian,
                     const sl_rows *row, int from_form);
/* The choices (and OPDs) the form offers; -1 when the database failed. */
int tabel_pilihan_xml(sl_ctx *c, const sialip_tabel *t, xmlNodePtr res,
                      const sl_rows *row);
/* A list row's column elements. */
void tabel_kolom_xml(sl_ctx *c, const sialip_tabel *t, xmlNodePtr node,
                     const sl_rows *rows, int i);

#endif
