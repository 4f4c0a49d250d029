// test_policy.c: jit/policy.c through the module's entry table, compiling synchronously: what
// is left to the interpreter (generators, code objects over the size limit) shares one entry
// that is never entered; a small function is translated, optimized and linked into native
// code (a round trip through translate.c and llvm.c); its unit is released with its code
// object; the statistics count all of it.
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "tests/unit/jit/jit_testing.h"

const VmJitApi *krait_jit_api(void);

static const VmJitApi *api;
static VmJitCode *left_entry; // what compile returns for code left to the interpreter

static int
setup(void **state)
{
    if (jit_test_setup(state) < 0)
        return -1;
    api = krait_jit_api();
    VmJitOptions options = {.threshold = 10, .sync = 1, .stats = 1};
    return api->version == VM_JIT_API_VERSION && api->init(&options) == 0 ? 0 : -1;
}

static void
test_policy_leaves_generators_to_the_interpreter(void **state)
{
    PyCodeObject *co = jit_test_function_code("def g(n):\n    for i in range(n):\n        yield i\n",
                                              "g");
    left_entry = api->compile(co);
    assert_non_null(left_entry);
    assert_int_equal(left_entry->entry(NULL, 0), VM_JIT_NOT_ENTERED);
    assert_int_equal(left_entry->hotter_at, LONG_MAX);
    api->release(left_entry); // shared: releasing it frees nothing
}

// def big(a): then `count` statements `a = a + 1`, then `return a`.
static char *
big_function(int count)
{
    const char line[] = "    a = a + 1\n";
    size_t size = 32 + (sizeof line - 1) * (size_t)count;
    char *src = malloc(size);
    assert_non_null(src);
    strcpy(src, "def big(a):\n");
    for (int i = 0; i < count; i++)
        strcat(src, line);
    strcat(src, "    return a\n");
    return src;
}

static void
test_policy_leaves_large_code_to_the_interpreter(void **state)
{
    char *src = big_function(600);
    PyCodeObject *co = jit_test_function_code(src, "big");
    free(src);
    assert_true(Py_SIZE(co) > 2000);
    assert_ptr_equal(api->compile(co), left_entry);
}

static void
test_policy_compiles_and_links_a_small_function(void **state)
{
    char *src = big_function(30);
    PyCodeObject *co = jit_test_function_code(src, "big");
    free(src);
    assert_true(Py_SIZE(co) < 300);
    VmJitCode *code = api->compile(co);
    assert_ptr_not_equal(code, left_entry);
    JitUnit *unit = (JitUnit *)code;
    assert_ptr_equal(unit->co, co);
    assert_int_equal(unit->tier, 1);
    assert_true(unit->code_bytes > 0);
    // Linked synchronously: the entry is the unit's machine code, not the never-entered one.
    assert_ptr_not_equal(code->entry, left_entry->entry);
    assert_non_null(strstr(unit->name, "big@<jit test>:1#"));
    assert_string_equal(unit->perf_name, "py::big:<jit test>:1");
    // Small enough for the second tier, due after at least 1000 more calls and back-edges.
    assert_true(code->hotter_at >= 1000 && code->hotter_at < LONG_MAX);
    co->co_jit = code;
    api->hotter(co);
    assert_int_equal(unit->tier, 2);
    assert_int_equal(code->hotter_at, LONG_MAX);
    co->co_jit = NULL;
    api->release(code);
}

static void
test_policy_compiles_mid_sized_code_once(void **state)
{
    // Over the second tier's size (llvm.c) but under the limit: the cheap pipeline only.
    char *src = big_function(150);
    PyCodeObject *co = jit_test_function_code(src, "big");
    free(src);
    assert_true(Py_SIZE(co) > 300 && Py_SIZE(co) < 2000);
    VmJitCode *code = api->compile(co);
    assert_ptr_not_equal(code, left_entry);
    assert_ptr_not_equal(code->entry, left_entry->entry);
    assert_int_equal(code->hotter_at, LONG_MAX);
    api->release(code);
}

static void
finish(void)
{
    api->fini();
}

static void
test_policy_statistics_count_everything(void **state)
{
    const char *text = jit_test_capture_stderr(finish);
    assert_non_null(strstr(text, "jit: functions compiled: 2\n"));
    assert_non_null(strstr(text, "jit: recompiled with default<O2> when hotter: 1\n"));
    assert_non_null(strstr(text, "jit: left to the interpreter (generator or coroutine): 1\n"));
    assert_non_null(strstr(text, "jit: left to the interpreter (too large): 1\n"));
    assert_non_null(strstr(text, "jit: left to the interpreter (LLVM error): 0\n"));
    assert_null(strstr(text, "compiled in the background")); // --jit-sync
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_policy_leaves_generators_to_the_interpreter),
        cmocka_unit_test(test_policy_leaves_large_code_to_the_interpreter),
        cmocka_unit_test(test_policy_compiles_and_links_a_small_function),
        cmocka_unit_test(test_policy_compiles_mid_sized_code_once),
        cmocka_unit_test(test_policy_statistics_count_everything),
    };
    return cmocka_run_group_tests(tests, setup, jit_test_teardown);
}
