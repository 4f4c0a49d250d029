// test_func.c: runtime/objects/func.c (function, cell and method objects) without the VM:
// creation, attributes, reprs, bound methods of C callables. Running Python functions is
// tested with the VM (tests/unit/vm). Expected strings come from CPython 3.11.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "runtime/call.h"
#include "runtime/objects/code.h"
#include "runtime/objects/func.h"
#include "runtime/objects/methodobject.h"
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

// A one-item tuple holding the str s.
static PyObject *
tuple_of_str(const char *s)
{
    PyObject *v = PyUnicode_FromString(s);
    PyObject *t = PyTuple_Pack(1, v);
    Py_DECREF(v);
    return t;
}

// A code object named `name` that returns None, with doc as its first constant (or None).
static PyObject *
make_code(const char *name, const char *qualname, const char *doc)
{
    // RESUME 0; LOAD_CONST 0; RETURN_VALUE (opcode numbers of vm/opcodes.def)
    PyCodeUnit code[] = {(PyCodeUnit)151, (PyCodeUnit)100, (PyCodeUnit)83};
    RtCodeLocation locs[3] = {{1, 1, 0, 1}, {1, 1, 0, 1}, {1, 1, 0, 1}};
    PyObject *consts = doc != NULL ? tuple_of_str(doc) : PyTuple_Pack(1, Py_None);
    PyObject *empty = PyTuple_New(0);
    PyObject *kinds = PyBytes_FromStringAndSize("", 0);
    PyObject *file = PyUnicode_FromString("f.py");
    PyObject *n = PyUnicode_FromString(name), *q = PyUnicode_FromString(qualname);
    RtCodeSpec spec = {
        .filename = file,
        .name = n,
        .qualname = q,
        .flags = CO_OPTIMIZED | CO_NEWLOCALS,
        .stacksize = 1,
        .firstlineno = 1,
        .code = code,
        .ncode = 3,
        .consts = consts,
        .names = empty,
        .localsplusnames = empty,
        .localspluskinds = kinds,
        .exceptiontable = kinds,
        .locations = locs,
    };
    PyObject *co = (PyObject *)rt_code_new(&spec);
    Py_DECREF(consts);
    Py_DECREF(empty);
    Py_DECREF(kinds);
    Py_DECREF(file);
    Py_DECREF(n);
    Py_DECREF(q);
    return co;
}

static PyObject *
main_globals(void)
{
    PyObject *g = PyDict_New();
    PyObject *name = PyUnicode_FromString("__main__");
    PyDict_SetItemString(g, "__name__", name);
    Py_DECREF(name);
    return g;
}

static PyObject *
new_function(const char *name, const char *qualname, const char *doc)
{
    PyObject *co = make_code(name, qualname, doc);
    PyObject *g = main_globals();
    PyObject *f = PyFunction_New(co, g);
    Py_DECREF(co);
    Py_DECREF(g);
    return f;
}

static void
assert_repr_prefix(PyObject *o, const char *prefix)
{
    PyObject *r = PyObject_Repr(o);
    assert_non_null(r);
    if (strncmp(PyUnicode_AsUTF8(r), prefix, strlen(prefix)) != 0)
        fail_msg("repr %s does not start with %s", PyUnicode_AsUTF8(r), prefix);
    Py_DECREF(r);
}

static void
test_func_repr_uses_qualname(void **state)
{
    PyObject *f = new_function("inner", "outer.<locals>.inner", NULL);
    assert_non_null(f);
    assert_repr_prefix(f, "<function outer.<locals>.inner at 0x");
    Py_DECREF(f);
}

static void
test_func_attributes_come_from_code_and_globals(void **state)
{
    PyObject *f = new_function("f", "f", "the doc");
    PyObject *v = PyObject_GetAttrString(f, "__name__");
    assert_repr(v, "'f'");
    Py_DECREF(v);
    v = PyObject_GetAttrString(f, "__module__");
    assert_repr(v, "'__main__'");
    Py_DECREF(v);
    v = PyObject_GetAttrString(f, "__doc__");
    assert_repr(v, "'the doc'");
    Py_DECREF(v);
    v = PyObject_GetAttrString(f, "__defaults__");
    assert_ptr_equal(v, Py_None);
    Py_DECREF(v);
    Py_DECREF(f);
}

