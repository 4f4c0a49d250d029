// compile_stmt.c: code generation for statements: control flow (if, loops, break/continue,
// return through finally and the frame-block unwinding it needs), imports, assert and
// assignments. try/except/finally and with are in compile_exc.c, expressions in
// compile_expr.c.
#include "frontend/compile_internal.h"

// ---- frame block unwinding ---------------------------------------------------------------

int
fe_compile_stmt_call_exit_with_nones(Compiler *c)
{
    for (int i = 0; i < 3; i++)
        if (emit_load_const(c, Py_None) < 0)
            return -1;
    if (emit_i(c, OP_PRECALL, 2) < 0 || emit_i(c, OP_CALL, 2) < 0)
        return -1;
    return 0;
}

int
fe_compile_stmt_add_yield_from(Compiler *c, int await)
{
    BasicBlock *start = new_block(c), *resume = new_block(c), *exit = new_block(c);
    if (start == NULL || resume == NULL || exit == NULL)
        return -1;
    use_next_block(c, start);
    if (emit_j(c, OP_SEND, exit) < 0)
        return -1;
    use_next_block(c, resume);
    if (emit(c, OP_YIELD_VALUE) < 0 || emit_i(c, OP_RESUME, await ? 3 : 2) < 0 ||
        emit_j(c, PSEUDO_JUMP_NO_INTERRUPT, start) < 0)
        return -1;
    use_next_block(c, exit);
    return 0;
}

int
fe_compile_stmt_pop_except_and_reraise(Compiler *c)
{
    // [exc_info, lasti, exc]: COPY 3 brings exc_info back for POP_EXCEPT, then re-raise.
    if (emit_i(c, OP_COPY, 3) < 0 || emit(c, OP_POP_EXCEPT) < 0 || emit_i(c, OP_RERAISE, 1) < 0)
        return -1;
    return 0;
}

// Emit what leaving one frame block costs. With preserve_tos the value on top of the stack
// (a return value) is kept above whatever is popped.
static int
unwind_fblock(Compiler *c, FBlock *info, int preserve_tos)
{
    switch (info->type) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR:
        return 0;
    case FB_FOR_LOOP: // pop the iterator
        if (preserve_tos && emit_i(c, OP_SWAP, 2) < 0)
            return -1;
        return emit(c, OP_POP_TOP);
    case FB_TRY_EXCEPT:
        return emit(c, PSEUDO_POP_BLOCK);
    case FB_FINALLY_TRY:
        // The POP_BLOCK gets the line of the statement that unwinds.
        if (emit(c, PSEUDO_POP_BLOCK) < 0)
            return -1;
        if (preserve_tos && fe_compile_push_fblock(c, FB_POP_VALUE, NULL, NULL, NULL) < 0)
            return -1;
        if (fe_compile_stmts(c, (AstSeq *)info->datum) < 0)
            return -1;
        if (preserve_tos)
            fe_compile_pop_fblock(c, FB_POP_VALUE, NULL);
        // The finally body runs "after" the unwinding statement: what follows is artificial.
        c->u->loc = NO_LOCATION;
        return 0;
    case FB_FINALLY_END:
        if ((preserve_tos && emit_i(c, OP_SWAP, 2) < 0) || emit(c, OP_POP_TOP) < 0 ||
            (preserve_tos && emit_i(c, OP_SWAP, 2) < 0) || emit(c, PSEUDO_POP_BLOCK) < 0 ||
            emit(c, OP_POP_EXCEPT) < 0)
            return -1;
        return 0;
    case FB_WITH:
    case FB_ASYNC_WITH:
        set_loc(c, ((Stmt *)info->datum)->loc);
        if (emit(c, PSEUDO_POP_BLOCK) < 0 || (preserve_tos && emit_i(c, OP_SWAP, 2) < 0) ||
            fe_compile_stmt_call_exit_with_nones(c) < 0)
            return -1;
        if (info->type == FB_ASYNC_WITH &&
            (emit_i(c, OP_GET_AWAITABLE, 2) < 0 || emit_load_const(c, Py_None) < 0 ||
             fe_compile_stmt_add_yield_from(c, 1) < 0))
            return -1;
        if (emit(c, OP_POP_TOP) < 0)
            return -1;
        c->u->loc = NO_LOCATION;
        return 0;
    case FB_HANDLER_CLEANUP: {
        PyObject *name = (PyObject *)info->datum;
        if ((name && emit(c, PSEUDO_POP_BLOCK) < 0) ||
            (preserve_tos && emit_i(c, OP_SWAP, 2) < 0) || emit(c, PSEUDO_POP_BLOCK) < 0 ||
            emit(c, OP_POP_EXCEPT) < 0)
            return -1;
        if (name && (emit_load_const(c, Py_None) < 0 || fe_compile_nameop(c, name, CTX_STORE) < 0 ||
                     fe_compile_nameop(c, name, CTX_DEL) < 0))
            return -1;
        return 0;
    }
    case FB_POP_VALUE:
        if (preserve_tos && emit_i(c, OP_SWAP, 2) < 0)
            return -1;
        return emit(c, OP_POP_TOP);
    }
    return 0;
}

