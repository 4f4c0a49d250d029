// optimize.c: the AST optimizer run before the symbol table (CPython 3.11's ast_opt.c):
// constant folding of unary and binary operators within CPython's size limits, tuples of
// constants, `in`/`for` over list and set displays, `'%s' % (a,)` to f-strings, constant
// subscripts, `not (a is b)` to `a is not b`, and `__debug__`. Dead branches are removed by
// the compiler's CFG passes (flowgraph.c), as in CPython.
#include <stdio.h>
#include <string.h>
#include "frontend/compile.h"

#define MAX_INT_SIZE 128        // bits
#define MAX_COLLECTION_SIZE 256 // items
#define MAX_STR_SIZE 4096       // characters
#define MAX_TOTAL_ITEMS 1024    // including nested collections
#define COMPILER_STACK_FRAME_SCALE 3

typedef struct {
    AstArena *arena;
    int optimize;
    int future_annotations;
    int recursion_depth, recursion_limit;
} OptState;

static int fold_expr(Expr *e, OptState *st);
static int fold_stmts(AstSeq *seq, OptState *st);

// Turn node into a Constant holding val (stolen). A failed computation (val NULL) leaves
// the node alone and swallows the error, as CPython does.
static int
make_const(Expr *node, PyObject *val, OptState *st)
{
    if (val == NULL) {
        PyErr_Clear();
        return 1;
    }
    if (fe_arena_own(st->arena, val) == NULL)
        return 0;
    node->kind = EXPR_Constant;
    node->v.constant.value = val;
    node->v.constant.kind = NULL;
    return 1;
}

static int
has_starred(AstSeq *elts)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(elts); i++)
        if (((Expr *)AST_SEQ_GET(elts, i))->kind == EXPR_Starred)
            return 1;
    return 0;
}

// ---- unary and binary operators --------------------------------------------------------

static PyObject *
unary_not(PyObject *v)
{
    int r = PyObject_Not(v);
    return r < 0 ? NULL : PyBool_FromLong(r);
}

// `not (a is b)` and `not (a in b)` become `a is not b` and `a not in b`. Other comparisons
// cannot be inverted safely (sets order by inclusion; == and != may be defined apart).
static void
fold_not_compare(Expr *node, Expr *arg)
{
    if (AST_SEQ_LEN(arg->v.compare.ops) != 1)
        return;
    intptr_t op = (intptr_t)AST_SEQ_GET(arg->v.compare.ops, 0);
    switch (op) {
    case CMP_IS:
        op = CMP_ISNOT;
        break;
    case CMP_ISNOT:
        op = CMP_IS;
        break;
    case CMP_IN:
        op = CMP_NOTIN;
        break;
    case CMP_NOTIN:
        op = CMP_IN;
        break;
    default:
        return;
    }
    arg->v.compare.ops->items[0] = (void *)op;
    *node = *arg; // the node becomes the comparison, with its position
}

static int
fold_unaryop(Expr *node, OptState *st)
{
    Expr *arg = node->v.unary_op.operand;
    if (arg->kind != EXPR_Constant) {
        if (node->v.unary_op.op == UNARY_NOT && arg->kind == EXPR_Compare)
            fold_not_compare(node, arg);
        return 1;
    }
    PyObject *v = arg->v.constant.value, *r = NULL;
    switch (node->v.unary_op.op) {
    case UNARY_INVERT:
        r = PyNumber_Invert(v);
        break;
    case UNARY_NOT:
        r = unary_not(v);
        break;
    case UNARY_UADD:
        r = PyNumber_Positive(v);
        break;
    case UNARY_USUB:
        r = PyNumber_Negative(v);
        break;
    }
    return make_const(node, r, st);
}

// Bits in abs(v) of an int, or -1 for other objects.
static long
int_bits(PyObject *v)
{
    return PyLong_Check(v) ? (long)rt_int_bit_length(v) : -1;
}

