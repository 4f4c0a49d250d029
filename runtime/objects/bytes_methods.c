// bytes_methods.c: the searching and splitting methods that bytes and bytearray share (find,
// count, index, startswith, split, join, strip, replace, partition, removeprefix, splitlines)
// and bytes' method table. Arguments may be any bytes-like object (buffer.h). Case mapping,
// padding, translation and decode are in bytes_transform.c, hex in bytes_hex.c; the list of
// shared methods is bytes_methods.def, argument parsing shared with str is in stringlib.c.
#include <string.h>

#include "runtime/objects/bytes_internal.h"
#include "runtime/objects/method_tables.h"
#include "runtime/objects/str_props.h"
#include "runtime/objects/stringlib.h"

#define DATA(b) rt_bytes_self_data(b)
#define SIZE(b) Py_SIZE(b)

PyObject *
rt_bytes_writer_finish_like(PyObject *self, RtBytesWriter *w)
{
    if (PyBytes_Check(self))
        return rt_bytes_writer_finish(w);
    PyObject *r = PyByteArray_FromStringAndSize(w->buf, w->len);
    rt_bytes_writer_discard(w);
    return r;
}

// Index of needle in hay[start:end] (backward when reverse), or -1.
static Py_ssize_t
find_in(const char *hay, Py_ssize_t start, Py_ssize_t end, const char *needle, Py_ssize_t m,
        int reverse)
{
    if (end - start < m)
        return -1;
    if (m == 0)
        return reverse ? end : start;
    if (!reverse) {
        Py_ssize_t i = rt_bytes_find(hay + start, end - start, needle, m);
        return i < 0 ? -1 : start + i;
    }
    for (Py_ssize_t i = end - m; i >= start; i--) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0)
            return i;
    }
    return -1;
}

// A part self[start:end] of self's kind (self itself when it is all of an exact bytes).
static PyObject *
part(PyObject *self, Py_ssize_t start, Py_ssize_t end)
{
    if (start == 0 && end == SIZE(self))
        return rt_bytes_like_unchanged(self);
    return rt_bytes_like_new(self, DATA(self) + start, end - start);
}

static int
append_part(PyObject *list, PyObject *self, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *p = part(self, start, end);
    if (p == NULL)
        return -1;
    int r = PyList_Append(list, p);
    Py_DECREF(p);
    return r;
}

// ---- find, count, index, startswith ----------------------------------------------------------

// The `sub` of find/count/index: a bytes-like object, or an int in range(256) held in byte.
typedef struct {
    Py_buffer view; // view.obj is NULL when sub is an int
    const char *p;
    Py_ssize_t n;
    char byte;
} SubArg;

static int
sub_get(PyObject *o, SubArg *s)
{
    s->view.obj = NULL;
    if (PyIndex_Check(o)) {
        Py_ssize_t v = PyNumber_AsSsize_t(o, NULL);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v < 0 || v > 255) {
            PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        s->byte = (char)v;
        s->p = &s->byte;
        s->n = 1;
        return 0;
    }
    if (!PyObject_CheckBuffer(o)) {
        PyErr_Format(PyExc_TypeError, "argument should be integer or bytes-like object, not "
                     "'%.200s'", rt_type_name(Py_TYPE(o)));
        return -1;
    }
    if (rt_buffer_get_bytes_like(o, &s->view) < 0)
        return -1;
    s->p = s->view.buf;
    s->n = s->view.len;
    return 0;
}

// NAME(sub[, start[, end]]): the bounds first, then sub, in CPython's order.
static int
parse_sub(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs, SubArg *sub,
          Py_ssize_t *start, Py_ssize_t *end)
{
    if (rt_stringlib_parse_bounds(name, args, nargs, SIZE(self), start, end) < 0)
        return -1;
    return sub_get(args[0], sub);
}

static PyObject *
find_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            int reverse, int raise)
{
    SubArg sub;
    Py_ssize_t start, end;
    if (parse_sub(name, self, args, nargs, &sub, &start, &end) < 0)
        return NULL;
    // The bounds were clipped to the length before sub's conversion, which may run code.
    if (end > SIZE(self))
        end = SIZE(self);
    Py_ssize_t i = find_in(DATA(self), start, end, sub.p, sub.n, reverse);
    PyBuffer_Release(&sub.view);
    if (i < 0 && raise) {
        PyErr_SetString(PyExc_ValueError, "subsection not found");
        return NULL;
    }
    return PyLong_FromSsize_t(i);
}

