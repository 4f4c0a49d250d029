// test_trashcan.c: tests of runtime/trashcan.c: freeing containers nested a million deep
// (CPython frees them too, as tests/py/recursion/deep_data_dealloc.py shows) must neither
// overflow the C stack nor leak, and the deferral follows CPython's nesting limit of 50.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "tests/unit/testing.h"

#define DEEP 1000000L

// A function that returns a new container holding `inner` (stolen), or NULL.
typedef PyObject *(*Wrap)(PyObject *inner);

static PyObject *
wrap_list(PyObject *inner)
{
    PyObject *l = PyList_New(1);
    if (l == NULL)
        return NULL;
    PyList_SET_ITEM(l, 0, inner);
    return l;
}

static PyObject *
wrap_tuple(PyObject *inner)
{
    PyObject *t = PyTuple_New(1);
    if (t == NULL)
        return NULL;
    PyTuple_SET_ITEM(t, 0, inner);
    return t;
}

static PyObject *
wrap_dict(PyObject *inner)
{
    PyObject *d = PyDict_New();
    if (d == NULL || PyDict_SetItemString(d, "next", inner) < 0)
        Py_CLEAR(d);
    Py_DECREF(inner);
    return d;
}

static PyObject *
wrap_set(PyObject *inner)
{
    PyObject *s = PySet_New(NULL);
    if (s == NULL || PySet_Add(s, inner) < 0)
        Py_CLEAR(s);
    Py_DECREF(inner);
    return s;
}

static PyObject *
wrap_frozenset(PyObject *inner)
{
    PyObject *t = wrap_tuple(inner);
    PyObject *s = t != NULL ? PyFrozenSet_New(t) : NULL;
    Py_XDECREF(t);
    return s;
}

static PyObject *
wrap_exception_context(PyObject *inner)
{
    PyObject *e = PyObject_CallNoArgs(PyExc_ValueError);
    if (e != NULL)
        PyException_SetContext(e, inner); // steals
    else
        Py_DECREF(inner);
    return e;
}

static PyObject *
wrap_exception_args(PyObject *inner)
{
    PyObject *e = PyObject_CallOneArg(PyExc_ValueError, inner);
    Py_DECREF(inner);
    return e;
}

static PyObject *
wrap_cell(PyObject *inner)
{
    PyObject *c = PyCell_New(inner);
    Py_DECREF(inner);
    return c;
}

static PyObject *
wrap_method(PyObject *inner)
{
    PyObject *m = PyMethod_New(PyExc_ValueError, inner);
    Py_DECREF(inner);
    return m;
}

static PyObject *
wrap_slice(PyObject *inner)
{
    PyObject *s = PySlice_New(inner, Py_None, Py_None);
    Py_DECREF(inner);
    return s;
}

static PyObject *
wrap_list_iterator(PyObject *inner)
{
    PyObject *l = wrap_list(inner);
    PyObject *it = l != NULL ? PyObject_GetIter(l) : NULL;
    Py_XDECREF(l);
    return it;
}

// Blocks the allocator has handed out and not taken back.
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

// Build a chain `depth` deep by applying the wraps in turn, free it with one Py_DECREF, and
// check that every level was freed and the trashcan is idle again.
static void
build_and_free(const Wrap *wraps, size_t nwraps, long depth)
{
    // A collection first: one during the build would untrack the atomic tuples there are.
    rt_gc_collect(RT_GC_GENERATIONS - 1);
    size_t before = blocks_in_use();
    Py_ssize_t tracked = rt_gc_tracked_count();
    PyObject *o = PyLong_FromLong(7);
    for (long i = 0; i < depth; i++) {
        o = wraps[(size_t)i % nwraps](o);
        assert_non_null(o);
    }
    assert_true(blocks_in_use() >= before + (size_t)depth);
    Py_DECREF(o);
    RtThreadState *ts = rt_tstate();
    assert_int_equal(ts->trash_delete_nesting, 0);
    assert_null(ts->trash_deferred);
    assert_int_equal(rt_gc_tracked_count(), tracked);
    // The free lists of lists and tuples may keep some blocks (tuples: 2000 a size).
    assert_true(blocks_in_use() <= before + 4096);
}

