// unparse.c: an expression back to source text, as CPython 3.11's ast_unparse.c writes it
// (quirks included): the strings that annotations become under
// `from __future__ import annotations`. The compiler (compile.c) is the only user.
#include <math.h>
#include <string.h>
#include "frontend/compile_internal.h"
#include "runtime/objects/complex.h"

// Precedence levels, lowest first (CPython's PR_*).
enum {
    PR_TUPLE,
    PR_TEST, // if-else, lambda
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR, // unary + - ~
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

typedef struct {
    char *buf;
    size_t len, cap;
    int failed;
} Writer;

static void
put_bytes(Writer *w, const char *s, size_t n)
{
    if (w->failed)
        return;
    if (w->len + n > w->cap) {
        size_t cap = (w->len + n) * 2 + 64;
        char *p = PyMem_Realloc(w->buf, cap);
        if (p == NULL) {
            PyErr_NoMemory();
            w->failed = 1;
            return;
        }
        w->buf = p;
        w->cap = cap;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static void
put(Writer *w, const char *s)
{
    put_bytes(w, s, strlen(s));
}

static void
put_if(Writer *w, int cond, const char *s)
{
    if (cond)
        put(w, s);
}

static void
put_str(Writer *w, PyObject *s)
{
    Py_ssize_t n;
    const char *p = PyUnicode_AsUTF8AndSize(s, &n);
    if (p == NULL)
        w->failed = 1;
    else
        put_bytes(w, p, (size_t)n);
}

// repr(o), with "inf" written 1e309 for infinite floats and complex numbers.
static void
put_repr(Writer *w, PyObject *o)
{
    PyObject *r = PyObject_Repr(o);
    if (r == NULL) {
        w->failed = 1;
        return;
    }
    Py_ssize_t n;
    const char *p = PyUnicode_AsUTF8AndSize(r, &n);
    int replace_inf =
        (PyFloat_CheckExact(o) && isinf(PyFloat_AS_DOUBLE(o))) || PyComplex_CheckExact(o);
    for (Py_ssize_t i = 0; p != NULL && i < n; i++) {
        if (replace_inf && i + 3 <= n && memcmp(p + i, "inf", 3) == 0) {
            put(w, "1e309");
            i += 2;
        } else {
            put_bytes(w, p + i, 1);
        }
    }
    if (p == NULL)
        w->failed = 1;
    Py_DECREF(r);
}

static void put_expr(Writer *w, Expr *e, int level);
static void put_joined_str(Writer *w, Expr *e, int is_format_spec);
static void put_formatted_value(Writer *w, Expr *e);

static Expr *
item(AstSeq *seq, Py_ssize_t i)
{
    return AST_SEQ_GET(seq, i);
}

static void
put_boolop(Writer *w, Expr *e, int level)
{
    int is_and = e->v.bool_op.op == BOOL_AND, pr = is_and ? PR_AND : PR_OR;
    put_if(w, level > pr, "(");
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(e->v.bool_op.values); i++) {
        put_if(w, i > 0, is_and ? " and " : " or ");
        put_expr(w, item(e->v.bool_op.values, i), pr + 1);
    }
    put_if(w, level > pr, ")");
}

static void
put_binop(Writer *w, Expr *e, int level)
{
    static const struct {
        const char *op;
        int pr;
    } ops[] = {
        [OP_ADD] = {" + ", PR_ARITH},     [OP_SUB] = {" - ", PR_ARITH},
        [OP_MULT] = {" * ", PR_TERM},     [OP_MATMUL] = {" @ ", PR_TERM},
        [OP_DIV] = {" / ", PR_TERM},      [OP_MOD] = {" % ", PR_TERM},
        [OP_LSHIFT] = {" << ", PR_SHIFT}, [OP_RSHIFT] = {" >> ", PR_SHIFT},
        [OP_BITOR] = {" | ", PR_BOR},     [OP_BITXOR] = {" ^ ", PR_BXOR},
        [OP_BITAND] = {" & ", PR_BAND},   [OP_FLOORDIV] = {" // ", PR_TERM},
        [OP_POW] = {" ** ", PR_POWER},
    };
    int op = e->v.bin_op.op, pr = ops[op].pr, rassoc = op == OP_POW;
    put_if(w, level > pr, "(");
    put_expr(w, e->v.bin_op.left, pr + rassoc);
    put(w, ops[op].op);
    put_expr(w, e->v.bin_op.right, pr + !rassoc);
    put_if(w, level > pr, ")");
}

static void
put_unaryop(Writer *w, Expr *e, int level)
{
    static const char *const ops[] = {
        [UNARY_INVERT] = "~", [UNARY_NOT] = "not ", [UNARY_UADD] = "+", [UNARY_USUB] = "-"};
    int pr = e->v.unary_op.op == UNARY_NOT ? PR_NOT : PR_FACTOR;
    put_if(w, level > pr, "(");
    put(w, ops[e->v.unary_op.op]);
    put_expr(w, e->v.unary_op.operand, pr);
    put_if(w, level > pr, ")");
}

static void
put_arg(Writer *w, Arg *a)
{
    put_str(w, a->arg);
    if (a->annotation) {
        put(w, ": ");
        put_expr(w, a->annotation, PR_TEST);
    }
}

static void
put_args(Writer *w, Arguments *args)
{
    int first = 1;
    Py_ssize_t nposonly = AST_SEQ_LEN(args->posonlyargs), nargs = AST_SEQ_LEN(args->args);
    Py_ssize_t ndefaults = AST_SEQ_LEN(args->defaults);
    for (Py_ssize_t i = 0; i < nposonly + nargs; i++) {
        put_if(w, !first, ", ");
        first = 0;
        put_arg(w, i < nposonly ? AST_SEQ_GET(args->posonlyargs, i)
                                : AST_SEQ_GET(args->args, i - nposonly));
        Py_ssize_t di = i - nposonly - nargs + ndefaults;
        if (di >= 0) {
            put(w, "=");
            put_expr(w, item(args->defaults, di), PR_TEST);
        }
        put_if(w, nposonly && i + 1 == nposonly, ", /");
    }
    if (args->vararg || AST_SEQ_LEN(args->kwonlyargs)) {
        put_if(w, !first, ", ");
        first = 0;
        put(w, "*");
        if (args->vararg)
            put_arg(w, args->vararg);
    }
    Py_ssize_t nkw = AST_SEQ_LEN(args->kwonlyargs), nkwd = AST_SEQ_LEN(args->kw_defaults);
    for (Py_ssize_t i = 0; i < nkw; i++) {
        put_if(w, !first, ", ");
        first = 0;
        put_arg(w, AST_SEQ_GET(args->kwonlyargs, i));
        Py_ssize_t di = i - nkw + nkwd;
        if (di >= 0 && item(args->kw_defaults, di) != NULL) {
            put(w, "=");
            put_expr(w, item(args->kw_defaults, di), PR_TEST);
        }
    }
    if (args->kwarg) {
        put_if(w, !first, ", ");
        put(w, "**");
        put_arg(w, args->kwarg);
    }
}

static void
put_lambda(Writer *w, Expr *e, int level)
{
    Arguments *args = e->v.lambda.args;
    put_if(w, level > PR_TEST, "(");
    // CPython writes "lambda*a: 0" when there is no positional parameter.
    put(w, AST_SEQ_LEN(args->args) + AST_SEQ_LEN(args->posonlyargs) ? "lambda " : "lambda");
    put_args(w, args);
    put(w, ": ");
    put_expr(w, e->v.lambda.body, PR_TEST);
    put_if(w, level > PR_TEST, ")");
}

static void
put_ifexp(Writer *w, Expr *e, int level)
{
    put_if(w, level > PR_TEST, "(");
    put_expr(w, e->v.if_exp.body, PR_TEST + 1);
    put(w, " if ");
    put_expr(w, e->v.if_exp.test, PR_TEST + 1);
    put(w, " else ");
    put_expr(w, e->v.if_exp.orelse, PR_TEST);
    put_if(w, level > PR_TEST, ")");
}

static void
put_dict(Writer *w, Expr *e)
{
    put(w, "{");
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(e->v.dict.values); i++) {
        put_if(w, i > 0, ", ");
        Expr *key = item(e->v.dict.keys, i);
        if (key != NULL) {
            put_expr(w, key, PR_TEST);
            put(w, ": ");
            put_expr(w, item(e->v.dict.values, i), PR_TEST);
        } else {
            put(w, "**");
            put_expr(w, item(e->v.dict.values, i), PR_EXPR);
        }
    }
    put(w, "}");
}

static void
put_elts(Writer *w, const char *open, AstSeq *elts, const char *close)
{
    put(w, open);
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(elts); i++) {
        put_if(w, i > 0, ", ");
        put_expr(w, item(elts, i), PR_TEST);
    }
    put(w, close);
}

