// str.c: the str object core: allocation, the '' and Latin-1 singletons, construction from
// code points, equality, ordering, hashing, concatenation, joining and interning.
// Decoding is in str_codec.c, encoding in str_encode.c, searching in str_search.c, repr/ascii
// and PyUnicode_FromFormat in str_format.c, the type's slots, str() and the type objects in
// str_slots.c, the methods in str_methods.c and the files it names.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/str_internal.h"

// Immortal and created on first use, so the runtime needs no str init step.
static PyObject *empty_str;
static PyObject *latin1_chars[256];

static int
kind_for(Py_UCS4 maxchar)
{
    return maxchar < 0x100     ? PyUnicode_1BYTE_KIND
           : maxchar < 0x10000 ? PyUnicode_2BYTE_KIND
                               : PyUnicode_4BYTE_KIND;
}

PyObject *
rt_str_alloc(PyTypeObject *type, Py_ssize_t size, Py_UCS4 maxchar)
{
    if (size < 0 || maxchar > RT_MAX_UNICODE) {
        PyErr_SetString(PyExc_SystemError, "invalid size or maximum character for a str");
        return NULL;
    }
    int kind = kind_for(maxchar);
    if ((size_t)size >= (PY_SSIZE_T_MAX - sizeof(PyUnicodeObject)) / (size_t)kind)
        return PyErr_NoMemory();
    size_t nbytes = ((size_t)size + 1) * (size_t)kind;
    PyUnicodeObject *u;
    if (type == &PyUnicode_Type) {
        u = PyObject_Malloc(sizeof(PyUnicodeObject) + nbytes);
        if (u == NULL)
            return PyErr_NoMemory();
        rt_new_reference((PyObject *)u);
        u->ob_base.ob_type = type;
    } else {
        // the data must follow the header: a layout that cannot hold it would be overrun
        if (type->tp_itemsize != 1 || type->tp_basicsize != (Py_ssize_t)sizeof(PyUnicodeObject))
            return PyErr_Format(PyExc_SystemError, "str subclass '%s' has an incompatible layout",
                                type->tp_name);
        u = (PyUnicodeObject *)type->tp_alloc(type, (Py_ssize_t)nbytes);
        if (u == NULL)
            return NULL;
    }
    u->length = size;
    u->hash = -1;
    u->kind = (uint8_t)kind;
    u->ascii = maxchar < 128;
    u->interned = 0;
    u->utf8 = u->ascii ? (char *)(u + 1) : NULL;
    u->utf8_length = u->ascii ? size : 0;
    PyUnicode_WRITE(kind, u + 1, size, 0);
    return (PyObject *)u;
}

// A new immortal string of `size` (0 or 1) code points, all equal to c.
static PyObject *
make_immortal(Py_ssize_t size, Py_UCS4 c)
{
    PyObject *s = rt_str_alloc(&PyUnicode_Type, size, c);
    if (s == NULL)
        return NULL;
    if (size == 1)
        PyUnicode_WRITE(PyUnicode_KIND(s), PyUnicode_DATA(s), 0, c);
    Py_SET_REFCNT(s, RT_IMMORTAL_REFCNT);
    return s;
}

// The '' singleton (a new reference).
static PyObject *
get_empty(void)
{
    if (empty_str == NULL)
        empty_str = make_immortal(0, 0);
    return Py_XNewRef(empty_str);
}

// The singleton for a Latin-1 code point c (a new reference).
static PyObject *
get_latin1(Py_UCS4 c)
{
    if (latin1_chars[c] == NULL)
        latin1_chars[c] = make_immortal(1, c);
    return Py_XNewRef(latin1_chars[c]);
}

int
rt_str_is_singleton(PyObject *s)
{
    if (s == empty_str)
        return 1;
    return PyUnicode_GET_LENGTH(s) == 1 && PyUnicode_KIND(s) == PyUnicode_1BYTE_KIND &&
           latin1_chars[PyUnicode_READ_CHAR(s, 0)] == s;
}

PyObject *
PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar)
{
    // the caller writes into the result, so singletons are only safe when there is nothing
    // to write
    if (size == 0 && maxchar <= RT_MAX_UNICODE)
        return get_empty();
    return rt_str_alloc(&PyUnicode_Type, size, maxchar);
}

Py_UCS4
rt_str_max_char(int kind, const void *data, Py_ssize_t n)
{
    Py_UCS4 m = 0;
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *p = data;
        for (Py_ssize_t i = 0; i < n; i++)
            m |= p[i]; // the top bit decides ASCII vs Latin-1; the kind is 1 either way
        return m;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c > m)
            m = c;
    }
    return m;
}

