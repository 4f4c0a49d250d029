// tokenize.c: the tokenizer's line reading, indentation, operators and brackets, and the token
// loop (CPython 3.11's tok_get, whose behaviour and error positions it follows). Names,
// numbers and strings are scanned in tokenize_lex.c; SyntaxErrors are built in
// tokenize_error.c.
#include <stdio.h>
#include <string.h>
#include "frontend/tokenize_internal.h"

// ---- tables built once from tokens.def -----------------------------------------------------

static const char *const token_names[] = {
#define TOKEN(name, spelling) #name,
#include "frontend/tokens.def"
#undef TOKEN
};

static const char *const token_spellings[] = {
#define TOKEN(name, spelling) spelling,
#include "frontend/tokens.def"
#undef TOKEN
};

enum { PER_CHAR = 8 };
_Static_assert(TOK__COUNT <= 255, "token kinds are stored in bytes");

// Operators and keywords by first character; a keyword's first character is a letter.
typedef struct {
    unsigned char count;
    unsigned char kinds[PER_CHAR];
} KindList;

static KindList ops_by_first[128], keywords_by_first[128];
static unsigned char spelling_len[TOK__COUNT];
static char quoted_names[TOK__COUNT][16];
static int tables_ready;

static int
is_ascii_letter(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void
init_tables(void)
{
    if (tables_ready)
        return;
    for (int k = 0; k < TOK__COUNT; k++) {
        const char *s = token_spellings[k];
        if (s == NULL)
            continue;
        unsigned char first = (unsigned char)s[0];
        if (first >= 128)
            Py_FatalError("tokens.def: a spelling that is not ASCII");
        KindList *list = is_ascii_letter(first) ? &keywords_by_first[first] : &ops_by_first[first];
        if (list->count == PER_CHAR || strlen(s) + 3 > sizeof quoted_names[k])
            Py_FatalError("tokens.def: a spelling the tokenizer tables cannot hold");
        list->kinds[list->count++] = (unsigned char)k;
        spelling_len[k] = (unsigned char)strlen(s);
        snprintf(quoted_names[k], sizeof quoted_names[k], "'%s'", s);
    }
    tables_ready = 1;
}

const char *
fe_token_name(TokenKind kind)
{
    init_tables();
    if ((int)kind < 0 || kind >= TOK__COUNT)
        return "<invalid token>";
    return token_spellings[kind] != NULL ? quoted_names[kind] : token_names[kind];
}

// The keyword spelled by the n bytes at s, or TOK_NAME.
TokenKind
tz_keyword(const char *s, Py_ssize_t n)
{
    unsigned char first = (unsigned char)s[0];
    if (first >= 128)
        return TOK_NAME;
    const KindList *list = &keywords_by_first[first];
    for (int i = 0; i < list->count; i++) {
        int k = list->kinds[i];
        if (spelling_len[k] == n && memcmp(token_spellings[k], s, (size_t)n) == 0)
            return (TokenKind)k;
    }
    return TOK_NAME;
}

// The longest operator spelled at tz->start (CPython matches three, two, then one character),
// moving tz->cur past it; -1 if none.
static int
scan_operator(Tokenizer *tz, int c)
{
    if (c >= 128)
        return -1;
    const KindList *list = &ops_by_first[c];
    int best = -1, best_len = 0;
    for (int i = 0; i < list->count; i++) {
        int k = list->kinds[i], n = spelling_len[k];
        if (n > best_len && tz->start + n <= tz->size &&
            memcmp(tz->buf + tz->start, token_spellings[k], (size_t)n) == 0) {
            best = k;
            best_len = n;
        }
    }
    if (best >= 0)
        tz->cur = tz->start + best_len;
    return best;
}

// ---- encoding declarations -----------------------------------------------------------------

// PEP 263 on one line [s, end): a comment alone on its line holding "coding" then ':' or '=',
// blanks, and the name. 1 if found, 0 if not, -1 if the line holds code (then no later line
// may declare the encoding).
static int
coding_spec_on_line(const char *s, const char *end, const char **name, Py_ssize_t *len)
{
    const char *p = s;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    if (p == end || *p == '\n' || *p == '\r')
        return 0;
    if (*p != '#')
        return -1;
    for (; end - p > 6; p++) {
        if (memcmp(p, "coding", 6) != 0 || (p[6] != ':' && p[6] != '='))
            continue;
        const char *t = p + 7;
        while (t < end && (*t == ' ' || *t == '\t'))
            t++;
        const char *begin = t;
        while (t < end && (is_ascii_letter(*t) || (*t >= '0' && *t <= '9') || *t == '-' ||
                           *t == '_' || *t == '.'))
            t++;
        if (t > begin) {
            *name = begin;
            *len = t - begin;
            return 1;
        }
    }
    return 0;
}

int
fe_source_coding_spec(const char *source, Py_ssize_t size, const char **name, Py_ssize_t *len)
{
    const char *p = source, *end = source + size;
    if (size >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    for (int line = 0; line < 2 && p < end; line++) {
        const char *e = p;
        while (e < end && *e != '\n' && *e != '\r')
            e++;
        int found = coding_spec_on_line(p, e, name, len);
        if (found != 0)
            return found > 0;
        p = e < end && *e == '\r' && e + 1 < end && e[1] == '\n' ? e + 2 : e + 1;
    }
    return 0;
}

// ---- creation ------------------------------------------------------------------------------

// CPython reads exec input that does not end in a newline as if it did.
static void
set_limit(Tokenizer *tz)
{
    Py_ssize_t n = tz->size;
    int ends_in_newline = n > 0 && (tz->buf[n - 1] == '\n' || tz->buf[n - 1] == '\r');
    tz->limit = ends_in_newline || !tz->exec_input ? n : n + 1;
}

Tokenizer *
fe_tokenizer_new(const char *source, Py_ssize_t size, const char *filename)
{
    init_tables();
    Tokenizer *tz = PyMem_Calloc(1, sizeof *tz);
    const char *name = filename != NULL ? filename : "<string>";
    char *name_copy = PyMem_Malloc(strlen(name) + 1);
    if (tz == NULL || name_copy == NULL) {
        PyMem_Free(tz);
        PyMem_Free(name_copy);
        PyErr_NoMemory();
        return NULL;
    }
    strcpy(name_copy, name);
    const char *coding;
    Py_ssize_t coding_len;
    tz->declared_encoding = fe_source_coding_spec(source, size, &coding, &coding_len);
    if (size >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) {
        source += 3;
        size -= 3;
        tz->had_bom = 1;
        tz->declared_encoding = 1;
    }
    tz->buf = source;
    tz->size = size;
    tz->exec_input = 1;
    set_limit(tz);
    tz->start = -1;
    tz->atbol = 1;
    tz->filename = name_copy;
    return tz;
}

void
fe_tokenizer_set_exec_input(Tokenizer *tz, int exec_input)
{
    tz->exec_input = exec_input != 0;
    set_limit(tz);
}

void
fe_tokenizer_set_source_kind(Tokenizer *tz, FeSourceKind kind)
{
    tz->source_kind = kind;
    // CPython's compile() of a str reads a BOM as the character U+FEFF (not printable, so an
    // error), where files and bytes declare UTF-8 with it.
    if (kind == FE_SOURCE_STR && tz->had_bom) {
        tz->buf -= 3;
        tz->size += 3;
        tz->had_bom = 0;
        set_limit(tz);
    }
}

void
fe_tokenizer_free(Tokenizer *tz)
{
    if (tz == NULL)
        return;
    Py_XDECREF(tz->error);
    PyMem_Free(tz->filename);
    PyMem_Free(tz);
}

// ---- reading lines -------------------------------------------------------------------------

// The length of the valid UTF-8 sequence at p (strict: no overlongs, surrogates or code
// points past U+10FFFF, as CPython's check of source lines), or 0.
static int
utf8_sequence_length(const unsigned char *p, const unsigned char *end)
{
    unsigned c = p[0];
    if (c < 0x80)
        return 1;
    int n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
    } else
        return 0;
    if (end - p < n || p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i < n; i++)
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    return n;
}

// The offset of the first byte in [from, to) that starts no valid UTF-8 sequence, or -1.
static Py_ssize_t
first_invalid_utf8(const char *buf, Py_ssize_t from, Py_ssize_t to)
{
    const unsigned char *p = (const unsigned char *)buf + from,
                        *end = (const unsigned char *)buf + to;
    while (p < end) {
        int n = utf8_sequence_length(p, end);
        if (n == 0)
            return (Py_ssize_t)(p - (const unsigned char *)buf);
        p += n;
    }
    return -1;
}

// Read the line at tz->inp, checking it as CPython checks each line it reads from a file:
// first UTF-8 (up to a NUL, where its check stops), then NUL bytes. 0, or -1 at the end of
// the source (tz->eof) or with the error raised.
static int
next_line(Tokenizer *tz)
{
    Py_ssize_t p = tz->inp, e = p, nul = -1;
    if (p >= tz->limit) {
        tz->eof = 1;
        return -1;
    }
    int nonascii = 0;
    for (; e < tz->size; e++) {
        unsigned char b = (unsigned char)tz->buf[e];
        if (b == '\n' || b == '\r')
            break;
        if (b == 0 && nul < 0)
            nul = e;
        nonascii |= b >= 0x80;
    }
    tz->lineno++;
    tz->line_start = tz->cur = p;
    tz->line_end = e;
    if (e == tz->size)
        tz->inp = tz->limit;
    else
        tz->inp = tz->buf[e] == '\r' && e + 1 < tz->size && tz->buf[e + 1] == '\n' ? e + 2 : e + 1;
    if (tz->start < 0)
        tz->text_start = p;
    if (nonascii) {
        Py_ssize_t bad = first_invalid_utf8(tz->buf, p, nul >= 0 ? nul : e);
        if (bad >= 0)
            return tz_decode_error(tz, bad);
    }
    if (nul >= 0) {
        tz_lex_error(tz, "source code cannot contain null bytes");
        tz->cur = tz->inp;
        return -1;
    }
    return 0;
}

int
tz_nextc(Tokenizer *tz)
{
    for (;;) {
        if (tz->cur < tz->inp) {
            Py_ssize_t i = tz->cur++;
            if (i == tz->size) // the newline CPython supplies at the end
                return '\n';
            int c = (unsigned char)tz->buf[i];
            if (c != '\r')
                return c;
            if (tz->cur < tz->size && tz->buf[tz->cur] == '\n')
                tz->cur++;
            return '\n';
        }
        if (tz->eof || tz->error != NULL || next_line(tz) < 0)
            return TZ_EOF;
    }
}

// After a '\': the newline it escapes, and the first character of the next line (which is
// left unread and returned), or -1 with the error raised.
static int
continuation_line(Tokenizer *tz)
{
    int c = tz_nextc(tz);
    if (c != '\n')
        return tz->error != NULL ? -1 : tz_state_error(tz, TZ_E_LINECONT);
    c = tz_nextc(tz);
    if (c == TZ_EOF)
        return tz->error != NULL ? -1 : tz_state_error(tz, TZ_E_EOF);
    tz_backup(tz, c);
    return c;
}

// ---- indentation ---------------------------------------------------------------------------

// Compare the new line's indentation (col with tabs to multiples of 8, altcol with tabs as
// one column) with the stack: push an INDENT or pop DEDENTs into tz->pendin. Both measures
// must agree on the order, or the tabs and spaces are inconsistent (TabError).
static int
change_indentation(Tokenizer *tz, int col, int altcol)
{
    if (col == tz->indstack[tz->indent]) {
        if (altcol != tz->altindstack[tz->indent])
            return tz_state_error(tz, TZ_E_TABSPACE);
    } else if (col > tz->indstack[tz->indent]) {
        if (tz->indent + 1 >= TZ_MAXINDENT)
            return tz_state_error(tz, TZ_E_TOODEEP);
        if (altcol <= tz->altindstack[tz->indent])
            return tz_state_error(tz, TZ_E_TABSPACE);
        tz->pendin++;
        tz->indstack[++tz->indent] = col;
        tz->altindstack[tz->indent] = altcol;
    } else {
        while (tz->indent > 0 && col < tz->indstack[tz->indent]) {
            tz->pendin--;
            tz->indent--;
        }
        if (col != tz->indstack[tz->indent])
            return tz_state_error(tz, TZ_E_DEDENT);
        if (altcol != tz->altindstack[tz->indent])
            return tz_state_error(tz, TZ_E_TABSPACE);
    }
    return 0;
}

// Measure the indentation at the start of a line. Lines holding only blanks or a comment
// (*blankline) change nothing, and neither does anything inside brackets.
static int
read_indentation(Tokenizer *tz, int *blankline)
{
    int col = 0, altcol = 0, cont_line_col = 0, c;
    tz->atbol = 0;
    for (;;) {
        c = tz_nextc(tz);
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / TZ_TABSIZE + 1) * TZ_TABSIZE;
            altcol++;
        } else if (c == '\f') { // form feed: Emacs users' page break
            col = altcol = 0;
        } else if (c == '\\') {
            // Indentation cannot be split over lines by '\': the first one fixes the column.
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (continuation_line(tz) < 0)
                return -1;
        } else {
            break;
        }
    }
    tz_backup(tz, c);
    if (tz->error != NULL)
        return -1;
    *blankline = c == '#' || c == '\n';
    if (*blankline || tz->level > 0)
        return 0;
    if (cont_line_col) {
        col = cont_line_col;
        altcol = cont_line_col;
    }
    return change_indentation(tz, col, altcol);
}

