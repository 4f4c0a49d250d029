// test_str.c: the str type (runtime/objects/str.c, str_codec.c, str_format.c, str_slots.c).
// Every expected value was printed by CPython 3.11 (hashes under PYTHONHASHSEED=0); strings
// with surrogates or escapes are compared through ascii() so the C literals stay ASCII.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"

static int
setup(void **state)
{
    return rt_runtime_init();
}

static int
teardown(void **state)
{
    rt_runtime_fini();
    return 0;
}

static PyObject *
S(const char *utf8)
{
    PyObject *s = PyUnicode_FromString(utf8);
    assert_non_null(s);
    return s;
}

// Check that s (a new reference, consumed) has ascii(s) == expected.
static void
check_ascii(PyObject *s, const char *expected)
{
    assert_non_null(s);
    PyObject *a = PyObject_ASCII(s);
    assert_non_null(a);
    assert_string_equal(PyUnicode_AsUTF8(a), expected);
    Py_DECREF(a);
    Py_DECREF(s);
}

// Check that s (a new reference, consumed) is the str with this UTF-8.
static void
check_utf8(PyObject *s, const char *expected)
{
    assert_non_null(s);
    assert_true(PyUnicode_CheckExact(s));
    assert_string_equal(PyUnicode_AsUTF8(s), expected);
    Py_DECREF(s);
}

// Check that the pending exception is of type `type` and str(exc) == msg; clears it.
static void
check_error(PyObject *type, const char *msg)
{
    assert_non_null(PyErr_Occurred());
    assert_true(PyErr_ExceptionMatches(type));
    PyObject *exc = PyErr_GetRaisedException();
    if (msg != NULL) {
        PyObject *text = PyObject_Str(exc);
        assert_non_null(text);
        assert_string_equal(PyUnicode_AsUTF8(text), msg);
        Py_DECREF(text);
    }
    Py_DECREF(exc);
}

// ---- storage --------------------------------------------------------------------------

static void
test_str_kind_is_narrowest_that_holds_every_code_point(void **state)
{
    struct {
        const char *text;
        int kind, ascii;
        Py_ssize_t length;
    } cases[] = {
        {"abc", 1, 1, 3},
        {"caf\xc3\xa9", 1, 0, 4},
        {"\xe2\x82\xac" "uro", 2, 0, 4},
        {"a\xf0\x9f\x98\x80", 4, 0, 2},
        {"\xc3\xbf\xef\xbf\xbf", 2, 0, 2}, // U+00FF U+FFFF: the BMP edge stays 2-byte
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *s = S(cases[i].text);
        assert_int_equal(PyUnicode_KIND(s), cases[i].kind);
        assert_int_equal(((PyUnicodeObject *)s)->ascii, cases[i].ascii);
        assert_int_equal(PyUnicode_GET_LENGTH(s), cases[i].length);
        Py_DECREF(s);
    }
}

static void
test_str_from_kind_and_data_narrows_storage(void **state)
{
    Py_UCS4 wide[] = {'h', 0xE9, 'y'};
    PyObject *s = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, wide, 3);
    assert_non_null(s);
    assert_int_equal(PyUnicode_KIND(s), PyUnicode_1BYTE_KIND);
    assert_int_equal(PyUnicode_READ_CHAR(s, 1), 0xE9);
    PyObject *t = S("h\xc3\xa9y");
    assert_true(rt_str_equal(s, t));
    assert_int_equal(rt_str_hash(s), rt_str_hash(t));
    Py_DECREF(t);
    Py_DECREF(s);
}