static void
test_func_doc_is_none_without_string_constant(void **state)
{
    PyObject *f = new_function("f", "f", NULL);
    PyObject *v = PyObject_GetAttrString(f, "__doc__");
    assert_ptr_equal(v, Py_None);
    Py_DECREF(v);
    Py_DECREF(f);
}

static void
test_func_set_defaults_rejects_non_tuple(void **state)
{
    PyObject *f = new_function("f", "f", NULL);
    PyObject *one = PyLong_FromLong(1);
    assert_int_equal(PyObject_SetAttrString(f, "__defaults__", one), -1);
    assert_raised(PyExc_TypeError, "__defaults__ must be set to a tuple object");
    assert_int_equal(PyObject_SetAttrString(f, "__kwdefaults__", one), -1);
    assert_raised(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
    assert_int_equal(PyObject_SetAttrString(f, "__name__", one), -1);
    assert_raised(PyExc_TypeError, "__name__ must be set to a string object");
    Py_DECREF(one);
    Py_DECREF(f);
}

static void
test_func_call_before_vm_raises_system_error(void **state)
{
    if (rt_function_vectorcall_hook != NULL)
        skip();
    PyObject *f = new_function("f", "f", NULL);
    assert_null(rt_call_vector(f, NULL, 0, NULL));
    assert_raised(PyExc_SystemError, "Python functions cannot run before vm_init()");
    Py_DECREF(f);
}

static void
test_func_descr_get_binds_to_instance(void **state)
{
    PyObject *f = new_function("f", "f", NULL);
    PyObject *one = PyLong_FromLong(1);
    PyObject *m = Py_TYPE(f)->tp_descr_get(f, one, (PyObject *)&PyLong_Type);
    assert_true(PyMethod_Check(m));
    assert_repr(m, "<bound method f of 1>");
    PyObject *same = Py_TYPE(f)->tp_descr_get(f, NULL, (PyObject *)&PyLong_Type);
    assert_ptr_equal(same, f);
    Py_DECREF(same);
    Py_DECREF(m);
    Py_DECREF(one);
    Py_DECREF(f);
}

static PyObject *
c_len(PyObject *self, PyObject *o)
{
    Py_ssize_t n = PyObject_Size(o);
    return n < 0 ? NULL : PyLong_FromSsize_t(n);
}

static PyMethodDef len_def = {"len", c_len, METH_O, NULL};

static void
test_method_of_c_function_passes_self_first(void **state)
{
    PyObject *len = PyCFunction_New(&len_def, NULL);
    PyObject *abc = PyUnicode_FromString("abc");
    PyObject *m = PyMethod_New(len, abc);
    assert_repr(m, "<bound method len of 'abc'>");
    PyObject *r = rt_call_vector(m, NULL, 0, NULL);
    assert_repr(r, "3");
    Py_DECREF(r);
    PyObject *self = PyObject_GetAttrString(m, "__self__");
    assert_ptr_equal(self, abc);
    Py_DECREF(self);
    PyObject *func = PyObject_GetAttrString(m, "__func__");
    assert_ptr_equal(func, len);
    Py_DECREF(func);
    Py_DECREF(m);
    Py_DECREF(abc);
    Py_DECREF(len);
}

static void
test_method_equality_needs_the_same_self(void **state)
{
    PyObject *f = new_function("f", "f", NULL);
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *a = PyMethod_New(f, one), *b = PyMethod_New(f, one), *c = PyMethod_New(f, two);
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(a, c, Py_EQ), 0);
    assert_int_equal(PyObject_Hash(a), PyObject_Hash(b));
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(f);
}

static void
test_cell_repr_shows_content_or_empty(void **state)
{
    PyObject *empty = PyCell_New(NULL);
    PyObject *r = PyObject_Repr(empty);
    const char *s = PyUnicode_AsUTF8(r);
    assert_true(strncmp(s, "<cell at 0x", 11) == 0);
    assert_string_equal(s + strlen(s) - 8, ": empty>");
    Py_DECREF(r);
    PyObject *five = PyLong_FromLong(5);
    PyObject *full = PyCell_New(five);
    r = PyObject_Repr(full);
    assert_non_null(strstr(PyUnicode_AsUTF8(r), ": int object at 0x"));
    Py_DECREF(r);
    Py_DECREF(empty);
    Py_DECREF(full);
    Py_DECREF(five);
}

