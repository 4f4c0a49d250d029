// list_slots.c: the list type object and its slots (repr, comparison, the sequence and
// mapping protocols with extended slices, construction), and the list iterators.
// Storage and the C API are in list.c, sorting in listsort.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/list_internal.h"
#include "runtime/objects/typeattr.h"

// ---- slots -----------------------------------------------------------------------------

static int
list_traverse(PyObject *o, visitproc visit, void *arg)
{
    for (Py_ssize_t i = Py_SIZE(o); --i >= 0;)
        Py_VISIT(PyList_GET_ITEM(o, i));
    return 0;
}

static int
list_tp_clear(PyObject *o)
{
    return rt_list_clear(o);
}

// The item reprs of l joined by ", ". The size is re-read each round: a repr may mutate l.
static PyObject *
join_reprs(PyListObject *l)
{
    PyObject *parts = PyList_New(0), *sep = NULL, *body = NULL;
    if (parts == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < Py_SIZE(l); i++) {
        if (Py_EnterRecursiveCall(" while getting the repr of an object"))
            goto done;
        PyObject *item = Py_NewRef(l->ob_item[i]);
        PyObject *s = PyObject_Repr(item);
        Py_DECREF(item);
        Py_LeaveRecursiveCall();
        if (s == NULL || rt_list_append_steal((PyListObject *)parts, s) < 0)
            goto done;
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
list_repr(PyObject *o)
{
    if (Py_SIZE(o) == 0)
        return PyUnicode_FromString("[]");
    int r = Py_ReprEnter(o);
    if (r != 0)
        return r > 0 ? PyUnicode_FromString("[...]") : NULL;
    PyObject *body = join_reprs((PyListObject *)o), *res = NULL;
    if (body != NULL)
        res = PyUnicode_FromFormat("[%U]", body);
    Py_XDECREF(body);
    Py_ReprLeave(o);
    return res;
}

static PyObject *
list_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyList_Check(v) || !PyList_Check(w))
        Py_RETURN_NOTIMPLEMENTED;
    PyListObject *vl = (PyListObject *)v, *wl = (PyListObject *)w;
    if (Py_SIZE(vl) != Py_SIZE(wl) && (op == Py_EQ || op == Py_NE))
        return PyBool_FromLong(op == Py_NE);
    // Item comparisons may mutate either list: bounds are re-read every round and the
    // items held while compared.
    Py_ssize_t i;
    for (i = 0; i < Py_SIZE(vl) && i < Py_SIZE(wl); i++) {
        PyObject *a = vl->ob_item[i], *b = wl->ob_item[i];
        if (a == b)
            continue;
        Py_INCREF(a);
        Py_INCREF(b);
        int k = PyObject_RichCompareBool(a, b, Py_EQ);
        Py_DECREF(a);
        Py_DECREF(b);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= Py_SIZE(vl) || i >= Py_SIZE(wl))
        Py_RETURN_RICHCOMPARE(Py_SIZE(vl), Py_SIZE(wl), op);
    if (op == Py_EQ)
        Py_RETURN_FALSE;
    if (op == Py_NE)
        Py_RETURN_TRUE;
    PyObject *a = Py_NewRef(vl->ob_item[i]), *b = Py_NewRef(wl->ob_item[i]);
    PyObject *res = PyObject_RichCompare(a, b, op);
    Py_DECREF(a);
    Py_DECREF(b);
    return res;
}

static Py_ssize_t
list_length(PyObject *l)
{
    return Py_SIZE(l);
}

static int
list_contains(PyObject *o, PyObject *x)
{
    PyListObject *l = (PyListObject *)o;
    int cmp = 0;
    for (Py_ssize_t i = 0; cmp == 0 && i < Py_SIZE(l); i++)
        cmp = rt_list_item_equals(l, i, x);
    return cmp;
}

