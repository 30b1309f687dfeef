/* One row of the registers (register.c) as the register shows it: XML
 * elements through one writer for the page and the export, or the fields of
 * a CSV line, with the words for every stored code. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "calendar.h"
#include "escape.h"
#include "sl_holidays.h"
#include "pemberitahuan_rules.h"
#include "keberatan_rules.h"
#include "register.h"
#include "sialip_messages.h"

const sl_choice sialip_register_status_permohonan[] = {
    {"diterima", "Diterima"},
    {"didisposisi", "Didisposisi"},
    {"menunggu_informasi", "Menunggu informasi yang belum dikuasai"},
    {"menunggu_penyerahan", "Pemberitahuan terbit, menunggu penyerahan informasi"},
    {"selesai", "Selesai"},
    {NULL, NULL}
};

const sl_choice sialip_register_status_keberatan[] = {
    {"diterima", "Menunggu putusan"},
    {"diputus", "Diputus"},
    {"musyawarah", "Selesai secara musyawarah"},
    {NULL, NULL}
};

/* The register's own short words for these (its columns are narrow). */
static const sl_choice penguasaan_choices[] = {
    {"dikuasai", "Dikuasai"},
    {"tidak_dikuasai", "Tidak dikuasai"},
    {"belum_didokumentasikan", "Belum didokumentasikan"},
    {"tidak_dinilai", "Tidak dinilai (ditolak prosedural)"},
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

/* ---- the writer ----------------------------------------------------- */

static void k_mulai(reg_keluaran *o, const char *name)
{
    if (o->w) {
        xmlTextWriterStartElement(o->w, BAD_CAST name);
    }
    else {
        o->node = sl_xml_node(o->node, name);
    }
}

static void k_atribut(reg_keluaran *o, const char *name, const char *value)
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

static void k_teks(reg_keluaran *o, const char *text)
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

static void k_selesai(reg_keluaran *o)
{
    if (o->w) {
        xmlTextWriterEndElement(o->w);
    }
    else {
        o->node = o->node->parent;
    }
}

/* An element with text; nothing when text is NULL or empty. */
static void k_isi(reg_keluaran *o, const char *name, const char *text)
{
    if (text && *text) {
        k_mulai(o, name);
        k_teks(o, text);
        k_selesai(o);
    }
}

/* An element holding a label with its code in kode=. */
static void k_kode(reg_keluaran *o, const char *name, const char *kode,
                   const sl_choice *choices)
{
    if (kode && *kode) {
        k_mulai(o, name);
        k_atribut(o, "kode", kode);
        k_teks(o, sl_choice_label(choices, kode));
        k_selesai(o);
    }
}

/* A stored UTC time in WIB: "2026-03-13T10:00:00+07:00" (iso) or
 * "2026-03-13 10:00" (for spreadsheets); NULL stays NULL. */
const char *sialip_register_waktu(apr_pool_t *p, const char *utc, int iso)
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
        return apr_psprintf(p, SIALIP_MSG_REGISTER_DIKECUALIKAN_PASAL17,
                            v[X_PASAL17] ? v[X_PASAL17] : "?",
                            v[X_INFORMASI] ? ": " : "", v[X_INFORMASI] ? v[X_INFORMASI] : "");
    }
    if (is(k, "ditolak_prosedural")) {
        return v[N_PROSEDURAL];
    }
    if (is(k, "diberikan_sebagian")) {
        return v[N_PENGHITAMAN] ? apr_psprintf(p, SIALIP_MSG_REGISTER_SEBAGIAN_DIHITAMKAN,
                                               v[N_PENGHITAMAN]) : NULL;
    }
    return NULL;
}

