// test_list.c: runtime/objects/list.c and listsort.c. Expected values come from CPython 3.11:
// allocation sizes from (sys.getsizeof(l) - 56) // 8, comparison counts from a class whose
// __lt__ counts its calls, orders from sorted().
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "runtime/runtime.h"

// ---- a probe type whose comparisons count, fail or mutate a list on demand --------------

typedef struct {
    PyObject_HEAD
    long v;
} Probe;

enum { MUTATE_NONE, MUTATE_APPEND, MUTATE_CLEAR, MUTATE_OBSERVE };

static long cmp_count;          // comparisons made so far
static long fail_at;            // raise ValueError("boom") at this comparison; 0: never
static PyObject *mutate_target; // the list the comparisons act on
static int mutate_mode;
static Py_ssize_t observed_size; // the target's size seen by the last comparison

static PyTypeObject ProbeType;

static PyObject *
probe_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!Py_IS_TYPE(a, &ProbeType) || !Py_IS_TYPE(b, &ProbeType))
        Py_RETURN_NOTIMPLEMENTED;
    if (++cmp_count == fail_at) {
        PyErr_SetString(PyExc_ValueError, "boom");
        return NULL;
    }
    if (mutate_mode == MUTATE_APPEND)
        PyList_Append(mutate_target, a);
    else if (mutate_mode == MUTATE_CLEAR)
        rt_list_clear(mutate_target);
    else if (mutate_mode == MUTATE_OBSERVE)
        observed_size = PyList_GET_SIZE(mutate_target);
    Py_RETURN_RICHCOMPARE(((Probe *)a)->v, ((Probe *)b)->v, op);
}

static PyObject *
probe_repr(PyObject *o)
{
    return PyUnicode_FromFormat("P(%ld)", ((Probe *)o)->v);
}

static void
probe_dealloc(PyObject *o)
{
    PyObject_Free(o);
}

static PyTypeObject ProbeType = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "Probe",
    .tp_basicsize = sizeof(Probe),
    .tp_dealloc = probe_dealloc,
    .tp_repr = probe_repr,
    .tp_richcompare = probe_richcompare,
    .tp_flags = Py_TPFLAGS_DEFAULT,
};

static PyObject *
probe(long v)
{
    Probe *p = PyObject_Malloc(sizeof *p);
    p->ob_base.ob_refcnt = 1;
    p->ob_base.ob_type = &ProbeType;
    p->v = v;
    return (PyObject *)p;
}

// ---- a key function: item[0] for tuples, else the item; fails at call key_fail_at -------

static long key_calls, key_fail_at;

static PyObject *
key_call(PyObject *self, PyObject *args, PyObject *kwargs)
{
    PyObject *item = PyTuple_GET_ITEM(args, 0);
    if (++key_calls == key_fail_at) {
        PyErr_SetString(PyExc_KeyError, "no key");
        return NULL;
    }
    return Py_NewRef(PyTuple_Check(item) ? PyTuple_GET_ITEM(item, 0) : item);
}

static PyTypeObject KeyFuncType = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "KeyFunc",
    .tp_basicsize = sizeof(PyObject),
    .tp_call = key_call,
    .tp_flags = Py_TPFLAGS_DEFAULT,
};

static PyObject key_func = {RT_IMMORTAL_REFCNT, &KeyFuncType};

static void
reset_probes(void)
{
    cmp_count = fail_at = 0;
    mutate_target = NULL;
    mutate_mode = MUTATE_NONE;
    key_calls = key_fail_at = 0;
}

static int
setup(void **state)
{
    if (rt_runtime_init() < 0 || PyType_Ready(&ProbeType) < 0 || PyType_Ready(&KeyFuncType) < 0)
        return -1;
    return 0;
}

static int
teardown(void **state)
{
    rt_runtime_fini();
    return 0;
}

static int
reset(void **state)
{
    reset_probes();
    return 0;
}

// ---- helpers ---------------------------------------------------------------------------

static PyObject *
range_list(long n)
{
    PyObject *l = PyList_New(n);
    for (long i = 0; i < n; i++)
        PyList_SET_ITEM(l, i, PyLong_FromLong(i));
    return l;
}

static PyObject *
range_tuple(long n)
{
    PyObject *t = PyTuple_New(n);
    for (long i = 0; i < n; i++)
        PyTuple_SET_ITEM(t, i, PyLong_FromLong(i));
    return t;
}

static Py_ssize_t
allocated(PyObject *l)
{
    return ((PyListObject *)l)->allocated;
}

static void
check_repr(PyObject *o, const char *expected)
{
    assert_non_null(o);
    PyObject *r = PyObject_Repr(o);
    assert_non_null(r);
    assert_string_equal(PyUnicode_AsUTF8(r), expected);
    Py_DECREF(r);
}

static void
check_repr_steal(PyObject *o, const char *expected)
{
    check_repr(o, expected);
    Py_DECREF(o);
}

static void
check_error(PyObject *type, const char *msg)
{
    assert_non_null(PyErr_Occurred());
    assert_true(PyErr_ExceptionMatches(type));
    if (msg != NULL) {
        PyObject *exc = PyErr_GetRaisedException();
        PyObject *s = PyObject_Str(exc);
        assert_string_equal(PyUnicode_AsUTF8(s), msg);
        Py_DECREF(s);
        Py_DECREF(exc);
    }
    PyErr_Clear();
}

// CPython's numbers for `x = (x * 1103515245 + 12345) % 2**31; x % mod`, n times.
static void
lcg(long *out, int n, long seed, long mod)
{
    uint64_t x = (uint64_t)seed;
    for (int i = 0; i < n; i++) {
        x = (x * 1103515245u + 12345u) % 2147483648u;
        out[i] = (long)(x % (uint64_t)mod);
    }
}

static PyObject *
probes_of(const long *v, int n)
{
    PyObject *l = PyList_New(n);
    for (int i = 0; i < n; i++)
        PyList_SET_ITEM(l, i, probe(v[i]));
    return l;
}

static PyObject *
slice3(long start, long stop, long step, int has_start, int has_stop, int has_step)
{
    PyObject *a = has_start ? PyLong_FromLong(start) : NULL;
    PyObject *b = has_stop ? PyLong_FromLong(stop) : NULL;
    PyObject *c = has_step ? PyLong_FromLong(step) : NULL;
    PyObject *s = PySlice_New(a, b, c);
    Py_XDECREF(a);
    Py_XDECREF(b);
    Py_XDECREF(c);
    return s;
}

