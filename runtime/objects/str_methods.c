// str_methods.c: str's method table, and the methods that search, split, strip and replace,
// with CPython's semantics and messages. Padding is in str_pad.c, maketrans and translate in
// str_translate.c, format in str_formatter.c, case mapping in str_case.c, the is*()
// predicates in str_props.c, substring search in str_search.c; the type and its slots in
// str_slots.c; argument parsing shared with bytes in stringlib.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/format.h"
#include "runtime/call.h"
#include "runtime/objects/method_tables.h"
#include "runtime/objects/str_internal.h"
#include "runtime/objects/str_methods.h"
#include "runtime/objects/str_props.h"
#include "runtime/objects/stringlib.h"

#define LEN(s) PyUnicode_GET_LENGTH(s)
#define CHAR(s, i) PyUnicode_READ_CHAR(s, i)

// ---- helpers ----------------------------------------------------------------------------------

static PyObject *
substring(PyObject *s, Py_ssize_t start, Py_ssize_t end)
{
    if (start == 0 && end == LEN(s))
        return rt_str_unchanged(s);
    return PyUnicode_Substring(s, start, end);
}

// TypeError "must be str, not T" unless o is a str (find, count, partition): 1 if it is.
static int
check_str(PyObject *o)
{
    if (PyUnicode_Check(o))
        return 1;
    PyErr_Format(PyExc_TypeError, "must be str, not %.100s", rt_type_name(Py_TYPE(o)));
    return 0;
}

// The first (or, when reverse, last) index of sub in s[start:end], or -1.
static Py_ssize_t
find_sub(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int reverse)
{
    return reverse ? rt_str_rfind(s, sub, start, end) : rt_str_find(s, sub, start, end);
}

// ---- join, find, count, index, startswith -------------------------------------------------------

static PyObject *
str_join(PyObject *self, PyObject *iterable)
{
    return PyUnicode_Join(self, iterable);
}

static PyObject *
find_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            int reverse, int raise)
{
    Py_ssize_t start, end;
    if (rt_stringlib_parse_bounds(name, args, nargs, LEN(self), &start, &end) < 0 ||
        !check_str(args[0]))
        return NULL;
    Py_ssize_t i = find_sub(self, args[0], start, end, reverse);
    if (i < 0 && raise) {
        PyErr_SetString(PyExc_ValueError, "substring not found");
        return NULL;
    }
    return PyLong_FromSsize_t(i);
}

static PyObject *
str_find(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("find", self, args, nargs, 0, 0);
}

static PyObject *
str_rfind(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("rfind", self, args, nargs, 1, 0);
}

static PyObject *
str_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("index", self, args, nargs, 0, 1);
}

static PyObject *
str_rindex(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common("rindex", self, args, nargs, 1, 1);
}

static PyObject *
str_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t start, end;
    if (rt_stringlib_parse_bounds("count", args, nargs, LEN(self), &start, &end) < 0 ||
        !check_str(args[0]))
        return NULL;
    return PyLong_FromSsize_t(rt_str_count(self, args[0], start, end, PY_SSIZE_T_MAX));
}

// Does s[start:end] start (or end, when at_end) with sub?
static int
tailmatch(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int at_end)
{
    end -= LEN(sub);
    if (end < start)
        return 0;
    if (LEN(sub) == 0)
        return 1;
    if (PyUnicode_KIND(sub) > PyUnicode_KIND(s))
        return 0;
    return rt_str_match_at(s, at_end ? end : start, sub);
}

static PyObject *
startswith_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                  int at_end)
{
    Py_ssize_t start, end;
    if (rt_stringlib_parse_bounds(name, args, nargs, LEN(self), &start, &end) < 0)
        return NULL;
    PyObject *arg = args[0];
    if (PyTuple_Check(arg)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(arg); i++) {
            PyObject *sub = PyTuple_GET_ITEM(arg, i);
            if (!PyUnicode_Check(sub)) {
                PyErr_Format(PyExc_TypeError, "tuple for %s must only contain str, not %.100s",
                             name, rt_type_name(Py_TYPE(sub)));
                return NULL;
            }
            if (tailmatch(self, sub, start, end, at_end))
                return Py_NewRef(Py_True);
        }
        return Py_NewRef(Py_False);
    }
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "%s first arg must be str or a tuple of str, not %.100s",
                     name, rt_type_name(Py_TYPE(arg)));
        return NULL;
    }
    return PyBool_FromLong(tailmatch(self, arg, start, end, at_end));
}

