// test_builtins.c: tests of vm/builtins.c, builtins_num.c, builtins_io.c, builtins_exec.c
// and builtins_iter.c. Most cases are expressions evaluated by the interpreter with the
// builtins module; their expected reprs and messages ("Type: message") were printed by
// CPython 3.11 (PYTHONHASHSEED=0) for the same expressions.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/objects/moduleobject.h"
#include "tests/unit/vm/vm_testing.h"

static int
setup(void **state)
{
    return vm_test_builtins_setup();
}

static const VmTestCase cases[] = {
    {"len(\"abc\"), len([1, 2]), len({})", "(3, 2, 0)"},
    {"len(1)", "TypeError: object of type 'int' has no len()"},
    {"len()", "TypeError: len() takes exactly one argument (0 given)"},
    {"repr(\"x\"), repr(1.5), ascii(\"\303\251\"), ascii([1, \"\303\274\"])", "(\"'x'\", '1.5', \"'\\\\xe9'\", \"[1, '\\\\xfc']\")"},
    {"abs(-3), abs(-2.5), abs(3+4j), abs(True)", "(3, 2.5, 5.0, 1)"},
    {"abs(\"a\")", "TypeError: bad operand type for abs(): 'str'"},
    {"all([]), all([1, 0]), any([]), any([0, 2]), any([x > 1 for x in [1, 2]])", "(True, False, False, True, True)"},
    {"any(1)", "TypeError: 'int' object is not iterable"},
    {"bin(-5), oct(8), hex(-255), hex(2**70), bin(True)", "('-0b101', '0o10', '-0xff', '0x400000000000000000', '0b1')"},
    {"hex(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"chr(65), chr(0x10ffff), chr(233)", "('A', '\\U0010ffff', '\303\251')"},
    {"chr(-1)", "ValueError: chr() arg not in range(0x110000)"},
    {"chr(0x110000)", "ValueError: chr() arg not in range(0x110000)"},
    {"chr(\"a\")", "TypeError: 'str' object cannot be interpreted as an integer"},
    {"chr(2**70)", "OverflowError: Python int too large to convert to C int"},
    {"ord(\"a\"), ord(\"\342\202\254\"), ord(b\"a\")", "(97, 8364, 97)"},
    {"ord(\"ab\")", "TypeError: ord() expected a character, but string of length 2 found"},
    {"ord(\"\")", "TypeError: ord() expected a character, but string of length 0 found"},
    {"ord(1)", "TypeError: ord() expected string of length 1, but int found"},
    {"callable(len), callable(1), callable(int)", "(True, False, True)"},
    {"callable()", "TypeError: callable() takes exactly one argument (0 given)"},
    {"hash(1), hash(-1), hash(2**64), hash(1.5), hash(\"abc\"), hash((1, 2)), hash(True)", "(1, -2, 8, 1152921504606846977, -4594863902769663758, -3550055125485641917, 1)"},
    {"hash([])", "TypeError: unhashable type: 'list'"},
    {"divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(2**70, 7)", "((3, 1), (-4, 1), (3.0, 1.5), (168655945816773043346, 2))"},
    {"divmod(1)", "TypeError: divmod expected 2 arguments, got 1"},
    {"divmod(1, 0)", "ZeroDivisionError: integer division or modulo by zero"},
    {"pow(2, 10), pow(2, -1), pow(2, 3, 5), pow(2, -1, 5), pow(3, 4, -5), pow(2, 100, 10**20 + 1)", "(1024, 0.5, 3, 3, -4, 28229401484026699374)"},
    {"pow(base=2, exp=3), pow(2, exp=3, mod=3)", "(8, 2)"},
    {"pow()", "TypeError: pow() missing required argument 'base' (pos 1)"},
    {"pow(2.0, 3, 5)", "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
    {"pow(2, 3, 0)", "ValueError: pow() 3rd argument cannot be 0"},
    {"pow(0, -1)", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"round(2.5), round(3.5), round(-0.5), round(0.5, 0), round(5, None), round(1.5, None)", "(2, 4, 0, 0.0, 5, 2)"},
    {"round(1.25, 1), round(2.675, 2), round(0.125, 2), round(1e300, 2), round(123.456, -2), round(-123.456, -2)", "(1.2, 2.67, 0.12, 1e+300, 100.0, -100.0)"},
    {"round(12345, -2), round(12355, -1), round(12350, -2), round(-12350, -2), round(5, 3), round(True, 2)", "(12300, 12360, 12400, -12400, 5, 1)"},
    {"round(1e300, -300), round(-4.0, -1), round(5e-324, 400), round(1.7976931348623157e308, -300)", "(1e+300, -0.0, 5e-324, 1.79769313e+308)"},
    {"round(1.7976931348623157e308, -308)", "OverflowError: rounded value too large to represent"},
    {"round(float(\"inf\"))", "OverflowError: cannot convert float infinity to integer"},
    {"round(float(\"nan\"))", "ValueError: cannot convert float NaN to integer"},
    {"round(float(\"inf\"), 2)", "inf"},
    {"round(\"a\")", "TypeError: type str doesn't define __round__ method"},
    {"round(1, 1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"round()", "TypeError: round() missing required argument 'number' (pos 1)"},
    {"round(number=2.5), round(2.5, ndigits=0)", "(2, 2.0)"},
    {"round(1.5, x=1)", "TypeError: 'x' is an invalid keyword argument for round()"},
    {"sum([1, 2, 3]), sum([], 5), sum([1, 2], 0.5), sum([0.1] * 10), sum([1e100, 1.0, -1e100])", "(6, 5, 3.5, 0.9999999999999999, 0.0)"},
    {"sum(range(10**6)), sum([[1], [2]], []), sum([True, True]), sum([2**63, 2**63]), sum([1, 2.5, 2**70])", "(499999500000, [1, 2], 2, 18446744073709551616, 1.1805916207174113e+21)"},
    {"sum([], start=5)", "5"},
    {"sum()", "TypeError: sum() takes at least 1 positional argument (0 given)"},
    {"sum([], 1, 2)", "TypeError: sum() takes at most 2 arguments (3 given)"},
    {"sum([\"a\"], \"\")", "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
    {"sum([b\"a\"], b\"\")", "TypeError: sum() can't sum bytes [use b''.join(seq) instead]"},
    {"sum(iterable=[])", "TypeError: sum() takes at least 1 positional argument (0 given)"},
    {"sum([1, \"a\"])", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
    {"max(1, 2), max([3, 1, 2]), min(\"bca\"), max([1], default=5), min([], default=5), max([3, 1], key=lambda x: -x)", "(2, 3, 'a', 1, 5, 1)"},
    {"min(1, 2, key=None), max((1, \"b\"), (1, \"a\")), min([2, 1, 1.0]), max([1, 1.0]), min(iter([3, 2]))", "(1, (1, 'b'), 1, 1, 2)"},
    {"max()", "TypeError: max expected at least 1 argument, got 0"},
    {"max(1)", "TypeError: 'int' object is not iterable"},
    {"max([])", "ValueError: max() arg is an empty sequence"},
    {"min(iter([]))", "ValueError: min() arg is an empty sequence"},
    {"max(1, 2, default=3)", "TypeError: Cannot specify a default for max() with multiple positional arguments"},
    {"max([1], x=1)", "TypeError: 'x' is an invalid keyword argument for max()"},
    {"max([3, 1], key=len)", "TypeError: object of type 'int' has no len()"},
    {"sorted([3, 1, 2]), sorted(\"bca\", reverse=True), sorted([3, 1], key=lambda x: -x), sorted((1, 2), key=None)", "([1, 2, 3], ['c', 'b', 'a'], [3, 1], [1, 2])"},
    {"sorted([1, \"a\"])", "TypeError: '<' not supported between instances of 'str' and 'int'"},
    {"sorted()", "TypeError: sorted expected 1 argument, got 0"},
    {"sorted([], 1)", "TypeError: sorted expected 1 argument, got 2"},
    {"sorted([], x=1)", "TypeError: 'x' is an invalid keyword argument for sort()"},
    {"sorted([3, 1, 2], reverse=\"x\")", "TypeError: 'str' object cannot be interpreted as an integer"},
    {"list(reversed([1, 2])), list(reversed(\"ab\")), list(reversed(range(3))), list(reversed((1, 2)))", "([2, 1], ['b', 'a'], [2, 1, 0], [2, 1])"},
    {"reversed(1)", "TypeError: 'int' object is not reversible"},
    {"list(enumerate(\"ab\")), list(enumerate(\"ab\", 5)), list(enumerate(\"ab\", start=-1))", "([(0, 'a'), (1, 'b')], [(5, 'a'), (6, 'b')], [(-1, 'a'), (0, 'b')])"},
    {"list(zip()), list(zip([1, 2], \"ab\")), list(zip([1, 2, 3], \"ab\")), list(zip([1], [2], strict=True))", "([], [(1, 'a'), (2, 'b')], [(1, 'a'), (2, 'b')], [(1, 2)])"},
    {"list(zip([1], [1, 2], strict=True))", "ValueError: zip() argument 2 is longer than argument 1"},
    {"list(zip([1, 2], [1], strict=True))", "ValueError: zip() argument 2 is shorter than argument 1"},
    {"list(zip([1], [1], [1, 2], strict=True))", "ValueError: zip() argument 3 is longer than arguments 1-2"},
    {"list(zip([1, 2], [1], [1], strict=True))", "ValueError: zip() argument 2 is shorter than argument 1"},
    {"zip([], x=1)", "TypeError: 'x' is an invalid keyword argument for zip()"},
    {"list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(len, []))", "(['1', '2'], [8, 9], [])"},
    {"map()", "TypeError: map() must have at least two arguments."},
    {"map(len)", "TypeError: map() must have at least two arguments."},
    {"list(map(None, [1]))", "TypeError: 'NoneType' object is not callable"},
    {"list(filter(None, [0, 1, \"\", \"a\"])), list(filter(lambda x: x > 1, [1, 2, 3])), list(filter(bool, [0, 2]))", "([1, 'a'], [2, 3], [2])"},
    {"filter()", "TypeError: filter expected 2 arguments, got 0"},
    {"filter(1, 2)", "TypeError: 'int' object is not iterable"},
    {"list(iter([1, 2])), next(iter([5])), next(iter([]), \"d\")", "([1, 2], 5, 'd')"},
    {"iter()", "TypeError: iter expected at least 1 argument, got 0"},
    {"iter(1)", "TypeError: 'int' object is not iterable"},
    {"iter(1, 2)", "TypeError: iter(v, w): v must be callable"},
    {"next(1)", "TypeError: 'int' object is not an iterator"},
    {"next(iter([]))", "StopIteration: "},
    {"isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance(\"a\", object)", "(True, True, True, True)"},
    {"isinstance(1, 1)", "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
    {"isinstance(1, (int, 1))", "True"},
    {"issubclass(bool, int), issubclass(int, (str, int)), issubclass(int, object), issubclass(type, object)", "(True, True, True, True)"},
    {"issubclass(1, int)", "TypeError: issubclass() arg 1 must be a class"},
    {"issubclass(int, 1)", "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"},
    {"getattr(1, \"real\"), getattr(1, \"x\", 5), hasattr(1, \"real\"), hasattr(1, \"x\")", "(1, 5, True, False)"},
    {"getattr(1)", "TypeError: getattr expected at least 2 arguments, got 1"},
    {"getattr(1, 2)", "TypeError: attribute name must be string, not 'int'"},
    {"getattr(1, \"x\")", "AttributeError: 'int' object has no attribute 'x'"},
    {"hasattr(1, 2)", "TypeError: attribute name must be string, not 'int'"},
    {"setattr(1, \"x\", 2)", "AttributeError: 'int' object has no attribute 'x'"},
    {"delattr(1, \"x\")", "AttributeError: 'int' object has no attribute 'x'"},
    {"format(1234567, \",\"), format(3.14159, \".2f\"), format(\"ab\", \">5\"), format(1), format(None), format(True, \"d\")", "('1,234,567', '3.14', '   ab', '1', 'None', '1')"},
    {"format(1, 2)", "TypeError: format() argument 2 must be str, not int"},
    {"format(\"x\", \"d\")", "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"format([], \"x\")", "TypeError: unsupported format string passed to list.__format__"},
    {"id(None) == id(None), type(id(1))", "(True, <class 'int'>)"},
    {"vars(1)", "TypeError: vars() argument must have __dict__ attribute"},
    {"dir(1, 2)", "TypeError: dir expected at most 1 argument, got 2"},
    {"eval(\"1 + 2\"), eval(\"  1\"), eval(b\"2 * 3\"), eval(\"x\", {\"x\": 5}), eval(\"x\", {}, {\"x\": 6}), eval(\"x\", None, {\"x\": 7})", "(3, 1, 6, 5, 6, 7)"},
    {"eval(\"1 +\")", "SyntaxError: invalid syntax (<string>, line 1)"},
    {"eval(1)", "TypeError: eval() arg 1 must be a string, bytes or code object"},
    {"eval(\"x\")", "NameError: name 'x' is not defined"},
    {"eval(\"1\", 1)", "TypeError: globals must be a dict"},
    {"eval(\"1\", {}, 1)", "TypeError: locals must be a mapping"},
    {"eval(compile(\"1 + 1\", \"f\", \"eval\"))", "2"},
    {"type(compile(\"x = 1\", \"f\", \"exec\")).__name__, eval(compile(\"3\", b\"f\", \"eval\"))", "('code', 3)"},
    {"compile(\"1\", \"f\", \"x\")", "ValueError: compile() mode must be 'exec', 'eval' or 'single'"},
    {"compile(1, \"f\", \"exec\")", "TypeError: compile() arg 1 must be a string, bytes or AST object"},
    {"compile(\"1 +\", \"f\", \"eval\")", "SyntaxError: invalid syntax (f, line 1)"},
    {"exec(\"y = 1\", 1)", "TypeError: exec() globals must be a dict, not int"},
    {"exec(\"y = 1\", {}, 1)", "TypeError: locals must be a mapping or None, not int"},
    {"exec(\"y = 1\", {}, {}, 1)", "TypeError: exec() takes at most 3 positional arguments (4 given)"},
    {"exec(\"raise ValueError(3)\")", "ValueError: 3"},
    {"exec(\"a = 2\\nb = a * 3\", {}) is None", "True"},
    {"__import__(\"nope\")", "ModuleNotFoundError: No module named 'nope'"},
    {"__import__()", "TypeError: __import__() missing required argument 'name' (pos 1)"},
    {"__import__(\"sys\").maxsize", "9223372036854775807"},
    {"(None, Ellipsis, NotImplemented, True, False, __debug__)", "(None, Ellipsis, NotImplemented, True, False, True)"},
    {"(int, str, float, bool, list, tuple, dict, set, frozenset, bytes, complex, object, type, range, slice)", "(<class 'int'>, <class 'str'>, <class 'float'>, <class 'bool'>, <class 'list'>, <class 'tuple'>, <class 'dict'>, <class 'set'>, <class 'frozenset'>, <class 'bytes'>, <class 'complex'>, <class 'object'>, <class 'type'>, <class 'range'>, <class 'slice'>)"},
    {"(enumerate, reversed, zip, map, filter)", "(<class 'enumerate'>, <class 'reversed'>, <class 'zip'>, <class 'map'>, <class 'filter'>)"},
    {"(EnvironmentError is OSError, IOError is OSError, ZeroDivisionError.__mro__)", "(True, True, (<class 'ZeroDivisionError'>, <class 'ArithmeticError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>))"},
    {"int(\"12\"), float(\"1.5\"), str(1), bool([]), list(\"ab\"), tuple([1]), dict(a=1), set([1, 1]), frozenset(), bytes(2), complex(\"1+2j\")", "(12, 1.5, '1', False, ['a', 'b'], (1,), {'a': 1}, {1}, frozenset(), b'\\x00\\x00', (1+2j))"},
    {"type(1), type(type), type(iter(range(3))), type(iter(range(2**64)))", "(<class 'int'>, <class 'type'>, <class 'range_iterator'>, <class 'longrange_iterator'>)"},
    {"range(5), list(range(10, 0, -3)), range(0, 10, 3)[1:], 5 in range(10), range(10).index(5)", "(range(0, 5), [10, 7, 4, 1], range(3, 12, 3), True, 5)"},
    // __complex__ and __reversed__ are looked up on the type, not through __getattr__.
    {"complex(type('B', (), {'__getattr__': lambda self, n: lambda: 3j})())", "TypeError: complex() first argument must be a string or a number, not 'B'"},
    {"list(reversed(type('R', (), {'__getattr__': lambda self, n: lambda: iter([1]), '__len__': lambda self: 1, '__getitem__': lambda self, i: 'x'})()))", "['x']"},
};

static void
test_builtins_match_cpython(void **state)
{
    assert_cases_match(cases);
}

// The text written to a temporary file that is bound to `f` while src runs.
static void
run_with_file(const char *src, const char *expected)
{
    FILE *fp = tmpfile();
    assert_non_null(fp);
    PyObject *f = vm_textio_new(fp, "<tmp>", "w", "strict", 0);
    assert_non_null(f);
    PyDict_SetItemString(vm_test_globals, "f", f);
    char err[512] = "";
    if (vm_test_execute(src, err, sizeof err) < 0)
        fail_msg("%s raised %s", src, err);
    PyDict_DelItemString(vm_test_globals, "f");
    Py_DECREF(f);
    fflush(fp);
    rewind(fp);
    char got[512];
    size_t n = fread(got, 1, sizeof got - 1, fp);
    got[n] = '\0';
    fclose(fp);
    assert_string_equal(got, expected);
}

static void
test_print_writes_sep_end_and_flushes(void **state)
{
    run_with_file("print(1, 'a', 2.5, file=f)", "1 a 2.5\n");
    run_with_file("print(1, 2, sep='-', end='!', file=f)", "1-2!");
    run_with_file("print(file=f)", "\n");
    run_with_file("print('x', None, sep=None, end=None, file=f, flush=True)", "x None\n");
    run_with_file("n = f.write('abc'); print(n, file=f)", "abc3\n");
    char err[256];
    assert_int_equal(vm_test_execute("print(sep=1)", err, sizeof err), -1);
    assert_string_equal(err, "TypeError: sep must be None or a string, not int");
    assert_int_equal(vm_test_execute("print(end=2)", err, sizeof err), -1);
    assert_string_equal(err, "TypeError: end must be None or a string, not int");
    assert_int_equal(vm_test_execute("print(x=1)", err, sizeof err), -1);
    assert_string_equal(err, "TypeError: 'x' is an invalid keyword argument for print()");
    assert_int_equal(vm_test_execute("print(1, file=1)", err, sizeof err), -1);
    assert_string_equal(err, "AttributeError: 'int' object has no attribute 'write'");
}

static void
test_exec_stores_names_in_the_given_globals(void **state)
{
    char err[256];
    assert_int_equal(vm_test_execute("g = {}\nexec('a = 2\\nb = a * 3', g)\n"
                                     "result = (g['a'], g['b'])", err, sizeof err), 0);
    char got[256];
    vm_test_evaluate("result, type(g['__builtins__']).__name__", got, sizeof got);
    assert_string_equal(got, "((2, 6), 'dict')");
    vm_test_evaluate("sorted(g)", got, sizeof got);
    assert_string_equal(got, "['__builtins__', 'a', 'b']");
}

static void
test_import_and_fromlist_of_builtin_modules(void **state)
{
    char err[256], got[256];
    assert_int_equal(vm_test_execute("import sys\nfrom sys import maxsize as m\nv = m", err,
                                     sizeof err), 0);
    vm_test_evaluate("v, sys.__name__, repr(sys)", got, sizeof got);
    assert_string_equal(got, "(9223372036854775807, 'sys', \"<module 'sys' (built-in)>\")");
    assert_int_equal(vm_test_execute("from sys import nope", err, sizeof err), -1);
    assert_string_equal(err, "ImportError: cannot import name 'nope' from 'sys' (unknown location)");
    assert_int_equal(vm_test_execute("import nope.sub", err, sizeof err), -1);
    assert_string_equal(err, "ModuleNotFoundError: No module named 'nope'");
    assert_int_equal(vm_test_execute("import sys.sub", err, sizeof err), -1);
    assert_string_equal(err, "ModuleNotFoundError: No module named 'sys.sub'; 'sys' is not a package");
}

static void
test_build_class_checks_its_arguments(void **state)
{
    char got[256];
    vm_test_evaluate("__build_class__()", got, sizeof got);
    assert_string_equal(got, "TypeError: __build_class__: not enough arguments");
    vm_test_evaluate("__build_class__(1, 'C')", got, sizeof got);
    assert_string_equal(got, "TypeError: __build_class__: func must be a function");
    vm_test_evaluate("__build_class__(lambda: None, 1)", got, sizeof got);
    assert_string_equal(got, "TypeError: __build_class__: name is not a string");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtins_match_cpython),
        cmocka_unit_test(test_print_writes_sep_end_and_flushes),
        cmocka_unit_test(test_exec_stores_names_in_the_given_globals),
        cmocka_unit_test(test_import_and_fromlist_of_builtin_modules),
        cmocka_unit_test(test_build_class_checks_its_arguments),
    };
    return cmocka_run_group_tests(tests, setup, vm_test_builtins_teardown);
}
