/* mod_sialip's user text, part: the list of public information (DIP), its
 * documents, the exempted list, the catalogue and the archive (included by
 * sialip_messages.h; include that one). */
#ifndef SIALIP_MESSAGES_DIP_H
#define SIALIP_MESSAGES_DIP_H

#endif
