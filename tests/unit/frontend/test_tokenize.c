// test_tokenize.c: tests of frontend/tokenize.c and tokenize_lex.c: the tokens of valid
// sources. Expected tokens were printed from CPython 3.11's C tokenizer (the parser's view,
// byte columns: tokenize._generate_tokens_from_c_tokenizer), completed where it prints no
// position (INDENT, DEDENT, ENDMARKER) with tokenize.h's conventions; gen_tokenize_tables.py
// prints the tables. Errors are in test_tokenize_error.c.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "frontend/tokenize.h"
#include "tests/unit/testing.h"

typedef struct {
    TokenKind kind;
    int line, col, end_line, end_col;
    const char *text;
} ExpectedToken;

// ---- helpers -------------------------------------------------------------------------------

static void
print_pending(void)
{
    if (PyErr_Occurred() != NULL)
        PyErr_Print();
}

// Tokenize size bytes of src and compare every token with exp[0..n), then check that
// ENDMARKER repeats.
static void
check_tokens_n(const char *name, const char *src, size_t size, const ExpectedToken *exp, size_t n)
{
    Tokenizer *tz = fe_tokenizer_new(src, (Py_ssize_t)size, "x.py");
    assert_non_null(tz);
    Token t;
    for (size_t i = 0; i < n; i++) {
        if (fe_tokenizer_next(tz, &t) < 0) {
            print_pending();
            fail_msg("%s: error at token %zu", name, i);
        }
        int text_len = (int)(t.end - t.start);
        if (t.kind != exp[i].kind || t.begin.line != exp[i].line || t.begin.col != exp[i].col ||
            t.finish.line != exp[i].end_line || t.finish.col != exp[i].end_col ||
            (size_t)text_len != strlen(exp[i].text) ||
            memcmp(t.start, exp[i].text, (size_t)text_len) != 0)
            fail_msg("%s: token %zu is %s %d:%d-%d:%d \"%.*s\", expected %s %d:%d-%d:%d \"%s\"",
                     name, i, fe_token_name(t.kind), t.begin.line, t.begin.col, t.finish.line,
                     t.finish.col, text_len, t.start, fe_token_name(exp[i].kind), exp[i].line,
                     exp[i].col, exp[i].end_line, exp[i].end_col, exp[i].text);
    }
    assert_int_equal(fe_tokenizer_next(tz, &t), 0);
    assert_int_equal(t.kind, TOK_ENDMARKER);
    fe_tokenizer_free(tz);
}

#define check_tokens(table)                                                                        \
    check_tokens_n(#table, table##_src, sizeof table##_src - 1, table,                             \
                   sizeof table / sizeof table[0])

// ---- expected tokens -----------------------------------------------------------------------

// clang-format off
static const ExpectedToken simple_assignment[] = {
    {TOK_NAME, 1, 0, 1, 1, "x"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_NUMBER, 1, 4, 1, 5, "1"},
    {TOK_NEWLINE, 1, 5, 1, 6, "\n"},
    {TOK_ENDMARKER, 1, 5, 1, 5, ""},
};
static const char simple_assignment_src[] = "x = 1\n";

static const ExpectedToken no_final_newline[] = {
    {TOK_NAME, 1, 0, 1, 1, "x"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_NUMBER, 1, 4, 1, 5, "1"},
    {TOK_NEWLINE, 1, 5, 1, 6, ""},
    {TOK_ENDMARKER, 1, 5, 1, 5, ""},
};
static const char no_final_newline_src[] = "x = 1";

static const ExpectedToken empty_source[] = {
    {TOK_ENDMARKER, 1, 0, 1, 0, ""},
};
static const char empty_source_src[] = "";

static const ExpectedToken comment_only_source[] = {
    {TOK_ENDMARKER, 1, 16, 1, 16, ""},
};
static const char comment_only_source_src[] = "# just a comment";

static const ExpectedToken indent_dedent[] = {
    {TOK_IF, 1, 0, 1, 2, "if"},
    {TOK_NAME, 1, 3, 1, 4, "x"},
    {TOK_COLON, 1, 4, 1, 5, ":"},
    {TOK_NEWLINE, 1, 5, 1, 6, "\n"},
    {TOK_INDENT, 2, 0, 2, 4, "    "},
    {TOK_NAME, 2, 4, 2, 5, "y"},
    {TOK_EQUAL, 2, 6, 2, 7, "="},
    {TOK_NUMBER, 2, 8, 2, 9, "1"},
    {TOK_NEWLINE, 2, 9, 2, 10, "\n"},
    {TOK_IF, 3, 4, 3, 6, "if"},
    {TOK_NAME, 3, 7, 3, 8, "z"},
    {TOK_COLON, 3, 8, 3, 9, ":"},
    {TOK_NEWLINE, 3, 9, 3, 10, "\n"},
    {TOK_INDENT, 4, 0, 4, 8, "        "},
    {TOK_PASS, 4, 8, 4, 12, "pass"},
    {TOK_NEWLINE, 4, 12, 4, 13, "\n"},
    {TOK_DEDENT, 5, 4, 5, 4, ""},
    {TOK_NAME, 5, 4, 5, 5, "w"},
    {TOK_NEWLINE, 5, 5, 5, 6, "\n"},
    {TOK_DEDENT, 6, 0, 6, 0, ""},
    {TOK_NAME, 6, 0, 6, 1, "v"},
    {TOK_NEWLINE, 6, 1, 6, 2, "\n"},
    {TOK_ENDMARKER, 6, 1, 6, 1, ""},
};
static const char indent_dedent_src[] =
    "if x:\n    y = 1\n    if z:\n        pass\n    w\n"
    "v\n";

static const ExpectedToken dedent_at_eof[] = {
    {TOK_DEF, 1, 0, 1, 3, "def"},
    {TOK_NAME, 1, 4, 1, 5, "f"},
    {TOK_LPAR, 1, 5, 1, 6, "("},
    {TOK_RPAR, 1, 6, 1, 7, ")"},
    {TOK_COLON, 1, 7, 1, 8, ":"},
    {TOK_NEWLINE, 1, 8, 1, 9, "\n"},
    {TOK_INDENT, 2, 0, 2, 2, "  "},
    {TOK_IF, 2, 2, 2, 4, "if"},
    {TOK_NAME, 2, 5, 2, 6, "a"},
    {TOK_COLON, 2, 6, 2, 7, ":"},
    {TOK_NEWLINE, 2, 7, 2, 8, "\n"},
    {TOK_INDENT, 3, 0, 3, 4, "    "},
    {TOK_RETURN, 3, 4, 3, 10, "return"},
    {TOK_NUMBER, 3, 11, 3, 12, "1"},
    {TOK_NEWLINE, 3, 12, 3, 13, ""},
    {TOK_DEDENT, 3, 12, 3, 12, ""},
    {TOK_DEDENT, 3, 12, 3, 12, ""},
    {TOK_ENDMARKER, 3, 12, 3, 12, ""},
};
static const char dedent_at_eof_src[] = "def f():\n  if a:\n    return 1";

static const ExpectedToken blank_and_comment_lines[] = {
    {TOK_IF, 1, 0, 1, 2, "if"},
    {TOK_NAME, 1, 3, 1, 4, "x"},
    {TOK_COLON, 1, 4, 1, 5, ":"},
    {TOK_NEWLINE, 1, 5, 1, 6, "\n"},
    {TOK_INDENT, 5, 0, 5, 4, "    "},
    {TOK_NAME, 5, 4, 5, 5, "y"},
    {TOK_NEWLINE, 5, 5, 5, 6, "\n"},
    {TOK_DEDENT, 7, 5, 7, 5, ""},
    {TOK_ENDMARKER, 7, 5, 7, 5, ""},
};
static const char blank_and_comment_lines_src[] = "if x:\n\n    # comment\n  \n    y\n\n# end\n";

