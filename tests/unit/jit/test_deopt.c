// test_deopt.c: jit/deopt.c's bookkeeping of failed speculations: deopts counted per site
// (code object, instruction, guard), a unit retired at exactly JIT_DEOPT_LIMIT failures of one
// site (its code object's co_jit cleared so that it recompiles), the site left out of the next
// translation, and no speculation at all after repeated recompilations.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "tests/unit/jit/jit_testing.h"

static const char source[] = "def f(a, b):\n"
                             "    s = 0\n"
                             "    for i in range(a):\n"
                             "        s = s + i * b\n"
                             "    return s\n";

// A unit of co as policy.c would make it, installed as co's native code.
static JitUnit *
install_unit(PyCodeObject *co)
{
    JitUnit *unit = calloc(1, sizeof *unit);
    assert_non_null(unit);
    unit->co = co;
    co->co_jit = &unit->code;
    return unit;
}

static void
deopt_times(JitUnit *unit, int index, int guard, int times)
{
    for (int i = 0; i < times; i++)
        jit_deopt(unit, index, guard);
}

static void
test_deopt_retires_the_unit_at_the_limit(void **state)
{
    PyCodeObject *co = jit_test_function_code(source, "f");
    int site = jit_test_find_op(co, OP_BINARY_OP);
    JitUnit *unit = install_unit(co);
    deopt_times(unit, site, JIT_GUARD_TYPES, JIT_DEOPT_LIMIT - 1);
    assert_ptr_equal(co->co_jit, &unit->code);
    assert_true(jit_may_speculate(co, site));
    jit_deopt(unit, site, JIT_GUARD_TYPES);
    assert_null(co->co_jit);
    assert_false(jit_may_speculate(co, site));
    // Other instructions of the code object may still speculate, and so may the code object.
    assert_true(jit_may_speculate(co, jit_test_find_op(co, OP_FOR_ITER)));
    assert_true(jit_may_speculate(co, -1));
    free(unit);
}

static void
test_deopt_sites_count_each_guard_apart(void **state)
{
    PyCodeObject *co = jit_test_function_code(source, "f");
    int site = jit_test_find_op(co, OP_BINARY_OP);
    JitUnit *unit = install_unit(co);
    // Failures of different guards at one instruction are different sites.
    deopt_times(unit, site, JIT_GUARD_TYPES, JIT_DEOPT_LIMIT - 1);
    deopt_times(unit, site, JIT_GUARD_INT_OVERFLOW, JIT_DEOPT_LIMIT - 1);
    assert_ptr_equal(co->co_jit, &unit->code);
    assert_true(jit_may_speculate(co, site));
    jit_deopt(unit, site, JIT_GUARD_INT_OVERFLOW);
    assert_null(co->co_jit);
    assert_false(jit_may_speculate(co, site));
    free(unit);
}

static void
test_deopt_of_a_replaced_unit_retires_nothing(void **state)
{
    PyCodeObject *co = jit_test_function_code(source, "f");
    int site = jit_test_find_op(co, OP_BINARY_OP);
    JitUnit *old = install_unit(co);
    JitUnit *current = install_unit(co); // old's frames still run, co now has current
    deopt_times(old, site, JIT_GUARD_TYPES, JIT_DEOPT_LIMIT);
    assert_ptr_equal(co->co_jit, &current->code);
    // The site is still known unspeculable: the next translation leaves it out.
    assert_false(jit_may_speculate(co, site));
    // Past the limit, the count goes on without retiring the current unit either.
    deopt_times(current, site, JIT_GUARD_TYPES, 5);
    assert_ptr_equal(co->co_jit, &current->code);
    free(old);
    free(current);
}

static void
test_deopt_stops_speculation_after_repeated_recompiles(void **state)
{
    PyCodeObject *co = jit_test_function_code(source, "f");
    const int ops[] = {OP_BINARY_OP, OP_FOR_ITER, OP_LOAD_GLOBAL};
    for (int r = 0; r < 3; r++) {
        assert_true(jit_may_speculate(co, -1));
        JitUnit *unit = install_unit(co);
        deopt_times(unit, jit_test_find_op(co, ops[r]), JIT_GUARD_VERSION, JIT_DEOPT_LIMIT);
        assert_null(co->co_jit);
        free(unit);
    }
    assert_false(jit_may_speculate(co, -1));
}

static void
print_exits(void)
{
    jit_print_exits();
}

static void
test_deopt_statistics_name_the_sites(void **state)
{
    const char *text = jit_test_capture_stderr(print_exits);
    assert_non_null(strstr(text, "jit: deopts (operand types) at f (line 4) BINARY_OP @"));
    assert_non_null(strstr(text, "jit: deopts (int overflow) at f (line 4) BINARY_OP @"));
    assert_non_null(strstr(text, "jit: deopts (type or keys version) at f (line 3) FOR_ITER @"));
    assert_non_null(strstr(text, "jit: units retired after repeated deopts: 5\n"));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deopt_retires_the_unit_at_the_limit),
        cmocka_unit_test(test_deopt_sites_count_each_guard_apart),
        cmocka_unit_test(test_deopt_of_a_replaced_unit_retires_nothing),
        cmocka_unit_test(test_deopt_stops_speculation_after_repeated_recompiles),
        cmocka_unit_test(test_deopt_statistics_name_the_sites),
    };
    return cmocka_run_group_tests(tests, jit_test_setup, jit_test_teardown);
}
