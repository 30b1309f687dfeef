/* The rules of a year, set by Bappeda's evaluator and read by all staff:
 * the dimension weights (adding up to 100), the bands that turn a score
 * into a word, the evaluation criteria and their weights (adding up to
 * 100), and the monitoring periods (quarters or semesters, one kind per
 * year) with their due dates: a date for one period, or for all at once a
 * number of working days after each period's end on the regency's holiday
 * calendar (hari_libur), as every deadline of the service is counted. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_audit.h"
#include "sl_module.h"
#include "sl_holidays.h"
#include "sl_xmlrow.h"
#include "inovasi.h"
#include "pita.h"
#include "inovasi_messages.h"

#define PITA_MAKS 10
#define KRITERIA_MAKS 20

const sl_stmt_def inovasi_tahun_stmts[] = {
    {"th_bobot_simpan",
     "INSERT INTO inovasi_bobot_dimensi (tahun, output, kemanfaatan, keberlanjutan) "
     "VALUES (%s, %s, %s, %s) ON DUPLICATE KEY UPDATE output = VALUES(output), "
     "kemanfaatan = VALUES(kemanfaatan), keberlanjutan = VALUES(keberlanjutan)"},
    {"th_pita_hapus", "DELETE FROM inovasi_pita_capaian WHERE tahun = %s"},
    {"th_pita_buat",
     "INSERT INTO inovasi_pita_capaian (tahun, urutan, nama, batas_bawah, batas_atas) "
     "VALUES (%s, %s, %s, %s, %s)"},
    {"th_kriteria",
     "SELECT k.id, k.urutan, k.nama, k.bobot, (SELECT COUNT(*) FROM "
     "inovasi_penilaian n WHERE n.kriteria_id = k.id), k.tahun "
     "FROM inovasi_kriteria k WHERE k.tahun = %s ORDER BY k.urutan"},
    {"th_kriteria_asal",
     "SELECT COALESCE((SELECT MAX(tahun) FROM inovasi_kriteria WHERE tahun < %s), "
     "(SELECT MIN(tahun) FROM inovasi_kriteria))"},
    {"th_kriteria_kunci",
     "SELECT id FROM inovasi_kriteria WHERE tahun = %s FOR UPDATE"},
    {"th_kriteria_ubah",
     "UPDATE inovasi_kriteria SET nama = %s, bobot = %s WHERE id = %s AND tahun = %s"},
    {"th_kriteria_hapus",
     "DELETE FROM inovasi_kriteria WHERE id = %s AND tahun = %s"},
    {"th_kriteria_buat",
     "INSERT INTO inovasi_kriteria (tahun, urutan, nama, bobot) SELECT %s, "
     "COALESCE(MAX(urutan), 0) + 1, %s, %s FROM inovasi_kriteria WHERE tahun = %s"},
    {"th_periode",
     "SELECT p.id AS `@id`, p.jenis AS `@jenis`, p.nomor AS `@nomor`, "
     "p.mulai AS `@mulai`, p.selesai AS `@selesai`, p.tenggat AS `@tenggat`, "
     "(SELECT COUNT(*) FROM inovasi_laporan l WHERE l.periode_id = p.id) AS `@laporan` "
     "FROM inovasi_periode p WHERE p.tahun = %s ORDER BY p.mulai, p.id"},
    {"th_periode_jenis",
     "SELECT DISTINCT jenis FROM inovasi_periode WHERE tahun = %s AND jenis <> %s"},
    {"th_periode_simpan",
     "INSERT INTO inovasi_periode (tahun, jenis, nomor, mulai, selesai, tenggat) "
     "VALUES (%s, %s, %s, %s, %s, %s) ON DUPLICATE KEY UPDATE "
     "tenggat = VALUES(tenggat)"},
    {NULL, NULL}
};

/* ---- the page ------------------------------------------------------------ */

typedef struct {
    const char *id, *nama, *a, *b;     /* pita: nama, bawah, atas; kriteria: nama, bobot */
    int dinilai;
} baris;

