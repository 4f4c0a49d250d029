// memoryview_format.c: the native single-character struct formats memoryview understands
// (b B c h H i I l L q Q n N f d ? P, optionally '@'-prefixed): their sizes, and reading and
// writing one item, with CPython's errors. Items may sit at any address, so they are copied
// through locals rather than dereferenced in place.
#include <float.h>
#include <math.h>
#include <string.h>

#include "runtime/objects/memoryview_internal.h"

typedef struct {
    char code;
    Py_ssize_t size;
    const char *plain, *at; // the static format strings "B" and "@B"
} FormatInfo;

static const FormatInfo formats[] = {
    {'c', 1, "c", "@c"},
    {'b', 1, "b", "@b"},
    {'B', 1, "B", "@B"},
    {'h', sizeof(short), "h", "@h"},
    {'H', sizeof(unsigned short), "H", "@H"},
    {'i', sizeof(int), "i", "@i"},
    {'I', sizeof(unsigned int), "I", "@I"},
    {'l', sizeof(long), "l", "@l"},
    {'L', sizeof(unsigned long), "L", "@L"},
    {'q', sizeof(long long), "q", "@q"},
    {'Q', sizeof(unsigned long long), "Q", "@Q"},
    {'n', sizeof(Py_ssize_t), "n", "@n"},
    {'N', sizeof(size_t), "N", "@N"},
    {'f', sizeof(float), "f", "@f"},
    {'d', sizeof(double), "d", "@d"},
    {'?', sizeof(_Bool), "?", "@?"},
    {'P', sizeof(void *), "P", "@P"},
};

static const FormatInfo *
lookup(const char *fmt)
{
    if (fmt == NULL)
        return &formats[2]; // 'B'
    if (fmt[0] == '@')
        fmt++;
    if (fmt[0] == '\0' || fmt[1] != '\0')
        return NULL;
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        if (formats[i].code == fmt[0])
            return &formats[i];
    }
    return NULL;
}

Py_ssize_t
rt_memoryview_format_size(const char *fmt, char *code)
{
    const FormatInfo *f = lookup(fmt);
    if (f == NULL)
        return -1;
    *code = f->code;
    return f->size;
}

const char *
rt_memoryview_format_static(const char *fmt)
{
    const FormatInfo *f = lookup(fmt);
    if (f == NULL)
        return NULL;
    return fmt[0] == '@' ? f->at : f->plain;
}

char
rt_memoryview_item_code(const Py_buffer *view)
{
    const FormatInfo *f = lookup(view->format);
    if (f == NULL) {
        PyErr_Format(PyExc_NotImplementedError, "memoryview: unsupported format %s",
                     view->format);
        return 0;
    }
    return f->code;
}

// ---- reading ------------------------------------------------------------------------------------

#define LOAD(type, p) (memcpy(&u.type##_, (p), sizeof u.type##_), u.type##_)

PyObject *
rt_memoryview_unpack(const char *p, char code)
{
    union {
        signed char schar_;
        short short_;
        unsigned short ushort_;
        int int_;
        unsigned int uint_;
        long long_;
        unsigned long ulong_;
        long long llong_;
        unsigned long long ullong_;
        Py_ssize_t ssize_;
        size_t size_;
        float float_;
        double double_;
        void *ptr_;
    } u;
    switch (code) {
    case 'B': return PyLong_FromLong(*(const unsigned char *)p);
    case 'b': return PyLong_FromLong(LOAD(schar, p));
    case 'c': return PyBytes_FromStringAndSize(p, 1);
    case 'h': return PyLong_FromLong(LOAD(short, p));
    case 'H': return PyLong_FromLong(LOAD(ushort, p));
    case 'i': return PyLong_FromLong(LOAD(int, p));
    case 'I': return PyLong_FromUnsignedLong(LOAD(uint, p));
    case 'l': return PyLong_FromLong(LOAD(long, p));
    case 'L': return PyLong_FromUnsignedLong(LOAD(ulong, p));
    case 'q': return PyLong_FromLongLong(LOAD(llong, p));
    case 'Q': return PyLong_FromUnsignedLongLong(LOAD(ullong, p));
    case 'n': return PyLong_FromSsize_t(LOAD(ssize, p));
    case 'N': return PyLong_FromSize_t(LOAD(size, p));
    case 'f': return PyFloat_FromDouble(LOAD(float, p));
    case 'd': return PyFloat_FromDouble(LOAD(double, p));
    case '?': return PyBool_FromLong(*(const unsigned char *)p != 0);
    default: // 'P'
        return PyLong_FromUnsignedLongLong((uintptr_t)LOAD(ptr, p));
    }
}

