/* The number that starts every error-log line of the modules, as httpd's
 * APLOGNO does: SL_LOGNO(00042) "text" logs "SL00042: text".  An admin
 * searches for the number; a developer finds the line whatever its text.
 * scripts/lognum.py gives new calls the next free numbers and checks that
 * none is missing or used twice (make test); a number is never reused. */
#ifndef SL_LOGNO_H
#define SL_LOGNO_H

#define SL_LOGNO(n) "SL" #n ": "

#endif