PyObject *
rt_bytes_meth_find(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("find", self, args, nargs, 0, 0);
}

PyObject *
rt_bytes_meth_rfind(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("rfind", self, args, nargs, 1, 0);
}

PyObject *
rt_bytes_meth_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("index", self, args, nargs, 0, 1);
}

PyObject *
rt_bytes_meth_rindex(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("rindex", self, args, nargs, 1, 1);
}

PyObject *
rt_bytes_meth_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    SubArg sub;
    Py_ssize_t start, end, n = 0;
    if (parse_sub("count", self, args, nargs, &sub, &start, &end) < 0)
        return NULL;
    if (end > SIZE(self))
        end = SIZE(self);
    if (sub.n == 0)
        n = end - start >= 0 ? end - start + 1 : 0;
    else {
        for (Py_ssize_t i = start; (i = find_in(DATA(self), i, end, sub.p, sub.n, 0)) >= 0;
             i += sub.n)
            n++;
    }
    PyBuffer_Release(&sub.view);
    return PyLong_FromSsize_t(n);
}

// 1 if self[start:end] starts (ends, at_end) with the bytes-like sub, 0 if not, -1 on error.
static int
tailmatch(PyObject *self, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int at_end)
{
    Py_buffer v;
    if (rt_buffer_get_bytes_like(sub, &v) < 0)
        return -1;
    Py_ssize_t m = v.len;
    if (end > SIZE(self))
        end = SIZE(self);
    int r = end - m >= start &&
            memcmp(DATA(self) + (at_end ? end - m : start), v.buf, (size_t)m) == 0;
    PyBuffer_Release(&v);
    return r;
}

static PyObject *
startswith_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                  int at_end)
{
    Py_ssize_t start, end;
    if (rt_stringlib_parse_bounds(name, args, nargs, SIZE(self), &start, &end) < 0)
        return NULL;
    PyObject *arg = args[0];
    if (!PyTuple_Check(arg)) {
        if (!PyObject_CheckBuffer(arg)) {
            PyErr_Format(PyExc_TypeError,
                         "%s first arg must be bytes or a tuple of bytes, not %.100s", name,
                         rt_type_name(Py_TYPE(arg)));
            return NULL;
        }
        int r = tailmatch(self, arg, start, end, at_end);
        return r < 0 ? NULL : PyBool_FromLong(r);
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(arg); i++) {
        int r = tailmatch(self, PyTuple_GET_ITEM(arg, i), start, end, at_end);
        if (r != 0)
            return r < 0 ? NULL : Py_NewRef(Py_True);
    }
    return Py_NewRef(Py_False);
}

PyObject *
rt_bytes_meth_startswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return startswith_common("startswith", self, args, nargs, 0);
}

PyObject *
rt_bytes_meth_endswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return startswith_common("endswith", self, args, nargs, 1);
}

// ---- split, splitlines -------------------------------------------------------------------------

static int
split_whitespace(PyObject *list, PyObject *self, Py_ssize_t maxcount, int reverse)
{
    const unsigned char *s = (const unsigned char *)DATA(self);
    Py_ssize_t len = SIZE(self);
    if (!reverse) {
        Py_ssize_t i = 0;
        while (maxcount-- > 0) {
            while (i < len && rt_str_ascii_isspace(s[i]))
                i++;
            if (i == len)
                return 0;
            Py_ssize_t j = i;
            while (i < len && !rt_str_ascii_isspace(s[i]))
                i++;
            if (append_part(list, self, j, i) < 0)
                return -1;
        }
        while (i < len && rt_str_ascii_isspace(s[i]))
            i++;
        return i < len ? append_part(list, self, i, len) : 0;
    }
    Py_ssize_t i = len - 1;
    while (maxcount-- > 0) {
        while (i >= 0 && rt_str_ascii_isspace(s[i]))
            i--;
        if (i < 0)
            return 0;
        Py_ssize_t j = i;
        while (i >= 0 && !rt_str_ascii_isspace(s[i]))
            i--;
        if (append_part(list, self, i + 1, j + 1) < 0)
            return -1;
    }
    while (i >= 0 && rt_str_ascii_isspace(s[i]))
        i--;
    return i >= 0 ? append_part(list, self, 0, i + 1) : 0;
}

