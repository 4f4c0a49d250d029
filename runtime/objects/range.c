// range.c: the range type (length, indexing, slicing, containment, equality, hash, repr) and
// its two iterators: range_iterator over C longs and longrange_iterator for anything larger.
// Machine-word fast paths sit in front of the general int arithmetic.
#include <limits.h>
#include <stddef.h>
#include "runtime/runtime.h"
#include "runtime/objects/range.h"
#include "runtime/objects/descr.h"

// ---- int helpers -----------------------------------------------------------------------------

static PyObject *
int_of(int64_t v)
{
    return PyLong_FromLongLong(v);
}

// a + b * c for ints.
static PyObject *
add_mul(PyObject *a, PyObject *b, PyObject *c)
{
    if (rt_int_is_small(a) && rt_int_is_small(b) && rt_int_is_small(c)) {
        int64_t p, s;
        if (!__builtin_mul_overflow(rt_int_small_value(b), rt_int_small_value(c), &p) &&
            !__builtin_add_overflow(rt_int_small_value(a), p, &s))
            return int_of(s);
    }
    PyObject *prod = PyNumber_Multiply(b, c);
    if (prod == NULL)
        return NULL;
    PyObject *r = PyNumber_Add(a, prod);
    Py_DECREF(prod);
    return r;
}

// Number of items of range(start, stop, step) as an int (CPython's compute_range_length).
static PyObject *
compute_length(PyObject *start, PyObject *stop, PyObject *step)
{
    int pos = rt_int_sign(step) > 0;
    PyObject *lo = pos ? start : stop, *hi = pos ? stop : start;
    if (rt_int_compare(lo, hi) >= 0)
        return PyLong_FromLong(0);
    if (rt_int_is_small(lo) && rt_int_is_small(hi) && rt_int_is_small(step) &&
        rt_int_small_value(step) != INT64_MIN) {
        uint64_t diff = (uint64_t)rt_int_small_value(hi) - (uint64_t)rt_int_small_value(lo) - 1;
        int64_t s = rt_int_small_value(step);
        uint64_t ustep = s < 0 ? (uint64_t)-s : (uint64_t)s;
        return PyLong_FromUnsignedLongLong(diff / ustep + 1);
    }
    PyObject *astep = pos ? Py_NewRef(step) : PyNumber_Negative(step);
    PyObject *diff = astep ? PyNumber_Subtract(hi, lo) : NULL;
    PyObject *one = PyLong_FromLong(1);
    PyObject *d1 = diff ? PyNumber_Subtract(diff, one) : NULL;
    PyObject *q = d1 ? PyNumber_FloorDivide(d1, astep) : NULL;
    PyObject *r = q ? PyNumber_Add(q, one) : NULL;
    Py_XDECREF(astep);
    Py_XDECREF(diff);
    Py_XDECREF(d1);
    Py_XDECREF(q);
    return r;
}

// ---- construction ----------------------------------------------------------------------------

// Takes over the references to start, stop and step.
static PyObject *
make_range_steal(PyObject *start, PyObject *stop, PyObject *step)
{
    PyObject *length = compute_length(start, stop, step);
    PyRangeObject *r = length ? PyObject_Malloc(sizeof(PyRangeObject)) : NULL;
    if (r == NULL) {
        if (length != NULL)
            PyErr_NoMemory();
        Py_XDECREF(length);
        Py_DECREF(start);
        Py_DECREF(stop);
        Py_DECREF(step);
        return NULL;
    }
    rt_new_reference((PyObject *)r);
    Py_SET_TYPE(r, &PyRange_Type);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return (PyObject *)r;
}

PyObject *
rt_range_new(PyObject *start, PyObject *stop, PyObject *step)
{
    PyObject *a = PyNumber_Index(start);
    PyObject *b = a ? PyNumber_Index(stop) : NULL;
    PyObject *c = b ? (step != NULL ? PyNumber_Index(step) : PyLong_FromLong(1)) : NULL;
    if (c == NULL) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        return NULL;
    }
    if (rt_int_sign(c) == 0) {
        PyErr_SetString(PyExc_ValueError, "range() arg 3 must not be zero");
        Py_DECREF(a);
        Py_DECREF(b);
        Py_DECREF(c);
        return NULL;
    }
    return make_range_steal(a, b, c);
}

