// test_background.c: jit/background.c's compile thread behind the module's entry table,
// compiling in the background: queued units get their machine code installed while the
// interpreter's thread goes on; units whose code objects die while queued, compiling or done
// are freed on the compile thread and never installed (the sanitizer build checks nothing
// leaks); stopping at exit with work still queued joins the thread and accounts for it.
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <time.h>

#include <cmocka.h>

#include "tests/unit/jit/jit_testing.h"

const VmJitApi *krait_jit_api(void);

static const VmJitApi *api;

static int
setup(void **state)
{
    if (jit_test_setup(state) < 0)
        return -1;
    api = krait_jit_api();
    VmJitOptions options = {.threshold = 10, .stats = 1};
    return api->init(&options);
}

// A code object of its own (a distinct function `f`, k distinguishing its constants).
static PyCodeObject *
small_code(int k)
{
    char src[160];
    snprintf(src, sizeof src,
             "def f(n):\n    s = %d\n    for i in range(n):\n        s = s + i * %d\n    return s\n",
             k, k + 1);
    return jit_test_function_code(src, "f");
}

// Wait (up to 60 s) until the compile thread is done with unit: 1, or 0 on timeout.
static int
wait_done(JitUnit *unit)
{
    for (int i = 0; i < 6000; i++) {
        if (!jit_background_busy(unit))
            return 1;
        nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
    }
    return 0;
}

#define NUNITS 6

static void
test_background_installs_queued_units(void **state)
{
    PyCodeObject *gen = jit_test_function_code("def g():\n    yield 1\n", "g");
    VmJitEntry never_entered = api->compile(gen)->entry;
    VmJitCode *codes[NUNITS];
    VmJitEntry entries[NUNITS];
    for (int i = 0; i < NUNITS; i++)
        codes[i] = api->compile(small_code(i));
    for (int i = 0; i < NUNITS; i++) {
        JitUnit *unit = (JitUnit *)codes[i];
        assert_true(wait_done(unit));
        VmJitEntry entry = entries[i] = __atomic_load_n(&codes[i]->entry, __ATOMIC_ACQUIRE);
        assert_ptr_not_equal(entry, never_entered);
        assert_int_equal(unit->tier, 1);
        assert_true(unit->code_bytes > 0);
        // Each unit its own machine code.
        for (int k = 0; k < i; k++)
            assert_ptr_not_equal(entry, entries[k]);
        api->release(codes[i]); // done: handed back to the thread to be freed there
    }
}

static void
test_background_frees_units_released_before_they_link(void **state)
{
    for (int i = 0; i < NUNITS; i++) {
        PyCodeObject *co = small_code(100 + i);
        VmJitCode *code = api->compile(co);
        JitUnit *unit = (JitUnit *)code;
        assert_ptr_equal(unit->co, co);
        api->release(code); // queued or compiling: freed by the thread, never installed
    }
}

static void
test_background_units_queued_at_exit(void **state)
{
    // Left queued and live at exit: the thread is joined after its current unit, the rest is
    // freed by fini.
    for (int i = 0; i < NUNITS; i++)
        api->compile(small_code(200 + i));
}

static void
finish(void)
{
    api->fini();
}

static void
test_background_statistics_account_for_every_unit(void **state)
{
    const char *text = jit_test_capture_stderr(finish);
    const char *line = strstr(text, "jit: compiled in the background: ");
    assert_non_null(line);
    long queued = -1, cancelled = -1, compiled = -1;
    assert_int_equal(sscanf(line, "jit: compiled in the background: %ld queued, %ld cancelled",
                            &queued, &cancelled),
                     2);
    assert_int_equal(queued, 3 * NUNITS);
    assert_in_range(cancelled, 0, 2 * NUNITS);
    const char *c = strstr(text, "jit: functions compiled: ");
    assert_non_null(c);
    assert_int_equal(sscanf(c, "jit: functions compiled: %ld", &compiled), 1);
    // Every queued unit was either linked or cancelled, none twice.
    assert_in_range(compiled, NUNITS, 3 * NUNITS);
    assert_true(compiled + cancelled <= 3 * NUNITS);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_background_installs_queued_units),
        cmocka_unit_test(test_background_frees_units_released_before_they_link),
        cmocka_unit_test(test_background_units_queued_at_exit),
        cmocka_unit_test(test_background_statistics_account_for_every_unit),
    };
    return cmocka_run_group_tests(tests, setup, jit_test_teardown);
}
