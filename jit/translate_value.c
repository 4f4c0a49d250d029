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
vs_fall_through(Translator *t, const Instr *in, int depth)
{
    if (t->joins[in->next])
        vs_flush(t, depth, 1);
    goto_instr(t, in->next);
}

LLVMBasicBlockRef
vs_deopt_block(Translator *t, const Instr *in, int reason)
{
    LLVMBasicBlockRef here = LLVMGetInsertBlock(t->b);
    LLVMBasicBlockRef bb = new_block(t, "deopt");
    enter(t, bb);
    set_prev_instr(t, in->at); // for a MemoryError while boxing
    vs_flush(t, in->depth, 0);
    jit_locals_flush(t, in->depth, 0);
    set_resume_point(t, in);
    LLVMValueRef args[3] = {const_ptr(t, t->unit), const_i32(t, in->at), const_i32(t, reason)};
    call(t, JIT_H_deopt, args, 3);
    LLVMBuildRet(t->b, const_i32(t, VM_JIT_RESUME));
    enter(t, here);
    return bb;
}

void
vs_fail(Translator *t, const Instr *in, int depth)
{
    set_prev_instr(t, in->at);
    vs_flush(t, depth, 0);
    jit_locals_flush(t, depth, 0);
    fail(t, depth);
}

void
jit_translate_load_fast(Translator *t, const Instr *in)
{
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