static PyObject *
str_startswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return startswith_common("startswith", self, args, nargs, 0);
}

static PyObject *
str_endswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return startswith_common("endswith", self, args, nargs, 1);
}

// ---- split, rsplit, splitlines, partition -----------------------------------------------------

static int
append_sub(PyObject *list, PyObject *s, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *part = substring(s, start, end);
    if (part == NULL)
        return -1;
    int r = PyList_Append(list, part);
    Py_DECREF(part);
    return r;
}

static int
split_whitespace(PyObject *list, PyObject *s, Py_ssize_t maxcount)
{
    Py_ssize_t len = LEN(s), i = 0, j;
    while (maxcount-- > 0) {
        while (i < len && rt_str_char_isspace(CHAR(s, i)))
            i++;
        if (i == len)
            break;
        j = i++;
        while (i < len && !rt_str_char_isspace(CHAR(s, i)))
            i++;
        if (append_sub(list, s, j, i) < 0)
            return -1;
    }
    // Reached only when maxcount ran out: the rest, less leading whitespace, is one item.
    while (i < len && rt_str_char_isspace(CHAR(s, i)))
        i++;
    return i < len ? append_sub(list, s, i, len) : 0;
}

static int
rsplit_whitespace(PyObject *list, PyObject *s, Py_ssize_t maxcount)
{
    Py_ssize_t i = LEN(s) - 1, j;
    while (maxcount-- > 0) {
        while (i >= 0 && rt_str_char_isspace(CHAR(s, i)))
            i--;
        if (i < 0)
            break;
        j = i--;
        while (i >= 0 && !rt_str_char_isspace(CHAR(s, i)))
            i--;
        if (append_sub(list, s, i + 1, j + 1) < 0)
            return -1;
    }
    while (i >= 0 && rt_str_char_isspace(CHAR(s, i)))
        i--;
    return i >= 0 ? append_sub(list, s, 0, i + 1) : 0;
}

static int
split_sep(PyObject *list, PyObject *s, PyObject *sep, Py_ssize_t maxcount, int reverse)
{
    Py_ssize_t m = LEN(sep), pos;
    if (!reverse) {
        Py_ssize_t i = 0;
        while (maxcount-- > 0 && (pos = find_sub(s, sep, i, LEN(s), 0)) >= 0) {
            if (append_sub(list, s, i, pos) < 0)
                return -1;
            i = pos + m;
        }
        return append_sub(list, s, i, LEN(s));
    }
    Py_ssize_t j = LEN(s);
    while (maxcount-- > 0 && (pos = find_sub(s, sep, 0, j, 1)) >= 0) {
        if (append_sub(list, s, pos + m, j) < 0)
            return -1;
        j = pos;
    }
    return append_sub(list, s, 0, j);
}

static PyObject *
split_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             PyObject *kwnames, int reverse)
{
    PyObject *sep;
    Py_ssize_t maxcount;
    if (rt_stringlib_parse_split(name, args, nargs, kwnames, &sep, &maxcount) < 0)
        return NULL;
    if (sep != NULL) {
        if (!PyUnicode_Check(sep)) {
            PyErr_Format(PyExc_TypeError, "must be str or None, not %.100s",
                         rt_type_name(Py_TYPE(sep)));
            return NULL;
        }
        if (LEN(sep) == 0) {
            PyErr_SetString(PyExc_ValueError, "empty separator");
            return NULL;
        }
    }
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    int r = sep == NULL ? (reverse ? rsplit_whitespace : split_whitespace)(list, self, maxcount)
                        : split_sep(list, self, sep, maxcount, reverse);
    if (r == 0 && reverse && PyList_GET_SIZE(list) > 1)
        r = PyList_Reverse(list);
    if (r < 0)
        Py_CLEAR(list);
    return list;
}

static PyObject *
str_split(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return split_common("split", self, args, nargs, kwnames, 0);
}

static PyObject *
str_rsplit(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return split_common("rsplit", self, args, nargs, kwnames, 1);
}