// Check that the total number of items of nested tuples/frozensets stays under limit.
static Py_ssize_t
check_complexity(PyObject *obj, Py_ssize_t limit)
{
    if (PyTuple_Check(obj)) {
        limit -= PyTuple_GET_SIZE(obj);
        for (Py_ssize_t i = 0; limit >= 0 && i < PyTuple_GET_SIZE(obj); i++)
            limit = check_complexity(PyTuple_GET_ITEM(obj, i), limit);
    } else if (PyFrozenSet_Check(obj)) {
        limit -= PySet_GET_SIZE(obj);
        PyObject *key;
        Py_ssize_t pos = 0;
        while (limit >= 0 && rt_set_next(obj, &pos, &key, NULL))
            limit = check_complexity(key, limit);
    }
    return limit;
}

static PyObject *
safe_multiply(PyObject *v, PyObject *w)
{
    if (PyLong_Check(v) && PyLong_Check(w) && rt_int_sign(v) && rt_int_sign(w)) {
        if (int_bits(v) + int_bits(w) > MAX_INT_SIZE)
            return NULL;
    } else if (PyLong_Check(v) && (PyTuple_Check(w) || PyFrozenSet_Check(w))) {
        Py_ssize_t size = PyTuple_Check(w) ? PyTuple_GET_SIZE(w) : PySet_GET_SIZE(w);
        if (size) {
            long n = PyLong_AsLong(v);
            if (n < 0 || n > MAX_COLLECTION_SIZE / size)
                return NULL;
            if (n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0)
                return NULL;
        }
    } else if (PyLong_Check(v) && (PyUnicode_Check(w) || PyBytes_Check(w))) {
        Py_ssize_t size = PyUnicode_Check(w) ? PyUnicode_GET_LENGTH(w) : PyBytes_GET_SIZE(w);
        if (size) {
            long n = PyLong_AsLong(v);
            if (n < 0 || n > MAX_STR_SIZE / size)
                return NULL;
        }
    } else if (PyLong_Check(w) && (PyTuple_Check(v) || PyFrozenSet_Check(v) || PyUnicode_Check(v) ||
                                   PyBytes_Check(v))) {
        return safe_multiply(w, v);
    }
    return PyNumber_Multiply(v, w);
}

static PyObject *
safe_power(PyObject *v, PyObject *w)
{
    if (PyLong_Check(v) && PyLong_Check(w) && rt_int_sign(v) && rt_int_sign(w) > 0) {
        long vbits = int_bits(v);
        size_t wbits = PyLong_AsSize_t(w);
        if (wbits == (size_t)-1 && PyErr_Occurred())
            return NULL;
        if ((size_t)vbits > MAX_INT_SIZE / wbits)
            return NULL;
    }
    return PyNumber_Power(v, w, Py_None);
}

static PyObject *
safe_lshift(PyObject *v, PyObject *w)
{
    if (PyLong_Check(v) && PyLong_Check(w) && rt_int_sign(v) && rt_int_sign(w)) {
        long vbits = int_bits(v);
        size_t wbits = PyLong_AsSize_t(w);
        if (wbits == (size_t)-1 && PyErr_Occurred())
            return NULL;
        if (wbits > MAX_INT_SIZE || (size_t)vbits > MAX_INT_SIZE - wbits)
            return NULL;
    }
    return PyNumber_Lshift(v, w);
}

static PyObject *
safe_mod(PyObject *v, PyObject *w)
{
    // str % and bytes % are formatting: their result can be arbitrarily large.
    if (PyUnicode_Check(v) || PyBytes_Check(v))
        return NULL;
    return PyNumber_Remainder(v, w);
}

// ---- '%s' % (a, b) to an f-string ----------------------------------------------------

#define MAXDIGITS 3
enum { F_LJUST = 1 };

static Expr *
new_expr(OptState *st, ExprKind kind, Loc loc)
{
    Expr *e = fe_arena_alloc(st->arena, sizeof(Expr));
    if (e != NULL) {
        e->kind = kind;
        e->loc = loc;
    }
    return e;
}

