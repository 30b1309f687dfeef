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

/* One feature per concern (routes and statements), listed in mod_sialip.c. */
extern const sl_feature sialip_layanan_feature;     /* layanan.c */
extern const sl_feature sialip_permohonan_feature;  /* permohonan.c */
extern const sl_feature sialip_staf_feature;        /* staf.c */

#endif
