// test_symtable.c: frontend/symtable*.c. For every snippet of compile_cases.h the symbol
// tables built from CPython's AST must hold exactly what CPython 3.11's symtable module
// reports: the scopes in order with their type and nesting, and for each name the full flags
// word (ST_DEF_* bits and the resolved scope). SyntaxErrors raised by the symbol table pass
// must carry CPython's message and position.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "tests/unit/testing.h"
#include "frontend/symtable.h"
#include "tests/unit/frontend/case_testing.h"

// The table as gen_compile_cases.py prints CPython's (symtable.SymbolTable).
static void
dump(TestBuf *b, SymEntry *e)
{
    static const char *const types[] = {"function", "class", "module", "annotation"};
    rt_test_printf(b, "table %s %s nested=%d\n", PyUnicode_AsUTF8(e->name), types[e->type],
                   e->nested);
    PyObject *keys = PyDict_Keys(e->symbols);
    assert_non_null(keys);
    assert_int_equal(PyList_Sort(keys), 0);
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(keys); i++) {
        PyObject *name = PyList_GET_ITEM(keys, i);
        rt_test_printf(b, " %s %ld\n", PyUnicode_AsUTF8(name), fe_symtable_flags(e, name));
    }
    Py_DECREF(keys);
    for (Py_ssize_t i = 0; i < e->nchildren; i++)
        dump(b, e->children[i]);
}

static SymTable *
build(const CompileCase *cc, AstArena **arena)
{
    *arena = fe_arena_new();
    assert_non_null(*arena);
    Mod *mod = sx_module(cc->ast, *arena);
    PyObject *fn = PyUnicode_FromString("x.py");
    // The compiler finds the future statement; here the source tells.
    int future_annotations = strstr(cc->source, "from __future__ import annotations") != NULL;
    SymTable *st =
        fe_symtable_build(mod, fn, future_annotations, cc->source, (Py_ssize_t)strlen(cc->source));
    Py_DECREF(fn);
    return st;
}

static void
test_symtable_every_case_matches_cpython(void **state)
{
    int failures = 0;
    for (size_t i = 0; i < NCASES; i++) {
        const CompileCase *cc = &compile_cases[i];
        if (cc->symtable == NULL)
            continue;
        AstArena *arena;
        SymTable *st = build(cc, &arena);
        if (st == NULL) {
            PyErr_Print();
            failures++;
        } else {
            TestBuf b = {0};
            dump(&b, st->top);
            failures += !rt_test_same_text(cc->name, b.s, cc->symtable);
            free(b.s);
            fe_symtable_free(st);
        }
        fe_arena_free(arena);
    }
    assert_int_equal(failures, 0);
}

// The symbol table pass alone must raise the case's SyntaxError (message and position).
static void
assert_symtable_error(const char *case_name)
{
    const CompileCase *cc = find_case(case_name);
    AstArena *arena;
    SymTable *st = build(cc, &arena);
    assert_null(st);
    PyObject *exc = PyErr_GetRaisedException();
    assert_non_null(exc);
    assert_true(PyErr_GivenExceptionMatches(exc, PyExc_SyntaxError));
    PySyntaxErrorObject *se = (PySyntaxErrorObject *)exc;
    char got[512];
    PyObject *f[4] = {se->lineno, se->offset, se->end_lineno, se->end_offset};
    long v[4];
    for (int i = 0; i < 4; i++)
        v[i] = PyLong_AsLong(f[i]);
    snprintf(got, sizeof got, "SyntaxError: %s (%ld, %ld, %ld, %ld)", PyUnicode_AsUTF8(se->msg),
             v[0], v[1], v[2], v[3]);
    assert_string_equal(got, cc->error);
    Py_DECREF(exc);
    fe_arena_free(arena);
}

static void
test_symtable_nonlocal_errors(void **state)
{
    assert_symtable_error("err_nonlocal_module");
    assert_symtable_error("err_nonlocal_unbound");
    assert_symtable_error("err_nonlocal_param");
}

static void
test_symtable_global_errors(void **state)
{
    assert_symtable_error("err_global_param");
    assert_symtable_error("err_global_after_assign");
    assert_symtable_error("err_global_after_use");
    assert_symtable_error("err_annotated_global");
}

static void
test_symtable_duplicate_arguments(void **state)
{
    assert_symtable_error("err_duplicate_argument");
    assert_symtable_error("err_duplicate_kwonly");
    assert_symtable_error("err_lambda_duplicate");
}

