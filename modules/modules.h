// modules.h: the modules layer's one public header: the initialization functions of the
// built-in modules written in C (CPython's PyInit_<name> convention). The table that maps
// names to them is the import system's (vm/main.c hands it to vm/import.c).
#ifndef KRAIT_MODULES_H
#define KRAIT_MODULES_H

#include "runtime/runtime.h"

// A new `math` module object (math.c, math_float.c, math_integer.c), or NULL.
PyObject *PyInit_math(void);

// A new `_weakref` module object (weakrefmodule.c), or NULL.
PyObject *PyInit__weakref(void);

// A new `gc` module object (gcmodule.c), or NULL.
PyObject *PyInit_gc(void);

// A new `time` module object (time.c), or NULL.
PyObject *PyInit_time(void);

// A new `atexit` module object (atexitmodule.c), or NULL.
PyObject *PyInit_atexit(void);

// Run the functions registered with atexit, last first, and forget them: at exit, before
// modules are torn down (atexitmodule.c).
void mod_atexit_call(void);

#endif
