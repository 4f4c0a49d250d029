// translate_obj.c: dicts and strings on the forms the specializing interpreter found
// (BINARY_SUBSCR_DICT, STORE_SUBSCR_DICT, BINARY_OP_ADD_UNICODE, COMPARE_OP_STR_JUMP): the
// operands' exact types are guarded natively (a subclass deoptimizes: it may override the
// operation), then the narrow runtime function the interpreter's form calls does the work,
// instead of the generic protocol the family's helper goes through. Each entry point returns
// 0 without emitting anything when the site has no such feedback, and the caller translates
// the instruction as before.
#include "jit/translate.h"
#include "vm/ops.h"

// Is the value at d an object (not an unboxed number)?
static int
is_object(Translator *t, int d)
{
    ValueKind k = vs_at(t, d)->kind;
    return k == V_MEM || k == V_LOCAL || k == V_CONST;
}

// Branch to deopt unless o's type is exactly `type`.
static void
guard_exact(Translator *t, LLVMValueRef o, PyTypeObject *type, LLVMBasicBlockRef deopt)
{
    LLVMValueRef ob_type = load(t, t->ptr, o, offsetof(PyObject, ob_type));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, ob_type, const_ptr(t, type), ""), deopt,
              "exact");
}

// Release the operands in [from, to) that the stack owns (V_MEM); the others are borrowed.
static void
drop_operands(Translator *t, int from, int to)
{
    for (int d = from; d < to; d++)
        if (vs_at(t, d)->kind == V_MEM)
            decref(t, get_slot(t, stack_slot(t, d)));
}

// Raise at `in` when r (a result pointer) is NULL: the operands are all still on the stack.
static void
fail_if_null(Translator *t, const Instr *in, LLVMValueRef r)
{
    LLVMBasicBlockRef bad = new_block(t, "obj.fail");
    branch_if(t, LLVMBuildIsNotNull(t->b, r, ""), bad, "obj.ok");
    LLVMBasicBlockRef ok = LLVMGetInsertBlock(t->b);
    enter(t, bad);
    vs_fail(t, in, in->depth);
    enter(t, ok);
}

// The two operands of a binary instruction, guarded to be of exactly `type`, borrowed.
static void
exact_operands(Translator *t, const Instr *in, PyTypeObject *type, LLVMValueRef *a,
               LLVMValueRef *b)
{
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    *a = vs_object(t, in->depth - 2);
    *b = vs_object(t, in->depth - 1);
    guard_exact(t, *a, type, deopt);
    guard_exact(t, *b, type, deopt);
}

// Replace the two operands of `in` by r (a new reference).
static void
push_binary_result(Translator *t, const Instr *in, LLVMValueRef r)
{
    int d = in->depth - 2;
    drop_operands(t, d, in->depth);
    set_slot(t, stack_slot(t, d), r);
    *vs_at(t, d) = (Value){.kind = V_MEM};
    vs_fall_through(t, in, in->depth - 1);
}

// Do both operands of `in` qualify, and did the site specialize to `form`?
static int
binary_site(Translator *t, const Instr *in, int form)
{
    VmSiteProfile site;
    return jit_site_feedback(t, in, &site) && site.opcode == form && is_object(t, in->depth - 2) &&
           is_object(t, in->depth - 1);
}

