// ast_sexpr.h: builds an AST (ast.h) from the S-expression that gen_compile_cases.py writes
// from CPython's own `ast` module, so the compiler's tests exercise exactly CPython's tree
// whatever the state of the parser. Header-only (static functions) for the test suites.
//   node   (Kind line col end_line end_col field ...)   a statement, expression or pattern
//          (arguments ...) (arg ...) (keyword ...) (alias ...) (withitem ...)
//          (comprehension ...) (excepthandler ...) (match_case ...)   the product types
//   seq    [item ...]       _ NULL       #5 an int (operators, contexts, flags)
//   "..."  a str (identifiers and constants; \uHHHHHH escapes a code point)
//   b"..." bytes   i123 int   f1.5 float   cRE,IM complex   N T F E  None/True/False/...
#ifndef KRAIT_TESTS_AST_SEXPR_H
#define KRAIT_TESTS_AST_SEXPR_H

#include <stdlib.h>
#include <string.h>
#include "frontend/ast.h"
#include "runtime/objects/complex.h"

typedef struct {
    const char *p;
    AstArena *arena;
} SxReader;

static void *sx_read_item(SxReader *r);

static void
sx_skip(SxReader *r)
{
    while (*r->p == ' ' || *r->p == '\n')
        r->p++;
}

static int
sx_int(SxReader *r)
{
    sx_skip(r);
    char *end;
    long v = strtol(r->p, &end, 10);
    r->p = end;
    return (int)v;
}

// A "..." string at r->p as a new str (\uHHHHHH code points) or bytes (\xHH bytes).
// Identifiers are interned, string constants are not (as the parser leaves them), which
// code objects observe.
static PyObject *
sx_string(SxReader *r, int as_bytes, int intern)
{
    r->p++; // the opening quote
    size_t cap = strlen(r->p) + 1, n = 0;
    Py_UCS4 *buf = malloc(cap * sizeof(Py_UCS4));
    while (*r->p != '"') {
        if (r->p[0] == '\\' && (r->p[1] == 'x' || r->p[1] == 'u')) {
            int digits = r->p[1] == 'x' ? 2 : 6;
            char hex[8] = {0};
            memcpy(hex, r->p + 2, (size_t)digits);
            buf[n++] = (Py_UCS4)strtol(hex, NULL, 16);
            r->p += 2 + digits;
        } else {
            buf[n++] = (unsigned char)*r->p++;
        }
    }
    r->p++;
    PyObject *o;
    if (as_bytes) {
        char *bytes = malloc(n + 1);
        for (size_t i = 0; i < n; i++)
            bytes[i] = (char)buf[i];
        o = PyBytes_FromStringAndSize(bytes, (Py_ssize_t)n);
        free(bytes);
    } else {
        o = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, (Py_ssize_t)n);
        if (o != NULL && intern)
            PyUnicode_InternInPlace(&o);
    }
    free(buf);
    return o;
}

// An object (str, bytes, number, singleton) owned by the arena, or NULL for `_`.
static PyObject *
sx_object_ex(SxReader *r, int intern)
{
    sx_skip(r);
    char c = *r->p;
    PyObject *o = NULL;
    char *end;
    switch (c) {
    case '_':
        r->p++;
        return NULL;
    case '"':
        o = sx_string(r, 0, intern);
        break;
    case 'b':
        r->p++;
        o = sx_string(r, 1, 0);
        break;
    case 'N':
    case 'T':
    case 'F':
    case 'E':
        r->p++;
        o = Py_NewRef(c == 'N' ? Py_None : c == 'T' ? Py_True : c == 'F' ? Py_False : Py_Ellipsis);
        break;
    case 'i': {
        size_t n = strspn(r->p + 1, "-0123456789");
        char *digits = strndup(r->p + 1, n);
        o = PyLong_FromString(digits, NULL, 10);
        free(digits);
        r->p += 1 + n;
        break;
    }
    case 'f':
        o = PyFloat_FromDouble(strtod(r->p + 1, &end));
        r->p = end;
        break;
    case 'c': {
        double re = strtod(r->p + 1, &end), im = strtod(end + 1, &end);
        o = PyComplex_FromDoubles(re, im);
        r->p = end;
        break;
    }
    default:
        return NULL;
    }
    return fe_arena_own(r->arena, o);
}

