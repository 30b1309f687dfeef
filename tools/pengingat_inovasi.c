/* Reminders of innovation monitoring reports (mod_inovasi), part of the
 * daily `--pengingat` run and its transaction.
 *
 * A report is due on its period's tenggat (inovasi_periode, a WIB date
 * Bappeda sets) and counts as submitted once its status is 'diajukan' or
 * 'diverifikasi' (mod_inovasi/monitoring.c): no report yet, a 'draf' or a
 * report 'dikembalikan' by the evaluator is still missing.  An innovation
 * reports on the periods from its registration year on while it runs: up to
 * the period in which its end date (inovasi.berakhir) falls, as the report
 * pages of mod_inovasi/monitoring.c list them, leaving out the periods of its
 * registration year that ended before it was registered (not owed).  Periods of this year and the
 * last (a year's last report falls due in the next) whose tenggat is within
 * SK_PENGINGAT_HARI_KERJA working days or past are reminded: per period and
 * OPD, one message to each of the OPD's innovation officers (opd_inovasi,
 * active, with an e-mail) listing the innovations still missing the report,
 * under the kunci "pengingat-inovasi:<period id>:<due>:<kind>:<user id>". */
#include <apr_hash.h>
#include <apr_strings.h>
#include "jadwal.h"
#include "pengingat.h"

const sk_stmt sk_pengingat_inovasi_stmts[] = {
    {"inovasi_belum",
     "SELECT p.id, p.tahun, p.jenis, p.nomor, p.tenggat, o.id, o.nama, i.id, "
     "i.nama, l.status FROM inovasi_periode p "
     "JOIN inovasi i ON i.tahun <= p.tahun "
     "AND (i.berakhir IS NULL OR p.mulai <= i.berakhir) JOIN opd o ON o.id = i.opd_id "
     "LEFT JOIN inovasi_laporan l ON l.inovasi_id = i.id AND l.periode_id = p.id "
     "WHERE p.tahun >= %s AND p.tenggat <= %s "
     /* a period that ended before the innovation was registered is not owed */
     "AND (i.dibuat_pada IS NULL OR p.tahun <> YEAR(i.dibuat_pada + INTERVAL 7 HOUR) "
     "OR p.selesai >= DATE(i.dibuat_pada + INTERVAL 7 HOUR)) "
     "AND (l.status IS NULL OR l.status IN ('draf', 'dikembalikan')) "
     "ORDER BY p.tenggat, p.id, o.id, i.nama, i.id"},
    {"petugas_inovasi",
     "SELECT u.id, u.email FROM pengguna u "
     "JOIN pengguna_peran pp ON pp.pengguna_id = u.id AND pp.peran = 'opd_inovasi' "
     "WHERE u.opd_id = %s AND u.aktif = 1 AND u.email IS NOT NULL ORDER BY u.id"},
    {NULL, NULL}
};

/* One period and OPD: the innovations whose report is missing. */
typedef struct {
    const char *periode_id, *tahun, *periode, *tenggat_iso, *opd_id, *opd;
    sl_day tenggat;
    apr_array_header_t *laporan;      /* sk_laporan_belum */
} kelompok;

/* Whether the first n columns of a row are not NULL (only the report's
 * status, the last, may be). */
static int lengkap(const char *const *v, int n)
{
    int c;
    for (c = 0; c < n; c++) {
        if (!v[c]) {
            return 0;
        }
    }
    return 1;
}

/* Groups the rows by period and OPD, in the order they first appear (the
 * grouping does not rely on the ORDER BY). */
