// compile_exc.c: code generation for the statements that handle exceptions: try/except/
// else/finally, try/except* and with/async with. Handlers are set up with the SETUP_* and
// POP_BLOCK pseudo-instructions, which the assembler turns into the exception table.
#include "frontend/compile_internal.h"

// ---- try ------------------------------------------------------------------------------

static int compile_try_except(Compiler *c, Stmt *s);
static int try_star_except(Compiler *c, Stmt *s);

// try/finally: the finally body is compiled twice, for the normal and the exceptional exit.
static int
compile_try_finally(Compiler *c, Stmt *s)
{
    BasicBlock *body = new_block(c), *end = new_block(c), *exit = new_block(c),
               *cleanup = new_block(c);
    if (body == NULL || end == NULL || exit == NULL || cleanup == NULL)
        return -1;
    AstSeq *finalbody = s->v.try_.finalbody;
    if (emit_j(c, PSEUDO_SETUP_FINALLY, end) < 0)
        return -1;
    use_next_block(c, body);
    if (fe_compile_push_fblock(c, FB_FINALLY_TRY, body, end, finalbody) < 0)
        return -1;
    int r;
    if (AST_SEQ_LEN(s->v.try_.handlers))
        r = s->kind == STMT_TryStar ? try_star_except(c, s) : compile_try_except(c, s);
    else
        r = fe_compile_stmts(c, s->v.try_.body);
    if (r < 0 || emit_noline(c, PSEUDO_POP_BLOCK) < 0)
        return -1;
    fe_compile_pop_fblock(c, FB_FINALLY_TRY, body);
    if (fe_compile_stmts(c, finalbody) < 0 || emit_j_noline(c, PSEUDO_JUMP, exit) < 0)
        return -1;
    use_next_block(c, end);
    c->u->loc = NO_LOCATION;
    if (emit_j(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0 || emit(c, OP_PUSH_EXC_INFO) < 0 ||
        fe_compile_push_fblock(c, FB_FINALLY_END, end, NULL, NULL) < 0 ||
        fe_compile_stmts(c, finalbody) < 0)
        return -1;
    fe_compile_pop_fblock(c, FB_FINALLY_END, end);
    if (emit_i(c, OP_RERAISE, 0) < 0)
        return -1;
    use_next_block(c, cleanup);
    if (fe_compile_stmt_pop_except_and_reraise(c) < 0)
        return -1;
    use_next_block(c, exit);
    return 0;
}

// `name = None; del name` after an `except ... as name` handler.
static int
clear_handler_name(Compiler *c, PyObject *name)
{
    if (emit_load_const(c, Py_None) < 0 || fe_compile_nameop(c, name, CTX_STORE) < 0 ||
        fe_compile_nameop(c, name, CTX_DEL) < 0)
        return -1;
    return 0;
}

// One `except T as name:` clause; the exception is on the stack.
static int
except_handler_body(Compiler *c, ExceptHandler *h, BasicBlock *end)
{
    if (h->name != NULL) {
        BasicBlock *cleanup_end = new_block(c), *cleanup_body = new_block(c);
        if (cleanup_end == NULL || cleanup_body == NULL)
            return -1;
        if (fe_compile_nameop(c, h->name, CTX_STORE) < 0)
            return -1;
        // try: body finally: name = None; del name   (in case the body deletes name)
        if (emit_j(c, PSEUDO_SETUP_CLEANUP, cleanup_end) < 0)
            return -1;
        use_next_block(c, cleanup_body);
        if (fe_compile_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name) < 0 ||
            fe_compile_stmts(c, h->body) < 0)
            return -1;
        fe_compile_pop_fblock(c, FB_HANDLER_CLEANUP, cleanup_body);
        c->u->loc = NO_LOCATION;
        if (emit(c, PSEUDO_POP_BLOCK) < 0 || emit(c, PSEUDO_POP_BLOCK) < 0 ||
            emit(c, OP_POP_EXCEPT) < 0 || clear_handler_name(c, h->name) < 0 ||
            emit_j(c, PSEUDO_JUMP, end) < 0)
            return -1;
        use_next_block(c, cleanup_end);
        c->u->loc = NO_LOCATION;
        if (clear_handler_name(c, h->name) < 0 || emit_i(c, OP_RERAISE, 1) < 0)
            return -1;
        return 0;
    }
    BasicBlock *cleanup_body = new_block(c);
    if (cleanup_body == NULL || emit(c, OP_POP_TOP) < 0)
        return -1;
    use_next_block(c, cleanup_body);
    if (fe_compile_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL) < 0 ||
        fe_compile_stmts(c, h->body) < 0)
        return -1;
    fe_compile_pop_fblock(c, FB_HANDLER_CLEANUP, cleanup_body);
    c->u->loc = NO_LOCATION;
    if (emit(c, PSEUDO_POP_BLOCK) < 0 || emit(c, OP_POP_EXCEPT) < 0 ||
        emit_j(c, PSEUDO_JUMP, end) < 0)
        return -1;
    return 0;
}

