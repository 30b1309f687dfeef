#include <httpd.h>
#include <fcntl.h>
#include <unistd.h>
#include <http_log.h>
#include <apr_strings.h>
#include <apr_file_io.h>
#include <http_protocol.h>
#include "escape.h"
#include "sha256.h"
#include "sl_store.h"
#include "sl_module.h"
#include "sl_logno.h"

static int write_all_synced(request_rec *r, const char *tmp, const char *data,
                            apr_size_t len)
{
    apr_file_t *f;
    apr_size_t written = 0;
    apr_status_t rv, closed;

    rv = apr_file_open(&f, tmp, APR_FOPEN_WRITE | APR_FOPEN_CREATE
                       | APR_FOPEN_EXCL | APR_FOPEN_BINARY,
                       APR_FPROT_UREAD | APR_FPROT_UWRITE | APR_FPROT_GREAD,
                       r->pool);
    if (rv == APR_SUCCESS) {
        rv = apr_file_write_full(f, data, len, &written);
        if (rv == APR_SUCCESS) {
            rv = apr_file_sync(f);
        }
        /* Some file systems (NFS) report a full disk only at close. */
        closed = apr_file_close(f);
        if (rv == APR_SUCCESS) {
            rv = closed;
        }
    }
    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, SL_LOGNO(00046) "upload store: cannot "
                      "write %s (%" APR_SIZE_T_FMT " of %" APR_SIZE_T_FMT
                      " bytes written); the temporary file is removed", tmp,
                      written, len);
        apr_file_remove(tmp, r->pool);
        return -1;
    }
    return 0;
}

/* The rename is durable only once the directory entry is on disk too. */
static void sync_directory(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

const char *sl_store_put(request_rec *r, const char *dir, const char *data,
                         apr_size_t len)
{
    return sl_store_put_new(r, dir, data, len, NULL);
}

const char *sl_store_put_new(request_rec *r, const char *dir, const char *data,
                             apr_size_t len, int *created)
{
    char hex[65];
    const char *subdir, *final, *tmp;
    apr_finfo_t fi;
    apr_status_t rv;

    sl_sha256_hex(data, len, hex);
    subdir = apr_pstrcat(r->pool, dir, "/", apr_pstrndup(r->pool, hex, 2), NULL);
    final = apr_pstrcat(r->pool, subdir, "/", hex, NULL);
    if (created) {
        *created = 0;
    }
    if (apr_stat(&fi, final, APR_FINFO_SIZE, r->pool) == APR_SUCCESS
        && fi.size == (apr_off_t)len) {
        return apr_pstrdup(r->pool, hex);     /* already stored */
    }
    rv = apr_dir_make(subdir, APR_FPROT_OS_DEFAULT, r->pool);
    if (rv == APR_SUCCESS) {
        sync_directory(dir);    /* the new subdirectory's entry */
    }
    else if (!APR_STATUS_IS_EEXIST(rv)) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, SL_LOGNO(00047) "upload store: cannot "
                      "create %s (check SialipUploadDir and its owner)", subdir);
        return NULL;
    }
    tmp = apr_psprintf(r->pool, "%s.tmp.%" APR_PID_T_FMT ".%pp", final,
                       getpid(), (void *)r);
    if (write_all_synced(r, tmp, data, len) != 0) {
        return NULL;
    }
    rv = apr_file_rename(tmp, final, r->pool);
    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, SL_LOGNO(00048) "upload store: cannot "
                      "rename %s", tmp);
        apr_file_remove(tmp, r->pool);
        return NULL;
    }
    sync_directory(subdir);
    if (created) {
        *created = 1;
    }
    return apr_pstrdup(r->pool, hex);
}

static int valid_digest(const char *hex);

void sl_store_remove(request_rec *r, const char *dir, const char *sha256)
{
    const char *path;
    apr_status_t rv;

    if (!sha256 || !valid_digest(sha256)) {
        return;
    }
    path = apr_pstrcat(r->pool, dir, "/", apr_pstrndup(r->pool, sha256, 2), "/",
                       sha256, NULL);
    rv = apr_file_remove(path, r->pool);
    if (rv != APR_SUCCESS && !APR_STATUS_IS_ENOENT(rv)) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, SL_LOGNO(00049) "upload store: cannot "
                      "remove %s", path);
    }
}

/* A stored name is 64 lower-case hex digits: nothing else may reach the
 * file system. */
static int valid_digest(const char *hex)
{
    int i;
    for (i = 0; i < 64; i++) {
        if (!hex[i] || !((hex[i] >= '0' && hex[i] <= '9')
                         || (hex[i] >= 'a' && hex[i] <= 'f'))) {
            return 0;
        }
    }
    return hex[64] == '\0';
}

int sl_store_send(request_rec *r, const char *dir, const char *sha256,
                  const char *mime, const char *filename)
{
    const char *path;
    apr_file_t *f;
    apr_finfo_t fi;
    apr_size_t sent;
    apr_status_t rv;

    if (!sha256 || !valid_digest(sha256)) {
        return HTTP_NOT_FOUND;
    }
    path = apr_pstrcat(r->pool, dir, "/", apr_pstrndup(r->pool, sha256, 2), "/",
                       sha256, NULL);
    rv = apr_file_open(&f, path, APR_FOPEN_READ | APR_FOPEN_SENDFILE_ENABLED,
                       0, r->pool);
    if (rv != APR_SUCCESS || apr_file_info_get(&fi, APR_FINFO_SIZE, f) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, SL_LOGNO(00050) "upload store: %s is "
                      "missing (status %d)", path, HTTP_NOT_FOUND);
        return HTTP_NOT_FOUND;
    }
    /* Never shown inline: a stored file is not a page of this site. */
    ap_set_content_type(r, mime ? mime : "application/octet-stream");
    apr_table_setn(r->headers_out, "Content-Disposition",
                   apr_psprintf(r->pool, "attachment; filename=\"%s\"",
                                sl_safe_filename(r->pool, filename)));
    apr_table_setn(r->err_headers_out, "Cache-Control", "private, no-store");
    ap_set_content_length(r, fi.size);
    return ap_send_fd(f, r, 0, (apr_size_t)fi.size, &sent) == APR_SUCCESS
           ? OK : HTTP_INTERNAL_SERVER_ERROR;
}
