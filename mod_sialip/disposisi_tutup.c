/* Closing a silent part (DOMAIN.md: an OPD that never answers must not
 * block the notice): the PPID Utama answers a waiting part on the OPD's
 * behalf, with the reason recorded and audited.  The part stays the OPD's
 * and counts against it in the statistics (statistik.c: tidak dijawab). */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "validate.h"
#include "permohonan_rules.h"
#include "sl_audit.h"
#include "sl_module.h"
#include "alur.h"
#include "admin_isian.h"
#include "sialip.h"
#include "sialip_messages.h"

#define TUTUP_MAKS 10000

const sl_stmt_def sialip_tutup_stmts[] = {
    {"tutup_bagian_muat",
     "SELECT d.id, d.status, o.singkatan FROM disposisi d JOIN opd o ON o.id = d.opd_id "
     "WHERE d.id = %s AND d.permohonan_id = %s FOR UPDATE"},
    {"tutup_bagian",
     "UPDATE disposisi SET status = 'dijawab', jawaban = %s, alasan_tutup = %s, "
     "ditutup_utama = 1, dijawab_oleh = %s, dijawab_pada = UTC_TIMESTAMP() "
     "WHERE id = %s AND status = 'menunggu'"},
    {NULL, NULL}
};

/* The form beside the part, with the messages and the input kept. */
static int show_form(sl_ctx *c, const sl_rows *r, const sl_rows *part, int status,
                     apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_page *page = sl_ctx_page(c, "disposisi-tutup",
                                apr_psprintf(p, SIALIP_MSG_TUTUP_BAGIAN_JUDUL,
                                             sl_rows_get(part, 0, 2), sl_rows_get(r, 0,
                                                                                  ALUR_NOMOR)),
                                "tutup_bagian");
    xmlNodePtr isian = sl_xml_node(page->resource, "isian");
    int i;

    sl_xml_attr(page->resource, "nomor", sl_rows_get(r, 0, ALUR_NOMOR));
    sl_xml_attr(page->resource, "bagian", sl_rows_get(part, 0, 0));
    sl_xml_attr(page->resource, "opd", sl_rows_get(part, 0, 2));
    sl_xml_attr(sl_xml_text(isian, "nilai", c->form ? sl_field(c, "jawaban") : ""),
                "nama", "jawaban");
    sl_xml_attr(sl_xml_text(isian, "nilai", c->form ? sl_field(c, "alasan") : ""),
                "nama", "alasan");
    for (i = 0; errors && i < errors->nelts; i++) {
        sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
        sl_xml_attr(sl_xml_text(page->resource, "galat", e->message), "untuk", e->field);
    }
    return sl_page_send(page, status);
}

/* The request and its waiting part, locked; or the response sent. */
static const sl_rows *load(sl_ctx *c, const sl_rows **r, int *response)
{
    sl_rows *part;
    int failed;

    if (sl_db_begin(c->db) != 0) {
        *response = alur_gangguan(c);
        return NULL;
    }
    *r = alur_muat(c, apr_table_get(c->params, "nomor"), &failed);
    if (failed || (*r && sl_db_select(c->db, "tutup_bagian_muat", &part,
                                      SL_ARGS(apr_table_get(c->params, "bagian"),
                                              sl_rows_get(*r, 0, ALUR_ID))) != 0)) {
        sl_db_rollback(c->db);
        *response = alur_gangguan(c);
        return NULL;
    }
    if (!*r || part->nrows != 1) {
        sl_db_rollback(c->db);
        *response = alur_tidak_ditemukan(c);
        return NULL;
    }
    if (!alur_terbuka(*r) || strcmp(sl_rows_get(part, 0, 1), "menunggu") != 0) {
        sl_db_rollback(c->db);
        *response = alur_ditolak(c, SIALIP_MSG_TUTUP_BAGIAN_HANYA_TERBUKA);
        return NULL;
    }
    return part;
}

int sialip_tutup_form(sl_ctx *c)
{
    const sl_rows *r, *part;
    int response;
    if (!(part = load(c, &r, &response))) {
        return response;
    }
    sl_db_rollback(c->db);
    return show_form(c, r, part, HTTP_OK, NULL);
}

int sialip_tutup_close_part(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = apr_array_make(p, 2, sizeof(sl_field_error));
    const char *answer = sl_field(c, "jawaban"), *reason = sl_field(c, "alasan");
    const sl_rows *r, *part;
    int response, changed = 0;

    if (!(part = load(c, &r, &response))) {
        return response;
    }
    if (!*answer || sl_utf8_length(answer, strlen(answer)) > TUTUP_MAKS) {
        isian_galat(errors, "jawaban", SIALIP_MSG_TUTUP_BAGIAN_ISI_JAWABAN);
    }
    if (!*reason || sl_utf8_length(reason, strlen(reason)) > TUTUP_MAKS) {
        isian_galat(errors, "alasan", SIALIP_MSG_TUTUP_BAGIAN_ALASAN_WAJIB);
    }
    if (errors->nelts) {
        sl_db_rollback(c->db);
        return show_form(c, r, part, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    sl_db_exec(c->db, "tutup_bagian", &changed,
               SL_ARGS(answer, reason, c->session->user_id, sl_rows_get(part, 0, 0)));
    sl_audit(c, &(sl_audit_entry){"tutup_bagian", "permohonan",
                                  sl_rows_get(r, 0, ALUR_NOMOR), NULL,
                                  apr_psprintf(p, SIALIP_MSG_TUTUP_BAGIAN_AUDIT,
                                               sl_rows_get(part, 0, 2), reason, answer), 0});
    if (changed != 1) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    return alur_simpan_lalu_tampil(c, sl_rows_get(r, 0, ALUR_NOMOR), "#disposisi");
}
