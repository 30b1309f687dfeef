/* The request register (buku register permohonan) and the objection
 * register for staff (DOMAIN.md "Registers and reports"): a page with
 * filters (year, month range, OPD, status), and the whole selection as CSV
 * for Excel set to Indonesian (UTF-8 with BOM, semicolons, CRLF, every
 * field through sl_csv_field) or as XML in urn:serangkab:ppid:register:1
 * (schema/register.xsd).  PPID Utama and the Atasan see every request; a
 * PPID Pelaksana only those routed to its OPD, by the same SQL scope as the
 * inbox, so personal data leaves only for requests in the reader's scope.
 *
 * The exports stream: rows are read page by page (sl_db_each_page) inside
 * one read-only transaction (a consistent snapshot) and written to the
 * response as they come, so memory does not grow with the register. */
#include <httpd.h>
#include <string.h>
#include <sys/uio.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "escape.h"
#include "sl_xmlwriter.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "permohonan_rules.h"
#include "pemberitahuan_rules.h"
#include "keberatan_rules.h"
#include "alur.h"
#include "sialip.h"
#include "sl_logno.h"

#define REG_NS "urn:serangkab:ppid:register:1"
#define REG_PER_HALAMAN 50
/* Rows per database round trip in an export: what the client library
 * holds at a time. */
#define REG_BARIS_PER_AMBIL 500

/* Scope: all requests for PPID Utama and the Atasan, otherwise those with
 * a live disposition to the officer's OPD (as kotak.c). */
#define REG_LINGKUP(pid) \
    "(%s = '1' OR EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = " pid \
    " AND d.opd_id = %s AND d.status <> 'dialihkan')) "
#define REG_OPD(pid) \
    "(%s = '' OR EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = " pid \
    " AND d.opd_id = %s AND d.status <> 'dialihkan')) "
/* The live parts' OPDs, short enough for a small result buffer. */
#define REG_DAFTAR_OPD(pid) \
    "(SELECT CAST(GROUP_CONCAT(o.singkatan ORDER BY o.singkatan SEPARATOR ', ') " \
    "AS CHAR(1000)) FROM disposisi d JOIN opd o ON o.id = d.opd_id " \
    "WHERE d.permohonan_id = " pid " AND d.status <> 'dialihkan')"

/* Columns of the request register, in order (enum below). */
#define REG_P_KOLOM \
    "SELECT p.id, p.nomor, p.diterima_pada, p.nama, p.alamat, p.telepon, p.email, " \
    "p.pekerjaan, p.rincian, p.tujuan, p.cara_memperoleh, p.cara_salinan, p.kanal, " \
    "p.status, p.jatuh_tempo, p.jatuh_tempo_perpanjangan, p.alasan_perpanjangan, " \
    "n.nomor, n.keputusan, n.penguasaan, n.bentuk, n.cara_penyampaian, n.biaya, " \
    "n.diterbitkan_pada, n.alasan_prosedural, n.alasan_penghitaman, n.diteruskan_ke, " \
    "n.janji_waktu, x.pasal17_huruf, x.informasi, " REG_DAFTAR_OPD("p.id") ", " \
    "(SELECT CAST(GROUP_CONCAT(k.nomor ORDER BY k.id SEPARATOR ', ') AS CHAR(200)) " \
    " FROM keberatan k WHERE k.permohonan_id = p.id), n.diserahkan_pada " \
    "FROM permohonan p LEFT JOIN pemberitahuan n ON n.permohonan_id = p.id " \
    "LEFT JOIN informasi_dikecualikan x ON x.id = n.dikecualikan_id "
/* 9 arguments: scope (2), year, from, to (UTC), status (2), OPD (2). */
#define REG_P_SARING \
    "WHERE " REG_LINGKUP("p.id") "AND p.tahun = %s AND p.diterima_pada >= %s " \
    "AND p.diterima_pada < %s AND (%s = '' OR p.status = %s) AND " REG_OPD("p.id")

enum {
    P_ID, P_NOMOR, P_DITERIMA, P_NAMA, P_ALAMAT, P_TELEPON, P_EMAIL, P_PEKERJAAN,
    P_RINCIAN, P_TUJUAN, P_CARA, P_CARA_SALINAN, P_KANAL, P_STATUS, P_TEMPO,
    P_TEMPO_PANJANG, P_ALASAN_PANJANG, N_NOMOR, N_KEPUTUSAN, N_PENGUASAAN,
    N_BENTUK, N_PENYAMPAIAN, N_BIAYA, N_TANGGAL, N_PROSEDURAL, N_PENGHITAMAN,
    N_DITERUSKAN, N_JANJI, X_PASAL17, X_INFORMASI, P_OPD, P_KEBERATAN,
    N_DISERAHKAN, P_KOLOM_N
};

/* Columns of the objection register. */
/* An objection without a request (ground b) carries its objector's
 * identity itself. */
#define REG_K_KOLOM \
    "SELECT k.id, k.nomor, k.diterima_pada, COALESCE(k.nama, p.nama), p.nomor, " \
    "COALESCE(k.informasi, p.rincian), COALESCE(k.tujuan, p.tujuan), " \
    "k.alasan, k.uraian, k.status, k.putusan, k.alasan_putusan, k.diputus_pada, " \
    "u.nama, k.tanggapan_pemohon, k.jatuh_tempo, " REG_DAFTAR_OPD("k.permohonan_id") ", " \
    "s.nomor_register, s.tahap, s.hasil, s.didaftarkan_pada, s.diputus_pada, " \
    "COALESCE(k.alamat, p.alamat), IF(k.permohonan_id IS NULL, k.telepon, p.telepon), " \
    "IF(k.permohonan_id IS NULL, k.email, p.email), COALESCE(k.pekerjaan, p.pekerjaan), " \
    "k.jabatan_pemutus, k.kanal, k.musyawarah_pada, k.musyawarah_catatan " \
    "FROM keberatan k LEFT JOIN permohonan p ON p.id = k.permohonan_id " \
    "LEFT JOIN pengguna u ON u.id = k.diputus_oleh " \
    "LEFT JOIN sengketa s ON s.keberatan_id = k.id "
