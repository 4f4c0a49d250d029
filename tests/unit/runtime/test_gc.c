// test_gc.c: tests of the cycle collector (runtime/gc.c) on hand-built cycles: garbage is
// found and freed, anything reachable from outside survives and grows older, finalizers run
// once (PEP 442) and may resurrect, weak references to garbage are cleared first (and call
// back only when they are not garbage themselves), thresholds trigger collections.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "tests/unit/testing.h"

// ---- a container with a finalizer -----------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyObject *ref;
    PyObject *weakreflist;
} Box;

static int finalized;         // how many times Box's finalizer ran
static int freed;             // how many Boxes were freed
static PyObject *resurrected; // where a finalizer may store its Box

static int resurrect_next; // the next finalizer stores self in `resurrected`

static void
box_finalize(PyObject *self)
{
    finalized++;
    if (resurrect_next) {
        resurrect_next = 0;
        resurrected = Py_NewRef(self);
    }
}

static int
box_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((Box *)self)->ref);
    return 0;
}

static int
box_clear(PyObject *self)
{
    Py_CLEAR(((Box *)self)->ref);
    return 0;
}

static void
box_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    if (PyObject_CallFinalizerFromDealloc(self) < 0)
        return; // resurrected
    if (((Box *)self)->weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    box_clear(self);
    freed++;
    PyObject_GC_Del(self);
}

static PyTypeObject BoxType = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "Box",
    .tp_basicsize = sizeof(Box),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = box_traverse,
    .tp_clear = box_clear,
    .tp_dealloc = box_dealloc,
    .tp_finalize = box_finalize,
    .tp_weaklistoffset = offsetof(Box, weakreflist),
};

static PyObject *
new_box(PyObject *ref)
{
    Box *b = PyObject_GC_New(Box, &BoxType);
    assert_non_null(b);
    b->ref = Py_XNewRef(ref);
    b->weakreflist = NULL;
    PyObject_GC_Track(b);
    return (PyObject *)b;
}

static int
setup(void **state)
{
    int r = rt_test_setup(state);
    if (r == 0 && !PyType_HasFeature(&BoxType, Py_TPFLAGS_READY))
        r = PyType_Ready(&BoxType);
    rt_gc_enable(0); // collections happen when the tests say so
    rt_gc_collect(2);
    finalized = freed = 0;
    return r;
}

static int
teardown(void **state)
{
    rt_gc_enable(1);
    return rt_test_teardown(state);
}

// A list that contains itself, n times over: n objects of garbage after the last Py_DECREF.
static void
make_self_cycles(int n)
{
    for (int i = 0; i < n; i++) {
        PyObject *l = PyList_New(0);
        assert_int_equal(PyList_Append(l, l), 0);
        Py_DECREF(l);
    }
}

// ---- the tests ------------------------------------------------------------------------------

static void
test_unreachable_cycles_are_found_and_freed(void **state)
{
    (void)state;
    Py_ssize_t before = rt_gc_tracked_count();
    make_self_cycles(3);
    // Two boxes pointing at each other.
    PyObject *a = new_box(NULL), *b = new_box(a);
    ((Box *)a)->ref = Py_NewRef(b);
    Py_DECREF(a);
    Py_DECREF(b);
    assert_int_equal(rt_gc_tracked_count(), before + 5);
    assert_int_equal(rt_gc_collect(2), 5);
    assert_int_equal(rt_gc_tracked_count(), before);
    assert_int_equal(freed, 2);
    assert_int_equal(finalized, 2);
    assert_int_equal(rt_gc_collect(2), 0);
}

static int
is_object(PyObject *op, void *target)
{
    return op == target;
}

static void
test_cycles_reachable_from_outside_survive_and_grow_older(void **state)
{
    (void)state;
    PyObject *l = PyList_New(0);
    assert_int_equal(PyList_Append(l, l), 0);
    PyObject *holder = new_box(l); // we hold the box, the box holds the list
    assert_int_equal(rt_gc_visit_objects(0, is_object, l), 1);
    Py_DECREF(l); // now only the box holds the list, and we hold the box
    assert_int_equal(rt_gc_collect(0), 0);
    assert_int_equal(rt_gc_visit_objects(0, is_object, l), 0);
    assert_int_equal(rt_gc_visit_objects(1, is_object, l), 1);
    assert_int_equal(rt_gc_collect(1), 0);
    assert_int_equal(rt_gc_visit_objects(2, is_object, holder), 1);
    Py_DECREF(holder); // the box goes by refcount; the list cycle stays for the collector
    assert_int_equal(freed, 1);
    assert_int_equal(rt_gc_collect(2), 1);
}

static void
test_finalizers_run_once_and_may_resurrect(void **state)
{
    (void)state;
    PyObject *a = new_box(NULL);
    ((Box *)a)->ref = Py_NewRef(a);
    Py_DECREF(a);
    resurrect_next = 1;
    // The finalizer stored the box: nothing is freed, and the box is marked finalized.
    assert_int_equal(rt_gc_collect(2), 0);
    assert_int_equal(finalized, 1);
    assert_int_equal(freed, 0);
    assert_ptr_equal(resurrected, a);
    assert_true(PyObject_GC_IsFinalized(a));
    // Dropped again, it is freed without running the finalizer a second time.
    Py_CLEAR(resurrected);
    assert_int_equal(rt_gc_collect(2), 1);
    assert_int_equal(finalized, 1);
    assert_int_equal(freed, 1);
}

