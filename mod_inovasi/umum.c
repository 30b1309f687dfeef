/* What the concern files of mod_inovasi share: error pages, parameter and
 * field checks, labels, the audit JSON, loading one innovation within the
 * user's scope, the year's weights and bands, and achievement and scores
 * computed with capaian.c. */
#include <httpd.h>
#include <string.h>
#include <stdarg.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <apr_lib.h>
#include "validate.h"
#include "sl_module.h"
#include "inovasi.h"

static const sl_stmt_def statements[] = {
    {"muat", INOVASI_KOLOM_PROFIL "WHERE i.id = %s AND (%s = '1' OR i.opd_id = %s)"},
    {"muat_kunci", INOVASI_KOLOM_PROFIL "WHERE i.id = %s AND (%s = '1' OR i.opd_id = %s) "
                   "FOR UPDATE"},
    {"muat_publik", INOVASI_KOLOM_PROFIL "WHERE i.id = %s AND i.terbit = 1"},
    {"bobot_dimensi",
     "SELECT tahun, output, kemanfaatan, keberlanjutan FROM inovasi_bobot_dimensi "
     "WHERE tahun <= %s ORDER BY tahun DESC LIMIT 1"},
    /* Achievement bands (progress words), not the IID's. */
    {"pita",
     "SELECT tahun, nama, batas_bawah, batas_atas FROM inovasi_pita_capaian "
     "WHERE tahun = COALESCE((SELECT MAX(tahun) FROM inovasi_pita_capaian WHERE tahun <= %s), "
     "(SELECT MIN(tahun) FROM inovasi_pita_capaian)) ORDER BY urutan"},
    /* The Indeks Inovasi Daerah bands: for an IID score only. */
    {"pita_iid",
     "SELECT tahun, nama, batas_bawah, batas_atas FROM inovasi_pita "
     "WHERE tahun = COALESCE((SELECT MAX(tahun) FROM inovasi_pita WHERE tahun <= %s), "
     "(SELECT MIN(tahun) FROM inovasi_pita)) ORDER BY urutan"},
    /* Each innovation's indicators with the values of its latest verified
     * report (by the end of the period). */
    {"capaian",
     "SELECT i.id, i.tahun, ind.id, ind.dimensi, ind.nama, ind.satuan, "
     "ind.baseline, ind.target, ind.arah, ind.bobot, v.nilai, p.jenis, "
     "p.nomor, p.tahun "
     "FROM inovasi i "
     /* periods newest first (ix_periode_selesai, 120), each probing the
      * innovation's report: no temporary table per innovation */
     "LEFT JOIN inovasi_laporan l ON l.id = ("
     " SELECT l2.id FROM inovasi_periode p2 STRAIGHT_JOIN inovasi_laporan l2 "
     " ON l2.periode_id = p2.id AND l2.inovasi_id = i.id "
     " WHERE l2.status = 'diverifikasi' ORDER BY p2.selesai DESC, p2.id DESC LIMIT 1) "
     "LEFT JOIN inovasi_periode p ON p.id = l.periode_id "
     /* the design the report was verified against; without one, the
      * current design (106_inovasi_beku.sql) */
     "JOIN inovasi_indikator ind ON ind.inovasi_id = i.id AND (CASE WHEN p.id IS NULL "
     " THEN ind.berlaku_sampai IS NULL ELSE "
     " (ind.berlaku_mulai IS NULL OR ind.berlaku_mulai <= p.selesai) AND "
     " (ind.berlaku_sampai IS NULL OR ind.berlaku_sampai >= p.selesai) END) "
     "LEFT JOIN inovasi_laporan_nilai v ON v.laporan_id = l.id "
     "AND v.indikator_id = ind.id "
     "WHERE (%s = '0' OR i.tahun = %s) AND (%s = '0' OR i.id = %s) "
     "AND (%s = '0' OR i.terbit = 1) AND (%s = '1' OR i.opd_id = %s) "
     "ORDER BY i.id, FIELD(ind.dimensi, 'output', 'kemanfaatan', "
     "'keberlanjutan'), ind.id"},
    /* Every score of the year's innovations, on the year's criteria. */
    {"nilai_tahun",
     "SELECT n.inovasi_id, n.evaluator_id, k.bobot, n.skor "
     "FROM inovasi_penilaian n JOIN inovasi i ON i.id = n.inovasi_id "
     "JOIN inovasi_kriteria k ON k.id = n.kriteria_id AND k.tahun = i.tahun "
     "WHERE i.tahun = %s ORDER BY n.inovasi_id, n.evaluator_id, k.urutan"},
    {NULL, NULL}
};

