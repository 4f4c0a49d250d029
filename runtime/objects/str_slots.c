// str_slots.c: what the str type does as an object: its sequence and mapping slots (len,
// indexing, slicing, +, *, in), iteration, str() construction, and the type objects.
// Building and comparing strings is in str.c, the codecs in str_codec.c and str_encode.c,
// substring search (for `in`) in str_search.c, repr in str_format.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/method_tables.h"
#include "runtime/objects/str_internal.h"
#include "runtime/objects/stringlib.h"

static void
str_dealloc(PyObject *s)
{
    PyUnicodeObject *u = (PyUnicodeObject *)s;
    if (!u->ascii)
        PyMem_Free(u->utf8);
    Py_TYPE(s)->tp_free(s);
}

// str(s): the object itself when exact; a subclass instance gives an exact copy.
static PyObject *
str_str(PyObject *s)
{
    if (PyUnicode_CheckExact(s))
        return Py_NewRef(s);
    return PyUnicode_FromKindAndData(PyUnicode_KIND(s), PyUnicode_DATA(s), PyUnicode_GET_LENGTH(s));
}

static Py_ssize_t
str_length(PyObject *s)
{
    return PyUnicode_GET_LENGTH(s);
}

static PyObject *
str_item(PyObject *s, Py_ssize_t i)
{
    if (i < 0 || i >= PyUnicode_GET_LENGTH(s)) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return NULL;
    }
    return PyUnicode_Substring(s, i, i + 1);
}

// s[start:stop:step] for a step other than 1; n > 0 code points.
static PyObject *
str_stepped(PyObject *s, Py_ssize_t start, Py_ssize_t step, Py_ssize_t n)
{
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_UCS4 maxchar = 0;
    for (Py_ssize_t i = 0, at = start; i < n; i++, at += step) {
        Py_UCS4 c = PyUnicode_READ(kind, data, at);
        maxchar = c > maxchar ? c : maxchar;
    }
    if (n == 1)
        return PyUnicode_FromOrdinal((int)maxchar);
    PyObject *r = PyUnicode_New(n, maxchar);
    if (r == NULL)
        return NULL;
    int rkind = PyUnicode_KIND(r);
    void *rdata = PyUnicode_DATA(r);
    for (Py_ssize_t i = 0, at = start; i < n; i++, at += step)
        PyUnicode_WRITE(rkind, rdata, i, PyUnicode_READ(kind, data, at));
    return r;
}

static PyObject *
str_subscript(PyObject *s, PyObject *key)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        return str_item(s, i < 0 ? i + len : i);
    }
    if (!PySlice_Check(key))
        return PyErr_Format(PyExc_TypeError, "string indices must be integers, not '%.200s'",
                            rt_type_name(Py_TYPE(key)));
    Py_ssize_t start, stop, step, n;
    if (PySlice_GetIndicesEx(key, len, &start, &stop, &step, &n) < 0)
        return NULL;
    if (n <= 0)
        return PyUnicode_New(0, 0);
    if (step == 1)
        return PyUnicode_Substring(s, start, start + n);
    return str_stepped(s, start, step, n);
}

static PyObject *
str_repeat(PyObject *s, Py_ssize_t count)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    if (count <= 0 || len == 0)
        return PyUnicode_New(0, 0);
    if (count == 1)
        return str_str(s);
    if (len > PY_SSIZE_T_MAX / count) {
        PyErr_SetString(PyExc_OverflowError, "repeated string is too long");
        return NULL;
    }
    int kind = PyUnicode_KIND(s);
    PyObject *r = PyUnicode_New(len * count, rt_str_max_char(kind, PyUnicode_DATA(s), len));
    if (r == NULL)
        return NULL;
    char *dst = PyUnicode_DATA(r);
    size_t unit = (size_t)len * (size_t)kind, total = unit * (size_t)count;
    if (unit == 1) {
        memset(dst, *(const char *)PyUnicode_DATA(s), total);
        return r;
    }
    // double the filled prefix each step: log(count) memcpy calls
    memcpy(dst, PyUnicode_DATA(s), unit);
    for (size_t done = unit; done < total;) {
        size_t n = done <= total - done ? done : total - done;
        memcpy(dst + done, dst, n);
        done += n;
    }
    return r;
}

