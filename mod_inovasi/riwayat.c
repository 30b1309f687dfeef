/* The history of one innovation on its staff page: the audit rows of the
 * innovation, its indicators, scores and reports.  Evaluators stay
 * anonymous to OPD roles: their checks and scores show as "Evaluator
 * Bappeda", and a score's content (per criterion) is left out; the page
 * shows the mean and the spread instead. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "calendar.h"
#include "sl_module.h"
#include "inovasi.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_riwayat_stmts[] = {
    {"riwayat",
     "SELECT a.waktu, a.aktor, a.aksi, a.objek, a.sesudah FROM audit a "
     "WHERE (a.objek IN ('inovasi', 'indikator', 'penilaian') AND a.objek_id = %s) "
     "OR (a.objek = 'laporan' AND a.objek_id IN (SELECT CAST(l.id AS CHAR) COLLATE utf8mb4_unicode_ci "
     "FROM inovasi_laporan l WHERE l.inovasi_id = %s)) "
     "ORDER BY a.waktu DESC, a.id DESC LIMIT 100"},
    {NULL, NULL}
};

/* The audit actions in words (issue 17: no stored code on a staff page);
 * an action missing here reads "Perubahan lain". */
static const inovasi_pilihan aksi_kata[] = {
    {"buat", "Inovasi didaftarkan"},
    {"ubah", "Profil diubah"},
    {"terbitkan", "Dipublikasikan di etalase"},
    {"tarik", "Ditarik dari etalase"},
    {"ubah_siklus", "Tahap laboratorium atau tanggal berakhir diubah"},
    {"tambah_replikasi", "Daerah replikasi ditambahkan"},
    {"hapus_replikasi", "Daerah replikasi dihapus"},
    {"ubah_indikator", "Indikator diubah"},
    {"versi_indikator", "Versi baru indikator"},
    {"simpan_laporan", "Draf laporan disimpan"},
    {"ajukan_laporan", "Laporan diajukan"},
    {"verifikasi_laporan", "Laporan diverifikasi"},
    {"kembalikan_laporan", "Laporan dikembalikan"},
    {"nilai", "Penilaian evaluator"},
    {"ajukan_bukti_iid", "Bukti IID diajukan"},
    {"verifikasi_bukti_iid", "Bukti IID diverifikasi"},
    {"kembalikan_bukti_iid", "Bukti IID dikembalikan"},
    {"tolak_iid", "Inovasi ditolak dalam IID"},
    {"terima_iid", "Inovasi diterima dalam IID"},
    {NULL, NULL}
};

static const char *aksi_label(const char *aksi)
{
    return inovasi_pilihan_ada(aksi_kata, aksi) ? inovasi_label(aksi_kata, aksi)
                                                : INOVASI_MSG_RIWAYAT_PERUBAHAN_LAIN;
}

/* Steps only an evaluator takes. */
static int oleh_evaluator(const char *objek, const char *aksi)
{
    static const char *const aksi_evaluator[] = {
        "verifikasi_laporan", "kembalikan_laporan", "verifikasi_bukti_iid",
        "kembalikan_bukti_iid", "tolak_iid", "terima_iid", NULL
    };
    int k;
    if (strcmp(objek, "penilaian") == 0) {
        return 1;
    }
    for (k = 0; aksi_evaluator[k]; k++) {
        if (strcmp(aksi, aksi_evaluator[k]) == 0) {
            return 1;
        }
    }
    return 0;
}

int inovasi_riwayat_xml(sl_ctx *c, xmlNodePtr parent, const char *id)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr hist = sl_xml_node(parent, "riwayat");
    int anonim = inovasi_anonim(c), i;
    sl_rows *trail;

    if (sl_db_select(c->db, "riwayat", &trail, SL_ARGS(id, id)) != 0) {
        return -1;
    }
    for (i = 0; i < trail->nrows; i++) {
        const char *aksi = sl_rows_get_or(trail, i, 2, "");
        const char *objek = sl_rows_get_or(trail, i, 3, "");
        int sembunyi = anonim && oleh_evaluator(objek, aksi);
        xmlNodePtr ev = sl_xml_text(hist, "peristiwa",
                                    sembunyi && strcmp(objek, "penilaian") == 0
                                    ? NULL : sl_rows_get(trail, i, 4));
        sl_xml_attr(ev, "waktu", sl_wib_text(p, sl_rows_get(trail, i, 0)));
        sl_xml_attr(ev, "aktor",
                    sembunyi ? INOVASI_MSG_RIWAYAT_EVALUATOR : sl_rows_get(trail, i, 1));
        sl_xml_attr(ev, "aksi", aksi);
        sl_xml_attr(ev, "aksi_label", aksi_label(aksi));
        sl_xml_attr(ev, "objek", objek);
    }
    return 0;
}
