// test_tokenize_error.c: tests of frontend/tokenize_error.c and the errors the tokenizer
// detects: each expected error holds the fields of the SyntaxError that python3 raises for the
// source, from compile(src, 'x.py', 'exec') (the tables gen_tokenize_tables.py prints) unless
// a table says otherwise. Valid sources are in test_tokenize.c.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "frontend/tokenize.h"
#include "tests/unit/testing.h"

typedef struct {
    const char *src;
    PyObject **type;
    const char *msg;
    int lineno, offset, end_lineno, end_offset;
    const char *text;
} ExpectedError;

// ---- helpers -------------------------------------------------------------------------------

static void
assert_long_field(PyObject *o, long expected, const char *src, const char *field)
{
    if (o == NULL || !PyLong_Check(o))
        fail_msg("%s: %s is not an int", src, field);
    long v = PyLong_AsLong(o);
    if (v != expected)
        fail_msg("%s: %s is %ld, expected %ld", src, field, v, expected);
}

static void
assert_str_field(PyObject *o, const char *expected, const char *src, const char *field)
{
    if (o == NULL || !PyUnicode_Check(o))
        fail_msg("%s: %s is not a str", src, field);
    const char *v = PyUnicode_AsUTF8(o);
    if (strcmp(v, expected) != 0)
        fail_msg("%s: %s is \"%s\", expected \"%s\"", src, field, v, expected);
}

// Take the pending exception and compare it with e (text NULL: None).
static void
assert_syntax_error(const ExpectedError *e, const char *filename)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        fail_msg("%s: no exception", e->src);
    if ((PyObject *)Py_TYPE(exc) != *e->type)
        fail_msg("%s: raised %s", e->src, Py_TYPE(exc)->tp_name);
    PySyntaxErrorObject *se = (PySyntaxErrorObject *)exc;
    assert_str_field(se->msg, e->msg, e->src, "msg");
    assert_str_field(se->filename, filename, e->src, "filename");
    assert_long_field(se->lineno, e->lineno, e->src, "lineno");
    assert_long_field(se->offset, e->offset, e->src, "offset");
    assert_long_field(se->end_lineno, e->end_lineno, e->src, "end_lineno");
    assert_long_field(se->end_offset, e->end_offset, e->src, "end_offset");
    if (e->text != NULL)
        assert_str_field(se->text, e->text, e->src, "text");
    else if (se->text != Py_None)
        fail_msg("%s: text is not None", e->src);
    Py_DECREF(exc);
}

// Tokenize src, read as `kind` of source, to its first error, which must be e; a second call
// raises it again.
static void
check_error_kind(const ExpectedError *e, size_t size, FeSourceKind kind)
{
    Tokenizer *tz = fe_tokenizer_new(e->src, (Py_ssize_t)size, "x.py");
    assert_non_null(tz);
    fe_tokenizer_set_source_kind(tz, kind);
    Token t;
    int r;
    while ((r = fe_tokenizer_next(tz, &t)) == 0 && t.kind != TOK_ENDMARKER)
        ;
    if (r == 0)
        fail_msg("%s: no error", e->src);
    assert_syntax_error(e, "x.py");
    assert_int_equal(fe_tokenizer_next(tz, &t), -1);
    assert_syntax_error(e, "x.py");
    fe_tokenizer_free(tz);
}

// The tables hold compile()'s errors for str sources.
static void
check_errors_n(const ExpectedError *table, size_t n)
{
    for (size_t i = 0; i < n; i++)
        check_error_kind(&table[i], strlen(table[i].src), FE_SOURCE_STR);
}

#define check_errors(table) check_errors_n(table, sizeof table / sizeof table[0])

// ---- expected errors -----------------------------------------------------------------------

