// test_call.c: vm/call.c, argument binding, on functions whose code is assembled by hand
// (they return the tuple of their parameters), called from C. Expected values and TypeError
// messages come from CPython 3.11 calling the equivalent `def`.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "runtime/call.h"
#include "runtime/objects/func.h"
#include "tests/unit/vm/vm_testing.h"
#include "vm/opcode.h"

#define U(op, arg) ((PyCodeUnit)(OP_##op | ((arg) << 8)))

// A function `name` with parameters names[0 .. n) (argcount positional, posonly of them
// positional-only, kwonly keyword-only, then *args / **kwargs per flags) returning the tuple
// of its parameters.
static PyObject *
make_function(const char *name, int argcount, int posonly, int kwonly, int flags, int n,
              const char *const *names, PyObject *defaults, PyObject *kwdefaults)
{
    PyCodeUnit code[64];
    RtCodeLocation locs[64];
    int k = 0;
    code[k++] = U(RESUME, 0);
    for (int i = 0; i < n; i++)
        code[k++] = U(LOAD_FAST, i);
    code[k++] = U(BUILD_TUPLE, n);
    code[k++] = U(RETURN_VALUE, 0);
    for (int i = 0; i < k; i++)
        locs[i] = (RtCodeLocation){1, 1, 0, 1};
    PyObject *varnames = PyTuple_New(n);
    char kinds[16];
    for (int i = 0; i < n; i++) {
        PyTuple_SET_ITEM(varnames, i, PyUnicode_InternFromString(names[i]));
        kinds[i] = CO_FAST_LOCAL;
    }
    PyObject *kindbytes = PyBytes_FromStringAndSize(kinds, n);
    PyObject *empty = PyTuple_New(0);
    PyObject *nobytes = PyBytes_FromStringAndSize("", 0);
    PyObject *consts = PyTuple_Pack(1, Py_None);
    PyObject *file = PyUnicode_FromString("<call>");
    PyObject *qualname = PyUnicode_FromString(name);
    RtCodeSpec spec = {
        .filename = file,
        .name = qualname,
        .qualname = qualname,
        .flags = CO_OPTIMIZED | CO_NEWLOCALS | flags,
        .argcount = argcount,
        .posonlyargcount = posonly,
        .kwonlyargcount = kwonly,
        .stacksize = n > 0 ? n : 1,
        .firstlineno = 1,
        .code = code,
        .ncode = k,
        .consts = consts,
        .names = empty,
        .localsplusnames = varnames,
        .localspluskinds = kindbytes,
        .exceptiontable = nobytes,
        .locations = locs,
    };
    PyObject *co = (PyObject *)rt_code_new(&spec);
    assert_non_null(co);
    PyObject *g = test_globals();
    PyObject *f = PyFunction_New(co, g);
    assert_non_null(f);
    PyFunction_SetDefaults(f, defaults);
    PyFunction_SetKwDefaults(f, kwdefaults);
    Py_DECREF(g);
    Py_DECREF(co);
    Py_DECREF(varnames);
    Py_DECREF(kindbytes);
    Py_DECREF(empty);
    Py_DECREF(nobytes);
    Py_DECREF(consts);
    Py_DECREF(file);
    Py_DECREF(qualname);
    return f;
}

// Call f with the small ints pos[0 .. npos) and keyword arguments kw ("name=value" pairs of
// small ints given as names and values arrays).
static PyObject *
call(PyObject *f, int npos, const long *pos, int nkw, const char *const *kwn, const long *kwv)
{
    PyObject *args[16] = {NULL};
    for (int i = 0; i < npos; i++)
        args[i] = PyLong_FromLong(pos[i]);
    PyObject *kwnames = NULL;
    if (nkw) {
        kwnames = PyTuple_New(nkw);
        for (int i = 0; i < nkw; i++) {
            PyTuple_SET_ITEM(kwnames, i, PyUnicode_InternFromString(kwn[i]));
            args[npos + i] = PyLong_FromLong(kwv[i]);
        }
    }
    PyObject *r = rt_call_vector(f, args, (size_t)npos, kwnames);
    for (int i = 0; i < npos + nkw; i++)
        Py_DECREF(args[i]);
    Py_XDECREF(kwnames);
    return r;
}