static PyObject *
list_item(PyObject *l, Py_ssize_t i)
{
    if ((size_t)i >= (size_t)Py_SIZE(l)) {
        PyErr_SetString(PyExc_IndexError, "list index out of range");
        return NULL;
    }
    return Py_NewRef(PyList_GET_ITEM(l, i));
}

static int
list_ass_item(PyObject *l, Py_ssize_t i, PyObject *v)
{
    if ((size_t)i >= (size_t)Py_SIZE(l)) {
        PyErr_SetString(PyExc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v == NULL)
        return PyList_SetSlice(l, i, i + 1, NULL);
    Py_SETREF(PyList_GET_ITEM(l, i), Py_NewRef(v));
    return 0;
}

static PyObject *
list_concat(PyObject *a, PyObject *b)
{
    if (!PyList_Check(b))
        return PyErr_Format(PyExc_TypeError, "can only concatenate list (not \"%.200s\") to list",
                            Py_TYPE(b)->tp_name);
    Py_ssize_t na = Py_SIZE(a), nb = Py_SIZE(b);
    if (na > PY_SSIZE_T_MAX - nb)
        return PyErr_NoMemory();
    if (na + nb == 0)
        return PyList_New(0);
    PyListObject *r = rt_list_new_prealloc(na + nb);
    if (r == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < na; i++)
        r->ob_item[i] = Py_NewRef(PyList_GET_ITEM(a, i));
    for (Py_ssize_t i = 0; i < nb; i++)
        r->ob_item[na + i] = Py_NewRef(PyList_GET_ITEM(b, i));
    Py_SET_SIZE(r, na + nb);
    return (PyObject *)r;
}

// Store n copies of src[0..len) at dst (new references).
static void
fill_repeated(PyObject **dst, PyObject *const *src, Py_ssize_t len, Py_ssize_t n)
{
    for (Py_ssize_t k = 0; k < n; k++)
        for (Py_ssize_t i = 0; i < len; i++)
            *dst++ = Py_NewRef(src[i]);
}

static PyObject *
list_repeat(PyObject *a, Py_ssize_t n)
{
    Py_ssize_t len = Py_SIZE(a);
    if (len == 0 || n <= 0)
        return PyList_New(0);
    if (len > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    PyListObject *r = rt_list_new_prealloc(len * n);
    if (r == NULL)
        return NULL;
    fill_repeated(r->ob_item, ((PyListObject *)a)->ob_item, len, n);
    Py_SET_SIZE(r, len * n);
    return (PyObject *)r;
}

static PyObject *
list_inplace_concat(PyObject *l, PyObject *other)
{
    if (rt_list_extend(l, other) < 0)
        return NULL;
    return Py_NewRef(l);
}

static PyObject *
list_inplace_repeat(PyObject *o, Py_ssize_t n)
{
    PyListObject *l = (PyListObject *)o;
    Py_ssize_t len = Py_SIZE(l);
    if (len == 0 || n == 1)
        return Py_NewRef(o);
    if (n < 1) {
        rt_list_clear((PyObject *)l);
        return Py_NewRef(o);
    }
    if (len > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    if (rt_list_resize(l, len * n) < 0)
        return NULL;
    // Copies come from the first len slots, which the resize kept.
    fill_repeated(l->ob_item + len, l->ob_item, len, n - 1);
    return Py_NewRef(o);
}

static PyObject *
list_subscript(PyObject *o, PyObject *key)
{
    PyListObject *l = (PyListObject *)o;
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += Py_SIZE(l);
        return list_item(o, i);
    }
    if (!PySlice_Check(key))
        return PyErr_Format(PyExc_TypeError, "list indices must be integers or slices, not %.200s",
                            Py_TYPE(key)->tp_name);
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(key, &start, &stop, &step) < 0)
        return NULL;
    Py_ssize_t n = PySlice_AdjustIndices(Py_SIZE(l), &start, &stop, step);
    if (step == 1)
        return PyList_GetSlice((PyObject *)l, start, stop);
    if (n <= 0)
        return PyList_New(0);
    PyListObject *r = rt_list_new_prealloc(n);
    if (r == NULL)
        return NULL;
    for (Py_ssize_t k = 0, i = start; k < n; k++, i += step)
        r->ob_item[k] = Py_NewRef(l->ob_item[i]);
    Py_SET_SIZE(r, n);
    return (PyObject *)r;
}

// del l[start::step] for the n positions a slice with step != 1 selects.
static int
delete_extended(PyListObject *l, Py_ssize_t start, Py_ssize_t step, Py_ssize_t n)
{
    if (n <= 0)
        return 0;
    if (step < 0) { // the same positions, walked upward
        start += step * (n - 1);
        step = -step;
    }
    PyObject **garbage = PyMem_Malloc((size_t)n * sizeof(PyObject *));
    if (garbage == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    PyObject **items = l->ob_item;
    Py_ssize_t size = Py_SIZE(l), dst = start, k = 0;
    for (Py_ssize_t src = start; src < size; src++) {
        if (k < n && src == start + k * step)
            garbage[k++] = items[src];
        else
            items[dst++] = items[src];
    }
    rt_list_shrink(l, size - n);
    for (k = 0; k < n; k++)
        Py_DECREF(garbage[k]);
    PyMem_Free(garbage);
    return 0;
}

// l[start:stop:step] = v for step != 1 (start and stop as unpacked, not yet adjusted):
// v must have exactly as many items as the slice selects.
static int
assign_extended(PyListObject *l, Py_ssize_t start, Py_ssize_t stop, Py_ssize_t step, PyObject *v)
{
    Py_ssize_t nv;
    PyObject *seq = v == (PyObject *)l
                        ? PyList_GetSlice((PyObject *)l, 0, Py_SIZE(l))
                        : PySequence_Fast(v, "must assign iterable to extended slice");
    if (seq == NULL)
        return -1;
    // Adjust only now: iterating v may have resized l.
    Py_ssize_t n = PySlice_AdjustIndices(Py_SIZE(l), &start, &stop, step);
    PyObject **src = rt_list_fast_items(seq, &nv);
    if (nv != n) {
        PyErr_Format(PyExc_ValueError,
                     "attempt to assign sequence of size %zd to extended slice of size %zd", nv, n);
        Py_DECREF(seq);
        return -1;
    }
    PyObject **garbage = n > 0 ? PyMem_Malloc((size_t)n * sizeof(PyObject *)) : NULL;
    if (n > 0 && garbage == NULL) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0, i = start; k < n; k++, i += step) {
        garbage[k] = l->ob_item[i];
        l->ob_item[i] = Py_NewRef(src[k]);
    }
    for (Py_ssize_t k = 0; k < n; k++)
        Py_DECREF(garbage[k]);
    PyMem_Free(garbage);
    Py_DECREF(seq);
    return 0;
}

static int
list_ass_subscript(PyObject *o, PyObject *key, PyObject *v)
{
    PyListObject *l = (PyListObject *)o;
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        if (i < 0)
            i += Py_SIZE(l);
        return list_ass_item(o, i, v);
    }
    if (!PySlice_Check(key)) {
        PyErr_Format(PyExc_TypeError, "list indices must be integers or slices, not %.200s",
                     Py_TYPE(key)->tp_name);
        return -1;
    }
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(key, &start, &stop, &step) < 0)
        return -1;
    if (step != 1 && v != NULL)
        return assign_extended(l, start, stop, step, v);
    Py_ssize_t n = PySlice_AdjustIndices(Py_SIZE(l), &start, &stop, step);
    if (step == 1)
        return PyList_SetSlice((PyObject *)l, start, stop, v);
    return delete_extended(l, start, step, n);
}