static const char *keterangan(apr_pool_t *p, const char *const *v)
{
    if (is(v[N_KEPUTUSAN], "tidak_dikuasai") && v[N_DITERUSKAN]) {
        return apr_psprintf(p, SIALIP_MSG_REGISTER_DITERUSKAN_KEPADA, v[N_DITERUSKAN]);
    }
    if (is(v[N_KEPUTUSAN], "belum_dikuasai") && v[N_JANJI]) {
        return apr_psprintf(p, SIALIP_MSG_REGISTER_DIJANJIKAN_DALAM, v[N_JANJI]);
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

void sialip_register_permohonan_xml(reg_keluaran *o, apr_pool_t *p, const char *no,
                                    const char *const *v)
{
    k_mulai(o, "permohonan");
    k_atribut(o, "no", no);
    k_atribut(o, "nomor", v[P_NOMOR]);
    k_isi(o, "diterima", sialip_register_waktu(p, v[P_DITERIMA], 1));
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
    k_kode(o, "status", v[P_STATUS], sialip_register_status_permohonan);
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
    w = sl_sengketa_batas(cal, is_decided, decided, due, sl_today_wib(), &last);
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

void sialip_register_keberatan_xml(reg_keluaran *o, apr_pool_t *p, const char *no,
                                   const char *const *v, const sl_calendar *cal)
{
    const sl_choice *g;
    ki_info ki = ki_of(cal, p, v);

    k_mulai(o, "keberatan");
    k_atribut(o, "no", no);
    k_atribut(o, "nomor", v[K_NOMOR]);
    k_isi(o, "diterima", sialip_register_waktu(p, v[K_DITERIMA], 1));
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
    k_kode(o, "status", v[K_STATUS], sialip_register_status_keberatan);
    k_isi(o, "jatuh_tempo", v[K_TEMPO]);
    k_kode(o, "putusan", v[K_PUTUSAN], sl_putusan_keberatan_choices);
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
        k_kode(o, "tahap", v[S_TAHAP], sl_tahap_sengketa_choices);
        k_kode(o, "hasil", v[S_HASIL], hasil_choices);
        k_isi(o, "diputus", v[S_PUTUS]);
        k_selesai(o);
    }
    k_selesai(o);
}

const char *const sialip_register_csv_permohonan[] = {
    "No", "Nomor pendaftaran", SIALIP_MSG_KOLOM_TANGGAL_DITERIMA, "Nama", "Alamat", "Kontak",
    "Pekerjaan", SIALIP_MSG_KOLOM_INFORMASI_DIMINTA, SIALIP_MSG_KOLOM_TUJUAN_PENGGUNAAN,
    SIALIP_MSG_KOLOM_STATUS_INFORMASI, SIALIP_MSG_KOLOM_BENTUK_INFORMASI,
    SIALIP_MSG_KOLOM_JENIS_PERMOHONAN, SIALIP_MSG_KOLOM_CARA_MEMPEROLEH, "Keputusan",
    SIALIP_MSG_KOLOM_ALASAN_PENOLAKAN, "Keterangan", SIALIP_MSG_KOLOM_NOMOR_PEMBERITAHUAN,
    SIALIP_MSG_KOLOM_TANGGAL_PEMBERITAHUAN, SIALIP_MSG_KOLOM_BIAYA, "OPD", "Saluran",
    SIALIP_MSG_KOLOM_JATUH_TEMPO, SIALIP_MSG_KOLOM_PERPANJANGAN_SAMPAI,
    SIALIP_MSG_KOLOM_ALASAN_PERPANJANGAN, SIALIP_MSG_KOLOM_CARA_PENYAMPAIAN,
    SIALIP_MSG_KOLOM_TANGGAL_PENYAMPAIAN, "Status", "Keberatan", NULL
};

const char *const sialip_register_csv_keberatan[] = {
    "No", "Nomor keberatan", SIALIP_MSG_KOLOM_TANGGAL_DITERIMA, "Pemohon", "Alamat", "Kontak",
    "Pekerjaan", SIALIP_MSG_KOLOM_NOMOR_PERMOHONAN, SIALIP_MSG_KOLOM_INFORMASI_DIMINTA,
    SIALIP_MSG_KOLOM_TUJUAN_PENGGUNAAN, SIALIP_MSG_KOLOM_ALASAN_KEBERATAN, "Uraian", "OPD",
    "Status", SIALIP_MSG_KOLOM_JATUH_TEMPO, SIALIP_MSG_KOLOM_PUTUSAN_ATASAN,
    SIALIP_MSG_KOLOM_ALASAN_PUTUSAN, SIALIP_MSG_KOLOM_TANGGAL_TANGGAPAN,
    SIALIP_MSG_KOLOM_NAMA_ATASAN, SIALIP_MSG_KOLOM_JABATAN_ATASAN,
    SIALIP_MSG_KOLOM_TANGGAPAN_PEMOHON, SIALIP_MSG_KOLOM_MUSYAWARAH,
    SIALIP_MSG_KOLOM_BATAS_SENGKETA, SIALIP_MSG_KOLOM_SENGKETA_REGISTER,
    SIALIP_MSG_KOLOM_TAHAP_SENGKETA, SIALIP_MSG_KOLOM_HASIL_SENGKETA, "Saluran", NULL
};

const char **sialip_register_csv_baris_permohonan(apr_pool_t *p, const char *no,
                                                  const char *const *v)
{
    const char **f = apr_pcalloc(p, sizeof(sialip_register_csv_permohonan));
    const char *jenis = jenis_permohonan(v[P_CARA]);
    int i = 0;
    f[i++] = no;
    f[i++] = v[P_NOMOR];
    f[i++] = sialip_register_waktu(p, v[P_DITERIMA], 0);
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
    f[i++] = sl_choice_label(sialip_register_status_permohonan, v[P_STATUS]);
    f[i++] = v[P_KEBERATAN];
    return f;
}

const char **sialip_register_csv_baris_keberatan(apr_pool_t *p, const char *no,
                                                 const char *const *v,
                                                 const sl_calendar *cal)
{
    const char **f = apr_pcalloc(p, sizeof(sialip_register_csv_keberatan));
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
    f[i++] = sialip_register_waktu(p, v[K_DITERIMA], 0);
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
    f[i++] = sl_choice_label(sialip_register_status_keberatan, v[K_STATUS]);
    f[i++] = v[K_TEMPO];
    f[i++] = sl_choice_label(sl_putusan_keberatan_choices, v[K_PUTUSAN]);
    f[i++] = v[K_ALASAN_PUTUSAN];
    f[i++] = wib_tanggal(p, v[K_DIPUTUS]);
    f[i++] = v[K_ATASAN];
    f[i++] = v[K_JABATAN];
    f[i++] = v[K_TANGGAPAN];
    f[i++] = v[K_MUSYAWARAH] ? apr_pstrcat(p, v[K_MUSYAWARAH], ": ",
                                           v[K_MUSYAWARAH_CATATAN], NULL) : NULL;
    f[i++] = ki.batas ? apr_pstrcat(p, ki.batas, ki.putusan_terlambat
                                    ? SIALIP_MSG_REGISTER_PUTUSAN_TERLAMBAT : "", NULL) : NULL;
    f[i++] = v[S_REGISTER] && ki.sengketa_terlambat
             ? apr_psprintf(p, SIALIP_MSG_REGISTER_SENGKETA_TERLAMBAT, v[S_REGISTER])
             : v[S_REGISTER];
    f[i++] = sl_choice_label(sl_tahap_sengketa_choices, v[S_TAHAP]);
    f[i++] = sl_choice_label(hasil_choices, v[S_HASIL]);
    f[i++] = sl_choice_label(sl_kanal_choices, v[K_KANAL]);
    return f;
}