static PyObject *
str_splitlines(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"keepends"};
    static const RtArgSpec spec = {"splitlines", names, 1, 0, 0, 1, 0};
    PyObject *a[1];
    int keepends = 0;
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0 ||
        (a[0] != NULL && rt_stringlib_int_arg(a[0], &keepends) < 0))
        return NULL;
    PyObject *list = PyList_New(0);
    Py_ssize_t len = LEN(self), i = 0, j = 0;
    while (list != NULL && i < len) {
        while (i < len && !rt_str_char_islinebreak(CHAR(self, i)))
            i++;
        Py_ssize_t eol = i;
        if (i < len) {
            // CR LF is one line break.
            i += CHAR(self, i) == '\r' && i + 1 < len && CHAR(self, i + 1) == '\n' ? 2 : 1;
            if (keepends)
                eol = i;
        }
        if (append_sub(list, self, j, eol) < 0)
            Py_CLEAR(list);
        j = i;
    }
    return list;
}

static PyObject *
partition_common(PyObject *self, PyObject *sep, int reverse)
{
    if (!check_str(sep))
        return NULL;
    if (LEN(sep) == 0) {
        PyErr_SetString(PyExc_ValueError, "empty separator");
        return NULL;
    }
    Py_ssize_t pos = find_sub(self, sep, 0, LEN(self), reverse);
    PyObject *parts[3];
    if (pos < 0) {
        // CPython returns self itself here, even for a subclass
        PyObject *empty = PyUnicode_New(0, 0);
        parts[reverse ? 2 : 0] = Py_NewRef(self);
        parts[1] = empty;
        parts[reverse ? 0 : 2] = Py_XNewRef(empty);
    }
    else {
        parts[0] = PyUnicode_Substring(self, 0, pos);
        parts[1] = Py_NewRef(sep);
        parts[2] = PyUnicode_Substring(self, pos + LEN(sep), LEN(self));
    }
    if (parts[0] == NULL || parts[1] == NULL || parts[2] == NULL) {
        for (int k = 0; k < 3; k++)
            Py_XDECREF(parts[k]);
        return NULL;
    }
    return rt_tuple_from_array_steal(parts, 3);
}

static PyObject *
str_partition(PyObject *self, PyObject *sep)
{
    return partition_common(self, sep, 0);
}

static PyObject *
str_rpartition(PyObject *self, PyObject *sep)
{
    return partition_common(self, sep, 1);
}

// ---- strip, replace, removeprefix ----------------------------------------------------------

static int
in_chars(PyObject *chars, Py_UCS4 c)
{
    for (Py_ssize_t i = 0; i < LEN(chars); i++) {
        if (CHAR(chars, i) == c)
            return 1;
    }
    return 0;
}

// True if strip() removes c: a character of chars, or whitespace when chars is NULL.
static int
strippable(PyObject *chars, Py_UCS4 c)
{
    return chars != NULL ? in_chars(chars, c) : rt_str_char_isspace(c);
}

// which: 1 strips the left, 2 the right, 3 both.
static PyObject *
strip_common(const char *name, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
             int which)
{
    if (!rt_call_check_positional(name, nargs, 0, 1))
        return NULL;
    PyObject *chars = nargs == 1 && args[0] != Py_None ? args[0] : NULL;
    if (chars != NULL && !PyUnicode_Check(chars)) {
        PyErr_Format(PyExc_TypeError, "%s arg must be None or str", name);
        return NULL;
    }
    Py_ssize_t i = 0, j = LEN(self);
    while ((which & 1) && i < j && strippable(chars, CHAR(self, i)))
        i++;
    while ((which & 2) && j > i && strippable(chars, CHAR(self, j - 1)))
        j--;
    return substring(self, i, j);
}

static PyObject *
str_strip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return strip_common("strip", self, args, nargs, 3);
}

static PyObject *
str_lstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return strip_common("lstrip", self, args, nargs, 1);
}

static PyObject *
str_rstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return strip_common("rstrip", self, args, nargs, 2);
}