static void
test_trashcan_frees_million_deep_list(void **state)
{
    const Wrap w[] = {wrap_list};
    build_and_free(w, 1, DEEP);
}

static void
test_trashcan_frees_million_deep_tuple(void **state)
{
    const Wrap w[] = {wrap_tuple};
    build_and_free(w, 1, DEEP);
}

static void
test_trashcan_frees_million_deep_dict(void **state)
{
    const Wrap w[] = {wrap_dict};
    build_and_free(w, 1, DEEP);
}

static void
test_trashcan_frees_million_deep_frozenset(void **state)
{
    const Wrap w[] = {wrap_frozenset};
    build_and_free(w, 1, DEEP);
}

static void
test_trashcan_frees_deep_exception_context_chain(void **state)
{
    const Wrap w[] = {wrap_exception_context};
    build_and_free(w, 1, DEEP);
}

static void
test_trashcan_frees_deep_cell_method_and_slice_chains(void **state)
{
    const Wrap cells[] = {wrap_cell};
    build_and_free(cells, 1, DEEP);
    const Wrap methods[] = {wrap_method};
    build_and_free(methods, 1, DEEP);
    const Wrap slices[] = {wrap_slice};
    build_and_free(slices, 1, DEEP);
}

static void
test_trashcan_frees_deep_chain_of_mixed_containers(void **state)
{
    // Sets get hashable items: an iterator, a frozenset, a tuple of those.
    const Wrap w[] = {wrap_list,  wrap_dict, wrap_list_iterator, wrap_frozenset,
                      wrap_tuple, wrap_set,  wrap_cell,          wrap_exception_args};
    build_and_free(w, sizeof w / sizeof w[0], DEEP);
}

static void
test_trashcan_defers_beyond_the_nesting_limit(void **state)
{
    RtThreadState *ts = rt_tstate();
    PyObject *inner = PyList_New(0);
    PyObject *outer = wrap_list(Py_NewRef(inner));
    // Pretend RT_TRASHCAN_LIMIT deallocators are running: freeing outer is put aside.
    ts->trash_delete_nesting = RT_TRASHCAN_LIMIT;
    Py_DECREF(outer);
    assert_ptr_equal(ts->trash_deferred, outer);
    assert_int_equal(Py_REFCNT(inner), 2); // outer's body has not run yet
    // When the outermost deallocator ends, the deferred one runs.
    ts->trash_delete_nesting = 1;
    rt_trashcan_end(RT_TRASHCAN_ENTERED);
    assert_null(ts->trash_deferred);
    assert_int_equal(ts->trash_delete_nesting, 0);
    assert_int_equal(Py_REFCNT(inner), 1);
    Py_DECREF(inner);
}

static void
test_trashcan_skips_another_types_deallocator(void **state)
{
    // A subclass instance is bracketed by its own type's deallocator, not its base's.
    PyObject *l = PyList_New(0);
    assert_int_equal(rt_trashcan_begin(l, PyTuple_Type.tp_dealloc), RT_TRASHCAN_SKIPPED);
    assert_int_equal(rt_tstate()->trash_delete_nesting, 0);
    rt_trashcan_end(RT_TRASHCAN_SKIPPED);
    assert_int_equal(rt_tstate()->trash_delete_nesting, 0);
    Py_DECREF(l);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trashcan_frees_million_deep_list),
        cmocka_unit_test(test_trashcan_frees_million_deep_tuple),
        cmocka_unit_test(test_trashcan_frees_million_deep_dict),
        cmocka_unit_test(test_trashcan_frees_million_deep_frozenset),
        cmocka_unit_test(test_trashcan_frees_deep_exception_context_chain),
        cmocka_unit_test(test_trashcan_frees_deep_cell_method_and_slice_chains),
        cmocka_unit_test(test_trashcan_frees_deep_chain_of_mixed_containers),
        cmocka_unit_test(test_trashcan_defers_beyond_the_nesting_limit),
        cmocka_unit_test(test_trashcan_skips_another_types_deallocator),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
