// test_dict.c: the dict type of runtime/objects/dict.c (with dict_table.c, dict_update.c and
// dictview.c). Every expected value was printed by CPython 3.11 (PYTHONHASHSEED=0).
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/unit/testing.h"

static PyObject *
num(long v)
{
    return PyLong_FromLong(v);
}

// d[k] = v for C ints.
static void
set_ii(PyObject *d, long k, long v)
{
    PyObject *key = num(k), *value = num(v);
    assert_int_equal(PyDict_SetItem(d, key, value), 0);
    Py_DECREF(key);
    Py_DECREF(value);
}

static void
del_i(PyObject *d, long k)
{
    PyObject *key = num(k);
    assert_int_equal(PyDict_DelItem(d, key), 0);
    Py_DECREF(key);
}

// Fail unless list(d) has the given repr.
static void
assert_key_order(PyObject *d, const char *expected)
{
    PyObject *keys = PyDict_Keys(d);
    assert_repr(keys, expected);
    Py_DECREF(keys);
}

// A new dict {k: k for k in range(n)}.
static PyObject *
range_dict(long n)
{
    PyObject *d = PyDict_New();
    for (long k = 0; k < n; k++)
        set_ii(d, k, k);
    return d;
}

// Call dict(*args, **kwargs) through the type; args/kwargs are borrowed.
static PyObject *
call_dict(PyObject *args, PyObject *kwargs)
{
    return PyObject_Call((PyObject *)&PyDict_Type, args, kwargs);
}

static void
test_dict_set_get_and_missing_key(void **state)
{
    PyObject *d = PyDict_New(), *k = PyUnicode_FromString("a"), *v = num(1);
    assert_int_equal(PyDict_Size(d), 0);
    assert_null(PyDict_GetItemWithError(d, k));
    assert_null(PyErr_Occurred());
    assert_int_equal(PyDict_SetItem(d, k, v), 0);
    assert_ptr_equal(PyDict_GetItem(d, k), v);
    assert_ptr_equal(PyDict_GetItemString(d, "a"), v);
    assert_int_equal(PyDict_Contains(d, k), 1);
    assert_int_equal(PyDict_Size(d), 1);
    PyObject *other = PyUnicode_FromString("b");
    assert_int_equal(PyDict_Contains(d, other), 0);
    assert_null(PyObject_GetItem(d, other));
    assert_raised(PyExc_KeyError, "'b'");
    Py_DECREF(other);
    Py_DECREF(k);
    Py_DECREF(v);
    Py_DECREF(d);
}

static void
test_dict_getitem_swallows_errors_but_with_error_raises(void **state)
{
    PyObject *d = PyDict_New(), *key = PyList_New(0);
    set_ii(d, 1, 2);
    PyErr_SetString(PyExc_ValueError, "pending");
    assert_null(PyDict_GetItem(d, key)); // unhashable: swallowed, the pending error survives
    assert_raised(PyExc_ValueError, "pending");
    assert_null(PyDict_GetItemWithError(d, key));
    assert_raised(PyExc_TypeError, "unhashable type: 'list'");
    assert_int_equal(PyDict_SetItem(d, key, key), -1);
    assert_raised(PyExc_TypeError, "unhashable type: 'list'");
    Py_DECREF(key);
    Py_DECREF(d);
}

static void
test_dict_delete_keeps_insertion_order(void **state)
{
    // d = {i*8: i for i in range(10)}; del d[0], d[16], d[40]; d[0] = 'x'; d[100] = 1
    PyObject *d = PyDict_New();
    for (long i = 0; i < 10; i++)
        set_ii(d, i * 8, i);
    del_i(d, 0);
    del_i(d, 16);
    del_i(d, 40);
    set_ii(d, 0, -1);
    set_ii(d, 100, 1);
    assert_key_order(d, "[8, 24, 32, 48, 56, 64, 72, 0, 100]");
    Py_DECREF(d);
}

static void
test_dict_reinserted_key_goes_to_the_end_and_resize_keeps_order(void **state)
{
    // 6 inserts, 5 deletes, then 11 more: the resize compacts but keeps the order.
    PyObject *d = range_dict(6);
    for (long i = 0; i < 5; i++)
        del_i(d, i);
    assert_int_equal(rt_dict_sizeof(d), 336);
    set_ii(d, 10, 10);
    assert_int_equal(rt_dict_sizeof(d), 336); // a deleted slot is not reused: no resize yet
    for (long i = 11; i <= 20; i++)
        set_ii(d, i, i);
    assert_key_order(d, "[5, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]");
    assert_int_equal(rt_dict_sizeof(d), 616);
    set_ii(d, 5, 0); // replacing keeps the place
    del_i(d, 10);
    set_ii(d, 10, 0);
    assert_key_order(d, "[5, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 10]");
    Py_DECREF(d);
}

