/* mod_sialip's configuration and the handlers its route table names. */
#ifndef SIALIP_H
#define SIALIP_H

#include "calendar.h"
#include <http_config.h>
#include "sl_request.h"

/* Which directives a server's configuration sets, so a virtual host
 * inherits everything else from the main server. */
enum {
    SIALIP_SET_MOUNT = 1 << 0,
    SIALIP_SET_VIEWS = 1 << 1,
    SIALIP_SET_UPLOADS = 1 << 2,
    SIALIP_SET_CUTOFF = 1 << 3,
    SIALIP_SET_MAX_UPLOAD = 1 << 4,
    SIALIP_SET_SESSION = 1 << 5,
    SIALIP_SET_LOGIN_LIMIT = 1 << 6,
    SIALIP_SET_LOOKUP_LIMIT = 1 << 7,
    SIALIP_SET_WINDOW = 1 << 8,
    SIALIP_SET_RECHECK = 1 << 9,
    SIALIP_SET_SWITCH = 1 << 10,
    SIALIP_SET_ADDRESS_LIMIT = 1 << 11,
    SIALIP_SET_BASE_URL = 1 << 12,
    SIALIP_SET_BODY_TIMEOUT = 1 << 13,
    SIALIP_SET_FILING_LIMIT = 1 << 14,
    SIALIP_SET_KLARIFIKASI_JEDA = 1 << 15
};

typedef struct {
    unsigned set;                  /* SIALIP_SET_* */
    sl_settings settings;
    const char *view_dir;
    const char *upload_dir;
    int cutoff_minutes;            /* WIB minutes after midnight */
    apr_size_t max_upload_bytes;   /* one identity document */
    /* How long a kept status page is sent without asking the database,
     * when nothing was written through this server meanwhile
     * (SialipStatusRecheck; sl_pagecache_shared_recent). */
    apr_interval_time_t status_recheck;
    int off;                       /* "Sialip Off" in this (virtual) server */
    /* The open-data catalogue (katalog.c): NULL is the default.  Its base
     * URL is SialipBaseURL (base_url below). */
    struct {
        const char *penerbit;      /* SialipPenerbit */
        const char *walidata;      /* SialipWalidata */
        const char *wilayah;       /* SialipKodeWilayah */
    } katalog;
    /* SialipBaseURL: "https://host[:port]" without a trailing slash, or
     * NULL (then the ServerName); never the request's Host header. */
    const char *base_url;
    /* SialipFilingLimit: anonymous filings per address and per e-mail
     * address within filing_window seconds. */
    int filing_ip_limit, filing_email_limit, filing_window;
    /* SialipKlarifikasiJeda: the notice's clock stops while a request for
     * clarification waits for the applicant (percakapan.c); default off. */
    int klarifikasi_jeda;
} sialip_config;

/* surel.c: the SialipBaseURL directive, and an absolute URL for path on
 * this service for e-mails and feeds: from SialipBaseURL, else from the
 * server's configured name, never from the request's Host header. */
const char *sialip_set_base_url(cmd_parms *cmd, void *dummy, const char *arg);
const char *sialip_absolute_url(sl_ctx *c, const char *path);

/* ajuan_batas.c: SialipFilingLimit; sialip_ajuan_dibatasi counts an
 * anonymous filing and returns 0, or 1 with the message in errors (and
 * Retry-After set) above a limit, or -1 when the database failed;
 * sialip_berkas_buang removes a document this request stored when no row
 * names it. */
const char *sialip_set_filing_limit(cmd_parms *cmd, void *dummy, const char *a1,
                                    const char *a2, const char *a3);
int sialip_ajuan_dibatasi(sl_ctx *c, apr_array_header_t *errors);
void sialip_berkas_buang(sl_ctx *c, const char *sha256);
extern const sl_stmt_def sialip_ajuan_batas_stmts[];

/* The configuration of the request's server. */
const sialip_config *sialip_config_of(request_rec *r);

