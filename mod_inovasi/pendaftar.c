/* Registering an innovation for an OPD (issue 17): an OPD officer
 * registers for its own OPD; Bappeda's evaluator and the admin register for
 * any active OPD, chosen in the form, and the audit row of the creation
 * names the OPD (the actor is the session's user).  The admin reads no
 * innovation pages, so after registering sees the form again with what was
 * registered, found through the admin's own audit row. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "sl_module.h"
#include "inovasi.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_pendaftar_stmts[] = {
    {"pd_opd_aktif", "SELECT id, nama FROM opd WHERE aktif = 1 ORDER BY nama, id"},
    {"pd_opd_boleh", "SELECT id FROM opd WHERE id = %s AND aktif = 1"},
    {"pd_terdaftar",
     "SELECT i.nama, o.nama FROM inovasi i JOIN opd o ON o.id = i.opd_id "
     "WHERE i.id = %s AND EXISTS (SELECT 1 FROM audit a WHERE a.objek = 'inovasi' "
     "AND a.objek_id = %s AND a.aksi = 'buat' AND a.pengguna_id = %s)"},
    {NULL, NULL}
};

int inovasi_pendaftar_semua(sl_ctx *c)
{
    return c->session && (c->session->roles & (INOVASI_EVALUATOR | SL_ROLE_ADMIN));
}

static int opd_pilihan_xml(sl_ctx *c, xmlNodePtr parent)
{
    sl_rows *rows;
    xmlNodePtr list;
    int i;

    if (sl_db_select(c->db, "pd_opd_aktif", &rows, SL_NOARGS) != 0) {
        return -1;
    }
    list = sl_xml_node(parent, "pilihan");
    sl_xml_attr(list, "untuk", "opd_id");
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr o = sl_xml_text(list, "opsi", sl_rows_get(rows, i, 1));
        sl_xml_attr(o, "nilai", sl_rows_get(rows, i, 0));
    }
    return 0;
}

const char *inovasi_opd_tujuan(sl_ctx *c, apr_array_header_t *errors, int *failed)
{
    const char *opd = sl_field(c, "opd_id");
    sl_rows *ok;

    *failed = 0;
    /* An officer of an OPD registers for it; one who may also register for
     * others (an evaluator of Bappeda) and names none means the own OPD,
     * as the form offers it first. */
    if (!inovasi_pendaftar_semua(c) || (!*opd && c->session->opd_id)) {
        return c->session->opd_id;
    }
    if (!*opd || strlen(opd) > 9 || strspn(opd, "0123456789") != strlen(opd)) {
        inovasi_galat_tambah(errors, "opd_id", INOVASI_MSG_OPD_WAJIB);
        return NULL;
    }
    if (sl_db_select(c->db, "pd_opd_boleh", &ok, SL_ARGS(opd)) != 0) {
        *failed = 1;
        return NULL;
    }
    if (ok->nrows != 1) {
        inovasi_galat_tambah(errors, "opd_id", INOVASI_MSG_OPD_TIDAK_AKTIF);
        return NULL;
    }
    return opd;
}

static int terdaftar_xml(sl_ctx *c, xmlNodePtr parent)
{
    const char *id = sl_query(c, "terdaftar");
    sl_rows *rows;
    xmlNodePtr n;

    if (!*id || strlen(id) > 9 || strspn(id, "0123456789") != strlen(id)
        || !c->session->user_id) {
        return 0;
    }
    if (sl_db_select(c->db, "pd_terdaftar", &rows,
                     SL_ARGS(id, id, c->session->user_id)) != 0) {
        return -1;
    }
    if (rows->nrows == 1) {
        n = sl_xml_text(parent, "terdaftar", sl_rows_get(rows, 0, 0));
        sl_xml_attr(n, "opd", sl_rows_get(rows, 0, 1));
    }
    return 0;
}

int inovasi_pendaftar_xml(sl_ctx *c, xmlNodePtr parent, xmlNodePtr isian)
{
    if (!inovasi_pendaftar_semua(c)) {
        return 0;
    }
    inovasi_isian(isian, "opd_id", c->form ? sl_field(c, "opd_id") : sl_scope_opd(c));
    return opd_pilihan_xml(c, parent) != 0 || terdaftar_xml(c, parent) != 0 ? -1 : 0;
}