// s with the first maxcount occurrences of old replaced by new: a new str, or s itself when
// nothing changes and s is exact, or NULL with OverflowError/MemoryError.
static PyObject *
replace(PyObject *s, PyObject *old, PyObject *new, Py_ssize_t maxcount)
{
    Py_ssize_t len = LEN(s), lold = LEN(old), lnew = LEN(new);
    Py_ssize_t n = rt_str_count(s, old, 0, len, maxcount);
    if (n == 0)
        return rt_str_unchanged(s);
    if (lnew > lold && n > (PY_SSIZE_T_MAX - len) / (lnew - lold)) {
        PyErr_SetString(PyExc_OverflowError, "replace string is too long");
        return NULL;
    }
    Py_UCS4 smax = rt_str_max_char(PyUnicode_KIND(s), PyUnicode_DATA(s), len);
    Py_UCS4 nmax = rt_str_max_char(PyUnicode_KIND(new), PyUnicode_DATA(new), lnew);
    PyObject *u = PyUnicode_New(len + n * (lnew - lold), smax > nmax ? smax : nmax);
    if (u == NULL)
        return NULL;
    Py_ssize_t i = 0, at = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        // the empty string occurs before each character
        Py_ssize_t pos = lold == 0 ? i : rt_str_find(s, old, i, len);
        rt_str_copy_chars(u, at, s, i, pos - i);
        rt_str_copy_chars(u, at + pos - i, new, 0, lnew);
        at += pos - i + lnew;
        i = pos + lold;
        if (lold == 0 && i < len)
            rt_str_copy_chars(u, at++, s, i++, 1);
    }
    rt_str_copy_chars(u, at, s, i, len - i);
    if (nmax >= smax)
        return u;
    // the replaced text may have held the only characters that needed s's width
    PyObject *r = PyUnicode_FromKindAndData(PyUnicode_KIND(u), PyUnicode_DATA(u), LEN(u));
    Py_DECREF(u);
    return r;
}

static PyObject *
str_replace(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("replace", nargs, 2, 3))
        return NULL;
    PyObject *old = args[0], *new = args[1];
    if (!rt_stringlib_check_str_arg("replace", "argument 1", old) ||
        !rt_stringlib_check_str_arg("replace", "argument 2", new))
        return NULL;
    Py_ssize_t count = -1;
    if (nargs == 3 && rt_stringlib_ssize_arg(args[2], &count) < 0)
        return NULL;
    if (count < 0)
        count = PY_SSIZE_T_MAX;
    return replace(self, old, new, count);
}

static PyObject *
remove_affix(const char *name, PyObject *self, PyObject *affix, int suffix)
{
    if (!rt_stringlib_check_str_arg(name, "argument", affix))
        return NULL;
    if (tailmatch(self, affix, 0, LEN(self), suffix))
        return suffix ? PyUnicode_Substring(self, 0, LEN(self) - LEN(affix))
                      : PyUnicode_Substring(self, LEN(affix), LEN(self));
    return rt_str_unchanged(self);
}

static PyObject *
str_removeprefix(PyObject *self, PyObject *prefix)
{
    return remove_affix("removeprefix", self, prefix, 0);
}

static PyObject *
str_removesuffix(PyObject *self, PyObject *suffix)
{
    return remove_affix("removesuffix", self, suffix, 1);
}

static PyObject *
str_encode(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    const char *encoding, *errors;
    if (rt_stringlib_parse_codec("encode", args, nargs, kwnames, &encoding, &errors) < 0)
        return NULL;
    return PyUnicode_AsEncodedString(self, encoding, errors);
}

// ---- case mapping (str_case.c), predicates (str_props.c), dunders ------------------------------

static PyObject *
str_lower(PyObject *self, PyObject *unused)
{
    return rt_str_lower(self);
}

static PyObject *
str_upper(PyObject *self, PyObject *unused)
{
    return rt_str_upper(self);
}

static PyObject *
str_title(PyObject *self, PyObject *unused)
{
    return rt_str_title(self);
}

static PyObject *
str_capitalize(PyObject *self, PyObject *unused)
{
    return rt_str_capitalize(self);
}

static PyObject *
str_swapcase(PyObject *self, PyObject *unused)
{
    return rt_str_swapcase(self);
}

static PyObject *
str_casefold(PyObject *self, PyObject *unused)
{
    return rt_str_casefold(self);
}

