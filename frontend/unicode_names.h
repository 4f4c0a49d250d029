// unicode_names.h: character names for the \N{NAME} escape (unicode_names.c).
#ifndef KRAIT_FRONTEND_UNICODE_NAMES_H
#define KRAIT_FRONTEND_UNICODE_NAMES_H

#include <stddef.h>
#include <stdint.h>

// The code point named by name[0:n] (any case, as CPython's \N{...}) into *out: 1 if the name
// is known, else 0. Names outside the built-in table are not known (see unicode_names.c).
int fe_unicode_lookup(const char *name, size_t n, uint32_t *out);

#endif