static void
test_cell_get_set_and_compare(void **state)
{
    PyObject *three = PyLong_FromLong(3), *five = PyLong_FromLong(5);
    PyObject *c = PyCell_New(NULL), *d = PyCell_New(five), *e = PyCell_New(three);
    assert_null(PyCell_Get(c));
    assert_null(PyErr_Occurred());
    // An empty cell sorts first; full cells compare their contents.
    assert_int_equal(PyObject_RichCompareBool(c, d, Py_LT), 1);
    assert_int_equal(PyObject_RichCompareBool(e, d, Py_LT), 1);
    assert_int_equal(PyCell_Set(c, five), 0);
    assert_int_equal(PyObject_RichCompareBool(c, d, Py_EQ), 1);
    PyObject *v = PyCell_Get(c);
    assert_ptr_equal(v, five);
    Py_DECREF(v);
    assert_int_equal(PyCell_Set(five, NULL), -1);
    assert_raised(PyExc_SystemError, NULL);
    Py_DECREF(c);
    Py_DECREF(d);
    Py_DECREF(e);
    Py_DECREF(three);
    Py_DECREF(five);
}

static void
test_cell_contents_attribute_and_constructor(void **state)
{
    PyObject *args = PyTuple_New(0);
    PyObject *c = PyObject_Call((PyObject *)&PyCell_Type, args, NULL);
    Py_DECREF(args);
    assert_non_null(c);
    assert_null(PyObject_GetAttrString(c, "cell_contents"));
    assert_raised(PyExc_ValueError, "Cell is empty");
    PyObject *three = PyLong_FromLong(3);
    assert_int_equal(PyObject_SetAttrString(c, "cell_contents", three), 0);
    PyObject *v = PyObject_GetAttrString(c, "cell_contents");
    assert_ptr_equal(v, three);
    Py_DECREF(v);
    assert_int_equal(PyObject_SetAttrString(c, "cell_contents", NULL), 0);
    assert_null(PyCell_GET(c));
    args = PyTuple_Pack(2, three, three);
    assert_null(PyObject_Call((PyObject *)&PyCell_Type, args, NULL));
    assert_raised(PyExc_TypeError, "cell expected at most 1 argument, got 2");
    Py_DECREF(args);
    Py_DECREF(three);
    Py_DECREF(c);
}

static void
test_method_type_constructor_checks_arguments(void **state)
{
    PyObject *one = PyLong_FromLong(1);
    PyObject *args = PyTuple_Pack(2, one, one);
    assert_null(PyObject_Call((PyObject *)&PyMethod_Type, args, NULL));
    assert_raised(PyExc_TypeError, "first argument must be callable");
    Py_DECREF(args);
    PyObject *len = PyCFunction_New(&len_def, NULL);
    args = PyTuple_Pack(2, len, Py_None);
    assert_null(PyObject_Call((PyObject *)&PyMethod_Type, args, NULL));
    assert_raised(PyExc_TypeError, "instance must not be None");
    Py_DECREF(args);
    args = PyTuple_Pack(1, len);
    assert_null(PyObject_Call((PyObject *)&PyMethod_Type, args, NULL));
    assert_raised(PyExc_TypeError, "method expected 2 arguments, got 1");
    Py_DECREF(args);
    Py_DECREF(len);
    Py_DECREF(one);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_func_repr_uses_qualname),
        cmocka_unit_test(test_func_attributes_come_from_code_and_globals),
        cmocka_unit_test(test_func_doc_is_none_without_string_constant),
        cmocka_unit_test(test_func_set_defaults_rejects_non_tuple),
        cmocka_unit_test(test_func_call_before_vm_raises_system_error),
        cmocka_unit_test(test_func_descr_get_binds_to_instance),
        cmocka_unit_test(test_method_of_c_function_passes_self_first),
        cmocka_unit_test(test_method_equality_needs_the_same_self),
        cmocka_unit_test(test_cell_repr_shows_content_or_empty),
        cmocka_unit_test(test_cell_get_set_and_compare),
        cmocka_unit_test(test_cell_contents_attribute_and_constructor),
        cmocka_unit_test(test_method_type_constructor_checks_arguments),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