static PyObject *
strs(int n, ...)
{
    PyObject *l = PyList_New(n);
    va_list va;
    va_start(va, n);
    for (int i = 0; i < n; i++)
        PyList_SET_ITEM(l, i, PyUnicode_FromString(va_arg(va, const char *)));
    va_end(va);
    return l;
}

// ---- storage and growth ----------------------------------------------------------------

static void
test_list_append_growth_matches_cpython(void **state)
{
    static const Py_ssize_t expected[101] = {
        0,  4,  4,  4,  4,  8,  8,  8,  8,  16,  16,  16,  16,  16,  16,  16,  16, 24, 24, 24, 24,
        24, 24, 24, 24, 32, 32, 32, 32, 32, 32,  32,  32,  40,  40,  40,  40,  40, 40, 40, 40, 52,
        52, 52, 52, 52, 52, 52, 52, 52, 52, 52,  52,  64,  64,  64,  64,  64,  64, 64, 64, 64, 64,
        64, 64, 76, 76, 76, 76, 76, 76, 76, 76,  76,  76,  76,  76,  92,  92,  92, 92, 92, 92, 92,
        92, 92, 92, 92, 92, 92, 92, 92, 92, 108, 108, 108, 108, 108, 108, 108, 108};
    PyObject *l = PyList_New(0);
    assert_int_equal(allocated(l), expected[0]);
    for (long i = 0; i < 100; i++) {
        PyObject *v = PyLong_FromLong(i);
        assert_int_equal(PyList_Append(l, v), 0);
        Py_DECREF(v);
        assert_int_equal(allocated(l), expected[i + 1]);
    }
    assert_int_equal(PyList_GET_SIZE(l), 100);
    Py_DECREF(l);
}

static void
test_list_extend_allocation_matches_cpython(void **state)
{
    // l.extend([0]*n) for l = [], [0] and [0]*3, n = 1..19
    static const Py_ssize_t from_empty[19] = {2,  2,  4,  4,  6,  6,  8,  8,  10, 10,
                                              12, 12, 14, 14, 16, 16, 18, 18, 20};
    static const Py_ssize_t from_one[19] = {8,  8,  8,  8,  12, 8,  8,  12, 12, 12,
                                            12, 16, 16, 16, 16, 20, 20, 20, 20};
    static const Py_ssize_t from_three[19] = {8,  8,  12, 12, 8,  16, 12, 12, 12, 16,
                                              16, 16, 16, 20, 20, 20, 20, 24, 24};
    PyObject *zero = PyLong_FromLong(0), *single = PyList_New(1);
    PyList_SET_ITEM(single, 0, Py_NewRef(zero));
    for (int n = 1; n <= 19; n++) {
        PyObject *src = PyList_Type.tp_as_sequence->sq_repeat(single, n);
        assert_int_equal(allocated(src), n); // [0]*n is exact
        PyObject *a = PyList_New(0), *b = PyList_New(1);
        PyObject *c = PyList_Type.tp_as_sequence->sq_repeat(single, 3);
        PyList_SET_ITEM(b, 0, Py_NewRef(zero));
        assert_int_equal(rt_list_extend(a, src), 0);
        assert_int_equal(rt_list_extend(b, src), 0);
        assert_int_equal(rt_list_extend(c, src), 0);
        assert_int_equal(allocated(a), from_empty[n - 1]);
        assert_int_equal(allocated(b), from_one[n - 1]);
        assert_int_equal(allocated(c), from_three[n - 1]);
        assert_int_equal(PyList_GET_SIZE(c), 3 + n);
        Py_DECREF(a);
        Py_DECREF(b);
        Py_DECREF(c);
        Py_DECREF(src);
    }
    Py_DECREF(single);
    Py_DECREF(zero);
}

static PyObject *
new_list_from(PyObject *iterable)
{
    PyObject *args = PyTuple_Pack(1, iterable);
    PyObject *l = PyList_Type.tp_new(&PyList_Type, args, NULL);
    assert_int_equal(PyList_Type.tp_init(l, args, NULL), 0);
    Py_DECREF(args);
    return l;
}

