// tuple.c: the tuple type and its iterator: construction (with per-size free lists and the
// immortal empty tuple), repr, CPython's xxHash-based hash, comparison and sequence slots.
// Generic dispatch (PyObject_GetItem, PySequence_Tuple ...) is in abstract.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/descr.h"

// Up to FREELIST_MAX dead tuples of each size 1..FREELIST_SIZES are kept, chained through
// ob_item[0], because the VM makes and drops small tuples (arguments, results) all the time.
#define FREELIST_SIZES 20
#define FREELIST_MAX 2000

static PyTupleObject *free_list[FREELIST_SIZES];
static int numfree[FREELIST_SIZES];

// The empty tuple is a static immortal object; the GC header in front of it stays zeroed
// (untracked), so code that looks at the header of any tuple finds a valid one.
typedef struct {
    PyGC_Head gc;
    PyTupleObject tuple;
} EmptyTuple;

static EmptyTuple empty_tuple = {
    .tuple = {.ob_base = PyVarObject_HEAD_INIT(&PyTuple_Type, 0)},
};
_Static_assert(offsetof(EmptyTuple, tuple) == sizeof(PyGC_Head),
               "the empty tuple's GC header must sit right before it");

#define EMPTY_TUPLE ((PyObject *)&empty_tuple.tuple)

// An untracked tuple of n >= 1 items, all NULL.
static PyTupleObject *
tuple_alloc(Py_ssize_t n)
{
    PyTupleObject *t;
    if (n <= FREELIST_SIZES && (t = free_list[n - 1]) != NULL) {
        free_list[n - 1] = (PyTupleObject *)t->ob_item[0];
        numfree[n - 1]--;
        rt_new_reference((PyObject *)t);
    } else {
        t = (PyTupleObject *)rt_gc_new_var(&PyTuple_Type, n);
        if (t == NULL)
            return NULL;
    }
    memset(t->ob_item, 0, (size_t)n * sizeof(PyObject *));
    return t;
}

PyObject *
PyTuple_New(Py_ssize_t size)
{
    if (size < 0)
        return PyErr_BadInternalCall();
    if (size == 0)
        return Py_NewRef(EMPTY_TUPLE);
    PyTupleObject *t = tuple_alloc(size);
    if (t == NULL)
        return NULL;
    // Tracked at once with NULL items, as CPython does: traverse and dealloc skip NULLs.
    PyObject_GC_Track(t);
    return (PyObject *)t;
}

PyObject *
rt_tuple_from_array(PyObject *const *items, Py_ssize_t n)
{
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(t, i, Py_NewRef(items[i]));
    return t;
}

