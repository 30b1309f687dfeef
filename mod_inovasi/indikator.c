/* Design indicators: the officer sets, per innovation, the indicators of
 * the three dimensions (output, kemanfaatan, keberlanjutan) with unit,
 * baseline, target, direction and weight, all in one form so the weight
 * rule can be checked on the whole set: every dimension has at least one
 * indicator and its weights add up to 100. */
#include <httpd.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_audit.h"
#include "sl_module.h"
#include "inovasi.h"
#include "inovasi_messages.h"

/* Verified figures cannot change: after a verified report, a change of an
 * indicator's baseline, target, direction or weight closes the row at the
 * last verified period's end and starts a new version the day after
 * (106_inovasi_beku.sql); the set shown and edited is the current one. */

/* Blank rows offered per dimension. */
#define BARIS_KOSONG 2
/* Most rows one form may carry. */
#define BARIS_MAKS 60

const sl_stmt_def inovasi_indikator_stmts[] = {
    {"ind_daftar",
     "SELECT id, dimensi, nama, satuan, baseline, target, arah, bobot, "
     "(SELECT COUNT(*) FROM inovasi_laporan_nilai v WHERE v.indikator_id = ind.id "
     " AND (v.nilai IS NOT NULL OR v.bukti_tautan IS NOT NULL "
     " OR v.bukti_berkas_id IS NOT NULL)), berlaku_mulai "
     "FROM inovasi_indikator ind WHERE inovasi_id = %s AND berlaku_sampai IS NULL "
     "ORDER BY FIELD(dimensi, 'output', 'kemanfaatan', 'keberlanjutan'), id"},
    {"ind_buat",
     "INSERT INTO inovasi_indikator (inovasi_id, dimensi, nama, satuan, baseline, "
     "target, arah, bobot, berlaku_mulai, versi_dari) VALUES (%s, %s, %s, %s, %s, "
     "%s, %s, %s, %s + INTERVAL 1 DAY, %s)"},
    /* The end of the latest verified period: the design up to it is frozen. */
    {"ind_batas",
     "SELECT MAX(p.selesai) FROM inovasi_laporan l JOIN inovasi_periode p "
     "ON p.id = l.periode_id WHERE l.inovasi_id = %s AND l.status = 'diverifikasi'"},
    {"ind_tutup",
     "UPDATE inovasi_indikator SET berlaku_sampai = %s WHERE id = %s "
     "AND inovasi_id = %s AND berlaku_sampai IS NULL"},
    {"ind_id_baru", "SELECT LAST_INSERT_ID()"},
    /* Values of reports not yet verified follow the new version. */
    {"ind_pindah_nilai",
     "UPDATE inovasi_laporan_nilai v JOIN inovasi_laporan l ON l.id = v.laporan_id "
     "SET v.indikator_id = %s WHERE v.indikator_id = %s AND l.status <> 'diverifikasi'"},
    {"ind_ubah",
     "UPDATE inovasi_indikator SET nama = %s, satuan = %s, baseline = %s, "
     "target = %s, arah = %s, bobot = %s WHERE id = %s AND inovasi_id = %s"},
    {"ind_hapus_nilai_kosong",
     "DELETE FROM inovasi_laporan_nilai WHERE indikator_id = %s AND nilai IS NULL "
     "AND bukti_tautan IS NULL AND bukti_berkas_id IS NULL"},
    {"ind_hapus", "DELETE FROM inovasi_indikator WHERE id = %s AND inovasi_id = %s"},
    {NULL, NULL}
};

typedef struct {
    const char *id;                /* NULL for a new row */
    const char *dimensi, *nama, *satuan, *baseline, *target, *arah, *bobot;
    int hapus;
    int dipakai;                   /* has reported values */
    const char *mulai;             /* stored berlaku_mulai, NULL: open */
    /* normalised numbers for SQL */
    char nb[32], nt[32], nw[32];
    double vb, vt, vw;
} baris;

/* The text fields of a row, in the order the form and the view name
 * them. */
