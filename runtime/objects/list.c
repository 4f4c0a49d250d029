// list.c: the list's storage with CPython's over-allocation (so sys.getsizeof matches), its
// life cycle, the C API and the C halves of the list methods (pop, remove, index ...).
// The slots, the type objects and the iterators are in list_slots.c, sorting in listsort.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/list_internal.h"

// Dead list objects (without their item arrays) kept for reuse, as CPython keeps 80.
#define FREELIST_MAX 80

static PyListObject *free_list[FREELIST_MAX];
static int numfree;

// Make room for n items and set the size to n. Growth follows CPython 3.11 exactly: the
// pattern 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ... for appends, no over-allocation when a
// jump is big, and a shrink only below half. New slots are garbage for the caller to fill.
// -1 (no exception set) if memory ran out; l is unchanged then.
static int
resize_storage(PyListObject *l, Py_ssize_t n)
{
    Py_ssize_t allocated = l->allocated;
    if (allocated >= n && n >= (allocated >> 1)) {
        Py_SET_SIZE(l, n);
        return 0;
    }
    size_t new_allocated = ((size_t)n + ((size_t)n >> 3) + 6) & ~(size_t)3;
    if (n - Py_SIZE(l) > (Py_ssize_t)(new_allocated - (size_t)n))
        new_allocated = ((size_t)n + 3) & ~(size_t)3;
    if (n == 0)
        new_allocated = 0;
    if (new_allocated > (size_t)PY_SSIZE_T_MAX / sizeof(PyObject *))
        return -1;
    // An emptied list keeps a (zero-sized) array, as in CPython: extend() treats a list
    // whose ob_item is NULL differently, and that shows in sys.getsizeof.
    size_t bytes = new_allocated * sizeof(PyObject *);
    PyObject **items = PyMem_Realloc(l->ob_item, bytes ? bytes : 1);
    if (items == NULL)
        return -1;
    l->ob_item = items;
    Py_SET_SIZE(l, n);
    l->allocated = (Py_ssize_t)new_allocated;
    return 0;
}