int
fe_compile_stmt_unwind_fblock_stack(Compiler *c, int preserve_tos, FBlock **loop)
{
    if (c->u->nfblocks == 0)
        return 0;
    FBlock *top = &c->u->fblock[c->u->nfblocks - 1];
    if (top->type == FB_EXCEPTION_GROUP_HANDLER)
        return fe_compile_error(
            c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop != NULL && (top->type == FB_WHILE_LOOP || top->type == FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    c->u->nfblocks--;
    if (unwind_fblock(c, &copy, preserve_tos) < 0 ||
        fe_compile_stmt_unwind_fblock_stack(c, preserve_tos, loop) < 0)
        return -1;
    c->u->fblock[c->u->nfblocks++] = copy;
    return 0;
}

// ---- simple control flow -------------------------------------------------------------

static int
compile_if(Compiler *c, Stmt *s)
{
    BasicBlock *end = new_block(c), *next = end;
    if (end == NULL)
        return -1;
    int has_else = AST_SEQ_LEN(s->v.if_.orelse) > 0;
    if (has_else && (next = new_block(c)) == NULL)
        return -1;
    if (fe_compile_expr_jump_if(c, s->v.if_.test, next, 0) < 0 ||
        fe_compile_stmts(c, s->v.if_.body) < 0)
        return -1;
    if (has_else) {
        if (emit_j_noline(c, PSEUDO_JUMP, end) < 0)
            return -1;
        use_next_block(c, next);
        if (fe_compile_stmts(c, s->v.if_.orelse) < 0)
            return -1;
    }
    use_next_block(c, end);
    return 0;
}

static int
compile_for(Compiler *c, Stmt *s)
{
    BasicBlock *start = new_block(c), *body = new_block(c), *cleanup = new_block(c),
               *end = new_block(c);
    if (start == NULL || body == NULL || cleanup == NULL || end == NULL)
        return -1;
    if (fe_compile_push_fblock(c, FB_FOR_LOOP, start, end, NULL) < 0 ||
        fe_compile_expr(c, s->v.for_.iter) < 0 || emit(c, OP_GET_ITER) < 0)
        return -1;
    use_next_block(c, start);
    if (emit_j(c, OP_FOR_ITER, cleanup) < 0)
        return -1;
    use_next_block(c, body);
    if (fe_compile_expr(c, s->v.for_.target) < 0 || fe_compile_stmts(c, s->v.for_.body) < 0)
        return -1;
    c->u->loc = NO_LOCATION; // the back-edge is artificial
    if (emit_j(c, PSEUDO_JUMP, start) < 0)
        return -1;
    use_next_block(c, cleanup);
    fe_compile_pop_fblock(c, FB_FOR_LOOP, start);
    if (fe_compile_stmts(c, s->v.for_.orelse) < 0)
        return -1;
    use_next_block(c, end);
    return 0;
}

static int
compile_async_for(Compiler *c, Stmt *s)
{
    if (c->u->scope != SCOPE_ASYNC_FUNCTION)
        return fe_compile_error(c, "'async for' outside async function");
    BasicBlock *start = new_block(c), *except = new_block(c), *end = new_block(c);
    if (start == NULL || except == NULL || end == NULL)
        return -1;
    if (fe_compile_expr(c, s->v.for_.iter) < 0 || emit(c, OP_GET_AITER) < 0)
        return -1;
    use_next_block(c, start);
    if (fe_compile_push_fblock(c, FB_FOR_LOOP, start, end, NULL) < 0)
        return -1;
    // SETUP_FINALLY guards the __anext__ call: StopAsyncIteration ends the loop.
    if (emit_j(c, PSEUDO_SETUP_FINALLY, except) < 0 || emit(c, OP_GET_ANEXT) < 0 ||
        emit_load_const(c, Py_None) < 0 || fe_compile_stmt_add_yield_from(c, 1) < 0 ||
        emit(c, PSEUDO_POP_BLOCK) < 0)
        return -1;
    if (fe_compile_expr(c, s->v.for_.target) < 0 || fe_compile_stmts(c, s->v.for_.body) < 0)
        return -1;
    c->u->loc = NO_LOCATION;
    if (emit_j(c, PSEUDO_JUMP, start) < 0)
        return -1;
    fe_compile_pop_fblock(c, FB_FOR_LOOP, start);
    use_next_block(c, except);
    // END_ASYNC_FOR belongs to the `for`, so it takes the iterator's line.
    set_loc(c, s->v.for_.iter->loc);
    if (emit(c, OP_END_ASYNC_FOR) < 0 || fe_compile_stmts(c, s->v.for_.orelse) < 0)
        return -1;
    use_next_block(c, end);
    return 0;
}

static int
compile_while(Compiler *c, Stmt *s)
{
    BasicBlock *loop = new_block(c), *body = new_block(c), *anchor = new_block(c),
               *end = new_block(c);
    if (loop == NULL || body == NULL || anchor == NULL || end == NULL)
        return -1;
    use_next_block(c, loop);
    if (fe_compile_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL) < 0 ||
        fe_compile_expr_jump_if(c, s->v.while_.test, anchor, 0) < 0)
        return -1;
    use_next_block(c, body);
    if (fe_compile_stmts(c, s->v.while_.body) < 0)
        return -1;
    // The test is compiled again at the bottom, so the loop needs one jump per iteration.
    set_loc(c, s->loc);
    if (fe_compile_expr_jump_if(c, s->v.while_.test, body, 1) < 0)
        return -1;
    fe_compile_pop_fblock(c, FB_WHILE_LOOP, loop);
    use_next_block(c, anchor);
    if (fe_compile_stmts(c, s->v.while_.orelse) < 0)
        return -1;
    use_next_block(c, end);
    return 0;
}

static int
compile_return(Compiler *c, Stmt *s)
{
    Expr *value = s->v.return_.value;
    int preserve_tos = value != NULL && value->kind != EXPR_Constant;
    if (c->u->ste->type != ST_FUNCTION_BLOCK)
        return fe_compile_error(c, "'return' outside function");
    if (value != NULL && c->u->ste->coroutine && c->u->ste->generator)
        return fe_compile_error(c, "'return' with value in async generator");
    if (preserve_tos) {
        if (fe_compile_expr(c, value) < 0)
            return -1;
    } else if (value != NULL) {
        // A NOP carries the constant's line for tracing.
        set_loc(c, value->loc);
        if (emit(c, OP_NOP) < 0)
            return -1;
    }
    if (value == NULL || value->loc.lineno != s->loc.lineno) {
        set_loc(c, s->loc);
        if (emit(c, OP_NOP) < 0)
            return -1;
    }
    if (fe_compile_stmt_unwind_fblock_stack(c, preserve_tos, NULL) < 0)
        return -1;
    if (value == NULL) {
        if (emit_load_const(c, Py_None) < 0)
            return -1;
    } else if (!preserve_tos && emit_load_const(c, value->v.constant.value) < 0) {
        return -1;
    }
    return emit(c, OP_RETURN_VALUE);
}

static int
compile_break_continue(Compiler *c, int is_break)
{
    FBlock *loop = NULL;
    RtCodeLocation saved = c->u->loc;
    if (emit(c, OP_NOP) < 0 || fe_compile_stmt_unwind_fblock_stack(c, 0, &loop) < 0)
        return -1;
    if (loop == NULL) {
        c->u->loc = saved;
        return fe_compile_error(c, is_break ? "'break' outside loop"
                                            : "'continue' not properly in loop");
    }
    if (is_break) {
        if (unwind_fblock(c, loop, 0) < 0)
            return -1;
        return emit_j(c, PSEUDO_JUMP, loop->exit);
    }
    return emit_j(c, PSEUDO_JUMP, loop->block);
}

// ---- imports ---------------------------------------------------------------------------

static Py_ssize_t
find_dot(PyObject *s, Py_ssize_t from)
{
    for (Py_ssize_t i = from; i < PyUnicode_GET_LENGTH(s); i++)
        if (PyUnicode_READ_CHAR(s, i) == '.')
            return i;
    return -1;
}

// `import a.b.c as d`: IMPORT_NAME gave a; walk to c with IMPORT_FROM and bind it.
static int
import_as(Compiler *c, PyObject *name, PyObject *asname)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(name), dot = find_dot(name, 0);
    if (dot != -1) {
        for (;;) {
            Py_ssize_t pos = dot + 1;
            dot = find_dot(name, pos);
            PyObject *attr = PyUnicode_Substring(name, pos, dot != -1 ? dot : len);
            if (attr == NULL)
                return -1;
            PyUnicode_InternInPlace(&attr);
            Py_ssize_t arg = fe_compile_add_o(c->u->names, attr);
            Py_DECREF(attr);
            if (arg < 0 || emit_i(c, OP_IMPORT_FROM, arg) < 0)
                return -1;
            if (dot == -1)
                break;
            if (emit_i(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_TOP) < 0)
                return -1;
        }
        if (fe_compile_nameop(c, asname, CTX_STORE) < 0)
            return -1;
        return emit(c, OP_POP_TOP);
    }
    return fe_compile_nameop(c, asname, CTX_STORE);
}