static void
test_str_empty_and_latin1_strings_are_singletons(void **state)
{
    PyObject *a = S(""), *b = PyUnicode_New(0, 0x10FFFF);
    assert_ptr_equal(a, b);
    Py_DECREF(a);
    Py_DECREF(b);
    a = S("\xc3\xa9");
    b = PyUnicode_FromOrdinal(0xE9);
    assert_ptr_equal(a, b);
    PyObject *src = S("x\xc3\xa9");
    PyObject *c = PyUnicode_Substring(src, 1, 2);
    assert_ptr_equal(a, c);
    Py_DECREF(c);
    Py_DECREF(src);
    Py_DECREF(a);
    Py_DECREF(b);
    a = PyUnicode_FromOrdinal(0x20AC); // outside Latin-1: a fresh object each time
    b = PyUnicode_FromOrdinal(0x20AC);
    assert_ptr_not_equal(a, b);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_str_from_ordinal_rejects_out_of_range(void **state)
{
    assert_null(PyUnicode_FromOrdinal(0x110000));
    check_error(PyExc_ValueError, "chr() arg not in range(0x110000)");
    assert_null(PyUnicode_FromOrdinal(-1));
    check_error(PyExc_ValueError, "chr() arg not in range(0x110000)");
    check_ascii(PyUnicode_FromOrdinal(0x10FFFF), "'\\U0010ffff'");
}

static void
test_str_interning_returns_the_same_object(void **state)
{
    PyObject *a = PyUnicode_InternFromString("some_identifier");
    PyObject *b = S("some_identifier");
    assert_ptr_not_equal(a, b);
    PyUnicode_InternInPlace(&b);
    assert_ptr_equal(a, b);
    PyObject *c = PyUnicode_InternFromString("some_identifier");
    assert_ptr_equal(a, c);
    PyObject *d = PyUnicode_InternFromString("other_identifier");
    assert_ptr_not_equal(a, d);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    Py_DECREF(d);
}

static void
test_str_interning_survives_table_growth(void **state)
{
    PyObject *first = PyUnicode_InternFromString("name0");
    char buf[32];
    for (int i = 0; i < 2000; i++) {
        snprintf(buf, sizeof buf, "name%d", i);
        PyObject *s = PyUnicode_InternFromString(buf);
        Py_DECREF(s);
    }
    PyObject *again = S("name0");
    PyUnicode_InternInPlace(&again);
    assert_ptr_equal(first, again);
    Py_DECREF(again);
    Py_DECREF(first);
}

// ---- indexing, slicing, iteration -------------------------------------------------------

// s[i] through the generic protocol.
static PyObject *
item(PyObject *s, long i)
{
    PyObject *k = PyLong_FromLong(i);
    PyObject *r = PyObject_GetItem(s, k);
    Py_DECREF(k);
    return r;
}

static PyObject *
slice(PyObject *s, PyObject *start, PyObject *stop, PyObject *step)
{
    PyObject *sl = PySlice_New(start, stop, step);
    assert_non_null(sl);
    PyObject *r = PyObject_GetItem(s, sl);
    Py_DECREF(sl);
    Py_XDECREF(start);
    Py_XDECREF(stop);
    Py_XDECREF(step);
    return r;
}

#define I(v) PyLong_FromLong(v)

static void
test_str_indexing_counts_code_points_across_kinds(void **state)
{
    PyObject *s = S("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80" "bc"); // 'aé€😀bc'
    assert_int_equal(PyObject_Size(s), 6);
    check_ascii(item(s, -1), "'c'");
    check_ascii(item(s, 3), "'\\U0001f600'");
    check_ascii(item(s, -4), "'\\u20ac'");
    check_ascii(item(s, 1), "'\\xe9'");
    Py_DECREF(s);
}

static void
test_str_slicing_handles_steps_and_negative_indices(void **state)
{
    PyObject *s = S("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80" "bc");
    check_ascii(slice(s, NULL, NULL, I(2)), "'a\\u20acb'");
    check_ascii(slice(s, NULL, NULL, I(-1)), "'cb\\U0001f600\\u20ac\\xe9a'");
    check_ascii(slice(s, I(-3), NULL, NULL), "'\\U0001f600bc'");
    check_ascii(slice(s, I(1), I(5), I(2)), "'\\xe9\\U0001f600'");
    check_ascii(slice(s, I(5), I(1), I(-2)), "'c\\U0001f600'");
    check_ascii(slice(s, I(10), NULL, NULL), "''");
    check_ascii(slice(s, NULL, NULL, I(-2)), "'c\\U0001f600\\xe9'");
    check_ascii(slice(s, I(-100), I(2), NULL), "'a\\xe9'");
    check_ascii(slice(s, I(2), I(4), NULL), "'\\u20ac\\U0001f600'");
    Py_DECREF(s);
}

static void
test_str_slice_result_uses_narrowest_kind(void **state)
{
    PyObject *s = S("ab\xf0\x9f\x98\x80");
    PyObject *r = slice(s, NULL, I(2), NULL);
    assert_int_equal(PyUnicode_KIND(r), PyUnicode_1BYTE_KIND);
    assert_true(((PyUnicodeObject *)r)->ascii);
    Py_DECREF(r);
    Py_DECREF(s);
}

static void
test_str_index_errors_match_cpython(void **state)
{
    PyObject *s = S("a");
    assert_null(item(s, 5));
    check_error(PyExc_IndexError, "string index out of range");
    assert_null(item(s, -2));
    check_error(PyExc_IndexError, "string index out of range");
    PyObject *l = PyList_New(0);
    assert_null(PyObject_GetItem(s, l));
    check_error(PyExc_TypeError, "string indices must be integers, not 'list'");
    PyObject *f = PyFloat_FromDouble(1.5);
    assert_null(PyObject_GetItem(s, f));
    check_error(PyExc_TypeError, "string indices must be integers, not 'float'");
    assert_null(slice(s, NULL, NULL, I(0)));
    check_error(PyExc_ValueError, "slice step cannot be zero");
    Py_DECREF(f);
    Py_DECREF(l);
    Py_DECREF(s);
}

static void
test_str_iteration_yields_each_code_point(void **state)
{
    PyObject *s = S("x\xc3\xa9\xf0\x9f\x98\x80");
    PyObject *it = PyObject_GetIter(s);
    assert_non_null(it);
    check_ascii(PyIter_Next(it), "'x'");
    check_ascii(PyIter_Next(it), "'\\xe9'");
    check_ascii(PyIter_Next(it), "'\\U0001f600'");
    assert_null(PyIter_Next(it));
    assert_null(PyErr_Occurred());
    assert_null(PyIter_Next(it));
    Py_DECREF(it);
    Py_DECREF(s);
}

// ---- UTF-8 and the other codecs ---------------------------------------------------------

static void
test_str_utf8_round_trips_mixed_text(void **state)
{
    const char text[] = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80" "bc";
    PyObject *s = S(text);
    Py_ssize_t n;
    const char *p = PyUnicode_AsUTF8AndSize(s, &n);
    assert_int_equal(n, 12);
    assert_memory_equal(p, text, 12);
    assert_ptr_equal(PyUnicode_AsUTF8(s), p); // cached
    PyObject *b = PyUnicode_AsUTF8String(s);
    assert_non_null(b);
    assert_int_equal(PyBytes_GET_SIZE(b), 12);
    assert_memory_equal(PyBytes_AS_STRING(b), text, 12);
    Py_DECREF(b);
    Py_DECREF(s);
}

static void
test_str_utf8_decoding_keeps_embedded_nul(void **state)
{
    PyObject *s = PyUnicode_FromStringAndSize("a\0b", 3);
    assert_int_equal(PyUnicode_GET_LENGTH(s), 3);
    check_ascii(s, "'a\\x00b'");
}

static void
test_str_long_ascii_input_decodes_fast_path(void **state)
{
    char buf[1000];
    for (int i = 0; i < 999; i++)
        buf[i] = (char)('a' + i % 26);
    buf[999] = 0;
    PyObject *s = S(buf);
    assert_int_equal(PyUnicode_GET_LENGTH(s), 999);
    assert_ptr_equal(PyUnicode_AsUTF8(s), PyUnicode_DATA(s)); // ASCII is its own UTF-8
    Py_DECREF(s);
    buf[997] = (char)0xC3; // a non-ASCII character late in a long text
    buf[998] = (char)0xA9;
    s = S(buf);
    assert_int_equal(PyUnicode_GET_LENGTH(s), 998);
    assert_int_equal(PyUnicode_READ_CHAR(s, 997), 0xE9);
    Py_DECREF(s);
}

static const struct {
    const char *bytes;
    Py_ssize_t len, start, end;
    const char *message, *replaced, *escaped;
} bad_utf8[] = {
    {"\xff", 1, 0, 1, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
     "'\\ufffd'", "'\\udcff'"},
    {"\x80", 1, 0, 1, "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte",
     "'\\ufffd'", "'\\udc80'"},
    {"\xc0\x80", 2, 0, 1,
     "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte",
     "'\\ufffd\\ufffd'", "'\\udcc0\\udc80'"},
    {"\xe0\x80\x80", 3, 0, 1,
     "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte",
     "'\\ufffd\\ufffd\\ufffd'", "'\\udce0\\udc80\\udc80'"},
    {"\xed\xa0\x80", 3, 0, 1,
     "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
     "'\\ufffd\\ufffd\\ufffd'", "'\\udced\\udca0\\udc80'"},
    {"\xf4\x90\x80\x80", 4, 0, 1,
     "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte",
     "'\\ufffd\\ufffd\\ufffd\\ufffd'", "'\\udcf4\\udc90\\udc80\\udc80'"},
    {"\xf5\x80\x80\x80", 4, 0, 1,
     "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte",
     "'\\ufffd\\ufffd\\ufffd\\ufffd'", "'\\udcf5\\udc80\\udc80\\udc80'"},
    {"\xf0\x80\x80\x80", 4, 0, 1,
     "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte",
     "'\\ufffd\\ufffd\\ufffd\\ufffd'", "'\\udcf0\\udc80\\udc80\\udc80'"},
    {"\xe2\x82", 2, 0, 2,
     "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "'\\ufffd'",
     "'\\udce2\\udc82'"},
    {"\xe2\x82" "A", 3, 0, 2,
     "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
     "'\\ufffdA'", "'\\udce2\\udc82A'"},
    {"\xe2(\xa1", 3, 0, 1,
     "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte",
     "'\\ufffd(\\ufffd'", "'\\udce2(\\udca1'"},
    {"\xf0\x9f\x98", 3, 0, 3,
     "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", "'\\ufffd'",
     "'\\udcf0\\udc9f\\udc98'"},
    {"\xf0\x9f\x98" "A", 4, 0, 3,
     "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte",
     "'\\ufffdA'", "'\\udcf0\\udc9f\\udc98A'"},
    {"\xf0\x9f" "A", 3, 0, 2,
     "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
     "'\\ufffdA'", "'\\udcf0\\udc9fA'"},
    {"a\xc3", 2, 1, 2,
     "'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data",
     "'a\\ufffd'", "'a\\udcc3'"},
    {"ab\xe2\x82\xac\xe2", 6, 5, 6,
     "'utf-8' codec can't decode byte 0xe2 in position 5: unexpected end of data",
     "'ab\\u20ac\\ufffd'", "'ab\\u20ac\\udce2'"},
    {"\xc3(", 2, 0, 1,
     "'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte",
     "'\\ufffd('", "'\\udcc3('"},
    {"\xf0\x9f", 2, 0, 2,
     "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "'\\ufffd'",
     "'\\udcf0\\udc9f'"},
};

static void
test_str_invalid_utf8_raises_decode_error_with_cpython_message(void **state)
{
    for (size_t i = 0; i < sizeof bad_utf8 / sizeof bad_utf8[0]; i++) {
        assert_null(PyUnicode_DecodeUTF8(bad_utf8[i].bytes, bad_utf8[i].len, NULL));
        assert_true(PyErr_ExceptionMatches(PyExc_UnicodeDecodeError));
        PyObject *exc = PyErr_GetRaisedException();
        PyUnicodeErrorObject *ue = (PyUnicodeErrorObject *)exc;
        assert_int_equal(ue->start, bad_utf8[i].start);
        assert_int_equal(ue->end, bad_utf8[i].end);
        PyObject *text = PyObject_Str(exc);
        assert_non_null(text);
        assert_string_equal(PyUnicode_AsUTF8(text), bad_utf8[i].message);
        Py_DECREF(text);
        Py_DECREF(exc);
    }
}

static void
test_str_decode_replace_substitutes_one_char_per_bad_range(void **state)
{
    for (size_t i = 0; i < sizeof bad_utf8 / sizeof bad_utf8[0]; i++)
        check_ascii(PyUnicode_DecodeUTF8(bad_utf8[i].bytes, bad_utf8[i].len, "replace"),
                    bad_utf8[i].replaced);
}

static void
test_str_surrogateescape_round_trips_undecodable_bytes(void **state)
{
    for (size_t i = 0; i < sizeof bad_utf8 / sizeof bad_utf8[0]; i++) {
        PyObject *s = PyUnicode_DecodeUTF8(bad_utf8[i].bytes, bad_utf8[i].len,
                                           "surrogateescape");
        PyObject *b = PyUnicode_AsEncodedString(s, "utf-8", "surrogateescape");
        assert_non_null(b);
        assert_int_equal(PyBytes_GET_SIZE(b), bad_utf8[i].len);
        assert_memory_equal(PyBytes_AS_STRING(b), bad_utf8[i].bytes, bad_utf8[i].len);
        Py_DECREF(b);
        check_ascii(s, bad_utf8[i].escaped);
    }
}

static void
test_str_decode_ignore_and_backslashreplace(void **state)
{
    check_ascii(PyUnicode_DecodeUTF8("\xe2\x82" "A", 3, "ignore"), "'A'");
    check_ascii(PyUnicode_DecodeUTF8("a\xff", 2, "ignore"), "'a'");
    check_ascii(PyUnicode_DecodeUTF8("\xe2(\xa1", 3, "backslashreplace"), "'\\\\xe2(\\\\xa1'");
    assert_null(PyUnicode_DecodeUTF8("\xff", 1, "bogus"));
    check_error(PyExc_LookupError, "unknown error handler name 'bogus'");
    check_utf8(PyUnicode_DecodeUTF8("ok", 2, "bogus"), "ok"); // looked up only when needed
}

static void
test_str_lone_surrogate_fails_utf8_encoding(void **state)
{
    PyObject *s = PyUnicode_DecodeUTF8("a\xed\xa0\x80" "b", 5, "surrogateescape");
    Py_UCS4 cps[] = {'a', 0xD800, 'b'};
    PyObject *t = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, cps, 3);
    assert_null(PyUnicode_AsUTF8(t));
    check_error(PyExc_UnicodeEncodeError,
                "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not "
                "allowed");
    Py_UCS4 pair[] = {0xD800, 0xDC00, 'x'};
    PyObject *u = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, pair, 3);
    assert_null(PyUnicode_AsUTF8String(u));
    check_error(PyExc_UnicodeEncodeError,
                "'utf-8' codec can't encode characters in position 0-1: surrogates not allowed");
    Py_DECREF(u);
    Py_DECREF(t);
    Py_DECREF(s);
}

