// test_genobject.c: vm/genobject.c (generators made from frames, resuming them, send/throw/
// close and finalization, PyIter_Send, StopIteration values), with genobject_coro.c's
// awaitable lookup and genobject_async.c's wrapped values.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tests/unit/vm/vm_testing.h"
#include "vm/genobject.h"

// Run src in the suite's globals; the test fails with the error if it raises.
static void
exec_ok(const char *src)
{
    char error[512];
    if (vm_test_execute(src, error, sizeof error) < 0)
        fail_msg("%s", error);
}

// The global `name` (borrowed).
static PyObject *
global(const char *name)
{
    PyObject *v = PyDict_GetItemString(vm_test_globals, name);
    assert_non_null(v);
    return v;
}

// A new generator object from calling the global function `name` with no arguments.
static PyGenObject *
call_global(const char *name)
{
    PyObject *g = PyObject_CallNoArgs(global(name));
    assert_non_null(g);
    return (PyGenObject *)g;
}

static void
test_gen_new_from_frame_moves_the_frame_into_the_generator(void **state)
{
    exec_ok("def gen(a=[1]):\n    b = a\n    yield b\n");
    PyObject *func = global("gen");
    PyObject *dflt = PyTuple_GET_ITEM(((PyFunctionObject *)func)->func_defaults, 0);
    Py_ssize_t before = Py_REFCNT(dflt);
    PyGenObject *g = call_global("gen");
    assert_true(PyGen_CheckExact(g));
    assert_int_equal(g->gi_frame_state, VM_GEN_CREATED);
    Frame *f = vm_gen_frame(g);
    assert_int_equal(f->owner, FRAME_OWNED_BY_GENERATOR);
    assert_ptr_equal(f->func, func);
    assert_null(f->previous);
    assert_ptr_equal(vm_gen_from_frame(f), g);
    // The argument is held once, by the generator's frame: nothing leaked or lost in the move.
    assert_int_equal(Py_REFCNT(dflt), before + 1);
    assert_ptr_equal(f->localsplus[0], dflt);
    Py_DECREF(g);
    assert_int_equal(Py_REFCNT(dflt), before);
}

static void
test_gen_resume_yields_then_clears_the_frame(void **state)
{
    exec_ok("def gen():\n    x = yield 1\n    yield x * 2\n    return 'done'\n");
    PyGenObject *g = call_global("gen");
    PyObject *r;
    assert_int_equal(vm_gen_send_ex2(g, Py_None, &r, 0, 0), PYGEN_NEXT);
    assert_repr(r, "1");
    Py_DECREF(r);
    assert_int_equal(g->gi_frame_state, VM_GEN_SUSPENDED);
    PyObject *five = PyLong_FromLong(5);
    assert_int_equal(PyIter_Send((PyObject *)g, five, &r), PYGEN_NEXT);
    assert_repr(r, "10");
    Py_DECREF(r);
    assert_int_equal(PyIter_Send((PyObject *)g, Py_None, &r), PYGEN_RETURN);
    assert_repr(r, "'done'");
    Py_DECREF(r);
    assert_int_equal(g->gi_frame_state, VM_GEN_CLEARED);
    assert_null(vm_gen_frame(g)->func);
    // A finished generator: send() returns None, __next__ ends quietly.
    assert_int_equal(vm_gen_send_ex2(g, five, &r, 0, 0), PYGEN_RETURN);
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    assert_int_equal(vm_gen_send_ex2(g, NULL, &r, 0, 0), PYGEN_ERROR);
    assert_null(r);
    assert_null(PyErr_Occurred());
    Py_DECREF(five);
    Py_DECREF(g);
}

static void
test_gen_first_send_must_be_none(void **state)
{
    exec_ok("def gen():\n    yield\n");
    PyGenObject *g = call_global("gen");
    PyObject *r;
    assert_int_equal(vm_gen_send_ex2(g, Py_True, &r, 0, 0), PYGEN_ERROR);
    assert_raised(PyExc_TypeError, "can't send non-None value to a just-started generator");
    assert_int_equal(g->gi_frame_state, VM_GEN_CREATED);
    Py_DECREF(g);
}

