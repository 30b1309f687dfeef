/* What the registers' files share (register.c: the page and the filters;
 * register_baris.c: one row as XML or CSV; register_ekspor.c: the streamed
 * exports): the columns of the two registers, the filters and the writer
 * that puts the same elements into a page or an export. */
#ifndef SIALIP_REGISTER_H
#define SIALIP_REGISTER_H

#include "calendar.h"
#include "sl_request.h"
#include "sl_xmlwriter.h"
#include "permohonan_rules.h"

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
enum {
    K_ID, K_NOMOR, K_DITERIMA, K_NAMA, K_PERMOHONAN, K_RINCIAN, K_TUJUAN, K_ALASAN,
    K_URAIAN, K_STATUS, K_PUTUSAN, K_ALASAN_PUTUSAN, K_DIPUTUS, K_ATASAN,
    K_TANGGAPAN, K_TEMPO, K_OPD, S_REGISTER, S_TAHAP, S_HASIL, S_DAFTAR, S_PUTUS,
    K_ALAMAT, K_TELEPON, K_EMAIL, K_PEKERJAAN, K_JABATAN, K_KANAL, K_MUSYAWARAH,
    K_MUSYAWARAH_CATATAN, K_KOLOM_N
};

/* register.c: the filters of the page and the exports. */
typedef struct {
    int keberatan;              /* the objection register */
    int tahun, bulan_dari, bulan_sampai;
    const char *tahun_teks;
    const char *opd, *status;   /* "" for all */
    const char *dari, *sampai;  /* [dari, sampai) as stored UTC times */
} reg_saring;

void sialip_register_saring(sl_ctx *c, int keberatan, reg_saring *s);
/* The filter arguments of the statements, then extra1 and extra2 when
 * extra1 is not NULL. */
const char **sialip_register_args(sl_ctx *c, const reg_saring *s, int *nargs,
                                  const char *extra1, const char *extra2);
/* How many rows the filters (args without the page's two) select, as
 * text; NULL when the database failed. */
const char *sialip_register_jumlah(sl_ctx *c, int keberatan, int nargs, const char **args);

/* register_baris.c: the states a filter offers. */
extern const sl_choice sialip_register_status_permohonan[];
extern const sl_choice sialip_register_status_keberatan[];

/* One output, two kinds of writer: the same element structure goes into the
 * page document (DOM, for the HTML view) and into the streamed export
 * (xmlTextWriter), so the page's XML and the export never drift apart. */
typedef struct {
    xmlNodePtr node;             /* DOM: the current element */
    xmlTextWriterPtr w;          /* or the writer */
} reg_keluaran;

/* <permohonan> or <keberatan> of one row (v: P_KOLOM_N or K_KOLOM_N
 * values), numbered no; the objections' Komisi Informasi window is counted
 * on cal (may be NULL). */
void sialip_register_permohonan_xml(reg_keluaran *o, apr_pool_t *p, const char *no,
                                    const char *const *v);
void sialip_register_keberatan_xml(reg_keluaran *o, apr_pool_t *p, const char *no,
                                   const char *const *v, const sl_calendar *cal);

/* The CSV columns' headings (NULL-terminated) and one row's fields in
 * their order. */
extern const char *const sialip_register_csv_permohonan[];
extern const char *const sialip_register_csv_keberatan[];
const char **sialip_register_csv_baris_permohonan(apr_pool_t *p, const char *no,
                                                  const char *const *v);
const char **sialip_register_csv_baris_keberatan(apr_pool_t *p, const char *no,
                                                 const char *const *v,
                                                 const sl_calendar *cal);

/* A stored UTC time in WIB: "2026-03-13T10:00:00+07:00" (iso) or
 * "2026-03-13 10:00" (for spreadsheets); NULL stays NULL. */
const char *sialip_register_waktu(apr_pool_t *p, const char *utc, int iso);

/* What a route of the registers lists or exports (its sl_route.data). */
typedef struct {
    int keberatan;               /* the objection register */
    int xml;                     /* an export: XML, else CSV */
} reg_jenis;

/* register_ekspor.c: the export of the route's register. */
int sialip_register_ekspor(sl_ctx *c);

#endif
