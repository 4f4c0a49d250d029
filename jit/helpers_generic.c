// helpers_generic.c: the generic instruction bodies native code calls. Each is the helper
// jit_op_<name> of helpers.def, compiled from the same source as the interpreter's case for
// its instruction (vm/generic_ops.inc), so the two tiers cannot drift apart. A helper gets the
// frame, the stack pointer (the first free slot before the instruction) and the oparg, and
// returns 0, or -1 with the exception set and frame->stacktop saved for the interpreter to
// unwind (helpers.h).
#include "jit/helpers.h"
#include "runtime/runtime.h"
#include "runtime/objects/func.h"
#include "vm/eval.h"
#include "vm/generic_ops.h"
#include "vm/ops.h"
#include "vm/stack_macros.h"

#define NAME(i) PyTuple_GET_ITEM(frame->code->co_names, (i))
#define TSTATE() rt_tstate()

#define GENERIC_OP(op, name) int jit_op_##name(Frame *frame, PyObject **stack_pointer, int oparg)
#define GENERIC_FAMILY_OP(op, name) GENERIC_OP(op, name)
#define ERROR()                                                                                    \
    do {                                                                                           \
        frame->stacktop = (int)(stack_pointer - frame->localsplus);                                \
        return -1;                                                                                 \
    } while (0)
#define NEXT() return 0
#define CHECK_EVAL_BREAKER()                                                                       \
    do {                                                                                           \
        if (vm_eval_breaker && vm_handle_eval_breaker() < 0)                                       \
            ERROR();                                                                               \
    } while (0)

#include "vm/generic_ops.inc"