// Copy n code points from src (of kind skind) into dst (of kind dkind), dkind wide enough.
static void
copy_chars(int dkind, void *dst, Py_ssize_t at, int skind, const void *src, Py_ssize_t n)
{
    if (dkind == skind) {
        memcpy((char *)dst + at * dkind, src, (size_t)n * (size_t)skind);
        return;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        PyUnicode_WRITE(dkind, dst, at + i, PyUnicode_READ(skind, src, i));
}

void
rt_str_copy_chars(PyObject *to, Py_ssize_t at, PyObject *from, Py_ssize_t start, Py_ssize_t n)
{
    int kind = PyUnicode_KIND(from);
    copy_chars(PyUnicode_KIND(to), PyUnicode_DATA(to), at, kind,
               (const char *)PyUnicode_DATA(from) + start * kind, n);
}

void
rt_str_fill(PyObject *s, Py_ssize_t start, Py_ssize_t n, Py_UCS4 c)
{
    int kind = PyUnicode_KIND(s);
    void *data = PyUnicode_DATA(s);
    if (kind == PyUnicode_1BYTE_KIND) {
        memset((char *)data + start, (int)c, (size_t)n);
        return;
    }
    for (Py_ssize_t i = start; i < start + n; i++)
        PyUnicode_WRITE(kind, data, i, c);
}

PyObject *
rt_str_unchanged(PyObject *s)
{
    if (PyUnicode_CheckExact(s))
        return Py_NewRef(s);
    return PyUnicode_FromKindAndData(PyUnicode_KIND(s), PyUnicode_DATA(s), PyUnicode_GET_LENGTH(s));
}

PyObject *
PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
{
    if (size < 0 || (kind != PyUnicode_1BYTE_KIND && kind != PyUnicode_2BYTE_KIND &&
                     kind != PyUnicode_4BYTE_KIND)) {
        PyErr_SetString(PyExc_SystemError, "invalid kind or size");
        return NULL;
    }
    if (size == 0)
        return get_empty();
    Py_UCS4 maxchar = rt_str_max_char(kind, buffer, size);
    if (maxchar > RT_MAX_UNICODE) {
        return PyErr_Format(PyExc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                            (unsigned)maxchar);
    }
    if (size == 1 && maxchar < 256)
        return get_latin1(maxchar);
    PyObject *s = rt_str_alloc(&PyUnicode_Type, size, maxchar);
    if (s != NULL)
        copy_chars(PyUnicode_KIND(s), PyUnicode_DATA(s), 0, kind, buffer, size);
    return s;
}

PyObject *
PyUnicode_FromOrdinal(int c)
{
    if (c < 0 || c > RT_MAX_UNICODE) {
        PyErr_SetString(PyExc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    if (c < 256)
        return get_latin1((Py_UCS4)c);
    Py_UCS4 ch = (Py_UCS4)c;
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, &ch, 1);
}

PyObject *
PyUnicode_Substring(PyObject *s, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    if (start < 0 || end < 0) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return NULL;
    }
    if (end > len)
        end = len;
    if (start >= end)
        return get_empty();
    if (start == 0 && end == len && PyUnicode_CheckExact(s))
        return Py_NewRef(s);
    int kind = PyUnicode_KIND(s);
    return PyUnicode_FromKindAndData(kind, (char *)PyUnicode_DATA(s) + start * kind, end - start);
}

// ---- equality, ordering, hashing ------------------------------------------------------

int
rt_str_equal(PyObject *a, PyObject *b)
{
    if (a == b)
        return 1;
    Py_ssize_t len = PyUnicode_GET_LENGTH(a);
    // strings are always stored at their narrowest width, so different widths differ
    if (len != PyUnicode_GET_LENGTH(b) || PyUnicode_KIND(a) != PyUnicode_KIND(b))
        return 0;
    Py_hash_t ha = ((PyUnicodeObject *)a)->hash, hb = ((PyUnicodeObject *)b)->hash;
    if (ha != -1 && hb != -1 && ha != hb)
        return 0;
    return memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)len * PyUnicode_KIND(a)) == 0;
}

int
rt_str_equal_ascii(PyObject *s, const char *ascii)
{
    size_t n = strlen(ascii);
    return PyUnicode_KIND(s) == PyUnicode_1BYTE_KIND && (size_t)PyUnicode_GET_LENGTH(s) == n &&
           memcmp(PyUnicode_DATA(s), ascii, n) == 0;
}

