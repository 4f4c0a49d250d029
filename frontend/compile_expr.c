// compile_expr.c: code generation for expressions: operators, comparisons and conditional
// jumps, displays and unpacking, attribute/subscript/slice access, yield and await.
// Calls, f-strings and comprehensions are in compile_call.c; statements in compile_stmt.c.
#include "frontend/compile_internal.h"

// ---- helpers --------------------------------------------------------------------------------

void
fe_compile_expr_attr_location(Compiler *c, Expr *attr)
{
    RtCodeLocation *l = &c->u->loc;
    if (l->line == attr->loc.end_lineno)
        return;
    l->line = attr->loc.end_lineno;
    int len = (int)PyUnicode_GET_LENGTH(attr->v.attribute.attr);
    if (len <= attr->loc.end_col_offset) {
        l->col = attr->loc.end_col_offset - len;
    } else {
        // GH-94694: a hand-made AST; drop the columns.
        l->col = -1;
        l->end_col = -1;
    }
    if (l->end_line < l->line)
        l->end_line = l->line;
    if (l->line == l->end_line && l->end_col < l->col)
        l->end_col = l->col;
}

int
fe_compile_exprs(Compiler *c, AstSeq *seq)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(seq); i++)
        if (fe_compile_expr(c, AST_SEQ_GET(seq, i)) < 0)
            return -1;
    return 0;
}

int
fe_compile_expr_addcompare(Compiler *c, int cmp)
{
    static const int richcmp[] = {
        [CMP_EQ] = Py_EQ,  [CMP_NOTEQ] = Py_NE, [CMP_LT] = Py_LT,
        [CMP_LTE] = Py_LE, [CMP_GT] = Py_GT,    [CMP_GTE] = Py_GE,
    };
    switch (cmp) {
    case CMP_IS:
        return emit_i(c, OP_IS_OP, 0);
    case CMP_ISNOT:
        return emit_i(c, OP_IS_OP, 1);
    case CMP_IN:
        return emit_i(c, OP_CONTAINS_OP, 0);
    case CMP_NOTIN:
        return emit_i(c, OP_CONTAINS_OP, 1);
    default:
        return emit_i(c, OP_COMPARE_OP, richcmp[cmp]);
    }
}

static int
cmp_op(Expr *e, Py_ssize_t i)
{
    return (int)(intptr_t)AST_SEQ_GET(e->v.compare.ops, i);
}

static Expr *
comparator(Expr *e, Py_ssize_t i)
{
    return AST_SEQ_GET(e->v.compare.comparators, i);
}

// ---- conditional jumps ---------------------------------------------------------------------

static int
jump_if_boolop(Compiler *c, Expr *e, BasicBlock *next, int cond)
{
    AstSeq *s = e->v.bool_op.values;
    Py_ssize_t n = AST_SEQ_LEN(s) - 1;
    int cond2 = e->v.bool_op.op == BOOL_OR;
    BasicBlock *next2 = next;
    if (!cond2 != !cond && (next2 = new_block(c)) == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++)
        if (fe_compile_expr_jump_if(c, AST_SEQ_GET(s, i), next2, cond2) < 0)
            return -1;
    if (fe_compile_expr_jump_if(c, AST_SEQ_GET(s, n), next, cond) < 0)
        return -1;
    if (next2 != next)
        use_next_block(c, next2);
    return 0;
}

static int
jump_if_ifexp(Compiler *c, Expr *e, BasicBlock *next, int cond)
{
    BasicBlock *end = new_block(c), *next2 = new_block(c);
    if (end == NULL || next2 == NULL ||
        fe_compile_expr_jump_if(c, e->v.if_exp.test, next2, 0) < 0 ||
        fe_compile_expr_jump_if(c, e->v.if_exp.body, next, cond) < 0 ||
        emit_j_noline(c, PSEUDO_JUMP, end) < 0)
        return -1;
    use_next_block(c, next2);
    if (fe_compile_expr_jump_if(c, e->v.if_exp.orelse, next, cond) < 0)
        return -1;
    use_next_block(c, end);
    return 0;
}

