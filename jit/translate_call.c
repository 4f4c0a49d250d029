// translate_call.c: CALL sites the specializing interpreter turned into CALL_PY_EXACT_ARGS or
// CALL_PY_WITH_DEFAULTS become direct calls: native code checks that the callable is still a
// function of the cached version (the version changes with __code__, __defaults__ and
// __kwdefaults__, so the code object and the argument counts it vouches for hold), then
// call.c pushes the callee's frame as the interpreter does and runs it, natively when it is
// compiled. A different callable deoptimizes to the interpreter's CALL. Other calls go
// through the generic helper (translate.c).
#include "jit/translate.h"
#include "vm/profile.h"

// The two slots below the oparg arguments of PRECALL or CALL.
static void
call_slots(Translator *t, const Instr *in, LLVMValueRef *first, LLVMValueRef *second)
{
    *first = get_slot(t, stack_slot(t, in->depth - in->arg - 2));
    *second = get_slot(t, stack_slot(t, in->depth - in->arg - 1));
}

void
jit_translate_precall(Translator *t, const Instr *in)
{
    LLVMValueRef first, second;
    call_slots(t, in, &first, &second);
    LLVMBasicBlockRef done = t->block[in->next], check = new_block(t, "maybe_method");
    LLVMBuildCondBr(t->b, LLVMBuildIsNull(t->b, first, ""), check, done);
    enter(t, check);
    LLVMValueRef type = load(t, t->ptr, second, offsetof(PyObject, ob_type));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, type, const_ptr(t, &PyMethod_Type), ""), done,
              "bound_method");
    // The helper unpacks [NULL, method] into [function, self]; it cannot fail.
    LLVMValueRef args[3] = {t->frame, stack_pointer(t, in->depth), const_i32(t, in->arg)};
    call(t, JIT_H_op_precall, args, 3);
    goto_instr(t, in->next);
}

// The callable below CALL's arguments: [NULL, callable, args...] or [method, self, args...]
// (PRECALL unpacked a bound method into the second form).
static LLVMValueRef
callable(Translator *t, const Instr *in)
{
    LLVMValueRef first, second;
    call_slots(t, in, &first, &second);
    return LLVMBuildSelect(t->b, LLVMBuildIsNull(t->b, first, ""), second, first, "callable");
}

// Branch to deopt unless f is a function of version `version`.
static void
guard_function(Translator *t, LLVMValueRef f, uint32_t version, LLVMBasicBlockRef deopt)
{
    LLVMValueRef type = load(t, t->ptr, f, offsetof(PyObject, ob_type));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, type, const_ptr(t, &PyFunction_Type), ""),
              deopt, "function");
    LLVMValueRef v = load(t, t->i32, f, offsetof(PyFunctionObject, func_version));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, v, const_i32(t, (long)version), ""), deopt,
              "version_ok");
}

int
jit_translate_call_py(Translator *t, const Instr *in)
{
    VmSiteProfile site;
    if (t->kwnames != NULL || !jit_site_feedback(t, in, &site) ||
        (site.opcode != OP_CALL_PY_EXACT_ARGS && site.opcode != OP_CALL_PY_WITH_DEFAULTS) ||
        site.func_version == 0)
        return 0;
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_FUNCTION);
    guard_function(t, callable(t, in), site.func_version, deopt);
    set_prev_instr(t, in->at);
    LLVMValueRef args[4] = {t->frame, stack_pointer(t, in->depth), const_i32(t, in->arg),
                            const_i32(t, site.index)};
    LLVMValueRef r = call(t, JIT_H_call_py, args, 4);
    check_helper(t, r);
    LLVMBasicBlockRef called = new_block(t, "called");
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntSGT, r, const_i32(t, 0), ""), called, "by_interpreter");
    exit_to_interpreter(t, in);
    enter(t, called);
    check_eval_breaker(t, in, in->depth + vm_opcode_stack_effect(in->op, in->arg, 0));
    goto_instr(t, in->next);
    return 1;
}
