// test_str_methods.c: the str methods (runtime/objects/str_methods.c, str_pad.c,
// str_translate.c) and the character properties of str_props.c. The case table was generated
// by running each call on CPython 3.11 (gen_str_method_cases.py; the expected text is repr()
// of the result, or "!Type: message").
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/call.h"
#include "runtime/objects/str_props.h"

// An argument: 's' str, 'i' int, 'n' None, 'b' bool, or 't'/'l' a tuple/list of the next i.
typedef struct {
    char kind;
    const char *s;
    long i;
} Arg;

typedef struct {
    const char *receiver;
    const char *method;
    int nargs;
    Arg args[8];
    const char *expected;
} Case;

static const Case cases[] = {
    {"a,b,,c", "split", 1, {{'s', ",", 0}}, "['a', 'b', '', 'c']"},
    {"  a  b  c ", "split", 0, {}, "['a', 'b', 'c']"},
    {"  a  b  c ", "split", 2, {{'n', NULL, 0}, {'i', NULL, 1}}, "['a', 'b  c ']"},
    {"  a  b  c ", "rsplit", 2, {{'n', NULL, 0}, {'i', NULL, 1}}, "['  a  b', 'c']"},
    {"a,b,,c", "rsplit", 2, {{'s', ",", 0}, {'i', NULL, 2}}, "['a,b', '', 'c']"},
    {"abc", "split", 1, {{'i', NULL, 1}}, "!TypeError: must be str or None, not int"},
    {"abc", "split", 1, {{'s', "", 0}}, "!ValueError: empty separator"},
    {"a b", "split", 3, {{'s', " ", 0}, {'i', NULL, 1}, {'i', NULL, 2}}, "!TypeError: split() takes at most 2 arguments (3 given)"},
    {"", "split", 0, {}, "[]"},
    {"", "split", 1, {{'s', ",", 0}}, "['']"},
    {"x\015\012y\015z\034w\342\200\250v\012", "splitlines", 0, {}, "['x', 'y', 'z', 'w', 'v']"},
    {"a\012b\015\012", "splitlines", 1, {{'b', NULL, 1}}, "['a\\n', 'b\\r\\n']"},
    {"  hi  ", "strip", 0, {}, "'hi'"},
    {"xxhixx", "strip", 1, {{'s', "x", 0}}, "'hi'"},
    {"  hi  ", "lstrip", 0, {}, "'hi  '"},
    {"  hi  ", "rstrip", 0, {}, "'  hi'"},
    {"a", "strip", 1, {{'i', NULL, 1}}, "!TypeError: strip arg must be None or str"},
    {"abcba", "strip", 1, {{'s', "ab", 0}}, "'c'"},
    {"\343\200\200a\302\205", "strip", 0, {}, "'a'"},
    {"abcabc", "replace", 2, {{'s', "b", 0}, {'s', "XY", 0}}, "'aXYcaXYc'"},
    {"abcabc", "replace", 3, {{'s', "b", 0}, {'s', "XY", 0}, {'i', NULL, 1}}, "'aXYcabc'"},
    {"abc", "replace", 2, {{'s', "", 0}, {'s', "-", 0}}, "'-a-b-c-'"},
    {"abc", "replace", 3, {{'s', "", 0}, {'s', "-", 0}, {'i', NULL, 2}}, "'-a-bc'"},
    {"a", "replace", 2, {{'i', NULL, 1}, {'s', "b", 0}}, "!TypeError: replace() argument 1 must be str, not int"},
    {"a", "replace", 2, {{'s', "a", 0}, {'i', NULL, 1}}, "!TypeError: replace() argument 2 must be str, not int"},
    {"a", "replace", 1, {{'s', "a", 0}}, "!TypeError: replace expected at least 2 arguments, got 1"},
    {"hello", "startswith", 1, {{'s', "he", 0}}, "True"},
    {"hello", "startswith", 1, {{'t', NULL, 2}, {'s', "x", 0}, {'s', "hel", 0}}, "True"},
    {"hello", "endswith", 3, {{'s', "lo", 0}, {'i', NULL, 0}, {'i', NULL, 5}}, "True"},
    {"hello", "endswith", 3, {{'s', "ll", 0}, {'n', NULL, 0}, {'i', NULL, -1}}, "True"},
    {"a", "startswith", 1, {{'i', NULL, 1}}, "!TypeError: startswith first arg must be str or a tuple of str, not int"},
    {"a", "startswith", 1, {{'t', NULL, 1}, {'i', NULL, 1}}, "!TypeError: tuple for startswith must only contain str, not int"},
    {"abc", "startswith", 2, {{'s', "", 0}, {'i', NULL, 5}}, "False"},
    {"hello", "find", 1, {{'s', "l", 0}}, "2"},
    {"hello", "rfind", 1, {{'s', "l", 0}}, "3"},
    {"hello", "find", 1, {{'s', "z", 0}}, "-1"},
    {"hello", "find", 2, {{'s', "l", 0}, {'i', NULL, 3}}, "3"},
    {"hello", "find", 3, {{'s', "l", 0}, {'i', NULL, -2}, {'i', NULL, -1}}, "3"},
    {"abc", "find", 2, {{'s', "", 0}, {'i', NULL, 3}}, "3"},
    {"abc", "find", 2, {{'s', "", 0}, {'i', NULL, 4}}, "-1"},
    {"abc", "rfind", 3, {{'s', "", 0}, {'i', NULL, 1}, {'i', NULL, 2}}, "2"},
    {"hello", "index", 1, {{'s', "z", 0}}, "!ValueError: substring not found"},
    {"hello", "rindex", 1, {{'s', "l", 0}}, "3"},
    {"a", "find", 1, {{'i', NULL, 1}}, "!TypeError: must be str, not int"},
    {"a", "find", 2, {{'s', "a", 0}, {'s', "x", 0}}, "!TypeError: slice indices must be integers or None or have an __index__ method"},
    {"aaaa", "count", 1, {{'s', "aa", 0}}, "2"},
    {"abc", "count", 1, {{'s', "", 0}}, "4"},
    {"abc", "count", 2, {{'s', "", 0}, {'i', NULL, 5}}, "0"},
    {"h\303\251llo w\303\266rld", "find", 1, {{'s', "w\303\266", 0}}, "6"},
    {"-", "join", 1, {{'l', NULL, 3}, {'s', "a", 0}, {'s', "b", 0}, {'s', "c", 0}}, "'a-b-c'"},
    {",", "join", 1, {{'l', NULL, 0}}, "''"},
    {"-", "join", 1, {{'l', NULL, 1}, {'i', NULL, 1}}, "!TypeError: sequence item 0: expected str instance, int found"},
    {"a=b=c", "partition", 1, {{'s', "=", 0}}, "('a', '=', 'b=c')"},
    {"a=b=c", "rpartition", 1, {{'s', "=", 0}}, "('a=b', '=', 'c')"},
    {"abc", "partition", 1, {{'s', "=", 0}}, "('abc', '', '')"},
    {"abc", "rpartition", 1, {{'s', "=", 0}}, "('', '', 'abc')"},
    {"a", "partition", 1, {{'s', "", 0}}, "!ValueError: empty separator"},
    {"a", "partition", 1, {{'i', NULL, 1}}, "!TypeError: must be str, not int"},
    {"ab", "center", 2, {{'i', NULL, 7}, {'s', "*", 0}}, "'***ab**'"},
    {"abc", "center", 2, {{'i', NULL, 6}, {'s', "*", 0}}, "'*abc**'"},
    {"ab", "ljust", 1, {{'i', NULL, 5}}, "'ab   '"},
    {"ab", "rjust", 2, {{'i', NULL, 5}, {'s', ".", 0}}, "'...ab'"},
    {"abc", "ljust", 1, {{'i', NULL, 2}}, "'abc'"},
    {"a", "ljust", 2, {{'i', NULL, 5}, {'s', "ab", 0}}, "!TypeError: The fill character must be exactly one character long"},
    {"a", "ljust", 2, {{'i', NULL, 5}, {'i', NULL, 1}}, "!TypeError: The fill character must be a unicode character, not int"},
    {"a", "ljust", 1, {{'s', "x", 0}}, "!TypeError: 'str' object cannot be interpreted as an integer"},
    {"-42", "zfill", 1, {{'i', NULL, 6}}, "'-00042'"},
    {"+7", "zfill", 1, {{'i', NULL, 4}}, "'+007'"},
    {"abc", "zfill", 1, {{'i', NULL, 2}}, "'abc'"},
    {"\303\237 stra\303\237e \307\206", "upper", 0, {}, "'SS STRASSE \307\204'"},
    {"\316\243\316\221\316\243 \316\243\316\221\316\243.", "lower", 0, {}, "'\317\203\316\261\317\202 \317\203\316\261\317\202.'"},
    {"HeLLo \304\260", "lower", 0, {}, "'hello i\314\207'"},
    {"hello wORLD \307\206x 3rd", "title", 0, {}, "'Hello World \307\205x 3Rd'"},
    {"\307\206x YZ", "capitalize", 0, {}, "'\307\205x yz'"},
    {"aBc \303\237", "swapcase", 0, {}, "'AbC SS'"},
    {"\357\254\201x", "upper", 0, {}, "'FIX'"},
    {"\302\262", "isdigit", 0, {}, "True"},
    {"\302\262", "isdecimal", 0, {}, "False"},
    {"\344\270\200", "isnumeric", 0, {}, "True"},
    {"\302\252", "islower", 0, {}, "True"},
    {"\342\205\253", "isupper", 0, {}, "True"},
    {"", "isascii", 0, {}, "True"},
    {"", "isspace", 0, {}, "False"},
    {"A1", "isalnum", 0, {}, "True"},
    {" \011\012", "isspace", 0, {}, "True"},
    {"abc", "isalpha", 0, {}, "True"},
    {"ab1", "isalpha", 0, {}, "False"},
    {"Hello World", "istitle", 0, {}, "True"},
    {"Hello world", "istitle", 0, {}, "False"},
    {"ABC1", "isupper", 0, {}, "True"},
    {"abc", "islower", 0, {}, "True"},
    {"\303\251", "isascii", 0, {}, "False"},
    {"\331\241\331\242", "isdecimal", 0, {}, "True"},
    {"a\011b\012\011c", "expandtabs", 1, {{'i', NULL, 4}}, "'a   b\\n    c'"},
    {"a\011bc\011d", "expandtabs", 0, {}, "'a       bc      d'"},
    {"prefix-x", "removeprefix", 1, {{'s', "prefix-", 0}}, "'x'"},
    {"x.py", "removesuffix", 1, {{'s', ".py", 0}}, "'x'"},
    {"a", "removeprefix", 1, {{'i', NULL, 1}}, "!TypeError: removeprefix() argument must be str, not int"},
    {"h\303\251llo", "encode", 0, {}, "b'h\\xc3\\xa9llo'"},
    {"h\303\251llo", "encode", 1, {{'s', "ascii", 0}}, "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"},
    {"h\303\251llo", "encode", 2, {{'s', "ascii", 0}, {'s', "replace", 0}}, "b'h?llo'"},
    {"a", "encode", 1, {{'i', NULL, 1}}, "!TypeError: encode() argument 'encoding' must be str, not int"},
    {"a", "upper", 1, {{'i', NULL, 1}}, "!TypeError: str.upper() takes no arguments (1 given)"},
    {"Stra\303\237e \316\243\316\221\316\243 \357\254\201", "casefold", 0, {}, "'strasse \317\203\316\261\317\203 fi'"},
    {"\341\216\240\352\255\260", "casefold", 0, {}, "'\341\216\240\341\216\240'"},
    {"\304\260", "casefold", 0, {}, "'i\314\207'"},
    {"\307\205", "casefold", 0, {}, "'\307\206'"},
    {"a\007", "isprintable", 0, {}, "False"},
    {"", "isprintable", 0, {}, "True"},
    {"\303\251\344\270\255\360\237\230\200", "isprintable", 0, {}, "True"},
    {"\342\200\213", "isprintable", 0, {}, "False"},
    {"_x1", "isidentifier", 0, {}, "True"},
    {"1x", "isidentifier", 0, {}, "False"},
    {"\342\204\225x", "isidentifier", 0, {}, "True"},
    {"x\342\270\257", "isidentifier", 0, {}, "False"},
    {"", "isidentifier", 0, {}, "False"},
    {"a\302\267", "isidentifier", 0, {}, "True"},
    {"\302\267", "isidentifier", 0, {}, "False"},
    {"x", "maketrans", 3, {{'s', "ab", 0}, {'s', "cd", 0}, {'s', "e", 0}}, "{97: 99, 98: 100, 101: None}"},
    {"x", "maketrans", 2, {{'s', "ab", 0}, {'s', "c", 0}}, "!ValueError: the first two maketrans arguments must have equal length"},
    {"x", "maketrans", 1, {{'s', "ab", 0}}, "!TypeError: if you give only one argument to maketrans it must be a dict"},
    {"abcde", "translate", 1, {{'s', "ab", 0}}, "'abcde'"},
    {"\001b", "translate", 1, {{'l', NULL, 2}, {'n', NULL, 0}, {'s', "Z", 0}}, "'Zb'"},
    {"a\303\251\360\237\230\200", "encode", 1, {{'s', "utf-16", 0}}, "b'\\xff\\xfea\\x00\\xe9\\x00=\\xd8\\x00\\xde'"},
    {"a\360\237\230\200", "encode", 1, {{'s', "UTF-16BE", 0}}, "b'\\x00a\\xd8=\\xde\\x00'"},
    {"a\360\237\230\200", "encode", 1, {{'s', "utf_32_le", 0}}, "b'a\\x00\\x00\\x00\\x00\\xf6\\x01\\x00'"},
    {"\303\251\342\202\254", "encode", 2, {{'s', "latin1", 0}, {'s', "xmlcharrefreplace", 0}}, "b'\\xe9&#8364;'"},
    {"a\303\251", "encode", 2, {{'s', "ascii", 0}, {'s', "surrogateescape", 0}}, "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"},
    {"a", "encode", 1, {{'s', "cp-1252-x", 0}}, "!LookupError: unknown encoding: cp-1252-x"},
    {"a", "encode", 2, {{'s', "utf-8", 0}, {'n', NULL, 0}}, "!TypeError: encode() argument 'errors' must be str, not None"},
    {"ab", "expandtabs", 1, {{'i', NULL, 1099511627776}}, "!OverflowError: Python int too large to convert to C int"},
    {"ab", "splitlines", 1, {{'i', NULL, 1099511627776}}, "!OverflowError: Python int too large to convert to C int"},
    {"ab", "removeprefix", 1, {{'n', NULL, 0}}, "!TypeError: removeprefix() argument must be str, not None"},
    {"a\303\251b\344\270\255c\360\237\230\200", "find", 1, {{'s', "b\344\270\255", 0}}, "2"},
    {"a\303\251b\344\270\255c\360\237\230\200", "rfind", 1, {{'s', "c", 0}}, "4"},
    {"\360\237\230\200a\360\237\230\200a", "count", 1, {{'s', "a", 0}}, "2"},
    {"\360\237\230\200a\360\237\230\200a", "rfind", 3, {{'s', "a", 0}, {'i', NULL, 0}, {'i', NULL, 3}}, "1"},
    {"a-b-c", "rpartition", 1, {{'s', "-", 0}}, "('a-b', '-', 'c')"},
    {"h\303\251\303\251", "replace", 2, {{'s', "\303\251", 0}, {'s', "e", 0}}, "'hee'"},
    {"h\303\251\303\251", "replace", 3, {{'s', "h", 0}, {'s', "\344\270\255", 0}, {'i', NULL, 1}}, "'\344\270\255\303\251\303\251'"},
    {"x", "__getnewargs__", 0, {}, "('x',)"},
};