const sl_feature inovasi_umum_feature = {NULL, statements};

/* ---- errors -------------------------------------------------------------- */

int inovasi_gangguan(sl_ctx *c)
{
    if (c->db) {
        sl_db_rollback(c->db);
    }
    return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                         "Layanan sedang tidak tersedia",
                         "Basis data sedang tidak dapat dihubungi; perubahan "
                         "belum tersimpan. Silakan coba lagi beberapa saat lagi.");
}

int inovasi_tidak_ada(sl_ctx *c)
{
    if (c->db) {
        sl_db_rollback(c->db);
    }
    return sl_error_page(c, HTTP_NOT_FOUND, "Halaman tidak ditemukan",
                         "Data ini tidak ada atau bukan wewenang Anda. Periksa "
                         "kembali alamat yang Anda buka.");
}

int inovasi_ditolak(sl_ctx *c, const char *pesan)
{
    if (c->db) {
        sl_db_rollback(c->db);
    }
    return sl_error_page(c, HTTP_CONFLICT, "Tindakan tidak dapat dilakukan",
                         pesan);
}

/* ---- parameters ----------------------------------------------------------- */

static int digits(const char *s, size_t min, size_t max)
{
    size_t n = 0;
    if (!s) {
        return 0;
    }
    for (; s[n]; n++) {
        if (!apr_isdigit(s[n])) {
            return 0;
        }
    }
    return n >= min && n <= max;
}

const char *inovasi_param_id(sl_ctx *c, const char *name)
{
    const char *v = apr_table_get(c->params, name);
    return digits(v, 1, 9) && v[0] != '0' ? v : NULL;
}

const char *inovasi_tahun_valid(const char *text)
{
    int y;
    if (!digits(text, 4, 4)) {
        return NULL;
    }
    y = atoi(text);
    return y >= 2000 && y <= 2100 ? text : NULL;
}

const char *inovasi_tahun_ini(apr_pool_t *p)
{
    apr_time_exp_t wib;
    apr_time_exp_tz(&wib, apr_time_now(), 7 * 3600);
    return apr_itoa(p, wib.tm_year + 1900);
}

const char *inovasi_tahun_query(sl_ctx *c)
{
    const char *t = inovasi_tahun_valid(sl_query(c, "tahun"));
    return t ? t : inovasi_tahun_ini(c->r->pool);
}

/* ---- formatting ------------------------------------------------------------ */

const char *inovasi_desimal(apr_pool_t *p, const char *dec)
{
    char *s, *end;
    if (!dec) {
        return NULL;
    }
    s = apr_pstrdup(p, dec);
    if (strchr(s, '.')) {
        end = s + strlen(s) - 1;
        while (*end == '0') {
            *end-- = '\0';
        }
        if (*end == '.') {
            *end = '\0';
        }
    }
    if (strcmp(s, "-0") == 0) {
        return "0";
    }
    return s;
}

const char *inovasi_dua(apr_pool_t *p, double v)
{
    return apr_psprintf(p, "%.2f", capaian_bulat(v));
}

const char *inovasi_tanggal_wib(apr_pool_t *p, const char *utc)
{
    apr_time_exp_t t = {0}, wib;
    apr_time_t at;

    if (!utc || strlen(utc) < 19) {
        return utc;
    }
    t.tm_year = atoi(utc) - 1900;
    t.tm_mon = atoi(utc + 5) - 1;
    t.tm_mday = atoi(utc + 8);
    t.tm_hour = atoi(utc + 11);
    t.tm_min = atoi(utc + 14);
    t.tm_sec = atoi(utc + 17);
    if (apr_time_exp_gmt_get(&at, &t) != APR_SUCCESS) {
        return utc;
    }
    apr_time_exp_tz(&wib, at, 7 * 3600);
    return apr_psprintf(p, "%04d-%02d-%02d", wib.tm_year + 1900, wib.tm_mon + 1,
                        wib.tm_mday);
}