static const struct {
    const char *name;
    size_t at;
} teks[] = {
    {"nama", offsetof(baris, nama)}, {"satuan", offsetof(baris, satuan)},
    {"baseline", offsetof(baris, baseline)}, {"target", offsetof(baris, target)},
    {"arah", offsetof(baris, arah)}, {"bobot", offsetof(baris, bobot)}
};
#define NTEKS (sizeof(teks) / sizeof(teks[0]))

static const char **teks_di(baris *b, size_t t)
{
    return (const char **)((char *)b + teks[t].at);
}

static const char *col(const sl_rows *rows, int i, int j)
{
    const char *v = sl_rows_get(rows, i, j);
    return v ? v : "";
}

/* The rows as stored, then blank rows for each dimension. */
static apr_array_header_t *rows_from_db(sl_ctx *c, const sl_rows *rows)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *out = apr_array_make(p, 16, sizeof(baris));
    int i, d, k;

    for (i = 0; i < rows->nrows; i++) {
        baris *b = apr_array_push(out);
        memset(b, 0, sizeof(*b));
        b->id = col(rows, i, 0);
        b->dimensi = col(rows, i, 1);
        b->nama = col(rows, i, 2);
        b->satuan = col(rows, i, 3);
        b->baseline = inovasi_desimal(p, col(rows, i, 4));
        b->target = inovasi_desimal(p, col(rows, i, 5));
        b->arah = col(rows, i, 6);
        b->bobot = inovasi_desimal(p, col(rows, i, 7));
        b->dipakai = atoi(col(rows, i, 8)) > 0;
        b->mulai = sl_rows_get(rows, i, 9);
    }
    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        for (k = 0; k < BARIS_KOSONG; k++) {
            baris *b = apr_array_push(out);
            memset(b, 0, sizeof(*b));
            b->dimensi = capaian_dimensi_kode(d);
            b->nama = b->satuan = b->baseline = b->target = b->bobot = "";
            b->arah = "naik";
        }
    }
    return out;
}

/* The rows as posted: baris_1 ... baris_N. */
static apr_array_header_t *rows_from_form(sl_ctx *c, const sl_rows *stored)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *out = apr_array_make(p, 16, sizeof(baris));
    int n = atoi(sl_field(c, "baris")), k, i;

    if (n < 0 || n > BARIS_MAKS) {
        n = 0;
    }
    for (k = 1; k <= n; k++) {
        baris *b = apr_array_push(out);
        const char *id;
        size_t t;
#define F(name) sl_field(c, apr_psprintf(p, name "_%d", k))
        memset(b, 0, sizeof(*b));
        id = F("id");
        b->id = *id ? id : NULL;
        b->dimensi = F("dimensi");
        for (t = 0; t < NTEKS; t++) {
            *teks_di(b, t) = sl_field(c, apr_psprintf(p, "%s_%d", teks[t].name, k));
        }
        b->hapus = strcmp(F("hapus"), "1") == 0;
#undef F
        for (i = 0; b->id && i < stored->nrows; i++) {
            if (strcmp(col(stored, i, 0), b->id) == 0) {
                b->dipakai = atoi(col(stored, i, 8)) > 0;
                b->mulai = sl_rows_get(stored, i, 9);
            }
        }
    }
    return out;
}

static int blank(const baris *b)
{
    return !b->id && !*b->nama && !*b->satuan && !*b->baseline && !*b->target
           && !*b->bobot;
}

