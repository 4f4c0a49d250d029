// stack_macros.h: the value-stack and locals macros of instruction bodies, over the variables
// `stack_pointer` (the first free slot of the frame's value stack) and `frame`, for the two
// files that hold instruction bodies: the interpreter loop (vm/eval.c) and the JIT's generic
// helpers (jit/helpers_generic.c), which include vm/generic_ops.inc with them.
#ifndef KRAIT_VM_STACK_MACROS_H
#define KRAIT_VM_STACK_MACROS_H

#define TOP() (stack_pointer[-1])
#define SECOND() (stack_pointer[-2])
#define THIRD() (stack_pointer[-3])
#define PEEK(n) (stack_pointer[-(n)])
#define SET_TOP(v) (stack_pointer[-1] = (v))
#define SET_SECOND(v) (stack_pointer[-2] = (v))
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

#endif