static const ExpectedToken comment_after_code[] = {
    {TOK_NAME, 1, 0, 1, 1, "x"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_NUMBER, 1, 4, 1, 5, "1"},
    {TOK_NEWLINE, 1, 7, 1, 15, "# set x\n"},
    {TOK_NAME, 2, 0, 2, 1, "y"},
    {TOK_NEWLINE, 2, 1, 2, 2, "\n"},
    {TOK_ENDMARKER, 2, 1, 2, 1, ""},
};
static const char comment_after_code_src[] = "x = 1  # set x\ny\n";

static const ExpectedToken implicit_line_joining[] = {
    {TOK_NAME, 1, 0, 1, 3, "foo"},
    {TOK_LPAR, 1, 3, 1, 4, "("},
    {TOK_NUMBER, 1, 4, 1, 5, "1"},
    {TOK_COMMA, 1, 5, 1, 6, ","},
    {TOK_NUMBER, 2, 4, 2, 5, "2"},
    {TOK_COMMA, 2, 5, 2, 6, ","},
    {TOK_LSQB, 2, 7, 2, 8, "["},
    {TOK_NUMBER, 2, 8, 2, 9, "3"},
    {TOK_COMMA, 2, 9, 2, 10, ","},
    {TOK_NUMBER, 3, 2, 3, 3, "4"},
    {TOK_RSQB, 3, 3, 3, 4, "]"},
    {TOK_COMMA, 3, 4, 3, 5, ","},
    {TOK_LBRACE, 5, 2, 5, 3, "{"},
    {TOK_NUMBER, 5, 3, 5, 4, "5"},
    {TOK_COLON, 5, 4, 5, 5, ":"},
    {TOK_NUMBER, 5, 6, 5, 7, "6"},
    {TOK_RBRACE, 5, 7, 5, 8, "}"},
    {TOK_RPAR, 5, 8, 5, 9, ")"},
    {TOK_NEWLINE, 5, 9, 5, 10, "\n"},
    {TOK_NAME, 6, 0, 6, 1, "z"},
    {TOK_NEWLINE, 6, 1, 6, 2, "\n"},
    {TOK_ENDMARKER, 6, 1, 6, 1, ""},
};
static const char implicit_line_joining_src[] = "foo(1,\n    2, [3,\n  4],\n# c\n  {5: 6})\nz\n";

static const ExpectedToken backslash_continuation[] = {
    {TOK_NAME, 1, 0, 1, 1, "x"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_NUMBER, 1, 4, 1, 5, "1"},
    {TOK_PLUS, 1, 6, 1, 7, "+"},
    {TOK_NUMBER, 2, 4, 2, 5, "2"},
    {TOK_NEWLINE, 2, 5, 2, 6, "\n"},
    {TOK_IF, 3, 0, 3, 2, "if"},
    {TOK_NAME, 3, 3, 3, 4, "a"},
    {TOK_AND, 3, 5, 3, 8, "and"},
    {TOK_NAME, 4, 3, 4, 4, "b"},
    {TOK_COLON, 4, 4, 4, 5, ":"},
    {TOK_NEWLINE, 4, 5, 4, 6, "\n"},
    {TOK_INDENT, 5, 0, 5, 4, "    "},
    {TOK_PASS, 5, 4, 5, 8, "pass"},
    {TOK_NEWLINE, 5, 8, 5, 9, "\n"},
    {TOK_DEDENT, 5, 8, 5, 8, ""},
    {TOK_ENDMARKER, 5, 8, 5, 8, ""},
};
static const char backslash_continuation_src[] =
    "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n";

static const ExpectedToken tabs_indentation[] = {
    {TOK_IF, 1, 0, 1, 2, "if"},
    {TOK_NAME, 1, 3, 1, 4, "x"},
    {TOK_COLON, 1, 4, 1, 5, ":"},
    {TOK_NEWLINE, 1, 5, 1, 6, "\n"},
    {TOK_INDENT, 2, 0, 2, 1, "\t"},
    {TOK_NAME, 2, 1, 2, 2, "y"},
    {TOK_NEWLINE, 2, 2, 2, 3, "\n"},
    {TOK_IF, 3, 1, 3, 3, "if"},
    {TOK_NAME, 3, 4, 3, 5, "z"},
    {TOK_COLON, 3, 5, 3, 6, ":"},
    {TOK_NEWLINE, 3, 6, 3, 7, "\n"},
    {TOK_INDENT, 4, 0, 4, 2, "\t\t"},
    {TOK_NAME, 4, 2, 4, 3, "w"},
    {TOK_NEWLINE, 4, 3, 4, 4, "\n"},
    {TOK_DEDENT, 4, 3, 4, 3, ""},
    {TOK_DEDENT, 4, 3, 4, 3, ""},
    {TOK_ENDMARKER, 4, 3, 4, 3, ""},
};
static const char tabs_indentation_src[] = "if x:\n\ty\n\tif z:\n\t\tw\n";

static const ExpectedToken string_prefixes[] = {
    {TOK_NAME, 1, 0, 1, 1, "a"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_STRING, 1, 4, 1, 8, "r'x'"},
    {TOK_STRING, 1, 9, 1, 13, "u'x'"},
    {TOK_STRING, 1, 14, 1, 18, "b'x'"},
    {TOK_STRING, 1, 19, 1, 24, "br'x'"},
    {TOK_STRING, 1, 25, 1, 30, "rb'x'"},
    {TOK_STRING, 1, 31, 1, 35, "f'x'"},
    {TOK_STRING, 1, 36, 1, 41, "fr'x'"},
    {TOK_STRING, 1, 42, 1, 47, "rf'x'"},
    {TOK_STRING, 1, 48, 1, 52, "R'x'"},
    {TOK_STRING, 1, 53, 1, 57, "U'x'"},
    {TOK_STRING, 1, 58, 1, 62, "B'x'"},
    {TOK_STRING, 1, 63, 1, 68, "BR'x'"},
    {TOK_STRING, 1, 69, 1, 74, "Rb'x'"},
    {TOK_STRING, 1, 75, 1, 80, "bR'x'"},
    {TOK_STRING, 1, 81, 1, 85, "F'x'"},
    {TOK_STRING, 1, 86, 1, 91, "fR'x'"},
    {TOK_STRING, 1, 92, 1, 97, "Rf'x'"},
    {TOK_STRING, 1, 98, 1, 103, "FR'x'"},
    {TOK_NEWLINE, 1, 103, 1, 104, "\n"},
    {TOK_ENDMARKER, 1, 103, 1, 103, ""},
};
static const char string_prefixes_src[] =
    "a = r'x' u'x' b'x' br'x' rb'x' f'x' fr'x' rf'x' R'x' U'x' B'x' BR'x' Rb'x' bR'x' F'x' fR'x' "
    "Rf'x' FR'x'\n";

static const ExpectedToken string_quotes[] = {
    {TOK_STRING, 1, 0, 1, 3, "'a'"},
    {TOK_STRING, 1, 4, 1, 7, "\"b\""},
    {TOK_STRING, 1, 8, 1, 15, "'''c'''"},
    {TOK_STRING, 1, 16, 1, 23, "\"\"\"d\"\"\""},
    {TOK_STRING, 1, 24, 1, 26, "''"},
    {TOK_STRING, 1, 27, 1, 29, "\"\""},
    {TOK_STRING, 1, 30, 1, 34, "'\\''"},
    {TOK_STRING, 1, 35, 1, 39, "\"\\\"\""},
    {TOK_STRING, 1, 40, 1, 45, "'x\\\\'"},
    {TOK_NEWLINE, 1, 45, 1, 46, "\n"},
    {TOK_ENDMARKER, 1, 45, 1, 45, ""},
};
static const char string_quotes_src[] =
    "'a' \"b\" '''c''' \"\"\"d\"\"\" '' \"\" '\\'' \"\\\"\" 'x\\\\'\n";

