/* The whole Daftar Informasi Publik in one document, for harvesters
 * (dip_lengkap.c), and the entry element it shares with the paged list
 * (dip.c). */
#ifndef SIALIP_DIP_LENGKAP_H
#define SIALIP_DIP_LENGKAP_H

#include "sl_request.h"

/* <entri> of row i of a result with dip_publik's columns. */
void sialip_dip_entri_xml(sl_ctx *c, xmlNodePtr parent, const sl_rows *rows, int i);

extern const sl_feature sialip_dip_lengkap_feature;

#endif
