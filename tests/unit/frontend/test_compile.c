// test_compile.c: frontend/compile*.c, optimize.c, flowgraph.c and assemble.c. Every snippet
// of compile_cases.h (generated from CPython 3.11.7 by gen_compile_cases.py) is compiled from
// CPython's own AST and its code objects are compared field by field with CPython's:
// instructions, arguments and their meaning, positions, consts/names/localsplus, flags,
// stack size and the exception table. SyntaxErrors are compared with CPython's too.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "tests/unit/testing.h"
#include "frontend/compile.h"
#include "vm/opcode.h"
#include "tests/unit/frontend/case_testing.h"

static const char *const opnames[256] = {
#define OP(name, num, effect, jump_effect, caches, operand, doc) [num] = #name,
#include "vm/opcodes.def"
#undef OP
};

// ---- the listing gen_compile_cases.py writes ----------------------------------------------

static const char *
utf8(PyObject *s)
{
    const char *p = PyUnicode_AsUTF8(s);
    assert_non_null(p);
    return p;
}

// repr(v), with code objects as <code NAME> (their address differs from run to run).
static void
put_const(TestBuf *b, PyObject *v)
{
    if (PyCode_Check(v)) {
        rt_test_printf(b, "<code %s>", utf8(((PyCodeObject *)v)->co_name));
        return;
    }
    PyObject *r = PyObject_Repr(v);
    assert_non_null(r);
    rt_test_printf(b, "%s", utf8(r));
    Py_DECREF(r);
}

static void
put_names(TestBuf *b, const char *what, PyObject *tuple)
{
    rt_test_printf(b, " %s ", what);
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(tuple); i++)
        rt_test_printf(b, "%s%s", i ? ", " : "", utf8(PyTuple_GET_ITEM(tuple, i)));
    rt_test_printf(b, "\n");
}

static const char *
tuple_name(PyObject *t, Py_ssize_t i)
{
    return i >= 0 && i < PyTuple_GET_SIZE(t) ? utf8(PyTuple_GET_ITEM(t, i)) : "?";
}