// A chained comparison a < b < c as conditional jumps, popping the leftover on failure.
static int
jump_if_chain(Compiler *c, Expr *e, BasicBlock *next, int cond)
{
    Py_ssize_t n = AST_SEQ_LEN(e->v.compare.ops) - 1;
    BasicBlock *cleanup = new_block(c);
    if (cleanup == NULL || fe_compile_expr(c, e->v.compare.left) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (fe_compile_expr(c, comparator(e, i)) < 0 || emit_i(c, OP_SWAP, 2) < 0 ||
            emit_i(c, OP_COPY, 2) < 0 || fe_compile_expr_addcompare(c, cmp_op(e, i)) < 0 ||
            emit_j(c, PSEUDO_POP_JUMP_IF_FALSE, cleanup) < 0)
            return -1;
    }
    if (fe_compile_expr(c, comparator(e, n)) < 0 ||
        fe_compile_expr_addcompare(c, cmp_op(e, n)) < 0 ||
        emit_j(c, cond ? PSEUDO_POP_JUMP_IF_TRUE : PSEUDO_POP_JUMP_IF_FALSE, next) < 0)
        return -1;
    BasicBlock *end = new_block(c);
    if (end == NULL || emit_j_noline(c, PSEUDO_JUMP, end) < 0)
        return -1;
    use_next_block(c, cleanup);
    if (emit(c, OP_POP_TOP) < 0 || (!cond && emit_j_noline(c, PSEUDO_JUMP, next) < 0))
        return -1;
    use_next_block(c, end);
    return 0;
}

int
fe_compile_expr_jump_if(Compiler *c, Expr *e, BasicBlock *next, int cond)
{
    switch (e->kind) {
    case EXPR_UnaryOp:
        if (e->v.unary_op.op == UNARY_NOT)
            return fe_compile_expr_jump_if(c, e->v.unary_op.operand, next, !cond);
        break;
    case EXPR_BoolOp:
        return jump_if_boolop(c, e, next, cond);
    case EXPR_IfExp:
        return jump_if_ifexp(c, e, next, cond);
    case EXPR_Compare:
        set_loc(c, e->loc);
        if (AST_SEQ_LEN(e->v.compare.ops) > 1)
            return jump_if_chain(c, e, next, cond);
        break;
    default:
        break;
    }
    if (fe_compile_expr(c, e) < 0)
        return -1;
    return emit_j(c, cond ? PSEUDO_POP_JUMP_IF_TRUE : PSEUDO_POP_JUMP_IF_FALSE, next);
}

// ---- boolean and conditional expressions, comparisons ------------------------------------

static int
compile_boolop(Compiler *c, Expr *e)
{
    int jump = e->v.bool_op.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    BasicBlock *end = new_block(c);
    if (end == NULL)
        return -1;
    AstSeq *s = e->v.bool_op.values;
    Py_ssize_t n = AST_SEQ_LEN(s) - 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (fe_compile_expr(c, AST_SEQ_GET(s, i)) < 0 || emit_j(c, jump, end) < 0)
            return -1;
        BasicBlock *next = new_block(c);
        if (next == NULL)
            return -1;
        use_next_block(c, next);
    }
    if (fe_compile_expr(c, AST_SEQ_GET(s, n)) < 0)
        return -1;
    use_next_block(c, end);
    return 0;
}

static int
compile_ifexp(Compiler *c, Expr *e)
{
    BasicBlock *end = new_block(c), *next = new_block(c);
    if (end == NULL || next == NULL || fe_compile_expr_jump_if(c, e->v.if_exp.test, next, 0) < 0 ||
        fe_compile_expr(c, e->v.if_exp.body) < 0 || emit_j_noline(c, PSEUDO_JUMP, end) < 0)
        return -1;
    use_next_block(c, next);
    if (fe_compile_expr(c, e->v.if_exp.orelse) < 0)
        return -1;
    use_next_block(c, end);
    return 0;
}

static int
compile_compare(Compiler *c, Expr *e)
{
    if (fe_compile_expr(c, e->v.compare.left) < 0)
        return -1;
    Py_ssize_t n = AST_SEQ_LEN(e->v.compare.ops) - 1;
    if (n == 0) {
        if (fe_compile_expr(c, comparator(e, 0)) < 0)
            return -1;
        return fe_compile_expr_addcompare(c, cmp_op(e, 0));
    }
    BasicBlock *cleanup = new_block(c);
    if (cleanup == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (fe_compile_expr(c, comparator(e, i)) < 0 || emit_i(c, OP_SWAP, 2) < 0 ||
            emit_i(c, OP_COPY, 2) < 0 || fe_compile_expr_addcompare(c, cmp_op(e, i)) < 0 ||
            emit_j(c, OP_JUMP_IF_FALSE_OR_POP, cleanup) < 0)
            return -1;
    }
    if (fe_compile_expr(c, comparator(e, n)) < 0 || fe_compile_expr_addcompare(c, cmp_op(e, n)) < 0)
        return -1;
    BasicBlock *end = new_block(c);
    if (end == NULL || emit_j_noline(c, PSEUDO_JUMP, end) < 0)
        return -1;
    use_next_block(c, cleanup);
    if (emit_i(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_TOP) < 0)
        return -1;
    use_next_block(c, end);
    return 0;
}