static Expr *
new_str_constant(OptState *st, PyObject *s)
{
    if (s == NULL || fe_arena_own(st->arena, s) == NULL)
        return NULL;
    Expr *e = new_expr(st, EXPR_Constant, (Loc){-1, -1, -1, -1});
    if (e != NULL)
        e->v.constant.value = s;
    return e;
}

// The literal text from *ppos up to the next lone '%', with '%%' made '%'; NULL (no error)
// if there is none.
static Expr *
parse_literal(PyObject *fmt, Py_ssize_t *ppos, OptState *st)
{
    Py_ssize_t size = PyUnicode_GET_LENGTH(fmt), start = *ppos, pos = start;
    int has_percents = 0;
    while (pos < size) {
        if (PyUnicode_READ_CHAR(fmt, pos) != '%') {
            pos++;
        } else if (pos + 1 < size && PyUnicode_READ_CHAR(fmt, pos + 1) == '%') {
            has_percents = 1;
            pos += 2;
        } else {
            break;
        }
    }
    *ppos = pos;
    if (pos == start)
        return NULL;
    if (!has_percents)
        return new_str_constant(st, PyUnicode_Substring(fmt, start, pos));
    // Copy the code points, each "%%" becoming "%".
    Py_UCS4 *buf = PyMem_Malloc((size_t)(pos - start) * sizeof(Py_UCS4));
    if (buf == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t n = 0;
    for (Py_ssize_t i = start; i < pos; i++) {
        buf[n++] = PyUnicode_READ_CHAR(fmt, i);
        if (buf[n - 1] == '%')
            i++;
    }
    PyObject *str = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, n);
    PyMem_Free(buf);
    return new_str_constant(st, str);
}

// Parse "[flags][width][.prec]spec" after a '%'; 0 for an unsupported unit.
static int
simple_format_arg_parse(PyObject *fmt, Py_ssize_t *ppos, int *spec, int *flags, int *width,
                        int *prec)
{
    Py_ssize_t pos = *ppos, len = PyUnicode_GET_LENGTH(fmt);
    Py_UCS4 ch;
#define NEXTC                                                                                      \
    do {                                                                                           \
        if (pos >= len)                                                                            \
            return 0;                                                                              \
        ch = PyUnicode_READ_CHAR(fmt, pos);                                                        \
        pos++;                                                                                     \
    } while (0)
    *flags = 0;
    for (;;) {
        NEXTC;
        if (ch == '-')
            *flags |= F_LJUST;
        else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0')
            break;
    }
    if (ch >= '0' && ch <= '9') {
        *width = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            *width = *width * 10 + (int)(ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS)
                return 0;
        }
    }
    if (ch == '.') {
        NEXTC;
        *prec = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            *prec = *prec * 10 + (int)(ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS)
                return 0;
        }
    }
    *spec = (int)ch;
    *ppos = pos;
    return 1;
#undef NEXTC
}

static Expr *
parse_format(PyObject *fmt, Py_ssize_t *ppos, Expr *arg, OptState *st)
{
    int spec, flags, width = -1, prec = -1;
    if (!simple_format_arg_parse(fmt, ppos, &spec, &flags, &width, &prec))
        return NULL;
    if (spec != 's' && spec != 'r' && spec != 'a')
        return NULL;
    char buf[1 + MAXDIGITS + 1 + MAXDIGITS + 1], *p = buf;
    if (!(flags & F_LJUST) && width > 0)
        *p++ = '>';
    if (width >= 0)
        p += snprintf(p, MAXDIGITS + 1, "%d", width);
    if (prec >= 0)
        p += snprintf(p, MAXDIGITS + 2, ".%d", prec);
    Expr *format_spec = NULL;
    if (p != buf) {
        *p = '\0';
        format_spec = new_str_constant(st, PyUnicode_FromString(buf));
        if (format_spec == NULL)
            return NULL;
    }
    Expr *fv = new_expr(st, EXPR_FormattedValue, arg->loc);
    if (fv != NULL) {
        fv->v.formatted_value.value = arg;
        fv->v.formatted_value.conversion = spec;
        fv->v.formatted_value.format_spec = format_spec;
    }
    return fv;
}

