// bytes_transform.c: the methods of bytes and bytearray that map or test every byte: the
// ASCII case mappings (lower, upper, swapcase, title, capitalize), the is*() predicates,
// padding (center, ljust, rjust, zfill), expandtabs, translate/maketrans and decode. The
// searching and splitting methods are in bytes_methods.c, the list of methods in
// bytes_methods.def.
#include <string.h>

#include "runtime/objects/bytes_internal.h"
#include "runtime/objects/str_props.h"
#include "runtime/objects/stringlib.h"

#define DATA(b) rt_bytes_self_data(b)
#define SIZE(b) Py_SIZE(b)

static int
is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static int
is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

static int
is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static unsigned char
to_upper(unsigned char c)
{
    return is_lower(c) ? (unsigned char)(c - 32) : c;
}

static unsigned char
to_lower(unsigned char c)
{
    return is_upper(c) ? (unsigned char)(c + 32) : c;
}

// A Py_ssize_t argument as Argument Clinic converts it: __index__, OverflowError beyond.
static int
ssize_arg(PyObject *o, Py_ssize_t *out)
{
    PyObject *n = PyNumber_Index(o);
    if (n == NULL)
        return -1;
    *out = PyLong_AsSsize_t(n);
    Py_DECREF(n);
    return *out == -1 && PyErr_Occurred() ? -1 : 0;
}

// ---- case mapping -------------------------------------------------------------------------------

enum { MAP_LOWER, MAP_UPPER, MAP_SWAPCASE, MAP_TITLE, MAP_CAPITALIZE };

static PyObject *
map_case(PyObject *self, int how)
{
    PyObject *r = rt_bytes_like_new(self, NULL, SIZE(self));
    if (r == NULL)
        return NULL;
    const unsigned char *s = (const unsigned char *)DATA(self);
    unsigned char *d = (unsigned char *)rt_bytes_self_data(r);
    int previous_cased = 0; // title: the previous byte was a letter
    for (Py_ssize_t i = 0; i < SIZE(self); i++) {
        unsigned char c = s[i];
        switch (how) {
        case MAP_LOWER: c = to_lower(c); break;
        case MAP_UPPER: c = to_upper(c); break;
        case MAP_SWAPCASE: c = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case MAP_TITLE:
            c = previous_cased ? to_lower(c) : to_upper(c);
            previous_cased = is_upper(c) || is_lower(c);
            break;
        default: c = i == 0 ? to_upper(c) : to_lower(c); break;
        }
        d[i] = c;
    }
    return r;
}

PyObject *
rt_bytes_meth_lower(PyObject *self, PyObject *unused)
{
    return map_case(self, MAP_LOWER);
}

PyObject *
rt_bytes_meth_upper(PyObject *self, PyObject *unused)
{
    return map_case(self, MAP_UPPER);
}

PyObject *
rt_bytes_meth_swapcase(PyObject *self, PyObject *unused)
{
    return map_case(self, MAP_SWAPCASE);
}

PyObject *
rt_bytes_meth_title(PyObject *self, PyObject *unused)
{
    return map_case(self, MAP_TITLE);
}

PyObject *
rt_bytes_meth_capitalize(PyObject *self, PyObject *unused)
{
    return map_case(self, MAP_CAPITALIZE);
}

// ---- predicates ---------------------------------------------------------------------------------

enum { IS_DIGIT, IS_ALPHA, IS_ALNUM, IS_SPACE, IS_ASCII };

// True when every byte passes (and there is at least one, except for isascii).
static PyObject *
all_bytes(PyObject *self, int what)
{
    const unsigned char *s = (const unsigned char *)DATA(self);
    Py_ssize_t n = SIZE(self);
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        int ok = what == IS_DIGIT   ? is_digit(c)
                 : what == IS_ALPHA ? is_upper(c) || is_lower(c)
                 : what == IS_ALNUM ? is_upper(c) || is_lower(c) || is_digit(c)
                 : what == IS_SPACE ? rt_str_ascii_isspace(c)
                                    : c < 0x80;
        if (!ok)
            return Py_NewRef(Py_False);
    }
    return PyBool_FromLong(n > 0 || what == IS_ASCII);
}

// isupper/islower: no byte of the other case, and at least one cased byte.
static PyObject *
cased_as(PyObject *self, int upper)
{
    const unsigned char *s = (const unsigned char *)DATA(self);
    int cased = 0;
    for (Py_ssize_t i = 0; i < SIZE(self); i++) {
        if (upper ? is_lower(s[i]) : is_upper(s[i]))
            return Py_NewRef(Py_False);
        cased |= is_upper(s[i]) || is_lower(s[i]);
    }
    return PyBool_FromLong(cased);
}

PyObject *
rt_bytes_meth_isdigit(PyObject *self, PyObject *unused)
{
    return all_bytes(self, IS_DIGIT);
}

