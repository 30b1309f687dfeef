/* One innovation: loaded with every profile column within the user's
 * scope (or published, for the public), whose it is, and its profile as
 * XML. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "inovasi.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_profil_stmts[] = {
    {"muat", INOVASI_KOLOM_PROFIL "WHERE i.id = %s AND (%s = '1' OR i.opd_id = %s)"},
    {"muat_kunci", INOVASI_KOLOM_PROFIL "WHERE i.id = %s AND (%s = '1' OR i.opd_id = %s) "
                   "FOR UPDATE"},
    {"muat_publik", INOVASI_KOLOM_PROFIL "WHERE i.id = %s AND i.terbit = 1"},
    {NULL, NULL}
};

const sl_rows *inovasi_muat(sl_ctx *c, const char *id, unsigned semua,
                            int *failed)
{
    sl_rows *rows;

    *failed = 0;
    if (!id) {
        return NULL;
    }
    if (sl_db_select(c->db, c->db->in_transaction ? "muat_kunci" : "muat", &rows,
                     SL_ARGS(id, sl_scope_all(c, semua), sl_scope_opd(c))) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

int inovasi_milik_opd(sl_ctx *c, const sl_rows *row)
{
    const char *opd = sl_rows_named(row, 0, "opd_id");
    return c->session && (c->session->roles & INOVASI_PETUGAS)
           && c->session->opd_id && opd && strcmp(opd, c->session->opd_id) == 0;
}

int inovasi_opd_sendiri(sl_ctx *c, const sl_rows *row)
{
    const char *opd = sl_rows_named(row, 0, "opd_id");
    return c->session && c->session->opd_id && opd
           && strcmp(opd, c->session->opd_id) == 0;
}

int inovasi_anonim(sl_ctx *c)
{
    return !c->session || !(c->session->roles & INOVASI_SEMUA_OPD);
}

const sl_rows *inovasi_muat_publik(sl_ctx *c, const char *id, int *failed)
{
    sl_rows *rows;

    *failed = 0;
    if (!id) {
        return NULL;
    }
    if (sl_db_select(c->db, "muat_publik", &rows, SL_ARGS(id)) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

static void kode_label(xmlNodePtr parent, const char *name,
                       const inovasi_pilihan *p, const char *kode)
{
    xmlNodePtr n = sl_xml_text(parent, name, kode ? inovasi_label(p, kode) : NULL);
    sl_xml_attr(n, "kode", kode);
}

void inovasi_profil_xml(sl_ctx *c, xmlNodePtr parent, const sl_rows *row,
                        int publik)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr opd, hukum, kontak, rep;
#define K(name) sl_rows_named(row, 0, name)

    sl_xml_attr(parent, "id", K("id"));
    sl_xml_attr(parent, "terbit", K("terbit"));
    sl_xml_text(parent, "nama", K("nama"));
    sl_xml_text(parent, "tahun", K("tahun"));
    opd = sl_xml_text(parent, "opd", K("opd_nama"));
    sl_xml_attr(opd, "id", K("opd_id"));
    sl_xml_attr(opd, "kode", K("opd_kode"));
    sl_xml_attr(opd, "singkatan", K("opd_singkatan"));
    kode_label(parent, "bentuk", inovasi_bentuk, K("bentuk"));
    kode_label(parent, "jenis", inovasi_jenis, K("jenis"));
    kode_label(parent, "tahapan", inovasi_tahapan, K("tahapan"));
    sl_xml_text(parent, "tanggal_uji_coba", K("tanggal_uji_coba"));
    sl_xml_text(parent, "tanggal_penerapan", K("tanggal_penerapan"));
    kode_label(parent, "inisiator", inovasi_inisiator, K("inisiator"));
    sl_xml_text(parent, "urusan", K("urusan"));
    sl_xml_text(parent, "ringkasan", K("ringkasan"));
    sl_xml_text(parent, "rancang_bangun", K("rancang_bangun"));
    sl_xml_text(parent, "tujuan", K("tujuan"));
    sl_xml_text(parent, "manfaat", K("manfaat"));
    sl_xml_text(parent, "hasil", K("hasil"));
    sl_xml_text(parent, "anggaran", inovasi_desimal(p, K("anggaran")));
    hukum = sl_xml_node(parent, "dasar_hukum");
    kode_label(hukum, "jenis", inovasi_dasar_hukum, K("dasar_hukum_jenis"));
    sl_xml_text(hukum, "nomor", K("dasar_hukum_nomor"));
    kontak = sl_xml_node(parent, "kontak");
    sl_xml_text(kontak, "nama", K("kontak_nama"));
    if (!publik) {
        sl_xml_text(kontak, "telepon", K("kontak_telepon"));
        sl_xml_text(kontak, "email", K("kontak_email"));
    }
    rep = sl_xml_node(parent, "replikasi");
    sl_xml_attr(rep, "kode", K("replikasi"));
    sl_xml_text(rep, "jenis", inovasi_label(inovasi_replikasi, K("replikasi")));
    if (K("sumber_inovasi_id")) {
        /* The public sees the source's name only when it is published. */
        int tampil = !publik || (K("sumber_terbit") && strcmp(K("sumber_terbit"), "1") == 0);
        xmlNodePtr s = sl_xml_text(rep, "sumber_inovasi",
                                   tampil ? K("sumber_inovasi_nama")
                                          : INOVASI_MSG_JUDUL_INOVASI_OPD);
        sl_xml_attr(s, "id", tampil ? K("sumber_inovasi_id") : NULL);
        sl_xml_attr(s, "terbit", K("sumber_terbit"));
        sl_xml_attr(s, "opd", tampil ? K("sumber_opd") : NULL);
    }
    sl_xml_text(rep, "sumber_nama", K("sumber_nama"));
    sl_xml_text(rep, "sumber_daerah", K("sumber_daerah"));
    kode_label(rep, "cara", inovasi_replikasi_cara, K("replikasi_cara"));
    sl_xml_text(rep, "perubahan", K("replikasi_perubahan"));
    sl_xml_text(parent, "terbit_pada", inovasi_tanggal_wib(p, K("terbit_pada")));
    if (!publik) {
        sl_xml_text(parent, "dibuat_pada", inovasi_tanggal_wib(p, K("dibuat_pada")));
        sl_xml_text(parent, "diubah_pada", inovasi_tanggal_wib(p, K("diubah_pada")));
    }
    if (K("berakhir")) {
        sl_xml_text(parent, "berakhir", K("berakhir"));
    }
#undef K
}