// Three-way comparison of two strings by code points.
static int
compare_chars(PyObject *a, PyObject *b)
{
    Py_ssize_t la = PyUnicode_GET_LENGTH(a), lb = PyUnicode_GET_LENGTH(b);
    Py_ssize_t n = la < lb ? la : lb;
    int ka = PyUnicode_KIND(a), kb = PyUnicode_KIND(b);
    const void *da = PyUnicode_DATA(a), *db = PyUnicode_DATA(b);
    if (ka == PyUnicode_1BYTE_KIND && kb == PyUnicode_1BYTE_KIND) {
        int r = memcmp(da, db, (size_t)n);
        if (r != 0)
            return r < 0 ? -1 : 1;
    } else {
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 ca = PyUnicode_READ(ka, da, i), cb = PyUnicode_READ(kb, db, i);
            if (ca != cb)
                return ca < cb ? -1 : 1;
        }
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

int
PyUnicode_Compare(PyObject *a, PyObject *b)
{
    if (!PyUnicode_Check(a) || !PyUnicode_Check(b)) {
        PyErr_Format(PyExc_TypeError, "Can't compare %.100s and %.100s", Py_TYPE(a)->tp_name,
                     Py_TYPE(b)->tp_name);
        return -1;
    }
    return compare_chars(a, b);
}

int
PyUnicode_CompareWithASCIIString(PyObject *s, const char *ascii)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    const unsigned char *p = (const unsigned char *)ascii;
    Py_ssize_t i;
    for (i = 0; i < len && p[i] != 0; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(s, i);
        if (c != p[i])
            return c < p[i] ? -1 : 1;
    }
    if (i < len)
        return 1; // s is longer (an embedded NUL still counts as longer)
    return p[i] != 0 ? -1 : 0;
}

PyObject *
rt_str_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyUnicode_Check(a) || !PyUnicode_Check(b))
        return Py_NewRef(Py_NotImplemented);
    if (op == Py_EQ || op == Py_NE) {
        int eq = rt_str_equal(a, b);
        return PyBool_FromLong(op == Py_EQ ? eq : !eq);
    }
    int c = compare_chars(a, b);
    Py_RETURN_RICHCOMPARE(c, 0, op);
}

Py_hash_t
rt_str_hash(PyObject *s)
{
    PyUnicodeObject *u = (PyUnicodeObject *)s;
    if (u->hash == -1)
        u->hash = rt_hash_bytes(PyUnicode_DATA(s), u->length * u->kind);
    return u->hash;
}

// ---- building: concatenation, joining, the writer -------------------------------------

PyObject *
PyUnicode_Concat(PyObject *a, PyObject *b)
{
    if (!PyUnicode_Check(a)) {
        PyErr_Format(PyExc_TypeError, "must be str, not %.100s", rt_type_name(Py_TYPE(a)));
        return NULL;
    }
    if (!PyUnicode_Check(b)) {
        PyErr_Format(PyExc_TypeError, "can only concatenate str (not \"%.200s\") to str",
                     rt_type_name(Py_TYPE(b)));
        return NULL;
    }
    Py_ssize_t la = PyUnicode_GET_LENGTH(a), lb = PyUnicode_GET_LENGTH(b);
    if (lb == 0 && PyUnicode_CheckExact(a))
        return Py_NewRef(a);
    if (la == 0 && PyUnicode_CheckExact(b))
        return Py_NewRef(b);
    if (la > PY_SSIZE_T_MAX - lb) {
        PyErr_SetString(PyExc_OverflowError, "strings are too large to concat");
        return NULL;
    }
    Py_UCS4 ma = rt_str_max_char(PyUnicode_KIND(a), PyUnicode_DATA(a), la);
    Py_UCS4 mb = rt_str_max_char(PyUnicode_KIND(b), PyUnicode_DATA(b), lb);
    PyObject *r = PyUnicode_New(la + lb, ma > mb ? ma : mb);
    if (r == NULL)
        return NULL;
    copy_chars(PyUnicode_KIND(r), PyUnicode_DATA(r), 0, PyUnicode_KIND(a), PyUnicode_DATA(a), la);
    copy_chars(PyUnicode_KIND(r), PyUnicode_DATA(r), la, PyUnicode_KIND(b), PyUnicode_DATA(b), lb);
    return r;
}