static void
test_dict_colliding_hashes_coexist(void **state)
{
    // hash(1) == hash(2**61) == 1 and hash(-1) == hash(-2) == -2
    PyObject *one = num(1), *big = PyLong_FromLongLong(1LL << 61), *m1 = num(-1), *m2 = num(-2);
    assert_int_equal(PyObject_Hash(big), 1);
    assert_int_equal(PyObject_Hash(m1), -2);
    PyObject *d = PyDict_New();
    const char *vals[] = {"a", "b", "c", "d"};
    PyObject *keys[] = {one, big, m1, m2};
    for (int i = 0; i < 4; i++) {
        PyObject *v = PyUnicode_FromString(vals[i]);
        assert_int_equal(PyDict_SetItem(d, keys[i], v), 0);
        Py_DECREF(v);
    }
    assert_repr(d, "{1: 'a', 2305843009213693952: 'b', -1: 'c', -2: 'd'}");
    assert_int_equal(PyDict_DelItem(d, one), 0);
    assert_repr(PyDict_GetItem(d, big), "'b'");
    assert_int_equal(PyDict_DelItem(d, m1), 0);
    assert_repr(d, "{2305843009213693952: 'b', -2: 'd'}");
    assert_repr(PyDict_GetItem(d, m2), "'d'");
    assert_null(PyDict_GetItem(d, one));
    for (int i = 0; i < 4; i++)
        Py_DECREF(keys[i]);
    Py_DECREF(d);
}

static void
test_dict_growth_sizes_match_cpython(void **state)
{
    // [d.__sizeof__() for each of 100 int insertions] as CPython 3.11 prints them
    static const Py_ssize_t steps[][2] = {{0, 48},    {1, 208},   {6, 336},  {11, 616},
                                          {22, 1152}, {43, 2248}, {86, 4672}};
    PyObject *d = PyDict_New();
    size_t s = 0;
    for (long n = 0; n < 100; n++) {
        if (s + 1 < sizeof steps / sizeof steps[0] && steps[s + 1][0] == n)
            s++;
        assert_int_equal(rt_dict_sizeof(d), steps[s][1]);
        set_ii(d, n, n);
    }
    Py_DECREF(d);
    // str keys keep CPython's compact str-only table: 48, 168 (1..5), 256 (6..10), 448, 816
    static const Py_ssize_t str_steps[][2] = {{0, 48}, {1, 168}, {6, 256}, {11, 448}, {22, 816}};
    d = PyDict_New();
    s = 0;
    for (long n = 0; n < 30; n++) {
        if (s + 1 < sizeof str_steps / sizeof str_steps[0] && str_steps[s + 1][0] == n)
            s++;
        assert_int_equal(rt_dict_sizeof(d), str_steps[s][1]);
        PyObject *k = PyUnicode_FromFormat("%ld", n), *v = num(n);
        assert_int_equal(PyDict_SetItem(d, k, v), 0);
        Py_DECREF(k);
        Py_DECREF(v);
    }
    Py_DECREF(d);
}

static void
test_dict_first_non_str_key_converts_the_table(void **state)
{
    // d = {'a': 1}; d[1] = 1 -> 168 then 336 (CPython's resize rounds 3 slots up to 16)
    PyObject *d = PyDict_New(), *one = num(1);
    assert_int_equal(PyDict_SetItemString(d, "a", one), 0);
    assert_int_equal(rt_dict_sizeof(d), 168);
    assert_int_equal(PyDict_SetItem(d, one, one), 0);
    assert_int_equal(rt_dict_sizeof(d), 336);
    assert_repr(d, "{'a': 1, 1: 1}");
    Py_DECREF(one);
    Py_DECREF(d);
}

static void
test_dict_keyerror_carries_the_key(void **state)
{
    PyObject *d = PyDict_New(), *t = PyTuple_Pack(2, num(1), num(2));
    Py_DECREF(PyTuple_GET_ITEM(t, 0)); // the tuple holds the only references now
    Py_DECREF(PyTuple_GET_ITEM(t, 1));
    assert_null(PyObject_GetItem(d, t));
    PyObject *exc = PyErr_GetRaisedException();
    assert_true(PyErr_GivenExceptionMatches(exc, PyExc_KeyError));
    PyObject *args = ((PyBaseExceptionObject *)exc)->args;
    assert_int_equal(PyTuple_GET_SIZE(args), 1); // KeyError((1, 2)).args == ((1, 2),)
    assert_ptr_equal(PyTuple_GET_ITEM(args, 0), t);
    assert_str(exc, "(1, 2)");
    Py_DECREF(exc);
    assert_int_equal(PyDict_DelItem(d, t), -1);
    assert_raised(PyExc_KeyError, "(1, 2)");
    assert_int_equal(PyDict_DelItemString(d, "zz"), -1);
    assert_raised(PyExc_KeyError, "'zz'");
    Py_DECREF(t);
    Py_DECREF(d);
}

static void
test_dict_next_skips_deleted_entries(void **state)
{
    PyObject *d = range_dict(5);
    del_i(d, 1);
    del_i(d, 3);
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    long seen[5], n = 0;
    while (PyDict_Next(d, &pos, &k, &v)) {
        assert_ptr_equal(k, v);
        seen[n++] = PyLong_AsLong(k);
    }
    assert_int_equal(n, 3);
    assert_int_equal(seen[0], 0);
    assert_int_equal(seen[1], 2);
    assert_int_equal(seen[2], 4);
    assert_int_equal(PyDict_Next(d, &pos, &k, &v), 0);
    Py_DECREF(d);
}