// clang-format off
static const ExpectedError numeric_literal_errors[] = {
    {"1_\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 2, 1, 2, "1_"},
    {"x = 1__2\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 6, 1, 6, "x = 1__2"},
    {"0x\n",
     &PyExc_SyntaxError, "invalid hexadecimal literal", 1, 2, 1, 2, "0x"},
    {"0x_\n",
     &PyExc_SyntaxError, "invalid hexadecimal literal", 1, 3, 1, 3, "0x_"},
    {"0xg\n",
     &PyExc_SyntaxError, "invalid hexadecimal literal", 1, 2, 1, 2, "0xg"},
    {"x = 0xabcdefg\n",
     &PyExc_SyntaxError, "invalid hexadecimal literal", 1, 12, 1, 12, "x = 0xabcdefg"},
    {"x = 0x_1_\n",
     &PyExc_SyntaxError, "invalid hexadecimal literal", 1, 9, 1, 9, "x = 0x_1_"},
    {"x = 0x1j\n",
     &PyExc_SyntaxError, "invalid hexadecimal literal", 1, 7, 1, 7, "x = 0x1j"},
    {"0o8\n",
     &PyExc_SyntaxError, "invalid digit '8' in octal literal", 1, 3, 1, 3, "0o8"},
    {"0o18\n",
     &PyExc_SyntaxError, "invalid digit '8' in octal literal", 1, 4, 1, 4, "0o18"},
    {"x = 0o1_9\n",
     &PyExc_SyntaxError, "invalid digit '9' in octal literal", 1, 9, 1, 9, "x = 0o1_9"},
    {"0o\n",
     &PyExc_SyntaxError, "invalid octal literal", 1, 2, 1, 2, "0o"},
    {"x = 0o_\n",
     &PyExc_SyntaxError, "invalid octal literal", 1, 7, 1, 7, "x = 0o_"},
    {"0o1a\n",
     &PyExc_SyntaxError, "invalid octal literal", 1, 3, 1, 3, "0o1a"},
    {"x = 0o7e1\n",
     &PyExc_SyntaxError, "invalid octal literal", 1, 7, 1, 7, "x = 0o7e1"},
    {"0b2\n",
     &PyExc_SyntaxError, "invalid digit '2' in binary literal", 1, 3, 1, 3, "0b2"},
    {"x = 0b102\n",
     &PyExc_SyntaxError, "invalid digit '2' in binary literal", 1, 9, 1, 9, "x = 0b102"},
    {"0b\n",
     &PyExc_SyntaxError, "invalid binary literal", 1, 2, 1, 2, "0b"},
    {"x = 0b1_\n",
     &PyExc_SyntaxError, "invalid binary literal", 1, 8, 1, 8, "x = 0b1_"},
    {"0b1a\n",
     &PyExc_SyntaxError, "invalid binary literal", 1, 3, 1, 3, "0b1a"},
    {"x = 0b1e1\n",
     &PyExc_SyntaxError, "invalid binary literal", 1, 7, 1, 7, "x = 0b1e1"},
    {"012\n",
     &PyExc_SyntaxError,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 1, 1, 2, "012"},
    {"x = 0012 + 1\n",
     &PyExc_SyntaxError,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5, 1, 7, "x = 0012 + 1"},
    {"x = 0_9\n",
     &PyExc_SyntaxError,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5, 1, 7, "x = 0_9"},
    {"x = 00_1\n",
     &PyExc_SyntaxError,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5, 1, 8, "x = 00_1"},
    {"\xc3\xa9 = 012\n",
     &PyExc_SyntaxError,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 6, 1, 7, "\xc3\xa9 = 012"},
    {"1e\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 1, 1, 1, "1e"},
    {"1e+\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 3, 1, 3, "1e+"},
    {"1e+x\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 3, 1, 3, "1e+x"},
    {"x = 1.e\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 6, 1, 6, "x = 1.e"},
    {"x = 1e_1\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 5, 1, 5, "x = 1e_1"},
    {"x = 1_e1\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 6, 1, 6, "x = 1_e1"},
    {"x = 1._5\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 6, 1, 6, "x = 1._5"},
    {"x = 1e1_\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 8, 1, 8, "x = 1e1_"},
    {"x = 1.0_\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 8, 1, 8, "x = 1.0_"},
    {"1abc\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 1, 1, 1, "1abc"},
    {"1.5abc\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 3, 1, 3, "1.5abc"},
    {"\xc3\xa9 + 1_\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 6, 1, 6, "\xc3\xa9 + 1_"},
    {"1_\xc3\xa9\n",
     &PyExc_SyntaxError, "invalid decimal literal", 1, 2, 1, 2, "1_\xc3\xa9"},
    {"1jx\n",
     &PyExc_SyntaxError, "invalid imaginary literal", 1, 2, 1, 2, "1jx"},
    {"x = 1.5j2\n",
     &PyExc_SyntaxError, "invalid imaginary literal", 1, 8, 1, 8, "x = 1.5j2"},
};

static const ExpectedError string_errors[] = {
    {"'abc\n",
     &PyExc_SyntaxError, "unterminated string literal (detected at line 1)", 1, 1, 1, 1, "'abc"},
    {"x = 'abc",
     &PyExc_SyntaxError, "unterminated string literal (detected at line 1)",
     1, 5, 1, 5, "x = 'abc"},
    {"x = rb'ab\n",
     &PyExc_SyntaxError, "unterminated string literal (detected at line 1)",
     1, 5, 1, 5, "x = rb'ab"},
    {"x = 'a' 'b\n",
     &PyExc_SyntaxError, "unterminated string literal (detected at line 1)",
     1, 9, 1, 9, "x = 'a' 'b"},
    {"\xc3\xa9 + 'abc\n",
     &PyExc_SyntaxError, "unterminated string literal (detected at line 1)",
     1, 5, 1, 5, "\xc3\xa9 + 'abc"},
    {"x = '\xc3\xa9\n",
     &PyExc_SyntaxError, "unterminated string literal (detected at line 1)",
     1, 5, 1, 5, "x = '\xc3\xa9"},
    {"x = 'ab\\\ncd\n",
     &PyExc_SyntaxError, "unterminated string literal (detected at line 2)",
     1, 5, 1, 5, "x = 'ab\\"},
    {"(\n  'abc\n)",
     &PyExc_SyntaxError, "unterminated string literal (detected at line 2)", 2, 3, 2, 3, "  'abc"},
    {"x = 'abc\\\n",
     &PyExc_SyntaxError, "unterminated string literal (detected at line 1)",
     1, 5, 1, 5, "x = 'abc\\"},
    {"x = '''abc\n\ndef",
     &PyExc_SyntaxError, "unterminated triple-quoted string literal (detected at line 3)",
     1, 5, 1, 5, "x = '''abc"},
    {"s = \"\"\"\nab\n",
     &PyExc_SyntaxError, "unterminated triple-quoted string literal (detected at line 2)",
     1, 5, 1, 5, "s = \"\"\""},
    {"'''\n\n\n",
     &PyExc_SyntaxError, "unterminated triple-quoted string literal (detected at line 3)",
     1, 1, 1, 1, "'''"},
    {"x = (\n'''abc",
     &PyExc_SyntaxError, "unterminated triple-quoted string literal (detected at line 2)",
     2, 1, 2, 1, "'''abc"},
    {"x = '''abc\\\n",
     &PyExc_SyntaxError, "unterminated triple-quoted string literal (detected at line 1)",
     1, 5, 1, 5, "x = '''abc\\"},
};

static const ExpectedError bracket_errors[] = {
    {"x = )\n",
     &PyExc_SyntaxError, "unmatched ')'", 1, 5, 1, 5, "x = )"},
    {"x = ]\n",
     &PyExc_SyntaxError, "unmatched ']'", 1, 5, 1, 5, "x = ]"},
    {"\xc3\xa9 = )\n",
     &PyExc_SyntaxError, "unmatched ')'", 1, 5, 1, 5, "\xc3\xa9 = )"},
    {"x = 1\n)\n",
     &PyExc_SyntaxError, "unmatched ')'", 2, 1, 2, 1, ")"},
    {"x = (]\n",
     &PyExc_SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('",
     1, 6, 1, 6, "x = (]"},
    {"x = (\n]\n",
     &PyExc_SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
     2, 1, 2, 1, "]"},
    {"x = {\n\n  1 )\n",
     &PyExc_SyntaxError, "closing parenthesis ')' does not match opening parenthesis '{' on line 1",
     3, 5, 3, 5, "  1 )"},
    {"x = (1,\n  2]\n",
     &PyExc_SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
     2, 4, 2, 4, "  2]"},
    {"x = (1,\n",
     &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0, "x = (1,\n"},
    {"x = (1,\ny = 2\n",
     &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0, "x = (1,"},
    {"foo(\n  [1,\n",
     &PyExc_SyntaxError, "'[' was never closed", 2, 3, 2, 0, "  [1,\n"},
    {"x = ((((\n",
     &PyExc_SyntaxError, "'(' was never closed", 1, 8, 1, 0, "x = ((((\n"},
    {"\xc3\xa9 = (\n",
     &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0, "\xc3\xa9 = (\n"},
    {"\xc3\xa9 = (\n1,\n2\n",
     &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0, "\xc3\xa9 = ("},
    {"def f():\n  x = (\n",
     &PyExc_SyntaxError, "'(' was never closed", 2, 7, 2, 0, "  x = (\n"},
    {"(1 +\n",
     &PyExc_SyntaxError, "'(' was never closed", 1, 1, 1, 0, "(1 +\n"},
    {"x = '''a\nb''' + (\n",
     &PyExc_SyntaxError, "'(' was never closed", 2, 8, 2, 0, "x = '''a\nb''' + (\n"},
    {"x = 1 +\\\n  (\n",
     &PyExc_SyntaxError, "'(' was never closed", 2, 3, 2, 0, "x = 1 +\\\n  (\n"},
    {"x = (1 \\\n",
     &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0, "x = (1 \\\n"},
    {"x = (1 \\\n\n",
     &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0, "x = (1 \\"},
    {"x = ('ab'\n",
     &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0, "x = ('ab'\n"},
    {"x = 1 + (\n 'abc' + \\\n",
     &PyExc_SyntaxError, "'(' was never closed", 1, 9, 1, 0, "x = 1 + ("},
};

static const ExpectedError indentation_errors[] = {
    {"if x:\n    a\n  b\n",
     &PyExc_IndentationError, "unindent does not match any outer indentation level",
     3, 4, 3, -1, "  b\n"},
    {"if x:\n    \xc3\xa9 = 1\n  \xc3\xa9""b\n",
     &PyExc_IndentationError, "unindent does not match any outer indentation level",
     3, 5, 3, -1, "  \xc3\xa9""b\n"},
    {"if 1:\n  x\n \\\n  y\n",
     &PyExc_IndentationError, "unindent does not match any outer indentation level",
     4, 4, 4, -1, "  y\n"},
    {"if x:\n\ta\n        b\n",
     &PyExc_TabError, "inconsistent use of tabs and spaces in indentation",
     3, 1, 3, 0, "        b\n"},
    {"if x:\n        a\n\tb\n",
     &PyExc_TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tb\n"},
    {"if x:\n  \ta\n\t  b\n",
     &PyExc_TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\t  b\n"},
    {"if 1:\n\tx\n \ty\n",
     &PyExc_TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, " \ty\n"},
    {"if 1:\n \tx\n\ty\n",
     &PyExc_TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\ty\n"},
    {"if x:\n        a\n\t\xc3\xa9\n",
     &PyExc_TabError, "inconsistent use of tabs and spaces in indentation",
     3, 1, 3, 0, "\t\xc3\xa9\n"},
};

static const ExpectedError character_errors[] = {
    {"x = a \xe2\x82\xac b\n",
     &PyExc_SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)",
     1, 7, 1, 7, "x = a \xe2\x82\xac b"},
    {"\xe2\x82\xacx = 1\n",
     &PyExc_SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)",
     1, 1, 1, 1, "\xe2\x82\xacx = 1"},
    {"x\xe2\x82\xac = 1\n",
     &PyExc_SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)",
     1, 2, 1, 2, "x\xe2\x82\xac = 1"},
    {"x\xc3\xa9\xe2\x82\xac = 1\n",
     &PyExc_SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)",
     1, 3, 1, 3, "x\xc3\xa9\xe2\x82\xac = 1"},
    {"\xcc\x80""a = 1\n",
     &PyExc_SyntaxError, "invalid character '\xcc\x80' (U+0300)", 1, 1, 1, 1, "\xcc\x80""a = 1"},
    {"\xc3\xa9 + \xe2\x82\xac\n",
     &PyExc_SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)",
     1, 5, 1, 5, "\xc3\xa9 + \xe2\x82\xac"},
    {"x = a\xc2\xa0""b\n",
     &PyExc_SyntaxError, "invalid non-printable character U+00A0", 1, 6, 1, 6, "x = a\xc2\xa0""b"},
    {"x = a\xe2\x80\xa8""b\n",
     &PyExc_SyntaxError, "invalid non-printable character U+2028",
     1, 6, 1, 6, "x = a\xe2\x80\xa8""b"},
    {"x = a\xe2\x80\x8b""b\n",
     &PyExc_SyntaxError, "invalid non-printable character U+200B",
     1, 6, 1, 6, "x = a\xe2\x80\x8b""b"},
    {"x = a\x01""b\n",
     &PyExc_SyntaxError, "invalid non-printable character U+0001", 1, 6, 1, 6, "x = a\x01""b"},
    {"x = \xc3\xa9\x01\n",
     &PyExc_SyntaxError, "invalid non-printable character U+0001", 1, 6, 1, 6, "x = \xc3\xa9\x01"},
    {"x = (\x01\n",
     &PyExc_SyntaxError, "invalid non-printable character U+0001", 1, 6, 1, 6, "x = (\x01"},
    {"x = 0\n\x0b",
     &PyExc_SyntaxError, "invalid non-printable character U+000B", 2, 1, 2, 1, "\x0b"},
};

static const ExpectedError continuation_errors[] = {
    {"x = 1 \\ 2\n",
     &PyExc_SyntaxError, "unexpected character after line continuation character",
     1, 8, 1, 0, "x = 1 \\ 2\n"},
    {"x = 1 \\ \n",
     &PyExc_SyntaxError, "unexpected character after line continuation character",
     1, 8, 1, 0, "x = 1 \\ \n"},
    {"\xc3\xa9 = 1 \\ 3\n",
     &PyExc_SyntaxError, "unexpected character after line continuation character",
     1, 8, 1, 0, "\xc3\xa9 = 1 \\ 3\n"},
    {"'\xc3\xa9' + \\ 1\n",
     &PyExc_SyntaxError, "unexpected character after line continuation character",
     1, 8, 1, 0, "'\xc3\xa9' + \\ 1\n"},
    {"x = 1 \\\x01\n",
     &PyExc_SyntaxError, "unexpected character after line continuation character",
     1, 8, 1, 0, "x = 1 \\\x01\n"},
    {"x = 1 + \\\n 2 \\ 3\n",
     &PyExc_SyntaxError, "unexpected character after line continuation character",
     2, 15, 2, 0, "x = 1 + \\\n 2 \\ 3\n"},
    {"x = '''a\nb''' \\ 1\n",
     &PyExc_SyntaxError, "unexpected character after line continuation character",
     2, 16, 2, 0, "x = '''a\nb''' \\ 1\n"},
    {"x = (\n  1 \\ 2)\n",
     &PyExc_SyntaxError, "unexpected character after line continuation character",
     2, 6, 2, 0, "  1 \\ 2)\n"},
    {"x = 1 \\",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 1, 8, 1, -1, "x = 1 \\\n"},
    {"x = 1 \\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 1, 8, 1, -1, "x = 1 \\\n"},
    {"\xc3\xa9 = 1 \\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 1, 8, 1, -1, "\xc3\xa9 = 1 \\\n"},
    {"\\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 1, 2, 1, -1, "\\\n"},
    {"x = 1\\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 1, 7, 1, -1, "x = 1\\\n"},
    {"x = 'ab' \\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 1, 11, 1, -1, "x = 'ab' \\\n"},
    {"x = 1 + \\\n  2 + \\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 2, 8, 2, -1, "x = 1 + \\\n  2 + \\\n"},
    {"x = 1 + \\\n  \xc3\xa9 + \\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing",
     2, 9, 2, -1, "x = 1 + \\\n  \xc3\xa9 + \\\n"},
    {"x = \\\n  'abc' \\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 2, 10, 2, -1, "x = \\\n  'abc' \\\n"},
    {"x = '''a\nb''' + \\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 2, 9, 2, -1, "x = '''a\nb''' + \\\n"},
    {"x = 1 +\\\n\\\n\\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 3, 2, 3, -1, "x = 1 +\\\n\\\n\\\n"},
    {"if 1:\n  pass\n\\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 3, 2, 3, -1, "\\\n"},
    {"if 1:\n  pass\n  \\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 3, 4, 3, -1, "  \\\n"},
    {"x = 1\n\\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 2, 2, 2, -1, "\\\n"},
};

// clang-format on

// Every table above is one test.
#define ERROR_TABLES(X)                                                                            \
    X(numeric_literal_errors)                                                                      \
    X(string_errors)                                                                               \
    X(bracket_errors)                                                                              \
    X(indentation_errors)                                                                          \
    X(character_errors)                                                                            \
    X(continuation_errors)

// ---- tests ---------------------------------------------------------------------------------

#define ERRORS_TEST(table)                                                                         \
    static void test_##table(void **state)                                                         \
    {                                                                                              \
        (void)state;                                                                               \
        check_errors(table);                                                                       \
    }
ERROR_TABLES(ERRORS_TEST)

// Sources whose errors depend on newline style, as compile() of bytes reports them (for a str
// ending in "\r\n" compile() adds an empty line, which files do not get).
static const ExpectedError newline_style_errors[] = {
    {"\xef\xbb\xbfx = )\n", &PyExc_SyntaxError, "unmatched ')'", 1, 5, 1, 5, "x = )"},
    {"if x:\r\n  y\r\n z\r\n", &PyExc_IndentationError,
     "unindent does not match any outer indentation level", 3, 3, 3, -1, " z\n"},
    {"x = 1 \\ 2\r\n", &PyExc_SyntaxError, "unexpected character after line continuation character",
     1, 8, 1, 0, "x = 1 \\ 2\n"},
    {"x = 'abc\r\n", &PyExc_SyntaxError, "unterminated string literal (detected at line 1)", 1, 5,
     1, 5, "x = 'abc"},
    {"x = 'abc\ry\r", &PyExc_SyntaxError, "unterminated string literal (detected at line 1)", 1, 5,
     1, 5, "x = 'abc"},
};

static void
check_errors_kind(const ExpectedError *table, size_t n, FeSourceKind kind)
{
    for (size_t i = 0; i < n; i++)
        check_error_kind(&table[i], strlen(table[i].src), kind);
}

static void
test_newline_styles_in_bytes_sources(void **state)
{
    (void)state;
    check_errors_kind(newline_style_errors,
                      sizeof newline_style_errors / sizeof newline_style_errors[0],
                      FE_SOURCE_BYTES);
}

// Errors CPython's parser raises keep byte offsets for a file and quote the file's line
// (python3 running each file, its sys.excepthook printing the fields). A BOM or a coding
// declaration makes CPython convert to characters, the BOM counted as one.
static const ExpectedError file_errors[] = {
    {"\xc3\xa9 = (\n", &PyExc_SyntaxError, "'(' was never closed", 1, 6, 1, 0, "\xc3\xa9 = (\n"},
    {"\xc3\xa9 = (", &PyExc_SyntaxError, "'(' was never closed", 1, 6, 1, 0, "\xc3\xa9 = ("},
    {"x = (\n1,\n2\n", &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0, "x = (\n"},
    {"x = (\r\n1,\r\n", &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0, "x = (\n"},
    {"x = '''a\nb''' + (\n", &PyExc_SyntaxError, "'(' was never closed", 2, 8, 2, 0, "b''' + (\n"},
    {"x = 1 + \\\n 2 \\ 3\n", &PyExc_SyntaxError,
     "unexpected character after line continuation character", 2, 15, 2, 0, " 2 \\ 3\n"},
    {"\xc3\xa9 = 1 \\\n", &PyExc_SyntaxError, "unexpected EOF while parsing", 1, 9, 1, -1,
     "\xc3\xa9 = 1 \\\n"},
    {"x = 1 \\", &PyExc_SyntaxError, "unexpected EOF while parsing", 1, 8, 1, -1, "x = 1 \\"},
    {"if x:\n    \xc3\xa9 = 1\n  \xc3\xa9"
     "b\n",
     &PyExc_IndentationError, "unindent does not match any outer indentation level", 3, 6, 3, -1,
     "  \xc3\xa9"
     "b\n"},
    {"if x:\n        a\n\t\xc3\xa9\n", &PyExc_TabError,
     "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\t\xc3\xa9\n"},
    {"\xc3\xa9 = 012\n", &PyExc_SyntaxError,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 6, 1, 7, "\xc3\xa9 = 012"},
    {"\xef\xbb\xbfx = (\n", &PyExc_SyntaxError, "'(' was never closed", 1, 3, 1, 0,
     "\xef\xbb\xbfx = (\n"},
    {"# -*- coding: utf-8 -*-\n\xc3\xa9 = (\n", &PyExc_SyntaxError, "'(' was never closed", 2, 5, 2,
     0, "\xc3\xa9 = (\n"},
    {"#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\nx = 1\n\xc3\xa9 = 1 \\\n",
     &PyExc_SyntaxError, "unexpected EOF while parsing", 4, 8, 4, -1, "\xc3\xa9 = 1 \\\n"},
};

static void
test_file_sources_keep_byte_offsets(void **state)
{
    (void)state;
    check_errors_kind(file_errors, sizeof file_errors / sizeof file_errors[0], FE_SOURCE_FILE);
}

// compile() of bytes: byte offsets, but CPython's buffer quoted.
static const ExpectedError bytes_errors[] = {
    {"\xc3\xa9 = (", &PyExc_SyntaxError, "'(' was never closed", 1, 6, 1, 0, "\xc3\xa9 = (\n"},
    {"\xc3\xa9\\}\n", &PyExc_SyntaxError, "unexpected character after line continuation character",
     1, 4, 1, 0, "\xc3\xa9\\}\n"},
    {"x = 1 + \\\n 2 \\ 3\n", &PyExc_SyntaxError,
     "unexpected character after line continuation character", 2, 15, 2, 0,
     "x = 1 + \\\n 2 \\ 3\n"},
    {"\xef\xbb\xbfx = (\n", &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0, "x = (\n"},
};

static void
test_bytes_sources_keep_byte_offsets(void **state)
{
    (void)state;
    check_errors_kind(bytes_errors, sizeof bytes_errors / sizeof bytes_errors[0], FE_SOURCE_BYTES);
}

// Lines are read as CPython reads a file: the tokens before a line with a NUL byte come out,
// then the error, at the start of that line with the text up to the NUL (python3 prints
// line 2 and "y = 2" for this file; offsets are those of CPython's tokenizer, 0 at the start).
static void
test_null_byte_is_reported_on_its_line(void **state)
{
    (void)state;
    static const char src[] = "x = 1\ny = 2 \0 + 3\n";
    static const ExpectedError expected = {
        src, &PyExc_SyntaxError, "source code cannot contain null bytes", 2, 0, 2, 0, "y = 2 "};
    static const TokenKind before[] = {TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_NEWLINE};
    Tokenizer *tz = fe_tokenizer_new(src, sizeof src - 1, "x.py");
    Token t;
    for (size_t i = 0; i < sizeof before / sizeof before[0]; i++) {
        assert_int_equal(fe_tokenizer_next(tz, &t), 0);
        assert_int_equal(t.kind, before[i]);
    }
    assert_int_equal(fe_tokenizer_next(tz, &t), -1);
    assert_syntax_error(&expected, "x.py");
    fe_tokenizer_free(tz);
}

// Raise the first error of src (which must have one) and check its message.
static void
check_message_only(const char *src, const char *filename, const char *msg)
{
    Tokenizer *tz = fe_tokenizer_new(src, (Py_ssize_t)strlen(src), filename);
    Token t;
    int r;
    while ((r = fe_tokenizer_next(tz, &t)) == 0 && t.kind != TOK_ENDMARKER)
        ;
    assert_int_equal(r, -1);
    PyObject *exc = PyErr_GetRaisedException();
    assert_non_null(exc);
    assert_true(Py_IS_TYPE(exc, (PyTypeObject *)PyExc_SyntaxError));
    assert_str_field(((PySyntaxErrorObject *)exc)->msg, msg, src, "msg");
    Py_DECREF(exc);
    fe_tokenizer_free(tz);
}

// Messages printed by python3 for files holding these bytes (strict UTF-8: overlong forms,
// surrogates and truncated sequences are rejected too, naming the sequence's first byte).
static void
test_invalid_utf8_is_reported_with_its_first_byte(void **state)
{
    (void)state;
    check_message_only("x = 1\ny = \"\xff\"\n", "bad.py",
                       "Non-UTF-8 code starting with '\\xff' in file bad.py on line 2, but no "
                       "encoding declared; see https://peps.python.org/pep-0263/ for details");
    check_message_only("x = 1 # \xc0\x80\n", "ov.py",
                       "Non-UTF-8 code starting with '\\xc0' in file ov.py on line 1, but no "
                       "encoding declared; see https://peps.python.org/pep-0263/ for details");
    check_message_only("x = 1 # \xed\xa0\x80\n", "sur.py",
                       "Non-UTF-8 code starting with '\\xed' in file sur.py on line 1, but no "
                       "encoding declared; see https://peps.python.org/pep-0263/ for details");
    check_message_only("x = 1 # \xe2\x82", "trunc.py",
                       "Non-UTF-8 code starting with '\\xe2' in file trunc.py on line 1, but no "
                       "encoding declared; see https://peps.python.org/pep-0263/ for details");
}

// An error in a line read earlier wins over bad bytes further on (python3: "unmatched ')'").
static void
test_errors_come_in_reading_order(void **state)
{
    (void)state;
    static const ExpectedError expected = {
        "x = )\ny = 2\nz = \"\xff\"\n", &PyExc_SyntaxError, "unmatched ')'", 1, 5, 1, 5, "x = )"};
    check_error_kind(&expected, strlen(expected.src), FE_SOURCE_STR);
}

static TokErrorOrigin
origin_of(const char *src)
{
    Tokenizer *tz = fe_tokenizer_new(src, (Py_ssize_t)strlen(src), "x.py");
    Token t;
    while (fe_tokenizer_next(tz, &t) == 0 && t.kind != TOK_ENDMARKER)
        ;
    TokErrorOrigin origin = fe_tokenizer_error_origin(tz);
    PyErr_Clear();
    fe_tokenizer_free(tz);
    return origin;
}

static void
test_error_origin_tells_how_cpython_raises_it(void **state)
{
    (void)state;
    assert_int_equal(origin_of("x = 1\n"), TOKERR_NONE);
    assert_int_equal(origin_of("x = 0x\n"), TOKERR_LEXICAL);
    assert_int_equal(origin_of("x = )\n"), TOKERR_LEXICAL);
    assert_int_equal(origin_of("x = 'a\n"), TOKERR_LEXICAL);
    assert_int_equal(origin_of("if 1:\n    a\n  b\n"), TOKERR_STATE);
    assert_int_equal(origin_of("if 1:\n\ta\n        b\n"), TOKERR_STATE);
    assert_int_equal(origin_of("x = 1 \\ 2\n"), TOKERR_STATE);
    assert_int_equal(origin_of("x = 1 \\\n"), TOKERR_STATE);
    assert_int_equal(origin_of("x = (1,\n"), TOKERR_UNCLOSED);
    assert_int_equal(origin_of("x = (1 \\\n"), TOKERR_UNCLOSED);
    assert_int_equal(origin_of("a $ b\n"), TOKERR_NONE); // an ERRORTOKEN, for the parser
}

// fe_syntax_error converts byte columns as CPython's parser does: for "x = 'é' +  # c\n"
// CPython reports 'invalid syntax' at offsets 12..15 for its NEWLINE token at bytes 12..15.
static void
test_syntax_error_converts_byte_columns_to_characters(void **state)
{
    (void)state;
    static const char text[] = "x = '\xc3\xa9' +  # c\n";
    static const ExpectedError expected = {
        "fe_syntax_error", &PyExc_SyntaxError, "invalid syntax", 1, 12, 1, 15, text};
    fe_syntax_error(PyExc_SyntaxError, "x.py", (SrcPos){1, 12}, (SrcPos){1, 15}, text,
                    sizeof text - 1, "invalid %s", "syntax");
    assert_syntax_error(&expected, "x.py");

    // An unknown end (-1) is stored as 0, as for "'(' was never closed".
    static const ExpectedError unknown_end = {
        "fe_syntax_error -1", &PyExc_SyntaxError, "'(' was never closed", 1, 5, 1, 0,
        "\xc3\xa9 = (\n"};
    fe_syntax_error(PyExc_SyntaxError, "x.py", (SrcPos){1, 5}, (SrcPos){1, -1}, "\xc3\xa9 = (\n", 8,
                    "'%c' was never closed", '(');
    assert_syntax_error(&unknown_end, "x.py");
}

static void
test_syntax_error_at_stores_fields_as_given(void **state)
{
    (void)state;
    static const ExpectedError expected = {
        "fe_syntax_error_at", &PyExc_IndentationError, "unexpected indent", 2, 4, 2, -1,
        "    y = 2\n"};
    fe_syntax_error_at(PyExc_IndentationError, "x.py", 2, 4, 2, -1, "    y = 2\n", 10,
                       "unexpected indent");
    assert_syntax_error(&expected, "x.py");
    static const ExpectedError no_text = {
        "fe_syntax_error_at NULL", &PyExc_SyntaxError, "m", 1, 1, 1, 1, NULL};
    fe_syntax_error_at(PyExc_SyntaxError, "x.py", 1, 1, 1, 1, NULL, 0, "m");
    assert_syntax_error(&no_text, "x.py");
}

// 1,000 nested brackets end in CPython's error at the 201st, not in a crash.
static void
test_deep_nesting_is_an_error(void **state)
{
    (void)state;
    char src[2002];
    memset(src, '(', 1000);
    memset(src + 1000, ')', 1000);
    src[2000] = '\0';
    static char text[2001];
    memcpy(text, src, 2001);
    src[2000] = '\n';
    src[2001] = '\0';
    const ExpectedError expected = {
        src, &PyExc_SyntaxError, "too many nested parentheses", 1, 201, 1, 201, text};
    check_error_kind(&expected, strlen(src), FE_SOURCE_STR);
}

// fe_tokenizer_error raises as CPython's parser does: 'invalid syntax' at the NEWLINE token
// (bytes 12..15) of "x = 'é' +  # c\n" is at characters 12..15 for compile() of the str, and
// keeps the byte offsets 13..16 in a file (python3 running it).
static void
test_tokenizer_error_positions_depend_on_the_source_kind(void **state)
{
    (void)state;
    static const char src[] = "x = '\xc3\xa9' +  # c\n";
    static const ExpectedError from_str = {
        src, &PyExc_SyntaxError, "invalid syntax", 1, 12, 1, 15, "x = '\xc3\xa9' +  # c\n"};
    static const ExpectedError from_file = {
        src, &PyExc_SyntaxError, "invalid syntax", 1, 13, 1, 16, "x = '\xc3\xa9' +  # c\n"};
    static const FeSourceKind kinds[] = {FE_SOURCE_STR, FE_SOURCE_FILE};
    static const ExpectedError *const expected[] = {&from_str, &from_file};
    for (int i = 0; i < 2; i++) {
        Tokenizer *tz = fe_tokenizer_new(src, sizeof src - 1, "x.py");
        fe_tokenizer_set_source_kind(tz, kinds[i]);
        Token t;
        do
            assert_int_equal(fe_tokenizer_next(tz, &t), 0);
        while (t.kind != TOK_NEWLINE);
        // CPython's NEWLINE token ends where it begins on the newline character.
        fe_tokenizer_error(tz, PyExc_SyntaxError, t.begin,
                           (SrcPos){t.finish.line, t.finish.col - 1}, "invalid %s", "syntax");
        assert_syntax_error(expected[i], "x.py");
        fe_tokenizer_free(tz);
    }
}

// Eval and 'single' input gets no final newline (exec_input 0): a '\\' ending it is followed
// by no character. python3: compile(src, 'x.py', 'eval').
static void
test_eval_input_errors_at_its_end(void **state)
{
    (void)state;
    static const ExpectedError errors[] = {
        {"1 + \\", &PyExc_SyntaxError, "unexpected character after line continuation character", 1,
         5, 1, 0, "1 + \\"},
        {"(\n1 +\\", &PyExc_SyntaxError, "unexpected character after line continuation character",
         2, 4, 2, 0, "1 +\\"},
        {"x[1:2", &PyExc_SyntaxError, "'[' was never closed", 1, 2, 1, 0, "x[1:2"},
        {"'abc", &PyExc_SyntaxError, "unterminated string literal (detected at line 1)", 1, 1, 1, 1,
         "'abc"},
        {"\"\"\"a\nb", &PyExc_SyntaxError,
         "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 1, 1, "\"\"\"a"},
        {"\357\273\2771", &PyExc_SyntaxError, "invalid non-printable character U+FEFF", 1, 1, 1, 1,
         "\357\273\2771"}, // a BOM, then "1"
    };
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        Tokenizer *tz = fe_tokenizer_new(errors[i].src, (Py_ssize_t)strlen(errors[i].src), "x.py");
        fe_tokenizer_set_source_kind(tz, FE_SOURCE_STR);
        fe_tokenizer_set_exec_input(tz, 0);
        Token t;
        int r;
        while ((r = fe_tokenizer_next(tz, &t)) == 0 && t.kind != TOK_ENDMARKER)
            ;
        if (r == 0)
            fail_msg("%s: no error", errors[i].src);
        assert_syntax_error(&errors[i], "x.py");
        fe_tokenizer_free(tz);
    }
}

// "if 1:" nested n deep with "pass" as the innermost body, into buf; returns the body's line.
static const char *
nested_ifs(char *buf, int n)
{
    char *p = buf;
    for (int i = 0; i < n; i++) {
        memset(p, ' ', (size_t)(2 * i));
        memcpy(p + 2 * i, "if 1:\n", 6);
        p += 2 * i + 6;
    }
    memset(p, ' ', (size_t)(2 * n));
    strcpy(p + 2 * n, "pass\n");
    return p;
}

// CPython's limits: 200 open brackets (here one a line) and 99 indentation levels.
static void
test_nesting_limits_are_errors(void **state)
{
    (void)state;
    static char brackets[2 * 201 + 1];
    for (int i = 0; i < 201; i++)
        memcpy(brackets + 2 * i, "(\n", 2);
    const ExpectedError too_many_brackets = {
        brackets, &PyExc_SyntaxError, "too many nested parentheses", 201, 1, 201, 1, "("};
    check_error_kind(&too_many_brackets, strlen(brackets), FE_SOURCE_STR);

    static char ifs[100 * 206 + 210];
    const ExpectedError too_deep = {
        ifs, &PyExc_IndentationError, "too many levels of indentation", 101, 1, 101,
        0,   nested_ifs(ifs, 100)};
    check_error_kind(&too_deep, strlen(ifs), FE_SOURCE_STR);

    nested_ifs(ifs, 99);
    Tokenizer *tz = fe_tokenizer_new(ifs, (Py_ssize_t)strlen(ifs), "x.py");
    Token t;
    int r;
    while ((r = fe_tokenizer_next(tz, &t)) == 0 && t.kind != TOK_ENDMARKER)
        ;
    assert_int_equal(r, 0);
    fe_tokenizer_free(tz);
}

int
main(void)
{
    // clang-format off
#define ERRORS_ENTRY(table) cmocka_unit_test(test_##table),
    const struct CMUnitTest tests[] = {
        ERROR_TABLES(ERRORS_ENTRY)
        cmocka_unit_test(test_newline_styles_in_bytes_sources),
        cmocka_unit_test(test_file_sources_keep_byte_offsets),
        cmocka_unit_test(test_bytes_sources_keep_byte_offsets),
        cmocka_unit_test(test_null_byte_is_reported_on_its_line),
        cmocka_unit_test(test_invalid_utf8_is_reported_with_its_first_byte),
        cmocka_unit_test(test_errors_come_in_reading_order),
        cmocka_unit_test(test_error_origin_tells_how_cpython_raises_it),
        cmocka_unit_test(test_syntax_error_converts_byte_columns_to_characters),
        cmocka_unit_test(test_syntax_error_at_stores_fields_as_given),
        cmocka_unit_test(test_deep_nesting_is_an_error),
        cmocka_unit_test(test_tokenizer_error_positions_depend_on_the_source_kind),
        cmocka_unit_test(test_nesting_limits_are_errors),
        cmocka_unit_test(test_eval_input_errors_at_its_end),
    };
    // clang-format on
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