PyObject *
rt_tuple_from_array_steal(PyObject *const *items, Py_ssize_t n)
{
    PyObject *t = PyTuple_New(n);
    if (t == NULL) {
        for (Py_ssize_t i = 0; i < n; i++)
            Py_DECREF(items[i]);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(t, i, items[i]);
    return t;
}

PyObject *
PyTuple_Pack(Py_ssize_t n, ...)
{
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    va_list va;
    va_start(va, n);
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(t, i, Py_NewRef(va_arg(va, PyObject *)));
    va_end(va);
    return t;
}

Py_ssize_t
PyTuple_Size(PyObject *t)
{
    if (!PyTuple_Check(t)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return Py_SIZE(t);
}

PyObject *
PyTuple_GetItem(PyObject *t, Py_ssize_t i)
{
    if (!PyTuple_Check(t))
        return PyErr_BadInternalCall();
    if ((size_t)i >= (size_t)Py_SIZE(t)) {
        PyErr_SetString(PyExc_IndexError, "tuple index out of range");
        return NULL;
    }
    return PyTuple_GET_ITEM(t, i);
}

int
PyTuple_SetItem(PyObject *t, Py_ssize_t i, PyObject *v)
{
    // Only a tuple nobody else sees yet may change, or tuples would not be immutable.
    if (!PyTuple_Check(t) || Py_REFCNT(t) != 1) {
        Py_XDECREF(v);
        PyErr_BadInternalCall();
        return -1;
    }
    if ((size_t)i >= (size_t)Py_SIZE(t)) {
        Py_XDECREF(v);
        PyErr_SetString(PyExc_IndexError, "tuple assignment index out of range");
        return -1;
    }
    Py_XSETREF(PyTuple_GET_ITEM(t, i), v);
    return 0;
}

static PyObject *
tuple_slice(PyObject *t, Py_ssize_t low, Py_ssize_t high)
{
    Py_ssize_t n = Py_SIZE(t);
    if (low < 0)
        low = 0;
    if (high > n)
        high = n;
    if (high < low)
        high = low;
    if (low == 0 && high == n && PyTuple_CheckExact(t))
        return Py_NewRef(t);
    return rt_tuple_from_array(((PyTupleObject *)t)->ob_item + low, high - low);
}

PyObject *
PyTuple_GetSlice(PyObject *t, Py_ssize_t low, Py_ssize_t high)
{
    if (t == NULL || !PyTuple_Check(t))
        return PyErr_BadInternalCall();
    return tuple_slice(t, low, high);
}

int
rt_tuple_resize(PyObject **pt, Py_ssize_t n)
{
    PyObject *t = *pt;
    if (t == NULL || !PyTuple_CheckExact(t) || n < 0 || (Py_SIZE(t) != 0 && Py_REFCNT(t) != 1)) {
        *pt = NULL;
        Py_XDECREF(t);
        PyErr_BadInternalCall();
        return -1;
    }
    Py_ssize_t old = Py_SIZE(t);
    if (old == n)
        return 0;
    if (old == 0 || n == 0) {
        // The empty tuple is shared, so it can neither grow nor be what a tuple shrinks into.
        *pt = PyTuple_New(n);
        Py_DECREF(t);
        return *pt == NULL ? -1 : 0;
    }
    PyObject_GC_UnTrack(t);
    for (Py_ssize_t i = n; i < old; i++)
        Py_CLEAR(PyTuple_GET_ITEM(t, i));
    PyObject *r = rt_gc_resize(t, n);
    if (r == NULL) {
        *pt = NULL;
        Py_DECREF(t); // untracked: tuple_dealloc's UnTrack is a no-op then
        return -1;
    }
    if (n > old)
        memset(((PyTupleObject *)r)->ob_item + old, 0, (size_t)(n - old) * sizeof(PyObject *));
    PyObject_GC_Track(r);
    *pt = r;
    return 0;
}

void
rt_tuple_maybe_untrack(PyObject *t)
{
    for (Py_ssize_t i = Py_SIZE(t); --i >= 0;) {
        PyObject *item = PyTuple_GET_ITEM(t, i);
        if (item == NULL || rt_gc_may_be_tracked(item))
            return;
    }
    PyObject_GC_UnTrack(t);
}

// ---- slots -----------------------------------------------------------------------------

static void
tuple_dealloc(PyObject *o)
{
    PyTupleObject *t = (PyTupleObject *)o;
    Py_ssize_t n = Py_SIZE(o);
    if (o == EMPTY_TUPLE)
        Py_FatalError("deallocating the empty tuple singleton");
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, tuple_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    for (Py_ssize_t i = n; --i >= 0;)
        Py_XDECREF(t->ob_item[i]);
    if (PyTuple_CheckExact(o) && n >= 1 && n <= FREELIST_SIZES && numfree[n - 1] < FREELIST_MAX) {
        t->ob_item[0] = (PyObject *)free_list[n - 1];
        free_list[n - 1] = t;
        numfree[n - 1]++;
    } else {
        Py_TYPE(o)->tp_free(o);
    }
    rt_trashcan_end(tc);
}

static int
tuple_traverse(PyObject *o, visitproc visit, void *arg)
{
    for (Py_ssize_t i = Py_SIZE(o); --i >= 0;)
        Py_VISIT(PyTuple_GET_ITEM(o, i));
    return 0;
}

// "(a, b)" or "(a,)"; the item reprs are joined by PyUnicode_Join.
static PyObject *
join_reprs(PyObject *t)
{
    Py_ssize_t n = Py_SIZE(t);
    PyObject *parts = PyTuple_New(n), *sep = NULL, *body = NULL;
    if (parts == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (Py_EnterRecursiveCall(" while getting the repr of an object"))
            goto done;
        PyObject *s = PyObject_Repr(PyTuple_GET_ITEM(t, i));
        Py_LeaveRecursiveCall();
        if (s == NULL)
            goto done;
        PyTuple_SET_ITEM(parts, i, s);
    }
    sep = PyUnicode_FromString(", ");
    if (sep != NULL)
        body = PyUnicode_Join(sep, parts);
done:
    Py_XDECREF(sep);
    Py_DECREF(parts);
    return body;
}

static PyObject *
tuple_repr(PyObject *t)
{
    if (Py_SIZE(t) == 0)
        return PyUnicode_FromString("()");
    // A tuple cannot contain itself directly, but a subclass instance can reach itself
    // through an attribute that its __repr__ shows.
    int r = Py_ReprEnter(t);
    if (r != 0)
        return r > 0 ? PyUnicode_FromString("(...)") : NULL;
    PyObject *body = join_reprs(t), *res = NULL;
    if (body != NULL)
        res = PyUnicode_FromFormat(Py_SIZE(t) == 1 ? "(%U,)" : "(%U)", body);
    Py_XDECREF(body);
    Py_ReprLeave(t);
    return res;
}

// CPython 3.8+'s tuple hash: one xxHash64 round per item hash, so that permutations and
// nested tuples hash apart.
#define XXPRIME_1 ((Py_uhash_t)11400714785074694791ULL)
#define XXPRIME_2 ((Py_uhash_t)14029467366897019727ULL)
#define XXPRIME_5 ((Py_uhash_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static Py_hash_t
tuple_hash(PyObject *t)
{
    // Nested tuples hash recursively. CPython counts no recursion depth here (hashing a
    // 5,000-deep tuple works), so only the C stack's end stops it.
    if (rt_state_check_c_stack(" while getting the hash of an object") < 0)
        return -1;
    Py_ssize_t n = Py_SIZE(t);
    Py_uhash_t acc = XXPRIME_5;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_uhash_t lane = (Py_uhash_t)PyObject_Hash(PyTuple_GET_ITEM(t, i));
        if (lane == (Py_uhash_t)-1)
            return -1;
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    // The length is mixed in so that hash(()) keeps its historical value.
    acc += (Py_uhash_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (Py_uhash_t)-1)
        return 1546275796;
    return (Py_hash_t)acc;
}

static PyObject *
tuple_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyTuple_Check(v) || !PyTuple_Check(w))
        Py_RETURN_NOTIMPLEMENTED;
    Py_ssize_t vlen = Py_SIZE(v), wlen = Py_SIZE(w), i;
    // Items are immutable references, so no re-check of the lengths is needed here.
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = PyObject_RichCompareBool(PyTuple_GET_ITEM(v, i), PyTuple_GET_ITEM(w, i), Py_EQ);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= vlen || i >= wlen)
        Py_RETURN_RICHCOMPARE(vlen, wlen, op);
    if (op == Py_EQ)
        Py_RETURN_FALSE;
    if (op == Py_NE)
        Py_RETURN_TRUE;
    return PyObject_RichCompare(PyTuple_GET_ITEM(v, i), PyTuple_GET_ITEM(w, i), op);
}