/* 8 arguments: scope (2), from, to (UTC), status (2), OPD (2). */
#define REG_K_SARING \
    "WHERE " REG_LINGKUP("k.permohonan_id") "AND k.diterima_pada >= %s " \
    "AND k.diterima_pada < %s AND (%s = '' OR k.status = %s) AND " \
    REG_OPD("k.permohonan_id")

enum {
    K_ID, K_NOMOR, K_DITERIMA, K_NAMA, K_PERMOHONAN, K_RINCIAN, K_TUJUAN, K_ALASAN,
    K_URAIAN, K_STATUS, K_PUTUSAN, K_ALASAN_PUTUSAN, K_DIPUTUS, K_ATASAN,
    K_TANGGAPAN, K_TEMPO, K_OPD, S_REGISTER, S_TAHAP, S_HASIL, S_DAFTAR, S_PUTUS,
    K_ALAMAT, K_TELEPON, K_EMAIL, K_PEKERJAAN, K_JABATAN, K_KANAL, K_MUSYAWARAH,
    K_MUSYAWARAH_CATATAN, K_KOLOM_N
};

static const sl_stmt_def statements[] = {
    {"reg_p_halaman", REG_P_KOLOM REG_P_SARING "ORDER BY p.id LIMIT %s OFFSET %s"},
    {"reg_p_ekspor", REG_P_KOLOM REG_P_SARING "AND p.id > %s ORDER BY p.id LIMIT %s"},
    {"reg_p_jumlah", "SELECT COUNT(*) FROM permohonan p " REG_P_SARING},
    {"reg_k_halaman", REG_K_KOLOM REG_K_SARING "ORDER BY k.id LIMIT %s OFFSET %s"},
    {"reg_k_ekspor", REG_K_KOLOM REG_K_SARING "AND k.id > %s ORDER BY k.id LIMIT %s"},
    {"reg_k_jumlah", "SELECT COUNT(*) FROM keberatan k " REG_K_SARING},
    /* The filter offers only the OPDs the officer may see. */
    {"reg_opd", "SELECT id, singkatan, nama FROM opd WHERE aktif = 1 "
     "AND (%s = '1' OR id = %s) ORDER BY singkatan"},
    {NULL, NULL}
};

static const sl_choice status_permohonan[] = {
    {"diterima", "Diterima"},
    {"didisposisi", "Didisposisi"},
    {"menunggu_informasi", "Menunggu informasi yang belum dikuasai"},
    {"menunggu_penyerahan", "Pemberitahuan terbit, menunggu penyerahan informasi"},
    {"selesai", "Selesai"},
    {NULL, NULL}
};

static const sl_choice status_keberatan[] = {
    {"diterima", "Menunggu putusan"},
    {"diputus", "Diputus"},
    {"musyawarah", "Selesai secara musyawarah"},
    {NULL, NULL}
};

static const sl_choice bulan_choices[] = {
    {"1", "Januari"}, {"2", "Februari"}, {"3", "Maret"}, {"4", "April"},
    {"5", "Mei"}, {"6", "Juni"}, {"7", "Juli"}, {"8", "Agustus"},
    {"9", "September"}, {"10", "Oktober"}, {"11", "November"}, {"12", "Desember"},
    {NULL, NULL}
};

static const sl_choice penguasaan_choices[] = {
    {"dikuasai", "Dikuasai"},
    {"tidak_dikuasai", "Tidak dikuasai"},
    {"belum_didokumentasikan", "Belum didokumentasikan"},
    {"tidak_dinilai", "Tidak dinilai (ditolak prosedural)"},
    {NULL, NULL}
};

static const sl_choice putusan_choices[] = {
    {"dikabulkan", "Keberatan dikabulkan"},
    {"ditolak", "Keberatan ditolak"},
    {NULL, NULL}
};

static const sl_choice tahap_choices[] = {
    {"mediasi", "Mediasi"},
    {"ajudikasi", "Ajudikasi"},
    {"selesai", "Selesai"},
    {NULL, NULL}
};

static const sl_choice hasil_choices[] = {
    {"mediasi_berhasil", "Mediasi berhasil"},
    {"dikabulkan", "Dikabulkan"},
    {"dikabulkan_sebagian", "Dikabulkan sebagian"},
    {"ditolak", "Ditolak"},
    {"gugur", "Gugur"},
    {NULL, NULL}
};

/* ---- filters ---------------------------------------------------------- */

typedef struct {
    int keberatan;              /* the objection register */
    int tahun, bulan_dari, bulan_sampai;
    const char *tahun_teks;
    const char *opd, *status;   /* "" for all */
    const char *dari, *sampai;  /* [dari, sampai) as stored UTC times */
} reg_saring;

static int month_of(const char *v, int fallback)
{
    int m = 0;
    if (!*v || strlen(v) > 2 || !apr_isdigit(v[0]) || (v[1] && !apr_isdigit(v[1]))) {
        return fallback;
    }
    m = atoi(v);
    return m >= 1 && m <= 12 ? m : fallback;
}

static const char *choice_of(sl_ctx *c, const char *name, const sl_choice *choices)
{
    const char *v = sl_query(c, name);
    for (; choices->value; choices++) {
        if (strcmp(choices->value, v) == 0) {
            return choices->value;
        }
    }
    return "";
}

static sl_day today_wib(void)
{
    return (sl_day)((apr_time_sec(apr_time_now()) + SL_WIB_OFFSET_SECONDS) / 86400);
}

/* Midnight WIB of day as a stored UTC time. */
static const char *wib_midnight_utc(apr_pool_t *p, sl_day day)
{
    return sl_utc_format(p, (int64_t)day * 86400 - SL_WIB_OFFSET_SECONDS);
}

