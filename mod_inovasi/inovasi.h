/* mod_inovasi's configuration and the handlers its route table names. */
#ifndef INOVASI_H
#define INOVASI_H

#include "sl_request.h"

typedef struct {
    sl_settings settings;
    const char *view_dir;
} inovasi_config;

/* One feature per concern (routes and statements), listed in mod_inovasi.c. */
extern const sl_feature inovasi_etalase_feature;   /* etalase.c: the public showcase */

#endif