static void
expect(PyObject *r, const char *repr)
{
    if (r == NULL) {
        PyErr_Print();
        fail();
    }
    assert_repr(r, repr);
    Py_DECREF(r);
}

// def f(a, b=2, *args, c, d=4, **kw): return (a, b, c, d, args, kw)
static PyObject *
full_signature(void)
{
    static const char *const names[] = {"a", "b", "c", "d", "args", "kw"};
    PyObject *defaults = tuple_of_longs(1, 2L);
    PyObject *kwdefaults = PyDict_New();
    PyObject *four = PyLong_FromLong(4);
    PyDict_SetItemString(kwdefaults, "d", four);
    PyObject *f =
        make_function("f", 2, 0, 2, CO_VARARGS | CO_VARKEYWORDS, 6, names, defaults, kwdefaults);
    Py_DECREF(four);
    Py_DECREF(defaults);
    Py_DECREF(kwdefaults);
    return f;
}

static void
test_call_binds_defaults_varargs_and_kwargs(void **state)
{
    PyObject *f = full_signature();
    static const long p1[] = {1}, p4[] = {1, 2, 3, 4}, k1[] = {3}, k2[] = {5, 6};
    static const char *const c[] = {"c"}, *const ce[] = {"c", "e"};
    expect(call(f, 1, p1, 1, c, k1), "(1, 2, 3, 4, (), {})");
    expect(call(f, 4, p4, 2, ce, k2), "(1, 2, 5, 4, (3, 4), {'e': 6})");
    Py_DECREF(f);
}

static void
test_call_keyword_binds_positional_parameter(void **state)
{
    PyObject *f = full_signature();
    static const long kv[] = {7, 8, 9};
    static const char *const kn[] = {"b", "a", "c"};
    expect(call(f, 0, NULL, 3, kn, kv), "(8, 7, 9, 4, (), {})");
    Py_DECREF(f);
}

static void
test_call_missing_keyword_only_argument(void **state)
{
    PyObject *f = full_signature();
    static const long p1[] = {1};
    assert_null(call(f, 1, p1, 0, NULL, NULL));
    assert_raised(PyExc_TypeError, "f() missing 1 required keyword-only argument: 'c'");
    Py_DECREF(f);
}

static void
test_call_multiple_values_for_argument(void **state)
{
    PyObject *f = full_signature();
    static const long p1[] = {1}, kv[] = {2, 3};
    static const char *const kn[] = {"a", "c"};
    assert_null(call(f, 1, p1, 2, kn, kv));
    assert_raised(PyExc_TypeError, "f() got multiple values for argument 'a'");
    Py_DECREF(f);
}

static void
test_call_positional_count_errors(void **state)
{
    static const char *const names[] = {"a", "b"};
    static const long p0[] = {0}, p3[] = {1, 2, 3}, p1[] = {1};
    PyObject *g = make_function("g", 2, 0, 0, 0, 2, names, NULL, NULL);
    assert_null(call(g, 3, p3, 0, NULL, NULL));
    assert_raised(PyExc_TypeError, "g() takes 2 positional arguments but 3 were given");
    assert_null(call(g, 0, p0, 0, NULL, NULL));
    assert_raised(PyExc_TypeError, "g() missing 2 required positional arguments: 'a' and 'b'");
    assert_null(call(g, 1, p1, 0, NULL, NULL));
    assert_raised(PyExc_TypeError, "g() missing 1 required positional argument: 'b'");
    Py_DECREF(g);
    PyObject *defaults = tuple_of_longs(1, 9L);
    PyObject *h = make_function("h", 2, 0, 0, 0, 2, names, defaults, NULL);
    assert_null(call(h, 3, p3, 0, NULL, NULL));
    assert_raised(PyExc_TypeError, "h() takes from 1 to 2 positional arguments but 3 were given");
    expect(call(h, 1, p1, 0, NULL, NULL), "(1, 9)");
    Py_DECREF(h);
    Py_DECREF(defaults);
    static const char *const one[] = {"x"};
    PyObject *k = make_function("k", 1, 0, 0, 0, 1, one, NULL, NULL);
    assert_null(call(k, 3, p3, 0, NULL, NULL));
    assert_raised(PyExc_TypeError, "k() takes 1 positional argument but 3 were given");
    Py_DECREF(k);
    PyObject *z = make_function("z", 0, 0, 0, 0, 0, NULL, NULL, NULL);
    assert_null(call(z, 1, p1, 0, NULL, NULL));
    assert_raised(PyExc_TypeError, "z() takes 0 positional arguments but 1 was given");
    Py_DECREF(z);
}

