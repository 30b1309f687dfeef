/* mod_inovasi's configuration and the handlers its route table names. */
#ifndef INOVASI_H
#define INOVASI_H

#include "sl_request.h"

typedef struct {
    sl_settings settings;
    const char *view_dir;
} inovasi_config;

extern const sl_stmt_def inovasi_etalase_statements[];

/* etalase.c: the public showcase */
int inovasi_etalase(sl_ctx *c);

#endif