static int
optimize_format(Expr *node, PyObject *fmt, AstSeq *elts, OptState *st)
{
    Py_ssize_t pos = 0, cnt = 0, n = 0;
    AstSeq *seq = fe_seq_new(st->arena, AST_SEQ_LEN(elts) * 2 + 1);
    if (seq == NULL)
        return 0;
    for (;;) {
        Expr *lit = parse_literal(fmt, &pos, st);
        if (lit != NULL)
            seq->items[n++] = lit;
        else if (PyErr_Occurred())
            return 0;
        if (pos >= PyUnicode_GET_LENGTH(fmt))
            break;
        if (cnt >= AST_SEQ_LEN(elts))
            return 1; // more format units than items
        pos++;        // the '%'
        Expr *fv = parse_format(fmt, &pos, AST_SEQ_GET(elts, cnt), st);
        cnt++;
        if (fv == NULL)
            return !PyErr_Occurred();
        seq->items[n++] = fv;
    }
    if (cnt < AST_SEQ_LEN(elts))
        return 1; // more items than format units
    seq->size = n;
    node->kind = EXPR_JoinedStr;
    node->v.joined_str.values = seq;
    return 1;
}

static int
fold_binop(Expr *node, OptState *st)
{
    Expr *lhs = node->v.bin_op.left, *rhs = node->v.bin_op.right;
    if (lhs->kind != EXPR_Constant)
        return 1;
    PyObject *lv = lhs->v.constant.value;
    if (node->v.bin_op.op == OP_MOD && rhs->kind == EXPR_Tuple && PyUnicode_Check(lv) &&
        !has_starred(rhs->v.sequence.elts))
        return optimize_format(node, lv, rhs->v.sequence.elts, st);
    if (rhs->kind != EXPR_Constant)
        return 1;
    PyObject *rv = rhs->v.constant.value, *r = NULL;
    switch (node->v.bin_op.op) {
    case OP_ADD:
        r = PyNumber_Add(lv, rv);
        break;
    case OP_SUB:
        r = PyNumber_Subtract(lv, rv);
        break;
    case OP_MULT:
        r = safe_multiply(lv, rv);
        break;
    case OP_DIV:
        r = PyNumber_TrueDivide(lv, rv);
        break;
    case OP_FLOORDIV:
        r = PyNumber_FloorDivide(lv, rv);
        break;
    case OP_MOD:
        r = safe_mod(lv, rv);
        break;
    case OP_POW:
        r = safe_power(lv, rv);
        break;
    case OP_LSHIFT:
        r = safe_lshift(lv, rv);
        break;
    case OP_RSHIFT:
        r = PyNumber_Rshift(lv, rv);
        break;
    case OP_BITOR:
        r = PyNumber_Or(lv, rv);
        break;
    case OP_BITXOR:
        r = PyNumber_Xor(lv, rv);
        break;
    case OP_BITAND:
        r = PyNumber_And(lv, rv);
        break;
    default: // no built-in constant implements @
        return 1;
    }
    return make_const(node, r, st);
}

// ---- tuples, subscripts, iterables ---------------------------------------------------

// A tuple of the constant values of elts, or NULL (no error) if one is not constant.
static PyObject *
make_const_tuple(AstSeq *elts)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(elts); i++)
        if (((Expr *)AST_SEQ_GET(elts, i))->kind != EXPR_Constant)
            return NULL;
    PyObject *t = PyTuple_New(AST_SEQ_LEN(elts));
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(elts); i++)
        PyTuple_SET_ITEM(t, i, Py_NewRef(((Expr *)AST_SEQ_GET(elts, i))->v.constant.value));
    return t;
}