static void
test_str_ascii_and_latin1_codecs(void **state)
{
    check_ascii(PyUnicode_Decode("caf\xe9", 4, "latin-1", NULL), "'caf\\xe9'");
    check_ascii(PyUnicode_Decode("caf\xe9", 4, "ISO-8859-1", NULL), "'caf\\xe9'");
    check_ascii(PyUnicode_Decode("ab", 2, "ascii", NULL), "'ab'");
    assert_null(PyUnicode_Decode("\xff", 1, "ascii", NULL));
    check_error(PyExc_UnicodeDecodeError,
                "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)");
    check_ascii(PyUnicode_Decode("a\xff", 2, "ascii", "replace"), "'a\\ufffd'");
    assert_null(PyUnicode_Decode("x", 1, "xyz", NULL));
    check_error(PyExc_LookupError, "unknown encoding: xyz");

    PyObject *s = S("caf\xc3\xa9");
    assert_null(PyUnicode_AsEncodedString(s, "ascii", NULL));
    check_error(PyExc_UnicodeEncodeError, "'ascii' codec can't encode character '\\xe9' in "
                                          "position 3: ordinal not in range(128)");
    PyObject *b = PyUnicode_AsEncodedString(s, "latin1", NULL);
    assert_int_equal(PyBytes_GET_SIZE(b), 4);
    assert_memory_equal(PyBytes_AS_STRING(b), "caf\xe9", 4);
    Py_DECREF(b);
    Py_DECREF(s);
    s = S("\xe2\x82\xac");
    assert_null(PyUnicode_AsEncodedString(s, "latin-1", NULL));
    check_error(PyExc_UnicodeEncodeError, "'latin-1' codec can't encode character '\\u20ac' in "
                                          "position 0: ordinal not in range(256)");
    Py_DECREF(s);
    s = S("\xc3\xa9\xe2\x82\xac" "x");
    b = PyUnicode_AsEncodedString(s, "ascii", "backslashreplace");
    assert_string_equal(PyBytes_AS_STRING(b), "\\xe9\\u20acx");
    Py_DECREF(b);
    b = PyUnicode_AsEncodedString(s, "ascii", "replace");
    assert_string_equal(PyBytes_AS_STRING(b), "??x");
    Py_DECREF(b);
    Py_DECREF(s);
}