static apr_array_header_t *kelompokkan(sk_pengingat_run *r, const sk_rows *rows)
{
    apr_array_header_t *groups = apr_array_make(r->pool, 8, sizeof(kelompok *));
    apr_hash_t *index = apr_hash_make(r->pool);
    int i;

    for (i = 0; i < rows->nrows; i++) {
        const char *const *v = rows->rows[i];
        const char *key;
        kelompok *k;
        sk_laporan_belum *l;
        sl_day tenggat;

        if (!lengkap(v, 9) || sl_day_parse_iso(v[4], &tenggat) != 0) {
            continue;
        }
        key = apr_pstrcat(r->pool, v[0], ":", v[5], NULL);
        k = apr_hash_get(index, key, APR_HASH_KEY_STRING);
        if (!k) {
            k = apr_pcalloc(r->pool, sizeof(*k));
            k->periode_id = v[0];
            k->tahun = v[1];
            k->periode = sk_nama_periode(r->pool, v[2], v[3], v[1]);
            k->tenggat_iso = v[4];
            k->tenggat = tenggat;
            k->opd_id = v[5];
            k->opd = v[6];
            k->laporan = apr_array_make(r->pool, 4, sizeof(sk_laporan_belum));
            apr_hash_set(index, key, APR_HASH_KEY_STRING, k);
            APR_ARRAY_PUSH(groups, kelompok *) = k;
        }
        l = apr_array_push(k->laporan);
        l->nama = v[8];
        l->status = v[9];
        l->tautan = apr_pstrcat(r->pool, r->conf->base_url, r->conf->inovasi_mount,
                                "/admin/inovasi/", v[7], "/laporan/", v[0], NULL);
    }
    return groups;
}

/* Queues the group's reminder to each officer of its OPD; -1 on a
 * database error. */
static int ingatkan(sk_pengingat_run *r, apr_pool_t *pool, const kelompok *k)
{
    sk_pengingat_inovasi p;
    const char *kind, *jenis;
    sk_rows *officers;
    sk_surel s;
    int i, added = 0;

    p.jenis = sk_pengingat_untuk(r->cal, r->now, k->tenggat, &p.sisa);
    if (p.jenis == SK_PENGINGAT_TIDAK) {
        return 0;
    }
    r->items++;
    if (sk_db_select(r->db, pool, "petugas_inovasi", &officers,
                     SK_ARGS(k->opd_id)) != 0) {
        return -1;
    }
    p.periode = k->periode;
    p.opd = k->opd;
    p.tenggat = k->tenggat;
    p.laporan = (const sk_laporan_belum *)k->laporan->elts;
    p.jumlah = k->laporan->nelts;
    p.tautan = apr_pstrcat(pool, r->conf->base_url, r->conf->inovasi_mount,
                           "/dasbor?tahun=", k->tahun, NULL);
    sk_pengingat_inovasi_susun(pool, &p, &s);
    kind = sk_pengingat_nama(p.jenis);
    jenis = apr_pstrcat(pool, "pengingat_", kind, NULL);
    for (i = 0; i < officers->nrows; i++) {
        const char *id = sk_rows_get(officers, i, 0);
        const char *email = sk_rows_get(officers, i, 1);
        const char *kunci;
        int rv;

        if (!id || !email) {
            continue;
        }
        kunci = apr_pstrcat(pool, "pengingat-inovasi:", k->periode_id, ":",
                            k->tenggat_iso, ":", kind, ":", id, NULL);
        rv = sk_pengingat_simpan(r, pool, id, email, &s, jenis, "inovasi_periode",
                                 k->periode_id, kunci);
        if (rv < 0) {
            return -1;
        }
        added += rv;
    }
    if (added) {
        sk_log("innovation reports of %s, OPD %s, due %s (%s): %d reminder(s) "
               "queued", k->periode, k->opd_id, k->tenggat_iso, kind, added);
    }
    return 0;
}

int sk_pengingat_inovasi_antre(sk_pengingat_run *r)
{
    apr_array_header_t *groups;
    sk_rows *rows;
    int year, month, mday, i;

    sl_day_to_ymd(sk_hari_ini(r->now), &year, &month, &mday);
    if (sk_db_select(r->db, r->pool, "inovasi_belum", &rows,
                     SK_ARGS(apr_itoa(r->pool, year - 1), r->limit)) != 0) {
        return -1;
    }
    groups = kelompokkan(r, rows);
    for (i = 0; i < groups->nelts; i++) {
        apr_pool_t *pool;
        int rv;

        apr_pool_create(&pool, r->pool);
        rv = ingatkan(r, pool, APR_ARRAY_IDX(groups, i, kelompok *));
        apr_pool_destroy(pool);
        if (rv != 0) {
            return -1;
        }
    }
    return 0;
}
