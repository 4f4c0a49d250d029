// str_translate.c: str.maketrans and str.translate, with CPython 3.11's lookups: the table is
// any object with __getitem__, indexed by code point; a LookupError keeps the character.
// The order and number of the lookups follow CPython's (observable through a __getitem__ with
// side effects): ASCII input is translated through a cache of 128 entries until a mapping
// does not fit it, then every character is looked up each time it occurs.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/str_internal.h"
#include "runtime/objects/str_methods.h"

// ---- str.maketrans ------------------------------------------------------------------------

// Set d[key_cp] = value, with key_cp a code point made an int: 0, or -1 with an exception.
static int
set_code_point(PyObject *d, Py_UCS4 key_cp, PyObject *value)
{
    PyObject *key = PyLong_FromLong((long)key_cp);
    if (key == NULL)
        return -1;
    int r = PyDict_SetItem(d, key, value);
    Py_DECREF(key);
    return r;
}

// maketrans(x, y, z): x[i] -> y[i], and every character of z (if not NULL) -> None.
static int
maketrans_from_strings(PyObject *d, PyObject *x, PyObject *y, PyObject *z)
{
    if (!PyUnicode_Check(x)) {
        PyErr_SetString(PyExc_TypeError, "first maketrans argument must be a string if there "
                                         "is a second argument");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(x);
    if (n != PyUnicode_GET_LENGTH(y)) {
        PyErr_SetString(PyExc_ValueError, "the first two maketrans arguments must have equal "
                                          "length");
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *value = PyLong_FromLong((long)PyUnicode_READ_CHAR(y, i));
        if (value == NULL)
            return -1;
        int r = set_code_point(d, PyUnicode_READ_CHAR(x, i), value);
        Py_DECREF(value);
        if (r < 0)
            return -1;
    }
    for (Py_ssize_t i = 0; z != NULL && i < PyUnicode_GET_LENGTH(z); i++) {
        if (set_code_point(d, PyUnicode_READ_CHAR(z, i), Py_None) < 0)
            return -1;
    }
    return 0;
}

// maketrans(dict): the same mapping with 1-character str keys turned into code points.
static int
maketrans_from_dict(PyObject *d, PyObject *x)
{
    if (!PyDict_CheckExact(x)) {
        PyErr_SetString(PyExc_TypeError, "if you give only one argument to maketrans it must "
                                         "be a dict");
        return -1;
    }
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(x, &pos, &key, &value)) {
        int r;
        if (PyUnicode_Check(key)) {
            if (PyUnicode_GET_LENGTH(key) != 1) {
                PyErr_SetString(PyExc_ValueError, "string keys in translate table must be of "
                                                  "length 1");
                return -1;
            }
            r = set_code_point(d, PyUnicode_READ_CHAR(key, 0), value);
        } else if (PyLong_Check(key)) {
            r = PyDict_SetItem(d, key, value);
        } else {
            PyErr_SetString(PyExc_TypeError, "keys in translate table must be strings or "
                                             "integers");
            return -1;
        }
        if (r < 0)
            return -1;
    }
    return 0;
}

PyObject *
rt_str_maketrans_method(PyObject *unused, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("maketrans", nargs, 1, 3))
        return NULL;
    // the optional arguments are type-checked first, as CPython's argument clinic does
    for (Py_ssize_t k = 1; k < nargs; k++) {
        if (!PyUnicode_Check(args[k])) {
            PyErr_Format(PyExc_TypeError, "maketrans() argument %zd must be str, not %.50s", k + 1,
                         rt_type_name(Py_TYPE(args[k])));
            return NULL;
        }
    }
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    int r = nargs == 1 ? maketrans_from_dict(d, args[0])
                       : maketrans_from_strings(d, args[0], args[1], nargs == 3 ? args[2] : NULL);
    if (r < 0)
        Py_CLEAR(d);
    return d;
}

// ---- str.translate ------------------------------------------------------------------------

// table[c]: *item receives a new reference to None, an int in range(0x110000) or a str, or
// NULL when the table raised LookupError (keep c). 0, or -1 with ValueError/TypeError or the
// table's exception.
static int
lookup(PyObject *table, Py_UCS4 c, PyObject **item)
{
    PyObject *key = PyLong_FromLong((long)c);
    if (key == NULL)
        return -1;
    PyObject *x = PyObject_GetItem(table, key);
    Py_DECREF(key);
    *item = NULL;
    if (x == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_LookupError))
            return -1;
        PyErr_Clear();
        return 0;
    }
    if (x == Py_None || PyUnicode_Check(x)) {
        *item = x;
        return 0;
    }
    if (PyLong_Check(x)) {
        long v = PyLong_AsLong(x);
        if (v == -1 && PyErr_Occurred())
            PyErr_Clear(); // too large: the range error below says it
        if (v < 0 || v > RT_MAX_UNICODE) {
            Py_DECREF(x);
            PyErr_SetString(PyExc_ValueError, "character mapping must be in range(0x110000)");
            return -1;
        }
        *item = x;
        return 0;
    }
    Py_DECREF(x);
    PyErr_SetString(PyExc_TypeError, "character mapping must return integer, None or str");
    return -1;
}

