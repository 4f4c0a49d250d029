// bytearray_methods.c: the methods only bytearray has (append, extend, insert, pop, remove,
// clear, copy, reverse, __alloc__, __sizeof__, __reduce__, __reduce_ex__) and bytearray's
// method table, which also takes every method of bytes_methods.def. The type and its slots
// are in bytearray.c.
#include <string.h>

#include "runtime/objects/bytes_internal.h"
#include "runtime/objects/method_tables.h"
#include "runtime/objects/typeattr.h"

#define BA(o) ((PyByteArrayObject *)(o))

// An index argument as Argument Clinic's Py_ssize_t converter takes it.
static int
index_arg(PyObject *o, Py_ssize_t *out)
{
    PyObject *n = PyNumber_Index(o);
    if (n == NULL)
        return -1;
    *out = PyLong_AsSsize_t(n);
    Py_DECREF(n);
    return *out == -1 && PyErr_Occurred() ? -1 : 0;
}

static PyObject *
bytearray_append(PyObject *self, PyObject *item)
{
    int c = rt_bytearray_byte_value(item);
    if (c < 0)
        return NULL;
    Py_ssize_t n = Py_SIZE(self);
    if (PyByteArray_Resize(self, n + 1) < 0)
        return NULL;
    PyByteArray_AS_STRING(self)[n] = (char)c;
    Py_RETURN_NONE;
}

// The bytes of a non-buffer iterable of ints, collected before self changes at all.
static PyObject *
extend_from_iterable(PyObject *self, PyObject *iterable)
{
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "can't extend bytearray with %.100s",
                         Py_TYPE(iterable)->tp_name);
        }
        return NULL;
    }
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        int c = rt_bytearray_byte_value(item);
        Py_DECREF(item);
        if (c < 0 || rt_bytes_writer_put(&w, (unsigned char)c) < 0)
            break;
    }
    Py_DECREF(it);
    int r = PyErr_Occurred() ? -1
                             : rt_bytearray_setslice(self, Py_SIZE(self), Py_SIZE(self), w.buf,
                                                     w.len);
    rt_bytes_writer_discard(&w);
    return r < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *
bytearray_extend(PyObject *self, PyObject *iterable)
{
    if (!PyObject_CheckBuffer(iterable))
        return extend_from_iterable(self, iterable);
    if (iterable == self) { // rt_bytearray_setslice copies a source inside self
        int r = rt_bytearray_setslice(self, Py_SIZE(self), Py_SIZE(self),
                                      PyByteArray_AS_STRING(self), Py_SIZE(self));
        return r < 0 ? NULL : Py_NewRef(Py_None);
    }
    // The source stays exported while self grows: extending by a view of self fails.
    Py_buffer v;
    if (rt_buffer_get_bytes_like(iterable, &v) < 0) {
        PyErr_Clear();
        return PyErr_Format(PyExc_TypeError, "can't set %.100s slice from %.100s",
                            Py_TYPE(self)->tp_name, Py_TYPE(iterable)->tp_name);
    }
    int r = rt_bytearray_setslice(self, Py_SIZE(self), Py_SIZE(self), v.buf, v.len);
    PyBuffer_Release(&v);
    return r < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *
bytearray_insert(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t index;
    if (!rt_call_check_positional("insert", nargs, 2, 2) || index_arg(args[0], &index) < 0)
        return NULL;
    int c = rt_bytearray_byte_value(args[1]);
    if (c < 0)
        return NULL;
    Py_ssize_t n = Py_SIZE(self);
    if (n == PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError, "cannot add more objects to bytearray");
        return NULL;
    }
    if (PyByteArray_Resize(self, n + 1) < 0)
        return NULL;
    if (index < 0 && (index += n) < 0)
        index = 0;
    if (index > n)
        index = n;
    char *buf = PyByteArray_AS_STRING(self);
    memmove(buf + index + 1, buf + index, (size_t)(n - index));
    buf[index] = (char)c;
    Py_RETURN_NONE;
}