static void
test_a_cycle_reachable_only_from_garbage_with_a_finalizer_is_kept_until_it_is_dropped(void **state)
{
    (void)state;
    // garbage box -> list cycle; the finalizer resurrects the box, so the list survives too.
    PyObject *l = PyList_New(0);
    assert_int_equal(PyList_Append(l, l), 0);
    PyObject *a = new_box(l);
    assert_int_equal(PyList_Append(l, a), 0);
    Py_DECREF(l);
    Py_DECREF(a);
    resurrect_next = 1;
    assert_int_equal(rt_gc_collect(2), 0);
    assert_int_equal(PyList_GET_SIZE(l), 2); // still intact
    Py_CLEAR(resurrected);
    assert_int_equal(rt_gc_collect(2), 2);
    assert_int_equal(freed, 1);
}

// A weak reference callback that counts its calls and checks that the referent is gone.
static int callbacks;

static PyObject *
count_callback(PyObject *self, PyObject *ref)
{
    (void)self;
    assert_ptr_equal(PyWeakref_GetObject(ref), Py_None);
    callbacks++;
    Py_RETURN_NONE;
}

static PyMethodDef count_callback_def = {"count_callback", count_callback, METH_O, NULL};

static void
test_a_cycle_reachable_only_through_a_weak_reference_is_collected(void **state)
{
    (void)state;
    callbacks = 0;
    PyObject *cb = PyCFunction_New(&count_callback_def, NULL);
    PyObject *a = new_box(NULL), *b = new_box(a);
    ((Box *)a)->ref = Py_NewRef(b);
    PyObject *wr = PyWeakref_NewRef(a, cb); // kept by the test: not garbage
    assert_non_null(wr);
    Py_DECREF(a);
    Py_DECREF(b);
    assert_ptr_equal(PyWeakref_GetObject(wr), a); // only the cycle keeps it alive
    assert_int_equal(rt_gc_collect(2), 2);
    assert_ptr_equal(PyWeakref_GetObject(wr), Py_None);
    assert_int_equal(callbacks, 1);
    assert_int_equal(finalized, 2);
    assert_int_equal(freed, 2);
    Py_DECREF(wr);
    Py_DECREF(cb);
}

static void
test_a_weak_reference_inside_the_garbage_calls_nothing_back(void **state)
{
    (void)state;
    callbacks = 0;
    PyObject *cb = PyCFunction_New(&count_callback_def, NULL);
    PyObject *a = new_box(NULL);
    PyObject *wr = PyWeakref_NewRef(a, cb);
    PyObject *l = PyList_New(0); // a -> l -> (a, wr): the reference is part of the garbage
    assert_int_equal(PyList_Append(l, a), 0);
    assert_int_equal(PyList_Append(l, wr), 0);
    ((Box *)a)->ref = l;
    Py_DECREF(wr);
    Py_DECREF(a);
    Py_DECREF(cb);
    assert_int_equal(rt_gc_collect(2), 4); // the box, the list, the reference, its callback
    assert_int_equal(callbacks, 0);
    assert_int_equal(freed, 1);
}

static void
test_allocations_past_the_threshold_trigger_a_collection(void **state)
{
    (void)state;
    int thresholds[RT_GC_GENERATIONS];
    rt_gc_get_thresholds(thresholds);
    rt_gc_set_threshold(0, 100);
    rt_gc_enable(1);
    Py_ssize_t before = rt_gc_tracked_count();
    make_self_cycles(1000); // each a list and its items: collections keep the count low
    assert_true(rt_gc_tracked_count() - before < 200);
    RtGcStats stats[RT_GC_GENERATIONS];
    rt_gc_get_stats(stats);
    assert_true(stats[0].collections > 0);
    rt_gc_enable(0);
    rt_gc_set_threshold(0, thresholds[0]);
    rt_gc_collect(2);
}

// Debug builds count live objects and references (RT_REF_DEBUG): garbage collected, a
// resurrected object, and an object freed by refcount all leave both totals as they were.
static void
test_debug_builds_count_live_objects_and_references(void **state)
{
    (void)state;
#ifdef RT_REF_DEBUG
    Py_ssize_t live = rt_live_objects, refs = rt_ref_total;
    PyObject *a = new_box(NULL), *b = new_box(a);
    ((Box *)a)->ref = Py_NewRef(b);
    assert_int_equal(rt_live_objects, live + 2);
    Py_DECREF(a);
    Py_DECREF(b);
    assert_int_equal(rt_live_objects, live + 2); // a cycle: alive until collected
    assert_int_equal(rt_gc_collect(2), 2);
    assert_int_equal(rt_live_objects, live);
    assert_int_equal(rt_ref_total, refs);
    resurrect_next = 1;
    Py_DECREF(new_box(NULL)); // the finalizer keeps it in `resurrected`
    assert_int_equal(rt_live_objects, live + 1);
    Py_CLEAR(resurrected);
    assert_int_equal(rt_live_objects, live);
    assert_int_equal(rt_ref_total, refs);
#else
    skip();
#endif
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_unreachable_cycles_are_found_and_freed, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_cycles_reachable_from_outside_survive_and_grow_older,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_finalizers_run_once_and_may_resurrect, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(
            test_a_cycle_reachable_only_from_garbage_with_a_finalizer_is_kept_until_it_is_dropped,
            setup, teardown),
        cmocka_unit_test_setup_teardown(
            test_a_cycle_reachable_only_through_a_weak_reference_is_collected, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_weak_reference_inside_the_garbage_calls_nothing_back,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_allocations_past_the_threshold_trigger_a_collection,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_debug_builds_count_live_objects_and_references,
                                        setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
