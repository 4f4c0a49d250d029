// test_tuple.c: runtime/objects/tuple.c. Expected values come from CPython 3.11 (hashes under
// PYTHONHASHSEED=0).
#include <setjmp.h>
#include <stdarg.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "runtime/runtime.h"
#include "tests/unit/testing.h"

static int
setup(void **state)
{
    return rt_runtime_init();
}

static int
teardown(void **state)
{
    rt_runtime_fini();
    return 0;
}

static PyObject *
range_tuple(long n)
{
    PyObject *t = PyTuple_New(n);
    for (long i = 0; i < n; i++)
        PyTuple_SET_ITEM(t, i, PyLong_FromLong(i));
    return t;
}

// Checks repr(o) and releases o.
static void
check_repr_steal(PyObject *o, const char *expected)
{
    assert_non_null(o);
    PyObject *r = PyObject_Repr(o);
    assert_non_null(r);
    assert_string_equal(PyUnicode_AsUTF8(r), expected);
    Py_DECREF(r);
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

static void
test_tuple_empty_is_one_immortal_object(void **state)
{
    PyObject *a = PyTuple_New(0), *b = PyTuple_New(0);
    assert_ptr_equal(a, b);
    assert_int_equal(PyTuple_GET_SIZE(a), 0);
    assert_true(Py_REFCNT(a) > (Py_ssize_t)1 << 40);
    PyObject *src = range_tuple(5), *c = PyTuple_GetSlice(src, 3, 1);
    Py_DECREF(src);
    assert_ptr_equal(c, a);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
}

static void
test_tuple_new_is_tracked_with_null_items(void **state)
{
    PyObject *t = PyTuple_New(3);
    assert_true(PyObject_GC_IsTracked(t));
    for (int i = 0; i < 3; i++)
        assert_null(PyTuple_GET_ITEM(t, i));
    Py_DECREF(t); // NULL items are allowed in a tuple being filled
}

static void
test_tuple_repr_matches_cpython(void **state)
{
    check_repr_steal(PyTuple_New(0), "()");
    check_repr_steal(tuple_of_longs(1, 1L), "(1,)");
    check_repr_steal(tuple_of_longs(2, 1L, 2L), "(1, 2)");
    PyObject *a = PyUnicode_FromString("a");
    PyObject *nested = PyTuple_Pack(3, tuple_of_longs(2, 1L, 2L), a, PyTuple_New(0));
    Py_DECREF(a);
    // PyTuple_Pack took new references to the two tuples made inline: release ours.
    Py_DECREF(PyTuple_GET_ITEM(nested, 0));
    Py_DECREF(PyTuple_GET_ITEM(nested, 2));
    check_repr_steal(nested, "((1, 2), 'a', ())");
    PyObject *e = PyTuple_New(0);
    check_repr_steal(PyTuple_Pack(1, e), "((),)");
    Py_DECREF(e);
}

static void
test_tuple_repr_of_deep_nesting_raises_recursion_error(void **state)
{
    PyObject *t = PyTuple_New(0);
    for (int i = 0; i < 3000; i++) {
        PyObject *u = PyTuple_Pack(1, t);
        Py_DECREF(t);
        t = u;
    }
    assert_null(PyObject_Repr(t));
    check_error(PyExc_RecursionError, NULL);
    assert_int_equal(rt_tstate()->recursion_depth, 0);
    Py_DECREF(t);
}

static void
check_hash_steal(PyObject *t, Py_hash_t expected)
{
    assert_non_null(t);
    assert_int_equal(PyObject_Hash(t), expected);
    Py_DECREF(t);
}

static void
test_tuple_hash_matches_cpython(void **state)
{
    check_hash_steal(tuple_of_longs(3, 1L, 2L, 3L), 529344067295497451);
    check_hash_steal(PyTuple_New(0), 5740354900026072187);
    check_hash_steal(tuple_of_longs(1, 1L), -6644214454873602895);
    check_hash_steal(tuple_of_longs(1, -1L), 8078679518589016365);
    PyObject *inner = PyTuple_Pack(2, PyLong_FromLong(3), tuple_of_longs(1, 4L));
    Py_DECREF(PyTuple_GET_ITEM(inner, 0));
    Py_DECREF(PyTuple_GET_ITEM(inner, 1));
    PyObject *left = tuple_of_longs(2, 1L, 2L);
    check_hash_steal(PyTuple_Pack(2, left, inner), 2083564274323420879); // ((1,2),(3,(4,)))
    Py_DECREF(left);
    Py_DECREF(inner);
}

static void
test_tuple_hash_of_strings_matches_cpython_seed_0(void **state)
{
    PyObject *a = PyUnicode_FromString("a"), *bc = PyUnicode_FromString("bc");
    check_hash_steal(PyTuple_Pack(2, a, bc), 8640034201088144406);
    Py_DECREF(a);
    Py_DECREF(bc);
}

static void
test_tuple_hash_with_unhashable_item_fails(void **state)
{
    PyObject *l = PyList_New(0);
    PyObject *t = PyTuple_Pack(2, Py_None, l);
    assert_int_equal(PyObject_Hash(t), -1);
    check_error(PyExc_TypeError, "unhashable type: 'list'");
    Py_DECREF(t);
    Py_DECREF(l);
}

static int
compare(PyObject *a, PyObject *b, int op)
{
    int r = PyObject_RichCompareBool(a, b, op);
    return r;
}

static void
test_tuple_compare_is_lexicographic(void **state)
{
    PyObject *t12 = tuple_of_longs(2, 1L, 2L), *t13 = tuple_of_longs(2, 1L, 3L);
    PyObject *t120 = tuple_of_longs(3, 1L, 2L, 0L), *t2 = tuple_of_longs(1, 2L),
             *t15 = tuple_of_longs(2, 1L, 5L);
    PyObject *e = PyTuple_New(0), *t0 = tuple_of_longs(1, 0L), *t12b = tuple_of_longs(2, 1L, 2L);
    assert_int_equal(compare(t12, t13, Py_LT), 1);
    assert_int_equal(compare(t12, t120, Py_LT), 1);
    assert_int_equal(compare(t2, t15, Py_GT), 1);
    assert_int_equal(compare(t12, t12b, Py_LE), 1);
    assert_int_equal(compare(t12, t12b, Py_NE), 0);
    assert_int_equal(compare(t12, t12b, Py_EQ), 1);
    assert_int_equal(compare(e, t0, Py_LT), 1);
    assert_int_equal(compare(t13, t12, Py_LT), 0);
    PyObject *r = PyTuple_Type.tp_richcompare(t12, Py_None, Py_EQ);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    PyObject *objs[] = {t12, t13, t120, t2, t15, e, t0, t12b};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_tuple_compare_uses_identity_for_equal_items(void **state)
{
    // n = float('nan'): (n,) == (n,) is True, (nan,) == (another nan,) is False.
    PyObject *n1 = PyFloat_FromDouble(NAN), *n2 = PyFloat_FromDouble(NAN);
    PyObject *a = PyTuple_Pack(1, n1), *b = PyTuple_Pack(1, n1), *c = PyTuple_Pack(1, n2);
    assert_int_equal(compare(a, b, Py_EQ), 1);
    assert_int_equal(compare(a, c, Py_EQ), 0);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    Py_DECREF(n1);
    Py_DECREF(n2);
}

static void
test_tuple_compare_of_unorderable_items_raises(void **state)
{
    PyObject *s = PyUnicode_FromString("a");
    PyObject *a = tuple_of_longs(2, 1L, 2L), *one = PyLong_FromLong(1),
             *b = PyTuple_Pack(2, one, s);
    assert_int_equal(compare(a, b, Py_LT), -1);
    check_error(PyExc_TypeError, "'<' not supported between instances of 'int' and 'str'");
    assert_int_equal(compare(a, b, Py_EQ), 0);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(one);
    Py_DECREF(s);
}

static void
test_tuple_concat_and_its_type_error(void **state)
{
    PyObject *a = tuple_of_longs(2, 1L, 2L), *b = tuple_of_longs(1, 3L), *e = PyTuple_New(0);
    check_repr_steal(PyTuple_Type.tp_as_sequence->sq_concat(a, b), "(1, 2, 3)");
    PyObject *same = PyTuple_Type.tp_as_sequence->sq_concat(a, e);
    assert_ptr_equal(same, a);
    Py_DECREF(same);
    PyObject *one = PyLong_FromLong(1);
    assert_null(PyTuple_Type.tp_as_sequence->sq_concat(a, one));
    check_error(PyExc_TypeError, "can only concatenate tuple (not \"int\") to tuple");
    Py_DECREF(one);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(e);
}

static void
test_tuple_repeat(void **state)
{
    PyObject *a = tuple_of_longs(2, 1L, 2L);
    ssizeargfunc rep = PyTuple_Type.tp_as_sequence->sq_repeat;
    check_repr_steal(rep(a, 3), "(1, 2, 1, 2, 1, 2)");
    check_repr_steal(rep(a, 0), "()");
    check_repr_steal(rep(a, -1), "()");
    PyObject *same = rep(a, 1);
    assert_ptr_equal(same, a);
    Py_DECREF(same);
    assert_null(rep(a, (Py_ssize_t)1 << 62));
    check_error(PyExc_MemoryError, NULL);
    Py_DECREF(a);
}

static void
test_tuple_item_access_and_index_errors(void **state)
{
    PyObject *t = range_tuple(3);
    PyObject *v = PyTuple_Type.tp_as_sequence->sq_item(t, 2);
    assert_int_equal(PyLong_AsLong(v), 2);
    Py_DECREF(v);
    assert_null(PyTuple_Type.tp_as_sequence->sq_item(t, 3));
    check_error(PyExc_IndexError, "tuple index out of range");
    assert_null(PyTuple_GetItem(t, -1)); // the C API does not wrap negative indexes
    check_error(PyExc_IndexError, "tuple index out of range");
    PyObject *k = PyLong_FromLong(-1);
    v = PyObject_GetItem(t, k);
    assert_int_equal(PyLong_AsLong(v), 2);
    Py_DECREF(v);
    Py_DECREF(k);
    k = PyLong_FromLong(-4);
    assert_null(PyObject_GetItem(t, k));
    check_error(PyExc_IndexError, "tuple index out of range");
    Py_DECREF(k);
    k = PyUnicode_FromString("a");
    assert_null(PyObject_GetItem(t, k));
    check_error(PyExc_TypeError, "tuple indices must be integers or slices, not str");
    Py_DECREF(k);
    Py_DECREF(t);
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

static void
check_slice(PyObject *t, PyObject *slice, const char *expected)
{
    check_repr_steal(PyObject_GetItem(t, slice), expected);
    Py_DECREF(slice);
}

static void
test_tuple_slicing_matches_cpython(void **state)
{
    PyObject *t = range_tuple(10);
    check_slice(t, slice3(0, 0, 2, 0, 0, 1), "(0, 2, 4, 6, 8)");
    check_slice(t, slice3(0, 0, -3, 0, 0, 1), "(9, 6, 3, 0)");
    check_slice(t, slice3(7, 2, -2, 1, 1, 1), "(7, 5, 3)");
    check_slice(t, slice3(2, 100, 0, 1, 1, 0), "(2, 3, 4, 5, 6, 7, 8, 9)");
    check_slice(t, slice3(-3, 0, 0, 1, 0, 0), "(7, 8, 9)");
    check_slice(t, slice3(5, 2, 0, 1, 1, 0), "()");
    check_slice(t, slice3(-100, 3, 0, 1, 1, 0), "(0, 1, 2)");
    PyObject *all = slice3(0, 0, 0, 0, 0, 0), *r = PyObject_GetItem(t, all);
    assert_ptr_equal(r, t); // t[:] is t
    Py_DECREF(r);
    Py_DECREF(all);
    PyObject *zero = slice3(0, 0, 0, 0, 0, 1);
    assert_null(PyObject_GetItem(t, zero));
    check_error(PyExc_ValueError, "slice step cannot be zero");
    Py_DECREF(zero);
    check_repr_steal(PyTuple_GetSlice(t, 8, 100), "(8, 9)");
    check_repr_steal(PyTuple_GetSlice(t, 5, 2), "()");
    Py_DECREF(t);
}

static void
test_tuple_contains(void **state)
{
    PyObject *t = range_tuple(5), *two = PyLong_FromLong(2), *nine = PyLong_FromLong(9);
    assert_int_equal(PySequence_Contains(t, two), 1);
    assert_int_equal(PySequence_Contains(t, nine), 0);
    Py_DECREF(t);
    Py_DECREF(two);
    Py_DECREF(nine);
}

static void
test_tuple_iterator_yields_items_then_stops(void **state)
{
    PyObject *t = range_tuple(3), *it = PyObject_GetIter(t);
    assert_string_equal(Py_TYPE(it)->tp_name, "tuple_iterator");
    assert_int_equal(rt_tuple_iter_length_hint(it), 3);
    for (long i = 0; i < 3; i++) {
        PyObject *v = PyIter_Next(it);
        assert_int_equal(PyLong_AsLong(v), i);
        Py_DECREF(v);
    }
    assert_int_equal(rt_tuple_iter_length_hint(it), 0);
    assert_null(PyIter_Next(it));
    assert_null(PyErr_Occurred());
    assert_null(PyIter_Next(it));
    assert_int_equal(Py_REFCNT(t), 1); // an exhausted iterator lets go of the tuple
    Py_DECREF(it);
    Py_DECREF(t);
}

static PyObject *
call_new(PyObject *args, PyObject *kwargs)
{
    return PyTuple_Type.tp_new(&PyTuple_Type, args, kwargs);
}

static void
test_tuple_constructor(void **state)
{
    PyObject *noargs = PyTuple_New(0);
    PyObject *r = call_new(noargs, NULL);
    assert_ptr_equal(r, noargs);
    Py_DECREF(r);
    PyObject *src = range_tuple(3), *args = PyTuple_Pack(1, src);
    r = call_new(args, NULL);
    assert_ptr_equal(r, src); // tuple(t) is t
    Py_DECREF(r);
    Py_DECREF(args);
    PyObject *l = PyList_New(0);
    rt_list_extend(l, src);
    args = PyTuple_Pack(1, l);
    check_repr_steal(call_new(args, NULL), "(0, 1, 2)");
    Py_DECREF(args);
    PyObject *it = PyObject_GetIter(l);
    args = PyTuple_Pack(1, it);
    check_repr_steal(call_new(args, NULL), "(0, 1, 2)");
    Py_DECREF(args);
    Py_DECREF(it);
    args = PyTuple_Pack(2, l, l);
    assert_null(call_new(args, NULL));
    check_error(PyExc_TypeError, "tuple expected at most 1 argument, got 2");
    Py_DECREF(args);
    PyObject *one = PyLong_FromLong(1);
    args = PyTuple_Pack(1, one);
    assert_null(call_new(args, NULL));
    check_error(PyExc_TypeError, "'int' object is not iterable");
    Py_DECREF(args);
    PyObject *kw = PyDict_New();
    PyDict_SetItemString(kw, "x", one);
    assert_null(call_new(noargs, kw));
    check_error(PyExc_TypeError, "tuple() takes no keyword arguments");
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(l);
    Py_DECREF(src);
    Py_DECREF(noargs);
}

static void
test_tuple_set_item_only_on_unshared_tuples(void **state)
{
    PyObject *t = PyTuple_New(2);
    assert_int_equal(PyTuple_SetItem(t, 0, PyLong_FromLong(7)), 0);
    assert_int_equal(PyTuple_SetItem(t, 5, PyLong_FromLong(7)), -1);
    check_error(PyExc_IndexError, "tuple assignment index out of range");
    Py_INCREF(t);
    assert_int_equal(PyTuple_SetItem(t, 1, PyLong_FromLong(7)), -1);
    check_error(PyExc_SystemError, NULL);
    Py_DECREF(t);
    assert_int_equal(PyTuple_SetItem(t, 1, PyLong_FromLong(8)), 0);
    check_repr_steal(t, "(7, 8)");
    assert_int_equal(PyTuple_Size(Py_None), -1);
    check_error(PyExc_SystemError, NULL);
}

static void
test_tuple_resize_keeps_items_and_nulls_new_slots(void **state)
{
    PyObject *t = range_tuple(3);
    assert_int_equal(rt_tuple_resize(&t, 5), 0);
    assert_int_equal(PyTuple_GET_SIZE(t), 5);
    assert_null(PyTuple_GET_ITEM(t, 4));
    assert_true(PyObject_GC_IsTracked(t));
    assert_int_equal(rt_tuple_resize(&t, 2), 0);
    check_repr_steal(t, "(0, 1)");
    t = PyTuple_New(0);
    assert_int_equal(rt_tuple_resize(&t, 1), 0);
    PyTuple_SET_ITEM(t, 0, PyLong_FromLong(4));
    check_repr_steal(t, "(4,)");
}

static void
test_tuple_dealloc_recycles_small_tuples(void **state)
{
    PyObject *t = range_tuple(4);
    PyObject *addr = t;
    Py_DECREF(t);
    PyObject *u = PyTuple_New(4);
    assert_ptr_equal(u, addr);
    for (int i = 0; i < 4; i++)
        assert_null(PyTuple_GET_ITEM(u, i));
    Py_DECREF(u);
}

static int
count_visit(PyObject *o, void *arg)
{
    (*(int *)arg)++;
    return 0;
}

static void
test_tuple_traverse_visits_every_item(void **state)
{
    PyObject *t = range_tuple(6);
    int n = 0;
    PyTuple_Type.tp_traverse(t, count_visit, &n);
    assert_int_equal(n, 6);
    Py_DECREF(t);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tuple_empty_is_one_immortal_object),
        cmocka_unit_test(test_tuple_new_is_tracked_with_null_items),
        cmocka_unit_test(test_tuple_repr_matches_cpython),
        cmocka_unit_test(test_tuple_repr_of_deep_nesting_raises_recursion_error),
        cmocka_unit_test(test_tuple_hash_matches_cpython),
        cmocka_unit_test(test_tuple_hash_of_strings_matches_cpython_seed_0),
        cmocka_unit_test(test_tuple_hash_with_unhashable_item_fails),
        cmocka_unit_test(test_tuple_compare_is_lexicographic),
        cmocka_unit_test(test_tuple_compare_uses_identity_for_equal_items),
        cmocka_unit_test(test_tuple_compare_of_unorderable_items_raises),
        cmocka_unit_test(test_tuple_concat_and_its_type_error),
        cmocka_unit_test(test_tuple_repeat),
        cmocka_unit_test(test_tuple_item_access_and_index_errors),
        cmocka_unit_test(test_tuple_slicing_matches_cpython),
        cmocka_unit_test(test_tuple_contains),
        cmocka_unit_test(test_tuple_iterator_yields_items_then_stops),
        cmocka_unit_test(test_tuple_constructor),
        cmocka_unit_test(test_tuple_set_item_only_on_unshared_tuples),
        cmocka_unit_test(test_tuple_resize_keeps_items_and_nulls_new_slots),
        cmocka_unit_test(test_tuple_dealloc_recycles_small_tuples),
        cmocka_unit_test(test_tuple_traverse_visits_every_item),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
