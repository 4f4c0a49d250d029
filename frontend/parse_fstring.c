// parse_fstring.c: f-string bodies as CPython 3.11 parses them (Parser/string_parser.c):
// literal text with doubled braces, replacement fields whose expression text is parsed by a
// sub-parser over "(expr)", the '=' debug text, !s/!r/!a conversions and nested format specs
// (two levels), with CPython's messages and node locations. Plain literals and the
// concatenation of pieces are in parse_literal.c.
#include <string.h>
#include "frontend/parse_internal.h"

#define FSTRING_MAXLEVEL 200

// Get the literal text up to the next un-doubled '{' (or '}' of a nested spec). Returns -1 on
// error, 0 at the end of the literal, 1 when a doubled brace ended it (call again).
static int
find_literal(Parser *p, const char **str, const char *end, int raw, PyObject **literal,
             int recurse_lvl, PToken *t)
{
    const char *s = *str, *literal_start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                // \N{...} is a character name, not a replacement field
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}')
                        ;
                    continue;
                }
                break;
            }
        }
        if (ch == '{' || ch == '}') {
            // Doubled braces are checked at the top level only, so f'{0:{3}}' works.
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    RAISE_SYNTAX_ERROR(p, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (literal_start != s) {
        if (raw)
            *literal = PyUnicode_DecodeUTF8(literal_start, s - literal_start, NULL);
        else
            *literal = fe_decode_unicode_escapes(p, literal_start, s - literal_start, t);
        if (*literal == NULL) {
            if (!p->error)
                fe_parse_nomem(p);
            return -1;
        }
    }
    return result;
}

// Where the expression starting after the '{' at brace sits relative to token t: the lines
// before it and the column shift (CPython's fstring_find_expr_location).
static void
expr_location(PToken *t, const char *brace, int *lines, int *cols)
{
    *lines = 0;
    *cols = 0;
    int newline_after_brace = 1;
    for (const char *s = brace + 1; *s != '}' && *s != '\n'; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = 0;
            break;
        }
    }
    if (!newline_after_brace) {
        const char *s = brace;
        while (s > t->start && *s != '\n')
            s--;
        *cols += (int)(brace - s);
        if (*s == '\n')
            *cols -= 1;
    }
    for (const char *s = t->start; s < brace; s++)
        if (*s == '\n')
            (*lines)++;
}

// The text of a '=' field as CPython has it: newlines read as "\n".
static PyObject *
debug_text(const char *s, Py_ssize_t n)
{
    if (memchr(s, '\r', (size_t)n) == NULL)
        return PyUnicode_DecodeUTF8(s, n, NULL);
    char *buf = PyMem_Malloc((size_t)n + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
            continue;
        buf[k++] = s[i] == '\r' ? '\n' : s[i];
    }
    PyObject *r = PyUnicode_DecodeUTF8(buf, k, NULL);
    PyMem_Free(buf);
    return r;
}

// Parse the expression text [expr_start, expr_end) of a replacement field.
static Expr *
compile_expr(Parser *p, const char *expr_start, const char *expr_end, PToken *t)
{
    const char *s = expr_start;
    while (s != expr_end &&
           (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f'))
        s++;
    if (s == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            return RAISE_SYNTAX_ERROR(p, "f-string: expression required before '%c'", *expr_end);
        return RAISE_SYNTAX_ERROR(p, "f-string: empty expression not allowed");
    }
    Py_ssize_t len = expr_end - expr_start;
    char *text = PyMem_Malloc((size_t)len + 3);
    if (text == NULL)
        return fe_parse_nomem(p);
    text[0] = '(';
    memcpy(text + 1, expr_start, (size_t)len);
    text[len + 1] = ')';
    text[len + 2] = '\0';
    int lines, cols;
    expr_location(t, expr_start - 1, &lines, &cols);
    int line = t->lineno + lines;
    int col = lines != 0 ? cols : t->col_offset + cols;
    Expr *e = fe_parse_fstring_expr(p, text, len + 2, line, col);
    PyMem_Free(text);
    return e;
}

// The scanner state of an expression: inside which string, and the open brackets.
typedef struct {
    char quote_char; // 0 outside strings, else the quote of the string we are in
    int string_type; // 1 or 3 quotes
    Py_ssize_t depth;
    char parenstack[FSTRING_MAXLEVEL];
} ExprScan;

// Account for the bracket ch at depth 0 or more; 0, or -1 with the error raised.
static int
scan_bracket(Parser *p, ExprScan *sc, char ch)
{
    if (ch == '[' || ch == '{' || ch == '(') {
        if (sc->depth >= FSTRING_MAXLEVEL) {
            RAISE_SYNTAX_ERROR(p, "f-string: too many nested parenthesis");
            return -1;
        }
        sc->parenstack[sc->depth++] = ch;
        return 0;
    }
    if (sc->depth == 0) {
        RAISE_SYNTAX_ERROR(p, "f-string: unmatched '%c'", ch);
        return -1;
    }
    int opening = (unsigned char)sc->parenstack[--sc->depth];
    if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
          (opening == '{' && ch == '}'))) {
        RAISE_SYNTAX_ERROR(p, "f-string: closing parenthesis '%c' does not match opening "
                              "parenthesis '%c'", ch, opening);
        return -1;
    }
    return 0;
}