// Append the translation of c to w; *deleted is set when the table maps c to None.
// 0, or -1 with an exception.
static int
translate_char(RtStrWriter *w, PyObject *table, Py_UCS4 c, int *deleted)
{
    PyObject *item;
    if (lookup(table, c, &item) < 0)
        return -1;
    *deleted = item == Py_None;
    int r = 0;
    if (item == NULL)
        r = rt_str_writer_put(w, c);
    else if (PyLong_Check(item))
        r = rt_str_writer_put(w, (Py_UCS4)PyLong_AsLong(item));
    else if (PyUnicode_Check(item))
        r = rt_str_writer_put_str(w, item, 0, PyUnicode_GET_LENGTH(item));
    Py_XDECREF(item);
    return r;
}

// Cache entries of the ASCII pass: not looked up yet, deleted, or an ASCII replacement.
enum { CACHE_UNKNOWN = 0xFF, CACHE_DELETE = 0xFE };

// Fill cache[c] from the table: 1 if the mapping fits the cache (None, absent, or one ASCII
// character), 0 if it does not, -1 with an exception.
static int
cache_lookup(PyObject *table, Py_UCS1 c, Py_UCS1 cache[128])
{
    PyObject *item;
    if (lookup(table, c, &item) < 0)
        return -1;
    long to = -1; // stays -1 for a mapping that does not fit
    if (item == NULL)
        to = c;
    else if (item == Py_None)
        to = CACHE_DELETE;
    else if (PyLong_Check(item))
        to = PyLong_AsLong(item) < 128 ? PyLong_AsLong(item) : -1;
    else if (PyUnicode_GET_LENGTH(item) == 1 && PyUnicode_READ_CHAR(item, 0) < 128)
        to = (long)PyUnicode_READ_CHAR(item, 0);
    Py_XDECREF(item);
    if (to < 0)
        return 0;
    cache[c] = (Py_UCS1)to;
    return 1;
}

// Translate the ASCII s from its start into out (room for len(s) bytes) while every mapping
// fits the cache: the index where it stopped (len(s) when done), or -1 with an exception.
// *nout receives the number of bytes written.
static Py_ssize_t
translate_ascii(PyObject *s, PyObject *table, Py_UCS1 *out, Py_ssize_t *nout)
{
    Py_UCS1 cache[128];
    memset(cache, CACHE_UNKNOWN, sizeof cache);
    const Py_UCS1 *data = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), i, k = 0;
    for (i = 0; i < n; i++) {
        Py_UCS1 c = data[i];
        if (cache[c] == CACHE_UNKNOWN) {
            int r = cache_lookup(table, c, cache);
            if (r < 0)
                return -1;
            if (r == 0)
                break;
        }
        if (cache[c] != CACHE_DELETE)
            out[k++] = cache[c];
    }
    *nout = k;
    return i;
}

// Translate s[i:] one character at a time into w: 0, or -1 with an exception.
static int
translate_rest(RtStrWriter *w, PyObject *s, Py_ssize_t i, PyObject *table)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    while (i < n) {
        int deleted;
        if (translate_char(w, table, PyUnicode_READ_CHAR(s, i++), &deleted) < 0)
            return -1;
        // CPython skips the run of deleted characters that follows with lookups of their
        // own, and looks up the character that ends the run once more when it gets there
        while (deleted && i < n) {
            PyObject *item;
            if (lookup(table, PyUnicode_READ_CHAR(s, i), &item) < 0)
                return -1;
            deleted = item == Py_None;
            Py_XDECREF(item);
            i += deleted;
        }
    }
    return 0;
}

static PyObject *
translate(PyObject *s, PyObject *table)
{
    RtStrWriter w;
    rt_str_writer_init(&w);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), i = 0;
    if (((PyUnicodeObject *)s)->ascii && n > 0) {
        Py_UCS1 *out = PyMem_Malloc((size_t)n);
        if (out == NULL)
            return PyErr_NoMemory();
        Py_ssize_t k;
        i = translate_ascii(s, table, out, &k);
        PyObject *done = i == n ? PyUnicode_FromKindAndData(PyUnicode_1BYTE_KIND, out, k) : NULL;
        if (i >= 0 && i < n && rt_str_writer_put_ascii(&w, (const char *)out, k) < 0)
            i = -1;
        PyMem_Free(out);
        if (i < 0 || i == n) {
            rt_str_writer_discard(&w);
            return done;
        }
    }
    if (translate_rest(&w, s, i, table) < 0) {
        rt_str_writer_discard(&w);
        return NULL;
    }
    return rt_str_writer_finish(&w);
}

PyObject *
rt_str_translate_method(PyObject *self, PyObject *table)
{
    return translate(self, table);
}
