// str_pad.c: the str methods that lay text out in columns: center, ljust, rjust, zfill and
// expandtabs, with CPython's rounding, argument conversions and messages. The other
// methods are in str_methods.c.
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/str_internal.h"
#include "runtime/objects/str_methods.h"
#include "runtime/objects/stringlib.h"

#define LEN(s) PyUnicode_GET_LENGTH(s)

// s with `left` and `right` fill characters around it (neither negative): a new str, or
// NULL with OverflowError/MemoryError.
static PyObject *
pad(PyObject *s, Py_ssize_t left, Py_ssize_t right, Py_UCS4 fill)
{
    Py_ssize_t len = LEN(s);
    if (left == 0 && right == 0)
        return rt_str_unchanged(s);
    if (left > PY_SSIZE_T_MAX - len || right > PY_SSIZE_T_MAX - len - left) {
        PyErr_SetString(PyExc_OverflowError, "padded string is too long");
        return NULL;
    }
    Py_UCS4 maxchar = rt_str_max_char(PyUnicode_KIND(s), PyUnicode_DATA(s), len);
    PyObject *u = PyUnicode_New(left + len + right, maxchar > fill ? maxchar : fill);
    if (u == NULL)
        return NULL;
    rt_str_fill(u, 0, left, fill);
    rt_str_copy_chars(u, left, s, 0, len);
    rt_str_fill(u, left + len, right, fill);
    return u;
}

// (width, fillchar=' ', /) of ljust, rjust and center, converted as argument clinic does.
static int
parse_pad_args(const char *name, PyObject *const *args, Py_ssize_t nargs, Py_ssize_t *width,
               Py_UCS4 *fill)
{
    if (!rt_call_check_positional(name, nargs, 1, 2) || rt_stringlib_ssize_arg(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs < 2)
        return 0;
    if (!PyUnicode_Check(args[1])) {
        PyErr_Format(PyExc_TypeError, "The fill character must be a unicode character, not %.100s",
                     rt_type_name(Py_TYPE(args[1])));
        return -1;
    }
    if (LEN(args[1]) != 1) {
        PyErr_SetString(PyExc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    *fill = PyUnicode_READ_CHAR(args[1], 0);
    return 0;
}

enum { PAD_RIGHT, PAD_LEFT, PAD_BOTH }; // ljust, rjust, center

static PyObject *
justify(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs, int where)
{
    Py_ssize_t width;
    Py_UCS4 fill;
    if (parse_pad_args(name, args, nargs, &width, &fill) < 0)
        return NULL;
    Py_ssize_t len = LEN(self);
    if (len >= width)
        return rt_str_unchanged(self);
    Py_ssize_t margin = width - len;
    switch (where) {
    case PAD_RIGHT: return pad(self, 0, margin, fill);
    case PAD_LEFT: return pad(self, margin, 0, fill);
    default: {
        // CPython's rounding: the odd character goes left only when width is odd too
        Py_ssize_t left = margin / 2 + (margin & width & 1);
        return pad(self, left, margin - left, fill);
    }
    }
}

PyObject *
rt_str_ljust_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return justify("ljust", self, args, nargs, PAD_RIGHT);
}

PyObject *
rt_str_rjust_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return justify("rjust", self, args, nargs, PAD_LEFT);
}

PyObject *
rt_str_center_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return justify("center", self, args, nargs, PAD_BOTH);
}

PyObject *
rt_str_zfill_method(PyObject *self, PyObject *arg)
{
    Py_ssize_t width;
    if (rt_stringlib_ssize_arg(arg, &width) < 0)
        return NULL;
    Py_ssize_t len = LEN(self);
    if (len >= width)
        return rt_str_unchanged(self);
    Py_ssize_t fill = width - len;
    PyObject *u = pad(self, fill, 0, '0');
    if (u == NULL)
        return NULL;
    // a sign moves in front of the zeros (u was just made: it may still be written)
    Py_UCS4 c = PyUnicode_READ_CHAR(u, fill);
    if (c == '+' || c == '-') {
        PyUnicode_WRITE(PyUnicode_KIND(u), PyUnicode_DATA(u), 0, c);
        PyUnicode_WRITE(PyUnicode_KIND(u), PyUnicode_DATA(u), fill, '0');
    }
    return u;
}

// The length of s with its tabs expanded, or -1 with OverflowError. *found tells whether s
// has a tab at all.
static Py_ssize_t
expanded_length(PyObject *s, int tabsize, int *found)
{
    Py_ssize_t n = 0, column = 0;
    *found = 0;
    for (Py_ssize_t i = 0; i < LEN(s); i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(s, i);
        Py_ssize_t incr = 1;
        if (c == '\t') {
            *found = 1;
            incr = tabsize > 0 ? tabsize - column % tabsize : 0;
        }
        if (n > PY_SSIZE_T_MAX - incr) {
            PyErr_SetString(PyExc_OverflowError, "new string is too long");
            return -1;
        }
        n += incr;
        column = c == '\n' || c == '\r' ? 0 : column + incr;
    }
    return n;
}

PyObject *
rt_str_expandtabs_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames)
{
    static const char *const names[] = {"tabsize"};
    static const RtArgSpec spec = {"expandtabs", names, 1, 0, 0, 1, 0};
    PyObject *a[1];
    int tabsize = 8, found;
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0 ||
        (a[0] != NULL && rt_stringlib_int_arg(a[0], &tabsize) < 0))
        return NULL;
    Py_ssize_t n = expanded_length(self, tabsize, &found);
    if (n < 0)
        return NULL;
    if (!found)
        return rt_str_unchanged(self);
    int kind = PyUnicode_KIND(self);
    PyObject *u = PyUnicode_New(n, rt_str_max_char(kind, PyUnicode_DATA(self), LEN(self)));
    if (u == NULL)
        return NULL;
    Py_ssize_t at = 0, column = 0;
    for (Py_ssize_t i = 0; i < LEN(self); i++) {
        Py_UCS4 c = PyUnicode_READ(kind, PyUnicode_DATA(self), i);
        if (c == '\t') {
            Py_ssize_t incr = tabsize > 0 ? tabsize - column % tabsize : 0;
            rt_str_fill(u, at, incr, ' ');
            at += incr;
            column += incr;
            continue;
        }
        PyUnicode_WRITE(PyUnicode_KIND(u), PyUnicode_DATA(u), at++, c);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
    return u;
}
