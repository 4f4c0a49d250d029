// parse_literal.c: literal tokens to constants, as CPython 3.11's parser decodes them:
// numbers (int, float; imaginary needs the complex type), string and bytes literals with
// every prefix and escape, and the concatenation of adjacent literals (strings rule). The
// f-string bodies are parsed by parse_fstring.c into the FStringState kept here. Also the
// NFKC-normalized, interned identifiers of NAME tokens.
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "frontend/parse_internal.h"
#include "frontend/unicode_names.h"
#include "runtime/objects/complex.h"

// ---- numbers -----------------------------------------------------------------------------

// The value of a NUMBER token: int (any base), float, or imaginary.
static PyObject *
number_value(Parser *p, PToken *t)
{
    Py_ssize_t n = t->end - t->start;
    char buf[128];
    char *s = n < (Py_ssize_t)sizeof buf ? buf : PyMem_Malloc((size_t)n + 1);
    if (s == NULL)
        return fe_parse_nomem(p);
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (t->start[i] != '_')
            s[k++] = t->start[i];
    s[k] = '\0';
    PyObject *v = NULL;
    int prefixed = k > 1 && s[0] == '0' && strchr("xXoObB", s[1]) != NULL;
    int is_float = !prefixed && strpbrk(s, ".eE") != NULL;
    if (k > 0 && (s[k - 1] == 'j' || s[k - 1] == 'J')) {
        char *end;
        s[k - 1] = '\0';
        double d = rt_float_parse(s, &end);
        v = PyComplex_FromDoubles(0.0, d);
    }
    else if (prefixed) {
        v = PyLong_FromString(s, NULL, 0);
    }
    else if (is_float) {
        char *end;
        v = PyFloat_FromDouble(rt_float_parse(s, &end));
    }
    else {
        v = PyLong_FromString(s, NULL, 10);
    }
    if (s != buf)
        PyMem_Free(s);
    if (v == NULL && !p->error && PyErr_ExceptionMatches(PyExc_ValueError)) {
        // Only the digit limit of int() can fail here: CPython explains it at the line.
        PyObject *exc = PyErr_GetRaisedException();
        PyObject *msg = PyObject_Str(exc);
        Py_DECREF(exc);
        if (msg == NULL)
            return fe_parse_nomem(p);
        fe_parse_error_at(p, PyExc_SyntaxError, t->lineno, -1, t->end_lineno, -1,
                          "%U - Consider hexadecimal for huge integer literals to avoid decimal "
                          "conversion limits.", msg);
        Py_DECREF(msg);
        return NULL;
    }
    if (v == NULL)
        return fe_parse_nomem(p);
    return fe_parse_own(p, v);
}

Expr *
fe_number_to_expr(Parser *p, PToken *t)
{
    PyObject *v = number_value(p, t);
    if (v == NULL)
        return NULL;
    Expr *e = fe_new_expr(p, EXPR_Constant, tok_loc(t));
    if (e != NULL)
        e->v.constant.value = v;
    return e;
}

Expr *
fe_rule_number(Parser *p)
{
    PToken *t = expect(p, TOK_NUMBER);
    return t != NULL ? fe_number_to_expr(p, t) : NULL;
}

// ---- escapes -------------------------------------------------------------------------------

// A code point buffer for decoded text.
typedef struct {
    Py_UCS4 *buf;
    Py_ssize_t len, cap;
} UcsBuf;

static int
ucs_put(Parser *p, UcsBuf *b, Py_UCS4 c)
{
    if (b->len == b->cap) {
        Py_ssize_t cap = b->cap < 64 ? 64 : b->cap * 2;
        Py_UCS4 *nb = PyMem_Realloc(b->buf, (size_t)cap * sizeof(Py_UCS4));
        if (nb == NULL) {
            fe_parse_nomem(p);
            return -1;
        }
        b->buf = nb;
        b->cap = cap;
    }
    b->buf[b->len++] = c;
    return 0;
}