// The items of a list or tuple (PySequence_Fast's result), borrowed.
static PyObject **
fast_items(PyObject *fast)
{
    return PyList_Check(fast) ? ((PyListObject *)fast)->ob_item : ((PyTupleObject *)fast)->ob_item;
}

// Check that every item is a str and size the result: 0, or -1 with TypeError/OverflowError.
static int
join_measure(PyObject **items, Py_ssize_t n, Py_ssize_t seplen, Py_ssize_t *total, Py_UCS4 *maxchar)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *it = items[i];
        if (!PyUnicode_Check(it)) {
            PyErr_Format(PyExc_TypeError, "sequence item %zd: expected str instance, %.80s found",
                         i, rt_type_name(Py_TYPE(it)));
            return -1;
        }
        Py_ssize_t len = PyUnicode_GET_LENGTH(it) + (i > 0 ? seplen : 0);
        if (*total > PY_SSIZE_T_MAX - len) {
            PyErr_SetString(PyExc_OverflowError, "join() result is too long for a Python string");
            return -1;
        }
        *total += len;
        Py_UCS4 m =
            rt_str_max_char(PyUnicode_KIND(it), PyUnicode_DATA(it), PyUnicode_GET_LENGTH(it));
        if (m > *maxchar)
            *maxchar = m;
    }
    return 0;
}

PyObject *
PyUnicode_Join(PyObject *sep, PyObject *seq)
{
    PyObject *fast = PySequence_Fast(seq, "can only join an iterable");
    if (fast == NULL)
        return NULL;
    Py_ssize_t n = Py_SIZE(fast);
    PyObject **items = fast_items(fast);
    PyObject *result = NULL;
    if (n == 1 && PyUnicode_CheckExact(items[0])) {
        result = Py_NewRef(items[0]);
        goto done;
    }
    PyObject *space = NULL;
    if (sep == NULL)
        sep = space = get_latin1(' '); // CPython: a NULL separator means a space
    Py_ssize_t seplen = PyUnicode_GET_LENGTH(sep), total = 0;
    Py_UCS4 maxchar = 0;
    if (n > 1)
        maxchar = rt_str_max_char(PyUnicode_KIND(sep), PyUnicode_DATA(sep), seplen);
    if (join_measure(items, n, seplen, &total, &maxchar) == 0)
        result = PyUnicode_New(total, maxchar);
    if (result != NULL) {
        int rkind = PyUnicode_KIND(result);
        void *rdata = PyUnicode_DATA(result);
        Py_ssize_t at = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            if (i > 0) {
                copy_chars(rkind, rdata, at, PyUnicode_KIND(sep), PyUnicode_DATA(sep), seplen);
                at += seplen;
            }
            Py_ssize_t len = PyUnicode_GET_LENGTH(items[i]);
            copy_chars(rkind, rdata, at, PyUnicode_KIND(items[i]), PyUnicode_DATA(items[i]), len);
            at += len;
        }
    }
    Py_XDECREF(space);
done:
    Py_DECREF(fast);
    return result;
}

void
rt_str_writer_init(RtStrWriter *w)
{
    w->buf = w->inline_buf;
    w->len = 0;
    w->cap = (Py_ssize_t)(sizeof(w->inline_buf) / sizeof(w->inline_buf[0]));
    w->maxchar = 0;
}

int
rt_str_writer_reserve(RtStrWriter *w, Py_ssize_t n)
{
    if (n <= w->cap - w->len)
        return 0;
    if (n > PY_SSIZE_T_MAX / 4 - w->len) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t need = w->len + n;
    Py_ssize_t cap = w->cap < (PY_SSIZE_T_MAX / 8) ? w->cap * 2 : need;
    if (cap < need)
        cap = need;
    Py_UCS4 *buf;
    if (w->buf == w->inline_buf) {
        buf = PyMem_Malloc((size_t)cap * sizeof(Py_UCS4));
        if (buf != NULL)
            memcpy(buf, w->buf, (size_t)w->len * sizeof(Py_UCS4));
    } else {
        buf = PyMem_Realloc(w->buf, (size_t)cap * sizeof(Py_UCS4));
    }
    if (buf == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    w->buf = buf;
    w->cap = cap;
    return 0;
}

int
rt_str_writer_put(RtStrWriter *w, Py_UCS4 c)
{
    if (w->len == w->cap && rt_str_writer_reserve(w, 1) < 0)
        return -1;
    w->buf[w->len++] = c;
    if (c > w->maxchar)
        w->maxchar = c;
    return 0;
}

int
rt_str_writer_put_ascii(RtStrWriter *w, const char *p, Py_ssize_t n)
{
    if (rt_str_writer_reserve(w, n) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = (unsigned char)p[i];
        w->buf[w->len++] = c;
        if (c > w->maxchar)
            w->maxchar = c;
    }
    return 0;
}

int
rt_str_writer_put_str(RtStrWriter *w, PyObject *s, Py_ssize_t start, Py_ssize_t end)
{
    if (end <= start)
        return 0;
    if (rt_str_writer_reserve(w, end - start) < 0)
        return -1;
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        w->buf[w->len++] = c;
        if (c > w->maxchar)
            w->maxchar = c;
    }
    return 0;
}

