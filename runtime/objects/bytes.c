// bytes.c: the bytes type and its iterator: allocation and the cached 0/1-byte singletons,
// repr, hash, comparison, concatenation, repetition, indexing, slicing, `in` and the buffer
// it exports. Construction (bytes(...)) is in bytes_new.c; the methods, shared with
// bytearray, in bytes_methods.c, bytes_transform.c and bytes_hex.c.
#include <string.h>

#include "runtime/objects/bytes_internal.h"
#include "runtime/objects/method_tables.h"

// ---- allocation and the singletons -----------------------------------------------------

// The header plus the trailing NUL; CPython's PyBytesObject_SIZE.
#define BYTES_HEADER_SIZE (offsetof(PyBytesObject, ob_sval) + 1)

static PyBytesObject empty_bytes = {
    .ob_base = PyVarObject_HEAD_INIT(&PyBytes_Type, 0),
    .ob_shash = 0,
    .ob_sval = {0},
};

// Same layout as PyBytesObject with room for one byte and the NUL. They are immortal statics
// (filled in on first use), so there is nothing to release at shutdown.
typedef struct {
    PyObject_VAR_HEAD
    Py_hash_t ob_shash;
    char ob_sval[2];
} OneByte;

static OneByte characters[256];

static PyObject *
one_byte(unsigned char c)
{
    OneByte *b = &characters[c];
    if (Py_TYPE(b) == NULL) {
        b->ob_base.ob_base.ob_refcnt = RT_IMMORTAL_REFCNT;
        b->ob_base.ob_base.ob_type = &PyBytes_Type;
        b->ob_base.ob_size = 1;
        b->ob_shash = -1;
        b->ob_sval[0] = (char)c;
        b->ob_sval[1] = '\0';
    }
    return Py_NewRef(b);
}

// A fresh (never shared) bytes of `size` bytes, contents uninitialized but NUL-terminated.
static PyObject *
bytes_alloc(Py_ssize_t size)
{
    if ((size_t)size > (size_t)PY_SSIZE_T_MAX - BYTES_HEADER_SIZE) {
        PyErr_SetString(PyExc_OverflowError, "byte string is too large");
        return NULL;
    }
    PyBytesObject *b = PyObject_Malloc(BYTES_HEADER_SIZE + (size_t)size);
    if (b == NULL)
        return PyErr_NoMemory();
    rt_new_reference((PyObject *)b);
    b->ob_base.ob_base.ob_type = &PyBytes_Type;
    b->ob_base.ob_size = size;
    b->ob_shash = -1;
    b->ob_sval[size] = '\0';
    return (PyObject *)b;
}