/* permohonan_ajuan.c: the request form (staff adds channel and time
 * received) and filing it in one transaction; errors may already hold
 * problems the caller found.  Both send the response.  The citizen's form
 * and filing are the handlers sialip_permohonan_baru and _ajukan (routed in
 * permohonan.c). */
int sialip_permohonan_formulir(sl_ctx *c, int status,
                               apr_array_header_t *errors, int staff);
int sialip_permohonan_simpan(sl_ctx *c, const char *kanal, apr_time_t received,
                             apr_array_header_t *errors, int staff);
int sialip_permohonan_baru(sl_ctx *c);
int sialip_permohonan_ajukan(sl_ctx *c);
extern const sl_stmt_def sialip_permohonan_ajuan_stmts[];

/* A request as the citizen's pages read it (the statement
 * permohonan_cari of permohonan.c; its columns are read there only). */
typedef struct {
    const char *nomor, *nama, *rincian, *tujuan, *cara_memperoleh, *cara_salinan,
               *kanal, *diterima_pada, *hari_nol, *status, *jenis_pemohon,
               *alasan_perpanjangan, *id, *hari_jeda,
               *kebutuhan_khusus, *kebutuhan_lainnya,
               *ada_pemberitahuan, *sudah_disurvei,     /* counts, "0" when none */
               *ada_keberatan, *ada_pesan,              /* "0" or "1" */
               /* The conversation's open clarification and reopening
                * (pcp_keadaan's columns), NULL ids when none. */
               *klarifikasi_id, *klarifikasi_diminta, *klarifikasi_jeda,
               *buka_id, *buka_tindak_lanjut;
} sialip_permohonan_baris;

/* permohonan.c: everything reached with a tracking code.  mulai counts
 * the attempt per client address and sends 429/503 (returning 1) above the
 * limit; berhasil gives a matched attempt back; gagal sends the one answer
 * for a wrong number or code.  dengan_kode loads the request {nomor} with
 * ?kode= or sends the response and returns NULL. */
int sialip_lacak_mulai(sl_ctx *c);
void sialip_lacak_berhasil(sl_ctx *c);
int sialip_lacak_gagal(sl_ctx *c);
const sialip_permohonan_baris *sialip_permohonan_dengan_kode(sl_ctx *c, int *response);
/* The status page of req (dengan_kode's row) again, with errors (of
 * sl_field_error) beside the conversation's form and the message kept. */
int sialip_permohonan_tampil_galat(sl_ctx *c, const sialip_permohonan_baris *req,
                                   const apr_array_header_t *errors, int status);


/* keberatan.c and keberatan_baru.c: an objection to register, on a
 * request (permohonan_id) or, for ground b, without one (the identity
 * fields and a new tracking code, kode_baru). */
typedef struct {
    const char *permohonan_id, *permohonan_nomor;
    const char *alasan, *uraian, *kanal;
    apr_time_t diterima;
    const char *kode_cetak;      /* the printed code for the receipt link, or NULL */
    const char *kode_baru;       /* normalized code of one without a request */
    const char *nama, *nik, *nomor_badan_hukum, *alamat, *telepon, *email, *pekerjaan, *informasi, *tujuan;
} sialip_keberatan_baru;
/* Registers it in the caller's transaction (number, row, one row per
 * ground whose unique key (request, ground) refuses a repeat, e-mail,
 * audit); its number, or NULL (*duplicate set when a ground was raised by
 * a filing that committed meanwhile). */
const char *sialip_keberatan_daftar(sl_ctx *c, const sialip_keberatan_baru *k,
                                    int *duplicate);
const char *sialip_keberatan_jendela(sl_ctx *c, const char *due_iso,
                                     const char *notice_utc, sl_day on,
                                     const char **window_text);
const char *sialip_keberatan_alasan_ulang(apr_pool_t *p, const char *raised,
                                          const char *grounds);
void sialip_keberatan_satu_xml(sl_ctx *c, xmlNodePtr parent, const char *keberatan_id,
                               int for_staff);
/* An objection locked for a step (the statement kb_staf of
 * keberatan_putus.c; its columns are read there only). */