// ---- displays and unpacking --------------------------------------------------------------

static int
all_const(AstSeq *seq, Py_ssize_t begin, Py_ssize_t end)
{
    for (Py_ssize_t i = begin; i < end; i++) {
        Expr *e = AST_SEQ_GET(seq, i);
        if (e == NULL || e->kind != EXPR_Constant)
            return 0;
    }
    return 1;
}

// Big or starred displays are built incrementally; three or more constants are one constant.
int
fe_compile_expr_starunpack(Compiler *c, AstSeq *elts, int pushed, int build, int add, int extend,
                           int tuple)
{
    Py_ssize_t n = AST_SEQ_LEN(elts);
    if (n > 2 && all_const(elts, 0, n)) {
        PyObject *folded = PyTuple_New(n);
        if (folded == NULL)
            return -1;
        for (Py_ssize_t i = 0; i < n; i++)
            PyTuple_SET_ITEM(folded, i,
                             Py_NewRef(((Expr *)AST_SEQ_GET(elts, i))->v.constant.value));
        if (tuple && !pushed)
            return emit_load_const_steal(c, folded);
        if (add == OP_SET_ADD) {
            Py_SETREF(folded, PyFrozenSet_New(folded));
            if (folded == NULL)
                return -1;
        }
        if (emit_i(c, build, pushed) < 0 || emit_load_const_steal(c, folded) < 0 ||
            emit_i(c, extend, 1) < 0)
            return -1;
        return tuple ? emit(c, OP_LIST_TO_TUPLE) : 0;
    }
    int big = n + pushed > STACK_USE_GUIDELINE, seen_star = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        seen_star |= ((Expr *)AST_SEQ_GET(elts, i))->kind == EXPR_Starred;
    if (!seen_star && !big) {
        if (fe_compile_exprs(c, elts) < 0)
            return -1;
        return emit_i(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
    }
    int built = 0;
    if (big) {
        if (emit_i(c, build, pushed) < 0)
            return -1;
        built = 1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Expr *elt = AST_SEQ_GET(elts, i);
        if (elt->kind == EXPR_Starred) {
            if (!built && emit_i(c, build, i + pushed) < 0)
                return -1;
            built = 1;
            if (fe_compile_expr(c, elt->v.starred.value) < 0 || emit_i(c, extend, 1) < 0)
                return -1;
        } else {
            if (fe_compile_expr(c, elt) < 0 || (built && emit_i(c, add, 1) < 0))
                return -1;
        }
    }
    return tuple ? emit(c, OP_LIST_TO_TUPLE) : 0;
}

int
fe_compile_expr_unpack(Compiler *c, AstSeq *elts)
{
    Py_ssize_t n = AST_SEQ_LEN(elts);
    int seen_star = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Expr *elt = AST_SEQ_GET(elts, i);
        if (elt->kind != EXPR_Starred)
            continue;
        if (seen_star)
            return fe_compile_error(c, "multiple starred expressions in assignment");
        if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
            return fe_compile_error(c, "too many expressions in star-unpacking assignment");
        if (emit_i(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)) < 0)
            return -1;
        seen_star = 1;
    }
    if (!seen_star && emit_i(c, OP_UNPACK_SEQUENCE, n) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        Expr *elt = AST_SEQ_GET(elts, i);
        if (fe_compile_expr(c, elt->kind != EXPR_Starred ? elt : elt->v.starred.value) < 0)
            return -1;
    }
    return 0;
}

static int
compile_sequence(Compiler *c, Expr *e, int tuple)
{
    AstSeq *elts = e->v.sequence.elts;
    switch (e->v.sequence.ctx) {
    case CTX_STORE:
        return fe_compile_expr_unpack(c, elts);
    case CTX_LOAD:
        return fe_compile_expr_starunpack(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                                          tuple);
    default:
        return fe_compile_exprs(c, elts);
    }
}

