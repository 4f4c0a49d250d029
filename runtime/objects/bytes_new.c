// bytes_new.c: building bytes objects: bytes(...) (tp_new), PyBytes_FromObject and
// PyBytes_FromFormat. The type and its slots are in bytes.c; the codecs that bytes(str,
// encoding, errors) uses are str's (PyUnicode_AsEncodedString in str_codec.c).
#include <stdio.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/objects/buffer.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/stringlib.h"

// ---- bytes from ints ---------------------------------------------------------------------

// An item of an iterable of ints as a byte: 0..255, or -1 with CPython's error set.
static int
byte_value(PyObject *item)
{
    Py_ssize_t v = PyNumber_AsSsize_t(item, NULL);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < 0 || v >= 256) {
        PyErr_SetString(PyExc_ValueError, "bytes must be in range(0, 256)");
        return -1;
    }
    return (int)v;
}

static PyObject *
bytes_from_list(PyObject *x)
{
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    // Re-read the size each time: __index__ of an item may change the list.
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(x); i++) {
        PyObject *item = Py_NewRef(PyList_GET_ITEM(x, i));
        int c = byte_value(item);
        Py_DECREF(item);
        if (c < 0 || rt_bytes_writer_put(&w, (unsigned char)c) < 0) {
            rt_bytes_writer_discard(&w);
            return NULL;
        }
    }
    return rt_bytes_writer_finish(&w);
}

static PyObject *
bytes_from_tuple(PyObject *x)
{
    Py_ssize_t n = PyTuple_GET_SIZE(x);
    PyObject *r = PyBytes_FromStringAndSize(NULL, n);
    if (r == NULL || n == 0)
        return r;
    for (Py_ssize_t i = 0; i < n; i++) {
        int c = byte_value(PyTuple_GET_ITEM(x, i));
        if (c < 0) {
            Py_DECREF(r);
            return NULL;
        }
        PyBytes_AS_STRING(r)[i] = (char)c;
    }
    return r;
}

static PyObject *
bytes_from_iterator(PyObject *it)
{
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        int c = byte_value(item);
        Py_DECREF(item);
        if (c < 0 || rt_bytes_writer_put(&w, (unsigned char)c) < 0) {
            rt_bytes_writer_discard(&w);
            return NULL;
        }
    }
    if (PyErr_Occurred()) {
        rt_bytes_writer_discard(&w);
        return NULL;
    }
    return rt_bytes_writer_finish(&w);
}

// A copy of the memory any buffer exports (strided views are gathered in C order).
static PyObject *
bytes_from_buffer(PyObject *x)
{
    Py_buffer view;
    if (PyObject_GetBuffer(x, &view, PyBUF_FULL_RO) < 0)
        return NULL;
    PyObject *r = PyBytes_FromStringAndSize(NULL, view.len);
    if (r != NULL && PyBuffer_ToContiguous(PyBytes_AS_STRING(r), &view, view.len, 'C') < 0)
        Py_CLEAR(r);
    PyBuffer_Release(&view);
    return r;
}

PyObject *
PyBytes_FromObject(PyObject *x)
{
    if (x == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (PyBytes_CheckExact(x))
        return Py_NewRef(x);
    if (PyObject_CheckBuffer(x))
        return bytes_from_buffer(x);
    if (PyList_CheckExact(x))
        return bytes_from_list(x);
    if (PyTuple_CheckExact(x))
        return bytes_from_tuple(x);
    if (!PyUnicode_Check(x)) {
        PyObject *it = PyObject_GetIter(x);
        if (it != NULL) {
            PyObject *r = bytes_from_iterator(it);
            Py_DECREF(it);
            return r;
        }
        if (!PyErr_ExceptionMatches(PyExc_TypeError))
            return NULL;
        PyErr_Clear();
    }
    return PyErr_Format(PyExc_TypeError, "cannot convert '%.200s' object to bytes",
                        Py_TYPE(x)->tp_name);
}

// ---- bytes(...) ----------------------------------------------------------------------------

enum { ARG_SOURCE, ARG_ENCODING, ARG_ERRORS, NARGS };
static const char *const arg_names[NARGS] = {"source", "encoding", "errors"};

// Argument Clinic's rules for fname(source, encoding, errors), all positional-or-keyword:
// fills out[] with borrowed references (NULL when absent). 0 or -1.
static int
parse_new_args(const char *fname, PyObject *args, PyObject *kwds, PyObject *out[NARGS])
{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    Py_ssize_t nkw = kwds != NULL ? PyDict_GET_SIZE(kwds) : 0;
    if (nargs + nkw > NARGS) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most %d arguments (%zd given)", fname,
                     NARGS, nargs + nkw);
        return -1;
    }
    for (Py_ssize_t i = 0; i < NARGS; i++)
        out[i] = i < nargs ? PyTuple_GET_ITEM(args, i) : NULL;
    if (nkw == 0)
        return 0;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        if (PyDict_GetItemString(kwds, arg_names[i]) != NULL) {
            PyErr_Format(PyExc_TypeError,
                         "argument for %s() given by name ('%s') and position (%zd)", fname,
                         arg_names[i], i + 1);
            return -1;
        }
    }
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(kwds, &pos, &key, &value)) {
        int found = -1;
        for (int i = 0; i < NARGS && PyUnicode_Check(key); i++)
            if (rt_str_equal_ascii(key, arg_names[i]))
                found = i;
        if (found < 0) {
            if (!PyUnicode_Check(key))
                PyErr_SetString(PyExc_TypeError, "keywords must be strings");
            else
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                             key, fname);
            return -1;
        }
        out[found] = value;
    }
    return 0;
}