static void
test_call_too_many_with_keyword_only_given(void **state)
{
    // def f(a, *, k=1) called as f(1, 2, 3, k=3)
    static const char *const names[] = {"a", "k"};
    PyObject *kwdefaults = PyDict_New();
    PyObject *one = PyLong_FromLong(1);
    PyDict_SetItemString(kwdefaults, "k", one);
    PyObject *f = make_function("f", 1, 0, 1, 0, 2, names, NULL, kwdefaults);
    static const long p3[] = {1, 2, 3}, kv[] = {3};
    static const char *const kn[] = {"k"};
    assert_null(call(f, 3, p3, 1, kn, kv));
    assert_raised(PyExc_TypeError, "f() takes 1 positional argument but 3 positional arguments "
                                   "(and 1 keyword-only argument) were given");
    Py_DECREF(f);
    Py_DECREF(one);
    Py_DECREF(kwdefaults);
}

static void
test_call_unexpected_and_positional_only_keywords(void **state)
{
    // def f(a, /, b)
    static const char *const names[] = {"a", "b"};
    PyObject *f = make_function("f", 2, 1, 0, 0, 2, names, NULL, NULL);
    static const long kv[] = {1, 2}, p2[] = {1, 2}, z[] = {3};
    static const char *const ab[] = {"a", "b"}, *const zn[] = {"z"};
    assert_null(call(f, 0, NULL, 2, ab, kv));
    assert_raised(PyExc_TypeError,
                  "f() got some positional-only arguments passed as keyword arguments: 'a'");
    assert_null(call(f, 2, p2, 1, zn, z));
    assert_raised(PyExc_TypeError, "f() got an unexpected keyword argument 'z'");
    Py_DECREF(f);
}

static void
test_call_missing_keyword_only_names_are_joined(void **state)
{
    static const char *const names[] = {"k", "j", "i"};
    PyObject *f = make_function("f", 0, 0, 3, 0, 3, names, NULL, NULL);
    assert_null(call(f, 0, NULL, 0, NULL, NULL));
    assert_raised(PyExc_TypeError,
                  "f() missing 3 required keyword-only arguments: 'k', 'j', and 'i'");
    Py_DECREF(f);
}

static void
test_call_with_tuple_and_dict_goes_through_vectorcall(void **state)
{
    PyObject *f = full_signature();
    PyObject *args = tuple_of_longs(3, 1L, 2L, 3L);
    PyObject *kwargs = PyDict_New();
    PyObject *v = PyLong_FromLong(5);
    PyDict_SetItemString(kwargs, "c", v);
    PyDict_SetItemString(kwargs, "x", v);
    expect(PyObject_Call(f, args, kwargs), "(1, 2, 5, 4, (3,), {'x': 5})");
    Py_DECREF(v);
    Py_DECREF(kwargs);
    Py_DECREF(args);
    Py_DECREF(f);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_call_binds_defaults_varargs_and_kwargs),
        cmocka_unit_test(test_call_keyword_binds_positional_parameter),
        cmocka_unit_test(test_call_missing_keyword_only_argument),
        cmocka_unit_test(test_call_multiple_values_for_argument),
        cmocka_unit_test(test_call_positional_count_errors),
        cmocka_unit_test(test_call_too_many_with_keyword_only_given),
        cmocka_unit_test(test_call_unexpected_and_positional_only_keywords),
        cmocka_unit_test(test_call_missing_keyword_only_names_are_joined),
        cmocka_unit_test(test_call_with_tuple_and_dict_goes_through_vectorcall),
    };
    return cmocka_run_group_tests(tests, vm_test_setup, vm_test_teardown);
}