static void rows_xml(apr_pool_t *p, xmlNodePtr parent, apr_array_header_t *rows,
                     const char *a_name, const char *b_name)
{
    int k;
    for (k = 0; k < rows->nelts; k++) {
        const baris *b = &APR_ARRAY_IDX(rows, k, baris);
        xmlNodePtr n = sl_xml_node(parent, "baris");
        sl_xml_attr(n, "no", apr_itoa(p, k + 1));
        sl_xml_attr(n, "id", b->id);
        if (b->dinilai) {
            sl_xml_attr(n, "dinilai", "1");
        }
        sl_xml_text(n, "nama", b->nama);
        sl_xml_text(n, a_name, b->a);
        if (b_name) {
            sl_xml_text(n, b_name, b->b);
        }
    }
}

static void blank_rows(apr_array_header_t *rows, int n)
{
    int k;
    for (k = 0; k < n; k++) {
        baris *b = apr_array_push(rows);
        memset(b, 0, sizeof(*b));
        b->nama = b->a = b->b = "";
    }
}

/* Posted rows prefix_nama_k, prefix_a_k, prefix_b_k, prefix_id_k. */
static apr_array_header_t *posted_rows(sl_ctx *c, const char *prefix,
                                       const char *a, const char *b, int max)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *rows = apr_array_make(p, 8, sizeof(baris));
    int n = atoi(sl_field(c, apr_pstrcat(p, prefix, "_baris", NULL))), k;
    if (n < 0 || n > max) {
        n = 0;
    }
    for (k = 1; k <= n; k++) {
        baris *r = apr_array_push(rows);
        const char *id = sl_field(c, apr_psprintf(p, "%s_id_%d", prefix, k));
        memset(r, 0, sizeof(*r));
        r->id = *id ? id : NULL;
        r->nama = sl_field(c, apr_psprintf(p, "%s_nama_%d", prefix, k));
        r->a = sl_field(c, apr_psprintf(p, "%s_%s_%d", prefix, a, k));
        r->b = b ? sl_field(c, apr_psprintf(p, "%s_%s_%d", prefix, b, k)) : "";
    }
    return rows;
}

/* section: which form was posted and refused (its rows come from the
 * form); NULL for a plain GET. */
