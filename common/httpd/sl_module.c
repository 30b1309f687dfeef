#include "sl_module.h"

module *sl_module_self;
const char *sl_module_name = "sialip-belum";

void sl_module_init(module *self, const char *name)
{
    sl_module_self = self;
    sl_module_name = name;
}