static int
compile_import(Compiler *c, Stmt *s)
{
    PyObject *zero = PyLong_FromLong(0);
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(s->v.import.names); i++) {
        Alias *alias = AST_SEQ_GET(s->v.import.names, i);
        if (emit_load_const(c, zero) < 0 || emit_load_const(c, Py_None) < 0 ||
            fe_compile_addop_name(c, OP_IMPORT_NAME, alias->name) < 0)
            return -1;
        if (alias->asname != NULL) {
            if (import_as(c, alias->name, alias->asname) < 0)
                return -1;
            continue;
        }
        Py_ssize_t dot = find_dot(alias->name, 0);
        PyObject *store =
            dot != -1 ? PyUnicode_Substring(alias->name, 0, dot) : Py_NewRef(alias->name);
        if (store == NULL)
            return -1;
        PyUnicode_InternInPlace(&store);
        int r = fe_compile_nameop(c, store, CTX_STORE);
        Py_DECREF(store);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int
compile_from_import(Compiler *c, Stmt *s)
{
    AstSeq *names = s->v.import_from.names;
    Py_ssize_t n = AST_SEQ_LEN(names);
    if (emit_load_const_steal(c, PyLong_FromLong(s->v.import_from.level)) < 0)
        return -1;
    PyObject *module = s->v.import_from.module;
    if (s->loc.lineno > c->future_lineno && module != NULL &&
        rt_str_equal_ascii(module, "__future__"))
        return fe_compile_error(c, "from __future__ imports must occur "
                                   "at the beginning of the file");
    PyObject *fromlist = PyTuple_New(n);
    if (fromlist == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(fromlist, i, Py_NewRef(((Alias *)AST_SEQ_GET(names, i))->name));
    if (emit_load_const_steal(c, fromlist) < 0 ||
        fe_compile_addop_name(c, OP_IMPORT_NAME, module ? module : fe_compile_id("")) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        Alias *alias = AST_SEQ_GET(names, i);
        if (i == 0 && PyUnicode_READ_CHAR(alias->name, 0) == '*')
            return emit(c, OP_IMPORT_STAR);
        if (fe_compile_addop_name(c, OP_IMPORT_FROM, alias->name) < 0 ||
            fe_compile_nameop(c, alias->asname ? alias->asname : alias->name, CTX_STORE) < 0)
            return -1;
    }
    return emit(c, OP_POP_TOP); // the module
}

// ---- other statements ------------------------------------------------------------------

static int
compile_assert(Compiler *c, Stmt *s)
{
    if (c->optimize)
        return 0;
    BasicBlock *end = new_block(c);
    if (end == NULL || fe_compile_expr_jump_if(c, s->v.assert_.test, end, 1) < 0 ||
        emit(c, OP_LOAD_ASSERTION_ERROR) < 0)
        return -1;
    if (s->v.assert_.msg != NULL && (fe_compile_expr(c, s->v.assert_.msg) < 0 ||
                                     emit_i(c, OP_PRECALL, 0) < 0 || emit_i(c, OP_CALL, 0) < 0))
        return -1;
    if (emit_i(c, OP_RAISE_VARARGS, 1) < 0)
        return -1;
    use_next_block(c, end);
    return 0;
}

static int
compile_expr_stmt(Compiler *c, Expr *value)
{
    if (c->interactive && c->nestlevel <= 1) {
        if (fe_compile_expr(c, value) < 0)
            return -1;
        return emit(c, OP_PRINT_EXPR);
    }
    if (value->kind == EXPR_Constant)
        return emit(c, OP_NOP); // a constant statement only marks its line
    if (fe_compile_expr(c, value) < 0)
        return -1;
    c->u->loc = NO_LOCATION;
    return emit(c, OP_POP_TOP);
}

static int
compile_raise(Compiler *c, Stmt *s)
{
    int n = 0;
    if (s->v.raise.exc != NULL) {
        if (fe_compile_expr(c, s->v.raise.exc) < 0)
            return -1;
        n++;
        if (s->v.raise.cause != NULL) {
            if (fe_compile_expr(c, s->v.raise.cause) < 0)
                return -1;
            n++;
        }
    }
    return emit_i(c, OP_RAISE_VARARGS, n);
}

static int
compile_assign(Compiler *c, Stmt *s)
{
    Py_ssize_t n = AST_SEQ_LEN(s->v.assign.targets);
    if (fe_compile_expr(c, s->v.assign.value) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i < n - 1 && emit_i(c, OP_COPY, 1) < 0)
            return -1;
        if (fe_compile_expr(c, AST_SEQ_GET(s->v.assign.targets, i)) < 0)
            return -1;
    }
    return 0;
}

// ---- augmented and annotated assignment ------------------------------------------------

int
fe_compile_stmt_augassign(Compiler *c, Stmt *s)
{
    Expr *e = s->v.aug_assign.target;
    RtCodeLocation saved = c->u->loc;
    set_loc(c, e->loc);
    switch (e->kind) {
    case EXPR_Attribute:
        if (fe_compile_expr(c, e->v.attribute.value) < 0 || emit_i(c, OP_COPY, 1) < 0)
            return -1;
        fe_compile_expr_attr_location(c, e);
        if (fe_compile_addop_name(c, OP_LOAD_ATTR, e->v.attribute.attr) < 0)
            return -1;
        break;
    case EXPR_Subscript:
        if (fe_compile_expr(c, e->v.subscript.value) < 0 ||
            fe_compile_expr(c, e->v.subscript.slice) < 0 || emit_i(c, OP_COPY, 2) < 0 ||
            emit_i(c, OP_COPY, 2) < 0 || emit(c, OP_BINARY_SUBSCR) < 0)
            return -1;
        break;
    case EXPR_Name:
        if (fe_compile_nameop(c, e->v.name.id, CTX_LOAD) < 0)
            return -1;
        break;
    default:
        PyErr_Format(PyExc_SystemError, "invalid node type (%d) for augmented assignment",
                     (int)e->kind);
        return -1;
    }
    c->u->loc = saved;
    if (fe_compile_expr(c, s->v.aug_assign.value) < 0 ||
        emit_i(c, OP_BINARY_OP, s->v.aug_assign.op + NB_INPLACE_OFFSET) < 0)
        return -1;
    set_loc(c, e->loc);
    switch (e->kind) {
    case EXPR_Attribute:
        fe_compile_expr_attr_location(c, e);
        if (emit_i(c, OP_SWAP, 2) < 0)
            return -1;
        return fe_compile_addop_name(c, OP_STORE_ATTR, e->v.attribute.attr);
    case EXPR_Subscript:
        if (emit_i(c, OP_SWAP, 3) < 0 || emit_i(c, OP_SWAP, 2) < 0)
            return -1;
        return emit(c, OP_STORE_SUBSCR);
    default:
        return fe_compile_nameop(c, e->v.name.id, CTX_STORE);
    }
}

// Evaluate e for its side effects (and errors) only.
static int
check_ann_expr(Compiler *c, Expr *e)
{
    if (fe_compile_expr(c, e) < 0)
        return -1;
    return emit(c, OP_POP_TOP);
}

static int
check_ann_subscr(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case EXPR_Slice:
        if ((e->v.slice.lower && check_ann_expr(c, e->v.slice.lower) < 0) ||
            (e->v.slice.upper && check_ann_expr(c, e->v.slice.upper) < 0) ||
            (e->v.slice.step && check_ann_expr(c, e->v.slice.step) < 0))
            return -1;
        return 0;
    case EXPR_Tuple:
        for (Py_ssize_t i = 0; i < AST_SEQ_LEN(e->v.sequence.elts); i++)
            if (check_ann_subscr(c, AST_SEQ_GET(e->v.sequence.elts, i)) < 0)
                return -1;
        return 0;
    default:
        return check_ann_expr(c, e);
    }
}

