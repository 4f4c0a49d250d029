// bytes_methods.c: the methods of bytes (decode, split, join, strip, replace, find, count,
// startswith, upper, lower, hex, the ASCII is*() tests), with CPython's semantics and messages.
// Only bytes count as bytes-like objects until bytearray and memoryview exist. The type and
// its slots are in bytes.c, construction in bytes_new.c, argument parsing shared with str
// in stringlib.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/method_tables.h"
#include "runtime/objects/str_props.h"
#include "runtime/objects/stringlib.h"

#define DATA(b) PyBytes_AS_STRING(b)
#define SIZE(b) PyBytes_GET_SIZE(b)

// A bytes-like argument: 1 with its buffer, or 0 with TypeError.
static int
bytes_arg(PyObject *o, const char **p, Py_ssize_t *n)
{
    if (!PyBytes_Check(o)) {
        PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'",
                     rt_type_name(Py_TYPE(o)));
        return 0;
    }
    *p = DATA(o);
    *n = SIZE(o);
    return 1;
}

static PyObject *
unchanged(PyObject *self)
{
    if (PyBytes_CheckExact(self))
        return Py_NewRef(self);
    return PyBytes_FromStringAndSize(DATA(self), SIZE(self));
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

// ---- find, count, index, startswith ----------------------------------------------------------

// The (sub[, start[, end]]) arguments: sub is bytes or an int in range(256) (written to *byte).
static int
parse_sub(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
          const char **sub, Py_ssize_t *m, char *byte, Py_ssize_t *start, Py_ssize_t *end)
{
    if (rt_stringlib_parse_bounds(name, args, nargs, SIZE(self), start, end) < 0)
        return -1;
    if (PyBytes_Check(args[0])) {
        *sub = DATA(args[0]);
        *m = SIZE(args[0]);
    }
    else if (PyIndex_Check(args[0])) {
        Py_ssize_t v = PyNumber_AsSsize_t(args[0], NULL);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v < 0 || v > 255) {
            PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *byte = (char)v;
        *sub = byte;
        *m = 1;
    }
    else {
        PyErr_Format(PyExc_TypeError, "argument should be integer or bytes-like object, not "
                     "'%.200s'", rt_type_name(Py_TYPE(args[0])));
        return -1;
    }
    return 0;
}

static PyObject *
find_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            int reverse, int raise)
{
    const char *sub;
    Py_ssize_t m, start, end;
    char byte;
    if (parse_sub(name, self, args, nargs, &sub, &m, &byte, &start, &end) < 0)
        return NULL;
    Py_ssize_t i = find_in(DATA(self), start, end, sub, m, reverse);
    if (i < 0 && raise) {
        PyErr_SetString(PyExc_ValueError, "subsection not found");
        return NULL;
    }
    return PyLong_FromSsize_t(i);
}

static PyObject *
bytes_find(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("find", self, args, nargs, 0, 0);
}

static PyObject *
bytes_rfind(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("rfind", self, args, nargs, 1, 0);
}

static PyObject *
bytes_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("index", self, args, nargs, 0, 1);
}

static PyObject *
bytes_rindex(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("rindex", self, args, nargs, 1, 1);
}

static PyObject *
bytes_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    const char *sub;
    Py_ssize_t m, start, end, n = 0;
    char byte;
    if (parse_sub("count", self, args, nargs, &sub, &m, &byte, &start, &end) < 0)
        return NULL;
    if (m == 0)
        n = end - start >= 0 ? end - start + 1 : 0;
    else {
        for (Py_ssize_t i = start; (i = find_in(DATA(self), i, end, sub, m, 0)) >= 0; i += m)
            n++;
    }
    return PyLong_FromSsize_t(n);
}

static int
tailmatch(PyObject *self, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int at_end)
{
    Py_ssize_t m = SIZE(sub);
    if (end - m < start)
        return 0;
    return memcmp(DATA(self) + (at_end ? end - m : start), DATA(sub), (size_t)m) == 0;
}