static PyObject *
sx_object(SxReader *r)
{
    return sx_object_ex(r, 1);
}

static Loc
sx_loc(SxReader *r)
{
    Loc l;
    l.lineno = sx_int(r);
    l.col_offset = sx_int(r);
    l.end_lineno = sx_int(r);
    l.end_col_offset = sx_int(r);
    return l;
}

static AstSeq *
sx_seq(SxReader *r)
{
    sx_skip(r);
    if (*r->p == '_') {
        r->p++;
        return NULL;
    }
    r->p++; // '['
    void *items[4096];
    Py_ssize_t n = 0;
    for (;;) {
        sx_skip(r);
        if (*r->p == ']')
            break;
        items[n++] = sx_read_item(r);
    }
    r->p++;
    AstSeq *seq = fe_seq_new(r->arena, n);
    for (Py_ssize_t i = 0; i < n; i++)
        seq->items[i] = items[i];
    return seq;
}

// A field of C type `type` (as spelled in ast.def) into *ptr.
static void
sx_field(SxReader *r, const char *type, void *ptr)
{
    if (strcmp(type, "int") == 0) {
        sx_skip(r);
        r->p++; // '#'
        *(int *)ptr = sx_int(r);
    } else if (strcmp(type, "AstSeq *") == 0) {
        *(AstSeq **)ptr = sx_seq(r);
    } else if (strcmp(type, "PyObject *") == 0) {
        *(PyObject **)ptr = sx_object(r);
    } else {
        *(void **)ptr = sx_read_item(r);
    }
}

#define F(type, name) sx_field(r, #type, &P->name);
#define STMT(kind, member, fields)                                                                 \
    static void sx_stmt_##member(SxReader *r, Stmt *s)                                             \
    {                                                                                              \
        __typeof__(s->v.member) *P = &s->v.member;                                                 \
        (void)P;                                                                                   \
        fields                                                                                     \
    }
#define EXPR(kind, member, fields)                                                                 \
    static void sx_expr_##member(SxReader *r, Expr *e)                                             \
    {                                                                                              \
        __typeof__(e->v.member) *P = &e->v.member;                                                 \
        (void)P;                                                                                   \
        fields                                                                                     \
    }
#define PATTERN(kind, member, fields)                                                              \
    static void sx_pattern_##member(SxReader *r, Pattern *p)                                       \
    {                                                                                              \
        __typeof__(p->v.member) *P = &p->v.member;                                                 \
        (void)P;                                                                                   \
        fields                                                                                     \
    }
#include "frontend/ast.def"
#undef F

