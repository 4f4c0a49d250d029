// test_set.c: tests of runtime/objects/set.c and set_ops.c. Every expected order, hash and
// message was printed by CPython 3.11 (PYTHONHASHSEED=0 where str hashes matter), with sets
// built by adding the items one at a time in the order listed.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "runtime/runtime.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

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

// ---- helpers ---------------------------------------------------------------------------

static PyObject *
new_int(long v)
{
    PyObject *o = PyLong_FromLong(v);
    assert_non_null(o);
    return o;
}

// Add the ints to s one at a time (the order a loop of s.add() calls uses).
static void
add_ints(PyObject *s, const long *vals, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        PyObject *o = new_int(vals[i]);
        assert_int_equal(PySet_Add(s, o), 0);
        Py_DECREF(o);
    }
}

static PyObject *
int_set(const long *vals, size_t n)
{
    PyObject *s = PySet_New(NULL);
    assert_non_null(s);
    add_ints(s, vals, n);
    return s;
}

static PyObject *
int_frozenset(const long *vals, size_t n)
{
    PyObject *s = int_set(vals, n);
    PyObject *f = PyFrozenSet_New(s);
    assert_non_null(f);
    Py_DECREF(s);
    return f;
}

static PyObject *
int_list(const long *vals, size_t n)
{
    PyObject *l = PyList_New((Py_ssize_t)n);
    assert_non_null(l);
    for (size_t i = 0; i < n; i++)
        PyList_SET_ITEM(l, (Py_ssize_t)i, new_int(vals[i]));
    return l;
}

static void
discard_int(PyObject *s, long v, int expected)
{
    PyObject *o = new_int(v);
    assert_int_equal(PySet_Discard(s, o), expected);
    Py_DECREF(o);
}

// Check the iteration order through both rt_set_next and the set iterator.
static void
assert_int_order(PyObject *s, const long *expected, size_t n)
{
    assert_int_equal(PySet_Size(s), (Py_ssize_t)n);
    Py_ssize_t pos = 0;
    PyObject *key;
    Py_hash_t hash;
    size_t i = 0;
    while (rt_set_next(s, &pos, &key, &hash)) {
        assert_true(i < n);
        assert_int_equal(PyLong_AsLong(key), expected[i]);
        assert_int_equal(hash, PyObject_Hash(key));
        i++;
    }
    assert_int_equal(i, n);

    PyObject *it = PyObject_GetIter(s);
    assert_non_null(it);
    assert_ptr_equal(Py_TYPE(it), &rt_set_iterator_type);
    PyObject *item;
    for (i = 0; (item = PyIter_Next(it)) != NULL; i++) {
        assert_true(i < n);
        assert_int_equal(PyLong_AsLong(item), expected[i]);
        Py_DECREF(item);
    }
    assert_null(PyErr_Occurred());
    assert_int_equal(i, n);
    Py_DECREF(it);
}

static void
assert_repr(PyObject *o, const char *expected)
{
    PyObject *r = PyObject_Repr(o);
    assert_non_null(r);
    assert_string_equal(PyUnicode_AsUTF8(r), expected);
    Py_DECREF(r);
}

// The pending exception is of type `type` with the single str argument msg; clears it.
static void
assert_error(PyObject *type, const char *msg)
{
    assert_non_null(PyErr_Occurred());
    assert_true(PyErr_ExceptionMatches(type));
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *args = rt_exc_args(exc);
    assert_int_equal(PyTuple_GET_SIZE(args), 1);
    assert_string_equal(PyUnicode_AsUTF8(PyTuple_GET_ITEM(args, 0)), msg);
    Py_DECREF(exc);
}

static void
assert_bool(PyObject *r, int expected)
{
    assert_non_null(r);
    assert_ptr_equal(r, expected ? Py_True : Py_False);
    Py_DECREF(r);
}

static PyObject *
one_tuple(PyObject *item)
{
    PyObject *t = PyTuple_Pack(1, item);
    assert_non_null(t);
    return t;
}

// ---- iteration order -------------------------------------------------------------------

static void
test_set_small_int_order_matches_cpython(void **state)
{
    static const long in[] = {5, 3, 100, 8, 1, 64, 1000};
    static const long out[] = {64, 1, 3, 100, 5, 8, 1000};
    PyObject *s = int_set(in, N(in));
    assert_int_order(s, out, N(out));
    Py_DECREF(s);
}

static void
test_set_readd_reuses_last_dummy_on_probe_path(void **state)
{
    // 8 and 16 collide with 0; after deleting 0 and 8, 24 takes 8's slot (the last dummy
    // seen), then 32 takes 0's.
    static const long in[] = {0, 8, 16, 3};
    static const long out[] = {32, 24, 3, 16};
    PyObject *s = int_set(in, N(in));
    discard_int(s, 0, 1);
    discard_int(s, 8, 1);
    static const long more[] = {24, 32};
    add_ints(s, more, N(more));
    assert_int_order(s, out, N(out));
    Py_DECREF(s);
}