static PyObject *
startswith_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                  int at_end)
{
    Py_ssize_t start, end;
    if (rt_stringlib_parse_bounds(name, args, nargs, SIZE(self), &start, &end) < 0)
        return NULL;
    PyObject *arg = args[0];
    int is_tuple = PyTuple_Check(arg);
    if (!is_tuple && !PyBytes_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %.100s",
                     name, rt_type_name(Py_TYPE(arg)));
        return NULL;
    }
    Py_ssize_t n = is_tuple ? PyTuple_GET_SIZE(arg) : 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = is_tuple ? PyTuple_GET_ITEM(arg, i) : arg;
        if (!PyBytes_Check(item)) {
            PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'",
                         rt_type_name(Py_TYPE(item)));
            return NULL;
        }
        if (tailmatch(self, item, start, end, at_end))
            return Py_NewRef(Py_True);
    }
    return Py_NewRef(Py_False);
}

static PyObject *
bytes_startswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return startswith_common("startswith", self, args, nargs, 0);
}

static PyObject *
bytes_endswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return startswith_common("endswith", self, args, nargs, 1);
}

// ---- split, join, strip, replace --------------------------------------------------------------

static int
append_part(PyObject *list, PyObject *self, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *part = start == 0 && end == SIZE(self)
                         ? unchanged(self)
                         : PyBytes_FromStringAndSize(DATA(self) + start, end - start);
    if (part == NULL)
        return -1;
    int r = PyList_Append(list, part);
    Py_DECREF(part);
    return r;
}

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
    const char *sep = NULL;
    Py_ssize_t m = 0;
    if (sepobj != NULL) {
        if (!bytes_arg(sepobj, &sep, &m))
            return NULL;
        if (m == 0) {
            PyErr_SetString(PyExc_ValueError, "empty separator");
            return NULL;
        }
    }
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    int r = sep == NULL ? split_whitespace(list, self, maxcount, reverse)
                        : split_sep(list, self, sep, m, maxcount, reverse);
    if (r == 0 && reverse)
        r = PyList_Reverse(list);
    if (r < 0)
        Py_CLEAR(list);
    return list;
}

static PyObject *
bytes_split(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return split_common("split", self, args, nargs, kwnames, 0);
}

static PyObject *
bytes_rsplit(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return split_common("rsplit", self, args, nargs, kwnames, 1);
}

static PyObject *
bytes_join(PyObject *self, PyObject *iterable)
{
    PyObject *seq = PySequence_Fast(iterable, "can only join an iterable");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyBytes_Check(items[i])) {
            PyErr_Format(PyExc_TypeError, "sequence item %zd: expected a bytes-like object, "
                         "%.80s found", i, rt_type_name(Py_TYPE(items[i])));
            goto fail;
        }
        if ((i > 0 && rt_bytes_writer_write(&w, DATA(self), SIZE(self)) < 0) ||
            rt_bytes_writer_write(&w, DATA(items[i]), SIZE(items[i])) < 0)
            goto fail;
    }
    Py_DECREF(seq);
    return rt_bytes_writer_finish(&w);
fail:
    rt_bytes_writer_discard(&w);
    Py_DECREF(seq);
    return NULL;
}

// which: 1 strips the left, 2 the right, 3 both; bytes to strip, or ASCII whitespace.
static PyObject *
strip_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             int which)
{
    if (!rt_call_check_positional(name, nargs, 0, 1))
        return NULL;
    const char *chars = NULL;
    Py_ssize_t nchars = 0;
    if (nargs == 1 && args[0] != Py_None && !bytes_arg(args[0], &chars, &nchars))
        return NULL;
    const unsigned char *s = (const unsigned char *)DATA(self);
    Py_ssize_t i = 0, j = SIZE(self);
#define STRIPPED(c) \
    (chars ? memchr(chars, (c), (size_t)nchars) != NULL : rt_str_ascii_isspace(c))
    while ((which & 1) && i < j && STRIPPED(s[i]))
        i++;
    while ((which & 2) && j > i && STRIPPED(s[j - 1]))
        j--;
#undef STRIPPED
    if (i == 0 && j == SIZE(self))
        return unchanged(self);
    return PyBytes_FromStringAndSize(DATA(self) + i, j - i);
}