static int show(sl_ctx *c, const sl_rows *inov, const char *id,
                apr_array_header_t *rows, int status, apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_page *page = sl_ctx_page(c, "indikator", apr_pstrcat(p, "Indikator: ",
                                sl_rows_named(inov, 0, "nama"), NULL), "indikator");
    xmlNodePtr res = page->resource;
    int d, k;

    sl_xml_attr(res, "id", id);
    sl_xml_attr(res, "baris", apr_itoa(p, rows->nelts));
    sl_xml_text(res, "nama", sl_rows_named(inov, 0, "nama"));
    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        xmlNodePtr dn = sl_xml_node(res, "dimensi");
        double sum = 0;
        sl_xml_attr(dn, "kode", capaian_dimensi_kode(d));
        sl_xml_attr(dn, "nama", capaian_dimensi_nama(d));
        for (k = 0; k < rows->nelts; k++) {
            baris *b = &APR_ARRAY_IDX(rows, k, baris);
            xmlNodePtr bn;
            size_t t;
            if (strcmp(b->dimensi, capaian_dimensi_kode(d)) != 0) {
                continue;
            }
            bn = sl_xml_node(dn, "baris");
            sl_xml_attr(bn, "no", apr_itoa(p, k + 1));
            sl_xml_attr(bn, "id", b->id);
            if (b->hapus) {
                sl_xml_attr(bn, "hapus", "1");
            }
            if (b->dipakai) {
                sl_xml_attr(bn, "dipakai", "1");
            }
            sl_xml_attr(bn, "berlaku_mulai", b->mulai);
            for (t = 0; t < NTEKS; t++) {
                sl_xml_text(bn, teks[t].name, *teks_di(b, t));
            }
            if (!b->hapus && !blank(b)) {
                double w;
                if (capaian_angka(b->bobot, &w, NULL, 0)) {
                    sum += w;
                }
            }
        }
        sl_xml_attr(dn, "jumlah_bobot", inovasi_desimal(p, inovasi_dua(p, sum)));
    }
    inovasi_pilihan_xml(res, "arah", inovasi_arah);
    inovasi_galat_xml(res, errors);
    return sl_page_send(page, status);
}

int inovasi_indikator_form(sl_ctx *c)
{
    const char *id = inovasi_param_id(c, "id");
    const sl_rows *inov;
    sl_rows *rows;
    int failed;

    inov = inovasi_muat(c, id, 0, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!inov) {
        return inovasi_tidak_ada(c);
    }
    if (sl_db_select(c->db, "ind_daftar", &rows, SL_ARGS(id)) != 0) {
        return inovasi_gangguan(c);
    }
    return show(c, inov, id, rows_from_db(c, rows), HTTP_OK, NULL);
}

static const char *name_k(apr_pool_t *p, const char *field, int k)
{
    return apr_psprintf(p, "%s_%d", field, k + 1);
}