static void
test_list_allocation_after_mixed_operations_matches_cpython(void **state)
{
    PyObject *zeros = PyList_New(5);
    for (int i = 0; i < 5; i++)
        PyList_SET_ITEM(zeros, i, PyLong_FromLong(0));
    PyObject *t3 = range_tuple(3), *t9 = range_tuple(9), *t10 = range_tuple(10);
    PyObject *t100 = range_tuple(100), *l3 = range_list(3), *l4 = range_list(4);

    PyObject *l = PyList_New(0);
    rt_list_extend(l, t10);
    assert_int_equal(allocated(l), 10);
    PyList_SetSlice(l, 1, 9, NULL); // del l[1:9]
    assert_int_equal(allocated(l), 8);
    Py_DECREF(l);

    l = PyList_New(0);
    rt_list_extend(l, t3);
    assert_int_equal(allocated(l), 4);
    for (int i = 0; i < 3; i++)
        Py_DECREF(rt_list_pop(l, -1));
    assert_int_equal(allocated(l), 0);
    rt_list_extend(l, zeros); // the popped list kept an array: over-allocates
    assert_int_equal(allocated(l), 8);
    Py_DECREF(l);

    l = PyList_New(0);
    rt_list_extend(l, t3);
    PyList_SetSlice(l, 0, 3, NULL); // del l[:] drops the array
    assert_int_equal(allocated(l), 0);
    rt_list_extend(l, zeros);
    assert_int_equal(allocated(l), 6);
    Py_DECREF(l);

    l = PyList_New(0);
    rt_list_extend(l, t3);
    PyObject *r = PyList_Type.tp_as_sequence->sq_inplace_repeat(l, 4);
    assert_ptr_equal(r, l);
    Py_DECREF(r);
    assert_int_equal(allocated(l), 12);
    check_repr(l, "[0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]");
    Py_DECREF(PyList_Type.tp_as_sequence->sq_inplace_repeat(l, 0));
    assert_int_equal(allocated(l), 0);
    Py_DECREF(l);

    l = PyList_New(0);
    PyList_SetSlice(l, 0, 0, l3); // l[0:0] = [0, 1, 2]
    assert_int_equal(allocated(l), 8);
    Py_DECREF(l);

    l = PyList_New(0);
    rt_list_extend(l, t9);
    PyList_SetSlice(l, 2, 3, l4);
    assert_int_equal(allocated(l), 16);
    Py_DECREF(l);

    l = PyList_New(0);
    rt_list_extend(l, t100);
    PyObject *step2 = slice3(0, 0, 2, 0, 0, 1);
    assert_int_equal(PyObject_DelItem(l, step2), 0);
    Py_DECREF(step2);
    assert_int_equal(allocated(l), 100);
    assert_int_equal(PyList_Sort(l), 0);
    assert_int_equal(allocated(l), 100);
    Py_DECREF(l);

    l = PyList_New(0);
    PyList_Insert(l, 0, Py_None);
    assert_int_equal(allocated(l), 4);
    Py_DECREF(l);

    l = PyList_New(0);
    PyObject *it = PyObject_GetIter(zeros);
    rt_list_extend(l, it); // the iterator's length hint sizes the list
    assert_int_equal(allocated(l), 6);
    Py_DECREF(it);
    Py_DECREF(l);

    PyObject *objs[] = {zeros, t3, t9, t10, t100, l3, l4};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_list_constructor_allocation_matches_cpython(void **state)
{
    // list(iter((0,)*n)) for n = 1..11, then exact-size results of +, slices, copy and *.
    static const Py_ssize_t expected[11] = {2, 2, 4, 4, 6, 6, 8, 8, 10, 10, 12};
    for (int n = 1; n <= 11; n++) {
        PyObject *t = range_tuple(n), *it = PyObject_GetIter(t), *l = new_list_from(it);
        assert_int_equal(allocated(l), expected[n - 1]);
        assert_int_equal(PyList_GET_SIZE(l), n);
        Py_DECREF(l);
        Py_DECREF(it);
        Py_DECREF(t);
    }
    PyObject *a = range_list(1), *b = range_list(2), *c = range_list(3), *d = range_list(10);
    PyObject *r = PyList_Type.tp_as_sequence->sq_concat(a, b);
    assert_int_equal(allocated(r), 3);
    Py_DECREF(r);
    r = PyList_GetSlice(c, 1, 3);
    assert_int_equal(allocated(r), 2);
    Py_DECREF(r);
    r = rt_list_copy(c);
    assert_int_equal(allocated(r), 3);
    Py_DECREF(r);
    PyObject *s = slice3(0, 0, 3, 0, 0, 1);
    r = PyObject_GetItem(d, s);
    assert_int_equal(allocated(r), 4);
    check_repr_steal(r, "[0, 3, 6, 9]");
    Py_DECREF(s);
    r = PyList_Type.tp_as_sequence->sq_repeat(b, 3);
    assert_int_equal(allocated(r), 6);
    check_repr_steal(r, "[0, 1, 0, 1, 0, 1]");
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    Py_DECREF(d);
}

static void
test_list_new_is_tracked_and_recycled(void **state)
{
    PyObject *l = PyList_New(2);
    assert_true(PyObject_GC_IsTracked(l));
    assert_null(PyList_GET_ITEM(l, 0));
    PyObject *addr = l;
    Py_DECREF(l); // NULL items are fine in a list being filled
    l = PyList_New(0);
    assert_ptr_equal(l, addr);
    assert_int_equal(PyList_GET_SIZE(l), 0);
    assert_int_equal(allocated(l), 0);
    Py_DECREF(l);
}

// ---- mutation API ----------------------------------------------------------------------

static void
test_list_insert_clamps_the_position(void **state)
{
    PyObject *l = PyList_New(0), *v[5];
    for (int i = 0; i < 5; i++)
        v[i] = PyLong_FromLong(i);
    PyList_Insert(l, 0, v[1]);
    PyList_Insert(l, -1, v[2]);
    PyList_Insert(l, 100, v[3]);
    PyList_Insert(l, -100, v[0]);
    PyList_Append(l, v[4]);
    check_repr_steal(l, "[0, 2, 1, 3, 4]");
    for (int i = 0; i < 5; i++)
        Py_DECREF(v[i]);
}

static void
test_list_get_and_set_item_errors(void **state)
{
    PyObject *l = range_list(3);
    assert_null(PyList_GetItem(l, 3));
    check_error(PyExc_IndexError, "list index out of range");
    assert_int_equal(PyList_SetItem(l, -1, PyLong_FromLong(9)), -1);
    check_error(PyExc_IndexError, "list assignment index out of range");
    assert_int_equal(PyList_SetItem(l, 1, PyLong_FromLong(9)), 0);
    check_repr(l, "[0, 9, 2]");
    assert_null(PyList_Type.tp_as_sequence->sq_item(l, 5));
    check_error(PyExc_IndexError, "list index out of range");
    assert_int_equal(PyList_Type.tp_as_sequence->sq_ass_item(l, 5, Py_None), -1);
    check_error(PyExc_IndexError, "list assignment index out of range");
    PyObject *k = PyUnicode_FromString("a");
    assert_null(PyObject_GetItem(l, k));
    check_error(PyExc_TypeError, "list indices must be integers or slices, not str");
    assert_int_equal(PyObject_SetItem(l, k, Py_None), -1);
    check_error(PyExc_TypeError, "list indices must be integers or slices, not str");
    Py_DECREF(k);
    k = PyLong_FromString("1180591620717411303424", NULL, 10); // 2**70
    assert_null(PyObject_GetItem(l, k));
    check_error(PyExc_IndexError, "cannot fit 'int' into an index-sized integer");
    Py_DECREF(k);
    assert_int_equal(PyList_Size(Py_None), -1);
    check_error(PyExc_SystemError, NULL);
    Py_DECREF(l);
}

static void
test_list_negative_index_and_delete(void **state)
{
    PyObject *l = range_list(10), *m = PyUnicode_FromString("m");
    PyObject *k = PyLong_FromLong(-2), *z = PyLong_FromLong(0);
    assert_int_equal(PyObject_SetItem(l, k, m), 0);
    assert_int_equal(PyObject_DelItem(l, z), 0);
    check_repr_steal(l, "[1, 2, 3, 4, 5, 6, 7, 'm', 9]");
    Py_DECREF(k);
    Py_DECREF(z);
    Py_DECREF(m);
}

// l = list(range(10)); l[slice] = value (NULL: del l[slice]); repr(l) must be `expected`.
static void
check_slice_assign(PyObject *slice, PyObject *value, const char *expected)
{
    PyObject *l = range_list(10);
    if (value == NULL)
        assert_int_equal(PyObject_DelItem(l, slice), 0);
    else
        assert_int_equal(PyObject_SetItem(l, slice, value), 0);
    check_repr_steal(l, expected);
    Py_DECREF(slice);
    Py_XDECREF(value);
}

static void
test_list_slice_assignment_matches_cpython(void **state)
{
    check_slice_assign(slice3(2, 5, 0, 1, 1, 0), strs(2, "a", "b"),
                       "[0, 1, 'a', 'b', 5, 6, 7, 8, 9]");
    check_slice_assign(slice3(0, 0, 3, 0, 0, 1), strs(4, "x", "y", "z", "w"),
                       "['x', 1, 2, 'y', 4, 5, 'z', 7, 8, 'w']");
    check_slice_assign(slice3(1, 0, 2, 1, 0, 1), NULL, "[0, 2, 4, 6, 8]");
    check_slice_assign(slice3(0, 0, -3, 0, 0, 1), NULL, "[1, 2, 4, 5, 7, 8]");
    check_slice_assign(slice3(5, 2, 0, 1, 1, 0), strs(1, "q"),
                       "[0, 1, 2, 3, 4, 'q', 5, 6, 7, 8, 9]");
    check_slice_assign(slice3(8, 2, -2, 1, 1, 1), strs(3, "a", "b", "c"),
                       "[0, 1, 2, 3, 'c', 5, 'b', 7, 'a', 9]");
    check_slice_assign(slice3(2, 5, 0, 1, 1, 0), range_tuple(0), "[0, 1, 5, 6, 7, 8, 9]");
    PyObject *src = range_tuple(3), *it = PyObject_GetIter(src);
    check_slice_assign(slice3(0, 9, 0, 1, 1, 0), it, "[0, 1, 2, 9]");
    Py_DECREF(src);
}

static void
test_list_slice_assignment_of_itself_copies_first(void **state)
{
    PyObject *l = range_list(5), *s = slice3(1, 3, 0, 1, 1, 0);
    assert_int_equal(PyObject_SetItem(l, s, l), 0);
    check_repr_steal(l, "[0, 0, 1, 2, 3, 4, 3, 4]");
    Py_DECREF(s);
    l = range_list(10);
    s = slice3(0, 0, -1, 0, 0, 1);
    assert_int_equal(PyObject_SetItem(l, s, l), 0);
    check_repr_steal(l, "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
    Py_DECREF(s);
    l = range_list(10);
    PyObject *odd = slice3(1, 0, 2, 1, 0, 1), *even = slice3(0, 0, 2, 0, 0, 1);
    PyObject *v = PyObject_GetItem(l, odd);
    assert_int_equal(PyObject_SetItem(l, even, v), 0);
    check_repr_steal(l, "[1, 1, 3, 3, 5, 5, 7, 7, 9, 9]");
    Py_DECREF(v);
    Py_DECREF(odd);
    Py_DECREF(even);
}

static void
test_list_extended_slice_errors(void **state)
{
    PyObject *l = range_list(4), *s = slice3(0, 0, 2, 0, 0, 1), *three = range_list(3);
    assert_int_equal(PyObject_SetItem(l, s, three), -1);
    check_error(PyExc_ValueError,
                "attempt to assign sequence of size 3 to extended slice of size 2");
    PyObject *five = PyLong_FromLong(5);
    assert_int_equal(PyObject_SetItem(l, s, five), -1);
    check_error(PyExc_TypeError, "must assign iterable to extended slice");
    PyObject *plain = slice3(0, 1, 0, 1, 1, 0);
    assert_int_equal(PyObject_SetItem(l, plain, five), -1);
    check_error(PyExc_TypeError, "can only assign an iterable");
    check_repr(l, "[0, 1, 2, 3]");
    Py_DECREF(plain);
    Py_DECREF(five);
    Py_DECREF(three);
    Py_DECREF(s);
    Py_DECREF(l);
}

static void
test_list_subscript_slices_match_cpython(void **state)
{
    PyObject *l = range_list(10);
    struct {
        PyObject *s;
        const char *expected;
    } cases[] = {
        {slice3(0, 0, 2, 0, 0, 1), "[0, 2, 4, 6, 8]"},
        {slice3(0, 0, -3, 0, 0, 1), "[9, 6, 3, 0]"},
        {slice3(7, 2, -2, 1, 1, 1), "[7, 5, 3]"},
        {slice3(-3, 0, 0, 1, 0, 0), "[7, 8, 9]"},
        {slice3(5, 2, 0, 1, 1, 0), "[]"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        check_repr_steal(PyObject_GetItem(l, cases[i].s), cases[i].expected);
        Py_DECREF(cases[i].s);
    }
    Py_DECREF(l);
}

static void
test_list_concat_repeat_and_inplace(void **state)
{
    PyObject *l = range_list(2), *one = PyLong_FromLong(1);
    assert_null(PyList_Type.tp_as_sequence->sq_concat(l, one));
    check_error(PyExc_TypeError, "can only concatenate list (not \"int\") to list");
    PyObject *r = PyList_Type.tp_as_sequence->sq_inplace_repeat(l, 3);
    Py_DECREF(r);
    check_repr(l, "[0, 1, 0, 1, 0, 1]");
    PyObject *t = range_tuple(2);
    r = PyList_Type.tp_as_sequence->sq_inplace_concat(l, t);
    assert_ptr_equal(r, l);
    Py_DECREF(r);
    check_repr(l, "[0, 1, 0, 1, 0, 1, 0, 1]");
    assert_null(PyList_Type.tp_as_sequence->sq_inplace_concat(l, one));
    check_error(PyExc_TypeError, "'int' object is not iterable");
    assert_int_equal(rt_list_extend(l, l), 0);
    assert_int_equal(PyList_GET_SIZE(l), 16);
    assert_null(PyList_Type.tp_as_sequence->sq_repeat(l, (Py_ssize_t)1 << 62));
    check_error(PyExc_MemoryError, NULL);
    check_repr_steal(PyList_Type.tp_as_sequence->sq_repeat(l, -2), "[]");
    Py_DECREF(t);
    Py_DECREF(one);
    Py_DECREF(l);
}

static void
test_list_pop_remove_index_count(void **state)
{
    PyObject *l = range_list(5), *v;
    v = rt_list_pop(l, -1);
    assert_int_equal(PyLong_AsLong(v), 4);
    Py_DECREF(v);
    v = rt_list_pop(l, 0);
    assert_int_equal(PyLong_AsLong(v), 0);
    Py_DECREF(v);
    assert_null(rt_list_pop(l, 3));
    check_error(PyExc_IndexError, "pop index out of range");
    check_repr(l, "[1, 2, 3]");
    PyObject *two = PyLong_FromLong(2), *five = PyLong_FromLong(5), *x = PyUnicode_FromString("x");
    assert_int_equal(rt_list_index(l, two, 0, PY_SSIZE_T_MAX), 1);
    assert_int_equal(rt_list_index(l, two, -1, PY_SSIZE_T_MAX), -1);
    check_error(PyExc_ValueError, "2 is not in list");
    assert_int_equal(rt_list_index(l, five, 0, PY_SSIZE_T_MAX), -1);
    check_error(PyExc_ValueError, "5 is not in list");
    assert_int_equal(rt_list_index(l, x, 0, PY_SSIZE_T_MAX), -1);
    check_error(PyExc_ValueError, "'x' is not in list");
    PyList_Append(l, two);
    assert_int_equal(rt_list_count(l, two), 2);
    assert_int_equal(rt_list_remove(l, two), 0);
    check_repr(l, "[1, 3, 2]");
    assert_int_equal(rt_list_remove(l, five), -1);
    check_error(PyExc_ValueError, "list.remove(x): x not in list");
    rt_list_clear(l);
    assert_null(rt_list_pop(l, -1));
    check_error(PyExc_IndexError, "pop from empty list");
    Py_DECREF(two);
    Py_DECREF(five);
    Py_DECREF(x);
    Py_DECREF(l);
}

static void
test_list_reverse_as_tuple_and_slices(void **state)
{
    PyObject *l = range_list(5);
    assert_int_equal(PyList_Reverse(l), 0);
    check_repr(l, "[4, 3, 2, 1, 0]");
    check_repr_steal(PyList_AsTuple(l), "(4, 3, 2, 1, 0)");
    check_repr_steal(PyList_GetSlice(l, -5, 2), "[4, 3]");
    check_repr_steal(PyList_GetSlice(l, 3, 1), "[]");
    Py_DECREF(l);
}

// ---- repr, comparison, containment -------------------------------------------------------

static void
test_list_repr_matches_cpython(void **state)
{
    PyObject *l = PyList_New(0);
    check_repr(l, "[]");
    PyObject *one = PyLong_FromLong(1), *a = PyUnicode_FromString("a"), *inner = range_list(2);
    PyList_Append(l, one);
    PyList_Append(l, a);
    PyList_Append(l, inner);
    check_repr(l, "[1, 'a', [0, 1]]");
    Py_DECREF(l);
    l = PyList_New(0);
    PyList_Append(l, l);
    check_repr(l, "[[...]]");
    PyList_Insert(l, 0, one);
    check_repr(l, "[1, [...]]");
    rt_list_clear(l); // break the cycle: the collector comes later
    Py_DECREF(l);
    Py_DECREF(one);
    Py_DECREF(a);
    Py_DECREF(inner);
}

static void
test_list_repr_of_deep_nesting_raises_recursion_error(void **state)
{
    PyObject *l = PyList_New(0);
    for (int i = 0; i < 3000; i++) {
        PyObject *u = PyList_New(1);
        PyList_SET_ITEM(u, 0, l);
        l = u;
    }
    assert_null(PyObject_Repr(l));
    check_error(PyExc_RecursionError, NULL);
    assert_int_equal(rt_tstate()->recursion_depth, 0);
    Py_DECREF(l);
}

static void
test_list_compare_is_lexicographic(void **state)
{
    PyObject *a = range_list(2), *b = range_list(2), *c = range_list(3), *d = range_list(1);
    PyObject *e = PyList_New(1);
    PyList_SET_ITEM(e, 0, PyLong_FromLong(5));
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(a, c, Py_LT), 1);
    assert_int_equal(PyObject_RichCompareBool(a, c, Py_EQ), 0);
    assert_int_equal(PyObject_RichCompareBool(a, d, Py_NE), 1);
    assert_int_equal(PyObject_RichCompareBool(e, c, Py_GT), 1);
    assert_int_equal(PyObject_RichCompareBool(a, e, Py_GE), 0);
    PyObject *r = PyList_Type.tp_richcompare(a, Py_None, Py_LT);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    PyObject *objs[] = {a, b, c, d, e};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_list_equality_shortcuts_on_length(void **state)
{
    long va[] = {1, 2}, vb[] = {1, 2, 3};
    PyObject *a = probes_of(va, 2), *b = probes_of(vb, 3);
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_EQ), 0);
    assert_int_equal(cmp_count, 0);
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_LT), 1);
    assert_int_equal(cmp_count, 2);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_list_compare_survives_items_that_clear_a_list(void **state)
{
    // CPython: with __eq__/__lt__ clearing a, [P(1),P(2)] == [P(1),P(3)] is False and < True;
    // clearing b instead, a < b is False.
    long va[] = {1, 2}, vb[] = {1, 3};
    int expected[] = {0, 1, 0};
    int ops[] = {Py_EQ, Py_LT, Py_LT};
    for (int k = 0; k < 3; k++) {
        PyObject *a = probes_of(va, 2), *b = probes_of(vb, 2);
        mutate_target = k < 2 ? a : b;
        mutate_mode = MUTATE_CLEAR;
        assert_int_equal(PyObject_RichCompareBool(a, b, ops[k]), expected[k]);
        reset_probes();
        Py_DECREF(a);
        Py_DECREF(b);
    }
}