static void
put_tuple(Writer *w, Expr *e, int level)
{
    AstSeq *elts = e->v.sequence.elts;
    Py_ssize_t n = AST_SEQ_LEN(elts);
    if (n == 0) {
        put(w, "()");
        return;
    }
    put_if(w, level > PR_TUPLE, "(");
    for (Py_ssize_t i = 0; i < n; i++) {
        put_if(w, i > 0, ", ");
        put_expr(w, item(elts, i), PR_TEST);
    }
    put_if(w, n == 1, ",");
    put_if(w, level > PR_TUPLE, ")");
}

static void
put_comprehensions(Writer *w, AstSeq *gens)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(gens); i++) {
        Comprehension *g = AST_SEQ_GET(gens, i);
        put(w, g->is_async ? " async for " : " for ");
        put_expr(w, g->target, PR_TUPLE);
        put(w, " in ");
        put_expr(w, g->iter, PR_TEST + 1);
        for (Py_ssize_t k = 0; k < AST_SEQ_LEN(g->ifs); k++) {
            put(w, " if ");
            put_expr(w, item(g->ifs, k), PR_TEST + 1);
        }
    }
}

static void
put_comp(Writer *w, Expr *e)
{
    const char *open = e->kind == EXPR_ListComp ? "[" : e->kind == EXPR_GeneratorExp ? "(" : "{";
    const char *close = e->kind == EXPR_ListComp ? "]" : e->kind == EXPR_GeneratorExp ? ")" : "}";
    put(w, open);
    if (e->kind == EXPR_DictComp) {
        put_expr(w, e->v.dict_comp.key, PR_TEST);
        put(w, ": ");
        put_expr(w, e->v.dict_comp.value, PR_TEST);
        put_comprehensions(w, e->v.dict_comp.generators);
    } else {
        put_expr(w, e->v.comp.elt, PR_TEST);
        put_comprehensions(w, e->v.comp.generators);
    }
    put(w, close);
}