// ---- repr, hash, comparison -------------------------------------------------------------

static void
test_str_repr_matches_cpython(void **state)
{
    static const struct {
        const char *utf8, *repr;
    } cases[] = {
        {"\xe2\x80\x8b", "'\\u200b'"},             // ZERO WIDTH SPACE: Cf
        {"\xc2\xa0", "'\\xa0'"},                   // NO-BREAK SPACE: Zs
        {"\xc3\xa9", "'\xc3\xa9'"},                // printable Latin-1 stays
        {"\xf0\x9f\x98\x80", "'\xf0\x9f\x98\x80'"}, // printable astral stays
        {"'", "\"'\""},
        {"\"'", "'\"\\''"},
        {"\x7f", "'\\x7f'"},
        {"a\\b", "'a\\\\b'"},
        {"\t\n\r\x1f", "'\\t\\n\\r\\x1f'"},
        {"\xc2\x80\xc2\x9f", "'\\x80\\x9f'"},
        {"\xe2\x80\xa8", "'\\u2028'"},             // Zl
        {"\xee\x80\x80", "'\\ue000'"},             // Co
        {"\xf3\xa0\x80\x81", "'\\U000e0001'"},     // Cf, astral
        {"\xcd\xb8", "'\\u0378'"},                 // unassigned
        {"\xf4\x8f\xbf\xbf", "'\\U0010ffff'"},
        {" ", "' '"},
        {"\xe3\x80\x80", "'\\u3000'"},             // IDEOGRAPHIC SPACE: Zs
        {"\xc2\xad", "'\\xad'"},                   // SOFT HYPHEN: Cf
        {"it's", "\"it's\""},
        {"\"q\"", "'\"q\"'"},
        {"\xf0\x9f\xab\xa0", "'\xf0\x9f\xab\xa0'"}, // U+1FAE0 (Unicode 14): printable
        {"\xf0\x9f\x9b\x9c", "'\\U0001f6dc'"},       // U+1F6DC (Unicode 15): not yet in 3.11
        {"", "''"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *s = S(cases[i].utf8);
        check_utf8(rt_str_repr(s), cases[i].repr);
        Py_DECREF(s);
    }
    PyObject *s = PyUnicode_DecodeUTF8("\xed\xa0\x80", 3, "surrogateescape");
    check_utf8(rt_str_repr(s), "'\\udced\\udca0\\udc80'");
    Py_DECREF(s);
    Py_UCS4 lone = 0xD800;
    s = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, &lone, 1);
    check_utf8(PyObject_Repr(s), "'\\ud800'");
    Py_DECREF(s);
}

