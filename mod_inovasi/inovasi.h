/* mod_inovasi's configuration and the handlers its route table names. */
#ifndef INOVASI_H
#define INOVASI_H

#include "sl_request.h"

/* Which directives a server's configuration sets (virtual hosts inherit
 * the rest). */
enum {
    INOVASI_SET_MOUNT = 1 << 0,
    INOVASI_SET_VIEWS = 1 << 1,
    INOVASI_SET_LOGIN = 1 << 2
};

typedef struct {
    unsigned set;                  /* INOVASI_SET_* */
    sl_settings settings;
    const char *view_dir;
} inovasi_config;

/* One feature per concern (routes and statements), listed in mod_inovasi.c. */
extern const sl_feature inovasi_etalase_feature;   /* etalase.c: the public showcase */

#endif