int
rt_list_resize(PyListObject *l, Py_ssize_t n)
{
    if (resize_storage(l, n) < 0) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

// Shrinking never needs more memory, so a failed realloc just keeps the bigger array.
void
rt_list_shrink(PyListObject *l, Py_ssize_t n)
{
    if (resize_storage(l, n) < 0)
        Py_SET_SIZE(l, n);
}

// Give a list without an array exactly enough room for n items (rounded up to even, as
// CPython 3.11 does: the allocator's 16-byte granularity makes the odd slot free).
int
rt_list_preallocate_exact(PyListObject *l, Py_ssize_t n)
{
    n = (n + 1) & ~(Py_ssize_t)1;
    if ((size_t)n > (size_t)PY_SSIZE_T_MAX / sizeof(PyObject *)) {
        PyErr_NoMemory();
        return -1;
    }
    PyObject **items = PyMem_Malloc((size_t)n * sizeof(PyObject *));
    if (items == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    l->ob_item = items;
    l->allocated = n;
    return 0;
}

PyObject *
PyList_New(Py_ssize_t size)
{
    if (size < 0)
        return PyErr_BadInternalCall();
    PyListObject *l;
    if (numfree > 0) {
        l = free_list[--numfree];
        rt_new_reference((PyObject *)l);
    } else {
        l = (PyListObject *)rt_gc_new(&PyList_Type);
        if (l == NULL)
            return NULL;
    }
    l->ob_item = NULL;
    if (size > 0) {
        l->ob_item = PyMem_Calloc((size_t)size, sizeof(PyObject *));
        if (l->ob_item == NULL) {
            Py_SET_SIZE(l, 0);
            l->allocated = 0;
            Py_DECREF(l);
            return PyErr_NoMemory();
        }
    }
    Py_SET_SIZE(l, size);
    l->allocated = size;
    PyObject_GC_Track(l);
    return (PyObject *)l;
}

// An empty list with room for exactly n > 0 items: the caller stores them and sets the size.
PyListObject *
rt_list_new_prealloc(Py_ssize_t n)
{
    PyListObject *l = (PyListObject *)PyList_New(0);
    if (l == NULL)
        return NULL;
    if ((size_t)n > (size_t)PY_SSIZE_T_MAX / sizeof(PyObject *) ||
        (l->ob_item = PyMem_Malloc((size_t)n * sizeof(PyObject *))) == NULL) {
        Py_DECREF(l);
        return (PyListObject *)PyErr_NoMemory();
    }
    l->allocated = n;
    return l;
}

Py_ssize_t
PyList_Size(PyObject *l)
{
    if (!PyList_Check(l)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return Py_SIZE(l);
}

PyObject *
PyList_GetItem(PyObject *l, Py_ssize_t i)
{
    if (!PyList_Check(l))
        return PyErr_BadInternalCall();
    if ((size_t)i >= (size_t)Py_SIZE(l)) {
        PyErr_SetString(PyExc_IndexError, "list index out of range");
        return NULL;
    }
    return PyList_GET_ITEM(l, i);
}

int
PyList_SetItem(PyObject *l, Py_ssize_t i, PyObject *v)
{
    if (!PyList_Check(l)) {
        Py_XDECREF(v);
        PyErr_BadInternalCall();
        return -1;
    }
    if ((size_t)i >= (size_t)Py_SIZE(l)) {
        Py_XDECREF(v);
        PyErr_SetString(PyExc_IndexError, "list assignment index out of range");
        return -1;
    }
    Py_XSETREF(PyList_GET_ITEM(l, i), v);
    return 0;
}

int
PyList_Insert(PyObject *o, Py_ssize_t where, PyObject *v)
{
    if (!PyList_Check(o) || v == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyListObject *l = (PyListObject *)o;
    Py_ssize_t n = Py_SIZE(l);
    if (n == PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError, "cannot add more objects to list");
        return -1;
    }
    if (rt_list_resize(l, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    memmove(l->ob_item + where + 1, l->ob_item + where, (size_t)(n - where) * sizeof(PyObject *));
    l->ob_item[where] = Py_NewRef(v);
    return 0;
}

// Append v, taking over the caller's reference (released on failure).
int
rt_list_append_steal(PyListObject *l, PyObject *v)
{
    Py_ssize_t n = Py_SIZE(l);
    if (n < l->allocated) {
        l->ob_item[n] = v;
        Py_SET_SIZE(l, n + 1);
        return 0;
    }
    if (rt_list_resize(l, n + 1) < 0) {
        Py_DECREF(v);
        return -1;
    }
    l->ob_item[n] = v;
    return 0;
}

int
PyList_Append(PyObject *l, PyObject *v)
{
    if (!PyList_Check(l) || v == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    return rt_list_append_steal((PyListObject *)l, Py_NewRef(v));
}

// l[low:high] with the bounds clamped, as a new list of exactly that many slots.
static PyObject *
list_slice(PyListObject *l, Py_ssize_t low, Py_ssize_t high)
{
    Py_ssize_t size = Py_SIZE(l);
    if (low < 0)
        low = 0;
    else if (low > size)
        low = size;
    if (high < low)
        high = low;
    else if (high > size)
        high = size;
    Py_ssize_t n = high - low;
    if (n <= 0)
        return PyList_New(0);
    PyListObject *r = rt_list_new_prealloc(n);
    if (r == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        r->ob_item[i] = Py_NewRef(l->ob_item[low + i]);
    Py_SET_SIZE(r, n);
    return (PyObject *)r;
}

PyObject *
PyList_GetSlice(PyObject *l, Py_ssize_t low, Py_ssize_t high)
{
    if (!PyList_Check(l))
        return PyErr_BadInternalCall();
    return list_slice((PyListObject *)l, low, high);
}

// Empty l and drop its array. The list is consistent (empty) before any item is released,
// because releasing an item can run arbitrary code that looks at the list.
static int
list_clear_items(PyListObject *l)
{
    PyObject **items = l->ob_item;
    if (items == NULL)
        return 0;
    Py_ssize_t i = Py_SIZE(l);
    Py_SET_SIZE(l, 0);
    l->ob_item = NULL;
    l->allocated = 0;
    while (--i >= 0)
        Py_XDECREF(items[i]);
    PyMem_Free(items);
    return 0;
}

// l[low:high] = v (v any iterable, or NULL to delete). The replaced items are released
// only once the list is consistent again.
static int
list_ass_slice(PyListObject *l, Py_ssize_t low, Py_ssize_t high, PyObject *v)
{
    PyObject *seq = NULL, **src = NULL, *stack_buf[8], **old = stack_buf;
    Py_ssize_t n = 0;
    if (v != NULL) {
        // a[i:j] = a must read the old items, so it works on a copy.
        seq = v == (PyObject *)l ? list_slice(l, 0, Py_SIZE(l))
                                 : PySequence_Fast(v, "can only assign an iterable");
        if (seq == NULL)
            return -1;
        src = rt_list_fast_items(seq, &n);
    }
    // Clamp after PySequence_Fast: iterating v may have changed l.
    Py_ssize_t size = Py_SIZE(l);
    low = low < 0 ? 0 : low > size ? size : low;
    high = high < low ? low : high > size ? size : high;
    Py_ssize_t norig = high - low, d = n - norig;
    if (size + d == 0) {
        Py_XDECREF(seq);
        return list_clear_items(l);
    }
    if (norig > (Py_ssize_t)(sizeof stack_buf / sizeof stack_buf[0]) &&
        (old = PyMem_Malloc((size_t)norig * sizeof(PyObject *))) == NULL) {
        Py_XDECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    if (norig > 0) // an empty list may have no array at all
        memcpy(old, l->ob_item + low, (size_t)norig * sizeof(PyObject *));
    if (d < 0) {
        memmove(l->ob_item + high + d, l->ob_item + high,
                (size_t)(size - high) * sizeof(PyObject *));
        rt_list_shrink(l, size + d);
    } else if (d > 0) {
        if (rt_list_resize(l, size + d) < 0) {
            if (old != stack_buf)
                PyMem_Free(old);
            Py_XDECREF(seq);
            return -1;
        }
        memmove(l->ob_item + high + d, l->ob_item + high,
                (size_t)(size - high) * sizeof(PyObject *));
    }
    for (Py_ssize_t k = 0; k < n; k++)
        l->ob_item[low + k] = Py_NewRef(src[k]);
    for (Py_ssize_t k = norig - 1; k >= 0; k--)
        Py_XDECREF(old[k]);
    if (old != stack_buf)
        PyMem_Free(old);
    Py_XDECREF(seq);
    return 0;
}

int
PyList_SetSlice(PyObject *l, Py_ssize_t low, Py_ssize_t high, PyObject *v)
{
    if (!PyList_Check(l)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return list_ass_slice((PyListObject *)l, low, high, v);
}

// PyObject_LengthHint, answering for our own sequence iterators without a method call.
static Py_ssize_t
length_hint(PyObject *o, Py_ssize_t dflt)
{
    PyTypeObject *t = Py_TYPE(o);
    if (t == &rt_list_iterator_type || t == &rt_list_reverse_iterator_type)
        return rt_list_iter_length_hint(o);
    if (t == &rt_tuple_iterator_type)
        return rt_tuple_iter_length_hint(o);
    return PyObject_LengthHint(o, dflt);
}

static int
extend_from_iterator(PyListObject *l, PyObject *iterable)
{
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return -1;
    Py_ssize_t n = length_hint(iterable, 8), m = Py_SIZE(l);
    if (n < 0)
        goto error;
    // A hint so big that m + n overflows may be a lie: then grow as items come.
    if (m <= PY_SSIZE_T_MAX - n) {
        if (l->ob_item == NULL) {
            if (n > 0 && rt_list_preallocate_exact(l, n) < 0)
                goto error;
        } else {
            if (rt_list_resize(l, m + n) < 0)
                goto error;
            Py_SET_SIZE(l, m);
        }
    }
    for (;;) {
        PyObject *item = PyIter_Next(it);
        if (item == NULL) {
            if (PyErr_Occurred())
                goto error;
            break;
        }
        if (rt_list_append_steal(l, item) < 0)
            goto error;
    }
    // Give back what an over-estimated hint reserved.
    if (Py_SIZE(l) < l->allocated && rt_list_resize(l, Py_SIZE(l)) < 0)
        goto error;
    Py_DECREF(it);
    return 0;
error:
    Py_DECREF(it);
    return -1;
}

int
rt_list_extend(PyObject *o, PyObject *iterable)
{
    if (!PyList_Check(o)) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyListObject *l = (PyListObject *)o;
    if (!PyList_CheckExact(iterable) && !PyTuple_CheckExact(iterable) && iterable != o)
        return extend_from_iterator(l, iterable);
    Py_ssize_t n = Py_SIZE(iterable), m = Py_SIZE(l);
    if (n == 0)
        return 0;
    if (l->ob_item == NULL) {
        if (rt_list_preallocate_exact(l, n) < 0)
            return -1;
        Py_SET_SIZE(l, n);
    } else if (rt_list_resize(l, m + n) < 0) {
        return -1;
    }
    // Read the source only now: when it is l itself, the resize may have moved it (and grown
    // its size, so n must stay the count taken before).
    Py_ssize_t unused;
    PyObject **src = rt_list_fast_items(iterable, &unused);
    for (Py_ssize_t i = 0; i < n; i++)
        l->ob_item[m + i] = Py_NewRef(src[i]);
    return 0;
}

PyObject *
PyList_AsTuple(PyObject *l)
{
    if (l == NULL || !PyList_Check(l))
        return PyErr_BadInternalCall();
    return rt_tuple_from_array(((PyListObject *)l)->ob_item, Py_SIZE(l));
}

int
PyList_Reverse(PyObject *l)
{
    if (l == NULL || !PyList_Check(l)) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (Py_SIZE(l) < 2)
        return 0; // an empty list may have no item array at all
    PyObject **lo = ((PyListObject *)l)->ob_item, **hi = lo + Py_SIZE(l) - 1;
    for (; lo < hi; lo++, hi--) {
        PyObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
    return 0;
}

// ---- the C halves of list methods --------------------------------------------------------

PyObject *
rt_list_pop(PyObject *o, Py_ssize_t i)
{
    PyListObject *l = (PyListObject *)o;
    Py_ssize_t n = Py_SIZE(l);
    if (n == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0)
        i += n;
    if ((size_t)i >= (size_t)n) {
        PyErr_SetString(PyExc_IndexError, "pop index out of range");
        return NULL;
    }
    PyObject *v = l->ob_item[i];
    if (i == n - 1) {
        rt_list_shrink(l, n - 1); // the list's reference now belongs to the caller
        return v;
    }
    Py_INCREF(v);
    if (list_ass_slice(l, i, i + 1, NULL) < 0) {
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

// Compare item i of l with v for equality, holding the item: __eq__ may mutate l.
int
rt_list_item_equals(PyListObject *l, Py_ssize_t i, PyObject *v)
{
    PyObject *item = Py_NewRef(l->ob_item[i]);
    int cmp = PyObject_RichCompareBool(item, v, Py_EQ);
    Py_DECREF(item);
    return cmp;
}

int
rt_list_remove(PyObject *o, PyObject *v)
{
    PyListObject *l = (PyListObject *)o;
    for (Py_ssize_t i = 0; i < Py_SIZE(l); i++) {
        int cmp = rt_list_item_equals(l, i, v);
        if (cmp > 0)
            return list_ass_slice(l, i, i + 1, NULL);
        if (cmp < 0)
            return -1;
    }
    PyErr_SetString(PyExc_ValueError, "list.remove(x): x not in list");
    return -1;
}

Py_ssize_t
rt_list_index(PyObject *o, PyObject *v, Py_ssize_t start, Py_ssize_t stop)
{
    PyListObject *l = (PyListObject *)o;
    if (start < 0 && (start += Py_SIZE(l)) < 0)
        start = 0;
    if (stop < 0 && (stop += Py_SIZE(l)) < 0)
        stop = 0;
    for (Py_ssize_t i = start; i < stop && i < Py_SIZE(l); i++) {
        int cmp = rt_list_item_equals(l, i, v);
        if (cmp > 0)
            return i;
        if (cmp < 0)
            return -1;
    }
    PyErr_Format(PyExc_ValueError, "%R is not in list", v);
    return -1;
}

Py_ssize_t
rt_list_count(PyObject *o, PyObject *v)
{
    PyListObject *l = (PyListObject *)o;
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < Py_SIZE(l); i++) {
        if (l->ob_item[i] == v) {
            count++;
            continue;
        }
        int cmp = rt_list_item_equals(l, i, v);
        if (cmp < 0)
            return -1;
        count += cmp;
    }
    return count;
}

int
rt_list_clear(PyObject *l)
{
    return list_clear_items((PyListObject *)l);
}

PyObject *
rt_list_copy(PyObject *l)
{
    return list_slice((PyListObject *)l, 0, Py_SIZE(l));
}

// ---- life cycle ------------------------------------------------------------------------

void
rt_list_dealloc(PyObject *o)
{
    PyListObject *l = (PyListObject *)o;
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, rt_list_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    if (l->ob_item != NULL) {
        for (Py_ssize_t i = Py_SIZE(l); --i >= 0;)
            Py_XDECREF(l->ob_item[i]);
        PyMem_Free(l->ob_item);
        l->ob_item = NULL;
    }
    if (PyList_CheckExact(o) && numfree < FREELIST_MAX)
        free_list[numfree++] = l;
    else
        Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

void
rt_list_fini(void)
{
    while (numfree > 0)
        PyObject_GC_Del(free_list[--numfree]);
}
