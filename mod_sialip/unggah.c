/* Checking, storing and recording an uploaded file (unggah.h). */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "escape.h"
#include "validate.h"
#include "sl_store.h"
#include "sl_module.h"
#include "permohonan_rules.h"
#include "unggah.h"
#include "sialip.h"
#include "sialip_messages.h"

static const sl_stmt_def statements[] = {
    {"unggah_simpan",
     "INSERT INTO berkas (sha256, ukuran, mime, nama_asli, dibuat_pada) "
     "VALUES (%s, %s, %s, %s, UTC_TIMESTAMP()) RETURNING id"},
    /* The content's lock (migration 121), held until the commit. */
    {"unggah_kunci",
     "INSERT INTO berkas_kunci (sha256) VALUES (%s) ON DUPLICATE KEY UPDATE kali = kali + 1"},
    {NULL, NULL}
};

const sl_feature sialip_unggah_feature = {NULL, statements};

static void refuse(apr_array_header_t *errors, const char *field, const char *message)
{
    sl_field_error *e = apr_array_push(errors);
    e->field = field;
    e->message = message;
}

const sl_upload *sialip_unggah_periksa(sl_ctx *c, apr_array_header_t *errors,
                                       const char *field, const char *label,
                                       const sl_filetype **type)
{
    apr_size_t max = sialip_config_of(c->r)->max_upload_bytes;
    int i;

    for (i = 0; c->form && i < c->form->files->nelts; i++) {
        const sl_upload *up = &APR_ARRAY_IDX(c->form->files, i, sl_upload);
        if (strcmp(up->field, field) != 0) {
            continue;
        }
        if (up->len > max) {
            refuse(errors, field, apr_psprintf(c->r->pool,
                   SIALIP_MSG_BERKAS_PALING_BESAR_MB, label,
                   max / (1024 * 1024)));
            return NULL;
        }
        *type = sl_filetype_sniff((const unsigned char *)up->data, up->len);
        if (!*type) {
            refuse(errors, field,
                   apr_psprintf(c->r->pool, SIALIP_MSG_BERKAS_HARUS_PDF_JPEG_PNG, label));
            return NULL;
        }
        return up;
    }
    return NULL;
}

const char *sialip_unggah_tulis(sl_ctx *c, const sl_upload *up, int *stored_new)
{
    return sl_store_put_new(c->r, sialip_config_of(c->r)->upload_dir, up->data,
                            up->len, stored_new);
}

int sialip_berkas_kunci(sl_ctx *c, const char *sha256)
{
    return sl_db_exec(c->db, "unggah_kunci", NULL, SL_ARGS(sha256));
}

int sialip_berkas_pastikan(sl_ctx *c, const char *sha256, const sl_upload *up)
{
    const char *again;

    if (sialip_berkas_kunci(c, sha256) != 0) {
        return -1;
    }
    /* Written before the transaction, but the retention job or a failed
     * filing of the same content may have removed it since: written
     * again (a no-op when it is there). */
    again = sl_store_put(c->r, sialip_config_of(c->r)->upload_dir, up->data, up->len);
    return again && strcmp(again, sha256) == 0 ? 0 : -1;
}

const char *sialip_unggah_catat(sl_ctx *c, const char *sha256, const sl_upload *up,
                                const sl_filetype *type)
{
    sl_rows *rows;
    if (sialip_berkas_pastikan(c, sha256, up) != 0
        || sl_db_select(c->db, "unggah_simpan", &rows,
                        SL_ARGS(sha256, apr_psprintf(c->r->pool, "%" APR_SIZE_T_FMT, up->len),
                                type->mime, sl_utf8_prefix(c->r->pool,
                                                           up->filename ? up->filename : "",
                                                           255))) != 0) {
        return NULL;
    }
    return sl_rows_get(rows, 0, 0);
}