static PyObject *
range_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (!rt_arg_no_keywords("range", kwds))
        return NULL;
    PyObject *a = NULL, *b = NULL, *c = NULL;
    if (!PyArg_UnpackTuple(args, "range", 1, 3, &a, &b, &c))
        return NULL;
    if (b == NULL)
        return rt_range_new(PyLong_FromLong(0), a, NULL);
    return rt_range_new(a, b, c);
}

static void
range_dealloc(PyObject *o)
{
    PyRangeObject *r = (PyRangeObject *)o;
    Py_DECREF(r->start);
    Py_DECREF(r->stop);
    Py_DECREF(r->step);
    Py_DECREF(r->length);
    PyObject_Free(o);
}

// ---- sequence protocol -----------------------------------------------------------------------

static Py_ssize_t
range_length(PyObject *o)
{
    return PyLong_AsSsize_t(((PyRangeObject *)o)->length);
}

static int
range_bool(PyObject *o)
{
    return rt_int_sign(((PyRangeObject *)o)->length) != 0;
}

// r[i] for an int i, negative counting from the end.
static PyObject *
range_item_int(PyRangeObject *r, PyObject *i)
{
    PyObject *idx;
    if (rt_int_sign(i) < 0)
        idx = PyNumber_Add(i, r->length);
    else
        idx = Py_NewRef(i);
    if (idx == NULL)
        return NULL;
    if (rt_int_sign(idx) < 0 || rt_int_compare(idx, r->length) >= 0) {
        Py_DECREF(idx);
        PyErr_SetString(PyExc_IndexError, "range object index out of range");
        return NULL;
    }
    PyObject *v = add_mul(r->start, idx, r->step);
    Py_DECREF(idx);
    return v;
}

static PyObject *
range_item(PyObject *o, Py_ssize_t i)
{
    PyObject *idx = PyLong_FromSsize_t(i);
    if (idx == NULL)
        return NULL;
    PyObject *v = range_item_int((PyRangeObject *)o, idx);
    Py_DECREF(idx);
    return v;
}

static PyObject *
range_slice(PyRangeObject *r, PySliceObject *s)
{
    PyObject *start, *stop, *step;
    if (rt_slice_long_indices((PyObject *)s, r->length, &start, &stop, &step) < 0)
        return NULL;
    PyObject *a = add_mul(r->start, start, r->step);
    PyObject *b = a ? add_mul(r->start, stop, r->step) : NULL;
    PyObject *c = b ? PyNumber_Multiply(step, r->step) : NULL;
    Py_DECREF(start);
    Py_DECREF(stop);
    Py_DECREF(step);
    if (c == NULL) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        return NULL;
    }
    return make_range_steal(a, b, c);
}

static PyObject *
range_subscript(PyObject *o, PyObject *key)
{
    PyRangeObject *r = (PyRangeObject *)o;
    if (PySlice_Check(key))
        return range_slice(r, (PySliceObject *)key);
    if (PyIndex_Check(key)) {
        PyObject *i = PyNumber_Index(key);
        if (i == NULL)
            return NULL;
        PyObject *v = range_item_int(r, i);
        Py_DECREF(i);
        return v;
    }
    PyErr_Format(PyExc_TypeError, "range indices must be integers or slices, not %.200s",
                 rt_type_name(Py_TYPE(key)));
    return NULL;
}

