// bytearray.c: the bytearray type and its iterator: storage and resizing (with CPython's
// over-allocation, so __alloc__() agrees), bytearray(...), repr, comparison, the sequence and
// mapping slots (item and slice assignment, deletion, += and *=) and the buffer it exports.
// Its own methods (append, pop ...) are in bytearray_methods.c, the ones it shares with bytes
// in bytes_methods.c and its neighbours.
#include <string.h>

#include "runtime/objects/bytes_internal.h"
#include "runtime/objects/method_tables.h"

char rt_bytearray_empty_string[] = "";

#define BA(o) ((PyByteArrayObject *)(o))

// ---- storage ------------------------------------------------------------------------------------

// Resizing would move memory that a buffer view may be reading or writing.
int
rt_bytearray_can_resize(PyObject *self)
{
    if (BA(self)->ob_exports > 0) {
        PyErr_SetString(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return 0;
    }
    return 1;
}

// The size of the new allocation for a length of `size` bytes, as CPython's policy picks it:
// 0 to keep the current block (it fits and is not mostly empty).
static size_t
new_alloc(size_t size, size_t alloc, size_t offset)
{
    if (size + offset + 1 <= alloc)
        return size < alloc / 2 ? size + 1 : 0; // shrink only a mostly empty block
    // Growing a little over-allocates like list_resize; a big jump takes the exact size.
    if (size <= alloc + alloc / 8)
        return size + (size >> 3) + (size < 9 ? 3 : 6);
    return size + 1;
}

int
PyByteArray_Resize(PyObject *self, Py_ssize_t requested)
{
    PyByteArrayObject *b = BA(self);
    if (requested < 0) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (requested == Py_SIZE(self))
        return 0;
    if (!rt_bytearray_can_resize(self))
        return -1;
    size_t size = (size_t)requested, offset = (size_t)(b->ob_start - b->ob_bytes);
    size_t alloc = new_alloc(size, (size_t)b->ob_alloc, offset);
    if (alloc == 0) {
        Py_SET_SIZE(self, requested);
        b->ob_start[size] = '\0';
        return 0;
    }
    if (alloc > (size_t)PY_SSIZE_T_MAX) {
        PyErr_NoMemory();
        return -1;
    }
    char *mem;
    if (offset > 0) {
        // The contents start inside the block: move them to the front of a fresh one.
        if ((mem = PyObject_Malloc(alloc)) == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memcpy(mem, b->ob_start, (size_t)(requested < Py_SIZE(self) ? requested : Py_SIZE(self)));
        PyObject_Free(b->ob_bytes);
    } else if ((mem = PyObject_Realloc(b->ob_bytes, alloc)) == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->ob_bytes = b->ob_start = mem;
    b->ob_alloc = (Py_ssize_t)alloc;
    Py_SET_SIZE(self, requested);
    mem[size] = '\0';
    return 0;
}

PyObject *
PyByteArray_FromStringAndSize(const char *p, Py_ssize_t n)
{
    if (n < 0) {
        PyErr_SetString(PyExc_SystemError,
                        "Negative size passed to PyByteArray_FromStringAndSize");
        return NULL;
    }
    PyObject *self = PyType_GenericAlloc(&PyByteArray_Type, 0);
    if (self == NULL)
        return NULL;
    if (n > 0 && PyByteArray_Resize(self, n) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    if (p != NULL && n > 0)
        memcpy(BA(self)->ob_start, p, (size_t)n);
    return self;
}

char *
PyByteArray_AsString(PyObject *o)
{
    if (!PyByteArray_Check(o)) {
        PyErr_Format(PyExc_TypeError, "expected bytearray, %.200s found", Py_TYPE(o)->tp_name);
        return NULL;
    }
    return PyByteArray_AS_STRING(o);
}

Py_ssize_t
PyByteArray_Size(PyObject *o)
{
    if (!PyByteArray_Check(o)) {
        PyErr_Format(PyExc_TypeError, "expected bytearray, %.200s found", Py_TYPE(o)->tp_name);
        return -1;
    }
    return Py_SIZE(o);
}

static void
bytearray_dealloc(PyObject *self)
{
    if (BA(self)->ob_exports > 0)
        Py_FatalError("deallocated bytearray object has exported buffers");
    PyObject_Free(BA(self)->ob_bytes);
    Py_TYPE(self)->tp_free(self);
}

// Replace [lo, hi) by n bytes at p, which must not point into self.
static int
setslice_linear(PyObject *self, Py_ssize_t lo, Py_ssize_t hi, const char *p, Py_ssize_t n)
{
    PyByteArrayObject *b = BA(self);
    Py_ssize_t size = Py_SIZE(self), growth = n - (hi - lo);
    if (growth < 0) {
        if (!rt_bytearray_can_resize(self))
            return -1;
        // Deleting a prefix only moves the start: popping from the front stays O(1).
        if (lo == 0)
            b->ob_start -= growth;
        else
            memmove(b->ob_start + lo + n, b->ob_start + hi, (size_t)(size - hi));
        if (PyByteArray_Resize(self, size + growth) < 0) {
            if (lo == 0) {
                b->ob_start += growth;
                return -1;
            }
            // The bytes were moved already: keep the shorter contents in the bigger block.
            Py_SET_SIZE(self, size + growth);
            return -1;
        }
    } else if (growth > 0) {
        if (size > PY_SSIZE_T_MAX - growth) {
            PyErr_NoMemory();
            return -1;
        }
        if (PyByteArray_Resize(self, size + growth) < 0)
            return -1;
        memmove(b->ob_start + lo + n, b->ob_start + hi, (size_t)(size - hi));
    }
    if (n > 0)
        memcpy(b->ob_start + lo, p, (size_t)n);
    return 0;
}

int
rt_bytearray_setslice(PyObject *self, Py_ssize_t lo, Py_ssize_t hi, const char *p, Py_ssize_t n)
{
    PyByteArrayObject *b = BA(self);
    // A source inside our own block would move under us: copy it first.
    if (n > 0 && b->ob_bytes != NULL && p >= b->ob_bytes && p < b->ob_bytes + b->ob_alloc) {
        char *copy = PyMem_Malloc((size_t)n);
        if (copy == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memcpy(copy, p, (size_t)n);
        int r = setslice_linear(self, lo, hi, copy, n);
        PyMem_Free(copy);
        return r;
    }
    return setslice_linear(self, lo, hi, p, n);
}

int
rt_bytearray_byte_value(PyObject *o)
{
    int overflow;
    long v = PyLong_AsLongAndOverflow(o, &overflow);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (overflow || v < 0 || v >= 256) {
        PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)v;
}

// ---- bytearray(...) -----------------------------------------------------------------------------

// Append one byte while building from an iterable: grows through PyByteArray_Resize only when
// the block is full, as CPython's __init__ does (its __alloc__() values agree).
static int
append_while_building(PyObject *self, int c)
{
    Py_ssize_t n = Py_SIZE(self);
    if (n + 1 < BA(self)->ob_alloc) {
        Py_SET_SIZE(self, n + 1);
        BA(self)->ob_start[n + 1] = '\0';
    } else if (PyByteArray_Resize(self, n + 1) < 0)
        return -1;
    BA(self)->ob_start[n] = (char)c;
    return 0;
}

static int
init_from_iterable(PyObject *self, PyObject *x)
{
    PyObject *it = PyObject_GetIter(x);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "cannot convert '%.200s' object to bytearray",
                         Py_TYPE(x)->tp_name);
        }
        return -1;
    }
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        int c = rt_bytearray_byte_value(item);
        Py_DECREF(item);
        if (c < 0 || append_while_building(self, c) < 0) {
            Py_DECREF(it);
            return -1;
        }
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

// A list or tuple of exact ints is sized once; anything else goes item by item.
static int
init_from_sequence(PyObject *self, PyObject *x)
{
    Py_ssize_t n = PySequence_Fast_GET_SIZE(x);
    PyObject **items = PySequence_Fast_ITEMS(x);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyLong_CheckExact(items[i]))
            return init_from_iterable(self, x);
    }
    if (PyByteArray_Resize(self, n) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        int c = rt_bytearray_byte_value(items[i]);
        if (c < 0)
            return -1;
        BA(self)->ob_start[i] = (char)c;
    }
    return 0;
}

static int
init_from_buffer(PyObject *self, PyObject *x)
{
    Py_buffer view;
    if (PyObject_GetBuffer(x, &view, PyBUF_FULL_RO) < 0)
        return -1;
    int r = PyByteArray_Resize(self, view.len);
    if (r == 0)
        r = PyBuffer_ToContiguous(PyByteArray_AS_STRING(self), &view, view.len, 'C');
    PyBuffer_Release(&view);
    return r;
}

static int
init_from_source(PyObject *self, PyObject *x)
{
    if (PyIndex_Check(x)) {
        Py_ssize_t count = PyNumber_AsSsize_t(x, PyExc_OverflowError);
        if (count != -1 || !PyErr_Occurred()) {
            if (count < 0) {
                PyErr_SetString(PyExc_ValueError, "negative count");
                return -1;
            }
            if (count > 0 && PyByteArray_Resize(self, count) < 0)
                return -1;
            memset(PyByteArray_AS_STRING(self), 0, (size_t)count);
            return 0;
        }
        if (!PyErr_ExceptionMatches(PyExc_TypeError))
            return -1;
        PyErr_Clear(); // an __index__ that refuses: try the other ways
    }
    if (PyObject_CheckBuffer(x))
        return init_from_buffer(self, x);
    if (PyList_CheckExact(x) || PyTuple_CheckExact(x))
        return init_from_sequence(self, x);
    return init_from_iterable(self, x);
}

// bytearray.__init__(source=..., encoding=..., errors=...): empties self first, then fills it.
static int
bytearray_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *x;
    const char *encoding, *errors;
    if (rt_bytes_parse_new_args("bytearray", args, kwds, &x, &encoding, &errors) < 0)
        return -1;
    if (Py_SIZE(self) != 0 && PyByteArray_Resize(self, 0) < 0)
        return -1;
    if (x != NULL && PyUnicode_Check(x)) {
        if (encoding == NULL) {
            PyErr_SetString(PyExc_TypeError, "string argument without an encoding");
            return -1;
        }
        PyObject *encoded = PyUnicode_AsEncodedString(x, encoding, errors);
        int r = encoded == NULL ? -1 : init_from_buffer(self, encoded);
        Py_XDECREF(encoded);
        return r;
    }
    if (encoding != NULL || errors != NULL) {
        PyErr_SetString(PyExc_TypeError, encoding != NULL ? "encoding without a string argument"
                                                          : "errors without a string argument");
        return -1;
    }
    return x != NULL ? init_from_source(self, x) : 0;
}