static void read_filters(sl_ctx *c, int keberatan, reg_saring *s)
{
    apr_pool_t *p = c->r->pool;
    const char *v = sl_query(c, "tahun"), *q;
    int y, m, d, ok = strlen(v) == 4;

    for (q = v; ok && *q; q++) {
        ok = apr_isdigit(*q);
    }
    sl_day_to_ymd(today_wib(), &y, &m, &d);
    s->keberatan = keberatan;
    s->tahun = ok && atoi(v) >= 2000 && atoi(v) <= 2100 ? atoi(v) : y;
    s->tahun_teks = apr_itoa(p, s->tahun);
    s->bulan_dari = month_of(sl_query(c, "bulan_dari"), 1);
    s->bulan_sampai = month_of(sl_query(c, "bulan_sampai"), 12);
    if (s->bulan_sampai < s->bulan_dari) {
        int t = s->bulan_dari;
        s->bulan_dari = s->bulan_sampai;
        s->bulan_sampai = t;
    }
    v = sl_query(c, "opd");
    ok = *v && strlen(v) <= 9;
    for (q = v; ok && *q; q++) {
        ok = apr_isdigit(*q);
    }
    s->opd = ok ? v : "";
    s->status = choice_of(c, "status", keberatan ? status_keberatan : status_permohonan);
    s->dari = wib_midnight_utc(p, sl_day_from_ymd(s->tahun, s->bulan_dari, 1));
    s->sampai = wib_midnight_utc(p, s->bulan_sampai == 12
                                    ? sl_day_from_ymd(s->tahun + 1, 1, 1)
                                    : sl_day_from_ymd(s->tahun, s->bulan_sampai + 1, 1));
}

/* The filter arguments of the statements, then extra (NULL-terminated). */
static const char **filter_args(sl_ctx *c, const reg_saring *s, int *nargs,
                                const char *extra1, const char *extra2)
{
    const char **a = apr_pcalloc(c->r->pool, sizeof(char *) * 11);
    int n = 0;
    a[n++] = sl_scope_all(c, ALUR_SEMUA_OPD);
    a[n++] = sl_scope_opd(c);
    if (!s->keberatan) {
        a[n++] = s->tahun_teks;
    }
    a[n++] = s->dari;
    a[n++] = s->sampai;
    a[n++] = s->status;
    a[n++] = s->status;
    a[n++] = s->opd;
    a[n++] = s->opd;
    if (extra1) {
        a[n++] = extra1;
        a[n++] = extra2;
    }
    *nargs = n;
    return a;
}

/* The query string that selects the same rows (for export links). */
static const char *filter_query(apr_pool_t *p, const reg_saring *s)
{
    return apr_psprintf(p, "tahun=%d&bulan_dari=%d&bulan_sampai=%d&opd=%s&status=%s",
                        s->tahun, s->bulan_dari, s->bulan_sampai, s->opd, s->status);
}

/* ---- one output, two kinds of writer ------------------------------------
 * The same element structure goes into the page document (DOM, for the
 * HTML view) and into the streamed export (xmlTextWriter), so the page's
 * XML and the export never drift apart. */

typedef struct {
    xmlNodePtr node;             /* DOM: the current element */
    xmlTextWriterPtr w;          /* or the writer */
} keluaran;

static void k_mulai(keluaran *o, const char *name)
{
    if (o->w) {
        xmlTextWriterStartElement(o->w, BAD_CAST name);
    }
    else {
        o->node = sl_xml_node(o->node, name);
    }
}

static void k_atribut(keluaran *o, const char *name, const char *value)
{
    if (!value || !*value) {
        return;
    }
    if (o->w) {
        xmlTextWriterWriteAttribute(o->w, BAD_CAST name, BAD_CAST value);
    }
    else {
        sl_xml_attr(o->node, name, value);
    }
}

static void k_teks(keluaran *o, const char *text)
{
    if (!text || !*text) {
        return;
    }
    if (o->w) {
        xmlTextWriterWriteString(o->w, BAD_CAST text);
    }
    else {
        xmlNodeAddContent(o->node, BAD_CAST text);
    }
}

static void k_selesai(keluaran *o)
{
    if (o->w) {
        xmlTextWriterEndElement(o->w);
    }
    else {
        o->node = o->node->parent;
    }
}

/* An element with text; nothing when text is NULL or empty. */
static void k_isi(keluaran *o, const char *name, const char *text)
{
    if (text && *text) {
        k_mulai(o, name);
        k_teks(o, text);
        k_selesai(o);
    }
}

/* An element holding a label with its code in kode=. */
static void k_kode(keluaran *o, const char *name, const char *kode,
                   const sl_choice *choices)
{
    if (kode && *kode) {
        k_mulai(o, name);
        k_atribut(o, "kode", kode);
        k_teks(o, sl_choice_label(choices, kode));
        k_selesai(o);
    }
}

/* ---- values as the register shows them --------------------------------- */

/* A stored UTC time in WIB: "2026-03-13T10:00:00+07:00" (iso) or
 * "2026-03-13 10:00" (for spreadsheets); NULL stays NULL. */
static const char *wib_waktu(apr_pool_t *p, const char *utc, int iso)
{
    int64_t secs;
    apr_time_exp_t t;
    if (!utc || sl_utc_parse(utc, &secs) != 0) {
        return NULL;
    }
    apr_time_exp_gmt(&t, apr_time_from_sec(secs + SL_WIB_OFFSET_SECONDS));
    if (iso) {
        return apr_psprintf(p, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", t.tm_year + 1900,
                            t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec);
    }
    return apr_psprintf(p, "%04d-%02d-%02d %02d:%02d", t.tm_year + 1900, t.tm_mon + 1,
                        t.tm_mday, t.tm_hour, t.tm_min);
}

/* The WIB date of a stored UTC time, ISO; NULL stays NULL. */
static const char *wib_tanggal(apr_pool_t *p, const char *utc)
{
    sl_day day;
    return utc && sl_wib_day(utc, &day) == 0 ? sl_day_iso(p, day) : NULL;
}

static int is(const char *a, const char *b)
{
    return a && strcmp(a, b) == 0;
}

