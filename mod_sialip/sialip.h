/* mod_sialip's configuration and the handlers its route table names. */
#ifndef SIALIP_H
#define SIALIP_H

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
    SIALIP_SET_WINDOW = 1 << 8
};

typedef struct {
    unsigned set;                  /* SIALIP_SET_* */
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
extern const sl_feature sialip_tenggat_feature;     /* tenggat.c */

#endif
