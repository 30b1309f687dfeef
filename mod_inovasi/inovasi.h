/* mod_inovasi's configuration, roles, its route table's handlers and the
 * files' statements, and the helpers its concern files share (umum.c,
 * pilihan.c, profil.c, tahun_aturan.c, capaian_inovasi.c, nilai.c). */
#ifndef INOVASI_H
#define INOVASI_H

#include <apr_hash.h>
#include "sl_request.h"
#include "roles.h"
#include "capaian.h"
#include "filetype.h"

typedef struct {
    unsigned set;                  /* INOVASI_SET_* (mod_inovasi.c) */
    sl_settings settings;
    const char *view_dir;
    const char *upload_dir;        /* evidence files (the shared store) */
    int off;                       /* "Inovasi Off" in this (virtual) server */
} inovasi_config;

/* The configuration of the request's server. */
const inovasi_config *inovasi_config_of(request_rec *r);

/* Who may do what (DOMAIN.md roles): the OPD officer works on its own
 * OPD's innovations; the evaluator (Bappeda) sees all, sets the year's
 * rules, verifies reports, scores and publishes; leadership reads all and
 * changes nothing (no POST route names SL_ROLE_PIMPINAN). */
/* Today in WIB, in SQL (the dashboard and the monitoring pages). */
#define HARI_INI "DATE(UTC_TIMESTAMP() + INTERVAL 7 HOUR)"

#define INOVASI_PETUGAS    SL_ROLE_OPD_INOVASI
#define INOVASI_EVALUATOR  SL_ROLE_EVALUATOR
#define INOVASI_SEMUA_OPD  (SL_ROLE_EVALUATOR | SL_ROLE_PIMPINAN)
#define INOVASI_STAF       (SL_ROLE_OPD_INOVASI | SL_ROLE_EVALUATOR \
                            | SL_ROLE_PIMPINAN)
/* Who registers innovations: officers for their OPD, the evaluator and
 * the admin for any OPD (pendaftar.c). */
#define INOVASI_PENDAFTAR  (SL_ROLE_OPD_INOVASI | SL_ROLE_EVALUATOR | SL_ROLE_ADMIN)

/* The module's one route table (routes.c), in the order the dispatcher
 * tries it, and every file's prepared statements (listed in mod_inovasi.c,
 * registered at startup). */
extern const sl_route inovasi_routes[];
extern const sl_stmt_def inovasi_profil_stmts[];        /* profil.c: one innovation */
extern const sl_stmt_def inovasi_tahun_aturan_stmts[];  /* tahun_aturan.c: weights, bands */
extern const sl_stmt_def inovasi_capaian_stmts[];       /* capaian_inovasi.c: achievement */
extern const sl_stmt_def inovasi_nilai_stmts[];         /* nilai.c: the year's scores */
extern const sl_stmt_def inovasi_ringkas_stmts[];       /* ringkas.c: kept year figures */
extern const sl_stmt_def inovasi_dasbor_stmts[];        /* dasbor.c: /dasbor */
extern const sl_stmt_def inovasi_ekspor_stmts[];        /* ekspor.c: XML and CSV */
extern const sl_stmt_def inovasi_tahun_stmts[];         /* tahun.c: the year's rules and periods */
extern const sl_stmt_def inovasi_data_stmts[];          /* inovasi_data.c: profiles */
extern const sl_stmt_def inovasi_daftar_stmts[];        /* inovasi_daftar.c: the list */
extern const sl_stmt_def inovasi_staf_stmts[];          /* inovasi_staf.c: one innovation */
extern const sl_stmt_def inovasi_indikator_stmts[];     /* indikator.c: design indicators */
extern const sl_stmt_def inovasi_monitoring_stmts[];    /* monitoring.c: reports */
extern const sl_stmt_def inovasi_monitoring_isi_stmts[]; /* monitoring_isi.c: filling in */
extern const sl_stmt_def inovasi_laporan_daftar_stmts[]; /* laporan_daftar.c */
extern const sl_stmt_def inovasi_evaluasi_stmts[];      /* evaluasi.c: scores */
extern const sl_stmt_def inovasi_etalase_stmts[];       /* etalase.c: the public showcase */
extern const sl_stmt_def inovasi_siklus_stmts[];        /* siklus.c: lab stages, end, OAOI */
extern const sl_stmt_def inovasi_iid_stmts[];           /* iid.c: the IID catalogue */
extern const sl_stmt_def inovasi_iid_bukti_stmts[];     /* iid_bukti.c: IID evidence */
extern const sl_stmt_def inovasi_iid_simulasi_stmts[];  /* iid_simulasi.c: index, recap */
extern const sl_stmt_def inovasi_iid_ppid_stmts[];      /* iid_ppid.c: PPID figures */
extern const sl_stmt_def inovasi_replikasi_stmts[];     /* replikasi.c: regions replicating */
extern const sl_stmt_def inovasi_riwayat_stmts[];       /* riwayat.c: an innovation's history */
extern const sl_stmt_def inovasi_pendaftar_stmts[];     /* pendaftar.c: registering for an OPD */