typedef struct {
    const char *id, *permohonan_id, *status, *jatuh_tempo, *diputus_pada;
    const char *nomor_permohonan;   /* NULL for ground b (no request) */
    const char *alasan, *diterima_pada;
} sialip_keberatan_kunci;
const sialip_keberatan_kunci *sialip_keberatan_mulai(sl_ctx *c, int *response);
int sialip_keberatan_selesai(sl_ctx *c, const sialip_keberatan_kunci *k);
/* The position the signed-in officer gave at the last decision, or NULL. */
const char *sialip_keberatan_jabatan_terakhir(sl_ctx *c);
/* proses.c: "2026-03-13 10:00" (WIB) as a time; -1 when malformed. */
int sialip_waktu_wib(const char *text, apr_time_t *out);

/* pemberitahuan.c and keberatan.c: a request's notice and objections as
 * XML under parent, with what staff may see when for_staff. */
void sialip_pemberitahuan_xml(sl_ctx *c, xmlNodePtr parent,
                              const char *permohonan_id, int for_staff);
void sialip_keberatan_xml(sl_ctx *c, xmlNodePtr parent,
                          const char *permohonan_id, int for_staff);
/* pemberitahuan_serah.c: a notice's payment, the date by which the
 * information will be provided (late when it passed undelivered) and the
 * real delivery, under the notice's element. */
void sialip_pemberitahuan_lanjut_xml(sl_ctx *c, xmlNodePtr notice,
                                     const char *keputusan, const char *biaya,
                                     const char *cara_pembayaran,
                                     const char *dibayar_utc,
                                     const char *penyediaan,
                                     const char *diserahkan_utc);
/* kotak.c: a refused step posted under /admin/permohonan/{nomor}/ as the
 * request's page (409), the message beside the step's form (galat
 * untuk = the path after the number) and the posted fields kept; one
 * under /admin/keberatan/{nomor}/ likewise on the page its forms are on
 * (untuk = "keberatan/{nomor}/<step>"); -1 when it does not apply or the
 * page cannot be built (nothing sent). */
int sialip_kotak_ditolak(sl_ctx *c, const char *pesan);
/* kotak.c: a step posted under /admin/permohonan/{nomor}/ that asks to be
 * confirmed first (the one-time extension): the request's page (200) with
 * <konfirmasi untuk="step"> and the posted fields kept; any open
 * transaction is rolled back. */
int sialip_kotak_konfirmasi(sl_ctx *c);
/* kotak.c: with aksi, <galat untuk="aksi">pesan</galat> and the posted
 * fields (<isian><nilai nama=...>) under res; nothing when aksi is NULL. */
void sialip_kotak_galat_xml(sl_ctx *c, xmlNodePtr res, const char *aksi,
                            const char *pesan);
/* keberatan_baru.c: an objection without a request, on its own staff page
 * (redirects to the request's page when it has one); with aksi and pesan a
 * refused step as sialip_kotak_ditolak draws it, -1 when the page cannot
 * be built. */
int sialip_keberatan_staf_tampil(sl_ctx *c, const char *nomor, int status,
                                 const char *aksi, const char *pesan);
/* laporan.c: the whole annual report as one document (0, or -1). */
int sialip_laporan_tahunan_doc(sl_ctx *c, int tahun, xmlDocPtr *out);
/* laporan_narasi.c: when the report of tahun was submitted, send its
 * frozen copy (as XML, or as the report page) into *response and return
 * 1; otherwise 0. */
int sialip_laporan_beku_xml(sl_ctx *c, int tahun, int *response);
int sialip_laporan_beku_halaman(sl_ctx *c, int tahun, int *response);
/* pemberitahuan_bagian.c: per-OPD outcomes of a notice: the form's rows,
 * checking (write 0: errors appended) or storing them (write 1; 0 or -1),
 * and the notice's <per_opd>. */