// dis's argrepr of one instruction (`index` is its code unit).
static void
put_argrepr(TestBuf *b, PyCodeObject *co, Py_ssize_t index, int op, int arg)
{
    static const char *const cmp[] = {"<", "<=", "==", "!=", ">", ">="};
    static const char *const nb[] = {
        "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
    static const char *const conv[] = {"", "str", "repr", "ascii"};
    static const char *const mkfn[] = {"defaults", "kwdefaults", "annotations", "closure"};
    if (op == OP_MAKE_FUNCTION) {
        if (arg == 0)
            return;
        rt_test_printf(b, " (");
        for (int i = 0, first = 1; i < 4; i++)
            if (arg & (1 << i)) {
                rt_test_printf(b, "%s%s", first ? "" : ", ", mkfn[i]);
                first = 0;
            }
        rt_test_printf(b, ")");
        return;
    }
    if (op == OP_KW_NAMES) // dis shows no meaning for it in 3.11
        return;
    switch (vm_opcode_operand(op)) {
    case OPND_CONST:
        rt_test_printf(b, " (");
        put_const(b, PyTuple_GET_ITEM(co->co_consts, arg));
        rt_test_printf(b, ")");
        break;
    case OPND_NAME:
        if (*tuple_name(co->co_names, arg))
            rt_test_printf(b, " (%s)", tuple_name(co->co_names, arg));
        break;
    case OPND_GLOBAL:
        rt_test_printf(b, " (%s%s)", arg & 1 ? "NULL + " : "", tuple_name(co->co_names, arg >> 1));
        break;
    case OPND_LOCAL:
        rt_test_printf(b, " (%s)", tuple_name(co->co_localsplusnames, arg));
        break;
    case OPND_JFWD:
        rt_test_printf(b, " (to %zd)", (index + 1 + arg) * 2);
        break;
    case OPND_JBACK:
        rt_test_printf(b, " (to %zd)", (index + 1 - arg) * 2);
        break;
    case OPND_COMPARE:
        rt_test_printf(b, " (%s)", cmp[arg]);
        break;
    case OPND_BINOP:
        rt_test_printf(b, " (%s)", nb[arg]);
        break;
    case OPND_FORMAT:
        if (arg & 4)
            rt_test_printf(b, " (%s%swith format)", conv[arg & 3], arg & 3 ? ", " : "");
        else if (arg & 3)
            rt_test_printf(b, " (%s)", conv[arg & 3]);
        break;
    default:
        break;
    }
}

static void
put_position(TestBuf *b, RtCodeLocation l)
{
    int v[4] = {l.line, l.end_line, l.col, l.end_col};
    rt_test_printf(b, " @(");
    for (int i = 0; i < 4; i++) {
        if (v[i] < 0)
            rt_test_printf(b, "%sNone", i ? "," : "");
        else
            rt_test_printf(b, "%s%d", i ? "," : "", v[i]);
    }
    rt_test_printf(b, ")");
}

static void
put_instructions(TestBuf *b, PyCodeObject *co)
{
    Py_ssize_t size = Py_SIZE(co);
    RtCodeLocation *locs = malloc((size_t)(size + 1) * sizeof(RtCodeLocation));
    rt_code_locations(co, locs);
    int extended = 0;
    for (Py_ssize_t i = 0; i < size;) {
        int op = rt_code_unit_op(co->co_code[i]), arg = -1;
        if (op >= VM_HAVE_ARGUMENT) {
            arg = rt_code_unit_arg(co->co_code[i]) | extended;
            extended = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        } else {
            extended = 0;
        }
        rt_test_printf(b, " %zd %s", i * 2, opnames[op] ? opnames[op] : "?");
        if (arg >= 0) {
            rt_test_printf(b, " %d", arg);
            put_argrepr(b, co, i, op, arg);
        }
        put_position(b, locs[i]);
        rt_test_printf(b, "\n");
        i += 1 + vm_opcode_caches(op);
    }
    free(locs);
}

static void
listing(TestBuf *b, PyCodeObject *co)
{
    rt_test_printf(b, "code %s name=%s args=%d,%d,%d flags=0x%x stack=%d first=%d\n",
               utf8(co->co_qualname), utf8(co->co_name), co->co_argcount, co->co_posonlyargcount,
               co->co_kwonlyargcount, co->co_flags, co->co_stacksize, co->co_firstlineno);
    rt_test_printf(b, " consts ");
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(co->co_consts); i++) {
        rt_test_printf(b, "%s", i ? ", " : "");
        put_const(b, PyTuple_GET_ITEM(co->co_consts, i));
    }
    rt_test_printf(b, "\n");
    put_names(b, "names", co->co_names);
    static const int kinds[] = {CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE};
    static const char *const kind_names[] = {"varnames", "cellvars", "freevars"};
    for (int k = 0; k < 3; k++) {
        PyObject *t = rt_code_names_of_kind(co, kinds[k]);
        assert_non_null(t);
        put_names(b, kind_names[k], t);
        Py_DECREF(t);
    }
    put_instructions(b, co);
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(co->co_exceptiontable);
    const unsigned char *end = p + PyBytes_GET_SIZE(co->co_exceptiontable);
    int start, stop, target, depth, lasti;
    while (rt_code_exctable_next(&p, end, &start, &stop, &target, &depth, &lasti))
        rt_test_printf(b, " exc %d %d %d %d %d\n", start * 2, stop * 2, target * 2, depth, lasti);
    PyObject *lines = rt_code_lines(co);
    assert_non_null(lines);
    rt_test_printf(b, " lines ");
    put_const(b, lines);
    rt_test_printf(b, "\n");
    Py_DECREF(lines);
    rt_test_printf(b, " tables ");
    put_const(b, co->co_linetable);
    rt_test_printf(b, " ");
    put_const(b, co->co_exceptiontable);
    rt_test_printf(b, "\n");
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(co->co_consts); i++)
        if (PyCode_Check(PyTuple_GET_ITEM(co->co_consts, i)))
            listing(b, (PyCodeObject *)PyTuple_GET_ITEM(co->co_consts, i));
}

// ---- running the cases --------------------------------------------------------------------

// The listing of a compiled case as a malloc'd string (NULL after printing the error).
static char *
case_listing(const CompileCase *cc)
{
    AstArena *arena;
    PyCodeObject *co = compile_case(cc, &arena);
    if (co == NULL) {
        PyErr_Print();
        fe_arena_free(arena);
        return NULL;
    }
    TestBuf b = {0};
    listing(&b, co);
    Py_DECREF(co);
    fe_arena_free(arena);
    return b.s;
}