static const ExpectedToken triple_quoted_multiline[] = {
    {TOK_NAME, 1, 0, 1, 1, "s"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_STRING, 1, 4, 3, 8, "'''one\ntwo\nthree'''"},
    {TOK_PLUS, 3, 9, 3, 10, "+"},
    {TOK_STRING, 3, 11, 4, 3, "\"\"\"\n\"\"\""},
    {TOK_NEWLINE, 4, 3, 4, 4, "\n"},
    {TOK_NAME, 5, 0, 5, 1, "t"},
    {TOK_NEWLINE, 5, 1, 5, 2, "\n"},
    {TOK_ENDMARKER, 5, 1, 5, 1, ""},
};
static const char triple_quoted_multiline_src[] = "s = '''one\ntwo\nthree''' + \"\"\"\n\"\"\"\nt\n";

static const ExpectedToken fstring_is_one_token[] = {
    {TOK_STRING, 1, 0, 1, 26, "f'{x!r:>{width}} {y[\"k\"]}'"},
    {TOK_PLUS, 1, 27, 1, 28, "+"},
    {TOK_STRING, 1, 29, 1, 40, "rf\"{a}\\{b}\""},
    {TOK_NEWLINE, 1, 40, 1, 41, "\n"},
    {TOK_ENDMARKER, 1, 40, 1, 40, ""},
};
static const char fstring_is_one_token_src[] = "f'{x!r:>{width}} {y[\"k\"]}' + rf\"{a}\\{b}\"\n";

static const ExpectedToken string_with_escaped_newline[] = {
    {TOK_NAME, 1, 0, 1, 1, "s"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_STRING, 1, 4, 2, 3, "'ab\\\ncd'"},
    {TOK_NEWLINE, 2, 3, 2, 4, "\n"},
    {TOK_ENDMARKER, 2, 3, 2, 3, ""},
};
static const char string_with_escaped_newline_src[] = "s = 'ab\\\ncd'\n";

static const ExpectedToken prefix_like_names[] = {
    {TOK_NAME, 1, 0, 1, 2, "ub"},
    {TOK_NAME, 1, 3, 1, 5, "ur"},
    {TOK_NAME, 1, 6, 1, 8, "bu"},
    {TOK_NAME, 1, 9, 1, 11, "fb"},
    {TOK_NAME, 1, 12, 1, 14, "bf"},
    {TOK_NAME, 1, 15, 1, 17, "rr"},
    {TOK_NAME, 1, 18, 1, 20, "be"},
    {TOK_NAME, 1, 21, 1, 23, "fo"},
    {TOK_NAME, 1, 24, 1, 26, "u1"},
    {TOK_NAME, 1, 27, 1, 29, "r_"},
    {TOK_NAME, 1, 30, 1, 31, "f"},
    {TOK_NEWLINE, 1, 31, 1, 32, "\n"},
    {TOK_ENDMARKER, 1, 31, 1, 31, ""},
};
static const char prefix_like_names_src[] = "ub ur bu fb bf rr be fo u1 r_ f\n";

static const ExpectedToken numbers_decimal[] = {
    {TOK_NUMBER, 1, 0, 1, 1, "0"},
    {TOK_NUMBER, 1, 2, 1, 4, "00"},
    {TOK_NUMBER, 1, 5, 1, 8, "0_0"},
    {TOK_NUMBER, 1, 9, 1, 10, "7"},
    {TOK_NUMBER, 1, 11, 1, 16, "1_000"},
    {TOK_NUMBER, 1, 17, 1, 47, "123456789012345678901234567890"},
    {TOK_NEWLINE, 1, 47, 1, 48, "\n"},
    {TOK_ENDMARKER, 1, 47, 1, 47, ""},
};
static const char numbers_decimal_src[] = "0 00 0_0 7 1_000 123456789012345678901234567890\n";

static const ExpectedToken numbers_radix[] = {
    {TOK_NUMBER, 1, 0, 1, 4, "0x1F"},
    {TOK_NUMBER, 1, 5, 1, 15, "0XdeadBEEF"},
    {TOK_NUMBER, 1, 16, 1, 22, "0x_1_f"},
    {TOK_NUMBER, 1, 23, 1, 27, "0o17"},
    {TOK_NUMBER, 1, 28, 1, 32, "0O_7"},
    {TOK_NUMBER, 1, 33, 1, 38, "0b101"},
    {TOK_NUMBER, 1, 39, 1, 45, "0B_1_0"},
    {TOK_NEWLINE, 1, 45, 1, 46, "\n"},
    {TOK_ENDMARKER, 1, 45, 1, 45, ""},
};
static const char numbers_radix_src[] = "0x1F 0XdeadBEEF 0x_1_f 0o17 0O_7 0b101 0B_1_0\n";

static const ExpectedToken numbers_float[] = {
    {TOK_NUMBER, 1, 0, 1, 3, "1.5"},
    {TOK_NUMBER, 1, 4, 1, 6, "1."},
    {TOK_NUMBER, 1, 7, 1, 9, ".5"},
    {TOK_NUMBER, 1, 10, 1, 14, "1e10"},
    {TOK_NUMBER, 1, 15, 1, 19, "1E+5"},
    {TOK_NUMBER, 1, 20, 1, 24, "1e-5"},
    {TOK_NUMBER, 1, 25, 1, 36, "1_0.0_1e1_0"},
    {TOK_NUMBER, 1, 37, 1, 40, "0.0"},
    {TOK_NUMBER, 1, 41, 1, 45, "09.5"},
    {TOK_NUMBER, 1, 46, 1, 50, "00.5"},
    {TOK_NUMBER, 1, 51, 1, 54, "0e0"},
    {TOK_NUMBER, 1, 55, 1, 59, "1.e5"},
    {TOK_NEWLINE, 1, 59, 1, 60, "\n"},
    {TOK_ENDMARKER, 1, 59, 1, 59, ""},
};
static const char numbers_float_src[] =
    "1.5 1. .5 1e10 1E+5 1e-5 1_0.0_1e1_0 0.0 09.5 00.5 0e0 1.e5\n";

static const ExpectedToken numbers_imaginary[] = {
    {TOK_NUMBER, 1, 0, 1, 2, "1j"},
    {TOK_NUMBER, 1, 3, 1, 5, "1J"},
    {TOK_NUMBER, 1, 6, 1, 10, "1.5j"},
    {TOK_NUMBER, 1, 11, 1, 14, ".5j"},
    {TOK_NUMBER, 1, 15, 1, 19, "1e3j"},
    {TOK_NUMBER, 1, 20, 1, 22, "0j"},
    {TOK_NUMBER, 1, 23, 1, 26, "09j"},
    {TOK_NUMBER, 1, 27, 1, 31, "0_0j"},
    {TOK_NEWLINE, 1, 31, 1, 32, "\n"},
    {TOK_ENDMARKER, 1, 31, 1, 31, ""},
};
static const char numbers_imaginary_src[] = "1j 1J 1.5j .5j 1e3j 0j 09j 0_0j\n";

static const ExpectedToken number_then_non_ascii_name[] = {
    {TOK_NAME, 1, 0, 1, 1, "x"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_NUMBER, 1, 4, 1, 5, "1"},
    {TOK_NAME, 1, 5, 1, 7, "\xc3\xa9"},
    {TOK_PLUS, 1, 8, 1, 9, "+"},
    {TOK_NUMBER, 1, 10, 1, 13, "0x1"},
    {TOK_NAME, 1, 13, 1, 15, "\xc3\xa9"},
    {TOK_PLUS, 1, 16, 1, 17, "+"},
    {TOK_NUMBER, 1, 18, 1, 22, "1.5j"},
    {TOK_NAME, 1, 22, 1, 24, "\xc3\xa9"},
    {TOK_NEWLINE, 1, 24, 1, 25, "\n"},
    {TOK_ENDMARKER, 1, 24, 1, 24, ""},
};
static const char number_then_non_ascii_name_src[] = "x = 1\xc3\xa9 + 0x1\xc3\xa9 + 1.5j\xc3\xa9\n";