static PyObject *
bytes_strip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return strip_common("strip", self, args, nargs, 3);
}

static PyObject *
bytes_lstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return strip_common("lstrip", self, args, nargs, 1);
}

static PyObject *
bytes_rstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return strip_common("rstrip", self, args, nargs, 2);
}

static PyObject *
bytes_replace(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    const char *old, *new;
    Py_ssize_t m, k, count = -1;
    if (!rt_call_check_positional("replace", nargs, 2, 3) || !bytes_arg(args[0], &old, &m) ||
        !bytes_arg(args[1], &new, &k))
        return NULL;
    if (nargs == 3 && (count = PyNumber_AsSsize_t(args[2], PyExc_OverflowError)) == -1 &&
        PyErr_Occurred())
        return NULL;
    if (count < 0)
        count = PY_SSIZE_T_MAX;
    const char *s = DATA(self);
    Py_ssize_t len = SIZE(self), i = 0, done = 0, pos;
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    int ok = 1;
    if (m == 0) {
        // The empty pattern matches before every byte and at the end.
        for (; ok && i <= len; i++) {
            if (done < count) {
                ok = rt_bytes_writer_write(&w, new, k) == 0;
                done++;
            }
            if (ok && i < len)
                ok = rt_bytes_writer_put(&w, (unsigned char)s[i]) == 0;
        }
    }
    else {
        while (ok && done < count && (pos = find_in(s, i, len, old, m, 0)) >= 0) {
            ok = rt_bytes_writer_write(&w, s + i, pos - i) == 0 &&
                 rt_bytes_writer_write(&w, new, k) == 0;
            i = pos + m;
            done++;
        }
        if (ok)
            ok = rt_bytes_writer_write(&w, s + i, len - i) == 0;
    }
    if (!ok) {
        rt_bytes_writer_discard(&w);
        return NULL;
    }
    return rt_bytes_writer_finish(&w);
}

// ---- case, hex, predicates, decode ------------------------------------------------------------

static PyObject *
map_ascii(PyObject *self, int upper)
{
    PyObject *r = PyBytes_FromStringAndSize(NULL, SIZE(self));
    if (r == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < SIZE(self); i++) {
        unsigned char c = (unsigned char)DATA(self)[i];
        if (upper && c >= 'a' && c <= 'z')
            c -= 32;
        else if (!upper && c >= 'A' && c <= 'Z')
            c += 32;
        DATA(r)[i] = (char)c;
    }
    return r;
}

static PyObject *
bytes_upper(PyObject *self, PyObject *unused)
{
    return map_ascii(self, 1);
}

static PyObject *
bytes_lower(PyObject *self, PyObject *unused)
{
    return map_ascii(self, 0);
}

static PyObject *
bytes_hex(PyObject *self, PyObject *unused)
{
    static const char digits[] = "0123456789abcdef";
    Py_ssize_t n = SIZE(self);
    PyObject *r = PyUnicode_New(2 * n, 127);
    if (r == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)DATA(self)[i];
        PyUnicode_WRITE(PyUnicode_1BYTE_KIND, PyUnicode_DATA(r), 2 * i, digits[c >> 4]);
        PyUnicode_WRITE(PyUnicode_1BYTE_KIND, PyUnicode_DATA(r), 2 * i + 1, digits[c & 15]);
    }
    return r;
}

enum { IS_DIGIT, IS_ALPHA, IS_ALNUM, IS_SPACE, IS_UPPER, IS_LOWER };

