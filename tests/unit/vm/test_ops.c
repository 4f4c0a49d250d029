// test_ops.c: vm/ops.c, ops_exc.c and ops_import.c called directly: operators with their
// fast paths, unpacking, f-string pieces, containers, name lookup errors, raising and
// chaining. Expected values and messages come from CPython 3.11.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tests/unit/vm/vm_testing.h"
#include "vm/ops.h"

static void
expect_steal(PyObject *o, const char *repr)
{
    if (o == NULL) {
        PyErr_Print();
        fail();
    }
    assert_repr(o, repr);
    Py_DECREF(o);
}

static void
test_ops_binary_op_every_operator_on_small_ints(void **state)
{
    // -7 <op> 3 for NB_ADD ... NB_XOR (skipping @), as CPython computes them.
    static const char *const expected[] = {"-4", "1",  "-3",   "-56", NULL,  "-21",
                                           "2",  "-5", "-343", "-1",  "-10", "-2.3333333333333335",
                                           "-6"};
    PyObject *a = PyLong_FromLong(-7), *b = PyLong_FromLong(3);
    for (int op = 0; op < 13; op++) {
        if (expected[op] == NULL)
            continue;
        expect_steal(vm_binary_op(op, a, b), expected[op]);
        expect_steal(vm_binary_op(op + 13, a, b), expected[op]); // the in-place form
    }
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_ops_binary_op_overflow_leaves_the_fast_path(void **state)
{
    PyObject *big = PyLong_FromLongLong(INT64_C(4611686018427387904)); // 2**62
    PyObject *max = PyLong_FromLongLong(INT64_MAX), *two = PyLong_FromLong(2);
    PyObject *min = PyLong_FromLongLong(INT64_MIN), *one = PyLong_FromLong(1);
    expect_steal(vm_binary_op(VM_NB_ADD, big, big), "9223372036854775808");
    expect_steal(vm_binary_op(VM_NB_MULTIPLY, max, two), "18446744073709551614");
    expect_steal(vm_binary_op(VM_NB_SUBTRACT, min, one), "-9223372036854775809");
    Py_DECREF(big);
    Py_DECREF(max);
    Py_DECREF(two);
    Py_DECREF(min);
    Py_DECREF(one);
}

static void
test_ops_binary_op_float_fast_path_matches_cpython(void **state)
{
    PyObject *a = PyFloat_FromDouble(0.1), *b = PyFloat_FromDouble(0.2);
    PyObject *big = PyFloat_FromDouble(1e308), *ten = PyFloat_FromDouble(10.0);
    PyObject *nz = PyFloat_FromDouble(-0.0), *zero = PyFloat_FromDouble(0.0);
    expect_steal(vm_binary_op(VM_NB_ADD, a, b), "0.30000000000000004");
    expect_steal(vm_binary_op(VM_NB_INPLACE_MULTIPLY, big, ten), "inf");
    expect_steal(vm_binary_op(VM_NB_SUBTRACT, nz, zero), "-0.0");
    expect_steal(vm_binary_op(VM_NB_TRUE_DIVIDE, b, a), "2.0");
    assert_null(vm_binary_op(VM_NB_TRUE_DIVIDE, ten, zero));
    assert_raised(PyExc_ZeroDivisionError, "float division by zero");
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(big);
    Py_DECREF(ten);
    Py_DECREF(nz);
    Py_DECREF(zero);
}

static void
test_ops_binary_op_errors_name_the_operator(void **state)
{
    PyObject *one = PyLong_FromLong(1), *zero = PyLong_FromLong(0), *s = PyUnicode_FromString("a");
    assert_null(vm_binary_op(VM_NB_ADD, one, s));
    assert_raised(PyExc_TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
    assert_null(vm_binary_op(VM_NB_FLOOR_DIVIDE, one, zero));
    assert_raised(PyExc_ZeroDivisionError, "integer division or modulo by zero");
    assert_null(vm_binary_op(VM_NB_INPLACE_SUBTRACT, s, one));
    assert_raised(PyExc_TypeError, "unsupported operand type(s) for -=: 'str' and 'int'");
    Py_DECREF(one);
    Py_DECREF(zero);
    Py_DECREF(s);
}

static void
test_ops_compare_op_fast_and_generic(void **state)
{
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *half = PyFloat_FromDouble(0.5), *s = PyUnicode_FromString("a");
    expect_steal(vm_compare_op(Py_LT, one, two), "True");
    expect_steal(vm_compare_op(Py_GE, one, two), "False");
    expect_steal(vm_compare_op(Py_GT, one, half), "True");
    expect_steal(vm_compare_op(Py_EQ, half, half), "True");
    assert_null(vm_compare_op(Py_LT, one, s));
    assert_raised(PyExc_TypeError, "'<' not supported between instances of 'int' and 'str'");
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(half);
    Py_DECREF(s);
}

static void
test_ops_unpack_iterable_stores_top_down(void **state)
{
    PyObject *t = tuple_of_longs(4, 1L, 2L, 3L, 4L);
    PyObject *sp[8] = {NULL};
    assert_int_equal(vm_unpack_iterable(t, 4, -1, sp), 0);
    assert_repr(sp[3], "1"); // the first item ends on top of the stack
    assert_repr(sp[0], "4");
    for (int i = 0; i < 4; i++)
        Py_DECREF(sp[i]);
    // a, *b, c
    assert_int_equal(vm_unpack_iterable(t, 1, 1, sp), 0);
    assert_repr(sp[2], "1");
    assert_repr(sp[1], "[2, 3]");
    assert_repr(sp[0], "4");
    for (int i = 0; i < 3; i++)
        Py_DECREF(sp[i]);
    assert_int_equal(vm_unpack_iterable(t, 3, 2, sp), -1);
    assert_raised(PyExc_ValueError, "not enough values to unpack (expected at least 5, got 4)");
    assert_int_equal(vm_unpack_iterable(t, 5, -1, sp), -1);
    assert_raised(PyExc_ValueError, "not enough values to unpack (expected 5, got 4)");
    assert_int_equal(vm_unpack_iterable(t, 2, -1, sp), -1);
    assert_raised(PyExc_ValueError, "too many values to unpack (expected 2)");
    Py_DECREF(t);
    PyObject *n = PyFloat_FromDouble(1.0);
    assert_int_equal(vm_unpack_iterable(n, 2, -1, sp), -1);
    assert_raised(PyExc_TypeError, "cannot unpack non-iterable float object");
    Py_DECREF(n);
}

static void
test_ops_format_value_conversions(void **state)
{
    PyObject *e = PyUnicode_FromString("\xc3\xa9"); // é
    expect_steal(vm_format_value(e, 0, NULL), "'é'");
    expect_steal(vm_format_value(e, 2, NULL), "\"'é'\"");
    expect_steal(vm_format_value(e, 3, NULL), "\"'\\\\xe9'\"");
    PyObject *f = PyFloat_FromDouble(1.5);
    expect_steal(vm_format_value(f, 1, NULL), "'1.5'");
    expect_steal(vm_format_value(f, 0, NULL), "'1.5'");
    Py_DECREF(e);
    Py_DECREF(f);
}

static void
test_ops_build_string_mixes_widths(void **state)
{
    PyObject *pieces[3] = {PyUnicode_FromString("ab"), PyUnicode_FromString("\xe2\x82\xac"),
                           PyUnicode_FromString("\xf0\x9f\x90\x8d")};
    PyObject *s = vm_build_string(pieces, 3);
    assert_string_equal(PyUnicode_AsUTF8(s), "ab\xe2\x82\xac\xf0\x9f\x90\x8d");
    assert_int_equal(PyUnicode_GET_LENGTH(s), 4);
    PyObject *ascii = PyUnicode_FromString("ab\xe2\x82\xac\xf0\x9f\x90\x8d");
    assert_int_equal(PyObject_RichCompareBool(s, ascii, Py_EQ), 1);
    Py_DECREF(ascii);
    Py_DECREF(s);
    s = vm_build_string(pieces, 1);
    assert_repr(s, "'ab'");
    Py_DECREF(s);
    for (int i = 0; i < 3; i++)
        Py_DECREF(pieces[i]);
}

static void
test_ops_build_containers(void **state)
{
    PyObject *items[4] = {PyUnicode_FromString("a"), PyLong_FromLong(1), PyUnicode_FromString("b"),
                          PyLong_FromLong(2)};
    expect_steal(vm_build_map(items, 2), "{'a': 1, 'b': 2}");
    expect_steal(vm_build_set(items + 1, 1), "{1}");
    PyObject *keys = PyTuple_Pack(2, items[0], items[2]);
    PyObject *values[2] = {items[1], items[3]};
    expect_steal(vm_build_const_key_map(keys, values, 2), "{'a': 1, 'b': 2}");
    assert_null(vm_build_const_key_map(keys, values, 1));
    assert_raised(PyExc_SystemError, NULL);
    Py_DECREF(keys);
    for (int i = 0; i < 4; i++)
        Py_DECREF(items[i]);
}

static void
test_ops_name_lookup_errors(void **state)
{
    PyObject *g = PyDict_New(), *b = PyDict_New();
    PyObject *name = PyUnicode_InternFromString("missing_name");
    assert_null(vm_load_global(g, b, name));
    assert_raised(PyExc_NameError, "name 'missing_name' is not defined");
    assert_null(vm_load_name(NULL, g, b, name));
    assert_raised(PyExc_SystemError, "no locals when loading 'missing_name'");
    assert_int_equal(vm_store_name(g, name, NULL), -1);
    assert_raised(PyExc_NameError, "name 'missing_name' is not defined");
    assert_int_equal(vm_delete_global(g, name), -1);
    assert_raised(PyExc_NameError, "name 'missing_name' is not defined");
    PyObject *one = PyLong_FromLong(1);
    PyDict_SetItem(b, name, one);
    expect_steal(vm_load_name(g, g, b, name), "1");
    Py_DECREF(one);
    Py_DECREF(g);
    Py_DECREF(b);
}

static void
test_ops_raise_while_handling_chains_context_without_cycles(void **state)
{
    // The chaining itself is PyErr_SetObject's: the handled exception is the runtime's.
    VmThreadState *vs = vm_tstate();
    RtExcStackItem *handled = rt_tstate()->exc_info;
    PyObject *a = PyObject_CallNoArgs(PyExc_ValueError);
    PyObject *b = PyObject_CallNoArgs(PyExc_TypeError);
    handled->exc_value = Py_NewRef(a);
    assert_int_equal(vm_do_raise(vs, Py_NewRef(b), NULL), 0); // b.__context__ = a
    assert_ptr_equal(rt_tstate()->current_exception, b);
    PyErr_Clear();
    assert_ptr_equal(((PyBaseExceptionObject *)b)->context, a);
    Py_SETREF(handled->exc_value, Py_NewRef(b));
    assert_int_equal(vm_do_raise(vs, Py_NewRef(a), NULL), 0); // a -> b -> a: b loses its
    PyErr_Clear();
    assert_ptr_equal(((PyBaseExceptionObject *)a)->context, b);
    assert_null(((PyBaseExceptionObject *)b)->context);
    Py_SETREF(handled->exc_value, Py_NewRef(a));
    assert_int_equal(vm_do_raise(vs, Py_NewRef(a), NULL), 0); // never its own context
    PyErr_Clear();
    assert_ptr_equal(((PyBaseExceptionObject *)a)->context, b);
    assert_int_equal(vm_do_raise(vs, NULL, NULL), 1); // bare raise: the handled one
    assert_ptr_equal(rt_tstate()->current_exception, a);
    PyErr_Clear();
    Py_CLEAR(handled->exc_value);
    PyException_SetContext(a, NULL);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_ops_do_raise_forms(void **state)
{
    VmThreadState *vs = vm_tstate();
    assert_int_equal(vm_do_raise(vs, NULL, NULL), 0);
    assert_raised(PyExc_RuntimeError, "No active exception to reraise");
    assert_int_equal(vm_do_raise(vs, Py_NewRef(PyExc_KeyError), NULL), 0);
    assert_raised(PyExc_KeyError, "");
    assert_int_equal(vm_do_raise(vs, PyLong_FromLong(3), NULL), 0);
    assert_raised(PyExc_TypeError, "exceptions must derive from BaseException");
    assert_int_equal(vm_do_raise(vs, Py_NewRef(PyExc_KeyError), PyLong_FromLong(3)), 0);
    assert_raised(PyExc_TypeError, "exception causes must derive from BaseException");
    // raise X from Y: Y is instantiated and __suppress_context__ set.
    assert_int_equal(vm_do_raise(vs, Py_NewRef(PyExc_KeyError), Py_NewRef(PyExc_ValueError)), 0);
    PyObject *exc = PyErr_GetRaisedException();
    PyBaseExceptionObject *e = (PyBaseExceptionObject *)exc;
    assert_true(Py_IS_TYPE(e->cause, (PyTypeObject *)PyExc_ValueError));
    assert_int_equal(e->suppress_context, 1);
    Py_DECREF(exc);
}

static void
test_ops_check_except_type(void **state)
{
    PyObject *t = PyTuple_Pack(2, PyExc_KeyError, PyExc_ValueError);
    assert_int_equal(vm_check_except_type_valid(t), 0);
    assert_int_equal(vm_check_except_type_valid(PyExc_KeyError), 0);
    Py_DECREF(t);
    t = PyTuple_Pack(2, PyExc_KeyError, Py_None);
    assert_int_equal(vm_check_except_type_valid(t), -1);
    assert_raised(PyExc_TypeError,
                  "catching classes that do not inherit from BaseException is not allowed");
    Py_DECREF(t);
}

static void
test_ops_unbound_errors_by_kind(void **state)
{
    PyObject *g = test_globals();
    assert_null(run_source("def f():\n    del x\n    x = 1\nf()", "<test>", g));
    assert_raised(PyExc_UnboundLocalError,
                  "cannot access local variable 'x' where it is not associated with a value");
    Py_DECREF(g);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ops_binary_op_every_operator_on_small_ints),
        cmocka_unit_test(test_ops_binary_op_overflow_leaves_the_fast_path),
        cmocka_unit_test(test_ops_binary_op_float_fast_path_matches_cpython),
        cmocka_unit_test(test_ops_binary_op_errors_name_the_operator),
        cmocka_unit_test(test_ops_compare_op_fast_and_generic),
        cmocka_unit_test(test_ops_unpack_iterable_stores_top_down),
        cmocka_unit_test(test_ops_format_value_conversions),
        cmocka_unit_test(test_ops_build_string_mixes_widths),
        cmocka_unit_test(test_ops_build_containers),
        cmocka_unit_test(test_ops_name_lookup_errors),
        cmocka_unit_test(test_ops_raise_while_handling_chains_context_without_cycles),
        cmocka_unit_test(test_ops_do_raise_forms),
        cmocka_unit_test(test_ops_check_except_type),
        cmocka_unit_test(test_ops_unbound_errors_by_kind),
    };
    return cmocka_run_group_tests(tests, vm_test_setup, vm_test_teardown);
}
