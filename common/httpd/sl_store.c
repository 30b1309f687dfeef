#include <httpd.h>
#include <fcntl.h>
#include <unistd.h>
#include <http_log.h>
#include <apr_strings.h>
#include <apr_file_io.h>
#include "sha256.h"
#include "sl_store.h"
#include "sl_module.h"

static int write_all_synced(request_rec *r, const char *tmp, const char *data,
                            apr_size_t len)
{
    apr_file_t *f;
    apr_size_t written = 0;
    apr_status_t rv;

    rv = apr_file_open(&f, tmp, APR_FOPEN_WRITE | APR_FOPEN_CREATE
                       | APR_FOPEN_EXCL | APR_FOPEN_BINARY, 0640, r->pool);
    if (rv == APR_SUCCESS) {
        rv = apr_file_write_full(f, data, len, &written);
        if (rv == APR_SUCCESS) {
            rv = apr_file_sync(f);
        }
        apr_file_close(f);
    }
    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, "upload store: cannot "
                      "write %s", tmp);
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
    char hex[65];
    const char *subdir, *final, *tmp;
    apr_finfo_t fi;
    apr_status_t rv;

    sl_sha256_hex(data, len, hex);
    subdir = apr_pstrcat(r->pool, dir, "/", apr_pstrndup(r->pool, hex, 2), NULL);
    final = apr_pstrcat(r->pool, subdir, "/", hex, NULL);
    if (apr_stat(&fi, final, APR_FINFO_SIZE, r->pool) == APR_SUCCESS
        && fi.size == (apr_off_t)len) {
        return apr_pstrdup(r->pool, hex);     /* already stored */
    }
    rv = apr_dir_make(subdir, APR_FPROT_OS_DEFAULT, r->pool);
    if (rv == APR_SUCCESS) {
        sync_directory(dir);    /* the new subdirectory's entry */
    }
    else if (!APR_STATUS_IS_EEXIST(rv)) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, "upload store: cannot "
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
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, "upload store: cannot "
                      "rename %s", tmp);
        apr_file_remove(tmp, r->pool);
        return NULL;
    }
    sync_directory(subdir);
    return apr_pstrdup(r->pool, hex);
}