static Py_ssize_t
tuple_length(PyObject *t)
{
    return Py_SIZE(t);
}

static int
tuple_contains(PyObject *t, PyObject *x)
{
    int cmp = 0;
    for (Py_ssize_t i = 0; cmp == 0 && i < Py_SIZE(t); i++)
        cmp = PyObject_RichCompareBool(PyTuple_GET_ITEM(t, i), x, Py_EQ);
    return cmp;
}

static PyObject *
tuple_item(PyObject *t, Py_ssize_t i)
{
    if ((size_t)i >= (size_t)Py_SIZE(t)) {
        PyErr_SetString(PyExc_IndexError, "tuple index out of range");
        return NULL;
    }
    return Py_NewRef(PyTuple_GET_ITEM(t, i));
}

static PyObject *
tuple_concat(PyObject *a, PyObject *b)
{
    if (!PyTuple_Check(b))
        return PyErr_Format(PyExc_TypeError, "can only concatenate tuple (not \"%.200s\") to tuple",
                            Py_TYPE(b)->tp_name);
    Py_ssize_t na = Py_SIZE(a), nb = Py_SIZE(b);
    if (nb == 0 && PyTuple_CheckExact(a))
        return Py_NewRef(a);
    if (na == 0 && PyTuple_CheckExact(b))
        return Py_NewRef(b);
    if (na > PY_SSIZE_T_MAX - nb)
        return PyErr_NoMemory();
    PyObject *r = PyTuple_New(na + nb);
    if (r == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < na; i++)
        PyTuple_SET_ITEM(r, i, Py_NewRef(PyTuple_GET_ITEM(a, i)));
    for (Py_ssize_t i = 0; i < nb; i++)
        PyTuple_SET_ITEM(r, na + i, Py_NewRef(PyTuple_GET_ITEM(b, i)));
    return r;
}