static int
fold_tuple(Expr *node, OptState *st)
{
    if (node->v.sequence.ctx != CTX_LOAD)
        return 1;
    return make_const(node, make_const_tuple(node->v.sequence.elts), st);
}

static int
fold_subscr(Expr *node, OptState *st)
{
    Expr *arg = node->v.subscript.value, *idx = node->v.subscript.slice;
    if (node->v.subscript.ctx != CTX_LOAD || arg->kind != EXPR_Constant ||
        idx->kind != EXPR_Constant)
        return 1;
    return make_const(node, PyObject_GetItem(arg->v.constant.value, idx->v.constant.value), st);
}

// `for x in [...]` and `x in [...]` need no list: use a tuple (a frozenset for a set display).
static int
fold_iter(Expr *arg, OptState *st)
{
    PyObject *newval;
    if (arg->kind == EXPR_List) {
        if (has_starred(arg->v.sequence.elts))
            return 1;
        arg->kind = EXPR_Tuple;
        newval = make_const_tuple(arg->v.sequence.elts);
    } else if (arg->kind == EXPR_Set) {
        newval = make_const_tuple(arg->v.set.elts);
        if (newval != NULL)
            Py_SETREF(newval, PyFrozenSet_New(newval));
    } else {
        return 1;
    }
    return make_const(arg, newval, st);
}

static int
fold_compare(Expr *node, OptState *st)
{
    AstSeq *ops = node->v.compare.ops;
    Py_ssize_t i = AST_SEQ_LEN(ops) - 1;
    intptr_t op = (intptr_t)AST_SEQ_GET(ops, i);
    if (op == CMP_IN || op == CMP_NOTIN)
        return fold_iter(AST_SEQ_GET(node->v.compare.comparators, i), st);
    return 1;
}

// ---- the walk ------------------------------------------------------------------------

static int
fold_exprs(AstSeq *seq, OptState *st)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(seq); i++) {
        Expr *e = AST_SEQ_GET(seq, i);
        if (e != NULL && !fold_expr(e, st))
            return 0;
    }
    return 1;
}

static int
fold_opt(Expr *e, OptState *st)
{
    return e == NULL || fold_expr(e, st);
}

static int
fold_comprehensions(AstSeq *gens, OptState *st)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(gens); i++) {
        Comprehension *c = AST_SEQ_GET(gens, i);
        if (!fold_expr(c->target, st) || !fold_expr(c->iter, st) || !fold_exprs(c->ifs, st) ||
            !fold_iter(c->iter, st))
            return 0;
    }
    return 1;
}

static int
fold_args(AstSeq *args, OptState *st)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(args); i++) {
        Arg *a = AST_SEQ_GET(args, i);
        if (!st->future_annotations && !fold_opt(a->annotation, st))
            return 0;
    }
    return 1;
}

static int
fold_arguments(Arguments *a, OptState *st)
{
    if (!fold_args(a->posonlyargs, st) || !fold_args(a->args, st))
        return 0;
    if (a->vararg && !st->future_annotations && !fold_opt(a->vararg->annotation, st))
        return 0;
    if (!fold_args(a->kwonlyargs, st) || !fold_exprs(a->kw_defaults, st))
        return 0;
    if (a->kwarg && !st->future_annotations && !fold_opt(a->kwarg->annotation, st))
        return 0;
    return fold_exprs(a->defaults, st);
}

static int
fold_keywords(AstSeq *kws, OptState *st)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(kws); i++)
        if (!fold_expr(((Keyword *)AST_SEQ_GET(kws, i))->value, st))
            return 0;
    return 1;
}