static const ExpectedToken number_then_keyword[] = {
    {TOK_NUMBER, 1, 0, 1, 1, "1"},
    {TOK_IF, 1, 1, 1, 3, "if"},
    {TOK_NAME, 1, 4, 1, 5, "x"},
    {TOK_ELSE, 1, 6, 1, 10, "else"},
    {TOK_NUMBER, 1, 11, 1, 12, "2"},
    {TOK_NEWLINE, 1, 12, 1, 13, "\n"},
    {TOK_LSQB, 2, 0, 2, 1, "["},
    {TOK_NUMBER, 2, 1, 2, 5, "0x1f"},
    {TOK_OR, 2, 5, 2, 7, "or"},
    {TOK_NAME, 2, 8, 2, 9, "x"},
    {TOK_IN, 2, 10, 2, 12, "in"},
    {TOK_NAME, 2, 13, 2, 14, "y"},
    {TOK_RSQB, 2, 14, 2, 15, "]"},
    {TOK_NEWLINE, 2, 15, 2, 16, "\n"},
    {TOK_NUMBER, 3, 0, 3, 1, "1"},
    {TOK_OR, 3, 1, 3, 3, "or"},
    {TOK_NUMBER, 3, 4, 3, 5, "2"},
    {TOK_NEWLINE, 3, 5, 3, 6, "\n"},
    {TOK_NUMBER, 4, 0, 4, 1, "1"},
    {TOK_AND, 4, 1, 4, 4, "and"},
    {TOK_NUMBER, 4, 5, 4, 6, "2"},
    {TOK_NEWLINE, 4, 6, 4, 7, "\n"},
    {TOK_NUMBER, 5, 0, 5, 1, "1"},
    {TOK_IN, 5, 1, 5, 3, "in"},
    {TOK_NAME, 5, 4, 5, 5, "x"},
    {TOK_NEWLINE, 5, 5, 5, 6, "\n"},
    {TOK_NUMBER, 6, 0, 6, 1, "1"},
    {TOK_IS, 6, 1, 6, 3, "is"},
    {TOK_NAME, 6, 4, 6, 5, "x"},
    {TOK_NEWLINE, 6, 5, 6, 6, "\n"},
    {TOK_NUMBER, 7, 0, 7, 1, "1"},
    {TOK_NOT, 7, 1, 7, 4, "not"},
    {TOK_IN, 7, 5, 7, 7, "in"},
    {TOK_NAME, 7, 8, 7, 9, "x"},
    {TOK_NEWLINE, 7, 9, 7, 10, "\n"},
    {TOK_NAME, 8, 0, 8, 1, "x"},
    {TOK_EQUAL, 8, 2, 8, 3, "="},
    {TOK_NUMBER, 8, 4, 8, 5, "1"},
    {TOK_ELSE, 8, 5, 8, 9, "else"},
    {TOK_NUMBER, 8, 10, 8, 11, "3"},
    {TOK_NEWLINE, 8, 11, 8, 12, "\n"},
    {TOK_NUMBER, 9, 0, 9, 3, "0o7"},
    {TOK_OR, 9, 3, 9, 5, "or"},
    {TOK_NUMBER, 9, 6, 9, 9, "1.5"},
    {TOK_IF, 9, 9, 9, 11, "if"},
    {TOK_NUMBER, 9, 12, 9, 14, "1j"},
    {TOK_ELSE, 9, 14, 9, 18, "else"},
    {TOK_NUMBER, 9, 19, 9, 20, "2"},
    {TOK_NEWLINE, 9, 20, 9, 21, "\n"},
    {TOK_ENDMARKER, 9, 20, 9, 20, ""},
};
static const char number_then_keyword_src[] =
    "1if x else 2\n[0x1for x in y]\n1or 2\n1and 2\n1in x\n"
    "1is x\n1not in x\nx = 1else 3\n0o7or 1.5if 1jelse 2\n";

static const ExpectedToken ellipsis_and_dots[] = {
    {TOK_NAME, 1, 0, 1, 1, "x"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_ELLIPSIS, 1, 4, 1, 7, "..."},
    {TOK_NEWLINE, 1, 7, 1, 8, "\n"},
    {TOK_NAME, 2, 0, 2, 1, "a"},
    {TOK_DOT, 2, 1, 2, 2, "."},
    {TOK_NAME, 2, 2, 2, 3, "b"},
    {TOK_NEWLINE, 2, 3, 2, 4, "\n"},
    {TOK_DOT, 3, 0, 3, 1, "."},
    {TOK_DOT, 3, 2, 3, 3, "."},
    {TOK_DOT, 3, 4, 3, 5, "."},
    {TOK_NEWLINE, 3, 5, 3, 6, "\n"},
    {TOK_NAME, 4, 0, 4, 1, "x"},
    {TOK_LSQB, 4, 1, 4, 2, "["},
    {TOK_ELLIPSIS, 4, 2, 4, 5, "..."},
    {TOK_COMMA, 4, 5, 4, 6, ","},
    {TOK_NUMBER, 4, 7, 4, 8, "1"},
    {TOK_RSQB, 4, 8, 4, 9, "]"},
    {TOK_NEWLINE, 4, 9, 4, 10, "\n"},
    {TOK_ENDMARKER, 4, 9, 4, 9, ""},
};
static const char ellipsis_and_dots_src[] = "x = ...\na.b\n. . .\nx[..., 1]\n";

static const ExpectedToken operators_longest_match[] = {
    {TOK_NAME, 1, 0, 1, 1, "a"},
    {TOK_DOUBLESTAREQUAL, 1, 2, 1, 5, "**="},
    {TOK_NAME, 1, 6, 1, 7, "b"},
    {TOK_DOUBLESLASHEQUAL, 1, 8, 1, 11, "//="},
    {TOK_NAME, 1, 12, 1, 13, "c"},
    {TOK_RIGHTSHIFTEQUAL, 1, 14, 1, 17, ">>="},
    {TOK_NAME, 1, 18, 1, 19, "d"},
    {TOK_LEFTSHIFTEQUAL, 1, 20, 1, 23, "<<="},
    {TOK_NAME, 1, 24, 1, 25, "e"},
    {TOK_RARROW, 1, 26, 1, 28, "->"},
    {TOK_NAME, 1, 29, 1, 30, "f"},
    {TOK_COLONEQUAL, 1, 31, 1, 33, ":="},
    {TOK_NAME, 1, 34, 1, 35, "g"},
    {TOK_NOTEQUAL, 1, 36, 1, 38, "!="},
    {TOK_NAME, 1, 39, 1, 40, "h"},
    {TOK_EQEQUAL, 1, 41, 1, 43, "=="},
    {TOK_NAME, 1, 44, 1, 45, "i"},
    {TOK_LESSEQUAL, 1, 46, 1, 48, "<="},
    {TOK_NAME, 1, 49, 1, 50, "j"},
    {TOK_GREATEREQUAL, 1, 51, 1, 53, ">="},
    {TOK_NAME, 1, 54, 1, 55, "k"},
    {TOK_DOUBLESTAR, 1, 56, 1, 58, "**"},
    {TOK_NAME, 1, 59, 1, 60, "l"},
    {TOK_DOUBLESLASH, 1, 61, 1, 63, "//"},
    {TOK_NAME, 1, 64, 1, 65, "m"},
    {TOK_LEFTSHIFT, 1, 66, 1, 68, "<<"},
    {TOK_NAME, 1, 69, 1, 70, "n"},
    {TOK_RIGHTSHIFT, 1, 71, 1, 73, ">>"},
    {TOK_NAME, 1, 74, 1, 75, "o"},
    {TOK_ATEQUAL, 1, 76, 1, 78, "@="},
    {TOK_NAME, 1, 79, 1, 80, "p"},
    {TOK_AT, 1, 81, 1, 82, "@"},
    {TOK_NAME, 1, 83, 1, 84, "q"},
    {TOK_NEWLINE, 1, 84, 1, 85, "\n"},
    {TOK_ENDMARKER, 1, 84, 1, 84, ""},
};
static const char operators_longest_match_src[] =
    "a **= b //= c >>= d <<= e -> f := g != h == i <= j >= k ** l // m << n >> o @= p @ q\n";