static PyObject *
list_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (type == &PyList_Type)
        return PyList_New(0);
    PyObject *o = type->tp_alloc(type, 0);
    if (o != NULL && PyObject_IS_GC(o) && !PyObject_GC_IsTracked(o))
        PyObject_GC_Track(o);
    return o;
}

static int
list_init(PyObject *o, PyObject *args, PyObject *kwargs)
{
    PyListObject *l = (PyListObject *)o;
    PyObject *iterable = NULL;
    if ((Py_IS_TYPE(o, &PyList_Type) || Py_TYPE(o)->tp_new == PyList_Type.tp_new) &&
        !rt_arg_no_keywords("list", kwargs))
        return -1;
    if (args != NULL && !PyArg_UnpackTuple(args, "list", 0, 1, &iterable))
        return -1;
    rt_list_clear((PyObject *)l); // __init__ may run again on a live list: it starts over
    if (iterable == NULL)
        return 0;
    PyTypeObject *t = Py_TYPE(iterable);
    if ((t->tp_as_sequence != NULL && t->tp_as_sequence->sq_length != NULL) ||
        (t->tp_as_mapping != NULL && t->tp_as_mapping->mp_length != NULL)) {
        Py_ssize_t n = PyObject_Size(iterable);
        if (n < 0) {
            if (!PyErr_ExceptionMatches(PyExc_TypeError))
                return -1;
            PyErr_Clear();
        }
        if (n > 0 && l->ob_item == NULL && rt_list_preallocate_exact(l, n) < 0)
            return -1;
    }
    return rt_list_extend(o, iterable);
}