// Build the object that specs[*pos] describes, advancing *pos past it (and its items).
static PyObject *
build(const Arg *specs, int *pos)
{
    const Arg *a = &specs[(*pos)++];
    switch (a->kind) {
    case 's': return PyUnicode_FromString(a->s);
    case 'i': return PyLong_FromLong(a->i);
    case 'n': return Py_NewRef(Py_None);
    case 'b': return PyBool_FromLong(a->i);
    default: {
        PyObject *seq = a->kind == 't' ? PyTuple_New(a->i) : PyList_New(a->i);
        for (long k = 0; k < a->i; k++) {
            PyObject *item = build(specs, pos);
            if (a->kind == 't')
                PyTuple_SET_ITEM(seq, k, item);
            else
                PyList_SET_ITEM(seq, k, item);
        }
        return seq;
    }
    }
}

// repr() of the result, or "!Type: message" for an exception (cleared).
static PyObject *
outcome(PyObject *r)
{
    if (r != NULL) {
        PyObject *s = PyObject_Repr(r);
        Py_DECREF(r);
        return s;
    }
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *s = PyUnicode_FromFormat("!%s: %S", rt_type_name(Py_TYPE(exc)), exc);
    Py_DECREF(exc);
    return s;
}

static void
test_str_methods_match_cpython(void **state)
{
    int failures = 0;
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const Case *k = &cases[c];
        PyObject *stack[9];
        stack[0] = PyUnicode_FromString(k->receiver);
        int pos = 0;
        for (int i = 0; i < k->nargs; i++)
            stack[i + 1] = build(k->args, &pos);
        PyObject *name = PyUnicode_InternFromString(k->method);
        PyObject *got = outcome(PyObject_VectorcallMethod(name, stack, (size_t)k->nargs + 1, NULL));
        const char *text = got != NULL ? PyUnicode_AsUTF8(got) : "<NULL>";
        if (text == NULL || strcmp(text, k->expected) != 0) {
            print_error("%s.%s: got %s, expected %s\n", k->receiver, k->method,
                        text ? text : "?", k->expected);
            failures++;
        }
        Py_XDECREF(got);
        for (int i = 0; i <= k->nargs; i++)
            Py_DECREF(stack[i]);
    }
    assert_int_equal(failures, 0);
}