static void
test_set_hundred_scrambled_ints_order(void **state)
{
    // (i * 7919) % 1000003 for i in range(100), shuffled by random.seed(7)
    static const long in[] = {
        261327, 197975, 783981, 665196, 617682, 641439, 166299, 736467, 649358, 7919,
        174218, 0,      483059, 578087, 190056, 388031, 205894, 348436, 601844, 625601,
        372193, 15838,  403869, 300922, 110866, 380112, 79190,  253408, 126704, 744386,
        514735, 546411, 332598, 467221, 696872, 776062, 522654, 720629, 451383, 229651,
        158380, 688953, 269246, 475140, 245489, 102947, 498897, 23757,  443464, 681034,
        356355, 490978, 459302, 182137, 728548, 316760, 285084, 530573, 562249, 633520,
        340517, 411788, 277165, 308841, 593925, 142542, 760224, 293003, 134623, 39595,
        712710, 752305, 768143, 609763, 221732, 118785, 570168, 704791, 427626, 554330,
        673115, 237570, 63352,  419707, 435545, 87109,  31676,  213813, 506816, 55433,
        586006, 364274, 95028,  538492, 71271,  47514,  657277, 395950, 150461, 324679};
    static const long out[] = {
        0,      118785, 237570, 356355, 475140, 593925, 712710, 102947, 221732, 340517,
        459302, 578087, 696872, 87109,  205894, 324679, 443464, 562249, 681034, 71271,
        190056, 308841, 427626, 546411, 665196, 783981, 55433,  174218, 293003, 411788,
        530573, 649358, 768143, 39595,  158380, 277165, 395950, 514735, 633520, 752305,
        23757,  142542, 261327, 380112, 498897, 617682, 736467, 7919,   126704, 245489,
        364274, 483059, 601844, 720629, 110866, 229651, 348436, 467221, 586006, 704791,
        95028,  213813, 332598, 451383, 570168, 688953, 79190,  197975, 316760, 435545,
        554330, 673115, 63352,  182137, 300922, 419707, 538492, 657277, 776062, 47514,
        166299, 285084, 403869, 522654, 641439, 760224, 31676,  150461, 269246, 388031,
        506816, 625601, 744386, 15838,  134623, 253408, 372193, 490978, 609763, 728548};
    PyObject *s = int_set(in, N(in));
    assert_int_order(s, out, N(out));
    Py_DECREF(s);
}

static void
test_set_grows_to_32_slots_on_fifth_insert(void **state)
{
    // sys.getsizeof says 8 slots with four members and 32 with five
    static const long in[] = {8, 16, 24, 32};
    static const long out4[] = {8, 16, 32, 24};
    static const long out5[] = {32, 8, 40, 16, 24};
    PyObject *s = int_set(in, N(in));
    assert_int_equal(((PySetObject *)s)->mask, 7);
    assert_ptr_equal(((PySetObject *)s)->table, ((PySetObject *)s)->smalltable);
    assert_int_order(s, out4, N(out4));
    static const long fifth[] = {40};
    add_ints(s, fifth, 1);
    assert_int_equal(((PySetObject *)s)->mask, 31);
    assert_int_order(s, out5, N(out5));
    Py_DECREF(s);
}

static void
test_set_order_after_several_resizes(void **state)
{
    static const long in[] = {8,  16, 24, 32,  40,  48,  56,  64, 72,
                              80, 88, 96, 104, 112, 120, 128, 136};
    static const long out[] = {32, 64, 96, 128, 8,  40, 72, 104, 136,
                               16, 48, 80, 112, 24, 56, 88, 120};
    PyObject *s = int_set(in, N(in));
    assert_int_equal(((PySetObject *)s)->mask, 31);
    assert_int_order(s, out, N(out));
    Py_DECREF(s);
}

static void
test_set_removal_keeps_order_of_the_rest(void **state)
{
    static const long in[] = {5, 3, 100, 8, 1, 64, 1000};
    static const long out[] = {64, 3, 5, 8, 1000};
    PyObject *s = int_set(in, N(in));
    discard_int(s, 100, 1);
    discard_int(s, 1, 1);
    discard_int(s, 1, 0);
    assert_int_order(s, out, N(out));
    Py_DECREF(s);
}

static void
test_set_str_order_matches_cpython_hashseed_0(void **state)
{
    static const char *in[] = {"a", "b", "c", "hello", "world", "xxxxxxxxxxxxxxxxxxxx"};
    static const char *out[] = {"b", "c", "a", "world", "xxxxxxxxxxxxxxxxxxxx", "hello"};
    PyObject *s = PySet_New(NULL);
    for (size_t i = 0; i < N(in); i++) {
        PyObject *o = PyUnicode_FromString(in[i]);
        assert_int_equal(PySet_Add(s, o), 0);
        Py_DECREF(o);
    }
    Py_ssize_t pos = 0;
    PyObject *key;
    for (size_t i = 0; i < N(out); i++) {
        assert_true(rt_set_next(s, &pos, &key, NULL));
        assert_string_equal(PyUnicode_AsUTF8(key), out[i]);
    }
    assert_false(rt_set_next(s, &pos, &key, NULL));
    // an equal but distinct str is found
    PyObject *probe = PyUnicode_FromString("hello");
    assert_int_equal(PySet_Contains(s, probe), 1);
    Py_DECREF(probe);
    Py_DECREF(s);
}