static int show(sl_ctx *c, const char *tahun, int status, const char *section,
                apr_array_header_t *posted, apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_page *page = sl_ctx_page(c, "tahun",
                                apr_psprintf(p, INOVASI_MSG_JUDUL_ATURAN_TAHUN,
                                             tahun), "tahun");
    xmlNodePtr res = page->resource, node, isian;
    inovasi_bobot_tahun w;
    inovasi_pita_tahun pita;
    apr_array_header_t *rows;
    sl_rows *krit, *asal, *per;
    const char *sumber;
    int i, d;

    if (inovasi_bobot_dimensi(c, tahun, &w) != 0 || inovasi_pita(c, tahun, &pita) != 0
        || sl_db_select(c->db, "th_kriteria", &krit, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "th_kriteria_asal", &asal, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "th_periode", &per, SL_ARGS(tahun)) != 0) {
        return inovasi_gangguan(c);
    }
    inovasi_tahun_xml(c, res, "nilai", tahun);

    /* Dimension weights. */
    node = sl_xml_node(res, "bobot-dimensi");
    sl_xml_attr(node, "berlaku", w.tahun_berlaku);
    isian = sl_xml_node(res, "isian");
    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        const char *code = capaian_dimensi_kode(d);
        xmlNodePtr dn = sl_xml_node(node, "dimensi");
        sl_xml_attr(dn, "kode", code);
        sl_xml_attr(dn, "nama", capaian_dimensi_nama(d));
        sl_xml_attr(dn, "bobot", inovasi_desimal(p, inovasi_dua(p, w.bobot[d])));
        inovasi_isian(isian, code, section && strcmp(section, "bobot") == 0
                      ? sl_field(c, code) : inovasi_desimal(p, inovasi_dua(p, w.bobot[d])));
    }

    /* Bands. */
    node = sl_xml_node(res, "pita");
    sl_xml_attr(node, "berlaku", pita.tahun_berlaku);
    if (section && strcmp(section, "pita") == 0) {
        rows = posted;
    }
    else {
        rows = apr_array_make(p, 8, sizeof(baris));
        for (i = 0; i < (int)pita.n; i++) {
            baris *b = apr_array_push(rows);
            memset(b, 0, sizeof(*b));
            b->nama = pita.pita[i].nama;
            b->a = inovasi_desimal(p, inovasi_dua(p, pita.pita[i].bawah));
            b->b = inovasi_desimal(p, inovasi_dua(p, pita.pita[i].atas));
        }
        blank_rows(rows, 2);
    }
    sl_xml_attr(node, "baris", apr_itoa(p, rows->nelts));
    rows_xml(p, node, rows, "bawah", "atas");

    /* Criteria: the year's own, else the latest earlier year's to copy. */
    node = sl_xml_node(res, "kriteria");
    if (krit->nrows) {
        sl_xml_attr(node, "sendiri", "1");
        sumber = tahun;
    }
    else {
        sumber = sl_rows_get(asal, 0, 0);
        if (sumber && sl_db_select(c->db, "th_kriteria", &krit, SL_ARGS(sumber)) != 0) {
            return inovasi_gangguan(c);
        }
    }
    sl_xml_attr(node, "berlaku", sumber);
    if (section && strcmp(section, "kriteria") == 0) {
        rows = posted;
    }
    else {
        rows = apr_array_make(p, 8, sizeof(baris));
        for (i = 0; i < krit->nrows; i++) {
            baris *b = apr_array_push(rows);
            memset(b, 0, sizeof(*b));
            /* Rows copied from another year are new for this one. */
            b->id = krit->nrows && sumber && strcmp(sumber, tahun) == 0
                    ? sl_rows_get(krit, i, 0) : NULL;
            b->nama = sl_rows_get_or(krit, i, 2, "");
            b->a = inovasi_desimal(p, sl_rows_get(krit, i, 3));
            b->dinilai = b->id && atoi(sl_rows_get_or(krit, i, 4, "0")) > 0;
        }
        blank_rows(rows, 2);
    }
    sl_xml_attr(node, "baris", apr_itoa(p, rows->nelts));
    rows_xml(p, node, rows, "bobot", NULL);

    /* Periods. */
    node = sl_xml_node(res, "periode-daftar");
    for (i = 0; i < per->nrows; i++) {
        xmlNodePtr n = sl_xml_node(node, "periode");
        sl_xml_attr(node, "jenis", sl_rows_get(per, i, 1));
        sl_xml_row(n, per, i, NULL);   /* th_periode's columns */
        sl_xml_attr(n, "nama", inovasi_nama_periode(p, sl_rows_get(per, i, 1),
                                                    sl_rows_get(per, i, 2), tahun));
    }
    inovasi_pilihan_xml(res, "jenis", inovasi_jenis_periode);
    inovasi_isian(isian, "jenis", section ? sl_field(c, "jenis") : "");
    inovasi_isian(isian, "nomor", section ? sl_field(c, "nomor") : "");
    inovasi_isian(isian, "tenggat", section ? sl_field(c, "tenggat") : "");
    inovasi_isian(isian, "hari", section ? sl_field(c, "hari") : "10");
    if (inovasi_oaoi_xml(c, res, tahun) != 0) {
        return inovasi_gangguan(c);
    }
    inovasi_galat_xml(res, errors);
    return sl_page_send(page, status);
}

int inovasi_tahun_halaman(sl_ctx *c, const char *tahun, int status,
                          apr_array_header_t *errors)
{
    return show(c, tahun, status, NULL, NULL, errors);
}

static const char *year_param(sl_ctx *c)
{
    return inovasi_tahun_valid(apr_table_get(c->params, "tahun"));
}

int inovasi_tahun_lihat(sl_ctx *c)
{
    const char *tahun = year_param(c);
    return tahun ? show(c, tahun, HTTP_OK, NULL, NULL, NULL) : inovasi_tidak_ada(c);
}

