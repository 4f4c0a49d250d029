// test_memoryview.c: tests of runtime/objects/memoryview*.c and buffer.c: views share the
// exporter's memory (slicing a 100 MB bytearray allocates no copy, measured with the allocator's
// statistics), write through, honour the buffer request flags and block resizing while alive.
// Expected messages are CPython 3.11's.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"
#include "tests/unit/testing.h"

#define BIG ((Py_ssize_t)100 * 1024 * 1024)

// Bytes held by the pools (blocks in use times their class size).
static size_t
pool_bytes(const RtAllocStats *s)
{
    size_t total = 0;
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++)
        total += s->blocks_in_use[c] * (size_t)(c + 1) * RT_ALIGNMENT;
    return total;
}

// obj.name() (no arguments); a new reference or NULL.
static PyObject *
call_method(PyObject *obj, const char *name)
{
    PyObject *n = PyUnicode_FromString(name);
    PyObject *r = PyObject_CallMethodNoArgs(obj, n);
    Py_DECREF(n);
    return r;
}

// self[start:stop:step] through the mapping protocol; a new reference.
static PyObject *
slice_of(PyObject *self, long start, long stop, long step)
{
    PyObject *a = PyLong_FromLong(start), *b = PyLong_FromLong(stop), *c = PyLong_FromLong(step);
    PyObject *s = PySlice_New(a, b, c);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    assert_non_null(s);
    PyObject *r = PyObject_GetItem(self, s);
    Py_DECREF(s);
    assert_non_null(r);
    return r;
}

static int
points_into(PyObject *view, const char *start, Py_ssize_t len)
{
    const char *p = PyMemoryView_GET_BUFFER(view)->buf;
    return p >= start && p < start + len;
}

static void
test_memoryview_slices_of_100mb_bytearray_copy_nothing(void **state)
{
    PyObject *ba = PyByteArray_FromStringAndSize(NULL, BIG);
    assert_non_null(ba);
    char *data = PyByteArray_AS_STRING(ba);
    memset(data, 'x', (size_t)BIG);

    RtAllocStats before, after;
    rt_alloc_stats(&before);
    PyObject *mv = PyMemoryView_FromObject(ba);
    assert_non_null(mv);
    PyObject *middle = slice_of(mv, 10, BIG - 10, 1);
    PyObject *even = slice_of(middle, 0, BIG, 2);
    PyObject *back = slice_of(even, BIG, -BIG - 1, -3);
    assert_int_equal(PyObject_Size(middle), BIG - 20);
    assert_int_equal(PyObject_Size(even), (BIG - 20) / 2);
    // Writing through the strided view lands in the bytearray itself.
    PyObject *index = PyLong_FromLong(3), *value = PyLong_FromLong('Q');
    assert_int_equal(PyObject_SetItem(even, index, value), 0);
    Py_DECREF(index);
    Py_DECREF(value);
    rt_alloc_stats(&after);

    assert_int_equal(data[10 + 3 * 2], 'Q');
    assert_true(points_into(middle, data, BIG));
    assert_true(points_into(even, data, BIG));
    assert_true(points_into(back, data, BIG));
    // Four small objects, nothing near the 100 MB a copy would take.
    size_t grown = pool_bytes(&after) - pool_bytes(&before);
    print_message("slicing 100 MB: pools grew by %zu bytes, malloc'd blocks by %zd\n", grown,
                  (Py_ssize_t)(after.large_in_use - before.large_in_use));
    assert_true(grown < 1024 * 1024);
    const char *malloc_mode = getenv("KRAIT_MALLOC");
    if (malloc_mode == NULL || strcmp(malloc_mode, "malloc") != 0)
        assert_int_equal(after.large_in_use, before.large_in_use); // no malloc'd block at all

    PyObject *ro = PyMemoryView_FromObject(back);
    assert_non_null(ro);
    assert_true(points_into(ro, data, BIG));
    Py_DECREF(ro);
    Py_DECREF(back);
    Py_DECREF(even);
    Py_DECREF(middle);
    Py_DECREF(mv);
    Py_DECREF(ba);
}