// Decode one UTF-8 sequence at *s (the tokenizer has validated the source).
static Py_UCS4
utf8_char(const char **s, const char *end)
{
    const unsigned char *u = (const unsigned char *)*s;
    Py_UCS4 c = u[0];
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    c &= n == 3 ? 0x07 : n == 2 ? 0x0F : n == 1 ? 0x1F : 0xFF;
    int i = 1;
    for (; i <= n && (const char *)u + i < end; i++)
        c = (c << 6) | (u[i] & 0x3F);
    *s += i;
    return c;
}

static int
hexdigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// CPython decodes escapes in a copy where non-ASCII characters became \U escapes (10 bytes)
// and a backslash before one became \u005c (6 bytes); its error messages give positions in
// that copy, which `pos` tracks.
static void *
unicode_escape_error(Parser *p, Py_ssize_t start, Py_ssize_t end, const char *why)
{
    return RAISE_SYNTAX_ERROR(p, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                 "position %zd-%zd: %s", start, end - 1, why);
}

// \xXX, \uXXXX or \UXXXXXXXX (c is x, u or U) at *sp; the code point into *ch. 0 or -1.
static int
hex_escape(Parser *p, char c, const char **sp, const char *end, Py_ssize_t *pos,
           Py_ssize_t start, Py_UCS4 *ch)
{
    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    const char *why = c == 'x'   ? "truncated \\xXX escape"
                      : c == 'u' ? "truncated \\uXXXX escape"
                                 : "truncated \\UXXXXXXXX escape";
    *ch = 0;
    for (; count > 0; count--) {
        int d = *sp < end ? hexdigit(**sp) : -1;
        if (d < 0) {
            unicode_escape_error(p, start, *pos, why);
            return -1;
        }
        *ch = *ch * 16 + (Py_UCS4)d;
        (*sp)++;
        (*pos)++;
    }
    if (*ch > 0x10FFFF) {
        unicode_escape_error(p, start, *pos, "illegal Unicode character");
        return -1;
    }
    return 0;
}

// \N{NAME} at *sp (after the N); the code point into *ch. 0 or -1.
static int
named_escape(Parser *p, const char **sp, const char *end, Py_ssize_t *pos, Py_ssize_t start,
             Py_UCS4 *ch)
{
    const char *s = *sp, *why = "malformed \\N character escape";
    if (s < end && *s == '{') {
        const char *name = ++s;
        (*pos)++;
        while (s < end && *s != '}') {
            s++;
            (*pos)++;
        }
        if (s < end && s > name) {
            s++;
            (*pos)++;
            uint32_t code;
            if (fe_unicode_lookup(name, (size_t)(s - 1 - name), &code)) {
                *ch = code;
                *sp = s;
                return 0;
            }
            why = "unknown Unicode character name";
        }
    }
    unicode_escape_error(p, start, *pos, why);
    return -1;
}

// The escape after a backslash at *sp (which points after the backslash); appends to b.
// Returns 0, or -1 on error.
static int
unicode_escape(Parser *p, UcsBuf *b, const char **sp, const char *end, Py_ssize_t *pos)
{
    const char *s = *sp;
    Py_ssize_t start = *pos - 1;
    char c = *s++;
    (*pos)++;
    Py_UCS4 ch;
    switch (c) {
    case '\n': *sp = s; return 0;
    case '\r':
        if (s < end && *s == '\n') {
            s++;
            (*pos)++;
        }
        *sp = s;
        return 0;
    case '\\': ch = '\\'; break;
    case '\'': ch = '\''; break;
    case '"': ch = '"'; break;
    case 'a': ch = 7; break;
    case 'b': ch = 8; break;
    case 'f': ch = 12; break;
    case 'n': ch = '\n'; break;
    case 'r': ch = '\r'; break;
    case 't': ch = '\t'; break;
    case 'v': ch = 11; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        ch = (Py_UCS4)(c - '0');
        for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++) {
            ch = ch * 8 + (Py_UCS4)(*s++ - '0');
            (*pos)++;
        }
        break;
    case 'x':
    case 'u':
    case 'U':
        if (hex_escape(p, c, &s, end, pos, start, &ch) < 0)
            return -1;
        break;
    case 'N':
        if (named_escape(p, &s, end, pos, start, &ch) < 0)
            return -1;
        break;
    default:
        // An unknown escape keeps its backslash (a DeprecationWarning in CPython 3.11).
        (*pos)--;
        *sp = s - 1;
        return ucs_put(p, b, '\\');
    }
    *sp = s;
    return ucs_put(p, b, ch);
}