static void
test_str_ascii_escapes_every_non_ascii_char(void **state)
{
    check_ascii(S("caf\xc3\xa9"), "'caf\\xe9'");
    check_ascii(S("\xe2\x82\xac" "uro"), "'\\u20acuro'");
    check_ascii(S("\xe4\xb8\xad\xe6\x96\x87"), "'\\u4e2d\\u6587'");
    check_ascii(S("\xf0\x9f\x98\x80x"), "'\\U0001f600x'");
    check_ascii(S("it's"), "\"it's\"");
    // the bare escaping step, without quotes, is what PyObject_ASCII applies to a repr
    PyObject *s = S("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'");
    check_utf8(rt_str_ascii(s), "a\\xe9\\u20ac\\U0001f600'");
    PyObject *plain = S("plain");
    PyObject *r = rt_str_ascii(plain);
    assert_ptr_equal(r, plain);
    Py_DECREF(r);
    Py_DECREF(plain);
    Py_DECREF(s);
}

static void
test_str_hash_matches_cpython_with_seed_zero(void **state)
{
    static const struct {
        const char *utf8;
        Py_hash_t hash;
    } cases[] = {
        {"", 0},
        {"a", 4644417185603328019},
        {"abc", -4594863902769663758},
        {"hello world", -5642461784034726774},
        {"caf\xc3\xa9", 137524001917817222},
        {"\xc3\xbf\xc3\xbe", -1440243854243083951},
        {"\xe2\x82\xac" "uro", 7542247858446192590},
        {"\xe4\xb8\xad\xe6\x96\x87", 501833946989431548},
        {"\xf0\x9f\x98\x80x", -8926728262118538918},
        {"a\xf0\x9f\x98\x80\xe2\x82\xac\xc3\xa9", 4705922934549214127},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *s = S(cases[i].utf8);
        assert_int_equal(PyObject_Hash(s), cases[i].hash);
        assert_int_equal(rt_str_hash(s), cases[i].hash); // cached value agrees
        Py_DECREF(s);
    }
}

static void
test_str_ordering_is_by_code_point_across_kinds(void **state)
{
    // sorted() of these in CPython: '', 'A', 'a', 'ab', 'abc', 'b', 'z', 'é', '\uffff', '𐀀'
    const char *sorted[] = {"",  "A",  "a", "ab", "abc", "b", "z", "\xc3\xa9", "\xef\xbf\xbf",
                            "\xf0\x90\x80\x80"};
    size_t n = sizeof sorted / sizeof sorted[0];
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++) {
            PyObject *a = S(sorted[i]), *b = S(sorted[j]);
            int expect = i < j ? -1 : i > j ? 1 : 0;
            assert_int_equal(PyUnicode_Compare(a, b), expect);
            assert_int_equal(PyObject_RichCompareBool(a, b, Py_LT), i < j);
            assert_int_equal(PyObject_RichCompareBool(a, b, Py_LE), i <= j);
            assert_int_equal(PyObject_RichCompareBool(a, b, Py_EQ), i == j);
            assert_int_equal(PyObject_RichCompareBool(a, b, Py_NE), i != j);
            assert_int_equal(PyObject_RichCompareBool(a, b, Py_GT), i > j);
            assert_int_equal(PyObject_RichCompareBool(a, b, Py_GE), i >= j);
            Py_DECREF(a);
            Py_DECREF(b);
        }
    }
}

static void
test_str_compare_with_non_str(void **state)
{
    PyObject *s = S("1"), *one = PyLong_FromLong(1);
    PyObject *r = PyUnicode_Type.tp_richcompare(s, one, Py_EQ);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    assert_int_equal(PyObject_RichCompareBool(s, one, Py_EQ), 0);
    assert_int_equal(PyObject_RichCompareBool(s, one, Py_LT), -1);
    check_error(PyExc_TypeError, "'<' not supported between instances of 'str' and 'int'");
    assert_int_equal(PyUnicode_Compare(s, one), -1);
    check_error(PyExc_TypeError, "Can't compare str and int");
    Py_DECREF(one);
    Py_DECREF(s);
}