// Find where the expression starting at *str ends (at '!', ':', '}' or '=' outside strings
// and brackets), as CPython's fstring_find_expr scans: 0 with *str there (or at end), or -1.
static int
scan_expr_end(Parser *p, const char **str, const char *end)
{
    ExprScan sc = {0, 0, 0, {0}};
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') {
            RAISE_SYNTAX_ERROR(p, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (sc.quote_char) {
            if (ch != sc.quote_char)
                continue;
            if (sc.string_type == 3) {
                if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                    *str += 2;
                    sc.quote_char = 0;
                }
            }
            else {
                sc.quote_char = 0;
            }
        }
        else if (ch == '\'' || ch == '"') {
            sc.string_type = *str + 2 < end && (*str)[1] == ch && (*str)[2] == ch ? 3 : 1;
            if (sc.string_type == 3)
                *str += 2;
            sc.quote_char = ch;
        }
        else if (ch == '#') {
            RAISE_SYNTAX_ERROR(p, "f-string expression part cannot include '#'");
            return -1;
        }
        else if (ch == '\0') {
            continue; // strchr below would match the terminator
        }
        else if (sc.depth == 0 && strchr("!:}=<>", ch) != NULL) {
            // != == <= >= are operators, not the end of the expression; so are < and >
            if (*str + 1 < end && ch != ':' && ch != '}' && (*str)[1] == '=') {
                *str += 1;
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        }
        else if (strchr("[{()}]", ch) != NULL && scan_bracket(p, &sc, ch) < 0) {
            return -1;
        }
    }
    if (sc.quote_char) {
        RAISE_SYNTAX_ERROR(p, "f-string: unterminated string");
        return -1;
    }
    if (sc.depth) {
        RAISE_SYNTAX_ERROR(p, "f-string: unmatched '%c'", sc.parenstack[sc.depth - 1]);
        return -1;
    }
    return 0;
}

// Parse the replacement field whose '{' is at *str, as CPython's fstring_find_expr: the
// expression, then the '=' text, the conversion and the format spec. On success *expression is
// the FormattedValue and *expr_text the '=' text (or NULL).
static int
find_expr(Parser *p, const char **str, const char *end, int raw, int recurse_lvl,
          PyObject **expr_text, Expr **expression, PToken *first, PToken *t, PToken *last)
{
    int conversion = -1;
    Expr *format_spec = NULL;
    *expr_text = NULL;
    if (recurse_lvl >= 2) {
        RAISE_SYNTAX_ERROR(p, "f-string: expressions nested too deeply");
        return -1;
    }
    *str += 1;
    const char *expr_start = *str;
    if (scan_expr_end(p, str, end) < 0)
        return -1;
    if (*str >= end)
        goto unexpected_end;
    // Compile the expression first, so its errors come before the conversion's and spec's.
    Expr *simple = compile_expr(p, expr_start, *str, t);
    if (simple == NULL)
        return -1;
    if (**str == '=') {
        *str += 1;
        while (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
               **str == '\f' || **str == '\v')
            *str += 1;
        *expr_text = debug_text(expr_start, *str - expr_start);
        if (*expr_text == NULL) {
            fe_parse_nomem(p);
            return -1;
        }
    }
    if (**str == '!') {
        *str += 1;
        if (*str >= end)
            goto unexpected_end;
        conversion = (unsigned char)**str;
        *str += 1;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            RAISE_SYNTAX_ERROR(p, "f-string: invalid conversion character: "
                                  "expected 's', 'r', or 'a'");
            goto error;
        }
    }
    if (*str >= end)
        goto unexpected_end;
    if (**str == ':') {
        *str += 1;
        if (*str >= end)
            goto unexpected_end;
        format_spec = fe_fstring_parse_spec(p, str, end, raw, recurse_lvl + 1, first, t, last);
        if (format_spec == NULL)
            goto error;
    }
    if (*str >= end || **str != '}')
        goto unexpected_end;
    *str += 1;
    // With '=' and neither a conversion nor a spec, the value is shown with repr().
    if (*expr_text != NULL && format_spec == NULL && conversion == -1)
        conversion = 'r';
    *expression = fe_new_expr(p, EXPR_FormattedValue, loc_tokens(first, last));
    if (*expression == NULL)
        goto error;
    (*expression)->v.formatted_value.value = simple;
    (*expression)->v.formatted_value.conversion = conversion;
    (*expression)->v.formatted_value.format_spec = format_spec;
    return 0;