// Decode len bytes of a non-raw str literal body (escapes, UTF-8, newlines).
PyObject *
fe_decode_unicode_escapes(Parser *p, const char *s, Py_ssize_t len, PToken *t)
{
    (void)t;
    const char *end = s + len;
    UcsBuf b = {NULL, 0, 0};
    Py_ssize_t pos = 0;
    while (s < end) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\') {
            s++;
            pos++;
            if (s < end && ((unsigned char)*s & 0x80)) {
                pos += 5; // "\u005c" in CPython's copy
                if (ucs_put(p, &b, '\\') < 0)
                    goto error;
                continue;
            }
            if (s >= end) {
                // CPython's copy turns a final backslash into \u005c: it stays a backslash.
                if (ucs_put(p, &b, '\\') < 0)
                    goto error;
                break;
            }
            if (unicode_escape(p, &b, &s, end, &pos) < 0)
                goto error;
            continue;
        }
        Py_UCS4 ch;
        if (c & 0x80) {
            ch = utf8_char(&s, end);
            pos += 10;
        }
        else if (c == '\r') {
            s++;
            pos++;
            if (s < end && *s == '\n') {
                s++;
                pos++;
            }
            ch = '\n';
        }
        else {
            ch = c;
            s++;
            pos++;
        }
        if (ucs_put(p, &b, ch) < 0)
            goto error;
    }
    PyObject *r = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, b.buf, b.len);
    PyMem_Free(b.buf);
    if (r == NULL)
        fe_parse_nomem(p);
    return r;
error:
    PyMem_Free(b.buf);
    return NULL;
}

// Decode a raw str literal body: UTF-8 with newlines normalized.
static PyObject *
decode_raw(Parser *p, const char *s, Py_ssize_t len)
{
    if (memchr(s, '\r', (size_t)len) == NULL) {
        PyObject *r = PyUnicode_DecodeUTF8(s, len, NULL);
        return r != NULL ? r : fe_parse_nomem(p);
    }
    char *buf = PyMem_Malloc((size_t)len + 1);
    if (buf == NULL)
        return fe_parse_nomem(p);
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < len; i++) {
        if (s[i] == '\r') {
            buf[k++] = '\n';
            if (i + 1 < len && s[i + 1] == '\n')
                i++;
        }
        else {
            buf[k++] = s[i];
        }
    }
    PyObject *r = PyUnicode_DecodeUTF8(buf, k, NULL);
    PyMem_Free(buf);
    return r != NULL ? r : fe_parse_nomem(p);
}

// The escape after a backslash at *sp in a bytes literal: 0 with the byte in *c, 1 for no
// byte (a line continuation, or an unknown escape whose backslash was written), -1 on error.
static int
bytes_escape(Parser *p, RtBytesWriter *w, const char **sp, const char *end, Py_ssize_t at,
             unsigned char *c)
{
    const char *s = *sp;
    *c = (unsigned char)*s++;
    switch (*c) {
    case '\r':
        if (s < end && *s == '\n')
            s++;
        *sp = s;
        return 1;
    case '\n': *sp = s; return 1;
    case '\\': case '\'': case '"': break;
    case 'a': *c = 7; break;
    case 'b': *c = 8; break;
    case 'f': *c = 12; break;
    case 'n': *c = '\n'; break;
    case 'r': *c = '\r'; break;
    case 't': *c = '\t'; break;
    case 'v': *c = 11; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = *c - '0';
        for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++)
            v = v * 8 + (unsigned)(*s++ - '0');
        *c = (unsigned char)(v & 0xFF);
        break;
    }
    case 'x': {
        int hi = s < end ? hexdigit(s[0]) : -1;
        int lo = s + 1 < end ? hexdigit(s[1]) : -1;
        if (hi < 0 || lo < 0) {
            RAISE_SYNTAX_ERROR(p, "(value error) invalid \\x escape at position %zd", at);
            return -1;
        }
        *c = (unsigned char)(hi * 16 + lo);
        s += 2;
        break;
    }
    default:
        // unknown escapes keep the backslash
        *sp = s - 1;
        if (rt_bytes_writer_put(w, '\\') < 0) {
            fe_parse_nomem(p);
            return -1;
        }
        return 1;
    }
    *sp = s;
    return 0;
}