static PyObject *
tuple_repeat(PyObject *t, Py_ssize_t n)
{
    Py_ssize_t len = Py_SIZE(t);
    if (PyTuple_CheckExact(t) && (len == 0 || n == 1))
        return Py_NewRef(t);
    if (len == 0 || n <= 0)
        return PyTuple_New(0);
    if (len > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    PyObject *r = PyTuple_New(len * n);
    if (r == NULL)
        return NULL;
    PyObject **dst = ((PyTupleObject *)r)->ob_item;
    for (Py_ssize_t k = 0; k < n; k++)
        for (Py_ssize_t i = 0; i < len; i++)
            *dst++ = Py_NewRef(PyTuple_GET_ITEM(t, i));
    return r;
}

static PyObject *
tuple_subscript(PyObject *t, PyObject *key)
{
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += Py_SIZE(t);
        return tuple_item(t, i);
    }
    if (!PySlice_Check(key))
        return PyErr_Format(PyExc_TypeError, "tuple indices must be integers or slices, not %.200s",
                            Py_TYPE(key)->tp_name);
    Py_ssize_t start, stop, step, n;
    if (PySlice_GetIndicesEx(key, Py_SIZE(t), &start, &stop, &step, &n) < 0)
        return NULL;
    if (n <= 0)
        return PyTuple_New(0);
    if (step == 1)
        return tuple_slice(t, start, start + n);
    PyObject *r = PyTuple_New(n);
    if (r == NULL)
        return NULL;
    for (Py_ssize_t k = 0, i = start; k < n; k++, i += step)
        PyTuple_SET_ITEM(r, k, Py_NewRef(PyTuple_GET_ITEM(t, i)));
    return r;
}

// tuple(iterable) as an exact tuple; an exact tuple argument is returned itself.
static PyObject *
tuple_from_iterable(PyObject *it)
{
    if (PyTuple_CheckExact(it))
        return Py_NewRef(it);
    if (PyList_CheckExact(it))
        return PyList_AsTuple(it);
    PyObject *l = PyList_New(0);
    if (l == NULL)
        return NULL;
    PyObject *r = rt_list_extend(l, it) < 0 ? NULL : PyList_AsTuple(l);
    Py_DECREF(l);
    return r;
}

// tuple.__new__ of a subclass: an instance of `type` holding tuple(iterable)'s items.
static PyObject *
tuple_subtype_new(PyTypeObject *type, PyObject *iterable)
{
    PyObject *tmp = iterable == NULL ? PyTuple_New(0) : tuple_from_iterable(iterable);
    if (tmp == NULL)
        return NULL;
    Py_ssize_t n = Py_SIZE(tmp);
    PyObject *r = type->tp_alloc(type, n);
    if (r != NULL) {
        for (Py_ssize_t i = 0; i < n; i++)
            PyTuple_SET_ITEM(r, i, Py_NewRef(PyTuple_GET_ITEM(tmp, i)));
        if (PyObject_IS_GC(r) && !PyObject_GC_IsTracked(r))
            PyObject_GC_Track(r);
    }
    Py_DECREF(tmp);
    return r;
}

static PyObject *
tuple_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *iterable = NULL;
    // Subclasses with their own __init__ may take keywords; tuple.__new__ ignores them then.
    if ((type == &PyTuple_Type || type->tp_init == PyTuple_Type.tp_init) &&
        !rt_arg_no_keywords("tuple", kwargs))
        return NULL;
    if (args != NULL && !PyArg_UnpackTuple(args, "tuple", 0, 1, &iterable))
        return NULL;
    if (type != &PyTuple_Type)
        return tuple_subtype_new(type, iterable);
    if (iterable == NULL)
        return PyTuple_New(0);
    return tuple_from_iterable(iterable);
}

// ---- the iterator ----------------------------------------------------------------------


static PyObject *
tuple_iter(PyObject *t)
{
    TupleIter *it = (TupleIter *)rt_gc_new(&rt_tuple_iterator_type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = Py_NewRef(t);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *
tupleiter_next(PyObject *o)
{
    TupleIter *it = (TupleIter *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < Py_SIZE(it->seq))
        return Py_NewRef(PyTuple_GET_ITEM(it->seq, it->index++));
    Py_CLEAR(it->seq);
    return NULL;
}

Py_ssize_t
rt_tuple_iter_length_hint(PyObject *o)
{
    TupleIter *it = (TupleIter *)o;
    return it->seq == NULL ? 0 : Py_SIZE(it->seq) - it->index;
}

static void
tupleiter_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, tupleiter_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(((TupleIter *)o)->seq);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
tupleiter_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((TupleIter *)o)->seq);
    return 0;
}