PyObject *
PyByteArray_FromObject(PyObject *o)
{
    return PyObject_CallOneArg((PyObject *)&PyByteArray_Type, o);
}

// ---- repr, comparison, buffer -------------------------------------------------------------------

static PyObject *
bytearray_repr(PyObject *self)
{
    PyObject *inner = rt_bytes_repr_buffer(PyByteArray_AS_STRING(self), Py_SIZE(self),
                                           RT_REPR_SMARTQUOTES | RT_REPR_ESCAPE_SQUOTE);
    if (inner == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("%s(%U)", rt_type_name(Py_TYPE(self)), inner);
    Py_DECREF(inner);
    return r;
}

// Comparison with any bytes-like object; NotImplemented for anything else.
static PyObject *
bytearray_richcompare(PyObject *a, PyObject *b, int op)
{
    Py_buffer va = {.obj = NULL}, vb = {.obj = NULL};
    if (!PyObject_CheckBuffer(a) || !PyObject_CheckBuffer(b) ||
        PyObject_GetBuffer(a, &va, PyBUF_SIMPLE) < 0 ||
        PyObject_GetBuffer(b, &vb, PyBUF_SIMPLE) < 0) {
        PyErr_Clear(); // a strided memoryview, say: its own comparison may take over
        PyBuffer_Release(&va);
        Py_RETURN_NOTIMPLEMENTED;
    }
    Py_ssize_t la = va.len, lb = vb.len;
    int c = 0;
    if ((op == Py_EQ || op == Py_NE) && la != lb)
        c = 1;
    else if (la > 0 && lb > 0)
        c = memcmp(va.buf, vb.buf, (size_t)(la < lb ? la : lb));
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    if (c != 0 || op == Py_EQ || op == Py_NE)
        Py_RETURN_RICHCOMPARE(c, 0, op);
    Py_RETURN_RICHCOMPARE(la, lb, op);
}

static int
bytearray_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    if (view == NULL) {
        PyErr_SetString(PyExc_BufferError, "bytearray_getbuffer: view==NULL argument is obsolete");
        return -1;
    }
    if (PyBuffer_FillInfo(view, self, PyByteArray_AS_STRING(self), Py_SIZE(self), 0, flags) < 0)
        return -1;
    BA(self)->ob_exports++;
    return 0;
}