// x in r for an exact int or bool x: bounds check, then (x - start) % step == 0.
static int
contains_int(PyRangeObject *r, PyObject *x)
{
    int pos = rt_int_sign(r->step) > 0;
    int inside = pos ? rt_int_compare(r->start, x) <= 0 && rt_int_compare(x, r->stop) < 0
                     : rt_int_compare(x, r->start) <= 0 && rt_int_compare(r->stop, x) < 0;
    if (!inside)
        return 0;
    PyObject *d = PyNumber_Subtract(x, r->start);
    PyObject *m = d ? PyNumber_Remainder(d, r->step) : NULL;
    Py_XDECREF(d);
    if (m == NULL)
        return -1;
    int zero = rt_int_sign(m) == 0;
    Py_DECREF(m);
    return zero;
}

static int
is_exact_int(PyObject *x)
{
    return PyLong_CheckExact(x) || PyBool_Check(x);
}

// Linear search comparing with ==: the position of x, or -1 (error set if one occurred).
static Py_ssize_t
iter_search(PyObject *r, PyObject *x, Py_ssize_t *count)
{
    PyObject *it = PyObject_GetIter(r);
    if (it == NULL)
        return -1;
    Py_ssize_t i = 0, found = -1;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        int eq = PyObject_RichCompareBool(item, x, Py_EQ);
        Py_DECREF(item);
        if (eq < 0)
            break;
        if (eq && count == NULL) {
            found = i;
            break;
        }
        if (eq)
            (*count)++;
        i++;
    }
    Py_DECREF(it);
    return found;
}

static int
range_contains(PyObject *o, PyObject *x)
{
    if (is_exact_int(x))
        return contains_int((PyRangeObject *)o, x);
    Py_ssize_t i = iter_search(o, x, NULL);
    return i >= 0 ? 1 : PyErr_Occurred() ? -1 : 0;
}

PyObject *
rt_range_index(PyObject *o, PyObject *x)
{
    PyRangeObject *r = (PyRangeObject *)o;
    if (!is_exact_int(x)) {
        Py_ssize_t i = iter_search(o, x, NULL);
        if (i >= 0)
            return PyLong_FromSsize_t(i);
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "sequence.index(x): x not in sequence");
        return NULL;
    }
    int c = contains_int(r, x);
    if (c < 0)
        return NULL;
    if (c == 0)
        return PyErr_Format(PyExc_ValueError, "%R is not in range", x);
    PyObject *d = PyNumber_Subtract(x, r->start);
    PyObject *q = d ? PyNumber_FloorDivide(d, r->step) : NULL;
    Py_XDECREF(d);
    return q;
}

PyObject *
rt_range_count(PyObject *o, PyObject *x)
{
    if (is_exact_int(x)) {
        int c = contains_int((PyRangeObject *)o, x);
        return c < 0 ? NULL : PyLong_FromLong(c);
    }
    Py_ssize_t n = 0;
    iter_search(o, x, &n);
    return PyErr_Occurred() ? NULL : PyLong_FromSsize_t(n);
}

// ---- repr, hash, equality --------------------------------------------------------------------

static PyObject *
range_repr(PyObject *o)
{
    PyRangeObject *r = (PyRangeObject *)o;
    if (rt_int_is_small(r->step) && rt_int_small_value(r->step) == 1)
        return PyUnicode_FromFormat("range(%R, %R)", r->start, r->stop);
    return PyUnicode_FromFormat("range(%R, %R, %R)", r->start, r->stop, r->step);
}

// Ranges with the same items are equal and hash alike: hash((len, start, step)) with the
// parts that do not matter replaced by None.
static Py_hash_t
range_hash(PyObject *o)
{
    PyRangeObject *r = (PyRangeObject *)o;
    int n = rt_int_sign(r->length) == 0 ? 0
            : rt_int_is_small(r->length) && rt_int_small_value(r->length) == 1 ? 1 : 2;
    PyObject *t = PyTuple_Pack(3, r->length, n >= 1 ? r->start : Py_None,
                               n >= 2 ? r->step : Py_None);
    if (t == NULL)
        return -1;
    Py_hash_t h = PyObject_Hash(t);
    Py_DECREF(t);
    return h;
}

