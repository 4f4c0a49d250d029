// call.c: direct calls of Python functions from native code (jit_call_py, helpers.h). The
// callee's frame is pushed as the interpreter's CALL_PY_* pushes it (vm_spec_push_call) and
// its native code is entered straight after RESUME, without vectorcall or a nested eval loop;
// the interpreter finishes the callee only when its native code stops early (a deopt, an
// exception, an instruction it leaves to the interpreter). The IR side is translate_call.c.
#include "jit/helpers.h"
#include "jit/jit.h"
#include "vm/eval.h"
#include "vm/specialize.h"

#define PEEK(n) (sp[-(n)])

// Can native code of co be entered at its start, as RESUME 0 would enter it? Code with cells
// or free variables runs MAKE_CELL / COPY_FREE_VARS first, which the interpreter does.
static int
enters_at_resume(PyCodeObject *co)
{
    PyCodeUnit first = co->co_code[0];
    return vm_opcode_deopt(rt_code_unit_op(first)) == OP_RESUME && rt_code_unit_arg(first) == 0;
}

// Is the next instruction of a frame that native code handed back its RETURN_VALUE?
static int
stopped_at_return(Frame *callee)
{
    return rt_code_unit_op(callee->prev_instr[1]) == OP_RETURN_VALUE;
}

// What RETURN_VALUE does for a frame that is not an entry frame: pop the result, unlink and
// release the frame. The result (a new reference).
static PyObject *
return_value(VmThreadState *vs, RtThreadState *ts, Frame *caller, Frame *callee)
{
    PyObject *r = callee->localsplus[--callee->stacktop];
    ts->recursion_depth--;
    vs->current_frame = caller;
    vm_frame_clear_and_pop(vs, callee);
    return r;
}

// Enter the native code of co's unit for callee after its RESUME, as vm_jit_enter would,
// calling the unit's entry directly unless the unit is due for its next tier.
static int
enter_native(PyCodeObject *co, VmJitCode *unit, Frame *callee)
{
    if ((long)co->co_calls + (long)co->co_backedges >= unit->hotter_at)
        return vm_jit_enter(callee, 1);
    // Acquire: the compile thread may have just installed the entry (VmJitCode).
    return __atomic_load_n(&unit->entry, __ATOMIC_ACQUIRE)(callee, 1);
}

// Run a pushed callee frame to its end: natively from after its RESUME when it has native
// code, else (or from wherever its native code stopped) in the interpreter. The result (new
// reference) or NULL with the exception set; the frame is popped either way.
static PyObject *
run_callee(VmThreadState *vs, RtThreadState *ts, Frame *caller, Frame *callee)
{
    PyCodeObject *co = callee->code;
    VmJitCode *unit = co->co_jit;
    // The interpreter starts the frame when the call must raise RecursionError or serve the
    // eval breaker, so both happen exactly where and as they do without native code (and
    // once the tier has stopped at exit, when units are being freed).
    if (unit == NULL || !vm_jit_active || !enters_at_resume(co) || vm_eval_breaker ||
        ts->recursion_depth >= ts->recursion_limit)
        return vm_eval_frame(vs, callee);
    // RESUME 0's work: link the frame, count the call (tier-up), step over it.
    ts->recursion_depth++;
    callee->previous = caller;
    vs->current_frame = callee;
    co->co_calls++;
    callee->prev_instr = co->co_code;
    int status = enter_native(co, unit, callee);
    if (status == VM_JIT_RESUME && stopped_at_return(callee))
        return return_value(vs, ts, caller, callee);
    // The interpreter goes on from where native code stopped (raising first if it raised,
    // so the traceback and the exception table are its own), as generators resume.
    ts->recursion_depth--;
    vs->current_frame = caller;
    return vm_eval_frame_ex(vs, callee, status == VM_JIT_ERROR);
}

int
jit_call_py(Frame *f, PyObject **sp, int oparg, int min_args)
{
    int is_meth = PEEK(oparg + 2) != NULL;
    int total = oparg + is_meth;
    PyFunctionObject *func = (PyFunctionObject *)PEEK(total + 1);
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    // The version check vouches for the callee, not for the count of a bound method's self.
    if (total < min_args || total > co->co_argcount)
        return jit_op_call(f, sp, oparg, NULL);
    RtThreadState *ts = rt_tstate();
    if ((char *)__builtin_frame_address(0) < ts->c_stack_limit + JIT_CALL_STACK_RESERVE)
        return 1; // jit_c_stack_low(), with the thread state at hand
    VmThreadState *vs = vm_tstate();
    Frame *callee = vm_spec_push_call(vs, func, sp - total, total, min_args);
    if (callee == NULL) {
        f->stacktop = (int)(sp - f->localsplus);
        return -1;
    }
    sp -= total + 2 - is_meth; // the arguments moved into the callee's frame
    f->stacktop = (int)(sp - f->localsplus); // what the caller's frame holds meanwhile
    PyObject *r = run_callee(vs, ts, f, callee);
    Py_DECREF(func); // after the call: the stack's reference kept it alive
    *sp = r;
    if (r == NULL) {
        f->stacktop = (int)(sp - f->localsplus);
        return -1;
    }
    return 0;
}