/* The route table's handlers, by file. */
int inovasi_dasbor(sl_ctx *c);                          /* dasbor.c */
int inovasi_ekspor_semua(sl_ctx *c);                    /* ekspor.c */
int inovasi_ekspor_per_tahun(sl_ctx *c);
int inovasi_ekspor_staf_csv(sl_ctx *c);
int inovasi_tahun_ke_tahun_ini(sl_ctx *c);              /* tahun.c */
int inovasi_tahun_lihat(sl_ctx *c);
int inovasi_tahun_simpan_bobot(sl_ctx *c);
int inovasi_tahun_simpan_pita(sl_ctx *c);
int inovasi_tahun_simpan_kriteria(sl_ctx *c);
int inovasi_tahun_simpan_periode(sl_ctx *c);
int inovasi_data_form_baru(sl_ctx *c);                  /* inovasi_data.c */
int inovasi_data_buat(sl_ctx *c);
int inovasi_data_ubah(sl_ctx *c);
int inovasi_data_form_ubah(sl_ctx *c);
int inovasi_daftar(sl_ctx *c);                          /* inovasi_daftar.c */
int inovasi_staf_lihat(sl_ctx *c);                      /* inovasi_staf.c */
int inovasi_staf_terbit(sl_ctx *c);
int inovasi_indikator_form(sl_ctx *c);                  /* indikator.c */
int inovasi_indikator_simpan(sl_ctx *c);
int inovasi_monitoring_lihat(sl_ctx *c);                /* monitoring.c */
int inovasi_monitoring_verifikasi(sl_ctx *c);
int inovasi_monitoring_bukti(sl_ctx *c);
int inovasi_monitoring_simpan(sl_ctx *c);               /* monitoring_isi.c */
int inovasi_evaluasi_lihat(sl_ctx *c);                  /* evaluasi.c */
int inovasi_evaluasi_simpan(sl_ctx *c);
int inovasi_siklus_lihat(sl_ctx *c);                    /* siklus.c */
int inovasi_siklus_simpan(sl_ctx *c);
int inovasi_siklus_simpan_oaoi(sl_ctx *c);
int inovasi_iid_lihat(sl_ctx *c);                       /* iid.c */
int inovasi_iid_salin(sl_ctx *c);
int inovasi_iid_aturan(sl_ctx *c);
int inovasi_iid_simpan_pita(sl_ctx *c);
int inovasi_iid_ubah(sl_ctx *c);
int inovasi_iid_bukti_lihat(sl_ctx *c);                 /* iid_bukti.c */
int inovasi_iid_bukti_tolak(sl_ctx *c);
int inovasi_iid_bukti_ajukan(sl_ctx *c);
int inovasi_iid_bukti_periksa(sl_ctx *c);
int inovasi_iid_bukti_unduh(sl_ctx *c);
int inovasi_iid_rekap_csv(sl_ctx *c);                   /* iid_simulasi.c */
int inovasi_iid_rekap_xml(sl_ctx *c);
int inovasi_iid_ppid_lihat(sl_ctx *c);                  /* iid_ppid.c */
int inovasi_replikasi_lihat(sl_ctx *c);                 /* replikasi.c */
int inovasi_replikasi_tambah(sl_ctx *c);
int inovasi_replikasi_hapus(sl_ctx *c);
int inovasi_replikasi_unduh(sl_ctx *c);
int inovasi_etalase(sl_ctx *c);                         /* etalase.c */
int inovasi_etalase_profil(sl_ctx *c);