int
fe_compile_stmt_annassign(Compiler *c, Stmt *s)
{
    Expr *targ = s->v.ann_assign.target;
    int module_or_class = c->u->scope == SCOPE_MODULE || c->u->scope == SCOPE_CLASS;
    int future = (c->future_features & FE_CO_FUTURE_ANNOTATIONS) != 0;
    // The assignment comes first.
    if (s->v.ann_assign.value != NULL &&
        (fe_compile_expr(c, s->v.ann_assign.value) < 0 || fe_compile_expr(c, targ) < 0))
        return -1;
    switch (targ->kind) {
    case EXPR_Name:
        if (fe_compile_forbidden_name(c, targ->v.name.id, CTX_STORE))
            return -1;
        // __annotations__[name] = annotation, for simple names in modules and classes.
        if (s->v.ann_assign.simple && module_or_class) {
            if (future ? emit_load_const_steal(c, fe_unparse_expr(s->v.ann_assign.annotation)) < 0
                       : fe_compile_expr(c, s->v.ann_assign.annotation) < 0)
                return -1;
            if (fe_compile_addop_name(c, OP_LOAD_NAME, fe_compile_id("__annotations__")) < 0 ||
                emit_load_const_steal(c, fe_mangle(c->u->private, targ->v.name.id)) < 0 ||
                emit(c, OP_STORE_SUBSCR) < 0)
                return -1;
        }
        break;
    case EXPR_Attribute:
        if (fe_compile_forbidden_name(c, targ->v.attribute.attr, CTX_STORE))
            return -1;
        if (s->v.ann_assign.value == NULL && check_ann_expr(c, targ->v.attribute.value) < 0)
            return -1;
        break;
    case EXPR_Subscript:
        if (s->v.ann_assign.value == NULL && (check_ann_expr(c, targ->v.subscript.value) < 0 ||
                                              check_ann_subscr(c, targ->v.subscript.slice) < 0))
            return -1;
        break;
    default:
        PyErr_Format(PyExc_SystemError, "invalid node type (%d) for annotated assignment",
                     (int)targ->kind);
        return -1;
    }
    // The annotation of a complex target is evaluated last (not stored).
    if (!s->v.ann_assign.simple && !future && module_or_class &&
        check_ann_expr(c, s->v.ann_assign.annotation) < 0)
        return -1;
    return 0;
}

