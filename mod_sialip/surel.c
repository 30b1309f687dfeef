/* Writing notification e-mails into the outbox.  Bodies are built from
 * plain paragraphs: the text part as they are, the HTML part escaped by
 * construction.  Messages carry only what the recipient already has (the
 * applicant's own request, the officer's own OPD's work). */
#include <httpd.h>
#include <string.h>
#include <http_core.h>
#include <apr_strings.h>
#include "escape.h"
#include "sl_dbi.h"
#include "sl_module.h"
#include "surel.h"

static const sl_stmt_def statements[] = {
    {"surel_pemohon",
     "SELECT email, nomor FROM permohonan WHERE id = %s AND email IS NOT NULL"},
    {"surel_keberatan",
     "SELECT COALESCE(k.email, p.email), k.nomor FROM keberatan k "
     "LEFT JOIN permohonan p ON p.id = k.permohonan_id WHERE k.id = %s "
     "AND COALESCE(k.email, p.email) IS NOT NULL"},
    {"surel_petugas_opd",
     "SELECT DISTINCT u.email FROM pengguna u JOIN pengguna_peran pp "
     "ON pp.pengguna_id = u.id AND pp.peran = 'ppid_pelaksana' "
     "WHERE u.opd_id = %s AND u.aktif = 1 AND u.email IS NOT NULL"},
    {NULL, NULL}
};

const sl_feature sialip_surel_feature = {NULL, statements};

static const char *closing =
    "Pesan ini dikirim otomatis oleh SIALIP, layanan informasi publik PPID "
    "Kabupaten Serang. Mohon tidak membalas pesan ini.";

/* The text and HTML bodies of the paragraphs and the link. */
static void compose(sl_ctx *c, const char *const *paragraf, const char *path,
                    const char **text, const char **html)
{
    apr_pool_t *p = c->r->pool;
    const char *link = ap_construct_url(p, path, c->r);
    const char *t = "", *h = "";
    const char *const *para;

    for (para = paragraf; *para; para++) {
        t = apr_pstrcat(p, t, *para, "\n\n", NULL);
        h = apr_pstrcat(p, h, "<p>", sl_html_escape(p, *para), "</p>\n", NULL);
    }
    *text = apr_pstrcat(p, t, link, "\n\n-- \n", closing, "\n", NULL);
    *html = apr_pstrcat(p, "<!DOCTYPE html><html lang=\"id\"><body>\n", h,
                        "<p><a href=\"", sl_html_escape(p, link), "\">",
                        sl_html_escape(p, link), "</a></p>\n<hr><p><small>",
                        closing, "</small></p>\n</body></html>\n", NULL);
}

static int enqueue(sl_ctx *c, const char *to, const char *jenis, const char *objek,
                   const char *objek_id, const char *subjek,
                   const char *const *paragraf, const char *path)
{
    sl_outbox_msg m = {to, sl_utf8_prefix(c->r->pool, subjek, 255), NULL, NULL,
                       jenis, objek, objek_id, NULL};
    compose(c, paragraf, path, &m.teks, &m.html);
    return sl_outbox_add(c, &m);
}

int sialip_surel_pemohon(sl_ctx *c, const char *permohonan_id, const char *jenis,
                         const char *subjek, const char *const *paragraf,
                         const char *path)
{
    sl_rows *rows;
    if (sl_db_select(c->db, "surel_pemohon", &rows, SL_ARGS(permohonan_id)) != 0) {
        return -1;
    }
    if (rows->nrows != 1) {
        return 0;       /* the applicant gave a phone number only */
    }
    return enqueue(c, sl_rows_get(rows, 0, 0), jenis, "permohonan",
                   sl_rows_get(rows, 0, 1), subjek, paragraf, path);
}

int sialip_surel_keberatan(sl_ctx *c, const char *keberatan_id, const char *jenis,
                           const char *subjek, const char *const *paragraf,
                           const char *path)
{
    sl_rows *rows;
    if (sl_db_select(c->db, "surel_keberatan", &rows, SL_ARGS(keberatan_id)) != 0) {
        return -1;
    }
    if (rows->nrows != 1) {
        return 0;
    }
    return enqueue(c, sl_rows_get(rows, 0, 0), jenis, "keberatan",
                   sl_rows_get(rows, 0, 1), subjek, paragraf, path);
}

int sialip_surel_opd(sl_ctx *c, const char *opd_id, const char *jenis,
                     const char *objek_id, const char *subjek,
                     const char *const *paragraf, const char *path)
{
    sl_rows *rows;
    int i;
    if (sl_db_select(c->db, "surel_petugas_opd", &rows, SL_ARGS(opd_id)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        if (enqueue(c, sl_rows_get(rows, i, 0), jenis, "permohonan", objek_id,
                    subjek, paragraf, path) != 0) {
            return -1;
        }
    }
    return 0;
}