// ---- tokens --------------------------------------------------------------------------------

static Py_ssize_t
clamp_to_buffer(Tokenizer *tz, Py_ssize_t i)
{
    return i < tz->size ? i : tz->size;
}

// Fill *out with the token [tz->start, tz->cur).
static int
emit(Tokenizer *tz, Token *out, int kind)
{
    out->kind = (TokenKind)kind;
    out->start = tz->buf + tz->start;
    out->end = tz->buf + clamp_to_buffer(tz, tz->cur);
    if (kind == TOK_STRING) {
        out->begin.line = tz->first_lineno;
        out->begin.col = (int)(tz->start - tz->multi_line_start);
    } else {
        out->begin.line = tz->lineno;
        out->begin.col = (int)(tz->start - tz->line_start);
    }
    out->finish.line = tz->lineno;
    out->finish.col = (int)(tz->cur - tz->line_start);
    if (kind == TOK_NEWLINE) // one column, even for "\r\n" or the supplied newline
        out->finish.col = (int)(tz->line_end - tz->line_start) + 1;
    return 0;
}

// An empty token at p on the current line.
static int
emit_empty(Tokenizer *tz, Token *out, int kind, Py_ssize_t p)
{
    out->kind = (TokenKind)kind;
    out->start = out->end = tz->buf + clamp_to_buffer(tz, p);
    out->begin.line = out->finish.line = tz->lineno;
    out->begin.col = out->finish.col = (int)(p - tz->line_start);
    return 0;
}