int
fe_compile_stmt(Compiler *c, Stmt *s)
{
    set_loc(c, s->loc); // every statement starts a new position
    switch (s->kind) {
    case STMT_FunctionDef:
    case STMT_AsyncFunctionDef:
        return fe_compile_def_function(c, s);
    case STMT_ClassDef:
        return fe_compile_def_class(c, s);
    case STMT_Return:
        return compile_return(c, s);
    case STMT_Delete:
        return fe_compile_exprs(c, s->v.delete_.targets);
    case STMT_Assign:
        return compile_assign(c, s);
    case STMT_AugAssign:
        return fe_compile_stmt_augassign(c, s);
    case STMT_AnnAssign:
        return fe_compile_stmt_annassign(c, s);
    case STMT_For:
        return compile_for(c, s);
    case STMT_AsyncFor:
        return compile_async_for(c, s);
    case STMT_While:
        return compile_while(c, s);
    case STMT_If:
        return compile_if(c, s);
    case STMT_Match:
        return fe_compile_match(c, s);
    case STMT_Raise:
        return compile_raise(c, s);
    case STMT_Try:
    case STMT_TryStar:
        return fe_compile_exc_try(c, s);
    case STMT_Assert:
        return compile_assert(c, s);
    case STMT_Import:
        return compile_import(c, s);
    case STMT_ImportFrom:
        return compile_from_import(c, s);
    case STMT_Global:
    case STMT_Nonlocal:
        return 0;
    case STMT_Expr:
        return compile_expr_stmt(c, s->v.expr.value);
    case STMT_Pass:
        return emit(c, OP_NOP);
    case STMT_Break:
        return compile_break_continue(c, 1);
    case STMT_Continue:
        return compile_break_continue(c, 0);
    case STMT_With:
    case STMT_AsyncWith:
        return fe_compile_exc_with(c, s, 0);
    }
    return 0;
}

int
fe_compile_stmts(Compiler *c, AstSeq *seq)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(seq); i++)
        if (fe_compile_stmt(c, AST_SEQ_GET(seq, i)) < 0)
            return -1;
    return 0;
}
