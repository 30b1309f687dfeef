/* The written notice's form filled from what is known, and the printed
 * letter's parts (pemberitahuan_isi.c, issue 17). */
#ifndef SIALIP_PEMBERITAHUAN_ISI_H
#define SIALIP_PEMBERITAHUAN_ISI_H

#include "sl_request.h"

/* Who signs the notice and where. */
typedef struct {
    const char *nama;
    const char *nip;       /* 18 digits; NULL when not known */
    const char *jabatan;
    const char *tempat;
} sialip_penanda;

/* The form's first values (no retyping): the information given from the
 * OPDs' answers, the format and delivery from what the citizen asked, the
 * signatory from the officer's last notice (or the account), "Serang".
 * name -> value. */
apr_table_t *sialip_pt_isian_awal(sl_ctx *c, const char *req_id,
                                  const char *cara_memperoleh, const char *cara_salinan);

/* <jawaban_opd opd="..">answer</jawaban_opd> for each answered part. */
void sialip_pt_jawaban_xml(sl_ctx *c, xmlNodePtr parent, const char *req_id);

/* The signatory posted with the notice, checked (errors beside the
 * fields); a POST without the fields (a script) keeps none (out->nama
 * NULL): the letter then names the issuing officer under the account's
 * current name.  Returns 0, -1 when the database failed. */
int sialip_pt_penanda_baca(sl_ctx *c, const char *req_id, apr_array_header_t *errors,
                           sialip_penanda *out);
/* Keeps it on the issued notice (inside the issuing transaction). */
void sialip_pt_penanda_simpan(sl_ctx *c, const char *notice_id, const sialip_penanda *t);

/* Under the notice's element: the place and date line, the addressee, the
 * signatory, and the last day to object (30 working days after the
 * notice, UU 14/2008 Pasal 36(1), on the current calendar). */
typedef struct {
    const char *diterbitkan_pada, *penandatangan_nama, *penandatangan_nip,
               *penandatangan_jabatan, *tempat, *penerbit;
    const char *nama, *alamat;          /* the applicant's */
} sialip_pt_surat;
void sialip_pt_surat_xml(sl_ctx *c, xmlNodePtr notice, const sialip_pt_surat *s);

extern const sl_stmt_def sialip_pemberitahuan_isi_stmts[];

#endif