static void
test_iter_send_drives_plain_iterators_and_send_methods(void **state)
{
    exec_ok("it = iter([7])\n"
            "class S:\n"
            "    def __iter__(self): return self\n"
            "    def __next__(self): return 'next'\n"
            "    def send(self, v):\n"
            "        if v == 0: raise StopIteration(('t', 'u'))\n"
            "        return v + 1\n"
            "s = S()\n");
    PyObject *r, *one = PyLong_FromLong(1), *zero = PyLong_FromLong(0);
    assert_int_equal(PyIter_Send(global("it"), Py_None, &r), PYGEN_NEXT);
    assert_repr(r, "7");
    Py_DECREF(r);
    assert_int_equal(PyIter_Send(global("it"), Py_None, &r), PYGEN_RETURN);
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    assert_int_equal(PyIter_Send(global("s"), Py_None, &r), PYGEN_NEXT);
    assert_repr(r, "'next'");
    Py_DECREF(r);
    assert_int_equal(PyIter_Send(global("s"), one, &r), PYGEN_NEXT);
    assert_repr(r, "2");
    Py_DECREF(r);
    assert_int_equal(PyIter_Send(global("s"), zero, &r), PYGEN_RETURN);
    assert_repr(r, "('t', 'u')");
    Py_DECREF(r);
    assert_int_equal(PyIter_Send(global("it"), one, &r), PYGEN_ERROR);
    assert_raised(PyExc_AttributeError, "'list_iterator' object has no attribute 'send'");
    Py_DECREF(one);
    Py_DECREF(zero);
}

static void
test_gen_stop_iteration_value_round_trips_tuples(void **state)
{
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *t = PyTuple_Pack(2, one, two);
    Py_DECREF(one);
    Py_DECREF(two);
    PyErr_SetString(PyExc_KeyError, "replaced");
    vm_gen_set_stop_iteration_value(t);
    assert_true(PyErr_ExceptionMatches(PyExc_StopIteration));
    PyObject *value;
    assert_int_equal(vm_gen_fetch_stop_iteration_value(&value), 0);
    assert_ptr_equal(value, t);
    assert_null(PyErr_Occurred());
    Py_DECREF(value);
    // Nothing pending gives None; another exception is left alone.
    assert_int_equal(vm_gen_fetch_stop_iteration_value(&value), 0);
    assert_ptr_equal(value, Py_None);
    Py_DECREF(value);
    PyErr_SetString(PyExc_ValueError, "other");
    assert_int_equal(vm_gen_fetch_stop_iteration_value(&value), -1);
    assert_raised(PyExc_ValueError, "other");
    Py_DECREF(t);
}

static void
test_gen_yf_is_the_subiterator_while_delegating(void **state)
{
    exec_ok("sub_it = iter('ab')\ndef deleg():\n    yield 0\n    yield from sub_it\n");
    PyGenObject *g = call_global("deleg");
    assert_null(vm_gen_yf(g));
    PyObject *r;
    assert_int_equal(vm_gen_send_ex2(g, Py_None, &r, 0, 0), PYGEN_NEXT);
    Py_DECREF(r);
    assert_null(vm_gen_yf(g)); // at a plain yield
    assert_int_equal(vm_gen_send_ex2(g, Py_None, &r, 0, 0), PYGEN_NEXT);
    assert_repr(r, "'a'");
    Py_DECREF(r);
    PyObject *yf = vm_gen_yf(g);
    assert_ptr_equal(yf, global("sub_it"));
    Py_DECREF(yf);
    Py_DECREF(g);
}

static void
test_gen_close_runs_finally_and_finishes(void **state)
{
    exec_ok("log = []\n"
            "def gen():\n"
            "    try:\n        yield 1\n    finally:\n        log.append('closed')\n");
    PyGenObject *g = call_global("gen");
    PyObject *r;
    assert_int_equal(vm_gen_send_ex2(g, Py_None, &r, 0, 0), PYGEN_NEXT);
    Py_DECREF(r);
    r = vm_gen_close(g);
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    assert_int_equal(g->gi_frame_state, VM_GEN_CLEARED);
    assert_repr(global("log"), "['closed']");
    Py_DECREF(g);
}

static void
test_gen_dealloc_closes_a_suspended_generator(void **state)
{
    exec_ok("log2 = []\n"
            "def gen():\n"
            "    try:\n        yield 1\n    finally:\n        log2.append('finalized')\n");
    PyGenObject *g = call_global("gen");
    PyObject *r;
    assert_int_equal(vm_gen_send_ex2(g, Py_None, &r, 0, 0), PYGEN_NEXT);
    Py_DECREF(r);
    // A pending exception survives the finalizer.
    PyErr_SetString(PyExc_OSError, "pending");
    Py_DECREF(g);
    assert_raised(PyExc_OSError, "pending");
    assert_repr(global("log2"), "['finalized']");
}