int inovasi_tahun_ke_tahun_ini(sl_ctx *c)
{
    return sl_redirect(c, apr_pstrcat(c->r->pool, c->mount, "/admin/tahun/",
                                      inovasi_tahun_ini(c->r->pool), NULL));
}

static int done(sl_ctx *c, const char *tahun)
{
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(c->r->pool, c->mount, "/admin/tahun/", tahun,
                                      NULL));
}

/* ---- dimension weights -------------------------------------------------- */

int inovasi_tahun_simpan_bobot(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = year_param(c);
    apr_array_header_t *errors = inovasi_galat_baru(p);
    double v[CAPAIAN_DIMENSI];
    char norm[CAPAIAN_DIMENSI][32], buf[128];
    const char *msg;
    inovasi_bobot_tahun before;
    int d, ok = 1;

    if (!tahun) {
        return inovasi_tidak_ada(c);
    }
    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        const char *code = capaian_dimensi_kode(d);
        if (!capaian_angka(sl_field(c, code), &v[d], norm[d], sizeof(norm[d]))
            || v[d] <= 0 || v[d] > 100 || !inovasi_dua_desimal(norm[d])) {
            inovasi_galat_tambah(errors, code, INOVASI_MSG_BOBOT_SALAH);
            ok = 0;
        }
    }
    if (ok && (msg = capaian_bobot_periksa(v, CAPAIAN_DIMENSI, buf, sizeof(buf)))) {
        inovasi_galat_tambah(errors, "bobot_dimensi", apr_pstrdup(p, msg));
    }
    if (errors->nelts) {
        return show(c, tahun, HTTP_UNPROCESSABLE_ENTITY, "bobot", NULL, errors);
    }
    if (inovasi_bobot_dimensi(c, tahun, &before) != 0 || sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    sl_db_exec(c->db, "th_bobot_simpan", NULL,
               SL_ARGS(tahun, norm[0], norm[1], norm[2]));
    sl_audit(c, &(sl_audit_entry){"ubah_bobot_dimensi", "tahun", tahun,
             inovasi_json(p, "berlaku", before.tahun_berlaku,
                          "output", inovasi_dua(p, before.bobot[0]),
                          "kemanfaatan", inovasi_dua(p, before.bobot[1]),
                          "keberlanjutan", inovasi_dua(p, before.bobot[2]), NULL),
             inovasi_json(p, "output", norm[0], "kemanfaatan", norm[1],
                          "keberlanjutan", norm[2], NULL), 0});
    return done(c, tahun);
}

/* ---- bands ---------------------------------------------------------------- */

/* IID words grade an IID score only (docs/iid.md). */
static const char *not_iid_word(const char *nama)
{
    return ap_strcasestr(nama, "inovatif")
           ? INOVASI_MSG_PREDIKAT_IID_KHUSUS
           : NULL;
}