static int
range_equals(PyRangeObject *a, PyRangeObject *b)
{
    if (a == b)
        return 1;
    if (rt_int_compare(a->length, b->length) != 0)
        return 0;
    if (rt_int_sign(a->length) == 0)
        return 1;
    if (rt_int_compare(a->start, b->start) != 0)
        return 0;
    if (rt_int_is_small(a->length) && rt_int_small_value(a->length) == 1)
        return 1;
    return rt_int_compare(a->step, b->step) == 0;
}

static PyObject *
range_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyRange_Check(b) || (op != Py_EQ && op != Py_NE))
        return Py_NewRef(Py_NotImplemented);
    int eq = range_equals((PyRangeObject *)a, (PyRangeObject *)b);
    return PyBool_FromLong(op == Py_EQ ? eq : !eq);
}

// ---- iterators -------------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyObject *start, *step, *len; // ints, as above
} LongRangeIterObject;

static PyObject *
fast_iter(long start, long step, long len)
{
    RangeIterObject *it = PyObject_Malloc(sizeof(RangeIterObject));
    if (it == NULL)
        return PyErr_NoMemory();
    rt_new_reference((PyObject *)it);
    Py_SET_TYPE(it, &PyRangeIter_Type);
    it->start = start;
    it->step = step;
    it->len = len;
    return (PyObject *)it;
}

// Steals the three references.
static PyObject *
long_iter_steal(PyObject *start, PyObject *step, PyObject *len)
{
    LongRangeIterObject *it = NULL;
    if (start != NULL && step != NULL && len != NULL) {
        it = PyObject_Malloc(sizeof(LongRangeIterObject));
        if (it == NULL)
            PyErr_NoMemory();
    }
    if (it == NULL) {
        Py_XDECREF(start);
        Py_XDECREF(step);
        Py_XDECREF(len);
        return NULL;
    }
    rt_new_reference((PyObject *)it);
    Py_SET_TYPE(it, &PyLongRangeIter_Type);
    it->start = start;
    it->step = step;
    it->len = len;
    return (PyObject *)it;
}

// The range's fields as C longs, if they all fit (the length too).
static int
as_longs(PyRangeObject *r, long *start, long *stop, long *step, long *len)
{
    if (!rt_int_is_small(r->start) || !rt_int_is_small(r->stop) || !rt_int_is_small(r->step) ||
        !rt_int_is_small(r->length))
        return 0;
    *start = rt_int_small_value(r->start);
    *stop = rt_int_small_value(r->stop);
    *step = rt_int_small_value(r->step);
    *len = rt_int_small_value(r->length);
    return 1;
}

static PyObject *
range_iter(PyObject *o)
{
    PyRangeObject *r = (PyRangeObject *)o;
    long start, stop, step, len;
    // The word iterator also needs start + len*step (one past the end) to fit a long.
    if (as_longs(r, &start, &stop, &step, &len) &&
        (len == 0 || (step > 0 ? stop <= LONG_MAX - (step - 1) : stop >= LONG_MIN + (-1 - step))))
        return fast_iter(start, step, len);
    return long_iter_steal(Py_NewRef(r->start), Py_NewRef(r->step), Py_NewRef(r->length));
}

PyObject *
rt_range_reversed(PyObject *o)
{
    PyRangeObject *r = (PyRangeObject *)o;
    long start, stop, step, len;
    // range(start + (len-1)*step, start - step, -step), in words when start, stop, step,
    // -step, start - step and the length all fit (CPython's conservative test).
    if (as_longs(r, &start, &stop, &step, &len) && step != LONG_MIN &&
        !(step > 0 ? start < LONG_MIN + step : start > LONG_MAX + step)) {
        long last = (long)((unsigned long)start + (unsigned long)(len - 1) * (unsigned long)step);
        return fast_iter(len > 0 ? last : start, -step, len);
    }
    PyObject *one = PyLong_FromLong(1);
    PyObject *n1 = PyNumber_Subtract(r->length, one);
    PyObject *last = n1 ? add_mul(r->start, n1, r->step) : NULL;
    Py_XDECREF(n1);
    return long_iter_steal(last, PyNumber_Negative(r->step), Py_NewRef(r->length));
}

