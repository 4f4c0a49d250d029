// test_sys.c: tests of vm/sys.c and vm/sys_io.c (the sys module and its standard streams).
// Most cases are expressions evaluated by the interpreter with `sys` bound to the module;
// the expected reprs and messages ("Type: message") were printed by CPython 3.11 for the
// same expressions.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/objects/moduleobject.h"
#include "tests/unit/vm/vm_testing.h"

static int
setup(void **state)
{
    if (vm_test_builtins_setup() < 0)
        return -1;
    return PyDict_SetItemString(vm_test_globals, "sys", vm_sys_module());
}

static const VmTestCase cases[] = {
    {"sys.version_info, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11)", "(sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0), (3, 11), 3, True)"},
    {"sys.version_info.releaselevel, len(sys.version_info), type(sys.version_info).__name__", "('final', 5, 'version_info')"},
    {"sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform, sys.hexversion", "(9223372036854775807, 1114111, 'little', 'linux', 51054576)"},
    {"sys.float_info", "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)"},
    {"sys.float_info.epsilon, sys.float_info[0]", "(2.220446049250313e-16, 1.7976931348623157e+308)"},
    {"sys.int_info", "sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)"},
    {"sys.hash_info", "sys.hash_info(width=64, modulus=2305843009213693951, inf=314159, nan=0, imag=1000003, algorithm='siphash13', hash_bits=64, seed_bits=128, cutoff=0)"},
    {"sys.getrecursionlimit()", "1000"},
    {"sys.setrecursionlimit(0)", "ValueError: recursion limit must be greater or equal than 1"},
    {"sys.setrecursionlimit(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"sys.setrecursionlimit(2**40)", "OverflowError: Python int too large to convert to C int"},
    {"sys.getrecursionlimit(1)", "TypeError: sys.getrecursionlimit() takes no arguments (1 given)"},
    {"sys.intern(\"abc\")", "'abc'"},
    {"sys.intern(1)", "TypeError: intern() argument must be str, not int"},
    {"sys.exit(1, 2)", "TypeError: exit expected at most 1 argument, got 2"},
    {"sys.exc_info()", "(None, None, None)"},
    {"sys.getdefaultencoding(), sys.getfilesystemencoding()", "('utf-8', 'utf-8')"},
    {"sys.get_int_max_str_digits()", "4300"},
    {"sys.set_int_max_str_digits(5)", "ValueError: maxdigits must be 0 or larger than 640"},
    {"sys.set_int_max_str_digits(maxdigits=640.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"sys.stdout.encoding, sys.stdout.name, sys.stderr.errors, sys.stdin.mode", "('utf-8', '<stdout>', 'backslashreplace', 'r')"},
    {"repr(sys.stdout), repr(sys.stderr), repr(sys.stdin)", "(\"<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\", \"<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>\", \"<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>\")"},
    {"sys.stdout.write(1)", "TypeError: write() argument must be str, not int"},
    {"sys.stdout.write()", "TypeError: TextIOWrapper.write() takes exactly one argument (0 given)"},
    {"sys.stdout.closed, sys.stdout.writable(), sys.stdin.readable()", "(False, True, True)"},
    {"type(sys.argv), type(sys.path), type(sys.modules), type(sys.flags).__name__", "(<class 'list'>, <class 'list'>, <class 'dict'>, 'flags')"},
    {"repr(sys)", "\"<module 'sys' (built-in)>\""},
    {"sys.flags.optimize, sys.flags.debug", "(0, 0)"},
};

static void
test_sys_attributes_match_cpython(void **state)
{
    assert_cases_match(cases);
}

// The code of the SystemExit that src raises.
static PyObject *
exit_code(const char *src)
{
    PyCodeObject *co = fe_compile_source(src, (Py_ssize_t)strlen(src), "<test>", MOD_MODULE);
    assert_non_null(co);
    PyObject *r = vm_eval_code(co, vm_test_globals, vm_test_globals);
    Py_DECREF(co);
    assert_null(r);
    PyObject *exc = PyErr_GetRaisedException();
    assert_true(PyErr_GivenExceptionMatches(exc, PyExc_SystemExit));
    PyObject *code = Py_XNewRef(((PySystemExitObject *)exc)->code);
    Py_DECREF(exc);
    return code;
}

static void
test_sys_exit_raises_system_exit_with_the_code(void **state)
{
    PyObject *code = exit_code("sys.exit()");
    assert_true(code == NULL || code == Py_None);
    Py_XDECREF(code);
    code = exit_code("sys.exit(None)");
    assert_true(code == NULL || code == Py_None);
    Py_XDECREF(code);
    code = exit_code("sys.exit(3)");
    assert_repr(code, "3");
    Py_DECREF(code);
    code = exit_code("sys.exit('bye')");
    assert_repr(code, "'bye'");
    Py_DECREF(code);
}

static void
test_sys_recursion_limit_round_trips(void **state)
{
    char err[256], got[256];
    assert_int_equal(vm_test_execute("sys.setrecursionlimit(2000)", err, sizeof err), 0);
    vm_test_evaluate("sys.getrecursionlimit()", got, sizeof got);
    assert_string_equal(got, "2000");
    assert_int_equal(vm_test_execute("sys.setrecursionlimit(1000)", err, sizeof err), 0);
    assert_int_equal(vm_test_execute("sys.set_int_max_str_digits(0)", err, sizeof err), 0);
    vm_test_evaluate("len(str(10**5000))", got, sizeof got);
    assert_string_equal(got, "5001");
    assert_int_equal(vm_test_execute("sys.set_int_max_str_digits(4300)", err, sizeof err), 0);
}

static void
test_sys_argv_and_path_come_from_the_command_line(void **state)
{
    char *argv[] = {"prog.py", "a", "b"};
    assert_int_equal(vm_sys_set_argv(3, argv, "dir"), 0);
    char got[256];
    vm_test_evaluate("sys.argv, sys.path[0]", got, sizeof got);
    assert_string_equal(got, "(['prog.py', 'a', 'b'], 'dir')");
    vm_test_evaluate("sys.implementation.name, sys.implementation.cache_tag", got, sizeof got);
    assert_string_equal(got, "('krait', None)");
}

static void
test_sys_stdout_writes_return_the_length(void **state)
{
    char got[256];
    vm_test_evaluate("sys.stdout.write('')", got, sizeof got);
    assert_string_equal(got, "0");
    vm_test_evaluate("sys.stderr.write('')", got, sizeof got);
    assert_string_equal(got, "0");
}

// -X int_max_str_digits=N and PYTHONINTMAXSTRDIGITS (which -E turns off) set the limit; an
// invalid value is refused (the command then exits after CPython's fatal error message).
static void
test_sys_int_max_str_digits_start_up_options(void **state)
{
    int saved = rt_int_max_str_digits;
    assert_int_equal(vm_sys_init_int_max_str_digits("=700", 1), 0);
    assert_int_equal(rt_int_max_str_digits, 700);
    assert_int_equal(vm_sys_init_int_max_str_digits("=0", 1), 0);
    assert_int_equal(rt_int_max_str_digits, 0);
    static const char *invalid[] = {"=639", "", "=", "=7x", "=-1", "=99999999999"};
    for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++)
        assert_int_equal(vm_sys_init_int_max_str_digits(invalid[i], 1), -1);
    assert_int_equal(rt_int_max_str_digits, 0);
    setenv("PYTHONINTMAXSTRDIGITS", "5000", 1);
    assert_int_equal(vm_sys_init_int_max_str_digits(NULL, 0), 0); // -E: not read
    assert_int_equal(rt_int_max_str_digits, 0);
    assert_int_equal(vm_sys_init_int_max_str_digits(NULL, 1), 0);
    assert_int_equal(rt_int_max_str_digits, 5000);
    assert_int_equal(vm_sys_init_int_max_str_digits("=800", 1), 0); // -X wins
    assert_int_equal(rt_int_max_str_digits, 800);
    setenv("PYTHONINTMAXSTRDIGITS", "", 1); // empty: as if unset
    assert_int_equal(vm_sys_init_int_max_str_digits(NULL, 1), 0);
    assert_int_equal(rt_int_max_str_digits, 800);
    setenv("PYTHONINTMAXSTRDIGITS", "12", 1);
    assert_int_equal(vm_sys_init_int_max_str_digits(NULL, 1), -1);
    unsetenv("PYTHONINTMAXSTRDIGITS");
    rt_int_max_str_digits = saved;
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sys_attributes_match_cpython),
        cmocka_unit_test(test_sys_exit_raises_system_exit_with_the_code),
        cmocka_unit_test(test_sys_recursion_limit_round_trips),
        cmocka_unit_test(test_sys_argv_and_path_come_from_the_command_line),
        cmocka_unit_test(test_sys_stdout_writes_return_the_length),
        cmocka_unit_test(test_sys_int_max_str_digits_start_up_options),
    };
    return cmocka_run_group_tests(tests, setup, vm_test_builtins_teardown);
}