// ---- the iterators ---------------------------------------------------------------------


static PyObject *
listiter_create(PyTypeObject *type, PyObject *l, Py_ssize_t index)
{
    ListIter *it = (ListIter *)rt_gc_new(type);
    if (it == NULL)
        return NULL;
    it->index = index;
    it->seq = (PyListObject *)Py_NewRef(l);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *
list_iter(PyObject *l)
{
    return listiter_create(&rt_list_iterator_type, l, 0);
}

PyObject *
rt_list_reversed(PyObject *l)
{
    return listiter_create(&rt_list_reverse_iterator_type, l, Py_SIZE(l) - 1);
}

static PyObject *
listiter_next(PyObject *o)
{
    ListIter *it = (ListIter *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < Py_SIZE(it->seq))
        return Py_NewRef(it->seq->ob_item[it->index++]);
    Py_CLEAR(it->seq);
    return NULL;
}

static PyObject *
listreviter_next(PyObject *o)
{
    ListIter *it = (ListIter *)o;
    // The list may have shrunk since the last step.
    if (it->seq != NULL && it->index >= 0 && it->index < Py_SIZE(it->seq))
        return Py_NewRef(it->seq->ob_item[it->index--]);
    it->index = -1;
    Py_CLEAR(it->seq);
    return NULL;
}

static Py_ssize_t
listiter_len(PyObject *o)
{
    ListIter *it = (ListIter *)o;
    if (it->seq == NULL)
        return 0;
    if (Py_IS_TYPE(o, &rt_list_iterator_type)) {
        Py_ssize_t n = Py_SIZE(it->seq) - it->index;
        return n > 0 ? n : 0;
    }
    return it->index >= 0 && it->index < Py_SIZE(it->seq) ? it->index + 1 : 0;
}

Py_ssize_t
rt_list_iter_length_hint(PyObject *it)
{
    return listiter_len(it);
}

static void
listiter_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, listiter_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(((ListIter *)o)->seq);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
listiter_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((ListIter *)o)->seq);
    return 0;
}

static PyObject *
iter_self(PyObject *o)
{
    return Py_NewRef(o);
}

// ---- methods (wrappers of the C API in list.c) -----------------------------------------

// A start/stop argument of index(): any object with __index__, clamped like a slice bound.
static int
slice_index(PyObject *v, Py_ssize_t *out)
{
    if (!PyIndex_Check(v)) {
        PyErr_SetString(PyExc_TypeError,
                        "slice indices must be integers or have an __index__ method");
        return -1;
    }
    Py_ssize_t x = PyNumber_AsSsize_t(v, NULL);
    if (x == -1 && PyErr_Occurred())
        return -1;
    *out = x;
    return 0;
}