/* "melihat" for seeing, reading, hearing or noting down; "salinan" for a
 * copy (DOMAIN.md: jenis permohonan melihat / salinan). */
static const char *jenis_permohonan(const char *cara)
{
    return cara && strncmp(cara, "salinan_", 8) == 0 ? "salinan" : "melihat";
}

/* softcopy/hardcopy: the notice's, else what the applicant asked for. */
static const char *bentuk(const char *const *v)
{
    if (v[N_BENTUK]) {
        return v[N_BENTUK];
    }
    if (is(v[P_CARA], "salinan_softcopy")) {
        return "softcopy";
    }
    if (is(v[P_CARA], "salinan_hardcopy")) {
        return "hardcopy";
    }
    return NULL;
}

/* Why (part of) the information was refused. */
static const char *alasan_penolakan(apr_pool_t *p, const char *const *v)
{
    const char *k = v[N_KEPUTUSAN];
    if (is(k, "ditolak_dikecualikan")) {
        return apr_pstrcat(p, "Dikecualikan UU 14/2008 Pasal 17 huruf ",
                           v[X_PASAL17] ? v[X_PASAL17] : "?",
                           v[X_INFORMASI] ? ": " : "", v[X_INFORMASI], NULL);
    }
    if (is(k, "ditolak_prosedural")) {
        return v[N_PROSEDURAL];
    }
    if (is(k, "diberikan_sebagian")) {
        return v[N_PENGHITAMAN] ? apr_pstrcat(p, "Sebagian dihitamkan: ",
                                              v[N_PENGHITAMAN], NULL) : NULL;
    }
    return NULL;
}

static const char *keterangan(apr_pool_t *p, const char *const *v)
{
    if (is(v[N_KEPUTUSAN], "tidak_dikuasai") && v[N_DITERUSKAN]) {
        return apr_pstrcat(p, "Diteruskan kepada ", v[N_DITERUSKAN], NULL);
    }
    if (is(v[N_KEPUTUSAN], "belum_dikuasai") && v[N_JANJI]) {
        return apr_pstrcat(p, "Dijanjikan dalam ", v[N_JANJI], NULL);
    }
    return NULL;
}

/* The real delivery, recorded when the information was handed over
 * (pemberitahuan_serah.c); none yet, none. */
static const char *tanggal_penyampaian(apr_pool_t *p, const char *const *v)
{
    return wib_tanggal(p, v[N_DISERAHKAN]);
}

static const char *kontak(apr_pool_t *p, const char *const *v)
{
    if (v[P_TELEPON] && v[P_EMAIL]) {
        return apr_pstrcat(p, "Telp. ", v[P_TELEPON], ", ", v[P_EMAIL], NULL);
    }
    if (v[P_TELEPON]) {
        return apr_pstrcat(p, "Telp. ", v[P_TELEPON], NULL);
    }
    return v[P_EMAIL];
}

static void permohonan_xml(keluaran *o, apr_pool_t *p, const char *no,
                           const char *const *v)
{
    k_mulai(o, "permohonan");
    k_atribut(o, "no", no);
    k_atribut(o, "nomor", v[P_NOMOR]);
    k_isi(o, "diterima", wib_waktu(p, v[P_DITERIMA], 1));
    k_mulai(o, "pemohon");
    k_isi(o, "nama", v[P_NAMA]);
    k_isi(o, "alamat", v[P_ALAMAT]);
    k_isi(o, "telepon", v[P_TELEPON]);
    k_isi(o, "email", v[P_EMAIL]);
    k_isi(o, "pekerjaan", v[P_PEKERJAAN]);
    k_selesai(o);
    k_isi(o, "informasi_diminta", v[P_RINCIAN]);
    k_isi(o, "tujuan", v[P_TUJUAN]);
    k_isi(o, "jenis_permohonan", jenis_permohonan(v[P_CARA]));
    k_kode(o, "cara_memperoleh", v[P_CARA], sl_cara_memperoleh_choices);
    k_kode(o, "bentuk", bentuk(v), sl_bentuk_choices);
    k_kode(o, "cara_salinan", v[P_CARA_SALINAN], sl_cara_salinan_choices);
    k_kode(o, "kanal", v[P_KANAL], sl_kanal_choices);
    k_isi(o, "opd", v[P_OPD]);
    k_kode(o, "status", v[P_STATUS], status_permohonan);
    k_isi(o, "jatuh_tempo", v[P_TEMPO]);
    if (v[P_TEMPO_PANJANG]) {
        k_mulai(o, "perpanjangan");
        k_atribut(o, "jatuh_tempo", v[P_TEMPO_PANJANG]);
        k_teks(o, v[P_ALASAN_PANJANG]);
        k_selesai(o);
    }
    if (v[N_NOMOR]) {
        k_mulai(o, "pemberitahuan");
        k_atribut(o, "nomor", v[N_NOMOR]);
        k_isi(o, "tanggal", wib_tanggal(p, v[N_TANGGAL]));
        k_kode(o, "status_informasi", v[N_PENGUASAAN], penguasaan_choices);
        k_kode(o, "keputusan", v[N_KEPUTUSAN], sl_keputusan_choices);
        if (alasan_penolakan(p, v)) {
            k_mulai(o, "alasan_penolakan");
            if (is(v[N_KEPUTUSAN], "ditolak_dikecualikan")) {
                k_atribut(o, "pasal17", v[X_PASAL17]);
            }
            k_teks(o, alasan_penolakan(p, v));
            k_selesai(o);
        }
        k_isi(o, "keterangan", keterangan(p, v));
        k_isi(o, "biaya", v[N_BIAYA] ? v[N_BIAYA] : "0");
        k_kode(o, "cara_penyampaian", v[N_PENYAMPAIAN], sl_cara_salinan_choices);
        k_isi(o, "tanggal_penyampaian", tanggal_penyampaian(p, v));
        k_selesai(o);
    }
    if (v[P_KEBERATAN]) {
        char *list = apr_pstrdup(p, v[P_KEBERATAN]), *last, *nomor;
        for (nomor = apr_strtok(list, ", ", &last); nomor;
             nomor = apr_strtok(NULL, ", ", &last)) {
            k_mulai(o, "keberatan");
            k_atribut(o, "nomor", nomor);
            k_selesai(o);
        }
    }
    k_selesai(o);
}

