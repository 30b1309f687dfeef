/* Field validators shared by every form (pure C, no httpd). Each returns
 * 1 when the value is acceptable, 0 otherwise. */
#ifndef SL_VALIDATE_H
#define SL_VALIDATE_H

#include <stddef.h>

/* Well-formed UTF-8: no overlong forms, no surrogates, nothing above
 * U+10FFFF. */
int sl_utf8_valid(const char *text, size_t len);
/* Valid UTF-8 and free of control characters other than tab, CR and LF
 * (they cannot be carried in XML 1.0 and have no place in a form). */
int sl_text_acceptable(const char *text, size_t len);
/* Number of code points in valid UTF-8 text. */
size_t sl_utf8_length(const char *text, size_t len);
/* NIK: exactly 16 ASCII digits. */
int sl_valid_nik(const char *text);
/* A practical e-mail check: one @, a non-empty local part of allowed
 * characters, a domain with a dot, no spaces; at most 254 bytes. */
int sl_valid_email(const char *text);
/* Indonesian phone number: optional leading +, digits with optional spaces,
 * dashes or dots, 8 to 15 digits in all. */
int sl_valid_phone(const char *text);
/* True when text has something other than white space. */
int sl_not_blank(const char *text);

#endif