static int
compile_try_except(Compiler *c, Stmt *s)
{
    BasicBlock *body = new_block(c), *except = new_block(c), *end = new_block(c),
               *cleanup = new_block(c);
    if (body == NULL || except == NULL || end == NULL || cleanup == NULL)
        return -1;
    if (emit_j(c, PSEUDO_SETUP_FINALLY, except) < 0)
        return -1;
    use_next_block(c, body);
    if (fe_compile_push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL) < 0 ||
        fe_compile_stmts(c, s->v.try_.body) < 0)
        return -1;
    fe_compile_pop_fblock(c, FB_TRY_EXCEPT, body);
    if (emit_noline(c, PSEUDO_POP_BLOCK) < 0 || fe_compile_stmts(c, s->v.try_.orelse) < 0 ||
        emit_j_noline(c, PSEUDO_JUMP, end) < 0)
        return -1;
    Py_ssize_t n = AST_SEQ_LEN(s->v.try_.handlers);
    use_next_block(c, except);
    c->u->loc = NO_LOCATION;
    if (emit_j(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0 || emit(c, OP_PUSH_EXC_INFO) < 0 ||
        fe_compile_push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL, NULL) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        ExceptHandler *h = AST_SEQ_GET(s->v.try_.handlers, i);
        set_loc(c, h->loc);
        if (h->type == NULL && i < n - 1)
            return fe_compile_error(c, "default 'except:' must be last");
        except = new_block(c);
        if (except == NULL)
            return -1;
        if (h->type != NULL &&
            (fe_compile_expr(c, h->type) < 0 || emit(c, OP_CHECK_EXC_MATCH) < 0 ||
             emit_j(c, PSEUDO_POP_JUMP_IF_FALSE, except) < 0))
            return -1;
        if (except_handler_body(c, h, end) < 0)
            return -1;
        use_next_block(c, except);
    }
    c->u->loc = NO_LOCATION;
    fe_compile_pop_fblock(c, FB_EXCEPTION_HANDLER, NULL);
    if (emit_i(c, OP_RERAISE, 0) < 0)
        return -1;
    use_next_block(c, cleanup);
    if (fe_compile_stmt_pop_except_and_reraise(c) < 0)
        return -1;
    use_next_block(c, end);
    return 0;
}

// ---- try/except* ---------------------------------------------------------------------