/* The Komisi Informasi window of an objection row (Pasal 37(2)): its last
 * day, whether the Atasan's decision is overdue and whether a dispute was
 * registered after the window. */
typedef struct {
    const char *batas;           /* ISO date, or NULL */
    int putusan_terlambat, sengketa_terlambat;
} ki_info;

static ki_info ki_of(const sl_calendar *cal, apr_pool_t *p, const char *const *v)
{
    ki_info ki = {NULL, 0, 0};
    sl_day due, decided = 0, filed, last;
    int is_decided = is(v[K_STATUS], "diputus");
    sl_ki_jendela w;

    if (!cal || sl_day_parse_iso(v[K_TEMPO], &due) != 0 || is(v[K_STATUS], "musyawarah")
        || (is_decided && sl_wib_day(v[K_DIPUTUS], &decided) != 0)) {
        return ki;
    }
    w = sl_sengketa_batas(cal, is_decided, decided, due, today_wib(), &last);
    if (w != SL_KI_BELUM) {
        ki.batas = sl_day_iso(p, last);
    }
    ki.putusan_terlambat = w == SL_KI_PUTUSAN_TERLAMBAT;
    ki.sengketa_terlambat = v[S_DAFTAR] && sl_day_parse_iso(v[S_DAFTAR], &filed) == 0
                            && sl_sengketa_terlambat(cal, is_decided, decided, due, filed);
    return ki;
}

static const char *kontak_keberatan(apr_pool_t *p, const char *const *v)
{
    if (v[K_TELEPON] && v[K_EMAIL]) {
        return apr_pstrcat(p, "Telp. ", v[K_TELEPON], ", ", v[K_EMAIL], NULL);
    }
    return v[K_TELEPON] ? apr_pstrcat(p, "Telp. ", v[K_TELEPON], NULL) : v[K_EMAIL];
}

static void keberatan_xml(keluaran *o, apr_pool_t *p, const char *no,
                          const char *const *v, const sl_calendar *cal)
{
    const sl_choice *g;
    ki_info ki = ki_of(cal, p, v);

    k_mulai(o, "keberatan");
    k_atribut(o, "no", no);
    k_atribut(o, "nomor", v[K_NOMOR]);
    k_isi(o, "diterima", wib_waktu(p, v[K_DITERIMA], 1));
    k_isi(o, "saluran", sl_choice_label(sl_kanal_choices, v[K_KANAL]));
    k_isi(o, "pemohon", v[K_NAMA]);
    k_isi(o, "alamat", v[K_ALAMAT]);
    k_isi(o, "kontak", kontak_keberatan(p, v));
    k_isi(o, "pekerjaan", v[K_PEKERJAAN]);
    k_isi(o, "nomor_permohonan", v[K_PERMOHONAN]);
    k_isi(o, "informasi_diminta", v[K_RINCIAN]);
    k_isi(o, "tujuan", v[K_TUJUAN]);
    k_mulai(o, "alasan");
    for (g = sl_alasan_keberatan_choices; g->value; g++) {
        if (v[K_ALASAN] && strstr(v[K_ALASAN], g->value)) {
            k_mulai(o, "butir");
            k_atribut(o, "huruf", g->value);
            k_teks(o, g->label);
            k_selesai(o);
        }
    }
    k_selesai(o);
    k_isi(o, "uraian", v[K_URAIAN]);
    k_isi(o, "opd", v[K_OPD]);
    k_kode(o, "status", v[K_STATUS], status_keberatan);
    k_isi(o, "jatuh_tempo", v[K_TEMPO]);
    k_kode(o, "putusan", v[K_PUTUSAN], putusan_choices);
    k_isi(o, "alasan_putusan", v[K_ALASAN_PUTUSAN]);
    k_isi(o, "tanggal_tanggapan", wib_tanggal(p, v[K_DIPUTUS]));
    k_isi(o, "atasan", v[K_ATASAN]);
    k_isi(o, "jabatan_atasan", v[K_JABATAN]);
    k_isi(o, "tanggapan_pemohon", v[K_TANGGAPAN]);
    if (v[K_MUSYAWARAH]) {
        k_mulai(o, "musyawarah");
        k_atribut(o, "tanggal", v[K_MUSYAWARAH]);
        k_teks(o, v[K_MUSYAWARAH_CATATAN]);
        k_selesai(o);
    }
    if (ki.putusan_terlambat) {
        k_isi(o, "putusan_terlambat", "1");
    }
    k_isi(o, "batas_sengketa", ki.batas);
    if (v[S_REGISTER]) {
        k_mulai(o, "sengketa");
        if (ki.sengketa_terlambat) {
            k_atribut(o, "terlambat", "1");
        }
        k_atribut(o, "nomor_register", v[S_REGISTER]);
        k_isi(o, "didaftarkan", v[S_DAFTAR]);
        k_kode(o, "tahap", v[S_TAHAP], tahap_choices);
        k_kode(o, "hasil", v[S_HASIL], hasil_choices);
        k_isi(o, "diputus", v[S_PUTUS]);
        k_selesai(o);
    }
    k_selesai(o);
}

/* ---- CSV -------------------------------------------------------------- */

static const char *const csv_kepala_permohonan[] = {
    "No", "Nomor pendaftaran", "Tanggal diterima (WIB)", "Nama", "Alamat", "Kontak",
    "Pekerjaan", "Informasi yang diminta", "Tujuan penggunaan informasi",
    "Status informasi", "Bentuk informasi", "Jenis permohonan", "Cara memperoleh",
    "Keputusan", "Alasan penolakan", "Keterangan", "Nomor pemberitahuan",
    "Tanggal pemberitahuan tertulis", "Biaya (Rp)", "OPD", "Saluran", "Jatuh tempo",
    "Perpanjangan sampai", "Alasan perpanjangan", "Cara penyampaian",
    "Tanggal penyampaian", "Status", "Keberatan", NULL
};

