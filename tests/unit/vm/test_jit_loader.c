// test_jit_loader.c: tests of vm/jit_loader.c, the interpreter's side of the JIT tier: its
// command-line options and the report of a module that cannot be loaded. (What native code
// does is tested by running programs: tests/py in the jit modes and tests/jit.)
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>

#include <cmocka.h>

#include "vm/jit_loader.h"

static void
test_jit_loader_accepts_every_tier_option(void **state)
{
    const char *options[] = {"--jit",       "--jit-sync",        "--dump-ir",
                             "--dump-asm",  "--jit-stats",       "--jit-threshold=0",
                             "--jit-threshold=1000"};
    for (size_t i = 0; i < sizeof options / sizeof *options; i++)
        assert_int_equal(vm_jit_parse_option(options[i]), 1);
}

static void
test_jit_loader_rejects_a_bad_threshold(void **state)
{
    assert_int_equal(vm_jit_parse_option("--jit-threshold="), -1);
    assert_int_equal(vm_jit_parse_option("--jit-threshold=-1"), -1);
    assert_int_equal(vm_jit_parse_option("--jit-threshold=12x"), -1);
    assert_int_equal(vm_jit_parse_option("--jit-threshold= 3"), -1);
}

static void
test_jit_loader_leaves_other_options_alone(void **state)
{
    assert_int_equal(vm_jit_parse_option("--dis"), 0);
    assert_int_equal(vm_jit_parse_option("--jitter"), 0);
    assert_int_equal(vm_jit_parse_option("-X"), 0);
}

static void
test_jit_loader_reports_a_missing_module(void **state)
{
    setenv("KRAIT_JIT_MODULE", "/nonexistent/libkrait-jit.so", 1);
    assert_int_equal(vm_jit_available(), 0);
    assert_int_equal(vm_jit_active, 0);
    unsetenv("KRAIT_JIT_MODULE");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jit_loader_accepts_every_tier_option),
        cmocka_unit_test(test_jit_loader_rejects_a_bad_threshold),
        cmocka_unit_test(test_jit_loader_leaves_other_options_alone),
        cmocka_unit_test(test_jit_loader_reports_a_missing_module),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