static void
test_dict_copy_is_equal_independent_and_sized_as_cpython(void **state)
{
    PyObject *d = range_dict(21), *c = PyDict_Copy(d);
    assert_int_equal(rt_dict_sizeof(c), 616); // a clean table is cloned whole
    assert_int_equal(PyObject_RichCompareBool(c, d, Py_EQ), 1);
    set_ii(c, 100, 1);
    assert_int_equal(PyDict_Size(d), 21);
    Py_DECREF(c);
    Py_DECREF(d);
    // {i: i for i in range(100)} minus 90 keys copies compactly (336); minus 30 it clones (4672)
    d = range_dict(100);
    for (long i = 0; i < 90; i++)
        del_i(d, i);
    c = PyDict_Copy(d);
    assert_int_equal(rt_dict_sizeof(d), 4672);
    assert_int_equal(rt_dict_sizeof(c), 336);
    assert_key_order(c, "[90, 91, 92, 93, 94, 95, 96, 97, 98, 99]");
    Py_DECREF(c);
    Py_DECREF(d);
    d = range_dict(100);
    for (long i = 0; i < 30; i++)
        del_i(d, i);
    c = PyDict_Copy(d);
    assert_int_equal(rt_dict_sizeof(c), 4672);
    assert_int_equal(PyObject_RichCompareBool(c, d, Py_EQ), 1);
    Py_DECREF(c);
    Py_DECREF(d);
}

