// code_attrs.c: what Python code sees of a code object: the co_* fields, the tuples of
// local/cell/free variable names, co_code as bytes, and the co_lines()/co_positions()
// iterators. The type, its tables and its construction are in code.c.
#include <stddef.h>
#include "runtime/runtime.h"
#include "runtime/objects/code.h"
#include "runtime/objects/descr.h"
#include "vm/opcode.h"

#define CODE_FIELD(name, type)                                                                     \
    {                                                                                              \
#name, type, offsetof(PyCodeObject, name), READONLY, NULL                                  \
    }

PyMemberDef rt_code_members[] = {
    CODE_FIELD(co_argcount, T_INT),
    CODE_FIELD(co_posonlyargcount, T_INT),
    CODE_FIELD(co_kwonlyargcount, T_INT),
    CODE_FIELD(co_stacksize, T_INT),
    CODE_FIELD(co_flags, T_INT),
    CODE_FIELD(co_nlocals, T_INT),
    CODE_FIELD(co_firstlineno, T_INT),
    CODE_FIELD(co_consts, T_OBJECT),
    CODE_FIELD(co_names, T_OBJECT),
    CODE_FIELD(co_filename, T_OBJECT),
    CODE_FIELD(co_name, T_OBJECT),
    CODE_FIELD(co_qualname, T_OBJECT),
    CODE_FIELD(co_linetable, T_OBJECT),
    CODE_FIELD(co_exceptiontable, T_OBJECT),
    {NULL},
};

static PyObject *
code_varnames(PyObject *co, void *kind)
{
    return rt_code_names_of_kind((PyCodeObject *)co, (int)(intptr_t)kind);
}

void
rt_code_unquickened(PyCodeObject *co, PyCodeUnit *out)
{
    // The opcode table is header-only data (the frontend reads it too); it alone knows which
    // opcodes are specialized forms and how many cache entries follow each instruction.
    for (Py_ssize_t i = 0, n = Py_SIZE(co); i < n;) {
        PyCodeUnit u = co->co_code[i];
        int op = vm_opcode_deopt(rt_code_unit_op(u));
        out[i++] = (PyCodeUnit)((u & 0xFF00) | op);
        for (int c = vm_opcode_caches(op); c > 0 && i < n; c--)
            out[i++] = 0;
    }
}

// The code units as bytes (little-endian: opcode, then argument), as the compiler made them:
// the interpreter's specializations do not show, as in CPython.
static PyObject *
code_code(PyObject *o, void *closure)
{
    PyCodeObject *co = (PyCodeObject *)o;
    PyCodeUnit *units = PyMem_Malloc((size_t)Py_SIZE(co) * sizeof(PyCodeUnit) + 1);
    if (units == NULL)
        return PyErr_NoMemory();
    rt_code_unquickened(co, units);
    PyObject *b = PyBytes_FromStringAndSize(NULL, Py_SIZE(co) * 2);
    if (b != NULL) {
        unsigned char *p = (unsigned char *)PyBytes_AS_STRING(b);
        for (Py_ssize_t i = 0; i < Py_SIZE(co); i++) {
            p[2 * i] = (unsigned char)rt_code_unit_op(units[i]);
            p[2 * i + 1] = (unsigned char)rt_code_unit_arg(units[i]);
        }
    }
    PyMem_Free(units);
    return b;
}

// The code units as the specializing interpreter has rewritten them (CPython's
// _co_code_adaptive): specialized opcodes and what the inline caches hold.
static PyObject *
code_code_adaptive(PyObject *o, void *closure)
{
    PyCodeObject *co = (PyCodeObject *)o;
    PyObject *b = PyBytes_FromStringAndSize(NULL, Py_SIZE(co) * 2);
    if (b == NULL)
        return NULL;
    unsigned char *p = (unsigned char *)PyBytes_AS_STRING(b);
    for (Py_ssize_t i = 0; i < Py_SIZE(co); i++) {
        p[2 * i] = (unsigned char)rt_code_unit_op(co->co_code[i]);
        p[2 * i + 1] = (unsigned char)rt_code_unit_arg(co->co_code[i]);
    }
    return b;
}

PyGetSetDef rt_code_getsets[] = {
    {"co_varnames", code_varnames, NULL, NULL, (void *)(intptr_t)CO_FAST_LOCAL},
    {"co_cellvars", code_varnames, NULL, NULL, (void *)(intptr_t)CO_FAST_CELL},
    {"co_freevars", code_varnames, NULL, NULL, (void *)(intptr_t)CO_FAST_FREE},
    {"co_code", code_code, NULL, NULL, NULL},
    {"_co_code_adaptive", code_code_adaptive, NULL, NULL, NULL},
    {NULL},
};

static PyObject *
iter_steal(PyObject *list)
{
    if (list == NULL)
        return NULL;
    PyObject *it = PyObject_GetIter(list);
    Py_DECREF(list);
    return it;
}

static PyObject *
code_lines(PyObject *co, PyObject *unused)
{
    return iter_steal(rt_code_lines((PyCodeObject *)co));
}

static PyObject *
int_or_none(int v)
{
    return v < 0 ? Py_NewRef(Py_None) : PyLong_FromLong(v);
}

// One (line, end_line, col, end_col) tuple per code unit, None for what is unknown.
static PyObject *
code_positions(PyObject *o, PyObject *unused)
{
    PyCodeObject *co = (PyCodeObject *)o;
    Py_ssize_t n = Py_SIZE(co);
    RtCodeLocation *locs = PyMem_Malloc((size_t)(n + 1) * sizeof(RtCodeLocation));
    PyObject *list = locs ? PyList_New(n) : NULL;
    if (list == NULL) {
        PyMem_Free(locs);
        return locs ? NULL : PyErr_NoMemory();
    }
    rt_code_locations(co, locs);
    for (Py_ssize_t i = 0; i < n; i++) {
        RtCodeLocation l = locs[i];
        PyObject *t = PyTuple_New(4);
        if (t == NULL) {
            Py_DECREF(list);
            PyMem_Free(locs);
            return NULL;
        }
        // No line means no position at all.
        int v[4] = {l.line, l.line < 0 ? -1 : l.end_line, l.line < 0 ? -1 : l.col,
                    l.line < 0 ? -1 : l.end_col};
        for (int k = 0; k < 4; k++)
            PyTuple_SET_ITEM(t, k, int_or_none(v[k]));
        PyList_SET_ITEM(list, i, t);
    }
    PyMem_Free(locs);
    return iter_steal(list);
}

PyMethodDef rt_code_methods[] = {
    {"co_lines", code_lines, METH_NOARGS, NULL},
    {"co_positions", code_positions, METH_NOARGS, NULL},
    {NULL},
};