static void
test_str_compare_with_ascii_string(void **state)
{
    PyObject *s = S("abc");
    assert_int_equal(PyUnicode_CompareWithASCIIString(s, "abc"), 0);
    assert_int_equal(PyUnicode_CompareWithASCIIString(s, "abd"), -1);
    assert_int_equal(PyUnicode_CompareWithASCIIString(s, "ab"), 1);
    assert_int_equal(PyUnicode_CompareWithASCIIString(s, "abcd"), -1);
    assert_true(rt_str_equal_ascii(s, "abc"));
    assert_false(rt_str_equal_ascii(s, "ab"));
    Py_DECREF(s);
    s = S("\xc3\xa9");
    assert_int_equal(PyUnicode_CompareWithASCIIString(s, "z"), 1);
    assert_false(rt_str_equal_ascii(s, "e"));
    Py_DECREF(s);
}

// ---- operators and construction -----------------------------------------------------------

static void
test_str_concat_joins_and_rejects_non_str(void **state)
{
    PyObject *a = S("ab"), *b = S("\xe2\x82\xac");
    check_ascii(PyNumber_Add(a, b), "'ab\\u20ac'");
    check_ascii(PyUnicode_Concat(b, a), "'\\u20acab'");
    PyObject *one = PyLong_FromLong(1);
    assert_null(PyNumber_Add(a, one));
    check_error(PyExc_TypeError, "can only concatenate str (not \"int\") to str");
    assert_null(PyNumber_Add(one, a));
    check_error(PyExc_TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
    Py_DECREF(one);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_str_repeat_handles_counts_and_overflow(void **state)
{
    PyObject *s = S("ab\xc3\xa9");
    PyObject *n = PyLong_FromLong(3);
    check_ascii(PyNumber_Multiply(s, n), "'ab\\xe9ab\\xe9ab\\xe9'");
    Py_DECREF(n);
    n = PyLong_FromLong(-2);
    check_ascii(PyNumber_Multiply(n, s), "''");
    Py_DECREF(n);
    PyObject *smile = S("\xf0\x9f\x98\x80");
    n = PyLong_FromLong(2);
    check_ascii(PyNumber_Multiply(smile, n), "'\\U0001f600\\U0001f600'");
    Py_DECREF(n);
    n = PyLong_FromLongLong((long long)1 << 62);
    assert_null(PyNumber_Multiply(s, n));
    check_error(PyExc_OverflowError, "repeated string is too long");
    Py_DECREF(n);
    Py_DECREF(smile);
    Py_DECREF(s);
}

static void
test_str_contains_finds_substrings(void **state)
{
    PyObject *s = S("h\xc3\xa9llo w\xe2\x82\xac" "rld");
    const char *yes[] = {"", "h", "llo", "\xc3\xa9ll", "w\xe2\x82\xac", "rld", "o w"};
    const char *no[] = {"x", "hello", "\xf0\x9f\x98\x80", "rldx", ("\xe2\x82\xac" "x")};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        PyObject *sub = S(yes[i]);
        assert_int_equal(PySequence_Contains(s, sub), 1);
        Py_DECREF(sub);
    }
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
        PyObject *sub = S(no[i]);
        assert_int_equal(PySequence_Contains(s, sub), 0);
        Py_DECREF(sub);
    }
    PyObject *one = PyLong_FromLong(1);
    assert_int_equal(PySequence_Contains(s, one), -1);
    check_error(PyExc_TypeError, "'in <string>' requires string as left operand, not int");
    Py_DECREF(one);
    Py_DECREF(s);
}

static void
test_str_join_checks_item_types(void **state)
{
    PyObject *sep = S(", ");
    PyObject *list = PyList_New(0);
    check_ascii(PyUnicode_Join(sep, list), "''");
    PyObject *x = S("x"), *e = S("\xe2\x82\xac");
    PyList_Append(list, x);
    PyList_Append(list, e);
    check_ascii(PyUnicode_Join(sep, list), "'x, \\u20ac'");
    check_ascii(PyUnicode_Join(NULL, list), "'x \\u20ac'");
    PyObject *one = PyLong_FromLong(1);
    PyList_Append(list, one);
    assert_null(PyUnicode_Join(sep, list));
    check_error(PyExc_TypeError, "sequence item 2: expected str instance, int found");
    assert_null(PyUnicode_Join(sep, one));
    check_error(PyExc_TypeError, "can only join an iterable");
    Py_DECREF(one);
    Py_DECREF(x);
    Py_DECREF(e);
    Py_DECREF(list);
    Py_DECREF(sep);
}

// str(*args, **kwargs) through the type's tp_new.
static PyObject *
call_str(PyObject *args, PyObject *kwargs)
{
    PyObject *r = PyObject_Call((PyObject *)&PyUnicode_Type, args, kwargs);
    Py_DECREF(args);
    Py_XDECREF(kwargs);
    return r;
}

