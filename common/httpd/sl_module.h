/* common/ is compiled into each module; SL_MODULE (set by the Makefile:
 * sialip or inovasi) names the module whose log index and configuration
 * the shared code uses. */
#ifndef SL_MODULE_H
#define SL_MODULE_H

#include <http_config.h>

#ifndef SL_MODULE
#error "SL_MODULE must name the module (sialip or inovasi)"
#endif

/* One level of indirection so SL_MODULE is expanded before APLOG_USE_MODULE
 * pastes it into sialip_module. */
#define SL_USE_MODULE(name) APLOG_USE_MODULE(name)
SL_USE_MODULE(SL_MODULE);

/* The module record is the only symbol a module exports. */
#define SL_EXPORT __attribute__((visibility("default")))

#endif
