// translate_value.c: the virtual value stack. Native code keeps a value out of the frame's
// memory while only the translator needs to know where it is: a local or a constant pushed
// but not yet stored (no reference counting), an unboxed int, float or bool produced by a
// numeric fast path (no allocation). Anything that needs the interpreter's layout (a helper
// call, an exit, a deoptimization, a raise, a join of control flow) first flushes the stack:
// stores each virtual value, boxed, into its slot.
#include "jit/translate.h"

void
vs_reset(Translator *t, int depth)
{
    for (int d = 0; d < depth; d++)
        t->vstack[d] = (Value){.kind = V_MEM};
}

LLVMValueRef
vs_box(Translator *t, int d)
{
    Value *v = vs_at(t, d);
    LLVMValueRef o;
    switch (v->kind) {
    case V_MEM:
        return get_slot(t, stack_slot(t, d));
    case V_LOCAL:
        if (jit_local_unboxable(t, v->local))
            jit_local_flush(t, v->local, d, 0);
        o = get_slot(t, v->local);
        incref(t, o);
        return o;
    case V_CONST:
        o = const_ptr(t, v->obj);
        incref(t, o);
        return o;
    case V_INT:
        return call(t, JIT_H_long_from_i64, &v->v, 1);
    case V_FLOAT:
        return call(t, JIT_H_float_from_double, &v->v, 1);
    case V_ITEM:
        incref(t, v->v);
        return v->v;
    case V_BOOL:
        // True and False are immortal: no reference to take.
        return LLVMBuildSelect(t->b, v->v, const_ptr(t, Py_True), const_ptr(t, Py_False), "");
    }
    return NULL;
}

// Store the value at d into its slot, boxed. Boxing an int or a float may fail (MemoryError):
// the values below d are in memory by then, so raising with d values is exact.
static void
flush_one(Translator *t, int d, int commit)
{
    Value *v = vs_at(t, d);
    if (v->kind == V_MEM)
        return;
    LLVMValueRef o = vs_box(t, d);
    if (v->kind == V_INT || v->kind == V_FLOAT) {
        LLVMBasicBlockRef ok = new_block(t, "boxed"), bad = new_block(t, "box.fail");
        LLVMBuildCondBr(t->b, LLVMBuildIsNull(t->b, o, ""), bad, ok);
        enter(t, bad);
        fail(t, d);
        enter(t, ok);
    }
    set_slot(t, stack_slot(t, d), o);
    if (commit)
        *v = (Value){.kind = V_MEM};
}

void
vs_flush(Translator *t, int depth, int commit)
{
    for (int d = 0; d < depth; d++)
        flush_one(t, d, commit);
}

void
vs_flush_local(Translator *t, int depth, int local)
{
    for (int d = 0; d < depth; d++)
        if (vs_at(t, d)->kind == V_LOCAL && vs_at(t, d)->local == local)
            flush_one(t, d, 1);
}

void
vs_own_items(Translator *t, int depth)
{
    for (int d = 0; d < depth; d++)
        if (vs_at(t, d)->kind == V_ITEM)
            flush_one(t, d, 1);
}

int
vs_keeps_items(int op)
{
    switch (op) {
    case OP_NOP:
    case OP_LOAD_FAST:
    case OP_LOAD_CONST:
    case OP_STORE_FAST:
    case OP_POP_TOP:
    case OP_COPY:
    case OP_SWAP:
    case OP_BINARY_OP:   // speculative: releases only guarded ints and floats; else flushes
    case OP_COMPARE_OP:  // the same
    case OP_UNARY_NEGATIVE:
    case OP_BINARY_SUBSCR:
    case OP_STORE_SUBSCR:
        return 1;
    default:
        return 0;
    }
}

void
vs_fall_through(Translator *t, const Instr *in, int depth)
{
    if (t->joins[in->next])
        vs_flush(t, depth, 1);
    goto_instr(t, in->next);
}

