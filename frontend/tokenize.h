// tokenize.h: the tokenizer (tokenize.c, tokenize_lex.c, tokenize_error.c): UTF-8 source text
// to tokens, one at a time, with INDENT/DEDENT, implicit line joining inside brackets and
// backslash continuation. Token kinds are listed once, in tokens.def. Literal values (numbers,
// string escapes, f-string contents) are decoded by the parser, not here.
#ifndef KRAIT_FRONTEND_TOKENIZE_H
#define KRAIT_FRONTEND_TOKENIZE_H

#include "runtime/runtime.h"

typedef enum {
#define TOKEN(name, spelling) TOK_##name,
#include "frontend/tokens.def"
#undef TOKEN
    TOK__COUNT
} TokenKind;

// A position in the source: 1-based line, 0-based column counted in UTF-8 bytes
// (CPython's col_offset convention; tracebacks convert to characters when printing).
typedef struct {
    int line;
    int col;
} SrcPos;

// Positions follow CPython's C tokenizer (the one its parser reads), which differs from the
// tokenize module for the layout tokens:
// - NEWLINE begins at the comment before the newline if there is one, else at the newline;
//   finish is just past the newline character (the C tokenizer ends it at the newline itself,
//   finish.col - 1). Its text is the comment and the newline bytes ("\r\n" counts as one
//   column). At the end of a source without a final newline it is still produced, with empty
//   newline text, as CPython supplies the missing newline to files and exec input (not to
//   eval or 'single' input: see fe_tokenizer_set_exec_input).
// - INDENT spans the indentation of its line, from column 0. DEDENT is empty, at the first
//   token of its line.
// - At the end of input, DEDENTs and ENDMARKER are empty, on the last line, at the column of
//   its newline, or of its end when it has none (where CPython's parser reports errors "at
//   the end").
// Token text is raw source: a string literal spanning lines may contain "\r\n" or "\r",
// which CPython reads as "\n".
typedef struct {
    TokenKind kind;
    const char *start; // the token's text in the source buffer (not NUL-terminated)
    const char *end;
    SrcPos begin, finish; // finish is just past the last byte, as CPython's end positions
} Token;

typedef struct Tokenizer Tokenizer;

// A tokenizer over `size` bytes of UTF-8 source (the buffer must outlive it; it need not be
// NUL-terminated). `filename` is used in SyntaxErrors (copied). A leading UTF-8 BOM is
// skipped (except in a FE_SOURCE_STR source). Returns NULL with MemoryError set.
Tokenizer *fe_tokenizer_new(const char *source, Py_ssize_t size, const char *filename);

// Find a PEP 263 encoding declaration ("# -*- coding: latin-1 -*-") in the first two lines of
// source: 1 with *name/*len set to the name as written (pointing into source), or 0. The
// tokenizer reads UTF-8 only: a source declaring another encoding must be decoded first.
int fe_source_coding_spec(const char *source, Py_ssize_t size, const char **name, Py_ssize_t *len);

// Release a tokenizer.
void fe_tokenizer_free(Tokenizer *tz);

// Where the source came from, which changes the fields of the errors that CPython's parser
// raises (see fe_tokenizer_error; the tokenizer's own lexical errors do not depend on it):
// from a file (run or imported; the default) CPython keeps 1-based byte offsets and quotes the
// line as the file has it; for compile() of a str it converts offsets to characters and
// quotes its buffer (the lines joined into the one being read, or the error's line without
// its newline when that line is not the one being read); for compile() of bytes it quotes
// the buffer but keeps byte offsets. A BOM or coding declaration makes CPython convert
// offsets to characters for files and bytes too. A str source keeps its BOM as the character
// U+FEFF, which CPython rejects ("invalid non-printable character U+FEFF"). Call before the
// first fe_tokenizer_next.
typedef enum { FE_SOURCE_FILE, FE_SOURCE_STR, FE_SOURCE_BYTES } FeSourceKind;
void fe_tokenizer_set_source_kind(Tokenizer *tz, FeSourceKind kind);

// Read the source as CPython reads exec input and files (exec_input 1, the default: a missing
// final newline is supplied; f-string expressions too) or as it reads eval and 'single'
// strings (0: as is, so a last line without a newline ends in ENDMARKER with no NEWLINE,
// and a '\' ending the source is followed by no newline). Call before the first
// fe_tokenizer_next.
void fe_tokenizer_set_exec_input(Tokenizer *tz, int exec_input);