static void
test_list_search_survives_items_that_clear_the_list(void **state)
{
    long va[] = {1, 2};
    PyObject *l = probes_of(va, 2), *p5 = probe(5), *p2 = probe(2);
    mutate_target = l;
    mutate_mode = MUTATE_CLEAR;
    assert_int_equal(PySequence_Contains(l, p5), 0);
    assert_int_equal(PyList_GET_SIZE(l), 0);
    Py_DECREF(l);
    mutate_target = l = probes_of(va, 2);
    assert_int_equal(rt_list_count(l, p2), 0);
    Py_DECREF(l);
    mutate_target = l = probes_of(va, 2);
    assert_int_equal(rt_list_remove(l, p2), -1);
    check_error(PyExc_ValueError, "list.remove(x): x not in list");
    Py_DECREF(l);
    mutate_target = l = probes_of(va, 2);
    assert_int_equal(rt_list_index(l, p2, 0, PY_SSIZE_T_MAX), -1);
    check_error(PyExc_ValueError, "P(2) is not in list");
    Py_DECREF(l);
    Py_DECREF(p5);
    Py_DECREF(p2);
}

// ---- iteration and construction --------------------------------------------------------

static void
test_list_iterator_sees_appended_items(void **state)
{
    PyObject *l = range_list(3), *it = PyObject_GetIter(l);
    assert_string_equal(Py_TYPE(it)->tp_name, "list_iterator");
    Py_DECREF(PyIter_Next(it));
    PyObject *four = PyLong_FromLong(4);
    PyList_Append(l, four);
    assert_int_equal(rt_list_iter_length_hint(it), 3);
    check_repr_steal(new_list_from(it), "[1, 2, 4]");
    assert_null(PyIter_Next(it));
    assert_null(PyErr_Occurred());
    Py_DECREF(it);
    Py_DECREF(four);
    Py_DECREF(l);
}