static void
test_symtable_assignment_expression_errors(void **state)
{
    assert_symtable_error("err_walrus_iterable");
    assert_symtable_error("err_walrus_rebind");
    assert_symtable_error("err_walrus_class");
}

static void
test_symtable_yield_in_comprehension_and_import_star(void **state)
{
    assert_symtable_error("err_yield_in_comprehension");
    assert_symtable_error("err_import_star_function");
}

// The scope of `name` in the first child scope named `scope` (depth-first).
static int
scope_in(SymEntry *e, const char *scope, const char *name)
{
    if (rt_str_equal_ascii(e->name, scope)) {
        PyObject *n = PyUnicode_FromString(name);
        int s = fe_symtable_scope(e, n);
        Py_DECREF(n);
        return s;
    }
    for (Py_ssize_t i = 0; i < e->nchildren; i++) {
        int s = scope_in(e->children[i], scope, name);
        if (s >= 0)
            return s;
    }
    return -1;
}

static void
test_symtable_cells_free_and_class_cells(void **state)
{
    AstArena *arena;
    SymTable *st = build(find_case("closure"), &arena);
    assert_int_equal(scope_in(st->top, "f", "x"), ST_CELL);
    assert_int_equal(scope_in(st->top, "g", "x"), ST_FREE);
    fe_symtable_free(st);
    fe_arena_free(arena);
    st = build(find_case("class_super"), &arena);
    assert_int_equal(scope_in(st->top, "m", "__class__"), ST_FREE);
    assert_true(st->top->children[0]->needs_class_closure);
    fe_symtable_free(st);
    fe_arena_free(arena);
}

static void
test_symtable_class_body_is_invisible_to_methods(void **state)
{
    AstArena *arena;
    SymTable *st = build(find_case("class_simple"), &arena);
    assert_int_equal(scope_in(st->top, "A", "x"), ST_LOCAL);
    assert_int_equal(scope_in(st->top, "m", "self"), ST_LOCAL);
    fe_symtable_free(st);
    fe_arena_free(arena);
    st = build(find_case("class_free_var"), &arena);
    // C's x is free (from f), and m's x is f's too, not C's.
    assert_int_equal(scope_in(st->top, "C", "x"), ST_FREE);
    assert_int_equal(scope_in(st->top, "m", "x"), ST_FREE);
    fe_symtable_free(st);
    fe_arena_free(arena);
}

static void
test_symtable_walrus_in_comprehension_binds_in_function(void **state)
{
    AstArena *arena;
    SymTable *st = build(find_case("comp_walrus"), &arena);
    assert_int_equal(scope_in(st->top, "f", "y"), ST_CELL);
    assert_int_equal(scope_in(st->top, "listcomp", "y"), ST_FREE);
    assert_int_equal(scope_in(st->top, "listcomp", "x"), ST_LOCAL);
    fe_symtable_free(st);
    fe_arena_free(arena);
}

static void
test_symtable_mangles_private_names_in_classes(void **state)
{
    PyObject *cls = PyUnicode_FromString("_Ham"), *id = PyUnicode_FromString("__spam");
    PyObject *dunder = PyUnicode_FromString("__init__"), *under = PyUnicode_FromString("__");
    PyObject *m = fe_mangle(cls, id);
    assert_str(m, "_Ham__spam");
    Py_DECREF(m);
    m = fe_mangle(cls, dunder);
    assert_str(m, "__init__");
    Py_DECREF(m);
    m = fe_mangle(under, id); // a class named only with underscores mangles nothing
    assert_str(m, "__spam");
    Py_DECREF(m);
    m = fe_mangle(NULL, id);
    assert_str(m, "__spam");
    Py_DECREF(m);
    Py_DECREF(cls);
    Py_DECREF(id);
    Py_DECREF(dunder);
    Py_DECREF(under);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_symtable_every_case_matches_cpython),
        cmocka_unit_test(test_symtable_nonlocal_errors),
        cmocka_unit_test(test_symtable_global_errors),
        cmocka_unit_test(test_symtable_duplicate_arguments),
        cmocka_unit_test(test_symtable_assignment_expression_errors),
        cmocka_unit_test(test_symtable_yield_in_comprehension_and_import_star),
        cmocka_unit_test(test_symtable_cells_free_and_class_cells),
        cmocka_unit_test(test_symtable_class_body_is_invisible_to_methods),
        cmocka_unit_test(test_symtable_walrus_in_comprehension_binds_in_function),
        cmocka_unit_test(test_symtable_mangles_private_names_in_classes),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