static const ExpectedToken all_single_char_operators[] = {
    {TOK_LPAR, 1, 0, 1, 1, "("},
    {TOK_RPAR, 1, 2, 1, 3, ")"},
    {TOK_LSQB, 1, 4, 1, 5, "["},
    {TOK_RSQB, 1, 6, 1, 7, "]"},
    {TOK_COLON, 1, 8, 1, 9, ":"},
    {TOK_COMMA, 1, 10, 1, 11, ","},
    {TOK_SEMI, 1, 12, 1, 13, ";"},
    {TOK_PLUS, 1, 14, 1, 15, "+"},
    {TOK_MINUS, 1, 16, 1, 17, "-"},
    {TOK_STAR, 1, 18, 1, 19, "*"},
    {TOK_SLASH, 1, 20, 1, 21, "/"},
    {TOK_VBAR, 1, 22, 1, 23, "|"},
    {TOK_AMPER, 1, 24, 1, 25, "&"},
    {TOK_LESS, 1, 26, 1, 27, "<"},
    {TOK_GREATER, 1, 28, 1, 29, ">"},
    {TOK_EQUAL, 1, 30, 1, 31, "="},
    {TOK_DOT, 1, 32, 1, 33, "."},
    {TOK_PERCENT, 1, 34, 1, 35, "%"},
    {TOK_LBRACE, 1, 36, 1, 37, "{"},
    {TOK_RBRACE, 1, 38, 1, 39, "}"},
    {TOK_TILDE, 1, 40, 1, 41, "~"},
    {TOK_CIRCUMFLEX, 1, 42, 1, 43, "^"},
    {TOK_AT, 1, 44, 1, 45, "@"},
    {TOK_NEWLINE, 1, 45, 1, 46, "\n"},
    {TOK_ENDMARKER, 1, 45, 1, 45, ""},
};
static const char all_single_char_operators_src[] =
    "( ) [ ] : , ; + - * / | & < > = . % { } ~ ^ @\n";

static const ExpectedToken all_augmented_operators[] = {
    {TOK_PLUSEQUAL, 1, 0, 1, 2, "+="},
    {TOK_MINEQUAL, 1, 3, 1, 5, "-="},
    {TOK_STAREQUAL, 1, 6, 1, 8, "*="},
    {TOK_SLASHEQUAL, 1, 9, 1, 11, "/="},
    {TOK_PERCENTEQUAL, 1, 12, 1, 14, "%="},
    {TOK_AMPEREQUAL, 1, 15, 1, 17, "&="},
    {TOK_VBAREQUAL, 1, 18, 1, 20, "|="},
    {TOK_CIRCUMFLEXEQUAL, 1, 21, 1, 23, "^="},
    {TOK_LEFTSHIFTEQUAL, 1, 24, 1, 27, "<<="},
    {TOK_RIGHTSHIFTEQUAL, 1, 28, 1, 31, ">>="},
    {TOK_DOUBLESTAREQUAL, 1, 32, 1, 35, "**="},
    {TOK_DOUBLESLASHEQUAL, 1, 36, 1, 39, "//="},
    {TOK_ATEQUAL, 1, 40, 1, 42, "@="},
    {TOK_NEWLINE, 1, 42, 1, 43, "\n"},
    {TOK_ENDMARKER, 1, 42, 1, 42, ""},
};
static const char all_augmented_operators_src[] = "+= -= *= /= %= &= |= ^= <<= >>= **= //= @=\n";

static const ExpectedToken keywords[] = {
    {TOK_FALSE, 1, 0, 1, 5, "False"},
    {TOK_NONE, 1, 6, 1, 10, "None"},
    {TOK_TRUE, 1, 11, 1, 15, "True"},
    {TOK_AND, 1, 16, 1, 19, "and"},
    {TOK_AS, 1, 20, 1, 22, "as"},
    {TOK_ASSERT, 1, 23, 1, 29, "assert"},
    {TOK_ASYNC, 1, 30, 1, 35, "async"},
    {TOK_AWAIT, 1, 36, 1, 41, "await"},
    {TOK_BREAK, 1, 42, 1, 47, "break"},
    {TOK_CLASS, 1, 48, 1, 53, "class"},
    {TOK_CONTINUE, 1, 54, 1, 62, "continue"},
    {TOK_DEF, 1, 63, 1, 66, "def"},
    {TOK_DEL, 1, 67, 1, 70, "del"},
    {TOK_ELIF, 1, 71, 1, 75, "elif"},
    {TOK_ELSE, 1, 76, 1, 80, "else"},
    {TOK_EXCEPT, 1, 81, 1, 87, "except"},
    {TOK_FINALLY, 1, 88, 1, 95, "finally"},
    {TOK_FOR, 1, 96, 1, 99, "for"},
    {TOK_FROM, 1, 100, 1, 104, "from"},
    {TOK_GLOBAL, 1, 105, 1, 111, "global"},
    {TOK_IF, 1, 112, 1, 114, "if"},
    {TOK_IMPORT, 1, 115, 1, 121, "import"},
    {TOK_IN, 1, 122, 1, 124, "in"},
    {TOK_IS, 1, 125, 1, 127, "is"},
    {TOK_LAMBDA, 1, 128, 1, 134, "lambda"},
    {TOK_NONLOCAL, 1, 135, 1, 143, "nonlocal"},
    {TOK_NOT, 1, 144, 1, 147, "not"},
    {TOK_OR, 1, 148, 1, 150, "or"},
    {TOK_PASS, 1, 151, 1, 155, "pass"},
    {TOK_RAISE, 1, 156, 1, 161, "raise"},
    {TOK_RETURN, 1, 162, 1, 168, "return"},
    {TOK_TRY, 1, 169, 1, 172, "try"},
    {TOK_WHILE, 1, 173, 1, 178, "while"},
    {TOK_WITH, 1, 179, 1, 183, "with"},
    {TOK_YIELD, 1, 184, 1, 189, "yield"},
    {TOK_NEWLINE, 1, 189, 1, 190, "\n"},
    {TOK_ENDMARKER, 1, 189, 1, 189, ""},
};
static const char keywords_src[] =
    "False None True and as assert async await break class continue def del elif else except "
    "finally for from global if import in is lambda nonlocal not or pass raise return try while "
    "with yield\n";

static const ExpectedToken soft_keywords_are_names[] = {
    {TOK_NAME, 1, 0, 1, 5, "match"},
    {TOK_NAME, 1, 6, 1, 10, "case"},
    {TOK_NAME, 1, 11, 1, 12, "_"},
    {TOK_NAME, 1, 13, 1, 17, "type"},
    {TOK_NAME, 1, 18, 1, 23, "print"},
    {TOK_NEWLINE, 1, 23, 1, 24, "\n"},
    {TOK_ENDMARKER, 1, 23, 1, 23, ""},
};
static const char soft_keywords_are_names_src[] = "match case _ type print\n";

static const ExpectedToken non_ascii_identifiers[] = {
    {TOK_NAME, 1, 0, 1, 5, "\xc3\xa9t\xc3\xa9"},
    {TOK_EQUAL, 1, 6, 1, 7, "="},
    {TOK_NAME, 1, 8, 1, 11, "\xcf\x80r"},
    {TOK_IF, 1, 12, 1, 14, "if"},
    {TOK_NUMBER, 1, 15, 1, 16, "0"},
    {TOK_ELSE, 1, 17, 1, 21, "else"},
    {TOK_NAME, 1, 22, 1, 31, "\xe4\xb8\xad\xe6\x96\x87_\xd9\xa1"},
    {TOK_PLUS, 1, 32, 1, 33, "+"},
    {TOK_NAME, 1, 34, 1, 37, "a\xcc\x80"},
    {TOK_PLUS, 1, 38, 1, 39, "+"},
    {TOK_NAME, 1, 40, 1, 43, "\xe2\x84\x98"},
    {TOK_NEWLINE, 1, 43, 1, 44, "\n"},
    {TOK_ENDMARKER, 1, 43, 1, 43, ""},
};
static const char non_ascii_identifiers_src[] =
    "\xc3\xa9t\xc3\xa9 = \xcf\x80r if 0 else \xe4\xb8\xad\xe6\x96\x87_\xd9\xa1 + a\xcc\x80 + "
    "\xe2\x84\x98\n";

