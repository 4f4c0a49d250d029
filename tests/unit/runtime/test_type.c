// test_type.c: readying types (runtime/objects/type.c), `object` (object.c), the singletons
// (none.c) and GC tracking (runtime/gc.c).
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/unit/testing.h"

typedef struct {
    PyObject_HEAD
    PyObject *child;
} Box;

static int
box_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((Box *)o)->child);
    return 0;
}

static void
box_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_CLEAR(((Box *)o)->child);
    Py_TYPE(o)->tp_free(o);
}

static PyTypeObject box_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "test.Box",
    .tp_basicsize = sizeof(Box),
    .tp_dealloc = box_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = box_traverse,
};

static PyTypeObject sub_int_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "test.SubInt",
    .tp_basicsize = sizeof(PyLongObject),
    .tp_base = &PyLong_Type,
};

static void
test_type_ready_inherits_slots_and_flags(void **state)
{
    assert_int_equal(PyType_Ready(&sub_int_type), 0);
    assert_ptr_equal(sub_int_type.tp_repr, PyLong_Type.tp_repr);
    assert_ptr_equal(sub_int_type.tp_as_number, PyLong_Type.tp_as_number);
    assert_true(PyType_HasFeature(&sub_int_type, Py_TPFLAGS_LONG_SUBCLASS));
    assert_true(PyType_IsSubtype(&sub_int_type, &PyLong_Type));
    assert_true(PyType_IsSubtype(&sub_int_type, &PyBaseObject_Type));
    assert_false(PyType_IsSubtype(&PyLong_Type, &sub_int_type));
    assert_repr(sub_int_type.tp_mro,
                "(<class 'test.SubInt'>, <class 'int'>, <class 'object'>)");
    assert_int_not_equal(sub_int_type.tp_version_tag, 0);
}

static void
test_type_ready_gives_builtins_their_mro(void **state)
{
    assert_repr(PyBool_Type.tp_mro, "(<class 'bool'>, <class 'int'>, <class 'object'>)");
    assert_repr((PyObject *)&PyType_Type, "<class 'type'>");
    assert_repr(PyBaseObject_Type.tp_bases, "()");
}

static void
test_type_modified_changes_the_version_tag(void **state)
{
    PyType_Ready(&box_type);
    unsigned int before = box_type.tp_version_tag;
    rt_type_modified(&box_type);
    assert_int_not_equal(box_type.tp_version_tag, before);
}

static void
test_type_call_with_one_argument_gives_the_type(void **state)
{
    PyObject *args = PyTuple_Pack(1, Py_None);
    PyObject *t = PyObject_Call((PyObject *)&PyType_Type, args, NULL);
    assert_ptr_equal(t, &PyNone_Type);
    Py_DECREF(t);
    Py_DECREF(args);
}

static void
test_object_takes_no_arguments(void **state)
{
    PyObject *args = PyTuple_Pack(1, Py_None);
    assert_null(PyObject_Call((PyObject *)&PyBaseObject_Type, args, NULL));
    assert_raised(PyExc_TypeError, "object() takes no arguments");
    Py_DECREF(args);
    PyObject *o = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
    PyObject *r = PyObject_Repr(o);
    assert_memory_equal(PyUnicode_AsUTF8(r), "<object object at 0x", 20);
    assert_int_equal(PyObject_Hash(o), rt_hash_pointer(o));
    Py_DECREF(r);
    Py_DECREF(o);
}

static void
test_singletons_have_cpython_reprs(void **state)
{
    assert_repr(Py_None, "None");
    assert_repr(Py_NotImplemented, "NotImplemented");
    assert_repr(Py_Ellipsis, "Ellipsis");
    assert_repr(Py_True, "True");
    PyObject *args = PyTuple_New(0);
    PyObject *none = PyObject_Call((PyObject *)&PyNone_Type, args, NULL);
    assert_ptr_equal(none, Py_None);
    Py_DECREF(none);
    Py_DECREF(args);
}

static void
test_unhashable_type_error_names_the_type(void **state)
{
    PyObject *l = PyList_New(0);
    assert_int_equal(PyObject_Hash(l), -1);
    assert_raised(PyExc_TypeError, "unhashable type: 'list'");
    Py_DECREF(l);
}

static void
test_gc_tracking_links_and_unlinks(void **state)
{
    PyType_Ready(&box_type);
    Py_ssize_t before = rt_gc_tracked_count();
    Box *b = PyObject_GC_New(Box, &box_type);
    assert_non_null(b);
    assert_false(PyObject_GC_IsTracked((PyObject *)b));
    b->child = PyList_New(0);
    PyObject_GC_Track(b);
    assert_true(PyObject_GC_IsTracked((PyObject *)b));
    assert_int_equal(rt_gc_tracked_count(), before + 2); // the box and its list
    PyObject_GC_UnTrack(b);
    PyObject_GC_UnTrack(b); // a second untrack is harmless
    assert_int_equal(rt_gc_tracked_count(), before + 1);
    Py_DECREF(b);
    assert_int_equal(rt_gc_tracked_count(), before);
}

static void
test_repr_recursion_guard_detects_reentry(void **state)
{
    PyObject *o = PyList_New(0);
    assert_int_equal(Py_ReprEnter(o), 0);
    assert_int_equal(Py_ReprEnter(o), 1);
    Py_ReprLeave(o);
    assert_int_equal(Py_ReprEnter(o), 0);
    Py_ReprLeave(o);
    Py_DECREF(o);
}

static void
test_recursion_guard_raises_recursion_error(void **state)
{
    int depth = 0;
    while (Py_EnterRecursiveCall(" in test") == 0)
        depth++;
    assert_int_equal(depth, rt_tstate()->recursion_limit);
    while (depth-- > 0)
        Py_LeaveRecursiveCall();
    assert_raised(PyExc_RecursionError, "maximum recursion depth exceeded in test");
    assert_int_equal(rt_tstate()->recursion_depth, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_type_ready_inherits_slots_and_flags),
        cmocka_unit_test(test_type_ready_gives_builtins_their_mro),
        cmocka_unit_test(test_type_modified_changes_the_version_tag),
        cmocka_unit_test(test_type_call_with_one_argument_gives_the_type),
        cmocka_unit_test(test_object_takes_no_arguments),
        cmocka_unit_test(test_singletons_have_cpython_reprs),
        cmocka_unit_test(test_unhashable_type_error_names_the_type),
        cmocka_unit_test(test_gc_tracking_links_and_unlinks),
        cmocka_unit_test(test_repr_recursion_guard_detects_reentry),
        cmocka_unit_test(test_recursion_guard_raises_recursion_error),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