static void
put_compare(Writer *w, Expr *e, int level)
{
    static const char *const ops[] = {
        [CMP_EQ] = " == ", [CMP_NOTEQ] = " != ",     [CMP_LT] = " < ",  [CMP_LTE] = " <= ",
        [CMP_GT] = " > ",  [CMP_GTE] = " >= ",       [CMP_IS] = " is ", [CMP_ISNOT] = " is not ",
        [CMP_IN] = " in ", [CMP_NOTIN] = " not in ",
    };
    put_if(w, level > PR_CMP, "(");
    put_expr(w, e->v.compare.left, PR_CMP + 1);
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(e->v.compare.comparators); i++) {
        put(w, ops[(intptr_t)AST_SEQ_GET(e->v.compare.ops, i)]);
        put_expr(w, item(e->v.compare.comparators, i), PR_CMP + 1);
    }
    put_if(w, level > PR_CMP, ")");
}

static void
put_call(Writer *w, Expr *e)
{
    put_expr(w, e->v.call.func, PR_ATOM);
    AstSeq *args = e->v.call.args, *kws = e->v.call.keywords;
    if (AST_SEQ_LEN(args) == 1 && AST_SEQ_LEN(kws) == 0 &&
        item(args, 0)->kind == EXPR_GeneratorExp) {
        put_comp(w, item(args, 0)); // f(x for x in y): its own parentheses
        return;
    }
    put(w, "(");
    int first = 1;
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(args); i++) {
        put_if(w, !first, ", ");
        first = 0;
        put_expr(w, item(args, i), PR_TEST);
    }
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(kws); i++) {
        Keyword *k = AST_SEQ_GET(kws, i);
        put_if(w, !first, ", ");
        first = 0;
        if (k->arg == NULL) {
            put(w, "**");
        } else {
            put_str(w, k->arg);
            put(w, "=");
        }
        put_expr(w, k->value, PR_TEST);
    }
    put(w, ")");
}

