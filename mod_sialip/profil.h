/* profil.c: the requester's profile for statistics and the special needs
 * of a request (issue 18, items 5-6). */
#ifndef SIALIP_PROFIL_H
#define SIALIP_PROFIL_H

#include "profil_rules.h"
#include "sialip.h"

extern const sl_stmt_def sialip_profil_stmts[];

/* Reads the profile and needs fields of the posted request form. */
void sialip_profil_baca(sl_ctx *c, sl_profil_input *in);
/* The values the filing stores with the request (permohonan_ajuan.c), in
 * the order of its columns pekerjaan_kode, jenis_kelamin, kecamatan_kode,
 * kebutuhan_khusus, kebutuhan_lainnya: NULL for what was left empty. */
void sialip_profil_kolom(sl_ctx *c, const sl_profil_input *in, const char *kolom[5]);
/* The form's values and choices for these fields. */
void sialip_profil_formulir(sl_ctx *c, xmlNodePtr resource, xmlNodePtr values);
/* <profil_pemohon>: requests of tahun received in [dari, sampai) (UTC; NULL
 * for the whole year) counted by occupation, gender and kecamatan, one
 * dimension at a time.  0, or -1 when the database failed. */
int sialip_profil_statistik_xml(sl_ctx *c, xmlNodePtr parent, const char *tahun,
                                const char *dari, const char *sampai);
/* <kebutuhan_khusus teks="..."> with a <butir> per need, when the request
 * has any.  For staff pages and the applicant's own status page only. */
void sialip_kebutuhan_xml(sl_ctx *c, xmlNodePtr parent, const char *permohonan_id);
/* The same, and <profil> with the labels of the coded occupation, gender
 * and kecamatan given: the officers' request page. */
void sialip_profil_staf_xml(sl_ctx *c, xmlNodePtr parent, const char *permohonan_id);
void sialip_kebutuhan_xml_nilai(sl_ctx *c, xmlNodePtr parent, const char *set,
                                const char *lainnya);

#endif
