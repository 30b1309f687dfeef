/* The per-OPD compliance scorecard (kepatuhan.c). */
#ifndef SIALIP_KEPATUHAN_H
#define SIALIP_KEPATUHAN_H

#include "sl_request.h"

extern const sl_stmt_def sialip_kepatuhan_stmts[];

#endif
