/* mod_sialip's user text, part: requests and their processing, notices,
 * objections, disputes, the conversation and uploads (included by
 * sialip_messages.h; include that one). */
#ifndef SIALIP_MESSAGES_PERMOHONAN_H
#define SIALIP_MESSAGES_PERMOHONAN_H

#endif