// A statement, expression or pattern node whose kind is named by tag; NULL if unknown.
static void *
sx_node(SxReader *r, const char *tag, size_t len)
{
#define STMT(K, member, fields) STMT_LIKE(K, member)
#define STMT_LIKE(K, member)                                                                       \
    if (strlen(#K) == len && strncmp(tag, #K, len) == 0) {                                         \
        Stmt *s = fe_arena_alloc(r->arena, sizeof(Stmt));                                          \
        s->kind = STMT_##K;                                                                        \
        s->loc = sx_loc(r);                                                                        \
        sx_stmt_##member(r, s);                                                                    \
        return s;                                                                                  \
    }
#define EXPR(K, member, fields) EXPR_LIKE(K, member)
#define EXPR_LIKE(K, member)                                                                       \
    if (strlen(#K) == len && strncmp(tag, #K, len) == 0) {                                         \
        Expr *e = fe_arena_alloc(r->arena, sizeof(Expr));                                          \
        e->kind = EXPR_##K;                                                                        \
        e->loc = sx_loc(r);                                                                        \
        if (e->kind == EXPR_Constant) {                                                            \
            e->v.constant.value = sx_object_ex(r, 0);                                              \
            e->v.constant.kind = sx_object(r);                                                     \
        } else {                                                                                   \
            sx_expr_##member(r, e);                                                                \
        }                                                                                          \
        return e;                                                                                  \
    }
#define PATTERN(K, member, fields)                                                                 \
    if (strlen(#K) == len && strncmp(tag, #K, len) == 0) {                                         \
        Pattern *p = fe_arena_alloc(r->arena, sizeof(Pattern));                                    \
        p->kind = PATTERN_##K;                                                                     \
        p->loc = sx_loc(r);                                                                        \
        sx_pattern_##member(r, p);                                                                 \
        return p;                                                                                  \
    }
#include "frontend/ast.def"
    return NULL;
}

#define SX_TAG(name) (len == sizeof(name) - 1 && strncmp(tag, name, len) == 0)

static void *
sx_product(SxReader *r, const char *tag, size_t len)
{
    if (SX_TAG("arguments")) {
        Arguments *a = fe_arena_alloc(r->arena, sizeof(Arguments));
        a->posonlyargs = sx_seq(r);
        a->args = sx_seq(r);
        a->vararg = sx_read_item(r);
        a->kwonlyargs = sx_seq(r);
        a->kw_defaults = sx_seq(r);
        a->kwarg = sx_read_item(r);
        a->defaults = sx_seq(r);
        return a;
    }
    if (SX_TAG("arg") || SX_TAG("keyword") || SX_TAG("alias")) {
        Loc loc = sx_loc(r);
        PyObject *name = sx_object(r);
        if (SX_TAG("arg")) {
            Arg *a = fe_arena_alloc(r->arena, sizeof(Arg));
            *a = (Arg){name, sx_read_item(r), loc};
            return a;
        }
        if (SX_TAG("keyword")) {
            Keyword *k = fe_arena_alloc(r->arena, sizeof(Keyword));
            *k = (Keyword){name, sx_read_item(r), loc};
            return k;
        }
        Alias *a = fe_arena_alloc(r->arena, sizeof(Alias));
        *a = (Alias){name, sx_object(r), loc};
        return a;
    }
    if (SX_TAG("withitem")) {
        WithItem *w = fe_arena_alloc(r->arena, sizeof(WithItem));
        w->context_expr = sx_read_item(r);
        w->optional_vars = sx_read_item(r);
        return w;
    }
    if (SX_TAG("comprehension")) {
        Comprehension *c = fe_arena_alloc(r->arena, sizeof(Comprehension));
        c->target = sx_read_item(r);
        c->iter = sx_read_item(r);
        c->ifs = sx_seq(r);
        sx_field(r, "int", &c->is_async);
        return c;
    }
    if (SX_TAG("excepthandler")) {
        ExceptHandler *h = fe_arena_alloc(r->arena, sizeof(ExceptHandler));
        h->loc = sx_loc(r);
        h->type = sx_read_item(r);
        h->name = sx_object(r);
        h->body = sx_seq(r);
        return h;
    }
    if (SX_TAG("match_case")) {
        MatchCase *m = fe_arena_alloc(r->arena, sizeof(MatchCase));
        m->pattern = sx_read_item(r);
        m->guard = sx_read_item(r);
        m->body = sx_seq(r);
        return m;
    }
    return sx_node(r, tag, len);
}

// A node, an int item (#n, as in Compare.ops), an object, or NULL.
static void *
sx_read_item(SxReader *r)
{
    sx_skip(r);
    if (*r->p == '#') {
        r->p++;
        return (void *)(intptr_t)sx_int(r);
    }
    if (*r->p != '(')
        return sx_object(r);
    r->p++;
    const char *tag = r->p;
    while (*r->p != ' ' && *r->p != ')')
        r->p++;
    void *node = sx_product(r, tag, (size_t)(r->p - tag));
    sx_skip(r);
    r->p++; // ')'
    return node;
}

// `(Module [stmt ...])`, `(Interactive [stmt ...])` or `(Expression expr)` as a Mod
// allocated in arena.
static Mod *
sx_module(const char *text, AstArena *arena)
{
    SxReader r = {text, arena};
    sx_skip(&r);
    Mod *mod = fe_arena_alloc(arena, sizeof(Mod));
    if (strncmp(r.p, "(Expression", 11) == 0) {
        r.p += 11;
        mod->kind = MOD_EXPRESSION;
        mod->expr = sx_read_item(&r);
        return mod;
    }
    mod->kind = strncmp(r.p, "(Interactive", 12) == 0 ? MOD_INTERACTIVE : MOD_MODULE;
    r.p += mod->kind == MOD_INTERACTIVE ? 12 : 7;
    mod->body = sx_seq(&r);
    return mod;
}

#endif