// Queue a DEDENT for each open indentation level, to come before the next ENDMARKER, as
// CPython's parser does when it supplies the NEWLINE ending 'single' input at the end.
void fe_tokenizer_imply_dedents(Tokenizer *tz);

// Where the tokenizer stands in the source buffer (CPython's tok->cur): just past the last
// token read, or past the comments and blanks it skipped to find the end of input.
const char *fe_tokenizer_cursor(Tokenizer *tz);

// The next token into *out: 0, or -1 with a SyntaxError / IndentationError / TabError set
// exactly as CPython words it (see fe_syntax_error). After TOK_ENDMARKER it keeps returning
// TOK_ENDMARKER; after an error it keeps returning -1 with the same exception.
// Source lines are checked as CPython reads them from a file: a NUL byte raises "source code
// cannot contain null bytes" and invalid UTF-8 raises "Non-UTF-8 code starting with ...".
int fe_tokenizer_next(Tokenizer *tz, Token *out);

// Where the last error of fe_tokenizer_next comes from in CPython, which decides whether it
// replaces a generic "invalid syntax" the parser found earlier (CPython's parser then
// tokenizes the rest of the source): LEXICAL errors (bad literals and characters, brackets,
// bytes) replace it; STATE errors (unindent, tabs, nesting depth, '\' misuse, EOF after '\')
// do not; UNCLOSED ("'(' was never closed" at the end) does when the bracket's line is before
// the generic error's line.
typedef enum { TOKERR_NONE, TOKERR_LEXICAL, TOKERR_STATE, TOKERR_UNCLOSED } TokErrorOrigin;
TokErrorOrigin fe_tokenizer_error_origin(Tokenizer *tz);

// The text of source line `line` (1-based) without its newline, for error messages: a
// pointer into the buffer and its length in *len; NULL if out of range.
const char *fe_tokenizer_line(Tokenizer *tz, int line, Py_ssize_t *len);

// The tokenizer's bracket depth (0 outside brackets): the parser uses it to explain
// "'(' was never closed" at end of input.
int fe_tokenizer_paren_depth(Tokenizer *tz);

// The printable name of a token kind: "NAME", "'('", "'if'" ...
const char *fe_token_name(TokenKind kind);

// Raise `type` (SyntaxError, IndentationError ...) for an error the parser finds between the
// byte columns begin and end, with the fields CPython's parser gives it
// (_PyPegen_raise_error_known_location): offsets col + 1, converted to characters for a str
// source, and the text that fe_tokenizer_set_source_kind describes. A negative end column is
// stored as col + 1 (CPython's 0 for an unknown end; pass -2 for its -1).
void fe_tokenizer_error(Tokenizer *tz, PyObject *type, SrcPos begin, SrcPos end, const char *fmt,
                        ...);

// Raise SyntaxError (or `type`, e.g. IndentationError) for `filename` with CPython's fields:
// msg, (filename, line, offset, the source line text, end_line, end_offset) where the offsets
// are 1-based *character* columns converted from the byte columns of begin/end, as CPython
// stores them, so that the error printer draws the caret where CPython does. `text` is the
// whole source line (may be NULL). The conversion is CPython's: offset = the number of
// characters in the first begin.col + 1 bytes of text (past its end, the text's length + 1),
// likewise end_offset; a negative column is stored as col + 1 unconverted (CPython stores 0
// when the end is unknown); with text NULL the offsets are col + 1.
void fe_syntax_error(PyObject *type, const char *filename, SrcPos begin, SrcPos end,
                     const char *text, Py_ssize_t text_len, const char *fmt, ...);

// Raise `type` with exactly these fields (offsets already 1-based characters, or CPython's
// special 0 and -1), for the errors whose CPython positions follow no byte column; text
// (UTF-8, invalid bytes replaced) may be NULL for None.
void fe_syntax_error_at(PyObject *type, const char *filename, int line, Py_ssize_t offset,
                        int end_line, Py_ssize_t end_offset, const char *text, Py_ssize_t text_len,
                        const char *fmt, ...);

#endif