static int
str_contains(PyObject *s, PyObject *sub)
{
    if (!PyUnicode_Check(sub)) {
        PyErr_Format(PyExc_TypeError, "'in <string>' requires string as left operand, not %.100s",
                     rt_type_name(Py_TYPE(sub)));
        return -1;
    }
    return rt_str_find(s, sub, 0, PyUnicode_GET_LENGTH(s)) >= 0;
}

// ---- str(object='', encoding='utf-8', errors='strict') ---------------------------------

static const char *const new_kwlist[] = {"object", "encoding", "errors"};

// Place the keyword arguments of str() into slots[0..2] after the positional ones.
static int
new_parse_keywords(PyObject *kwds, PyObject **slots, Py_ssize_t nargs)
{
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(kwds, &pos, &key, &value)) {
        int k = 0;
        while (k < 3 && !(PyUnicode_Check(key) && rt_str_equal_ascii(key, new_kwlist[k])))
            k++;
        if (k == 3) {
            if (!PyUnicode_Check(key))
                PyErr_SetString(PyExc_TypeError, "keywords must be strings");
            else
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for str()", key);
            return -1;
        }
        if (k < nargs) {
            PyErr_Format(PyExc_TypeError,
                         "argument for str() given by name ('%s') and position (%d)", new_kwlist[k],
                         k + 1);
            return -1;
        }
        slots[k] = value;
    }
    return 0;
}

// The C string of str()'s encoding/errors argument, or NULL with TypeError.
static const char *
new_text_arg(PyObject *o, const char *name)
{
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "str() argument '%s' must be str, not %.50s", name,
                     rt_type_name(Py_TYPE(o)));
        return NULL;
    }
    return rt_stringlib_c_string(o);
}

// str(obj, encoding, errors) once the arguments are known: an exact str.
static PyObject *
new_exact(PyObject *obj, PyObject *encoding, PyObject *errors)
{
    if (encoding == NULL && errors == NULL)
        return obj == NULL ? PyUnicode_New(0, 0) : PyObject_Str(obj);
    const char *enc = "utf-8", *err = "strict";
    if (encoding != NULL && (enc = new_text_arg(encoding, "encoding")) == NULL)
        return NULL;
    if (errors != NULL && (err = new_text_arg(errors, "errors")) == NULL)
        return NULL;
    if (obj == NULL)
        return PyUnicode_New(0, 0);
    if (PyBytes_Check(obj))
        return PyUnicode_Decode(PyBytes_AS_STRING(obj), PyBytes_GET_SIZE(obj), enc, err);
    if (PyUnicode_Check(obj)) {
        PyErr_SetString(PyExc_TypeError, "decoding str is not supported");
        return NULL;
    }
    // any other contiguous buffer (bytearray, memoryview ...) decodes the same way
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0) {
        PyErr_Clear();
        return PyErr_Format(PyExc_TypeError,
                            "decoding to str: need a bytes-like object, %.80s found",
                            rt_type_name(Py_TYPE(obj)));
    }
    PyObject *r = PyUnicode_Decode(view.buf, view.len, enc, err);
    PyBuffer_Release(&view);
    return r;
}

static PyObject *
str_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t nargs = args ? PyTuple_GET_SIZE(args) : 0;
    Py_ssize_t nkw = kwds ? PyDict_Size(kwds) : 0;
    if (nargs + nkw > 3) {
        PyErr_Format(PyExc_TypeError, "str() takes at most 3 arguments (%zd given)", nargs + nkw);
        return NULL;
    }
    PyObject *slots[3] = {NULL, NULL, NULL};
    for (Py_ssize_t i = 0; i < nargs; i++)
        slots[i] = PyTuple_GET_ITEM(args, i);
    if (nkw > 0 && new_parse_keywords(kwds, slots, nargs) < 0)
        return NULL;
    PyObject *exact = new_exact(slots[0], slots[1], slots[2]);
    if (exact == NULL || type == &PyUnicode_Type)
        return exact;
    // a subclass instance: same code points, allocated through the subclass's tp_alloc
    Py_ssize_t len = PyUnicode_GET_LENGTH(exact);
    int kind = PyUnicode_KIND(exact);
    PyObject *r = rt_str_alloc(type, len, rt_str_max_char(kind, PyUnicode_DATA(exact), len));
    if (r != NULL)
        memcpy(PyUnicode_DATA(r), PyUnicode_DATA(exact), (size_t)len * (size_t)kind);
    Py_DECREF(exact);
    return r;
}