int inovasi_tahun_simpan_pita(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = year_param(c);
    apr_array_header_t *errors = inovasi_galat_baru(p), *rows;
    inovasi_pita_teks typed[PITA_MAKS];
    inovasi_pita_isi pita;
    const char *audit;
    int k;

    if (!tahun) {
        return inovasi_tidak_ada(c);
    }
    rows = posted_rows(c, "pita", "bawah", "atas", PITA_MAKS);
    for (k = 0; k < rows->nelts && k < PITA_MAKS; k++) {
        const baris *b = &APR_ARRAY_IDX(rows, k, baris);
        typed[k] = (inovasi_pita_teks){b->nama, b->a, b->b};
    }
    inovasi_pita_baca(c, errors, typed, k, not_iid_word,
                      INOVASI_MSG_BATAS_PREDIKAT_BUKAN_ANGKA,
                      &pita);
    if (errors->nelts) {
        return show(c, tahun, HTTP_UNPROCESSABLE_ENTITY, "pita", rows, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    audit = inovasi_pita_tulis(c, tahun, &pita, "th_pita_hapus", "th_pita_buat");
    sl_audit(c, &(sl_audit_entry){"ubah_pita", "tahun", tahun, NULL, audit, 0});
    return done(c, tahun);
}

/* ---- criteria -------------------------------------------------------------- */

int inovasi_tahun_simpan_kriteria(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = year_param(c);
    apr_array_header_t *errors = inovasi_galat_baru(p), *rows, *parts;
    double w[KRITERIA_MAKS];
    char norm[KRITERIA_MAKS][32], buf[128];
    int keep[KRITERIA_MAKS];
    const char *msg;
    sl_rows *stored, *locked;
    size_t n = 0;
    int k, i;

    if (!tahun) {
        return inovasi_tidak_ada(c);
    }
    if (sl_db_begin(c->db) != 0
        || sl_db_select(c->db, "th_kriteria_kunci", &locked, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "th_kriteria", &stored, SL_ARGS(tahun)) != 0) {
        return inovasi_gangguan(c);
    }
    rows = posted_rows(c, "kriteria", "bobot", NULL, KRITERIA_MAKS);
    for (k = 0; k < rows->nelts; k++) {
        baris *b = &APR_ARRAY_IDX(rows, k, baris);
        const char *field = apr_psprintf(p, "kriteria_nama_%d", k + 1);
        int found = -1;
        keep[k] = 0;
        for (i = 0; b->id && i < stored->nrows; i++) {
            if (strcmp(sl_rows_get(stored, i, 0), b->id) == 0) {
                found = i;
                b->dinilai = atoi(sl_rows_get_or(stored, i, 4, "0")) > 0;
            }
        }
        if (b->id && found < 0) {
            inovasi_galat_tambah(errors, field, INOVASI_MSG_KRITERIA_TIDAK_DITEMUKAN);
            continue;
        }
        if (!*b->nama && !*b->a) {
            if (b->dinilai) {
                inovasi_galat_tambah(errors, field, INOVASI_MSG_KRITERIA_DINILAI_TIDAK_DIHAPUS);
            }
            continue;          /* blank: a new row left empty, or a deletion */
        }
        inovasi_teks(c, errors, field, INOVASI_MSG_LABEL_NAMA_KRITERIA, 255, 1);
        if (!capaian_angka(b->a, &w[n], norm[k], sizeof(norm[k])) || w[n] <= 0
            || w[n] > 100 || !inovasi_dua_desimal(norm[k])) {
            inovasi_galat_tambah(errors, apr_psprintf(p, "kriteria_bobot_%d", k + 1),
                                 INOVASI_MSG_BOBOT_SALAH);
            continue;
        }
        keep[k] = 1;
        n++;
    }
    if (!errors->nelts && (msg = capaian_bobot_periksa(w, n, buf, sizeof(buf)))) {
        inovasi_galat_tambah(errors, "kriteria", apr_pstrcat(p, "Kriteria: ", msg, NULL));
    }
    if (errors->nelts) {
        sl_db_rollback(c->db);
        return show(c, tahun, HTTP_UNPROCESSABLE_ENTITY, "kriteria", rows, errors);
    }
    parts = apr_array_make(p, 8, sizeof(const char *));
    for (k = 0; k < rows->nelts; k++) {
        const baris *b = &APR_ARRAY_IDX(rows, k, baris);
        if (!keep[k]) {
            if (b->id) {
                sl_db_exec(c->db, "th_kriteria_hapus", NULL, SL_ARGS(b->id, tahun));
            }
            continue;
        }
        if (b->id) {
            sl_db_exec(c->db, "th_kriteria_ubah", NULL,
                       SL_ARGS(b->nama, norm[k], b->id, tahun));
        }
        else {
            sl_db_exec(c->db, "th_kriteria_buat", NULL,
                       SL_ARGS(tahun, b->nama, norm[k], tahun));
        }
        APR_ARRAY_PUSH(parts, const char *) = inovasi_json(p, "id", b->id, "nama",
                                                           b->nama, "bobot", norm[k],
                                                           NULL);
    }
    sl_audit(c, &(sl_audit_entry){"ubah_kriteria", "tahun", tahun, NULL,
             apr_pstrcat(p, "[", apr_array_pstrcat(p, parts, ','), "]", NULL), 0});
    return done(c, tahun);
}

/* ---- periods ------------------------------------------------------------------ */

int inovasi_tahun_simpan_periode(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = year_param(c);
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *jenis = sl_field(c, "jenis");
    const char *nomor = sl_field(c, "nomor");
    const char *tenggat = sl_field(c, "tenggat");
    const char *hari = sl_field(c, "hari");
    int semua = strcmp(nomor, "semua") == 0;
    int banyak, first, last, k, h = 0;
    char mulai[11], selesai[11];
    const sl_calendar *cal = NULL;
    sl_rows *other;

    if (!tahun) {
        return inovasi_tidak_ada(c);
    }
    banyak = strcmp(jenis, "triwulan") == 0 ? 4 : strcmp(jenis, "semester") == 0 ? 2 : 0;
    if (!banyak) {
        inovasi_galat_tambah(errors, "jenis", INOVASI_MSG_JENIS_PERIODE_WAJIB);
    }
    first = semua ? 1 : atoi(nomor);
    last = semua ? banyak : first;
    if (banyak && (first < 1 || last > banyak || (!semua && strspn(nomor, "1234")
                                                  != strlen(nomor)))) {
        inovasi_galat_tambah(errors, "nomor", INOVASI_MSG_NOMOR_PERIODE_WAJIB);
    }
    if (semua) {
        if (strlen(hari) < 1 || strlen(hari) > 3 || strspn(hari, "0123456789")
            != strlen(hari) || (h = atoi(hari)) > 365) {
            inovasi_galat_tambah(errors, "hari", INOVASI_MSG_HARI_KERJA_TENGGAT_SALAH);
        }
    }
    else if (!capaian_tanggal(tenggat, NULL, NULL, NULL)) {
        inovasi_galat_tambah(errors, "tenggat", INOVASI_MSG_TENGGAT_WAJIB);
    }
    else if (banyak && first >= 1 && first <= banyak
             && capaian_periode_rentang(jenis, first, atoi(tahun), mulai, selesai)
             && strcmp(tenggat, selesai) < 0) {
        inovasi_galat_tambah(errors, "tenggat",
                             apr_psprintf(p, INOVASI_MSG_TENGGAT_SEBELUM_AKHIR_PERIODE, selesai));
    }
    if (banyak && !errors->nelts) {
        if (sl_db_select(c->db, "th_periode_jenis", &other, SL_ARGS(tahun, jenis)) != 0) {
            return inovasi_gangguan(c);
        }
        if (other->nrows) {
            inovasi_galat_tambah(errors, "jenis",
                                 apr_psprintf(p, INOVASI_MSG_JENIS_PERIODE_BERBEDA, tahun,
                                              sl_rows_get(other, 0, 0)));
        }
    }
    if (errors->nelts) {
        return show(c, tahun, HTTP_UNPROCESSABLE_ENTITY, "periode", NULL, errors);
    }
    if (semua && !(cal = sl_holidays_current(c, 16 * 60))) {
        return inovasi_gangguan(c);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    for (k = first; k <= last; k++) {
        const char *no = apr_itoa(p, k);
        const char *due = tenggat;
        sl_day end;
        capaian_periode_rentang(jenis, k, atoi(tahun), mulai, selesai);
        if (semua && sl_day_parse_iso(selesai, &end) == 0) {
            due = sl_day_iso(p, sl_calendar_add_working_days(cal, end, h, NULL));
        }
        sl_db_exec(c->db, "th_periode_simpan", NULL,
                   SL_ARGS(tahun, jenis, no, mulai, selesai, due));
    }
    sl_audit(c, &(sl_audit_entry){"ubah_periode", "tahun", tahun, NULL,
             inovasi_json(p, "jenis", jenis, "nomor", nomor,
                          "tenggat", semua ? NULL : tenggat,
                          "hari_kerja_setelah_akhir", semua ? hari : NULL, NULL), 0});
    return done(c, tahun);
}
