// test_time.c: tests of modules/time.c. Each expression is evaluated by the interpreter with
// `time` bound to the module and TZ=UTC; the expected reprs and messages ("Type: message")
// were printed by CPython 3.11 (TZ=UTC) for the same expressions.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "modules/modules.h"
#include "tests/unit/vm/vm_testing.h"

static int
setup(void **state)
{
    setenv("TZ", "UTC", 1);
    tzset();
    if (vm_test_builtins_setup() < 0)
        return -1;
    PyObject *m = PyInit_time();
    if (m == NULL || PyDict_SetItemString(vm_test_globals, "time", m) < 0)
        return -1;
    Py_DECREF(m);
    return 0;
}

static const VmTestCase cases[] = {
    {"time.gmtime(0)", "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)"},
    {"time.gmtime(-1.5)", "time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=58, tm_wday=2, tm_yday=365, tm_isdst=0)"},
    {"time.gmtime(0.9)", "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)"},
    {"time.gmtime(86400 * 365 * 30 + 12345)", "time.struct_time(tm_year=1999, tm_mon=12, tm_mday=25, tm_hour=3, tm_min=25, tm_sec=45, tm_wday=5, tm_yday=359, tm_isdst=0)"},
    {"time.gmtime(1e300)", "OverflowError: timestamp out of range for platform time_t"},
    {"time.gmtime(\"x\")", "TypeError: 'str' object cannot be interpreted as an integer"},
    {"time.gmtime(2**70)", "OverflowError: timestamp out of range for platform time_t"},
    {"time.gmtime(0).tm_zone", "'GMT'"},
    {"time.gmtime(0)[6]", "3"},
    {"time.asctime(time.gmtime(0))", "'Thu Jan  1 00:00:00 1970'"},
    {"time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0))", "'Mon Jan  1 00:00:00 2020'"},
    {"time.strftime(\"%Y-%m-%d %H:%M:%S\", time.gmtime(86400 * 365))", "'1971-01-01 00:00:00'"},
    {"time.strftime(\"\", time.gmtime(0))", "''"},
    {"time.strftime(\"%Y\", (1, 2, 3))", "TypeError: strftime(): illegal time tuple argument"},
    {"time.strftime(\"%Y\", (2020, 13, 1, 0, 0, 0, 0, 1, 0))", "ValueError: month out of range"},
    {"time.strftime(5)", "TypeError: strftime() argument 1 must be str, not int"},
    {"time.sleep(0)", "None"},
    {"time.sleep(-1)", "ValueError: sleep length must be non-negative"},
    {"time.sleep(\"a\")", "TypeError: 'str' object cannot be interpreted as an integer"},
    {"time.sleep(float(\"nan\"))", "ValueError: Invalid value NaN (not a number)"},
    {"time.sleep(None)", "TypeError: 'NoneType' object cannot be interpreted as an integer"},
    {"time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9))", "time.struct_time(tm_year=1, tm_mon=2, tm_mday=3, tm_hour=4, tm_min=5, tm_sec=6, tm_wday=7, tm_yday=8, tm_isdst=9)"},
    {"time.struct_time((1, 2, 3))", "TypeError: time.struct_time() takes an at least 9-sequence (3-sequence given)"},
    {"type(time.time()), type(time.time_ns()), type(time.perf_counter_ns()), type(time.monotonic())", "(<class 'float'>, <class 'int'>, <class 'int'>, <class 'float'>)"},
    {"abs(time.time_ns() / 1e9 - time.time()) < 5", "True"},
    {"time.monotonic() <= time.monotonic()", "True"},
    {"time.process_time() >= 0", "True"},
};

static void
test_time_functions_match_cpython(void **state)
{
    assert_cases_match(cases);
}

static void
test_time_zone_constants_describe_utc(void **state)
{
    char got[256];
    vm_test_evaluate("(time.timezone, time.altzone, time.daylight, time.tzname)", got, sizeof got);
    assert_string_equal(got, "(0, 0, 0, ('UTC', 'UTC'))");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_time_functions_match_cpython),
        cmocka_unit_test(test_time_zone_constants_describe_utc),
    };
    return cmocka_run_group_tests(tests, setup, vm_test_builtins_teardown);
}