static void validate(sl_ctx *c, apr_array_header_t *rows,
                     const sl_rows *stored, apr_array_header_t *e)
{
    apr_pool_t *p = c->r->pool;
    double weights[CAPAIAN_DIMENSI][BARIS_MAKS];
    size_t count[CAPAIAN_DIMENSI] = {0};
    int k, d, i;

    for (k = 0; k < rows->nelts; k++) {
        baris *b = &APR_ARRAY_IDX(rows, k, baris);
        const char *dot;
        int found = 0;

        d = capaian_dimensi_dari_kode(b->dimensi);
        if (b->id) {
            for (i = 0; i < stored->nrows; i++) {
                if (strcmp(col(stored, i, 0), b->id) == 0
                    && strcmp(col(stored, i, 1), b->dimensi) == 0) {
                    found = 1;
                }
            }
            if (!found) {
                inovasi_galat_tambah(e, name_k(p, "nama", k),
                                     INOVASI_MSG_INDIKATOR_TIDAK_DITEMUKAN);
                continue;
            }
        }
        if (b->hapus) {
            if (!b->id) {
                continue;
            }
            if (b->dipakai) {
                inovasi_galat_tambah(e, name_k(p, "nama", k),
                                     INOVASI_MSG_INDIKATOR_BERNILAI_TIDAK_DIHAPUS);
            }
            continue;
        }
        if (blank(b)) {
            continue;
        }
        if (d < 0) {
            inovasi_galat_tambah(e, name_k(p, "nama", k), INOVASI_MSG_DIMENSI_TIDAK_DIKENAL);
            continue;
        }
        b->nama = inovasi_teks(c, e, name_k(p, "nama", k), INOVASI_MSG_LABEL_NAMA_INDIKATOR, 255,
                               1);
        b->satuan = inovasi_teks(c, e, name_k(p, "satuan", k), "Satuan", 64, 1);
        if (!capaian_angka(b->baseline, &b->vb, b->nb, sizeof(b->nb))) {
            inovasi_galat_tambah(e, name_k(p, "baseline", k),
                                 INOVASI_MSG_BASELINE_BUKAN_ANGKA);
        }
        if (!capaian_angka(b->target, &b->vt, b->nt, sizeof(b->nt))) {
            inovasi_galat_tambah(e, name_k(p, "target", k),
                                 INOVASI_MSG_TARGET_BUKAN_ANGKA);
        }
        if (!inovasi_pilihan_ada(inovasi_arah, b->arah)) {
            inovasi_galat_tambah(e, name_k(p, "arah", k), INOVASI_MSG_ARAH_WAJIB);
        }
        else if (capaian_angka(b->baseline, NULL, NULL, 0)
                 && capaian_angka(b->target, NULL, NULL, 0)) {
            if (strcmp(b->arah, "naik") == 0 && b->vt < b->vb) {
                inovasi_galat_tambah(e, name_k(p, "target", k),
                                     INOVASI_MSG_TARGET_DI_BAWAH_BASELINE);
            }
            else if (strcmp(b->arah, "turun") == 0 && b->vt > b->vb) {
                inovasi_galat_tambah(e, name_k(p, "target", k),
                                     INOVASI_MSG_TARGET_DI_ATAS_BASELINE);
            }
        }
        if (!capaian_angka(b->bobot, &b->vw, b->nw, sizeof(b->nw)) || b->vw <= 0
            || b->vw > 100 || ((dot = strchr(b->nw, '.')) && strlen(dot + 1) > 2)) {
            inovasi_galat_tambah(e, name_k(p, "bobot", k), INOVASI_MSG_BOBOT_SALAH);
        }
        else if (count[d] < BARIS_MAKS) {
            weights[d][count[d]++] = b->vw;
        }
    }
    /* The weight rule, per dimension. */
    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        char buf[128];
        const char *msg;
        const char *field = apr_pstrcat(p, "bobot_", capaian_dimensi_kode(d), NULL);
        if (count[d] == 0) {
            inovasi_galat_tambah(e, field,
                                 apr_psprintf(p, INOVASI_MSG_DIMENSI_TANPA_INDIKATOR,
                                              capaian_dimensi_nama(d)));
        }
        else if ((msg = capaian_bobot_periksa(weights[d], count[d], buf, sizeof(buf)))) {
            inovasi_galat_tambah(e, field, apr_pstrcat(p, "Dimensi ",
                                 capaian_dimensi_nama(d), ": ", msg, NULL));
        }
    }
}

static const char *set_json(sl_ctx *c, apr_array_header_t *rows, const sl_rows *stored)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *parts = apr_array_make(p, 8, sizeof(const char *));
    int i;

    if (stored) {
        for (i = 0; i < stored->nrows; i++) {
            APR_ARRAY_PUSH(parts, const char *) = inovasi_json(p,
                "id", col(stored, i, 0), "dimensi", col(stored, i, 1),
                "nama", col(stored, i, 2), "satuan", col(stored, i, 3),
                "baseline", col(stored, i, 4), "target", col(stored, i, 5),
                "arah", col(stored, i, 6), "bobot", col(stored, i, 7), NULL);
        }
    }
    for (i = 0; rows && i < rows->nelts; i++) {
        const baris *b = &APR_ARRAY_IDX(rows, i, baris);
        if (b->hapus || blank(b)) {
            continue;
        }
        APR_ARRAY_PUSH(parts, const char *) = inovasi_json(p,
            "id", b->id, "dimensi", b->dimensi, "nama", b->nama,
            "satuan", b->satuan, "baseline", b->nb, "target", b->nt,
            "arah", b->arah, "bobot", b->nw, NULL);
    }
    return apr_pstrcat(p, "[", apr_array_pstrcat(p, parts, ','), "]", NULL);
}