// __sizeof__(): what CPython 3.11 reports for a compact string of this length and width (its
// header is 48 bytes for ASCII, 72 otherwise), as int.__sizeof__ does for ints, so programs
// that print sizes print CPython's; a UTF-8 copy that CPython may cache is not counted.
static PyObject *
str_sizeof(PyObject *self, PyObject *unused)
{
    Py_ssize_t len = LEN(self);
    // A subclass's instance is CPython's non-compact form: an 80-byte header, data apart.
    if (!PyUnicode_CheckExact(self))
        return PyLong_FromSsize_t(80 + (len + 1) * PyUnicode_KIND(self));
    if (((PyUnicodeObject *)self)->ascii)
        return PyLong_FromSsize_t(48 + len + 1);
    return PyLong_FromSsize_t(72 + (len + 1) * PyUnicode_KIND(self));
}

// __getnewargs__(): (str(self),), so that copy and pickle rebuild a subclass from a plain str.
static PyObject *
str_getnewargs(PyObject *self, PyObject *unused)
{
    PyObject *copy = PyUnicode_Substring(self, 0, LEN(self));
    return copy == NULL ? NULL : rt_tuple_from_array_steal(&copy, 1);
}

// One wrapper per predicate: the method table needs a distinct function for each.
static PyObject *
is(PyObject *s, int what)
{
    return PyBool_FromLong(rt_str_is(s, what));
}

static PyObject *str_isspace(PyObject *s, PyObject *u) { return is(s, RT_STR_ISSPACE); }
static PyObject *str_isalpha(PyObject *s, PyObject *u) { return is(s, RT_STR_ISALPHA); }
static PyObject *str_isalnum(PyObject *s, PyObject *u) { return is(s, RT_STR_ISALNUM); }
static PyObject *str_isdecimal(PyObject *s, PyObject *u) { return is(s, RT_STR_ISDECIMAL); }
static PyObject *str_isdigit(PyObject *s, PyObject *u) { return is(s, RT_STR_ISDIGIT); }
static PyObject *str_isnumeric(PyObject *s, PyObject *u) { return is(s, RT_STR_ISNUMERIC); }
static PyObject *str_isascii(PyObject *s, PyObject *u) { return is(s, RT_STR_ISASCII); }
static PyObject *str_isupper(PyObject *s, PyObject *u) { return is(s, RT_STR_ISUPPER); }
static PyObject *str_islower(PyObject *s, PyObject *u) { return is(s, RT_STR_ISLOWER); }
static PyObject *str_istitle(PyObject *s, PyObject *u) { return is(s, RT_STR_ISTITLE); }
static PyObject *str_isprintable(PyObject *s, PyObject *u) { return is(s, RT_STR_ISPRINTABLE); }
static PyObject *str_isidentifier(PyObject *s, PyObject *u) { return is(s, RT_STR_ISIDENTIFIER); }

// __format__(format_spec): the spec must be a str before format.c sees it (format()'s own
// message differs).
static PyObject *
str_format_meth(PyObject *self, PyObject *spec)
{
    if (!rt_stringlib_check_str_arg("__format__", "argument", spec))
        return NULL;
    return rt_format_str(self, spec);
}

#define FAST(f) (PyCFunction)(void (*)(void))(f)
#define FASTKW METH_FASTCALL | METH_KEYWORDS