static int
emit_indentation(Tokenizer *tz, Token *out)
{
    int kind = tz->pendin < 0 ? TOK_DEDENT : TOK_INDENT;
    tz->pendin += tz->pendin < 0 ? 1 : -1;
    if (kind == TOK_DEDENT) // at the end, where ENDMARKER will be
        return emit_empty(tz, out, kind, tz->eof ? tz->line_end : tz->cur);
    tz->start = tz->line_start;
    return emit(tz, out, kind);
}

// Track brackets: CPython's errors for too deep, unmatched and mismatched ones.
static int
track_bracket(Tokenizer *tz, int c)
{
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (tz->level >= TZ_MAXLEVEL)
            return tz_lex_error(tz, "too many nested parentheses");
        tz->parenstack[tz->level] = (char)c;
        tz->parenline[tz->level] = tz->lineno;
        tz->parencol[tz->level] = (int)(tz->start - tz->line_start);
        tz->level++;
        return 0;
    case ')':
    case ']':
    case '}': {
        if (tz->level == 0)
            return tz_lex_error(tz, "unmatched '%c'", c);
        int opening = tz->parenstack[--tz->level];
        if ((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
            (opening == '{' && c == '}'))
            return 0;
        if (tz->parenline[tz->level] != tz->lineno)
            return tz_lex_error(tz,
                                "closing parenthesis '%c' does not match opening parenthesis "
                                "'%c' on line %d",
                                c, opening, tz->parenline[tz->level]);
        return tz_lex_error(tz, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                            c, opening);
    }
    default:
        return 0;
    }
}

