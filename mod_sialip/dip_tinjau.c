/* PPID Utama's review of the Daftar Informasi Publik (dip.c): an officer
 * submits an entry (ajukan), PPID Utama publishes it (terbitkan) or sends
 * it back with a note (tolak), and a published entry is withdrawn to be
 * corrected (tarik).  Each step checks the entry's state under its row
 * lock and writes an audit row in the same transaction. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_audit.h"
#include "admin_isian.h"
#include "dip.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_dip_tinjau_stmts[] = {
    {"dip_tinjau_kunci",
     "SELECT d.status, d.catatan_tinjauan FROM dip d WHERE d.id = %s AND "
     DIP_LINGKUP " FOR UPDATE"},
    {"dip_status",
     "UPDATE dip SET status = %s, catatan_tinjauan = %s, "
     "diterbitkan_pada = IF(%s = 'terbit', UTC_TIMESTAMP(), diterbitkan_pada) "
     "WHERE id = %s AND status = %s"},
    {NULL, NULL}
};

/* Columns of dip_tinjau_kunci. */
enum { T_STATUS, T_CATATAN };

typedef struct {
    const char *aksi;          /* route segment */
    const char *audit;         /* the audit row's action */
    const char *dari[3];       /* states it starts from */
    const char *ke;
    unsigned roles;            /* who may take it (also in routes.c) */
    const char *label;         /* the button */
    const char *salah;         /* why it is refused in another state */
    const char *berhasil;      /* the message after it */
} dip_transisi;

/* The review's state machine, a transition a row: the button's text, why
 * it is refused in another state and the message after it follow on the
 * row's second line. */
enum { AJUKAN, TERBITKAN, TOLAK, TARIK, N_TRANSISI };
static const dip_transisi semua_transisi[N_TRANSISI] = {
    /*             aksi         audit          dari                 ke          roles */
    [AJUKAN]    = {"ajukan",    "diajukan",    {"draf", "ditolak"}, "diajukan", DIP_PETUGAS,
        SIALIP_MSG_AJUKAN_DITERBITKAN, SIALIP_MSG_DIP_AJUKAN_HANYA_DRAF,
        SIALIP_MSG_DIP_ENTRI_DIAJUKAN},
    [TERBITKAN] = {"terbitkan", "diterbitkan", {"diajukan"},        "terbit",   SL_ROLE_PPID_UTAMA,
        SIALIP_MSG_SETUJUI_TERBITKAN, SIALIP_MSG_DIP_TERBITKAN_HANYA_DIAJUKAN,
        SIALIP_MSG_DIP_ENTRI_DITERBITKAN},
    [TOLAK]     = {"tolak",     "ditolak",     {"diajukan"},        "ditolak",  SL_ROLE_PPID_UTAMA,
        SIALIP_MSG_TOLAK_CATATAN, SIALIP_MSG_DIP_TOLAK_HANYA_DIAJUKAN,
        SIALIP_MSG_DIP_ENTRI_DITOLAK},
    [TARIK]     = {"tarik",     "ditarik",     {"terbit"},          "draf",     DIP_PETUGAS,
        SIALIP_MSG_TARIK_KEMBALI_DIPERBAIKI, SIALIP_MSG_DIP_TARIK_HANYA_TERBIT,
        SIALIP_MSG_DIP_ENTRI_DITARIK},
};

static int boleh_dari(const dip_transisi *t, const char *status)
{
    int i;
    for (i = 0; i < 3 && t->dari[i]; i++) {
        if (status && strcmp(t->dari[i], status) == 0) {
            return 1;
        }
    }
    return 0;
}

void sialip_dip_tindakan_xml(sl_ctx *c, xmlNodePtr parent, const char *id,
                             const char *status)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr list = sl_xml_node(parent, "tindakan");
    int i;

    for (i = 0; i < N_TRANSISI; i++) {
        const dip_transisi *t = &semua_transisi[i];
        if (boleh_dari(t, status) && (c->session->roles & t->roles)) {
            xmlNodePtr a = sl_xml_text(list, "aksi", t->label);
            sl_xml_attr(a, "nama", t->aksi);
            sl_xml_attr(a, "href", apr_pstrcat(p, sialip_dip_url(c, id), "/",
                                               t->aksi, NULL));
        }
    }
}

const char *sialip_dip_pesan(sl_ctx *c)
{
    const char *pesan = sl_query(c, "pesan");
    int i;
    for (i = 0; i < N_TRANSISI; i++) {
        if (strcmp(pesan, semua_transisi[i].aksi) == 0) {
            return semua_transisi[i].berhasil;
        }
    }
    return NULL;
}

static int transisi(sl_ctx *c, const dip_transisi *t)
{
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    const char *catatan, *before, *note;
    sl_rows *locked;
    int k, n = 0;

    if (!isian_id_valid(id)) {
        return sialip_dip_tidak_ditemukan(c);
    }
    k = isian_kunci(c, "dip_tinjau_kunci", id, sialip_dip_semua(c), &locked);
    if (k <= 0) {
        return k < 0 ? isian_gangguan(c) : sialip_dip_tidak_ditemukan(c);
    }
    before = sl_rows_get(locked, 0, T_STATUS);
    if (!boleh_dari(t, before)) {
        sl_db_rollback(c->db);
        return isian_ditolak(c,
                             apr_psprintf(p, SIALIP_MSG_DIP_DITOLAK_STATUS_ENTRI, t->salah,
                                          sl_choice_label(sialip_dip_status, before)));
    }
    note = sl_rows_get(locked, 0, T_CATATAN);
    if (t == &semua_transisi[TOLAK]) {
        apr_array_header_t *errors = isian_galat_baru(c);
        catatan = isian_teks(c, errors, "catatan", SIALIP_MSG_CATATAN_PENOLAKAN, 1, 2000);
        if (errors->nelts > 0) {
            int failed;
            const sialip_dip_entri *row;
            sl_db_rollback(c->db);
            row = sialip_dip_muat(c, id, &failed);
            if (!row) {
                return failed ? isian_gangguan(c) : sialip_dip_tidak_ditemukan(c);
            }
            return sialip_dip_formulir(c, HTTP_UNPROCESSABLE_ENTITY, errors, row, 0);
        }
        note = catatan;
    }
    else if (t == &semua_transisi[TERBITKAN]) {
        note = NULL;
    }
    sl_db_exec(c->db, "dip_status", &n, SL_ARGS(t->ke, note, t->ke, id, before));
    sl_audit(c, &(sl_audit_entry){
        t->audit, "dip", id, isian_json(p, "status", before, NULL),
        isian_json(p, "status", t->ke, "catatan", note, NULL), 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, sialip_dip_url(c, id), "?pesan=", t->aksi,
                                      NULL));
}

int sialip_dip_ajukan(sl_ctx *c)
{
    return transisi(c, &semua_transisi[AJUKAN]);
}

int sialip_dip_terbitkan(sl_ctx *c)
{
    return transisi(c, &semua_transisi[TERBITKAN]);
}

int sialip_dip_tolak(sl_ctx *c)
{
    return transisi(c, &semua_transisi[TOLAK]);
}

int sialip_dip_tarik(sl_ctx *c)
{
    return transisi(c, &semua_transisi[TARIK]);
}
