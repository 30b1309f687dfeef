/* Which module this code belongs to, known at run time.
 *
 * common/ and common/httpd/ are static libraries linked into each module
 * (Makefile) with hidden visibility, so each module's shared object has its
 * own copy of every global here, and sl_module_self names that module once
 * its register_hooks has called sl_module_init.  Log calls read the log
 * index through it, so "LogLevel sialip:debug" applies to the shared code
 * of mod_sialip and to nothing of mod_inovasi. */
#ifndef SL_MODULE_H
#define SL_MODULE_H

#include <httpd.h>
#include <http_config.h>
#include <http_log.h>

#define SL_HIDDEN __attribute__((visibility("hidden")))
/* The module record is the only symbol a module exports. */
#define SL_EXPORT __attribute__((visibility("default")))

/* This shared object's module record and short name ("sialip",
 * "inovasi"); NULL and "sialip-belum" before sl_module_init. */
extern SL_HIDDEN module *sl_module_self;
extern SL_HIDDEN const char *sl_module_name;

/* First thing in a module's register_hooks (httpd has set its log index by
 * then; directives and every other hook run later).  name is a literal. */
void sl_module_init(module *self, const char *name);

/* http_log.h reads the index of the module named by APLOG_USE_MODULE,
 * fixed at compile time; the shared code reads this object's instead. */
#undef APLOG_MODULE_INDEX
#define APLOG_MODULE_INDEX \
    (sl_module_self ? sl_module_self->module_index : APLOG_NO_MODULE)

#endif
