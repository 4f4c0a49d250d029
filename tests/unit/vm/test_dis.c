// test_dis.c: vm/dis.c. The snippets of tests/unit/frontend/compile_cases.h are compiled from
// CPython's AST and disassembled; the text must be exactly what CPython 3.11's dis.dis()
// printed for them (code object addresses aside), and vm_dis_argrepr must describe each
// kind of operand as dis does.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "tests/unit/testing.h"
#include "frontend/compile.h"
#include "vm/dis.h"
#include "vm/opcode.h"
#include "tests/unit/frontend/case_testing.h"

// compile_case, which must succeed for every case dis is tested on.
static PyCodeObject *
compile_ok(const CompileCase *cc, AstArena **arena)
{
    PyCodeObject *co = compile_case(cc, arena);
    if (co == NULL)
        PyErr_Print();
    assert_non_null(co);
    return co;
}

// The dis text of co with every " at 0x...," made " at 0x0,".
static char *
dis_text(PyCodeObject *co)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_int_equal(vm_dis_print(co, f), 0);
    fclose(f);
    char *out = malloc(len + 1), *o = out;
    for (const char *p = buf; *p;) {
        if (strncmp(p, " at 0x", 6) == 0) {
            o += sprintf(o, " at 0x0");
            p += 6;
            while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))
                p++;
        } else {
            *o++ = *p++;
        }
    }
    *o = '\0';
    free(buf);
    return out;
}

static void
test_dis_prints_cpythons_layout_for_every_case(void **state)
{
    int failures = 0, checked = 0;
    for (size_t i = 0; i < NCASES; i++) {
        const CompileCase *cc = &compile_cases[i];
        if (cc->dis == NULL)
            continue;
        AstArena *arena;
        PyCodeObject *co = compile_ok(cc, &arena);
        char *got = dis_text(co);
        failures += !rt_test_same_text(cc->name, got, cc->dis);
        checked++;
        free(got);
        Py_DECREF(co);
        fe_arena_free(arena);
    }
    assert_int_equal(failures, 0);
    assert_true(checked > 100);
}

// The dis text of a named case contains fragment.
static void
assert_dis_has(const char *case_name, const char *fragment)
{
    AstArena *arena;
    PyCodeObject *co = compile_ok(find_case(case_name), &arena);
    char *got = dis_text(co);
    if (strstr(got, fragment) == NULL)
        fail_msg("%s: no \"%s\" in\n%s", case_name, fragment, got);
    free(got);
    Py_DECREF(co);
    fe_arena_free(arena);
}

static void
test_dis_marks_jump_targets_and_line_starts(void **state)
{
    assert_dis_has("while_loop", "  3     >>   18 LOAD_NAME                0 (i)\n");
    assert_dis_has("for_loop", "        >>   24 FOR_ITER                13 (to 52)\n");
}

static void
test_dis_shows_null_plus_for_global_calls(void **state)
{
    assert_dis_has("function_simple", "  1           0 RESUME                   0\n");
    assert_dis_has("comp_closure", "LOAD_GLOBAL              1 (NULL + range)");
}

static void
test_dis_prints_the_exception_table(void **state)
{
    assert_dis_has("try_except", "ExceptionTable:\n  4 to 22 -> 28 [0]\n"
                                 "  28 to 56 -> 66 [1] lasti\n"
                                 "  64 to 64 -> 66 [1] lasti\n");
}

static void
test_dis_recurses_into_nested_code_objects(void **state)
{
    assert_dis_has("closure", "Disassembly of <code object g at 0x0, file \"x.py\", line 3>:\n");
}

static void
test_dis_argrepr_of_each_operand_kind(void **state)
{
    AstArena *arena;
    PyCodeObject *co = compile_ok(find_case("fstrings"), &arena);
    static const struct {
        int op, arg;
        const char *want;
    } cases[] = {
        {OP_COMPARE_OP, 2, "=="},
        {OP_BINARY_OP, 13, "+="},
        {OP_FORMAT_VALUE, 2, "repr"},
        {OP_FORMAT_VALUE, 4, "with format"},
        {OP_FORMAT_VALUE, 5, "str, with format"},
        {OP_MAKE_FUNCTION, 9, "defaults, closure"},
        {OP_JUMP_FORWARD, 3, "to 10"},
        {OP_JUMP_BACKWARD, 2, "to 0"},
        {OP_POP_TOP, 0, ""},
        {OP_KW_NAMES, 0, ""},
        {OP_LOAD_NAME, 0, "x"},
        {OP_LOAD_GLOBAL, 1, "NULL + x"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *r = vm_dis_argrepr(co, 1, cases[i].op, cases[i].arg);
        assert_non_null(r);
        assert_string_equal(PyUnicode_AsUTF8(r), cases[i].want);
        Py_DECREF(r);
    }
    Py_DECREF(co);
    fe_arena_free(arena);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dis_prints_cpythons_layout_for_every_case),
        cmocka_unit_test(test_dis_marks_jump_targets_and_line_starts),
        cmocka_unit_test(test_dis_shows_null_plus_for_global_calls),
        cmocka_unit_test(test_dis_prints_the_exception_table),
        cmocka_unit_test(test_dis_recurses_into_nested_code_objects),
        cmocka_unit_test(test_dis_argrepr_of_each_operand_kind),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