PyObject *
PyBytes_FromStringAndSize(const char *v, Py_ssize_t size)
{
    if (size < 0) {
        PyErr_SetString(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return NULL;
    }
    if (size == 0)
        return Py_NewRef(&empty_bytes);
    // Only a filled-in one-byte string may be the shared singleton: a NULL v is written later.
    if (size == 1 && v != NULL)
        return one_byte((unsigned char)v[0]);
    PyObject *b = bytes_alloc(size);
    if (b != NULL && v != NULL)
        memcpy(PyBytes_AS_STRING(b), v, (size_t)size);
    return b;
}

PyObject *
PyBytes_FromString(const char *v)
{
    size_t n = strlen(v);
    if (n > (size_t)PY_SSIZE_T_MAX - BYTES_HEADER_SIZE) {
        PyErr_SetString(PyExc_OverflowError, "byte string is too large");
        return NULL;
    }
    return PyBytes_FromStringAndSize(v, (Py_ssize_t)n);
}

int
rt_bytes_resize(PyObject **pv, Py_ssize_t newsize)
{
    PyObject *v = *pv;
    if (v == NULL || !PyBytes_CheckExact(v) || newsize < 0 ||
        (Py_SIZE(v) != 0 && Py_REFCNT(v) != 1)) {
        Py_XDECREF(v);
        *pv = NULL;
        PyErr_BadInternalCall();
        return -1;
    }
    if (Py_SIZE(v) == newsize)
        return 0;
    // The empty singleton (or a result shrunk to nothing) is replaced rather than resized.
    if (Py_SIZE(v) == 0 || newsize == 0) {
        *pv = newsize == 0 ? Py_NewRef(&empty_bytes) : bytes_alloc(newsize);
        Py_DECREF(v);
        return *pv == NULL ? -1 : 0;
    }
    if ((size_t)newsize > (size_t)PY_SSIZE_T_MAX - BYTES_HEADER_SIZE) {
        Py_DECREF(v);
        *pv = NULL;
        PyErr_SetString(PyExc_OverflowError, "byte string is too large");
        return -1;
    }
    PyBytesObject *b = PyObject_Realloc(v, BYTES_HEADER_SIZE + (size_t)newsize);
    if (b == NULL) {
        Py_DECREF(v);
        *pv = NULL;
        PyErr_NoMemory();
        return -1;
    }
    Py_SET_SIZE(b, newsize);
    b->ob_sval[newsize] = '\0';
    b->ob_shash = -1;
    *pv = (PyObject *)b;
    return 0;
}

static void
bytes_dealloc(PyObject *o)
{
    Py_TYPE(o)->tp_free(o);
}

// ---- the byte writer -------------------------------------------------------------------

void
rt_bytes_writer_init(RtBytesWriter *w)
{
    w->buf = w->small;
    w->len = 0;
    w->cap = (Py_ssize_t)sizeof w->small;
}

int
rt_bytes_writer_reserve(RtBytesWriter *w, Py_ssize_t extra)
{
    if (extra <= w->cap - w->len)
        return 0;
    if (extra > PY_SSIZE_T_MAX - w->len) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t need = w->len + extra;
    Py_ssize_t cap = w->cap > PY_SSIZE_T_MAX / 2 ? need : w->cap * 2;
    if (cap < need)
        cap = need;
    char *buf = w->buf == w->small ? PyMem_Malloc((size_t)cap)
                                   : PyMem_Realloc(w->buf, (size_t)cap);
    if (buf == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    if (w->buf == w->small)
        memcpy(buf, w->small, (size_t)w->len);
    w->buf = buf;
    w->cap = cap;
    return 0;
}

int
rt_bytes_writer_write(RtBytesWriter *w, const void *p, Py_ssize_t n)
{
    if (rt_bytes_writer_reserve(w, n) < 0)
        return -1;
    memcpy(w->buf + w->len, p, (size_t)n);
    w->len += n;
    return 0;
}

void
rt_bytes_writer_discard(RtBytesWriter *w)
{
    if (w->buf != w->small)
        PyMem_Free(w->buf);
    rt_bytes_writer_init(w);
}

PyObject *
rt_bytes_writer_finish(RtBytesWriter *w)
{
    PyObject *b = PyBytes_FromStringAndSize(w->buf, w->len);
    rt_bytes_writer_discard(w);
    return b;
}

// ---- C API accessors -----------------------------------------------------------------

char *
PyBytes_AsString(PyObject *o)
{
    if (!PyBytes_Check(o)) {
        PyErr_Format(PyExc_TypeError, "expected bytes, %.200s found", Py_TYPE(o)->tp_name);
        return NULL;
    }
    return PyBytes_AS_STRING(o);
}

Py_ssize_t
PyBytes_Size(PyObject *o)
{
    if (!PyBytes_Check(o)) {
        PyErr_Format(PyExc_TypeError, "expected bytes, %.200s found", Py_TYPE(o)->tp_name);
        return -1;
    }
    return Py_SIZE(o);
}

// ---- repr, hash, comparison ----------------------------------------------------------

PyObject *
rt_bytes_repr(PyObject *obj, int smartquotes)
{
    return rt_bytes_repr_buffer(PyBytes_AS_STRING(obj), Py_SIZE(obj),
                                smartquotes ? RT_REPR_SMARTQUOTES : 0);
}

PyObject *
rt_bytes_repr_buffer(const char *data, Py_ssize_t length, int flags)
{
    static const char hexdigits[] = "0123456789abcdef";
    int smartquotes = flags & RT_REPR_SMARTQUOTES;
    const unsigned char *s = (const unsigned char *)data;
    Py_ssize_t squotes = 0, dquotes = 0, newsize = 3; // b''
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_ssize_t incr = 1;
        if (s[i] == '\'')
            squotes++;
        else if (s[i] == '"')
            dquotes++;
        else if (s[i] == '\\' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
            incr = 2;
        else if (s[i] < ' ' || s[i] >= 0x7f)
            incr = 4;
        if (newsize > PY_SSIZE_T_MAX - incr)
            goto overflow;
        newsize += incr;
    }
    unsigned char quote = smartquotes && squotes && !dquotes ? '"' : '\'';
    // A ' is escaped when it would end the literal, or always when bytearray's repr asks.
    int escape_squote = quote == '\'' || (flags & RT_REPR_ESCAPE_SQUOTE);
    if (escape_squote) {
        if (newsize > PY_SSIZE_T_MAX - squotes)
            goto overflow;
        newsize += squotes;
    }
    PyObject *v = PyUnicode_New(newsize, 127);
    if (v == NULL)
        return NULL;
    Py_UCS1 *p = PyUnicode_DATA(v);
    *p++ = 'b';
    *p++ = quote;
    for (Py_ssize_t i = 0; i < length; i++) {
        unsigned char c = s[i];
        if (c == quote || c == '\\' || (c == '\'' && escape_squote)) {
            *p++ = '\\';
            *p++ = c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            *p++ = '\\';
            *p++ = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < ' ' || c >= 0x7f) {
            *p++ = '\\';
            *p++ = 'x';
            *p++ = hexdigits[c >> 4];
            *p++ = hexdigits[c & 0xf];
        } else {
            *p++ = c;
        }
    }
    *p = quote;
    return v;
overflow:
    PyErr_SetString(PyExc_OverflowError, "bytes object is too large to make repr");
    return NULL;
}

static PyObject *
bytes_repr(PyObject *o)
{
    return rt_bytes_repr(o, 1);
}

static Py_hash_t
bytes_hash(PyObject *o)
{
    PyBytesObject *b = (PyBytesObject *)o;
    if (b->ob_shash == -1)
        b->ob_shash = rt_hash_bytes(b->ob_sval, Py_SIZE(b));
    return b->ob_shash;
}

static PyObject *
bytes_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyBytes_Check(a) || !PyBytes_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    Py_ssize_t len_a = Py_SIZE(a), len_b = Py_SIZE(b);
    if (op == Py_EQ || op == Py_NE) {
        int eq = a == b || (len_a == len_b &&
                            memcmp(PyBytes_AS_STRING(a), PyBytes_AS_STRING(b), (size_t)len_a) == 0);
        return PyBool_FromLong(eq ^ (op == Py_NE));
    }
    Py_ssize_t min_len = len_a < len_b ? len_a : len_b;
    int c = min_len > 0 ? memcmp(PyBytes_AS_STRING(a), PyBytes_AS_STRING(b), (size_t)min_len) : 0;
    if (c != 0)
        Py_RETURN_RICHCOMPARE(c, 0, op);
    Py_RETURN_RICHCOMPARE(len_a, len_b, op);
}

// ---- sequence protocol -----------------------------------------------------------------

static Py_ssize_t
bytes_length(PyObject *o)
{
    return Py_SIZE(o);
}

// a + b for any two bytes-like objects (a is a bytes, or b is and a has no sq_concat).
static PyObject *
bytes_concat(PyObject *a, PyObject *b)
{
    Py_buffer va = {.obj = NULL}, vb = {.obj = NULL};
    if (PyObject_GetBuffer(a, &va, PyBUF_SIMPLE) < 0 ||
        PyObject_GetBuffer(b, &vb, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(&va);
        PyErr_Clear();
        return PyErr_Format(PyExc_TypeError, "can't concat %.100s to %.100s",
                            Py_TYPE(b)->tp_name, Py_TYPE(a)->tp_name);
    }
    PyObject *r;
    // CPython returns an exact operand unchanged when the other one is empty.
    if (va.len == 0 && PyBytes_CheckExact(b))
        r = Py_NewRef(b);
    else if (vb.len == 0 && PyBytes_CheckExact(a))
        r = Py_NewRef(a);
    else if (va.len > PY_SSIZE_T_MAX - vb.len)
        r = PyErr_NoMemory();
    else if ((r = PyBytes_FromStringAndSize(NULL, va.len + vb.len)) != NULL) {
        memcpy(PyBytes_AS_STRING(r), va.buf, (size_t)va.len);
        memcpy(PyBytes_AS_STRING(r) + va.len, vb.buf, (size_t)vb.len);
    }
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    return r;
}

static PyObject *
bytes_repeat(PyObject *a, Py_ssize_t n)
{
    Py_ssize_t len = Py_SIZE(a);
    if (n < 0)
        n = 0;
    if (n > 0 && len > PY_SSIZE_T_MAX / n) {
        PyErr_SetString(PyExc_OverflowError, "repeated bytes are too long");
        return NULL;
    }
    Py_ssize_t size = len * n;
    if (size == len && PyBytes_CheckExact(a))
        return Py_NewRef(a);
    if ((size_t)size > (size_t)PY_SSIZE_T_MAX - BYTES_HEADER_SIZE) {
        PyErr_SetString(PyExc_OverflowError, "repeated bytes are too long");
        return NULL;
    }
    PyObject *r = PyBytes_FromStringAndSize(NULL, size);
    if (r == NULL || size == 0)
        return r;
    char *dst = PyBytes_AS_STRING(r);
    if (len == 1) {
        memset(dst, PyBytes_AS_STRING(a)[0], (size_t)size);
        return r;
    }
    // Copy the source once, then keep doubling what is already there.
    memcpy(dst, PyBytes_AS_STRING(a), (size_t)len);
    Py_ssize_t done = len;
    while (done < size) {
        Py_ssize_t chunk = done <= size - done ? done : size - done;
        memcpy(dst + done, dst, (size_t)chunk);
        done += chunk;
    }
    return r;
}

static PyObject *
bytes_item(PyObject *o, Py_ssize_t i)
{
    if (i < 0 || i >= Py_SIZE(o)) {
        PyErr_SetString(PyExc_IndexError, "index out of range");
        return NULL;
    }
    return PyLong_FromLong((unsigned char)PyBytes_AS_STRING(o)[i]);
}

static PyObject *
bytes_slice(PyObject *self, PyObject *slice)
{
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(slice, &start, &stop, &step) < 0)
        return NULL;
    Py_ssize_t n = PySlice_AdjustIndices(Py_SIZE(self), &start, &stop, step);
    const char *src = PyBytes_AS_STRING(self);
    if (n <= 0)
        return PyBytes_FromStringAndSize(NULL, 0);
    if (start == 0 && step == 1 && n == Py_SIZE(self) && PyBytes_CheckExact(self))
        return Py_NewRef(self);
    if (step == 1)
        return PyBytes_FromStringAndSize(src + start, n);
    PyObject *r = PyBytes_FromStringAndSize(NULL, n);
    if (r == NULL)
        return NULL;
    char *dst = PyBytes_AS_STRING(r);
    for (Py_ssize_t i = 0, cur = start; i < n; i++, cur += step)
        dst[i] = src[cur];
    return r;
}

static PyObject *
bytes_subscript(PyObject *self, PyObject *item)
{
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += Py_SIZE(self);
        return bytes_item(self, i);
    }
    if (PySlice_Check(item))
        return bytes_slice(self, item);
    return PyErr_Format(PyExc_TypeError, "byte indices must be integers or slices, not %.200s",
                        Py_TYPE(item)->tp_name);
}

