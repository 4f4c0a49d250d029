// test_gil.c: runtime/gil.c: the switch interval, the GIL before and after it exists, the
// drop request a waiting thread makes through the eval breaker and the forced hand-off,
// and signals served by the eval breaker. The tests run in order: the GIL, once created,
// stays.
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "runtime/runtime.h"

static volatile int breaker; // stands in for the interpreter's vm_eval_breaker

static int
setup(void **state)
{
    (void)state;
    rt_gil_bind_breaker(&breaker);
    return rt_runtime_init();
}

static int
teardown(void **state)
{
    (void)state;
    rt_runtime_fini();
    return 0;
}

static void
test_gil_switch_interval_defaults_to_5ms_and_keeps_microseconds(void **state)
{
    (void)state;
    assert_true(rt_gil_get_switch_interval() == 0.005);
    rt_gil_set_switch_interval(0.001);
    assert_true(rt_gil_get_switch_interval() == 0.001);
    rt_gil_set_switch_interval(1e-9); // below a microsecond reads back as 0.0, as in CPython
    assert_true(rt_gil_get_switch_interval() == 0.0);
    rt_gil_set_switch_interval(0.005);
}

static void
test_gil_save_and_restore_cost_nothing_before_the_gil_exists(void **state)
{
    (void)state;
    assert_false(rt_gil_created());
    RtThreadState *ts = PyEval_SaveThread();
    assert_ptr_equal(ts, rt_tstate());
    PyEval_RestoreThread(ts); // would block forever if it really waited for a lock
    assert_int_equal(PyGILState_Ensure(), PyGILState_LOCKED);
}

static long shared_counter;

// A thread that is not the interpreter's: takes the GIL through PyGILState_Ensure.
static void *
increment_under_gil(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        PyGILState_STATE g = PyGILState_Ensure();
        assert_int_equal(PyGILState_Ensure(), PyGILState_LOCKED); // nested: already held
        shared_counter++;
        PyGILState_Release(PyGILState_LOCKED);
        PyGILState_Release(g);
    }
    return NULL;
}

static void
test_gil_serializes_foreign_threads_with_the_creator(void **state)
{
    (void)state;
    rt_gil_create();
    assert_true(rt_gil_created());
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, increment_under_gil, NULL);
    for (int i = 0; i < 1000; i++) {
        shared_counter++; // the main thread holds the GIL here
        Py_BEGIN_ALLOW_THREADS
        Py_END_ALLOW_THREADS
    }
    Py_BEGIN_ALLOW_THREADS
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    Py_END_ALLOW_THREADS
    assert_int_equal(shared_counter, 3000);
}

static volatile int waiter_ran;

static void *
wait_for_gil(void *arg)
{
    (void)arg;
    PyGILState_STATE g = PyGILState_Ensure();
    waiter_ran = 1;
    PyGILState_Release(g);
    return NULL;
}

static void
test_gil_waiter_sets_a_drop_request_and_gets_the_lock_at_the_next_check(void **state)
{
    (void)state;
    breaker = 0;
    waiter_ran = 0;
    pthread_t t;
    pthread_create(&t, NULL, wait_for_gil, NULL);
    // Hold the GIL like a CPU-bound thread until the waiter, after a whole switch interval,
    // asks for it through the eval breaker.
    // Poll with a system call in the loop: a pure spin starves the other thread under
    // qemu-user (its atomics need an exclusive step that a spinning vCPU never yields).
    while (!breaker)
        sched_yield();
    assert_false(waiter_ran);
    breaker = 0;
    assert_int_equal(rt_eval_breaker_serve(), 0);
    // The forced hand-off returned only after the waiter had taken (and released) the GIL.
    assert_true(waiter_ran);
    Py_BEGIN_ALLOW_THREADS
    pthread_join(t, NULL);
    Py_END_ALLOW_THREADS
}

static int runner_calls;

static int
count_signals(void)
{
    rt_signals_pending = 0;
    runner_calls++;
    return 0;
}

static void
test_gil_tripped_signals_poke_the_breaker_and_run_in_the_main_thread(void **state)
{
    (void)state;
    rt_gil_set_signal_runner(count_signals);
    breaker = 0;
    rt_signals_trip();
    assert_true(breaker);
    assert_true(rt_signals_pending);
    breaker = 0;
    assert_int_equal(rt_eval_breaker_serve(), 0);
    assert_int_equal(runner_calls, 1);
    assert_false(rt_signals_pending);
    assert_int_equal(rt_eval_breaker_serve(), 0); // nothing pending: the runner is not called
    assert_int_equal(runner_calls, 1);
    rt_gil_set_signal_runner(NULL);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gil_switch_interval_defaults_to_5ms_and_keeps_microseconds),
        cmocka_unit_test(test_gil_save_and_restore_cost_nothing_before_the_gil_exists),
        cmocka_unit_test(test_gil_serializes_foreign_threads_with_the_creator),
        cmocka_unit_test(test_gil_waiter_sets_a_drop_request_and_gets_the_lock_at_the_next_check),
        cmocka_unit_test(test_gil_tripped_signals_poke_the_breaker_and_run_in_the_main_thread),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