// A Py_ssize_t argument as argument clinic converts it: __index__, then OverflowError
// "Python int too large to convert to C ssize_t". 0 or -1.
static int
ssize_arg(PyObject *v, Py_ssize_t *out)
{
    PyObject *i = PyNumber_Index(v);
    if (i == NULL)
        return -1;
    *out = PyLong_AsSsize_t(i);
    Py_DECREF(i);
    return *out == -1 && PyErr_Occurred() ? -1 : 0;
}

static PyObject *
none_or_null(int r)
{
    return r < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *
list_append_meth(PyObject *self, PyObject *v)
{
    return none_or_null(PyList_Append(self, v));
}

static PyObject *
list_extend_meth(PyObject *self, PyObject *iterable)
{
    return none_or_null(rt_list_extend(self, iterable));
}

static PyObject *
list_insert_meth(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("insert", nargs, 2, 2))
        return NULL;
    Py_ssize_t i;
    if (ssize_arg(args[0], &i) < 0)
        return NULL;
    return none_or_null(PyList_Insert(self, i, args[1]));
}

static PyObject *
list_pop_meth(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("pop", nargs, 0, 1))
        return NULL;
    Py_ssize_t i = -1;
    if (nargs == 1 && ssize_arg(args[0], &i) < 0)
        return NULL;
    return rt_list_pop(self, i);
}

static PyObject *
list_remove_meth(PyObject *self, PyObject *v)
{
    return none_or_null(rt_list_remove(self, v));
}

static PyObject *
list_index_meth(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("index", nargs, 1, 3))
        return NULL;
    Py_ssize_t start = 0, stop = PY_SSIZE_T_MAX;
    if ((nargs > 1 && slice_index(args[1], &start) < 0) ||
        (nargs > 2 && slice_index(args[2], &stop) < 0))
        return NULL;
    Py_ssize_t i = rt_list_index(self, args[0], start, stop);
    return i < 0 ? NULL : PyLong_FromSsize_t(i);
}

static PyObject *
list_count_meth(PyObject *self, PyObject *v)
{
    Py_ssize_t n = rt_list_count(self, v);
    return n < 0 ? NULL : PyLong_FromSsize_t(n);
}

static PyObject *
list_clear_meth(PyObject *self, PyObject *unused)
{
    return none_or_null(rt_list_clear(self));
}

static PyObject *
list_copy_meth(PyObject *self, PyObject *unused)
{
    return rt_list_copy(self);
}

static PyObject *
list_reverse_meth(PyObject *self, PyObject *unused)
{
    return none_or_null(PyList_Reverse(self));
}

static PyObject *
list_reversed_meth(PyObject *self, PyObject *unused)
{
    return rt_list_reversed(self);
}

// sort(*, key=None, reverse=False)
static PyObject *
list_sort_meth(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"key", "reverse"};
    static const RtArgSpec spec = {"sort", names, 2, 0, 0, 0, 0};
    PyObject *a[2];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    PyObject *key = a[0] == Py_None ? NULL : a[0];
    long reverse = 0;
    if (a[1] != NULL) {
        PyObject *index = PyNumber_Index(a[1]);
        if (index == NULL)
            return NULL;
        reverse = PyLong_AsLong(index);
        Py_DECREF(index);
        if (reverse == -1 && PyErr_Occurred())
            return NULL;
    }
    return none_or_null(rt_list_sort(self, key, reverse != 0));
}

// The list object and its item array, as CPython counts them (no GC header).
static PyObject *
list_sizeof_meth(PyObject *self, PyObject *unused)
{
    Py_ssize_t size = rt_type_cpython_basicsize(Py_TYPE(self)) +
                      ((PyListObject *)self)->allocated * (Py_ssize_t)sizeof(PyObject *);
    return PyLong_FromSsize_t(size);
}

