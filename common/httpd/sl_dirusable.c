/* Whether the children's user can use a directory, decided in the parent
 * before any child exists.  The parent is still root here, so access()
 * would answer for root; it may not fork and switch user either (this runs
 * under `apachectl configtest` too).  So the answer comes from stat() and
 * the mode bits, with the owner, group and other classes picked as the
 * kernel picks them for that uid, its primary group and its supplementary
 * groups.  A folder carrying a POSIX ACL is not judged (its mode bits do
 * not tell the whole story): it counts as usable. */
#include <httpd.h>
#include <http_log.h>
#include <unixd.h>
#include <apr_strings.h>
#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/xattr.h>
#include <unistd.h>
#include "sl_dirusable.h"
#include "sl_module.h"
#include "sl_logno.h"

#define SL_GROUPS_MAX 256

typedef struct {
    uid_t uid;
    const char *name;
    gid_t groups[SL_GROUPS_MAX];
    int ngroups;
} who;

static void children_user(apr_pool_t *p, who *w)
{
    struct passwd *pw;

    if (geteuid() == 0) {
        /* The children switch to User and Group, with User's groups. */
        w->uid = ap_unixd_config.user_id;
        w->name = ap_unixd_config.user_name;
        w->ngroups = SL_GROUPS_MAX;
        if (!w->name || getgrouplist(w->name, ap_unixd_config.group_id, w->groups,
                                     &w->ngroups) < 0) {
            w->groups[0] = ap_unixd_config.group_id;
            w->ngroups = 1;
        }
        return;
    }
    /* Not root: the children stay the user who started Apache. */
    w->uid = geteuid();
    w->groups[0] = getegid();
    w->ngroups = getgroups(SL_GROUPS_MAX - 1, w->groups + 1);
    w->ngroups = w->ngroups < 0 ? 1 : w->ngroups + 1;
    pw = getpwuid(w->uid);
    w->name = pw ? apr_pstrdup(p, pw->pw_name) : apr_psprintf(p, "#%ld", (long)w->uid);
}

static int has_acl(const char *path)
{
    return getxattr(path, "system.posix_acl_access", NULL, 0) > 0;
}

/* want: 1 search, 2 write, 3 both (the rwx bits' x and w). */
static int may(const who *w, const char *path, const struct stat *st, int want)
{
    int i, bits;

    if (w->uid == 0 || has_acl(path)) {
        return 1;
    }
    if (st->st_uid == w->uid) {
        bits = (st->st_mode >> 6) & 7;
    }
    else {
        bits = st->st_mode & 7;
        for (i = 0; i < w->ngroups; i++) {
            if (w->groups[i] == st->st_gid) {
                bits = (st->st_mode >> 3) & 7;
                break;
            }
        }
    }
    return (bits & want) == want;
}

static const char *why(apr_pool_t *p, const char *path, const struct stat *st,
                       const char *what)
{
    return apr_psprintf(p, "%s is not %s by it (owner uid %ld gid %ld, mode %04o)",
                        path, what, (long)st->st_uid, (long)st->st_gid,
                        (unsigned)(st->st_mode & 07777));
}

/* NULL when usable, else the reason. */
static const char *unusable(apr_pool_t *p, const who *w, const char *dir)
{
    char real[PATH_MAX], *slash;
    struct stat st;
    struct statvfs fs;

    if (!realpath(dir, real)) {
        return apr_psprintf(p, "it cannot be resolved (%s)", strerror(errno));
    }
    if (stat(real, &st) != 0 || !S_ISDIR(st.st_mode)) {
        return "it is not a directory";
    }
    /* Every folder above it must be searchable: "/", "/a", "/a/b" ... */
    if (stat("/", &st) == 0 && !may(w, "/", &st, 1)) {
        return why(p, "/", &st, "searchable");
    }
    for (slash = real; (slash = strchr(slash + 1, '/')) != NULL; ) {
        const char *above = apr_pstrndup(p, real, slash - real);
        if (stat(above, &st) == 0 && !may(w, above, &st, 1)) {
            return why(p, above, &st, "searchable");
        }
    }
    if (stat(real, &st) != 0) {
        return "it is not a directory";
    }
    if (!may(w, real, &st, 3)) {
        return why(p, real, &st, "writable and searchable");
    }
    if (statvfs(real, &fs) == 0 && (fs.f_flag & ST_RDONLY)) {
        return "its file system is mounted read-only";
    }
    return NULL;
}

int sl_dir_usable_by_children(apr_pool_t *p, server_rec *s, const char *directive,
                              const char *dir)
{
    who w;
    const char *reason;

    memset(&w, 0, sizeof(w));
    children_user(p, &w);
    if (!(reason = unusable(p, &w, dir))) {
        return OK;
    }
    ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s,
                 SL_LOGNO(00013) "%s %s cannot be used by the user Apache's children run as, "
                 "%s (uid %ld): %s", directive, dir, w.name ? w.name : "?",
                 (long)w.uid, reason);
    return HTTP_INTERNAL_SERVER_ERROR;
}