// The tail every deopt block ends in: the site has flushed its stack and saved prev_instr (at
// the site, for a MemoryError) and the stack top; the tail writes the unboxed locals back,
// steps prev_instr back one unit for the interpreter to resume at the site, counts the deopt
// and hands the frame back. The site and the reason arrive in the phis deopt_at/deopt_reason.
static LLVMBasicBlockRef
deopt_tail(Translator *t)
{
    if (t->deopt_tail != NULL)
        return t->deopt_tail;
    LLVMBasicBlockRef here = LLVMGetInsertBlock(t->b);
    t->deopt_tail = new_block(t, "deopt.tail");
    enter(t, t->deopt_tail);
    t->deopt_at = LLVMBuildPhi(t->b, t->i32, "at");
    t->deopt_reason = LLVMBuildPhi(t->b, t->i32, "reason");
    jit_locals_flush_shared(t);
    LLVMValueRef prev = load(t, t->ptr, t->frame, offsetof(Frame, prev_instr));
    LLVMValueRef back = const_i64(t, -(long long)sizeof(PyCodeUnit));
    prev = LLVMBuildGEP2(t->b, t->i8, prev, &back, 1, "");
    store(t, prev, t->frame, offsetof(Frame, prev_instr));
    LLVMValueRef args[3] = {const_ptr(t, t->unit), t->deopt_at, t->deopt_reason};
    call(t, JIT_H_deopt, args, 3);
    LLVMBuildRet(t->b, const_i32(t, VM_JIT_RESUME));
    enter(t, here);
    return t->deopt_tail;
}

// The tail of every raise from native code: the site has flushed its stack and saved
// prev_instr and the stack top; the tail writes the unboxed locals back and fails.
static LLVMBasicBlockRef
fail_tail(Translator *t)
{
    if (t->fail_tail != NULL)
        return t->fail_tail;
    LLVMBasicBlockRef here = LLVMGetInsertBlock(t->b);
    t->fail_tail = new_block(t, "fail.tail");
    enter(t, t->fail_tail);
    jit_locals_flush_shared(t);
    LLVMBuildBr(t->b, t->fail);
    enter(t, here);
    return t->fail_tail;
}

LLVMBasicBlockRef
vs_deopt_block(Translator *t, const Instr *in, int reason)
{
    LLVMBasicBlockRef here = LLVMGetInsertBlock(t->b);
    LLVMBasicBlockRef tail = deopt_tail(t);
    LLVMBasicBlockRef bb = new_block(t, "deopt");
    enter(t, bb);
    set_prev_instr(t, in->at); // for a MemoryError while boxing
    vs_flush(t, in->depth, 0);
    set_stacktop(t, in->depth);
    LLVMBasicBlockRef from = LLVMGetInsertBlock(t->b);
    LLVMValueRef at = const_i32(t, in->at), why = const_i32(t, reason);
    LLVMAddIncoming(t->deopt_at, &at, &from, 1);
    LLVMAddIncoming(t->deopt_reason, &why, &from, 1);
    LLVMBuildBr(t->b, tail);
    enter(t, here);
    return bb;
}

void
vs_fail(Translator *t, const Instr *in, int depth)
{
    set_prev_instr(t, in->at);
    vs_flush(t, depth, 0);
    set_stacktop(t, depth);
    LLVMBuildBr(t->b, fail_tail(t));
}

void
jit_translate_load_fast(Translator *t, const Instr *in)
{
    if (t->bound != NULL && in->arg < t->co->co_nlocals && t->bound[in->arg]) {
        *vs_at(t, in->depth) = (Value){.kind = V_LOCAL, .local = in->arg};
        vs_fall_through(t, in, in->depth + 1);
        return;
    }
    LLVMValueRef v = get_slot(t, in->arg);
    LLVMBasicBlockRef bound = new_block(t, "bound");
    LLVMValueRef unbound = LLVMBuildIsNull(t->b, v, "");
    if (jit_local_unboxable(t, in->arg)) // unboxed values leave a NULL in the frame
        unbound = LLVMBuildAnd(t->b, unbound,
                               LLVMBuildICmp(t->b, LLVMIntEQ, jit_local_kind(t, in->arg),
                                             LLVMConstInt(t->i8, LOCAL_BOXED, 0), ""),
                               "");
    branch_if(t, unbound, bound, "unbound");
    set_prev_instr(t, in->at);
    LLVMValueRef args[2] = {const_ptr(t, t->co), const_i32(t, in->arg)};
    call(t, JIT_H_unbound_error, args, 2);
    vs_fail(t, in, in->depth);
    enter(t, bound);
    *vs_at(t, in->depth) = (Value){.kind = V_LOCAL, .local = in->arg};
    vs_fall_through(t, in, in->depth + 1);
}