// An operator or delimiter starting with c, or an ERRORTOKEN for a character that starts none.
static int
operator_token(Tokenizer *tz, Token *out, int c)
{
    // CPython reads "<>" as one NOTEQUAL, which its parser then rejects.
    if (c == '<' && tz->cur < tz->size && tz->buf[tz->cur] == '>') {
        tz->cur++;
        return emit(tz, out, TOK_ERRORTOKEN);
    }
    int kind = scan_operator(tz, c);
    if (kind >= 0)
        return track_bracket(tz, c) < 0 ? -1 : emit(tz, out, kind);
    if (!tz_is_printable((Py_UCS4)c)) {
        char hex[16];
        snprintf(hex, sizeof hex, "%04X", (unsigned)c);
        return tz_lex_error(tz, "invalid non-printable character U+%s", hex);
    }
    return emit(tz, out, TOK_ERRORTOKEN);
}

// The end of input: the innermost open bracket is unclosed, or ENDMARKER.
static int
end_of_input(Tokenizer *tz, Token *out)
{
    if (tz->error != NULL)
        return -1;
    if (tz->level > 0)
        return tz_unclosed_error(tz);
    return emit_empty(tz, out, TOK_ENDMARKER, tz->line_end);
}

// The token that starts with c, the first character after blanks and comments.
static int
scan_token(Tokenizer *tz, Token *out, int c)
{
    if (is_ascii_letter(c) || c == '_' || c >= 128 || c == '"' || c == '\'') {
        int kind = tz_scan_name_or_string(tz, c);
        return kind < 0 ? -1 : emit(tz, out, kind);
    }
    if (c == '.') {
        int c2 = tz_nextc(tz);
        if (tz_isdigit(c2)) {
            int kind = tz_scan_fraction(tz, c2);
            return kind < 0 ? -1 : emit(tz, out, kind);
        }
        tz_backup(tz, c2);
    } else if (tz_isdigit(c)) {
        int kind = tz_scan_number(tz, c);
        return kind < 0 ? -1 : emit(tz, out, kind);
    }
    return operator_token(tz, out, c);
}