/* ---- umum.c ------------------------------------------------------------ */

/* Error pages in Indonesian. */
int inovasi_gangguan(sl_ctx *c);                   /* 503 */
int inovasi_tidak_ada(sl_ctx *c);                  /* 404 */
int inovasi_ditolak(sl_ctx *c, const char *pesan); /* 409 */
int inovasi_aksi_salah(sl_ctx *c, const char *pesan); /* 400: no such action */

/* A route parameter that is a database id (1-9 digits), or NULL. */
const char *inovasi_param_id(sl_ctx *c, const char *name);
/* The status an evaluator's check moves something submitted to: aksi
 * "verifikasi" (diverifikasi) or "kembalikan" (dikembalikan); else NULL. */
const char *inovasi_status_periksa(const char *aksi);
/* A year 2000-2100 in digits, or NULL. */
const char *inovasi_tahun_valid(const char *text);
/* The current year in WIB. */
const char *inovasi_tahun_ini(apr_pool_t *p);
/* The year of ?tahun= when valid, else the current year. */
const char *inovasi_tahun_query(sl_ctx *c);
/* The page of a year's rules: the year as attribute attr of res, the years
 * before and after (sebelum, sesudah) and boleh_ubah for the evaluator. */
void inovasi_tahun_xml(sl_ctx *c, xmlNodePtr res, const char *attr, const char *tahun);

/* A DECIMAL column for people: "12.5000" -> "12.5", NULL -> NULL. */
const char *inovasi_desimal(apr_pool_t *p, const char *dec);
/* A score with two decimals: "72.50". */
const char *inovasi_dua(apr_pool_t *p, double v);
/* Date of a DATETIME (UTC) in WIB as "YYYY-MM-DD"; NULL for NULL. */
const char *inovasi_tanggal_wib(apr_pool_t *p, const char *utc);

/* Field errors of a form, shown beside the fields (galat untuk="..."). */
typedef struct {
    const char *field;
    const char *message;
} inovasi_galat;
apr_array_header_t *inovasi_galat_baru(apr_pool_t *p);
void inovasi_galat_tambah(apr_array_header_t *e, const char *field,
                          const char *message);
void inovasi_galat_xml(xmlNodePtr parent, const apr_array_header_t *e);
/* <nilai nama="name">value</nilai> in an <isian> element. */
void inovasi_isian(xmlNodePtr isian, const char *name, const char *value);

/* Text checks: valid, at most max characters, and (when wajib) not blank.
 * Returns the value or adds an error with label. */
const char *inovasi_teks(sl_ctx *c, apr_array_header_t *e, const char *field,
                         const char *label, apr_size_t max, int wajib);

/* ---- bukti.c: evidence ---------------------------------------------------- */

/* The non-empty file posted in field, or NULL. */
const sl_upload *inovasi_unggahan(sl_ctx *c, const char *field);
/* A link to evidence: http(s), a host, no spaces, at most 1000 characters. */
int inovasi_tautan_sah(const char *v);
/* Inside the caller's transaction: the berkas row of up, put in the store
 * as sha and sniffed as type, under the content's lock (sl_berkas_catat);
 * its id, or NULL on a database or store error. */
const char *inovasi_berkas_catat(sl_ctx *c, const char *sha, const sl_upload *up,
                                 const sl_filetype *type);
/* Sends as a download the stored file the statement stmt (SL_ARGS) finds:
 * one row with the columns sha256, mime and nama_asli of berkas; 404 when
 * there is no row or the file is missing, 503 on a database error. */
int inovasi_berkas_kirim(sl_ctx *c, const char *stmt, int nargs, const char **args);

/* ---- pilihan.c ---------------------------------------------------------- */

/* Choices: value and the words people see. */
typedef struct {
    const char *nilai;
    const char *label;
} inovasi_pilihan;
extern const inovasi_pilihan inovasi_bentuk[], inovasi_jenis[],
    inovasi_tahapan[], inovasi_inisiator[], inovasi_dasar_hukum[],
    inovasi_replikasi[], inovasi_replikasi_cara[], inovasi_arah[],
    inovasi_dimensi[], inovasi_status_laporan[], inovasi_jenis_periode[];
