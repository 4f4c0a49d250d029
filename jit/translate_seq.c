// translate_seq.c: subscripts and unpacking of lists and tuples natively, on the forms the
// specializing interpreter found (BINARY_SUBSCR_LIST_INT / _TUPLE_INT, STORE_SUBSCR_LIST_INT,
// UNPACK_SEQUENCE_TUPLE / _LIST / _TWO_TUPLE): the container's exact type, a machine-word
// index within bounds and the length to unpack are guarded, and a failed guard deoptimizes
// (translate_value.c). Without feedback (or after repeated deopts) the generic helper runs.
#include "jit/translate.h"
#include "vm/profile.h"

// The site's feedback for in, when speculation is allowed there: 1 and *site, else 0.
static int
feedback(Translator *t, const Instr *in, VmSiteProfile *site)
{
    return t->speculate && jit_may_speculate(t->co, in->at) &&
           vm_profile_site(t->co, in->at, site);
}

// Can the value at d be used as an object (not an unboxed number)?
static int
is_object(Translator *t, int d)
{
    ValueKind k = vs_at(t, d)->kind;
    return k == V_MEM || k == V_LOCAL;
}

// The generic body of `in` on the stack in memory; `pushed` values result.
static void
generic(Translator *t, const Instr *in, JitHelperId h, int pushed, int popped)
{
    vs_flush(t, in->depth, 1);
    jit_locals_flush(t, in->depth, 1);
    op_helper(t, in, h);
    vs_reset(t, in->depth - popped + pushed);
}

// Branch to deopt unless o's type is exactly `type`.
static void
guard_type(Translator *t, LLVMValueRef o, PyTypeObject *type, LLVMBasicBlockRef deopt)
{
    LLVMValueRef ob_type = load(t, t->ptr, o, offsetof(PyObject, ob_type));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, ob_type, const_ptr(t, type), ""), deopt, "typed");
}

// The address of item `index` (an i64) of list or tuple o.
static LLVMValueRef
item_address(Translator *t, LLVMValueRef o, LLVMValueRef index, int is_list)
{
    LLVMValueRef items =
        is_list ? load(t, t->ptr, o, offsetof(PyListObject, ob_item))
                : byte_gep(t, o, offsetof(PyTupleObject, ob_item));
    return LLVMBuildInBoundsGEP2(t->b, t->ptr, items, &index, 1, "");
}

// The container kind the site saw: 1 list, 0 tuple, -1 neither.
static int
container_kind(int kind)
{
    return kind == VM_KIND_LIST ? 1 : kind == VM_KIND_TUPLE ? 0 : -1;
}

// The index at d as an in-bounds i64 for container o (deopt otherwise).
static LLVMValueRef
checked_index(Translator *t, int d, NumKind kind, LLVMValueRef o, LLVMBasicBlockRef deopt)
{
    LLVMValueRef i = jit_unbox(t, d, kind, deopt);
    LLVMValueRef size = load(t, t->i64, o, offsetof(PyVarObject, ob_size));
    // Unsigned comparison: a negative index fails too (the interpreter counts from the end).
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntULT, i, size, ""), deopt, "in_bounds");
    return i;
}

// Decref the values in [from, to) that are owned objects in memory (consumed operands).
static void
drop_operands(Translator *t, int from, int to)
{
    for (int d = from; d < to; d++)
        if (vs_at(t, d)->kind == V_MEM)
            decref(t, get_slot(t, stack_slot(t, d)));
}

void
jit_translate_binary_subscr(Translator *t, const Instr *in)
{
    int c = in->depth - 2, k = in->depth - 1;
    VmSiteProfile site;
    if (jit_translate_subscr_dict(t, in))
        return;
    NumKind kind = jit_static_kind(t, k);
    int list = -1;
    if (feedback(t, in, &site)) {
        list = container_kind(site.lhs);
        if (kind == K_UNKNOWN)
            kind = jit_feedback_kind(site.rhs);
    }
    if (list < 0 || kind != K_INT || !is_object(t, c)) {
        generic(t, in, JIT_H_op_binary_subscr, 1, 2);
        return;
    }
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef o = vs_object(t, c);
    guard_type(t, o, list ? &PyList_Type : &PyTuple_Type, deopt);
    LLVMValueRef i = checked_index(t, k, kind, o, deopt);
    LLVMValueRef item = LLVMBuildLoad2(t->b, t->ptr, item_address(t, o, i, list), "");
    incref(t, item);
    drop_operands(t, c, in->depth);
    set_slot(t, stack_slot(t, c), item);
    *vs_at(t, c) = (Value){.kind = V_MEM};
    vs_fall_through(t, in, in->depth - 1);
}

void
jit_translate_store_subscr(Translator *t, const Instr *in)
{
    int v = in->depth - 3, c = in->depth - 2, k = in->depth - 1;
    VmSiteProfile site;
    if (jit_translate_store_subscr_dict(t, in))
        return;
    NumKind kind = jit_static_kind(t, k);
    int list = -1;
    if (feedback(t, in, &site)) {
        list = container_kind(site.lhs);
        if (kind == K_UNKNOWN)
            kind = jit_feedback_kind(site.rhs);
    }
    if (list != 1 || kind != K_INT || !is_object(t, c)) {
        generic(t, in, JIT_H_op_store_subscr, 0, 3);
        return;
    }
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef o = vs_object(t, c);
    guard_type(t, o, &PyList_Type, deopt);
    LLVMValueRef i = checked_index(t, k, kind, o, deopt);
    LLVMValueRef value = vs_box(t, v);
    if (vs_at(t, v)->kind == V_INT || vs_at(t, v)->kind == V_FLOAT) {
        LLVMBasicBlockRef ok = new_block(t, "boxed"), bad = new_block(t, "box.fail");
        LLVMBuildCondBr(t->b, LLVMBuildIsNull(t->b, value, ""), bad, ok);
        enter(t, bad);
        vs_fail(t, in, in->depth);
        enter(t, ok);
    }
    LLVMValueRef at = item_address(t, o, i, 1);
    LLVMValueRef old = LLVMBuildLoad2(t->b, t->ptr, at, "");
    LLVMBuildStore(t->b, value, at);
    drop_operands(t, c, in->depth);
    decref(t, old); // last: a finalizer it runs sees the list updated
    vs_fall_through(t, in, in->depth - 3);
}

void
jit_translate_unpack_sequence(Translator *t, const Instr *in)
{
    int s = in->depth - 1, n = in->arg;
    VmSiteProfile site;
    int list = feedback(t, in, &site) ? container_kind(site.lhs) : -1;
    if (list < 0 || !is_object(t, s)) {
        generic(t, in, JIT_H_op_unpack_sequence, n, 1);
        return;
    }
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef o = vs_object(t, s);
    guard_type(t, o, list ? &PyList_Type : &PyTuple_Type, deopt);
    LLVMValueRef size = load(t, t->i64, o, offsetof(PyVarObject, ob_size));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, size, const_i64(t, n), ""), deopt, "length");
    int owned = vs_at(t, s)->kind == V_MEM;
    LLVMValueRef items[n > 0 ? n : 1];
    for (int i = 0; i < n; i++) {
        items[i] = LLVMBuildLoad2(t->b, t->ptr, item_address(t, o, const_i64(t, i), list), "");
        incref(t, items[i]);
    }
    // The first item ends on top.
    for (int i = 0; i < n; i++) {
        set_slot(t, stack_slot(t, s + n - 1 - i), items[i]);
        *vs_at(t, s + n - 1 - i) = (Value){.kind = V_MEM};
    }
    if (owned)
        decref(t, o);
    vs_fall_through(t, in, s + n);
}
