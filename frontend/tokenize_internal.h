// tokenize_internal.h: the tokenizer's state, shared by tokenize.c (lines, indentation,
// operators, the token loop), tokenize_lex.c (names, numbers, strings) and tokenize_error.c
// (building CPython's SyntaxErrors). Private to those files; the API is tokenize.h.
#ifndef KRAIT_FRONTEND_TOKENIZE_INTERNAL_H
#define KRAIT_FRONTEND_TOKENIZE_INTERNAL_H

#include "frontend/tokenize.h"

enum {
    TZ_EOF = -1,
    TZ_TABSIZE = 8,
    TZ_MAXINDENT = 100, // CPython's limits: deeper is "too many levels of indentation"
    TZ_MAXLEVEL = 200,  // ... and "too many nested parentheses"
};

// Positions are offsets into buf. Like CPython, the tokenizer reads the source a line at a
// time: `inp` ends the line read last, and reading past it reads (and checks) the next line.
// Read as exec input, a source that does not end in a newline gets one, at offset `size` (so
// `limit` is size+1).
struct Tokenizer {
    const char *buf; // the source after any BOM (a str source keeps it)
    Py_ssize_t size, limit;
    int exec_input; // CPython's exec_input: supply the missing final newline
    Py_ssize_t cur;        // the next byte to read
    Py_ssize_t inp;        // just past the newline of the line read last
    Py_ssize_t line_start; // that line's first byte, and where its newline begins:
    Py_ssize_t line_end;
    int lineno;
    // CPython's tok->buf: the first of the lines joined into the current token by '\' or a
    // string; error texts that CPython takes from its buffer start there.
    Py_ssize_t text_start;
    Py_ssize_t start; // the token being scanned, -1 between tokens (CPython's tok->start)
    int first_lineno; // where the string being scanned began
    Py_ssize_t multi_line_start;
    int eof;    // no line is left to read
    int atbol;  // at the beginning of a line: indentation comes next
    int pendin; // INDENTs (> 0) or DEDENTs (< 0) still to return
    int indent; // the top of the indentation stacks; altindstack measures tabs as 1 column
    int indstack[TZ_MAXINDENT], altindstack[TZ_MAXINDENT];
    int level; // bracket depth, and per open bracket its character, line and byte column
    char parenstack[TZ_MAXLEVEL];
    int parenline[TZ_MAXLEVEL], parencol[TZ_MAXLEVEL];
    PyObject *error; // the exception of a failed call, raised again by later calls
    TokErrorOrigin error_origin;
    char *filename;
    FeSourceKind source_kind;
    int had_bom;           // the caller's buffer starts 3 bytes before buf
    int declared_encoding; // a BOM or coding cookie: CPython counts offsets in characters
};

// The next character of the source (a byte; "\r\n" and "\r" read as '\n'), or TZ_EOF; may
// read a new line, which fails with tz->error set.
int tz_nextc(Tokenizer *tz);

// Step back over c, the character tz_nextc just returned.
static inline void
tz_backup(Tokenizer *tz, int c)
{
    if (c == TZ_EOF)
        return;
    if (tz->cur > tz->size) { // the supplied final newline
        tz->cur = tz->size;
        return;
    }
    tz->cur--;
    if (c == '\n' && tz->buf[tz->cur] == '\n' && tz->cur > 0 && tz->buf[tz->cur - 1] == '\r')
        tz->cur--;
}

static inline int
tz_isdigit(int c)
{
    return c >= '0' && c <= '9';
}

// CPython's is_potential_identifier_char: every non-ASCII byte may be part of a name, which is
// checked as a whole once scanned.
static inline int
tz_is_name_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || tz_isdigit(c) ||
           c >= 128;
}

// The keyword spelled by the n bytes at s (tokens.def's hard keywords), or TOK_NAME.
TokenKind tz_keyword(const char *s, Py_ssize_t n);

// The name-or-string scanners of tokenize_lex.c: each returns a token kind, or -1 with the
// error raised. c is the character tz_nextc returned at tz->start.
int tz_scan_name_or_string(Tokenizer *tz, int c);
int tz_scan_number(Tokenizer *tz, int c);
int tz_scan_fraction(Tokenizer *tz, int c); // c: the character after the '.'

// Whether Python prints code point c as itself (CPython's Py_UNICODE_ISPRINTABLE).
int tz_is_printable(Py_UCS4 c);

// ---- errors (tokenize_error.c); each returns -1, keeping the first error if one is set ----

// CPython's syntaxerror(): the error at the last character read, on the current line.
int tz_lex_error(Tokenizer *tz, const char *fmt, ...);

// CPython's syntaxerror_known_range(): columns given as CPython computes them (raw bytes).
int tz_lex_error_range(Tokenizer *tz, int col_offset, int end_col_offset, const char *fmt, ...);

// The errors CPython's parser raises from the tokenizer's state.
typedef enum {
    TZ_E_EOF,      // EOF right after '\' (or an unclosed bracket, which takes precedence)
    TZ_E_DEDENT,   // unindent does not match any outer indentation level
    TZ_E_TABSPACE, // inconsistent use of tabs and spaces
    TZ_E_TOODEEP,  // too many levels of indentation
    TZ_E_LINECONT, // unexpected character after line continuation character
} TzStateError;
int tz_state_error(Tokenizer *tz, TzStateError e);

// "'(' was never closed" for the innermost open bracket.
int tz_unclosed_error(Tokenizer *tz);

// SyntaxError with no location: the file's bytes are no UTF-8 (at offset bad).
int tz_decode_error(Tokenizer *tz, Py_ssize_t bad);

#endif
