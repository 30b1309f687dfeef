/* mod_sialip's user text, part: reports, the register, statistics,
 * compliance and the survey (included by sialip_messages.h; include that
 * one). */
#ifndef SIALIP_MESSAGES_LAPORAN_H
#define SIALIP_MESSAGES_LAPORAN_H

#endif