static PyObject *
predicate(PyObject *self, int what)
{
    const unsigned char *s = (const unsigned char *)DATA(self);
    Py_ssize_t n = SIZE(self);
    int cased = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int c = s[i], digit = c >= '0' && c <= '9';
        int up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        int ok = what == IS_DIGIT   ? digit
                 : what == IS_ALPHA ? up || low
                 : what == IS_ALNUM ? up || low || digit
                 : what == IS_SPACE ? rt_str_ascii_isspace((unsigned char)c)
                 : what == IS_UPPER ? !low
                                    : !up;
        if (!ok)
            return Py_NewRef(Py_False);
        cased |= up || low;
    }
    if (what == IS_UPPER || what == IS_LOWER)
        return PyBool_FromLong(cased);
    return PyBool_FromLong(n > 0);
}

static PyObject *b_isdigit(PyObject *s, PyObject *u) { return predicate(s, IS_DIGIT); }
static PyObject *b_isalpha(PyObject *s, PyObject *u) { return predicate(s, IS_ALPHA); }
static PyObject *b_isalnum(PyObject *s, PyObject *u) { return predicate(s, IS_ALNUM); }
static PyObject *b_isspace(PyObject *s, PyObject *u) { return predicate(s, IS_SPACE); }
static PyObject *b_isupper(PyObject *s, PyObject *u) { return predicate(s, IS_UPPER); }
static PyObject *b_islower(PyObject *s, PyObject *u) { return predicate(s, IS_LOWER); }

// decode(encoding='utf-8', errors='strict')
static PyObject *
bytes_decode(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    const char *encoding, *errors;
    if (rt_stringlib_parse_codec("decode", args, nargs, kwnames, &encoding, &errors) < 0)
        return NULL;
    return PyUnicode_Decode(DATA(self), SIZE(self), encoding, errors);
}

#define FAST(f) (PyCFunction)(void (*)(void))(f)