// Decode a bytes literal body (raw or with escapes), as CPython's _PyBytes_DecodeEscape.
static PyObject *
decode_bytes(Parser *p, const char *s, Py_ssize_t len, int raw)
{
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    const char *start = s, *end = s + len;
    while (s < end) {
        unsigned char c = (unsigned char)*s++;
        if (c == '\r') {
            if (s < end && *s == '\n')
                s++;
            c = '\n';
        }
        else if (c == '\\' && !raw && s < end) {
            int r = bytes_escape(p, &w, &s, end, s - 1 - start, &c);
            if (r < 0) {
                rt_bytes_writer_discard(&w);
                return NULL;
            }
            if (r > 0)
                continue;
        }
        if (rt_bytes_writer_put(&w, c) < 0) {
            rt_bytes_writer_discard(&w);
            return fe_parse_nomem(p);
        }
    }
    PyObject *r = rt_bytes_writer_finish(&w);
    return r != NULL ? r : fe_parse_nomem(p);
}

// ---- one literal token ----------------------------------------------------------------------

typedef struct {
    int bytes, raw, fmode;
    const char *body; // between the quotes
    Py_ssize_t len;
} StrParts;

// Split a STRING token into prefix flags and body (CPython's _PyPegen_parsestr).
static void
split_string(PToken *t, StrParts *sp)
{
    const char *s = t->start;
    memset(sp, 0, sizeof *sp);
    for (;; s++) {
        char c = *s;
        if (c == 'b' || c == 'B')
            sp->bytes = 1;
        else if (c == 'r' || c == 'R')
            sp->raw = 1;
        else if (c == 'f' || c == 'F')
            sp->fmode = 1;
        else if (c != 'u' && c != 'U')
            break;
    }
    char quote = *s++;
    Py_ssize_t len = t->end - s - 1; // without the closing quote
    if (len >= 4 && s[0] == quote && s[1] == quote) {
        s += 2;
        len -= 4;
    }
    sp->body = s;
    sp->len = len;
}

// Decode a non-f-string literal token into *out (str or bytes).
static int
parse_plain_string(Parser *p, PToken *t, StrParts *sp, PyObject **out)
{
    if (sp->bytes) {
        for (const char *c = sp->body; c < t->end; c++) {
            if ((unsigned char)*c >= 0x80) {
                RAISE_AT_NODE(p, tok_loc(t), "bytes can only contain ASCII literal characters");
                return -1;
            }
        }
        *out = decode_bytes(p, sp->body, sp->len, sp->raw);
    }
    else if (sp->raw || memchr(sp->body, '\\', (size_t)sp->len) == NULL) {
        *out = decode_raw(p, sp->body, sp->len);
    }
    else {
        *out = fe_decode_unicode_escapes(p, sp->body, sp->len, t);
    }
    return *out != NULL ? 0 : -1;
}

// ---- concatenation --------------------------------------------------------------------------

void
fe_fstring_state_clear(FStringState *st)
{
    Py_CLEAR(st->parts);
}

// Adjacent literals are joined once at the end: concatenating them one by one would be
// quadratic in the number of pieces (a file of one long implicit concatenation).
int
fe_fstring_state_add_str(Parser *p, FStringState *st, PyObject *s)
{
    if (PyUnicode_GET_LENGTH(s) == 0) {
        Py_DECREF(s);
        return 0;
    }
    if (st->parts == NULL && (st->parts = PyList_New(0)) == NULL) {
        Py_DECREF(s);
        fe_parse_nomem(p);
        return -1;
    }
    int r = PyList_Append(st->parts, s);
    Py_DECREF(s);
    if (r < 0)
        fe_parse_nomem(p);
    return r;
}