static const char *const csv_kepala_keberatan[] = {
    "No", "Nomor keberatan", "Tanggal diterima (WIB)", "Pemohon", "Alamat", "Kontak",
    "Pekerjaan", "Nomor permohonan",
    "Informasi yang diminta", "Tujuan penggunaan informasi",
    "Alasan keberatan (Pasal 35 ayat 1)", "Uraian", "OPD", "Status", "Jatuh tempo",
    "Putusan Atasan PPID", "Alasan putusan", "Tanggal tanggapan", "Nama Atasan PPID",
    "Jabatan Atasan PPID", "Tanggapan pemohon", "Musyawarah (Pasal 35 ayat 2)",
    "Batas sengketa KI", "Sengketa KI (nomor register)", "Tahap sengketa",
    "Hasil sengketa", "Saluran", NULL
};

static const char **csv_permohonan(apr_pool_t *p, const char *no, const char *const *v)
{
    const char **f = apr_pcalloc(p, sizeof(csv_kepala_permohonan));
    const char *jenis = jenis_permohonan(v[P_CARA]);
    int i = 0;
    f[i++] = no;
    f[i++] = v[P_NOMOR];
    f[i++] = wib_waktu(p, v[P_DITERIMA], 0);
    f[i++] = v[P_NAMA];
    f[i++] = v[P_ALAMAT];
    f[i++] = kontak(p, v);
    f[i++] = v[P_PEKERJAAN];
    f[i++] = v[P_RINCIAN];
    f[i++] = v[P_TUJUAN];
    f[i++] = sl_choice_label(penguasaan_choices, v[N_PENGUASAAN]);
    f[i++] = sl_choice_label(sl_bentuk_choices, bentuk(v));
    f[i++] = strcmp(jenis, "salinan") == 0 ? "Salinan" : "Melihat";
    f[i++] = sl_choice_label(sl_cara_memperoleh_choices, v[P_CARA]);
    f[i++] = sl_choice_label(sl_keputusan_choices, v[N_KEPUTUSAN]);
    f[i++] = alasan_penolakan(p, v);
    f[i++] = keterangan(p, v);
    f[i++] = v[N_NOMOR];
    f[i++] = wib_tanggal(p, v[N_TANGGAL]);
    f[i++] = v[N_NOMOR] ? (v[N_BIAYA] ? v[N_BIAYA] : "0") : NULL;
    f[i++] = v[P_OPD];
    f[i++] = sl_choice_label(sl_kanal_choices, v[P_KANAL]);
    f[i++] = v[P_TEMPO];
    f[i++] = v[P_TEMPO_PANJANG];
    f[i++] = v[P_ALASAN_PANJANG];
    f[i++] = sl_choice_label(sl_cara_salinan_choices, v[N_PENYAMPAIAN]);
    f[i++] = tanggal_penyampaian(p, v);
    f[i++] = sl_choice_label(status_permohonan, v[P_STATUS]);
    f[i++] = v[P_KEBERATAN];
    return f;
}

static const char **csv_keberatan(apr_pool_t *p, const char *no, const char *const *v,
                                  const sl_calendar *cal)
{
    const char **f = apr_pcalloc(p, sizeof(csv_kepala_keberatan));
    const char *grounds = NULL;
    ki_info ki = ki_of(cal, p, v);
    const sl_choice *g;
    int i = 0;

    for (g = sl_alasan_keberatan_choices; g->value; g++) {
        if (v[K_ALASAN] && strstr(v[K_ALASAN], g->value)) {
            grounds = apr_pstrcat(p, grounds ? grounds : "", grounds ? " " : "",
                                  g->value, ". ", g->label, NULL);
        }
    }
    f[i++] = no;
    f[i++] = v[K_NOMOR];
    f[i++] = wib_waktu(p, v[K_DITERIMA], 0);
    f[i++] = v[K_NAMA];
    f[i++] = v[K_ALAMAT];
    f[i++] = kontak_keberatan(p, v);
    f[i++] = v[K_PEKERJAAN];
    f[i++] = v[K_PERMOHONAN];
    f[i++] = v[K_RINCIAN];
    f[i++] = v[K_TUJUAN];
    f[i++] = grounds;
    f[i++] = v[K_URAIAN];
    f[i++] = v[K_OPD];
    f[i++] = sl_choice_label(status_keberatan, v[K_STATUS]);
    f[i++] = v[K_TEMPO];
    f[i++] = sl_choice_label(putusan_choices, v[K_PUTUSAN]);
    f[i++] = v[K_ALASAN_PUTUSAN];
    f[i++] = wib_tanggal(p, v[K_DIPUTUS]);
    f[i++] = v[K_ATASAN];
    f[i++] = v[K_JABATAN];
    f[i++] = v[K_TANGGAPAN];
    f[i++] = v[K_MUSYAWARAH] ? apr_pstrcat(p, v[K_MUSYAWARAH], ": ",
                                           v[K_MUSYAWARAH_CATATAN], NULL) : NULL;
    f[i++] = ki.batas ? apr_pstrcat(p, ki.batas, ki.putusan_terlambat
                                    ? " (Putusan terlambat)" : "", NULL) : NULL;
    f[i++] = v[S_REGISTER] && ki.sengketa_terlambat
             ? apr_pstrcat(p, v[S_REGISTER], " (Sengketa didaftarkan setelah batas)", NULL)
             : v[S_REGISTER];
    f[i++] = sl_choice_label(tahap_choices, v[S_TAHAP]);
    f[i++] = sl_choice_label(hasil_choices, v[S_HASIL]);
    f[i++] = sl_choice_label(sl_kanal_choices, v[K_KANAL]);
    return f;
}