static void
test_set_update_from_dict_presizes_table(void **state)
{
    static const long first[] = {7, 1};
    static const long keys[] = {100, 3, 50, 9, 1};
    static const long out_dict[] = {1, 50, 3, 100, 7, 9};
    static const long out_list[] = {1, 3, 100, 7, 9, 50};
    PyObject *d = PyDict_New();
    for (size_t i = 0; i < N(keys); i++) {
        PyObject *k = new_int(keys[i]), *v = new_int((long)i + 1);
        assert_int_equal(PyDict_SetItem(d, k, v), 0);
        Py_DECREF(k);
        Py_DECREF(v);
    }
    PyObject *s = int_set(first, N(first));
    assert_int_equal(rt_set_update(s, d), 0);
    assert_int_order(s, out_dict, N(out_dict));
    Py_DECREF(s);

    PyObject *l = int_list(keys, N(keys));
    s = int_set(first, N(first));
    assert_int_equal(rt_set_update(s, l), 0);
    assert_int_order(s, out_list, N(out_list));
    Py_DECREF(s);
    Py_DECREF(l);
    Py_DECREF(d);
}

// ---- pop -------------------------------------------------------------------------------

static void
test_set_pop_follows_table_order_with_finger(void **state)
{
    static const long in[] = {5, 3, 100, 8, 1, 64, 1000};
    static const long popped[] = {64, 1, 2, 3, 100};
    static const long rest[] = {64, 5, 8, 1000};
    PyObject *s = int_set(in, N(in));
    long got[5];
    for (int i = 0; i < 5; i++) {
        if (i == 2) {
            static const long more[] = {2, 64};
            add_ints(s, more, N(more)); // 2 lands at the finger, 64 in a freed slot behind it
        }
        PyObject *o = PySet_Pop(s);
        assert_non_null(o);
        got[i] = PyLong_AsLong(o);
        Py_DECREF(o);
    }
    assert_memory_equal(got, popped, sizeof(got));
    assert_int_order(s, rest, N(rest));
    Py_DECREF(s);
}

static void
test_set_pop_empty_raises_keyerror(void **state)
{
    PyObject *s = PySet_New(NULL);
    assert_null(PySet_Pop(s));
    assert_error(PyExc_KeyError, "pop from an empty set");
    Py_DECREF(s);
}

// ---- hashing ---------------------------------------------------------------------------