// Print the first line where got and want differ; 1 if they are equal.
static void
test_compile_every_case_matches_cpython(void **state)
{
    int failures = 0;
    for (size_t i = 0; i < NCASES; i++) {
        const CompileCase *cc = &compile_cases[i];
        if (cc->listing == NULL)
            continue;
        char *got = case_listing(cc);
        if (got == NULL || !rt_test_same_text(cc->name, got, cc->listing))
            failures++;
        free(got);
    }
    assert_int_equal(failures, 0);
}

// "SyntaxError: msg (line, offset, end_line, end_offset)" of the pending exception.
static char *
error_text(void)
{
    PyObject *exc = PyErr_GetRaisedException();
    assert_non_null(exc);
    TestBuf b = {0};
    rt_test_printf(&b, "%s: ", Py_TYPE(exc)->tp_name);
    if (PyErr_GivenExceptionMatches(exc, PyExc_SyntaxError)) {
        PySyntaxErrorObject *se = (PySyntaxErrorObject *)exc;
        PyObject *fields[] = {se->msg, se->lineno, se->offset, se->end_lineno, se->end_offset};
        for (int i = 0; i < 5; i++) {
            PyObject *s = PyObject_Str(fields[i] ? fields[i] : Py_None);
            rt_test_printf(&b, i == 0 ? "%s (" : i < 4 ? "%s, " : "%s)", utf8(s));
            Py_DECREF(s);
        }
    } else {
        PyObject *s = PyObject_Str(exc);
        rt_test_printf(&b, "%s", utf8(s));
        Py_DECREF(s);
    }
    Py_DECREF(exc);
    return b.s;
}

static void
test_compile_errors_match_cpython(void **state)
{
    int failures = 0;
    for (size_t i = 0; i < NCASES; i++) {
        const CompileCase *cc = &compile_cases[i];
        if (cc->error == NULL)
            continue;
        AstArena *arena;
        PyCodeObject *co = compile_case(cc, &arena);
        if (co != NULL) {
            print_error("%s: compiled, want %s\n", cc->name, cc->error);
            Py_DECREF(co);
            failures++;
        } else {
            char *got = error_text();
            failures += !rt_test_same_text(cc->name, got, cc->error);
            free(got);
        }
        fe_arena_free(arena);
    }
    assert_int_equal(failures, 0);
}

// Compiling the source text (through the tokenizer and parser) gives CPython's code too.
// The 'single' cases are left out: the parser does not yet accept a compound statement of
// several lines in interactive mode.
static void
test_compile_source_end_to_end_matches_cpython(void **state)
{
    int failures = 0;
    for (size_t i = 0; i < NCASES; i++) {
        const CompileCase *cc = &compile_cases[i];
        if (cc->listing == NULL || cc->mode == MOD_INTERACTIVE)
            continue;
        PyCodeObject *co = fe_compile_source_ex(cc->source, (Py_ssize_t)strlen(cc->source), "x.py",
                                                cc->mode, cc->optimize);
        if (co == NULL) {
            print_error("%s: ", cc->name);
            PyErr_Print();
            failures++;
            continue;
        }
        TestBuf b = {0};
        listing(&b, co);
        failures += !rt_test_same_text(cc->name, b.s, cc->listing);
        free(b.s);
        Py_DECREF(co);
    }
    assert_int_equal(failures, 0);
}

// ---- behaviours worth a name of their own ----------------------------------------------

static void
assert_listing_has(const char *case_name, const char *fragment)
{
    char *got = case_listing(find_case(case_name));
    assert_non_null(got);
    if (strstr(got, fragment) == NULL)
        fail_msg("%s: no \"%s\" in\n%s", case_name, fragment, got);
    free(got);
}

static void
assert_listing_lacks(const char *case_name, const char *fragment)
{
    char *got = case_listing(find_case(case_name));
    assert_non_null(got);
    if (strstr(got, fragment) != NULL)
        fail_msg("%s: unexpected \"%s\" in\n%s", case_name, fragment, got);
    free(got);
}

static void
test_compile_folds_arithmetic_to_one_constant(void **state)
{
    assert_listing_has("fold_arith", " 2 LOAD_CONST 0 (14) @(1,1,4,13)\n");
    assert_listing_lacks("fold_arith", "BINARY_OP");
}