static void
test_str_constructor_forms(void **state)
{
    PyObject *b = PyBytes_FromStringAndSize("caf\xc3\xa9", 5);
    PyObject *enc = S("utf-8"), *latin = S("latin-1"), *bogus = S("xyz");
    check_utf8(call_str(PyTuple_New(0), NULL), "");
    check_utf8(call_str(PyTuple_Pack(1, Py_None), NULL), "None");
    check_utf8(call_str(PyTuple_Pack(2, b, enc), NULL), "caf\xc3\xa9");
    check_utf8(call_str(PyTuple_Pack(2, b, latin), NULL), "caf\xc3\x83\xc2\xa9");
    PyObject *kw = PyDict_New();
    PyDict_SetItemString(kw, "encoding", enc);
    check_utf8(call_str(PyTuple_Pack(1, b), kw), "caf\xc3\xa9");
    assert_null(call_str(PyTuple_Pack(2, b, bogus), NULL));
    check_error(PyExc_LookupError, "unknown encoding: xyz");
    assert_null(call_str(PyTuple_Pack(2, enc, enc), NULL));
    check_error(PyExc_TypeError, "decoding str is not supported");
    PyObject *one = PyLong_FromLong(1);
    assert_null(call_str(PyTuple_Pack(2, one, enc), NULL));
    check_error(PyExc_TypeError, "decoding to str: need a bytes-like object, int found");
    assert_null(call_str(PyTuple_Pack(2, b, one), NULL));
    check_error(PyExc_TypeError, "str() argument 'encoding' must be str, not int");
    assert_null(call_str(PyTuple_Pack(4, b, enc, enc, enc), NULL));
    check_error(PyExc_TypeError, "str() takes at most 3 arguments (4 given)");
    kw = PyDict_New();
    PyDict_SetItemString(kw, "foo", one);
    assert_null(call_str(PyTuple_New(0), kw));
    check_error(PyExc_TypeError, "'foo' is an invalid keyword argument for str()");
    kw = PyDict_New();
    PyDict_SetItemString(kw, "object", one);
    assert_null(call_str(PyTuple_Pack(2, b, enc), kw));
    check_error(PyExc_TypeError, "argument for str() given by name ('object') and position (1)");
    Py_DECREF(one);
    Py_DECREF(b);
    Py_DECREF(enc);
    Py_DECREF(latin);
    Py_DECREF(bogus);
}

static void
test_str_of_str_returns_itself(void **state)
{
    PyObject *s = S("same");
    PyObject *r = PyObject_Str(s);
    assert_ptr_equal(r, s);
    Py_DECREF(r);
    Py_DECREF(s);
}

// A static subclass of str, standing in for `class MyStr(str): pass` until classes exist.
static PyTypeObject my_str_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "MyStr",
    .tp_basicsize = sizeof(PyUnicodeObject),
    .tp_itemsize = 1, // as str's: the code points follow the header
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_base = &PyUnicode_Type,
};

static void
test_str_subclass_instances_hold_their_code_points(void **state)
{
    assert_int_equal(PyType_Ready(&my_str_type), 0);
    PyObject *text = S("h\xc3\xa9\xf0\x9f\x98\x80");
    PyObject *args = PyTuple_Pack(1, text);
    PyObject *sub = PyObject_Call((PyObject *)&my_str_type, args, NULL);
    Py_DECREF(args);
    assert_non_null(sub);
    assert_ptr_equal(Py_TYPE(sub), &my_str_type);
    assert_true(PyUnicode_Check(sub));
    assert_int_equal(PyUnicode_GET_LENGTH(sub), 3);
    assert_int_equal(PyUnicode_KIND(sub), PyUnicode_4BYTE_KIND);
    assert_true(rt_str_equal(sub, text));
    assert_int_equal(PyObject_Hash(sub), PyObject_Hash(text));
    PyObject *plain = PyObject_Str(sub); // str() of a subclass instance is an exact copy
    assert_true(PyUnicode_CheckExact(plain));
    assert_true(rt_str_equal(plain, text));
    Py_DECREF(plain);
    check_ascii(PyNumber_Add(sub, text), "'h\\xe9\\U0001f600h\\xe9\\U0001f600'");
    Py_DECREF(sub);
    Py_DECREF(text);
}

// ---- PyUnicode_FromFormat -----------------------------------------------------------------

static void
test_str_from_format_integers(void **state)
{
    check_utf8(PyUnicode_FromFormat("%d|%i|%u|%ld|%lld|%zd|%zu|%x", -42, 7, 4000000000u,
                                    -1234567890123L, (long long)INT64_MIN, (Py_ssize_t)-5,
                                    (size_t)SIZE_MAX, 255),
               "-42|7|4000000000|-1234567890123|-9223372036854775808|-5|18446744073709551615|ff");
    check_utf8(PyUnicode_FromFormat("[%5d][%05d][%.3d][%7.3d][%07.3d][%3d]", 42, -42, 7, 7, 7,
                                    12345),
               "[   42][00-42][007][    007][0000007][12345]");
    check_utf8(PyUnicode_FromFormat("[%.5d][%05u][%8x]", -42, 3u, 255),
               "[00-42][00003][      ff]");
}

static void
test_str_from_format_text_directives(void **state)
{
    check_utf8(PyUnicode_FromFormat("[%s][%.3s][%5s][%5.2s][%.1s]", "hello", "hello", "ab",
                                    "hello", "\xc3\xa9"),
               "[hello][hel][   ab][   he][\xef\xbf\xbd]");
    check_ascii(PyUnicode_FromFormat("[%s]", "a\xff" "b"), "'[a\\ufffdb]'");
    check_ascii(PyUnicode_FromFormat("[%.4s]", "ab\xe2\x82\xac"), "'[ab\\ufffd]'");
    check_ascii(PyUnicode_FromFormat("[%c][%c][%c][%5c]", 65, 0xE9, 0x1F600, 65),
                "'[A][\\xe9][\\U0001f600][A]'");
    PyObject *h = S("h\xc3\xa9llo"), *abc = S("abc"), *ab = S("ab"), *x = S("x");
    check_ascii(PyUnicode_FromFormat("[%U][%.2U][%5U]", h, abc, ab), "'[h\\xe9llo][ab][   ab]'");
    check_utf8(PyUnicode_FromFormat("[%V][%V]", x, "unused", NULL, "fallback"), "[x][fallback]");
    Py_DECREF(h);
    Py_DECREF(abc);
    Py_DECREF(ab);
    Py_DECREF(x);
}