static int
split_sep(PyObject *list, PyObject *self, const char *sep, Py_ssize_t m, Py_ssize_t maxcount,
          int reverse)
{
    Py_ssize_t pos;
    if (!reverse) {
        Py_ssize_t i = 0;
        while (maxcount-- > 0 && (pos = find_in(DATA(self), i, SIZE(self), sep, m, 0)) >= 0) {
            if (append_part(list, self, i, pos) < 0)
                return -1;
            i = pos + m;
        }
        return append_part(list, self, i, SIZE(self));
    }
    Py_ssize_t j = SIZE(self);
    while (maxcount-- > 0 && (pos = find_in(DATA(self), 0, j, sep, m, 1)) >= 0) {
        if (append_part(list, self, pos + m, j) < 0)
            return -1;
        j = pos;
    }
    return append_part(list, self, 0, j);
}

static PyObject *
split_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames, int reverse)
{
    PyObject *sepobj;
    Py_ssize_t maxcount;
    if (rt_stringlib_parse_split(name, args, nargs, kwnames, &sepobj, &maxcount) < 0)
        return NULL;
    Py_buffer sep = {.obj = NULL, .len = 0};
    if (sepobj != NULL) {
        if (rt_buffer_get_bytes_like(sepobj, &sep) < 0)
            return NULL;
        if (sep.len == 0) {
            PyBuffer_Release(&sep);
            PyErr_SetString(PyExc_ValueError, "empty separator");
            return NULL;
        }
    }
    PyObject *list = PyList_New(0);
    int r = list == NULL ? -1
            : sepobj == NULL ? split_whitespace(list, self, maxcount, reverse)
                             : split_sep(list, self, sep.buf, sep.len, maxcount, reverse);
    PyBuffer_Release(&sep);
    if (r == 0 && reverse)
        r = PyList_Reverse(list);
    if (r < 0)
        Py_CLEAR(list);
    return list;
}

PyObject *
rt_bytes_meth_split(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return split_common("split", self, args, nargs, kwnames, 0);
}

PyObject *
rt_bytes_meth_rsplit(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return split_common("rsplit", self, args, nargs, kwnames, 1);
}

// splitlines(keepends=False): lines end at \n, \r or \r\n.
PyObject *
rt_bytes_meth_splitlines(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames)
{
    static const char *const names[] = {"keepends"};
    static const RtArgSpec spec = {"splitlines", names, 1, 0, 0, 1, 0};
    PyObject *a[1];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    // Argument Clinic's bool(accept={int}): an integer, taken for its truth.
    Py_ssize_t keepends = 0;
    if (a[0] != NULL && (keepends = PyNumber_AsSsize_t(a[0], NULL)) == -1 && PyErr_Occurred())
        return NULL;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    const char *s = DATA(self);
    Py_ssize_t len = SIZE(self);
    for (Py_ssize_t i = 0; i < len;) {
        Py_ssize_t j = i;
        while (i < len && s[i] != '\n' && s[i] != '\r')
            i++;
        Py_ssize_t eol = i;
        if (i < len)
            i += s[i] == '\r' && i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
        if (keepends)
            eol = i;
        if (append_part(list, self, j, eol) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    }
    return list;
}

// ---- join ---------------------------------------------------------------------------------------

PyObject *
rt_bytes_meth_join(PyObject *self, PyObject *iterable)
{
    PyObject *seq = PySequence_Fast(iterable, "can only join an iterable");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    // One exact bytes joined by bytes is the result itself, as in CPython.
    if (n == 1 && PyBytes_Check(self) && PyBytes_CheckExact(items[0])) {
        PyObject *r = Py_NewRef(items[0]);
        Py_DECREF(seq);
        return r;
    }
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_buffer v;
        if (rt_buffer_get_bytes_like(items[i], &v) < 0) {
            PyErr_Clear(); // a strided view, say: CPython reports the item the same way
            PyErr_Format(PyExc_TypeError, "sequence item %zd: expected a bytes-like object, "
                         "%.80s found", i, rt_type_name(Py_TYPE(items[i])));
            goto fail;
        }
        int bad = (i > 0 && rt_bytes_writer_write(&w, DATA(self), SIZE(self)) < 0) ||
                  rt_bytes_writer_write(&w, v.buf, v.len) < 0;
        PyBuffer_Release(&v);
        if (bad)
            goto fail;
    }
    Py_DECREF(seq);
    return rt_bytes_writer_finish_like(self, &w);
fail:
    rt_bytes_writer_discard(&w);
    Py_DECREF(seq);
    return NULL;
}

