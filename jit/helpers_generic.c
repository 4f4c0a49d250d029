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

#define TOP() (stack_pointer[-1])
#define SECOND() (stack_pointer[-2])
#define THIRD() (stack_pointer[-3])
#define PEEK(n) (stack_pointer[-(n)])
#define SET_TOP(v) (stack_pointer[-1] = (v))
#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define STACK_SHRINK(n) (stack_pointer -= (n))
#define STACK_GROW(n) (stack_pointer += (n))
#define GETLOCAL(i) (frame->localsplus[i])
#define SETLOCAL(i, v)                                                                             \
    do {                                                                                           \
        PyObject *old_ = GETLOCAL(i);                                                              \
        GETLOCAL(i) = (v);                                                                         \
        Py_XDECREF(old_);                                                                          \
    } while (0)
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