const char *inovasi_label(const inovasi_pilihan *p, const char *nilai);
int inovasi_pilihan_ada(const inovasi_pilihan *p, const char *nilai);
/* <pilihan untuk="name"><opsi nilai="...">label</opsi>...</pilihan> */
void inovasi_pilihan_xml(xmlNodePtr parent, const char *name,
                         const inovasi_pilihan *p);
/* "Triwulan 2 2026" */
const char *inovasi_nama_periode(apr_pool_t *p, const char *jenis,
                                 const char *nomor, const char *tahun);

/* A JSON object for the audit trail from name/value pairs ending with
 * NULL; a NULL value is null. */
const char *inovasi_json(apr_pool_t *p, ...);

/* ---- profil.c ----------------------------------------------------------- */

/* Every profile column, named for sl_rows_named; the query goes on with
 * WHERE (i: the innovation, o: its OPD, s and so: the replication source). */
#define INOVASI_KOLOM_PROFIL \
    "SELECT i.id, i.opd_id, o.kode AS opd_kode, o.nama AS opd_nama, " \
    "o.singkatan AS opd_singkatan, i.tahun, i.nama, i.bentuk, i.jenis, " \
    "i.tahapan, i.tanggal_uji_coba, i.tanggal_penerapan, i.inisiator, " \
    "i.urusan, i.ringkasan, i.rancang_bangun, i.tujuan, i.manfaat, i.hasil, " \
    "i.anggaran, i.dasar_hukum_jenis, i.dasar_hukum_nomor, i.kontak_nama, " \
    "i.kontak_telepon, i.kontak_email, i.replikasi, i.sumber_inovasi_id, " \
    "s.nama AS sumber_inovasi_nama, s.terbit AS sumber_terbit, " \
    "so.singkatan AS sumber_opd, i.sumber_nama, i.sumber_daerah, " \
    "i.replikasi_cara, i.replikasi_perubahan, i.terbit, i.terbit_pada, " \
    "i.dibuat_pada, i.diubah_pada, i.berakhir " \
    "FROM inovasi i JOIN opd o ON o.id = i.opd_id " \
    "LEFT JOIN inovasi s ON s.id = i.sumber_inovasi_id " \
    "LEFT JOIN opd so ON so.id = s.opd_id "

/* From an innovation i to its latest verified report l (by the end of its
 * period p: periods newest first through ix_periode_selesai, 120, each
 * probing the innovation's report, no temporary table per innovation), the
 * indicators ind of the design that report was verified against (without
 * one, the current design: 106_inovasi_beku.sql) and their values v; for
 * the achievement (capaian_inovasi.c) and the dashboard's figures
 * (dasbor.c). */
#define INOVASI_JOIN_CAPAIAN \
    "LEFT JOIN inovasi_laporan l ON l.id = (" \
    " SELECT l2.id FROM inovasi_periode p2 STRAIGHT_JOIN inovasi_laporan l2 " \
    " ON l2.periode_id = p2.id AND l2.inovasi_id = i.id " \
    " WHERE l2.status = 'diverifikasi' ORDER BY p2.selesai DESC, p2.id DESC LIMIT 1) " \
    "LEFT JOIN inovasi_periode p ON p.id = l.periode_id " \
    "JOIN inovasi_indikator ind ON ind.inovasi_id = i.id AND (CASE WHEN p.id IS NULL " \
    " THEN ind.berlaku_sampai IS NULL ELSE " \
    " (ind.berlaku_mulai IS NULL OR ind.berlaku_mulai <= p.selesai) AND " \
    " (ind.berlaku_sampai IS NULL OR ind.berlaku_sampai >= p.selesai) END) " \
    "LEFT JOIN inovasi_laporan_nilai v ON v.laporan_id = l.id AND v.indikator_id = ind.id "

/* One innovation with every profile column, within the user's OPD scope
 * (FOR UPDATE inside a transaction); NULL when absent or out of scope
 * (*failed set on a database error).  semua: the roles that reach every
 * OPD's innovations here (INOVASI_SEMUA_OPD to read, INOVASI_EVALUATOR for
 * the evaluator's actions, 0 for the officer's changes: own OPD only). */
const sl_rows *inovasi_muat(sl_ctx *c, const char *id, unsigned semua,
                            int *failed);
