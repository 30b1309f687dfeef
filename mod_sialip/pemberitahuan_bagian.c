/* Different outcomes per OPD part in one notice: each live part of the
 * request may state its own outcome and a note (what was given, withheld
 * or not held there); a part left empty follows the notice's outcome. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "validate.h"
#include "sl_module.h"
#include "pemberitahuan_rules.h"
#include "sialip.h"
#include "sialip_messages.h"

#define BAGIAN_MAKS 5000

const sl_stmt_def sialip_bagian_stmts[] = {
    {"bagian_hidup",
     "SELECT d.id, o.singkatan, o.nama, d.keputusan_bagian, d.keterangan_bagian "
     "FROM disposisi d JOIN opd o ON o.id = d.opd_id "
     "WHERE d.permohonan_id = %s AND d.status <> 'dialihkan' ORDER BY d.id"},
    {"bagian_simpan",
     "UPDATE disposisi SET keputusan_bagian = %s, keterangan_bagian = %s "
     "WHERE id = %s AND permohonan_id = %s AND status <> 'dialihkan'"},
    {NULL, NULL}
};

static const char *field_of(sl_ctx *c, const char *prefix, const char *id)
{
    return c->form ? sl_field(c, apr_pstrcat(c->r->pool, prefix, id, NULL)) : "";
}

void sialip_bagian_form_xml(sl_ctx *c, xmlNodePtr parent, const char *req_id)
{
    sl_rows *rows;
    int i;
    if (sl_db_select(c->db, "bagian_hidup", &rows, SL_ARGS(req_id)) != 0) {
        return;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *id = sl_rows_get(rows, i, 0);
        xmlNodePtr b = sl_xml_node(parent, "bagian_opd");
        sl_xml_attr(b, "id", id);
        sl_xml_attr(b, "opd", sl_rows_get(rows, i, 1));
        sl_xml_attr(b, "keputusan", field_of(c, "bagian_", id));
        sl_xml_text(b, "keterangan", field_of(c, "keterangan_bagian_", id));
    }
}

int sialip_bagian_simpan(sl_ctx *c, const char *req_id, apr_array_header_t *errors,
                         int write)
{
    sl_rows *rows;
    int i;
    if (sl_db_select(c->db, "bagian_hidup", &rows, SL_ARGS(req_id)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *id = sl_rows_get(rows, i, 0);
        const char *k = field_of(c, "bagian_", id);
        const char *note = field_of(c, "keterangan_bagian_", id);
        if (!write) {
            if ((*k && !sl_choice_known(sl_keputusan_choices, k))
                || sl_utf8_length(note, strlen(note)) > BAGIAN_MAKS) {
                sl_field_error *e = apr_array_push(errors);
                e->field = apr_pstrcat(c->r->pool, "bagian_", id, NULL);
                e->message = SIALIP_MSG_PEMBERITAHUAN_KEPUTUSAN_BAGIAN_SALAH;
            }
            continue;
        }
        if (*k || *note) {
            sl_db_exec(c->db, "bagian_simpan", NULL,
                       SL_ARGS(*k ? k : NULL, *note ? note : NULL, id, req_id));
        }
    }
    return 0;
}

void sialip_bagian_xml(sl_ctx *c, xmlNodePtr notice, const char *req_id)
{
    sl_rows *rows;
    xmlNodePtr list = NULL;
    int i;
    if (sl_db_select(c->db, "bagian_hidup", &rows, SL_ARGS(req_id)) != 0) {
        return;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *k = sl_rows_get(rows, i, 3);
        xmlNodePtr b;
        if (!k && !sl_rows_get(rows, i, 4)) {
            continue;
        }
        if (!list) {
            list = sl_xml_node(notice, "per_opd");
        }
        b = sl_xml_node(list, "bagian");
        sl_xml_attr(b, "opd", sl_rows_get(rows, i, 2));
        sl_xml_attr(b, "keputusan", k);
        sl_xml_text(b, "keputusan_teks", k ? sl_choice_label(sl_keputusan_choices, k)
                                           : SIALIP_MSG_PEMBERITAHUAN_KEPUTUSAN_SAMA);
        sl_xml_text(b, "keterangan", sl_rows_get(rows, i, 4));
    }
}