static PyMethodDef list_methods[] = {
    {"__sizeof__", list_sizeof_meth, METH_NOARGS,
     "__sizeof__($self, /)\n--\n\nReturn the size of the list in memory, in bytes."},
    {"__reversed__", list_reversed_meth, METH_NOARGS,
     "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the list."},
    {"clear", list_clear_meth, METH_NOARGS, "clear($self, /)\n--\n\nRemove all items from list."},
    {"copy", list_copy_meth, METH_NOARGS, "copy($self, /)\n--\n\nReturn a shallow copy of the list."},
    {"append", list_append_meth, METH_O,
     "append($self, object, /)\n--\n\nAppend object to the end of the list."},
    {"insert", (PyCFunction)(void (*)(void))list_insert_meth, METH_FASTCALL,
     "insert($self, index, object, /)\n--\n\nInsert object before index."},
    {"extend", list_extend_meth, METH_O,
     "extend($self, iterable, /)\n--\n\nExtend list by appending elements from the iterable."},
    {"pop", (PyCFunction)(void (*)(void))list_pop_meth, METH_FASTCALL,
     "pop($self, index=-1, /)\n--\n\nRemove and return item at index (default last).\n\n"
     "Raises IndexError if list is empty or index is out of range."},
    {"remove", list_remove_meth, METH_O,
     "remove($self, value, /)\n--\n\nRemove first occurrence of value.\n\n"
     "Raises ValueError if the value is not present."},
    {"index", (PyCFunction)(void (*)(void))list_index_meth, METH_FASTCALL,
     "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value."
     "\n\nRaises ValueError if the value is not present."},
    {"count", list_count_meth, METH_O,
     "count($self, value, /)\n--\n\nReturn number of occurrences of value."},
    {"reverse", list_reverse_meth, METH_NOARGS, "reverse($self, /)\n--\n\nReverse *IN PLACE*."},
    {"sort", (PyCFunction)(void (*)(void))list_sort_meth, METH_FASTCALL | METH_KEYWORDS,
     "sort($self, /, *, key=None, reverse=False)\n--\n\nSort the list in ascending order and "
     "return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. "
     "the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it "
     "once to each list item and sort them,\nascending or descending, according to their "
     "function values.\n\nThe reverse flag can be set to sort in descending order."},
    RT_CLASS_GETITEM_METHOD,
    {NULL},
};

static PyObject *
listiter_length_hint_meth(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(listiter_len(self));
}

static PyMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint_meth, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

// ---- the type objects ------------------------------------------------------------------

static PySequenceMethods list_as_sequence = {
    .sq_length = list_length,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_item = list_item,
    .sq_ass_item = list_ass_item,
    .sq_contains = list_contains,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
};

static PyMappingMethods list_as_mapping = {
    .mp_length = list_length,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
};

PyTypeObject PyList_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "list",
    .tp_basicsize = sizeof(PyListObject),
    .tp_dealloc = rt_list_dealloc,
    .tp_repr = list_repr,
    .tp_as_sequence = &list_as_sequence,
    .tp_as_mapping = &list_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE |
                Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Built-in mutable sequence.\n\n"
              "If no argument is given, the constructor creates a new empty list.\n"
              "The argument must be an iterable if specified.",
    .tp_traverse = list_traverse,
    .tp_clear = list_tp_clear,
    .tp_richcompare = list_richcompare,
    .tp_iter = list_iter,
    .tp_methods = list_methods,
    .tp_init = list_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = list_new,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_list_iterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(ListIter),
    .tp_dealloc = listiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .tp_traverse = listiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = listiter_next,
    .tp_methods = listiter_methods,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_list_reverse_iterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(ListIter),
    .tp_dealloc = listiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .tp_traverse = listiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = listreviter_next,
    .tp_methods = listiter_methods,
    .tp_free = PyObject_GC_Del,
};