int
rt_memoryview_items_equal(const char *p, char pc, const char *q, char qc)
{
    // Same integer, bool or byte formats compare their bytes; floats (NaN) and mixed formats
    // compare the values, as CPython's struct-module fallback does.
    if (pc == qc && pc != 'f' && pc != 'd')
        return memcmp(p, q, (size_t)lookup((char[]){pc, 0})->size) == 0;
    PyObject *a = rt_memoryview_unpack(p, pc), *b = a ? rt_memoryview_unpack(q, qc) : NULL;
    int r = b != NULL ? PyObject_RichCompareBool(a, b, Py_EQ) : -1;
    Py_XDECREF(a);
    Py_XDECREF(b);
    return r;
}

// ---- writing ------------------------------------------------------------------------------------

static int
invalid(const char *what, PyObject *exc, const char *fmt)
{
    PyErr_Format(exc, "memoryview: invalid %s for format '%s'", what, fmt);
    return -1;
}

// CPython's fix_error_int: TypeError means the wrong type, overflow or ValueError a bad value.
static int
fix_error(const char *fmt)
{
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_Clear();
        return invalid("type", PyExc_TypeError, fmt);
    }
    if (PyErr_ExceptionMatches(PyExc_OverflowError) || PyErr_ExceptionMatches(PyExc_ValueError)) {
        PyErr_Clear();
        return invalid("value", PyExc_ValueError, fmt);
    }
    return -1;
}

static int
native_little_endian(void)
{
    const unsigned short one = 1;
    return *(const unsigned char *)&one == 1;
}

// An integer item: the int's bytes in native order, range-checked by the conversion.
static int
pack_int(char *p, PyObject *v, Py_ssize_t size, int is_signed, const char *fmt)
{
    PyObject *n = PyNumber_Index(v);
    if (n == NULL)
        return fix_error(fmt);
    unsigned char bytes[sizeof(long long)];
    int r = rt_int_as_byte_array(n, bytes, (size_t)size, native_little_endian(), is_signed > 0);
    // 'P' (is_signed < 0) takes negative addresses too, as CPython's PyLong_AsVoidPtr does.
    if (r < 0 && is_signed < 0 && PyErr_ExceptionMatches(PyExc_OverflowError)) {
        PyErr_Clear();
        r = rt_int_as_byte_array(n, bytes, (size_t)size, native_little_endian(), 1);
    }
    Py_DECREF(n);
    if (r < 0)
        return fix_error(fmt);
    memcpy(p, bytes, (size_t)size);
    return 0;
}

static int
pack_float(char *p, char code, PyObject *v, const char *fmt)
{
    double d = PyFloat_AsDouble(v);
    if (d == -1.0 && PyErr_Occurred())
        return fix_error(fmt);
    if (code == 'd') {
        memcpy(p, &d, sizeof d);
        return 0;
    }
    // Out of float's range the C conversion is undefined: store an infinity, as CPython does.
    float f = isfinite(d) && fabs(d) > FLT_MAX ? (float)copysign(INFINITY, d) : (float)d;
    memcpy(p, &f, sizeof f);
    return 0;
}

int
rt_memoryview_pack(char *p, char code, PyObject *v, const char *fmt)
{
    switch (code) {
    case 'c':
        if (!PyBytes_Check(v))
            return invalid("type", PyExc_TypeError, fmt);
        if (PyBytes_GET_SIZE(v) != 1)
            return invalid("value", PyExc_ValueError, fmt);
        *p = PyBytes_AS_STRING(v)[0];
        return 0;
    case '?': {
        int truth = PyObject_IsTrue(v);
        if (truth < 0)
            return -1;
        *p = (char)truth;
        return 0;
    }
    case 'f':
    case 'd':
        return pack_float(p, code, v, fmt);
    case 'P':
        return pack_int(p, v, sizeof(void *), -1, fmt);
    default: {
        const FormatInfo *f = lookup((char[]){code, 0});
        int is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' ||
                        code == 'q' || code == 'n';
        return pack_int(p, v, f->size, is_signed, fmt);
    }
    }
}