/* One CSV line of n fields, CRLF-terminated. */
static const char *csv_baris(apr_pool_t *p, const char *const *fields, int n,
                             apr_size_t *len)
{
    struct iovec *vec = apr_palloc(p, sizeof(struct iovec) * (2 * n + 1));
    int i, k = 0;
    for (i = 0; i < n; i++) {
        char *f = sl_csv_field(p, fields[i]);
        if (i > 0) {
            vec[k].iov_base = (void *)";";
            vec[k++].iov_len = 1;
        }
        vec[k].iov_base = f;
        vec[k++].iov_len = strlen(f);
    }
    vec[k].iov_base = (void *)"\r\n";
    vec[k++].iov_len = 2;
    return apr_pstrcatv(p, vec, k, len);
}

/* ---- export ------------------------------------------------------------ */

typedef struct {
    sl_ctx *c;
    const reg_saring *s;
    long no;
    sl_xmlwriter *x;             /* XML, or NULL for CSV */
    const sl_calendar *cal;      /* for the KI window of objections */
    int gagal_tulis;             /* the client went away */
    int rusak;                   /* a row not as the statement promises */
} ekspor;

static int ekspor_baris(void *data, int ncols, const char *const *names,
                        const char *const *v, apr_pool_t *row_pool)
{
    ekspor *e = data;
    const char *no;

    if (ncols != (e->s->keberatan ? K_KOLOM_N : P_KOLOM_N)) {
        e->rusak = 1;
        return 1;
    }
    no = apr_ltoa(row_pool, ++e->no);
    if (e->x) {
        keluaran o = {NULL, e->x->w};
        if (e->s->keberatan) {
            keberatan_xml(&o, row_pool, no, v, e->cal);
        }
        else {
            permohonan_xml(&o, row_pool, no, v);
        }
        e->gagal_tulis = e->x->failed;
    }
    else {
        apr_size_t len;
        const char *line = e->s->keberatan
            ? csv_baris(row_pool, csv_keberatan(row_pool, no, v, e->cal),
                        (int)(sizeof(csv_kepala_keberatan) / sizeof(char *)) - 1, &len)
            : csv_baris(row_pool, csv_permohonan(row_pool, no, v),
                        (int)(sizeof(csv_kepala_permohonan) / sizeof(char *)) - 1, &len);
        e->gagal_tulis = ap_rwrite(line, (int)len, e->c->r) < 0;
    }
    return e->gagal_tulis || e->c->r->connection->aborted;
}

static const char *waktu_sekarang_wib(apr_pool_t *p)
{
    return wib_waktu(p, sl_utc_format(p, apr_time_sec(apr_time_now())), 1);
}

static int ekspor_register(sl_ctx *c, int keberatan, int xml)
{
    request_rec *r = c->r;
    apr_pool_t *p = r->pool;
    reg_saring s;
    ekspor e;
    sl_rows *count;
    const char **args;
    int nargs;
    const char *nama = keberatan ? "keberatan" : "permohonan";

    read_filters(c, keberatan, &s);
    memset(&e, 0, sizeof(e));
    e.c = c;
    e.cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    e.s = &s;
    args = filter_args(c, &s, &nargs, NULL, NULL);
    /* One snapshot for the count and every page; read-only, rolled back. */
    if (sl_db_begin(c->db) != 0
        || sl_db_select(c->db, keberatan ? "reg_k_jumlah" : "reg_p_jumlah", &count,
                        nargs, args) != 0) {
        return alur_gangguan(c);
    }
    ap_set_content_type(r, xml ? "application/xml; charset=utf-8"
                               : "text/csv; charset=utf-8");
    apr_table_setn(r->headers_out, "Content-Disposition",
                   apr_psprintf(p, "attachment; filename=\"%s\"",
                                sl_safe_filename(p, apr_psprintf(
                                    p, "register-%s-%d-%02d-%02d.%s", nama, s.tahun,
                                    s.bulan_dari, s.bulan_sampai, xml ? "xml" : "csv"))));
    if (r->header_only) {
        sl_db_rollback(c->db);
        return OK;
    }
    if (xml) {
        if (!(e.x = sl_xmlwriter_new(r))) {
            sl_db_rollback(c->db);
            return alur_gangguan(c);
        }
        xmlTextWriterStartElementNS(e.x->w, NULL,
                                    BAD_CAST (keberatan ? "register_keberatan"
                                                        : "register_permohonan"),
                                    BAD_CAST REG_NS);
        xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "tahun", BAD_CAST s.tahun_teks);
        xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "bulan_dari",
                                    BAD_CAST apr_itoa(p, s.bulan_dari));
        xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "bulan_sampai",
                                    BAD_CAST apr_itoa(p, s.bulan_sampai));
        if (*s.opd) {
            xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "opd", BAD_CAST s.opd);
        }
        if (*s.status) {
            xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "status", BAD_CAST s.status);
        }
        xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "jumlah",
                                    BAD_CAST sl_rows_get_or(count, 0, 0, "0"));
        xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "dibuat",
                                    BAD_CAST waktu_sekarang_wib(p));
    }
    else {
        apr_size_t len;
        const char *const *head = keberatan ? csv_kepala_keberatan : csv_kepala_permohonan;
        int n = 0;
        const char *line;
        while (head[n]) {
            n++;
        }
        line = csv_baris(p, head, n, &len);
        /* The BOM tells Excel the file is UTF-8. */
        ap_rwrite("\xEF\xBB\xBF", 3, r);
        ap_rwrite(line, (int)len, r);
    }
    if (sl_db_each_page(c->db, keberatan ? "reg_k_ekspor" : "reg_p_ekspor",
                        keberatan ? K_ID : P_ID, REG_BARIS_PER_AMBIL, "0",
                        ekspor_baris, &e, nargs, args) != 0 || e.rusak) {
        sl_db_rollback(c->db);
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, SL_LOGNO(00082) "register export %s broken off "
                      "after %ld rows", nama, e.no);
        sl_stream_abort(r, e.x);
        return OK;
    }
    sl_db_rollback(c->db);
    if (e.gagal_tulis || r->connection->aborted) {
        if (e.x) {
            sl_stream_abort(r, e.x);
        }
        return OK;
    }
    if (e.x && sl_xmlwriter_finish(e.x) != 0) {
        return OK;
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, SL_LOGNO(00083) "register %s exported: %ld rows "
                  "(%s)", nama, e.no, xml ? "XML" : "CSV");
    return OK;
}

