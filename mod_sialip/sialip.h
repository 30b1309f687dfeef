/* mod_sialip's configuration and the handlers its route table names. */
#ifndef SIALIP_H
#define SIALIP_H

#include "sl_request.h"

typedef struct {
    sl_settings settings;
    const char *view_dir;
    const char *upload_dir;
    int cutoff_minutes;            /* WIB minutes after midnight */
    apr_size_t max_upload_bytes;   /* one identity document */
} sialip_config;

/* The configuration of the request's server. */
const sialip_config *sialip_config_of(request_rec *r);

extern const sl_stmt_def sialip_permohonan_statements[];

/* layanan.c */
int sialip_layanan(sl_ctx *c);
/* permohonan.c */
int sialip_permohonan_form(sl_ctx *c);
int sialip_permohonan_ajukan(sl_ctx *c);
int sialip_permohonan_lihat(sl_ctx *c);
int sialip_lacak(sl_ctx *c);
/* staf.c */
int sialip_staf_beranda(sl_ctx *c);

#endif