// A literal part of an f-string, with its braces doubled.
static void
put_fstring_text(Writer *w, PyObject *s)
{
    Py_ssize_t n;
    const char *p = PyUnicode_AsUTF8AndSize(s, &n);
    if (p == NULL) {
        w->failed = 1;
        return;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        put_bytes(w, p + i, 1);
        if (p[i] == '{' || p[i] == '}')
            put_bytes(w, p + i, 1);
    }
}

static void
put_fstring_element(Writer *w, Expr *e, int is_format_spec)
{
    if (e->kind == EXPR_Constant)
        put_fstring_text(w, e->v.constant.value);
    else if (e->kind == EXPR_JoinedStr)
        put_joined_str(w, e, is_format_spec);
    else
        put_formatted_value(w, e);
}

static void
put_joined_str(Writer *w, Expr *e, int is_format_spec)
{
    Writer body = {0};
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(e->v.joined_str.values); i++)
        put_fstring_element(&body, item(e->v.joined_str.values, i), is_format_spec);
    if (body.failed) {
        PyMem_Free(body.buf);
        w->failed = 1;
        return;
    }
    if (is_format_spec) {
        put_bytes(w, body.buf, body.len);
    } else {
        // The whole body inside one pair of quotes, chosen by str's repr.
        PyObject *s = PyUnicode_FromStringAndSize(body.buf, (Py_ssize_t)body.len);
        put(w, "f");
        if (s != NULL)
            put_repr(w, s);
        else
            w->failed = 1;
        Py_XDECREF(s);
    }
    PyMem_Free(body.buf);
}

static void
put_formatted_value(Writer *w, Expr *e)
{
    // PR_TEST + 1 parenthesizes a lambda, whose ':' would end the field.
    Writer inner = {0};
    put_expr(&inner, e->v.formatted_value.value, PR_TEST + 1);
    if (inner.failed) {
        PyMem_Free(inner.buf);
        w->failed = 1;
        return;
    }
    put(w, inner.len > 0 && inner.buf[0] == '{' ? "{ " : "{");
    put_bytes(w, inner.buf, inner.len);
    PyMem_Free(inner.buf);
    switch (e->v.formatted_value.conversion) {
    case 'a':
        put(w, "!a");
        break;
    case 'r':
        put(w, "!r");
        break;
    case 's':
        put(w, "!s");
        break;
    default:
        break;
    }
    if (e->v.formatted_value.format_spec) {
        put(w, ":");
        put_fstring_element(w, e->v.formatted_value.format_spec, 1);
    }
    put(w, "}");
}

static void
put_constant(Writer *w, PyObject *v)
{
    if (PyTuple_CheckExact(v)) {
        Py_ssize_t n = PyTuple_GET_SIZE(v);
        put(w, "(");
        for (Py_ssize_t i = 0; i < n; i++) {
            put_if(w, i > 0, ", ");
            put_constant(w, PyTuple_GET_ITEM(v, i));
        }
        put_if(w, n == 1, ",");
        put(w, ")");
        return;
    }
    put_repr(w, v);
}