static PyObject *
iter_self(PyObject *o)
{
    return Py_NewRef(o);
}

void
rt_tuple_fini(void)
{
    for (int k = 0; k < FREELIST_SIZES; k++) {
        while (free_list[k] != NULL) {
            PyTupleObject *t = free_list[k];
            free_list[k] = (PyTupleObject *)t->ob_item[0];
            PyObject_GC_Del(t);
        }
        numfree[k] = 0;
    }
}

// ---- methods ------------------------------------------------------------------------------

// index(value, start=0, stop=sys.maxsize, /): start and stop clamp like slice bounds.
static PyObject *
tuple_index_meth(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("index", nargs, 1, 3))
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(self), bounds[2] = {0, PY_SSIZE_T_MAX};
    for (Py_ssize_t k = 1; k < nargs; k++) {
        if (!PyIndex_Check(args[k])) {
            PyErr_SetString(PyExc_TypeError,
                            "slice indices must be integers or have an __index__ method");
            return NULL;
        }
        bounds[k - 1] = PyNumber_AsSsize_t(args[k], NULL);
        if (bounds[k - 1] == -1 && PyErr_Occurred())
            return NULL;
    }
    for (int k = 0; k < 2; k++) {
        if (bounds[k] < 0 && (bounds[k] += n) < 0)
            bounds[k] = 0;
    }
    for (Py_ssize_t i = bounds[0]; i < bounds[1] && i < PyTuple_GET_SIZE(self); i++) {
        int eq = PyObject_RichCompareBool(PyTuple_GET_ITEM(self, i), args[0], Py_EQ);
        if (eq < 0)
            return NULL;
        if (eq)
            return PyLong_FromSsize_t(i);
    }
    PyErr_SetString(PyExc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static PyObject *
tuple_count_meth(PyObject *self, PyObject *v)
{
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(self); i++) {
        int eq = PyObject_RichCompareBool(PyTuple_GET_ITEM(self, i), v, Py_EQ);
        if (eq < 0)
            return NULL;
        count += eq;
    }
    return PyLong_FromSsize_t(count);
}

static PyObject *
tupleiter_length_hint_meth(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(rt_tuple_iter_length_hint(self));
}

// Pickling support for subclasses: the plain tuple of the items.
static PyObject *
tuple_getnewargs_meth(PyObject *self, PyObject *unused)
{
    PyObject *items = PyTuple_GetSlice(self, 0, Py_SIZE(self));
    if (items == NULL)
        return NULL;
    PyObject *r = PyTuple_Pack(1, items);
    Py_DECREF(items);
    return r;
}

static PyMethodDef tuple_methods[] = {
    {"__getnewargs__", tuple_getnewargs_meth, METH_NOARGS, "__getnewargs__($self, /)\n--\n\n"},
    {"index", (PyCFunction)(void (*)(void))tuple_index_meth, METH_FASTCALL,
     "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value."
     "\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count_meth, METH_O,
     "count($self, value, /)\n--\n\nReturn number of occurrences of value."},
    RT_CLASS_GETITEM_METHOD,
    {NULL},
};

static PyMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint_meth, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

// ---- the type objects ------------------------------------------------------------------

static PySequenceMethods tuple_as_sequence = {
    .sq_length = tuple_length,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .sq_item = tuple_item,
    .sq_contains = tuple_contains,
};

static PyMappingMethods tuple_as_mapping = {
    .mp_length = tuple_length,
    .mp_subscript = tuple_subscript,
};

PyTypeObject PyTuple_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "tuple",
    .tp_basicsize = sizeof(PyTupleObject) - sizeof(PyObject *),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = tuple_dealloc,
    .tp_repr = tuple_repr,
    .tp_as_sequence = &tuple_as_sequence,
    .tp_as_mapping = &tuple_as_mapping,
    .tp_hash = tuple_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE |
                Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Built-in immutable sequence.\n\n"
              "If no argument is given, the constructor returns an empty tuple.\n"
              "If iterable is specified the tuple is initialized from iterable's items.\n\n"
              "If the argument is a tuple, the return value is the same object.",
    .tp_traverse = tuple_traverse, // no tp_clear: tuples are immutable, as in CPython
    .tp_richcompare = tuple_richcompare,
    .tp_iter = tuple_iter,
    .tp_methods = tuple_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = tuple_new,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_tuple_iterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(TupleIter),
    .tp_dealloc = tupleiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .tp_traverse = tupleiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = tupleiter_next,
    .tp_methods = tupleiter_methods,
    .tp_free = PyObject_GC_Del,
};
