// test_str_encode.c: the built-in codecs (runtime/objects/str_codec.c names and handlers,
// str_encode.c encoders): name normalization and aliases, UTF-16/UTF-32 byte orders and
// byte order marks, every error handler, and the exception's positions. Expected bytes and
// messages are CPython 3.11's.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/objects/str_internal.h"

static void
test_str_codec_lookup_normalizes_names(void **state)
{
    static const struct {
        const char *name, *codec;
    } names[] = {
        {"UTF-8", "utf-8"},          {" utf 8 ", "utf-8"},      {"U8", "utf-8"},
        {"Latin-1", "latin-1"},      {"ISO-8859-1", "latin-1"}, {"iso8859", "latin-1"},
        {"US-ASCII", "ascii"},       {"ansi_x3.4_1968", "ascii"}, {"UTF-16LE", "utf-16-le"},
        {"UnicodeBigUnmarked", "utf-16-be"}, {"u32", "utf-32"}, {"utf_32_be", "utf-32-be"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const RtCodec *c = rt_str_codec_lookup(names[i].name);
        assert_non_null(c);
        assert_string_equal(c->name, names[i].codec);
    }
    assert_string_equal(rt_str_codec_lookup(NULL)->name, "utf-8");
    assert_null(rt_str_codec_lookup("utf.8"));
    assert_raised(PyExc_LookupError, "unknown encoding: utf.8");
    assert_null(rt_str_codec_lookup("a-name-much-longer-than-any-codec-name-at-all"));
    assert_raised(PyExc_LookupError, NULL);
}

static void
test_str_error_handler_names(void **state)
{
    assert_int_equal(rt_str_error_handler(NULL), RT_ERR_STRICT);
    assert_int_equal(rt_str_error_handler("surrogatepass"), RT_ERR_SURROGATEPASS);
    assert_int_equal(rt_str_error_handler("xmlcharrefreplace"), RT_ERR_XMLCHARREFREPLACE);
    assert_int_equal(rt_str_error_handler("Strict"), RT_ERR_UNKNOWN);
    assert_int_equal(rt_str_unknown_handler("nope"), -1);
    assert_raised(PyExc_LookupError, "unknown error handler name 'nope'");
}

// Encode utf8 with encoding/errors and compare the result's repr.
static void
check_encode(const char *utf8, const char *encoding, const char *errors, const char *expected)
{
    PyObject *s = PyUnicode_FromString(utf8);
    assert_non_null(s);
    PyObject *b = PyUnicode_AsEncodedString(s, encoding, errors);
    assert_repr(b, expected);
    Py_DECREF(b);
    Py_DECREF(s);
}

static void
test_str_encode_utf16_utf32(void **state)
{
    check_encode("a\360\237\230\200", "utf-16", NULL, "b'\\xff\\xfea\\x00=\\xd8\\x00\\xde'");
    check_encode("a\360\237\230\200", "utf-16-be", NULL, "b'\\x00a\\xd8=\\xde\\x00'");
    check_encode("a", "utf-32", NULL, "b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00'");
    check_encode("a", "utf-32-be", NULL, "b'\\x00\\x00\\x00a'");
    check_encode("", "utf-16", NULL, "b'\\xff\\xfe'");
}

static void
test_str_encode_handlers(void **state)
{
    check_encode("\303\251\342\202\254", "ascii", "xmlcharrefreplace", "b'&#233;&#8364;'");
    check_encode("\303\251\342\202\254\360\237\230\200", "latin-1", "backslashreplace",
                 "b'\\xe9\\\\u20ac\\\\U0001f600'");
    check_encode("\303\251\342\202\254", "latin-1", "replace", "b'\\xe9?'");
    check_encode("a\303\251b", "ascii", "ignore", "b'ab'");
    check_encode("\303\251", "utf-16-le", "strict", "b'\\xe9\\x00'");
    // an unknown handler is only looked up when an error needs it
    check_encode("abc", "ascii", "nope", "b'abc'");
}

static void
test_str_encode_error_positions(void **state)
{
    PyObject *s = PyUnicode_FromString("ab\303\251\303\250c");
    assert_null(PyUnicode_AsEncodedString(s, "ascii", NULL));
    assert_raised(PyExc_UnicodeEncodeError, "'ascii' codec can't encode characters in position "
                                             "2-3: ordinal not in range(128)");
    assert_null(PyUnicode_AsEncodedString(s, "ascii", "nope"));
    assert_raised(PyExc_LookupError, "unknown error handler name 'nope'");
    PyObject *b = PyUnicode_AsEncodedString(s, "latin-1", "surrogatepass");
    assert_repr(b, "b'ab\\xe9\\xe8c'");
    Py_DECREF(b);
    Py_DECREF(s);
    // surrogates: UTF-8 reports the run, UTF-16 one at a time
    Py_UCS4 cps[3] = {'a', 0xD800, 0xDC00};
    s = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, cps, 3);
    assert_null(PyUnicode_AsEncodedString(s, "utf-8", NULL));
    assert_raised(PyExc_UnicodeEncodeError,
                  "'utf-8' codec can't encode characters in position 1-2: surrogates not allowed");
    assert_null(PyUnicode_AsEncodedString(s, "utf-16", "surrogateescape"));
    assert_raised(PyExc_UnicodeEncodeError, "'utf-16' codec can't encode character '\\ud800' in "
                                             "position 1: surrogates not allowed");
    b = PyUnicode_AsEncodedString(s, "utf-8", "surrogatepass");
    assert_repr(b, "b'a\\xed\\xa0\\x80\\xed\\xb0\\x80'");
    Py_DECREF(b);
    Py_DECREF(s);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_str_codec_lookup_normalizes_names),
        cmocka_unit_test(test_str_error_handler_names),
        cmocka_unit_test(test_str_encode_utf16_utf32),
        cmocka_unit_test(test_str_encode_handlers),
        cmocka_unit_test(test_str_encode_error_positions),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
