/* mod_sialip's configuration and the handlers its route table names. */
#ifndef SIALIP_H
#define SIALIP_H

#include <http_config.h>
#include "sl_request.h"

/* Which directives a server's configuration sets, so a virtual host
 * inherits everything else from the main server. */
enum {
    SIALIP_SET_MOUNT = 1 << 0,
    SIALIP_SET_VIEWS = 1 << 1,
    SIALIP_SET_UPLOADS = 1 << 2,
    SIALIP_SET_CUTOFF = 1 << 3,
    SIALIP_SET_MAX_UPLOAD = 1 << 4,
    SIALIP_SET_SESSION = 1 << 5,
    SIALIP_SET_LOGIN_LIMIT = 1 << 6,
    SIALIP_SET_LOOKUP_LIMIT = 1 << 7,
    SIALIP_SET_WINDOW = 1 << 8,
    SIALIP_SET_RECHECK = 1 << 9,
    SIALIP_SET_ADDRESS_LIMIT = 1 << 10,
    SIALIP_SET_BASE_URL = 1 << 11,
    SIALIP_SET_BODY_TIMEOUT = 1 << 12,
    SIALIP_SET_FILING_LIMIT = 1 << 13
};

typedef struct {
    unsigned set;                  /* SIALIP_SET_* */
    sl_settings settings;
    const char *view_dir;
    const char *upload_dir;
    int cutoff_minutes;            /* WIB minutes after midnight */
    apr_size_t max_upload_bytes;   /* one identity document */
    /* How long a kept status page is sent without asking the database,
     * when nothing was written through this server meanwhile
     * (SialipStatusRecheck; sl_pagecache_shared_recent). */
    apr_interval_time_t status_recheck;
    /* SialipBaseURL: "https://host[:port]" without a trailing slash, or
     * NULL (then the ServerName); never the request's Host header. */
    const char *base_url;
    /* SialipFilingLimit: anonymous filings per address and per e-mail
     * address within filing_window seconds. */
    int filing_ip_limit, filing_email_limit, filing_window;
} sialip_config;

/* surel.c: the SialipBaseURL directive, and an absolute URL for path on
 * this service for e-mails and feeds: from SialipBaseURL, else from the
 * server's configured name, never from the request's Host header. */
const char *sialip_set_base_url(cmd_parms *cmd, void *dummy, const char *arg);
const char *sialip_absolute_url(sl_ctx *c, const char *path);

/* ajuan_batas.c: SialipFilingLimit; sialip_ajuan_dibatasi counts an
 * anonymous filing and returns 0, or 1 with the message in errors (and
 * Retry-After set) above a limit, or -1 when the database failed;
 * sialip_berkas_buang removes a document this request stored when no row
 * names it. */
const char *sialip_set_filing_limit(cmd_parms *cmd, void *dummy, const char *a1,
                                    const char *a2, const char *a3);
int sialip_ajuan_dibatasi(sl_ctx *c, apr_array_header_t *errors);
void sialip_berkas_buang(sl_ctx *c, const char *sha256);
extern const sl_feature sialip_ajuan_batas_feature;

/* The configuration of the request's server. */
const sialip_config *sialip_config_of(request_rec *r);

/* permohonan.c: the request form (staff adds channel and time received)
 * and filing it in one transaction; errors may already hold problems the
 * caller found.  Both send the response. */
int sialip_permohonan_formulir(sl_ctx *c, int status,
                               apr_array_header_t *errors, int staff);
int sialip_permohonan_simpan(sl_ctx *c, const char *kanal, apr_time_t received,
                             apr_array_header_t *errors, int staff);

/* permohonan.c: everything reached with a tracking code.  mulai counts
 * the attempt per client address and sends 429/503 (returning 1) above the
 * limit; berhasil gives a matched attempt back; gagal sends the one answer
 * for a wrong number or code.  dengan_kode loads the request {nomor} with
 * ?kode= (columns of permohonan_cari; id is column 12) or sends the
 * response and returns NULL. */
int sialip_lacak_mulai(sl_ctx *c);
void sialip_lacak_berhasil(sl_ctx *c);
int sialip_lacak_gagal(sl_ctx *c);
const sl_rows *sialip_permohonan_dengan_kode(sl_ctx *c, int *response);

/* pemberitahuan.c and keberatan.c: a request's notice and objections as
 * XML under parent, with what staff may see when for_staff. */
void sialip_pemberitahuan_xml(sl_ctx *c, xmlNodePtr parent,
                              const char *permohonan_id, int for_staff);
void sialip_keberatan_xml(sl_ctx *c, xmlNodePtr parent,
                          const char *permohonan_id, int for_staff);
/* perkara.c: the court case of a dispute, if any, under its element. */
void sialip_perkara_xml(sl_ctx *c, xmlNodePtr sengketa, const char *sengketa_id);

/* One feature per concern (routes and statements), listed in mod_sialip.c. */
extern const sl_feature sialip_layanan_feature;     /* layanan.c */
extern const sl_feature sialip_permohonan_feature;  /* permohonan.c */
extern const sl_feature sialip_staf_feature;        /* staf.c */
extern const sl_feature sialip_tenggat_feature;     /* tenggat.c */
extern const sl_feature sialip_kotak_feature;       /* kotak.c: inbox, request page */
extern const sl_feature sialip_proses_feature;      /* proses.c: record, route, extend */
extern const sl_feature sialip_pemberitahuan_feature; /* pemberitahuan.c */
extern const sl_feature sialip_keberatan_feature;   /* keberatan.c */
extern const sl_feature sialip_perkara_feature;     /* perkara.c: court cases */
extern const sl_feature sialip_register_feature;    /* register.c: registers, exports */
extern const sl_feature sialip_laporan_feature;     /* laporan.c: annual, semester */
extern const sl_feature sialip_statistik_feature;   /* statistik.c: public statistics */
extern const sl_feature sialip_dip_atom_feature;    /* dip_atom.c: DIP Atom feed */
extern const sl_feature sialip_isian_feature; /* admin_isian.c: OPD choices, uploads */
extern const sl_feature sialip_dip_feature; /* dip.c: Daftar Informasi Publik */
extern const sl_feature sialip_dikecualikan_feature; /* dikecualikan.c: exempt list */
extern const sl_feature sialip_admin_pengguna_feature; /* admin_pengguna.c: users and roles */
extern const sl_feature sialip_admin_opd_feature; /* admin_opd.c: OPDs */
extern const sl_feature sialip_admin_libur_feature; /* admin_libur.c: holiday calendar */
extern const sl_feature sialip_admin_tarif_feature; /* admin_tarif.c: tariff */

#endif