// The C string of a str argument (encoding, errors), or NULL with Argument Clinic's error.
static const char *
str_arg(const char *fname, PyObject *o, int which)
{
    static const char *const what[NARGS] = {"", "argument 'encoding'", "argument 'errors'"};
    if (!rt_stringlib_check_str_arg(fname, what[which], o))
        return NULL;
    Py_ssize_t size;
    const char *s = PyUnicode_AsUTF8AndSize(o, &size);
    if (s != NULL && strlen(s) != (size_t)size) {
        PyErr_SetString(PyExc_ValueError, "embedded null character");
        return NULL;
    }
    return s;
}

int
rt_bytes_parse_new_args(const char *fname, PyObject *args, PyObject *kwds, PyObject **source,
                        const char **encoding, const char **errors)
{
    PyObject *a[NARGS];
    if (parse_new_args(fname, args, kwds, a) < 0)
        return -1;
    *source = a[ARG_SOURCE];
    *encoding = *errors = NULL;
    if (a[ARG_ENCODING] != NULL &&
        (*encoding = str_arg(fname, a[ARG_ENCODING], ARG_ENCODING)) == NULL)
        return -1;
    if (a[ARG_ERRORS] != NULL && (*errors = str_arg(fname, a[ARG_ERRORS], ARG_ERRORS)) == NULL)
        return -1;
    return 0;
}

// bytes(x) once x is known to be no str: an index gives that many zero bytes.
static PyObject *
bytes_from_source(PyObject *x)
{
    if (PyIndex_Check(x)) {
        Py_ssize_t size = PyNumber_AsSsize_t(x, PyExc_OverflowError);
        if (size == -1 && PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_TypeError))
                return NULL;
            PyErr_Clear();
            return PyBytes_FromObject(x);
        }
        if (size < 0) {
            PyErr_SetString(PyExc_ValueError, "negative count");
            return NULL;
        }
        PyObject *r = PyBytes_FromStringAndSize(NULL, size);
        if (r != NULL)
            memset(PyBytes_AS_STRING(r), 0, (size_t)size);
        return r;
    }
    return PyBytes_FromObject(x);
}

// The instance of a bytes subclass holding a copy of b (an exact bytes).
static PyObject *
subtype_copy(PyTypeObject *type, PyObject *b)
{
    Py_ssize_t n = Py_SIZE(b);
    PyObject *r = type->tp_alloc(type, n);
    if (r == NULL)
        return NULL;
    memcpy(PyBytes_AS_STRING(r), PyBytes_AS_STRING(b), (size_t)n);
    PyBytes_AS_STRING(r)[n] = '\0';
    ((PyBytesObject *)r)->ob_shash = -1;
    return r;
}

// x.__bytes__() when x's type defines it; NULL without an exception when it does not.
static PyObject *
call_dunder_bytes(PyObject *x)
{
    PyObject *name = PyUnicode_InternFromString("__bytes__");
    PyObject *f = name != NULL ? rt_type_lookup_special(x, name) : NULL;
    Py_XDECREF(name);
    if (f == NULL)
        return NULL;
    PyObject *r = PyObject_CallNoArgs(f);
    Py_DECREF(f);
    if (r != NULL && !PyBytes_Check(r)) {
        PyErr_Format(PyExc_TypeError, "__bytes__ returned non-bytes (type %.200s)",
                     Py_TYPE(r)->tp_name);
        Py_CLEAR(r);
    }
    return r;
}

static PyObject *
bytes_new_exact(PyObject *args, PyObject *kwds)
{
    PyObject *x;
    const char *encoding, *errors;
    if (rt_bytes_parse_new_args("bytes", args, kwds, &x, &encoding, &errors) < 0)
        return NULL;
    if (x == NULL) {
        if (encoding != NULL || errors != NULL) {
            PyErr_SetString(PyExc_TypeError, encoding != NULL
                                                 ? "encoding without a string argument"
                                                 : "errors without a string argument");
            return NULL;
        }
        return PyBytes_FromStringAndSize(NULL, 0);
    }
    if (encoding != NULL) {
        if (!PyUnicode_Check(x)) {
            PyErr_SetString(PyExc_TypeError, "encoding without a string argument");
            return NULL;
        }
        return PyUnicode_AsEncodedString(x, encoding, errors);
    }
    if (errors != NULL) {
        PyErr_SetString(PyExc_TypeError, PyUnicode_Check(x)
                                             ? "string argument without an encoding"
                                             : "errors without a string argument");
        return NULL;
    }
    // __bytes__ comes before everything else, str (subclasses) included.
    PyObject *r = call_dunder_bytes(x);
    if (r != NULL || PyErr_Occurred())
        return r;
    if (PyUnicode_Check(x)) {
        PyErr_SetString(PyExc_TypeError, "string argument without an encoding");
        return NULL;
    }
    return bytes_from_source(x);
}

