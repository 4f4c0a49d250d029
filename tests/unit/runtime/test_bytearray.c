// test_bytearray.c: tests of runtime/objects/bytearray.c's C API: construction, CPython's
// over-allocation (the __alloc__() values CPython 3.11 prints), concatenation, slice
// replacement from inside the array itself, and the type checks of the accessors.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"
#include "tests/unit/testing.h"

static Py_ssize_t
alloc_of(PyObject *ba)
{
    return ((PyByteArrayObject *)ba)->ob_alloc;
}

static void
test_bytearray_from_string_and_size_copies(void **state)
{
    PyObject *ba = PyByteArray_FromStringAndSize("abc", 3);
    assert_non_null(ba);
    assert_true(PyByteArray_CheckExact(ba));
    assert_int_equal(PyByteArray_GET_SIZE(ba), 3);
    assert_string_equal(PyByteArray_AS_STRING(ba), "abc"); // NUL-terminated
    assert_repr(ba, "bytearray(b'abc')");
    assert_int_equal(alloc_of(ba), 4);
    Py_DECREF(ba);
    PyObject *empty = PyByteArray_FromStringAndSize(NULL, 0);
    assert_int_equal(alloc_of(empty), 0);
    assert_string_equal(PyByteArray_AS_STRING(empty), "");
    Py_DECREF(empty);
    assert_null(PyByteArray_FromStringAndSize("x", -1));
    assert_raised(PyExc_SystemError, "Negative size passed to PyByteArray_FromStringAndSize");
}

static void
test_bytearray_resize_over_allocates_like_cpython(void **state)
{
    // python3: b = bytearray(); [b.append(0) or b.__alloc__() for _ in range(12)]
    static const Py_ssize_t expected[] = {2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19};
    PyObject *ba = PyByteArray_FromStringAndSize(NULL, 0);
    for (Py_ssize_t i = 0; i < 12; i++) {
        assert_int_equal(PyByteArray_Resize(ba, i + 1), 0);
        assert_int_equal(alloc_of(ba), expected[i]);
    }
    // A big jump takes the exact size; shrinking below half the block reallocates.
    assert_int_equal(PyByteArray_Resize(ba, 100), 0);
    assert_int_equal(alloc_of(ba), 101);
    assert_int_equal(PyByteArray_Resize(ba, 60), 0);
    assert_int_equal(alloc_of(ba), 101);
    assert_int_equal(PyByteArray_Resize(ba, 30), 0);
    assert_int_equal(alloc_of(ba), 31);
    assert_int_equal(PyByteArray_Resize(ba, -1), -1);
    assert_raised(PyExc_SystemError, NULL);
    Py_DECREF(ba);
}

static void
test_bytearray_setslice_from_itself(void **state)
{
    PyObject *ba = PyByteArray_FromStringAndSize("abcdef", 6);
    // Insert the whole array into its own middle: the source moves as the array grows.
    assert_int_equal(rt_bytearray_setslice(ba, 3, 3, PyByteArray_AS_STRING(ba), 6), 0);
    assert_repr(ba, "bytearray(b'abcabcdefdef')");
    // Deleting a prefix only moves the start.
    assert_int_equal(rt_bytearray_setslice(ba, 0, 4, NULL, 0), 0);
    assert_repr(ba, "bytearray(b'bcdefdef')");
    assert_int_equal(alloc_of(ba), 13);
    Py_DECREF(ba);
}

static void
test_bytearray_concat_takes_any_buffer(void **state)
{
    PyObject *a = PyBytes_FromString("ab"), *b = PyByteArray_FromStringAndSize("cd", 2);
    PyObject *r = PyByteArray_Concat(a, b);
    assert_repr(r, "bytearray(b'abcd')");
    Py_DECREF(r);
    PyObject *s = PyUnicode_FromString("x");
    assert_null(PyByteArray_Concat(b, s));
    assert_raised(PyExc_TypeError, "can't concat str to bytearray");
    Py_DECREF(s);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_bytearray_accessors_check_the_type(void **state)
{
    PyObject *b = PyBytes_FromString("x");
    assert_null(PyByteArray_AsString(b));
    assert_raised(PyExc_TypeError, "expected bytearray, bytes found");
    assert_int_equal(PyByteArray_Size(b), -1);
    assert_raised(PyExc_TypeError, NULL);
    PyObject *ba = PyByteArray_FromObject(b);
    assert_repr(ba, "bytearray(b'x')");
    assert_int_equal(PyByteArray_Size(ba), 1);
    assert_true(PyObject_CheckBuffer(ba));
    assert_int_equal(PyObject_Hash(ba), -1);
    assert_raised(PyExc_TypeError, "unhashable type: 'bytearray'");
    Py_DECREF(ba);
    Py_DECREF(b);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bytearray_from_string_and_size_copies),
        cmocka_unit_test(test_bytearray_resize_over_allocates_like_cpython),
        cmocka_unit_test(test_bytearray_setslice_from_itself),
        cmocka_unit_test(test_bytearray_concat_takes_any_buffer),
        cmocka_unit_test(test_bytearray_accessors_check_the_type),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
