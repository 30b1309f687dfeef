/* The whole Daftar Informasi Publik in one document, for harvesters
 * (dip_lengkap.c). */
#ifndef SIALIP_DIP_LENGKAP_H
#define SIALIP_DIP_LENGKAP_H

#include "sl_request.h"

extern const sl_stmt_def sialip_dip_lengkap_stmts[];

#endif