/* Whether a posted row changes the design (not only name or unit) of its
 * stored row. */
static int rancangan_berubah(const baris *b, const sl_rows *stored)
{
    int i;
    for (i = 0; i < stored->nrows; i++) {
        if (strcmp(col(stored, i, 0), b->id) != 0) {
            continue;
        }
        /* The columns hold 4 (baseline, target) and 2 (weight) decimals. */
        return fabs(atof(col(stored, i, 4)) - b->vb) > 0.00005
               || fabs(atof(col(stored, i, 5)) - b->vt) > 0.00005
               || strcmp(col(stored, i, 6), b->arah) != 0
               || fabs(atof(col(stored, i, 7)) - b->vw) > 0.005;
    }
    return 0;
}

int inovasi_indikator_simpan(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = inovasi_param_id(c, "id");
    apr_array_header_t *errors = inovasi_galat_baru(p), *rows;
    const sl_rows *inov;
    sl_rows *stored, *batas_rows;
    const char *batas;
    int failed, k, versi_baru = 0;

    if (!id) {
        return inovasi_tidak_ada(c);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    /* Locks the innovation: two saves of the set run one after the other. */
    inov = inovasi_muat(c, id, 0, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!inov) {
        return inovasi_tidak_ada(c);
    }
    if (sl_db_select(c->db, "ind_daftar", &stored, SL_ARGS(id)) != 0) {
        return inovasi_gangguan(c);
    }
    rows = rows_from_form(c, stored);
    validate(c, rows, stored, errors);
    if (errors->nelts) {
        sl_db_rollback(c->db);
        return show(c, inov, id, rows, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    if (sl_db_select(c->db, "ind_batas", &batas_rows, SL_ARGS(id)) != 0) {
        return inovasi_gangguan(c);
    }
    batas = sl_rows_get(batas_rows, 0, 0);
    for (k = 0; k < rows->nelts; k++) {
        const baris *b = &APR_ARRAY_IDX(rows, k, baris);
        if (b->hapus) {
            if (b->id) {
                sl_db_exec(c->db, "ind_hapus_nilai_kosong", NULL, SL_ARGS(b->id));
                sl_db_exec(c->db, "ind_hapus", NULL, SL_ARGS(b->id, id));
            }
        }
        else if (b->id && batas && (!b->mulai || strcmp(b->mulai, batas) <= 0)
                 && rancangan_berubah(b, stored)) {
            /* Frozen for the verified periods: a new version from the next. */
            sl_rows *baru;
            sl_db_exec(c->db, "ind_tutup", NULL, SL_ARGS(batas, b->id, id));
            sl_db_exec(c->db, "ind_buat", NULL,
                       SL_ARGS(id, b->dimensi, b->nama, b->satuan, b->nb, b->nt,
                               b->arah, b->nw, batas, b->id));
            if (sl_db_select(c->db, "ind_id_baru", &baru, SL_NOARGS) != 0) {
                return inovasi_gangguan(c);
            }
            sl_db_exec(c->db, "ind_pindah_nilai", NULL,
                       SL_ARGS(sl_rows_get(baru, 0, 0), b->id));
            versi_baru++;
        }
        else if (b->id) {
            sl_db_exec(c->db, "ind_ubah", NULL,
                       SL_ARGS(b->nama, b->satuan, b->nb, b->nt, b->arah, b->nw,
                               b->id, id));
        }
        else if (!blank(b)) {
            /* A new indicator joins the design from the next period on. */
            sl_db_exec(c->db, "ind_buat", NULL,
                       SL_ARGS(id, b->dimensi, b->nama, b->satuan, b->nb, b->nt,
                               b->arah, b->nw, batas, NULL));
        }
    }
    sl_audit(c, &(sl_audit_entry){versi_baru ? "versi_indikator" : "ubah_indikator",
                                  "indikator", id, set_json(c, NULL, stored),
                                  set_json(c, rows, NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/inovasi/", id, NULL));
}