static int
next_token(Tokenizer *tz, Token *out)
{
    int c, blankline;
nextline:
    tz->start = -1;
    blankline = 0;
    if (tz->atbol && read_indentation(tz, &blankline) < 0)
        return -1;
    tz->start = tz->cur;
    if (tz->pendin != 0)
        return emit_indentation(tz, out);
again:
    tz->start = -1;
    do {
        c = tz_nextc(tz);
    } while (c == ' ' || c == '\t' || c == '\f');
    tz->start = c == '\n' ? tz->line_end : tz->cur - 1;
    if (c == '#') // a comment runs to the newline, which then ends the line
        while (c != TZ_EOF && c != '\n')
            c = tz_nextc(tz);
    if (c == TZ_EOF)
        return end_of_input(tz, out);
    if (c == '\n') {
        tz->atbol = 1;
        if (blankline || tz->level > 0)
            goto nextline;
        return emit(tz, out, TOK_NEWLINE);
    }
    if (c == '\\') {
        if (continuation_line(tz) < 0)
            return -1;
        goto again;
    }
    return scan_token(tz, out, c);
}

int
fe_tokenizer_next(Tokenizer *tz, Token *out)
{
    if (tz->error != NULL) {
        PyErr_SetRaisedException(Py_NewRef(tz->error));
        return -1;
    }
    return next_token(tz, out);
}

TokErrorOrigin
fe_tokenizer_error_origin(Tokenizer *tz)
{
    return tz->error != NULL ? tz->error_origin : TOKERR_NONE;
}

void
fe_tokenizer_imply_dedents(Tokenizer *tz)
{
    if (tz->error == NULL && tz->indent > 0) {
        tz->pendin = -tz->indent;
        tz->indent = 0;
    }
}

const char *
fe_tokenizer_cursor(Tokenizer *tz)
{
    return tz->buf + clamp_to_buffer(tz, tz->cur);
}

int
fe_tokenizer_paren_depth(Tokenizer *tz)
{
    return tz->level;
}

const char *
fe_tokenizer_line(Tokenizer *tz, int line, Py_ssize_t *len)
{
    if (line < 1)
        return NULL;
    // Lines from the current one on are found from it; earlier ones from the start.
    Py_ssize_t p = 0;
    int n = 1;
    if (tz->lineno >= 1 && line >= tz->lineno) {
        p = tz->line_start;
        n = tz->lineno;
    }
    for (;;) {
        Py_ssize_t e = p;
        while (e < tz->size && tz->buf[e] != '\n' && tz->buf[e] != '\r')
            e++;
        if (n == line) {
            *len = e - p;
            return tz->buf + p;
        }
        if (e >= tz->size)
            return NULL;
        p = tz->buf[e] == '\r' && e + 1 < tz->size && tz->buf[e + 1] == '\n' ? e + 2 : e + 1;
        if (p >= tz->size)
            return NULL; // the source ends with this newline
        n++;
    }
}