static int
fold_expr_inner(Expr *e, OptState *st)
{
    switch (e->kind) {
    case EXPR_BoolOp:
        return fold_exprs(e->v.bool_op.values, st);
    case EXPR_BinOp:
        return fold_expr(e->v.bin_op.left, st) && fold_expr(e->v.bin_op.right, st) &&
               fold_binop(e, st);
    case EXPR_UnaryOp:
        return fold_expr(e->v.unary_op.operand, st) && fold_unaryop(e, st);
    case EXPR_Lambda:
        return fold_arguments(e->v.lambda.args, st) && fold_expr(e->v.lambda.body, st);
    case EXPR_IfExp:
        return fold_expr(e->v.if_exp.test, st) && fold_expr(e->v.if_exp.body, st) &&
               fold_expr(e->v.if_exp.orelse, st);
    case EXPR_Dict:
        return fold_exprs(e->v.dict.keys, st) && fold_exprs(e->v.dict.values, st);
    case EXPR_Set:
        return fold_exprs(e->v.set.elts, st);
    case EXPR_ListComp:
    case EXPR_SetComp:
    case EXPR_GeneratorExp:
        return fold_expr(e->v.comp.elt, st) && fold_comprehensions(e->v.comp.generators, st);
    case EXPR_DictComp:
        return fold_expr(e->v.dict_comp.key, st) && fold_expr(e->v.dict_comp.value, st) &&
               fold_comprehensions(e->v.dict_comp.generators, st);
    case EXPR_Await:
        return fold_expr(e->v.await.value, st);
    case EXPR_Yield:
    case EXPR_YieldFrom:
        return fold_opt(e->v.yield.value, st);
    case EXPR_Compare:
        return fold_expr(e->v.compare.left, st) && fold_exprs(e->v.compare.comparators, st) &&
               fold_compare(e, st);
    case EXPR_Call:
        return fold_expr(e->v.call.func, st) && fold_exprs(e->v.call.args, st) &&
               fold_keywords(e->v.call.keywords, st);
    case EXPR_FormattedValue:
        return fold_expr(e->v.formatted_value.value, st) &&
               fold_opt(e->v.formatted_value.format_spec, st);
    case EXPR_JoinedStr:
        return fold_exprs(e->v.joined_str.values, st);
    case EXPR_Attribute:
        return fold_expr(e->v.attribute.value, st);
    case EXPR_Subscript:
        return fold_expr(e->v.subscript.value, st) && fold_expr(e->v.subscript.slice, st) &&
               fold_subscr(e, st);
    case EXPR_Starred:
        return fold_expr(e->v.starred.value, st);
    case EXPR_Slice:
        return fold_opt(e->v.slice.lower, st) && fold_opt(e->v.slice.upper, st) &&
               fold_opt(e->v.slice.step, st);
    case EXPR_List:
        return fold_exprs(e->v.sequence.elts, st);
    case EXPR_Tuple:
        return fold_exprs(e->v.sequence.elts, st) && fold_tuple(e, st);
    case EXPR_Name:
        if (e->v.name.ctx == CTX_LOAD && rt_str_equal_ascii(e->v.name.id, "__debug__"))
            return make_const(e, PyBool_FromLong(!st->optimize), st);
        return 1;
    case EXPR_NamedExpr:
        return fold_expr(e->v.named_expr.value, st);
    case EXPR_Constant:
        return 1;
    }
    return 1;
}

static int
fold_expr(Expr *e, OptState *st)
{
    if (++st->recursion_depth > st->recursion_limit) {
        PyErr_SetString(PyExc_RecursionError,
                        "maximum recursion depth exceeded during compilation");
        return 0;
    }
    int r = fold_expr_inner(e, st);
    st->recursion_depth--;
    return r;
}