static void
test_compile_keeps_huge_results_unfolded(void **state)
{
    // 2 ** 100 exceeds MAX_INT_SIZE (128 bits of operands), 'x' * 5000 MAX_STR_SIZE.
    assert_listing_has("fold_limits", "BINARY_OP 8 (**)");
    assert_listing_has("fold_limits", "BINARY_OP 5 (*)");
    assert_listing_has("fold_limits", "LOAD_CONST 2 (18446744073709551616)");
}

static void
test_compile_in_set_display_uses_frozenset_constant(void **state)
{
    assert_listing_has("fold_in_list", "(frozenset({1, 2, 3}))");
    assert_listing_has("fold_in_list", "LOAD_CONST 0 ((1, 2, 3))");
}

static void
test_compile_if_false_body_vanishes(void **state)
{
    assert_listing_lacks("dead_if_false", "STORE_NAME 0 (x)");
    assert_listing_lacks("dead_if_false", "(z)");
}

static void
test_compile_debug_name_is_true(void **state)
{
    assert_listing_lacks("debug_name", "__debug__");
}

static void
test_compile_stack_depth_of_nested_calls_matches_cpython(void **state)
{
    assert_listing_has("calls", "stack=5");
    // 40 arguments exceed the guideline of 30: built as a list, called with CALL_FUNCTION_EX.
    assert_listing_has("many_args", "stack=4");
    assert_listing_has("many_args", "CALL_FUNCTION_EX 0");
}

static void
test_compile_try_except_has_cpythons_exception_table(void **state)
{
    const CompileCase *cc = find_case("try_except_as");
    char *got = case_listing(cc);
    assert_non_null(got);
    assert_true(rt_test_same_text(cc->name, strstr(got, " exc "), strstr(cc->listing, " exc ")));
    free(got);
}

static void
test_compile_closure_has_cells_and_free_variables(void **state)
{
    assert_listing_has("closure", " cellvars x\n");
    assert_listing_has("closure", " freevars x\n");
    assert_listing_has("closure", "MAKE_CELL 1 (x)");
    assert_listing_has("closure", "COPY_FREE_VARS 1");
    assert_listing_has("closure_arg_cell", "MAKE_CELL 0 (a)");
}

static void
test_compile_qualnames_follow_cpython(void **state)
{
    assert_listing_has("nested_qualnames", "code f.<locals>.g.<locals>.h name=h");
    assert_listing_has("nested_qualnames", "code f.<locals>.C.m name=m");
    assert_listing_has("global_qualname", "code g name=g");
    assert_listing_has("listcomp", "code <listcomp> name=<listcomp>");
}

static void
test_compile_class_body_stores_module_qualname_and_classcell(void **state)
{
    assert_listing_has("class_super", "STORE_NAME 1 (__module__)");
    assert_listing_has("class_super", "STORE_NAME 2 (__qualname__)");
    assert_listing_has("class_super", "STORE_NAME 4 (__classcell__)");
}

static void
test_compile_extended_arg_prefixes_big_arguments(void **state)
{
    assert_listing_has("extended_arg_consts", "EXTENDED_ARG 1");
}

static void
test_compile_reports_line_zero_for_module_resume(void **state)
{
    assert_listing_has("assign_const", " 0 RESUME 0 @(0,1,0,0)\n");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compile_every_case_matches_cpython),
        cmocka_unit_test(test_compile_errors_match_cpython),
        cmocka_unit_test(test_compile_source_end_to_end_matches_cpython),
        cmocka_unit_test(test_compile_folds_arithmetic_to_one_constant),
        cmocka_unit_test(test_compile_keeps_huge_results_unfolded),
        cmocka_unit_test(test_compile_in_set_display_uses_frozenset_constant),
        cmocka_unit_test(test_compile_if_false_body_vanishes),
        cmocka_unit_test(test_compile_debug_name_is_true),
        cmocka_unit_test(test_compile_stack_depth_of_nested_calls_matches_cpython),
        cmocka_unit_test(test_compile_try_except_has_cpythons_exception_table),
        cmocka_unit_test(test_compile_closure_has_cells_and_free_variables),
        cmocka_unit_test(test_compile_qualnames_follow_cpython),
        cmocka_unit_test(test_compile_class_body_stores_module_qualname_and_classcell),
        cmocka_unit_test(test_compile_extended_arg_prefixes_big_arguments),
        cmocka_unit_test(test_compile_reports_line_zero_for_module_resume),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
