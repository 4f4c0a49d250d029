// jit_testing.h: helpers of the jit suites, which link jit/'s sources as a static library
// (krait_jit_tests) beside the runtime and the VM: code objects of small functions compiled
// from source, kept alive until the suite ends (deopt.c keys its records by code object), and
// stderr captured while the tier prints its statistics. Include after <cmocka.h>.
#ifndef KRAIT_TESTS_JIT_TESTING_H
#define KRAIT_TESTS_JIT_TESTING_H

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "frontend/compile.h"
#include "jit/jit.h"
#include "tests/unit/testing.h"
#include "vm/opcode.h"
#include "vm/vm.h"

// Every code object a suite compiled, released by jit_test_teardown.
static PyObject *jit_test_codes;

static inline int
jit_test_setup(void **state)
{
    (void)state;
    if (rt_runtime_init() < 0 || vm_init() < 0)
        return -1;
    jit_test_codes = PyList_New(0);
    return jit_test_codes == NULL ? -1 : 0;
}

static inline int
jit_test_teardown(void **state)
{
    (void)state;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(jit_test_codes); i++)
        ((PyCodeObject *)PyList_GET_ITEM(jit_test_codes, i))->co_jit = NULL;
    Py_CLEAR(jit_test_codes);
    vm_fini();
    rt_runtime_fini();
    return 0;
}

// The code object of the function `name` defined at the top level of src (borrowed: the
// suite keeps it until teardown). Fails the test if src does not compile.
static inline PyCodeObject *
jit_test_function_code(const char *src, const char *name)
{
    PyCodeObject *module = fe_compile_source(src, (Py_ssize_t)strlen(src), "<jit test>", MOD_MODULE);
    assert_non_null(module);
    PyCodeObject *found = NULL;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(module->co_consts); i++) {
        PyObject *c = PyTuple_GET_ITEM(module->co_consts, i);
        if (PyCode_Check(c) &&
            strcmp(PyUnicode_AsUTF8(((PyCodeObject *)c)->co_name), name) == 0)
            found = (PyCodeObject *)c;
    }
    assert_non_null(found);
    assert_int_equal(PyList_Append(jit_test_codes, (PyObject *)found), 0);
    Py_DECREF(module);
    return found;
}

// The code-unit index of the first instruction of co whose opcode (family) is `op`.
static inline int
jit_test_find_op(PyCodeObject *co, int op)
{
    for (int i = 0; i < Py_SIZE(co);) {
        int here = vm_opcode_deopt(rt_code_unit_op(co->co_code[i]));
        if (here == op)
            return i;
        i += 1 + vm_opcode_caches(here);
    }
    fail_msg("no such instruction");
    return -1;
}

// Run fn with stderr going to a temporary file, then return what it printed (static buffer).
static inline const char *
jit_test_capture_stderr(void (*fn)(void))
{
    static char text[16384];
    fflush(stderr);
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    fn();
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(tmp);
    size_t n = fread(text, 1, sizeof text - 1, tmp);
    text[n] = '\0';
    fclose(tmp);
    return text;
}

#endif