static int
fold_pattern(Pattern *p, OptState *st)
{
    if (++st->recursion_depth > st->recursion_limit) {
        PyErr_SetString(PyExc_RecursionError,
                        "maximum recursion depth exceeded during compilation");
        return 0;
    }
    int ok = 1;
    switch (p->kind) {
    case PATTERN_MatchValue:
        ok = fold_expr(p->v.value.value, st);
        break;
    case PATTERN_MatchSequence:
    case PATTERN_MatchOr:
        for (Py_ssize_t i = 0; ok && i < AST_SEQ_LEN(p->v.sequence.patterns); i++)
            ok = fold_pattern(AST_SEQ_GET(p->v.sequence.patterns, i), st);
        break;
    case PATTERN_MatchMapping:
        ok = fold_exprs(p->v.mapping.keys, st);
        for (Py_ssize_t i = 0; ok && i < AST_SEQ_LEN(p->v.mapping.patterns); i++)
            ok = fold_pattern(AST_SEQ_GET(p->v.mapping.patterns, i), st);
        break;
    case PATTERN_MatchClass:
        ok = fold_expr(p->v.class_.cls, st);
        for (Py_ssize_t i = 0; ok && i < AST_SEQ_LEN(p->v.class_.patterns); i++)
            ok = fold_pattern(AST_SEQ_GET(p->v.class_.patterns, i), st);
        for (Py_ssize_t i = 0; ok && i < AST_SEQ_LEN(p->v.class_.kwd_patterns); i++)
            ok = fold_pattern(AST_SEQ_GET(p->v.class_.kwd_patterns, i), st);
        break;
    case PATTERN_MatchAs:
        ok = p->v.as.pattern == NULL || fold_pattern(p->v.as.pattern, st);
        break;
    case PATTERN_MatchSingleton:
    case PATTERN_MatchStar:
        break;
    }
    st->recursion_depth--;
    return ok;
}

// 1 if the first statement of body is a string literal (a docstring).
static int
is_docstring(AstSeq *body)
{
    if (AST_SEQ_LEN(body) == 0)
        return 0;
    Stmt *s = AST_SEQ_GET(body, 0);
    return s->kind == STMT_Expr && s->v.expr.value->kind == EXPR_Constant &&
           PyUnicode_CheckExact(s->v.expr.value->v.constant.value);
}

// Fold a body without letting folding create a docstring (`"a" "b"` is one; `"a" + "b"` is
// not), as CPython wraps a folded first string in a JoinedStr.
static int
fold_body(AstSeq *body, OptState *st)
{
    int docstring = is_docstring(body);
    if (!fold_stmts(body, st))
        return 0;
    if (!docstring && is_docstring(body)) {
        Stmt *s = AST_SEQ_GET(body, 0);
        AstSeq *values = fe_seq_new(st->arena, 1);
        Expr *js = values ? new_expr(st, EXPR_JoinedStr, s->loc) : NULL;
        if (js == NULL)
            return 0;
        values->items[0] = s->v.expr.value;
        js->v.joined_str.values = values;
        s->v.expr.value = js;
    }
    return 1;
}

