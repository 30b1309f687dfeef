/* Checking, storing and recording an uploaded file (unggah.h). */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "escape.h"
#include "validate.h"
#include "sl_store.h"
#include "sl_berkas.h"
#include "sl_module.h"
#include "permohonan_rules.h"
#include "unggah.h"
#include "sialip.h"
#include "sialip_messages.h"

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
    return sl_berkas_kunci(c, sha256);
}

int sialip_berkas_pastikan(sl_ctx *c, const char *sha256, const sl_upload *up)
{
    return sl_berkas_pastikan(c, sialip_config_of(c->r)->upload_dir, sha256, up->data,
                              up->len);
}

const char *sialip_unggah_catat(sl_ctx *c, const char *sha256, const sl_upload *up,
                                const sl_filetype *type)
{
    return sl_berkas_catat(c, sialip_config_of(c->r)->upload_dir, sha256, up,
                           type->mime, "");
}