/* ---- forms ------------------------------------------------------------------- */

apr_array_header_t *inovasi_galat_baru(apr_pool_t *p)
{
    return apr_array_make(p, 8, sizeof(inovasi_galat));
}

void inovasi_galat_tambah(apr_array_header_t *e, const char *field,
                          const char *message)
{
    inovasi_galat *g = apr_array_push(e);
    g->field = field;
    g->message = message;
}

void inovasi_galat_xml(xmlNodePtr parent, const apr_array_header_t *e)
{
    int i;
    for (i = 0; e && i < e->nelts; i++) {
        const inovasi_galat *g = &APR_ARRAY_IDX(e, i, inovasi_galat);
        sl_xml_attr(sl_xml_text(parent, "galat", g->message), "untuk", g->field);
    }
}

void inovasi_isian(xmlNodePtr isian, const char *name, const char *value)
{
    sl_xml_attr(sl_xml_text(isian, "nilai", value ? value : ""), "nama", name);
}

const char *inovasi_teks(sl_ctx *c, apr_array_header_t *e, const char *field,
                         const char *label, apr_size_t max, int wajib)
{
    const char *v = sl_field(c, field);
    apr_size_t n = strlen(v);

    if (!sl_text_acceptable(v, n)) {
        inovasi_galat_tambah(e, field, apr_pstrcat(c->r->pool, label,
                             " memuat karakter yang tidak diizinkan.", NULL));
    }
    else if (wajib && !sl_not_blank(v)) {
        inovasi_galat_tambah(e, field, apr_pstrcat(c->r->pool, label,
                             " wajib diisi.", NULL));
    }
    else if (sl_utf8_length(v, n) > max) {
        inovasi_galat_tambah(e, field, apr_psprintf(c->r->pool,
                             "%s paling banyak %" APR_SIZE_T_FMT " karakter.",
                             label, max));
    }
    return v;
}

/* ---- choices ------------------------------------------------------------------ */