static void
put_expr(Writer *w, Expr *e, int level)
{
    switch (e->kind) {
    case EXPR_BoolOp:
        return put_boolop(w, e, level);
    case EXPR_BinOp:
        return put_binop(w, e, level);
    case EXPR_UnaryOp:
        return put_unaryop(w, e, level);
    case EXPR_Lambda:
        return put_lambda(w, e, level);
    case EXPR_IfExp:
        return put_ifexp(w, e, level);
    case EXPR_Dict:
        return put_dict(w, e);
    case EXPR_Set:
        return put_elts(w, "{", e->v.set.elts, "}");
    case EXPR_GeneratorExp:
    case EXPR_ListComp:
    case EXPR_SetComp:
    case EXPR_DictComp:
        return put_comp(w, e);
    case EXPR_Yield:
        if (e->v.yield.value == NULL) {
            put(w, "(yield)");
            return;
        }
        put(w, "(yield ");
        put_expr(w, e->v.yield.value, PR_TEST);
        put(w, ")");
        return;
    case EXPR_YieldFrom:
        put(w, "(yield from ");
        put_expr(w, e->v.yield.value, PR_TEST);
        put(w, ")");
        return;
    case EXPR_Await:
        put_if(w, level > PR_AWAIT, "(");
        put(w, "await ");
        put_expr(w, e->v.await.value, PR_ATOM);
        put_if(w, level > PR_AWAIT, ")");
        return;
    case EXPR_Compare:
        return put_compare(w, e, level);
    case EXPR_Call:
        return put_call(w, e);
    case EXPR_Constant:
        if (e->v.constant.value == Py_Ellipsis) {
            put(w, "...");
            return;
        }
        put_if(w, e->v.constant.kind != NULL, "u");
        return put_constant(w, e->v.constant.value);
    case EXPR_JoinedStr:
        return put_joined_str(w, e, 0);
    case EXPR_FormattedValue:
        return put_formatted_value(w, e);
    case EXPR_Attribute: {
        Expr *v = e->v.attribute.value;
        put_expr(w, v, PR_ATOM);
        // `1 .real`: an int needs a space before the dot.
        put(w, v->kind == EXPR_Constant && PyLong_CheckExact(v->v.constant.value) ? " ." : ".");
        return put_str(w, e->v.attribute.attr);
    }
    case EXPR_Subscript:
        put_expr(w, e->v.subscript.value, PR_ATOM);
        put(w, "[");
        put_expr(w, e->v.subscript.slice, PR_TUPLE);
        put(w, "]");
        return;
    case EXPR_Starred:
        put(w, "*");
        return put_expr(w, e->v.starred.value, PR_EXPR);
    case EXPR_Slice:
        if (e->v.slice.lower)
            put_expr(w, e->v.slice.lower, PR_TEST);
        put(w, ":");
        if (e->v.slice.upper)
            put_expr(w, e->v.slice.upper, PR_TEST);
        if (e->v.slice.step) {
            put(w, ":");
            put_expr(w, e->v.slice.step, PR_TEST);
        }
        return;
    case EXPR_Name:
        return put_str(w, e->v.name.id);
    case EXPR_List:
        return put_elts(w, "[", e->v.sequence.elts, "]");
    case EXPR_Tuple:
        return put_tuple(w, e, level);
    case EXPR_NamedExpr:
        put_if(w, level > PR_TUPLE, "(");
        put_expr(w, e->v.named_expr.target, PR_ATOM);
        put(w, " := ");
        put_expr(w, e->v.named_expr.value, PR_ATOM);
        put_if(w, level > PR_TUPLE, ")");
        return;
    }
}

PyObject *
fe_unparse_expr(Expr *e)
{
    Writer w = {0};
    put_expr(&w, e, PR_TEST);
    PyObject *s =
        w.failed ? NULL : PyUnicode_FromStringAndSize(w.buf ? w.buf : "", (Py_ssize_t)w.len);
    PyMem_Free(w.buf);
    return s;
}
