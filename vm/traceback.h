// traceback.h: traceback objects (traceback.c) and printing uncaught exceptions the way
// CPython 3.11 does (traceback_print.c: source lines, ^^^ carets, repeated lines, chained
// exceptions, SyntaxError's own format, "Did you mean" suggestions in suggest.c).
#ifndef KRAIT_VM_TRACEBACK_H
#define KRAIT_VM_TRACEBACK_H

#include <limits.h>
#include <stdio.h>
#include "vm/frameobject.h"

// One entry: the frame, the instruction (bytes, as CPython's tb_lasti) and its line.
typedef struct PyTracebackObject {
    PyObject_HEAD struct PyTracebackObject
        *tb_next; // the entry of the frame this one called, or NULL
    PyFrameObject *tb_frame;
    int tb_lasti;
    int tb_lineno; // VM_TB_LINENO_UNKNOWN until vm_traceback_lineno computes it
} PyTracebackObject;

// An entry's line before anyone asked for it: decoding the location table is most of the cost
// of raising through frames, and the entries of most caught exceptions are never read.
#define VM_TB_LINENO_UNKNOWN INT_MIN

extern PyTypeObject PyTraceBack_Type; // traceback

#define PyTraceBack_Check(o) Py_IS_TYPE(o, &PyTraceBack_Type)

// A new entry (tb_next may be NULL; lineno may be VM_TB_LINENO_UNKNOWN). New reference or
// NULL.
PyObject *vm_traceback_new(PyObject *tb_next, PyFrameObject *frame, int lasti, int lineno);

// The entry's line (computed from its frame's code and tb_lasti on first use).
int vm_traceback_lineno(PyTracebackObject *tb);

// The pending exception leaves (or passes through) frame f: prepend an entry for f's current
// instruction to its __traceback__ (CPython's PyTraceBack_Here). On failure the entry is
// just missing.
void vm_traceback_here(Frame *f);

// Print exc as the default sys.excepthook does (traceback_print.c).
void vm_traceback_print_exception(PyObject *exc, FILE *out);

// Print an unraisable exception as sys.__unraisablehook__ does: the traceback, then
// "Type: value", with neither chained exceptions nor suggestions (traceback_print.c).
void vm_traceback_print_unraisable(FILE *out, PyObject *type, PyObject *value, PyObject *tb);

// The "Did you mean: 'x'?" candidate for a NameError or AttributeError (suggest.c): a new
// str, or NULL (no error set) when there is none.
PyObject *vm_suggest(PyObject *exc);

#endif