PyObject *
rt_bytes_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *b = bytes_new_exact(args, kwds);
    if (b != NULL && type != &PyBytes_Type)
        Py_SETREF(b, subtype_copy(type, b));
    return b;
}

// ---- PyBytes_FromFormat ------------------------------------------------------------------

static int
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

// One conversion of PyBytes_FromFormatV; *pf points at the conversion letter on entry and
// is left there. Returns 0, -1 on error, or 1 for an unknown directive.
static int
format_one(RtBytesWriter *w, const char **pf, Py_ssize_t prec, va_list *va)
{
    const char *f = *pf;
    int lflag = 0, llflag = 0, zflag = 0;
    if (f[0] == 'l' && f[1] == 'l' && (f[2] == 'd' || f[2] == 'u'))
        llflag = 1, f += 2;
    else if (f[0] == 'l' && (f[1] == 'd' || f[1] == 'u'))
        lflag = 1, f++;
    else if (f[0] == 'z' && (f[1] == 'd' || f[1] == 'u'))
        zflag = 1, f++;
    *pf = f;
    char buf[64];
    int n = 0;
    switch (*f) {
    case 'c': {
        int c = va_arg(*va, int);
        if (c < 0 || c > 255) {
            PyErr_SetString(
                PyExc_OverflowError,
                "PyBytes_FromFormatV(): %c format expects an integer in range [0; 255]");
            return -1;
        }
        return rt_bytes_writer_put(w, (unsigned char)c);
    }
    case 'd':
        if (llflag)
            n = snprintf(buf, sizeof buf, "%lld", va_arg(*va, long long));
        else if (lflag)
            n = snprintf(buf, sizeof buf, "%ld", va_arg(*va, long));
        else if (zflag)
            n = snprintf(buf, sizeof buf, "%zd", va_arg(*va, Py_ssize_t));
        else
            n = snprintf(buf, sizeof buf, "%d", va_arg(*va, int));
        break;
    case 'u':
        if (llflag)
            n = snprintf(buf, sizeof buf, "%llu", va_arg(*va, unsigned long long));
        else if (lflag)
            n = snprintf(buf, sizeof buf, "%lu", va_arg(*va, unsigned long));
        else if (zflag)
            n = snprintf(buf, sizeof buf, "%zu", va_arg(*va, size_t));
        else
            n = snprintf(buf, sizeof buf, "%u", va_arg(*va, unsigned int));
        break;
    case 'i':
        n = snprintf(buf, sizeof buf, "%i", va_arg(*va, int));
        break;
    case 'x':
        n = snprintf(buf, sizeof buf, "%x", va_arg(*va, int));
        break;
    case 's': {
        const char *s = va_arg(*va, const char *);
        size_t len = strlen(s);
        if (prec > 0 && len > (size_t)prec)
            len = (size_t)prec;
        return rt_bytes_writer_write(w, s, (Py_ssize_t)len);
    }
    case 'p':
        // %p is implementation-defined: make sure it reads 0x... as CPython does.
        n = snprintf(buf + 2, sizeof buf - 2, "%p", va_arg(*va, void *));
        if (buf[3] == 'x' || buf[3] == 'X') {
            buf[3] = 'x';
            return rt_bytes_writer_write(w, buf + 2, n);
        }
        buf[0] = '0', buf[1] = 'x';
        return rt_bytes_writer_write(w, buf, n + 2);
    case '%':
        return rt_bytes_writer_put(w, '%');
    default:
        return 1;
    }
    return rt_bytes_writer_write(w, buf, n);
}

PyObject *
PyBytes_FromFormatV(const char *format, va_list vargs)
{
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    va_list va;
    va_copy(va, vargs);
    for (const char *f = format; *f; f++) {
        if (*f != '%') {
            if (rt_bytes_writer_put(&w, (unsigned char)*f) < 0)
                goto fail;
            continue;
        }
        const char *directive = f++;
        while (is_digit(*f)) // the width is accepted and ignored, as in CPython
            f++;
        Py_ssize_t prec = -1;
        if (*f == '.') {
            prec = 0;
            for (f++; is_digit(*f); f++)
                if (prec < PY_SSIZE_T_MAX / 10 - 10)
                    prec = prec * 10 + (*f - '0');
        }
        int rc = format_one(&w, &f, prec, &va);
        if (rc < 0)
            goto fail;
        if (rc > 0) {
            // An invalid directive: CPython copies the rest of the format verbatim.
            if (rt_bytes_writer_write(&w, directive, (Py_ssize_t)strlen(directive)) < 0)
                goto fail;
            break;
        }
    }
    va_end(va);
    return rt_bytes_writer_finish(&w);
fail:
    va_end(va);
    rt_bytes_writer_discard(&w);
    return NULL;
}

PyObject *
PyBytes_FromFormat(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyBytes_FromFormatV(format, va);
    va_end(va);
    return r;
}
