// memoryview_internal.h: what memoryview.c, memoryview_ops.c and memoryview_format.c share.
#ifndef KRAIT_RUNTIME_MEMORYVIEW_INTERNAL_H
#define KRAIT_RUNTIME_MEMORYVIEW_INTERNAL_H

#include "runtime/runtime.h"

#define MV(o) ((PyMemoryViewObject *)(o))

// True if mv, or the memory under it, has been released.
static inline int
rt_memoryview_released(PyObject *mv)
{
    return (MV(mv)->flags & RT_MV_RELEASED) || (MV(mv)->mbuf->flags & RT_MBUF_RELEASED);
}

// 0, or -1 with ValueError "operation forbidden on released memoryview object".
int rt_memoryview_check_released(PyObject *mv);

// ---- formats (memoryview_format.c) -------------------------------------------------------------

// The item size of a native single-character struct format, optionally prefixed by '@'
// ("B", "@d", ...), with its character in *code; -1 for anything else.
Py_ssize_t rt_memoryview_format_size(const char *fmt, char *code);

// A static copy of such a format string (views keep pointers to their format).
const char *rt_memoryview_format_static(const char *fmt);

// The character of the view's format for item access (a NULL format means 'B'), or 0 with
// NotImplementedError "memoryview: unsupported format F".
char rt_memoryview_item_code(const Py_buffer *view);

// The item at p as a Python object (int, float, bool or a one-byte bytes). New reference.
PyObject *rt_memoryview_unpack(const char *p, char code);

// Store v at p as format code. 0, or -1 with TypeError "memoryview: invalid type for format
// 'F'" or ValueError "memoryview: invalid value for format 'F'" (F is fmt).
int rt_memoryview_pack(char *p, char code, PyObject *v, const char *fmt);

// True if the items at p and q (formats pc, qc) are equal: 1, 0, or -1 on error. NaNs differ.
int rt_memoryview_items_equal(const char *p, char pc, const char *q, char qc);

// ---- views (memoryview.c) ----------------------------------------------------------------------

// A new memoryview registered on mbuf, a copy of src with room for ndim dimensions (shape and
// strides copied when src has as many). New reference or NULL.
PyObject *rt_memoryview_new_view(RtManagedBuffer *mbuf, const Py_buffer *src, int ndim);

// Recompute the view's len from its shape, and its contiguity flags.
void rt_memoryview_init_len(Py_buffer *view);
void rt_memoryview_init_flags(PyObject *mv);

// ---- operations (memoryview_ops.c) --------------------------------------------------------------

PyObject *rt_memoryview_subscript(PyObject *self, PyObject *key);
int rt_memoryview_ass_subscript(PyObject *self, PyObject *key, PyObject *value);
PyObject *rt_memoryview_item(PyObject *self, Py_ssize_t index);

// The address of item `index` of a one-dimensional view (negative counts from the end), or
// NULL with IndexError "index out of bounds on dimension 1".
char *rt_memoryview_item_pointer(const Py_buffer *view, Py_ssize_t index);

// The methods cast, tobytes, tolist, hex and toreadonly.
PyObject *rt_memoryview_cast(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames);
PyObject *rt_memoryview_tobytes(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                PyObject *kwnames);
PyObject *rt_memoryview_hex(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                            PyObject *kwnames);
PyObject *rt_memoryview_tolist(PyObject *self, PyObject *unused);
PyObject *rt_memoryview_toreadonly(PyObject *self, PyObject *unused);

#endif