PyObject *
rt_bytes_meth_isalpha(PyObject *self, PyObject *unused)
{
    return all_bytes(self, IS_ALPHA);
}

PyObject *
rt_bytes_meth_isalnum(PyObject *self, PyObject *unused)
{
    return all_bytes(self, IS_ALNUM);
}

PyObject *
rt_bytes_meth_isspace(PyObject *self, PyObject *unused)
{
    return all_bytes(self, IS_SPACE);
}

PyObject *
rt_bytes_meth_isascii(PyObject *self, PyObject *unused)
{
    return all_bytes(self, IS_ASCII);
}

PyObject *
rt_bytes_meth_isupper(PyObject *self, PyObject *unused)
{
    return cased_as(self, 1);
}

PyObject *
rt_bytes_meth_islower(PyObject *self, PyObject *unused)
{
    return cased_as(self, 0);
}

// istitle: uppercase bytes only start words, lowercase ones only continue them.
PyObject *
rt_bytes_meth_istitle(PyObject *self, PyObject *unused)
{
    const unsigned char *s = (const unsigned char *)DATA(self);
    int cased = 0, previous_cased = 0;
    for (Py_ssize_t i = 0; i < SIZE(self); i++) {
        if (is_upper(s[i])) {
            if (previous_cased)
                return Py_NewRef(Py_False);
            previous_cased = cased = 1;
        } else if (is_lower(s[i])) {
            if (!previous_cased)
                return Py_NewRef(Py_False);
            previous_cased = cased = 1;
        } else {
            previous_cased = 0;
        }
    }
    return PyBool_FromLong(cased);
}

// ---- padding ------------------------------------------------------------------------------------

// self with `left` and `right` fill bytes around it (self itself for an exact bytes when none).
static PyObject *
pad(PyObject *self, Py_ssize_t left, Py_ssize_t right, char fill)
{
    left = left < 0 ? 0 : left;
    right = right < 0 ? 0 : right;
    if (left == 0 && right == 0)
        return rt_bytes_like_unchanged(self);
    Py_ssize_t len = SIZE(self);
    if (left > PY_SSIZE_T_MAX - len || right > PY_SSIZE_T_MAX - len - left) {
        PyErr_SetString(PyExc_OverflowError, "padded string is too long");
        return NULL;
    }
    PyObject *r = rt_bytes_like_new(self, NULL, left + len + right);
    if (r == NULL)
        return NULL;
    char *d = rt_bytes_self_data(r);
    memset(d, fill, (size_t)left);
    memcpy(d + left, DATA(self), (size_t)len);
    memset(d + left + len, fill, (size_t)right);
    return r;
}

