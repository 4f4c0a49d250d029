// bytes_hex.c: hexadecimal text and bytes: hex(sep, bytes_per_sep) of bytes, bytearray and
// memoryview (rt_bytes_hex), and the fromhex() class method of bytes and bytearray.
#include <string.h>

#include "runtime/objects/bytes_internal.h"
#include "runtime/objects/str_props.h"
#include "runtime/objects/stringlib.h"

// The one ASCII character of a hex() separator, or -1 with CPython's errors.
static int
separator_char(PyObject *sep)
{
    Py_ssize_t n = PyObject_Length(sep);
    if (n < 0)
        return -1;
    if (n != 1) {
        PyErr_SetString(PyExc_ValueError, "sep must be length 1.");
        return -1;
    }
    Py_UCS4 c;
    if (PyUnicode_Check(sep))
        c = PyUnicode_READ_CHAR(sep, 0);
    else if (PyBytes_Check(sep))
        c = (unsigned char)PyBytes_AS_STRING(sep)[0];
    else {
        PyErr_SetString(PyExc_TypeError, "sep must be str or bytes.");
        return -1;
    }
    if (c >= 0x80) {
        PyErr_SetString(PyExc_ValueError, "sep must be ASCII.");
        return -1;
    }
    return (int)c;
}

PyObject *
rt_bytes_hex(const char *s, Py_ssize_t n, PyObject *sep, Py_ssize_t bytes_per_sep)
{
    static const char digits[] = "0123456789abcdef";
    int sepc = 0;
    if (sep != NULL && (sepc = separator_char(sep)) < 0)
        return NULL;
    Py_ssize_t group = bytes_per_sep < 0 ? -bytes_per_sep : bytes_per_sep;
    // No separator at all when the groups cover everything.
    if (sep == NULL || group == 0 || group >= n)
        group = 0;
    Py_ssize_t nsep = group > 0 ? (n - 1) / group : 0;
    if (n > (PY_SSIZE_T_MAX - nsep) / 2)
        return PyErr_NoMemory();
    PyObject *r = PyUnicode_New(2 * n + nsep, 127);
    if (r == NULL)
        return NULL;
    Py_UCS1 *p = PyUnicode_DATA(r);
    for (Py_ssize_t i = 0; i < n; i++) {
        // Positive groups count from the right, so a short group comes first.
        if (group > 0 && i > 0 && (bytes_per_sep > 0 ? (n - i) % group : i % group) == 0)
            *p++ = (Py_UCS1)sepc;
        unsigned char c = (unsigned char)s[i];
        *p++ = (Py_UCS1)digits[c >> 4];
        *p++ = (Py_UCS1)digits[c & 15];
    }
    return r;
}

int
rt_bytes_parse_hex_args(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                        PyObject **sep, Py_ssize_t *bytes_per_sep)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const RtArgSpec spec = {"hex", names, 2, 0, 0, 2, 0};
    PyObject *a[2];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return -1;
    *sep = a[0];
    int n = 1;
    if (a[1] != NULL && rt_stringlib_int_arg(a[1], &n) < 0)
        return -1;
    *bytes_per_sep = n;
    return 0;
}

PyObject *
rt_bytes_meth_hex(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *sep;
    Py_ssize_t bytes_per_sep;
    if (rt_bytes_parse_hex_args(args, nargs, kwnames, &sep, &bytes_per_sep) < 0)
        return NULL;
    return rt_bytes_hex(rt_bytes_self_data(self), Py_SIZE(self), sep, bytes_per_sep);
}

static int
hex_value(Py_UCS4 c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}

// The bytes spelled by the hex digits of s (pairs, ASCII whitespace allowed before each pair).
static PyObject *
bytes_from_hex(PyObject *s)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), i = 0;
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 0x80 && rt_str_ascii_isspace((unsigned char)c)) {
            i++;
            continue;
        }
        int top = hex_value(c);
        if (top < 0)
            goto invalid;
        i++;
        int bottom = i < n ? hex_value(PyUnicode_READ(kind, data, i)) : -1;
        if (bottom < 0)
            goto invalid;
        i++;
        if (rt_bytes_writer_put(&w, (unsigned char)(top << 4 | bottom)) < 0) {
            rt_bytes_writer_discard(&w);
            return NULL;
        }
    }
    return rt_bytes_writer_finish(&w);
invalid:
    rt_bytes_writer_discard(&w);
    // CPython reports the first non-ASCII character of a non-ASCII string wherever it is.
    for (Py_ssize_t j = 0; j < n; j++) {
        if (PyUnicode_READ(kind, data, j) >= 0x80) {
            i = j;
            break;
        }
    }
    PyErr_Format(PyExc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd",
                 i);
    return NULL;
}

// fromhex(string, /), a class method of bytes and bytearray: subclasses are called with the
// bytes, as in CPython.
PyObject *
rt_bytes_meth_fromhex(PyObject *type, PyObject *string)
{
    if (!rt_stringlib_check_str_arg("fromhex", "argument", string))
        return NULL;
    PyObject *r = bytes_from_hex(string);
    if (r == NULL)
        return NULL;
    // bytearray itself gets a bytearray; any subclass is called with the bytes.
    PyTypeObject *t = (PyTypeObject *)type;
    if (t == &PyByteArray_Type)
        Py_SETREF(r, PyByteArray_FromStringAndSize(PyBytes_AS_STRING(r), PyBytes_GET_SIZE(r)));
    if (r != NULL && t != &PyBytes_Type && t != &PyByteArray_Type)
        Py_SETREF(r, PyObject_CallOneArg(type, r));
    return r;
}