// The pending literal text as one str (a new reference), "" when none; NULL on error.
static PyObject *
take_text(Parser *p, FStringState *st)
{
    PyObject *s;
    if (st->parts == NULL)
        s = PyUnicode_FromStringAndSize("", 0);
    else if (PyList_GET_SIZE(st->parts) == 1)
        s = Py_NewRef(PyList_GET_ITEM(st->parts, 0));
    else {
        PyObject *sep = PyUnicode_FromStringAndSize("", 0);
        s = sep != NULL ? PyUnicode_Join(sep, st->parts) : NULL;
        Py_XDECREF(sep);
    }
    Py_CLEAR(st->parts);
    return s != NULL ? s : fe_parse_nomem(p);
}

// A Constant node for text s (stolen), located from first to last; kind 'u' when the first
// literal has a lowercase u prefix, as CPython's make_str_node_and_del.
static Expr *
make_str_node(Parser *p, PyObject *s, PToken *first, PToken *last)
{
    PyObject *v = fe_parse_own(p, s);
    if (v == NULL)
        return NULL;
    PyObject *kind = NULL;
    if (first->start[0] == 'u') {
        kind = fe_parse_identifier(p, "u", 1);
        if (kind == NULL)
            return NULL;
    }
    Expr *e = fe_new_expr(p, EXPR_Constant, loc_tokens(first, last));
    if (e != NULL) {
        e->v.constant.value = v;
        e->v.constant.kind = kind;
    }
    return e;
}

int
fe_fstring_state_flush(Parser *p, FStringState *st, PToken *first, PToken *last)
{
    if (st->parts == NULL)
        return 0;
    PyObject *s = take_text(p, st);
    Expr *e = s != NULL ? make_str_node(p, s, first, last) : NULL;
    return e != NULL ? fe_vec_push(p, &st->exprs, e) : -1;
}

// The concatenation's result: a Constant (no f-string piece) or a JoinedStr.
Expr *
fe_fstring_state_finish(Parser *p, FStringState *st, PToken *first, PToken *last)
{
    if (!st->fmode) {
        PyObject *s = take_text(p, st);
        return s != NULL ? make_str_node(p, s, first, last) : NULL;
    }
    if (fe_fstring_state_flush(p, st, first, last) < 0)
        return NULL;
    AstSeq *values = fe_vec_seq(p, &st->exprs);
    Expr *e = values != NULL ? fe_new_expr(p, EXPR_JoinedStr, loc_tokens(first, last)) : NULL;
    if (e != NULL)
        e->v.joined_str.values = values;
    return e;
}

// CPython's _PyPegen_concatenate_strings over tokens toks[0:n].
static Expr *
concatenate_strings(Parser *p, PToken **toks, Py_ssize_t n)
{
    PToken *first = toks[0], *last = toks[n - 1];
    int bytesmode = 0;
    PyObject *bytes_str = NULL;
    FStringState st;
    memset(&st, 0, sizeof st);
    for (Py_ssize_t i = 0; i < n; i++) {
        PToken *t = toks[i];
        StrParts sp;
        split_string(t, &sp);
        if (i != 0 && bytesmode != sp.bytes) {
            RAISE_SYNTAX_ERROR(p, "cannot mix bytes and nonbytes literals");
            goto error;
        }
        bytesmode = sp.bytes;
        if (sp.fmode) {
            const char *body = sp.body;
            if (fe_fstring_concat(p, &st, &body, sp.body + sp.len, sp.raw, 0, first, t, last) < 0)
                goto error;
            continue;
        }
        PyObject *s;
        if (parse_plain_string(p, t, &sp, &s) < 0)
            goto error;
        if (bytesmode) {
            if (bytes_str == NULL) {
                bytes_str = s;
            }
            else {
                PyBytes_ConcatAndDel(&bytes_str, s);
                if (bytes_str == NULL) {
                    fe_parse_nomem(p);
                    goto error;
                }
            }
        }
        else if (fe_fstring_state_add_str(p, &st, s) < 0) {
            goto error;
        }
    }
    if (bytesmode) {
        PyObject *v = fe_parse_own(p, bytes_str);
        Expr *e = v != NULL ? fe_new_expr(p, EXPR_Constant, loc_tokens(first, last)) : NULL;
        if (e != NULL)
            e->v.constant.value = v;
        return e;
    }
    Expr *e = fe_fstring_state_finish(p, &st, first, last);
    fe_fstring_state_clear(&st);
    return e;
error:
    Py_XDECREF(bytes_str);
    fe_fstring_state_clear(&st);
    p->error = 1;
    return NULL;
}