void
rt_str_writer_discard(RtStrWriter *w)
{
    if (w->buf != w->inline_buf)
        PyMem_Free(w->buf);
    rt_str_writer_init(w);
}

PyObject *
rt_str_writer_finish(RtStrWriter *w)
{
    PyObject *s;
    if (w->len == 0)
        s = get_empty();
    else if (w->len == 1 && w->maxchar < 256)
        s = get_latin1(w->maxchar);
    else {
        s = rt_str_alloc(&PyUnicode_Type, w->len, w->maxchar);
        if (s != NULL)
            copy_chars(PyUnicode_KIND(s), PyUnicode_DATA(s), 0, PyUnicode_4BYTE_KIND, w->buf,
                       w->len);
    }
    rt_str_writer_discard(w);
    return s;
}

// ---- interning ------------------------------------------------------------------------
// An open-addressing set of strings keyed by content. It cannot use dict.c: dict keys are
// interned strings, and the table must work before anything else does.

static PyObject **intern_table;
static size_t intern_mask; // capacity - 1 (capacity is a power of two), 0 when unallocated
static size_t intern_used;

static int
intern_grow(void)
{
    size_t cap = intern_mask ? (intern_mask + 1) * 2 : 256;
    PyObject **t = PyMem_Calloc(cap, sizeof(PyObject *));
    if (t == NULL)
        return -1;
    for (size_t i = 0; intern_mask && i <= intern_mask; i++) {
        PyObject *s = intern_table[i];
        if (s == NULL)
            continue;
        size_t j = (size_t)rt_str_hash(s) & (cap - 1);
        while (t[j] != NULL)
            j = (j + 1) & (cap - 1);
        t[j] = s;
    }
    PyMem_Free(intern_table);
    intern_table = t;
    intern_mask = cap - 1;
    return 0;
}

void
PyUnicode_InternInPlace(PyObject **p)
{
    PyObject *s = *p;
    if (s == NULL || !PyUnicode_CheckExact(s) || ((PyUnicodeObject *)s)->interned)
        return;
    // keep the load under 1/2 so probe chains stay short
    if ((intern_used + 1) * 2 > intern_mask + 1 && intern_grow() < 0)
        return; // as in CPython, failing to intern only loses the sharing
    size_t j = (size_t)rt_str_hash(s) & intern_mask;
    for (; intern_table[j] != NULL; j = (j + 1) & intern_mask) {
        if (rt_str_equal(intern_table[j], s)) {
            Py_SETREF(*p, Py_NewRef(intern_table[j]));
            return;
        }
    }
    intern_table[j] = s;
    intern_used++;
    ((PyUnicodeObject *)s)->interned = 1;
    Py_SET_REFCNT(s, RT_IMMORTAL_REFCNT);
}

PyObject *
PyUnicode_InternFromString(const char *cstr)
{
    PyObject *s = PyUnicode_FromString(cstr);
    if (s != NULL)
        PyUnicode_InternInPlace(&s);
    return s;
}

// Free an immortal string directly: nothing may reference it any more at shutdown.
static void
free_immortal(PyObject *s)
{
    PyUnicodeObject *u = (PyUnicodeObject *)s;
    if (!u->ascii)
        PyMem_Free(u->utf8);
    PyObject_Free(s);
}

void
rt_str_fini(void)
{
    for (size_t i = 0; intern_mask && i <= intern_mask; i++) {
        PyObject *s = intern_table[i];
        if (s != NULL && !rt_str_is_singleton(s))
            free_immortal(s);
    }
    PyMem_Free(intern_table);
    intern_table = NULL;
    intern_mask = intern_used = 0;
    for (int c = 0; c < 256; c++) {
        if (latin1_chars[c] != NULL)
            free_immortal(latin1_chars[c]);
        latin1_chars[c] = NULL;
    }
    if (empty_str != NULL)
        free_immortal(empty_str);
    empty_str = NULL;
}
