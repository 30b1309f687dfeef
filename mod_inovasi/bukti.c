/* Evidence the forms of mod_inovasi take (monitoring reports, IID
 * evidence, replicating regions): a file posted in a field, a link, and
 * the row of a file put in the shared store. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "escape.h"
#include "sl_store.h"
#include "sl_berkas.h"
#include "inovasi.h"

const sl_upload *inovasi_unggahan(sl_ctx *c, const char *field)
{
    int i;
    for (i = 0; c->form && c->form->files && i < c->form->files->nelts; i++) {
        const sl_upload *up = &APR_ARRAY_IDX(c->form->files, i, sl_upload);
        if (strcmp(up->field, field) == 0 && up->len > 0) {
            return up;
        }
    }
    return NULL;
}

int inovasi_tautan_sah(const char *v)
{
    const char *rest = strncmp(v, "https://", 8) == 0 ? v + 8
                       : strncmp(v, "http://", 7) == 0 ? v + 7 : NULL;
    const unsigned char *q;
    if (!rest || !*rest || *rest == '/' || strlen(v) > 1000) {
        return 0;
    }
    for (q = (const unsigned char *)v; *q; q++) {
        if (*q <= 0x20 || *q == 0x7f || *q == '"' || *q == '<' || *q == '>') {
            return 0;
        }
    }
    return 1;
}

const char *inovasi_berkas_catat(sl_ctx *c, const char *sha, const sl_upload *up,
                                 const sl_filetype *type)
{
    return sl_berkas_catat(c, inovasi_config_of(c->r)->upload_dir, sha, up, type->mime,
                           "bukti");
}

int inovasi_berkas_kirim(sl_ctx *c, const char *stmt, int nargs, const char **args)
{
    sl_rows *rows;
    int rv;

    if (sl_db_select(c->db, stmt, &rows, nargs, args) != 0) {
        return inovasi_gangguan(c);
    }
    if (rows->nrows != 1) {
        return inovasi_tidak_ada(c);
    }
    rv = sl_store_send(c->r, inovasi_config_of(c->r)->upload_dir,
                       sl_rows_named(rows, 0, "sha256"), sl_rows_named(rows, 0, "mime"),
                       sl_rows_named(rows, 0, "nama_asli"));
    return rv == HTTP_NOT_FOUND ? inovasi_tidak_ada(c) : rv;
}
