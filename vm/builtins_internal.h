// builtins_internal.h: what the files of the builtins module share and nothing else includes:
// the functions builtins.c lists in the module table but other files define, and the
// shutdown hooks of sys and the import system.
#ifndef KRAIT_VM_BUILTINS_INTERNAL_H
#define KRAIT_VM_BUILTINS_INTERNAL_H

#include "runtime/runtime.h"

// builtins_num.c
PyObject *vm_builtin_divmod(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *vm_builtin_max(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames);
PyObject *vm_builtin_min(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames);
PyObject *vm_builtin_pow(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames);
PyObject *vm_builtin_round(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                           PyObject *kwnames);
PyObject *vm_builtin_sorted(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                            PyObject *kwnames);
PyObject *vm_builtin_sum(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames);

// builtins_async.c
PyObject *vm_builtin_aiter(PyObject *self, PyObject *o);
PyObject *vm_builtin_anext(PyObject *self, PyObject *const *args, Py_ssize_t nargs);

// builtins_io.c
PyObject *vm_builtin_print(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                           PyObject *kwnames);
PyObject *vm_builtin_input(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *vm_builtin_open(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                          PyObject *kwnames);

// builtins_exec.c
PyObject *vm_builtin___build_class__(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                     PyObject *kwnames);
PyObject *vm_builtin___import__(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                PyObject *kwnames);
PyObject *vm_builtin_compile(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames);
PyObject *vm_builtin_exec(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                          PyObject *kwnames);
PyObject *vm_builtin_eval(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *vm_builtin_globals(PyObject *self, PyObject *unused);
PyObject *vm_builtin_locals(PyObject *self, PyObject *unused);
PyObject *vm_builtin_vars(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *vm_builtin_dir(PyObject *self, PyObject *const *args, Py_ssize_t nargs);

// Release sys (sys.c) and sys.modules with the import system's state (import.c) at exit.
void vm_sys_fini(void);
void vm_import_fini(void);

// True once vm_import_fini has begun emptying sys.modules.
int vm_import_finalizing(void);

// Put the builtins namespace back as it was made (at exit, before destructors run, as
// CPython's finalize_restore_builtins).
void vm_builtins_restore(void);

// sys.unraisablehook and sys.__unraisablehook__ (sys_unraisable.c).
extern PyMethodDef vm_sys_unraisablehook_def;

// Send the runtime's unraisable exceptions (PyErr_WriteUnraisable) to sys.unraisablehook.
void vm_sys_unraisable_init(void);

#endif