static void
test_frozenset_hash_matches_cpython(void **state)
{
    static const long one_two_three[] = {1, 2, 3};
    static const long range10[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    static const long negatives[] = {-1, -2};
    PyObject *f = int_frozenset(one_two_three, 3);
    assert_int_equal(PyObject_Hash(f), -272375401224217160LL);
    assert_int_equal(((PySetObject *)f)->hash, -272375401224217160LL); // cached
    Py_DECREF(f);
    f = int_frozenset(range10, N(range10));
    assert_int_equal(PyObject_Hash(f), 3895031357313128696LL);
    Py_DECREF(f);
    f = PyFrozenSet_New(NULL);
    assert_int_equal(PyObject_Hash(f), 133146708735736LL);
    Py_DECREF(f);
    f = int_frozenset(negatives, N(negatives)); // hash(-1) == hash(-2) == -2
    assert_int_equal(PyObject_Hash(f), 399283329322573LL);
    Py_DECREF(f);
}

static void
test_frozenset_hash_nested_and_str(void **state)
{
    static const long one[] = {1}, two[] = {2};
    PyObject *a = int_frozenset(one, 1), *b = int_frozenset(two, 1);
    PyObject *outer = PySet_New(NULL);
    assert_int_equal(PySet_Add(outer, a), 0);
    assert_int_equal(PySet_Add(outer, b), 0);
    PyObject *f = PyFrozenSet_New(outer);
    assert_int_equal(PyObject_Hash(f), 304806268181062474LL);
    Py_DECREF(f);
    Py_DECREF(outer);
    Py_DECREF(a);
    Py_DECREF(b);

    PyObject *s = PySet_New(NULL);
    PyObject *x = PyUnicode_FromString("a"), *y = PyUnicode_FromString("b");
    assert_int_equal(PySet_Add(s, x), 0);
    assert_int_equal(PySet_Add(s, y), 0);
    f = PyFrozenSet_New(s);
    assert_int_equal(PyObject_Hash(f), 1679668661828516449LL);
    Py_DECREF(f);
    Py_DECREF(s);
    Py_DECREF(x);
    Py_DECREF(y);
}

static void
test_set_is_unhashable(void **state)
{
    PyObject *s = PySet_New(NULL);
    assert_int_equal(PyObject_Hash(s), -1);
    assert_error(PyExc_TypeError, "unhashable type: 'set'");
    Py_DECREF(s);
}

// ---- membership and errors -------------------------------------------------------------

static void
test_set_unhashable_key_raises_typeerror(void **state)
{
    PyObject *s = PySet_New(NULL);
    PyObject *l = PyList_New(0);
    assert_int_equal(PySet_Add(s, l), -1);
    assert_error(PyExc_TypeError, "unhashable type: 'list'");
    assert_int_equal(PySet_Contains(s, l), -1);
    assert_error(PyExc_TypeError, "unhashable type: 'list'");
    assert_int_equal(PySet_Discard(s, l), -1);
    assert_error(PyExc_TypeError, "unhashable type: 'list'");
    // {1}.issubset([1, []]) hashes every item before answering
    PyObject *one = new_int(1);
    assert_int_equal(PySet_Add(s, one), 0);
    PyObject *items = PyList_New(0);
    PyList_Append(items, one);
    PyList_Append(items, l);
    assert_int_equal(rt_set_issubset(s, items), -1);
    assert_error(PyExc_TypeError, "unhashable type: 'list'");
    // ... while {1}.intersection([1, []]) stops once every member was found
    PyObject *r = rt_set_intersection(s, items);
    assert_non_null(r);
    assert_int_equal(PySet_Size(r), 1);
    Py_DECREF(r);
    Py_DECREF(items);
    Py_DECREF(one);
    Py_DECREF(l);
    Py_DECREF(s);
}

static void
test_set_key_is_looked_up_as_frozenset(void **state)
{
    static const long one[] = {1};
    PyObject *f = int_frozenset(one, 1);
    PyObject *outer = PySet_New(NULL);
    assert_int_equal(PySet_Add(outer, f), 0);
    PyObject *s = int_set(one, 1);
    assert_int_equal(PySet_Contains(outer, s), 1); // {1} in {frozenset({1})}
    assert_int_equal(PySet_Type.tp_as_sequence->sq_contains(outer, s), 1); // the `in` slot
    assert_int_equal(PySet_Discard(outer, s), 1);
    assert_int_equal(PySet_Size(outer), 0);
    assert_int_equal(PySet_Add(outer, s), -1); // but a set cannot be added
    assert_error(PyExc_TypeError, "unhashable type: 'set'");
    Py_DECREF(s);
    Py_DECREF(outer);
    Py_DECREF(f);
}

static void
test_set_remove_absent_raises_keyerror_with_key(void **state)
{
    static const long in[] = {1, 2};
    PyObject *s = int_set(in, N(in));
    PyObject *seven = new_int(7);
    assert_int_equal(rt_set_remove(s, seven), -1);
    assert_true(PyErr_ExceptionMatches(PyExc_KeyError));
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *args = rt_exc_args(exc);
    assert_int_equal(PyTuple_GET_SIZE(args), 1);
    assert_ptr_equal(PyTuple_GET_ITEM(args, 0), seven);
    Py_DECREF(exc);
    PyObject *two = new_int(2);
    assert_int_equal(rt_set_remove(s, two), 0);
    assert_int_equal(PySet_Size(s), 1);
    Py_DECREF(two);
    Py_DECREF(seven);
    Py_DECREF(s);
}

static void
test_set_c_api_rejects_wrong_types(void **state)
{
    static const long in[] = {1};
    PyObject *f = int_frozenset(in, 1);
    PyObject *l = PyList_New(0);
    PyObject *one = new_int(1);
    assert_int_equal(PySet_Size(l), -1);
    assert_true(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
    Py_INCREF(f); // a shared frozenset is immutable
    assert_int_equal(PySet_Add(f, one), -1);
    assert_true(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
    Py_DECREF(f);
    assert_int_equal(PySet_Discard(f, one), -1);
    PyErr_Clear();
    assert_null(PySet_Pop(f));
    PyErr_Clear();
    assert_int_equal(PySet_Clear(f), -1);
    PyErr_Clear();
    assert_int_equal(PySet_Contains(f, one), 1);
    Py_DECREF(one);
    Py_DECREF(l);
    Py_DECREF(f);
}

// ---- the algebra -----------------------------------------------------------------------

static void
test_set_algebra_results_and_order(void **state)
{
    static const long a_in[] = {1, 2, 3, 9, 17}, b_in[] = {3, 4, 17, 33};
    static const long a_or_b[] = {1, 2, 3, 4, 33, 9, 17}, a_and_b[] = {17, 3};
    static const long a_sub_b[] = {1, 2, 9}, a_xor_b[] = {1, 33, 4, 2, 9};
    static const long b_or_a[] = {33, 1, 3, 4, 2, 9, 17}, b_sub_a[] = {33, 4};
    static const long b_xor_a[] = {1, 2, 33, 4, 9};
    PyObject *a = int_set(a_in, N(a_in)), *b = int_set(b_in, N(b_in));
    PyObject *r;
    r = PyNumber_Or(a, b), assert_int_order(r, a_or_b, N(a_or_b)), Py_DECREF(r);
    r = PyNumber_And(a, b), assert_int_order(r, a_and_b, N(a_and_b)), Py_DECREF(r);
    r = PyNumber_Subtract(a, b), assert_int_order(r, a_sub_b, N(a_sub_b)), Py_DECREF(r);
    r = PyNumber_Xor(a, b), assert_int_order(r, a_xor_b, N(a_xor_b)), Py_DECREF(r);
    r = PyNumber_Or(b, a), assert_int_order(r, b_or_a, N(b_or_a)), Py_DECREF(r);
    r = PyNumber_And(b, a), assert_int_order(r, a_and_b, N(a_and_b)), Py_DECREF(r);
    r = PyNumber_Subtract(b, a), assert_int_order(r, b_sub_a, N(b_sub_a)), Py_DECREF(r);
    r = PyNumber_Xor(b, a), assert_int_order(r, b_xor_a, N(b_xor_a)), Py_DECREF(r);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_set_algebra_on_larger_sets_order(void **state)
{
    long c_in[20], d_in[30];
    for (int i = 0; i < 20; i++)
        c_in[i] = 3 * i; // range(0, 60, 3)
    for (int i = 0; i < 30; i++)
        d_in[i] = 2 * i; // range(0, 60, 2)
    static const long c_and_d[] = {0, 36, 6, 42, 12, 48, 18, 54, 24, 30};
    static const long c_sub_d[] = {33, 3, 39, 9, 45, 15, 51, 21, 57, 27};
    static const long c_xor_d[] = {2,  3,  4,  8,  9,  10, 14, 15, 16, 20, 21, 22, 26, 27, 28,
                                   32, 33, 34, 38, 39, 40, 44, 45, 46, 50, 51, 52, 56, 57, 58};
    long c_or_d[40];
    size_t n = 0;
    for (long v = 0; v < 60; v++)
        if (v % 2 == 0 || v % 3 == 0)
            c_or_d[n++] = v; // ascending: every value is below the table size, none collide
    PyObject *c = int_set(c_in, N(c_in)), *d = int_set(d_in, N(d_in));
    PyObject *r;
    r = PyNumber_Or(c, d), assert_int_order(r, c_or_d, n), Py_DECREF(r);
    r = PyNumber_And(c, d), assert_int_order(r, c_and_d, N(c_and_d)), Py_DECREF(r);
    r = PyNumber_Subtract(c, d), assert_int_order(r, c_sub_d, N(c_sub_d)), Py_DECREF(r);
    r = PyNumber_Xor(c, d), assert_int_order(r, c_xor_d, N(c_xor_d)), Py_DECREF(r);
    Py_DECREF(c);
    Py_DECREF(d);
}

static void
test_set_methods_with_list_argument_order(void **state)
{
    long x_in[15], y_in[20];
    for (int i = 0; i < 15; i++)
        x_in[i] = 7 * i; // range(0, 100, 7)
    for (int i = 0; i < 20; i++)
        y_in[i] = 5 * i; // range(0, 100, 5)
    static const long inter[] = {0, 35, 70};
    static const long diff[] = {98, 7, 42, 77, 14, 49, 84, 21, 56, 91, 28, 63};
    static const long symd[] = {5,  7,  10, 14, 15, 20, 21, 25, 28, 30, 40, 42, 45, 49, 50,
                                55, 56, 60, 63, 65, 75, 77, 80, 84, 85, 90, 91, 95, 98};
    static const long uni[] = {0,  5,  7,  10, 14, 15, 20, 21, 25, 28, 30, 35, 40, 42, 45, 49,
                               50, 55, 56, 60, 63, 65, 70, 75, 77, 80, 84, 85, 90, 91, 95, 98};
    PyObject *x = int_set(x_in, N(x_in)), *y = int_list(y_in, N(y_in));
    PyObject *r;
    r = rt_set_intersection(x, y), assert_int_order(r, inter, N(inter)), Py_DECREF(r);
    r = rt_set_difference(x, y), assert_int_order(r, diff, N(diff)), Py_DECREF(r);
    r = rt_set_symmetric_difference(x, y), assert_int_order(r, symd, N(symd)), Py_DECREF(r);
    r = rt_set_union(x, y), assert_int_order(r, uni, N(uni)), Py_DECREF(r);
    Py_DECREF(x);
    Py_DECREF(y);
}

static void
test_set_difference_update_keeps_sparse_table(void **state)
{
    // range(20) minus range(5, 15): 10 dummies in 128 slots is under a quarter, no rebuild
    long in[20], sub[10];
    for (int i = 0; i < 20; i++)
        in[i] = i;
    for (int i = 0; i < 10; i++)
        sub[i] = i + 5;
    static const long out[] = {0, 1, 2, 3, 4, 15, 16, 17, 18, 19};
    static const long out_more[] = {0, 1, 2, 3, 4, 15, 16, 17, 18, 19, 100};
    PyObject *s = int_set(in, N(in)), *l = int_list(sub, N(sub));
    assert_int_equal(rt_set_difference_update(s, l), 0);
    assert_int_equal(((PySetObject *)s)->mask, 127);
    assert_int_order(s, out, N(out));
    static const long hundred[] = {100};
    add_ints(s, hundred, 1);
    assert_int_order(s, out_more, N(out_more));
    Py_DECREF(l);
    Py_DECREF(s);
}

static void
test_set_inplace_ops_return_same_object(void **state)
{
    static const long a_in[] = {1, 2, 3}, b_in[] = {2, 3, 4};
    static const long and_out[] = {2, 3};
    static const long x_in[] = {1, 2, 3, 40}, y_in[] = {2, 3, 4, 41};
    static const long xor_out[] = {1, 4, 40, 41};
    PyObject *a = int_set(a_in, N(a_in)), *b = int_set(b_in, N(b_in));
    PyObject *r = PyNumber_InPlaceAnd(a, b);
    assert_ptr_equal(r, a);
    Py_DECREF(r);
    assert_int_order(a, and_out, N(and_out));
    Py_DECREF(a);
    Py_DECREF(b);

    PyObject *x = int_set(x_in, N(x_in)), *y = int_set(y_in, N(y_in));
    r = PyNumber_InPlaceXor(x, y);
    assert_ptr_equal(r, x);
    Py_DECREF(r);
    assert_int_order(x, xor_out, N(xor_out));
    r = PyNumber_InPlaceOr(x, y);
    assert_ptr_equal(r, x);
    Py_DECREF(r);
    assert_int_equal(PySet_Size(x), 6);
    r = PyNumber_InPlaceSubtract(x, x);
    assert_ptr_equal(r, x);
    Py_DECREF(r);
    assert_int_equal(PySet_Size(x), 0);
    Py_DECREF(x);
    Py_DECREF(y);
}

static void
test_set_operators_reject_non_sets(void **state)
{
    static const long in[] = {1};
    PyObject *s = int_set(in, 1), *l = int_list(in, 1);
    assert_ptr_equal(PySet_Type.tp_as_number->nb_or(s, l), Py_NotImplemented);
    assert_ptr_equal(PySet_Type.tp_as_number->nb_or(l, s), Py_NotImplemented);
    assert_ptr_equal(PySet_Type.tp_as_number->nb_inplace_or(s, l), Py_NotImplemented);
    assert_null(PyNumber_Or(s, l));
    assert_error(PyExc_TypeError, "unsupported operand type(s) for |: 'set' and 'list'");
    assert_null(PyNumber_InPlaceSubtract(s, l));
    assert_error(PyExc_TypeError, "unsupported operand type(s) for -=: 'set' and 'list'");
    Py_DECREF(l);
    Py_DECREF(s);
}

static void
test_set_algebra_result_takes_left_base_type(void **state)
{
    static const long f_in[] = {33, 1, 17}, two[] = {2};
    static const long f_or_2[] = {33, 2, 1, 17};
    static const long symd_in[] = {1, 2, 99}, symd_out[] = {17, 2, 99, 33};
    PyObject *f = int_frozenset(f_in, N(f_in)), *s = int_set(two, 1);
    PyObject *r = PyNumber_Or(f, s);
    assert_ptr_equal(Py_TYPE(r), &PyFrozenSet_Type);
    assert_int_order(r, f_or_2, N(f_or_2));
    Py_DECREF(r);
    r = PyNumber_Or(s, f);
    assert_ptr_equal(Py_TYPE(r), &PySet_Type);
    Py_DECREF(r);
    r = PyNumber_InPlaceOr(f, s); // no |= for frozenset: a new frozenset
    assert_ptr_equal(Py_TYPE(r), &PyFrozenSet_Type);
    assert_ptr_not_equal(r, f);
    Py_DECREF(r);
    PyObject *l = int_list(symd_in, N(symd_in));
    r = rt_set_symmetric_difference(f, l);
    assert_ptr_equal(Py_TYPE(r), &PyFrozenSet_Type);
    assert_int_order(r, symd_out, N(symd_out));
    Py_DECREF(r);
    Py_DECREF(l);
    Py_DECREF(s);
    Py_DECREF(f);
}

// ---- comparisons -----------------------------------------------------------------------

static void
test_set_subset_comparisons(void **state)
{
    static const long ab[] = {1, 2}, abc[] = {1, 2, 3}, ax[] = {1, 9};
    PyObject *s12 = int_set(ab, 2), *s123 = int_set(abc, 3), *f12 = int_frozenset(ab, 2);
    PyObject *s19 = int_set(ax, 2);
    assert_bool(PyObject_RichCompare(s12, s123, Py_LT), 1);
    assert_bool(PyObject_RichCompare(s12, s123, Py_LE), 1);
    assert_bool(PyObject_RichCompare(s123, s12, Py_GT), 1);
    assert_bool(PyObject_RichCompare(s123, s12, Py_GE), 1);
    assert_bool(PyObject_RichCompare(s12, f12, Py_LT), 0);
    assert_bool(PyObject_RichCompare(s12, f12, Py_LE), 1);
    assert_bool(PyObject_RichCompare(s12, f12, Py_EQ), 1); // set == frozenset
    assert_bool(PyObject_RichCompare(f12, s12, Py_NE), 0);
    assert_bool(PyObject_RichCompare(s19, s12, Py_EQ), 0);
    assert_bool(PyObject_RichCompare(s19, s123, Py_LT), 0);
    assert_bool(PyObject_RichCompare(s19, s12, Py_GE), 0);
    assert_int_equal(rt_set_issubset(s12, s123), 1);
    assert_int_equal(rt_set_issuperset(s12, s19), 0);
    assert_int_equal(rt_set_isdisjoint(s19, s12), 0);
    PyObject *l = int_list(abc, 3);
    assert_int_equal(rt_set_issubset(s12, l), 1);
    assert_int_equal(rt_set_issuperset(s123, l), 1);
    // comparing with a list is left to the list: the set slot says NotImplemented
    assert_ptr_equal(PySet_Type.tp_richcompare(s12, l, Py_EQ), Py_NotImplemented);
    assert_bool(PyObject_RichCompare(s12, l, Py_EQ), 0);
    Py_DECREF(l);
    Py_DECREF(s12);
    Py_DECREF(s123);
    Py_DECREF(f12);
    Py_DECREF(s19);
}

// ---- repr ------------------------------------------------------------------------------

static PyTypeObject MySet_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "test.MySet",
    .tp_basicsize = sizeof(PySetObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_base = &PySet_Type,
};

static void
test_set_repr_forms(void **state)
{
    static const long ab[] = {1, 2};
    PyObject *s = PySet_New(NULL), *f = PyFrozenSet_New(NULL);
    assert_repr(s, "set()");
    assert_repr(f, "frozenset()");
    Py_DECREF(f);
    add_ints(s, ab, 2);
    assert_repr(s, "{1, 2}");
    f = PyFrozenSet_New(s);
    assert_repr(f, "frozenset({1, 2})");
    Py_DECREF(f);
    Py_DECREF(s);

    assert_int_equal(PyType_Ready(&MySet_Type), 0);
    PyObject *empty = PyTuple_New(0);
    PyObject *m = MySet_Type.tp_new(&MySet_Type, empty, NULL);
    assert_non_null(m);
    assert_ptr_equal(Py_TYPE(m), &MySet_Type);
    assert_repr(m, "MySet()");
    add_ints(m, ab, 1);
    assert_repr(m, "MySet({1})");
    PyObject *r = PyNumber_Or(m, m); // the algebra drops the subclass
    assert_ptr_equal(Py_TYPE(r), &PySet_Type);
    Py_DECREF(r);
    Py_DECREF(m);
    Py_DECREF(empty);
}

static void
test_set_repr_of_self_containing_frozenset(void **state)
{
    // Only C code can build this: a frozenset added to itself while still private.
    static const long one[] = {1};
    PyObject *f = PyFrozenSet_New(NULL);
    add_ints(f, one, 1);
    assert_int_equal(PySet_Add(f, f), 0);
    assert_repr(f, "frozenset({1, frozenset(...)})");
    PyFrozenSet_Type.tp_clear(f); // break the cycle
    assert_int_equal(PySet_Size(f), 0);
    Py_DECREF(f);
}

// ---- construction ----------------------------------------------------------------------

static void
test_set_new_and_init_from_iterable(void **state)
{
    static const long in[] = {3, 1, 3, 2};
    static const long out[] = {1, 2, 3};
    PyObject *l = int_list(in, N(in));
    PyObject *args = one_tuple(l);
    PyObject *s = PySet_Type.tp_new(&PySet_Type, args, NULL);
    assert_non_null(s);
    assert_int_equal(PySet_Size(s), 0);
    assert_int_equal(PySet_Type.tp_init(s, args, NULL), 0);
    assert_int_order(s, out, N(out));
    assert_true(PyObject_GC_IsTracked(s));
    Py_DECREF(s);
    Py_DECREF(args);

    PyObject *two = PyTuple_Pack(2, l, l);
    s = PySet_Type.tp_new(&PySet_Type, two, NULL);
    assert_int_equal(PySet_Type.tp_init(s, two, NULL), -1);
    assert_error(PyExc_TypeError, "set expected at most 1 argument, got 2");
    Py_DECREF(s);
    assert_null(PyFrozenSet_Type.tp_new(&PyFrozenSet_Type, two, NULL));
    assert_error(PyExc_TypeError, "frozenset expected at most 1 argument, got 2");
    Py_DECREF(two);

    PyObject *one = new_int(1);
    assert_null(PySet_New(one));
    assert_error(PyExc_TypeError, "'int' object is not iterable");
    Py_DECREF(one);
    Py_DECREF(l);
}

static void
test_frozenset_of_exact_frozenset_is_same_object(void **state)
{
    static const long in[] = {4, 5};
    PyObject *f = int_frozenset(in, N(in));
    PyObject *args = one_tuple(f);
    PyObject *g = PyFrozenSet_Type.tp_new(&PyFrozenSet_Type, args, NULL);
    assert_ptr_equal(g, f);
    Py_DECREF(g);
    Py_DECREF(args);
    // a set argument gives a new frozenset; so does the copy of a set
    PyObject *s = int_set(in, N(in));
    args = one_tuple(s);
    g = PyFrozenSet_Type.tp_new(&PyFrozenSet_Type, args, NULL);
    assert_ptr_equal(Py_TYPE(g), &PyFrozenSet_Type);
    assert_int_equal(PySet_Size(g), 2);
    Py_DECREF(g);
    Py_DECREF(args);
    g = rt_set_copy(f);
    assert_ptr_equal(g, f);
    Py_DECREF(g);
    g = rt_set_copy(s);
    assert_ptr_not_equal(g, s);
    assert_ptr_equal(Py_TYPE(g), &PySet_Type);
    Py_DECREF(g);
    Py_DECREF(s);
    Py_DECREF(f);
}

// ---- iteration and mutation ------------------------------------------------------------

static void
test_set_iterator_detects_size_change(void **state)
{
    static const long in[] = {1, 2}, more[] = {3};
    PyObject *s = int_set(in, N(in));
    PyObject *it = PyObject_GetIter(s);
    assert_int_equal(rt_set_iterator_length_hint(it), 2);
    PyObject *first = PyIter_Next(it);
    assert_non_null(first);
    Py_DECREF(first);
    assert_int_equal(rt_set_iterator_length_hint(it), 1);
    add_ints(s, more, 1);
    assert_int_equal(rt_set_iterator_length_hint(it), 0);
    assert_null(PyIter_Next(it));
    assert_error(PyExc_RuntimeError, "Set changed size during iteration");
    discard_int(s, 3, 1); // the error sticks even once the size is back
    assert_null(PyIter_Next(it));
    assert_error(PyExc_RuntimeError, "Set changed size during iteration");
    Py_DECREF(it);
    Py_DECREF(s);
}

// A key whose __eq__ empties a target set: insertion must restart its probe.
typedef struct {
    PyObject_HEAD
} EvilObject;

static PyObject *evil_target;

static Py_hash_t
evil_hash(PyObject *self)
{
    return 1;
}

static PyObject *
evil_richcompare(PyObject *self, PyObject *other, int op)
{
    if (evil_target != NULL && PySet_GET_SIZE(evil_target) > 0)
        PySet_Clear(evil_target);
    return Py_NewRef(Py_False);
}

static void
evil_dealloc(PyObject *self)
{
    PyObject_Free(self);
}

static PyTypeObject Evil_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "test.Evil",
    .tp_basicsize = sizeof(EvilObject),
    .tp_dealloc = evil_dealloc,
    .tp_hash = evil_hash,
    .tp_richcompare = evil_richcompare,
};

static PyObject *
new_evil(void)
{
    PyObject *o = PyObject_Malloc(sizeof(EvilObject));
    assert_non_null(o);
    o->ob_refcnt = 1;
    o->ob_type = &Evil_Type;
    return o;
}

static void
test_set_add_restarts_when_eq_mutates_table(void **state)
{
    // CPython: S.add(a); S.add(b) where b.__eq__ clears S leaves S == {b}
    assert_int_equal(PyType_Ready(&Evil_Type), 0);
    PyObject *s = PySet_New(NULL);
    PyObject *a = new_evil(), *b = new_evil();
    assert_int_equal(PySet_Add(s, a), 0);
    evil_target = s;
    assert_int_equal(PySet_Add(s, b), 0);
    evil_target = NULL;
    assert_int_equal(PySet_Size(s), 1);
    Py_ssize_t pos = 0;
    PyObject *key;
    assert_true(rt_set_next(s, &pos, &key, NULL));
    assert_ptr_equal(key, b);
    assert_int_equal(Py_REFCNT(a), 1);
    Py_DECREF(s);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_set_clear_and_reuse(void **state)
{
    long in[50];
    for (int i = 0; i < 50; i++)
        in[i] = i * 3;
    static const long after[] = {8, 1}; // back in the 8-slot table: 8 in slot 0, 1 in slot 1
    PyObject *s = int_set(in, N(in));
    assert_ptr_not_equal(((PySetObject *)s)->table, ((PySetObject *)s)->smalltable);
    assert_int_equal(PySet_Clear(s), 0);
    assert_int_equal(PySet_Size(s), 0);
    assert_ptr_equal(((PySetObject *)s)->table, ((PySetObject *)s)->smalltable);
    add_ints(s, after, N(after));
    assert_int_order(s, after, N(after));
    Py_DECREF(s);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_set_small_int_order_matches_cpython),
        cmocka_unit_test(test_set_readd_reuses_last_dummy_on_probe_path),
        cmocka_unit_test(test_set_hundred_scrambled_ints_order),
        cmocka_unit_test(test_set_grows_to_32_slots_on_fifth_insert),
        cmocka_unit_test(test_set_order_after_several_resizes),
        cmocka_unit_test(test_set_removal_keeps_order_of_the_rest),
        cmocka_unit_test(test_set_str_order_matches_cpython_hashseed_0),
        cmocka_unit_test(test_set_update_from_dict_presizes_table),
        cmocka_unit_test(test_set_pop_follows_table_order_with_finger),
        cmocka_unit_test(test_set_pop_empty_raises_keyerror),
        cmocka_unit_test(test_frozenset_hash_matches_cpython),
        cmocka_unit_test(test_frozenset_hash_nested_and_str),
        cmocka_unit_test(test_set_is_unhashable),
        cmocka_unit_test(test_set_unhashable_key_raises_typeerror),
        cmocka_unit_test(test_set_key_is_looked_up_as_frozenset),
        cmocka_unit_test(test_set_remove_absent_raises_keyerror_with_key),
        cmocka_unit_test(test_set_c_api_rejects_wrong_types),
        cmocka_unit_test(test_set_algebra_results_and_order),
        cmocka_unit_test(test_set_algebra_on_larger_sets_order),
        cmocka_unit_test(test_set_methods_with_list_argument_order),
        cmocka_unit_test(test_set_difference_update_keeps_sparse_table),
        cmocka_unit_test(test_set_inplace_ops_return_same_object),
        cmocka_unit_test(test_set_operators_reject_non_sets),
        cmocka_unit_test(test_set_algebra_result_takes_left_base_type),
        cmocka_unit_test(test_set_subset_comparisons),
        cmocka_unit_test(test_set_repr_forms),
        cmocka_unit_test(test_set_repr_of_self_containing_frozenset),
        cmocka_unit_test(test_set_new_and_init_from_iterable),
        cmocka_unit_test(test_frozenset_of_exact_frozenset_is_same_object),
        cmocka_unit_test(test_set_iterator_detects_size_change),
        cmocka_unit_test(test_set_add_restarts_when_eq_mutates_table),
        cmocka_unit_test(test_set_clear_and_reuse),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