// One `except* T as name:` clause. On entry [orig, res, exc]; a match leaves the rest of the
// group as exc, and exceptions the body raises are appended to the result list res.
static int
except_star_clause(Compiler *c, ExceptHandler *h, int first, int last, BasicBlock *reraise_star)
{
    BasicBlock *except = new_block(c), *except_with_error = new_block(c), *no_match = new_block(c),
               *cleanup_end = new_block(c), *cleanup_body = new_block(c);
    if (except == NULL || except_with_error == NULL || no_match == NULL || cleanup_end == NULL ||
        cleanup_body == NULL)
        return -1;
    // Keep the original group and a list for what the handlers raise: [orig, res, exc].
    if (first &&
        (emit_i(c, OP_COPY, 1) < 0 || emit_i(c, OP_BUILD_LIST, 0) < 0 || emit_i(c, OP_SWAP, 2) < 0))
        return -1;
    if (h->type != NULL &&
        (fe_compile_expr(c, h->type) < 0 || emit(c, OP_CHECK_EG_MATCH) < 0 ||
         emit_i(c, OP_COPY, 1) < 0 || emit_j(c, PSEUDO_POP_JUMP_IF_NONE, no_match) < 0))
        return -1;
    if (h->name ? fe_compile_nameop(c, h->name, CTX_STORE) < 0 : emit(c, OP_POP_TOP) < 0)
        return -1;
    if (emit_j(c, PSEUDO_SETUP_CLEANUP, cleanup_end) < 0)
        return -1;
    use_next_block(c, cleanup_body);
    if (fe_compile_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name) < 0 ||
        fe_compile_stmts(c, h->body) < 0)
        return -1;
    fe_compile_pop_fblock(c, FB_HANDLER_CLEANUP, cleanup_body);
    c->u->loc = NO_LOCATION;
    if (emit(c, PSEUDO_POP_BLOCK) < 0 || (h->name && clear_handler_name(c, h->name) < 0) ||
        emit_j(c, PSEUDO_JUMP, except) < 0)
        return -1;
    use_next_block(c, cleanup_end);
    c->u->loc = NO_LOCATION;
    if ((h->name && clear_handler_name(c, h->name) < 0) || emit_i(c, OP_LIST_APPEND, 3) < 0 ||
        emit(c, OP_POP_TOP) < 0 || emit_j(c, PSEUDO_JUMP, except_with_error) < 0)
        return -1;
    use_next_block(c, except);
    if (emit(c, OP_NOP) < 0 || emit_j(c, PSEUDO_JUMP, except_with_error) < 0)
        return -1;
    use_next_block(c, no_match);
    if (emit(c, OP_POP_TOP) < 0)
        return -1;
    use_next_block(c, except_with_error);
    // After the last clause the unhandled rest (or None) joins the list.
    if (last && (emit_i(c, OP_LIST_APPEND, 1) < 0 || emit_j(c, PSEUDO_JUMP, reraise_star) < 0))
        return -1;
    return 0;
}

static int
try_star_except(Compiler *c, Stmt *s)
{
    BasicBlock *body = new_block(c), *except = new_block(c), *orelse = new_block(c),
               *end = new_block(c), *cleanup = new_block(c), *reraise_star = new_block(c);
    if (body == NULL || except == NULL || orelse == NULL || end == NULL || cleanup == NULL ||
        reraise_star == NULL)
        return -1;
    if (emit_j(c, PSEUDO_SETUP_FINALLY, except) < 0)
        return -1;
    use_next_block(c, body);
    if (fe_compile_push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL) < 0 ||
        fe_compile_stmts(c, s->v.try_.body) < 0)
        return -1;
    fe_compile_pop_fblock(c, FB_TRY_EXCEPT, body);
    if (emit_noline(c, PSEUDO_POP_BLOCK) < 0 || emit_j_noline(c, PSEUDO_JUMP, orelse) < 0)
        return -1;
    Py_ssize_t n = AST_SEQ_LEN(s->v.try_.handlers);
    use_next_block(c, except);
    c->u->loc = NO_LOCATION;
    if (emit_j(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0 || emit(c, OP_PUSH_EXC_INFO) < 0 ||
        fe_compile_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, "except handler") < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        ExceptHandler *h = AST_SEQ_GET(s->v.try_.handlers, i);
        set_loc(c, h->loc);
        if (except_star_clause(c, h, i == 0, i == n - 1, reraise_star) < 0)
            return -1;
    }
    c->u->loc = NO_LOCATION;
    fe_compile_pop_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL);
    BasicBlock *reraise = new_block(c);
    if (reraise == NULL)
        return -1;
    use_next_block(c, reraise_star);
    if (emit(c, OP_PREP_RERAISE_STAR) < 0 || emit_i(c, OP_COPY, 1) < 0 ||
        emit_j(c, PSEUDO_POP_JUMP_IF_NOT_NONE, reraise) < 0)
        return -1;
    // Nothing to re-raise.
    if (emit(c, OP_POP_TOP) < 0 || emit(c, PSEUDO_POP_BLOCK) < 0 || emit(c, OP_POP_EXCEPT) < 0 ||
        emit_j(c, PSEUDO_JUMP, end) < 0)
        return -1;
    use_next_block(c, reraise);
    if (emit(c, PSEUDO_POP_BLOCK) < 0 || emit_i(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_EXCEPT) < 0 ||
        emit_i(c, OP_RERAISE, 0) < 0)
        return -1;
    use_next_block(c, cleanup);
    if (fe_compile_stmt_pop_except_and_reraise(c) < 0)
        return -1;
    use_next_block(c, orelse);
    if (fe_compile_stmts(c, s->v.try_.orelse) < 0)
        return -1;
    use_next_block(c, end);
    return 0;
}