/* Whether the user is the officer of this innovation's OPD. */
int inovasi_milik_opd(sl_ctx *c, const sl_rows *row);
/* Whether the user (any role) belongs to this innovation's OPD: such a
 * user neither verifies nor scores it (107_inovasi_konflik.sql). */
int inovasi_opd_sendiri(sl_ctx *c, const sl_rows *row);
/* Whether evaluators stay anonymous to this user (OPD roles: neither
 * Bappeda's evaluator nor leadership). */
int inovasi_anonim(sl_ctx *c);
/* <riwayat><peristiwa .../>...</riwayat>: the history of innovation id,
 * evaluators anonymous to OPD roles (riwayat.c); 0 or -1. */
int inovasi_riwayat_xml(sl_ctx *c, xmlNodePtr parent, const char *id);
/* A published innovation for the public. */
const sl_rows *inovasi_muat_publik(sl_ctx *c, const char *id, int *failed);
/* The profile of a row of inovasi_muat as XML; publik leaves out what the
 * public does not see (contact phone and e-mail). */
void inovasi_profil_xml(sl_ctx *c, xmlNodePtr parent, const sl_rows *row,
                        int publik);

/* ---- pendaftar.c: registering for an OPD ----------------------------- */

/* Whether the user registers for any OPD (evaluator, admin). */
int inovasi_pendaftar_semua(sl_ctx *c);
/* The OPD a new innovation goes to: the posted active OPD for those who
 * choose (else an error beside opd_id and NULL), the officer's own for the
 * rest; *failed on a database error. */
const char *inovasi_opd_tujuan(sl_ctx *c, apr_array_header_t *errors, int *failed);
/* For those who choose the OPD of a new innovation: its value in isian,
 * <pilihan untuk="opd_id"> of the active OPDs and, for ?terdaftar=id when
 * this user registered it, <terdaftar opd="...">name</terdaftar>; 0 or -1. */
int inovasi_pendaftar_xml(sl_ctx *c, xmlNodePtr parent, xmlNodePtr isian);

/* ---- the year's rules (tahun_aturan.c) ----------------------------------- */

typedef struct {
    double bobot[CAPAIAN_DIMENSI];
    const char *tahun_berlaku;     /* the year whose row applies; NULL: equal */
} inovasi_bobot_tahun;
/* Dimension weights of a year: its own row, else the latest earlier
 * year's, else equal.  Returns 0 or -1. */
int inovasi_bobot_dimensi(sl_ctx *c, const char *tahun, inovasi_bobot_tahun *out);

typedef struct {
    capaian_pita *pita;
    size_t n;
    const char *tahun_berlaku;     /* NULL when no year has bands */
} inovasi_pita_tahun;
/* Achievement bands of a year (inovasi_pita_capaian): its own, else the
 * latest earlier year's, else the earliest year's.  Returns 0 or -1. */
int inovasi_pita(sl_ctx *c, const char *tahun, inovasi_pita_tahun *out);
/* The Indeks Inovasi Daerah bands of a year (inovasi_pita), same rule: the
 * only words an IID score gets, and only an IID score gets them. */
int inovasi_pita_iid(sl_ctx *c, const char *tahun, inovasi_pita_tahun *out);

/* ---- achievement (capaian_inovasi.c) -------------------------------------- */

typedef struct {
    const char *id, *dimensi, *nama, *satuan, *baseline, *target, *arah,
        *bobot, *nilai;
    capaian_skor persen;
} inovasi_ind;

typedef struct {
    const char *id;                /* inovasi id */
    const char *tahun;
    const char *periode;           /* the verified report used, or NULL */
    apr_array_header_t *indikator; /* of inovasi_ind */
    capaian_hasil hasil;
    double bobot_dimensi[CAPAIAN_DIMENSI];
} inovasi_capaian;

/* Achievement of the innovations of tahun ("0": every year), or of one
 * innovation (id, else "0"), from each one's latest verified report;
 * hanya_terbit: published ones only (the public), else within the user's
 * scope.  Returns a hash id -> inovasi_capaian* (innovations with
 * indicators only), or NULL on a database error. */
apr_hash_t *inovasi_capaian_set(sl_ctx *c, const char *tahun, const char *id,
                                int hanya_terbit);