static void
test_str_split_keywords(void **state)
{
    PyObject *s = PyUnicode_FromString("a b c"), *one = PyLong_FromLong(1);
    PyObject *kw = PyTuple_Pack(1, PyUnicode_InternFromString("maxsplit"));
    PyObject *args[2] = {s, one};
    PyObject *r = PyObject_VectorcallMethod(PyUnicode_InternFromString("split"), args, 1, kw);
    assert_repr(r, "['a', 'b c']");
    Py_DECREF(r);
    Py_DECREF(kw);
    kw = PyTuple_Pack(3, PyUnicode_InternFromString("sep"), PyUnicode_InternFromString("maxsplit"),
                      PyUnicode_InternFromString("x"));
    PyObject *args4[4] = {s, Py_None, one, one};
    assert_null(PyObject_VectorcallMethod(PyUnicode_InternFromString("split"), args4, 1, kw));
    assert_raised(PyExc_TypeError, "split() takes at most 2 keyword arguments (3 given)");
    Py_DECREF(kw);
    kw = PyTuple_Pack(1, PyUnicode_InternFromString("x"));
    assert_null(PyObject_VectorcallMethod(PyUnicode_InternFromString("split"), args, 1, kw));
    assert_raised(PyExc_TypeError, "'x' is an invalid keyword argument for split()");
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(s);
}