// Keys begin..end of a dict display without ** items, as one dict on the stack.
static int
compile_subdict(Compiler *c, Expr *e, Py_ssize_t begin, Py_ssize_t end)
{
    Py_ssize_t n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    AstSeq *keys = e->v.dict.keys, *values = e->v.dict.values;
    if (n > 1 && !big && all_const(keys, begin, end)) {
        for (Py_ssize_t i = begin; i < end; i++)
            if (fe_compile_expr(c, AST_SEQ_GET(values, i)) < 0)
                return -1;
        PyObject *t = PyTuple_New(n);
        if (t == NULL)
            return -1;
        for (Py_ssize_t i = begin; i < end; i++)
            PyTuple_SET_ITEM(t, i - begin,
                             Py_NewRef(((Expr *)AST_SEQ_GET(keys, i))->v.constant.value));
        if (emit_load_const_steal(c, t) < 0)
            return -1;
        return emit_i(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    if (big && emit_i(c, OP_BUILD_MAP, 0) < 0)
        return -1;
    for (Py_ssize_t i = begin; i < end; i++) {
        if (fe_compile_expr(c, AST_SEQ_GET(keys, i)) < 0 ||
            fe_compile_expr(c, AST_SEQ_GET(values, i)) < 0 || (big && emit_i(c, OP_MAP_ADD, 1) < 0))
            return -1;
    }
    return big ? 0 : emit_i(c, OP_BUILD_MAP, n);
}

static int
compile_dict(Compiler *c, Expr *e)
{
    Py_ssize_t n = AST_SEQ_LEN(e->v.dict.values), elements = 0;
    int have_dict = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (AST_SEQ_GET(e->v.dict.keys, i) == NULL) { // {**mapping}
            if (elements) {
                if (compile_subdict(c, e, i - elements, i) < 0 ||
                    (have_dict && emit_i(c, OP_DICT_UPDATE, 1) < 0))
                    return -1;
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict && emit_i(c, OP_BUILD_MAP, 0) < 0)
                return -1;
            have_dict = 1;
            if (fe_compile_expr(c, AST_SEQ_GET(e->v.dict.values, i)) < 0 ||
                emit_i(c, OP_DICT_UPDATE, 1) < 0)
                return -1;
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            if (compile_subdict(c, e, i - elements, i + 1) < 0 ||
                (have_dict && emit_i(c, OP_DICT_UPDATE, 1) < 0))
                return -1;
            have_dict = 1;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        if (compile_subdict(c, e, n - elements, n) < 0 ||
            (have_dict && emit_i(c, OP_DICT_UPDATE, 1) < 0))
            return -1;
        have_dict = 1;
    }
    return have_dict ? 0 : emit_i(c, OP_BUILD_MAP, 0);
}

// ---- attributes, subscripts, slices --------------------------------------------------------

static int
compile_attribute(Compiler *c, Expr *e)
{
    if (fe_compile_expr(c, e->v.attribute.value) < 0)
        return -1;
    fe_compile_expr_attr_location(c, e);
    switch (e->v.attribute.ctx) {
    case CTX_LOAD:
        return fe_compile_addop_name(c, OP_LOAD_ATTR, e->v.attribute.attr);
    case CTX_STORE:
        if (fe_compile_forbidden_name(c, e->v.attribute.attr, CTX_STORE))
            return -1;
        return fe_compile_addop_name(c, OP_STORE_ATTR, e->v.attribute.attr);
    default:
        return fe_compile_addop_name(c, OP_DELETE_ATTR, e->v.attribute.attr);
    }
}

static int
compile_subscript(Compiler *c, Expr *e)
{
    static const int ops[] = {
        [CTX_LOAD] = OP_BINARY_SUBSCR, [CTX_STORE] = OP_STORE_SUBSCR, [CTX_DEL] = OP_DELETE_SUBSCR};
    if (fe_compile_expr(c, e->v.subscript.value) < 0 ||
        fe_compile_expr(c, e->v.subscript.slice) < 0)
        return -1;
    return emit(c, ops[e->v.subscript.ctx]);
}

static int
compile_slice(Compiler *c, Expr *e)
{
    int n = 2;
    Expr *parts[3] = {e->v.slice.lower, e->v.slice.upper, e->v.slice.step};
    for (int i = 0; i < 2; i++)
        if (parts[i] ? fe_compile_expr(c, parts[i]) < 0 : emit_load_const(c, Py_None) < 0)
            return -1;
    if (parts[2] != NULL) {
        n++;
        if (fe_compile_expr(c, parts[2]) < 0)
            return -1;
    }
    return emit_i(c, OP_BUILD_SLICE, n);
}

// ---- yield and await --------------------------------------------------------------------

static int
compile_yield(Compiler *c, Expr *e)
{
    if (c->u->ste->type != ST_FUNCTION_BLOCK)
        return fe_compile_error(c, "'yield' outside function");
    if (e->kind == EXPR_YieldFrom) {
        if (c->u->scope == SCOPE_ASYNC_FUNCTION)
            return fe_compile_error(c, "'yield from' inside async function");
        if (fe_compile_expr(c, e->v.yield.value) < 0 || emit(c, OP_GET_YIELD_FROM_ITER) < 0 ||
            emit_load_const(c, Py_None) < 0)
            return -1;
        return fe_compile_stmt_add_yield_from(c, 0);
    }
    if (e->v.yield.value ? fe_compile_expr(c, e->v.yield.value) < 0
                         : emit_load_const(c, Py_None) < 0)
        return -1;
    if (c->u->ste->generator && c->u->ste->coroutine && emit(c, OP_ASYNC_GEN_WRAP) < 0)
        return -1;
    if (emit(c, OP_YIELD_VALUE) < 0)
        return -1;
    return emit_i(c, OP_RESUME, 1);
}

static int
compile_await(Compiler *c, Expr *e)
{
    if (c->u->ste->type != ST_FUNCTION_BLOCK)
        return fe_compile_error(c, "'await' outside function");
    if (c->u->scope != SCOPE_ASYNC_FUNCTION && c->u->scope != SCOPE_COMPREHENSION)
        return fe_compile_error(c, "'await' outside async function");
    if (fe_compile_expr(c, e->v.await.value) < 0 || emit_i(c, OP_GET_AWAITABLE, 0) < 0 ||
        emit_load_const(c, Py_None) < 0)
        return -1;
    return fe_compile_stmt_add_yield_from(c, 1);
}

// ---- dispatch ----------------------------------------------------------------------------

static int
compile_expr1(Compiler *c, Expr *e)
{
    static const int unary_ops[] = {[UNARY_INVERT] = OP_UNARY_INVERT,
                                    [UNARY_NOT] = OP_UNARY_NOT,
                                    [UNARY_UADD] = OP_UNARY_POSITIVE,
                                    [UNARY_USUB] = OP_UNARY_NEGATIVE};
    switch (e->kind) {
    case EXPR_NamedExpr:
        if (fe_compile_expr(c, e->v.named_expr.value) < 0 || emit_i(c, OP_COPY, 1) < 0)
            return -1;
        return fe_compile_expr(c, e->v.named_expr.target);
    case EXPR_BoolOp:
        return compile_boolop(c, e);
    case EXPR_BinOp:
        if (fe_compile_expr(c, e->v.bin_op.left) < 0 || fe_compile_expr(c, e->v.bin_op.right) < 0)
            return -1;
        return emit_i(c, OP_BINARY_OP, e->v.bin_op.op);
    case EXPR_UnaryOp:
        if (fe_compile_expr(c, e->v.unary_op.operand) < 0)
            return -1;
        return emit(c, unary_ops[e->v.unary_op.op]);
    case EXPR_Lambda:
        return fe_compile_def_lambda(c, e);
    case EXPR_IfExp:
        return compile_ifexp(c, e);
    case EXPR_Dict:
        return compile_dict(c, e);
    case EXPR_Set:
        return fe_compile_expr_starunpack(c, e->v.set.elts, 0, OP_BUILD_SET, OP_SET_ADD,
                                          OP_SET_UPDATE, 0);
    case EXPR_GeneratorExp:
    case EXPR_ListComp:
    case EXPR_SetComp:
    case EXPR_DictComp:
        return fe_compile_call_comprehension(c, e);
    case EXPR_Yield:
    case EXPR_YieldFrom:
        return compile_yield(c, e);
    case EXPR_Await:
        return compile_await(c, e);
    case EXPR_Compare:
        return compile_compare(c, e);
    case EXPR_Call:
        return fe_compile_call(c, e);
    case EXPR_Constant:
        return emit_load_const(c, e->v.constant.value);
    case EXPR_JoinedStr:
        return fe_compile_call_joined_str(c, e);
    case EXPR_FormattedValue:
        return fe_compile_call_formatted_value(c, e);
    case EXPR_Attribute:
        return compile_attribute(c, e);
    case EXPR_Subscript:
        return compile_subscript(c, e);
    case EXPR_Starred:
        if (e->v.starred.ctx == CTX_STORE)
            return fe_compile_error(c, "starred assignment target must be in a list or tuple");
        return fe_compile_error(c, "can't use starred expression here");
    case EXPR_Slice:
        return compile_slice(c, e);
    case EXPR_Name:
        return fe_compile_nameop(c, e->v.name.id, e->v.name.ctx);
    case EXPR_List:
        return compile_sequence(c, e, 0);
    case EXPR_Tuple:
        return compile_sequence(c, e, 1);
    }
    return 0;
}

int
fe_compile_expr(Compiler *c, Expr *e)
{
    RtCodeLocation saved = c->u->loc;
    set_loc(c, e->loc);
    int r = compile_expr1(c, e);
    c->u->loc = saved;
    return r;
}
