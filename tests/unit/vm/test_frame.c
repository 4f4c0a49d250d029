// test_frame.c: vm/frame.c (the frame stack, its chunks, clearing and popping frames, the C
// stack guard) and vm/frameobject.c (frame objects made lazily, taking over a finished
// frame's data).
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tests/unit/vm/vm_testing.h"
#include "vm/frameobject.h"
#include "vm/opcode.h"

#define U(op, arg) ((PyCodeUnit)(OP_##op | ((arg) << 8)))

// A code object with nlocals locals named v0, v1 ... and the given stack size.
static PyCodeObject *
code_with_locals(int nlocals, int stacksize)
{
    PyCodeUnit code[3] = {U(RESUME, 0), U(LOAD_CONST, 0), U(RETURN_VALUE, 0)};
    RtCodeLocation locs[3] = {{7, 7, 0, 4}, {8, 8, 0, 4}, {9, 9, 0, 4}};
    PyObject *names = PyTuple_New(nlocals);
    char kinds[64];
    for (int i = 0; i < nlocals; i++) {
        char buf[16];
        snprintf(buf, sizeof buf, "v%d", i);
        PyTuple_SET_ITEM(names, i, PyUnicode_InternFromString(buf));
        kinds[i] = CO_FAST_LOCAL;
    }
    PyObject *kindbytes = PyBytes_FromStringAndSize(kinds, nlocals);
    PyObject *empty = PyTuple_New(0), *nobytes = PyBytes_FromStringAndSize("", 0);
    PyObject *consts = PyTuple_Pack(1, Py_None);
    PyObject *file = PyUnicode_FromString("frames.py"), *name = PyUnicode_FromString("f");
    RtCodeSpec spec = {
        .filename = file,
        .name = name,
        .qualname = name,
        .flags = CO_OPTIMIZED | CO_NEWLOCALS,
        .stacksize = stacksize,
        .firstlineno = 7,
        .code = code,
        .ncode = 3,
        .consts = consts,
        .names = empty,
        .localsplusnames = names,
        .localspluskinds = kindbytes,
        .exceptiontable = nobytes,
        .locations = locs,
    };
    PyCodeObject *co = rt_code_new(&spec);
    Py_DECREF(names);
    Py_DECREF(kindbytes);
    Py_DECREF(empty);
    Py_DECREF(nobytes);
    Py_DECREF(consts);
    Py_DECREF(file);
    Py_DECREF(name);
    return co;
}

static void
test_frame_push_and_pop_restore_the_stack_top(void **state)
{
    VmThreadState *vs = vm_tstate();
    PyCodeObject *co = code_with_locals(3, 4);
    PyObject *g = test_globals();
    PyObject **top = vs->top;
    Frame *f = vm_frame_push(vs, NULL, co, g, g, NULL);
    assert_non_null(f);
    assert_null(f->localsplus[0]);
    assert_int_equal(f->stacktop, 3);
    assert_int_equal(vm_frame_lasti(f), -1);
    f->localsplus[1] = PyLong_FromLong(5);
    vm_frame_clear_and_pop(vs, f);
    assert_ptr_equal(vs->top, top);
    Py_DECREF(g);
    Py_DECREF(co);
}

static void
test_frame_stack_grows_by_chunks(void **state)
{
    VmThreadState *vs = vm_tstate();
    PyCodeObject *co = code_with_locals(10, 20);
    PyObject *g = test_globals();
    enum { N = 20000 }; // about 2.7 MB of frames: several chunks
    Frame **frames = malloc(N * sizeof *frames);
    FrameChunk *first = vs->chunk;
    for (int i = 0; i < N; i++) {
        frames[i] = vm_frame_push(vs, NULL, co, g, g, NULL);
        assert_non_null(frames[i]);
        frames[i]->localsplus[0] = PyLong_FromLong(i);
    }
    assert_ptr_not_equal(vs->chunk, first);
    for (int i = N; --i >= 0;) {
        assert_int_equal(PyLong_AsLong(frames[i]->localsplus[0]), i);
        vm_frame_clear_and_pop(vs, frames[i]);
    }
    assert_ptr_equal(vs->chunk, first);
    free(frames);
    Py_DECREF(g);
    Py_DECREF(co);
}