Py_ssize_t
rt_bytes_find(const char *hay, Py_ssize_t n, const char *needle, Py_ssize_t m)
{
    if (m == 0)
        return 0;
    // A plain scan keyed on the first byte; the methods will bring CPython's fastsearch.
    for (Py_ssize_t i = 0; i <= n - m;) {
        const char *p = memchr(hay + i, needle[0], (size_t)(n - m - i + 1));
        if (p == NULL)
            return -1;
        i = p - hay;
        if (memcmp(p, needle, (size_t)m) == 0)
            return i;
        i++;
    }
    return -1;
}

int
rt_bytes_contains(PyObject *self, PyObject *arg)
{
    // CPython tries an integer first and falls back to a bytes-like needle on any error.
    Py_ssize_t ival = PyNumber_AsSsize_t(arg, NULL);
    if (ival == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        Py_buffer v;
        if (rt_buffer_get_bytes_like(arg, &v) < 0)
            return -1;
        int r = rt_bytes_find(rt_bytes_self_data(self), Py_SIZE(self), v.buf, v.len) >= 0;
        PyBuffer_Release(&v);
        return r;
    }
    if (ival < 0 || ival >= 256) {
        PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    const char *s = rt_bytes_self_data(self);
    return Py_SIZE(self) > 0 && memchr(s, (int)ival, (size_t)Py_SIZE(self)) != NULL;
}

void
PyBytes_Concat(PyObject **pv, PyObject *w)
{
    if (*pv == NULL)
        return;
    if (w == NULL) {
        Py_CLEAR(*pv);
        return;
    }
    PyObject *v = *pv;
    // Sole owner of an exact bytes: grow it in place (w == v would read freed memory).
    if (Py_REFCNT(v) == 1 && PyBytes_CheckExact(v) && PyBytes_Check(w) && w != v) {
        Py_ssize_t old = Py_SIZE(v);
        if (old > PY_SSIZE_T_MAX - Py_SIZE(w)) {
            PyErr_NoMemory();
            Py_CLEAR(*pv);
            return;
        }
        if (rt_bytes_resize(pv, old + Py_SIZE(w)) < 0)
            return;
        memcpy(PyBytes_AS_STRING(*pv) + old, PyBytes_AS_STRING(w), (size_t)Py_SIZE(w));
        return;
    }
    Py_SETREF(*pv, bytes_concat(v, w));
}

void
PyBytes_ConcatAndDel(PyObject **pv, PyObject *w)
{
    PyBytes_Concat(pv, w);
    Py_XDECREF(w);
}

// ---- iterators -------------------------------------------------------------------------
// One iterator over a sequence of bytes serves bytes and bytearray (two types, as CPython's
// bytes_iterator and bytearray_iterator): the data and the length are read at every step,
// since a bytearray may change while it is iterated.

typedef struct {
    PyObject_HEAD
    Py_ssize_t index;
    PyObject *seq; // the bytes or bytearray being iterated; NULL once exhausted
} ByteSeqIterObject;

PyObject *
rt_byteseq_iter_new(PyTypeObject *type, PyObject *seq)
{
    ByteSeqIterObject *it = (ByteSeqIterObject *)rt_gc_new(type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = Py_NewRef(seq);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *
bytes_iter(PyObject *seq)
{
    return rt_byteseq_iter_new(&rt_bytes_iterator_type, seq);
}

static void
byteseqiter_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_XDECREF(((ByteSeqIterObject *)o)->seq);
    PyObject_GC_Del(o);
}

static int
byteseqiter_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((ByteSeqIterObject *)o)->seq);
    return 0;
}

