// case_testing.h: what the suites that run the snippets of compile_cases.h share
// (test_compile.c, test_symtable.c, test_dis.c): the number of cases, finding one by name,
// and compiling one from CPython's AST. Include after <cmocka.h>.
#ifndef KRAIT_TESTS_CASE_TESTING_H
#define KRAIT_TESTS_CASE_TESTING_H

#include <string.h>
#include "frontend/compile.h"
#include "tests/unit/frontend/ast_sexpr.h"
#include "tests/unit/frontend/compile_cases.h"

#define NCASES (sizeof compile_cases / sizeof compile_cases[0])

// The case called name; fails the test if there is none.
static inline const CompileCase *
find_case(const char *name)
{
    for (size_t i = 0; i < NCASES; i++)
        if (strcmp(compile_cases[i].name, name) == 0)
            return &compile_cases[i];
    fail_msg("no case %s", name);
    return NULL;
}

// Compile a case's AST (built in a new *arena, which the caller frees); NULL with the
// exception pending on failure.
static inline PyCodeObject *
compile_case(const CompileCase *cc, AstArena **arena)
{
    *arena = fe_arena_new();
    assert_non_null(*arena);
    Mod *mod = sx_module(cc->ast, *arena);
    PyObject *fn = PyUnicode_FromString("x.py");
    PyCodeObject *co = fe_compile_ex(mod, fn, cc->mode, cc->optimize, NULL, 0, *arena);
    Py_DECREF(fn);
    return co;
}

#endif