// NAME(width, fillchar=b' ', /): fillchar is a bytes or bytearray of length 1.
static int
parse_pad_args(const char *name, PyObject *const *args, Py_ssize_t nargs, Py_ssize_t *width,
               char *fill)
{
    if (!rt_call_check_positional(name, nargs, 1, 2) || ssize_arg(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs == 2) {
        PyObject *f = args[1];
        if (PyBytes_Check(f) && PyBytes_GET_SIZE(f) == 1)
            *fill = PyBytes_AS_STRING(f)[0];
        else if (PyByteArray_Check(f) && PyByteArray_GET_SIZE(f) == 1)
            *fill = PyByteArray_AS_STRING(f)[0];
        else {
            PyErr_Format(PyExc_TypeError, "%s() argument 2 must be a byte string of length 1, "
                         "not %.50s", name, rt_type_name(Py_TYPE(f)));
            return -1;
        }
    }
    return 0;
}

PyObject *
rt_bytes_meth_center(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t width;
    char fill;
    if (parse_pad_args("center", args, nargs, &width, &fill) < 0)
        return NULL;
    Py_ssize_t margin = width - SIZE(self);
    if (margin <= 0)
        return rt_bytes_like_unchanged(self);
    // CPython's rounding: an odd margin puts the extra byte left when width is odd.
    Py_ssize_t left = margin / 2 + (margin & width & 1);
    return pad(self, left, margin - left, fill);
}

PyObject *
rt_bytes_meth_ljust(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t width;
    char fill;
    if (parse_pad_args("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, 0, width - SIZE(self), fill);
}

PyObject *
rt_bytes_meth_rjust(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t width;
    char fill;
    if (parse_pad_args("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, width - SIZE(self), 0, fill);
}

// zfill(width, /): pad with b'0' on the left, after a leading sign.
PyObject *
rt_bytes_meth_zfill(PyObject *self, PyObject *arg)
{
    Py_ssize_t width;
    if (ssize_arg(arg, &width) < 0)
        return NULL;
    Py_ssize_t fill = width - SIZE(self);
    if (fill <= 0)
        return rt_bytes_like_unchanged(self);
    PyObject *r = pad(self, fill, 0, '0');
    if (r == NULL)
        return NULL;
    char *d = rt_bytes_self_data(r);
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

// expandtabs(tabsize=8): columns restart after \n and \r; tabsize <= 0 drops the tabs.
PyObject *
rt_bytes_meth_expandtabs(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames)
{
    static const char *const names[] = {"tabsize"};
    static const RtArgSpec spec = {"expandtabs", names, 1, 0, 0, 1, 0};
    PyObject *a[1];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    int tabsize = 8;
    if (a[0] != NULL && rt_stringlib_int_arg(a[0], &tabsize) < 0)
        return NULL;
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    const char *s = DATA(self);
    Py_ssize_t column = 0;
    for (Py_ssize_t i = 0; i < SIZE(self); i++) {
        int ok;
        if (s[i] == '\t') {
            Py_ssize_t n = tabsize > 0 ? tabsize - column % tabsize : 0;
            ok = rt_bytes_writer_reserve(&w, n) == 0;
            if (ok) {
                memset(w.buf + w.len, ' ', (size_t)n);
                w.len += n;
                column += n;
            }
        } else {
            ok = rt_bytes_writer_put(&w, (unsigned char)s[i]) == 0;
            column = s[i] == '\n' || s[i] == '\r' ? 0 : column + 1;
        }
        if (!ok) {
            rt_bytes_writer_discard(&w);
            return NULL;
        }
    }
    return rt_bytes_writer_finish_like(self, &w);
}

// ---- translate, maketrans, decode ---------------------------------------------------------------

// translate(table, /, delete=b''): table is None or 256 bytes mapping each byte.
PyObject *
rt_bytes_meth_translate(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames)
{
    static const char *const names[] = {"", "delete"};
    static const RtArgSpec spec = {"translate", names, 2, 1, 1, 2, 0};
    PyObject *a[2];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    Py_buffer table = {.obj = NULL}, del = {.obj = NULL};
    PyObject *r = NULL;
    if (a[0] != Py_None) {
        if (rt_buffer_get_bytes_like(a[0], &table) < 0)
            return NULL;
        if (table.len != 256) {
            PyErr_SetString(PyExc_ValueError, "translation table must be 256 characters long");
            goto done;
        }
    }
    if (a[1] != NULL && rt_buffer_get_bytes_like(a[1], &del) < 0)
        goto done;
    char deleted[256] = {0};
    for (Py_ssize_t i = 0; i < del.len; i++)
        deleted[((unsigned char *)del.buf)[i]] = 1;
    const unsigned char *s = (const unsigned char *)DATA(self), *map = table.buf;
    Py_ssize_t n = 0;
    int changed = 0;
    char *out = PyMem_Malloc(SIZE(self) > 0 ? (size_t)SIZE(self) : 1);
    if (out == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < SIZE(self); i++) {
        unsigned char c = map != NULL ? map[s[i]] : s[i];
        if (deleted[s[i]] || c != s[i])
            changed = 1;
        if (!deleted[s[i]])
            out[n++] = (char)c;
    }
    r = changed ? rt_bytes_like_new(self, out, n) : rt_bytes_like_unchanged(self);
    PyMem_Free(out);
done:
    PyBuffer_Release(&table);
    PyBuffer_Release(&del);
    return r;
}

// maketrans(frm, to, /) (a static method): the 256-byte table mapping frm[i] to to[i].
PyObject *
rt_bytes_meth_maketrans(PyObject *unused, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("maketrans", nargs, 2, 2))
        return NULL;
    Py_buffer frm, to;
    if (rt_buffer_get_bytes_like(args[0], &frm) < 0)
        return NULL;
    if (rt_buffer_get_bytes_like(args[1], &to) < 0) {
        PyBuffer_Release(&frm);
        return NULL;
    }
    PyObject *r = NULL;
    if (frm.len != to.len)
        PyErr_SetString(PyExc_ValueError, "maketrans arguments must have same length");
    else if ((r = PyBytes_FromStringAndSize(NULL, 256)) != NULL) {
        unsigned char *t = (unsigned char *)PyBytes_AS_STRING(r);
        for (int i = 0; i < 256; i++)
            t[i] = (unsigned char)i;
        for (Py_ssize_t i = 0; i < frm.len; i++)
            t[((unsigned char *)frm.buf)[i]] = ((unsigned char *)to.buf)[i];
    }
    PyBuffer_Release(&frm);
    PyBuffer_Release(&to);
    return r;
}

// decode(encoding='utf-8', errors='strict')
PyObject *
rt_bytes_meth_decode(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    const char *encoding, *errors;
    if (rt_stringlib_parse_codec("decode", args, nargs, kwnames, &encoding, &errors) < 0)
        return NULL;
    return PyUnicode_Decode(DATA(self), SIZE(self), encoding, errors);
}