unexpected_end:
    RAISE_SYNTAX_ERROR(p, "f-string: expecting '}'");
error:
    Py_CLEAR(*expr_text);
    return -1;
}

// One literal and the expression after it. -1 on error, 1 for a literal that ended at a
// doubled brace (call again), 0 otherwise (*expression NULL at the end of the f-string).
static int
find_literal_and_expr(Parser *p, const char **str, const char *end, int raw, int recurse_lvl,
                      PyObject **literal, PyObject **expr_text, Expr **expression,
                      PToken *first, PToken *t, PToken *last)
{
    int result = find_literal(p, str, end, raw, literal, recurse_lvl, t);
    if (result < 0)
        goto error;
    if (result == 1)
        return 1;
    if (*str >= end || **str == '}')
        return 0;
    if (find_expr(p, str, end, raw, recurse_lvl, expr_text, expression, first, t, last) < 0)
        goto error;
    return 0;
error:
    Py_CLEAR(*literal);
    return -1;
}

int
fe_fstring_concat(Parser *p, FStringState *st, const char **str, const char *end, int raw,
                  int recurse_lvl, PToken *first, PToken *t, PToken *last)
{
    st->fmode = 1;
    for (;;) {
        PyObject *literal = NULL, *expr_text = NULL;
        Expr *expression = NULL;
        int result = find_literal_and_expr(p, str, end, raw, recurse_lvl, &literal,
                                           &expr_text, &expression, first, t, last);
        if (result < 0)
            return -1;
        if (literal != NULL && fe_fstring_state_add_str(p, st, literal) < 0) {
            Py_XDECREF(expr_text);
            return -1;
        }
        if (expr_text != NULL && fe_fstring_state_add_str(p, st, expr_text) < 0)
            return -1;
        if (result == 1)
            continue;
        if (expression == NULL)
            break;
        if (fe_fstring_state_flush(p, st, first, last) < 0)
            return -1;
        if (fe_vec_push(p, &st->exprs, expression) < 0)
            return -1;
    }
    if (recurse_lvl == 0 && *str < end - 1) {
        RAISE_SYNTAX_ERROR(p, "f-string: unexpected end of string");
        return -1;
    }
    if (recurse_lvl != 0 && **str != '}') {
        RAISE_SYNTAX_ERROR(p, "f-string: expecting '}'");
        return -1;
    }
    return 0;
}

// A nested format spec: a JoinedStr located at the token t.
Expr *
fe_fstring_parse_spec(Parser *p, const char **str, const char *end, int raw, int recurse_lvl,
                      PToken *first, PToken *t, PToken *last)
{
    FStringState st;
    memset(&st, 0, sizeof st);
    if (fe_fstring_concat(p, &st, str, end, raw, recurse_lvl, first, t, last) < 0) {
        fe_fstring_state_clear(&st);
        return NULL;
    }
    Expr *e = fe_fstring_state_finish(p, &st, t, t);
    fe_fstring_state_clear(&st);
    return e;
}
