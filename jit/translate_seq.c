// translate_seq.c: subscripts and unpacking of lists and tuples natively, on the forms the
// specializing interpreter found (BINARY_SUBSCR_LIST_INT / _TUPLE_INT, STORE_SUBSCR_LIST_INT,
// UNPACK_SEQUENCE_TUPLE / _LIST / _TWO_TUPLE): the container's exact type, a machine-word
// index within bounds and the length to unpack are guarded, and a failed guard deoptimizes
// (translate_value.c). Without feedback (or after repeated deopts) the generic helper runs.
#include "jit/translate.h"

// Can the value at d be used as an object (not an unboxed number)?
static int
is_object(Translator *t, int d)
{
    ValueKind k = vs_at(t, d)->kind;
    return k == V_MEM || k == V_LOCAL || k == V_ITEM;
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

// What a subscript site indexes, from what the translator knows and the site's feedback: the
// container's kind (container_kind, -1 without feedback) and in *key the key's kind.
static int
subscr_kinds(Translator *t, const Instr *in, NumKind *key)
{
    VmSiteProfile site;
    *key = jit_static_kind(t, in->depth - 1);
    if (!jit_site_feedback(t, in, &site))
        return -1;
    if (*key == K_UNKNOWN)
        *key = jit_feedback_kind(site.rhs);
    return container_kind(site.lhs);
}

void
jit_translate_binary_subscr(Translator *t, const Instr *in)
{
    int c = in->depth - 2, k = in->depth - 1;
    if (jit_translate_subscr_dict(t, in))
        return;
    NumKind kind;
    int list = subscr_kinds(t, in, &kind);
    if (list < 0 || kind != K_INT || !is_object(t, c)) {
        generic(t, in, JIT_H_op_binary_subscr, 1, 2);
        return;
    }
    // An item of a container that a local or a constant holds stays borrowed (V_ITEM): a
    // float read to be computed with costs no reference counting.
    int borrow = vs_at(t, c)->kind != V_MEM;
    if (!borrow)
        vs_own_items(t, c); // releasing the container may run any code
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef o = vs_object(t, c);
    guard_type(t, o, list ? &PyList_Type : &PyTuple_Type, deopt);
    LLVMValueRef i = checked_index(t, k, kind, o, deopt);
    LLVMValueRef item = LLVMBuildLoad2(t->b, t->ptr, item_address(t, o, i, list), "");
    if (borrow) {
        drop_operands(t, k, in->depth); // the index: an int
        *vs_at(t, c) = (Value){.kind = V_ITEM, .v = item};
        vs_fall_through(t, in, in->depth - 1);
        return;
    }
    incref(t, item);
    drop_operands(t, c, in->depth);
    set_slot(t, stack_slot(t, c), item);
    *vs_at(t, c) = (Value){.kind = V_MEM};
    vs_fall_through(t, in, in->depth - 1);
}

// Storing a float over a float that only the list references: overwrite its value instead of
// allocating a new one and freeing the old (nothing else can see the difference, items borrowed
// by the virtual stack hold references by now). Branches to `done` when it did so.
static void
store_float_in_place(Translator *t, LLVMValueRef old, LLVMValueRef x, LLVMBasicBlockRef done)
{
    LLVMBasicBlockRef in_place = new_block(t, "store.in_place"), other = new_block(t, "store.new");
    LLVMValueRef ob_type = load(t, t->ptr, old, offsetof(PyObject, ob_type));
    LLVMValueRef rc = load(t, t->i64, old, offsetof(PyObject, ob_refcnt));
    LLVMValueRef sole = LLVMBuildAnd(
        t->b, LLVMBuildICmp(t->b, LLVMIntEQ, ob_type, const_ptr(t, &PyFloat_Type), ""),
        LLVMBuildICmp(t->b, LLVMIntEQ, rc, const_i64(t, 1), ""), "");
    LLVMBuildCondBr(t->b, sole, in_place, other);
    enter(t, in_place);
    store(t, x, old, offsetof(PyFloatObject, ob_fval));
    LLVMBuildBr(t->b, done);
    enter(t, other);
}

void
jit_translate_store_subscr(Translator *t, const Instr *in)
{
    int v = in->depth - 3, c = in->depth - 2, k = in->depth - 1;
    if (jit_translate_store_subscr_dict(t, in))
        return;
    NumKind kind;
    int list = subscr_kinds(t, in, &kind);
    if (list != 1 || kind != K_INT || !is_object(t, c)) {
        generic(t, in, JIT_H_op_store_subscr, 0, 3);
        return;
    }
    vs_own_items(t, v); // the old item's release may run any code
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef o = vs_object(t, c);
    guard_type(t, o, &PyList_Type, deopt);
    LLVMValueRef i = checked_index(t, k, kind, o, deopt);
    LLVMValueRef at = item_address(t, o, i, 1);
    LLVMValueRef old = LLVMBuildLoad2(t->b, t->ptr, at, "");
    LLVMBasicBlockRef done = new_block(t, "stored");
    if (vs_at(t, v)->kind == V_FLOAT)
        store_float_in_place(t, old, vs_at(t, v)->v, done);
    LLVMValueRef value = vs_box(t, v);
    if (vs_at(t, v)->kind == V_INT || vs_at(t, v)->kind == V_FLOAT) {
        LLVMBasicBlockRef ok = new_block(t, "boxed"), bad = new_block(t, "box.fail");
        LLVMBuildCondBr(t->b, LLVMBuildIsNull(t->b, value, ""), bad, ok);
        enter(t, bad);
        vs_fail(t, in, in->depth);
        enter(t, ok);
    }
    LLVMBuildStore(t->b, value, at);
    decref(t, old); // a finalizer it runs sees the list updated
    LLVMBuildBr(t->b, done);
    enter(t, done);
    drop_operands(t, c, in->depth); // the container, if owned, goes last
    vs_fall_through(t, in, in->depth - 3);
}

void
jit_translate_unpack_sequence(Translator *t, const Instr *in)
{
    int s = in->depth - 1, n = in->arg;
    VmSiteProfile site;
    int list = jit_site_feedback(t, in, &site) ? container_kind(site.lhs) : -1;
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
    if (owned)
        vs_own_items(t, s); // releasing the sequence may run any code
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

// Step a list or tuple iterator natively, as the interpreter's FOR_ITER_LIST / _TUPLE do.
int
jit_translate_for_iter_seq(Translator *t, const Instr *in, int exhausted_target)
{
    VmSiteProfile site;
    if (!jit_site_feedback(t, in, &site) ||
        (site.opcode != OP_FOR_ITER_LIST && site.opcode != OP_FOR_ITER_TUPLE))
        return 0;
    int list = site.opcode == OP_FOR_ITER_LIST;
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef it = get_slot(t, stack_slot(t, in->depth - 1));
    guard_type(t, it, list ? &rt_list_iterator_type : &rt_tuple_iterator_type, deopt);
    // ListIter and TupleIter share their layout: index, then the sequence (NULL once done).
    size_t seq_at = list ? offsetof(ListIter, seq) : offsetof(TupleIter, seq);
    size_t index_at = list ? offsetof(ListIter, index) : offsetof(TupleIter, index);
    LLVMValueRef seq = load(t, t->ptr, it, seq_at);
    LLVMBasicBlockRef done = new_block(t, "iter.done"), ended = new_block(t, "iter.ended");
    branch_if(t, LLVMBuildIsNotNull(t->b, seq, ""), done, "iter.live");
    LLVMValueRef index = load(t, t->i64, it, index_at);
    LLVMValueRef size = load(t, t->i64, seq, offsetof(PyVarObject, ob_size));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntSLT, index, size, ""), ended, "iter.next");
    LLVMValueRef item = LLVMBuildLoad2(t->b, t->ptr, item_address(t, seq, index, list), "");
    incref(t, item);
    store(t, LLVMBuildAdd(t->b, index, const_i64(t, 1), ""), it, index_at);
    set_slot(t, stack_slot(t, in->depth), item);
    *vs_at(t, in->depth) = (Value){.kind = V_MEM};
    vs_fall_through(t, in, in->depth + 1);
    enter(t, ended); // the sequence is released as soon as the loop ends
    store(t, LLVMConstNull(t->ptr), it, seq_at);
    decref(t, seq);
    LLVMBuildBr(t->b, done);
    enter(t, done);
    decref(t, it);
    goto_instr(t, exhausted_target);
    return 1;
}