// strings (memo): STRING+
static Expr *
strings_body(Parser *p)
{
    Vec toks;
    vec_init(&toks);
    PToken *t;
    while ((t = expect(p, TOK_STRING)) != NULL)
        if (fe_vec_push(p, &toks, t) < 0)
            return NULL;
    if (toks.n == 0 || p->error)
        return NULL;
    peek(p); // CPython's loop has read the token after the last string
    return concatenate_strings(p, (PToken **)toks.items, toks.n);
}

Expr *
fe_rule_strings(Parser *p)
{
    int mark = p->mark;
    void *memo;
    if (fe_parse_memo_get(p, MEMO_STRINGS, &memo))
        return memo;
    Expr *e = strings_body(p);
    if (e == NULL)
        p->mark = mark;
    fe_parse_memo_set(p, mark, MEMO_STRINGS, e);
    return e;
}

// ---- identifiers -------------------------------------------------------------------------

// NFKC of s[0:n] appended to buf (*len bytes used, *cap allocated): 0, or -1 on no memory.
static int
append_nfkc(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
    char *copy = PyMem_Malloc(n + 1);
    if (copy == NULL)
        return -1;
    memcpy(copy, s, n);
    copy[n] = '\0';
    utf8proc_uint8_t *norm = utf8proc_NFKC((const utf8proc_uint8_t *)copy);
    PyMem_Free(copy);
    if (norm == NULL)
        return -1;
    size_t m = strlen((const char *)norm);
    if (*len + m + 1 > *cap) {
        size_t want = (*len + m + 1) * 2;
        char *grown = PyMem_Realloc(*buf, want);
        if (grown == NULL) {
            free(norm);
            return -1;
        }
        *buf = grown;
        *cap = want;
    }
    memcpy(*buf + *len, norm, m + 1);
    *len += m;
    free(norm);
    return 0;
}

// CPython normalizes non-ASCII identifiers to NFKC (PEP 3131). utf8proc (2.8) composes a
// Hangul LV syllable with U+11A7, which is not a trailing consonant, dropping the U+11A7; no
// other character decomposes to U+11A7 and it never composes, so normalizing the pieces
// between its occurrences separately gives the right result.
static PyObject *
nfkc_identifier(const char *s, Py_ssize_t n)
{
    static const char jamo_11a7[] = "\xe1\x86\xa7";
    char *buf = NULL;
    size_t len = 0, cap = 0;
    Py_ssize_t seg = 0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        int split = i + 3 <= n && memcmp(s + i, jamo_11a7, 3) == 0;
        if (!split && i < n)
            continue;
        if (append_nfkc(&buf, &len, &cap, s + seg, (size_t)(i - seg)) < 0 ||
            (split && append_nfkc(&buf, &len, &cap, jamo_11a7, 3) < 0)) {
            PyMem_Free(buf);
            return PyErr_NoMemory();
        }
        if (split)
            i += 2;
        seg = i + 1;
    }
    PyObject *id = PyUnicode_FromStringAndSize(buf, (Py_ssize_t)len);
    PyMem_Free(buf);
    return id;
}

PyObject *
fe_parse_identifier(Parser *p, const char *s, Py_ssize_t n)
{
    int ascii = 1;
    for (Py_ssize_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            ascii = 0;
    PyObject *id = ascii ? PyUnicode_FromStringAndSize(s, n) : nfkc_identifier(s, n);
    if (id == NULL) {
        p->error = 1;
        return NULL;
    }
    PyUnicode_InternInPlace(&id);
    return fe_parse_own(p, id);
}