static void
test_list_reverse_iterator_stops_when_list_shrinks(void **state)
{
    PyObject *l = range_list(3), *it = rt_list_reversed(l);
    assert_string_equal(Py_TYPE(it)->tp_name, "list_reverseiterator");
    PyObject *v = PyIter_Next(it);
    assert_int_equal(PyLong_AsLong(v), 2);
    Py_DECREF(v);
    Py_DECREF(rt_list_pop(l, -1));
    check_repr_steal(new_list_from(it), "[1, 0]");
    Py_DECREF(it);
    it = rt_list_reversed(l);
    rt_list_clear(l);
    assert_null(PyIter_Next(it));
    assert_null(PyErr_Occurred());
    Py_DECREF(it);
    Py_DECREF(l);
}

static void
test_list_constructor_and_its_errors(void **state)
{
    PyObject *noargs = PyTuple_New(0), *t = range_tuple(3);
    PyObject *l = PyList_Type.tp_new(&PyList_Type, noargs, NULL);
    assert_int_equal(PyList_Type.tp_init(l, noargs, NULL), 0);
    check_repr(l, "[]");
    PyObject *args = PyTuple_Pack(1, t);
    assert_int_equal(PyList_Type.tp_init(l, args, NULL), 0);
    assert_int_equal(PyList_Type.tp_init(l, args, NULL), 0); // starts over
    check_repr(l, "[0, 1, 2]");
    assert_int_equal(allocated(l), 4);
    Py_DECREF(args);
    args = PyTuple_Pack(2, t, t);
    assert_int_equal(PyList_Type.tp_init(l, args, NULL), -1);
    check_error(PyExc_TypeError, "list expected at most 1 argument, got 2");
    Py_DECREF(args);
    PyObject *five = PyLong_FromLong(5);
    args = PyTuple_Pack(1, five);
    assert_int_equal(PyList_Type.tp_init(l, args, NULL), -1);
    check_error(PyExc_TypeError, "'int' object is not iterable");
    Py_DECREF(args);
    PyObject *kw = PyDict_New();
    PyDict_SetItemString(kw, "x", five);
    assert_int_equal(PyList_Type.tp_init(l, noargs, kw), -1);
    check_error(PyExc_TypeError, "list() takes no keyword arguments");
    Py_DECREF(kw);
    Py_DECREF(five);
    Py_DECREF(l);
    Py_DECREF(t);
    Py_DECREF(noargs);
}