static void
test_dict_merge_with_and_without_override(void **state)
{
    PyObject *a = PyDict_New(), *b = PyDict_New();
    PyObject *va = PyUnicode_FromString("a"), *vb = PyUnicode_FromString("b");
    PyObject *vx = PyUnicode_FromString("X"), *vc = PyUnicode_FromString("c");
    PyObject *k1 = num(1), *k2 = num(2), *k3 = num(3);
    PyDict_SetItem(a, k1, va);
    PyDict_SetItem(a, k2, vb);
    PyDict_SetItem(b, k2, vx);
    PyDict_SetItem(b, k3, vc);
    PyObject *a2 = PyDict_Copy(a);
    assert_int_equal(PyDict_Merge(a, b, 0), 0);
    assert_repr(a, "{1: 'a', 2: 'b', 3: 'c'}");
    assert_int_equal(PyDict_Update(a2, b), 0);
    assert_repr(a2, "{1: 'a', 2: 'X', 3: 'c'}");
    assert_int_equal(rt_dict_update_ex(a2, b, 2), -1); // duplicate keys are errors with 2
    assert_raised(PyExc_KeyError, "2");
    PyObject *objs[] = {a, b, a2, va, vb, vx, vc, k1, k2, k3};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_dict_update_sizes_the_table_once(void **state)
{
    // c = {}; c.update({0: 0, 1: 1, 2: 2}) -> 208; d = {1: 1}; d.update(28 more) -> 1152
    PyObject *c = PyDict_New(), *small = range_dict(3);
    assert_int_equal(PyDict_Update(c, small), 0);
    assert_int_equal(rt_dict_sizeof(c), 208);
    PyObject *d = PyDict_New(), *more = PyDict_New();
    set_ii(d, 1, 1);
    for (long i = 2; i < 30; i++)
        set_ii(more, i, i);
    assert_int_equal(PyDict_Update(d, more), 0);
    assert_int_equal(rt_dict_sizeof(d), 1152);
    assert_int_equal(PyDict_Size(d), 29);
    Py_DECREF(c);
    Py_DECREF(small);
    Py_DECREF(d);
    Py_DECREF(more);
}

static void
test_dict_constructor_takes_pairs_mappings_and_keywords(void **state)
{
    PyObject *p1 = PyTuple_Pack(2, num(1), num(2)), *p2 = PyList_New(0);
    PyList_Append(p2, PyLong_FromLong(3));
    PyList_Append(p2, PyLong_FromLong(4));
    PyObject *pairs = PyList_New(0);
    PyList_Append(pairs, p1);
    PyList_Append(pairs, p2);
    PyObject *args = PyTuple_Pack(1, pairs), *d = call_dict(args, NULL);
    assert_repr(d, "{1: 2, 3: 4}");
    Py_DECREF(args);
    // dict({'a': 1}, b=2)
    PyObject *m = PyDict_New(), *kw = PyDict_New(), *one = num(1), *two = num(2);
    PyDict_SetItemString(m, "a", one);
    PyDict_SetItemString(kw, "b", two);
    args = PyTuple_Pack(1, m);
    PyObject *d2 = call_dict(args, kw);
    assert_repr(d2, "{'a': 1, 'b': 2}");
    Py_DECREF(args);
    args = PyTuple_Pack(2, m, m);
    assert_null(call_dict(args, NULL));
    assert_raised(PyExc_TypeError, "dict expected at most 1 argument, got 2");
    Py_DECREF(args);
    PyObject *objs[] = {p1, p2, pairs, d, m, kw, one, two, d2};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_dict_constructor_rejects_bad_pairs(void **state)
{
    PyObject *bad = PyList_New(0), *one = num(1);
    PyList_Append(bad, one); // dict([1])
    PyObject *args = PyTuple_Pack(1, bad);
    assert_null(call_dict(args, NULL));
    assert_raised(PyExc_TypeError,
                  "cannot convert dictionary update sequence element #0 to a sequence");
    Py_DECREF(args);
    PyObject *triple = PyTuple_Pack(3, one, one, one), *seq = PyList_New(0);
    PyList_Append(seq, triple); // dict([(1, 1, 1)])
    args = PyTuple_Pack(1, seq);
    assert_null(call_dict(args, NULL));
    assert_raised(PyExc_ValueError,
                  "dictionary update sequence element #0 has length 3; 2 is required");
    Py_DECREF(args);
    args = PyTuple_Pack(1, one); // dict(1)
    assert_null(call_dict(args, NULL));
    assert_raised(PyExc_TypeError, "'int' object is not iterable");
    Py_DECREF(args);
    PyObject *objs[] = {bad, one, triple, seq};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_dict_clear_empties_and_allows_reuse(void **state)
{
    PyObject *d = range_dict(10);
    uint64_t v = ((PyDictObject *)d)->ma_version;
    PyDict_Clear(d);
    assert_int_equal(PyDict_Size(d), 0);
    assert_true(((PyDictObject *)d)->ma_version != v);
    assert_int_equal(rt_dict_sizeof(d), 48);
    assert_repr(d, "{}");
    set_ii(d, 7, 8);
    assert_repr(d, "{7: 8}");
    Py_DECREF(d);
}

static void
test_dict_version_changes_on_mutation_not_lookup(void **state)
{
    PyObject *d = PyDict_New(), *k = num(1), *v = num(2), *w = num(3);
    uint64_t v0 = ((PyDictObject *)d)->ma_version;
    PyDict_SetItem(d, k, v);
    uint64_t v1 = ((PyDictObject *)d)->ma_version;
    assert_true(v1 != v0);
    assert_ptr_equal(PyDict_GetItem(d, k), v);
    assert_int_equal(PyDict_Contains(d, k), 1);
    assert_true(((PyDictObject *)d)->ma_version == v1);
    PyDict_SetItem(d, k, v); // the same object again: no mutation, as in CPython
    assert_true(((PyDictObject *)d)->ma_version == v1);
    PyDict_SetItem(d, k, w);
    uint64_t v2 = ((PyDictObject *)d)->ma_version;
    assert_true(v2 != v1);
    PyDict_DelItem(d, k);
    assert_true(((PyDictObject *)d)->ma_version != v2);
    Py_DECREF(k);
    Py_DECREF(v);
    Py_DECREF(w);
    Py_DECREF(d);
}

static void
test_dict_repr_of_nested_and_recursive_dicts(void **state)
{
    // {'a': 1, 2: [3]}, {1: {2: {}}}, and d['x'] = d -> {'x': {...}}
    PyObject *d = PyDict_New(), *one = num(1), *two = num(2), *l = PyList_New(0);
    PyObject *three = num(3);
    PyList_Append(l, three);
    PyDict_SetItemString(d, "a", one);
    PyDict_SetItem(d, two, l);
    assert_repr(d, "{'a': 1, 2: [3]}");
    PyObject *inner = PyDict_New(), *mid = PyDict_New(), *outer = PyDict_New();
    PyDict_SetItem(mid, two, inner);
    PyDict_SetItem(outer, one, mid);
    assert_repr(outer, "{1: {2: {}}}");
    PyObject *r = PyDict_New();
    PyDict_SetItemString(r, "x", r);
    assert_repr(r, "{'x': {...}}");
    PyDict_Clear(r); // break the cycle
    PyObject *objs[] = {d, one, two, l, three, inner, mid, outer, r};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_dict_compares_equal_by_items_only(void **state)
{
    PyObject *a = PyDict_New(), *b = PyDict_New();
    set_ii(a, 1, 2);
    set_ii(a, 3, 4);
    set_ii(b, 3, 4);
    set_ii(b, 1, 2);
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_EQ), 1); // order does not matter
    set_ii(b, 1, 3);
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_NE), 1);
    assert_null(PyObject_RichCompare(a, b, Py_LT));
    assert_raised(PyExc_TypeError, "'<' not supported between instances of 'dict' and 'dict'");
    PyObject *one = num(1);
    assert_int_equal(PyObject_RichCompareBool(a, one, Py_EQ), 0);
    assert_int_equal(PyObject_Hash(a), -1);
    assert_raised(PyExc_TypeError, "unhashable type: 'dict'");
    Py_DECREF(one);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_dict_iteration_detects_size_change(void **state)
{
    PyObject *d = range_dict(3), *it = PyObject_GetIter(d);
    assert_string_equal(Py_TYPE(it)->tp_name, "dict_keyiterator");
    PyObject *k = PyIter_Next(it);
    assert_repr(k, "0");
    Py_DECREF(k);
    set_ii(d, 10, 10);
    assert_null(PyIter_Next(it));
    assert_raised(PyExc_RuntimeError, "dictionary changed size during iteration");
    del_i(d, 10);
    assert_null(PyIter_Next(it)); // the error is sticky
    assert_raised(PyExc_RuntimeError, "dictionary changed size during iteration");
    Py_DECREF(it);
    Py_DECREF(d);
}

static void
test_dict_iteration_detects_changed_keys(void **state)
{
    // d = {0: 0, 1: 1}; for k in d: del d[k]; d[k + 10] = 1
    PyObject *d = range_dict(2), *it = PyObject_GetIter(d), *k;
    while ((k = PyIter_Next(it)) != NULL) {
        long kv = PyLong_AsLong(k);
        del_i(d, kv);
        set_ii(d, kv + 10, 1);
        Py_DECREF(k);
    }
    assert_raised(PyExc_RuntimeError, "dictionary keys changed during iteration");
    Py_DECREF(it);
    Py_DECREF(d);
}

static void
test_dict_views_repr_len_and_membership(void **state)
{
    PyObject *d = PyDict_New();
    set_ii(d, 1, 2);
    set_ii(d, 3, 4);
    PyObject *keys = rt_dictview_new(d, &rt_dict_keys_type);
    PyObject *values = rt_dictview_new(d, &rt_dict_values_type);
    PyObject *items = rt_dictview_new(d, &rt_dict_items_type);
    assert_repr(keys, "dict_keys([1, 3])");
    assert_repr(values, "dict_values([2, 4])");
    assert_repr(items, "dict_items([(1, 2), (3, 4)])");
    assert_int_equal(PyObject_Size(items), 2);
    PyObject *one = num(1), *two = num(2), *three = num(3);
    PyObject *p12 = PyTuple_Pack(2, one, two), *p13 = PyTuple_Pack(2, one, three);
    assert_int_equal(PySequence_Contains(keys, one), 1);
    assert_int_equal(PySequence_Contains(keys, two), 0);
    assert_int_equal(PySequence_Contains(values, two), 1);
    assert_int_equal(PySequence_Contains(items, p12), 1);
    assert_int_equal(PySequence_Contains(items, p13), 0);
    assert_int_equal(PySequence_Contains(items, one), 0);
    assert_int_equal(PyObject_Hash(keys), -1);
    assert_raised(PyExc_TypeError, "unhashable type: 'dict_keys'");
    assert_null(rt_dictview_new(one, &rt_dict_keys_type));
    assert_raised(PyExc_TypeError, "dict_keys() requires a dict argument, not 'int'");
    PyObject *empty = PyDict_New(), *ek = rt_dictview_new(empty, &rt_dict_keys_type);
    assert_repr(ek, "dict_keys([])");
    PyObject *objs[] = {d, keys, values, items, one, two, three, p12, p13, empty, ek};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_dict_keys_and_items_views_compare_as_sets(void **state)
{
    PyObject *d = PyDict_New();
    set_ii(d, 1, 2);
    PyObject *keys = rt_dictview_new(d, &rt_dict_keys_type);
    PyObject *items = rt_dictview_new(d, &rt_dict_items_type);
    PyObject *one = num(1), *two = num(2), *pair = PyTuple_Pack(2, one, two);
    PyObject *s1 = PySet_New(NULL), *s12 = PySet_New(NULL), *sp = PySet_New(NULL);
    PySet_Add(s1, one);
    PySet_Add(s12, one);
    PySet_Add(s12, two);
    PySet_Add(sp, pair);
    // d.keys() == {1}, d.items() == {(1, 2)}, d.keys() < {1, 2}, d.keys() != {1, 2}
    assert_int_equal(PyObject_RichCompareBool(keys, s1, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(items, sp, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(keys, s12, Py_LT), 1);
    assert_int_equal(PyObject_RichCompareBool(keys, s12, Py_NE), 1);
    assert_int_equal(PyObject_RichCompareBool(s1, keys, Py_EQ), 1); // reflected
    // d.keys() == [1] is False
    PyObject *lst = PyList_New(0);
    PyList_Append(lst, one);
    assert_int_equal(PyObject_RichCompareBool(keys, lst, Py_EQ), 0);
    PyObject *r = rt_dictview_isdisjoint(keys, s12);
    assert_ptr_equal(r, Py_False);
    Py_DECREF(r);
    PyObject *objs[] = {d, keys, items, one, two, pair, s1, s12, sp, lst};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

// A new set of the given small ints.
static PyObject *
int_set(int n, const long *vals)
{
    PyObject *s = PySet_New(NULL);
    for (int i = 0; i < n; i++) {
        PyObject *k = num(vals[i]);
        PySet_Add(s, k);
        Py_DECREF(k);
    }
    return s;
}

// Fail unless the result r (released here) has the expected repr.
static void
assert_repr_steal(PyObject *r, const char *expected)
{
    assert_repr(r, expected);
    Py_DECREF(r);
}

static void
test_dict_keys_and_items_views_support_set_operators(void **state)
{
    // d = {1: 2, 3: 4, 5: 6}; e = {3: 4, 7: 8}
    PyObject *d = PyDict_New(), *e = PyDict_New();
    set_ii(d, 1, 2);
    set_ii(d, 3, 4);
    set_ii(d, 5, 6);
    set_ii(e, 3, 4);
    set_ii(e, 7, 8);
    PyObject *dk = rt_dictview_new(d, &rt_dict_keys_type);
    PyObject *di = rt_dictview_new(d, &rt_dict_items_type);
    PyObject *ei = rt_dictview_new(e, &rt_dict_items_type);
    PyObject *dv = rt_dictview_new(d, &rt_dict_values_type);
    PyObject *s1 = int_set(1, (long[]){1}), *s19 = int_set(2, (long[]){1, 9});
    PyObject *s359 = int_set(3, (long[]){3, 5, 9}), *s9 = int_set(1, (long[]){9});
    PyObject *l51 = PyList_New(0), *one = num(1), *five = num(5);
    PyList_Append(l51, five);
    PyList_Append(l51, one);
    assert_repr_steal(PyNumber_Subtract(dk, s1), "{3, 5}");
    assert_repr_steal(PyNumber_Subtract(s19, dk), "{9}");
    assert_repr_steal(PyNumber_And(dk, s359), "{3, 5}");
    assert_repr_steal(PyNumber_And(s359, dk), "{3, 5}");
    assert_repr_steal(PyNumber_Or(dk, s9), "{1, 3, 5, 9}");
    assert_repr_steal(PyNumber_Xor(dk, s19), "{9, 3, 5}");
    assert_repr_steal(PyNumber_Xor(di, ei), "{(1, 2), (5, 6), (7, 8)}");
    assert_repr_steal(PyNumber_And(di, ei), "{(3, 4)}");
    assert_repr_steal(PyNumber_And(dk, l51), "{1, 5}");
    assert_null(PyNumber_Subtract(dk, one));
    assert_raised(PyExc_TypeError, "'int' object is not iterable");
    assert_null(PyNumber_Subtract(dv, s1));
    assert_raised(PyExc_TypeError, "unsupported operand type(s) for -: 'dict_values' and 'set'");
    PyObject *objs[] = {d, e, dk, di, ei, dv, s1, s19, s359, s9, l51, one, five};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_dict_reversed_iterates_backwards(void **state)
{
    // d = {1: 2, 3: 4, 5: 6}; del d[3]; list(reversed(d)), list(reversed(d.items()))
    PyObject *d = PyDict_New();
    set_ii(d, 1, 2);
    set_ii(d, 3, 4);
    set_ii(d, 5, 6);
    del_i(d, 3);
    PyObject *it = rt_dictview_iter_new(d, &rt_dict_reversekeyiterator_type);
    PyObject *l = PySequence_List(it);
    assert_repr(l, "[5, 1]");
    Py_DECREF(l);
    Py_DECREF(it);
    it = rt_dictview_iter_new(d, &rt_dict_reverseitemiterator_type);
    assert_string_equal(Py_TYPE(it)->tp_name, "dict_reverseitemiterator");
    l = PySequence_List(it);
    assert_repr(l, "[(5, 6), (1, 2)]");
    Py_DECREF(l);
    Py_DECREF(it);
    Py_DECREF(d);
}

static void
test_dict_or_operators_merge(void **state)
{
    PyObject *a = PyDict_New(), *b = PyDict_New();
    set_ii(a, 1, 2);
    set_ii(b, 3, 4);
    PyObject *r = PyNumber_Or(a, b);
    assert_repr(r, "{1: 2, 3: 4}");
    assert_repr(a, "{1: 2}");
    Py_DECREF(r);
    PyObject *pairs = PyList_New(0), *p = PyTuple_Pack(2, num(5), num(6));
    Py_DECREF(PyTuple_GET_ITEM(p, 0));
    Py_DECREF(PyTuple_GET_ITEM(p, 1));
    PyList_Append(pairs, p);
    assert_null(PyNumber_Or(a, pairs));
    assert_raised(PyExc_TypeError, "unsupported operand type(s) for |: 'dict' and 'list'");
    r = PyNumber_InPlaceOr(a, pairs); // d |= [(5, 6)]
    assert_ptr_equal(r, a);
    assert_repr(a, "{1: 2, 5: 6}");
    Py_DECREF(r);
    Py_DECREF(p);
    Py_DECREF(pairs);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_dict_pop_setdefault_and_popitem(void **state)
{
    PyObject *d = PyDict_New(), *one = num(1), *two = num(2), *lst = PyList_New(0);
    assert_null(rt_dict_pop(d, lst, NULL)); // {}.pop([]) does not hash
    assert_raised(PyExc_KeyError, "[]");
    PyObject *r = PyDict_SetDefault(d, one, two);
    assert_ptr_equal(r, two);
    assert_ptr_equal(PyDict_SetDefault(d, one, one), two);
    assert_null(rt_dict_pop(d, lst, NULL)); // {1: 2}.pop([])
    assert_raised(PyExc_TypeError, "unhashable type: 'list'");
    r = rt_dict_pop(d, two, one);
    assert_ptr_equal(r, one);
    Py_DECREF(r);
    assert_null(rt_dict_pop(d, two, NULL));
    assert_raised(PyExc_KeyError, "2");
    set_ii(d, 2, 20);
    r = rt_dict_popitem(d); // LIFO
    assert_repr(r, "(2, 20)");
    Py_DECREF(r);
    r = rt_dict_pop(d, one, NULL);
    assert_ptr_equal(r, two);
    Py_DECREF(r);
    assert_null(rt_dict_popitem(d));
    assert_raised(PyExc_KeyError, "'popitem(): dictionary is empty'");
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(lst);
    Py_DECREF(d);
}

static void
test_dict_lists_of_keys_values_items(void **state)
{
    PyObject *d = range_dict(4);
    del_i(d, 2);
    PyObject *l = PyDict_Values(d);
    assert_repr(l, "[0, 1, 3]");
    Py_DECREF(l);
    l = PyDict_Items(d);
    assert_repr(l, "[(0, 0), (1, 1), (3, 3)]");
    Py_DECREF(l);
    Py_DECREF(d);
}

static void
test_dict_is_tracked_only_when_it_may_hold_a_cycle(void **state)
{
    // gc.is_tracked({}), ({1: 2}), ({1: []}) -> False, False, True
    PyObject *d = PyDict_New();
    assert_false(PyObject_GC_IsTracked(d));
    set_ii(d, 1, 2);
    assert_false(PyObject_GC_IsTracked(d));
    PyObject *l = PyList_New(0), *k = num(3);
    PyDict_SetItem(d, k, l);
    assert_true(PyObject_GC_IsTracked(d));
    PyObject *c = PyDict_Copy(d);
    assert_true(PyObject_GC_IsTracked(c));
    Py_DECREF(c);
    Py_DECREF(k);
    Py_DECREF(l);
    Py_DECREF(d);
}

static void
test_dict_fromkeys_and_presized_displays(void **state)
{
    // dict.fromkeys({5, 1, 3}) keeps the set's order; sizes 336, and 616 for range(21)
    PyObject *s = PySet_New(NULL);
    long ks[] = {5, 1, 3};
    for (int i = 0; i < 3; i++) {
        PyObject *k = num(ks[i]);
        PySet_Add(s, k);
        Py_DECREF(k);
    }
    PyObject *d = rt_dict_fromkeys((PyObject *)&PyDict_Type, s, Py_None);
    assert_repr(d, "{1: None, 3: None, 5: None}");
    assert_int_equal(rt_dict_sizeof(d), 336);
    PyObject *r21 = range_dict(21), *l21 = PyDict_Keys(r21);
    PyObject *d2 = rt_dict_fromkeys((PyObject *)&PyDict_Type, l21, Py_None);
    assert_int_equal(rt_dict_sizeof(d2), 616);
    // {'a': 1, ..., 'f': 6} as a display: 256
    PyObject *keys[6], *vals[6];
    for (int i = 0; i < 6; i++) {
        char name[2] = {(char)('a' + i), 0};
        keys[i] = PyUnicode_FromString(name);
        vals[i] = num(i + 1);
    }
    PyObject *disp = rt_dict_from_items(keys, 1, vals, 1, 6);
    assert_int_equal(rt_dict_sizeof(disp), 256);
    assert_repr(disp, "{'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}");
    for (int i = 0; i < 6; i++) {
        Py_DECREF(keys[i]);
        Py_DECREF(vals[i]);
    }
    PyObject *objs[] = {s, d, r21, l21, d2, disp};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_dict_large_tables_use_wider_indices(void **state)
{
    // d[i*7] = i for 100000 i: 5242944 (2**18 slots, 4-byte indices); del every other key;
    // d.copy() compacts to 2621512; sum(d[k] for k in d) == 2500000000
    PyObject *d = PyDict_New();
    for (long i = 0; i < 100000; i++)
        set_ii(d, i * 7, i);
    assert_int_equal(rt_dict_sizeof(d), 5242944);
    for (long i = 0; i < 100000; i += 2)
        del_i(d, i * 7);
    assert_int_equal(rt_dict_sizeof(d), 5242944);
    PyObject *c = PyDict_Copy(d);
    assert_int_equal(rt_dict_sizeof(c), 2621512);
    long long sum = 0;
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (PyDict_Next(c, &pos, &k, &v))
        sum += PyLong_AsLong(PyDict_GetItem(d, k));
    assert_int_equal(sum, 2500000000LL);
    assert_int_equal(PyDict_Size(c), 50000);
    Py_DECREF(c);
    Py_DECREF(d);
}

// A key type whose instances all hash alike and whose comparison first mutates the dict in
// mutate_target (once: clears it, or with grow_target adds 20 keys, which resizes it) and
// raises if raise_on_compare is set: it drives the lookup's restart.
typedef struct {
    PyObject_HEAD
} CollidingKey;

static PyObject *mutate_target;
static int grow_target, raise_on_compare;

static Py_hash_t
colliding_hash(PyObject *o)
{
    return 42;
}

static PyObject *
colliding_compare(PyObject *a, PyObject *b, int op)
{
    if (raise_on_compare) {
        PyErr_SetString(PyExc_ValueError, "no comparing");
        return NULL;
    }
    PyObject *target = mutate_target;
    mutate_target = NULL;
    for (long i = 0; target != NULL && grow_target && i < 20; i++)
        set_ii(target, 1000 + i, i);
    if (target != NULL && !grow_target)
        PyDict_Clear(target);
    return PyBool_FromLong((a == b) == (op == Py_EQ));
}

static PyTypeObject colliding_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "CollidingKey",
    .tp_basicsize = sizeof(CollidingKey),
    .tp_dealloc = rt_object_generic_dealloc,
    .tp_hash = colliding_hash,
    .tp_richcompare = colliding_compare,
};

static void
test_dict_lookup_restarts_when_a_comparison_mutates_the_dict(void **state)
{
    assert_int_equal(PyType_Ready(&colliding_type), 0);
    PyObject *k1 = PyType_GenericAlloc(&colliding_type, 0);
    PyObject *k2 = PyType_GenericAlloc(&colliding_type, 0), *one = num(1);
    PyObject *d = PyDict_New();
    assert_int_equal(PyDict_SetItem(d, k1, one), 0);
    mutate_target = d; // comparing k2 with k1 empties d: the lookup starts again
    assert_null(PyDict_GetItemWithError(d, k2));
    assert_null(PyErr_Occurred());
    assert_int_equal(PyDict_Size(d), 0);
    assert_int_equal(PyDict_SetItem(d, k1, one), 0);
    mutate_target = d;
    assert_int_equal(PyDict_SetItem(d, k2, one), 0);
    assert_int_equal(PyDict_Size(d), 1);
    assert_ptr_equal(PyDict_GetItem(d, k2), one); // identity needs no comparison
    // d = {k1: 1, k2: 2}; looking up k2 compares with k1, which resizes d: found after restart
    PyDict_Clear(d);
    PyObject *two = num(2);
    PyDict_SetItem(d, k1, one);
    PyDict_SetItem(d, k2, two);
    mutate_target = d;
    grow_target = 1;
    assert_ptr_equal(PyDict_GetItemWithError(d, k2), two);
    assert_int_equal(PyDict_Size(d), 22);
    grow_target = 0;
    Py_DECREF(two);
    raise_on_compare = 1;
    assert_null(PyDict_GetItemWithError(d, k2));
    assert_raised(PyExc_ValueError, "no comparing");
    assert_null(PyDict_GetItem(d, k2)); // swallowed
    assert_null(PyErr_Occurred());
    raise_on_compare = 0;
    Py_DECREF(d);
    Py_DECREF(k1);
    Py_DECREF(k2);
    Py_DECREF(one);
}

// Blocks handed out by the allocator (pools and malloc): pool memory is invisible to
// LeakSanitizer, so leaks are counted here.
static size_t
blocks_in_use(void)
{
    RtAllocStats st;
    rt_alloc_stats(&st);
    size_t n = st.large_in_use;
    for (int i = 0; i < RT_SIZE_CLASSES; i++)
        n += st.blocks_in_use[i];
    return n;
}

// Touch every path that owns references: growth, deletion, cloning, merging, views, iterators,
// recursive repr, errors.
static void
dict_workload(void)
{
    PyObject *d = PyDict_New(), *s = PyUnicode_FromString("key");
    for (long i = 0; i < 200; i++)
        set_ii(d, 1000 + i, 1000 - i); // beyond the immortal small ints
    for (long i = 0; i < 150; i++)
        del_i(d, 1000 + i);
    PyDict_SetItem(d, s, d); // a cycle, broken by the clear below
    PyObject *r = PyObject_Repr(d), *c = PyDict_Copy(d), *e = PyDict_New();
    PyDict_Merge(e, c, 0);
    PyObject *items = rt_dictview_new(e, &rt_dict_items_type), *l = PySequence_List(items);
    PyObject *it = rt_dictview_iter_new(e, &rt_dict_reversevalueiterator_type);
    PyObject *v = PyIter_Next(it), *p = rt_dict_popitem(c);
    assert_null(rt_dict_pop(c, s, NULL));
    PyErr_Clear();
    PyObject *k = PyDict_Keys(e), *o = PyNumber_Or(c, e);
    PyObject *f = rt_dict_fromkeys((PyObject *)&PyDict_Type, k, s);
    assert_non_null(f);
    // c lost ('key', d) to popitem, so its items are hashable
    PyObject *ci = rt_dictview_new(c, &rt_dict_items_type);
    PyObject *fi = rt_dictview_new(f, &rt_dict_items_type);
    PyObject *x = PyNumber_Xor(fi, ci), *a = PyNumber_And(ci, fi);
    assert_non_null(x);
    assert_non_null(a);
    PyDict_Clear(d);
    PyObject *objs[] = {d, s, r, c, e, items, l, it, v, p, k, o, f, ci, fi, x, a};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_XDECREF(objs[i]);
}

static void
test_dict_operations_release_everything(void **state)
{
    dict_workload(); // first run: lazily made runtime state (interned strings, repr stack)
    size_t before = blocks_in_use();
    for (int i = 0; i < 3; i++)
        dict_workload();
    assert_int_equal(blocks_in_use(), before);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dict_set_get_and_missing_key),
        cmocka_unit_test(test_dict_getitem_swallows_errors_but_with_error_raises),
        cmocka_unit_test(test_dict_delete_keeps_insertion_order),
        cmocka_unit_test(test_dict_reinserted_key_goes_to_the_end_and_resize_keeps_order),
        cmocka_unit_test(test_dict_colliding_hashes_coexist),
        cmocka_unit_test(test_dict_growth_sizes_match_cpython),
        cmocka_unit_test(test_dict_first_non_str_key_converts_the_table),
        cmocka_unit_test(test_dict_keyerror_carries_the_key),
        cmocka_unit_test(test_dict_next_skips_deleted_entries),
        cmocka_unit_test(test_dict_copy_is_equal_independent_and_sized_as_cpython),
        cmocka_unit_test(test_dict_merge_with_and_without_override),
        cmocka_unit_test(test_dict_update_sizes_the_table_once),
        cmocka_unit_test(test_dict_constructor_takes_pairs_mappings_and_keywords),
        cmocka_unit_test(test_dict_constructor_rejects_bad_pairs),
        cmocka_unit_test(test_dict_clear_empties_and_allows_reuse),
        cmocka_unit_test(test_dict_version_changes_on_mutation_not_lookup),
        cmocka_unit_test(test_dict_repr_of_nested_and_recursive_dicts),
        cmocka_unit_test(test_dict_compares_equal_by_items_only),
        cmocka_unit_test(test_dict_iteration_detects_size_change),
        cmocka_unit_test(test_dict_iteration_detects_changed_keys),
        cmocka_unit_test(test_dict_views_repr_len_and_membership),
        cmocka_unit_test(test_dict_keys_and_items_views_compare_as_sets),
        cmocka_unit_test(test_dict_keys_and_items_views_support_set_operators),
        cmocka_unit_test(test_dict_reversed_iterates_backwards),
        cmocka_unit_test(test_dict_or_operators_merge),
        cmocka_unit_test(test_dict_pop_setdefault_and_popitem),
        cmocka_unit_test(test_dict_lists_of_keys_values_items),
        cmocka_unit_test(test_dict_is_tracked_only_when_it_may_hold_a_cycle),
        cmocka_unit_test(test_dict_fromkeys_and_presized_displays),
        cmocka_unit_test(test_dict_large_tables_use_wider_indices),
        cmocka_unit_test(test_dict_lookup_restarts_when_a_comparison_mutates_the_dict),
        cmocka_unit_test(test_dict_operations_release_everything),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