// ---- iteration ------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    Py_ssize_t index;
    PyObject *seq; // the str being iterated; NULL once exhausted
} StrIterObject;

static PyObject *
str_iter(PyObject *s)
{
    StrIterObject *it = PyObject_GC_New(StrIterObject, &rt_str_iterator_type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = Py_NewRef(s);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static void
striter_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_XDECREF(((StrIterObject *)o)->seq);
    Py_TYPE(o)->tp_free(o);
}

static int
striter_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((StrIterObject *)o)->seq);
    return 0;
}

static int
striter_clear(PyObject *o)
{
    Py_CLEAR(((StrIterObject *)o)->seq);
    return 0;
}

static PyObject *
striter_next(PyObject *o)
{
    StrIterObject *it = (StrIterObject *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < PyUnicode_GET_LENGTH(it->seq)) {
        it->index++;
        return PyUnicode_Substring(it->seq, it->index - 1, it->index);
    }
    Py_CLEAR(it->seq);
    return NULL;
}

static PyObject *
striter_self(PyObject *o)
{
    return Py_NewRef(o);
}

// ---- the type objects -----------------------------------------------------------------

static PySequenceMethods str_as_sequence = {
    .sq_length = str_length,
    .sq_concat = PyUnicode_Concat, // raises "can only concatenate str ..." for other types
    .sq_repeat = str_repeat,
    .sq_item = str_item,
    .sq_contains = str_contains,
};

static PyMappingMethods str_as_mapping = {
    .mp_length = str_length,
    .mp_subscript = str_subscript,
};

// '%' is printf-style formatting (str_percent.c).
static PyNumberMethods str_as_number = {
    .nb_remainder = rt_str_mod,
};

PyTypeObject PyUnicode_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "str",
    .tp_basicsize = sizeof(PyUnicodeObject),
    // 1, not CPython's 0: the code points are stored inline after the header, so tp_alloc
    // of a subclass must be told how many data bytes to reserve
    .tp_itemsize = 1,
    .tp_dealloc = str_dealloc,
    .tp_repr = rt_str_repr,
    .tp_as_number = &str_as_number,
    .tp_as_sequence = &str_as_sequence,
    .tp_as_mapping = &str_as_mapping,
    .tp_hash = rt_str_hash,
    .tp_str = str_str,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_UNICODE_SUBCLASS,
    .tp_doc = "str(object='') -> str\n"
              "str(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
              "Create a new string object from the given object. If encoding or\n"
              "errors is specified, then the object must expose a data buffer\n"
              "that will be decoded using the given encoding and error handler.\n"
              "Otherwise, returns the result of object.__str__() (if defined)\n"
              "or repr(object).\n"
              "encoding defaults to sys.getdefaultencoding().\n"
              "errors defaults to 'strict'.",
    .tp_getattro = PyObject_GenericGetAttr, // as CPython: str.__dict__ has __getattribute__
    .tp_richcompare = rt_str_richcompare,
    .tp_iter = str_iter,
    .tp_methods = rt_str_methods,
    .tp_new = str_new,
    .tp_free = PyObject_Free,
};

PyTypeObject rt_str_iterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "str_iterator",
    .tp_basicsize = sizeof(StrIterObject),
    .tp_dealloc = striter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = striter_traverse,
    .tp_clear = striter_clear,
    .tp_iter = striter_self,
    .tp_iternext = striter_next,
    .tp_free = PyObject_GC_Del,
};
