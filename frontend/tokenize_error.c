// tokenize_error.c: SyntaxErrors with CPython's fields: fe_syntax_error for the parser, and
// the tokenizer's own errors, each given the line, offsets and text that CPython 3.11's
// tokenizer or parser gives it (quirks included, as compile() shows them). The scanning that
// detects the errors is in tokenize.c and tokenize_lex.c.
#include <stdio.h>
#include <string.h>
#include "frontend/tokenize_internal.h"

// ---- building the exception ----------------------------------------------------------------

// Raise type(msg, (filename, line, offset, text, end_line, end_offset)); msg is stolen.
static void
raise_fields(PyObject *type, const char *filename, int line, Py_ssize_t offset, int end_line,
             Py_ssize_t end_offset, const char *text, Py_ssize_t text_len, PyObject *msg)
{
    if (msg == NULL)
        return;
    const char *name = filename != NULL ? filename : "<string>";
    PyObject *items[6] = {
        PyUnicode_DecodeUTF8(name, (Py_ssize_t)strlen(name), "replace"),
        PyLong_FromLong(line),
        PyLong_FromSsize_t(offset),
        text != NULL ? PyUnicode_DecodeUTF8(text, text_len, "replace") : Py_NewRef(Py_None),
        PyLong_FromLong(end_line),
        PyLong_FromSsize_t(end_offset),
    };
    PyObject *info = NULL, *args = NULL;
    int complete = 1;
    for (int i = 0; i < 6; i++)
        complete &= items[i] != NULL;
    if (complete)
        info = PyTuple_Pack(6, items[0], items[1], items[2], items[3], items[4], items[5]);
    if (info != NULL)
        args = PyTuple_Pack(2, msg, info);
    if (args != NULL)
        PyErr_SetObject(type, args);
    for (int i = 0; i < 6; i++)
        Py_XDECREF(items[i]);
    Py_XDECREF(info);
    Py_XDECREF(args);
    Py_DECREF(msg);
}

// CPython's _PyPegen_byte_offset_to_character_offset: the characters in the first col bytes
// of text, where reading past its end counts one more (the NUL CPython decodes there).
static Py_ssize_t
byte_to_char_offset(const char *text, Py_ssize_t len, Py_ssize_t col)
{
    if (col > len + 1)
        col = len + 1;
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < col && i < len; i++)
        n += ((unsigned char)text[i] & 0xC0) != 0x80;
    return n + (col > len);
}

static Py_ssize_t
converted_offset(const char *text, Py_ssize_t len, int col)
{
    Py_ssize_t v = (Py_ssize_t)col + 1;
    return text != NULL && v > 0 ? byte_to_char_offset(text, len, v) : v;
}

void
fe_syntax_error(PyObject *type, const char *filename, SrcPos begin, SrcPos end, const char *text,
                Py_ssize_t text_len, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *msg = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    raise_fields(type, filename, begin.line, converted_offset(text, text_len, begin.col), end.line,
                 converted_offset(text, text_len, end.col), text, text_len, msg);
}

void
fe_syntax_error_at(PyObject *type, const char *filename, int line, Py_ssize_t offset, int end_line,
                   Py_ssize_t end_offset, const char *text, Py_ssize_t text_len, const char *fmt,
                   ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *msg = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    raise_fields(type, filename, line, offset, end_line, end_offset, text, text_len, msg);
}

// ---- the tokenizer's errors ----------------------------------------------------------------

// Keep the error just raised, to raise again on later calls; returns -1.
static int
remember_error(Tokenizer *tz, TokErrorOrigin origin)
{
    PyObject *exc = PyErr_GetRaisedException();
    tz->error = exc != NULL ? exc : Py_NewRef(rt_exc_memory_error_instance());
    tz->error_origin = origin;
    PyErr_SetRaisedException(Py_NewRef(tz->error));
    return -1;
}