static void
test_bytearray_cannot_resize_while_a_view_exists(void **state)
{
    PyObject *ba = PyByteArray_FromStringAndSize("abc", 3);
    PyObject *mv = PyMemoryView_FromObject(ba);
    PyObject *part = slice_of(mv, 1, 3, 1);
    assert_int_equal(PyByteArray_Resize(ba, 10), -1);
    assert_raised(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
    Py_DECREF(mv); // the slice still holds the exporter's buffer
    assert_int_equal(PyByteArray_Resize(ba, 10), -1);
    assert_raised(PyExc_BufferError, NULL);
    Py_DECREF(part);
    assert_int_equal(PyByteArray_Resize(ba, 10), 0);
    assert_int_equal(PyByteArray_GET_SIZE(ba), 10);
    assert_memory_equal(PyByteArray_AS_STRING(ba), "abc", 3);
    Py_DECREF(ba);
}

static void
test_memoryview_getbuffer_honours_request_flags(void **state)
{
    PyObject *ba = PyByteArray_FromStringAndSize("abcdef", 6);
    PyObject *mv = PyMemoryView_FromObject(ba);
    PyObject *strided = slice_of(mv, 0, 6, 2);
    Py_buffer view;

    assert_int_equal(PyObject_GetBuffer(strided, &view, PyBUF_SIMPLE), -1);
    assert_raised(PyExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
    assert_int_equal(PyObject_GetBuffer(strided, &view, PyBUF_FULL_RO), 0);
    assert_int_equal(view.len, 3);
    assert_int_equal(view.strides[0], 2);
    assert_string_equal(view.format, "B");
    char out[3];
    assert_int_equal(PyBuffer_ToContiguous(out, &view, 3, 'C'), 0);
    assert_memory_equal(out, "ace", 3);
    assert_int_equal(PyBuffer_FromContiguous(&view, "XYZ", 3, 'C'), 0);
    assert_memory_equal(PyByteArray_AS_STRING(ba), "XbYdZf", 6);
    PyBuffer_Release(&view);
    assert_null(view.obj);

    PyObject *bytes = PyBytes_FromString("ro"), *ro = PyMemoryView_FromObject(bytes);
    assert_int_equal(PyObject_GetBuffer(ro, &view, PyBUF_WRITABLE), -1);
    assert_raised(PyExc_BufferError, "memoryview: underlying buffer is not writable");
    assert_int_equal(PyObject_GetBuffer(ro, &view, PyBUF_SIMPLE | PyBUF_FORMAT), -1);
    assert_raised(PyExc_BufferError,
                  "memoryview: cannot cast to unsigned bytes if the format flag is present");
    Py_DECREF(ro);
    Py_DECREF(bytes);
    Py_DECREF(strided);
    Py_DECREF(mv);
    Py_DECREF(ba);
}

static void
test_memoryview_release_fails_while_its_buffer_is_exported(void **state)
{
    PyObject *ba = PyByteArray_FromStringAndSize("ab", 2);
    PyObject *mv = PyMemoryView_FromObject(ba);
    Py_buffer view;
    assert_int_equal(PyObject_GetBuffer(mv, &view, PyBUF_SIMPLE), 0);
    PyObject *r = call_method(mv, "release");
    assert_null(r);
    assert_raised(PyExc_BufferError, "memoryview has 1 exported buffer");
    PyBuffer_Release(&view);
    r = call_method(mv, "release");
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    assert_int_equal(PyByteArray_Resize(ba, 5), 0); // the exporter was released
    assert_int_equal(PyObject_Size(mv), -1);
    assert_raised(PyExc_ValueError, "operation forbidden on released memoryview object");
    Py_DECREF(mv);
    Py_DECREF(ba);
}

static void
test_buffer_fill_info_describes_a_byte_run(void **state)
{
    char mem[4] = "wxyz";
    Py_buffer view;
    assert_int_equal(PyBuffer_FillInfo(&view, NULL, mem, 4, 1, PyBUF_WRITABLE), -1);
    assert_raised(PyExc_BufferError, "Object is not writable.");
    assert_int_equal(PyBuffer_FillInfo(&view, NULL, mem, 4, 0, PyBUF_FULL), 0);
    assert_int_equal(view.ndim, 1);
    assert_int_equal(view.shape[0], 4);
    assert_int_equal(view.strides[0], 1);
    assert_string_equal(view.format, "B");
    assert_true(PyBuffer_IsContiguous(&view, 'C'));
    assert_true(PyBuffer_IsContiguous(&view, 'F'));
    assert_int_equal(PyBuffer_FillInfo(&view, NULL, mem, 4, 0, PyBUF_SIMPLE), 0);
    assert_null(view.shape);
    assert_null(view.format);
    assert_false(PyObject_CheckBuffer(Py_None));
    assert_int_equal(PyObject_GetBuffer(Py_None, &view, PyBUF_SIMPLE), -1);
    assert_raised(PyExc_TypeError, "a bytes-like object is required, not 'NoneType'");
}

static void
test_memoryview_from_memory_reads_and_writes_c_memory(void **state)
{
    char mem[3] = {1, 2, 3};
    PyObject *w = PyMemoryView_FromMemory(mem, 3, PyBUF_WRITE);
    PyObject *r = PyMemoryView_FromMemory(mem, 3, PyBUF_READ);
    assert_non_null(w);
    assert_non_null(r);
    PyObject *index = PyLong_FromLong(0), *value = PyLong_FromLong(200);
    assert_int_equal(PyObject_SetItem(w, index, value), 0);
    assert_int_equal((unsigned char)mem[0], 200);
    assert_int_equal(PyObject_SetItem(r, index, value), -1);
    assert_raised(PyExc_TypeError, "cannot modify read-only memory");
    PyObject *obj = PyObject_GetAttrString(r, "obj");
    assert_ptr_equal(obj, Py_None);
    Py_DECREF(obj);
    PyObject *list = call_method(r, "tolist");
    assert_repr(list, "[200, 2, 3]");
    Py_DECREF(list);
    Py_DECREF(index);
    Py_DECREF(value);
    Py_DECREF(w);
    Py_DECREF(r);
}

static void
test_buffer_copies_follow_fortran_order(void **state)
{
    // A 2x3 C-ordered array read in Fortran order walks the columns.
    char mem[6] = {'a', 'b', 'c', 'd', 'e', 'f'};
    Py_ssize_t shape[2] = {2, 3}, strides[2];
    PyBuffer_FillContiguousStrides(2, shape, strides, 1, 'C');
    assert_int_equal(strides[0], 3);
    assert_int_equal(strides[1], 1);
    Py_buffer view = {.buf = mem, .len = 6, .itemsize = 1, .ndim = 2, .shape = shape,
                      .strides = strides};
    assert_true(PyBuffer_IsContiguous(&view, 'C'));
    assert_false(PyBuffer_IsContiguous(&view, 'F'));
    char out[6];
    assert_int_equal(PyBuffer_ToContiguous(out, &view, 6, 'F'), 0);
    assert_memory_equal(out, "adbecf", 6);
    assert_int_equal(PyBuffer_ToContiguous(out, &view, 5, 'C'), -1);
    assert_raised(PyExc_ValueError, NULL);
    Py_ssize_t at[2] = {1, 2};
    assert_ptr_equal(PyBuffer_GetPointer(&view, at), mem + 5);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_memoryview_slices_of_100mb_bytearray_copy_nothing),
        cmocka_unit_test(test_bytearray_cannot_resize_while_a_view_exists),
        cmocka_unit_test(test_memoryview_getbuffer_honours_request_flags),
        cmocka_unit_test(test_memoryview_release_fails_while_its_buffer_is_exported),
        cmocka_unit_test(test_buffer_fill_info_describes_a_byte_run),
        cmocka_unit_test(test_memoryview_from_memory_reads_and_writes_c_memory),
        cmocka_unit_test(test_buffer_copies_follow_fortran_order),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