static const ExpectedToken non_ascii_in_strings_and_comments[] = {
    {TOK_NAME, 1, 0, 1, 1, "s"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_STRING, 1, 4, 1, 14, "'\xe2\x82\xac \xf0\x9f\x98\x80'"},
    {TOK_NEWLINE, 1, 16, 1, 28, "# caf\xc3\xa9 \xe2\x82\xac\n"},
    {TOK_NAME, 2, 0, 2, 1, "t"},
    {TOK_NEWLINE, 2, 1, 2, 2, "\n"},
    {TOK_ENDMARKER, 2, 1, 2, 1, ""},
};
static const char non_ascii_in_strings_and_comments_src[] =
    "s = '\xe2\x82\xac \xf0\x9f\x98\x80'  # caf\xc3\xa9 \xe2\x82\xac\n"
    "t\n";

static const ExpectedToken form_feed[] = {
    {TOK_NAME, 1, 1, 1, 2, "x"},
    {TOK_EQUAL, 1, 3, 1, 4, "="},
    {TOK_NUMBER, 1, 5, 1, 6, "1"},
    {TOK_NEWLINE, 1, 6, 1, 7, "\n"},
    {TOK_IF, 2, 0, 2, 2, "if"},
    {TOK_NAME, 2, 3, 2, 4, "y"},
    {TOK_COLON, 2, 4, 2, 5, ":"},
    {TOK_NEWLINE, 2, 5, 2, 6, "\n"},
    {TOK_INDENT, 3, 0, 3, 5, "  \f  "},
    {TOK_NAME, 3, 5, 3, 6, "z"},
    {TOK_NEWLINE, 3, 6, 3, 7, "\n"},
    {TOK_DEDENT, 3, 6, 3, 6, ""},
    {TOK_ENDMARKER, 3, 6, 3, 6, ""},
};
static const char form_feed_src[] = "\fx = 1\nif y:\n  \f  z\n";

static const ExpectedToken error_tokens[] = {
    {TOK_NAME, 1, 0, 1, 1, "a"},
    {TOK_ERRORTOKEN, 1, 2, 1, 3, "$"},
    {TOK_NAME, 1, 4, 1, 5, "b"},
    {TOK_ERRORTOKEN, 1, 6, 1, 7, "?"},
    {TOK_NAME, 1, 8, 1, 9, "c"},
    {TOK_ERRORTOKEN, 1, 10, 1, 11, "!"},
    {TOK_NAME, 1, 12, 1, 13, "d"},
    {TOK_ERRORTOKEN, 1, 14, 1, 15, "`"},
    {TOK_NAME, 1, 16, 1, 17, "e"},
    {TOK_ERRORTOKEN, 1, 18, 1, 20, "<>"},
    {TOK_NAME, 1, 21, 1, 22, "f"},
    {TOK_ERRORTOKEN, 1, 23, 1, 25, "<>"},
    {TOK_EQUAL, 1, 25, 1, 26, "="},
    {TOK_NAME, 1, 27, 1, 28, "g"},
    {TOK_NAME, 1, 29, 1, 31, "\xc3\xa9"},
    {TOK_ERRORTOKEN, 1, 31, 1, 32, "$"},
    {TOK_NEWLINE, 1, 32, 1, 33, "\n"},
    {TOK_ENDMARKER, 1, 32, 1, 32, ""},
};
static const char error_tokens_src[] = "a $ b ? c ! d ` e <> f <>= g \xc3\xa9$\n";

static const ExpectedToken semicolons[] = {
    {TOK_NAME, 1, 0, 1, 1, "a"},
    {TOK_SEMI, 1, 1, 1, 2, ";"},
    {TOK_NAME, 1, 3, 1, 4, "b"},
    {TOK_SEMI, 1, 4, 1, 5, ";"},
    {TOK_NEWLINE, 1, 5, 1, 6, "\n"},
    {TOK_ENDMARKER, 1, 5, 1, 5, ""},
};
static const char semicolons_src[] = "a; b;\n";

static const ExpectedToken decorator_and_def[] = {
    {TOK_AT, 1, 0, 1, 1, "@"},
    {TOK_NAME, 1, 1, 1, 4, "dec"},
    {TOK_NEWLINE, 1, 4, 1, 5, "\n"},
    {TOK_DEF, 2, 0, 2, 3, "def"},
    {TOK_NAME, 2, 4, 2, 5, "f"},
    {TOK_LPAR, 2, 5, 2, 6, "("},
    {TOK_NAME, 2, 6, 2, 7, "a"},
    {TOK_COMMA, 2, 7, 2, 8, ","},
    {TOK_STAR, 2, 9, 2, 10, "*"},
    {TOK_NAME, 2, 10, 2, 11, "b"},
    {TOK_COMMA, 2, 11, 2, 12, ","},
    {TOK_DOUBLESTAR, 2, 13, 2, 15, "**"},
    {TOK_NAME, 2, 15, 2, 16, "c"},
    {TOK_RPAR, 2, 16, 2, 17, ")"},
    {TOK_RARROW, 2, 18, 2, 20, "->"},
    {TOK_NAME, 2, 21, 2, 24, "int"},
    {TOK_COLON, 2, 24, 2, 25, ":"},
    {TOK_NEWLINE, 2, 25, 2, 26, "\n"},
    {TOK_INDENT, 3, 0, 3, 4, "    "},
    {TOK_RETURN, 3, 4, 3, 10, "return"},
    {TOK_NAME, 3, 11, 3, 12, "a"},
    {TOK_NEWLINE, 3, 12, 3, 13, "\n"},
    {TOK_DEDENT, 3, 12, 3, 12, ""},
    {TOK_ENDMARKER, 3, 12, 3, 12, ""},
};
static const char decorator_and_def_src[] = "@dec\ndef f(a, *b, **c) -> int:\n    return a\n";

static const ExpectedToken backslash_in_indentation[] = {
    {TOK_IF, 1, 0, 1, 2, "if"},
    {TOK_NUMBER, 1, 3, 1, 4, "1"},
    {TOK_COLON, 1, 4, 1, 5, ":"},
    {TOK_NEWLINE, 1, 5, 1, 6, "\n"},
    {TOK_INDENT, 3, 0, 3, 2, "  "},
    {TOK_NAME, 3, 2, 3, 3, "x"},
    {TOK_NEWLINE, 3, 3, 3, 4, "\n"},
    {TOK_DEDENT, 3, 3, 3, 3, ""},
    {TOK_ENDMARKER, 3, 3, 3, 3, ""},
};
static const char backslash_in_indentation_src[] = "if 1:\n   \\\n  x\n";

static const ExpectedToken brackets_keep_level_across_blank_lines[] = {
    {TOK_NAME, 1, 0, 1, 1, "x"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_LSQB, 1, 4, 1, 5, "["},
    {TOK_NUMBER, 3, 4, 3, 5, "1"},
    {TOK_COMMA, 3, 5, 3, 6, ","},
    {TOK_RSQB, 5, 0, 5, 1, "]"},
    {TOK_NEWLINE, 5, 1, 5, 2, "\n"},
    {TOK_ENDMARKER, 5, 1, 5, 1, ""},
};
static const char brackets_keep_level_across_blank_lines_src[] = "x = [\n\n    1,\n\n]\n";