static int
byteseqiter_clear(PyObject *o)
{
    Py_CLEAR(((ByteSeqIterObject *)o)->seq);
    return 0;
}

static PyObject *
byteseqiter_next(PyObject *o)
{
    ByteSeqIterObject *it = (ByteSeqIterObject *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < Py_SIZE(it->seq)) {
        const char *data = PyByteArray_Check(it->seq) ? PyByteArray_AS_STRING(it->seq)
                                                      : PyBytes_AS_STRING(it->seq);
        return PyLong_FromLong((unsigned char)data[it->index++]);
    }
    Py_CLEAR(it->seq);
    return NULL;
}

static PyObject *
self_iter(PyObject *o)
{
    return Py_NewRef(o);
}

#define BYTESEQ_ITERATOR_TYPE(name)                                                             \
    {                                                                                          \
        .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0), .tp_name = name,                    \
        .tp_basicsize = sizeof(ByteSeqIterObject), .tp_dealloc = byteseqiter_dealloc,          \
        .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,                                   \
        .tp_traverse = byteseqiter_traverse, .tp_clear = byteseqiter_clear,                    \
        .tp_iter = self_iter, .tp_iternext = byteseqiter_next, .tp_free = PyObject_GC_Del,     \
    }

PyTypeObject rt_bytes_iterator_type = BYTESEQ_ITERATOR_TYPE("bytes_iterator");
PyTypeObject rt_bytearray_iterator_type = BYTESEQ_ITERATOR_TYPE("bytearray_iterator");