// ---- strip, replace -----------------------------------------------------------------------------

// which: 1 strips the left, 2 the right, 3 both; bytes to strip, or ASCII whitespace.
static PyObject *
strip_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             int which)
{
    if (!rt_call_check_positional(name, nargs, 0, 1))
        return NULL;
    Py_buffer chars = {.obj = NULL};
    int given = nargs == 1 && args[0] != Py_None;
    if (given && rt_buffer_get_bytes_like(args[0], &chars) < 0)
        return NULL;
    const unsigned char *s = (const unsigned char *)DATA(self);
    Py_ssize_t i = 0, j = SIZE(self);
#define STRIPPED(c)                                                                            \
    (given ? memchr(chars.buf, (c), (size_t)chars.len) != NULL : rt_str_ascii_isspace(c))
    while ((which & 1) && i < j && STRIPPED(s[i]))
        i++;
    while ((which & 2) && j > i && STRIPPED(s[j - 1]))
        j--;
#undef STRIPPED
    PyBuffer_Release(&chars);
    return part(self, i, j);
}

PyObject *
rt_bytes_meth_strip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return strip_common("strip", self, args, nargs, 3);
}

PyObject *
rt_bytes_meth_lstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return strip_common("lstrip", self, args, nargs, 1);
}

PyObject *
rt_bytes_meth_rstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return strip_common("rstrip", self, args, nargs, 2);
}

// Write s[0:len] with the first `count` occurrences of old (m bytes) replaced by new (k bytes).
static int
replace_into(RtBytesWriter *w, const char *s, Py_ssize_t len, const char *old, Py_ssize_t m,
             const char *new, Py_ssize_t k, Py_ssize_t count)
{
    Py_ssize_t i = 0, done = 0, pos;
    if (m == 0) {
        // The empty pattern matches before every byte and at the end.
        for (; i <= len; i++) {
            if (done < count && rt_bytes_writer_write(w, new, k) < 0)
                return -1;
            done++;
            if (i < len && rt_bytes_writer_put(w, (unsigned char)s[i]) < 0)
                return -1;
        }
        return 0;
    }
    while (done < count && (pos = find_in(s, i, len, old, m, 0)) >= 0) {
        if (rt_bytes_writer_write(w, s + i, pos - i) < 0 || rt_bytes_writer_write(w, new, k) < 0)
            return -1;
        i = pos + m;
        done++;
    }
    return rt_bytes_writer_write(w, s + i, len - i);
}

PyObject *
rt_bytes_meth_replace(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t count = -1;
    if (!rt_call_check_positional("replace", nargs, 2, 3))
        return NULL;
    Py_buffer old, new = {.obj = NULL};
    if (rt_buffer_get_bytes_like(args[0], &old) < 0)
        return NULL;
    if (rt_buffer_get_bytes_like(args[1], &new) < 0 ||
        (nargs == 3 && rt_stringlib_ssize_arg(args[2], &count) < 0)) {
        PyBuffer_Release(&old);
        PyBuffer_Release(&new);
        return NULL;
    }
    if (count < 0)
        count = PY_SSIZE_T_MAX;
    PyObject *r = NULL;
    // Nothing to replace: an exact bytes is returned as it is.
    if (PyBytes_CheckExact(self) &&
        (count == 0 || (old.len == 0 && new.len == 0) ||
         (old.len > 0 && find_in(DATA(self), 0, SIZE(self), old.buf, old.len,
                                               0) < 0))) {
        r = Py_NewRef(self);
    } else {
        RtBytesWriter w;
        rt_bytes_writer_init(&w);
        if (replace_into(&w, DATA(self), SIZE(self), old.buf, old.len, new.buf, new.len,
                         count) < 0)
            rt_bytes_writer_discard(&w);
        else
            r = rt_bytes_writer_finish_like(self, &w);
    }
    PyBuffer_Release(&old);
    PyBuffer_Release(&new);
    return r;
}

// ---- partition, removeprefix --------------------------------------------------------------------

// A bytearray copy of any buffer, strided ones included.
static PyObject *
bytearray_from_buffer(PyObject *o)
{
    Py_buffer v;
    if (PyObject_GetBuffer(o, &v, PyBUF_FULL_RO) < 0)
        return NULL;
    PyObject *r = PyByteArray_FromStringAndSize(NULL, v.len);
    if (r != NULL && PyBuffer_ToContiguous(PyByteArray_AS_STRING(r), &v, v.len, 'C') < 0)
        Py_CLEAR(r);
    PyBuffer_Release(&v);
    return r;
}