static PyObject *
rangeiter_next(PyObject *o)
{
    RangeIterObject *it = (RangeIterObject *)o;
    if (it->len <= 0)
        return NULL;
    long v = it->start;
    // Unsigned: one step past the last value may leave the range of long.
    it->start = (long)((unsigned long)v + (unsigned long)it->step);
    it->len--;
    return PyLong_FromLong(v);
}

static PyObject *
longrangeiter_next(PyObject *o)
{
    LongRangeIterObject *it = (LongRangeIterObject *)o;
    if (rt_int_sign(it->len) <= 0)
        return NULL;
    PyObject *one = PyLong_FromLong(1);
    PyObject *len = PyNumber_Subtract(it->len, one);
    PyObject *next = len ? PyNumber_Add(it->start, it->step) : NULL;
    if (next == NULL) {
        Py_XDECREF(len);
        return NULL;
    }
    Py_SETREF(it->len, len);
    PyObject *v = it->start;
    it->start = next;
    return v;
}

PyObject *
rt_range_iter_length_hint(PyObject *o)
{
    if (Py_IS_TYPE(o, &PyRangeIter_Type))
        return PyLong_FromLong(((RangeIterObject *)o)->len);
    return Py_NewRef(((LongRangeIterObject *)o)->len);
}

static void
longrangeiter_dealloc(PyObject *o)
{
    LongRangeIterObject *it = (LongRangeIterObject *)o;
    Py_DECREF(it->start);
    Py_DECREF(it->step);
    Py_DECREF(it->len);
    PyObject_Free(o);
}

static PyObject *
self_iter(PyObject *o)
{
    return Py_NewRef(o);
}

// ---- the types -------------------------------------------------------------------------------

static PyObject *
range_reversed_method(PyObject *o, PyObject *unused)
{
    return rt_range_reversed(o);
}

static PyObject *
range_iter_length_hint(PyObject *o, PyObject *unused)
{
    return rt_range_iter_length_hint(o);
}

static PyMethodDef range_methods[] = {
    {"__reversed__", range_reversed_method, METH_NOARGS,
     "Return a reverse iterator."},
    {"count", rt_range_count, METH_O, "rangeobject.count(value) -> integer -- return number of "
                                      "occurrences of value"},
    {"index", rt_range_index, METH_O, "rangeobject.index(value) -> integer -- return index of "
                                      "value.\nRaise ValueError if the value is not present."},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef range_members[] = {
    {"start", T_OBJECT, offsetof(PyRangeObject, start), READONLY, NULL},
    {"stop", T_OBJECT, offsetof(PyRangeObject, stop), READONLY, NULL},
    {"step", T_OBJECT, offsetof(PyRangeObject, step), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyMethodDef rangeiter_methods[] = {
    {"__length_hint__", range_iter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods range_as_sequence = {
    .sq_length = range_length,
    .sq_item = range_item,
    .sq_contains = range_contains,
};

static PyMappingMethods range_as_mapping = {
    .mp_length = range_length,
    .mp_subscript = range_subscript,
};

static PyNumberMethods range_as_number = {
    .nb_bool = range_bool,
};

PyTypeObject PyRange_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "range",
    .tp_basicsize = sizeof(PyRangeObject),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_as_number = &range_as_number,
    .tp_as_sequence = &range_as_sequence,
    .tp_as_mapping = &range_as_mapping,
    .tp_hash = range_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_SEQUENCE,
    .tp_doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_new = range_new,
    .tp_free = PyObject_Free,
};

PyTypeObject PyRangeIter_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(RangeIterObject),
    .tp_dealloc = rt_object_generic_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = self_iter,
    .tp_iternext = rangeiter_next,
    .tp_methods = rangeiter_methods,
    .tp_free = PyObject_Free,
};

PyTypeObject PyLongRangeIter_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(LongRangeIterObject),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = self_iter,
    .tp_iternext = longrangeiter_next,
    .tp_methods = rangeiter_methods,
    .tp_free = PyObject_Free,
};