// ---- the type ----------------------------------------------------------------------------

// A read-only view of the bytes; nothing to do on release since bytes never move.
static int
bytes_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    return PyBuffer_FillInfo(view, self, PyBytes_AS_STRING(self), Py_SIZE(self), 1, flags);
}

static PyBufferProcs bytes_as_buffer = {
    .bf_getbuffer = bytes_getbuffer,
};

static PySequenceMethods bytes_as_sequence = {
    .sq_length = bytes_length,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .sq_item = bytes_item,
    .sq_contains = rt_bytes_contains,
};

static PyMappingMethods bytes_as_mapping = {
    .mp_length = bytes_length,
    .mp_subscript = bytes_subscript,
};

// '%' is printf-style formatting (bytes_percent.c).
static PyNumberMethods bytes_as_number = {
    .nb_remainder = rt_bytes_mod,
};

PyTypeObject PyBytes_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "bytes",
    .tp_basicsize = BYTES_HEADER_SIZE,
    .tp_itemsize = sizeof(char),
    .tp_dealloc = bytes_dealloc,
    .tp_repr = bytes_repr,
    .tp_as_number = &bytes_as_number,
    .tp_as_sequence = &bytes_as_sequence,
    .tp_as_mapping = &bytes_as_mapping,
    .tp_hash = bytes_hash,
    .tp_str = bytes_repr, // str(b) is repr(b) (CPython warns only under -b)
    .tp_as_buffer = &bytes_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BYTES_SUBCLASS,
    .tp_doc = "bytes(iterable_of_ints) -> bytes\n"
              "bytes(string, encoding[, errors]) -> bytes\n"
              "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
              "bytes(int) -> bytes object of size given by the parameter initialized with "
              "null bytes\n"
              "bytes() -> empty bytes object",
    .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,
    .tp_methods = rt_bytes_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = rt_bytes_new,
    .tp_free = PyObject_Free,
};