static int
count_visit(PyObject *o, void *arg)
{
    (*(int *)arg)++;
    return 0;
}

static void
test_list_traverse_and_clear(void **state)
{
    PyObject *l = range_list(7);
    int n = 0;
    PyList_Type.tp_traverse(l, count_visit, &n);
    assert_int_equal(n, 7);
    assert_int_equal(PyList_Type.tp_clear(l), 0);
    assert_int_equal(PyList_GET_SIZE(l), 0);
    Py_DECREF(l);
}

// ---- sorting -----------------------------------------------------------------------------

// Sort probes with these values; return the comparisons made and check the result is sorted.
static long
sort_count(const long *v, int n, PyObject *key, int reverse)
{
    PyObject *l = probes_of(v, n);
    cmp_count = 0;
    assert_int_equal(rt_list_sort(l, key, reverse), 0);
    for (int i = 1; i < n; i++) {
        long a = ((Probe *)PyList_GET_ITEM(l, i - 1))->v, b = ((Probe *)PyList_GET_ITEM(l, i))->v;
        assert_true(reverse ? a >= b : a <= b);
    }
    Py_DECREF(l);
    return cmp_count;
}

static void
test_list_sort_makes_cpython_comparisons(void **state)
{
    long v[2000];
    lcg(v, 2000, 12345, 1000);
    assert_int_equal(sort_count(v, 2000, NULL, 0), 19287);
    assert_int_equal(sort_count(v, 2000, NULL, 1), 19262);
    assert_int_equal(sort_count(v, 2000, &key_func, 0), 19287); // keys move with the items
    lcg(v, 50, 7, 100);
    assert_int_equal(sort_count(v, 50, NULL, 0), 219);
    assert_int_equal(sort_count(v, 50, NULL, 1), 218);
}

static int
cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

static int
cmp_long_desc(const void *a, const void *b)
{
    return cmp_long(b, a);
}

static void
test_list_sort_of_runs_makes_cpython_comparisons(void **state)
{
    // sorted(500 randoms) + sorted(300 randoms, reverse=True) + 700 randoms
    long v[1500];
    lcg(v, 500, 1, 1000000);
    qsort(v, 500, sizeof v[0], cmp_long);
    lcg(v + 500, 300, 2, 1000000);
    qsort(v + 500, 300, sizeof v[0], cmp_long_desc);
    lcg(v + 800, 700, 3, 1000000);
    assert_int_equal(sort_count(v, 1500, NULL, 0), 8819);
    assert_int_equal(sort_count(v, 1500, NULL, 1), 8852);
}

static void
test_list_sort_of_structured_data_makes_cpython_comparisons(void **state)
{
    // Inputs where runs, galloping and merge order matter; counts and sizes from CPython.
    static long v[1500];
    int n = 0;
    for (long i = 0; i < 1000; i++) // list(range(1000)) + list(range(250, 750))
        v[n++] = i;
    for (long i = 250; i < 750; i++)
        v[n++] = i;
    assert_int_equal(sort_count(v, n, NULL, 0), 2535);
    assert_int_equal(sort_count(v, n, NULL, 1), 2536);
    n = 0;
    for (long b = 0; b < 10; b++) // ten interleaved ascending runs
        for (long i = b; i < 1000; i += 10)
            v[n++] = i;
    assert_int_equal(sort_count(v, n, NULL, 0), 4389);
    assert_int_equal(sort_count(v, n, NULL, 1), 4385);
    for (n = 0; n < 1000; n++) // (i * 37) % 1000
        v[n] = n * 37 % 1000;
    assert_int_equal(sort_count(v, n, NULL, 0), 7665);
    assert_int_equal(sort_count(v, n, NULL, 1), 7353);
    n = 0; // list(range(300)) + list(range(100, 130)) * 3 + list(range(2000, 1000, -3))
    for (long i = 0; i < 300; i++)
        v[n++] = i;
    for (int k = 0; k < 3; k++)
        for (long i = 100; i < 130; i++)
            v[n++] = i;
    for (long i = 2000; i > 1000; i -= 3)
        v[n++] = i;
    assert_int_equal(n, 724);
    assert_int_equal(sort_count(v, n, NULL, 0), 1221);
    assert_int_equal(sort_count(v, n, NULL, 1), 1214);
}