PyMethodDef rt_bytes_methods[] = {
    {"decode", FAST(bytes_decode), METH_FASTCALL | METH_KEYWORDS,
     "decode($self, /, encoding='utf-8', errors='strict')\n--\n\nDecode the bytes using the "
     "codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the "
     "bytes.\n  errors\n    The error handling scheme to use for the handling of decoding "
     "errors.\n    The default is 'strict' meaning that decoding errors raise a\n    "
     "UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any "
     "other name registered with codecs.register_error that\n    can handle "
     "UnicodeDecodeErrors."},
    {"split", FAST(bytes_split), METH_FASTCALL | METH_KEYWORDS,
     "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytes, "
     "using sep as the delimiter."},
    {"rsplit", FAST(bytes_rsplit), METH_FASTCALL | METH_KEYWORDS,
     "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytes, "
     "using sep as the delimiter."},
    {"join", bytes_join, METH_O,
     "join($self, iterable_of_bytes, /)\n--\n\nConcatenate any number of bytes objects."},
    {"strip", FAST(bytes_strip), METH_FASTCALL,
     "strip($self, bytes=None, /)\n--\n\nStrip leading and trailing bytes contained in the "
     "argument.\n\nIf the argument is omitted or None, strip leading and trailing ASCII "
     "whitespace."},
    {"lstrip", FAST(bytes_lstrip), METH_FASTCALL,
     "lstrip($self, bytes=None, /)\n--\n\nStrip leading bytes contained in the argument.\n\nIf "
     "the argument is omitted or None, strip leading  ASCII whitespace."},
    {"rstrip", FAST(bytes_rstrip), METH_FASTCALL,
     "rstrip($self, bytes=None, /)\n--\n\nStrip trailing bytes contained in the argument.\n\nIf "
     "the argument is omitted or None, strip trailing ASCII whitespace."},
    {"replace", FAST(bytes_replace), METH_FASTCALL,
     "replace($self, old, new, count=-1, /)\n--\n\nReturn a copy with all occurrences of "
     "substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n"
     "    -1 (the default value) means replace all occurrences.\n\nIf the optional argument "
     "count is given, only the first count occurrences are\nreplaced."},
    {"find", FAST(bytes_find), METH_FASTCALL,
     "B.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsect"
     "ion sub is found,\nsuch that sub is contained within B[start,end].  Optional\nar"
     "guments start and end are interpreted as in slice notation.\n\nReturn -1 on fail"
     "ure."},
    {"rfind", FAST(bytes_rfind), METH_FASTCALL,
     "B.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subse"
     "ction sub is found,\nsuch that sub is contained within B[start,end].  Optional\n"
     "arguments start and end are interpreted as in slice notation.\n\nReturn -1 on fa"
     "ilure."},
    {"index", FAST(bytes_index), METH_FASTCALL,
     "B.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsec"
     "tion sub is found,\nsuch that sub is contained within B[start,end].  Optional\na"
     "rguments start and end are interpreted as in slice notation.\n\nRaises ValueErro"
     "r when the subsection is not found."},
    {"rindex", FAST(bytes_rindex), METH_FASTCALL,
     "B.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subs"
     "ection sub is found,\nsuch that sub is contained within B[start,end].  Optional"
     "\narguments start and end are interpreted as in slice notation.\n\nRaise ValueEr"
     "ror when the subsection is not found."},
    {"count", FAST(bytes_count), METH_FASTCALL,
     "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occu"
     "rrences of subsection sub in\nbytes B[start:end].  Optional arguments start and "
     "end are interpreted\nas in slice notation."},
    {"startswith", FAST(bytes_startswith), METH_FASTCALL,
     "B.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if B starts with the"
     " specified prefix, False otherwise.\nWith optional start, test B beginning at th"
     "at position.\nWith optional end, stop comparing B at that position.\nprefix can "
     "also be a tuple of bytes to try."},
    {"endswith", FAST(bytes_endswith), METH_FASTCALL,
     "B.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if B ends with the spe"
     "cified suffix, False otherwise.\nWith optional start, test B beginning at that p"
     "osition.\nWith optional end, stop comparing B at that position.\nsuffix can also"
     " be a tuple of bytes to try."},
    {"upper", bytes_upper, METH_NOARGS, "B.upper() -> copy of B\n\nReturn a copy of B with all "
                                        "ASCII characters converted to uppercase."},
    {"lower", bytes_lower, METH_NOARGS, "B.lower() -> copy of B\n\nReturn a copy of B with all "
                                        "ASCII characters converted to lowercase."},
    {"hex", bytes_hex, METH_NOARGS,
     "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nCreate a string of "
     "hexadecimal numbers from a bytes object.\n\n  sep\n    An optional single charac"
     "ter or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between "
     "separators.  Positive values count from the\n    right, negative values count fr"
     "om the left.\n\nExample:\n>>> value = b'\\xb9\\x01\\xef'\n>>> value.hex()\n'b901"
     "ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value"
     ".hex(':', -2)\n'b901:ef'"},
    {"isdigit", b_isdigit, METH_NOARGS,
     "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there "
     "is at least one character in B, False otherwise."},
    {"isalpha", b_isalpha, METH_NOARGS,
     "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand th"
     "ere is at least one character in B, False otherwise."},
    {"isalnum", b_isalnum, METH_NOARGS,
     "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand "
     "there is at least one character in B, False otherwise."},
    {"isspace", b_isspace, METH_NOARGS,
     "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand th"
     "ere is at least one character in B, False otherwise."},
    {"isupper", b_isupper, METH_NOARGS,
     "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase an"
     "d there is\nat least one cased character in B, False otherwise."},
    {"islower", b_islower, METH_NOARGS,
     "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase an"
     "d there is\nat least one cased character in B, False otherwise."},
    {NULL},
};