int
fe_compile_exc_try(Compiler *c, Stmt *s)
{
    if (AST_SEQ_LEN(s->v.try_.finalbody))
        return compile_try_finally(c, s);
    if (s->kind == STMT_TryStar)
        return try_star_except(c, s);
    return compile_try_except(c, s);
}

// ---- with ---------------------------------------------------------------------------------

// The exceptional exit of a with block: __exit__'s result decides whether to re-raise.
static int
with_except_finish(Compiler *c, BasicBlock *cleanup)
{
    c->u->loc = NO_LOCATION;
    BasicBlock *exit = new_block(c);
    if (exit == NULL || emit_j(c, PSEUDO_POP_JUMP_IF_TRUE, exit) < 0 ||
        emit_i(c, OP_RERAISE, 2) < 0)
        return -1;
    use_next_block(c, cleanup);
    if (fe_compile_stmt_pop_except_and_reraise(c) < 0)
        return -1;
    use_next_block(c, exit);
    if (emit(c, OP_POP_TOP) < 0 || emit(c, PSEUDO_POP_BLOCK) < 0 || emit(c, OP_POP_EXCEPT) < 0 ||
        emit(c, OP_POP_TOP) < 0 || emit(c, OP_POP_TOP) < 0)
        return -1;
    return 0;
}

int
fe_compile_exc_with(Compiler *c, Stmt *s, Py_ssize_t pos)
{
    int is_async = s->kind == STMT_AsyncWith;
    WithItem *item = AST_SEQ_GET(s->v.with.items, pos);
    if (is_async && c->u->scope != SCOPE_ASYNC_FUNCTION)
        return fe_compile_error(c, "'async with' outside async function");
    BasicBlock *block = new_block(c), *final = new_block(c), *exit = new_block(c),
               *cleanup = new_block(c);
    if (block == NULL || final == NULL || exit == NULL || cleanup == NULL)
        return -1;
    if (fe_compile_expr(c, item->context_expr) < 0)
        return -1;
    if (is_async) {
        if (emit(c, OP_BEFORE_ASYNC_WITH) < 0 || emit_i(c, OP_GET_AWAITABLE, 1) < 0 ||
            emit_load_const(c, Py_None) < 0 || fe_compile_stmt_add_yield_from(c, 1) < 0)
            return -1;
    } else if (emit(c, OP_BEFORE_WITH) < 0) {
        return -1;
    }
    if (emit_j(c, PSEUDO_SETUP_WITH, final) < 0)
        return -1;
    use_next_block(c, block);
    if (fe_compile_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, block, final, s) < 0)
        return -1;
    if (item->optional_vars != NULL ? fe_compile_expr(c, item->optional_vars) < 0
                                    : emit(c, OP_POP_TOP) < 0)
        return -1;
    if (++pos == AST_SEQ_LEN(s->v.with.items) ? fe_compile_stmts(c, s->v.with.body) < 0
                                              : fe_compile_exc_with(c, s, pos) < 0)
        return -1;
    if (!is_async)
        c->u->loc = NO_LOCATION;
    fe_compile_pop_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, block);
    if (emit(c, PSEUDO_POP_BLOCK) < 0)
        return -1;
    // Normal exit: __exit__(None, None, None).
    set_loc(c, s->loc);
    if (fe_compile_stmt_call_exit_with_nones(c) < 0)
        return -1;
    if (is_async && (emit_i(c, OP_GET_AWAITABLE, 2) < 0 || emit_load_const(c, Py_None) < 0 ||
                     fe_compile_stmt_add_yield_from(c, 1) < 0))
        return -1;
    if (emit(c, OP_POP_TOP) < 0 || emit_j(c, PSEUDO_JUMP, exit) < 0)
        return -1;
    // Exceptional exit.
    use_next_block(c, final);
    if (emit_j(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0 || emit(c, OP_PUSH_EXC_INFO) < 0 ||
        emit(c, OP_WITH_EXCEPT_START) < 0)
        return -1;
    if (is_async && (emit_i(c, OP_GET_AWAITABLE, 2) < 0 || emit_load_const(c, Py_None) < 0 ||
                     fe_compile_stmt_add_yield_from(c, 1) < 0))
        return -1;
    if (with_except_finish(c, cleanup) < 0)
        return -1;
    use_next_block(c, exit);
    return 0;
}