static void
test_list_sort_by_key_is_stable(void **state)
{
    static const long expected[40] = {0,  5,  10, 15, 20, 25, 30, 35, 3,  8,  13, 18, 23, 28,
                                      33, 38, 1,  6,  11, 16, 21, 26, 31, 36, 4,  9,  14, 19,
                                      24, 29, 34, 39, 2,  7,  12, 17, 22, 27, 32, 37};
    static const long expected_rev[40] = {2,  7,  12, 17, 22, 27, 32, 37, 4,  9,  14, 19, 24, 29,
                                          34, 39, 1,  6,  11, 16, 21, 26, 31, 36, 3,  8,  13, 18,
                                          23, 28, 33, 38, 0,  5,  10, 15, 20, 25, 30, 35};
    for (int reverse = 0; reverse <= 1; reverse++) {
        PyObject *l = PyList_New(40); // records (i*7 % 5, i) sorted by their first field
        for (long i = 0; i < 40; i++) {
            PyObject *k = PyLong_FromLong(i * 7 % 5), *n = PyLong_FromLong(i);
            PyList_SET_ITEM(l, i, PyTuple_Pack(2, k, n));
            Py_DECREF(k);
            Py_DECREF(n);
        }
        assert_int_equal(rt_list_sort(l, &key_func, reverse), 0);
        assert_int_equal(key_calls, 40 * (reverse + 1)); // one key per item per sort
        for (int i = 0; i < 40; i++)
            assert_int_equal(PyLong_AsLong(PyTuple_GET_ITEM(PyList_GET_ITEM(l, i), 1)),
                             reverse ? expected_rev[i] : expected[i]);
        Py_DECREF(l);
    }
}

static void
test_list_sort_with_many_ties_is_stable(void **state)
{
    // records (v % 3, i) for 1000 pseudo-random v, sorted by v % 3: CPython's order has
    // sum(j * order[j]) == 278731247 (reverse=True: 275821348).
    static const long first[10] = {1, 2, 9, 10, 11, 12, 14, 19, 20, 21};
    static const long first_rev[10] = {0, 3, 8, 13, 15, 18, 22, 23, 32, 37};
    long v[1000];
    lcg(v, 1000, 99, 1000);
    for (int reverse = 0; reverse <= 1; reverse++) {
        PyObject *l = PyList_New(1000);
        for (long i = 0; i < 1000; i++) {
            PyObject *k = PyLong_FromLong(v[i] % 3), *n = PyLong_FromLong(i);
            PyList_SET_ITEM(l, i, PyTuple_Pack(2, k, n));
            Py_DECREF(k);
            Py_DECREF(n);
        }
        assert_int_equal(rt_list_sort(l, &key_func, reverse), 0);
        long long sum = 0;
        for (long j = 0; j < 1000; j++) {
            long idx = PyLong_AsLong(PyTuple_GET_ITEM(PyList_GET_ITEM(l, j), 1));
            sum += j * idx;
            if (j < 10)
                assert_int_equal(idx, reverse ? first_rev[j] : first[j]);
        }
        assert_int_equal(sum, reverse ? 275821348 : 278731247);
        Py_DECREF(l);
    }
}

static void
test_list_sort_of_10000_ints_matches_reference(void **state)
{
    enum { N = 10000 };
    static long v[N], ref[N];
    lcg(v, N, 2024, 2000000000);
    PyObject *l = PyList_New(N);
    for (int i = 0; i < N; i++) {
        ref[i] = v[i] - 1000000000; // negatives too
        PyList_SET_ITEM(l, i, PyLong_FromLong(ref[i]));
    }
    qsort(ref, N, sizeof ref[0], cmp_long);
    assert_int_equal(PyList_Sort(l), 0);
    for (int i = 0; i < N; i++)
        assert_int_equal(PyLong_AsLong(PyList_GET_ITEM(l, i)), ref[i]);
    assert_int_equal(rt_list_sort(l, NULL, 1), 0);
    for (int i = 0; i < N; i++)
        assert_int_equal(PyLong_AsLong(PyList_GET_ITEM(l, i)), ref[N - 1 - i]);
    Py_DECREF(l);
}

static void
test_list_sort_of_big_and_mixed_numbers_matches_reference(void **state)
{
    // Ints beyond 64 bits and a float among ints take the generic comparison path.
    enum { N = 3000 };
    static long v[N], ref[N];
    lcg(v, N, 77, 1000000);
    PyObject *l = PyList_New(N + 2);
    for (int i = 0; i < N; i++) {
        ref[i] = v[i];
        PyList_SET_ITEM(l, i, i % 2 ? PyFloat_FromDouble((double)v[i]) : PyLong_FromLong(v[i]));
    }
    PyList_SET_ITEM(l, N, PyLong_FromString("100000000000000000000000", NULL, 10));
    PyList_SET_ITEM(l, N + 1, PyLong_FromString("-100000000000000000000000", NULL, 10));
    qsort(ref, N, sizeof ref[0], cmp_long);
    assert_int_equal(PyList_Sort(l), 0);
    check_repr(PyList_GET_ITEM(l, 0), "-100000000000000000000000");
    check_repr(PyList_GET_ITEM(l, N + 1), "100000000000000000000000");
    for (int i = 0; i < N; i++)
        assert_true(PyFloat_AsDouble(PyList_GET_ITEM(l, i + 1)) == (double)ref[i]);
    Py_DECREF(l);
}