static int ekspor_permohonan_csv(sl_ctx *c)
{
    return ekspor_register(c, 0, 0);
}

static int ekspor_permohonan_xml(sl_ctx *c)
{
    return ekspor_register(c, 0, 1);
}

static int ekspor_keberatan_csv(sl_ctx *c)
{
    return ekspor_register(c, 1, 0);
}

static int ekspor_keberatan_xml(sl_ctx *c)
{
    return ekspor_register(c, 1, 1);
}

/* ---- the page ------------------------------------------------------------ */

static void add_choices(xmlNodePtr parent, const char *untuk, const sl_choice *choices)
{
    xmlNodePtr list = sl_xml_node(parent, "pilihan");
    sl_xml_attr(list, "untuk", untuk);
    for (; choices->value; choices++) {
        sl_xml_attr(sl_xml_text(list, "opsi", choices->label), "nilai", choices->value);
    }
}

static int halaman_register(sl_ctx *c, int keberatan)
{
    apr_pool_t *p = c->r->pool;
    reg_saring s;
    sl_rows *rows, *count, *opd;
    sl_page *page;
    xmlNodePtr filters, list;
    const char **args;
    int nargs, i, page_no = atoi(sl_query(c, "halaman"));
    const char *q;
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);

    read_filters(c, keberatan, &s);
    if (page_no < 1 || page_no > 100000) {
        page_no = 1;
    }
    args = filter_args(c, &s, &nargs, apr_itoa(p, REG_PER_HALAMAN),
                       apr_itoa(p, (page_no - 1) * REG_PER_HALAMAN));
    if (sl_db_select(c->db, keberatan ? "reg_k_halaman" : "reg_p_halaman", &rows,
                     nargs, args) != 0
        || sl_db_select(c->db, keberatan ? "reg_k_jumlah" : "reg_p_jumlah", &count,
                        nargs - 2, args) != 0
        || sl_db_select(c->db, "reg_opd", &opd,
                        SL_ARGS(sl_scope_all(c, ALUR_SEMUA_OPD), sl_scope_opd(c))) != 0) {
        return alur_gangguan(c);
    }
    page = sl_ctx_page(c, keberatan ? "register-keberatan" : "register-permohonan",
                       keberatan ? "Register keberatan" : "Register permohonan informasi",
                       "register");
    q = filter_query(p, &s);
    filters = sl_xml_node(page->resource, "saring");
    sl_xml_attr(filters, "tahun", s.tahun_teks);
    sl_xml_attr(filters, "bulan_dari", apr_itoa(p, s.bulan_dari));
    sl_xml_attr(filters, "bulan_sampai", apr_itoa(p, s.bulan_sampai));
    sl_xml_attr(filters, "opd", s.opd);
    sl_xml_attr(filters, "status", s.status);
    sl_xml_attr(filters, "halaman", apr_itoa(p, page_no));
    sl_xml_attr(filters, "jumlah", sl_rows_get_or(count, 0, 0, "0"));
    sl_xml_attr(filters, "kueri", q);
    if ((long)page_no * REG_PER_HALAMAN < atol(sl_rows_get_or(count, 0, 0, "0"))) {
        sl_xml_attr(filters, "berikutnya", apr_itoa(p, page_no + 1));
    }
    if (page_no > 1) {
        sl_xml_attr(filters, "sebelumnya", apr_itoa(p, page_no - 1));
    }
    add_choices(page->resource, "status", keberatan ? status_keberatan : status_permohonan);
    add_choices(page->resource, "bulan", bulan_choices);
    list = sl_xml_node(page->resource, "daftar_opd");
    for (i = 0; i < opd->nrows; i++) {
        xmlNodePtr o = sl_xml_text(list, "opd", sl_rows_get(opd, i, 1));
        sl_xml_attr(o, "id", sl_rows_get(opd, i, 0));
    }
    list = sl_xml_node(page->resource, "daftar");
    for (i = 0; i < rows->nrows; i++) {
        keluaran o = {list, NULL};
        const char *no = apr_itoa(p, (page_no - 1) * REG_PER_HALAMAN + i + 1);
        if (rows->ncols != (keberatan ? K_KOLOM_N : P_KOLOM_N)) {
            return alur_gangguan(c);
        }
        if (keberatan) {
            keberatan_xml(&o, p, no, rows->rows[i], cal);
        }
        else {
            permohonan_xml(&o, p, no, rows->rows[i]);
        }
    }
    return sl_page_send(page, HTTP_OK);
}

static int halaman_permohonan(sl_ctx *c)
{
    return halaman_register(c, 0);
}

static int halaman_keberatan(sl_ctx *c)
{
    return halaman_register(c, 1);
}

static const sl_route routes[] = {
    {"GET", "/admin/register/permohonan.csv", ekspor_permohonan_csv, ALUR_PETUGAS, 0, NULL},
    {"GET", "/admin/register/permohonan.xml", ekspor_permohonan_xml, ALUR_PETUGAS, 0, NULL},
    {"GET", "/admin/register/permohonan", halaman_permohonan, ALUR_PETUGAS, 0, NULL},
    {"GET", "/admin/register/keberatan.csv", ekspor_keberatan_csv, ALUR_PETUGAS, 0, NULL},
    {"GET", "/admin/register/keberatan.xml", ekspor_keberatan_xml, ALUR_PETUGAS, 0, NULL},
    {"GET", "/admin/register/keberatan", halaman_keberatan, ALUR_PETUGAS, 0, NULL},
    {NULL, NULL, NULL, 0, 0, NULL}
};

const sl_feature sialip_register_feature = {routes, statements};