static PyObject *
bytearray_pop(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t index = -1, n = Py_SIZE(self);
    if (!rt_call_check_positional("pop", nargs, 0, 1) ||
        (nargs == 1 && index_arg(args[0], &index) < 0))
        return NULL;
    n = Py_SIZE(self); // the index's __index__ may have changed it
    if (n == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (index < 0)
        index += n;
    if (index < 0 || index >= n) {
        PyErr_SetString(PyExc_IndexError, "pop index out of range");
        return NULL;
    }
    if (!rt_bytearray_can_resize(self))
        return NULL;
    char *buf = PyByteArray_AS_STRING(self);
    unsigned char c = (unsigned char)buf[index];
    memmove(buf + index, buf + index + 1, (size_t)(n - index - 1));
    if (PyByteArray_Resize(self, n - 1) < 0)
        return NULL;
    return PyLong_FromLong(c);
}

static PyObject *
bytearray_remove(PyObject *self, PyObject *value)
{
    int c = rt_bytearray_byte_value(value);
    if (c < 0)
        return NULL;
    Py_ssize_t n = Py_SIZE(self);
    char *buf = PyByteArray_AS_STRING(self);
    char *where = n > 0 ? memchr(buf, c, (size_t)n) : NULL;
    if (where == NULL) {
        PyErr_SetString(PyExc_ValueError, "value not found in bytearray");
        return NULL;
    }
    if (rt_bytearray_setslice(self, where - buf, where - buf + 1, NULL, 0) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
bytearray_clear(PyObject *self, PyObject *unused)
{
    if (PyByteArray_Resize(self, 0) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
bytearray_copy(PyObject *self, PyObject *unused)
{
    return PyByteArray_FromStringAndSize(PyByteArray_AS_STRING(self), Py_SIZE(self));
}

static PyObject *
bytearray_reverse(PyObject *self, PyObject *unused)
{
    char *buf = PyByteArray_AS_STRING(self);
    for (Py_ssize_t i = 0, j = Py_SIZE(self) - 1; i < j; i++, j--) {
        char t = buf[i];
        buf[i] = buf[j];
        buf[j] = t;
    }
    Py_RETURN_NONE;
}

static PyObject *
bytearray_alloc(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(BA(self)->ob_alloc);
}

static PyObject *
bytearray_sizeof(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(Py_TYPE(self)->tp_basicsize + BA(self)->ob_alloc);
}

// ---- pickling -----------------------------------------------------------------------------------

// The instance's __dict__ when it holds anything, else None (object.__getstate__'s answer).
static PyObject *
instance_state(PyObject *self)
{
    PyObject **dictptr = rt_object_dict_ptr(self);
    if (dictptr != NULL && *dictptr != NULL && PyDict_GET_SIZE(*dictptr) > 0)
        return Py_NewRef(*dictptr);
    return Py_NewRef(Py_None);
}

// (type(self), args, state): args rebuild the contents, as latin-1 text before protocol 3.
static PyObject *
reduce_common(PyObject *self, long proto)
{
    PyObject *args, *state = instance_state(self);
    const char *buf = PyByteArray_AS_STRING(self);
    if (Py_SIZE(self) == 0)
        args = PyTuple_New(0);
    else if (proto < 3) {
        PyObject *text = PyUnicode_Decode(buf, Py_SIZE(self), "latin-1", NULL);
        PyObject *encoding = PyUnicode_FromString("latin-1");
        args = text && encoding ? PyTuple_Pack(2, text, encoding) : NULL;
        Py_XDECREF(text);
        Py_XDECREF(encoding);
    } else {
        PyObject *b = PyBytes_FromStringAndSize(buf, Py_SIZE(self));
        args = b != NULL ? PyTuple_Pack(1, b) : NULL;
        Py_XDECREF(b);
    }
    PyObject *r = args != NULL ? PyTuple_Pack(3, (PyObject *)Py_TYPE(self), args, state) : NULL;
    Py_XDECREF(args);
    Py_DECREF(state);
    return r;
}

static PyObject *
bytearray_reduce(PyObject *self, PyObject *unused)
{
    return reduce_common(self, 2);
}

static PyObject *
bytearray_reduce_ex(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    long proto = 0;
    if (!rt_call_check_positional("__reduce_ex__", nargs, 0, 1))
        return NULL;
    if (nargs == 1 && (proto = PyLong_AsLong(args[0])) == -1 && PyErr_Occurred())
        return NULL;
    return reduce_common(self, proto);
}

#define FAST(f) (PyCFunction)(void (*)(void))(f)

PyMethodDef rt_bytearray_methods[] = {
    {"__alloc__", bytearray_alloc, METH_NOARGS,
     "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {"__reduce__", bytearray_reduce, METH_NOARGS,
     "__reduce__($self, /)\n--\n\nReturn state information for pickling."},
    {"__reduce_ex__", FAST(bytearray_reduce_ex), METH_FASTCALL,
     "__reduce_ex__($self, proto=0, /)\n--\n\nReturn state information for pickling."},
    {"__sizeof__", bytearray_sizeof, METH_NOARGS,
     "__sizeof__($self, /)\n--\n\nReturns the size of the bytearray object in memory, in bytes."},
    {"append", bytearray_append, METH_O,
     "append($self, item, /)\n--\n\nAppend a single item to the end of the bytearray.\n\n"
     "  item\n    The item to be appended."},
    {"clear", bytearray_clear, METH_NOARGS,
     "clear($self, /)\n--\n\nRemove all items from the bytearray."},
    {"copy", bytearray_copy, METH_NOARGS, "copy($self, /)\n--\n\nReturn a copy of B."},
    {"extend", bytearray_extend, METH_O,
     "extend($self, iterable_of_ints, /)\n--\n\nAppend all the items from the iterator or "
     "sequence to the end of the bytearray.\n\n  iterable_of_ints\n    The iterable of items "
     "to append."},
    {"insert", FAST(bytearray_insert), METH_FASTCALL,
     "insert($self, index, item, /)\n--\n\nInsert a single item into the bytearray before the "
     "given index.\n\n  index\n    The index where the value is to be inserted.\n  item\n    "
     "The item to be inserted."},
    {"pop", FAST(bytearray_pop), METH_FASTCALL,
     "pop($self, index=-1, /)\n--\n\nRemove and return a single item from B.\n\n  index\n    "
     "The index from where to remove the item.\n    -1 (the default value) means remove the "
     "last item.\n\nIf no index argument is given, will pop the last item."},
    {"remove", bytearray_remove, METH_O,
     "remove($self, value, /)\n--\n\nRemove the first occurrence of a value in the "
     "bytearray.\n\n  value\n    The value to remove."},
    {"reverse", bytearray_reverse, METH_NOARGS,
     "reverse($self, /)\n--\n\nReverse the order of the values in B in place."},
#define BYTES_METHOD(name, kind, extra, doc) BYTES_METHOD_ENTRY(name, kind, extra, doc)
#define BYTES_METHOD2(name, kind, extra, doc, badoc) BYTES_METHOD_ENTRY(name, kind, extra, badoc)
#include "runtime/objects/bytes_methods.def"
#undef BYTES_METHOD
#undef BYTES_METHOD2
    {NULL},
};
