// dis.h: the disassembler (dis.c) behind `krait --dis`, in the layout of CPython 3.11's
// dis.dis(): line numbers, offsets, jump-target markers, opcode names, arguments and their
// meanings, the exception table, then every nested code object.
#ifndef KRAIT_VM_DIS_H
#define KRAIT_VM_DIS_H

#include <stdio.h>
#include "runtime/runtime.h"
#include "runtime/objects/code.h"

// Print co and, recursively, the code objects in its constants, exactly as CPython 3.11's
// dis.dis(co) prints them (inline caches hidden). Returns 0, or -1 with an exception set
// (a failing repr of a constant, or MemoryError).
int vm_dis_print(PyCodeObject *co, FILE *out);

// As vm_dis_print, but showing the specialized forms the interpreter has written so far
// (CPython's dis.dis(co, adaptive=True)): `krait --dis-adaptive` after running a program.
int vm_dis_print_adaptive(PyCodeObject *co, FILE *out);

// The argument description dis shows in parentheses for the instruction at code unit
// `index` of co whose full argument (EXTENDED_ARG bits included) is arg: "NULL + print",
// "to 24", "+", "repr, with format" ... A new str ('' when there is none), or NULL.
PyObject *vm_dis_argrepr(PyCodeObject *co, Py_ssize_t index, int op, int arg);

#endif