void sialip_bagian_form_xml(sl_ctx *c, xmlNodePtr parent, const char *req_id);
int sialip_bagian_simpan(sl_ctx *c, const char *req_id, apr_array_header_t *errors,
                         int write);
void sialip_bagian_xml(sl_ctx *c, xmlNodePtr notice, const char *req_id);
/* perkara.c: the court case of a dispute, if any, under its element. */
void sialip_perkara_xml(sl_ctx *c, xmlNodePtr sengketa, const char *sengketa_id);

/* katalog.c: the SialipPenerbit, SialipWalidata and
 * SialipKodeWilayah directives (cmd->info names the field). */
const char *sialip_katalog_directive(cmd_parms *cmd, void *dummy, const char *arg);

/* The module's one route table (routes.c), in the order the dispatcher
 * tries it, and each file's prepared statements (listed in mod_sialip.c,
 * registered at startup; those of files with a header of their own are
 * declared there). */
extern const sl_route sialip_routes[];
extern const sl_stmt_def sialip_permohonan_stmts[];  /* permohonan.c */
extern const sl_stmt_def sialip_staf_stmts[];        /* staf.c */
extern const sl_stmt_def sialip_tenggat_stmts[];     /* tenggat.c */
extern const sl_stmt_def sialip_berkas_sengketa_stmts[]; /* berkas_sengketa.c: dossier */
extern const sl_stmt_def sialip_kotak_stmts[];       /* kotak.c: inbox, request page */
extern const sl_stmt_def sialip_proses_stmts[];      /* proses.c: record, route, extend */
extern const sl_stmt_def sialip_pemberitahuan_stmts[]; /* pemberitahuan.c */
extern const sl_stmt_def sialip_pemberitahuan_terbit_stmts[]; /* pemberitahuan_terbit.c */
extern const sl_stmt_def sialip_serah_stmts[]; /* pemberitahuan_serah.c: payment, delivery */
extern const sl_stmt_def sialip_tutup_stmts[];       /* disposisi_tutup.c: silent parts */
extern const sl_stmt_def sialip_bagian_stmts[]; /* pemberitahuan_bagian.c: per-OPD outcomes */
extern const sl_stmt_def sialip_keberatan_stmts[];   /* keberatan.c */
extern const sl_stmt_def sialip_keberatan_putus_stmts[]; /* keberatan_putus.c: decision, dispute */
extern const sl_stmt_def sialip_keberatan_baru_stmts[]; /* keberatan_baru.c: ground b, desk, musyawarah */
extern const sl_stmt_def sialip_perkara_stmts[];     /* perkara.c: court cases */
extern const sl_stmt_def sialip_register_stmts[];    /* register.c: registers, exports */
extern const sl_stmt_def sialip_laporan_stmts[];     /* laporan.c: annual, semester */
extern const sl_stmt_def sialip_narasi_stmts[]; /* laporan_narasi.c: narrative, submission */
extern const sl_stmt_def sialip_statistik_stmts[];   /* statistik.c: public statistics */
extern const sl_stmt_def sialip_dip_atom_stmts[];    /* dip_atom.c: DIP Atom feed */
extern const sl_stmt_def sialip_emonev_stmts[];      /* emonev.c: e-Monev evidence */
extern const sl_stmt_def sialip_katalog_stmts[];     /* katalog.c: DCAT catalogue */
extern const sl_stmt_def sialip_isian_stmts[];       /* admin_isian.c: OPD choices, uploads */
extern const sl_stmt_def sialip_dip_stmts[];         /* dip.c: Daftar Informasi Publik */
extern const sl_stmt_def sialip_dikecualikan_stmts[]; /* dikecualikan.c: exempt list */
extern const sl_stmt_def sialip_admin_pengguna_stmts[]; /* admin_pengguna.c: users and roles */
extern const sl_stmt_def sialip_admin_opd_stmts[];   /* admin_opd.c: OPDs */
extern const sl_stmt_def sialip_admin_libur_stmts[]; /* admin_libur.c: holiday calendar */
extern const sl_stmt_def sialip_admin_tarif_stmts[]; /* admin_tarif.c: tariff */
extern const sl_stmt_def sialip_tarif_stmts[];       /* tarif.c: published tariff */
extern const sl_stmt_def sialip_survei_stmts[];      /* survei.c: satisfaction survey */
extern const sl_stmt_def sialip_percakapan_stmts[]; /* percakapan.c: messages, clarification */
extern const sl_stmt_def sialip_percakapan_staf_stmts[]; /* percakapan_staf.c: officers' side */