static void
test_frame_object_takes_over_a_finished_frame(void **state)
{
    VmThreadState *vs = vm_tstate();
    PyCodeObject *co = code_with_locals(2, 2);
    PyObject *g = test_globals();
    Frame *f = vm_frame_push(vs, NULL, co, g, g, NULL);
    f->localsplus[0] = PyUnicode_FromString("kept");
    f->prev_instr = co->co_code + 1; // executing LOAD_CONST, on line 8
    PyFrameObject *fo = vm_frame_get_object(f);
    assert_non_null(fo);
    assert_ptr_equal(vm_frame_get_object(f), fo);
    assert_int_equal(PyFrame_GetLineNumber(fo), 8);
    Py_INCREF(fo); // something (a traceback) keeps it
    vm_frame_clear_and_pop(vs, f);
    assert_int_equal(fo->f_frame->owner, FRAME_OWNED_BY_FRAME_OBJECT);
    assert_ptr_equal(PyFrame_GetCode(fo), co);
    assert_int_equal(PyFrame_GetLineNumber(fo), 8);
    PyObject *locals = vm_frame_locals_dict(fo->f_frame);
    assert_repr(locals, "{'v0': 'kept'}");
    Py_DECREF(locals);
    assert_null(PyFrame_GetBack(fo));
    PyObject *r = PyObject_Repr((PyObject *)fo);
    assert_non_null(strstr(PyUnicode_AsUTF8(r), ", file 'frames.py', line 8, code f>"));
    Py_DECREF(r);
    Py_DECREF(fo);
    Py_DECREF(g);
    Py_DECREF(co);
}

static void
test_frame_object_f_back_links_the_caller(void **state)
{
    VmThreadState *vs = vm_tstate();
    PyCodeObject *co = code_with_locals(0, 1);
    PyObject *g = test_globals();
    Frame *caller = vm_frame_push(vs, NULL, co, g, g, NULL);
    Frame *callee = vm_frame_push(vs, NULL, co, g, g, NULL);
    callee->previous = caller;
    PyFrameObject *fo = vm_frame_get_object(callee);
    PyFrameObject *back = PyFrame_GetBack(fo);
    assert_ptr_equal(back, vm_frame_get_object(caller));
    Py_DECREF(back);
    Py_INCREF(fo);
    vm_frame_clear_and_pop(vs, callee);
    PyFrameObject *back2 = PyFrame_GetBack(fo);
    assert_ptr_equal(back2, back);
    Py_DECREF(back2);
    vm_frame_clear_and_pop(vs, caller);
    Py_DECREF(fo);
    Py_DECREF(g);
    Py_DECREF(co);
}

static int
count_visit(PyObject *o, void *arg)
{
    (void)o;
    (*(int *)arg)++;
    return 0;
}

static void
test_frame_pop_keeps_references_and_traverse_visits_them(void **state)
{
    VmThreadState *vs = vm_tstate();
    PyCodeObject *co = code_with_locals(2, 2);
    PyObject *g = test_globals();
    PyObject **top = vs->top;
    Frame *f = vm_frame_push(vs, NULL, co, g, g, NULL);
    PyObject *value = PyUnicode_FromString("moved");
    f->localsplus[1] = Py_NewRef(value);
    int visits = 0;
    vm_frame_traverse(f, count_visit, &visits);
    assert_int_equal(visits, 4); // code, globals, builtins, v1
    // RETURN_GENERATOR pops a frame whose references moved elsewhere: none is released.
    PyObject *moved[4] = {(PyObject *)f->code, f->globals, f->builtins, f->localsplus[1]};
    Py_ssize_t refs = Py_REFCNT(value);
    vm_frame_pop(vs, f);
    assert_ptr_equal(vs->top, top);
    assert_int_equal(Py_REFCNT(value), refs);
    for (int i = 0; i < 4; i++)
        Py_DECREF(moved[i]); // as their new owner would
    Py_DECREF(value);
    Py_DECREF(g);
    Py_DECREF(co);
}

static void
test_frame_c_stack_guard_raises_recursion_error(void **state)
{
    VmThreadState *vs = vm_tstate();
    RtThreadState *ts = rt_tstate(); // the limit is the runtime's
    char *saved = ts->c_stack_limit;
    assert_int_equal(vm_check_c_stack(vs), 0);
    ts->c_stack_limit = (char *)__builtin_frame_address(0) + 65536; // pretend the stack is gone
    int r = vm_check_c_stack(vs);
    ts->c_stack_limit = saved; // before checking the message: str() checks the stack too
    assert_int_equal(r, -1);
    assert_raised(PyExc_RecursionError, "maximum recursion depth exceeded");
}

static void
test_frame_getframe_sees_running_frames(void **state)
{
    PyObject *g = test_globals();
    PyObject *r = run_source("def f():\n    return g()\ndef g():\n    return 1\nx = f()", "<t>", g);
    Py_DECREF(r);
    assert_null(vm_tstate()->current_frame);
    Py_DECREF(g);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_frame_push_and_pop_restore_the_stack_top),
        cmocka_unit_test(test_frame_stack_grows_by_chunks),
        cmocka_unit_test(test_frame_object_takes_over_a_finished_frame),
        cmocka_unit_test(test_frame_object_f_back_links_the_caller),
        cmocka_unit_test(test_frame_pop_keeps_references_and_traverse_visits_them),
        cmocka_unit_test(test_frame_c_stack_guard_raises_recursion_error),
        cmocka_unit_test(test_frame_getframe_sees_running_frames),
    };
    return cmocka_run_group_tests(tests, vm_test_setup, vm_test_teardown);
}