// The same positions as for "if x:\n    y = '''a\nb'''\nz\nw" (printed by CPython): "\r\n"
// and "\r" end lines like "\n" and count as one column; token text stays raw.
static const ExpectedToken crlf_and_cr[] = {
    {TOK_IF, 1, 0, 1, 2, "if"},
    {TOK_NAME, 1, 3, 1, 4, "x"},
    {TOK_COLON, 1, 4, 1, 5, ":"},
    {TOK_NEWLINE, 1, 5, 1, 6, "\r\n"},
    {TOK_INDENT, 2, 0, 2, 4, "    "},
    {TOK_NAME, 2, 4, 2, 5, "y"},
    {TOK_EQUAL, 2, 6, 2, 7, "="},
    {TOK_STRING, 2, 8, 3, 4, "'''a\r\nb'''"},
    {TOK_NEWLINE, 3, 4, 3, 5, "\r\n"},
    {TOK_DEDENT, 4, 0, 4, 0, ""},
    {TOK_NAME, 4, 0, 4, 1, "z"},
    {TOK_NEWLINE, 4, 1, 4, 2, "\r"},
    {TOK_NAME, 5, 0, 5, 1, "w"},
    {TOK_NEWLINE, 5, 1, 5, 2, ""},
    {TOK_ENDMARKER, 5, 1, 5, 1, ""},
};
static const char crlf_and_cr_src[] = "if x:\r\n    y = '''a\r\nb'''\r\nz\rw";

// A BOM is skipped: columns count from after it (as simple_assignment).
static const ExpectedToken bom_skipped[] = {
    {TOK_NAME, 1, 0, 1, 1, "x"},
    {TOK_EQUAL, 1, 2, 1, 3, "="},
    {TOK_NUMBER, 1, 4, 1, 5, "1"},
    {TOK_NEWLINE, 1, 5, 1, 6, "\n"},
    {TOK_ENDMARKER, 1, 5, 1, 5, ""},
};
static const char bom_skipped_src[] = "\xef\xbb\xbfx = 1\n";

// clang-format on

// Every table above is one test.
#define TOKEN_TABLES(X)                                                                            \
    X(simple_assignment)                                                                           \
    X(no_final_newline)                                                                            \
    X(empty_source)                                                                                \
    X(comment_only_source)                                                                         \
    X(indent_dedent)                                                                               \
    X(dedent_at_eof)                                                                               \
    X(blank_and_comment_lines)                                                                     \
    X(comment_after_code)                                                                          \
    X(implicit_line_joining)                                                                       \
    X(backslash_continuation)                                                                      \
    X(tabs_indentation)                                                                            \
    X(string_prefixes)                                                                             \
    X(string_quotes)                                                                               \
    X(triple_quoted_multiline)                                                                     \
    X(fstring_is_one_token)                                                                        \
    X(string_with_escaped_newline)                                                                 \
    X(prefix_like_names)                                                                           \
    X(numbers_decimal)                                                                             \
    X(numbers_radix)                                                                               \
    X(numbers_float)                                                                               \
    X(numbers_imaginary)                                                                           \
    X(number_then_non_ascii_name)                                                                  \
    X(number_then_keyword)                                                                         \
    X(ellipsis_and_dots)                                                                           \
    X(operators_longest_match)                                                                     \
    X(all_single_char_operators)                                                                   \
    X(all_augmented_operators)                                                                     \
    X(keywords)                                                                                    \
    X(soft_keywords_are_names)                                                                     \
    X(non_ascii_identifiers)                                                                       \
    X(non_ascii_in_strings_and_comments)                                                           \
    X(form_feed)                                                                                   \
    X(error_tokens)                                                                                \
    X(semicolons)                                                                                  \
    X(decorator_and_def)                                                                           \
    X(backslash_in_indentation)                                                                    \
    X(brackets_keep_level_across_blank_lines)                                                      \
    X(crlf_and_cr)                                                                                 \
    X(bom_skipped)

// ---- tests ---------------------------------------------------------------------------------

#define TOKENS_TEST(table)                                                                         \
    static void test_tokens_##table(void **state)                                                  \
    {                                                                                              \
        (void)state;                                                                               \
        check_tokens(table);                                                                       \
    }
TOKEN_TABLES(TOKENS_TEST)

static void
test_bracket_depth_follows_open_brackets(void **state)
{
    (void)state;
    static const char src[] = "f([{\n}], (1))\n";
    static const int depth_after[] = {0, 1, 2, 3, 2, 1, 1, 2, 2, 1, 0, 0, 0};
    Tokenizer *tz = fe_tokenizer_new(src, sizeof src - 1, "x.py");
    Token t;
    for (size_t i = 0; i < sizeof depth_after / sizeof depth_after[0]; i++) {
        assert_int_equal(fe_tokenizer_next(tz, &t), 0);
        assert_int_equal(fe_tokenizer_paren_depth(tz), depth_after[i]);
    }
    fe_tokenizer_free(tz);
}

static void
assert_line(Tokenizer *tz, int line, const char *expected)
{
    Py_ssize_t len = -1;
    const char *text = fe_tokenizer_line(tz, line, &len);
    if (expected == NULL) {
        assert_null(text);
        return;
    }
    assert_non_null(text);
    assert_int_equal(len, strlen(expected));
    assert_memory_equal(text, expected, (size_t)len);
}

static void
test_line_text_excludes_the_newline(void **state)
{
    (void)state;
    static const char src[] = "a = 1\r\nb\r\n\nc = 'x'\rlast";
    Tokenizer *tz = fe_tokenizer_new(src, sizeof src - 1, "x.py");
    assert_line(tz, 0, NULL);
    assert_line(tz, 1, "a = 1");
    assert_line(tz, 2, "b");
    assert_line(tz, 3, "");
    assert_line(tz, 4, "c = 'x'");
    assert_line(tz, 5, "last");
    assert_line(tz, 6, NULL);
    Token t;
    while (fe_tokenizer_next(tz, &t) == 0 && t.kind != TOK_ENDMARKER)
        ;
    assert_line(tz, 1, "a = 1"); // earlier lines after reading past them
    assert_line(tz, 5, "last");
    fe_tokenizer_free(tz);

    static const char ends_in_newline[] = "a\n";
    tz = fe_tokenizer_new(ends_in_newline, sizeof ends_in_newline - 1, "x.py");
    assert_line(tz, 1, "a");
    assert_line(tz, 2, NULL);
    fe_tokenizer_free(tz);
}

static void
test_token_names_quote_spellings(void **state)
{
    (void)state;
    assert_string_equal(fe_token_name(TOK_NAME), "NAME");
    assert_string_equal(fe_token_name(TOK_ENDMARKER), "ENDMARKER");
    assert_string_equal(fe_token_name(TOK_LPAR), "'('");
    assert_string_equal(fe_token_name(TOK_DOUBLESTAREQUAL), "'**='");
    assert_string_equal(fe_token_name(TOK_IF), "'if'");
    assert_string_equal(fe_token_name(TOK_NONLOCAL), "'nonlocal'");
}

// The next token must be kind at line:col-end_line:end_col.
static void
assert_next_token(Tokenizer *tz, TokenKind kind, int line, int col, int end_line, int end_col)
{
    Token t;
    if (fe_tokenizer_next(tz, &t) < 0) {
        print_pending();
        fail_msg("error where %s was expected", fe_token_name(kind));
    }
    if (t.kind != kind || t.begin.line != line || t.begin.col != col || t.finish.line != end_line ||
        t.finish.col != end_col)
        fail_msg("token %s %d:%d-%d:%d, expected %s %d:%d-%d:%d", fe_token_name(t.kind),
                 t.begin.line, t.begin.col, t.finish.line, t.finish.col, fe_token_name(kind), line,
                 col, end_line, end_col);
}

static Tokenizer *
eval_tokenizer(const char *src)
{
    Tokenizer *tz = fe_tokenizer_new(src, (Py_ssize_t)strlen(src), "x.py");
    assert_non_null(tz);
    fe_tokenizer_set_exec_input(tz, 0);
    return tz;
}