void
jit_translate_load_const(Translator *t, const Instr *in, PyObject *o)
{
    *vs_at(t, in->depth) = (Value){.kind = V_CONST, .obj = o};
    vs_fall_through(t, in, in->depth + 1);
}

void
jit_translate_store_fast(Translator *t, const Instr *in)
{
    int top = in->depth - 1;
    vs_flush_local(t, top, in->arg); // values still borrowing the local's old object
    vs_own_items(t, top);            // the old object's release may run any code
    ValueKind kind = vs_at(t, top)->kind;
    if (jit_local_unboxable(t, in->arg) && (kind == V_INT || kind == V_FLOAT)) {
        jit_local_store_unboxed(t, in->arg, kind, vs_at(t, top)->v);
        vs_fall_through(t, in, top);
        return;
    }
    LLVMValueRef v = vs_box(t, top);
    if (vs_at(t, top)->kind == V_INT || vs_at(t, top)->kind == V_FLOAT) {
        LLVMBasicBlockRef ok = new_block(t, "boxed"), bad = new_block(t, "box.fail");
        LLVMBuildCondBr(t->b, LLVMBuildIsNull(t->b, v, ""), bad, ok);
        enter(t, bad);
        vs_fail(t, in, top);
        enter(t, ok);
    }
    LLVMValueRef old = get_slot(t, in->arg); // NULL while the local is unboxed
    set_slot(t, in->arg, v);
    if (jit_local_unboxable(t, in->arg))
        LLVMBuildStore(t->b, LLVMConstInt(t->i8, LOCAL_BOXED, 0), t->lkind[in->arg]);
    xdecref(t, old);
    vs_fall_through(t, in, top);
}

int
jit_translate_branch_on_bool(Translator *t, const Instr *in, int when, int target)
{
    Value *top = vs_at(t, in->depth - 1);
    if (top->kind != V_BOOL)
        return 0;
    LLVMValueRef c = top->v;
    vs_flush(t, in->depth - 1, 1);
    if (!when)
        c = LLVMBuildNot(t->b, c, "");
    LLVMBasicBlockRef taken = new_block(t, "taken");
    LLVMBuildCondBr(t->b, c, taken, t->block[in->next]);
    enter(t, taken);
    if (target < in->at)
        check_eval_breaker(t, in, in->depth - 1);
    goto_instr(t, target);
    return 1;
}

void
jit_translate_copy(Translator *t, const Instr *in)
{
    int from = in->depth - in->arg, to = in->depth;
    Value *v = vs_at(t, from);
    if (v->kind == V_MEM) {
        LLVMValueRef o = get_slot(t, stack_slot(t, from));
        incref(t, o);
        set_slot(t, stack_slot(t, to), o);
    }
    *vs_at(t, to) = *v;
    vs_fall_through(t, in, in->depth + 1);
}

void
jit_translate_swap(Translator *t, const Instr *in)
{
    int top = in->depth - 1, other = in->depth - in->arg;
    Value a = *vs_at(t, top), b = *vs_at(t, other);
    // Values in memory move with their descriptors.
    LLVMValueRef oa = a.kind == V_MEM ? get_slot(t, stack_slot(t, top)) : NULL;
    LLVMValueRef ob = b.kind == V_MEM ? get_slot(t, stack_slot(t, other)) : NULL;
    if (oa != NULL)
        set_slot(t, stack_slot(t, other), oa);
    if (ob != NULL)
        set_slot(t, stack_slot(t, top), ob);
    *vs_at(t, top) = b;
    *vs_at(t, other) = a;
    vs_fall_through(t, in, in->depth);
}