// CPython's view of the source bytes [from, to): "\r\n" and "\r" read as "\n", plus the
// newline supplied at the end. A PyMem copy the caller frees (NULL: MemoryError raised).
static char *
normalized_text(Tokenizer *tz, Py_ssize_t from, Py_ssize_t to, Py_ssize_t *len)
{
    char *copy = PyMem_Malloc((size_t)(to - from) + 1);
    if (copy == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t n = 0;
    for (Py_ssize_t i = from; i < to; i++) {
        char b = i < tz->size ? tz->buf[i] : '\n';
        if (b == '\r' && i + 1 < tz->size && i + 1 < to && tz->buf[i + 1] == '\n')
            continue; // the '\n' of the pair follows
        copy[n++] = b == '\r' ? '\n' : b;
    }
    *len = n;
    return copy;
}

// The bytes of [from, to) as CPython counts them, with "\r\n" one byte.
static Py_ssize_t
normalized_length(Tokenizer *tz, Py_ssize_t from, Py_ssize_t to)
{
    Py_ssize_t n = to - from;
    for (Py_ssize_t i = from; i + 1 < to && i + 1 < tz->size; i++)
        n -= tz->buf[i] == '\r' && tz->buf[i + 1] == '\n';
    return n;
}

// The text CPython's parser quotes for an error on `line` (a normalized copy to free): from a
// file, that line as read from the file, newline included; from a string, its buffer (the
// lines joined into the one being read) when the error is on that line, else the line alone.
static char *
parser_error_text(Tokenizer *tz, int line, Py_ssize_t *len)
{
    if (tz->source_kind != FE_SOURCE_FILE && tz->lineno <= line)
        return normalized_text(tz, tz->text_start, tz->inp, len);
    Py_ssize_t n;
    const char *text = fe_tokenizer_line(tz, line, &n);
    if (text == NULL) { // past the end: nothing to quote
        text = tz->buf + tz->size;
        n = 0;
    }
    Py_ssize_t from = text - tz->buf, to = from + n;
    if (tz->source_kind == FE_SOURCE_FILE && to < tz->size) // the newline, as the file has it
        to += tz->buf[to] == '\r' && to + 1 < tz->size && tz->buf[to + 1] == '\n' ? 2 : 1;
    if (tz->source_kind == FE_SOURCE_FILE && line == 1 && tz->had_bom)
        from -= 3; // CPython rereads the file, BOM included
    return normalized_text(tz, from, to, len);
}

// Raise as CPython's parser does (_PyPegen_raise_error_known_location): offset and end_offset
// are the 1-based byte values it is given (0 or -1 when unknown), which it converts to
// characters when it knows the encoding: for a str source, or one with a BOM or cookie.
static int
raise_as_parser(Tokenizer *tz, PyObject *type, int line, Py_ssize_t offset, int end_line,
                Py_ssize_t end_offset, PyObject *msg)
{
    Py_ssize_t len;
    char *text = parser_error_text(tz, line, &len);
    if (text == NULL) {
        Py_XDECREF(msg);
        return -1;
    }
    if (tz->source_kind == FE_SOURCE_STR || tz->declared_encoding) {
        offset = byte_to_char_offset(text, len, offset < 0 ? 0 : offset);
        if (end_offset > 0)
            end_offset = byte_to_char_offset(text, len, end_offset);
    }
    raise_fields(type, tz->filename, line, offset, end_line, end_offset, text, len, msg);
    PyMem_Free(text);
    return -1;
}

void
fe_tokenizer_error(Tokenizer *tz, PyObject *type, SrcPos begin, SrcPos end, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *msg = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    if (msg != NULL)
        raise_as_parser(tz, type, begin.line, (Py_ssize_t)begin.col + 1, end.line,
                        (Py_ssize_t)end.col + 1, msg);
}

// CPython's _syntaxerror_range: offsets count the characters of the current line up to cur
// unless given; the text is the line up to its newline (or a NUL, where strcspn stops).
static int
lex_error_v(Tokenizer *tz, int col, int end_col, const char *fmt, va_list va)
{
    if (tz->error != NULL)
        return -1;
    const char *line = tz->buf + tz->line_start;
    Py_ssize_t len = 0;
    while (tz->line_start + len < tz->size && line[len] != '\n' && line[len] != '\r' &&
           line[len] != '\0')
        len++;
    if (col < 0)
        col = (int)byte_to_char_offset(line, len, tz->cur - tz->line_start);
    if (end_col < 0)
        end_col = col;
    PyObject *msg = PyUnicode_FromFormatV(fmt, va);
    raise_fields(PyExc_SyntaxError, tz->filename, tz->lineno, col, tz->lineno, end_col, line, len,
                 msg);
    return remember_error(tz, TOKERR_LEXICAL);
}

int
tz_lex_error(Tokenizer *tz, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    int r = lex_error_v(tz, -1, -1, fmt, va);
    va_end(va);
    return r;
}

int
tz_lex_error_range(Tokenizer *tz, int col_offset, int end_col_offset, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    int r = lex_error_v(tz, col_offset, end_col_offset, fmt, va);
    va_end(va);
    return r;
}

int
tz_state_error(Tokenizer *tz, TzStateError e)
{
    if (tz->error != NULL)
        return -1;
    if (e == TZ_E_EOF && tz->level > 0)
        return tz_unclosed_error(tz);
    PyObject *type = PyExc_SyntaxError, *msg;
    Py_ssize_t offset, end_offset;
    if (e == TZ_E_LINECONT) { // at the character after the '\', counted from CPython's buffer
        msg = PyUnicode_FromString("unexpected character after line continuation character");
        offset = normalized_length(tz, tz->text_start, tz->cur);
        end_offset = 0;
    } else if (e == TZ_E_TABSPACE || e == TZ_E_TOODEEP) {
        type = e == TZ_E_TABSPACE ? PyExc_TabError : PyExc_IndentationError;
        msg = PyUnicode_FromString(e == TZ_E_TABSPACE
                                       ? "inconsistent use of tabs and spaces in indentation"
                                       : "too many levels of indentation");
        offset = 1;
        end_offset = 0;
    } else { // CPython's parser puts these at the end of the line, with no end
        type = e == TZ_E_DEDENT ? PyExc_IndentationError : PyExc_SyntaxError;
        msg = PyUnicode_FromString(e == TZ_E_DEDENT
                                       ? "unindent does not match any outer indentation level"
                                       : "unexpected EOF while parsing");
        offset = normalized_length(tz, tz->line_start, tz->inp);
        end_offset = -1;
    }
    if (e != TZ_E_LINECONT)
        tz->cur = tz->inp;
    if (msg != NULL)
        raise_as_parser(tz, type, tz->lineno, offset, tz->lineno, end_offset, msg);
    return remember_error(tz, TOKERR_STATE);
}

int
tz_unclosed_error(Tokenizer *tz)
{
    if (tz->error != NULL)
        return -1;
    int line = tz->parenline[tz->level - 1], col = tz->parencol[tz->level - 1];
    PyObject *msg = PyUnicode_FromFormat("'%c' was never closed", tz->parenstack[tz->level - 1]);
    if (msg != NULL)
        raise_as_parser(tz, PyExc_SyntaxError, line, col + 1, line, 0, msg);
    return remember_error(tz, TOKERR_UNCLOSED);
}

int
tz_decode_error(Tokenizer *tz, Py_ssize_t bad)
{
    if (tz->error != NULL)
        return -1;
    PyErr_Format(PyExc_SyntaxError,
                 "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                 "declared; see https://peps.python.org/pep-0263/ for details",
                 (unsigned char)tz->buf[bad], tz->filename, tz->lineno);
    return remember_error(tz, TOKERR_LEXICAL);
}