PyMethodDef rt_str_methods[] = {
    {"__format__", str_format_meth, METH_O,
     "__format__($self, format_spec, /)\n--\n\nReturn a formatted version of the string as "
     "described by format_spec."},
    {"encode", FAST(str_encode), FASTKW,
     "encode($self, /, encoding='utf-8', errors='strict')\n--\n\nEncode the string using the "
     "codec registered for encoding.\n\n  encoding\n    The encoding in which to encode the "
     "string.\n  errors\n    The error handling scheme to use for encoding errors.\n    The "
     "default is 'strict' meaning that encoding errors raise a\n    UnicodeEncodeError.  Other "
     "possible values are 'ignore', 'replace' and\n    'xmlcharrefreplace' as well as any other "
     "name registered with\n    codecs.register_error that can handle UnicodeEncodeErrors."},
    {"replace", FAST(str_replace), METH_FASTCALL,
     "replace($self, old, new, count=-1, /)\n--\n\nReturn a copy with all occurrences of "
     "substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n"
     "    -1 (the default value) means replace all occurrences.\n\nIf the optional argument "
     "count is given, only the first count occurrences are\nreplaced."},
    {"split", FAST(str_split), FASTKW,
     "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the substrings in the"
     " string, using sep as the separator string.\n\n  sep\n    The separator used to split"
     " the string.\n\n    When set to None (the default value), will split on any"
     " whitespace\n    character (including \\n \\r \\t \\f and spaces) and will discard\n  "
     "  empty strings from the result.\n  maxsplit\n    Maximum number of splits (starting"
     " from the left).\n    -1 (the default value) means no limit.\n\nNote, str.split() is"
     " mainly useful for data that has been intentionally\ndelimited.  With natural text"
     " that includes punctuation, consider using\nthe regular expression module."},
    {"rsplit", FAST(str_rsplit), FASTKW,
     "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the substrings in the"
     " string, using sep as the separator string.\n\n  sep\n    The separator used to split"
     " the string.\n\n    When set to None (the default value), will split on any"
     " whitespace\n    character (including \\n \\r \\t \\f and spaces) and will discard\n  "
     "  empty strings from the result.\n  maxsplit\n    Maximum number of splits (starting"
     " from the left).\n    -1 (the default value) means no limit.\n\nSplitting starts at"
     " the end of the string and works to the front."},
    {"format", FAST(rt_str_format_method), METH_VARARGS | METH_KEYWORDS,
     "S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions "
     "from args and kwargs.\nThe substitutions are identified by braces ('{' and '}')."},
    {"format_map", rt_str_format_map_method, METH_O,
     "S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions "
     "from mapping.\nThe substitutions are identified by braces ('{' and '}')."},
    {"join", str_join, METH_O,
     "join($self, iterable, /)\n--\n\nConcatenate any number of strings.\n\nThe string whose"
     " method is called is inserted in between each given string.\nThe result is returned as"
     " a new string.\n\nExample: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'"},
    {"find", FAST(str_find), METH_FASTCALL,
     "S.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is "
     "found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and "
     "end are interpreted as in slice notation.\n\nReturn -1 on failure."},
    {"rfind", FAST(str_rfind), METH_FASTCALL,
     "S.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub "
     "is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and "
     "end are interpreted as in slice notation.\n\nReturn -1 on failure."},
    {"index", FAST(str_index), METH_FASTCALL,
     "S.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is "
     "found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and "
     "end are interpreted as in slice notation.\n\nRaises ValueError when the substring is not "
     "found."},
    {"rindex", FAST(str_rindex), METH_FASTCALL,
     "S.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub "
     "is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and "
     "end are interpreted as in slice notation.\n\nRaises ValueError when the substring is not "
     "found."},
    {"count", FAST(str_count), METH_FASTCALL,
     "S.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of "
     "substring sub in\nstring S[start:end].  Optional arguments start and end are\ninterpreted "
     "as in slice notation."},
    {"startswith", FAST(str_startswith), METH_FASTCALL,
     "S.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if S starts with the specified "
     "prefix, False otherwise.\nWith optional start, test S beginning at that position.\nWith "
     "optional end, stop comparing S at that position.\nprefix can also be a tuple of strings "
     "to try."},
    {"endswith", FAST(str_endswith), METH_FASTCALL,
     "S.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if S ends with the specified "
     "suffix, False otherwise.\nWith optional start, test S beginning at that position.\nWith "
     "optional end, stop comparing S at that position.\nsuffix can also be a tuple of strings "
     "to try."},
    {"strip", FAST(str_strip), METH_FASTCALL,
     "strip($self, chars=None, /)\n--\n\nReturn a copy of the string with leading and trailing "
     "whitespace removed.\n\nIf chars is given and not None, remove characters in chars "
     "instead."},
    {"lstrip", FAST(str_lstrip), METH_FASTCALL,
     "lstrip($self, chars=None, /)\n--\n\nReturn a copy of the string with leading whitespace "
     "removed.\n\nIf chars is given and not None, remove characters in chars instead."},
    {"rstrip", FAST(str_rstrip), METH_FASTCALL,
     "rstrip($self, chars=None, /)\n--\n\nReturn a copy of the string with trailing whitespace "
     "removed.\n\nIf chars is given and not None, remove characters in chars instead."},
    {"splitlines", FAST(str_splitlines), FASTKW,
     "splitlines($self, /, keepends=False)\n--\n\nReturn a list of the lines in the string, "
     "breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless "
     "keepends is given and\ntrue."},
    {"partition", str_partition, METH_O,
     "partition($self, sep, /)\n--\n\nPartition the string into three parts using the given"
     " separator.\n\nThis will search for the separator in the string.  If the separator is"
     " found,\nreturns a 3-tuple containing the part before the separator, the"
     " separator\nitself, and the part after it.\n\nIf the separator is not found, returns a"
     " 3-tuple containing the original string\nand two empty strings."},
    {"rpartition", str_rpartition, METH_O,
     "rpartition($self, sep, /)\n--\n\nPartition the string into three parts using the given"
     " separator.\n\nThis will search for the separator in the string, starting at the end."
     " If\nthe separator is found, returns a 3-tuple containing the part before"
     " the\nseparator, the separator itself, and the part after it.\n\nIf the separator is"
     " not found, returns a 3-tuple containing two empty strings\nand the original string."},
    {"removeprefix", str_removeprefix, METH_O,
     "removeprefix($self, prefix, /)\n--\n\nReturn a str with the given prefix string"
     " removed if present.\n\nIf the string starts with the prefix string, return"
     " string[len(prefix):].\nOtherwise, return a copy of the original string."},
    {"removesuffix", str_removesuffix, METH_O,
     "removesuffix($self, suffix, /)\n--\n\nReturn a str with the given suffix string"
     " removed if present.\n\nIf the string ends with the suffix string and that suffix is"
     " not empty,\nreturn string[:-len(suffix)]. Otherwise, return a copy of the"
     " original\nstring."},
    {"ljust", FAST(rt_str_ljust_method), METH_FASTCALL,
     "ljust($self, width, fillchar=' ', /)\n--\n\nReturn a left-justified string of length "
     "width.\n\nPadding is done using the specified fill character (default is a space)."},
    {"rjust", FAST(rt_str_rjust_method), METH_FASTCALL,
     "rjust($self, width, fillchar=' ', /)\n--\n\nReturn a right-justified string of length "
     "width.\n\nPadding is done using the specified fill character (default is a space)."},
    {"center", FAST(rt_str_center_method), METH_FASTCALL,
     "center($self, width, fillchar=' ', /)\n--\n\nReturn a centered string of length width.\n"
     "\nPadding is done using the specified fill character (default is a space)."},
    {"zfill", rt_str_zfill_method, METH_O,
     "zfill($self, width, /)\n--\n\nPad a numeric string with zeros on the left, to fill a "
     "field of the given width.\n\nThe string is never truncated."},
    {"expandtabs", FAST(rt_str_expandtabs_method), FASTKW,
     "expandtabs($self, /, tabsize=8)\n--\n\nReturn a copy where all tab characters are "
     "expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is "
     "assumed."},
    {"lower", str_lower, METH_NOARGS,
     "lower($self, /)\n--\n\nReturn a copy of the string converted to lowercase."},
    {"upper", str_upper, METH_NOARGS,
     "upper($self, /)\n--\n\nReturn a copy of the string converted to uppercase."},
    {"title", str_title, METH_NOARGS,
     "title($self, /)\n--\n\nReturn a version of the string where each word is titlecased.\n\n"
     "More specifically, words start with uppercased characters and all remaining\ncased "
     "characters have lower case."},
    {"capitalize", str_capitalize, METH_NOARGS,
     "capitalize($self, /)\n--\n\nReturn a capitalized version of the string.\n\nMore "
     "specifically, make the first character have upper case and the rest lower\ncase."},
    {"swapcase", str_swapcase, METH_NOARGS,
     "swapcase($self, /)\n--\n\nConvert uppercase characters to lowercase and lowercase "
     "characters to uppercase."},
    {"isspace", str_isspace, METH_NOARGS,
     "isspace($self, /)\n--\n\nReturn True if the string is a whitespace string, False "
     "otherwise.\n\nA string is whitespace if all characters in the string are whitespace and "
     "there\nis at least one character in the string."},
    {"isalpha", str_isalpha, METH_NOARGS,
     "isalpha($self, /)\n--\n\nReturn True if the string is an alphabetic string, False "
     "otherwise.\n\nA string is alphabetic if all characters in the string are alphabetic and "
     "there\nis at least one character in the string."},
    {"isalnum", str_isalnum, METH_NOARGS,
     "isalnum($self, /)\n--\n\nReturn True if the string is an alpha-numeric string, False "
     "otherwise.\n\nA string is alpha-numeric if all characters in the string are alpha-numeric "
     "and\nthere is at least one character in the string."},
    {"isdecimal", str_isdecimal, METH_NOARGS,
     "isdecimal($self, /)\n--\n\nReturn True if the string is a decimal string, False "
     "otherwise.\n\nA string is a decimal string if all characters in the string are decimal "
     "and\nthere is at least one character in the string."},
    {"isdigit", str_isdigit, METH_NOARGS,
     "isdigit($self, /)\n--\n\nReturn True if the string is a digit string, False otherwise.\n"
     "\nA string is a digit string if all characters in the string are digits and there\nis at "
     "least one character in the string."},
    {"isnumeric", str_isnumeric, METH_NOARGS,
     "isnumeric($self, /)\n--\n\nReturn True if the string is a numeric string, False "
     "otherwise.\n\nA string is numeric if all characters in the string are numeric and there "
     "is at\nleast one character in the string."},
    {"isascii", str_isascii, METH_NOARGS,
     "isascii($self, /)\n--\n\nReturn True if all characters in the string are ASCII, False "
     "otherwise.\n\nASCII characters have code points in the range U+0000-U+007F.\nEmpty "
     "string is ASCII too."},
    {"isupper", str_isupper, METH_NOARGS,
     "isupper($self, /)\n--\n\nReturn True if the string is an uppercase string, False "
     "otherwise.\n\nA string is uppercase if all cased characters in the string are uppercase "
     "and\nthere is at least one cased character in the string."},
    {"islower", str_islower, METH_NOARGS,
     "islower($self, /)\n--\n\nReturn True if the string is a lowercase string, False "
     "otherwise.\n\nA string is lowercase if all cased characters in the string are lowercase "
     "and\nthere is at least one cased character in the string."},
    {"istitle", str_istitle, METH_NOARGS,
     "istitle($self, /)\n--\n\nReturn True if the string is a title-cased string, False "
     "otherwise.\n\nIn a title-cased string, upper- and title-case characters may only\nfollow "
     "uncased characters and lowercase characters only cased ones."},
    {"isprintable", str_isprintable, METH_NOARGS,
     "isprintable($self, /)\n--\n\nReturn True if the string is printable, False otherwise.\n\n"
     "A string is printable if all of its characters are considered printable in\nrepr() or "
     "if it is empty."},
    {"isidentifier", str_isidentifier, METH_NOARGS,
     "isidentifier($self, /)\n--\n\nReturn True if the string is a valid Python identifier, "
     "False otherwise.\n\nCall keyword.iskeyword(s) to test whether string s is a reserved "
     "identifier,\nsuch as \"def\" or \"class\"."},
    {"casefold", str_casefold, METH_NOARGS,
     "casefold($self, /)\n--\n\nReturn a version of the string suitable for caseless "
     "comparisons."},
    {"maketrans", FAST(rt_str_maketrans_method), METH_FASTCALL | METH_STATIC,
     "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)\n--\n\nReturn a translation "
     "table usable for str.translate().\n\nIf there is only one argument, it must be a "
     "dictionary mapping Unicode\nordinals (integers) or characters to Unicode ordinals, "
     "strings or None.\nCharacter keys will be then converted to ordinals.\nIf there are two "
     "arguments, they must be strings of equal length, and\nin the resulting dictionary, each "
     "character in x will be mapped to the\ncharacter at the same position in y. If there is "
     "a third argument, it\nmust be a string, whose characters will be mapped to None in the "
     "result."},
    {"translate", rt_str_translate_method, METH_O,
     "translate($self, table, /)\n--\n\nReplace each character in the string using the given "
     "translation table.\n\n  table\n    Translation table, which must be a mapping of Unicode "
     "ordinals to\n    Unicode ordinals, strings, or None.\n\nThe table must implement "
     "lookup/indexing via __getitem__, for instance a\ndictionary or list.  If this operation "
     "raises LookupError, the character is\nleft untouched.  Characters mapped to None are "
     "deleted."},
    {"__getnewargs__", str_getnewargs, METH_NOARGS, NULL},
    {"__sizeof__", str_sizeof, METH_NOARGS,
     "__sizeof__($self, /)\n--\n\nReturn the size of the string in memory, in bytes."},
    {NULL},
};