/* Computes each indicator's persen and the hasil of cap from its
 * indikator (nilai NULL: no value) and bobot_dimensi. */
void inovasi_capaian_selesai(inovasi_capaian *cap);
/* <capaian ada nilai predikat periode ...><dimensi .../>...</capaian>, with
 * <indikator> elements when dengan_indikator; pita may be NULL. */
xmlNodePtr inovasi_capaian_xml(sl_ctx *c, xmlNodePtr parent,
                               const inovasi_capaian *cap,
                               const inovasi_pita_tahun *pita,
                               int dengan_indikator);
/* The band name of a score, or NULL (also when the score is absent). */
const char *inovasi_predikat(const inovasi_pita_tahun *pita, capaian_skor s);
/* The bands of tahun, looked up once per request in cache (a hash made by
 * the caller); NULL on a database error. */
const inovasi_pita_tahun *inovasi_pita_untuk(sl_ctx *c, apr_hash_t *cache,
                                             const char *tahun);

/* ---- the year page (tahun.c) and siklus.c ------------------------------ */

/* The year page with errors beside the fields (for forms of other files). */
int inovasi_tahun_halaman(sl_ctx *c, const char *tahun, int status,
                          apr_array_header_t *errors);
/* <oaoi berlaku tahapan_min><bentuk kode dihitung/>...</oaoi>: which
 * innovations count for One Agency, One Innovation in tahun; 0 or -1. */
int inovasi_oaoi_xml(sl_ctx *c, xmlNodePtr parent, const char *tahun);
/* LAN Laboratorium Inovasi stages in order. */
extern const inovasi_pilihan inovasi_tahap_lab[];

/* <iid ada indeks predikat ...><aksi .../>...</iid>: the simulated Indeks
 * Inovasi Daerah of tahun (iid_simulasi.c); 0 or -1. */
int inovasi_iid_xml(sl_ctx *c, xmlNodePtr parent, const char *tahun);

/* ---- laporan_daftar.c ---------------------------------------------------------- */

/* The periods of tahun with this innovation's report in each (status,
 * due date, late), as <laporan-periode><periode .../>...; 0 or -1. */
int inovasi_laporan_daftar_xml(sl_ctx *c, xmlNodePtr parent, const char *id,
                               const char *tahun);

/* ---- evaluation (nilai.c) ---------------------------------------------------- */

typedef struct {
    const char *id;                /* inovasi id */
    int penilai;                   /* evaluators who scored */
    nilai_sebaran sebaran;         /* of the evaluators' totals */
    int peringkat;                 /* among the year's scored innovations */
} inovasi_nilai;

/* Scores of the year's innovations (all OPDs: ranks are regency-wide):
 * a hash id -> inovasi_nilai*, or NULL on a database error.  *jumlah is
 * the number of innovations scored. */
apr_hash_t *inovasi_nilai_tahun(sl_ctx *c, const char *tahun, int *jumlah);
/* Groups the scores read by statement stmt ("nilai_tahun" when NULL:
 * arg a year; "nilai_satu": arg an innovation) into out, id ->
 * inovasi_nilai* without rank.  0, or -1 on a database error. */
int inovasi_nilai_kumpul(sl_ctx *c, const char *stmt, const char *arg, apr_hash_t *out);

/* ---- each innovation's year figures, kept (ringkas.c) ----------------------- */

typedef struct {
    /* id -> inovasi_capaian* with id, tahun and hasil only (innovations
     * with indicators in force), every OPD's */
    apr_hash_t *capaian;
    apr_hash_t *nilai;             /* id -> inovasi_nilai*, ranked */
    int dinilai;                   /* innovations scored */
    int dihitung;                  /* innovations computed again (stale) */
} inovasi_ringkas_tahun;

/* The figures of the year's innovations from inovasi_ringkas
 * (126_inovasi_ringkas.sql), the out-of-date ones computed again (by the
 * same C as before) and written back.  0, or -1 on a database error. */
int inovasi_ringkas_baca(sl_ctx *c, const char *tahun, inovasi_ringkas_tahun *out);

/* v's figures as attributes of n (penilai, rata, simpangan, min, max,
 * peringkat, and dari: the number of innovations scored). */
void inovasi_nilai_xml(sl_ctx *c, xmlNodePtr n, const inovasi_nilai *v, int dari);

#endif