// CPython supplies no newline to eval and 'single' strings (exec_input 0): the last line
// ends in ENDMARKER with no NEWLINE (which is why compile('1 +', 's', 'eval') reports its
// error at ENDMARKER, offset 0), a comment ends with it, and a last line of blanks is
// indentation, not a blank line (compile('1\n  ', 's', 'eval'): "unexpected indent").
static void
test_eval_input_gets_no_final_newline(void **state)
{
    (void)state;
    Tokenizer *tz = eval_tokenizer("x = 1");
    assert_next_token(tz, TOK_NAME, 1, 0, 1, 1);
    assert_next_token(tz, TOK_EQUAL, 1, 2, 1, 3);
    assert_next_token(tz, TOK_NUMBER, 1, 4, 1, 5);
    assert_next_token(tz, TOK_ENDMARKER, 1, 5, 1, 5);
    assert_next_token(tz, TOK_ENDMARKER, 1, 5, 1, 5);
    fe_tokenizer_free(tz);

    tz = eval_tokenizer("1 + # c");
    assert_next_token(tz, TOK_NUMBER, 1, 0, 1, 1);
    assert_next_token(tz, TOK_PLUS, 1, 2, 1, 3);
    assert_next_token(tz, TOK_ENDMARKER, 1, 7, 1, 7);
    fe_tokenizer_free(tz);

    tz = eval_tokenizer("1\n  ");
    assert_next_token(tz, TOK_NUMBER, 1, 0, 1, 1);
    assert_next_token(tz, TOK_NEWLINE, 1, 1, 1, 2);
    assert_next_token(tz, TOK_INDENT, 2, 0, 2, 2);
    assert_next_token(tz, TOK_ENDMARKER, 2, 2, 2, 2);
    fe_tokenizer_free(tz);

    // A final newline is the source's own: the same tokens as exec input.
    tz = eval_tokenizer("1\r\n");
    assert_next_token(tz, TOK_NUMBER, 1, 0, 1, 1);
    assert_next_token(tz, TOK_NEWLINE, 1, 1, 1, 2);
    assert_next_token(tz, TOK_ENDMARKER, 1, 1, 1, 1);
    fe_tokenizer_free(tz);

    // compile('', 's', 'eval') reports line 0: no line was read.
    tz = eval_tokenizer("");
    assert_next_token(tz, TOK_ENDMARKER, 0, 0, 0, 0);
    fe_tokenizer_free(tz);
}

// At the end of 'single' input CPython's parser supplies a NEWLINE and the DEDENTs of the
// open blocks, which the tokenizer (reading no final newline) does not produce itself.
static void
test_implied_dedents_come_before_endmarker(void **state)
{
    (void)state;
    Tokenizer *tz = eval_tokenizer("if x:\n    y");
    assert_next_token(tz, TOK_IF, 1, 0, 1, 2);
    assert_next_token(tz, TOK_NAME, 1, 3, 1, 4);
    assert_next_token(tz, TOK_COLON, 1, 4, 1, 5);
    assert_next_token(tz, TOK_NEWLINE, 1, 5, 1, 6);
    assert_next_token(tz, TOK_INDENT, 2, 0, 2, 4);
    assert_next_token(tz, TOK_NAME, 2, 4, 2, 5);
    assert_next_token(tz, TOK_ENDMARKER, 2, 5, 2, 5);
    fe_tokenizer_imply_dedents(tz);
    assert_next_token(tz, TOK_DEDENT, 2, 5, 2, 5);
    assert_next_token(tz, TOK_ENDMARKER, 2, 5, 2, 5);
    fe_tokenizer_imply_dedents(tz); // no block is open any more
    assert_next_token(tz, TOK_ENDMARKER, 2, 5, 2, 5);
    fe_tokenizer_free(tz);

    // Exec input closes its blocks at the supplied newline: nothing is left to imply.
    static const char src[] = "if x:\n    y";
    tz = fe_tokenizer_new(src, sizeof src - 1, "x.py");
    Token t;
    for (int i = 0; i < 6; i++)
        assert_int_equal(fe_tokenizer_next(tz, &t), 0);
    assert_int_equal(t.kind, TOK_NAME);
    assert_next_token(tz, TOK_NEWLINE, 2, 5, 2, 6);
    assert_next_token(tz, TOK_DEDENT, 2, 5, 2, 5);
    assert_next_token(tz, TOK_ENDMARKER, 2, 5, 2, 5);
    fe_tokenizer_imply_dedents(tz);
    assert_next_token(tz, TOK_ENDMARKER, 2, 5, 2, 5);
    fe_tokenizer_free(tz);
}

static void
test_cursor_follows_the_last_token(void **state)
{
    (void)state;
    static const char src[] = "x = 1  # c\ny";
    Tokenizer *tz = fe_tokenizer_new(src, sizeof src - 1, "x.py");
    assert_ptr_equal(fe_tokenizer_cursor(tz), src);
    Token t;
    for (int i = 0; i < 3; i++)
        assert_int_equal(fe_tokenizer_next(tz, &t), 0);
    assert_ptr_equal(fe_tokenizer_cursor(tz), src + 5); // past "1"
    assert_int_equal(fe_tokenizer_next(tz, &t), 0);     // NEWLINE, after the comment
    assert_int_equal(t.kind, TOK_NEWLINE);
    assert_ptr_equal(fe_tokenizer_cursor(tz), src + 11);
    while (fe_tokenizer_next(tz, &t) == 0 && t.kind != TOK_ENDMARKER)
        ;
    assert_ptr_equal(fe_tokenizer_cursor(tz), src + sizeof src - 1); // never past the end
    fe_tokenizer_free(tz);
}

// compile() of a str keeps a BOM: it is the identifier character U+FEFF (an error, see
// test_tokenize_error.c); files and bytes skip it (bom_skipped).
static void
test_str_source_keeps_its_bom(void **state)
{
    (void)state;
    static const char src[] = "\357\273\2771\n"; // a BOM, then "1"
    Tokenizer *tz = fe_tokenizer_new(src, sizeof src - 1, "x.py");
    fe_tokenizer_set_source_kind(tz, FE_SOURCE_BYTES);
    assert_next_token(tz, TOK_NUMBER, 1, 0, 1, 1);
    fe_tokenizer_free(tz);
    tz = fe_tokenizer_new(src, sizeof src - 1, "x.py");
    fe_tokenizer_set_source_kind(tz, FE_SOURCE_STR);
    Token t;
    assert_int_equal(fe_tokenizer_next(tz, &t), -1);
    assert_raised(PyExc_SyntaxError, "invalid non-printable character U+FEFF (x.py, line 1)");
    fe_tokenizer_free(tz);
}

static void
assert_coding(const char *src, const char *expected)
{
    const char *name = NULL;
    Py_ssize_t len = 0;
    int found = fe_source_coding_spec(src, (Py_ssize_t)strlen(src), &name, &len);
    if (expected == NULL) {
        assert_int_equal(found, 0);
        return;
    }
    assert_int_equal(found, 1);
    assert_int_equal(len, strlen(expected));
    assert_memory_equal(name, expected, (size_t)len);
}

// Found where tokenize.detect_encoding finds one (it prints normalized names).
static void
test_coding_declaration_is_found_in_the_first_two_lines(void **state)
{
    (void)state;
    assert_coding("# -*- coding: latin-1 -*-\n", "latin-1");
    assert_coding("#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\n", "utf-8");
    assert_coding("\n# coding=ascii\n", "ascii");
    assert_coding("  # coding:\n# coding: utf-8\n", "utf-8");
    assert_coding("#coding:utf-8", "utf-8");
    assert_coding("x = 1\n# coding: latin-1\n", NULL);
    assert_coding("\n\n# coding: latin-1\n", NULL);
    assert_coding("x = 1 # coding: latin-1\n", NULL);
}

int
main(void)
{
    // clang-format off
#define TOKENS_ENTRY(table) cmocka_unit_test(test_tokens_##table),
    const struct CMUnitTest tests[] = {
        TOKEN_TABLES(TOKENS_ENTRY)
        cmocka_unit_test(test_bracket_depth_follows_open_brackets),
        cmocka_unit_test(test_line_text_excludes_the_newline),
        cmocka_unit_test(test_token_names_quote_spellings),
        cmocka_unit_test(test_coding_declaration_is_found_in_the_first_two_lines),
        cmocka_unit_test(test_eval_input_gets_no_final_newline),
        cmocka_unit_test(test_implied_dedents_come_before_endmarker),
        cmocka_unit_test(test_cursor_follows_the_last_token),
        cmocka_unit_test(test_str_source_keeps_its_bom),
    };
    // clang-format on
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