static void
test_str_find_argument_counts(void **state)
{
    PyObject *s = PyUnicode_FromString("a");
    PyObject *args[5] = {s, s, Py_None, Py_None, Py_None};
    PyObject *find = PyUnicode_InternFromString("find");
    assert_null(PyObject_VectorcallMethod(find, args, 1, NULL));
    assert_raised(PyExc_TypeError, "find() takes at least 1 argument (0 given)");
    assert_null(PyObject_VectorcallMethod(find, args, 5, NULL));
    assert_raised(PyExc_TypeError, "find() takes at most 3 arguments (4 given)");
    PyObject *r = PyObject_VectorcallMethod(find, args, 4, NULL);
    assert_repr(r, "0");
    Py_DECREF(r);
    Py_DECREF(s);
}

static void
test_str_char_properties(void **state)
{
    assert_true(rt_str_char_isspace(0x3000));
    assert_false(rt_str_char_isspace(0x200B));
    assert_true(rt_str_char_islinebreak(0x2029));
    assert_true(rt_str_char_isdigit(0xB2));
    assert_false(rt_str_char_isdecimal(0xB2));
    assert_true(rt_str_char_isnumeric(0x4E00));
    Py_UCS4 out[3];
    assert_int_equal(rt_str_char_upper(0xDF, out), 2);
    assert_int_equal(out[0], 'S');
    assert_int_equal(rt_str_char_title(0x1C6, out), 1);
    assert_int_equal(out[0], 0x1C5);
    assert_int_equal(rt_str_char_lower('A', out), 1);
    assert_int_equal(out[0], 'a');
    assert_true(rt_str_char_isprintable(0xE9));
    assert_false(rt_str_char_isprintable(0xAD));      // soft hyphen: Cf
    assert_false(rt_str_char_isprintable(0x1FA75));   // Unicode 15.0: unassigned in 3.11
    assert_true(rt_str_char_isxidstart(0x2118));      // Other_ID_Start
    assert_false(rt_str_char_isxidstart('_'));
    assert_true(rt_str_char_isxidcontinue(0xB7));     // Other_ID_Continue
    assert_false(rt_str_char_isxidcontinue(0x2E2F)); // Pattern_Syntax
    assert_false(rt_str_char_isxidstart(0xFF9E));     // NFKC closure drops it as a start
    assert_true(rt_str_char_isxidcontinue(0xFF9E));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_str_methods_match_cpython),
        cmocka_unit_test(test_str_split_keywords),
        cmocka_unit_test(test_str_find_argument_counts),
        cmocka_unit_test(test_str_char_properties),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