static int
fold_stmt(Stmt *s, OptState *st)
{
    int fa = st->future_annotations;
    switch (s->kind) {
    case STMT_FunctionDef:
    case STMT_AsyncFunctionDef:
        return fold_arguments(s->v.function_def.args, st) &&
               fold_body(s->v.function_def.body, st) &&
               fold_exprs(s->v.function_def.decorator_list, st) &&
               (fa || fold_opt(s->v.function_def.returns, st));
    case STMT_ClassDef:
        return fold_exprs(s->v.class_def.bases, st) && fold_keywords(s->v.class_def.keywords, st) &&
               fold_body(s->v.class_def.body, st) && fold_exprs(s->v.class_def.decorator_list, st);
    case STMT_Return:
        return fold_opt(s->v.return_.value, st);
    case STMT_Delete:
        return fold_exprs(s->v.delete_.targets, st);
    case STMT_Assign:
        return fold_exprs(s->v.assign.targets, st) && fold_expr(s->v.assign.value, st);
    case STMT_AugAssign:
        return fold_expr(s->v.aug_assign.target, st) && fold_expr(s->v.aug_assign.value, st);
    case STMT_AnnAssign:
        return fold_expr(s->v.ann_assign.target, st) &&
               (fa || fold_expr(s->v.ann_assign.annotation, st)) &&
               fold_opt(s->v.ann_assign.value, st);
    case STMT_For:
        return fold_expr(s->v.for_.target, st) && fold_expr(s->v.for_.iter, st) &&
               fold_stmts(s->v.for_.body, st) && fold_stmts(s->v.for_.orelse, st) &&
               fold_iter(s->v.for_.iter, st);
    case STMT_AsyncFor:
        return fold_expr(s->v.for_.target, st) && fold_expr(s->v.for_.iter, st) &&
               fold_stmts(s->v.for_.body, st) && fold_stmts(s->v.for_.orelse, st);
    case STMT_While:
        return fold_expr(s->v.while_.test, st) && fold_stmts(s->v.while_.body, st) &&
               fold_stmts(s->v.while_.orelse, st);
    case STMT_If:
        return fold_expr(s->v.if_.test, st) && fold_stmts(s->v.if_.body, st) &&
               fold_stmts(s->v.if_.orelse, st);
    case STMT_With:
    case STMT_AsyncWith:
        for (Py_ssize_t i = 0; i < AST_SEQ_LEN(s->v.with.items); i++) {
            WithItem *w = AST_SEQ_GET(s->v.with.items, i);
            if (!fold_expr(w->context_expr, st) || !fold_opt(w->optional_vars, st))
                return 0;
        }
        return fold_stmts(s->v.with.body, st);
    case STMT_Raise:
        return fold_opt(s->v.raise.exc, st) && fold_opt(s->v.raise.cause, st);
    case STMT_Try:
    case STMT_TryStar:
        if (!fold_stmts(s->v.try_.body, st))
            return 0;
        for (Py_ssize_t i = 0; i < AST_SEQ_LEN(s->v.try_.handlers); i++) {
            ExceptHandler *h = AST_SEQ_GET(s->v.try_.handlers, i);
            if (!fold_opt(h->type, st) || !fold_stmts(h->body, st))
                return 0;
        }
        return fold_stmts(s->v.try_.orelse, st) && fold_stmts(s->v.try_.finalbody, st);
    case STMT_Assert:
        return fold_expr(s->v.assert_.test, st) && fold_opt(s->v.assert_.msg, st);
    case STMT_Expr:
        return fold_expr(s->v.expr.value, st);
    case STMT_Match:
        if (!fold_expr(s->v.match.subject, st))
            return 0;
        for (Py_ssize_t i = 0; i < AST_SEQ_LEN(s->v.match.cases); i++) {
            MatchCase *m = AST_SEQ_GET(s->v.match.cases, i);
            if (!fold_pattern(m->pattern, st) || !fold_opt(m->guard, st) ||
                !fold_stmts(m->body, st))
                return 0;
        }
        return 1;
    default: // imports, global, pass, break, continue: nothing to fold
        return 1;
    }
}

static int
fold_stmts(AstSeq *seq, OptState *st)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(seq); i++)
        if (!fold_stmt(AST_SEQ_GET(seq, i), st))
            return 0;
    return 1;
}

int
fe_optimize(Mod *mod, AstArena *arena, int optimize, int future_annotations)
{
    RtThreadState *ts = rt_tstate();
    OptState st = {
        .arena = arena,
        .optimize = optimize,
        .future_annotations = future_annotations,
        .recursion_depth = ts->recursion_depth * COMPILER_STACK_FRAME_SCALE,
        .recursion_limit = ts->recursion_limit * COMPILER_STACK_FRAME_SCALE,
    };
    int ok = 1;
    switch (mod->kind) {
    case MOD_MODULE:
        ok = fold_body(mod->body, &st);
        break;
    case MOD_INTERACTIVE:
        ok = fold_stmts(mod->body, &st);
        break;
    case MOD_EXPRESSION:
        ok = fold_expr(mod->expr, &st);
        break;
    }
    return ok ? 0 : -1;
}