int
jit_translate_compare_str(Translator *t, const Instr *in)
{
    if ((in->arg != Py_EQ && in->arg != Py_NE) || !binary_site(t, in, OP_COMPARE_OP_STR_JUMP))
        return 0;
    LLVMValueRef a, b;
    exact_operands(t, in, &PyUnicode_Type, &a, &b);
    // The same object is equal to itself without a call.
    LLVMBasicBlockRef here = LLVMGetInsertBlock(t->b);
    LLVMBasicBlockRef compare = new_block(t, "str.compare"), done = new_block(t, "str.done");
    LLVMValueRef same = LLVMBuildICmp(t->b, LLVMIntEQ, a, b, "");
    LLVMBuildCondBr(t->b, same, done, compare);
    enter(t, compare);
    LLVMValueRef args[2] = {a, b};
    LLVMValueRef eq = LLVMBuildICmp(t->b, LLVMIntNE, call(t, JIT_H_str_equal, args, 2),
                                    const_i32(t, 0), "");
    LLVMBuildBr(t->b, done);
    enter(t, done);
    LLVMTypeRef i1 = LLVMInt1TypeInContext(t->cx);
    LLVMValueRef equal = LLVMBuildPhi(t->b, i1, "");
    LLVMValueRef values[2] = {LLVMConstInt(i1, 1, 0), eq};
    LLVMBasicBlockRef from[2] = {here, compare};
    LLVMAddIncoming(equal, values, from, 2);
    drop_operands(t, in->depth - 2, in->depth);
    LLVMValueRef c = in->arg == Py_EQ ? equal : LLVMBuildNot(t->b, equal, "");
    *vs_at(t, in->depth - 2) = (Value){.kind = V_BOOL, .v = c};
    vs_fall_through(t, in, in->depth - 1);
    return 1;
}

int
jit_translate_add_unicode(Translator *t, const Instr *in)
{
    if ((in->arg != VM_NB_ADD && in->arg != VM_NB_INPLACE_ADD) ||
        !binary_site(t, in, OP_BINARY_OP_ADD_UNICODE))
        return 0;
    LLVMValueRef a, b;
    exact_operands(t, in, &PyUnicode_Type, &a, &b);
    set_prev_instr(t, in->at); // for a MemoryError
    LLVMValueRef args[2] = {a, b};
    LLVMValueRef r = call(t, JIT_H_str_concat, args, 2);
    fail_if_null(t, in, r);
    push_binary_result(t, in, r);
    return 1;
}

int
jit_translate_subscr_dict(Translator *t, const Instr *in)
{
    if (!binary_site(t, in, OP_BINARY_SUBSCR_DICT))
        return 0;
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef d = vs_object(t, in->depth - 2), key = vs_object(t, in->depth - 1);
    guard_exact(t, d, &PyDict_Type, deopt);
    set_prev_instr(t, in->at); // a missing key raises KeyError here; __eq__ may raise too
    LLVMValueRef args[2] = {d, key};
    LLVMValueRef r = call(t, JIT_H_dict_subscr, args, 2);
    fail_if_null(t, in, r);
    push_binary_result(t, in, r);
    return 1;
}

// Release value (vs_box's result for the value at d) if vs_box made a new reference for it.
static void
release_boxed(Translator *t, int d, LLVMValueRef value)
{
    if (vs_at(t, d)->kind != V_MEM)
        decref(t, value);
}

int
jit_translate_store_subscr_dict(Translator *t, const Instr *in)
{
    int v = in->depth - 3, c = in->depth - 2, k = in->depth - 1;
    VmSiteProfile site;
    if (!jit_site_feedback(t, in, &site) || site.opcode != OP_STORE_SUBSCR_DICT || !is_object(t, c) ||
        !is_object(t, k))
        return 0;
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef d = vs_object(t, c), key = vs_object(t, k);
    guard_exact(t, d, &PyDict_Type, deopt);
    set_prev_instr(t, in->at); // boxing, and __hash__ and __eq__ of the key, may raise
    LLVMValueRef value = vs_box(t, v);
    if (vs_at(t, v)->kind == V_INT || vs_at(t, v)->kind == V_FLOAT)
        fail_if_null(t, in, value);
    LLVMValueRef args[3] = {d, key, value};
    LLVMValueRef status = call(t, JIT_H_dict_setitem, args, 3);
    LLVMBasicBlockRef bad = new_block(t, "obj.fail");
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntSGE, status, const_i32(t, 0), ""), bad, "stored");
    LLVMBasicBlockRef ok = LLVMGetInsertBlock(t->b);
    enter(t, bad);
    release_boxed(t, v, value);
    vs_fail(t, in, in->depth);
    enter(t, ok);
    // The dict took its own references; the stack's go (the value first, as the interpreter).
    decref(t, value);
    drop_operands(t, c, in->depth);
    vs_fall_through(t, in, v);
    return 1;
}