/* The route table's handlers, by file (routes.c names them; the admin
 * tables', the DIP form's, the register's and the e-Monev page's are in
 * admin_tabel.h, dip.h, register.h and emonev.h). */
int sialip_layanan(sl_ctx *c);                          /* layanan.c */
int sialip_permohonan_lihat(sl_ctx *c);                 /* permohonan.c */
int sialip_permohonan_lacak(sl_ctx *c);
int sialip_staf_beranda(sl_ctx *c);                     /* staf.c */
int sialip_proses_catat_form(sl_ctx *c);                /* proses.c */
int sialip_proses_catat_simpan(sl_ctx *c);
int sialip_proses_disposisi(sl_ctx *c);
int sialip_proses_alihkan(sl_ctx *c);
int sialip_proses_jawab(sl_ctx *c);
int sialip_proses_perpanjang(sl_ctx *c);
int sialip_berkas_sengketa(sl_ctx *c);                  /* berkas_sengketa.c */
int sialip_kotak_daftar(sl_ctx *c);                     /* kotak.c */
int sialip_kotak_lihat(sl_ctx *c);
int sialip_kotak_identitas(sl_ctx *c);
int sialip_pemberitahuan_terbit_form(sl_ctx *c);        /* pemberitahuan_terbit.c */
int sialip_pemberitahuan_terbit_issue(sl_ctx *c);
int sialip_pemberitahuan_staff_print(sl_ctx *c);        /* pemberitahuan.c */
int sialip_pemberitahuan_staff_document(sl_ctx *c);
int sialip_pemberitahuan_public_print(sl_ctx *c);
int sialip_pemberitahuan_public_document(sl_ctx *c);
int sialip_serah_form(sl_ctx *c);                       /* pemberitahuan_serah.c */
int sialip_serah_record(sl_ctx *c);
int sialip_serah_paid(sl_ctx *c);
int sialip_tutup_form(sl_ctx *c);                       /* disposisi_tutup.c */
int sialip_tutup_close_part(sl_ctx *c);
int sialip_keberatan_baru_public_form(sl_ctx *c);       /* keberatan_baru.c */
int sialip_keberatan_baru_public_file(sl_ctx *c);
int sialip_keberatan_baru_desk_form(sl_ctx *c);
int sialip_keberatan_baru_desk_file(sl_ctx *c);
int sialip_keberatan_staff_view(sl_ctx *c);
int sialip_keberatan_settle(sl_ctx *c);
int sialip_keberatan_public_form(sl_ctx *c);            /* keberatan.c */
int sialip_keberatan_public_file(sl_ctx *c);
int sialip_keberatan_public_receipt(sl_ctx *c);
int sialip_keberatan_staff_list(sl_ctx *c);             /* keberatan_putus.c */
int sialip_keberatan_decide(sl_ctx *c);
int sialip_keberatan_record_reply(sl_ctx *c);
int sialip_keberatan_record_dispute(sl_ctx *c);
int sialip_perkara_record_case(sl_ctx *c);              /* perkara.c */
int sialip_register_halaman(sl_ctx *c);                 /* register.c */
int sialip_laporan_daftar(sl_ctx *c);                   /* laporan.c */
int sialip_laporan_tahunan_halaman(sl_ctx *c);
int sialip_laporan_tahunan_xml(sl_ctx *c);
int sialip_laporan_semester_xml(sl_ctx *c);
int sialip_laporan_semester_halaman(sl_ctx *c);
int sialip_narasi_form(sl_ctx *c);                      /* laporan_narasi.c */
int sialip_narasi_save(sl_ctx *c);
int sialip_statistik_xml(sl_ctx *c);                    /* statistik.c */
int sialip_statistik_halaman(sl_ctx *c);
int sialip_dip_atom(sl_ctx *c);                         /* dip_atom.c */
int sialip_katalog_kirim_jsonld(sl_ctx *c);             /* katalog.c */
int sialip_katalog_kirim_rdf(sl_ctx *c);
int sialip_katalog_skema(sl_ctx *c);
int sialip_emonev_kini(sl_ctx *c);                      /* emonev.c */
int sialip_kepatuhan_publik(sl_ctx *c);                 /* kepatuhan.c */
int sialip_kepatuhan_staf(sl_ctx *c);
int sialip_dip_semua_xml(sl_ctx *c);                    /* dip_lengkap.c */
int sialip_dip_satu(sl_ctx *c);                         /* dip_cari.c */
int sialip_dip_publik(sl_ctx *c);                       /* dip.c */
int sialip_dip_berkas_publik(sl_ctx *c);
int sialip_dip_kelola(sl_ctx *c);                       /* dip_kelola.c */
int sialip_dip_baru(sl_ctx *c);
int sialip_dip_lihat(sl_ctx *c);
int sialip_dip_berkas_staf(sl_ctx *c);
int sialip_dip_ajukan(sl_ctx *c);                       /* dip_tinjau.c */
int sialip_dip_tarik(sl_ctx *c);
int sialip_dip_terbitkan(sl_ctx *c);
int sialip_dip_tolak(sl_ctx *c);
int sialip_dikecualikan_publik(sl_ctx *c);              /* dikecualikan.c */
int sialip_dikecualikan_kelola(sl_ctx *c);
int sialip_dikecualikan_baru(sl_ctx *c);
int sialip_dikecualikan_buat(sl_ctx *c);
int sialip_dikecualikan_lihat(sl_ctx *c);
int sialip_dikecualikan_ubah(sl_ctx *c);
int sialip_tarif_publik(sl_ctx *c);                     /* tarif.c */
int sialip_aksesibilitas(sl_ctx *c);                    /* aksesibilitas.c */
int sialip_survei_results(sl_ctx *c);                   /* survei.c */
int sialip_survei_citizen_form(sl_ctx *c);
int sialip_survei_citizen_answer(sl_ctx *c);
int sialip_survei_desk_form(sl_ctx *c);
int sialip_survei_desk_enter(sl_ctx *c);
int sialip_percakapan_citizen_send(sl_ctx *c);          /* percakapan.c */
int sialip_percakapan_citizen_attachment(sl_ctx *c);
int sialip_percakapan_officer_send(sl_ctx *c);          /* percakapan_staf.c */
int sialip_percakapan_reopen(sl_ctx *c);
int sialip_percakapan_close_again(sl_ctx *c);
int sialip_percakapan_officer_attachment(sl_ctx *c);
int sialip_arsip_daftar(sl_ctx *c);                     /* arsip.c */
int sialip_arsip_satu(sl_ctx *c);
int sialip_arsip_dokumen(sl_ctx *c);
int sialip_arsip_kelola_daftar(sl_ctx *c);              /* arsip_kelola.c */
int sialip_arsip_kelola_lihat(sl_ctx *c);
int sialip_arsip_kelola_terbitkan(sl_ctx *c);
int sialip_arsip_kelola_tahan(sl_ctx *c);
int sialip_cari_dulu(sl_ctx *c);                        /* arsip_cari_dulu.c */
int sialip_cari_dulu_skrip(sl_ctx *c);

/* survei.c: the status page's offer of the survey (<survei keadaan="buka"
 * or "selesai" href=...>) once the request has its written notice, from
 * the request's counts of notices and answered surveys (read with the
 * request by permohonan_cari: no statement of its own). */
void sialip_survei_xml_keadaan(sl_ctx *c, xmlNodePtr parent, const char *nomor,
                               const char *ada_pemberitahuan, const char *sudah_diisi);

#endif