static void
bytearray_releasebuffer(PyObject *self, Py_buffer *view)
{
    BA(self)->ob_exports--;
}

static PyBufferProcs bytearray_as_buffer = {
    .bf_getbuffer = bytearray_getbuffer,
    .bf_releasebuffer = bytearray_releasebuffer,
};

// ---- sequence slots ---------------------------------------------------------------------------

static Py_ssize_t
bytearray_length(PyObject *self)
{
    return Py_SIZE(self);
}

PyObject *
PyByteArray_Concat(PyObject *a, PyObject *b)
{
    Py_buffer va = {.obj = NULL}, vb = {.obj = NULL};
    if (PyObject_GetBuffer(a, &va, PyBUF_SIMPLE) < 0 ||
        PyObject_GetBuffer(b, &vb, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(&va);
        PyErr_Clear();
        return PyErr_Format(PyExc_TypeError, "can't concat %.100s to %.100s",
                            Py_TYPE(b)->tp_name, Py_TYPE(a)->tp_name);
    }
    PyObject *r = NULL;
    if (va.len > PY_SSIZE_T_MAX - vb.len)
        PyErr_NoMemory();
    else if ((r = PyByteArray_FromStringAndSize(NULL, va.len + vb.len)) != NULL) {
        memcpy(PyByteArray_AS_STRING(r), va.buf, (size_t)va.len);
        memcpy(PyByteArray_AS_STRING(r) + va.len, vb.buf, (size_t)vb.len);
    }
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    return r;
}

// self += other: other's buffer stays exported while self grows, so `b += b` raises
// BufferError, as in CPython.
static PyObject *
bytearray_iconcat(PyObject *self, PyObject *other)
{
    Py_buffer v;
    if (PyObject_GetBuffer(other, &v, PyBUF_SIMPLE) < 0) {
        PyErr_Clear();
        return PyErr_Format(PyExc_TypeError, "can't concat %.100s to %.100s",
                            Py_TYPE(other)->tp_name, Py_TYPE(self)->tp_name);
    }
    Py_ssize_t size = Py_SIZE(self);
    int r = -1;
    if (size > PY_SSIZE_T_MAX - v.len)
        PyErr_NoMemory();
    else if ((r = PyByteArray_Resize(self, size + v.len)) == 0)
        memcpy(PyByteArray_AS_STRING(self) + size, v.buf, (size_t)v.len);
    PyBuffer_Release(&v);
    return r < 0 ? NULL : Py_NewRef(self);
}

// Fill dst (n * len bytes) with n copies of the len bytes at src, doubling what is written.
static void
fill_repeated(char *dst, const char *src, Py_ssize_t len, Py_ssize_t n)
{
    if (len == 1) {
        memset(dst, src[0], (size_t)n);
        return;
    }
    Py_ssize_t total = len * n, done = len;
    memmove(dst, src, (size_t)len);
    while (done < total) {
        Py_ssize_t chunk = done <= total - done ? done : total - done;
        memcpy(dst + done, dst, (size_t)chunk);
        done += chunk;
    }
}

static PyObject *
bytearray_repeat(PyObject *self, Py_ssize_t n)
{
    Py_ssize_t len = Py_SIZE(self);
    if (n < 0)
        n = 0;
    if (n > 0 && len > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    PyObject *r = PyByteArray_FromStringAndSize(NULL, len * n);
    if (r != NULL && len * n > 0)
        fill_repeated(PyByteArray_AS_STRING(r), PyByteArray_AS_STRING(self), len, n);
    return r;
}

static PyObject *
bytearray_irepeat(PyObject *self, Py_ssize_t n)
{
    Py_ssize_t len = Py_SIZE(self);
    if (n < 0)
        n = 0;
    if (n > 0 && len > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    if (PyByteArray_Resize(self, len * n) < 0)
        return NULL;
    if (len * n > 0)
        fill_repeated(PyByteArray_AS_STRING(self), PyByteArray_AS_STRING(self), len, n);
    return Py_NewRef(self);
}

static PyObject *
bytearray_item(PyObject *self, Py_ssize_t i)
{
    if (i < 0 || i >= Py_SIZE(self)) {
        PyErr_SetString(PyExc_IndexError, "bytearray index out of range");
        return NULL;
    }
    return PyLong_FromLong((unsigned char)PyByteArray_AS_STRING(self)[i]);
}

static int bytearray_ass_subscript(PyObject *self, PyObject *index, PyObject *value);

static int
bytearray_ass_item(PyObject *self, Py_ssize_t i, PyObject *value)
{
    PyObject *index = PyLong_FromSsize_t(i);
    if (index == NULL)
        return -1;
    int r = bytearray_ass_subscript(self, index, value);
    Py_DECREF(index);
    return r;
}

// ---- subscripts --------------------------------------------------------------------------------

static PyObject *
bytearray_subscript(PyObject *self, PyObject *index)
{
    if (PyIndex_Check(index)) {
        Py_ssize_t i = PyNumber_AsSsize_t(index, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        return bytearray_item(self, i < 0 ? i + Py_SIZE(self) : i);
    }
    if (!PySlice_Check(index))
        return PyErr_Format(PyExc_TypeError,
                            "bytearray indices must be integers or slices, not %.200s",
                            Py_TYPE(index)->tp_name);
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(index, &start, &stop, &step) < 0)
        return NULL;
    Py_ssize_t n = PySlice_AdjustIndices(Py_SIZE(self), &start, &stop, step);
    const char *src = PyByteArray_AS_STRING(self);
    if (step == 1)
        return PyByteArray_FromStringAndSize(src + start, n);
    PyObject *r = PyByteArray_FromStringAndSize(NULL, n);
    if (r == NULL)
        return NULL;
    char *dst = PyByteArray_AS_STRING(r);
    for (Py_ssize_t i = 0, cur = start; i < n; i++, cur += step)
        dst[i] = src[cur];
    return r;
}

// del self[start::step] for the n indices of an extended slice.
static int
delete_extended(PyObject *self, Py_ssize_t start, Py_ssize_t step, Py_ssize_t n)
{
    if (!rt_bytearray_can_resize(self))
        return -1;
    if (n == 0)
        return 0;
    if (step < 0) { // the same indices, walked upwards
        start += step * (n - 1);
        step = -step;
    }
    char *buf = PyByteArray_AS_STRING(self);
    Py_ssize_t size = Py_SIZE(self), w = start, last = start + step * (n - 1);
    for (Py_ssize_t r = start; r < size; r++) {
        if (r <= last && (r - start) % step == 0)
            continue;
        buf[w++] = buf[r];
    }
    return PyByteArray_Resize(self, size - n);
}

// self[start:stop:step] = the bytes of value (a bytearray); value NULL deletes.
static int
assign_slice(PyObject *self, Py_ssize_t start, Py_ssize_t stop, Py_ssize_t step, Py_ssize_t n,
             PyObject *value)
{
    Py_ssize_t needed = value != NULL ? Py_SIZE(value) : 0;
    // b[5:2] = ... inserts at 5, not before 2.
    if ((step < 0 && start < stop) || (step > 0 && start > stop))
        stop = start;
    if (step == 1)
        return rt_bytearray_setslice(self, start, stop,
                                     value ? PyByteArray_AS_STRING(value) : NULL, needed);
    if (needed == 0) // CPython deletes for an empty value too
        return delete_extended(self, start, step, n);
    if (needed != n) {
        PyErr_Format(PyExc_ValueError,
                     "attempt to assign bytes of size %zd to extended slice of size %zd", needed,
                     n);
        return -1;
    }
    char *buf = PyByteArray_AS_STRING(self);
    const char *src = PyByteArray_AS_STRING(value);
    for (Py_ssize_t i = 0, cur = start; i < n; i++, cur += step)
        buf[cur] = src[i];
    return 0;
}

static int
bytearray_ass_subscript(PyObject *self, PyObject *index, PyObject *value)
{
    Py_ssize_t start, stop, step, n;
    if (PyIndex_Check(index)) {
        Py_ssize_t i = PyNumber_AsSsize_t(index, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        // Converted before the range check: its __index__ may resize self.
        int c = value != NULL ? rt_bytearray_byte_value(value) : 0;
        if (c < 0)
            return -1;
        if (i < 0)
            i += Py_SIZE(self);
        if (i < 0 || i >= Py_SIZE(self)) {
            PyErr_SetString(PyExc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (value == NULL)
            return rt_bytearray_setslice(self, i, i + 1, NULL, 0);
        PyByteArray_AS_STRING(self)[i] = (char)c;
        return 0;
    }
    if (!PySlice_Check(index)) {
        PyErr_Format(PyExc_TypeError, "bytearray indices must be integers or slices, not %.200s",
                     Py_TYPE(index)->tp_name);
        return -1;
    }
    if (PySlice_Unpack(index, &start, &stop, &step) < 0)
        return -1;
    n = PySlice_AdjustIndices(Py_SIZE(self), &start, &stop, step);
    if (value == NULL || (PyByteArray_Check(value) && value != self))
        return assign_slice(self, start, stop, step, n, value);
    if (PyNumber_Check(value) || PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    // Anything else (self included) goes through a bytearray copy of it.
    PyObject *copy = PyByteArray_FromObject(value);
    if (copy == NULL)
        return -1;
    int r = bytearray_ass_subscript(self, index, copy);
    Py_DECREF(copy);
    return r;
}

// The iterator is bytes.c's, shared with bytes.
static PyObject *
bytearray_iter(PyObject *seq)
{
    return rt_byteseq_iter_new(&rt_bytearray_iterator_type, seq);
}

// ---- the type -----------------------------------------------------------------------------------

// self % args: printf-style formatting (bytes_percent.c) of a snapshot of self, since
// converting the arguments may run code that changes it.
static PyObject *
bytearray_mod(PyObject *v, PyObject *w)
{
    if (!PyByteArray_Check(v))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *fmt = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(v), Py_SIZE(v));
    if (fmt == NULL)
        return NULL;
    PyObject *b = rt_bytes_percent_format(PyBytes_AS_STRING(fmt), Py_SIZE(fmt), w);
    Py_DECREF(fmt);
    if (b == NULL)
        return NULL;
    PyObject *r = PyByteArray_FromStringAndSize(PyBytes_AS_STRING(b), Py_SIZE(b));
    Py_DECREF(b);
    return r;
}

static PyNumberMethods bytearray_as_number = {
    .nb_remainder = bytearray_mod,
};

static PySequenceMethods bytearray_as_sequence = {
    .sq_length = bytearray_length,
    .sq_concat = PyByteArray_Concat,
    .sq_repeat = bytearray_repeat,
    .sq_item = bytearray_item,
    .sq_ass_item = bytearray_ass_item,
    .sq_contains = rt_bytes_contains,
    .sq_inplace_concat = bytearray_iconcat,
    .sq_inplace_repeat = bytearray_irepeat,
};

static PyMappingMethods bytearray_as_mapping = {
    .mp_length = bytearray_length,
    .mp_subscript = bytearray_subscript,
    .mp_ass_subscript = bytearray_ass_subscript,
};

PyTypeObject PyByteArray_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "bytearray",
    .tp_basicsize = sizeof(PyByteArrayObject),
    .tp_dealloc = bytearray_dealloc,
    .tp_repr = bytearray_repr,
    .tp_as_number = &bytearray_as_number,
    .tp_as_sequence = &bytearray_as_sequence,
    .tp_as_mapping = &bytearray_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_str = bytearray_repr, // str(ba) is repr(ba) (CPython warns only under -b)
    .tp_as_buffer = &bytearray_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, // not a sequence to `match`, as str
    .tp_doc = "bytearray(iterable_of_ints) -> bytearray\n"
              "bytearray(string, encoding[, errors]) -> bytearray\n"
              "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
              "bytearray(int) -> bytes array of size given by the parameter initialized with "
              "null bytes\n"
              "bytearray() -> empty bytes array\n\n"
              "Construct a mutable bytearray object from:\n"
              "  - an iterable yielding integers in range(256)\n"
              "  - a text string encoded using the specified encoding\n"
              "  - a bytes or a buffer object\n"
              "  - any object implementing the buffer API.\n"
              "  - an integer",
    .tp_richcompare = bytearray_richcompare,
    .tp_iter = bytearray_iter,
    .tp_methods = rt_bytearray_methods,
    .tp_init = bytearray_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
    .tp_free = PyObject_Free,
};