const inovasi_pilihan inovasi_bentuk[] = {
    {"tata_kelola", "Inovasi tata kelola pemerintahan daerah"},
    {"pelayanan_publik", "Inovasi pelayanan publik"},
    {"lainnya", "Inovasi daerah lainnya sesuai urusan pemerintahan"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_jenis[] = {
    {"digital", "Digital"},
    {"non_digital", "Non-digital"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_tahapan[] = {
    {"inisiatif", "Inisiatif"},
    {"uji_coba", "Uji coba"},
    {"penerapan", "Penerapan"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_inisiator[] = {
    {"kepala_daerah", "Kepala daerah"},
    {"dprd", "Anggota DPRD"},
    {"asn", "ASN"},
    {"perangkat_daerah", "Perangkat daerah"},
    {"masyarakat", "Masyarakat"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_dasar_hukum[] = {
    {"sk_kepala_opd", "SK Kepala Perangkat Daerah"},
    {"perbup", "Peraturan Bupati"},
    {"perda", "Peraturan Daerah"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_replikasi[] = {
    {"bukan", "Bukan replikasi"},
    {"dalam_daerah", "Replikasi inovasi di Kabupaten Serang"},
    {"luar_daerah", "Replikasi inovasi daerah lain"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_replikasi_cara[] = {
    {"tiru_penuh", "Tiru penuh"},
    {"modifikasi", "Tiru dengan modifikasi"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_arah[] = {
    {"naik", "Makin tinggi makin baik"},
    {"turun", "Makin rendah makin baik"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_dimensi[] = {
    {"output", "Output"},
    {"kemanfaatan", "Kemanfaatan"},
    {"keberlanjutan", "Keberlanjutan"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_status_laporan[] = {
    {"belum", "Belum dibuat"},
    {"draf", "Draf"},
    {"diajukan", "Diajukan, menunggu verifikasi"},
    {"dikembalikan", "Dikembalikan untuk diperbaiki"},
    {"diverifikasi", "Diverifikasi"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_jenis_periode[] = {
    {"triwulan", "Triwulan"},
    {"semester", "Semester"},
    {NULL, NULL}
};

const char *inovasi_label(const inovasi_pilihan *p, const char *nilai)
{
    for (; nilai && p->nilai; p++) {
        if (strcmp(p->nilai, nilai) == 0) {
            return p->label;
        }
    }
    return nilai;
}

int inovasi_pilihan_ada(const inovasi_pilihan *p, const char *nilai)
{
    for (; nilai && p->nilai; p++) {
        if (strcmp(p->nilai, nilai) == 0) {
            return 1;
        }
    }
    return 0;
}

void inovasi_pilihan_xml(xmlNodePtr parent, const char *name,
                         const inovasi_pilihan *p)
{
    xmlNodePtr list = sl_xml_node(parent, "pilihan");
    sl_xml_attr(list, "untuk", name);
    for (; p->nilai; p++) {
        sl_xml_attr(sl_xml_text(list, "opsi", p->label), "nilai", p->nilai);
    }
}

const char *inovasi_nama_periode(apr_pool_t *p, const char *jenis,
                                 const char *nomor, const char *tahun)
{
    return apr_pstrcat(p, inovasi_label(inovasi_jenis_periode, jenis), " ",
                       nomor, " ", tahun, NULL);
}

/* ---- audit JSON ------------------------------------------------------------------ */

static void json_string(apr_pool_t *p, apr_array_header_t *out, const char *s)
{
    APR_ARRAY_PUSH(out, const char *) = "\"";
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') {
            APR_ARRAY_PUSH(out, const char *) = ch == '"' ? "\\\"" : "\\\\";
        }
        else if (ch < 0x20) {
            APR_ARRAY_PUSH(out, const char *) = apr_psprintf(p, "\\u%04x", ch);
        }
        else {
            APR_ARRAY_PUSH(out, const char *) = apr_pstrndup(p, s, 1);
        }
    }
    APR_ARRAY_PUSH(out, const char *) = "\"";
}

const char *inovasi_json(apr_pool_t *p, ...)
{
    apr_array_header_t *out = apr_array_make(p, 64, sizeof(const char *));
    const char *name;
    int first = 1;
    va_list ap;

    APR_ARRAY_PUSH(out, const char *) = "{";
    va_start(ap, p);
    while ((name = va_arg(ap, const char *)) != NULL) {
        const char *value = va_arg(ap, const char *);
        if (!first) {
            APR_ARRAY_PUSH(out, const char *) = ",";
        }
        first = 0;
        json_string(p, out, name);
        APR_ARRAY_PUSH(out, const char *) = ":";
        if (value) {
            json_string(p, out, value);
        }
        else {
            APR_ARRAY_PUSH(out, const char *) = "null";
        }
    }
    va_end(ap);
    APR_ARRAY_PUSH(out, const char *) = "}";
    return apr_array_pstrcat(p, out, 0);
}

/* ---- one innovation ------------------------------------------------------------------ */

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
                                          : "Inovasi perangkat daerah Kabupaten Serang");
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

/* ---- the year's rules ------------------------------------------------------------------ */

int inovasi_bobot_dimensi(sl_ctx *c, const char *tahun, inovasi_bobot_tahun *out)
{
    sl_rows *rows;
    int d;

    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        out->bobot[d] = 100.0 / CAPAIAN_DIMENSI;
    }
    out->tahun_berlaku = NULL;
    if (sl_db_select(c->db, "bobot_dimensi", &rows, SL_ARGS(tahun)) != 0) {
        return -1;
    }
    if (rows->nrows == 1) {
        out->tahun_berlaku = sl_rows_get(rows, 0, 0);
        for (d = 0; d < CAPAIAN_DIMENSI; d++) {
            out->bobot[d] = atof(sl_rows_get_or(rows, 0, d + 1, "0"));
        }
    }
    return 0;
}

static int pita_muat(sl_ctx *c, const char *stmt, const char *tahun,
                     inovasi_pita_tahun *out)
{
    sl_rows *rows;
    int i;

    memset(out, 0, sizeof(*out));
    if (sl_db_select(c->db, stmt, &rows, SL_ARGS(tahun)) != 0) {
        return -1;
    }
    out->n = (size_t)rows->nrows;
    out->pita = apr_pcalloc(c->r->pool, sizeof(capaian_pita) * (out->n + 1));
    for (i = 0; i < rows->nrows; i++) {
        out->tahun_berlaku = sl_rows_get(rows, i, 0);
        out->pita[i].nama = sl_rows_get_or(rows, i, 1, "");
        out->pita[i].bawah = atof(sl_rows_get_or(rows, i, 2, "0"));
        out->pita[i].atas = atof(sl_rows_get_or(rows, i, 3, "0"));
    }
    return 0;
}

int inovasi_pita(sl_ctx *c, const char *tahun, inovasi_pita_tahun *out)
{
    return pita_muat(c, "pita", tahun, out);
}

int inovasi_pita_iid(sl_ctx *c, const char *tahun, inovasi_pita_tahun *out)
{
    return pita_muat(c, "pita_iid", tahun, out);
}

const char *inovasi_predikat(const inovasi_pita_tahun *pita, capaian_skor s)
{
    const capaian_pita *band;
    /* No verified value yet: no word (it is not "tertinggal"). */
    if (!pita || !s.ada) {
        return NULL;
    }
    band = capaian_pita_cari(pita->pita, pita->n, s.nilai);
    return band ? band->nama : NULL;
}

const inovasi_pita_tahun *inovasi_pita_untuk(sl_ctx *c, apr_hash_t *cache,
                                             const char *tahun)
{
    inovasi_pita_tahun *pita = apr_hash_get(cache, tahun, APR_HASH_KEY_STRING);
    if (!pita) {
        pita = apr_pcalloc(c->r->pool, sizeof(*pita));
        if (inovasi_pita(c, tahun, pita) != 0) {
            return NULL;
        }
        apr_hash_set(cache, tahun, APR_HASH_KEY_STRING, pita);
    }
    return pita;
}

/* ---- achievement ------------------------------------------------------------------ */

void inovasi_capaian_selesai(inovasi_capaian *cap)
{
    capaian_indikator *arr;
    int i;

    arr = (capaian_indikator *)apr_pcalloc(cap->indikator->pool,
              sizeof(capaian_indikator) * (size_t)(cap->indikator->nelts + 1));
    for (i = 0; i < cap->indikator->nelts; i++) {
        inovasi_ind *ind = &APR_ARRAY_IDX(cap->indikator, i, inovasi_ind);
        arr[i].dimensi = capaian_dimensi_dari_kode(ind->dimensi);
        arr[i].arah = ind->arah && strcmp(ind->arah, "turun") == 0
                      ? CAPAIAN_TURUN : CAPAIAN_NAIK;
        arr[i].baseline = atof(ind->baseline ? ind->baseline : "0");
        arr[i].target = atof(ind->target ? ind->target : "0");
        arr[i].bobot = atof(ind->bobot ? ind->bobot : "0");
        arr[i].ada_nilai = ind->nilai != NULL;
        arr[i].nilai = ind->nilai ? atof(ind->nilai) : 0.0;
        ind->persen = capaian_indikator_persen(&arr[i]);
    }
    capaian_hitung(arr, (size_t)cap->indikator->nelts, cap->bobot_dimensi,
                   &cap->hasil);
}

apr_hash_t *inovasi_capaian_set(sl_ctx *c, const char *tahun, const char *id,
                                int hanya_terbit)
{
    apr_pool_t *p = c->r->pool;
    apr_hash_t *out = apr_hash_make(p), *weights = apr_hash_make(p);
    inovasi_capaian *cur = NULL;
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, "capaian", &rows,
                     SL_ARGS(tahun, tahun, id ? id : "0", id ? id : "0",
                             hanya_terbit ? "1" : "0",
                             hanya_terbit ? "1" : sl_scope_all(c, INOVASI_SEMUA_OPD),
                             sl_scope_opd(c))) != 0) {
        return NULL;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *iid = sl_rows_get(rows, i, 0);
        inovasi_ind *ind;
        if (!cur || strcmp(cur->id, iid) != 0) {
            inovasi_bobot_tahun *w;
            if (cur) {
                inovasi_capaian_selesai(cur);
            }
            cur = apr_pcalloc(p, sizeof(*cur));
            cur->id = iid;
            cur->tahun = sl_rows_get(rows, i, 1);
            cur->indikator = apr_array_make(p, 8, sizeof(inovasi_ind));
            if (sl_rows_get(rows, i, 11)) {
                cur->periode = inovasi_nama_periode(p, sl_rows_get(rows, i, 11),
                                                    sl_rows_get(rows, i, 12),
                                                    sl_rows_get(rows, i, 13));
            }
            w = apr_hash_get(weights, cur->tahun, APR_HASH_KEY_STRING);
            if (!w) {
                w = apr_pcalloc(p, sizeof(*w));
                if (inovasi_bobot_dimensi(c, cur->tahun, w) != 0) {
                    return NULL;
                }
                apr_hash_set(weights, cur->tahun, APR_HASH_KEY_STRING, w);
            }
            memcpy(cur->bobot_dimensi, w->bobot, sizeof(cur->bobot_dimensi));
            apr_hash_set(out, cur->id, APR_HASH_KEY_STRING, cur);
        }
        ind = apr_array_push(cur->indikator);
        ind->id = sl_rows_get(rows, i, 2);
        ind->dimensi = sl_rows_get(rows, i, 3);
        ind->nama = sl_rows_get(rows, i, 4);
        ind->satuan = sl_rows_get(rows, i, 5);
        ind->baseline = sl_rows_get(rows, i, 6);
        ind->target = sl_rows_get(rows, i, 7);
        ind->arah = sl_rows_get(rows, i, 8);
        ind->bobot = sl_rows_get(rows, i, 9);
        ind->nilai = sl_rows_get(rows, i, 10);
    }
    if (cur) {
        inovasi_capaian_selesai(cur);
    }
    return out;
}

static void skor_attr(sl_ctx *c, xmlNodePtr n, capaian_skor s)
{
    sl_xml_attr(n, "ada", s.ada ? "1" : "0");
    if (s.ada) {
        sl_xml_attr(n, "nilai", inovasi_dua(c->r->pool, s.nilai));
    }
}

xmlNodePtr inovasi_capaian_xml(sl_ctx *c, xmlNodePtr parent,
                               const inovasi_capaian *cap,
                               const inovasi_pita_tahun *pita,
                               int dengan_indikator)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr node = sl_xml_node(parent, "capaian");
    capaian_hasil kosong;
    const capaian_hasil *h;
    int d, i;

    memset(&kosong, 0, sizeof(kosong));
    h = cap ? &cap->hasil : &kosong;
    skor_attr(c, node, h->total);
    sl_xml_attr(node, "predikat", inovasi_predikat(pita, h->total));
    sl_xml_attr(node, "dihitung", apr_itoa(p, h->dihitung));
    sl_xml_attr(node, "jumlah", apr_itoa(p, h->jumlah));
    if (cap && cap->periode) {
        sl_xml_attr(node, "periode", cap->periode);
    }
    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        xmlNodePtr dn = sl_xml_node(node, "dimensi");
        sl_xml_attr(dn, "kode", capaian_dimensi_kode(d));
        sl_xml_attr(dn, "nama", capaian_dimensi_nama(d));
        skor_attr(c, dn, h->dimensi[d]);
        if (cap) {
            sl_xml_attr(dn, "bobot", inovasi_desimal(p, inovasi_dua(p,
                        cap->bobot_dimensi[d])));
        }
    }
    for (i = 0; dengan_indikator && cap && i < cap->indikator->nelts; i++) {
        const inovasi_ind *ind = &APR_ARRAY_IDX(cap->indikator, i, inovasi_ind);
        xmlNodePtr in = sl_xml_node(node, "indikator");
        sl_xml_attr(in, "id", ind->id);
        sl_xml_attr(in, "dimensi", ind->dimensi);
        sl_xml_text(in, "nama", ind->nama);
        sl_xml_text(in, "satuan", ind->satuan);
        sl_xml_text(in, "baseline", inovasi_desimal(p, ind->baseline));
        sl_xml_text(in, "target", inovasi_desimal(p, ind->target));
        sl_xml_attr(sl_xml_text(in, "arah", inovasi_label(inovasi_arah, ind->arah)),
                    "kode", ind->arah);
        sl_xml_text(in, "bobot", inovasi_desimal(p, ind->bobot));
        sl_xml_text(in, "nilai", inovasi_desimal(p, ind->nilai));
        skor_attr(c, sl_xml_node(in, "persen"), ind->persen);
    }
    return node;
}

/* ---- evaluation ------------------------------------------------------------------ */

apr_hash_t *inovasi_nilai_tahun(sl_ctx *c, const char *tahun, int *jumlah)
{
    apr_pool_t *p = c->r->pool;
    apr_hash_t *out = apr_hash_make(p);
    apr_array_header_t *list = apr_array_make(p, 16, sizeof(inovasi_nilai *));
    apr_array_header_t *totals = apr_array_make(p, 8, sizeof(double));
    apr_array_header_t *w = apr_array_make(p, 8, sizeof(double));
    apr_array_header_t *s = apr_array_make(p, 8, sizeof(double));
    apr_array_header_t *a = apr_array_make(p, 8, sizeof(int));
    inovasi_nilai *cur = NULL;
    const char *evaluator = NULL;
    double *means;
    int *ranks;
    sl_rows *rows;
    int i;

    *jumlah = 0;
    if (sl_db_select(c->db, "nilai_tahun", &rows, SL_ARGS(tahun)) != 0) {
        return NULL;
    }
    for (i = 0; i <= rows->nrows; i++) {
        const char *iid = i < rows->nrows ? sl_rows_get(rows, i, 0) : NULL;
        const char *eid = i < rows->nrows ? sl_rows_get(rows, i, 1) : NULL;
        int new_inov = !cur || !iid || strcmp(cur->id, iid) != 0;
        int new_eval = new_inov || !evaluator || strcmp(evaluator, eid) != 0;

        /* One evaluator's criteria end: their weighted total. */
        if (new_eval && evaluator && w->nelts > 0) {
            capaian_skor t = nilai_total((double *)w->elts, (double *)s->elts,
                                         (int *)a->elts, (size_t)w->nelts);
            if (t.ada) {
                APR_ARRAY_PUSH(totals, double) = t.nilai;
            }
            apr_array_clear(w);
            apr_array_clear(s);
            apr_array_clear(a);
        }
        if (new_inov && cur) {
            nilai_sebaran_hitung((double *)totals->elts, (size_t)totals->nelts,
                                 &cur->sebaran);
            cur->penilai = totals->nelts;
            apr_array_clear(totals);
        }
        if (!iid) {
            break;
        }
        if (new_inov) {
            cur = apr_pcalloc(p, sizeof(*cur));
            cur->id = iid;
            apr_hash_set(out, iid, APR_HASH_KEY_STRING, cur);
            APR_ARRAY_PUSH(list, inovasi_nilai *) = cur;
        }
        evaluator = eid;
        APR_ARRAY_PUSH(w, double) = atof(sl_rows_get_or(rows, i, 2, "0"));
        APR_ARRAY_PUSH(s, double) = atof(sl_rows_get_or(rows, i, 3, "0"));
        APR_ARRAY_PUSH(a, int) = 1;
    }
    means = apr_pcalloc(p, sizeof(double) * (size_t)(list->nelts + 1));
    ranks = apr_pcalloc(p, sizeof(int) * (size_t)(list->nelts + 1));
    for (i = 0; i < list->nelts; i++) {
        means[i] = APR_ARRAY_IDX(list, i, inovasi_nilai *)->sebaran.rata;
    }
    nilai_peringkat(means, (size_t)list->nelts, ranks);
    for (i = 0; i < list->nelts; i++) {
        APR_ARRAY_IDX(list, i, inovasi_nilai *)->peringkat = ranks[i];
    }
    *jumlah = list->nelts;
    return out;
}