static PyObject *
partition_common(PyObject *self, PyObject *sepobj, int reverse)
{
    // bytes hands back the separator object it was given; bytearray searches for, and hands
    // back, a bytearray copy of it.
    PyObject *sepcopy = PyBytes_Check(self) ? Py_NewRef(sepobj) : bytearray_from_buffer(sepobj);
    if (sepcopy == NULL)
        return NULL;
    Py_buffer sep;
    if (rt_buffer_get_bytes_like(sepcopy, &sep) < 0) {
        Py_DECREF(sepcopy);
        return NULL;
    }
    Py_ssize_t len = SIZE(self), m = sep.len;
    Py_ssize_t pos = m == 0 ? 0 : find_in(DATA(self), 0, len, sep.buf, m, reverse);
    PyBuffer_Release(&sep);
    if (m == 0) {
        Py_DECREF(sepcopy);
        PyErr_SetString(PyExc_ValueError, "empty separator");
        return NULL;
    }
    PyObject *middle = pos < 0 ? rt_bytes_like_new(self, NULL, 0) : Py_NewRef(sepcopy);
    Py_DECREF(sepcopy);
    if (middle == NULL)
        return NULL;
    PyObject *first, *last;
    if (pos >= 0) {
        first = part(self, 0, pos);
        last = part(self, pos + m, len);
    } else {
        // Not found: bytes (of any subclass) hands back itself, bytearray a copy.
        PyObject *whole = PyBytes_Check(self) ? Py_NewRef(self) : part(self, 0, len);
        PyObject *empty = rt_bytes_like_new(self, NULL, 0);
        first = reverse ? empty : whole;
        last = reverse ? whole : empty;
    }
    PyObject *r = NULL;
    if (first != NULL && last != NULL)
        r = PyTuple_Pack(3, first, middle, last);
    Py_XDECREF(first);
    Py_DECREF(middle);
    Py_XDECREF(last);
    return r;
}

PyObject *
rt_bytes_meth_partition(PyObject *self, PyObject *sep)
{
    return partition_common(self, sep, 0);
}

PyObject *
rt_bytes_meth_rpartition(PyObject *self, PyObject *sep)
{
    return partition_common(self, sep, 1);
}

static PyObject *
remove_affix(PyObject *self, PyObject *affix, int suffix)
{
    Py_buffer v;
    if (rt_buffer_get_bytes_like(affix, &v) < 0)
        return NULL;
    Py_ssize_t len = SIZE(self), m = v.len;
    int match = m > 0 && m <= len &&
                memcmp(DATA(self) + (suffix ? len - m : 0), v.buf, (size_t)m) == 0;
    PyBuffer_Release(&v);
    if (!match)
        return rt_bytes_like_unchanged(self);
    return suffix ? part(self, 0, len - m) : part(self, m, len);
}

PyObject *
rt_bytes_meth_removeprefix(PyObject *self, PyObject *prefix)
{
    return remove_affix(self, prefix, 0);
}

PyObject *
rt_bytes_meth_removesuffix(PyObject *self, PyObject *suffix)
{
    return remove_affix(self, suffix, 1);
}

// ---- bytes' own methods and table ---------------------------------------------------------------

static PyObject *
bytes_bytes(PyObject *self, PyObject *unused)
{
    return rt_bytes_like_unchanged(self);
}

static PyObject *
bytes_getnewargs(PyObject *self, PyObject *unused)
{
    PyObject *copy = PyBytes_FromStringAndSize(DATA(self), SIZE(self));
    if (copy == NULL)
        return NULL;
    PyObject *r = PyTuple_Pack(1, copy);
    Py_DECREF(copy);
    return r;
}

PyMethodDef rt_bytes_methods[] = {
    {"__bytes__", bytes_bytes, METH_NOARGS,
     "__bytes__($self, /)\n--\n\nConvert this value to exact type bytes."},
    {"__getnewargs__", bytes_getnewargs, METH_NOARGS, NULL},
#define BYTES_METHOD(name, kind, extra, doc) BYTES_METHOD_ENTRY(name, kind, extra, doc)
#include "runtime/objects/bytes_methods.def"
#undef BYTES_METHOD
    {NULL},
};