static int
cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int
cmp_str(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static void
test_list_sort_of_floats_and_strings_matches_reference(void **state)
{
    enum { N = 2000 };
    static long v[N];
    static double dref[N];
    static char sref[N][16];
    lcg(v, N, 5, 100000);
    PyObject *fl = PyList_New(N), *sl = PyList_New(N);
    for (int i = 0; i < N; i++) {
        dref[i] = (double)v[i] / 7.0 - 5000.0;
        PyList_SET_ITEM(fl, i, PyFloat_FromDouble(dref[i]));
        snprintf(sref[i], sizeof sref[i], "k%ld", v[i]); // "k10" < "k9", as strcmp orders
        PyList_SET_ITEM(sl, i, PyUnicode_FromString(sref[i]));
    }
    qsort(dref, N, sizeof dref[0], cmp_double);
    qsort(sref, N, sizeof sref[0], cmp_str);
    assert_int_equal(PyList_Sort(fl), 0);
    assert_int_equal(PyList_Sort(sl), 0);
    for (int i = 0; i < N; i++) {
        assert_true(PyFloat_AS_DOUBLE(PyList_GET_ITEM(fl, i)) == dref[i]);
        assert_string_equal(PyUnicode_AsUTF8(PyList_GET_ITEM(sl, i)), sref[i]);
    }
    Py_DECREF(fl);
    Py_DECREF(sl);
    // Non-Latin-1 strings: "b" < "é" < "ā" < "€" by code point.
    PyObject *u = strs(4, "\xe2\x82\xac", "\xc4\x81", "b", "\xc3\xa9");
    assert_int_equal(PyList_Sort(u), 0);
    check_repr_steal(u, "['b', '\xc3\xa9', '\xc4\x81', '\xe2\x82\xac']");
}

static void
test_list_sort_of_tuples_orders_by_all_fields(void **state)
{
    enum { N = 500 };
    long v[N];
    lcg(v, N, 11, 1000);
    PyObject *l = PyList_New(N);
    for (int i = 0; i < N; i++) {
        PyObject *a = PyLong_FromLong(v[i] % 10), *b = PyLong_FromLong(v[i]);
        PyList_SET_ITEM(l, i, PyTuple_Pack(2, a, b));
        Py_DECREF(a);
        Py_DECREF(b);
    }
    assert_int_equal(PyList_Sort(l), 0);
    for (int i = 1; i < N; i++) {
        assert_int_equal(
            PyObject_RichCompareBool(PyList_GET_ITEM(l, i - 1), PyList_GET_ITEM(l, i), Py_LE), 1);
    }
    Py_DECREF(l);
}

static void
test_list_looks_empty_during_sort(void **state)
{
    long v[] = {3, 1, 2};
    PyObject *l = probes_of(v, 3);
    mutate_target = l;
    mutate_mode = MUTATE_OBSERVE;
    observed_size = -1;
    assert_int_equal(PyList_Sort(l), 0);
    assert_int_equal(observed_size, 0);
    check_repr_steal(l, "[P(1), P(2), P(3)]");
}

static void
test_list_modified_during_sort_raises(void **state)
{
    long v[] = {3, 1, 2};
    PyObject *l = probes_of(v, 3);
    PyObject *items[3];
    for (int i = 0; i < 3; i++)
        items[i] = PyList_GET_ITEM(l, i);
    mutate_target = l;
    mutate_mode = MUTATE_APPEND;
    assert_int_equal(PyList_Sort(l), -1);
    check_error(PyExc_ValueError, "list modified during sort");
    reset_probes();
    assert_int_equal(PyList_GET_SIZE(l), 3);
    for (int i = 0; i < 3; i++)
        assert_int_equal(Py_REFCNT(items[i]), 1); // the appended references were dropped
    check_repr_steal(l, "[P(1), P(2), P(3)]");
}

static void
test_list_sort_error_propagates_and_loses_nothing(void **state)
{
    enum { N = 600 };
    long v[N];
    lcg(v, N, 3, 50);
    for (long at = 1; at < 3000; at += 331) {
        PyObject *l = probes_of(v, N), *items[N];
        for (int i = 0; i < N; i++)
            items[i] = PyList_GET_ITEM(l, i);
        cmp_count = 0;
        fail_at = at;
        assert_int_equal(rt_list_sort(l, at % 2 ? &key_func : NULL, (int)(at % 3 == 0)), -1);
        check_error(PyExc_ValueError, "boom");
        fail_at = 0;
        // Every item is still there exactly once, with its reference count intact.
        assert_int_equal(PyList_GET_SIZE(l), N);
        for (int i = 0; i < N; i++) {
            int seen = 0;
            for (int j = 0; j < N; j++)
                seen += PyList_GET_ITEM(l, j) == items[i];
            assert_int_equal(seen, 1);
            assert_int_equal(Py_REFCNT(items[i]), 1);
        }
        Py_DECREF(l);
    }
}

static void
test_list_sort_key_error_leaves_list_as_it_was(void **state)
{
    long v[] = {5, 4, 3, 2, 1};
    PyObject *l = probes_of(v, 5);
    key_fail_at = 3;
    assert_int_equal(rt_list_sort(l, &key_func, 0), -1);
    check_error(PyExc_KeyError, NULL);
    check_repr(l, "[P(5), P(4), P(3), P(2), P(1)]");
    for (int i = 0; i < 5; i++)
        assert_int_equal(Py_REFCNT(PyList_GET_ITEM(l, i)), 1);
    Py_DECREF(l);
}

#define T(name) cmocka_unit_test_setup(name, reset)

int
main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_list_append_growth_matches_cpython),
        T(test_list_extend_allocation_matches_cpython),
        T(test_list_allocation_after_mixed_operations_matches_cpython),
        T(test_list_constructor_allocation_matches_cpython),
        T(test_list_new_is_tracked_and_recycled),
        T(test_list_insert_clamps_the_position),
        T(test_list_get_and_set_item_errors),
        T(test_list_negative_index_and_delete),
        T(test_list_slice_assignment_matches_cpython),
        T(test_list_slice_assignment_of_itself_copies_first),
        T(test_list_extended_slice_errors),
        T(test_list_subscript_slices_match_cpython),
        T(test_list_concat_repeat_and_inplace),
        T(test_list_pop_remove_index_count),
        T(test_list_reverse_as_tuple_and_slices),
        T(test_list_repr_matches_cpython),
        T(test_list_repr_of_deep_nesting_raises_recursion_error),
        T(test_list_compare_is_lexicographic),
        T(test_list_equality_shortcuts_on_length),
        T(test_list_compare_survives_items_that_clear_a_list),
        T(test_list_search_survives_items_that_clear_the_list),
        T(test_list_iterator_sees_appended_items),
        T(test_list_reverse_iterator_stops_when_list_shrinks),
        T(test_list_constructor_and_its_errors),
        T(test_list_traverse_and_clear),
        T(test_list_sort_makes_cpython_comparisons),
        T(test_list_sort_of_runs_makes_cpython_comparisons),
        T(test_list_sort_of_structured_data_makes_cpython_comparisons),
        T(test_list_sort_by_key_is_stable),
        T(test_list_sort_with_many_ties_is_stable),
        T(test_list_sort_of_10000_ints_matches_reference),
        T(test_list_sort_of_big_and_mixed_numbers_matches_reference),
        T(test_list_sort_of_floats_and_strings_matches_reference),
        T(test_list_sort_of_tuples_orders_by_all_fields),
        T(test_list_looks_empty_during_sort),
        T(test_list_modified_during_sort_raises),
        T(test_list_sort_error_propagates_and_loses_nothing),
        T(test_list_sort_key_error_leaves_list_as_it_was),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