static void
test_gen_throw_into_unstarted_generator_does_not_run_it(void **state)
{
    exec_ok("ran = []\ndef gen():\n    ran.append(1)\n    yield\n");
    PyGenObject *g = call_global("gen");
    assert_null(vm_gen_throw(g, 1, PyExc_KeyError, NULL, NULL));
    assert_true(PyErr_ExceptionMatches(PyExc_KeyError));
    PyErr_Clear();
    assert_int_equal(g->gi_frame_state, VM_GEN_CLEARED);
    assert_repr(global("ran"), "[]");
    assert_null(vm_gen_throw(g, 1, Py_None, NULL, NULL));
    assert_raised(PyExc_TypeError, "exceptions must be classes or instances deriving from "
                                   "BaseException, not NoneType");
    Py_DECREF(g);
}

static int
count_visit(PyObject *o, void *arg)
{
    (void)o;
    (*(int *)arg)++;
    return 0;
}

static void
test_gen_traverse_visits_the_suspended_frame_only(void **state)
{
    exec_ok("def gen(a, b):\n    yield a\n");
    PyObject *args[2] = {Py_True, Py_False};
    PyGenObject *g = (PyGenObject *)PyObject_Vectorcall(global("gen"), args, 2, NULL);
    assert_non_null(g);
    int suspended = 0, finished = 0;
    PyObject *r;
    assert_int_equal(vm_gen_send_ex2(g, Py_None, &r, 0, 0), PYGEN_NEXT);
    Py_DECREF(r);
    vm_gen_traverse((PyObject *)g, count_visit, &suspended);
    r = vm_gen_close(g);
    Py_DECREF(r);
    vm_gen_traverse((PyObject *)g, count_visit, &finished);
    // code, name, qualname, then the frame's func, code, globals, builtins, a and b.
    assert_int_equal(finished, 3);
    assert_int_equal(suspended, 3 + 6);
    Py_DECREF(g);
}

static void
test_coro_awaitable_iter_checks_await_results(void **state)
{
    exec_ok("async def coro():\n    return 1\n"
            "class A:\n    def __await__(self): return iter(())\n"
            "class B:\n    def __await__(self): return 3\n");
    PyObject *c = PyObject_CallNoArgs(global("coro"));
    assert_true(PyCoro_CheckExact(c));
    PyObject *it = vm_coro_get_awaitable_iter(c);
    assert_ptr_equal(it, c);
    Py_DECREF(it);
    PyObject *a = PyObject_CallNoArgs(global("A"));
    it = vm_coro_get_awaitable_iter(a);
    assert_string_equal(Py_TYPE(it)->tp_name, "tuple_iterator");
    Py_DECREF(it);
    PyObject *b = PyObject_CallNoArgs(global("B"));
    assert_null(vm_coro_get_awaitable_iter(b));
    assert_raised(PyExc_TypeError, "__await__() returned non-iterator of type 'int'");
    assert_null(vm_coro_get_awaitable_iter(Py_None));
    assert_raised(PyExc_TypeError, "object NoneType can't be used in 'await' expression");
    PyObject *closed = vm_gen_close((PyGenObject *)c);
    Py_DECREF(closed);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
}

static void
test_async_gen_wrap_value_boxes_the_value(void **state)
{
    PyObject *v = PyLong_FromLong(12345);
    PyObject *w = vm_async_gen_wrap_value(v);
    assert_true(Py_IS_TYPE(w, &VmAsyncGenWrappedValue_Type));
    assert_int_equal(Py_REFCNT(v), 2);
    Py_DECREF(w);
    assert_int_equal(Py_REFCNT(v), 1);
    Py_DECREF(v);
}

static int
setup(void **state)
{
    return vm_test_builtins_setup();
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gen_new_from_frame_moves_the_frame_into_the_generator),
        cmocka_unit_test(test_gen_resume_yields_then_clears_the_frame),
        cmocka_unit_test(test_gen_first_send_must_be_none),
        cmocka_unit_test(test_iter_send_drives_plain_iterators_and_send_methods),
        cmocka_unit_test(test_gen_stop_iteration_value_round_trips_tuples),
        cmocka_unit_test(test_gen_yf_is_the_subiterator_while_delegating),
        cmocka_unit_test(test_gen_close_runs_finally_and_finishes),
        cmocka_unit_test(test_gen_dealloc_closes_a_suspended_generator),
        cmocka_unit_test(test_gen_throw_into_unstarted_generator_does_not_run_it),
        cmocka_unit_test(test_gen_traverse_visits_the_suspended_frame_only),
        cmocka_unit_test(test_coro_awaitable_iter_checks_await_results),
        cmocka_unit_test(test_async_gen_wrap_value_boxes_the_value),
    };
    return cmocka_run_group_tests(tests, setup, vm_test_builtins_teardown);
}