static void
test_str_from_format_object_directives(void **state)
{
    PyObject *f = PyFloat_FromDouble(3.5), *q = S("q"), *e = S("\xc3\xa9"), *abc = S("abcdef");
    PyObject *x = S("x");
    check_utf8(PyUnicode_FromFormat("[%S][%R][%A][%.3R][%6R][%5S]", f, q, e, abc, x, e),
               "[3.5]['q']['\\xe9']['ab][   'x'][    \xc3\xa9]");
    Py_DECREF(f);
    Py_DECREF(q);
    Py_DECREF(e);
    Py_DECREF(abc);
    Py_DECREF(x);
}

static void
test_str_from_format_pointer_percent_and_unknown(void **state)
{
    check_utf8(PyUnicode_FromFormat("100%% [%p]", (void *)0x1234), "100% [0x1234]");
    check_utf8(PyUnicode_FromFormat("%d %y %d", 1, 2), "1 %y %d");
    check_utf8(PyUnicode_FromFormat("end%"), "end%");
    assert_null(PyUnicode_FromFormat("%c", 0x110000));
    check_error(PyExc_OverflowError, "character argument not in range(0x110000)");
}

// ---- memory ---------------------------------------------------------------------------------

static size_t
blocks_in_use(void)
{
    RtAllocStats st;
    rt_alloc_stats(&st);
    size_t n = st.large_in_use;
    for (int i = 0; i < RT_SIZE_CLASSES; i++)
        n += st.blocks_in_use[i];
    return n;
}

// One of each kind of operation, successful and failing, releasing every result.
static void
exercise_everything(void)
{
    test_str_indexing_counts_code_points_across_kinds(NULL);
    test_str_slicing_handles_steps_and_negative_indices(NULL);
    test_str_iteration_yields_each_code_point(NULL);
    test_str_utf8_round_trips_mixed_text(NULL);
    test_str_invalid_utf8_raises_decode_error_with_cpython_message(NULL);
    test_str_decode_replace_substitutes_one_char_per_bad_range(NULL);
    test_str_surrogateescape_round_trips_undecodable_bytes(NULL);
    test_str_lone_surrogate_fails_utf8_encoding(NULL);
    test_str_ascii_and_latin1_codecs(NULL);
    test_str_repr_matches_cpython(NULL);
    test_str_concat_joins_and_rejects_non_str(NULL);
    test_str_repeat_handles_counts_and_overflow(NULL);
    test_str_join_checks_item_types(NULL);
    test_str_constructor_forms(NULL);
    test_str_from_format_text_directives(NULL);
    test_str_from_format_object_directives(NULL);
}

static void
test_str_operations_release_all_their_memory(void **state)
{
    exercise_everything(); // fills the singleton caches once
    size_t before = blocks_in_use();
    exercise_everything();
    assert_int_equal(blocks_in_use(), before);
    PyObject *probe = S("a string that is not cached"); // the count does see str allocations
    assert_int_equal(blocks_in_use(), before + 1);
    Py_DECREF(probe);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_str_kind_is_narrowest_that_holds_every_code_point),
        cmocka_unit_test(test_str_from_kind_and_data_narrows_storage),
        cmocka_unit_test(test_str_empty_and_latin1_strings_are_singletons),
        cmocka_unit_test(test_str_from_ordinal_rejects_out_of_range),
        cmocka_unit_test(test_str_interning_returns_the_same_object),
        cmocka_unit_test(test_str_interning_survives_table_growth),
        cmocka_unit_test(test_str_indexing_counts_code_points_across_kinds),
        cmocka_unit_test(test_str_slicing_handles_steps_and_negative_indices),
        cmocka_unit_test(test_str_slice_result_uses_narrowest_kind),
        cmocka_unit_test(test_str_index_errors_match_cpython),
        cmocka_unit_test(test_str_iteration_yields_each_code_point),
        cmocka_unit_test(test_str_utf8_round_trips_mixed_text),
        cmocka_unit_test(test_str_utf8_decoding_keeps_embedded_nul),
        cmocka_unit_test(test_str_long_ascii_input_decodes_fast_path),
        cmocka_unit_test(test_str_invalid_utf8_raises_decode_error_with_cpython_message),
        cmocka_unit_test(test_str_decode_replace_substitutes_one_char_per_bad_range),
        cmocka_unit_test(test_str_surrogateescape_round_trips_undecodable_bytes),
        cmocka_unit_test(test_str_decode_ignore_and_backslashreplace),
        cmocka_unit_test(test_str_lone_surrogate_fails_utf8_encoding),
        cmocka_unit_test(test_str_ascii_and_latin1_codecs),
        cmocka_unit_test(test_str_repr_matches_cpython),
        cmocka_unit_test(test_str_ascii_escapes_every_non_ascii_char),
        cmocka_unit_test(test_str_hash_matches_cpython_with_seed_zero),
        cmocka_unit_test(test_str_ordering_is_by_code_point_across_kinds),
        cmocka_unit_test(test_str_compare_with_non_str),
        cmocka_unit_test(test_str_compare_with_ascii_string),
        cmocka_unit_test(test_str_concat_joins_and_rejects_non_str),
        cmocka_unit_test(test_str_repeat_handles_counts_and_overflow),
        cmocka_unit_test(test_str_contains_finds_substrings),
        cmocka_unit_test(test_str_join_checks_item_types),
        cmocka_unit_test(test_str_constructor_forms),
        cmocka_unit_test(test_str_of_str_returns_itself),
        cmocka_unit_test(test_str_subclass_instances_hold_their_code_points),
        cmocka_unit_test(test_str_from_format_integers),
        cmocka_unit_test(test_str_from_format_text_directives),
        cmocka_unit_test(test_str_from_format_object_directives),
        cmocka_unit_test(test_str_from_format_pointer_percent_and_unknown),
        cmocka_unit_test(test_str_operations_release_all_their_memory),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
