/* Startup check that a directory the module writes (the upload store) can
 * be used by the user Apache's children run as. */
#ifndef SL_DIRUSABLE_H
#define SL_DIRUSABLE_H

#include <httpd.h>

/* OK when `dir` exists and every folder on the way to it can be searched,
 * and it can itself be searched and written, by the children's user
 * (User/Group when Apache starts as root, else the user starting it), on a
 * file system mounted read-write.  Otherwise logs one line naming the
 * directive, the directory, the user and the reason, and returns
 * HTTP_INTERNAL_SERVER_ERROR so the start (and `apachectl configtest`,
 * from a check_config hook) fails. */
int sl_dir_usable_by_children(apr_pool_t *p, server_rec *s, const char *directive,
                              const char *dir);

#endif
