// builtins.h: the builtins module (builtins*.c), the sys module (sys.c, sys_io.c) and the
// import system (import.c) as the rest of the VM and the `krait` command use them.
// vm_builtins_module itself is declared in vm.h.
#ifndef KRAIT_VM_BUILTINS_H
#define KRAIT_VM_BUILTINS_H

#include <stdio.h>
#include "runtime/runtime.h"
#include "runtime/objects/descr.h"

// ---- builtins ---------------------------------------------------------------------------------

// isinstance(obj, cls) / issubclass(derived, cls) with tuples, __instancecheck__ and
// __subclasscheck__: 1, 0, or -1 with an exception set.
int PyObject_IsInstance(PyObject *obj, PyObject *cls);
int PyObject_IsSubclass(PyObject *derived, PyObject *cls);

// The zip, map, filter and callable_iterator types (builtins_iter.c).
extern PyTypeObject PyZip_Type;
extern PyTypeObject PyMap_Type;
extern PyTypeObject PyFilter_Type;
extern PyTypeObject PyCallIter_Type;

// What anext(aiterator, default) returns (builtins_async.c).
extern PyTypeObject VmAnextAwaitable_Type;

// iter(callable, sentinel): a new callable_iterator, or NULL.
PyObject *PyCallIter_New(PyObject *callable, PyObject *sentinel);

// Release the builtins and sys modules and the import system's state (sys.modules) at exit,
// before vm_fini, so that leak checkers see a clean exit.
void vm_builtins_fini(void);

// ---- files (sys_io.c) ---------------------------------------------------------------------------

// The text file type of sys.stdin, sys.stdout and sys.stderr ("_io.TextIOWrapper"): UTF-8
// text over a C FILE, buffered as CPython buffers its standard streams.
extern PyTypeObject VmTextIO_Type;

// A new text file over fp named `name` ("<stdout>") with mode "r" or "w"; errors is the
// encoder/decoder error handler ("strict", "backslashreplace"). closefd: fclose at the end.
PyObject *vm_textio_new(FILE *fp, const char *name, const char *mode, const char *errors,
                        int closefd);

// open(file, mode) for a text file: file a str path, mode one of "r", "w", "a", "x" with an
// optional "+". A new file object (repr encoding 'UTF-8', as CPython's locale default), or NULL
// with the OSError subclass errno selects (FileNotFoundError ...), its filename set.
PyObject *vm_textio_open(PyObject *file, const char *mode);

// file.write(s) for any file object (a fast path for VmTextIO): 0 or -1.
int vm_file_write_string(PyObject *file, PyObject *s);

// file.flush() if the file has it: 0 or -1.
int vm_file_flush(PyObject *file);

// One line from file (readline() without its trailing newline, as input() wants it); NULL
// with EOFError "EOF when reading a line" at the end of input, or another error.
PyObject *vm_file_input_line(PyObject *file);

// ---- sys (sys.c) --------------------------------------------------------------------------------

// The sys module (borrowed), created on first use with argv [''] and path [''].
PyObject *vm_sys_module(void);

// sys.name (borrowed, NULL with no error when unset).
PyObject *vm_sys_get(const char *name);

// Set sys.argv to the n C strings of argv (decoded as UTF-8 with surrogateescape) and put
// path0 (the script's directory, "" for the current one) first on sys.path. 0 or -1.
int vm_sys_set_argv(int argc, char *const *argv, const char *path0);

// Flush sys.stdout and sys.stderr, ignoring errors (at exit and before tracebacks).
void vm_sys_flush_std(void);

// -X showrefcount: print "[N refs, M blocks]" to stderr as CPython's debug builds do at exit:
// N sums the reference counts of the objects the collector tracks (Krait keeps no global
// reference total), M counts the allocator's live blocks.
void vm_sys_show_refcount(void);

// Apply -X int_max_str_digits (xoption: the text after the key, "=N", or NULL when not given)
// or else, if use_environment, PYTHONINTMAXSTRDIGITS, before the runtime starts. 0, or -1
// after printing CPython's fatal error for an invalid limit (the caller exits with status 1).
int vm_sys_init_int_max_str_digits(const char *xoption, int use_environment);

// ---- imports (import.c) -------------------------------------------------------------------------

// sys.modules (borrowed): the dict of imported modules, created on first use.
PyObject *vm_import_modules(void);

// One built-in module: its name and the function that creates it.
typedef struct {
    const char *name;
    PyObject *(*init)(void);
} VmBuiltinModule;

// Give the import system its table of built-in modules (terminated by a NULL name; must
// outlive the VM). sys and builtins are always built in.
void vm_import_set_builtin_modules(const VmBuiltinModule *table);

// __import__(name, globals, locals, fromlist, level) as importlib does it: built-in
// modules, then `name`.py and packages (`name`/__init__.py) on sys.path, cached in
// sys.modules; relative imports resolved against globals' __package__/__name__. Returns the
// top-level package (or the module itself when fromlist is non-empty); NULL with
// ModuleNotFoundError "No module named 'x'" or the module's own error.
PyObject *vm_import_module_level(PyObject *name, PyObject *globals, PyObject *fromlist,
                                 int level);

// import name (absolute, dotted names allowed): the module itself. New reference or NULL.
PyObject *vm_import(const char *name);

// The path of `name`.py in the first sys.path directory that has it (for -m): a new str, or
// NULL (no error set) when there is none.
PyObject *vm_import_find_source(const char *name);

// Run the file at `path` as the module `name` (usually "__main__"): a new module in
// sys.modules with __file__ = path, executed with its code compiled from the file. Returns
// the module (new reference), or NULL with the error (OSError when the file cannot be read,
// SyntaxError ...).
PyObject *vm_import_run_main(const char *path, const char *name);

// Run n bytes of UTF-8 source as the module `name` with filename `filename` (for -c and
// stdin): NULL with the error, else the module.
PyObject *vm_import_run_source(const char *src, Py_ssize_t n, const char *filename,
                               const char *name);

#endif
