/* The e-Monev evidence pack: the page (emonev.c) and its archive
 * (emonev_arsip.c). */
#ifndef SIALIP_EMONEV_H
#define SIALIP_EMONEV_H

#include "sl_request.h"

/* The page of the year in the route's {tahun}, as HTML or XML. */
int sialip_emonev(sl_ctx *c);
/* Every document the page lists, and the page itself, in one ZIP. */
int sialip_emonev_arsip(sl_ctx *c);

#endif
